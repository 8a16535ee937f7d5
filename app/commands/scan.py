"""`pasteguard scan`: check text, standard input, the clipboard or a JSON Lines batch."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO, Any

from app.commands import EXIT_FLAGGED, EXIT_OK, UsageError, clipboard_error
from app.detection.display import ascii_only, shown, visible
from app.detection.engine import MAX_INPUT, Content, Engine
from app.detection.model import Context, Level, PasteTarget, Verdict
from app.detection.pool import Pool
from app.detection.rules import RuleLoadError, default_rules_dir
from app.detection.worker import WorkerSpec

_LEVEL_MARK = {"clean": "✓", "info": "i", "suspicious": "!", "malicious": "✗"}


def add_parser(commands: Any) -> None:
    scan = commands.add_parser(
        "scan",
        help="check text for copy-paste attacks",
        description="Check a text, standard input, the clipboard, or a JSON Lines batch.",
    )
    what = scan.add_mutually_exclusive_group(required=True)
    what.add_argument("text", nargs="?", help="the text to check; '-' reads standard input")
    what.add_argument("--clipboard", action="store_true", help="check the clipboard's text")
    what.add_argument(
        "--jsonl",
        metavar="FILE",
        help="batch: one JSON object {id, text[, source, target]} per line; '-' for stdin",
    )
    scan.add_argument("--source", metavar="URL", help="where the text came from (page URL or app)")
    scan.add_argument(
        "--target",
        type=_target,
        default=PasteTarget.UNKNOWN,
        metavar="KIND",
        help="where it is pasted: " + ", ".join(t.value for t in PasteTarget),
    )
    scan.add_argument("--json", action="store_true", help="print the full verdict as JSON")
    scan.add_argument(
        "--fail-on",
        type=_fail_level,
        metavar="LEVEL",
        help="exit with status 1 when the verdict reaches LEVEL (suspicious or malicious)",
    )
    scan.add_argument(
        "--rules",
        metavar="DIR",
        action="append",
        type=Path,
        help="use extra rule files or folders besides the built-in rules",
    )

    scan.set_defaults(handler=run)


def _target(text: str) -> PasteTarget:
    try:
        return PasteTarget.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fail_level(text: str) -> Level:
    if text.lower() not in ("suspicious", "malicious"):
        raise argparse.ArgumentTypeError("--fail-on takes 'suspicious' or 'malicious'")
    return Level.parse(text)


def _read_stdin(stream: IO[bytes]) -> str:
    data = stream.read(MAX_INPUT * 4 + 1)
    return data.decode("utf-8", errors="replace")


def _read_clipboard() -> str:
    try:
        import pyperclip  # imported here: only this option needs a clipboard backend
    except ImportError as exc:  # pragma: no cover - pyperclip is a dependency
        raise UsageError(f"cannot read the clipboard: {exc}") from None
    try:
        text = pyperclip.paste()
    except pyperclip.PyperclipException as exc:
        raise clipboard_error("read", exc) from None
    return str(text or "")


def format_verdict(verdict: Verdict) -> str:
    label = verdict.level.label
    lines = [f"{_LEVEL_MARK[label]} {label.upper()} (score {verdict.score}/100)"]
    lines.append(visible(verdict.summary))
    if verdict.context.source or verdict.context.target is not PasteTarget.UNKNOWN:
        lines.append(
            f"  source: {shown(verdict.context.source or '-')}"
            f"   target: {verdict.context.target.value}"
        )
    for finding in verdict.findings:
        lines.append("")
        lines.append(f"  [{finding.rule_id}] {finding.title}  ({finding.technique})")
        lines.append(f"    {finding.explanation}")
        lines.append(f"    evidence ({finding.layer}): {finding.evidence}")
    listed = [i for i in verdict.indicators if i.kind in ("url", "unc", "ip")]
    if listed:
        lines.append("")
        lines.append("  indicators: " + ", ".join(visible(i.display) for i in listed[:8]))
    if not verdict.complete:
        lines.append("  note: the text could not be checked completely")
    return "\n".join(lines)


def _rule_paths(extra: Sequence[Path] | None) -> list[Path] | None:
    return [default_rules_dir(), *extra] if extra else None


def _make_engine(
    extra: Sequence[Path] | None, strict: bool = False, interpreters: bool = True
) -> Engine:
    try:
        return Engine(rule_paths=_rule_paths(extra), strict=strict, interpreters=interpreters)
    except RuleLoadError as exc:
        raise UsageError("invalid rules:\n" + str(exc)) from None


def _batch_lines(name: str) -> Iterator[str]:
    if name == "-":
        for raw in sys.stdin.buffer:
            yield raw.decode("utf-8", errors="replace")
        return
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None
    with handle:
        for raw in handle:
            yield raw.decode("utf-8", errors="replace")


MAX_NUMBER_DIGITS = 4000  # Python refuses to convert longer integers (int_max_str_digits)


def _number(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of more than {MAX_NUMBER_DIGITS} digits")
    return int(text)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large for a number")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# built once: json.loads and json.dumps with any option build a new decoder or encoder per call
_DECODER = json.JSONDecoder(parse_int=_number, parse_float=_finite, parse_constant=_no_constant)
_ENCODERS = {
    escape: json.JSONEncoder(ensure_ascii=escape, allow_nan=False) for escape in (False, True)
}


def _load_line(line: str) -> Any:
    """One input line as JSON, or ValueError saying why not (never RecursionError)."""
    try:
        if line.startswith("\ufeff"):  # as json.loads says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", line, 0)
        return _DECODER.decode(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise ValueError("not usable JSON: nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"not usable JSON: {exc}") from None


def _batch_answer(result: dict[str, Any], escape: bool) -> str:
    """The answer line: valid JSON whatever the id was (NaN and infinities are refused)."""
    try:
        return _ENCODERS[escape].encode(result)
    except (ValueError, RecursionError) as exc:
        return json.dumps({"id": None, "error": f"the id cannot be echoed: {exc}"})


class LastReading:
    """The reading of the last text a batch process examined, for the lines after it that
    repeat that text with another source or target (one snippet checked for several targets,
    as a third of the lines of tests/data/cases do): their verdicts come from that reading, as
    `Engine.read` gives the guard one verdict per target, instead of reading the text again
    (~12 % of a batch of those texts' CPU time). The verdicts are the same: the reading knows
    nothing of source or target (Engine.examine), and a verdict copies what it changes.

    One per process (a worker has its own copy: forked, or a fresh one when spawned); only
    the last text is kept, so that a batch's memory does not grow with its lines."""

    __slots__ = ("content", "engine", "text")

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.text = ""
        self.content: Content | None = None

    def __reduce__(self) -> tuple[type[LastReading], tuple[()]]:
        return LastReading, ()  # a spawned worker starts with none (an engine is not sent)

    def verdict(self, engine: Engine, text: str, context: Context) -> Verdict:
        content = self.content
        if content is None or self.engine is not engine or self.text != text:
            content = engine.examine(text)
            self.engine, self.text, self.content = engine, text, content
            return engine.in_context(content, context)
        verdict = engine.in_context(content, context)
        verdict.elapsed_ms -= content.elapsed_ms  # this line's own time: it read nothing
        return verdict


def _batch_item(
    engine: Engine, line: str, default: Context, last: LastReading | None = None
) -> dict[str, Any]:
    try:
        item = _load_line(line)
    except ValueError as exc:
        return {"id": None, "error": str(exc)}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    item_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "error": "'text' is missing or not a string"}
    context = default
    if "source" in item or "target" in item:
        source = item.get("source", default.source)
        if source is not None and not isinstance(source, str):
            return {"id": item_id, "error": "'source' must be a string"}
        raw_target = item.get("target")
        if raw_target is not None and not isinstance(raw_target, str):
            return {"id": item_id, "error": "'target' must be a string"}
        try:
            target = PasteTarget.parse(raw_target) if raw_target else default.target
        except ValueError as exc:
            return {"id": item_id, "error": str(exc)}
        context = Context(source=source, target=target)
    verdict = (last or LastReading()).verdict(engine, text, context)
    return {
        "id": item_id,
        "level": verdict.level.label,
        "score": verdict.score,
        "rules": verdict.rule_ids,
        "summary": verdict.summary,
        "elapsed_ms": round(verdict.elapsed_ms, 3),
    }


