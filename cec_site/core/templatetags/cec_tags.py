"""Navigation and small presentation helpers shared by every template."""

import re
from urllib.parse import urlencode

from django import forms, template
from django.conf import settings
from django.http import QueryDict
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from cec_site.core.cache import cached, content_version
from cec_site.core.fragments import parse_pagefragment
from cec_site.core.listing import ListingFilterForm
from cec_site.core.models import TopicPage
from cec_site.core.visibility import public

register = template.Library()
register.tag("pagefragment", parse_pagefragment)


def site_home_pages(site):
    """The site's home page in every language the public may see: its root's translations."""
    root_keys = Page.objects.filter(sites_rooted_here=site).values("translation_key")
    return public(Page.objects.filter(translation_key__in=root_keys))


def localized_site_root(request):
    """The site's home page in the visitor's language (one query, remembered per request)."""
    if not hasattr(request, "_cec_localized_root"):
        site = Site.find_for_request(request)
        root = None
        if site is not None:
            root = (
                site_home_pages(site).filter(locale__language_code=get_language()).first()
                or site.root_page
            )
        request._cec_localized_root = root
    return request._cec_localized_root


@register.simple_tag(takes_context=True)
def chrome_cache_key(context):
    """What the header's cached copy depends on: language, content, the section shown."""
    page = context.get("page")
    section = "/".join(page.url_path.split("/")[:3]) if page else "-"
    is_section_page = bool(page) and page.depth == 3
    return f"{get_language()}:{content_version()}:{section}:{is_section_page}"


@register.simple_tag
def content_cache_version():
    return content_version()


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    """The home page's children marked "show in menus", in the visitor's language."""
    request = context.get("request")
    root = localized_site_root(request) if request else None
    items = public(root.get_children().in_menu()) if root else []
    current = context.get("page")
    return {"items": items, "current_path": current.url_path if current else ""}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    root = localized_site_root(request) if request else None
    return root.get_url(request) if root else "/"


# The query-string parameters the switcher never carries to another language: the page number
# (each language lists its own number of items, so page 5 here may not exist there).
UNSHARED_PARAMETERS = {"page"}
# The filter every listing and the search share, whose values are topics' slugs: a topic's slug
# differs in each language ("climate-change", "changements-climatiques", "cambio-climatico").
TOPIC_PARAMETER = "topic"
SLUG = re.compile(r"^[-\w]+$")


def _translation_links(request, page, form=None):
    """[{code, name, url, exists, current}] for each site language: the same page (and route)
    in that language, with the visitor's filters and words as that language spells them.

    - A page (or a route of it, e.g. …/top-50/): its public translations, the route appended.
    - A view of its own (the search): the same view in each language.
    - A page address that showed no page (a 404, e.g. a page number past the last): the
      nearest public page above it, in each language, without the query.
    Where there is no such page in a language, that language's home page.
    """
    current = get_language()
    if not isinstance(form, ListingFilterForm) or not form.is_bound:
        form = None  # only a listing's or the search's filters are carried over
    targets = {}  # language code -> (URL of the page or view, its locale id or None)
    query = []
    if page is not None and getattr(page, "pk", None):
        targets = _translations_of(request, page, suffix=_route_suffix(request, page))
        query = _shared_query(request, form)
    else:
        try:
            view_name = resolve(request.path_info).url_name
        except Resolver404:
            view_name = None
        if view_name not in (None, "wagtail_serve"):
            query = _shared_query(request, form)
            locale_ids = _locale_ids() if query else {}
            targets = {
                code: (translate_url(request.path, code), locale_ids.get(code))
                for code, _name in settings.LANGUAGES
            }
        else:
            nearest = _nearest_public_page(request)
            if nearest is not None:
                targets = _translations_of(request, nearest)
    topics = (
        _topic_slugs(query, current) if form is not None and TOPIC_PARAMETER in form.fields else {}
    )
    urls = {
        code: url + _query_in(query, form, code, locale_id, topics)
        for code, (url, locale_id) in targets.items()
    }
    missing = [code for code, _name in settings.LANGUAGES if code not in urls]
    homes = _home_urls(request) if missing else {}
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code) or homes.get(code) or f"/{code}/",
            "exists": code in urls,
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def _home_urls(request):
    """{language code: URL} of the site's public home pages, kept until content changes."""

    def urls():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = site_home_pages(site).select_related("locale")
        return {home.locale.language_code: home.get_url(request) for home in homes}

    return cached(f"home-urls:{request.get_host()}", "all", urls)


def _route_suffix(request, page):
    """The route of a routable page shown (e.g. "top-50/"), or ""."""
    page_url = page.get_url(request) or ""
    if page_url and request.path.startswith(page_url):
        return request.path[len(page_url) :]
    return ""


def _translations_of(request, page, suffix=""):
    """{language code: (URL, locale id)} of the page's public translations, itself included;
    kept until content next changes (per page and host: its URLs are relative to the site)."""

    def targets():
        translations = public(page.get_translations(inclusive=True)).select_related("locale")
        found = {}
        for translation in translations:
            url = translation.get_url(request)
            if url:
                found[translation.locale.language_code] = (url, translation.locale_id)
        return found

    kept = cached(f"translations:{page.pk}:{request.get_host()}", "all", targets)
    return {code: (url + suffix, locale_id) for code, (url, locale_id) in kept.items()}


