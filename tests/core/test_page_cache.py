"""Whole pages cached for anonymous visitors (cec_site/core/page_cache.py).

A second anonymous visit costs no SQL; anything an editor changes shows at once; editors,
previews, forms and downloads are never served from (or put into) the cache.
"""

import time
import uuid

from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path, reverse

from wagtail.models import PageViewRestriction

import pytest
import redis
import time_machine

from cec_site.core import page_cache
from cec_site.core.cache import VERSION_KEY
from cec_site.core.factories import StandardPageFactory
from cec_site.core.models import SiteSettings
from cec_site.home.factories import PdfDocumentFactory, SpotlightItemFactory
from cec_site.home.models import SpotlightItem
from cec_site.settings.base import REDIS_CACHE_BACKEND, REDIS_CACHE_OPTIONS
from projects.factories import ProjectPageFactory
from publications import ranking
from publications.factories import DocumentTypeFactory, PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.home.test_home_page import home_form_data

pytestmark = pytest.mark.django_db
# For the tests that move the clock (time_machine) past an entry's lifetime: Redis keeps its
# own time, so with REDIS_URL set they use a cache that reads Python's clock.
PYTHON_CLOCK_CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
REDIS_TEST_URL = "redis://127.0.0.1:6379/13"  # a database number only these tests use


def visit(client, url, **kwargs):
    response = client.get(url, **kwargs)
    return response, response.content.decode()


def assert_hit(client, url, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response["X-Cache"] == "HIT", url
    return response


@pytest.fixture
def trilingual_site(site_tree, locales):
    """The home page, the publications listing and one publication in en, fr and es."""
    publication = PublicationPageFactory(
        parent=site_tree.publications, title="Enforcement matters", topics=[site_tree.climate]
    )
    pages = {"home": {"en": site_tree.home}, "publication": {"en": publication}}
    pages["publications"] = {"en": site_tree.publications}
    for code in ("fr", "es"):
        for name in ("home", "publications", "publication"):
            translated = pages[name]["en"].specific.copy_for_translation(locales[code])
            translated.title = f"{pages[name]['en'].title} [{code}]"
            translated.save_revision().publish()
            pages[name][code] = translated
    return pages


# A hit: no SQL, same page ----------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("name", ["home", "publications", "publication"])
def test_a_second_anonymous_visit_is_served_from_the_cache_without_sql(
    client, trilingual_site, name, language, django_assert_num_queries
):
    url = trilingual_site[name][language].url
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    second = assert_hit(client, url, django_assert_num_queries)
    assert second.status_code == 200
    assert second.content == first.content
    assert f'<html lang="{language}">' in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]
    assert int(second["Age"]) >= 0


def test_each_language_keeps_its_own_copy(client, trilingual_site):
    for language in ("en", "fr", "es"):
        client.get(trilingual_site["home"][language].url)  # all three cached
    pages = {
        language: client.get(trilingual_site["home"][language].url)
        for language in ("en", "fr", "es")
    }
    assert {response["X-Cache"] for response in pages.values()} == {"HIT"}
    for language, response in pages.items():
        assert f'<html lang="{language}">' in response.content.decode()
    assert len({response.content for response in pages.values()}) == 3


def test_head_is_answered_from_the_cache_and_never_fills_it(
    client, site_tree, django_assert_num_queries
):
    assert client.head("/").headers["X-Cache"] == "MISS"
    assert client.get("/")["X-Cache"] == "MISS", "a HEAD request does not fill the cache"
    body = client.get("/").content
    with django_assert_num_queries(0):
        head = client.head("/")
    assert head["X-Cache"] == "HIT"
    assert head.content == b""
    assert int(head["Content-Length"]) == len(body)
    assert head["Cache-Control"] == "public, max-age=60"


# Changes show at once ----------------------------------------------------------------------


def test_publishing_the_featured_publication_changes_the_home_page_at_once(client, site_tree):
    chosen = PublicationPageFactory(parent=site_tree.publications, title="The chosen report")
    other = PublicationPageFactory(parent=site_tree.publications, title="Another report")
    home = site_tree.home
    home.featured_publication = chosen
    home.save_revision().publish()
    _, html = visit(client, "/")
    assert "The chosen report" in html
    assert client.get("/")["X-Cache"] == "HIT"

    chosen.title = "The chosen report, second edition"
    chosen.save_revision().publish()
    response, html = visit(client, "/")
    assert response["X-Cache"] == "MISS"
    assert "The chosen report, second edition" in html

    home.featured_publication = other
    home.save_revision().publish()
    _, html = visit(client, "/")
    assert "Another report" in html
    assert "The chosen report, second edition" not in html


