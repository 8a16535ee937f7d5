"""Dump every verdict the engine gives on the project's texts, to diff before and after a change.

Not a bench section and not a test: a tool for work on the pipeline (speed, refactoring) that
must not change a single verdict. It writes one line per text and context:

    <set>:<id> <context> level=<level> score=<n> kind=<kind> complete=<0|1> rules=<a,b,...>

for the dev corpus, tests/data/*.jsonl, tests/data/cases (with and without their own source
and target) and bench/blind, each bare and in a few fixed contexts. The newest blind set is
held: it is being kept blind while others fix, so its lines are sealed into one digest per
set (a diff still says that something on it moved, not what); `--unseal` writes them out.
`--cli` also runs
`pasteguard scan --jsonl` over the same texts (with their own context) and dumps its answers
without the timing field, since the batch path has its own per-line work.

    .venv/bin/python -m bench.verdicts /tmp/before.txt
    ... change ...
    .venv/bin/python -m bench.verdicts /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench import corpus
from bench.corpus import REPO_ROOT, Sample

if TYPE_CHECKING:
    from app.detection import Verdict

# Contexts every text is also judged in, besides bare and its own (when it has one).
FIXED_CONTEXTS = (
    ("https://downloads.example.net/install", "terminal"),
    ("https://verify-human.example/captcha", "run_dialog"),
    ("https://github.com/example-org/tool", "terminal"),
    (None, "browser_console"),
    ("https://news.example.org/article", "other"),
)


def held_sets() -> set[str]:
    """The sets of the newest blind set (the highest number), as sample_sets names them."""
    numbered = [
        (int(m.group(1)), path.stem)
        for path in (REPO_ROOT / "bench" / "blind").glob("*-*.jsonl")
        if (m := re.fullmatch(r"[a-z]+-(\d+)", path.stem))
    ]
    newest = max((n for n, _ in numbered), default=None)
    return {f"blind-{stem}" for n, stem in numbered if n == newest}


def seal(out: list[str], held: set[str], held_ids: set[str]) -> list[str]:
    """`out` with the lines of the held sets (and the CLI's answers on their texts) replaced
    by one digest line per set."""
    kept: list[str] = []
    digests: dict[str, hashlib._Hash] = {name: hashlib.sha256() for name in sorted(held)}
    digests["cli-held"] = hashlib.sha256()
    counts = dict.fromkeys(digests, 0)
    for line in out:
        name = line.split(":", 1)[0]
        if line.startswith("cli {") and json.loads(line[4:]).get("id") in held_ids:
            name = "cli-held"
        if name in digests:
            digests[name].update(line.encode("utf-8", "surrogatepass") + b"\n")
            counts[name] += 1
        else:
            kept.append(line)
    for name, digest in digests.items():
        kept.append(f"{name} held: {counts[name]} lines sealed, sha256={digest.hexdigest()}")
    return kept


def sample_sets() -> dict[str, list[Sample]]:
    malicious, benign = corpus.dev_corpus()
    sets = {"dev-malicious": malicious, "dev-benign": benign}
    sets["own-malicious"] = corpus.load(corpus.OWN_MALICIOUS)
    sets["own-benign"] = corpus.load(corpus.OWN_BENIGN)
    for area, samples in corpus.case_files().items():
        sets[f"cases-{area}"] = samples
    blind = REPO_ROOT / "bench" / "blind"
    for path in sorted(blind.glob("*.jsonl")):
        sets[f"blind-{path.stem}"] = corpus.load(path)
    return sets


def _line(name: str, where: str, v: Verdict, details: bool = False) -> str:
    line = (
        f"{name} {where} level={v.level.label} score={v.score} kind={v.kind} "
        f"complete={int(v.complete)} rules={','.join(v.rule_ids)} summary={v.summary!r}"
    )
    if details:  # what the warning and the event show, once per text
        shown = [(f.rule_id, f.weight, f.layer, f.evidence) for f in v.findings]
        marks = [(i.kind, i.value, i.display) for i in v.indicators]
        line += f" findings={shown!r} indicators={marks!r} shells={v.shells!r}"
        line += f" layers={[(x.name, x.depth, x.parent, x.text) for x in v.layers]!r}"
    return line


def dump_engine(out: list[str]) -> None:
    from app.detection import Context, Engine, PasteTarget

    engine = Engine()
    for set_name, samples in sample_sets().items():
        for number, s in enumerate(samples):
            name = f"{set_name}:{number}:{s.id}"
            content = engine.examine(s.text)
            out.append(_line(name, "bare", engine.in_context(content, Context()), details=True))
            # the full path too, once, in the text's own context (or bare)
            own = Context(s.source, PasteTarget.parse(s.target or "unknown"))
            out.append(_line(name, "own", engine.analyze(s.text, own)))
            for source, target in FIXED_CONTEXTS:
                ctx = Context(source, PasteTarget.parse(target))
                verdict = engine.in_context(content, ctx)
                out.append(_line(name, f"{source or '-'}>{target}", verdict))


def dump_cli(out: list[str]) -> None:
    samples = [s for group in sample_sets().values() for s in group]
    with tempfile.TemporaryDirectory(prefix="pasteguard-verdicts-") as tmp:
        path = corpus.write(Path(tmp) / "all.jsonl", samples, context=True)
        with path.open("a", encoding="utf-8") as handle:  # the batch's own error answers too
            handle.write('not json\n{"id": 1}\n[1]\n{"id": "t", "text": 5}\n')
            handle.write('{"id": "bad-target", "text": "x", "target": "nowhere"}\n')
            handle.write('{"id": "src", "text": "ls", "source": 3}\n\n')
        proc = subprocess.run(
            [sys.executable, "-m", "app", "scan", "--jsonl", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
    out.append(f"cli exit={proc.returncode} stderr={proc.stderr.strip()[-300:]!r}")
    for line in proc.stdout.splitlines():
        item = json.loads(line)
        item.pop("elapsed_ms", None)
        out.append("cli " + json.dumps(item, ensure_ascii=False, sort_keys=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.verdicts", description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--cli", action="store_true", help="also dump the CLI's batch answers")
    parser.add_argument(
        "--unseal", action="store_true", help="write the newest blind set's lines out too"
    )
    args = parser.parse_args(argv)
    out: list[str] = []
    dump_engine(out)
    if args.cli:
        dump_cli(out)
    if not args.unseal:
        held = held_sets()
        ids = {s.id for name, group in sample_sets().items() if name in held for s in group}
        out = seal(out, held, ids)
    args.output.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} lines -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
