# syntax=docker/dockerfile:1
# The CEC portal: gunicorn + whitenoise, run as a non-root user.
# Build: docker build -t cec-portal .
# Run:   docker run -e SECRET_KEY=... -e ALLOWED_HOSTS=... -e DATABASE_URL=... -p 8000:8000 cec-portal
# Several of them behind a proxy, with PostgreSQL and Redis: compose.yaml.
# Built, run twice behind Caddy and checked on this machine's PostgreSQL and Redis: make image-check.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# gettext compiles the translations. No compiler: every dependency installs from a wheel (a
# dependency that one day needs compiling brings build-essential back here).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python -m venv /venv
ENV PATH="/venv/bin:$PATH"
# The dependencies get a layer of their own, rebuilt only when pyproject.toml changes. The
# project itself is not installed into the virtualenv: it runs from /app, where settings find
# templates/, static/ and locale/ beside the code.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt
# Everything .dockerignore lets through: the code, manage.py, templates, static, locale and
# cec_site/gunicorn.conf.py.
COPY . .
# Static files are collected and translations compiled at build time; the build needs a
# throw-away key and host list because production settings refuse to load without them.
RUN SECRET_KEY=build-only-not-used-at-run-time ALLOWED_HOSTS=build \
    DJANGO_SETTINGS_MODULE=cec_site.settings.production \
    sh -c 'python manage.py collectstatic --noinput --verbosity 0 && python manage.py compilemessages --verbosity 0' \
    && rm -rf var

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=cec_site.settings.production \
    MEDIA_ROOT=/data/media \
    PORT=8000 WEB_CONCURRENCY=2 GUNICORN_THREADS=4 \
    LOG_FORMAT=json
# curl for the HEALTHCHECK; apt's lists and caches go (a base image without Debian's
# docker-clean would otherwise keep about 80 MB of them in this layer).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 10001 --user-group --no-create-home --home-dir /app --shell /usr/sbin/nologin cec \
    && mkdir -p /data/media && chown cec /data/media
COPY --from=build /venv /venv
# The code belongs to root: the app user can write only to the media folder.
COPY --from=build /app /app
WORKDIR /app
USER cec
EXPOSE 8000
VOLUME ["/data/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent --header "Host: ${HEALTHCHECK_HOST:-localhost}" "http://127.0.0.1:${PORT}/healthz" || exit 1
# Workers, threads, port and timeouts come from the environment (see that file).
CMD ["gunicorn", "--config", "cec_site/gunicorn.conf.py", "cec_site.wsgi"]
