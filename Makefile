# Two commands matter: `make run` (set up and serve the demo site) and `make test`.
# Everything else is a step they share or a tool for developers.

PYTHON_FOR_VENV := $(shell scripts/find-python)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test setup assets messages migrate demo lint format check clean bench bench-quick bench-quick-run

help:
	@echo "make run     set up everything and serve the demo site on http://$(HOST):$(PORT)/"
	@echo "make test    set up everything and run the tests"
	@echo "make lint    ruff check and format check;  make format  to fix formatting"
	@echo "make check   Django system checks, migrations and translations up to date"
	@echo "make bench   every benchmark at launch-day sizes (about 20 minutes); bench-quick: small, for CI"

run: setup migrate demo
	@echo "Sign in as the demo juror (one-time link; ask for another at http://$(HOST):$(PORT)/jurors/sign-in/):"
	-@WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)} \
	  $(MANAGE) juror_sign_in_link --verbosity 0 juror@example.invalid
	$(MANAGE) runserver $(HOST):$(PORT)

test: setup
	$(VENV)/bin/pytest $(PYTEST_ARGS)

setup: $(VENV)/.installed assets messages

# Interface translations, compiled from the committed .po files when one changes (two
# `make test` runs side by side must not rewrite the .mo files under each other).
messages: locale/.compiled

locale/.compiled: $(wildcard locale/*/LC_MESSAGES/*.po) $(VENV)/.installed
	scripts/compile-messages $(PY)
	touch $@

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON_FOR_VENV)" || exit 1
	test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: static/css/main.css

static/css/main.css: node_modules/.installed $(shell find frontend -type f 2>/dev/null)
	npm run --silent build

migrate: $(VENV)/.installed
	$(MANAGE) createcachetable  # first: migrations write to the cache table
	$(MANAGE) migrate --no-input

demo: $(VENV)/.installed
	$(MANAGE) load_demo

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=engagement_hub.settings.test $(MANAGE) check --fail-level WARNING
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules --ignore=var -v 0
	DJANGO_SETTINGS_MODULE=engagement_hub.settings.test $(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-deploy-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=') \
	  ALLOWED_HOSTS=hub.example.org DJANGO_SETTINGS_MODULE=engagement_hub.settings.production \
	  $(MANAGE) check --deploy --fail-level WARNING

# Benchmarks: each prints a table and writes var/bench/<name>.json. They build their own
# PostgreSQL databases (never DATABASE_URL) and install nginx, Varnish and wrk if missing.
BENCH_DB ?= postgres://postgres@127.0.0.1:5432
bench: setup
	$(PY) -m bench.pages
	$(PY) -m bench.submissions
	$(call bench_in_db,digest,)
	$(call bench_in_db,consultation_scale,)
	$(call bench_in_db,search,)
	$(call bench_in_db,pdf,)

# Quick: every benchmark starts from one database migrated once (BENCH_TEMPLATE_DB).
bench-quick: setup
	template=bench_template_$$$$; createdb -h 127.0.0.1 -U postgres $$template && \
	  DATABASE_URL=$(BENCH_DB)/$$template DJANGO_SETTINGS_MODULE=engagement_hub.settings.test \
	    $(MANAGE) migrate --no-input -v 0 && \
	  DATABASE_URL=$(BENCH_DB)/$$template DJANGO_SETTINGS_MODULE=engagement_hub.settings.test \
	    $(MANAGE) createcachetable && \
	  BENCH_TEMPLATE_DB=$$template $(MAKE) --no-print-directory bench-quick-run; \
	  status=$$?; dropdb -h 127.0.0.1 -U postgres --if-exists $$template; exit $$status

bench-quick-run:
	$(PY) -m bench.pages --quick
	$(PY) -m bench.submissions --seconds 2 --clients 4 --workers 2
	$(call bench_in_db,digest,--quick)
	$(call bench_in_db,consultation_scale,--sizes 100 300)
	$(call bench_in_db,search,--quick --pages 50 --repeats 1)
	$(call bench_in_db,pdf,--quick)

# $(1): module of bench/, $(2): its arguments; in a PostgreSQL database of its own.
define bench_in_db
	db=bench_$(1)_$$$$; createdb -h 127.0.0.1 -U postgres $${BENCH_TEMPLATE_DB:+-T $$BENCH_TEMPLATE_DB} $$db && \
	  BENCH_DATABASE_URL=$(BENCH_DB)/$$db $(PY) -m bench.$(1) $(2); \
	  status=$$?; dropdb -h 127.0.0.1 -U postgres --if-exists $$db; exit $$status
endef

clean:
	rm -rf $(VENV) node_modules static/css static/js static/govuk var
