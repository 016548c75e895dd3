"""Impact story querysets: the listing.

`ImpactStoryPage.objects` is a manager of `ImpactStoryQuerySet`; `listing()` below is the
older name, kept for callers outside the section until they ask the model.
"""

from cec_site.core.queries import CardQuerySet


class ImpactStoryQuerySet(CardQuerySet):
    def topic_cards(self):
        return self.select_related("kind")  # the card's tag

    def listing(self, locale_id):
        """The public stories of a language, ready for cards (with their kind), newest first."""
        return (
            self.in_locale(locale_id)
            .with_card_data()
            .select_related("kind")
            .order_by("-first_published_at", "title")
        )
