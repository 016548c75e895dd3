"""Simple Dublin Core (oai_dc), the format every OAI-PMH harvester reads: the XML of a record
whose elements its section gives (`elements()` of its `dublin_core`, cec_site/oai/queries.py)."""

import re

from lxml import etree

OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"

METADATA_FORMAT = {
    "metadataPrefix": "oai_dc",
    "schema": OAI_DC_SCHEMA,
    "metadataNamespace": OAI_DC_NAMESPACE,
}

# Characters XML 1.0 cannot carry (control characters pasted from a PDF, say).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value):
    return NOT_XML.sub("", str(value)).strip()


def oai_dc(pairs):
    """The <oai_dc:dc> element of one record from its (element, text) pairs, in their order;
    empty texts are left out."""
    dc = etree.Element(
        f"{{{OAI_DC_NAMESPACE}}}dc",
        nsmap={"oai_dc": OAI_DC_NAMESPACE, "dc": DC_NAMESPACE, "xsi": XSI_NAMESPACE},
    )
    dc.set(f"{{{XSI_NAMESPACE}}}schemaLocation", f"{OAI_DC_NAMESPACE} {OAI_DC_SCHEMA}")
    for name, value in pairs:
        text = xml_text(value) if value else ""
        if text:
            etree.SubElement(dc, f"{{{DC_NAMESPACE}}}{name}").text = text
    return dc
