"""Impact story querysets."""

from cec_site.core.queries import with_card_data


def listing(locale_id):
    from impact.models import ImpactStoryPage

    return (
        with_card_data(ImpactStoryPage.objects.filter(locale_id=locale_id))
        .select_related("kind")
        .order_by("-first_published_at", "title")
    )
