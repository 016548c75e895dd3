import pytest

from tests.browser.conftest import axe_violations, screenshot

# django_db: so that pytest-django makes the test database these tests' live server uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_home_page_loads_and_shows_the_seed_sections(demo_site, page_at):
    page = page_at(1280)
    response = page.goto(demo_site.url + "/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == (
        "Three countries working together to protect our shared environment"
    )
    for heading in ("In the Spotlight", "Our Impact", "What We Do"):
        assert page.get_by_role("heading", name=heading, level=2).is_visible()


def test_skip_link_moves_focus_to_the_main_content(demo_site, page_at):
    page = page_at(1280)
    page.goto(demo_site.url + "/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert skip_link.is_visible(), "the skip link shows when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [375, 1280])
def test_home_page_is_axe_clean_at_each_width(demo_site, page_at, width):
    page = page_at(width)
    page.goto(demo_site.url + "/")
    page.wait_for_load_state("networkidle")
    screenshot(page, f"home-{width}")
    assert axe_violations(page) == []


def test_home_page_works_without_javascript(demo_site, page_at):
    page = page_at(375, javascript=False)
    page.goto(demo_site.url + "/")
    assert page.get_by_role("heading", name="In the Spotlight").is_visible()
    page.fill("#site-search-q", "atlas")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search/?q=atlas")
    assert page.get_by_role("heading", name="Search", level=1).is_visible()
