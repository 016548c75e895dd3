"""A request id on every request, response and log line, and one access-log line per request.

`RequestIdMiddleware` is the outermost middleware, so its access line covers everything the
site answers: pages from the page cache, static files from whitenoise, redirects, errors.
The id comes from the proxy's `X-Request-ID` when that is safe to log, else a new one; it is
sent back in `X-Request-ID`, kept on `request.request_id`, and added to every log record made
while the request runs by `RequestIdFilter` (LOGGING in settings/base.py attaches it).
`duration_ms` runs until the response is handed to gunicorn: a streamed file's transfer
is not in it.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from cec_site.core.security import client_ip_address

HEADER = "X-Request-ID"
# What a proxy may hand us: short, and nothing that could break a log line or a header.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
NO_REQUEST = "-"

_current_request_id = ContextVar("request_id", default=NO_REQUEST)
access_logger = logging.getLogger("cec_site.access")


def current_request_id():
    """The id of the request this thread is serving, or "-" outside a request."""
    return _current_request_id.get()


def request_id_from(request):
    incoming = request.META.get("HTTP_X_REQUEST_ID", "")
    if SAFE_REQUEST_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


def response_size(response):
    if response.has_header("Content-Length"):
        try:
            return int(response["Content-Length"])
        except ValueError:
            return None
    if not response.streaming:
        return len(response.content)
    return None  # a stream of unknown length


class UTCFormatter(logging.Formatter):
    """Text log lines stamped on one clock, UTC, in ISO 8601 with its offset.

    Django sets the process's time zone to TIME_ZONE (America/Toronto) once settings load,
    while gunicorn's master never loads them: local times would mix two clocks in one
    terminal. gunicorn's own lines use this formatter too (cec_site/gunicorn.conf.py), so
    this module imports nothing from Django or the site at load time.
    """

    default_format = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"

    def __init__(self, fmt=None, *args, **kwargs):
        super().__init__(fmt or self.default_format, *args, **kwargs)

    def formatTime(self, record, datefmt=None):  # noqa: N802 - logging's name
        moment = datetime.fromtimestamp(record.created, tz=UTC)
        return moment.isoformat(timespec="milliseconds")

    def format(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return super().format(record)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every log record (to the JSON output and the text format)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return True


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_from(request)
        request.request_id = request_id
        token = _current_request_id.set(request_id)
        started = time.perf_counter()
        try:
            # Django turns exceptions in the layers below into responses (and logs them
            # with their traceback, under this request's id), so a response always comes back.
            response = self.get_response(request)
            response[HEADER] = request_id
            self.log_access(request, response, started)
            return response
        finally:
            _current_request_id.reset(token)

    @staticmethod
    def log_access(request, response, started):
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        size = response_size(response)
        path = request.get_full_path()[:2000]
        access_logger.info(
            '"%s %s" %s %sms %s',
            request.method,
            path,
            response.status_code,
            duration_ms,
            "-" if size is None else f"{size}B",
            extra={
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "bytes": size,
                "remote_addr": client_ip_address(request),
                "user_agent": request.META.get("HTTP_USER_AGENT", "")[:512],
            },
        )
