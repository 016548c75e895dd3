"""Topics: editor-managed pages that projects, publications and impact stories point to.

Sections point here through many-to-many fields with a `related_name`, so a topic lists its
content (`topic.projects`, `topic.publications`, `topic.impact_stories`) without core
importing any section.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from cec_site.core.cache import cached
from cec_site.core.models.mixins import HeroImageMixin
from cec_site.core.visibility import public


class TopicIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["core.TopicPage"]
    max_count_per_parent = 1  # one per language's home page

    class Meta:
        verbose_name = _("topic index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = public(TopicPage.objects.child_of(self)).select_related("image")
        return context


class TopicPage(HeroImageMixin, Page):
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

    # Sections that point to topics, newest first, each with its listing's filter.
    SECTIONS = [
        ("projects", _("Projects"), "projects.ProjectIndexPage", "-start_date"),
        (
            "publications",
            _("Publications"),
            "publications.PublicationIndexPage",
            "-publication_date",
        ),
        ("impact_stories", _("Impact stories"), "impact.ImpactIndexPage", "-first_published_at"),
    ]
    ITEMS_PER_SECTION = 3

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def sections(self):
        """The newest few items of each section on this topic, with a link to all of them.

        One query per section: the cards here show no images or topic labels (they would all
        say this topic), and the listings' addresses come from the shared cache.
        """
        index_urls = cached("section-index-urls", self.locale_id, self.section_index_urls)
        result = []
        for related_name, label, index_model, ordering in self.SECTIONS:
            manager = getattr(self, related_name, None)
            if manager is None:  # that section's app is not installed
                continue
            queryset = public(manager.all()).defer_streamfields().order_by(ordering)
            items = list(queryset[: self.ITEMS_PER_SECTION])
            if not items:
                continue
            index_url = index_urls.get(index_model)
            result.append(
                {
                    "key": related_name,
                    "label": label,
                    "items": items,
                    "all_url": f"{index_url}?topic={self.slug}" if index_url else None,
                }
            )
        return result

    def section_index_urls(self):
        from django.apps import apps

        urls = {}
        for _name, _label, index_model, _ordering in self.SECTIONS:
            index_model_class = apps.get_model(index_model)
            index_page = public(index_model_class.objects.filter(locale_id=self.locale_id)).first()
            if index_page is not None:
                urls[index_model] = index_page.url
        return urls

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        return context
