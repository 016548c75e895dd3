"""What the site search looks through, the ranked search itself, and editors' promotions."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from cec_site.core.models import StandardPage, TopicPage
from cec_site.core.visibility import public
from cec_site.search.backend import LanguageQuery
from impact.models import ImpactStoryPage
from projects.models import ProjectPage
from publications.models import PublicationPage


@dataclass(frozen=True)
class SearchedType:
    model: type[Page]
    plural: str  # the type filter's option
    singular: str  # the label on each result


# What the search covers, in the order of the type filter, by its value in the address.
SEARCHED_TYPES = {
    "projects": SearchedType(ProjectPage, _("Projects"), _("Project")),
    "publications": SearchedType(PublicationPage, _("Publications"), _("Publication")),
    "impact-stories": SearchedType(ImpactStoryPage, _("Impact stories"), _("Impact story")),
    "topics": SearchedType(TopicPage, _("Topics"), _("Topic")),
    "pages": SearchedType(StandardPage, _("Other pages"), _("Page")),
}
# The sections whose pages point to topics.
TOPIC_TAGGED = (ProjectPage, PublicationPage, ImpactStoryPage)


def searchable_pages(locale):
    """Public projects, publications, stories, topics and pages of one language."""
    models = [searched.model for searched in SEARCHED_TYPES.values()]
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
    """An editor's recommended result: a page of this language, or an external link."""

    title: str
    description: str
    page: Page | None = None
    url: str = ""


def promotions(words, locale, *, filter_pages, filtered):
    """Editors' promotions for exactly these words, in their order.

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
    if not picks:
        return []
    keys = [pick["page__translation_key"] for pick in picks if pick["page__translation_key"]]
    pages = {}
    if keys:
        candidates = filter_pages(public(Page.objects.filter(locale=locale)))
        pages = {
            page.translation_key: page
            for page in candidates.filter(translation_key__in=keys).defer_streamfields().specific()
        }
    result = []
    for pick in picks:
        key = pick["page__translation_key"]
        if key is not None:
            page = pages.get(key)
            if page is not None:
                result.append(Promotion(page.title, pick["description"], page=page))
        elif pick["external_link_url"] and not filtered:
            title = pick["external_link_text"] or pick["external_link_url"]
            result.append(Promotion(title, pick["description"], url=pick["external_link_url"]))
    return result
