"""On the demo site: the old addresses of the demo CSV, sitemap.xml, the feeds and robots.txt.

The demo is loaded once for this module (it takes a while) inside a transaction that is rolled
back at the end, so the other tests never see it.
"""

import csv
import xml.etree.ElementTree as ET
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command
from django.db import transaction

import feedparser
import pytest

from cec_site.home.management.commands.load_demo_content import LEGACY_REDIRECTS
from publications.models import PublicationPage

LANGUAGES = ["en", "fr", "es"]
PREFIX = {"en": "", "fr": "/fr", "es": "/es"}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", verbosity=0, history_days=30)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
        assert not PublicationPage.objects.exists(), "the demo must not outlive this module"


def demo_redirects():
    with open(LEGACY_REDIRECTS, encoding="utf-8", newline="") as csv_file:
        return list(csv.DictReader(csv_file))


def test_the_demo_csv_has_every_old_format_in_every_language():
    old_urls = [row["old_url"] for row in demo_redirects()]
    for language in ("english", "french", "spanish"):
        assert any(url.startswith(f"/index.cfm?varlan={language}&ID=") for url in old_urls)
    assert any(url.startswith("/Page.asp?PageID=") and "SiteNodeID=" in url for url in old_urls)
    for code in LANGUAGES:
        assert any(url.startswith(f"/islandora/{code}/item/") for url in old_urls)


@pytest.mark.django_db
def test_each_demo_old_address_answers_301_to_its_page(client, demo_site):
    rows = demo_redirects()
    for row in rows:
        response = client.get(row["old_url"])
        assert response.status_code == 301, row["old_url"]
        assert response["Location"] == row["new_url"]
        target = client.get(response["Location"], HTTP_USER_AGENT=BROWSER)
        assert target.status_code == 200, row["new_url"]
    # Importing the same file again changes nothing.
    out = StringIO()
    call_command("import_legacy_redirects", str(LEGACY_REDIRECTS), stdout=out)
    assert f"0 new, 0 updated, {len(rows)} unchanged; 0 rows skipped" in out.getvalue()


@pytest.mark.django_db
def test_sitemap_feeds_and_robots_answer_and_parse(client, demo_site):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()

    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    root = ET.fromstring(sitemap.content)  # noqa: S314 (our own sitemap, not untrusted)
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    paths = {urlsplit(loc.text).path for loc in root.iter(f"{namespace}loc")}
    live = PublicationPage.objects.live().public().select_related("locale")
    assert {page.url for page in live} <= paths
    assert {path.split("/")[1] for path in paths if path.startswith(("/fr/", "/es/"))} == {
        "fr",
        "es",
    }

    for language in LANGUAGES:
        newest = list(
            live.filter(locale__language_code=language)
            .order_by("-publication_date", "-first_published_at", "title")
            .values_list("title", flat=True)[:30]
        )
        for kind in ("rss", "atom"):
            response = client.get(f"{PREFIX[language]}/feeds/publications/{kind}/")
            assert response.status_code == 200
            feed = feedparser.parse(response.content)
            assert not feed.bozo
            assert feed.feed.language == language
            assert [entry.title for entry in feed.entries] == newest
            response = client.get(f"{PREFIX[language]}/feeds/projects/{kind}/")
            projects = feedparser.parse(response.content)
            assert not projects.bozo and len(projects.entries) == 30
            assert all(
                entry.link.startswith(f"http://localhost{PREFIX[language]}/")
                for entry in projects.entries
            )


@pytest.mark.django_db
def test_the_api_serves_every_demo_publication_of_a_language(client, demo_site):
    for language in LANGUAGES:
        response = client.get("/api/v2/publications/", {"locale": language})
        count = PublicationPage.objects.live().filter(locale__language_code=language).count()
        assert response.json()["meta"]["total_count"] == count
