"""fpover23 texts, fpover22's leftovers: agents installed from a company's intranet or IT section
whose address names products only (fleet, osquery, falcon), a bank's own help pages about a
locked account that give the bank's own number, and browser-console snippets from MDN, web.dev
and Chrome's docs that only read the page they run on (own words; invented companies on
reserved names, vendors' install lines as their own docs give them)."""


def each(source, target, *texts):
    return [(source, target, t) for t in texts]


# --- agents from a company's intranet / IT section whose path names only the product ---------
INTRANET = [
    *each(
        "https://intranet.northwind.example/it/fleet-osquery",
        "terminal",
        "sudo installer -pkg ~/Downloads/fleet-osquery.pkg -target /",
        "sudo dpkg -i ./fleet-osquery_1.24.0_amd64.deb && sudo systemctl status orbit",
        "fleetctl package --type=msi --fleet-url=https://fleet.northwind.example --enroll-secret=$ENROLL_SECRET",
    ),
    *each(
        "https://it.fabrikam.example/endpoint/falcon-sensor",
        "terminal",
        "sudo /opt/CrowdStrike/falconctl -s --cid=$FALCON_CID && sudo systemctl start falcon-sensor",
        "sudo /opt/CrowdStrike/falconctl -g --rfm-state",
        "sudo rpm -ivh falcon-sensor-7.14.0-16703.el9.x86_64.rpm",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/osquery",
        "terminal",
        "osqueryi \"SELECT name, version FROM programs WHERE name LIKE '%Zoom%';\"",
        "sudo osqueryctl start && sudo osqueryctl status",
        'osqueryi --json "SELECT * FROM system_info;" > ~/Desktop/system_info.json',
    ),
    *each(
        "https://it.globex.example/tools/tailscale",
        "terminal",
        "sudo tailscale up --login-server=https://headscale.globex.example --accept-routes",
        "tailscale status && tailscale ip -4",
    ),
    *each(
        "https://intranet.initech.example/it/sentinelone",
        "terminal",
        'msiexec /i SentinelOneInstaller_windows_64bit_v23_4.msi SITE_TOKEN="%S1_SITE_TOKEN%" /qn /norestart',
        'sudo /opt/sentinelone/bin/sentinelctl management token set "$S1_SITE_TOKEN" && sudo /opt/sentinelone/bin/sentinelctl control start',
    ),
    *each(
        "https://intranet.tailspin.example/it/wazuh-agent",
        "terminal",
        "sudo WAZUH_MANAGER='wazuh.tailspin.example' WAZUH_AGENT_GROUP='linux-laptops' apt-get install wazuh-agent",
        "sudo systemctl daemon-reload && sudo systemctl enable --now wazuh-agent",
    ),
    *each(
        "https://it.northwind.example/endpoint/netskope",
        "terminal",
        'msiexec /i NSClient.msi token=%NS_TOKEN% host=addon-northwind.goskope.com mode=peruserconfig /qn /l*v "%TEMP%\\nsclient.log"',
    ),
    *each(
        "https://intranet.fabrikam.example/it/zscaler",
        "terminal",
        "msiexec /i Zscaler-windows-4.4.0.379-installer-x64.msi CLOUDNAME=zscalertwo USERDOMAIN=fabrikam.example STRICTENFORCEMENT=1 /quiet",
        "sudo installer -pkg /Volumes/Zscaler/Zscaler-osx-4.2.0.pkg -target / && open -a 'Zscaler'",
    ),
    *each(
        "https://it.contoso-labs.example/agents/elastic",
        "terminal",
        "sudo ./elastic-agent install --url=https://fleet.contoso-labs.example:8220 --enrollment-token=$FLEET_ENROLLMENT_TOKEN",
        ".\\elastic-agent.exe install --url=https://fleet.contoso-labs.example:8220 --enrollment-token=$env:FLEET_ENROLLMENT_TOKEN",
    ),
]