def test_a_new_spotlight_item_shows_at_once(client, site_tree):
    home = site_tree.home
    assert "Mapping North America" not in visit(client, "/")[1]
    home.spotlight_items.add(
        SpotlightItem(title="Mapping North America", link_url="https://example.org/atlas/")
    )
    home.save_revision().publish()  # what the admin does
    assert "Mapping North America" in visit(client, "/")[1]

    SpotlightItemFactory(home_page=home, title="Written in code")  # a script or a shell
    assert "Written in code" in visit(client, "/")[1]


def test_changing_the_site_settings_changes_every_page_at_once(client, site_tree):
    assert "info@cec.org" not in visit(client, "/")[1]
    assert client.get(site_tree.projects.url)["X-Cache"] == "MISS"
    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.contact_email = "info@cec.org"
    site_settings.save()
    assert "info@cec.org" in visit(client, "/")[1]
    assert "info@cec.org" in visit(client, site_tree.projects.url)[1]


def test_unpublishing_moving_and_deleting_show_at_once(client, site_tree):
    publication = PublicationPageFactory(parent=site_tree.publications, title="Soon withdrawn")
    url = publication.url
    assert client.get(url).status_code == 200
    assert "Soon withdrawn" in visit(client, site_tree.publications.url)[1]
    publication.unpublish()
    assert client.get(url).status_code == 404
    assert "Soon withdrawn" not in visit(client, site_tree.publications.url)[1]

    about = StandardPageFactory(parent=site_tree.home, title="About us", slug="about")
    who = StandardPageFactory(parent=site_tree.home, title="Who we are", slug="who-we-are")
    assert client.get("/about/").status_code == 200
    assert client.get("/who-we-are/about/").status_code == 404  # a 404 is cached too
    about.move(who, pos="last-child")
    moved = client.get("/about/")  # Wagtail made a redirect from the old address
    assert (moved.status_code, moved["Location"]) == (301, "/who-we-are/about/")
    assert client.get("/who-we-are/about/").status_code == 200

    project = ProjectPageFactory(parent=site_tree.projects, title="Short-lived project")
    assert "Short-lived project" in visit(client, site_tree.projects.url)[1]
    project.delete()
    assert "Short-lived project" not in visit(client, site_tree.projects.url)[1]


def test_a_page_made_private_leaves_the_cache_at_once(client, site_tree):
    about = StandardPageFactory(parent=site_tree.home, title="Internal notes", slug="notes")
    assert "Internal notes" in visit(client, "/notes/")[1]
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    response, html = visit(client, "/notes/")
    assert response["X-Cache"] == "MISS"
    assert 'name="password"' in html  # the password form, not the cached page
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert client.get("/notes/")["X-Cache"] == "MISS", "the password form is never cached"


def test_a_snippet_change_shows_at_once(client, site_tree):
    kind = DocumentTypeFactory(name="Report", slug="report")
    publication = PublicationPageFactory(parent=site_tree.publications, document_type=kind)
    assert "<dd>Report</dd>" in visit(client, publication.url)[1]
    kind.name = "Technical report"
    kind.save()
    assert "<dd>Technical report</dd>" in visit(client, publication.url)[1]


def test_content_written_in_code_shows_at_once(client, site_tree):
    """A live page saved outside the admin (a script, an import, a factory) is live at once."""
    assert "Written by a script" not in visit(client, site_tree.projects.url)[1]
    ProjectPageFactory(parent=site_tree.projects, title="Written by a script")
    assert "Written by a script" in visit(client, site_tree.projects.url)[1]


def test_drafts_and_downloads_leave_cached_pages_alone(client, site_tree):
    publication = PublicationPageFactory(parent=site_tree.publications, title="Published title")
    client.get(publication.url)
    publication.title = "A draft title"
    publication.save_revision()  # saved, not published
    PublicationDownloadDay.objects.create(publication=publication, day="2026-01-01", count=3)
    response, html = visit(client, publication.url)
    assert response["X-Cache"] == "HIT"
    assert "Published title" in html


