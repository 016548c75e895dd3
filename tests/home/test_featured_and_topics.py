import datetime

import pytest

from cec_site.core.factories import ImageFactory
from cec_site.home.factories import PdfDocumentFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_items(site_tree):
    project = ProjectPageFactory(
        parent=site_tree.projects,
        title="Opportunities for Circularity in the North American Electronics Sector: Phase 1",
        year=2022,
        start_date=datetime.date(2021, 1, 1),
        image=ImageFactory(),
        image_alt="Electronics sector",
        topics=[site_tree.climate, site_tree.enforcement],
    )
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="Submissions on Enforcement Matters: What Have We Learned?",
        subtitle="A Retrospective Review of Performance",
        publication_date=datetime.date(2024, 7, 17),
        page_count=99,
        document=PdfDocumentFactory(),
        image=ImageFactory(),
        image_alt="SEM long-term impact assessment",
        topics=[site_tree.enforcement],
    )
    newer_project = ProjectPageFactory(
        parent=site_tree.projects, title="A newer project", start_date=datetime.date(2025, 1, 1)
    )
    newer_publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="A newer publication",
        publication_date=datetime.date(2025, 3, 1),
    )
    home = site_tree.home
    home.featured_project = project
    home.featured_publication = publication
    home.save()
    return project, publication, newer_project, newer_publication


def featured_section(html, heading):
    start = html.index(heading)
    return html[start : start + 4000]


def test_home_shows_the_editors_featured_items_with_their_card_details(client, seed_items):
    project, publication, *_ = seed_items
    html = client.get("/").content.decode()
    project_html = featured_section(html, "Featured Project")
    assert project.title in project_html
    for detail in ("2022", "Active", "Climate Change, Enforcement", "Learn More", "All Projects"):
        assert detail in project_html
    assert 'alt="Electronics sector"' in project_html
    assert f'href="{project.url}"' in project_html
    assert 'href="/projects/"' in project_html
    publication_html = featured_section(html, "Featured Publication")
    for detail in (
        publication.title,
        "A Retrospective Review of Performance",
        "July 17, 2024",
        "99 pages",
        "Enforcement",
        "Read More",
    ):
        assert detail in publication_html
    assert f'href="{publication.url}"' in publication_html
    assert vnu_errors(html) == []


def test_an_unpublished_featured_item_falls_back_to_the_newest(client, seed_items):
    project, publication, newer_project, newer_publication = seed_items
    project.unpublish()
    publication.unpublish()
    html = client.get("/").content.decode()
    assert newer_project.title in featured_section(html, "Featured Project")
    assert newer_publication.title in featured_section(html, "Featured Publication")
    assert project.title not in html


def test_without_a_choice_the_newest_active_project_and_newest_publication_show(
    client, seed_items, site_tree
):
    _project, _publication, newer_project, newer_publication = seed_items
    ProjectPageFactory(
        parent=site_tree.projects,
        title="A completed project",
        status="completed",
        start_date=datetime.date(2026, 1, 1),
    )
    home = site_tree.home
    home.featured_project = None
    home.featured_publication = None
    home.save()
    html = client.get("/").content.decode()
    assert newer_project.title in featured_section(html, "Featured Project")
    assert "A completed project" not in html
    assert newer_publication.title in featured_section(html, "Featured Publication")


def test_topics_show_as_tiles_linking_to_their_pages(client, site_tree):
    html = client.get("/").content.decode()
    assert f'href="{site_tree.climate.url}">Climate Change</a>' in html
    site_tree.enforcement.featured_on_home_page = False
    site_tree.enforcement.save_revision().publish()
    html = client.get("/").content.decode()
    assert ">Enforcement</a>" not in html.split('id="topics-heading"')[1].split("</section>")[0]


def test_home_page_queries_stay_bounded_with_everything_on_it(client, seed_items, site_tree):
    few = count_queries(client, "/")
    ProjectPageFactory.create_batch(190, parent=site_tree.projects)
    PublicationPageFactory.create_batch(10, parent=site_tree.publications)
    assert count_queries(client, "/") == few <= 10


def test_the_featured_images_render_again_once_their_renditions_exist(client, seed_items):
    """Every render after the first (the cache emptied, as any publish makes it) once failed
    with an IntegrityError, a 500: the card query's prefetched renditions (card sizes only) hid
    the feature-sized one, and Wagtail tried to make it again."""
    from django.core.cache import cache

    project, publication, *_ = seed_items
    first = client.get("/")
    cache.clear()
    second = client.get("/")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    feature = project.image.renditions.filter(filter_spec="fill-800x450|format-webp")
    assert feature.count() == 1
    assert feature.get().url in second.content.decode()
