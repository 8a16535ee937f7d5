"""fpover20 texts near what lures say, from other walks of life: genuine collection, toll, fine
and suspension notices, accounting software support steps (QuickBooks, DATEV, SAP GUI, Sage),
password-expiry and security-awareness mails, browser address-bar entries given by support,
and help desks of non-IT vendors (own words; real products, invented people and numbers)."""

from fp20_office import each

GMAIL = "https://mail.google.com/mail/u/0/#inbox"
OUTLOOK = "https://outlook.office.com/mail/inbox"

NOTICES = [
    *each(
        GMAIL,
        "other",
        "FINAL NOTICE — Account 77-418273\nDear Ms. Harper, our records show an outstanding balance of $1,284.16 for services from St. Luke's Medical Center (dates of service 03/14/2024). This account has been placed with Midwest Recovery Services. To arrange payment or dispute this debt, call 1-866-555-0148 Mon–Fri 8–6 CT or write to PO Box 4418, Des Moines, IA 50306. This is a communication from a debt collector.",
        "E-ZPass New York: Your account 4418273910 has a low balance ($4.20). Your replenishment card ending 1182 was declined. Please update your payment method at e-zpassny.com or call 1-800-333-8655 to avoid violation fees. E-ZPass does not send payment requests by text message.",
        "Penalty Charge Notice LJ41827391: a parking contravention (code 12) was recorded on 02/12/2024 at 14:12 in Harbour Road, vehicle AB12 CDE. Pay £65 within 14 days (discounted) or £130 thereafter at www.council.example.gov.uk/pcn. You may challenge the notice online.",
        "Bußgeldbescheid: Sie haben am 18.11.2024 um 08:42 Uhr die zulässige Höchstgeschwindigkeit innerorts um 16 km/h überschritten. Verwarnungsgeld 70,00 EUR. Zahlung innerhalb von 14 Tagen auf das angegebene Konto der Stadtkasse unter Angabe des Kassenzeichens 4418.2739.1182.",
        "JURY SUMMONS: You have been selected for jury service at the Superior Court, 191 N. First St, San Jose, beginning Monday, January 13, 2025. Complete your questionnaire at eJuror within 5 days. Call (408) 555-0110 with questions. The court will never call you to demand payment for missing jury duty.",
        "Your water service at 88 Cedar Ave is scheduled for disconnection on 12/20/2024 for non-payment of $342.18. To avoid disconnection, pay at cityofspringfield.example/utilities, in person at City Hall, or call Customer Service at (217) 555-0134. If you have already paid, please disregard this notice.",
        "Notice of account suspension: Your domain acme-bakery.com was suspended because the registrant email address was not verified within 15 days (ICANN requirement). Sign in to your registrar account and click the verification link we sent to owner@acme-bakery.com to restore it.",
        "Your Microsoft 365 Business subscription is past due. We were unable to charge the card on file. Update your payment method in the Microsoft 365 admin center (Billing > Bills & payments) within 30 days to avoid losing access.",
        "Aviso de Hacienda: tiene una deuda pendiente de 218,40 € por el Impuesto sobre Vehículos de Tracción Mecánica 2024. Puede pagarla en la sede electrónica del ayuntamiento o en cualquier entidad colaboradora con la carta de pago. Información: 010.",
        "Avis de contravention n° 4418273910 : excès de vitesse de moins de 20 km/h. Amende forfaitaire minorée : 45 € si payée dans les 15 jours sur antai.gouv.fr. L'ANTAI ne vous demandera jamais de payer par SMS.",
        "PayPal: Your account access is limited because we noticed a payment with an unusual pattern. To restore access, log in to PayPal (open the app or type paypal.com yourself) and go to the Resolution Center. We'll never ask you to call a phone number in an email.",
        "Your Amazon Prime membership will renew on Dec 21, 2024 for $139.00. To manage or cancel your membership, go to Your Account > Prime Membership. Amazon will not call you about your membership renewal.",
        "FINAL REMINDER: Council tax arrears of £412.60 for 2024/25. If payment is not received within 7 days we will apply to the Magistrates' Court for a liability order, which adds £85 in costs. Pay at council.example.gov.uk/pay or call 0161 555 0177.",
        "Sky: We've not been able to take your payment of £58.00 for your TV and broadband. We'll try again in 5 days. To pay now or change your bank details, sign in to My Sky. Need help? Call 0333 7591 018.",
        "Deine Telekom Rechnung Dezember 2024 ist da: 49,95 €. Der Betrag wird am 15.12. von deinem Konto DE** **** 3018 abgebucht. Fragen zur Rechnung: 0800 330 1000.",
    ),
]

