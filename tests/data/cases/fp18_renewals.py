"""fpover18 texts next to the callback lure: genuine renewal, direct-debit, appointment, insurance,
membership and booking notices with an amount and a phone number, calendar invites with dial-in
numbers, mail signatures, verification and reset mails (own words)."""

RENEWALS = [
    (
        "https://mail.google.com/",
        "other",
        "Your car insurance renews automatically on 12 January for £612.40, paid by direct debit in 12 instalments. If you don't want to renew, or your details have changed, call us on 0345 030 6900 before the renewal date.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Your home insurance policy HX-2291-88 renews on 3 February. Your new premium is £284.16 (last year £251.02). To discuss your renewal or cancel, call 0800 051 0160, Monday to Friday 8am–8pm.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "PureGym: your membership fee of £24.99 will be collected on 1 January. To freeze or cancel your membership, visit the members area or call 0344 477 0005.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Direct Debit notice: British Gas will collect £84.00 from your account ending 4412 on or just after 5 January. If you think this is wrong, call us on 0333 202 9802.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Reminder: your appointment with Dr Patel is on Tue 10 Dec at 09:40. Please note a £25 fee is charged for appointments missed without 24 hours' notice. To cancel or rebook, call the surgery on 0113 496 0777.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your TV licence payment of £14.13 will be taken on 1 January. If your circumstances have changed, you can update your details online or call 0300 790 6165.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "AA Breakdown Cover: your membership will auto-renew on 19/01/2025 at £129.00. If you don't want it to renew, call 0800 085 2840 or turn off auto-renewal online.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your annual subscription to The Economist will renew on 14 January at $189.00. If you'd like to cancel, call our customer service team on +1 800 456 6086 or chat with us.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Dental reminder: check-up and hygienist on 12/12 at 15:00, cost £72.50. If you need to cancel please call 020 7946 0138 at least 48 hours before, otherwise the full fee will be charged.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "easyJet: your flight EZY8123 on 14 Dec has been rescheduled to depart at 18:45. If the new time doesn't work, you can change for free or request a refund in Manage Bookings, or call +44 330 551 5151.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Ihre Kfz-Versicherung verlängert sich zum 01.01. automatisch. Neuer Jahresbeitrag: 512,40 €. Wenn Sie kündigen oder den Vertrag ändern möchten, rufen Sie uns an unter 0221 555 0180 (Mo–Fr 8–18 Uhr).",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Ihr Fitnessstudio-Beitrag von 29,90 € wird am 01.01. abgebucht. Eine Kündigung ist bis zum 30.11. möglich – telefonisch unter 030 555 0177 oder im Mitgliederbereich.",
    ),
    (
        "https://mail.orange.fr/",
        "other",
        "Votre contrat d'assurance habitation sera renouvelé le 03/02 pour 284,16 €. Pour toute question ou pour résilier, appelez le 09 69 39 75 75 (appel non surtaxé).",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Su seguro de hogar se renovará el 03/02 por 284,16 €. Si desea cancelarlo o modificarlo, llame al 912 555 018 de lunes a viernes.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "La sua polizza auto si rinnova il 12/01 per 612,40 €. Per disdire o modificare la polizza chiami il numero 02 5555 0190.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "O seu seguro automóvel será renovado a 12/01 por 612,40 €. Para cancelar ou alterar, ligue para 213 555 018.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Uw autoverzekering wordt op 12 januari verlengd voor € 612,40. Wilt u opzeggen of iets wijzigen? Bel 088 555 0190.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Twoje ubezpieczenie OC zostanie odnowione 12.01 za 612,40 zł. Jeśli chcesz zrezygnować, zadzwoń pod 22 555 01 90.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Kasko poliçeniz 12 Ocak'ta 6.124,00 TL bedelle yenilenecektir. İptal veya değişiklik için 0850 555 01 90'ı arayın.",
    ),
    (
        "https://mail.yandex.ru/",
        "other",
        "Ваш полис ОСАГО будет продлён 12 января, стоимость 6 124 ₽. Если вы хотите отказаться от продления, позвоните по номеру 8 800 555 01 90.",
    ),
]

INVITES = [
    (
        "https://outlook.office.com/",
        "other",
        "________________________________________________________________________________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 341 227 996 581\nPasscode: hY7qP2\n________________________________\nDial in by phone\n+1 323-555-0166,,518277332# United States, Los Angeles\nFind a local number\nPhone conference ID: 518 277 332#\nFor organizers: Meeting options | Reset dial-in PIN",
    ),
    (
        "https://calendar.google.com/",
        "other",
        "Join Zoom Meeting\nhttps://us02web.zoom.us/j/84712345678?pwd=Q2x5bU9zN0dJb3l2aW1ZQT09\n\nMeeting ID: 847 1234 5678\nPasscode: 551203\n\nOne tap mobile\n+16465588656,,84712345678#,,,,*551203# US (New York)\n\nDial by your location\n        +1 646 558 8656 US (New York)\n        +1 669 900 9128 US (San Jose)",
    ),
    (
        "https://calendar.google.com/",
        "other",
        "Join with Google Meet\nmeet.google.com/abc-defg-hij\nJoin by phone\n(US) +1 505-555-0133 PIN: 227 118 449#\nMore phone numbers: https://tel.meet/abc-defg-hij?pin=227118449",
    ),
    (
        "https://outlook.office.com/",
        "other",
        "Webex meeting\nMeeting number (access code): 2634 112 9085\nMeeting password: Qr7PmK2\nJoin by phone\n+44-20-7946-0123 United Kingdom Toll\nGlobal call-in numbers",
    ),
]

SIGNATURES = [
    (
        None,
        "other",
        "Best regards,\n\nAnna Kowalski\nSenior Account Manager | Northwind Traders\nM: +44 7700 900 123 | T: +44 20 7946 0958\nanna.kowalski@northwind.example | northwind.example\nThis email and any attachments are confidential. If you received it in error, please notify the sender and delete it.",
    ),
    (
        None,
        "other",
        "Mit freundlichen Grüßen\n\nJonas Weber\nIT-Service | Beispiel GmbH\nTel.: +49 30 555 0142 | Mobil: +49 170 555 0199\nBeispielstraße 12, 10115 Berlin\nGeschäftsführer: M. Schmidt, Amtsgericht Charlottenburg HRB 123456",
    ),
    (
        None,
        "other",
        "Cordialement,\nClaire Martin – Service client\nTél. : +33 1 55 55 01 23\nDu lundi au vendredi, 9h–18h",
    ),
]

MAILS = [
    (
        "https://mail.google.com/",
        "other",
        "Hi Anna,\nPlease confirm your email address to finish setting up your Notion account:\nhttps://www.notion.so/verify?token=8f2b1c7e9d0a3f4e5b6c7d8e9f0a1b2c\nThis link expires in 24 hours. If you didn't sign up, you can ignore this email.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Reset your password\nWe received a request to reset the password for your GitHub account. Click below to choose a new one:\nhttps://github.com/password_reset/0f9e8d7c6b5a4f3e2d1c\nIf you didn't request this, you can safely ignore this email. The link expires in 3 hours.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Verify your identity: your Coinbase withdrawal of 0.05 BTC to bc1q...x7f2 needs confirmation. Open the Coinbase app to approve or cancel it. If you didn't request this, lock your account from the app and contact support through help.coinbase.com.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Steam Guard code for account anna_k is: 7FQ2K\nThis email was generated because of a login attempt from a web or mobile device located at Berlin, DE (IP 145.53.0.11). If you are not attempting to log in, change your Steam password and consider changing your email password too.",
    ),
]
