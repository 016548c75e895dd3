"""Fifty visitors downloading at once, each counted: no lost update under concurrency."""

import threading

from django.db import connections
from django.test import Client

import pytest

from publications.models import PublicationDownloadDay
from tests.factories.publications import PdfDocumentFactory, PublicationPageFactory
from tests.publications.test_downloads import BROWSER, downloads

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
    assert PublicationDownloadDay.objects.filter(publication=publication).count() == 1
