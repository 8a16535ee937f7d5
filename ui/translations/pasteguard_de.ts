<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Ereignisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (wird gezählt, neueste zuerst: {done} von {all} Balken bisher)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Noch am Zählen: Die Balken vor {when} sind noch nicht gezählt.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} Ereignisse; der höchste Balken beginnt {when} mit {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>gefunden in</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Entschlüsselte Ebenen</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Geschriebene Versionen ({count} insgesamt)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
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
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>Der Text (entschärft, versteckte Teile markiert)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>Der Text, wie Ereignis {id} ({kind}) ihn gemeldet hat (entschärft)</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Gefährlich</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Verdächtig oder schlimmer</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Unbedenklich</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Übungen (alle Ergebnisse)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Zusammenfassung, Text, Quelle, Regeln durchsuchen</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Nur Ereignisse aus diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>Der Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>Das Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Nur Ereignisse dieser Stufe zeigen</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Nur Ereignisse dieser Art zeigen</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Nur Einfügen in diese Art von Fenster zeigen</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Nur Ereignisse zeigen, deren Text diese Wörter enthält</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt nicht, blockierten Text zurückzulegen.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>Der blockierte Text wird in der PasteGuard-Warnung angezeigt: Bestätigen Sie dort.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Danke für Ihre Meldung</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Auf diesem Computer lief gerade eine Sicherheitsübung: Wenn Sie diese Seite meinen, war es die Übung, und die Meldung war genau richtig.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Eine E-Mail an die IT ist bereit</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Schreiben Sie, welche Seite es war, und senden Sie sie ab.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Sagen Sie es Ihrem IT-Team</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Schreiben Sie an {address}, welche Seite es war: Auf diesem Computer wurde kein E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Sagen Sie, welche Seite es war: Auf diesem Computer ist keine Meldeadresse eingerichtet.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Über PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stoppt Angriffe per Kopieren und Einfügen: gefälschte CAPTCHAs, FileFix, Konsolen-Betrug und falschen technischen Support.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>ungültig; die letzte gültige gilt</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>ungültig; die eingebauten Einstellungen gelten in ihrer strengsten Form</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Ereignisprotokoll: {data}
Richtlinie: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard-Menü</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 Minuten pausieren</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Bis zum Neustart pausieren</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Schutz fortsetzen</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Zuletzt blockierten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Ereignisprotokoll öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Wie Einfüge-Betrug funktioniert</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Verdächtige Seite melden…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Über PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>PasteGuard beenden</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>Pausiert, bis Sie fortsetzen oder neu starten</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Eingeschränkt: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Geschützt: gefährlicher Text wird blockiert</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Geschützt: riskantes Einfügen wird gestoppt und erklärt</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Nur beobachten: Einfügen wird protokolliert, nicht gestoppt</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>die Tastatur wird nicht überwacht, Einfügen wird nicht sofort erkannt</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>Einfügen mit der mittleren Maustaste wird nicht überwacht</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>das Fenster im Vordergrund ist nicht sicher bekannt</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>das Ereignisprotokoll kann nicht wie üblich geschrieben werden</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>das Ereignisprotokoll wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>ein Regelordner wird nicht verwendet</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>die Einstellungen oder die Richtlinie haben ein Problem</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>die Listen Ihrer Organisation sind nicht alle in Gebrauch</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>der Zwischenablage-Halter arbeitet nicht</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>das Lesen der Zwischenablage funktioniert nicht</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard hat einen gefährlichen Befehl blockiert</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard hat einen gefährlichen Text aus Ihrer Zwischenablage genommen</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} wurde gerade gestartet</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Hat Sie jemand am Telefon oder eine Webseite gebeten, es zu starten? Wenn Sie nicht selbst angerufen haben, schließen Sie es und legen Sie auf: Ein echter Support ruft nie zuerst an.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Nichts zum Zurücklegen (es ist vielleicht abgelaufen).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Das Ereignisprotokoll kann gerade nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Zum Zurücklegen das PasteGuard-Menü verwenden.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Riskantes Einfügen um {time} gestoppt</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Riskantes Einfügen um {time} ist womöglich durchgegangen</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Gefälschtes CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Eine Seite zeigt eine „Ich bin kein Roboter“-Prüfung. Ein Klick darauf kopiert heimlich einen Befehl. Dann sollen Sie Win+R, Strg+V und Enter drücken: Sie würden das Programm des Angreifers selbst starten. Leerzeichen schieben den eigentlichen Befehl aus dem Blick, sodass das Ausführen-Fenster nur eine harmlos wirkende Zeile „Ich bin kein Roboter“ zeigt.</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Eine Website verlangt Tastenkombinationen statt Klicks oder Buchstaben</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Strg+V oder „Terminal öffnen“ in der Anleitung</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Eine „Verifizierungs-ID“, die Sie einfügen sollen</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Echte CAPTCHAs verlangen nie Tastendrücke außerhalb der Seite. Schließen Sie den Tab.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Gefälschte Dateipfade (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Eine Seite bietet ein Dokument an und bittet Sie, den Datei-Explorer zu öffnen, in die Adressleiste zu klicken und den „Pfad“ einzufügen. Der kopierte Text beginnt mit einem Befehl und endet hinter einem Kommentarzeichen mit einem Dateinamen, sodass die Leiste wie ein normaler Pfad aussieht.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Eine Website möchte, dass Sie etwas in den Datei-Explorer oder einen Öffnen-Dialog einfügen</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>„Pfad kopieren“-Knöpfe für Dokumente, um die Sie nicht gebeten haben</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Laden Sie Dateien mit dem Browser herunter. Fügen Sie nie einen Pfad ein, den Ihnen eine Webseite gegeben hat.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Falscher technischer Support und Fernzugriff</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Ein lautes Fenster behauptet, Ihr Computer sei infiziert oder gesperrt, und zeigt eine Telefonnummer. Der „Techniker“ bittet Sie, ein Fernwartungsprogramm zu installieren oder einen Befehl einzufügen. Dann steuert er Ihren Computer, Ihr Bankkonto und Ihre E-Mails.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Eine Warnung mit Telefonnummer, oft mit Ton und im Vollbild</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Ein Anrufer, der Sie bittet, AnyDesk, TeamViewer, Quick Assist o. Ä. zu installieren</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Druck: „Tun Sie es jetzt, sonst verlieren Sie alles“</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Legen Sie auf und schließen Sie den Browser (Alt+F4). Rufen Sie Ihr IT-Team über eine Nummer an, die Sie bereits kennen. PasteGuard meldet, wenn ein Fernwartungsprogramm startet.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Einfügen in die Browserkonsole (Self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Eine Nachricht auf Discord, Roblox oder in sozialen Medien verspricht Geschenke oder eine Verifizierung, wenn Sie F12 drücken und Code in die Konsole einfügen. Der Code läuft in Ihrem Namen: Er schickt Ihr Anmelde-Token an den Betrüger, dem Ihr Konto dann gehört.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Anleitungen, die F12, „Konsole“ oder „Untersuchen“ erwähnen</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Gratis Nitro, Robux, Skins oder ein „Konto verifizieren“-Gewinn</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Schließen Sie die Entwicklertools. Kein Gewinnspiel und kein Support braucht Code von Ihnen.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Was Sie stattdessen tun</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Jeder dieser Tricks braucht nur eines: dass Sie einfügen und Enter drücken. Wenn Sie dort aufhören, genügt das. Nichts ist passiert, solange Sie es nicht ausführen.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Schließen Sie die Seite oder den Chat, die Sie dazu aufgefordert haben</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Fragen Sie Ihr IT-Team, über eine Nummer oder Adresse, die Sie bereits kennen</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Nutzen Sie „An IT melden“ in der PasteGuard-Warnung, damit auch andere geschützt sind</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Wenn Sie schon etwas ausgeführt haben: Trennen Sie das Gerät vom Netzwerk und rufen Sie sofort die IT an. Ändern Sie Ihre Passwörter von einem anderen Gerät aus.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Drei Dinge, die helfen</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Wenn es zu spät ist</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>So erkennen Sie es</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun sollten</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Eine gefälschte CAPTCHA-Seite verlangt Win+R, Strg+V und Enter</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Eine Nachricht verlangt, Code in die Entwicklerkonsole des Browsers einzufügen</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Eine Seite verlangt, einen „Dateipfad“ in die Adressleiste des Datei-Explorers einzufügen</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Was Sie stattdessen tun: aufhören, Seite schließen, IT fragen</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Eine falsche Virenwarnung, ein Anruf und ein Fernwartungsprogramm</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Ich bin kein Roboter</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Schritte zur Verifizierung:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Drücken Sie</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Drücken Sie</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Drücken Sie</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>Der Klick auf das Kästchen hat schon</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>einen Befehl kopiert.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Ich bin kein Roboter - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Versteckt, außer Sicht:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…gefolgt von 60 Leerzeichen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Gratis Nitro / Robux! Drück F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>Konsole öffnen, das hier einfügen</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>und Enter drücken!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Achtung: Fügen Sie keinen Code ein, den Sie nicht verstehen.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Betrüger übernehmen so Ihr Konto.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Schickt Ihr Anmelde-Token an den Betrüger</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>Der Schlüssel zu Ihrem Konto</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Ihre Datei ist bereit</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>So öffnen Sie sie:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Datei-Explorer öffnen</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. In die Adressleiste klicken</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Pfad einfügen, Enter drücken</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Datei-Explorer</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Was das Feld wirklich enthält:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Ein „Pfad“, der</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>mit einem</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl beginnt</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Vor Enter aufhören</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Seite schließen</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Keine echte Website will, dass Sie</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>Befehle in Windows einfügen.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Fragen Sie jemanden, dem Sie vertrauen</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Ihr IT-Team, über eine Nummer, die</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>Sie kennen, nicht die auf der Seite.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Melden Sie es</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>„An IT melden“ in der Warnung speichert</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>Details, damit andere geschützt sind.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Schon eingefügt und ausgeführt?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Vom Netzwerk trennen, IT anrufen.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VIRUS GEFUNDEN</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Ihr Computer ist gesperrt.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Rufen Sie jetzt den „Support“ an:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehender</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>„Installieren Sie diese App und</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>dies einfügen, damit ich es reparieren kann.“</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Echter Support ruft nie zuerst an.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Fernzugriff = sie steuern</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>Ihren Computer und Ihre Konten.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Angst-Fenster können Ihren Computer nicht sperren.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Schließen Sie den Browser (Alt+F4) und rufen Sie Ihr eigenes IT-Team an.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Wie Einfüge-Betrug funktioniert</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Wählen Sie eine Seite</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>Die vorige Seite</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>Die nächste Seite</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>Die Einträge in {name}; wählen Sie einen aus und drücken Sie Entf, um ihn zu entfernen</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Neuer Eintrag für {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Eintrag eingeben und mit Enter hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Fügt den eingegebenen Eintrag der Liste hinzu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Aus {name} entfernen</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Entfernt die ausgewählten Einträge</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>Die Person hat „Schutz behalten“ gewählt.</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Gut gemacht. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt das nicht.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>Der Text ist nicht mehr verfügbar; kopieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Ein blockierter Text wurde zurück in die Zwischenablage gelegt.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>Der blockierte Text ist wieder in Ihrer Zwischenablage.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>Die Person hat „Trotzdem einfügen“ gewählt.</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>Der Text ist in Ihrer Zwischenablage: Fügen Sie ihn erneut ein, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Dieser Seite kann hier nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>Die Person hat {what} vertraut.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>diesen Text einmal</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Dieser Text wird einmal durchgelassen: Fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} ist bis zum Neustart von PasteGuard vertrauenswürdig: Fügen Sie erneut ein.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} ist {days} Tage lang vertrauenswürdig: Fügen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Eine E-Mail an {address} ist in Ihrem Mailprogramm geöffnet: Klicken Sie auf Senden.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Eine Kopie geht an das Sicherheitsprotokoll Ihres IT-Teams.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Nichts wurde gesendet: Zeigen Sie es Ihrem IT-Team oder erzählen Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Der Bericht ist auf diesem Computer gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>PasteGuard-Einstellungen</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Blockieren: gefährlichen Text in der Zwischenablage entschärfen, riskantes Einfügen stoppen</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Warnen: riskantes Einfügen stoppen und erklären; die Zwischenablage nie ändern</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Überwachen: nur protokollieren</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Vertrauenswürdige Seiten</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Vertrauenswürdige Installer</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>PasteGuard bei der Anmeldung starten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Was PasteGuard mit riskantem Text macht</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Eine Meldung zeigen, wenn PasteGuard etwas blockiert</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Ältere Ereignisse werden endgültig gelöscht</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>Die Sprache der PasteGuard-Fenster</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>PasteGuard bei der Anmeldung an diesem Computer selbst starten</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Schutz:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>Vertrauenswürdige &amp;Seiten:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Verdächtiger Text von diesen Seiten wird nur protokolliert. Gefährlicher Text wird immer gestoppt.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>Vertrauenswürdige &amp;Installer:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Installationsbefehle, die Skripte von diesen https-Adressen laden, werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Ereignis&amp;protokoll aufbewahren:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Diese Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Vertraut bis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Keiner Seite wird aus einer Warnung heraus vertraut.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Vorläufig ver&amp;traut:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Vorläufig vertrauenswürdige Seiten</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Seiten, denen Sie aus einer Warnung heraus vertraut haben. Verdächtiger Text von ihnen (und ihren Subdomains) wird bis zum angezeigten Datum durchgelassen; gefährlicher Text wird immer gestoppt. „Widerrufen“ beendet das Vertrauen sofort.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} und jede Adresse darunter</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Vertrauen in {site} widerrufen</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>{site} ab sofort nicht mehr vertrauen; ihr Text wird wieder geprüft</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Neustart von PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Autostart:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Kommt mit dem Installationsprogramm: Das installierte PasteGuard startet bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Gesperrt: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Autostart konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>Die Richtlinie Ihrer Organisation legt diese jetzt fest; sie wurden nicht geändert: {keys}</translation>
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
        <translation>PasteGuard-Status</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard-Menü</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Pausieren, fortsetzen, blockierten Text wiederherstellen, Einstellungen und Hilfe</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Ereignisprotokoll öffnen</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Was PasteGuard gesehen und getan hat</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
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
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Den blockierten Text zurück in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>PasteGuard-Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Neueste zuerst; wählen Sie eines, um es vollständig zu sehen</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Alles, was das Protokoll zu diesem Ereignis enthält</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Die angezeigten Ereignisse exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Das Protokoll neu lesen</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Die angezeigten Ereignisse als CSV, JSON Lines oder ECS speichern</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Die ausgewählten Ereignisse endgültig löschen</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt das Löschen von Ereignissen nicht</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} Ereignisse gefunden</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Mehr als {n} Ereignisse gefunden</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Ereignisse pro 5 Minuten, {first} bis {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Ereignisse pro Stunde, {first} bis {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Ereignisse pro Tag, {first} bis {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Ereignisse pro Woche, {first} bis {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Die angezeigten Ereignisse werden nach {path} exportiert… (Schließen dieses Fensters bricht ab)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} Ereignisse nach {path} exportiert</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Ereignisse löschen</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>{n} Ereignisse endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Löschen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} Ereignisse gelöscht</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>eine andere Seite</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>Ihrem Computer schaden</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>mehr tun, als es scheint</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Das ist Betrug</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} hat einen Text in Ihre Zwischenablage gelegt, der Sie auffordert, eine Nummer anzurufen</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>der Text in Ihrer Zwischenablage fordert Sie auf, eine Nummer anzurufen</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Nicht einfügen</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} hat Code in Ihre Zwischenablage gelegt, der {action} würde</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>der Code in Ihrer Zwischenablage würde {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} bittet Sie, eine Anmeldeadresse einzufügen, die {action} würde</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>die Anmeldeadresse in Ihrer Zwischenablage würde {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} hat einen Befehl in Ihre Zwischenablage gelegt, der {action} würde</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>der Befehl in Ihrer Zwischenablage würde {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} hat einen Text in Ihre Zwischenablage gelegt, der {action} könnte</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>der Text in Ihrer Zwischenablage könnte {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Der Text will, dass Sie eine Telefonnummer anrufen. Dort melden sich Betrüger.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Es würde {action} (von {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Es würde {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>unbekannt (kein Programm und keine Seite hat es angegeben)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>das Ausführen-Fenster (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>Adressleiste des Datei-Explorers</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>ein Terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>die Entwicklerkonsole des Browsers</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>ein Fenster, das PasteGuard nicht erkennen konnte</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard hat dies aus Ihrer Zwischenablage genommen, bevor es irgendwo eingefügt werden konnte. Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard hat das Einfügen gestoppt. Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard konnte dieses Einfügen nicht stoppen: Der Text ist vielleicht schon eingefügt. Drücken Sie nicht Enter; löschen Sie die Zeile oder schließen Sie das Fenster.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Fügen Sie es nirgends ein. Der Code in dieser Adresse öffnet jedem Ihr Konto, der ihn bekommt; keine echte Anmeldung verlangt, ihn zurück in eine Seite zu kopieren.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Rufen Sie die Nummer nicht an. Keine echte Firma, Bank oder Hotline legt eine Telefonnummer in Ihre Zwischenablage. Schließen Sie die Seite; wenn Sie schon angerufen haben, legen Sie auf und sagen Sie Ihrem IT-Team Bescheid.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Schließen Sie das Fenster, in das Sie einfügen wollten, und die Webseite, die Sie dazu aufgefordert hat. Keine echte Website, kein CAPTCHA und kein Support verlangt, Befehle in Windows einzufügen.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Schließen Sie die Konsole. Wer Sie bittet, dort Code einzufügen, will Ihr Konto: Kein Gewinn, keine Freischaltung und keine Verifizierung funktioniert so.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Nicht ausführen. Schließen Sie die Seite oder den Chat, von dem es kam, und fragen Sie im Zweifel Ihr IT-Team.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>PasteGuard-Warnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Was es tun würde:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>Woher es kam:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Wohin es gehen sollte:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>Der Befehl, lesbar und entschärft:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>Der Befehl</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>Der kopierte Text mit entschärften Links und markierten versteckten Teilen in Klammern</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Ganzen Text zeigen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Warum? Die Gründe zeigen</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Zeigt jeden Grund für diese Warnung und worauf der Text verweist</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Die Gründe für diese Warnung</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>An IT melden</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Einen Bericht für Ihr IT-Team speichern; er sagt, was wohin gesendet wurde</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Dieser Seite vertrauen</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Der Herkunftsseite vertrauen: Ihr verdächtiges Einfügen wird nur protokolliert</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Nur dieser Text, einmal</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Dieser Seite {days} Tage lang</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Dieser Seite bis zum Neustart von PasteGuard</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Ich verstehe das Risiko</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Ankreuzen, um den Text trotzdem einfügen zu können</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Trotzdem einfügen</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Den Text zurücklegen, damit Sie ihn einfügen können (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Schutz behalten</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Nicht einfügen; diese Warnung schließen</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>Der Text, lesbar und entschärft:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Markiert: {parts}. Das war vor Ihnen versteckt.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Markiert: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} Leerzeichen</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} Leerraumzeichen</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>{n} weitere Zeichen</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>versteckte Leerzeichen</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>unsichtbare oder Steuerzeichen</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>gefälschter „Ich bin kein Roboter“-Text</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>die Telefonnummer der Betrüger: nicht anrufen</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>gefunden in</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Es verweist auf</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden, daher ist PasteGuard vorsichtig.</translation>
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
        <translation>Willkommen bei PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>PasteGuard-Schild</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard achtet auf riskantes Einfügen</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard schützt Sie</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Sie finden es als Schild neben der Uhr: Ein Klick öffnet das Menü, das Ereignisprotokoll und die Einstellungen. Ein rotes Schild bedeutet, dass es etwas gestoppt hat.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard wurde ohne Symbol im Infobereich gestartet: Mit pasteguard viewer öffnen Sie das Ereignisprotokoll, mit pasteguard status sehen Sie, wie es läuft.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher bleibt ein kleines PasteGuard-Fenster offen: Sein Menü enthält das Ereignisprotokoll und die Einstellungen.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Manche Webseiten und Chats bringen Menschen dazu, einen Befehl zu kopieren und ihn in das Ausführen-Fenster von Windows, ein Terminal oder die Browserkonsole einzufügen.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard prüft, was Sie kopieren, und protokolliert jedes Einfügen, das etwas Gefährliches ausführen könnte; auf diesem Computer ist es so eingestellt, dass es solches Einfügen nur protokolliert und nicht stoppt. Normales Kopieren und Einfügen funktioniert wie bisher.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard prüft, was Sie kopieren. Wenn ein Einfügen etwas Gefährliches ausführen würde, stoppt es das und erklärt in einfachen Worten, warum. Normales Kopieren und Einfügen funktioniert wie bisher.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Was Sie kopieren, bleibt auf diesem Computer, außer dem, was PasteGuard beanstandet: Das erhält das Sicherheitsprotokoll Ihres IT-Teams, entschärft und ohne Geheimnisse wie Passwörter und Schlüssel.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Nichts, was Sie kopieren, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Um Einfügen eine Weile zuzulassen, führen Sie pasteguard pause --minutes 15 aus; pasteguard resume beendet die Pause.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Um Einfügen eine Weile zuzulassen, pausieren Sie PasteGuard über sein Menü: für 15 Minuten, eine Stunde oder bis zum Neustart.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Was PasteGuard tut</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Wie Einfüge-Betrug funktioniert</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Kurze bebilderte Seiten über die Tricks</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Dieses Fenster schließen; PasteGuard läuft weiter</translation>
    </message>
</context>
</TS>
