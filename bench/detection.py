"""Detection quality: our engine and the Sigma baseline on the same labelled samples."""

from __future__ import annotations

import functools
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bench import corpus, sigma, tuned
from bench.corpus import Sample
from bench.engine import MALICIOUS, SUSPICIOUS, engine, label, load, parse_level
from bench.report import BenchError, Result, met, ratio, table

# The benign kinds that look like attacks (the ones content-only rule sets flag).
LOOKALIKE_KINDS = ("install-oneliner", "hard-case")
LIST_LIMIT = 150  # ids listed under a table before "... and N more"
TUNED = (
    "**TUNED:** the rules were tuned on these samples, so these figures are the best case. The "
    "project is measured on a hold-out it never sees (issue 9, 'How it is measured')."
)


@dataclass(frozen=True)
class Scored:
    """A sample with one detector's level (0 clean .. 3 malicious) and the rules behind it."""

    sample: Sample
    level: int
    rules: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return self.level >= SUSPICIOUS


Pair = tuple[list[Scored], list[Scored]]  # (malicious, benign) as scored by one detector


@dataclass(frozen=True)
class Metric:
    """One row of the quality table: how to count it, and the target it must meet."""

    name: str
    target: str
    count: Callable[[list[Scored], list[Scored]], tuple[int, int]]
    ok: Callable[[int, int], bool]


def _lookalikes(benign: list[Scored]) -> list[Scored]:
    return [s for s in benign if s.sample.kind in LOOKALIKE_KINDS]


METRICS = (
    Metric(
        "malicious flagged (≥ suspicious)",
        "all (100 %)",
        lambda m, b: (sum(s.flagged for s in m), len(m)),
        lambda n, t: n == t,
    ),
    Metric(
        "malicious at malicious",
        "≥ 90 %",
        lambda m, b: (sum(s.level >= MALICIOUS for s in m), len(m)),
        lambda n, t: t > 0 and n >= 0.9 * t,
    ),
    Metric(
        "benign flagged (all kinds)",
        "≤ 0.5 %",
        lambda m, b: (sum(s.flagged for s in b), len(b)),
        lambda n, t: n <= 0.005 * t,
    ),
    Metric(
        "install-oneliner + hard-case flagged",
        "≤ 3 %",
        lambda m, b: (sum(s.flagged for s in _lookalikes(b)), len(_lookalikes(b))),
        lambda n, t: n <= 0.03 * t,
    ),
    Metric(
        "benign at malicious",
        "0",
        lambda m, b: (sum(s.level >= MALICIOUS for s in b), len(b)),
        lambda n, t: n == 0,
    ),
)


# ----------------------------------------------------------------------------------------------
# Scoring
# ----------------------------------------------------------------------------------------------


def score_engine(samples: Iterable[Sample], contextual: bool = False) -> list[Scored]:
    """Our verdict on each text: alone, or (``contextual``) with the sample's source and target
    as the guard would know them."""
    from app.detection import Context, PasteTarget

    eng = engine()
    scored = []
    for s in samples:
        context = None
        if contextual and (s.source or s.target):
            context = Context(s.source, PasteTarget.parse(s.target or "unknown"))
        try:
            v = eng.analyze(s.text, context)
        except Exception as exc:  # a crash on one sample is a finding: name the sample
            raise BenchError(f"Engine.analyze raised on sample {s.id}: {exc!r}") from exc
        scored.append(Scored(s, int(v.level), tuple(v.rule_ids)))
    return scored


def score_sigma(samples: list[Sample], run: sigma.SigmaRun) -> list[Scored]:
    """The baseline's output as levels: a high/critical rule is "malicious", any rule flags."""

    def level(i: str) -> int:
        return MALICIOUS if i in run.severe else SUSPICIOUS if i in run.flagged else 0

    return [Scored(s, level(s.id), tuple(run.hits.get(s.id, ()))) for s in samples]


