"""The "Please cite as" block of a publication page."""

from django import template

from publications import citations

register = template.Library()


@register.inclusion_tag("components/citation.html", takes_context=True)
def citation_block(context, publication):
    request = context.get("request")
    links = citations.download_links(publication, request)
    if not links:  # a preview of a publication not saved yet has no address to cite
        return {"citation": None}
    return {
        "citation": citations.apa_html(citations.for_publication(publication, request)),
        "links": links,
    }
