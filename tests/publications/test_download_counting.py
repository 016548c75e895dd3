"""Counting that one client cannot game: real sessions only, a daily cap per address, COUNTER's
Total_Item_Requests and Unique_Item_Requests, and forwarded addresses only through the proxy."""

import datetime

from django.test import Client, RequestFactory

import pytest
import time_machine

from cec_site.core.downloads import network_of
from cec_site.core.security import client_ip_address
from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from tests.publications.test_downloads import BROWSER, downloads, unique_downloads

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication(site_tree):
    return PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    b"".join(response.streaming_content)
    return response


def test_one_address_rotating_agents_and_bogus_cookies_adds_at_most_the_cap(
    publication, settings, capsys
):
    """The inflation figure: what one address can add to one publication in a day.

    Before this change the same loop added 200 of 200 (each new agent or invented session
    cookie was a new client); now it adds the cap.
    """
    cap = settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS
    for n in range(200):
        client = Client(HTTP_USER_AGENT=f"{BROWSER} rotating/{n}", REMOTE_ADDR="203.0.113.9")
        client.cookies[settings.SESSION_COOKIE_NAME] = f"invented{n:04d}sessionkeyxxxxxxxxxxxx"
        fetch(client, publication.download_url)
    with capsys.disabled():
        print(
            f"\n[inflation] one address, 200 agents and 200 bogus cookies: {downloads(publication)}"
        )
    assert downloads(publication) == cap == 10
    assert unique_downloads(publication) == cap


def test_the_cap_is_per_address_network_and_publication_and_per_day(site_tree, settings, locales):
    settings.DOWNLOAD_DAILY_CAP_PER_ADDRESS = 3
    english = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())
    french = english.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = PdfDocumentFactory()
    french.save_revision().publish()
    other = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())

    def from_address(address, url, agents=5):
        for n in range(agents):
            fetch(Client(HTTP_USER_AGENT=f"{BROWSER} {n}", REMOTE_ADDR=address), url)

    start = datetime.datetime(2026, 11, 30, 10, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        from_address("2001:db8:1:2::1", english.download_url)
        # The same /64 is the same network: its language editions share one cap.
        from_address("2001:db8:1:2:ffff::9", french.download_url)
        assert downloads(english) + downloads(french) == 3
        from_address("2001:db8:1:3::1", english.download_url)  # another /64
        assert downloads(english) + downloads(french) == 6
        from_address("2001:db8:1:2::1", other.download_url)  # another publication
        assert downloads(other) == 3
        clock.move_to(start + datetime.timedelta(days=1))  # a new day
        from_address("2001:db8:1:2::1", english.download_url)
        assert downloads(english) + downloads(french) == 9


def test_a_bogus_session_cookie_never_identifies_a_client(publication, settings):
    # One visitor (one address, one agent) inventing a new session cookie each time: still one.
    for n in range(20):
        client = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.30")
        client.cookies[settings.SESSION_COOKIE_NAME] = f"madeup{n:04d}xxxxxxxxxxxxxxxxxxxxxxxx"
        fetch(client, publication.download_url)
    assert downloads(publication) == 1
    # Two visitors sharing one invented cookie are not made one client by it.
    for address in ("198.51.100.31", "198.51.100.32"):
        client = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address)
        client.cookies[settings.SESSION_COOKIE_NAME] = "sharedbogussessionkeyxxxxxxxxxxx"
        fetch(client, publication.download_url)
    assert downloads(publication) == 3


def test_an_expired_session_does_not_identify_a_client_either(publication, client, settings):
    from django.contrib.sessions.models import Session

    session = client.session
    session["seen"] = True
    session.save()
    Session.objects.filter(session_key=session.session_key).update(
        expire_date=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    )
    fetch(client, publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1")
    fetch(client, publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.2")
    assert downloads(publication) == 2  # two addresses: two clients


def test_a_real_session_is_one_client_across_addresses_and_agents(publication, client):
    session = client.session
    session["seen"] = True
    session.save()
    fetch(client, publication.download_url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1")
    fetch(client, publication.download_url, HTTP_USER_AGENT="Firefox/140", REMOTE_ADDR="192.0.2.2")
    assert downloads(publication) == 1


def test_unique_requests_count_each_client_once_a_day_total_requests_every_time(publication):
    client = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.40")
    another = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.41")
    start = datetime.datetime(2026, 11, 30, 9, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(3):  # three downloads, each past the 30-second window
            fetch(client, publication.download_url)
            clock.shift(datetime.timedelta(seconds=31))
        fetch(another, publication.download_url)
        assert (downloads(publication), unique_downloads(publication)) == (4, 2)
        clock.move_to(start + datetime.timedelta(days=1))
        fetch(client, publication.download_url)
    assert (downloads(publication), unique_downloads(publication)) == (5, 3)


def test_with_the_cache_down_downloads_still_count_and_the_team_is_told(
    publication, settings, caplog
):
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
    from cec_site.core import downloads as counting

    counting._last_cache_warning = 0.0
    for n in range(3):
        fetch(Client(HTTP_USER_AGENT=f"{BROWSER} {n}"), publication.download_url)
    assert (downloads(publication), unique_downloads(publication)) == (3, 3)
    assert "Download counting without the cache" in caplog.text


# Forwarded addresses ---------------------------------------------------------------------


def request(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


class TestForwardedAddresses:
    def test_believed_only_from_a_trusted_proxy(self, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        settings.TRUSTED_PROXY_NETWORKS = ["10.0.0.0/8"]
        assert client_ip_address(request("10.0.0.2", "203.0.113.5")) == "203.0.113.5"
        # Someone reaching the app port directly: its own header proves nothing.
        assert client_ip_address(request("198.51.100.66", "203.0.113.5")) == "198.51.100.66"
        assert client_ip_address(request("10.0.0.2", "not-an-address")) == "10.0.0.2"

    def test_every_proxy_in_the_chain_must_be_trusted(self, settings):
        settings.TRUSTED_PROXY_COUNT = 2
        settings.TRUSTED_PROXY_NETWORKS = ["10.0.0.0/8", "fd00::/8"]
        chain = "1.2.3.4, 203.0.113.5, 10.1.1.1"
        assert client_ip_address(request("fd00::2", chain)) == "203.0.113.5"
        assert client_ip_address(request("fd00::2", "1.2.3.4, 203.0.113.5, 8.8.8.8")) == ("fd00::2")

    def test_the_default_networks_are_loopback_and_private(self):
        from django.conf import settings

        assert "127.0.0.0/8" in settings.TRUSTED_PROXY_NETWORKS
        assert "10.0.0.0/8" in settings.TRUSTED_PROXY_NETWORKS
        assert "0.0.0.0/0" not in settings.TRUSTED_PROXY_NETWORKS

    def test_spoofed_forwarded_addresses_from_outside_count_as_one_client(
        self, publication, settings
    ):
        settings.TRUSTED_PROXY_COUNT = 1
        for n in range(20):
            fetch(
                Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.99"),
                publication.download_url,
                HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
            )
        assert downloads(publication) == 1


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("203.0.113.9", "203.0.113.9"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.9", "203.0.113.9"),
        ("garbage", "garbage"),
    ],
)
def test_the_cap_counts_by_ipv4_address_or_ipv6_64(address, network):
    assert network_of(address) == network
