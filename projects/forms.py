from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from projects.models import ProjectPage


class ProjectFilterForm(ListingFilterForm):
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))
    status = FilterChoiceField(label=_("Status"), empty_label=_("Any status"))
    plan = FilterChoiceField(label=_("Operational plan"), empty_label=_("All plans"))
    year = FilterChoiceField(label=_("Year"), empty_label=_("All years"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        choices = cached("project-filter-choices", locale_id, lambda: self.choices_for(locale_id))
        self.fields["topic"].set_choices(choices["topic"])
        self.fields["status"].set_choices(ProjectPage.Status.choices)
        self.fields["plan"].set_choices(choices["plan"])
        self.fields["year"].set_choices(choices["year"])

    @staticmethod
    def choices_for(locale_id):
        pairs = ProjectPage.objects.plans_and_years(locale_id)
        return {
            "topic": topic_choices(locale_id),
            "plan": [(plan, plan) for plan in sorted({p for p, _y in pairs}, reverse=True)],
            "year": [(str(y), str(y)) for y in sorted({y for _p, y in pairs}, reverse=True)],
        }

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)

    def filter_status(self, queryset, status):
        return queryset.filter(status=status)

    def filter_plan(self, queryset, plan):
        return queryset.filter(operational_plan=plan)

    def filter_year(self, queryset, year):
        return queryset.filter(year=int(year))
