from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest

from cec_site.home.models import HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("id", "title", "path")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
    }


def test_demo_content_builds_the_seed_home_page(client):
    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    html = client.get("/").content.decode()
    assert "Three countries working together to protect our shared environment" in html
    assert "International collaboration between Canada, Mexico and the United States" in html
    assert "We conduct research, provide tools and training" in html
    assert home.spotlight_items.count() >= 3
    assert "info@cec.org" in html
    # The seed's cards, exactly.
    assert "Opportunities for Circularity in the North American Electronics Sector: Phase 1" in html
    assert "2022" in html and "Active" in html
    assert "Private Sector Engagement, Sustainable Living and Economies" in html
    assert "Submissions on Enforcement Matters: What Have We Learned?" in html
    assert "A Retrospective Review of Performance" in html
    assert "July 17, 2024" in html and "99 pages" in html
    assert "# 08 in Top Publications" in html
    assert 'href="/publications/top-50/"' in html
    top_50 = client.get("/publications/top-50/").content.decode()
    assert top_50.count('class="top-list__item"') == 50


def test_demo_has_what_the_issue_asks_for():
    from pypdf import PdfReader

    from cec_site.core.models import TopicPage
    from impact.models import ImpactStoryPage
    from projects.models import ProjectPage
    from publications.models import PublicationPage

    call_command("load_demo_content", verbosity=0)
    assert ProjectPage.objects.live().count() >= 30
    assert PublicationPage.objects.live().count() >= 60
    assert ImpactStoryPage.objects.live().count() >= 8
    assert set(ImpactStoryPage.objects.values_list("kind__slug", flat=True)) >= {
        "standards",
        "conservation",
        "grants",
        "mapping",
    }
    assert {
        "Climate Change",
        "Environmental Justice",
        "Ecosystems",
        "Enforcement",
        "Pollutants",
        "Youth Engagement",
    } <= set(TopicPage.objects.values_list("title", flat=True))
    seed = PublicationPage.objects.get(title__startswith="Submissions on Enforcement Matters")
    with seed.document.file.open("rb") as handle:
        assert len(PdfReader(handle).pages) == 99


def test_running_it_twice_changes_nothing():
    call_command("load_demo_content", verbosity=0)
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_reset_starts_over():
    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get()
    home.tagline = "An editor's change"
    home.save_revision().publish()
    call_command("load_demo_content", verbosity=0)
    assert HomePage.objects.get().tagline == "An editor's change", "a plain run keeps edits"
    call_command("load_demo_content", "--reset", verbosity=0)
    assert HomePage.objects.get().tagline.startswith("Three countries working together")
