"""Shared fixtures: a strict engine (programming errors raise), the shared corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Engine.analyze turns unexpected exceptions into a suspicious verdict in production; in the
# tests they must surface as failures.
os.environ.setdefault("PASTEGUARD_STRICT", "1")

from app.detection import Engine

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = SHARED / "corpus"
    assert path.is_dir(), f"the shared corpus is expected at {path} (beside the repository)"
    return path
