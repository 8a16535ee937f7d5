"""The builds the packaging tests need begin as soon as the session has collected those tests,
in a process of their own (tests/packaging/prebuild.py). Under pytest-xdist the controller
begins them (tests/conftest.py) and each worker reads them from the folder it is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging import prebuild

NEEDS_THE_BUILD = "test_built_app.py"


def pytest_collection_finish(session: pytest.Session) -> None:
    if not any(item.path.name == NEEDS_THE_BUILD for item in session.items):
        return
    shared = getattr(session.config, "workerinput", {}).get(prebuild.WORKER_INPUT)
    if shared is not None:
        prebuild.attach(Path(shared))
    else:
        prebuild.start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    prebuild.stop()
