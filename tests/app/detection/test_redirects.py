"""redirects.py: a redirect act is cleared setting by setting, never by another setting's
harmless address (the case rows are in tests/data/cases/gaps20.jsonl, `redirect-per-setting`)."""

from __future__ import annotations

import time

import pytest

from app.detection import redirects
from app.detection.redirects import (
    HOSTS_RULE,
    NIX_DNS_RULE,
    NIX_PROXY_RULE,
    WIN_DNS_RULE,
    cleared,
    harmless_server,
    local_address,
)


def test_local_and_well_known_servers() -> None:
    for ip in ("10.1.2.3", "127.0.0.53", "192.168.1.1", "172.16.0.1", "172.31.255.1", "0.0.0.0"):
        assert local_address(ip), ip
    for ip in ("172.32.0.1", "192.169.0.1", "11.0.0.1", "203.0.113.53", "1.2.3"):
        assert not local_address(ip), ip
    for ip in ("1.1.1.1", "1.0.0.1", "8.8.8.8", "9.9.9.9", "208.67.222.222", "94.140.14.14"):
        assert harmless_server(ip), ip
    assert not harmless_server("8.8.8.9") and not harmless_server("198.51.100.53")


@pytest.mark.parametrize(
    ("rule", "text", "gone"),
    [
        (WIN_DNS_RULE, "netsh interface ip set dns Ethernet static 1.1.1.1", True),
        (
            WIN_DNS_RULE,
            "netsh interface ip set dns Wi-Fi static 192.168.1.1 & "
            "netsh interface ip set dns Ethernet static 203.0.113.53",
            False,
        ),
        (
            WIN_DNS_RULE,
            "Set-DnsClientServerAddress -InterfaceIndex 12 -ServerAddresses "
            '("10.0.0.10","203.0.113.54") -Validate',
            False,
        ),
        (
            WIN_DNS_RULE,
            "Set-DnsClientServerAddress -InterfaceIndex 12 -ServerAddresses 8.8.8.8,8.8.4.4",
            True,
        ),
        (
            HOSTS_RULE,
            r"Add-Content C:\Windows\System32\drivers\etc\hosts '10.0.0.5 a.corp.test'; "
            r"Add-Content C:\Windows\System32\drivers\etc\hosts '198.51.100.40 bank.test'",
            False,
        ),
        (HOSTS_RULE, r"echo 127.0.0.1 api.test >> C:\Windows\System32\drivers\etc\hosts", True),
        (NIX_DNS_RULE, "networksetup -setdnsservers Wi-Fi 1.1.1.1 2606:4700:4700::1111", True),
        (
            NIX_DNS_RULE,
            "networksetup -setdnsservers Wi-Fi 1.1.1.1; "
            "networksetup -setdnsservers Ethernet 198.51.100.53",
            False,
        ),
        (
            NIX_DNS_RULE,
            'echo "nameserver 127.0.0.53" | sudo tee /etc/resolv.conf; '
            'echo "nameserver 203.0.113.9" | sudo tee -a /etc/resolv.conf',
            False,
        ),
        (NIX_PROXY_RULE, "networksetup -setwebproxy Wi-Fi proxy.office.corp 3128", True),
        (
            NIX_PROXY_RULE,
            "networksetup -setwebproxy Wi-Fi 127.0.0.1 8888; "
            "networksetup -setsecurewebproxy Ethernet 203.0.113.80 8080",
            False,
        ),
        # a proxy script's address is never cleared
        (NIX_PROXY_RULE, "networksetup -setautoproxyurl Wi-Fi http://10.0.0.9/p.pac", False),
    ],
)
def test_each_setting_is_read_on_its_own(rule: str, text: str, gone: bool) -> None:
    assert cleared(rule, [text]) is gone


def test_nothing_read_clears_nothing() -> None:
    # a shape the rule's pattern finds and this reader does not: the finding is kept
    assert not cleared(WIN_DNS_RULE, ["no setting here"])
    assert not cleared("PG-WIN-PROXY-SCRIPT-REDIRECT", ["anything"])


def test_a_stranger_setting_in_a_decoded_layer_keeps_the_finding() -> None:
    layers = [
        "netsh interface ip set dns Ethernet static 1.1.1.1",
        "netsh interface ip set dns Wi-Fi static 203.0.113.53",
    ]
    assert not cleared(WIN_DNS_RULE, layers)


def test_hostile_text_is_read_in_bounded_time() -> None:
    line = "netsh interface ip set dns x static " + "1.1.1.1 " * 20000
    hosts = r"C:\Windows\System32\drivers\etc\hosts " + "10.0.0.1 a.b " * 20000
    proxy = "networksetup -setwebproxy " + "\\ " * 40000
    started = time.perf_counter()
    for rule in redirects.RULES:
        cleared(
            rule, [line, hosts, proxy, ("nameserver 9.9.9.9 " * 5000 + "> /etc/resolv.conf\n") * 4]
        )
    assert time.perf_counter() - started < 2.0
