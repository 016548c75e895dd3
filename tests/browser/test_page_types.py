"""Every page type in Chromium: axe-core finds no WCAG 2.1 A/AA violation, at 375 and 1280 px."""

import pytest

from tests.browser.conftest import axe_violations, screenshot

# django_db: so that pytest-django makes the test database these tests' live server uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "home": "/",
    "project-index": "/projects/",
    "project-index-filtered": "/projects/?topic=climate-change&status=active",
    "project": (
        "/projects/opportunities-for-circularity-in-the-north-american-electronics-sector-phase-1/"
    ),
    "publication-index": "/publications/?sort=title",
    "publication": "/publications/submissions-on-enforcement-matters-what-have-we-learned/",
    "impact-index": "/our-impact/",
    "impact-index-bad-filter": "/our-impact/?kind=nonsense",
    "topic-index": "/topics/",
    "topic": "/topics/enforcement/",
    "standard": "/about/",
    "search": "/search/?q=marine",
    "not-found": "/no-such-page/",
}


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_page_type_is_axe_clean(demo_site, page_at, name, width):
    page = page_at(width)
    page.goto(demo_site.url + PAGES[name])
    page.wait_for_load_state("networkidle")
    screenshot(page, f"{name}-{width}")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []


def test_story_pages_are_axe_clean(demo_site, page_at):
    """The first impact story, reached as a visitor would: from the listing."""
    page = page_at(1280)
    page.goto(demo_site.url + "/our-impact/")
    page.locator(".card__link").first.click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "impact-story-1280")
    assert page.get_by_role("heading", name="What changed").is_visible()
    assert axe_violations(page) == []


def test_home_cards_lead_to_their_pages(demo_site, page_at):
    page = page_at(1280)
    page.goto(demo_site.url + "/")
    page.get_by_role("link", name="Learn More").click()
    assert page.locator("h1").inner_text().startswith("Opportunities for Circularity")
    page.go_back()
    page.get_by_role("link", name="Read More").click()
    assert page.locator("h1").inner_text() == (
        "Submissions on Enforcement Matters: What Have We Learned?"
    )
    page.go_back()
    page.get_by_role("link", name="All Projects").click()
    assert page.locator("h1").inner_text() == "Projects"


def test_filters_work_without_javascript(demo_site, page_at):
    page = page_at(1280, javascript=False)
    page.goto(demo_site.url + "/projects/")
    total = page.locator(".card").count()
    page.select_option("#id_status", "completed")
    page.get_by_role("button", name="Apply filters").click()
    assert "status=completed" in page.url
    assert 0 < page.locator(".card").count() <= total
    assert page.get_by_role("status").inner_text().endswith("results")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_pages_are_axe_clean(demo_site, page_at, language):
    from publications.models import PublicationPage

    seed = PublicationPage.objects.get(
        locale__language_code="en", slug="submissions-on-enforcement-matters-what-have-we-learned"
    )
    edition = seed.get_translation(seed.locale.__class__.objects.get(language_code=language))
    for name, path in (("home", f"/{language}/"), ("publication", edition.url)):
        page = page_at(1280)
        page.goto(demo_site.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"{name}-{language}-1280")
        assert page.locator("html").get_attribute("lang") == language
        assert axe_violations(page) == []


def test_the_switcher_moves_between_translations_of_the_same_page(demo_site, page_at):
    page = page_at(1280)
    page.goto(demo_site.url + PAGES["publication"])
    page.locator('.language-switcher a[lang="fr"]').click()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Communications sur les questions d" in page.locator("h1").inner_text()
    page.locator('.language-switcher a[lang="es"]').click()
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.url.startswith(demo_site.url + "/es/publicaciones/")
    page.locator('.language-switcher a[lang="en"]').click()
    assert page.url == demo_site.url + PAGES["publication"]
