"""Counted downloads (COUNTER R5): what counts, what does not, and that the file always comes."""

import datetime

from django.db import connection
from django.test import Client
from django.utils import timezone

import pytest
import time_machine

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay

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

    from cec_site.home.factories import pdf_bytes

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


# Byte ranges (RFC 9110 §14) -------------------------------------------------------------


def body_of(response):
    return b"".join(response.streaming_content)


def file_bytes(publication):
    with publication.document.file.open("rb") as file:
        return file.read()


@pytest.mark.django_db
class TestByteRanges:
    def test_the_first_bytes_are_a_206_with_their_content_range_and_count(self, publication):
        whole = file_bytes(publication)
        response = visitor().get(publication.download_url, HTTP_RANGE="bytes=0-99")
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes 0-99/{len(whole)}"
        assert response["Accept-Ranges"] == "bytes"
        assert response["Content-Length"] == "100"
        assert body_of(response) == whole[:100]
        assert downloads(publication) == 1

    def test_a_suffix_range_is_the_last_bytes_and_is_not_a_new_download(self, publication):
        whole = file_bytes(publication)
        response = visitor().get(publication.download_url, HTTP_RANGE="bytes=-100")
        assert response.status_code == 206
        assert response["Content-Range"] == (
            f"bytes {len(whole) - 100}-{len(whole) - 1}/{len(whole)}"
        )
        assert body_of(response) == whole[-100:]
        assert downloads(publication) == 0  # not the start of the file: a part of one

    def test_an_open_range_runs_to_the_end(self, publication):
        whole = file_bytes(publication)
        response = visitor().get(publication.download_url, HTTP_RANGE="bytes=100-")
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes 100-{len(whole) - 1}/{len(whole)}"
        assert int(response["Content-Length"]) == len(whole) - 100
        assert body_of(response) == whole[100:]

    def test_a_range_past_the_end_is_416_and_not_counted(self, publication):
        size = len(file_bytes(publication))
        response = visitor().get(publication.download_url, HTTP_RANGE=f"bytes={size}-")
        assert response.status_code == 416
        assert response["Content-Range"] == f"bytes */{size}"
        assert downloads(publication) == 0

    def test_a_whole_download_says_it_accepts_ranges(self, publication):
        response = visitor().get(publication.download_url)
        assert response.status_code == 200
        assert response["Accept-Ranges"] == "bytes"
        assert "Content-Range" not in response
        head = visitor(2).head(publication.download_url)
        assert head["Accept-Ranges"] == "bytes"

    def test_if_range_with_the_current_etag_or_date_gets_the_range(self, publication):
        first = visitor(1).get(publication.download_url)
        for validator in (first["ETag"], first["Last-Modified"]):
            response = visitor(2).get(
                publication.download_url, HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE=validator
            )
            assert response.status_code == 206, validator
            assert body_of(response) == file_bytes(publication)[10:20]

    def test_if_range_with_a_stale_validator_gets_the_whole_new_file(self, publication):
        whole = file_bytes(publication)
        for validator in (
            '"an-older-file"',
            f"W/{visitor().get(publication.download_url)['ETag']}",
            "Tue, 01 Jan 2019 00:00:00 GMT",
        ):
            response = visitor(2).get(
                publication.download_url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=validator
            )
            assert response.status_code == 200, validator
            assert "Content-Range" not in response
            assert body_of(response) == whole

    def test_a_range_after_the_file_changed_is_the_whole_new_file(self, publication):
        from django.core.files.base import ContentFile

        from cec_site.home.factories import pdf_bytes

        old_etag = visitor(1).get(publication.download_url)["ETag"]
        document = publication.document
        document.file.save("replaced.pdf", ContentFile(pdf_bytes(pages=5)), save=False)
        document.file_hash = ""
        document.file_size = None
        document.save()
        response = visitor(2).get(
            publication.download_url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=old_etag
        )
        assert response.status_code == 200
        assert body_of(response) == file_bytes(publication)
        assert response["ETag"] != old_etag

    @pytest.mark.parametrize(
        "header", ["bytes=0-9,20-29", "bytes=20-10", "lines=0-9", "bytes=abc", "bytes=-"]
    )
    def test_several_or_malformed_ranges_get_the_whole_file(self, publication, header):
        response = visitor().get(publication.download_url, HTTP_RANGE=header)
        assert response.status_code == 200
        assert body_of(response) == file_bytes(publication)

    def test_a_download_resumed_in_50_requests_counts_once(self, publication):
        whole = file_bytes(publication)
        chunk = -(-len(whole) // 50)
        client = visitor()
        received = b""
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            for n in range(50):
                first = n * chunk
                last = min(first + chunk, len(whole)) - 1
                response = client.get(publication.download_url, HTTP_RANGE=f"bytes={first}-{last}")
                assert response.status_code == 206
                received += body_of(response)
                clock.shift(datetime.timedelta(seconds=3))  # 150 s: well past the window
        assert received == whole
        assert downloads(publication) == 1
        assert unique_downloads(publication) == 1


def unique_downloads(publication):
    return sum(
        PublicationDownloadDay.objects.filter(publication=publication).values_list(
            "unique_count", flat=True
        )
    )


# Headers: the file name and indexing ----------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug",
    [
        "évaluation-des-progrès-en-matière-d-application",  # French
        "informe-sobre-la-aplicación-año-2024",  # Spanish
    ],
)
def test_an_accented_slug_gives_a_valid_rfc_6266_file_name(site_tree, slug):
    from email.message import Message
    from urllib.parse import quote

    from django.utils.encoding import iri_to_uri

    publication = PublicationPageFactory(
        parent=site_tree.publications, slug=slug, document=PdfDocumentFactory()
    )
    expected = f"cec-{slug}-en.pdf"
    for response in (
        visitor().get(iri_to_uri(publication.download_url)),
        visitor(2).head(iri_to_uri(publication.download_url)),
    ):
        assert response.status_code == 200
        header = response["Content-Disposition"]
        header.encode("ascii")  # no raw Latin-1, no RFC 2047 "=?utf-8?…"
        assert "=?" not in header
        assert header == f"inline; filename*=utf-8''{quote(expected)}"
        parsed = Message()
        parsed["Content-Disposition"] = header
        assert parsed.get_filename() == expected


