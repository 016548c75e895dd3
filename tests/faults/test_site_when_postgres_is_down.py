"""The site itself, its connection pointed where PostgreSQL does not listen: 503s, never a 500,
and back by itself (the connection is the test's own, so the test is transactional)."""

import logging

from django.db import connection
from django.test import Client

import pytest

from tests.faults.test_database_unavailable import request_errors, unavailable_warnings

# A transactional test ends by emptying every table (the next transactional test reloads them),
# so it has a file of its own: `make test` hands whole files to its processes in the order
# pytest-django sets (transactional tests after all others), which keeps it after them.


@pytest.mark.postgres
@pytest.mark.urls("cec_site.urls")  # the site itself, nothing added
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_site_answers_503_for_its_pages_and_its_404_page_when_postgres_is_down(
    home_page, caplog
):
    client = Client(raise_request_exception=False)
    assert client.get("/").status_code == 200
    saved = connection.settings_dict.copy()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
    try:
        with caplog.at_level(logging.INFO):
            page = client.get("/?uncached")  # Wagtail's serve view looks up site and page
            missing = client.get("/no-such-file.txt")  # the 404 page reads the database
    finally:
        connection.close()
        connection.settings_dict.update(saved)
    assert page.status_code == 503
    assert missing.status_code == 503
    assert "This page is temporarily unavailable" in missing.content.decode()
    assert len(unavailable_warnings(caplog)) == 2
    assert request_errors(caplog) == []
    assert client.get("/?after").status_code == 200  # back, with nothing restarted