def test_ranks_on_cached_pages_are_at_most_one_ranking_refresh_behind(client, site_tree, settings):
    settings.CACHES = PYTHON_CLOCK_CACHES
    assert settings.PAGE_CACHE_SECONDS <= ranking.REFRESH_SECONDS
    first = PublicationPageFactory(parent=site_tree.publications, title="First")
    second = PublicationPageFactory(parent=site_tree.publications, title="Second")
    PublicationDownloadDay.objects.create(publication=first, day="2026-01-01", count=5)
    assert "# 01 in Top Publications" in visit(client, first.url)[1]

    PublicationDownloadDay.objects.create(publication=second, day="2026-01-01", count=50)
    call_command("refresh_rankings", verbosity=0)
    assert "# 01 in Top Publications" in visit(client, first.url)[1]  # the cached copy
    with time_machine.travel(time.time() + settings.PAGE_CACHE_SECONDS + 1):
        response, html = visit(client, first.url)
    assert response["X-Cache"] == "MISS"
    assert "# 02 in Top Publications" in html


# Never cached ------------------------------------------------------------------------------


def test_an_editor_never_gets_a_cached_page_and_never_fills_the_cache(
    client, admin_client, site_tree
):
    response, html = visit(admin_client, "/")
    assert response["X-Cache"] == "BYPASS"
    assert response["Cache-Control"] == "private, no-cache"
    assert "wagtail-userbar" in html
    anonymous, anonymous_html = visit(client, "/")
    assert anonymous["X-Cache"] == "MISS", "the editor's visit did not fill the cache"
    assert "wagtail-userbar" not in anonymous_html
    assert client.get("/")["X-Cache"] == "HIT"
    response, html = visit(admin_client, "/")
    assert response["X-Cache"] == "BYPASS"
    assert "wagtail-userbar" in html


def test_an_admin_preview_is_never_cached_nor_served_from_the_cache(
    client, admin_client, site_tree
):
    home = site_tree.home
    assert "Three countries" in visit(client, "/")[1]  # the published page, now cached
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(home.pk,))
    form = home_form_data(title=home.title, slug=home.slug, tagline="A draft tagline")
    assert admin_client.post(preview_url, form).json()["is_valid"]
    preview = admin_client.get(preview_url)
    assert "A draft tagline" in preview.content.decode()
    assert "private" in preview["Cache-Control"]
    response, html = visit(client, "/")
    assert response["X-Cache"] == "HIT"
    assert "A draft tagline" not in html


def test_a_preview_request_without_cookies_neither_reads_nor_fills_the_cache(client, site_tree):
    """Wagtail renders previews through the whole middleware, at the page's own address."""
    home = site_tree.home
    home.tagline = "A draft tagline"
    home.save_revision()
    draft = home.get_latest_revision_as_object()
    assert "A draft tagline" in draft.make_preview_request().content.decode()  # cache empty
    response, html = visit(client, "/")
    assert response["X-Cache"] == "MISS"
    assert "A draft tagline" not in html
    assert "A draft tagline" in draft.make_preview_request().content.decode()  # cache full


def test_post_is_neither_cached_nor_answered_from_the_cache(client, site_tree):
    client.get("/")
    response = client.post("/", {"anything": "1"})
    assert response["X-Cache"] == "BYPASS"
    assert response["Cache-Control"] == "private, no-cache"
    cache.clear()
    client.post("/", {"anything": "1"})
    assert client.get("/")["X-Cache"] == "MISS"


def test_a_visitor_with_messages_waiting_is_not_served_from_the_cache(client, site_tree):
    client.get("/")
    client.cookies["messages"] = "anything"
    assert client.get("/")["X-Cache"] == "BYPASS"


def test_counted_downloads_never_touch_the_cache(client, site_tree):
    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    for address in ("192.0.2.1", "192.0.2.2"):
        response = client.get(
            publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address
        )
        assert response.status_code == 200
        assert "X-Cache" not in response
        b"".join(response.streaming_content)
    assert PublicationDownloadDay.objects.get(publication=publication).count == 2


def test_admin_and_documents_are_left_alone(client, admin_client, site_tree):
    assert "X-Cache" not in admin_client.get("/admin/")
    assert "X-Cache" not in client.get("/admin/login/")


