"""Publication querysets: the listing and the featured publication."""

from cec_site.core.queries import with_card_data


def listing(locale_id):
    from publications.models import PublicationPage

    return with_card_data(
        PublicationPage.objects.live().filter(locale_id=locale_id)
    ).select_related("document_type")


def featured_or_newest(chosen, locale_id):
    """The editors' choice when it is live, else the newest publication."""
    from publications.models import PublicationPage

    if chosen is not None and chosen.live:
        return chosen
    return (
        with_card_data(PublicationPage.objects.live().filter(locale_id=locale_id))
        .select_related("document_type")
        .order_by("-publication_date")
        .first()
    )
