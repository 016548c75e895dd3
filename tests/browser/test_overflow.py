"""Every page type, in English, French and Spanish, holds on a phone: no sideways scrolling.

A page overflows when the document is wider than the window
(`document.documentElement.scrollWidth > window.innerWidth`): the visitor has to scroll
sideways to read it. The sweep opens one page of every type in every language at 320 and
375 px and lists every page that overflows, with the element that sticks out the most. The
pages of the SEM registry and of News & Events are swept in test_sem_and_news.py, with their
accessibility checks in the same page load.
"""

import pytest

from tests.browser.conftest import sideways_overflow

# django_db: so that pytest-django makes the test database these tests' live server uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ("en", "fr", "es")
WIDTHS = (320, 375)


def page_addresses():
    """{(page type, language): path} for every page type of the demo site."""
    from django.urls import reverse
    from django.utils import translation

    from wagtail.models import Locale

    from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage
    from cec_site.home.models import HomePage
    from impact.models import ImpactIndexPage, ImpactStoryPage
    from projects.models import ProjectIndexPage, ProjectPage
    from publications.models import PublicationIndexPage, PublicationPage

    def longest_title(model):
        # The page whose title is longest: the likeliest to push a layout sideways.
        pages = model.objects.live().filter(locale__language_code="en")
        return max(pages, key=lambda page: len(page.title))

    seeds = {
        "home": HomePage.objects.get(locale__language_code="en"),
        "topic-index": TopicIndexPage.objects.live().get(locale__language_code="en"),
        "topic": TopicPage.objects.live().get(locale__language_code="en", slug="enforcement"),
        "project-index": ProjectIndexPage.objects.live().get(locale__language_code="en"),
        "project": longest_title(ProjectPage),
        "publication-index": PublicationIndexPage.objects.live().get(locale__language_code="en"),
        "publication": PublicationPage.objects.live().get(
            locale__language_code="en",
            slug="submissions-on-enforcement-matters-what-have-we-learned",
        ),
        "impact-index": ImpactIndexPage.objects.live().get(locale__language_code="en"),
        "impact-story": longest_title(ImpactStoryPage),
        "standard": StandardPage.objects.live().get(locale__language_code="en", slug="about"),
    }
    addresses = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for name, seed in seeds.items():
            page = seed.get_translation(locale)
            addresses[name, language] = page.url
        index = seeds["publication-index"].get_translation(locale)
        addresses["top-50", language] = index.url + index.reverse_subpage("top_50")
        with translation.override(language):
            search = reverse("search")
        addresses["search", language] = search + "?q=environmental+cooperation"
        prefix = "" if language == "en" else f"/{language}"
        addresses["not-found", language] = f"{prefix}/no-such-page/"
    return addresses


def test_no_page_scrolls_sideways_on_a_phone(demo_site, page_at):
    addresses = page_addresses()
    checked, overflowing = 0, []
    for width in WIDTHS:
        tab = page_at(width, height=800)
        for (name, language), path in addresses.items():
            tab.goto(demo_site.url + path)
            checked += 1
            if overflow := sideways_overflow(tab):
                overflowing.append(f"{name} [{language}] at {width} px ({path}): {overflow}")
    print(f"\noverflow sweep: {checked} pages checked, {len(overflowing)} overflowing")
    assert checked == len(addresses) * len(WIDTHS) == 78
    assert overflowing == [], "\n".join(overflowing)


@pytest.mark.parametrize("javascript", [True, False])
def test_a_listings_first_result_is_on_a_phones_first_screen(demo_site, page_at, javascript):
    """The filters fold behind their toggle on a phone; on a wide screen they stay in view."""
    for path in ("/publications/", "/fr/publications/", "/es/proyectos/"):
        phone = page_at(375, height=800, javascript=javascript)
        phone.goto(demo_site.url + path)
        assert not phone.locator("#id_topic").is_visible()
        top = phone.locator(".card").first.bounding_box()["y"]
        assert top < 800, f"{path}: the first result starts {top} px down"
        phone.locator("summary.filter-panel__toggle").click()
        assert phone.locator("#id_topic").is_visible()

        wide = page_at(1280, javascript=javascript)
        wide.goto(demo_site.url + path)
        assert wide.locator("#id_topic").is_visible()
        assert not wide.locator("summary.filter-panel__toggle").is_visible()
