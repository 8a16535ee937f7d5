"""Writes tests/data/cases/gaps20.jsonl: the project's known lure gaps (issue 9's lures that are
not commands, and the Run box), closed by technique in several languages, each beside the
genuine texts that must stay as they are.

    python tests/data/cases/make_gaps20.py

Deterministic (every case is a fixed text). Lure hosts are reserved names (.example, .test,
.invalid, documentation IP ranges) and every phone number is in a 555 block. No text is copied
from a lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `account-limited-i18n`: "your PayPal account has been limited / we have limited your account
  … call" in French, Spanish, Italian, Portuguese, Dutch, German, Polish, Turkish, Swedish,
  Danish, Norwegian, Finnish, Czech, Hungarian, Romanian and Russian (English was read last
  session): the company's name after the noun ("votre compte PayPal", "su cuenta
  de PayPal", "il tuo conto PayPal", "uw PayPal-rekening") and the company speaking ("nous avons
  limité votre compte"): a scam, blocked beside the brand. Look-alikes: the genuine notice in
  the same language that sends you to the company's own site typed by hand ("connectez-vous
  sur paypal.fr", "inicie sesión en paypal.es") or its app, with a number for questions; a plan
  "limited to 3 users"; an if-clause; an awareness note quoting the lure.
- `device-code-excuse-cli-i18n`: a CLI's sign-in line (az login, gh auth login, aws sso login)
  in front of a device sign-in code with an excuse in German, French, Spanish, Italian,
  Portuguese or Dutch (a document shared with you, "to view it", an invoice ready, your mailbox
  suspended), and in Polish, Russian, Turkish, Japanese and Chinese: blocked, as the English
  excuse was. Look-alikes: Microsoft's own documentation text and the CLI's own output in those
  languages (sign in, then see your subscriptions).
- `device-code-excuse-cli-more` (neighbours): the same excuse behind PowerShell's device
  sign-ins (Connect-AzAccount -UseDeviceAuthentication, Connect-MgGraph -UseDeviceCode,
  Connect-ExchangeOnline -Device) and a reward excuse behind gh auth login. Look-alikes: those
  cmdlets' own output line copied from one's console, now read as the tool's own output as az
  login's is (it was a warning), and gh's own prompt.
- `redirect-per-setting`: within one redirect act (hosts entries, DNS servers, a web proxy), a
  harmless setting (a local address, a well-known public resolver, a local proxy) beside a
  stranger's setting on another interface or line: flagged, as the stranger's setting alone
  is (the act's clearing used to read the whole text). Look-alikes: every setting harmless
  (a local resolver on one interface and a public one on another, an ad blocker's 0.0.0.0
  and a local test entry, a debugging proxy and the office's), quiet as before. Also the
  desktop's settings tools (gsettings, nmcli, networksetup…) chained with `;` on one line, which
  prose.py read as a sentence: a stranger's proxy set that way is flagged, a theme or the
  office's proxy set that way stays quiet.
- `share-program-from-page`: a web page dressed up as a check page or a company writing the path
  of a program, script or shortcut on another computer's share into the Run box or Explorer's
  address bar (a one-word host or a dotted name, quoted, or file://host/…): the SMB form of the
  fake check (its WebDAV and address forms were blocked already): blocked. Look-alikes, quiet:
  the same path from any other page (an intranet on a public name hands out \\\\deploy01's
  setup.exe in the same words, and earlier rounds pinned it), typed with no page, from a page on
  the local network, a publisher's own share from its docs (\\\\live.sysinternals.com from
  Microsoft Learn), a plain folder or a document on a share.
- `cli-sign-in-output-sent` (neighbour): a CLI's browserless sign-in run the other way round,
  `gcloud auth login --remote-bootstrap="https://accounts.google.com/…"` handed over with an
  order to send its output to a ticket, a chat or a form (en de fr es): blocked. Look-alikes:
  gcloud's own prompt ("copy its output back here", "Enter the output of the above command"),
  the command alone from Google's docs, a training note about the trick.
- `account-limited-en-forms` (neighbour): English forms last session's words missed: "your
  Amazon account has been temporarily suspended", "your PayPal account is on hold", "we've placed
  a limitation on your account", each beside a number to call: blocked. Look-alikes: an
  if-clause, a vendor's advice about a compromised account, a genuine hold notice that sends you
  to the app or the site typed by hand, a membership (not an account) on hold.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("g20")
add = book.add

# ---- account-limited-i18n ---------------------------------------------------------------------
LIMITED = [
    "Votre compte PayPal a été limité. Appelez le service client au 01 55 50 12 34 pour rétablir "
    "l'accès.",
    "Nous avons limité votre compte PayPal. Pour lever la limitation, appelez le +33 1 55 50 12 34.",
    "Su cuenta de PayPal ha sido limitada. Llame al 900 555 123 para restablecer el acceso.",
    "Hemos limitado su cuenta de PayPal. Llame a atención al cliente: +34 91 555 01 23.",
    "Il tuo conto PayPal è stato limitato. Chiama il numero verde 800 555 123 per ripristinarlo.",
    "Abbiamo limitato il tuo conto PayPal. Chiama subito il +39 02 5550 1234.",
    "A sua conta PayPal foi limitada. Ligue para 0800 555 1234 para reativar o acesso.",
    "Limitamos a sua conta PayPal. Ligue para o apoio ao cliente: +351 21 555 0123.",
    "Informamos que sua conta do PayPal foi suspensa. Ligue agora: 0800 555 1234.",
    "Uw PayPal-rekening is beperkt. Bel onze klantenservice op 020 555 0123 om de beperking op te "
    "heffen.",
    "We hebben uw PayPal-rekening beperkt. Bel direct 0800 555 0123.",
    "Wir haben Ihr PayPal-Konto eingeschränkt. Rufen Sie 030 5550 1234 an.",
    "Ihr Konto bei Amazon wurde gesperrt. Rufen Sie den Kundendienst an: 0800 555 1234.",
    "Twoje konto PayPal zostało ograniczone. Zadzwoń pod numer 800 555 123.",
    "PayPal hesabınız sınırlandırıldı. Hemen 0850 555 12 34 numaralı hattı arayın.",
    "Votre compte Amazon a été suspendu. Appelez le 01 55 50 12 34.",
    "Su cuenta de Amazon ha sido suspendida. Llame al 900 555 123.",
    "Il tuo account Netflix è stato sospeso. Chiama il 800 555 123 per riattivarlo.",
    # the other languages the scam rules read
    "Ditt PayPal-konto har begränsats. Ring kundtjänst på 020-555 12 34.",
    "Din PayPal-konto er blevet begrænset. Ring til kundeservice på +45 55 51 23 40.",
    "Din PayPal-konto er begrenset. Ring kundeservice på +47 555 01 234.",
    "PayPal-tilisi on rajoitettu. Soita asiakaspalveluun +358 9 555 0123.",
    "Váš účet PayPal byl omezen. Zavolejte na linku 800 555 214.",
    "A PayPal-fiókját korlátoztuk. Hívja ügyfélszolgálatunkat: +36 1 555 0147.",
    "Contul dumneavoastră PayPal a fost restricționat. Sunați la +40 21 555 0198.",
    "Ваш аккаунт PayPal ограничен. Позвоните по номеру 8 800 555-12-34.",
    "Ditt PayPal-konto har begränsats. Ring omedelbart 020-555 12 34 eller öppna appen.",
]
LIMITED_PAGES = [None, "https://deals.coupon-corner.example/today", None]
for i, text in enumerate(LIMITED):
    add("account-limited-i18n", text, "malicious", source=LIMITED_PAGES[i % len(LIMITED_PAGES)])

GENUINE_LIMITED = [
    "Votre compte PayPal a été limité. Pour en savoir plus, connectez-vous sur paypal.fr en "
    "saisissant l'adresse vous-même. Une question ? Appelez-nous au 01 55 50 12 34.",
    "Su cuenta de PayPal ha sido limitada. Para más información, inicie sesión en paypal.es "
    "escribiendo la dirección usted mismo. ¿Dudas? Llame al 900 555 123.",
    "Il tuo conto PayPal è stato limitato. Per i dettagli accedi a paypal.it digitando tu "
    "l'indirizzo. Per domande chiama il 800 555 123.",
    "A sua conta PayPal foi limitada. Para saber mais, acesse paypal.pt digitando o endereço. "
    "Dúvidas? Ligue para 0800 555 1234.",
    "Uw PayPal-rekening is beperkt. Log in op paypal.nl (typ het adres zelf) voor meer "
    "informatie. Vragen? Bel 020 555 0123.",
    "Wir haben Ihr Konto eingeschränkt, bis die Unterlagen vorliegen. Melden Sie sich bei "
    "paypal.de an, um sie hochzuladen. Fragen? 0800 555 1234.",
    "Votre compte PayPal est limité. Consultez les détails dans l'application PayPal. Pour toute "
    "question, appelez le 01 55 50 12 34.",
    "Su cuenta de PayPal está limitada. Revise los detalles en la app de PayPal. Si tiene dudas, "
    "llame al 900 555 123.",
    "Twoje konto PayPal zostało ograniczone. Szczegóły znajdziesz w aplikacji PayPal. Pytania? "
    "Zadzwoń 800 555 123.",
    "PayPal hesabınız sınırlandırıldı. Ayrıntılar için PayPal mobil uygulamasına bakın. "
    "Sorularınız için 0850 555 12 34 numarasını arayın.",
    "Ditt PayPal-konto har begränsats. Se detaljerna i PayPal-appen eller logga in på paypal.se. "
    "Frågor? Ring 020-555 12 34.",
    "Din PayPal-konto er blevet begrænset. Log ind på paypal.dk for at se hvorfor. Spørgsmål? "
    "Ring +45 55 51 23 40.",
    "Din PayPal-konto er begrenset. Logg inn på paypal.no for detaljer. Spørsmål? Ring "
    "+47 555 01 234.",
    "PayPal-tilisi on rajoitettu. Katso lisätiedot PayPal-sovelluksessa tai kirjaudu osoitteessa "
    "paypal.fi. Kysyttävää? Soita +358 9 555 0123.",
    "Váš účet PayPal byl omezen. Podrobnosti najdete v aplikaci PayPal. Dotazy? Volejte "
    "800 555 214.",
    "A PayPal-fiókját korlátoztuk. A részleteket a PayPal alkalmazásban látja. Kérdés esetén "
    "hívja: +36 1 555 0147.",
    "Contul dumneavoastră PayPal a fost restricționat. Detaliile sunt în aplicația PayPal. "
    "Întrebări? Sunați la +40 21 555 0198.",
    "Ваш аккаунт PayPal ограничен. Подробности — в приложении PayPal. Вопросы? Позвоните "
    "8 800 555-12-34.",
    # a plan's limit is no account restriction
    "Votre compte est limité à 3 utilisateurs dans l'offre Basique. Pour passer à l'offre Pro, "
    "appelez le 01 55 50 12 34.",
    "Su cuenta está limitada a 5 usuarios en el plan gratuito. Para ampliarla, llame al "
    "91 555 01 23.",
    # advice in an if-clause, and an awareness note quoting the lure
    "Si votre compte PayPal a été limité, connectez-vous sur paypal.fr pour voir pourquoi ; "
    "appelez le 01 55 50 12 34 si vous avez besoin d'aide.",
    "Attention aux arnaques : « Votre compte PayPal a été limité, appelez le 01 55 50 12 34 » est "
    "un message frauduleux.",
    "Si vous pensez que votre compte Apple a été compromis, appelez l'assistance Apple au "
    "0805 555 003.",
]
for text in GENUINE_LIMITED:
    add("account-limited-i18n", text, "clean")

# ---- device-code-excuse-cli-i18n --------------------------------------------------------------
DL = "https://microsoft.com/devicelogin"
CLI_EXCUSES = [
    f"$ az login\nEin Dokument wurde für Sie freigegeben. Um es anzuzeigen, öffnen Sie {DL} und "
    "geben Sie den Code QX7PLM2AN ein.",
    f"$ az login\nIhr Postfach wird heute gesperrt. Um den Zugriff zu behalten, öffnen Sie {DL} "
    "und geben Sie den Code QX7PLM2AN ein.",
    "$ gh auth login\nEin Repository wurde mit Ihnen geteilt. Um es zu öffnen, gehen Sie zu "
    "https://github.com/login/device und geben Sie 7K2D-QP4M ein.",
    f"$ az login\nUn document a été partagé avec vous. Pour le consulter, ouvrez {DL} et "
    "saisissez le code QX7PLM2AN.",
    f"$ az login\nVotre boîte aux lettres sera suspendue aujourd'hui. Pour conserver l'accès, "
    f"ouvrez {DL} et entrez le code QX7PLM2AN.",
    "$ aws sso login\nVotre facture est prête. Pour la consulter, ouvrez "
    "https://device.sso.us-east-1.amazonaws.com et saisissez le code QXPL-MZTR.",
    f"$ az login --use-device-code\nSe ha compartido un documento con usted. Para verlo, abra {DL} "
    "e introduzca el código QX7PLM2AN.",
    "$ aws sso login --profile prod\nSu factura está lista. Para verla, abra "
    "https://device.sso.us-east-1.amazonaws.com e introduzca el código QXPL-MZTR.",
    f"az login\nUn documento è stato condiviso con te. Per visualizzarlo, apri {DL} e inserisci il "
    "codice QX7PLM2AN.",
    f"az login\nUm documento foi compartilhado com você. Para visualizá-lo, acesse {DL} e digite o "
    "código QX7PLM2AN.",
    f"az login\nEr is een document met u gedeeld. Om het te bekijken, opent u {DL} en voert u de "
    "code QX7PLM2AN in.",
    # the CLI's own English output, then a threat in French
    f"$ az login --use-device-code\nTo sign in, use a web browser to open the page {DL} and enter "
    "the code QX7PLM2AN to authenticate.\nVotre boîte aux lettres sera suspendue aujourd'hui si "
    "vous ne le faites pas.",
]
CLI_EXCUSES += [
    f"$ az login\nUdostępniono Ci dokument. Aby go zobaczyć, otwórz {DL} i wpisz kod QX7PLM2AN.",
    f"$ az login\nС вами поделились документом. Чтобы открыть его, перейдите на {DL} и введите "
    "код QX7PLM2AN.",
    f"$ az login\nВаш почтовый ящик будет заблокирован сегодня. Откройте {DL} и введите код "
    "QX7PLM2AN.",
    f"$ az login\nSizinle bir belge paylaşıldı. Belgeyi görüntülemek için {DL} adresini açın ve "
    "QX7PLM2AN kodunu girin.",
    f"$ az login\nドキュメントがあなたと共有されました。ドキュメントを表示するには {DL} を開き、"
    "コード QX7PLM2AN を入力してください。",
    f"$ az login\n有一份文档与您共享。要查看该文档，请打开 {DL} 并输入代码 QX7PLM2AN。",
]
for text in CLI_EXCUSES:
    add("device-code-excuse-cli-i18n", text, "malicious")

CLI_DOCS = [
    f"$ az login --use-device-code\nUm sich anzumelden, öffnen Sie die Seite {DL} und geben Sie "
    "den Code HGT5KQ2LM zur Authentifizierung ein.\nNach der Anmeldung zeigt die CLI Ihre "
    "Abonnements an.",
    "Führen Sie az login --use-device-code aus. Die CLI gibt einen Code aus, z. B. HGT5KQ2LM; "
    f"öffnen Sie {DL} in einem Browser und geben Sie ihn ein, um sich anzumelden. Danach können "
    "Sie Ihre Ressourcen anzeigen.",
    f"Exécutez az login. Si le navigateur ne s'ouvre pas, ouvrez {DL} et entrez le code affiché "
    "dans le terminal (par exemple HGT5KQ2LM) pour vous authentifier. Vos abonnements "
    "s'affichent ensuite.",
    f"Ejecute az login --use-device-code. Abra {DL} y escriba el código que muestra la CLI (por "
    "ejemplo HGT5KQ2LM) para autenticarse. Después podrá ver sus suscripciones.",
    f"Voer az login --use-device-code uit, open {DL} en voer de code uit de terminal in "
    "(bijvoorbeeld HGT5KQ2LM). Daarna ziet u uw abonnementen.",
    f"Esegui az login --use-device-code, apri {DL} e inserisci il codice mostrato dalla CLI (ad "
    "esempio HGT5KQ2LM) per autenticarti. Poi vedrai le tue sottoscrizioni.",
    f"Execute az login --use-device-code, abra {DL} e digite o código mostrado pela CLI (por "
    "exemplo HGT5KQ2LM) para se autenticar. Depois você verá as suas assinaturas.",
    # an awareness note in German about the trick
    f"Achtung Phishing: Angreifer schicken „az login“ und dann {DL} mit einem Code wie QX7PLM2AN "
    "und behaupten, ein Dokument sei für Sie freigegeben. Geben Sie niemals einen Code ein, den "
    "Ihnen jemand schickt.",
]
CLI_DOCS += [
    f"Uruchom az login --use-device-code, otwórz {DL} i wpisz kod wyświetlony w terminalu (np. "
    "HGT5KQ2LM), aby się uwierzytelnić. Potem zobaczysz swoje subskrypcje.",
    f"Выполните az login --use-device-code, откройте {DL} и введите код из терминала (например, "
    "HGT5KQ2LM), чтобы пройти проверку подлинности.",
    f"az login --use-device-code を実行し、{DL} を開いて、ターミナルに表示されたコード（例: "
    "HGT5KQ2LM）を入力して認証します。",
    f"运行 az login --use-device-code，打开 {DL} 并输入终端中显示的代码（例如 HGT5KQ2LM）进行身份验证。",
    f"az login --use-device-code komutunu çalıştırın, {DL} adresini açın ve terminalde gösterilen "
    "kodu (örneğin HGT5KQ2LM) girin.",
]
for text in CLI_DOCS:
    add("device-code-excuse-cli-i18n", text, "clean")

# ---- device-code-excuse-cli-more (neighbours) -------------------------------------------------
MORE_CLI = [
    f"PS> Connect-AzAccount -UseDeviceAuthentication\nA document has been shared with you. To view "
    f"it, open {DL} and enter the code QX7PLM2AN.",
    f"PS> Connect-MgGraph -UseDeviceCode\nEin Dokument wurde für Sie freigegeben. Um es "
    f"anzuzeigen, öffnen Sie {DL} und geben Sie den Code QX7PLM2AN ein.",
    f"PS> Connect-ExchangeOnline -Device\nVotre boîte aux lettres sera suspendue aujourd'hui. "
    f"Ouvrez {DL} et entrez le code QX7PLM2AN pour conserver l'accès.",
    "$ gh auth login --web\n! First copy your one-time code: 7K2D-QP4M\nYour payout is pending. To "
    "claim your bounty payout, open https://github.com/login/device and paste the code.",
    "$ gcloud auth login --no-browser\nA contract is waiting for your signature. To sign it, open "
    "https://google.com/device and enter the code QXPL-MZTR.",
]
for text in MORE_CLI:
    add("device-code-excuse-cli-more", text, "malicious")

MORE_CLI_OWN = [
    f"PS> Connect-MgGraph -UseDeviceCode\nTo sign in, use a web browser to open the page {DL} and "
    "enter the code QX7PLM2AN to authenticate.",
    f"PS C:\\> Connect-AzAccount -UseDeviceAuthentication\nWARNING: To sign in, use a web browser "
    f"to open the page {DL} and enter the code HGT5KQ2LM to authenticate.",
    "$ gh auth login\n! First copy your one-time code: 7K2D-QP4M\nPress Enter to open github.com "
    "in your browser...",
    "$ aws sso login\nAttempting to automatically open the SSO authorization page in your default "
    "browser.\nIf the browser does not open or you wish to use a different device to authorize "
    "this request, open the following URL:\nhttps://device.sso.us-east-1.amazonaws.com/\nThen "
    "enter the code:\nQXPL-MZTR",
]
for text in MORE_CLI_OWN:
    add("device-code-excuse-cli-more", text, "not_flagged")

# ---- redirect-per-setting ---------------------------------------------------------------------
HOSTS = r"C:\Windows\System32\drivers\etc\hosts"
REDIRECTS = [
    (
        'netsh interface ip set dns name="Wi-Fi" static 192.168.1.1 & netsh interface ip set dns '
        'name="Ethernet" static 203.0.113.53',
        "windows",
    ),
    (
        "Set-DnsClientServerAddress -InterfaceAlias Wi-Fi -ServerAddresses 192.168.1.1; "
        "Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses "
        '("203.0.113.53","203.0.113.54")',
        "windows",
    ),
    (
        "netsh interface ip set dns Ethernet static 203.0.113.53 & netsh interface ip add dns "
        "Ethernet 8.8.8.8 index=2",
        "windows",
    ),
    (
        f'Add-Content {HOSTS} "10.0.0.5 intranet.corp.test"; Add-Content {HOSTS} '
        '"198.51.100.40 secure.mybank.test"',
        "windows",
    ),
    (
        "sudo networksetup -setdnsservers Wi-Fi 192.168.1.1; sudo networksetup -setdnsservers "
        "Ethernet 203.0.113.53",
        "macos",
    ),
    (
        'echo "nameserver 127.0.0.53" | sudo tee /etc/resolv.conf; echo "nameserver 203.0.113.9" | '
        "sudo tee -a /etc/resolv.conf",
        "linux",
    ),
    (
        "sudo networksetup -setwebproxy Wi-Fi 127.0.0.1 8888; sudo networksetup -setsecurewebproxy "
        "Ethernet 203.0.113.80 8080",
        "macos",
    ),
    (
        "gsettings set org.gnome.system.proxy.http host '10.0.0.2'\ngsettings set "
        "org.gnome.system.proxy.https host '203.0.113.80'",
        "linux",
    ),
]
for text, platform in REDIRECTS:
    add("redirect-per-setting", text, "flagged", platform, "terminal")
    add(
        "redirect-per-setting",
        text,
        "flagged",
        platform,
        "terminal",
        "https://fix-network.example/dns-repair",
    )

HARMLESS_REDIRECTS = [
    (
        'netsh interface ip set dns name="Wi-Fi" static 192.168.1.1 & netsh interface ip set dns '
        'name="Ethernet" static 1.1.1.1',
        "windows",
    ),
    (
        'Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses ("10.0.0.10","10.0.0.11"); '
        "Set-DnsClientServerAddress -InterfaceAlias Wi-Fi -ServerAddresses 9.9.9.9",
        "windows",
    ),
    (
        "sudo networksetup -setdnsservers Wi-Fi 1.1.1.1 1.0.0.1\nsudo dscacheutil -flushcache; sudo "
        "killall -HUP mDNSResponder",
        "macos",
    ),
    (
        "sudo networksetup -setdnsservers Wi-Fi 192.168.1.1; sudo networksetup -setdnsservers "
        "Ethernet 8.8.8.8 2001:4860:4860::8888",
        "macos",
    ),
    (
        f'Add-Content {HOSTS} "127.0.0.1 api.local.test"; Add-Content {HOSTS} '
        '"0.0.0.0 ads.tracker.example"',
        "windows",
    ),
    (
        "sudo networksetup -setwebproxy Wi-Fi 127.0.0.1 8888; sudo networksetup -setsecurewebproxy "
        "Wi-Fi proxy.office.corp 3128",
        "macos",
    ),
    (
        'echo "nameserver 1.1.1.1" | sudo tee /etc/resolv.conf; echo "nameserver 192.168.1.1" | '
        "sudo tee -a /etc/resolv.conf",
        "linux",
    ),
]
ONE_LINE = (
    "gsettings set org.gnome.system.proxy mode 'manual'; gsettings set org.gnome.system.proxy"
)
add(
    "redirect-per-setting",
    f"{ONE_LINE}.https host '203.0.113.80'; {ONE_LINE[:35]} port 8080",
    "flagged",
    "linux",
    "terminal",
)
add(
    "redirect-per-setting",
    f"{ONE_LINE}.https host '203.0.113.80'; {ONE_LINE[:35]} port 8080",
    "flagged",
    "linux",
    "terminal",
    "https://fix-network.example/dns-repair",
)
HARMLESS_REDIRECTS += [
    (
        "gsettings set org.gnome.desktop.interface color-scheme 'prefer-dark'; gsettings set "
        "org.gnome.desktop.interface gtk-theme 'Adwaita-dark'",
        "linux",
    ),
    (f"{ONE_LINE}.http host '10.0.0.2'; {ONE_LINE[:35]} port 3128", "linux"),
    (
        'nmcli connection modify "Wired connection 1" ipv4.dns "1.1.1.1 8.8.8.8"; nmcli connection '
        'up "Wired connection 1"',
        "linux",
    ),
]
for text, platform in HARMLESS_REDIRECTS:
    add(
        "redirect-per-setting",
        text,
        "not_flagged",
        platform,
        "terminal",
        "https://wiki.contoso.com/it/network",
    )
    add("redirect-per-setting", text, "not_flagged", platform, "terminal")

# ---- share-program-from-page ------------------------------------------------------------------
CHECK_PAGE = "https://verify-human.example/captcha"
SHOP_PAGE = "https://deals.coupon-corner.example/today"
SHARE_PROGRAMS = [
    (r"\\fileserv\share\update.exe", "run_dialog", CHECK_PAGE),
    (r"\\fileserv\public\verify.hta", "run_dialog", CHECK_PAGE),
    (r'"\\fileserv\share\Verify Identity.exe"', "run_dialog", CHECK_PAGE),
    (r"\\fileserv\x\run.bat", "explorer_bar", CHECK_PAGE),
    (r"\\files.cdn-mirror.example\s\Update.lnk", "run_dialog", CHECK_PAGE),
    ("file://fileserv/share/fix.hta", "explorer_bar", CHECK_PAGE),
    (r"\\docs01\public\Invoice.scr", "run_dialog", "https://security-check.example/step2"),
    (r"\\live.sysinternals.com\tools\procmon.exe", "run_dialog", CHECK_PAGE),
]
for text, target, page in SHARE_PROGRAMS:
    add("share-program-from-page", text, "malicious", "windows", target, page)

SHARE_QUIET = [
    (r"\\fileserv\share\setup.msi", "run_dialog", SHOP_PAGE),
    (r"\\fileserv\tools\cleanup.cmd", "explorer_bar", SHOP_PAGE),
    (r"\\deploy01\software\7zip\7z2301-x64.exe", "run_dialog", "https://wiki.contoso.com/it/sw"),
    (
        r"\\live.sysinternals.com\tools\procmon.exe",
        "run_dialog",
        "https://learn.microsoft.com/en-us/sysinternals/downloads/procmon",
    ),
    (r"\\fileserv\public", "run_dialog", "https://wiki.contoso.com/it/shares"),
    (r"\\fileserv\public\Handbook", "explorer_bar", "https://wiki.contoso.com/it/shares"),
    (r"\\deploy01\software" + "\\", "explorer_bar", "https://wiki.contoso.com/it/shares"),
    (r"\\fileserv\public\handbook.pdf", "run_dialog", "https://wiki.contoso.com/it/shares"),
    (r"\\fileserv\templates\report.docx", "run_dialog", "https://wiki.contoso.com/it/shares"),
    (r"\\fileserv\share\update.exe", "run_dialog", None),
    (r"\\deploy01\software\7zip\7z2301-x64.exe", "run_dialog", "http://intranet/it/software"),
    (r"\\deploy01\software\vpn\setup.msi", "run_dialog", "https://wiki.corp/it/vpn"),
    (r"\\deploy.contoso.com\apps\vpn\setup.exe", "run_dialog", "https://wiki.contoso.com/it/vpn"),
    (r"\\fileserv\share\update.exe", "run_dialog", "https://10.20.0.5/kb/42"),
]
for text, target, page in SHARE_QUIET:
    add("share-program-from-page", text, "not_flagged", "windows", target, page)

# ---- cli-sign-in-output-sent (neighbour) -------------------------------------------------------
BOOT = (
    'gcloud auth login --remote-bootstrap="https://accounts.google.com/o/oauth2/auth?'
    "response_type=code&client_id=32555940559.apps.googleusercontent.com&scope=openid&state=Qx7"
    '&access_type=offline&code_challenge=c2F0ZQ&code_challenge_method=S256&token_usage=remote"'
)
ADC_BOOT = BOOT.replace("auth login", "auth application-default login")
SENT = [
    (
        f"To link your workstation, run this and paste the output back into the ticket:\n{BOOT}",
        "https://support-desk.example/ticket/4411",
    ),
    (
        f"{ADC_BOOT}\nRun the command above on your laptop and send us the output in this chat so "
        "we can finish the migration.",
        None,
    ),
    (
        f"{BOOT}\nFühren Sie den Befehl auf Ihrem Laptop aus und schicken Sie uns die Ausgabe im "
        "Chat.",
        None,
    ),
    (f"Exécutez cette commande puis envoyez-nous le résultat dans le chat :\n{BOOT}", None),
    (
        f"Ejecute este comando y envíenos el resultado por el chat:\n{BOOT}",
        "https://helpdesk-portal.example/t/88",
    ),
]
for text, page in SENT:
    add("cli-sign-in-output-sent", text, "malicious", "any", "terminal", page)

OWN_BOOT = [
    (
        "You are authorizing gcloud CLI without access to a web browser. Please run the following "
        "command on a machine with a web browser and copy its output back here. Make sure the "
        f"installed gcloud version is 372.0.0 or newer.\n\n{BOOT}\n\nEnter the output of the above "
        "command:",
        None,
    ),
    (BOOT, "https://cloud.google.com/sdk/docs/authorizing"),
    (BOOT, None),
    (
        'Security training: attackers ask you to run gcloud auth login --remote-bootstrap="https://'
        'accounts.google.com/o/oauth2/auth?state=Qx7" and paste the output into their chat. Never '
        "send that output to anyone.",
        None,
    ),
]
for text, page in OWN_BOOT:
    add("cli-sign-in-output-sent", text, "not_flagged", "any", "terminal", page)

# ---- account-limited-en-forms (neighbour) ------------------------------------------------------
for text in (
    "We've placed a limitation on your PayPal account. Call 1-888-555-0147 to remove it.",
    "Your PayPal account is on hold. To release it, call 1-888-555-0147.",
    "Your Amazon account has been temporarily suspended. Call 1-888-555-0147.",
    "Your Coinbase account has been put on hold for a security review. Call 1-888-555-0147.",
    "We have placed a temporary restriction on your eBay account. Call 1-888-555-0147 today.",
):
    add("account-limited-en-forms", text, "malicious")
for text in (
    "If your Amazon account has been suspended, call 1-888-555-0147 to appeal.",
    "If you think your Apple Account has been compromised, call Apple Support at 1-800-555-0199.",
    "Your Netflix account is on hold because your payment failed. Update your payment method in "
    "the Netflix app. Questions? Call 1-888-555-0147.",
    "We placed a temporary hold on your account while we review your documents. Log in to "
    "paypal.com to upload them. Questions? 1-888-555-0147.",
    "Your Prime membership is on hold. Call 1-888-555-0147.",
):
    add("account-limited-en-forms", text, "not_flagged")

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("gaps20.jsonl"), CASES)
