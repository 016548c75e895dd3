"""Navigation and small presentation helpers shared by every template."""

from django import template
from django.utils.translation import get_language

from wagtail.models import Page, Site

from cec_site.core.cache import content_version

register = template.Library()


def localized_site_root(request):
    """The site's home page in the visitor's language (one query, remembered per request)."""
    if not hasattr(request, "_cec_localized_root"):
        site = Site.find_for_request(request)
        root = None
        if site is not None:
            root = (
                Page.objects.live()
                .filter(
                    translation_key__in=Page.objects.filter(sites_rooted_here=site).values(
                        "translation_key"
                    ),
                    locale__language_code=get_language(),
                )
                .first()
            ) or site.root_page
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
    items = root.get_children().live().in_menu() if root else []
    current = context.get("page")
    return {"items": items, "current_path": current.url_path if current else ""}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    root = localized_site_root(request) if request else None
    return root.get_url(request) if root else "/"
