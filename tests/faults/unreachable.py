"""Real database failures for the unit tests: a PostgreSQL address where nothing listens.

No mock: Django's own PostgreSQL backend tries to connect, psycopg is refused, and Django
raises its OperationalError, exactly as when the site's database is down.
"""

import socket

from django.db import transaction
from django.db.utils import ConnectionHandler
from django.http import HttpResponse

from wagtail.models import Locale


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free again once closed: nothing listens there


def unreachable_database(port=None, **settings):
    databases = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "cec",
            "USER": "postgres",
            "HOST": "127.0.0.1",
            "PORT": str(port or closed_port()),
            **settings,
        }
    }
    return ConnectionHandler(databases)["default"]


def query_unreachable_database():
    connection = unreachable_database()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        connection.close()


def needs_the_database(request):
    query_unreachable_database()
    return HttpResponse("unreachable")


def breaks_a_constraint(request):
    """A database error that is a bug, not an outage."""
    with transaction.atomic():
        Locale.objects.create(language_code="en")
        Locale.objects.create(language_code="en")
    return HttpResponse("unreachable")


class NeedsTheDatabaseBeforeTheView:
    """Like Wagtail's RedirectMiddleware, which looks up every 404 in the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/middleware-needs-the-database/"):
            query_unreachable_database()
        return self.get_response(request)
