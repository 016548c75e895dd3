"""Django's Redis cache, made to survive Redis going away.

Redis holds nothing the site cannot rebuild: cached pages and fragments, the ranking, the
30-second double-click window of downloads. So when Redis is down or too slow, the cache acts
as an empty one (every read a miss, every write dropped) and the site keeps serving from the
database, instead of turning each cache call into a 500 as Django's own backend does.

After a failure, this process leaves Redis alone for `RETRY_SECONDS`: a black-holed Redis then
costs one socket timeout per process every few seconds, not one per cache call, and the log
gets one warning per retry instead of one per call. Keep the socket timeouts short
(OPTIONS socket_connect_timeout / socket_timeout, see CACHES in settings/base.py).

Only "cannot reach Redis" is tolerated; any other Redis error (a wrong password, a full
memory) still raises, because it needs fixing, not riding out.
"""

import functools
import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5.0


class _Outages:
    """When each Redis location may next be tried, shared by the threads of one process.

    Django gives every thread its own cache object, so this lives on the class: one thread's
    timeout spares the others. It is state about the outside world, not cached data.
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
        if told:
            return
        logger.warning(
            "Redis cache at %s unreachable (%s: %s): serving without the cache, next try in %g s",
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


def _or_when_unreachable(fallback):
    """Run the cache call; when Redis cannot be reached, answer `fallback(...)` instead."""

    def decorate(method):
        @functools.wraps(method)
        def tolerant(self, *args, **kwargs):
            location = self._location
            if self._outages.skipping(location):
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except UNREACHABLE as error:
                self._outages.failed(location, error)
                return fallback(*args, **kwargs)
            self._outages.succeeded(location)
            return result

        return tolerant

    return decorate


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty_dict(*args, **kwargs):
    return {}


def _default(key, default=None, version=None):
    return default


def _every_key_failed(data, *args, **kwargs):
    return list(data)  # set_many() returns the keys it could not store


def _key_missing(key, *args, **kwargs):
    # What incr() says of a key that is not there, which callers already handle.
    raise ValueError(f"Key '{key}' not found: the cache is unreachable.")


def _without_credentials(url):
    """The URL as logs may show it: no user name or password."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


class ReusedRedisClient(RedisCacheClient):
    """Django's client builds a new redis.Redis for every cache call (a fifth of a cached
    page's Redis time in the bench profile); one per connection pool is enough, since a
    redis.Redis holds no connection of its own: it borrows one from the pool per command."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    _outages = _Outages()

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient
        self._location = ",".join(_without_credentials(url) for url in self._servers)

    @_or_when_unreachable(_default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    # False: "not stored". Callers that need to know whether a key was new must not read it
    # as "already there" (see publications/downloads.py).
    @_or_when_unreachable(_false)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_or_when_unreachable(_nothing)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_or_when_unreachable(_false)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_or_when_unreachable(_false)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_or_when_unreachable(_empty_dict)
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_or_when_unreachable(_false)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_or_when_unreachable(_key_missing)
    def incr(self, key, delta=1, version=None):
        return super().incr(key, delta, version)

    @_or_when_unreachable(_every_key_failed)
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_or_when_unreachable(_nothing)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_or_when_unreachable(_false)
    def clear(self):
        return super().clear()
