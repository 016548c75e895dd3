from cec_site.core.models.bases import SectionIndexPage, TaxonomySnippet
from cec_site.core.models.downloads import DocumentDownloadDay
from cec_site.core.models.mixins import (
    HeroImageMixin,
    IgnoresQueryStringMixin,
    ListingPageMixin,
    QuickServeMixin,
    SummaryMixin,
    tabbed_panels,
)
from cec_site.core.models.pages import StandardPage
from cec_site.core.models.settings import ContactDetails, SiteSettings
from cec_site.core.models.topics import TopicIndexPage, TopicPage

__all__ = [
    "ContactDetails",
    "DocumentDownloadDay",
    "HeroImageMixin",
    "IgnoresQueryStringMixin",
    "ListingPageMixin",
    "SiteSettings",
    "StandardPage",
    "SectionIndexPage",
    "SummaryMixin",
    "TaxonomySnippet",
    "TopicIndexPage",
    "TopicPage",
    "QuickServeMixin",
    "tabbed_panels",
]
