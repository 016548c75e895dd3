"""Counted downloads, by the COUNTER Code of Practice (Release 5), and hard to inflate: the one
rule for every file a page serves through a counted route (a publication's PDF, a SEM stage's
document…). Each section says what is downloaded and where the count goes; the rule is here.

    robot or machine?                                   → serve, do not count
    not the start of the file (a later byte range)?     → serve, do not count
                                                          (cec_site/core/file_responses.py)
    same client, same file, within 30 s?                → serve, do not count (double-click)
    this address's cap for this item today hit?         → serve, do not count
    otherwise → one more Total_Item_Request today for the file, and one more
                Unique_Item_Request when this client had none for it today

A client is its session only when that session really exists in the session store (a made-up
`sessionid` cookie names nobody); otherwise a salted hash of its address and User-Agent. Raw
addresses are never stored: the hashes live only in the shared cache, for 30 seconds (the
double-click window) or until the day is over (the unique and cap markers), and, for the
cap's counters when the cache is a database table, in the table core_download_cap until the
next day begins.

Whatever its agents and cookies, one address (an IPv4 address, or an IPv6 /64: one home or
office network) adds at most DOWNLOAD_DAILY_CAP_PER_ADDRESS counted downloads to one item a
day (a publication: all its language editions; a stage's document: all its languages):
exactly, however many requests arrive at once. Where the cap is counted depends on the cache
(`cap_counted_in_database`): Redis (or Memcached) counts atomically on its server, Django's
local-memory cache under its lock (one process); Django's DatabaseCache (`make run` without
REDIS_URL) cannot (its incr() is a read then a write, and two requests that both read 9 would
both count), so the counters live in a table of their own there, taken by one atomic
conditional upsert.

Counting never breaks a download: any failure is logged and the file is served all the same.
When the cache cannot answer, the download counts (as a first click, within the cap, and
unique): miscounting during a cache outage is a smaller error than losing its downloads.
"""

import hashlib
import logging
import time
from dataclasses import dataclass
from functools import partial

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.memcached import BaseMemcachedCache
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

import counter_robots
from django_redis.cache import RedisCache as DjangoRedisCache

from cec_site.core import sections
from cec_site.core.models import DocumentDownloadDay
from cec_site.core.security import client_ip_address, counted_network
from cec_site.core.visibility import collection_is_public, public

logger = logging.getLogger(__name__)

DOUBLE_CLICK_SECONDS = 30
# The per-day markers outlive their day by an hour: their keys name the day, so a marker
# from yesterday is never read today, and the cache drops it soon after.
DAY_MARKER_SECONDS = 25 * 60 * 60
# Why 10 by default: the people behind one address are, at most, a government office, a
# university or a company behind one NAT. A dozen colleagues there fetching the same report on
# the same day (a meeting, a course reading) is already rare; the cap loses none of that while
# it bounds what one machine, rotating User-Agents and cookies, adds to a publication to 10 a
# day: 300 a month, where it used to be about a thousand a minute.
DEFAULT_DAILY_CAP_PER_ADDRESS = 10
CACHE_WARNING_SECONDS = 60

_last_cache_warning = 0.0


def is_robot_or_machine(user_agent):
    """COUNTER's own lists: crawlers and spiders, and scripts (curl, wget, python-requests…)."""
    return counter_robots.is_robot(user_agent) or counter_robots.is_machine(user_agent)


def _hash(raw):
    return hashlib.sha256(f"{settings.SECRET_KEY}|{raw}".encode()).hexdigest()[:32]


def existing_session_key(request):
    """The session key when the visitor's session really exists, else None.

    Django sets `session_key` from the cookie whether or not such a session exists; loading
    the session (one query, and only when there is a cookie) clears it when it does not, or
    when it has expired.
    """
    session = getattr(request, "session", None)
    if session is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    if not session.session_key:
        return None
    session.keys()  # loads it: a key the store does not know becomes None
    return session.session_key


def network_of(address):
    """What the daily cap counts by (cec_site.core.security.counted_network), as a key."""
    network = counted_network(address)
    if network is None:
        return str(address)
    if network.prefixlen == network.max_prefixlen:  # one IPv4 address: the address itself
        return str(network.network_address)
    return str(network)


def client_id(request, address=None):
    session_key = existing_session_key(request)
    if session_key:
        raw = f"session:{session_key}"
    else:
        # Behind the proxy every visitor has its address: the one it saw, not the proxy's.
        address = address if address is not None else client_ip_address(request)
        raw = f"ip:{address}|ua:{request.headers.get('User-Agent', '')}"
    return _hash(raw)


