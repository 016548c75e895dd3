"""Counted downloads for every section (cec_site/core/downloads.py).

DocumentDownloadDay: the daily counts of documents a page serves through a counted route (a
SEM stage's document). core_download_cap: the per-address daily cap's counters, in the
database, when the shared cache cannot count atomically across processes (Django's
DatabaseCache, whose incr() is a read then a write); with Redis the counters stay in Redis. A
table without a model, like the cache table it stands in for: one row per (day, counted item
with its language versions, address network), the network only as a salted hash, rows of past
days deleted as each day begins. Plain SQL that PostgreSQL and SQLite both take: a composite
primary key is what lets one INSERT … ON CONFLICT … DO UPDATE … WHERE take a download from the
cap atomically.
"""

import django.db.models.deletion
from django.db import migrations, models

CAP_TABLE = "core_download_cap"

CREATE_CAP_TABLE = f"""
CREATE TABLE {CAP_TABLE} (
    day date NOT NULL,
    group_key varchar(100) NOT NULL,
    network varchar(64) NOT NULL,
    used integer NOT NULL,
    PRIMARY KEY (day, group_key, network)
)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_contact_details_per_language"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.CreateModel(
            name="DocumentDownloadDay",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField(verbose_name="day")),
                ("count", models.PositiveIntegerField(default=0, verbose_name="downloads")),
                (
                    "unique_count",
                    models.PositiveIntegerField(default=0, verbose_name="unique downloads"),
                ),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="download_days",
                        to="wagtaildocs.document",
                        verbose_name="document",
                    ),
                ),
            ],
            options={
                "verbose_name": "document downloads on a day",
                "verbose_name_plural": "document downloads per day",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("document", "day"), name="one_row_per_document_and_day"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("unique_count__lte", models.F("count"))),
                        name="unique_document_downloads_within_total",
                    ),
                ],
            },
        ),
        migrations.RunSQL(sql=CREATE_CAP_TABLE, reverse_sql=f"DROP TABLE {CAP_TABLE}"),
    ]
