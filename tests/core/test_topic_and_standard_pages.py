from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from cec_site.core.factories import ImageFactory, StandardPageFactory, TopicPageFactory
from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage
from cec_site.home.models import HomePage
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries


def topic_form_data(**overrides):
    data = {
        "title": "Youth Engagement",
        "slug": "youth-engagement",
        "short_description": "Young people in environmental decisions.",
        "colour": "teal",
        "featured_on_home_page": "on",
        "image": "",
        "image_alt": "",
        "image_caption": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def standard_form_data(**overrides):
    data = {
        "title": "Governance",
        "slug": "governance",
        "introduction": "How the CEC is run.",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "body": streamfield(
            [
                ("heading", {"text": "The Council", "level": "h2"}),
                ("paragraph", rich_text("<p>The three environment ministers.</p>")),
            ]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


class TopicAndStandardPageAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, site_tree):
        self.tree = site_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(TopicIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TopicIndexPage, {TopicPage})
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedSubpageTypes(TopicPage, set())
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_creates_a_topic_and_a_standard_page(self):
        self.assertCanCreate(self.tree.topic_index, TopicPage, topic_form_data())
        self.assertCanCreate(self.tree.home, StandardPage, standard_form_data())

    def test_routable_renderable_editable_previewable(self):
        about = StandardPageFactory(parent=self.tree.home)
        pages = [
            (self.tree.climate, topic_form_data(title="Climate Change", slug="climate-change")),
            (about, standard_form_data(title=about.title, slug=about.slug)),
            (self.tree.topic_index, None),
        ]
        for page, data in pages:
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
            if data:
                self.assertPageIsEditable(page, post_data=data)

    def test_image_needs_alternative_text(self):
        from django.core.exceptions import ValidationError

        from cec_site.core.factories import ImageFactory

        topic = TopicPageFactory.build(image=ImageFactory(), image_alt="  ")
        with pytest.raises(ValidationError) as excinfo:
            topic.clean()
        assert "image_alt" in excinfo.value.message_dict


@pytest.mark.django_db
def test_topic_page_lists_its_newest_content_with_links_to_the_filtered_listings(client, site_tree):
    for n in range(5):
        ProjectPageFactory(
            parent=site_tree.projects, title=f"Climate project {n}", topics=[site_tree.climate]
        )
    PublicationPageFactory(
        parent=site_tree.publications, title="Enforcement report", topics=[site_tree.enforcement]
    )
    html = client.get(site_tree.climate.url).content.decode()
    assert html.count("Climate project") == 3  # the newest three
    assert "Climate project 4" in html and "Climate project 0" not in html
    assert 'href="/projects/?topic=climate-change"' in html
    assert "Enforcement report" not in html
    assert vnu_errors(html) == []
    assert count_queries(client, site_tree.climate.url) <= 15


@pytest.mark.django_db
def test_topic_page_queries_do_not_grow_with_its_cards(client, site_tree):
    """Each card's image, kind of impact or topics is no query of its own."""

    def add_one_of_each():
        card = {"image": ImageFactory(), "image_alt": "Hills", "topics": [site_tree.climate]}
        ProjectPageFactory(parent=site_tree.projects, **card)
        PublicationPageFactory(parent=site_tree.publications, **card)
        ImpactStoryPageFactory(parent=site_tree.impact, **card)  # each with its own kind

    add_one_of_each()
    one = count_queries(client, site_tree.climate.url)
    for _ in range(2):
        add_one_of_each()
    html = client.get(site_tree.climate.url).content.decode()
    assert html.count('class="card"') == 9  # three cards in each of the three sections
    assert count_queries(client, site_tree.climate.url) == one


@pytest.mark.django_db
def test_standard_page_renders_its_blocks(client, site_tree):
    about = StandardPageFactory(
        parent=site_tree.home,
        body=[
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("paragraph", "<p>Since 1994.</p>"),
        ],
    )
    html = client.get(about.url).content.decode()
    assert "<h2>Who we are</h2>" in html and "Since 1994." in html
    assert vnu_errors(html) == []
    assert count_queries(client, about.url) <= 15
