"""The language switcher leads to the same page in the other language, and it lands: a visitor
who follows any of its links, from any page type in any language, gets that page (status 200)
in that language, with the route (the Top 50) and the query (search words, filters) kept as
that language spells them."""

import datetime
import html
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from cec_site.core.factories import StandardPageFactory
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import DocumentTypeFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "es"]
# Each language has its own slugs, as on the demo site: a link that keeps the English path
# under /fr/ or /es/ (/es/publications/top-50/) is a 404.
SLUGS = {
    "fr": {
        "projects": "projets",
        "publications": "publications-fr",
        "impact": "notre-impact",
        "topics": "thematiques",
        "topic": "changements-climatiques",
        "enforcement": "application-des-lois",
        "about": "a-propos",
    },
    "es": {
        "projects": "proyectos",
        "publications": "publicaciones",
        "impact": "nuestro-impacto",
        "topics": "temas",
        "topic": "cambio-climatico",
        "enforcement": "aplicacion",
        "about": "acerca-de",
    },
}


@pytest.fixture
def site(site_tree, locales):
    """One page of each type in English, French and Spanish, each language with its own
    slugs; a French document type "report" (none in Spanish); a publication of 2019 in English
    only."""
    climate = site_tree.climate
    english = {
        "home": site_tree.home,
        "about": StandardPageFactory(parent=site_tree.home, slug="about"),
        "topics": site_tree.topic_index,
        "topic": climate,
        "enforcement": site_tree.enforcement,
        "projects": site_tree.projects,
        "project": ProjectPageFactory(parent=site_tree.projects, topics=[climate]),
        "publications": site_tree.publications,
        "publication": PublicationPageFactory(
            parent=site_tree.publications,
            topics=[climate],
            publication_date=datetime.date(2024, 3, 1),
        ),
        "impact": site_tree.impact,
        "story": ImpactStoryPageFactory(parent=site_tree.impact, topics=[climate]),
    }
    pages = {name: {"en": page} for name, page in english.items()}
    for code in ("fr", "es"):
        for name, page in english.items():  # parents come first in this order
            translated = page.specific.copy_for_translation(locales[code])
            translated.title = f"{page.title} [{code}]"
            translated.slug = SLUGS[code].get(name, translated.slug)
            if name in ("project", "publication", "story"):
                translated.topics.set([pages["topic"][code]])  # as editors translate them
            translated.save_revision().publish()
            translated.refresh_from_db()  # its address, with the slug just published
            pages[name][code] = translated
    DocumentTypeFactory(locale=locales["fr"], slug="report", name="Rapport")
    PublicationPageFactory(
        parent=site_tree.publications, publication_date=datetime.date(2019, 5, 1)
    )
    return pages


@pytest.fixture
def two_pages_of_english_stories(site, site_tree):
    """Thirteen more stories in English only: two pages of them in English, one elsewhere."""
    for n in range(13):
        ImpactStoryPageFactory(parent=site_tree.impact, title=f"English-only story {n}")


def switcher_links(page_html):
    """{language code: the switcher's link to it}."""
    switcher = page_html.split('class="language-switcher"')[1].split("</nav>")[0]
    return {
        code: html.unescape(href)
        for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', switcher)
    }


def follow_every_link(client, url):
    """Open `url`, then every link of its switcher: {code: (link, its page's HTML)}, each
    asserted to land (200) in its language."""
    response = client.get(url)
    assert response.status_code in (200, 400, 404), url
    links = switcher_links(response.content.decode())
    assert sorted(links) == sorted(LANGUAGES), url
    landed = {}
    for code, link in links.items():
        target = client.get(link)
        assert target.status_code == 200, f"{url} → {code}: {link} ({target.status_code})"
        page_html = target.content.decode()
        assert f'<html lang="{code}">' in page_html, f"{url} → {code}: {link}"
        landed[code] = (link, page_html)
    return landed


