"""fpover20 texts: what mail and phones carry around the words — rewritten and tracking links,
calendar invites, vCards, QR payloads, signatures and disclaimers, out-of-office replies,
one-time codes (own words; real services' link shapes, invented people, ids and numbers)."""

from fp20_office import each

OUTLOOK = "https://outlook.office.com/mail/inbox"

LINKS = [
    *each(
        OUTLOOK,
        "other",
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Facme.sharepoint.com%2Fsites%2FFinance%2FShared%2520Documents%2FQ4%2520forecast.xlsx&data=05%7C02%7Cjdoe%40acme.example%7C8f3a1c2d4e5f%7C72f988bf86f141af91ab2d7cd011db47%7C0%7C0%7C638690123456789012&sdata=Xk2Lp9mN4vR8sT1uW3yZ6bC0dEfG5hJ8kL2mN4pQ7rS%3D&reserved=0",
        "https://url.us.m.mimecastprotect.com/s/Xk2LC9mN4vR8sT1u?domain=vendor-portal.example",
        "https://urldefense.com/v3/__https://www.example.org/events/2025-summit__;!!Xk2Lp9mN!4vR8sT1uW3yZ6bC0dEfG5hJ8kL2mN4pQ7rS$",
        "https://u1234567.ct.sendgrid.net/ls/click?upn=u001.Xk2Lp9mN4vR8sT1uW3yZ6bC0dEfG5hJ8kL2mN4pQ7rS-2BhJ8kL2mN4pQ7rS",
        "https://click.e.airline.example/?qs=8f3a1c2d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b",
        "https://links.shop.example/els/v2/Xk2Lp9mN4vR8/ZmFsc2U=/cmVkaXJlY3Q9aHR0cHMlM0ElMkYlMkZzaG9wLmV4YW1wbGUlMkZjYXJ0",
        "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&ved=2ahUKEwi8&url=https%3A%2F%2Fdocs.python.org%2F3%2Flibrary%2Fasyncio.html&usg=AOvVaw3",
        "https://t.co/Xk2Lp9mN4v",
        "https://lnkd.in/eXk2Lp9m",
        "https://www.youtube.com/watch?v=Xk2Lp9mN4vR&list=PL8f3a1c2d4e5f&index=3&t=742s",
        "https://maps.app.goo.gl/Xk2Lp9mN4vR8sT1u7",
        "https://www.booking.com/hotel/pt/almirante.html?aid=304142&label=gen173nr-1FCAEoggI46AdIM1gEaKkBiAEBmAExuAEXyAEM2AEB6AEB-AECiAIBqAIDuAK8&sid=8f3a1c2d4e5f&checkin=2025-03-14&checkout=2025-03-18",
    ),
]

CALENDAR = [
    *each(
        OUTLOOK,
        "other",
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme//Calendar//EN\nBEGIN:VEVENT\nUID:8f3a1c2d-4e5f-6a7b@acme.example\nDTSTART:20250114T090000Z\nDTEND:20250114T100000Z\nSUMMARY:Quarterly planning\nLOCATION:Room 4.12 / https://teams.microsoft.com/l/meetup-join/19%3ameeting_Xk2Lp9\nDESCRIPTION:Agenda: budget, hiring, roadmap. Dial-in: +44 20 3855 0123 Conference ID: 418 273 910#\nEND:VEVENT\nEND:VCALENDAR",
        "Join Zoom Meeting\nhttps://us02web.zoom.us/j/84182739102?pwd=Xk2Lp9mN4vR8sT1uW3yZ6bC0dEfG5.1\n\nMeeting ID: 841 8273 9102\nPasscode: 461802\n\nOne tap mobile\n+16465588656,,84182739102#,,,,*461802# US (New York)\n+13017158592,,84182739102#,,,,*461802# US (Washington DC)",
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 442 719 105\nPasscode: Xk2Lp9\nOr call in (audio only)\n+1 323-555-0142,,418273910#   United States, Los Angeles\nPhone Conference ID: 418 273 910#",
        "Google Meet joining info\nVideo call link: https://meet.google.com/abc-defg-hij\nOr dial: (US) +1 260-555-0139 PIN: 418 273 910#\nMore phone numbers: https://tel.meet/abc-defg-hij?pin=4182739102847",
        "Webex meeting\nhttps://acme.webex.com/acme/j.php?MTID=m8f3a1c2d4e5f6a7b8c9d0e1f2a3b4c5d\nMeeting number (access code): 2634 418 2739\nMeeting password: Plan2025!\nTap to join from a mobile device: +1-415-655-0002,,26344182739#04182739#",
    ),
]

