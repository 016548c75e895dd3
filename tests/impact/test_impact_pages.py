from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from cec_site.core.factories import ImageFactory
from cec_site.home.models import HomePage
from impact.factories import ImpactKindFactory, ImpactStoryPageFactory
from impact.models import ImpactIndexPage, ImpactStoryPage
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries


def story_form_data(topics=(), **overrides):
    data = {
        "title": "Monarch butterflies across three countries",
        "slug": "monarch-butterflies-across-three-countries",
        "kind": "",
        "years": "2008–2020",
        "summary": "A shared conservation plan for the monarch's migration.",
        "outcome": "The three countries protect roosting sites along the whole flyway.",
        "in_canada": "on",
        "in_mexico": "on",
        "in_united_states": "on",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "key_figures": streamfield(
            [("figure", {"value": "4,800 km", "label": "of migration route"})]
        ),
        "body": streamfield([]),
        "related_links": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["topics"] = [str(topic.pk) for topic in topics]
    return form


class ImpactStoryAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, site_tree):
        self.tree = site_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(ImpactIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ImpactIndexPage, {ImpactStoryPage})
        self.assertAllowedParentPageTypes(ImpactStoryPage, {ImpactIndexPage})
        self.assertAllowedSubpageTypes(ImpactStoryPage, set())

    def test_editor_creates_an_impact_story_in_the_admin(self):
        kind = ImpactKindFactory(name="Trinational conservation strategies", slug="conservation")
        self.assertCanCreate(
            self.tree.impact,
            ImpactStoryPage,
            story_form_data(topics=[self.tree.climate], kind=str(kind.pk)),
        )
        story = ImpactStoryPage.objects.get()
        assert story.country_names == ["Canada", "Mexico", "United States"]
        assert story.key_figures[0].value["value"] == "4,800 km"

    def test_routable_renderable_editable_previewable(self):
        story = ImpactStoryPageFactory(parent=self.tree.impact)
        form = story_form_data(title=story.title, slug=story.slug)
        for page, data in ((story, form), (self.tree.impact, None)):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(story, post_data=form)


@pytest.mark.django_db
def test_impact_story_page_shows_outcome_and_countries(client, site_tree):
    story = ImpactStoryPageFactory(parent=site_tree.impact, topics=[site_tree.climate])
    html = client.get(story.url).content.decode()
    for text in ("What changed", "Forty community groups", "Canada, Mexico", "Community grants"):
        assert text in html
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_stories(client, site_tree):
    card = {"image": ImageFactory(), "image_alt": "Wetlands", "topics": [site_tree.climate]}
    ImpactStoryPageFactory.create_batch(10, parent=site_tree.impact, **card)
    few = count_queries(client, site_tree.impact.url)
    ImpactStoryPageFactory.create_batch(190, parent=site_tree.impact, **card)
    many = count_queries(client, site_tree.impact.url)
    assert few == many
    assert many <= 10
    assert count_queries(client, ImpactStoryPage.objects.first().url) <= 9
