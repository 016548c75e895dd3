"""Prefetches every section's cards share."""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model

from cec_site.core.visibility import public

CARD_RENDITION = "fill-640x360|format-webp"


def card_images():
    """Card images with their renditions: two queries for a whole page of cards."""
    return Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(CARD_RENDITION))


def topic_labels():
    from cec_site.core.models import TopicPage

    return Prefetch(
        "topics",
        queryset=public(TopicPage.objects.all()).only(
            "id", "title", "slug", "url_path", "locale_id"
        ),
    )


def only_public_topics(page, request=None):
    """From now on `page.topics.all()` lists only the topics the public may see (one query,
    the one the template made). An editor's preview keeps the draft's own topics."""
    from cec_site.core.models import TopicPage

    if getattr(request, "is_preview", False) or page.pk is None:
        return
    prefetch_related_objects([page], Prefetch("topics", queryset=public(TopicPage.objects.all())))


def with_card_data(queryset):
    """The public pages of `queryset` (cec_site.core.visibility), ready for their cards."""
    return public(queryset).defer_streamfields().prefetch_related(card_images(), topic_labels())
