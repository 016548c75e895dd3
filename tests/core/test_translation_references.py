"""[8/14] A translated page's references follow its language.

See cec_site/core/translation_references.py.
"""

from django.urls import reverse

from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

import pytest

from publications.models import DocumentType
from tests.factories.publications import (
    DocumentTypeFactory,
    PdfDocumentFactory,
    PublicationPageFactory,
)

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
    site_tree, locales, french_tree, admin_client, translate
):
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=PdfDocumentFactory()
    )
    english.save_revision().publish()
    french = translate(english, locales["fr"])
    assert french.document_id == english.document_id  # localize copies the file as it is

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "has no file of its own" in messages

    # The English edition's own file is not flagged.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(english.pk,)))
    messages = " ".join(str(m.message) for m in response.context["messages"])
    assert "has no file of its own" not in messages


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
