"""Production settings refuse to start without their secrets or with a per-process cache
behind several workers, and pass check --deploy; without Redis the cache is a database table."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="cec_site.settings.production", **env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY="k" * 50 + "Zq9!")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    secret = "vL7#qP2@xN9$wR4%tY6^uI8&oA1*sD3(fG5)hJ0-kZ_cB"  # 50+ varied characters
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secret * 2,
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_a_per_process_cache_with_more_than_one_worker():
    from django.core.exceptions import ImproperlyConfigured

    from cec_site.settings.base import refuse_per_process_cache

    locmem = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with pytest.raises(ImproperlyConfigured, match="kept in each process"):
        refuse_per_process_cache(locmem, workers=2)
    refuse_per_process_cache(locmem, workers=1)  # one worker: one process, one cache
    shared = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache"}}
    refuse_per_process_cache(shared, workers=8)


def test_without_redis_every_process_shares_the_database_cache():
    """The default settings (no REDIS_URL) start, in production too, with many workers, and
    their cache is the database table that manage.py migrate makes."""
    code = (
        "from django.conf import settings;"
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'])"
    )
    result = run_manage(
        "shell",
        "-c",
        code,
        SECRET_KEY="k" * 50 + "Zq9!",
        ALLOWED_HOSTS="example.org",
        WEB_CONCURRENCY="4",
        REDIS_URL="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == [
        "django.core.cache.backends.db.DatabaseCache",
        "cec_cache",
    ]


def test_migrate_makes_the_cache_table(tmp_path):
    database = tmp_path / "fresh.sqlite3"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="cec_site.settings.dev", DATABASE_URL=f"sqlite:///{database}"
    )
    environment.pop("REDIS_URL", None)
    # One app's migrations are enough to see the table made after them.
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "migrate", "contenttypes", "--noinput"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with sqlite3.connect(database) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "cec_cache" in tables
