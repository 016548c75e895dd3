"""[8/14] A page's page choosers open in that page's language (cec_site/core/page_chooser.py).

The editor names the home page of the page's language; the browser test
(tests/browser/test_moderation_loop.py) opens a chooser and sees French pages.
"""

import json
import re

from django.urls import reverse

import pytest

from cec_site.core.page_chooser import chooser_start
from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db


def start_of(response):
    match = re.search(
        r'<script id="cec-page-chooser-start" type="application/json">(.*?)</script>',
        response.content.decode(),
    )
    assert match, "the editor names no start for its page choosers"
    assert "js/page-chooser-in-language" in response.content.decode()
    return json.loads(match.group(1))


@pytest.fixture
def french_home(site_tree, locales):
    home = site_tree.home.specific.copy_for_translation(locales["fr"])
    home.save_revision().publish()
    publications = site_tree.publications.specific.copy_for_translation(locales["fr"])
    publications.save_revision().publish()
    return home, publications


def test_a_french_page_editor_opens_its_choosers_in_the_french_tree(
    site_tree, french_home, locales, admin_client
):
    home_fr, publications_fr = french_home
    english = PublicationPageFactory(parent=site_tree.publications, slug="freight")
    french = english.copy_for_translation(locales["fr"])
    french.save_revision()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    assert response.status_code == 200
    assert start_of(response) == {"parentId": home_fr.pk}

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(english.pk,)))
    assert start_of(response) == {"parentId": site_tree.home.pk}


def test_a_new_page_under_a_french_parent_opens_in_the_french_tree(
    site_tree, french_home, admin_client
):
    home_fr, publications_fr = french_home
    url = reverse(
        "wagtailadmin_pages:add", args=("publications", "publicationpage", publications_fr.pk)
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    assert start_of(response) == {"parentId": home_fr.pk}


def test_a_language_without_its_own_home_falls_back_to_the_site_root(site_tree, locales):
    # A French page whose site root has no French translation (yet): the site's own root.
    english = PublicationPageFactory(parent=site_tree.publications, slug="lonely")
    assert chooser_start(english) == {"parentId": site_tree.home.pk}
    assert chooser_start() == {}
