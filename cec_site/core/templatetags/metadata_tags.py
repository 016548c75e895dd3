"""The <head> metadata of every page: see cec_site/core/metadata.py."""

from django import template

from cec_site.core import metadata
from cec_site.core.templatetags.cec_tags import translation_links

register = template.Library()


@register.simple_tag(takes_context=True)
def head_metadata(context):
    """Canonical URL, Open Graph, Twitter card, Highwire tags and JSON-LD for the page shown."""
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not getattr(page, "pk", None):
        return None  # a view without a page (search, errors) or a page not saved yet
    listing = context.get("listing")
    alternates = [
        link["code"]
        for link in translation_links(context)
        if link["exists"] and not link["current"]
    ]
    return metadata.page_metadata(
        page,
        request,
        indexable=not getattr(listing, "filtered", False),
        alternate_languages=alternates,
    )
