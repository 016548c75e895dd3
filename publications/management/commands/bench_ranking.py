"""Benchmark the Top 50 and the download route: `make bench-ranking` (PostgreSQL).

Prints one table: the time to recompute each window's ranking over the whole history, the
Top 50 page's server time with a warm cache, and how much a gunicorn worker's memory grows
while it streams a 50 MB PDF.
"""

import io
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from wagtail.documents import get_document_model

from pypdf import PdfWriter

from publications import ranking
from publications.models import PublicationDownloadDay, PublicationIndexPage, PublicationPage


class Command(BaseCommand):
    help = "Benchmark ranking recomputation, the Top 50 page and a 50 MB download."

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=2000)
        parser.add_argument("--days", type=int, default=3 * 365)
        parser.add_argument("--repeat", type=int, default=200)

    def handle(self, *args, publications, days, repeat, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Run the benchmark on PostgreSQL: set DATABASE_URL.")
        self.seed(publications, days)
        rows = PublicationDownloadDay.objects.count()
        results = [("history rows", f"{rows:,}", "")]
        for window in ranking.WINDOWS:
            timings = []
            for _ in range(5):
                start = time.perf_counter()
                ranking.compute(window)
                timings.append(time.perf_counter() - start)
            results.append(
                (
                    f"recompute ranking ({window})",
                    f"{statistics.median(timings) * 1000:.0f} ms",
                    "target < 1000 ms",
                )
            )
        results.append(self.top_50_page(repeat))
        results.append(self.download_memory())
        width = max(len(name) for name, _v, _t in results)
        self.stdout.write(f"\n{'measure'.ljust(width)} | {'result':>12} | target")
        self.stdout.write(f"{'-' * width}-|-{'-' * 12}-|-{'-' * 18}")
        for name, value, target in results:
            self.stdout.write(f"{name.ljust(width)} | {value:>12} | {target}")

    def seed(self, publications, days):
        have = PublicationPage.objects.count()
        if have < publications:
            scale = -(-publications // 77)  # the demo has 77 publications
            self.stdout.write(f"Seeding about {scale * 77} publications (once)…")
            call_command(
                "load_demo_content", scale=scale, history_days=days, english_only=True, verbosity=1
            )
            # `make bench-ranking` seeds with SEARCH_AUTO_UPDATE off (one index pass is far
            # faster than one per page); `make bench` searches the same database.
            call_command("update_index", verbosity=0)

    def top_50_page(self, repeat):
        url = PublicationIndexPage.objects.live().first().url + "top-50/"
        client = Client(HTTP_HOST="localhost")
        client.get(url)  # warm: the ranking and the page fragment are cached
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - start)
            assert response.status_code == 200
        return (
            "Top 50 page, warm cache (p50)",
            f"{statistics.median(timings) * 1000:.1f} ms",
            "target < 30 ms",
        )

    def download_memory(self):
        """Stream a 50 MB PDF from a real gunicorn worker; compare its resident memory."""
        writer = PdfWriter()
        writer.add_blank_page(612, 792)
        writer.add_attachment("data.bin", os.urandom(50 * 1024 * 1024))
        buffer = io.BytesIO()
        writer.write(buffer)
        size = buffer.tell()
        Document = get_document_model()
        document = Document(title="Benchmark 50 MB PDF")
        document.file.save("bench-50mb.pdf", ContentFile(buffer.getvalue()), save=True)
        publication = PublicationPage.objects.live().first()
        publication.document = document
        publication.save_revision().publish()

        port = 8765
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cec_site.settings.dev"}
        server = subprocess.Popen(  # noqa: S603 - our own server, fixed arguments
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cec_site.wsgi",
                "--workers",
                "1",
                "--bind",
                f"127.0.0.1:{port}",
                "--env",
                "DJANGO_SETTINGS_MODULE=cec_site.settings.dev",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(50):
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310
                    break
                except OSError:
                    time.sleep(0.2)
            worker = self.worker_pid(server.pid)
            url = base + publication.download_url
            headers = {"User-Agent": "Mozilla/5.0 benchmark"}
            # One download first, so imports and caches are in place; then measure another.
            self.fetch(url, headers)
            before = self.rss_kib(worker)
            peak = before
            request = urllib.request.Request(url, headers=headers)  # noqa: S310
            with urllib.request.urlopen(request) as response:  # noqa: S310
                received = 0
                while chunk := response.read(256 * 1024):
                    received += len(chunk)
                    peak = max(peak, self.rss_kib(worker))
            assert received == size, (received, size)
            growth = (peak - before) / 1024
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)
            publication.document = None
            publication.save_revision().publish()
            document.delete()
        return ("worker memory growth, 50 MB PDF", f"{growth:.1f} MiB", "target < 10 MiB")

    @staticmethod
    def fetch(url, headers):
        request = urllib.request.Request(url, headers=headers)  # noqa: S310
        with urllib.request.urlopen(request) as response:  # noqa: S310
            while response.read(1024 * 1024):
                pass

    @staticmethod
    def worker_pid(master_pid):
        for _ in range(50):
            children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
            if children.exists() and children.read_text().split():
                return int(children.read_text().split()[0])
            time.sleep(0.1)
        raise CommandError("gunicorn started no worker")

    @staticmethod
    def rss_kib(pid):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0
