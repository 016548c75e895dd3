"""What a section's migrations call to give the editorial groups their permissions.

Core's own migration (core/0003) makes the Editors and Moderators groups and their page,
image and document permissions; each section grants its own models' permissions in its own
migration, through `moderators_manage`, so core's history names no section.
"""

from django.db import migrations


def _permissions(apps, app_label, model, actions):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{model}",
            defaults={"name": f"Can {action} {model}"},
        )[0]
        for action in actions
    ]


def moderators_manage(app_label, model):
    """A migration operation: Moderators add, change and delete `model` (a snippet without
    drafts: saving one is publishing it), Editors only see it in choosers."""

    def grant(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        moderators = Group.objects.filter(name="Moderators").first()
        if moderators is not None:
            moderators.permissions.add(
                *_permissions(apps, app_label, model, ["add", "change", "delete"])
            )

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        moderators = Group.objects.filter(name="Moderators").first()
        if moderators is not None:
            moderators.permissions.remove(
                *_permissions(apps, app_label, model, ["add", "change", "delete"])
            )

    return migrations.RunPython(grant, revoke)
