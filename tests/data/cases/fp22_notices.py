"""fpover22 texts: IT notices in many languages telling staff to call the service desk (the real
company's number on its own intranet page), and browser-console snippets developers paste from
MDN, web.dev, Chrome's docs and Stack Overflow (own words; invented companies on reserved names)."""

from fp22_dev import each

# --- IT notices: call the service desk, on the company's own page ---------------------------
NOTICES = [
    *each(
        "https://intranet.northwind.example/it/news/2026-12-outlook",
        "other",
        "IT notice: Outlook on some laptops shows 'Need password' after last night's update. Do not enter your password in any pop-up that asks for it again and again — call the IT Service Desk on +44 20 7946 0123 (ext. 4400) and we'll fix it remotely.",
        "Planned maintenance: the VPN gateway will be unavailable Saturday 02:00–04:00 CET. If you cannot connect after 04:30, call the Service Desk on ext. 4400 or +44 20 7946 0123.",
    ),
    *each(
        "https://intranet.fabrikam.example/de/it/hinweise/mfa-umstellung",
        "other",
        "IT-Hinweis: Ab dem 14. Dezember stellen wir die Anmeldung auf die Authenticator-App um. Falls Sie Ihr Diensthandy gewechselt haben, rufen Sie bitte den IT-Servicedesk unter 089 12345-7000 an. Wir fragen Sie niemals nach Ihrem Passwort.",
        "Störungsmeldung: Der Drucker im 3. OG (PRN-3OG-01) ist außer Betrieb. Bitte nutzen Sie PRN-3OG-02 oder melden Sie sich beim Servicedesk unter Durchwahl 7000.",
    ),
    *each(
        "https://intranet.contoso-labs.example/fr/informatique/avis",
        "other",
        "Avis informatique : suite à une panne du serveur de fichiers, le lecteur S:\\ est inaccessible ce matin. Inutile de redémarrer votre poste ; pour toute urgence, appelez le centre de services au 01 70 00 42 42 (poste 4242).",
        "Rappel : le support informatique ne vous demandera jamais de lui lire un code reçu par SMS. En cas de doute sur un appel, raccrochez et rappelez le 01 70 00 42 42.",
    ),
    *each(
        "https://intranet.globex.example/es/ti/avisos",
        "other",
        "Aviso de TI: esta tarde cambiaremos los certificados de la red Wi-Fi «GLOBEX-CORP». Si mañana tu portátil no se conecta, llama al Centro de Servicios al +34 910 00 12 34 (ext. 1234).",
        "Importante: nadie del equipo de TI te llamará para pedirte que instales un programa de acceso remoto. Si recibes una llamada así, cuelga y llama tú al 910 00 12 34.",
    ),
    *each(
        "https://intranet.initech.example/it/it/comunicazioni",
        "other",
        "Comunicazione IT: da lunedì il vecchio portale ferie verrà spento. Per problemi di accesso al nuovo portale chiamate il Service Desk al numero interno 5500 o allo 02 8000 5500.",
    ),
    *each(
        "https://intranet.tailspin.example/nl/ict/meldingen",
        "other",
        "ICT-melding: door een storing bij onze telefonieleverancier zijn interne nummers vanmiddag slecht bereikbaar. De servicedesk is bereikbaar via 020 555 0199 of via de chat op het intranet.",
    ),
    *each(
        "https://intranet.northwind.example/pl/it/komunikaty",
        "other",
        "Komunikat IT: w piątek od 18:00 do 20:00 nastąpi aktualizacja systemu poczty. W razie problemów z logowaniem po aktualizacji prosimy o kontakt z Service Deskiem pod numerem 22 555 01 01 wew. 400.",
    ),
    *each(
        "https://intranet.fabrikam.example/pt/ti/avisos",
        "other",
        "Aviso de TI: detectámos e-mails falsos em nome do departamento de Recursos Humanos. Não abra anexos nem clique em ligações; se já o fez, ligue imediatamente para o Service Desk: 21 000 77 00.",
        "Aviso de TI: o sistema de ponto eletrônico ficará fora do ar das 22h às 23h. Dúvidas? Ligue para o Service Desk no ramal 7700 ou (11) 4000-7700.",
    ),
    *each(
        "https://intranet.contoso-labs.example/ja/it/oshirase",
        "other",
        "【情報システム部からのお知らせ】本日 18:00 より社内 VPN のメンテナンスを行います。メンテナンス後に接続できない場合は、ITサービスデスク（内線 3300／03-5555-3300）までお電話ください。",
        "不審な電話にご注意ください。情報システム部が電話でパスワードや認証コードを聞くことはありません。不明な点はサービスデスク（内線 3300）へ。",
    ),
    *each(
        "https://intranet.globex.example/zh/it/tongzhi",
        "other",
        "IT 通知：本周六 02:00–06:00 邮件系统升级，期间无法收发邮件。如升级后仍无法登录，请拨打 IT 服务台电话 021-5555 8800（分机 8800）。",
        "提醒：IT 部门不会通过电话或邮件索要您的密码或短信验证码。如有疑问，请直接拨打服务台 021-5555 8800。",
    ),
    *each(
        "https://intranet.initech.example/ko/it/gongji",
        "other",
        "IT 공지: 12월 12일(토) 오전 2시부터 4시까지 사내 메일 서버 점검이 있습니다. 점검 후 접속이 안 되면 IT 서비스데스크(내선 2200, 02-555-2200)로 전화 주세요.",
    ),
    *each(
        "https://intranet.tailspin.example/tr/bt/duyurular",
        "other",
        "BT Duyurusu: Cumartesi 01:00–03:00 arasında VPN hizmeti bakım nedeniyle kullanılamayacaktır. Sorun yaşarsanız BT Hizmet Masası'nı 0212 555 44 00 (dahili 4400) numarasından arayın.",
    ),
    *each(
        "https://intranet.northwind.example/ru/it/uvedomleniya",
        "other",
        "Уведомление ИТ: в субботу с 01:00 до 05:00 будут недоступны почта и VPN. Если после работ вы не можете войти, позвоните в службу поддержки по номеру +7 495 555-01-23 (доб. 123).",
    ),
    *each(
        "https://intranet.fabrikam.example/ar/it/tanbihat",
        "other",
        "إشعار من قسم تقنية المعلومات: سيتم تحديث نظام البريد الإلكتروني مساء الخميس. إذا واجهت مشكلة في تسجيل الدخول بعد التحديث، يرجى الاتصال بمكتب الخدمة على الرقم الداخلي 6060 أو 04 555 6060.",
    ),
    *each(
        "https://intranet.globex.example/sv/it/driftinfo",
        "other",
        "Driftinformation: Skrivarna på plan 4 är ur funktion efter en uppdatering. Ring IT-servicedesken på 08-555 123 40 om du behöver skriva ut något brådskande.",
    ),
    *each(
        "https://intranet.contoso-labs.example/cs/it/oznameni",
        "other",
        "Oznámení IT: V noci z pátku na sobotu proběhne aktualizace notebooků. Pokud se vám v pondělí nespustí Outlook, volejte Service Desk na lince 4455 nebo +420 225 555 455.",
    ),
    *each(
        "https://intranet.initech.example/hu/it/kozlemeny",
        "other",
        "IT közlemény: A hétvégén cseréljük a Wi-Fi tanúsítványokat. Ha hétfőn nem csatlakozik a laptopja, hívja az IT ügyfélszolgálatot a 1-555-0100-as számon (mellék: 100).",
    ),
    *each(
        "https://intranet.tailspin.example/vi/it/thong-bao",
        "other",
        "Thông báo CNTT: Hệ thống email sẽ bảo trì từ 22:00 đến 23:30 tối nay. Nếu sau đó không đăng nhập được, vui lòng gọi Service Desk theo số nội bộ 1900 hoặc 028 5555 1900.",
    ),
    *each(
        "https://intranet.northwind.example/id/ti/pengumuman",
        "other",
        "Pengumuman TI: Mulai Senin, login Wi-Fi kantor memakai akun Microsoft Anda. Jika tidak bisa tersambung, hubungi Service Desk di ekstensi 2121 atau (021) 555-2121.",
    ),
    *each(
        "https://intranet.fabrikam.example/uk/it/povidomlennia",
        "other",
        "Повідомлення ІТ: у неділю з 02:00 до 05:00 не працюватиме корпоративна пошта. Якщо після цього не вдається увійти, зателефонуйте до служби підтримки: 044 555 00 77 (внутр. 77).",
    ),
    *each(
        "https://intranet.contoso-labs.example/he/it/hodaot",
        "other",
        "הודעת מחשוב: ביום שישי בין 20:00 ל-23:00 תתבצע תחזוקה במערכת ה-VPN. אם לא תצליחו להתחבר לאחר מכן, התקשרו למוקד התמיכה בשלוחה 5050 או 03-555-5050.",
    ),
    *each(
        "https://intranet.globex.example/hi/it/soochna",
        "other",
        "आईटी सूचना: शनिवार रात 1 बजे से 3 बजे तक ईमेल सर्वर का रखरखाव होगा। उसके बाद लॉगिन में समस्या हो तो आईटी सर्विस डेस्क को एक्सटेंशन 3030 या 080-5555-3030 पर कॉल करें।",
    ),
    *each(
        "https://intranet.initech.example/el/it/anakoinoseis",
        "other",
        "Ανακοίνωση IT: Την Κυριακή 02:00–04:00 θα γίνει συντήρηση στο ηλεκτρονικό ταχυδρομείο. Αν δεν μπορείτε να συνδεθείτε μετά, καλέστε το Service Desk στο εσωτερικό 4040 ή στο 210 555 4040.",
    ),
    *each(
        "https://intranet.tailspin.example/fi/it/tiedotteet",
        "other",
        "IT-tiedote: Sähköposti on poissa käytöstä lauantaina klo 1–3 huoltotöiden vuoksi. Jos kirjautuminen ei onnistu huollon jälkeen, soita IT-palvelupisteeseen numeroon 09 555 1234.",
    ),
    *each(
        "https://intranet.northwind.example/th/it/prakat",
        "other",
        "ประกาศฝ่ายไอที: ระบบอีเมลจะปิดปรับปรุงในคืนวันเสาร์ เวลา 01:00–03:00 น. หากเข้าสู่ระบบไม่ได้หลังจากนั้น กรุณาโทรหา Service Desk ที่เบอร์ภายใน 2424 หรือ 02-555-2424",
    ),
    *each(
        "https://northwind.example/support/contact",
        "other",
        "Northwind customer support: call 0800 555 0199 (free from UK landlines and mobiles), Monday to Friday 8am–8pm. We will never ask you to install software so we can 'fix' your account.",
    ),
    *each(
        "https://teams.microsoft.com/l/message/19:it-announcements@thread.tacv2/1733560000000",
        "other",
        "📢 IT Service Desk: Teams calls dropped for many of you this morning. Microsoft has fixed it. If your Teams still says 'We're having trouble connecting', sign out and back in, or ring us on 4400.",
    ),
]