def _locale_ids():
    """{language code: locale id}, kept until content next changes."""
    return cached(
        "locale-ids", "all", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def _nearest_public_page(request):
    """The deepest public page whose address starts the requested one (at least the home page
    of the current language): where a visitor who got no page here may go in another."""
    root = localized_site_root(request)
    if root is None:
        return None
    parts = [part for part in request.path_info.split("/") if part]
    if parts and parts[0] != settings.LANGUAGE_CODE and parts[0] in dict(settings.LANGUAGES):
        parts = parts[1:]  # the language prefix
    for n, part in enumerate(parts):
        if not SLUG.match(part):  # no page below that (and no NUL byte for the database)
            parts = parts[:n]
            break
    candidates = [
        root.url_path + "".join(f"{part}/" for part in parts[:n]) for n in range(len(parts) + 1)
    ]
    return (
        public(Page.objects.filter(url_path__in=candidates, path__startswith=root.path))
        .order_by("-depth")
        .first()
    )


def _shared_query(request, form):
    """[(name, value)] of the query string worth carrying to another language.

    The last value of each parameter (the one Django reads). Of the parameters the page's filter
    form reads, only the values it accepted, as it cleaned them (the search words without
    control characters, cut at their maximum length); others (a Top 50 window, a campaign
    tag) as they came.
    """
    query = []
    for name, values in request.GET.lists():
        value = values[-1] if values else ""
        if form is not None and name in form.fields:
            if name in form.errors:
                continue
            value = form.cleaned_data.get(name)
            value = "" if value is None else str(value)
        if value:
            query.append((name, value))
    return query


def _topic_slugs(query, language):
    """{(slug here, language code): its public translation's slug} for the topics filtered on
    (validated slugs: a listing's form accepted them); kept until content next changes."""
    slugs = {value for name, value in query if name == TOPIC_PARAMETER}
    if not slugs:
        return {}
    name = f"topic-slugs:{language}:{','.join(sorted(slugs))}"
    return cached(name, "all", lambda: _topic_translations(slugs, language))


def _topic_translations(slugs, language):
    sources = TopicPage.objects.filter(locale__language_code=language, slug__in=slugs)
    rows = public(
        TopicPage.objects.filter(translation_key__in=sources.values("translation_key"))
    ).values_list("translation_key", "locale__language_code", "slug")
    by_key = {}
    for key, code, slug in rows:
        by_key.setdefault(key, {})[code] = slug
    result = {}
    for translations in by_key.values():
        here = translations.get(language)
        if here in slugs:
            for code, slug in translations.items():
                result[(here, code)] = slug
    return result


def _query_in(query, form, code, locale_id, topics):
    """The query string for the page in language `code`: topics as that language names them,
    and only the filters its own form accepts (a year with no publication in that language, a
    topic with no translation: dropped, never a 400 or an empty list)."""
    params = []
    for name, value in query:
        if name in UNSHARED_PARAMETERS and code != get_language():
            continue
        if name == TOPIC_PARAMETER and form is not None and name in form.fields:
            value = topics.get((value, code))
            if not value:
                continue
        params.append((name, value))
    if form is not None and locale_id is not None and code != get_language():
        choices = [
            name for name, _value in params if isinstance(form.fields.get(name), forms.ChoiceField)
        ]
        if choices:
            data = QueryDict(mutable=True)
            for name, value in params:
                data[name] = value
            rejected = type(form)(data, locale_id=locale_id).errors
            params = [(name, value) for name, value in params if name not in rejected]
    return "?" + urlencode(params) if params else ""


@register.simple_tag(takes_context=True)
def translation_links(context):
    """Links to this page in every language, with the visitor's filters carried over."""
    request = context.get("request")
    if request is None:
        return []
    if hasattr(request, "_cec_translation_links"):
        return request._cec_translation_links
    # What a page's links are made of is kept until content changes (its translations, the
    # topics' slugs in each language); the visitor's query string is applied each time.
    links = _translation_links(request, context.get("page"), context.get("form"))
    request._cec_translation_links = links
    return links


# Search engines show about this many characters of a page's description under its title.
DESCRIPTION_LENGTH = 160
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def short_description(text, length=DESCRIPTION_LENGTH):
    """`text` on one line, within `length` characters: its first whole sentences that fit (if
    they say enough: half the length), else its first words and "…"."""
    text = " ".join(str(text or "").split())
    if len(text) <= length:
        return text
    kept = ""
    for sentence in SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > length:
            break
        kept = candidate
    if len(kept) >= length // 2:
        return kept
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-") + "…"


def site_tagline(request):
    """The tagline of the site's home page in the visitor's language ("" if it has none): kept
    per host name and language, so that no query looks for the site or its home page."""

    def tagline():
        root = localized_site_root(request)
        return (getattr(root.specific, "tagline", "") or "") if root is not None else ""

    return cached(f"site-tagline:{request.get_host()}", get_language(), tagline)


@register.simple_tag(takes_context=True)
def meta_description(context, text=""):
    """<meta name="description">: the page's own description (its search description, summary
    or introduction, as cec_site.core.metadata.description picks it), else the site's tagline
    in the visitor's language; pages without a page (search, errors) get the tagline."""
    text = short_description(text)
    if text:
        return text
    request = context.get("request")
    return short_description(site_tagline(request)) if request is not None else ""
