"""Counted downloads, by the COUNTER Code of Practice (Release 5).

    robot or machine?                       → serve, do not count
    same client, same edition, within 30 s? → serve, do not count (double-click filter)
    otherwise                               → one more download today for this edition

A client is its session when it has one, otherwise a salted hash of IP address and
User-Agent: raw addresses are never stored, and the hash lives only in the cache, for the
30 seconds of the window. Counting never breaks a download: any failure is logged and the
file is served all the same.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

import counter_robots

from cec_site.core.security import client_ip_address

logger = logging.getLogger(__name__)

DOUBLE_CLICK_SECONDS = 30


def is_robot_or_machine(user_agent):
    """COUNTER's own lists: crawlers and spiders, and scripts (curl, wget, python-requests…)."""
    return counter_robots.is_robot(user_agent) or counter_robots.is_machine(user_agent)


def client_id(request):
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if session_key:
        raw = f"session:{session_key}"
    else:
        # Behind the proxy every visitor has its address: the one it saw, not the proxy's.
        address = client_ip_address(request)
        raw = f"ip:{address}|ua:{request.headers.get('User-Agent', '')}"
    return hashlib.sha256(f"{settings.SECRET_KEY}|{raw}".encode()).hexdigest()[:32]


def first_click_in_window(publication_id, client, now):
    """True when this client has not downloaded this edition in the last 30 seconds.

    The window lives in the shared cache. When the cache cannot answer, the download counts:
    a double click counted twice while Redis is down is a smaller error than losing every
    download of the outage.
    """
    key = f"cec:download:{publication_id}:{client}"
    stamp = now.timestamp()
    try:
        if cache.add(key, stamp, timeout=DOUBLE_CLICK_SECONDS):
            return True
        # add() also says False when the cache is unreachable (TolerantRedisCache); then
        # get() misses too, and the click counts as a first one.
        last = cache.get(key)
        if last is None or stamp - last >= DOUBLE_CLICK_SECONDS:
            cache.set(key, stamp, timeout=DOUBLE_CLICK_SECONDS)
            return True
        return False
    except Exception:
        logger.warning("Double-click window unavailable: counting this download", exc_info=True)
        return True


def add_download(publication_id, day):
    """One more download for (edition, day): a single atomic upsert, safe under concurrency.

    Django's bulk_create(update_conflicts=True) can only overwrite a value, not add to it.
    """
    from publications.models import PublicationDownloadDay

    table = connection.ops.quote_name(PublicationDownloadDay._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (publication_id, day, count) VALUES (%s, %s, 1) "  # noqa: S608
            f"ON CONFLICT (publication_id, day) DO UPDATE SET count = {table}.count + 1",
            [publication_id, day],
        )


def count_download(request, publication):
    """Count this download if COUNTER says it counts. Returns True when counted."""
    try:
        if is_robot_or_machine(request.headers.get("User-Agent", "")):
            return False
        now = timezone.now()
        if not first_click_in_window(publication.pk, client_id(request), now):
            return False
        add_download(publication.pk, timezone.localdate(now))
        return True
    except Exception:
        # The visitor still gets the file; the team gets the error in the logs.
        logger.exception("Could not count a download of publication %s", publication.pk)
        return False
