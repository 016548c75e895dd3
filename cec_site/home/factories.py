"""Factories of the home page and its spotlight, and of PDF documents (written by the demo's
PDF writer: real pages, so page counts and covers are really read)."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.home.demo.pdfs import write_pdf
from cec_site.home.models import HomePage, SpotlightItem


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    tagline = "Three countries working together to protect our shared environment"
    introduction = (
        "International collaboration between Canada, Mexico and the United States on "
        "environmental issues of common interest"
    )
    impact_text = "Explore how the CEC’s work over the years has delivered tangible outcomes."
    what_we_do_text = "We conduct research, provide tools and training."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HomePage


class SpotlightItemFactory(factory.django.DjangoModelFactory):
    home_page = factory.SubFactory(HomePageFactory)
    title = factory.Sequence(lambda n: f"Spotlight item {n}")
    blurb = "Something editors want the public to see this week."
    link_url = factory.Sequence(lambda n: f"https://example.org/spotlight/{n}/")

    class Meta:
        model = SpotlightItem


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
