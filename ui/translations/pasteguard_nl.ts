<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Gebeurtenissen door de tijd</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (bezig met tellen, nieuwste eerst: {done} van {all} staven tot nu toe)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Nog bezig met tellen: de staven vóór {when} zijn nog niet geteld.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Geen gebeurtenissen in deze periode.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} gebeurtenissen; de hoogste balk begint {when} met {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>gezien in</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Aanwijzingen</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Gedecodeerde lagen</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Geschreven versies ({count} in totaal)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
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
        <translation>Gebeurtenis-ID</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>De tekst (onschadelijk gemaakt, verborgen delen gemarkeerd)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>De tekst, zoals gebeurtenis {id} ({kind}) hem meldde (onschadelijk gemaakt)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Afgelopen uur</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Afgelopen 24 uur</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Elk niveau</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Schadelijk</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Verdacht of erger</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdacht</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Schoon</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Oefeningen (alle uitkomsten)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Elk doel</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Zoeken in samenvatting, tekst, bron, regels</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Alleen gebeurtenissen uit deze periode tonen</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>Het begin van de periode</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>Het einde van de periode</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Alleen gebeurtenissen van dit niveau tonen</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Alleen gebeurtenissen van deze soort tonen</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Alleen plakacties in dit soort venster tonen</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Alleen gebeurtenissen tonen waarvan de tekst deze woorden bevat</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>Het beleid van je organisatie staat niet toe dat geblokkeerde tekst wordt teruggezet.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>De geblokkeerde tekst staat in de PasteGuard-waarschuwing: bevestig het daar.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Bedankt voor je melding</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Er liep een beveiligingsoefening op deze computer: als je die pagina bedoelt, was het de oefening, en melden was precies goed.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Er staat een mail aan IT klaar</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Zeg welke pagina het was en verstuur hem.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Laat het je IT-team weten</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Schrijf naar {address} welke pagina het was: op deze computer is geen e-mailprogramma geopend.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Vertel welke pagina het was: op deze computer is geen meldadres ingesteld.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Over PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stopt aanvallen via kopiëren en plakken: nep-CAPTCHA&apos;s, FileFix, consolefraude en nep-helpdesks.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>ongeldig; het laatste geldige beleid geldt</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>ongeldig; de ingebouwde instellingen gelden op hun strengst</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Gebeurtenislogboek: {data}
Beleid: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard-menu</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Beschermd</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 minuten pauzeren</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 uur pauzeren</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Pauzeren tot herstart</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Bescherming hervatten</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Laatst geblokkeerde tekst terugzetten</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Gebeurtenislogboek openen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Hoe plakfraude werkt</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Verdachte pagina melden…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Over PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>PasteGuard afsluiten</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>Gepauzeerd tot je hervat of herstart</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Werkt gedeeltelijk: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Beschermd: gevaarlijke tekst wordt geblokkeerd</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Beschermd: riskant plakken wordt gestopt en uitgelegd</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Alleen volgen: plakken wordt gelogd, niet gestopt</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>het toetsenbord wordt niet gevolgd, dus plakken wordt niet meteen gezien</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>plakken met de middelste muisknop wordt niet gevolgd</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>het venster op de voorgrond is niet zeker bekend</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>het gebeurtenislogboek kan niet zoals gewoonlijk worden geschreven</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>het gebeurtenislogboek is door een ander programma gewijzigd</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>een regelmap wordt niet gebruikt</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>de instellingen of het beleid hebben een probleem</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>niet alle lijsten van uw organisatie zijn in gebruik</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>de klembordhouder werkt niet</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>het lezen van het klembord werkt niet</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard heeft een gevaarlijke opdracht geblokkeerd</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard heeft een gevaarlijke tekst van je klembord gehaald</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} is net gestart</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Heeft iemand aan de telefoon of een webpagina u gevraagd het te starten? Als u niet zelf hebt gebeld, sluit het dan en hang op: echte ondersteuning belt nooit als eerste.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Niets om terug te zetten (het is misschien verlopen).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Het gebeurtenislogboek kan nu niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Gebruik het PasteGuard-menu om het terug te zetten.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Riskant plakken gestopt om {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Een riskante plakactie is om {time} mogelijk doorgegaan</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Nep-CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Een pagina toont een &apos;Ik ben geen robot&apos;-vakje. Een klik erop kopieert stilletjes een opdracht. Daarna vraagt de pagina om Win+R, Ctrl+V en Enter: je zou zelf het programma van de aanvaller starten. Spaties duwen de echte opdracht uit beeld, zodat het venster Uitvoeren alleen een onschuldige regel &apos;Ik ben geen robot&apos; toont.</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Een website vraagt je toetsen in te drukken in plaats van te klikken of letters te typen</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V of &apos;open Terminal&apos; in de instructies</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Een &apos;verificatie-ID&apos; die je moet plakken</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Echte CAPTCHA&apos;s vragen nooit om toetsen buiten de pagina. Sluit het tabblad.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Nep-bestandspaden (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Een pagina biedt een document aan en vraagt je Verkenner te openen, in de adresbalk te klikken en het &apos;pad&apos; te plakken. De gekopieerde tekst begint met een opdracht en eindigt na een commentaarteken met een bestandsnaam, zodat de balk eruitziet als een gewoon pad.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Een site wil dat je iets in Verkenner of een Openen-venster plakt</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Knoppen &apos;Pad kopiëren&apos; voor documenten waar je niet om vroeg</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Download bestanden met de browser. Plak nooit een pad dat een webpagina je gaf.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Nep-helpdesk en overname op afstand</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Een luid venster zegt dat je computer besmet of geblokkeerd is en toont een telefoonnummer. De &apos;technicus&apos; vraagt je een programma voor overname op afstand te installeren of een opdracht te plakken. Daarna beheert hij je computer, je bank en je mail.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Een waarschuwing met een telefoonnummer, vaak met geluid en schermvullend</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Een beller die vraagt om AnyDesk, TeamViewer, Quick Assist of iets dergelijks te installeren</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Druk: &apos;doe het nu, anders ben je alles kwijt&apos;</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Hang op en sluit de browser (Alt+F4). Bel je IT-team op een nummer dat je al kent. PasteGuard meldt het als een programma voor overname op afstand start.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Plakken in de browserconsole (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Een bericht op Discord, Roblox of sociale media belooft cadeaus of een verificatie als je op F12 drukt en code in de console plakt. De code draait als jou: hij stuurt je inlogtoken naar de oplichter, die dan je account heeft.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Instructies die F12, &apos;Console&apos; of &apos;Inspecteren&apos; noemen</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Gratis Nitro, Robux, skins of een prijs voor &apos;je account verifiëren&apos;</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Sluit de ontwikkelhulpmiddelen. Geen prijs of helpdesk heeft code van je nodig.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Wat je beter kunt doen</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Elk van deze trucs heeft maar één ding nodig: dat je plakt en op Enter drukt. Daar stoppen is genoeg. Er gebeurt niets zolang je het niet uitvoert.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Sluit de pagina of chat die erom vroeg</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Vraag het je IT-team, via een nummer of adres dat je al kent</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Gebruik &apos;Melden bij IT&apos; in de PasteGuard-waarschuwing, zodat anderen ook beschermd zijn</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Heb je al iets uitgevoerd? Verbreek de netwerkverbinding en bel meteen IT. Wijzig je wachtwoorden vanaf een ander apparaat.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Drie dingen die helpen</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Als het te laat is</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Zo herken je het</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je moet doen</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Een nep-CAPTCHA-pagina vraagt om Win+R, Ctrl+V en Enter</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Een bericht vraagt om code in de ontwikkelaarsconsole van de browser te plakken</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Een pagina vraagt om een &apos;bestandspad&apos; in de adresbalk van Verkenner te plakken</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Wat je beter kunt doen: stoppen, de pagina sluiten, IT vragen</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Een nep-virusmelding, een telefoontje en een programma voor overname op afstand</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Ik ben geen robot</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Verificatiestappen:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Druk op</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Druk op</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Druk op</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>De klik op het vakje heeft al</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>een opdracht op je klembord gezet.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Openen:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Ik ben geen robot - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Verborgen, uit beeld:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…gevolgd door 60 spaties</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Gratis Nitro / Robux! Druk op F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>open de Console, plak dit en</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>druk op Enter om het te claimen!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Let op: plak geen code die je niet begrijpt.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Oplichters nemen zo je account over.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Stuurt je inlogtoken naar de oplichter</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>De sleutel van je account</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Je bestand is klaar</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Zo open je het:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Open Verkenner</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Klik in de adresbalk</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Plak het pad, druk op Enter</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Verkenner</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Wat er echt in de balk staat:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Een &apos;pad&apos; dat</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>begint met een</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Stop voor Enter</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Sluit de pagina</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Geen echte site vraagt je</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>opdrachten in Windows te plakken.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Vraag iemand die je vertrouwt</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Je IT-team, via een nummer dat</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>je al kent, niet dat van de pagina.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Meld het</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>&apos;Melden bij IT&apos; in de waarschuwing bewaart</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>de details zodat anderen beschermd zijn.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Al geplakt en uitgevoerd?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Verbreek de netwerkverbinding, bel IT.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VIRUS GEVONDEN</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Je computer is geblokkeerd.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Bel nu de &apos;Helpdesk&apos;:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomende</translation>
    </message>
    <message>
        <source>call</source>
        <translation>oproep</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>&apos;Installeer deze app en</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>dit plakken, dan los ik het op.&apos;</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Een echte helpdesk belt nooit als eerste.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Overname op afstand = zij beheren</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>je computer en accounts.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Enge pop-ups kunnen je computer niet blokkeren.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Sluit de browser (Alt+F4) en bel je eigen IT-team.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Hoe plakfraude werkt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Kies een pagina</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>De vorige pagina</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>De volgende pagina</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>De items van {name}; selecteer er een en druk op Delete om het te verwijderen</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nieuw item voor {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Typ een item en druk op Enter om het toe te voegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Toevoegen aan {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Voegt het getypte item toe aan de lijst</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Verwijderen uit {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Verwijdert de geselecteerde items</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>De persoon koos &apos;Houd me veilig&apos;.</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Goed gedaan. Er is niets geplakt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>Het beleid van je organisatie staat dit niet toe.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>De tekst is niet meer beschikbaar; kopieer hem opnieuw.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Een geblokkeerde tekst is teruggezet op het klembord.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>De geblokkeerde tekst staat weer op je klembord.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>De persoon koos &apos;Toch plakken&apos;.</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>De tekst staat op je klembord: plak hem opnieuw om hem te gebruiken.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Deze site kan hier niet worden vertrouwd.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>De persoon vertrouwde {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>deze tekst één keer</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Deze tekst wordt één keer doorgelaten: plak hem opnieuw.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} wordt vertrouwd tot PasteGuard opnieuw start: plak opnieuw.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} wordt {days} dagen vertrouwd: plak opnieuw.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Het rapport kon niet worden bewaard: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Er staat een mail aan {address} klaar in je mailprogramma: klik op Verzenden.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Er gaat een kopie naar het beveiligingslogboek van je IT-team.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Er is niets verzonden: laat het je IT-team zien of vertel wat er gebeurde.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Het rapport is bewaard op deze computer: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>PasteGuard-instellingen</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Blokkeren: gevaarlijke tekst op het klembord onschadelijk maken, riskant plakken stoppen</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Waarschuwen: riskant plakken stoppen en uitleggen; het klembord nooit wijzigen</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Volgen: alleen een logboek bijhouden</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Meldingen tonen</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Vertrouwde sites</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Vertrouwde installatieprogramma&apos;s</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>PasteGuard starten als ik me aanmeld</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Zoals deze computer</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Wat PasteGuard met riskante tekst doet</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Een melding tonen als PasteGuard iets blokkeert</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Oudere gebeurtenissen worden definitief verwijderd</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>De taal van de PasteGuard-vensters</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>PasteGuard vanzelf starten als je je aanmeldt op deze computer</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Bescherming:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Meldingen:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>Vertrouwde &amp;sites:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Verdachte tekst van deze sites wordt alleen gelogd. Gevaarlijke tekst wordt altijd gestopt.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>Vertrouwde &amp;installatieprogramma&apos;s:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Installatieopdrachten die scripts van deze https-adressen halen, worden niet gemeld.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>&amp;Logboek bewaren:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Deze instellingen opslaan en sluiten</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Sluiten zonder iets te wijzigen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Vertrouwd tot</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Geen enkele site wordt vanuit een waarschuwing vertrouwd.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Voorlopig ver&amp;trouwd:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Voorlopig vertrouwde sites</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Sites die u vanuit een waarschuwing vertrouwde. Verdachte tekst van deze sites (en hun subdomeinen) wordt doorgelaten tot de getoonde datum; gevaarlijke tekst wordt altijd gestopt. Intrekken beëindigt het vertrouwen meteen.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} en elk adres eronder</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Vertrouwen in {site} intrekken</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>{site} vanaf nu niet meer vertrouwen; de tekst wordt opnieuw beoordeeld</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Herstart van PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Automatisch starten:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Hoort bij het installatieprogramma: de geïnstalleerde PasteGuard start als je je aanmeldt.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Vergrendeld: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Automatisch starten kon niet worden gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>De instellingen konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>Het beleid van je organisatie legt deze nu vast; ze zijn niet gewijzigd: {keys}</translation>
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
        <translation>PasteGuard-status</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard-menu</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Pauzeren, hervatten, een geblokkeerde tekst terugzetten, instellingen en hulp</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Gebeurtenislogboek openen</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Wat PasteGuard zag en deed</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Beschermd</translation>
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
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>De geblokkeerde tekst terugzetten op het klembord</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>PasteGuard-gebeurtenislogboek</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Nieuwste eerst; kies er een om die volledig te zien</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Details van de gebeurtenis</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Alles wat het logboek over de gebeurtenis bevat</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>De getoonde gebeurtenissen exporteren</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Het logboek opnieuw lezen</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>De getoonde gebeurtenissen opslaan als CSV, JSON Lines of ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>De geselecteerde gebeurtenissen definitief verwijderen</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Kies een gebeurtenis om die volledig te zien.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>Het beleid van je organisatie staat het verwijderen van gebeurtenissen niet toe</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Het gebeurtenislogboek kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} gebeurtenissen gevonden</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Meer dan {n} gebeurtenissen gevonden</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Gebeurtenissen per 5 minuten, {first} tot {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Gebeurtenissen per uur, {first} tot {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Gebeurtenissen per dag, {first} tot {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Gebeurtenissen per week, {first} tot {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Gebeurtenissen exporteren</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>De getoonde gebeurtenissen worden geëxporteerd naar {path}… (dit venster sluiten stopt het)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Exporteren mislukt: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} gebeurtenissen geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Gebeurtenissen verwijderen</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>{n} gebeurtenissen definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Verwijderen mislukt: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} gebeurtenissen verwijderd</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>een webpagina</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>een andere site</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>je computer schade toebrengen</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>meer doen dan het lijkt</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Dit is oplichting</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} heeft een tekst op je klembord gezet die je vraagt een nummer te bellen</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>de tekst op je klembord vraagt je een nummer te bellen</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Plak dit niet</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Controleer dit eerst</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} heeft code op je klembord gezet die dit zou doen: {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>de code op je klembord zou dit doen: {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} vraagt je een aanmeldadres te plakken dat dit zou doen: {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>het aanmeldadres op je klembord zou dit doen: {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} heeft een opdracht op je klembord gezet die dit zou doen: {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>de opdracht op je klembord zou dit doen: {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} heeft een tekst op je klembord gezet die dit zou kunnen doen: {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>de tekst op je klembord zou dit kunnen doen: {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Het vraagt je een telefoonnummer te bellen. Daar nemen oplichters op.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Het zou dit doen: {action} (vanaf {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Het zou dit doen: {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>onbekend (geen programma of pagina gaf het door)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>het venster Uitvoeren (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>de adresbalk van Verkenner</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>een terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>de ontwikkelaarsconsole van de browser</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>een venster dat PasteGuard niet kon herkennen</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard heeft dit van je klembord gehaald voordat iets het kon plakken. Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard heeft het plakken gestopt. Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard kon dit plakken niet stoppen: de tekst staat er misschien al. Druk niet op Enter; wis de regel of sluit het venster.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Plak het nergens. De code in dit adres geeft iedereen die hem krijgt toegang tot je account; geen echte aanmelding vraagt je hem terug te kopiëren in een pagina.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Bel dat nummer niet. Geen echt bedrijf, geen bank en geen helpdesk zet een telefoonnummer op je klembord. Sluit de pagina; heb je al gebeld, hang dan op en laat het je IT-team weten.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Sluit het venster waarin je wilde plakken en de webpagina die erom vroeg. Geen echte website, CAPTCHA of helpdesk vraagt je opdrachten in Windows te plakken.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Sluit de console. Wie je vraagt daar code te plakken, wil je account: geen prijs, ontgrendeling of verificatie werkt zo.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Voer het niet uit. Sluit de pagina of chat waar het vandaan kwam en vraag je IT-team als je twijfelt.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>PasteGuard-waarschuwing</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Wat het zou doen:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>Waar het vandaan kwam:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Waar het heen ging:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>De opdracht, veilig leesbaar gemaakt:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>De opdracht</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>De gekopieerde tekst met onschadelijke links en verborgen delen tussen haken gemarkeerd</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Hele tekst tonen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Waarom? De redenen tonen</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Toont elke reden voor deze waarschuwing en waar de tekst naar verwijst</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>De redenen voor deze waarschuwing</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Melden bij IT</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Een rapport voor je IT-team bewaren; het zegt wat er is verzonden en waarheen</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Deze site vertrouwen</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>De bronsite vertrouwen: verdacht plakken van die site wordt alleen gelogd</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Alleen deze tekst, één keer</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Deze site {days} dagen lang</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Deze site tot PasteGuard opnieuw start</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Ik begrijp het risico</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Vink dit aan om de tekst toch te kunnen plakken</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Toch plakken</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>De tekst terugzetten zodat je hem kunt plakken (niet aanbevolen)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Houd me veilig</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Niet plakken; deze waarschuwing sluiten</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>De tekst, veilig leesbaar gemaakt:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Gemarkeerd: {parts}. Dit was voor je verborgen.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Gemarkeerd: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} spaties</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} lege tekens</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>nog {n} tekens</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>verborgen opvulling</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>onzichtbare tekens of stuurtekens</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>nep-tekst &apos;Ik ben geen robot&apos;</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>het nummer van de oplichters: niet bellen</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>gezien in</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Het verwijst naar</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>De controle kon niet worden afgerond, dus PasteGuard is voorzichtig.</translation>
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
        <translation>Welkom bij PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Schild van PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard let op riskant plakken</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard beschermt je</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Je vindt het als een schild naast de klok: klik erop voor het menu, het gebeurtenislogboek en de instellingen. Een rood schild betekent dat het iets heeft tegengehouden.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard is gestart zonder pictogram in het systeemvak: voer pasteguard viewer uit voor het gebeurtenislogboek en pasteguard status om te zien hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Dit bureaublad heeft geen systeemvak, dus blijft er een klein PasteGuard-venster open: het menu daarvan bevat het gebeurtenislogboek en de instellingen.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Sommige webpagina&apos;s en chats verleiden mensen een opdracht te kopiëren en die te plakken in het venster Uitvoeren van Windows, een terminal of de browserconsole.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard controleert wat je kopieert en legt elke plakactie vast die iets gevaarlijks zou kunnen uitvoeren; op deze computer is het ingesteld om die vast te leggen, niet om ze tegen te houden. Gewoon kopiëren en plakken werkt zoals altijd.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard controleert wat je kopieert. Als plakken iets gevaarlijks zou uitvoeren, houdt het dat tegen en legt het in gewone woorden uit waarom. Gewoon kopiëren en plakken werkt zoals altijd.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Wat je kopieert blijft op deze computer, behalve wat PasteGuard markeert: dat gaat naar het beveiligingslogboek van je IT-team, veilig leesbaar gemaakt en zonder geheimen zoals wachtwoorden en sleutels.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Niets wat je kopieert verlaat deze computer.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Wilt u plakken een tijdje toelaten, voer dan pasteguard pause --minutes 15 uit; pasteguard resume beëindigt de pauze.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Wilt u plakken een tijdje toelaten, pauzeer PasteGuard dan via het menu: 15 minuten, een uur of tot de herstart.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Wat PasteGuard doet</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Hoe plakfraude werkt</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Korte geïllustreerde pagina&apos;s over de trucs</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Dit venster sluiten; PasteGuard blijft werken</translation>
    </message>
</context>
</TS>
