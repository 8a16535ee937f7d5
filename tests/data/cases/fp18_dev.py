"""fpover18 texts: browser-console snippets, OAuth and sign-in docs, local dev addresses (own words)."""

CONSOLE = [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "browser_console",
        "performance.getEntriesByType('resource').filter(e => e.duration > 500).map(e => [e.name, Math.round(e.duration)])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/PerformanceNavigationTiming",
        "browser_console",
        "const [nav] = performance.getEntriesByType('navigation');\nconsole.table({ ttfb: nav.responseStart - nav.requestStart, dom: nav.domContentLoadedEventEnd, load: nav.loadEventEnd });",
    ),
    (
        "https://web.dev/articles/lcp",
        "browser_console",
        "new PerformanceObserver((list) => {\n  const entries = list.getEntries();\n  const last = entries[entries.length - 1];\n  console.log('LCP candidate:', last.startTime, last.element);\n}).observe({ type: 'largest-contentful-paint', buffered: true });",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "browser_console",
        "$$('img:not([alt])').map(img => img.src)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "browser_console",
        "copy(JSON.stringify([...document.querySelectorAll('table tr')].map(r => [...r.cells].map(c => c.innerText))))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "browser_console",
        "monitorEvents(window, 'resize'); getEventListeners(document.querySelector('#checkout'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "browser_console",
        "await fetch('/api/v1/orders?status=pending', { credentials: 'include' }).then(r => r.json()).then(console.table)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "browser_console",
        "fetch('/api/feature-flags', { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content }, body: JSON.stringify({ newCheckout: true }) }).then(r => r.status)",
    ),
    (
        "http://localhost:3000/",
        "browser_console",
        "localStorage.clear(); sessionStorage.clear(); location.reload()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/getRegistrations",
        "browser_console",
        "navigator.serviceWorker.getRegistrations().then(regs => regs.forEach(r => r.unregister()))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/CacheStorage",
        "browser_console",
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k)))).then(() => console.log('caches cleared'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "browser_console",
        "document.cookie.split('; ').map(c => c.split('=')[0])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/getComputedStyle",
        "browser_console",
        "[...document.querySelectorAll('*')].filter(el => el.scrollWidth > document.documentElement.clientWidth).map(el => el.className)",
    ),
    (
        "https://css-tricks.com/snippets/css/debugging-layout/",
        "browser_console",
        "document.querySelectorAll('*').forEach(el => el.style.outline = '1px solid rgba(255,0,0,.3)')",
    ),
    (
        "https://react.dev/learn/react-developer-tools",
        "browser_console",
        "document.querySelectorAll('[data-reactroot], #root > *').length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/clipboard",
        "browser_console",
        "await navigator.clipboard.writeText(document.querySelector('pre code').innerText)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/memory",
        "browser_console",
        "setInterval(() => console.log((performance.memory.usedJSHeapSize / 1048576).toFixed(1) + ' MB'), 5000)",
    ),
    (
        "https://github.com/GoogleChrome/web-vitals",
        "browser_console",
        "const s = document.createElement('script');\ns.type = 'module';\ns.textContent = \"import {onCLS, onINP, onLCP} from 'https://unpkg.com/web-vitals@4?module'; onCLS(console.log); onINP(console.log); onLCP(console.log);\";\ndocument.head.appendChild(s);",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver",
        "browser_console",
        "const io = new IntersectionObserver(es => es.forEach(e => console.log(e.target.id, e.isIntersecting)));\ndocument.querySelectorAll('section[id]').forEach(s => io.observe(s));",
    ),
    ("http://localhost:5173/", "browser_console", "window.__APP_STORE__.getState().cart.items"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/WebSocket",
        "browser_console",
        "const ws = new WebSocket('ws://localhost:8080/ws');\nws.onmessage = (e) => console.log('msg', e.data);\nws.onopen = () => ws.send(JSON.stringify({ type: 'subscribe', channel: 'orders' }));",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Notification/requestPermission_static",
        "browser_console",
        "Notification.requestPermission().then(p => console.log(p))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage",
        "browser_console",
        "Object.entries(localStorage).map(([k, v]) => [k, v.length]).sort((a, b) => b[1] - a[1]).slice(0, 10)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "browser_console",
        "document.designMode = 'on'",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "browser_console",
        "Array.from(document.links).filter(a => a.hostname !== location.hostname).map(a => a.href).join('\\n')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/network/reference",
        "browser_console",
        "performance.getEntriesByType('resource').reduce((sum, e) => sum + (e.transferSize || 0), 0) / 1024",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/animate",
        "browser_console",
        "document.getAnimations().forEach(a => a.playbackRate = 0.1)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/HTMLFormElement/elements",
        "browser_console",
        "Object.fromEntries(new FormData(document.querySelector('form#signup')))",
    ),
    (
        "https://vuejs.org/guide/scaling-up/tooling.html#browser-devtools",
        "browser_console",
        "document.querySelector('#app').__vue_app__.config.globalProperties.$router.currentRoute.value",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Console/time",
        "browser_console",
        "console.time('sort'); [...Array(1e6)].map(Math.random).sort(); console.timeEnd('sort')",
    ),
]

