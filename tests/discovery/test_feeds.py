"""RSS and Atom feeds: the newest items of the address's language, per topic, absolute links."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.discovery.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

PREFIX = {"en": "", "fr": "/fr", "es": "/es"}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")  # well-formed, as a reader sees it
    return response, feed


@pytest.mark.parametrize("language", LANGUAGES)
def test_publication_feeds_list_the_newest_in_the_addresss_language(
    client, trilingual_site, language
):
    for kind, content_type, version in (
        ("rss", "application/rss+xml", "rss20"),
        ("atom", "application/atom+xml", "atom10"),
    ):
        response, feed = fetch(client, f"{PREFIX[language]}/feeds/publications/{kind}/")
        assert response["Content-Type"].startswith(content_type)
        assert feed.version == version
        assert feed.feed.language == language
        index = trilingual_site.tree[language].publications
        assert feed.feed.link == f"http://localhost{index.url}"

        newest_first = list(reversed(trilingual_site.publications[language]))
        assert [entry.title for entry in feed.entries] == [page.title for page in newest_first]
        for entry, page in zip(feed.entries, newest_first, strict=True):
            assert entry.link == f"http://localhost{page.url}"
            assert entry.link.startswith(f"http://localhost{PREFIX[language]}/")
            assert entry.summary == page.summary
            assert datetime.date(*entry.published_parsed[:3]) == page.publication_date
            assert [tag.term for tag in entry.tags] == [page.topics.get().title]
            assert entry.author == "CEC Secretariat"
            (enclosure,) = entry.enclosures
            assert enclosure.href == f"http://localhost{page.url}download/"  # counted route
            assert enclosure.type == "application/pdf"
            assert int(enclosure.length) == page.document.file.size


def test_the_enclosure_is_the_counted_download(client, trilingual_site):
    _response, feed = fetch(client, "/fr/feeds/publications/rss/")
    enclosure = feed.entries[0].enclosures[0].href
    download = client.get(enclosure.removeprefix("http://localhost"), HTTP_USER_AGENT=BROWSER)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    newest_french = trilingual_site.publications["fr"][-1]
    assert PublicationDownloadDay.objects.get(publication=newest_french).count == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_feeds_list_the_newest_published_first(client, trilingual_site, language):
    first, second = trilingual_site.projects[language]
    for kind in ("rss", "atom"):
        _response, feed = fetch(client, f"{PREFIX[language]}/feeds/projects/{kind}/")
        assert feed.feed.language == language
        assert [entry.title for entry in feed.entries] == [second.title, first.title]
        assert feed.entries[0].link == f"http://localhost{second.url}"
        assert [tag.term for tag in feed.entries[0].tags] == [
            trilingual_site.tree[language].enforcement.title
        ]
        assert feed.entries[0].get("enclosures", []) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_feed_lists_only_that_topics_items(client, trilingual_site, language):
    climate = trilingual_site.tree[language].climate
    _response, feed = fetch(client, f"{PREFIX[language]}/feeds/publications/{climate.slug}/rss/")
    older, _middle, newest = trilingual_site.publications[language]
    assert [entry.title for entry in feed.entries] == [newest.title, older.title]
    assert climate.title in feed.feed.title
    assert feed.feed.link == f"http://localhost{climate.url}"

    enforcement = trilingual_site.tree[language].enforcement
    _response, projects = fetch(
        client, f"{PREFIX[language]}/feeds/projects/{enforcement.slug}/atom/"
    )
    assert len(projects.entries) == 2
    _response, none = fetch(client, f"{PREFIX[language]}/feeds/projects/{climate.slug}/atom/")
    assert none.entries == []


def test_unknown_topic_is_not_found(client, trilingual_site):
    for url in (
        "/feeds/publications/no-such-topic/rss/",
        "/feeds/projects/no-such-topic/atom/",
        # A topic's slug in another language is no topic of this one.
        "/fr/feeds/publications/climate-change/rss/",
        "/es/feeds/publications/changements-climatiques/atom/",
        "/feeds/publications/%3Cscript%3E/rss/",
        "/feeds/publications/rss/extra/",
    ):
        assert client.get(url).status_code == 404, url


def test_drafts_and_private_pages_stay_out(client, trilingual_site, site_tree):
    draft = PublicationPageFactory(
        parent=site_tree.publications,
        title="Draft publication",
        publication_date=datetime.date(2030, 1, 1),
    )
    draft.unpublish()
    private = PublicationPageFactory(
        parent=site_tree.publications,
        title="Private publication",
        publication_date=datetime.date(2030, 1, 1),
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    _response, feed = fetch(client, "/feeds/publications/rss/")
    titles = [entry.title for entry in feed.entries]
    assert "Draft publication" not in titles and "Private publication" not in titles
    assert titles[0] == trilingual_site.publications["en"][-1].title


def test_a_publication_without_its_pdf_has_no_enclosure(client, site_tree):
    PublicationPageFactory(parent=site_tree.publications, title="Without a PDF", document=None)
    _response, feed = fetch(client, "/feeds/publications/atom/")
    assert feed.entries[0].title == "Without a PDF"
    assert feed.entries[0].get("enclosures", []) == []


@pytest.mark.parametrize("url", ["/feeds/publications/rss/", "/feeds/projects/atom/"])
def test_query_count_does_not_grow_with_the_items(client, site_tree, url):
    from projects.factories import ProjectPageFactory

    pdf = PdfDocumentFactory()

    def add(count):
        for _ in range(count):
            PublicationPageFactory(
                parent=site_tree.publications,
                document=pdf,
                topics=[site_tree.climate, site_tree.enforcement],
            )
            ProjectPageFactory(parent=site_tree.projects, topics=[site_tree.climate])

    def queries():
        client.get(url)  # warm up: file sizes are read from storage once, then kept
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context.captured_queries)

    add(2)
    few = queries()
    add(12)
    assert queries() == few
    assert few <= 8


def test_feeds_are_cacheable_for_a_while(client, site_tree):
    response = client.get("/feeds/publications/rss/")
    assert "public" in response["Cache-Control"]
    assert re.search(r"max-age=\d+", response["Cache-Control"])


FEED_LINK = re.compile(r'<link rel="alternate" type="(application/[a-z]+\+xml)"[^>]*href="([^"]+)"')


@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_pages_advertise_their_feeds(client, trilingual_site, language):
    for section in ("publications", "projects"):
        index = getattr(trilingual_site.tree[language], section)
        html = client.get(index.url).content.decode()
        head, body = html.split("</head>")
        advertised = dict(FEED_LINK.findall(head))
        assert advertised == {
            "application/rss+xml": f"{PREFIX[language]}/feeds/{section}/rss/",
            "application/atom+xml": f"{PREFIX[language]}/feeds/{section}/atom/",
        }
        for url in advertised.values():
            fetch(client, url)
        # A visible link too, for people rather than feed readers.
        footer = body.split('class="section__footer feed-links"')[1].split("</p>")[0]
        assert f'href="{PREFIX[language]}/feeds/{section}/rss/"' in footer
        assert f'href="{PREFIX[language]}/feeds/{section}/atom/"' in footer


def test_a_listing_filtered_by_topic_offers_that_topics_feed(client, trilingual_site):
    climate = trilingual_site.tree["fr"].climate
    index = trilingual_site.tree["fr"].publications
    html = client.get(f"{index.url}?topic={climate.slug}").content.decode()
    topic_feed = f"/fr/feeds/publications/{climate.slug}/rss/"
    assert f'href="{topic_feed}"' in html.split("</head>")[0]
    assert f'href="{topic_feed}"' in html.split("</head>")[1]
    _response, feed = fetch(client, topic_feed)
    assert len(feed.entries) == 2


@pytest.fixture
def hidden_topics(site_tree):
    """Beside the public topics: one behind a password, one unpublished, one expired."""
    from django.utils import timezone

    from cec_site.core.factories import TopicPageFactory

    restricted = TopicPageFactory(
        parent=site_tree.topic_index, title="Restricted marker topic", slug="restricted-topic"
    )
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    draft = TopicPageFactory(
        parent=site_tree.topic_index, title="Draft marker topic", slug="draft-topic"
    )
    draft.unpublish()
    expired = TopicPageFactory(
        parent=site_tree.topic_index, title="Expired marker topic", slug="expired-topic"
    )
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    return [restricted, draft, expired]


def test_categories_never_name_a_hidden_topic_and_hidden_topics_have_no_feed(
    client, site_tree, hidden_topics
):
    from projects.factories import ProjectPageFactory

    every_topic = [site_tree.climate, *hidden_topics]
    PublicationPageFactory(parent=site_tree.publications, title="Tagged", topics=every_topic)
    ProjectPageFactory(parent=site_tree.projects, title="Tagged project", topics=every_topic)
    for url in (
        "/feeds/publications/rss/",
        "/feeds/publications/atom/",
        "/feeds/projects/rss/",
        "/feeds/projects/atom/",
        "/feeds/publications/climate-change/rss/",
    ):
        response, feed = fetch(client, url)
        assert [tag.term for tag in feed.entries[0].tags] == ["Climate Change"], url
        assert b"marker" not in response.content, url
    for topic in hidden_topics:
        for section in ("publications", "projects"):
            response = client.get(f"/feeds/{section}/{topic.slug}/rss/")
            assert response.status_code == 404
            assert b"marker" not in response.content


def test_an_expired_page_leaves_the_feed_before_it_is_unpublished(client, site_tree):
    from django.utils import timezone

    expired = PublicationPageFactory(
        parent=site_tree.publications,
        title="Expired marker",
        publication_date=datetime.date(2030, 1, 1),
        topics=[site_tree.climate],
    )
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    PublicationPageFactory(parent=site_tree.publications, title="Still here")
    for url in ("/feeds/publications/rss/", "/feeds/publications/climate-change/atom/"):
        response, _feed = fetch(client, url)
        assert b"Expired marker" not in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/publications/%00/rss/",
        "/feeds/projects/climate%00change/atom/",
        "/fr/feeds/publications/%00/atom/",
        "/feeds/publications/%01%1B/rss/",
        "/feeds/publications/" + "x" * 3000 + "/rss/",
        "/feeds/publications/%ff%fe/rss/",
        "/feeds/publications/a%2Fb/rss/",
        "/feeds/publications/%27%22/rss/",
    ],
)
def test_hostile_topic_paths_are_not_found(client, site_tree, path):
    client.raise_request_exception = False
    assert client.get(path).status_code == 404
