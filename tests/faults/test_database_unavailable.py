"""The database cannot be reached: a friendly, translated 503, logged once, never a 500.

Every failure here is real: Django's PostgreSQL backend connecting to a port where nothing
listens (tests/faults/unreachable.py), or, for the site itself, its own connection pointed
there.
"""

import logging
import socket
import time

from django.db import OperationalError
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests.faults.unreachable import unreachable_database

pytestmark = pytest.mark.urls("tests.faults.urls")

UNAVAILABLE_LOGGER = "cec_site.core.database_unavailable"


def unavailable_warnings(caplog):
    return [record for record in caplog.records if record.name == UNAVAILABLE_LOGGER]


def request_errors(caplog):
    return [
        record
        for record in caplog.records
        if record.name == "django.request" and record.levelno >= logging.ERROR
    ]


@pytest.mark.django_db
def test_a_page_whose_database_is_unreachable_gets_the_friendly_503(
    client, django_assert_num_queries
):
    from cec_site.core.cache import content_version

    content_version()  # as on a running site: the next expiry time is already in the cache
    with django_assert_num_queries(0):  # the 503 page itself needs no database
        response = client.get("/needs-the-database/")
    assert response.status_code == 503
    html = response.content.decode()
    assert (
        "<title>Temporarily unavailable | Commission for Environmental Cooperation</title>" in html
    )
    assert "This page is temporarily unavailable" in html
    assert '<html lang="en">' in html
    assert '<a class="button" href="/">Go to the home page</a>' in html
    assert 'name="robots" content="noindex"' in html
    assert response["Retry-After"] == "30"
    # Neither the page cache, a CDN nor a browser may keep it.
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_503_page_speaks_the_visitors_language(client):
    response = client.get("/fr/needs-the-database/")
    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="fr">' in html
    with translation.override("fr"):
        home_link = gettext("Go to the home page")
    assert f'<a class="button" href="/fr/">{home_link}</a>' in html


@pytest.mark.django_db
def test_each_unavailable_page_is_logged_once_as_a_warning_without_traceback(client, caplog):
    with caplog.at_level(logging.INFO):
        client.get("/needs-the-database/")
    warnings = unavailable_warnings(caplog)
    assert [record.levelname for record in warnings] == ["WARNING"]
    assert warnings[0].exc_info is None
    assert "GET /needs-the-database/" in warnings[0].getMessage()
    assert "OperationalError" in warnings[0].getMessage()
    assert request_errors(caplog) == []


@pytest.mark.django_db
def test_a_middleware_that_cannot_reach_the_database_also_ends_as_the_503(settings, caplog):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "tests.faults.unreachable.NeedsTheDatabaseBeforeTheView",
    ]
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        response = client.get("/middleware-needs-the-database/")
    assert response.status_code == 503
    assert "This page is temporarily unavailable" in response.content.decode()
    assert response["Retry-After"] == "30"
    # One warning, and not Django's "Internal Server Error" with a traceback besides.
    assert len(unavailable_warnings(caplog)) == 1
    assert request_errors(caplog) == []


@pytest.mark.django_db
def test_a_database_error_that_is_a_bug_stays_a_500(caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        response = client.get("/breaks-a-constraint/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert unavailable_warnings(caplog) == []
    assert len(request_errors(caplog)) == 1  # with its traceback, for the team to fix


@pytest.mark.postgres
def test_a_database_that_never_answers_fails_within_the_connect_timeout(
    settings, django_db_blocker
):
    timeout = settings.DATABASES["default"]["OPTIONS"]["connect_timeout"]
    assert timeout <= 5
    # A black hole: the kernel accepts the connection, nothing ever answers it.
    with socket.socket() as black_hole:
        black_hole.bind(("127.0.0.1", 0))
        black_hole.listen(8)
        database = unreachable_database(
            port=black_hole.getsockname()[1],
            OPTIONS=settings.DATABASES["default"]["OPTIONS"],
        )
        started = time.monotonic()
        with django_db_blocker.unblock(), pytest.raises(OperationalError), database.cursor():
            pass
        waited = time.monotonic() - started
    assert timeout - 0.5 <= waited <= timeout + 2  # not psycopg's default of 130 s
