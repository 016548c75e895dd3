"""Publication covers: the first page of each language edition's own PDF, kept as a Wagtail image.

When. Whenever a publication page is written with a PDF (created, published from a revision,
updated by wagtail-localize, published on schedule) and whenever a document's file is replaced
(the Documents admin), the edition's cover is checked against its PDF, and made again only when
the PDF changed. So the rendering happens in an editor's request or a command
(`manage.py generate_covers`), never while a visitor's page is served: public pages only read
the cover and its renditions, prefetched by the listings (publications/queries.py).

Which. A cover is named after what it was made from, `cover-<key>.jpg`, the key a hash of the
PDF's content (Wagtail's own `file_hash`) and of RENDERING below: an out-of-date cover is seen
without reading any file, and a cover already made is found again rather than made twice
(publishing an older revision, editions with the same file).

Privacy. A cover follows the visibility rule (cec_site/core/visibility.py) of its PDF and
page. A PDF in a private collection gets no cover (its first page is part of it), and a
collection made private loses its PDFs' covers at once. Covers are images of the "Publication
covers" collection; an original image is never served (cec_site/urls.py serves renditions only),
and a cover shows only where its page does, on pages the public may see (every listing goes
through the rule). A rendition's address holds the key, which no one can work out without the
PDF itself, so a private edition's cover cannot be found by guessing. A cover replaced by
another, or whose page is deleted, is deleted with its renditions.

Broken PDFs. An unreadable, encrypted or empty PDF, or a missing file, gets no cover and a
logged warning; the page is saved all the same and shows without a cover.
"""

import hashlib
import io
import logging
import threading
from functools import partial

from django.core.files.images import ImageFile
from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import pypdfium2 as pdfium

from cec_site.core.visibility import collection_is_public
from publications import pdf

logger = logging.getLogger(__name__)

COLLECTION_NAME = "Publication covers"
# Raise it when the rendering below changes: `generate_covers` then makes every cover again.
RENDERING = 1
WIDTH = 720  # px: room for the largest rendition shown (fill-480x620) without enlarging
MAX_PIXELS = 4_000_000  # a page of a strange shape (a long strip) stays a reasonable image
# The renditions the templates show, prefetched with every listing (publications/queries.py).
CARD_RENDITIONS = ("fill-240x310|format-webp", "fill-480x620|format-webp")
PAGE_FIELDS = {"document", "cover"}
FILE_BOOKKEEPING_FIELDS = {"file_hash", "file_size"}

# PDFium is not thread-safe: one rendering at a time in a process (a worker with threads).
_pdfium = threading.Lock()


# Making covers ------------------------------------------------------------------------------


def covers_collection():
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def source_key(document):
    """What a cover of `document` is made from, as a short hash; None when the file is gone."""
    try:
        file_hash = document.get_file_hash()  # read once, then stored with the document
    except (OSError, ValueError):
        logger.warning("The file of document %s cannot be read", document.pk, exc_info=True)
        return None
    return hashlib.sha256(f"{RENDERING}:{file_hash}".encode()).hexdigest()[:24]


def file_name(key):
    return f"cover-{key}.jpg"


def is_made_from(cover, key):
    return cover is not None and key is not None and f"/cover-{key}" in cover.file.name


def render_first_page(document):
    """The first page of the document's PDF as JPEG bytes, or None when it cannot be read.

    JPEG at high quality, without chroma subsampling (sharp coloured text): a sixth of the
    time PNG takes to write, and the original is never shown, only its smaller renditions."""
    if not pdf.is_pdf(document):
        logger.warning("Document %s is not a PDF: no cover", document.pk)
        return None
    try:
        with document.open_file() as handle, _pdfium:
            pdf_document = pdfium.PdfDocument(handle)
            try:
                page = pdf_document[0]
                try:
                    width, height = page.get_size()
                    scale = min(WIDTH / width, (MAX_PIXELS / (width * height)) ** 0.5)
                    image = page.render(scale=scale, may_draw_forms=False).to_pil()
                finally:
                    page.close()
            finally:
                pdf_document.close()
        output = io.BytesIO()
        image.convert("RGB").save(output, format="JPEG", quality=90, subsampling=0)
        return output.getvalue()
    # PdfiumError: not readable, encrypted; IndexError: no page; OSError: no file; the rest:
    # whatever else a broken file may raise. A cover is never worth failing an editor's save.
    except Exception:  # noqa: BLE001
        logger.warning("Could not render a cover from document %s", document.pk, exc_info=True)
        return None


def find(key):
    """A cover already made from this key, if any."""
    return (
        get_image_model()
        .objects.filter(collection__name=COLLECTION_NAME, file__contains=f"/cover-{key}")
        .first()
    )


def make(document, key):
    content = render_first_page(document)
    if content is None:
        return None
    Image = get_image_model()
    cover = Image(
        title=f"Cover: {document.title}"[:255],
        collection=covers_collection(),
        file_size=len(content),
        file_hash=hashlib.sha1(content).hexdigest(),  # noqa: S324 - Wagtail's own file hash
    )
    cover.file = ImageFile(io.BytesIO(content), name=file_name(key))
    cover.save()
    return cover


