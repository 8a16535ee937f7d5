"""Shared fixtures: a strict engine (programming errors raise), the dev corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.detection import Engine

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
