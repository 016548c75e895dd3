"""A publication as simple Dublin Core (oai_dc), the format every OAI-PMH harvester reads."""

import re

from django.utils import translation
from django.utils.translation import gettext

from lxml import etree

OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"

METADATA_FORMAT = {
    "metadataPrefix": "oai_dc",
    "schema": OAI_DC_SCHEMA,
    "metadataNamespace": OAI_DC_NAMESPACE,
}

# Characters XML 1.0 cannot carry (control characters pasted from a PDF, say).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:)", re.IGNORECASE)


def xml_text(value):
    return NOT_XML.sub("", str(value)).strip()


def authors(publication):
    return [name.strip() for name in publication.authors.split(";") if name.strip()]


def oai_dc(publication, *, page_url, download_url, other_edition_urls):
    """The <oai_dc:dc> element of one language edition.

    Each edition is a record of its own: dc:language is its language, dc:identifier its page
    and its counted download (dc:format application/pdf when it has a PDF). The other
    editions are dc:relation, each its page then its download (`other_edition_urls`, all
    absolute): a record of the French edition does not claim to be in English too.
    """
    language = publication.locale.language_code
    dc = etree.Element(
        f"{{{OAI_DC_NAMESPACE}}}dc",
        nsmap={"oai_dc": OAI_DC_NAMESPACE, "dc": DC_NAMESPACE, "xsi": XSI_NAMESPACE},
    )
    dc.set(f"{{{XSI_NAMESPACE}}}schemaLocation", f"{OAI_DC_NAMESPACE} {OAI_DC_SCHEMA}")

    def add(name, value):
        text = xml_text(value) if value else ""
        if text:
            etree.SubElement(dc, f"{{{DC_NAMESPACE}}}{name}").text = text

    title = publication.title
    if publication.subtitle:
        # "What Have We Learned? A Retrospective…", but "Mapping Sinks: A Review".
        separator = " " if title.rstrip()[-1:] in "?!:." else ": "
        title = f"{title.rstrip()}{separator}{publication.subtitle}"
    add("title", title)
    for name in authors(publication):
        add("creator", name)
    for topic in sorted(publication.topics.all(), key=lambda topic: topic.title):
        add("subject", topic.title)
    add("description", publication.summary)
    with translation.override(language):
        # The publisher's name as the edition's own language writes it.
        add("publisher", gettext("Commission for Environmental Cooperation"))
    add("date", publication.publication_date.isoformat())
    add("type", "Text")  # the DCMI Type Vocabulary's term for reports and papers
    if publication.document_type is not None:
        add("type", publication.document_type.name)
    if publication.document_id is not None:
        add("format", "application/pdf")
    add("identifier", page_url)
    add("identifier", download_url)
    if publication.isbn:
        add("identifier", f"urn:isbn:{publication.isbn.strip()}")
    if publication.doi:
        add("identifier", f"https://doi.org/{DOI_PREFIX.sub('', publication.doi.strip())}")
    add("language", language)
    for url in other_edition_urls:
        add("relation", url)
    return dc
