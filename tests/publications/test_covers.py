"""Publication covers: each language edition's cover is the first page of its own PDF, made
when the file is saved (publications/covers.py), and shown on cards, the featured block, the
Top 50 and the publication page, without a query per item."""

import io
import logging
import re

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from PIL import Image as PillowImage

from cec_site.home.demo.pdfs import CoverStyle, write_pdf
from publications import covers
from publications.factories import PublicationPageFactory
from publications.models import PublicationPage
from tests.page_assertions import count_queries

pytestmark = pytest.mark.django_db

RED, BLUE, GREEN = (180, 30, 40), (20, 60, 160), (30, 120, 50)


def pdf_file(colour, title="A CEC report", pages=2):
    """A PDF whose first page is a cover of that colour (the demo's own design)."""
    return write_pdf(
        title=title,
        subtitle="A retrospective review",
        summary="Findings.",
        pages=pages,
        citation="CEC. 2024.",
        style=CoverStyle(colour=colour, kind="Report", year=2024),
    )


def pdf_document(colour, title="A CEC report", name="report.pdf"):
    document = get_document_model()(title=f"{title} (PDF)")
    document.file.save(name, ContentFile(pdf_file(colour, title)), save=True)
    return document


def colour_of(cover):
    """The colour at the top left of the cover's original: the band of the PDF's first page."""
    with cover.open_file() as handle, PillowImage.open(io.BytesIO(handle.read())) as image:
        return image.convert("RGB").getpixel((4, 4))


def close_to(colour, expected, tolerance=6):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def edition(site_tree, colour=RED, **kwargs):
    kwargs.setdefault("document", pdf_document(colour, title=kwargs.get("title", "A CEC report")))
    return PublicationPageFactory(parent=site_tree.publications, **kwargs)


def saved(page):
    return PublicationPage.objects.select_related("cover").get(pk=page.pk)


def image_exists(pk):
    return get_image_model().objects.filter(pk=pk).exists()


# Made when the file is saved ----------------------------------------------------------------


def test_a_publication_saved_with_its_pdf_gets_the_first_page_as_its_cover(site_tree):
    page = saved(edition(site_tree, RED))
    cover = page.cover
    assert cover is not None
    assert cover.collection.name == "Publication covers"
    assert (cover.width, cover.height) == (720, 932)  # a Letter page, portrait
    assert close_to(colour_of(cover), RED)
    assert cover.file.name.startswith("original_images/cover-")
    assert covers.is_made_from(cover, covers.source_key(page.document))


def test_a_publication_without_a_pdf_has_no_cover(site_tree):
    page = saved(PublicationPageFactory(parent=site_tree.publications))
    assert page.cover is None
    assert not get_image_model().objects.filter(collection__name="Publication covers").exists()


def test_each_language_edition_gets_its_own_cover_from_its_own_pdf(site_tree, locales):
    english = edition(site_tree, RED)
    french = english.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = pdf_document(BLUE, name="rapport.pdf")
    french.save_revision().publish()
    spanish = english.copy_for_translation(locales["es"], copy_parents=True)
    spanish.document = None  # no Spanish PDF yet: no cover, never another edition's
    spanish.save_revision().publish()

    english, french, spanish = saved(english), saved(french), saved(spanish)
    assert close_to(colour_of(english.cover), RED)
    assert close_to(colour_of(french.cover), BLUE)
    assert spanish.cover is None


def test_a_new_pdf_chosen_for_the_page_makes_a_new_cover_and_drops_the_old(site_tree):
    page = saved(edition(site_tree, RED))
    old = page.cover_id
    page.document = pdf_document(GREEN, name="second.pdf")
    page.save_revision().publish()
    page = saved(page)
    assert page.cover_id != old
    assert close_to(colour_of(page.cover), GREEN)
    assert not image_exists(old), "the old cover and its renditions are deleted"


def test_a_draft_keeps_the_public_cover_until_it_is_published(site_tree):
    page = saved(edition(site_tree, RED))
    old = page.cover_id
    page.document = pdf_document(GREEN, name="draft.pdf")
    revision = page.save_revision()
    assert saved(page).cover_id == old
    revision.publish()
    assert close_to(colour_of(saved(page).cover), GREEN)