def path_and_query(link):
    parts = urlsplit(link)
    return parts.path, dict(parse_qsl(parts.query))


PAGES = [
    ("home", ""),
    ("about", ""),
    ("topics", ""),
    ("topic", ""),
    ("projects", ""),
    ("project", ""),
    ("publications", ""),
    ("publications", "top-50/"),
    ("publication", ""),
    ("impact", ""),
    ("story", ""),
]


def test_every_switcher_link_of_every_page_type_lands_on_that_page(client, site):
    wrong = []
    for name, route in PAGES:
        for language in LANGUAGES:
            url = site[name][language].url + route
            for code, (link, page_html) in follow_every_link(client, url).items():
                expected = site[name][code].url + route
                if link != expected or site[name][code].title not in page_html:
                    wrong.append(f"{url} → {code}: {link}, not {expected}")
    assert wrong == []
    assert len(PAGES) * len(LANGUAGES) == 33  # pages checked, each with its three links


def test_the_top_50_leads_to_the_top_50_under_each_languages_own_address(client, site):
    """The reported bug: the Spanish link was /es/publications/top-50/ (a 404)."""
    landed = follow_every_link(client, "/publications/top-50/?window=12m")
    assert landed["es"][0] == "/es/publicaciones/top-50/?window=12m"
    assert landed["fr"][0] == "/fr/publications-fr/top-50/?window=12m"


def test_an_error_page_does_not_leave_wrong_links_to_the_page_at_its_address(
    client, site, two_pages_of_english_stories
):
    """The reported bug: after a 404 at /our-impact/?page=99 (no such page of stories), the
    links of /our-impact/ were the 404's guesses (/fr/our-impact/, a 404 too), kept for an hour.

    Now an error page's links lead to the nearest page above its address, in each language;
    and the page itself keeps its own links."""
    for url in (
        "/our-impact/?page=99",
        "/our-impact/nothing-here/",
        "/publications/top-50/x/",
        "/projects/%00/",
        "/projects/?topic=%00&page=%00",
    ):
        follow_every_link(client, url)
    assert path_and_query(follow_every_link(client, "/our-impact/?page=99")["fr"][0]) == (
        "/fr/notre-impact/",
        {},
    )
    landed = follow_every_link(client, "/our-impact/?page=1")
    assert landed["fr"][0] == "/fr/notre-impact/"
    assert landed["es"][0] == "/es/nuestro-impacto/"
    assert landed["en"][0] == "/our-impact/?page=1"  # this page, itself
    assert follow_every_link(client, "/fr/projets/nulle-part/")["es"][0] == "/es/proyectos/"


def test_a_page_number_is_kept_in_its_own_language_only(client, site, two_pages_of_english_stories):
    """Page 2 of the English stories exists; the French and Spanish lists have one page."""
    landed = follow_every_link(client, "/our-impact/?page=2")
    assert landed["en"][0] == "/our-impact/?page=2"
    assert landed["fr"][0] == "/fr/notre-impact/"
    assert landed["es"][0] == "/es/nuestro-impacto/"


def test_filters_follow_in_each_languages_terms_or_are_dropped(client, site):
    """The topic as each language names it; a document type, a year that the other language
    lacks: dropped there, never a 400 or an empty list; the page number: dropped."""
    url = "/publications/?topic=climate-change&type=report&year=2019&sort=title&page=1"
    landed = follow_every_link(client, url)
    assert path_and_query(landed["en"][0]) == (
        "/publications/",
        {"topic": "climate-change", "type": "report", "year": "2019", "sort": "title", "page": "1"},
    )
    # No French publication of 2019; a French "report" type.
    assert path_and_query(landed["fr"][0]) == (
        "/fr/publications-fr/",
        {"topic": "changements-climatiques", "type": "report", "sort": "title"},
    )
    # No Spanish document types at all.
    assert path_and_query(landed["es"][0]) == (
        "/es/publicaciones/",
        {"topic": "cambio-climatico", "sort": "title"},
    )
    for code in ("fr", "es"):
        assert site["publication"][code].title in landed[code][1], "the filtered list is not empty"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_filtered_listing_leads_to_the_same_filter_in_every_language(client, site, language):
    for listing, item in (
        ("projects", "project"),
        ("publications", "publication"),
        ("impact", "story"),
    ):
        url = f"{site[listing][language].url}?topic={site['topic'][language].slug}"
        for code, (link, page_html) in follow_every_link(client, url).items():
            expected = (site[listing][code].url, {"topic": site["topic"][code].slug})
            assert path_and_query(link) == expected
            assert site[item][code].title in page_html, "the same item, found by its topic"


