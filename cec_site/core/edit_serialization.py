"""One change at a time per page or snippet, and no autosave after the form was sent.

[8/14]: "Approve and publish" left pages not live (although the log said published) or live with
a draft nobody made. The cause is in Wagtail 8's editor (`wagtail/admin/views/pages/edit.py`
and the `w-unsaved`/`w-autosave` controllers):

1. "Approve and publish" (a workflow action without a comment modal) appends two hidden inputs,
   `action-workflow-action` and `workflow-action-name`, to the edit form and submits it. The
   `w-unsaved` controller compares the form's data every 500 ms: the new inputs are a change,
   so about a second later, while the browser still waits for the publish's answer, autosave
   POSTs the same form (the two inputs included) to the same view as JSON.
2. That autosave is not out of date for `EditView.is_out_of_date`: approving without content
   changes makes no new revision, so the revision the editor loaded is still the latest.
   * If it arrives after the publish committed, `save_action` saves a new draft revision of the
     live page: "live + draft, a revision nobody made".
   * If it loaded the page before the publish committed, its page object says `live=False`, and
     `form.save(commit=not self.page.live)` writes the whole page row back with `live=False`
     after the publish: "not live although logged as published" (it may even approve the task
     state it loaded a second time).

The fix, in the middleware below:

* A JSON (autosave) POST to an edit view that carries an action field (`action-publish`,
  `action-workflow-action`, ...) comes from a form that has already been sent: it is answered
  with Wagtail's own "Saving will overwrite a newer version" error and changes nothing.
* POSTs that change one page or snippet (edit, workflow action, unpublish, unschedule) run in
  one transaction that first locks the object's row (`SELECT … FOR UPDATE`; on SQLite, whose
  transactions begin IMMEDIATE here, the database lock). Concurrent POSTs on one object wait
  for each other, and the later one reads what the earlier committed, so Wagtail's own checks
  (`is_out_of_date`, the workflow's state) decide with the real state, and no stale object is
  written over a newer one.
* A workflow action posted from the editor when the page's workflow is already over (a double
  click, two Moderators) changes nothing and says so; Wagtail would save a draft instead.
* After a workflow action in the editor, Wagtail always says "Page '…' has been updated": the
  message now says what happened (published, scheduled, passed on to the next step, sent back).

Autosave stays on (WAGTAIL_AUTOSAVE_INTERVAL keeps its default): with the above, it can no
longer act after the editor's form was sent nor overwrite a newer state.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail.admin import messages as admin_messages
from wagtail.models import Page

# Fields only a real submit of the edit form sends; an autosave never should.
ACTION_FIELDS = (
    "action-publish",
    "action-submit",
    "action-restart-workflow",
    "action-workflow-action",
    "action-cancel-workflow",
    "workflow-action-name",
)
# URL names (after the namespace) of the views that change one page or snippet.
SERIALIZED_VIEWS = {"edit", "workflow_action", "unpublish", "revisions_unschedule"}
EDIT_VIEWS = {"edit"}


def target_of(request):
    """(model, pk, url name, is_page) of the page or snippet this admin POST changes, or None."""
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return None
    if match.url_name not in SERIALIZED_VIEWS:
        return None
    namespace = match.namespace or ""
    if namespace == "wagtailadmin_pages" and "page_id" in match.kwargs:
        return Page, match.kwargs["page_id"], match.url_name, True
    if namespace.startswith("wagtailsnippets_") and "pk" in match.kwargs:
        model = getattr(match.func, "view_initkwargs", {}).get("model")
        if model is None:
            model = getattr(getattr(match.func, "view_class", None), "model", None)
        if model is not None:
            return model, unquote(str(match.kwargs["pk"])), match.url_name, False
    return None


def is_autosave(request):
    """Wagtail's autosave asks for JSON; the editor's own submit asks for HTML."""
    return not request.accepts("text/html")


class EditSerializationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST":
            return self.get_response(request)
        target = target_of(request)
        if target is None:
            return self.get_response(request)
        model, pk, url_name, is_page = target
        if (
            url_name in EDIT_VIEWS
            and is_autosave(request)
            and any(field in request.POST for field in ACTION_FIELDS)
        ):
            # The editor's form was sent with an action: this autosave of the same form must
            # not save it again (Wagtail's error code: the editor shows "not saved").
            return JsonResponse(
                {
                    "success": False,
                    "error_code": "invalid_revision",
                    "error_message": _("Saving will overwrite a newer version."),
                },
                status=400,
            )
        queued_before = len(getattr(request._messages, "_queued_messages", []))  # noqa: SLF001
        with transaction.atomic():
            # Wait for any other change to this object to commit; then read what it wrote.
            model._base_manager.select_for_update().filter(pk=pk).values_list("pk").first()
            if is_page and url_name in EDIT_VIEWS and request.POST.get("action-workflow-action"):
                stale = workflow_already_over(request, pk)
                if stale is not None:
                    return stale
            response = self.get_response(request)
        if (
            is_page
            and url_name in EDIT_VIEWS
            and request.POST.get("action-workflow-action")
            and response.status_code in (301, 302)
        ):
            say_what_the_workflow_action_did(
                request, pk, queued_before, request.POST.get("workflow-action-name")
            )
        elif is_page and url_name == "workflow_action" and workflow_action_done(response):
            # The dashboard's (and the listing's) Approve / Reject: Wagtail says nothing.
            action = resolve(request.path_info).kwargs.get("action_name")
            say_what_the_workflow_action_did(request, pk, queued_before, action)
        return response


def workflow_action_done(response):
    """The workflow action view answered "done": a redirect, or its modal's success step."""
    if response.status_code in (301, 302):
        return True
    return response.status_code == 200 and b'"step": "success"' in getattr(response, "content", b"")


