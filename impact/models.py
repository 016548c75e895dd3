"""Impact stories: what changed because of the CEC's work."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cec_site.core.blocks import BaseStreamBlock
from cec_site.core.fragments import when_rendered
from cec_site.core.models import (
    HeroImageMixin,
    IgnoresQueryStringMixin,
    QuickServeMixin,
    SectionIndexPage,
    SummaryMixin,
    TaxonomySnippet,
    tabbed_panels,
)
from cec_site.core.queries import only_public_topics
from cec_site.core.visibility import public_linked
from impact.queries import ImpactStoryQuerySet

# The three Parties to the agreement: fixed by treaty, not by editors.
COUNTRIES = {
    "ca": ("in_canada", _("Canada")),
    "mx": ("in_mexico", _("Mexico")),
    "us": ("in_united_states", _("United States")),
}


@register_snippet
class ImpactKind(TaxonomySnippet):
    """Standards and policies, conservation strategies, community grants, mapping…"""

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("kind of impact")
        verbose_name_plural = _("kinds of impact")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_('e.g. "1,200 km"'))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "pick"
        template = "blocks/key_figure_block.html"


class ImpactIndexPage(SectionIndexPage, Page):
    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)

    subpage_types = ["impact.ImpactStoryPage"]
    filter_form = "impact.forms.ImpactFilterForm"
    child_select_related = ("image", "kind")

    class Meta:
        verbose_name = _("impact index page")


class ImpactStoryPage(IgnoresQueryStringMixin, QuickServeMixin, HeroImageMixin, SummaryMixin, Page):
    kind = models.ForeignKey(
        ImpactKind,
        verbose_name=_("kind of impact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    outcome = models.TextField(
        _("outcome"), help_text=_("What changed, concretely: which law, plan, map or community.")
    )
    in_canada = models.BooleanField(_("Canada"), default=False)
    in_mexico = models.BooleanField(_("Mexico"), default=False)
    in_united_states = models.BooleanField(_("United States"), default=False)
    years = models.CharField(_("years"), max_length=40, help_text=_('e.g. "2014–2021" or "2019"'))
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], blank=True, verbose_name=_("key figures")
    )
    topics = ParentalManyToManyField(
        "core.TopicPage", verbose_name=_("topics"), related_name="impact_stories", blank=True
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("the story"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("years")]),
        FieldPanel("summary"),
        FieldPanel("outcome"),
        MultiFieldPanel(
            [FieldPanel("in_canada"), FieldPanel("in_mexico"), FieldPanel("in_united_states")],
            heading=_("Countries"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        *HeroImageMixin.hero_panels,
    ]
    details_panels = [
        FieldPanel("key_figures"),
        FieldPanel("body"),
        InlinePanel(
            "related_links", label=_("Related page"), heading=_("Related projects and publications")
        ),
    ]
    edit_handler = tabbed_panels(
        (_("Content"), content_panels),
        (_("Details"), details_panels),
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("outcome"),
        index.SearchField("body"),
    ]

    parent_page_types = ["impact.ImpactIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ImpactStoryQuerySet)()

    class Meta:
        verbose_name = _("impact story")
        verbose_name_plural = _("impact stories")

    @property
    def country_names(self):
        return [label for field, label in COUNTRIES.values() if getattr(self, field)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)
        context["related_pages"] = when_rendered(
            lambda: public_linked(
                Page.objects.all(),  # the list shows titles and links only
                self.related_links,
                "page",
                request,
            )
        )
        return context


class ImpactRelatedPage(Orderable):
    story = ParentalKey(ImpactStoryPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("project or publication"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel("page", page_type=["projects.ProjectPage", "publications.PublicationPage"])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
