"""The counted download and the Top 50 page (routes of the publication page types)."""

import re

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import (
    content_disposition_header,
    http_date,
    parse_http_date_safe,
    quote_etag,
)
from django.views.decorators.http import require_safe

from wagtail import views as wagtail_views
from wagtail.models import Site

from cec_site.core.visibility import is_public
from publications import ranking
from publications.downloads import count_download, daily_cap
from publications.models import PublicationPage

SINGLE_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
UNSATISFIABLE = "unsatisfiable"


def public_edition(index_page, slug):
    """The edition `slug` under `index_page` when the public may see it and its PDF is not in
    a private collection: one query (publications/queries.py)."""
    return PublicationPage.objects.public_edition(index_page, slug)


def download_route(request, index_slug, slug):
    r"""`<index>/<slug>/download/` before Wagtail's own routing, for cec_site/urls.py:

        re_path(r"^(?P<index_slug>[-\w]+)/(?P<slug>[-\w]+)/download/$", download_route)

    in the language patterns, before Wagtail's. The page is found by its URL path under the
    home page of the active language (Wagtail's cached site root paths): one query, instead
    of Wagtail's five (site, locale, home page, index page and its specific row) plus ours.
    Wagtail's own `serve` then runs as ever (its hooks, the view-restriction check, the
    routable page's `download/` view), with that route already found. Anything else (not
    a publication, several sites) goes through Wagtail's routing unchanged.
    """
    path = f"{index_slug}/{slug}/download/"
    language = translation.get_language()
    roots = Site.get_site_root_paths()
    if len({root.site_id for root in roots}) == 1:
        root_path = next((root.root_path for root in roots if root.language_code == language), None)
        if root_path is not None:
            publication = PublicationPage.objects.filter(
                slug=slug, url_path=f"{root_path}{index_slug}/{slug}/"
            ).first_public_edition()
            if publication is not None:
                request._wagtail_route_for_request = publication.route(request, ["download"])
    return wagtail_views.serve(request, path)


def file_validators(document):
    """ETag (the file's SHA-1, computed once and stored) and Last-Modified of the PDF."""
    etag = quote_etag(document.get_file_hash())
    last_modified = int(document.created_at.timestamp()) if document.created_at else None
    return etag, last_modified


def if_range_holds(request, etag, last_modified):
    """RFC 9110 §13.1.5: a Range applies only while the client's copy is still the file.

    An entity tag must match strongly (a weak one never does); a date must be exactly the
    Last-Modified date. With no If-Range, the Range applies.
    """
    validator = request.headers.get("If-Range")
    if validator is None:
        return True
    validator = validator.strip()
    if validator.startswith(('"', "W/")):
        return not validator.startswith("W/") and validator == etag
    date = parse_http_date_safe(validator)
    return date is not None and last_modified is not None and date == last_modified


def requested_range(header, size):
    """The one byte range asked for, as (first, last) inclusive; None for the whole file
    (no Range, several ranges, another unit, a malformed header: all answered with the whole
    file, as RFC 9110 allows); UNSATISFIABLE when it starts past the end."""
    if not header:
        return None
    match = SINGLE_RANGE.match(header)
    if match is None:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # bytes=-N: the last N bytes
        suffix = int(last)
        if suffix == 0 or size == 0:
            return UNSATISFIABLE
        return max(size - suffix, 0), size - 1
    first = int(first)
    if last != "" and int(last) < first:
        return None  # invalid: ignored
    if first >= size:
        return UNSATISFIABLE
    last = size - 1 if last == "" else min(int(last), size - 1)
    return first, last


class RangedFile:
    """A window of an open file for FileResponse: reads stop at the range's last byte, so
    the file is streamed in blocks as for a whole download, never read whole."""

    def __init__(self, file, first, last):
        file.seek(first)
        self.file = file
        self.remaining = last - first + 1

    def read(self, size=-1):
        if self.remaining <= 0:
            return b""
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()


@require_safe
def download(request, publication):
    """The PDF, whole or one byte range; counted (publications/downloads.py) only when the
    answer starts at the file's first byte: a resumed or ranged download counts once."""
    if not getattr(publication, "_known_public", False) and not is_public(publication):
        raise Http404
    document = publication.document
    if document is None:  # an edition without a PDF of its own: never another one's
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

    byte_range = None
    if if_range_holds(request, etag, last_modified):
        byte_range = requested_range(request.headers.get("Range"), size)
    if byte_range == UNSATISFIABLE:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    elif request.method == "HEAD":  # headers only; not a download either
        response = HttpResponse(content_type="application/pdf")
        response["Content-Length"] = str(size)
    else:
        first, last = byte_range or (0, size - 1)
        if first == 0:
            count_download(request, publication)
        try:
            file = document.file.open("rb")
        except OSError as error:
            raise Http404 from error
        # FileResponse streams the file in small blocks: never read whole into memory.
        response = FileResponse(
            RangedFile(file, first, last) if byte_range else file,
            content_type="application/pdf",
            filename=publication.download_filename,
        )
        response["Content-Length"] = str(last - first + 1)
        if byte_range:
            response.status_code = 206
            response["Content-Range"] = f"bytes {first}-{last}/{size}"
    if response.status_code != 416:
        # RFC 6266: a plain `filename` when ASCII, else `filename*=utf-8''…` (accents too).
        response["Content-Disposition"] = content_disposition_header(
            False, publication.download_filename
        )
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "private, no-transform"
    # No X-Robots-Tag: this is the file Google Scholar's citation_pdf_url points to, and it
    # must be indexed. Citation files and other machine files keep their `noindex`.
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
            "daily_cap": daily_cap(),
            "entries": lambda: ranked_publications(current, index_page.locale_id),
        },
    )


def ranked_publications(current, locale_id):
    """The ranked publications, each in the visitor's language, else the default language,
    else any public edition; numbered in order, with no gap."""
    keys = [key for key, _count in current.entries]
    editions = {}
    queryset = PublicationPage.objects.ranked(keys)

    def preference(edition):
        if edition.locale_id == locale_id:
            return 0
        return 1 if edition.locale.language_code == settings.LANGUAGE_CODE else 2

    for edition in queryset:
        key = str(edition.translation_key)
        if key not in editions or preference(edition) < preference(editions[key]):
            editions[key] = edition
    shown = [(key, count) for key, count in current.entries if key in editions]
    return [
        {"rank": rank, "downloads": count, "publication": editions[key]}
        for rank, (key, count) in enumerate(shown, start=1)
    ]
