"""Editors create, edit and submit for moderation; Moderators also publish.

Wagtail's own first migrations make both groups and the "Moderators approval" workflow on the
root page; this one makes sure of each on any database, and gives Moderators the site
settings. Each section gives the groups its own snippets' permissions in its own migration
(cec_site/core/migration_helpers.py).
"""

from django.db import migrations

EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access_admin"]),
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]
MODERATOR_EXTRA_PERMISSIONS = [
    ("core", "sitesettings", ["change_sitesettings"]),
    ("wagtailimages", "image", ["delete_image"]),
    ("wagtaildocs", "document", ["delete_document"]),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def model_permissions(apps, specs):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    permissions = []
    for app_label, model, codenames in specs:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename in codenames:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            permissions.append(permission)
    return permissions


def set_up_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors, _created = Group.objects.get_or_create(name="Editors")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    editor_permissions = model_permissions(apps, EDITOR_MODEL_PERMISSIONS)
    editors.permissions.add(*editor_permissions)
    moderators.permissions.add(
        *editor_permissions, *model_permissions(apps, MODERATOR_EXTRA_PERMISSIONS)
    )

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for group, codenames in ((editors, EDITOR_PAGE_PERMISSIONS), (moderators, MODERATOR_PAGE_PERMISSIONS)):
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    # Editors never publish: a page they submit waits for a Moderator.
    GroupPagePermission.objects.filter(
        group=editors, page=root, permission__codename="publish_page"
    ).delete()

    workflow, _created = Workflow.objects.get_or_create(
        name="Moderators approval", defaults={"active": True}
    )
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task, _created = GroupApprovalTask.objects.get_or_create(
            name="Moderators approval", defaults={"active": True}
        )
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_topicindexpage_standardpage_topicpage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
