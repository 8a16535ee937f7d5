"""fpover20 texts: legal, medical, finance back-office and accounting, insurance (own words;
names of real institutions, invented people, numbers and matters)."""


def each(source, target, *texts):
    return [(source, target, t) for t in texts]


OUTLOOK = "https://outlook.office.com/mail/inbox"
GMAIL = "https://mail.google.com/mail/u/0/#inbox"
WORD = "https://acme.sharepoint.com/:w:/r/sites/Legal/_layouts/15/Doc.aspx"

LEGAL = [
    *each(
        OUTLOOK,
        "other",
        "Dear Ms. Okafor,\n\nPlease find attached the draft Share Purchase Agreement (v4, redline against v3). Key changes: (i) the escrow amount in clause 3.4 is reduced from EUR 2,500,000 to EUR 1,750,000; (ii) the limitation period in clause 9.2 is 18 months; (iii) Schedule 7 (Disclosed Contracts) now lists 42 agreements. We would be grateful for your comments by close of business on Friday, 13 December.\n\nKind regards,\nMarta Lindqvist\nSenior Associate | Lindqvist & Berg Advokatbyrå\n+46 8 555 012 34",
        "Without prejudice save as to costs\n\nDear Sirs,\n\nOur client is prepared to settle this matter for the sum of £48,500 inclusive of costs and interest, payable within 28 days of acceptance. This offer is made pursuant to Part 36 of the Civil Procedure Rules and remains open for 21 days from the date of this letter.\n\nYours faithfully,\nHarcourt Mills LLP\nRef: HM/CL/2024/0713",
        "NOTICE OF DEPOSITION\n\nPLEASE TAKE NOTICE that, pursuant to Rule 30 of the Federal Rules of Civil Procedure, Plaintiff will take the deposition of Daniel R. Fisk on January 14, 2025 at 9:30 a.m. at the offices of Brenner Shaw LLP, 1200 Market Street, Suite 2100, Philadelphia, PA 19107. The deposition will be recorded stenographically and by video.",
        "Hi Tom — the court has listed the case management conference for 4 February at 10:00 (Court 14, Rolls Building). Counsel's clerk needs the bundle index by 27 January. I've saved the draft in the matter folder: Litigation > 2024-0881 Halden v Corvex > 05 Bundles. Call me on 07700 900 318 if the date is a problem.",
        "Privileged & Confidential — Attorney-Client Communication\n\nTeam, attached is the litigation hold notice for Project Larch. Please do not delete, alter or discard any documents, emails, chat messages or files relating to the supplier contracts from 2021 onward. Auto-delete has been suspended for the custodians listed in Annex A. Questions to legal-hold@acme.example.",
        "Sehr geehrte Frau Dr. Brandt,\n\nin der Sache Meyer ./. Kessler GmbH (Az. 2 O 418/24) übersenden wir Ihnen anliegend die Klageerwiderung zur Kenntnisnahme. Die Frist zur Replik läuft am 20.01.2025 ab. Für Rückfragen stehen wir Ihnen unter 030 555 42 10 zur Verfügung.\n\nMit freundlichen Grüßen\nRechtsanwälte Hartmann & Vogel",
        "Maître,\n\nJe vous prie de trouver ci-joint les conclusions récapitulatives pour l'audience du 9 janvier 2025 devant le tribunal judiciaire de Lyon (RG n° 23/04117). Le bordereau de communication de pièces compte 37 pièces.\n\nBien confraternellement,\nMe Claire Dubois\nAvocat au Barreau de Lyon — 04 72 55 01 90",
        "Estimado cliente:\n\nLe recordamos que el plazo para presentar el recurso de apelación contra la sentencia n.º 312/2024 vence el próximo 17 de diciembre. Necesitamos su conformidad por escrito antes del día 12. Puede llamarnos al 91 555 28 40 o responder a este correo.\n\nAtentamente,\nDespacho Ruiz & Asociados",
        "Reminder: the NDA with Kestrel Robotics (DocuSign envelope 7F3A-92C1) expires on 31 Dec. If the evaluation continues into Q1, Procurement needs a renewal signed before then. Template: Legal Hub > Templates > Mutual NDA (2024).docx",
        "Counterparty redlines received. Open points: (1) governing law — they want New York, we proposed England & Wales; (2) liability cap at 12 months' fees vs our 24; (3) they deleted the audit right in §14.3. I suggest we concede (1) and hold on (2) and (3). Call at 15:00 CET?",
    ),
    *each(
        WORD,
        "other",
        "12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party (a) commits a material breach which, if capable of remedy, is not remedied within thirty (30) days of notice; or (b) becomes insolvent, enters into liquidation or has a receiver appointed over any of its assets.",
        '"Confidential Information" means all information disclosed by or on behalf of a party, whether before or after the Effective Date, in any form, including but not limited to source code, designs, pricing, customer lists and the terms of this Agreement, but excluding information that (i) is or becomes public other than through breach; (ii) was lawfully known to the recipient beforehand.',
        "7. DATA PROTECTION\n7.1 The Processor shall process Personal Data only on documented instructions from the Controller (Annex 1), including with regard to transfers to a third country, unless required to do so by Union or Member State law (Art. 28(3)(a) GDPR).\n7.2 Sub-processors are listed at https://trust.vendor.example/subprocessors and changes will be notified 30 days in advance.",
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.\n\nACME HOLDINGS LIMITED\nBy: ______________________\nName: Priya Raman\nTitle: General Counsel\n\nNORTHWIND LOGISTICS, INC.\nBy: ______________________",
    ),
    *each(
        "https://www.gov.uk/government/organisations/hm-courts-and-tribunals-service",
        "other",
        "If you need to contact the court about your claim, quote your claim number (for example K1QZ4821) and call 0300 123 1372, Monday to Friday 8.30am to 5pm. You can also email the court at enquiries.county@justice.gov.uk.",
    ),
    *each(
        "https://www.law.cornell.edu/uscode/text/17/107",
        "other",
        "17 U.S. Code § 107 — Limitations on exclusive rights: Fair use\nNotwithstanding the provisions of sections 106 and 106A, the fair use of a copyrighted work, including such use by reproduction in copies or phonorecords or by any other means specified by that section, for purposes such as criticism, comment, news reporting, teaching (including multiple copies for classroom use), scholarship, or research, is not an infringement of copyright.",
    ),
    *each(
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "other",
        "Article 33 — Notification of a personal data breach to the supervisory authority\n1. In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority competent in accordance with Article 55.",
    ),
]

