"""Shared checks every page type must pass."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """The queries of rendering the page, with the fragment caches warm.

    The whole-page cache is off for the measured visit: a hit costs none (tests/core/
    test_page_cache.py), and what is bounded here is every visit that misses it.
    """
    client.get(url)  # warm up: renditions and per-site caches are made on the first visit
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)
