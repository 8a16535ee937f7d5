"""Shared fixtures: a strict engine (programming errors raise), the dev corpus location."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from app.detection import Engine
from tests.packaging import prebuild

# Engine.analyze turns unexpected exceptions into a suspicious verdict in production; in the
# tests they must surface as failures. This file is the tests' composition root: what they build
# themselves is built with strict=True, and the guard and CLI processes they start get
# PASTEGUARD_STRICT=1, which app/cli.py reads once and passes on.
STRICT = True
os.environ.setdefault("PASTEGUARD_STRICT", "1")


REPO = Path(__file__).resolve().parents[1]
# The development corpus the project carries (sources and licences: tests/data/dev/README.md).
DEV_CORPUS = REPO / "tests" / "data" / "dev"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(strict=STRICT)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    assert DEV_CORPUS.is_dir(), f"the dev corpus is missing from {DEV_CORPUS}"
    return DEV_CORPUS


@pytest.fixture(autouse=True)
def _no_proxy_from_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner's own proxy settings must not route the tests' loopback collectors (the HTTP
    sinks honour them, as curl does); tests that want a proxy set one."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


# -- pytest-xdist: `make test XDIST="-n 2 --dist loadgroup"` runs the suite on two workers ---------

# Tests that start their own desktops, guards, browsers or builds, or that measure time, run on
# one worker, one after another in file order, as they do without xdist; the other worker takes
# everything else, one test at a time as it is free. So a desktop test never shares the machine
# with another desktop test, only with the pure tests, as it always has with the build
# (tests/packaging/prebuild.py).
SERIAL_MARKS = ("desktop", "slow", "packaging", "soak")

# The controller's folder for this run, given to each worker (workerinput): the packaging build
# is begun there once, by the controller (each worker collects every test, and the one that
# runs the packaging tests is known only when they are handed out), and each worker writes there
# which of its tests are serial (the scheduler sees test ids, not marks).
WORKER_INPUT = "pasteguard_shared"
_shared: Path | None = None


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    global _shared
    if _shared is None:
        _shared = Path(tempfile.mkdtemp(prefix="pasteguard-xdist-"))
    node.workerinput[WORKER_INPUT] = str(_shared)
    node.workerinput[prebuild.WORKER_INPUT] = str(_shared / "prebuild")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: Any, ids: list[str]) -> None:
    if _shared is not None and any(i.startswith(prebuild.NEEDS_THE_BUILD) for i in ids):
        (_shared / "prebuild").mkdir(exist_ok=True)
        prebuild.start(_shared / "prebuild")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    shared = getattr(config, "workerinput", {}).get(WORKER_INPUT)
    if shared is None:
        return
    serial = [i.nodeid for i in items if any(i.get_closest_marker(m) for m in SERIAL_MARKS)]
    path = Path(shared) / f"serial-{config.workerinput['workerid']}.txt"  # type: ignore[attr-defined]
    path.with_suffix(".part").write_text("\n".join(serial), encoding="utf-8")
    path.with_suffix(".part").replace(path)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup`: the serial tests are one unit of work, every other test one of its
    own. (xdist's own loadgroup reads `xdist_group` marks into the test ids, which pytest 9.2
    no longer lets a plugin change.)"""
    if config.getvalue("dist") != "loadgroup" or _shared is None:
        return None
    from xdist.scheduler import LoadScopeScheduling

    shared = _shared

    class SerialApart(LoadScopeScheduling):  # type: ignore[misc]
        serial: frozenset[str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.serial is None:  # every worker has collected (and written) by now
                self.serial = frozenset(
                    line
                    for path in shared.glob("serial-*.txt")
                    for line in path.read_text(encoding="utf-8").splitlines()
                )
            return "serial" if nodeid in self.serial else nodeid

    return SerialApart(config, log)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _shared
    if _shared is not None and not hasattr(session.config, "workerinput"):
        prebuild.stop()
        shutil.rmtree(_shared, ignore_errors=True)
        _shared = None
