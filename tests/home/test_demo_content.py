"""The demo site: what `load_demo_content` builds, and the whole site answering on it.

The demo is loaded once for this module (it takes a while) inside a transaction that is rolled
back at the end, so the other tests never see it; each test runs in a savepoint of its own, so
one that changes the demo (running the loader again, --reset) leaves it whole for the next.
"""

import csv
import json
import xml.etree.ElementTree as ET
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import bibtexparser
import feedparser
import pytest
import rispy

from cec_site.home.management.commands.load_demo_content import LEGACY_REDIRECTS
from cec_site.home.models import HomePage
from publications.models import PublicationPage
from tests.core.test_metadata import HeadMetadata
from tests.publications.test_citations import FULL_TITLE, TITLE, download

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "es"]
PREFIX = {"en": "", "fr": "/fr", "es": "/es"}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
        assert not PublicationPage.objects.exists(), "the demo must not outlive this module"


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("id", "title", "path")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": list(Site.objects.values_list("id", "root_page_id")),
    }


def test_demo_content_builds_the_seed_home_page(client, demo):
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


def test_demo_has_what_the_issue_asks_for(demo):
    from pypdf import PdfReader

    from cec_site.core.models import TopicPage
    from impact.models import ImpactStoryPage
    from projects.models import ProjectPage
    from publications.models import PublicationPage

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


def test_running_it_again_changes_nothing_and_keeps_editors_changes(demo):
    home = HomePage.objects.get(locale__language_code="en")
    home.tagline = "An editor's change"
    home.save_revision().publish()
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before
    assert HomePage.objects.get(locale__language_code="en").tagline == "An editor's change"


def test_reset_starts_over_and_english_only_skips_the_translations(demo):
    from projects.models import ProjectPage

    home = HomePage.objects.get(locale__language_code="en")
    home.tagline = "An editor's change"
    home.save_revision().publish()
    old_pages = set(Page.objects.values_list("id", flat=True))
    # --english-only keeps the reset quick here; the benchmarks seed with it.
    call_command("load_demo_content", "--reset", "--english-only", verbosity=0)
    new_home = HomePage.objects.get(locale__language_code="en")
    assert new_home.tagline.startswith("Three countries working together")
    assert new_home.pk not in old_pages
    assert ProjectPage.objects.live().filter(locale__language_code="en").count() >= 30
    assert not Page.objects.filter(locale__language_code__in=["fr", "es"]).exists()
    assert Site.objects.get(is_default_site=True).root_page_id == new_home.pk


def test_scaled_copies_of_a_long_title_are_pages_of_their_own():
    from cec_site.home.demo.builder import page_slug

    title = "Submissions on Enforcement Matters: What Have We Learned? A Retrospective Review"
    original = page_slug({"title": title})
    copies = {page_slug({"title": f"{title} ({n})", "copy": n}) for n in range(2, 27)}
    assert len(copies) == 25 and original not in copies
    assert all(len(slug) <= 80 for slug in copies | {original})
    assert page_slug({"title": "Short title (2)", "copy": 2}) == "short-title-2"


# The demo site as a whole: its old addresses, sitemap, feeds, robots.txt and API ---------------


def demo_redirects():
    with open(LEGACY_REDIRECTS, encoding="utf-8", newline="") as csv_file:
        return list(csv.DictReader(csv_file))


def test_the_demo_csv_has_every_old_format_in_every_language():
    old_urls = [row["old_url"] for row in demo_redirects()]
    for language in ("english", "french", "spanish"):
        assert any(url.startswith(f"/index.cfm?varlan={language}&ID=") for url in old_urls)
    assert any(url.startswith("/Page.asp?PageID=") and "SiteNodeID=" in url for url in old_urls)
    for code in LANGUAGES:
        assert any(url.startswith(f"/islandora/{code}/item/") for url in old_urls)


def test_each_demo_old_address_answers_301_to_its_page(client, demo):
    rows = demo_redirects()
    for row in rows:
        response = client.get(row["old_url"])
        assert response.status_code == 301, row["old_url"]
        assert response["Location"] == row["new_url"]
        target = client.get(response["Location"], HTTP_USER_AGENT=BROWSER)
        assert target.status_code == 200, row["new_url"]
    # Importing the same file again changes nothing.
    out = StringIO()
    call_command("import_legacy_redirects", str(LEGACY_REDIRECTS), stdout=out)
    assert f"0 new, 0 updated, {len(rows)} unchanged; 0 rows skipped" in out.getvalue()


