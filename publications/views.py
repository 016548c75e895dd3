"""The counted download and the Top 50 page (routes of the publication page types)."""

from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from publications import ranking
from publications.downloads import count_download


def file_validators(document):
    """ETag (the file's SHA-1, computed once and stored) and Last-Modified of the PDF."""
    etag = quote_etag(document.get_file_hash())
    last_modified = int(document.created_at.timestamp()) if document.created_at else None
    return etag, last_modified


@require_safe
def download(request, publication):
    document = publication.document
    if document is None:
        raise Http404
    try:
        etag, last_modified = file_validators(document)
    except OSError as error:  # the file is missing from storage
        raise Http404 from error
    conditional = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if conditional is not None:  # 304: the visitor has it already; not a download
        return conditional
    size = document.get_file_size()
    if size is None:  # the file is missing from storage
        raise Http404

    if request.method == "HEAD":  # headers only; not a download either
        response = HttpResponse(content_type="application/pdf")
        response["Content-Length"] = str(size)
    else:
        count_download(request, publication)
        # FileResponse streams the file in small blocks: never read whole into memory.
        response = FileResponse(
            document.file.open("rb"),
            content_type="application/pdf",
            filename=publication.download_filename,
        )
        response["Content-Length"] = str(size)
    response["Content-Disposition"] = f'inline; filename="{publication.download_filename}"'
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "private, no-transform"
    response["X-Robots-Tag"] = "noindex"
    return response


def top_50(request, index_page):
    window = request.GET.get("window", ranking.DEFAULT_WINDOW)
    if window not in ranking.WINDOWS:
        raise Http404
    current = ranking.get(window)
    return TemplateResponse(
        request,
        "publications/top_50.html",
        {
            "page": index_page,
            "self": index_page,
            "window": window,
            "windows": [(key, label) for key, (label, _days) in ranking.WINDOWS.items()],
            "ranking": current,
            "entries": lambda: ranked_publications(current, index_page.locale_id),
        },
    )


def ranked_publications(current, locale_id):
    """The ranked publications in the visitor's language (else the default language)."""
    from django.conf import settings
    from django.db.models import Q

    from cec_site.core.queries import public
    from publications.models import PublicationPage

    keys = [key for key, _count in current.entries]
    editions = {}
    queryset = public(PublicationPage.objects.live()).filter(translation_key__in=keys)
    queryset = queryset.prefetch_related("topics").defer_streamfields()
    wanted = Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
    for edition in queryset.filter(wanted):
        key = str(edition.translation_key)
        if key not in editions or edition.locale_id == locale_id:
            editions[key] = edition
    return [
        {"rank": rank, "downloads": count, "publication": editions[key]}
        for rank, (key, count) in enumerate(current.entries, start=1)
        if key in editions
    ]
