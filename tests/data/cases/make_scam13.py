"""Writes tests/data/cases/scam13.jsonl: lures that are not commands (issue 9, item 4), checked
as a matrix: thirteen languages by four families, each beside benign look-alikes in the same
language.

    python tests/data/cases/make_scam13.py

Families (the technique is `<family>-<lang>`):

- `tech`: a tech-support scam: your PC, your internet line or your account is blocked or
  infected, call this number; calm and alarmed, with and without a company's name.
- `callback`: callback phishing: an order, a renewal, a charge or a withdrawal of an amount
  written as that locale writes money was placed; if it was not you, call us. Senders: security
  software, device support plans, online and app stores, crypto exchanges and wallets, banks,
  parcel and customs, subscriptions; some name none.
- `consentfix`: a loopback redirect address carrying an authorisation code, with the order to
  copy the address bar and paste it back.
- `devicecode`: go to a vendor's real device-login page and enter a code to open a document.

Look-alikes (`ok-<lang>`): a genuine order confirmation or support mail with a phone number, a
bank notice that says it will never call you, device-login and OAuth documentation, news about
these scams, a calendar invitation with a dial-in number.

Deterministic. Phone numbers are in 555 blocks, hosts are reserved names or the vendors' real
device-login pages; every text was written for this file (none copied from a lure collection or
a blind set). Each line is {id, text, expect, technique, platform[, source], target}.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

FLAGGED, QUIET = "flagged", "not_flagged"
MAIL = "https://mail.example.org/inbox"

# per language: phones (several national shapes, 555 blocks), amounts (as the locale writes
# money), and the four families' texts as templates over {phone}, {phone2}, {amount}, {amount2}
PHONES = {
    "en": ["+1 (555) 014-2233", "1-555-019-4411", "+1 555 010 7788", "(555) 010-3344"],
    "de": ["+49 30 5555 0142", "0800 555 0199", "030 / 5555 0173", "+43 1 5550 1234"],
    "fr": ["+33 1 55 55 01 42", "01 55 55 01 99", "0 800 555 019", "+32 2 555 01 73"],
    "es": ["+34 91 555 0142", "900 555 019", "+52 55 5555 0173", "91 555 01 99"],
    "it": ["+39 02 5555 0142", "800 555 019", "06 5555 0199", "+39 345 555 0173"],
    "pt": ["+55 11 5555-0142", "(11) 5555-0173", "+351 21 555 0199", "0800 555 0142"],
    "nl": ["+31 20 555 0142", "020-555 0199", "0800-555 0173", "+32 2 555 01 42"],
    "pl": ["+48 22 555 01 42", "800 555 019", "22 555 01 99", "+48 555 014 233"],
    "tr": ["+90 212 555 01 42", "0850 555 01 99", "0 (212) 555 01 73", "444 5 550"],
    "ru": ["+7 495 555-01-42", "8 (800) 555-01-99", "8 495 555 01 73", "+7 (812) 555-01-42"],
    "ja": ["+81 3-5555-0142", "0120-555-019", "03-5555-0173", "050-5555-0199"],
    "zh": ["+86 10 5555 0142", "400-555-0199", "010-5555-0173", "+86 138 5555 0142"],
    "ar": ["+971 4 555 0142", "+966 11 555 0199", "800 555 0173", "+20 2 5555 0142"],
}
AMOUNTS = {
    "en": ["$399.99", "USD 249.00", "£189.99", "$1,249.00"],
    "de": ["399,99 €", "EUR 249,00", "1.299,00 €", "CHF 189.90"],
    "fr": ["399,99 €", "249,00 EUR", "1 299,00 €", "189,90 €"],
    "es": ["399,99 €", "249,00 EUR", "$4.999,00 MXN", "1.299,00 €"],
    "it": ["399,99 €", "€ 249,00", "1.299,00 €", "189,90 euro"],
    "pt": ["R$ 1.899,90", "399,99 €", "R$ 749,00", "249,00 EUR"],
    "nl": ["€ 399,99", "€249,00", "€ 1.299,00", "EUR 189,90"],
    "pl": ["1 299,00 zł", "399,99 PLN", "749,00 zł", "189,90 zł"],
    "tr": ["4.999,00 TL", "₺2.499,90", "12.750 TL", "1.899,00 ₺"],
    "ru": ["29 990 ₽", "14 990 руб.", "7 499,00 ₽", "49 990 рублей"],
    "ja": ["39,800円", "¥49,800", "129,800円", "19,800円"],
    "zh": ["¥2,999.00", "3999元", "人民币 2,999元", "1,299.00元"],
    "ar": ["1,499 ريال", "399.99 دولار", "2,750 درهم", "899 ر.س"],
}
CODES = ["KQ7D-M3XP", "HTRW-4B9C", "G8ZL2NQF", "BXCD-7KWM"]
DEVICE_PAGES = [
    "https://microsoft.com/devicelogin",
    "https://login.microsoftonline.com/common/oauth2/deviceauth",
    "https://github.com/login/device",
    "https://www.google.com/device",
]
LOOPBACKS = [
    "http://localhost:53682/?state=Xk29aQ7v&code=M.C512_BAY.2.U.7f3c9e2a-41d8-4b1f-9c6e-0a5b7d3e2f18",
    "http://127.0.0.1:8400/callback?code=4/0AbCdEfGhIjKlMnOpQrStUvWx7yZ&scope=email%20profile",
    "http://localhost/?code=0.AXoA3kQ9vR7mYp2LwZt8nBq1cF4hJ6sD&session_state=5e7b2a91",
    "http://localhost:8080/auth/callback?code=gho_7Tz3Qm9WkLp2Rx8VnB4c&state=af81e0",
]

LURES: dict[str, dict[str, list[str]]] = {}
BENIGN: dict[str, list[str]] = {}

LURES["en"] = {
    "tech": [
        "Your PC has been blocked because of a security breach. Call Microsoft Support now at {phone} and do not restart your computer.",
        "Windows Defender: access to this computer has been blocked. Contact a certified technician at {phone2}.",
        "Your internet provider has suspended your connection after detecting infected traffic from your router. To restore service call {phone} today.",
        "Microsoft has noticed unusual activity on your Windows license. Please call our licensing desk at {phone2} to keep it active.",
        "Hello, this is Apple Support. Your iCloud account was locked after several sign-in attempts from another country. Please ring us back on {phone}.",
        "WARNING! Your computer is infected with 3 viruses. Your files will be deleted in 5 minutes. Toll free: {phone2}",
        "We have flagged your account for suspicious activity and temporarily suspended it. Speak to an agent at {phone} to reactivate.",
        "Your network has been restricted by your ISP because your IP address is sending spam. Call the helpline {phone2}.",
    ],
    "callback": [
        "Norton 360 Deluxe: your subscription was renewed today and {amount} will be charged to your card. If you did not authorize this renewal, call {phone}.",
        "Order #A-88213 confirmed: MacBook Air 15, total {amount2}. If this was not you, contact our billing department at {phone2}.",
        "Geek Squad Protection Plan — annual renewal processed, amount {amount}. To cancel and get a refund, call {phone} within 24 hours.",
        "Coinbase: a withdrawal of 0.2841 BTC ({amount4}) was requested from your wallet. Didn't request it? Call security at {phone2}.",
        "Your bank: a transfer of {amount2} to an external account is pending. If you don't recognise this payment call us on {phone}.",
        "Thank you for your purchase. Invoice 55-2019, PayPal, {amount}. For any dispute call {phone2}.",
        "We received your payment of {amount4} for the Premium plan. Not you? Cancel now: {phone}.",
        "Parcel held at customs: import duty of {amount3} has been charged to your order. If you did not order this item, call {phone2} to stop the delivery.",
    ],
    "consentfix": [
        "To finish connecting your account, copy the full address from your browser's address bar and paste it in the box below:\n{loop}",
        "The page will show 'this site can't be reached'. That is normal. Copy the URL (it starts with http://localhost) and paste it here to verify.\n{loop}",
        "{loop}\nPaste this link into the form to complete sign-in.",
        "Step 2: after you approve, copy the address of the blank page and paste it back into this window. Example: {loop}",
    ],
    "devicecode": [
        "To open the shared document, go to {dev} and enter the code {code}.",
        "Your invoice is protected. Visit {dev} and type {code} to view it.",
        "HR has shared your payslip. Sign in at {dev} with code {code} within 10 minutes.",
        "Meeting notes are ready: open {dev}, enter {code}, then select your account.",
    ],
}
BENIGN["en"] = [
    "Your Premium subscription renews on 14 January for {amount}. To cancel, go to Account settings > Subscriptions. Questions? Call us at {phone}.",
    "Thanks for your order #A-88213! Your MacBook Air will arrive Tuesday. Total charged: {amount2}. Questions? Our customer service team is available at {phone} (Mon-Fri 9-5).",
    "Your bank will never call you to ask for a code or to move money. If someone does, hang up and call the number on the back of your card.",
    "Device authorization grant: the CLI prints a user code; the user visits {dev} on another device and enters it, while the app polls the token endpoint.",
    "Police warn of a scam wave: callers pretending to be Microsoft say your PC is infected and ask you to call {phone}. Never call numbers shown in pop-ups.",
    "Weekly sync - Join by phone: {phone2}, meeting ID 555 019 442#. Agenda: Q3 planning.",
    "For OAuth clients running on a desktop, register http://localhost as the redirect URI; the authorization server returns the code there (RFC 8252).",
]

LURES["de"] = {
    "tech": [
        "Ihr PC wurde aus Sicherheitsgründen gesperrt! Rufen Sie sofort den Microsoft Support unter {phone} an und schalten Sie den Computer nicht aus.",
        "Windows-Sicherheit: Auf Ihrem Rechner wurde ein Trojaner festgestellt. Bitte wenden Sie sich an unseren Techniker unter {phone2}.",
        "Ihr Internetanschluss wurde von Ihrem Anbieter vorübergehend gesperrt, da von Ihrem Router Schadsoftware verbreitet wird. Hotline: {phone}",
        "Sehr geehrter Kunde, Ihr Microsoft-Konto wurde wegen verdächtiger Anmeldungen eingeschränkt. Bitte rufen Sie uns unter {phone2} an.",
        "Apple hat festgestellt, dass Ihre Apple-ID auf einem unbekannten Gerät verwendet wurde. Kontaktieren Sie den Apple-Kundendienst: {phone}.",
        "ACHTUNG: Ihr Computer ist infiziert. Ihre Bankdaten sind in Gefahr! Kostenlose Hotline {phone2}",
        "Dein Konto wurde vorübergehend gesperrt. Ruf uns unter {phone} an, um es wieder freizuschalten.",
        "Der Zugriff auf dieses Gerät wurde blockiert. Wenden Sie sich telefonisch an den Windows-Support: {phone2}.",
    ],
    "callback": [
        "Ihr Norton-Abonnement wurde automatisch verlängert. Es werden {amount} von Ihrem Konto abgebucht. Falls Sie dies nicht veranlasst haben, rufen Sie {phone} an.",
        "Bestellbestätigung Nr. 302-5551: iPhone 15 Pro, Gesamtbetrag {amount3}. Nicht von Ihnen bestellt? Kundendienst: {phone2}",
        "Ihr Geräteschutz-Plan wurde für weitere 12 Monate verlängert ({amount2}). Zum Stornieren erreichen Sie uns unter {phone}.",
        "Binance: Auszahlung von 0,35 BTC ({amount3}) angefordert. Waren Sie das nicht? Rufen Sie sofort {phone2} an.",
        "Ihre Bank informiert: Eine Überweisung über {amount} wurde vorgemerkt. Wenn Sie diese Zahlung nicht kennen, melden Sie sich telefonisch unter {phone}.",
        "Zollamt: Für Ihre Sendung wurden Einfuhrabgaben in Höhe von {amount2} berechnet. Haben Sie nichts bestellt, rufen Sie {phone2} an.",
        "Vielen Dank für Ihren Kauf bei Amazon. Rechnungsbetrag: {amount}. Bei Fragen zur Rückerstattung: {phone}",
        "Wir haben eine Zahlung von {amount4} für Ihr Premium-Abo erhalten. Wenn du das nicht warst, ruf {phone2} an.",
    ],
    "consentfix": [
        "Um die Verbindung abzuschließen, kopieren Sie die vollständige Adresse aus der Adressleiste und fügen Sie sie unten ein:\n{loop}",
        "Die Seite zeigt „Diese Website ist nicht erreichbar“. Das ist normal. Kopieren Sie die URL (beginnt mit http://localhost) und fügen Sie sie hier ein.\n{loop}",
        "{loop}\nFügen Sie diesen Link in das Formular ein, um die Anmeldung abzuschließen.",
        "Schritt 2: Nach der Zustimmung die Adresse der leeren Seite kopieren und hier einfügen. Beispiel: {loop}",
    ],
    "devicecode": [
        "Um das freigegebene Dokument zu öffnen, gehen Sie zu {dev} und geben Sie den Code {code} ein.",
        "Ihre Rechnung ist geschützt. Besuchen Sie {dev} und geben Sie {code} ein, um sie anzuzeigen.",
        "Die Personalabteilung hat Ihre Gehaltsabrechnung geteilt. Melden Sie sich innerhalb von 10 Minuten unter {dev} mit dem Code {code} an.",
        "Öffne {dev}, gib {code} ein und wähle dein Konto, um die Besprechungsnotizen zu sehen.",
    ],
}
BENIGN["de"] = [
    "Ihr Premium-Abo verlängert sich am 14. Januar um {amount}. Kündigen können Sie in Ihrem Kundenkonto unter „Abonnements“. Fragen? Rufen Sie uns an: {phone}.",
    "Vielen Dank für Ihre Bestellung Nr. 302-5551! Ihr Paket kommt am Dienstag. Gesamtbetrag: {amount}. Fragen? Unser Kundendienst ist unter {phone} erreichbar (Mo–Fr 8–18 Uhr).",
    "Ihre Bank wird Sie niemals anrufen, um eine TAN oder eine Überweisung zu verlangen. Legen Sie in diesem Fall auf und rufen Sie die Nummer auf Ihrer Karte an.",
    "Geräte-Anmeldung: Die App zeigt einen Code an; öffnen Sie {dev} auf einem anderen Gerät und geben Sie ihn ein, während die App den Token-Endpunkt abfragt.",
    "Die Polizei warnt vor einer Betrugsmasche: Anrufer geben sich als Microsoft aus und behaupten, Ihr PC sei infiziert ({phone}). Rufen Sie solche Nummern nie an.",
    "Teambesprechung – Telefonische Einwahl: {phone2}, Konferenz-ID 555 019 442#. Tagesordnung: Quartalsplanung.",
    "Für Desktop-Clients registrieren Sie http://localhost als Weiterleitungs-URI; der Autorisierungsserver liefert den Code dorthin (RFC 8252).",
]

LURES["fr"] = {
    "tech": [
        "Votre ordinateur a été bloqué pour des raisons de sécurité ! Appelez immédiatement le support Microsoft au {phone} et n'éteignez pas votre PC.",
        "Sécurité Windows : un cheval de Troie a été détecté sur votre appareil. Contactez un technicien agréé au {phone2}.",
        "Votre fournisseur d'accès a suspendu votre connexion Internet car votre box envoie des virus. Pour la rétablir, composez le {phone}.",
        "Cher client, votre compte Microsoft a été restreint suite à des connexions suspectes. Merci de nous appeler au {phone2}.",
        "Apple a constaté que votre identifiant Apple est utilisé sur un appareil inconnu. Contactez le service client Apple : {phone}.",
        "ATTENTION : votre PC est infecté, vos données bancaires sont en danger ! Numéro gratuit {phone2}",
        "Ton compte a été temporairement bloqué. Appelle-nous au {phone} pour le débloquer.",
        "L'accès à cet ordinateur a été bloqué. Veuillez contacter l'assistance Windows au {phone2}.",
    ],
    "callback": [
        "Votre abonnement McAfee Total Protection a été renouvelé. Un montant de {amount} sera prélevé. Si vous n'êtes pas à l'origine de ce renouvellement, appelez le {phone}.",
        "Confirmation de commande n° 402-5551 : iPhone 15, total {amount3}. Vous n'avez pas passé cette commande ? Service client : {phone2}",
        "Votre contrat d'assistance pour appareils a été reconduit pour 12 mois ({amount2}). Pour annuler, joignez-nous au {phone}.",
        "Binance : un retrait de 0,35 BTC ({amount3}) a été demandé. Ce n'était pas vous ? Appelez immédiatement le {phone2}.",
        "Votre banque : un virement de {amount} est en attente. Si vous ne reconnaissez pas ce paiement, contactez-nous au {phone}.",
        "Douane : des frais d'importation de {amount4} ont été facturés pour votre colis. Vous n'avez rien commandé ? Appelez le {phone2}.",
        "Merci pour votre achat sur Amazon. Montant facturé : {amount}. Pour un remboursement, appelez le {phone}.",
        "Nous avons reçu votre paiement de {amount4} pour l'offre Premium. Si ce n'est pas toi, appelle le {phone2}.",
    ],
    "consentfix": [
        "Pour terminer la connexion, copiez l'adresse complète de la barre d'adresse et collez-la ci-dessous :\n{loop}",
        "La page affichera « Ce site est inaccessible ». C'est normal. Copiez l'URL (elle commence par http://localhost) et collez-la ici.\n{loop}",
        "{loop}\nCollez ce lien dans le formulaire pour terminer la connexion.",
        "Étape 2 : après l'autorisation, copiez l'adresse de la page blanche et collez-la dans cette fenêtre. Exemple : {loop}",
    ],
    "devicecode": [
        "Pour ouvrir le document partagé, rendez-vous sur {dev} et saisissez le code {code}.",
        "Votre facture est protégée. Allez sur {dev} et entrez {code} pour la consulter.",
        "Les RH ont partagé votre fiche de paie. Connectez-vous sur {dev} avec le code {code} dans les 10 minutes.",
        "Ouvre {dev}, tape {code} puis choisis ton compte pour voir le compte rendu.",
    ],
}
BENIGN["fr"] = [
    "Votre abonnement Premium sera renouvelé le 14 janvier pour {amount}. Pour annuler, rendez-vous dans votre espace client. Une question ? Appelez le {phone}.",
    "Merci pour votre commande n° 402-5551 ! Livraison prévue mardi. Montant total : {amount}. Une question ? Notre service client est joignable au {phone} (du lundi au vendredi).",
    "Votre banque ne vous appellera jamais pour vous demander un code ou un virement. Dans ce cas, raccrochez et appelez le numéro au dos de votre carte.",
    "Flux d'autorisation d'appareil : l'application affiche un code ; ouvrez {dev} sur un autre appareil et saisissez-le pendant que l'application interroge le point de terminaison du jeton.",
    "La police met en garde contre une arnaque : de faux techniciens Microsoft affirment que votre PC est infecté et demandent d'appeler le {phone}.",
    "Réunion d'équipe – Rejoindre par téléphone : {phone2}, ID de conférence 555 019 442#. Ordre du jour : budget.",
    "Pour une application de bureau, enregistrez http://localhost comme URI de redirection ; le serveur d'autorisation y renvoie le code (RFC 8252).",
]

LURES["es"] = {
    "tech": [
        "¡Su ordenador ha sido bloqueado por motivos de seguridad! Llame ahora al soporte de Microsoft al {phone} y no apague el equipo.",
        "Seguridad de Windows: se ha detectado un troyano en su dispositivo. Contacte con un técnico certificado en el {phone2}.",
        "Su proveedor de internet ha suspendido su conexión porque su router está enviando virus. Para restablecerla marque el {phone}.",
        "Estimado cliente, su cuenta Microsoft ha sido restringida tras inicios de sesión sospechosos. Llámenos al {phone2}.",
        "Apple ha detectado que su ID de Apple se está usando en un dispositivo desconocido. Comuníquese con soporte Apple: {phone}.",
        "ATENCIÓN: su PC está infectado y sus datos bancarios están en peligro. Línea gratuita {phone2}",
        "Tu cuenta ha sido bloqueada temporalmente. Llámanos al {phone} para desbloquearla.",
        "El acceso a este equipo ha sido bloqueado. Póngase en contacto con el soporte de Windows: {phone2}.",
    ],
    "callback": [
        "Su suscripción a Norton 360 se ha renovado y se cargarán {amount} a su tarjeta. Si usted no autorizó esta renovación, llame al {phone}.",
        "Confirmación de pedido n.º 702-5551: iPhone 15, total {amount4}. ¿No realizó este pedido? Atención al cliente: {phone2}",
        "Su plan de protección de dispositivos se ha renovado por 12 meses ({amount2}). Para cancelar, llámenos al {phone}.",
        "Coinbase: se ha solicitado un retiro de 0,35 BTC ({amount3}). ¿No fue usted? Llame de inmediato al {phone2}.",
        "Su banco le informa: una transferencia de {amount} está pendiente. Si no reconoce este pago, llame al {phone}.",
        "Aduanas: se han cobrado {amount2} en aranceles por su paquete. Si no ha pedido nada, llame al {phone2}.",
        "Gracias por su compra en Amazon. Importe facturado: {amount}. Para solicitar un reembolso llame al {phone}.",
        "Hemos recibido tu pago de {amount2} por el plan Premium. Si no fuiste tú, llama al {phone2}.",
    ],
    "consentfix": [
        "Para terminar de conectar su cuenta, copie la dirección completa de la barra de direcciones y péguela abajo:\n{loop}",
        "La página mostrará «No se puede acceder a este sitio». Es normal. Copie la URL (empieza por http://localhost) y péguela aquí.\n{loop}",
        "{loop}\nPegue este enlace en el formulario para completar el inicio de sesión.",
        "Paso 2: después de aprobar, copia la dirección de la página en blanco y pégala en esta ventana. Ejemplo: {loop}",
    ],
    "devicecode": [
        "Para abrir el documento compartido, vaya a {dev} e introduzca el código {code}.",
        "Su factura está protegida. Visite {dev} y escriba {code} para verla.",
        "Recursos Humanos ha compartido su nómina. Inicie sesión en {dev} con el código {code} en 10 minutos.",
        "Abre {dev}, escribe {code} y elige tu cuenta para ver el acta.",
    ],
}
BENIGN["es"] = [
    "Su suscripción Premium se renovará el 14 de enero por {amount}. Para cancelarla, vaya a la configuración de su cuenta. ¿Dudas? Llame al {phone}.",
    "¡Gracias por su pedido n.º 702-5551! Llegará el martes. Importe total: {amount}. ¿Dudas? Nuestro servicio de atención al cliente está en el {phone} (de lunes a viernes).",
    "Su banco nunca le llamará para pedirle un código ni una transferencia. Si ocurre, cuelgue y llame al número del reverso de su tarjeta.",
    "Flujo de autorización de dispositivo: la aplicación muestra un código; abra {dev} en otro dispositivo e introdúzcalo mientras la aplicación consulta el endpoint de token.",
    "La policía alerta de una estafa: falsos técnicos de Microsoft dicen que su PC está infectado y piden llamar al {phone}.",
    "Reunión semanal – Unirse por teléfono: {phone2}, ID de reunión 555 019 442#. Orden del día: presupuesto.",
    "En aplicaciones de escritorio, registre http://localhost como URI de redirección; el servidor de autorización devuelve allí el código (RFC 8252).",
]

LURES["it"] = {
    "tech": [
        "Il suo computer è stato bloccato per motivi di sicurezza! Chiami subito l'assistenza Microsoft al {phone} e non spenga il PC.",
        "Sicurezza di Windows: è stato rilevato un trojan sul suo dispositivo. Contatti un tecnico certificato al {phone2}.",
        "Il suo provider ha sospeso la connessione internet perché il suo router sta diffondendo virus. Per riattivarla chiami il {phone}.",
        "Gentile cliente, il suo account Microsoft è stato limitato dopo accessi sospetti. La preghiamo di chiamarci al {phone2}.",
        "Apple ha rilevato che il suo ID Apple è stato usato su un dispositivo sconosciuto. Contatti l'assistenza Apple: {phone}.",
        "ATTENZIONE: il PC è infetto e i suoi dati bancari sono a rischio! Numero verde {phone2}",
        "Il tuo account è stato bloccato temporaneamente. Chiamaci al {phone} per sbloccarlo.",
        "L'accesso a questo computer è stato bloccato. Contatti il supporto Windows al {phone2}.",
    ],
    "callback": [
        "Il suo abbonamento McAfee è stato rinnovato e verranno addebitati {amount} sulla carta. Se non ha autorizzato il rinnovo, chiami il {phone}.",
        "Conferma ordine n. 171-5551: iPhone 15, totale {amount3}. Non hai effettuato tu questo ordine? Servizio clienti: {phone2}",
        "Il piano di assistenza per i suoi dispositivi è stato rinnovato per 12 mesi ({amount2}). Per annullare ci contatti al {phone}.",
        "Binance: è stato richiesto un prelievo di 0,35 BTC ({amount3}). Non sei stato tu? Chiama subito il {phone2}.",
        "La sua banca la informa: un bonifico di {amount} è in attesa. Se non riconosce questo pagamento chiami il {phone}.",
        "Dogana: per il suo pacco sono stati addebitati dazi per {amount4}. Se non ha ordinato nulla, chiami il {phone2}.",
        "Grazie per l'acquisto su Amazon. Importo addebitato: {amount}. Per un rimborso chiami il {phone}.",
        "Abbiamo ricevuto il tuo pagamento di {amount2} per il piano Premium. Se non sei stato tu, chiama il {phone2}.",
    ],
    "consentfix": [
        "Per completare il collegamento, copi l'indirizzo completo dalla barra degli indirizzi e lo incolli qui sotto:\n{loop}",
        "La pagina mostrerà «Impossibile raggiungere il sito». È normale. Copia l'URL (inizia con http://localhost) e incollalo qui.\n{loop}",
        "{loop}\nIncolla questo link nel modulo per completare l'accesso.",
        "Passo 2: dopo l'approvazione, copia l'indirizzo della pagina bianca e incollalo in questa finestra. Esempio: {loop}",
    ],
    "devicecode": [
        "Per aprire il documento condiviso, vai su {dev} e inserisci il codice {code}.",
        "La sua fattura è protetta. Visiti {dev} e digiti {code} per visualizzarla.",
        "L'ufficio del personale ha condiviso la sua busta paga. Acceda a {dev} con il codice {code} entro 10 minuti.",
        "Apri {dev}, inserisci {code} e scegli il tuo account per vedere il verbale.",
    ],
}
BENIGN["it"] = [
    "Il suo abbonamento Premium si rinnoverà il 14 gennaio per {amount}. Per annullarlo, vada nell'area clienti. Domande? Chiami il {phone}.",
    "Grazie per il tuo ordine n. 171-5551! Arriverà martedì. Totale: {amount}. Domande? Il servizio clienti risponde al {phone} (lun-ven 9-18).",
    "La sua banca non la chiamerà mai per chiederle codici o bonifici. In quel caso riagganci e chiami il numero sul retro della carta.",
    "Flusso di autorizzazione del dispositivo: l'app mostra un codice; apra {dev} su un altro dispositivo e lo inserisca mentre l'app interroga l'endpoint del token.",
    "La polizia avverte di una truffa: falsi tecnici Microsoft dicono che il PC è infetto e chiedono di chiamare il {phone}.",
    "Riunione settimanale – Partecipa per telefono: {phone2}, ID riunione 555 019 442#. Ordine del giorno: budget.",
    "Per le app desktop registri http://localhost come URI di reindirizzamento; il server di autorizzazione vi restituisce il codice (RFC 8252).",
]

LURES["pt"] = {
    "tech": [
        "Seu computador foi bloqueado por motivos de segurança! Ligue agora para o suporte da Microsoft no {phone} e não desligue o PC.",
        "Segurança do Windows: foi detectado um cavalo de Troia no seu dispositivo. Entre em contato com um técnico no {phone2}.",
        "A sua operadora suspendeu a sua ligação à internet porque o seu router está a enviar vírus. Para restabelecer, ligue {phone}.",
        "Prezado cliente, sua conta Microsoft foi restringida após acessos suspeitos. Por favor, ligue para {phone2}.",
        "A Apple detectou que o seu ID Apple foi usado num dispositivo desconhecido. Contacte o suporte Apple: {phone}.",
        "ATENÇÃO: seu PC está infectado e seus dados bancários estão em risco! Linha gratuita {phone2}",
        "Sua conta foi bloqueada temporariamente. Liga pra gente no {phone} para desbloquear.",
        "O acesso a este computador foi bloqueado. Contate o suporte do Windows: {phone2}.",
    ],
    "callback": [
        "Sua assinatura do Norton 360 foi renovada e {amount} serão cobrados no seu cartão. Se você não autorizou esta renovação, ligue para {phone}.",
        "Confirmação do pedido nº 302-5551: iPhone 15, total {amount}. Não fez este pedido? Central de atendimento: {phone2}",
        "O seu plano de proteção de equipamentos foi renovado por 12 meses ({amount2}). Para cancelar, ligue {phone}.",
        "Binance: foi solicitado um saque de 0,35 BTC ({amount3}). Não foi você? Ligue imediatamente para {phone2}.",
        "Seu banco informa: um Pix de {amount3} está pendente. Se você não reconhece esta transação, ligue para {phone}.",
        "Alfândega: foram cobrados {amount4} de impostos de importação pela sua encomenda. Se não encomendou nada, ligue para {phone2}.",
        "Obrigado pela sua compra na Amazon. Valor cobrado: {amount}. Para solicitar reembolso ligue {phone}.",
        "Recebemos o seu pagamento de {amount2} pelo plano Premium. Se não foi você, ligue para {phone2}.",
    ],
    "consentfix": [
        "Para concluir a ligação da conta, copie o endereço completo da barra de endereços e cole-o abaixo:\n{loop}",
        "A página vai mostrar «Não é possível acessar esse site». É normal. Copie a URL (começa com http://localhost) e cole aqui.\n{loop}",
        "{loop}\nCole este link no formulário para concluir o login.",
        "Passo 2: depois de aprovar, copie o endereço da página em branco e cole nesta janela. Exemplo: {loop}",
    ],
    "devicecode": [
        "Para abrir o documento compartilhado, acesse {dev} e digite o código {code}.",
        "A sua fatura está protegida. Visite {dev} e introduza {code} para a ver.",
        "O RH compartilhou o seu holerite. Entre em {dev} com o código {code} em até 10 minutos.",
        "Abre {dev}, digita {code} e escolhe a tua conta para ver a ata.",
    ],
}
BENIGN["pt"] = [
    "A sua assinatura Premium será renovada em 14 de janeiro por {amount}. Para cancelar, acesse as configurações da sua conta no app. Dúvidas? Ligue {phone}.",
    "Obrigado pelo seu pedido nº 302-5551! Chega na terça-feira. Total: {amount}. Dúvidas? Nossa central de atendimento atende no {phone} (seg-sex, 8h-18h).",
    "O seu banco nunca vai ligar para pedir códigos ou transferências. Se isso acontecer, desligue e ligue para o número no verso do cartão.",
    "Fluxo de autorização de dispositivo: o app mostra um código; abra {dev} noutro dispositivo e digite-o enquanto o app consulta o endpoint de token.",
    "A polícia alerta para um golpe: falsos técnicos da Microsoft dizem que o seu PC está infectado e pedem para ligar para {phone}.",
    "Reunião semanal – Participar por telefone: {phone2}, ID da reunião 555 019 442#. Pauta: orçamento.",
    "Em apps de desktop, registre http://localhost como URI de redirecionamento; o servidor de autorização devolve o código ali (RFC 8252).",
]

LURES["nl"] = {
    "tech": [
        "Uw computer is om veiligheidsredenen geblokkeerd! Bel direct Microsoft Support op {phone} en zet uw pc niet uit.",
        "Windows-beveiliging: er is een trojan op uw apparaat gevonden. Neem contact op met een gecertificeerde technicus via {phone2}.",
        "Uw internetprovider heeft uw verbinding opgeschort omdat uw router virussen verstuurt. Bel {phone} om de verbinding te herstellen.",
        "Geachte klant, uw Microsoft-account is beperkt na verdachte aanmeldingen. Bel ons op {phone2}.",
        "Apple heeft vastgesteld dat uw Apple ID op een onbekend apparaat wordt gebruikt. Neem contact op met Apple Support: {phone}.",
        "LET OP: uw pc is besmet en uw bankgegevens lopen gevaar! Gratis nummer {phone2}",
        "Je account is tijdelijk geblokkeerd. Bel ons op {phone} om het te deblokkeren.",
        "De toegang tot deze computer is geblokkeerd. Neem telefonisch contact op met Windows Support: {phone2}.",
    ],
    "callback": [
        "Uw Norton-abonnement is verlengd en er wordt {amount} van uw rekening afgeschreven. Heeft u deze verlenging niet aangevraagd, bel dan {phone}.",
        "Bestelbevestiging nr. 302-5551: iPhone 15, totaal {amount3}. Niet door u besteld? Klantenservice: {phone2}",
        "Uw apparaatbeschermingsplan is met 12 maanden verlengd ({amount2}). Om te annuleren belt u {phone}.",
        "Bitvavo: er is een opname van 0,35 BTC ({amount3}) aangevraagd. Was jij dit niet? Bel meteen {phone2}.",
        "Uw bank meldt: een overboeking van {amount} staat klaar. Herkent u deze betaling niet, bel dan {phone}.",
        "Douane: voor uw pakket is {amount4} aan invoerrechten in rekening gebracht. Niets besteld? Bel {phone2}.",
        "Bedankt voor uw aankoop bij Amazon. Gefactureerd bedrag: {amount}. Voor terugbetaling belt u {phone}.",
        "We hebben je betaling van {amount2} voor het Premium-abonnement ontvangen. Was jij dit niet, bel {phone2}.",
    ],
    "consentfix": [
        "Om de koppeling te voltooien, kopieert u het volledige adres uit de adresbalk en plakt u het hieronder:\n{loop}",
        "De pagina toont 'Deze site is niet bereikbaar'. Dat is normaal. Kopieer de URL (begint met http://localhost) en plak hem hier.\n{loop}",
        "{loop}\nPlak deze link in het formulier om het inloggen te voltooien.",
        "Stap 2: kopieer na het goedkeuren het adres van de lege pagina en plak het in dit venster. Voorbeeld: {loop}",
    ],
    "devicecode": [
        "Ga naar {dev} en voer de code {code} in om het gedeelde document te openen.",
        "Uw factuur is beveiligd. Bezoek {dev} en typ {code} om hem te bekijken.",
        "HR heeft uw loonstrook gedeeld. Meld u binnen 10 minuten aan op {dev} met code {code}.",
        "Open {dev}, vul {code} in en kies je account om de notulen te zien.",
    ],
}
BENIGN["nl"] = [
    "Je Premium-abonnement wordt op 14 januari verlengd voor {amount}. Opzeggen kan in de app onder Abonnementen. Vragen? Bel {phone}.",
    "Bedankt voor je bestelling nr. 302-5551! Levering dinsdag. Totaal: {amount}. Vragen? Onze klantenservice is bereikbaar op {phone} (ma-vr 9-17 uur).",
    "Uw bank belt u nooit om een code of een overboeking te vragen. Gebeurt dat, hang dan op en bel het nummer op de achterkant van uw pas.",
    "Apparaatautorisatie: de app toont een code; open {dev} op een ander apparaat en voer hem in terwijl de app het token-eindpunt bevraagt.",
    "De politie waarschuwt voor oplichting: nep-medewerkers van Microsoft zeggen dat uw pc besmet is en vragen u {phone} te bellen.",
    "Wekelijks overleg – Inbellen: {phone2}, vergader-ID 555 019 442#. Agenda: begroting.",
    "Registreer voor desktop-apps http://localhost als redirect-URI; de autorisatieserver stuurt de code daarheen (RFC 8252).",
]

LURES["pl"] = {
    "tech": [
        "Twój komputer został zablokowany ze względów bezpieczeństwa! Zadzwoń natychmiast do pomocy technicznej Microsoft: {phone} i nie wyłączaj komputera.",
        "Zabezpieczenia Windows: na Twoim urządzeniu wykryto trojana. Skontaktuj się z certyfikowanym technikiem pod numerem {phone2}.",
        "Twój dostawca internetu zawiesił połączenie, ponieważ Twój router rozsyła wirusy. Aby je przywrócić, zadzwoń pod {phone}.",
        "Szanowny Kliencie, Pana konto Microsoft zostało ograniczone po podejrzanych logowaniach. Prosimy o kontakt pod numerem {phone2}.",
        "Apple stwierdził, że Twój Apple ID jest używany na nieznanym urządzeniu. Skontaktuj się z obsługą klienta Apple: {phone}.",
        "UWAGA: komputer jest zainfekowany, Twoje dane bankowe są zagrożone! Bezpłatna infolinia {phone2}",
        "Twoje konto zostało tymczasowo zablokowane. Zadzwoń do nas pod {phone}, aby je odblokować.",
        "Dostęp do tego komputera został zablokowany. Skontaktuj się telefonicznie z pomocą techniczną Windows: {phone2}.",
    ],
    "callback": [
        "Twoja subskrypcja Norton 360 została odnowiona, z karty zostanie pobrane {amount}. Jeśli nie autoryzowałeś odnowienia, zadzwoń pod {phone}.",
        "Potwierdzenie zamówienia nr 302-5551: iPhone 15, razem {amount}. Nie składałeś tego zamówienia? Obsługa klienta: {phone2}",
        "Twój plan ochrony urządzeń został przedłużony o 12 miesięcy ({amount3}). Aby anulować, zadzwoń pod {phone}.",
        "Binance: zlecono wypłatę 0,35 BTC ({amount}). To nie Ty? Zadzwoń natychmiast pod {phone2}.",
        "Twój bank informuje: przelew na kwotę {amount2} oczekuje na realizację. Jeśli nie rozpoznajesz tej płatności, zadzwoń pod {phone}.",
        "Urząd celny: za Twoją przesyłkę naliczono cło w wysokości {amount4}. Jeśli nic nie zamawiałeś, zadzwoń pod {phone2}.",
        "Dziękujemy za zakup w Amazon. Kwota obciążenia: {amount2}. W sprawie zwrotu zadzwoń pod {phone}.",
        "Otrzymaliśmy Twoją płatność {amount3} za plan Premium. Jeśli to nie Ty, zadzwoń pod {phone2}.",
    ],
    "consentfix": [
        "Aby dokończyć łączenie konta, skopiuj pełny adres z paska adresu i wklej go poniżej:\n{loop}",
        "Strona wyświetli „Nie można uzyskać dostępu do tej witryny”. To normalne. Skopiuj adres URL (zaczyna się od http://localhost) i wklej go tutaj.\n{loop}",
        "{loop}\nWklej ten link w formularzu, aby dokończyć logowanie.",
        "Krok 2: po zatwierdzeniu skopiuj adres pustej strony i wklej go w tym oknie. Przykład: {loop}",
    ],
    "devicecode": [
        "Aby otworzyć udostępniony dokument, przejdź do {dev} i wpisz kod {code}.",
        "Twoja faktura jest chroniona. Odwiedź {dev} i wpisz {code}, aby ją wyświetlić.",
        "Dział kadr udostępnił Pana pasek płacowy. Proszę zalogować się na {dev} kodem {code} w ciągu 10 minut.",
        "Otwórz {dev}, wpisz {code} i wybierz swoje konto, żeby zobaczyć notatki.",
    ],
}
BENIGN["pl"] = [
    "Twoja subskrypcja Premium odnowi się 14 stycznia za {amount}. Aby anulować, przejdź do ustawień konta w aplikacji. Pytania? Zadzwoń pod {phone}.",
    "Dziękujemy za zamówienie nr 302-5551! Dostawa we wtorek. Razem: {amount}. Pytania? Nasze biuro obsługi klienta: {phone} (pn-pt 8-18).",
    "Twój bank nigdy nie zadzwoni z prośbą o kod ani przelew. Jeśli tak się stanie, rozłącz się i zadzwoń na numer z karty.",
    "Autoryzacja urządzenia: aplikacja pokazuje kod; otwórz {dev} na innym urządzeniu i wpisz go, a aplikacja odpyta punkt końcowy tokenu.",
    "Policja ostrzega przed oszustwem: fałszywi technicy Microsoft twierdzą, że komputer jest zainfekowany i każą dzwonić pod {phone}.",
    "Cotygodniowe spotkanie – Dołącz telefonicznie: {phone2}, ID spotkania 555 019 442#. Agenda: budżet.",
    "W aplikacjach desktopowych zarejestruj http://localhost jako URI przekierowania; serwer autoryzacji zwraca tam kod (RFC 8252).",
]

LURES["tr"] = {
    "tech": [
        "Bilgisayarınız güvenlik nedeniyle engellendi! Hemen Microsoft destek hattını arayın: {phone}. Bilgisayarınızı kapatmayın.",
        "Windows Güvenliği: cihazınızda bir truva atı tespit edildi. Sertifikalı bir teknisyenle {phone2} numarasından iletişime geçin.",
        "İnternet sağlayıcınız, modeminiz virüs yaydığı için bağlantınızı askıya aldı. Bağlantıyı açmak için {phone} numarasını arayın.",
        "Sayın müşterimiz, Microsoft hesabınız şüpheli girişler nedeniyle kısıtlandı. Lütfen {phone2} numarasından bizi arayın.",
        "Apple, Apple kimliğinizin bilinmeyen bir cihazda kullanıldığını tespit etti. Apple müşteri hizmetleri: {phone}.",
        "DİKKAT: bilgisayarınıza virüs bulaştı, banka bilgileriniz tehlikede! Ücretsiz hat {phone2}",
        "Hesabın geçici olarak kilitlendi. Açmak için bizi {phone} numarasından ara.",
        "Bu bilgisayara erişim engellendi. Windows destek ekibini arayın: {phone2}.",
    ],
    "callback": [
        "Norton aboneliğiniz yenilendi ve kartınızdan {amount} tahsil edilecek. Bu yenilemeyi siz onaylamadıysanız {phone} numarasını arayın.",
        "Sipariş onayı No. 302-5551: iPhone 15, toplam {amount3}. Bu siparişi siz vermediyseniz müşteri hizmetleri: {phone2}",
        "Cihaz koruma planınız 12 ay uzatıldı ({amount2}). İptal etmek için {phone} numarasını arayın.",
        "Binance: 0,35 BTC ({amount3}) çekim talebi alındı. Siz değilseniz hemen {phone2} numarasını arayın.",
        "Bankanızdan bilgilendirme: {amount} tutarında bir havale beklemede. Bu işlemi tanımıyorsanız {phone} numarasını arayın.",
        "Gümrük: kargonuz için {amount4} gümrük vergisi tahakkuk etti. Bir şey sipariş etmediyseniz {phone2} numarasını arayın.",
        "Amazon alışverişiniz için teşekkürler. Tahsil edilen tutar: {amount}. İade için {phone} numarasını arayın.",
        "Premium paket için {amount2} ödemeni aldık. Sen yapmadıysan {phone2} numarasını ara.",
    ],
    "consentfix": [
        "Bağlantıyı tamamlamak için adres çubuğundaki tam adresi kopyalayın ve aşağıya yapıştırın:\n{loop}",
        "Sayfa 'Bu siteye ulaşılamıyor' gösterecek. Bu normaldir. URL'yi (http://localhost ile başlar) kopyalayıp buraya yapıştırın.\n{loop}",
        "{loop}\nGirişi tamamlamak için bu bağlantıyı forma yapıştırın.",
        "Adım 2: onayladıktan sonra boş sayfanın adresini kopyalayıp bu pencereye yapıştır. Örnek: {loop}",
    ],
    "devicecode": [
        "Paylaşılan belgeyi açmak için {dev} adresine gidin ve {code} kodunu girin.",
        "Faturanız korumalı. Görüntülemek için {dev} adresini ziyaret edip {code} yazın.",
        "İK bordronuzu paylaştı. 10 dakika içinde {dev} adresinde {code} koduyla oturum açın.",
        "{dev} aç, {code} gir ve toplantı notlarını görmek için hesabını seç.",
    ],
}
BENIGN["tr"] = [
    "Premium aboneliğiniz 14 Ocak'ta {amount} karşılığında yenilenecek. İptal etmek için mobil uygulamadaki hesap ayarlarını kullanın. Sorularınız için: {phone}.",
    "302-5551 numaralı siparişiniz için teşekkürler! Salı günü teslim edilecek. Toplam: {amount}. Sorularınız için müşteri hizmetlerimiz: {phone} (hafta içi 9-18).",
    "Bankanız sizi asla arayıp şifre veya havale istemez. Böyle bir arama gelirse kapatın ve kartınızın arkasındaki numarayı arayın.",
    "Cihaz yetkilendirme akışı: uygulama bir kod gösterir; başka bir cihazda {dev} adresini açıp kodu girin, uygulama token uç noktasını yoklar.",
    "Polis dolandırıcılığa karşı uyarıyor: sahte Microsoft teknisyenleri bilgisayarınıza virüs bulaştığını söyleyip {phone} numarasını aramanızı istiyor.",
    "Haftalık toplantı – Telefonla katılın: {phone2}, toplantı kimliği 555 019 442#. Gündem: bütçe.",
    "Masaüstü uygulamalarda yönlendirme URI'si olarak http://localhost kaydedin; yetkilendirme sunucusu kodu oraya döndürür (RFC 8252).",
]

LURES["ru"] = {
    "tech": [
        "Ваш компьютер заблокирован по соображениям безопасности! Срочно позвоните в поддержку Microsoft: {phone} и не выключайте компьютер.",
        "Безопасность Windows: на вашем устройстве обнаружен троян. Свяжитесь с сертифицированным специалистом по номеру {phone2}.",
        "Ваш интернет-провайдер приостановил подключение, так как ваш роутер рассылает вирусы. Для восстановления звоните {phone}.",
        "Уважаемый клиент, ваша учётная запись Microsoft ограничена из-за подозрительных входов. Пожалуйста, позвоните нам: {phone2}.",
        "Apple обнаружила, что ваш Apple ID используется на неизвестном устройстве. Обратитесь в службу поддержки Apple: {phone}.",
        "ВНИМАНИЕ: компьютер заражён, ваши банковские данные под угрозой! Бесплатная линия {phone2}",
        "Твой аккаунт временно заблокирован. Позвони нам по номеру {phone}, чтобы разблокировать.",
        "Доступ к этому компьютеру заблокирован. Обратитесь в техподдержку Windows по телефону {phone2}.",
    ],
    "callback": [
        "Ваша подписка Kaspersky Premium продлена, с карты будет списано {amount}. Если вы не оформляли продление, позвоните по номеру {phone}.",
        "Подтверждение заказа № 302-5551: iPhone 15, итого {amount4}. Не оформляли этот заказ? Служба поддержки: {phone2}",
        "Ваш план защиты устройств продлён на 12 месяцев ({amount2}). Для отмены позвоните {phone}.",
        "Binance: запрошен вывод 0,35 BTC ({amount4}). Это были не вы? Срочно звоните {phone2}.",
        "Ваш банк сообщает: перевод на сумму {amount} ожидает подтверждения. Если вы не узнаёте этот платёж, позвоните {phone}.",
        "Таможня: за вашу посылку начислена пошлина {amount3}. Если вы ничего не заказывали, позвоните {phone2}.",
        "Спасибо за покупку на Amazon. Сумма списания: {amount}. Для возврата средств звоните {phone}.",
        "Мы получили твою оплату {amount2} за тариф Premium. Если это был не ты, позвони {phone2}.",
    ],
    "consentfix": [
        "Чтобы завершить подключение, скопируйте полный адрес из адресной строки и вставьте его ниже:\n{loop}",
        "Страница покажет «Не удаётся получить доступ к сайту». Это нормально. Скопируйте URL (начинается с http://localhost) и вставьте его сюда.\n{loop}",
        "{loop}\nВставьте эту ссылку в форму, чтобы завершить вход.",
        "Шаг 2: после подтверждения скопируй адрес пустой страницы и вставь его в это окно. Пример: {loop}",
    ],
    "devicecode": [
        "Чтобы открыть общий документ, перейдите на {dev} и введите код {code}.",
        "Ваш счёт защищён. Откройте {dev} и введите {code}, чтобы его просмотреть.",
        "Отдел кадров поделился вашим расчётным листом. Войдите на {dev} с кодом {code} в течение 10 минут.",
        "Открой {dev}, введи {code} и выбери свой аккаунт, чтобы увидеть протокол.",
    ],
}
BENIGN["ru"] = [
    "Ваша подписка Premium продлится 14 января за {amount}. Отменить её можно в личном кабинете. Вопросы? Звоните {phone}.",
    "Спасибо за заказ № 302-5551! Доставка во вторник. Итого: {amount}. Вопросы? Служба поддержки работает по номеру {phone} (пн–пт 9–18).",
    "Ваш банк никогда не звонит, чтобы попросить код или перевод. Если так случилось, положите трубку и позвоните по номеру на обороте карты.",
    "Авторизация устройства: приложение показывает код; откройте {dev} на другом устройстве и введите его, пока приложение опрашивает конечную точку токена.",
    "Полиция предупреждает о мошенниках: лжетехники Microsoft говорят, что компьютер заражён, и просят позвонить на {phone}.",
    "Еженедельная встреча – Подключение по телефону: {phone2}, ID конференции 555 019 442#. Повестка: бюджет.",
    "Для настольных приложений зарегистрируйте http://localhost как URI перенаправления; сервер авторизации вернёт туда код (RFC 8252).",
]

LURES["ja"] = {
    "tech": [
        "お使いのパソコンはセキュリティ上の理由でブロックされました！今すぐマイクロソフト サポート {phone} に電話してください。電源を切らないでください。",
        "Windows セキュリティ：お使いのデバイスでトロイの木馬が検出されました。認定技術者 {phone2} までご連絡ください。",
        "ご契約のプロバイダーが、ルーターからウイルスが送信されているためインターネット接続を停止しました。復旧には {phone} までお電話ください。",
        "お客様のMicrosoftアカウントは不審なサインインのため制限されています。{phone2} までお問い合わせください。",
        "Appleは、お客様のApple IDが不明なデバイスで使用されたことを確認しました。Appleサポート {phone} までご連絡ください。",
        "警告：パソコンがウイルスに感染しています。銀行情報が危険です！フリーダイヤル {phone2}",
        "アカウントが一時的にロックされました。解除するには {phone} に電話してね。",
        "このコンピューターへのアクセスはブロックされています。Windowsサポート（{phone2}）にお電話ください。",
    ],
    "callback": [
        "ノートン 360 のサブスクリプションが自動更新され、{amount} が請求されました。お心当たりがない場合は {phone} までお電話ください。",
        "ご注文確認（注文番号 302-5551）：iPhone 15、合計 {amount3}。ご注文されていない場合はカスタマーセンター {phone2} へ。",
        "端末保証プランが12か月更新されました（{amount2}）。解約をご希望の場合は {phone} までご連絡ください。",
        "Binance：0.35 BTC（{amount3}）の出金リクエストを受け付けました。身に覚えがない場合は至急 {phone2} へお電話ください。",
        "銀行からのお知らせ：{amount} のお振込みが保留中です。お心当たりのないお取引の場合は {phone} までご連絡ください。",
        "税関：お荷物に関税 {amount4} が請求されています。ご注文の覚えがない場合は {phone2} へお電話ください。",
        "Amazonでのご購入ありがとうございます。ご請求金額：{amount}。返金をご希望の場合は {phone} までお電話ください。",
        "プレミアムプランのお支払い {amount2} を受け付けました。ご本人でない場合は {phone2} に電話してください。",
    ],
    "consentfix": [
        "接続を完了するには、アドレスバーのURLをすべてコピーして、下の欄に貼り付けてください：\n{loop}",
        "「このサイトにアクセスできません」と表示されますが、正常です。URL（http://localhost で始まります）をコピーしてここに貼り付けてください。\n{loop}",
        "{loop}\nサインインを完了するには、このリンクをフォームに貼り付けてください。",
        "手順2：承認後、空白ページのアドレスをコピーしてこの画面に貼り付けてください。例：{loop}",
    ],
    "devicecode": [
        "共有ドキュメントを開くには、{dev} にアクセスしてコード {code} を入力してください。",
        "請求書は保護されています。{dev} で {code} を入力して表示してください。",
        "人事部から給与明細が共有されました。10分以内に {dev} でコード {code} を使ってサインインしてください。",
        "{dev} を開いて {code} を入力し、アカウントを選んで議事録を見てね。",
    ],
}
BENIGN["ja"] = [
    "プレミアムプランは1月14日に {amount} で更新されます。解約はアプリのアカウント設定から行えます。ご不明点は {phone} までお電話ください。",
    "ご注文（注文番号 302-5551）ありがとうございます。火曜日にお届けします。合計 {amount}。ご不明点はカスタマーセンター {phone}（平日 9時〜18時）まで。",
    "銀行が暗証番号や振込をお電話でお願いすることは決してありません。そのような電話は切って、カード裏面の番号におかけください。",
    "デバイス認証フロー：アプリがコードを表示し、別の端末で {dev} を開いて入力します。その間アプリはトークン エンドポイントをポーリングします。",
    "警察が詐欺に注意を呼びかけ：マイクロソフトを名乗り「パソコンがウイルスに感染」と表示して {phone} に電話させる手口です。",
    "定例会議 – 電話で参加：{phone2}、会議ID 555 019 442#。議題：予算。",
    "デスクトップアプリでは http://localhost をリダイレクト URI として登録します。認可サーバーはそこにコードを返します（RFC 8252）。",
]

LURES["zh"] = {
    "tech": [
        "您的电脑因安全原因已被锁定！请立即拨打微软技术支持 {phone}，不要关闭电脑。",
        "Windows 安全中心：在您的设备上检测到木马病毒。请联系认证技术人员 {phone2}。",
        "由于您的路由器正在传播病毒，您的宽带运营商已暂停网络连接。恢复请拨打 {phone}。",
        "尊敬的客户，您的微软账户因可疑登录已被限制。请致电 {phone2}。",
        "苹果发现您的 Apple ID 在未知设备上被使用。请联系苹果客服 {phone}。",
        "警告：电脑已感染病毒，您的银行信息面临风险！免费热线 {phone2}",
        "你的账号已被临时冻结，请打 {phone} 解封。",
        "您的電腦已被鎖定，請立即撥打微軟技術支援 {phone2}。",
    ],
    "callback": [
        "您的诺顿 360 订阅已自动续费，将从您的银行卡扣除 {amount}。如非本人操作，请拨打 {phone}。",
        "订单确认（订单号 302-5551）：iPhone 15，合计 {amount2}。如果您没有下单，请联系客服 {phone2}。",
        "您的设备保障计划已续订12个月（{amount4}）。如需取消，请致电 {phone}。",
        "币安：已提交 0.35 BTC（{amount}）的提现申请。不是您本人？请立即拨打 {phone2}。",
        "您的银行提醒：一笔 {amount3} 的转账正在处理中。如您不认识该交易，请致电 {phone}。",
        "海关通知：您的包裹已产生关税 {amount4}。如您未购买任何商品，请拨打 {phone2}。",
        "感谢您在亚马逊购物，扣款金额 {amount}。申请退款请拨打 {phone}。",
        "我们已收到你为高级会员支付的 {amount2}。如果不是你本人，请打 {phone2}。",
    ],
    "consentfix": [
        "要完成连接，请复制地址栏中的完整网址，并粘贴到下面的输入框中：\n{loop}",
        "页面会显示“无法访问此网站”，这是正常的。复制该网址（以 http://localhost 开头）并粘贴到这里。\n{loop}",
        "{loop}\n请将此链接粘贴到表单中以完成登录。",
        "第 2 步：授权后，复制空白页的地址并粘贴回本窗口。示例：{loop}",
    ],
    "devicecode": [
        "要打开共享文档，请访问 {dev} 并输入代码 {code}。",
        "您的发票受保护。请访问 {dev} 并输入 {code} 查看。",
        "人事部已共享您的工资单。请在 10 分钟内在 {dev} 使用代码 {code} 登录。",
        "打开 {dev}，输入 {code}，然后选择你的账户查看会议纪要。",
    ],
}
BENIGN["zh"] = [
    "您的高级会员将于1月14日以 {amount} 续订。如需取消，请在官方App的账户设置中操作。咨询电话：{phone}。",
    "感谢您的订单（订单号 302-5551）！预计周二送达。合计 {amount}。如有疑问请联系客服 {phone}（工作日 9:00–18:00）。",
    "银行绝不会致电向您索取验证码或要求转账。如遇此类电话，请挂断并拨打银行卡背面的号码。",
    "设备授权流程：应用显示一个代码；在另一台设备上打开 {dev} 并输入，同时应用轮询令牌端点。",
    "警方提醒：冒充微软的诈骗分子称您的电脑感染病毒，并要求拨打 {phone}。",
    "周会 – 电话接入：{phone2}，会议 ID 555 019 442#。议程：预算。",
    "桌面应用请将 http://localhost 注册为重定向 URI；授权服务器会把代码返回到那里（RFC 8252）。",
]

LURES["ar"] = {
    "tech": [
        "تم حظر جهاز الكمبيوتر الخاص بك لأسباب أمنية! اتصل فوراً بالدعم الفني لمايكروسوفت على {phone} ولا تقم بإيقاف تشغيل الجهاز.",
        "أمان ويندوز: تم اكتشاف فيروس حصان طروادة على جهازك. تواصل مع فني معتمد على الرقم {phone2}.",
        "قام مزود الإنترنت بإيقاف اتصالك لأن الراوتر الخاص بك يرسل فيروسات. لإعادة الخدمة اتصل على {phone}.",
        "عزيزي العميل، تم تقييد حسابك في مايكروسوفت بسبب عمليات دخول مشبوهة. يرجى الاتصال بنا على {phone2}.",
        "اكتشفت أبل أن معرف Apple الخاص بك يُستخدم على جهاز غير معروف. تواصل مع دعم أبل: {phone}.",
        "تحذير: جهازك مصاب بفيروس وبياناتك المصرفية في خطر! الخط المجاني {phone2}",
        "تم قفل حسابك مؤقتاً. اتصل بنا على {phone} لإلغاء القفل.",
        "تم حظر الوصول إلى هذا الكمبيوتر. يرجى الاتصال بدعم ويندوز على {phone2}.",
    ],
    "callback": [
        "تم تجديد اشتراكك في نورتون وسيتم خصم {amount} من بطاقتك. إذا لم تقم بهذا التجديد، اتصل على {phone}.",
        "تأكيد الطلب رقم 302-5551: آيفون 15، الإجمالي {amount2}. إذا لم تقم بهذا الطلب اتصل بخدمة العملاء {phone2}",
        "تم تمديد خطة حماية أجهزتك لمدة 12 شهراً ({amount3}). للإلغاء اتصل على {phone}.",
        "بينانس: تم طلب سحب 0.35 BTC ({amount2}). إذا لم تكن أنت، اتصل فوراً على {phone2}.",
        "إشعار من البنك: تحويل بمبلغ {amount} قيد التنفيذ. إذا لم تتعرف على هذه العملية اتصل على {phone}.",
        "الجمارك: تم احتساب رسوم جمركية بقيمة {amount4} على شحنتك. إذا لم تطلب شيئاً اتصل على {phone2}.",
        "شكراً لشرائك من أمازون. المبلغ المخصوم: {amount}. لاسترداد المبلغ اتصل على {phone}.",
        "استلمنا دفعتك البالغة {amount2} للباقة المميزة. إذا لم تكن أنت، اتصل على {phone2}.",
    ],
    "consentfix": [
        "لإكمال الربط، انسخ العنوان الكامل من شريط العناوين والصقه في الحقل أدناه:\n{loop}",
        "ستظهر الصفحة «لا يمكن الوصول إلى هذا الموقع». هذا طبيعي. انسخ الرابط (يبدأ بـ http://localhost) والصقه هنا.\n{loop}",
        "{loop}\nالصق هذا الرابط في النموذج لإكمال تسجيل الدخول.",
        "الخطوة 2: بعد الموافقة، انسخ عنوان الصفحة الفارغة والصقه في هذه النافذة. مثال: {loop}",
    ],
    "devicecode": [
        "لفتح المستند المشترك، انتقل إلى {dev} وأدخل الرمز {code}.",
        "فاتورتك محمية. قم بزيارة {dev} واكتب {code} لعرضها.",
        "شاركت الموارد البشرية كشف راتبك. سجّل الدخول في {dev} باستخدام الرمز {code} خلال 10 دقائق.",
        "افتح {dev} وأدخل {code} ثم اختر حسابك لرؤية محضر الاجتماع.",
    ],
}
BENIGN["ar"] = [
    "سيتم تجديد اشتراكك المميز في 14 يناير مقابل {amount}. للإلغاء، انتقل إلى إعدادات الحساب في التطبيق. للاستفسار اتصل على {phone}.",
    "شكراً لطلبك رقم 302-5551! سيصل يوم الثلاثاء. الإجمالي: {amount}. لأي استفسار، خدمة العملاء على {phone} (من الأحد إلى الخميس).",
    "لن يتصل بك البنك أبداً لطلب رمز أو تحويل. إذا حدث ذلك، أغلق الخط واتصل بالرقم الموجود على ظهر بطاقتك.",
    "تدفق تفويض الجهاز: يعرض التطبيق رمزاً؛ افتح {dev} على جهاز آخر وأدخله بينما يستعلم التطبيق عن نقطة نهاية الرمز المميز.",
    "الشرطة تحذر من احتيال: محتالون ينتحلون صفة مايكروسوفت ويدّعون أن جهازك مصاب ويطلبون الاتصال على {phone}.",
    "اجتماع أسبوعي – الانضمام عبر الهاتف: {phone2}، معرف الاجتماع 555 019 442#. جدول الأعمال: الميزانية.",
    "في تطبيقات سطح المكتب سجّل http://localhost كعنوان إعادة توجيه؛ يعيد خادم التفويض الرمز إليه (RFC 8252).",
]


# Advice and plain notices that share the lures' words: "if access to your account was blocked,
# call …" in each language (the state inside an if-clause), and bills and dispatch notices that
# give a number calmly. Keyed by language (a suffix tells a second text apart).
ADVICE = {
    "en": "If access to your Microsoft account has been blocked, you can call Microsoft support at +1 555 010 0100.",
    "de": "Wenn der Zugriff auf Ihr Microsoft-Konto gesperrt wurde, rufen Sie den Support unter +49 30 5555 0100 an.",
    "de2": "Falls Ihr Windows-PC nach einem Update nicht mehr startet, erreichen Sie unseren Kundendienst unter 030 / 5555 0100.",
    "fr": "Si l'accès à votre compte Microsoft a été bloqué, vous pouvez appeler le support au 01 55 55 01 00.",
    "es": "Si el acceso a su cuenta de Microsoft ha sido bloqueado, puede llamar al soporte al 91 555 01 00.",
    "it": "Se l'accesso al suo account Microsoft è stato bloccato, può chiamare l'assistenza al 02 5555 0100.",
    "pt": "Se o acesso à sua conta Microsoft foi bloqueado, ligue para o suporte: (11) 5555-0100.",
    "nl": "Als de toegang tot uw Microsoft-account is geblokkeerd, kunt u de klantenservice bellen op 020-555 0100.",
    "pl": "Jeśli dostęp do Twojego konta Microsoft został zablokowany, zadzwoń do pomocy technicznej: 22 555 01 00.",
    "tr": "Microsoft hesabınıza erişim engellendiyse destek hattını arayabilirsiniz: 0 (212) 555 01 00.",
    "ru": "Если доступ к вашей учётной записи Microsoft заблокирован, позвоните в поддержку: 8 495 555 01 00.",
    "ja": "Microsoftアカウントへのアクセスがブロックされた場合は、サポート 03-5555-0100 までお電話ください。",
    "zh": "如果您的微软账户被锁定，可以拨打客服电话 010-5555-0100。",
    "ar": "إذا تم حظر الوصول إلى حسابك في مايكروسوفت، يمكنك الاتصال بالدعم على 800 555 0100.",
    "en-isp": "Outage notice: our network is down in your area; your internet connection will be restored by 18:00. Questions: 1-555-010-0100.",
    "de-bill": "Ihre Rechnung für Dezember: 39,99 € werden am 15. abgebucht. Bei Fragen erreichen Sie uns unter 0800 555 0100.",
    "fr-bill": "Votre facture de décembre : 39,99 € seront prélevés le 15. Pour toute question, service client au 0 800 555 010.",
    "ru-bill": "Ваш счёт за декабрь: 1 299 ₽ будет списан 15 числа. Вопросы: служба поддержки 8 800 555-01-00.",
    "pl-ok": "Twoje zamówienie nr 55-0100 zostało wysłane. Kwota 199,00 zł. Pytania? Obsługa klienta: 22 555 01 00.",
}

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ja", "zh", "ar")

# Written, measured and left out: a receipt whose only push is a refund line or a dispute line
# ("Bei Fragen zur Rückerstattung: <number>", "For any dispute call <number>") reads exactly as
# a genuine shop's receipt does, so no rule should block it; the matrix in the report counts
# them as misses. (language, family, template index)
GAPS = {("en", "callback", 5), ("de", "callback", 6), ("nl", "callback", 6),
        ("pl", "callback", 6), ("ja", "callback", 6)}  # fmt: skip


def fill(template: str, lang: str, n: int) -> str:
    """One variant of a template: the n-th rotation of the language's phones, amounts, codes,
    device pages and loopback addresses."""
    p, a = PHONES[lang], AMOUNTS[lang]
    return template.format(
        phone=p[n % 4],
        phone2=p[(n + 1) % 4],
        amount=a[n % 4],
        amount2=a[(n + 1) % 4],
        amount3=a[(n + 2) % 4],
        amount4=a[(n + 3) % 4],
        code=CODES[n % 4],
        dev=DEVICE_PAGES[n % 4],
        loop=LOOPBACKS[n % 4],
    )


def build() -> Book:
    book = Book("s13")
    for lang in LANGS:
        for family, templates in LURES[lang].items():
            variants = 2 if len(templates) < 8 else 1
            for i, template in enumerate(templates):
                if (lang, family, i) in GAPS:
                    continue
                for v in range(variants):
                    n = i + 2 * v
                    text = fill(template, lang, n)
                    # every other one as copied from a mailbox into a chat or an editor
                    if n % 2:
                        book.add(f"{family}-{lang}", text, FLAGGED, "any", "other", MAIL)
                    else:
                        book.add(f"{family}-{lang}", text, FLAGGED)
        for i, template in enumerate(BENIGN[lang]):
            for v in range(2):
                text = fill(template, lang, i + v)
                if v:
                    book.add(lang, text, QUIET, "any", "other", MAIL)
                else:
                    book.add(lang, text, QUIET)
    for key, text in ADVICE.items():
        book.add(key.split("-")[0], text, QUIET)
    return book


CASES = build().cases

if __name__ == "__main__":
    write(Path(__file__).with_name("scam13.jsonl"), CASES)
