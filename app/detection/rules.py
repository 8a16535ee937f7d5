"""Rules as data: load YAML rule files, report every error with file and line, compile to RE2.

A rule either matches patterns over the layers of a text (`match: {all, any, none}`) or names a
signal computed in code (`signal: padding`), so that the words a person reads (title,
explanation, action) always live in the rule file.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import re2

from app.detection import datafiles, hsfilter
from app.detection.atoms import atomless
from app.detection.clock import budget_clock, off_the_clock
from app.detection.literals import LiteralGuard, requirements
from app.detection.scriptgate import patterns_pages, text_pages
from app.shipped import resources_dir

log = logging.getLogger(__name__)

LAYER_SCOPES = ("any", "raw", "normalized", "decoded", "derived")
TECHNIQUE_PREFIX = ("T1",)
RULE_KEYS = {
    "id", "title", "explanation", "action", "technique", "weight", "group", "platforms",
    "shells", "layers", "hidden", "waivable", "tags", "match", "signal", "examples", "requires",
    "priority",
}  # fmt: skip


@dataclass(frozen=True)
class RuleError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class RuleLoadError(Exception):
    def __init__(self, errors: Sequence[RuleError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    technique: str
    weight: int
    action: str = ""
    group: str = ""
    platforms: tuple[str, ...] = ()
    shells: tuple[str, ...] = ()
    layers: str = "any"
    hidden: bool = False  # only counts when the raw text does not show it (obfuscation)
    waivable: bool = False  # a recognised official installer may waive this finding
    tags: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    signal: str = ""
    requires: str = ""  # a group: the rule counts only beside a finding of that group
    # which finding of a group speaks for it when weights tie: the higher first, then the id
    priority: int = 0
    source: str = ""  # file:line, for messages


@functools.cache
def _line_loader() -> Any:
    """A YAML loader that remembers the line of every mapping, for error messages: libyaml's
    parser when PyYAML has it (its wheels do). Built on first use: PyYAML is imported only
    when a file is parsed, not when its parse is cached (app/detection/datafiles.py)."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc]
        pass

    def construct_mapping(loader: Any, node: Any) -> dict[str, Any]:
        mapping: dict[str, Any] = {
            str(k): v for k, v in loader.construct_mapping(node, deep=True).items()
        }
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def _parse_with_lines(text: str) -> Any:
    import yaml

    return yaml.load(text, Loader=_line_loader())


def read_yaml(path: Path) -> tuple[Any, RuleError | None]:
    """The document of a YAML data file (rules, targets, lists), every mapping with its
    `__line__`; or None and the error that kept it from being read, at its file:line."""
    name = str(path)
    try:
        return datafiles.load(path, "lines", _parse_with_lines), None
    except (OSError, UnicodeDecodeError) as exc:
        return None, RuleError(name, 0, f"cannot read: {exc}")
    except Exception as exc:
        import yaml

        if not isinstance(exc, yaml.YAMLError):
            raise
        mark = getattr(exc, "problem_mark", None)
        return None, RuleError(name, mark.line + 1 if mark else 0, f"invalid YAML: {exc}")


def default_rules_dir() -> Path:
    """The rule files shipped with PasteGuard."""
    return resources_dir() / "rules"


def _strings(
    value: Any, where: str, errors: list[RuleError], path: str, line: int
) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(RuleError(path, line, f"{where} must be a string or a list of strings"))
        return ()
    return tuple(value)


def _quiet_options() -> Any:
    options = re2.Options()
    options.log_errors = False  # errors are reported with file and line instead
    return options


def _check_pattern(pattern: str, path: str, line: int, errors: list[RuleError]) -> None:
    # Parsing is what fails for a pattern (RE2's syntax); an RE2 set's Add only parses, where
    # a compile here would be thrown away and done again by CompiledRules (which reports a
    # pattern too large to compile with its rule's file and line).
    try:
        re2.Set.SearchSet(_quiet_options()).Add(pattern)
        return
    except re2.error:
        pass
    try:
        re2.compile(pattern, _quiet_options())  # for RE2's own words on what is wrong
        reason = "it cannot be parsed"
    except re2.error as exc:
        reason = str(exc)
    errors.append(RuleError(path, line, f"pattern {pattern!r} does not compile in RE2: {reason}"))


