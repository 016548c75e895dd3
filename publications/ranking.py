"""The Top 50 Publications: downloads summed over a window, language editions together.

It ranks on COUNTER's Unique_Item_Requests (one per user-session, edition and day: see
publications/downloads.py), over the publications the public may see
(cec_site.core.visibility): a draft, expired or restricted edition neither counts nor takes a
place, so the ranks have no gap.

One aggregate query computes a window's ranking; it is kept in the shared cache and
recomputed at most every five minutes (or by `manage.py refresh_rankings`). A publication's
rank is then a dictionary lookup: no query.

That query reads every download day of the window (about 0.7 s for "all time" over two
million rows in the bench), so only one request recomputes a ranking that is due, while the
others go on showing the previous one; with no ranking in the cache at all, they wait a
moment for that one request rather than all running the same query at once.
"""

import time
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Max, Min, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cec_site.core.visibility import public
from publications.models import PublicationDownloadDay, PublicationPage

TOP = 50
REFRESH_SECONDS = 5 * 60
KEEP_SECONDS = 24 * 60 * 60  # a due ranking is still shown while one request recomputes it
LOCK_SECONDS = 60  # longer than any computation; a crashed one frees the lock by then
WAIT_SECONDS = 5
WINDOWS = {
    "all": (_("All time"), None),
    "12m": (_("Last 12 months"), 365),
    "30d": (_("Last 30 days"), 30),
}
DEFAULT_WINDOW = "all"


@dataclass(frozen=True)
class Ranking:
    window: str
    computed_at: float
    entries: tuple  # ((translation_key, downloads), …) best first

    @property
    def ranks(self):
        return {key: position for position, (key, _count) in enumerate(self.entries, start=1)}

    @property
    def downloads(self):
        return dict(self.entries)


def compute(window=DEFAULT_WINDOW, today=None):
    """One query: the top publications of a window, editions of one publication summed."""
    days = WINDOWS[window][1]
    rows = PublicationDownloadDay.objects.filter(
        publication__in=public(PublicationPage.objects.all()).values("pk")
    )
    if days is not None:
        today = today or timezone.localdate()
        rows = rows.filter(day__gt=today - timedelta(days=days))
    top = (
        rows.values("publication__translation_key")
        .annotate(
            downloads=Sum(PublicationDownloadDay.unique_or_total()),
            newest=Max("publication__publication_date"),
            first_title=Min("publication__title"),
        )
        .order_by("-downloads", "-newest", "first_title")[:TOP]
    )
    entries = tuple((str(row["publication__translation_key"]), row["downloads"]) for row in top)
    return Ranking(window=window, computed_at=timezone.now().timestamp(), entries=entries)


def cache_key(window):
    return f"cec:ranking:{window}"


def lock_key(window):
    return f"cec:ranking-lock:{window}"


def refresh(window=DEFAULT_WINDOW):
    ranking = compute(window)
    cache.set(cache_key(window), ranking, timeout=KEEP_SECONDS)
    return ranking


def is_due(ranking):
    return ranking.computed_at <= timezone.now().timestamp() - REFRESH_SECONDS


def get(window=DEFAULT_WINDOW):
    """The window's ranking, recomputed by one request when missing or five minutes old."""
    if window not in WINDOWS:
        window = DEFAULT_WINDOW
    ranking = cache.get(cache_key(window))
    if ranking is not None and not is_due(ranking):
        return ranking
    if cache.add(lock_key(window), True, timeout=LOCK_SECONDS):
        try:
            return refresh(window)
        finally:
            cache.delete(lock_key(window))
    if ranking is not None:
        return ranking  # being recomputed by another request: the previous one meanwhile
    if cache.has_key(lock_key(window)):  # False too when the cache is down: no one to wait for
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
            ranking = cache.get(cache_key(window))
            if ranking is not None:
                return ranking
    return compute(window)


def stamp():
    """When the all-time ranking was computed: part of the key of kept renderings that show
    ranks (cec_site/core/fragments.py)."""
    return int(get().computed_at)


def rank_of(publication, window=DEFAULT_WINDOW):
    """The publication's place in the top 50 (any language edition), or None."""
    return get(window).ranks.get(str(publication.translation_key))
