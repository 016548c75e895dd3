"""Publication querysets: the listing and the featured publication."""

from django.db.models import Prefetch

from cec_site.core.queries import with_card_data


def covers():
    """Each edition's cover (publications/covers.py) with the renditions the templates show:
    joined to the page, and one query for the renditions of a whole page of cards."""
    from wagtail.images import get_image_model

    from publications.covers import CARD_RENDITIONS

    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITIONS)
    )
    return Prefetch("cover__renditions", queryset=renditions)


def with_covers(queryset):
    """`queryset` (publication pages) with their covers ready for cards and the Top 50."""
    return queryset.select_related("cover").prefetch_related(covers())


def listing(locale_id):
    from publications.models import PublicationPage

    return with_covers(
        with_card_data(PublicationPage.objects.filter(locale_id=locale_id)).select_related(
            "document_type"
        )
    )


def featured_or_newest(chosen, locale_id):
    """The editors' choice (`chosen`: a publication queryset, its edition in this language)
    when the public may see it, else the newest public publication. `with_card_data` applies
    the visibility rule to both."""
    from publications.models import PublicationPage

    if chosen is not None:
        card = with_card_data(chosen.filter(locale_id=locale_id)).select_related("document_type")
        card = with_covers(card).first()
        if card is not None:
            return card
    return with_covers(
        with_card_data(PublicationPage.objects.filter(locale_id=locale_id))
        .select_related("document_type")
        .order_by("-publication_date")
    ).first()
