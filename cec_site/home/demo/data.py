"""The demo's site-wide texts, read from the JSON files of data/: one each for the topics, the
site (home page, settings, footer, PDF covers) and the standing pages (About, the legal
notices). Each section's texts are in its own app, next to its demo (`<app>/demo_data.json`),
read with `read` (the builder's `texts`).

Each file holds one object per language: "en" has the records as the builder makes them,
"fr" and "es" their translations, keyed by the English title (or slug).
"""

import functools
import json
from datetime import date
from pathlib import Path

DATA = Path(__file__).with_name("data")
DATE_FIELDS = frozenset({"date", "start_date"})  # ISO dates in the files, `date`s in Python


def parse_dates(record):
    for field in DATE_FIELDS.intersection(record):
        record[field] = date.fromisoformat(record[field])
    return record


@functools.cache
def read(path):
    """The texts of a JSON file, its dates read as dates, or {} when there is no such file."""
    path = Path(path)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle, object_hook=parse_dates)


def texts(name):
    """The texts of data/<name>.json, or {} when the demo has no such file."""
    return read(DATA / f"{name}.json")


def languages():
    """The translated languages of the demo, in the order they are built ("fr", "es")."""
    return [code for code in texts("site") if code != "en"]
