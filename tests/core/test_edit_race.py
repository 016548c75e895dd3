"""[8/14] "Approve and publish" leaves the page exactly published, whatever autosave does.

Wagtail 8's editor autosaves the form about a second after it changes, and clicking "Approve and
publish" changes it (two hidden inputs are appended before the submit): the autosave POST, with
the same form, reaches the server while or after the approval runs (see
`cec_site/core/edit_serialization.py`). These tests send those two requests, as the browser does,
from two threads on two database connections, against PostgreSQL.
"""

import threading
import time
from html.parser import HTMLParser

from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse

from wagtail.models import Revision
from wagtail.signals import page_published

import pytest

from projects.models import ProjectPage
from tests.projects.test_project_pages import project_form_data

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class EditFormData(HTMLParser):
    """The fields `new FormData(form)` sends for the page editor's form (no submit buttons)."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.fields = []
        self.select = None
        self.select_options = []
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "page-edit-form":
            self.in_form = True
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select":
            self.select = (attrs["name"], "multiple" in attrs)
            self.select_options = []
        elif tag == "option" and self.select is not None:
            self.select_options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            name, multiple = self.select
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and not multiple and self.select_options:
                chosen = [self.select_options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None


def form_data_of(html):
    parser = EditFormData()
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@cec.org", "s3cret-pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def submitted_project(site_tree, django_user_model):
    """A new project an Editor wrote and submitted: a draft in the Moderators' workflow."""
    editor = member_of(django_user_model, "Editors", "eddie")
    client = Client()
    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=("projects", "projectpage", site_tree.projects.pk)
    )
    assert (
        client.post(add_url, {**project_form_data(), "action-submit": "Submit"}).status_code == 302
    )
    project = ProjectPage.objects.get(slug="reduction-of-marine-litter")
    assert project.workflow_in_progress and not project.live
    return project


@pytest.fixture
def moderator(django_user_model):
    return member_of(django_user_model, "Moderators", "mona")


def approve_and_autosave_data(client, project):
    """What the Moderator's browser sends: the approval, and the autosave of the same form."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=(project.pk,))).content.decode()
    data = form_data_of(html)
    assert "loaded_revision_id" in data and "title" in data
    # The StreamField's inputs are made by the editor's JavaScript: the same content as the
    # Editor sent, with the ids its blocks were given.
    for name, value in project_form_data().items():
        data[name] = [value] if isinstance(value, str) else value
    for index, block in enumerate(project.get_latest_revision_as_object().body):
        data[f"body-{index}-id"] = [block.id]
        if hasattr(block.value, "source"):  # rich text, with the block keys it was stored with
            widget = block.block.field.widget
            data[f"body-{index}-value"] = [widget.format_value(block.value.source)]
    # workflow-action.js appends these two inputs to the form, then submits it…
    data["action-workflow-action"] = ["true"]
    data["workflow-action-name"] = ["approve"]
    # …and 500 ms later `w-unsaved` sees a changed form: `w-autosave` POSTs it as JSON.
    return data


def post_in_thread(client, url, data, results, key, **headers):
    def run():
        try:
            results[key] = client.post(url, data, **headers)
        except Exception as error:  # noqa: BLE001 - the test says which request failed, and how
            results[key] = error
        finally:
            connection.close()  # each thread has its own connection to PostgreSQL

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def revision_count(project):
    return Revision.page_revisions.filter(object_id=str(project.pk)).count()


def assert_published_exactly(project, revisions_before):
    """Live, the submitted revision published, and no other revision made."""
    project.refresh_from_db()
    state = (
        f"live={project.live} has_unpublished_changes={project.has_unpublished_changes} "
        f"live_revision={project.live_revision_id} latest_revision={project.latest_revision_id} "
        f"revisions={revision_count(project)} (before: {revisions_before})"
    )
    print(state)  # noqa: T201 - the evidence, in the failure report
    assert project.live, "not live although approved and published"
    assert not project.has_unpublished_changes, "live + draft"
    assert project.live_revision_id == project.latest_revision_id
    assert revision_count(project) == revisions_before, "a revision nobody made"
    assert not project.workflow_in_progress


def test_an_autosave_after_the_approval_saves_nothing(client, submitted_project, moderator):
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=(submitted_project.pk,))
    data = approve_and_autosave_data(client, submitted_project)
    revisions_before = revision_count(submitted_project)

    approval = client.post(url, data)
    assert approval.status_code == 302
    autosave = client.post(url, data, HTTP_ACCEPT="application/json")

    assert_published_exactly(submitted_project, revisions_before)
    assert autosave.status_code == 400
    assert autosave.json()["success"] is False
    # The message says what happened.
    messages = [str(m.message) for m in client.get(url).context["messages"]]
    assert any("has been approved and published" in m for m in messages), messages
    assert not any("has been updated" in m for m in messages), messages


def test_an_autosave_during_a_slow_approval_saves_nothing(submitted_project, moderator):
    """The autosave arrives while the publish is still running (search index, cache purge…)."""
    url = reverse("wagtailadmin_pages:edit", args=(submitted_project.pk,))
    approver, autosaver = Client(), Client()
    approver.force_login(moderator)
    autosaver.force_login(moderator)
    data = approve_and_autosave_data(approver, submitted_project)
    revisions_before = revision_count(submitted_project)

    def slow_publish(sender, instance, **kwargs):  # a real delay, inside the publish transaction
        time.sleep(1.5)

    page_published.connect(slow_publish, sender=ProjectPage)
    results = {}
    try:
        first = post_in_thread(approver, url, data, results, "approval")
        time.sleep(0.5)
        second = post_in_thread(
            autosaver, url, data, results, "autosave", HTTP_ACCEPT="application/json"
        )
        first.join(30)
        second.join(30)
    finally:
        page_published.disconnect(slow_publish, sender=ProjectPage)

    assert_published_exactly(submitted_project, revisions_before)
    assert getattr(results["approval"], "status_code", results["approval"]) == 302
    assert getattr(results["autosave"], "status_code", results["autosave"]) == 400


def test_a_second_approval_waits_and_changes_nothing(submitted_project, moderator):
    """Two "Approve and publish" during a slow publish (a double click, or two Moderators).

    The second waits for the first, then finds the task approved: it leaves the published page
    as it is (no stale `live=False` written back, no draft) and says so.
    """
    url = reverse("wagtailadmin_pages:edit", args=(submitted_project.pk,))
    first_client, second_client = Client(), Client()
    first_client.force_login(moderator)
    second_client.force_login(moderator)
    data = approve_and_autosave_data(first_client, submitted_project)
    revisions_before = revision_count(submitted_project)

    def slow_publish(sender, instance, **kwargs):
        time.sleep(1.5)

    page_published.connect(slow_publish, sender=ProjectPage)
    results = {}
    try:
        first = post_in_thread(first_client, url, data, results, "first")
        time.sleep(0.5)
        second = post_in_thread(second_client, url, data, results, "second")
        first.join(30)
        second.join(30)
    finally:
        page_published.disconnect(slow_publish, sender=ProjectPage)

    assert_published_exactly(submitted_project, revisions_before)
    assert getattr(results["first"], "status_code", results["first"]) == 302
    assert getattr(results["second"], "status_code", results["second"]) == 302
    messages = [str(m.message) for m in second_client.get(url).context["messages"]]
    assert any("no longer awaiting moderation" in m for m in messages), messages
