"""fpover18 texts: long logs, source files and other bulky things people paste (own words, built
deterministically so a few kilobytes read like the real thing)."""

from __future__ import annotations


def _nginx_log() -> str:
    paths = [
        "/",
        "/api/v1/orders",
        "/static/app.9f3c1.js",
        "/login",
        "/healthz",
        "/api/v1/cart",
        "/favicon.ico",
    ]
    agents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "kube-probe/1.30",
    ]
    lines = []
    for i in range(120):
        ip = f"10.{i % 4}.{(i * 7) % 250}.{(i * 13) % 250 + 1}"
        path = paths[i % len(paths)]
        status = (200, 200, 304, 200, 404, 200, 302)[i % 7]
        lines.append(
            f'{ip} - - [04/Dec/2024:10:{i // 60:02d}:{i % 60:02d} +0000] "GET {path} HTTP/1.1" {status} '
            f'{(i * 317) % 9000 + 120} "-" "{agents[i % len(agents)]}"'
        )
    return "\n".join(lines)


def _journal() -> str:
    units = ["sshd[1123]", "systemd[1]", "kernel", "cron[842]", "dockerd[991]", "nginx[1402]"]
    msgs = [
        "Accepted publickey for deploy from 10.0.3.17 port 52344 ssh2: ED25519 SHA256:Qm9vZm9vZm9vZm9vZm9v",
        "Started Daily apt download activities.",
        "EXT4-fs (nvme0n1p2): re-mounted. Quota mode: none.",
        "(root) CMD (cd / && run-parts --report /etc/cron.hourly)",
        'time="2024-12-04T10:12:01Z" level=info msg="Container health status changed" container=web status=healthy',
        "2024/12/04 10:12:03 [warn] 1402#1402: *8812 upstream response is buffered to a temporary file",
        "Started Session 41 of User deploy.",
        "Finished Rotate log files.",
    ]
    out = []
    for i in range(150):
        out.append(
            f"Dec 04 10:{i // 60:02d}:{i % 60:02d} web01 {units[i % len(units)]}: {msgs[i % len(msgs)]}"
        )
    return "\n".join(out)


def _windows_setup_log() -> str:
    out = []
    for i in range(100):
        out.append(
            f"2024-12-04 09:{i // 60:02d}:{i % 60:02d}, Info                  CBS    "
            + (
                "Exec: Processing package Package_for_RollupFix~31bf3856ad364e35~amd64~~26100.2454.1.10",
                "Session: 31149128_1 initialized by client WindowsUpdateAgent, external staging directory: (null)",
                "Appl: detect Parent, Package: Microsoft-Windows-Client-Features-Package, Parent: Microsoft-Windows-Client-LanguagePack-Package",
                "Perf: InstallUninstallChain complete.",
                "Startup: Processing complete, session(Corruption Repairing): 31149128_2, hr: 0x0",
            )[i % 5]
        )
    return "\n".join(out)


def _build_log() -> str:
    steps = [
        "##[group]Run actions/checkout@v4",
        "Syncing repository: acme/storefront",
        "##[endgroup]",
        "##[group]Run curl -LsSf https://astral.sh/uv/install.sh | sh",
        "downloading uv 0.5.4 x86_64-unknown-linux-gnu",
        "installing to /home/runner/.local/bin",
        "  uv",
        "  uvx",
        "everything's installed!",
        "##[endgroup]",
        "##[group]Run uv sync --all-extras",
        "Resolved 84 packages in 1.21s",
        "Installed 84 packages in 312ms",
        "##[endgroup]",
        "##[group]Run uv run pytest -q",
    ]
    tests = [
        f"tests/test_orders.py::test_case_{i:03d} PASSED                                   [{i}%]"
        for i in range(1, 100)
    ]
    return "\n".join(
        [f"2024-12-04T10:11:{i % 60:02d}.{i:07d}Z {line}" for i, line in enumerate(steps + tests)]
        + [
            "2024-12-04T10:12:40.0000000Z ======================== 99 passed in 14.21s ========================"
        ]
    )


