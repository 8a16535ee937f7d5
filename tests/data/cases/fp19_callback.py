"""fpover19 texts: genuine requests to call back (a doctor's office, a recruiter, an insurer, a
landlord, the school) and notices with phone numbers in fourteen more languages (own words)."""

from fp19_data import each

CALL_BACK = [
    *each(
        "https://voice.google.com/u/0/messages",
        "other",
        "Hi, this is Karen from Dr. Lee's office at Northside Pediatrics calling for Emma's mom. We need to move Thursday's 3:15 appointment. Please call us back at (773) 555-0129 when you get a chance. Thanks!",
        "Hello Mr. Okafor, this is Daniel with State Farm claims regarding the water damage claim 48-K219-331. I have a couple of questions about the plumber's invoice. You can reach me at 309-766-2311, extension 4482, Monday to Friday 8 to 5.",
        "Hi Jess, it's Tom, the recruiter from Hays. The client loved your interview and would like to discuss an offer. Give me a call on 0161 555 0192 when you're free today or tomorrow.",
        "Message from Riverside Elementary: Liam has a slight fever and is resting in the nurse's office. Please call the school office at 503-555-0166 to arrange pickup.",
        "Hi, this is Mike, your landlord. The plumber can come Wednesday morning to fix the boiler. Can you call me at 07700 900461 to confirm someone will be home?",
        "This is the pharmacy at CVS on Main St. Your prescription is ready, but your insurance needs a prior authorization. Please call us at (617) 555-0183 or your doctor's office.",
        "Hi Ana, Luis from Acme payroll here. Your direct deposit form is missing the routing number. Please call me on ext. 2214 or drop by HR on the 3rd floor — please don't email the numbers.",
        "Good afternoon, this is the Denver Public Library. The book you requested, 'Project Hail Mary', is on hold for you until Dec 14. Questions? Call 720-865-1111.",
        "Hallo Frau Schneider, hier ist die Praxis Dr. Weber. Ihre Laborwerte sind da, bitte rufen Sie uns kurz unter 089 555 01 23 zurück, um einen Besprechungstermin zu vereinbaren.",
        "Bonjour M. Durand, ici le cabinet du Dr Martin. Votre rendez-vous du 12 est décalé au 14 à 10h. Merci de nous rappeler au 01 45 55 01 23 si cela ne vous convient pas.",
        "Hola Lucía, soy Marta de la gestoría. Nos falta el certificado de retenciones para tu declaración. Llámame al 912 555 014 cuando puedas.",
        "Olá Sr. Pereira, aqui é da clínica Sorriso. A sua consulta de amanhã foi confirmada para as 9h. Se precisar remarcar, ligue para (11) 5555-0147.",
    ),
]

