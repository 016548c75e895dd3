"""COUNTER R5's Unique_Item_Requests next to the total, per edition and day.

The days counted before it have no unique figure (NULL): the ranking and the report use their
total instead, the closest there is (each client was already counted once per 30 seconds).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0002_publicationdownloadday"),
    ]

    operations = [
        migrations.AddField(
            model_name="publicationdownloadday",
            name="unique_count",
            field=models.PositiveIntegerField(
                blank=True, null=True, verbose_name="unique downloads"
            ),
        ),
        migrations.AddConstraint(
            model_name="publicationdownloadday",
            constraint=models.CheckConstraint(
                condition=models.Q(("unique_count__isnull", True))
                | models.Q(("unique_count__lte", models.F("count"))),
                name="unique_downloads_within_total",
            ),
        ),
    ]