MEDICAL = [
    *each(
        "https://mychart.examplehealth.org/MyChart/app/communication-center",
        "other",
        "Hi Mr. Alvarez, your lab results from 12/02 are back. Your A1c is 6.1% (down from 6.8% in June) and your LDL is 94 mg/dL. Dr. Chen is pleased with the progress and would like to continue metformin 500 mg twice daily. Follow-up in 3 months. Please call 555-0147 ext. 2 if you have questions.",
        "Appointment reminder: Orthopedics — Dr. S. Nakamura\nTue Jan 7, 2025, 8:15 AM\nBuilding C, 3rd floor, Suite 310\nPlease arrive 20 minutes early to complete intake forms, and bring your photo ID, insurance card and a list of current medications. To cancel or reschedule, call (608) 555-0193 at least 24 hours ahead.",
        "Prescription ready: Your prescription for amoxicillin 500 mg (Rx #4418203) is ready for pickup at Walgreens #07314, 1520 W Main St. Pharmacy hours: Mon–Fri 9am–9pm. Reply STOP to opt out.",
        "After-visit summary\nDiagnoses: Acute sinusitis (J01.90)\nInstructions: Saline rinse twice daily, ibuprofen 400 mg every 6–8 hours as needed with food. Return or call if fever above 39 °C lasts more than 3 days, severe headache, or swelling around the eyes.\nNurse line (24/7): 1-800-555-0177",
    ),
    *each(
        GMAIL,
        "other",
        "Dear Parent/Guardian, this is a reminder that Emma is due for her MMR second dose and Tdap booster. Please book at the practice reception or online via the NHS App. If Emma has already received these elsewhere, let us know so we can update her record. Riverside Surgery, 01632 960 411.",
        "Liebe Patientin, lieber Patient,\nIhr Termin zur Vorsorgeuntersuchung ist am Mittwoch, 15.01.2025 um 10:30 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme). Absagen bitte mindestens 24 Std. vorher unter 089 555 1270.\nIhre Praxis Dr. med. Hofer",
        "Bonjour, votre rendez-vous avec Dr Martin (dermatologue) est confirmé le lundi 6 janvier à 14h20, Centre médical Bellecour, 2e étage. En cas d'empêchement, annulez sur Doctolib ou au 04 78 55 32 10. Pensez à votre carte Vitale.",
        "Radiology report (final)\nExam: MRI lumbar spine without contrast\nFindings: Mild disc desiccation at L4-L5 with a small central protrusion contacting but not compressing the traversing L5 nerve roots. No spinal canal stenosis. Conus terminates at L1.\nImpression: Mild degenerative change at L4-L5. Clinical correlation recommended.",
        "Your Explanation of Benefits is ready. Claim #EOB-2024-118832 for services on 11/14/2024 at Lakeside Imaging: billed $1,840.00, plan discount $1,102.40, plan paid $589.28, you may owe $148.32. This is not a bill. View details at member.healthplan.example or call 1-800-555-0110.",
        "Referral approved: Physical therapy, 12 visits, valid 12/10/2024–03/10/2025. Authorization number PT-88317. Schedule with any in-network provider; a list is at providerfinder.healthplan.example.",
        "Dental recall: it has been 6 months since your last check-up and hygiene visit at Smile Studio. Book online at smilestudio.example/book or call 020 7946 0321. We have early appointments from 7:30am.",
        "Vaccination certificate: COVID-19 booster (Comirnaty JN.1) given 03/10/2024, batch HG4721, at Apotheke am Markt. Next eligibility per STIKO recommendation: autumn 2025.",
    ),
    *each(
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9012345/",
        "other",
        "Methods: We conducted a retrospective cohort study of 14,212 adults (mean age 58.3 ± 11.7 years) with type 2 diabetes treated between 2015 and 2021. The primary outcome was time to first major adverse cardiovascular event (MACE). Hazard ratios were estimated with Cox proportional-hazards models adjusted for age, sex, HbA1c, eGFR and baseline statin use (HR 0.82; 95% CI 0.71–0.94; p = 0.004).",
        "Table 2. Baseline characteristics (n = 412)\nAge, years, median (IQR): 64 (55–72)\nFemale, n (%): 187 (45.4)\nBMI, kg/m², mean (SD): 29.1 (5.3)\nHypertension, n (%): 268 (65.0)\nCurrent smoker, n (%): 71 (17.2)",
    ),
    *each(
        "https://www.nhs.uk/conditions/flu/",
        "other",
        "Call 111 or get help from 111 online if you're worried about a baby or child under 5 with flu symptoms, or your symptoms do not improve after 7 days. Call 999 or go to A&E if you get sudden chest pain, have difficulty breathing or start coughing up a lot of blood.",
    ),
    *each(
        "https://www.cdc.gov/flu/treatment/",
        "other",
        "Antiviral treatment is recommended as early as possible for any patient with confirmed or suspected influenza who is hospitalized, has severe or progressive illness, or is at higher risk for complications. Oseltamivir 75 mg orally twice daily for 5 days (adults).",
    ),
]

