"""A friendly 503, not a 500, when the database cannot be reached.

PostgreSQL stopped, restarting, unreachable or out of connections: every request that needs it
gets `templates/503.html` at once, with `Retry-After`. That page needs neither the database nor
the cache. Pages in the page cache never get this far: PageCacheMiddleware serves them first.
Nothing has to be restarted afterwards: with CONN_HEALTH_CHECKS Django drops the broken
connection and the next request opens a new one. The short `connect_timeout` in DATABASES
(settings/base.py) keeps a database that does not answer at all from holding requests up.

Two ways in, between them covering every place a request can hit the database:
- `DatabaseUnavailableMiddleware.process_exception`, for errors raised by a view (Wagtail's
  serve view looks up the site and the page) or by the rendering of its template response;
- `server_error`, the project's handler500 (cec_site/urls.py), for errors raised outside any
  view: in a middleware (Wagtail's redirects look up the path of every 404) or while the 404
  page itself is rendered.
Each such request logs one warning line, not an error with a traceback.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers
from django.views import defaults

import psycopg

logger = logging.getLogger(__name__)

# What "the database cannot do it right now" looks like: Django's wrappers, and psycopg's own
# errors for code that reaches past them. Other database errors (an integrity error, bad SQL)
# are bugs and stay 500s.
DATABASE_UNAVAILABLE = (
    OperationalError,
    InterfaceError,
    psycopg.OperationalError,
    psycopg.InterfaceError,
)
RETRY_AFTER_SECONDS = 30


def is_database_unavailable(error):
    return isinstance(error, DATABASE_UNAVAILABLE)


def home_url():
    """The home page in the current language, found without the database."""
    try:
        return reverse("wagtail_serve", args=[""])
    except NoReverseMatch:
        return "/"


def database_unavailable_response(request, error):
    logger.warning(
        "Database unavailable, answered 503 to %s %s: %s: %s",
        request.method,
        request.path,
        type(error).__name__,
        str(error).strip().splitlines()[0] if str(error).strip() else "",
    )
    # No request: the context processors (site settings, the user) would read the database.
    content = render_to_string("503.html", {"home_url": home_url()})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)  # neither the page cache nor a CDN may keep it
    # Logged above, once, as a warning: Django logs every 5xx again as an error ("Service
    # Unavailable", with the traceback in handler500's case) unless the response says it has
    # been logged (django.utils.log.log_response).
    response._has_been_logged = True
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        # With DEBUG on, a developer sees Django's technical page (e.g. "no such table").
        if settings.DEBUG or not is_database_unavailable(exception):
            return None
        return database_unavailable_response(request, exception)


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: the 503 page when the uncaught error is the database being unavailable.

    Django calls it while handling the exception, so `sys.exc_info()` holds the error.
    """
    error = sys.exc_info()[1]
    if not is_database_unavailable(error):
        return defaults.server_error(request, template_name)
    return database_unavailable_response(request, error)
