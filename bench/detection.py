"""Detection quality: our engine and the Sigma baseline on the same labelled samples."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bench import corpus, sigma
from bench.corpus import Sample
from bench.engine import MALICIOUS, SUSPICIOUS, engine, label, load, parse_level
from bench.report import BenchError, Result, met, ratio, table

# The benign kinds that look like attacks (the ones content-only rule sets flag).
LOOKALIKE_KINDS = ("install-oneliner", "hard-case")
LIST_LIMIT = 150  # ids listed under a table before "... and N more"


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


def score_engine(samples: Iterable[Sample]) -> list[Scored]:
    """Our verdict on each text, analysed alone (no source URL, no paste target)."""
    eng = engine()
    scored = []
    for s in samples:
        try:
            v = eng.analyze(s.text)
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


def dev_quality() -> list[Result]:
    """Quality on the dev corpus, PasteGuard and the Sigma baseline side by side."""
    mal, ben, base_mal, base_ben = dev_scores()
    _, build_s = load()
    base_missed = ", ".join(f"`{s.sample.id}`" for s in _missed(base_mal)) or "none"
    notes = [
        SIGMA_NOTE,
        f"{len(mal)} malicious and {len(ben)} benign samples. Engine built in "
        f"{build_s * 1000:.0f} ms.",
        *_worklists(mal, ben),
        f"Sigma baseline misses: {base_missed}.",
    ]
    rows = comparison_rows((mal, ben), (base_mal, base_ben))
    return [
        Result("Detection quality: dev corpus", table(HEADERS, rows, "llrcrc"), notes),
        Result("Detection quality: dev benign corpus by kind", kind_table(ben, base_ben)),
    ]


def own_quality() -> list[Result]:
    """The same numbers on the project's own labelled cases in tests/data, when they exist."""
    title = "Detection quality: the project's own cases (tests/data)"
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


def quality() -> list[Result]:
    """Every quality table: the dev corpus, then the project's own cases."""
    return dev_quality() + own_quality()
