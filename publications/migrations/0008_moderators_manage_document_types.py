"""Moderators add, change and delete document types (saving one is publishing it); granted
here rather than in core's migrations, so that core names no section."""

from django.db import migrations

from cec_site.core.migration_helpers import moderators_manage


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0007_editions_keep_only_their_own_pdf"),
        ("core", "0003_editors_and_moderators"),
    ]

    operations = [moderators_manage("publications", "documenttype")]
