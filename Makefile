# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run setup test lint format messages demo clean bench

run: setup demo
	$(PY) manage.py runserver $(HOST)

setup: $(INSTALLED) messages
	$(PY) manage.py migrate --noinput -v0

demo: setup
	$(PY) manage.py load_demo_network

test: $(INSTALLED) messages
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(INSTALLED)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Figures, not a test: builds its own throwaway database (see bench/pages.py --help).
bench: $(INSTALLED) messages
	$(PY) bench/pages.py $(BENCH_ARGS)
	$(PY) bench/images.py

# Compiled translations are build output: made from the .po files every time.
messages: $(INSTALLED)
	$(PY) manage.py compilemessages -v0 --ignore=.venv

$(INSTALLED): requirements.txt scripts/install-system-packages.sh
	bash scripts/install-system-packages.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

clean:
	rm -rf $(VENV) db.sqlite3 media photos-private static
