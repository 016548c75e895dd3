"""The read-only JSON API at /api/v2/: publications, projects and topics of every language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from cec_site.core.sections import all_sections
from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay
from tests.discovery.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def titles(data):
    return sorted(item["title"] for item in data["items"])


def test_the_root_lists_the_endpoints(client, home_page):
    """Each section that opens the API door (cec_site/core/sections.py), then topics."""
    root = get_json(client, "/api/v2/")
    assert root["publications"] == "http://localhost/api/v2/publications/"
    assert root["projects"] == "http://localhost/api/v2/projects/"
    assert "impact-stories" not in root  # impact stories do not open that door
    expected = [section.key for section in all_sections() if section.api] + ["topics"]
    assert list(root) == expected
    assert root == {name: f"http://localhost/api/v2/{name}/" for name in expected}


def test_each_endpoint_lists_its_own_type_in_every_language(client, trilingual_site):
    publications = get_json(client, "/api/v2/publications/")
    assert publications["meta"]["total_count"] == 9
    assert {item["meta"]["type"] for item in publications["items"]} == {
        "publications.PublicationPage"
    }
    assert {item["meta"]["locale"] for item in publications["items"]} == set(LANGUAGES)
    # Newest first by default, whatever the language.
    dates = [item["publication_date"] for item in publications["items"]]
    assert dates == sorted(dates, reverse=True)

    projects = get_json(client, "/api/v2/projects/")
    assert projects["meta"]["total_count"] == 6
    assert {item["meta"]["type"] for item in projects["items"]} == {"projects.ProjectPage"}

    topics = get_json(client, "/api/v2/topics/")
    assert topics["meta"]["total_count"] == 6  # two topics in three languages
    assert {item["meta"]["type"] for item in topics["items"]} == {"core.TopicPage"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_locale_filter_keeps_one_language(client, trilingual_site, language):
    for endpoint, pages in (
        ("publications", trilingual_site.publications[language]),
        ("projects", trilingual_site.projects[language]),
    ):
        data = get_json(client, f"/api/v2/{endpoint}/", locale=language)
        assert titles(data) == sorted(page.title for page in pages)
        assert {item["meta"]["locale"] for item in data["items"]} == {language}
        for item, page in zip(
            sorted(data["items"], key=lambda item: item["id"]),
            sorted(pages, key=lambda page: page.pk),
            strict=True,
        ):
            assert item["meta"]["html_url"] == f"http://localhost{page.url}"


def test_publication_detail_has_its_fields_and_absolute_counted_download(client, trilingual_site):
    page = trilingual_site.publications["fr"][-1]
    data = get_json(client, f"/api/v2/publications/{page.pk}/")
    assert data["title"] == page.title
    assert data["meta"]["locale"] == "fr"
    assert data["meta"]["html_url"] == f"http://localhost{page.url}"
    assert data["publication_date"] == page.publication_date.isoformat()
    assert data["document_type"] == "Report"
    assert data["summary"] == page.summary
    assert data["authors"] == "CEC Secretariat"
    assert data["page_count"] == page.page_count
    climate = trilingual_site.tree["fr"].climate
    assert [topic["title"] for topic in data["topics"]] == [climate.title]
    assert (
        data["topics"][0]["meta"]["detail_url"] == f"http://localhost/api/v2/topics/{climate.pk}/"
    )
    # The counted route of the page, not the file's /documents/ address.
    assert data["download_url"] == f"http://localhost{page.url}download/"
    assert "/documents/" not in str(data)
    response = client.get(
        data["download_url"].removeprefix("http://localhost"), HTTP_USER_AGENT=BROWSER
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert PublicationDownloadDay.objects.get(publication=page).count == 1


def test_listing_shows_download_urls_and_a_publication_without_pdf_has_none(client, site_tree):
    with_pdf = PublicationPageFactory(parent=site_tree.publications, document=PdfDocumentFactory())
    without = PublicationPageFactory(parent=site_tree.publications, document=None)
    items = {item["id"]: item for item in get_json(client, "/api/v2/publications/")["items"]}
    assert items[with_pdf.pk]["download_url"] == f"http://localhost{with_pdf.url}download/"
    assert items[without.pk]["download_url"] is None


def test_project_and_topic_details(client, trilingual_site):
    project = trilingual_site.projects["es"][0]
    data = get_json(client, f"/api/v2/projects/{project.pk}/")
    assert data["title"] == project.title
    assert data["status"] == "active"
    assert data["operational_plan"] == project.operational_plan
    assert data["start_date"] == project.start_date.isoformat()
    assert data["partners"] == project.partners
    assert [topic["title"] for topic in data["topics"]] == [
        trilingual_site.tree["es"].enforcement.title
    ]

    topic = trilingual_site.tree["es"].climate
    data = get_json(client, f"/api/v2/topics/{topic.pk}/")
    assert data["title"] == topic.title
    assert data["short_description"] == topic.short_description
    assert data["meta"]["html_url"] == f"http://localhost{topic.url}"


def test_search_translations_and_order_as_documented(client, trilingual_site):
    found = get_json(client, "/api/v2/publications/", search="Middle", locale="es")
    assert titles(found) == ["Middle publication [es]"]
    climate = trilingual_site.tree["en"].climate
    translations = get_json(client, "/api/v2/topics/", translation_of=climate.pk)
    assert titles(translations) == ["Climate [es]", "Climate [fr]"]
    by_title = get_json(client, "/api/v2/publications/", order="title", locale="en")
    assert [item["title"] for item in by_title["items"]] == sorted(
        page.title for page in trilingual_site.publications["en"]
    )


def test_an_endpoint_serves_only_its_type(client, trilingual_site):
    project = trilingual_site.projects["en"][0]
    get_json(client, f"/api/v2/publications/{project.pk}/", status=404)
    get_json(client, "/api/v2/publications/", status=400, type="projects.ProjectPage")


def test_drafts_and_private_pages_are_absent_even_for_editors(
    client, admin_user, trilingual_site, site_tree
):
    draft = PublicationPageFactory(parent=site_tree.publications, title="Draft publication")
    draft.unpublish()
    private = PublicationPageFactory(parent=site_tree.publications, title="Private publication")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    # A whole private section: the projects of one language.
    spanish_index = trilingual_site.tree["es"].projects
    PageViewRestriction.objects.create(page=spanish_index, restriction_type="login")
    client.force_login(admin_user)  # even someone who may see them on the site

    listed = titles(get_json(client, "/api/v2/publications/"))
    assert "Draft publication" not in listed and "Private publication" not in listed
    assert len(listed) == 9
    for page in (draft, private):
        get_json(client, f"/api/v2/publications/{page.pk}/", status=404)
    spanish_projects = get_json(client, "/api/v2/projects/", locale="es")
    assert spanish_projects["items"] == []
    get_json(client, f"/api/v2/projects/{trilingual_site.projects['es'][0].pk}/", status=404)


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "xx"},
        {"limit": "-1"},
        {"limit": "1000"},
        {"offset": "abc"},
        {"order": "no_such_field"},
        {"fields": "no_such_field"},
        {"unknown": "1"},
    ],
)
def test_bad_parameters_get_a_clear_4xx(client, site_tree, params):
    response = client.get("/api/v2/publications/", params)
    assert 400 <= response.status_code < 500
    assert "message" in response.json()


def test_read_only(client, trilingual_site):
    page = trilingual_site.publications["en"][0]
    for method in (client.post, client.put, client.delete):
        assert method(f"/api/v2/publications/{page.pk}/").status_code == 405
    assert client.post("/api/v2/publications/").status_code == 405


def test_query_count_does_not_grow_with_the_items(client, site_tree):
    pdf = PdfDocumentFactory()

    def add(count):
        for _ in range(count):
            PublicationPageFactory(
                parent=site_tree.publications,
                document=pdf,
                topics=[site_tree.climate, site_tree.enforcement],
            )

    def queries():
        url = "/api/v2/publications/?fields=topics,document_type,summary"
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context.captured_queries)

    add(2)
    few = queries()
    add(12)
    assert queries() == few
    assert few <= 10


@pytest.fixture
def hidden_topics(site_tree):
    """Beside the public topics: one behind a login, one unpublished, one past its expiry."""
    import datetime

    from django.utils import timezone

    from cec_site.core.factories import TopicPageFactory

    restricted = TopicPageFactory(parent=site_tree.topic_index, title="Restricted marker topic")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = TopicPageFactory(parent=site_tree.topic_index, title="Draft marker topic")
    draft.unpublish()
    expired = TopicPageFactory(parent=site_tree.topic_index, title="Expired marker topic")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()  # still live: publish_scheduled has not run yet
    return [restricted, draft, expired]


def test_nested_topics_and_topic_listing_show_only_public_topics(client, site_tree, hidden_topics):
    from projects.factories import ProjectPageFactory

    every_topic = [site_tree.climate, *hidden_topics]
    publication = PublicationPageFactory(parent=site_tree.publications, topics=every_topic)
    project = ProjectPageFactory(parent=site_tree.projects, topics=every_topic)
    for endpoint, page in (("publications", publication), ("projects", project)):
        listing = get_json(client, f"/api/v2/{endpoint}/", fields="topics(*)")
        detail = get_json(client, f"/api/v2/{endpoint}/{page.pk}/")
        for nested in ([item for item in listing["items"] if item["id"] == page.pk][0], detail):
            assert [topic["title"] for topic in nested["topics"]] == ["Climate Change"]
        assert "marker" not in str(listing) + str(detail)
        # Filtering by a hidden topic tells nothing about which pages carry it.
        for topic in hidden_topics:
            assert get_json(client, f"/api/v2/{endpoint}/", topics=topic.pk)["items"] == []
        found = get_json(client, f"/api/v2/{endpoint}/", topics=site_tree.climate.pk)
        assert [item["id"] for item in found["items"]] == [page.pk]

    assert "marker" not in str(get_json(client, "/api/v2/topics/", fields="*"))
    for topic in hidden_topics:
        get_json(client, f"/api/v2/topics/{topic.pk}/", status=404)


def test_an_expired_page_is_gone_before_it_is_unpublished(client, site_tree):
    import datetime

    from django.utils import timezone

    expired = PublicationPageFactory(parent=site_tree.publications, title="Expired marker")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    assert expired.live  # publish_scheduled would unpublish it; until then, still hidden
    assert "Expired marker" not in titles(get_json(client, "/api/v2/publications/"))
    get_json(client, f"/api/v2/publications/{expired.pk}/", status=404)
    get_json(client, "/api/v2/publications/", status=400, translation_of=expired.pk)


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("offset=99999999999999999999", 400),
        ("offset=-1", 400),
        ("offset=%2B1", 400),
        ("limit=99999999999999999999", 400),
        ("limit=21", 400),
        ("search=%00", 400),
        ("search=" + "x" * 300, 400),
        ("locale=%00", 400),
        ("locale=xx", 404),
        ("fields=%00", 400),
        ("fields=title(", 400),
        ("order=%00", 400),
        ("order=topics", 400),
        ("order=body", 400),
        ("search=report&search_operator=xor", 400),
        ("publication_date=notadate", 400),
        ("publication_date=2024-02-30", 400),
        ("topics=abc", 400),
        ("topics=99999999999999999999", 400),
        ("page_count=-1", 400),
        ("document_type=abc", 400),
        ("body=x", 400),
        ("show_in_menus=maybe", 400),
        ("translation_of=99999999999999999999", 400),
        ("child_of=abc", 400),
        ("format=xml", 400),
        ("limit=1&limit=2", 400),
        ("no_such_field=1", 400),
        ("%00=1", 400),
    ],
)
def test_each_bad_parameter_gets_a_400_that_does_not_repeat_it(client, site_tree, query, status):
    response = client.get(f"/api/v2/publications/?{query}")
    assert response.status_code == status, response.content[:300]
    message = response.json()["message"]
    assert message and "\x00" not in message and "x" * 300 not in message


@pytest.mark.parametrize(
    "query", ["fields=title", "rich_text_format=html", "format=json", "locale=en", "search=a"]
)
def test_a_detail_takes_only_what_applies_to_one_page(client, trilingual_site, query):
    page = trilingual_site.publications["en"][0]
    response = client.get(f"/api/v2/publications/{page.pk}/?{query}")
    expected = 400 if query.split("=")[0] in ("locale", "search") else 200
    assert response.status_code == expected, response.content[:300]


def test_well_formed_filters_still_work(client, trilingual_site):
    page = trilingual_site.publications["en"][0]
    date = page.publication_date.isoformat()
    found = get_json(client, "/api/v2/publications/", publication_date=date, locale="en")
    assert [item["id"] for item in found["items"]] == [page.pk]
    assert get_json(client, "/api/v2/publications/", page_count=page.page_count, limit=0)
    active = client.get("/api/v2/projects/", {"status": "active", "year": 2022, "locale": "es"})
    assert active.status_code == 200
    assert active.json()["meta"]["total_count"] == 2
    assert client.get("/api/v2/projects/", {"status": "paused"}).status_code == 400
    ordered = get_json(client, "/api/v2/publications/", order="-title,id", locale="fr")
    assert titles(ordered) == sorted(p.title for p in trilingual_site.publications["fr"])


# Language editions ------------------------------------------------------------------------


@pytest.fixture
def report_in_three_languages(trilingual_site, locales):
    """An English report with its French edition (its own PDF) and its Spanish edition (no
    PDF of its own), each published under its language's publications."""
    english = PublicationPageFactory(
        parent=trilingual_site.tree["en"].publications,
        slug="air-quality-report",
        document=PdfDocumentFactory(pages=5),
        page_count=5,
    )
    editions = {"en": english}
    for code, document in (("fr", PdfDocumentFactory(pages=7)), ("es", None)):
        edition = english.copy_for_translation(locales[code])
        edition.document = document
        edition.page_count = 7 if document else None
        edition.save_revision().publish()
        editions[code] = PublicationPageFactory._meta.model.objects.get(pk=edition.pk)
    return editions


