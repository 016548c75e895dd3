# syntax=docker/dockerfile:1
# The CEC portal: gunicorn + whitenoise, run as a non-root user.
# Build: docker build -t cec-portal .
# Run:   docker run -e SECRET_KEY=... -e ALLOWED_HOSTS=... -e DATABASE_URL=... -p 8000:8000 cec-portal

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python -m venv /venv
ENV PATH="/venv/bin:$PATH"
COPY pyproject.toml README.md ./
COPY cec_site ./cec_site
COPY projects ./projects
COPY publications ./publications
COPY impact ./impact
RUN pip install .
COPY manage.py ./
COPY templates ./templates
COPY static ./static
COPY locale ./locale
# Static files are collected and translations compiled at build time; the build needs a
# throw-away key and host list because production settings refuse to load without them.
RUN SECRET_KEY=build-only-not-used-at-run-time ALLOWED_HOSTS=build \
    DJANGO_SETTINGS_MODULE=cec_site.settings.production \
    sh -c 'python manage.py collectstatic --noinput && python manage.py compilemessages'

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=cec_site.settings.production \
    MEDIA_ROOT=/data/media \
    PORT=8000 WEB_CONCURRENCY=2 GUNICORN_THREADS=4
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin cec \
    && mkdir -p /data/media && chown -R cec /data
COPY --from=build /venv /venv
COPY --from=build --chown=cec /app /app
WORKDIR /app
USER cec
EXPOSE 8000
VOLUME ["/data/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent --header "Host: ${HEALTHCHECK_HOST:-localhost}" "http://127.0.0.1:${PORT}/healthz" || exit 1
CMD ["sh", "-c", "exec gunicorn cec_site.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY} --threads ${GUNICORN_THREADS} --access-logfile -"]
