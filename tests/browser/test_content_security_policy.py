"""Chromium enforces the strict Content-Security-Policy, and nothing on the site breaks it."""

import pytest

# django_db: so that pytest-django makes the test database these tests' live server uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = [
    "/",
    "/projects/?topic=climate-change",
    "/publications/",
    "/publications/submissions-on-enforcement-matters-what-have-we-learned/",
    "/publications/top-50/",
    "/our-impact/",
    "/topics/enforcement/",
    "/search/?q=marine",
    "/fr/",
    "/no-such-page/",
]


def watch_for_violations(page):
    """Every CSP violation the browser reports, as the page sees it (securitypolicyviolation)."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on("pageerror", lambda error: violations.append(str(error)))
    return violations


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_break_no_rule_of_the_policy(demo_site, page_at, path):
    page = page_at(1280)
    violations = watch_for_violations(page)
    missing = []  # the site's own CSS, script and icons must load for the policy to be tested
    page.on(
        "response",
        lambda r: missing.append(r.url) if r.status >= 400 and "/static/" in r.url else None,
    )
    response = page.goto(demo_site.url + path)
    page.wait_for_load_state("networkidle")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.locator("h1").count() == 1
    assert violations == []
    assert missing == []


def test_the_filters_still_submit_themselves(demo_site, page_at):
    """site.js (a same-origin file) runs under the policy: choosing a filter applies it."""
    page = page_at(1280)
    violations = watch_for_violations(page)
    page.goto(demo_site.url + "/projects/")
    with page.expect_navigation():
        page.select_option("#id_status", "completed")
    assert "status=completed" in page.url
    assert violations == []


def test_an_inline_script_would_be_blocked(demo_site, page_at):
    """The policy is really enforced: code injected into a page cannot run."""
    page = page_at(1280)
    violations = watch_for_violations(page)
    page.goto(demo_site.url + "/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected") is None
    assert any("script-src" in violation for violation in violations)
