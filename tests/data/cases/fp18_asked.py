"""fpover18 texts: people quoting a scam text to ask whether it is real, and look-alikes where the
number stands outside the quote or the words outside tell you to call (own words; 555 numbers)."""

TEAMS = "https://teams.microsoft.com/"
WHATSAPP = "https://web.whatsapp.com/"

ASKED = [
    (
        TEAMS,
        "other",
        'Hi IT, I got this pop-up this morning, is it real?\n\n"Your PC is infected with a Trojan. Call Microsoft Support at 1-844-555-0123 immediately. Do not turn off your computer."\n\nI did not call. Thanks, Joe',
    ),
    (
        WHATSAPP,
        "other",
        'Is this legit? Got it by text: "Your Amazon order of $1,299.00 has been placed. If you did not place this order call 1-888-555-0123." I never ordered anything.',
    ),
    (
        WHATSAPP,
        "other",
        'Should I call this number? My mum got this: "Your bank account has been suspended due to suspicious activity, call 0800 555 0199"',
    ),
    (
        TEAMS,
        "other",
        'Quick one - a user keeps getting this in Edge: "Windows Defender Alert: Zeus virus detected. Call support 1-855-555-0147 now." Is it real or adware? I told her not to call.',
    ),
    (
        None,
        "unknown",
        'Is this a scam or real? "Your Norton subscription has been renewed for $399.99. To cancel, call 1-808-555-0143."',
    ),
    (
        TEAMS,
        "other",
        'Hallo IT, ist das echt? "Ihr Computer wurde gesperrt. Rufen Sie sofort den Microsoft Support unter 0800 555 0123 an." Ich habe nicht angerufen.',
    ),
    (
        WHATSAPP,
        "other",
        "C'est vrai ça ? J'ai reçu ce SMS : \"Votre compte est bloqué, appelez immédiatement le 09 70 55 50 12.\" Je n'ai pas appelé.",
    ),
    (
        WHATSAPP,
        "other",
        '¿Es real? Me llegó este mensaje: "Su cuenta ha sido bloqueada. Llame inmediatamente al 900 555 012." No he llamado.',
    ),
    (
        WHATSAPP,
        "other",
        'È vero? Ho ricevuto questo SMS: "Il suo conto è stato bloccato, chiami subito il numero 800 555 123." Non ho chiamato.',
    ),
    (
        WHATSAPP,
        "other",
        'É verdade? Recebi esta mensagem: "Sua conta foi bloqueada. Ligue imediatamente para 0800 555 0001." Não liguei.',
    ),
    (
        WHATSAPP,
        "other",
        'Is dit echt? Ik kreeg dit bericht: "Uw rekening is geblokkeerd. Bel direct 020 555 4000." Ik heb niet gebeld.',
    ),
    (
        WHATSAPP,
        "other",
        'Czy to prawda? Dostałam SMS: "Twoje konto zostało zablokowane. Zadzwoń natychmiast pod 22 555 01 23." Nie dzwoniłam.',
    ),
    (
        WHATSAPP,
        "other",
        'Bu gerçek mi? Şu mesaj geldi: "Hesabınız bloke edildi. Hemen 0850 555 01 23 numarasını arayın." Aramadım.',
    ),
    (
        WHATSAPP,
        "other",
        "Это правда? Пришло такое сообщение: «Ваша карта заблокирована. Срочно позвоните по номеру 8 800 555 01 23». Я не звонил.",
    ),
    (
        WHATSAPP,
        "other",
        "これ本物ですか？こんなメッセージが届きました。「お客様のPCはウイルスに感染しています。今すぐ 0120-555-012 にお電話ください。」電話していません。",
    ),
    (
        WHATSAPP,
        "other",
        "这是真的吗？我收到了这条短信：“您的账户已被冻结，请立即拨打 400-555-0123。”我没有打。",
    ),
    (
        WHATSAPP,
        "other",
        'هل هذا حقيقي؟ وصلتني هذه الرسالة: "تم حظر حسابك، اتصل فوراً على 800 555 0123". لم أتصل.',
    ),
    (
        None,
        "other",
        "Forwarded to IT: is this phishing?\n> Your Microsoft 365 licence has expired. Call our billing team on 1-866-555-0101 to renew.\n> Microsoft Corporation\nThanks, Priya",
    ),
]

