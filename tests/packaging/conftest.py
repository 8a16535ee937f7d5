"""The builds the packaging tests need begin as soon as the session has collected those tests,
in a process of their own (tests/packaging/prebuild.py)."""

from __future__ import annotations

import pytest

from tests.packaging import prebuild

NEEDS_THE_BUILD = "test_built_app.py"


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(item.path.name == NEEDS_THE_BUILD for item in session.items):
        prebuild.start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    prebuild.stop()
