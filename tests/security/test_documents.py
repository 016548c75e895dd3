"""A publication's PDF is only ever downloaded through its counted route."""

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from publications.models import PublicationDownloadDay
from tests.factories.publications import PdfDocumentFactory, PublicationPageFactory

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

    def test_an_unpublished_publications_pdf_is_served_uncounted_as_any_document(
        self, visitor, publication
    ):
        publication.unpublish()
        response = visitor.get(publication.document.url)
        assert response.status_code == 200
        assert downloads(publication) == 0

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

    def test_images_are(self, visitor, db):
        from tests.factories.images import ImageFactory

        image = ImageFactory()
        response = visitor.get(f"/media/{image.file.name}")
        assert response.status_code == 200
