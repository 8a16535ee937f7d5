"""The `pasteguard` command line: one parser, one module per command in app/commands/."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.commands import EXIT_OK, EXIT_USAGE, UsageError
from app.commands import help as help_text  # argparse only: cheap for every command

if TYPE_CHECKING:
    from app.commands.guard import RunHandler

# The module (in app/commands/) that adds each command's parser. A command line naming one of
# these builds that module's parsers alone, so a command imports only what it needs: `status`,
# `pause` and `resume` (polled by scripts and by tests waiting for a guard to be ready) load
# neither the detection engine nor the event store, `scan` loads no guard, store or drills.
# Anything else (no command, `--help`, a typo) gets the whole command line.
COMMAND_MODULES = {
    "run": "guard",
    "viewer": "guard",
    "status": "guard",
    "pause": "guard",
    "resume": "guard",
    "scan": "scan",
    "log": "events",
    "export": "events",
    "forget": "events",
    "restore": "events",
    "rules": "rules",
    "autostart": "autostart",
    "drill": "drill",
}


def _top_parser() -> tuple[argparse.ArgumentParser, Any]:
    parser = argparse.ArgumentParser(
        prog="pasteguard",
        description="PasteGuard stops copy-and-paste attacks (ClickFix, FileFix, console scams).",
    )
    parser.add_argument("--version", action="version", version=f"pasteguard {__version__}")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def _add_commands(commands: Any, module: str, desktop: Mapping[str, RunHandler]) -> None:
    """The parsers of one module of app/commands/ (imported here, only when wanted)."""
    if module == "guard":
        from app.commands import guard

        guard.add_parsers(commands, desktop)
    elif module == "scan":
        # before the engine's modules are imported: their ~370 patterns come compiled from the
        # cache (a third of a scan's start-up, made while the other CPU waits)
        from app.detection import hsfilter, patterncache

        patterncache.install()
        hsfilter.read_ahead()  # the Hyperscan database inflated meanwhile, on the other CPU
        from app.commands import scan

        patterncache.seal()  # what a text read makes is never kept
        scan.add_parser(commands)
    elif module == "events":
        from app.commands import events

        events.add_parsers(commands)
    elif module == "rules":
        from app.commands import rules

        rules.add_parser(commands)
    elif module == "autostart":
        from app.commands import autostart

        autostart.add_parser(commands)
    elif module == "drill":
        from app.commands import drill

        drill.add_parser(commands)
    else:  # pragma: no cover - COMMAND_MODULES names only the modules above
        raise ValueError(f"no command module {module!r}")


def build_parser(
    desktop: Mapping[str, RunHandler] | None = None, *, command: str | None = None
) -> argparse.ArgumentParser:
    """The whole command line; `desktop` brings the Qt commands (run, viewer) from ui/.
    With `command` (a key of COMMAND_MODULES): only the parsers of the module that has it."""
    parser, commands = _top_parser()
    wanted = COMMAND_MODULES.values() if command is None else [COMMAND_MODULES[command]]
    for module in dict.fromkeys(wanted):
        _add_commands(commands, module, desktop or {})
    help_text.complete(parser)  # every --help with a description and examples
    return parser


def scan_parser() -> argparse.ArgumentParser:
    """The command line with `scan` alone: batch scans (`scan --jsonl`) start without loading
    the guard, the event store, the drills and the policy, which scanning never uses."""
    return build_parser(command="scan")


def _tolerant_output() -> None:
    """Never crash on a console that cannot show a character (cp1252, ASCII locales)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


QUIET_STORE = frozenset({"log", "export", "forget", "restore"})  # commands that read the log


