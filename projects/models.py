"""Projects: what the CEC does with its partners, one page per project."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from cec_site.core import metadata
from cec_site.core.blocks import BaseStreamBlock
from cec_site.core.fragments import when_rendered
from cec_site.core.models import (
    HeroImageMixin,
    IgnoresQueryStringMixin,
    QuickServeMixin,
    SectionIndexPage,
    SummaryMixin,
    tabbed_panels,
)
from cec_site.core.queries import only_public_topics
from cec_site.core.visibility import public, public_linked
from projects.queries import ProjectQuerySet


class ProjectIndexPage(SectionIndexPage, Page):
    subpage_types = ["projects.ProjectPage"]
    filter_form = "projects.forms.ProjectFilterForm"

    class Meta:
        verbose_name = _("project index page")


class ProjectPage(IgnoresQueryStringMixin, QuickServeMixin, HeroImageMixin, SummaryMixin, Page):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Change to Completed when the project ends."),
    )
    operational_plan = models.CharField(
        _("operational plan"),
        max_length=40,
        help_text=_(
            'The plan that funds it: a period ("2021–2022"), a year ("2023") or "Initiative".'
        ),
    )
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year shown on cards."))
    start_date = models.DateField(_("start date"))
    duration_months = models.PositiveSmallIntegerField(
        _("duration in months"), null=True, blank=True
    )
    topics = ParentalManyToManyField(
        "core.TopicPage",
        verbose_name=_("topics"),
        related_name="projects",
        blank=True,
        help_text=_("One or two topics or areas of work; the first two show on cards."),
    )
    issue = models.TextField(_("issue"), blank=True, help_text=_("The problem it addresses."))
    aim = models.TextField(_("aim"), blank=True, help_text=_("What it sets out to change."))
    deliverables = models.TextField(
        _("deliverables"), blank=True, help_text=_("One deliverable per line.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more about it"))
    partners = models.TextField(
        _("participating partners"),
        blank=True,
        help_text=_("One agency or organisation per line."),
    )
    lead_name = models.CharField(_("project lead"), max_length=120, blank=True)
    lead_email = models.EmailField(_("project lead's email"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("operational_plan"), FieldPanel("start_date")]),
                FieldPanel("duration_months"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("summary"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        *HeroImageMixin.hero_panels,
    ]
    details_panels = [
        FieldPanel("issue"),
        FieldPanel("aim"),
        FieldPanel("deliverables"),
        FieldPanel("body"),
    ]
    people_panels = [
        FieldPanel("partners"),
        MultiFieldPanel([FieldPanel("lead_name"), FieldPanel("lead_email")], heading=_("Contact")),
        InlinePanel(
            "related_project_links",
            label=_("Related project"),
            heading=_("Related projects"),
        ),
    ]
    edit_handler = tabbed_panels(
        (_("Content"), content_panels),
        (_("Details"), details_panels),
        (_("Partners and links"), people_panels),
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("issue"),
        index.SearchField("aim"),
        index.SearchField("deliverables"),
        index.SearchField("body"),
        index.SearchField("partners"),
        index.FilterField("status"),
        index.FilterField("year"),
    ]
    # The JSON API (/api/v2/projects/).
    api_fields = [
        APIField("status"),
        APIField("operational_plan"),
        APIField("year"),
        APIField("start_date"),
        APIField("duration_months"),
        APIField("summary"),
        APIField("topics"),
        APIField("issue"),
        APIField("aim"),
        APIField("deliverables"),
        APIField("partners"),
        APIField("lead_name"),
        APIField("body"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ProjectQuerySet)()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def deliverable_list(self):
        return [line.strip() for line in self.deliverables.splitlines() if line.strip()]

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def structured_data(self, request):
        """schema.org: the project as a CreativeWork (schema's Project is an Organization)."""
        return metadata.creative_work(
            self,
            request,
            additionalType="https://schema.org/Project",
            creativeWorkStatus=self.get_status_display(),
            dateCreated=self.start_date.isoformat(),
            temporalCoverage=f"{self.start_date.isoformat()}/P{self.duration_months}M"
            if self.duration_months
            else f"{self.start_date.isoformat()}/..",
            contributor=[{"@type": "Organization", "name": name} for name in self.partner_list],
        )

    def card_topics(self):
        """The first two topics by name, as the cards show them."""
        return sorted(self.topics.all(), key=lambda topic: topic.title)[:2]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)
        context["related_projects"] = when_rendered(
            lambda: public_linked(
                ProjectPage.objects.defer_streamfields(),
                self.related_project_links,
                "page",
                request,
            )
        )
        context["related_publications"] = when_rendered(self.publications_about_it)
        return context

    def publications_about_it(self):
        """Public publications that name this project (they point here, not the other way)."""
        publication_links = getattr(self, "publication_links", None)
        if publication_links is None:  # the publications app is not installed
            return []
        publication_model = publication_links.model._meta.get_field("publication").related_model
        return list(
            public(publication_model.objects.filter(project_links__project=self))
            .defer_streamfields()
            .order_by("-publication_date")
            .distinct()
        )


class RelatedProject(Orderable):
    project = ParentalKey(
        ProjectPage, on_delete=models.CASCADE, related_name="related_project_links"
    )
    page = models.ForeignKey(
        ProjectPage,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related project")
