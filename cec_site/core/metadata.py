"""What a page tells machines about itself: canonical URL, Open Graph, Twitter, schema.org.

One place builds the metadata every page shares (templates/components/head_metadata.html shows
it). A page type adds its own by defining, duck-typed so that core imports no section:

- ``structured_data(request)``: a schema.org node (a dict) describing the page's content;
- ``scholar_metadata(request)``: Google Scholar's Highwire tags, ``[(name, content), …]``.
"""

import json
from urllib.parse import urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, pgettext

from wagtail.models import Site

from cec_site.core.cache import cached

# Open Graph wants a territory with the language: the CEC is in Montreal, its Spanish is Mexico's.
OG_LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es_MX"}
# 1.91:1, the size Open Graph and Twitter's large card show without cropping.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"

# What json.dumps leaves that could end a <script> element or open a comment in one: the same
# escapes as Django's json_script.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(value):
    """JSON safe to place inside <script type="application/ld+json">, whatever the titles hold."""
    text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def page_url(page, request):
    """The page's absolute URL on its site (as in the sitemap), or "" if it has none yet."""
    return page.get_full_url(request) or ""


def route_url(page, request):
    """The absolute URL of what is shown: the page, or one of its routes (e.g. …/top-50/)."""
    url = page_url(page, request)
    relative = page.get_url(request) or ""
    if url and request is not None and relative and request.path.startswith(relative):
        url += request.path[len(relative) :]
    return url


def site_url(request, page=None, path="/"):
    """An absolute URL on the site being shown, on its Site's address (Wagtail's root_url)
    like every other absolute URL the site writes, whatever Host the request came with."""
    base = page_url(page, request) if page is not None else ""
    if not base:
        site = Site.find_for_request(request)
        base = site.root_url if site is not None else request.build_absolute_uri("/")
    return urljoin(base, path)


def alternate_links(page, request):
    """hreflang alternates: [(language code, absolute URL)] of the page's live translations,
    the English one again as x-default; on the same Site address as the canonical URL.

    The relative addresses are those of the language switcher, which the head_metadata tag
    reads (cec_site.core.templatetags.cec_tags.translation_links) just before this runs.
    """
    links = getattr(request, "_cec_translation_links", None) or ()
    alternates = [
        (link["code"], site_url(request, page, link["url"])) for link in links if link["exists"]
    ]
    english = dict(alternates).get("en")
    if english:
        alternates.append(("x-default", english))
    return alternates


def home_url(request, page=None):
    """The home page in the current language: /, /fr/, /es/ (no query needed)."""
    return site_url(request, page, reverse("wagtail_serve", args=[""]))


def organization(request, page=None):
    """The CEC as a schema.org Organization; the publisher of everything on the site."""
    home = home_url(request, page)
    return {
        "@type": "Organization",
        "@id": home + "#organization",
        "name": gettext("Commission for Environmental Cooperation"),
        "alternateName": pgettext("organisation acronym", "CEC"),
        "url": home,
        "logo": site_url(request, page, static("img/favicon.svg")),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Montreal",
            "addressRegion": "QC",
            "addressCountry": "CA",
        },
    }


def website(request, page=None):
    """The site in the current language, with the search Google may offer in its results."""
    home = home_url(request, page)
    search = site_url(request, page, reverse("search"))
    return {
        "@type": "WebSite",
        "@id": home + "#website",
        "name": gettext("Commission for Environmental Cooperation"),
        "url": home,
        "inLanguage": get_language(),
        "publisher": {"@id": home + "#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": search + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }


def language_of(page):
    """The page's language code; a locale's code never changes, so it is looked up once."""
    if "locale" in page._state.fields_cache:
        return page.locale.language_code
    return cached("language-code", page.locale_id, lambda: page.locale.language_code)


def breadcrumb_trail(page, request):
    """The pages above `page` that its breadcrumbs show (the home page first, the tree's root
    left out), as (title, address) pairs, kept until content next changes."""

    def ancestors():
        crumbs = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        return [(crumb.title, crumb.get_url(request=request)) for crumb in crumbs]

    return cached(f"breadcrumb-trail:{page.pk}", page.locale_id, ancestors)


def breadcrumb_list(page, request):
    """Home › section › … › this page, for pages below the home page.

    The ancestors' titles and addresses are kept until content next changes (a rename or a move
    bumps the content version), so the trail costs no query on most views.
    """

    def ancestors():
        crumbs = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        return [(crumb.title, page_url(crumb, request)) for crumb in crumbs]

    trail = cached(f"breadcrumb:{page.pk}", page.locale_id, ancestors)
    if not trail:
        return None
    items = [
        {"@type": "ListItem", "position": position, "name": name, "item": url}
        for position, (name, url) in enumerate(
            [*trail, (page.title, page_url(page, request))], start=1
        )
    ]
    return {"@type": "BreadcrumbList", "itemListElement": items}


def share_image(page, base_url):
    """The page's image as a rendition for link previews: {url, width, height, alt}, or None."""
    image = getattr(page, "image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    except OSError:  # the original file is missing: share the page without its image
        return None
    return {
        "url": urljoin(base_url, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "image_alt", "") or "",
    }


def description(page):
    """The text a link preview shows: the editor's search description, else the page's own."""
    for field in ("search_description", "summary", "introduction", "short_description"):
        text = getattr(page, field, "")
        if text:
            return text
    return ""


def page_metadata(page, request, *, indexable=True, alternate_languages=()):
    """Everything head_metadata.html shows for one page."""
    language = get_language()
    url = route_url(page, request)
    is_home = page.depth <= 2
    image = share_image(page, url) if url else None
    graph = []
    if is_home:
        graph += [organization(request, page), website(request, page)]
    else:
        breadcrumbs = breadcrumb_list(page, request)
        if breadcrumbs:
            graph.append(breadcrumbs)
    own = getattr(page, "structured_data", None)
    if callable(own) and url:
        node = own(request)
        if node:
            if image and "image" not in node:
                node["image"] = image["url"]
            graph.append(node)
    scholar = getattr(page, "scholar_metadata", None)
    return {
        # A noindex page names no canonical: the two would contradict each other.
        "canonical": url if indexable else "",
        "url": url,
        "title": page.seo_title or page.title,
        "description": description(page),
        "type": "article" if hasattr(page, "summary") else "website",
        "site_name": gettext("Commission for Environmental Cooperation"),
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [OG_LOCALES.get(code, code) for code in alternate_languages],
        "alternates": alternate_links(page, request) if url else [],
        "image": image,
        "json_ld": json_ld({"@context": "https://schema.org", "@graph": graph}) if graph else "",
        "scholar": scholar(request) if callable(scholar) and url else [],
    }


def creative_work(page, request, **properties):
    """A content page as a schema.org CreativeWork published by the CEC; `properties` add to it."""
    url = page_url(page, request)
    node = {
        "@type": "CreativeWork",
        "@id": url + "#work",
        "name": page.title,
        "url": url,
        "inLanguage": get_language(),
        "description": description(page),
        "publisher": organization(request, page),
        **properties,
    }
    return {key: value for key, value in node.items() if value}
