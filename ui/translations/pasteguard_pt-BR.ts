<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Eventos ao longo do tempo</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (contando, as mais recentes primeiro: {done} de {all} barras até agora)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Ainda contando: as barras antes de {when} ainda não foram contadas.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Nenhum evento neste período.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} eventos; a barra mais alta começa {when} com {most}.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>visto em</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Camadas decodificadas</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Versões escritas ({count} no total)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID do evento</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>O texto (desarmado, partes escondidas marcadas)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>O texto, como o evento {id} ({kind}) o sinalizou (desarmado)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
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
        <translation>Nível</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Todo o período</translation>
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
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Qualquer nível</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Malicioso</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Suspeito ou pior</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspeito</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Simulações (todos os resultados)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Qualquer destino</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Pesquisar resumo, texto, origem, regras</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
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
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Mostrar só eventos deste período</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>O início do período</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>O fim do período</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Mostrar só eventos deste nível</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Mostrar só eventos deste tipo</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Mostrar só colagens neste tipo de janela</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Mostrar só eventos cujo texto tenha estas palavras</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>A política da sua organização não permite recuperar texto bloqueado.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>O texto bloqueado aparece no aviso do PasteGuard: confirme lá.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Obrigado por informar</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Havia uma simulação de segurança neste computador: se for essa a página, era a simulação, e informar foi exatamente o certo.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>Um e-mail para a TI está pronto</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Diga qual era a página e envie.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>Avise a sua equipe de TI</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>Escreva para {address} e diga qual era a página: nenhum programa de e-mail foi aberto neste computador.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Diga qual era a página: não há endereço de denúncia configurado neste computador.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Sobre o PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Impede ataques de copiar e colar: CAPTCHAs falsos, FileFix, golpes no console e falso suporte técnico.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhuma encontrada</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>inválida; vale a última válida</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>inválida; valem as configurações internas no modo mais rígido</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Registro de eventos: {data}
Política: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu do PasteGuard</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pausar por 15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar por 1 hora</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Pausar até reiniciar</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Retomar a proteção</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Recuperar o último texto bloqueado</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Abrir o registro de eventos</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Como funcionam os golpes de colar</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Informar uma página suspeita…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>Sobre o PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>Sair do PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>Pausado até você retomar ou reiniciar</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausado até {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Funcionando em parte: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Protegido: texto perigoso é bloqueado</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Protegido: colagens arriscadas são impedidas e explicadas</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Só observando: colagens são registradas, não impedidas</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>o teclado não é monitorado, então as colagens não são vistas na hora</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>colagens com o botão do meio não são monitoradas</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>a janela em primeiro plano não é conhecida com certeza</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>o registro de eventos não pode ser gravado como de costume</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>o registro de eventos foi alterado por outro programa</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>uma pasta de regras não está em uso</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>as configurações ou a política têm um problema</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>nem todas as listas da sua organização estão em uso</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>o retentor da área de transferência não funciona</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>a leitura da área de transferência não funciona</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>O PasteGuard bloqueou um comando perigoso</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>O PasteGuard tirou um texto perigoso da sua área de transferência</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} acabou de ser iniciado</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Alguém ao telefone ou uma página da web pediu para você iniciá-lo? Se não foi você quem ligou, feche-o e desligue: o suporte de verdade nunca liga primeiro.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Nada para devolver (pode ter expirado).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>O registro de eventos não pode ser lido agora: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Para devolvê-lo, use o menu do PasteGuard.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Colagem arriscada impedida às {time}</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Uma colagem arriscada pode ter passado às {time}</translation>
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
        <translation>Uma página mostra uma caixa &quot;Não sou um robô&quot;. Clicar nela copia um comando sem avisar. Depois a página pede Win+R, Ctrl+V e Enter: você mesmo rodaria o programa do atacante. Espaços empurram o comando real para fora da vista, e a caixa Executar só mostra uma linha inofensiva &quot;Não sou um robô&quot;.</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Um site pede para pressionar teclas em vez de clicar ou digitar letras</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Win+R, Win+X, Ctrl+V ou &quot;abra o Terminal&quot; nas instruções</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Um &quot;ID de verificação&quot; que você deve colar</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>CAPTCHAs de verdade nunca pedem teclas fora da página. Feche a aba.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Caminhos de arquivo falsos (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Uma página oferece um documento e pede para você abrir o Explorador de Arquivos, clicar na barra de endereço e colar o &quot;caminho&quot;. O texto copiado começa com um comando e termina com um nome de arquivo depois de um sinal de comentário, então a barra parece um caminho comum.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Um site quer que você cole algo no Explorador de Arquivos ou numa caixa Abrir</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>Botões &quot;Copiar caminho&quot; para documentos que você não pediu</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Baixe arquivos pelo navegador. Nunca cole um caminho que uma página te deu.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Falso suporte técnico e acesso remoto</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Uma janela barulhenta diz que seu computador está infectado ou bloqueado e mostra um número de telefone. O &quot;técnico&quot; pede para você instalar uma ferramenta de acesso remoto ou colar um comando. Depois ele controla seu computador, seu banco e seu e-mail.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Um aviso com número de telefone, muitas vezes com som e em tela cheia</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>Alguém que liga e pede para você instalar AnyDesk, TeamViewer, Quick Assist ou algo parecido</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Pressão: &quot;faça agora ou você perde tudo&quot;</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Desligue e feche o navegador (Alt+F4). Ligue para a sua equipe de TI num número que você já conhece. O PasteGuard avisa quando uma ferramenta de acesso remoto é iniciada.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Colar no console do navegador (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Uma mensagem no Discord, no Roblox ou numa rede social promete prêmios ou uma verificação se você pressionar F12 e colar um código no console. O código age como você: envia seu token de login para o golpista, que fica com a sua conta.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>Instruções que falam de F12, &quot;Console&quot; ou &quot;Inspecionar&quot;</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Nitro, Robux, skins grátis ou um prêmio por &quot;verificar sua conta&quot;</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Feche as ferramentas do desenvolvedor. Nenhum prêmio ou suporte precisa do seu código.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>O que fazer em vez disso</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Todos esses truques precisam de uma coisa só: que você cole e pressione Enter. Parar ali basta. Nada acontece até você executar.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Feche a página ou o chat que pediu isso</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>Pergunte à sua equipe de TI, por um número ou endereço que você já conhece</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Use &quot;Informar à TI&quot; no aviso do PasteGuard para proteger os outros também</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Se você já executou algo: desconecte-se da rede e ligue para a TI na hora. Troque suas senhas usando outro dispositivo.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>Três coisas que ajudam</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Se já for tarde</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Como reconhecer</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Uma página de CAPTCHA falsa pede Win+R, Ctrl+V e Enter</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Uma mensagem pede para colar código no console do desenvolvedor do navegador</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Uma página pede para colar um &quot;caminho de arquivo&quot; na barra de endereço do Explorador</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>O que fazer em vez disso: parar, fechar a página, perguntar à TI</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Um falso alerta de vírus, uma ligação e uma ferramenta de acesso remoto</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Não sou um robô</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Passos de verificação:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Pressione</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Pressione</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Pressione</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>O clique na caixa já colocou</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>um comando na área de transferência.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Abrir:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Não sou um robô - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Escondido, fora da vista:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…seguido de 60 espaços</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Nitro / Robux grátis! Aperte F12,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>abra o Console, cole isto e</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>aperte Enter para resgatar!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Atenção: não cole código que você não entende.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Golpistas usam isso para roubar sua conta.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Envia seu token de login para o golpista</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>A chave da sua conta</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Seu arquivo está pronto</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Para abrir:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Abra o Explorador de Arquivos</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Clique na barra de endereço</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Cole o caminho e pressione Enter</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Explorador de Arquivos</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>O que a barra contém de verdade:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Um &quot;caminho&quot; que</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>começa com um</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Pare antes do Enter</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Feche a página</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Nenhum site de verdade precisa que você</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>cole comandos no Windows ou num terminal.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Pergunte a alguém de confiança</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>Sua equipe de TI, num número que</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>você já conhece, não o da página.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>&quot;Informar à TI&quot; no aviso salva</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>os detalhes para proteger os outros.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Já colou e executou?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Desconecte-se da rede e ligue para a TI.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VÍRUS DETECTADO</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Seu computador está bloqueado.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>Ligue agora para o &quot;Suporte&quot;:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>call</source>
        <translation>recebida</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>&quot;Instale este app e</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>cole isto para eu consertar.&quot;</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Suporte de verdade nunca liga primeiro.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Acesso remoto = eles controlam</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>seu computador e suas contas.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Janelas assustadoras não conseguem bloquear seu computador.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Feche o navegador (Alt+F4) e ligue para a sua própria equipe de TI.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Como funcionam os golpes de colar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Escolha uma página</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>A página anterior</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>A próxima página</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>As entradas de {name}; selecione uma e pressione Delete para removê-la</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>Nova entrada para {name}</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Digite uma entrada e pressione Enter para adicioná-la</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Adicionar a {name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Adiciona a entrada digitada à lista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Remover de {name}</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Remove as entradas selecionadas</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>A pessoa escolheu &quot;Manter-me seguro&quot;.</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>Boa escolha. Nada foi colado.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>A política da sua organização não permite isso.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>O texto não está mais disponível; copie de novo.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Um texto bloqueado voltou para a área de transferência.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>O texto bloqueado está de volta na sua área de transferência.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>A pessoa escolheu &quot;Colar mesmo assim&quot;.</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>O texto está na sua área de transferência: cole de novo para usá-lo.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Não é possível confiar neste site daqui.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>A pessoa confiou em {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>este texto uma vez</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Este texto passa uma vez: cole de novo.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} é confiável até o PasteGuard reiniciar: cole de novo.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} é confiável por {days} dias: cole de novo.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Não foi possível salvar o relatório: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>Um e-mail para {address} está aberto no seu programa de e-mail: clique em Enviar.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Uma cópia vai para o registro de segurança da sua equipe de TI.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Nada foi enviado: mostre isto à sua equipe de TI ou conte o que aconteceu.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>O relatório está salvo neste computador: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>Configurações do PasteGuard</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Bloquear: desarmar texto perigoso na área de transferência e impedir colagens arriscadas</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Avisar: impedir colagens arriscadas e explicar; nunca mudar a área de transferência</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>Monitorar: só manter um registro</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificações</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Sites confiáveis</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Instaladores confiáveis</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Iniciar o PasteGuard quando eu entrar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>O que o PasteGuard faz com texto arriscado</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>Mostrar um aviso quando o PasteGuard bloquear algo</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Eventos mais antigos são excluídos de vez</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>O idioma das janelas do PasteGuard</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Iniciar o PasteGuard sozinho quando você entrar neste computador</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Proteção:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notificações:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>&amp;Sites confiáveis:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Texto suspeito destes sites só é registrado. Texto perigoso é sempre impedido.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>&amp;Instaladores confiáveis:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Comandos de instalação que baixam scripts destes endereços https não são sinalizados.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Manter o &amp;registro por:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Salvar estas configurações e fechar</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fechar sem mudar nada</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Confiável até</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Nenhum site é confiável a partir de um aviso.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Confiáveis por a&amp;gora:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Sites confiáveis por agora</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Sites em que você confiou a partir de um aviso. Texto suspeito deles (e de seus subdomínios) passa até a data mostrada; texto perigoso é sempre impedido. &quot;Revogar&quot; encerra a confiança na hora.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} e todos os endereços abaixo dele</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>Revogar a confiança em {site}</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>Deixar de confiar em {site} agora; o texto dele é avaliado de novo</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>Reinício do PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Início automático:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Vem com o instalador: o PasteGuard instalado inicia quando você entra na sessão.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Bloqueado: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Não foi possível mudar o início automático: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>A política da sua organização agora define estes itens; eles não foram alterados: {keys}</translation>
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
        <translation>Status do PasteGuard</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>Menu do PasteGuard</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Pausar, retomar, recuperar um texto bloqueado, configurações e ajuda</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Abrir o registro de eventos</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>O que o PasteGuard viu e fez</translation>
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
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Devolver o texto bloqueado para a área de transferência</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fechar este aviso</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>Registro de eventos do PasteGuard</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Mais recentes primeiro; escolha um para vê-lo por inteiro</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalhes do evento</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Tudo o que o registro guarda sobre o evento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Exportar os eventos mostrados</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Excluir seleção</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Ler o registro de novo</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Salvar os eventos mostrados como CSV, JSON Lines ou ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Excluir de vez os eventos selecionados</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Escolha um evento para vê-lo por inteiro.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>A política da sua organização não permite excluir eventos</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Não é possível ler o registro de eventos: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} eventos encontrados</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>Mais de {n} eventos correspondem</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>Eventos a cada 5 minutos, de {first} a {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Eventos por hora, de {first} a {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Eventos por dia, de {first} a {last}</translation>
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
        <translation>Exportando os eventos mostrados para {path}… (fechar esta janela interrompe)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Falha ao exportar: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} eventos exportados para {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Excluir eventos</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>Excluir {n} eventos de vez? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Falha ao excluir: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} eventos excluídos</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>uma página da web</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>outro site</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>prejudicar seu computador</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>fazer mais do que parece</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Isto é um golpe</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} colocou na sua área de transferência um texto que pede para você ligar para um número</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>o texto na sua área de transferência pede para você ligar para um número</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Não cole isto</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Verifique antes</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} colocou na sua área de transferência um código que poderia {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>o código na sua área de transferência poderia {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} pede para você colar um endereço de login que poderia {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>o endereço de login na sua área de transferência poderia {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} colocou na sua área de transferência um comando que poderia {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>o comando na sua área de transferência poderia {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} colocou na sua área de transferência um texto que poderia {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>o texto na sua área de transferência poderia {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Ele pede para você ligar para um número. Quem atende são golpistas.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Poderia {action} (de {host}).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Poderia {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>desconhecido (nenhum programa ou página informou)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>a caixa Executar (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>a barra de endereço do Explorador de Arquivos</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>um terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>o console do desenvolvedor do navegador</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>uma janela que o PasteGuard não conseguiu identificar</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>O PasteGuard tirou isto da sua área de transferência antes que algo pudesse colá-lo. Nada foi executado.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>O PasteGuard impediu a colagem. Nada foi executado.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>O PasteGuard não conseguiu impedir esta colagem: o texto pode já estar lá. Não pressione Enter; apague a linha ou feche a janela.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Não cole isso em lugar nenhum. O código neste endereço dá acesso à sua conta a quem o tiver; nenhum login de verdade pede para você copiá-lo de volta numa página.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Não ligue para esse número. Nenhuma empresa, banco ou suporte de verdade coloca um número de telefone na sua área de transferência. Feche a página; se já ligou, desligue e avise a sua equipe de TI.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Feche a janela em que você ia colar e a página que pediu isso. Nenhum site, CAPTCHA ou suporte de verdade pede para colar comandos no Windows.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Feche o console. Quem pede para você colar código ali quer a sua conta: nenhum prêmio, desbloqueio ou verificação funciona assim.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Não execute. Feche a página ou o chat que enviou isso e, se tiver dúvida, pergunte à sua equipe de TI.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>Aviso do PasteGuard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>O que faria:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>De onde veio:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Para onde ia:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>O comando, seguro para ler:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>O comando</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>O texto copiado com links desarmados e partes escondidas marcadas entre colchetes</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Mostrar o texto inteiro</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Por quê?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Por quê? Mostrar os motivos</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Mostra cada motivo deste aviso e para onde o texto aponta</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Os motivos deste aviso</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>Informar à TI</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>Salvar um relatório para a sua equipe de TI; ele diz o que foi enviado e para onde</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Confiar neste site</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Confiar no site de origem: as colagens suspeitas dele serão só registradas</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Só este texto, uma vez</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Este site por {days} dias</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Este site até o PasteGuard reiniciar</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Entendo o risco</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Marque para poder colar o texto mesmo assim</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Colar mesmo assim</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Devolver o texto para você poder colá-lo (não recomendado)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Manter-me seguro</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Não colar; fechar este aviso</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>O texto, seguro para ler:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>Marcado: {parts}. Isso estava escondido de você.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>Marcado: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} espaços</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} caracteres em branco</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>mais {n} caracteres</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>espaços escondidos</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>caracteres invisíveis ou de controle</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>texto falso &quot;Não sou um robô&quot;</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>o número dos golpistas: não ligue</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>visto em</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Aponta para</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>A verificação não terminou, então o PasteGuard prefere ser cauteloso.</translation>
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
        <translation>Boas-vindas ao PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>Escudo do PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>O PasteGuard está atento a colagens arriscadas</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>O PasteGuard está protegendo você</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Ele aparece como um escudo perto do relógio: clique para ver o menu, o registro de eventos e as configurações. Um escudo vermelho quer dizer que ele impediu algo.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>O PasteGuard foi iniciado sem ícone na bandeja do sistema: execute pasteguard viewer para ver o registro de eventos e pasteguard status para ver como ele está.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema, então uma pequena janela do PasteGuard fica aberta: o menu dela tem o registro de eventos e as configurações.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Algumas páginas e chats enganam as pessoas para copiar um comando e colá-lo na caixa Executar do Windows, num terminal ou no console do navegador.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>O PasteGuard confere o que você copia e registra qualquer colagem que possa executar algo perigoso; neste computador ele está configurado para registrá-las, não para impedi-las. Copiar e colar normal funciona como antes.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>O PasteGuard confere o que você copia. Quando uma colagem executaria algo perigoso, ele a impede e explica o motivo em palavras simples. Copiar e colar normal funciona como antes.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>O que você copia fica neste computador, exceto o que o PasteGuard sinaliza: isso vai para o registro de segurança da sua equipe de TI, tornado seguro para leitura e sem segredos como senhas e chaves.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Nada do que você copia sai deste computador.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Para permitir colagens por um tempo, execute pasteguard pause --minutes 15; pasteguard resume encerra a pausa.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Para permitir colagens por um tempo, pause o PasteGuard pelo menu: por 15 minutos, uma hora ou até reiniciar.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>O que o PasteGuard faz</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Como funcionam os golpes de colar</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Páginas curtas e ilustradas sobre os truques</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendi</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Fechar esta janela; o PasteGuard continua funcionando</translation>
    </message>
</context>
</TS>
