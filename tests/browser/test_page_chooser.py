"""[8/14] In a French page's editor, a page chooser opens in the French site.

cec_site/core/page_chooser.py and static/js/page-chooser-in-language.js; the view-level test
is tests/core/test_page_chooser_language.py.
"""

import pytest

from tests.browser.conftest import committed, signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def french_publication_and_home():
    from wagtail.models import Locale

    from cec_site.home.models import HomePage
    from publications.models import PublicationPage

    french = Locale.objects.get(language_code="fr")
    publication = PublicationPage.objects.filter(locale=french, live=True).first()
    return publication.pk, HomePage.objects.get(locale=french).title


def test_an_editor_chooses_a_related_project_among_french_pages(page_at, demo_site, people):
    publication_id, french_home_title = committed(french_publication_and_home)
    editor = signed_in(page_at, demo_site, people["Editors"])
    editor.goto(f"{demo_site.url}/admin/pages/{publication_id}/edit/")
    editor.wait_for_load_state("networkidle")

    # The inline panel sits in a tab that is not shown first: its buttons are clicked directly.
    editor.evaluate(
        "[...document.querySelectorAll('button')]"
        ".find((b) => b.textContent.includes('Add Related project')).click()"
    )
    with editor.expect_response(lambda r: "/admin/choose-page/" in r.url) as opened:
        editor.evaluate(
            "[...document.querySelectorAll('button')]"
            ".filter((b) => b.textContent.includes('Choose a page')).pop().click()"
        )
    assert opened.value.status == 200
    modal = editor.locator(".modal-dialog")
    modal.locator("table").wait_for()
    listing = modal.inner_text()
    # It opens inside the French home page: its French sections are listed, no English one.
    assert "Projets" in listing
    assert french_home_title in listing
    assert "Projects" not in listing.replace("Project index page", "")
