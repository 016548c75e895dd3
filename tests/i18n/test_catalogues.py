"""Every interface string goes through translation, and French and Spanish are complete."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_catalogue_is_complete_and_nothing_is_fuzzy(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 100
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []
    for entry in catalogue:
        placeholders = sorted(re.findall(r"%\(\w+\)s", entry.msgid))
        translations = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
        for translation in translations:
            assert sorted(set(re.findall(r"%\(\w+\)s", translation))) == sorted(
                set(placeholders)
            ), entry.msgid


# The rule for templates: once tags, comments, variables, translated blocks and HTML markup
# are taken out, no letters may be left. Words a visitor reads come from the translation
# machinery, from content editors write, or from data (names of languages are written in
# their own language on purpose).
TRANSLATED_BLOCK = re.compile(r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}", re.S)
DJANGO_SYNTAX = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.S)
MARKUP = re.compile(r"<[^>]*>|&[a-z#0-9]+;", re.S)
# Attributes people read (or hear): their values count as text.
READ_ATTRIBUTES = re.compile(r"""\b(?:alt|title|placeholder|aria-label)=("[^"]*"|'[^']*')""")
ALLOWED = set()


def leftover_words(source):
    text = TRANSLATED_BLOCK.sub(" ", source)
    text = SCRIPT_OR_STYLE.sub(" ", text)
    text = DJANGO_SYNTAX.sub(" ", text)
    read = " ".join(READ_ATTRIBUTES.findall(text))
    text = MARKUP.sub(" ", text) + " " + read
    return [word for word in re.findall(r"[A-Za-zÀ-ÿ]{2,}", text) if word not in ALLOWED]


TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_templates_hold_no_words_outside_the_translation_machinery(template):
    assert leftover_words(template.read_text()) == []


def test_the_rule_catches_an_untranslated_word():
    assert leftover_words("<p>{% translate 'Hello' %} world</p>") == ["world"]
    assert leftover_words('<a title="{% translate "x" %}">{{ page.title }}</a>') == []
    assert leftover_words('<nav aria-label="Main">{{ x }}</nav>') == ["Main"]
