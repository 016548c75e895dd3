#!/usr/bin/env python3
"""`make image-check`: the container for real, on this machine.

Builds the image (Dockerfile), runs the migrations and loads the demo in one-shot containers,
starts TWO app containers of it behind Debian's Caddy running the project's own
docker/Caddyfile (configured through its environment variables, as compose.yaml does), on the
machine's PostgreSQL (a database of its own, made and dropped here) and Redis (one database
number, emptied before and after), all on the host network and on 127.0.0.1 only. Then:

  healthz      /healthz on each container, through Caddy, and the image's own HEALTHCHECK
  languages    /, /fr/ and /es/ through Caddy: 200, in their language; both containers serve
  download     one client's download through Caddy, then straight to each container: counted once
  publish      a publish and an unpublish in one container seen by the other at once
  writes       the app user writes the media volume (shared by both), nothing else of the image
  logs         no error line in any container's log (nor in Caddy's)

and prints each check's PASS or FAIL, the times and the image's size; exits 1 when one fails.
Everything it made (containers, volume, database, Redis keys, Caddy) goes at the end, whatever
happens; the image stays (the next build reuses its layers). Logs: var/image-check/.

The engine: $CONTAINER_ENGINE when set (a command: podman, docker, or a wrapper); else, where no
registry is reachable, the sandbox's wrapper ../shared/container/podman-here (beside the
project, or beside the checkout this one was cloned from), after its make-base-image builds the
stand-in base image once; else podman; else docker. Settings: IMAGE_CHECK_POSTGRES (server,
default postgres://postgres@127.0.0.1:5432), IMAGE_CHECK_DATABASE (cec_image_check),
IMAGE_CHECK_REDIS (redis://127.0.0.1:6379/9), IMAGE_CHECK_HISTORY_DAYS (download history the
demo makes, 30), IMAGE_CHECK_TAG (cec-portal:image-check).
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
LOGS = ROOT / "var" / "image-check"
NAME = "cec-image-check"
TAG = os.environ.get("IMAGE_CHECK_TAG", "cec-portal:image-check")
POSTGRES = os.environ.get("IMAGE_CHECK_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DATABASE = os.environ.get("IMAGE_CHECK_DATABASE", "cec_image_check")
REDIS = os.environ.get("IMAGE_CHECK_REDIS", "redis://127.0.0.1:6379/9")
HISTORY_DAYS = os.environ.get("IMAGE_CHECK_HISTORY_DAYS", "30")
# A browser: COUNTER's lists count no script (curl, python-urllib…) as a reader.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
APPS = ("app1", "app2")

started = time.monotonic()
steps = []  # (name, seconds)
checks = []  # (name, passed, seconds, detail)


def say(message):
    print(f"==> {message}", flush=True)


@contextlib.contextmanager
def step(name):
    say(f"{name}…")
    begun = time.monotonic()
    try:
        yield
    finally:
        seconds = time.monotonic() - begun
        steps.append((name, seconds))
        say(f"{name}: {seconds:.1f} s")


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def check(name, function):
    """Run one check; a failure is recorded and the next check still runs."""
    say(f"check {name}…")
    begun = time.monotonic()
    try:
        detail = function() or ""
        passed = True
    except (CheckFailed, OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
        detail = (
            f"{type(error).__name__}: {error}" if not isinstance(error, CheckFailed) else str(error)
        )
        passed = False
    seconds = time.monotonic() - begun
    checks.append((name, passed, seconds, detail))
    verdict = "PASS" if passed else "FAIL"
    print(f"    {verdict} {name} ({seconds:.1f} s){': ' + detail if detail else ''}", flush=True)


# --- the engine ---------------------------------------------------------------------------


def podman_here():
    """The sandbox's wrapper, beside this checkout or beside the one it was cloned from."""
    places = [ROOT.parent]
    origin = subprocess.run(  # noqa: S603 - git on this checkout
        ["git", "-C", str(ROOT), "remote", "get-url", "origin"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if origin and Path(origin).is_dir():
        places.append(Path(origin).resolve().parent)
    for place in places:
        wrapper = place / "shared" / "container" / "podman-here"
        if wrapper.is_file() and os.access(wrapper, os.X_OK):
            return wrapper
    return None


def find_engine():
    if os.environ.get("CONTAINER_ENGINE"):
        return shlex.split(os.environ["CONTAINER_ENGINE"]), os.environ["CONTAINER_ENGINE"]
    wrapper = podman_here()
    if wrapper:
        say(f"No registry here: the stand-in base image ({wrapper.parent / 'make-base-image'})")
        subprocess.run([str(wrapper.parent / "make-base-image")], check=True)  # noqa: S603
        return [str(wrapper)], f"{wrapper} (podman, stand-in base image from Debian bookworm)"
    if shutil.which("podman"):
        return ["podman"], "podman"
    if (
        shutil.which("docker")
        and subprocess.run(
            ["docker", "info"],  # noqa: S607
            capture_output=True,
            check=False,
        ).returncode
        == 0
    ):
        return ["docker"], "docker"
    sys.exit("No container engine: install podman (apt-get install podman) or Docker.")


ENGINE = []


def engine(*args, check=True, capture=True, timeout=None, **kwargs):
    result = subprocess.run(  # noqa: S603 - our own engine and arguments
        [*ENGINE, *args],
        capture_output=capture,
        text=True,
        check=False,
        timeout=timeout,
        **kwargs,
    )
    if check and result.returncode != 0:
        output = (result.stderr or "") + (result.stdout or "") if capture else ""
        raise subprocess.SubprocessError(
            f"{' '.join(args[:3])}… exited with {result.returncode}\n{output[-3000:]}"
        )
    return result


def container(app):
    return f"{NAME}-{app}"


# --- the machine's services -------------------------------------------------------------------


def psql(sql, database="postgres"):
    result = subprocess.run(  # noqa: S603
        ["psql", f"{POSTGRES}/{database}", "-v", "ON_ERROR_STOP=1", "-qtAc", sql],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise subprocess.SubprocessError(f"psql: {result.stderr.strip()}")
    return result.stdout.strip()


def redis_flush():
    """FLUSHDB on IMAGE_CHECK_REDIS's database number (RESP by hand: no client needed)."""
    url = urlsplit(REDIS)
    number = (url.path or "/0").lstrip("/") or "0"
    command = b""
    for words in (["SELECT", number], ["FLUSHDB"]):
        command += f"*{len(words)}\r\n".encode()
        for word in words:
            command += f"${len(word)}\r\n{word}\r\n".encode()
    with socket.create_connection((url.hostname, url.port or 6379), timeout=5) as connection:
        connection.sendall(command)
        answer = b""
        while answer.count(b"\r\n") < 2:
            chunk = connection.recv(100)
            if not chunk:
                break
            answer += chunk
    if answer != b"+OK\r\n+OK\r\n":
        raise OSError(f"Redis said {answer!r}")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- HTTP -------------------------------------------------------------------------------------


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_insecure = ssl.create_default_context()
_insecure.check_hostname = False
_insecure.verify_mode = ssl.CERT_NONE  # Caddy's own local authority signed the certificate
_opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPSHandler(context=_insecure))


def get(url, headers=None, timeout=30):
    request = urllib.request.Request(url, headers={"User-Agent": BROWSER, **(headers or {})})  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Answer(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read())


def wait_for(what, probe, seconds=120):
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            if probe():
                return
        except (OSError, http.client.HTTPException) as error:
            last = error
        time.sleep(0.5)
    raise CheckFailed(f"{what} did not answer in {seconds} s ({last})")


# --- the run ----------------------------------------------------------------------------------


class Stack:
    def __init__(self):
        self.ports = {app: free_port() for app in APPS}
        self.proxy_port = free_port()
        self.admin_port = free_port()
        self.proxy = f"https://127.0.0.1:{self.proxy_port}"
        self.secret = secrets.token_urlsafe(50)
        self.volume = f"{NAME}-media"
        self.caddy = None
        self.caddy_home = Path(tempfile.mkdtemp(prefix="cec-image-check-caddy-"))
        self.made = set()

    def environment(self, port=None):
        values = {
            "SECRET_KEY": self.secret,
            # Caddy's health checks and the image's HEALTHCHECK ask for localhost.
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": self.proxy,
            "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
            "REDIS_URL": REDIS,
            "SERVE_MEDIA": "1",
            "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
            "FORWARDED_ALLOW_IPS": "127.0.0.1",
            "TRUSTED_PROXY_COUNT": "1",
            "HEALTHCHECK_HOST": "localhost",
            "LOG_FORMAT": "json",
        }
        if port:
            # The host network: gunicorn on loopback, each container on its own port.
            values.update(HOST="127.0.0.1", PORT=str(port))
        options = []
        for key, value in values.items():
            options += ["-e", f"{key}={value}"]
        return options

    def one_shot(self, name, *command):
        """A container that runs one command and goes; its output is kept in the logs."""
        result = engine(
            "run",
            "--rm",
            "--name",
            container(name),
            "--network",
            "host",
            "-v",
            f"{self.volume}:/data/media",
            *self.environment(),
            TAG,
            *command,
            check=False,
        )
        output = result.stdout + result.stderr
        (LOGS / f"{name}.log").write_text(output)
        if result.returncode != 0:
            raise subprocess.SubprocessError(
                f"{' '.join(command)} exited {result.returncode}:\n{output[-3000:]}"
            )
        return output

    def shell(self, app, code):
        """Python in a running app container (manage.py shell): its IMAGE-CHECK line, as JSON."""
        result = engine("exec", container(app), "python", "manage.py", "shell", "-c", code)
        for line in result.stdout.splitlines():
            if line.startswith("IMAGE-CHECK "):
                return json.loads(line.removeprefix("IMAGE-CHECK "))
        raise CheckFailed(
            f"no answer from the shell in {app}: {result.stdout[-500:]} {result.stderr[-1500:]}"
        )

    def direct(self, app, path, headers=None):
        """Straight to one container, with the headers Caddy would add."""
        return get(
            f"http://127.0.0.1:{self.ports[app]}{path}",
            {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1", **(headers or {})},
        )

    # -- set-up

    def build(self):
        with step(f"Build the image {TAG}"):
            # Podman writes OCI images unless asked, and OCI has no HEALTHCHECK: Docker's format.
            podman = "podman" in engine("--version").stdout.lower()
            options = ["--format", "docker"] if podman else []
            result = engine(
                "build", *options, "--network", "host", "-t", TAG, str(ROOT), capture=False
            )
            expect(result.returncode == 0, "the build failed")

    def database(self):
        with step(f"Database {DATABASE} and Redis {REDIS}"):
            psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            psql(f'CREATE DATABASE "{DATABASE}"')
            self.made.add("database")
            redis_flush()
            self.made.add("redis")
            engine("volume", "rm", "-f", self.volume, check=False)
            engine("volume", "create", self.volume)
            self.made.add("volume")

    def migrate_and_demo(self):
        with step("One-shot: manage.py migrate"):
            self.one_shot("migrate", "python", "manage.py", "migrate", "--noinput")
        with step("One-shot: manage.py load_demo_content"):
            self.one_shot(
                "demo",
                "python",
                "manage.py",
                "load_demo_content",
                "--site-url",
                self.proxy,
                "--history-days",
                HISTORY_DAYS,
            )

    def start_apps(self):
        with step("Two app containers, then Caddy in front"):
            for app in APPS:
                engine("rm", "-f", container(app), check=False)
                self.made.add(app)
                engine(
                    "run",
                    "-d",
                    "--name",
                    container(app),
                    "--network",
                    "host",
                    "-v",
                    f"{self.volume}:/data/media",
                    *self.environment(self.ports[app]),
                    TAG,
                )
            for app in APPS:
                wait_for(
                    f"{app} /healthz",
                    lambda app=app: (
                        self.direct(app, "/healthz", {"Host": "localhost"}).status == 200
                    ),
                )
            LOGS.mkdir(parents=True, exist_ok=True)
            self.caddy_log = LOGS / "caddy.log"
            caddyfile = str(ROOT / "docker" / "Caddyfile")
            self.caddy = subprocess.Popen(  # noqa: S603 - Debian's caddy on the project's file
                ["caddy", "run", "--adapter", "caddyfile", "--config", caddyfile],  # noqa: S607
                env={
                    "PATH": "/usr/bin:/bin",
                    "HOME": str(self.caddy_home),
                    "XDG_DATA_HOME": str(self.caddy_home / "data"),
                    "XDG_CONFIG_HOME": str(self.caddy_home / "config"),
                    "SITE_ADDRESS": self.proxy,
                    "APP_UPSTREAMS": " ".join(f"127.0.0.1:{port}" for port in self.ports.values()),
                    "CADDY_ADMIN": f"127.0.0.1:{self.admin_port}",
                    # Loopback only, and its HTTP-to-HTTPS redirect off port 80.
                    "CADDY_BIND": "127.0.0.1",
                    "CADDY_HTTP_PORT": str(free_port()),
                },
                stdout=self.caddy_log.open("w"),
                stderr=subprocess.STDOUT,
                cwd=self.caddy_home,
            )
            wait_for("Caddy", lambda: get(f"{self.proxy}/healthz").status == 200, seconds=60)

    # -- the checks

    def check_healthz(self):
        answers = {app: self.direct(app, "/healthz", {"Host": "localhost"}) for app in APPS}
        for app, answer in answers.items():
            expect(answer.status == 200, f"{app}: {answer.status}")
            expect(
                json.loads(answer.body) == {"status": "ok", "database": "up"},
                f"{app}: {answer.text}",
            )
        through = get(f"{self.proxy}/healthz")
        expect(through.status == 200, f"via Caddy: {through.status}")
        # Django saw HTTPS through Caddy's X-Forwarded-Proto: it adds HSTS to secure requests only.
        expect(
            "max-age=" in (through.headers.get("Strict-Transport-Security") or ""),
            "no HSTS via Caddy",
        )
        # The image's HEALTHCHECK command, as the engine runs it.
        command = engine(
            "inspect", "--format", "{{json .Config.Healthcheck.Test}}", container("app1")
        )
        test = json.loads(command.stdout)
        expect(test and test[0] == "CMD-SHELL", f"HEALTHCHECK: {test}")
        for app in APPS:
            result = engine("exec", container(app), "sh", "-c", test[1], check=False)
            expect(
                result.returncode == 0,
                f"{app}: the image's HEALTHCHECK failed: {result.stdout} {result.stderr}",
            )
        return (
            "200 on both containers and through Caddy (HSTS: HTTPS seen); "
            "the image's HEALTHCHECK passes in both"
        )

    def check_languages(self):
        seen = []
        for path, language in (("/", "en"), ("/fr/", "fr"), ("/es/", "es")):
            answer = get(self.proxy + path)
            expect(answer.status == 200, f"{path}: {answer.status}")
            expect(f'<html lang="{language}"' in answer.text, f"{path}: not in {language}")
            seen.append(f"{path} {answer.status} {len(answer.body) // 1024} KiB")
        # Caddy spreads requests over both: each answers with the id Caddy gave the request.
        ids = set()
        for _ in range(20):
            answer = get(self.proxy + "/")
            expect(answer.status == 200, f"/: {answer.status}")
            ids.add(answer.headers["X-Request-ID"])
        served = dict.fromkeys(APPS, 0)
        for app in APPS:
            for line in self.log_lines(app):
                if line.get("logger") == "cec_site.access" and line.get("request_id") in ids:
                    served[app] += 1
        expect(all(served.values()), f"one container took every request: {served}")
        expect(sum(served.values()) == len(ids), f"{sum(served.values())} logged of {len(ids)}")
        return ", ".join(seen) + f"; 20 more GET / via Caddy: {served}"

    def download_count(self, publication):
        # A day counted before unique counting has no unique figure: its total stands for it.
        sql = (
            "SELECT coalesce(sum(count), 0), coalesce(sum(coalesce(unique_count, count)), 0) "
            "FROM publications_publicationdownloadday WHERE publication_id = %d"
        )
        total, unique = psql(sql % int(publication), DATABASE).split("|")
        return int(total), int(unique)

    def check_download(self):
        publication = self.shell(
            "app1",
            "import json\n"
            "from publications.models import PublicationPage\n"
            "p = PublicationPage.objects.live().public().filter(locale__language_code='en',"
            " document__isnull=False).order_by('pk').first()\n"
            "print('IMAGE-CHECK ' + json.dumps({'id': p.pk, 'url': p.download_url}))",
        )
        url = publication["url"]
        before = self.download_count(publication["id"])
        # The same visitor (address and browser) three times within the 30-second
        # double-click window: through Caddy, then straight to each container.
        answers = [
            ("Caddy", get(self.proxy + url)),
            *((app, self.direct(app, url)) for app in APPS),
        ]
        for where, answer in answers:
            expect(answer.status == 200, f"{where}: {answer.status}")
            expect(
                answer.headers.get("Content-Type") == "application/pdf",
                f"{where}: {answer.headers.get('Content-Type')}",
            )
            expect(answer.body.startswith(b"%PDF"), f"{where}: not a PDF")
        after = self.download_count(publication["id"])
        expect(after[0] == before[0] + 1, f"total {before[0]} → {after[0]}: not counted once")
        expect(after[1] == before[1] + 1, f"unique {before[1]} → {after[1]}")
        # Another visitor (another browser) counts.
        other = self.direct("app2", url, {"User-Agent": BROWSER.replace("128.0", "127.0")})
        expect(other.status == 200, f"another visitor: {other.status}")
        again = self.download_count(publication["id"])
        expect(again[0] == after[0] + 1, f"another visitor not counted: {after[0]} → {again[0]}")
        return (
            f"{url} ({len(answers[0][1].body) // 1024} KiB PDF): one visitor via Caddy, app1 and "
            f"app2 → total {before[0]} → {after[0]}; another visitor → {again[0]}"
        )

    def check_publish(self):
        page = self.shell(
            "app1",
            "import json\n"
            "from projects.models import ProjectPage\n"
            "p = ProjectPage.objects.live().public().filter(locale__language_code='en')"
            ".order_by('pk').first()\n"
            "print('IMAGE-CHECK ' + json.dumps({'id': p.pk, 'url': p.url, 'title': p.title}))",
        )
        url, title = page["url"], page["title"]
        marker = f"Image check {uuid.uuid4().hex[:8]}"
        # Both containers have the page in the shared cache first.
        for app in APPS:
            for _ in range(2):
                answer = self.direct(app, url)
                expect(answer.status == 200, f"{app} {url}: {answer.status}")
        steps_seen = []

        def publish(app, code, what):
            self.shell(
                app,
                "from wagtail.models import Page\n"
                f"p = Page.objects.get(pk={page['id']}).specific\n"
                f"{code}\n"
                "print('IMAGE-CHECK {}')",
            )
            return what

        def seen_by_both(status, text, what):
            for app in APPS:
                answer = self.direct(app, url)
                expect(
                    answer.status == status,
                    f"after {what}: {app} says {answer.status}, not {status}",
                )
                if text:
                    expect(text in answer.text, f"after {what}: {app} does not show {text!r}")
            steps_seen.append(what)

        what = publish(
            "app1",
            f"p.title = {marker!r}\np.save_revision().publish()",
            "a new title published in app1",
        )
        seen_by_both(200, marker, what)
        what = publish("app2", "p.unpublish()", "unpublished in app2")
        seen_by_both(404, None, what)
        what = publish(
            "app1", f"p.title = {title!r}\np.save_revision().publish()", "published again in app1"
        )
        seen_by_both(200, title, what)
        return f"{url}: " + "; ".join(f"{what}: both at once" for what in steps_seen)

    def check_writes(self):
        user = engine("exec", container("app1"), "id", "-u").stdout.strip()
        expect(user not in ("", "0"), f"the app runs as uid {user}")
        refused = []
        for path in (
            "/app/x",
            "/app/cec_site/x",
            "/app/staticfiles/x",
            "/venv/x",
            "/etc/x",
            "/data/x",
        ):
            result = engine("exec", container("app1"), "touch", path, check=False)
            expect(result.returncode != 0, f"the app user could write {path}")
            refused.append(path)
        probe = f"/data/media/image-check-{uuid.uuid4().hex[:8]}"
        result = engine("exec", container("app1"), "touch", probe, check=False)
        expect(result.returncode == 0, f"the app user cannot write {probe}: {result.stderr}")
        shared = engine("exec", container("app2"), "test", "-f", probe, check=False)
        expect(
            shared.returncode == 0, "app2 does not see app1's file: the media volume is not shared"
        )
        engine("exec", container("app2"), "rm", probe)
        return (
            f"uid {user}; refused: {', '.join(refused)}; /data/media writable, and shared by both"
        )

    def log_text(self, app):
        result = engine("logs", container(app), check=False)
        return result.stdout + result.stderr

    def log_lines(self, app):
        for text in self.log_text(app).splitlines():
            if text.startswith("{"):
                with contextlib.suppress(ValueError):
                    yield json.loads(text)

    @staticmethod
    def problems(text):
        """Error lines (JSON or text) and warning lines of one log."""
        errors, warnings = [], []
        for line in text.splitlines():
            level = ""
            if line.startswith("{"):
                with contextlib.suppress(ValueError):
                    level = str(json.loads(line).get("level", "")).upper()
            elif match := re.search(r"\b(CRITICAL|ERROR|WARNING)\b", line):
                level = match.group(1)
            if level in ("ERROR", "CRITICAL") or "Traceback (most recent call last)" in line:
                errors.append(line)
            elif level in ("WARNING", "WARN"):
                warnings.append(line)
        return errors, warnings

    def check_logs(self):
        report, failures = [], []
        logs = {app: self.log_text(app) for app in APPS}
        for name in ("migrate", "demo"):
            path = LOGS / f"{name}.log"
            logs[name] = path.read_text() if path.exists() else ""
        logs["caddy"] = self.caddy_log.read_text() if self.caddy else ""
        for name, text in logs.items():
            if name in APPS:
                (LOGS / f"{name}.log").write_text(text)
            errors, warnings = self.problems(text)
            lines = len(text.splitlines())
            report.append(f"{name}: {lines} lines, {len(errors)} errors, {len(warnings)} warnings")
            failures += [f"[{name}] {line[:400]}" for line in errors]
            for line in warnings[:5]:
                # (The publish check's unpublished page answers 404: one warning a container.)
                print(f"    warning [{name}] {line[:300]}")
        expect(not failures, "\n      " + "\n      ".join(failures[:20]))
        return "; ".join(report)

    def image_size(self):
        size = engine("image", "inspect", "--format", "{{.Size}}", TAG, check=False).stdout.strip()
        with contextlib.suppress(ValueError):
            return f"{int(size) / 1e6:.0f} MB ({int(size)} bytes)"
        return size or "unknown"

    # -- the end

    def clean_up(self):
        say("Cleaning up: Caddy, containers, volume, database, Redis keys")
        if self.caddy and self.caddy.poll() is None:
            self.caddy.terminate()
            try:
                self.caddy.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.caddy.kill()
        running = [app for app in APPS if app in self.made]
        for app in running:
            with contextlib.suppress(Exception):
                if LOGS.is_dir():
                    (LOGS / f"{app}.log").write_text(self.log_text(app))
        # Side by side; and the one-shots, should an interruption have cut one short. (One
        # name a command: given a missing name, podman may leave the others.)
        removals = [
            subprocess.Popen(  # noqa: S603 - our own engine and names
                [*ENGINE, "rm", "-f", "-t", "10", container(name)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for name in (*running, "migrate", "demo")
        ]
        for removal in removals:
            removal.wait()
        if "volume" in self.made:
            engine("volume", "rm", "-f", self.volume, check=False)
        if "database" in self.made:
            with contextlib.suppress(Exception):
                psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        if "redis" in self.made:
            with contextlib.suppress(Exception):
                redis_flush()
        shutil.rmtree(self.caddy_home, ignore_errors=True)


def interrupted(signum, _frame):
    raise KeyboardInterrupt(f"signal {signum}")


def main():
    global ENGINE  # noqa: PLW0603
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, interrupted)
    if not shutil.which("caddy"):
        if os.geteuid() == 0 and shutil.which("apt-get"):
            say("Installing Debian's caddy")
            apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt)  # noqa: S607
            subprocess.run(
                ["apt-get", "install", "-y", "-qq", "caddy"],  # noqa: S607
                check=True,
                env=apt,
                stdout=subprocess.DEVNULL,
            )
        else:
            sys.exit("caddy is missing: sudo apt-get install caddy")
    shutil.rmtree(LOGS, ignore_errors=True)
    LOGS.mkdir(parents=True)
    ENGINE, described = find_engine()
    say(f"Engine: {described}")
    stack = Stack()
    completed = False
    size = "unknown"
    try:
        stack.build()
        size = stack.image_size()
        say(f"Image {TAG}: {size}")
        stack.database()
        stack.migrate_and_demo()
        stack.start_apps()
        with step("Checks"):
            check("healthz", stack.check_healthz)
            check("home page in three languages via Caddy", stack.check_languages)
            check("a download counted once across both containers", stack.check_download)
            check("a publish in one container seen by the other at once", stack.check_publish)
            check("the app user writes only the media volume", stack.check_writes)
            check("no error line in the logs", stack.check_logs)
        completed = True
    except KeyboardInterrupt as error:
        print(f"\nInterrupted ({error})", flush=True)
    except (CheckFailed, subprocess.SubprocessError, OSError) as error:
        print(f"\nSet-up failed: {error}", flush=True)
    finally:
        with step("Clean-up"):
            stack.clean_up()

    print("\n" + "=" * 78)
    print(f"make image-check: {described}")
    print(f"Image {TAG}: {size}")
    print("Steps:")
    for name, seconds in steps:
        print(f"  {seconds:7.1f} s  {name}")
    print("Checks:")
    for name, passed, seconds, detail in checks:
        print(f"  {'PASS' if passed else 'FAIL'}  {name} ({seconds:.1f} s)")
        if detail:
            print(f"        {detail}")
    failed = [name for name, passed, *_ in checks if not passed]
    if not completed:
        print("  FAIL  the run did not reach the end (see above)")
    print(f"Total: {time.monotonic() - started:.0f} s. Logs: {LOGS.relative_to(ROOT)}/")
    ok = completed and not failed and len(checks) == 6
    print(
        "RESULT: "
        + ("PASS" if ok else f"FAIL ({len(failed)} check(s) failed)" if failed else "FAIL")
    )
    print("=" * 78)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
