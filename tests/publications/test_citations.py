"""Citing a publication: "Please cite as" on its page, and BibTeX, RIS and CSL-JSON files that
reference managers read."""

import datetime
import json
from urllib.parse import unquote, urlsplit

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from cec_site.home.factories import PdfDocumentFactory
from publications.citations import Author, Citation, apa_authors, apa_html, to_bibtex, to_ris
from publications.factories import PublicationPageFactory

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


# Hostile values: nothing can break out of a field, a line or the record -----------------------

# A line break ending the RIS record and starting another; a brace ending the BibTeX field and
# starting another; a new BibTeX entry; a backslash.
RIS_BREAKOUT = "Report\nER  -\nTY  - JOUR\nTI  - Forged"
BIBTEX_BREAKOUT = "Report}, title={Forged"
BIBTEX_ENTRY = "Report @misc{forged, title={Forged}} \\end"


def one_line(text):
    """What a citation keeps of a text: its words, one space between them."""
    return " ".join(text.split())


def bibtex_reader():
    """bibtexparser with a LaTeX decoder that knows the brace macros LaTeX itself prints."""
    from bibtexparser.middlewares import LatexDecodingMiddleware
    from pylatexenc.latex2text import (
        LatexNodes2Text,
        MacroTextSpec,
        get_default_latex_context_db,
    )

    context = get_default_latex_context_db()
    context.add_context_category(
        "braces",
        prepend=True,
        macros=[
            MacroTextSpec("textbraceleft", "{"),
            MacroTextSpec("textbraceright", "}"),
            MacroTextSpec("url", simplify_repl="%s"),
        ],
    )
    return LatexDecodingMiddleware(decoder=LatexNodes2Text(latex_context=context))


def bibtex_entries(text):
    """The entries as BibTeX itself splits them: braces counted with no regard to backslashes
    (BibTeX has no escape for them), a new entry only at an "@" outside every brace."""
    entries, depth = [], 0
    for char in text:
        if char == "@" and depth == 0:
            entries.append("")
        if entries:
            entries[-1] += char
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0, "a closing brace with no opening one"
    assert depth == 0
    return entries


def fields_of(text):
    """Each `key = {value}` at depth 1 of the one entry, as BibTeX reads them."""
    (entry,) = bibtex_entries(text)
    body = entry[entry.index("{") + 1 : entry.rindex("}")]
    keys, depth, current = [], 0, ""
    for char in body:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "," and depth == 0:
            keys.append(current.split("=")[0].strip())
            current = ""
        else:
            current += char
    keys.append(current.split("=")[0].strip())
    return [key for key in keys if key]


@pytest.fixture
def hostile(site_tree):
    page = PublicationPageFactory(
        parent=site_tree.publications,
        title=BIBTEX_BREAKOUT,
        subtitle="",
        slug="hostile",
        authors=f"{BIBTEX_ENTRY}; Doe, {RIS_BREAKOUT}",
        publication_date=datetime.date(2024, 7, 17),
        document=PdfDocumentFactory(),
    )
    # A DOI saved before the model refused such values (or written around it): the files must
    # still hold.
    type(page).objects.filter(pk=page.pk).update(doi=f"10.1234/x{RIS_BREAKOUT}}}, title={{x")
    page.document_type.name = f"Report\nER  -\n{BIBTEX_ENTRY}"
    page.document_type.save()
    return type(page).objects.get(pk=page.pk)


def test_ris_of_hostile_values_is_one_record_with_their_text(client, hostile):
    text = download(client, hostile, "ris").content.decode()
    records = rispy.loads(text)
    assert len(records) == 1, text
    (record,) = records
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == BIBTEX_BREAKOUT
    assert record["authors"] == [BIBTEX_ENTRY, one_line(f"Doe, {RIS_BREAKOUT}")]
    assert record["doi"] == one_line(f"10.1234/x{RIS_BREAKOUT}}}, title={{x")
    assert record["type_of_work"] == one_line(f"Report\nER  -\n{BIBTEX_ENTRY}")
    assert text.count("\nER  -") == 1 and text.count("TY  -") == 1


def test_bibtex_of_hostile_values_is_one_entry_with_their_text(client, hostile):
    text = download(client, hostile, "bibtex").content.decode()
    # As BibTeX itself reads it: one entry, and only the fields we wrote.
    assert fields_of(text) == [
        "cec-2024-hostile",  # the key
        "author",
        "title",
        "institution",
        "address",
        "year",
        "date",
        "type",
        "pagetotal",
        "doi",
        "url",
        "langid",
        "abstract",
    ]
    # As bibtexparser reads it: the same, with the original text back.
    library = bibtexparser.parse_string(text, append_middleware=[bibtex_reader()])
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry["title"] == BIBTEX_BREAKOUT
    assert entry["author"] == BIBTEX_ENTRY + " and " + one_line(f"Doe, {RIS_BREAKOUT}")
    assert entry["type"] == one_line(f"Report\nER  -\n{BIBTEX_ENTRY}")
    # The DOI is verbatim (no LaTeX) in BibTeX: what would break out is percent-encoded, as
    # in a link.
    (raw,) = bibtexparser.parse_string(text).entries
    assert raw["doi"] == (
        "10.1234/xReport%20ER%20-%20TY%20-%20JOUR%20TI%20-%20Forged%7D,%20title=%7Bx"
    )
    assert unquote(raw["doi"]) == one_line(f"10.1234/x{RIS_BREAKOUT}}}, title={{x")


