"""publications/0007: an edition holding an earlier edition's PDF stops holding it."""

import importlib

from django.apps import apps

import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("publications.migrations.0007_editions_keep_only_their_own_pdf")


def test_only_the_edition_that_had_the_file_first_keeps_it(site_tree, locales):
    english_pdf = PdfDocumentFactory()
    english = PublicationPageFactory(parent=site_tree.publications, document=english_pdf)
    for page in (site_tree.home, site_tree.publications):
        page.specific.copy_for_translation(locales["fr"]).save_revision().publish()
        page.specific.copy_for_translation(locales["es"]).save_revision().publish()
    french = english.copy_for_translation(locales["fr"])  # a copy: the English file too
    french.save()
    spanish = english.copy_for_translation(locales["es"])
    spanish.document = PdfDocumentFactory()  # a file of its own
    spanish.save()

    migration.drop_borrowed_files(apps, None)

    for page in (english, french, spanish):
        page.refresh_from_db()
    assert english.document_id == english_pdf.pk
    assert french.document_id is None
    assert spanish.document_id not in (None, english_pdf.pk)
