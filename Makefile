# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
# What serving needs (make run), and on top of it what tests and tools need.
INSTALLED := $(VENV)/.installed
DEV_INSTALLED := $(VENV)/.installed-dev
# axe-core and the Nu HTML Checker for the browser tests, from package-lock.json.
NODE_TOOLS := node_modules/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run setup test lint format messages demo clean bench serve-prod bench-http

run: setup demo
	$(PY) manage.py runserver $(HOST)

setup: $(INSTALLED) messages
	$(PY) manage.py migrate --noinput -v0

# The demo network. `make run` loads the real centres only (a fresh clone then
# answers within two minutes); `make demo DEMO_ARGS=` adds the generated
# network of 25 fictional centres (see docs/operations.md, "The demo network").
DEMO_ARGS ?= --no-generated

demo: setup
	$(PY) manage.py load_demo_network $(DEMO_ARGS)

test: $(DEV_INSTALLED) $(NODE_TOOLS) messages
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(DEV_INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(DEV_INSTALLED)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Figures, not a test: builds its own throwaway database (see bench/pages.py --help).
bench: $(DEV_INSTALLED) messages
	$(PY) bench/pages.py $(BENCH_ARGS)
	$(PY) bench/images.py

# The production shape on loopback: Varnish :6081 -> gunicorn :8001, PostgreSQL, Redis.
serve-prod: $(DEV_INSTALLED) messages
	bash scripts/serve-prod.sh

# Figures through Varnish and from gunicorn, with wrk; needs `make serve-prod` running.
bench-http: $(DEV_INSTALLED)
	$(PY) bench/http_load.py $(BENCH_ARGS)

# Compiled translations are build output: made from the .po files every time.
messages: $(INSTALLED)
	$(PY) manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules

$(INSTALLED): requirements.txt scripts/install-system-packages.sh
	bash scripts/install-system-packages.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_INSTALLED): $(INSTALLED) requirements-dev.txt
	bash scripts/install-system-packages.sh test
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media photos-private static