def workflow_already_over(request, page_id):
    """A second "Approve and publish" (double click, two Moderators) finds nothing to approve.

    Wagtail's editor would then fall back to "save" and make a draft of the published page.
    """
    page = Page.objects.filter(pk=page_id).first()
    if page is None or page.workflow_in_progress:
        return None
    admin_messages.error(
        request,
        _("Page '%(title)s' is no longer awaiting moderation: nothing was changed.")
        % {"title": page.specific_deferred.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page_id)


def say_what_the_workflow_action_did(request, page_id, queued_before, action):
    """Replace the editor's "has been updated" with what the workflow action did to the page."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    page = page.specific
    title = page.get_admin_display_title()
    scheduled = page.scheduled_revision
    if action == "approve" and scheduled is not None:
        text = _("Page '%(title)s' has been approved and will be published on %(date)s.") % {
            "title": title,
            "date": date_format(localtime(scheduled.approved_go_live_at), "DATETIME_FORMAT"),
        }
    elif action == "approve" and page.live and page.live_revision_id == page.latest_revision_id:
        text = _("Page '%(title)s' has been approved and published.") % {"title": title}
    elif action == "approve" and page.workflow_in_progress:
        task = page.current_workflow_task
        text = _("Page '%(title)s' has been approved and is now waiting for “%(task)s”.") % {
            "title": title,
            "task": task.name if task else "",
        }
    elif action == "reject":
        if page.live:
            text = _(
                "Changes to page '%(title)s' have been sent back to their author; the public "
                "page stays as it was."
            ) % {"title": title}
        else:
            text = _(
                "Page '%(title)s' has been sent back to its author for changes; it is not "
                "published."
            ) % {"title": title}
    else:
        return  # nothing to add to Wagtail's message
    storage = request._messages  # noqa: SLF001
    queued = getattr(storage, "_queued_messages", None)
    if queued is not None:
        # Wagtail's "Page '…' has been updated.", added by this request's view.
        queued[queued_before:] = [
            message for message in queued[queued_before:] if message.level != messages.SUCCESS
        ]
    admin_messages.success(request, text)
