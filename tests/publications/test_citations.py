"""Citing a publication: "Please cite as" on its page, and BibTeX, RIS and CSL-JSON files that
reference managers read."""

import datetime
import json
from urllib.parse import urlsplit

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from publications.citations import Author, Citation, apa_authors, apa_html
from tests.factories.publications import PdfDocumentFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Submissions on Enforcement Matters: What Have We Learned?"
SUBTITLE = "A Retrospective Review of Performance"
FULL_TITLE = f"{TITLE} {SUBTITLE}"  # APA: no colon after a title's own question mark


@pytest.fixture
def publication(site_tree):
    page = PublicationPageFactory(
        parent=site_tree.publications,
        title=TITLE,
        subtitle=SUBTITLE,
        slug="sem-what-have-we-learned",
        authors="CEC Secretariat; Pérez, Ana María",
        isbn="978-2-89700-312-8",
        page_count=99,
        document=PdfDocumentFactory(),
    )
    page.publication_date = datetime.date(2024, 7, 17)
    page.save_revision().publish()
    return page


def download(client, publication, format_name):
    response = client.get(f"{publication.url}cite/{format_name}/")
    assert response.status_code == 200
    return response


def test_bibtex_is_a_techreport_that_bibtexparser_reads_back(client, publication):
    response = download(client, publication, "bibtex")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="cec-sem-what-have-we-learned-en.bib"'
    )
    library = bibtexparser.parse_string(
        response.content.decode(),
        append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()],
    )
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "techreport"
    assert entry.key == "cec-2024-sem-what-have-we-learned"
    fields = {key: field.value for key, field in entry.fields_dict.items()}
    assert fields["title"] == FULL_TITLE
    # The organisation stays one name; the person is "Family, Given" with her accents.
    assert fields["author"] == ["CEC Secretariat", "Pérez, Ana María"]
    assert fields["institution"] == "Commission for Environmental Cooperation"
    assert fields["year"] == "2024"
    assert fields["date"] == "2024-07-17"
    assert fields["isbn"] == "978-2-89700-312-8"
    assert fields["pagetotal"] == "99"
    assert fields["url"] == f"http://localhost{publication.url}"
    assert fields["langid"] == "english"
    raw = response.content.decode()
    assert "{{CEC Secretariat} and P\\'erez, Ana Mar" in raw, "the organisation is braced"


def test_bibtex_escapes_what_latex_would_misread(client, site_tree):
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="Oil & gas: 50% less {methane} for $5_000 #now",
        slug="oil_and_gas",
    )
    response = download(client, publication, "bibtex")
    library = bibtexparser.parse_string(
        response.content.decode(), append_middleware=[LatexDecodingMiddleware()]
    )
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry["title"].startswith("Oil & gas: 50% less {methane} for $5_000 #now")
    assert entry["url"].endswith("/oil_and_gas/"), "the URL is left as it is"


def test_ris_is_a_report_that_rispy_reads_back(client, publication):
    response = download(client, publication, "ris")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="cec-sem-what-have-we-learned-en.ris"'
    )
    text = response.content.decode()
    assert text.startswith("TY  - RPRT")
    (record,) = rispy.loads(text)
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == FULL_TITLE
    assert record["authors"] == ["CEC Secretariat", "Pérez, Ana María"]
    assert record["year"] == "2024"
    assert record["date"] == "2024/07/17"
    assert record["publisher"] == "Commission for Environmental Cooperation"
    assert record["issn"] == "978-2-89700-312-8"  # RIS's SN holds the ISBN of a report
    assert record["urls"] == [f"http://localhost{publication.url}"]
    assert record["file_attachments1"] == f"http://localhost{publication.url}download/"
    assert record["language"] == "en"