def test_a_publication_lists_its_language_editions_with_absolute_downloads(
    client, report_in_three_languages
):
    editions = report_in_three_languages
    french = editions["fr"]
    data = get_json(client, f"/api/v2/publications/{french.pk}/")
    english_pdf = editions["en"].document
    french_pdf = french.document
    assert data["language_editions"] == [
        {
            "language": "en",
            "language_name": "English",
            "format": "application/pdf",
            "size_bytes": english_pdf.file.size,
            "pages": 5,
            "download_url": f"http://localhost{editions['en'].url}download/",
        },
        {
            "language": "fr",
            "language_name": "français",
            "format": "application/pdf",
            "size_bytes": french_pdf.file.size,
            "pages": 7,
            "download_url": f"http://localhost{french.url}download/",
        },
        {
            # No PDF of its own: never another edition's file.
            "language": "es",
            "language_name": "español",
            "format": None,
            "size_bytes": None,
            "pages": None,
            "download_url": None,
        },
    ]
    assert "/fr/" in data["language_editions"][1]["download_url"]
    # The same editions, in the same order, as the publication page lists them.
    assert [e["language"] for e in data["language_editions"]] == [
        e.language_code for e in french.language_editions
    ]
    # Each download is the counted route, and it serves that edition's own file.
    response = client.get(
        data["language_editions"][1]["download_url"].removeprefix("http://localhost"),
        HTTP_USER_AGENT=BROWSER,
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == french_pdf.file.open("rb").read()
    assert PublicationDownloadDay.objects.get(publication=french).count == 1


def test_a_private_or_unpublished_edition_is_not_listed(client, report_in_three_languages):
    editions = report_in_three_languages
    PageViewRestriction.objects.create(page=editions["fr"], restriction_type="login")
    editions["es"].unpublish()
    data = get_json(client, f"/api/v2/publications/{editions['en'].pk}/")
    assert [e["language"] for e in data["language_editions"]] == ["en"]


def test_absolute_urls_follow_the_site_address_not_the_request_host(
    client, report_in_three_languages
):
    """The site's one rule for absolute URLs: its Site's root_url, whatever Host was asked."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "cec.example.org", 443
    site.save()  # which also empties Wagtail's cached site root paths
    editions = report_in_three_languages
    data = get_json(client, f"/api/v2/publications/{editions['en'].pk}/")
    assert data["language_editions"][0]["download_url"] == (
        f"https://cec.example.org{editions['en'].url}download/"
    )


def test_listing_editions_in_a_constant_number_of_queries(client, trilingual_site, locales):
    def add(count):
        for _ in range(count):
            page = PublicationPageFactory(
                parent=trilingual_site.tree["en"].publications, document=PdfDocumentFactory()
            )
            french = page.copy_for_translation(locales["fr"])
            french.document = PdfDocumentFactory()
            french.save_revision().publish()

    def queries():
        url = "/api/v2/publications/?fields=language_editions&limit=20"
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        items = response.json()["items"]
        with_two = [item for item in items if len(item["language_editions"]) == 2]
        return len(context.captured_queries), len(with_two)

    add(1)
    few, two_editions = queries()
    assert two_editions == 2
    add(4)
    many, two_editions = queries()
    assert two_editions == 10
    assert many == few
    # And the listing without the field does not look the editions up at all.
    with CaptureQueriesContext(connection) as context:
        client.get("/api/v2/publications/?limit=20")
    assert not any('"translation_key" IN' in q["sql"] for q in context)
    with CaptureQueriesContext(connection) as context:
        client.get("/api/v2/publications/?fields=language_editions&limit=20")
    assert sum('"translation_key" IN' in q["sql"] for q in context) == 1
