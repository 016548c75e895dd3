"""A publication's language edition as simple Dublin Core (oai_dc) for OAI-PMH harvesters.

Given to the OAI-PMH door through the section registry (publications/apps.py:
`dublin_core`); the door (cec_site/oai) writes the XML and never names a publication.
"""

import re

from django.utils import translation
from django.utils.translation import gettext

from cec_site.core.metadata import site_url

DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:)", re.IGNORECASE)


def authors(publication):
    return [name.strip() for name in publication.authors.split(";") if name.strip()]


def download_url(page, request):
    """A language edition's counted download, absolute; None without a PDF of its own."""
    if not page.document_id or not page.get_full_url(request):
        return None  # no PDF, or the page has no address on any site
    return site_url(request, page, page.reverse_subpage("download"))


class PublicationDublinCore:
    identifier = "publication"  # its records are oai:<host>:publication:<page id>
    related = ("locale", "document_type")  # what `elements` reads, fetched with the pages
    edition_fields = ("document",)  # what `elements` reads of the other editions

    @staticmethod
    def elements(publication, request, other_editions):
        """The (element, text) pairs of one language edition's record, in order.

        Each edition is a record of its own: dc:language is its language, dc:identifier its
        page and its counted download (dc:format application/pdf when it has a PDF). The
        other editions (public, this one left out) are dc:relation, each its page then its
        download, all absolute: a record of the French edition does not claim to be in
        English too.
        """
        language = publication.locale.language_code
        title = publication.title
        if publication.subtitle:
            # "What Have We Learned? A Retrospective…", but "Mapping Sinks: A Review".
            separator = " " if title.rstrip()[-1:] in "?!:." else ": "
            title = f"{title.rstrip()}{separator}{publication.subtitle}"
        pairs = [("title", title)]
        pairs += [("creator", name) for name in authors(publication)]
        topics = sorted(publication.topics.all(), key=lambda topic: topic.title)
        pairs += [("subject", topic.title) for topic in topics]
        pairs.append(("description", publication.summary))
        with translation.override(language):
            # The publisher's name as the edition's own language writes it.
            pairs.append(("publisher", gettext("Commission for Environmental Cooperation")))
        pairs.append(("date", publication.publication_date.isoformat()))
        pairs.append(("type", "Text"))  # the DCMI Type Vocabulary's term for reports and papers
        if publication.document_type is not None:
            pairs.append(("type", publication.document_type.name))
        if publication.document_id is not None:
            pairs.append(("format", "application/pdf"))
        pairs.append(("identifier", publication.get_full_url(request)))
        pairs.append(("identifier", download_url(publication, request)))
        if publication.isbn:
            pairs.append(("identifier", f"urn:isbn:{publication.isbn.strip()}"))
        if publication.doi:
            doi = DOI_PREFIX.sub("", publication.doi.strip())
            pairs.append(("identifier", f"https://doi.org/{doi}"))
        pairs.append(("language", language))
        for edition in other_editions:
            pairs.append(("relation", edition.get_full_url(request)))
            pairs.append(("relation", download_url(edition, request)))
        return pairs
