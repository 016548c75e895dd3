"""Serving a page follows the visibility rule (cec_site.core.visibility).

Wagtail itself answers 404 for a page that is not live and asks for the password or the sign-in
of a restricted one. What it lets through is a page past its `expire_at` that
`publish_scheduled` has not unpublished yet: that one answers 404 too, except to someone who
may edit it. Editors' previews do not come through here.
"""

from django.http import Http404

from wagtail import hooks

from cec_site.core.document_chooser import viewset
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
