"""Navigation and small presentation helpers shared by every template."""

import hashlib

from django import template
from django.utils.translation import get_language

from wagtail.models import Page, Site

from cec_site.core.cache import content_version
from cec_site.core.visibility import public

register = template.Library()


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


def _translation_links(request, page):
    """[{code, name, url, exists, current}] for each site language, for this page."""
    from django.conf import settings
    from django.urls import translate_url

    current = get_language()
    urls = {}
    if page is not None and getattr(page, "pk", None):
        suffix = ""  # a route of a routable page, e.g. …/top-50/
        page_url = page.get_url(request) or ""
        if page_url and request.path.startswith(page_url):
            suffix = request.path[len(page_url) :]
        translations = public(page.get_translations(inclusive=True)).select_related("locale")
        for translation in translations:
            url = translation.get_url(request)
            if url:
                urls[translation.locale.language_code] = url + suffix
    else:
        for code, _name in settings.LANGUAGES:
            urls[code] = translate_url(request.path, code)
    homes = {}
    missing = [code for code, _name in settings.LANGUAGES if code not in urls]
    if missing:
        site = Site.find_for_request(request)
        if site is not None:
            homes_wanted = site_home_pages(site).filter(locale__language_code__in=missing)
            for home in homes_wanted.select_related("locale"):
                homes[home.locale.language_code] = home.get_url(request)
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


@register.simple_tag(takes_context=True)
def translation_links(context):
    """Links to this page in every language (cached until content changes)."""
    from django.core.cache import cache

    request = context.get("request")
    if request is None:
        return []
    if hasattr(request, "_cec_translation_links"):
        return request._cec_translation_links
    page = context.get("page")
    # The path is the visitor's: hashed, so that any length or character makes a valid key.
    path_hash = hashlib.sha256(request.path.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    key = f"cec:translations:{content_version()}:{get_language()}:{path_hash}"
    links = cache.get(key)
    if links is None:
        links = _translation_links(request, page)
        cache.set(key, links, timeout=60 * 60)
    request._cec_translation_links = links
    return links
