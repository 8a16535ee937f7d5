"""Living off the land, as data: the catalogue of programs, scripts and COM objects that fetch
or run code (`resources/lolbins.yaml`), turned into rules for the engine.

Each entry says what the thing is (`name`, `kind`), what it can do (`can`: download, execute,
proxy, bypass, decode), its ATT&CK technique, one plain sentence a person reads in the warning,
and the argument shapes that make it dangerous (`dangerous`: RE2 patterns, as a rule's
`match`). Errors are reported as file:line, like rule files, and an entry's own `examples` and
`harmless` texts are checked by the tests: the first must match, the second must not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.detection.rules import Rule, RuleError, default_rules_dir, parse_rule, read_yaml

KINDS = ("program", "script", "com", "class", "cmdlet")
ABILITIES = ("download", "execute", "proxy", "bypass", "decode")
PLATFORMS = ("windows", "macos", "linux")
# What an ability means for the engine: the tags of the rule made from the entry.
_TAGS = {
    "download": ("download",),
    "execute": ("execute",),
    "proxy": ("execute", "evasion"),  # runs something through a trusted, signed middleman
    "bypass": ("evasion",),
    "decode": ("obfuscation",),
}
ENTRY_KEYS = {
    "id", "rule", "name", "kind", "platforms", "can", "technique", "title", "explanation",
    "action", "weight", "group", "waivable", "layers", "tags", "dangerous", "examples",
    "harmless",
}  # fmt: skip
RULE_PREFIX = "PG-LOL-"


@dataclass(frozen=True)
class Entry:
    """One catalogue entry: the facts, and the rule made from them."""

    id: str
    name: str
    kind: str
    can: tuple[str, ...]
    platforms: tuple[str, ...]
    rule: Rule
    examples: tuple[str, ...] = ()
    harmless: tuple[str, ...] = ()


def default_catalogue_path() -> Path:
    return default_rules_dir().parent / "lolbins.yaml"


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _check_facts(raw: dict[str, Any], path: str, line: int, errors: list[RuleError]) -> bool:
    before = len(errors)
    unknown = set(raw) - ENTRY_KEYS - {"__line__"}
    if unknown:
        errors.append(RuleError(path, line, f"unknown keys: {', '.join(sorted(unknown))}"))
    for key in ("id", "name", "kind", "technique", "title", "explanation"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            errors.append(RuleError(path, line, f"missing or empty '{key}'"))
    if isinstance(raw.get("kind"), str) and raw["kind"] not in KINDS:
        errors.append(RuleError(path, line, f"kind must be one of {', '.join(KINDS)}"))
    for key, allowed in (("can", ABILITIES), ("platforms", PLATFORMS)):
        values = _strings(raw.get(key))
        if not values:
            errors.append(RuleError(path, line, f"'{key}' must list one or more of {allowed}"))
        elif set(values) - set(allowed):
            bad = ", ".join(sorted(set(values) - set(allowed)))
            errors.append(RuleError(path, line, f"unknown {key}: {bad}"))
    explanation = raw.get("explanation")
    if isinstance(explanation, str) and explanation.strip().count(". ") > 0:
        errors.append(RuleError(path, line, "the explanation is one sentence"))
    if "dangerous" not in raw:
        errors.append(RuleError(path, line, "missing 'dangerous' (the argument shapes)"))
    for key in ("examples", "harmless", "tags"):
        if key in raw and _strings(raw[key]) is None:
            errors.append(RuleError(path, line, f"'{key}' must be a list of texts"))
    rule_id = raw.get("rule")
    if rule_id is not None and (not isinstance(rule_id, str) or not rule_id.startswith("PG-")):
        errors.append(RuleError(path, line, "'rule' must be a rule id starting with PG-"))
    return len(errors) == before


def parse_entry(raw: Any, path: str, errors: list[RuleError]) -> Entry | None:
    if not isinstance(raw, dict):
        errors.append(RuleError(path, 0, "each entry must be a mapping"))
        return None
    line = int(raw.get("__line__", 0))
    if not _check_facts(raw, path, line, errors):
        return None
    can = _strings(raw["can"]) or ()
    tags = {tag for ability in can for tag in _TAGS[ability]}
    tags.update(_strings(raw.get("tags")) or ())  # e.g. remote-exec: runs what it fetched
    rule_raw: dict[str, Any] = {
        "__line__": line,
        "id": raw.get("rule") or RULE_PREFIX + raw["id"].strip().upper(),
        "title": raw["title"],
        "explanation": raw["explanation"],
        "technique": raw["technique"],
        "weight": raw.get("weight"),
        "tags": sorted(tags),
        "platforms": list(_strings(raw["platforms"]) or ()),
        "match": raw["dangerous"],
    }
    for key in ("action", "group", "waivable", "layers"):
        if key in raw:
            rule_raw[key] = raw[key]
    rule = parse_rule(rule_raw, path, (), errors)
    if rule is None:
        return None
    return Entry(
        id=raw["id"].strip(),
        name=raw["name"].strip(),
        kind=raw["kind"],
        can=can,
        platforms=_strings(raw["platforms"]) or (),
        rule=rule,
        examples=_strings(raw.get("examples")) or (),
        harmless=_strings(raw.get("harmless")) or (),
    )


def load_catalogue(path: Path | None = None) -> tuple[list[Entry], list[RuleError]]:
    """Every entry of the catalogue, and every error found on the way (file:line)."""
    path = path or default_catalogue_path()
    name = str(path)
    errors: list[RuleError] = []
    document, error = read_yaml(path)
    if error is not None:
        return [], [error]
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return [], [RuleError(name, 1, "the catalogue is a mapping with an 'entries' list")]
    entries = [e for raw in document["entries"] if (e := parse_entry(raw, name, errors))]
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            line = int(entry.rule.source.rpartition(":")[2])
            errors.append(RuleError(name, line, f"duplicate entry id {entry.id}"))
        seen.setdefault(entry.id, entry.rule.source)
    return entries, errors


def catalogue_rules(entries: Iterable[Entry]) -> list[Rule]:
    return [entry.rule for entry in entries]