def test_csl_json_is_a_report_with_the_fields_citation_processors_use(client, publication):
    response = download(client, publication, "csl-json")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="cec-sem-what-have-we-learned-en.json"'
    )
    (item,) = json.loads(response.content)
    assert item["type"] == "report"
    assert item["title"] == FULL_TITLE
    assert item["author"] == [
        {"literal": "CEC Secretariat"},
        {"family": "Pérez", "given": "Ana María"},
    ]
    assert item["issued"] == {"date-parts": [[2024, 7, 17]]}
    assert item["publisher"] == "Commission for Environmental Cooperation"
    assert item["URL"] == f"http://localhost{publication.url}"
    assert item["language"] == "en"
    assert item["ISBN"] == "978-2-89700-312-8"
    assert item["number-of-pages"] == 99


def test_unknown_format_is_404_and_only_reading_is_allowed(client, publication):
    assert client.get(f"{publication.url}cite/endnote/").status_code == 404
    assert client.get(f"{publication.url}cite/").status_code == 404
    assert client.post(f"{publication.url}cite/ris/").status_code == 405


def test_citation_files_are_in_the_editions_language(client, site_tree, locales):
    english = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())
    for page in (site_tree.home, site_tree.publications):  # parents first
        page.specific.copy_for_translation(locales["fr"]).save_revision().publish()
    french = english.copy_for_translation(locales["fr"])
    french.title = "Rapport nord-américain"
    french.save_revision().publish()
    (item,) = json.loads(download(client, french, "csl-json").content)
    assert item["language"] == "fr"
    assert item["publisher"] == "Commission de coopération environnementale"
    assert item["title"].startswith("Rapport nord-américain")
    assert urlsplit(item["URL"]).path.startswith("/fr/")


def test_the_page_says_please_cite_as_and_links_the_three_files(client, publication):
    html = client.get(publication.url).content.decode()
    assert "Please cite as" in html
    assert (
        "CEC Secretariat, &amp; Pérez, A. M. (2024). "
        f"<i>{TITLE} {SUBTITLE}</i>. Commission for Environmental Cooperation. "
        f'<a href="http://localhost{publication.url}">http://localhost{publication.url}</a>'
    ) in html
    for format_name in ("bibtex", "ris", "csl-json"):
        assert f'href="{publication.url}cite/{format_name}/"' in html


# The APA rules, on their own ------------------------------------------------------------------


def citation(**changes):
    values = {
        "key": "cec-2024-x",
        "title": "Title",
        "subtitle": "",
        "authors": [Author(organisation="Commission for Environmental Cooperation")],
        "published": datetime.date(2024, 7, 17),
        "publisher": "Commission for Environmental Cooperation",
        "place": "Montreal, Canada",
        "url": "https://www.cec.org/publications/x/",
        "pdf_url": "",
        "language": "en",
    }
    values.update(changes)
    return Citation(**values)


def test_apa_names_and_the_ampersand():
    smith = Author.parse("Smith, Jean-Pierre Paul")
    assert smith.apa == "Smith, J.-P. P."
    assert Author.parse("CEC Secretariat").organisation == "CEC Secretariat"
    assert Author.parse("Smith,").organisation == "Smith,", "no given name: not split"
    assert apa_authors([smith]) == "Smith, J.-P. P."
    assert apa_authors([smith, Author.parse("Lee, Ann")]) == "Smith, J.-P. P., & Lee, A."
    many = [Author.parse(f"Author{n}, Ann") for n in range(25)]
    assert apa_authors(many).count("A.,") == 19
    assert apa_authors(many).endswith(", . . . Author24, A.")


def test_apa_leaves_out_the_publisher_when_it_is_the_author_and_uses_the_doi():
    text = apa_html(citation(doi="10.1234/cec.2024"))
    assert text == (
        "Commission for Environmental Cooperation. (2024). <i>Title</i>. "
        '<a href="https://doi.org/10.1234/cec.2024">https://doi.org/10.1234/cec.2024</a>'
    )
    with_subtitle = apa_html(citation(subtitle="Lessons", authors=[Author(organisation="JPAC")]))
    assert "<i>Title: Lessons</i>. Commission for Environmental Cooperation. <a" in with_subtitle
