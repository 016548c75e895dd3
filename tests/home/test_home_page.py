from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
import time_machine

from cec_site.home.factories import HomePageFactory, SpotlightItemFactory
from cec_site.home.models import HomePage, SpotlightItem
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.html_validation import vnu_errors

pytestmark = pytest.mark.django_db


def home_form_data(**overrides):
    """What an editor submits in the admin's home page form."""
    data = {
        "title": "Home",
        "slug": "home",
        "tagline": "Three countries working together",
        "introduction": "International collaboration on the environment",
        "impact_text": "",
        "impact_link_label": "Our Impact",
        "what_we_do_text": "We conduct research.",
        "what_we_do_links": streamfield(
            [("link", {"label": "About", "page": "", "url": "https://example.org/"})]
        ),
        "spotlight_items": inline_formset(
            [
                {
                    "title": "The Atlas",
                    "blurb": "Maps",
                    "link_page": "",
                    "link_url": "https://example.org/atlas/",
                    "image": "",
                    "image_alt": "",
                    "start_at": "",
                    "end_at": "",
                }
            ]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


class HomePageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.root = Page.get_first_root_node()
        for child in self.root.get_children():
            child.delete()
        self.login()

    def test_can_create_at_root_from_the_admin(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanCreate(self.root, HomePage, home_form_data())
        home = HomePage.objects.get()
        assert home.spotlight_items.get().title == "The Atlas"
        assert home.what_we_do_links[0].value["url"] == "https://example.org/"

    def test_routable_renderable_editable_previewable(self):
        home = HomePageFactory(parent=self.root)
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        self.assertPageIsRoutable(home)
        self.assertPageIsRenderable(home)
        form_data = home_form_data(title=home.title, slug=home.slug)
        self.assertPageIsEditable(home, post_data=form_data)
        self.assertPageIsPreviewable(home, post_data=form_data)

    def test_only_at_the_root_and_once_per_language(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        assert HomePage.max_count == 3  # en, fr, es
        HomePageFactory(parent=self.root)
        with pytest.raises(ValidationError, match="already has a home page"):
            HomePageFactory.build(locale=HomePage.objects.get().locale).full_clean()


def test_home_page_shows_the_seed_sections(client, home_page):
    SpotlightItemFactory(home_page=home_page, title="North American Environmental Atlas")
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and home_page.tagline in html
    assert home_page.introduction in html
    for heading in ("In the Spotlight", "Our Impact", "What We Do"):
        assert heading in html
    assert "North American Environmental Atlas" in html
    assert '<html lang="en">' in html


def test_spotlight_follows_its_schedule(client, home_page):
    now = timezone.now()
    SpotlightItemFactory(home_page=home_page, title="Running now")
    SpotlightItemFactory(
        home_page=home_page, title="Starts tomorrow", start_at=now + timedelta(days=1)
    )
    SpotlightItemFactory(
        home_page=home_page, title="Ended yesterday", end_at=now - timedelta(days=1)
    )
    html = client.get("/").content.decode()
    assert "Running now" in html
    assert "Starts tomorrow" not in html
    assert "Ended yesterday" not in html


def test_the_cached_spotlight_follows_its_schedule_without_an_edit(client, home_page):
    now = timezone.now()
    SpotlightItemFactory(home_page=home_page, title="Running now")
    SpotlightItemFactory(
        home_page=home_page, title="Starts soon", start_at=now + timedelta(minutes=1)
    )
    assert "Starts soon" not in client.get("/").content.decode()
    with time_machine.travel(now + timedelta(minutes=2)):  # well within the sections' cache life
        html = client.get("/?two-minutes-later").content.decode()
    assert "Running now" in html and "Starts soon" in html


def test_spotlight_item_needs_exactly_one_link_and_alt_text_with_an_image(home_page):
    item = SpotlightItem(home_page=home_page, title="No link")
    with pytest.raises(ValidationError) as excinfo:
        item.clean()
    assert "link_page" in excinfo.value.message_dict
    item = SpotlightItem(
        home_page=home_page, title="Both", link_page=home_page, link_url="https://x.org/"
    )
    with pytest.raises(ValidationError):
        item.clean()


def test_home_page_query_count_is_bounded(client, home_page, django_assert_max_num_queries):
    for n in range(6):
        SpotlightItemFactory(home_page=home_page, title=f"Item {n}")
    client.get("/")  # the first visit ever creates the site settings row
    with django_assert_max_num_queries(10), override_settings(PAGE_CACHE_ENABLED=False):
        response = client.get("/")  # rendered, not a page-cache hit
    assert response.status_code == 200


def test_home_page_is_valid_html(client, home_page):
    SpotlightItemFactory(home_page=home_page)
    html = client.get("/").content.decode()
    assert vnu_errors(html) == []


def test_the_spotlight_shows_a_news_items_and_an_events_own_kind_and_date(
    client, home_page, django_assert_max_num_queries
):
    """[13/14] Dated items in the spotlight: a news item's date and kind, an event's start
    (in its own time zone) and kind; other pages their type and first publication."""
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Record out")
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=events, title="JPAC forum")
    SpotlightItemFactory(home_page=home_page, title="Spotlit news", link_page=news)
    SpotlightItemFactory(home_page=home_page, title="Spotlit event", link_page=event)
    with CaptureQueriesContext(connection) as two:
        html = client.get("/").content.decode()
    assert '<span class="tag">Media release</span>' in html
    assert '<time datetime="2026-06-15">' in html  # the news item's own date
    assert '<span class="tag">JPAC public forum</span>' in html
    assert '<time datetime="2027-03-10">' in html  # the event's start, in Mexico City

    for n in range(4):  # more items of the same types: no more queries
        SpotlightItemFactory(
            home_page=home_page,
            title=f"More {n}",
            link_page=NewsPageFactory(parent=news.get_parent())
            if n % 2
            else EventPageFactory(parent=events),
        )
    with django_assert_max_num_queries(len(two)):
        html = client.get("/?more").content.decode()
    assert html.count('class="tag"') >= 6
