"""Every query parameter of the JSON API checked before a query runs: bad input is a 400.

Wagtail's API v2 checks some parameters and passes others straight to the database, where a
NUL byte, a number too large for a column or a word where a date belongs ends in a 500. Here
each parameter the endpoint takes is checked against what it may hold: its name must be
known, it comes once, it holds no control characters and is not too long, numbers are plain
digits in the column's range, dates are dates, relations name an id. The message says what
is expected and never repeats the value sent.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models
from django.http import Http404

from wagtail.api.v2.utils import BadRequestError
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
DIGITS = re.compile(r"-?[0-9]{1,20}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}")
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

MAX_VALUE_LENGTH = 1000
MAX_SEARCH_LENGTH = 255
MAX_OFFSET = 1_000_000_000
PAGE_ID_RANGE = (1, 2**31 - 1)
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}

# Parameters a single page's address takes (the rest only make sense for a listing).
DETAIL_PARAMETERS = frozenset(["fields", "rich_text_format", "format", "_"])
FIND_PARAMETERS = frozenset(["id", "html_path"])
# Parameters naming a page by id; some also take "root".
PAGE_PARAMETERS = {
    "translation_of": True,
    "child_of": True,
    "descendant_of": True,
    "ancestor_of": False,
}


def fail(message):
    raise BadRequestError(message)


def whole_number(name, value, minimum, maximum):
    """A plain decimal integer in [minimum, maximum] (no sign tricks, spaces or exponents)."""
    if not DIGITS.fullmatch(value) or not minimum <= int(value) <= maximum:
        fail(f"{name} must be a whole number from {minimum} to {maximum}")
    return int(value)


def page_id(name, value, root_allowed=False):
    if root_allowed and value == "root":
        return value
    low, high = PAGE_ID_RANGE
    or_root = ' or "root"' if root_allowed else ""
    if not DIGITS.fullmatch(value) or not low <= int(value) <= high:
        fail(f"{name} must be a page id (a whole number from {low} to {high}){or_root}")
    return int(value)


def plain_text(name, value, max_length=MAX_VALUE_LENGTH):
    if CONTROL_CHARACTERS.search(value):
        fail(f"{name} must not contain NUL bytes or other control characters")
    if len(value) > max_length:
        fail(f"{name} must be at most {max_length} characters long")
    return value


def check_date(name, value):
    if DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    fail(f"{name} must be a date, YYYY-MM-DD")


def check_date_time(name, value):
    if DATE_TIME.fullmatch(value):
        try:
            return models.DateTimeField().to_python(value)
        except (ValidationError, ValueError, OverflowError):
            pass  # not a real date-time: the 400 below
    fail(f"{name} must be a date (YYYY-MM-DD) or a date and time (ISO 8601)")


def related_page_model(field):
    """The page model a relation field points to, or None (snippets, non-relations)."""
    related = getattr(field, "related_model", None)
    if related is not None and issubclass(related, Page):
        return related
    return None


def check_field_value(model, name, value):
    """A value for filtering `model` by its field `name` (`?publication_date=2024-07-17`)."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:  # an API-only name
        return
    if isinstance(field, StreamField | RichTextField | models.JSONField) or not field.concrete:
        # Text blocks, and the rows that point to the page (a submission's stages): no filter.
        fail(f"{name} cannot be used as a filter")
    if field.many_to_many or field.many_to_one or field.one_to_one:
        # Several values are not supported: one id.
        target = field.target_field if not field.many_to_many else field.related_model._meta.pk
        while target.is_relation:  # a page type's key is its link to Page: Page's id
            target = target.target_field
        low, high = connection.ops.integer_field_range(target.get_internal_type())
        whole_number(name, value, max(1, low or 1), high or PAGE_ID_RANGE[1])
        return
    if isinstance(field, models.BooleanField):
        if value.lower() not in BOOLEANS:
            fail(f"{name} must be true or false")
        return
    if isinstance(field, models.IntegerField | models.AutoField):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        whole_number(name, value, low if low is not None else -(2**63), high or 2**63 - 1)
        return
    if isinstance(field, models.DateTimeField):
        check_date_time(name, value)
        return
    if isinstance(field, models.DateField):
        check_date(name, value)
        return
    if field.choices:
        allowed = [str(choice) for choice, _label in field.flatchoices]
        if value not in allowed:
            fail(f"{name} must be one of: {', '.join(allowed)}")


def check_order(view, model, value):
    if value == "random":
        return
    orderable = view.orderable_fields(model)
    for item in value.split(","):
        if item.removeprefix("-") not in orderable:
            fail(f"order takes a comma-separated list of: {', '.join(sorted(orderable))}")


def check_locale(value):
    if not LANGUAGE_CODE.fullmatch(value):
        fail("locale must be a language code, such as en, fr or es")
    if not Locale.objects.filter(language_code=value).exists():
        raise Http404("There is no content in that language.")


def validate_query(view, request):
    """Check every parameter of this request for `view`; raise BadRequestError (or Http404)."""
    params = request.GET
    model = view.model
    filters = set(view.get_available_fields(model, db_fields_only=True)) - {"locale"}
    if view.action == "listing_view":
        allowed = set(view.known_query_parameters) | filters
    elif view.action == "find_view":
        allowed = DETAIL_PARAMETERS | FIND_PARAMETERS
    else:
        allowed = set(DETAIL_PARAMETERS)

    names = list(params.keys())
    unknown = [name for name in names if name not in allowed]
    if unknown:
        fail(
            "query parameter is not an operation or a recognised field; this address takes: "
            + ", ".join(sorted(allowed))
        )
    for name in names:
        if len(params.getlist(name)) > 1:
            fail(f"give {name} once")
        plain_text(name, params[name])

    for name in names:
        value = params[name]
        if name == "limit":
            whole_number(name, value, 0, getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or 20)
        elif name == "offset":
            whole_number(name, value, 0, MAX_OFFSET)
        elif name == "search":
            plain_text(name, value, MAX_SEARCH_LENGTH)
        elif name == "search_operator":
            if value not in ("and", "or"):
                fail("search_operator must be and or or")
        elif name == "order":
            check_order(view, model, value)
        elif name == "locale":
            check_locale(value)
        elif name in PAGE_PARAMETERS:
            page_id(name, value, root_allowed=PAGE_PARAMETERS[name])
        elif name == "id":
            page_id(name, value)
        elif name == "format":
            if value != "json":
                fail("format must be json")
        elif name in filters:
            check_field_value(model, name, value)
