"""Every page tells search engines what it is about: <meta name="description">, in its language,
from its own text (search description, summary, introduction), else the site's tagline."""

import re

import pytest

from cec_site.core.factories import StandardPageFactory
from cec_site.core.templatetags.cec_tags import DESCRIPTION_LENGTH, short_description
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory

LANGUAGES = ["en", "fr", "es"]
TAGLINES = {
    "en": "Three countries working together to protect our shared environment",
    "fr": "Trois pays unis pour protéger leur environnement commun",
    "es": "Tres países unidos para proteger nuestro medio ambiente común",
}


def descriptions(html):
    return re.findall(r'<meta name="description" content="([^"]*)">', html)


@pytest.fixture
def trilingual(site_tree, locales):
    """One page of each type, in English, French and Spanish, each with its own text."""
    english = {
        "home": site_tree.home,
        "projects": site_tree.projects,
        "project": ProjectPageFactory(parent=site_tree.projects),
        "publications": site_tree.publications,
        "publication": PublicationPageFactory(parent=site_tree.publications),
        "impact": site_tree.impact,
        "story": ImpactStoryPageFactory(parent=site_tree.impact),
        "topics": site_tree.topic_index,
        "topic": site_tree.climate,
        "about": StandardPageFactory(parent=site_tree.home, slug="about"),
    }
    texts = {
        "home": "introduction",
        "projects": "introduction",
        "project": "summary",
        "publications": "introduction",
        "publication": "summary",
        "impact": "introduction",
        "story": "summary",
        "topics": "introduction",
        "topic": "short_description",
        "about": "introduction",
    }
    pages = {name: {} for name in english}
    for code in LANGUAGES:
        for name, page in english.items():  # parents come first in this order
            if code == "en":
                translated = page.specific
            else:
                translated = page.specific.copy_for_translation(locales[code])
            setattr(translated, texts[name], f"{name} in {code}: what this page is about.")
            if name == "home":
                translated.tagline = TAGLINES[code]
            translated.save_revision().publish()
            translated.refresh_from_db()
            pages[name][code] = translated
    return pages


@pytest.mark.django_db
def test_every_page_type_has_its_own_description_in_each_language(client, trilingual):
    for name, editions in trilingual.items():
        for code, page in editions.items():
            html = client.get(page.url).content.decode()
            assert descriptions(html) == [f"{name} in {code}: what this page is about."], page.url
    top_50 = client.get(trilingual["publications"]["es"].url + "top-50/").content.decode()
    assert descriptions(top_50) == ["publications in es: what this page is about."]


@pytest.mark.django_db
def test_the_editors_search_description_comes_first(client, trilingual):
    project = trilingual["project"]["fr"]
    project.search_description = "Ce que le projet a changé."
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    assert descriptions(html) == ["Ce que le projet a changé."]


@pytest.mark.django_db
def test_a_page_without_text_of_its_own_has_the_sites_tagline_in_its_language(client, trilingual):
    for code in LANGUAGES:
        about = trilingual["about"][code]
        about.introduction = ""
        about.save_revision().publish()
        assert descriptions(client.get(about.url).content.decode()) == [TAGLINES[code]]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_that_are_no_page_have_the_tagline_too(client, trilingual, language):
    prefix = "" if language == "en" else f"/{language}"
    for url, status in ((f"{prefix}/search/?q=report", 200), (f"{prefix}/nowhere/", 404)):
        response = client.get(url)
        assert response.status_code == status
        assert descriptions(response.content.decode()) == [TAGLINES[language]], url


@pytest.mark.django_db
def test_a_long_summary_is_shortened_and_quotes_are_escaped(client, trilingual):
    publication = trilingual["publication"]["en"]
    publication.summary = (
        'This report is about "air quality" across North America and what three countries '
        "measured over ten years. It compares the monitoring networks of each country. "
        "It recommends common methods for the next decade of measurements."
    )
    publication.save_revision().publish()
    html = client.get(publication.url).content.decode()
    assert descriptions(html) == [
        "This report is about &quot;air quality&quot; across North America and what three "
        "countries measured over ten years. It compares the monitoring networks of each country."
    ]
    # Link previews still get the whole summary.
    assert "It recommends common methods" in html.split('property="og:description"')[1][:400]


def test_short_description_keeps_whole_sentences_or_cuts_at_a_word():
    assert short_description("  One line.\n\nTwo  lines. ") == "One line. Two lines."
    sentence = "A first sentence of some length, about the topic."
    assert short_description(" ".join([sentence] * 4)) == " ".join([sentence] * 3)
    one_long_sentence = "word " * 60
    shortened = short_description(one_long_sentence)
    assert len(shortened) <= DESCRIPTION_LENGTH
    assert shortened.endswith("word…")
    short_then_long = "Short. " + "word " * 60
    assert short_description(short_then_long).endswith("word…"), (
        "one short sentence says too little"
    )
    assert short_description("") == ""
