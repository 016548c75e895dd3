"""Site search: /search/?q=… (and /fr/search/, /es/search/) over the current language's pages.

Words are stemmed in the page's language on PostgreSQL (cec_site/search/backend.py), filtered
by type and topic with the listings' machinery (400 for a filter value that is no option, 404
for a page number out of range), ranked, paginated; editors' promotions come first, then the
sections and topics the words name, marked as recommended; each result shows a snippet with the
searched words marked.
"""

import datetime
from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from cec_site.core import metadata
from cec_site.core.listing import build_listing
from cec_site.search import highlight
from cec_site.search.forms import MAX_QUERY_LENGTH, SiteSearchForm
from cec_site.search.queries import promotions, searchable_pages

PAGE_SIZE = 10


@dataclass
class Result:
    title: str
    page: Page | None = None
    url: str = ""
    type_label: str = ""
    snippet: str = ""
    date: datetime.date | None = None  # a publication's date
    period: str = ""  # a project's year, a story's years
    recommended: bool = False


def describe(page, snippets, types, *, description="", recommended=False):
    """A page as a result card; an editor's description replaces the snippet, and a page with
    no text to cut one from (a section's index) shows its own description. Its type (from
    `types`, the searched types) gives its label and the date or period it shows."""
    searched = searched_type(page, types)
    date_field = searched.date_field if searched else ""
    period_field = searched.period_field if searched else ""
    return Result(
        title=page.title,
        page=page,
        type_label=searched.singular if searched else "",  # a promoted page of another type
        snippet=description or snippets.get(page.pk) or metadata.description(page),
        date=getattr(page, date_field, None) if date_field else None,
        period=str(getattr(page, period_field, "") or "") if period_field else "",
        recommended=recommended,
    )


def describe_promotion(promotion, snippets, types):
    if promotion.page is not None:
        return describe(
            promotion.page, snippets, types, description=promotion.description, recommended=True
        )
    return Result(
        title=promotion.title,
        url=promotion.url,
        snippet=promotion.description,
        recommended=True,
    )


def searched_type(page, types):
    """The searched type of `page`, or None."""
    return next((searched for searched in types.values() if isinstance(page, searched.model)), None)


def search(request):
    locale = Locale.get_active()
    language = locale.language_code
    form = SiteSearchForm(request.GET, locale_id=locale.pk, language_code=language)
    form.is_valid()
    words = form.words

    promoted = promotions(
        words,
        locale,
        filter_pages=form.filter,
        filtered=form.has_filters,
        request=request,
    )
    promoted_pks = [promotion.page.pk for promotion in promoted if promotion.page]
    queryset = searchable_pages(locale).exclude(pk__in=promoted_pks)
    listing = build_listing(request, form, queryset, page_size=PAGE_SIZE)

    hits = list(listing.page_obj.object_list)
    shown_promotions = promoted if listing.page_obj.number == 1 else []
    promoted_pages = [promotion.page for promotion in shown_promotions if promotion.page]
    snippets = highlight.snippets(hits + promoted_pages, words, language)
    types = form.searched_types
    recommended = [describe_promotion(promotion, snippets, types) for promotion in shown_promotions]
    results = [describe(page, snippets, types) for page in hits]

    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "search_query": form.cleaned_data.get("q", ""),
            "words": words,
            "listing": listing,
            "recommended": recommended,
            "results": results,
            "result_count": listing.count + len(promoted),
            "max_query_length": MAX_QUERY_LENGTH,
            "page_title": _("Search"),
        },
        status=listing.status,
    )
    # Result pages are endless combinations of words: keep them out of search engines.
    response["X-Robots-Tag"] = "noindex"
    return response
