"""`pasteguard run`, `status`, `pause` and `resume`: the guard and its state."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from typing import IO, Any

from app import ipc, paths
from app.commands import EXIT_FLAGGED, EXIT_OK, UsageError

RunHandler = Callable[[argparse.Namespace, IO[str]], int]


def add_parsers(commands: Any, desktop: Mapping[str, RunHandler]) -> None:
    """`desktop` holds the handlers that need Qt ("run", "viewer"), passed in from ui/."""
    run = commands.add_parser("run", help="start the guard (the default command)")
    run.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")
    run.add_argument("--no-tray", action="store_true", help="run without a tray icon")
    run.set_defaults(handler=desktop.get("run", _no_desktop))

    viewer = commands.add_parser("viewer", help="open the event log viewer")
    viewer.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")
    viewer.set_defaults(handler=desktop.get("viewer", _no_desktop))

    status = commands.add_parser("status", help="state of the running guard, as JSON")
    status.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")
    status.set_defaults(handler=run_status)

    for name, text in (("pause", "pause protection"), ("resume", "resume protection")):
        sub = commands.add_parser(name, help=text)
        if name == "pause":
            sub.add_argument(
                "--minutes",
                type=float,
                help="for this long, at most 10080 (a week); without it, until restart",
            )
        sub.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")
        sub.set_defaults(handler=run_control, action=name)


def _no_desktop(args: argparse.Namespace, out: IO[str]) -> int:
    raise UsageError("the guard needs the desktop part: start it with the `pasteguard` command")


def run_status(args: argparse.Namespace, out: IO[str]) -> int:
    data_dir = paths.data_dir(args.data_dir)
    answer = ipc.request(data_dir, {"cmd": "status"})
    if answer is not None and "running" not in answer:  # unreadable folder, a frozen guard
        raise UsageError(str(answer.get("error", "the guard did not answer")))
    if answer is None:
        out.write(json.dumps({"running": False, "data_dir": str(data_dir)}) + "\n")
        return EXIT_FLAGGED
    out.write(json.dumps(answer, indent=2, sort_keys=True, default=str) + "\n")
    # a guard still starting answers, but does not guard yet: not a success for scripts
    return EXIT_OK if answer.get("running") and answer.get("ready", True) else EXIT_FLAGGED


def run_control(args: argparse.Namespace, out: IO[str]) -> int:
    data_dir = paths.data_dir(args.data_dir)
    message: dict[str, Any] = {"cmd": args.action}
    if args.action == "pause" and args.minutes is not None:
        # `inf`, `nan` and 1e300 are floats too: checked here, as the guard checks them
        if not 0 < args.minutes <= ipc.MAX_PAUSE_SECONDS / 60:
            raise UsageError(
                f"--minutes must be more than 0 and at most {ipc.MAX_PAUSE_SECONDS / 60:.0f} "
                "(a week); leave it out to pause until restart"
            )
        message["seconds"] = args.minutes * 60
    answer = ipc.request(data_dir, message)
    if answer is None:
        raise UsageError("PasteGuard is not running")
    if not answer.get("ok"):
        raise UsageError(str(answer.get("error", "the guard refused")))
    out.write(f"{answer.get('message', 'done')}\n")
    return EXIT_OK
