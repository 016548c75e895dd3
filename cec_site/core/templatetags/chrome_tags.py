"""The footer's legal links and address."""

from django import template
from django.utils.translation import get_language

from wagtail.models import Site

from cec_site.core.models import ContactDetails, StandardPage
from cec_site.core.visibility import public

register = template.Library()

# The legal pages are standard pages that editors write and translate, placed under the site's
# home page and found by their slug there: the privacy notice, then the legal notice.
LEGAL_SLUGS = ("privacy", "legal")


@register.simple_tag(takes_context=True)
def legal_links(context):
    """The public legal pages, each in the visitor's language where it is translated.

    An empty list when the site has none: the footer then shows only its copyright line.
    The footer is cached until content changes, so these queries run rarely.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    found = public(StandardPage.objects.child_of(site.root_page).filter(slug__in=LEGAL_SLUGS))
    pages = sorted(found, key=lambda page: LEGAL_SLUGS.index(page.slug))
    if not pages:
        return []
    translations = {
        page.translation_key: page
        for page in public(
            StandardPage.objects.filter(
                translation_key__in=[page.translation_key for page in pages],
                locale__language_code=get_language(),
            )
        )
    }
    shown = [translations.get(page.translation_key, page) for page in pages]
    return [page for page in shown if page.get_url(request)]


@register.simple_tag
def contact_details():
    """The footer's postal address in the visitor's language (else the default language's).

    One query; the footer is cached until content changes, and saving contact details is a
    content change (cec_site/core/cache.py: snippets)."""
    return ContactDetails.for_language(get_language())
