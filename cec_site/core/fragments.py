"""A page's own parts (its <head> metadata, its body), rendered once per state of the content
and shared by every request that shows the same thing: `{% pagefragment name %}` in base.html.

Why: the page cache keys whole pages by their address, so any new query string (a campaign's
`?utm_source=…`, a listing's parameters in another order), every signed-in visitor and every
page right after a publish render in full. Their bodies are the same for all of them.

The key is Wagtail's `{% wagtailpagecache %}` (the page's `cache_key`: id, url_path and last
publication; the site), plus:
- the content version (cec_site.core.cache): a body lists other pages (related items, cards),
  so any publish anywhere makes every fragment stale, as it does whole pages;
- the language, the address's path (a routable page's routes: `…/top-50/`) and the template
  rendered (the same page may be shown through another: a password form);
- the page's *variant*, what of the query string it shows (`fragment_variant` below).
Wagtail's node never uses it for a preview. A fragment lives as long as a cached page
(PAGE_CACHE_SECONDS): what changes with time alone (an event now past, a submission past its
target, a rank) is never staler than a whole page the page cache may send.

Signed-in visitors (editors) neither read nor keep them: a page may show an editor more
than the public (a stage document of a private collection, cec_site.core.visibility).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.template import TemplateSyntaxError, Variable
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from cec_site.core.cache import content_version
from cec_site.core.listing import Listing

NOT_SHARED = None


def canonical_query(query):
    """A query string as a key: the value Django reads (the last) of each parameter, sorted."""
    return urlencode(sorted((name, values[-1]) for name, values in query.lists() if values))


def fragment_variant(context):
    """The page's variant (`variant_of`), worked out once per request: the <head> and the body
    ask for the same."""
    request = context["request"]
    page = context.get("page")
    known = getattr(request, "_cec_fragment_variant", None)
    if known is not None and known[0] == (page.pk, request.path):
        return known[1]
    variant = variant_of(context)
    request._cec_fragment_variant = ((page.pk, request.path), variant)
    return variant


def variant_of(context):
    """What of the query string the page shown reads, as part of a key; NOT_SHARED when the
    rendering must not be kept (a listing's filters that did not validate: a 400 page).

    - a listing (its `listing` in the context): the filters as they validated, and the page
      number, so `?status=active&topic=x&utm_source=y` shares `?topic=x&status=active`'s;
    - a page type that reads none of it (`fragment_variant()` on the model says ""): "";
    - any other page (the Top 50's `window`, a page type that says nothing): the whole query,
      the safe default.
    """
    listing = context.get("listing")
    if isinstance(listing, Listing):
        return listing.variant if listing.status == 200 else NOT_SHARED
    page = context.get("page")
    own = getattr(page, "fragment_variant", None)
    if callable(own):
        return own(context["request"])
    return canonical_query(context["request"].GET)


def when_rendered(compute):
    """A context value computed only if the template reads it: not when a kept rendering of
    the fragment that shows it stands in (`get_context` runs before the template)."""
    return SimpleLazyObject(compute)


def is_signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


class PageFragmentNode(WagtailPageCacheNode):
    """`{% pagefragment name %}…{% endpagefragment %}`: see the module docstring."""

    def __init__(self, nodelist, fragment_name):
        timeout, vary = Variable("pagefragment_timeout"), Variable("pagefragment_vary")
        super().__init__(nodelist, timeout, fragment_name, [vary], None)

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        if (
            request is None
            or getattr(request, "is_preview", False)  # a draft
            or not getattr(page, "pk", None)
            or is_signed_in(request)
        ):
            return self.nodelist.render(context)
        variant = fragment_variant(context)
        if variant is NOT_SHARED:
            return self.nodelist.render(context)
        with context.update(
            {
                "pagefragment_timeout": settings.PAGE_CACHE_SECONDS,
                "pagefragment_vary": (
                    content_version(),
                    get_language(),
                    request.path,
                    variant,
                    # the template shown: one page may render another (a password form)
                    getattr(context.template, "origin", None) and context.template.origin.name,
                ),
            }
        ):
            return super().render(context)


def parse_pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise TemplateSyntaxError(f"'{bits[0]}' takes one argument: the fragment's name.")
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(nodelist, bits[1])
