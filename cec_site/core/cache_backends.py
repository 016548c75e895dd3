"""What django-redis does not do: leave an unreachable Redis alone for a few seconds.

The cache is django-redis (settings CACHES) with `IGNORE_EXCEPTIONS`: when Redis is down, every
cache call acts as on an empty cache and the site serves from the database. But django-redis
tries Redis again on every call, so a black-holed Redis would cost one socket timeout per cache
call, five or more a page, and its logging option logs every ignored call at ERROR with a
traceback. This connection class, given to django-redis's pool (CONNECTION_POOL_KWARGS), is
the one piece kept: after a failure, this process refuses to connect for `RETRY_SECONDS`
without touching the network (django-redis ignores that refusal like any other), and the log
gets one warning per outage and retry, then "reachable again".
"""

import logging
import threading
import time

from redis.connection import Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5.0


class Outages:
    """When each Redis address may next be tried, shared by every thread and pool of a process.

    State about the outside world, not cached data.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._retry_at = {}

    def skipping(self, location):
        retry_at = self._retry_at.get(location)
        return retry_at is not None and time.monotonic() < retry_at

    def failed(self, location, error):
        with self._lock:
            told = self.skipping(location)  # another thread failed a moment ago and said so
            self._retry_at[location] = time.monotonic() + RETRY_SECONDS
        if not told:
            logger.warning(
                "Redis cache at %s unreachable (%s: %s): serving without the cache, "
                "next try in %g s",
                location,
                type(error).__name__,
                error,
                RETRY_SECONDS,
            )

    def succeeded(self, location):
        if location in self._retry_at:
            with self._lock:
                was_down = self._retry_at.pop(location, None) is not None
            if was_down:
                logger.info("Redis cache at %s reachable again", location)


outages = Outages()


class FailFastConnection(Connection):
    """A redis-py connection that does not try an address known to be down."""

    @property
    def location(self):  # never the password: this goes to the log
        return f"redis://{self.host}:{self.port}/{self.db}"

    def connect_check_health(self, *args, **kwargs):
        location = self.location
        if outages.skipping(location):
            raise RedisConnectionError(f"{location} is left alone after a failure")
        try:
            super().connect_check_health(*args, **kwargs)
        except UNREACHABLE as error:
            outages.failed(location, error)
            raise
        outages.succeeded(location)

    def send_packed_command(self, *args, **kwargs):
        try:
            return super().send_packed_command(*args, **kwargs)
        except UNREACHABLE as error:
            self._failed(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except UNREACHABLE as error:  # connected, then silent: a black hole
            self._failed(error)
            raise

    def _failed(self, error):
        if not outages.skipping(self.location):  # not our own refusal to connect
            outages.failed(self.location, error)
