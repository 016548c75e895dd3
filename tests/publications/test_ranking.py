"""The Top 50: windows, ties, language editions together, unpublished left out; cheap to read."""

import csv
import datetime
import io
import threading
import time

from django.core.management import call_command

import pytest
import time_machine

from publications import ranking
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.page_assertions import count_queries

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 27)


def history(publication, *days_and_counts, unique=None):
    """Download days; every download unique unless `unique` (a share) says otherwise."""
    for days_ago, count in days_and_counts:
        PublicationDownloadDay.objects.create(
            publication=publication,
            day=TODAY - datetime.timedelta(days=days_ago),
            count=count,
            unique_count=count if unique is None else int(count * unique),
        )


@pytest.fixture
def publications(site_tree):
    make = PublicationPageFactory
    return {
        "old_favourite": make(parent=site_tree.publications, title="Old favourite"),
        "recent_hit": make(parent=site_tree.publications, title="Recent hit"),
        "steady": make(parent=site_tree.publications, title="Steady"),
    }


def keys(result):
    return [key for key, _count in result.entries]


def test_windows_sum_the_right_days(publications):
    old, hit, steady = publications.values()
    history(old, (400, 500), (200, 100))  # 600 in all, 100 in the last 12 months
    history(hit, (5, 300))  # 300, all recent
    history(steady, (100, 150), (10, 100))  # 250 in 12 months, 100 in 30 days
    assert ranking.compute("all", today=TODAY).entries == (
        (str(old.translation_key), 600),
        (str(hit.translation_key), 300),
        (str(steady.translation_key), 250),
    )
    assert keys(ranking.compute("12m", today=TODAY)) == [
        str(hit.translation_key),
        str(steady.translation_key),
        str(old.translation_key),
    ]
    assert ranking.compute("30d", today=TODAY).entries == (
        (str(hit.translation_key), 300),
        (str(steady.translation_key), 100),
    )


def test_ties_go_to_the_newer_publication_then_the_title(site_tree):
    older = PublicationPageFactory(
        parent=site_tree.publications, title="A", publication_date=datetime.date(2020, 1, 1)
    )
    newer = PublicationPageFactory(
        parent=site_tree.publications, title="Z", publication_date=datetime.date(2024, 1, 1)
    )
    same_day_b = PublicationPageFactory(
        parent=site_tree.publications, title="B", publication_date=datetime.date(2019, 1, 1)
    )
    same_day_c = PublicationPageFactory(
        parent=site_tree.publications, title="C", publication_date=datetime.date(2019, 1, 1)
    )
    for page in (older, newer, same_day_b, same_day_c):
        history(page, (1, 10))
    assert keys(ranking.compute("all", today=TODAY)) == [
        str(newer.translation_key),
        str(older.translation_key),
        str(same_day_b.translation_key),
        str(same_day_c.translation_key),
    ]


def test_language_editions_are_added_together(publications, locales):
    english = publications["steady"]
    french = english.copy_for_translation(locales["fr"], copy_parents=True)
    french.save_revision().publish()
    history(english, (1, 100))
    history(french, (1, 250))
    history(publications["old_favourite"], (1, 300))
    assert ranking.compute("all", today=TODAY).entries[0] == (str(english.translation_key), 350)


def test_unpublished_publications_are_left_out(publications):
    history(publications["old_favourite"], (1, 1000))
    history(publications["steady"], (1, 10))
    publications["old_favourite"].unpublish()
    assert keys(ranking.compute("all", today=TODAY)) == [
        str(publications["steady"].translation_key)
    ]


def test_only_fifty_are_ranked(site_tree):
    for n in range(55):
        history(PublicationPageFactory(parent=site_tree.publications), (1, n + 1))
    assert len(ranking.compute("all", today=TODAY).entries) == 50


