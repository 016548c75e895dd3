"""What the news and events sections give the machine doors the registry opens for them
(feed=True, api=True, search): their feeds, their API endpoints, their search results."""

import datetime

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from news.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(news_tree):
    news = NewsPageFactory(
        parent=news_tree.news,
        title="Zanzibarian factual record released",
        kind="media-release",
        date=datetime.date(2026, 11, 17),
        summary="The Secretariat released a factual record on wetlands.",
        topics=[news_tree.enforcement],
    )
    event = EventPageFactory(
        parent=news_tree.events,
        title="Zanzibarian public forum",
        summary="The committee hears the public in Mérida.",
        topics=[news_tree.climate],
    )
    draft = NewsPageFactory(parent=news_tree.news, title="Zanzibarian draft release")
    draft.unpublish()
    private = EventPageFactory(parent=news_tree.events, title="Zanzibarian closed session")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return news, event


def rss_titles(response):
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return {entry.title: entry for entry in feed.entries}


def test_feeds_list_public_items_with_their_summary_and_topics(client, items):
    news, event = items
    titles = rss_titles(client.get("/feeds/news/rss/"))
    assert set(titles) == {news.title}
    item = titles[news.title]
    assert item.summary == news.feed_item_description()
    assert item.link == news.get_full_url()
    assert [tag.term for tag in item.tags] == ["Enforcement"]
    assert set(rss_titles(client.get("/feeds/events/rss/"))) == {event.title}
    assert set(rss_titles(client.get("/feeds/events/climate-change/rss/"))) == {event.title}
    assert rss_titles(client.get("/feeds/events/enforcement/rss/")) == {}
    atom = client.get("/feeds/news/atom/")
    assert atom.status_code == 200 and b"Zanzibarian factual record" in atom.content
    assert client.get("/feeds/news/no-such-topic/rss/").status_code == 404


def test_api_serves_public_news_and_events_with_their_fields(client, items):
    news, event = items
    listing = client.get("/api/v2/news/").json()
    assert [item["title"] for item in listing["items"]] == [news.title]
    assert listing["items"][0]["date"] == "2026-11-17"
    detail = client.get(f"/api/v2/news/{news.pk}/").json()
    assert detail["kind"] == "media-release" and detail["card_kind"] == "Media release"
    assert [topic["title"] for topic in detail["topics"]] == ["Enforcement"]
    events = client.get("/api/v2/events/").json()
    assert [item["title"] for item in events["items"]] == [event.title]
    detail = client.get(f"/api/v2/events/{event.pk}/").json()
    assert detail["start"].startswith("2027-03-10T")
    assert detail["time_zone"] == "America/Mexico_City"
    assert detail["interpretation_languages"] == ["en", "es"]
    for hidden in ("Zanzibarian draft release", "Zanzibarian closed session"):
        assert hidden not in client.get("/api/v2/news/").content.decode()
        assert hidden not in client.get("/api/v2/events/").content.decode()


def test_search_finds_them_by_type_with_their_date(client, items):
    news, event = items
    html = client.get("/search/?q=Zanzibarian").content.decode()
    assert news.title in html and event.title in html
    assert "draft release" not in html and "closed session" not in html
    only_events = client.get("/search/?q=Zanzibarian&type=events").content.decode()
    assert event.title in only_events and news.title not in only_events
    assert "November 17, 2026" in client.get("/search/?q=Zanzibarian&type=news").content.decode()