# --- a bank's own help page about a locked account, giving the bank's own number -----------
BANK_LOCK = [
    *each(
        "https://www.northbank.example/help/security/locked-out",
        "other",
        "Your account was locked after too many attempts. Call us on 0345 600 1234 now or wait 30 minutes and sign in again.",
        "Locked out of online banking? After five wrong passcodes we lock your access to protect you. You can reset your passcode in the app, or call 0345 600 1234 (8am–8pm) and we'll help you sign in again.",
    ),
    *each(
        "https://www.banque-lumiere.example/aide/acces-bloque",
        "other",
        "Votre accès a été bloqué après trois saisies erronées de votre code. Vous pouvez le débloquer depuis l'appli Banque Lumière, rubrique Sécurité, ou appeler notre service client au 09 69 32 10 10.",
        "Accès bloqué ? Réinitialisez votre code confidentiel depuis l'appli ou sur banque-lumiere.example. Pour toute question, appelez le 09 69 32 10 10 (appel non surtaxé).",
    ),
    *each(
        "https://www.sparkasse-nordheide.example/de/hilfe/zugang-gesperrt",
        "other",
        "Ihr Online-Banking-Zugang wurde nach dreimaliger falscher PIN-Eingabe gesperrt. Sie können ihn in der App unter Profil › Sicherheit entsperren oder uns unter 04181 200-0 anrufen.",
    ),
    *each(
        "https://www.banco-atlantico.example/es/ayuda/acceso-bloqueado",
        "other",
        "Tu acceso se ha bloqueado tras varios intentos fallidos. Puedes desbloquearlo desde la app en Perfil > Seguridad o llamando al 900 100 200. Nunca te pediremos tus claves por teléfono.",
    ),
    *each(
        "https://www.creditounione.example/it/assistenza/accesso-bloccato",
        "other",
        "L'accesso all'home banking è stato bloccato dopo troppi tentativi errati. Puoi sbloccarlo dall'app in Profilo > Sicurezza oppure chiamare il Servizio Clienti al numero verde 800 123 456.",
    ),
    *each(
        "https://www.bankzuid.example/nl/klantenservice/toegang-geblokkeerd",
        "other",
        "Je toegang is geblokkeerd na te vaak een verkeerde pincode. Deblokkeer via de app (Instellingen > Beveiliging) of bel 020 555 0800. Wij vragen nooit om je pincode.",
    ),
    *each(
        "https://www.riverside-credit-union.example/support/account-locked",
        "other",
        "If your account is locked after too many attempts, wait 30 minutes and sign in again, or call Member Services at 1-800-555-0142 Monday to Saturday.",
    ),
    *each(
        "https://www.bancodosul.example/pt/ajuda/acesso-bloqueado",
        "other",
        "Seu acesso foi bloqueado após três tentativas com senha errada. Desbloqueie pelo app em Perfil > Segurança ou ligue para a Central de Atendimento: 0800 555 0100.",
    ),
]

# --- console snippets that only read the page they run on ----------------------------------
CONSOLE_READS = [
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "browser_console",
        "const links = document.querySelectorAll('a[href^=\"http\"]');\nconsole.log(links.length);\nlinks.forEach((a) => console.log(a.href));",
        "Array.from(document.querySelectorAll('img')).filter((img) => !img.alt).map((img) => img.src);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "browser_console",
        "const resources = performance.getEntriesByType('resource');\nresources.forEach((entry) => {\n  console.log(`${entry.name}'s duration: ${entry.duration}`);\n});",
        "const [nav] = performance.getEntriesByType('navigation');\nconsole.table({ ttfb: nav.responseStart, domInteractive: nav.domInteractive, load: nav.loadEventEnd });",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/getComputedStyle",
        "browser_console",
        "const para = document.querySelector('p');\nconst compStyles = window.getComputedStyle(para);\nconsole.log(compStyles.getPropertyValue('font-size'), compStyles.getPropertyValue('line-height'));",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "browser_console",
        "monitorEvents(window, 'resize');",
        "copy($$('h2').map((h) => h.textContent.trim()).join('\\n'));",
        "getEventListeners(document);",
        "queryObjects(Promise);",
    ),
    *each(
        "https://web.dev/articles/find-slow-interactions-in-the-field",
        "browser_console",
        "new PerformanceObserver((list) => {\n  for (const entry of list.getEntries()) {\n    if (entry.interactionId) console.log(entry.name, entry.duration, entry.target);\n  }\n}).observe({ type: 'event', durationThreshold: 16, buffered: true });",
    ),
    *each(
        "https://web.dev/articles/optimize-cls",
        "browser_console",
        "let cls = 0;\nnew PerformanceObserver((l) => {\n  for (const e of l.getEntries()) {\n    if (!e.hadRecentInput) { cls += e.value; console.log('CLS so far', cls, e.sources); }\n  }\n}).observe({ type: 'layout-shift', buffered: true });",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/fonts",
        "browser_console",
        "document.fonts.ready.then(() => {\n  for (const f of document.fonts) console.log(f.family, f.weight, f.status);\n});",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "browser_console",
        "navigator.serviceWorker.getRegistrations().then((regs) => regs.forEach((r) => console.log(r.scope, r.active?.state)));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/getBoundingClientRect",
        "browser_console",
        "const el = document.querySelector('header');\nconsole.log(el.getBoundingClientRect());",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/accessibility/reference",
        "browser_console",
        "[...document.querySelectorAll('button, [role=button]')].filter((b) => !b.textContent.trim() && !b.getAttribute('aria-label')).forEach((b) => console.warn('unlabelled', b));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/readyState",
        "browser_console",
        "console.log(document.readyState, document.visibilityState, document.referrer || '(no referrer)');",
    ),
    *each(
        "https://web.dev/articles/lcp",
        "browser_console",
        "new PerformanceObserver((list) => {\n  const last = list.getEntries().at(-1);\n  console.log('LCP element', last.element, 'at', Math.round(last.startTime), 'ms');\n}).observe({ type: 'largest-contentful-paint', buffered: true });",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/length",
        "browser_console",
        "for (let i = 0; i < sessionStorage.length; i++) {\n  const key = sessionStorage.key(i);\n  console.log(key, sessionStorage.getItem(key).length, 'chars');\n}",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/StorageManager/estimate",
        "browser_console",
        "navigator.storage.estimate().then(({ usage, quota }) => console.log(`${(usage / 1e6).toFixed(1)} MB of ${(quota / 1e6).toFixed(0)} MB`));",
    ),
]
