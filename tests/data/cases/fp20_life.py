"""fpover20 texts: government and tax notices with phone numbers in many languages, school and
parent mails, customer service replies, shipping notices, HR mails, real estate, travel and
receipts (own words; real institutions, invented people and numbers)."""

from fp20_office import each

GMAIL = "https://mail.google.com/mail/u/0/#inbox"
OUTLOOK = "https://outlook.live.com/mail/0/inbox"

GOV = [
    *each(
        GMAIL,
        "other",
        "DVLA: Your vehicle tax for AB12 CDE is due on 1 January 2025. You can tax online at gov.uk/vehicle-tax using the 16-digit reference number 4418 2093 7716 5502 from your V11 reminder, or by phone on 0300 123 4321.",
        "Finanzamt München: Bitte reichen Sie die fehlenden Belege zu Ihrer Einkommensteuererklärung 2023 (Steuernummer 143/221/41872) bis zum 15.01.2025 ein. Rückfragen: 089 1252-0, Mo–Do 8–15 Uhr.",
        "Belastingdienst: Uw voorlopige aanslag 2025 staat klaar in Mijn Belastingdienst. Heeft u vragen? Bel de BelastingTelefoon: 0800-0543 (gratis). Wij vragen nooit per e-mail om uw bankgegevens.",
        "Skatteverket: Din deklaration för inkomståret 2023 är nu granskad. Slutskatt: återbetalning 3 412 kr, utbetalas i april. Frågor? Ring 0771-567 567.",
        "Agenzia delle Entrate: è disponibile nell'area riservata la comunicazione relativa alla dichiarazione 730/2024. Per informazioni chiama il numero verde 800.90.96.96 da telefono fisso o 06.96668907 da cellulare.",
        "Serviço de Finanças: A sua declaração de IRS de 2023 foi liquidada. Reembolso: 612,37 €. Consulte no Portal das Finanças. Centro de Atendimento Telefónico: 217 206 707.",
        "Seguridad Social: Su solicitud de prestación por nacimiento y cuidado de menor (expediente 28/2024/118273) ha sido resuelta. Consulte la resolución en la Sede Electrónica. Información: 91 541 02 91.",
        "ZUS: Informujemy, że na Twoim profilu PUE ZUS jest dostępna informacja o stanie konta ubezpieczonego. W razie pytań zadzwoń: 22 560 16 00.",
        "Kela: Päätös asumistuesta on valmis. Näet päätöksen OmaKelassa. Palvelunumero 020 692 210 (ma–pe 9–16).",
        "NAV: Du har fått et nytt vedtak om foreldrepenger. Logg inn på nav.no for å lese det. Har du spørsmål, ring oss på 55 55 33 33.",
        "Skat: Din årsopgørelse for 2023 er klar i TastSelv. Du får 2.418 kr tilbage. Spørgsmål: 72 22 18 18.",
        "Εφορία (ΑΑΔΕ): Το εκκαθαριστικό του φόρου εισοδήματος 2024 είναι διαθέσιμο στο myAADE. Για πληροφορίες καλέστε το 1521.",
        "Nemzeti Adó- és Vámhivatal: Az szja-bevallási tervezete elérhető az eSZJA oldalon. Kérdés esetén hívja a 1819-es számot.",
        "Finanční úřad: Vaše přiznání k dani z příjmů za rok 2023 bylo zpracováno. Přeplatek 4 218 Kč bude vrácen do 30 dnů. Infolinka: 257 044 222.",
        "ANAF: Declarația unică pentru anul 2023 a fost înregistrată cu numărul 1182730. Informații la Call Center 031 403 91 60.",
        "Gelir İdaresi Başkanlığı: 2024 yılı emlak vergisi ikinci taksit son ödeme tarihi 30 Kasım'dır. Bilgi için ALO 189'u arayabilirsiniz.",
        "国税庁：令和6年分の確定申告書の提出期限は令和7年3月17日（月）です。電話相談センター：0570-00-5901（税務署の番号を選択）。",
        "국세청: 2024년 귀속 연말정산 간소화 서비스가 1월 15일부터 홈택스에서 제공됩니다. 문의: 국세상담센터 126.",
        "国家税务总局：2024年度个人所得税综合所得汇算清缴将于2025年3月1日开始，请通过个人所得税APP办理。咨询电话：12366。",
        "Cục Thuế: Quyết toán thuế TNCN năm 2024 hạn chót ngày 02/05/2025. Tra cứu trên thuedientu.gdt.gov.vn. Tổng đài hỗ trợ: 1900 1234.",
        "กรมสรรพากร: ยื่นแบบภาษีเงินได้บุคคลธรรมดาปี 2567 ทางออนไลน์ได้ถึง 8 เม.ย. 2568 สอบถาม 1161",
        "ATO: Your 2024 notice of assessment is available in ATO online services via myGov. Refund $1,284.55 to your nominated account. Enquiries 13 28 61.",
        "IRD: Your income tax assessment for the year ended 31 March 2024 is ready in myIR. Refund $412.10. Call 0800 775 247 if you need help.",
        "IRS Notice CP2000: We are proposing changes to your 2022 Form 1040. Please respond by 01/06/2025. Call 1-800-829-0922 or write to the address on page 1. You can also respond at IRS.gov/cp2000.",
        "SSA: Your benefit will increase by 2.5% starting January 2025 (cost-of-living adjustment). New monthly amount: $1,946.00. Questions? 1-800-772-1213.",
        "USCIS: Case status update for IOE0912345678 — Card Was Mailed To Me. We mailed your card to the address you gave us. Track with USPS tracking number 9205 5000 0000 1234 5678 90.",
        "City of Austin Utilities: Your bill of $182.44 is due 12/27/2024. Pay online at coautilities.com or call 512-494-9400. Disconnection notices are mailed, never texted.",
        "Council Tax: Your 2024/25 bill for 12 Harbour View, band C, is £1,843.22, payable in 10 monthly instalments of £184.32 by direct debit from 1 April. Council Tax team: 0161 555 0184.",
        "Mairie de Nantes : votre demande de carte d'identité est prête. Retrait sur rendez-vous au 02 40 41 90 00, munissez-vous du récépissé et de l'ancienne carte.",
        "Bürgeramt Mitte: Ihr Reisepass liegt zur Abholung bereit. Bitte bringen Sie den alten Pass mit. Terminbuchung unter service.berlin.de oder Tel. 115.",
        "Service Canada: Your Canada Pension Plan payment of $1,018.40 will be deposited on December 20. For enquiries call 1-800-277-9914.",
        "Receita Federal: Sua declaração do IRPF 2024 está na fila de restituição do 5º lote. Valor: R$ 1.812,45. Consulte em gov.br/receitafederal. Dúvidas: 146.",
        "SAT: Tu declaración anual 2023 fue recibida. Número de operación 240418820199. Si tienes dudas llama a MarcaSAT 55 627 22 728.",
        "Income Tax Department: Your ITR for AY 2024-25 (acknowledgement 418273910270824) has been processed under section 143(1). Refund of ₹14,820 determined. Helpdesk 1800 103 0025.",
        "مصلحة الضرائب: تم استلام إقرارك الضريبي لسنة 2023 برقم 118273. للاستفسار اتصل على 16395.",
        "רשות המסים: דוח שנתי לשנת 2023 התקבל. מספר אסמכתא 4418273. מוקד מידע טלפוני: 4954*.",
        "Direktorat Jenderal Pajak: SPT Tahunan Anda tahun pajak 2023 telah diterima. Nomor tanda terima 118273-2024. Kring Pajak 1500 200.",
        "LHDN: Borang BE 2023 anda telah diterima. Bayaran balik RM 418.50 akan dikreditkan dalam 30 hari kerja. Hubungi 03-8911 1000.",
        "BIR: Your Annual Income Tax Return (BIR Form 1700) for 2023 was received. Reference no. 2024-118273. Contact 8538-3200.",
        "Податкова: ваша декларація про майновий стан за 2023 рік прийнята. Інформаційно-довідковий департамент: 0 800 501 007.",
        "ФНС: налоговое уведомление за 2023 год размещено в личном кабинете налогоплательщика. Срок уплаты — 2 декабря 2024 г. Контакт-центр: 8-800-222-22-22.",
    ),
    *each(
        "https://www.gov.uk/contact-hmrc",
        "other",
        "Income Tax: general enquiries\nTelephone: 0300 200 3300\nOutside UK: +44 135 535 9022\nOpening times: Monday to Friday, 8am to 6pm. Closed weekends and bank holidays.",
    ),
    *each(
        "https://www.irs.gov/help/let-us-help-you",
        "other",
        "IRS phone help: Individuals 800-829-1040, 7 a.m. to 7 p.m. local time. Businesses 800-829-4933. Hearing impaired TTY 800-829-4059. The IRS will never call to demand immediate payment using a gift card, prepaid debit card or wire transfer.",
    ),
]

