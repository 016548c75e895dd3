"""The demo's news and events (`load_demo_content --sections news events`): built in three
languages from the English home page, once."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale, Page

import pytest

from cec_site.core.factories import TopicIndexPageFactory, TopicPageFactory
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


@pytest.fixture
def three_homes(home_page, locales):
    """The English home page with two topics, and their French and Spanish editions."""
    topics = TopicIndexPageFactory(parent=home_page)
    english = [
        TopicPageFactory(parent=topics, title=title, slug=title.lower().replace(" ", "-"))
        for title in ("Enforcement", "Climate Change")
    ]
    for code in ("fr", "es"):
        for page in (home_page, topics, *english):
            translated = page.specific.copy_for_translation(locales[code])
            translated.title = f"{page.title} ({code})"
            translated.save_revision().publish()
    return home_page


def load(*options):
    call_command("load_demo_content", "--sections", "news", "events", *options, verbosity=0)


@pytest.mark.django_db
def test_demo_builds_fifteen_news_and_eight_events_in_three_languages(client, three_homes):
    load()
    now = timezone.now()
    for code in ("en", "fr", "es"):
        locale = Locale.objects.get(language_code=code)
        news = NewsPage.objects.live().filter(locale=locale)
        events = EventPage.objects.live().filter(locale=locale)
        assert news.count() == 15, code
        assert events.count() == 8, code
        assert events.filter(end__lt=now).exists() and events.filter(start__gt=now).exists()
        assert NewsIndexPage.objects.live().filter(locale=locale).count() == 1
        assert EventIndexPage.objects.live().filter(locale=locale).count() == 1
        assert len({page.kind for page in news}) >= 3
    # Each edition is a translation of the English page, in its own words and address.
    english = NewsPage.objects.get(locale__language_code="en", date=datetime.date(2026, 4, 14))
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert "marsouin" in french.title and french.slug != english.slug
    assert french.url.startswith("/fr/nouvelles/")
    assert [topic.title for topic in french.topics.all()] == ["Enforcement (fr)"]
    council = EventPage.objects.get(locale__language_code="es", title="Sesión del Consejo de 2027")
    assert council.time_zone == "America/Los_Angeles"
    assert council.start == datetime.datetime(2027, 6, 23, 16, 0, tzinfo=datetime.UTC)  # 9:00 PDT
    assert council.interpretation_languages == ["en", "fr", "es"]
    # The pages render in their language, and the Spanish event offers its calendar file.
    assert client.get(french.url).status_code == 200
    assert client.get(council.url + "ics/").status_code == 200
    assert "Sesión del Consejo de 2027" in client.get(council.get_parent().url).content.decode()


@pytest.mark.django_db
def test_the_sections_demos_build_once_a_second_run_changes_nothing(three_homes):
    load()
    english = NewsPage.objects.filter(locale__language_code="en")
    assert english.count() == 15
    assert EventPage.objects.filter(locale__language_code="en").count() == 8
    pages = Page.objects.count()
    revisions = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    load()
    assert Page.objects.count() == pages
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == revisions


@pytest.mark.django_db
def test_languages_whose_home_appears_later_get_their_editions(home_page, locales):
    load("--english-only")
    assert NewsPage.objects.count() == 15  # English only: no French or Spanish home yet
    french_home = home_page.copy_for_translation(locales["fr"])
    french_home.save_revision().publish()
    load()
    assert NewsPage.objects.filter(locale=locales["fr"]).count() == 15
    assert EventPage.objects.filter(locale=locales["fr"]).count() == 8