# Query strings, errors and headers -----------------------------------------------------------


def test_listing_filters_are_separate_entries(client, site_tree, django_assert_num_queries):
    report = DocumentTypeFactory(name="Report", slug="report")
    fact_sheet = DocumentTypeFactory(name="Fact sheet", slug="fact-sheet")
    PublicationPageFactory(
        parent=site_tree.publications, title="A long report", document_type=report
    )
    PublicationPageFactory(
        parent=site_tree.publications, title="A short sheet", document_type=fact_sheet
    )
    base = site_tree.publications.url
    urls = [base, base + "?type=report", base + "?type=fact-sheet"]
    first = {url: client.get(url) for url in urls}
    assert {response["X-Cache"] for response in first.values()} == {"MISS"}
    for url in urls:
        assert assert_hit(client, url, django_assert_num_queries).content == first[url].content
    assert "A short sheet" not in first[base + "?type=report"].content.decode()
    assert "A long report" not in first[base + "?type=fact-sheet"].content.decode()


def test_invalid_filters_and_missing_pages_are_cached_briefly(client, site_tree, settings):
    settings.CACHES = PYTHON_CLOCK_CACHES
    client.get("/")
    bad = site_tree.projects.url + "?status=archived"
    response = client.get(bad)
    assert response.status_code == 400
    assert response["Cache-Control"] == f"public, max-age={settings.PAGE_CACHE_ERROR_SECONDS}"
    assert client.get(bad)["X-Cache"] == "HIT"
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/no-such-page/")["X-Cache"] == "HIT"
    later = time.time() + settings.PAGE_CACHE_ERROR_SECONDS + 1
    with time_machine.travel(later):
        assert client.get(bad)["X-Cache"] == "MISS"
        assert client.get("/no-such-page/")["X-Cache"] == "MISS"
        assert client.get("/")["X-Cache"] == "HIT", "pages live longer than errors"
    with time_machine.travel(later + settings.PAGE_CACHE_SECONDS):
        assert client.get("/")["X-Cache"] == "MISS", "pages expire after PAGE_CACHE_SECONDS"


def test_cache_control_for_the_public_is_short_and_configurable(client, site_tree, settings):
    assert client.get("/")["Cache-Control"] == "public, max-age=60"
    assert client.get("/")["Cache-Control"] == "public, max-age=60", "the same on a hit"
    settings.PAGE_CACHE_MAX_AGE = 300
    cache.clear()
    assert client.get(site_tree.projects.url)["Cache-Control"] == "public, max-age=300"


