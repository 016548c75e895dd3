"""The news and events listings: filters, order, bad input, privacy and query counts."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from cec_site.core.factories import ImageFactory
from news.factories import EventPageFactory, NewsPageFactory
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries

UTC = datetime.UTC
LONG = "x" * 5000
SCRIPT = "<script>alert(1)</script>"


def days_from_now(days, hours=0):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days, hours=hours)
    return {"start": start, "end": start + datetime.timedelta(hours=2)}


HOSTILE = [
    ("news", "?kind=gossip", 400),
    ("news", "?kind=upcoming", 400),
    ("news", "?year=abc", 400),
    ("news", "?year=1999", 400),  # a year no news item has
    ("news", f"?year={SCRIPT}", 400),
    ("news", f"?topic={LONG}", 400),
    ("news", "?topic=%00", 400),
    ("news", "?page=0", 404),
    ("news", "?page=2", 404),
    ("news", f"?page={LONG}", 404),
    ("news", "?kind=statement&kind=media-release", 200),
    ("news", "?utm_source=newsletter", 200),
    ("news", "?kind[]=statement", 200),
    ("events", "?when=tomorrow", 400),
    ("events", "?when=past%0A", 400),
    ("events", "?kind=media-release", 400),  # a news kind, not an event kind
    ("events", "?year=-1", 400),
    ("events", f"?when={SCRIPT}", 400),
    ("events", "?topic=../../etc/passwd", 400),
    ("events", "?page=-1", 404),
    ("events", "?page=1.5", 404),
    ("events", "?when=upcoming&when=past", 200),
    ("events", "?fbclid=abc", 200),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("listing", "query", "status"), HOSTILE)
def test_bad_input_gets_a_clear_answer_never_a_5xx(client, news_tree, listing, query, status):
    NewsPageFactory(parent=news_tree.news, date=datetime.date(2026, 5, 1), kind="statement")
    EventPageFactory(parent=news_tree.events)
    response = client.get(getattr(news_tree, listing).url + query)
    assert response.status_code == status
    html = response.content.decode()
    if status == 400:
        assert "Choose one of the options in the list." in html
        assert "1 result<" in html, "the invalid filter is ignored, the list still shown"
    assert SCRIPT not in html
    assert LONG not in html


@pytest.mark.django_db
def test_news_filters_by_kind_year_and_topic_newest_first(client, news_tree):
    NewsPageFactory(
        parent=news_tree.news,
        title="Grants for community climate projects",
        date=datetime.date(2025, 4, 22),
        kind="call-for-proposals",
        topics=[news_tree.climate],
    )
    NewsPageFactory(
        parent=news_tree.news,
        title="Factual record released",
        date=datetime.date(2026, 9, 2),
        kind="media-release",
        topics=[news_tree.enforcement],
    )
    NewsPageFactory(
        parent=news_tree.news,
        title="Statement on the Council session",
        date=datetime.date(2026, 7, 10),
        kind="statement",
        topics=[news_tree.climate, news_tree.enforcement],
    )
    url = news_tree.news.url
    html = client.get(url).content.decode()
    assert "3 results" in html
    assert (
        html.index("Factual record released")
        < html.index("Statement on the Council")
        < html.index("Grants for community")
    )
    assert 'datetime="2026-09-02"' in html and "Media release" in html  # the card's date, kind
    for query, expected in (
        ("?kind=statement", {"Statement on the Council session"}),
        ("?year=2026", {"Factual record released", "Statement on the Council session"}),
        ("?year=2025", {"Grants for community climate projects"}),
        ("?topic=climate-change", {"Grants for community", "Statement on the Council"}),
        ("?topic=enforcement&year=2026&kind=media-release", {"Factual record released"}),
    ):
        response = client.get(url + query)
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex"
        html = response.content.decode()
        assert f"{len(expected)} result" in html
        for title in expected:
            assert title in html, (query, title)
    form = client.get(url).content.decode()
    assert '<option value="2026">2026</option>' in form
    assert '<option value="2024">' not in form, "only years that have news"


@pytest.mark.django_db
def test_events_upcoming_first_soonest_first_then_past_latest_first(client, news_tree):
    for title, days in (
        ("Webinar next month", 30),
        ("Council session next week", 7),
        ("Forum last year", -300),
        ("Workshop last month", -30),
    ):
        EventPageFactory(parent=news_tree.events, title=title, **days_from_now(days))
    url = news_tree.events.url
    html = client.get(url).content.decode()
    order = [
        "Council session next week",
        "Webinar next month",
        "Workshop last month",
        "Forum last year",
    ]
    positions = [html.index(title) for title in order]
    assert positions == sorted(positions)
    assert vnu_errors(html) == []
    upcoming = client.get(url + "?when=upcoming").content.decode()
    assert "2 results" in upcoming and "Council session next week" in upcoming
    assert "Forum last year" not in upcoming
    past = client.get(url + "?when=past").content.decode()
    assert "2 results" in past and "Past event" in past
    assert past.index("Workshop last month") < past.index("Forum last year")


@pytest.mark.django_db
def test_an_event_under_way_is_still_upcoming(client, news_tree):
    EventPageFactory(parent=news_tree.events, title="Session under way", **days_from_now(0, -1))
    html = client.get(news_tree.events.url + "?when=upcoming").content.decode()
    assert "Session under way" in html and "Happening now" in html


@pytest.mark.django_db
def test_events_filter_by_kind_year_and_topic(client, news_tree):
    EventPageFactory(
        parent=news_tree.events,
        title="Council session 2026",
        kind="council-session",
        start=datetime.datetime(2026, 7, 9, 14, tzinfo=UTC),
        end=datetime.datetime(2026, 7, 10, 22, tzinfo=UTC),
        topics=[news_tree.enforcement],
    )
    EventPageFactory(parent=news_tree.events, title="Forum 2027", topics=[news_tree.climate])
    url = news_tree.events.url
    for query, title, other in (
        ("?kind=council-session", "Council session 2026", "Forum 2027"),
        ("?year=2027", "Forum 2027", "Council session 2026"),
        ("?topic=enforcement", "Council session 2026", "Forum 2027"),
    ):
        html = client.get(url + query).content.decode()
        assert title in html and other not in html, query


@pytest.mark.django_db
def test_pages_the_public_may_not_see_are_not_listed(client, news_tree):
    NewsPageFactory(parent=news_tree.news, title="Visible release")
    NewsPageFactory(parent=news_tree.news, title="Draft release").unpublish()
    private = NewsPageFactory(parent=news_tree.news, title="Embargoed release")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = NewsPageFactory(parent=news_tree.news, title="Expired release")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    EventPageFactory(parent=news_tree.events, title="Visible forum")
    EventPageFactory(parent=news_tree.events, title="Draft forum").unpublish()
    restricted = EventPageFactory(parent=news_tree.events, title="Closed session")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    news = client.get(news_tree.news.url).content.decode()
    events = client.get(news_tree.events.url).content.decode()
    assert "Visible release" in news and "1 result<" in news
    assert "Visible forum" in events and "1 result<" in events
    for title in ("Draft", "Embargoed", "Expired", "Closed session"):
        assert title not in news + events


@pytest.mark.django_db
@pytest.mark.parametrize("listing", ["news", "events"])
def test_listing_queries_do_not_grow_with_the_number_of_items(client, news_tree, listing):
    factory = NewsPageFactory if listing == "news" else EventPageFactory
    index = getattr(news_tree, listing)
    card = {"image": ImageFactory(), "image_alt": "Delegates", "topics": [news_tree.climate]}
    factory.create_batch(3, parent=index, **card)
    few = count_queries(client, index.url)
    factory.create_batch(30, parent=index, **card)
    many = count_queries(client, index.url)
    assert few == many
    assert many <= 15
    item = type(factory._meta.model.objects.first()).objects.first()
    assert count_queries(client, item.url) <= 15