@functools.cache
def dev_scores() -> tuple[list[Scored], list[Scored], list[Scored], list[Scored]]:
    """(ours malicious, ours benign, Sigma malicious, Sigma benign) on the dev corpus."""
    malicious, benign = corpus.dev_corpus()
    mal_run, ben_run = sigma.run(corpus.DEV_MALICIOUS), sigma.run(corpus.DEV_BENIGN)
    return (
        score_engine(malicious),
        score_engine(benign),
        score_sigma(malicious, mal_run),
        score_sigma(benign, ben_run),
    )


# ----------------------------------------------------------------------------------------------
# Quality tables
# ----------------------------------------------------------------------------------------------

HEADERS = ["metric", "target", "PasteGuard", "met?", "Sigma baseline", "Sigma met?"]


def comparison_rows(ours: Pair, base: Pair) -> list[list[object]]:
    """One row per metric that applies (a file with no look-alike kinds skips that row)."""
    rows: list[list[object]] = []
    for m in METRICS:
        n, total = m.count(*ours)
        bn, btotal = m.count(*base)
        if total:
            rows.append(
                [
                    m.name,
                    m.target,
                    ratio(n, total),
                    met(m.ok(n, total)),
                    ratio(bn, btotal),
                    met(m.ok(bn, btotal)),
                ]
            )
    return rows


def kind_table(ours: list[Scored], base: list[Scored]) -> str:
    """Per benign kind: how our levels are spread, and what each detector flags."""
    kinds = Counter(s.sample.kind for s in ours)
    order = [k for k in LOOKALIKE_KINDS if k in kinds]
    order += sorted((k for k in kinds if k not in order), key=lambda k: (-kinds[k], k))
    base_by_id = {s.sample.id: s for s in base}
    rows = [_kind_row(k, [s for s in ours if s.sample.kind == k], base_by_id) for k in order]
    rows.append(_kind_row("**all**", ours, base_by_id))
    levels = [label(i) for i in range(4)]
    headers = ["kind", "N", *levels, "PasteGuard flagged", "Sigma flagged"]
    return table(headers, rows, "lrrrrrrr")


def _kind_row(kind: str, group: list[Scored], base_by_id: dict[str, Scored]) -> list[object]:
    levels = Counter(s.level for s in group)
    flagged = sum(s.flagged for s in group)
    base_flagged = sum(base_by_id[s.sample.id].flagged for s in group if s.sample.id in base_by_id)
    spread = [levels.get(i, 0) for i in range(4)]
    return [
        kind or "(none)",
        len(group),
        *spread,
        ratio(flagged, len(group)),
        ratio(base_flagged, len(group)),
    ]


def _describe(s: Scored, with_kind: bool) -> str:
    kind = f" [{s.sample.kind}]" if with_kind and s.sample.kind else ""
    expect = f" (expected {s.sample.expect})" if s.sample.expect else ""
    rules = ", ".join(s.rules) if s.rules else "no rule"
    return f"`{s.sample.id}`{kind} {label(s.level)}{expect}: {rules}"


def id_list(heading: str, items: Sequence[Scored], with_kind: bool = False) -> str:
    """A bullet list a developer can work through, or "none"."""
    if not items:
        return f"**{heading}:** none."
    lines = [f"**{heading} ({len(items)}):**", ""]
    lines += [f"- {_describe(s, with_kind)}" for s in items[:LIST_LIMIT]]
    if len(items) > LIST_LIMIT:
        lines.append(f"- ... and {len(items) - LIST_LIMIT} more")
    return "\n".join(lines)


def _missed(scored: list[Scored]) -> list[Scored]:
    return [s for s in scored if not s.flagged]


def _worklists(mal: list[Scored], ben: list[Scored]) -> list[str]:
    return [
        id_list("Malicious samples PasteGuard misses (below suspicious)", _missed(mal)),
        id_list(
            "Malicious samples PasteGuard flags only as suspicious",
            [s for s in mal if s.level == SUSPICIOUS],
        ),
        id_list("Benign samples PasteGuard flags", [s for s in ben if s.flagged], with_kind=True),
    ]


