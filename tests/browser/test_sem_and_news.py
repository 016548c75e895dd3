"""The SEM registry and News & Events in Chromium, as visitors use them.

Every page type of the two sections (the registry, its "past target" list, a submission, the
news and events listings, a news item, an event), in English, French and Spanish, at 320, 375
and 1280 px: one page load each for axe-core (WCAG 2.1 A/AA), sideways scrolling and the
order of headings. Then what only a browser shows: the registry's filters without
JavaScript, a hostile filter value, an event's .ics download, and the home page's spotlight
leading to a dated news item and event.
"""

import datetime
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.browser.conftest import axe_violations, screenshot, sideways_overflow

# django_db: so that pytest-django makes the test database these tests' live server uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ("en", "fr", "es")
WIDTHS = (320, 375, 1280)
HOSTILE = '<script>alert("hostile")</script>'
IDENTIFIER = re.compile(r"SEM-\d{2}-\d{3}")

# Every heading in document order, as a screen reader lists them: [level, text].
HEADINGS = """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(
    (heading) => [Number(heading.tagName[1]), heading.textContent.trim().slice(0, 50)]
)"""

# Each stage of a submission's timeline: [its heading, the datetime of its date].
STAGES = """(timeline) => [...timeline.children].map((stage) => [
    stage.querySelector("h3")?.textContent.trim(),
    stage.querySelector("time")?.getAttribute("datetime"),
])"""

# Opens a listing's folded filter panel as a visitor's tap would; says whether there was one.
OPEN_FILTERS = """() => {
    const panels = document.querySelectorAll("details[data-filter-panel]:not([open])");
    panels.forEach((panel) => { panel.open = true; });
    return panels.length > 0;
}"""

# The cards of the home page's In the Spotlight: where each leads, its kind and its date.
SPOTLIGHT_CARDS = """() => [
    ...document.querySelectorAll('[aria-labelledby="spotlight-heading"] .card')
].map((card) => ({
    href: card.querySelector(".card__link").getAttribute("href"),
    kind: card.querySelector(".card__meta .tag")?.textContent.trim(),
    datetime: card.querySelector(".card__meta time")?.getAttribute("datetime"),
    date: card.querySelector(".card__meta time")?.textContent.trim(),
}))"""


def in_language(page, language):
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code=language))


def english(model, **filters):
    return model.objects.live().filter(locale__language_code="en", **filters)


def chosen_submission():
    """The open submission with the longest timeline (its deadline shows too), the longest
    title breaking ties: the likeliest to push a layout sideways."""
    from sem.models import SubmissionPage

    return max(
        english(SubmissionPage, status="open"),
        key=lambda page: (page.stages.count(), len(page.title)),
    )


def chosen_event():
    """The upcoming event with the longest title: it shows its registration buttons."""
    from django.utils import timezone

    from news.models import EventPage

    return max(
        english(EventPage, end__gte=timezone.now()), key=lambda page: (len(page.title), page.pk)
    )


def section_addresses(language):
    """{page type: path} of every page type of the SEM registry and News & Events."""
    from news.models import EventIndexPage, NewsIndexPage, NewsPage
    from sem.models import SubmissionIndexPage

    registry = in_language(english(SubmissionIndexPage).get(), language)
    news = english(NewsPage)
    seeds = {
        "sem-submission": chosen_submission(),
        "news-index": english(NewsIndexPage).get(),
        "news-item": max(news, key=lambda page: (len(page.title), page.pk)),
        "events-index": english(EventIndexPage).get(),
        "event": chosen_event(),
    }
    return {
        "sem-registry": registry.url,
        "sem-past-target": registry.url + registry.reverse_subpage("past_target_view"),
        **{name: in_language(seed, language).url for name, seed in seeds.items()},
    }


def heading_problems(tab):
    """What is wrong with the page's outline: one h1 first, and no level skipped going down."""
    headings = tab.evaluate(HEADINGS)
    levels = [level for level, _text in headings]
    problems = []
    if levels[:1] != [1] or levels.count(1) != 1:
        problems.append(f"one h1, first, expected: {headings}")
    for (before, _text), (level, text) in zip(headings, headings[1:], strict=False):
        if level > before + 1:
            problems.append(f"h{before} then h{level} “{text}”")
    return problems


