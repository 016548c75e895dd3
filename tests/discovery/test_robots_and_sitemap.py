"""robots.txt and sitemap.xml, as crawlers read them."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from tests.discovery.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_robots_txt_lets_crawlers_in_but_not_into_the_admin_or_search_results(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    robots = RobotFileParser()
    robots.parse(response.content.decode().splitlines())
    for allowed in ("/", "/publications/", "/fr/publications/x/", "/sitemap.xml", "/feeds/"):
        assert robots.can_fetch("Googlebot", allowed), allowed
    for disallowed in (
        "/admin/",
        "/admin/pages/",
        "/search/?q=climate",
        "/fr/search/?q=climat",
        "/es/search/?q=clima",
    ):
        assert not robots.can_fetch("Googlebot", disallowed), disallowed
    assert robots.site_maps() == ["http://localhost/sitemap.xml"]  # the default Site's address


def test_robots_txt_names_the_sitemap_on_the_sites_public_address(client, settings, home_page):
    """The Site's address, as every other absolute URL: not whatever Host the client sent."""
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="www.cec.org", port=443)
    settings.ALLOWED_HOSTS = ["www.cec.org", "other.example"]
    response = client.get("/robots.txt", HTTP_HOST="other.example", secure=True)
    assert "Sitemap: https://www.cec.org/sitemap.xml" in response.content.decode()


def test_robots_txt_is_cached_by_browsers_and_proxies(client):
    cache_control = client.get("/robots.txt")["Cache-Control"]
    assert "public" in cache_control and "max-age=86400" in cache_control


def test_the_disallowed_search_pages_are_the_real_ones(client, home_page):
    """If the search moved, robots.txt must follow it: each disallowed path answers."""
    lines = client.get("/robots.txt").content.decode().splitlines()
    search_paths = [line.split(": ")[1] for line in lines if line.startswith("Disallow: /")]
    search_paths.remove("/admin/")
    assert len(search_paths) == len(LANGUAGES)
    for path in search_paths:
        assert client.get(path, {"q": "water"}).status_code == 200, path


def test_sitemap_parses_and_lists_live_pages_of_every_language(client, trilingual_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap, not untrusted)
    locations = [element.text for element in root.iter(f"{SITEMAP}loc")]
    assert len(locations) == len(set(locations))
    paths = {urlsplit(location).path for location in locations}
    for code in LANGUAGES:
        for page in trilingual_site.publications[code] + trilingual_site.projects[code]:
            assert page.url in paths, page.url
    assert {path.split("/")[1] for path in paths if path.startswith(("/fr/", "/es/"))} == {
        "fr",
        "es",
    }
    for location in locations:
        assert location.startswith("http://localhost/")
    # Every address in it answers.
    for code in LANGUAGES:
        for page in trilingual_site.publications[code]:
            assert client.get(page.url).status_code == 200
