"""The OAI-PMH endpoint, request by request: verbs, arguments, errors, records, deletions."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction, Site

import pytest
import time_machine
from lxml import etree

from cec_site.home.factories import PdfDocumentFactory
from publications.factories import PublicationPageFactory
from tests.oai.conftest import NS, OAI_NS, at, identifier, publish

pytestmark = pytest.mark.django_db

DATESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def ask(client, method="get", **params):
    """The endpoint's answer, parsed strictly (a malformed document fails the test)."""
    response = getattr(client, method)("/oai/", params)
    assert response.status_code == 200, "OAI-PMH errors travel in the XML, with HTTP 200"
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    root = etree.fromstring(response.content)
    check_envelope(root)
    return root


def check_envelope(root):
    """The shape OAI-PMH.xsd prescribes for every response."""
    assert root.tag == f"{{{OAI_NS}}}OAI-PMH"
    assert root.get(f"{{{NS['xsi']}}}schemaLocation") == (
        f"{OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
    )
    children = [etree.QName(child).localname for child in root]
    assert children[:2] == ["responseDate", "request"]
    assert DATESTAMP.fullmatch(root[0].text)
    assert root[1].text == "http://testserver/oai/"
    assert children[2:] == ["error"] * len(children[2:]) or len(children) == 3


def errors(root):
    return [error.get("code") for error in root.findall("oai:error", NS)]


def texts(element, path):
    return [found.text for found in element.findall(path, NS)]


def identifiers(root):
    return texts(root, ".//oai:header/oai:identifier")


def harvest(client, **params):
    """Every identifier of a ListIdentifiers list, following its resumption tokens."""
    seen = []
    while True:
        root = ask(client, verb="ListIdentifiers", **params)
        seen += identifiers(root)
        token = root.find(".//oai:resumptionToken", NS)
        if token is None or token.text is None:
            return seen
        params = {"resumptionToken": token.text}


class TestIdentify:
    def test_describes_the_repository(self, client, library):
        root = ask(client, verb="Identify")
        assert root.find("oai:request", NS).attrib == {"verb": "Identify"}
        identify = root.find("oai:Identify", NS)
        assert [etree.QName(child).localname for child in identify] == [
            "repositoryName",
            "baseURL",
            "protocolVersion",
            "adminEmail",
            "earliestDatestamp",
            "deletedRecord",
            "granularity",
        ]
        assert texts(identify, "oai:baseURL") == ["http://testserver/oai/"]
        assert texts(identify, "oai:protocolVersion") == ["2.0"]
        assert "@" in identify.find("oai:adminEmail", NS).text
        # The oldest datestamp: the withdrawn report (published 2024-02-01) now carries the
        # date it was unpublished, so the climate report is the oldest.
        assert texts(identify, "oai:earliestDatestamp") == ["2024-03-05T14:30:15Z"]
        assert texts(identify, "oai:deletedRecord") == ["persistent"]
        assert texts(identify, "oai:granularity") == ["YYYY-MM-DDThh:mm:ssZ"]

    def test_a_domain_name_host_is_described_as_an_oai_identifier(self, client, library):
        Site.objects.update(hostname="www.cec.org")
        root = ask(client, verb="Identify")
        description = root.find("oai:Identify/oai:description/id:oai-identifier", NS)
        assert texts(description, "id:repositoryIdentifier") == ["www.cec.org"]
        assert texts(description, "id:sampleIdentifier") == ["oai:www.cec.org:publication:1"]


class TestBadVerb:
    @pytest.mark.parametrize(
        "query",
        ["", "verb=", "verb=ListThings", "verb=identify", "verb=Identify&verb=Identify"],
        ids=["missing", "empty", "unknown", "wrong-case", "repeated"],
    )
    def test_answers_bad_verb_and_echoes_no_arguments(self, client, library, query):
        response = client.get(f"/oai/?{query}")
        root = etree.fromstring(response.content)
        check_envelope(root)
        assert errors(root) == ["badVerb"]
        assert root.find("oai:request", NS).attrib == {}


