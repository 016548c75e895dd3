"""A page's file as a download: whole or one byte range, conditional, streamed.

The answer every counted route gives (a publication's PDF, a SEM stage's document): 304 when
the visitor's copy is current, 206 for one satisfiable byte range, 416 for one past the end,
headers only for HEAD, else the whole file; `count` is called only when the answer carries
the file from its first byte, so a resumed or ranged download counts once and a 304, a HEAD
or a 416 never does. Which file, whether the public may have it, and how a download is
counted are the caller's (cec_site/core/downloads.py says what counts).
"""

import re

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.utils.cache import get_conditional_response
from django.utils.http import (
    content_disposition_header,
    http_date,
    parse_http_date_safe,
    quote_etag,
)

SINGLE_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
UNSATISFIABLE = "unsatisfiable"
SAFE_METHODS = ("GET", "HEAD")
# What a browser may show in its window, as Wagtail's own document view decides it; anything
# else comes as an attachment, to be saved.
DEFAULT_INLINE_CONTENT_TYPES = ["application/pdf"]


def file_validators(document):
    """ETag (the file's SHA-1, computed once and stored) and Last-Modified of the file."""
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


def shown_inline(content_type):
    inline = getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", DEFAULT_INLINE_CONTENT_TYPES)
    return content_type in inline


def file_response(request, document, *, filename, content_type, count=None):
    """The response for `document` (a Wagtail document), named `filename` for the visitor.

    `count()` is called when the answer starts at the file's first byte. A file missing from
    storage is a 404; anything but GET and HEAD a 405.
    """
    if request.method not in SAFE_METHODS:
        return HttpResponseNotAllowed(SAFE_METHODS)
    as_attachment = not shown_inline(content_type)
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
        response = HttpResponse(content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        first, last = byte_range or (0, size - 1)
        if first == 0 and count is not None:
            count()
        try:
            file = document.file.open("rb")
        except OSError as error:
            raise Http404 from error
        # FileResponse streams the file in small blocks: never read whole into memory.
        response = FileResponse(
            RangedFile(file, first, last) if byte_range else file,
            content_type=content_type,
            as_attachment=as_attachment,
            filename=filename,
        )
        response["Content-Length"] = str(last - first + 1)
        if byte_range:
            response.status_code = 206
            response["Content-Range"] = f"bytes {first}-{last}/{size}"
    if response.status_code != 416:
        # RFC 6266: a plain `filename` when ASCII, else `filename*=utf-8''…` (accents too).
        response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "private, no-transform"
    # No X-Robots-Tag: a publication's PDF is the file Google Scholar's citation_pdf_url
    # points to, and it must be indexed. Citation files and other machine files keep their
    # `noindex`.
    return response
