"""What the JSON API shows of a publication beyond its plain fields (api_fields), given to
the API through the section registry (publications/apps.py: `api_serializers`).

`download_url` is the edition's counted download, absolute; null without a PDF: never the
file's /documents/ address, so downloads through the API count like any other.

`language_editions` is a list, one object per public language edition, this one included,
in the site's language order:

    {"language": "fr", "language_name": "français", "format": "application/pdf",
     "size_bytes": 2411724, "pages": 99, "download_url": "https://…/fr/…/download/"}

An edition without a PDF of its own has null format, size, pages and download_url (never
another edition's file). The editions of every publication a response shows come in one
query (`attach_language_editions`), however many items a listing has: the API view keeps the
page of results it shows as `shown_pages`.
"""

from django.conf import settings

from rest_framework.fields import Field

from cec_site.core.metadata import site_url
from cec_site.core.visibility import public
from publications.models import LanguageEdition, PublicationPage

PDF = "application/pdf"


def language_order(edition):
    """The order the publication page lists its editions in: the site's languages first."""
    order = [code for code, _name in settings.LANGUAGES]
    code = edition.language_code
    return (order.index(code) if code in order else len(order), code)


def attach_language_editions(pages, request=None):
    """Each page's `language_editions` (the model's cached_property), for all `pages` in one
    query. The editions' URLs reuse the request's site root paths: no lookup per edition."""
    pages = [page for page in pages if "language_editions" not in page.__dict__]
    if not pages:
        return
    keys = {page.translation_key for page in pages}
    found = {}
    editions = (
        public(PublicationPage.objects.filter(translation_key__in=keys))
        .select_related("document", "locale")
        .defer_streamfields()
    )
    root_paths = pages[0]._get_site_root_paths(request)
    for edition in editions:
        edition._wagtail_cached_site_root_paths = root_paths
        found.setdefault(edition.translation_key, []).append(LanguageEdition(edition))
    for key in found:
        found[key].sort(key=language_order)
    for page in pages:
        page.__dict__["language_editions"] = found.get(page.translation_key, [])


def counted_download_url(page, request):
    """An edition's counted download as an absolute URL (the site's one rule)."""
    return site_url(request, page, page.reverse_subpage("download"))


def edition_data(edition, request):
    has_file = edition.has_file
    return {
        "language": edition.language_code,
        "language_name": edition.language_name,
        "format": PDF if has_file else None,
        "size_bytes": edition.file_size if has_file else None,
        "pages": edition.page_count if has_file else None,
        "download_url": counted_download_url(edition.page, request) if has_file else None,
    }


class CountedDownloadUrlField(Field):
    """`download_url`: the edition's counted download, as an absolute URL; null without a PDF."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance if instance.document_id else None

    def to_representation(self, publication):
        page_url = publication.get_full_url(self.context["request"])
        return page_url + publication.reverse_subpage("download")


class LanguageEditionsField(Field):
    """`language_editions`: every public language edition, with its file and download."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        if "language_editions" not in instance.__dict__:
            # The whole page of results at once, the first time one of them is asked.
            shown = getattr(self.context.get("view"), "shown_pages", None) or [instance]
            pages = shown if instance in shown else [instance]
            attach_language_editions(pages, self.context.get("request"))
        return instance.language_editions

    def to_representation(self, editions):
        request = self.context["request"]
        return [edition_data(edition, request) for edition in editions]


def api_serializers():
    """The fields of PublicationPage.api_fields that need more than the model's attribute."""
    return {"download_url": CountedDownloadUrlField(), "language_editions": LanguageEditionsField()}
