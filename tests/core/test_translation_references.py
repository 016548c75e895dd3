"""[8/14] A translated page's references follow its language.

See cec_site/core/translation_references.py.
"""

from django.urls import reverse

from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import DocumentTypeFactory, PublicationPageFactory
from publications.models import DocumentType

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_tree(site_tree, locales):
    """The French home, publications index and topic index; "Climate Change" in French too."""
    fr = locales["fr"]
    for page in (site_tree.home, site_tree.publications, site_tree.topic_index):
        page.specific.copy_for_translation(fr).save_revision().publish()
    climat = site_tree.climate.specific.copy_for_translation(fr)
    climat.title = "Changement climatique"
    climat.save_revision().publish()
    return climat


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    def translate(page, locale, user=None):
        """wagtail-localize's own way: make the translation, then save it from its segments.

        localize publishes once the transaction commits: the callbacks run here.
        """
        with django_capture_on_commit_callbacks(execute=True):
            TranslationCreator(user, [locale]).create_translations(page)
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=locale
            )
            translation.save_target(user=user, publish=True)
        return page.get_translation(locale).specific

    return translate


def test_a_translated_publication_points_to_french_topics_and_type(
    site_tree, locales, french_tree, admin_client, translate
):
    report = DocumentTypeFactory(name="Report", slug="report")
    rapport = report.copy_for_translation(locales["fr"])
    rapport.name = "Rapport"
    rapport.save()
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document_type=report
    )
    english.topics.set([site_tree.climate, site_tree.enforcement])
    english.save_revision().publish()

    french = translate(english, locales["fr"])

    french.refresh_from_db()
    assert french.live
    assert french.document_type == rapport
    topics = {topic.pk for topic in french.topics.all()}
    # Climate Change has a French translation; Enforcement has none yet and stays.
    assert topics == {french_tree.pk, site_tree.enforcement.pk}
    # The English page keeps its English references.
    english.refresh_from_db()
    assert {t.pk for t in english.topics.all()} == {site_tree.climate.pk, site_tree.enforcement.pk}
    assert english.document_type == report

    # The editor says what still points to another language.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "still point to another language" in messages
    assert "Enforcement (English)" in messages
    assert "Changement climatique" not in messages
    assert DocumentType.objects.filter(locale=locales["fr"]).count() == 1


def test_an_edition_without_its_own_pdf_is_flagged(
    site_tree, locales, french_tree, admin_client, translate, client
):
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=PdfDocumentFactory()
    )
    english.save_revision().publish()
    french = translate(english, locales["fr"])
    # localize copies the file as it is; what is stored for the French edition does not
    # keep the English file: it would be served as cec-freight-fr.pdf.
    french.refresh_from_db()
    assert french.live
    assert french.document_id is None
    assert french.get_latest_revision().content["document"] is None

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "has no file of its own yet" in messages
    assert "English" in messages

    # The English edition's own file is not flagged.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(english.pk,)))
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "has no file of its own" not in messages

    # The public French page offers no PDF, and its download route has none to serve.
    page = client.get(french.url)
    assert page.status_code == 200
    assert french.download_url not in page.content.decode()
    assert client.get(french.download_url).status_code == 404
    assert client.get(english.download_url).status_code == 200


def test_an_edition_keeps_a_file_of_its_own(site_tree, locales, french_tree, translate):
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=PdfDocumentFactory()
    )
    english.save_revision().publish()
    french = translate(english, locales["fr"])
    french.document = PdfDocumentFactory(title="Rapport")
    french.save_revision().publish()
    french.refresh_from_db()
    assert french.document.title == "Rapport"
    # And the English edition, saved again, keeps its own.
    english.save_revision().publish()
    english.refresh_from_db()
    assert english.document_id is not None


def test_the_page_form_refuses_another_editions_file(
    site_tree, locales, french_tree, admin_user, translate
):
    from publications.models import PublicationPage

    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=PdfDocumentFactory()
    )
    english.save_revision().publish()
    french = translate(english, locales["fr"])
    french.refresh_from_db()
    form_class = PublicationPage.get_edit_handler().get_form_class()

    def submit(page, document):
        data = {
            "title": page.title,
            "slug": page.slug,
            "publication_date": "2024-01-01",
            "summary": "A summary.",
            "authors": "CEC Secretariat",
            "document": document.pk,
            "body-count": "0",
            "project_links-TOTAL_FORMS": "0",
            "project_links-INITIAL_FORMS": "0",
            "project_links-MIN_NUM_FORMS": "0",
            "project_links-MAX_NUM_FORMS": "1000",
        }
        return form_class(data, instance=page, parent_page=page.get_parent(), for_user=admin_user)

    refused = submit(french, english.document)
    assert not refused.is_valid()
    assert "PDF of the English edition" in " ".join(refused.errors.get("document", []))
    # The English edition saving its own file is not refused; nor is a new French file.
    kept = submit(english, english.document)
    kept.is_valid()
    assert "document" not in kept.errors
    own = submit(french, PdfDocumentFactory(title="Rapport"))
    own.is_valid()
    assert "document" not in own.errors


