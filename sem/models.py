"""Submissions on Enforcement Matters (SEM): the registry, each submission and its timeline.

Anyone in Canada, Mexico or the United States may assert that one of the three Parties is
failing to effectively enforce its environmental law; the Secretariat then decides, stage by
stage and in public, whether the matter leads to a factual record. A submission page holds
its identifier, the Party concerned, the agreement it was filed under and its timeline; the
registry lists them with filters, a "past target" list and feeds of new stages.
"""

import datetime
import re
from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery, Sum
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    Panel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cec_site.core.downloads import count_document_download
from cec_site.core.file_responses import file_response
from cec_site.core.fragments import when_rendered
from cec_site.core.models import (
    DocumentDownloadDay,
    IgnoresQueryStringMixin,
    ListingPageMixin,
    SummaryMixin,
    tabbed_panels,
)
from cec_site.core.queries import only_public_topics, topic_labels
from cec_site.core.visibility import (
    document_is_public,
    document_visible_to,
    public,
    public_documents,
)
from sem.feeds import StageFeed

IDENTIFIER = re.compile(r"^SEM-(\d{2})-(\d{3})$")
# The Environmental Cooperation Agreement (USMCA) took over from the NAAEC on this day.
USMCA_START = datetime.date(2020, 7, 1)

PARTIES = [
    ("ca", _("Canada")),
    ("mx", _("Mexico")),
    ("us", _("United States")),
]
AGREEMENTS = [
    ("naaec", _("NAAEC, Articles 14 and 15 (until 30 June 2020)")),
    ("usmca", _("USMCA Environment Chapter and ECA (since 1 July 2020)")),
]
AGREEMENT_SHORT = {"naaec": _("NAAEC"), "usmca": _("USMCA / ECA")}
STATUSES = [("open", _("Open")), ("closed", _("Closed"))]
CLOSING_REASONS = [
    ("criteria", _("The submission did not meet the criteria")),
    ("no_response_warranted", _("A response from the Party was not warranted")),
    ("no_factual_record", _("A factual record was not recommended")),
    ("council_declined", _("The Council voted against a factual record")),
    ("pending_proceeding", _("The matter is the subject of a pending proceeding")),
    ("factual_record", _("The factual record was published")),
    ("withdrawn", _("The submitters withdrew the submission")),
]

# The stages, in the order the process goes through them.
STAGES = [
    ("received", _("Submission received")),
    ("criteria", _("Determination on the criteria (Article 14(1) / 24.27(1))")),
    ("response_requested", _("Request for a response from the Party")),
    ("response", _("The Party's response")),
    ("recommendation", _("Determination on whether to recommend a factual record")),
    ("council_vote", _("Council vote on a factual record")),
    ("preparation", _("Factual record in preparation")),
    ("published", _("Factual record published")),
    ("closed", _("Submission closed")),
]
STAGE_ORDER = {kind: position for position, (kind, _label) in enumerate(STAGES)}
STAGE_LABELS = dict(STAGES)
# What the registry waits for after each stage, and its default target in days (editable in
# Settings › SEM deadlines). No target after "closed": nothing is awaited.
NEXT_STEP = {
    "received": (_("Determination on the criteria"), 30),
    "criteria": (_("Request for a response, or closing"), 30),
    "response_requested": (_("The Party's response"), 60),
    "response": (_("Determination on a factual record"), 60),
    "recommendation": (_("Council vote"), 60),
    "council_vote": (_("Start of the factual record"), 30),
    "preparation": (_("Publication of the factual record"), 180),
    "published": (_("Closing of the file"), 30),
}