# where a line's text is, for routing: its JSON string up to its end or the first KEY_WINDOW
# characters of the line (possessive: no backtracking whatever the line holds)
_TEXT_AT = re.compile(r'"text"\s*:\s*"((?:[^"\\]++|\\.)*+)')
KEY_WINDOW = 4096


def text_key(line: str) -> str | None:
    """A line's text as written in it (at most the first KEY_WINDOW characters of the line),
    or None: a cheap guess for the pool, which hands a line that repeats the text of the one
    before to the same worker, whose LastReading then serves it. Only routing: LastReading
    compares the decoded texts themselves, so a wrong guess costs a reading, never a verdict."""
    found = _TEXT_AT.search(line, 0, KEY_WINDOW)
    return found.group(1) if found else None


_MARKS = {level.label: str(level.value) for level in Level}  # a level's label -> its number
WRITE_LINES = 256  # answers written to standard output together (see _scan_batch)
WRITE_AFTER = 0.05  # seconds an answer may wait for the rest of its block


def _batch_frame(
    engine: Engine, line: str, default: Context, escape: bool, last: LastReading | None = None
) -> bytes:
    """A worker's answer to one line: its level's number (or "-" when it has none), then the
    answer line."""
    result = _batch_item(engine, line, default, last)
    mark = _MARKS[result["level"]] if "level" in result else "-"
    return (mark + _batch_answer(result, escape)).encode("utf-8", "surrogatepass")


