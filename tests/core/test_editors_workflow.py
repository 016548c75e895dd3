"""Editors create and submit; Moderators publish; the public never sees a draft."""

import datetime

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine

from projects.factories import ProjectPageFactory
from projects.models import ProjectPage
from tests.projects.test_project_pages import project_form_data

pytestmark = pytest.mark.django_db


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@cec.org", "s3cret-pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_an_editor_submits_a_project_and_a_moderator_publishes_it(
    client, site_tree, django_user_model
):
    editor = member_of(django_user_model, "Editors", "eddie")
    moderator = member_of(django_user_model, "Moderators", "mona")

    # The editor writes a project and submits it for moderation.
    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=("projects", "projectpage", site_tree.projects.pk)
    )
    response = client.post(add_url, {**project_form_data(), "action-submit": "Submit"})
    assert response.status_code == 302
    project = ProjectPage.objects.get(slug="reduction-of-marine-litter")
    assert not project.live
    assert project.workflow_in_progress

    # The editor cannot publish it themselves: Wagtail refuses, the page stays a draft.
    edit_url = reverse("wagtailadmin_pages:edit", args=(project.pk,))
    client.post(edit_url, {**project_form_data(), "action-publish": "Publish"})
    project.refresh_from_db()
    assert not project.live
    assert not project.permissions_for_user(editor).can_publish()

    # Nobody in the public sees the draft.
    client.logout()
    assert client.get("/projects/reduction-of-marine-litter/").status_code == 404
    assert "Reduction of Marine Litter" not in client.get("/projects/").content.decode()

    # The moderator approves: the project is published.
    client.force_login(moderator)
    task_state = project.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(project.pk, "approve", task_state.pk)
    )
    response = client.post(approve_url, {"comment": "Ready."})
    assert response.status_code in (200, 302)
    project.refresh_from_db()
    assert project.live
    # The dashboard's Approve says what happened, as the editor's "Approve and publish" does.
    dashboard = client.get(reverse("wagtailadmin_home"))
    said = [str(message.message) for message in dashboard.context["messages"]]
    assert any(
        "Reduction of Marine Litter" in text and "has been approved and published." in text
        for text in said
    ), said
    client.logout()
    assert client.get("/projects/reduction-of-marine-litter/").status_code == 200


def test_unpublished_changes_stay_private(client, site_tree):
    project = ProjectPageFactory(parent=site_tree.projects, title="Published title")
    project.save_revision().publish()
    project.title = "A draft title nobody should see"
    project.save_revision()  # saved, not published
    html = client.get(project.url).content.decode()
    assert "Published title" in html
    assert "A draft title nobody should see" not in html
    assert "A draft title nobody should see" not in client.get("/projects/").content.decode()


def test_scheduled_publishing_publishes_when_the_time_comes(client, site_tree):
    project = ProjectPageFactory(parent=site_tree.projects, live=False, title="Announced later")
    project.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    project.save_revision().publish()  # with a future go-live date, this schedules it
    project.refresh_from_db()
    assert not project.live
    assert project.scheduled_revision is not None
    call_command("publish_scheduled", verbosity=0)
    assert client.get(project.url).status_code == 404  # not yet

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        call_command("publish_scheduled", verbosity=0)  # what cron runs every few minutes
    project.refresh_from_db()
    assert project.live
    assert client.get(project.url).status_code == 200


def test_an_editors_translation_is_sent_back_and_resubmitted(
    client, site_tree, locales, django_user_model
):
    """Translations follow the same workflow as any page: submit, needs changes, resubmit."""
    from wagtail.models import WorkflowState

    from cec_site.home.factories import PdfDocumentFactory
    from publications.factories import PublicationPageFactory

    editor = member_of(django_user_model, "Editors", "eddie")
    moderator = member_of(django_user_model, "Moderators", "mona")
    for index in (site_tree.home, site_tree.publications):
        index.specific.copy_for_translation(locales["fr"]).save_revision().publish()
    english = PublicationPageFactory(
        parent=site_tree.publications, slug="freight", document=PdfDocumentFactory()
    )
    english.save_revision().publish()

    client.force_login(editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=(english.pk,)),
        {"locales": [locales["fr"].pk]},
    )
    french = english.get_translation(locales["fr"]).specific
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(target_locale=locales["fr"])
    submit_url = reverse("cec_moderation:submit_translation", args=(translation.pk,))
    assert client.post(submit_url).status_code == 302
    french.refresh_from_db()
    assert french.workflow_in_progress and not french.live

    client.force_login(moderator)
    task_state = french.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(french.pk, "reject", task_state.pk)),
        {"comment": "Le titre, s'il vous plaît."},
    )
    french.refresh_from_db()
    assert french.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(editor)
    client.post(submit_url)
    french.refresh_from_db()
    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not french.live
    client.logout()
    assert client.get("/fr/publications/freight/").status_code == 404