def stage_errors(date_filed, stages, today=None):
    """What is wrong with a timeline: `stages` is [(kind, date)] in the editor's order.

    Returns {position: (field, message)}. The rule: kinds never go back in the process
    (the same kind may repeat: a revised submission gets a second determination), dates never
    go back either, none is before the filing date, none is in the future, and nothing
    follows the closing.
    """
    today = today or timezone.localdate()
    errors = {}
    previous_kind, previous_date = None, None
    for position, (kind, date) in enumerate(stages):
        if kind not in STAGE_ORDER or date is None:
            continue
        if date > today:
            errors[position] = ("date", _("A stage cannot be dated in the future."))
        elif date_filed and date < date_filed:
            errors[position] = ("date", _("A stage cannot come before the date filed."))
        elif previous_date and date < previous_date:
            errors[position] = ("date", _("This stage is dated before the one above it."))
        elif previous_kind and STAGE_ORDER[kind] < STAGE_ORDER[previous_kind]:
            errors[position] = (
                "kind",
                _("This stage comes earlier in the process than the one above it."),
            )
        elif previous_kind == "closed":
            errors[position] = ("kind", _("Nothing follows the closing of a submission."))
        previous_kind, previous_date = kind, date
    return errors


@register_setting(icon="time")
class SubmissionDeadlines(BaseSiteSetting):
    """How many days the registry allows after each stage before the next one is past target."""

    after_received = models.PositiveSmallIntegerField(
        _("after the submission is received"), default=30
    )
    after_criteria = models.PositiveSmallIntegerField(
        _("after the determination on the criteria"), default=30
    )
    after_response_requested = models.PositiveSmallIntegerField(
        _("after the request for a response"), default=60
    )
    after_response = models.PositiveSmallIntegerField(_("after the Party's response"), default=60)
    after_recommendation = models.PositiveSmallIntegerField(
        _("after the recommendation on a factual record"), default=60
    )
    after_council_vote = models.PositiveSmallIntegerField(_("after the Council vote"), default=30)
    after_preparation = models.PositiveSmallIntegerField(
        _("after the factual record is begun"), default=180
    )
    after_published = models.PositiveSmallIntegerField(
        _("after the factual record is published"), default=30
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel(f"after_{kind}") for kind in NEXT_STEP],
            heading=_("Target time, in days, before the next stage"),
        )
    ]

    class Meta:
        verbose_name = _("SEM deadlines")

    def days_after(self, kind):
        return getattr(self, f"after_{kind}", None) if kind in NEXT_STEP else None


class Deadline:
    """Where an open submission stands against its target: current stage, what is awaited,
    by which day, and whether that day has passed."""

    def __init__(self, kind, since, days, today):
        self.kind = kind
        self.label = STAGE_LABELS.get(kind, "")
        self.since = since
        self.awaited = NEXT_STEP[kind][0] if kind in NEXT_STEP else ""
        self.target = since + datetime.timedelta(days=days) if days is not None else None
        self.past_target = self.target is not None and today > self.target
        self.days_late = (today - self.target).days if self.past_target else 0


def with_timeline_data(queryset):
    """Annotates each submission with its current stage and the date of its latest stage."""
    stages = SubmissionStage.objects.filter(page=OuterRef("pk"))
    latest = stages.order_by("-sort_order", "-pk")
    return queryset.annotate(
        latest_stage_kind=Subquery(latest.values("kind")[:1]),
        latest_stage_date=Subquery(latest.values("date")[:1]),
        last_update=Subquery(stages.order_by("-date").values("date")[:1]),
    )


class SubmissionIndexPage(ListingPageMixin, RoutablePageMixin, Page):
    """The registry; its introduction and process text explain SEM in plain language."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)
    process = RichTextField(
        _("how the process works"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("The stages in plain language, shown under the registry."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("process")]

    parent_page_types = settings.CEC_HOME_PAGE_MODELS  # under each language's home page
    subpage_types = ["sem.SubmissionPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("SEM registry page")

    @property
    def filter_form_class(self):
        # By name, when a listing is shown: the forms import the models, never the reverse.
        return import_string("sem.forms.SubmissionFilterForm")

    def public_submissions(self):
        """The public submissions of this registry's language, each with its timeline data."""
        return with_timeline_data(
            public(SubmissionPage.objects.filter(locale_id=self.locale_id))
            .defer_streamfields()
            .prefetch_related(topic_labels())
        )

    def listing_queryset(self):
        return self.public_submissions().order_by("-date_filed", "-identifier")

    def past_target(self, request=None, today=None):
        """Open submissions whose next step is overdue, most overdue first (two queries)."""
        today = today or timezone.localdate()
        deadlines = deadlines_for(self, request)
        late = []
        for submission in self.public_submissions().filter(status="open"):
            deadline = submission.deadline(deadlines, today)
            if deadline is not None and deadline.past_target:
                late.append(submission)
        return sorted(late, key=lambda item: (-item.current_deadline.days_late, item.identifier))

    @path("past-target/")
    def past_target_view(self, request):
        # The page's own context without the listing: this route has no filters.
        context = Page.get_context(self, request)
        context["late_submissions"] = self.past_target(request)
        return TemplateResponse(request, "sem/past_target.html", context)

    def feed_stages(self):
        """The stages of this registry's public submissions (its feed's items)."""
        submissions = public(SubmissionPage.objects.filter(locale_id=self.locale_id))
        return SubmissionStage.objects.filter(page__in=submissions.values("pk"))

    @path("feed/")
    def feed(self, request):
        return StageFeed()(request, registry=self)


