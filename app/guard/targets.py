"""Classify the focused window into a paste target, from a table kept as data (targets.yaml)."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import re2

from app.detection.model import PasteTarget
from app.detection.rules import RuleError, RuleLoadError, _quiet_options, read_yaml
from app.platform.base import TITLE_CAP, WindowInfo
from app.shipped import resources_dir

log = logging.getLogger(__name__)

FIELDS = ("process", "window_class", "title", "app_id")
RULE_KEYS = {"id", "target", "accepts", "when"}
CACHE_SIZE = 512


def default_targets_path() -> Path:
    """The table shipped with PasteGuard."""
    return resources_dir() / "targets.yaml"


def fold_case(text: str) -> str:
    """Case-insensitive form: casefold, and Turkish dotted/dotless i read as one letter (the
    upper case of "Çalıştır", Windows' Turkish "Run", is "ÇALIŞTIR", which casefolds to "i")."""
    return text.casefold().replace("\u0131", "i").replace("i\u0307", "i")


@dataclass(frozen=True)
class FieldMatch:
    """One property test: any of several whole values (ignoring case), or an RE2 search."""

    exact: frozenset[str] = frozenset()  # fold_case()d
    regex: Any = None  # re2 pattern, case-insensitive

    def matches(self, value: str) -> bool:
        if self.regex is not None:
            return self.regex.search(value) is not None
        return fold_case(value) in self.exact


@dataclass(frozen=True)
class TargetRule:
    id: str
    target: PasteTarget
    accepts: frozenset[PasteTarget] = frozenset()
    when: tuple[tuple[str, FieldMatch], ...] = ()
    source: str = ""  # file:line

    def matches(self, window: WindowInfo, title: str) -> bool:
        for field, test in self.when:
            value = title if field == "title" else getattr(window, field)
            if not test.matches(value):
                return False
        return True


@dataclass(frozen=True)
class TargetTable:
    rules: tuple[TargetRule, ...]
    default: TargetRule
    no_window: TargetRule


# -- loading -------------------------------------------------------------------------------------


def _target(value: Any, where: str, path: str, line: int, errors: list[RuleError]) -> PasteTarget:
    try:
        if not isinstance(value, str):
            raise ValueError(f"{where} must be a target name")
        return PasteTarget.parse(value)
    except ValueError as exc:
        errors.append(RuleError(path, line, str(exc)))
        return PasteTarget.UNKNOWN


def _accepts(value: Any, path: str, line: int, errors: list[RuleError]) -> frozenset[PasteTarget]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        errors.append(RuleError(path, line, "'accepts' must be a list of target names"))
        return frozenset()
    return frozenset(_target(v, "each of 'accepts'", path, line, errors) for v in value)


def _field(
    name: str, value: Any, path: str, line: int, errors: list[RuleError]
) -> FieldMatch | None:
    if isinstance(value, dict):
        value.pop("__line__", None)
        pattern = value.get("regex")
        if set(value) != {"regex"} or not isinstance(pattern, str) or not pattern:
            errors.append(RuleError(path, line, f"'{name}' as a mapping takes one 'regex'"))
            return None
        options = _quiet_options()
        options.case_sensitive = False
        try:
            return FieldMatch(regex=re2.compile(pattern, options))
        except re2.error as exc:
            message = f"'{name}' pattern {pattern!r} does not compile in RE2: {exc}"
            errors.append(RuleError(path, line, message))
            return None
    values = [value] if isinstance(value, str) else value
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v for v in values)
    ):
        # YAML reads some bare words as numbers or booleans (yes, no, on): quote them.
        message = f"'{name}' must be a text, a list of texts, or {{regex: ...}}"
        errors.append(RuleError(path, line, message))
        return None
    return FieldMatch(exact=frozenset(fold_case(v) for v in values))