SIGMA_NOTE = (
    'Each text analysed alone, with no source URL and no paste target; "flagged" means '
    "suspicious or malicious. The Sigma baseline "
    "(`bench/sigma_baseline/sigma_baseline.py --json`, all "
    "rule levels, all paste contexts) counts as flagged when any rule fires and as malicious "
    "when a `high` or `critical` rule fires."
)


# A stand-in for the page that wrote a lure: every ClickFix text comes from a web page.
LURE_PAGE = "https://verify-human.example.com/captcha"
_RUN_BOX = re.compile(
    r"(?i)\b(?:powershell|pwsh|cmd|mshta|msiexec|rundll32|regsvr32|conhost|certutil|bitsadmin"
    r"|[wc]script|finger|nslookup|pcalua|forfiles|explorer|curl\.exe)\b|%\w+%|\\\\"
)
_CONSOLE = re.compile(r"(?i)^\s*javascript:|\bdocument\.|\bwebpackChunk|\blocalStorage\b")
TERMINAL_KINDS = ("install-oneliner", "admin-command", "tldr-command", "hard-case", "dev-command")


def lure_target(text: str) -> str:
    """Where a lure asks to be pasted: the Run box (Windows), the console, or a terminal."""
    if _CONSOLE.search(text):
        return "browser_console"
    return "run_dialog" if _RUN_BOX.search(text) else "terminal"


def in_context(malicious: list[Sample], benign: list[Sample]) -> tuple[list[Sample], list[Sample]]:
    """The dev corpus as the guard would meet it: lures written by a web page into the box they
    name; benign commands into a terminal and other benign text into an editor (no page)."""
    mal = [replace(s, source=LURE_PAGE, target=lure_target(s.text)) for s in malicious]
    ben = [replace(s, target="terminal" if s.kind in TERMINAL_KINDS else "other") for s in benign]
    return mal, ben


def dev_context_quality() -> list[Result]:
    """The dev corpus again, each text with the context the guard would know."""
    malicious, benign = in_context(*corpus.dev_corpus())
    mal, ben = score_engine(malicious, True), score_engine(benign, True)
    _, _, base_mal, base_ben = dev_scores()
    targets = Counter(s.target for s in malicious)
    notes = [
        TUNED,
        "Lures: source = a web page, target = the Run dialog for Windows commands, the browser "
        "console for page scripts, a terminal otherwise "
        f"({', '.join(f'{t} {n}' for t, n in sorted(targets.items()))}). Benign: commands into a "
        "terminal, prose, code, URLs and paths into an editor (`other`), no source page. The "
        "Sigma baseline has no context: its columns are the bare ones.",
        *_worklists(mal, ben),
    ]
    rows = comparison_rows((mal, ben), (base_mal, base_ben))
    title = "Detection quality: dev corpus with context (TUNED)"
    return [Result(title, table(HEADERS, rows, "llrcrc"), notes)]


def dev_quality() -> list[Result]:
    """Quality on the dev corpus, PasteGuard and the Sigma baseline side by side."""
    mal, ben, base_mal, base_ben = dev_scores()
    _, build_s = load()
    base_missed = ", ".join(f"`{s.sample.id}`" for s in _missed(base_mal)) or "none"
    notes = [
        TUNED,
        tuned.summary(tuned.set_numbers(), tuned.tuned_sets()),
        SIGMA_NOTE,
        f"{len(mal)} malicious and {len(ben)} benign samples. Engine built in "
        f"{build_s * 1000:.0f} ms.",
        *_worklists(mal, ben),
        f"Sigma baseline misses: {base_missed}.",
    ]
    rows = comparison_rows((mal, ben), (base_mal, base_ben))
    return [
        Result("Detection quality: dev corpus (TUNED)", table(HEADERS, rows, "llrcrc"), notes),
        Result("Detection quality: dev benign corpus by kind (TUNED)", kind_table(ben, base_ben)),
    ]


