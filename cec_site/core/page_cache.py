"""Whole pages for anonymous visitors, kept in the shared cache until content changes.

A hit costs one cache round trip (the content version and the page together) and no SQL: this
middleware sits above sessions, authentication and everything that reads the database.

- Who: GET and HEAD without a session cookie, a messages cookie or an Authorization header,
  and never Wagtail's preview requests (editors' drafts). Everything else passes through and
  is marked `private, no-cache`.
- What: responses with a status worth keeping (200 and 301 for `PAGE_CACHE_SECONDS`; 400, 404
  and 410 for `PAGE_CACHE_ERROR_SECONDS`), no Set-Cookie, no private/no-store/no-cache, and no
  Vary beyond Cookie (every anonymous visitor sends the same: none of the cookies the page
  reads) and Accept-Language (the language is in the address, English unprefixed).
- Key: scheme, host, path and query string. Each entry holds the content version it was made
  under (cec_site.core.cache), so a publish, unpublish, move, delete or settings change makes
  every page stale at once, on every app server.
- Lifetime: at most `PAGE_CACHE_SECONDS`, no longer than the Top 50 ranking is kept
  (publications.ranking.REFRESH_SECONDS), so a rank shown on a cached page is at most one
  refresh behind the ranking.
- One render per address: after a publish every page is stale at once. Of the anonymous GETs
  of one address that miss together, the first renders (it holds a short lock in the cache,
  per address and content version) and the others wait for its copy, up to
  `RENDER_WAIT_SECONDS`, instead of each rendering the same page at the same moment (a stale
  copy is never served). If the first's response cannot be shared, or the wait runs out,
  each renders its own. `make bench-publish` measures it (docs/caching.md).
- The cache may fail (Redis down): any error reading or writing it means "no page cache" for
  that request, never an error page.

Browsers and a CDN are told `public, max-age=PAGE_CACHE_MAX_AGE` (short: the CDN is purged
only for the published page itself, by wagtail.contrib.frontend_cache). `X-Cache` says
HIT, MISS or BYPASS; a hit also carries `Age`.
"""

import functools
import hashlib
import logging
import re
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control

from cec_site.core.cache import VERSION_KEY, content_version, content_version_of_request

logger = logging.getLogger(__name__)

KEY_PREFIX = "cec:page:"
RENDER_WAIT_SECONDS = 3.0  # at most this long waiting for another request's render
RENDER_POLL_SECONDS = 0.05
RENDER_LOCK_SECONDS = 30  # a render that died leaves no lock for longer
LONG_LIVED_STATUSES = {200, 301}
SHORT_LIVED_STATUSES = {400, 404, 410}
# Vary headers whose variants every cookieless visitor shares (see the module docstring).
HARMLESS_VARY = {"cookie", "accept-language"}
NOT_SHARED = {"private", "no-store", "no-cache"}
# Headers of the moment, never replayed from the cache.
UNSTORED_HEADERS = {"date", "age", "x-cache", "x-request-id"}


@functools.cache
def _compiled(patterns):
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns)) if patterns else None


def is_excluded_path(path):
    excluded = _compiled(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    return bool(excluded and excluded.search(path))


def is_anonymous_request(request):
    """Cheap and before any database access: could this visitor be anyone else?"""
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or CookieStorage.cookie_name in cookies
        or "HTTP_AUTHORIZATION" in request.META
        or getattr(request, "is_dummy", False)  # Wagtail's preview of a draft
    )


def page_key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return KEY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def shared_lifetime(request, response):
    """Seconds this response may be shared by every anonymous visitor, or 0 if it may not."""
    if response.streaming or response.cookies:
        return 0
    if response.status_code in LONG_LIVED_STATUSES:
        lifetime = settings.PAGE_CACHE_SECONDS
    elif response.status_code in SHORT_LIVED_STATUSES:
        lifetime = settings.PAGE_CACHE_ERROR_SECONDS
    else:
        return 0
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return 0
    if response.has_header("Cache-Control"):
        directives = {
            part.split("=")[0].strip().lower()
            for part in cc_delim_re.split(response["Cache-Control"])
        }
        if directives & NOT_SHARED:
            return 0
        max_age = get_max_age(response)  # the view's own limit
        if max_age is not None:
            lifetime = min(lifetime, max_age)
    if response.has_header("Vary"):
        vary = {header.strip().lower() for header in cc_delim_re.split(response["Vary"])}
        if not vary <= HARMLESS_VARY:
            return 0
    return max(lifetime, 0)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or is_excluded_path(request.path_info):
            return self.get_response(request)
        if request.method not in ("GET", "HEAD") or not is_anonymous_request(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            response["X-Cache"] = "BYPASS"
            return response

        try:
            key = page_key(request)
        except DisallowedHost:
            return self.get_response(request)  # Django answers 400 further down
        version, entry = self.lookup(key)
        if entry is not None and entry[0] == version:
            return self.replay(request, entry)

        if version is None:
            version = self.safely(content_version)
        lock = None
        if request.method == "GET" and version is not None:
            lock = f"{key}:rendering:{version}"
            if not self.safely(functools.partial(cache.add, lock, 1, RENDER_LOCK_SECONDS)):
                entry = self.wait_for_render(key, lock, version)
                if entry is not None:
                    return self.replay(request, entry)
                lock = None  # not ours
        try:
            with content_version_of_request(version):
                response = self.get_response(request)
            return self.finish(request, response, key, version)
        finally:
            if lock is not None:
                self.safely(cache.delete, lock)

    def finish(self, request, response, key, version):
        lifetime = shared_lifetime(request, response)
        if lifetime:
            if not response.has_header("Cache-Control"):
                max_age = min(settings.PAGE_CACHE_MAX_AGE, lifetime)
                patch_cache_control(response, public=True, max_age=max_age)
            if request.method == "GET" and version is not None:  # HEAD has no body to keep
                self.store(key, version, response, lifetime)
        elif not response.has_header("Cache-Control"):
            if response.status_code >= 500:
                patch_cache_control(response, no_store=True)
            else:
                patch_cache_control(response, private=True, no_cache=True)
        response["X-Cache"] = "MISS"
        return response

    def wait_for_render(self, key, lock, version):
        """The entry another request is rendering under `version`, or None: it ended without
        one to share (the lock is gone), or the wait ran out."""
        deadline = time.monotonic() + RENDER_WAIT_SECONDS
        while True:
            found = self.safely(cache.get_many, [key, lock]) or {}  # {} when the cache is down
            entry = found.get(key)
            if entry is not None and entry[0] == version:
                return entry
            if lock not in found or time.monotonic() >= deadline:
                return None
            time.sleep(RENDER_POLL_SECONDS)

    def safely(self, operation, *args):
        try:
            return operation(*args)
        except Exception:  # the page cache is optional, the page is not
            logger.warning("Page cache unavailable", exc_info=True)
            return None

    def lookup(self, key):
        """(current content version, stored entry) in one round trip."""
        found = self.safely(cache.get_many, [VERSION_KEY, key]) or {}
        return found.get(VERSION_KEY), found.get(key)

    def store(self, key, version, response, lifetime):
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in UNSTORED_HEADERS
        ]
        entry = (version, response.status_code, headers, response.content, time.time())
        self.safely(functools.partial(cache.set, key, entry, timeout=lifetime))

    def replay(self, request, entry):
        _version, status, headers, content, stored_at = entry
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value  # Content-Length stays that of the full page, also for HEAD
        response["Age"] = str(max(0, int(time.time() - stored_at)))
        response["X-Cache"] = "HIT"
        return response
