"""A stage's document is a counted download, by the same rules as a publication's PDF
(cec_site/core/downloads.py): `<submission>/stages/<stage id>/download/`, counted once per
client and day, never for robots, double clicks or later byte ranges, and never served for a
submission the public may not see, whichever door is asked."""

import datetime
import re

from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
import time_machine

from cec_site.core.models import DocumentDownloadDay
from cec_site.home.factories import PdfDocumentFactory
from sem.factories import SubmissionPageFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
FILED = datetime.date(2023, 3, 1)
DETERMINED = datetime.date(2023, 5, 4)


def visitor(n=1):
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.100.{n % 250}")


def downloads(document):
    rows = DocumentDownloadDay.objects.filter(document=document)
    return sum(row.count for row in rows), sum(row.unique_count for row in rows)


def body(response):
    return b"".join(response.streaming_content)


def stored(document):
    with document.file.open("rb") as file:
        return file.read()


@pytest.fixture
def document(db):
    return PdfDocumentFactory(pages=3)


@pytest.fixture
def submission(registry, document):
    return SubmissionPageFactory(
        parent=registry,
        identifier="SEM-23-001",
        slug="wetland-drainage",
        stages=[
            ("received", FILED),
            ("criteria", DETERMINED, "The submission meets the criteria.", document),
        ],
    )


@pytest.fixture
def stage(submission):
    return submission.stages.get(kind="criteria")


def address(submission, stage):
    return f"{submission.url}stages/{stage.pk}/download/"


class TestTheCountedRoute:
    def test_serves_the_document_with_its_headers_and_counts_it_once(
        self, submission, stage, document
    ):
        response = visitor().get(address(submission, stage))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert body(response) == stored(document)
        assert response["Content-Disposition"] == (
            'inline; filename="cec-sem-23-001-2023-05-04-criteria-en.pdf"'
        )
        assert response["ETag"] and response["Accept-Ranges"] == "bytes"
        assert downloads(document) == (1, 1)

    def test_the_same_client_within_30_seconds_counts_once(self, submission, stage, document):
        client = visitor()
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            for _ in range(5):
                assert client.get(address(submission, stage)).status_code == 200
                clock.shift(datetime.timedelta(seconds=5))  # 20 s in all
            assert downloads(document) == (1, 1)
            clock.move_to(start + datetime.timedelta(seconds=31))
            assert client.get(address(submission, stage)).status_code == 200
        assert downloads(document) == (2, 1)  # one more total request, the same visitor

    @pytest.mark.parametrize(
        "user_agent",
        [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "python-requests/2.31.0",
            "",
        ],
    )
    def test_robots_and_scripts_are_served_not_counted(
        self, submission, stage, document, user_agent
    ):
        response = Client(HTTP_USER_AGENT=user_agent).get(address(submission, stage))
        assert response.status_code == 200
        assert body(response) == stored(document)
        assert downloads(document) == (0, 0)

    def test_a_later_byte_range_is_served_not_counted_the_first_one_counts(
        self, submission, stage, document
    ):
        whole = stored(document)
        later = visitor(1).get(address(submission, stage), HTTP_RANGE="bytes=100-")
        assert later.status_code == 206
        assert later["Content-Range"] == f"bytes 100-{len(whole) - 1}/{len(whole)}"
        assert body(later) == whole[100:]
        assert downloads(document) == (0, 0)
        first = visitor(2).get(address(submission, stage), HTTP_RANGE="bytes=0-99")
        assert first.status_code == 206
        assert body(first) == whole[:100]
        assert downloads(document) == (1, 1)

    def test_head_304_and_416_are_not_downloads(self, submission, stage, document):
        url = address(submission, stage)
        head = visitor(1).head(url)
        assert head.status_code == 200
        assert head["Content-Length"] == str(len(stored(document)))
        etag = visitor(2).get(url)["ETag"]
        assert visitor(3).get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
        past_the_end = visitor(4).get(url, HTTP_RANGE=f"bytes={len(stored(document))}-")
        assert past_the_end.status_code == 416
        assert downloads(document) == (1, 1)  # visitor 2's whole download alone

    def test_nothing_but_get_and_head(self, submission, stage):
        assert visitor().post(address(submission, stage)).status_code == 405

    def test_the_daily_cap_covers_a_stage_in_every_language(
        self, submission, stage, document, locales, settings
    ):
        settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS = 3
        french = submission.copy_for_translation(locales["fr"], copy_parents=True)
        french.save_revision().publish()
        french_stage = french.stages.get(kind="criteria")
        assert french_stage.translation_key == stage.translation_key
        french_stage.document = PdfDocumentFactory(pages=2)
        french_stage.save()
        french.refresh_from_db()
        for n in range(4):  # one address, eight agents: one network's cap for the stage
            for page, row in ((submission, stage), (french, french_stage)):
                client = Client(HTTP_USER_AGENT=f"{BROWSER} {n}", REMOTE_ADDR="203.0.113.9")
                assert client.get(address(page, row)).status_code == 200
        assert downloads(document)[0] + downloads(french_stage.document)[0] == 3
        other = visitor(7).get(address(french, french_stage))
        assert other.status_code == 200
        assert other["Content-Disposition"].endswith('-criteria-fr.pdf"')
        assert downloads(document)[0] + downloads(french_stage.document)[0] == 4

    def test_a_document_other_than_a_pdf_comes_as_an_attachment(self, registry):
        Document = get_document_model()
        tables = Document(title="Data tables")
        tables.file.save("tables.csv", ContentFile(b"country,tonnes\nCanada,12\n"), save=True)
        page = SubmissionPageFactory(parent=registry, stages=[("received", FILED, "", tables)])
        row = page.stages.get()
        response = visitor().get(address(page, row))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert body(response) == b"country,tonnes\nCanada,12\n"
        assert downloads(tables) == (1, 1)


