"""The container files, checked without a Docker engine (none runs on these machines).

What an operator would hit first: a compose file that does not start in the right order, an
image missing part of the site, a proxy config Caddy refuses.
"""

import fnmatch
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
APPS = ("app1", "app2")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_runs_postgresql_15_redis_7_two_apps_and_a_proxy(compose):
    services = compose["services"]
    assert services["db"]["image"].startswith("postgres:15")
    assert services["redis"]["image"].startswith("redis:7")
    assert services["proxy"]["image"].startswith("caddy:2")
    images = {services[name]["image"] for name in ("migrate", *APPS)}
    assert images == {"cec-portal:latest"}, "the migrations and both apps run the same image"
    for name in ("migrate", *APPS):
        assert services[name]["build"] == "."
        assert services[name]["pull_policy"] == "build"


def test_migrations_run_once_before_either_app_starts(compose):
    services = compose["services"]
    migrate = services["migrate"]
    assert migrate["command"] == ["python", "manage.py", "migrate", "--noinput"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    for name in APPS:
        depends_on = services[name]["depends_on"]
        assert depends_on["migrate"]["condition"] == "service_completed_successfully"
        assert depends_on["db"]["condition"] == "service_healthy"
        assert depends_on["redis"]["condition"] == "service_healthy"
        assert "command" not in services[name], "the image's gunicorn command"


def test_every_long_running_service_has_a_health_check(compose):
    services = compose["services"]
    for name in ("db", "redis", "proxy"):
        assert services[name]["healthcheck"]["test"][0] == "CMD"
    # The apps use the image's HEALTHCHECK (GET /healthz); the proxy waits until both pass.
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"HEALTHCHECK .*\n\s+CMD curl --fail .*?/healthz", dockerfile)
    for name in APPS:
        assert services[name]["environment"]["HEALTHCHECK_HOST"] == "localhost"
        assert "localhost" in services[name]["environment"]["ALLOWED_HOSTS"].split(",")
        assert services["proxy"]["depends_on"][name]["condition"] == "service_healthy"


def test_apps_share_database_cache_and_media_and_trust_only_the_proxy(compose):
    services = compose["services"]
    environments = [services[name]["environment"] for name in APPS]
    assert environments[0] == environments[1]
    environment = environments[0]
    assert environment["DATABASE_URL"].endswith("@db:5432/cec")
    assert environment["REDIS_URL"] == "redis://redis:6379/0"
    assert environment["SECURE_PROXY_SSL_HEADER"] == "X-Forwarded-Proto"
    assert environment["TRUSTED_PROXY_COUNT"] == "1"  # one proxy: Caddy
    # Secrets come from the operator: compose refuses to start without them.
    assert environment["SECRET_KEY"].startswith("${SECRET_KEY:?")
    assert "${POSTGRES_PASSWORD:?" in environment["DATABASE_URL"]
    for name in APPS:
        assert "media:/data/media" in services[name]["volumes"]
    assert "media" in compose["volumes"]
    # Only the proxy is published on the host.
    published = [name for name, service in services.items() if service.get("ports")]
    assert published == ["proxy"]


def test_the_proxy_serves_no_files_itself():
    caddyfile = (ROOT / "docker" / "Caddyfile").read_text()
    assert "{$APP_UPSTREAMS:app1:8000 app2:8000}" in caddyfile
    assert not re.search(r"^\s*(file_server|root)\b", caddyfile, re.MULTILINE)


needs_caddy = pytest.mark.skipif(
    shutil.which("caddy") is None, reason="needs caddy: `make check-compose` installs it"
)


def caddy_environment(tmp_path, **extra):
    return {
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": "/usr/bin:/bin",
        **extra,
    }


