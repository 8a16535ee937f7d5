"""The guard with the fleet's intel wired in as the composition root does: a signed feed from a
loopback server turns a page into a blocked one while the guard runs, and the SIEM hears of it."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.detection import PasteTarget
from app.detection.engine import default_trust_path
from app.detection.rules import default_rules_dir
from app.detection.trust import TrustList
from app.guard.keys import PasteSequence
from app.guard.neutralize import neutral_line
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService
from app.intel.bundle import new_private_key, public_key_text, sign_bundle
from app.intel.lists import IntelLists
from app.intel.policy import IntelPolicy
from app.intel.service import FleetIntel
from app.platform.base import KeyEvent
from tests.app.guard.test_service import FakeClassifier, FakeStore, FakeUI
from tests.app.intel.test_feed import FeedServer

TEXT = "Your account is locked. Call the help desk to unlock it."
PAGE = Provenance(source_url="https://support-desk.example/locked")
RULES = "lists:\n  block_hosts: [support-desk.example]\nrules: []\n"


def wait_until(check: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError("gave up waiting")


def test_a_feed_update_blocks_a_page_for_the_running_guard(tmp_path: Path) -> None:
    key = new_private_key()
    server = FeedServer()
    store, ui = FakeStore(), FakeUI()
    policy = IntelPolicy(
        IntelLists(),
        server.url,
        (base64.b64decode(public_key_text(key)),),
        feed_every_minutes=5,
    )
    intel = FleetIntel(
        [default_rules_dir()],
        TrustList.load(default_trust_path()),
        policy,
        tmp_path,
        store,
        strict=True,
    )
    intel.every = 0.05
    guard = GuardService(
        intel.screen, store, ui, PasteSequence(strict=True), FakeClassifier(PasteTarget.OTHER),
        lambda: None, can_suppress_keys=True,
    )  # fmt: skip
    try:
        # before the feed: the page's text is ordinary
        guard.clipboard_changed(ClipboardChange(TEXT, PAGE))
        guard.process_pending()
        assert guard.current is not None and not guard.current.neutralized
        server.status = 503
        intel.start()
        wait_until(lambda: "intel_feed_failed" in store.kinds())
        now = datetime.now(UTC)
        server.body = sign_bundle(key, {"fleet.yaml": RULES}, 1, now, now + timedelta(days=1))
        server.status = 200
        wait_until(lambda: "intel_feed_updated" in store.kinds())
        guard.clipboard_changed(ClipboardChange(TEXT + " ", PAGE))
        guard.process_pending()
        assert guard.current is not None and guard.current.neutralized
        assert ui.replaced[-1][1] == neutral_line("text")  # no command in it
        neutralized = [e for e in store.events if e.kind == "clipboard_neutralized"][-1]
        assert neutralized.rules[0] == "PG-INTEL-BLOCK-HOST"
        assert neutralized.source == PAGE.source_url
        assert guard.on_key(KeyEvent("v", True, frozenset({"ctrl"}), 0.0)) is False  # harmless now
        updated = next(e for e in store.events if e.kind == "intel_feed_updated")
        assert updated.details["serial"] == 1 and updated.details["entries"] == 1
        failed = [e for e in store.events if e.kind == "intel_feed_failed"]
        assert len(failed) == 1  # one event for the outage, not one per round
        assert "no bundle is in use" in failed[0].summary
        assert intel.status()["feed"]["serial"] == 1  # type: ignore[index]
    finally:
        intel.stop()
        server.close()


def test_a_new_rules_folder_and_the_feed_bundle_each_keep_the_others(tmp_path: Path) -> None:
    """A rules folder changed while the guard runs and the feed's bundle both rebuild the
    screened engine, from two threads: each rebuild keeps what the other brought (the rules
    folder's lists and rules, the bundle's), one at a time."""
    from app.detection import Context, Level

    org = tmp_path / "org"
    org.mkdir()
    (org / "org.yaml").write_text("lists:\n  block_hosts: [org-lure.example]\nrules: []\n")
    feed = tmp_path / "bundle"
    feed.mkdir()
    (feed / "fleet.yaml").write_text(RULES, encoding="utf-8")
    trust = TrustList.load(default_trust_path(), [])
    intel = FleetIntel([default_rules_dir()], trust, None, tmp_path, FakeStore(), strict=True)

    built: list[list[Path]] = []
    build = intel._engine
    intel._engine = lambda paths: built.append(list(paths)) or build(paths)  # type: ignore[method-assign]

    def blocked(host: str) -> bool:
        verdict = intel.screen.analyze("hi", Context(source=f"https://{host}/x"))
        return verdict.level is Level.MALICIOUS

    intel._use_bundle(None, [feed / "fleet.yaml"])  # type: ignore[arg-type]  # the feed thread
    assert blocked("support-desk.example") and not blocked("org-lure.example")
    intel.use_rule_paths([default_rules_dir(), org])  # the rules folder, changed
    assert blocked("support-desk.example") and blocked("org-lure.example")
    assert built[-1] == [default_rules_dir(), org, feed]
    intel._use_bundle(None, [feed / "fleet.yaml"])  # type: ignore[arg-type]  # a newer bundle
    assert blocked("org-lure.example")
    assert built[-1] == [default_rules_dir(), org, feed]
    intel.use_rule_paths([default_rules_dir()])  # the folder removed from the policy
    assert blocked("support-desk.example") and not blocked("org-lure.example")
