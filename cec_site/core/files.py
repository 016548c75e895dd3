"""What the site needs to know of a file before it serves it as a page's PDF."""

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