def _rule(raw: Any, path: str, errors: list[RuleError], fallback_id: str = "") -> TargetRule | None:
    if not isinstance(raw, dict):
        errors.append(RuleError(path, 0, "each rule must be a mapping"))
        return None
    line = int(raw.pop("__line__", 0))
    before = len(errors)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        errors.append(RuleError(path, line, f"unknown keys: {', '.join(sorted(unknown))}"))
    rule_id = raw.get("id", fallback_id)
    if not isinstance(rule_id, str) or not rule_id.strip():
        errors.append(RuleError(path, line, "missing or empty 'id'"))
    if "target" not in raw:
        errors.append(RuleError(path, line, "missing 'target'"))
    target = _target(raw.get("target"), "'target'", path, line, errors)
    accepts = _accepts(raw.get("accepts"), path, line, errors)
    when: list[tuple[str, FieldMatch]] = []
    conditions = raw.get("when")
    if fallback_id:  # default / no_window: they match whatever is left
        if conditions is not None:
            errors.append(RuleError(path, line, f"'{fallback_id}' takes no 'when'"))
    elif not isinstance(conditions, dict) or len(conditions) <= 1:  # __line__ only
        errors.append(RuleError(path, line, "'when' must name at least one window property"))
    else:
        wline = int(conditions.pop("__line__", line))
        for name, value in conditions.items():
            if name not in FIELDS:
                errors.append(RuleError(path, wline, f"unknown window property {name!r}"))
            elif (test := _field(name, value, path, wline, errors)) is not None:
                when.append((name, test))
    if len(errors) > before:
        return None
    return TargetRule(str(rule_id).strip(), target, accepts, tuple(when), f"{path}:{line}")


def load_target_table(path: Path) -> tuple[TargetTable | None, list[RuleError]]:
    """The table in `path`, and every error found in it (the table is None if there are any)."""
    name = str(path)
    errors: list[RuleError] = []
    document, error = read_yaml(path)
    if error is not None:
        return None, [error]
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        return None, [RuleError(name, 1, "a target table is a mapping with a 'rules' list")]
    unknown = set(document) - {"version", "default", "no_window", "rules", "__line__"}
    if unknown:
        errors.append(RuleError(name, 1, f"unknown keys: {', '.join(sorted(unknown))}"))
    if document.get("version") != 1:
        errors.append(RuleError(name, 1, "'version' must be 1"))
    specials: dict[str, TargetRule | None] = {}
    for key in ("default", "no_window"):
        if key not in document:
            errors.append(RuleError(name, 1, f"missing '{key}'"))
        specials[key] = _rule(document.get(key), name, errors, fallback_id=key)
    rules = [r for raw in document["rules"] if (r := _rule(raw, name, errors))]
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            line = int(rule.source.rpartition(":")[2])
            message = f"duplicate rule id {rule.id} (first at {seen[rule.id]})"
            errors.append(RuleError(name, line, message))
        seen.setdefault(rule.id, rule.source)
    default, no_window = specials["default"], specials["no_window"]
    if errors or default is None or no_window is None:
        return None, errors
    return TargetTable(tuple(rules), default, no_window), []


# -- classifying -------------------------------------------------------------------------------


class TargetClassifier:
    """Window + key-sequence hint -> PasteTarget. Runs in the keyboard hook: O(1) when cached.

    A window is matched against the rules once; the matching rule is remembered (bounded LRU)
    by the window's process, class, title and app id. A hint wins when the rule accepts it.
    Safe to call from several threads.
    """

    def __init__(
        self, table: TargetTable, cache_size: int = CACHE_SIZE, strict: bool = False
    ) -> None:
        self.table = table
        self._cache: OrderedDict[tuple[str, str, str, str], TargetRule] = OrderedDict()
        self._cache_size = max(1, cache_size)
        self._lock = threading.Lock()
        self._strict = strict  # errors raise (the tests) instead of meaning `unknown`
        self.errors = 0

    @classmethod
    def load(cls, path: Path | None = None, strict: bool = False) -> TargetClassifier:
        """Load and check a table; RuleLoadError lists every problem with file and line."""
        table, errors = load_target_table(path or default_targets_path())
        if table is None:
            raise RuleLoadError(errors)
        return cls(table, strict=strict)

    def classify(self, window: WindowInfo | None, hint: PasteTarget | None = None) -> PasteTarget:
        """Where a paste into `window` goes; never raises (unknown when something fails)."""
        try:
            rule = self.table.no_window if window is None else self.rule_for(window)
        except Exception:
            self.errors += 1
            if self._strict:
                raise
            log.exception("cannot classify a window; treating it as unknown")
            rule = self.table.no_window
        if hint is not None and hint in rule.accepts:
            return hint
        return rule.target

    def rule_for(self, window: WindowInfo) -> TargetRule:
        """The first rule that matches `window` (or the default rule)."""
        title = window.title[:TITLE_CAP]  # the start of a title is all any rule needs
        key = (window.process, window.window_class, title, window.app_id)
        with self._lock:
            rule = self._cache.get(key)
            if rule is not None:
                self._cache.move_to_end(key)
                return rule
        rule = self._match(window, title)
        with self._lock:
            self._cache[key] = rule
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return rule

    def _match(self, window: WindowInfo, title: str) -> TargetRule:
        for rule in self.table.rules:
            if rule.matches(window, title):
                return rule
        return self.table.default
