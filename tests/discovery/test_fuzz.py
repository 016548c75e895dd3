"""Hostile input at the machine doors: the API, the feeds and OAI-PMH never answer 5xx.

Every API endpoint (listing, detail, find) × every parameter and filterable field × hostile
values (NUL, huge and negative numbers, wrong types, unknown operators, very long strings,
unicode, `[]`, repeated parameters); feed paths and queries; every OAI-PMH verb × argument ×
hostile values. Each answer is a clear refusal (400 or 404 with a `message` for the API,
an OAI-PMH error for OAI) or a 200 where the value is acceptable; never a 500.

The site is built once per module (inside a transaction rolled back at the end), so the
~1,500 requests stay fast.
"""

import datetime
import importlib
from types import SimpleNamespace
from urllib.parse import quote

from django.db import transaction
from django.test import Client
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site

import pytest
from lxml import etree

from cec_site.api.views import ENDPOINTS
from cec_site.core.factories import TopicIndexPageFactory, TopicPageFactory
from cec_site.core.sections import all_sections
from cec_site.home.factories import HomePageFactory, PdfDocumentFactory
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

NUL = "\x00"
HOSTILE = {
    "nul": NUL,
    "nul-inside": f"abc{NUL}def",
    "huge": "99999999999999999999",
    "huge-negative": "-99999999999999999999",
    "negative": "-1",
    "zero": "0",
    "float": "1.5",
    "exponent": "1e10",
    "hex": "0x10",
    "word": "abc",
    "empty": "",
    "brackets": "[]",
    "braces": '{"a": 1}',
    "not-a-date": "notadate",
    "february-30": "2024-02-30",
    "year-99999": "99999-01-01",
    "long": "x" * 5000,
    "unicode": "Cambio climático 気候 🙂",
    "right-to-left": "\u202eabc",
    "sql": "'; DROP TABLE wagtailcore_page; --",
    "markup": "<script>alert(1)</script>",
    "operators": "-,*,(,),_",
    "control": "\x01\x1b[31m",
}
# The hostile values each parameter meets (the others come in the targeted lists below).
OPERATION_VALUES = ["nul", "huge", "negative", "float", "word", "brackets", "long", "unicode"]
FIELD_VALUES = ["nul", "huge", "negative", "word", "not-a-date", "brackets"]
# The parameters of Wagtail's API v2 that are not fields, plus some it does not know.
OPERATIONS = [
    "limit",
    "offset",
    "fields",
    "order",
    "search",
    "search_operator",
    "rich_text_format",
    "locale",
    "translation_of",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "site",
    "format",
    "_",
    "type",
    "no_such_parameter",
]


@pytest.fixture(scope="module")
def fuzz_site(django_db_setup, django_db_blocker):
    """A small English site built once for the module; rolled back at its end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            site = build_site()
        except BaseException:
            atomic.__exit__(None, None, None)
            raise
    yield site
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def build_site():
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    topic_index = TopicIndexPageFactory(parent=home)
    climate = TopicPageFactory(parent=topic_index, title="Climate Change", slug="climate-change")
    secret = TopicPageFactory(parent=topic_index, title="Secret topic", slug="secret-topic")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    expired = TopicPageFactory(parent=topic_index, title="Expired topic", slug="expired-topic")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save()
    publications = PublicationIndexPageFactory(parent=home)
    projects = ProjectIndexPageFactory(parent=home)
    pdf = PdfDocumentFactory()
    publication = PublicationPageFactory(
        parent=publications, document=pdf, topics=[climate, secret, expired]
    )
    PublicationPageFactory(parent=publications, document=None, topics=[climate])
    project = ProjectPageFactory(parent=projects, topics=[climate, secret])
    detail = {"publications": publication.pk, "projects": project.pk, "topics": climate.pk}
    for section in all_sections():
        if section.api and section.key not in detail:
            # Every other section with an API endpoint: one page, from its own factories.
            index = section_factory(section.index_class)(parent=home)
            detail[section.key] = section_factory(section.page_class)(parent=index).pk
    return SimpleNamespace(
        home=home, climate=climate, secret=secret, expired=expired, detail=detail
    )


def section_factory(model):
    """A section's factory for `model`: <app>/factories.py, <Model>Factory."""
    module = importlib.import_module(f"{model._meta.app_config.name}.factories")
    return getattr(module, f"{model.__name__}Factory")