SCHOOL = [
    *each(
        GMAIL,
        "other",
        "Dear Year 4 families,\n\nOur trip to the Science Museum is on Thursday 16 January. Children need a packed lunch (no nuts, please), a water bottle and their school jumper. We'll leave at 8:45 and be back by 3:15. Please give consent and pay the £8 contribution on ParentPay by Friday. Any questions, call the office on 01632 960 550.\n\nMrs. Hughes",
        "Hi parents! Reminder that Friday is pajama day to raise money for the children's hospital — $2 donation suggested. Also, library books are due back Wednesday. Thanks, Ms. Rivera (Room 12)",
        "Liebe Eltern der 3b,\nam Dienstag, 10.12., findet der Elternsprechtag statt. Bitte tragen Sie sich bis Freitag in die Liste im Schulmanager ein. Das Sekretariat erreichen Sie unter 0711 555 4410.\nViele Grüße, Frau Schneider",
        "Chers parents, la réunion parents-professeurs de 5e aura lieu le jeudi 12 décembre de 17h à 19h30. Prenez rendez-vous via Pronote. Pour toute absence, prévenez la vie scolaire au 01 45 55 20 18.",
        "Estimadas familias: el próximo viernes 13 de diciembre celebraremos el festival de Navidad a las 16:00 en el gimnasio. Los alumnos de 2º deben traer camiseta blanca. Dudas: secretaría 96 555 12 40.",
        "Snow day update: All district schools are CLOSED today, Tuesday Jan 14. Remote learning is not required. Extended day and after-school activities are cancelled. Stay safe! — Superintendent's Office, (802) 555-0110",
        "Your child, Liam, was marked absent from Period 2 (Maths) today. If this is unexpected please contact the attendance line on 0161 496 0732 or reply via the MyEd app.",
        "Grade report Q2 for Sophia Kim: English A-, Algebra I B+, Biology A, World History A, Spanish II B, PE A. Parent-teacher conferences are Feb 6–7; sign up at ptc.district.example.",
        "Beste ouders, volgende week woensdag is er een studiedag; de kinderen zijn dan vrij. De BSO is wel open. Vragen? Bel de administratie: 020 555 3810.",
        "Cari genitori, si ricorda che il colloquio con i docenti si prenota dal registro elettronico. Il 20 dicembre le lezioni termineranno alle 11:00. Segreteria: 02 5555 1280.",
        "Hei vanhemmat! Joulujuhla on to 19.12. klo 9.00 koulun salissa. Oppilaiden kannattaa pukeutua lämpimästi. Terveisin, 2B:n opettaja Anna",
        "Kochani rodzice, w piątek 13.12 wycieczka do Centrum Nauki Kopernik. Zbiórka o 7:45 przed szkołą. Koszt 65 zł płatny do środy. Sekretariat: 22 555 18 40.",
        "保護者の皆様へ　12月20日（金）は2学期終業式のため、11時45分下校となります。給食はありません。ご不明な点は学校（03-5555-0182）までご連絡ください。",
        "Welcome to Canvas! Your child's courses for Spring 2025 are now visible in the Canvas Parent app. Pair with your student using the code in their Account > Settings > Pair with Observer.",
        "University of Manchester: Your tuition fee instalment of £3,087.50 is due on 31 January 2025. Pay online via My Manchester > Finances. Student Services Centre: 0161 275 5000.",
        "Hi Prof. Adeyemi, I'm sorry I missed Tuesday's seminar — I had a fever. I've read chapters 4–5 and attached my response paper. Could I come to office hours on Thursday at 2 to go over the problem set? Thanks, Maya (student ID 10482271)",
        "Reminder: The thesis submission deadline is 17 January 2025, 12:00 noon. Submit the PDF via Turnitin on the module page and a bound copy to the Graduate School office (Room 2.14). Word limit 15,000 excluding bibliography.",
    ),
]