FINANCE = [
    *each(
        OUTLOOK,
        "other",
        "Hi all,\n\nMonth-end close calendar for December:\nWD-3 (Thu 26 Dec): accruals cut-off, AP invoices received by 17:00 posted\nWD-1 (Mon 30 Dec): bank reconciliations for accounts 1010, 1015, 1020\nWD+2 (Fri 3 Jan): intercompany matching (entities 100/200/310), FX revaluation run\nWD+4 (Tue 7 Jan): draft P&L to FP&A\n\nJournal entries above EUR 50k need a second approver in SAP (FB50 → parked, not posted). Thanks, Ingrid",
        "Invoice 2024-11873 from Brightline Consulting for GBP 12,480.00 (net 30) is on hold: the PO number 4500218811 has only GBP 9,000.00 remaining. Can the requester raise a change order or should I short-pay? Vendor ID V-20417.",
        "Please approve the attached payment run (Run ID F110-20241213-01): 214 invoices, total USD 1,384,211.07, value date 16 Dec. The three largest: Atlas Freight 212,400.00; Cobalt Energy 98,730.55; Meridian Leasing 61,200.00. Positive pay file goes to the bank at 14:00 ET.",
        "Reminder: expense reports for November must be submitted in Concur by 10 December. Receipts over $75 need an itemized receipt; hotel folios must show the nightly rate. Mileage rate for 2024 is 67 cents per mile. Questions: expenses@acme.example.",
        "Variance commentary Q3: Revenue +4.2% vs budget (EUR 38.6m vs 37.0m) driven by Nordic volume; COGS +6.8% due to freight surcharges (EUR 0.9m); OPEX -2.1% (hiring delays in R&D). EBITDA margin 17.4% vs 18.1% plan.",
        "The auditors (PwC) have requested the following PBC items by 20 January: fixed asset roll-forward, AR aging at 31/12 with subsequent receipts, bank confirmations for all accounts, revenue cut-off testing sample (25 invoices either side of year-end), and the lease schedule under IFRS 16.",
        "Dear supplier, our remittance advice for payment 0000482271 (EUR 7,340.20, value date 12.12.2024) covers invoices RE-24-1190, RE-24-1204 and credit note GS-24-031. Bank: Deutsche Bank, IBAN DE89 3704 0044 0532 0130 00. Please contact ap@acme.example for any discrepancies.",
        "Buongiorno, vi inviamo in allegato la fattura elettronica n. 1842/2024 (SDI 6237418890) di € 3.660,00 IVA inclusa, scadenza 31/01/2025, pagamento con bonifico su IBAN IT60 X054 2811 1010 0000 0123 456. Cordiali saluti, Amministrazione",
        "Olá, segue o boleto referente à nota fiscal 002.481 no valor de R$ 4.275,90, vencimento 20/12/2024. Código de barras: 34191.79001 01043.510047 91020.150008 8 99870000427590. Em caso de dúvidas, ligue (11) 5555-0192.",
        "Hej! Faktura 100482 på 18 750,00 kr förfaller 2024-12-30. Betala till bankgiro 5555-1234 och ange OCR 100482 7. Frågor om fakturan: ekonomi@foretag.example eller 08-555 120 00.",
    ),
    *each(
        "https://docs.google.com/spreadsheets/d/1h9Fz2Kq/edit#gid=0",
        "other",
        "Account\tDescription\tDebit\tCredit\n6100\tOffice supplies\t1,240.00\t\n6420\tSoftware subscriptions\t8,910.50\t\n2100\tAccounts payable\t\t10,150.50\n",
        '=SUMIFS(Ledger!$E:$E,Ledger!$A:$A,">="&DATE(2024,10,1),Ledger!$A:$A,"<="&EOMONTH(DATE(2024,12,1),0),Ledger!$C:$C,"6*")',
        '=IFERROR(XLOOKUP(A2,Vendors!A:A,Vendors!D:D),"missing vendor")',
        "=ROUND(B2*(1+$F$1)^(C2/12),2)",
        "Date,Ref,Account,Debit,Credit,Memo\n2024-12-31,JE-1208,1200,0.00,15000.00,Reverse Nov accrual\n2024-12-31,JE-1208,5400,15000.00,0.00,Reverse Nov accrual\n",
    ),
    *each(
        "https://www.investor.gov/introduction-investing",
        "other",
        "Compound interest example: $10,000 invested at 7% a year for 20 years grows to about $38,697 (10,000 × 1.07^20). At 5% it grows to $26,533. Fees of 1% a year reduce the 7% result to about $32,071.",
    ),
    *each(
        GMAIL,
        "other",
        "Your Vanguard quarterly statement is available. Total value as of 09/30/2024: $184,302.17. Log on at investor.vanguard.com to view it. Vanguard will never ask for your password by email.",
        "Payroll: your December payslip is available in Workday. Gross 6,250.00; tax 1,412.80; NI 384.22; pension (5%) 312.50; net 4,140.48. Payment date 20/12/2024.",
        "Fidelity: A contribution of $500.00 to your Roth IRA (account ending 7731) was received on 12/02/2024 for tax year 2024. Your remaining 2024 contribution room is $1,500.00.",
        "Your Form 1099-INT for tax year 2024 will be available by January 31, 2025 in Documents > Tax Forms. Interest paid: $412.86. Questions? Call 1-888-555-0163.",
        "Wise: You sent 1,200.00 EUR to Laura Conti. It should arrive by Friday. Transfer #842117930. Track it in the app.",
        "Revolut: Your card ending 3018 was charged £42.15 at TFL TRAVEL CH. Not you? Freeze your card in the app.",
    ),
]