class TestBadArgument:
    @pytest.mark.parametrize(
        "params",
        [
            {"verb": "Identify", "metadataPrefix": "oai_dc"},
            {"verb": "ListRecords"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"},
            {"verb": "ListRecords", "metadataPrefix": ""},
            {"verb": "GetRecord", "metadataPrefix": "oai_dc"},
            {"verb": "GetRecord", "identifier": "oai:localhost:publication:1"},
            {"verb": "ListSets", "set": "climate-change"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-13-01"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2024-02-30"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01T00:00:00"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01T00:00Z"},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01 "},
            {
                "verb": "ListIdentifiers",
                "metadataPrefix": "oai_dc",
                "from": "2024-01-01",
                "until": "2024-06-01T00:00:00Z",
            },
            {
                "verb": "ListIdentifiers",
                "metadataPrefix": "oai_dc",
                "from": "2024-06-02",
                "until": "2024-06-01",
            },
            {"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
        ],
        ids=[
            "identify-takes-none",
            "missing-prefix",
            "illegal-argument",
            "empty-prefix",
            "getrecord-without-identifier",
            "getrecord-without-prefix",
            "listsets-takes-no-set",
            "words-for-a-date",
            "month-13",
            "february-30",
            "no-z",
            "no-seconds",
            "trailing-space",
            "mixed-granularities",
            "from-after-until",
            "token-is-exclusive",
        ],
    )
    def test_answers_bad_argument(self, client, library, params):
        root = ask(client, **params)
        assert errors(root) == ["badArgument"]
        assert root.find("oai:request", NS).attrib == {}

    def test_a_repeated_argument(self, client, library):
        response = client.get("/oai/?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
        assert errors(etree.fromstring(response.content)) == ["badArgument"]


class TestOtherErrors:
    def test_cannot_disseminate_other_formats(self, client, library):
        for verb in ("ListRecords", "ListIdentifiers"):
            root = ask(client, verb=verb, metadataPrefix="marc21")
            assert errors(root) == ["cannotDisseminateFormat"]
            assert root.find("oai:request", NS).attrib == {
                "verb": verb,
                "metadataPrefix": "marc21",
            }
        root = ask(
            client,
            verb="GetRecord",
            metadataPrefix="mods",
            identifier=identifier(library.climate_report),
        )
        assert errors(root) == ["cannotDisseminateFormat"]

    @pytest.mark.parametrize(
        "name", ["unknown", "draft", "confidential", "other-host", "not-an-identifier"]
    )
    def test_id_does_not_exist(self, client, library, name):
        value = {
            "unknown": "oai:localhost:publication:999999",
            "draft": identifier(library.draft),
            "confidential": identifier(library.confidential),
            "other-host": f"oai:example.org:publication:{library.climate_report.pk}",
            "not-an-identifier": "'; DROP TABLE wagtailcore_page; --",
        }[name]
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=value)
        assert errors(root) == ["idDoesNotExist"]
        echoed = root.find("oai:request", NS).get("identifier")
        # An identifier is echoed only when it is one by its syntax (a URI, no spaces).
        assert echoed == (None if name == "not-an-identifier" else value)
        assert value not in root.find("oai:error", NS).text
        root = ask(client, verb="ListMetadataFormats", identifier=value)
        assert errors(root) == ["idDoesNotExist"]

    @pytest.mark.parametrize(
        "extra",
        [{"from": "2030-01-01"}, {"until": "2000-01-01"}, {"set": "no-such-topic"}],
        ids=["from-the-future", "until-the-past", "unknown-set"],
    )
    def test_no_records_match(self, client, library, extra):
        root = ask(client, verb="ListRecords", metadataPrefix="oai_dc", **extra)
        assert errors(root) == ["noRecordsMatch"]

    @pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers", "ListSets"])
    def test_bad_resumption_tokens(self, client, library, settings, verb):
        settings.OAI_PAGE_SIZE = 1
        token = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc").find(
            ".//oai:resumptionToken", NS
        )
        tampered = token.text[:-3] + ("AAA" if not token.text.endswith("AAA") else "BBB")
        for bad in ("nonsense", tampered, token.text.replace(":", "")):
            root = ask(client, verb=verb, resumptionToken=bad)
            assert errors(root) == ["badResumptionToken"]
            assert root.find("oai:request", NS).attrib == {"verb": verb, "resumptionToken": bad}
        if verb != "ListIdentifiers":  # a token only resumes the list it came from
            root = ask(client, verb=verb, resumptionToken=token.text)
            assert errors(root) == ["badResumptionToken"]


class TestMetadataFormatsAndSets:
    def test_oai_dc_is_the_format(self, client, library):
        for extra in ({}, {"identifier": identifier(library.climate_report)}):
            root = ask(client, verb="ListMetadataFormats", **extra)
            formats = root.findall("oai:ListMetadataFormats/oai:metadataFormat", NS)
            assert [
                (
                    f.find("oai:metadataPrefix", NS).text,
                    f.find("oai:schema", NS).text,
                    f.find("oai:metadataNamespace", NS).text,
                )
                for f in formats
            ] == [
                (
                    "oai_dc",
                    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
                    "http://www.openarchives.org/OAI/2.0/oai_dc/",
                )
            ]

    def test_topics_are_the_sets_once_each_across_languages(self, client, library):
        root = ask(client, verb="ListSets")
        sets = [
            (s.find("oai:setSpec", NS).text, s.find("oai:setName", NS).text)
            for s in root.findall("oai:ListSets/oai:set", NS)
        ]
        assert sets == [("climate-change", "Climate Change"), ("enforcement", "Enforcement")]


class TestRecords:
    def test_get_record_in_oai_dc(self, client, library):
        page = library.climate_report
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
        record = root.find("oai:GetRecord/oai:record", NS)
        assert [etree.QName(child).localname for child in record] == ["header", "metadata"]
        header = record.find("oai:header", NS)
        assert header.get("status") is None
        assert texts(header, "oai:identifier") == [identifier(page)]
        assert texts(header, "oai:datestamp") == ["2024-03-05T14:30:15Z"]
        assert texts(header, "oai:setSpec") == ["climate-change"]
        dc = record.find("oai:metadata/oai_dc:dc", NS)
        assert dc.get(f"{{{NS['xsi']}}}schemaLocation") == (
            "http://www.openarchives.org/OAI/2.0/oai_dc/ "
            "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
        )
        page_url = "http://localhost/publications/mapping-carbon-sinks/"
        elements = {}
        for child in dc:
            elements.setdefault(etree.QName(child).localname, []).append(child.text)
        assert elements == {
            "title": ["Mapping North American Carbon Sinks: A continental assessment"],
            "creator": ["Jane Doe", "John Roe"],
            "subject": ["Climate Change"],
            "description": [page.summary],
            "publisher": ["Commission for Environmental Cooperation"],
            "date": ["2024-03-05"],
            "type": ["Text", "Report"],
            "format": ["application/pdf"],
            "identifier": [
                page_url,
                page_url + "download/",
                "urn:isbn:978-2-89700-312-8",
                "https://doi.org/10.1234/cec.2024.1",
            ],
            "language": ["en"],
            "relation": [library.climate_report_fr.get_full_url()],
        }

    def test_titles_read_well_and_characters_xml_cannot_carry_are_dropped(self, client, library):
        page = PublicationPageFactory(
            parent=library.site.publications,
            title="What Have We Learned?",
            subtitle="A Retrospective\x0b Review",
        )
        publish(page, at(2025, 1, 1))
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
        assert texts(root, ".//dc:title") == ["What Have We Learned? A Retrospective Review"]

    def test_the_french_edition_is_a_record_of_its_own(self, client, library):
        page = library.climate_report_fr
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
        dc = root.find(".//oai_dc:dc", NS)
        assert texts(dc, "dc:title") == ["Cartographie des puits de carbone"]
        assert texts(dc, "dc:language") == ["fr"]
        assert texts(dc, "dc:subject") == ["Changement climatique"]
        assert texts(dc, "dc:identifier")[0] == page.get_full_url()
        assert "/fr/" in page.get_full_url()
        # The English edition: its page, and its counted download (it has a PDF).
        english = library.climate_report.get_full_url()
        assert texts(dc, "dc:relation") == [english, english + "download/"]
        # Same topic, other language: the same set.
        assert texts(root, ".//oai:header/oai:setSpec") == ["climate-change"]

    def test_each_edition_names_the_others_with_their_counted_downloads(self, client, library):
        """Its own language, its own page and download (application/pdf); the others as
        relations, each its page then its download when it has a PDF of its own."""
        french = library.climate_report_fr
        french.document = PdfDocumentFactory()
        french.save_revision().publish()
        english_url = library.climate_report.get_full_url()
        french_url = french.get_full_url()
        english = ask(
            client,
            verb="GetRecord",
            metadataPrefix="oai_dc",
            identifier=identifier(library.climate_report),
        ).find(".//oai_dc:dc", NS)
        assert texts(english, "dc:language") == ["en"]
        assert texts(english, "dc:format") == ["application/pdf"]
        assert texts(english, "dc:identifier")[:2] == [english_url, english_url + "download/"]
        assert texts(english, "dc:relation") == [french_url, french_url + "download/"]
        assert french_url == "http://localhost/fr/publications/cartographie-des-puits-de-carbone/"
        response = client.get(
            (french_url + "download/").removeprefix("http://localhost"),
            HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        )
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        french_record = ask(
            client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(french)
        ).find(".//oai_dc:dc", NS)
        assert texts(french_record, "dc:identifier")[:2] == [french_url, french_url + "download/"]
        assert texts(french_record, "dc:relation") == [english_url, english_url + "download/"]

    def test_an_edition_without_a_pdf_has_no_download_and_no_format(self, client, library):
        root = ask(
            client,
            verb="GetRecord",
            metadataPrefix="oai_dc",
            identifier=identifier(library.enforcement_report),
        )
        dc = root.find(".//oai_dc:dc", NS)
        assert texts(dc, "dc:format") == []
        assert texts(dc, "dc:identifier") == [library.enforcement_report.get_full_url()]

    def test_list_records_gives_every_public_edition_and_the_withdrawn_one_as_deleted(
        self, client, library
    ):
        root = ask(client, verb="ListRecords", metadataPrefix="oai_dc")
        records = root.findall("oai:ListRecords/oai:record", NS)
        live = [r for r in records if r.find("oai:header", NS).get("status") is None]
        deleted = [r for r in records if r.find("oai:header", NS).get("status") == "deleted"]
        assert sorted(identifiers(root)) == sorted(
            identifier(page) for page in [*library.public, library.withdrawn]
        )
        assert len(live) == 3 and all(r.find("oai:metadata", NS) is not None for r in live)
        assert len(deleted) == 1
        assert [etree.QName(child).localname for child in deleted[0]] == ["header"]
        assert root.find(".//oai:resumptionToken", NS) is None, "all fit on one page"

    def test_post_is_answered_like_get(self, client, library):
        get = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="enforcement")
        post = ask(
            client, "post", verb="ListIdentifiers", metadataPrefix="oai_dc", set="enforcement"
        )
        assert identifiers(get) == identifiers(post) == [identifier(library.enforcement_report)]
        assert post.find("oai:request", NS).attrib == {
            "verb": "ListIdentifiers",
            "metadataPrefix": "oai_dc",
            "set": "enforcement",
        }

    def test_other_http_methods_are_refused(self, client, library):
        assert client.put("/oai/?verb=Identify").status_code == 405


