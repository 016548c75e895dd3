"""The cheaper download route (publications.views.download_route), in front of Wagtail's
routing: the same answers as through Wagtail, for fewer queries. The site's own URLs, which
include it from the section registry (publications/urls.py)."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.encoding import iri_to_uri

import pytest

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from tests.publications.test_downloads import BROWSER, downloads

pytestmark = pytest.mark.django_db


def visitor(n=1):
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"192.0.2.{n}")


@pytest.fixture
def publication(site_tree):
    return PublicationPageFactory(
        parent=site_tree.publications,
        slug="évaluation-des-progrès",
        document=PdfDocumentFactory(),
    )


def sql_of_the_request(response_maker):
    with CaptureQueriesContext(connection) as context:
        response = response_maker()
        if response.streaming:
            b"".join(response.streaming_content)
    # The test's own transaction wraps the upsert in a savepoint: not a query of the route.
    return response, [
        query["sql"]
        for query in context.captured_queries
        if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    ]


def test_serves_and_counts_every_language_edition_in_two_queries(publication, locales):
    french = publication.copy_for_translation(locales["fr"], copy_parents=True)
    french.document = PdfDocumentFactory(pages=5)
    french.save_revision().publish()
    for edition in (publication, french):  # root paths cached, each file's hash stored
        visitor(1).get(iri_to_uri(edition.download_url))
    for n, edition in enumerate((publication, french), start=2):
        response, queries = sql_of_the_request(
            lambda edition=edition, n=n: visitor(n).get(iri_to_uri(edition.download_url))
        )
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("inline; filename*=utf-8''cec-")
        assert len(queries) == 2, queries  # the public edition with its file; the upsert
    assert downloads(french) == downloads(publication) == 2


def test_ranges_and_conditional_requests_as_through_wagtail(publication):
    response = visitor().get(iri_to_uri(publication.download_url), HTTP_RANGE="bytes=0-9")
    assert response.status_code == 206
    assert response["Content-Range"].startswith("bytes 0-9/")
    again = visitor(2).get(
        iri_to_uri(publication.download_url), HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304


def test_what_the_public_may_not_see_is_404_and_not_counted(publication, site_tree):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=publication, restriction_type="login")
    assert visitor().get(iri_to_uri(publication.download_url)).status_code == 404
    PageViewRestriction.objects.all().delete()
    PageViewRestriction.objects.create(page=site_tree.publications, restriction_type="login")
    assert visitor().get(iri_to_uri(publication.download_url)).status_code == 404
    PageViewRestriction.objects.all().delete()
    publication.unpublish()
    assert visitor().get(iri_to_uri(publication.download_url)).status_code == 404
    assert downloads(publication) == 0


def test_anything_else_goes_through_wagtail_unchanged(publication, site_tree):
    assert visitor().get("/projects/no-such-project/download/").status_code == 404
    assert visitor().get(site_tree.publications.url + "no-such-report/download/").status_code == 404
    without_pdf = PublicationPageFactory(parent=site_tree.publications)
    assert visitor().get(without_pdf.download_url).status_code == 404
    # A password-protected publication: Wagtail's own form, as before.
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=publication, restriction_type="password", password="x")
    assert visitor().get(iri_to_uri(publication.download_url)).status_code == 404


def test_the_site_includes_the_route_from_the_section_registry():
    from django.urls import resolve
    from django.utils import translation

    from cec_site.core.sections import get
    from publications.views import download_route

    assert get("publications").urls == "publications.urls"
    for language, path in (
        ("en", "/publications/a-report/download/"),
        ("fr", "/fr/publications/un-rapport/download/"),
    ):
        with translation.override(language):
            assert resolve(path).func is download_route
    assert resolve("/publications/a-report/").func is not download_route