CUSTOMER_SERVICE = [
    *each(
        GMAIL,
        "other",
        "Hi Daniel,\n\nThanks for reaching out about order #114-8827361-2230019. I'm sorry the blender arrived with a cracked jar. I've issued a replacement at no charge — it ships tomorrow and you'll get a tracking number by email. There's no need to return the damaged item; please recycle it.\n\nIs there anything else I can help with?\nBest, Aisha | Customer Care",
        "Hello, thank you for contacting Zalando. Your return for order 10203948576 was received at our warehouse on 09.12.2024. The refund of 89,95 € will be credited to your original payment method within 3–5 business days.",
        "Hi there, I've checked your account and the double charge of $14.99 on Dec 3 was a pre-authorization that will drop off within 5–7 business days. You were only billed once. Ticket #2281734. — Marco, Support",
        "Bonjour Madame, suite à votre réclamation n° 8827361, nous vous confirmons le remboursement de 42,50 € sur votre carte bancaire. Le délai d'apparition sur votre compte est de 3 à 5 jours ouvrés. Service client : 09 69 55 44 00.",
        "Hallo Herr Becker, vielen Dank für Ihre Nachricht. Wir haben Ihre Kündigung zum 31.01.2025 erhalten und bestätigen diese hiermit. Ihre Kundennummer: 4418273. Bei Fragen erreichen Sie uns unter 0800 555 1020.",
        "Thanks for your patience! Your warranty claim (case 00482271) for the Dyson V11 was approved. Please pack the machine without accessories; DHL will collect on Tuesday between 8am and 6pm. Print the label from the link in your case portal.",
        "Hola Lucía, lamentamos el retraso de tu pedido ES-55182. La transportista nos indica que se entregará el lunes. Como compensación te hemos añadido un cupón de 10 € (NAVIDAD10) válido hasta el 31/01.",
        "Hi Sam, unfortunately we can't extend the return window beyond 30 days for opened software. However, I've applied a 20% loyalty discount to your next order. Let me know if you'd like me to walk you through the upgrade.",
        "Thank you for contacting Delta. Your refund request for ticket 006 2417738291 has been submitted. Refunds to credit cards are processed within 7 business days. Reference: RFD-5518203.",
        "Your Apple Support case 102418827 was updated: the repair is complete and your iPhone 14 Pro is ready for pickup at Apple Regent Street. Bring photo ID. Hours 10:00–20:00.",
        "Dear customer, your mobile contract will be upgraded to 5G Unlimited from your next billing date (15/12) at the same price of £20/month. No action needed. If you have questions, call 150 from your phone or 0333 304 0191.",
        "Salve, abbiamo ricevuto la segnalazione del guasto (ticket 24118273). Un tecnico passerà venerdì 13 tra le 8:00 e le 13:00. Per modifiche chiama il 187.",
        "こんにちは。お問い合わせいただいた注文番号 250-1182739-4418 の商品は、12月12日に発送済みです。配送状況はヤマト運輸の伝票番号 4418-2739-1182 でご確認いただけます。",
        "您好，您的退款申请（订单号 2024121088273）已审核通过，款项将在1-3个工作日内原路退回。如有疑问请拨打客服热线 400-555-0123。",
        "Olá! Seu pedido 1182-7391 foi cancelado conforme solicitado e o estorno de R$ 249,90 aparecerá na próxima fatura do cartão. Protocolo de atendimento: 20241210118273.",
    ),
    *each(
        "https://help.netflix.com/en/node/412",
        "other",
        "If you see a charge from Netflix that you don't recognize, first check whether anyone in your household has an account. You can view your billing history at netflix.com/billingactivity. Netflix will never ask you to enter payment details via a text or email link.",
    ),
]

