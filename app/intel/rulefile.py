"""The `lists:` section a rule file may carry beside its `rules:` (what from-report writes).

    lists:
      block_hosts: [verify-human.example]
      block_text_hashes: [<sha256>]
    rules:
      - id: PG-FLEET-...

The engine reads `rules:` and ignores the rest; the guard and `pasteguard rules check` read
`lists:` through here, with errors as file:line like the rules' own.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.detection.rules import RuleError, read_yaml, rule_files
from app.intel.lists import IntelLists, parse_lists


def read_lists(paths: Iterable[Path]) -> tuple[IntelLists, list[RuleError]]:
    """The lists of every rule file in `paths` (files or folders), merged, and their errors."""
    merged = IntelLists()
    errors: list[RuleError] = []
    for path in rule_files(paths):
        name = str(path)
        document, error = read_yaml(path)
        if error is not None:
            continue  # the rule loader reports unreadable files once, with their line
        if not isinstance(document, dict) or "lists" not in document:
            continue
        section = document["lists"]
        if not isinstance(section, dict):
            errors.append(
                RuleError(name, int(document.get("__line__", 1)), "'lists' must be a mapping")
            )
            continue
        line = int(section.get("__line__", 1))
        lists, problems = parse_lists(section, "lists.")
        errors.extend(RuleError(name, line, problem) for problem in problems)
        if not problems:
            merged = merged.merged(lists)
    return merged, errors
