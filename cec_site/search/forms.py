"""The site search form: the words, and two filters shared with the listings' machinery.

What bad input gets (the listings' rules, cec_site/core/listing.py, plus the words'):
- words: control characters (NUL included) dropped, spaces collapsed, cut after
  MAX_QUERY_LENGTH characters at a word boundary (the visitor is told); never an error;
- words with no letter or digit (`&|!():*`, `'--`): nothing to search for, said so;
- a type or topic that is not one of the choices: status 400, a message by the field, that
  filter ignored.
"""

import re

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from cec_site.search.queries import ranked, searched_types

MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
WORD_CHARACTER = re.compile(r"\w")


def normalise_words(text):
    """The visitor's words on one line: no control characters, single spaces."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", text).split())


def shorten(words, length=MAX_QUERY_LENGTH):
    """The words cut to `length` characters, without leaving half a word at the end."""
    if len(words) <= length:
        return words
    cut = words[:length]
    if words[length] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.strip()


class WordsField(forms.CharField):
    """Free text that never fails validation: what cannot be searched is dropped."""

    def to_python(self, value):
        if not isinstance(value, str):
            return ""
        return normalise_words(value)


class SiteSearchForm(ListingFilterForm):
    q = WordsField(label=_("Search for"), required=False)
    type = FilterChoiceField(label=_("Type"), empty_label=_("Everything"))
    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))

    def __init__(self, data, *, locale_id, language_code=None):
        """Built like every listing's filters, from the data and the language's locale id (the
        language switcher builds one per language to check the filters there); the search
        itself also passes the language's code, which stems the words."""
        super().__init__(data)
        self.locale_id = locale_id
        self.language_code = language_code
        self.searched_types = searched_types()
        self.fields["type"].set_choices(
            [(slug, searched.plural) for slug, searched in self.searched_types.items()]
        )
        self.fields["topic"].set_choices(
            cached("search-topic-choices", locale_id, lambda: topic_choices(locale_id))
        )
        self.shortened = False

    def clean_q(self):
        words = self.cleaned_data["q"]
        self.shortened = len(words) > MAX_QUERY_LENGTH
        return shorten(words)

    # The properties below read the cleaned data: call is_valid() first.

    @property
    def words(self):
        """The words to search for, or "" when there are none worth searching."""
        words = self.cleaned_data.get("q", "")
        return words if WORD_CHARACTER.search(words) else ""

    @property
    def only_symbols(self):
        """The visitor typed something, but no letter or digit."""
        return bool(self.cleaned_data.get("q")) and not self.words

    @property
    def has_filters(self):
        return any(self.cleaned_data.get(name) for name in ("type", "topic"))

    def order(self, queryset):
        """Rank what the filters let through by relevance to the words (build_listing's last
        step): the search itself."""
        return ranked(queryset, self.words, self.language_code)

    def filter_type(self, queryset, slug):
        return queryset.type(self.searched_types[slug].model)

    def filter_topic(self, queryset, slug):
        """The pages of every searched section whose pages have topics, on this topic."""
        tagged = Q()
        for searched in self.searched_types.values():
            if searched.topic_field:
                on_topic = {
                    f"{searched.topic_field}__slug": slug,
                    f"{searched.topic_field}__locale_id": self.locale_id,
                }
                tagged |= Q(pk__in=searched.model.objects.filter(**on_topic).values("pk"))
        return queryset.filter(tagged) if tagged else queryset.none()