@pytest.fixture
def anonymous():
    """A client that hands back a 500 instead of raising: the test counts them."""
    return Client(raise_request_exception=False)


def filterable_fields(endpoint):
    fields = set(endpoint.get_available_fields(endpoint.model, db_fields_only=True))
    return sorted(fields)


API_CASES = [
    (endpoint.name, name, key)
    for endpoint in ENDPOINTS
    for names, keys in ((OPERATIONS, OPERATION_VALUES), (filterable_fields(endpoint), FIELD_VALUES))
    for name in names
    for key in keys
]
DETAIL_PARAMETERS = ["fields", "rich_text_format", "format", "locale", "title"]
DETAIL_CASES = [
    (endpoint.name, name, key)
    for endpoint in ENDPOINTS
    for name in DETAIL_PARAMETERS
    for key in ("nul", "huge", "word", "long", "unicode")
]
INTEGER_PARAMETERS = {"limit", "offset", "translation_of", "child_of", "ancestor_of"}


def check_api_answer(response, name, key):
    assert response.status_code < 500, (name, key, response.status_code)
    assert response.status_code in (200, 400, 404), (name, key, response.status_code)
    assert response["Content-Type"] == "application/json", (name, key)
    body = response.json()
    if response.status_code != 200:
        assert isinstance(body.get("message"), str) and body["message"], (name, key, body)
        assert NUL not in body["message"]
    if key in ("nul", "nul-inside", "control"):
        assert response.status_code == 400, (name, key, body)


def encode(params):
    """A query string, each value percent-encoded as a client would send it (NUL as %00)."""
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in params)


@pytest.mark.parametrize(("endpoint", "name", "key"), API_CASES)
def test_api_listing_parameter(anonymous, fuzz_site, endpoint, name, key):
    response = anonymous.get(f"/api/v2/{endpoint}/?{encode([(name, HOSTILE[key])])}")
    check_api_answer(response, name, key)
    if name in INTEGER_PARAMETERS and key in ("huge", "negative", "word", "float", "brackets"):
        assert response.status_code == 400, (name, key, response.json())
    if name == "no_such_parameter":
        assert response.status_code == 400


@pytest.mark.parametrize(("endpoint", "name", "key"), DETAIL_CASES)
def test_api_detail_parameter(anonymous, fuzz_site, endpoint, name, key):
    page_id = fuzz_site.detail[endpoint]
    response = anonymous.get(f"/api/v2/{endpoint}/{page_id}/?{encode([(name, HOSTILE[key])])}")
    check_api_answer(response, name, key)


@pytest.mark.parametrize("endpoint", [endpoint.name for endpoint in ENDPOINTS])
@pytest.mark.parametrize(
    "path",
    [
        "99999999999999999999/",
        "2147483648/",
        "0/",
        "-1/",
        "abc/",
        "%00/",
        "find/?id=abc",
        "find/?id=99999999999999999999",
        "find/?id=%00",
        "find/?id=-1",
        "find/?html_path=%00",
        "find/?html_path=/publications/%00/",
        "find/?html_path=" + "a/" * 2000,
        "find/?html_path=/secret-topic/",
        "find/",
    ],
)
def test_api_paths(anonymous, fuzz_site, endpoint, path):
    response = anonymous.get(f"/api/v2/{endpoint}/{path}")
    assert response.status_code < 500, (path, response.status_code)
    assert response.status_code in (302, 400, 404), (path, response.status_code)


