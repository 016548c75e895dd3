from cec_site.core.models.mixins import HeroImageMixin, ListingPageMixin, SummaryMixin
from cec_site.core.models.pages import StandardPage
from cec_site.core.models.settings import SiteSettings
from cec_site.core.models.topics import TopicIndexPage, TopicPage

__all__ = [
    "HeroImageMixin",
    "ListingPageMixin",
    "SiteSettings",
    "StandardPage",
    "SummaryMixin",
    "TopicIndexPage",
    "TopicPage",
]