def deadlines_for(page, request=None):
    """The deadline settings of the page's site (cached on the request when there is one)."""
    if request is not None:
        return SubmissionDeadlines.for_request(request)
    return SubmissionDeadlines.for_site(page.get_site())


class StageDownloadsPanel(Panel):
    """Editors see how often the public downloaded each stage document of the submission, as
    counted (cec_site/core/downloads.py: robots, double clicks and ranges apart), since the
    document was first downloaded. Read only; nothing in the form."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "sem/admin/stage_downloads_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = stage_downloads(self.instance) if self.instance.pk else []
            return context


def stage_downloads(page):
    """(stage, downloads, unique downloads) for each saved stage of `page` with a document:
    two queries."""
    stages = list(page.stages.filter(document__isnull=False).select_related("document"))
    days = DocumentDownloadDay.objects.filter(document__in=[s.document_id for s in stages])
    totals = {
        row["document"]: (row["downloads"], row["unique"])
        for row in days.values("document").annotate(
            downloads=Sum("count"), unique=Sum("unique_count")
        )
    }
    return [(stage, *totals.get(stage.document_id, (0, 0))) for stage in stages]


class SubmissionForm(WagtailAdminPageForm):
    """Checks the timeline as a whole: each row alone cannot know the others."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("stages")
        if formset is None or not formset.is_valid():
            return cleaned
        rows = [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        rows.sort(key=lambda form: form.cleaned_data.get("ORDER") or 0)
        timeline = [(form.cleaned_data.get("kind"), form.cleaned_data.get("date")) for form in rows]
        errors = stage_errors(cleaned.get("date_filed"), timeline)
        for position, (field, message) in errors.items():
            rows[position].add_error(field, message)
        if errors:
            self.add_error(None, _("The timeline needs correcting: see the stages below."))
        kinds = [kind for kind, _date in timeline]
        if "closed" in kinds and cleaned.get("status") != "closed":
            self.add_error("status", _("The timeline says the submission is closed."))
        return cleaned


class SubmissionPage(IgnoresQueryStringMixin, RoutablePageMixin, SummaryMixin, Page):
    identifier = models.CharField(
        _("identifier"),
        max_length=10,
        help_text=_('SEM, the two last digits of the year filed and a number: "SEM-23-001".'),
    )
    party = models.CharField(_("Party concerned"), max_length=2, choices=PARTIES)
    date_filed = models.DateField(_("date filed"))
    agreement = models.CharField(_("agreement"), max_length=5, choices=AGREEMENTS)
    status = models.CharField(_("status"), max_length=6, choices=STATUSES, default="open")
    closing_reason = models.CharField(
        _("why it closed"), max_length=24, choices=CLOSING_REASONS, blank=True
    )
    submitters = models.TextField(
        _("submitters"),
        blank=True,
        help_text=_("One per line. Leave blank when the submitters asked for confidentiality."),
    )
    topics = ParentalManyToManyField(
        "core.TopicPage", verbose_name=_("topics"), related_name="sem_submissions", blank=True
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("identifier"), FieldPanel("party")]),
        FieldRowPanel([FieldPanel("date_filed"), FieldPanel("agreement")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("closing_reason")]),
        FieldPanel("summary"),
        FieldPanel("submitters"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    timeline_panels = [
        InlinePanel("stages", label=_("Stage"), heading=_("Timeline of stages")),
        StageDownloadsPanel(heading=_("Downloads of the stage documents")),
    ]
    edit_handler = tabbed_panels(
        (_("Content"), content_panels),
        (_("Timeline"), timeline_panels),
    )
    base_form_class = SubmissionForm
    override_translatable_fields = [
        SynchronizedField("identifier"),
        SynchronizedField("date_filed"),
        TranslatableField("submitters"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("identifier", boost=3),
        index.AutocompleteField("identifier"),
        index.SearchField("summary"),
        index.SearchField("submitters"),
        index.FilterField("status"),
        index.FilterField("party"),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("identifier"),
        APIField("party"),
        APIField("date_filed"),
        APIField("agreement"),
        APIField("status"),
        APIField("closing_reason"),
        APIField("summary"),
        APIField("submitters"),
        APIField("topics"),
        APIField("stages"),
    ]
    # A stage's documents are the page's files: a draft or private submission keeps them
    # private (cec_site.core.visibility.pages_using_document).
    public_file_fields = ["stages__document"]

    parent_page_types = ["sem.SubmissionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("submission on enforcement matters")
        verbose_name_plural = _("submissions on enforcement matters")

    def clean(self):
        super().clean()
        errors = {}
        self.identifier = (self.identifier or "").strip().upper()
        match = IDENTIFIER.match(self.identifier)
        if not match:
            errors["identifier"] = _('Write the identifier as "SEM-YY-NNN", e.g. "SEM-23-001".')
        elif self.date_filed and int(match.group(1)) != self.date_filed.year % 100:
            errors["identifier"] = _("Its two digits must be the year the submission was filed.")
        elif self.identifier_taken():
            errors["identifier"] = _("Another submission in this language has this identifier.")
        if self.date_filed:
            if self.date_filed > timezone.localdate():
                errors["date_filed"] = _("The date filed cannot be in the future.")
            elif self.agreement == "naaec" and self.date_filed >= USMCA_START:
                errors["agreement"] = _(
                    "Submissions filed from 1 July 2020 come under the USMCA (ECA)."
                )
            elif self.agreement == "usmca" and self.date_filed < USMCA_START:
                errors["agreement"] = _(
                    "Submissions filed before 1 July 2020 come under the NAAEC."
                )
        if self.status == "closed" and not self.closing_reason:
            errors["closing_reason"] = _("Say why the submission closed.")
        if self.status == "open" and self.closing_reason:
            errors["closing_reason"] = _("An open submission has no closing reason.")
        if errors:
            raise ValidationError(errors)

    def identifier_taken(self):
        """Another page of this language tree has it (its own translations share it)."""
        others = SubmissionPage.objects.filter(identifier=self.identifier)
        if self.locale_id:
            others = others.filter(locale_id=self.locale_id)
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.filter(alias_of__isnull=True).exists()

    # The timeline and its deadline -----------------------------------------------------------

    @cached_property
    def timeline(self):
        return list(self.stages.all())

    @property
    def current_stage_label(self):
        """The current stage's name, without a query: from the registry's annotation or the
        timeline already loaded, else "" (a card on a topic page or in search shows none)."""
        if hasattr(self, "latest_stage_date"):
            return STAGE_LABELS.get(self.latest_stage_kind, "")
        timeline = self.__dict__.get("timeline")
        return timeline[-1].label if timeline else ""

    def deadline(self, deadlines=None, today=None):
        """The current stage, the target date of the next one, and whether it is past: None
        for a closed submission or one without stages."""
        today = today or timezone.localdate()
        if self.status != "open":
            return None
        if hasattr(self, "latest_stage_date"):
            kind, since = self.latest_stage_kind, self.latest_stage_date
        elif self.timeline:
            kind, since = self.timeline[-1].kind, self.timeline[-1].date
        else:
            return None
        if kind is None or since is None:
            return None
        deadlines = deadlines or SubmissionDeadlines.for_site(self.get_site())
        self.current_deadline = Deadline(kind, since, deadlines.days_after(kind), today)
        return self.current_deadline

    @property
    def agreement_short(self):
        return AGREEMENT_SHORT.get(self.agreement, "")

    def feed_item_description(self):
        return self.summary

    # Serving ----------------------------------------------------------------------------------

    def feed_stages(self):
        """This submission's stages (its feed's items)."""
        return SubmissionStage.objects.filter(page=self)

    @path("feed/")
    def feed(self, request):
        return StageFeed()(request, submission=self)

    def route(self, request, path_components):
        # A restricted submission's documents are not served by the counted route at all
        # (Wagtail would ask for its password or a sign-in first).
        if path_components[:1] == ["stages"] and self.get_view_restrictions().exists():
            raise Http404
        return super().route(request, path_components)

    @path("stages/<int:stage_id>/download/", name="stage_document")
    def stage_document(self, request, stage_id):
        """A stage's document, counted by the rules of every counted download
        (cec_site/core/downloads.py): 404 unless the public may have it (the one rule for
        files: cec_site/core/visibility.py), whoever asks."""
        stage = (
            self.stages.filter(pk=stage_id, document__isnull=False)
            .select_related("document__collection")
            .first()
        )
        if stage is None or not document_is_public(stage.document):
            raise Http404
        document = stage.document
        return file_response(
            request,
            document,
            filename=stage.download_filename(self),
            content_type=document.content_type,
            # A stage's document in every language counts against one address's daily cap.
            count=partial(count_document_download, request, document, stage.translation_key),
        )

    def counted_file_url(self, document, request):
        """This submission's counted address of `document`, one of its stages' documents
        (`/documents/` sends the public there: sem/apps.py), or None."""
        stage = self.stages.filter(document=document).order_by("sort_order", "pk").first()
        page_url = self.get_url(request=request)
        if stage is None or page_url is None:
            return None
        return page_url + self.reverse_subpage("stage_document", kwargs={"stage_id": stage.pk})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)
        stages = list(self.stages.select_related("document__collection").all())
        self.__dict__["timeline"] = stages
        context["stages"] = stages
        context["shown_documents"] = when_rendered(lambda: shown_documents(stages, request))
        context["deadline"] = self.deadline(SubmissionDeadlines.for_request(request))
        context["registry"] = self.get_parent()
        return context


def shown_documents(stages, request):
    """The ids of the stages' documents this visitor may fetch, the others being neither named
    nor linked (a private collection, a file a hidden submission uses too): the same queries
    however many stages (public_documents); an editor's look at a document the public may not
    have costs one check each."""
    shown = public_documents(stage.document for stage in stages)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        shown |= {
            stage.document_id
            for stage in stages
            if stage.document is not None
            and stage.document_id not in shown
            and document_visible_to(stage.document, user)
        }
    return shown


class SubmissionStage(TranslatableMixin, Orderable):
    """One stage of a submission's timeline.

    Why rows of an InlinePanel rather than a StreamField: the registry filters on the current
    stage, sorts by the latest stage's date and feeds new stages across all submissions, which
    are plain SQL on rows (one subquery) but would mean loading and parsing every page's JSON
    with a StreamField; and the timeline's order and dates are checked as a whole in
    `SubmissionForm.clean` with an error on the very row at fault.
    """

    page = ParentalKey(SubmissionPage, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(_("stage"), max_length=20, choices=STAGES)
    date = models.DateField(_("date"))
    decision = models.TextField(
        _("decision"), blank=True, help_text=_("What was decided, in two or three sentences.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The document in this page's language (each translation has its own)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("decision"),
        FieldPanel("document"),
    ]
    api_fields = [APIField("kind"), APIField("date"), APIField("decision")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    @property
    def label(self):
        return STAGE_LABELS.get(self.kind, "")

    def download_filename(self, page):
        """The document's name for the visitor: the submission, the stage's date and kind,
        the language ("cec-sem-23-001-2023-05-04-criteria-en.pdf")."""
        name = slugify(
            f"cec {page.identifier} {self.date:%Y-%m-%d} {self.kind.replace('_', ' ')} "
            f"{page.locale.language_code}"
        )
        extension = self.document.file_extension.lower()
        return f"{name}.{extension}" if extension else name
