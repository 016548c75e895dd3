"""News items: the page, its admin, its card data and its section."""

import datetime

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from cec_site.core import sections
from cec_site.home.models import HomePage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from tests.html_validation import vnu_errors


def news_form_data(topics=(), related=(), **overrides):
    data = {
        "title": "Council approves the 2027 Operational Plan",
        "slug": "council-approves-2027-operational-plan",
        "date": "2026-07-09",
        "kind": "media-release",
        "summary": "Meeting in Mérida, the Council approved twelve new cooperative projects.",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "body": streamfield([("paragraph", rich_text("<p>The ministers met for two days.</p>"))]),
        "related_links": inline_formset([{"page": str(page.pk)} for page in related]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["topics"] = [str(topic.pk) for topic in topics]
    return form


class NewsAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, news_tree):
        self.tree = news_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_editor_creates_a_news_item_in_the_admin(self):
        self.assertCanCreate(
            self.tree.news,
            NewsPage,
            news_form_data(topics=[self.tree.climate], related=[self.tree.projects]),
        )
        item = NewsPage.objects.get()
        assert item.date == datetime.date(2026, 7, 9)
        assert item.card_kind == "Media release"
        assert list(item.topics.all()) == [self.tree.climate]
        assert [link.page_id for link in item.related_links.all()] == [self.tree.projects.pk]

    def test_an_unknown_kind_is_refused(self):
        from django.urls import reverse

        url = reverse("wagtailadmin_pages:add", args=("news", "newspage", self.tree.news.pk))
        response = self.client.post(url, news_form_data(kind="gossip"))
        assert response.status_code == 200
        assert not NewsPage.objects.exists()
        assert "Select a valid choice" in response.content.decode()

    def test_routable_renderable_editable_previewable(self):
        item = NewsPageFactory(parent=self.tree.news)
        form = news_form_data(title=item.title, slug=item.slug)
        for page, data in ((item, form), (self.tree.news, None)):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(item, post_data=form)


@pytest.mark.django_db
def test_news_page_shows_kind_date_topics_and_public_related_pages(client, news_tree):
    hidden = NewsPageFactory(parent=news_tree.news, title="A draft statement")
    hidden.unpublish()
    item = NewsPageFactory(
        parent=news_tree.news,
        title="Factual record on coastal wetlands released",
        date=datetime.date(2026, 11, 3),
        kind="announcement",
        topics=[news_tree.enforcement],
    )
    item.related_links.create(page=news_tree.publications)
    item.related_links.create(page=hidden)
    html = client.get(item.url).content.decode()
    for text in (
        "Factual record on coastal wetlands released",
        "Announcement",
        'datetime="2026-11-03"',
        "November 3, 2026",
        "Enforcement",
        news_tree.publications.title,
    ):
        assert text in html
    assert "A draft statement" not in html, "an unpublished related page is not linked"
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_card_date_and_kind_for_the_home_spotlight(news_tree):
    item = NewsPageFactory(parent=news_tree.news, date=datetime.date(2026, 2, 1), kind="statement")
    assert item.card_date == datetime.date(2026, 2, 1)
    assert item.card_kind == "Statement"
    assert item.feed_item_description() == item.summary


def test_the_app_registers_two_sections_with_their_doors():
    news, events = sections.get("news"), sections.get("events")
    assert news.page_class is NewsPage and news.index_class is NewsIndexPage
    assert events.page_model == "news.EventPage" and events.index_model == "news.EventIndexPage"
    for section in (news, events):
        assert section.feed and section.api and section.search
        assert section.card_template == "news/card.html"
        # The topic pages reach the section's pages through this relation.
        assert hasattr(section.page_class.topics.field, "remote_field")
        assert section.page_class.topics.field.remote_field.related_name == section.topic_relation
    assert (news.demo, events.demo) == ("news.demo.NewsDemo", "news.demo.EventsDemo")
    ordered = [section.key for section in sections.all_sections()]
    assert ordered.index("impact-stories") < ordered.index("news") < ordered.index("events")


@pytest.mark.django_db
def test_api_fields_name_real_attributes(news_tree):
    from news.factories import EventPageFactory

    for page in (
        NewsPageFactory(parent=news_tree.news),
        EventPageFactory(parent=news_tree.events),
    ):
        for field in type(page).api_fields:
            assert hasattr(page, field.name), field.name
