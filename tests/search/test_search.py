"""Site search as a visitor uses it: /search/?q=…, /fr/search/?q=…, /es/search/?q=…"""

import re

from django.core.management import call_command

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.models import IndexEntry

import pytest

from cec_site.core.factories import StandardPageFactory, TopicPageFactory
from cec_site.search.forms import MAX_QUERY_LENGTH
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from tests.html_validation import vnu_errors

PREFIX = {"en": "", "fr": "/fr", "es": "/es"}


def search(client, query_string, language="en"):
    response = client.get(f"{PREFIX[language]}/search/{query_string}")
    return response, response.content.decode()


def result_titles(html):
    """The titles of the results, in order (recommended ones first)."""
    return re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', html)


def result_links(html):
    return re.findall(r'<h3><a href="([^"]*)">', html)


# Stemming in each language (PostgreSQL) ------------------------------------------------------

STEMMED = [
    # (language, the word searched for, the text that holds another form of it)
    ("en", "pollutant", "Tracking pollutants across borders"),
    ("en", "policy", "Three countries align their policies"),
    ("fr", "polluant", "Suivre les polluants au-delà des frontières"),
    ("fr", "eau", "La qualité des eaux des Grands Lacs"),
    ("fr", "coopérer", "La coopération entre les trois pays"),
    ("es", "contaminante", "Seguimiento de los contaminantes entre fronteras"),
    ("es", "conservar", "La conservación de los humedales"),
]


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize(("language", "word", "text"), STEMMED)
def test_another_form_of_a_word_finds_the_page_in_its_language(
    client, sections, language, word, text
):
    tree = sections[language]
    page = PublicationPageFactory(
        parent=tree.publications, locale=tree.locale, title="Informe 2024", summary=text
    )
    response, html = search(client, f"?q={word}", language)
    assert response.status_code == 200
    assert result_titles(html) == ["Informe 2024"]
    assert result_links(html) == [page.url]
    # The form of the word in the text is the one marked, as PostgreSQL stemmed it.
    written_form = next(w for w in re.findall(r"\w+", text) if w.lower().startswith(word[:4]))
    assert f"<mark>{written_form}</mark>" in html


@pytest.mark.postgres
@pytest.mark.django_db
def test_each_language_is_stemmed_by_its_own_rules(client, sections):
    """ "eaux" is only the plural of "eau" in French: an English page with the same words is
    not stemmed that way, and searching in English does not stem French words."""
    PublicationPageFactory(
        parent=sections["fr"].publications,
        locale=sections["fr"].locale,
        title="Eaux françaises",
        summary="La qualité des eaux.",
    )
    PublicationPageFactory(
        parent=sections["en"].publications, title="English waters", summary="Des eaux, in English."
    )
    assert result_titles(search(client, "?q=eau", "fr")[1]) == ["Eaux françaises"]
    assert result_titles(search(client, "?q=eau")[1]) == []
    assert result_titles(search(client, "?q=eaux")[1]) == ["English waters"]


@pytest.mark.django_db
def test_only_pages_of_the_current_language_are_returned(client, sections):
    english = ProjectPageFactory(
        parent=sections["en"].projects, title="Monarch butterfly", summary="Monarch habitat."
    )
    translations = {}
    for code in ("fr", "es"):
        translation = english.copy_for_translation(sections[code].locale)
        translation.title = f"Monarch [{code}]"
        translation.save_revision().publish()
        translations[code] = translation
    assert result_links(search(client, "?q=monarch")[1]) == [english.url]
    for code, translation in translations.items():
        html = search(client, "?q=monarch", code)[1]
        assert result_links(html) == [translation.url]
        assert translation.url.startswith(f"/{code}/")


# Indexing --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_is_found_once_published_and_no_longer_once_unpublished(client, site_tree):
    draft = ProjectPageFactory(
        parent=site_tree.projects, live=False, title="Saltmarsh restoration", summary="Tidal."
    )
    assert result_titles(search(client, "?q=saltmarsh")[1]) == []
    draft.save_revision().publish()
    assert result_titles(search(client, "?q=saltmarsh")[1]) == ["Saltmarsh restoration"]
    draft.refresh_from_db()
    draft.unpublish()
    assert result_titles(search(client, "?q=saltmarsh")[1]) == []


