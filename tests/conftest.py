"""Shared fixtures: a strict engine (programming errors raise), the dev corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Engine.analyze turns unexpected exceptions into a suspicious verdict in production; in the
# tests they must surface as failures.
os.environ.setdefault("PASTEGUARD_STRICT", "1")

from app.detection import Engine

REPO = Path(__file__).resolve().parents[1]
# The development corpus the project carries (sources and licences: tests/data/dev/README.md).
DEV_CORPUS = REPO / "tests" / "data" / "dev"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    assert DEV_CORPUS.is_dir(), f"the dev corpus is missing from {DEV_CORPUS}"
    return DEV_CORPUS