class TestWhatIsNotServed:
    def test_a_stage_without_a_document_is_404(self, submission):
        received = submission.stages.get(kind="received")
        assert visitor().get(address(submission, received)).status_code == 404

    @pytest.mark.parametrize(
        "stage_id", ["abc", "-1", "0", "99999999", "99999999999999999999999999", "1.5", "%20"]
    )
    def test_a_bad_stage_id_is_404(self, submission, stage_id):
        response = visitor().get(f"{submission.url}stages/{stage_id}/download/")
        assert response.status_code == 404

    def test_another_submissions_stage_is_404(self, registry, submission, stage):
        other = SubmissionPageFactory(parent=registry)
        assert visitor().get(address(other, stage)).status_code == 404


def unpublished(submission):
    submission.unpublish()


def draft(submission):
    type(submission).objects.filter(pk=submission.pk).update(
        live=False, first_published_at=None, last_published_at=None, live_revision=None
    )


def expired(submission):
    type(submission).objects.filter(pk=submission.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )


def password_protected(submission):
    PageViewRestriction.objects.create(
        page=submission, restriction_type=PageViewRestriction.PASSWORD, password="embargo"
    )


def login_protected(submission):
    PageViewRestriction.objects.create(page=submission, restriction_type=PageViewRestriction.LOGIN)


def under_a_protected_registry(submission):
    PageViewRestriction.objects.create(
        page=submission.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )


def in_a_private_collection(submission):
    private = Collection.get_first_root_node().add_child(name="Embargoed")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = submission.stages.get(kind="criteria").document
    document.collection = private
    document.save()


def also_in_a_draft_submission(submission):
    """The one rule for files: a file used by a page the public may not see is not public."""
    document = submission.stages.get(kind="criteria").document
    SubmissionPageFactory(
        parent=submission.get_parent(), live=False, stages=[("received", FILED, "", document)]
    )


HIDDEN = [
    unpublished,
    draft,
    expired,
    password_protected,
    login_protected,
    under_a_protected_registry,
    in_a_private_collection,
    also_in_a_draft_submission,
]


@pytest.mark.parametrize("hide", HIDDEN, ids=lambda hide: hide.__name__)
def test_a_hidden_submissions_document_is_404_through_the_counted_route(
    submission, stage, document, hide
):
    url = address(submission, stage)
    hide(submission)
    response = visitor().get(url)
    assert response.status_code == 404
    assert document.file.name not in response.content.decode()
    assert downloads(document) == (0, 0)