OAUTH = [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "other",
        "// Line breaks for legibility only\n\nhttps://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?\nclient_id=00001111-aaaa-2222-bbbb-3333cccc4444\n&response_type=code\n&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F\n&response_mode=query\n&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read\n&state=12345\n&code_challenge=YTFjNjI1OWYzMzA3MTI4ZDY2Njg5M2RkNmVjNDE5YmEyZGRhOGYyM2IzNjdmZWFhMTQ1ODg3NDcxY2Nl\n&code_challenge_method=S256",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "other",
        "Step 2: Send a request to Google's OAuth 2.0 server\n\nhttps://accounts.google.com/o/oauth2/v2/auth?\n scope=email%20profile&\n response_type=code&\n state=security_token%3D138r5719ru3e1%26url%3Dhttps%3A%2F%2Foauth2.example.com%2Ftoken&\n redirect_uri=http%3A//127.0.0.1%3A9004&\n client_id=client_id\n\nStep 4: Handle the OAuth 2.0 server response. The authorization code is returned in the query string, for example http://127.0.0.1:9004?code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "other",
        "The device flow\n1. Your app requests device and user verification codes from GitHub:\n   POST https://github.com/login/device/code\n2. Prompt the user to enter the user code in a browser at https://github.com/login/device\n3. Poll GitHub to check if the user authorized the device:\n   POST https://github.com/login/oauth/access_token\n   client_id, device_code, grant_type=urn:ietf:params:oauth:grant-type:device_code",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8628",
        "other",
        "      +----------+                                +----------------+\n      |          |>---(A)-- Client Identifier --->|                |\n      |          |                                |                |\n      |          |<---(B)-- Device Code,      ---<|                |\n      |          |          User Code,            |                |\n      |  Device  |          & Verification URI    |                |\n      |  Client  |                                |                |\n      |          |  [polling]                     |                |\n      |          |>---(E)-- Device Code       --->|                |\n      |          |          & Client Identifier   |                |\n      |          |<---(F)-- Access Token      ---<|                |\n      +----------+                                +----------------+",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "terminal",
        "gh auth login --hostname github.com --git-protocol https --web",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "terminal",
        "az login --use-device-code --tenant contoso.onmicrosoft.com",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "terminal",
        "gcloud auth login --no-launch-browser\ngcloud auth application-default login",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "terminal",
        "aws configure sso --profile dev-admin\naws sso login --profile dev-admin\naws sts get-caller-identity --profile dev-admin",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce/call-your-api-using-the-authorization-code-flow-with-pkce",
        "other",
        "curl --request POST \\\n  --url 'https://dev-abc123.us.auth0.com/oauth/token' \\\n  --header 'content-type: application/x-www-form-urlencoded' \\\n  --data grant_type=authorization_code \\\n  --data 'client_id=YOUR_CLIENT_ID' \\\n  --data code_verifier=YOUR_GENERATED_CODE_VERIFIER \\\n  --data code=YOUR_AUTHORIZATION_CODE \\\n  --data 'redirect_uri=http://localhost:3000/callback'",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/",
        "other",
        "If the user consents, Okta redirects the browser to your redirect URI with an authorization code:\n\nhttp://localhost:8080/authorization-code/callback?code=P5I7mdxxdv13_JfXrCSq&state=state-296bc9a0-a2a2-4a57-be1a-d0e2fd9bb601\n\nYour app exchanges the code for tokens at the /token endpoint.",
    ),
    (
        "https://oauth.net/2/pkce/",
        "other",
        'code_verifier = high-entropy cryptographic random STRING using the unreserved characters [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"\ncode_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))',
    ),
    (
        "https://keycloak.org/docs/latest/server_admin/",
        "terminal",
        "curl -s -X POST http://localhost:8080/realms/dev/protocol/openid-connect/token \\\n  -d grant_type=password -d client_id=admin-cli -d username=alice -d password=alice | jq -r .access_token",
    ),
    (
        "https://developer.spotify.com/documentation/web-api/tutorials/code-flow",
        "other",
        "After the user accepts, they are redirected to http://localhost:8888/callback?code=NApCCg..BkWtQ&state=34fFs29kd09 and your server requests an access token with the code.",
    ),
    (
        "https://docs.stripe.com/connect/oauth-reference",
        "other",
        "GET https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_FkyHCg7X8mlvCUdMDao4mMxagUfhIwXb&scope=read_write&redirect_uri=https://sub2.example.com",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "other",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FQK5HW3UF to authenticate.\n\n(Example output of a command-line tool using the device authorization grant. The user goes to the page on any device and types the code.)",
    ),
    (
        "http://localhost:3000/api/auth/callback/github?code=8f2b1c7e9d0a3f4e5b6c&state=abc",
        "other",
        "Error: OAuthCallbackError\n    at handleOAuth (webpack-internal:///(rsc)/./node_modules/next-auth/core/lib/oauth/callback.js:120:19)\n[next-auth][error][OAUTH_CALLBACK_ERROR] redirect_uri_mismatch http://localhost:3000/api/auth/callback/github",
    ),
    (
        "https://github.com/nextauthjs/next-auth/discussions",
        "other",
        "I keep getting `redirect_uri_mismatch`. My callback in the GitHub app settings is http://localhost:3000/api/auth/callback/github and the browser ends up on http://localhost:3000/api/auth/error?error=OAuthCallback. What am I missing?",
    ),
    (
        "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/",
        "other",
        "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=YOUR_CLIENT_ID&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent",
    ),
]

