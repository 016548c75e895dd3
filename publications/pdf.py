"""What the site needs to know about a PDF: is it one, and how many pages it has."""

import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"


def is_pdf(document):
    """True when the document's file is named .pdf and its content starts like a PDF.

    The name alone proves nothing, and the content alone is not enough either: Wagtail gives
    a document the type its name says.
    """
    if document.file_extension.lower() != "pdf":
        return False
    try:
        with document.file.open("rb") as handle:
            return handle.read(len(PDF_MAGIC)) == PDF_MAGIC
    except OSError:
        return False


def count_pages(document):
    """The number of pages, or None when the PDF cannot be read."""
    try:
        with document.file.open("rb") as handle:
            return len(PdfReader(handle).pages)
    except (OSError, PdfReadError, ValueError):
        logger.warning("Could not count the pages of document %s", document.pk, exc_info=True)
        return None
