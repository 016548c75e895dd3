"""A publication's PDF: downloaded only through its counted route, never before it is public.

`/documents/<id>/<file>` answers 404 for the file of a draft, scheduled, expired, password- or
login-protected publication (cec_site/core/moderation.py, visibility.document_visible_to),
except to someone who may edit that publication; a publication's file is always a real PDF.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cec_site.home.factories import PdfDocumentFactory, pdf_bytes
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


@pytest.fixture
def visitor():
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.7")


@pytest.fixture
def publication(site_tree):
    return PublicationPageFactory(
        parent=site_tree.publications, slug="what-have-we-learned", document=PdfDocumentFactory()
    )


def downloads(publication):
    return sum(
        PublicationDownloadDay.objects.filter(publication=publication).values_list(
            "count", flat=True
        )
    )


@pytest.mark.django_db
class TestWagtailsDocumentAddress:
    def test_a_publications_pdf_redirects_to_the_counted_download(self, visitor, publication):
        document = publication.document
        response = visitor.get(document.url)
        assert document.url == f"/documents/{document.pk}/{document.filename}"
        assert response.status_code == 302
        assert response["Location"] == "/publications/what-have-we-learned/download/"
        assert downloads(publication) == 0  # the redirect itself counts nothing

        pdf = visitor.get(response["Location"])
        assert pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
        assert downloads(publication) == 1  # counted exactly once

    def test_other_documents_are_still_served(self, visitor, site_tree):
        document = get_document_model()(title="Data tables")
        document.file.save("tables.csv", ContentFile(b"country,tonnes\nCanada,12\n"), save=True)
        response = visitor.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"country,tonnes\nCanada,12\n"

    def test_a_private_collection_stays_private(self, visitor, publication):
        private = Collection.get_first_root_node().add_child(name="Internal")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        document = publication.document
        document.collection = private
        document.save()
        response = visitor.get(document.url)
        assert response.status_code == 302  # to sign in: Wagtail's own privacy check
        assert "login" in response["Location"]
        assert "/download/" not in response["Location"]
        assert downloads(publication) == 0


@pytest.mark.django_db
class TestTheMediaFolder:
    def test_documents_are_never_served_from_media(self, visitor, publication):
        path = publication.document.file.name
        assert path.startswith("documents/")
        assert visitor.get(f"/media/{path}").status_code == 404

    def test_image_renditions_are_but_not_originals(self, visitor, db):
        from cec_site.core.factories import ImageFactory

        image = ImageFactory()
        rendition = image.get_rendition("width-100")
        assert visitor.get(f"/media/{rendition.file.name}").status_code == 200
        assert visitor.get(f"/media/{image.file.name}").status_code == 404


def unpublished(publication):
    publication.unpublish()


def scheduled(publication):
    publication.unpublish()
    publication.go_live_at = timezone.now() + datetime.timedelta(days=3)
    publication.save_revision().publish()  # with a future go-live date, this schedules it


def expired(publication):
    # Past its expiry time, before `publish_scheduled` has run to unpublish it.
    type(publication).objects.filter(pk=publication.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )


def password_protected(publication):
    PageViewRestriction.objects.create(
        page=publication, restriction_type=PageViewRestriction.PASSWORD, password="embargo"
    )


def login_protected(publication):
    PageViewRestriction.objects.create(page=publication, restriction_type=PageViewRestriction.LOGIN)


def under_a_protected_index(publication):
    PageViewRestriction.objects.create(
        page=publication.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )


def in_a_private_collection_too(publication):
    unpublished(publication)
    private = Collection.get_first_root_node().add_child(name="Embargoed")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    publication.document.collection = private
    publication.document.save()


HIDDEN = [
    unpublished,
    scheduled,
    expired,
    password_protected,
    login_protected,
    under_a_protected_index,
    in_a_private_collection_too,
]


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@cec.org", "s3cret-pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.django_db
class TestEmbargoedFiles:
    @pytest.mark.parametrize("hide", HIDDEN, ids=lambda hide: hide.__name__)
    def test_the_public_gets_a_404(self, visitor, publication, hide):
        hide(publication)
        document = publication.document
        document.refresh_from_db()
        response = visitor.get(document.url)
        assert response.status_code == 404
        assert downloads(publication) == 0

    @pytest.mark.parametrize("hide", HIDDEN, ids=lambda hide: hide.__name__)
    def test_a_signed_in_reader_who_may_not_edit_it_gets_a_404(
        self, publication, hide, django_user_model
    ):
        hide(publication)
        reader = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
        client = Client()
        client.force_login(reader)
        response = client.get(publication.document.url)
        assert response.status_code == 404

    @pytest.mark.parametrize("hide", HIDDEN, ids=lambda hide: hide.__name__)
    def test_an_editor_still_fetches_it(self, publication, hide, django_user_model):
        hide(publication)
        document = publication.document
        document.refresh_from_db()
        client = Client()
        client.force_login(member_of(django_user_model, "Editors", "eddie"))
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF-")
        assert downloads(publication) == 0  # an editor's look is not a download

    def test_a_shared_pdf_is_hidden_while_any_edition_using_it_is(self, visitor, site_tree):
        document = PdfDocumentFactory()
        PublicationPageFactory(parent=site_tree.publications, slug="en-edition", document=document)
        PublicationPageFactory(
            parent=site_tree.publications, slug="draft-edition", document=document, live=False
        )
        assert visitor.get(document.url).status_code == 404

    def test_served_by_wagtails_view_never_from_media(self, visitor, site_tree):
        assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
        document = get_document_model()(title="Data tables")
        document.file.save("tables.csv", ContentFile(b"country,tonnes\n"), save=True)
        assert document.url.startswith("/documents/")
        response = visitor.get(document.url)
        assert response.status_code == 200  # streamed here, not a redirect to /media/


@pytest.mark.django_db
class TestAPublicationsFileIsAPdf:
    """Replacing a document's file: the publication's PDF must stay a real PDF."""

    @pytest.fixture
    def moderator(self, client, django_user_model):
        client.force_login(member_of(django_user_model, "Moderators", "mona"))
        return client

    def replace(self, client, document, name, content, content_type):
        return client.post(
            reverse("wagtaildocs:edit", args=(document.pk,)),
            {
                "title": document.title,
                "file": SimpleUploadedFile(name, content, content_type),
                "tags": "",
                # Shown once the site has more than one collection (the publication covers').
                "collection": document.collection_id,
            },
        )

    def test_html_in_place_of_a_publications_pdf_is_refused(self, moderator, publication):
        document = publication.document
        before = document.file.name
        response = self.replace(
            moderator, document, "report.html", b"<html>phishing</html>", "text/html"
        )
        assert response.status_code == 200
        errors = response.context["form"].errors["file"]
        assert any("must be a PDF" in error for error in errors) or any(
            "not" in error.lower() for error in errors
        )
        document.refresh_from_db()
        assert document.file.name == before

    def test_html_named_pdf_is_refused_with_a_clear_error(self, moderator, publication):
        document = publication.document
        before = document.file.name
        response = self.replace(
            moderator, document, "report.pdf", b"<html>phishing</html>", "application/pdf"
        )
        assert response.status_code == 200
        assert response.context["form"].errors["file"] == [
            "This document is a page's PDF file: its new file must be a PDF too."
        ]
        document.refresh_from_db()
        assert document.file.name == before

    def test_a_real_pdf_replaces_it(self, moderator, publication):
        response = self.replace(
            moderator, publication.document, "report-v2.pdf", pdf_bytes(), "application/pdf"
        )
        assert response.status_code == 302
        publication.document.refresh_from_db()
        assert "report-v2" in publication.document.file.name

    def test_other_documents_take_any_allowed_file(self, moderator, site_tree):
        document = get_document_model()(title="Data tables")
        document.file.save("tables.csv", ContentFile(b"a,b\n"), save=True)
        response = self.replace(moderator, document, "tables.txt", b"a b\n", "text/plain")
        assert response.status_code == 302

    def test_an_editor_replaces_the_file_of_an_unused_document_they_uploaded(
        self, client, django_user_model, site_tree
    ):
        editor = member_of(django_user_model, "Editors", "eddie")
        client.force_login(editor)
        document = PdfDocumentFactory(uploaded_by_user=editor)
        response = self.replace(client, document, "draft-v2.pdf", pdf_bytes(), "application/pdf")
        assert response.status_code == 302

    def test_an_editor_may_not_replace_a_live_publications_pdf(
        self, client, django_user_model, site_tree
    ):
        editor = member_of(django_user_model, "Editors", "eddie")
        client.force_login(editor)
        document = PdfDocumentFactory(uploaded_by_user=editor)
        PublicationPageFactory(parent=site_tree.publications, document=document)
        response = self.replace(client, document, "v2.pdf", pdf_bytes(), "application/pdf")
        assert response.status_code == 200
        assert "only a Moderator can replace it" in response.context["form"].errors["file"][0]