ACCOUNTING = [
    *each(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/install-products/fix-common-installation-errors/L0rs8B7xs_US_en_US",
        "other",
        "Step 1: Close QuickBooks. Step 2: Press Windows + R to open Run, type %TEMP% and select OK. Step 3: Delete the files in the Temp folder (skip any that are in use). Step 4: Download and run the QuickBooks Tool Hub from our site, select Installation Issues, then QuickBooks Install Diagnostic Tool. It can take up to 20 minutes.",
        "If you see error 6123, open the QuickBooks Tool Hub, go to Company File Issues and select Run QuickBooks File Doctor. Sign in to your company file when asked. If the error continues, rename the .ND and .TLG files in your company file folder.",
    ),
    *each(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/install-products/fix-common-installation-errors/L0rs8B7xs_US_en_US",
        "run_dialog",
        "%TEMP%",
        "appwiz.cpl",
    ),
    *each(
        "https://apps.datev.de/help-center/documents/1080212",
        "other",
        "Lösung: Beenden Sie alle DATEV-Programme. Starten Sie das DATEV-Servicetool Installations-Manager über Start > DATEV > Servicetools. Wählen Sie 'Reparieren' und folgen Sie den Anweisungen. Bei weiteren Fragen wenden Sie sich an den DATEV-Service unter 0911 319-0.",
        "Der Belegtransfer bricht mit Fehler RDB01012 ab? Prüfen Sie unter Extras > Optionen > Belegtransfer, ob der Pfad zum Ablageordner (z. B. \\\\datev-server\\belege) erreichbar ist, und starten Sie den Dienst „DATEV Belegtransfer“ neu.",
    ),
    *each(
        "https://help.sap.com/docs/SAP_S4HANA_ON-PREMISE",
        "other",
        "To post a vendor invoice, start transaction MIRO, enter the invoice date, reference and amount, then the purchase order number (e.g. 4500218811) in the PO reference tab. Simulate (Ctrl+F8) before posting to check the balance is zero.",
        "Useful transactions for month-end: F.13 (automatic clearing), FAGL_FC_VAL (foreign currency valuation), F.07 (carry forward balances), AJAB (year-end closing for assets), S_ALR_87012284 (balance sheet/P&L).",
        "/nSE16N — table BKPF, selection: company code 1000, fiscal year 2024, document type KR. Execute with F8 and export via List > Export > Spreadsheet.",
    ),
    *each(
        "https://help.sap.com/docs/SAP_S4HANA_ON-PREMISE",
        "other",
        "/nFB03",
        "/oVA03",
    ),
    *each(
        "https://www.sage.com/en-gb/support/",
        "other",
        "To back up Sage 50 Accounts: File > Backup, choose a location (e.g. C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000\\BACKUP) and select OK. We recommend backing up to a USB drive or OneDrive daily. Our support team is on 0191 479 5988.",
    ),
    *each(
        "https://support.xero.com/",
        "other",
        "Bank feed stopped updating? In Xero, go to Accounting > Bank accounts, select Manage Account > Bank feed settings and click Reconnect. You'll be taken to your bank's site to re-authorise. Xero support will never ask for your online banking password.",
    ),
]

