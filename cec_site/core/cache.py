"""A version number for "what the public sees", bumped whenever content changes.

Cached fragments (header, footer, filter choices) put the version in their key, so a publish,
unpublish, move or delete anywhere makes every one of them stale at once, on every app server
(the number lives in the shared cache). Nothing is kept per process.
"""

from django.core.cache import cache

VERSION_KEY = "cec:content-version"
FRAGMENT_TIMEOUT = 60 * 60


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value invalidates
        cache.set(VERSION_KEY, 2, timeout=None)


def cached(name, locale_id, compute):
    """`compute()` kept in the shared cache until content next changes."""
    key = f"cec:{name}:{locale_id}:{content_version()}"
    return cache.get_or_set(key, compute, timeout=FRAGMENT_TIMEOUT)


def bump_on_settings_change(created=False, **kwargs):
    # A row made on the first visit holds no values yet: the footer it renders is unchanged.
    if not created:
        bump_content_version()


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cec_site.core.models import SiteSettings

    page_published.connect(bump_content_version, dispatch_uid="cec-version-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="cec-version-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="cec-version-moved")
    post_save.connect(bump_on_settings_change, sender=SiteSettings, dispatch_uid="cec-version-set")
    post_delete.connect(bump_content_version, sender=Page, dispatch_uid="cec-version-deleted")
