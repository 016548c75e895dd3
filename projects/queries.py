"""Project querysets: the listing, the filter choices and the featured project.

`ProjectPage.objects` is a manager of `ProjectQuerySet`. The module-level functions below are
the older names, kept for callers outside the section until they ask the model.
"""

from cec_site.core.queries import CardQuerySet


class ProjectQuerySet(CardQuerySet):
    def listing(self, locale_id):
        """The public projects of a language, ready for cards, newest first."""
        return self.in_locale(locale_id).with_card_data().order_by("-start_date", "-year", "title")

    def featured_or_newest(self, chosen, locale_id):
        """The editors' choice (`chosen`: a project queryset, its edition in this language)
        when the public may see it, else the newest public active project."""
        if chosen is not None:
            card = chosen.in_locale(locale_id).with_card_data().first()
            if card is not None:
                return card
        return (
            self.in_locale(locale_id)
            .with_card_data()
            .filter(status=self.model.Status.ACTIVE)
            .order_by("-start_date")
            .first()
        )

    def plans_and_years(self, locale_id):
        """Every (operational plan, year) of the public projects of a language."""
        return set(
            self.in_locale(locale_id)
            .public()
            .order_by()
            .values_list("operational_plan", "year")
            .distinct()
        )
