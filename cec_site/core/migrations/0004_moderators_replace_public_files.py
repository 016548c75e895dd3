"""Moderation is the only way in: Editors no longer change what the public sees at once.

* Documents and images: Editors keep *add* and *choose* but lose *change* on every collection
  (Wagtail's own first migrations gave it on the root collection). They still edit what they
  uploaded themselves (Wagtail's ownership rule); replacing a file that a live page uses is
  refused by the form (cec_site/core/moderation.py) to anyone who may not publish that page.
* Document types and kinds of impact are snippets without drafts: saving one is publishing it
  (names on pages, filter choices). Editors lose *add* and *change*; Moderators keep them.

Moderators are untouched. Reversing gives the permissions back.
"""

from django.db import migrations

COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "document", "change_document"),
    ("wagtailimages", "image", "change_image"),
]
# The sections' snippets (document types, kinds of impact): on a database where core/0003 had
# given them to Editors, this took them away. core/0003 no longer gives them; each section's
# own migration gives them to Moderators only (cec_site/core/migration_helpers.py).
SNIPPET_PERMISSIONS = []


def permissions(apps, specs):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, model, codename in specs:
        found.extend(
            Permission.objects.filter(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
        )
    return found


def take_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    collection_permissions = permissions(apps, COLLECTION_PERMISSIONS)
    GroupCollectionPermission.objects.filter(
        group=editors, permission__in=collection_permissions
    ).delete()
    editors.permissions.remove(*collection_permissions, *permissions(apps, SNIPPET_PERMISSIONS))


def give_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name="Editors").first()
    root = Collection.objects.filter(depth=1).first()
    if editors is None:
        return
    collection_permissions = permissions(apps, COLLECTION_PERMISSIONS)
    if root is not None:
        for permission in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root, permission=permission
            )
    editors.permissions.add(*collection_permissions, *permissions(apps, SNIPPET_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_editors_and_moderators"),
    ]

    operations = [migrations.RunPython(take_away, give_back)]