def test_the_page_cache_can_be_turned_off(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    response = client.get("/")
    assert "X-Cache" not in response
    assert response.status_code == 200


# What a response must be to be kept (a few views of their own) ----------------------------


def view_setting_a_cookie(request):
    response = HttpResponse("Welcome")
    response.set_cookie("seen", "yes")
    return response


def view_varying_on_accept(request):
    response = HttpResponse(
        "<p>Some HTML</p>" if "html" in request.headers.get("Accept", "") else "{}"
    )
    response["Vary"] = "Accept"
    return response


def view_marked_private(request):
    response = HttpResponse("For you only")
    response["Cache-Control"] = "private"
    return response


def view_failing(request):
    return HttpResponse("Trouble", status=503)


renders = []


def view_slow(request):
    """A page that takes a while to render, counting its renders."""
    renders.append(request.path)
    time.sleep(0.4)
    return HttpResponse(f"Rendered {len(renders)}")


def view_slow_private(request):
    response = view_slow(request)
    response["Cache-Control"] = "private"
    return response


urlpatterns = [
    path("slow/", view_slow),
    path("slow-private/", view_slow_private),
    path("cookie/", view_setting_a_cookie),
    path("accept/", view_varying_on_accept),
    path("private/", view_marked_private),
    path("failing/", view_failing),
]


def get_together(url, visitors=4):
    """`visitors` anonymous GETs of `url` at the same moment, each in its own thread."""
    from concurrent.futures import ThreadPoolExecutor

    from django.test import Client

    renders.clear()
    with ThreadPoolExecutor(visitors) as pool:
        return list(pool.map(lambda _n: Client().get(url), range(visitors)))


@pytest.mark.urls(__name__)
def test_visitors_missing_one_page_together_wait_for_a_single_render():
    """After a publish every page is stale at once: one render per address, not one each."""
    responses = get_together("/slow/")
    assert renders == ["/slow/"]
    assert {response.status_code for response in responses} == {200}
    assert {response.content for response in responses} == {b"Rendered 1"}
    assert sorted(response["X-Cache"] for response in responses) == ["HIT", "HIT", "HIT", "MISS"]


@pytest.mark.urls(__name__)
def test_a_render_that_cannot_be_shared_lets_each_visitor_render_their_own():
    started = time.monotonic()
    responses = get_together("/slow-private/")
    assert len(renders) == 4
    assert {response["X-Cache"] for response in responses} == {"MISS"}
    # Waiting ends with the first render, not after page_cache.RENDER_WAIT_SECONDS.
    assert time.monotonic() - started < page_cache.RENDER_WAIT_SECONDS


@pytest.mark.urls(__name__)
def test_a_response_setting_a_cookie_is_not_cached(client):
    for _ in range(2):
        response = client.get("/cookie/")
        assert response["X-Cache"] == "MISS"
        assert response.cookies["seen"].value == "yes"
        assert response["Cache-Control"] == "private, no-cache"


@pytest.mark.urls(__name__)
def test_a_response_varying_on_other_headers_is_not_cached(client):
    assert client.get("/accept/", HTTP_ACCEPT="text/html").content == b"<p>Some HTML</p>"
    response = client.get("/accept/", HTTP_ACCEPT="application/json")
    assert response["X-Cache"] == "MISS"
    assert response.content == b"{}"


@pytest.mark.urls(__name__)
def test_private_responses_and_failures_are_not_cached(client):
    for _ in range(2):
        assert client.get("/private/")["X-Cache"] == "MISS"
        failing = client.get("/failing/")
        assert failing["X-Cache"] == "MISS"
    assert client.get("/private/")["Cache-Control"] == "private"
    assert failing["Cache-Control"] == "no-store"


# With Redis, and without it ---------------------------------------------------------------


@pytest.fixture
def redis_page_cache():
    """The default cache on the real Redis, under a key prefix of this test's own."""
    prefix = f"cec-test-page-cache-{uuid.uuid4().hex}"
    caches = {
        "default": {
            "BACKEND": REDIS_CACHE_BACKEND,  # the site's own: django-redis
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
    server = redis.Redis.from_url(REDIS_TEST_URL)
    with override_settings(CACHES=caches):
        try:
            yield server, prefix
        finally:
            for key in server.scan_iter(f"{prefix}:*"):
                server.delete(key)


def test_pages_are_cached_in_redis_and_invalidated_there(
    client, site_tree, redis_page_cache, django_assert_num_queries
):
    server, prefix = redis_page_cache
    first = client.get("/")
    assert first["X-Cache"] == "MISS"
    assert list(server.scan_iter(f"{prefix}:*:{page_cache.KEY_PREFIX}*")), "the page is in Redis"
    assert assert_hit(client, "/", django_assert_num_queries).content == first.content

    home = site_tree.home
    home.tagline = "Published while Redis holds the page"
    home.save_revision().publish()
    response, html = visit(client, "/")
    assert response["X-Cache"] == "MISS"
    assert "Published while Redis holds the page" in html
    assert_hit(client, "/", django_assert_num_queries)


def test_a_cache_that_does_not_answer_means_no_page_cache_not_an_error(rf):
    """Redis down: the page is made as if nothing were cached."""
    dead = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    middleware = page_cache.PageCacheMiddleware(lambda request: HttpResponse("The page"))
    with override_settings(CACHES=dead):
        for _ in range(2):
            response = middleware(rf.get("/"))
            assert response.status_code == 200
            assert response.content == b"The page"
            assert response["X-Cache"] == "MISS"


def test_a_cached_page_never_comes_back_after_the_version_is_lost(client, site_tree):
    """The version key evicted, or Redis restarted without it: old pages stay stale."""
    client.get("/")  # cached under the current version
    home = site_tree.home
    home.tagline = "A tagline published since"
    home.save_revision().publish()
    cache.delete(VERSION_KEY)
    response, html = visit(client, "/")
    assert response["X-Cache"] == "MISS"
    assert "A tagline published since" in html
