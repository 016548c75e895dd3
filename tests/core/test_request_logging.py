"""Every response carries a request id; every request writes one JSON access line with it.

The log lines are read from the real console handler that settings.LOGGING configures
(its formatter and filter), with its stream pointed at a buffer for the test.
"""

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from django.urls import path

import pytest

from cec_site.core.views import healthz

ROOT = Path(__file__).resolve().parents[2]
# The middleware is under test, not the pages: a small URL list, the health check and a view
# that fails (the middleware stack is the site's own).
pytestmark = pytest.mark.urls(__name__)


def _raise_an_error(request):
    raise RuntimeError("the view broke")


urlpatterns = [path("healthz", healthz), path("broken/", _raise_an_error)]


@pytest.fixture
def log_lines():
    """The JSON objects the site logs while the test runs, one per line of output."""
    console = next(h for h in logging.getLogger().handlers if h.name == "console")
    buffer = io.StringIO()
    previous = console.setStream(buffer)
    lines = []

    def read():
        lines[:] = [json.loads(line) for line in buffer.getvalue().splitlines() if line]
        return lines

    try:
        yield read
    finally:
        console.setStream(previous)


def access_lines(lines):
    return [line for line in lines if line["logger"] == "cec_site.access"]


@pytest.mark.django_db
def test_every_response_carries_a_new_request_id(client):
    first = client.get("/healthz")
    second = client.get("/healthz")
    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.django_db
def test_a_safe_incoming_request_id_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-7f3a.42_B")
    assert response["X-Request-ID"] == "proxy-7f3a.42_B"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hostile",
    [
        "abc\nX-Injected: yes",
        "a" * 500,
        "<script>alert(1)</script>",
        "id with spaces",
        "",
    ],
    ids=["newline", "500 characters", "markup", "spaces", "empty"],
)
def test_an_unsafe_incoming_request_id_is_replaced(client, hostile, log_lines):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=hostile)
    replaced = response["X-Request-ID"]
    assert replaced != hostile
    assert len(replaced) == 32 and replaced.isalnum()
    (line,) = access_lines(log_lines())
    assert line["request_id"] == replaced


@pytest.mark.django_db
def test_a_request_writes_one_json_access_line_with_its_id(client, log_lines):
    response = client.get(
        "/healthz?probe=1",
        HTTP_X_REQUEST_ID="req-123",
        HTTP_USER_AGENT="Mozilla/5.0 test-browser",
    )
    assert response.status_code == 200
    (line,) = access_lines(log_lines())
    assert line["request_id"] == "req-123"
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/healthz?probe=1"
    assert line["status"] == 200
    assert line["bytes"] == len(response.content)
    assert isinstance(line["duration_ms"], int | float) and line["duration_ms"] >= 0
    assert line["remote_addr"] == "127.0.0.1"
    assert line["user_agent"] == "Mozilla/5.0 test-browser"
    assert line["timestamp"].endswith("+00:00")
    assert "GET /healthz?probe=1" in line["message"]


def test_files_answered_before_any_view_are_logged_too(client, settings, log_lines):
    # whitenoise answers /static/ in the middleware, before any view (as the page cache
    # does for cached pages): the request id middleware is outside both. (No database
    # here: a request that reached the views would fail.)
    settings.WHITENOISE_USE_FINDERS = True
    response = client.get("/static/css/cec.css", HTTP_X_REQUEST_ID="static-1")
    assert response.status_code == 200
    assert response["X-Request-ID"] == "static-1"
    (line,) = access_lines(log_lines())
    assert (line["request_id"], line["path"], line["status"]) == (
        "static-1",
        "/static/css/cec.css",
        200,
    )
    assert line["bytes"] == int(response["Content-Length"])


