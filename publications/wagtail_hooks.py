from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from publications.reports import PublicationDownloadsReport, TopDownloadsPanel


class DownloadsReportMenuItem(MenuItem):
    """Shown to whoever may open the report: every user of the admin (Editors, Moderators)."""

    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return DownloadsReportMenuItem(
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


# Wagtail's "Awaiting your review" (workflow_objects_to_moderate); it comes first on the
# dashboard, ahead of Wagtail's other panels and of the downloads.
REVIEW_QUEUE_PANEL = "workflow_objects_to_moderate"
FIRST_PANEL_ORDER = 50  # Wagtail's own panels start at 100


@hooks.register("construct_homepage_panels")
def add_top_downloads_panel(request, panels):
    panels.append(TopDownloadsPanel())


@hooks.register("construct_homepage_panels", order=100)
def put_the_review_queue_first(request, panels):
    """A Moderator opens the admin to review: *Awaiting your review* is the first panel.

    The panel is empty (and shows nothing) for those with nothing to review.
    """
    for panel in panels:
        if getattr(panel, "name", None) == REVIEW_QUEUE_PANEL:
            panel.order = FIRST_PANEL_ORDER
