from types import SimpleNamespace

import pytest


@pytest.fixture
def sections(site_tree, locales):
    """The site tree in English, French and Spanish: each language's home, section indexes
    and topics (Climate Change, Enforcement), by language code."""
    english = {
        "home": site_tree.home,
        "projects": site_tree.projects,
        "publications": site_tree.publications,
        "impact": site_tree.impact,
        "topic_index": site_tree.topic_index,
        "climate": site_tree.climate,
        "enforcement": site_tree.enforcement,
    }
    trees = {"en": SimpleNamespace(locale=locales["en"], **english)}
    for code in ("fr", "es"):
        translated = {}
        for name, page in english.items():  # parents come first in this order
            copy = page.specific.copy_for_translation(locales[code])
            copy.save_revision().publish()
            translated[name] = copy
        trees[code] = SimpleNamespace(locale=locales[code], **translated)
    return trees
