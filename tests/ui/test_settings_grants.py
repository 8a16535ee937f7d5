"""Settings lists the sites trusted from a warning (what, how far, until when) and Revoke ends
the trust at once: the guard judges that site's text again."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.detection.model import PasteTarget
from app.guard.grants import FILE_NAME, Grants
from tests.ui.conftest import SUSPICIOUS, copy, press_paste
from ui.application import GuardApp
from ui.settings import SettingsDialog

DOCS = "https://docs.example.net/install"  # not the script's site: nobody vouches for it
WIKI = "https://wiki.other.example/page"


def trust_from_warning(guard: GuardApp, qtbot: QtBot, page: str, scope: int) -> None:
    """The real grant path: a suspicious paste from `page`, the warning's trust menu."""
    copy(guard, SUSPICIOUS, page)
    assert press_paste(guard, PasteTarget.TERMINAL) is True  # stopped: not trusted yet
    qtbot.waitUntil(guard.warning.isVisible, timeout=2000)
    guard.warning.trust_menu.actions()[scope].trigger()  # 1: for 7 days, 2: until restart
    qtbot.waitUntil(lambda: not guard.warning.isVisible(), timeout=2000)
    guard.service.process_pending()


def open_settings(guard: GuardApp) -> SettingsDialog:
    guard.open_settings()
    dialog = guard.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    return dialog


def rows(dialog: SettingsDialog) -> list[tuple[str, str, str]]:
    table = dialog.grants
    out = []
    for row in range(table.rowCount()):
        cells = [table.item(row, col) for col in range(3)]
        out.append(tuple(c.text() if c is not None else "" for c in cells))
    return out  # type: ignore[return-value]


def revoke_button(dialog: SettingsDialog, site: str) -> QPushButton:
    for row in range(dialog.grants.rowCount()):
        item = dialog.grants.item(row, 0)
        if item is not None and item.text() == site:
            button = dialog.grants.cellWidget(row, 3)
            assert isinstance(button, QPushButton)
            return button
    raise AssertionError(f"no row for {site}")


def test_settings_lists_grants_and_revoke_makes_the_guard_judge_the_site_again(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    guard: GuardApp = make_guard()
    dialog = open_settings(guard)
    assert not dialog.grants.isVisible() and dialog.no_grants.isVisible()
    trust_from_warning(guard, qtbot, WIKI, 2)
    trust_from_warning(guard, qtbot, DOCS, 1)  # its text is back on the clipboard, let through
    dialog = open_settings(guard)  # opened again: shows what was granted meanwhile
    shown = {site: (until, why) for site, until, why in rows(dialog)}
    assert set(shown) == {"docs.example.net", "wiki.other.example"}
    (docs_grant,) = [g for g in guard.service.grants.all if g.site == "docs.example.net"]
    assert docs_grant.until is not None
    assert shown["docs.example.net"][0] not in ("", "PasteGuard restarts")  # a date
    assert shown["wiki.other.example"][0] == "PasteGuard restarts"
    assert all(why for _, why in shown.values())  # what the warning was about
    assert revoke_button(dialog, "docs.example.net").accessibleName() == (
        "Revoke trust in docs.example.net"
    )
    assert press_paste(guard, PasteTarget.TERMINAL) is False  # barrier: the guard is alive
    qtbot.mouseClick(revoke_button(dialog, "docs.example.net"), Qt.MouseButton.LeftButton)
    assert [site for site, _, _ in rows(dialog)] == ["wiki.other.example"]
    assert [g.site for g in guard.service.grants.all] == ["wiki.other.example"]
    # the text from that site, still on the clipboard, is judged again: stopped and explained
    assert press_paste(guard, PasteTarget.TERMINAL) is True
    qtbot.waitUntil(guard.warning.isVisible, timeout=2000)
    assert guard.warning.trust.isVisible()  # it may be trusted again, from the warning
    guard.warning.hide()
    # and a new copy from it too
    copy(guard, SUSPICIOUS, DOCS)
    assert press_paste(guard, PasteTarget.TERMINAL) is True
    # the other grant still holds (trust, not a let-through: a new copy)
    copy(guard, SUSPICIOUS, WIKI)
    assert press_paste(guard, PasteTarget.TERMINAL) is False
    # written for the next start, and the revocation is on record
    guard.service.process_pending()
    saved = json.loads((profile / "data" / FILE_NAME).read_text(encoding="utf-8"))
    assert saved == []  # the until-restart grant is never written; the dated one is gone
    assert Grants(profile / "data" / FILE_NAME).all == ()
    events = [e for e in guard.store.query(limit=50) if e.kind == "settings_changed"]
    assert events and events[0].details["revoked_trust"] == "docs.example.net"
    assert "docs.example.net" in events[0].summary


def test_a_dated_grant_from_an_earlier_run_is_listed_and_revoked(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    first: GuardApp = make_guard()
    trust_from_warning(first, qtbot, DOCS, 1)
    assert json.loads((profile / "data" / FILE_NAME).read_text(encoding="utf-8"))
    first.stop()
    first.stop = lambda: None  # type: ignore[method-assign]  # stopped once is enough
    again: GuardApp = make_guard()
    dialog = open_settings(again)
    assert [site for site, _, _ in rows(dialog)] == ["docs.example.net"]
    copy(again, SUSPICIOUS, DOCS)
    assert press_paste(again, PasteTarget.TERMINAL) is False  # barrier: the grant is in force
    revoke_button(dialog, "docs.example.net").click()
    assert dialog.no_grants.isVisible() and not dialog.grants.isVisible()
    assert press_paste(again, PasteTarget.TERMINAL) is True
    again.service.process_pending()
    assert json.loads((profile / "data" / FILE_NAME).read_text(encoding="utf-8")) == []


def test_a_grant_made_while_settings_is_open_shows_when_it_is_back_in_front(
    make_guard, qtbot: QtBot
) -> None:
    guard: GuardApp = make_guard()
    dialog = open_settings(guard)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert rows(dialog) == []
    trust_from_warning(guard, qtbot, DOCS, 2)  # the warning comes up over Settings
    dialog.activateWindow()  # the person comes back to Settings
    qtbot.waitUntil(lambda: [site for site, _, _ in rows(dialog)] == ["docs.example.net"],
                    timeout=2000)  # fmt: skip
