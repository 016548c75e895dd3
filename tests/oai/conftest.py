"""A small library of publications, in the states a harvester must tell apart."""

import datetime
from types import SimpleNamespace

from wagtail.models import PageViewRestriction

import pytest
import time_machine

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
NS = {
    "oai": OAI_NS,
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "id": "http://www.openarchives.org/OAI/2.0/oai-identifier",
}


def at(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def publish(page, when):
    with time_machine.travel(when, tick=False):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, when, **changes):
    """The page's edition in another language, published (its parents must exist there)."""
    translated = page.specific.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save()
    return publish(translated, when)


def identifier(page):
    return f"oai:localhost:publication:{page.pk}"


@pytest.fixture
def library(site_tree, locales):
    """Two English reports and a French edition, plus a draft, a private and a withdrawn one.

    Only the first three are public records; the withdrawn one is a deleted record.
    """
    climate_report = PublicationPageFactory(
        parent=site_tree.publications,
        title="Mapping North American Carbon Sinks",
        subtitle="A continental assessment",
        slug="mapping-carbon-sinks",
        authors="Jane Doe; John Roe ;  ",
        isbn="978-2-89700-312-8",
        doi="https://doi.org/10.1234/cec.2024.1",
        publication_date=datetime.date(2024, 3, 5),
        document=PdfDocumentFactory(),
        topics=[site_tree.climate],
    )
    publish(climate_report, at(2024, 3, 5, 14, 30, 15))
    enforcement_report = PublicationPageFactory(
        parent=site_tree.publications,
        title="Submissions on Enforcement Matters",
        slug="submissions-on-enforcement-matters",
        topics=[site_tree.enforcement],
    )
    publish(enforcement_report, at(2024, 7, 17, 9, 0, 0))

    # The French tree: home, publications and the Climate Change topic, then the edition.
    french = locales["fr"]
    publish_at = at(2024, 1, 1)
    for page in (site_tree.home, site_tree.publications, site_tree.topic_index):
        translate(page, french, publish_at)
    climat = translate(
        site_tree.climate,
        french,
        publish_at,
        title="Changement climatique",
        slug="changement-climatique",
    )
    climate_report_fr = translate(
        climate_report,
        french,
        at(2024, 9, 2, 8, 0, 0),
        title="Cartographie des puits de carbone",
        subtitle="",
        slug="cartographie-des-puits-de-carbone",
    )
    climate_report_fr.topics.set([climat])
    climate_report_fr.save()

    draft = PublicationPageFactory(parent=site_tree.publications, title="A draft", live=False)
    confidential = PublicationPageFactory(parent=site_tree.publications, title="Confidential")
    with time_machine.travel(at(2024, 4, 30), tick=False):  # private before it went live
        PageViewRestriction.objects.create(
            page=confidential, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    publish(confidential, at(2024, 5, 1))
    withdrawn = PublicationPageFactory(
        parent=site_tree.publications, title="Withdrawn", topics=[site_tree.climate]
    )
    publish(withdrawn, at(2024, 2, 1))
    with time_machine.travel(at(2024, 10, 1, 12, 0, 0), tick=False):
        withdrawn.unpublish()
    return SimpleNamespace(
        site=site_tree,
        climate_report=climate_report,
        climate_report_fr=climate_report_fr,
        enforcement_report=enforcement_report,
        draft=draft,
        confidential=confidential,
        withdrawn=withdrawn,
        public=[climate_report, enforcement_report, climate_report_fr],
    )
