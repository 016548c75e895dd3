"""Where the daily cap is counted: in Redis (atomic there), or, with the cache `make run` uses
without REDIS_URL (a database table, whose incr() is not atomic), in a table of its own,
taken by one conditional upsert. On SQLite and PostgreSQL alike."""

import datetime

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine

from cec_site.core.downloads import CAP_TABLE, cap_counted_in_database, network_of
from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from tests.publications.test_downloads import BROWSER, downloads, unique_downloads

pytestmark = pytest.mark.django_db

CACHE_TABLE = "cec_cap_test_cache"


def use_database_cache(settings):
    """The cache `make run` uses without REDIS_URL: a table of the database."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            "KEY_PREFIX": "cec",
        }
    }
    call_command("createcachetable", verbosity=0)


@pytest.fixture
def database_cache(settings):
    use_database_cache(settings)  # in the test's transaction: rolled back


@pytest.fixture
def publication(site_tree):
    return PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())


def fetch(url, agent, address):
    response = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address).get(url)
    assert response.status_code == 200
    b"".join(response.streaming_content)


def counters():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT day, group_key, network, used FROM {CAP_TABLE}")  # noqa: S608
        return cursor.fetchall()


@pytest.mark.parametrize(
    ("backend", "in_database"),
    [
        ("django.core.cache.backends.db.DatabaseCache", True),
        ("django.core.cache.backends.filebased.FileBasedCache", True),
        ("django_redis.cache.RedisCache", False),
        ("django.core.cache.backends.redis.RedisCache", False),
        ("django.core.cache.backends.locmem.LocMemCache", False),
    ],
)
def test_the_cap_is_counted_in_the_database_unless_the_cache_counts_atomically(
    settings, tmp_path, backend, in_database
):
    location = {
        "django.core.cache.backends.db.DatabaseCache": CACHE_TABLE,
        "django.core.cache.backends.filebased.FileBasedCache": str(tmp_path),
    }.get(backend, "redis://127.0.0.1:6379/15" if "Redis" in backend else "")
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": location}}
    assert cap_counted_in_database() is in_database


def test_with_the_database_cache_one_address_adds_the_cap_in_a_table_of_hashes(
    publication, settings, database_cache
):
    settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS = 3
    start = datetime.datetime(2026, 11, 30, 10, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        for n in range(8):
            fetch(publication.download_url, f"{BROWSER} {n}", "203.0.113.9")
        assert (downloads(publication), unique_downloads(publication)) == (3, 3)
        [(day, key, network, used)] = counters()
        assert (str(day), key, used) == ("2026-11-30", str(publication.translation_key), 3)
        # The address itself is never stored, only a salted hash of its network.
        assert "203.0.113" not in network and len(network) == 32
        assert network != network_of("203.0.113.9")

        clock.move_to(start + datetime.timedelta(days=1))  # a new day: a new cap
        for n in range(8):
            fetch(publication.download_url, f"{BROWSER} {n}", "203.0.113.9")
        assert downloads(publication) == 6
        # Yesterday's counter is gone: each day starts by deleting the past ones.
        assert [(str(day), used) for day, _key, _network, used in counters()] == [("2026-12-01", 3)]


def test_the_editions_of_a_publication_share_the_counter(
    site_tree, settings, locales, database_cache
):
    settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS = 2
    english = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())
    french = english.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = PdfDocumentFactory()
    french.save_revision().publish()
    for n in range(3):
        fetch(english.download_url, f"{BROWSER} {n}", "2001:db8:5:6::1")
        fetch(french.download_url, f"{BROWSER} {n}", "2001:db8:5:6::2")  # the same /64
    assert downloads(english) + downloads(french) == 2
    assert [used for *_key, used in counters()] == [2]


def test_the_cap_costs_one_query_instead_of_the_cache_tables_read_and_write(
    publication, settings, database_cache
):
    """What the cap costs a counted download with the database cache: one upsert (plus,
    once a day per process, the deletion of past counters) in place of add() and incr()
    on the cache table, six queries or more."""
    from cec_site.core import downloads as counting

    fetch(publication.download_url, BROWSER, "192.0.2.10")  # today's deletion is done
    taken = []

    def count_cap_queries(address):
        with CaptureQueriesContext(connection) as queries:
            taken.append(
                counting.within_daily_cap("key", network_of(address), datetime.date.today())
            )
        return [q["sql"] for q in queries if "SAVEPOINT" not in q["sql"]]

    counting._cap_table_purged_before = datetime.date.today()
    assert len(count_cap_queries("192.0.2.11")) == 1
    assert taken == [True]


def test_a_missing_counter_table_counts_the_download_and_says_so(
    publication, settings, database_cache, caplog
):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {CAP_TABLE}")  # rolled back with the test
    fetch(publication.download_url, BROWSER, "192.0.2.20")
    assert downloads(publication) == 1
    assert "Daily cap table unavailable" in caplog.text
