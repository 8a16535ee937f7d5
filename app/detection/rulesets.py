"""Which rule folders the guard loads: the built-in rules always, a custom folder only when it
loads beside them.

`pasteguard rules check FOLDER` and the guard ask the same question here, so a folder the
check passes is one the guard uses, and a folder the guard would skip fails the check: a
missing folder, a malformed file, a rule id the built-in rules already use, or patterns that
do not compile together (RE2 sets).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.detection.rules import CompiledRules, Rule, RuleError, default_rules_dir, load_rules


def _signals() -> Iterable[str]:
    """SIGNALS, complete: the signals a rule may name are entered in it by the modules that
    define them, all of which the engine imports. Imported when a folder is checked, not with
    this module: the guard asks `guard_rule_paths` before it is ready, and with no custom
    folder (the usual case) it needs nothing of the engine there (~0.3 s of CPU)."""
    import app.detection.engine  # noqa: F401
    from app.detection.signals import SIGNALS

    return SIGNALS


def check_rule_paths(paths: Sequence[Path]) -> tuple[list[Rule], list[RuleError]]:
    """The rules of `paths` loaded as the guard loads them (beside the built-in rules when a
    path is not the built-in folder), and every reason the guard would not use them."""
    builtin = default_rules_dir()
    wanted = [p for p in paths if p != builtin]
    errors = [RuleError(str(p), 0, "no such file or folder") for p in wanted if not p.exists()]
    if errors:
        return [], errors
    rules, errors = load_rules([builtin, *wanted], _signals())
    if not errors:
        try:
            CompiledRules(rules)
        except Exception as exc:  # RE2 refuses a set (too large, an unsupported construct)
            where = str(wanted[0]) if wanted else str(builtin)
            errors.append(RuleError(where, 0, f"the rules do not compile together: {exc}"))
    ours = {str(builtin), str(builtin.parent / "lolbins.yaml")}  # the built-in catalogue too
    shown = [r for r in rules if not r.source.startswith(tuple(ours))] if wanted else rules
    return shown, errors


def guard_rule_paths(rules_dir: str | None) -> tuple[list[Path], str | None]:
    """The folders the guard loads, and why the custom folder was skipped (None: it was not)."""
    builtin = default_rules_dir()
    if not rules_dir:
        return [builtin], None
    folder = Path(rules_dir)
    _rules, errors = check_rule_paths([folder])
    if not errors:
        return [builtin, folder], None
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return [builtin], (
        f"the custom rules in {folder} are not used: {errors[0]}{more}; "
        "the built-in rules protect as usual"
    )