def _cache_unavailable(what):
    """Log, at most once a minute per process, that a marker could not be read."""
    global _last_cache_warning  # noqa: PLW0603 - a per-process throttle for the log
    now = time.monotonic()
    if now - _last_cache_warning >= CACHE_WARNING_SECONDS:
        _last_cache_warning = now
        logger.warning("Download counting without the cache (%s): counting this download", what)


def first_click_in_window(item, client, now):
    """True when this client has not downloaded this file in the last 30 seconds.

    The window lives in the shared cache. When the cache cannot answer, the download counts:
    a double click counted twice while Redis is down is a smaller error than losing every
    download of the outage.
    """
    key = f"cec:download:{item}:{client}"
    stamp = now.timestamp()
    try:
        if cache.add(key, stamp, timeout=DOUBLE_CLICK_SECONDS):
            return True
        # add() also says False when the cache is unreachable (django-redis ignores the
        # error); then get() misses too, and the click counts as a first one.
        last = cache.get(key)
        if last is None or stamp - last >= DOUBLE_CLICK_SECONDS:
            if last is None:
                _cache_unavailable("double-click window")
            cache.set(key, stamp, timeout=DOUBLE_CLICK_SECONDS)
            return True
        return False
    except Exception:
        logger.warning("Double-click window unavailable: counting this download", exc_info=True)
        return True


def daily_cap():
    return getattr(settings, "DOWNLOAD_DAILY_CAP_PER_ADDRESS", DEFAULT_DAILY_CAP_PER_ADDRESS)


def cap_counted_in_database():
    """True when the default cache cannot count atomically for every process of the site.

    Redis and Memcached increment on their server, one request after another; Django's
    local-memory cache under a lock, and it is one process's own (production refuses it with
    several workers). Anything else, Django's DatabaseCache first (`make run` without
    REDIS_URL; incr() is get() then set()), or a file cache, counts in the database.
    """
    atomic = RedisCache | DjangoRedisCache | BaseMemcachedCache | LocMemCache
    return not isinstance(caches["default"], atomic)


CAP_TABLE = "core_download_cap"  # made by migration core 0006, no model
_cap_table_purged_before = None  # the day before which this process last deleted counters


def _purge_past_counters(day):
    """Once a day per process, the counters of past days go: nothing reads them again."""
    global _cap_table_purged_before  # noqa: PLW0603 - a per-process note, like the log's
    if _cap_table_purged_before == day:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {CAP_TABLE} WHERE day < %s", [day])  # noqa: S608
    _cap_table_purged_before = day


