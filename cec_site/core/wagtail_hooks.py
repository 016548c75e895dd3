"""Serving a page follows the visibility rule (cec_site.core.visibility).

Wagtail itself answers 404 for a page that is not live and asks for the password or the sign-in
of a restricted one. What it lets through is a page past its `expire_at` that
`publish_scheduled` has not unpublished yet: that one answers 404 too, except to someone who
may edit it. Editors' previews do not come through here.

A page's counted file (a publication's PDF, a SEM stage's document) is downloaded through its
counted route, never around it: `/documents/` sends the public there.
"""

from django.http import Http404
from django.shortcuts import redirect

from wagtail import hooks

from cec_site.core.document_chooser import viewset
from cec_site.core.downloads import counted_address
from cec_site.core.visibility import is_current, user_may_edit_any


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    if is_current(page):
        return None
    if user_may_edit_any(getattr(request, "user", None), [page]):
        return None
    raise Http404


@hooks.register("register_admin_viewset")
def register_document_in_language_chooser():
    return viewset


@hooks.register("before_serve_document")
def send_counted_files_to_their_counted_route(document, request):
    """Wagtail serves every document at /documents/<id>/<file name> (rich-text links, the
    admin's document listing); for a file a live, public page downloads through a counted
    route (the sections' `counted_files`), that address redirects there, and the counted
    route counts it. Other documents are served as usual; a document in a private collection
    is left to Wagtail's own privacy check, one of a hidden page to moderation's 404
    (cec_site/core/moderation.py, which runs first)."""
    address = counted_address(document, request)
    return redirect(address) if address is not None else None
