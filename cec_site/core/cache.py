"""A version number for "what the public sees", bumped whenever content changes.

Cached fragments (header, footer, filter choices) put the version in their key, and cached
pages (cec_site.core.page_cache) carry the version they were made under, so a publish,
unpublish, move or delete anywhere makes every one of them stale at once, on every app server
(the number lives in the shared cache). Nothing is kept per process.

What the public sees: live pages and their child items (spotlight entries, related pages),
snippets (document types, kinds of impact), settings, images and documents, sites, redirects
and view restrictions. Drafts, revisions, comments and download counts are not.

Every caching layer of the site (what it holds, what makes it stale, why it is needed, with
the benchmarks' figures) is described once, in docs/caching.md.
"""

import contextlib
import contextvars
import functools
import logging
import time

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from modelcluster.fields import ParentalKey
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

logger = logging.getLogger(__name__)

VERSION_KEY = "cec:content-version"
# When the next live page reaches its `expire_at`: the public stops seeing it then, before
# `publish_scheduled` unpublishes it (cec_site.core.visibility), and no save bumps the version
# for that. The first request after that moment bumps it (see content_version()).
NEXT_EXPIRY_KEY = "cec:content-version-next-expiry"
NO_EXPIRY = 0  # stored when no live page has an expiry ahead
FRAGMENT_TIMEOUT = 60 * 60
# The version an anonymous request read on its way in (the page cache reads it anyway): every
# fragment of that page is then keyed by it without asking Redis again, 4-5 times a page.
_request_version = contextvars.ContextVar("cec_request_content_version", default=None)
# Inside one_bump_for_all(): whether something changed (bumped once when the block ends).
_deferred_bump = contextvars.ContextVar("cec_deferred_bump", default=None)

# Page fields a draft save, a lock or a new child writes: none changes the live page.
PAGE_BOOKKEEPING_FIELDS = {
    "wagtail_admin_comments",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "live_revision",
    "numchild",
    "locked",
    "locked_at",
    "locked_by",
}
# Written once when an image or document is first read (its hash, its size).
FILE_BOOKKEEPING_FIELDS = {"file_hash", "file_size"}


def fresh_version():
    """A number never used before, even if the key was evicted or Redis restarted empty.

    Cached pages hold the version they were made under: an old number coming back would
    revive them. Microseconds since 1970 are larger than any earlier version plus its bumps.
    """
    return time.time_ns() // 1000


def next_expiry_timestamp():
    """When the next live page expires (a timestamp), or NO_EXPIRY: one indexed query."""
    upcoming = (
        Page.objects.filter(live=True, expire_at__gt=timezone.now())
        .order_by("expire_at")
        .values_list("expire_at", flat=True)
        .first()
    )
    return upcoming.timestamp() if upcoming else NO_EXPIRY


def content_version():
    version = _request_version.get()
    if version is not None:
        return version
    values = cache.get_many([VERSION_KEY, NEXT_EXPIRY_KEY])
    version, next_expiry = values.get(VERSION_KEY), values.get(NEXT_EXPIRY_KEY)
    if next_expiry is None:  # not known yet, or evicted: ask the database once
        try:
            next_expiry = next_expiry_timestamp()
        except DatabaseError:  # the database is down: cached pages may still be served
            logger.warning("Could not read the next expiry time", exc_info=True)
        else:
            cache.set(NEXT_EXPIRY_KEY, next_expiry, timeout=None)
    elif next_expiry != NO_EXPIRY and time.time() >= next_expiry:
        # A page expired since: what the public may see changed without any save.
        cache.delete(NEXT_EXPIRY_KEY)
        _bump()
        return content_version()
    if version is None:
        version = fresh_version()
        if not cache.add(VERSION_KEY, version, timeout=None):  # another process was first
            version = cache.get(VERSION_KEY, version)
    return version


@contextlib.contextmanager
def content_version_of_request(version):
    """Within this block (one request), content_version() is `version` unless bumped."""
    token = _request_version.set(version)
    try:
        yield
    finally:
        _request_version.reset(token)


def bump_content_version(**kwargs):
    """Make every cached page and fragment stale, now and again when the transaction commits.

    Now, so that this connection's next request sees the change; at commit, because a request
    served meanwhile by another connection still read the old rows and may have cached them
    under the new version. A cache that fails must not fail the editor's save: cached pages
    then expire on their own (PAGE_CACHE_SECONDS).
    """
    pending = _deferred_bump.get()
    if pending is not None:
        pending.append(True)
        return
    _bump()
    transaction.on_commit(_bump)


@contextlib.contextmanager
def one_bump_for_all():
    """For bulk loads (the demo loader): the thousands of saves inside bump the version once,
    when the block ends (and again at commit), instead of once each."""
    pending = []
    token = _deferred_bump.set(pending)
    try:
        yield
    finally:
        _deferred_bump.reset(token)
        if pending:
            bump_content_version()


def _bump():
    _request_version.set(None)  # this request changed content: read the new version from now
    try:
        # An expiry date may have changed too: the next read asks the database again.
        cache.delete(NEXT_EXPIRY_KEY)
        try:
            cache.incr(VERSION_KEY)
        except ValueError:  # not set yet (or evicted): any new value invalidates
            cache.set(VERSION_KEY, fresh_version(), timeout=None)
    except Exception:  # the cache is down: nothing cached can be served from it either
        logger.warning("Could not mark cached pages stale", exc_info=True)


def cached(name, locale_id, compute):
    """`compute()` kept in the shared cache until content next changes."""
    key = f"cec:{name}:{locale_id}:{content_version()}"
    return cache.get_or_set(key, compute, timeout=FRAGMENT_TIMEOUT)


def is_shown_to_public(instance, update_fields=None, created=False):
    """Does writing this object change what visitors see?"""
    fields = set(update_fields or ())
    if isinstance(instance, Page):
        return instance.live and not (fields and fields <= PAGE_BOOKKEEPING_FIELDS)
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        # A row made on the first visit holds no values yet: what it renders is unchanged.
        return not created
    if isinstance(instance, get_image_model() | get_document_model()):
        return not (fields and fields <= FILE_BOOKKEEPING_FIELDS)
    if isinstance(instance, Site | Redirect | PageViewRestriction):
        return True
    if isinstance(instance, tuple(get_snippet_models())):
        return True
    return is_page_child(type(instance))


@functools.cache
def is_page_child(model):
    """An item of a page kept in its own table (spotlight entries, related pages).

    Wagtail's own (comments) are admin-only.
    """
    if model._meta.app_label.startswith("wagtail"):
        return False
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.fields
    )


def bump_on_save(sender, instance, created=False, update_fields=None, **kwargs):
    if is_shown_to_public(instance, update_fields, created):
        bump_content_version()


def bump_on_delete(sender, instance, **kwargs):
    if is_shown_to_public(instance):
        bump_content_version()


def connect_signals():
    page_published.connect(bump_content_version, dispatch_uid="cec-version-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="cec-version-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="cec-version-moved")
    # Any model: the test above is a few isinstance checks, cheaper than the write itself.
    post_save.connect(bump_on_save, dispatch_uid="cec-version-saved")
    post_delete.connect(bump_on_delete, dispatch_uid="cec-version-deleted")
