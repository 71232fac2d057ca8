# `make demo` and `make test` each install everything into .venv/ first (idempotent).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install browser demo test test-slow test-all bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" wheel
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Headless Chromium for the HTML report tests (Debian's package; playwright drives it).
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "note: /usr/bin/chromium missing and not installable here; browser tests will be skipped"; }

demo: install
	$(BIN)/voc demo --out demo-out

test: install browser
	$(BIN)/python -m pytest

test-slow: install browser
	$(BIN)/python -m pytest -m slow || [ $$? -eq 5 ]  # 5: no test is marked slow

test-all: test test-slow

clean:
	rm -rf demo-out .pytest_cache
