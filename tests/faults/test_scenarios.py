"""What a visitor sees when a dependency fails under load, on the production stack.

gunicorn (2 workers, production settings) in front of a PostgreSQL and a Redis of our own
(tests/faults/conftest.py). Visitors in threads keep requesting pages while a scenario
stops PostgreSQL, kills Redis or SIGKILLs a worker; every answer is recorded, printed and
kept in test-artifacts/faults-report.txt.
"""

import math
import os
import re
import signal
import time
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext

import psycopg
import pytest

from cec_site.core import cache_backends
from tests.faults.load import Load, between, summary, visit

pytestmark = pytest.mark.faults

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
REPORT = ARTIFACTS / "faults-report.txt"


@pytest.fixture(scope="module", autouse=True)
def fresh_report():
    ARTIFACTS.mkdir(exist_ok=True)
    REPORT.write_text("")


@pytest.fixture
def report(capsys):
    """Print what the visitors saw (always shown, also without -s) and keep it in a file."""

    def write(title, lines):
        text = "\n".join([f"\n== {title}", *lines]) + "\n"
        with capsys.disabled():
            print(text, end="")
        with REPORT.open("a") as kept:
            kept.write(text)

    return write


def title_of(body):
    found = re.search(rb"<title>(.*?)</title>", body, re.S)
    return found.group(1).decode().strip() if found else ""


def log_since(server, start_line):
    return server.log_lines()[start_line:]


def downloads_counted(stack, publication_id):
    with psycopg.connect(stack.postgres.url("cec").replace("postgres://", "postgresql://")) as db:
        row = db.execute(
            "SELECT COALESCE(SUM(count), 0) FROM publications_publicationdownloadday "
            "WHERE publication_id = %s",
            [publication_id],
        ).fetchone()
    return row[0]


def test_a_killed_worker_is_replaced_and_no_other_request_fails(production_stack, report):
    stack, server = production_stack, production_stack.server
    page = stack.urls["publication"]
    master = server.process.pid
    workers = server.worker_pids()
    assert len(workers) == 2

    addresses = {f"uncached {page}": lambda n: server.url(f"{page}?visit=kill-{n}")}
    with Load(addresses, clients=6) as load:
        time.sleep(1)
        # Mid-request: the victim is a worker holding visitors' connections at that moment.
        deadline = time.monotonic() + 10
        while True:
            held = {pid: server.client_connections(pid) for pid in workers}
            victim = max(held, key=held.get)
            if held[victim] or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        (survivor,) = workers - {victim}
        killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        time.sleep(3)  # the other worker serves everyone meanwhile
    # The visitors gone, freeze the old worker: only the replacement can answer now. (Its
    # boot, importing the site, is what takes time; gunicorn forks it at once.)
    deadline = time.monotonic() + 10
    while not server.worker_pids() - {survivor, victim} and time.monotonic() < deadline:
        time.sleep(0.02)
    replacement = server.worker_pids() - {survivor, victim}
    os.kill(survivor, signal.SIGSTOP)
    try:  # within gunicorn's 30 s timeout, after which it would kill the frozen worker
        probe = visit(server.url(f"{page}?visit=replacement-alone"), "replacement", timeout=25)
    finally:
        os.kill(survivor, signal.SIGCONT)
    visits = load.visits

    failures = [seen for seen in visits if seen.failed]
    in_flight = [seen for seen in visits if seen.started < killed_at <= seen.ended]
    after_kill = [seen for seen in visits if seen.started >= killed_at]
    report(
        "A worker SIGKILLed mid-request (6 visitors on an uncached publication page)",
        [
            *summary(visits),
            f"  connections the killed worker held: {held[victim]}; requests in flight at "
            f"the kill (both workers): {len(in_flight)}; failed: {len(failures)} "
            f"({', '.join(seen.error or str(seen.status) for seen in failures) or 'none'})",
            f"  requests started after the kill: {len(after_kill)}, failed: "
            f"{sum(seen.failed for seen in after_kill)}",
            f"  the replacement worker, alone, answered {probe.ended - killed_at:.1f} s after "
            f"the kill: status {probe.status or probe.error}",
            f"  master pid {master} unchanged: {server.process.poll() is None}; workers "
            f"{sorted(workers)} -> {sorted(server.worker_pids())}",
            f"  (the stack took {stack.setup_seconds:.0f} s to set up: initdb, migrate, "
            "collectstatic, seed, gunicorn)",
        ],
    )
    assert held[victim] >= 1, "the killed worker was not serving anyone"
    assert server.process.poll() is None, "the gunicorn master died"
    assert len(replacement) == 1 and victim not in replacement
    assert server.worker_pids() == replacement | {survivor}
    assert probe.status == 200, probe.error
    # Only what the killed worker was serving may fail; everything else is answered.
    assert all(seen in in_flight for seen in failures)
    assert after_kill and not any(seen.failed for seen in after_kill)
    assert all(seen.status == 200 for seen in visits if not seen.failed)


