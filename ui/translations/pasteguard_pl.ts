<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Zdarzenia w czasie</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (liczenie od najnowszych: na razie {done} z {all} słupków)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Liczenie trwa: słupki sprzed {when} nie są jeszcze policzone.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Brak zdarzeń w tym okresie.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>Zdarzenia: {n}; najwyższy słupek zaczyna się {when} i ma {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>znalezione w</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Odkodowane warstwy</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Zapisane wersje (łącznie {count})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID zdarzenia</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>Tekst (rozbrojony, ukryte części oznaczone)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>Tekst tak, jak oznaczyło go zdarzenie {id} ({kind}) (rozbrojony)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ostatnia godzina</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ostatnie 24 godziny</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Własny zakres</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Dowolny poziom</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Złośliwe</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Podejrzane lub gorsze</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Podejrzane</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Czyste</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Ćwiczenia (wszystkie wyniki)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Dowolny cel</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Szukaj w podsumowaniu, tekście, źródle, regułach</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Pokaż tylko zdarzenia z tego okresu</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>Początek zakresu</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>Koniec zakresu</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Pokaż tylko zdarzenia tego poziomu</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Pokaż tylko zdarzenia tego rodzaju</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Pokaż tylko wklejanie do tego rodzaju okna</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Pokaż tylko zdarzenia, których tekst zawiera te słowa</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>Zasady Twojej organizacji nie pozwalają przywracać zablokowanego tekstu.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>Zablokowany tekst jest widoczny w ostrzeżeniu PasteGuard: potwierdź tam.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Dziękujemy za zgłoszenie</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Na tym komputerze trwało ćwiczenie bezpieczeństwa: jeśli chodzi o tę stronę, było to ćwiczenie, a zgłoszenie go było dokładnie tym, co trzeba.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Wiadomość do IT jest gotowa</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Napisz, o którą stronę chodzi, i wyślij.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Powiedz o tym zespołowi IT</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Napisz na {address}, o którą stronę chodzi: na tym komputerze nie otworzył się żaden program pocztowy.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Powiedz, o którą stronę chodzi: na tym komputerze nie ustawiono adresu do zgłoszeń.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>O programie PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Zatrzymuje ataki przez kopiuj-wklej: fałszywe CAPTCHA, FileFix, oszustwa w konsoli i fałszywą pomoc techniczną.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>zastosowane</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>nieprawidłowe; obowiązują ostatnie prawidłowe</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>nieprawidłowe; obowiązują wbudowane ustawienia w najsurowszej postaci</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Dziennik zdarzeń: {data}
Zasady: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu PasteGuard</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Chroniony</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Wstrzymaj na 15 minut</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Wstrzymaj na 1 godzinę</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Wstrzymaj do ponownego uruchomienia</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Wznów ochronę</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Przywróć ostatnio zablokowany tekst</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Otwórz dziennik zdarzeń</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Jak działają oszustwa z wklejaniem</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Zgłoś podejrzaną stronę…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>O programie PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>Zamknij PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>Wstrzymano do wznowienia lub ponownego uruchomienia</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Wstrzymano do {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Działa częściowo: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Chroniony: niebezpieczny tekst jest blokowany</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Chroniony: ryzykowne wklejanie jest zatrzymywane i wyjaśniane</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Tylko obserwacja: wklejanie jest zapisywane, nie zatrzymywane</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>klawiatura nie jest obserwowana, więc wklejenia nie są widoczne na bieżąco</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>wklejanie środkowym przyciskiem myszy nie jest obserwowane</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>okno na pierwszym planie nie jest znane na pewno</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>dziennika zdarzeń nie można zapisywać jak zwykle</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>dziennik zdarzeń został zmieniony przez inny program</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>folder reguł nie jest używany</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>ustawienia lub zasady mają problem</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>nie wszystkie listy twojej organizacji są używane</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>mechanizm przytrzymywania schowka nie działa</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>odczyt schowka nie działa</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard zablokował niebezpieczne polecenie</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard usunął niebezpieczny tekst ze schowka</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>Uruchomiono {tool}</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Czy ktoś przez telefon lub strona internetowa poprosił o uruchomienie tego programu? Jeśli to nie ty zadzwoniłeś, zamknij go i rozłącz się: prawdziwe wsparcie nigdy nie dzwoni pierwsze.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Nie ma czego przywrócić (mogło wygasnąć).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Nie można teraz odczytać dziennika zdarzeń: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Aby go przywrócić, użyj menu PasteGuard.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Zatrzymano ryzykowne wklejanie o {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Ryzykowne wklejenie o {time} mogło zostać wykonane</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Fałszywa CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Strona pokazuje pole „Nie jestem robotem”. Kliknięcie po cichu kopiuje polecenie. Potem strona każe nacisnąć Win+R, Ctrl+V i Enter: sam uruchomiłbyś program atakującego. Spacje wypychają prawdziwe polecenie poza widok, więc okno Uruchamianie pokazuje tylko niewinny wiersz „Nie jestem robotem”.</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Strona każe naciskać klawisze zamiast klikać albo wpisywać litery</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V albo „otwórz Terminal” w instrukcji</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>„Identyfikator weryfikacji”, który masz wkleić</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Prawdziwe CAPTCHA nigdy nie każą naciskać klawiszy poza stroną. Zamknij kartę.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Fałszywe ścieżki plików (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Strona oferuje dokument i prosi, by otworzyć Eksplorator plików, kliknąć pasek adresu i wkleić jego „ścieżkę”. Skopiowany tekst zaczyna się od polecenia, a kończy nazwą pliku po znaku komentarza, więc pasek wygląda jak zwykła ścieżka.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Strona chce, żebyś wkleił coś do Eksploratora plików albo okna Otwórz</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Przyciski „Kopiuj ścieżkę” przy dokumentach, o które nie prosisz</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Pobieraj pliki przeglądarką. Nigdy nie wklejaj ścieżki podanej przez stronę internetową.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Fałszywa pomoc techniczna i zdalny dostęp</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Głośne okno twierdzi, że komputer jest zainfekowany lub zablokowany, i pokazuje numer telefonu. „Technik” prosi o zainstalowanie programu do zdalnego dostępu albo wklejenie polecenia. Potem przejmuje Twój komputer, bank i pocztę.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Ostrzeżenie z numerem telefonu, często z dźwiękiem i na pełnym ekranie</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Ktoś dzwoni i prosi o instalację AnyDesk, TeamViewer, Quick Assist lub podobnego programu</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Presja: „zrób to teraz, bo stracisz wszystko”</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Rozłącz się i zamknij przeglądarkę (Alt+F4). Zadzwoń do zespołu IT pod numer, który już znasz. PasteGuard informuje, gdy uruchamia się program do zdalnego dostępu.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Wklejanie do konsoli przeglądarki (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Wiadomość na Discordzie, w Robloksie lub w mediach społecznościowych obiecuje prezenty albo weryfikację, jeśli naciśniesz F12 i wkleisz kod do konsoli. Kod działa w Twoim imieniu: wysyła oszustowi Twój token logowania, a ten przejmuje konto.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Instrukcje, które wspominają F12, „Konsolę” lub „Zbadaj”</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Darmowe Nitro, Robux, skiny albo nagroda za „weryfikację konta”</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Zamknij narzędzia deweloperskie. Żadna nagroda ani pomoc nie potrzebuje od Ciebie kodu.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Co zrobić zamiast tego</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Każda z tych sztuczek potrzebuje jednego: żebyś wkleił i nacisnął Enter. Wystarczy się tam zatrzymać. Nic się nie dzieje, dopóki tego nie uruchomisz.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Zamknij stronę lub czat, który Cię o to prosił</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Zapytaj swój zespół IT, dzwoniąc na numer lub pisząc na adres, który już znasz</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Użyj „Zgłoś do IT” w ostrzeżeniu PasteGuard, aby chronić też innych</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Jeśli coś już uruchomiłeś: odłącz się od sieci i od razu zadzwoń do IT. Zmień hasła z innego urządzenia.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Trzy rzeczy, które pomagają</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Jeśli jest za późno</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Jak to rozpoznać</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Fałszywa strona CAPTCHA każe nacisnąć Win+R, Ctrl+V i Enter</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Wiadomość prosi o wklejenie kodu do konsoli deweloperskiej przeglądarki</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Strona prosi o wklejenie „ścieżki pliku” do paska adresu Eksploratora</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Co zrobić zamiast tego: zatrzymać się, zamknąć stronę, zapytać IT</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Fałszywy alarm o wirusie, telefon i program do zdalnego dostępu</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Nie jestem robotem</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Kroki weryfikacji:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Naciśnij</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Naciśnij</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Naciśnij</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>Kliknięcie pola już skopiowało</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>polecenie do schowka.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Otwórz:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Nie jestem robotem - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Ukryte, poza widokiem:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…a potem 60 spacji</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Darmowe Nitro / Robux! Naciśnij F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>otwórz Konsolę, wklej to i</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>naciśnij Enter, aby odebrać!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Uwaga: nie wklejaj kodu, którego nie rozumiesz.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Oszuści przejmują w ten sposób konta.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Wysyła Twój token logowania oszustowi</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>Klucz do Twojego konta</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Twój plik jest gotowy</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Aby go otworzyć:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Otwórz Eksplorator plików</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Kliknij pasek adresu</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Wklej ścieżkę, naciśnij Enter</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiuj ścieżkę</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Eksplorator plików</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Co naprawdę jest w pasku:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>„Ścieżka”, która</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <source>command</source>
        <translation>polecenia</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Zatrzymaj się przed Enter</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Zamknij stronę</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Żadna prawdziwa strona nie każe</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>wklejać poleceń do Windows.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Zapytaj kogoś zaufanego</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Twój zespół IT, pod numerem, który</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>już znasz, nie z tej strony.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Zgłoś to</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>„Zgłoś do IT” w ostrzeżeniu zapisuje</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>szczegóły, by chronić innych.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Już wkleiłeś i uruchomiłeś?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Odłącz się od sieci, zadzwoń do IT.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>WYKRYTO WIRUSA</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Twój komputer jest zablokowany.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Zadzwoń teraz do „pomocy”:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>call</source>
        <translation>przychodzące</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>„Zainstaluj tę aplikację i</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>wklej to, a to naprawię”.</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Prawdziwa pomoc nigdy nie dzwoni pierwsza.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Zdalny dostęp = przejmują</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>komputer i konta.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Straszące okienka nie mogą zablokować komputera.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Zamknij przeglądarkę (Alt+F4) i zadzwoń do własnego zespołu IT.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Jak działają oszustwa z wklejaniem</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Wybierz stronę</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>Następna strona</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>Wpisy: {name}; zaznacz jeden i naciśnij Delete, aby go usunąć</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nowy wpis: {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Wpisz wpis i naciśnij Enter, aby go dodać</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Dodaj do: {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Dodaje wpisany tekst do listy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Usuń z: {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Usuwa zaznaczone wpisy</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>Osoba wybrała „Chroń mnie”.</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Dobra decyzja. Nic nie zostało wklejone.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>Zasady Twojej organizacji na to nie pozwalają.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>Tekst nie jest już dostępny; skopiuj go ponownie.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Zablokowany tekst wrócił do schowka.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>Zablokowany tekst jest z powrotem w schowku.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>Osoba wybrała „Wklej mimo to”.</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>Tekst jest w schowku: wklej go ponownie, aby go użyć.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Tej stronie nie można zaufać stąd.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>Osoba zaufała: {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>ten tekst jeden raz</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Ten tekst przejdzie raz: wklej go ponownie.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} jest zaufana do ponownego uruchomienia PasteGuard: wklej ponownie.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} jest zaufana przez {days} dni: wklej ponownie.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Nie udało się zapisać raportu: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Wiadomość do {address} jest otwarta w programie pocztowym: kliknij Wyślij.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Kopia trafia do dziennika bezpieczeństwa Twojego zespołu IT.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Nic nie zostało wysłane: pokaż to zespołowi IT albo opowiedz, co się stało.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Raport jest zapisany na tym komputerze: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>Ustawienia PasteGuard</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Blokuj: rozbrajaj niebezpieczny tekst w schowku, zatrzymuj ryzykowne wklejanie</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Ostrzegaj: zatrzymuj ryzykowne wklejanie i wyjaśniaj; nigdy nie zmieniaj schowka</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Monitoruj: tylko prowadź dziennik</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Pokazuj powiadomienia</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Zaufane strony</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Zaufane instalatory</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Uruchamiaj PasteGuard po zalogowaniu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Jak na tym komputerze</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Co PasteGuard robi z ryzykownym tekstem</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Pokazuj powiadomienie, gdy PasteGuard coś zablokuje</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Starsze zdarzenia są usuwane na zawsze</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>Język okien PasteGuard</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Uruchamiaj PasteGuard samodzielnie po zalogowaniu na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Ochrona:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Powiadomienia:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>Zaufane &amp;strony:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Podejrzany tekst z tych stron jest tylko zapisywany w dzienniku. Niebezpieczny tekst jest zawsze zatrzymywany.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>Zaufane &amp;instalatory:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Polecenia instalacyjne pobierające skrypty z tych adresów https nie są oznaczane.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Przechowuj &amp;dziennik przez:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Zapisz ustawienia i zamknij</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Zamknij bez zmian</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Zaufana do</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Żadna strona nie jest zaufana z ostrzeżenia.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Zaufane na &amp;teraz:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Strony zaufane na teraz</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Strony, którym zaufano z ostrzeżenia. Podejrzany tekst z nich (i z ich subdomen) jest przepuszczany do pokazanej daty; niebezpieczny tekst jest zawsze zatrzymywany. „Cofnij” od razu kończy zaufanie.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} i każdy adres pod nią</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Cofnij zaufanie do {site}</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>Przestań ufać {site} teraz; jej tekst jest oceniany ponownie</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>ponownego uruchomienia PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Autostart:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Dostarczane z instalatorem: zainstalowany PasteGuard uruchamia się po zalogowaniu.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Zablokowane: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Nie udało się zmienić autostartu: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Nie udało się zapisać ustawień: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>Zasady Twojej organizacji ustalają teraz te ustawienia; nie zostały zmienione: {keys}</translation>
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
        <translation>Stan PasteGuard</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu PasteGuard</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Wstrzymanie, wznowienie, przywrócenie zablokowanego tekstu, ustawienia i pomoc</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Otwórz dziennik zdarzeń</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Co PasteGuard zobaczył i zrobił</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Chroniony</translation>
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
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Przywróć zablokowany tekst do schowka</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Zamknij to powiadomienie</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>Dziennik zdarzeń PasteGuard</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Najnowsze na górze; wybierz jedno, aby zobaczyć całość</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Szczegóły zdarzenia</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Wszystko, co dziennik zawiera o tym zdarzeniu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Eksportuj widoczne zdarzenia</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Wczytaj dziennik ponownie</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Zapisz widoczne zdarzenia jako CSV, JSON Lines lub ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Usuń na zawsze zaznaczone zdarzenia</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Wybierz zdarzenie, aby zobaczyć je w całości.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>Zasady Twojej organizacji nie pozwalają usuwać zdarzeń</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Nie można odczytać dziennika zdarzeń: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>Pasujące zdarzenia: {n}</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Pasuje ponad {n} zdarzeń</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Zdarzenia na 5 minut, od {first} do {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Zdarzenia na godzinę, od {first} do {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Zdarzenia na dzień, od {first} do {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Zdarzenia na tydzień, od {first} do {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Eksportuj zdarzenia</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Eksportowanie pokazanych zdarzeń do {path}… (zamknięcie tego okna je przerywa)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Eksport się nie udał: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>Wyeksportowano zdarzenia ({n}) do {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Usuń zdarzenia</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>Usunąć na zawsze zdarzenia ({n})? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Nie udało się usunąć: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>Usunięto zdarzenia: {n}</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>strona internetowa</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>inny program</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>inna strona</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>zaszkodzić komputerowi</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>zrobić więcej, niż się wydaje</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>To oszustwo</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>Źródło: {origin}. Tekst w schowku każe Ci zadzwonić pod numer</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>tekst w schowku każe Ci zadzwonić pod numer</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Nie wklejaj tego</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Najpierw sprawdź</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>Źródło: {origin}. Kod w schowku mógłby {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>kod w schowku mógłby {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>Źródło: {origin}. Strona prosi o wklejenie adresu logowania, który mógłby {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>adres logowania w schowku mógłby {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>Źródło: {origin}. Polecenie w schowku mogłoby {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>polecenie w schowku mogłoby {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>Źródło: {origin}. Tekst w schowku mógłby {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>tekst w schowku mógłby {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Tekst prosi o telefon pod podany numer. Odbierają oszuści.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Mogłoby {action} (z {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Mogłoby {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>nieznane (żaden program ani strona tego nie podały)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>okno Uruchamianie (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>pasek adresu Eksploratora plików</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>konsola deweloperska przeglądarki</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>okno, którego PasteGuard nie rozpoznał</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard usunął to ze schowka, zanim cokolwiek mogło to wkleić. Nic nie zostało uruchomione.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard zatrzymał wklejanie. Nic nie zostało uruchomione.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard nie mógł zatrzymać tego wklejania: tekst może już tam być. Nie naciskaj Enter; wyczyść wiersz albo zamknij okno.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Nie wklejaj tego nigdzie. Kod w tym adresie daje dostęp do Twojego konta każdemu, kto go dostanie; żadne prawdziwe logowanie nie każe kopiować go z powrotem na stronę.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Nie dzwoń pod ten numer. Żadna prawdziwa firma, bank ani pomoc techniczna nie wkłada numeru telefonu do Twojego schowka. Zamknij stronę; jeśli już dzwoniłeś, rozłącz się i powiedz o tym zespołowi IT.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Zamknij okno, do którego wklejasz, i stronę, która Cię o to prosiła. Żadna prawdziwa strona, CAPTCHA ani pomoc techniczna nie każe wklejać poleceń do Windows.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Zamknij konsolę. Kto prosi o wklejenie tam kodu, chce Twojego konta: żadna nagroda, odblokowanie ani weryfikacja tak nie działa.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Nie uruchamiaj tego. Zamknij stronę lub czat, z którego to pochodzi, a w razie wątpliwości zapytaj zespół IT.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>Ostrzeżenie PasteGuard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Co by zrobiło:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>Skąd pochodzi:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Dokąd trafiało:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>Polecenie, bezpieczne do czytania:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>Skopiowany tekst z rozbrojonymi linkami i ukrytymi częściami oznaczonymi w nawiasach</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Pokaż cały tekst</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Dlaczego?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Dlaczego? Pokaż powody</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Pokazuje każdy powód tego ostrzeżenia i to, na co wskazuje tekst</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Powody tego ostrzeżenia</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Zgłoś do IT</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Zapisz raport dla zespołu IT; mówi, co i dokąd zostało wysłane</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Zaufaj tej stronie</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Zaufaj stronie, z której to pochodzi: jej podejrzane wklejanie będzie tylko zapisywane</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Tylko ten tekst, jeden raz</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Tej stronie przez {days} dni</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Tej stronie do ponownego uruchomienia PasteGuard</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Rozumiem ryzyko</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Zaznacz, aby mimo to móc wkleić tekst</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Wklej mimo to</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Przywróć tekst, aby móc go wkleić (niezalecane)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Chroń mnie</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Nie wklejaj; zamknij to ostrzeżenie</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>Tekst, bezpieczny do czytania:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Oznaczono: {parts}. To było przed Tobą ukryte.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Oznaczono: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>spacje: {n}</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>puste znaki: {n}</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>pozostałe znaki: {n}</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>ukryte wypełnienie</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>znaki niewidoczne lub sterujące</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>fałszywy tekst „Nie jestem robotem”</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>numer oszustów: nie dzwoń</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>znalezione w</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Wskazuje na</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>Sprawdzanie nie zdążyło się zakończyć, więc PasteGuard zachowuje ostrożność.</translation>
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
        <translation>Witaj w PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Tarcza PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard pilnuje ryzykownych wklejeń</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard Cię chroni</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Znajdziesz go jako tarczę obok zegara: kliknij, aby otworzyć menu, dziennik zdarzeń i ustawienia. Czerwona tarcza oznacza, że coś zatrzymał.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard został uruchomiony bez ikony w zasobniku systemowym: uruchom pasteguard viewer, aby zobaczyć dziennik zdarzeń, i pasteguard status, aby sprawdzić jego stan.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc otwarte zostaje małe okno PasteGuard: w jego menu są dziennik zdarzeń i ustawienia.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Niektóre strony i czaty nakłaniają ludzi do skopiowania polecenia i wklejenia go do okna Uruchamianie w Windows, terminala albo konsoli przeglądarki.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard sprawdza, co kopiujesz, i zapisuje każde wklejenie, które mogłoby uruchomić coś niebezpiecznego; na tym komputerze jest ustawiony tak, by je zapisywać, a nie zatrzymywać. Zwykłe kopiowanie i wklejanie działa jak dotąd.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard sprawdza, co kopiujesz. Gdy wklejenie uruchomiłoby coś niebezpiecznego, zatrzymuje je i prostymi słowami wyjaśnia dlaczego. Zwykłe kopiowanie i wklejanie działa jak dotąd.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>To, co kopiujesz, zostaje na tym komputerze, z wyjątkiem tego, co PasteGuard oznaczy: to trafia do dziennika bezpieczeństwa twojego działu IT, w bezpiecznej do czytania postaci i bez sekretów, takich jak hasła i klucze.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Nic, co kopiujesz, nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Aby na chwilę zezwolić na wklejanie, uruchom pasteguard pause --minutes 15; pasteguard resume kończy wstrzymanie.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Aby na chwilę zezwolić na wklejanie, wstrzymaj PasteGuard z jego menu: na 15 minut, godzinę lub do ponownego uruchomienia.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Co robi PasteGuard</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Jak działają oszustwa z wklejaniem</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Krótkie ilustrowane strony o tych sztuczkach</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Zamknij to okno; PasteGuard działa dalej</translation>
    </message>
</context>
</TS>