def test_a_filter_value_that_is_no_option_is_not_carried(client, site):
    response = client.get("/projects/?topic=nonsense&status=active")
    assert response.status_code == 400
    links = switcher_links(response.content.decode())
    assert links["fr"] == "/fr/projets/?status=active"
    follow_every_link(client, "/projects/?topic=nonsense&status=active")


def test_a_topic_without_a_translation_is_dropped(client, site, site_tree):
    from cec_site.core.factories import TopicPageFactory

    english_only = TopicPageFactory(parent=site_tree.topic_index, title="Wetlands")
    ProjectPageFactory(parent=site_tree.projects, topics=[english_only])
    landed = follow_every_link(client, f"/projects/?topic={english_only.slug}")
    assert landed["en"][0] == f"/projects/?topic={english_only.slug}"
    assert landed["fr"][0] == "/fr/projets/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_keeps_the_words_type_and_topic_in_every_language(client, site, language):
    prefix = "" if language == "en" else f"/{language}"
    topic = site["topic"][language].slug
    url = f"{prefix}/search/?q=north+american&type=publications&topic={topic}&page=1"
    landed = follow_every_link(client, url)
    for code, (link, page_html) in landed.items():
        path, query = path_and_query(link)
        assert path == ("/search/" if code == "en" else f"/{code}/search/")
        expected = {
            "q": "north american",
            "type": "publications",
            "topic": site["topic"][code].slug,
        }
        if code == language:
            expected["page"] = "1"
        assert query == expected
        assert 'value="north american"' in page_html  # the words are searched there too


def test_the_search_words_are_carried_as_the_form_cleaned_them(client, site):
    links = switcher_links(client.get("/search/?q=%20acid%00%20rain%20").content.decode())
    assert links["fr"] == "/fr/search/?q=acid+rain"
    links = switcher_links(client.get("/search/").content.decode())
    assert links == {"en": "/search/", "fr": "/fr/search/", "es": "/es/search/"}


def test_the_links_cost_no_query_once_their_parts_are_kept(client, site):
    """What links are made of (the page's translations, the topics' slugs in each language) is
    kept until content changes; each request applies its own query string to it."""
    from unittest import mock

    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    from cec_site.core.templatetags.cec_tags import _translation_links

    url = "/publications/?topic=climate-change&sort=title"
    queries = []

    def spy(*args, **kwargs):
        with CaptureQueriesContext(connection) as captured:
            links = _translation_links(*args, **kwargs)
        queries.append(len(captured))
        return links

    with (
        override_settings(PAGE_CACHE_ENABLED=False),
        mock.patch("cec_site.core.templatetags.cec_tags._translation_links", spy),
    ):
        first = client.get(url).content.decode()
        again = client.get(url).content.decode()
        tagged = client.get(url + "&utm_source=newsletter").content.decode()
        other = client.get("/publications/?sort=title").content.decode()
    assert queries[0] > 0
    assert queries[1:] == [0, 0, 0], "kept: no query once the parts are known"
    assert switcher_links(again) == switcher_links(first)
    assert switcher_links(tagged)["fr"].endswith("&utm_source=newsletter")
    assert "topic=" not in switcher_links(other)["fr"]
