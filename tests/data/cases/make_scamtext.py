"""Writes tests/data/cases/scamtext.jsonl: texts that are lures without being commands, in the
languages scam call centres and phishing kits also work in, each beside the genuine message
that looks like it and must stay quiet.

    python tests/data/cases/make_scamtext.py

Deterministic. Every text is written for these cases (none is copied from a lure collection);
numbers are made up in each country's shape, companies are made up except the brands scammers
imitate. Each line is {id, text, expect, technique, platform} and, where the guard would know
them, {source, target}. Techniques:

- `scam-call-<lang>`: "your computer / account / card is blocked or infected, call this number"
  in Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Greek, Ukrainian, Bulgarian,
  Czech, Slovak, Croatian, Hebrew, Hindi (also in Latin letters), Indonesian, Malay, Vietnamese,
  Thai and Filipino (and Korean, whose callback rule came with them): `flagged`;
- `callback-<lang>`: "you were charged / an order was placed, call to cancel" in the same
  languages: `flagged`;
- `card-alarm-<lang>`: a bank card "suspended after a suspicious payment, call the fraud desk"
  in the languages the older rules read (fr, de, es, it, pt, nl) and crypto withdrawals to an
  unrecognised address (en): `flagged`;
- `device-code`: a device-login address (microsoft.com/devicelogin, aka.ms, google.com/device,
  github.com/login/device, the AAD deviceauth endpoint) with an order to enter a code the text
  gives, dressed up as a meeting, a document, a voicemail or an identity check: `flagged`;
  documentation of the flow, a placeholder code, a TV's "enter the code on your screen" and the
  Azure CLI's own line copied from a terminal: `not_flagged`;
- `scam-call-variant`: the same lures said another way, written after the rules as a check that
  they read each language rather than one sentence: `flagged`;
- their look-alikes (technique `none`): an order confirmation with its amount and a number, a
  support page's contact line, a bank's calm notice with its number, in each language:
  `not_flagged`.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("scamtext.jsonl")
BENIGN = "none"
SCAM_PAGE = "https://alert.pc-care-desk.example/warn"
SHOP_PAGE = "https://www.lamp-and-linen.example/account/orders"

# lang: (support-scam lures, callback lures, look-alikes that must stay quiet)
TEXTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sv": (
        [
            "VARNING! Din dator har blockerats efter att ett virus upptäckts. Stäng inte av datorn. "
            "Ring supporten direkt på 08-555 012 34.",
            "Ditt bankkort har spärrats på grund av misstänkt aktivitet. Ring vår säkerhetsavdelning "
            "på 020-55 01 23 för att låsa upp det.",
        ],
        [
            "Din beställning på 4 990 kr har bekräftats och dragits från ditt konto. Om det inte var "
            "du, ring 08-555 019 90 för att avbryta.",
        ],
        [
            "Tack för din beställning! Totalt 349 kr. Frågor om leveransen? Ring kundtjänst på "
            "08-555 010 00, vardagar 9–17.",
            "Ditt nya bankkort skickas inom fem dagar. Har du frågor kan du ringa oss på 0771-55 01 00.",
        ],
    ),
    "da": (
        [
            "Din computer er blevet blokeret! Virus er fundet på systemet. Sluk ikke computeren. "
            "Ring til support nu på +45 70 55 01 23.",
            "Dit betalingskort er spærret efter en mistænkelig betaling. Ring til os på 70 55 01 99.",
        ],
        [
            "Din ordre på 2.499 kr. er bekræftet og trukket fra din konto. Hvis det ikke var dig, "
            "så ring 70 55 01 88 for at annullere.",
        ],
        [
            "Tak for din bestilling på 249 kr. Har du spørgsmål, så ring til kundeservice på "
            "70 55 01 00 mellem 9 og 16.",
            "Dit nye kort er på vej. Kontakt os på 70 55 01 01, hvis det ikke er fremme om en uge.",
        ],
    ),
    "no": (
        [
            "Din datamaskin er blokkert på grunn av virus. Ikke slå av maskinen. Ring Microsoft "
            "support på +47 22 55 01 23 umiddelbart.",
            "Ditt bankkort er sperret etter mistenkelig aktivitet. Ring oss på 800 55 012.",
        ],
        [
            "Bestillingen din på 3 490 kr er bekreftet og trukket fra kontoen. Hvis det ikke var "
            "deg, ring 22 55 01 88 for å kansellere.",
        ],
        [
            "Takk for bestillingen! Totalt 299 kr. Har du spørsmål, ring kundeservice på 22 55 01 00.",
            "Det nye kortet ditt er sendt. Ring oss på 915 55 012 om du ikke har mottatt det.",
        ],
    ),
    "fi": (
        [
            "Tietokoneesi on lukittu! Järjestelmästä on löydetty virus. Älä sammuta konetta. Soita "
            "tukeen heti: 0800 555 012.",
            "Pankkikorttisi on suljettu epäilyttävän maksun vuoksi. Soita 09 555 0123.",
        ],
        [
            "Tilauksesi 249,00 € on vahvistettu ja veloitettu tililtäsi. Jos et tehnyt tilausta, "
            "soita 09 555 0188 peruuttaaksesi sen.",
        ],
        [
            "Kiitos tilauksesta! Summa 39,90 €. Kysyttävää? Asiakaspalvelu palvelee numerossa "
            "09 555 0100 arkisin.",
            "Uusi korttisi on postissa. Soita 09 555 0101, jos se ei ole perillä viikon kuluessa.",
        ],
    ),
    "hu": (
        [
            "Figyelem! A számítógépe zárolva. Vírust észleltünk. Ne kapcsolja ki a gépet, hívja "
            "azonnal az ügyfélszolgálatot: 06 80 555 012.",
            "Bankkártyája letiltásra került gyanús tranzakció miatt. Hívja a 06 1 555 0123 számot.",
        ],
        [
            "Rendelése leadva, 49 990 Ft terheltünk a számlájára. Ha nem ön rendelte, hívja a "
            "06 1 555 0188 számot a lemondáshoz.",
        ],
        [
            "Köszönjük rendelését! Végösszeg: 12 490 Ft. Kérdés esetén hívja ügyfélszolgálatunkat: "
            "06 1 555 0100.",
            "Új kártyáját postán küldtük. Ha egy héten belül nem érkezik meg, hívjon: 06 1 555 0101.",
        ],
    ),
    "ro": (
        [
            "Calculatorul dumneavoastră a fost blocat! Virus detectat. Nu opriți calculatorul. "
            "Sunați acum la asistență tehnică: 0800 555 012.",
            "Cardul dvs. a fost suspendat din cauza unei plăți suspecte. Sunați la 021 555 0123.",
        ],
        [
            "Comanda dvs. de 1.299 lei a fost confirmată și debitată. Dacă nu ați efectuat-o, "
            "sunați la 021 555 0188 pentru a anula.",
        ],
        [
            "Vă mulțumim pentru comandă! Total 149 lei. Pentru întrebări, sunați la serviciul "
            "clienți: 021 555 0100.",
            "Noul card a fost expediat. Dacă nu ajunge într-o săptămână, sunați la 021 555 0101.",
        ],
    ),
    "el": (
        [
            "ΠΡΟΣΟΧΗ! Ο υπολογιστής σας έχει κλειδωθεί. Εντοπίστηκε ιός. Μην απενεργοποιήσετε τη "
            "συσκευή. Καλέστε την υποστήριξη: 800 555 0123.",
            "Η κάρτα σας έχει μπλοκαριστεί λόγω ύποπτης συναλλαγής. Τηλεφωνήστε στο 210 555 0123.",
        ],
        [
            "Χρεώθηκαν 899,00 € για την παραγγελία σας. Αν δεν κάνατε εσείς την αγορά, καλέστε "
            "στο 210 555 0188 για ακύρωση.",
        ],
        [
            "Ευχαριστούμε για την παραγγελία σας! Σύνολο 49,90 €. Για απορίες καλέστε στο "
            "210 555 0100.",
            "Η νέα σας κάρτα στάλθηκε ταχυδρομικά. Επικοινωνήστε στο 210 555 0101 αν δεν τη λάβετε.",
        ],
    ),
    "uk": (
        [
            "Увага! Ваш комп'ютер заблоковано. Виявлено вірус. Не вимикайте пристрій. Зателефонуйте "
            "до служби підтримки: 0 800 555 012.",
            "Ваша картка заблокована через підозрілу операцію. Зателефонуйте 044 555 01 23.",
        ],
        [
            "З вашої картки списано 4 999 грн за замовлення. Якщо це були не ви, зателефонуйте "
            "044 555 01 88 для скасування.",
        ],
        [
            "Дякуємо за замовлення! Сума 499 грн. Питання щодо доставки за телефоном 044 555 01 00.",
            "Нова картка вже у відділенні. Телефон для довідок: 044 555 01 01.",
        ],
    ),
    "bg": (
        [
            "Внимание! Вашият компютър е блокиран. Открит е вирус. Не изключвайте компютъра. "
            "Обадете се на 0800 55 012.",
            "Вашата карта е блокирана заради подозрително плащане. Позвънете на 02 555 0123.",
        ],
        [
            "Поръчката ви е потвърдена и таксувана 399 лв. Ако не сте я направили, обадете се на "
            "02 555 0188, за да я отмените.",
        ],
        [
            "Благодарим за поръчката! Обща сума 59 лв. При въпроси се обадете на 02 555 0100.",
            "Новата ви карта е изпратена. Телефон за информация: 02 555 0101.",
        ],
    ),
    "cs": (
        [
            "Varování! Váš počítač byl zablokován kvůli virové infekci. Nevypínejte počítač a "
            "volejte podporu: 800 555 012.",
            "Vaše platební karta byla pozastavena kvůli podezřelé platbě. Volejte 222 555 012.",
        ],
        [
            "Z vašeho účtu bylo strženo 2 490 Kč za objednávku. Pokud tuto platbu nepoznáváte, "
            "volejte 222 555 018 pro zrušení.",
        ],
        [
            "Děkujeme za objednávku! Celkem 349 Kč. S dotazy se obraťte na zákaznickou linku "
            "222 555 010.",
            "Nová karta je na cestě. Pokud nedorazí do týdne, volejte 222 555 011.",
        ],
    ),
    "sk": (
        [
            "Upozornenie! Váš počítač bol zablokovaný. Zistený vírus. Nevypínajte počítač a volajte "
            "technickú podporu: 0800 555 012.",
            "Vaša platobná karta bola zablokovaná pre podozrivú platbu. Volajte 02 555 0123.",
        ],
        [
            "Z účtu bola odpísaná suma 189,00 € za objednávku. Ak ste to neboli vy, volajte "
            "02 555 0188 pre zrušenie.",
        ],
        [
            "Ďakujeme za objednávku! Spolu 29,90 €. S otázkami volajte zákaznícku linku 02 555 0100.",
            "Nová karta je na ceste. Ak nepríde do týždňa, volajte 02 555 0101.",
        ],
    ),
    "hr": (
        [
            "Upozorenje! Vaše računalo je blokirano. Otkriven je virus. Ne isključujte računalo, "
            "nazovite podršku: 0800 555 012.",
            "Vaša kartica je blokirana zbog sumnjive transakcije. Nazovite 01 555 0123.",
        ],
        [
            "Naplaćeno vam je 299,00 € za narudžbu. Ako to niste bili vi, nazovite 01 555 0188 "
            "za otkazivanje.",
        ],
        [
            "Hvala na narudžbi! Ukupno 39,90 €. Za pitanja nazovite korisničku službu 01 555 0100.",
            "Nova kartica je poslana poštom. Nazovite 01 555 0101 ako ne stigne za tjedan dana.",
        ],
    ),
    "he": (
        [
            "אזהרה! המחשב שלך נחסם. זוהה וירוס. אל תכבו את המחשב. התקשרו לתמיכה: 03-5550123",
            "הכרטיס שלך נחסם עקב עסקה חשודה. חייגו 1-800-555-012",
        ],
        [
            "חויבת ב-₪899 עבור הזמנה. אם לא ביצעת את ההזמנה, התקשרו 03-5550188 לביטול.",
        ],
        [
            'תודה על ההזמנה! סה"כ ₪149. לשאלות צרו קשר בטלפון 03-5550100.',
            "הכרטיס החדש שלך נשלח בדואר. לבירורים: 03-5550101.",
        ],
    ),
    "hi": (
        [
            "चेतावनी! आपका कंप्यूटर ब्लॉक कर दिया गया है। वायरस पाया गया है। तुरंत इस नंबर पर कॉल करें: "
            "1800 555 0123",
            "आपका डेबिट कार्ड ब्लॉक कर दिया गया है। संदिग्ध लेनदेन। हेल्पलाइन: +91 98555 01234",
        ],
        [
            "आपके खाते से ₹4,999 डेबिट किया गया है। अगर आपने यह नहीं किया, तो रिफंड के लिए "
            "1800 555 0188 पर कॉल करें।",
        ],
        [
            "आपका ऑर्डर मिल गया है, कुल ₹499। किसी भी सवाल के लिए ग्राहक सेवा 1800 555 0100 पर कॉल करें।",
            "आपका नया कार्ड भेज दिया गया है। जानकारी के लिए 1800 555 0101 पर संपर्क करें।",
        ],
    ),
    "id": (
        [
            "PERINGATAN! Komputer Anda telah diblokir karena terinfeksi virus. Jangan matikan "
            "komputer. Hubungi layanan pelanggan: 021 5550 123",
            "Rekening Anda telah dibekukan karena transaksi mencurigakan. Hubungi 1500 555.",
        ],
        [
            "Pembayaran Rp 2.499.000 untuk pesanan Anda berhasil. Jika Anda tidak melakukan "
            "transaksi ini, hubungi 021 5550 188 untuk membatalkan.",
        ],
        [
            "Terima kasih! Pesanan Anda sebesar Rp 149.000 sedang dikemas. Pertanyaan? Hubungi "
            "021 5550 100.",
            "Kartu baru Anda sudah dikirim. Hubungi call center 021 5550 101 jika belum diterima.",
        ],
    ),
    "ms": (
        [
            "AMARAN KESELAMATAN! Komputer anda telah disekat. Jangan tutup komputer. Hubungi "
            "talian bantuan: 1-800-55-0123",
            "Akaun bank anda telah dibekukan kerana aktiviti mencurigakan. Hubungi 03-5550 1234.",
        ],
        [
            "Pembayaran RM 899 untuk pesanan anda telah disahkan. Jika bukan anda, hubungi "
            "03-5550 1888 untuk pembatalan.",
        ],
        [
            "Terima kasih atas pesanan anda berjumlah RM 59. Sebarang pertanyaan, hubungi khidmat "
            "pelanggan di 03-5550 1000.",
            "Kad baharu anda telah dihantar. Hubungi 03-5550 1001 jika belum diterima.",
        ],
    ),
    "vi": (
        [
            "CẢNH BÁO! Máy tính của bạn đã bị khóa do nhiễm virus. Đừng tắt máy. Gọi ngay tổng đài "
            "hỗ trợ: 1800 5550 123",
            "Tài khoản của quý khách đã bị tạm khóa do giao dịch đáng ngờ. Liên hệ hotline 1900 5550.",
        ],
        [
            "Tài khoản của bạn bị trừ 2.990.000 VND cho đơn hàng mới. Nếu không phải bạn, gọi "
            "1800 5550 188 để hủy.",
        ],
        [
            "Cảm ơn bạn đã đặt hàng! Tổng cộng 199.000 VND. Mọi thắc mắc xin gọi tổng đài 1900 5550 100.",
            "Thẻ mới của quý khách đã được gửi. Liên hệ 1900 5550 101 nếu chưa nhận được.",
        ],
    ),
    "ko": (
        [
            "경고! 컴퓨터가 바이러스에 감염되었습니다. 컴퓨터를 끄지 마시고 즉시 마이크로소프트 고객센터 "
            "02-555-0199 로 전화하십시오.",
            "고객님의 카드가 정지되었습니다. 의심스러운 거래가 감지되었습니다. 1588-5551 로 연락 바랍니다.",
        ],
        [
            "[국제발신] 해외결제 승인 1,280,000원 (아마존). 본인이 아닌 경우 고객센터 02-555-0123 으로 "
            "즉시 연락 바랍니다.",
            "[Web발신] 자동결제 예정 ₩99,000. 취소를 원하시면 1588-5550 으로 전화주세요.",
        ],
        [
            "쿠팡 주문이 완료되었습니다. 결제금액 35,800원. 배송 문의: 1577-5550",
            "새 카드가 발송되었습니다. 문의 사항은 고객센터 1588-5552 로 연락 주세요.",
        ],
    ),
    "tl": (
        [
            "BABALA: Ang iyong account ay pansamantalang na-block dahil sa kahina-hinalang "
            "aktibidad. Tumawag sa hotline 0917 555 0123.",
            "May nakitang virus sa iyong computer! Huwag i-off ang computer. Tumawag sa Microsoft "
            "support: +63 2 8555 0199",
        ],
        [
            "Na-charge ka ng ₱4,999 para sa order. Kung hindi ikaw, tumawag sa 02 8555 0123 para "
            "i-cancel.",
        ],
        [
            "Salamat sa iyong order! Kabuuan ₱499. Para sa tanong, tumawag sa 02 8555 0100.",
            "Naipadala na ang iyong bagong card. Tumawag sa 02 8555 0101 kung hindi pa dumating.",
        ],
    ),
    "th": (
        [
            "คำเตือนความปลอดภัย! คอมพิวเตอร์ของคุณถูกล็อก ตรวจพบไวรัส อย่าปิดเครื่อง โทร 02 555 0123 ทันที",
            "บัญชีของคุณถูกระงับเนื่องจากธุรกรรมที่น่าสงสัย กรุณาติดต่อ 02 555 0124",
        ],
        [
            "คุณถูกหักเงิน 2,990 บาท สำหรับคำสั่งซื้อ หากคุณไม่ได้ทำรายการ โทร 02 555 0188 เพื่อยกเลิก",
        ],
        [
            "ขอบคุณสำหรับคำสั่งซื้อ ยอดรวม 590 บาท สอบถามเพิ่มเติมโทร 02 555 0100",
            "บัตรใหม่ของคุณถูกจัดส่งแล้ว ติดต่อ 02 555 0101 หากยังไม่ได้รับ",
        ],
    ),
}

# The older rules' languages, read again for a bank card suspended after a "suspicious payment".
CARD_ALARMS = {
    "fr": (
        "Votre carte de crédit a été bloquée suite à une opération suspecte de 780,00 €. Appelez "
        "le service sécurité au 01 55 50 01 23.",
        "Votre nouvelle carte bancaire est arrivée en agence. Pour toute question, appelez le "
        "01 55 50 01 00.",
    ),
    "de": (
        "Ihre Kreditkarte wurde nach einer verdächtigen Zahlung gesperrt. Rufen Sie sofort die "
        "Sicherheitsabteilung an: 069 555 01 23.",
        "Ihre neue Karte ist unterwegs. Bei Fragen erreichen Sie uns telefonisch unter 069 555 01 00.",
    ),
    "es": (
        "Su tarjeta ha sido bloqueada por un cargo sospechoso de 640,00 €. Llame al 910 555 012 "
        "para desbloquearla.",
        "Su nueva tarjeta ya está en camino. Si tiene dudas, llame al 910 555 010.",
    ),
    "it": (
        "La tua carta è stata sospesa per un pagamento sospetto. Chiama subito il numero verde "
        "800 555 012.",
        "La tua nuova carta è stata spedita. Per informazioni chiama lo 02 5550 0100.",
    ),
    "pt": (
        "Seu cartão foi bloqueado por uma compra suspeita de R$ 2.300,00. Ligue agora 0800 555 0123.",
        "Seu novo cartão já foi enviado. Dúvidas? Ligue 0800 555 0100.",
    ),
    "nl": (
        "Uw bankpas is geblokkeerd na een verdachte betaling. Bel direct 020 555 0123 om de pas "
        "te deblokkeren.",
        "Uw nieuwe bankpas is onderweg. Vragen? Bel ons op 020 555 0100.",
    ),
    "en": (
        "Kraken notice: a withdrawal of 1.25 ETH to an address you have never used is pending "
        "approval. If this was not you, call +1 (844) 555-0173 to stop it.",
        "Your withdrawal of 0.05 BTC to your saved address completed. Questions? Our help line "
        "is +1 (844) 555-0100.",
    ),
}


# The same lures said another way (word order, compounds, amounts between the words), written
# after the rules as a check that they read the language and not one sentence.
VARIANTS = [
    "Dear customer, aapka SBI account aaj block ho jayega. KYC update ke liye turant call karein "
    "98765 01234",
    "Microsoft Windows-varning: Trojan upptäckt på din dator. Dina lösenord kan ha stulits. Kontakta Windows-support på +46 8 555 012 34 omedelbart.",
    "Ditt Netflix-konto har stängts av. Ring kundtjänst 010-555 01 23 för att återaktivera det.",
    "Advarsel! Din pc er inficeret med spyware. Ring Microsoft-support gratis på 80 55 01 23.",
    "Varsel: Din Microsoft-konto er sperret på grunn av uautorisert tilgang. Ring +47 800 55 012.",
    "Tietokoneesi on saastunut! Älä sulje tätä ikkunaa. Soita Microsoftin tukeen: +358 9 555 0123",
    "Figyelmeztetés: számítógépét zárolták biztonsági okokból. Hívja a Microsoft támogatást: +36 1 555 0123",
    "Atenție! Windows a detectat un virus troian. Contul dumneavoastră a fost blocat. Sunați la +40 21 555 0123.",
    "Ο λογαριασμός σας έχει ανασταλεί λόγω ύποπτης δραστηριότητας. Καλέστε αμέσως στο +30 210 555 0123.",
    "Увага! Ваш обліковий запис заблоковано через підозрілу активність. Зателефонуйте +380 44 555 0123.",
    "Вашата сметка е блокирана поради подозрителна активност. Обадете се на +359 2 555 0123.",
    "Váš účet Microsoft byl zablokován kvůli neoprávněnému přístupu. Zavolejte na +420 222 555 012.",
    "Váš účet bol zablokovaný pre podozrivé prihlásenie. Volajte +421 2 555 0123.",
    "Vaš račun je blokiran zbog sumnjive aktivnosti. Nazovite +385 1 555 0123 odmah.",
    "החשבון שלך הושעה עקב פעילות חשודה. התקשרו עכשיו 03-555-0123",
    "आपका बैंक खाता ब्लॉक कर दिया गया है। केवाईसी अपडेट के लिए तुरंत कॉल करें +91 98765 01234",
    "Akun Anda diblokir sementara. Segera hubungi 0800-1-555-012 untuk membuka blokir.",
    "Akaun anda telah disekat kerana aktiviti mencurigakan. Sila hubungi +60 3-5550 1234 segera.",
    "Tài khoản ngân hàng của bạn đã bị khóa. Vui lòng gọi 1900 555 012 để mở khóa.",
    "บัญชีของคุณถูกระงับชั่วคราว กรุณาโทร 02-555-0123 ภายใน 24 ชั่วโมง",
    "Windows Defender: din computer er blevet hacket. Ring 70 55 01 23 nu.",
    "Din betaling på 1 299 kr har godkänts. Var det inte du? Ring 08-555 019 90 för att stoppa den.",
    "Ваше замовлення на 3 200 грн підтверджено. Якщо ви не робили замовлення, телефонуйте 0 800 555 012.",
    "Vaše objednávka za 3 499 Kč byla potvrzena. Pokud jste ji neprovedli, volejte 800 555 012.",
    "Płatność 899 zł została zrealizowana. Jeśli nie dokonałeś zakupu, zadzwoń 800 555 012.",
    "Your Norton subscription has been renewed for $399.99. To cancel and get a refund call 1-888-555-0144.",
]
# One lock text with the number written in the shapes people and kits use (dots, brackets,
# no separators, non-breaking and em dashes, a letter O for a zero).
PHONE_SHAPES = [
    "1 (888) 555 0199",
    "+1.888.555.0199",
    "18885550199",
    "(888)555-0199",
    "+44 20 7946 0958",
    "+49 (0)30 555 0199",
    "1\u2011888\u2011555\u20110199",
    "1\u2014888\u2014555\u20140199",
    "+1 888-555-O199",
]
# Genuine messages with a number: bookings, receipts, a bank's advice against fraud.
QUIET_MORE = [
    "Aapka order confirm ho gaya hai. Delivery ke liye sampark karein 1800 555 0100",
    "Hej! Ditt paket är på väg och beräknas levereras på torsdag. Frågor? Ring oss på 08-555 010 00.",
    "Vi har tagit emot din betalning på 499 kr. Kvitto finns i appen. Kundtjänst: 0771-55 01 00.",
    "Din bil är klar för avhämtning. Ring verkstaden på 031-55 01 23 om du vill boka en ny tid.",
    "Tervetuloa asiakkaaksi! Asiakaspalvelumme palvelee numerossa 09 555 0100 ma–pe 8–18.",
    "Köszönjük, hogy minket választott. Ügyfélszolgálat: +36 1 555 0100, hétköznap 8–20.",
    "Programarea dumneavoastră este confirmată pentru luni. Pentru modificări sunați la 021 555 0100.",
    "Η κράτησή σας επιβεβαιώθηκε. Για αλλαγές καλέστε στο 210 555 0100.",
    "Ваш запис до лікаря підтверджено на понеділок. Телефон реєстратури: 044 555 01 00.",
    "Резервацията ви е потвърдена. За промени се обадете на 02 555 0100.",
    "Vaše rezervace je potvrzena. V případě dotazů volejte 222 555 010.",
    "Rezervácia je potvrdená. Ak máte otázky, volajte 02 555 0100.",
    "Vaša rezervacija je potvrđena. Za pitanja nazovite 01 555 0100.",
    "ההזמנה שלך לשולחן אושרה. לשינויים התקשרו 03-5550100",
    "आपकी अपॉइंटमेंट सोमवार के लिए पक्की है। बदलाव के लिए 1800 555 0100 पर कॉल करें।",
    "Reservasi Anda telah dikonfirmasi. Untuk perubahan, hubungi 021 5550 100.",
    "Tempahan anda telah disahkan. Untuk sebarang perubahan, hubungi 03-5550 1000.",
    "Lịch hẹn của bạn đã được xác nhận. Để thay đổi, vui lòng gọi 1900 5550 100.",
    "การจองของคุณได้รับการยืนยันแล้ว หากต้องการเปลี่ยนแปลง โทร 02 555 0100",
    "Bezpečnostní upozornění: nikdy nesdělujte svůj PIN. Banka vám nikdy nezavolá s žádostí o heslo. Infolinka 800 555 010.",
    "Säkerhetstips: vi ringer aldrig och ber om din kod. Misstänker du bedrägeri? Ring 08-555 010 00.",
]


def case(
    cid: str, text: str, expect: str, technique: str, source: str, target: str
) -> dict[str, str]:
    out = {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": "any"}
    if source:
        out["source"] = source
    out["target"] = target
    return out


def scam_language_cases() -> list[dict[str, str]]:
    out = []
    for lang, (support, callback, quiet) in TEXTS.items():
        for n, text in enumerate(support, start=1):
            out.append(
                case(
                    f"st-call-{lang}-{n}",
                    text,
                    "flagged",
                    f"scam-call-{lang}",
                    SCAM_PAGE,
                    "unknown",
                )
            )
        for n, text in enumerate(callback, start=1):
            out.append(
                case(f"st-callback-{lang}-{n}", text, "flagged", f"callback-{lang}", "", "unknown")
            )
        for n, text in enumerate(quiet, start=1):
            out.append(case(f"st-ok-{lang}-{n}", text, "not_flagged", BENIGN, SHOP_PAGE, "other"))
            out.append(case(f"st-ok-{lang}-{n}-bare", text, "not_flagged", BENIGN, "", "unknown"))
    out += [
        case(f"st-variant-{n}", text, "flagged", "scam-call-variant", "", "unknown")
        for n, text in enumerate(VARIANTS, start=1)
    ]
    out += [
        case(
            f"st-phone-shape-{n}",
            "Your computer has been blocked because of a virus. Call support now at " + phone,
            "flagged",
            "scam-call-phone-shape",
            "",
            "unknown",
        )
        for n, phone in enumerate(PHONE_SHAPES, start=1)
    ]
    out += [
        case(f"st-ok-more-{n}", text, "not_flagged", BENIGN, "", "unknown")
        for n, text in enumerate(QUIET_MORE, start=1)
    ]
    for lang, (lure, quiet) in CARD_ALARMS.items():
        out.append(case(f"st-card-{lang}", lure, "flagged", f"card-alarm-{lang}", "", "unknown"))
        out.append(case(f"st-card-ok-{lang}", quiet, "not_flagged", BENIGN, "", "unknown"))
    return out  # fmt: skip


DEVICE_LURES = [
    "To join the quarterly review, open https://microsoft.com/devicelogin and enter the code "
    "R8KQ2MZ4T. The organiser will admit you once it is confirmed.",
    "You have a new voicemail (0:47). Listen at https://aka.ms/devicelogin — use code HW7P3XQ9N.",
    "Payroll update: sign in at https://login.microsoftonline.com/common/oauth2/deviceauth with "
    "the access code 5TFM-KQ8R to confirm your bank details before Friday.",
    "Shared contract awaiting signature. Go to microsoft.com/devicelogin and type code "
    "C4ZN-8WJQ to view the document.",
    "Identity check required: visit https://www.google.com/device and enter the code "
    "QPR-7TX-KLM within 10 minutes.",
    "Your repository was flagged. Verify ownership: open https://github.com/login/device and "
    "enter code 9F3A-B7C2.",
    "Zoom webinar access: https://microsoft.com/devicelogin, code: M2X9QK7PL (expires in 15 "
    "minutes).",
    "Secure message from HR. Enter 7YH4K2PQM at https://microsoft.com/devicelogin to read it; "
    "your one-time code is 7YH4K2PQM.",
]
# The same excuse in the languages the interface speaks.
DEVICE_LURES_I18N = [
    "Um an der Besprechung teilzunehmen, öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code K7PQM2XD4 ein.",
    "Pour consulter la facture partagée, ouvrez https://microsoft.com/devicelogin et saisissez le code XQ4T7BNM2.",
    "Para unirse a la reunión, abra https://microsoft.com/devicelogin e introduzca el código H8RK2PX7Q.",
    "Per aprire il documento condiviso vai su https://microsoft.com/devicelogin e inserisci il codice P3QX8KR2M.",
    "Para ver o documento, acesse https://microsoft.com/devicelogin e digite o código R7PX2KQ9T.",
    "Open https://microsoft.com/devicelogin en voer de code M4KQ8XP2R in om de vergadering bij te wonen.",
    "Aby dołączyć do spotkania, otwórz https://microsoft.com/devicelogin i wpisz kod Q8RX2PK7M.",
    "Чтобы открыть документ, перейдите на https://microsoft.com/devicelogin и введите код K2PX7QR8M.",
    "会議に参加するには https://microsoft.com/devicelogin を開き、コード R8KQ2PX7M を入力してください。",
    "要查看共享文件，请打开 https://microsoft.com/devicelogin 并输入代码 X7QK2PR8M。",
]
DEVICE_QUIET = [
    "The device code flow suits input-constrained devices: the app shows a user_code and the "
    "user opens https://microsoft.com/devicelogin to enter it.",
    "Run az login --use-device-code, then open https://microsoft.com/devicelogin and enter the "
    "code the CLI prints.",
    "On your TV, pick Sign in, then go to https://www.google.com/device on your phone and enter "
    "the code shown on the TV screen.",
    "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter "
    "the code B7QK2XP9M to authenticate.",
    "Open https://github.com/login/device and enter the code XXXX-XXXX from your terminal.",
    "Microsoft Teams meeting. Join on your computer or mobile app: "
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc Meeting ID: 341 775 022 118 "
    "Passcode: Ut7Vq2",
]


def device_code_cases() -> list[dict[str, str]]:
    page = "https://meeting-invite.share-now.example/join"
    out = [
        case(f"st-device-code-{n}", text, "flagged", "device-code", page, "unknown")
        for n, text in enumerate(DEVICE_LURES, start=1)
    ]
    out += [
        case(f"st-device-code-bare-{n}", text, "flagged", "device-code", "", "unknown")
        for n, text in enumerate(DEVICE_LURES, start=1)
    ]
    out += [
        case(f"st-device-code-i18n-{n}", text, "flagged", "device-code", page, "unknown")
        for n, text in enumerate(DEVICE_LURES_I18N, start=1)
    ]
    docs = "https://learn.example-docs.org/identity/device-flow"
    out += [
        case(f"st-device-code-ok-{n}", text, "not_flagged", BENIGN, docs, "other")
        for n, text in enumerate(DEVICE_QUIET, start=1)
    ]
    return out


def build() -> list[dict[str, str]]:
    cases = scam_language_cases() + device_code_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
