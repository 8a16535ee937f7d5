"""`pasteguard autostart enable|disable|status`: start PasteGuard at login for the current user."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import IO, Any

from app import paths
from app.commands import EXIT_FLAGGED, EXIT_OK, UsageError
from app.platform import autostart

AutostartFactory = Callable[[], autostart.Autostart]


def add_parser(commands: Any, factory: AutostartFactory = autostart.for_this_system) -> None:
    parser = commands.add_parser("autostart", help="start PasteGuard when you log in, or not")
    actions = parser.add_subparsers(dest="autostart_action", metavar="ACTION", required=True)
    for name, text in (
        ("enable", "start PasteGuard when you log in"),
        ("disable", "stop starting PasteGuard when you log in"),
        ("status", "say whether PasteGuard starts at login (exit 1 when it does not)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("--json", action="store_true", help="answer as JSON")
        action.set_defaults(handler=run_autostart, action=name, autostart_factory=factory)


def _disabling_allowed() -> None:
    from app.config import load_config  # the policy decides whether PasteGuard may be turned off

    if not load_config(state_dir=paths.data_dir()).settings.allow_quit:
        raise UsageError("your organisation's policy does not allow turning PasteGuard off")


def run_autostart(args: argparse.Namespace, out: IO[str]) -> int:
    entry: autostart.Autostart = args.autostart_factory()
    try:
        if args.action == "enable":
            state = entry.enable(autostart.launch_command())
        elif args.action == "disable":
            _disabling_allowed()
            state = entry.disable()
        else:
            state = entry.status()
    except OSError as exc:
        raise UsageError(f"cannot change the login start: {exc}") from None
    if args.json:
        out.write(json.dumps(state.to_dict(), sort_keys=True) + "\n")
    else:
        out.write(f"PasteGuard {state.detail}.\n")
    if args.action == "status":
        return EXIT_OK if state.enabled else EXIT_FLAGGED
    return EXIT_OK
