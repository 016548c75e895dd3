"""The per-address daily cap's counters, in the database (publications/downloads.py).

A table without a model, like the cache table it stands in for: one row per (day,
publication, address network), the network only as a salted hash, rows of past days deleted
as each day begins. Used when the shared cache cannot count atomically across processes
(Django's DatabaseCache, whose incr() is a read then a write); with Redis the counters stay in
Redis. Plain SQL that PostgreSQL and SQLite both take: a composite primary key is what lets
one INSERT … ON CONFLICT … DO UPDATE … WHERE take a download from the cap atomically.
"""

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
        ("publications", "0004_page_count_help_says_when"),
    ]

    operations = [
        migrations.RunSQL(sql=CREATE, reverse_sql=f"DROP TABLE {TABLE}"),
    ]
