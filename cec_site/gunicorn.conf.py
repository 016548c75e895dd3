"""gunicorn settings, all from the environment.

Run: `gunicorn -c cec_site/gunicorn.conf.py cec_site.wsgi`.

Used by the container, `make run`, the load benchmark and the fault tests, so that all of
them measure and test the same server.

Workers: `WEB_CONCURRENCY` (gunicorn's own variable, as in the container), else `WORKERS`
(what `make run` takes), else 2. Production settings read the same two variables and refuse
to start with a per-process cache when there is more than one worker
(cec_site/settings/production.py).
"""

import os

# The container listens on every interface; elsewhere set HOST=127.0.0.1.
_host = os.environ.get("HOST", "0.0.0.0")  # noqa: S104
bind = os.environ.get("GUNICORN_BIND", f"{_host}:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY") or os.environ.get("WORKERS") or "2")
# Threads let a worker keep serving while one request waits on the database or a slow client.
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# The application writes its own JSON request log; gunicorn's access log is off unless asked.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
# When asked for, without gunicorn's own local-time stamp: the formatter below stamps the line.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# gunicorn (25.1+) opens a control socket for `gunicornc` by default, in $XDG_RUNTIME_DIR or
# ~/.gunicorn/. Off unless GUNICORN_CONTROL_SOCKET names its path: in the image the app user's
# home (/app) belongs to root, which made every start log "Control server error: [Errno 13]";
# and two servers on one machine (`make run` beside the tests or the benchmark) would share,
# and each remove, the one default path.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True

# gunicorn's own lines (start, workers, its access log when asked) on the application's clock:
# UTC, ISO 8601 with the offset, as LOG_FORMAT=text prints (cec_site.core.request_id).
_formatter = {
    "()": "cec_site.core.request_id.UTCFormatter",
    "fmt": "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s",
}
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"utc": _formatter},
    "handlers": {
        "gunicorn_stderr": {
            "class": "logging.StreamHandler",
            "formatter": "utc",
            "stream": "ext://sys.stderr",
        },
        "gunicorn_stdout": {
            "class": "logging.StreamHandler",
            "formatter": "utc",
            "stream": "ext://sys.stdout",
        },
    },
    # gunicorn merges this into its own defaults, whose root logger writes to "console": the
    # root is the application's (settings.LOGGING configures it in each worker).
    "root": {"level": "WARNING", "handlers": []},
    "loggers": {
        "gunicorn.error": {
            "level": loglevel.upper(),
            "handlers": ["gunicorn_stderr"],
            "propagate": False,
        },
        # Silent unless GUNICORN_ACCESS_LOG asks (a logging config turns gunicorn's on).
        "gunicorn.access": {
            "level": "INFO" if accesslog else "CRITICAL",
            "handlers": ["gunicorn_stdout"],
            "propagate": False,
        },
    },
}
