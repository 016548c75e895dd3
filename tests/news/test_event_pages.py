"""Events: dates in their own time zone, validation, status from the clock, the admin, the page
and its `.ics` file (read back with the icalendar library)."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import icalendar
import pytest

from cec_site.home.models import HomePage
from news.factories import EventPageFactory
from news.models import EventIndexPage, EventPage
from tests.html_validation import vnu_errors

UTC = datetime.UTC
MEXICO_CITY = zoneinfo.ZoneInfo("America/Mexico_City")


def event_form_data(topics=(), **overrides):
    data = {
        "title": "JPAC public forum: Marine litter in North America",
        "slug": "jpac-public-forum-marine-litter",
        "kind": "public-forum",
        # Typed in the event's own time zone (Mérida is on Mexico City time).
        "start": "2027-03-10 10:00",
        "end": "2027-03-10 13:30",
        "time_zone": "America/Mexico_City",
        "venue": "Gran Museo del Mundo Maya, Mérida, Yucatán",
        "online_url": "https://www.youtube.com/@cecweb",
        "registration_url": "https://example.org/register/jpac-2027",
        "summary": "The Joint Public Advisory Committee hears the public on marine litter.",
        "interpretation_en": "on",
        "interpretation_fr": "on",
        "interpretation_es": "on",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "agenda": streamfield([("paragraph", rich_text("<p>10:00 Welcome</p>"))]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["topics"] = [str(topic.pk) for topic in topics]
    return form


# Models ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_event_ends_after_it_starts(news_tree):
    event = EventPageFactory(parent=news_tree.events)
    event.full_clean()
    for end in (event.start, event.start - datetime.timedelta(minutes=1)):
        event.end = end
        with pytest.raises(ValidationError) as caught:
            event.full_clean()
        assert "end" in caught.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "EST5", "", "america/mexico_city", "../etc"])
def test_the_time_zone_is_an_iana_name(news_tree, name):
    event = EventPageFactory(parent=news_tree.events)
    event.time_zone = name
    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    assert "time_zone" in caught.value.message_dict


@pytest.mark.django_db
def test_an_event_happens_somewhere_or_online(news_tree):
    event = EventPageFactory(parent=news_tree.events, venue="", online_url="https://example.org/w")
    event.online_url = ""
    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    assert "venue" in caught.value.message_dict
    event.venue = "CEC Secretariat, Montreal"
    event.full_clean()


def test_status_is_computed_from_the_clock():
    event = EventPage(
        start=datetime.datetime(2027, 3, 10, 16, tzinfo=UTC),
        end=datetime.datetime(2027, 3, 10, 19, tzinfo=UTC),
        time_zone="America/Mexico_City",
    )
    assert event.status(datetime.datetime(2027, 3, 10, 15, 59, tzinfo=UTC)) == "upcoming"
    assert event.status(datetime.datetime(2027, 3, 10, 16, tzinfo=UTC)) == "ongoing"
    assert event.status(datetime.datetime(2027, 3, 10, 19, tzinfo=UTC)) == "ongoing"
    assert event.status(datetime.datetime(2027, 3, 10, 19, 1, tzinfo=UTC)) == "past"


def test_card_date_is_the_start_date_where_the_event_happens():
    # 21:00 on December 31 in Mexico City is already January 1 in UTC.
    event = EventPage(
        kind="council-session",
        start=datetime.datetime(2027, 1, 1, 3, tzinfo=UTC),
        end=datetime.datetime(2027, 1, 1, 5, tzinfo=UTC),
        time_zone="America/Mexico_City",
    )
    assert event.card_date == datetime.date(2026, 12, 31)
    assert event.local_start.hour == 21
    assert event.card_kind == "Council session"


@pytest.mark.django_db
def test_translators_translate_the_venue_but_not_the_time_zone():
    from wagtail_localize import fields as localize

    event = EventPage(time_zone="America/Mexico_City", venue="Mérida")
    fields = {field.field_name: field for field in localize.get_translatable_fields(EventPage)}
    assert isinstance(fields["time_zone"], localize.SynchronizedField)
    assert not fields["time_zone"].is_overridable(event)
    assert isinstance(fields["venue"], localize.TranslatableField)
    assert isinstance(fields["start"], localize.SynchronizedField)


# Admin -----------------------------------------------------------------------------------


class EventAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, news_tree):
        self.tree = news_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_editor_types_times_in_the_events_own_time_zone(self):
        self.assertCanCreate(
            self.tree.events, EventPage, event_form_data(topics=[self.tree.climate])
        )
        event = EventPage.objects.get()
        # 10:00 in Mexico City (UTC−6) is 16:00 UTC, whatever the site's or editor's zone.
        assert event.start == datetime.datetime(2027, 3, 10, 16, 0, tzinfo=UTC)
        assert event.end == datetime.datetime(2027, 3, 10, 19, 30, tzinfo=UTC)
        assert event.interpretation_languages == ["en", "fr", "es"]
        assert list(event.topics.all()) == [self.tree.climate]
        # The edit form shows them again as typed.
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,)))
        assert 'value="2027-03-10 10:00"' in edit.content.decode()

    def test_admin_refuses_an_end_before_the_start_and_an_unknown_zone(self):
        url = reverse("wagtailadmin_pages:add", args=("news", "eventpage", self.tree.events.pk))
        response = self.client.post(url, event_form_data(end="2027-03-10 09:00"))
        assert response.status_code == 200
        assert "An event ends after it starts." in response.content.decode()
        response = self.client.post(url, event_form_data(time_zone="Atlantis/Capital"))
        assert response.status_code == 200
        assert "IANA" in response.content.decode()
        assert not EventPage.objects.exists()

    def test_routable_renderable_editable_previewable(self):
        event = EventPageFactory(parent=self.tree.events)
        form = event_form_data(title=event.title, slug=event.slug)
        for page, data in ((event, form), (self.tree.events, None)):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(event, post_data=form)
        self.assertPageIsRoutable(event, "ics/")
        self.assertPageIsRenderable(event, "ics/")


# The page --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_event_page_shows_local_times_place_languages_and_calendar_link(client, news_tree):
    event = EventPageFactory(
        parent=news_tree.events,
        title="JPAC public forum in Mérida",
        registration_url="https://example.org/register",
        online_url="https://example.org/live",
        interpretation_fr=True,
        topics=[news_tree.climate],
    )
    html = client.get(event.url).content.decode()
    for text in (
        "JPAC public forum",  # the kind
        "March 10, 2027, 10 a.m.",  # 16:00 UTC, in Mexico City
        "1 p.m.",
        'title="America/Mexico_City">CST<',
        "Fiesta Americana, Mérida, Yucatán",
        "English, French, Spanish",
        "Upcoming",
        'href="https://example.org/register"',
        f'href="{event.url}ics/"',
        "Climate Change",
    ):
        assert text in html, text
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_a_past_event_offers_no_registration(client, news_tree):
    event = EventPageFactory(
        parent=news_tree.events,
        start=datetime.datetime(2020, 6, 25, 14, tzinfo=UTC),
        end=datetime.datetime(2020, 6, 25, 16, tzinfo=UTC),
        registration_url="https://example.org/register",
    )
    html = client.get(event.url).content.decode()
    assert "Past event" in html
    assert "https://example.org/register" not in html


# The .ics file ---------------------------------------------------------------------------


def read_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


@pytest.mark.django_db
def test_ics_is_a_valid_calendar_with_utc_times(client, news_tree):
    event = EventPageFactory(
        parent=news_tree.events,
        title="Council session 2027; Mérida, Yucatán",  # characters iCalendar escapes
        summary="Ministers meet in public. " * 12,  # long enough to be folded
        registration_url="https://example.org/register",
    )
    response = client.get(event.url + "ics/")
    calendar, vevent = read_calendar(response)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    assert vevent.decoded("DTSTART") == datetime.datetime(2027, 3, 10, 16, tzinfo=UTC)
    assert vevent.decoded("DTEND") == datetime.datetime(2027, 3, 10, 19, tzinfo=UTC)
    assert str(vevent["SUMMARY"]) == "Council session 2027; Mérida, Yucatán"
    assert str(vevent["LOCATION"]) == "Fiesta Americana, Mérida, Yucatán"
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert "https://example.org/register" in str(vevent["DESCRIPTION"])
    assert str(vevent["UID"]).startswith(str(event.translation_key))
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    # RFC 5545: CRLF line ends, lines of at most 75 octets, escaped separators.
    lines = response.content.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"SUMMARY:Council session 2027\\; M" in response.content
    assert response.content.endswith(b"END:VCALENDAR\r\n")


@pytest.mark.django_db
def test_ics_of_an_online_event(client, news_tree):
    event = EventPageFactory(
        parent=news_tree.events,
        kind="webinar",
        venue="",
        online_url="https://example.org/webinar",
        time_zone="America/Los_Angeles",
        start=datetime.datetime(2027, 7, 1, 17, tzinfo=UTC),  # 10:00 PDT
        end=datetime.datetime(2027, 7, 1, 18, tzinfo=UTC),
    )
    _calendar, vevent = read_calendar(client.get(event.url + "ics/"))
    assert str(vevent["LOCATION"]) == "https://example.org/webinar"
    assert vevent.decoded("DTSTART") == datetime.datetime(2027, 7, 1, 17, tzinfo=UTC)


@pytest.mark.django_db
def test_ics_of_an_event_the_public_may_not_see_is_not_served(client, news_tree):
    draft = EventPageFactory(parent=news_tree.events)
    assert client.get(draft.url + "ics/").status_code == 200
    draft.unpublish()
    assert client.get(f"{news_tree.events.url}{draft.slug}/ics/").status_code == 404
    private = EventPageFactory(parent=news_tree.events, title="Closed-door session")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(private.url + "ics/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert b"BEGIN:VCALENDAR" not in response.content
    assert client.get(private.url + "ics/extra/").status_code == 404
