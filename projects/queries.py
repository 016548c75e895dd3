"""Project querysets: the listing and the featured project."""

from cec_site.core.queries import with_card_data


def listing(locale_id):
    from projects.models import ProjectPage

    return with_card_data(ProjectPage.objects.live().filter(locale_id=locale_id)).order_by(
        "-start_date", "-year", "title"
    )


def featured_or_newest(chosen, locale_id):
    """The editors' choice when it is live, else the newest active project."""
    from projects.models import ProjectPage

    if chosen is not None and chosen.live:
        return chosen
    return (
        with_card_data(ProjectPage.objects.live().filter(locale_id=locale_id))
        .filter(status=ProjectPage.Status.ACTIVE)
        .order_by("-start_date")
        .first()
    )