@needs_caddy
def test_caddy_accepts_the_proxy_config(tmp_path):
    result = subprocess.run(  # noqa: S603 - Debian's caddy on our own file
        ["caddy", "validate", "--adapter", "caddyfile", "--config", "docker/Caddyfile"],  # noqa: S607
        cwd=ROOT,
        env=caddy_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def caddy_listeners(tmp_path, **environment):
    """Where Caddy would listen with docker/Caddyfile: (http_port, every server's addresses)."""
    result = subprocess.run(  # noqa: S603 - Debian's caddy on our own file
        ["caddy", "adapt", "--adapter", "caddyfile", "--config", "docker/Caddyfile"],  # noqa: S607
        cwd=ROOT,
        env=caddy_environment(tmp_path, **environment),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    http = json.loads(result.stdout)["apps"]["http"]
    return http.get("http_port", 80), [server["listen"] for server in http["servers"].values()]


@needs_caddy
def test_the_proxy_listens_on_every_interface_unless_told(tmp_path):
    # What compose.yaml's proxy runs: ports 80 and 443 of every interface.
    assert caddy_listeners(tmp_path) == (80, [[":443"]])
    # What `make image-check` and the test below run: loopback and ports of their own.
    assert caddy_listeners(
        tmp_path,
        SITE_ADDRESS="https://127.0.0.1:8443",
        CADDY_BIND="127.0.0.1",
        CADDY_HTTP_PORT="8080",
    ) == (8080, [["127.0.0.1:8443"]])


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, **headers):
    """GET without verifying the certificate (Caddy's local authority signed it)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=10, context=context) as response:  # noqa: S310
        return response.status, response.headers  # case-insensitive, as HTTP is


def wait_for(check, seconds=90):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return check()
        except (OSError, AssertionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@needs_caddy
def test_the_proxy_config_balances_two_app_servers_over_https(tmp_path):
    """The real thing, without Docker: docker/Caddyfile in front of two gunicorns running the
    production settings, as compose.yaml wires them (only the addresses differ)."""
    apps = [free_port(), free_port()]
    proxy = free_port()
    logs = [tmp_path / f"app{i}.log" for i in (1, 2)]
    app_environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_SETTINGS_MODULE": "cec_site.settings.production",
        "SECRET_KEY": "container-test-" + "c" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",  # /healthz only runs SELECT 1
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "FORWARDED_ALLOW_IPS": "*",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "2",
        "LOG_FORMAT": "json",
    }
    processes = []
    try:
        for port, log in zip(apps, logs, strict=True):
            processes.append(
                subprocess.Popen(  # noqa: S603 - our own server
                    [sys.executable, "-m", "gunicorn", "-c", "cec_site/gunicorn.conf.py"]
                    + ["cec_site.wsgi"],
                    cwd=ROOT,
                    env={**app_environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                    stdout=log.open("w"),
                    stderr=subprocess.STDOUT,
                )
            )
        processes.append(
            subprocess.Popen(  # noqa: S603 - Debian's caddy on our own file
                ["caddy", "run", "--adapter", "caddyfile", "--config", "docker/Caddyfile"],  # noqa: S607
                cwd=ROOT,
                env=caddy_environment(
                    tmp_path,
                    SITE_ADDRESS=f"https://127.0.0.1:{proxy}",
                    APP_UPSTREAMS=" ".join(f"127.0.0.1:{port}" for port in apps),
                    CADDY_ADMIN=f"127.0.0.1:{free_port()}",
                    # Its HTTP-to-HTTPS redirect off port 80, which another server may hold.
                    CADDY_HTTP_PORT=str(free_port()),
                    CADDY_BIND="127.0.0.1",
                ),
                stdout=(tmp_path / "caddy.log").open("w"),
                stderr=subprocess.STDOUT,
            )
        )
        for port in apps:
            wait_for(lambda port=port: get(f"http://127.0.0.1:{port}/healthz", Host="localhost"))
        base = f"https://127.0.0.1:{proxy}"
        status, headers = wait_for(lambda: get(base + "/healthz"))
        answers = [get(base + "/healthz", **{"X-Request-ID": "client-made"}) for _ in range(30)]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)

    assert status == 200
    # Django saw HTTPS through X-Forwarded-Proto: it adds HSTS only to secure requests.
    assert "max-age=" in headers["Strict-Transport-Security"]
    ids = [headers["X-Request-ID"] for _status, headers in answers]
    assert all(re.fullmatch(r"[0-9a-f-]{36}", request_id) for request_id in ids), ids
    assert len(set(ids)) == len(ids), "the proxy makes a new id for every request"
    served = [
        [
            line
            # The site's JSON lines (gunicorn's own lines, on stderr, are plain text).
            for line in (
                json.loads(text) for text in log.read_text().splitlines() if text[:1] == "{"
            )
            if line.get("logger") == "cec_site.access" and line["request_id"] in ids
        ]
        for log in logs
    ]
    assert served[0] and served[1], "both app servers take requests"
    assert len(served[0]) + len(served[1]) == len(ids)
    # The visitor's address, from the X-Forwarded-For the proxy wrote.
    assert {line["remote_addr"] for line in served[0] + served[1]} == {"127.0.0.1"}


def dockerignored(path):
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return any(
        fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.removeprefix("**/"))
        for pattern in patterns
    )


@pytest.mark.parametrize(
    "needed",
    [
        "manage.py",
        "pyproject.toml",
        "cec_site",
        "cec_site/gunicorn.conf.py",
        "projects",
        "publications",
        "impact",
        "templates",
        "static",
        "locale",
    ],
)
def test_the_image_gets_everything_the_site_runs_on(needed):
    assert (ROOT / needed).exists()
    assert not dockerignored(needed)


@pytest.mark.parametrize("kept_out", [".git", ".venv", "var", "tests", "compose.yaml"])
def test_the_image_leaves_out_local_state_and_tests(kept_out):
    assert dockerignored(kept_out)


def gunicorn_settings(environment):
    result = subprocess.run(  # noqa: S603 - gunicorn printing our own config
        [sys.executable, "-m", "gunicorn", "--config", "cec_site/gunicorn.conf.py"]
        + ["--print-config", "cec_site.wsgi"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return dict(
        (part.strip() for part in line.split("=", 1))
        for line in result.stdout.splitlines()
        if "=" in line
    )


def test_gunicorn_opens_no_control_socket_unless_asked(tmp_path):
    """gunicorn's default control socket lives in the user's home, which in the image belongs
    to root: every start logged "Control server error: [Errno 13] Permission denied"."""
    environment = {k: v for k, v in os.environ.items() if k != "GUNICORN_CONTROL_SOCKET"}
    assert gunicorn_settings(environment)["control_socket_disable"] == "True"
    socket_path = str(tmp_path / "gunicorn.ctl")
    asked = gunicorn_settings({**environment, "GUNICORN_CONTROL_SOCKET": socket_path})
    assert asked["control_socket_disable"] == "False"
    assert asked["control_socket"] == socket_path


def test_the_image_runs_gunicorn_from_its_config_file_as_a_non_root_user():
    runtime = (ROOT / "Dockerfile").read_text().split("AS runtime", 1)[1]
    users = re.findall(r"^USER (\S+)", runtime, re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert re.search(
        r'^CMD \["gunicorn", "--config", "cec_site/gunicorn.conf.py", "cec_site.wsgi"\]',
        runtime,
        re.MULTILINE,
    )
    assert "COPY . ." in (ROOT / "Dockerfile").read_text()
