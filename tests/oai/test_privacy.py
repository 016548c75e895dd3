"""What OAI-PMH never hands out: hidden topics as sets or subjects, expired publications.

Each kind of hidden topic (behind a login, unpublished, past its expiry) carries a marker
word that must appear nowhere; an expired publication is a deleted record from its expiry.
Invalid arguments are refused with the protocol's error and never repeated back.
"""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
import time_machine
from lxml import etree

from cec_site.core.factories import TopicPageFactory
from publications.factories import PublicationPageFactory
from tests.oai.conftest import NS, at, identifier, publish
from tests.oai.test_endpoint import ask, errors, identifiers, texts

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_topics(library):
    index = library.site.topic_index
    restricted = TopicPageFactory(parent=index, title="Restricted marker", slug="restricted")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = TopicPageFactory(parent=index, title="Draft marker", slug="draft")
    draft.unpublish()
    expired = TopicPageFactory(parent=index, title="Expired marker", slug="expired")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    topics = [restricted, draft, expired]
    library.climate_report.topics.add(*topics)
    library.climate_report.save()
    return topics


def test_hidden_topics_are_no_sets_and_no_subjects(client, library, hidden_topics):
    root = ask(client, verb="ListSets")
    assert texts(root, ".//oai:setSpec") == ["climate-change", "enforcement"]
    for params in (
        {"verb": "ListSets"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc"},
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"},
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": identifier(library.climate_report),
        },
    ):
        response = client.get("/oai/", params)
        assert b"marker" not in response.content, params
        found = etree.fromstring(response.content)
        assert not {"restricted", "draft", "expired"} & set(texts(found, ".//oai:setSpec"))
    record = ask(
        client,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier(library.climate_report),
    )
    assert texts(record, ".//dc:subject") == ["Climate Change"]
    assert texts(record, ".//oai:header/oai:setSpec") == ["climate-change"]


@pytest.mark.parametrize("spec", ["restricted", "draft", "expired"])
def test_a_hidden_topic_selects_nothing(client, library, hidden_topics, spec):
    root = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec)
    assert errors(root) == ["noRecordsMatch"]
    assert spec not in root.find("oai:error", NS).text


def test_a_public_set_does_not_count_pages_of_its_hidden_translation(client, library, locales):
    """Set membership goes through the rule too: a private edition of the topic adds nothing."""
    french_topic = library.climate_report_fr.topics.get()
    PageViewRestriction.objects.create(page=french_topic, restriction_type="login")
    root = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="climate-change")
    assert identifier(library.climate_report_fr) not in identifiers(root)
    assert identifier(library.climate_report) in identifiers(root)


def test_an_expired_publication_is_a_deleted_record_from_its_expiry(client, library):
    page = library.enforcement_report
    with time_machine.travel(at(2025, 3, 1), tick=False):
        page.expire_at = at(2025, 3, 1, 9, 30, 0)
        page.save()
    with time_machine.travel(at(2025, 3, 2), tick=False):
        assert page.live  # publish_scheduled has not run: the rule hides it all the same
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
        header = root.find(".//oai:header", NS)
        assert header.get("status") == "deleted"
        assert texts(header, "oai:datestamp") == ["2025-03-01T09:30:00Z"]
        assert root.find(".//oai:metadata", NS) is None
        since = ask(
            client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2025-03-01"}
        )
        assert identifiers(since) == [identifier(page)]
    with time_machine.travel(at(2025, 2, 28), tick=False):  # before its expiry: a record
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
        assert root.find(".//oai:header", NS).get("status") is None


def test_an_expired_edition_is_no_relation_of_the_others(client, library):
    french = library.climate_report_fr
    french.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    french.save()
    root = ask(
        client,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier(library.climate_report),
    )
    assert texts(root, ".//dc:relation") == []


def test_an_expired_record_keeps_only_its_header(client, library):
    page = PublicationPageFactory(parent=library.site.publications, title="Never seen")
    publish(page, at(2024, 5, 1))
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()
    got = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    # It was public once (published in 2024), so a deleted record; its title is gone.
    assert got.find(".//oai:header", NS).get("status") == "deleted"
    assert b"Never seen" not in etree.tostring(got)


HOSTILE = ["\x00", "a\x00b", "<script>alert(1)</script>", "x" * 3000, "'; DROP TABLE x; --"]


@pytest.mark.parametrize("value", HOSTILE, ids=["nul", "nul-inside", "markup", "long", "sql"])
@pytest.mark.parametrize(
    ("params", "argument", "code"),
    [
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc"}, "from", "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc"}, "until", "badArgument"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}, "set", "badArgument"),
        ({"verb": "ListIdentifiers"}, "metadataPrefix", "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "identifier", "idDoesNotExist"),
        ({"verb": "ListMetadataFormats"}, "identifier", "idDoesNotExist"),
        ({"verb": "ListRecords"}, "resumptionToken", "badResumptionToken"),
        ({"verb": "Identify"}, "colour", "badArgument"),
        ({}, "verb", "badVerb"),
    ],
)
def test_invalid_values_are_refused_and_never_repeated(
    client, library, params, argument, code, value
):
    response = client.get("/oai/", {**params, argument: value})
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert errors(root) == [code]
    assert value not in root.find("oai:error", NS).text
    assert argument not in root.find("oai:request", NS).attrib
    assert b"\x00" not in response.content and b"<script>" not in response.content


def test_a_name_that_is_no_argument_is_not_repeated_either(client, library):
    root = ask(client, verb="Identify", **{"<marker>": "1"})
    assert errors(root) == ["badArgument"]
    assert "marker" not in root.find("oai:error", NS).text


@pytest.mark.parametrize(
    "query",
    [
        "verb=ListRecords&metadataPrefix=oai_dc&from=0000-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&from=99999-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&until=9999-12-31T23:59:59Z",
        "verb=ListRecords&metadataPrefix=oai_dc&from=0001-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&from=2024-01-02",
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:publication:" + "9" * 18,
    ],
)
def test_extreme_dates_and_ids_are_answered_by_the_protocol(client, library, query):
    response = client.get(f"/oai/?{query}")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    codes = errors(root)
    assert codes == [] or set(codes) <= {"badArgument", "noRecordsMatch", "idDoesNotExist"}