# --- browser-console snippets from developers' references --------------------------------------
CONSOLE = [
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "browser_console",
        "localStorage.setItem('myCat', 'Tom');\nconst cat = localStorage.getItem('myCat');\nlocalStorage.removeItem('myCat');",
        "localStorage.clear();",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "browser_console",
        'async function getData() {\n  const url = "https://example.org/products.json";\n  try {\n    const response = await fetch(url);\n    if (!response.ok) throw new Error(`Response status: ${response.status}`);\n    const json = await response.json();\n    console.log(json);\n  } catch (error) {\n    console.error(error.message);\n  }\n}\ngetData();',
        "fetch('https://example.org/post', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'example' }) }).then(r => r.json()).then(console.log);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "browser_console",
        'document.cookie = "name=oeschger; SameSite=None; Secure";\ndocument.cookie = "favorite_food=tripe; SameSite=None; Secure";\nconsole.log(document.cookie);',
        'const cookieValue = document.cookie\n  .split("; ")\n  .find((row) => row.startsWith("test2="))\n  ?.split("=")[1];',
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "browser_console",
        "navigator.clipboard.writeText('Hello from the console').then(() => console.log('copied'));",
    ),
    *each(
        "https://web.dev/articles/vitals",
        "browser_console",
        "new PerformanceObserver((entryList) => {\n  for (const entry of entryList.getEntries()) {\n    console.log('LCP candidate:', entry.startTime, entry);\n  }\n}).observe({type: 'largest-contentful-paint', buffered: true});",
        "import('https://unpkg.com/web-vitals@4?module').then(({onCLS, onINP, onLCP}) => {\n  onCLS(console.log);\n  onINP(console.log);\n  onLCP(console.log);\n});",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "browser_console",
        "$$('img').filter(img => !img.alt).map(img => img.src)",
        "copy($$('a').map(a => a.href).join('\\n'))",
        "monitorEvents(window, 'resize');",
        "queryObjects(Promise)",
        "getEventListeners(document)",
    ),
    *each(
        "https://stackoverflow.com/questions/8567114/how-can-i-make-an-ajax-call-without-jquery",
        "browser_console",
        "var xhr = new XMLHttpRequest();\nxhr.open('GET', '/api/items');\nxhr.onload = function() { console.log(xhr.status, xhr.responseText); };\nxhr.send();",
    ),
    *each(
        "https://stackoverflow.com/questions/1026069/how-do-i-make-the-first-letter-of-a-string-uppercase-in-javascript",
        "browser_console",
        "function capitalizeFirstLetter(val) {\n  return String(val).charAt(0).toUpperCase() + String(val).slice(1);\n}\ncapitalizeFirstLetter('hello')",
    ),
    *each(
        "https://stackoverflow.com/questions/14964035/how-to-export-javascript-array-info-to-csv-on-client-side",
        "browser_console",
        "const rows = [['name','city'],['Ana','Lisbon']];\nconst csv = rows.map(r => r.join(',')).join('\\n');\nconst a = document.createElement('a');\na.href = URL.createObjectURL(new Blob([csv], {type: 'text/csv'}));\na.download = 'export.csv';\na.click();",
    ),
    *each(
        "https://stackoverflow.com/questions/3665115/how-to-create-a-file-in-memory-for-user-to-download-but-not-through-server",
        "browser_console",
        "var blob = new Blob([JSON.stringify(data, null, 2)], {type: 'application/json'});\nvar link = document.createElement('a');\nlink.href = window.URL.createObjectURL(blob);\nlink.download = 'data.json';\nlink.click();",
    ),
    *each(
        "https://stackoverflow.com/questions/36640224/how-to-clear-service-worker-cache",
        "browser_console",
        "navigator.serviceWorker.getRegistrations().then(regs => regs.forEach(r => r.unregister()));\ncaches.keys().then(keys => keys.forEach(k => caches.delete(k)));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API/Using_IndexedDB",
        "browser_console",
        "indexedDB.databases().then(dbs => dbs.forEach(db => indexedDB.deleteDatabase(db.name)));",
        'const request = indexedDB.open("MyTestDatabase", 3);\nrequest.onerror = (event) => console.error("Why didn\'t you allow my web app to use IndexedDB?!");\nrequest.onsuccess = (event) => { db = event.target.result; };',
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/javascript/snippets",
        "browser_console",
        "console.table(performance.getEntriesByType('resource').map(r => ({name: r.name.slice(0, 80), ms: Math.round(r.duration)})).sort((a, b) => b.ms - a.ms).slice(0, 20));",
        "document.designMode = 'on';",
    ),
    *each(
        "https://web.dev/articles/debug-performance-in-the-field",
        "browser_console",
        "new PerformanceObserver((list) => {\n  for (const entry of list.getEntries()) {\n    if (!entry.hadRecentInput) console.log('Layout shift:', entry.value, entry.sources);\n  }\n}).observe({type: 'layout-shift', buffered: true});",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Notification/requestPermission_static",
        "browser_console",
        'Notification.requestPermission().then((result) => {\n  if (result === "granted") new Notification("Hi there!");\n});',
    ),
    *each(
        "https://stackoverflow.com/questions/7394748/whats-the-right-way-to-decode-a-string-that-has-special-html-entities-in-it",
        "browser_console",
        "const txt = document.createElement('textarea');\ntxt.innerHTML = '&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;';\nconsole.log(txt.value);",
    ),
    *each(
        "https://stackoverflow.com/questions/38218467/how-to-decode-a-jwt-token-in-javascript-without-using-a-library",
        "browser_console",
        "function parseJwt(token) {\n  const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');\n  return JSON.parse(decodeURIComponent(atob(base64).split('').map(c => '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2)).join('')));\n}",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/btoa",
        "browser_console",
        'const encodedData = window.btoa("Hello, world");\nconst decodedData = window.atob(encodedData);',
    ),
    *each(
        "https://learn.microsoft.com/en-us/microsoft-edge/devtools-guide-chromium/console/console-javascript",
        "browser_console",
        "let images = document.querySelectorAll('img');\nconsole.log(`${images.length} images on this page`);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API/Using_web_workers",
        "browser_console",
        "const blob = new Blob(['onmessage = e => postMessage(e.data * 2)'], {type: 'text/javascript'});\nconst w = new Worker(URL.createObjectURL(blob));\nw.onmessage = e => console.log(e.data);\nw.postMessage(21);",
    ),
    *each(
        "https://stackoverflow.com/questions/400212/how-do-i-copy-to-the-clipboard-in-javascript",
        "browser_console",
        "function copyTextToClipboard(text) {\n  var textArea = document.createElement('textarea');\n  textArea.value = text;\n  document.body.appendChild(textArea);\n  textArea.select();\n  document.execCommand('copy');\n  document.body.removeChild(textArea);\n}",
    ),
]
