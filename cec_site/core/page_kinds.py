"""What kind of page a link leads to, as a card's small label ("Project", "Topic"…)."""

from django.utils.text import capfirst

from cec_site.core.models import StandardPage, TopicIndexPage
from cec_site.core.models.mixins import ListingPageMixin


def page_kind(page):
    """Its page type's name, or "" for pages that are no single piece of content (home,
    sections, plain pages). A page type may say better with a `card_kind` of its own."""
    model = page.specific_class if page is not None else None
    if model is None or page.is_root() or page.depth <= 2:
        return ""
    if issubclass(model, (StandardPage, TopicIndexPage, ListingPageMixin)):
        return ""
    return capfirst(model._meta.verbose_name)
