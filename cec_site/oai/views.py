"""The OAI-PMH 2.0 endpoint at /oai/: library harvesters collect every publication from it
(every page of the sections that open the OAI door: cec_site/oai/queries.py).

Errors are answered as the protocol asks: HTTP 200 with an <error> element.
"""

import re
from functools import cached_property

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from lxml import etree

from cec_site.core.models import SiteSettings
from cec_site.oai import dublin_core, protocol, queries
from cec_site.oai.protocol import OAIError

OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_IDENTIFIER_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
XSI = dublin_core.XSI_NAMESPACE
# The oai-identifier scheme's repositoryIdentifier: a domain name.
DOMAIN_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+")
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_ID = 2**31 - 1  # page ids are 32-bit integers in the database


def page_size():
    return max(1, int(getattr(settings, "OAI_PAGE_SIZE", DEFAULT_PAGE_SIZE)))


def oai(name):
    return f"{{{OAI_NAMESPACE}}}{name}"


def sub(parent, name, text=None, **attributes):
    element = etree.SubElement(parent, oai(name), attributes)
    if text is not None:
        element.text = dublin_core.xml_text(text)
    return element


class Repository:
    """The site as an OAI-PMH repository: its base URL, identifiers and records."""

    def __init__(self, request):
        self.request = request
        self.base_url = request.build_absolute_uri(reverse("oai:endpoint"))
        # Identifiers name the default site's host, not the request's: the same record keeps
        # the same identifier whichever address a harvester uses.
        self.site = Site.objects.filter(is_default_site=True).first()
        host = self.site.hostname if self.site else request.get_host().rsplit(":", 1)[0]
        self.host = host
        self.sections = queries.oai_sections()  # {content type id: section}
        # oai:<host>:<the section's word>:<page id>, e.g. oai:cec.org:publication:123
        self.words = {pk: s.dublin_core.identifier for pk, s in self.sections.items()}
        words = "|".join(re.escape(word) for word in self.words.values()) or "record"
        self.identifier_pattern = re.compile(rf"oai:{re.escape(host)}:({words}):([1-9]\d{{0,17}})")

    def identifier(self, page_id, content_type_id=None):
        default = next(iter(self.words.values()), "record")
        return f"oai:{self.host}:{self.words.get(content_type_id, default)}:{page_id}"

    def page_id(self, identifier):
        """The page id and content type id an identifier names."""
        match = self.identifier_pattern.fullmatch(identifier)
        if match is None:
            raise OAIError("idDoesNotExist", "No record has this identifier.")
        word, page_id = match.group(1), int(match.group(2))
        return page_id, next(pk for pk, known in self.words.items() if known == word)

    @cached_property
    def records(self):
        return queries.Records(self.sections)

    def stamp(self, identifier):
        page_id, content_type_id = self.page_id(identifier)
        stamp = self.records.get(page_id, content_type_id) if page_id <= MAX_PAGE_ID else None
        if stamp is None:
            raise OAIError("idDoesNotExist", "No record has this identifier.")
        return stamp


# Verbs ---------------------------------------------------------------------------------


def identify(repository, request, response):
    element = sub(response, "Identify")
    site_name = repository.site.site_name if repository.site else ""
    sub(element, "repositoryName", site_name or settings.WAGTAIL_SITE_NAME)
    sub(element, "baseURL", repository.base_url)
    sub(element, "protocolVersion", "2.0")
    contact = SiteSettings.for_site(repository.site).contact_email if repository.site else ""
    sub(element, "adminEmail", contact or settings.DEFAULT_FROM_EMAIL)
    earliest = repository.records.earliest_datestamp() or timezone.now()
    sub(element, "earliestDatestamp", protocol.format_datestamp(earliest))
    # Unpublished pages stay in the page tree and deletions in Wagtail's audit log, which
    # Wagtail never prunes: deletions are kept with no time limit.
    sub(element, "deletedRecord", "persistent")
    sub(element, "granularity", protocol.GRANULARITY)
    if DOMAIN_NAME.fullmatch(repository.host):
        description = sub(element, "description")
        identifier = etree.SubElement(
            description,
            f"{{{OAI_IDENTIFIER_NAMESPACE}}}oai-identifier",
            nsmap={None: OAI_IDENTIFIER_NAMESPACE, "xsi": XSI},
        )
        identifier.set(
            f"{{{XSI}}}schemaLocation", f"{OAI_IDENTIFIER_NAMESPACE} {OAI_IDENTIFIER_SCHEMA}"
        )
        for name, value in (
            ("scheme", "oai"),
            ("repositoryIdentifier", repository.host),
            ("delimiter", ":"),
            ("sampleIdentifier", repository.identifier(1)),
        ):
            etree.SubElement(identifier, f"{{{OAI_IDENTIFIER_NAMESPACE}}}{name}").text = value


def list_metadata_formats(repository, request, response):
    if "identifier" in request.arguments:
        repository.stamp(request.arguments["identifier"])  # idDoesNotExist when unknown
    element = sub(response, "ListMetadataFormats")
    metadata_format = sub(element, "metadataFormat")
    for name, value in dublin_core.METADATA_FORMAT.items():
        sub(metadata_format, name, value)


def list_sets(repository, request, response):
    topic_sets = queries.TopicSets()
    if not topic_sets.sets:
        raise OAIError("noSetHierarchy", "There are no topics yet, so no sets.")
    element = sub(response, "ListSets")
    for topic_set in topic_sets.sets:
        set_element = sub(element, "set")
        sub(set_element, "setSpec", topic_set.spec)
        sub(set_element, "setName", topic_set.name)


