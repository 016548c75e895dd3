"""Snippets of each result's text with the searched words in <mark>.

The text is the page's indexed body (every searchable field but the title), as the search index
holds it: one query for a whole page of results.
- PostgreSQL: `ts_headline` in the page's language picks the passages and marks the words it
  matched, stemmed as the search was ("polluant" marks "polluants").
- SQLite: the same passage-picking done here, on whole words, ignoring case and accents (as
  SQLite's full-text tokenizer does).
Either way a snippet is one passage of about SNIPPET_WORDS words around the first searched
word (the text's opening words when only the title matched); where one field of the page ends
and the next begins (a subtitle, then the summary), or a line of a list ends, it shows a dash,
unless a sentence ended there. The text is escaped first and only the marks are HTML.
"""

import re
import unicodedata

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models.functions import Left, Right
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from cec_site.search.backend import FIELD_SEPARATOR

# Private-use characters: never in editors' text, so they can stand for the marks until the
# text is escaped.
START, STOP = "\ue000", "\ue001"
SNIPPET_WORDS = 30  # enough to judge a result by
WORDS_BEFORE_MATCH = 10
WORD = re.compile(r"\w+")
EDGE_LENGTH = 40  # characters compared to tell whether a passage starts or ends the text
# Where two fields meet, or two lines of one (a list of partners, of deliverables): a space
# after a sentence's end (or a closing quote or bracket), else a dash. A mark may close between
# the punctuation and the break.
BREAK = re.compile(
    rf"([.!?…:;»”\"')\]]?)({STOP}?)[^\S\n{FIELD_SEPARATOR}]*[\n{FIELD_SEPARATOR}]\s*"
)


def snippets(pages, words, language_code):
    """{page pk: safe HTML snippet} for the pages whose index entry has text."""
    if not pages or not words:
        return {}
    entries = IndexEntry.objects.filter(
        content_type_id__in={page.content_type_id for page in pages},
        object_id__in={str(page.pk) for page in pages},
    )
    if connection.vendor == "postgresql":
        marked = _postgres_headlines(entries, words, language_code)
    else:
        terms = {fold(term) for term in WORD.findall(words)}
        marked = {
            object_id: _mark_passage(text, terms)
            for object_id, text in entries.values_list("object_id", "body")
            if text
        }
    return {int(object_id): _to_html(text) for object_id, text in marked.items() if text}


def _postgres_headlines(entries, words, language_code):
    backend = get_search_backend()
    config_for = getattr(backend, "config_for", None)
    config = config_for(language_code) if config_for else backend.config
    query = SearchQuery(words, search_type="websearch", config=config)
    headline = SearchHeadline(
        "body_text",
        query,
        config=config,
        start_sel=START,
        stop_sel=STOP,
        max_words=SNIPPET_WORDS + 2,
        min_words=SNIPPET_WORDS - 2,
        max_fragments=1,
    )
    rows = (
        entries.exclude(body_text="")
        .annotate(
            headline=headline,
            opening=Left("body_text", EDGE_LENGTH),
            ending=Right("body_text", EDGE_LENGTH),
        )
        .values_list("object_id", "headline", "opening", "ending")
    )
    return {
        object_id: _with_ellipses(text, opening, ending)
        for object_id, text, opening, ending in rows
    }


def _with_ellipses(headline, opening, ending):
    """`ts_headline` cuts passages out of the text silently: show where it did.

    Compared on letters and digits only: it drops punctuation and spacing at the edges."""
    letters = "".join(WORD.findall(headline.replace(START, "").replace(STOP, "")))
    if not letters:
        return headline
    edge = EDGE_LENGTH // 2
    if not "".join(WORD.findall(opening)).startswith(letters[:edge]):
        headline = "… " + headline
    if not "".join(WORD.findall(ending)).endswith(letters[-edge:]):
        headline += " …"
    return headline


def fold(word):
    """A word without case or accents: "Énergie" → "energie"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _mark_passage(text, terms):
    """About SNIPPET_WORDS words of `text` around its first searched word (else its first
    words), each searched word marked."""
    tokens = list(WORD.finditer(text))
    if not tokens:
        return text
    matches = [i for i, token in enumerate(tokens) if fold(token.group()) in terms]
    first = max(0, matches[0] - WORDS_BEFORE_MATCH) if matches else 0
    last = min(len(tokens), first + SNIPPET_WORDS) - 1
    start = tokens[first].start() if first else 0
    end = tokens[last].end() if last < len(tokens) - 1 else len(text)
    pieces = ["… " if first else ""]
    position = start
    for i in matches:
        if first <= i <= last:
            token = tokens[i]
            pieces += [text[position : token.start()], START, token.group(), STOP]
            position = token.end()
    pieces.append(text[position:end])
    if end < len(text):
        pieces.append(" …")
    return "".join(pieces)


def _with_field_breaks(text):
    """Fields and lines apart as a reader sees them: a space after a sentence, else a dash."""

    def shown(match):
        punctuation, mark = match.group(1), match.group(2)
        return f"{punctuation}{mark} " if punctuation else f"{mark} — "

    return BREAK.sub(shown, text.strip())


def _to_html(text):
    return mark_safe(  # noqa: S308 - escaped here; only the marks are added as HTML
        escape(_with_field_breaks(text)).replace(START, "<mark>").replace(STOP, "</mark>")
    )
