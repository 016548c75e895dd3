"""Uploads: images refuse SVG, publications accept PDFs only, and size limits hold."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest

from publications.models import PublicationPage
from tests.factories.publications import PdfDocumentFactory, PublicationPageFactory, pdf_bytes
from tests.publications.test_publication_pages import publication_form_data

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
)
SVG_REFUSED = "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF."


def image_upload(name, content):
    return {
        "title": "Hills",
        "file": SimpleUploadedFile(name, content, content_type="image/svg+xml"),
        "collection": Collection.get_first_root_node().pk,
    }


@pytest.mark.django_db
class TestImages:
    def test_an_svg_image_is_refused_with_a_clear_message(self, admin_client):
        response = admin_client.post(reverse("wagtailimages:add"), image_upload("logo.svg", SVG))
        assert response.status_code == 200  # the form again, with the error
        assert SVG_REFUSED in response.content.decode()
        assert not get_image_model().objects.exists()

    def test_an_svg_renamed_png_is_refused_too(self, admin_client):
        response = admin_client.post(reverse("wagtailimages:add"), image_upload("logo.png", SVG))
        assert response.status_code == 200
        assert "Not a valid .png image" in response.content.decode()
        assert not get_image_model().objects.exists()

    def test_the_multiple_upload_editors_use_refuses_svg_too(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")},
        )
        assert response.status_code == 200
        result = response.json()
        assert result["success"] is False
        assert SVG_REFUSED in result["error_message"]
        assert not get_image_model().objects.exists()


@pytest.mark.django_db
class TestSizeLimits:
    def test_limits_are_set(self, settings):
        assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 100 * 1024 * 1024
        assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=4 * 1024)
    def test_a_document_over_the_limit_is_refused_with_its_size(self, admin_client):
        big = pdf_bytes(pages=30)
        assert len(big) > 4 * 1024
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "A long report",
                "file": SimpleUploadedFile("report.pdf", big, content_type="application/pdf"),
                "collection": Collection.get_first_root_node().pk,
            },
        )
        assert response.status_code == 200
        assert "This file is too big" in response.content.decode()
        assert "Maximum filesize 4.0\xa0KB" in response.content.decode()
        assert not get_document_model().objects.exists()


def not_a_pdf(name, content):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(content), save=True)
    return document


@pytest.mark.django_db
class TestPublicationFile:
    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("minutes.docx", b"PK\x03\x04 a word processor file"),  # neither name nor content
            ("report.pdf", b"PK\x03\x04 a zip file named .pdf"),  # the name lies
            ("report.txt", pdf_bytes(pages=1)),  # a PDF, named as something else
        ],
        ids=["docx", "zip-named-pdf", "pdf-named-txt"],
    )
    def test_the_editor_cannot_attach_anything_but_a_pdf(
        self, admin_client, site_tree, name, content
    ):
        publication = PublicationPageFactory(
            parent=site_tree.publications, document=PdfDocumentFactory()
        )
        original = publication.document_id
        wrong = not_a_pdf(name, content)
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[publication.pk]),
            publication_form_data(
                title=publication.title, slug=publication.slug, document=str(wrong.pk)
            ),
        )
        assert response.status_code == 200  # the editor again, with the error, nothing saved
        assert "The publication&#x27;s file must be a PDF (a .pdf file)." in (
            response.content.decode()
        )
        publication = PublicationPage.objects.get(pk=publication.pk)
        assert publication.document_id == original
        assert not publication.revisions.exists()  # not even a draft was saved

    def test_a_real_pdf_is_accepted(self, admin_client, site_tree):
        publication = PublicationPageFactory(parent=site_tree.publications)
        pdf = PdfDocumentFactory(pages=4)
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[publication.pk]),
            publication_form_data(
                title=publication.title, slug=publication.slug, document=str(pdf.pk)
            ),
        )
        assert response.status_code == 302
        revision = PublicationPage.objects.get(pk=publication.pk).get_latest_revision()
        assert revision.content["document"] == pdf.pk
        assert revision.content["page_count"] == 4