def _python_module() -> str:
    head = '''"""Small HTTP client for the orders service with retries and timeouts."""

from __future__ import annotations

import json
import logging
import subprocess
import time
import urllib.request
from dataclasses import dataclass

log = logging.getLogger(__name__)

BASE_URL = "https://orders.internal.acme.example/api/v1"


@dataclass
class Order:
    id: int
    status: str
    total_cents: int


def _get(path: str, retries: int = 3) -> dict:
    for attempt in range(retries):
        try:
            with urllib.request.urlopen(f"{BASE_URL}{path}", timeout=5) as resp:
                return json.load(resp)
        except OSError as exc:
            log.warning("GET %s failed (%s), attempt %d", path, exc, attempt + 1)
            time.sleep(2 ** attempt)
    raise RuntimeError(f"giving up on {path}")


def git_revision() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
'''
    body = []
    for i in range(40):
        body.append(
            f'''

def list_orders_page_{i}(status: str = "open") -> list[Order]:
    """Page {i} of the orders with the given status."""
    data = _get(f"/orders?status={{status}}&page={i}")
    return [Order(o["id"], o["status"], o["total_cents"]) for o in data["items"]]'''
        )
    return head + "".join(body) + "\n"


def _powershell_script() -> str:
    return (
        r"""<#
.SYNOPSIS
    Collects inventory from workstations and writes a CSV for the asset database.
.NOTES
    Runs nightly as a scheduled task under the svc-inventory account.
#>
[CmdletBinding()]
param(
    [string]$SearchBase = 'OU=Workstations,DC=corp,DC=example',
    [string]$OutFile = '\\fs01\it\inventory\inventory-{0:yyyyMMdd}.csv' -f (Get-Date)
)

$ErrorActionPreference = 'Stop'
$computers = Get-ADComputer -SearchBase $SearchBase -Filter 'Enabled -eq $true' | Select-Object -ExpandProperty Name

$results = foreach ($name in $computers) {
    if (-not (Test-Connection -ComputerName $name -Count 1 -Quiet)) {
        Write-Verbose "$name offline"
        continue
    }
    try {
        $os   = Get-CimInstance -ComputerName $name -ClassName Win32_OperatingSystem
        $bios = Get-CimInstance -ComputerName $name -ClassName Win32_BIOS
        $cs   = Get-CimInstance -ComputerName $name -ClassName Win32_ComputerSystem
        [pscustomobject]@{
            Name      = $name
            OS        = $os.Caption
            Build     = $os.BuildNumber
            Serial    = $bios.SerialNumber
            Model     = $cs.Model
            MemoryGB  = [math]::Round($cs.TotalPhysicalMemory / 1GB, 1)
            LastBoot  = $os.LastBootUpTime
        }
    } catch {
        Write-Warning "$name : $($_.Exception.Message)"
    }
}

$results | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
Write-Output "Wrote $($results.Count) rows to $OutFile"
"""
        * 3
    )


def _bash_script() -> str:
    return """#!/usr/bin/env bash
# bootstrap.sh - set up a fresh Ubuntu dev VM for the storefront team
set -euo pipefail

log() { printf '[bootstrap] %s\\n' "$*"; }

if [[ $EUID -eq 0 ]]; then
  echo "run as your normal user; sudo is used where needed" >&2
  exit 1
fi

log "apt packages"
sudo apt-get update -y
sudo apt-get install -y build-essential git curl jq unzip postgresql-client

log "docker"
if ! command -v docker >/dev/null; then
  curl -fsSL https://get.docker.com -o /tmp/get-docker.sh
  sudo sh /tmp/get-docker.sh
  sudo usermod -aG docker "$USER"
fi

log "node via nvm"
export NVM_DIR="$HOME/.nvm"
if [[ ! -d $NVM_DIR ]]; then
  curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash
fi
# shellcheck source=/dev/null
. "$NVM_DIR/nvm.sh"
nvm install 20
corepack enable

log "python via uv"
if ! command -v uv >/dev/null; then
  curl -LsSf https://astral.sh/uv/install.sh | sh
fi

log "repo"
mkdir -p ~/src && cd ~/src
[[ -d storefront ]] || git clone git@github.com:acme/storefront.git
cd storefront && make setup

log "done - log out and back in so the docker group applies"
"""


def _stack_trace() -> str:
    frames = "\n".join(
        f"\tat com.acme.orders.service.OrderService.process{i}(OrderService.java:{100 + i * 7})"
        for i in range(40)
    )
    return (
        "2024-12-04 10:14:22.118 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : "
        "Servlet.service() for servlet [dispatcherServlet] threw exception\n"
        "java.lang.IllegalStateException: Connection pool exhausted (max=20, active=20, idle=0, waiting=37)\n"
        + frames
        + "\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)\n"
        "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n"
        "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n\t... 52 common frames omitted"
    )