def test_sitemap_feeds_and_robots_answer_and_parse(client, demo):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    # On the Site's address, as the sitemap's entries are, whatever Host the request named.
    site = Site.objects.get(is_default_site=True)
    assert f"Sitemap: {site.root_url}/sitemap.xml" in robots.content.decode()

    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    root = ET.fromstring(sitemap.content)  # noqa: S314 (our own sitemap, not untrusted)
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    paths = {urlsplit(loc.text).path for loc in root.iter(f"{namespace}loc")}
    live = PublicationPage.objects.live().public().select_related("locale")
    assert {page.url for page in live} <= paths
    assert {path.split("/")[1] for path in paths if path.startswith(("/fr/", "/es/"))} == {
        "fr",
        "es",
    }

    for language in LANGUAGES:
        newest = list(
            live.filter(locale__language_code=language)
            .order_by("-publication_date", "-first_published_at", "title")
            .values_list("title", flat=True)[:30]
        )
        for kind in ("rss", "atom"):
            response = client.get(f"{PREFIX[language]}/feeds/publications/{kind}/")
            assert response.status_code == 200
            feed = feedparser.parse(response.content)
            assert not feed.bozo
            assert feed.feed.language == language
            assert [entry.title for entry in feed.entries] == newest
            response = client.get(f"{PREFIX[language]}/feeds/projects/{kind}/")
            projects = feedparser.parse(response.content)
            assert not projects.bozo and len(projects.entries) == 30
            assert all(
                entry.link.startswith(f"{site.root_url}{PREFIX[language]}/")
                for entry in projects.entries
            )


def test_the_api_serves_every_demo_publication_of_a_language(client, demo):
    for language in LANGUAGES:
        response = client.get("/api/v2/publications/", {"locale": language})
        count = PublicationPage.objects.live().filter(locale__language_code=language).count()
        assert response.json()["meta"]["total_count"] == count


# Must show 2 of [5/6] (and the citation half of 4): the featured publication cites itself ---


def test_the_demo_featured_publication_cites_and_describes_itself(client, demo):
    home = HomePage.objects.get(locale__language_code="en")
    featured = home.featured_publication_card
    assert featured.title == TITLE

    library = bibtexparser.parse_string(download(client, featured, "bibtex").content.decode())
    assert library.failed_blocks == []
    assert library.entries[0].entry_type == "techreport"
    assert library.entries[0]["institution"] == "Commission for Environmental Cooperation"
    (record,) = rispy.loads(download(client, featured, "ris").content.decode())
    assert record["type_of_reference"] == "RPRT"
    assert record["issn"] == featured.isbn != ""
    (item,) = json.loads(download(client, featured, "csl-json").content)
    assert item["type"] == "report"
    assert item["number-of-pages"] == 99
    assert item["ISBN"] == featured.isbn

    head = HeadMetadata(client.get(featured.url).content.decode())
    assert head.first("citation_title") == FULL_TITLE
    assert head.first("citation_publication_date") == "2024/07/17"
    assert head.first("citation_isbn") == featured.isbn
    assert urlsplit(head.first("citation_pdf_url")).scheme == "http"
    assert {"Report", "BreadcrumbList"} <= set(head.nodes())