def parse_rule(
    raw: Any,
    path: str,
    known_signals: Iterable[str],
    errors: list[RuleError],
    check_patterns: bool = True,
) -> Rule | None:
    if not isinstance(raw, dict):
        errors.append(RuleError(path, 0, "each rule must be a mapping"))
        return None
    line = int(raw.pop("__line__", 0))
    before = len(errors)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        errors.append(RuleError(path, line, f"unknown keys: {', '.join(sorted(unknown))}"))
    for key in ("id", "title", "explanation"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            errors.append(RuleError(path, line, f"missing or empty '{key}'"))
    # optional: a rule that recognises something harmless (an official installer) names none
    technique = raw.get("technique", "")
    if not isinstance(technique, str):
        errors.append(RuleError(path, line, "technique must be an ATT&CK id (T....)"))
    elif technique and not technique.startswith(TECHNIQUE_PREFIX):
        errors.append(RuleError(path, line, f"technique {technique!r} is not an ATT&CK id (T....)"))
    weight = raw.get("weight")
    if not isinstance(weight, int) or isinstance(weight, bool) or not -100 <= weight <= 100:
        errors.append(RuleError(path, line, "weight must be an integer from -100 to 100"))
    priority = raw.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool) or not -9 <= priority <= 9:
        errors.append(RuleError(path, line, "priority must be an integer from -9 to 9"))
    layers = raw.get("layers", "any")
    if layers not in LAYER_SCOPES:
        errors.append(RuleError(path, line, f"layers must be one of {', '.join(LAYER_SCOPES)}"))
    match = raw.get("match")
    signal = raw.get("signal", "")
    patterns: dict[str, tuple[str, ...]] = {"all": (), "any": (), "none": ()}
    if (match is None) == (not signal):
        errors.append(RuleError(path, line, "a rule needs exactly one of 'match' or 'signal'"))
    if match is not None:
        if not isinstance(match, dict):
            errors.append(RuleError(path, line, "'match' must be a mapping of all/any/none"))
        else:
            mline = int(match.pop("__line__", line))
            extra = set(match) - {"all", "any", "none"}
            if extra:
                errors.append(RuleError(path, mline, f"unknown match keys: {sorted(extra)}"))
            for key in patterns:
                patterns[key] = _strings(match.get(key), f"match.{key}", errors, path, mline)
                for p in patterns[key] if check_patterns else ():
                    _check_pattern(p, path, mline, errors)
            if not patterns["all"] and not patterns["any"]:
                errors.append(RuleError(path, mline, "match needs at least one 'all' or 'any'"))
    if signal and signal not in set(known_signals):
        errors.append(RuleError(path, line, f"unknown signal {signal!r}"))
    if len(errors) > before:
        return None
    return Rule(
        id=raw["id"].strip(),
        title=raw["title"].strip(),
        explanation=" ".join(raw["explanation"].split()),
        technique=technique,
        weight=int(weight or 0),
        action=str(raw.get("action", "")).strip(),
        group=str(raw.get("group", "")),
        platforms=_strings(raw.get("platforms"), "platforms", errors, path, line),
        shells=_strings(raw.get("shells"), "shells", errors, path, line),
        layers=layers,
        hidden=bool(raw.get("hidden", False)),
        waivable=bool(raw.get("waivable", False)),
        tags=_strings(raw.get("tags"), "tags", errors, path, line),
        all=patterns["all"],
        any=patterns["any"],
        none=patterns["none"],
        signal=signal,
        requires=str(raw.get("requires", "")),
        priority=priority,
        source=f"{path}:{line}",
    )


def load_rule_file(
    path: Path, known_signals: Iterable[str], errors: list[RuleError], check_patterns: bool = True
) -> list[Rule]:
    name = str(path)
    document, error = read_yaml(path)
    if error is not None:
        errors.append(error)
        return []
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        errors.append(RuleError(name, 1, "a rule file is a mapping with a 'rules' list"))
        return []
    signals = list(known_signals)
    return [
        r
        for raw in document["rules"]
        if (r := parse_rule(raw, name, signals, errors, check_patterns))
    ]


def rule_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"}))
        else:
            files.append(path)
    return files


# A rule file unchanged since it was read (same size and mtime) is not parsed again: the guard
# checks a custom folder beside the built-in rules and then builds its engine from it, and
# 10,000 rules take seconds to parse.
_FILE_CACHE: dict[
    tuple[str, int, int, tuple[str, ...], bool], tuple[list[Rule], list[RuleError]]
] = {}
_FILE_CACHE_SIZE = 64


def _load_file_once(
    path: Path, signals: list[str], errors: list[RuleError], check_patterns: bool
) -> list[Rule]:
    try:
        info = path.stat()
    except OSError:
        return load_rule_file(path, signals, errors, check_patterns)
    key = (str(path), info.st_size, info.st_mtime_ns, tuple(signals), check_patterns)
    known = _FILE_CACHE.get(key)
    if known is None:
        found: list[RuleError] = []
        known = (load_rule_file(path, signals, found, check_patterns), found)
        if len(_FILE_CACHE) >= _FILE_CACHE_SIZE:
            _FILE_CACHE.clear()
        _FILE_CACHE[key] = known
    errors.extend(known[1])
    return list(known[0])


def load_rules(
    paths: Iterable[Path], known_signals: Iterable[str], check_patterns: bool = True
) -> tuple[list[Rule], list[RuleError]]:
    """Every rule in the given files and folders, and every error found on the way.

    `check_patterns=False` leaves out the parse of every rule file pattern that only finds
    the ones RE2 cannot read: for a caller that compiles them next (CompiledRules), which
    parses them anyway and fails on such a pattern, and then loads with the check to say
    which, with file and line (Engine). It is ~5 % of the start-up of every `scan`.
    """
    errors: list[RuleError] = []
    rules: list[Rule] = []
    signals = list(known_signals)
    paths = list(paths)
    for path in rule_files(paths):
        rules.extend(_load_file_once(path, signals, errors, check_patterns))
    if default_rules_dir() in paths:
        # the living-off-the-land catalogue is part of the built-in rules (resources/lolbins.yaml)
        from app.detection.lolbins import catalogue_rules, load_catalogue  # it imports this module

        entries, catalogue_errors = load_catalogue()
        rules.extend(catalogue_rules(entries))
        errors.extend(catalogue_errors)
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            where, _, line = rule.source.rpartition(":")
            message = f"duplicate rule id {rule.id} (first at {seen[rule.id]})"
            errors.append(RuleError(where, int(line), message))
        seen.setdefault(rule.id, rule.source)
    return rules, errors


