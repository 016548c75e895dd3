"""The registry's filters, search box and sort (the listing contract, cec_site/core/listing.py)."""

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from cec_site.core.visibility import public
from sem.models import AGREEMENTS, PARTIES, STAGES, STATUSES, SubmissionPage

SORTS = [
    ("filed", _("Date filed, newest first")),
    ("updated", _("Last update, newest first")),
]


class SubmissionFilterForm(ListingFilterForm):
    q = forms.CharField(
        label=_("Search by identifier or words"),
        required=False,
        max_length=100,
        strip=True,
        error_messages={"max_length": _("Use at most 100 characters.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    party = FilterChoiceField(label=_("Party concerned"), empty_label=_("All Parties"))
    year = FilterChoiceField(label=_("Year filed"), empty_label=_("All years"))
    status = FilterChoiceField(label=_("Status"), empty_label=_("Open and closed"))
    stage = FilterChoiceField(label=_("Current stage"), empty_label=_("All stages"))
    agreement = FilterChoiceField(label=_("Agreement"), empty_label=_("Both agreements"))
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))
    sort = FilterChoiceField(label=_("Sort by"), empty_label=_("Date filed, newest first"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        self.locale_id = locale_id
        choices = cached(
            "sem-filter-choices",
            locale_id,
            lambda: {"year": self.years(locale_id), "topic": topic_choices(locale_id)},
        )
        self.fields["party"].set_choices(PARTIES)
        self.fields["year"].set_choices(choices["year"])
        self.fields["status"].set_choices(STATUSES)
        self.fields["stage"].set_choices(STAGES)
        self.fields["agreement"].set_choices(AGREEMENTS)
        self.fields["topic"].set_choices(choices["topic"])
        self.fields["sort"].set_choices(SORTS[1:])

    @staticmethod
    def years(locale_id):
        dates = public(SubmissionPage.objects.filter(locale_id=locale_id)).dates(
            "date_filed", "year", order="DESC"
        )
        return [(str(day.year), str(day.year)) for day in dates]

    def filter_q(self, queryset, text):
        # Wagtail's search backend (as the site search), on this language's submissions, and
        # the identifier as typed ("SEM-21-002", "21-002").
        found = SubmissionPage.objects.filter(locale_id=self.locale_id).search(text, operator="and")
        ids = [page.pk for page in found]
        return queryset.filter(Q(identifier__icontains=text) | Q(pk__in=ids))

    def filter_party(self, queryset, code):
        return queryset.filter(party=code)

    def filter_year(self, queryset, year):
        return queryset.filter(date_filed__year=int(year))

    def filter_status(self, queryset, status):
        return queryset.filter(status=status)

    def filter_stage(self, queryset, kind):
        return queryset.filter(latest_stage_kind=kind)

    def filter_agreement(self, queryset, agreement):
        return queryset.filter(agreement=agreement)

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)

    def order(self, queryset):
        if getattr(self, "cleaned_data", {}).get("sort") == "updated":
            return queryset.order_by(
                F("last_update").desc(nulls_last=True), "-date_filed", "-identifier"
            )
        return queryset
