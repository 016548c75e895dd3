"""Page passwords: guesses are limited per visitor address and restriction, as sign-in is.

Five wrong passwords from one address for one restriction within 15 minutes lock that pair out
(429) until 15 minutes have passed since the last one; the count lives in the database.
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
import time_machine

from cec_site.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
WRONG_PASSWORD_MESSAGE = "The password you have entered is not correct. Please try again."
LOCKED_MESSAGE = "Too many wrong passwords were entered here from your network."


@pytest.fixture
def private_pages(site_tree):
    pages = [
        StandardPageFactory(parent=site_tree.home, title=title, slug=title.lower())
        for title in ("Embargoed", "Board")
    ]
    for page in pages:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
        )
    return pages


def attempt(client, page, password, address="203.0.113.7", prefix="", **headers):
    restriction = page.get_view_restrictions().get()
    return client.post(
        f"{prefix}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": password, "return_url": page.url},
        REMOTE_ADDR=address,
        **headers,
    )


def fail(client, page, times, **kwargs):
    for _ in range(times):
        response = attempt(client, page, "wrong", **kwargs)
        assert response.status_code == 200
        if not kwargs.get("prefix"):  # (in English)
            assert WRONG_PASSWORD_MESSAGE in response.content.decode()


def assert_locked(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_MESSAGE in html
    assert "paused for 15 minutes" in html
    assert response["Retry-After"] == "900"
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_the_sixth_wrong_password_is_refused_and_so_is_the_right_one(client, private_pages):
    page = private_pages[0]
    fail(client, page, 5)
    assert_locked(attempt(client, page, "wrong"))
    assert_locked(attempt(client, page, PASSWORD))
    still_closed = client.get(page.url)  # the password form again, not the page
    assert still_closed.status_code == 200
    assert 'name="password"' in still_closed.content.decode()


def test_the_lock_holds_in_every_language_and_without_the_cache(client, private_pages):
    page = private_pages[0]
    fail(client, page, 3)
    cache.clear()  # another process, or a Redis restart: the count is not in the cache
    fail(client, page, 2, prefix="/fr")
    cache.clear()
    response = attempt(client, page, PASSWORD, prefix="/es")
    assert response.status_code == 429
    assert response["Retry-After"] == "900"


def test_other_addresses_and_other_restrictions_are_not_locked(client, private_pages):
    locked, other = private_pages
    fail(client, locked, 5)
    assert_locked(attempt(client, locked, PASSWORD))
    # The same restriction from another address, and another restriction from this address.
    assert attempt(client, locked, PASSWORD, address="198.51.100.20").status_code == 302
    assert attempt(client, other, PASSWORD).status_code == 302


def test_the_right_password_before_the_lock_opens_the_page_and_clears_the_count(
    client, private_pages
):
    page = private_pages[0]
    fail(client, page, 4)
    response = attempt(client, page, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == page.url
    opened = client.get(page.url)
    assert opened.status_code == 200
    assert 'name="password"' not in opened.content.decode()
    # A fresh count: five more mistakes before the lock.
    fail(client, page, 5)
    assert_locked(attempt(client, page, "wrong"))


def test_the_lock_ends_fifteen_minutes_after_the_last_counted_attempt(client, private_pages):
    page = private_pages[0]
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        fail(client, page, 5)
    with time_machine.travel(start + datetime.timedelta(minutes=14), tick=False):
        assert_locked(attempt(client, page, PASSWORD))  # refused, and not counted
    with time_machine.travel(start + datetime.timedelta(minutes=15, seconds=1), tick=False):
        assert attempt(client, page, PASSWORD).status_code == 302


def test_a_forged_forwarded_address_does_not_escape_the_count(client, private_pages):
    page = private_pages[0]
    # No trusted proxy: X-Forwarded-For is the client's own claim and changes nothing.
    for n in range(5):
        attempt(client, page, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert_locked(attempt(client, page, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99"))


def test_an_ipv6_visitor_is_counted_by_their_64_network(client, private_pages):
    page = private_pages[0]
    for n in range(1, 6):  # a new address of the same /64 for each guess
        fail(client, page, 1, address=f"2001:db8:0:1::{n:x}")
    assert_locked(attempt(client, page, PASSWORD, address="2001:db8:0:1:ffff::1"))
    assert attempt(client, page, PASSWORD, address="2001:db8:0:2::1").status_code == 302


def test_made_up_restrictions_are_404_and_count_nothing(client, private_pages):
    from axes.models import AccessAttempt

    page = private_pages[0]
    response = client.post(
        f"/_util/authenticate_with_password/999999/{page.pk}/", {"password": "x"}
    )
    assert response.status_code == 404
    assert not AccessAttempt.objects.exists()


def test_a_collections_password_for_its_documents_is_limited_too(client, db):
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"

    def post(password, address="203.0.113.7"):
        return client.post(url, {"password": password, "return_url": "/"}, REMOTE_ADDR=address)

    for _ in range(5):
        assert post("wrong").status_code == 200
    assert_locked(post(PASSWORD))
    assert post(PASSWORD, address="198.51.100.20").status_code == 302