SET_MAX_MEM = 32 << 20  # each set of patterns with no literal to filter on (its DFA's memory)
# The patterns with no atom are matched in RE2 sets of at most this many. A set's DFA states
# are the combinations of its patterns' partial matches, so its size grows with the product of
# theirs: one set of all 43 did not fit in 16 MiB over a corpus (its cache thrown away and
# built again all the time), two sets of ~21 fit but built their states at great cost on first
# sight of a kind of text: ~110 ms of a 5,200-text batch's first pass (each `scan --jsonl`
# worker pays it) and, on 64 KiB of random printable ASCII, 52 ms in one call that no clock
# could stop. Sets of 6 (8 for 43 patterns) cost a few calls more a layer once warm (~25 ms
# more over those 5,200 texts), ~120 ms less on their first pass, and 6.5 ms at most (20 in all)
# on that random ASCII (measured with the thread's CPU time, load ~6).
ALWAYS_PER_SET = 6
CHUNK = 64 * 1024  # long texts are matched in chunks so a time budget can stop the scan
OVERLAP = 4 * 1024
SHORT = 1024  # bytes: a text up to this long is matched in one call to each filter
# bytes: a chunk up to this long finds its guarded patterns through their literals (literals.py);
# a longer one (a lock file, a log) holds so many literal occurrences that collecting them and
# running each candidate alone cost more than a few set passes (a 250 KB Cargo.lock: 14 ms
# more than the sets, enough to leave it unfinished in its budget)
GUARD_MAX = 8 * 1024
TIMED_CHUNK = 16 * 1024  # bytes: a text this long looks at the clock between chunks and patterns
FILTERS = 4  # the patterns are split over this many prefilters for long chunks (CompiledRules)
CONFIRMERS_A_STEP = 100  # RE2 confirmations made in one step of prepare_steps (~15 ms)
FILTER_SIZE = 180  # patterns at most behind one prefilter


def _match_options() -> Any:
    options = _quiet_options()
    options.case_sensitive = False
    return options


class Reported:
    """The patterns that may occur in a layer (a superset of those that do): what Hyperscan
    reports and the literal guard's candidates, each confirmed by RE2 only when a rule asks
    about it (CompiledRules.occurs), and what the RE2 sets matched outright. A layer the rules
    were already read on repeats most of its hits, and a rule that matched there (or that no
    report on any layer can satisfy) needs none of this one's confirmed: of a lure's ~25
    reports a layer, most were confirmed for nothing."""

    __slots__ = ("data", "known", "reported")

    def __init__(self, data: bytes, reported: frozenset[int]) -> None:
        self.data = data
        self.reported = reported
        self.known: dict[int, bool] = {}  # pattern index -> whether it occurs, once asked


LayerHits = frozenset[int] | Reported  # a layer's hits, or what may be among them


