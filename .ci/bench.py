#!/usr/bin/env python3
"""The load benchmark behind `make bench`: the site as visitors meet it, under load.

It seeds a scaled demo into PostgreSQL (once; database cec_bench, kept for reruns), starts
gunicorn with the production settings on 127.0.0.1, and drives it from another process with
wrk: the home page, a filtered project listing, a publication, the Top 50, a search, the
download route twice, and one static file as the ceiling, first with the cache cold, then
warm. Then 60 s at 64 connections on the warm home page, for errors. It prints one table.

- download: one client asking again and again (wrk's one address and agent): after its first
  request within the 30-second double-click window, each is served and not counted.
- download, counted: every request a new visitor (its own address, through X-Forwarded-For
  from the loopback proxy, TRUSTED_PROXY_COUNT=1, and its own User-Agent), so every request
  is counted: the route's full cost. The report says how many were counted.
- Each row's SQL/req and × static (its req/s as a share of the static file's in the same
  mode) are the download's queries and its throughput against the ceiling.

A script rather than a management command: it drives the server from outside, as a load
generator must, and makes the database before Django can connect to it. The parts that need
Django (finding the pages, counting SQL queries) run in a child process of this same file
(`bench.py django ...`) with the server's settings.

- cold: every request misses the page cache (wrk adds a unique `?bench-cold=` to each), so
  Django renders every response. Redis is emptied first, then one request per page fills the
  app's smaller caches (menus, page sections, filter choices, the ranking) as they are on any
  running site: the runs measure rendering, not the seconds after an empty cache.
- warm: the same addresses without the query string, cached after the first request.
- Between runs the machine settles: Redis finishes any background save (the cold runs store
  thousands of pages, which sets off Redis's snapshot) and PostgreSQL checkpoints, so that
  one run's housekeeping does not land on the next (it made a warm run 2-3 times slower).
- SQL queries per request: counted apart, with Django's test client and CaptureQueriesContext
  on the same database, settings and Redis (one cold and one warm request per page), because
  wrk cannot see inside the server. The same pass times each request's CPU (CPU ms/req): on
  a machine shared with other work, req/s falls with the load, CPU time far less.

`bench.py publish` (`make bench-publish`) is the publish-under-load scenario: wrk at
BENCH_CONNECTIONS on a mix of the site's pages (home, listings, a topic, a publication, the
Top 50, a search, a feed), warm as on a running site, for 30 s, then an editor publishes a new
revision of a publication every BENCH_PUBLISH_EVERY seconds (30), BENCH_PUBLISHES times (4),
and the load goes on for a minute after the last. wrk runs in back-to-back slices of 10 s that
each write their whole latency histogram, so the report gives the exact p99, the throughput
and the errors of the minute after each publish (and of the quiet 30 s before, to compare).
Target: p99 < 500 ms, no errors.

`bench.py profile [PATH] [N]` shows where N uncached renders of PATH spend their time
(pyinstrument, from the dev extra), on the same database and settings.

Environment: BENCH_DATABASE_URL, BENCH_REDIS_URL (a Redis database of its own: it is
emptied), BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (8),
BENCH_SOAK_SECONDS (60; 0 skips the 64-connection run), GUNICORN_THREADS (4); BENCH_SCALE
and BENCH_HISTORY_DAYS (26 and 1095) size the demo.
"""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cec_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "60"))
SOAK_CONNECTIONS = 64
WORKERS = 2
THREADS = os.environ.get("GUNICORN_THREADS", "4")
# About 2,000 publications and 960 projects (the demo has 77 and 37), three years of downloads.
SCALE = int(os.environ.get("BENCH_SCALE", "26"))
HISTORY_DAYS = int(os.environ.get("BENCH_HISTORY_DAYS", str(3 * 365)))
DEMO_PUBLICATIONS = 77
MEDIA_ROOT = ROOT / "var" / "bench-media"
WORK_DIR = ROOT / "var" / "bench"
# A browser's User-Agent: COUNTER's robot list would rightly refuse to count wrk's own.
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) cec-bench"

