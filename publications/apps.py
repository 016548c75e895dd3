from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from cec_site.core import sections

        sections.register(
            sections.Section(
                key="publications",
                label=_("Publications"),
                item_label=_("Publication"),
                index_model="publications.PublicationIndexPage",
                page_model="publications.PublicationPage",
                card_template="components/publication_card.html",
                topic_relation="publications",
                newest_first=("-publication_date",),
            )
        )
