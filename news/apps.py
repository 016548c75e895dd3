from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and events")

    def ready(self):
        from cec_site.core import sections

        common = {"feed": True, "api": True, "card_template": "news/card.html"}
        sections.register(
            sections.Section(
                key="news",
                label=_("News"),
                item_label=_("News item"),
                index_model="news.NewsIndexPage",
                page_model="news.NewsPage",
                topic_relation="news_items",
                newest_first=("-date", "-first_published_at"),
                date_field="date",  # search results show it
                api_listing_fields=("date", "kind"),
                demo="news.demo.NewsDemo",
                **common,
            )
        )
        sections.register(
            sections.Section(
                key="events",
                label=_("Events"),
                item_label=_("Event"),
                index_model="news.EventIndexPage",
                page_model="news.EventPage",
                topic_relation="events",
                newest_first=("-start",),
                date_field="card_date",  # its start date, where it happens
                api_listing_fields=("start", "end", "time_zone", "kind"),
                demo="news.demo.EventsDemo",
                **common,
            )
        )
