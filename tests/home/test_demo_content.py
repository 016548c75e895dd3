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
    home = HomePage.objects.get(locale__language_code="en")
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
    # The same home page in French and in Spanish, with the same rank.
    french = client.get("/fr/").content.decode()
    assert '<html lang="fr">' in french
    assert "Trois pays" in french or "trois pays" in french
    assert "Possibilités de circularité dans le secteur nord-américain de l" in french
    assert "17 juillet 2024" in french and "Nº 08" in french
    assert "Mapping North America" not in french, "the spotlight is translated too"
    spanish = client.get("/es/").content.decode()
    assert "Oportunidades de circularidad en el sector electrónico de América del Norte" in spanish
    assert "17 de julio de 2024" in spanish and "N.º 08" in spanish
    assert client.get("/es/publicaciones/top-50/").content.decode().count("top-list__item") == 50


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
    for edition in seed.get_translations().specific():  # each language its own PDF
        assert edition.document_id != seed.document_id
        with edition.document.file.open("rb") as handle:
            assert len(PdfReader(handle).pages) == edition.page_count != 99
    for model in (ProjectPage, PublicationPage, ImpactStoryPage, TopicPage):
        for code in ("fr", "es"):
            assert model.objects.live().filter(locale__language_code=code).count() == (
                model.objects.live().filter(locale__language_code="en").count()
            )


def test_running_it_twice_changes_nothing():
    call_command("load_demo_content", verbosity=0)
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_reset_starts_over():
    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get(locale__language_code="en")
    home.tagline = "An editor's change"
    home.save_revision().publish()
    call_command("load_demo_content", verbosity=0)
    assert HomePage.objects.get(locale__language_code="en").tagline == "An editor's change", (
        "a plain run keeps edits"
    )
    call_command("load_demo_content", "--reset", verbosity=0)
    assert HomePage.objects.get(locale__language_code="en").tagline.startswith(
        "Three countries working together"
    )
