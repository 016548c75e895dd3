from cec_site.core.models.mixins import (
    HeroImageMixin,
    ListingPageMixin,
    SummaryMixin,
    tabbed_panels,
)
from cec_site.core.models.pages import StandardPage
from cec_site.core.models.settings import ContactDetails, SiteSettings
from cec_site.core.models.topics import TopicIndexPage, TopicPage

__all__ = [
    "ContactDetails",
    "HeroImageMixin",
    "ListingPageMixin",
    "SiteSettings",
    "StandardPage",
    "SummaryMixin",
    "TopicIndexPage",
    "TopicPage",
    "tabbed_panels",
]
