from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from cec_site.core.factories import ImageFactory
from cec_site.home.models import HomePage
from projects.factories import ProjectPageFactory
from projects.models import ProjectIndexPage, ProjectPage
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries


def project_form_data(topics=(), **overrides):
    data = {
        "title": "Reduction of Marine Litter",
        "slug": "reduction-of-marine-litter",
        "status": "active",
        "year": "2023",
        "operational_plan": "2023–2024",
        "start_date": "2023-03-01",
        "duration_months": "24",
        "summary": "Towns on three coasts cut the litter that reaches the sea.",
        "issue": "Plastic waste reaches rivers and the sea.",
        "aim": "Less litter in the watersheds.",
        "deliverables": "Pilot projects\nA guide",
        "partners": "Semarnat\nUS EPA",
        "lead_name": "Jean Tremblay",
        "lead_email": "jean.tremblay@cec.org",
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "body": streamfield([("paragraph", rich_text("<p>More about it.</p>"))]),
        "related_project_links": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["topics"] = [str(topic.pk) for topic in topics]  # a multiple choice: a list, not nested
    return form


@pytest.mark.usefixtures("site_tree")
class ProjectPageAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, site_tree):
        self.tree = site_tree

    def setUp(self):
        self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        assert not ProjectIndexPage.can_create_at(self.tree.home), "one per home page"

    def test_editor_creates_a_project_in_the_admin(self):
        self.assertCanCreate(
            self.tree.projects,
            ProjectPage,
            project_form_data(topics=[self.tree.climate]),
        )
        project = ProjectPage.objects.get(slug="reduction-of-marine-litter")
        assert list(project.topics.all()) == [self.tree.climate]

    def test_routable_renderable_editable_previewable(self):
        project = ProjectPageFactory(parent=self.tree.projects, topics=[self.tree.climate])
        form = project_form_data(title=project.title, slug=project.slug)
        for page, data in ((project, form), (self.tree.projects, None)):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(project, post_data=form)


@pytest.mark.django_db
def test_project_page_shows_its_facts(client, site_tree):
    project = ProjectPageFactory(
        parent=site_tree.projects,
        title="Opportunities for Circularity in the North American Electronics Sector: Phase 1",
        topics=[site_tree.climate],
    )
    html = client.get(project.url).content.decode()
    assert "<h1>Opportunities for Circularity" in html
    for text in (
        "Active",
        "2021–2022",
        "24 months",
        "Semarnat",
        "ana.perez@cec.org",
        "Climate Change",
    ):
        assert text in html
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_listing_and_project_page_queries_do_not_grow_with_the_number_of_projects(
    client, site_tree
):
    card = {"image": ImageFactory(), "image_alt": "Hills", "topics": [site_tree.climate]}
    ProjectPageFactory.create_batch(10, parent=site_tree.projects, **card)
    few = count_queries(client, site_tree.projects.url)
    ProjectPageFactory.create_batch(190, parent=site_tree.projects, **card)
    many = count_queries(client, site_tree.projects.url)
    assert few == many
    assert many <= 10
    project = ProjectPage.objects.first()
    assert count_queries(client, project.url) <= 10
