"""Visitors for the fault scenarios: threads requesting pages, recording what each one saw."""

import http.client
import statistics
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@dataclass
class Visit:
    kind: str
    url: str
    started: float  # time.monotonic()
    ended: float
    status: int | None  # None: no HTTP answer at all (connection refused or reset)
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    error: str = ""

    @property
    def seconds(self):
        return self.ended - self.started

    @property
    def failed(self):
        return self.status is None or self.status >= 500


def visit(url, kind="", user_agent=BROWSER, timeout=15):
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})  # noqa: S310
    started = time.monotonic()
    status, headers, body, error = None, {}, b"", ""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status, headers, body = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as answer:  # 4xx and 5xx: still what the visitor saw
        status, headers, body = answer.code, dict(answer.headers), answer.read()
    except (urllib.error.URLError, OSError, http.client.HTTPException) as failure:
        error = f"{type(failure).__name__}: {failure}"
    return Visit(kind, url, started, time.monotonic(), status, headers, body, error)


class Load:
    """`clients` threads per kind of page, each visiting `address(n)` for n = 0, 1, 2, …"""

    def __init__(self, addresses, clients=2, keep_bodies=False):
        self.addresses = addresses  # {kind: function of a counter giving a URL}
        self.clients = clients
        self.keep_bodies = keep_bodies
        self.visits = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = []

    def _run(self, kind, address, offset):
        n = offset
        while not self._stop.is_set():
            seen = visit(address(n), kind)
            if not self.keep_bodies and not seen.failed and seen.status < 500:
                seen.body = b""  # keep memory small; error pages are kept for the report
            with self._lock:
                self.visits.append(seen)
            n += self.clients

    def __enter__(self):
        for kind, address in self.addresses.items():
            for offset in range(self.clients):
                thread = threading.Thread(target=self._run, args=(kind, address, offset))
                thread.start()
                self._threads.append(thread)
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        for thread in self._threads:
            thread.join(30)


def between(visits, start, end):
    """Visits made wholly inside [start, end]."""
    return [seen for seen in visits if seen.started >= start and seen.ended <= end]


def summary(visits):
    """One line per kind of page: how many, which answers, how long they took."""
    lines = []
    for kind in sorted({seen.kind for seen in visits}):
        mine = [seen for seen in visits if seen.kind == kind]
        statuses = {}
        for seen in mine:
            label = str(seen.status) if seen.status is not None else "no answer"
            statuses[label] = statuses.get(label, 0) + 1
        answered = ", ".join(f"{label}×{count}" for label, count in sorted(statuses.items()))
        times = sorted(seen.seconds * 1000 for seen in mine)
        lines.append(
            f"  {kind:<42} {len(mine):>5} requests  {answered:<28} "
            f"median {statistics.median(times):6.0f} ms  max {times[-1]:6.0f} ms"
        )
    return lines
