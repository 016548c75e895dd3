"""The queryset every section's pages share: what the public may see, ready for cards.

A section's page model takes a manager made from a subclass of `CardQuerySet`
(`objects = PageManager.from_queryset(ProjectQuerySet)()`), which adds its listing and
featured-item queries, so forms, views and the pages that gather every section ask the model
(`ProjectPage.objects.listing(locale_id)`) and import runs one way: from them to the models.
"""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import PageQuerySet

from cec_site.core.models.topics import TopicPage
from cec_site.core.visibility import public

CARD_RENDITION = "fill-640x360|format-webp"


def card_images():
    """The card image's rendition, for a queryset joined to its images: one query for a whole
    page of cards (Wagtail's `get_rendition` reads the prefetched renditions)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_RENDITION)
    return Prefetch("image__renditions", queryset=renditions)


def topic_labels():
    """The public topics of each page, with the few fields a label shows."""
    return Prefetch(
        "topics",
        queryset=public(TopicPage.objects.all()).only(
            "id", "title", "slug", "url_path", "locale_id"
        ),
    )


def only_public_topics(page, request=None):
    """From now on `page.topics.all()` lists only the topics the public may see (one query,
    the one the template made). An editor's preview keeps the draft's own topics."""
    if getattr(request, "is_preview", False) or page.pk is None:
        return
    prefetch_related_objects([page], Prefetch("topics", queryset=public(TopicPage.objects.all())))


def with_card_data(queryset):
    """The public pages of `queryset` (cec_site.core.visibility), ready for their cards."""
    return (
        public(queryset)
        .defer_streamfields()
        .select_related("image")
        .prefetch_related(card_images(), topic_labels())
    )


class CardQuerySet(PageQuerySet):
    """Pages of one section that show as cards (image, summary, topic labels)."""

    def public(self, now=None):
        """Only what the public may see (cec_site.core.visibility)."""
        return public(self, now)

    def in_locale(self, locale_id):
        return self.filter(locale_id=locale_id)

    def with_card_data(self):
        """The public ones, ready for their cards: image renditions and public topic labels
        prefetched, StreamFields left in the database."""
        return with_card_data(self)

    def topic_cards(self):
        """Ready for the cards of a topic's page, which show no image and no topic labels:
        a section joins here what else its card shows."""
        return self