CONTACTS = [
    *each(
        OUTLOOK,
        "other",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Marta Lindqvist\nORG:Lindqvist & Berg Advokatbyrå\nTITLE:Senior Associate\nTEL;TYPE=WORK,VOICE:+46 8 555 012 34\nTEL;TYPE=CELL:+46 70 555 01 99\nEMAIL:marta.lindqvist@lbadvokat.example\nURL:https://lbadvokat.example\nEND:VCARD",
        "WIFI:T:WPA;S:Acme-Guest;P:Winter-Harbour-2418;;",
        "otpauth://totp/Acme%20VPN:jdoe@acme.example?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20VPN&algorithm=SHA1&digits=6&period=30",
        "MECARD:N:Osei,Kwame;TEL:+233555018273;EMAIL:kwame@example.org;;",
        "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n1949.75\nCHF\nS\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\nQRR\n210000000003139471430009017\nOrder of 15 June 2024\nEPD",
        "BCD\n002\n1\nSCT\nCOBADEFFXXX\nStadtwerke Musterstadt\nDE89370400440532013000\nEUR84.20\n\n\nKundennr 4418273 Rechnung 2024-12",
    ),
]

SIGNATURES = [
    *each(
        OUTLOOK,
        "other",
        "Best regards,\n\nDr. Ingrid Solberg\nHead of Group Accounting\nNorthwind Holding ASA | Strandveien 50, 1366 Lysaker, Norway\nT +47 67 55 01 23 | M +47 905 55 018\nnorthwind.example\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Northwind will never ask you to change bank details by e-mail; always confirm by phone on a known number.",
        "Mit freundlichen Grüßen\ni. A. Jonas Keller\nEinkauf\n\nMusterwerke GmbH\nIndustriestraße 12, 70565 Stuttgart\nTel.: +49 711 555 4410 | Fax: +49 711 555 4499\nSitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 718273\nGeschäftsführer: Dr. A. Brandt, M. Yilmaz\nUSt-IdNr.: DE812345678",
        "Cordialement,\nClaire Dubois\nDirectrice administrative et financière\n+33 (0)4 72 55 61 20 — +33 (0)6 55 01 82 73\nAvant d'imprimer, pensez à l'environnement.\nCe message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
        "Sent from my iPhone\n\n> On 10 Dec 2024, at 14:02, Priya Raman <priya@acme.example> wrote:\n>\n> Can you send me the signed copy by EOD? Thanks!",
        "-- \nJonas Keller · he/him\nStaff Engineer, Payments\nhttps://github.com/jkeller-dev · PGP 4AEE 18F8 3AFD EB23 9C1E 8B7D 6C5A 4F3E 2D1C 0B9A",
    ),
]

AUTO_REPLIES = [
    *each(
        OUTLOOK,
        "other",
        "Automatic reply: I'm out of the office until Thursday 2 January with limited access to email. For urgent accounts payable matters please contact ap@acme.example or call +44 20 7946 0555. For anything else I'll respond when I'm back. Happy holidays!",
        "Abwesenheitsnotiz: Ich bin bis einschließlich 03.01.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Novak (novak@musterwerke.example, +49 711 555 4412).",
        "Réponse automatique : je suis en congé jusqu'au 6 janvier inclus. Pour toute urgence, merci de contacter le standard au 04 72 55 61 00.",
        "Respuesta automática: Estaré fuera de la oficina del 23/12 al 06/01. Para asuntos urgentes contacte con recepcion@empresa.example o al 91 555 28 40.",
        "Thank you for contacting Acme Support. This is an automated confirmation that we've received your request (#418273). A member of our team will respond within 1 business day. You can view or update your request at https://support.acme.example/hc/requests/418273",
        "Delivery has failed to these recipients or groups:\nj.smith@vendor.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\nDiagnostic information for administrators:\nGenerating server: AM6PR02MB4418.eurprd02.prod.outlook.com\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
]

CODES = [
    *each(
        "Messages",
        "other",
        "Your Google verification code is 418273",
        "G-418273 is your Google verification code.",
        "Ihr Bestätigungscode lautet 418273. Geben Sie ihn nicht weiter.",
        "Votre code de vérification est 418273. Ne le communiquez à personne.",
        "Tu código de verificación es 418273. No lo compartas con nadie.",
        "O seu código de verificação é 418273. Não o partilhe.",
        "Il tuo codice di verifica è 418273. Non condividerlo con nessuno.",
        "Uw verificatiecode is 418273. Deel deze code met niemand.",
        "Twój kod weryfikacyjny to 418273. Nie udostępniaj go nikomu.",
        "Doğrulama kodunuz: 418273. Bu kodu kimseyle paylaşmayın.",
        "認証コード：418273（10分間有効）。このコードを他人に教えないでください。",
        "인증번호 [418273]를 입력해 주세요. 타인에게 절대 알려주지 마세요.",
        "【某某银行】您的验证码为418273，5分钟内有效，请勿泄露给他人。",
        "Ваш код подтверждения: 418273. Никому его не сообщайте.",
        "Mã xác thực của bạn là 418273. Không chia sẻ mã này với bất kỳ ai.",
        "Kode verifikasi Anda 418273. JANGAN berikan kode ini kepada siapa pun.",
        "รหัส OTP ของคุณคือ 418273 (Ref: XKLP) ห้ามบอกรหัสนี้กับผู้อื่น",
        "आपका सत्यापन कोड 418273 है। इसे किसी के साथ साझा न करें।",
        "رمز التحقق الخاص بك هو 418273. لا تشاركه مع أي شخص.",
    ),
]