def test_replacing_the_file_in_the_documents_admin_makes_the_cover_again(site_tree, admin_client):
    page = saved(edition(site_tree, RED))
    old = page.cover_id
    document = page.document
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "collection": document.collection_id,
            "file": ContentFile(pdf_file(BLUE), name="corrected.pdf"),
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = saved(page)
    assert page.cover_id != old
    assert close_to(colour_of(page.cover), BLUE)
    assert not image_exists(old)


def test_a_file_replaced_in_code_makes_the_cover_again_even_with_a_stale_hash(site_tree):
    page = saved(edition(site_tree, RED))
    document = page.document
    document.file.save("replaced.pdf", ContentFile(pdf_file(GREEN)), save=False)
    document.save()  # file_hash still the old file's
    page = saved(page)
    assert close_to(colour_of(page.cover), GREEN)


def test_a_cover_made_once_is_found_again_not_made_twice(site_tree):
    page = saved(edition(site_tree, RED))
    first = page.cover_id
    page.save_revision().publish()
    page.save_revision().publish()
    assert saved(page).cover_id == first
    assert get_image_model().objects.filter(collection__name="Publication covers").count() == 1


def test_deleting_an_edition_deletes_its_cover(site_tree):
    page = saved(edition(site_tree, RED))
    cover = page.cover_id
    page.delete()
    assert not image_exists(cover)


def test_the_demo_pdfs_open_on_a_designed_cover_in_their_first_topics_colour(site_tree):
    from pypdf import PdfReader

    from cec_site.core import sections
    from cec_site.home.demo.builder import DemoBuilder
    from cec_site.home.demo.pdfs import TOPIC_COLOURS, get_or_create_pdf
    from publications.demo import PublicationsDemo

    demo = PublicationsDemo(sections.get("publications"), DemoBuilder)  # its static helpers
    FRENCH = demo.texts["fr"]["items"]

    title = "Submissions on Enforcement Matters: What Have We Learned?"  # Enforcement: slate
    style = demo.cover(DemoBuilder, title, "en")
    assert style == CoverStyle(TOPIC_COLOURS["slate"], "Report", 2024)
    assert demo.cover(DemoBuilder, f"{title} (3)", "en") == style  # a scaled copy
    french_title = FRENCH[title]["title"]
    french_style = demo.cover(DemoBuilder, title, "fr")
    assert french_style == CoverStyle(TOPIC_COLOURS["slate"], "Rapport", 2024)

    document = get_or_create_pdf(
        title=f"{french_title} (fr)",  # as the demo's translator names a French PDF
        filename="cec-communications-fr.pdf",
        subtitle="Examen rétrospectif du rendement",
        summary="Le présent rapport évalue le processus.",
        pages=3,
        citation="CCE. 2024.",
        language="fr",
        style=french_style,
    )
    with document.open_file() as handle:
        first_page = PdfReader(handle).pages[0].extract_text()
    assert "Communications sur les questions" in first_page
    assert "(fr)" not in first_page
    assert "RAPPORT | 2024" in first_page
    assert "Commission de coopération environnementale" in first_page
    page = saved(PublicationPageFactory(parent=site_tree.publications, document=document))
    assert close_to(colour_of(page.cover), TOPIC_COLOURS["slate"])


# Broken and private PDFs --------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\nthis is not really a PDF at all\n%%EOF",
        pdf_file(RED)[:400],  # cut short
        b"%PDF-1.4\n" + b"\x00" * 2000,
    ],
    ids=["garbage", "truncated", "zeros"],
)
def test_a_broken_pdf_gets_no_cover_a_warning_and_no_error_page(site_tree, client, caplog, content):
    document = get_document_model()(title="Broken (PDF)")
    document.file.save("broken.pdf", ContentFile(content), save=True)
    with caplog.at_level(logging.WARNING, logger="publications.covers"):
        page = PublicationPageFactory(parent=site_tree.publications, document=document)
    assert saved(page).cover is None
    assert "Could not render a cover from document" in caplog.text
    assert client.get(page.url).status_code == 200
    listing = client.get(site_tree.publications.url)
    assert listing.status_code == 200
    assert page.title in listing.content.decode()


