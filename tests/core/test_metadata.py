"""What pages tell search engines, Google Scholar and link previews: canonical URL, Open Graph,
Twitter card, Highwire tags and schema.org JSON-LD."""

import json
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from cec_site.core.factories import ImageFactory
from cec_site.home.factories import PdfDocumentFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.html_validation import vnu_errors

pytestmark = pytest.mark.django_db


class HeadMetadata(HTMLParser):
    """The <head>'s meta tags (by name or property), links by rel, and JSON-LD, as parsed."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self.json_ld = {}, {}, []
        self._in_json_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            key = attrs.get("name") or attrs.get("property")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), []).append(attrs.get("href"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def first(self, key):
        return self.meta.get(key, [None])[0]

    def nodes(self):
        """Every schema.org node of the page's JSON-LD, by @type."""
        nodes = {}
        for text in self.json_ld:
            document = json.loads(text)
            for node in document.get("@graph", [document]):
                nodes.setdefault(node["@type"], []).append(node)
        return nodes


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return HeadMetadata(html), html


def is_absolute(url):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@pytest.fixture
def french(site_tree, locales):
    """The French home page and publication index, so that French editions have addresses."""
    pages = {}
    for name in ("home", "publications", "projects"):
        translated = getattr(site_tree, name).specific.copy_for_translation(locales["fr"])
        translated.save_revision().publish()
        pages[name] = translated
    return pages


def translate(page, locale, **changes):
    translated = page.specific.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


# Google Scholar -------------------------------------------------------------------------------


def test_every_publication_page_has_highwire_tags_with_a_counted_pdf_url(
    client, site_tree, french, locales
):
    english = PublicationPageFactory(
        parent=site_tree.publications,
        title="Submissions on Enforcement Matters: What Have We Learned?",
        subtitle="A Retrospective Review of Performance",
        authors="CEC Secretariat; Pérez, Ana",
        isbn="978-2-89700-312-8",
        document=PdfDocumentFactory(),
    )
    other = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())
    # The French edition with its own PDF (a copy never keeps the English one).
    french_edition = translate(
        english,
        locales["fr"],
        title="Communications sur les questions",
        document=PdfDocumentFactory(),
    )
    for publication, language in ((english, "en"), (other, "en"), (french_edition, "fr")):
        head, _html = head_of(client, publication.url)
        assert head.first("citation_title").startswith(publication.title)
        assert head.first("citation_publication_date") == publication.publication_date.strftime(
            "%Y/%m/%d"
        )
        assert head.first("citation_language") == language
        assert head.first("citation_technical_report_institution")
        assert head.meta["citation_author"]
        pdf_url = head.first("citation_pdf_url")
        assert is_absolute(pdf_url), pdf_url
        before = sum(PublicationDownloadDay.objects.values_list("count", flat=True))
        response = client.get(urlsplit(pdf_url).path, HTTP_USER_AGENT="Mozilla/5.0 (X11) Firefox")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        b"".join(response.streaming_content)
        after = sum(PublicationDownloadDay.objects.values_list("count", flat=True))
        assert after == before + 1, "the Scholar link is the counted download"

    head, _html = head_of(client, english.url)
    assert head.meta["citation_author"] == ["CEC Secretariat", "Pérez, Ana"]
    assert head.first("citation_isbn") == "978-2-89700-312-8"
    assert head.first("citation_title") == (
        "Submissions on Enforcement Matters: What Have We Learned? "
        "A Retrospective Review of Performance"
    )
    assert head.first("citation_technical_report_institution") == (
        "Commission for Environmental Cooperation"
    )
    french_head, _html = head_of(client, french_edition.url)
    assert french_head.first("citation_technical_report_institution") == (
        "Commission de coopération environnementale"
    )
    assert urlsplit(french_head.first("citation_pdf_url")).path.startswith("/fr/")


def test_a_publication_without_its_pdf_names_no_pdf_and_no_isbn(client, site_tree):
    publication = PublicationPageFactory(parent=site_tree.publications, document=None)
    head, _html = head_of(client, publication.url)
    assert head.first("citation_title") == f"{publication.title}: {publication.subtitle}"
    assert "citation_pdf_url" not in head.meta
    assert "citation_isbn" not in head.meta


# schema.org -----------------------------------------------------------------------------------


def test_home_page_describes_the_cec_and_the_site_search_in_each_language(
    client, site_tree, french
):
    head, _html = head_of(client, "/")
    nodes = head.nodes()
    organization = nodes["Organization"][0]
    assert organization["name"] == "Commission for Environmental Cooperation"
    assert organization["url"] == "http://localhost/"
    site = nodes["WebSite"][0]
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert "BreadcrumbList" not in nodes, "the home page is the top of the trail"

    french_nodes = head_of(client, french["home"].url)[0].nodes()
    french_action = french_nodes["WebSite"][0]["potentialAction"]
    assert french_action["target"]["urlTemplate"] == (
        "http://localhost/fr/search/?q={search_term_string}"
    )
    assert french_nodes["WebSite"][0]["inLanguage"] == "fr"
    assert french_nodes["Organization"][0]["name"] == "Commission de coopération environnementale"


