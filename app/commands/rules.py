"""`pasteguard rules check`: validate rule files, with every error as file:line.

The fleet actions (from-report, keygen, sign) live in app.commands.fleet_rules.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO, Any

from app.commands import EXIT_FLAGGED, EXIT_OK, UsageError, fleet_rules
from app.detection.rules import default_rules_dir
from app.detection.rulesets import check_rule_paths, guard_rule_paths
from app.intel.rulefile import read_lists


def add_parser(commands: Any) -> None:
    rules = commands.add_parser("rules", help="work with rule files")
    rules_commands = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = rules_commands.add_parser("check", help="validate rule files; errors as file:line")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: built-in)")
    check.set_defaults(handler=run_check)
    fleet_rules.add_parsers(rules_commands)


def guard_rule_folders(rules_dir: str | None) -> tuple[list[Path], str | None]:
    """The folders the guard loads and why a custom one was skipped: exactly what `rules
    check` refuses (its rules beside the built-in ones, and its `lists:`)."""
    paths, problem = guard_rule_paths(rules_dir)
    if problem is None and len(paths) > 1:
        _lists, list_errors = read_lists(paths[1:])
        if list_errors:
            more = f" (and {len(list_errors) - 1} more)" if len(list_errors) > 1 else ""
            problem = (
                f"the custom rules in {paths[1]} are not used: {list_errors[0]}{more}; "
                "the built-in rules protect as usual"
            )
            paths = paths[:1]
    return paths, problem


def run_check(args: argparse.Namespace, out: IO[str]) -> int:
    paths = args.paths or [default_rules_dir()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError("no such file or folder: " + ", ".join(str(p) for p in missing))
    # beside the built-in rules, as the guard loads them: what passes here, the guard uses
    rules, errors = check_rule_paths(paths)
    lists, list_errors = read_lists(paths)  # a rule file's `lists:` (app.intel.rulefile)
    errors = sorted([*errors, *list_errors], key=lambda e: (e.path, e.line))
    for error in errors:
        out.write(f"{error}\n")
    status = "error" if len(errors) == 1 else "errors"
    listed = f", {lists.size()} list entries" if lists.size() else ""
    out.write(f"{len(rules)} rules loaded{listed}, {len(errors)} {status}\n")
    return EXIT_FLAGGED if errors else EXIT_OK