INSURANCE = [
    *each(
        GMAIL,
        "other",
        "Dear Mr. Novak,\n\nThank you for reporting the water damage at 14 Elm Grove on 2 December. Your claim number is HC-24-0091837. A loss adjuster, Ms. Patel from Crawford & Company, will call you within 2 working days to arrange a visit. Please keep any damaged items and take photographs. Your policy excess is £350.\n\nClaims team: 0345 555 0172 (Mon–Fri 8am–8pm)",
        "Your car insurance renews on 18/01/2025. New premium: £612.40 (last year £548.90). Reasons: increased repair costs and claims in your area. If you don't want to renew, call us on 0800 555 0193 before the renewal date. Policy number MTR-7781240.",
        "State Farm: Your auto policy 182 4417-C15-37 payment of $143.62 is due 12/21. Pay at statefarm.com, in the app, or call your agent Lisa Moreno at (512) 555-0148.",
        "GEICO: Your claim 0418822910101015 has been assigned to adjuster Kevin Tran. Rental coverage: $40/day up to 30 days. Upload photos of the damage in the GEICO Mobile app.",
        "Sehr geehrter Herr Weber, zu Ihrem Schaden vom 28.11.2024 (Schadennummer 24-KH-481207) benötigen wir noch den Kostenvoranschlag der Werkstatt und ein Foto des Fahrzeugscheins. Sie erreichen uns unter 0800 555 3311. Mit freundlichen Grüßen, Ihre HUK-COBURG",
        "Madame, nous accusons réception de votre déclaration de sinistre (dégât des eaux) n° 2024-DDE-118273. Un expert vous contactera sous 5 jours ouvrés. Franchise contractuelle : 150 €. Service sinistres : 09 69 55 01 23.",
        "Travel insurance policy TRV-5518203: covered 12–26 Feb 2025, Japan, 2 adults. 24-hour emergency assistance: +44 20 7946 0888 (reverse charges accepted). Keep receipts for any medical costs.",
        "Pet insurance: claim PC-118402 for Bella (Labrador, 4 yrs) — vet fees £864.00, excess £99.00, co-pay 0%, paid £765.00 to your account ending 2291 on 10/12.",
        "Your homeowners policy HO3-5520187 includes $300,000 dwelling coverage, $1,000 all-perils deductible and a 2% wind/hail deductible. Flood is not covered; ask your agent about an NFIP policy.",
        "Life insurance annual statement: policy L-2098831, face amount $500,000, cash value $12,418.55, premium $86.20/month. Beneficiary: Anna K. Lopez (100%). To change beneficiaries log in to the portal.",
        "Seguro: informamos que su póliza de hogar n.º 0098-221477 se renueva el 01/02/2025. Prima anual: 318,40 €. Para cualquier consulta llame al 900 555 210.",
    ),
    *each(
        "https://www.iii.org/article/what-covered-standard-homeowners-policy",
        "other",
        "A standard homeowners policy covers the structure of your home, your personal belongings, liability protection, and additional living expenses if you have to live away from home while it is being rebuilt. Floods and earthquakes are usually not covered.",
    ),
]
