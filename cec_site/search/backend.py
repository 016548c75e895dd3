"""Wagtail's database search backend, with stemming in each page's own language.

Wagtail's PostgreSQL backend builds every index entry and every query with one text-search
configuration (`SEARCH_CONFIG`), so a site in three languages is stemmed as if it were all
English. Declaring one backend per language does not help: they share one index table, and the
last backend to write an entry wins (wagtail issue #9253). So this backend keeps one index and:

- builds each object's entry with the configuration of the object's own locale
  (`SEARCH_CONFIGS`: en → english, fr → french, es → spanish); objects without a locale
  (images, documents) with `SEARCH_CONFIG`;
- parses a `LanguageQuery` (what the site search sends) with its language's configuration, by
  `websearch_to_tsquery`, which accepts any input: quotes, operators, punctuation;
- matches any other query (the API, Wagtail's own callers) in every configuration at once, so
  a French page is found whatever language the caller speaks.

Autocomplete, which the admin's search boxes use, is Wagtail's own: it always uses PostgreSQL's
'simple' configuration, which does not stem.

On SQLite (and any other database) Wagtail's own database backend is used, without stemming,
with one fix: a double quote in the words no longer breaks SQLite's query syntax.

On both, the plain text an entry keeps of its fields (what result snippets are cut from:
cec_site/search/highlight.py) has FIELD_SEPARATOR between two fields, where Wagtail puts a
space: a snippet can then show where a subtitle ends and a summary begins. (Entries written
before this was added get it at the next `manage.py update_index`.)
"""

import operator
from collections import defaultdict
from copy import copy
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Case, TextField, Value, When
from django.utils.encoding import force_str

from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from modelsearch.backends.database import SearchBackend as WagtailDatabaseBackend
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer as PostgresObjectIndexer,
)
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

# Between the texts of two fields in an entry's plain text. PARAGRAPH SEPARATOR: a space to
# PostgreSQL's parser, to SQLite's tokenizer and to Python's split(), and never in editors' text.
FIELD_SEPARATOR = "\u2029"


class LanguageQuery(PlainText):
    """Words typed by a visitor, to be stemmed with the rules of one language."""

    def __init__(self, query_string: str, language_code: str):
        super().__init__(query_string, operator="and")
        self.language_code = language_code

    def __repr__(self):
        return f"<LanguageQuery {self.query_string!r} language={self.language_code!r}>"


def config_for_language(configs, language_code, default):
    """The text-search configuration for a language code ("fr", "fr-ca"), or the default."""
    code = (language_code or "").lower()
    return configs.get(code) or configs.get(code.split("-")[0]) or default


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        return _sqlite_backend(params)
    return WagtailDatabaseBackend(params)


# Fields kept apart ----------------------------------------------------------------------------


def separated_body(indexer):
    """The entry's text of every searchable field but the title, FIELD_SEPARATOR between them
    (as Wagtail's indexer reads them: `indexer` is PostgreSQL's or SQLite's)."""
    texts = []
    for field in indexer.search_fields:
        for current_field, *_weight, value in indexer.prepare_field(indexer.obj, field):
            if isinstance(current_field, SearchField) and current_field.field_name != "title":
                text = value.strip()
                if text:
                    texts.append(text)
    return FIELD_SEPARATOR.join(texts)


def keep_fields_apart(model, objs, column, indexer_class, backend):
    """Rewrite the entries' plain text (`column`) that Wagtail just wrote with the fields kept
    apart: one UPDATE for the batch, only for the objects with more than one field of text."""
    if not model.get_search_fields():
        return
    texts = {}
    for obj in objs:
        text = separated_body(indexer_class(obj, backend))
        if FIELD_SEPARATOR in text:
            texts[force_str(obj.pk)] = text
    if not texts:
        return
    whens = [When(object_id=object_id, then=Value(text)) for object_id, text in texts.items()]
    IndexEntry.objects.filter(
        content_type_id=get_content_type_pk(model), object_id__in=list(texts)
    ).update(**{column: Case(*whens, output_field=TextField())})


# PostgreSQL ---------------------------------------------------------------------------------


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Write each language's objects with that language's configuration."""
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        languages = dict(
            Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code")
        )
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        for config, group in by_config.items():
            # Wagtail's indexer reads the configuration from its backend: give it a copy of
            # the backend set to this language's.
            backend = self.backend.with_config(config)
            PostgresIndex(backend).add_items(model, group)
            keep_fields_apart(model, group, "body_text", PostgresObjectIndexer, backend)


class LocalisedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if isinstance(self.query, LanguageQuery):
            return (backend.config_for(self.query.language_code),)
        return backend.all_configs

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, (PlainText, Phrase)):
            return super().build_tsquery_content(query, config=config, invert=invert)
        configs = config if isinstance(config, tuple) else (config,)
        if isinstance(query, LanguageQuery):
            parsed = [
                SearchQuery(query.query_string, search_type="websearch", config=name, invert=invert)
                for name in configs
            ]
        else:
            # Wagtail's own parsing, once per configuration.
            wagtail_parse = super().build_tsquery_content
            parsed = [wagtail_parse(query, config=name, invert=invert) for name in configs]
        parsed = [tsquery for tsquery in parsed if tsquery is not None]
        # An entry matches when the words match in the configuration it was written in.
        return reduce(operator.or_, parsed) if parsed else None

    def get_fields_vectors(self, search_query):
        # Searching named fields builds vectors at query time, in one configuration: the
        # query's own, or the database's default when the query spans several.
        config = getattr(search_query, "config", None)
        return [
            (SearchVector(field_lookup, config=config), search_field.boost)
            for field_lookup, search_field in self.search_fields.items()
        ]


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocalisedPostgresSearchQueryCompiler
    index_class = LocalisedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {
            code.lower(): name for code, name in params.get("SEARCH_CONFIGS", {}).items()
        }
        self.all_configs = tuple(dict.fromkeys([self.config, *self.language_configs.values()]))

    def config_for(self, language_code):
        return config_for_language(self.language_configs, language_code, self.config)

    def with_config(self, config):
        backend = copy(self)
        backend.config = config
        return backend


# SQLite -------------------------------------------------------------------------------------


def _sqlite_backend(params):
    backend = WagtailDatabaseBackend(params)
    compiler_class = getattr(backend, "query_compiler_class", None)
    if compiler_class is None or not hasattr(compiler_class, "build_search_query_content"):
        return backend  # no FTS5: Wagtail's fallback backend, which takes any input already

    # why: this module looks up a model that exists only on SQLite with FTS5 (checked above)
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer as SQLiteObjectIndexer

    class QuoteSafeSQLiteCompiler(compiler_class):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, PlainText):
                # Wagtail puts each word between double quotes for FTS5, without escaping the
                # ones inside it: drop them (a double quote is no part of any word).
                query = copy(query)
                query.query_string = query.query_string.replace('"', " ")
            elif isinstance(query, Phrase):
                query = Phrase(query.query_string.replace('"', " "))
            return super().build_search_query_content(query, config=config)

    class FieldsApartSQLiteIndex(backend.index_class):
        def add_items(self, model, objs):
            super().add_items(model, objs)
            keep_fields_apart(model, objs, "body", SQLiteObjectIndexer, self.backend)

    backend.query_compiler_class = QuoteSafeSQLiteCompiler
    backend.index_class = FieldsApartSQLiteIndex
    return backend
