"""The `pasteguard` command line: one parser, one module per command in app/commands/."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence

from app import __version__
from app.commands import EXIT_OK, EXIT_USAGE, UsageError
from app.commands import autostart as autostart_command
from app.commands import drill as drill_command
from app.commands import events as events_command
from app.commands import guard as guard_command
from app.commands import rules as rules_command
from app.commands import scan as scan_command


def build_parser(
    desktop: Mapping[str, guard_command.RunHandler] | None = None,
) -> argparse.ArgumentParser:
    """The whole command line; `desktop` brings the Qt commands (run, viewer) from ui/."""
    parser = argparse.ArgumentParser(
        prog="pasteguard",
        description="PasteGuard stops copy-and-paste attacks (ClickFix, FileFix, console scams).",
    )
    parser.add_argument("--version", action="version", version=f"pasteguard {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    guard_command.add_parsers(commands, desktop or {})
    scan_command.add_parser(commands)
    events_command.add_parsers(commands)
    rules_command.add_parser(commands)
    autostart_command.add_parser(commands)
    drill_command.add_parser(commands)
    return parser


def _tolerant_output() -> None:
    """Never crash on a console that cannot show a character (cp1252, ASCII locales)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(
    argv: Sequence[str] | None = None,
    desktop: Mapping[str, guard_command.RunHandler] | None = None,
) -> int:
    """`pasteguard [COMMAND]`; with no command the guard starts when the desktop part is there."""
    _tolerant_output()
    parser = build_parser(desktop)
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments and desktop and "run" in desktop:
        arguments = ["run"]
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            parser.print_help(sys.stdout)
            return EXIT_OK
        status: int = handler(args, sys.stdout)
        return status
    except UsageError as exc:
        sys.stderr.write(f"pasteguard: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `pasteguard scan --jsonl big | head`
        return EXIT_OK
