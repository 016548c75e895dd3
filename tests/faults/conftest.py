"""A throw-away production stack for the fault scenarios: PostgreSQL, Redis and gunicorn.

Never the shared PostgreSQL on 5432 or Redis on 6379: the scenarios stop and kill what they
start, so they start their own, on free ports, under a temporary folder, and remove it all
afterwards. gunicorn runs the production settings with cec_site/gunicorn.conf.py, as deployed.
"""

import contextlib
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
RUN_VARIABLE = "RUN_FAULT_TESTS"


def pytest_collection_modifyitems(config, items):
    """The fault scenarios run when asked for (.ci/run does), and only where they can."""
    reason = None
    if os.environ.get(RUN_VARIABLE) != "1":
        reason = (
            "the fault scenarios start their own PostgreSQL, Redis and gunicorn (about two "
            f"minutes): run them with {RUN_VARIABLE}=1 pytest -m faults (.ci/run does)"
        )
    elif not postgres_bin_dir():
        reason = "needs PostgreSQL's server binaries (Debian: apt-get install postgresql)"
    elif not shutil.which("redis-server"):
        reason = "needs redis-server (Debian: apt-get install redis-server)"
    if reason is None:
        return
    for item in items:
        if item.get_closest_marker("faults"):
            item.add_marker(pytest.mark.skip(reason=reason))


def postgres_bin_dir():
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise TimeoutError(f"{what} after {timeout} s")


def port_open(port):
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
        return True
    return False


class ThrowAwayPostgres:
    """A cluster of our own (initdb), started and stopped with pg_ctl like an operator would."""

    def __init__(self, folder):
        self.bin = postgres_bin_dir()
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        # initdb refuses to run as root.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *command):
        subprocess.run(  # noqa: S603 - PostgreSQL's own tools, fixed arguments
            [*self.as_owner, *command], check=True, capture_output=True, cwd=self.folder
        )

    def init(self):
        if self.as_owner:
            shutil.chown(self.folder, "postgres")
        self.run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        log = self.folder / "postgres.log"
        self.run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", log, "-w", "start")

    def stop(self):
        self.run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def create_database(self, name):
        self.run(
            self.bin / "createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name
        )

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


class ThrowAwayRedis:
    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 - Debian's redis-server, fixed arguments
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: port_open(self.port), 10, "redis-server did not listen")

    def kill(self):
        self.process.kill()
        self.process.wait(5)

    def client(self):
        import redis

        return redis.Redis(port=self.port, socket_timeout=1)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


class Gunicorn:
    """gunicorn as deployed: cec_site/gunicorn.conf.py, production settings, 2 workers."""

    def __init__(self, folder, env):
        self.folder = folder
        self.port = free_port()
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "WEB_CONCURRENCY": "2"}
        self.log_path = folder / "gunicorn.log"
        self.process = None

    def start(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(  # noqa: S603 - our own server, fixed arguments
            [PYTHON, "-m", "gunicorn", "-c", "cec_site/gunicorn.conf.py", "cec_site.wsgi"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: len(self.worker_pids()) == 2, 60, "gunicorn did not start 2 workers")
        wait_for(lambda: self.answers("/healthz"), 60, "gunicorn did not answer")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def answers(self, path):
        try:
            with urllib.request.urlopen(self.url(path), timeout=5):  # noqa: S310
                return True
        except (urllib.error.URLError, OSError):
            return False

    def worker_pids(self):
        """The master's children, read from /proc (no psutil needed)."""
        master = self.process.pid
        children = set()
        for stat in glob.glob("/proc/[0-9]*/stat"):
            with contextlib.suppress(OSError):
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
                # fields: state, ppid, ...; a killed worker stays a zombie until reaped
                if int(fields[1]) == master and fields[0] != "Z":
                    children.add(int(Path(stat).parent.name))
        return children

    def client_connections(self, pid):
        """How many visitors' connections this worker holds open right now (from /proc)."""
        sockets = set()
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        sockets.add(target[8:-1])
        established = set()
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if fields[3] == "01" and local_port == self.port:  # 01: ESTABLISHED
                established.add(fields[9])
        return len(sockets & established)

    def log_lines(self):
        """The JSON log lines gunicorn's workers wrote (settings LOGGING), parsed."""
        lines = []
        for raw in self.log_path.read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                record = json.loads(raw)
                if isinstance(record, dict):
                    lines.append(record)
        return lines


@pytest.fixture(scope="session")
def production_stack():
    """PostgreSQL and Redis of our own, a migrated and seeded database, gunicorn in front."""
    folder = Path(tempfile.mkdtemp(prefix="cec-faults-"))
    os.chmod(folder, 0o755)  # noqa: S103 - the postgres user must reach its data folder
    postgres = ThrowAwayPostgres(folder / "postgres")
    postgres.folder.mkdir()
    redis_server = ThrowAwayRedis(folder)
    server = None
    started = time.monotonic()
    try:
        postgres.init()
        postgres.start()
        postgres.create_database("cec")
        redis_server.start()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "LANG": "C.UTF-8",
            "DJANGO_SETTINGS_MODULE": "cec_site.settings.production",
            "SECRET_KEY": "fault-scenarios-only-" + "f" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": postgres.url("cec"),
            "REDIS_URL": redis_server.url,
            "MEDIA_ROOT": str(folder / "media"),
            "LOG_FORMAT": "json",
            "LOG_LEVEL": "INFO",
        }
        manage = [PYTHON, "manage.py"]
        for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True)  # noqa: S603
        seeded = subprocess.run(  # noqa: S603 - our own seed module
            [PYTHON, "-m", "tests.faults.seed"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        urls = json.loads(seeded.stdout.strip().splitlines()[-1])
        server = Gunicorn(folder, env)
        server.start()
        yield StackHandles(postgres, redis_server, server, urls, time.monotonic() - started)
    finally:
        if server is not None:
            server.stop()
        if redis_server.process and redis_server.process.poll() is None:
            redis_server.kill()
        with contextlib.suppress(subprocess.CalledProcessError):
            postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)


class StackHandles:
    def __init__(self, postgres, redis_server, server, urls, setup_seconds):
        self.setup_seconds = setup_seconds  # initdb, migrate, collectstatic, seed, gunicorn
        self.postgres = postgres
        self.redis = redis_server
        self.server = server
        self.urls = urls