LOCALDEV = [
    (
        None,
        "other",
        "http://localhost:3000/auth/callback?code=dev-7f3a9c&state=xyz123 -> 500, stack trace below\nTypeError: Cannot read properties of undefined (reading 'access_token')\n    at exchangeCode (/home/anna/src/portal/src/auth.ts:42:31)",
    ),
    (
        "http://localhost:8000/docs",
        "browser_console",
        "fetch('/api/items/42').then(r => r.json()).then(console.log)",
    ),
    (
        None,
        "other",
        'My redirect URI is http://127.0.0.1:5000/oauth2callback and Flask logs: "GET /oauth2callback?state=Q1x&code=4%2F0AanRRrs&scope=email+openid HTTP/1.1" 302 -',
    ),
    (
        "https://github.com/googleapis/google-api-python-client/issues",
        "other",
        '127.0.0.1 - - [04/Dec/2024 10:14:02] "GET /?state=mLk2&code=4/0AeanS0a&scope=https://www.googleapis.com/auth/drive.readonly HTTP/1.1" 200 -\nThe authentication flow has completed. You may close this window.',
    ),
    (
        None,
        "terminal",
        "curl -i 'http://localhost:8080/login/oauth2/code/keycloak?state=abc&code=test-code-123'",
    ),
    (
        None,
        "other",
        "Vite dev server running at:\n  > Local:   http://localhost:5173/\n  > Network: http://192.168.1.34:5173/\n\n  ready in 412 ms.",
    ),
    (
        None,
        "other",
        "  ▲ Next.js 15.0.3\n  - Local:        http://localhost:3000\n  - Environments: .env.local\n\n ✓ Starting...\n ✓ Ready in 1802ms\n GET /api/auth/callback/azure-ad?code=0.AXEA...&state=eyJ 302 in 412ms",
    ),
    (
        None,
        "other",
        'INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\nINFO:     127.0.0.1:53122 - "GET /auth/callback?code=abc123&state=dev HTTP/1.1" 307 Temporary Redirect\nINFO:     127.0.0.1:53122 - "GET /dashboard HTTP/1.1" 200 OK',
    ),
    (
        None,
        "other",
        "Run `npm run dev`, open http://localhost:4200, log in with the seeded user (dev@example.com / dev), then check http://localhost:4200/admin/users.",
    ),
    (
        None,
        "other",
        'Rails: Started GET "/users/auth/google_oauth2/callback?state=[FILTERED]&code=[FILTERED]&scope=email+profile" for ::1 at 2024-12-04 09:21:33 +0100',
    ),
]

