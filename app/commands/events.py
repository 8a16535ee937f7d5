"""`pasteguard log`, `export`, `forget` and `restore`: the event store from the command line.

They open the same database as the running guard (SQLite in WAL mode lets them read and delete
while it writes) and take `--data-dir` or `PASTEGUARD_DATA_DIR`.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app import paths
from app.commands import EXIT_OK, UsageError, clipboard_error
from app.detection.display import visible
from app.detection.model import LEVEL_NAMES, PasteTarget
from app.events import Action, Event, EventKind

# app.storage.export.FORMATS (a test holds them equal): importing that loads the store
EXPORT_FORMATS = ("jsonl", "csv", "ecs")
MAX_EVENTS_KEPT = 100_000_000  # the most `max_events` allows (app/config/values.py)
FORGET_TIMEOUT = 300.0  # seconds: deleting everything rewrites the file (VACUUM)

if TYPE_CHECKING:  # the store is imported when a command needs it: `scan` never does
    from app.storage import EventFilter, EventStore
    from app.storage.store import QuarantineItem

_DURATION = re.compile(r"^(\d{1,6})\s*([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`7d`, `12h`, `30m`, `2w`, a year (`2026`), a month (`2026-11`), a date (`2026-11-01`) or
    an ISO time; returned in UTC. A date or time without a zone is local time, as `log` shows
    the events' times: a time copied from its table finds that event (it was read as UTC, so
    east of Greenwich the event was left out)."""
    now = now or datetime.now(UTC)
    m = _DURATION.match(text.strip().lower())
    if m:
        return now - timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2)])
    ym = _YEAR_MONTH.match(text.strip())
    try:
        if ym:  # its first moment ("--since 2021"): fromisoformat reads neither form
            when = datetime(int(ym.group(1)), int(ym.group(2) or 1), 1)
        else:
            when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"cannot read time {text!r}: use e.g. 7d, 12h, 30m, 2026-11-01 or 2026-11-01T09:30"
        ) from None
    return when.astimezone(UTC)  # a naive time is taken as local time


def _level(text: str) -> str:
    if text.lower() not in LEVEL_NAMES:
        raise argparse.ArgumentTypeError(f"level must be one of {', '.join(LEVEL_NAMES)}")
    return text.lower()


KIND_NAMES = tuple(k.value for k in EventKind)
TARGET_NAMES = tuple(t.value for t in PasteTarget)


def _kind(text: str) -> str:
    """An event kind the log can hold: a typo must not silently match nothing."""
    if text.lower() not in KIND_NAMES:
        raise argparse.ArgumentTypeError(
            f"unknown kind {text!r}; the kinds are: {', '.join(KIND_NAMES)}"
        )
    return text.lower()


def _target(text: str) -> str:
    if text.lower() not in TARGET_NAMES:
        raise argparse.ArgumentTypeError(
            f"unknown paste target {text!r}; the targets are: {', '.join(TARGET_NAMES)}"
        )
    return text.lower()


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since", type=parse_since, metavar="WHEN",
        help="from this time on: 7d, 12h, 2026, 2026-11-01 or 2026-11-01T09:30 (local time)",
    )  # fmt: skip
    parser.add_argument(
        "--until", type=parse_since, metavar="WHEN",
        help="before this time (not included); the same forms as --since",
    )  # fmt: skip
    parser.add_argument(
        "--level", type=_level, action="append", help="only this level (repeatable)"
    )
    parser.add_argument(
        "--kind", type=_kind, action="append", metavar="KIND",
        help="only this kind (repeatable): " + ", ".join(KIND_NAMES),
    )  # fmt: skip
    parser.add_argument(
        "--target", type=_target, action="append", metavar="TARGET",
        help="only this paste target (repeatable): " + ", ".join(TARGET_NAMES),
    )  # fmt: skip
    parser.add_argument(
        "--search", metavar="TEXT", help="text in the summary, text, source or rules"
    )


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")