def timeline_problems(tab, submission, language):
    """The timeline is in view and lists each stage, with its date, in the editors' order."""
    from django.utils import translation

    timeline = tab.locator('ol[aria-labelledby="timeline-heading"]')
    if not (tab.locator("#timeline-heading").is_visible() and timeline.is_visible()):
        return ["the timeline is not visible"]
    shown = timeline.evaluate(STAGES)
    with translation.override(language):
        expected = [[str(stage.label), stage.date.isoformat()] for stage in submission.stages.all()]
    return [] if shown == expected else [f"timeline {shown}, expected {expected}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_is_axe_clean_and_fits_every_width(demo_site, page_at, language):
    addresses = section_addresses(language)
    submission = in_language(chosen_submission(), language)
    problems = []
    for width in WIDTHS:
        tab = page_at(width, height=800)
        for name, path in addresses.items():
            response = tab.goto(demo_site.url + path)
            found = [] if response.status == 200 else [f"status {response.status}"]
            if tab.locator("html").get_attribute("lang") != language:
                found.append("not in its language")
            found += heading_problems(tab)
            if overflow := sideways_overflow(tab):
                found.append(f"scrolls sideways: {overflow}")
            # A phone folds a listing's filters: axe skips what is hidden, so open them.
            if tab.evaluate(OPEN_FILTERS) and (overflow := sideways_overflow(tab)):
                found.append(f"scrolls sideways with its filters open: {overflow}")
            found += axe_violations(tab)
            if name == "sem-submission":
                found += timeline_problems(tab, submission, language)
            if found:
                screenshot(tab, f"{name}-{language}-{width}")
                problems += [f"{name} [{language}] at {width} px ({path}): {f}" for f in found]
    assert problems == [], "\n".join(problems)


def test_registry_filters_work_without_javascript(demo_site, page_at):
    from cec_site.core.visibility import public
    from sem.models import SubmissionIndexPage, SubmissionPage

    registry = english(SubmissionIndexPage).get()
    submissions = public(SubmissionPage.objects.filter(locale__language_code="en"))
    expected = set(
        submissions.filter(party="mx", status="open").values_list("identifier", flat=True)
    )
    assert 0 < len(expected) < submissions.count()

    tab = page_at(375, javascript=False)
    tab.goto(demo_site.url + registry.url)
    assert tab.get_by_role("status").inner_text() == f"{submissions.count()} results"
    tab.locator("summary.filter-panel__toggle").click()  # folded on a phone
    tab.select_option("#id_party", label="Mexico")
    tab.select_option("#id_status", label="Open")
    tab.get_by_role("button", name="Apply").click()

    query = parse_qs(urlsplit(tab.url).query)
    assert query["party"] == ["mx"]
    assert query["status"] == ["open"]
    cards = tab.locator(".card").all_inner_texts()
    assert {IDENTIFIER.search(card).group() for card in cards} == expected
    assert len(cards) == len(expected)
    assert tab.get_by_role("status").inner_text() == f"{len(expected)} results"
    # The form says which filters are in use, and keeps them for the next change.
    assert tab.locator("#id_party").input_value() == "mx"
    assert tab.get_by_role("link", name="Clear filters").is_visible()

    identifier = sorted(expected)[0]
    tab.fill("#id_q", identifier)
    tab.get_by_role("button", name="Apply").click()
    assert parse_qs(urlsplit(tab.url).query)["q"] == [identifier]
    cards = tab.locator(".card").all_inner_texts()
    assert len(cards) == 1
    assert identifier in cards[0]


def test_a_hostile_filter_value_gets_a_clear_400_page(demo_site, page_at):
    """Each listing of the two sections: the value is refused by its field, with a message,
    never run nor shown back, and the list is still there, unfiltered."""
    from news.models import EventIndexPage, NewsIndexPage
    from sem.models import SubmissionIndexPage

    for model, field in (
        (SubmissionIndexPage, "party"),
        (NewsIndexPage, "kind"),
        (EventIndexPage, "when"),
    ):
        listing = english(model).get()
        tab = page_at(375)
        dialogs = []
        tab.on("dialog", lambda dialog, seen=dialogs: (seen.append(dialog), dialog.dismiss()))
        tab.goto(demo_site.url + listing.url)
        unfiltered = tab.get_by_role("status").inner_text()

        response = tab.goto(demo_site.url + listing.url + "?" + urlencode({field: HOSTILE}))
        assert response.status == 400, listing.url
        assert "see the message under each" in tab.get_by_role("alert").inner_text()
        control = tab.locator(f"#id_{field}")
        assert control.is_visible(), "the filters open by themselves to show the message"
        assert control.get_attribute("aria-invalid") == "true"
        error = tab.locator(f"#id_{field}-error")
        assert error.inner_text() == "Choose one of the options in the list."
        assert control.get_attribute("aria-describedby") == f"id_{field}-error"
        assert tab.get_by_role("status").inner_text() == unfiltered
        assert HOSTILE not in tab.content()
        assert dialogs == []
        assert sideways_overflow(tab) is None
        assert axe_violations(tab) == []


def test_an_events_ics_link_downloads_its_calendar_file(demo_site, page_at):
    import icalendar

    tab = page_at(1280)
    for language in LANGUAGES:
        event = in_language(chosen_event(), language)
        tab.goto(demo_site.url + event.url)
        with tab.expect_download(timeout=10_000) as download_info:
            tab.get_by_role("link", name=re.compile(r"\(\.ics\)")).click()
        download = download_info.value
        assert download.suggested_filename == f"{event.slug}.ics"
        # The download itself carries no headers: the same address asked again does.
        response = tab.request.get(download.url)
        assert response.headers["content-type"].startswith("text/calendar")

        calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
        (vevent,) = calendar.walk("VEVENT")
        assert str(vevent["SUMMARY"]) == event.title == tab.locator("h1").inner_text()
        assert vevent.decoded("DTSTART") == event.start
        assert vevent.decoded("DTEND") == event.end
        # The same instants as the page shows, in the event's own time zone.
        start, end = tab.locator(".facts time").all()
        assert datetime.datetime.fromisoformat(start.get_attribute("datetime")) == event.start
        assert datetime.datetime.fromisoformat(end.get_attribute("datetime")) == event.end


def test_home_spotlight_shows_dated_news_and_events_that_lead_to_their_pages(demo_site, page_at):
    from cec_site.home.models import HomePage
    from news.models import EventIndexPage, NewsIndexPage

    tab = page_at(1280)
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        sections = {
            "news": in_language(english(NewsIndexPage).get(), language).url,
            "event": in_language(english(EventIndexPage).get(), language).url,
        }
        tab.goto(demo_site.url + home.url)
        cards = {}
        for card in tab.evaluate(SPOTLIGHT_CARDS):
            for section, index_url in sections.items():
                if card["href"].startswith(index_url):
                    cards.setdefault(section, card)
        assert set(cards) == {"news", "event"}, f"{language}: {cards}"

        for section, card in cards.items():
            assert card["kind"], f"{section} [{language}]: no kind on its card"
            assert card["datetime"], f"{section} [{language}]: no date on its card"
            datetime.date.fromisoformat(card["datetime"])  # a date, not any text
            tab.goto(demo_site.url + home.url)
            tab.locator(f'.card__link[href="{card["href"]}"]').click()
            tab.wait_for_url(demo_site.url + card["href"])
            assert tab.locator("html").get_attribute("lang") == language
            facts = tab.locator(".detail__aside .facts")
            assert card["kind"] in facts.inner_text(), f"{section} [{language}]"
            # The news item's date, or the event's start, as the card said.
            shown = facts.locator("time").first
            assert shown.get_attribute("datetime").startswith(card["datetime"])
            assert shown.inner_text().startswith(card["date"])