def _scan_batch(args: argparse.Namespace, engine: Engine, out: IO[str]) -> int:
    """Each line is read in one of a few worker processes (app/detection/pool.py), so that a
    crash in a native parser costs that line one retry, not the batch; answers keep the order
    of the lines."""
    default = Context(source=args.source, target=args.target)
    worst = 0  # the worst level's number so far
    strict = getattr(args, "strict", False)
    answer = partial(_batch_frame, default=default, escape=ascii_only(out), last=LastReading())
    patterns_only: list[Engine] = []

    def fallback(line: str) -> bytes:  # a line the workers died on twice
        if not patterns_only:
            patterns_only.append(_make_engine(args.rules, strict, interpreters=False))
        return answer(patterns_only[0], line)

    spec = WorkerSpec(tuple(_rule_paths(args.rules) or ()) or None, None, strict)
    pool = Pool(engine, spec, answer, fallback, key=text_key)
    lines = (line for line in _batch_lines(args.jsonl) if line.strip())
    typed = args.jsonl == "-" and sys.stdin.isatty()  # each answer before the next line
    # Answers go out a block at a time: with PYTHONUNBUFFERED set (as in many containers and
    # CI images) every write to standard output is a system call and a wake-up of the reader,
    # 5,678 of each for the bench's corpus. A block waits for at most WRITE_LINES answers or
    # WRITE_AFTER seconds after its first, and a person typing lines gets each answer at once.
    pending: list[str] = []
    since = 0.0
    try:
        for frame in pool.answers(lines, one_at_a_time=typed):
            mark = frame[:1]
            if mark != b"-":
                worst = max(worst, int(mark))
            if not pending:
                since = time.monotonic()
            pending.append(frame[1:].decode("utf-8", "surrogatepass"))
            if typed or len(pending) >= WRITE_LINES or time.monotonic() - since >= WRITE_AFTER:
                out.write("\n".join(pending) + "\n")
                pending.clear()
    finally:  # the answers so far go out even when the batch stops on an error
        if pending:
            out.write("\n".join(pending) + "\n")
    if args.fail_on is not None and Level(worst) >= args.fail_on:
        return EXIT_FLAGGED
    return EXIT_OK


def run(args: argparse.Namespace, out: IO[str]) -> int:
    engine = _make_engine(args.rules, strict=getattr(args, "strict", False))
    if args.jsonl is not None:
        return _scan_batch(args, engine, out)
    if args.clipboard:
        text = _read_clipboard()
    elif args.text == "-":
        text = _read_stdin(sys.stdin.buffer)
    else:
        text = args.text
    verdict = engine.analyze(text, Context(source=args.source, target=args.target))
    if args.json:
        out.write(json.dumps(verdict.to_dict(), ensure_ascii=ascii_only(out), indent=2) + "\n")
    else:
        out.write(format_verdict(verdict) + "\n")
    if args.fail_on is not None and verdict.level >= args.fail_on:
        return EXIT_FLAGGED
    return EXIT_OK


# -- rules -----------------------------------------------------------------------------------
