"""Project querysets: the listing and the featured project."""

from cec_site.core.queries import with_card_data


def listing(locale_id):
    from projects.models import ProjectPage

    return with_card_data(ProjectPage.objects.filter(locale_id=locale_id)).order_by(
        "-start_date", "-year", "title"
    )


def featured_or_newest(chosen, locale_id):
    """The editors' choice (`chosen`: a project queryset, its edition in this language) when
    the public may see it, else the newest public active project. `with_card_data` applies
    the visibility rule to both."""
    from projects.models import ProjectPage

    if chosen is not None:
        card = with_card_data(chosen.filter(locale_id=locale_id)).first()
        if card is not None:
            return card
    return (
        with_card_data(ProjectPage.objects.filter(locale_id=locale_id))
        .filter(status=ProjectPage.Status.ACTIVE)
        .order_by("-start_date")
        .first()
    )
