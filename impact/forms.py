from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from impact.models import COUNTRIES, ImpactKind


class ImpactFilterForm(ListingFilterForm):
    kind = FilterChoiceField(label=_("Kind of impact"), empty_label=_("All kinds"))
    country = FilterChoiceField(label=_("Country"), empty_label=_("All countries"))
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        choices = cached(
            "impact-filter-choices",
            locale_id,
            lambda: {
                "kind": ImpactKind.filter_choices(locale_id),
                "topic": topic_choices(locale_id),
            },
        )
        self.fields["kind"].set_choices(choices["kind"])
        self.fields["country"].set_choices(
            (code, label) for code, (_field, label) in COUNTRIES.items()
        )
        self.fields["topic"].set_choices(choices["topic"])

    def filter_kind(self, queryset, slug):
        return queryset.filter(kind__slug=slug)

    def filter_country(self, queryset, code):
        field, _label = COUNTRIES[code]
        return queryset.filter(**{field: True})

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)
