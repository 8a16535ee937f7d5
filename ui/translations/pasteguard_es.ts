<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Eventos en el tiempo</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (contando, las más recientes primero: {done} de {all} barras por ahora)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Aún contando: las barras anteriores a {when} todavía no se han contado.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>No hay eventos en este periodo.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} eventos; la barra más alta empieza {when} con {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>visto en</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Capas decodificadas</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Versiones escritas ({count} en total)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID del evento</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>El texto (desactivado, partes ocultas marcadas)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>El texto, tal como lo marcó el evento {id} ({kind}) (desactivado)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Malicioso</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Sospechoso o peor</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpio</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Simulacros (todos los resultados)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Cualquier destino</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Buscar en resumen, texto, origen, reglas</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Mostrar solo eventos de este periodo</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>El inicio del intervalo</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>El final del intervalo</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Mostrar solo eventos de este nivel</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Mostrar solo eventos de este tipo</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Mostrar solo pegados en este tipo de ventana</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Mostrar solo eventos cuyo texto contenga estas palabras</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>La directiva de tu organización no permite recuperar texto bloqueado.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>El texto bloqueado se muestra en el aviso de PasteGuard: confírmalo allí.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Gracias por informar</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>En este equipo había un simulacro de seguridad: si es esa la página, era el simulacro, e informarlo fue justo lo correcto.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Hay un correo para TI listo</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Indica qué página era y envíalo.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Avisa a tu equipo de TI</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Escribe a {address} y di qué página era: en este equipo no se abrió ningún programa de correo.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Diles qué página era: en este equipo no hay una dirección para informes.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Acerca de PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Detiene los ataques de copiar y pegar: CAPTCHA falsos, FileFix, estafas en la consola y falso soporte técnico.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>no válida; se aplica la última válida</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>no válida; se aplican los ajustes integrados en su forma más estricta</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Registro de eventos: {data}
Directiva: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menú de PasteGuard</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pausar 15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar 1 hora</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Pausar hasta reiniciar</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Reanudar la protección</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Recuperar el último texto bloqueado</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Abrir el registro de eventos</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Cómo funcionan las estafas de pegado</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Informar de una página sospechosa…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Acerca de PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>Salir de PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>En pausa hasta que la reanudes o reinicies</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Funciona en parte: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Protegido: el texto peligroso se bloquea</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Protegido: los pegados arriesgados se detienen y se explican</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Solo observar: los pegados se registran, no se detienen</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>el teclado no se vigila, así que los pegados no se ven al momento</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>los pegados con el botón central no se vigilan</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>no se sabe con certeza qué ventana está delante</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>el registro de eventos no se puede escribir como de costumbre</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>otro programa ha cambiado el registro de eventos</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>no se usa una carpeta de reglas</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>la configuración o la directiva tienen un problema</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>no todas las listas de su organización están en uso</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>el retenedor del portapapeles no funciona</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>la lectura del portapapeles no funciona</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard bloqueó un comando peligroso</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard quitó un texto peligroso de tu portapapeles</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} acaba de iniciarse</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>¿Le pidió alguien por teléfono o una página web que lo iniciara? Si no llamó usted, ciérrelo y cuelgue: el soporte real nunca llama primero.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>No hay nada que recuperar (puede haber caducado).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>El registro de eventos no se puede leer ahora: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Para recuperarlo, usa el menú de PasteGuard.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Pegado arriesgado detenido a las {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Un pegado peligroso pudo haberse realizado a las {time}</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>CAPTCHA falso (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Una página muestra una casilla «No soy un robot». Al hacer clic, copia un comando sin avisar. Luego te pide pulsar Win+R, Ctrl+V e Intro: ejecutarías tú mismo el programa del atacante. Unos espacios empujan el comando real fuera de la vista, y el cuadro Ejecutar solo muestra una línea inofensiva «No soy un robot».</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Un sitio web te pide pulsar teclas en lugar de hacer clic o escribir letras</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V o «abre el Terminal» en las instrucciones</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Un «ID de verificación» que debes pegar</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Los CAPTCHA reales nunca piden pulsar teclas fuera de la página. Cierra la pestaña.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Rutas de archivo falsas (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Una página ofrece un documento y te pide abrir el Explorador de archivos, hacer clic en la barra de direcciones y pegar su «ruta». El texto copiado empieza con un comando y termina con un nombre de archivo tras un signo de comentario, así que la barra parece una ruta normal.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Un sitio quiere que pegues algo en el Explorador de archivos o en un cuadro Abrir</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Botones «Copiar ruta» para documentos que no pediste</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Descarga los archivos con el navegador. Nunca pegues una ruta que te dé una página web.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Falso soporte técnico y acceso remoto</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Una ventana ruidosa dice que tu equipo está infectado o bloqueado y muestra un número de teléfono. El «técnico» te pide instalar una herramienta de acceso remoto o pegar un comando. Después controla tu equipo, tu banco y tu correo.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Un aviso con un número de teléfono, a menudo con sonido y a pantalla completa</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Alguien que llama y te pide instalar AnyDesk, TeamViewer, Quick Assist o algo parecido</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Presión: «hazlo ya o lo pierdes todo»</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Cuelga y cierra el navegador (Alt+F4). Llama a tu equipo de TI a un número que ya conozcas. PasteGuard te avisa cuando se inicia una herramienta de acceso remoto.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Pegar en la consola del navegador (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Un mensaje en Discord, Roblox o una red social promete regalos o una verificación si pulsas F12 y pegas código en la consola. El código actúa como tú: envía tu token de sesión al estafador, que se queda con tu cuenta.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Instrucciones que mencionan F12, «Consola» o «Inspeccionar»</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Nitro, Robux, skins gratis o un premio por «verificar tu cuenta»</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Cierra las herramientas de desarrollo. Ningún premio ni soporte necesita código tuyo.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Qué hacer en su lugar</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Todos estos trucos necesitan una sola cosa: que pegues y pulses Intro. Basta con detenerte ahí. No pasa nada hasta que lo ejecutas.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Cierra la página o el chat que te lo pidió</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Pregunta a tu equipo de TI, con un número o una dirección que ya conozcas</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Usa «Informar a TI» en el aviso de PasteGuard para proteger también a los demás</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Si ya ejecutaste algo: desconéctate de la red y llama a TI enseguida. Cambia tus contraseñas desde otro dispositivo.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Tres cosas que ayudan</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Si ya es tarde</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Cómo reconocerla</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Una página de CAPTCHA falsa te pide pulsar Win+R, Ctrl+V e Intro</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Un mensaje te pide pegar código en la consola de desarrollo del navegador</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Una página te pide pegar una «ruta de archivo» en la barra de direcciones del Explorador</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Qué hacer en su lugar: detenerte, cerrar la página, preguntar a TI</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Una falsa alerta de virus, una llamada y una herramienta de acceso remoto</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>No soy un robot</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Pasos de verificación:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Pulsa</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Pulsa</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Pulsa</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>El clic en la casilla ya puso</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>un comando en tu portapapeles.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Abrir:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># No soy un robot - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Oculto, fuera de la vista:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…seguido de 60 espacios</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>¡Nitro / Robux gratis! Pulsa F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>abre la Consola, pega esto y</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>¡pulsa Intro para reclamarlo!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Atención: no pegues código que no entiendas.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Los estafadores lo usan para quedarse con tu cuenta.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Envía tu token de sesión al estafador</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>La llave de tu cuenta</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Tu archivo está listo</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Para abrirlo:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Abre el Explorador de archivos</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Haz clic en la barra de direcciones</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Pega la ruta y pulsa Intro</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Explorador de archivos</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Lo que la barra contiene de verdad:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Una «ruta» que</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>empieza con un</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Detente antes de Intro</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Cierra la página</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Ningún sitio real necesita que pegues</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>comandos en Windows ni en un terminal.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Pregunta a alguien de confianza</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Tu equipo de TI, con un número que</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>ya conozcas, no el de la página.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Infórmalo</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>«Informar a TI» en el aviso guarda</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>los detalles para proteger a otros.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>¿Ya lo pegaste y ejecutaste?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Desconéctate de la red, llama a TI.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VIRUS DETECTADO</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Tu equipo está bloqueado.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Llama ya al «Soporte»:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>call</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>«Instala esta app y</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>pegue esto para que lo arregle».</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>El soporte real nunca llama primero.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Acceso remoto = controlan</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>tu equipo y tus cuentas.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Las ventanas alarmantes no pueden bloquear tu equipo.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Cierra el navegador (Alt+F4) y llama a tu propio equipo de TI.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Cómo funcionan las estafas de pegado</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Elige una página</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>La página anterior</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>La página siguiente</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>Las entradas de {name}; selecciona una y pulsa Supr para quitarla</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nueva entrada para {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Escribe una entrada y pulsa Intro para añadirla</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Añade la entrada escrita a la lista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Quitar de {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Quita las entradas seleccionadas</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>La persona eligió «Mantenerme a salvo».</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Bien hecho. No se pegó nada.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>La directiva de tu organización no lo permite.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>El texto ya no está disponible; cópialo de nuevo.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Se devolvió al portapapeles un texto bloqueado.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>El texto bloqueado vuelve a estar en tu portapapeles.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>La persona eligió «Pegar de todos modos».</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>El texto está en tu portapapeles: pégalo de nuevo para usarlo.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>No se puede confiar en este sitio desde aquí.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>La persona confió en {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>este texto una vez</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Este texto pasa una vez: pégalo de nuevo.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} es de confianza hasta que PasteGuard se reinicie: vuelve a pegar.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} es de confianza durante {days} días: vuelve a pegar.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>No se pudo guardar el informe: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Hay un correo para {address} abierto en tu programa de correo: pulsa Enviar.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Se envía una copia al registro de seguridad de tu equipo de TI.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>No se envió nada: enséñaselo a tu equipo de TI o cuéntales qué pasó.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>El informe está guardado en este equipo: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>Configuración de PasteGuard</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Bloquear: desactivar el texto peligroso del portapapeles y detener los pegados arriesgados</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Avisar: detener los pegados arriesgados y explicarlos; nunca cambiar el portapapeles</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Supervisar: solo llevar un registro</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Sitios de confianza</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Instaladores de confianza</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Iniciar PasteGuard al iniciar sesión</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>Qué hace PasteGuard con el texto arriesgado</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Mostrar un aviso cuando PasteGuard bloquee algo</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Los eventos más antiguos se eliminan para siempre</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>El idioma de las ventanas de PasteGuard</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Iniciar PasteGuard solo cuando inicies sesión en este equipo</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protección:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notificaciones:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>&amp;Sitios de confianza:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>El texto sospechoso de estos sitios solo se registra. El texto peligroso se detiene siempre.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>&amp;Instaladores de confianza:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Los comandos de instalación que descargan scripts de estas direcciones https no se marcan.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Conservar el &amp;registro durante:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Guardar esta configuración y cerrar</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>De confianza hasta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Ningún sitio es de confianza desde una advertencia.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>De confianza por a&amp;hora:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Sitios de confianza por ahora</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Sitios en los que confió desde una advertencia. El texto sospechoso de ellos (y de sus subdominios) se deja pasar hasta la fecha indicada; el texto peligroso se detiene siempre. «Revocar» termina la confianza al instante.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} y todas las direcciones bajo él</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Revocar la confianza en {site}</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>Dejar de confiar en {site} ahora; su texto se vuelve a juzgar</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Reinicio de PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Inicio automático:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Viene con el instalador: el PasteGuard instalado se inicia cuando inicias sesión.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Bloqueado: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>No se pudo cambiar el inicio automático: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>No se pudo guardar la configuración: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>La directiva de tu organización ahora fija estos ajustes; no se cambiaron: {keys}</translation>
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
        <translation>Estado de PasteGuard</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menú de PasteGuard</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Pausar, reanudar, recuperar un texto bloqueado, configuración y ayuda</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Abrir el registro de eventos</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>Lo que PasteGuard vio e hizo</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
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
        <translation>Recuperarlo</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Devolver el texto bloqueado al portapapeles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>Registro de eventos de PasteGuard</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Los más recientes primero; elige uno para verlo completo</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Todo lo que el registro guarda sobre el evento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Exportar los eventos mostrados</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar selección</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Volver a leer el registro</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Guardar los eventos mostrados como CSV, JSON Lines o ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Eliminar para siempre los eventos seleccionados</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Elige un evento para verlo completo.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>La directiva de tu organización no permite eliminar eventos</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>No se puede leer el registro de eventos: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} eventos coinciden</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Más de {n} eventos coinciden</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Eventos cada 5 minutos, de {first} a {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Eventos por hora, de {first} a {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Eventos por día, de {first} a {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Eventos por semana, de {first} a {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Exportando los eventos mostrados a {path}… (cerrar esta ventana lo detiene)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>No se pudo exportar: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} eventos exportados a {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Eliminar eventos</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>¿Eliminar {n} eventos para siempre? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>No se pudo eliminar: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} eventos eliminados</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>otro sitio</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>dañar tu equipo</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>hacer más de lo que parece</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Esto es una estafa</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} puso en tu portapapeles un texto que te pide llamar a un número</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>el texto de tu portapapeles te pide llamar a un número</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>No pegues esto</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Compruébalo primero</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} puso en tu portapapeles código que podría {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>el código de tu portapapeles podría {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} te pide pegar una dirección de inicio de sesión que podría {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>la dirección de inicio de sesión de tu portapapeles podría {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} puso en tu portapapeles un comando que podría {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>el comando de tu portapapeles podría {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} puso en tu portapapeles un texto que podría {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>el texto de tu portapapeles podría {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Te pide llamar a un número de teléfono. Quienes contestan son estafadores.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Podría {action} (desde {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Podría {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>desconocido (ningún programa ni página lo indicó)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>el cuadro Ejecutar (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>la barra de direcciones del Explorador de archivos</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>un terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>la consola de desarrollo del navegador</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>una ventana que PasteGuard no pudo identificar</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard quitó esto de tu portapapeles antes de que nada pudiera pegarlo. No se ha ejecutado nada.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard detuvo el pegado. No se ha ejecutado nada.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard no pudo detener este pegado: puede que el texto ya esté ahí. No pulses Intro; borra la línea o cierra la ventana.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>No lo pegues en ningún sitio. El código de esta dirección da acceso a tu cuenta a quien lo tenga; ningún inicio de sesión real te pide copiarlo de vuelta en una página.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>No llames a ese número. Ninguna empresa, banco o servicio de soporte real pone un número de teléfono en tu portapapeles. Cierra la página; si ya llamaste, cuelga y avisa a tu equipo de TI.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Cierra la ventana donde ibas a pegar y la página web que te lo pidió. Ningún sitio real, CAPTCHA o soporte te pide pegar comandos en Windows.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Cierra la consola. Quien te pide pegar código ahí quiere tu cuenta: ningún premio, desbloqueo o verificación funciona así.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>No lo ejecutes. Cierra la página o el chat que te lo dio y, si tienes dudas, pregunta a tu equipo de TI.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>Aviso de PasteGuard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Qué haría:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>De dónde vino:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Adónde iba:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>El comando, seguro de leer:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>El comando</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>El texto copiado con los enlaces desactivados y las partes ocultas marcadas entre corchetes</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Mostrar todo el texto</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>¿Por qué? Mostrar los motivos</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Muestra cada motivo de este aviso y a qué apunta el texto</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Los motivos de este aviso</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Informar a TI</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Guardar un informe para tu equipo de TI; indica qué se envió y adónde</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Confiar en este sitio</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Confiar en el sitio de origen: sus pegados sospechosos solo se registrarán</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Solo este texto, una vez</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Este sitio durante {days} días</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Este sitio hasta que PasteGuard se reinicie</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Entiendo el riesgo</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Marca esto para poder pegar el texto de todos modos</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Pegar de todos modos</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Devolver el texto para poder pegarlo (no recomendado)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Mantenerme a salvo</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>No pegar; cerrar este aviso</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>El texto, seguro de leer:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Marcado: {parts}. Estaba oculto para ti.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Marcado: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} espacios</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} caracteres en blanco</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>{n} caracteres más</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>relleno oculto</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>caracteres invisibles o de control</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>texto falso «No soy un robot»</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>el número de los estafadores: no llames</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>visto en</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>La comprobación no pudo terminar, así que PasteGuard actúa con cautela.</translation>
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
        <translation>Te damos la bienvenida a PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Escudo de PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard vigila los pegados peligrosos</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard te protege</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Lo encontrarás como un escudo junto al reloj: haz clic para ver su menú, el registro de eventos y la configuración. Un escudo rojo significa que detuvo algo.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard se inició sin icono en la bandeja del sistema: ejecute pasteguard viewer para ver el registro de eventos y pasteguard status para ver cómo está.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que queda abierta una pequeña ventana de PasteGuard: su menú contiene el registro de eventos y la configuración.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Algunas páginas web y chats engañan a la gente para que copie un comando y lo pegue en el cuadro Ejecutar de Windows, un terminal o la consola del navegador.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard revisa lo que copias y registra cualquier pegado que pueda ejecutar algo peligroso; en este equipo está configurado para registrarlos, no para detenerlos. Copiar y pegar normal funciona como siempre.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard revisa lo que copias. Cuando un pegado ejecutaría algo peligroso, lo detiene y te explica por qué, con palabras sencillas. Copiar y pegar normal funciona como siempre.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Lo que copias se queda en este equipo, salvo lo que PasteGuard marca: eso llega al registro de seguridad de tu equipo de TI, hecho seguro de leer y sin secretos como contraseñas y claves.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Nada de lo que copias sale de este equipo.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Para permitir pegar durante un rato, ejecute pasteguard pause --minutes 15; pasteguard resume termina la pausa.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Para permitir pegar durante un rato, pause PasteGuard desde su menú: 15 minutos, una hora o hasta que se reinicie.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>Qué hace PasteGuard</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Cómo funcionan las estafas de pegado</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Páginas breves e ilustradas sobre los trucos</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Cerrar esta ventana; PasteGuard sigue funcionando</translation>
    </message>
</context>
</TS>
