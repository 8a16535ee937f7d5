"""`pasteguard drill run STYLE | report | results`: lure drills by hand, and how they went."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from typing import IO, Any

from app import ipc, paths
from app.commands import EXIT_OK, UsageError
from app.drills.coordinator import OUTCOMES
from app.drills.styles import STYLES

DRILL_KINDS = frozenset(f"drill_{o}" for o in ("started", *OUTCOMES))


def add_parser(commands: Any) -> None:
    drill = commands.add_parser("drill", help="security awareness drills (imitation lures)")
    actions = drill.add_subparsers(dest="drill_command", metavar="ACTION", required=True)
    run = actions.add_parser("run", help="start a drill now on this computer")
    run.add_argument("style", choices=sorted(STYLES), help="which lure the drill imitates")
    report = actions.add_parser("report", help="report the drill page in front of you")
    results = actions.add_parser("results", help="each drill's outcomes, from the event log")
    results.add_argument("--campaign", help="only this campaign")
    for sub, handler in ((run, run_drill), (report, run_report), (results, run_results)):
        sub.add_argument("--data-dir", metavar="DIR", help="data folder (default: the user's)")
        sub.set_defaults(handler=handler)


def _ask(args: argparse.Namespace, message: dict[str, Any]) -> dict[str, Any]:
    answer = ipc.request(paths.data_dir(args.data_dir), message)
    if answer is None:
        raise UsageError("PasteGuard is not running: drills run inside the guard")
    if not answer.get("ok"):
        raise UsageError(str(answer.get("error", "the guard refused")))
    return answer


def run_drill(args: argparse.Namespace, out: IO[str]) -> int:
    answer = _ask(args, {"cmd": "drill", "style": args.style})
    out.write(f"drill {answer.get('drill')} started: {answer.get('url')}\n")
    return EXIT_OK


def run_report(args: argparse.Namespace, out: IO[str]) -> int:
    answer = _ask(args, {"cmd": "drill_report"})
    out.write(f"{answer.get('message')}\n")
    return EXIT_OK


def run_results(args: argparse.Namespace, out: IO[str]) -> int:
    from app.commands.events import _open_store
    from app.storage import EventFilter

    store = _open_store(args)
    try:
        outcomes: dict[str, Counter[str]] = defaultdict(Counter)
        styles: dict[str, str] = {}
        for event in store.iter_events(EventFilter(kinds=DRILL_KINDS)):
            details = event.details or {}
            if args.campaign and details.get("campaign") != args.campaign:
                continue
            drill = str(details.get("drill", "?"))
            styles[drill] = str(details.get("style", "?"))
            outcomes[drill][event.kind.removeprefix("drill_")] += 1
    finally:
        store.close()
    columns = ("opened", "copied", "pasted", "stopped", "reported")
    out.write(f"{'drill':<18}{'style':<14}" + "".join(f"{c:>10}" for c in columns) + "\n")
    totals: Counter[str] = Counter()
    for drill, counts in outcomes.items():
        row = "".join(f"{'yes' if counts[c] else '-':>10}" for c in columns)
        out.write(f"{drill:<18}{styles[drill]:<14}{row}\n")
        totals.update(c for c in columns if counts[c])
    out.write(f"{len(outcomes)} drills: " + ", ".join(f"{totals[c]} {c}" for c in columns) + "\n")
    return EXIT_OK
