"""A page's rendering, kept per state of the content and shared by every request that shows
the same thing ({% pagefragment %}, cec_site/core/fragments.py): never for another template,
a draft's preview or a listing that did not validate, and never after content changed."""

import re

from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from cec_site.core.factories import StandardPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationProject

pytestmark = pytest.mark.django_db

SECRET = "The board meets on the fourth floor."
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Whole pages are cached by address; these tests are about what renders on a miss."""
    settings.PAGE_CACHE_ENABLED = False


def main_of(response):
    html = response.content.decode()
    return re.search(r"<main\b.*?</main>", html, re.S).group(0)


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.fixture
def publication(site_tree):
    project = ProjectPageFactory(parent=site_tree.projects, title="Monarch Butterfly Corridors")
    publication = PublicationPageFactory(parent=site_tree.publications, title="Monarch Report")
    PublicationProject.objects.create(publication=publication, project=project)
    return publication


def test_one_rendering_serves_every_query_string_of_a_page(client, publication):
    first, first_queries = get(client, publication.url + "?utm_source=newsletter")
    again, again_queries = get(client, publication.url + "?fbclid=abc")
    assert first.status_code == again.status_code == 200
    assert "Monarch Butterfly Corridors" in main_of(first)
    assert main_of(again) == main_of(first)
    assert again_queries < first_queries, "the related projects were not looked up again"


def test_a_publish_anywhere_shows_at_once(client, publication):
    client.get(publication.url)
    project = publication.project_links.get().project
    project.title = "Monarch Corridors, Renamed"
    project.save_revision().publish()
    assert "Monarch Corridors, Renamed" in main_of(client.get(publication.url))

    publication.summary = "A new summary, just published."
    publication.save_revision().publish()
    assert "A new summary, just published." in main_of(client.get(publication.url + "?x=1"))


def test_a_listing_shares_its_rendering_only_with_the_same_filters(client, site_tree):
    for n in range(3):
        PublicationPageFactory(parent=site_tree.publications, title=f"Report {n}")
    index = site_tree.publications.url
    plain, plain_queries = get(client, index + "?sort=title")
    tagged, tagged_queries = get(client, index + "?sort=title&utm_source=x")
    assert main_of(tagged) == main_of(plain)
    assert tagged_queries < plain_queries
    by_title, newest = main_of(plain), main_of(client.get(index + "?utm_source=x"))
    chosen = re.compile(r'<option value="title"[^>]*selected')
    assert chosen.search(by_title)
    assert not chosen.search(newest), "other filters: a rendering of their own"


def test_a_listing_that_did_not_validate_is_never_kept(client, site_tree, monkeypatch):
    stored = []
    fragments = (
        caches["template_fragments"] if "template_fragments" in caches else caches["default"]
    )
    real_set = fragments.set

    def spy(key, *args, **kwargs):
        stored.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(fragments, "set", spy)
    body_prefix = make_template_fragment_key("body").rsplit(".", 1)[0]
    index = site_tree.publications.url
    assert client.get(index + "?topic=no-such-topic").status_code == 400
    assert not [key for key in stored if key.startswith(body_prefix)]
    assert client.get(index + "?topic=climate-change").status_code == 200
    assert [key for key in stored if key.startswith(body_prefix)], "a valid one is kept"


def test_a_password_form_never_shows_the_kept_page(client, site_tree):
    page = StandardPageFactory(
        parent=site_tree.home,
        title="Board",
        slug="board",
        body=[("paragraph", f"<p>{SECRET}</p>")],
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    insider = client.__class__()
    insider.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": PASSWORD, "return_url": page.url},
    )
    assert SECRET in insider.get(page.url).content.decode()
    outsider = client.get(page.url).content.decode()
    assert SECRET not in outsider
    assert 'name="password"' in outsider


def test_a_preview_never_reads_nor_writes_the_kept_rendering(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="About", slug="about-us")
    page.introduction = "Live introduction."
    page.save_revision().publish()
    assert "Live introduction." in main_of(client.get(page.url))

    draft = page.get_latest_revision_as_object()
    draft.introduction = "Draft introduction, not published."
    preview = draft.make_preview_request()
    assert "Draft introduction, not published." in preview.content.decode()
    assert "Draft introduction" not in client.get(page.url).content.decode()


def test_a_signed_in_visitor_neither_reads_nor_keeps_a_rendering(
    client, admin_client, publication, monkeypatch
):
    """A page may show an editor more than the public (a document of a private collection):
    an editor's rendering is never kept for others, nor the public's shown to an editor."""
    stored = []
    fragments = caches["default"]
    real_set = fragments.set

    def spy(key, *args, **kwargs):
        stored.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(fragments, "set", spy)
    body_prefix = make_template_fragment_key("body").rsplit(".", 1)[0]
    assert admin_client.get(publication.url).status_code == 200
    assert not [key for key in stored if key.startswith(body_prefix)]
    assert client.get(publication.url).status_code == 200
    assert [key for key in stored if key.startswith(body_prefix)]
    _response, editor_queries = get(admin_client, publication.url)
    _response, public_queries = get(client, publication.url)
    assert editor_queries > public_queries, "the editor's page was rendered anew"
