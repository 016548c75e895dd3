"""Topics: editor-managed pages that projects, publications and impact stories point to.

Sections point here through many-to-many fields with a `related_name`, named in their
registration (cec_site/core/sections.py), so a topic lists their content without core
knowing which sections there are.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from cec_site.core.cache import cached
from cec_site.core.fragments import when_rendered
from cec_site.core.models.mixins import HeroImageMixin, IgnoresQueryStringMixin, QuickServeMixin
from cec_site.core.sections import all_sections
from cec_site.core.visibility import public


class TopicIndexPage(IgnoresQueryStringMixin, QuickServeMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = settings.CEC_HOME_PAGE_MODELS
    subpage_types = ["core.TopicPage"]
    max_count_per_parent = 1  # one per language's home page

    class Meta:
        verbose_name = _("topic index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = public(TopicPage.objects.child_of(self)).select_related("image")
        return context


class TopicPage(IgnoresQueryStringMixin, QuickServeMixin, HeroImageMixin, Page):
    short_description = models.CharField(
        _("short description"),
        max_length=300,
        help_text=_("One sentence: what this topic covers."),
    )

    class Colour(models.TextChoices):
        # The design system's tile colours: each keeps white text above 4.5:1 contrast.
        TEAL = "teal", _("Teal")
        FOREST = "forest", _("Forest green")
        OCEAN = "ocean", _("Ocean blue")
        EARTH = "earth", _("Earth brown")
        PLUM = "plum", _("Plum")
        SLATE = "slate", _("Slate")

    colour = models.CharField(
        _("colour"),
        max_length=10,
        choices=Colour.choices,
        default=Colour.TEAL,
        help_text=_("Background of the topic's tile on the home page."),
    )
    featured_on_home_page = models.BooleanField(
        _("show on the home page"),
        default=True,
        help_text=_("Shown among the Topics tiles of the home page."),
    )

    content_panels = (
        Page.content_panels
        + [
            FieldPanel("short_description"),
            FieldPanel("colour"),
            FieldPanel("featured_on_home_page"),
        ]
        + HeroImageMixin.hero_panels
    )
    search_fields = Page.search_fields + [index.SearchField("short_description")]
    api_fields = [APIField("short_description")]  # the JSON API (/api/v2/topics/)

    parent_page_types = ["core.TopicIndexPage"]
    subpage_types = []

    ITEMS_PER_SECTION = 3

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def sections(self):
        """The newest few items of each section on this topic, with a link to all of them.

        One query per section (cec_site/core/sections.py): the cards here show no images or
        topic labels (they would all say this topic), what else they show comes with them
        (`CardQuerySet.topic_cards`), and the listings' addresses come from the shared cache.
        """
        index_urls = cached("section-index-urls-by-key", self.locale_id, self.section_index_urls)
        result = []
        for section in all_sections():
            manager = (
                getattr(self, section.topic_relation, None) if section.topic_relation else None
            )
            if manager is None:
                continue
            queryset = manager.all()
            if hasattr(queryset, "topic_cards"):  # a CardQuerySet (cec_site/core/queries.py)
                queryset = queryset.topic_cards()
            queryset = public(queryset).defer_streamfields().order_by(*section.newest_first)
            items = list(queryset[: self.ITEMS_PER_SECTION])
            if not items:
                continue
            index_url = index_urls.get(section.key)
            result.append(
                {
                    "key": section.key,
                    "label": section.label,
                    "card_template": section.card_template,
                    "items": items,
                    "all_url": f"{index_url}?topic={self.slug}" if index_url else None,
                }
            )
        return result

    def section_index_urls(self):
        urls = {}
        for section in all_sections():
            index_page = public(
                section.index_class.objects.filter(locale_id=self.locale_id)
            ).first()
            if index_page is not None:
                urls[section.key] = index_page.url
        return urls

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = when_rendered(self.sections)
        return context
