"""Wagtail's serve path, with the site and its home page in the visitor's language found in
the shared cache rather than in five queries on every request.

Wagtail's `serve` view finds the Site by host name (one query), then its root page, the
active Locale, the root page's translation in it, and that page as its own type (four more)
before routing from there, and then the home page's child by slug and as its own type (two).
Those rows change only when content does: a Site, a page published, moved or unpublished all
change the content version (cec_site.core.cache), which is part of the key. So the middleware
hands Wagtail what it would look up itself, through the two attributes Wagtail remembers per
request (`_wagtail_site` and `_wagtail_route_for_request`), and Wagtail's own routing, hooks,
restrictions and serving go on as usual from there.

Each request gets its own copy of the cached objects (unpickled), so nothing a request does to
them is seen by another.
"""

from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from cec_site.core.cache import cached


def site_and_home(request):
    """(the request's Site, its root page in the active language as its own type, that page's
    children as their own types by slug), or (None, None, {}) when no site answers this host."""

    def look_up():
        site = Site._find_for_request(request)  # noqa: SLF001 - Wagtail's own, uncached
        if site is None:
            return None, None, {}
        home = site.root_page.localized.specific
        return site, home, {child.slug: child for child in home.get_children().specific()}

    # get_host(): an allowed host name (CommonMiddleware has refused any other with a 400).
    return cached(f"site-home-children:{request.get_host()}", get_language(), look_up)


class ServePathMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        site, home, children = site_and_home(request)
        request._wagtail_site = site
        if home is None:
            return None  # Wagtail answers 404 as it would
        # wagtail.urls passes the path positionally (its pattern's one group)
        path = view_kwargs["path"] if "path" in view_kwargs else "".join(view_args[:1])
        components = [part for part in path.split("/") if part]
        try:
            request._wagtail_route_for_request = route(home, children, request, components)
        except Http404:
            request._wagtail_route_for_request = None
        return None


def route(home, children, request, components):
    """Wagtail's Page.route from the home page, its children taken from those cached with it
    (Page.route looks for the child by slug among all of them, live or not; the child's own
    route then checks it is live). A home page type with a route of its own keeps it."""
    if not components or type(home).route is not Page.route:
        return home.route(request, components)
    child = children.get(components[0])
    if child is None:
        raise Http404
    return child.route(request, components[1:])
