"""Caches never lie, whatever runs the site: several processes, the default settings.

Two gunicorn servers (two processes, as two workers are, but each on its own port so that the
test knows which one answers) run the settings `make run` uses, with no REDIS_URL: the default
cache, the database's `cec_cache` table. A third process, `manage.py shell` (what cron's
publish_scheduled or an import is), makes the changes. Then:

- a page cached by both servers, unpublished by the third process: both answer 404 at once;
- the home page changed by the third process: both show the change at once;
- ten clicks on a counted download from one client, alternating between the servers: one
  download counted (the COUNTER double-click window is shared).

The database every process opens: on PostgreSQL the test database itself; on SQLite (whose
test database lives in memory) a file copy of it. Transactional (the other processes must see
committed rows), hence a file of its own.
"""

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

from wagtail.models import Page, Site

import pytest

from cec_site.core.factories import StandardPageFactory
from cec_site.home.factories import HomePageFactory, PdfDocumentFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

ROOT = Path(__file__).resolve().parents[2]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
# The settings make run uses (dev: no REDIS_URL, so the database cache), with static files
# served from the finders: the test does not run collectstatic first.
SETTINGS = "tests.core.multiprocess_settings"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(path=None):
    if path is not None:
        return f"sqlite:///{path}"
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def environment(database):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_", "WEB_CONCURRENCY", "WORKERS"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=database,
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        LOG_FORMAT="text",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def shell(env, code):
    """Run `code` in a process of its own (manage.py shell), as cron or an editor's script."""
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


class Server:
    """One gunicorn process with one worker, on a port of its own (asked for with the same
    Host header as the other, so that both serve one site at one address)."""

    def __init__(self, env, log):
        self.port = free_port()
        self.log = log
        self.process = subprocess.Popen(  # noqa: S603 - our own server
            [sys.executable, "-m", "gunicorn", "-c", "cec_site/gunicorn.conf.py", "cec_site.wsgi"],
            cwd=ROOT,
            env={
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "WEB_CONCURRENCY": "1",
                "GUNICORN_THREADS": "1",
            },
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def get(self, path):
        request = urllib.request.Request(  # noqa: S310 - our own server
            f"http://127.0.0.1:{self.port}{path}",
            # One public address for both, as two workers behind one port have.
            headers={"User-Agent": BROWSER, "Host": "localhost"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                return response.status, response.headers, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")

    def wait_until_up(self, deadline):
        """Until its worker answers (the port opens before the worker has loaded the site)."""
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            with contextlib.suppress(OSError):
                if self.get("/healthz")[0] == 200:
                    return
            time.sleep(0.2)
        raise TimeoutError(self.log.read_text())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def site(tmp_path):
    """The site in a database every process can open, and its cache table, empty."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home", title="Home before")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    publications = PublicationIndexPageFactory(parent=home)
    report = PublicationPageFactory(
        parent=publications, slug="report", document=PdfDocumentFactory()
    )
    if connection.vendor == "sqlite":
        path = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        url = database_url(path)
    else:
        url = database_url()
    env = environment(url)
    # The cache table of the default settings (the migrate command makes it too), emptied:
    # nothing from an earlier run may answer for this one.
    shell(
        env,
        "from django.core.management import call_command; call_command('createcachetable');"
        "from django.core.cache import cache; cache.clear()",
    )
    return {"env": env, "home": home, "about": about, "report": report, "url": url}


@pytest.fixture
def servers(site, tmp_path):
    started = [Server(site["env"], tmp_path / f"gunicorn-{n}.log") for n in (1, 2)]
    try:
        deadline = time.monotonic() + 90
        for server in started:
            server.wait_until_up(deadline)
        yield started
    finally:
        for server in started:
            server.stop()


def downloads_counted(site):
    query = "SELECT COALESCE(SUM(count), 0) FROM publications_publicationdownloadday"
    if connection.vendor == "sqlite":
        with contextlib.closing(sqlite3.connect(site["url"].removeprefix("sqlite:///"))) as db:
            return db.execute(query).fetchone()[0]
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchone()[0]


def test_the_default_cache_is_shared_by_every_process(site, servers):
    one, two = servers
    assert settings.CACHES  # the test settings' own cache plays no part: the servers' does

    # Both servers keep the page: the second answer of either comes from the shared cache.
    status, headers, _body = one.get("/about/")
    assert (status, headers["X-Cache"]) == (200, "MISS")
    status, headers, _body = two.get("/about/")
    assert (status, headers["X-Cache"]) == (200, "HIT"), "the second process has its own cache"

    # Unpublished by a third process: the next request, on either server, is a 404.
    shell(
        site["env"],
        f"from wagtail.models import Page; Page.objects.get(pk={site['about'].pk}).unpublish()",
    )
    assert two.get("/about/")[0] == 404
    assert one.get("/about/")[0] == 404

    # The home page changed by a third process: seen at once by both.
    assert "Home before" in one.get("/")[2] and "Home before" in two.get("/")[2]
    shell(
        site["env"],
        "from cec_site.home.models import HomePage;"
        f"home = HomePage.objects.get(pk={site['home'].pk}); home.title = 'Home after';"
        "home.save_revision().publish()",
    )
    for server in (two, one):
        body = server.get("/")[2]
        assert "Home after" in body and "Home before" not in body

    # Ten clicks from one client, alternating between the servers: one download.
    download = f"/publications/{site['report'].slug}/download/"
    statuses = [(one, two)[n % 2].get(download)[0] for n in range(10)]
    assert statuses == [200] * 10
    assert downloads_counted(site) == 1
