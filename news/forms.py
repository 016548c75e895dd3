"""The filters of the news and events listings (the rules for bad input: core's listing.py)."""

from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from cec_site.core.visibility import public
from news.models import EventKind, EventPage, NewsKind, NewsPage, upcoming_first


def year_choices(queryset, field):
    years = (
        public(queryset)
        .annotate(year=ExtractYear(field))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(str(year), str(year)) for year in years]


class NewsFilterForm(ListingFilterForm):
    kind = FilterChoiceField(label=_("Kind"), empty_label=_("All kinds"))
    year = FilterChoiceField(label=_("Year"), empty_label=_("All years"))
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        choices = cached(
            "news-filter-choices",
            locale_id,
            lambda: {
                "year": year_choices(NewsPage.objects.filter(locale_id=locale_id), "date"),
                "topic": topic_choices(locale_id),
            },
        )
        self.fields["kind"].set_choices(NewsKind.choices)
        self.fields["year"].set_choices(choices["year"])
        self.fields["topic"].set_choices(choices["topic"])

    def filter_kind(self, queryset, kind):
        return queryset.filter(kind=kind)

    def filter_year(self, queryset, year):
        return queryset.filter(date__year=int(year))

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)


class EventFilterForm(ListingFilterForm):
    when = FilterChoiceField(label=_("When"), empty_label=_("Upcoming and past"))
    kind = FilterChoiceField(label=_("Kind"), empty_label=_("All kinds"))
    year = FilterChoiceField(label=_("Year"), empty_label=_("All years"))
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))

    WHEN = [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        # Years of the start, in the site's time zone (Django extracts them so).
        choices = cached(
            "event-filter-choices",
            locale_id,
            lambda: {
                "year": year_choices(EventPage.objects.filter(locale_id=locale_id), "start"),
                "topic": topic_choices(locale_id),
            },
        )
        self.fields["when"].set_choices(self.WHEN)
        self.fields["kind"].set_choices(EventKind.choices)
        self.fields["year"].set_choices(choices["year"])
        self.fields["topic"].set_choices(choices["topic"])
        self.now = timezone.now()

    def filter_when(self, queryset, when):
        if when == "past":
            return queryset.filter(end__lt=self.now)
        return queryset.filter(end__gte=self.now)

    def filter_kind(self, queryset, kind):
        return queryset.filter(kind=kind)

    def filter_year(self, queryset, year):
        return queryset.filter(start__year=int(year))

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)

    def order(self, queryset):
        if getattr(self, "cleaned_data", {}).get("when") == "past":
            return queryset.order_by("-start", "title")
        return upcoming_first(queryset, self.now)
