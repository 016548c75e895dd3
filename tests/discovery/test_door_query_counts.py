"""Each machine door answers in a fixed number of queries, however many items it shows, and
in no more than before the doors iterated the section registry ([12/14])."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from cec_site.home.factories import PdfDocumentFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from tests.discovery.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

# address → (the most queries it may take, whether the cache is emptied first). Feeds are
# kept whole for anonymous visitors, so they are counted from an empty cache; the others
# after one request has filled it. The figures are those of the doors before [12/14], less
# the StreamFields the API used to fetch one page at a time (`?fields=*`: 16 and 20 queries
# for 6 and 9 pages before, one more per page).
ADDRESSES = {
    "/api/v2/publications/": (10, False),
    "/api/v2/publications/?fields=*": (11, False),
    "/api/v2/projects/?fields=*": (10, False),
    "/api/v2/topics/": (9, False),
    "/feeds/publications/rss/": (7, True),
    "/feeds/projects/rss/": (7, True),
    "/fr/feeds/projects/enforcement/atom/": (7, True),  # (6 on a topic with no projects)
    "/oai/?verb=ListRecords&metadataPrefix=oai_dc": (9, False),
    "/oai/?verb=ListIdentifiers&metadataPrefix=oai_dc": (8, False),
}


def count_queries(client, address, cold):
    if cold:
        cache.clear()
    else:
        client.get(address)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


def add_items(trilingual_site):
    """As many publications and projects again in every language, each on a topic."""
    pdf = PdfDocumentFactory()
    for code in LANGUAGES:
        branch = trilingual_site.tree[code]
        for number in range(4):
            PublicationPageFactory(
                parent=branch.publications,
                locale=branch.home.locale,
                title=f"Added publication {number} [{code}]",
                publication_date=datetime.date(2023, number + 1, 1),
                document=pdf,
                topics=[branch.climate],
            ).save_revision().publish()
            ProjectPageFactory(
                parent=branch.projects,
                locale=branch.home.locale,
                title=f"Added project {number} [{code}]",
                topics=[branch.climate],
            ).save_revision().publish()


def test_the_doors_take_as_few_queries_as_before_whatever_they_show(client, trilingual_site):
    before = {
        address: count_queries(client, address, cold)
        for address, (_most, cold) in ADDRESSES.items()
    }
    add_items(trilingual_site)
    after = {
        address: count_queries(client, address, cold)
        for address, (_most, cold) in ADDRESSES.items()
    }
    assert after == before
    too_many = {a: n for a, n in before.items() if n > ADDRESSES[a][0]}
    assert too_many == {}