def test_publication_is_a_report_with_a_breadcrumb(client, site_tree):
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        authors="CEC Secretariat; Pérez, Ana",
        isbn="978-2-89700-312-8",
        document=PdfDocumentFactory(),
    )
    nodes = head_of(client, publication.url)[0].nodes()
    report = nodes["Report"][0]
    assert report["name"] == f"{publication.title}: {publication.subtitle}"
    assert report["datePublished"] == publication.publication_date.isoformat()
    assert report["inLanguage"] == "en"
    assert report["url"] == f"http://localhost{publication.url}"
    assert report["author"] == [
        {"@type": "Organization", "name": "CEC Secretariat"},
        {"@type": "Person", "familyName": "Pérez", "givenName": "Ana", "name": "Ana Pérez"},
    ]
    assert report["publisher"]["@type"] == "Organization"
    assert {"@type": "PropertyValue", "propertyID": "ISBN", "value": "978-2-89700-312-8"} in (
        report["identifier"]
    )
    assert report["encoding"]["contentUrl"] == f"http://localhost{publication.url}download/"
    trail = nodes["BreadcrumbList"][0]["itemListElement"]
    assert [item["name"] for item in trail] == ["Home", "Publications", publication.title]
    assert [item["position"] for item in trail] == [1, 2, 3]
    assert trail[-1]["item"] == report["url"]


def test_project_is_a_creative_work_with_a_breadcrumb(client, site_tree):
    project = ProjectPageFactory(parent=site_tree.projects, duration_months=30)
    nodes = head_of(client, project.url)[0].nodes()
    work = nodes["CreativeWork"][0]
    assert work["name"] == project.title
    assert work["additionalType"] == "https://schema.org/Project"
    assert work["creativeWorkStatus"] == "Active"
    assert work["temporalCoverage"] == f"{project.start_date.isoformat()}/P30M"
    assert {"@type": "Organization", "name": "Semarnat"} in work["contributor"]
    assert work["url"] == f"http://localhost{project.url}"
    trail = nodes["BreadcrumbList"][0]["itemListElement"]
    assert [item["name"] for item in trail] == ["Home", "Projects", project.title]


def test_a_title_cannot_break_out_of_the_json_ld(client, site_tree):
    hostile = 'Rivers </script><script>alert("x")</script> & <!-- Lakes --> </SCRIPT >'
    publication = PublicationPageFactory(parent=site_tree.publications, title=hostile)
    head, html = head_of(client, publication.url)
    assert len(head.json_ld) == 1, "one JSON-LD block, nothing after it taken for a script"
    assert "</script><script>alert" not in html
    block = head.json_ld[0]
    assert "<" not in block and ">" not in block
    report = head.nodes()["Report"][0]
    assert report["name"].startswith(hostile)
    assert head.first("citation_title").startswith(hostile)
    assert vnu_errors(html) == []


# Open Graph, Twitter, canonical ---------------------------------------------------------------


def test_link_previews_show_the_page_image_title_and_languages(client, site_tree, french, locales):
    image = ImageFactory(file__width=1600, file__height=1200)
    publication = PublicationPageFactory(
        parent=site_tree.publications, image=image, image_alt="A river at dawn"
    )
    translate(publication, locales["fr"], title="Rapport")
    head, html = head_of(client, publication.url)
    assert head.first("og:title") == publication.title
    assert head.first("og:description") == publication.summary
    assert head.first("og:type") == "article"
    assert head.first("og:url") == f"http://localhost{publication.url}"
    assert head.first("og:locale") == "en_CA"
    assert head.meta["og:locale:alternate"] == ["fr_CA"], "only editions that exist"
    image_url = head.first("og:image")
    assert is_absolute(image_url)
    assert (head.first("og:image:width"), head.first("og:image:height")) == ("1200", "630")
    assert head.first("og:image:alt") == "A river at dawn"
    assert head.first("twitter:card") == "summary_large_image"
    assert head.first("twitter:image") == image_url
    assert head.first("twitter:image:alt") == "A river at dawn"
    assert head.links["canonical"] == [f"http://localhost{publication.url}"]
    assert vnu_errors(html) == []


def test_a_page_without_an_image_gets_the_small_card(client, site_tree):
    project = ProjectPageFactory(parent=site_tree.projects)
    head, _html = head_of(client, project.url)
    assert head.first("twitter:card") == "summary"
    assert "og:image" not in head.meta


def test_canonical_urls_are_absolute_and_in_the_pages_language(client, site_tree, french):
    for url, expected in (
        ("/", "http://localhost/"),
        (site_tree.publications.url, f"http://localhost{site_tree.publications.url}"),
        (french["publications"].url, f"http://localhost{french['publications'].url}"),
        (f"{site_tree.publications.url}top-50/", "http://localhost/publications/top-50/"),
        (
            f"{site_tree.publications.url}top-50/?window=30d",
            "http://localhost/publications/top-50/",
        ),
    ):
        head, _html = head_of(client, url)
        assert head.links["canonical"] == [expected], url
    assert french["publications"].url.startswith("/fr/")


def test_filtered_listings_stay_noindex_without_a_canonical(client, site_tree):
    PublicationPageFactory(parent=site_tree.publications, topics=[site_tree.climate])
    head, _html = head_of(client, f"{site_tree.publications.url}?topic={site_tree.climate.slug}")
    assert head.first("robots") == "noindex"
    assert "canonical" not in head.links
    head, _html = head_of(client, site_tree.projects.url)
    assert head.links["canonical"] == [f"http://localhost{site_tree.projects.url}"]
    assert "robots" not in head.meta


@pytest.mark.parametrize("page_name", ["home", "project", "publication"])
def test_pages_with_metadata_are_valid_html(client, site_tree, page_name):
    pages = {
        "home": site_tree.home,
        "project": ProjectPageFactory(parent=site_tree.projects),
        "publication": PublicationPageFactory(
            parent=site_tree.publications,
            document=PdfDocumentFactory(),
            image=ImageFactory(),
            image_alt="A cover",
        ),
    }
    _head, html = head_of(client, pages[page_name].url)
    assert vnu_errors(html) == []