def _sysmon_event() -> str:
    return """Process Create:
RuleName: -
UtcTime: 2024-12-04 09:12:44.871
ProcessGuid: {5a1c2b3d-0001-6750-2a01-000000000f00}
ProcessId: 8812
Image: C:\\Program Files\\Git\\usr\\bin\\curl.exe
FileVersion: 8.10.1
Description: curl
Product: curl
Company: curl, https://curl.se/
OriginalFileName: curl.exe
CommandLine: curl -fsSL https://github.com/acme/cli/releases/download/v2.3.1/acme-cli-windows-amd64.zip -o acme.zip
CurrentDirectory: C:\\Users\\dev01\\Downloads\\
User: CORP\\dev01
LogonId: 0x2A1B3C
IntegrityLevel: Medium
Hashes: SHA256=9C0E2F8A3B1D4C5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6
ParentProcessId: 7720
ParentImage: C:\\Program Files\\Git\\usr\\bin\\bash.exe
ParentCommandLine: "C:\\Program Files\\Git\\bin\\..\\usr\\bin\\bash.exe" --login -i
ParentUser: CORP\\dev01"""


def _package_lock() -> str:
    parts = []
    for i, name in enumerate(
        [
            "react",
            "react-dom",
            "scheduler",
            "loose-envify",
            "js-tokens",
            "next",
            "postcss",
            "nanoid",
            "picocolors",
            "source-map-js",
        ]
        * 4
    ):
        parts.append(
            f'''    "node_modules/{name}{"" if i < 10 else "-" + str(i)}": {{
      "version": "{18 + i % 3}.{i}.{i * 2}",
      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{18 + i % 3}.{i}.{i * 2}.tgz",
      "integrity": "sha512-{("Zm9vYmFy" * 11)[:86]}==",
      "license": "MIT"
    }}'''
        )
    return (
        '{\n  "name": "storefront",\n  "lockfileVersion": 3,\n  "packages": {\n'
        + ",\n".join(parts)
        + "\n  }\n}"
    )


def _mail_headers() -> str:
    return """Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
        by mx.acme.example (Postfix) with ESMTPS id 4Y3kF02xQ1z9sVn
        for <anna@acme.example>; Wed,  4 Dec 2024 10:02:11 +0100 (CET)
Authentication-Results: mx.acme.example;
        dkim=pass header.d=gmail.com header.s=20230601 header.b=K8p1dX3q;
        spf=pass (mx.acme.example: domain of j.doe@gmail.com designates 209.85.218.54 as permitted sender) smtp.mailfrom=j.doe@gmail.com;
        dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1733302930;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
        b=K8p1dX3qV9mY0zR2nW5tQ8uJ1kL4oP7sA0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8g==
From: Jane Doe <j.doe@gmail.com>
Date: Wed, 4 Dec 2024 10:02:00 +0100
Message-ID: <CAF7x2kP9mQ1r8VwZk3nB5t@mail.gmail.com>
Subject: Re: quote for the kitchen
To: anna@acme.example
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6"
X-MS-Exchange-Organization-SCL: 1"""


def _gpl_like() -> str:
    para = (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        'associated documentation files (the "Software"), to deal in the Software without restriction, including '
        "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell "
        "copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the "
        'following conditions. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n\n'
    )
    return "Third-party notices\n\n" + "".join(
        f"== package-{i} (MIT) ==\n{para}" for i in range(60)
    )


def _sql_migration() -> str:
    cols = "\n".join(f"    col_{i:02d} text," for i in range(30))
    return (
        "-- migrate:up\nBEGIN;\nCREATE TABLE IF NOT EXISTS audit_events (\n    id bigserial PRIMARY KEY,\n"
        + cols
        + "\n    created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS audit_events_created_idx ON audit_events (created_at);\n"
        "GRANT SELECT ON audit_events TO reporting;\nCOMMIT;\n\n-- migrate:down\nDROP TABLE audit_events;\n"
    )


LONG = [
    (None, "other", _nginx_log()),
    ("https://grafana.acme.example/explore", "other", _journal()),
    (None, "other", _windows_setup_log()),
    ("https://github.com/acme/storefront/actions/runs/12233445566", "other", _build_log()),
    ("https://github.com/acme/orders-client/blob/main/orders/client.py", "other", _python_module()),
    (
        "https://github.com/acme/it-scripts/blob/main/Get-Inventory.ps1",
        "other",
        _powershell_script(),
    ),
    ("https://github.com/acme/dev-setup/blob/main/bootstrap.sh", "other", _bash_script()),
    (None, "other", _stack_trace()),
    (None, "other", _sysmon_event()),
    ("https://github.com/acme/storefront/blob/main/package-lock.json", "other", _package_lock()),
    (None, "other", _mail_headers()),
    (None, "other", _gpl_like()),
    (
        "https://github.com/acme/storefront/blob/main/db/migrations/20241204_audit.sql",
        "other",
        _sql_migration(),
    ),
]
