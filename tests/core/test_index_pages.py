"""The four index pages: created from the admin once per home page, valid, bounded."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

import pytest

from cec_site.core.models import TopicIndexPage
from impact.models import ImpactIndexPage
from projects.models import ProjectIndexPage
from publications.models import PublicationIndexPage
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries

INDEX_PAGES = [
    (ProjectIndexPage, "projects"),
    (PublicationIndexPage, "publications"),
    (ImpactIndexPage, "our-impact"),
    (TopicIndexPage, "topics"),
]


class IndexPagesFromTheAdmin(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def home(self, home_page):
        self.home = home_page

    def setUp(self):
        self.login()

    def test_each_index_page_is_created_once_under_the_home_page(self):
        for model, slug in INDEX_PAGES:
            data = {"title": slug.replace("-", " ").title(), "slug": slug, "introduction": "Intro"}
            self.assertCanCreate(self.home, model, nested_form_data(data))
            self.home.refresh_from_db()
            assert not model.can_create_at(self.home), f"a second {model.__name__}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/projects/",
        "/projects/?topic=nonsense",
        "/publications/?sort=title",
        "/publications/top-50/",
        "/our-impact/",
        "/topics/",
        "/search/?q=report",
    ],
)
def test_listing_pages_are_valid_html_in_bounded_queries(client, site_tree, path):
    from projects.factories import ProjectPageFactory
    from publications.factories import PublicationPageFactory

    ProjectPageFactory(parent=site_tree.projects, topics=[site_tree.climate])
    PublicationPageFactory(parent=site_tree.publications, topics=[site_tree.climate])
    response = client.get(path)
    assert response.status_code in (200, 400)
    assert vnu_errors(response.content.decode()) == []
    if response.status_code == 200:
        assert count_queries(client, path) <= 10
