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

.PHONY: run serve install install-dev migrate demo static messages test lint format superuser bench bench-ranking check-compose clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	@if compgen -G "locale/*/LC_MESSAGES/*.po" > /dev/null; then $(BIN)/python manage.py compilemessages --verbosity 0; fi

migrate: install
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

static: install
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

run: messages demo static
	@echo ""
	@echo "  CEC portal: http://$(HOST):$(PORT)/   (French: /fr/, Spanish: /es/)"
	@echo "  Editors log in at http://$(HOST):$(PORT)/admin/ — create an account first with 'make superuser'."
	@echo "  Database: $${DATABASE_URL:-SQLite file var/db.sqlite3}"
	@echo ""
	LOG_FORMAT=$${LOG_FORMAT:-text} $(BIN)/gunicorn cec_site.wsgi --bind $(HOST):$(PORT) \
		--workers $(WORKERS) --env DJANGO_SETTINGS_MODULE=$(DJANGO_SETTINGS_MODULE)

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

# The container files, checked without a Docker engine: compose.yaml's structure, the
# .dockerignore, and the proxy's Caddyfile with Debian's caddy (installed when missing).
check-compose: install-dev
	@command -v caddy > /dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy > /dev/null)
	$(BIN)/pytest tests/core/test_container_files.py -q
