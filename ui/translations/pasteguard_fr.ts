<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Événements dans le temps</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (comptage en cours, les plus récentes d&apos;abord : {done} barres sur {all} pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Comptage en cours : les barres avant le {when} ne sont pas encore comptées.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} événements ; la plus haute barre commence {when} avec {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>vu dans</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Couches décodées</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Versions écrites ({count} en tout)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID de l&apos;événement</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>Le texte (désarmé, parties cachées marquées)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>Le texte, tel que l&apos;événement {id} ({kind}) l&apos;a signalé (désarmé)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Malveillant</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Suspect ou pire</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Exercices (tous les résultats)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toutes les cibles</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Chercher dans le résumé, le texte, la source, les règles</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Seulement les événements de cette période</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>Le début de la période</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>La fin de la période</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Seulement les événements de ce niveau</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Seulement les événements de ce type</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Seulement les collages dans ce genre de fenêtre</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Seulement les événements dont le texte contient ces mots</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>La stratégie de votre organisation ne permet pas de remettre un texte bloqué.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>Le texte bloqué s&apos;affiche dans l&apos;alerte PasteGuard : confirmez-y.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Merci de l&apos;avoir signalé</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Un exercice de sécurité était en cours sur cet ordinateur : si c&apos;est cette page, c&apos;était l&apos;exercice, et la signaler était exactement ce qu&apos;il fallait faire.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Un e-mail à l&apos;IT est prêt</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Indiquez de quelle page il s&apos;agit, puis envoyez-le.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Prévenez votre équipe IT</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Écrivez à {address} en indiquant de quelle page il s&apos;agit : aucun programme de messagerie ne s&apos;est ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Dites-leur de quelle page il s&apos;agit : aucune adresse de signalement n&apos;est définie sur cet ordinateur.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>À propos de PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Arrête les attaques par copier-coller : faux CAPTCHA, FileFix, arnaques à la console et faux support technique.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>invalide ; la dernière valide s’applique</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>invalide ; les paramètres intégrés s’appliquent au plus strict</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Journal des événements : {data}
Stratégie : {policy} ({state})</translation>
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
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pause de 15 minutes</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pause de 1 heure</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Pause jusqu&apos;au redémarrage</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Reprendre la protection</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Remettre le dernier texte bloqué</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Ouvrir le journal des événements</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Comment fonctionnent les arnaques au collage</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Signaler une page suspecte…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>À propos de PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>Quitter PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>En pause jusqu&apos;à la reprise ou au redémarrage</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pause jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Fonctionne en partie : {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Protégé : le texte dangereux est bloqué</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Protégé : les collages risqués sont arrêtés et expliqués</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Observation seule : les collages sont journalisés, pas arrêtés</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>le clavier n’est pas surveillé : les collages ne sont pas vus sur le moment</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>les collages au clic du milieu ne sont pas surveillés</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>la fenêtre au premier plan n’est pas connue avec certitude</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>le journal des événements ne peut pas être écrit comme d’habitude</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>le journal des événements a été modifié par un autre programme</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>un dossier de règles n’est pas utilisé</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>les paramètres ou la stratégie posent un problème</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>les listes de votre organisation ne sont pas toutes utilisées</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>le gardien du presse-papiers ne fonctionne pas</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>la lecture du presse-papiers ne fonctionne pas</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard a bloqué une commande dangereuse</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard a retiré un texte dangereux de votre presse-papiers</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} vient de démarrer</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Quelqu’un au téléphone ou une page web vous a-t-il demandé de le lancer ? Si vous n’avez pas appelé vous-même, fermez-le et raccrochez : un vrai support n’appelle jamais en premier.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Rien à remettre (cela a peut-être expiré).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Le journal des événements ne peut pas être lu pour le moment : {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Pour le remettre, utilisez le menu PasteGuard.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Collage risqué arrêté à {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Un collage risqué a peut-être eu lieu à {time}</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Faux CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Une page affiche une case « Je ne suis pas un robot ». Un clic copie discrètement une commande. La page vous demande ensuite d&apos;appuyer sur Win+R, Ctrl+V et Entrée : vous lanceriez vous-même le programme de l&apos;attaquant. Des espaces poussent la vraie commande hors de vue, et la fenêtre Exécuter n&apos;affiche qu&apos;une ligne anodine « Je ne suis pas un robot ».</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Un site demande d&apos;appuyer sur des touches au lieu de cliquer ou de taper des lettres</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V ou « ouvrez le Terminal » dans les instructions</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Un « ID de vérification » à coller</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Les vrais CAPTCHA ne demandent jamais d&apos;appuyer sur des touches hors de la page. Fermez l&apos;onglet.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Faux chemins de fichier (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Une page propose un document et vous demande d&apos;ouvrir l&apos;Explorateur de fichiers, de cliquer dans la barre d&apos;adresse et d&apos;y coller son « chemin ». Le texte copié commence par une commande et finit par un nom de fichier après une marque de commentaire : la barre ressemble à un chemin ordinaire.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Un site veut que vous colliez quelque chose dans l&apos;Explorateur ou une boîte Ouvrir</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Des boutons « Copier le chemin » pour des documents que vous n&apos;avez pas demandés</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Téléchargez les fichiers avec le navigateur. Ne collez jamais un chemin donné par une page web.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Faux support technique et accès à distance</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Une fenêtre bruyante affirme que votre ordinateur est infecté ou bloqué et affiche un numéro de téléphone. Le « technicien » vous demande d&apos;installer un outil d&apos;accès à distance ou de coller une commande. Ensuite, il contrôle votre ordinateur, votre banque et vos e-mails.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Une alerte avec un numéro de téléphone, souvent avec du son et en plein écran</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Un appelant qui vous demande d&apos;installer AnyDesk, TeamViewer, Quick Assist ou un outil semblable</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>De la pression : « faites-le maintenant, sinon vous perdez tout »</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Raccrochez et fermez le navigateur (Alt+F4). Appelez votre équipe IT à un numéro que vous connaissez déjà. PasteGuard vous prévient quand un outil d&apos;accès à distance démarre.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Coller dans la console du navigateur (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Un message sur Discord, Roblox ou un réseau social promet des cadeaux ou une vérification si vous appuyez sur F12 et collez du code dans la console. Ce code agit en votre nom : il envoie votre jeton de connexion à l&apos;escroc, qui prend alors votre compte.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Des instructions qui parlent de F12, de « Console » ou d&apos;« Inspecter »</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Nitro, Robux, skins gratuits ou un prix « vérifie ton compte »</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Fermez les outils de développement. Aucun concours ni support n&apos;a besoin de votre code.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Que faire à la place</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Chacune de ces ruses a besoin d&apos;une seule chose : que vous colliez et appuyiez sur Entrée. S&apos;arrêter là suffit. Rien ne se passe tant que vous ne l&apos;exécutez pas.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Fermez la page ou la discussion qui vous l&apos;a demandé</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Demandez à votre équipe IT, par un numéro ou une adresse que vous connaissez déjà</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Utilisez « Signaler à l&apos;IT » dans l&apos;alerte PasteGuard pour protéger aussi les autres</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Si vous avez déjà exécuté quelque chose : déconnectez-vous du réseau et appelez l&apos;IT immédiatement. Changez vos mots de passe depuis un autre appareil.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Trois choses qui aident</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>S&apos;il est trop tard</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Comment la reconnaître</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Une fausse page CAPTCHA demande d&apos;appuyer sur Win+R, Ctrl+V et Entrée</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Un message demande de coller du code dans la console de développement du navigateur</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Une page demande de coller un « chemin de fichier » dans la barre d&apos;adresse de l&apos;Explorateur</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Que faire à la place : s&apos;arrêter, fermer la page, demander à l&apos;IT</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Une fausse alerte virus, un appel et un outil d&apos;accès à distance</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Je ne suis pas un robot</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Étapes de vérification :</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Appuyez sur</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Appuyez sur</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Appuyez sur</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>Le clic sur la case a déjà</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>une commande dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Ouvrir :</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Je ne suis pas un robot - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Caché, hors de vue :</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…suivi de 60 espaces</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Nitro / Robux gratuits ! Appuie sur F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>ouvre la Console, colle ceci et</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>appuie sur Entrée pour l&apos;obtenir !</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Attention : ne collez pas de code que vous ne comprenez pas.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Les escrocs s&apos;en servent pour prendre votre compte.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Envoie votre jeton de connexion à l&apos;escroc</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>La clé de votre compte</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Votre fichier est prêt</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Pour l&apos;ouvrir :</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Ouvrez l&apos;Explorateur de fichiers</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Cliquez dans la barre d&apos;adresse</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Collez le chemin, appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Explorateur de fichiers</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Ce que la barre contient vraiment :</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Un « chemin » qui</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>commence par une</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Arrêtez-vous avant Entrée</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Fermez la page</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Aucun vrai site ne vous demande de coller</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>des commandes dans Windows.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Demandez à quelqu&apos;un de confiance</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Votre équipe IT, par un numéro</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>déjà connu, pas celui de la page.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Signalez-le</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>« Signaler à l&apos;IT » dans l&apos;alerte enregistre</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>les détails pour protéger les autres.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Déjà collé et exécuté ?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Déconnectez-vous du réseau, appelez l&apos;IT.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VIRUS DÉTECTÉ</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Votre ordinateur est bloqué.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Appelez le « support » maintenant :</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>call</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>« Installez cette appli et</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>collez ceci pour que je répare. »</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Un vrai support n&apos;appelle jamais en premier.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Accès à distance = ils contrôlent</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>votre ordinateur et vos comptes.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Les fenêtres alarmantes ne peuvent pas bloquer votre ordinateur.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Fermez le navigateur (Alt+F4) et appelez votre propre équipe IT.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Comment fonctionnent les arnaques au collage</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Choisissez une page</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>La page précédente</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>La page suivante</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>Les entrées de {name} ; sélectionnez-en une et appuyez sur Suppr pour la retirer</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nouvelle entrée pour {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Saisissez une entrée et appuyez sur Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Ajouter à {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Ajoute l&apos;entrée saisie à la liste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Retirer de {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Retire les entrées sélectionnées</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>La personne a choisi « Me protéger ».</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Bien joué. Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>La stratégie de votre organisation ne le permet pas.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>Le texte n&apos;est plus disponible ; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Un texte bloqué a été remis dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>Le texte bloqué est de retour dans votre presse-papiers.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>La personne a choisi « Coller quand même ».</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>Le texte est dans votre presse-papiers : collez-le à nouveau pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Ce site ne peut pas être approuvé d&apos;ici.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>La personne a fait confiance à {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>ce texte une fois</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Ce texte passe une fois : collez-le à nouveau.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} est approuvé jusqu&apos;au redémarrage de PasteGuard : collez à nouveau.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} est approuvé pendant {days} jours : collez à nouveau.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Un e-mail à {address} est ouvert dans votre messagerie : cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Une copie part dans le journal de sécurité de votre équipe IT.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Rien n&apos;a été envoyé : montrez-le à votre équipe IT ou racontez-lui ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Le rapport est enregistré sur cet ordinateur : {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>Réglages de PasteGuard</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Bloquer : désarmer le texte dangereux du presse-papiers, arrêter les collages risqués</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Avertir : arrêter les collages risqués et expliquer ; ne jamais modifier le presse-papiers</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Surveiller : seulement tenir un journal</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Sites de confiance</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Installateurs de confiance</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Démarrer PasteGuard à ma connexion</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Ce que PasteGuard fait du texte risqué</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Afficher un avis quand PasteGuard bloque quelque chose</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Les événements plus anciens sont supprimés définitivement</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>La langue des fenêtres de PasteGuard</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Démarrer PasteGuard automatiquement à votre connexion sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protection :</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications :</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>&amp;Sites de confiance :</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Le texte suspect venant de ces sites est seulement journalisé. Le texte dangereux est toujours arrêté.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>&amp;Installateurs de confiance :</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Les commandes d&apos;installation qui chargent des scripts depuis ces adresses https ne sont pas signalées.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Conserver le &amp;journal pendant :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Enregistrer ces réglages et fermer</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien changer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>De confiance jusqu&apos;à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Aucun site n&apos;est approuvé depuis un avertissement.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Approuvés pour l&apos;ins&amp;tant :</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Sites approuvés pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Les sites que vous avez approuvés depuis un avertissement. Le texte suspect venant d&apos;eux (et de leurs sous-domaines) passe jusqu&apos;à la date indiquée ; le texte dangereux est toujours arrêté. « Révoquer » met fin à la confiance immédiatement.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} et toutes les adresses en dessous</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Révoquer la confiance en {site}</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>Ne plus faire confiance à {site} ; son texte est de nouveau jugé</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Redémarrage de PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Démarrage auto :</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Fourni par l&apos;installateur : le PasteGuard installé démarre à votre connexion.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Verrouillé : {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Le démarrage auto n&apos;a pas pu être modifié : {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>La stratégie de votre organisation fixe désormais ces réglages ; ils n&apos;ont pas été modifiés : {keys}</translation>
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
        <translation>État de PasteGuard</translation>
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
        <translation>Pause, reprise, texte bloqué à remettre, réglages et aide</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Ouvrir le journal des événements</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Ce que PasteGuard a vu et fait</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>PasteGuard: {state}</source>
        <translation>PasteGuard : {state}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Put it back</source>
        <translation>Le remettre</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Remettre le texte bloqué dans le presse-papiers</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>Journal des événements PasteGuard</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Les plus récents d&apos;abord ; choisissez-en un pour le voir en entier</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Tout ce que le journal contient sur l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Exporter les événements affichés</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Relire le journal</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Enregistrer les événements affichés en CSV, JSON Lines ou ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Supprimer définitivement les événements sélectionnés</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Choisissez un événement pour le voir en entier.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>La stratégie de votre organisation ne permet pas de supprimer des événements</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Le journal des événements est illisible : {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} événements trouvés</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Plus de {n} événements correspondent</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Événements par 5 minutes, de {first} à {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Événements par heure, de {first} à {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Événements par jour, du {first} au {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Événements par semaine, du {first} au {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Export des événements affichés vers {path}… (fermer cette fenêtre l’arrête)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Échec de l&apos;export : {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} événements exportés vers {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Supprimer des événements</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>Supprimer définitivement {n} événements ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Échec de la suppression : {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} événements supprimés</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>un autre site</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>nuire à votre ordinateur</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>faire plus qu&apos;il n&apos;y paraît</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>C&apos;est une arnaque</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} a mis dans votre presse-papiers un texte qui vous demande d&apos;appeler un numéro</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>le texte dans votre presse-papiers vous demande d&apos;appeler un numéro</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Ne collez pas ceci</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Vérifiez d&apos;abord</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} a mis dans votre presse-papiers du code qui pourrait {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>le code dans votre presse-papiers pourrait {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} vous demande de coller une adresse de connexion qui pourrait {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>l&apos;adresse de connexion dans votre presse-papiers pourrait {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} a mis dans votre presse-papiers une commande qui pourrait {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>la commande dans votre presse-papiers pourrait {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} a mis dans votre presse-papiers un texte qui pourrait {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>le texte dans votre presse-papiers pourrait {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Il vous demande d&apos;appeler un numéro de téléphone. Ce sont des escrocs qui répondent.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Il pourrait {action} (depuis {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Il pourrait {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>inconnu (aucun programme ni aucune page ne l&apos;a indiqué)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>la fenêtre Exécuter (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>la barre d&apos;adresse de l&apos;Explorateur de fichiers</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>un terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>la console de développement du navigateur</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>une fenêtre que PasteGuard n&apos;a pas pu identifier</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard l&apos;a retiré de votre presse-papiers avant que quoi que ce soit ne puisse le coller. Rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard a arrêté le collage. Rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard n&apos;a pas pu arrêter ce collage : le texte est peut-être déjà là. N&apos;appuyez pas sur Entrée ; effacez la ligne ou fermez la fenêtre.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Ne le collez nulle part. Le code de cette adresse ouvre votre compte à quiconque l&apos;obtient ; aucune vraie connexion ne vous demande de le recopier dans une page.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>N&apos;appelez pas ce numéro. Aucune vraie entreprise, banque ou assistance ne met un numéro de téléphone dans votre presse-papiers. Fermez la page ; si vous avez déjà appelé, raccrochez et prévenez votre équipe IT.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Fermez la fenêtre où vous colliez et la page web qui vous l&apos;a demandé. Aucun vrai site, CAPTCHA ou support ne demande de coller des commandes dans Windows.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Fermez la console. Quiconque vous demande d&apos;y coller du code veut votre compte : aucun prix, déblocage ou vérification ne fonctionne ainsi.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Ne l&apos;exécutez pas. Fermez la page ou la discussion qui vous l&apos;a donné, et demandez à votre équipe IT en cas de doute.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>Alerte PasteGuard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Ce qu&apos;elle ferait :</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>D&apos;où elle vient :</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Où elle allait :</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>La commande, rendue sûre à lire :</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>La commande</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>Le texte copié, liens désarmés et parties cachées marquées entre crochets</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Afficher tout le texte</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Pourquoi ? Afficher les raisons</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Affiche chaque raison de cette alerte et ce vers quoi pointe le texte</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Les raisons de cette alerte</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Signaler à l&apos;IT</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Enregistrer un rapport pour votre équipe IT ; il indique ce qui a été envoyé et où</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Faire confiance à ce site</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Faire confiance au site d&apos;origine : ses collages suspects seront seulement journalisés</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Seulement ce texte, une fois</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Ce site pendant {days} jours</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Ce site jusqu&apos;au redémarrage de PasteGuard</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Je comprends le risque</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Cochez pour pouvoir coller le texte quand même</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Coller quand même</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Remettre le texte pour pouvoir le coller (déconseillé)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Me protéger</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Ne pas coller ; fermer cette alerte</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>Le texte, rendu sûr à lire :</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Marqué : {parts}. Cela vous était caché.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Marqué : {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} espaces</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} caractères blancs</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>{n} caractères de plus</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>espaces cachés</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>caractères invisibles ou de contrôle</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>faux texte « Je ne suis pas un robot »</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>le numéro des escrocs : ne l&apos;appelez pas</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>vu dans</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Il pointe vers</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>La vérification n&apos;a pas pu se terminer : PasteGuard reste prudent.</translation>
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
        <translation>Bienvenue dans PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Bouclier de PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard surveille les collages risqués</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard vous protège</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Vous le trouverez sous forme de bouclier près de l&apos;horloge : cliquez dessus pour son menu, le journal des événements et les réglages. Un bouclier rouge signifie qu&apos;il a arrêté quelque chose.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard a été démarré sans icône dans la zone de notification : lancez pasteguard viewer pour le journal des événements, et pasteguard status pour voir son état.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : une petite fenêtre PasteGuard reste donc ouverte, et son menu donne accès au journal et aux réglages.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Certaines pages web et discussions poussent les gens à copier une commande et à la coller dans la fenêtre Exécuter de Windows, un terminal ou la console du navigateur.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard vérifie ce que vous copiez et enregistre tout collage qui pourrait exécuter quelque chose de dangereux ; sur cet ordinateur, il est réglé pour les enregistrer, pas pour les arrêter. Le copier-coller ordinaire fonctionne comme avant.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard vérifie ce que vous copiez. Quand un collage exécuterait quelque chose de dangereux, il l&apos;arrête et explique pourquoi, en mots simples. Le copier-coller ordinaire fonctionne comme avant.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Ce que vous copiez reste sur cet ordinateur, sauf ce que PasteGuard signale : le journal de sécurité de votre équipe IT le reçoit, rendu sûr à lire et sans secrets tels que mots de passe et clés.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Rien de ce que vous copiez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Pour laisser passer des collages un moment, lancez pasteguard pause --minutes 15 ; pasteguard resume met fin à la pause.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Pour laisser passer des collages un moment, mettez PasteGuard en pause depuis son menu : 15 minutes, une heure ou jusqu’au redémarrage.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Ce que fait PasteGuard</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Comment fonctionnent les arnaques au collage</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>De courtes pages illustrées sur ces ruses</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Fermer cette fenêtre ; PasteGuard continue de fonctionner</translation>
    </message>
</context>
</TS>
