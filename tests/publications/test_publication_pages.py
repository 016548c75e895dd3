from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from cec_site.core.factories import ImageFactory
from cec_site.home.factories import PdfDocumentFactory
from cec_site.home.models import HomePage
from publications.factories import DocumentTypeFactory, PublicationPageFactory
from publications.models import PublicationIndexPage, PublicationPage
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries


def publication_form_data(topics=(), **overrides):
    data = {
        "title": "Building Community Solutions to Marine Litter",
        "slug": "building-community-solutions-to-marine-litter",
        "subtitle": "Lessons from six pilot projects",
        "publication_date": "2024-07-17",
        "document_type": "",
        "summary": "How six towns reduced the litter reaching rivers and the sea.",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "document": "",
        "page_count": "",
        "authors": "CEC Secretariat",
        "isbn": "978-2-89700-123-0",
        "doi": "",
        "body": streamfield([("paragraph", rich_text("<p>Findings.</p>"))]),
        "project_links": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["topics"] = [str(topic.pk) for topic in topics]
    return form


class PublicationPageAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, site_tree):
        self.tree = site_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())
        assert not PublicationIndexPage.can_create_at(self.tree.home), "one per home page"

    def test_editor_creates_a_publication_and_the_page_count_is_read_from_the_pdf(self):
        document = PdfDocumentFactory(pages=7)
        report = DocumentTypeFactory()
        self.assertCanCreate(
            self.tree.publications,
            PublicationPage,
            publication_form_data(
                topics=[self.tree.enforcement],
                document=str(document.pk),
                document_type=str(report.pk),
            ),
        )
        publication = PublicationPage.objects.get(
            slug="building-community-solutions-to-marine-litter"
        )
        assert publication.page_count == 7
        assert list(publication.topics.all()) == [self.tree.enforcement]

    def test_routable_renderable_editable_previewable(self):
        publication = PublicationPageFactory(
            parent=self.tree.publications, document=PdfDocumentFactory()
        )
        form = publication_form_data(title=publication.title, slug=publication.slug)
        for page, data in ((publication, form), (self.tree.publications, None)):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(publication, post_data=form)


@pytest.mark.django_db
class TestThePdf:
    def test_choosing_a_pdf_reads_its_page_count_and_an_editors_count_is_kept(self, site_tree):
        publication = PublicationPageFactory(parent=site_tree.publications, page_count=None)
        publication.document = PdfDocumentFactory(pages=5)
        publication.full_clean()
        assert publication.page_count == 5
        publication.save()
        publication = PublicationPage.objects.get(pk=publication.pk)
        publication.page_count = 4  # the editor knows better (e.g. a blank last page)
        publication.full_clean()
        assert publication.page_count == 4
        publication.save()
        publication = PublicationPage.objects.get(pk=publication.pk)
        publication.document = PdfDocumentFactory(pages=9)  # a new file: counted again
        publication.full_clean()
        assert publication.page_count == 9

    def test_a_file_that_is_not_a_pdf_is_refused_with_a_clear_message(self, site_tree):
        Document = get_document_model()
        fake = Document(title="Not a PDF")
        fake.file.save("report.pdf", ContentFile(b"PK\x03\x04 this is a zip file"), save=True)
        publication = PublicationPageFactory.build(document=fake)
        with pytest.raises(ValidationError) as excinfo:
            publication.clean()
        assert "must be a PDF" in str(excinfo.value.message_dict["document"])


@pytest.mark.django_db
def test_publication_page_shows_date_pages_topic_and_download(client, site_tree):
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="Submissions on Enforcement Matters: What Have We Learned?",
        subtitle="A Retrospective Review of Performance",
        page_count=99,
        document=PdfDocumentFactory(),
        topics=[site_tree.enforcement],
    )
    publication.publication_date = publication.publication_date.replace(2024, 7, 17)
    publication.save()
    html = client.get(publication.url).content.decode()
    for text in ("July 17, 2024", "99", "Enforcement", "A Retrospective Review of Performance"):
        assert text in html
    assert "Download the PDF" in html
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_publications(client, site_tree):
    card = {"image": ImageFactory(), "image_alt": "A cover", "topics": [site_tree.enforcement]}
    PublicationPageFactory.create_batch(10, parent=site_tree.publications, **card)
    few = count_queries(client, site_tree.publications.url)
    PublicationPageFactory.create_batch(190, parent=site_tree.publications, **card)
    many = count_queries(client, site_tree.publications.url)
    assert few == many
    assert many <= 10
    assert count_queries(client, PublicationPage.objects.first().url) <= 10
