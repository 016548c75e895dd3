"""Shared checks every page type must pass."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """The queries of rendering the page, with the fragment caches warm.

    The whole-page cache is off for the measured visit: a hit costs none (tests/core/
    test_page_cache.py), and what is bounded here is every visit that misses it.
    """
    with override_settings(PAGE_CACHE_ENABLED=False):
        # Warm up through the view itself, not a page-cache hit: renditions and fragment
        # caches are made on the first rendering.
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)