SHIPPING = [
    *each(
        GMAIL,
        "other",
        "UPS: Your package is out for delivery today.\nTracking number: 1Z 999 AA1 01 2345 6784\nEstimated delivery: 10:30 AM – 2:30 PM\nShip to: SEATTLE, WA, US\nYou can change your delivery at ups.com/track.",
        "FedEx: Delivered. Your package 7749 1182 7390 was delivered on Tue 12/10/2024 at 11:42 AM. Signed for by: R.JONES. Left at front door.",
        "DHL Express: Ihre Sendung 1234567890 ist im Zoll. Bitte zahlen Sie Einfuhrabgaben von 23,40 EUR über das MyDHL+ Portal oder unter 0228 28 60 98 98.",
        "Royal Mail: Your item AB123456789GB was delivered to your letterbox on 09/12/2024. Thank you for choosing Royal Mail.",
        "PostNL: Je pakket 3SPOST1182739 komt morgen tussen 14:15 en 16:45. Niet thuis? Kies een ander moment of een PostNL-punt in de app.",
        "La Poste - Colissimo : votre colis 6A18273944182 est disponible dans votre bureau de poste (12 rue de la République). Présentez une pièce d'identité. Il sera conservé 15 jours.",
        "Correos: Su envío PQ4A1B0718273940118273X está en reparto. Puede seguirlo en correos.es. Atención al cliente: 915 197 197.",
        "Poste Italiane: la spedizione 1UW18273944182 è in consegna oggi. Per informazioni: 06 4526 3322.",
        "Freight update — Container MSKU 718273-4, B/L MAEU 241182739, vessel MAERSK ESSEN voy. 448W: ETA Rotterdam 18 Dec, ETD 20 Dec to Duisburg by barge. Customs entry filed; release pending T1.",
        "Amazon: Delivered: 2 items. Your package was left near the front door or porch. Order #112-4418273-1182739. Not received? Visit Your Orders.",
        "Canada Post: Delivery notice card left. Pick up your item (tracking 7182 7394 4182 7390) at the post office at 123 Main St after 1 pm tomorrow. Bring the card and ID.",
        "Australia Post: Your parcel 33ABC1182739 is with our driver and will be delivered today. Safe drop enabled.",
        "Inpost: Twoja paczka czeka w Paczkomacie WAW123M. Kod odbioru: 718273. Numer telefonu odbiorcy: 600 555 123.",
        "Purchase order 4500218811 — ASN sent: 12 pallets, 480 cartons, SSCC 00 0 0123456 000018273 4 to 00 0 0123456 000018284 9, carrier DB Schenker, pickup 11 Dec 07:00, dock 4.",
    ),
]