def _take_from_database_cap(group, network_hash, day, cap):
    """One atomic statement: a new row at 1, or one more on the row while it is under the
    cap; the row count says whether a download was taken. PostgreSQL re-reads a row another
    request is changing before it applies the WHERE, and SQLite writes one at a time, so two
    requests at 9 of 10 cannot both pass."""
    sql = (
        f"INSERT INTO {CAP_TABLE} (day, group_key, network, used) "  # noqa: S608
        "VALUES (%s, %s, %s, 1) ON CONFLICT (day, group_key, network) DO UPDATE SET "
        f"used = {CAP_TABLE}.used + 1 WHERE {CAP_TABLE}.used < %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [day, str(group), network_hash, cap])
        return cursor.rowcount == 1


def within_database_cap(group, network_hash, day, cap):
    """The cap, counted in the database: one query (and, once a day per process, the
    deletion of past days' counters). Inside a transaction (tests, a caller's atomic
    block) a savepoint keeps a failure from breaking it; a failure counts the download, as
    when the cache cannot answer."""
    try:
        if connection.in_atomic_block:
            with transaction.atomic():
                _purge_past_counters(day)
                return _take_from_database_cap(group, network_hash, day, cap)
        _purge_past_counters(day)
        return _take_from_database_cap(group, network_hash, day, cap)
    except DatabaseError:
        logger.warning("Daily cap table unavailable: counting this download", exc_info=True)
        return True


def within_daily_cap(group, network, day):
    """Takes one of the address's counted downloads of this item today, if one is left.
    `group` is the item with its language versions (a publication's editions rank
    together), so that one address's cap covers them all."""
    cap = daily_cap()
    if cap <= 0:
        return False
    network_hash = _hash(f"net:{network}")
    if cap_counted_in_database():
        return within_database_cap(group, network_hash, day, cap)
    key = f"cec:download-cap:{day.isoformat()}:{group}:{network_hash}"
    try:
        cache.add(key, 0, timeout=DAY_MARKER_SECONDS)
        used = cache.incr(key)  # atomic in Redis: concurrent requests each get their number
    except ValueError:  # the key is not there: the cache is unreachable
        used = None
    except Exception:
        logger.warning("Daily cap unavailable: counting this download", exc_info=True)
        return True
    if used is None:  # unreachable (django-redis ignores the error and answers None)
        _cache_unavailable("daily cap")
        return True
    return used <= cap


def first_today(item, client, day):
    """True when this client (user-session) has not been counted for this file today:
    COUNTER's Unique_Item_Requests."""
    key = f"cec:download-unique:{day.isoformat()}:{item}:{client}"
    try:
        if cache.add(key, 1, timeout=DAY_MARKER_SECONDS):
            return True
        if cache.get(key) is None:  # add() said False because the cache is unreachable
            _cache_unavailable("unique requests")
            return True
        return False
    except Exception:
        logger.warning("Unique-request marker unavailable: counting it unique", exc_info=True)
        return True


def add_to_day(model, owner, owner_id, day, unique=True):
    """One more download for (owner, day) in `model`'s table of daily rows (`owner`, the
    foreign key's name; `day`, `count`, `unique_count`; one row per owner and day), unique or
    not: a single atomic upsert, safe under concurrency.

    Django's bulk_create(update_conflicts=True) can only overwrite a value, not add to it.
    In autocommit (a request) the statement is its own transaction; inside a transaction
    (tests, a caller's atomic block), a savepoint keeps a failure from breaking it.
    """
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    owner_column = quote(model._meta.get_field(owner).column)
    sql = (
        f"INSERT INTO {table} ({owner_column}, day, count, unique_count) "  # noqa: S608
        f"VALUES (%s, %s, 1, %s) ON CONFLICT ({owner_column}, day) DO UPDATE SET "
        f"count = {table}.count + 1, "
        # A row from before unique counting (NULL) goes on from its total.
        f"unique_count = COALESCE({table}.unique_count, {table}.count) + excluded.unique_count"
    )
    parameters = [owner_id, day, 1 if unique else 0]
    if connection.in_atomic_block:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, parameters)
    else:
        with connection.cursor() as cursor:
            cursor.execute(sql, parameters)


def count(request, *, item, group, record, what):
    """Count this download if COUNTER and the daily cap say it counts; True when counted (as
    a total request; unique or not).

    `item` names the file (its double-click window and unique marker), `group` the item with
    its language versions (the daily cap), `record(day, unique)` writes the count where its
    section keeps it, `what` names it in the log.
    """
    try:
        if is_robot_or_machine(request.headers.get("User-Agent", "")):
            return False
        now = timezone.now()
        day = timezone.localdate(now)
        address = client_ip_address(request)
        client = client_id(request, address)
        if not first_click_in_window(item, client, now):
            return False
        if not within_daily_cap(group, network_of(address), day):
            return False
        record(day, first_today(item, client, day))
        return True
    except Exception:
        # The visitor still gets the file; the team gets the error in the logs.
        logger.exception("Could not count a download of %s", what)
        return False


def count_document_download(request, document, group):
    """Count a download of a page's document in DocumentDownloadDay. `group`: the document
    with its other languages (e.g. a translatable row's translation key), for the cap."""
    return count(
        request,
        item=f"document-{document.pk}",
        group=f"document-group-{group}",
        record=partial(add_to_day, DocumentDownloadDay, "document", document.pk),
        what=f"document {document.pk}",
    )


# Counted files at /documents/ ----------------------------------------------------------


@dataclass(frozen=True)
class CountedFile:
    """A page's file that the public downloads through a counted route.

    A section lists its own in its Section's `extras["counted_files"]`; `/documents/<id>/…`
    then sends the public to the counted route of such a file (`counted_address`).
    """

    field: str  # the lookup from the page to the document: one of its `public_file_fields`
    url: object  # (page, document, request) -> that page's counted address of it, or None


def counted_files():
    """(page model, CountedFile) for every counted file the sections declare."""
    for section in sections.all_sections():
        for counted_file in section.extras.get("counted_files", ()):
            yield apps.get_model(section.page_model), counted_file


def counted_address(document, request):
    """Where the public downloads `document` counted: the counted route of the first public,
    live page that has it as a counted file (pages rarely share a file: the oldest counts
    it), or None (a file no such page has, or in a private collection: served as ever)."""
    if not collection_is_public(document.collection):
        return None
    for model, counted_file in counted_files():
        pages = public(model.objects.live().filter(**{counted_file.field: document}))
        page = pages.order_by("pk").first()
        if page is None:
            continue
        address = counted_file.url(page, document, request)
        if address is not None:
            return address
    return None
