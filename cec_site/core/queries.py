"""Prefetches every section's cards share."""

from django.db.models import Exists, F, OuterRef, Prefetch
from django.db.models.functions import Length, Substr

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

CARD_RENDITION = "fill-640x360|format-webp"


def card_images():
    """Card images with their renditions: two queries for a whole page of cards."""
    return Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(CARD_RENDITION))


def topic_labels():
    from cec_site.core.models import TopicPage

    return Prefetch(
        "topics",
        queryset=TopicPage.objects.live().only("id", "title", "slug", "url_path", "locale_id"),
    )


def with_card_data(queryset):
    return public(queryset).defer_streamfields().prefetch_related(card_images(), topic_labels())


def public(queryset):
    """Pages outside any private section, as Wagtail's `.public()`, in the same query.

    Wagtail's version first loads every view restriction (one more query per call); this
    asks the database whether a restricted page is an ancestor-or-self, by path prefix.
    """
    restricted_ancestor = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(prefix=F("page__path"))
    return queryset.exclude(Exists(restricted_ancestor))