HR = [
    *each(
        OUTLOOK,
        "other",
        "Hi Jordan,\n\nWe're delighted to offer you the position of Senior Data Analyst at Northwind, starting Monday 3 March 2025. Base salary £62,000 per annum, 25 days' holiday plus bank holidays, and employer pension contribution of 6%. Your offer letter is in DocuSign; please sign by 20 December. Reach me on 020 7946 0555 with any questions.\n\nBest wishes,\nAmelia Grant, Talent Acquisition",
        "Reminder: Open enrollment closes Friday, Nov 22 at 11:59 PM ET. If you do nothing, your current medical, dental and vision elections roll over, but FSA elections do not. Enroll at benefits.acme.example or call the Benefits Center at 1-866-555-0142.",
        "Team, the office will close at 2pm on 24 December and reopen on 2 January. Holiday cover rota is on the HR SharePoint. Please submit remaining leave requests in Workday by 13 December.",
        "Performance review cycle: self-assessments are due 10 January, manager reviews 24 January, calibration sessions 27–31 January. Use the new competency framework (v2) — guidance deck in the HR hub.",
        "Hallo zusammen, ab Januar gilt die neue Homeoffice-Regelung: bis zu 3 Tage pro Woche mobil, Kernarbeitszeit 10–15 Uhr. Die Betriebsvereinbarung liegt im Intranet unter HR > Richtlinien.",
        "Bonjour à tous, les tickets-restaurant passent à 11 € de valeur faciale à partir du 1er janvier (part employeur 60 %). Les cartes Swile seront rechargées le 5 de chaque mois.",
        "Welcome to Northwind! Your first day is Monday. Please come to reception at 9:00 and ask for Priya. Bring your passport for the right-to-work check and your P45. Your laptop will be ready at the IT bar.",
        "Payroll notice: due to the public holiday, December salaries will be paid on 20 December. Please check your payslip in the ESS portal and report any discrepancies to payroll@acme.example by 6 January.",
        "Dear colleague, this is to confirm your parental leave from 3 February 2025 to 2 August 2025 (26 weeks). Statutory pay will be topped up to 90% of salary for the first 12 weeks per the enhanced policy.",
        "Job posting: Accounts Payable Specialist (m/f/d), full-time, Hamburg. Requirements: 3+ years AP experience, SAP S/4HANA, fluent German and English. Apply by 15 Jan via careers.acme.example/jobs/4418.",
        "Exit checklist for Ben Howard (last day 20 Dec): return laptop, badge and company card; final expenses by 18 Dec; knowledge transfer to Chloe; IT will disable accounts at 18:00 on the last day.",
        "Hi Maria, your sick leave from 2–6 December has been recorded. A fit note is only needed for absences over 7 calendar days. Hope you're feeling better! — HR Team",
        "Referral bonus reminder: refer a friend for an open engineering role and receive $3,000 after they complete 90 days. Submit referrals in Greenhouse.",
        "Training: Mandatory anti-bribery & corruption e-learning (25 min) must be completed by 31 January in the LMS. Completion rate currently 72%.",
    ),
]