def own_quality() -> list[Result]:
    """The same numbers on the project's own labelled cases in tests/data, when they exist."""
    title = "Detection quality: the project's own cases (tests/data, TUNED)"
    missing = [p for p in (corpus.OWN_MALICIOUS, corpus.OWN_BENIGN) if not p.is_file()]
    if missing:
        names = ", ".join(f"`{p.relative_to(corpus.REPO_ROOT)}`" for p in missing)
        return [Result(title, "_Skipped._", [f"Skipped: {names} not found."])]
    malicious, benign = corpus.load(corpus.OWN_MALICIOUS), corpus.load(corpus.OWN_BENIGN)
    mal, ben = score_engine(malicious), score_engine(benign)
    base_mal = score_sigma(malicious, sigma.run(corpus.OWN_MALICIOUS))
    base_ben = score_sigma(benign, sigma.run(corpus.OWN_BENIGN))
    short = [s for s in mal if not as_expected(s, malicious_file=True)]
    over = [s for s in ben if not as_expected(s, malicious_file=False)]
    rows = comparison_rows((mal, ben), (base_mal, base_ben))
    total = len(mal) + len(ben)
    good = total - len(short) - len(over)
    rows.append(["cases at their `expect`", "all", ratio(good, total), met(good == total), "", ""])
    notes = [
        TUNED,
        SIGMA_NOTE,
        f"{len(mal)} malicious and {len(ben)} benign cases. A case meets its `expect` when "
        "`malicious`: its level is malicious; `flagged`: suspicious or malicious; "
        "`not_flagged`: clean or info.",
        id_list("Malicious cases below their `expect`", short),
        id_list("Benign cases above their `expect`", over, with_kind=True),
    ]
    results = [Result(title, table(HEADERS, rows, "llrcrc"), notes)]
    if any(s.sample.technique for s in short):
        results.append(Result(f"{title}: techniques below `expect`", technique_table(mal)))
    if any(s.sample.kind for s in ben):
        results.append(Result(f"{title} by benign kind", kind_table(ben, base_ben)))
    return results


def technique_table(mal: list[Scored]) -> str:
    """Per attack technique with at least one case below its `expect`, the worst first."""
    groups: dict[str, list[Scored]] = {}
    for s in mal:
        groups.setdefault(s.sample.technique or "(none)", []).append(s)
    counted = []
    for technique, group in groups.items():
        short = sum(not as_expected(s, malicious_file=True) for s in group)
        flagged = sum(s.flagged for s in group)
        at_mal = sum(s.level >= MALICIOUS for s in group)
        counted.append((short, technique, len(group), flagged, at_mal))
    counted.sort(key=lambda c: (-c[0], c[1]))
    rows = [[t, n, short, ratio(f, n), ratio(m, n)] for short, t, n, f, m in counted if short]
    headers = ["technique", "N", "below `expect`", "flagged", "at malicious"]
    return table(headers, rows, "lrrrr")


# What the project's own cases may say in `expect`, as (lowest, highest) acceptable level.
EXPECT_RANGES = {
    "flagged": (SUSPICIOUS, MALICIOUS),
    "not_flagged": (0, SUSPICIOUS - 1),
}


def as_expected(s: Scored, malicious_file: bool) -> bool:
    """Whether a case meets its ``expect``; without one, whether the file's label holds."""
    expect = s.sample.expect.strip().lower()
    if expect in EXPECT_RANGES:
        low, high = EXPECT_RANGES[expect]
        return low <= s.level <= high
    want = parse_level(expect)
    if want is None:
        return s.flagged if malicious_file else not s.flagged
    return s.level >= want if malicious_file else s.level <= want


BENIGN_EXPECTS = ("clean", "info", "not_flagged")