@pytest.mark.parametrize("endpoint", [endpoint.name for endpoint in ENDPOINTS])
@pytest.mark.parametrize(
    "query",
    [
        "limit=1&limit=2",
        "offset=0&offset=99999999999999999999",
        "search=a&search=b",
        "locale=en&locale=%00",
        "order=title&order=-title",
        "fields=title&fields=%00",
        "search=climate&search_operator=xor",
        "search=climate&search_operator=or&order=title",
        "search=%00&search_operator=and",
        "search=climate&order=random&offset=1",
        "order=random",
        "order=-",
        "order=,",
        "order=title,,id",
        "order=-topics",
        "order=body",
        "fields=*",
        "fields=_,title",
        "fields=topics(*)",
        "fields=topics(%00)",
        "fields=topics(topics(topics))",
        "fields=title(id)",
        "fields=-",
        "fields=(",
        "fields=topics(",
        "offset=99999999999999999999&limit=20",
        "offset=9223372036854775807&limit=20",
        "offset=9223372036854775800&limit=20",
        "limit=21",
        "limit=99999999999999999999",
        "limit=%2B5",
        "limit=%205",
        "offset=%D9%A1",  # an Arabic-Indic digit one
        "child_of=root",
        "descendant_of=root&child_of=root",
        "translation_of=root",
        "site=localhost:abc",
        "site=localhost:99999999999999999999",
        "site=%00",
        "site=no.such.site",
        "topics=abc",
        "topics=99999999999999999999",
        "topics=1,2",
        "publication_date=notadate",
        "first_published_at=notadate",
        "first_published_at=2024-01-01",
        "id=abc",
        "%00=1",
        "a%00b=1",
        "=1",
        "&&&",
        "locale=xx",
        "locale=" + "e" * 300,
    ],
)
def test_api_query_combinations(anonymous, fuzz_site, endpoint, query):
    response = anonymous.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code < 500, (query, response.status_code)
    assert response.status_code in (200, 400, 404), (query, response.status_code)
    if response.status_code != 200:
        assert response.json()["message"]
    names = [part.split("=")[0] for part in query.split("&") if part]
    if len(names) != len(set(names)):
        assert response.status_code == 400, "a repeated parameter is refused"


# Feeds ----------------------------------------------------------------------------------

FEED_SLUGS = {
    "nul": "%00",
    "nul-inside": "climate%00change",
    "encoded-nul": "%2500",
    "huge": "99999999999999999999",
    "negative": "-1",
    "long": "x" * 3000,
    "unicode": quote("cambio-climático-気候"),
    "emoji": quote("🙂"),
    "bad-utf8": "%ff%fe",
    "surrogate": "%ED%A0%80",
    "dot-dot": "..",
    "encoded-slash": "a%2Fb",
    "space": "a%20b",
    "markup": "%3Cscript%3E",
    "quote": "%27%22",
    "brackets": "%5B%5D",
    "control": "%01%1B",
    "private-topic": "secret-topic",
    "expired-topic": "expired-topic",
}
FEED_PREFIXES = ["", "/fr"]
FEED_URLS = [
    f"{prefix}/feeds/{section}/{{slug}}/{kind}/"
    for prefix in FEED_PREFIXES
    for section in ("publications", "projects")
    for kind in ("rss", "atom")
]


@pytest.mark.parametrize("slug", list(FEED_SLUGS))
@pytest.mark.parametrize("url", FEED_URLS)
def test_feed_paths(anonymous, fuzz_site, url, slug):
    response = anonymous.get(url.format(slug=FEED_SLUGS[slug]))
    assert response.status_code < 500, (url, slug, response.status_code)
    assert response.status_code in (400, 404), (url, slug, response.status_code)
    assert b"Secret topic" not in response.content


@pytest.mark.parametrize("key", OPERATION_VALUES)
@pytest.mark.parametrize(
    "url",
    [
        "/feeds/publications/rss/",
        "/feeds/projects/atom/",
        "/feeds/publications/climate-change/rss/",
    ],
)
def test_feed_queries(anonymous, fuzz_site, url, key):
    """Feeds take no parameters: whatever the query, the feed (or a refusal), never a 500."""
    response = anonymous.get(f"{url}?{encode([('topic', HOSTILE[key]), (HOSTILE[key], '1')])}")
    assert response.status_code < 500, (url, key, response.status_code)
    assert response.status_code in (200, 400, 404), (url, key, response.status_code)
    assert b"Secret topic" not in response.content
    assert b"Expired topic" not in response.content


# OAI-PMH --------------------------------------------------------------------------------