def test_a_missing_file_gets_no_cover_and_no_error(site_tree, client, caplog):
    page = saved(edition(site_tree, RED))
    old = page.cover_id
    document = page.document
    document.file.storage.delete(document.file.name)
    document.file_hash = ""
    with caplog.at_level(logging.WARNING, logger="publications.covers"):
        document.save()
    assert saved(page).cover is None
    assert not image_exists(old)
    assert client.get(page.url).status_code == 200


def test_a_pdf_in_a_private_collection_has_no_cover_and_loses_it_when_made_private(
    site_tree, client
):
    page = saved(edition(site_tree, RED))
    old = page.cover_id
    private = Collection.get_first_root_node().add_child(name="Embargoed")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = page.document
    document.collection = private
    document.save()
    assert saved(page).cover is None
    assert not image_exists(old), "its renditions are no longer served"
    assert "Cover of" not in client.get(page.url).content.decode()

    restriction.delete()  # the collection is public again: the cover comes back
    assert close_to(colour_of(saved(page).cover), RED)

    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert saved(page).cover is None


def test_a_cover_shows_only_beside_its_own_pdf(site_tree, client):
    page = saved(edition(site_tree, RED, title="A borrowed file"))
    # As a data migration may do: the file goes, the page's own save hooks do not run.
    PublicationPage.objects.filter(pk=page.pk).update(document=None)
    assert "Cover of A borrowed file" not in client.get(site_tree.publications.url).content.decode()
    assert "Cover of A borrowed file" not in client.get(page.url).content.decode()
    call_command("generate_covers", verbosity=0)
    assert saved(page).cover is None


def test_an_unpublished_editions_cover_is_on_no_public_page(site_tree, client):
    page = saved(edition(site_tree, RED, title="An embargoed report"))
    page.unpublish()
    html = client.get(site_tree.publications.url).content.decode()
    assert "Cover of An embargoed report" not in html


# Shown on cards, the featured block, the Top 50 and the publication page --------------------


def cover_images(html):
    return re.findall(r'<img[^>]*class="[^"]*cover-image[^"]*"[^>]*>', html)


def test_the_listing_cards_show_each_editions_cover(site_tree, client):
    pages = [
        edition(site_tree, colour, title=f"Report {n}") for n, colour in enumerate((RED, BLUE))
    ]
    html = client.get(site_tree.publications.url).content.decode()
    images = cover_images(html)
    assert len(images) == 2
    for page in pages:
        (tag,) = [image for image in images if f'alt="Cover of {page.title}"' in image]
        assert 'loading="lazy"' in tag
        assert 'width="240"' in tag and 'height="310"' in tag
        assert re.search(r'srcset="[^"]+ 240w, [^"]+ 480w"', tag)
        assert 'sizes="10rem"' in tag
        source = re.search(r'src="([^"]+)"', tag).group(1)
        assert source.startswith("/media/images/cover-") and source.endswith(".webp")
        assert client.get(source).status_code == 200  # the rendition is served…
    original = saved(pages[0]).cover.file.name
    assert client.get(f"/media/{original}").status_code == 404  # …never the original


def test_a_card_without_a_cover_keeps_its_image(site_tree, client):
    from cec_site.core.factories import ImageFactory

    PublicationPageFactory(
        parent=site_tree.publications, image=ImageFactory(), image_alt="Hills in the sun"
    )
    html = client.get(site_tree.publications.url).content.decode()
    assert 'alt="Hills in the sun"' in html
    assert not cover_images(html)


def test_the_publication_page_shows_its_own_editions_cover(site_tree, locales, client):
    english = edition(site_tree, RED)
    french = english.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = pdf_document(BLUE, name="rapport.pdf")
    french.save_revision().publish()
    english, french = saved(english), saved(french)
    for page, alt in ((english, "Cover of"), (french, "Couverture de")):
        html = client.get(page.url).content.decode()
        (tag,) = cover_images(html)
        assert f'alt="{alt} {page.title}"' in tag
        rendition = page.cover.get_rendition("fill-240x310|format-webp")
        assert rendition.url in tag
    # No query more than the same page without a cover: its image is joined to the page when
    # it is routed to (the renditions come from Wagtail's rendition cache), however many
    # editions it lists.
    with_cover = count_queries(client, english.url)
    PublicationPage.objects.filter(pk=english.pk).update(cover=None)
    assert with_cover == count_queries(client, english.url) <= 10


