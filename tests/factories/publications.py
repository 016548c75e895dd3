import datetime

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.home.demo.pdfs import write_pdf
from publications.models import DocumentType, PublicationIndexPage, PublicationPage


def pdf_bytes(pages=3, title="A CEC report"):
    return write_pdf(
        title=title, subtitle="", summary="Findings.", pages=pages, citation="CEC. 2024."
    )


class PdfDocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Report {n} (PDF)")
    file = factory.LazyAttribute(lambda o: ContentFile(pdf_bytes(o.pages), name="report.pdf"))

    class Meta:
        model = get_document_model()
        exclude = ["pages"]

    pages = 3


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = "Report"
    slug = "report"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = DocumentType
        django_get_or_create = ["slug", "locale"]


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    slug = "publications"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"North American report {n}")
    slug = factory.Sequence(lambda n: f"north-american-report-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    subtitle = "A retrospective review"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2024, 7, 17) - datetime.timedelta(days=n)
    )
    summary = "This report assesses the performance of a North American process."
    page_count = 12
    document_type = factory.SubFactory(DocumentTypeFactory)

    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()  # a ParentalManyToManyField is written when the page is saved
