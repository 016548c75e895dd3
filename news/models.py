"""News (media releases, announcements, statements) and events (Council sessions, JPAC public
forums, webinars): two sections of one app, each with its own listing page.

Two listing pages rather than one: a news item and an event are filtered, ordered and fed
differently (news by date, newest first; events by when they happen, the next one first, and
by upcoming / past), and the section registry gives each section one page type, one card and
one feed.

An event's times are stored as aware datetimes (UTC in the database) with the IANA name of the
time zone it happens in; editors type them, and the public reads them, in that zone. Whether
an event is upcoming or past is computed from its end, never stored.
"""

import datetime
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Value, When
from django.http import HttpResponse
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

import icalendar
from rest_framework.fields import CharField, ListField

from cec_site.core.blocks import BaseStreamBlock
from cec_site.core.fragments import when_rendered
from cec_site.core.models import (
    HeroImageMixin,
    IgnoresQueryStringMixin,
    ListingPageMixin,
    SummaryMixin,
    tabbed_panels,
)
from cec_site.core.queries import only_public_topics, with_card_data
from cec_site.core.visibility import public_in_order

# The languages the CEC works in: simultaneous interpretation is offered in some of them.
INTERPRETATION_LANGUAGES = {
    "en": ("interpretation_en", _("English")),
    "fr": ("interpretation_fr", _("French")),
    "es": ("interpretation_es", _("Spanish")),
}
TIME_ZONES = zoneinfo.available_timezones()


def validate_time_zone(value):
    if value not in TIME_ZONES:
        raise ValidationError(
            _("Enter a time zone name from the IANA database, such as America/Mexico_City.")
        )


class NewsKind(models.TextChoices):
    MEDIA_RELEASE = "media-release", _("Media release")
    ANNOUNCEMENT = "announcement", _("Announcement")
    STATEMENT = "statement", _("Statement")
    CALL = "call-for-proposals", _("Call for proposals")


class EventKind(models.TextChoices):
    COUNCIL_SESSION = "council-session", _("Council session")
    PUBLIC_FORUM = "public-forum", _("JPAC public forum")
    WEBINAR = "webinar", _("Webinar")
    WORKSHOP = "workshop", _("Workshop")


# News ----------------------------------------------------------------------------------------