REAL_ESTATE = [
    *each(
        GMAIL,
        "other",
        "Hi Kate and Josh, great news — the sellers accepted your offer of $612,000 on 48 Willow Lane with a closing date of January 24. Next steps: earnest money deposit of $12,000 to Title Co. by Monday, home inspection Thursday at 10am, and appraisal ordered by your lender. — Renee, Compass Realty, (303) 555-0184",
        "Listing: 3-bed semi-detached, 94 m², garden, off-street parking, EPC C, council tax band D. Guide price £425,000. Viewings Saturday 11:00–13:00. Call Hamptons on 020 7946 0442.",
        "Wohnung zu vermieten: 3 Zimmer, 78 m², 2. OG mit Balkon, Kaltmiete 1.150 €, NK 240 €, Kaution 3 KM, frei ab 01.02.2025. Besichtigung nach Vereinbarung: 0176 555 18273.",
        "Appartement T3 à louer, 68 m², Lyon 3e, loyer 1 050 € CC, disponible au 1er février. DPE D. Agence Bellecour Immobilier, 04 78 55 61 20.",
        "Tenancy renewal: your lease at Flat 4, 22 Harbour Road ends 28 February. The landlord proposes a new 12-month term at £1,475 pcm (currently £1,420). Please confirm by 15 January.",
        "Your mortgage application (ref MTG-4418273) has been approved in principle: loan £320,000, term 30 years, 5-year fixed at 4.29%, monthly payment £1,581.62. Valuation booked for 12 December.",
        "HOA notice: the annual meeting is on January 18 at 7 pm in the clubhouse. Agenda: 2025 budget (dues rising from $285 to $300/quarter), pool resurfacing bid, board election. Proxy forms attached.",
        "Closing disclosure summary: loan amount $489,600, interest rate 6.375%, monthly principal & interest $3,054.52, estimated cash to close $128,411.37. Wire instructions will be provided by phone only — call your escrow officer at the number on your contract to verify.",
        "Maintenance request #1182 received: kitchen tap dripping. A plumber from Parker & Sons will visit on Tuesday between 9 and 12. Please ensure access or leave keys with the concierge.",
        "Ons bod van € 465.000 k.k. op de Prinsengracht 118-II is geaccepteerd, onder voorbehoud van financiering tot 20 januari. De koopakte gaat naar de notaris.",
        "Inspection report summary: roof 12–15 years remaining; furnace (2009) near end of life — budget $5–7k; minor GFCI issues in the bathrooms; no evidence of water intrusion in the basement.",
    ),
]