def meets(level: int, expect: str) -> bool:
    """The case files' rule (tests/app/detection/test_case_files.py): a level name exactly,
    `flagged` suspicious or worse, `not_flagged` info or better."""
    wanted = expect.strip().lower()
    if wanted in EXPECT_RANGES:
        low, high = EXPECT_RANGES[wanted]
        return low <= level <= high
    return level == parse_level(wanted)


def _is_lure(s: Sample) -> bool:
    return s.expect not in BENIGN_EXPECTS


def cases_quality() -> list[Result]:
    """Every area's case file, each case with its own context, per file and per technique."""
    files = corpus.case_files()
    title = "Detection quality: case files tests/data/cases (with context, TUNED)"
    if not files:
        return [Result(title, "_Skipped._", ["Skipped: no tests/data/cases/*.jsonl."])]
    scored = {area: score_engine(samples, True) for area, samples in files.items()}
    every = [s for group in scored.values() for s in group]
    base = _sigma_levels([s.sample for s in every])
    rows = [_case_file_row(area, group) for area, group in scored.items()]
    rows.append(_case_file_row("**all**", every))
    headers = ["file", "N", "at `expect`", "lures flagged", "lures blocked", "benign flagged"]
    short = [s for s in every if not meets(s.level, s.sample.expect)]
    notes = [
        TUNED,
        "Each case is scanned with its `source` and `target` (as `pasteguard scan --jsonl` reads "
        "them); `expect` is met as in tests/app/detection/test_case_files.py. Lures are cases "
        "whose `expect` is `flagged`, `suspicious` or `malicious`; blocked counts the lures "
        "expected `malicious`. Benign are `clean`, `info`, `not_flagged`.",
        id_list("Cases not at their `expect`", short),
    ]
    return [
        Result(title, table(headers, rows, "lrrrrr"), notes),
        Result(
            "Detection quality: case files by technique (TUNED)",
            case_technique_table(every, base),
            ["Sigma flagged: the baseline on the bare text (it has no context)."],
        ),
    ]


def _sigma_levels(samples: list[Sample]) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="pasteguard-bench-") as tmp:
        run = sigma.run(corpus.write(Path(tmp) / "cases.jsonl", samples))
    return {s.sample.id: s.level for s in score_sigma(samples, run)}


def _case_file_row(area: str, group: list[Scored]) -> list[object]:
    lures = [s for s in group if _is_lure(s.sample)]
    blockers = [s for s in lures if s.sample.expect == "malicious"]
    benign = [s for s in group if not _is_lure(s.sample)]
    good = sum(meets(s.level, s.sample.expect) for s in group)
    return [
        area,
        len(group),
        ratio(good, len(group)),
        ratio(sum(s.flagged for s in lures), len(lures)),
        ratio(sum(s.level >= MALICIOUS for s in blockers), len(blockers)),
        ratio(sum(s.flagged for s in benign), len(benign)),
    ]


def case_technique_table(every: list[Scored], base: dict[str, int]) -> str:
    """Per technique: how many cases, how many at their `expect`, flagged, blocked, and Sigma."""
    groups: dict[str, list[Scored]] = {}
    for s in every:
        groups.setdefault(s.sample.technique or "(none)", []).append(s)
    rows = []
    for technique in sorted(groups, key=lambda t: (t in ("none", "(none)"), t)):
        group = groups[technique]
        good = sum(meets(s.level, s.sample.expect) for s in group)
        base_flagged = sum(base.get(s.sample.id, 0) >= SUSPICIOUS for s in group)
        rows.append(
            [
                technique,
                len(group),
                ratio(good, len(group)),
                ratio(sum(s.flagged for s in group), len(group)),
                ratio(sum(s.level >= MALICIOUS for s in group), len(group)),
                ratio(base_flagged, len(group)),
            ]
        )
    headers = ["technique", "N", "at `expect`", "flagged", "at malicious", "Sigma flagged"]
    return table(headers, rows, "lrrrrr")


def quality() -> list[Result]:
    """Every quality table: the dev corpus bare and in context, then the project's cases."""
    return dev_quality() + dev_context_quality() + own_quality() + cases_quality()
