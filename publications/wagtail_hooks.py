from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from publications.reports import PublicationDownloadsReport, TopDownloadsPanel


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return AdminOnlyMenuItem(
        _("Publication downloads"),
        reverse("publication_downloads_report"),
        icon_name="download",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_downloads_report_urls():
    return [
        path(
            "reports/publication-downloads/",
            PublicationDownloadsReport.as_view(),
            name="publication_downloads_report",
        ),
        path(
            "reports/publication-downloads/results/",
            PublicationDownloadsReport.as_view(results_only=True),
            name="publication_downloads_report_results",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_top_downloads_panel(request, panels):
    panels.append(TopDownloadsPanel())