def test_redis_killed_the_site_keeps_serving_and_counts_downloads(production_stack, report):
    stack, server = production_stack, production_stack.server
    home, download = stack.urls["home"], stack.urls["download"]
    publication_id = stack.urls["publication_ids"][0]
    visit(server.url(home))
    assert visit(server.url(home)).headers.get("X-Cache") == "HIT"  # the page cache works
    log_start = len(server.log_lines())
    counted_before = downloads_counted(stack, publication_id)

    pages = {
        "cached home page /": lambda n: server.url(home),
        "listing /projects/": lambda n: server.url(stack.urls["projects"]),
        "uncached publication page": lambda n: server.url(f"{stack.urls['publication']}?r={n}"),
    }
    downloads = []
    with Load(pages, clients=2) as load:
        time.sleep(1)
        stack.redis.kill()
        killed_at = time.monotonic()
        # Distinct visitors (a User-Agent each, no session): every download counts by COUNTER.
        for n in range(20):
            downloads.append(
                visit(server.url(download), "download", user_agent=f"Mozilla/5.0 Visitor/{n}")
            )
        time.sleep(2)
        restarted_at = time.monotonic()
        stack.redis.start()
        # Back in use once this process retries Redis (cache_backends.RETRY_SECONDS).
        cache_back_after = None
        while time.monotonic() - restarted_at < 20:
            if visit(server.url(home)).headers.get("X-Cache") == "HIT":
                cache_back_after = time.monotonic() - restarted_at
                break
            time.sleep(0.2)
    visits = load.visits
    during = between(visits, killed_at, restarted_at)
    counted = downloads_counted(stack, publication_id) - counted_before
    warnings = [
        line
        for line in log_since(server, log_start)
        if line.get("logger") == "cec_site.core.cache_backends" and line.get("level") == "WARNING"
    ]
    errors = [
        line for line in log_since(server, log_start) if line.get("level") in ("ERROR", "CRITICAL")
    ]
    report(
        "Redis killed under load (2 visitors per page, then 20 downloads by different visitors)",
        [
            "  while Redis was down:",
            *summary(during + downloads),
            f"  downloads counted while Redis was down: {counted} of {len(downloads)}",
            f"  whole run, Redis down and back: {sum(seen.failed for seen in visits)} failed "
            f"of {len(visits)}",
            f"  page cache back in use {cache_back_after:.1f} s after Redis restarted"
            if cache_back_after is not None
            else "  page cache NOT back in use within 20 s of Redis restarting",
            f"  log: {len(warnings)} warnings from the cache backend (2 workers), "
            f"{len(errors)} errors",
        ],
    )
    assert during, "no request was made while Redis was down"
    assert not any(seen.failed for seen in visits), [
        s.error or s.status for s in visits if s.failed
    ]
    assert all(seen.status == 200 for seen in during + downloads)
    assert all(seen.headers.get("Content-Type") == "application/pdf" for seen in downloads)
    assert counted == len(downloads)
    assert cache_back_after is not None
    # Rate-limited: at most once per worker per retry, not once per cache call.
    retries = (time.monotonic() - killed_at) / cache_backends.RETRY_SECONDS + 1
    assert 1 <= len(warnings) <= 2 * math.ceil(retries)
    assert errors == []


