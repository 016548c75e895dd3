from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Our impact")

    def ready(self):
        from cec_site.core import sections

        sections.register(
            sections.Section(
                key="impact-stories",
                label=_("Impact stories"),
                item_label=_("Impact story"),
                index_model="impact.ImpactIndexPage",
                page_model="impact.ImpactStoryPage",
                card_template="components/impact_card.html",
                topic_relation="impact_stories",
                newest_first=("-first_published_at",),
                period_field="years",  # search, its one door
                demo="impact.demo.ImpactStoriesDemo",
            )
        )
