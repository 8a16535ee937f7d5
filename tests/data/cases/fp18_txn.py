"""fpover18 texts: genuine payment, refund, transfer and order notices with an amount and a phone
number, in several languages (own words)."""

TXN = [
    (
        "https://mail.google.com/",
        "other",
        "Your refund of £42.90 for order 204-7781234-1122334 has been processed and should reach your card in 3–5 working days. You can track it in Your Orders.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Thanks, we've received your payment of $120.00 for account ending 8812. It may take up to 2 business days to show on your statement. Questions about your bill? Call 1-800-555-0142, Mon–Fri 8am–8pm.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "You sent €250.00 to J. Smith (IBAN ending 4471) on 3 Dec at 14:02. If you didn't make this payment, call us on the number on the back of your card or freeze your card in the app.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Spotify Premium subscription has been cancelled. You'll keep Premium until 14 January, then your account switches to Spotify Free. Changed your mind? Renew any time from your account page.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your British Airways refund of £312.40 for booking XK7Q2P has been approved and will be paid to the original card within 7 days. For help call 0344 493 0787.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Payment received: £84.00 for your electricity account 1204 5567. Thank you. Your next bill is due on 5 February. For questions call 0333 202 9802.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your order has been dispatched! Order #UK-44812: Logitech C920 webcam, £59.99. Track your parcel with DPD using reference 1550 8812 3340. Any problems? Call our team on 0161 555 0123.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Wir haben Ihre Zahlung über 39,99 € erhalten. Vielen Dank! Die Rechnung finden Sie im Kundencenter. Bei Fragen erreichen Sie uns unter 0800 330 1000.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Ihre Rückerstattung über 42,90 € wurde veranlasst und wird innerhalb von 3–5 Werktagen gutgeschrieben. Fragen? Rufen Sie uns an: 040 555 0190.",
    ),
    (
        "https://mail.orange.fr/",
        "other",
        "Votre remboursement de 42,90 € a été effectué et apparaîtra sur votre compte sous 3 à 5 jours ouvrés. Une question ? Appelez le 01 55 55 01 23.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Hemos recibido tu pago de 49,90 €. ¡Gracias! Puedes descargar la factura desde tu área de cliente. Si tienes dudas, llama al 910 555 012.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Il rimborso di 42,90 € è stato elaborato e sarà accreditato entro 5 giorni lavorativi. Per informazioni chiama lo 02 5555 0123.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Recebemos o seu pagamento de 49,90 €. Obrigado! A fatura está disponível na área de cliente. Dúvidas? Ligue 210 555 012.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "We hebben uw betaling van € 49,90 ontvangen. Bedankt! U vindt de factuur in Mijn omgeving. Vragen? Bel 020 555 0123.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Otrzymaliśmy Twoją płatność w wysokości 49,90 zł. Dziękujemy! Fakturę znajdziesz w panelu klienta. Pytania? Zadzwoń: 22 555 01 23.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "49,90 TL tutarındaki ödemeniz alınmıştır. Teşekkür ederiz! Faturanızı müşteri panelinden indirebilirsiniz. Sorularınız için 0212 555 01 23.",
    ),
    (
        "https://mail.yandex.ru/",
        "other",
        "Мы получили ваш платёж на сумму 490 ₽. Спасибо! Счёт доступен в личном кабинете. Вопросы — по телефону 8 800 555 01 23.",
    ),
    (
        "https://mail.yahoo.co.jp/",
        "other",
        "4,980円のお支払いを確認しました。ありがとうございます。領収書はマイページからダウンロードできます。お問い合わせは 03-5555-0123 まで。",
    ),
    (
        "https://mail.qq.com/",
        "other",
        "您已成功支付 49.90 元。感谢您的惠顾！电子发票可在会员中心下载。如有疑问请致电 400-555-0123。",
    ),
    (
        "https://mail.google.com/",
        "other",
        "تم استلام دفعتك بمبلغ 49.90 درهم. شكراً لك! يمكنك تنزيل الفاتورة من حسابك. للاستفسار اتصل على 800 555 0123.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Uber receipt – Thursday evening trip, £18.40 charged to Visa ••••4821. Lost an item? Contact the driver through the app. Questions about your trip? Visit help.uber.com.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Apple Pay: you paid £3.60 at PRET A MANGER with Visa ••••4821. If you don't recognise this, contact your card issuer using the number on the back of your card.",
    ),
]