def _subcommand(commands: Any, name: str, summary: str, description: str, examples: str) -> Any:
    """A subcommand whose --help says what it does and shows it used."""
    return commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_parsers(commands: Any) -> None:
    log = _subcommand(
        commands,
        "log",
        "show recent events as a table",
        "Show what the guard saw and did, newest first: one line per event with its level,\n"
        "kind, what happened to the paste, where it was going and a short summary.",
        "  pasteguard log --since 7d --level malicious\n"
        "  pasteguard log --kind paste_blocked --target run_dialog\n"
        "  pasteguard log --search captcha --limit 20\n",
    )
    _add_filters(log)
    log.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (50)")
    _add_data_dir(log)
    log.set_defaults(handler=run_log)

    export = _subcommand(
        commands,
        "export",
        "export events as JSON Lines, CSV or ECS",
        "Write events for a spreadsheet or a SIEM. The text of flagged pastes is defanged; the\n"
        "text of clean pastes was never kept.",
        "  pasteguard export --format csv -o events.csv\n"
        "  pasteguard export --format ecs --since 30d > pasteguard.ndjson\n",
    )
    _add_filters(export)
    export.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    _add_data_dir(export)
    export.set_defaults(handler=run_export)

    forget = _subcommand(
        commands,
        "forget",
        "delete events and quarantined text for good",
        "Delete events and any text kept for them, for good. `--all` asks first on a terminal;\n"
        "in a script it needs --yes. The policy may forbid deleting events.",
        "  pasteguard forget 12 13\n  pasteguard forget --all\n  pasteguard forget --all --yes\n",
    )
    which = forget.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=_event_id, default=[], metavar="ID")
    which.add_argument("--all", action="store_true", help="delete every event")
    forget.add_argument(
        "-y", "--yes", action="store_true", help="do not ask before deleting every event"
    )
    _add_data_dir(forget)
    forget.set_defaults(handler=run_forget)

    restore = _subcommand(
        commands,
        "restore",
        "put a blocked text back on the clipboard",
        "Put a text the guard blocked back on the clipboard, once, so that you can paste it.\n"
        "Blocked text is kept for a limited time; the event ID is the first column of `log`.",
        "  pasteguard restore --last\n  pasteguard restore 42\n",
    )
    pick = restore.add_mutually_exclusive_group(required=True)
    pick.add_argument(
        "id", nargs="?", type=_event_id, metavar="ID", help="the event that blocked it"
    )
    pick.add_argument("--last", action="store_true", help="the most recent blocked text")
    _add_data_dir(restore)
    restore.set_defaults(handler=run_restore)


