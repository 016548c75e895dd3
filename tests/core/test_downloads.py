"""The one rule for counted downloads (cec_site/core/downloads.py) and the one file response
(cec_site/core/file_responses.py), as every section uses them: the sections' own tests
(tests/publications/test_download*.py, tests/sem/test_downloads.py) go through their routes.
"""

import datetime

from django.test import RequestFactory
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction

import pytest
import time_machine

from cec_site.core import downloads
from cec_site.core.file_responses import UNSATISFIABLE, requested_range, shown_inline
from cec_site.core.models import DocumentDownloadDay
from cec_site.home.factories import PdfDocumentFactory

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def request_from(address="198.51.100.5", agent=BROWSER):
    return RequestFactory(HTTP_USER_AGENT=agent, REMOTE_ADDR=address).get("/a/file/")


class Ledger:
    """Where a section would write its counts: here, a list of (day, unique)."""

    def __init__(self):
        self.rows = []

    def __call__(self, day, unique):
        self.rows.append((day, unique))


def count(request, item="report-en", group="report", ledger=None):
    return downloads.count(
        request, item=item, group=group, record=ledger or Ledger(), what="a test file"
    )


class TestTheRule:
    def test_a_first_download_is_recorded_unique_on_its_day(self):
        ledger = Ledger()
        assert count(request_from(), ledger=ledger) is True
        assert ledger.rows == [(timezone.localdate(), True)]

    def test_robots_and_scripts_are_never_recorded(self):
        ledger = Ledger()
        for agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", ""):
            assert count(request_from(agent=agent), ledger=ledger) is False
        assert ledger.rows == []

    def test_double_clicks_are_per_client_and_file(self):
        ledger = Ledger()
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            assert count(request_from(), ledger=ledger)
            assert not count(request_from(), ledger=ledger)  # the same file, 0 s later
            assert count(request_from(), item="report-fr", ledger=ledger)  # another file
            assert count(request_from("198.51.100.6"), ledger=ledger)  # another client
            clock.shift(datetime.timedelta(seconds=31))
            assert count(request_from(), ledger=ledger)  # past the window: not unique
        assert [unique for _day, unique in ledger.rows] == [True, True, True, False]

    def test_the_daily_cap_is_per_group_and_address_network(self, settings):
        settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS = 2
        ledger = Ledger()
        for n, item in enumerate(("report-en", "report-fr", "report-es")):
            count(request_from(agent=f"{BROWSER} {n}"), item=item, ledger=ledger)
        assert len(ledger.rows) == 2  # one group: the editions share the cap
        count(request_from(), item="other", group="other", ledger=ledger)
        count(request_from("198.51.100.99"), item="report-es", ledger=ledger)
        assert len(ledger.rows) == 4  # another group; another address

    def test_a_failure_to_record_is_logged_and_not_counted(self, caplog):
        def broken(day, unique):
            raise ValueError("the table is gone")

        assert count(request_from(), ledger=broken) is False
        assert "Could not count a download of a test file" in caplog.text


@pytest.mark.django_db
def test_daily_rows_add_up_atomically_per_document_and_day():
    document = PdfDocumentFactory()
    today = timezone.localdate()
    downloads.add_to_day(DocumentDownloadDay, "document", document.pk, today, unique=True)
    downloads.add_to_day(DocumentDownloadDay, "document", document.pk, today, unique=False)
    downloads.add_to_day(DocumentDownloadDay, "document", document.pk, today, unique=True)
    yesterday = today - datetime.timedelta(days=1)
    downloads.add_to_day(DocumentDownloadDay, "document", document.pk, yesterday, unique=True)
    rows = DocumentDownloadDay.objects.filter(document=document).order_by("day")
    assert [(row.day, row.count, row.unique_count) for row in rows] == [
        (yesterday, 1, 1),
        (today, 3, 2),
    ]


@pytest.mark.django_db
class TestCountedAddress:
    def test_a_document_no_page_counts_has_none(self):
        assert downloads.counted_address(PdfDocumentFactory(), request_from()) is None

    def test_a_document_in_a_private_collection_has_none(self, site_tree):
        from publications.factories import PublicationPageFactory

        publication = PublicationPageFactory(
            parent=site_tree.publications, slug="report", document=PdfDocumentFactory()
        )
        assert downloads.counted_address(publication.document, request_from()) == (
            "/publications/report/download/"
        )
        private = Collection.get_first_root_node().add_child(name="Private")
        CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
        publication.document.collection = private
        publication.document.save()
        assert downloads.counted_address(publication.document, request_from()) is None

    def test_every_section_declares_its_counted_files_by_a_public_file_field(self):
        declared = list(downloads.counted_files())
        assert {model._meta.label for model, _file in declared} >= {
            "publications.PublicationPage",
            "sem.SubmissionPage",
        }
        for model, counted_file in declared:
            assert counted_file.field in model.public_file_fields, model


# The file response -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [
        (None, 100, None),
        ("bytes=0-9", 100, (0, 9)),
        ("bytes=90-", 100, (90, 99)),
        ("bytes=90-500", 100, (90, 99)),
        ("bytes=-10", 100, (90, 99)),
        ("bytes=-500", 100, (0, 99)),
        ("bytes=100-", 100, UNSATISFIABLE),
        ("bytes=-0", 100, UNSATISFIABLE),
        ("bytes=-5", 0, UNSATISFIABLE),
        ("bytes=9-0", 100, None),
        ("bytes=0-9,20-29", 100, None),
        ("lines=0-9", 100, None),
        ("bytes=-", 100, None),
    ],
)
def test_the_one_byte_range_asked_for(header, size, expected):
    assert requested_range(header, size) == expected


def test_only_what_wagtail_shows_inline_is_inline(settings):
    assert shown_inline("application/pdf")
    assert not shown_inline("text/csv")
    assert not shown_inline("text/html")
    settings.WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
    assert shown_inline("text/plain")
