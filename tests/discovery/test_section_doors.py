"""A section's flags alone open and close the machine doors (cec_site/core/sections.py), and
every door shows only what the one visibility rule calls public, for every registered
section."""

import dataclasses
import datetime
import importlib
import re

from django.core.cache import cache
from django.urls import clear_url_caches
from django.utils import timezone

from wagtail.models import PageViewRestriction

import factory
import pytest

from cec_site.core import sections
from cec_site.core.sections import all_sections
from cec_site.home.factories import PdfDocumentFactory
from impact.factories import ImpactStoryPageFactory
from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db

DOOR_URLS = "tests.discovery.door_urls"
WORD = "Zanzibarian"  # in every title below, and nowhere else


@pytest.fixture
def doors(settings):
    """`doors(key, feed=True, …)` re-registers a section with other flags and rebuilds the
    URLs; every section is put back as it was afterwards."""
    originals = list(all_sections())

    def change(key, **flags):
        sections.register(dataclasses.replace(sections.get(key), **flags))
        importlib.reload(importlib.import_module(DOOR_URLS))
        settings.ROOT_URLCONF = DOOR_URLS
        clear_url_caches()
        cache.clear()  # pages kept whole for anonymous visitors (the 404s of a closed door)

    yield change
    for section in originals:
        sections.register(section)
    clear_url_caches()


@pytest.fixture
def story(site_tree):
    page = ImpactStoryPageFactory(
        parent=site_tree.impact, title=f"{WORD} wetlands story", topics=[site_tree.climate]
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def publication(site_tree):
    page = PublicationPageFactory(
        parent=site_tree.publications,
        title=f"{WORD} report",
        publication_date=datetime.date(2024, 7, 17),
        document=PdfDocumentFactory(),
        topics=[site_tree.climate],
    )
    page.save_revision().publish()
    return page


# Feeds ---------------------------------------------------------------------------------


def test_the_feed_flag_alone_opens_a_sections_feeds(client, doors, story):
    assert client.get("/feeds/impact-stories/rss/").status_code == 404  # closed today

    doors("impact-stories", feed=True)
    for address in (
        "/feeds/impact-stories/rss/",
        "/feeds/impact-stories/atom/",
        "/feeds/impact-stories/climate-change/rss/",
        "/feeds/impact-stories/climate-change/atom/",
    ):
        response = client.get(address)
        assert response.status_code == 200, address
        assert story.title in response.content.decode()
    assert client.get("/feeds/impact-stories/enforcement/rss/").content.count(b"<item>") == 0
    assert client.get("/feeds/impact-stories/no-such-topic/rss/").status_code == 404


def test_the_feed_flag_alone_closes_a_sections_feeds(client, doors, publication):
    assert client.get("/feeds/publications/rss/").status_code == 200
    doors("publications", feed=False)
    for address in ("/feeds/publications/rss/", "/feeds/publications/climate-change/atom/"):
        assert client.get(address).status_code == 404, address
    assert client.get("/feeds/projects/rss/").status_code == 200  # the others stay open


# JSON API ------------------------------------------------------------------------------


def test_the_api_flag_alone_opens_a_sections_endpoint(client, doors, story):
    assert client.get("/api/v2/impact-stories/").status_code == 404
    doors("impact-stories", api=True)

    root = client.get("/api/v2/").json()
    assert root["impact-stories"].endswith("/api/v2/impact-stories/")
    listing = client.get("/api/v2/impact-stories/?fields=*").json()
    assert [item["title"] for item in listing["items"]] == [story.title]
    assert listing["items"][0]["meta"]["type"] == "impact.ImpactStoryPage"
    detail = client.get(f"/api/v2/impact-stories/{story.pk}/")
    assert detail.status_code == 200
    assert client.get("/api/v2/impact-stories/?nonsense=1").status_code == 400


def test_the_api_flag_alone_closes_a_sections_endpoint(client, doors, publication):
    assert client.get(f"/api/v2/publications/{publication.pk}/").status_code == 200
    doors("publications", api=False)
    assert client.get("/api/v2/publications/").status_code == 404
    assert client.get(f"/api/v2/publications/{publication.pk}/").status_code == 404
    assert "publications" not in client.get("/api/v2/").json()
    assert client.get("/api/v2/projects/").status_code == 200


# Search --------------------------------------------------------------------------------


def titles_found(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def test_the_search_flag_alone_adds_and_removes_a_sections_pages(client, doors, story):
    assert titles_found(client, WORD) == [story.title]
    assert client.get("/search/", {"q": WORD, "type": "impact-stories"}).status_code == 200

    doors("impact-stories", search=False)
    assert titles_found(client, WORD) == []
    response = client.get("/search/", {"q": WORD, "type": "impact-stories"})
    assert response.status_code == 400  # no longer one of the types


# OAI-PMH -------------------------------------------------------------------------------


class StoryDublinCore:
    """A minimal `dublin_core` for a section that opens the OAI door in a test."""

    identifier = "story"
    related = ("locale",)
    edition_fields = ()

    @staticmethod
    def elements(page, request, other_editions):
        return [("title", page.title), ("identifier", page.get_full_url(request))]


def oai(client, **arguments):
    response = client.get("/oai/", arguments)
    assert response.status_code == 200
    return response.content.decode()


def test_the_oai_flag_alone_opens_and_closes_the_repository_to_a_section(
    client, doors, story, publication
):
    listed = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert publication.title in listed
    assert story.title not in listed

    doors("impact-stories", oai=True, dublin_core=StoryDublinCore)
    listed = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert publication.title in listed and story.title in listed
    assert f":story:{story.pk}</identifier>" in listed
    assert f":publication:{publication.pk}</identifier>" in listed
    story_id = re.search(rf"<identifier>(oai:[^<]+:story:{story.pk})</", listed).group(1)
    record = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=story_id)
    assert story.title in record
    # A record is named by its own section's word only.
    wrong = story_id.replace(":story:", ":publication:")
    wrong = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=wrong)
    assert 'code="idDoesNotExist"' in wrong
    in_set = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="climate-change")
    assert f":story:{story.pk}<" in in_set and f":publication:{publication.pk}<" in in_set

    doors("publications", oai=False)
    listed = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert publication.title not in listed and story.title in listed

    doors("impact-stories", oai=False)
    assert 'code="noRecordsMatch"' in oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert "<Identify>" in oai(client, verb="Identify")


