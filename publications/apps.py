from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from cec_site.core import sections
        from cec_site.core.downloads import CountedFile
        from publications.api import api_serializers
        from publications.downloads import counted_address
        from publications.dublin_core import PublicationDublinCore
        from publications.feed import PublicationFeed

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
                feed=True,
                api=True,
                oai=True,
                date_field="publication_date",
                api_listing_fields=("publication_date", "download_url"),
                api_serializers=api_serializers(),
                feed_class=PublicationFeed,
                dublin_core=PublicationDublinCore,
                demo="publications.demo.PublicationsDemo",
                urls="publications.urls",  # the counted download's quick route
                # /documents/ sends a public edition's PDF to its counted download.
                extras={"counted_files": (CountedFile("document", counted_address),)},
            )
        )