@pytest.mark.django_db
def test_the_pdf_may_be_indexed_while_citation_files_may_not(publication):
    pdf = visitor().get(publication.download_url)
    assert "X-Robots-Tag" not in pdf
    citation = visitor().get(publication.url + "cite/ris/")
    assert citation.status_code == 200
    assert citation["X-Robots-Tag"] == "noindex"


@pytest.mark.django_db
def test_an_expired_edition_or_a_file_in_a_private_collection_is_404(publication):
    from wagtail.models import Collection, CollectionViewRestriction

    publication.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    publication.save(update_fields=["expire_at"])
    assert visitor().get(publication.download_url).status_code == 404
    publication.expire_at = None
    publication.save(update_fields=["expire_at"])
    assert visitor().get(publication.download_url).status_code == 200
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    publication.document.collection = private
    publication.document.save()
    assert visitor(2).get(publication.download_url).status_code == 404
    assert downloads(publication) == 1


# Every language edition on the publication page -----------------------------------------


@pytest.mark.django_db
def test_the_page_lists_every_language_edition_with_its_own_file(publication, locales, client):
    from django.template.defaultfilters import filesizeformat

    french = publication.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = PdfDocumentFactory(pages=5)
    french.page_count = 5
    french.save_revision().publish()
    spanish = publication.copy_for_translation(locales["es"], copy_parents=True)
    spanish.document = None  # no Spanish PDF yet
    spanish.page_count = None
    spanish.save_revision().publish()
    french.refresh_from_db()
    spanish.refresh_from_db()

    html = client.get(publication.url).content.decode()
    size = filesizeformat(publication.document.get_file_size()).replace("\xa0", " ")
    french_size = filesizeformat(french.document.get_file_size()).replace("\xa0", " ")
    assert (
        f'<a href="{publication.download_url}" type="application/pdf" hreflang="en">'
        '<span lang="en">English</span></a> '
        f'<span class="edition__note">(PDF, {size}, {publication.page_count} pages)</span>'
    ) in html.replace("\xa0", " ")
    assert (
        f'<a href="{french.download_url}" type="application/pdf" hreflang="fr">'
        '<span lang="fr">Français</span></a> '
        f'<span class="edition__note">(PDF, {french_size}, 5 pages)</span>'
    ) in html.replace("\xa0", " ")
    # The Spanish edition is named, and links to its page, never to another edition's file.
    assert f'<a href="{spanish.url}" hreflang="es"><span lang="es">Español</span></a>' in html
    assert spanish.download_url not in html
    assert visitor().get(spanish.download_url).status_code == 404
