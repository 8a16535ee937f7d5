# PasteGuard: `make run` starts the app, `make test` sets up everything the tests need and runs them.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
BUILD_STAMP := $(VENV)/.installed-build
# Debian packages the test suite needs (Qt's xcb plugin, a virtual X server and desktop tools).
APT_PKGS := xvfb openbox xclip xdotool xterm x11-utils libxcb-cursor0 libxkbcommon-x11-0 \
            libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
            libxcb-render-util0 libxcb-image0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
            rsyslog zsh chromium fonts-wqy-microhei openssl
# fonts-wqy-microhei: Chinese and Japanese glyphs, so the translated windows are drawn and
# measured with real characters under Xvfb (Debian's default fonts have none)

.PHONY: run test test-fast lint bench screenshots sysdeps venv clean dist deb

# The last step keeps the parsed data files and the rules' Hyperscan database as a build keeps
# them (app/detection/datafiles.py, hsfilter.py): without them a checkout works, only slower.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -c 'from app.detection.datafiles import compile_shipped; compile_shipped()'
	touch $(STAMP)

venv: $(STAMP)

# PyInstaller (the `build` extra), for `make dist` and the packaging test, which builds the app.
$(BUILD_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,build]'
	touch $(BUILD_STAMP)

# dist/pasteguard/: the one-folder app for this system (build.spec); on macOS also PasteGuard.app.
dist: $(BUILD_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean build.spec

# dist/pasteguard_<version>_<arch>.deb from that folder (Debian and derivatives; dpkg-deb is in dpkg).
deb: dist
	$(BIN)/python -m installer.linux.build_deb

run: $(STAMP)
	$(BIN)/pasteguard $(ARGS)

# Installs missing Debian packages when run as root; elsewhere it only says what is missing.
sysdeps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "missing Debian packages (install them as root):$$missing"; fi; \
	fi

# `make test XDIST="-n 2 --dist loadgroup"` runs on two workers (pytest-xdist): the desktop,
# slow and packaging tests one after another on one of them, as without xdist, while the other
# takes the rest (tests/conftest.py).
XDIST ?=

test: sysdeps $(STAMP) $(BUILD_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(XDIST) $(PYTEST_ARGS)

# The inner loop: everything but the desktop tests (own Xvfb, window manager, Chromium), the
# slow ones and the packaging ones (PyInstaller build, wheel, .deb). `make test` runs them all.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not desktop and not slow and not packaging" $(PYTEST_ARGS)

# mypy checks app/ and ui/ (pyproject.toml), then app/ again against the Windows and macOS
# stubs, so the backends that cannot run here are at least type-checked for their system.
lint: $(STAMP)
	$(BIN)/ruff check app ui tests bench installer
	$(BIN)/ruff format --check app ui tests bench installer
	$(BIN)/mypy
	$(BIN)/mypy --platform win32 --cache-dir .mypy_cache/win32 app
	$(BIN)/mypy --platform darwin --cache-dir .mypy_cache/darwin app
	$(BIN)/lint-imports

# its last section builds the app with PyInstaller (the build extra), like `make test`
bench: sysdeps $(STAMP) $(BUILD_STAMP)
	$(BIN)/python -m bench

# ui/translations/: pyside6-lupdate refreshes each .ts from the sources (new strings arrive
# unfinished, for Qt Linguist), pyside6-lrelease compiles the .qm files the app loads. Both are
# committed, so a checkout runs without this step.
LANGUAGES := de fr es pt-BR it nl pl tr ja zh-CN
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
	  $(BIN)/pyside6-lupdate -silent -locations none -no-obsolete \
	    -target-language $$(echo $$lang | tr - _) ui/*.py ui/*/*.py -ts ui/translations/pasteguard_$$lang.ts && \
	  $(BIN)/pyside6-lrelease -silent ui/translations/pasteguard_$$lang.ts \
	    -qm ui/translations/pasteguard_$$lang.qm || exit 1; \
	done

# Draws every window under a private Xvfb into docs/screenshots/ (needs `make sysdeps`).
screenshots: $(STAMP)
	$(BIN)/python -m ui.screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
