<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Eventi nel tempo</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (conteggio in corso, prima le più recenti: {done} di {all} barre finora)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Conteggio in corso: le barre prima del {when} non sono ancora contate.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Nessun evento in questo periodo.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} eventi; la barra più alta inizia {when} con {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>visto in</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Livelli decodificati</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Versioni scritte ({count} in tutto)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID evento</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>Il testo (disinnescato, parti nascoste segnate)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>Il testo, come l&apos;evento {id} ({kind}) l&apos;ha segnalato (disinnescato)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Qualsiasi livello</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Dannoso</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Sospetto o peggio</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Sospetto</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Pulito</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Esercitazioni (tutti gli esiti)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Qualsiasi destinazione</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Cerca in riepilogo, testo, origine, regole</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destinazione:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Mostra solo gli eventi di questo periodo</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>L&apos;inizio dell&apos;intervallo</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>La fine dell&apos;intervallo</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Mostra solo gli eventi di questo livello</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Mostra solo gli eventi di questo tipo</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Mostra solo gli incolla in questo tipo di finestra</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Mostra solo gli eventi il cui testo contiene queste parole</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>I criteri della tua organizzazione non permettono di rimettere il testo bloccato.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>Il testo bloccato è mostrato nell&apos;avviso di PasteGuard: conferma lì.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Grazie per la segnalazione</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Su questo computer era in corso un&apos;esercitazione di sicurezza: se è quella la pagina, era l&apos;esercitazione, e segnalarla era proprio la cosa giusta.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Un messaggio all&apos;IT è pronto</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Indica di quale pagina si tratta, poi invialo.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Avvisa il tuo team IT</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Scrivi a {address} e di&apos; quale pagina era: su questo computer non si è aperto nessun programma di posta.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Di&apos; quale pagina era: su questo computer non è impostato un indirizzo per le segnalazioni.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Informazioni su PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Blocca gli attacchi copia e incolla: falsi CAPTCHA, FileFix, truffe nella console e falsa assistenza tecnica.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nessuno trovato</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applicato</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>non valido; vale l’ultimo valido</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>non valido; valgono le impostazioni integrate al livello più rigido</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Registro eventi: {data}
Criterio: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu di PasteGuard</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protetto</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pausa di 15 minuti</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausa di 1 ora</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Pausa fino al riavvio</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Riprendi la protezione</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Ripristina l&apos;ultimo testo bloccato</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Apri il registro eventi</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Come funzionano le truffe con Incolla</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Segnala una pagina sospetta…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Informazioni su PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>Esci da PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>In pausa finché non riprendi o riavvii</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>In pausa fino alle {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Funziona in parte: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Protetto: il testo pericoloso viene bloccato</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Protetto: gli incolla rischiosi vengono fermati e spiegati</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Solo osservazione: gli incolla sono registrati, non fermati</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>la tastiera non è sorvegliata: gli incolla non sono visti sul momento</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>gli incolla con il tasto centrale non sono sorvegliati</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>la finestra in primo piano non è nota con certezza</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>il registro degli eventi non può essere scritto come al solito</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>il registro degli eventi è stato modificato da un altro programma</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>una cartella di regole non è usata</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>le impostazioni o il criterio hanno un problema</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>non tutte le liste della tua organizzazione sono in uso</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>il custode degli appunti non funziona</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>la lettura degli appunti non funziona</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard ha bloccato un comando pericoloso</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard ha tolto un testo pericoloso dagli appunti</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} si è appena avviato</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Qualcuno al telefono o una pagina web ti ha chiesto di avviarlo? Se non hai chiamato tu, chiudilo e riattacca: la vera assistenza non chiama mai per prima.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Niente da rimettere (potrebbe essere scaduto).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Il registro degli eventi non può essere letto ora: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Per rimetterlo, usa il menu di PasteGuard.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Incolla rischioso fermato alle {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Un incollamento rischioso potrebbe essere passato alle {time}</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Falso CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Una pagina mostra una casella «Non sono un robot». Un clic copia di nascosto un comando. Poi la pagina ti chiede di premere Win+R, Ctrl+V e Invio: avvieresti tu stesso il programma dell&apos;attaccante. Degli spazi spingono il vero comando fuori vista, e la finestra Esegui mostra solo una riga innocua «Non sono un robot».</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Un sito ti chiede di premere tasti invece di fare clic o scrivere lettere</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V o «apri il Terminale» nelle istruzioni</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Un «ID di verifica» da incollare</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>I veri CAPTCHA non chiedono mai di premere tasti fuori dalla pagina. Chiudi la scheda.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Falsi percorsi di file (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Una pagina offre un documento e ti chiede di aprire Esplora file, fare clic sulla barra degli indirizzi e incollare il suo «percorso». Il testo copiato inizia con un comando e finisce con un nome di file dopo un segno di commento, così la barra sembra un percorso normale.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Un sito vuole che incolli qualcosa in Esplora file o in una finestra Apri</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Pulsanti «Copia percorso» per documenti che non hai chiesto</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Scarica i file con il browser. Non incollare mai un percorso che ti ha dato una pagina web.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Falsa assistenza tecnica e accesso remoto</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Una finestra rumorosa dice che il computer è infetto o bloccato e mostra un numero di telefono. Il «tecnico» ti chiede di installare uno strumento di accesso remoto o di incollare un comando. Poi controlla il tuo computer, la tua banca e la tua posta.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Un avviso con un numero di telefono, spesso con suoni e a schermo intero</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Qualcuno al telefono che ti chiede di installare AnyDesk, TeamViewer, Quick Assist o simili</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Pressione: «fallo subito o perdi tutto»</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Riaggancia e chiudi il browser (Alt+F4). Chiama il tuo team IT a un numero che conosci già. PasteGuard ti avvisa quando si avvia uno strumento di accesso remoto.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Incollare nella console del browser (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Un messaggio su Discord, Roblox o un social promette regali o una verifica se premi F12 e incolli del codice nella console. Il codice agisce come te: manda il tuo token di accesso al truffatore, che si prende il tuo account.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Istruzioni che parlano di F12, «Console» o «Ispeziona»</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Nitro, Robux, skin gratis o un premio «verifica il tuo account»</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Chiudi gli strumenti per sviluppatori. Nessun premio o assistenza ha bisogno del tuo codice.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Cosa fare invece</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Ognuno di questi trucchi ha bisogno di una sola cosa: che tu incolli e prema Invio. Fermarti lì basta. Non succede nulla finché non lo esegui.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Chiudi la pagina o la chat che te l&apos;ha chiesto</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Chiedi al tuo team IT, con un numero o un indirizzo che conosci già</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Usa «Segnala all&apos;IT» nell&apos;avviso di PasteGuard, così proteggi anche gli altri</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Se hai già eseguito qualcosa: scollegati dalla rete e chiama subito l&apos;IT. Cambia le password da un altro dispositivo.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Tre cose che aiutano</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Se è troppo tardi</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Come riconoscerla</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Una falsa pagina CAPTCHA chiede di premere Win+R, Ctrl+V e Invio</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Un messaggio chiede di incollare codice nella console per sviluppatori del browser</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Una pagina chiede di incollare un «percorso di file» nella barra degli indirizzi di Esplora file</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Cosa fare invece: fermarsi, chiudere la pagina, chiedere all&apos;IT</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Un falso allarme virus, una telefonata e uno strumento di accesso remoto</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Non sono un robot</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Passaggi di verifica:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Premi</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Premi</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Premi</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>Il clic sulla casella ha già messo</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>un comando negli appunti.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Apri:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Non sono un robot - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Nascosto, fuori vista:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…seguito da 60 spazi</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Nitro / Robux gratis! Premi F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>apri la Console, incolla questo e</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>premi Invio per riscattarlo!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Attenzione: non incollare codice che non capisci.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>I truffatori lo usano per prendersi il tuo account.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Manda il tuo token di accesso al truffatore</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>La chiave del tuo account</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Il tuo file è pronto</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Per aprirlo:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Apri Esplora file</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Fai clic sulla barra degli indirizzi</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Incolla il percorso, premi Invio</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copia percorso</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Esplora file</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Cosa contiene davvero la barra:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Un «percorso» che</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>inizia con un</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Fermati prima di Invio</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Chiudi la pagina</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Nessun vero sito ti chiede di incollare</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>comandi in Windows o in un terminale.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Chiedi a qualcuno di cui ti fidi</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Il tuo team IT, con un numero che</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>conosci già, non quello della pagina.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Segnalalo</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>«Segnala all&apos;IT» nell&apos;avviso salva</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>i dettagli per proteggere gli altri.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Già incollato ed eseguito?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Scollegati dalla rete, chiama l&apos;IT.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VIRUS RILEVATO</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Il tuo computer è bloccato.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Chiama subito l&apos;«Assistenza»:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>call</source>
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>«Installa questa app e</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>incolli questo così lo sistemo».</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>La vera assistenza non chiama mai per prima.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Accesso remoto = controllano</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>il tuo computer e i tuoi account.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Le finestre allarmanti non possono bloccare il computer.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Chiudi il browser (Alt+F4) e chiama il tuo team IT.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Come funzionano le truffe con Incolla</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Scegli una pagina</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>La pagina precedente</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>La pagina successiva</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>Le voci di {name}; selezionane una e premi Canc per rimuoverla</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nuova voce per {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Scrivi una voce e premi Invio per aggiungerla</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Aggiungi a {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Aggiunge la voce scritta all&apos;elenco</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Rimuovi da {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Rimuove le voci selezionate</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>La persona ha scelto «Proteggimi».</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Ottima scelta. Non è stato incollato nulla.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>I criteri della tua organizzazione non lo permettono.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>Il testo non è più disponibile; copialo di nuovo.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Un testo bloccato è stato rimesso negli appunti.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>Il testo bloccato è di nuovo negli appunti.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>La persona ha scelto «Incolla comunque».</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>Il testo è negli appunti: incollalo di nuovo per usarlo.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Non è possibile fidarsi di questo sito da qui.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>La persona si è fidata di {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>questo testo una volta</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Questo testo passa una volta: incollalo di nuovo.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} è attendibile fino al riavvio di PasteGuard: incolla di nuovo.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} è attendibile per {days} giorni: incolla di nuovo.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Impossibile salvare il rapporto: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Un messaggio a {address} è aperto nel tuo programma di posta: premi Invia.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Una copia va al registro di sicurezza del tuo team IT.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Non è stato inviato nulla: mostralo al tuo team IT o racconta cosa è successo.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Il rapporto è salvato su questo computer: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>Impostazioni di PasteGuard</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Blocca: disinnesca il testo pericoloso negli appunti, ferma gli incolla rischiosi</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Avvisa: ferma gli incolla rischiosi e spiega; non cambiare mai gli appunti</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Monitora: tieni solo un registro</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostra notifiche</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Siti attendibili</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Installer attendibili</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Avvia PasteGuard quando accedo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Come questo computer</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Cosa fa PasteGuard con il testo rischioso</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Mostra un avviso quando PasteGuard blocca qualcosa</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Gli eventi più vecchi vengono eliminati per sempre</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>La lingua delle finestre di PasteGuard</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Avvia PasteGuard da solo quando accedi a questo computer</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protezione:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifiche:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>&amp;Siti attendibili:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Il testo sospetto da questi siti viene solo registrato. Il testo pericoloso viene sempre fermato.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>&amp;Installer attendibili:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>I comandi di installazione che scaricano script da questi indirizzi https non vengono segnalati.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Conserva il &amp;registro per:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Salva queste impostazioni e chiudi</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Chiudi senza cambiare nulla</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Attendibile fino a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Nessun sito è attendibile da un avviso.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Attendibili per o&amp;ra:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Siti attendibili per ora</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Siti che hai reso attendibili da un avviso. Il testo sospetto da questi siti (e dai loro sottodomini) passa fino alla data indicata; il testo pericoloso viene sempre fermato. «Revoca» termina subito la fiducia.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} e ogni indirizzo sotto di esso</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Revoca la fiducia in {site}</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>Non fidarti più di {site} da ora; il suo testo viene giudicato di nuovo</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Riavvio di PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Avvio automatico:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Fornito dal programma di installazione: il PasteGuard installato si avvia quando accedi.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Bloccato: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Impossibile cambiare l&apos;avvio automatico: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Impossibile salvare le impostazioni: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>I criteri della tua organizzazione ora impostano questi valori; non sono stati modificati: {keys}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard status</source>
        <translation>Stato di PasteGuard</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu di PasteGuard</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Pausa, ripresa, ripristino di un testo bloccato, impostazioni e aiuto</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Apri il registro eventi</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Cosa ha visto e fatto PasteGuard</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protetto</translation>
    </message>
    <message>
        <source>PasteGuard: {state}</source>
        <translation>PasteGuard: {state}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Put it back</source>
        <translation>Rimettilo</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Rimetti il testo bloccato negli appunti</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Chiudi questo avviso</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>Registro eventi di PasteGuard</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Prima i più recenti; scegline uno per vederlo per intero</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Dettagli dell&apos;evento</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Tutto ciò che il registro contiene sull&apos;evento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Esporta gli eventi mostrati</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Elimina selezionati</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Rileggi il registro</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Salva gli eventi mostrati come CSV, JSON Lines o ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Elimina per sempre gli eventi selezionati</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Scegli un evento per vederlo per intero.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>I criteri della tua organizzazione non permettono di eliminare eventi</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Impossibile leggere il registro eventi: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} eventi trovati</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Più di {n} eventi corrispondono</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Eventi ogni 5 minuti, da {first} a {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Eventi all&apos;ora, da {first} a {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Eventi al giorno, da {first} a {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Eventi a settimana, da {first} a {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Esporta eventi</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Esportazione degli eventi mostrati in {path}… (chiudere questa finestra la interrompe)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Esportazione non riuscita: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} eventi esportati in {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Elimina eventi</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>Eliminare per sempre {n} eventi? Non si può annullare.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Eliminazione non riuscita: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} eventi eliminati</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>una pagina web</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>un altro sito</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>danneggiare il computer</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>fare più di quanto sembra</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Questa è una truffa</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} ha messo negli appunti un testo che ti chiede di chiamare un numero</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>il testo negli appunti ti chiede di chiamare un numero</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Non incollarlo</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Controlla prima</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} ha messo negli appunti del codice che potrebbe {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>il codice negli appunti potrebbe {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} ti chiede di incollare un indirizzo di accesso che potrebbe {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>l&apos;indirizzo di accesso negli appunti potrebbe {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} ha messo negli appunti un comando che potrebbe {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>il comando negli appunti potrebbe {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} ha messo negli appunti un testo che potrebbe {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>il testo negli appunti potrebbe {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Ti chiede di chiamare un numero di telefono. Rispondono dei truffatori.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Potrebbe {action} (da {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Potrebbe {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>sconosciuta (nessun programma o pagina l&apos;ha indicata)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>la finestra Esegui (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>la barra degli indirizzi di Esplora file</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>un terminale</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>la console per sviluppatori del browser</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>una finestra che PasteGuard non ha potuto identificare</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard l&apos;ha tolto dagli appunti prima che qualcosa potesse incollarlo. Non è stato eseguito nulla.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard ha fermato l&apos;incolla. Non è stato eseguito nulla.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard non è riuscito a fermare questo incolla: il testo potrebbe essere già lì. Non premere Invio; cancella la riga o chiudi la finestra.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Non incollarlo da nessuna parte. Il codice in questo indirizzo apre il tuo account a chiunque lo abbia; nessun vero accesso ti chiede di ricopiarlo in una pagina.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Non chiamare quel numero. Nessuna vera azienda, banca o assistenza mette un numero di telefono nei tuoi appunti. Chiudi la pagina; se hai già chiamato, riaggancia e avvisa il tuo team IT.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Chiudi la finestra in cui stavi incollando e la pagina web che te l&apos;ha chiesto. Nessun vero sito, CAPTCHA o servizio di assistenza chiede di incollare comandi in Windows.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Chiudi la console. Chi ti chiede di incollare codice lì vuole il tuo account: nessun premio, sblocco o verifica funziona così.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Non eseguirlo. Chiudi la pagina o la chat che te l&apos;ha dato e, nel dubbio, chiedi al tuo team IT.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>Avviso di PasteGuard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Cosa farebbe:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>Da dove viene:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Dove stava andando:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>Il comando, reso sicuro da leggere:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>Il comando</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>Il testo copiato con i link disinnescati e le parti nascoste segnate tra parentesi</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Mostra tutto il testo</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Perché?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Perché? Mostra i motivi</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Mostra ogni motivo di questo avviso e dove punta il testo</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>I motivi di questo avviso</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Segnala all&apos;IT</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Salva un rapporto per il tuo team IT; dice cosa è stato inviato e dove</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Fidati di questo sito</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Fidati del sito di origine: i suoi incolla sospetti verranno solo registrati</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Solo questo testo, una volta</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Questo sito per {days} giorni</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Questo sito fino al riavvio di PasteGuard</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Capisco il rischio</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Seleziona per poter incollare comunque il testo</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Incolla comunque</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Rimetti il testo per poterlo incollare (sconsigliato)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Proteggimi</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Non incollare; chiudi questo avviso</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>Il testo, reso sicuro da leggere:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Evidenziato: {parts}. Ti era nascosto.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Evidenziato: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} spazi</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} caratteri vuoti</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>altri {n} caratteri</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>spazi nascosti</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>caratteri invisibili o di controllo</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>finto testo «Non sono un robot»</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>il numero dei truffatori: non chiamarlo</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>visto in</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Punta a</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>Il controllo non è riuscito a finire, quindi PasteGuard sceglie la prudenza.</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to PasteGuard</source>
        <translation>Benvenuto in PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Scudo di PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard sorveglia gli incollaggi rischiosi</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard ti protegge</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Lo trovi come uno scudo vicino all&apos;orologio: fai clic per il menu, il registro eventi e le impostazioni. Uno scudo rosso significa che ha fermato qualcosa.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard è stato avviato senza icona nell&apos;area di notifica: esegui pasteguard viewer per il registro degli eventi e pasteguard status per vedere come sta funzionando.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Questo desktop non ha l&apos;area di notifica, quindi resta aperta una piccola finestra di PasteGuard: il suo menu contiene il registro eventi e le impostazioni.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Alcune pagine web e chat spingono le persone a copiare un comando e a incollarlo nella finestra Esegui di Windows, in un terminale o nella console del browser.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard controlla ciò che copi e registra ogni incolla che potrebbe eseguire qualcosa di pericoloso; su questo computer è impostato per registrarli, non per fermarli. Il normale copia e incolla funziona come prima.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard controlla ciò che copi. Quando un incolla eseguirebbe qualcosa di pericoloso, lo ferma e spiega perché, con parole semplici. Il normale copia e incolla funziona come prima.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Ciò che copi resta su questo computer, tranne ciò che PasteGuard segnala: quello va al registro di sicurezza del tuo team IT, reso sicuro da leggere e senza segreti come password e chiavi.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Nulla di ciò che copi lascia questo computer.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Per consentire di incollare per un po’, esegui pasteguard pause --minutes 15; pasteguard resume termina la pausa.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Per consentire di incollare per un po’, metti in pausa PasteGuard dal suo menu: 15 minuti, un’ora o fino al riavvio.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Cosa fa PasteGuard</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Come funzionano le truffe con Incolla</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Brevi pagine illustrate sui trucchi</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Chiudi questa finestra; PasteGuard continua a funzionare</translation>
    </message>
</context>
</TS>