class TestSelectiveHarvesting:
    def test_by_set(self, client, library):
        root = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="climate-change")
        assert sorted(identifiers(root)) == sorted(
            identifier(page)
            for page in (library.climate_report, library.climate_report_fr, library.withdrawn)
        )

    @pytest.mark.parametrize(
        ("start", "end", "expected"),
        [
            ("2024-03-05", "2024-03-05", ["climate_report"]),
            ("2024-03-05T14:30:15Z", "2024-03-05T14:30:15Z", ["climate_report"]),
            (
                "2024-03-05T14:30:16Z",
                None,
                ["enforcement_report", "climate_report_fr", "withdrawn"],
            ),
            (None, "2024-03-05T14:30:14Z", []),
            ("2024-07-17", "2024-09-02", ["enforcement_report", "climate_report_fr"]),
            ("2024-10-01T12:00:00Z", None, ["withdrawn"]),
        ],
    )
    def test_by_date_both_ends_included(self, client, library, start, end, expected):
        params = {"from": start, "until": end}
        root = ask(
            client,
            verb="ListIdentifiers",
            metadataPrefix="oai_dc",
            **{key: value for key, value in params.items() if value},
        )
        if not expected:
            assert errors(root) == ["noRecordsMatch"]
            return
        assert sorted(identifiers(root)) == sorted(
            identifier(getattr(library, name)) for name in expected
        )

    def test_by_set_and_date(self, client, library):
        root = ask(
            client,
            verb="ListIdentifiers",
            metadataPrefix="oai_dc",
            set="climate-change",
            **{"from": "2024-09-01", "until": "2024-09-30"},
        )
        assert identifiers(root) == [identifier(library.climate_report_fr)]


