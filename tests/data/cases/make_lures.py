"""Writes tests/data/cases/lures.jsonl: lures that are not commands, and what they are not.

    python tests/data/cases/make_lures.py

Deterministic: the same file every run. Every text is written for these cases (no sample is
copied from a public lure collection); phone numbers use reserved or fictional ranges where a
country has them (555-01xx in North America, drama numbers in the UK), companies are made up
except the brands that scammers imitate. Each line is {id, text, expect, technique, platform}
and, where the guard would know them, {source, target}:

- tech-support scam texts ("your computer / account / internet is blocked, call us") in 13
  languages, with many phone formats: `flagged`, `malicious` when they imitate a brand;
- callback phishing ("an order of $499 was placed, call to cancel") in 13 languages: `flagged`;
- ConsentFix: a loopback redirect URL with a real-looking sign-in code: `malicious`;
- a web address or network path with a fake "I am not a robot" tail: `flagged`, and
  `malicious` with padding or in the Run dialog;
- what they are not: signatures, bookings, calm support pages, order confirmations, texts
  about scams, OAuth documentation, local development URLs, bookmarks with notes:
  `not_flagged`.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).with_name("lures.jsonl")
SEED = 9_4_2026
BENIGN = "none"  # the technique of a case that is no attack
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ja", "zh", "ar")

# Phone numbers in the shapes of each language's region (fictional or reserved numbers).
PHONES = {
    "en": [
        "+1 (888) 555-0199",
        "1-844-555-0123",
        "888.555.0147",
        "+1 833 555 0100",
        "(877) 555-0182",
        "1 8 8 8 5 5 5 0 1 9 9",
        "+44 20 7946 0958",
        "0800 123 4567",
        "１-８００-５５５-０１９９",
        "+1-866-555-0110",
    ],
    "de": [
        "0800 123 4567",
        "+49 30 1234 5678",
        "0 800 555 0199",
        "030/12345678",
        "+49 800 5550199",
    ],
    "fr": [
        "09 70 12 34 56",
        "0 800 12 34 56",
        "+33 1 23 45 67 89",
        "01.23.45.67.89",
        "0805 12 34 56",
    ],
    "es": ["900 123 456", "+34 912 345 678", "912 345 678", "+34 900 123 456", "800 555 019"],
    "it": ["800 123 456", "+39 02 1234 5678", "02 1234 5678", "+39 800 123 456", "347 123 4567"],
    "pt": ["800 123 456", "+351 21 123 4567", "+55 11 91234-5678", "0800 123 4567", "212 345 678"],
    "nl": ["0800-1234", "+31 20 123 4567", "020-1234567", "0800 022 1234", "+31 800 555 0199"],
    "pl": ["800 123 456", "+48 22 123 45 67", "22 123 45 67", "+48 800 555 019", "512 345 678"],
    "tr": [
        "0850 123 45 67",
        "+90 212 555 12 34",
        "0212 555 12 34",
        "+90 850 555 01 99",
        "0800 211 02 03",
    ],
    "ru": [
        "8-800-555-35-35",
        "8 (800) 555-35-35",
        "+7 495 123-45-67",
        "+7 (495) 123 45 67",
        "8 800 200 01 99",
    ],
    "ja": [
        "0120-123-456",
        "０１２０－９８７－６５４",
        "03-1234-5678",
        "+81 3-1234-5678",
        "050-1234-5678",
    ],
    "zh": ["400-123-4567", "800-810-1234", "+86 10 1234 5678", "010-12345678", "400 820 0199"],
    "ar": [
        "+966 11 234 5678",
        "800 123 4567",
        "+971 4 123 4567",
        "٨٠٠ ١٢٣ ٤٥٦٧",  # Arabic-Indic digits
        "+966 800 123 4567",
    ],
}

BRANDS = {
    "en": ["Microsoft", "Windows Defender", "Apple", "Norton", "McAfee"],
    "de": ["Microsoft", "Windows", "Apple", "Norton"],
    "fr": ["Microsoft", "Windows", "Apple", "McAfee"],
    "es": ["Microsoft", "Windows", "Apple", "Norton"],
    "it": ["Microsoft", "Windows", "Apple", "Avast"],
    "pt": ["Microsoft", "Windows", "Apple", "Norton"],
    "nl": ["Microsoft", "Windows", "Apple", "McAfee"],
    "pl": ["Microsoft", "Windows", "Apple", "Avast"],
    "tr": ["Microsoft", "Windows", "Apple", "Kaspersky"],
    "ru": ["Microsoft", "Windows", "Майкрософт", "Kaspersky"],
    "ja": ["Microsoft", "マイクロソフト", "Windows", "Apple"],
    "zh": ["微软", "Microsoft", "Windows", "苹果"],
    "ar": ["مايكروسوفت", "Microsoft", "Windows", "Apple"],
}

# Tech support: (alarm sentence, call sentence with {phone}); {brand} where a brand fits.
TECH = {
    "en": (
        [
            "Your computer has been blocked due to suspicious activity.",
            "WARNING! Your PC is infected with a Trojan virus.",
            "Access to this computer has been blocked for security reasons.",
            "Your IP address has been temporarily suspended.",
            "Your internet connection has been disabled by your ISP.",
            "Virus detected! Pornographic spyware found on your device.",
            "Your Microsoft account has been locked after unauthorized access detected.",
            "Security alert: your bank account is at risk.",
            "Hackers are trying to access your device. Your banking details are being stolen.",
            "Firewall alert: spyware infection found, your passwords have been compromised.",
        ],
        [
            "Call {brand} Support immediately at {phone}.",
            "Please call toll-free {phone} to unlock your PC.",
            "Do not shut down your computer. Contact a certified technician: {phone}",
            "Helpline {phone} (24/7) - do not restart your device.",
            "Call the {brand} help desk now: {phone}",
        ],
    ),
    "de": (
        [
            "Ihr Computer wurde gesperrt.",
            "Warnung: Ihr PC ist mit einem Trojaner infiziert.",
            "Ihr Internetzugang wurde vorübergehend gesperrt.",
            "Sicherheitswarnung! Virus erkannt.",
            "Ihr Konto wurde nach unbefugtem Zugriff blockiert.",
        ],
        [
            "Rufen Sie sofort den {brand}-Support an: {phone}",
            "Schalten Sie Ihren Computer nicht aus. Gebührenfreie Hotline: {phone}",
            "Kontaktieren Sie den technischen Support unter {phone}.",
        ],
    ),
    "fr": (
        [
            "Votre ordinateur a été bloqué.",
            "Alerte de sécurité : votre PC est infecté par un cheval de Troie.",
            "Votre adresse IP a été temporairement suspendue.",
            "Votre compte a été bloqué suite à une activité suspecte.",
            "Virus détecté sur votre appareil !",
        ],
        [
            "Appelez immédiatement le support {brand} au {phone}.",
            "N'éteignez pas votre ordinateur. Numéro vert : {phone}",
            "Contactez un technicien agréé au {phone}.",
        ],
    ),
    "es": (
        [
            "Su ordenador ha sido bloqueado.",
            "¡Alerta de seguridad! Su equipo está infectado con un troyano.",
            "Su dirección IP ha sido suspendida temporalmente.",
            "Su cuenta ha sido bloqueada por actividad sospechosa.",
            "Virus detectado en su dispositivo.",
        ],
        [
            "Llame inmediatamente al soporte de {brand}: {phone}",
            "No apague su ordenador. Línea gratuita: {phone}",
            "Contacte con un técnico certificado al {phone}.",
        ],
    ),
    "it": (
        [
            "Il tuo computer è stato bloccato.",
            "Avviso di sicurezza: il tuo PC è infettato da un trojan.",
            "Il tuo indirizzo IP è stato sospeso.",
            "Il tuo account è stato bloccato per attività sospetta.",
            "Virus rilevato sul tuo dispositivo!",
        ],
        [
            "Chiama subito l'assistenza {brand} al numero verde {phone}.",
            "Non spegnere il computer. Contatta un tecnico: {phone}",
            "Chiami il {phone} per sbloccare il dispositivo.",
        ],
    ),
    "pt": (
        [
            "O seu computador foi bloqueado.",
            "Alerta de segurança: o seu PC está infectado com um cavalo de Troia.",
            "O seu endereço IP foi suspenso temporariamente.",
            "A sua conta foi bloqueada por atividade suspeita.",
            "Vírus detectado no seu dispositivo!",
        ],
        [
            "Ligue imediatamente para o suporte {brand}: {phone}",
            "Não desligue o computador. Linha gratuita: {phone}",
            "Contate um técnico certificado pelo {phone}.",
        ],
    ),
    "nl": (
        [
            "Uw computer is geblokkeerd.",
            "Beveiligingswaarschuwing: uw pc is besmet met een trojaans paard.",
            "Uw internetverbinding is tijdelijk geblokkeerd.",
            "Uw account is geblokkeerd wegens verdachte activiteit.",
            "Virus gedetecteerd op uw apparaat!",
        ],
        [
            "Bel direct de {brand} helpdesk: {phone}",
            "Zet uw computer niet uit. Gratis nummer: {phone}",
            "Neem contact op met een technicus via {phone}.",
        ],
    ),
    "pl": (
        [
            "Twój komputer został zablokowany.",
            "Alert bezpieczeństwa: twój komputer został zainfekowany.",
            "Twój adres IP został tymczasowo zablokowany.",
            "Wykryto wirusa na twoim urządzeniu!",
            "Twoje konto zostało zablokowane z powodu podejrzanej aktywności.",
        ],
        [
            "Zadzwoń natychmiast do pomocy technicznej {brand}: {phone}",
            "Nie wyłączaj komputera. Bezpłatna infolinia: {phone}",
            "Skontaktuj się z technikiem pod numerem {phone}.",
        ],
    ),
    "tr": (
        [
            "Bilgisayarınız engellendi.",
            "Güvenlik uyarısı: cihazınız virüs bulaştı, casus yazılım tespit edildi.",
            "İnternet bağlantınız geçici olarak engellendi.",
            "Hesabınız şüpheli etkinlik nedeniyle kilitlendi.",
            "Virüs tespit edildi!",
        ],
        [
            "Hemen {brand} destek hattını arayın: {phone}",
            "Bilgisayarınızı kapatmayın. Ücretsiz destek hattı: {phone}",
            "Lütfen {phone} numarasını arayınız.",
        ],
    ),
    "ru": (
        [
            "Ваш компьютер заблокирован.",
            "Предупреждение безопасности: ваш ПК заражен трояном.",
            "Ваш IP-адрес временно заблокирован.",
            "Обнаружен вирус на вашем устройстве!",
            "Ваш аккаунт был заблокирован из-за подозрительной активности.",
        ],
        [
            "Срочно позвоните в службу поддержки {brand}: {phone}",
            "Не выключайте компьютер. Горячая линия: {phone}",
            "Свяжитесь с техником по телефону {phone}.",
        ],
    ),
    "ja": (
        [
            "お使いのパソコンはウイルスに感染しています。",
            "セキュリティ警告：お使いのコンピューターがロックされました。",
            "お使いのアカウントは不正アクセスのため停止されました。",
            "トロイの木馬が検出されました。",
            "電源を切らないでください。",
        ],
        [
            "すぐに{brand}サポートセンターまでお電話ください：{phone}",
            "フリーダイヤル {phone} にご連絡ください。",
            "至急 {phone} までお電話ください。",
        ],
    ),
    "zh": (
        [
            "您的电脑已被锁定。",
            "安全警告：检测到病毒，您的计算机已被感染。",
            "您的账户因可疑活动已被冻结。",
            "您的IP地址已被封锁。",
            "请勿关机！检测到木马。",
        ],
        [
            "请立即拨打{brand}客服热线：{phone}",
            "请致电技术支持 {phone} 解锁。",
            "联系客服电话 {phone}。",
        ],
    ),
    "ar": (
        [
            "تم حظر جهازك بسبب نشاط مشبوه.",
            "تحذير أمني: تم اكتشاف فيروس على جهازك.",
            "حسابك محظور بسبب وصول غير مصرح به.",
            "تنبيه أمني! جهازك مصاب.",
            "لا تغلق جهازك.",
            "تم قفل حسابك بسبب محاولة دخول غير معروفة.",
        ],
        [
            "اتصل فورًا بالدعم الفني لشركة {brand} على الرقم {phone}",
            "اتصل بالخط الساخن {phone}",
            "اتصل بنا على {phone} لإلغاء الحظر.",
        ],
    ),
}

# Callback phishing: (notice with {amount}, what to do with {phone}).
CALLBACK = {
    "en": (
        [
            "Your order of {amount} has been placed and will be charged to your card.",
            "Your Norton subscription has been renewed. {amount} was debited from your account.",
            "Payment of {amount} processed for your Geek Squad annual plan.",
            "Invoice: your PayPal account was charged {amount} for an order.",
        ],
        [
            "If you did not authorize this purchase, call {phone} to cancel.",
            "To cancel and get a refund, call our billing team at {phone}.",
            "Not you? Call {phone} within 24 hours to dispute the charge.",
        ],
        ["$499.99", "$349.00", "$299.99", "USD 389.99"],
    ),
    "de": (
        [
            "Ihre Bestellung über {amount} wurde aufgegeben und Ihrem Konto belastet.",
            "Ihr Abonnement wurde verlängert, {amount} wurden abgebucht.",
        ],
        [
            "Wenn Sie diese Zahlung nicht veranlasst haben, rufen Sie {phone} an, um sie zu stornieren.",
            "Für eine Rückerstattung rufen Sie bitte {phone} an.",
        ],
        ["399,99 €", "€ 289,00"],
    ),
    "fr": (
        [
            "Votre commande de {amount} a été passée et sera débitée de votre compte.",
            "Votre abonnement a été renouvelé : {amount} prélevés.",
        ],
        [
            "Si vous n'avez pas autorisé cet achat, appelez le {phone} pour annuler.",
            "Pour obtenir un remboursement, appelez le {phone}.",
        ],
        ["399,99 €", "289 €"],
    ),
    "es": (
        [
            "Su pedido de {amount} ha sido realizado y cobrado a su tarjeta.",
            "Su suscripción ha sido renovada: se han cobrado {amount}.",
        ],
        [
            "Si usted no realizó esta compra, llame al {phone} para cancelar.",
            "Para solicitar un reembolso, llame al {phone}.",
        ],
        ["399,99 €", "€289"],
    ),
    "it": (
        [
            "Il tuo ordine di {amount} è stato effettuato e addebitato sulla carta.",
            "Abbonamento rinnovato: addebitati {amount}.",
        ],
        [
            "Se non hai effettuato questo acquisto, chiama il {phone} per annullare.",
            "Per richiedere un rimborso chiami il numero verde {phone}.",
        ],
        ["399,99 €", "€ 289,00"],
    ),
    "pt": (
        [
            "O seu pedido de {amount} foi realizado e cobrado no seu cartão.",
            "A sua assinatura foi renovada: foram debitados {amount}.",
        ],
        [
            "Se não reconhece esta compra, ligue para {phone} para cancelar.",
            "Para solicitar o reembolso, ligue {phone}.",
        ],
        ["R$ 1.299,90", "299,99 €"],
    ),
    "nl": (
        [
            "Uw bestelling van {amount} is geplaatst en wordt afgeschreven.",
            "Uw abonnement is verlengd, er is {amount} afgeschreven.",
        ],
        [
            "Als u deze betaling niet herkent, bel {phone} om te annuleren.",
            "Bel {phone} voor terugbetaling.",
        ],
        ["€ 399,99", "289,00 EUR"],
    ),
    "pl": (
        [
            "Twoje zamówienie na kwotę {amount} zostało złożone i obciążono twoją kartę.",
            "Subskrypcja została odnowiona, pobrano {amount}.",
        ],
        [
            "Jeśli nie dokonałeś tego zakupu, zadzwoń pod {phone}, aby anulować.",
            "Aby uzyskać zwrot pieniędzy, zadzwoń: {phone}",
        ],
        ["1299,99 zł", "899 PLN"],
    ),
    "tr": (
        [
            "Siparişiniz alındı, kartınızdan {amount} tahsil edildi.",
            "Aboneliğiniz yenilendi, hesabınızdan {amount} çekildi.",
        ],
        [
            "Bu işlemi siz yapmadıysanız iptal etmek için {phone} numarasını arayın.",
            "İade almak için {phone} numarasını arayınız.",
        ],
        ["4.999,00 TL", "₺2.499"],
    ),
    "ru": (
        [
            "Ваш заказ на сумму {amount} оформлен, средства списаны с карты.",
            "Ваша подписка продлена, списано {amount}.",
        ],
        [
            "Если вы не совершали эту покупку, позвоните {phone} для отмены.",
            "Для возврата средств позвоните по номеру {phone}.",
        ],
        ["24 990 руб", "₽ 9 990"],
    ),
    "ja": (
        [
            "ご注文が確定しました。{amount}が請求されました。",
            "サブスクリプションが自動更新され、{amount}が引き落とされました。",
        ],
        [
            "心当たりがない場合は、キャンセルのため {phone} までお電話ください。",
            "返金をご希望の方は {phone} にご連絡ください。",
        ],
        ["49,800円", "¥29,800"],
    ),
    "zh": (
        [
            "您的订单已确认，已扣款 {amount}。",
            "您的会员已自动续费，扣费 {amount}。",
        ],
        [
            "如非本人操作，请拨打 {phone} 取消订单。",
            "申请退款请致电 {phone}。",
        ],
        ["¥2,999", "1999元"],
    ),
    "ar": (
        [
            "تم خصم {amount} من بطاقتك مقابل طلب جديد.",
            "تم تجديد اشتراكك وخصم مبلغ {amount}.",
        ],
        [
            "إذا لم تقم بهذه العملية اتصل بنا على {phone} للإلغاء.",
            "لاسترداد المبلغ اتصل على {phone}",
        ],
        ["1,499 ريال", "899 درهم"],
    ),
}

# What they are not: a phone number said calmly, in each language.
SIGNATURES = {
    "en": "Kind regards,\nMaria Lopez\nCustomer Success, Brightfield Ltd\nPhone: {phone}",
    "de": "Mit freundlichen Grüßen\nJonas Weber\nVertrieb, Nordlicht GmbH\nTel.: {phone}",
    "fr": "Cordialement,\nClaire Martin\nService client, Atelier Lumen\nTél. : {phone}",
    "es": "Un saludo,\nLucía García\nAtención al cliente, Olivar S.L.\nTeléfono: {phone}",
    "it": "Cordiali saluti,\nMarco Rossi\nUfficio vendite, Vetreria Aurora\nTel. {phone}",
    "pt": "Atenciosamente,\nAna Souza\nAtendimento, Padaria Sol\nTelefone: {phone}",
    "nl": "Met vriendelijke groet,\nSanne de Vries\nKlantenservice, Tulpveld B.V.\nTelefoon: {phone}",
    "pl": "Pozdrawiam serdecznie,\nAnna Kowalska\nDział obsługi klienta, Bursztyn Sp. z o.o.\nTel. {phone}",
    "tr": "Saygılarımla,\nAyşe Yılmaz\nMüşteri Hizmetleri, Lale Tekstil\nTelefon: {phone}",
    "ru": "С уважением,\nИван Петров\nОтдел продаж, ООО «Берёза»\nТел.: {phone}",
    "ja": "よろしくお願いいたします。\n山田 花子\n株式会社さくら 営業部\n電話：{phone}",
    "zh": "此致\n李明\n晨光贸易有限公司 客户服务部\n电话：{phone}",
    "ar": "مع أطيب التحيات\nسارة أحمد\nخدمة العملاء، شركة النخيل\nهاتف: {phone}",
}
BOOKINGS = {
    "en": "Your table for 4 on Friday at 19:30 is confirmed. To cancel or change your booking, call us at {phone}.",
    "de": "Ihre Reservierung für Samstag, 20 Uhr, ist bestätigt. Zum Stornieren rufen Sie uns bitte an: {phone}",
    "fr": "Votre réservation pour deux personnes vendredi à 20h est confirmée. Pour annuler, appelez le {phone}.",
    "es": "Su reserva para el sábado a las 21:00 está confirmada. Para cancelar, llame al {phone}.",
    "it": "La prenotazione per venerdì alle 20:00 è confermata. Per annullare chiami il {phone}.",
    "pt": "A sua reserva para sábado às 20h está confirmada. Para cancelar, ligue {phone}.",
    "nl": "Uw reservering voor zaterdag 19.00 uur is bevestigd. Annuleren? Bel ons op {phone}.",
    "pl": "Rezerwacja stolika na sobotę na 19:00 została potwierdzona. Aby anulować, zadzwoń: {phone}",
    "tr": "Cumartesi saat 20:00 için rezervasyonunuz onaylandı. İptal için bizi arayın: {phone}",
    "ru": "Ваш столик на субботу в 19:00 забронирован. Для отмены позвоните: {phone}",
    "ja": "土曜日19時のご予約を承りました。キャンセルの際はお電話ください：{phone}",
    "zh": "您已成功预订周六晚上七点的座位。如需取消，请致电 {phone}。",
    "ar": "تم تأكيد حجزك يوم السبت الساعة 8 مساءً. للإلغاء يرجى الاتصال على {phone}",
}
SUPPORT_PAGES = {
    "en": "Need help with your printer? Our support team is available Monday to Friday, 9:00-17:00. Call {phone} or open a ticket online.",
    "de": "Fragen zu Ihrer Rechnung? Unser Kundenservice ist Mo–Fr von 8 bis 18 Uhr erreichbar: {phone}",
    "fr": "Une question sur votre contrat ? Notre service client vous répond du lundi au vendredi au {phone}.",
    "es": "¿Tiene dudas sobre su factura? Nuestro servicio de atención al cliente le atiende en el {phone} de lunes a viernes.",
    "it": "Hai domande sul tuo ordine? Il servizio clienti risponde dal lunedì al venerdì al {phone}.",
    "pt": "Dúvidas sobre a sua encomenda? O apoio ao cliente atende de segunda a sexta pelo {phone}.",
    "nl": "Vragen over uw bestelling? Onze klantenservice is op werkdagen bereikbaar via {phone}.",
    "pl": "Masz pytania dotyczące zamówienia? Biuro obsługi klienta jest czynne od poniedziałku do piątku: {phone}",
    "tr": "Siparişinizle ilgili sorularınız için hafta içi 09:00-18:00 arası müşteri hizmetlerimizi arayabilirsiniz: {phone}",
    "ru": "Вопросы по заказу? Служба поддержки работает с понедельника по пятницу, телефон {phone}.",
    "ja": "ご注文に関するお問い合わせは、平日9時から17時までカスタマーセンター（{phone}）で承ります。",
    "zh": "如对订单有疑问，请于工作日9:00-18:00致电客服 {phone}。",
    "ar": "لأي استفسار عن طلبك، يسعد فريق خدمة العملاء بمساعدتك من الأحد إلى الخميس على الرقم {phone}",
}
CONFIRMATIONS = {
    "en": "Thank you for your order! Your payment of {amount} has been confirmed. Delivery in 3-5 days. Questions? Call {phone}.",
    "de": "Vielen Dank für Ihre Bestellung über {amount}. Die Zahlung wurde bestätigt. Fragen? {phone}",
    "fr": "Merci pour votre commande de {amount}, le paiement a été accepté. Une question ? {phone}",
    "es": "Gracias por su compra de {amount}. Su pago ha sido confirmado. Atención al cliente: {phone}",
    "ja": "ご注文ありがとうございます。お支払い（{amount}）を確認しました。お問い合わせ：{phone}",
}
ABOUT_SCAMS = {
    "en": "Beware of tech support scams: a pop-up that says your computer is blocked and tells you to call {phone} is a scam. Never call the number.",
    "de": "Vorsicht, Betrugsmasche: Eine Meldung, Ihr Computer sei gesperrt und Sie sollen {phone} anrufen, stammt von Betrügern.",
    "fr": "Attention à l'arnaque au faux support : si un message dit que votre ordinateur est bloqué et vous demande d'appeler le {phone}, c'est une escroquerie.",
    "es": "Cuidado con la estafa del falso soporte técnico: si un aviso dice que su ordenador ha sido bloqueado y le pide llamar al {phone}, no llame.",
    "it": "Attenzione alla truffa del falso supporto: se un avviso dice che il tuo computer è stato bloccato e chiede di chiamare il {phone}, è una truffa.",
    "pt": "Cuidado com o golpe do falso suporte: se uma mensagem diz que o seu computador foi bloqueado e pede para ligar para {phone}, é golpe.",
    "nl": "Let op oplichting: een melding dat uw computer is geblokkeerd en dat u {phone} moet bellen, komt van oplichters.",
    "pl": "Uwaga na oszustwo: komunikat, że twój komputer został zablokowany i trzeba zadzwonić pod {phone}, to oszustwo.",
    "tr": "Dolandırıcılığa dikkat: bilgisayarınız engellendi diyen ve {phone} numarasını aramanızı isteyen mesajlar sahtedir.",
    "ru": "Осторожно, мошенники: сообщение «ваш компьютер заблокирован, позвоните {phone}» пишут мошенники.",
    "ja": "詐欺にご注意ください。「パソコンがロックされました。{phone}にお電話ください」という表示は偽物です。",
    "zh": "谨防诈骗：声称“您的电脑已被锁定，请拨打 {phone}”的弹窗是诈骗。",
    "ar": "احذر من الاحتيال: رسالة تقول إن جهازك تم حظره وتطلب الاتصال على {phone} هي احتيال.",
}

LOOPBACK_HOSTS = [
    "http://localhost:8400/",
    "http://localhost:53682/",
    "http://127.0.0.1:8080/callback",
    "http://127.0.0.1:49152/oauth2/callback",
    "http://[::1]:3000/auth/redirect",
    "http://localhost/",
    "http://app.localhost:5173/signin-oidc",
    "http://127.0.0.2:9000/cb",
]
DEV_URLS = [
    "http://localhost:3000/dashboard?tab=settings",
    "http://127.0.0.1:8000/admin/login/?next=/admin/",
    "http://localhost:5173/auth/callback",
    "http://localhost:8080/api/v1/items?page=2&limit=50",
    "http://[::1]:4000/graphql",
    "http://localhost:9090/graph?g0.expr=up&g0.tab=1",
    "http://127.0.0.1:5000/oauth/callback?error=access_denied&state=af0ifjsldkj",
    "http://localhost:8888/lab?token=",
]
OAUTH_DOCS = [
    "After the user signs in, the browser is sent to http://localhost:8080/callback?code=AUTHORIZATION_CODE&state=STATE and your app exchanges the code for a token.",
    "Redirect URI: http://127.0.0.1:5000/oauth/callback?code={code}&state={state}",
    "Example response: http://localhost:3000/callback?code=<authorization_code>&state=xyz",
    "The authorization server redirects the user-agent back to the client: http://localhost/cb?code=YOUR_CODE_HERE&state=abc",
    "Register http://localhost:8400 as a redirect URI for the desktop app; the CLI listens there for the code.",
    "In the implicit flow the token comes back in the fragment, e.g. http://localhost:8080/#access_token=ACCESS_TOKEN&token_type=Bearer.",
]
URL_TAILS = [
    "# ✅ I am not a robot - reCAPTCHA Verification ID: {n}",
    "# I'm not a robot: Cloudflare Ray ID {hexid}",
    "# Verify you are human - verification code {n}",
    "::  ✅ Human verification complete, ID {n}",
    "REM I am not a robot - Verification ID: {n}",
    "# ✅ Ich bin kein Roboter - Verifizierungs-ID: {n}",
    "# ✅ Je ne suis pas un robot - ID de vérification : {n}",
    "# ✅ No soy un robot - ID de verificación: {n}",
    "# ✅ Non sono un robot - ID di verifica: {n}",
    "# ✅ Não sou um robô - ID de verificação: {n}",
    "# ✅ Ik ben geen robot - verificatie-ID {n}",
    "# ✅ Nie jestem robotem - ID weryfikacji: {n}",
    "# ✅ Ben robot değilim - Doğrulama kimliği: {n}",
    "# ✅ Я не робот - ID проверки: {n}",
    "# ✅ 私はロボットではありません - 認証ID: {n}",
    "# ✅ 我不是机器人 - 验证编号：{n}",
    "# ✅ أنا لست روبوت - رمز التحقق: {n}",
]
LURE_LOCATORS = [
    "https://verify-session.example/captcha/check.hta",
    "https://cdn-static.example.net/fix/update.msi",
    "http://203.0.113.45/verify",
    "https://docs-share.example.org/s/Report_Q3.pdf.lnk",
    "https://browser-check.example.com/",
    "\\\\files.example.net@SSL\\DavWWWRoot\\verify.hta",
    "\\\\198.51.100.7\\share\\invoice.vbs",
    "https://kite-lemon.trycloudflare.com/c.exe",
    "file://198.51.100.9/public/check.hta",
    "search-ms:query=invoice&crumb=location:\\\\files.example.net@SSL\\DavWWWRoot",
]
BOOKMARKS = [
    "https://developers.cloudflare.com/turnstile/   # Cloudflare Turnstile docs",
    "https://www.google.com/recaptcha/admin   # reCAPTCHA admin console",
    "https://github.com/example-org/widget   # ✅ verified release notes",
    "https://status.example.org            # status page",
    "https://docs.python.org/3/library/re.html  # regex syntax reference",
    "\\\\fileserver\\projects\\2026   # team share (VPN needed)",
    "https://example.com/captcha-demo   # our own CAPTCHA demo page",
    "https://support.example.com/kb/4021   # how to verify your email address",
]
SOURCES = [
    "https://verify-human.example.com/check",
    "https://news-today.example.org/article/8812",
    "https://free-movies.example.net/watch",
]
SCAM_SOURCES = [
    "https://windows-alert.example.net/",
    "https://secure-support.example.com/warning",
]
RUN_PLATFORM = {"en": "any"}


def _case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    source: str | None = None,
    target: str | None = None,
) -> dict[str, str]:
    case = {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": platform}
    if source is not None:
        case["source"] = source
    if target is not None:
        case["target"] = target
    return case


def _code(rng: random.Random, length: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(length))


def tech_support(rng: random.Random) -> list[dict[str, str]]:
    cases = []
    for lang in LANGS:
        alarms, calls = TECH[lang]
        phones = PHONES[lang]
        n = 0
        for i, alarm in enumerate(alarms):
            for j, call in enumerate(calls):
                if (i + j) % 2 and lang != "en":
                    continue
                n += 1
                phone = phones[(i * len(calls) + j) % len(phones)]
                branded = "{brand}" in call
                brand = BRANDS[lang][(i + j) % len(BRANDS[lang])]
                text = f"{alarm} {call.format(brand=brand, phone=phone)}"
                if n % 4 == 0:
                    text = text.upper() if lang in ("en", "de", "fr", "es", "it") else text
                if n % 5 == 0:
                    text = text + f"\nError code: 0x{rng.randrange(0x10000000, 0xFFFFFFFF):08X}"
                expect = "malicious" if branded else "flagged"
                cases.append(_case(f"l-scam-{lang}-{n}", text, expect, f"scam-call-{lang}", "any"))
    return cases


def callback(rng: random.Random) -> list[dict[str, str]]:
    cases = []
    for lang in LANGS:
        notices, asks, amounts = CALLBACK[lang]
        phones = PHONES[lang]
        n = 0
        for i, notice in enumerate(notices):
            for j, ask in enumerate(asks):
                n += 1
                amount = amounts[(i + j) % len(amounts)]
                phone = phones[(i + 2 * j + 1) % len(phones)]
                order = f"#{rng.randrange(10_000_000, 99_999_999)}"
                text = f"{notice.format(amount=amount)} ({order})\n{ask.format(phone=phone)}"
                cases.append(
                    _case(f"l-callback-{lang}-{n}", text, "flagged", f"callback-{lang}", "any")
                )
    return cases


def consentfix(rng: random.Random) -> list[dict[str, str]]:
    cases = []
    n = 0
    for base in LOOPBACK_HOSTS:
        for variant in range(3):
            n += 1
            code = ("0.A" if variant == 0 else "M.C5") + _code(rng, 40 + 37 * variant)
            state = _code(rng, 16)
            if variant == 0:
                query = f"?code={code}&state={state}&session_state={_code(rng, 8)}-{_code(rng, 4)}"
            elif variant == 1:
                query = f"?state={state}&code={code}"
            else:
                query = f"#access_token={code}&token_type=Bearer&expires_in=3599&state={state}"
            url = base + query
            cases.append(_case(f"l-consentfix-{n}", url, "malicious", "consentfix", "browser"))
    # the same addresses, pasted into a web page (a box that runs nothing) or with a word
    for i, base in enumerate(LOOPBACK_HOSTS[:6]):
        n += 1
        url = f"{base}?code={_code(rng, 64)}1&state={_code(rng, 12)}"
        cases.append(
            _case(f"l-consentfix-{n}", url, "malicious", "consentfix", "browser", None, "other")
        )
        n += 1
        note = ["here it is: ", "URL: ", "done -> ", "", "Address: ", "ok "][i]
        cases.append(
            _case(f"l-consentfix-{n}", note + url + " ", "flagged", "consentfix", "browser")
        )
    n += 1
    ms = (
        "https://login.microsoftonline.com/common/oauth2/nativeclient?code="
        f"0.AUcA{_code(rng, 120)}&session_state={_code(rng, 36)}"
    )
    cases.append(_case(f"l-consentfix-{n}", ms, "malicious", "consentfix", "browser"))
    return cases


def url_tails(rng: random.Random) -> list[dict[str, str]]:
    cases = []
    n = 0
    for i, locator in enumerate(LURE_LOCATORS):
        for j in range(3):
            tail = URL_TAILS[(i * 3 + j) % len(URL_TAILS)].format(
                n=rng.randrange(1000, 9999), hexid=f"{rng.getrandbits(64):016x}"
            )
            n += 1
            pad = [" " * rng.randrange(40, 90), "   ", "\u2003" * 30][j]
            text = f"{locator}{pad}{tail}"
            expect = "flagged" if j == 1 else "malicious"
            cases.append(_case(f"l-url-tail-{n}", text, expect, "url-fake-tail", "windows"))
            if j == 1:  # the same short form, pasted into the Run dialog from a page
                n += 1
                source = SOURCES[i % len(SOURCES)]
                cases.append(
                    _case(
                        f"l-url-tail-{n}", text, "malicious", "url-fake-tail", "windows",
                        source, "run_dialog",
                    )
                )  # fmt: skip
    return cases


def with_context(cases: list[dict[str, str]]) -> list[dict[str, str]]:
    """Scam texts as the guard meets them: written by a page, pasted into a chat or an editor."""
    out = []
    for k, case in enumerate(cases[::7]):
        source = SCAM_SOURCES[k % len(SCAM_SOURCES)]
        target = ["other", "unknown", "other"][k % 3]
        cid = case["id"].replace("l-", "l-ctx-", 1)
        out.append({**case, "id": cid, "source": source, "target": target})
    return out


def benign(rng: random.Random) -> list[dict[str, str]]:
    cases = []
    for lang in LANGS:
        phones = PHONES[lang]
        for k, phone in enumerate(phones[:3]):
            cases.append(
                _case(f"l-ok-signature-{lang}-{k}", SIGNATURES[lang].format(phone=phone),
                      "not_flagged", BENIGN, "any")
            )  # fmt: skip
        cases.append(
            _case(f"l-ok-booking-{lang}", BOOKINGS[lang].format(phone=phones[1]),
                  "not_flagged", BENIGN, "any")
        )  # fmt: skip
        cases.append(
            _case(f"l-ok-support-{lang}", SUPPORT_PAGES[lang].format(phone=phones[-1]),
                  "not_flagged", BENIGN, "any")
        )  # fmt: skip
        cases.append(
            _case(f"l-ok-about-scams-{lang}", ABOUT_SCAMS[lang].format(phone=phones[0]),
                  "not_flagged", BENIGN, "any")
        )  # fmt: skip
    for lang, text in CONFIRMATIONS.items():
        amount = CALLBACK[lang][2][0]
        cases.append(
            _case(f"l-ok-confirmation-{lang}", text.format(amount=amount, phone=PHONES[lang][0]),
                  "not_flagged", BENIGN, "any")
        )  # fmt: skip
    for k, text in enumerate(
        [
            "Your data may be at risk if you reuse passwords. Our helpdesk can help: call "
            "0800 123 4567.",
            "Reminder: your subscription will be charged $19.99 on 1 March. Questions? Call "
            "1-800-555-0150.",
            "Your computer is due for its yearly service. To book a technician, call "
            "+44 20 7946 0958.",
        ]
    ):
        cases.append(_case(f"l-ok-it-notice-{k}", text, "not_flagged", BENIGN, "any"))
    cases.append(
        _case("l-ok-brand-support", "Microsoft Support: for help with your Windows license, call "
              "1-800-555-0150 (Mon-Fri 6am-6pm PT).", "not_flagged", BENIGN, "any")
    )  # fmt: skip
    for k, text in enumerate(OAUTH_DOCS):
        cases.append(_case(f"l-ok-oauth-docs-{k}", text, "not_flagged", BENIGN, "any"))
    for k, url in enumerate(DEV_URLS):
        cases.append(_case(f"l-ok-dev-url-{k}", url, "not_flagged", BENIGN, "browser"))
        cases.append(
            _case(f"l-ok-dev-url-ctx-{k}", url, "not_flagged", BENIGN, "browser", None, "other")
        )
    for k, text in enumerate(BOOKMARKS):
        cases.append(_case(f"l-ok-bookmark-{k}", text, "not_flagged", BENIGN, "any"))
    cases.append(
        _case("l-ok-consentfix-writeup", "ConsentFix, explained: the page asks you to copy the "
              "address your browser shows after signing in (it starts with http://localhost and "
              "carries a code) and paste it back. Never paste that address anywhere.",
              "not_flagged", BENIGN, "any")
    )  # fmt: skip
    cases.append(
        _case("l-ok-lure-writeup", "ClickFix pages end the command with a fake note such as "
              "'I am not a robot - Verification ID: 1234' so that only the note shows in the Run "
              "box. Close such pages.", "not_flagged", BENIGN, "any")
    )  # fmt: skip
    _ = rng
    return cases


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    scams = tech_support(rng)
    calls = callback(rng)
    return [
        *scams,
        *calls,
        *with_context(scams + calls),
        *consentfix(rng),
        *url_tails(rng),
        *benign(rng),
    ]


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
