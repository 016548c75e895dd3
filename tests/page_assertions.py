"""Shared checks every page type must pass."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    client.get(url)  # warm up: renditions and per-site caches are made on the first visit
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)