def test_the_ranking_is_cached_and_refreshed_by_the_command(
    publications, django_assert_num_queries
):
    history(publications["steady"], (0, 10))
    ranking.get()
    history(publications["old_favourite"], (0, 99))
    with django_assert_num_queries(0):
        assert ranking.rank_of(publications["old_favourite"]) is None  # the cached ranking
    call_command("refresh_rankings", verbosity=0)
    assert ranking.rank_of(publications["old_favourite"]) == 1


def test_a_due_ranking_is_recomputed_by_one_request_while_the_others_show_the_last(
    publications, django_assert_num_queries
):
    from django.core.cache import cache

    history(publications["steady"], (0, 10))
    first = ranking.get()
    history(publications["old_favourite"], (0, 99))
    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(
        seconds=ranking.REFRESH_SECONDS + 1
    )
    with time_machine.travel(later):
        cache.add(ranking.lock_key("all"), True, timeout=60)  # another request is at it
        with django_assert_num_queries(0):
            assert ranking.get() == first
        cache.delete(ranking.lock_key("all"))  # it finished (or died): the next one goes
        with django_assert_num_queries(1):
            assert ranking.rank_of(publications["old_favourite"]) == 1


def test_with_no_ranking_yet_requests_wait_for_the_one_computing_it(
    publications, django_assert_num_queries
):
    from django.core.cache import cache

    history(publications["steady"], (0, 10))
    computed = ranking.compute()
    cache.add(ranking.lock_key("all"), True, timeout=60)
    other = threading.Timer(0.3, lambda: cache.set(ranking.cache_key("all"), computed))
    other.start()
    with django_assert_num_queries(0):  # not the same heavy query a second time
        assert ranking.get() == computed
    other.join()


