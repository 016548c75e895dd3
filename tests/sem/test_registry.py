"""The registry: routing, filters with hostile input, search, sort, past target, feeds,
privacy, query counts, templates and the admin."""

import datetime

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import feedparser
import pytest

from cec_site.home.models import HomePage
from sem.factories import SubmissionPageFactory
from sem.models import SubmissionIndexPage, SubmissionPage
from tests.html_validation import vnu_errors
from tests.page_assertions import count_queries

D = datetime.date
LONG = "x" * 5000
SCRIPT = "<script>alert(1)</script>"
OLD = D(2021, 1, 4)  # long enough ago that every target has passed


def late_submission(registry, **values):
    values.setdefault("stages", [("received", OLD)])
    return SubmissionPageFactory(parent=registry, date_filed=OLD, **values)


# Filters ---------------------------------------------------------------------------------


@pytest.fixture
def sample(registry, site_tree):
    return {
        "mexico": SubmissionPageFactory(
            parent=registry,
            title="Mangroves in Tulum",
            identifier="SEM-21-002",
            party="mx",
            date_filed=D(2021, 2, 3),
            stages=[("received", D(2021, 2, 3)), ("criteria", D(2021, 3, 1))],
            topics=[site_tree.enforcement],
        ),
        "canada": SubmissionPageFactory(
            parent=registry,
            title="Oil sands tailings",
            identifier="SEM-17-001",
            party="ca",
            agreement="naaec",
            date_filed=D(2017, 6, 26),
            status="closed",
            closing_reason="factual_record",
            stages=[("received", D(2017, 6, 26)), ("closed", D(2020, 8, 1))],
        ),
        "us": SubmissionPageFactory(
            parent=registry,
            title="Vaquita by-catch",
            identifier="SEM-23-007",
            party="us",
            date_filed=D(2023, 9, 1),
            stages=[("received", D(2023, 9, 1)), ("response_requested", D(2023, 10, 2))],
        ),
    }


def titles(client, url):
    response = client.get(url)
    return response.status_code, [
        title
        for title in ("Mangroves in Tulum", "Oil sands tailings", "Vaquita by-catch")
        if title in response.content.decode()
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Mangroves in Tulum", "Oil sands tailings", "Vaquita by-catch"]),
        ("?party=ca", ["Oil sands tailings"]),
        ("?year=2021", ["Mangroves in Tulum"]),
        ("?status=closed", ["Oil sands tailings"]),
        ("?agreement=naaec", ["Oil sands tailings"]),
        ("?stage=response_requested", ["Vaquita by-catch"]),
        ("?stage=criteria&party=mx", ["Mangroves in Tulum"]),
        ("?topic=enforcement", ["Mangroves in Tulum"]),
        ("?q=SEM-21-002", ["Mangroves in Tulum"]),
        ("?q=sem-17", ["Oil sands tailings"]),
        ("?q=vaquita", ["Vaquita by-catch"]),
        ("?q=mangroves+tulum", ["Mangroves in Tulum"]),
    ],
)
def test_filters_and_search(client, registry, sample, query, expected):
    assert titles(client, registry.url + query) == (200, expected)


@pytest.mark.django_db
def test_sort_by_date_filed_or_last_update(client, registry, sample):
    html = client.get(registry.url).content.decode()
    assert html.index("Vaquita") < html.index("Mangroves") < html.index("Oil sands")
    html = client.get(registry.url + "?sort=updated").content.decode()
    # Last updates: 2023-10-02, 2021-03-01, 2020-08-01.
    assert html.index("Vaquita") < html.index("Mangroves") < html.index("Oil sands")
    SubmissionPageFactory(
        parent=registry,
        title="Old file updated last",
        identifier="SEM-19-004",
        agreement="naaec",
        date_filed=D(2019, 5, 5),
        stages=[("received", D(2019, 5, 5)), ("response", D(2024, 1, 9))],
    )
    html = client.get(registry.url + "?sort=updated").content.decode()
    assert html.index("Old file updated last") < html.index("Vaquita")
    html = client.get(registry.url).content.decode()
    assert html.index("Mangroves") < html.index("Old file updated last") < html.index("Oil sands")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?party=fr", 400),
        ("?year=abc", 400),
        ("?year=1.5", 400),
        ("?year=1999", 400),
        ("?status=pending", 400),
        ("?stage=../../etc/passwd", 400),
        ("?agreement=nafta", 400),
        ("?sort=most_clicks", 400),
        (f"?topic={SCRIPT}", 400),
        (f"?party={LONG}", 400),
        (f"?q={LONG}", 400),
        ("?type=%00", 200),
        (f"?q={SCRIPT}", 200),
        ("?q=%00", 400),
        ("?q=)(*&^%25$#'\"", 200),
        ("?party=ca&party=mx", 200),
        ("?utm_source=newsletter", 200),
        ("?stage[]=a", 200),
        ("?page=0", 404),
        ("?page=abc", 404),
        ("?page=99", 404),
        (f"?page={LONG}", 404),
    ],
)
def test_hostile_input_gets_a_clear_answer_never_a_5xx(client, registry, sample, query, status):
    response = client.get(registry.url + query)
    assert response.status_code == status
    html = response.content.decode()
    assert SCRIPT not in html
    assert LONG not in html
    if status == 400:
        assert "see the message under each" in html


