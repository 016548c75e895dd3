from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from cec_site.core import sections
        from projects.feed import ProjectFeed

        sections.register(
            sections.Section(
                key="projects",
                label=_("Projects"),
                item_label=_("Project"),
                index_model="projects.ProjectIndexPage",
                page_model="projects.ProjectPage",
                card_template="components/project_card.html",
                topic_relation="projects",
                newest_first=("-start_date",),
                feed=True,
                api=True,
                period_field="year",
                api_listing_fields=("status", "year"),
                feed_class=ProjectFeed,
                demo="projects.demo.ProjectsDemo",
            )
        )
