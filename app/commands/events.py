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
from app.commands import EXIT_OK, UsageError
from app.detection.engine import visible
from app.detection.model import LEVEL_NAMES
from app.events import Action, Event, EventKind
from app.export import FORMATS, write_export

if TYPE_CHECKING:  # the store is imported when a command needs it: `scan` never does
    from app.storage import EventFilter, EventStore

_DURATION = re.compile(r"^(\d{1,6})\s*([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`7d`, `12h`, `30m`, `2w`, a date (`2026-11-01`) or an ISO time; always UTC."""
    now = now or datetime.now(UTC)
    m = _DURATION.match(text.strip().lower())
    if m:
        return now - timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2)])
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"cannot read time {text!r}: use e.g. 7d, 12h, 30m or 2026-11-01"
        ) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _level(text: str) -> str:
    if text.lower() not in LEVEL_NAMES:
        raise argparse.ArgumentTypeError(f"level must be one of {', '.join(LEVEL_NAMES)}")
    return text.lower()


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since", type=parse_since, metavar="WHEN", help="e.g. 7d, 12h, 2026-11-01"
    )
    parser.add_argument("--until", type=parse_since, metavar="WHEN", help="same forms as --since")
    parser.add_argument(
        "--level", type=_level, action="append", help="only this level (repeatable)"
    )
    parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
    parser.add_argument("--target", action="append", help="only this paste target (repeatable)")
    parser.add_argument(
        "--search", metavar="TEXT", help="text in the summary, text, source or rules"
    )


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")


def add_parsers(commands: Any) -> None:
    log = commands.add_parser("log", help="show recent events as a table")
    _add_filters(log)
    log.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (50)")
    _add_data_dir(log)
    log.set_defaults(handler=run_log)

    export = commands.add_parser("export", help="export events as JSON Lines, CSV or ECS")
    _add_filters(export)
    export.add_argument("--format", choices=FORMATS, default="jsonl")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    _add_data_dir(export)
    export.set_defaults(handler=run_export)

    forget = commands.add_parser("forget", help="delete events and quarantined text for good")
    which = forget.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=int, default=[], metavar="ID")
    which.add_argument("--all", action="store_true", help="delete every event")
    _add_data_dir(forget)
    forget.set_defaults(handler=run_forget)

    restore = commands.add_parser("restore", help="put a blocked text back on the clipboard")
    pick = restore.add_mutually_exclusive_group(required=True)
    pick.add_argument("id", nargs="?", type=int, metavar="ID", help="the event that blocked it")
    pick.add_argument("--last", action="store_true", help="the most recent blocked text")
    _add_data_dir(restore)
    restore.set_defaults(handler=run_restore)


def _filter(args: argparse.Namespace) -> EventFilter:
    from app.storage import EventFilter

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
    # the guard checks the file when it starts; the command line need not pay for it again
    return EventStore.open(directory, verify=False)


def _cell(text: str | None, width: int) -> str:
    shown = visible(text or "-")
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def _local_time(event: Event) -> str:
    return event.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def run_log(args: argparse.Namespace, out: IO[str]) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    store = _open_store(args)
    try:
        events = store.query(_filter(args), limit=args.limit)
    finally:
        store.close()
    header = (
        f"{'ID':>6}  {'TIME':19}  {'LEVEL':10}  {'KIND':22}  {'ACTION':11}  {'TARGET':15}  SUMMARY"
    )
    out.write(header + "\n")
    for e in events:
        out.write(
            f"{e.id or 0:>6}  {_local_time(e):19}  {e.level:10}  {_cell(e.kind, 22):22}  "
            f"{_cell(e.action, 11):11}  {_cell(e.target, 15):15}  {_cell(e.summary, 100)}\n"
        )
    if not events:
        out.write("(no events)\n")
    return EXIT_OK


def run_export(args: argparse.Namespace, out: IO[str]) -> int:
    store = _open_store(args)
    try:
        if args.output:
            target = Path(args.output)
            try:
                with target.open("w", encoding="utf-8", newline="") as handle:
                    count = write_export(store, _filter(args), args.format, handle)
            except OSError as exc:
                raise UsageError(f"cannot write {target}: {exc.strerror}") from None
            sys.stderr.write(f"exported {count} events to {target}\n")
        else:
            write_export(store, _filter(args), args.format, out)
    finally:
        store.close()
    return EXIT_OK


def _deletion_allowed(args: argparse.Namespace) -> None:
    from app.config import load_config  # the policy decides whether events may be deleted

    config = load_config(state_dir=paths.data_dir(args.data_dir))
    if not config.settings.allow_delete_events:
        raise UsageError("your organisation's policy does not allow deleting events")


def run_forget(args: argparse.Namespace, out: IO[str]) -> int:
    _deletion_allowed(args)
    store = _open_store(args)
    try:
        removed = store.delete_all() if args.all else store.delete(args.ids)
    finally:
        store.close()
    out.write(f"deleted {removed} event{'s' if removed != 1 else ''} for good\n")
    return EXIT_OK


def run_restore(args: argparse.Namespace, out: IO[str]) -> int:
    # a running guard must do it: it would otherwise block the text again as it reappears
    from app import ipc

    answer = ipc.request(paths.data_dir(args.data_dir), {"cmd": "restore", "event_id": args.id})
    if answer is not None:
        if not answer.get("ok"):
            raise UsageError(str(answer.get("error") or "the guard could not restore it"))
        out.write(f"{answer.get('message')}\n")
        return EXIT_OK
    store = _open_store(args)
    try:
        item = store.quarantined(None if args.last else args.id)
        if item is None:
            which = "no blocked text" if args.last else f"nothing quarantined for event {args.id}"
            raise UsageError(f"{which} (it may have expired)")
        _copy_to_clipboard(item.text)
        store.append(
            Event(
                kind=EventKind.RESTORED.value,
                action=Action.RESTORED.value,
                summary=f"The text blocked in event {item.event_id} was put back on the clipboard.",
                details={"event_id": item.event_id, "by": "command line"},
            )
        )
    finally:
        store.close()
    out.write(f"restored the text of event {item.event_id} to the clipboard\n")
    return EXIT_OK


def _copy_to_clipboard(text: str) -> None:
    import pyperclip  # the command line has no Qt event loop, so it uses pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException as exc:
        raise UsageError(f"cannot write the clipboard: {exc}") from None