def private_collection_paths():
    """The paths of the collections with a view restriction (theirs and their children's
    files are private): one query, for loops over many documents."""
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def in_public_collection(document, private_paths=None):
    """cec_site.core.visibility's rule for a document's collection; with `private_paths`
    (from `private_collection_paths`), without a query."""
    if private_paths is None:
        return collection_is_public(document.collection)
    path = document.collection.path
    return not any(path.startswith(private) for private in private_paths)


def cover_for(document, current=None, private_paths=None):
    """The cover of `document`: `current` when it was made from this very file, else one
    made before from it, else a new one; None without a readable PDF, and None for a PDF in
    a private collection (its first page is no more public than the rest of it)."""
    if document is None or not in_public_collection(document, private_paths):
        return None
    key = source_key(document)
    if key is None:
        return None
    if is_made_from(current, key):
        return current
    return find(key) or make(document, key)


def delete_if_unused(image_id, page_model):
    """Delete a cover (and its renditions) that no edition (a `page_model`) shows any more."""
    if image_id is None or page_model.objects.filter(cover_id=image_id).exists():
        return
    # Only covers: never an image an editor uploaded.
    get_image_model().objects.filter(
        pk=image_id, collection__name=COLLECTION_NAME, file__contains="/cover-"
    ).delete()


def refresh(page, private_paths=None):
    """Set `page.cover` from its PDF (without saving the page). True when it changed."""
    current = page.cover if page.cover_id else None
    cover = cover_for(page.document if page.document_id else None, current, private_paths)
    if (cover.pk if cover else None) == page.cover_id:
        return False
    page.cover = cover
    return True


def refresh_saved(page, private_paths=None):
    """`refresh` for a page already in the database: writes the cover's column alone (no
    revision, no page signals) and deletes the cover it replaced. True when it changed."""
    previous = page.cover_id
    if not refresh(page, private_paths):
        return False
    type(page).objects.filter(pk=page.pk).update(cover=page.cover)
    if previous is not None and previous != page.cover_id:
        delete_if_unused(previous, type(page))
    return True


# When: page and document saves -------------------------------------------------------------


def page_pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """A publication page is written: its cover follows its PDF."""
    if raw or (update_fields is not None and not PAGE_FIELDS & set(update_fields)):
        return  # a fixture, or bookkeeping (a revision's draft fields, a page move…)
    previous = instance.cover_id
    if refresh(instance):
        instance._replaced_cover_id = previous


def page_post_save(sender, instance, raw=False, update_fields=None, **kwargs):
    previous = instance.__dict__.pop("_replaced_cover_id", None)
    if update_fields is not None and previous is not None and "cover" not in update_fields:
        sender.objects.filter(pk=instance.pk).update(cover=instance.cover)
    if previous is not None and previous != instance.cover_id:
        delete_if_unused(previous, sender)


def page_post_delete(sender, instance, **kwargs):
    delete_if_unused(instance.cover_id, sender)


def document_post_save(sender, instance, raw=False, update_fields=None, *, page_model, **kwargs):
    """A document's file was replaced (the Documents admin): the covers of the editions (of
    `page_model`) it is the PDF of are made again."""
    if raw or (update_fields is not None and set(update_fields) <= FILE_BOOKKEEPING_FIELDS):
        return
    pages = list(page_model.objects.filter(document=instance).select_related("cover"))
    if not pages:
        return
    # The admin stores the new file's hash with it; a file replaced in code may have left the
    # old one. A wrong hash would keep the old cover: read the file again (only for PDFs that
    # are some edition's file, only when the document is saved).
    stored = instance.file_hash
    try:
        instance._set_file_hash()
    except (OSError, ValueError):
        instance.file_hash = stored
    if instance.file_hash != stored:
        type(instance).objects.filter(pk=instance.pk).update(file_hash=instance.file_hash)
    for page in pages:
        page.document = instance
        refresh_saved(page)


def restriction_changed(sender, instance, raw=False, *, page_model, **kwargs):
    """A collection became private (or public again): the covers of its PDFs, and of its
    sub-collections' PDFs (the editions of `page_model`), follow."""
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if raw or collection is None:  # a fixture, or the collection itself is being deleted
        return
    pages = page_model.objects.filter(
        document__collection__path__startswith=collection.path
    ).select_related("document__collection", "cover")
    for page in pages:
        refresh_saved(page)


def connect_signals(page_model):
    """Called once, by publications/models.py, with the publication page model."""
    uid = "cec-publication-cover"
    pre_save.connect(page_pre_save, sender=page_model, dispatch_uid=uid)
    post_save.connect(page_post_save, sender=page_model, dispatch_uid=uid)
    post_delete.connect(page_post_delete, sender=page_model, dispatch_uid=uid)
    # These receivers are told the page model (partials: held strongly, weak=False).
    on_document = partial(document_post_save, page_model=page_model)
    on_restriction = partial(restriction_changed, page_model=page_model)
    # The document model may not be loaded yet: Django connects it by name when it is.
    post_save.connect(on_document, sender=get_document_model_string(), weak=False, dispatch_uid=uid)
    post_save.connect(
        on_restriction, sender=CollectionViewRestriction, weak=False, dispatch_uid=uid
    )
    post_delete.connect(
        on_restriction, sender=CollectionViewRestriction, weak=False, dispatch_uid=uid
    )
