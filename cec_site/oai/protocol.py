"""OAI-PMH 2.0 requests: which arguments each verb takes, dates, resumption tokens, errors.

Nothing here touches the database: it turns a request's arguments into a checked
`OAIRequest`, or raises `OAIError` with the error code the protocol prescribes
(https://www.openarchives.org/OAI/openarchivesprotocol.html#ErrorConditions).
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core import signing

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
DAY_FORMAT = "%Y-%m-%d"
SECOND_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
SECOND_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")

METADATA_PREFIX = "oai_dc"
TOKEN_SALT = "cec_site.oai.resumptionToken"  # noqa: S105 - a signing salt, not a secret


@dataclass(frozen=True)
class VerbArguments:
    required: tuple = ()
    optional: tuple = ()
    exclusive: str | None = None

    @property
    def allowed(self):
        return {*self.required, *self.optional, *([self.exclusive] if self.exclusive else [])}


LIST_ARGUMENTS = VerbArguments(
    required=("metadataPrefix",), optional=("from", "until", "set"), exclusive="resumptionToken"
)
VERBS = {
    "Identify": VerbArguments(),
    "ListMetadataFormats": VerbArguments(optional=("identifier",)),
    "ListSets": VerbArguments(exclusive="resumptionToken"),
    "GetRecord": VerbArguments(required=("identifier", "metadataPrefix")),
    "ListIdentifiers": LIST_ARGUMENTS,
    "ListRecords": LIST_ARGUMENTS,
}


class OAIError(Exception):
    """An OAI-PMH error condition: answered with HTTP 200 and an <error> element.

    `message` never repeats a value the request sent; `arguments` are those the request
    element may still echo (only arguments whose syntax was sound).
    """

    def __init__(self, code, message, arguments=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.arguments = arguments or {}

    @property
    def echoes_arguments(self):
        # The protocol: the <request> element carries no attributes after these two.
        return self.code not in ("badVerb", "badArgument")


@dataclass
class OAIRequest:
    verb: str
    arguments: dict  # as received and checked, echoed in the <request> element
    start: datetime.datetime | None = None  # records stamped at or after this instant
    end: datetime.datetime | None = None  # ... and strictly before this one
    set_spec: str | None = None
    after_id: int = 0  # resumption: records with a larger id come next
    cursor: int = 0  # how many records the earlier pages held
    resumed: bool = False
    token_arguments: dict = field(default_factory=dict)


# The syntax of each argument's value (OAI-PMH 2.0 schema and section 2.4 for identifiers).
# A value outside it is refused (badArgument; a malformed token is a badResumptionToken, an
# identifier no record could have is idDoesNotExist) and never echoed back.
MAX_ARGUMENT_LENGTH = 255
URI_CHARACTERS = r"[A-Za-z0-9\-_.!~*'();/?:@&=+$,%#\[\]]"
SPEC_CHARACTERS = r"[A-Za-z0-9\-_.!~*'()]"
SYNTAX = {
    "identifier": re.compile(rf"{URI_CHARACTERS}{{1,{MAX_ARGUMENT_LENGTH}}}"),
    "metadataPrefix": re.compile(rf"{SPEC_CHARACTERS}{{1,64}}"),
    "set": re.compile(rf"{SPEC_CHARACTERS}+(:{SPEC_CHARACTERS}+)*"),
    "from": re.compile(r"[0-9T:Z-]{10,20}"),
    "until": re.compile(r"[0-9T:Z-]{10,20}"),
    "resumptionToken": re.compile(r"[A-Za-z0-9_\-:.]{1,2000}"),
}
ARGUMENT_ERROR = {"identifier": "idDoesNotExist", "resumptionToken": "badResumptionToken"}


def check_syntax(name, value, sound):
    pattern = SYNTAX.get(name)
    if pattern is not None and len(value) <= 2000 and pattern.fullmatch(value):
        return
    code = ARGUMENT_ERROR.get(name, "badArgument")
    message = {
        "idDoesNotExist": "No record has this identifier: it is not one of this repository's.",
        "badResumptionToken": "The resumption token is invalid or has expired.",
    }.get(code, f"The value of the argument '{name}' is not valid.")
    raise OAIError(code, message, sound)


def parse(params):
    """Check a QueryDict of OAI-PMH arguments; raise OAIError(badVerb|badArgument…) if wrong."""
    verbs = params.getlist("verb")
    if not verbs:
        raise OAIError("badVerb", "The verb argument is missing.")
    if len(verbs) > 1:
        raise OAIError("badVerb", "The verb argument is repeated.")
    verb = verbs[0]
    if verb not in VERBS:
        raise OAIError("badVerb", f"The verb is not one of OAI-PMH's: {', '.join(VERBS)}.")
    rules = VERBS[verb]

    names = [key for key in params if key != "verb"]
    if any(name not in rules.allowed for name in names):
        takes = ", ".join(sorted(rules.allowed)) or "no argument besides the verb"
        raise OAIError("badArgument", f"An argument is not one of {verb}'s (it takes: {takes}).")
    arguments = {}
    for key in names:
        values = params.getlist(key)
        if len(values) > 1:
            raise OAIError("badArgument", f"The argument '{key}' is repeated.")
        if not values[0]:
            raise OAIError("badArgument", f"The argument '{key}' is empty.")
        arguments[key] = values[0]

    if rules.exclusive and rules.exclusive in arguments and len(arguments) > 1:
        raise OAIError(
            "badArgument", f"{rules.exclusive} must be the only argument besides the verb."
        )
    missing = [name for name in rules.required if name not in arguments]
    if missing and not (rules.exclusive and rules.exclusive in arguments):
        raise OAIError("badArgument", f"{verb} needs the argument(s): {', '.join(missing)}.")

    sound = {"verb": verb}  # what the <request> element may echo if an error follows
    for key, value in arguments.items():
        check_syntax(key, value, sound)
        sound[key] = value

    request = OAIRequest(verb=verb, arguments=sound)
    if rules.exclusive and rules.exclusive in arguments:
        return resume(request, arguments[rules.exclusive])
    if "from" in arguments or "until" in arguments:
        request.start, request.end = date_range(arguments.get("from"), arguments.get("until"))
    request.set_spec = arguments.get("set")
    request.token_arguments = {
        "p": arguments.get("metadataPrefix"),
        "f": arguments.get("from"),
        "u": arguments.get("until"),
        "s": request.set_spec,
    }
    return request


def parse_datestamp(value, name):
    """A UTC date or date-time in one of the two granularities; (instant, granularity)."""
    if DAY_PATTERN.fullmatch(value):
        pattern, unit = DAY_FORMAT, datetime.timedelta(days=1)
    elif SECOND_PATTERN.fullmatch(value):
        pattern, unit = SECOND_FORMAT, datetime.timedelta(seconds=1)
    else:
        raise OAIError(
            "badArgument", f"'{name}' must be a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)."
        )
    try:
        instant = datetime.datetime.strptime(value, pattern).replace(tzinfo=datetime.UTC)
    except ValueError:
        raise OAIError("badArgument", f"'{name}' is not a real date.") from None
    return instant, unit


def date_range(from_value, until_value):
    """[start, end): `until` includes the whole day or second it names."""
    start = end = None
    if from_value:
        start, from_unit = parse_datestamp(from_value, "from")
    if until_value:
        until, until_unit = parse_datestamp(until_value, "until")
        try:
            end = until + until_unit
        except OverflowError:  # until=9999-12-31: nothing lies beyond
            end = None
    if from_value and until_value:
        if from_unit != until_unit:
            raise OAIError("badArgument", "'from' and 'until' must have the same granularity.")
        if start > until:
            raise OAIError("badArgument", "'from' is later than 'until'.")
    return start, end


def format_datestamp(instant):
    return instant.astimezone(datetime.UTC).strftime(SECOND_FORMAT)


# Resumption tokens ---------------------------------------------------------------------
# Stateless: the original arguments and the position travel in the token, signed so that
# an altered or made-up token is refused rather than answered with the wrong records.


def make_token(request, after_id, cursor):
    return signing.dumps(
        {"v": request.verb, **request.token_arguments, "a": after_id, "c": cursor},
        salt=TOKEN_SALT,
        compress=True,
    )


def resume(request, token):
    try:
        state = signing.loads(token, salt=TOKEN_SALT)
        if state["v"] != request.verb:
            raise ValueError("a token of another verb")
        after_id, cursor = int(state["a"]), int(state["c"])
        arguments = {key: state[key] for key in ("p", "f", "u", "s")}
    except (signing.BadSignature, KeyError, TypeError, ValueError, OverflowError):
        raise OAIError(
            "badResumptionToken",
            "The resumption token is invalid or has expired.",
            request.arguments,
        ) from None
    request.resumed = True
    request.after_id, request.cursor = after_id, cursor
    request.token_arguments = arguments
    request.set_spec = arguments["s"]
    request.start, request.end = date_range(arguments["f"], arguments["u"])
    return request


def metadata_prefix(request):
    return request.token_arguments.get("p") or request.arguments.get("metadataPrefix")