class TestResumption:
    def test_pages_carry_a_cursor_and_the_list_size_and_end_with_an_empty_token(
        self, client, library, settings
    ):
        settings.OAI_PAGE_SIZE = 3
        first = ask(client, verb="ListRecords", metadataPrefix="oai_dc")
        token = first.find("oai:ListRecords/oai:resumptionToken", NS)
        assert token.attrib == {"completeListSize": "4", "cursor": "0"}
        assert len(identifiers(first)) == 3
        second = ask(client, verb="ListRecords", resumptionToken=token.text)
        last = second.find("oai:ListRecords/oai:resumptionToken", NS)
        assert last.attrib == {"completeListSize": "4", "cursor": "3"}
        assert last.text is None, "an empty token tells the harvester the list is complete"
        harvested = identifiers(first) + identifiers(second)
        assert sorted(harvested) == sorted(
            identifier(page) for page in [*library.public, library.withdrawn]
        )

    def test_a_token_keeps_the_original_selection(self, client, library, settings):
        settings.OAI_PAGE_SIZE = 1
        seen = harvest(client, metadataPrefix="oai_dc", set="climate-change")
        assert len(seen) == 3
        assert sorted(seen) == sorted(
            identifier(page)
            for page in (library.climate_report, library.climate_report_fr, library.withdrawn)
        )

    def test_a_publication_added_mid_harvest_is_not_lost(self, client, library, settings):
        settings.OAI_PAGE_SIZE = 2
        first = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
        token = first.find(".//oai:resumptionToken", NS).text
        newcomer = publish(PublicationPageFactory(parent=library.site.publications), at(2025, 1, 1))
        rest = harvest(client, resumptionToken=token)
        assert identifier(newcomer) in rest
        assert len(identifiers(first) + rest) == 5