@pytest.mark.parametrize("hide", HIDDEN, ids=lambda hide: hide.__name__)
def test_a_hidden_submissions_document_is_not_served_at_documents(
    submission, stage, document, hide
):
    hide(submission)
    document.refresh_from_db()
    response = visitor().get(document.url)
    if hide is in_a_private_collection:  # the collection's own sign-in (Wagtail's)
        assert response.status_code == 302
        assert "login" in response["Location"] and "/download/" not in response["Location"]
    else:
        assert response.status_code == 404
    assert downloads(document) == (0, 0)


def test_an_editor_does_not_count_an_expired_submissions_document(
    submission, stage, document, django_user_model
):
    from django.contrib.auth.models import Group

    expired(submission)
    editor = django_user_model.objects.create_user("eddie", "eddie@cec.org", "s3cret-pass")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client(HTTP_USER_AGENT=BROWSER)
    client.force_login(editor)
    # The counted route serves the public's files only; the editor fetches it at /documents/.
    assert client.get(address(submission, stage)).status_code == 404
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == stored(document)
    assert downloads(document) == (0, 0)


class TestTheDocumentsAddress:
    def test_redirects_to_the_counted_route_which_counts_once(self, submission, stage, document):
        response = visitor().get(document.url)
        assert response.status_code == 302
        assert response["Location"] == address(submission, stage)
        assert downloads(document) == (0, 0)  # the redirect itself counts nothing
        served = visitor().get(response["Location"])
        assert served.status_code == 200
        assert body(served) == stored(document)
        assert downloads(document) == (1, 1)

    def test_in_each_language_to_that_languages_route(self, submission, locales):
        french = submission.copy_for_translation(locales["fr"], copy_parents=True)
        french.save_revision().publish()
        french_stage = french.stages.get(kind="criteria")
        french_stage.document = PdfDocumentFactory()
        french_stage.save()
        response = visitor().get(french_stage.document.url)
        assert response.status_code == 302
        assert response["Location"] == (
            f"/fr/{french.get_parent().slug}/{french.slug}/stages/{french_stage.pk}/download/"
        )

    def test_a_document_no_page_uses_is_served_as_ever(self, registry):
        unused = PdfDocumentFactory()
        response = visitor().get(unused.url)
        assert response.status_code == 200
        assert downloads(unused) == (0, 0)


def test_the_submission_page_links_its_documents_to_the_counted_route(
    client, submission, stage, document
):
    html = client.get(submission.url).content.decode()
    assert f'href="{address(submission, stage)}"' in html
    assert document.url not in html
    # A stage without a document links to nothing.
    assert html.count("/download/") == 1


@pytest.mark.parametrize("hide", [in_a_private_collection, also_in_a_draft_submission])
def test_the_page_neither_names_nor_links_a_document_the_public_may_not_fetch(
    client, submission, stage, document, hide
):
    document.title = "Confidential determination"
    document.save()
    hide(submission)
    html = client.get(submission.url).content.decode()
    assert "The submission meets the criteria." in html  # the stage itself is shown
    assert "Confidential determination" not in html
    assert "/download/" not in html


def test_editors_see_each_stage_documents_downloads_in_the_timeline_tab(
    submission, stage, document, django_user_model
):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    for n in range(3):
        visitor(n).get(address(submission, stage))
    visitor(0).get(address(submission, stage), HTTP_USER_AGENT="python-requests/2.31.0")
    editor = django_user_model.objects.create_user("eddie", "eddie@cec.org", "s3cret-pass")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(submission.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Downloads of the stage documents" in html
    row = next(row for row in html.split("<tr>") if f"<td>{document.title}</td>" in row)
    cells = re.findall(r"<td>(.*?)</td>", row)
    # Three visitors, one robot: three downloads, three unique.
    assert cells == [
        "Determination on the criteria (Article 14(1) / 24.27(1)), May 4, 2023",
        document.title,
        "3",
        "3",
    ]
