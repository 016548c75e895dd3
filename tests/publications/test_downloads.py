"""Counted downloads (COUNTER R5): what counts, what does not, and that the file always comes."""

import datetime

from django.db import connection
from django.test import Client
from django.utils import timezone

import pytest
import time_machine

from publications.models import PublicationDownloadDay
from tests.factories.publications import PdfDocumentFactory, PublicationPageFactory

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def downloads(publication):
    return sum(
        PublicationDownloadDay.objects.filter(publication=publication).values_list(
            "count", flat=True
        )
    )


def visitor(n=1):
    return Client(
        HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.100.{n % 250}", HTTP_X_CLIENT=str(n)
    )


@pytest.fixture
def publication(site_tree):
    return PublicationPageFactory(
        parent=site_tree.publications,
        slug="submissions-on-enforcement-matters-what-have-we-learned",
        document=PdfDocumentFactory(pages=3),
    )


@pytest.mark.django_db
class TestTheDownload:
    def test_serves_the_pdf_with_its_headers_and_counts_it(self, publication):
        response = visitor().get(publication.download_url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        body = b"".join(response.streaming_content)
        assert body.startswith(b"%PDF-")
        assert int(response["Content-Length"]) == len(body) == publication.document.file.size
        assert response["Content-Disposition"] == (
            'inline; filename="cec-submissions-on-enforcement-matters-what-have-we-learned-en.pdf"'
        )
        assert response["ETag"] and response["Last-Modified"]
        assert downloads(publication) == 1

    def test_conditional_get_answers_304_and_does_not_count(self, publication):
        first = visitor(1).get(publication.download_url)
        again = visitor(2).get(publication.download_url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304
        since = visitor(3).get(
            publication.download_url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
        )
        assert since.status_code == 304
        assert downloads(publication) == 1

    def test_head_does_not_count(self, publication):
        response = visitor().head(publication.download_url)
        assert response.status_code == 200
        assert response["Content-Length"] == str(publication.document.file.size)
        assert downloads(publication) == 0

    @pytest.mark.parametrize(
        "user_agent",
        [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "python-requests/2.31.0",
            "Wget/1.21.3",
            "",
        ],
    )
    def test_robots_and_scripts_on_the_counter_list_are_served_not_counted(
        self, publication, user_agent
    ):
        response = Client(HTTP_USER_AGENT=user_agent).get(publication.download_url)
        assert response.status_code == 200
        assert downloads(publication) == 0

    def test_the_same_client_within_30_seconds_counts_once(self, publication):
        client = visitor()
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            for _ in range(10):
                assert client.get(publication.download_url).status_code == 200
                clock.shift(datetime.timedelta(seconds=2))  # 18 s in all
            assert downloads(publication) == 1
            clock.move_to(start + datetime.timedelta(seconds=31))
            client.get(publication.download_url)
        assert downloads(publication) == 2

    def test_behind_the_proxy_each_visitor_is_counted_by_their_own_address(
        self, publication, settings
    ):
        settings.TRUSTED_PROXY_COUNT = 1  # as in compose.yaml: Caddy appends the address
        proxy = "10.0.0.2"
        for address in ("203.0.113.5", "198.51.100.20", "203.0.113.5"):  # one visitor twice
            Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=proxy).get(
                publication.download_url, HTTP_X_FORWARDED_FOR=address
            )
        assert downloads(publication) == 2

    def test_a_session_is_one_client_whatever_its_address(self, publication, client):
        session = client.session
        session["seen"] = True
        session.save()
        client.get(publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1")
        client.get(publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.2")
        assert downloads(publication) == 1

    def test_unpublished_or_private_publications_are_404_and_not_counted(self, publication):
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(page=publication, restriction_type="login")
        assert visitor().get(publication.download_url).status_code == 404
        PageViewRestriction.objects.all().delete()
        publication.unpublish()
        assert visitor().get(publication.download_url).status_code == 404
        assert downloads(publication) == 0

    def test_the_publication_page_and_its_card_link_to_the_counted_download(
        self, publication, client
    ):
        page_html = client.get(publication.url).content.decode()
        assert f'href="{publication.download_url}"' in page_html
        listing_html = client.get(publication.get_parent().url).content.decode()
        assert f'href="{publication.download_url}"' in listing_html

    def test_nothing_but_get_and_head(self, publication):
        assert visitor().post(publication.download_url).status_code == 405


@pytest.mark.django_db
def test_a_broken_counter_still_serves_the_file(publication, caplog):
    # A real database error, not a mock: the table the counter writes to is gone.
    table = PublicationDownloadDay._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} RENAME TO broken_downloads")  # noqa: S608
    try:
        response = visitor().get(publication.download_url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF-")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE broken_downloads RENAME TO {table}")  # noqa: S608
    assert "Could not count a download" in caplog.text


@pytest.mark.django_db
def test_a_new_file_gets_a_new_etag(publication):
    from django.core.files.base import ContentFile

    from tests.factories.publications import pdf_bytes

    first = visitor(1).get(publication.download_url)["ETag"]
    document = publication.document
    document.file.save("replaced.pdf", ContentFile(pdf_bytes(pages=5)), save=False)
    document.file_hash = ""
    document.file_size = None
    document.save()
    response = visitor(2).get(publication.download_url, HTTP_IF_NONE_MATCH=first)
    assert response.status_code == 200, "the old copy is stale: send the new file"
    assert response["ETag"] != first


@pytest.mark.django_db
def test_a_missing_file_is_404_not_500(publication):
    publication.document.file.storage.delete(publication.document.file.name)
    publication.document.file_hash = ""
    publication.document.file_size = None
    publication.document.save()
    assert visitor().get(publication.download_url).status_code == 404
