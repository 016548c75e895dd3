"""A small site in English, French and Spanish, each language with its own publications."""

import datetime
from types import SimpleNamespace

import pytest

from cec_site.home.factories import PdfDocumentFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory

LANGUAGES = ["en", "fr", "es"]


def translate(page, locale, title, slug=None):
    translated = page.specific.copy_for_translation(locale)
    translated.title = title
    if slug:
        translated.slug = slug
    translated.save_revision().publish()
    return type(translated).objects.get(pk=translated.pk)  # with the new slug's url_path


@pytest.fixture
def trilingual_site(site_tree, locales):
    """Home, indexes and topics in every language, then three publications and two projects
    written in each language (not translations: each language lists its own)."""
    tree = {"en": site_tree}
    for code, topics_slug, climate_slug in (
        ("fr", "thematiques", "changements-climatiques"),
        ("es", "temas", "cambio-climatico"),
    ):
        locale = locales[code]
        home = translate(site_tree.home, locale, f"Home [{code}]")
        topic_index = translate(site_tree.topic_index, locale, f"Topics [{code}]", topics_slug)
        tree[code] = SimpleNamespace(
            home=home,
            projects=translate(site_tree.projects, locale, f"Projects [{code}]"),
            publications=translate(site_tree.publications, locale, f"Publications [{code}]"),
            topic_index=topic_index,
            climate=translate(site_tree.climate, locale, f"Climate [{code}]", climate_slug),
            enforcement=translate(site_tree.enforcement, locale, f"Enforcement [{code}]"),
        )
    publications, projects = {}, {}
    pdf = PdfDocumentFactory()  # one file will do: the feeds and the API only point to it
    for code in LANGUAGES:
        branch = tree[code]
        # Oldest first, so the feeds must reorder them.
        publications[code] = [
            PublicationPageFactory(
                parent=branch.publications,
                locale=locales[code],
                title=f"{label} publication [{code}]",
                slug=f"{label.lower()}-publication",
                publication_date=datetime.date(2024, month, 1),
                document=pdf,
                topics=[topic],
            )
            for label, month, topic in (
                ("Older", 1, branch.climate),
                ("Middle", 3, branch.enforcement),
                ("Newest", 6, branch.climate),
            )
        ]
        projects[code] = []
        for label in ("First", "Second"):
            project = ProjectPageFactory(
                parent=branch.projects,
                locale=locales[code],
                title=f"{label} project [{code}]",
                slug=f"{label.lower()}-project",
                topics=[branch.enforcement],
            )
            project.save_revision().publish()  # sets first_published_at, in this order
            projects[code].append(project)
    return SimpleNamespace(tree=tree, publications=publications, projects=projects)
