"""The daily cap is exact under concurrency with `make run`'s cache without Redis (Django's
DatabaseCache, whose incr() is a read then a write): 50 downloads at once from one address,
each with its own User-Agent, count exactly the cap.

A transactional test empties every table when it ends, so it has a file of its own (see
test_concurrent_downloads.py).
"""

import threading

from django.db import connection, connections
from django.test import Client

import pytest

from cec_site.core.downloads import CAP_TABLE, cap_counted_in_database
from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from tests.publications.test_download_cap_database import CACHE_TABLE, use_database_cache
from tests.publications.test_downloads import BROWSER, downloads, unique_downloads


@pytest.fixture
def database_cache(settings):
    use_database_cache(settings)
    with connection.cursor() as cursor:
        # The cap table has no model, so a transactional test before this one left its rows.
        cursor.execute(f"DELETE FROM {CAP_TABLE}")  # noqa: S608 - a constant
    yield
    connections.close_all()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {CACHE_TABLE}")
        cursor.execute(f"DELETE FROM {CAP_TABLE}")  # noqa: S608 - a constant


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_concurrent_downloads_from_one_address_count_exactly_the_cap(
    site_tree, settings, database_cache, capsys
):
    assert cap_counted_in_database()
    cap = settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS
    assert cap == 10
    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    url = publication.download_url
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1").get(url)  # warm: file hash, paths
    before = downloads(publication)
    start = threading.Barrier(50)
    statuses, errors = [], []

    def download(n):
        try:
            # Each its own agent: 50 distinct clients for COUNTER, one address for the cap.
            client = Client(HTTP_USER_AGENT=f"{BROWSER} agent/{n}", REMOTE_ADDR="203.0.113.50")
            start.wait(timeout=60)
            response = client.get(url)
            b"".join(response.streaming_content)
            response.close()
            statuses.append(response.status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=download, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [200] * 50  # every visitor gets the file
    counted = downloads(publication) - before
    with capsys.disabled():
        print(f"\n[cap] 50 concurrent downloads from one address, DatabaseCache: {counted}")
    assert counted == cap
    assert unique_downloads(publication) - before == cap
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT used FROM {CAP_TABLE} WHERE network <> ''")  # noqa: S608
        assert sorted(row[0] for row in cursor.fetchall()) == [1, cap]  # 192.0.2.1, and this

    # Another address still counts: the cap is one address's, not the publication's.
    other = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.77").get(url)
    b"".join(other.streaming_content)
    assert downloads(publication) - before == cap + 1
