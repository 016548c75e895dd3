"""Editors' view of downloads: a Wagtail report and a dashboard panel."""

from datetime import UTC, datetime

from django.conf import settings
from django.db.models import F, Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

import django_filters

from publications import ranking
from publications.models import PublicationDownloadDay, PublicationPage


class DownloadsFilterSet(WagtailFilterSet):
    day = django_filters.DateFromToRangeFilter(label=_("Days"), widget=DateRangePickerWidget)
    title = django_filters.CharFilter(
        field_name="publication__title", lookup_expr="icontains", label=_("Title contains")
    )
    language = django_filters.ChoiceFilter(
        field_name="publication__locale__language_code",
        label=_("Language edition"),
        choices=settings.LANGUAGES,
    )

    class Meta:
        model = PublicationDownloadDay
        fields = ["day", "title", "language"]


class PublicationDownloadsReport(ReportView):
    """Downloads per publication, language edition and month; exports to CSV and XLSX.

    Both COUNTER R5 metrics: every counted download (Total_Item_Requests) and the unique
    ones, one per visitor, edition and day (Unique_Item_Requests), on which the Top 50 ranks.
    Days from before unique counting show their total as unique too.
    """

    page_title = _("Publication downloads")
    header_icon = "download"
    index_url_name = "publication_downloads_report"
    index_results_url_name = "publication_downloads_report_results"
    results_template_name = "publications/admin/downloads_report_results.html"
    filterset_class = DownloadsFilterSet
    list_export = ["month", "title", "language", "downloads", "unique_downloads"]
    export_headings = {
        "month": _("Month"),
        "title": _("Publication"),
        "language": _("Language edition"),
        "downloads": _("Downloads"),
        "unique_downloads": _("Unique downloads"),
    }
    export_filename = "publication-downloads"
    paginate_by = 100

    def get_queryset(self):
        return PublicationDownloadDay.objects.all()

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return (
            queryset.annotate(month=TruncMonth("day"))
            .values("month", "publication_id")
            .annotate(
                downloads=Sum("count"),
                unique_downloads=Sum(PublicationDownloadDay.unique_or_total()),
            )
            .values(
                "month",
                "downloads",
                "unique_downloads",
                "publication_id",
                title=F("publication__title"),
                language=F("publication__locale__language_code"),
            )
            .order_by("-month", "-downloads", "title")
        )

    def get_preprocess_function(self, field, value, export_format):
        if field == "month":
            return lambda month: month.strftime("%Y-%m")
        return super().get_preprocess_function(field, value, export_format)


class TopDownloadsPanel(Component):
    """Dashboard: the ten publications downloaded most in the last 30 days."""

    name = "top_downloads"
    order = 150
    template_name = "publications/admin/top_downloads_panel.html"

    def get_context_data(self, parent_context):
        current = ranking.get("30d")
        keys = [key for key, _count in current.entries[:10]]
        titles = {}
        for page in PublicationPage.objects.filter(
            translation_key__in=keys, locale__language_code="en"
        ).only("id", "title", "translation_key"):
            titles[str(page.translation_key)] = page
        return {
            "rows": [
                {"rank": rank, "downloads": count, "page": titles.get(key)}
                for rank, (key, count) in enumerate(current.entries[:10], start=1)
            ],
            "computed_at": datetime.fromtimestamp(current.computed_at, tz=UTC),
        }
