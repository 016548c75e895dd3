from django.template.loader import render_to_string

import pytest


@pytest.mark.django_db
def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_unknown_address_gets_the_sites_404_page(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="skip-link"' in html
    assert 'action="/search/"' in html


def test_500_page_renders_in_the_sites_design_without_a_database():
    # Rendered with no request and no database access, as Django's handler does.
    html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert 'class="skip-link"' in html
    for country in ("Canada", "Mexico", "United States"):
        assert country in html
