"""Publication querysets: the listing and the featured publication."""

from cec_site.core.queries import with_card_data


def listing(locale_id):
    from publications.models import PublicationPage

    return with_card_data(PublicationPage.objects.filter(locale_id=locale_id)).select_related(
        "document_type"
    )


def featured_or_newest(chosen, locale_id):
    """The editors' choice (`chosen`: a publication queryset, its edition in this language)
    when the public may see it, else the newest public publication. `with_card_data` applies
    the visibility rule to both."""
    from publications.models import PublicationPage

    if chosen is not None:
        card = with_card_data(chosen.filter(locale_id=locale_id)).select_related("document_type")
        card = card.first()
        if card is not None:
            return card
    return (
        with_card_data(PublicationPage.objects.filter(locale_id=locale_id))
        .select_related("document_type")
        .order_by("-publication_date")
        .first()
    )