# The visibility rule, every door, every section ----------------------------------------


def page_factories():
    """Every page factory of the sections' apps (<app>/factories.py), by the model it makes."""
    found = {}
    for section in all_sections():
        module = importlib.import_module(f"{section.page_class._meta.app_config.name}.factories")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, factory.base.BaseFactory):
                model = getattr(value._meta, "model", None)
                if isinstance(model, type):
                    found.setdefault(model, value)
    return found


@pytest.mark.parametrize("key", [section.key for section in all_sections()])
def test_every_open_door_shows_only_public_pages_of_every_section(client, site_tree, key):
    section = sections.get(key)
    factories = page_factories()
    assert section.index_class in factories and section.page_class in factories, key
    index = section.index_class.objects.child_of(site_tree.home).first() or factories[
        section.index_class
    ](parent=site_tree.home, title=f"{key} index")
    make = factories[section.page_class]
    visible = make(parent=index, title=f"{WORD} visible {key}")
    restricted = make(parent=index, title=f"{WORD} restricted {key}")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    expired = make(parent=index, title=f"{WORD} expired {key}")
    draft = make(parent=index, title=f"{WORD} draft {key}", live=False)
    for page in (visible, restricted, expired):
        page.save_revision().publish()
    # Past its expiry time, before `publish_scheduled` unpublishes it.
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save()
    hidden = [restricted.title, expired.title, draft.title]

    answers = {}
    if section.search:
        answers["search"] = client.get("/search/", {"q": WORD})
    if section.feed:
        answers["feed"] = client.get(f"/feeds/{key}/rss/")
        answers["atom"] = client.get(f"/feeds/{key}/atom/")
    if section.api:
        answers["api"] = client.get(f"/api/v2/{key}/?fields=*&limit=20")
    if section.oai:
        answers["oai"] = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    assert answers, f"{key} opens no door"
    for door, response in answers.items():
        assert response.status_code == 200, door
        text = response.content.decode()
        assert visible.title in text, door
        for title in hidden:
            assert title not in text, (door, title)
    if section.api:
        for page in (restricted, expired, draft):
            assert client.get(f"/api/v2/{key}/{page.pk}/").status_code == 404
