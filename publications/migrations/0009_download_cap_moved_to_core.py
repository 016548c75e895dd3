"""The daily cap's counters moved to core's table (core 0006), which every counted download
shares: publications' own table is no longer read. Today's counters start again once."""

from django.db import migrations

TABLE = "publications_download_cap"
CREATE = f"""
CREATE TABLE {TABLE} (
    day date NOT NULL,
    publication_key varchar(36) NOT NULL,
    network varchar(64) NOT NULL,
    used integer NOT NULL,
    PRIMARY KEY (day, publication_key, network)
)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0008_moderators_manage_document_types"),
        ("core", "0006_download_counts"),
    ]

    operations = [
        migrations.RunSQL(sql=f"DROP TABLE {TABLE}", reverse_sql=CREATE),
    ]