NOTICES_MORE = [
    *each(
        "https://mail.google.com/mail/u/0/#inbox",
        "other",
        "Vietcombank: Tài khoản của Quý khách đã được cập nhật thông tin thành công. Nếu Quý khách không thực hiện, vui lòng liên hệ tổng đài 1900 545413. Vietcombank không bao giờ yêu cầu cung cấp mã OTP.",
        "ธนาคารกสิกรไทย: รายการโอนเงิน 2,500.00 บาท ไปยังบัญชี xxx-x-x4821-x สำเร็จ หากไม่ได้ทำรายการ โปรดติดต่อ K-Contact Center 02-8888888",
        "BCA: Transaksi kartu kredit Anda sebesar Rp 1.250.000 di TOKOPEDIA berhasil. Jika Anda tidak melakukan transaksi ini, hubungi Halo BCA 1500888. BCA tidak pernah meminta PIN atau OTP.",
        "SBI: आपके खाते XX4821 से ₹5,000 UPI द्वारा डेबिट किए गए। यदि यह आपने नहीं किया है, तो 1800 11 2211 पर कॉल करें। SBI कभी भी OTP नहीं मांगता।",
        "مصرف الراجحي: تم خصم 350.00 ريال من بطاقتكم المنتهية بـ 4821 لدى جرير. للاستفسار اتصل على 920003344. لا تشارك رمز التحقق مع أحد.",
        "בנק לאומי: הודעה חדשה ממתינה לך באתר ובאפליקציה. לבירורים ניתן להתקשר ל-5522*. הבנק לעולם לא יבקש ממך סיסמה בטלפון.",
        "Eurobank: Η κάρτα σας που λήγει σε 4821 χρεώθηκε 89,90 € στο SKROUTZ. Αν δεν αναγνωρίζετε τη συναλλαγή, καλέστε στο 210 9555 000.",
        "Česká spořitelna: Vaše karta končící 4821 byla použita k platbě 1 299 Kč v ALZA.CZ. Pokud platbu neznáte, volejte 956 777 956. Nikdy po vás nebudeme chtít PIN.",
        "OTP Bank: Kártyás vásárlás 24 990 Ft összegben az EMAG.HU-nál. Ha nem Ön kezdeményezte, hívja a +36 1 366 6666 számot.",
        "BT Romania: Plata de 249,00 lei la EMAG.RO cu cardul care se termină în 4821 a fost efectuată. Dacă nu recunoașteți tranzacția, sunați la 0264 308 028.",
        "Swedbank: Ditt kort som slutar på 4821 har använts för ett köp på 1 249 kr hos ELGIGANTEN. Känner du inte igen köpet? Ring 0771-22 11 22.",
        "Danske Bank: Din betaling på 899 kr. til ELGIGANTEN er gennemført. Hvis du ikke genkender betalingen, så ring til os på 70 123 456.",
        "OP: Korttiostos 129,90 € VERKKOKAUPPA.COM hyväksytty. Jos et tunnista ostoa, soita OP:n kortinsulkupalveluun 0100 0500.",
        "ПриватБанк: Оплата 1 250,00 грн в ROZETKA карткою *4821 успішна. Якщо ви не здійснювали операцію, зателефонуйте 3700. Ніколи не повідомляйте CVV та коди з SMS.",
        "Maybank: Your transaction of RM 389.00 at LAZADA using card ending 4821 was successful. If you did not perform this, call 1-300-88-6688.",
        "GCash: You have received PHP 2,500.00 from JUAN DELA CRUZ. Ref. No. 4821937561023. If you need help, call the GCash hotline 2882. GCash will never ask for your MPIN or OTP.",
    ),
]

VOICEMAIL = [
    *each(
        "https://voice.google.com/u/0/voicemail",
        "other",
        "New voicemail from (312) 555-0148, 0:42\n\"Hi Sarah, this is Dr. Nguyen's office at Lakeview Dental. We had a cancellation tomorrow at 10:30 if you'd like to come in earlier for your crown. Give us a call back at 312-555-0148. Thanks, bye.\"",
        "Voicemail from +1 (415) 555-0173: \"Hey it's Marco from the bike shop, your e-bike is ready. We're open till six, the total is one eighty-five. Call if you've got questions.\"",
        'Visual Voicemail · Unknown · 0:18 · "This is a reminder from Chase about your appointment with a banker at the Main Street branch on Friday at 2 PM. If you need to reschedule, call the branch at 847-555-0112."',
    ),
    *each(
        "https://outlook.office.com/mail/inbox",
        "other",
        'Voice Mail (38 seconds) from KOWALSKI, ANNA <+48 22 555 01 47>\nTranscript: "Dzień dobry, tu Anna z księgowości. Proszę o oddzwonienie w sprawie faktury za listopad, numer wewnętrzny 214. Dziękuję."',
        'Voice Mail (1 minute) from +49 30 5550 1288\nTranscript: "Guten Tag, hier ist das Autohaus Schmidt. Ihr Wagen ist fertig, die Inspektion hat 389 Euro gekostet. Sie können ihn ab 16 Uhr abholen. Bei Fragen rufen Sie uns unter der 030 5550 1288 an."',
        "Voice Mail (25 seconds) from +33 1 55 50 12 34\nTranscription : « Bonjour, c'est la pharmacie du Marché, votre commande est arrivée, vous pouvez passer la chercher quand vous voulez. Au revoir. »",
        "Missed call from IT Service Desk (ext. 4357) — 'Hi, this is Jake from the service desk returning your call about ticket INC0049201, the printer on 3. I'll try again after lunch or you can reply in the ticket.'",
    ),
]