def test_the_featured_publication_on_the_home_page_shows_its_cover(site_tree, client):
    page = edition(site_tree, RED, title="The featured report")
    html = client.get("/").content.decode()
    (tag,) = cover_images(html)
    assert 'alt="Cover of The featured report"' in tag
    assert saved(page).cover.get_rendition("fill-480x620|format-webp").url in tag


def test_the_top_50_shows_the_covers(site_tree, client):
    from tests.publications.test_ranking import history

    page = edition(site_tree, RED, title="A much downloaded report")
    history(page, (1, 5))
    call_command("refresh_rankings", verbosity=0)
    html = client.get(site_tree.publications.url + "top-50/").content.decode()
    (tag,) = cover_images(html)
    assert 'alt="Cover of A much downloaded report"' in tag
    assert 'width="240"' in tag and 'height="310"' in tag and 'loading="lazy"' in tag


# Queries: constant in the number of items ---------------------------------------------------


def editions_with_covers(site_tree, count, start=0):
    colours = (RED, BLUE, GREEN)
    return [
        edition(site_tree, colours[n % 3], title=f"Covered report {n}")
        for n in range(start, start + count)
    ]


def test_the_listing_queries_do_not_grow_with_the_covers(site_tree, client):
    editions_with_covers(site_tree, 2)
    few = count_queries(client, site_tree.publications.url)
    editions_with_covers(site_tree, 12, start=2)  # a whole page of cards, each with a cover
    many = count_queries(client, site_tree.publications.url)
    assert len(cover_images(client.get(site_tree.publications.url).content.decode())) == 12
    assert few == many <= 10


def test_the_home_page_queries_do_not_grow_with_the_covers(site_tree, client):
    editions_with_covers(site_tree, 1)
    few = count_queries(client, "/")
    editions_with_covers(site_tree, 8, start=1)
    assert count_queries(client, "/") == few <= 10


def top_50_queries(client, url):
    """The queries of the Top 50 rendering its list anew (ranking and cached fragment gone),
    after a first visit has made the renditions of the ranked covers."""

    def afresh():
        cache.clear()
        call_command("refresh_rankings", verbosity=0)

    with override_settings(PAGE_CACHE_ENABLED=False):
        afresh()
        client.get(url)
        afresh()
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_top_50_queries_do_not_grow_with_the_covers(site_tree, client):
    from tests.publications.test_ranking import history

    url = site_tree.publications.url + "top-50/"
    for page in editions_with_covers(site_tree, 2):
        history(page, (1, 5))
    few = top_50_queries(client, url)
    for page in editions_with_covers(site_tree, 10, start=2):
        history(page, (1, 5))
    assert top_50_queries(client, url) == few


# The command ----------------------------------------------------------------------------------


def test_generate_covers_makes_the_missing_ones_and_running_it_again_changes_nothing(
    site_tree,
):
    pages = editions_with_covers(site_tree, 3)
    PublicationPage.objects.update(cover=None)  # editions saved before covers existed
    call_command("generate_covers", verbosity=0)  # and the covers nobody used are deleted
    made = {page.pk: saved(page).cover_id for page in pages}
    assert None not in made.values()
    assert get_image_model().objects.filter(collection__name="Publication covers").count() == 3
    with CaptureQueriesContext(connection) as context:
        call_command("generate_covers", verbosity=0)
    assert {page.pk: saved(page).cover_id for page in pages} == made
    assert len(context.captured_queries) < 10, "nothing to make: a few queries in all"


def test_generate_covers_force_makes_them_all_anew(site_tree):
    pages = editions_with_covers(site_tree, 2)
    before = {saved(page).cover_id for page in pages}
    call_command("generate_covers", "--force", verbosity=0)
    after = {saved(page).cover_id for page in pages}
    assert None not in after and not before & after
    assert not any(image_exists(pk) for pk in before)
    assert get_image_model().objects.filter(collection__name="Publication covers").count() == 2
