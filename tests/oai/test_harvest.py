"""A real harvester (oaipmh-scythe) over HTTP against a live server, as a library would run it."""

from collections import Counter

import pytest
from oaipmh_scythe import Scythe
from oaipmh_scythe.config import HTTPConfig
from oaipmh_scythe.exceptions import (
    BadArgument,
    BadResumptionToken,
    BadVerb,
    CannotDisseminateFormat,
    IdDoesNotExist,
    NoRecordsMatch,
)
from oaipmh_scythe.iterator import OAIResponseIterator

from publications.factories import PublicationPageFactory
from tests.oai.conftest import at, identifier, publish

# The live server answers from another thread: the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def shelf(library):
    """Eleven more English reports, so that a harvest takes several resumption tokens."""
    more = []
    for n in range(11):
        page = PublicationPageFactory(
            parent=library.site.publications, topics=[library.site.enforcement]
        )
        more.append(publish(page, at(2024, 6, 1 + n, 10, 0, 0)))
    library.public = [*library.public, *more]
    return library


@pytest.fixture
def endpoint(live_server):
    return f"{live_server.url}/oai/"


@pytest.mark.parametrize("http_method", ["GET", "POST"])
def test_a_full_harvest_gets_every_published_publication_once(
    endpoint, shelf, settings, http_method
):
    settings.OAI_PAGE_SIZE = 4
    config = HTTPConfig(http_method=http_method)
    with Scythe(endpoint, http_config=config) as scythe:
        records = list(scythe.list_records(metadata_prefix="oai_dc"))
    with Scythe(endpoint, http_config=config, iterator=OAIResponseIterator) as scythe:
        responses = list(scythe.list_records(metadata_prefix="oai_dc"))

    live = [record for record in records if not record.deleted]
    counts = Counter(record.header.identifier for record in live)
    assert set(counts) == {identifier(page) for page in shelf.public}
    assert max(counts.values()) == 1, "no record twice"
    assert len(live) == 14
    # The withdrawn report comes as a deleted record; the draft and the private one never.
    assert [record.header.identifier for record in records if record.deleted] == [
        identifier(shelf.withdrawn)
    ]
    # 15 records at 4 a page: four responses, three resumption tokens followed.
    assert len(responses) == 4
    titles = {record.header.identifier: record.metadata["title"] for record in live}
    assert titles[identifier(shelf.climate_report)] == [
        "Mapping North American Carbon Sinks: A continental assessment"
    ]
    assert titles[identifier(shelf.climate_report_fr)] == ["Cartographie des puits de carbone"]


def test_selective_harvest_by_set_and_dates(endpoint, shelf, settings):
    settings.OAI_PAGE_SIZE = 3
    with Scythe(endpoint) as scythe:
        climate = [header.identifier for header in scythe.list_identifiers(set_="climate-change")]
        june = [
            header.identifier
            for header in scythe.list_identifiers(
                set_="enforcement", from_="2024-06-03", until="2024-06-05"
            )
        ]
    assert sorted(climate) == sorted(
        identifier(page)
        for page in (shelf.climate_report, shelf.climate_report_fr, shelf.withdrawn)
    )
    assert len(june) == 3


def test_identify_sets_formats_and_one_record(endpoint, shelf):
    with Scythe(endpoint) as scythe:
        identify = scythe.identify()
        sets = {s.setSpec: s.setName for s in scythe.list_sets()}
        formats = [f.metadataPrefix for f in scythe.list_metadata_formats()]
        record = scythe.get_record(identifier(shelf.climate_report))
    assert identify.baseURL == endpoint
    assert identify.protocolVersion == "2.0"
    assert identify.deletedRecord == "persistent"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert sets == {"climate-change": "Climate Change", "enforcement": "Enforcement"}
    assert formats == ["oai_dc"]
    assert record.metadata["creator"] == ["Jane Doe", "John Roe"]
    assert record.metadata["language"] == ["en"]
    assert record.header.setSpecs == ["climate-change"]


def test_errors_reach_the_harvester_as_oai_errors(endpoint, shelf):
    with Scythe(endpoint) as scythe:
        for query, error in [
            ({"verb": "Harvest"}, BadVerb),
            ({}, BadVerb),
            ({"verb": "ListRecords"}, BadArgument),
            (
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-99-99"},
                BadArgument,
            ),
            ({"verb": "ListRecords", "resumptionToken": "forged"}, BadResumptionToken),
            ({"verb": "ListRecords", "metadataPrefix": "marc21"}, CannotDisseminateFormat),
            (
                {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:x:y"},
                IdDoesNotExist,
            ),
            (
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2099-01-01"},
                NoRecordsMatch,
            ),
        ]:
            with pytest.raises(error):
                scythe.harvest(query)