@pytest.mark.django_db
def test_update_index_rebuilds_the_index_in_each_language(client, sections, is_postgres):
    ProjectPageFactory(
        parent=sections["fr"].projects,
        locale=sections["fr"].locale,
        title="Qualité de l'air",
        summary="Suivre les polluants au-delà des frontières.",
    )
    IndexEntry.objects.all().delete()
    assert result_titles(search(client, "?q=polluants", "fr")[1]) == []
    call_command("update_index", verbosity=0)
    assert result_titles(search(client, "?q=polluants&type=projects", "fr")[1]) == [
        "Qualité de l&#x27;air"
    ]
    if is_postgres:
        assert result_titles(search(client, "?q=polluant", "fr")[1]) == ["Qualité de l&#x27;air"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_searches_outside_the_site_search_match_every_language(sections):
    """The API and Wagtail's own callers search without a language: a French page is found by
    its stemmed French words all the same."""
    from wagtail.models import Page

    french = ProjectPageFactory(
        parent=sections["fr"].projects,
        locale=sections["fr"].locale,
        title="Coopération",
        summary="La coopération nord-américaine.",
    )
    assert list(Page.objects.live().search("coopérer")) == [french.page_ptr]


@pytest.mark.django_db
def test_the_admin_search_still_finds_pages_in_every_language(admin_client, sections):
    ProjectPageFactory(parent=sections["en"].projects, title="Grasslands of the plains")
    ProjectPageFactory(
        parent=sections["es"].projects, locale=sections["es"].locale, title="Pastizales del norte"
    )
    for words, title in [("grasslands", "Grasslands of the plains"), ("pastiz", "Pastizales")]:
        response = admin_client.get("/admin/pages/search/", {"q": words})
        assert response.status_code == 200
        assert title in response.content.decode()


# Results: snippets, promotions, filters, pagination ----------------------------------------


@pytest.mark.django_db
def test_snippets_mark_the_words_and_escape_the_text(client, site_tree):
    ProjectPageFactory(
        parent=site_tree.projects,
        title="Toxics",
        summary='Which pollutants stay < 5 ppm & "toxics" cross? <script>alert(1)</script> '
        + "Filler words. " * 40,
    )
    html = search(client, "?q=pollutants+toxics")[1]
    assert "<mark>pollutants</mark> stay &lt; 5 ppm &amp; &quot;<mark>toxics</mark>&quot;" in html
    assert "<script>alert" not in html


@pytest.mark.django_db
def test_results_show_their_type_and_date(client, site_tree):
    ProjectPageFactory(
        parent=site_tree.projects,
        title="Mangroves of the Gulf",
        summary="Mangroves protect the coast; mangroves store carbon.",
        year=2021,
    )
    PublicationPageFactory(
        parent=site_tree.publications,
        title="Coastal report",
        summary="A note on mangroves.",
        publication_date="2024-07-17",
    )
    ImpactStoryPageFactory(parent=site_tree.impact, title="Blue carbon", summary="Mangroves.")
    TopicPageFactory(parent=site_tree.topic_index, title="Coasts", short_description="Mangroves.")
    StandardPageFactory(parent=site_tree.home, title="About mangroves", introduction="Why.")
    response, html = search(client, "?q=mangroves")
    assert sorted(result_titles(html)) == sorted(
        ["Mangroves of the Gulf", "Coastal report", "Blue carbon", "Coasts", "About mangroves"]
    )
    for label in ("Project", "Publication", "Impact story", "Topic", "Page"):
        assert f'<span class="tag">{label}</span>' in html
    assert '<time datetime="2024-07-17">July 17, 2024</time>' in html
    assert "<li>2021</li>" in html
    assert "5 results for “mangroves”" in html


@pytest.mark.django_db
def test_a_page_about_the_words_ranks_above_one_that_mentions_them(client, site_tree):
    ProjectPageFactory(
        parent=site_tree.projects,
        title="Tundra range",
        summary="Herds move across the tundra; caribou among them.",
    )
    ProjectPageFactory(
        parent=site_tree.projects,
        title="Caribou range",
        summary="Caribou herds and the caribou calving grounds.",
    )
    assert result_titles(search(client, "?q=caribou")[1]) == ["Caribou range", "Tundra range"]


@pytest.mark.django_db
def test_promoted_pages_come_first_marked_as_recommended(client, site_tree):
    for n in range(3):
        ProjectPageFactory(parent=site_tree.projects, title=f"Wetlands {n}", summary="Wetlands.")
    about = StandardPageFactory(parent=site_tree.home, title="How we work", introduction="")
    query = Query.get("wetlands")
    SearchPromotion.objects.create(query=query, page=about, description="Start here.", sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.ramsar.org/",
        external_link_text="The Ramsar Convention",
        sort_order=1,
    )
    response, html = search(client, "?q=Wetlands")
    titles = result_titles(html)
    assert titles[:2] == ["How we work", "The Ramsar Convention"]
    assert sorted(titles[2:]) == ["Wetlands 0", "Wetlands 1", "Wetlands 2"]
    assert html.count("Recommended</span>") == 2
    assert '<a href="https://www.ramsar.org/">' in html
    assert "Start here." in html
    assert "5 results for “Wetlands”" in html
    # A filter applies to promotions too; an external link has no type, so it goes.
    assert result_titles(search(client, "?q=wetlands&type=pages")[1]) == ["How we work"]
    assert "How we work" not in result_titles(search(client, "?q=wetlands&type=projects")[1])


@pytest.mark.django_db
def test_a_promotion_shows_the_page_in_the_visitors_language(client, sections):
    english = ProjectPageFactory(parent=sections["en"].projects, title="Lead in paint")
    french = english.copy_for_translation(sections["fr"].locale)
    french.title = "Le plomb dans la peinture"
    french.save_revision().publish()
    search(client, "?q=plomb", "fr")  # seen once without the promotion (and kept in the cache)
    SearchPromotion.objects.create(query=Query.get("plomb"), page=english, sort_order=0)
    html = search(client, "?q=plomb", "fr")[1]
    assert "Recommandé</span>" in html
    assert result_titles(html) == ["Le plomb dans la peinture"]
    assert result_links(html) == [french.url]


@pytest.mark.django_db
def test_type_and_topic_filters(client, site_tree):
    climate = site_tree.climate
    ProjectPageFactory(parent=site_tree.projects, title="Arctic project", topics=[climate])
    ProjectPageFactory(parent=site_tree.projects, title="Arctic survey")
    PublicationPageFactory(parent=site_tree.publications, title="Arctic report", topics=[climate])
    ImpactStoryPageFactory(parent=site_tree.impact, title="Arctic story", topics=[climate])

    def titles(query_string):
        response, html = search(client, query_string)
        assert response.status_code == 200
        return sorted(result_titles(html))

    assert titles("?q=arctic") == [
        "Arctic project",
        "Arctic report",
        "Arctic story",
        "Arctic survey",
    ]
    assert titles("?q=arctic&type=projects") == ["Arctic project", "Arctic survey"]
    assert titles("?q=arctic&type=publications") == ["Arctic report"]
    assert titles("?q=arctic&topic=climate-change") == [
        "Arctic project",
        "Arctic report",
        "Arctic story",
    ]
    assert titles("?q=arctic&topic=climate-change&type=projects") == ["Arctic project"]
    assert titles("?q=arctic&topic=enforcement") == []


@pytest.mark.django_db
def test_results_are_paginated_and_a_page_out_of_range_is_not_found(client, site_tree):
    for n in range(23):
        ProjectPageFactory(parent=site_tree.projects, title=f"Bison herd {n:02}")
    first = search(client, "?q=bison")[1]
    third = search(client, "?q=bison&page=3")[1]
    assert len(result_titles(first)) == 10
    assert len(result_titles(third)) == 3
    assert '<ol class="search-results" start="21">' in third
    assert '<a href="?q=bison&amp;page=2" rel="next">' in first
    assert not set(result_titles(first)) & set(result_titles(third))
    for page in ("4", "0", "abc", "-1"):
        assert search(client, f"?q=bison&page={page}")[0].status_code == 404


# Bad input -------------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
NO_WORDS = "Type words to search for: punctuation and symbols alone find nothing."
EMPTY = "Type one or more words to search the site."
NOTHING = "Nothing matches these words."
BAD_FILTER = "Some filters could not be used"

HOSTILE = [
    # (query string, status, what the visitor reads)
    ("", 200, EMPTY),
    ("?q=", 200, EMPTY),
    ("?q=+++", 200, EMPTY),
    ("?q=" + "forest+" * 2000, 200, "Your search was too long: only its first 200 characters"),
    ("?q=" + "x" * 5000, 200, "Your search was too long"),
    ("?q=...!!!", 200, NO_WORDS),
    ("?q=%26|!():*", 200, NO_WORDS),
    ("?q=%27+OR+1%3D1+--", 200, "result"),
    ("?q=%27%3B+DROP+TABLE+wagtailcore_page%3B+--", 200, "result"),
    ("?q=" + SCRIPT, 200, "result"),
    ("?q=%22unbalanced+quote", 200, "result"),
    ("?q=%27unbalanced", 200, "result"),
    ("?q=forest%22+%22", 200, "result"),
    ("?q=a:*+%26+!b+|+(c", 200, "result"),
    ("?q=forest%00null", 200, "result"),
    ("?q=%00", 200, EMPTY),
    ("?q=%E2%80%AE%F0%9F%8C%B2+%E6%A3%AE%E6%9E%97", 200, "result"),  # RTL mark, emoji, 森林
    ("?q=%5C%5C%5C", 200, NO_WORDS),  # backslashes
    ("?q=%25%25s%25d", 200, "result"),  # %%s%d
    ("?q=forest&q=lake", 200, "result"),
    ("?q[]=forest", 200, EMPTY),
    ("?q=forest&type=" + SCRIPT, 400, BAD_FILTER),
    ("?q=forest&type=users", 400, BAD_FILTER),
    ("?q=forest&topic=no-such-topic", 400, BAD_FILTER),
    ("?q=forest&topic=%00", 400, BAD_FILTER),
    ("?q=forest&page=" + "9" * 50, 404, "Page not found"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("query_string", "status", "shown"), HOSTILE)
def test_bad_input_gets_a_clear_answer_never_a_5xx(client, site_tree, query_string, status, shown):
    ProjectPageFactory(parent=site_tree.projects, title="Forest carbon", summary="Forests.")
    response, html = search(client, query_string)
    assert response.status_code == status
    assert shown in html
    assert SCRIPT not in html, "the visitor's words are escaped"
    if status == 200:
        value = re.search(r'id="search-q"[^>]* value="([^"]*)"', html).group(1)
        assert len(value) <= MAX_QUERY_LENGTH


@pytest.mark.django_db
def test_a_long_search_is_cut_at_a_word_and_still_searched(client, site_tree):
    ProjectPageFactory(parent=site_tree.projects, title="Forest carbon", summary="Forests.")
    response, html = search(client, "?q=forest+" + "carbon+" * 100)
    value = re.search(r'id="search-q"[^>]* value="([^"]*)"', html).group(1)
    assert value.endswith("carbon") and len(value) <= MAX_QUERY_LENGTH
    assert result_titles(html) == ["Forest carbon"]


# The page itself ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_is_accessible_and_kept_out_of_search_engines(client, site_tree):
    ProjectPageFactory(parent=site_tree.projects, title="Forest carbon", summary="Forests.")
    response, html = search(client, "?q=forest")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html
    form = re.search(r'<form class="filters" role="search"[^>]*>', html).group(0)
    assert 'aria-label="Search the site"' in form and 'method="get"' in form
    assert '<label for="search-q">Search for</label>' in html
    assert '<p class="result-count" role="status">1 result for “forest”</p>' in html
    main = html[html.index("<main") :]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert "<title>Search results for “forest” |" in html


@pytest.mark.django_db
def test_the_french_page_is_in_french_and_links_stay_in_french(client, sections):
    ProjectPageFactory(
        parent=sections["fr"].projects,
        locale=sections["fr"].locale,
        title="Forêts",
        summary="Forêts.",
    )
    response, html = search(client, "?q=forêts", "fr")
    assert '<html lang="fr">' in html
    assert 'action="/fr/search/"' in html
    assert all(link.startswith("/fr/") for link in result_links(html))


@pytest.mark.django_db
def test_a_results_page_is_valid_html(client, site_tree):
    climate = site_tree.climate
    for n in range(12):
        ProjectPageFactory(
            parent=site_tree.projects,
            title=f"Prairie {n}",
            summary="Prairie & grassland <birds>.",
            topics=[climate],
        )
    SearchPromotion.objects.create(
        query=Query.get("prairie"), external_link_url="https://example.org/", sort_order=0
    )
    for query_string in ("?q=prairie", "?q=prairie&type=nonsense&page=2", "?q=" + "x" * 300, "?q="):
        response, html = search(client, query_string)
        assert vnu_errors(html) == [], query_string


@pytest.mark.django_db
def test_a_results_page_takes_a_bounded_number_of_queries(
    client, site_tree, django_assert_max_num_queries
):
    tree = site_tree
    for n in range(4):
        ProjectPageFactory(parent=tree.projects, title=f"River {n}", topics=[tree.climate])
        PublicationPageFactory(
            parent=tree.publications, title=f"River report {n}", topics=[tree.climate]
        )
        ImpactStoryPageFactory(parent=tree.impact, title=f"River story {n}", topics=[tree.climate])
    TopicPageFactory(parent=tree.topic_index, title="Rivers")
    StandardPageFactory(parent=tree.home, title="River basins")
    promoted = StandardPageFactory(parent=tree.home, title="Promoted river page")
    SearchPromotion.objects.create(query=Query.get("river"), page=promoted, sort_order=0)
    search(client, "?q=warm+up")  # the header, footer and topic choices are cached from here
    # The language, the promotions (2 + one per type promoted), the count, the ranked page,
    # one query per type on it (at most 5), the snippets, the site's root paths.
    with django_assert_max_num_queries(15):
        response, html = search(client, "?q=river")
    assert response.status_code == 200
    # The editor's promotion, the topic and the page the words name ("Rivers", "River basins":
    # cec_site/search/queries.py), and the first ten results.
    assert len(result_titles(html)) == 13
    with django_assert_max_num_queries(15):
        response, html = search(client, "?q=river&topic=climate-change&page=2")
    assert response.status_code == 200
