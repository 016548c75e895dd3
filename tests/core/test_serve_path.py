"""Wagtail's serve path from the shared cache (cec_site/core/serving.py): the same answers as
Wagtail's own lookups, at once after any change, for fewer queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from cec_site.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [query["sql"] for query in queries]


def test_once_kept_the_site_and_home_page_cost_no_query(client, site_tree):
    about = StandardPageFactory(parent=site_tree.home, title="About", slug="about")
    assert client.get(about.url).status_code == 200
    response, sql = queries_for(client, about.url + "?again")
    assert response.status_code == 200
    assert not [query for query in sql if "wagtailcore_site" in query]
    assert not [query for query in sql if "wagtailcore_locale" in query]


def test_a_new_page_under_the_home_page_is_served_at_once(client, site_tree):
    assert client.get("/about/").status_code == 404
    StandardPageFactory(parent=site_tree.home, title="About", slug="about")
    assert client.get("/about/").status_code == 200


def test_a_renamed_or_unpublished_section_is_routed_at_once(client, site_tree):
    index = site_tree.projects
    assert client.get("/projects/").status_code == 200
    index.slug = "our-projects"
    index.save_revision().publish()
    assert client.get("/projects/").status_code == 404
    assert client.get("/our-projects/").status_code == 200
    index.unpublish()
    assert client.get("/our-projects/").status_code == 404


def test_a_home_page_edit_shows_at_once(client, site_tree):
    home = site_tree.home
    client.get("/")
    home.tagline = "A tagline published a moment ago."
    home.save_revision().publish()
    assert "A tagline published a moment ago." in client.get("/").content.decode()


def test_a_restriction_on_a_section_applies_at_once(client, site_tree):
    assert client.get("/projects/").status_code == 200
    PageViewRestriction.objects.create(
        page=site_tree.projects, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/projects/").status_code == 302  # to sign in


def test_a_new_site_root_is_served_at_once(client, site_tree):
    client.get("/")
    other = StandardPageFactory(parent=Page.get_first_root_node(), title="Other", slug="other")
    Site.objects.filter(is_default_site=True).update(root_page=other)
    Site.objects.get(is_default_site=True).save()  # as the admin saves it: a content change
    assert "Other" in client.get("/").content.decode()


def test_what_a_request_does_to_its_copy_stays_with_it(client, site_tree):
    from django.test import RequestFactory

    from cec_site.core.serving import site_and_home

    request = RequestFactory().get("/", HTTP_HOST="localhost")
    _site, home, _children = site_and_home(request)
    home.title = "Changed in memory by one request"
    _site, again, _children = site_and_home(request)
    assert again.title != "Changed in memory by one request"
