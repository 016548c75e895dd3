# Two commands do all set-up: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
TEST_WORKERS ?= 2
export DJANGO_SETTINGS_MODULE ?= cec_site.settings.dev
# The address make run serves (WAGTAILADMIN_BASE_URL when set, e.g. behind a proxy): the
# demo's Site takes it, so that every absolute URL the site writes points there.
SITE_URL = $${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}
# Each long step says what it does as it starts (the demo loader also prints its steps' times).
STEP = @printf '\n==> %s\n'
CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po)

.PHONY: run serve install install-dev migrate demo static messages prerequisites test lint format superuser bench bench-publish bench-ranking check-compose clean

# What the system must provide, checked before anything else runs: Python's venv module and
# GNU gettext (msgfmt compiles the French and Spanish catalogues). Installed with apt as root.
prerequisites:
	@missing=""; \
	$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	command -v msgfmt > /dev/null || missing="$$missing gettext"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get > /dev/null; then \
			echo "==> Installing what the system lacks:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing > /dev/null; \
		else \
			echo "Missing:$$missing. Install it first, e.g. on Debian or Ubuntu:"; \
			echo "    sudo apt-get install$$missing"; \
			echo "(macOS: brew install gettext; Python's venv comes with python.org's Python)"; \
			exit 1; \
		fi; \
	fi

$(BIN)/python: | prerequisites
	$(STEP) "Virtualenv in $(VENV)"
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(STEP) "Installing the dependencies (pyproject.toml)"
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The project's own catalogues only (not the 2,000 in .venv that compilemessages would walk),
# with the msgfmt call Django's compilemessages makes; only when a .po changed.
messages: prerequisites $(CATALOGUES:.po=.mo)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check-format -o $@ $<

# migrate also makes the cache table when there is no Redis (cec_site/home/management/commands/migrate.py).
migrate: install
	$(STEP) "Database: $${DATABASE_URL:-SQLite file var/db.sqlite3}"
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(STEP) "Demo content at $(SITE_URL) (the first time: about a minute)"
	$(BIN)/python manage.py load_demo_content --site-url "$(SITE_URL)"

static: install
	$(STEP) "Static files"
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

# The demo and the static files do not need each other: made side by side (collectstatic is
# silent), which saves its time on a first run.
run: messages
	@$(MAKE) --no-print-directory -j2 demo static
	@echo ""
	@echo "  CEC portal: http://$(HOST):$(PORT)/   (French: /fr/, Spanish: /es/)"
	@echo "  Editors log in at http://$(HOST):$(PORT)/admin/ — create an account first with 'make superuser'."
	@echo "  Database: $${DATABASE_URL:-SQLite file var/db.sqlite3}"
	@echo "  Cache: $${REDIS_URL:-the cec_cache table of the database, shared by every process}"
	@echo ""
	@# Text logs for a person at a terminal (production keeps JSON), stamped in UTC.
	HOST=$(HOST) PORT=$(PORT) WEB_CONCURRENCY=$(WORKERS) LOG_FORMAT=$${LOG_FORMAT:-text} \
		WAGTAILADMIN_BASE_URL="$(SITE_URL)" \
		$(BIN)/gunicorn --config cec_site/gunicorn.conf.py cec_site.wsgi

# Interactive; or non-interactive with DJANGO_SUPERUSER_USERNAME, _EMAIL and _PASSWORD set.
superuser: migrate
	@if [ -n "$$DJANGO_SUPERUSER_USERNAME" ] && [ -n "$$DJANGO_SUPERUSER_PASSWORD" ]; then \
		$(BIN)/python manage.py createsuperuser --noinput --email "$${DJANGO_SUPERUSER_EMAIL:-$$DJANGO_SUPERUSER_USERNAME@example.org}"; \
	else \
		$(BIN)/python manage.py createsuperuser; \
	fi

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install-dev messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cec_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	@# Everything but the browser on TEST_WORKERS processes, each with its own test database;
	@# then the browser tests in one process, which share one demo site and its live server.
	@# Whole files, in pytest-django's order (--no-loadscope-reorder: not biggest first), so
	@# that the files of transactional tests, which leave the tables empty, come last.
	@# (Exit status 5 is "no test selected", e.g. with PYTEST_ARGS=tests/home.)
	DJANGO_SETTINGS_MODULE=cec_site.settings.test $(BIN)/pytest -m "not browser" \
		-n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS) || [ $$? -eq 5 ]
	DJANGO_SETTINGS_MODULE=cec_site.settings.test $(BIN)/pytest -m browser $(PYTEST_ARGS) \
		|| [ $$? -eq 5 ]

clean:
	rm -rf staticfiles var .pytest_cache .ruff_cache test-artifacts

# Benchmarks run on PostgreSQL, in a database of their own (made once, kept for reruns).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/cec_bench

bench-ranking: install
	@psql "$(BENCH_DATABASE_URL:/cec_bench=/postgres)" -tAc "SELECT 1 FROM pg_database WHERE datname='cec_bench'" | grep -q 1 \
		|| psql "$(BENCH_DATABASE_URL:/cec_bench=/postgres)" -qc "CREATE DATABASE cec_bench"
	DATABASE_URL=$(BENCH_DATABASE_URL) MEDIA_ROOT=$(CURDIR)/var/bench-media $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) MEDIA_ROOT=$(CURDIR)/var/bench-media $(BIN)/python manage.py collectstatic --noinput -v0
	SEARCH_AUTO_UPDATE=false DATABASE_URL=$(BENCH_DATABASE_URL) MEDIA_ROOT=$(CURDIR)/var/bench-media $(BIN)/python manage.py bench_ranking

# The load benchmark: seeds cec_bench once (long: see README), then about 4 minutes of wrk
# against gunicorn with production settings; prints one table (.ci/bench.py says how).
bench: install messages
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python .ci/bench.py

# Publishing under load: wrk on a mix of pages while an editor publishes every 30 s; about
# 3 minutes; p99, req/s and errors of the minute after each publish (docs/caching.md).
bench-publish: install messages
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python .ci/bench.py publish

# The container files, checked without a Docker engine: compose.yaml's structure, the
# .dockerignore, and the proxy's Caddyfile with Debian's caddy (installed when missing).
check-compose: install-dev
	@command -v caddy > /dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy > /dev/null)
	$(BIN)/pytest tests/core/test_container_files.py -q

# The image for real: built with Podman or Docker, migrated and loaded with the demo in one-shot
# containers, two app containers behind Debian's Caddy (docker/Caddyfile) on this machine's
# PostgreSQL and Redis; checks health, languages, counting, publishing, writes and logs, then
# removes all it made but the image (.ci/image_check.py; 4 to 6 minutes from a clean clone).
.PHONY: image-check
image-check:
	$(PYTHON) .ci/image_check.py
