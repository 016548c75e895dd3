"""Moderators set the target time of each SEM stage (Settings › SEM deadlines); granted here
rather than in core's migrations, so that core names no section."""

from django.db import migrations

from cec_site.core.migration_helpers import moderators_manage


class Migration(migrations.Migration):
    dependencies = [
        ("sem", "0001_initial"),
        ("core", "0003_editors_and_moderators"),
    ]

    operations = [moderators_manage("sem", "submissiondeadlines")]
