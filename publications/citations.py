"""How to cite a publication: one record, written as APA text, BibTeX, RIS, CSL-JSON, Highwire
tags for Google Scholar and a schema.org Report.

Authors are the page's "; "-separated list. "Family, Given" is a person; anything without a
comma (e.g. "CEC Secretariat") is an organisation, kept whole in every format.
"""

import json
import re
from dataclasses import dataclass
from datetime import date

from django.http import Http404, HttpResponse
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext, override
from django.views.decorators.http import require_safe

import bibtexparser
import rispy
from bibtexparser.library import Library
from bibtexparser.middlewares.latex_encoding import LatexEncodingMiddleware
from bibtexparser.model import Entry, Field

from cec_site.core import metadata

# biblatex's names for the site's languages (its `langid` field).
BIBLATEX_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish"}


@dataclass(frozen=True)
class Author:
    family: str = ""
    given: str = ""
    organisation: str = ""

    @classmethod
    def parse(cls, name):
        family, comma, given = name.partition(",")
        if comma and family.strip() and given.strip():
            return cls(family=family.strip(), given=given.strip())
        return cls(organisation=name.strip())

    @property
    def inverted(self):
        """ "Family, Given" for a person, the whole name for an organisation."""
        return self.organisation or f"{self.family}, {self.given}"

    @property
    def apa(self):
        """APA's "Family, G. G." (hyphenated given names keep their hyphen: "J.-P.")."""
        if self.organisation:
            return self.organisation
        initials = " ".join(
            "-".join(f"{part[0]}." for part in given.split("-") if part)
            for given in self.given.split()
        )
        return f"{self.family}, {initials}"