TRAVEL = [
    *each(
        GMAIL,
        "other",
        "Booking confirmed! Hotel Almirante, Lisbon — 14–18 March 2025, Superior Double, 4 nights, breakfast included. Total €612.00, pay at property. Free cancellation until 11 March 23:59. Confirmation 4418273910. Hotel phone +351 21 555 0182.",
        "Your trip to Tokyo: JL 44 London Heathrow (LHR) 19:15 → Tokyo Haneda (HND) 15:20+1, 12 Feb 2025. Booking reference QXR7LM. Seat 32K. Baggage 2 × 23 kg. Check in online 72 hours before departure.",
        "Deutsche Bahn: Ihre Fahrkarte ICE 578 Frankfurt(Main)Hbf 08:54 → Berlin Hbf 12:58, Wagen 27, Platz 61, Auftragsnummer Q8K2PL. Zugbindung aufgehoben bei Verspätung ab 20 Min.",
        "SNCF Connect : votre e-billet TGV INOUI n° 6211, Paris Gare de Lyon 07h30 → Marseille St-Charles 10h49, voiture 14 place 82, référence DXTR4P.",
        "Renfe: Billete AVE 03171 Madrid-Puerta de Atocha 09:30 – Barcelona-Sants 12:15, coche 6, plaza 8A. Localizador: 4F7KLM.",
        "Car rental: Hertz, pick-up Reykjavík Keflavík Airport 20 Feb 10:00, return 27 Feb 10:00, Toyota RAV4 or similar, 4x4, unlimited km. Confirmation K8827361942. Roadside assistance +354 555 0190.",
        "Airbnb: Reservation confirmed for Cozy loft in Kreuzberg, 2–6 April. Check-in after 3:00 PM with lockbox; code will be sent 24 hours before arrival. Host: Lena. Total €486.20.",
        "Flight change: Your flight UA 934 on Jan 9 now departs at 17:40 (was 16:05). Your seat remains 21C. If the new time doesn't work, you can change or cancel at no cost at united.com/mytrips.",
        "Visa application: your ETA for the United Kingdom has been granted. Reference 4418-2739-1182-7390. Valid for multiple visits of up to 6 months for 2 years. Your ETA is linked to your passport digitally.",
        "Itinerary day 3: 08:00 pickup at hotel lobby → Plitvice Lakes (2.5h drive), walking route C (4–6 h), lunch at Lička Kuća, return 18:30. Bring comfortable shoes and 40 € cash for entrance.",
        "Ryanair: Check-in is now open for FR 1884 Dublin → Barcelona on 15 Mar. Your boarding pass must be shown on the app or printed. Priority: no. Bags: 1 small bag only.",
        "Booking.com: Ihre Buchung 4418273910 im Hotel Sacher Salzburg ist bestätigt. Anreise Fr 20.12., Abreise So 22.12. Für Fragen: +43 662 88977.",
        "Eurostar: your booking ref EZKQ4R — London St Pancras 08:01 → Paris Gare du Nord 11:20, coach 12 seat 64. Arrive at least 60 minutes before departure for security and passport checks.",
    ),
]

RECEIPTS = [
    *each(
        GMAIL,
        "other",
        "Receipt from Blue Bottle Coffee\n1 × Oat Latte 12oz   $6.25\n1 × Almond Croissant  $4.75\nSubtotal  $11.00\nTax (8.875%)  $0.98\nTip  $2.00\nTotal  $13.98\nVisa •••• 4417\nOrder #A-1182",
        "Your Uber receipt — Thursday morning trip\nTotal £18.42\nTrip fare £15.80, Booking fee £1.62, Tip £1.00\nPickup 08:12 — 14 Brick Lane, London\nDrop-off 08:39 — Canary Wharf, London\n7.1 miles | 27 min",
        "REWE Markt GmbH\nBio Vollmilch 1,5%   1,39\nBananen 1,234 kg x 1,69   2,09\nVollkornbrot   2,49\nSUMME EUR   5,97\nGeg. EC-Karte   5,97\nMwSt 7% 0,39  Netto 5,58\nTSE-Signatur: MEUCIQDj…\nVielen Dank für Ihren Einkauf",
        "Tesco Clubcard statement: you collected 1,842 points this quarter. Your vouchers worth £18.00 are ready to use in store or online until 31/08/2025.",
        "Apple: Your receipt. iCloud+ with 200 GB (Monthly) £2.99. Billed to Apple ID j.doe@icloud.com. Order ID MQ8K2PL4X7. Document no. 184418273910.",
        "Receipt #2024-1182 — Green Valley Veterinary\nExam (canine) $68.00\nRabies vaccine 3yr $32.00\nDHPP booster $38.00\nHeartworm test $49.00\nTotal $187.00 — paid Mastercard •••• 2291",
        "Ticket de caisse — Carrefour Market\nBaguette tradition 1,20\nComté 18 mois 250g 6,45\nVin rouge AOC Côtes du Rhône 7,90\nTOTAL 15,55 €\nCB SANS CONTACT ****1182\nMerci de votre visite",
        "Stripe receipt from Figma, Inc. — Receipt #2481-1182\nFigma Professional (annual) × 1  $144.00\nAmount paid $144.00 on Dec 10, 2024\nQuestions? Visit figma.com/support or reply to this email.",
        "Shell Station #4418, 12/10/24 07:52\nPump 6  Unleaded 95  38.41 L @ 1.689 = 64.87\nCard: VISA ****7731 Auth 118273\nThank you",
        "Donation receipt: Thank you for your gift of $100.00 to Doctors Without Borders on 12/03/2024. No goods or services were provided. Tax ID 13-3433452. Keep this receipt for your tax records.",
    ),
]
