"""Runs the benchmarks, prints each table as Markdown and rewrites docs/benchmarks.md."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time

from bench import (
    blind,
    detection,
    forward,
    guard,
    hostile,
    package,
    resilience,
    soak,
    speed,
    store,
    tuned,
    ui,
)
from bench.corpus import REPO_ROOT
from bench.report import BenchError, Result, Section

DOC = REPO_ROOT / "docs" / "benchmarks.md"


def _blind_title(ordinal: str, number: int) -> str:
    """A blind set's title says it was written blind and whether cases were tuned since
    (bench/tuned.py reads bench/blind/README.md's tuned lists)."""
    the = "the" if number == 1 else f"the {ordinal}"
    return f"Detection quality on {the} blind set ({tuned.status(number)})"


# In the order they run and appear. To add one (event store, guard, UI), write bench/<name>.py
# with a ``run() -> list[Result]`` and list it here as Section("<area>.<name>", title, run).
SECTIONS: list[Section] = [
    Section("detection.quality", "Detection quality", detection.quality),
    Section("blind", _blind_title("first", 1), blind.run),
    Section("blind2", _blind_title("second", 2), blind.run2),
    Section("blind3", _blind_title("third", 3), blind.run3),
    Section("blind4", _blind_title("fourth", 4), blind.run4),
    Section("blind5", _blind_title("fifth", 5), blind.run5),
    Section("blind6", _blind_title("sixth", 6), blind.run6),
    Section("blind7", _blind_title("seventh", 7), blind.run7),
    Section("blind8", _blind_title("eighth", 8), blind.run8),
    Section("blind9", _blind_title("ninth", 9), blind.run9),
    Section("blind10", _blind_title("tenth", 10), blind.run10),
    Section("blind11", _blind_title("eleventh", 11), blind.run11),
    Section("blind12", _blind_title("twelfth", 12), blind.run12),
    Section("blind13", _blind_title("thirteenth", 13), blind.run13),
    Section("blind14", _blind_title("fourteenth", 14), blind.run14),
    Section("blind15", _blind_title("fifteenth", 15), blind.run15),
    Section("blind16", _blind_title("sixteenth", 16), blind.run16),
    Section("blind17", _blind_title("seventeenth", 17), blind.run17),
    Section("blind18", _blind_title("eighteenth", 18), blind.run18),
    Section("blind19", _blind_title("nineteenth", 19), blind.run19),
    Section("blind20", _blind_title("twentieth", 20), blind.run20),
    Section("blind21", _blind_title("twenty-first", 21), blind.run21),
    Section("blind22", _blind_title("twenty-second", 22), blind.run22),
    Section("blind23", _blind_title("twenty-third", 23), blind.run23),
    Section("detection.speed", "Detection speed", speed.run),
    Section("detection.hostile", "Hostile inputs", hostile.run),
    Section("store.events", "Event store", store.store_sections),
    Section("forwarding.rsyslog", "Forwarding to rsyslog", forward.run),
    Section("resilience", "Protection under bad surroundings", resilience.run),
    Section("guard.runtime", "Guard runtime", guard.run),
    Section("guard.soak", "Guard under load (soak)", soak.run),
    Section("ui.desktop", "Desktop UI", ui.run),
    Section("ui.viewer", "Desktop UI: the log viewer", ui.run_viewer),
    Section("package.build", "Built app: size and start-up", package.run),
]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list:
        print("\n".join(f"{s.name}\t{s.title}" for s in SECTIONS))
        return 0
    chosen = select(args.sections)
    if chosen is None:
        return 2
    write = args.write if args.write is not None else not args.sections
    started = time.perf_counter()
    try:
        results = [r for s in chosen for r in _run(s)]
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    total = time.perf_counter() - started
    if write:
        DOC.write_text(document(results, argv, total), encoding="utf-8")
        print(
            f"bench: wrote {DOC.relative_to(REPO_ROOT)} ({total:.0f} s)",
            file=sys.stderr,
        )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "sections",
        nargs="*",
        help="section names or prefixes (e.g. detection); default: all",
    )
    parser.add_argument("--list", action="store_true", help="list the sections and exit")
    parser.add_argument(
        "--write",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"rewrite {DOC.relative_to(REPO_ROOT)} (default: only when every section runs)",
    )
    return parser


def select(names: list[str]) -> list[Section] | None:
    """The sections matching any of ``names`` (all when empty), in their usual order."""
    if not names:
        return list(SECTIONS)
    unknown = [n for n in names if not any(s.matches(n) for s in SECTIONS)]
    if unknown:
        known = ", ".join(s.name for s in SECTIONS)
        print(
            f"bench: unknown section {', '.join(unknown)}; known: {known}",
            file=sys.stderr,
        )
        return None
    return [s for s in SECTIONS if any(s.matches(n) for n in names)]


def _run(section: Section) -> list[Result]:
    print(f"bench: running {section.name} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    results = section.run()
    for result in results:
        print(result.markdown(), flush=True)
    print(
        f"bench: {section.name} took {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return results


def document(results: list[Result], argv: list[str] | None, total_s: float) -> str:
    """The whole benchmarks page: where and when it was measured, then every table."""
    args = sys.argv[1:] if argv is None else argv
    command = "`" + " ".join([".venv/bin/python -m bench", *args]) + "`"
    if not args:
        command = f"`make bench`, i.e. {command}"
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [
        "# Benchmarks",
        "",
        "Generated by `make bench`; do not edit by hand, run it again.",
        "",
        f"- date: {now}",
        f"- machine: {platform.platform()}, {cpu_model()}, {os.cpu_count()} CPUs",
        f"- load average when the run ended: {load_average()} (other work skews timings)",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- command: {command} (took {total_s:.0f} s)",
        "",
    ]
    return "\n".join(header) + "\n" + "\n".join(r.markdown() for r in results)


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # not available on Windows
        return "unknown"


def cpu_model() -> str:
    """The CPU's marketing name where the OS tells it (Linux), else the architecture."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


if __name__ == "__main__":
    sys.exit(main())