def test_postgres_stopped_cached_pages_served_others_503_then_recovers(production_stack, report):
    stack, server = production_stack, production_stack.server
    home, page = stack.urls["home"], stack.urls["publication"]
    visit(server.url(home))
    assert visit(server.url(home)).headers.get("X-Cache") == "HIT"
    assert visit(server.url(f"{page}?visit=before")).status == 200
    workers = server.worker_pids()
    log_start = len(server.log_lines())

    pages = {
        "cached home page /": lambda n: server.url(home),
        "uncached publication page": lambda n: server.url(f"{page}?visit={n}"),
        "not found (its 404 page reads the database)": lambda n: server.url(f"/gone-{n}.txt"),
        "/healthz": lambda n: server.url("/healthz"),
    }
    with Load(pages, clients=2, keep_bodies=True) as load:
        time.sleep(1)
        stack.postgres.stop()  # pg_ctl stop -m fast: connections cut, new ones refused
        stopped_at = time.monotonic()
        time.sleep(4)
        french = visit(server.url(f"/fr{page}?visit=fr"), "French uncached page")
        starting_at = time.monotonic()
        stack.postgres.start()
        started_at = time.monotonic()
        recovered_at = None
        while time.monotonic() - started_at < 30:
            if visit(server.url(f"{page}?visit=recovery-{time.monotonic()}")).status == 200:
                recovered_at = time.monotonic()
                break
            time.sleep(0.1)
        time.sleep(1)
    visits = load.visits
    during = between(visits, stopped_at, starting_at)
    after = [seen for seen in visits if recovered_at and seen.started >= recovered_at]

    def of(kind, seen_list=during):
        return [seen for seen in seen_list if seen.kind == kind]

    unavailable = [seen for seen in during if seen.status == 503 and seen.kind != "/healthz"]
    sample = unavailable[0] if unavailable else None
    lines = log_since(server, log_start)
    warnings = [
        line
        for line in lines
        if line.get("logger") == "cec_site.core.database_unavailable"
        and line.get("level") == "WARNING"
    ]
    errors = [line for line in lines if line.get("level") in ("ERROR", "CRITICAL")]
    # /healthz answers its own 503 (cec_site/core/views.py); Django logs each as an error.
    health_noise = [line for line in errors if line.get("message", "").endswith(": /healthz")]
    errors = [line for line in errors if line not in health_noise]
    with translation.override("fr"):
        french_home_link = gettext("Go to the home page")
    report(
        "PostgreSQL stopped under load (2 visitors per page), then started again",
        [
            "  while PostgreSQL was down:",
            *summary(during),
            f"  503 page: title {title_of(sample.body)!r}, "
            f"Retry-After {sample.headers.get('Retry-After')}, "
            f"Cache-Control {sample.headers.get('Cache-Control')!r}"
            if sample
            else "  no 503 page seen",
            f"  French visitor: {french.status}, title {title_of(french.body)!r}",
            f"  whole run: {sum(seen.status == 500 for seen in visits)} answers 500, "
            f"{sum(seen.status is None for seen in visits)} without an answer, of {len(visits)}",
            f"  recovered {recovered_at - started_at:.2f} s after PostgreSQL was up again"
            if recovered_at
            else "  NOT recovered within 30 s",
            f"  after recovery: {len(after)} requests, statuses "
            f"{sorted({str(seen.status) for seen in after})}",
            f"  workers {sorted(workers)} -> {sorted(server.worker_pids())} (no restart)",
            f"  log: {len(warnings)} 'database unavailable' warnings for {len(unavailable)} "
            f"503 pages; {len(errors)} errors; /healthz: {len(health_noise)} "
            "'Service Unavailable' error lines",
        ],
    )
    assert of("uncached publication page") and of("not found (its 404 page reads the database)")
    # Pages that need the database: the friendly 503, at once.
    for kind in ("uncached publication page", "not found (its 404 page reads the database)"):
        assert {seen.status for seen in of(kind)} == {503}, kind
    assert max(seen.seconds for seen in unavailable) < 1.0
    assert "Temporarily unavailable" in title_of(sample.body)
    assert sample.headers.get("Retry-After")
    assert "no-store" in sample.headers.get("Cache-Control", "")
    assert french.status == 503 and '<html lang="fr">' in french.body.decode()
    assert french_home_link in french.body.decode()
    # Pages in the page cache: still served.
    assert {seen.status for seen in of("cached home page /")} == {200}
    assert {seen.headers.get("X-Cache") for seen in of("cached home page /")} == {"HIT"}
    # The load balancer is told.
    assert {seen.status for seen in of("/healthz")} == {503}
    # Never a 500 or a dropped connection, before, during or after.
    assert not any(seen.status == 500 or seen.status is None for seen in visits)
    # Back by itself within seconds, with the same workers.
    assert recovered_at is not None and recovered_at - started_at < 10
    assert after and all(seen.status in (200, 404) for seen in after)
    assert server.worker_pids() == workers
    # One warning line per 503 page (not two, not a traceback), and no error.
    assert len(warnings) >= len(unavailable)
    request_ids = [line.get("request_id") for line in warnings]
    assert len(set(request_ids)) == len(request_ids)
    assert not any(line.get("exc_info") for line in warnings)
    assert errors == []
