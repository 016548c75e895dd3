"""Every page type in English, French and Spanish: `lang`, alternates, the switcher."""

import re

from django.urls import reverse

import pytest

from cec_site.core.factories import StandardPageFactory
from cec_site.home.factories import PdfDocumentFactory
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory

LANGUAGES = ["en", "fr", "es"]


@pytest.fixture
def trilingual(site_tree, locales):
    """One page of each type, with its French and Spanish translations published."""
    english = {
        "home": site_tree.home,
        "projects": site_tree.projects,
        "project": ProjectPageFactory(parent=site_tree.projects, topics=[site_tree.climate]),
        "publications": site_tree.publications,
        "publication": PublicationPageFactory(
            parent=site_tree.publications, document=PdfDocumentFactory()
        ),
        "impact": site_tree.impact,
        "story": ImpactStoryPageFactory(parent=site_tree.impact),
        "topics": site_tree.topic_index,
        "topic": site_tree.climate,
        "about": StandardPageFactory(parent=site_tree.home, slug="about"),
    }
    pages = {name: {"en": page} for name, page in english.items()}
    for code in ("fr", "es"):
        for name, page in english.items():  # parents come first in this order
            translated = page.specific.copy_for_translation(locales[code])
            translated.title = f"{page.title} [{code}]"
            translated.save_revision().publish()
            pages[name][code] = translated
    return pages


def links(html, pattern):
    return dict(re.findall(pattern, html))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    [
        "home",
        "projects",
        "project",
        "publications",
        "publication",
        "impact",
        "story",
        "topics",
        "topic",
        "about",
    ],
)
def test_page_in_each_language(client, trilingual, name, language):
    page = trilingual[name][language]
    url = page.url
    assert url.startswith("/") if language == "en" else url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"{page.title}" in html
    # <link rel="alternate"> for each edition, plus x-default (the English one).
    alternates = links(
        html, r'<link rel="alternate" hreflang="([\w-]+)" href="http://localhost([^"]+)">'
    )
    expected = {code: trilingual[name][code].url for code in LANGUAGES}
    assert alternates == {**expected, "x-default": expected["en"]}
    # The switcher leads to the same page in each language, each named in its own language.
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    targets = links(switcher, r'<a href="([^"]+)" lang="(\w+)" hreflang="\w+"')
    assert {code: url for url, code in targets.items()} == expected
    for code, native in (("en", "English"), ("fr", "Français"), ("es", "Español")):
        assert f'lang="{code}" hreflang="{code}"' in switcher and native in switcher
    assert 'aria-current="true"' in switcher.split(f'lang="{language}"')[1].split("</a>")[0] or (
        f'lang="{language}" hreflang="{language}" aria-current="true"' in switcher
    )


@pytest.mark.django_db
def test_without_a_translation_the_switcher_leads_to_that_languages_home(
    client, trilingual, site_tree
):
    only_english = ProjectPageFactory(parent=site_tree.projects, title="English only")
    html = client.get(only_english.url).content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/fr/" lang="fr"' in switcher
    assert 'href="/es/" lang="es"' in switcher
    assert 'hreflang="fr"' not in html.split("</head>")[0]


@pytest.mark.django_db
def test_dates_and_words_in_the_visitors_language(client, trilingual):
    import datetime

    for code in LANGUAGES:
        publication = trilingual["publication"][code]
        publication.publication_date = datetime.date(2024, 7, 17)
        publication.save_revision().publish()
    assert "July 17, 2024" in client.get(trilingual["publication"]["en"].url).content.decode()
    french = client.get(trilingual["publication"]["fr"].url).content.decode()
    assert "17 juillet 2024" in french
    spanish = client.get(trilingual["publication"]["es"].url).content.decode()
    assert "17 de julio de 2024" in spanish


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_alternates(client, trilingual):
    xml = client.get("/sitemap.xml").content.decode()
    for name in ("home", "project", "publication"):
        for code in LANGUAGES:
            assert f"<loc>http://localhost{trilingual[name][code].url}</loc>" in xml  # the site
    assert '<xhtml:link rel="alternate" hreflang="fr" href="http://localhost/fr/' in xml
    assert 'hreflang="x-default"' in xml


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["project", "publication"])
def test_wagtail_localize_creates_a_translation(client, admin_user, site_tree, locales, name):
    """An editor submits a page for translation with wagtail-localize (Wagtail 8)."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    page = (
        ProjectPageFactory(parent=site_tree.projects)
        if name == "project"
        else PublicationPageFactory(parent=site_tree.publications)
    )
    client.force_login(admin_user)
    # The parent index goes first (with its subtree off), then the page itself.
    for target in (page.get_parent(), page):
        url = reverse("wagtail_localize:submit_page_translation", args=[target.pk])
        assert client.get(url).status_code == 200
        response = client.post(url, {"locales": [locales["fr"].pk]})
        assert response.status_code == 302
    french = Page.objects.get(translation_key=page.translation_key, locale=locales["fr"])
    assert french.specific_class is type(page)
    # The editor then translates it in wagtail-localize's editor, which opens on Wagtail 8.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]
    assert Translation.objects.filter(source__object_id=page.translation_key).exists()


@pytest.mark.django_db
def test_download_counts_are_written_the_way_each_language_writes_numbers(client, trilingual):
    import datetime

    from publications.models import PublicationDownloadDay

    PublicationDownloadDay.objects.create(
        publication=trilingual["publication"]["en"], day=datetime.date(2026, 1, 5), count=12345
    )
    top_50 = "top-50/"
    assert (
        "12,345 downloads"
        in client.get(trilingual["publications"]["en"].url + top_50).content.decode()
    )
    french = client.get(trilingual["publications"]["fr"].url + top_50).content.decode()
    assert "12\xa0345 téléchargements" in french
