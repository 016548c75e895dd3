"""gunicorn settings, all from the environment.

Run: `gunicorn -c cec_site/gunicorn.conf.py cec_site.wsgi`.

Used by the container, `make run`, the load benchmark and the fault tests, so that all of
them measure and test the same server.
"""

import os

# The container listens on every interface; elsewhere set HOST=127.0.0.1.
_host = os.environ.get("HOST", "0.0.0.0")  # noqa: S104
bind = os.environ.get("GUNICORN_BIND", f"{_host}:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads let a worker keep serving while one request waits on the database or a slow client.
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# The application writes its own JSON request log; gunicorn's access log is off unless asked.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
