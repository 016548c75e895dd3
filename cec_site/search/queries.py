"""What the site search looks through, the ranked search itself, and the recommended results:
editors' promotions, then the sections and topics the words name."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from cec_site.core.cache import cached
from cec_site.core.models import StandardPage, TopicPage
from cec_site.core.sections import all_sections
from cec_site.core.templatetags.cec_tags import localized_site_root
from cec_site.core.visibility import public
from cec_site.search.backend import LanguageQuery
from cec_site.search.highlight import WORD, fold


@dataclass(frozen=True)
class SearchedType:
    model: type[Page]
    plural: str  # the type filter's option
    singular: str  # the label on each result
    date_field: str = ""  # shown as the result's date…
    period_field: str = ""  # …or else as its period
    topic_field: str = ""  # its many-to-many field to topics, if its pages have topics


def searched_types():
    """What the search covers, in the order of the type filter, by its value in the address:
    the sections that open the search door (cec_site/core/sections.py), topics, other pages."""
    types = {
        section.key: SearchedType(
            section.page_class,
            section.label,
            section.item_label,
            section.date_field,
            section.period_field,
            section.topic_field,
        )
        for section in all_sections()
        if section.search
    }
    types["topics"] = SearchedType(TopicPage, _("Topics"), _("Topic"))
    types["pages"] = SearchedType(StandardPage, _("Other pages"), _("Page"))
    return types


def searchable_pages(locale):
    """The public pages of one language of every searched type."""
    models = [searched.model for searched in searched_types().values()]
    pages = public(Page.objects.filter(locale=locale).type(*models))
    # Wagtail's search takes filters on indexed fields only (not `public`'s EXISTS): hand it
    # the pages by id, which the database runs as one semi-join.
    return Page.objects.filter(pk__in=pages.values("pk"))


def ranked(queryset, words, language_code):
    """The pages matching every word (stemmed in the language), most relevant first."""
    if not words:
        return queryset.none()
    return queryset.defer_streamfields().specific().search(LanguageQuery(words, language_code))


@dataclass
class Promotion:
    """A recommended result: a page of this language, or an external link."""

    title: str
    description: str
    page: Page | None = None
    url: str = ""


# A searched word names a word of a title when they are the same, or when one begins the other
# and the shorter has at least this many letters: "clima" names "Cambio climático", "pollutant"
# names "Pollutants", "projet" names "Projets" (the stemmers of each language do not agree on
# these). Searched words shorter than SHORT_WORD letters ("de", "of") are not required.
PREFIX_LETTERS = 4
SHORT_WORD = 3
MAX_NAMED = 3


def _names(word, title_word):
    if word == title_word:
        return True
    shorter, longer = sorted((word, title_word), key=len)
    return len(shorter) >= PREFIX_LETTERS and longer.startswith(shorter)


def unnamed_words(words, title):
    """How many words of `title` the search leaves out, if every searched word names one of
    its words; else None."""
    searched = [fold(word) for word in WORD.findall(words) if len(word) >= SHORT_WORD]
    title_words = [fold(word) for word in WORD.findall(title)]
    if not searched or not all(
        any(_names(word, title_word) for title_word in title_words) for word in searched
    ):
        return None
    named = {
        title_word
        for title_word in title_words
        if any(_names(word, title_word) for word in searched)
    }
    return len([word for word in title_words if word not in named])


def named_candidates(locale, request):
    """(pk, title) of the pages a search may name: the sections (the children of the site's
    home page in this language) and the topics; public; kept per host name and language until
    content next changes."""

    def candidates():
        root = localized_site_root(request)
        sections = Q(path__startswith=root.path, depth=root.depth + 1) if root else Q(pk=None)
        pages = Page.objects.filter(locale=locale).filter(
            sections | Q(content_type=ContentType.objects.get_for_model(TopicPage))
        )
        return list(public(pages).order_by("path").values_list("pk", "title"))

    return cached(f"search-named-pages:{request.get_host()}", locale.pk, candidates)


def named_pages(words, locale, request):
    """The ids of the sections and topics whose title the words name, the closest first: the
    ones the search leaves the fewest words of out ("climate" → Climate Change)."""
    if not words:
        return []
    scored = []
    for pk, title in named_candidates(locale, request):
        left_out = unnamed_words(words, title)
        if left_out is not None:
            scored.append((left_out, len(scored), pk))
    return [pk for _left_out, _order, pk in sorted(scored)[:MAX_NAMED]]


def promotions(words, locale, *, filter_pages, filtered, request):
    """The recommended results for these words: editors' promotions for exactly these words
    (Wagtail's search promotions), in their order; then the sections and topics the words
    name (see `named_pages`), which editors need not promote one by one.

    A promoted page is shown in the visitor's language (its translation), and only if live and
    public there and let through by the visitor's filters (`filter_pages`); an external link,
    having no type or topic, only when no filter is set.
    """
    if not words:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(words))
        .order_by("sort_order", "pk")
        .values("page__translation_key", "external_link_url", "external_link_text", "description")
    )
    named = named_pages(words, locale, request)
    if not picks and not named:
        return []
    keys = [pick["page__translation_key"] for pick in picks if pick["page__translation_key"]]
    pages = {}
    if keys or named:
        candidates = filter_pages(public(Page.objects.filter(locale=locale)))
        chosen = candidates.filter(Q(translation_key__in=keys) | Q(pk__in=named))
        pages = {page.pk: page for page in chosen.defer_streamfields().specific()}
    by_key = {page.translation_key: page for page in pages.values()}
    result = []
    for pick in picks:
        key = pick["page__translation_key"]
        if key is not None:
            page = by_key.get(key)
            if page is not None:
                result.append(Promotion(page.title, pick["description"], page=page))
        elif pick["external_link_url"] and not filtered:
            title = pick["external_link_text"] or pick["external_link_url"]
            result.append(Promotion(title, pick["description"], url=pick["external_link_url"]))
    shown = {promotion.page.pk for promotion in result if promotion.page}
    for pk in named:
        page = pages.get(pk)
        if page is not None and pk not in shown:
            result.append(Promotion(page.title, "", page=page))
    return result
