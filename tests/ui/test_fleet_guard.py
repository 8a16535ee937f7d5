"""The fleet features in the whole guard as the composition root builds it: the policy's lists
and a rules_dir's in front of the engine, and a drill started over the control socket."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.detection.model import PasteTarget
from app.guard.neutralize import neutral_line
from tests.ui.conftest import MakeGuard, clipboard_text, copy, press_paste, write_policy


def test_policy_and_rules_dir_lists_stop_a_page(make_guard: MakeGuard, profile: Path) -> None:
    rules = profile / "fleet-rules"
    rules.mkdir()
    (rules / "reported.yaml").write_text(
        "lists:\n  block_hosts: [reported-lure.example]\nrules: []\n", encoding="utf-8"
    )
    write_policy(
        profile,
        f'rules_dir = "{rules}"\n[intel]\nblock_hosts = ["policy-lure.example"]\n',
    )
    guard = make_guard()
    for page in ("https://policy-lure.example/x", "https://cdn.reported-lure.example/y"):
        copy(guard, "Thanks! Your ticket number is 4471.", source=page)
        assert clipboard_text() == neutral_line("text", guard.service.found_at), page
    copy(guard, "Thanks! Your ticket number is 4471.", source="https://fine.example/")
    assert clipboard_text() == "Thanks! Your ticket number is 4471."
    status = guard.status()  # type: ignore[attr-defined]
    assert status["intel"]["entries"] == 2


def test_a_rules_dir_with_a_bad_list_is_skipped_whole_and_reported(
    make_guard: MakeGuard, profile: Path
) -> None:
    """As `rules check` refuses the folder, the guard skips all of it (not half of it) and says
    so; the policy's own lists and the built-in rules go on protecting."""
    rules = profile / "fleet-rules"
    rules.mkdir()
    (rules / "reported.yaml").write_text(
        "lists:\n  block_hosts: [reported-lure.example]\nrules: []\n", encoding="utf-8"
    )
    (rules / "broken.yaml").write_text(
        "lists:\n  block_hosts: ['https://not-a-host/']\nrules: []\n", encoding="utf-8"
    )
    write_policy(
        profile,
        f'rules_dir = "{rules}"\n[intel]\nblock_hosts = ["policy-lure.example"]\n',
    )
    guard = make_guard()
    copy(guard, "Thanks! Your ticket number is 4471.", source="https://policy-lure.example/x")
    assert clipboard_text() == neutral_line("text", guard.service.found_at)
    copy(guard, "Thanks! Your ticket number is 4471.", source="https://cdn.reported-lure.example/y")
    assert clipboard_text() == "Thanks! Your ticket number is 4471."
    status = guard.status()  # type: ignore[attr-defined]
    assert status["intel"]["entries"] == 1
    assert (
        "broken.yaml" in status["degraded"]["rules"] and "not used" in status["degraded"]["rules"]
    )


def test_a_drill_over_the_control_socket_is_stopped_in_the_run_dialog(
    make_guard: MakeGuard,
) -> None:
    guard = make_guard()
    opened: list[str] = []
    guard.drills.open_url = opened.append  # type: ignore[attr-defined]
    answer = guard.handle({"cmd": "drill", "style": "fake-captcha"})  # type: ignore[attr-defined]
    assert answer["ok"] and opened == [answer["url"]]
    assert guard.handle({"cmd": "drill", "style": "nope"})["ok"] is False  # type: ignore[attr-defined]
    drill = guard.drills._drills[answer["drill"]]  # type: ignore[attr-defined]
    copy(guard, drill.command, source=answer["url"])
    assert press_paste(guard, PasteTarget.RUN_DIALOG) is True
    assert opened[-1] == answer["url"] + "/result"
    outcomes = guard.status()["drills"][0]["outcomes"]  # type: ignore[attr-defined]
    assert outcomes == ["copied", "pasted", "stopped"]  # the page itself was never fetched
    reported = guard.handle({"cmd": "drill_report"})  # type: ignore[attr-defined]
    assert reported["ok"] and guard.status()["drills"][0]["outcomes"][-1] == "reported"  # type: ignore[attr-defined]


def test_the_tray_reports_a_page_and_a_running_drill_counts_it(make_guard: MakeGuard) -> None:
    guard = make_guard()
    guard.drills.open_url = lambda url: None  # type: ignore[attr-defined]
    said: list[tuple[str, str]] = []
    guard.tray.say = lambda title, message: said.append((title, message))  # type: ignore[attr-defined]
    guard.tray.report_page_action.trigger()  # type: ignore[attr-defined]
    assert said[-1][0] == "Tell your IT team"  # no drill, no report address: said plainly
    answer = guard.handle({"cmd": "drill", "style": "console"})  # type: ignore[attr-defined]
    guard.tray.report_page_action.trigger()  # type: ignore[attr-defined]
    assert said[-1][0] == "Thank you for reporting it"
    drill = guard.status()["drills"][0]  # type: ignore[attr-defined]
    assert drill["id"] == answer["drill"] and drill["outcomes"] == ["reported"]


def test_the_trays_report_names_the_address_when_no_mail_program_opens(
    make_guard: MakeGuard, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a report address and no mail program on this desktop, the tray said "no report
    address is set on this computer": the address is there, the mail program is not."""
    for name in ("XDG_DATA_HOME", "XDG_DATA_DIRS"):  # no mailto: handler anywhere
        monkeypatch.setenv(name, str(profile / "no-apps"))
    write_policy(profile, 'report_mail_to = "it-security@corp.example"\n')
    guard = make_guard()
    said: list[tuple[str, str]] = []
    guard.tray.say = lambda title, message: said.append((title, message))  # type: ignore[attr-defined]
    guard.tray.report_page_action.trigger()  # type: ignore[attr-defined]
    title, message = said[-1]
    assert title == "Tell your IT team"
    assert "it-security@corp.example" in message and "no report address" not in message