class TestDeletedRecords:
    def test_an_unpublished_publication_is_deleted_as_of_its_unpublishing(self, client, library):
        root = ask(
            client,
            verb="GetRecord",
            metadataPrefix="oai_dc",
            identifier=identifier(library.withdrawn),
        )
        record = root.find("oai:GetRecord/oai:record", NS)
        header = record.find("oai:header", NS)
        assert header.get("status") == "deleted"
        assert texts(header, "oai:datestamp") == ["2024-10-01T12:00:00Z"]
        assert texts(header, "oai:setSpec") == ["climate-change"]
        assert record.find("oai:metadata", NS) is None

    def test_republished_it_comes_back_with_a_new_datestamp(self, client, library):
        publish(library.withdrawn, at(2024, 11, 5, 10, 0, 0))
        root = ask(
            client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2024-11-01"}
        )
        header = root.find("oai:ListIdentifiers/oai:header", NS)
        assert header.get("status") is None
        assert texts(header, "oai:datestamp") == ["2024-11-05T10:00:00Z"]

    def test_a_deleted_publication_stays_as_a_deleted_record(self, client, library):
        page_id = library.enforcement_report.pk
        with time_machine.travel(at(2024, 12, 24, 18, 0, 0), tick=False):
            library.enforcement_report.delete()
        root = ask(
            client,
            verb="ListIdentifiers",
            metadataPrefix="oai_dc",
            **{"from": "2024-12-24T18:00:00Z"},
        )
        header = root.find("oai:ListIdentifiers/oai:header", NS)
        assert header.get("status") == "deleted"
        assert texts(header, "oai:identifier") == [f"oai:localhost:publication:{page_id}"]
        assert texts(header, "oai:datestamp") == ["2024-12-24T18:00:00Z"]
        got = ask(
            client,
            verb="GetRecord",
            metadataPrefix="oai_dc",
            identifier=f"oai:localhost:publication:{page_id}",
        )
        assert got.find(".//oai:header", NS).get("status") == "deleted"

    def test_a_publication_made_private_is_deleted_as_of_the_restriction(self, client, library):
        with time_machine.travel(at(2025, 2, 3, 4, 5, 6), tick=False):
            PageViewRestriction.objects.create(
                page=library.site.publications, restriction_type=PageViewRestriction.LOGIN
            )
        root = ask(
            client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2025-01-01"}
        )
        headers = root.findall("oai:ListIdentifiers/oai:header", NS)
        # Every English edition is now private; the French one stays public. (The already
        # withdrawn and the confidential reports are deleted records too: whether they were
        # public in between, the audit log cannot tell, and a deletion reveals only an id.)
        english = [
            library.climate_report,
            library.enforcement_report,
            library.withdrawn,
            library.confidential,
        ]
        assert sorted(identifiers(root)) == sorted(map(identifier, english))
        assert {(h.get("status"), h.find("oai:datestamp", NS).text) for h in headers} == {
            ("deleted", "2025-02-03T04:05:06Z")
        }