PASSWORDS = [
    *each(
        OUTLOOK,
        "other",
        "Your Acme network password expires in 5 days (on 14/12/2024). To change it, press Ctrl+Alt+Del on your work laptop and choose 'Change a password', or go to https://passwordreset.microsoftonline.com. Passwords must be at least 14 characters. Questions: IT Service Desk, ext. 4357.",
        "Security awareness: This month's training module is 'Fake CAPTCHA pages'. Attackers show a page saying 'verify you are human', then ask you to press Win+R, paste and press Enter. No real website will ever ask you to do this. If you see it, close the tab and report it with the Phish Alert button. The module takes 8 minutes: https://training.knowbe4.com/ui/modules/418",
        "Reminder from IT: Multi-factor authentication will be required for all VPN logins from 6 January. Register the Microsoft Authenticator app at https://aka.ms/mfasetup before then. If you need a hardware token instead, request one in the service portal.",
        "Phishing test results Q4: 1,240 emails sent, 87 clicks (7.0%, down from 11.2%), 14 credentials entered, 412 reports via the Phish Alert button. Well done Finance (2% click rate)! Refresher for departments above 10% in January.",
        "IT notice: Windows laptops will install the 24H2 feature update overnight on Thursday. Please leave your laptop connected to power and the network, signed out but not shut down. Expect one or two restarts. Nothing for you to run or install.",
        "Hi all, the Wi-Fi password for the Guest network has changed for December: Winter-Harbour-2418. Staff should keep using Acme-Corp with their own login. — Facilities",
    ),
]

ADDRESS_BAR = [
    *each(
        "https://support.google.com/chrome/answer/95414",
        "other",
        "To check for updates, open Chrome, type chrome://settings/help in the address bar and press Enter. Chrome will check and install updates automatically; click Relaunch when it's done.",
    ),
    *each(
        "https://support.google.com/chrome/answer/95414",
        "browser_console",
        "chrome://settings/help",
    ),
    *each(
        "https://support.mozilla.org/en-US/kb/about-config-editor-firefox",
        "other",
        "about:config",
        "about:support",
        "Type about:profiles into the address bar and press Enter. Under the profile you want, click Open Folder next to Root Directory.",
    ),
    *each(
        "https://support.microsoft.com/en-us/microsoft-edge",
        "other",
        "edge://settings/clearBrowserData",
        "edge://flags/#edge-tab-groups",
    ),
    *each(
        "https://help.zoom.us/hc/en-us/articles/201362023",
        "other",
        "Can't join from the link? Open zoom.us/join in your browser and type the meeting ID 841 8273 9102 and passcode 461802. If the Zoom app doesn't open, click 'Join from your browser'.",
    ),
]

NON_IT_HELP = [
    *each(
        "https://www.bosch-home.com/us/customer-service",
        "other",
        "Dishwasher shows E:15? The anti-flood system has detected water in the base. Turn off the water supply, unplug the appliance, tilt it carefully 45° to drain the base, let it dry for 24 hours and restart. If the error returns, book a repair at bosch-home.com or call 1-800-944-2904.",
    ),
    *each(
        "https://www.tesla.com/support",
        "other",
        "To reset the touchscreen, hold both scroll wheels on the steering wheel until the screen turns black (about 10 seconds). The Tesla logo will appear after a few seconds. You can do this while driving; the car remains drivable.",
    ),
    *each(
        "https://www.garmin.com/en-US/support/",
        "other",
        "Soft reset: hold the LIGHT button for 15 seconds until the watch turns off, then press it again to turn it on. Your data is not lost. Then connect to Garmin Express on your computer to install the latest software.",
    ),
    *each(
        "https://support.sonos.com/",
        "other",
        "If your Sonos speaker isn't found during setup, unplug it for 10 seconds, plug it back in, and hold the Join button until the light flashes green. Make sure your phone is on the same 2.4 GHz network. Sonos support: 1-800-680-2345.",
    ),
    *each(
        "https://www.hp.com/us-en/shop/tech-takes/how-to-connect-printer-to-wifi",
        "other",
        "On the printer's control panel, open the Wireless menu, select Wi-Fi Protected Setup, then Push Button, and press the WPS button on your router within 2 minutes. The wireless light stops blinking when connected. Print a Network Configuration Page to confirm the IP address.",
    ),
    *each(
        "https://support.nintendo.com/",
        "other",
        "Error code 2137-8006: the console couldn't connect to the internet. Restart your router, move the console closer, or set the DNS manually: Primary 8.8.8.8, Secondary 8.8.4.4 under System Settings > Internet > Change Settings.",
    ),
    *each(
        "https://www.ikea.com/us/en/customer-service/",
        "other",
        "Missing a part? Look up the part number in your assembly instructions (e.g. 118331) and order it free at IKEA.com/spareparts. Have your receipt or order number ready. Customer support: 1-888-888-4532.",
    ),
]