@pytest.mark.django_db
def test_an_error_is_logged_with_its_traceback_and_request_id(client, log_lines):
    client.raise_request_exception = False
    response = client.get("/broken/", HTTP_X_REQUEST_ID="err-42")
    assert response.status_code == 500
    assert response["X-Request-ID"] == "err-42"
    lines = log_lines()
    (error,) = [line for line in lines if line["level"] == "ERROR"]
    assert error["request_id"] == "err-42"
    assert error["logger"] == "django.request"
    assert "RuntimeError: the view broke" in error["exc_info"]
    assert "Traceback (most recent call last)" in error["exc_info"]
    (access,) = access_lines(lines)
    assert (access["request_id"], access["status"]) == ("err-42", 500)


@pytest.mark.django_db
def test_a_forwarded_address_is_trusted_only_behind_a_declared_proxy(client, settings, log_lines):
    forged_then_real = "203.0.113.9, 198.51.100.7"
    client.get("/healthz", HTTP_X_FORWARDED_FOR=forged_then_real)
    settings.TRUSTED_PROXY_COUNT = 1
    client.get("/healthz", HTTP_X_FORWARDED_FOR=forged_then_real)
    direct, proxied = access_lines(log_lines())
    # Without a proxy the header is the client's word: the peer address is logged.
    assert direct["remote_addr"] == "127.0.0.1"
    # Behind the proxy, the address it appended (the last one), never the client's claim.
    assert proxied["remote_addr"] == "198.51.100.7"


def run_production_shell(code, **env):
    environment = {k: v for k, v in os.environ.items() if k != "LOG_FORMAT"}
    environment.update(
        DJANGO_SETTINGS_MODULE="cec_site.settings.production",
        SECRET_KEY="k" * 50 + "Zq9!",
        ALLOWED_HOSTS="example.org",
        **env,
    )
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def run_production_server_code(code, **env):
    """`code` in a process that is not a management command, as gunicorn's workers are."""
    environment = {k: v for k, v in os.environ.items() if k != "LOG_FORMAT"}
    environment.update(
        DJANGO_SETTINGS_MODULE="cec_site.settings.production",
        SECRET_KEY="k" * 50 + "Zq9!",
        ALLOWED_HOSTS="example.org",
        **env,
    )
    return subprocess.run(  # noqa: S603 - our own code with fixed arguments
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


LOG_CODE = "import logging; logging.getLogger('cec_site.demo').warning('disk %s full', 'nearly')"
# One clock for every line: UTC, ISO 8601, with its offset (gunicorn's lines use it too).
TEXT_LINE = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00 WARNING cec_site.demo \[-\] disk nearly full"
)


def test_the_production_server_logs_json_to_stdout():
    line = json.loads(run_production_server_code(LOG_CODE).stdout.strip().splitlines()[-1])
    assert line["message"] == "disk nearly full"
    assert (line["level"], line["logger"], line["request_id"]) == (
        "WARNING",
        "cec_site.demo",
        "-",
    )
    assert line["timestamp"].endswith("+00:00")
    text_output = run_production_server_code(LOG_CODE, LOG_FORMAT="text").stdout
    assert TEXT_LINE.fullmatch(text_output.strip().splitlines()[-1])


def test_management_commands_log_text_unless_asked_for_json():
    text_output = run_production_shell(LOG_CODE).stdout.strip().splitlines()
    assert TEXT_LINE.fullmatch(text_output[-1]), text_output
    assert not any(line.startswith("{") for line in text_output)
    json_output = run_production_shell(LOG_CODE, LOG_FORMAT="json").stdout.strip().splitlines()
    assert json.loads(json_output[-1])["message"] == "disk nearly full"


def test_gunicorn_stamps_its_own_lines_on_the_same_clock():
    from cec_site.core.request_id import UTCFormatter

    namespace = {}
    exec((ROOT / "cec_site/gunicorn.conf.py").read_text(), namespace)  # noqa: S102 - our config
    formatter = namespace["logconfig_dict"]["formatters"]["utc"]
    assert formatter["()"] == "cec_site.core.request_id.UTCFormatter"
    record = logging.LogRecord("gunicorn.error", logging.INFO, "", 0, "Booting worker", (), None)
    line = UTCFormatter(formatter["fmt"]).format(record)
    assert re.fullmatch(r"\S+\+00:00 INFO gunicorn.error \[\d+\] Booting worker", line), line