def _event_id(text: str) -> int:
    """An event id as `log` shows it: a whole number from 1 (a negative one named no event,
    and `restore -1` was answered "event -1 kept no blocked text")."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an event id (a whole number from 1, the first column of `log`)"
        )
    return value


def _filter(args: argparse.Namespace) -> EventFilter:
    from app.storage import EventFilter

    if args.since is not None and args.until is not None and args.since >= args.until:
        # said, not "(no events)": nothing can be in it, whatever the log holds
        since, until = (
            t.astimezone().strftime("%Y-%m-%d %H:%M:%S") for t in (args.since, args.until)
        )
        same = " (--until is the first moment not included: a date alone is its midnight)"
        raise UsageError(
            f"the time range is empty: --since {since} is not before --until {until}"
            + (same if args.since == args.until else "")
        )
    return EventFilter(
        since=args.since,
        until=args.until,
        levels=frozenset(args.level) if args.level else None,
        kinds=frozenset(args.kind) if args.kind else None,
        targets=frozenset(args.target) if args.target else None,
        search=args.search,
    )


def _open_store(args: argparse.Namespace) -> EventStore:
    from app.storage import EventStore

    directory = paths.data_dir(args.data_dir)
    if not (directory / "events.db").exists():
        raise UsageError(f"no event log in {directory} (has PasteGuard run yet?)")
    # the guard checks the file when it starts; the command line need not pay for it again.
    # A damaged file is the guard's to move aside (it may have it open): never a command's
    return EventStore.open(directory, verify=False, repair=False)


def _cell(text: str | None, width: int) -> str:
    shown = visible(text or "-")
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def _local_time(event: Event) -> str:
    return event.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def run_log(args: argparse.Namespace, out: IO[str]) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    # more than a store can hold means all of them (SQLite's LIMIT is 64-bit: a bigger number
    # ended the command in an OverflowError traceback)
    limit = min(args.limit, MAX_EVENTS_KEPT)
    f = _filter(args)
    store = _open_store(args)
    try:
        events = store.query(f, limit=limit)
    finally:
        store.close()
    header = (
        f"{'ID':>6}  {'TIME':19}  {'LEVEL':10}  {'KIND':22}  {'ACTION':11}  {'TARGET':15}  SUMMARY"
    )
    out.write(header + "\n")
    for e in events:
        summary = _cell(counted_summary(e), 100)
        out.write(
            f"{e.id or 0:>6}  {_local_time(e):19}  {e.level:10}  {_cell(e.kind, 22):22}  "
            f"{_cell(e.action, 11):11}  {_cell(e.target, 15):15}  {summary}\n"
        )
    if not events:
        out.write("(no events)\n")
    return EXIT_OK


def counted_summary(event: Event) -> str:
    """The summary, with a text written again and again counted first: its count ends the
    summary, which a table cuts (here at 100 characters, the viewer's column at its width)."""
    writes = event.details.get("writes") if event.details else None
    if isinstance(writes, int) and not isinstance(writes, bool) and writes > 1:
        return f"({writes} times) {event.summary}"
    return event.summary


def run_export(args: argparse.Namespace, out: IO[str]) -> int:
    from app.forwarding.ecs import to_ecs
    from app.storage.export import write_export

    f = _filter(args)  # a mistake in it is said before a file is made
    store = _open_store(args)
    try:
        if args.output:
            target = Path(args.output)
            try:
                with target.open("w", encoding="utf-8", newline="") as handle:
                    count = write_export(store, f, args.format, handle, ecs=to_ecs)
            except OSError as exc:
                raise UsageError(f"cannot write {target}: {exc.strerror}") from None
            sys.stderr.write(f"exported {count} events to {target}\n")
        else:
            write_export(store, f, args.format, out, ecs=to_ecs)
    finally:
        store.close()
    return EXIT_OK


def _deletion_allowed(args: argparse.Namespace) -> None:
    from app.config import load_config  # the policy decides whether events may be deleted

    config = load_config(state_dir=paths.data_dir(args.data_dir))
    if not config.settings.allow_delete_events:
        raise UsageError("your organisation's policy does not allow deleting events")


def _confirmed(count: int, args: argparse.Namespace, out: IO[str]) -> bool:
    """Deleting everything asks first; where nobody can answer, --yes must say it."""
    if args.yes:
        return True
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise UsageError("forget --all deletes every event for good: add --yes to confirm")
    out.write(f"Delete all {count} event{'s' if count != 1 else ''} for good? [y/N] ")
    out.flush()
    answer = stdin.readline().strip().lower()
    return answer in ("y", "yes")


def run_forget(args: argparse.Namespace, out: IO[str]) -> int:
    _deletion_allowed(args)
    store = _open_store(args)
    try:
        if args.all and not _confirmed(store.count(), args, out):
            out.write("nothing deleted\n")
            return EXIT_OK
        removed = _forget_through_the_guard(args)
        if removed is None:  # no guard runs on this folder: done here
            removed = store.delete_all() if args.all else store.delete(args.ids)
    finally:
        store.close()
    asked = len(set(args.ids))
    if not args.all and removed < asked:  # "deleted 0 events" for a mistyped id said too little
        ids = ", ".join(str(i) for i in sorted(set(args.ids)))
        if asked == 1:
            said = f"deleted nothing: event {ids} is not in the log"
        elif removed == 0:
            said = f"deleted nothing: none of events {ids} is in the log"
        else:
            rest = "the other is" if asked - removed == 1 else "the others are"
            said = f"deleted {removed} of the {asked} events asked for; {rest} not in the log"
        out.write(f"{said} (see `pasteguard log`)\n")
        return EXIT_OK
    out.write(f"deleted {removed} event{'s' if removed != 1 else ''} for good\n")
    return EXIT_OK


def _forget_through_the_guard(args: argparse.Namespace) -> int | None:
    """A running guard deletes them itself: deleted from here, its watch over the log saw
    events vanish and sent `tampered` to the SIEM. None when no guard runs."""
    from app import ipc

    message: dict[str, Any] = {"cmd": "forget"}
    if args.all:
        message["all"] = True
    else:
        message["ids"] = sorted(set(args.ids))
    answer = ipc.request(paths.data_dir(args.data_dir), message, timeout=FORGET_TIMEOUT)
    if answer is None:
        return None
    if not answer.get("ok"):
        raise UsageError(str(answer.get("error") or "the guard could not delete them"))
    return int(answer.get("deleted") or 0)


def run_restore(args: argparse.Namespace, out: IO[str]) -> int:
    # a running guard must do it: it would otherwise block the text again as it reappears
    from app import ipc

    answer = ipc.request(paths.data_dir(args.data_dir), {"cmd": "restore", "event_id": args.id})
    if answer is not None:
        if not answer.get("ok"):
            raise UsageError(str(answer.get("error") or "the guard could not restore it"))
        out.write(f"{answer.get('message')}\n")
        return EXIT_OK
    from app.config import load_config

    if not load_config(state_dir=paths.data_dir(args.data_dir)).settings.allow_paste_anyway:
        raise UsageError("your organisation's policy does not allow putting blocked text back")
    store = _open_store(args)
    try:
        item = store.quarantined(None if args.last else args.id)
        if item is None:
            raise UsageError(_nothing_to_restore(store, None if args.last else args.id))
        _copy_to_clipboard(item.text)
        store.append(restored_event(store, item, by="command line"))
    finally:
        store.close()
    out.write(f"the text blocked in event {item.event_id} is back on the clipboard\n")
    return EXIT_OK


def restored_event(store: EventStore, item: QuarantineItem, by: str) -> Event:
    """The record of a blocked text put back: at the level of the event that blocked it, so
    that it shows beside that event under "suspicious or worse"; it names that event as a
    SIEM knows it (`follows`)."""
    from app.forwarding.ecs import follows

    blocked = store.get(item.event_id)
    return Event(
        kind=EventKind.RESTORED.value,
        level=blocked.level if blocked is not None else "suspicious",
        score=blocked.score if blocked is not None else 0,
        rules=blocked.rules if blocked is not None else (),
        sha256=blocked.sha256 if blocked is not None else None,
        source=blocked.source if blocked is not None else None,
        action=Action.RESTORED.value,
        summary=f"The text blocked in event {item.event_id} was put back on the clipboard.",
        details={
            "event_id": item.event_id,
            "by": by,
            **({"follows": follows(blocked)} if blocked is not None else {}),
        },
    )


def _nothing_to_restore(store: EventStore, event_id: int | None) -> str:
    """Why there is nothing to put back, as precisely as the log can tell."""
    if event_id is None:
        return "no blocked text is kept (none was blocked lately, or it has expired)"
    event = store.get(event_id)
    if event is None:
        return f"there is no event {event_id} (see `pasteguard log` for the IDs)"
    if event.kind != EventKind.CLIPBOARD_NEUTRALIZED.value:  # the one kind that keeps the text
        return f"event {event_id} ({event.kind}) kept no text to put back"
    return f"the text blocked in event {event_id} has expired or was deleted"


def _copy_to_clipboard(text: str) -> None:
    import pyperclip  # the command line has no Qt event loop, so it uses pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException as exc:
        raise clipboard_error("write", exc) from None
