"""Tests: fast hashing, throw-away media, local memory as the cache unless REDIS_URL is set."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-" + "t" * 50  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cec-test-media-"))
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if REDIS_URL:  # noqa: F405
    # The production cache (django-redis, settings/base.py) on REDIS_URL's database, the next
    # ones for further pytest-xdist workers: each test empties the cache (cache.clear() is
    # Redis's FLUSHDB), so no two test processes may share a database.
    from urllib.parse import urlsplit

    _redis = urlsplit(REDIS_URL)  # noqa: F405
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)  # noqa: F405
    _database = (int(_redis.path.strip("/") or 0) + _worker) % 16
    CACHES = {
        "default": {
            "BACKEND": REDIS_CACHE_BACKEND,  # noqa: F405
            "LOCATION": _redis._replace(path=f"/{_database}").geturl(),
            "KEY_PREFIX": "cec",
            "OPTIONS": REDIS_CACHE_OPTIONS,  # noqa: F405
        }
    }
# Tests render templates without running collectstatic first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SERVE_MEDIA = True  # image renditions show in browser tests and screenshots
# client.login() authenticates without a request, which django-axes refuses: the tests of the
# sign-in rate limit turn it on for themselves (tests/security/test_admin_login_rate_limit.py).
AXES_ENABLED = False
