"""Publications: reports and papers, one page per language edition, each with its PDF."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from rest_framework.fields import CharField

from cec_site.core.blocks import BaseStreamBlock
from cec_site.core.edition_files import OwnFilesPageForm
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
from cec_site.core.visibility import public, public_linked
from publications import citations, covers, identifiers, pdf
from publications.queries import PublicationQuerySet


def view(name):
    """A view of publications/views.py by name, for the routes below: views import the
    models, so the models name their views (as URLconfs do) rather than import them."""
    return import_string(f"publications.views.{name}")


@register_snippet
class DocumentType(TaxonomySnippet):
    """Report, Background paper, Fact sheet…: editors add types without a deploy."""

    name = models.CharField(_("name"), max_length=80)

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class PublicationIndexPage(SectionIndexPage, RoutablePageMixin, Page):
    subpage_types = ["publications.PublicationPage"]
    filter_form = "publications.forms.PublicationFilterForm"
    child_select_related = ("image", "document_type", "document", "cover")

    class Meta:
        verbose_name = _("publication index page")

    @path("top-50/", name="top_50")
    def top_50(self, request):
        return view("top_50")(request, self)

    def route(self, request, path_components):
        # The counted download (<slug>/download/) in one query: the public edition with its
        # PDF and language (publications/views.py), instead of two to find the child page and
        # four to check its view restrictions.
        if len(path_components) == 2 and path_components[1] == "download" and self.live:
            publication = PublicationPage.objects.public_edition(self, path_components[0])
            if publication is None:
                raise Http404
            return publication.route(request, path_components[1:])
        return super().route(request, path_components)


class PublicationPage(
    IgnoresQueryStringMixin, QuickServeMixin, HeroImageMixin, SummaryMixin, RoutablePageMixin, Page
):
    subtitle = models.CharField(_("subtitle"), max_length=250, blank=True)
    publication_date = models.DateField(_("publication date"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF of this language edition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A PDF file. When the page is saved, its page count is read from it."),
    )
    page_count = models.PositiveIntegerField(
        _("pages"),
        null=True,
        blank=True,
        help_text=_(
            "Filled in from the PDF when the page is saved (when empty, or when a new PDF is "
            "chosen); change it only if it is wrong."
        ),
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        editable=False,  # made from the PDF's first page (publications/covers.py)
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_type = models.ForeignKey(
        DocumentType,
        verbose_name=_("document type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    topics = ParentalManyToManyField(
        "core.TopicPage",
        verbose_name=_("topics"),
        related_name="publications",
        blank=True,
        help_text=_("The first topic shows on cards."),
    )
    authors = models.CharField(
        _("authors"),
        max_length=400,
        default="CEC Secretariat",
        help_text=_("Separate several authors with semicolons."),
    )
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    doi = models.CharField(_("DOI"), max_length=100, blank=True, help_text=_("e.g. 10.1234/abcd"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more about it"))

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("document_type")]),
        FieldPanel("summary"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        *HeroImageMixin.hero_panels,
    ]
    file_panels = [
        MultiFieldPanel([FieldPanel("document"), FieldPanel("page_count")], heading=_("The PDF")),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldRowPanel([FieldPanel("isbn"), FieldPanel("doi")])],
            heading=_("Bibliographic details"),
        ),
    ]
    details_panels = [
        FieldPanel("body"),
        InlinePanel("project_links", label=_("Related project"), heading=_("Related projects")),
    ]
    edit_handler = tabbed_panels(
        (_("Content"), content_panels),
        (_("File and citation"), file_panels),
        (_("Details"), details_panels),
    )
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]
    # The JSON API (/api/v2/publications/); it shows `download_url` as an absolute address.
    api_fields = [
        APIField("subtitle"),
        APIField("publication_date"),
        APIField(
            "document_type", serializer=CharField(source="document_type.name", allow_null=True)
        ),
        APIField("summary"),
        APIField("topics"),
        APIField("authors"),
        APIField("isbn"),
        APIField("doi"),
        APIField("page_count"),
        APIField("download_url"),
        APIField("language_editions"),
        APIField("body"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    public_file_fields = ["document"]  # its PDF: cec_site/core/visibility.py pages_using_document
    base_form_class = OwnFilesPageForm  # one PDF per language edition

    objects = PageManager.from_queryset(PublicationQuerySet)()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._saved_document_id = instance.__dict__.get("document_id")
        instance._saved_page_count = instance.__dict__.get("page_count")
        return instance

    def clean(self):
        super().clean()
        identifiers.clean(self)  # DOI and ISBN rules (publications/identifiers.py)
        if self.document_id is None:
            return
        if not pdf.is_pdf(self.document):
            raise ValidationError(
                {"document": _("The publication's file must be a PDF (a .pdf file).")}
            )
        chosen_anew = self.document_id != getattr(self, "_saved_document_id", None)
        count_untouched = self.page_count == getattr(self, "_saved_page_count", None)
        if self.page_count is None or (chosen_anew and count_untouched):
            self.page_count = pdf.count_pages(self.document)

    # Downloads --------------------------------------------------------------------------

    def get_view_restrictions(self):
        # Found by the download route with the visibility rule in its query (no restriction
        # on it or any ancestor): Wagtail's own check has nothing more to find.
        if getattr(self, "_known_public", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @cached_property
    def language_editions(self):
        """Every public language edition of this publication, this one included, in the
        site's language order, each with its own PDF (or none: never another one's file)."""
        order = [code for code, _name in settings.LANGUAGES]
        editions = (
            public(PublicationPage.objects.filter(translation_key=self.translation_key))
            .select_related("document", "locale")
            .defer_streamfields()
        )
        return sorted(
            (LanguageEdition(edition) for edition in editions),
            key=lambda edition: (
                order.index(edition.language_code)
                if edition.language_code in order
                else len(order),
                edition.language_code,
            ),
        )

    def route(self, request, path_components):
        # A private publication's file is not served by the counted route at all.
        if path_components[:1] == ["download"] and self.get_view_restrictions().exists():
            raise Http404
        return super().route(request, path_components)

    @path("download/", name="download")
    def download(self, request):
        return view("download")(request, self)

    @property
    def card_date(self):
        """The date a card shows (the home page's spotlight): when it was published."""
        return self.publication_date

    @property
    def download_url(self):
        return self.url + "download/"

    @property
    def download_filename(self):
        return f"cec-{self.slug}-{self.locale.language_code}.pdf"

    # Citations and metadata (built in publications/citations.py) -------------------------

    @path("cite/<str:format_name>/", name="citation")
    def citation(self, request, format_name):
        return citations.download(request, self, format_name)

    def scholar_metadata(self, request):
        return citations.highwire_tags(citations.for_publication(self, request))

    def structured_data(self, request):
        return citations.report_node(citations.for_publication(self, request), request, self)

    def fragment_variant(self, request):
        """Its cached rendering (cec_site/core/fragments.py) shows its rank (the badge): it
        goes with the ranking's time. By name: publications.ranking imports this module."""
        return str(import_string("publications.ranking.stamp")())

    def card_topic(self):
        """The topic cards show: the first by name."""
        return min(self.topics.all(), key=lambda topic: topic.title, default=None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)  # the topic labels the page shows
        project_model = PublicationProject._meta.get_field("project").related_model
        context["related_projects"] = when_rendered(
            lambda: public_linked(
                project_model.objects.defer_streamfields(), self.project_links, "project", request
            )
        )
        return context


covers.connect_signals(PublicationPage)  # its cover follows its PDF: publications/covers.py


class LanguageEdition:
    """One language edition as the publication page lists it: "Français — PDF, 2.4 MB, 99
    pages", its download link only when it has a PDF of its own."""

    def __init__(self, page):
        self.page = page
        self.language_code = page.locale.language_code
        try:
            self.language_name = get_language_info(self.language_code)["name_local"]
        except KeyError:
            self.language_name = self.language_code
        document = page.document
        self.has_file = document is not None
        self.file_format = "PDF"
        # Stored with the document (measured once, the first time it is asked for).
        self.file_size = document.get_file_size() if document is not None else None
        self.page_count = page.page_count if document is not None else None
        self.download_url = page.download_url if document is not None else None


class PublicationProject(Orderable):
    """A project this publication came out of; the project page lists it in return."""

    publication = ParentalKey(
        PublicationPage, on_delete=models.CASCADE, related_name="project_links"
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="publication_links",
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("related project")


class PublicationDownloadDay(models.Model):
    """Counted downloads of one language edition on one day: the whole history, no raw log."""

    publication = models.ForeignKey(
        PublicationPage,
        verbose_name=_("publication edition"),
        on_delete=models.CASCADE,
        related_name="download_days",
    )
    day = models.DateField(_("day"))
    # COUNTER R5's two metrics: every counted request (Total_Item_Requests), and the number of
    # user-sessions that requested the edition that day (Unique_Item_Requests). The Top 50
    # ranks on the second. Days counted before there was a unique figure (and rows written
    # with a total only) have none: NULL, and the total stands for it (`unique_or_total`).
    count = models.PositiveIntegerField(_("downloads"), default=0)
    unique_count = models.PositiveIntegerField(_("unique downloads"), null=True, blank=True)

    class Meta:
        verbose_name = _("downloads on a day")
        verbose_name_plural = _("downloads per day")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "day"], name="one_row_per_edition_and_day"
            ),
            models.CheckConstraint(
                condition=models.Q(unique_count__isnull=True)
                | models.Q(unique_count__lte=models.F("count")),
                name="unique_downloads_within_total",
            ),
        ]
        indexes = [models.Index(fields=["day", "publication"], name="downloads_by_day")]

    def __str__(self):
        return f"{self.publication_id} {self.day}: {self.count} ({self.unique_count} unique)"

    @staticmethod
    def unique_or_total():
        """The unique downloads of a row, or its total when it has no unique figure."""
        return Coalesce("unique_count", "count")
