"""Browser tests: Playwright for Python driving Debian's Chromium, axe-core for accessibility."""

import os
import threading
from pathlib import Path

from django.core.management import call_command

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason="Chromium is not installed at /usr/bin/chromium")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, the browser tests' database is a file, as under `make run`.

    The live server answers in its own thread while the test reads and writes in its own: an
    in-memory database shared between them locks whole tables ("database table is locked",
    a 503 in the browser). A file in WAL mode lets each thread have its own connection and
    wait for the other's write, as gunicorn's workers do (cec_site/settings/base.py). Its
    transactions begin DEFERRED, not IMMEDIATE: each test runs inside one that would otherwise
    hold the write lock from its first statement to its end, and the server could not write.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        path = tmp_path_factory.mktemp("browser-db") / "test_browser.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)
        database.setdefault("OPTIONS", {})["transaction_mode"] = "DEFERRED"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def _single_threaded_server_class():
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler

    class SingleThreadedServer(LiveServerThread):
        """One request at a time: an in-memory SQLite connection cannot serve several at once."""

        def _create_server(self, connections_override=None):
            return WSGIServer(
                (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
            )

    return SingleThreadedServer


class DemoServer:
    def __init__(self, url):
        self.url = url


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, loaded once and served by a live server for every browser test.

    pytest-django's own live_server empties the database after each test, and loading the
    demo before each would take most of the run; browser tests run last (see the root
    conftest), so what this fixture commits stays out of the way of every other test.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections

    SingleThreadedServer = _single_threaded_server_class()

    with django_db_blocker.unblock():
        connection = connections["default"]
        name = str(connection.settings_dict["NAME"])
        # pytest-django makes test databases only for tests marked django_db: never load the
        # demo into a developer's own database.
        is_test = Path(name).name.startswith("test_") or "memory" in name
        assert is_test, f"not a test database: {name}"
        # Transactional tests that ran before empty every table; migrate's post-migrate step
        # puts content types and permissions back (the loader makes the rest).
        call_command("migrate", verbosity=0)
        ContentType.objects.clear_cache()  # the ids it remembers may be gone
        call_command("load_demo_content", verbosity=0)
        override = {}
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            override["default"] = connection  # the server thread must see the same memory
            connection.inc_thread_sharing()
        # One thread serving every request closes its database connection when it stops,
        # so the test database can be dropped at the end.
        # Static files from the finders (static/ and the apps), as StaticLiveServerTestCase
        # serves them: a clean checkout has no collectstatic output, and without its CSS and
        # site.js the pages were tested unstyled and the filters never submitted themselves.
        thread = SingleThreadedServer("localhost", StaticFilesHandler, override, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield DemoServer(f"http://localhost:{thread.port}")
        thread.terminate()
        if connection.vendor == "postgresql":
            # One idle session (last statement ROLLBACK) outlives the server thread; not found
            # yet where it comes from. End it, or the test database cannot be dropped.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
        if override:
            connection.dec_thread_sharing()


@pytest.fixture
def page_at(browser):
    """A fresh browser tab of the given width; closed after the test."""
    contexts = []

    def open_tab(width=1280, height=900, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in results.response["violations"]
    ]


# The element that sticks out furthest to the right, to say what to fix.
WIDEST_ELEMENT = """() => {
    const limit = window.innerWidth;
    let worst = null;
    for (const element of document.body.querySelectorAll("*")) {
        const right = element.getBoundingClientRect().right;
        if (right > limit + 0.5 && (!worst || right > worst.right)) {
            const name = element.tagName.toLowerCase()
                + (element.id ? "#" + element.id : "")
                + (element.classList.length ? "." + [...element.classList].join(".") : "");
            worst = {name, right: Math.round(right)};
        }
    }
    return worst;
}"""


def sideways_overflow(page):
    """None when the page fits its window; else how wide it is and what sticks out most.

    A page overflows when the document is wider than the window: the visitor has to scroll
    sideways to read it.
    """
    scroll_width, window_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll_width <= window_width:
        return None
    return f"{scroll_width} px wide; widest: {page.evaluate(WIDEST_ELEMENT)}"


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def committed(function):
    """Run `function` on its own database connection, committed at once; return its result."""
    from django.db import connection

    result = {}

    def run():
        try:
            result["value"] = function()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result["value"]


PASSWORD = "s3cret-pass"  # noqa: S105 - a test user's


@pytest.fixture
def people(demo_site, django_db_blocker):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make_users():
        users = {}
        for username, group in (("loop-editor", "Editors"), ("loop-moderator", "Moderators")):
            user, _created = get_user_model().objects.get_or_create(
                username=username, defaults={"email": f"{username}@cec.org"}
            )
            user.set_password(PASSWORD)
            user.save()
            user.groups.set([Group.objects.get(name=group)])
            users[group] = user
        return users

    return committed(make_users)


def signed_in(page_at, demo_site, user):
    page = page_at(1280)
    page.goto(demo_site.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page
