"""Every absolute address the site writes points at the host it is served on, and answers.

The site is served at http://127.0.0.1:8123 (as `make run PORT=8123` would, its Site set
there by the demo loader), not at Wagtail's placeholder localhost:80. The test reads a
publication page (canonical, hreflang, Open Graph, Scholar tags, JSON-LD), its three citation
files, the sitemap, robots.txt, a feed, an OAI-PMH record and the API, collects every absolute
URL in them, and asks for each one on the served host: none may name another host, none may
be missing.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders

from wagtail.models import Site

import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1:8123"
SERVED = f"http://{HOST}"
ABSOLUTE_URL = re.compile(r"https?://[^\s\"'<>{}\\,]+")
# Addresses of standards and identifiers that documents name, not pages of this site.
ELSEWHERE = {
    "schema.org",
    "www.w3.org",
    "www.openarchives.org",
    "purl.org",
    "www.sitemaps.org",
    "doi.org",
    "creativecommons.org",
    "www.google.com",
    "citationstyles.org",
    "resource.citationstyles.org",
    "json-schema.org",
}


@pytest.fixture
def publication(site_tree):
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8123)
    return PublicationPageFactory(
        parent=site_tree.publications,
        slug="enforcement-review",
        title="Enforcement review",
        document=PdfDocumentFactory(),
        topics=[site_tree.enforcement],
    )


def answers(client, url):
    """Whether the site answers this address: a page, a redirect, or one of its static files
    (which whitenoise serves from STATIC_ROOT after collectstatic; the tests have none)."""
    parts = urlsplit(url)
    if parts.path.startswith(settings.STATIC_URL):
        return finders.find(parts.path.removeprefix(settings.STATIC_URL)) is not None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    response = client.get(path, HTTP_HOST=HOST, HTTP_USER_AGENT="Mozilla/5.0 Firefox/130.0")
    return response.status_code in (200, 301, 302)


def absolute_urls(text):
    return {url.rstrip(".);]") for url in ABSOLUTE_URL.findall(text.replace("&amp;", "&"))}


def test_every_absolute_url_is_on_the_served_host_and_answers(client, publication):
    page = publication.url  # /publications/enforcement-review/
    sources = {
        "publication page": page,
        **{f"citation ({name})": f"{page}cite/{name}/" for name in ("bibtex", "ris", "csl-json")},
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "feed": "/feeds/publications/rss/",
        "API listing": "/api/v2/publications/?fields=download_url",
        "API root": "/api/v2/",
        "OAI-PMH": "/oai/?verb=ListRecords&metadataPrefix=oai_dc",
    }
    found = {}
    for source, path in sources.items():
        response = client.get(path, HTTP_HOST=HOST)
        assert response.status_code == 200, (source, response.status_code)
        urls = absolute_urls(response.content.decode())
        assert urls, f"{source} names no absolute URL"
        for url in urls:
            found.setdefault(url, source)

    on_site = {
        url: source for url, source in found.items() if urlsplit(url).hostname not in ELSEWHERE
    }
    elsewhere = {url: source for url, source in on_site.items() if not url.startswith(SERVED + "/")}
    assert not elsewhere, f"absolute URLs not on {SERVED}: {elsewhere}"

    # Each kind of address is there: the page, its PDF download, a citation file, an image.
    assert SERVED + page in on_site
    assert SERVED + page + "download/" in on_site
    unanswered = {}
    for url, source in sorted(on_site.items()):
        if url.rstrip("/") == SERVED or "{" in url:
            continue
        if not answers(client, url):
            unanswered[url] = source
    assert not unanswered, f"absolute URLs that do not answer: {unanswered}"