# the number outside the quote, an order to call outside it, no question, or the question inside
ASKED_LURES = [
    (
        "other",
        TEAMS,
        "malicious",
        'Is this real? "Your PC is infected with a Trojan. Do not turn off your computer." Call Microsoft Support now at 1-844-555-0123.',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        '"Is this real? Your PC is infected with a Trojan. Call Microsoft Support at 1-844-555-0123 immediately."',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Microsoft Security: "Your PC is infected with a Trojan. Call Microsoft Support at 1-844-555-0123 immediately." Do not turn off your computer.',
    ),
    (
        "other",
        WHATSAPP,
        "suspicious",
        'Got this pop-up? "Your PC is infected with a Trojan." Call 1-844-555-0123 to remove it.',
    ),
    (
        "unknown",
        None,
        "malicious",
        'Is this real? Yes. "Your account has been suspended due to suspicious activity." Please call 0800 555 0199 immediately.',
    ),
    (
        "other",
        WHATSAPP,
        "malicious",
        'Should I call? "Your bank account has been suspended due to suspicious activity." Dial 1-888-555-0123 now.',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Is this legit? "Your Amazon order of $1,299.00 has been placed." If you did not place this order call 1-888-555-0123.',
    ),
    (
        "unknown",
        None,
        "malicious",
        "Your PC is infected with a Trojan. Is it real? Yes it is. Call Microsoft Support at 1-844-555-0123 immediately.",
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Ist das echt? "Ihr Computer wurde gesperrt." Rufen Sie sofort den Microsoft Support unter 0800 555 0123 an.',
    ),
    (
        "other",
        WHATSAPP,
        "malicious",
        'C\'est vrai ? "Votre compte est bloqué." Appelez immédiatement le 09 70 55 50 12.',
    ),
    (
        "other",
        WHATSAPP,
        "malicious",
        '¿Es real? "Su cuenta ha sido bloqueada." Llame inmediatamente al 900 555 012.',
    ),
    (
        "other",
        WHATSAPP,
        "suspicious",
        'Czy to prawda? "Twoje konto zostało zablokowane." Zadzwoń natychmiast pod 22 555 01 23.',
    ),
    (
        "other",
        WHATSAPP,
        "suspicious",
        "Это правда? «Ваша карта заблокирована». Срочно позвоните по номеру 8 800 555 01 23.",
    ),
    (
        "unknown",
        None,
        "malicious",
        '"Windows Defender Alert: Zeus virus detected." Is this real? Support line 1 855 555 0147, call now.',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Is this real?\n"Your PC is infected with a Trojan. Call Microsoft Support immediately."\nHelpline: +1 844 555 0123',
    ),
    (
        "unknown",
        None,
        "malicious",
        'Security notice (is this real? yes): "Your iCloud account has been locked." Urgent: call Apple Support on 1-888-555-0175.',
    ),
]

# questions about a quoted device-code ask
ASKED_DEVICE = [
    (
        TEAMS,
        "other",
        'Is this legit? Got this in Teams from "IT Support": "To keep your mailbox, go to https://microsoft.com/devicelogin and enter the code FQK5-HW3U within 10 minutes." I did not do it.',
    ),
    (
        TEAMS,
        "other",
        'Hi IT, is this real? Someone sent me this on Teams: "Please verify your account: open microsoft.com/devicelogin and type WDJB-MJHT". I have not done anything.',
    ),
    (
        None,
        "unknown",
        'Is this phishing? An email said "Your shared document is waiting. Go to https://microsoft.com/devicelogin and enter KQ7M-2XPL to view it."',
    ),
    (
        TEAMS,
        "other",
        "Ist das echt? Ich habe diese Nachricht bekommen: „Bitte öffnen Sie microsoft.com/devicelogin und geben Sie den Code HX4T-9QRB ein, um Ihr Postfach zu behalten.“",
    ),
    (
        WHATSAPP,
        "other",
        "C'est vrai ? J'ai reçu ce message : « Rendez-vous sur microsoft.com/devicelogin et saisissez le code PL8D-3WKM pour garder votre compte. » Je n'ai rien fait.",
    ),
    (
        TEAMS,
        "other",
        "Forwarded to IT: is this phishing?\n> Action required: go to https://microsoft.com/devicelogin and enter the code ZT6R-4NVA to keep access to your mailbox.\nThanks, Priya",
    ),
]

ASKED_DEVICE_LURES = [
    (
        "other",
        TEAMS,
        "malicious",
        'Is this legit? "To keep your mailbox, enter the code FQK5-HW3U within 10 minutes." Go to https://microsoft.com/devicelogin now.',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        '"Is this legit? To keep your mailbox, go to https://microsoft.com/devicelogin and enter the code FQK5-HW3U within 10 minutes."',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'IT Support: "To keep your mailbox, go to https://microsoft.com/devicelogin and enter the code FQK5-HW3U within 10 minutes."',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Is this real? "Your mailbox will be closed. Go to https://microsoft.com/devicelogin." Your code: FQK5-HW3U',
    ),
    (
        "other",
        TEAMS,
        "suspicious",
        'Is this real? "Go to https://microsoft.com/devicelogin and enter FQK5-HW3U." Enter it within 10 minutes.',
    ),
    (
        "unknown",
        None,
        "malicious",
        'Is this real? Yes. Go to https://microsoft.com/devicelogin and enter the code "FQK5-HW3U" to keep your mailbox.',
    ),
    (
        "other",
        TEAMS,
        "malicious",
        'Is this legit? "Your document is shared with you." Open microsoft.com/devicelogin and type WDJB-MJHT to view it.',
    ),
    (
        "unknown",
        None,
        "malicious",
        "Ist das echt? „Ihr Postfach wird gelöscht.“ Öffnen Sie microsoft.com/devicelogin und geben Sie den Code HX4T-9QRB ein.",
    ),
]
