"""The identifiers a publication may carry: its DOI and its ISBN, checked before they are saved.

Both end up verbatim in citation files (BibTeX, RIS, CSL-JSON), in the page's Highwire tags and
in the JSON API, so a value that is not a real identifier is refused at the model, whatever the
route (admin form, API, demo loader). The citation writers escape every field anyway
(publications/citations.py); this is the first line, not the only one.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# A DOI: "10.", a registrant code of four or more digits (possibly with ".sub" parts), "/", a
# suffix. The DOI Handbook lets the suffix hold almost any printable character; we refuse
# whitespace, control characters, braces and backslashes, which no registered DOI needs and
# which are how a value breaks out of a BibTeX field or a RIS line.
DOI = re.compile(r"10\.\d{4,}(?:\.\d+)*/[^\s{}\\]+")
# What editors paste: the DOI as a link, or with a "doi:" label. Kept as the bare DOI.
DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# An ISBN: 10 or 13 digits (an ISBN-10 may end in X), grouped with hyphens or spaces.
ISBN_SEPARATORS = re.compile(r"[-\s]")
ISBN_SHAPE = re.compile(r"\d[\d -]*[\dXx]")


def _has_control_characters(value):
    # Cc: C0/C1 controls (NUL, line breaks, …); Cf: invisible format characters (bidi
    # overrides, zero-width spaces); Zl/Zp: Unicode's line and paragraph separators.
    return any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in value)


def normalise_doi(value):
    """The bare DOI ("10.1234/abcd") from what an editor typed or pasted."""
    return DOI_PREFIX.sub("", value.strip())


def validate_doi(value):
    if not value:
        return
    if _has_control_characters(value) or not DOI.fullmatch(value):
        raise ValidationError(
            _(
                "Enter a DOI such as 10.1234/abcd: “10.”, at least four digits, “/”, then the "
                "rest, with no spaces, line breaks or braces."
            ),
            code="invalid_doi",
        )


def isbn_is_valid(digits):
    """True when `digits` (no separators) is an ISBN-10 or ISBN-13 with a correct check digit."""
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] in "Xx"):
        values = [int(d) for d in digits[:9]] + [10 if digits[9] in "Xx" else int(digits[9])]
        return (
            sum(weight * value for weight, value in zip(range(10, 0, -1), values, strict=True)) % 11
            == 0
        )
    if len(digits) == 13 and digits.isdigit() and digits[:3] in {"978", "979"}:
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
        return total % 10 == 0
    return False


def validate_isbn(value):
    if not value:
        return
    if not value.isascii() or not ISBN_SHAPE.fullmatch(value):
        raise ValidationError(
            _(
                "Enter an ISBN of 10 or 13 digits, e.g. 978-2-89700-312-8 (hyphens or spaces "
                "between the groups, nothing else)."
            ),
            code="invalid_isbn",
        )
    if not isbn_is_valid(ISBN_SEPARATORS.sub("", value)):
        raise ValidationError(
            _(
                "This ISBN’s check digit does not match: please check it against the "
                "publication’s copyright page."
            ),
            code="invalid_isbn_checksum",
        )


def clean(publication):
    """Normalise and check the DOI and ISBN of a publication (called from its `clean()`).

    Raises one ValidationError naming each field that is wrong, so the admin shows the message
    beside the field.
    """
    publication.doi = normalise_doi(publication.doi or "")
    publication.isbn = (publication.isbn or "").strip()
    errors = {}
    for field, validate in (("doi", validate_doi), ("isbn", validate_isbn)):
        try:
            validate(getattr(publication, field))
        except ValidationError as error:
            errors[field] = error
    if errors:
        raise ValidationError(errors)
