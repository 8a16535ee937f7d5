"""Writes tests/data/cases/b6texts.jsonl: lures that are not commands, in our own variants:
callback phishing written as a receipt or a payment notice, and device sign-in codes handed
over in any wording, beside the everyday texts that look like them and must stay quiet.

    python tests/data/cases/make_b6texts.py

Deterministic (every variant is a product of fixed lists, rotated). Phone numbers are
fictitious (555 ranges and the like), hosts are reserved names, brands are only the names a
scammer borrows. No text is copied from a lure collection, another detector's fixtures or the
blind sets. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `callback-notice-<lang>`: a receipt, an invoice, an order number, a payment or withdrawal
  notice with an amount and a well-known company, and the callback push ("if this was not you",
  "you do not recognise it", "to cancel") with a number to call, in 13 languages; each text
  twice, on separate lines and run together on one line. Look-alikes (`ok-…`): the same
  notices with a number in the signature and no push, refunds with a number for questions,
  bank notices that send you to the app or the number on your card, renewals cancelled in
  the account's settings.
- `device-code-any`: a device sign-in page (Microsoft's deviceauth endpoint, devicelogin,
  aka.ms, microsoft.com/link, GitHub, Google, AWS) and a code to type, in chat, mail and SMS
  wordings and ten languages, with Microsoft's nine-character codes that no word 'code'
  introduces, or written right after the address. Look-alikes: the Azure and GitHub CLIs' own output, documentation of the flow,
  a colleague's meeting number and passcode.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b6texts.jsonl")
MAIL = "https://mail.example.org/inbox"


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("b6t")


# ---- callback phishing written as a notice ------------------------------------------------
# per language: phone numbers, amounts, notices ({brand}, {amt}, {oid}, {item}, {shop}),
# pushes ({ph}), and look-alikes' closing lines ({ph})
LANGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "phones": ("+1 (888) 555-0142", "1-800-555-0199", "+1 877 555 0173", "(866) 555-0110"),
        "amounts": ("$349.00", "USD 499.99", "$1,299.00", "£249.99", "CAD 189.00"),
        "notices": (
            "{brand} 360 Deluxe - Payment confirmation\nOrder ID: {oid}   Total: {amt}",
            "Receipt from {brand}\n{item} - {amt}",
            "Your {brand} subscription renewal\nInvoice #{oid}  Amount: {amt}",
            "{brand}: You sent a payment of {amt} to {shop}.",
            "Thank you for your purchase! {brand} order {oid}, {item}, total {amt}.",
        ),
        "pushes": (
            "If you did not authorize this payment, call us at {ph}.",
            "To cancel or request a refund, call {ph}.",
            "Not you? Call our billing team on {ph} within 24 hours.",
            "If this wasn't you, contact support immediately: {ph}",
        ),
        "quiet": (
            "Questions about your order? Call us on {ph} (Mon-Fri 9-5).",
            "If you don't recognise this payment, report it in the app. Customer service: {ph}",
            "To cancel, go to Account settings > Subscriptions. Need help? Call {ph}.",
            "Didn't make this purchase? Call the number on the back of your card. Our shop: {ph}",
            # the promise alone (gaps7: beside "if this was not you" it is a scam's push again)
            "Questions about this payment? Call us on {ph}. We will never ask for your PIN or ask you to move money.",
        ),
        "refund": (
            "Your refund of {amt} for order {oid} has been sent to your card. Questions: call {ph}.",
        ),
    },
    "de": {
        "phones": ("+49 69 555 01 844", "030 555 01922", "0800 555 0147"),
        "amounts": ("689,00 EUR", "1.249,00 €", "€ 399,99", "CHF 219.00"),
        "notices": (
            "{brand}: Sie haben eine Zahlung über {amt} an {shop} gesendet.",
            "{brand} Rechnung Nr. {oid}\nBetrag: {amt}",
            "Bestellbestätigung {brand}\nBestellnummer: {oid}, Summe {amt}",
            "{brand} Abonnement - Verlängerung über {amt}",
        ),
        "pushes": (
            "Wenn Sie diese Zahlung nicht veranlasst haben, rufen Sie uns an: {ph}",
            "Waren Sie das nicht? Rufen Sie umgehend unseren Kundenservice an: {ph}",
            "Um die Verlängerung zu stornieren, rufen Sie {ph} an.",
        ),
        "quiet": (
            "Bei Fragen zu Ihrer Bestellung erreichen Sie uns unter {ph} (Mo-Fr 8-18 Uhr).",
            "Sie erkennen die Zahlung nicht? Melden Sie sie in der App. Kundenservice: {ph}",
            "Kündigen können Sie jederzeit in Ihrem Kundenkonto. Hotline: {ph}",
            "Fragen zu dieser Zahlung? Rufen Sie uns an: {ph}. Wir werden Sie niemals nach Ihrer PIN fragen.",
        ),
        "refund": ("Ihre Rückerstattung über {amt} wurde überwiesen. Fragen? Telefon {ph}",),
    },
    "fr": {
        "phones": ("01 99 00 72 14", "+33 1 99 00 45 12", "09 70 55 50 12"),
        "amounts": ("1 299,00 €", "449,99 €", "EUR 599,00"),
        "notices": (
            "{brand} : votre commande n° {oid} ({item}, {amt}) a été expédiée.",
            "Facture {brand} n° {oid} - Montant : {amt}",
            "Confirmation de paiement {brand}\nMontant : {amt}",
            "Renouvellement de votre abonnement {brand} : {amt}",
        ),
        "pushes": (
            "Si vous n'êtes pas à l'origine de cet achat, appelez le {ph}.",
            "Ce n'était pas vous ? Contactez notre service client au {ph}.",
            "Pour annuler cette commande, appelez immédiatement le {ph}.",
        ),
        "quiet": (
            "Pour toute question, notre service client est joignable au {ph} du lundi au vendredi.",
            "Vous ne reconnaissez pas ce paiement ? Signalez-le dans l'application. Service client : {ph}",
        ),
        "refund": ("Votre remboursement de {amt} a été envoyé. Service client : {ph}",),
    },
    "es": {
        "phones": ("+34 555 019 611", "900 555 019", "+52 55 5555 0123"),
        "amounts": ("489,99 €", "1.199,00 €", "MXN 8,999.00"),
        "notices": (
            "Recibo de {brand}\nCompra: {item} - {amt}",
            "{brand}: confirmación de pedido n.º {oid}, total {amt}",
            "Factura {brand} {oid}\nImporte: {amt}",
            "{brand}: se ha enviado un pago de {amt} a {shop}.",
        ),
        "pushes": (
            "Si usted no realizó esta compra, llame al {ph}.",
            "¿No fue usted? Llame de inmediato al {ph}.",
            "Para cancelar y solicitar el reembolso, llame al {ph}.",
        ),
        "quiet": (
            "Si tiene dudas sobre su pedido, llame al {ph} de lunes a viernes.",
            "¿No reconoce este pago? Repórtelo en la app. Atención al cliente: {ph}",
        ),
        "refund": ("Su reembolso de {amt} ya está en camino. Dudas: {ph}",),
    },
    "it": {
        "phones": ("+39 02 555 0188", "800 555 019", "06 555 0127"),
        "amounts": ("2.450,00 €", "€ 299,00", "349,90 euro"),
        "notices": (
            "Ricevuta {brand}\nAcquisto: {item} - {amt}",
            "{brand}: conferma dell'ordine n. {oid}, totale {amt}",
            "Fattura {brand} n. {oid} - Importo {amt}",
            "{brand}: hai inviato un pagamento di {amt} a {shop}.",
        ),
        "pushes": (
            "Se non hai effettuato questo acquisto, chiama il {ph}.",
            "Non sei stato tu? Chiama subito il servizio clienti al {ph}.",
            "Per annullare l'ordine, contatta il {ph}.",
        ),
        "quiet": (
            "Per informazioni sul tuo ordine chiama il {ph} dal lunedì al venerdì.",
            "Non riconosci il pagamento? Segnalalo nell'app. Servizio clienti: {ph}",
        ),
        "refund": ("Il rimborso di {amt} è stato accreditato. Per informazioni: {ph}",),
    },
    "pt": {
        "phones": ("+55 11 5555-0182", "0800 555 0142", "+351 210 555 019"),
        "amounts": ("R$ 12.499,00", "R$ 899,90", "249,99 €"),
        "notices": (
            "Recibo da {brand}\nCompra: {item} - {amt}",
            "{brand}: confirmação de pedido nº {oid} - total {amt}",
            "Fatura {brand} {oid}\nValor: {amt}",
            "{brand}: você enviou um pagamento de {amt} para {shop}.",
        ),
        "pushes": (
            "Se não reconhece esta compra, ligue para {ph}.",
            "Não foi você? Ligue agora para {ph}.",
            "Para cancelar e solicitar o reembolso, ligue {ph}.",
        ),
        "quiet": (
            "Dúvidas sobre o seu pedido? Ligue {ph} de segunda a sexta.",
            "Não reconhece o pagamento? Conteste no app. Central de atendimento: {ph}",
        ),
        "refund": ("O reembolso de {amt} foi enviado para o seu cartão. Dúvidas: {ph}",),
    },
    "nl": {
        "phones": ("+31 20 555 0123", "0800 555 0147", "020 555 0198"),
        "amounts": ("€ 299,99", "€ 1.049,00", "EUR 189,95"),
        "notices": (
            "{brand} Total Protection - verlenging\nFactuurnummer: {oid}  Bedrag: {amt}",
            "Orderbevestiging {brand}\nBestelnummer {oid}, totaal {amt}",
            "{brand}: u heeft een betaling van {amt} aan {shop} gedaan.",
        ),
        "pushes": (
            "Niet akkoord? Bel binnen 24 uur onze klantenservice: {ph}",
            "Was u dit niet? Bel direct {ph}.",
            "Om de verlenging te annuleren, bel {ph}.",
        ),
        "quiet": (
            "Vragen over uw bestelling? Bel onze klantenservice op {ph} (werkdagen 8-20 uur).",
            "Herkent u deze betaling niet? Meld het in de app. Klantenservice: {ph}",
        ),
        "refund": ("Uw terugbetaling van {amt} is overgemaakt. Vragen? Bel {ph}.",),
    },
    "pl": {
        "phones": ("+48 22 555 01 39", "800 555 019", "22 555 01 77"),
        "amounts": ("4 800,00 zł", "1 299,99 PLN", "PLN 749,00"),
        "notices": (
            "{brand}: potwierdzenie płatności\nKwota: {amt}, zamówienie nr {oid}",
            "Faktura {brand} nr {oid} - {amt}",
            "Odnowienie subskrypcji {brand}: {amt}",
        ),
        "pushes": (
            "Jeśli to nie Ty, zadzwoń natychmiast: {ph}",
            "Jeśli nie zlecałeś tej płatności, zadzwoń pod numer {ph}.",
            "Aby anulować zamówienie, zadzwoń: {ph}",
        ),
        "quiet": (
            "W razie pytań o zamówienie zadzwoń: {ph} (pn-pt 8-18).",
            "Nie rozpoznajesz płatności? Zgłoś ją w aplikacji. Infolinia: {ph}",
        ),
        "refund": ("Zwrot {amt} został wysłany na Twoje konto. Pytania: {ph}",),
    },
    "tr": {
        "phones": ("+90 212 555 0182", "0850 555 01 44", "0212 555 01 23"),
        "amounts": ("1,25 BTC", "24.999,00 TL", "₺ 8.750,00"),
        "notices": (
            "{brand} Güvenlik: Hesabınızdan {amt} çekim talebi alındı.",
            "{brand} fatura no {oid}: {amt}",
            "{brand} sipariş numarası {oid}, tutar {amt}",
        ),
        "pushes": (
            "Bu işlemi siz yapmadıysanız hemen arayın: {ph}",
            "Siz değilseniz müşteri hizmetlerini arayın: {ph}",
            "İptal etmek için {ph} numarasını arayın.",
        ),
        "quiet": (
            "Sorularınız için müşteri hizmetlerimizi {ph} numarasından arayabilirsiniz.",
            "Bu ödemeyi tanımıyor musunuz? Mobil uygulamadan bildirin. Müşteri hizmetleri: {ph}",
        ),
        "refund": ("{amt} tutarındaki iadeniz kartınıza gönderildi. Bilgi için: {ph}",),
    },
    "ru": {
        "phones": ("+7 495 555-01-63", "8 800 555-01-22", "8 (800) 555-01-47"),
        "amounts": ("89 990 ₽", "12 499 руб.", "0,35 BTC"),
        "notices": (
            "{brand}: подтверждение оплаты\nСумма: {amt}, заказ № {oid}",
            "Квитанция {brand}: {item} - {amt}",
            "Продление подписки {brand} на {amt}",
        ),
        "pushes": (
            "Если это были не вы, срочно позвоните: {ph}",
            "Если вы не совершали эту покупку, позвоните по номеру {ph}.",
            "Для отмены позвоните {ph}.",
        ),
        "quiet": (
            "По вопросам заказа звоните {ph} (пн-пт 9-18).",
            "Не узнаёте платёж? Сообщите о нём в приложении. Телефон поддержки: {ph}",
        ),
        "refund": ("Возврат {amt} отправлен на вашу карту. Вопросы: {ph}",),
    },
    "ja": {
        "phones": ("050-5555-0161", "0120-555-014", "03-5555-0142"),
        "amounts": ("189,800円", "¥49,800", "24,800円"),
        "notices": (
            "{brand}でのご注文（注文番号 {oid}）：{item} {amt}",
            "{brand} 領収書\nご請求額：{amt}",
            "{brand}から {amt} の出金申請がありました。",
        ),
        "pushes": (
            "お心当たりがない場合は、{ph} までお電話ください。",
            "ご本人でない場合は至急 {ph} にお電話ください。",
            "キャンセルをご希望の場合は {ph} までご連絡ください。",
        ),
        "quiet": (
            "ご不明な点はカスタマーサービス {ph}（平日9時〜18時）までお問い合わせください。",
            "お心当たりのない取引はアプリからご報告ください。サポート：{ph}",
        ),
        "refund": ("{amt} の返金手続きが完了しました。お問い合わせ：{ph}",),
    },
    "zh": {
        "phones": ("+86 21 5555 0129", "400-555-0129", "010-5555-0186"),
        "amounts": ("¥8,999.00", "5,999元", "3,200 元"),
        "notices": (
            "{brand} 通知：您已向 {shop} 付款 {amt}。",
            "{brand} 订单号 {oid}，金额 {amt}",
            "{brand} 自动续费 {amt} 已扣款",
        ),
        "pushes": (
            "如非本人操作，请立即致电 {ph}。",
            "如果这不是您本人操作，请拨打客服电话 {ph}。",
            "如需取消订单，请致电 {ph}。",
        ),
        "quiet": (
            "如对订单有疑问，请拨打客服热线 {ph}（工作日 9:00-18:00）。",
            "如有疑问，请在官方App内查看。客服电话：{ph}",
        ),
        "refund": ("您的退款 {amt} 已原路退回。客服电话：{ph}",),
    },
    "ar": {
        "phones": ("+971 4 555 0155", "800 555 0123", "+966 11 555 0144"),
        "amounts": ("1,499 درهم", "899 ريال", "$499.99"),
        "notices": (
            "{brand}: فاتورة رقم {oid} بمبلغ {amt}",
            "تم تجديد اشتراكك في {brand} بمبلغ {amt}.",
            "طلبك رقم {oid} من {brand} بقيمة {amt}",
        ),
        "pushes": (
            "إذا لم تقم بهذه العملية، اتصل بنا على {ph}",
            "لإلغاء الطلب اتصل على {ph}",
            "إذا لم تكن أنت، اتصل فوراً على {ph}",
        ),
        "quiet": (
            "لأي استفسار حول طلبك يرجى الاتصال على {ph}.",
            "للاستفسار عن هذه العملية استخدم التطبيق. خدمة العملاء: {ph}",
        ),
        "refund": ("تم إرسال المبلغ المسترد {amt} إلى بطاقتك. للاستفسار: {ph}",),
    },
}

BRANDS = (
    "Norton",
    "McAfee",
    "PayPal",
    "Amazon",
    "Apple",
    "Microsoft 365",
    "Coinbase",
    "Binance",
    "Geek Squad",
    "eBay",
    "Best Buy",
    "Bitdefender",
)
ITEMS = ("iPhone 16 Pro", "MacBook Air", "PlayStation 5", "Total Security 3 PCs", "Gift card")
SHOPS = ("Coinbase Europe", "Apple Store", "Kraken Exchange", "Crypto.com", "Best Buy")
OIDS = ("NL-88213-US", "405-7719220", "MC-55102", "GS-448120", "INV-2026-0917")


def pick(seq: tuple[str, ...], i: int) -> str:
    return seq[i % len(seq)]


def callbacks(book: Book) -> None:
    for n_lang, (lang, words) in enumerate(LANGS.items()):
        k = n_lang
        for n, notice in enumerate(words["notices"]):
            for m, push in enumerate(words["pushes"]):
                k += 1
                fill = {
                    "brand": pick(BRANDS, k),
                    "amt": pick(words["amounts"], n + m),
                    "oid": pick(OIDS, k),
                    "item": pick(ITEMS, k + m),
                    "shop": pick(SHOPS, k),
                }
                head = notice.format(**fill)
                tail = push.format(ph=pick(words["phones"], k))
                book.add(f"callback-notice-{lang}", f"{head}\n{tail}", "flagged")
                if (n + m) % 2 == 0:
                    one_line = head.replace("\n", " ") + " " + tail
                    book.add(f"callback-notice-{lang}", one_line, "flagged", source=MAIL)
        # look-alikes: the same notices, calm
        for n, notice in enumerate(words["notices"]):
            for m, quiet in enumerate(words["quiet"]):
                k += 1
                fill = {
                    "brand": pick(BRANDS, k),
                    "amt": pick(words["amounts"], n + m),
                    "oid": pick(OIDS, k),
                    "item": pick(ITEMS, k),
                    "shop": pick(SHOPS, k),
                }
                text = notice.format(**fill) + "\n" + quiet.format(ph=pick(words["phones"], k))
                book.add(f"callback-notice-{lang}", text, "not_flagged")
        for refund in words["refund"]:
            for amt in words["amounts"][:2]:
                k += 1
                text = refund.format(amt=amt, oid=pick(OIDS, k), ph=pick(words["phones"], k))
                book.add(f"callback-notice-{lang}", text, "not_flagged")


# ---- device sign-in codes ------------------------------------------------------------------
PAGES = (
    "https://login.microsoftonline.com/common/oauth2/deviceauth",
    "https://login.microsoftonline.com/organizations/oauth2/v2.0/deviceauth",
    "https://microsoft.com/devicelogin",
    "aka.ms/devicelogin",
    "https://www.microsoft.com/link",
    "https://github.com/login/device",
    "https://www.google.com/device",
    "https://device.sso.eu-west-1.amazonaws.com/",
)
MS_CODES = ("ABCD2XYZ9", "GH7Q2LXKM", "R4TW8NPQZ", "K9MZQ2T7B", "FJ6CMNQ8R")
HY_CODES = ("WDJB-MJHT", "9F3A-7B21", "KQX-RTM-PLZ", "HRD7-QK2M")
DEVICE_EN = (
    "hi! before the call our IT needs to register your device - open {page} and type {code} "
    "then tell me when it says you're signed in",
    "Quick one: go to {page}, put in {code} and hit next. That links your laptop to the new "
    "print server.",
    "Hey, can you pop {code} into {page}? Need it to finish the migration on my side.",
    "{page}\nUse {code} there, it expires soon.",
    "SMS from HR: to receive your updated pay slip, visit {page} and enter {code}.",
    "Reminder from Facilities: register the meeting-room panel by entering {code} at {page}",
    "Sign in here: {page} {code} (expires in 15 min)",
    "{page} → {code}",
)
DEVICE_LANGS = (
    ("de", "Hallo! Öffne bitte {page} und gib {code} ein, dann ist dein Gerät registriert."),
    ("fr", "Bonjour, ouvrez {page} et tapez {code} pour accéder au document partagé."),
    ("es", "Hola, abre {page} y escriba {code} para entrar en la reunión."),
    ("pt", "Oi! Acesse {page} e digite {code} para liberar o seu acesso."),
    ("it", "Ciao, apri {page} e inserisci {code} per completare la registrazione."),
    ("nl", "Hoi, open {page} en voer {code} in om je apparaat te koppelen."),
    ("pl", "Cześć, otwórz {page} i wpisz {code}, żeby dokończyć rejestrację."),
    ("tr", "Merhaba, {page} adresini açıp {code} girin lütfen."),
    ("ru", "Привет! Открой {page} и введите {code}, чтобы подключить устройство."),
    ("ja", "{page} を開いて {code} を入力してください。"),
    ("zh", "请打开 {page} 并输入 {code} 完成设备注册。"),
)
DEVICE_QUIET = (
    # the Azure CLI's own message, copied from one's terminal
    "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter "
    "the code GH7Q2LXKM to authenticate.",
    # the GitHub CLI's own output
    "! First copy your one-time code: 9F3A-7B21\nPress Enter to open github.com in your "
    "browser... (https://github.com/login/device)",
    # documentation of the flow
    "The device code flow: the app shows a user_code such as WDJB-MJHT and the "
    "verification_uri https://microsoft.com/devicelogin; the user types it there while the "
    "app polls the token endpoint.",
    "Headless login: run az login --use-device-code, then open "
    "https://login.microsoftonline.com/common/oauth2/deviceauth and type the code it prints.",
    "Device authorization (RFC 8628) in short: the client gets device_code and user_code, "
    "shows the user https://github.com/login/device and waits.",
    # a colleague's real meeting number
    "Join the Teams meeting: meeting ID 345 678 912 345, passcode aB3xY7. Dial-in "
    "+1 312-555-0100, conference ID 482 913 77#.",
    "Zoom for tomorrow: https://zoom.us/j/84512390011 passcode 482913, see you at 10.",
    "Bookmark https://microsoft.com/devicelogin - you will need it when a TV app shows its code.",
    "https://github.com/login/device - the page the GitHub CLI opens for its one-time code.",
    "Set up your TV: on the TV open the app, it shows a code; on your phone go to "
    "https://www.microsoft.com/link and type the code from the TV screen.",
)


def device_codes(book: Book) -> None:
    k = 0
    for text in DEVICE_EN:
        for page in PAGES:
            k += 1
            code = pick(HY_CODES, k) if "github" in page or "google" in page else pick(MS_CODES, k)
            book.add("device-code-any", text.format(page=page, code=code), "flagged")
    for _lang, text in DEVICE_LANGS:
        for page in PAGES[:3]:
            k += 1
            book.add("device-code-any", text.format(page=page, code=pick(MS_CODES, k)), "flagged")
    for text in DEVICE_QUIET:
        book.add("device-code-any", text, "not_flagged")


def build() -> list[dict[str, str]]:
    book = Book()
    callbacks(book)
    device_codes(book)
    ids = [c["id"] for c in book.cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return book.cases


CASES = build()

if __name__ == "__main__":
    casefile.write(OUT, CASES)
