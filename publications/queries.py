"""Publication querysets: the listing, the featured publication, filter choices, the Top 50's
editions and the counted download's edition.

`PublicationPage.objects` is a manager of `PublicationQuerySet`. The module-level functions
below are the older names, kept for callers outside the section until they ask the model.
"""

from django.db.models import Exists, F, OuterRef, Prefetch, Subquery, Sum
from django.db.models.functions import Coalesce, ExtractYear, Length, Substr

from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from cec_site.core.queries import CardQuerySet, topic_labels
from publications.covers import CARD_RENDITIONS


def covers():
    """Each edition's cover (publications/covers.py) with the renditions the templates show:
    joined to the page, and one query for the renditions of a whole page of cards."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITIONS)
    )
    return Prefetch("cover__renditions", queryset=renditions)


def private_file():
    """A subquery: the outer edition's PDF is in a collection with a view restriction (on it
    or on a collection above it)."""
    return CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("document__collection__path"), 1, Length("collection__path"))
    ).filter(prefix=F("collection__path"))


class PublicationQuerySet(CardQuerySet):
    def with_covers(self):
        """With their covers ready for cards and the Top 50."""
        return self.select_related("cover").prefetch_related(covers())

    def cards(self):
        """The public ones, ready for their cards (type, cover, image, topic labels)."""
        return self.with_card_data().select_related("document_type").with_covers()

    def listing(self, locale_id):
        """The public publications of a language, ready for cards (the filter form orders
        them)."""
        return self.in_locale(locale_id).cards()

    def featured_or_newest(self, chosen, locale_id):
        """The editors' choice (`chosen`: a publication queryset, its edition in this
        language) when the public may see it, else the newest public publication."""
        if chosen is not None:
            card = chosen.in_locale(locale_id).cards().first()
            if card is not None:
                return card
        return self.in_locale(locale_id).cards().order_by("-publication_date").first()

    def publication_years(self, locale_id):
        """The years of the public publications of a language, newest first."""
        return (
            self.in_locale(locale_id)
            .public()
            .annotate(published_year=ExtractYear("publication_date"))
            .order_by("-published_year")
            .values_list("published_year", flat=True)
            .distinct()
        )

    def with_public_edition_in(self, language_code):
        """Those with a public edition, with its PDF, in that language."""
        editions = self.model.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=language_code,
            document__isnull=False,
        ).public()
        return self.filter(Exists(editions))

    def most_downloaded_first(self):
        """All-time downloads of every language edition, summed in a subquery."""
        download_model = self.model._meta.get_field("download_days").related_model
        totals = (
            download_model.objects.filter(
                publication__translation_key=OuterRef("translation_key"),
                publication__live=True,
            )
            .values("publication__translation_key")
            .annotate(total=Sum("count"))
            .values("total")
        )
        return self.annotate(downloads=Coalesce(Subquery(totals), 0)).order_by(
            "-downloads", "-publication_date", "title"
        )

    def first_public_edition(self):
        """The first of these editions the public may see and whose PDF is not in a private
        collection, with its PDF and language (one query), or None.

        Marked `_known_public` so that Wagtail's check of view restrictions, which the query
        has already made, costs nothing more (an alias is left to Wagtail's own check, which
        follows it to its source page).
        """
        editions = (
            self.public()
            .annotate(private_file=Exists(private_file()))
            .filter(private_file=False)
            .select_related("document", "locale")
            .defer_streamfields()
        )
        for publication in editions[:1]:
            publication._known_public = publication.alias_of_id is None
            return publication
        return None

    def public_edition(self, index_page, slug):
        """The edition `slug` under `index_page` when the public may see it and its PDF
        (`first_public_edition`), its parent already known: one query."""
        publication = self.filter(
            path__startswith=index_page.path, depth=index_page.depth + 1, slug=slug
        ).first_public_edition()
        if publication is not None:
            publication._cached_parent_obj = index_page
        return publication

    def ranked(self, translation_keys):
        """The public editions of these publications, with what the Top 50 shows."""
        return (
            self.filter(translation_key__in=translation_keys)
            .public()
            .select_related("locale")
            .prefetch_related(topic_labels())
            .defer_streamfields()
            .with_covers()
        )