def test_nul_and_every_line_break_are_dropped_from_every_format():
    breaks = "\x00\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    hostile_text = f"Oil{breaks}spill}}{breaks}ER  -{breaks}@misc{{x"
    item = citation(
        title=hostile_text,
        authors=[Author.parse(f"Doe, {hostile_text}"), Author(organisation=hostile_text)],
        doi=f"10.1234/{hostile_text}",
        isbn=hostile_text,
        genre=hostile_text,
    )
    expected = "Oil spill} ER - @misc{x"

    ris = to_ris(item)
    assert not any(char in ris.replace("\n", "") for char in breaks)
    (record,) = rispy.loads(ris)
    assert record["title"] == expected
    assert record["authors"] == [f"Doe, {expected}", expected]
    assert record["doi"] == f"10.1234/{expected}"

    bibtex = to_bibtex(item)
    assert not any(char in bibtex.replace("\n", "") for char in breaks)
    assert "doi" in fields_of(bibtex)
    library = bibtexparser.parse_string(bibtex, append_middleware=[bibtex_reader()])
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry["title"] == expected
    assert entry["isbn"] == expected


def test_balanced_braces_keep_the_escapes_every_reader_knows():
    text = to_bibtex(citation(title="50% less {methane}"))
    assert r"{{50\% less \{methane\}}}" in text
    assert "textbrace" not in text


# DOI and ISBN on the model ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("doi", "10.1234/abc\nER  -"),
        ("doi", "10.1234/abc}, title={x"),
        ("doi", "10.1234/abc def"),
        ("doi", "10.1234/abc\x00"),
        ("doi", "10.12/abc"),  # a registrant code has four digits or more
        ("doi", "11.1234/abc"),
        ("doi", "10.1234"),
        ("doi", "10.1234/a\\b"),
        ("isbn", "978-2-89700-312-9"),  # wrong check digit
        ("isbn", "2-89700-312-1"),  # wrong check digit (an ISBN-10)
        ("isbn", "978-2-89700-312"),  # too short
        ("isbn", "978-2-89700-312-8}, title={x"),
        ("isbn", "ISBN 978-2-89700-312-8"),
        ("isbn", "123-4-56789-012-3"),  # 13 digits but not 978/979
    ],
)
def test_the_model_refuses_a_bad_doi_or_isbn(site_tree, field, value):
    from django.core.exceptions import ValidationError

    page = PublicationPageFactory(parent=site_tree.publications)
    setattr(page, field, value)
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert list(refused.value.message_dict) == [field]
    expected = (
        ("Enter a DOI such as 10.1234/abcd",)
        if field == "doi"
        else ("Enter an ISBN of 10 or 13 digits", "This ISBN’s check digit does not match")
    )
    # (A value longer than the field also gets Django's own "at most 20 characters".)
    assert any(message.startswith(expected) for message in refused.value.message_dict[field])


@pytest.mark.parametrize(
    ("field", "value", "kept"),
    [
        ("doi", "10.1234/cec.2024", "10.1234/cec.2024"),
        ("doi", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", None),
        ("doi", "https://doi.org/10.1234/CEC-2024_01", "10.1234/CEC-2024_01"),
        ("doi", " doi:10.12345.6/x ", "10.12345.6/x"),
        ("isbn", "978-2-89700-312-8", "978-2-89700-312-8"),
        ("isbn", "9782897003128", "9782897003128"),
        ("isbn", "2-89700-312-X", "2-89700-312-X"),  # the ISBN-10 of 978-2-89700-312-8
        ("isbn", "0-306-40615-2", "0-306-40615-2"),
        ("isbn", " 979-10-90636-07-1 ", "979-10-90636-07-1"),
    ],
)
def test_the_model_accepts_real_identifiers(site_tree, field, value, kept):
    page = PublicationPageFactory(parent=site_tree.publications)
    setattr(page, field, value)
    page.full_clean()
    assert getattr(page, field) == (kept or value)


def test_the_editor_sees_the_doi_error_beside_the_field(admin_client, site_tree):
    from django.urls import reverse

    from tests.publications.test_publication_pages import publication_form_data

    publication = PublicationPageFactory(parent=site_tree.publications)
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[publication.pk]),
        publication_form_data(
            title=publication.title,
            slug=publication.slug,
            isbn="978-2-89700-312-8",
            doi="10.1234/x}, title={y",
        ),
    )
    assert response.status_code == 200  # the editor again, nothing saved
    assert "Enter a DOI such as 10.1234/abcd" in response.content.decode()
    assert not publication.revisions.exists()