PUBLISH_EVERY = int(os.environ.get("BENCH_PUBLISH_EVERY", "30"))
PUBLISHES = int(os.environ.get("BENCH_PUBLISHES", "4"))
SLICE_SECONDS = 10
PUBLISH_P99_TARGET_MS = 500

# wrk's Lua: done() prints the summary as one JSON line; the cold script also makes every
# request's address unique (per thread id and counter), so no two share a page-cache entry.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, '
    .. '"max_us": %d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.status, e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
"""
# Every request a new visitor: its own address (198.18.0.0/15, the range set aside for
# benchmarks, one /16 per thread) and its own User-Agent, so each is counted.
WRK_COUNTED = """
local next_thread = 0
setup = function(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end
local counter = 0
request = function()
  counter = counter + 1
  local n = counter % 65536
  local headers = {}
  headers["X-Forwarded-For"] = string.format(
    "198.%d.%d.%d", 17 + thread_id, math.floor(n / 256), n % 256)
  headers["User-Agent"] = "BROWSER visitor-" .. thread_id .. "-" .. counter
  return wrk.format(nil, nil, headers)
end
""".replace("BROWSER", USER_AGENT)
# The publish scenario's load: each connection walks the list of pages (Lua table PATHS),
# starting at its own place; done() adds the latency histogram (distinct values in µs and
# their counts), so that slices can be merged into exact percentiles.
WRK_MIX = """
local paths = PATHS
local next_thread = 0
setup = function(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, paths[(counter + thread_id * 7) % #paths + 1])
end
"""
WRK_HISTOGRAM = """
local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local parts = {}
  for i = 1, #latency do
    local value, count = latency(i)
    parts[#parts + 1] = string.format("%d:%d", value, count)
  end
  io.write("HISTOGRAM " .. table.concat(parts, ",") .. "\\n")
end
"""
WRK_COLD = """
local next_thread = 0
setup = function(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end
local counter = 0
request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "bench-cold=" .. thread_id .. "-" .. counter)
end
"""


def main():
    ensure_tools()
    env = server_environment()
    prepare_database(env)
    pages = django_task(env, "discover")
    load_before = os.getloadavg()
    with served(env) as (base, scripts):
        (scripts / "warm.lua").write_text(WRK_REPORT)
        (scripts / "cold.lua").write_text(WRK_COLD + WRK_REPORT)
        (scripts / "counted.lua").write_text(WRK_COUNTED + WRK_REPORT)
        # Each worker compiles its templates and opens its connections, then the cache is
        # emptied: the cold runs start from nothing.
        for _ in range(2 * WORKERS):
            for page in pages:
                fetch(base + with_query(page["path"], f"bench-cold=warmup-{time.time_ns()}"))
        flush_redis()
        for page in pages:
            fetch(base + with_query(page["path"], "bench-cold=fills-the-fragment-caches"))
        results = []
        for mode in ("cold", "warm"):
            for page in pages:
                if mode == "warm":
                    fetch(base + page["path"])  # fills the page cache
                settle()
                script = "counted" if page.get("counted") else mode
                counted_before = downloads_today() if page.get("counted") else None
                run = wrk(base + page["path"], scripts / f"{script}.lua", CONNECTIONS, DURATION)
                drain(base)
                if counted_before is not None:
                    run["counted"] = downloads_today() - counted_before
                results.append({"page": page["name"], "mode": mode, **run})
                print(f"  {mode:4} {page['name']:<22} {run['rps']:8.1f} req/s", flush=True)
        soak = None
        if SOAK_SECONDS:
            home = pages[0]["path"]
            fetch(base + home)
            settle()
            soak = wrk(base + home, scripts / "warm.lua", SOAK_CONNECTIONS, SOAK_SECONDS)
        queries = django_task(env, "count-queries", json.dumps(pages))
    load_after = os.getloadavg()
    print_report(pages, results, queries, soak, load_before, load_after)


# -- preparing ------------------------------------------------------------------------------


def ensure_tools():
    if shutil.which("wrk") is None:
        print("wrk is missing: installing it from Debian", flush=True)
        apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt)  # noqa: S607
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=apt)  # noqa: S607
    ready = subprocess.run(["pg_isready", "-q", "-d", DATABASE_URL], check=False)  # noqa: S603, S607
    if ready.returncode:
        sys.exit(f"PostgreSQL does not answer at {DATABASE_URL}: start it first.")


def server_environment():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="cec_site.settings.production",
        SECRET_KEY="bench-only-" + "b" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain HTTP on the loopback: no redirect to HTTPS.
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        MEDIA_ROOT=str(MEDIA_ROOT),
        WEB_CONCURRENCY=str(WORKERS),
        GUNICORN_THREADS=THREADS,
        LOG_FORMAT="json",
        # wrk, on the loopback, is the proxy of the counted downloads' visitors.
        TRUSTED_PROXY_COUNT="1",
    )
    return environment


def prepare_database(env):
    maintenance_url = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    name = DATABASE_URL.rsplit("/", 1)[1]
    if not name.replace("_", "").isalnum():
        sys.exit(f"Use a plain database name in BENCH_DATABASE_URL, not {name!r}.")
    query = f"SELECT 1 FROM pg_database WHERE datname='{name}'"  # noqa: S608 - checked above
    exists = subprocess.run(  # noqa: S603
        ["psql", maintenance_url, "-tAc", query],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", maintenance_url, "-qc", f'CREATE DATABASE "{name}"'], check=True)  # noqa: S603, S607
    manage(env, "migrate", "--noinput", "-v0")
    have = int(django_task(env, "count-publications"))
    if have < DEMO_PUBLICATIONS * SCALE:
        # English only: translating every scaled copy into French and Spanish would take hours,
        # and the load runs read English pages.
        print(f"Seeding the scaled demo into {name} (once; it takes a while)…", flush=True)
        # The search index is built once at the end: Wagtail's database backend re-aggregates
        # the whole index on every page saved, which made seeding take about 1 s a page.
        manage(
            {**env, "SEARCH_AUTO_UPDATE": "false"},
            "load_demo_content",
            f"--scale={SCALE}",
            f"--history-days={HISTORY_DAYS}",
            "--english-only",
            "-v1",
        )
        manage(env, "update_index", "-v0")
    # Fresh planner statistics, as autovacuum keeps them on a running site: right after the
    # seed, PostgreSQL still plans the search for the handful of rows it last counted
    # (measured: the search's two queries took 130 and 160 ms instead of 33 and 40).
    subprocess.run(["psql", DATABASE_URL, "-qc", "VACUUM ANALYZE"], check=True)  # noqa: S603, S607
    manage(env, "collectstatic", "--noinput", "-v0")


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def django_task(env, task, *args):
    """Run `task` below in a child process with the server's settings; its JSON result."""
    result = subprocess.run(  # noqa: S603
        [PYTHON, __file__, "django", task, *args],
        cwd=ROOT,
        env={**env, "LOG_LEVEL": "ERROR"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the server and the load ----------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def served(env):
    """gunicorn with the server's settings on a free port (its address) and a folder for wrk's
    scripts; after, both are gone and Redis is emptied (the cold runs store thousands of pages,
    each under its own address)."""
    port = free_port()
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    scripts = Path(tempfile.mkdtemp(prefix="cec-bench-"))
    server = start_server(env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_healthy(base)
        yield base, scripts
    finally:
        stop_server(server)
        shutil.rmtree(scripts, ignore_errors=True)
        flush_redis()


def start_server(env, port):
    log = (WORK_DIR / "gunicorn.log").open("w")
    print(
        f"gunicorn on 127.0.0.1:{port}: {WORKERS} workers × {THREADS} threads, production "
        f"settings; its log: {WORK_DIR / 'gunicorn.log'}",
        flush=True,
    )
    return subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "--config", "cec_site/gunicorn.conf.py", "cec_site.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop_server(server):
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def wait_until_healthy(base):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if fetch(base + "/healthz") == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer /healthz in 60 s: see {WORK_DIR / 'gunicorn.log'}")


def fetch(url):
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def drain(base):
    """Wait for the requests wrk left behind (it stops sending, the server goes on answering
    what it has accepted), so that they do not slow the next run."""
    for _ in range(2 * WORKERS):
        fetch(base + "/healthz")


def settle():
    """Let Redis finish a background save and PostgreSQL write a checkpoint before a run."""
    import redis

    server = redis.Redis.from_url(REDIS_URL)
    deadline = time.monotonic() + 60
    while server.info("persistence").get("rdb_bgsave_in_progress") and time.monotonic() < deadline:
        time.sleep(0.2)
    subprocess.run(["psql", DATABASE_URL, "-qc", "CHECKPOINT"], check=True)  # noqa: S603, S607


def with_query(path, parameter):
    return path + ("&" if "?" in path else "?") + parameter


def downloads_today():
    """Counted downloads of every publication since yesterday: a run's difference is what it
    counted (only the bench counts on its database). Yesterday too, because the site's day
    (TIME_ZONE) and PostgreSQL's CURRENT_DATE (the server's zone) need not agree."""
    query = "SELECT COALESCE(SUM(count), 0) FROM publications_publicationdownloadday"
    output = subprocess.run(  # noqa: S603
        ["psql", DATABASE_URL, "-tAc", f"{query} WHERE day >= CURRENT_DATE - 1"],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(output.strip() or 0)


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def wrk(url, script, connections, seconds):
    return wrk_finish(wrk_start(url, script, connections, seconds))


# -- publishing under load -------------------------------------------------------------------


def publish_under_load():
    """The publish scenario (`bench.py publish`): see the module docstring."""
    ensure_tools()
    env = server_environment()
    prepare_database(env)
    paths = django_task(env, "mix-paths")
    lua_paths = "{" + ", ".join(json.dumps(path) for path in paths) + "}"
    slices, publishes = [], []
    with served(env) as (base, scripts):
        (scripts / "mix.lua").write_text(
            WRK_MIX.replace("PATHS", lua_paths) + WRK_REPORT + WRK_HISTOGRAM
        )
        flush_redis()
        for _ in range(2 * WORKERS):  # every worker compiles its templates; the cache fills
            for path in paths:
                fetch(base + path)
        settle()
        publisher = subprocess.Popen(  # noqa: S603 - an editor in its own process
            [PYTHON, __file__, "django", "publisher"],
            cwd=ROOT,
            env={**env, "LOG_LEVEL": "ERROR"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = json.loads(publisher.stdout.readline())
        print(f"Publishing revisions of {ready['url']} under load; {len(paths)} pages", flush=True)
        started = time.monotonic()
        quiet = PUBLISH_EVERY
        total = quiet + (PUBLISHES - 1) * PUBLISH_EVERY + 60
        while (elapsed := time.monotonic() - started) < total - 1:
            due = (
                len(publishes) < PUBLISHES and elapsed >= quiet + len(publishes) * PUBLISH_EVERY - 1
            )
            load = wrk_start(base + "/", scripts / "mix.lua", CONNECTIONS, SLICE_SECONDS)
            slice_start = time.monotonic() - started
            if due:
                time.sleep(0.5)  # the publish lands on a loaded server
                publisher.stdin.write("publish\n")
                publisher.stdin.flush()
                answer = json.loads(publisher.stdout.readline())
                publishes.append({"at": slice_start, **answer})
                print(f"  published revision {answer['revision']} in {answer['ms']} ms", flush=True)
            run = wrk_finish(load)
            run["start"], run["end"] = slice_start, time.monotonic() - started
            slices.append(run)
            print(
                f"  {run['start']:5.0f} s  {run['rps']:7.1f} req/s  "
                f"p99 {run['p99_us'] / 1000:6.0f} ms  errors {run['errors']}",
                flush=True,
            )
        publisher.stdin.close()
        publisher.wait(timeout=30)
    print_publish_report(paths, slices, publishes)


def wrk_start(url, script, connections, seconds):
    return subprocess.Popen(  # noqa: S603
        [  # noqa: S607
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "5s",
            "--latency",
            "--header",
            f"User-Agent: {USER_AGENT}",
            "--script",
            str(script),
            url,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def wrk_finish(process):
    """The run's summary (the scripts' BENCH line) and, when the script writes one, its whole
    latency histogram (HISTOGRAM), for exact percentiles over several runs."""
    output, _ = process.communicate()
    if process.returncode:
        sys.exit(f"wrk failed ({process.returncode}): {output[-500:]}")
    lines = output.splitlines()
    run = json.loads(
        next(line for line in lines if line.startswith("BENCH ")).removeprefix("BENCH ")
    )
    run["histogram"] = {}
    histogram = next((line for line in lines if line.startswith("HISTOGRAM ")), "HISTOGRAM ")
    for pair in histogram.removeprefix("HISTOGRAM ").split(","):
        if pair:
            value, count = pair.split(":")
            run["histogram"][int(value)] = run["histogram"].get(int(value), 0) + int(count)
    run["rps"] = run["requests"] / (run["duration_us"] / 1e6)
    run["errors"] = sum(run[k] for k in ("connect", "read", "write", "status", "timeout"))
    return run


def merged(slices):
    """Requests, req/s, exact p99 (ms) and errors of consecutive wrk slices."""
    histogram = {}
    for run in slices:
        for value, count in run["histogram"].items():
            histogram[value] = histogram.get(value, 0) + count
    total = sum(histogram.values())
    p99, seen = 0, 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= 0.99 * total:
            p99 = value
            break
    requests = sum(run["requests"] for run in slices)
    seconds = sum(run["duration_us"] for run in slices) / 1e6
    return {
        "requests": requests,
        "rps": requests / seconds if seconds else 0.0,
        "p99_ms": p99 / 1000,
        "errors": sum(run["errors"] for run in slices),
        "seconds": seconds,
    }


def print_publish_report(paths, slices, publishes):
    print()
    print(
        f"Publish under load: {CONNECTIONS} connections on {len(paths)} pages, "
        f"{os.cpu_count()} CPUs, gunicorn {WORKERS} workers × {THREADS} threads; a revision "
        f"published every {PUBLISH_EVERY} s"
    )
    header = f"| {'window':<34} | {'req/s':>7} | {'p99 ms':>7} | {'errors':>6} | {'requests':>8} |"
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    rows = []
    first = publishes[0]["at"] if publishes else float("inf")
    rows.append(("before any publish", [run for run in slices if run["start"] < first - 0.1]))
    for n, publish in enumerate(publishes, 1):
        after = [run for run in slices if publish["at"] - 0.1 <= run["start"] < publish["at"] + 59]
        rows.append((f"minute after publish {n} ({publish['ms']} ms)", after))
    met = True
    for label, runs in rows:
        if not runs:
            continue
        figures = merged(runs)
        if label != rows[0][0]:
            met = met and figures["p99_ms"] < PUBLISH_P99_TARGET_MS and not figures["errors"]
        print(
            f"| {label:<34} | {figures['rps']:7.1f} | {figures['p99_ms']:7.0f} | "
            f"{figures['errors']:6d} | {figures['requests']:8d} |"
        )
    whole = merged(slices)
    print(
        f"Whole run: {whole['requests']} requests in {whole['seconds']:.0f} s, "
        f"p99 {whole['p99_ms']:.0f} ms, {whole['errors']} errors. Target: p99 < "
        f"{PUBLISH_P99_TARGET_MS} ms and no errors in the minute after each publish: "
        f"{verdict(met)}"
    )


def mix_paths():
    """The pages visitors read, from the seeded database (anonymous, cacheable)."""
    from cec_site.core.models import TopicPage
    from publications.models import PublicationIndexPage

    pages = {page["name"]: page["path"] for page in discover()}
    publications = PublicationIndexPage.objects.live().filter(locale__language_code="en").first()
    topic = TopicPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    projects = pages["projects, filtered"].split("?")[0]
    return [
        pages["home"],
        projects,
        pages["projects, filtered"],
        publications.url,
        pages["publication"],
        pages["top 50"],
        pages["search"],
        topic.url,
        "/feeds/publications/rss/",
    ]


def publisher():
    """An editor publishing a new revision of the home page's publication, once per line read.

    Prints one JSON line when ready, then one per publish: the revision and its time.
    """
    from publications.models import PublicationPage

    page = (
        PublicationPage.objects.live()
        .filter(locale__language_code="en", document__isnull=False)
        .order_by("pk")
        .first()
    )
    print(json.dumps({"url": page.url}), flush=True)
    subtitle = page.subtitle
    revision = 0
    for _line in sys.stdin:
        revision += 1
        started = time.monotonic()
        page = PublicationPage.objects.get(pk=page.pk)
        page.subtitle = f"{subtitle} (revision {revision})"[:250]
        page.save_revision().publish()
        ms = round((time.monotonic() - started) * 1000)
        print(json.dumps({"revision": revision, "ms": ms}), flush=True)
    page.subtitle = subtitle
    page.save_revision().publish()
    return {"revisions": revision}


# -- the report ------------------------------------------------------------------------------


def print_report(pages, results, queries, soak, load_before, load_after):
    static = {r["mode"]: r["rps"] for r in results if r["page"] == "static file"}
    header = (
        "page",
        "cache",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "SQL/req",
        "× static",
        "CPU ms/req",
    )
    rows = []
    for result in results:
        count = queries[result["page"]][result["mode"]]
        cpu = queries[result["page"]][f"{result['mode']}_cpu_ms"]
        rows.append(
            (
                result["page"],
                result["mode"],
                f"{result['rps']:.0f}",
                f"{result['p50_us'] / 1000:.1f}",
                f"{result['p99_us'] / 1000:.1f}",
                str(result["errors"]),
                str(count),
                ratio(result["rps"], static[result["mode"]]),
                f"{cpu:.1f}",
            )
        )
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return " | ".join(
            str(c).ljust(w) if i < 2 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    print()
    print(
        f"{os.cpu_count()} CPUs; gunicorn {WORKERS} workers × {THREADS} threads; wrk 2 threads, "
        f"{CONNECTIONS} connections, {DURATION} s per run; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )
    print(
        "CPU ms/req: the median CPU time one request takes in a single Django process with the "
        "same settings (2 cores give at best 2000 / this req/s, before gunicorn's own share)"
    )
    print(line(header))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    if soak:
        print(
            f"\nwarm home page, {SOAK_CONNECTIONS} connections for {SOAK_SECONDS} s: "
            f"{soak['rps']:.0f} req/s, p50 {soak['p50_us'] / 1000:.1f} ms, p99 "
            f"{soak['p99_us'] / 1000:.1f} ms, errors {soak['errors']} (non-2xx/3xx "
            f"{soak['status']}, connect {soak['connect']}, read {soak['read']}, write "
            f"{soak['write']}, timeout {soak['timeout']}) of {soak['requests']} requests"
        )
    home_cold = next(r for r in results if r["page"] == "home" and r["mode"] == "cold")
    cached = [r for r in results if r["mode"] == "warm" and r["page"] in CACHEABLE]
    slowest = min(cached, key=lambda r: r["rps"])
    print("\ntargets:")
    print(
        f"  uncached home ≥ 150 req/s, p99 < 200 ms: {home_cold['rps']:.0f} req/s, p99 "
        f"{home_cold['p99_us'] / 1000:.0f} ms — "
        f"{verdict(home_cold['rps'] >= 150 and home_cold['p99_us'] < 200_000)}"
    )
    print(
        f"  cached pages ≥ 50 % of static: lowest {slowest['page']} at "
        f"{ratio(slowest['rps'], static['warm'])} — "
        f"{verdict(all(r['rps'] >= 0.5 * static['warm'] for r in cached))}"
    )
    if soak:
        print(f"  0 errors at 64 connections: {soak['errors']} — {verdict(not soak['errors'])}")
    for result in results:
        if "counted" in result:
            print(
                f"  {result['page']} ({result['mode']}): {result['counted']} counted for the "
                f"{result['requests']} requests wrk completed, each a new visitor (the ones "
                "still in flight when it stopped were answered, and counted, too)"
            )
    pages_with_problems = [p for p in pages if queries[p["name"]].get("note")]
    for page in pages_with_problems:
        print(f"  note, {page['name']}: {queries[page['name']]['note']}")


# Pages the page cache may keep (not the downloads, which must reach Django each time).
CACHEABLE = {"home", "projects, filtered", "publication", "top 50", "search"}


def ratio(rps, static_rps):
    return f"{rps / static_rps:.0%}" if static_rps else "n/a"


def verdict(met):
    return "met" if met else "NOT met"


# -- the Django side (child process) --------------------------------------------------------


def discover():
    """The addresses to load, from the seeded database."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    from cec_site.core.models import TopicPage
    from projects.models import ProjectIndexPage
    from publications.models import PublicationIndexPage, PublicationPage

    projects = ProjectIndexPage.objects.live().filter(locale__language_code="en").first()
    topic = TopicPage.objects.live().filter(locale__language_code="en", slug="climate-change")
    topic_slug = (topic.first() or TopicPage.objects.live().first()).slug
    publications = PublicationIndexPage.objects.live().filter(locale__language_code="en").first()
    # The seed's publication (the one the home page features), with its PDF.
    publication = (
        PublicationPage.objects.live()
        .filter(locale__language_code="en", document__isnull=False)
        .order_by("pk")
        .first()
    )
    return [
        {"name": "home", "path": "/"},
        {
            "name": "projects, filtered",
            "path": f"{projects.url}?topic={topic_slug}&status=active",
        },
        {"name": "publication", "path": publication.url},
        {"name": "top 50", "path": publications.url + "top-50/"},
        {"name": "search", "path": "/search/?q=climate"},
        {"name": "download", "path": publication.download_url},
        {"name": "download, counted", "path": publication.download_url, "counted": True},
        {"name": "static file", "path": staticfiles_storage.url("css/cec.css")},
    ]


def count_queries(pages):
    """SQL queries of one cold (uncached) and one warm request per page, as the server runs."""
    import uuid

    from django.db import connection
    from django.db.models import Sum
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from publications.models import PublicationDownloadDay

    counts = {}
    # As in the load runs, one request per page first fills the small caches this process
    # and this host name (the test client's) need: the count is a running site's.
    warmer = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=USER_AGENT)
    for page in pages:
        if not page.get("counted"):
            warmer.get(with_query(page["path"], f"bench-cold={uuid.uuid4().hex}"))
    for page in pages:
        client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=USER_AGENT)
        if page.get("counted"):
            client = new_visitor_client(HTTP_HOST="localhost")
        counted_before = PublicationDownloadDay.objects.aggregate(total=Sum("count"))["total"]
        # Counted at once: the log a context reads may be emptied when the next request starts.
        with CaptureQueriesContext(connection) as cold:
            cold_response = client.get(with_query(page["path"], f"bench-cold={uuid.uuid4().hex}"))
        cold_count = len(cold)
        client.get(page["path"])
        with CaptureQueriesContext(connection) as warm:
            warm_response = client.get(page["path"])
        counted = (
            PublicationDownloadDay.objects.aggregate(total=Sum("count"))["total"] - counted_before
        )
        counts[page["name"]] = {
            "cold": cold_count,
            "warm": len(warm),
            "cold_cpu_ms": cpu_ms(client, page["path"], cold=True),
            "warm_cpu_ms": cpu_ms(client, page["path"], cold=False),
        }
        notes = []
        if page.get("counted") and counted != 3:
            notes.append(f"{counted} of its 3 counted requests were counted")
        statuses = sorted({cold_response.status_code, warm_response.status_code})
        if statuses != [200]:
            notes.append(f"answered {statuses}, not 200")
        # The page cache says what it did (X-Cache): a cold request must not be a hit.
        if cold_response.get("X-Cache") == "HIT":
            notes.append("the cold request was a page-cache hit")
        if page["name"] in CACHEABLE and warm_response.get("X-Cache") != "HIT":
            notes.append(f"the warm request was a page-cache {warm_response.get('X-Cache')}")
        if notes:
            counts[page["name"]]["note"] = "; ".join(notes)
    return counts


def new_visitor_client(**defaults):
    """A test client whose every request comes from a new visitor (address and agent)."""
    from django.test import Client

    class NewVisitor(Client):
        visitors = 0

        def request(self, **request):
            NewVisitor.visitors += 1
            n = NewVisitor.visitors
            request.setdefault("REMOTE_ADDR", f"198.18.{n // 256 % 256}.{n % 256}")
            request.setdefault("HTTP_USER_AGENT", f"{USER_AGENT} visitor-{n}")
            return super().request(**request)

    return NewVisitor(**defaults)


def cpu_ms(client, path, *, cold, repeat=5):
    """Median CPU time of one request in this process (the server's share, without waiting):
    a measure that other programs on the machine disturb less than req/s."""
    import statistics
    import uuid

    timings = []
    for _ in range(repeat):
        address = with_query(path, f"bench-cold={uuid.uuid4().hex}") if cold else path
        started = time.process_time()
        client.get(address)
        timings.append((time.process_time() - started) * 1000)
    return round(statistics.median(timings), 1)


def profile(path, repeat):
    """Where an uncached request's time goes: pyinstrument over `repeat` renders of `path`."""
    import uuid

    from django.test import Client

    from pyinstrument import Profiler

    client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=USER_AGENT)
    client.get(with_query(path, "bench-cold=profile-warmup"))  # imports, templates, caches
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(repeat):
            client.get(with_query(path, f"bench-cold={uuid.uuid4().hex}"))
    sys.stderr.write(profiler.output_text(unicode=True, show_all=False))
    return {"path": path, "repeat": repeat}


def django_main(task, *args):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if task == "discover":
        result = discover()
    elif task == "count-queries":
        result = count_queries(json.loads(args[0]))
    elif task == "profile":
        result = profile(args[0], int(args[1]))
    elif task == "mix-paths":
        result = mix_paths()
    elif task == "publisher":
        result = publisher()
    elif task == "count-publications":
        from publications.models import PublicationPage

        result = PublicationPage.objects.filter(locale__language_code="en").count()
    else:
        raise SystemExit(f"unknown task {task}")
    print(json.dumps(result))


def profile_main(path="/", repeat="200"):
    """`bench.py profile [PATH] [N]`: profile N uncached renders on the bench database."""
    env = server_environment()
    subprocess.run(  # noqa: S603
        [PYTHON, __file__, "django", "profile", path, repeat],
        cwd=ROOT,
        env={**env, "LOG_LEVEL": "ERROR"},
        check=True,
        stdout=subprocess.DEVNULL,  # the access log; the profile goes to stderr
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["django"]:
        django_main(*sys.argv[2:])
    elif sys.argv[1:2] == ["profile"]:
        profile_main(*sys.argv[2:])
    elif sys.argv[1:2] == ["publish"]:
        publish_under_load()
    else:
        main()
