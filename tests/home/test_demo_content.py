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
