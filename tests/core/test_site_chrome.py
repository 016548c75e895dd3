"""The footer's copyright and legal links, the header's emblem, spotlight labels, topic tiles."""

from datetime import UTC, datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from cec_site.core.factories import StandardPageFactory
from cec_site.core.page_kinds import page_kind
from cec_site.home.factories import SpotlightItemFactory

pytestmark = pytest.mark.django_db


def footer(html):
    return html[html.index('<footer class="site-footer">') :]


def test_the_footer_has_the_copyright_line_without_legal_pages(client, site_tree):
    html = footer(client.get("/").content.decode())
    assert f"© {timezone.now().year} Commission for Environmental Cooperation" in html
    assert "Legal information" not in html


def test_the_footer_links_the_public_legal_pages_in_the_visitors_language(
    client, site_tree, locales
):
    privacy = StandardPageFactory(parent=site_tree.home, title="Privacy notice", slug="privacy")
    StandardPageFactory(parent=site_tree.home, title="Legal notice", slug="legal")
    french_home = site_tree.home.copy_for_translation(locales["fr"])
    french_home.save_revision().publish()
    french = privacy.copy_for_translation(locales["fr"])
    french.title, french.slug = "Avis de confidentialité", "confidentialite"
    french.save_revision().publish()

    english = footer(client.get("/").content.decode())
    assert english.index('href="/privacy/">Privacy notice') < english.index(
        'href="/legal/">Legal notice'
    )
    translated = footer(client.get("/fr/").content.decode())
    assert 'href="/fr/confidentialite/">Avis de confidentialité</a>' in translated
    # Not translated yet: the English page, marked as English.
    assert 'href="/legal/" lang="en">Legal notice</a>' in translated


def test_the_footer_leaves_out_private_and_draft_legal_pages(client, site_tree):
    privacy = StandardPageFactory(parent=site_tree.home, title="Privacy notice", slug="privacy")
    PageViewRestriction.objects.create(page=privacy, restriction_type="login")
    draft = StandardPageFactory(parent=site_tree.home, title="Legal notice", slug="legal")
    draft.unpublish()
    html = footer(client.get("/").content.decode())
    assert "Privacy notice" not in html and "Legal notice" not in html


def test_the_header_shows_the_drawn_emblem_with_a_name(client, site_tree):
    html = client.get("/").content.decode()
    assert '<img class="wordmark__emblem" src="/static/img/cec-emblem.svg"' in html
    assert 'alt="CEC"' in html


def test_spotlight_cards_show_the_kind_and_date_of_the_linked_page(client, site_tree):
    from projects.factories import ProjectPageFactory

    project = ProjectPageFactory(parent=site_tree.projects, title="Circular electronics")
    published = datetime(2024, 5, 17, 12, tzinfo=UTC)
    project.__class__.objects.filter(pk=project.pk).update(first_published_at=published)
    SpotlightItemFactory(
        home_page=site_tree.home, title="Circularity", link_page=project, link_url=""
    )
    SpotlightItemFactory(home_page=site_tree.home, title="Elsewhere")
    html = client.get("/").content.decode()
    html = html[html.index('id="spotlight-heading"') :]
    html = html[: html.index("</section>")]
    card = html[html.index('<ul class="card__meta">') : html.index("Circularity</a>")]
    assert '<span class="tag">Project</span>' in card
    assert '<time datetime="2024-05-17">May 17, 2024</time>' in card
    assert html.count('<ul class="card__meta">') == 1, "an external link has no date or kind"


def test_page_kind_names_content_pages_only(site_tree):
    from projects.factories import ProjectPageFactory

    assert page_kind(ProjectPageFactory(parent=site_tree.projects)) == "Project"
    assert page_kind(site_tree.climate) == "Topic"
    for page in (site_tree.home, site_tree.projects, site_tree.topic_index):
        assert page_kind(page) == ""
    assert page_kind(StandardPageFactory(parent=site_tree.home)) == ""


def test_topic_tiles_show_their_short_description(client, site_tree):
    from cec_site.core.models import TopicPage

    TopicPage.objects.filter(pk=site_tree.climate.pk).update(featured_on_home_page=True)
    html = client.get(site_tree.topic_index.url).content.decode()
    assert f'<a class="tile__link" href="{site_tree.climate.url}">Climate Change</a>' in html
    assert '<p class="tile__text">What the three countries do together' in html
