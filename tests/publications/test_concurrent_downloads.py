"""1,000 distinct real clients downloading, fifty at a time: exactly 1,000 counted (total and
unique), no lost update under concurrency; and what a counted download costs in queries."""

import threading

from django.db import connections
from django.test import Client

import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.publications.test_downloads import BROWSER, downloads, unique_downloads

# A transactional test ends by emptying every table (the next transactional test reloads them),
# so it has a file of its own: `make test` hands whole files to its processes in the order
# pytest-django sets (transactional tests after all others), which keeps it after them.


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_downloads_lose_nothing(site_tree):
    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    url = publication.download_url
    errors = []

    def twenty_downloads(thread_number):
        try:
            for n in range(20):
                client = Client(
                    HTTP_USER_AGENT=f"{BROWSER} client-{thread_number}-{n}",
                    REMOTE_ADDR=f"10.{thread_number}.{n}.1",
                )
                response = client.get(url)
                b"".join(response.streaming_content)
                response.close()
                if response.status_code != 200:
                    errors.append(response.status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=twenty_downloads, args=(t,)) for t in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert downloads(publication) == 1000
    assert unique_downloads(publication) == 1000
    assert PublicationDownloadDay.objects.filter(publication=publication).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_counted_download_costs_few_queries(site_tree, django_assert_num_queries, settings):
    """Outside a test transaction, as in production (no savepoints around the upsert).

    The site's own URLs find the public edition with its PDF and language in one query before
    Wagtail's routing (publications.views.download_route, which then serves it through
    Wagtail's `serve`), and the count is one upsert: 2. It was 14 to 16 before (a child lookup
    and a `specific` query per level, two view restriction checks of two queries each, the
    document, the locale, a savepoint pair). A visitor with a session cookie costs one more:
    loading that session, to know it exists.
    """
    from django.contrib.sessions.backends.db import SessionStore

    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    url = publication.download_url
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.200").get(url)  # file hash stored
    try:
        with django_assert_num_queries(2):
            response = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.201").get(url)
            b"".join(response.streaming_content)
        assert downloads(publication) == 2
        session = SessionStore()
        session["seen"] = True
        session.create()
        with_session = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.202")
        with_session.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
        with django_assert_num_queries(3):
            response = with_session.get(url)
            b"".join(response.streaming_content)
        assert downloads(publication) == 3
    finally:
        connections.close_all()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_through_the_download_route_a_counted_download_costs_two_queries(
    site_tree, django_assert_num_queries, settings
):
    """With publications' download route in front of Wagtail (its section's `urls`): the
    public edition with its PDF and language (1) and the upsert (1); Wagtail's site root paths
    come from the cache. With a session cookie, one more: loading the session."""
    from django.contrib.sessions.backends.db import SessionStore

    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    url = publication.download_url
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.200").get(url)  # warm: hash, root paths
    try:
        with django_assert_num_queries(2):
            response = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.201").get(url)
            b"".join(response.streaming_content)
        session = SessionStore()
        session["seen"] = True
        session.create()
        with_session = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.202")
        with_session.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
        with django_assert_num_queries(3):
            response = with_session.get(url)
            b"".join(response.streaming_content)
        assert downloads(publication) == 3
    finally:
        connections.close_all()
