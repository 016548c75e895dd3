"""Redis down or silent: the cache acts as an empty one, the site and download counting go on.

The site's own cache configuration (django-redis with IGNORE_EXCEPTIONS, its pool using
cec_site.core.cache_backends.FailFastConnection) against a closed port, a socket that never
answers, and a redis-server of our own that is killed and started again. No mocks.
"""

import copy
import logging
import shutil
import socket
import subprocess
import time

from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

import pytest
import redis
from django_redis.cache import RedisCache as SiteRedisCache

from cec_site.core import cache_backends
from cec_site.core.downloads import first_click_in_window
from cec_site.settings.base import REDIS_CACHE_BACKEND, REDIS_CACHE_OPTIONS
from publications.models import PublicationDownloadDay
from tests.faults.unreachable import closed_port

OPTIONS = {**REDIS_CACHE_OPTIONS, "SOCKET_CONNECT_TIMEOUT": 0.3, "SOCKET_TIMEOUT": 0.3}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def no_outage_remembered(monkeypatch):
    """Each test starts with no Redis known to be down (the state is per process)."""
    monkeypatch.setattr(cache_backends, "outages", cache_backends.Outages())


def site_cache_settings(location):
    """CACHES as settings/base.py writes them when REDIS_URL is set."""
    return {
        "default": {
            "BACKEND": REDIS_CACHE_BACKEND,
            "LOCATION": location,
            "OPTIONS": copy.copy(OPTIONS),
        }
    }


def cache_at(port):
    return SiteRedisCache(f"redis://127.0.0.1:{port}/0", {"OPTIONS": OPTIONS, "KEY_PREFIX": "t"})


def backend_warnings(caplog):
    return [
        record
        for record in caplog.records
        if record.name == "cec_site.core.cache_backends" and record.levelno == logging.WARNING
    ]


def test_djangos_own_backend_turns_a_stopped_redis_into_errors():
    """Why IGNORE_EXCEPTIONS: without it, this is a 500 on every page."""
    with pytest.raises(redis.exceptions.ConnectionError):
        RedisCache(f"redis://127.0.0.1:{closed_port()}/0", {}).get("anything")


def test_the_site_uses_django_redis_ignoring_exceptions():
    assert REDIS_CACHE_BACKEND == "django_redis.cache.RedisCache"
    assert REDIS_CACHE_OPTIONS["IGNORE_EXCEPTIONS"] is True
    pool_kwargs = REDIS_CACHE_OPTIONS["CONNECTION_POOL_KWARGS"]
    assert pool_kwargs["connection_class"] is cache_backends.FailFastConnection


def test_a_stopped_redis_is_an_empty_cache_that_stores_nothing():
    cache = cache_at(closed_port())
    assert cache.get("page") is None
    assert cache.get("page", "fallback") == "fallback"
    assert cache.get_or_set("ranking", lambda: [1, 2, 3]) == [1, 2, 3]
    assert not cache.add("window", 1)  # not stored
    assert cache.set("page", "html") is None
    assert cache.get_many(["a", "b"]) == {}
    assert not cache.has_key("page")
    # Not touch(): django-redis 7 lets its error through, and the site never calls it.
    assert not cache.delete("page")
    assert cache.incr("version") is None  # no number: callers treat it as "not counted"


def test_a_stopped_redis_is_logged_once_per_retry_not_once_per_call(caplog, monkeypatch):
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0.3)
    cache = cache_at(closed_port())
    with caplog.at_level(logging.INFO):
        for _ in range(50):
            cache.get("page")
        assert len(backend_warnings(caplog)) == 1
        time.sleep(0.35)
        cache.get("page")
    assert len(backend_warnings(caplog)) == 2
    message = backend_warnings(caplog)[0].getMessage()
    assert "redis://127.0.0.1:" in message and "unreachable" in message


def test_credentials_never_reach_the_log(caplog):
    port = closed_port()
    cache = SiteRedisCache(f"redis://user:s3cret@127.0.0.1:{port}/0", {"OPTIONS": OPTIONS})
    with caplog.at_level(logging.INFO):
        cache.get("page")
    assert "s3cret" not in caplog.text
    assert f"redis://127.0.0.1:{port}/0" in caplog.text


def test_a_redis_that_never_answers_costs_one_timeout_then_is_left_alone():
    with socket.socket() as black_hole:  # the kernel accepts; nothing ever answers
        black_hole.bind(("127.0.0.1", 0))
        black_hole.listen(64)
        black_hole.setblocking(False)
        cache = cache_at(black_hole.getsockname()[1])

        assert cache.get("page", "miss") == "miss"  # after socket_timeout, not forever
        for _ in range(20):
            assert cache.get("page", "miss") == "miss"
            cache.set("page", "html")

        attempts = 0
        while True:
            try:
                accepted, _address = black_hole.accept()
            except BlockingIOError:
                break
            accepted.close()
            attempts += 1
    assert attempts == 1  # one connection for 41 cache calls


@pytest.fixture
def redis_server(tmp_path):
    executable = shutil.which("redis-server")
    if not executable:
        pytest.skip("needs redis-server (Debian: apt-get install redis-server)")
    port = closed_port()
    command = [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(tmp_path)]

    class Server:
        def start(self):
            self.process = subprocess.Popen(  # noqa: S603 - Debian's redis-server
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    redis.Redis(port=port, socket_timeout=0.5).ping()
                    return
                except redis.exceptions.ConnectionError:
                    time.sleep(0.05)
            raise TimeoutError("redis-server did not start")

        def kill(self):
            self.process.kill()
            self.process.wait(5)

    server = Server()
    server.port = port
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


def test_the_cache_comes_back_by_itself_when_redis_does(redis_server, caplog, monkeypatch):
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0.2)
    cache = cache_at(redis_server.port)
    cache.set("page", "html")
    assert cache.get("page") == "html"

    redis_server.kill()
    assert cache.get("page", "miss") == "miss"

    redis_server.start()  # empty: nothing was saved
    time.sleep(0.25)
    with caplog.at_level(logging.INFO):
        cache.set("page", "new html")
        assert cache.get("page") == "new html"
    assert "reachable again" in caplog.text


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.redis.RedisCache",  # raises: the window cannot be read
        REDIS_CACHE_BACKEND,  # the site's: answers "not stored"
    ],
)
def test_the_double_click_window_counts_every_click_when_the_cache_fails(settings, backend):
    settings.CACHES = site_cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    settings.CACHES["default"]["BACKEND"] = backend
    if backend != REDIS_CACHE_BACKEND:
        settings.CACHES["default"]["OPTIONS"] = {}
    now = timezone.now()
    # Two clicks of one visitor: over-counted, rather than every download of the outage lost.
    assert first_click_in_window(1, "same-visitor", now) is True
    assert first_click_in_window(1, "same-visitor", now) is True


@pytest.mark.django_db
def test_downloads_are_counted_while_redis_is_down(client, settings, site_tree):
    from cec_site.home.factories import PdfDocumentFactory
    from publications.factories import PublicationPageFactory

    publication = PublicationPageFactory(
        parent=site_tree.publications, document=PdfDocumentFactory()
    )
    settings.CACHES = site_cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    for visitor in range(3):
        response = client.get(
            publication.download_url, HTTP_USER_AGENT=f"{BROWSER} visitor/{visitor}"
        )
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    counted = sum(
        PublicationDownloadDay.objects.filter(publication=publication).values_list(
            "count", flat=True
        )
    )
    assert counted == 3