MFA = [
    (
        "https://support.microsoft.com/en-us/account-billing/set-up-the-microsoft-authenticator-app-as-your-verification-method-33452159-6af9-438f-8f82-63ce94cf3d29",
        "other",
        "Set up Microsoft Authenticator\n1. Sign in to https://mysignins.microsoft.com/security-info with your work account.\n2. Select Add sign-in method > Authenticator app.\n3. On your phone, open Authenticator, tap + > Work or school account > Scan a QR code.\n4. Scan the code shown on screen, then approve the test notification.\nIf you lose your phone, contact the IT service desk on ext. 4400.",
    ),
    (
        "https://support.google.com/accounts/answer/185839",
        "other",
        'Turn on 2-Step Verification\n1. Open your Google Account.\n2. In the navigation panel, select Security.\n3. Under "How you sign in to Google," select 2-Step Verification > Get started.\n4. Follow the on-screen steps.\nTip: add a backup phone number and print your backup codes.',
    ),
    (
        "https://support.1password.com/two-factor-authentication/",
        "other",
        "To turn on two-factor authentication for your 1Password account:\n1. Sign in to your account on 1Password.com.\n2. Click your name in the top right and choose My Profile.\n3. Click More Actions > Manage Two-Factor Authentication.\n4. Click Set Up App and scan the QR code with your authenticator app.\n5. Enter the 6-digit code to confirm.",
    ),
    (
        "https://bitwarden.com/help/setup-two-step-login-authenticator/",
        "other",
        "Bitwarden: Settings → Security → Two-step login → Authenticator app → Manage. Enter your master password, scan the QR code with your authenticator, type the 6-digit verification code and select Turn on. Save your recovery code somewhere safe — it is the only way back in if you lose the device.",
    ),
    (
        "https://www.yubico.com/setup/",
        "other",
        'Registering your YubiKey:\n• Go to your account\'s security settings and choose "Add security key".\n• Insert the YubiKey into a USB port when prompted.\n• Touch the gold contact when it blinks.\n• Give the key a name (e.g. "YubiKey 5C – keyring") and register a second key as a backup.',
    ),
    (
        "https://support.apple.com/en-us/102614",
        "other",
        "Apple: set up passkeys for your Apple Account. On iPhone: Settings > [your name] > Sign-In & Security > Two-Factor Authentication. Keep a trusted phone number on file so you can receive verification codes by text message or phone call.",
    ),
    (
        "https://help.okta.com/en-us/content/topics/mobile/okta-verify-overview.htm",
        "other",
        "Enrol in Okta Verify:\n1. Install Okta Verify from the App Store or Google Play.\n2. On your computer, go to https://acme.okta.com and sign in.\n3. When prompted to set up security methods, choose Okta Verify > Set up.\n4. In the app, tap Add account > Organization, and scan the QR code.\nDo not approve a push you did not start - report it to security@acme.example.",
    ),
    (
        "https://duo.com/docs/enrolling-a-new-device",
        "other",
        "Duo enrollment: open the enrollment link from your email, choose Mobile phone, enter your number (e.g. +1 555-0142), install Duo Mobile, then scan the barcode. You will receive a test push; tap Approve. Never approve a login you didn't start.",
    ),
    (
        "https://keepass.info/help/base/firststeps.html",
        "other",
        "First steps with KeePass: File → New, choose a location for the .kdbx file, set a strong master key (consider adding a key file), then Group → Add Group for work, personal and banking. Turn on the auto-lock after 5 minutes of inactivity in Tools → Options → Security.",
    ),
    (
        "https://www.lastpass.com/support",
        "other",
        "Your LastPass account: if you've been locked out after too many attempts, wait 15 minutes and try again, or use account recovery from a browser where you previously logged in. LastPass will never ask for your master password by phone or email.",
    ),
    (
        "https://support.microsoft.com/en-us/account-billing/how-to-use-the-microsoft-authenticator-app-9783c865-0308-42fb-a519-8cf666fe0acc",
        "other",
        "Number matching: when you sign in, the screen shows a two-digit number. Open Microsoft Authenticator, type that number into the prompt and choose Yes. If a prompt appears that you didn't expect, choose No, it's not me, and change your password.",
    ),
    (
        "https://help.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication",
        "other",
        "Configuring 2FA on GitHub: Settings → Password and authentication → Enable two-factor authentication. Scan the QR code with a TOTP app, enter the code, then download your recovery codes (github-recovery-codes.txt) and store them in your password manager.",
    ),
    (
        "https://proton.me/support/two-factor-authentication-2fa",
        "other",
        "Proton: Settings → All settings → Account and password → Two-factor authentication → toggle on. Scan the QR code, enter the 6-digit code and save the recovery codes. You can also add a FIDO2 security key.",
    ),
    (
        "https://intranet.acme.example/it/mfa",
        "other",
        "From Monday 3 February, MFA is required for VPN and Outlook on the web. Please enrol before then: go to https://aka.ms/mfasetup, sign in with your acme.example account and follow the steps. Questions? Drop-in sessions are in room 2.14 on Thursday, or call the service desk on 020 7946 0321.",
    ),
    (
        "https://intranet.acme.example/it/passwords",
        "other",
        "Password change reminder: your Windows password expires in 7 days. Press Ctrl+Alt+Del and choose Change a password, or use https://passwordreset.microsoftonline.com. IT will never ask you for your password.",
    ),
]