def test_queries_per_page_do_not_grow_with_the_page(
    client, library, settings, django_assert_max_num_queries
):
    for n in range(12):
        page = PublicationPageFactory(
            parent=library.site.publications,
            topics=[library.site.climate, library.site.enforcement],
        )
        publish(page, at(2024, 4, 1 + n))

    def queries_for(page_size):
        settings.OAI_PAGE_SIZE = page_size
        with CaptureQueriesContext(connection) as queries:
            root = ask(client, verb="ListRecords", metadataPrefix="oai_dc")
        assert len(root.findall(".//oai:record", NS)) == page_size
        return len(queries)

    # Cold, the site's root paths and the content type are not cached yet: two more.
    with django_assert_max_num_queries(12):
        queries_for(14)
    assert queries_for(2) == queries_for(14)


def test_queries_do_not_grow_with_the_editions_and_their_files(client, library, settings, locales):
    """Records whose other editions each have a PDF of their own (relations with downloads):
    still as many queries for 2 records as for 14."""
    from tests.oai.conftest import translate

    for n in range(6):
        page = PublicationPageFactory(
            parent=library.site.publications, document=PdfDocumentFactory()
        )
        publish(page, at(2024, 4, 1 + n))
        translate(page, locales["fr"], at(2024, 4, 1 + n), document=PdfDocumentFactory())

    def queries_for(page_size):
        settings.OAI_PAGE_SIZE = page_size
        with CaptureQueriesContext(connection) as queries:
            root = ask(client, verb="ListRecords", metadataPrefix="oai_dc")
        records = root.findall(".//oai:record", NS)
        assert len(records) == page_size
        return len(queries), root

    queries_for(2)  # the site's root paths and the content type cached
    few, _root = queries_for(2)
    many, root = queries_for(14)
    assert few == many
    relations = texts(root, ".//dc:relation")
    assert sum(url.endswith("/download/") for url in relations) >= 10