class NewsIndexPage(ListingPageMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = settings.CEC_HOME_PAGE_MODELS  # under each language's home page
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    template = "news/index_page.html"

    class Meta:
        verbose_name = _("news index page")

    @property
    def filter_form_class(self):
        # By name, when a listing is shown: the forms import the models, never the reverse.
        return import_string("news.forms.NewsFilterForm")

    def listing_queryset(self):
        return with_card_data(NewsPage.objects.filter(locale_id=self.locale_id)).order_by(
            "-date", "-first_published_at", "title"
        )


class NewsPage(IgnoresQueryStringMixin, HeroImageMixin, SummaryMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=NewsKind.choices, default=NewsKind.MEDIA_RELEASE
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "core.TopicPage", verbose_name=_("topics"), related_name="news_items", blank=True
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("summary"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        *HeroImageMixin.hero_panels,
    ]
    details_panels = [
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related page"), heading=_("Related pages")),
    ]
    edit_handler = tabbed_panels((_("Content"), content_panels), (_("Details"), details_panels))
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("date"),
        APIField("kind"),
        APIField("card_kind"),
        APIField("summary"),
        APIField("topics"),
        APIField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def card_date(self):
        return self.date

    @property
    def card_kind(self):
        return self.get_kind_display()

    def feed_item_description(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)
        context["related_pages"] = when_rendered(
            lambda: public_in_order(
                Page.objects.all(), [link.page_id for link in self.related_links.all()]
            )
        )
        return context


class NewsRelatedPage(Orderable):
    news = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")


# Events --------------------------------------------------------------------------------------


def upcoming_first(queryset, now=None):
    """Events still to come (or under way) first, the soonest first; then past ones, the most
    recent first."""
    now = now or timezone.now()
    return queryset.annotate(
        past=Case(When(end__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField()),
        upcoming_start=Case(When(end__gte=now, then=F("start")), default=None),
    ).order_by("past", "upcoming_start", "-start", "title")


class EventIndexPage(ListingPageMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = settings.CEC_HOME_PAGE_MODELS
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1
    template = "news/index_page.html"

    class Meta:
        verbose_name = _("event index page")

    @property
    def filter_form_class(self):
        return import_string("news.forms.EventFilterForm")  # as NewsIndexPage's

    def listing_queryset(self):
        return with_card_data(EventPage.objects.filter(locale_id=self.locale_id))


class EventPageForm(WagtailAdminPageForm):
    """Editors type an event's start and end in the event's own time zone (its local time,
    as on the invitation), whatever the time zone of their account."""

    TIMES = ("start", "end")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.zone
        if zone is not None:
            for name in self.TIMES:
                value = getattr(self.instance, name, None)
                if value is not None and name in self.fields:
                    self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        name = cleaned_data.get("time_zone")
        if name in TIME_ZONES:
            zone = zoneinfo.ZoneInfo(name)
            for field in self.TIMES:
                value = cleaned_data.get(field)
                if value is not None:
                    # The form read it in the editor's zone: keep the wall-clock time, in the
                    # event's zone.
                    wall_clock = timezone.make_naive(value, timezone.get_current_timezone())
                    cleaned_data[field] = timezone.make_aware(wall_clock, zone)
        return cleaned_data


class EventPage(IgnoresQueryStringMixin, RoutablePageMixin, HeroImageMixin, SummaryMixin, Page):
    kind = models.CharField(
        _("kind"), max_length=30, choices=EventKind.choices, default=EventKind.WEBINAR
    )
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="America/Toronto",
        validators=[validate_time_zone],
        help_text=_(
            "Where the event happens, as an IANA name (America/Toronto, America/Mexico_City, "
            "America/Los_Angeles…). Start and end are typed, and shown, in this time zone."
        ),
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Place and city, e.g. “Hotel Fiesta Americana, Mérida, Mexico”."),
    )
    online_url = models.URLField(
        _("online address"), blank=True, help_text=_("Where to watch or join online.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    interpretation_en = models.BooleanField(_("English"), default=False)
    interpretation_fr = models.BooleanField(_("French"), default=False)
    interpretation_es = models.BooleanField(_("Spanish"), default=False)
    agenda = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("agenda"))
    topics = ParentalManyToManyField(
        "core.TopicPage", verbose_name=_("topics"), related_name="events", blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("online_url"), FieldPanel("registration_url")],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("interpretation_en"),
                FieldPanel("interpretation_fr"),
                FieldPanel("interpretation_es"),
            ],
            heading=_("Interpretation"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        *HeroImageMixin.hero_panels,
    ]
    details_panels = [FieldPanel("agenda")]
    edit_handler = tabbed_panels((_("Content"), content_panels), (_("Agenda"), details_panels))
    base_form_class = EventPageForm
    # A time zone is a place, not words: translations keep the English page's.
    override_translatable_fields = [SynchronizedField("time_zone", overridable=False)]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("agenda"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("card_kind"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("venue"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("interpretation_languages", serializer=ListField(child=CharField())),
        APIField("summary"),
        APIField("topics"),
        APIField("agenda"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    template = "news/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("An event ends after it starts.")
        if not self.venue.strip() and not self.online_url:
            errors["venue"] = _("Give a venue, an online address, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone) if self.time_zone in TIME_ZONES else None

    @property
    def local_start(self):
        return self.start.astimezone(self.zone) if self.zone else self.start

    @property
    def local_end(self):
        return self.end.astimezone(self.zone) if self.zone else self.end

    @property
    def same_day(self):
        return self.local_start.date() == self.local_end.date()

    def status(self, now=None):
        """Whether it is "upcoming", "ongoing" or "past": from the clock, never stored."""
        now = now or timezone.now()
        if self.end < now:
            return "past"
        return "ongoing" if self.start <= now else "upcoming"

    @property
    def is_past(self):
        return self.status() == "past"

    @property
    def status_label(self):
        return {
            "past": _("Past event"),
            "ongoing": _("Happening now"),
            "upcoming": _("Upcoming"),
        }[self.status()]

    @property
    def interpretation_languages(self):
        return [
            code
            for code, (field, _label) in INTERPRETATION_LANGUAGES.items()
            if getattr(self, field)
        ]

    @property
    def interpretation_labels(self):
        return [label for field, label in INTERPRETATION_LANGUAGES.values() if getattr(self, field)]

    @property
    def card_date(self):
        return self.local_start.date()

    @property
    def card_kind(self):
        return self.get_kind_display()

    def feed_item_description(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        only_public_topics(self, request)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """The event as an iCalendar file (RFC 5545), for the visitor's calendar."""
        response = HttpResponse(self.ics_calendar(request), content_type="text/calendar")
        response["Content-Type"] = "text/calendar; charset=utf-8"
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def ics_calendar(self, request):
        """One VEVENT, its times in UTC (valid in every calendar without a VTIMEZONE)."""
        url = request.build_absolute_uri(self.url)
        description = self.summary
        if self.registration_url:
            description += "\n\n" + _("Register: %(url)s") % {"url": self.registration_url}
        description += "\n\n" + url
        event = icalendar.Event()
        event.add("uid", f"{self.translation_key}-{self.locale.language_code}@{request.get_host()}")
        event.add("dtstamp", self.last_published_at or timezone.now())
        event.add("dtstart", self.start.astimezone(datetime.UTC))
        event.add("dtend", self.end.astimezone(datetime.UTC))
        event.add("summary", self.title)
        event.add("description", description)
        location = self.venue or self.online_url
        if location:
            event.add("location", location)
        event.add("url", url)
        event.add("categories", [str(self.card_kind)])
        event.add("status", "CONFIRMED")
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Commission for Environmental Cooperation//cec.org//EN")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add_component(event)
        return calendar.to_ical()
