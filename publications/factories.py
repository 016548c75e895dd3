"""Factories of the publications section: the tests build with them, and so does its demo.
PDF documents are cec_site.home.factories.PdfDocumentFactory's."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.factories import IndexPageFactory
from publications.models import DocumentType, PublicationIndexPage, PublicationPage


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = "Report"
    slug = "report"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = DocumentType
        django_get_or_create = ["slug", "locale"]


class PublicationIndexPageFactory(IndexPageFactory):
    title = "Publications"
    slug = "publications"

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