def test_home_featured_items_follow_the_language(site_tree, locales, french_tree, translate):
    """Foreign keys to pages (the home's featured publication) follow too."""
    english = PublicationPageFactory(parent=site_tree.publications, slug="freight")
    english.save_revision().publish()
    french_publication = translate(english, locales["fr"])
    home = site_tree.home.specific
    home.featured_publication = english
    home.save_revision().publish()

    french_home = translate(home, locales["fr"])

    assert french_home.featured_publication_id == french_publication.pk


def test_topic_checkboxes_offer_the_pages_own_language(
    site_tree, locales, french_tree, admin_user, translate
):
    from publications.models import PublicationPage

    english = PublicationPageFactory(parent=site_tree.publications, slug="freight")
    english.save_revision().publish()
    french = translate(english, locales["fr"])
    form_class = PublicationPage.get_edit_handler().get_form_class()

    def offered(page, data=None):
        form = form_class(data, instance=page, parent_page=page.get_parent(), for_user=admin_user)
        return form, {choice.pk for choice in form["topics"].field.queryset}

    _form, choices = offered(english)
    assert choices == {site_tree.climate.pk, site_tree.enforcement.pk}
    _form, choices = offered(french)
    assert choices == {french_tree.pk}
    # A new page takes its parent's language.
    new_french = PublicationPage(locale=locales["fr"])
    form = form_class(instance=new_french, parent_page=french.get_parent(), for_user=admin_user)
    assert {choice.pk for choice in form["topics"].field.queryset} == {french_tree.pk}
    # Another language's topic is refused, not only hidden.
    from django.core.exceptions import ValidationError

    form, _choices = offered(english)
    with pytest.raises(ValidationError):
        form["topics"].field.clean([str(french_tree.pk)])


def test_changing_a_translated_page_says_its_translations_still_show_the_old(
    site_tree, locales, french_tree, admin_client, translate
):
    from tests.publications.test_publication_pages import publication_form_data

    english = PublicationPageFactory(parent=site_tree.publications, slug="freight")
    english.save_revision().publish()
    translate(english, locales["fr"])

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(english.pk,)),
        publication_form_data(title="Freight, revised", slug="freight"),
        follow=True,
    )
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "Its translations (Français) still show the earlier version" in messages
    assert "Sync translated pages" in response.content.decode()

    # A page nobody translated gets no such reminder.
    alone = PublicationPageFactory(parent=site_tree.publications, slug="alone")
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(alone.pk,)),
        publication_form_data(title="Alone", slug="alone"),
        follow=True,
    )
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "still show the earlier version" not in messages


def test_a_french_editions_document_chooser_offers_no_other_languages_file(
    site_tree, locales, french_tree, admin_client, translate
):
    english_pdf = PdfDocumentFactory(title="Freight report (English)")
    spare_pdf = PdfDocumentFactory(title="Rapport sur le fret")
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=english_pdf
    )
    english.save_revision().publish()
    # A French edition edited in the page editor (localize's segment editor has its own
    # override chooser, and what it stores passes the same rule on its way in).
    french = english.copy_for_translation(locales["fr"])
    french.document = None
    french.save_revision().publish()

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    chooser_url = reverse("document_in_language_chooser:choose") + "?locale=fr"
    html = edit.content.decode()
    assert chooser_url in html, html[html.find("chooser-in-language") - 100 :][:300]

    for name in (
        "document_in_language_chooser:choose",
        "document_in_language_chooser:choose_results",
    ):
        offered = admin_client.get(reverse(name), {"locale": "fr"}).content.decode()
        assert "Rapport sur le fret" in offered
        assert "Freight report (English)" not in offered
        # The English edition's chooser offers its own file; an unknown language, everything.
        assert (
            "Freight report (English)"
            in admin_client.get(reverse(name), {"locale": "en"}).content.decode()
        )
        assert (
            "Freight report (English)"
            in admin_client.get(reverse(name), {"locale": "xx"}).content.decode()
        )
    # Searching keeps the language.
    found = admin_client.get(
        reverse("document_in_language_chooser:choose_results"), {"locale": "fr", "q": "report"}
    ).content.decode()
    assert "Freight report (English)" not in found
    assert spare_pdf.pk


def test_author_and_partner_names_are_translated_like_the_rest_of_the_page(site_tree):
    """Names shown on pages go through the translation editor as strings to translate
    (wagtail-localize segments), not copied as they are."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    from projects.factories import ProjectPageFactory

    publication = PublicationPageFactory(
        parent=site_tree.publications, authors="CEC Secretariat; Pérez, Ana"
    )
    project = ProjectPageFactory(parent=site_tree.projects)

    def strings(page):
        return {
            segment.path: segment.render_text()
            for segment in extract_segments(page)
            if isinstance(segment, StringSegmentValue)
        }

    assert strings(publication)["authors"] == "CEC Secretariat; Pérez, Ana"
    assert "Environment and Climate Change Canada" in strings(project)["partners"]