OAI_NS = {"oai": "http://www.openarchives.org/OAI/2.0/"}
OAI_VERBS = {
    "Identify": {},
    "ListMetadataFormats": {},
    "ListSets": {},
    "GetRecord": {"metadataPrefix": "oai_dc", "identifier": "oai:localhost:publication:1"},
    "ListIdentifiers": {"metadataPrefix": "oai_dc"},
    "ListRecords": {"metadataPrefix": "oai_dc"},
}
OAI_ARGUMENTS = ["metadataPrefix", "identifier", "from", "until", "set", "resumptionToken"]
OAI_VALUES = {
    **{key: HOSTILE[key] for key in ("nul", "huge", "word", "long", "unicode", "markup", "sql")},
    "empty": "",
    "day-zero": "0000-01-01",
    "year-one": "0001-01-01",
    "last-second": "9999-12-31T23:59:59Z",
    "second-60": "2024-01-01T23:59:60Z",
    "timezone": "2024-01-01T00:00:00+01:00",
    "long-identifier": "oai:localhost:publication:" + "9" * 40,
    "big-identifier": "oai:localhost:publication:999999999999999999",
    "private-topic": "secret-topic",
}
OAI_ERRORS = {
    "badVerb",
    "badArgument",
    "badResumptionToken",
    "cannotDisseminateFormat",
    "idDoesNotExist",
    "noRecordsMatch",
    "noMetadataFormats",
    "noSetHierarchy",
}
OAI_COMMON = ["nul", "huge", "long", "unicode", "markup", "empty"]
OAI_SPECIFIC = {
    "from": ["day-zero", "year-one", "last-second", "second-60", "timezone", "word", "sql"],
    "until": ["day-zero", "year-one", "last-second", "second-60", "timezone", "word", "sql"],
    "identifier": ["long-identifier", "big-identifier", "word", "sql"],
    "set": ["private-topic", "word", "sql"],
    "metadataPrefix": ["word", "sql"],
    "resumptionToken": ["word", "sql"],
}
OAI_CASES = [
    (verb, argument, key) for verb in OAI_VERBS for argument in OAI_ARGUMENTS for key in OAI_COMMON
] + [
    (verb, argument, key)
    for verb in ("GetRecord", "ListIdentifiers", "ListRecords", "ListMetadataFormats")
    for argument, keys in OAI_SPECIFIC.items()
    for key in keys
]


def ask_oai(client, params, method="get"):
    if method == "post":
        response = client.post(
            "/oai/", encode(params), content_type="application/x-www-form-urlencoded"
        )
    else:
        response = client.get(f"/oai/?{encode(params)}")
    assert response.status_code == 200, (params, response.status_code)
    root = etree.fromstring(response.content)  # well-formed XML, whatever came in
    codes = [error.get("code") for error in root.findall("oai:error", OAI_NS)]
    assert set(codes) <= OAI_ERRORS
    return response, root, codes


def assert_not_echoed(response, root, codes, value):
    """An invalid value comes back nowhere: not in the message, not in <request>."""
    if not codes or len(value) < 3:
        return
    text = response.content.decode()
    for error in root.findall("oai:error", OAI_NS):
        assert value not in (error.text or ""), error.text
    if "badArgument" in codes or "badVerb" in codes:
        assert root.find("oai:request", OAI_NS).attrib == {}
    assert NUL not in text


@pytest.mark.parametrize(("verb", "argument", "key"), OAI_CASES)
def test_oai_arguments(anonymous, fuzz_site, verb, argument, key):
    value = OAI_VALUES[key]
    params = dict(OAI_VERBS[verb])
    params[argument] = value
    response, root, codes = ask_oai(anonymous, [("verb", verb), *params.items()])
    if key in ("nul", "nul-inside", "control", "long", "markup", "sql", "empty"):
        assert codes, (verb, argument, key)  # refused…
        if codes != ["idDoesNotExist"]:
            assert_not_echoed(response, root, codes, value)  # …without repeating it
    # A private topic is no set: no header names it, whatever was asked.
    assert "secret-topic" not in [spec.text for spec in root.iter(f"{{{OAI_NS['oai']}}}setSpec")]
    assert b"Secret topic" not in response.content


@pytest.mark.parametrize("key", ["nul", "huge", "long", "unicode", "markup", "sql", "empty"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_oai_verbs_and_unknown_arguments(anonymous, fuzz_site, method, key):
    value = OAI_VALUES[key]
    for params in (
        [("verb", value)],
        [("verb", "Identify"), (value or "x", "1")],
        [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("metadataPrefix", value)],
        [("verb", "ListSets"), ("verb", value)],
    ):
        response, root, codes = ask_oai(anonymous, params, method)
        assert codes and set(codes) <= {"badVerb", "badArgument"}, (params, codes)
        assert_not_echoed(response, root, codes, value)