def main(
    argv: Sequence[str] | None = None,
    desktop: Mapping[str, RunHandler] | None = None,
) -> int:
    """`pasteguard [COMMAND]`; with no command the guard starts when the desktop part is there."""
    _tolerant_output()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments and desktop and "run" in desktop:
        arguments = ["run"]
    command = arguments[0] if arguments and arguments[0] in COMMAND_MODULES else None
    parser = build_parser(desktop, command=command)
    args, extra = parser.parse_known_args(arguments)
    if extra:
        # argparse names the top-level usage for a word the command does not take
        # ("pasteguard: error: unrecognized arguments: 15" for `pause 15`): the command's own
        # usage and name say where it went wrong
        _command_parser(parser, arguments).error(f"unrecognized arguments: {' '.join(extra)}")
    # read here once, and passed to what the command builds (engine, guard): with it set, an
    # internal error raises instead of being logged and outlived (the tests set it)
    args.strict = os.environ.get("PASTEGUARD_STRICT") == "1"
    handler = getattr(args, "handler", None)
    # The store's "degraded ...; N events wait in memory; next try in 0.25 s" is the guard's
    # log: a command reading the log tries and says why it could not (below), no retry follows
    quiet = _quiet_store_log() if command in QUIET_STORE else None
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
    except Exception as exc:
        reason = _store_unavailable(exc)
        if reason is None:
            raise
        # a log written by a newer PasteGuard, a locked or unreadable file: said, not a
        # traceback (`log`, `export`, `forget` read it)
        sys.stderr.write(f"pasteguard: the event log cannot be used: {reason}\n")
        return EXIT_USAGE
    finally:
        if quiet is not None:
            quiet()


def _command_parser(
    parser: argparse.ArgumentParser, arguments: Sequence[str]
) -> argparse.ArgumentParser:
    """The parser of the (sub)command the words name, deepest first; the top one if none."""
    words = [a for a in arguments if not a.startswith("-")]
    for word in words:
        subcommands = [
            action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
        ]
        sub = next((a.choices[word] for a in subcommands if word in a.choices), None)
        if sub is None:
            break
        parser = sub
    return parser


def _quiet_store_log() -> Callable[[], None]:
    """Keep the store's warnings off a reading command's stderr; the function undoes it.
    (logging is imported here: `scan` never pays for it.)"""
    import logging

    store_log = logging.getLogger("app.storage.store")
    level = store_log.level
    store_log.setLevel(logging.ERROR)
    return lambda: store_log.setLevel(level)


def _store_unavailable(exc: BaseException) -> str | None:
    """Why the event log could not be used, when that is what `exc` says (checked only when
    the store was imported: the scanning commands never pay for importing it)."""
    faults = sys.modules.get("app.storage.faults")
    schema = sys.modules.get("app.storage.schema")
    if faults is None or not isinstance(exc, faults.StoreUnavailable):
        return None
    reason = str(exc)
    if schema is not None and isinstance(exc.__cause__, schema.SchemaTooNew):
        reason += " (a newer PasteGuard wrote it: use that version, or move the file aside)"
    elif exc.__cause__ is not None and faults.classify(exc.__cause__) is faults.Fault.CORRUPT:
        reason += (
            " (the file is damaged; it was left as it is: the guard moves it aside and starts"
            " a new log the next time it opens it)"
        )
    return reason


def exit_after_scan(code: int) -> NoReturn:
    """End a `pasteguard scan` process once its answers are out.

    Only the process's own entry points call this (ui/launcher.py, app/__main__.py), never
    code that goes on. Scanning keeps no file open for writing and leaves no worker behind (the
    pool has joined them), so the interpreter's teardown only freed, one object at a time, the
    rules, grammars and caches the engine built: ~18 ms after the last line, which every
    `scan` paid (and a batch of 4,766 lines is ~1 s in all).
    """
    import logging

    logging.shutdown()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader left (`pasteguard scan --jsonl big | head`), as main() takes it
    except OSError:
        code = 120  # what Python's own exit gives when its last flush fails
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    patterns = sys.modules.get("app.detection.patterncache")
    if patterns is not None:  # the patterns this start compiled, kept for the next (once)
        patterns.keep()
    os._exit(code)