# Past target -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_past_target_lists_only_open_public_late_submissions(client, registry):
    late = late_submission(registry, title="Late and open")
    late_submission(
        registry,
        title="Late but closed",
        status="closed",
        closing_reason="withdrawn",
        stages=[("received", OLD), ("closed", OLD)],
    )
    today = datetime.date.today()
    SubmissionPageFactory(
        parent=registry,
        title="Fresh",
        identifier=f"SEM-{today:%y}-900",
        date_filed=today,
        stages=[("received", today)],
    )
    draft = late_submission(registry, title="Late draft")
    draft.unpublish()
    private = late_submission(registry, title="Late private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get(registry.url + "past-target/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Late and open" in html and late.url in html
    for absent in ("Late but closed", "Fresh", "Late draft", "Late private"):
        assert absent not in html
    assert [page.pk for page in registry.past_target()] == [late.pk]


@pytest.mark.django_db
def test_past_target_queries_do_not_grow(client, registry):
    for _ in range(3):
        late_submission(registry)
    few = count_queries(client, registry.url + "past-target/")
    for _ in range(20):
        late_submission(registry)
    assert count_queries(client, registry.url + "past-target/") == few


@pytest.mark.django_db
def test_a_submissions_page_queries_do_not_grow_with_its_documents(client, registry, settings):
    """Rendered in full each time (no kept rendering): each stage's document checked for
    the public in the same queries however many stages there are."""
    from django.core.cache import cache

    from cec_site.home.factories import PdfDocumentFactory

    settings.PAGE_CACHE_ENABLED = False

    def timeline(n):
        return [
            (
                "received",
                datetime.date(2023, 3, 1) + datetime.timedelta(days=i),
                "",
                PdfDocumentFactory(),
            )
            for i in range(n)
        ]

    def queries(page):
        client.get(page.url)  # renditions, menus: made once
        cache.clear()
        with CaptureQueriesContext(connection) as context:
            response = client.get(page.url)
        assert response.status_code == 200
        assert response.content.decode().count("/download/") >= len(page.stages.all())
        return len(context)

    few = SubmissionPageFactory(parent=registry, stages=timeline(2))
    many = SubmissionPageFactory(parent=registry, stages=timeline(8))
    assert queries(many) == queries(few)


# Feeds -----------------------------------------------------------------------------------


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception  # well-formed XML
    return feed


@pytest.mark.django_db
def test_registry_feed_lists_new_stages_with_absolute_links(client, registry, sample):
    feed = parse(client.get(registry.url + "feed/"))
    assert len(feed.entries) == 6
    first = feed.entries[0]
    assert first.title.startswith("SEM-23-007 · Request for a response")
    assert first.link.startswith("http://localhost/") and "#stage-" in first.link
    assert feed.feed.link == "http://localhost" + registry.url
    assert all(entry.link.startswith("http://") for entry in feed.entries)


@pytest.mark.django_db
def test_one_submission_feed(client, registry, sample):
    page = sample["mexico"]
    feed = parse(client.get(page.url + "feed/"))
    assert [entry.title.split(" · ")[1].split(":")[0] for entry in feed.entries] == [
        "Determination on the criteria (Article 14(1) / 24.27(1))",
        "Submission received",
    ]
    assert feed.feed.link == "http://localhost" + page.url
    html = client.get(page.url).content.decode()
    assert 'type="application/rss+xml"' in html and page.url + "feed/" in html


@pytest.mark.django_db
def test_feed_queries_do_not_grow(client, registry):
    for _ in range(2):
        late_submission(registry)
    few = count_queries(client, registry.url + "feed/")
    for _ in range(12):
        late_submission(registry)
    assert count_queries(client, registry.url + "feed/") == few


# Privacy ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_unpublished_and_private_submissions_are_nowhere(client, registry, site_tree):
    topic = site_tree.enforcement
    shown = late_submission(registry, title="Public submission", topics=[topic])
    draft = late_submission(registry, title="Draft submission", topics=[topic])
    draft.unpublish()
    private = late_submission(registry, title="Private submission", topics=[topic])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    urls = [
        registry.url,
        registry.url + "past-target/",
        registry.url + "feed/",
        topic.url,
        registry.url + "?q=submission",
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert "Public submission" in html, url
        assert "Draft submission" not in html, url
        assert "Private submission" not in html, url
    assert client.get(draft.url + "feed/").status_code == 404
    response = client.get(private.url + "feed/")
    assert response.status_code == 200 and b"<rss" not in response.content  # password form
    assert client.get(shown.url + "feed/").status_code == 200


@pytest.mark.django_db
def test_stage_documents_follow_their_submission(client, registry):
    Document = get_document_model()
    document = Document(title="Determination SEM-23-001")
    document.file.save("determination.pdf", ContentFile(b"%PDF-1.4 determination"), save=False)
    document.save()
    page = late_submission(registry, stages=[("received", OLD, "Received.", document)])
    counted = f"{page.url}stages/{page.stages.get().pk}/download/"  # tests/sem/test_downloads.py
    html = client.get(page.url).content.decode()
    assert f'href="{counted}"' in html
    assert client.get(document.url)["Location"] == counted
    assert client.get(counted).status_code == 200
    page.unpublish()
    assert client.get(document.url).status_code in (403, 404)
    assert client.get(counted).status_code == 404


# Pages, queries, admin -------------------------------------------------------------------


@pytest.mark.django_db
def test_registry_queries_do_not_grow_with_the_number_of_submissions(client, registry, site_tree):
    for _ in range(3):
        late_submission(registry, topics=[site_tree.climate])
    few = count_queries(client, registry.url)
    for _ in range(30):
        late_submission(registry, topics=[site_tree.climate])
    many = count_queries(client, registry.url)
    assert few == many
    assert many <= 16
    assert count_queries(client, registry.url + "?sort=updated&q=wetland&party=mx") <= 18
    page = SubmissionPage.objects.first()
    assert count_queries(client, page.url) <= 16


@pytest.mark.django_db
def test_submission_page_shows_its_timeline(client, registry):
    page = SubmissionPageFactory(
        parent=registry,
        submitters="",
        stages=[
            ("received", D(2023, 3, 1)),
            ("criteria", D(2023, 3, 30), "The submission meets the criteria."),
            ("response_requested", D(2023, 3, 30)),
        ],
    )
    html = client.get(page.url).content.decode()
    for text in (
        "SEM-23-",
        "Mexico",
        "USMCA Environment Chapter",
        "The submission meets the criteria.",
        "Not made public",
        "The Party&#x27;s response",
        "past target",
        "<ol",
    ):
        assert text in html, text
    assert html.index("Submission received") < html.index("Request for a response")
    assert vnu_errors(html) == []


@pytest.mark.django_db
def test_registry_and_past_target_are_valid_html(client, registry, sample):
    late_submission(registry)
    for url in (registry.url, registry.url + "past-target/", registry.url + "?party=zz"):
        assert vnu_errors(client.get(url).content.decode()) == [], url


@pytest.mark.django_db
def test_card_on_a_topic_page(client, registry, site_tree):
    SubmissionPageFactory(parent=registry, title="Coral reefs", topics=[site_tree.climate])
    html = client.get(site_tree.climate.url).content.decode()
    assert "Coral reefs" in html and "SEM-23-" in html


def submission_form_data(stages, **overrides):
    data = {
        "title": "Groundwater extraction in the Sonoran desert",
        "slug": "groundwater-extraction",
        "identifier": "SEM-22-003",
        "party": "mx",
        "date_filed": "2022-04-11",
        "agreement": "usmca",
        "status": "open",
        "closing_reason": "",
        "summary": "The submitters assert that extraction permits ignore aquifer limits.",
        "submitters": "Desert Water Alliance",
        "stages": inline_formset(
            [{"kind": kind, "date": date, "decision": "", "document": ""} for kind, date in stages]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


class SubmissionAdminTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def tree(self, registry, site_tree):
        self.registry = registry
        self.tree = site_tree

    def setUp(self):
        self.user = self.login()

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(SubmissionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SubmissionIndexPage, {SubmissionPage})
        self.assertAllowedParentPageTypes(SubmissionPage, {SubmissionIndexPage})
        self.assertAllowedSubpageTypes(SubmissionPage, set())

    def test_editor_creates_a_submission_with_its_timeline(self):
        self.assertCanCreate(
            self.registry,
            SubmissionPage,
            submission_form_data([("received", "2022-04-11"), ("criteria", "2022-05-10")]),
        )
        page = SubmissionPage.objects.get()
        assert [stage.kind for stage in page.stages.all()] == ["received", "criteria"]

    def form(self, data):
        """The page editor's own form (panels, inline formsets and SubmissionForm.clean)."""
        form_class = SubmissionPage.get_edit_handler().get_form_class()
        return form_class(
            data, instance=SubmissionPage(), parent_page=self.registry, for_user=self.user
        )

    def test_the_editor_form_refuses_a_timeline_out_of_order(self):
        valid = self.form(submission_form_data([("received", "2022-04-11")]))
        assert valid.is_valid(), valid.errors
        for stages, message in (
            ([("criteria", "2022-05-10"), ("received", "2022-05-11")], "earlier in the process"),
            ([("received", "2022-05-10"), ("criteria", "2022-05-01")], "dated before"),
            ([("received", "2022-01-10")], "before the date filed"),
            ([("received", "2099-01-10")], "in the future"),
        ):
            form = self.form(submission_form_data(stages))
            assert not form.is_valid()
            row_errors = [str(row.errors) for row in form.formsets["stages"].forms]
            assert any(message in errors for errors in row_errors), (stages, row_errors)
            assert "The timeline needs correcting" in str(form.non_field_errors())
        form = self.form(
            submission_form_data([("received", "2022-04-11"), ("closed", "2022-05-01")])
        )
        assert not form.is_valid()
        assert "The timeline says the submission is closed." in str(form.errors["status"])
        form = self.form(submission_form_data([], identifier="SEM-2022-3"))
        assert not form.is_valid() and "SEM-YY-NNN" in str(form.errors["identifier"])
        form = self.form(submission_form_data([], agreement="naaec"))
        assert not form.is_valid() and "USMCA" in str(form.errors["agreement"])

    def test_routable_renderable_editable_previewable(self):
        page = SubmissionPageFactory(parent=self.registry, stages=[("received", D(2023, 3, 1))])
        form = submission_form_data(
            [("received", "2023-03-01")],
            title=page.title,
            slug=page.slug,
            identifier=page.identifier,
            date_filed="2023-03-01",
        )
        for target, data in ((page, form), (self.registry, None)):
            self.assertPageIsRoutable(target)
            self.assertPageIsRenderable(target)
            self.assertPageIsPreviewable(target, post_data=data)
        self.assertPageIsEditable(page, post_data=form)
        for route in ("feed/", "past-target/"):
            self.assertPageIsRoutable(self.registry, route)
        self.assertPageIsRoutable(page, "feed/")

    def test_moderators_edit_the_deadlines(self):
        moderators = Group.objects.get(name="Moderators")
        codenames = set(moderators.permissions.values_list("codename", flat=True))
        assert "change_submissiondeadlines" in codenames
        response = self.client.get("/admin/settings/sem/submissiondeadlines/")
        assert response.status_code in (200, 302)


# The site's own doors serve the section (cec_site/core/sections.py flags) -----------------


@pytest.mark.django_db
def test_the_site_doors_serve_public_submissions_only(client, registry, sample):
    draft = late_submission(registry, title="Draft submission")
    draft.unpublish()
    listing = client.get("/api/v2/sem/").json()
    assert {item["identifier"] for item in listing["items"]} == {
        "SEM-21-002",
        "SEM-17-001",
        "SEM-23-007",
    }
    detail = client.get(f"/api/v2/sem/{sample['mexico'].pk}/").json()
    assert [stage["kind"] for stage in detail["stages"]] == ["received", "criteria"]
    assert client.get(f"/api/v2/sem/{draft.pk}/").status_code == 404
    html = client.get("/search/?q=mangroves").content.decode()
    assert "Mangroves in Tulum" in html
    feed = parse(client.get("/feeds/sem/rss/"))
    assert {entry.title for entry in feed.entries} == {
        "Mangroves in Tulum",
        "Oil sands tailings",
        "Vaquita by-catch",
    }
    assert sample["us"].url in client.get("/sitemap.xml").content.decode()