@dataclass(frozen=True)
class Citation:
    """One language edition of a publication, as every citation format needs it."""

    key: str
    title: str
    subtitle: str
    authors: list[Author]
    published: date
    publisher: str
    place: str
    url: str
    pdf_url: str
    language: str
    isbn: str = ""
    doi: str = ""
    page_count: int | None = None
    genre: str = ""
    abstract: str = ""

    @property
    def full_title(self):
        """ "Title: Subtitle", or "Title? Subtitle" when the title ends in its own mark."""
        if not self.subtitle:
            return self.title
        joiner = " " if self.title.rstrip()[-1:] in "?!:" else ": "
        return f"{self.title.rstrip()}{joiner}{self.subtitle}"

    @property
    def link(self):
        """What a reader follows: the DOI when there is one, else the publication's page."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


# Control characters (NUL, line breaks, C1 codes such as NEL) and Unicode's line and paragraph
# separators: any of them can end a RIS line (a new tag, even "ER  -" and a second record) or a
# BibTeX line, and none belongs in a citation.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def plain(text):
    """One line of text: citation formats have no room for line breaks or control characters.

    Every value of every format goes through it, whatever its source (page fields, translations,
    the page's URL), so no value can start a new line in a file.
    """
    return " ".join(CONTROL_CHARACTERS.sub(" ", str(text)).split())


def for_publication(publication, request):
    """The citation of this language edition, in its own language (made once per page view)."""
    if "_cec_citation" not in publication.__dict__:
        publication._cec_citation = _build(publication, request)
    return publication._cec_citation


def _build(publication, request):
    language = metadata.language_of(publication)
    url = metadata.page_url(publication, request)
    with override(language):
        publisher = gettext("Commission for Environmental Cooperation")
        place = gettext("Montreal, Canada")
    names = [name for name in publication.authors.split(";") if name.strip()]
    document_type = publication.document_type
    return Citation(
        key=f"cec-{publication.publication_date.year}-{slugify(publication.slug)}",
        title=plain(publication.title),
        subtitle=plain(publication.subtitle),
        authors=[Author.parse(plain(name)) for name in names] or [Author(organisation=publisher)],
        published=publication.publication_date,
        publisher=publisher,
        place=place,
        url=url,
        pdf_url=url + "download/" if url and publication.document_id else "",
        language=language,
        isbn=plain(publication.isbn),
        doi=plain(publication.doi),
        page_count=publication.page_count,
        genre=plain(document_type.name) if document_type else "",
        abstract=plain(publication.summary),
    )


# APA (7th edition) ----------------------------------------------------------------------------


def apa_authors(authors):
    """ "A", "A, & B", "A, B, & C"; past 20 authors: the first 19, "…", then the last."""
    names = [author.apa for author in authors]
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa_html(citation):
    """A report in APA style: Authors. (Year). *Title*. Publisher. URL.

    APA leaves the publisher out when it is also the (only) author.
    """
    authors = apa_authors(citation.authors)
    title = citation.full_title
    title_end = "" if title[-1:] in "?!." else "."
    publisher = ""
    if [a.organisation for a in citation.authors] != [citation.publisher]:
        publisher = citation.publisher + ". "
    return format_html(
        '{}{} ({}). <i>{}</i>{} {}<a href="{}">{}</a>',
        authors,
        "" if authors.endswith(".") else ".",
        citation.published.year,
        title,
        title_end,
        publisher,
        citation.link,
        citation.link,
    )


# BibTeX ---------------------------------------------------------------------------------------


def _braces_balanced(text):
    """True when every "}" closes an earlier "{" and none is left open."""
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# In a verbatim field (url, doi) LaTeX escapes mean nothing: the characters that would end the
# field or the line are percent-encoded, as in a link (a DOI's own rule for URLs).
VERBATIM_UNSAFE = re.compile(r"[{}\\%\s]")


def bibtex_verbatim(text):
    return VERBATIM_UNSAFE.sub(lambda match: f"%{ord(match.group()):02X}", plain(text))


class _BibtexText(LatexEncodingMiddleware):
    """bibtexparser's LaTeX encoding for every field, with the rules of BibTeX on top.

    BibTeX reads a braced value up to its matching "}" and counts braces *without* regard to
    backslashes, so "\\}" would still close the field. Text with balanced braces keeps them as
    "\\{…\\}" (which every reader decodes); text whose braces do not balance (the way out of a
    field: "}, title={x") gets LaTeX's {\\textbraceleft} and {\\textbraceright} instead, so the
    braces the file counts always balance. No value holds a line break or control character
    (`plain`), so nothing can start a new entry or field on a line of its own.

    The URL and DOI stay verbatim (percent-encoding what would break out); the title is braced
    so that styles keep its capitals; each organisation is braced so that BibTeX does not read
    "CEC Secretariat" as Mr Secretariat. The author field arrives as a list of Author and leaves
    as BibTeX's "A and B".
    """

    VERBATIM = {"url", "doi"}

    def __init__(self):
        super().__init__(keep_math=False, enclose_urls=False)

    def _encode(self, text):
        encoded, _error = self._transform_python_value_string(text)
        return encoded

    def _latex(self, text):
        text = plain(text)
        if _braces_balanced(text):
            return self._encode(text)
        braces = {"{": r"{\textbraceleft}", "}": r"{\textbraceright}"}
        return "".join(
            braces.get(part) or self._encode(part) for part in re.split(r"([{}])", text) if part
        )

    def _person_part(self, text):
        # "and" inside a name would split it into two authors.
        return re.sub(r"\band\b", "{and}", self._latex(text))

    def _name(self, author):
        if author.organisation:
            return "{" + self._latex(author.organisation) + "}"
        return f"{self._person_part(author.family)}, {self._person_part(author.given)}"

    def transform_entry(self, entry, library):
        for bib_field in entry.fields:
            if bib_field.key == "author":
                bib_field.value = " and ".join(self._name(author) for author in bib_field.value)
            elif bib_field.key == "title":
                bib_field.value = "{" + self._latex(bib_field.value) + "}"
            elif bib_field.key in self.VERBATIM:
                bib_field.value = bibtex_verbatim(bib_field.value)
            else:
                bib_field.value = self._latex(bib_field.value)
        return entry


def to_bibtex(citation):
    fields = [
        ("author", citation.authors),
        ("title", citation.full_title),
        ("institution", citation.publisher),
        ("address", citation.place),
        ("year", str(citation.published.year)),
        ("date", citation.published.isoformat()),
        ("type", citation.genre),
        ("pagetotal", str(citation.page_count or "")),
        ("isbn", citation.isbn),
        ("doi", citation.doi),
        ("url", citation.url),
        ("langid", BIBLATEX_LANGUAGES.get(citation.language, "")),
        ("abstract", citation.abstract),
    ]
    entry = Entry("techreport", citation.key, [Field(key, value) for key, value in fields if value])
    library = Library([entry])
    return bibtexparser.write_string(library, prepend_middleware=[_BibtexText()])


# RIS ------------------------------------------------------------------------------------------


class _RisWriter(rispy.RisWriter):
    """rispy's writer without its "1." numbering line, which RIS itself does not have."""

    def set_header(self, count):
        return ""


def to_ris(citation):
    record = {
        "type_of_reference": "RPRT",
        "title": citation.full_title,
        "authors": [author.inverted for author in citation.authors],
        "year": str(citation.published.year),
        "date": citation.published.strftime("%Y/%m/%d"),
        "publisher": citation.publisher,
        "place_published": citation.place,
        "type_of_work": citation.genre,
        "start_page": str(citation.page_count or ""),  # RPRT's SP is the number of pages
        "issn": citation.isbn,  # SN: ISBN or ISSN
        "doi": citation.doi,
        "urls": [citation.url],
        "file_attachments1": citation.pdf_url,
        "language": citation.language,
        "abstract": citation.abstract,
    }
    # One line per value: a line break or control character in any value (a DOI typed with
    # "\nER  -\nTY  - JOUR") would otherwise end the record and start another.
    record = {
        key: [plain(item) for item in value] if isinstance(value, list) else plain(value)
        for key, value in record.items()
    }
    return rispy.dumps(
        [{key: value for key, value in record.items() if value}], implementation=_RisWriter
    )


# CSL-JSON -------------------------------------------------------------------------------------


def csl_item(citation):
    """The publication as a CSL-JSON item (what Zotero, Mendeley and citeproc read)."""
    item = {
        "id": citation.key,
        "type": "report",
        "title": citation.full_title,
        "author": [
            {"literal": author.organisation}
            if author.organisation
            else {"family": author.family, "given": author.given}
            for author in citation.authors
        ],
        "issued": {
            "date-parts": [
                [citation.published.year, citation.published.month, citation.published.day]
            ]
        },
        "publisher": citation.publisher,
        "publisher-place": citation.place,
        "genre": citation.genre,
        "number-of-pages": citation.page_count,
        "ISBN": citation.isbn,
        "DOI": citation.doi,
        "URL": citation.url,
        "language": citation.language,
        "abstract": citation.abstract,
    }
    return {key: value for key, value in item.items() if value}


def to_csl_json(citation):
    return json.dumps([csl_item(citation)], ensure_ascii=False, indent=2) + "\n"


# Machine-readable metadata on the page --------------------------------------------------------


def highwire_tags(citation):
    """Google Scholar's Highwire Press tags, [(name, content), …]."""
    tags = [("citation_title", citation.full_title)]
    tags += [("citation_author", author.inverted) for author in citation.authors]
    tags += [
        ("citation_publication_date", citation.published.strftime("%Y/%m/%d")),
        ("citation_language", citation.language),
        ("citation_technical_report_institution", citation.publisher),
        ("citation_abstract_html_url", citation.url),
    ]
    if citation.pdf_url:
        tags.append(("citation_pdf_url", citation.pdf_url))
    if citation.isbn:
        tags.append(("citation_isbn", citation.isbn))
    if citation.doi:
        tags.append(("citation_doi", citation.doi))
    return tags


def report_node(citation, request, page=None):
    """The publication as a schema.org Report."""
    node = {
        "@type": "Report",
        "@id": citation.url + "#report",
        "name": citation.full_title,
        "headline": citation.title,
        "alternativeHeadline": citation.subtitle,
        "author": [
            {"@type": "Organization", "name": author.organisation}
            if author.organisation
            else {
                "@type": "Person",
                "familyName": author.family,
                "givenName": author.given,
                "name": f"{author.given} {author.family}",
            }
            for author in citation.authors
        ],
        "datePublished": citation.published.isoformat(),
        "publisher": metadata.organization(request, page),
        "inLanguage": citation.language,
        "url": citation.url,
        "description": citation.abstract,
        "genre": citation.genre,
        "identifier": [
            {"@type": "PropertyValue", "propertyID": name, "value": value}
            for name, value in (("ISBN", citation.isbn), ("DOI", citation.doi))
            if value
        ],
    }
    if citation.doi:
        node["sameAs"] = f"https://doi.org/{citation.doi}"
    if citation.pdf_url:
        node["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": citation.pdf_url,
            "encodingFormat": "application/pdf",
        }
    return {key: value for key, value in node.items() if value}


# Downloads ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    label: str
    extension: str
    content_type: str
    write: object


FORMATS = {
    "bibtex": Format("BibTeX", "bib", "application/x-bibtex", to_bibtex),
    "ris": Format("RIS", "ris", "application/x-research-info-systems", to_ris),
    "csl-json": Format("CSL-JSON", "json", "application/vnd.citationstyles.csl+json", to_csl_json),
}


def download_links(publication, request):
    """[{label, url, content_type}] for the page's "Download the citation" list."""
    base = publication.get_url(request)
    if not base:  # a preview of a page not saved yet
        return []
    return [
        {
            "label": citation_format.label,
            "url": base + publication.reverse_subpage("citation", args=[name]),
            "content_type": citation_format.content_type,
        }
        for name, citation_format in FORMATS.items()
    ]


@require_safe
def download(request, publication, format_name):
    """The citation file in one format; 404 for a format we do not write."""
    citation_format = FORMATS.get(format_name)
    if citation_format is None:
        raise Http404
    text = citation_format.write(for_publication(publication, request))
    response = HttpResponse(text, content_type=f"{citation_format.content_type}; charset=utf-8")
    filename = publication.download_filename.removesuffix(".pdf") + "." + citation_format.extension
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Robots-Tag"] = "noindex"
    return response
