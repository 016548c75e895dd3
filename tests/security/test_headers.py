"""Security headers on public pages (strict) and on the admin (looser where Wagtail needs it)."""

import re
from pathlib import Path

from django.test import override_settings

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def policy(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def home(client, home_page):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    return response


@pytest.mark.django_db
class TestPublicPages:
    def test_csp_is_strict(self, home):
        csp = policy(home)
        assert csp["default-src"] == ["'self'"]
        assert csp["script-src"] == ["'self'"]
        assert csp["style-src"] == ["'self'"]
        assert csp["img-src"] == ["'self'", "data:"]
        assert csp["base-uri"] == ["'self'"]
        assert csp["form-action"] == ["'self'"]
        assert "unsafe-inline" not in home["Content-Security-Policy"]
        assert "unsafe-eval" not in home["Content-Security-Policy"]
        assert "nonce-" not in home["Content-Security-Policy"], "cached pages carry no nonce"

    def test_csp_forbids_framing_and_plugins(self, home):
        csp = policy(home)
        assert csp["frame-ancestors"] == ["'none'"]
        assert csp["object-src"] == ["'none'"]

    def test_x_content_type_options(self, home):
        assert home["X-Content-Type-Options"] == "nosniff"

    def test_referrer_policy(self, home):
        assert home["Referrer-Policy"] == "strict-origin-when-cross-origin"

    def test_permissions_policy(self, home):
        features = dict(item.strip().split("=") for item in home["Permissions-Policy"].split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert features[feature] == "()", feature
        assert "browsing-topics" in features  # no ad-tracking cohorts

    def test_x_frame_options(self, home):
        assert home["X-Frame-Options"] == "DENY"

    def test_cross_origin_opener_policy(self, home):
        assert home["Cross-Origin-Opener-Policy"] == "same-origin"

    @override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
    def test_hsts_over_https(self, client, home_page):
        response = client.get("/", secure=True)
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")
        assert "includeSubDomains" in response["Strict-Transport-Security"]
        # Never over plain HTTP, where a man in the middle could strip or forge it.
        assert "Strict-Transport-Security" not in client.get("/")

    def test_error_pages_and_downloads_get_the_strict_policy_too(self, client, home_page):
        not_found = client.get("/no-such-page/")
        assert not_found.status_code == 404
        assert policy(not_found)["script-src"] == ["'self'"]
        assert policy(client.get("/robots.txt"))["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_a_page_replayed_from_the_page_cache_carries_every_header(client, home_page):
    first = client.get("/", secure=True)
    replayed = client.get("/", secure=True)
    assert (first["X-Cache"], replayed["X-Cache"]) == ("MISS", "HIT")
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert replayed[header] == first[header], header


@pytest.mark.django_db
class TestAdmin:
    def test_admin_gets_the_looser_policy_and_the_dashboard_works(self, client, home_page):
        from django.contrib.auth.models import Group, User

        editor = User.objects.create_user("editor", password="a long passphrase 42")
        editor.groups.add(Group.objects.get(name="Editors"))
        client.force_login(editor)
        response = client.get("/admin/")
        assert response.status_code == 200
        assert b"Dashboard" in response.content
        csp = policy(response)
        assert "'unsafe-inline'" in csp["script-src"]  # Wagtail's admin needs it
        assert csp["frame-ancestors"] == ["'self'"]  # the editor frames its own previews
        assert csp["object-src"] == ["'none'"]
        assert "'unsafe-eval'" not in csp["script-src"]

    def test_the_preview_may_be_framed_by_the_admin_only(self, admin_client, site_tree):
        from django.urls import reverse

        from wagtail.test.utils.form_data import nested_form_data, streamfield

        from cec_site.core.factories import StandardPageFactory

        page = StandardPageFactory(parent=site_tree.home, title="About the CEC", slug="about")
        form = nested_form_data(
            {
                "title": "About the CEC",
                "slug": "about",
                "introduction": "",
                "image": "",
                "image_alt": "",
                "image_caption": "",
                "body": streamfield([]),
            }
        )
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        assert admin_client.post(preview_url, data=form).json()["is_valid"]
        response = admin_client.get(preview_url)  # what the editor's preview panel frames
        assert response.status_code == 200
        assert b"About the CEC" in response.content
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert policy(response)["frame-ancestors"] == ["'self'"]

    def test_the_sign_in_page_is_not_frameable_by_other_sites(self, client, db):
        response = client.get("/admin/login/")
        assert response.status_code == 200
        assert policy(response)["frame-ancestors"] == ["'self'"]
        assert response["X-Frame-Options"] == "DENY"


# A strict style-src and script-src block inline code: the public templates must hold none.
INLINE_CODE = re.compile(
    r"<script\b(?![^>]*\b(?:src=|type=\"application/(?:ld\+)?json\"))[^>]*>"  # inline code
    r"|<style\b"  # a style element
    r"|\sstyle\s*="  # a style attribute
    r"|\son[a-z]+\s*="  # an event handler attribute
    r"|javascript:",
    re.IGNORECASE,
)


# Templates rendered inside the admin (reports, the sign-in lockout) are under its policy.
PUBLIC_TEMPLATES = [
    path
    for path in sorted(TEMPLATES.rglob("*.html"))
    if "admin" not in path.parts and path.parts[-2] != "security"
]


@pytest.mark.parametrize(
    "template", PUBLIC_TEMPLATES, ids=lambda path: str(path.relative_to(TEMPLATES))
)
def test_public_templates_hold_no_inline_script_or_style(template):
    assert INLINE_CODE.findall(template.read_text()) == []


def test_the_template_rule_catches_inline_code():
    for html in (
        "<script>alert(1)</script>",
        '<div style="color: red">',
        "<style>p {}</style>",
        '<button onclick="go()">',
        '<a href="javascript:go()">',
    ):
        assert INLINE_CODE.search(html), html
    assert not INLINE_CODE.search('<script src="/static/js/site.js" defer></script>')
    assert not INLINE_CODE.search('<script type="application/ld+json">{}</script>')  # data
    assert not INLINE_CODE.search('<meta name="robots" content="noindex">')