def test_the_demo_site_is_at_the_address_make_run_serves(client, demo, settings):
    """Not Wagtail's localhost:80: WAGTAILADMIN_BASE_URL (make run sets it from HOST and PORT),
    or --site-url; and the site's absolute addresses follow it."""
    site = Site.objects.get(is_default_site=True)
    served = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    assert (site.hostname, site.port) == (served.hostname, served.port)

    call_command("load_demo_content", verbosity=0, site_url="http://127.0.0.1:8123")
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8123, "http://127.0.0.1:8123")
    html = client.get("/", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8123/">' in html
    assert '<link rel="alternate" hreflang="fr" href="http://127.0.0.1:8123/fr/">' in html
    assert "localhost" not in html


def test_the_loader_leaves_the_search_and_reference_indexes_whole(client, demo):
    """Both are written once at the end of the load, not on every save: nothing is missing."""
    from wagtail.models import ReferenceIndex

    response = client.get("/search/", {"q": "circularity electronics"})
    assert "Opportunities for Circularity in the North American Electronics Sector" in (
        response.content.decode()
    )
    seed = PublicationPage.objects.get(title=TITLE, locale__language_code="en")
    # The publication's PDF is used by it, as the admin's usage count shows.
    assert ReferenceIndex.get_references_to(seed.document).exists()


# The footer's legal pages, and slugs and summaries that are never cut short -------------------

LEGAL_PATHS = {
    "en": ["/privacy/", "/legal/"],
    "fr": ["/fr/confidentialite/", "/fr/mentions-legales/"],
    "es": ["/es/privacidad/", "/es/aviso-legal/"],
}


def test_the_footer_links_to_the_privacy_and_legal_notices_in_each_language(client, demo):
    import re

    for language, paths in LEGAL_PATHS.items():
        html = client.get(f"{PREFIX[language]}/", HTTP_USER_AGENT=BROWSER).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        linked = re.findall(r'<li><a href="([^"]+)">[^<]+</a></li>', footer)
        assert [path for path in linked if path in paths] == paths, language
        for path in paths:
            page = client.get(path, HTTP_USER_AGENT=BROWSER)
            assert page.status_code == 200, path
            text = page.content.decode()
            assert f'<html lang="{language}">' in text
            assert "info@cec.org" in text
    privacy = client.get("/privacy/").content.decode()
    for fact in ("no tracking cookies", "keyed hash", "at most 10 counted downloads", "sessionid"):
        assert fact in privacy
    assert "© Commission for Environmental Cooperation" in client.get("/legal/").content.decode()
    assert (
        "Commission de coopération environnementale"
        in client.get("/fr/mentions-legales/").content.decode()
    )


def test_a_demo_loaded_before_the_legal_pages_gets_them_in_every_language(demo):
    from cec_site.core.models import StandardPage

    for page in StandardPage.objects.filter(slug__in=["legal", "mentions-legales", "aviso-legal"]):
        page.delete()
    call_command("load_demo_content", verbosity=0)
    legal = StandardPage.objects.get(slug="legal", locale__language_code="en")
    assert sorted(page.slug for page in legal.get_translations().live()) == [
        "aviso-legal",
        "mentions-legales",
    ]
    assert not legal.show_in_menus


def test_demo_slugs_are_cut_at_a_word_boundary():

    from cec_site.home.demo.builder import page_slug, title_slug
    from cec_site.home.demo.translate import translated_slug

    title = "Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries"
    assert (
        title_slug(title)
        == "tracking-transboundary-shipments-of-hazardous-waste-and-spent-lead-acid"
    )
    assert title_slug("Short title") == "short-title"
    # Cut exactly before a hyphen: the whole word stays.
    assert title_slug("a" * 40 + " " + "b" * 39 + " cut") == "a" * 40 + "-" + "b" * 39
    # Dashes separate words; "œ" is "oe".
    assert title_slug("Strategic Plan 2021–2025") == "strategic-plan-2021-2025"
    assert title_slug("Ecoregions—Level III, un coup d'œil") == "ecoregions-level-iii-un-coup-doeil"
    # No dangling "de" or "of" at the end.
    french = (
        "Plateforme d'information interactive en ligne sur les changements climatiques en Amérique"
    )
    assert translated_slug(french) == (
        "plateforme-dinformation-interactive-en-ligne-sur-les-changements-climatiques"
    )
    # A scaled copy keeps its number, cut the same way.
    copy = page_slug({"title": f"{title} (12)", "copy": 12})
    assert copy == "tracking-transboundary-shipments-of-hazardous-waste-and-spent-lead-acid-12"
    assert translated_slug(f"{french} (3)").endswith("-climatiques-3")


def test_no_demo_page_has_a_slug_cut_mid_word_or_a_summary_cut_short(demo):
    from django.utils.text import slugify

    from cec_site.home.demo.builder import SLUG_SEPARATORS
    from impact.models import ImpactStoryPage
    from projects.models import ProjectPage

    for model in (ProjectPage, PublicationPage, ImpactStoryPage):
        for page in model.objects.all():
            full = slugify(page.title.translate(SLUG_SEPARATORS))
            assert full.startswith(page.slug), page.slug
            assert full == page.slug or full[len(page.slug)] == "-", page.slug
            assert not page.summary.rstrip().endswith(("...", "…")), page.title
    seed = ProjectPage.objects.get(
        title__startswith="Opportunities for Circularity", locale__language_code="en"
    )
    assert seed.summary.endswith("in the electronics sector of the three countries.")


def test_a_demo_loaded_with_slugs_cut_mid_word_gets_them_mended(
    client, demo, django_capture_on_commit_callbacks
):
    """Demos loaded before the fix have French and Spanish slugs cut mid-word, and the old-address
    file now names the new ones: loading again renames those pages (old addresses redirect)."""
    seed = PublicationPage.objects.get(
        title__startswith="Communications sur les questions d'application"
    )
    new_url = seed.url
    old_slug = "communications-sur-les-questions-dapplication-quelles-lecons-en-avons-nous-tiree"
    seed.slug = old_slug
    seed.save_revision().publish()
    # Wagtail makes the redirect once the change is committed (page_slug_changed).
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)
    seed.refresh_from_db()
    assert seed.url == new_url
    assert client.get(new_url, HTTP_USER_AGENT=BROWSER).status_code == 200
    old = client.get(f"/fr/publications/{old_slug}/")
    assert old.status_code == 301 and old["Location"].endswith(new_url)


def test_names_on_pages_are_in_each_language_and_every_edition_has_its_cover(client, demo):
    """Authors, partner agencies and the footer's address read in the page's language; every
    edition with a PDF has a cover made from it."""
    from cec_site.core.models import ContactDetails
    from projects.models import ProjectPage
    from publications.models import PublicationPage

    french = PublicationPage.objects.filter(locale__language_code="fr")
    spanish = PublicationPage.objects.filter(locale__language_code="es")
    assert french.filter(authors__contains="Secrétariat de la CCE").exists()
    assert not french.filter(authors__contains="CEC Secretariat").exists()
    assert spanish.filter(authors__contains="Secretariado de la CCA").exists()
    french_projects = ProjectPage.objects.filter(locale__language_code="fr")
    assert french_projects.filter(
        partners__contains="Environnement et Changement climatique"
    ).exists()
    assert not french_projects.filter(partners__contains="Environment and Climate Change").exists()
    assert "Montréal (Québec)" in ContactDetails.for_language("fr").postal_address
    assert "Montréal (Québec)" in client.get("/fr/").content.decode()
    assert not PublicationPage.objects.filter(document__isnull=False, cover__isnull=True).exists()
