"""Feeds inside the language prefixes: /feeds/… (English), /fr/feeds/…, /es/feeds/….

Each section that opens the feed door (`feed=True`, cec_site/core/sections.py) has, under its
key: `<key>/rss/` and `<key>/atom/` (named `<key>_rss`, `<key>_atom`) and, when its pages
have topics, `<key>/<topic slug>/rss/` and `…/atom/` (`<key>_topic_rss`, `<key>_topic_atom`).
"""

from django.urls import path
from django.views.decorators.cache import cache_control

from cec_site.core.sections import all_sections
from cec_site.feeds.feeds import feeds_for

app_name = "feeds"

# Feed readers poll often; a short shared cache keeps them cheap and new items still show soon.
FEED_MAX_AGE = 15 * 60


def cached(feed):
    return cache_control(public=True, max_age=FEED_MAX_AGE)(feed)


def section_urlpatterns(section):
    rss, atom = feeds_for(section)
    key = section.key
    patterns = [
        path(f"{key}/rss/", cached(rss()), name=f"{key}_rss"),
        path(f"{key}/atom/", cached(atom()), name=f"{key}_atom"),
    ]
    if section.topic_field:
        patterns += [
            path(f"{key}/<str:topic>/rss/", cached(rss()), name=f"{key}_topic_rss"),
            path(f"{key}/<str:topic>/atom/", cached(atom()), name=f"{key}_topic_atom"),
        ]
    return patterns


def feed_urlpatterns():
    """The feeds of every section that opens the door, as the registry says now."""
    return [
        pattern
        for section in all_sections()
        if section.feed
        for pattern in section_urlpatterns(section)
    ]


urlpatterns = feed_urlpatterns()
