"""The living-off-the-land catalogue: loaded as data, each entry's sentence shown to people."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.detection import Engine, Level
from app.detection.lolbins import Entry, load_catalogue

ENTRIES, ERRORS = load_catalogue()
BY_ID = {e.id: e for e in ENTRIES}
EXAMPLES = [(e, text) for e in ENTRIES for text in e.examples]
HARMLESS = [(e, text) for e in ENTRIES for text in e.harmless]


def test_the_catalogue_loads_without_errors_and_covers_the_known_proxies() -> None:
    assert not ERRORS, "\n".join(map(str, ERRORS))
    names = " ".join(e.name.lower() for e in ENTRIES)
    for needed in (
        "syncappvpublishingserver", "pubprn.vbs", "manage-bde.wsf", "cl_invocation.ps1",
        "mshta", "msiexec", "rundll32", "regsvr32", "certutil", "bitsadmin", "finger",
        "nslookup", "resolve-dnsname", "conhost", "winhttp.winhttprequest", "msxml2.xmlhttp",
        "microsoft.xmlhttp", "windowsinstaller.installer", "httpclient", "webclient",
        "expand-archive", "pushd", "wscript", "cscript", "forfiles", "pcalua", "explorer",
        "osascript", "do shell script", "xattr", "chmod +x",
    ):  # fmt: skip
        assert needed in names, needed
    for entry in ENTRIES:
        assert entry.rule.technique.startswith("T1") and entry.can and entry.examples, entry.id


@pytest.mark.parametrize(("entry", "text"), EXAMPLES, ids=[f"{e.id}:{t[:30]}" for e, t in EXAMPLES])
def test_each_example_is_recognised_with_the_catalogue_sentence(
    engine: Engine, entry: Entry, text: str
) -> None:
    verdict = engine.analyze(text)
    finding = next((f for f in verdict.findings if f.rule_id == entry.rule.id), None)
    if finding is None:  # a stronger finding of its group may stand for it
        assert entry.rule.group and verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
        return
    assert finding.explanation == entry.rule.explanation
    if entry.rule.weight >= 40:
        assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids


@pytest.mark.parametrize(("entry", "text"), HARMLESS, ids=[f"{e.id}:{t[:30]}" for e, t in HARMLESS])
def test_everyday_uses_are_left_alone(engine: Engine, entry: Entry, text: str) -> None:
    verdict = engine.analyze(text)
    assert entry.rule.id not in verdict.rule_ids
    assert verdict.level <= Level.INFO, verdict.rule_ids


BROKEN = """version: 1
entries:
  - id: good
    name: tool.exe
    kind: program
    can: [download]
    platforms: [windows]
    technique: T1105
    title: A tool downloads
    explanation: It downloads.
    weight: 20
    dangerous: {any: ['\\btool\\.exe\\b']}
  - id: bad-kind
    name: thing
    kind: gadget
    can: [teleport]
    platforms: [windows]
    technique: T1105
    title: Bad
    explanation: First sentence. Second sentence.
    weight: 20
    colour: red
    dangerous: {any: ['(unclosed']}
  - id: good
    name: again
    kind: program
    can: [execute]
    platforms: [linux]
    technique: T1059
    title: Again
    explanation: The same id twice.
    weight: 10
    dangerous: {any: ['again']}
"""


def test_errors_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "lolbins.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    entries, errors = load_catalogue(path)
    assert [e.id for e in entries] == ["good", "good"]
    messages = [str(e) for e in errors]
    at_13 = [m for m in messages if m.startswith(f"{path}:13: ")]
    assert any("kind must be one of" in m for m in at_13), messages
    assert any("unknown can: teleport" in m for m in at_13), messages
    assert any("one sentence" in m for m in at_13), messages
    assert any("unknown keys: colour" in m for m in at_13), messages
    assert any(m.startswith(f"{path}:24: duplicate entry id good") for m in messages), messages


def test_a_pattern_that_does_not_compile_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lolbins.yaml"
    path.write_text(BROKEN.replace("gadget", "program").replace("teleport", "execute")
                    .replace("First sentence. Second sentence.", "One.").replace("    colour: red\n", ""),
                    encoding="utf-8")  # fmt: skip
    _entries, errors = load_catalogue(path)
    assert any("does not compile in RE2" in str(e) and ":22:" in str(e) for e in errors), errors