def test_with_the_cache_down_the_ranking_is_computed_at_once(publications, settings):
    from cec_site.settings.base import REDIS_CACHE_BACKEND, REDIS_CACHE_OPTIONS
    from tests.faults.unreachable import closed_port

    settings.CACHES = {
        "default": {
            "BACKEND": REDIS_CACHE_BACKEND,
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                **REDIS_CACHE_OPTIONS,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    history(publications["steady"], (0, 10))
    started = time.monotonic()
    assert ranking.rank_of(publications["steady"]) == 1
    assert time.monotonic() - started < ranking.WAIT_SECONDS, "no waiting for a lock"


def test_top_50_page_lists_ranks_counts_and_the_rule_in_bounded_queries(client, site_tree):
    pages = [
        PublicationPageFactory(parent=site_tree.publications, topics=[site_tree.climate])
        for _ in range(12)
    ]
    for n, page in enumerate(pages):
        history(page, (1, 100 - n))
    url = site_tree.publications.url + "top-50/"
    html = client.get(url).content.decode()
    assert "# 01" in html and "# 12" in html
    assert f"{pages[0].title}</a>" in html
    assert "100 downloads" in html
    assert "COUNTER Code of Practice" in html and "30 seconds" in html
    assert "at most once per file per day" in html
    assert "one internet address adds at most 10 downloads of a publication per day" in html
    assert client.get(url + "?window=30d").status_code == 200
    assert client.get(url + "?window=forever").status_code == 404
    few = count_queries(client, url)
    for page in pages:  # a much longer history changes nothing
        for days_ago in range(2, 400):
            history(page, (days_ago, 1))
    call_command("refresh_rankings", verbosity=0)
    assert count_queries(client, url) == few <= 7


def test_rank_badge_on_the_publication_page_costs_no_query(client, site_tree):
    publication = PublicationPageFactory(parent=site_tree.publications)
    history(publication, (1, 5))
    html = client.get(publication.url).content.decode()
    assert "# 01 in Top Publications" in html
    without_history = PublicationPageFactory(parent=site_tree.publications)
    with_badge = count_queries(client, publication.url)
    assert "in Top Publications" not in client.get(without_history.url).content.decode()
    assert count_queries(client, without_history.url) == with_badge


def test_publications_listing_sorts_by_most_downloaded(client, publications, site_tree):
    history(publications["steady"], (1, 50))
    history(publications["recent_hit"], (1, 500))
    html = client.get(site_tree.publications.url + "?sort=downloads").content.decode()
    assert html.index("Recent hit") < html.index("Steady") < html.index("Old favourite")


def test_report_exports_csv_with_the_right_numbers(client, publications, admin_user):
    steady, hit = publications["steady"], publications["recent_hit"]
    for day, count in ((datetime.date(2026, 10, 3), 7), (datetime.date(2026, 10, 20), 3)):
        PublicationDownloadDay.objects.create(publication=steady, day=day, count=count)
    PublicationDownloadDay.objects.create(
        publication=steady, day=datetime.date(2026, 9, 9), count=4
    )
    PublicationDownloadDay.objects.create(
        publication=hit, day=datetime.date(2026, 10, 1), count=12, unique_count=9
    )
    client.force_login(admin_user)
    response = client.get("/admin/reports/publication-downloads/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [
        ["Month", "Publication", "Language edition", "Downloads", "Unique downloads"],
        ["2026-10", "Recent hit", "en", "12", "9"],
        # Written with a total only (as before unique counting): the total stands for both.
        ["2026-10", "Steady", "en", "10", "10"],
        ["2026-09", "Steady", "en", "4", "4"],
    ]
    filtered = client.get("/admin/reports/publication-downloads/?title=hit")
    assert "Recent hit" in filtered.content.decode()
    assert ">Steady<" not in filtered.content.decode()
    xlsx = client.get("/admin/reports/publication-downloads/?export=xlsx")
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_ranking_is_on_unique_downloads_not_total(publications):
    # Many requests from few people must not beat fewer requests from more people.
    hammered, read = publications["old_favourite"], publications["recent_hit"]
    history(hammered, (1, 900), unique=0.1)  # 900 requests, 90 people-days
    history(read, (1, 200))  # 200 requests, 200 people-days
    assert ranking.compute("all", today=TODAY).entries == (
        (str(read.translation_key), 200),
        (str(hammered.translation_key), 90),
    )


def test_non_public_publications_take_no_place_and_ranks_have_no_gap(
    client, publications, site_tree
):
    from wagtail.models import PageViewRestriction

    first, second, third = (
        publications["old_favourite"],
        publications["recent_hit"],
        publications["steady"],
    )
    draft = PublicationPageFactory(parent=site_tree.publications, title="Draft", live=False)
    restricted = PublicationPageFactory(parent=site_tree.publications, title="Private")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    expired = PublicationPageFactory(
        parent=site_tree.publications,
        title="Expired",
        expire_at=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
    )
    history(draft, (1, 1000))
    history(restricted, (1, 900))
    history(expired, (1, 800))
    history(first, (1, 30))
    history(second, (1, 20))
    history(third, (1, 10))
    assert keys(ranking.compute("all", today=TODAY)) == [
        str(first.translation_key),
        str(second.translation_key),
        str(third.translation_key),
    ]
    html = client.get(site_tree.publications.url + "top-50/").content.decode()
    assert "Draft" not in html and "Private" not in html and "Expired" not in html
    assert "# 01" in html and "# 02" in html and "# 03" in html and "# 04" not in html
    assert html.index("Old favourite") < html.index("Recent hit") < html.index("Steady")


def test_days_from_before_unique_counting_rank_on_their_total(publications):
    from publications.downloads import add_download

    old, new = publications["old_favourite"], publications["recent_hit"]
    PublicationDownloadDay.objects.create(publication=old, day=TODAY, count=40)  # no unique
    history(new, (0, 50), unique=0.5)  # 50 requests, 25 unique
    assert ranking.compute("all", today=TODAY).entries == (
        (str(old.translation_key), 40),
        (str(new.translation_key), 25),
    )
    add_download(old.pk, TODAY, unique=True)  # the same day goes on from its total
    add_download(old.pk, TODAY, unique=False)
    row = PublicationDownloadDay.objects.get(publication=old, day=TODAY)
    assert (row.count, row.unique_count) == (42, 41)