@dataclass
class CompiledRules:
    """All pattern rules behind RE2's prefilter (FilteredRE2): each text costs one literal pass
    and then only the patterns that can match it.

    Most patterns cannot match without some literal of three or more characters (an "atom":
    `downloadstring`, `iex` ...). One RE2 pass over the text finds the atoms it holds, and
    only the patterns whose atoms are all there run, each on its own (linear time; a single
    RE2 that outgrows its DFA memory falls back to its NFA, it never silently fails). The
    patterns with no such literal run together in one RE2 set. Exact: the hits are the
    patterns that occur, as a plain search with each would find them.

    This replaced ten sets of 32 patterns: every text paid ten passes, and each process built
    the ten sets' large combined DFAs afresh (most of a batch scan's first-pass cost).

    The patterns are split over FILTERS filters, each with its own literal pass: one filter's
    atom set makes a DFA whose states do not fit the cache RE2 gives it (the binding sets no
    larger one; a second pass over the same texts is hardly faster). With two, one cold pass
    of the engine over the dev and case texts runs 1.3 % fewer instructions (valgrind, same
    hash seed), with the same hits. That was a first pass; on later ones (a process that has
    read texts before: the guard, the bench's timed pass) the second filter's atom set, one
    that does not fit, was rebuilding its states all the time: ~130 ns a byte over the bench's
    layers against ~7 over one layer read again and again, a quarter of a layer's matching.
    Four filters' atom sets keep their states (~3 us a layer each over the same layers, with
    the same hits); five or more pay more in per-call overhead than they save.
    The patterns with no atom (atoms.py) are not behind the filters at all: a filter passes them
    on every text, and its matching ran each on its own, ~30 RE2 searches a layer of every text.
    A few small RE2 sets (ALWAYS_PER_SET) match them together, for every text (a first pass in
    a process costs less than the searches did, later passes much less, and no text's matching
    spikes: see SET_MAX_MEM and ALWAYS_PER_SET).
    """

    rules: list[Rule]
    # with the shipped Hyperscan database when it loads, unless PASTEGUARD_HYPERSCAN=0 (hsfilter)
    hyperscan: bool = field(default_factory=hsfilter.enabled)
    pattern_rules: list[Rule] = field(default_factory=list)
    signal_rules: list[Rule] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)
    _patterns: list[str] = field(default_factory=list)
    # the patterns in FILTERS groups, each behind its own FilteredRE2 with the indexes of its
    # patterns; empty when there is no pattern
    _filters: list[tuple[Any, tuple[int, ...]]] = field(default_factory=list)
    # each pattern's RE2, compiled by its filter (or when first asked for: regex())
    _regex: list[Any] = field(default_factory=list)
    # patterns that need a character of some pages: (those pages, their filter, indexes)
    _gated: list[tuple[frozenset[int], Any, tuple[int, ...]]] = field(default_factory=list)
    _always: frozenset[int] = frozenset()  # patterns with no atom: matched on every text
    _always_sets: list[tuple[Any, tuple[int, ...]]] = field(default_factory=list)  # in sets
    # the same, each in a one-pattern set of its own, for long chunks (made when first needed)
    _always_alone: list[tuple[Any, int]] | None = None
    # ... or, those with literals every match needs (literals.py), each behind a guard that
    # runs it only on a text holding them: its own one-pattern RE2 set, by index
    _guard: LiteralGuard | None = None
    _guarded: dict[int, Any] = field(default_factory=dict)
    _guarded_sets: list[tuple[Any, tuple[int, ...]]] = field(default_factory=list)  # long chunks
    _always_ids: list[int] = field(default_factory=list)
    # the patterns with an atom (all but those of _gated), and those of them behind the guard
    _common: tuple[int, ...] = ()
    _screened: frozenset[int] = frozenset()
    _long: list[tuple[Any, tuple[int, ...]]] | None = None  # their prefilters for long chunks
    _long_failed: bool = False
    # rule id -> the indexes of its all/any/none patterns, and of the ones its evidence tries
    _ids: dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = field(
        default_factory=dict
    )
    _evidence_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the Hyperscan prefilter of the patterns (hsfilter.py) and, for each of its ids, the index
    # of its pattern here. Those it stands for in any text are in none of the structures above;
    # the others (those with a character outside ASCII) are, for the texts that are not ASCII.
    _hs: hsfilter.Prefilter | None = None
    _hs_index: tuple[int, ...] = ()
    _hs_all: bool = False  # it holds every pattern: an ASCII chunk needs nothing else
    # their RE2s' matching (_confirmer), made when first needed
    _confirm: dict[int, Callable[[bytes], Any]] = field(default_factory=dict)
    _exact: CompiledRules | None = None  # the same rules without Hyperscan (FOLDS_TO_ASCII)
    # the Hyperscan-covered indexes, while what _build_rest makes is not made yet (_finish)
    _pending: frozenset[int] | None = None
    _finishing: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        patterns: list[str] = []
        for rule in self.rules:
            if rule.signal:
                self.signal_rules.append(rule)
                continue
            self.pattern_rules.append(rule)
            for pattern in (*rule.all, *rule.any, *rule.none):
                if pattern not in self._index:
                    self._index[pattern] = len(patterns)
                    patterns.append(pattern)
        self._patterns = patterns
        index = self._index
        for rule in self.pattern_rules:
            self._ids[rule.id] = (
                tuple(index[p] for p in rule.all),
                tuple(index[p] for p in rule.any),
                tuple(index[p] for p in rule.none),
            )
            self._evidence_ids[rule.id] = tuple(index[p] for p in (*rule.any, *rule.all))
        if not patterns:
            return
        count = len(patterns)
        self._regex = [None] * count
        covered = self._use_hyperscan(index) if self.hyperscan else frozenset()
        if self._hs_all:
            # the database holds every pattern, so an ASCII text (most) needs nothing below:
            # made when a text outside ASCII first comes (_finish). Each of these patterns was
            # compiled by RE2 as the database was made (datafiles.compile_shipped), so none
            # fails to compile then.
            self._pending = covered
            return
        self._build_rest(covered)

    def _finish(self) -> None:
        """Make what _build_rest makes, if it is not made yet: when a process first reads a
        text outside ASCII, off that text's clock. It was ~75 ms of every
        `pasteguard scan`'s start-up (RE2's prefilters, sets and one-pattern sets of the
        patterns Hyperscan does not stand for in every text, and the literal guard)."""
        if self._pending is None:
            return
        with self._finishing:
            covered = self._pending
            if covered is None:  # another thread made it meanwhile
                return
            with off_the_clock():
                self._build_rest(covered)
            self._pending = None  # only now: a thread that sees None finds it all made

    def _build_rest(self, covered: frozenset[int]) -> None:
        """The RE2 side of the matching: every pattern not in `covered` (those the
        Hyperscan database stands for in any text) behind the prefilter, set or guard that
        suits it."""
        patterns = self._patterns
        # patterns that can only match a text holding a character of some pages (another
        # script's letters) go behind prefilters of their own, one per page set (scriptgate.py)
        by_pages: dict[frozenset[int], list[int]] = {}
        common: list[int] = []
        sources: dict[str, str] = {}
        for rule in self.pattern_rules:
            for pattern in (*rule.all, *rule.any, *rule.none):
                sources.setdefault(pattern, rule.source.rpartition(":")[0])
        gates = patterns_pages(sources)
        alone = atomless({p: w for p, w in sources.items() if gates[p] is None}, _match_options())
        always: list[int] = []
        for i, pattern in enumerate(patterns):
            if i in covered:
                continue
            pages = gates[pattern]
            if pages is not None:
                by_pages.setdefault(pages, []).append(i)
            elif pattern in alone:
                always.append(i)
            else:
                common.append(i)
        # what literals every match of a pattern holds (literals.py), for the patterns with an
        # atom and those with none alike: one Aho-Corasick pass over a text then finds the
        # candidates of all of them (LiteralGuard), where four RE2 prefilters each made a pass
        readings = requirements({patterns[i]: sources[patterns[i]] for i in (*common, *always)})
        needs = {i: need for i in (*common, *always) if (need := readings.get(patterns[i]))}
        self._screened = frozenset(i for i in common if i in needs)
        unread = [i for i in common if i not in needs]
        # the few patterns this reading cannot tell about stay behind RE2's prefilter
        for start in range(0, len(unread), FILTER_SIZE):
            ids = tuple(unread[start : start + FILTER_SIZE])
            matcher = self._filter(ids)
            # with no atom found (an empty text), a filter passes exactly its unfiltered patterns
            # (none, unless atoms.py was wrong about one: the filter matches it too, then)
            always.extend(ids[j] for j in matcher.Match(b"", True) or ())
            self._filters.append((matcher, ids))
        for pages, gated in sorted(by_pages.items(), key=lambda item: item[1]):
            self._gated.append((pages, self._filter(tuple(gated)), tuple(gated)))
        self._always_ids = sorted(set(always))
        self._always = frozenset(self._always_ids)
        if needs:
            self._guard = LiteralGuard(needs)
            for i in needs:
                self._guarded[i] = self._one_set(patterns[i])
        self._common = tuple(common)
        # each folder's patterns in sets of their own (a custom folder's cannot make the
        # built-in sets' states any larger), dealt out in turn: a file's patterns are often
        # alike (the scam-call phrasings), and alike patterns together made the costliest sets
        for wanted, into in ((False, self._always_sets), (True, self._guarded_sets)):
            folders: dict[str, list[int]] = {}
            for i in self._always_ids:
                if (i in needs) is wanted:
                    folders.setdefault(str(Path(sources[patterns[i]]).parent), []).append(i)
            for members in folders.values():
                sets = -(-len(members) // ALWAYS_PER_SET)
                for k in range(sets):
                    into.append(self._make_set(tuple(members[k::sets])))

    def _use_hyperscan(self, index: dict[str, int]) -> frozenset[int]:
        """The indexes of the patterns the shipped Hyperscan database stands for in any text,
        when it loads and was made for these rules: all its patterns are among them (a custom
        folder's patterns are not in it and are matched as before); else none."""
        fast = hsfilter.shipped()
        if fast is None:
            return frozenset()
        if not all(p in index for p in fast.patterns):
            log.info("the Hyperscan database was made for other rules: not used")
            return frozenset()
        self._hs = fast
        self._hs_index = tuple(index[p] for p in fast.patterns)
        self._hs_all = len(set(self._hs_index)) == len(index)
        return frozenset(i for i, a in zip(self._hs_index, fast.anywhere, strict=True) if a)

    def _confirmer(self, i: int) -> Callable[[bytes], Any]:
        """What says whether a pattern Hyperscan reported really occurs in a chunk (truthy when
        it does): its one-pattern RE2 set's matching, the binding's own (re2.Set keeps it in
        `_set`; its Match adds a type check and a call, ~0.3 us of a confirmation's ~1.3, and a
        layer of a lure has ~25 of them)."""
        match = self._confirm.get(i)
        if match is None:
            alone = self._guarded.get(i) or self._one_set(self._patterns[i])
            match = self._confirm[i] = getattr(alone, "_set", alone).Match
        return match

    def _without_hyperscan(self) -> CompiledRules:
        """These rules matched without Hyperscan, for texts it would misread (FOLDS_TO_ASCII);
        made when first needed, off the text's clock."""
        exact = self._exact
        if exact is None:
            with off_the_clock():
                exact = self._exact = CompiledRules(self.rules, hyperscan=False)
        return exact

    def _make_set(self, members: tuple[int, ...]) -> tuple[Any, tuple[int, ...]]:
        """An RE2 set of the patterns at `members` (patterns with no atom)."""
        options = _match_options()
        options.max_mem = SET_MAX_MEM
        together = re2.Set.SearchSet(options)
        for i in members:
            together.Add(self._patterns[i])
        together.Compile()
        return together, members

    def _one_set(self, pattern: str) -> Any:
        """A guarded pattern's matcher: an RE2 set of it alone, which says whether it occurs
        without working out where (a search's submatches cost ~1 us more a call)."""
        options = _match_options()
        options.max_mem = SET_MAX_MEM  # as in a set of several: a pattern that fit there fits
        alone = re2.Set.SearchSet(options)
        try:
            alone.Add(pattern)
            alone.Compile()
        except re2.error as exc:  # parsed when loaded, but too large to compile
            raise RuleLoadError([self._error(pattern, exc)]) from None
        return alone

    def _always_one_by_one(self) -> list[tuple[Any, int]]:
        """Each pattern of the always sets in a one-pattern set, with its index; made on the
        first long chunk (~2 ms, that most processes never pay)."""
        alone = self._always_alone
        if alone is None:
            alone = self._always_alone = [
                (self._one_set(self._patterns[i]), i)
                for _, members in self._always_sets
                for i in members
            ]
        return alone

    def _long_filters(self) -> list[tuple[Any, tuple[int, ...]]]:
        """The patterns with an atom behind FILTERS RE2 prefilters, for chunks over GUARD_MAX:
        there a text holds so many literals that most screened patterns would be candidates,
        each a search of its own, where a prefilter's atoms (three characters or more) rule out
        more. Made when a process first meets such a chunk, off the text's clock (~0.1 s, that
        most `scan` workers never pay; the guard's analysis process makes them as it warms)."""
        made = self._long
        if made is None:
            self._finish()
            common, made = self._common, []
            try:
                with off_the_clock():
                    for k in range(FILTERS):
                        ids = common[k * len(common) // FILTERS : (k + 1) * len(common) // FILTERS]
                        if ids:
                            made.append((self._filter(ids), ids))
            except RuleLoadError as exc:  # each compiled alone, not in a prefilter's budget
                log.warning("long texts are matched without prefilters: %s", exc)
                made, self._long_failed = [], True  # the guard's way, then: slower, as exact
            self._long = made
        return made

    def prepare(self) -> None:
        """Make now what a long text would make when first met (_long_filters), what a text
        Hyperscan cannot read would (_without_hyperscan), and the RE2 that confirms each pattern
        Hyperscan reports (_confirmer): the guard's analysis process, as it warms."""
        for _step in self.prepare_steps():
            pass

    def prepare_steps(self) -> Iterator[None]:
        """`prepare`, a step at a time (each at most ~0.25 s of CPU): the guard's analysis
        process takes the first (what a text outside ASCII needs) before it says ready, and
        the others while no text waits (worker.py)."""
        self._finish()
        yield
        if self._common:
            self._long_filters()
            yield
        if self._hs is not None:
            for k, i in enumerate(self._hs_index):  # RE2's confirmation of each (~0.15 s in all)
                self._confirmer(i)
                if k % CONFIRMERS_A_STEP == CONFIRMERS_A_STEP - 1:
                    yield
            yield
            exact = self._without_hyperscan()
            yield
            yield from exact.prepare_steps()

    def _filter(self, ids: tuple[int, ...]) -> Any:
        matcher = re2.Filter()
        for i in ids:
            try:
                matcher.Add(self._patterns[i], _match_options())
            except re2.error as exc:  # parsed when loaded, but too large to compile
                raise RuleLoadError([self._error(self._patterns[i], exc)]) from None
        matcher.Compile()
        for j, i in enumerate(ids):
            self._regex[i] = matcher.re(j)
        return matcher

    def _error(self, pattern: str, exc: Exception) -> RuleError:
        rule = next(r for r in self.pattern_rules if pattern in (*r.all, *r.any, *r.none))
        where, _, line = rule.source.rpartition(":")
        message = f"pattern {pattern!r} does not compile in RE2: {exc}"
        return RuleError(where, int(line) if line.isdigit() else 0, message)

    def _chunk_hits(
        self,
        chunk: bytes,
        pages: frozenset[int],
        deadline: float | None = None,
        known: set[int] | frozenset[int] = frozenset(),
        later: set[int] | None = None,
    ) -> tuple[list[int], bool]:
        """The patterns that occur in one chunk, and whether all were tried. A long chunk
        stops between two candidate patterns once past `deadline`: in a text where atoms
        are everywhere (random characters) each of a 64 KiB chunk's ~70 candidates is a
        full search, and one chunk took up to ~40 ms of a 60 ms budget. `known`: patterns
        already found in an earlier chunk of the same text, not searched for again (a hit
        is a hit wherever it is; in a 300 KiB source file a third of the candidates of
        each chunk were patterns its first chunk had already matched). `later`: where to put
        the patterns that one RE2 each would confirm (Hyperscan's reports, the literal guard's
        candidates), unconfirmed (reported); the others are matched as ever."""
        found: list[int] = []
        if deadline is not None and budget_clock() > deadline:
            return found, False
        if self._hs is not None:
            # one linear pass names the patterns that may occur; RE2 says which do. In ASCII
            # text it stands for every pattern it holds, in other text for the ASCII ones
            ascii_text = chunk.isascii()
            index, anywhere, confirm = self._hs_index, self._hs.anywhere, self._confirm
            for k in self._hs.scan(chunk):
                i = index[k]
                if i in known or not (ascii_text or anywhere[k]):
                    continue
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                if later is not None:
                    later.add(i)
                elif (confirm.get(i) or self._confirmer(i))(chunk):
                    found.append(i)
            if ascii_text and self._hs_all:
                return found, True
        if self._pending is not None:
            self._finish()  # (hits and reported made it before working out the pages)
        for need, matcher, ids in self._gated if pages else ():
            if not need.isdisjoint(pages):  # the text has a character of their script
                found += [ids[j] for j in matcher.Match(chunk) or ()]
        # the patterns with no atom: those with shorter literals each where they are found,
        # the others in a few set passes, not one pass each
        long = len(chunk) > GUARD_MAX
        filters = self._long_filters() if long else self._filters
        if self._guard is not None and long:
            for matcher, members in self._guarded_sets:
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                found += [members[j] for j in matcher.Match(chunk) or ()]
        # the patterns with literals: each where they are found (a long chunk's only when its
        # prefilters could not be made, and not those of the sets just passed)
        if self._guard is not None and (not long or self._long_failed):
            guarded = self._guarded
            for i in self._guard.candidates(chunk):
                if i in known or (long and i in self._always):
                    continue
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                if later is not None:
                    later.add(i)
                elif guarded[i].Match(chunk):
                    found.append(i)
        if long:
            # a long chunk, one pattern at a time: a set of several builds the states of their
            # combined DFA as it reads, and on text it has not seen it builds nearly one a byte
            # (a 64 KiB chunk of random printable ASCII: 51 ms in one call that no clock could
            # stop, against 7 ms for the six patterns each alone; of a package lock's digests,
            # 16 against 3 ms). Read again, the set costs ~0.1-0.8 ms less a chunk.
            for alone, i in self._always_one_by_one():
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                if alone.Match(chunk):
                    found.append(i)
        else:
            for matcher, members in self._always_sets:
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                found += [members[j] for j in matcher.Match(chunk) or ()]
        if len(chunk) <= SHORT:
            for matcher, ids in filters:  # atoms, candidates and their runs, in C
                if deadline is not None and budget_clock() > deadline:
                    return found, False
                found += [ids[j] for j in matcher.Match(chunk) or ()]
            return found, True
        for matcher, ids in filters:
            # each pass over the chunk is one call into C that no clock can stop (~3-4 ms over
            # 64 KiB of text whose RE2 states are not built yet: random Unicode, base64)
            if deadline is not None and budget_clock() > deadline:
                return found, False
            for j in matcher.Match(chunk, True) or ():
                i = ids[j]
                if i in known or i in self._always:
                    continue
                if self._regex[i].search(chunk):
                    found.append(i)
                if deadline is not None and budget_clock() > deadline:
                    return found, False
        return found, True

    def hits(
        self,
        text: str,
        deadline: float | None = None,
        data: bytes | None = None,
        timed: bool = False,
    ) -> tuple[frozenset[int], bool]:
        """Indexes of every pattern that occurs in text, and whether the scan finished.

        `deadline` is a `budget_clock()` value; past it, long texts stop between chunks
        (and a long chunk between two of its passes or candidate patterns). `timed`: a
        shorter one too (a layer of a long text, whose budget may be spent already).
        `data` is the text already encoded as UTF-8, when the caller has it.
        """
        if not self._patterns:
            return frozenset(), True
        if data is None:
            data = text.encode("utf-8", "replace")
        if (
            self._hs is not None
            and not data.isascii()
            and any(c in data for c in hsfilter.FOLDS_TO_ASCII)
        ):
            return self._without_hyperscan().hits(text, deadline, data, timed)  # it would misread
        # One chunk for most texts; long ones in chunks, so that the budget can stop the scan.
        # The hits' order does not matter: the engine ranks findings by rule (engine._strength).
        if len(data) <= CHUNK + OVERLAP:
            chunks = [data]
            exact = self
        else:
            chunks = [data[i : i + CHUNK + OVERLAP] for i in range(0, len(data), CHUNK)]
            # Each chunk of a long text by the way that suits it (hsfilter.suits): on 1 MiB of
            # URLs or log lines the database's pass costs ~90 ms, twice what RE2's way costs
            # (a 300 KiB web log ran out of its budget), on random ASCII a fifth of it. The
            # same patterns, the same indexes: the hits are the same either way.
            exact = self._without_hyperscan() if self._hs is not None else self
        found: set[int] = set()
        if self._pending is not None and not data.isascii():
            self._finish()  # the gates below are among what it makes
        pages = text_pages(data) if self._gated or exact._gated else frozenset()
        # a long text looks at the clock before each chunk (a layer met past the deadline is
        # not begun) and between its patterns; a short one never does (most texts)
        clock = deadline if timed or len(data) >= TIMED_CHUNK else None
        for chunk in chunks:
            way = self if exact is self or hsfilter.suits(chunk) else exact
            chunk_hits, finished = way._chunk_hits(chunk, pages, clock, found)
            found.update(sorted(chunk_hits))
            if not finished:
                return frozenset(found), False
        return frozenset(found), True

    def reported(self, text: str, data: bytes | None = None) -> Reported | None:
        """What hits would find in a short text, with the patterns it would confirm one RE2
        each left to confirm later (occurs); None for a text hits reads against the clock
        (TIMED_CHUNK bytes and up) or without the database (FOLDS_TO_ASCII)."""
        if data is None:
            data = text.encode("utf-8", "replace")  # as hits() encodes it
        if len(data) >= TIMED_CHUNK or (
            self._hs is not None
            and not data.isascii()
            and any(c in data for c in hsfilter.FOLDS_TO_ASCII)
        ):
            return None
        if self._hs is not None and self._hs_all and data.isascii():  # (as _chunk_hits reads it)
            index = self._hs_index
            return Reported(data, frozenset([index[k] for k in self._hs.scan(data)]))
        later: set[int] = set()
        self._finish()
        pages = text_pages(data) if self._gated else frozenset()
        found, _ = self._chunk_hits(data, pages, None, frozenset(), later)  # no clock: finishes
        layer = Reported(data, frozenset(later).union(found))
        layer.known.update(dict.fromkeys(found, True))
        return layer

    def occurs(self, i: int, layer: Reported) -> bool:
        """Whether the pattern at index i occurs in the layer (what hits would have said)."""
        known = layer.known.get(i)
        if known is None:
            known = i in layer.reported and bool(
                (self._confirm.get(i) or self._confirmer(i))(layer.data)
            )
            layer.known[i] = known
        return known

    def patterns(self) -> list[str]:
        """Every pattern of the rules, in index order."""
        return list(self._patterns)

    def could_match(self, rule: Rule, hits: frozenset[int]) -> bool:
        """Whether the rule's `all` and `any` patterns are in hits (its `none` not looked at):
        with the hits of every layer together, False rules out a match in each of them."""
        all_of, any_of, _ = self._ids[rule.id]
        return (not all_of or hits.issuperset(all_of)) and (
            not any_of or not hits.isdisjoint(any_of)
        )

    def first_match(self, rule: Rule, layers_hits: Sequence[LayerHits]) -> int:
        """The index of the first of `layers_hits` the rule matches (rule_matches), or -1."""
        all_of, any_of, none_of = self._ids[rule.id]
        for k, hits in enumerate(layers_hits):
            if isinstance(hits, Reported):
                if self._reported_match(all_of, any_of, none_of, hits):
                    return k
                continue
            if all_of and not hits.issuperset(all_of):
                continue
            if any_of and hits.isdisjoint(any_of):
                continue
            if hits.isdisjoint(none_of):
                return k
        return -1

    def _reported_match(
        self,
        all_of: tuple[int, ...],
        any_of: tuple[int, ...],
        none_of: tuple[int, ...],
        layer: Reported,
    ) -> bool:
        """rule_matches on a layer's reports: what no report rules out, the cheap way first,
        then each pattern it takes confirmed (a pattern not reported does not occur)."""
        reported = layer.reported
        if all_of and not reported.issuperset(all_of):
            return False
        if any_of and reported.isdisjoint(any_of):
            return False
        # (loops, not all()/any() over generators: ~24 candidate rules a text ask this)
        known, occurs = layer.known, self.occurs
        for i in all_of:
            found = known.get(i)
            if not (occurs(i, layer) if found is None else found):
                return False
        if any_of:
            for i in reported.intersection(any_of):
                found = known.get(i)
                if occurs(i, layer) if found is None else found:
                    break
            else:
                return False
        if none_of:
            for i in reported.intersection(none_of):
                found = known.get(i)
                if occurs(i, layer) if found is None else found:
                    return False
        return True

    def rule_matches(self, rule: Rule, hits: LayerHits) -> bool:
        all_of, any_of, none_of = self._ids[rule.id]
        if isinstance(hits, Reported):
            return self._reported_match(all_of, any_of, none_of, hits)
        if all_of and not hits.issuperset(all_of):
            return False
        if any_of and hits.isdisjoint(any_of):
            return False
        return hits.isdisjoint(none_of)

    def regex(self, i: int) -> Any:
        """The compiled RE2 of the pattern at index i (case-insensitive)."""
        compiled = self._regex[i]
        if compiled is None:  # a pattern with no atom, in no filter: compiled when first used
            compiled = self._regex[i] = re2.compile(self._patterns[i], _match_options())
        return compiled

    def pattern(self, pattern: str) -> Any:
        """The compiled RE2 of one of the rules' patterns (case-insensitive)."""
        return self.regex(self._index[pattern])

    def evidence(self, rule: Rule, text: str) -> tuple[int, int] | None:
        """Span of the first positive pattern of a matched rule, for display."""
        # an ASCII text is searched as bytes: the same offsets, without the wrapper's
        # translation of byte offsets into characters
        subject: str | bytes = text.encode("ascii") if text.isascii() else text
        for i in self._evidence_ids[rule.id]:
            m = self.regex(i).search(subject)
            if m:
                return m.start(), m.end()
        return None


TRANSLATED_FIELDS = ("title", "explanation", "action")


def translations_dir(rules_dir: Path | None = None) -> Path:
    """resources/rules/i18n/<language>.yaml: each rule's words in one language."""
    return (rules_dir or default_rules_dir()) / "i18n"


def load_translations(
    path: Path, rules: Sequence[Rule] | None = None
) -> tuple[dict[str, dict[str, str]], list[RuleError]]:
    """{rule id: {field: text}} from one language file, and every error with file and line.

    A rule or field not in the file falls back to English. A translated action keeps the
    `{host}` placeholder exactly when the English one has it.
    """
    name = str(path)
    errors: list[RuleError] = []
    document, error = read_yaml(path)
    if error is not None:
        return {}, [error]
    if not isinstance(document, dict):
        return {}, [RuleError(name, 1, "a translation file maps rule ids to their texts")]
    document.pop("__line__", None)
    known = {r.id: r for r in rules} if rules is not None else None
    out: dict[str, dict[str, str]] = {}
    for rule_id, texts in document.items():
        line = int(texts.get("__line__", 0)) if isinstance(texts, dict) else 0
        if not isinstance(texts, dict):
            errors.append(RuleError(name, line, f"{rule_id}: expected title/explanation/action"))
            continue
        texts.pop("__line__", None)
        rule = known.get(rule_id) if known is not None else None
        if known is not None and rule is None:
            errors.append(RuleError(name, line, f"{rule_id}: no such rule"))
            continue
        fields: dict[str, str] = {}
        for key, value in texts.items():
            if key not in TRANSLATED_FIELDS:
                errors.append(RuleError(name, line, f"{rule_id}: unknown field {key!r}"))
            elif not isinstance(value, str) or not value.strip():
                errors.append(RuleError(name, line, f"{rule_id}.{key}: must be a non-empty text"))
            else:
                fields[key] = " ".join(value.split())
        action = fields.get("action")
        if rule is not None and action and ("{host}" in rule.action) != ("{host}" in action):
            errors.append(
                RuleError(name, line, f"{rule_id}.action: keep {{host}} as the English does")
            )
        out[str(rule_id)] = fields
    return out, errors
