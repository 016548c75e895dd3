"""Admin sign-in is rate limited (django-axes): guessing a password gets a 429, not a way in."""

from django.contrib.auth.models import User
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

import pytest

from cec_site.core.security import client_ip_address

PASSWORD = "correct horse battery staple"
LOCKED_MESSAGE = "Too many wrong passwords were entered for this user name from your network."

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("axes_on")]


@pytest.fixture
def axes_on():
    with override_settings(AXES_ENABLED=True):  # the test settings turn it off for login()
        yield


@pytest.fixture
def editors():
    return {
        name: User.objects.create_user(name, password=PASSWORD, is_superuser=True)
        for name in ("ana", "ben")
    }


def sign_in(client, username, password):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def from_address(address):
    return Client(REMOTE_ADDR=address)


def test_five_wrong_passwords_lock_that_user_out_from_that_address(editors, settings):
    guesser = from_address("203.0.113.5")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(guesser, "ana", "wrong")
        assert response.status_code == 200  # the form again, "enter a correct username…"
    locked = sign_in(guesser, "ana", "wrong")
    assert locked.status_code == 429
    assert LOCKED_MESSAGE in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    # Now even the right password is refused from there, and no session is opened.
    right = sign_in(guesser, "ana", PASSWORD)
    assert right.status_code == 429
    assert "_auth_user_id" not in guesser.session


def test_another_user_or_another_address_is_unaffected(editors, settings):
    guesser = from_address("203.0.113.5")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(guesser, "ana", "wrong")
    assert sign_in(guesser, "ana", PASSWORD).status_code == 429

    colleague = sign_in(from_address("203.0.113.5"), "ben", PASSWORD)
    assert colleague.status_code == 302  # signed in, on to the dashboard

    ana_at_the_office = from_address("198.51.100.20")
    response = sign_in(ana_at_the_office, "ana", PASSWORD)
    assert response.status_code == 302
    assert ana_at_the_office.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_successful_sign_in_clears_the_count(editors, settings):
    client = from_address("203.0.113.5")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "ana", "wrong")
    assert sign_in(client, "ana", PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "ana", "wrong").status_code == 200  # a fresh count


class TestClientAddress:
    def request(self, **meta):
        return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **meta)

    def test_without_a_proxy_the_forwarded_header_is_ignored(self, settings):
        settings.TRUSTED_PROXY_COUNT = 0
        request = self.request(HTTP_X_FORWARDED_FOR="1.2.3.4")
        assert client_ip_address(request) == "10.0.0.2"

    def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_claims(self, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        spoofed = self.request(HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5")
        assert client_ip_address(spoofed) == "203.0.113.5"
        honest = self.request(HTTP_X_FORWARDED_FOR="203.0.113.5")
        assert client_ip_address(honest) == "203.0.113.5"
        assert client_ip_address(self.request()) == "10.0.0.2"  # no header: the peer

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_guesses_through_the_proxy_are_counted_per_client(self, editors, settings):
        proxy = "10.0.0.2"
        guesser = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
        for _ in range(settings.AXES_FAILURE_LIMIT):
            sign_in(guesser, "ana", "wrong")
        assert sign_in(guesser, "ana", PASSWORD).status_code == 429
        ana = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.20")
        assert sign_in(ana, "ana", PASSWORD).status_code == 302
