"""What the site needs to know about a PDF: is it one, and how many pages it has."""

import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from cec_site.core.files import PDF_MAGIC, is_pdf  # noqa: F401  (the publications' rule too)

logger = logging.getLogger(__name__)


def count_pages(document):
    """The number of pages, or None when the PDF cannot be read."""
    try:
        with document.file.open("rb") as handle:
            return len(PdfReader(handle).pages)
    except (OSError, PdfReadError, ValueError):
        logger.warning("Could not count the pages of document %s", document.pk, exc_info=True)
        return None