def check_metadata_prefix(request):
    prefix = protocol.metadata_prefix(request)
    if prefix != protocol.METADATA_PREFIX:
        raise OAIError(
            "cannotDisseminateFormat", "This repository disseminates one format only: oai_dc."
        )


def get_record(repository, request, response):
    check_metadata_prefix(request)
    stamp = repository.stamp(request.arguments["identifier"])
    writer = RecordWriter(repository, [stamp], with_metadata=True)
    writer.write(sub(response, "GetRecord"))


def list_records(repository, request, response, *, with_metadata=True):
    check_metadata_prefix(request)
    topic_sets = queries.TopicSets()
    topic_key = None
    if request.set_spec is not None:
        if request.set_spec not in topic_sets.by_spec:
            raise OAIError("noRecordsMatch", "There is no such set.")
        topic_key = topic_sets.by_spec[request.set_spec].topic_key
    selection = queries.Selection(start=request.start, end=request.end, topic_key=topic_key)
    size = page_size()
    stamps = repository.records.after(selection, request.after_id, size + 1)
    more = len(stamps) > size
    stamps = stamps[:size]
    if not stamps:
        raise OAIError("noRecordsMatch", "No records match these arguments.")
    element = sub(response, "ListRecords" if with_metadata else "ListIdentifiers")
    RecordWriter(repository, stamps, with_metadata=with_metadata, topic_sets=topic_sets).write(
        element
    )
    if more or request.resumed:
        complete_list_size = repository.records.count(selection)
        token = sub(
            element,
            "resumptionToken",
            completeListSize=str(max(complete_list_size, request.cursor + len(stamps))),
            cursor=str(request.cursor),
        )
        if more:
            token.text = protocol.make_token(
                request, after_id=stamps[-1].id, cursor=request.cursor + len(stamps)
            )


def list_identifiers(repository, request, response):
    list_records(repository, request, response, with_metadata=False)


VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}


class RecordWriter:
    """Headers (and metadata) of a page of records, in a fixed number of queries."""

    def __init__(self, repository, stamps, *, with_metadata, topic_sets=None):
        self.repository = repository
        self.stamps = stamps
        self.with_metadata = with_metadata
        self.topic_sets = topic_sets or queries.TopicSets()
        self.pages = queries.record_pages(repository.sections, stamps)
        self.editions = {}
        if with_metadata:
            live = {}
            for stamp in stamps:
                if not stamp.deleted and stamp.id in self.pages:
                    live.setdefault(stamp.content_type_id, []).append(self.pages[stamp.id])
            for content_type_id, pages in live.items():
                section = repository.sections[content_type_id]
                self.editions[content_type_id] = queries.editions(section, pages)

    def write(self, parent):
        for stamp in self.stamps:
            if self.with_metadata:
                record = sub(parent, "record")
                self.header(record, stamp)
                if not stamp.deleted:
                    sub(record, "metadata").append(self.metadata(stamp))
            else:
                self.header(parent, stamp)

    def header(self, parent, stamp):
        attributes = {"status": "deleted"} if stamp.deleted else {}
        header = sub(parent, "header", **attributes)
        sub(header, "identifier", self.repository.identifier(stamp.id, stamp.content_type_id))
        sub(header, "datestamp", protocol.format_datestamp(stamp.datestamp))
        page = self.pages.get(stamp.id)
        if page is not None:
            topic_field = self.repository.sections[stamp.content_type_id].topic_field
            for spec in self.topic_sets.specs_for(page, topic_field):
                sub(header, "setSpec", spec)

    def metadata(self, stamp):
        """The record's oai_dc, from its section's Dublin Core elements; the other language
        editions are the public ones, this page left out."""
        page = self.pages[stamp.id]
        section = self.repository.sections[stamp.content_type_id]
        editions = self.editions.get(stamp.content_type_id, {}).get(page.translation_key, [])
        others = [edition for edition in editions if edition.pk != page.pk]
        pairs = section.dublin_core.elements(page, self.repository.request, others)
        return dublin_core.oai_dc(pairs)


# The endpoint --------------------------------------------------------------------------


@csrf_exempt  # harvesters POST without a CSRF token; nothing here changes state
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    params = request.POST if request.method == "POST" else request.GET
    repository = Repository(request)
    response = etree.Element(oai("OAI-PMH"), nsmap={None: OAI_NAMESPACE, "xsi": XSI})
    response.set(f"{{{XSI}}}schemaLocation", f"{OAI_NAMESPACE} {OAI_SCHEMA}")
    sub(response, "responseDate", protocol.format_datestamp(timezone.now()))
    request_element = sub(response, "request", repository.base_url)
    oai_request = None
    try:
        oai_request = protocol.parse(params)
        # Only arguments whose syntax was checked are echoed, as the protocol asks.
        for name, value in oai_request.arguments.items():
            request_element.set(name, dublin_core.xml_text(value))
        VERBS[oai_request.verb](repository, oai_request, response)
    except OAIError as error:
        request_element.attrib.clear()
        if error.echoes_arguments:  # a refusal while parsing echoes what it had checked
            echoed = oai_request.arguments if oai_request is not None else error.arguments
            for name, value in echoed.items():
                request_element.set(name, dublin_core.xml_text(value))
        del response[2:]  # a half-written verb element gives way to the error
        sub(response, "error", error.message, code=error.code)
    body = etree.tostring(response, xml_declaration=True, encoding="UTF-8")
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
