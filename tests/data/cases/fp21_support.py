"""fpover21 texts: genuine vendor, bank and telco support pages and mails with phone numbers (on
the real brand's own page), device-code sign-in docs (Microsoft, GitHub, AWS, Google), OAuth
redirect docs with localhost examples, genuine "verify your email" and MFA texts (own words)."""

from fp21_corp import each

SUPPORT_PAGES = [
    *each(
        "https://www.chase.com/digital/customer-service",
        "other",
        "Questions about your account? Call us at 1-800-935-9935, available 24/7. For help with a lost or stolen card, call the number on the back of your card. We will never ask for your full password or one-time code over the phone.",
    ),
    *each(
        "https://www.bankofamerica.com/customer-service/contact-us/",
        "other",
        "Credit card customer service: 800.732.9194, Mon–Fri 8 a.m.–11 p.m. ET. Report fraud on your account: 800.432.1000. If you get a call, text or email asking for your Online ID, passcode or one-time code, don't respond — forward emails to abuse@bankofamerica.com.",
    ),
    *each(
        "https://www.paypal.com/us/cshelp/contact-us",
        "other",
        "Need to talk to us? Call 1-888-221-1161 (Mon–Sun 5 a.m.–10 p.m. PT). Before you call, log in and tap Help to get a one-time passcode so we can verify it's you faster.",
    ),
    *each(
        "https://www.verizon.com/support/contact-us/",
        "other",
        "Verizon Wireless customer service: *611 from your Verizon phone or 800-922-0204 from any phone. Beware of scam calls pretending to be Verizon asking for your account PIN or a text code.",
    ),
    *each(
        "https://www.t-mobile.com/contact-us",
        "other",
        "Call 611 from your T-Mobile phone or 1-800-937-8997. Our Team of Experts is available daily 4 a.m.–midnight PT. We will never call you to ask for your account PIN or a verification code.",
    ),
    *each(
        "https://www.telekom.de/hilfe/kontakt",
        "other",
        "Telekom Kundenservice: 0800 330 1000 (kostenlos aus allen deutschen Netzen), Mo–So 0–24 Uhr. Achtung: Die Telekom fragt am Telefon niemals nach Ihrem Passwort oder einer TAN.",
    ),
    *each(
        "https://www.orange.fr/portail/assistance/contact",
        "other",
        "Service client Orange : 3900 (service gratuit + prix appel) du lundi au samedi de 8h à 20h. Orange ne vous demandera jamais vos identifiants ou un code reçu par SMS.",
    ),
    *each(
        "https://www.ing.nl/particulier/klantenservice",
        "other",
        "Bel ons op 020 22 888 00 (normale belkosten), maandag t/m vrijdag 8.00–21.00 uur. ING vraagt nooit om je pincode, inlogcodes of om geld over te maken naar een 'veilige rekening'.",
    ),
    *each(
        "https://www.santander.co.uk/contact-support",
        "other",
        "Call us on 0800 9 123 123 or from abroad +44 1908 237 963. We'll never ask you to move money to a safe account or to share your one-time passcode.",
    ),
    *each(
        "https://www.bbva.es/general/contacto.html",
        "other",
        "Atención al cliente BBVA: 91 224 94 26, de lunes a domingo, 24 horas. BBVA nunca te pedirá tus claves ni códigos de seguridad por teléfono, SMS o correo electrónico.",
    ),
    *each(
        "https://support.microsoft.com/en-us/contactus",
        "other",
        "Microsoft will never proactively reach out to you to provide unsolicited PC or technical support. Error and warning messages on your PC never include phone numbers. To talk to a support agent, start from Get Help in Windows or this page.",
    ),
    *each(
        "https://support.apple.com/en-us/118222",
        "other",
        "To contact Apple Support in the US, call 1-800-275-2273. If you get an unsolicited or suspicious phone call from someone claiming to be from Apple, just hang up.",
    ),
    *each(
        "https://www.amazon.com/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV",
        "other",
        "Amazon will never ask you to make a payment outside our website, ask for remote access to your device, or ask you to install software. If you receive a suspicious call, hang up and contact us through the Help section of the Amazon app.",
    ),
    *each(
        "https://www.geeksquad.com/contact-us",
        "other",
        "Geek Squad support: 1-800-433-5778. Scam alert: we don't send renewal invoices by email asking you to call a number. Check your protection plans at bestbuy.com/membership.",
    ),
    *each(
        "https://support.norton.com/sp/en/us/home/current/solutions/v123456",
        "other",
        "If you received an email saying your Norton subscription renewed for $399.99 and asking you to call, it's a scam. Sign in at my.norton.com to see your real subscription. Norton Member Services: 1-844-488-4540.",
    ),
    *each(
        "https://www.irs.gov/help/telephone-assistance",
        "other",
        "Individuals: 800-829-1040, 7 a.m. to 7 p.m. local time. The IRS doesn't initiate contact by email, text or social media to request personal or financial information, and will never demand payment by gift card.",
    ),
    *each(
        "https://www.hmrc.gov.uk/contact/phishing",
        "other",
        "HMRC will never ring you to say you'll be arrested unless you pay. Forward suspicious texts to 60599 and emails to phishing@hmrc.gov.uk. Self Assessment helpline: 0300 200 3310.",
    ),
    *each(
        OUTLOOK := "https://outlook.office.com/mail/inbox",
        "other",
        "Your Comcast Xfinity bill is ready. Amount due: $112.48 by Dec 21. View and pay at xfinity.com/pay. Questions? Call 1-800-934-6489. We'll never ask for your password by email.",
        "Thank you for contacting Dell Technologies. Your service request SR 187234561 has been created. If you need to reach us, call 1-800-624-9896 and quote your service tag 8F3A1C2.",
        "Hi Lena, this is a reminder of your appointment at the Apple Store, Kurfürstendamm, on 12 Dec at 14:30 (Genius Bar). Reschedule at getsupport.apple.com or call 0800 6645 451.",
    ),
]

DEVICE_CODE_DOCS = [
    *each(
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "other",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJ6CMNQ8R to authenticate.",
        "POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=00001111-aaaa-2222-bbbb-3333cccc4444\n&scope=user.read%20openid%20profile",
    ),
    *each(
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "terminal",
        "az login --use-device-code",
        "Connect-AzAccount -UseDeviceAuthentication",
    ),
    *each(
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "other",
        "Prompt the user to enter the user_code in a browser at https://github.com/login/device.\nExample response: device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5&expires_in=900&interval=5&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice",
    ),
    *each(
        "https://cli.github.com/manual/gh_auth_login",
        "terminal",
        "gh auth login --hostname github.com --git-protocol https --web",
    ),
    *each(
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "terminal",
        "aws configure sso --use-device-code",
        "aws sso login --profile my-dev-profile",
    ),
    *each(
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "other",
        "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n\nhttps://device.sso.us-west-2.amazonaws.com/\n\nThen enter the code:\n\nQCFK-N451",
    ),
    *each(
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "terminal",
        "gcloud auth login --no-launch-browser",
        "gcloud auth application-default login --no-browser",
    ),
    *each(
        "https://developers.google.com/identity/protocols/oauth2/limited-input-device",
        "other",
        '{\n  "device_code": "4/4-GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8",\n  "user_code": "GQVQ-JKEC",\n  "verification_url": "https://www.google.com/device",\n  "expires_in": 1800,\n  "interval": 5\n}',
    ),
    *each(
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands",
        "terminal",
        'Connect-MgGraph -Scopes "User.Read.All" -UseDeviceCode',
    ),
]

OAUTH_DOCS = [
    *each(
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "other",
        "http://127.0.0.1:8080/?state=security_token%3D138r5719ru3e1&code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&scope=openid%20email",
        "https://accounts.google.com/o/oauth2/v2/auth?scope=email%20profile&response_type=code&state=security_token%3D138r5719ru3e1&redirect_uri=http%3A//127.0.0.1%3A9004&client_id=client_id&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    ),
    *each(
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow",
        "other",
        "HTTP/1.1 302 Found\nLocation: http://localhost:3000/callback?code=AUTHORIZATION_CODE&state=xyzABC123",
    ),
    *each(
        "https://developer.okta.com/docs/guides/implement-grant-type/authcode/main/",
        "terminal",
        "curl --request POST --url https://dev-123456.okta.com/oauth2/default/v1/token --header 'content-type: application/x-www-form-urlencoded' --data 'grant_type=authorization_code&redirect_uri=http://localhost:8080/authorization-code/callback&code=P59yPm1_X1gxtdEOEZjn&client_id=0oabcd1234'",
    ),
    *each(
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "other",
        "http://127.0.0.1:1234/path?code=4a3f1c2d9e7b4a6c8d0e&state=random-state-string",
    ),
    *each(
        "https://learn.microsoft.com/en-us/entra/identity-platform/reply-url",
        "other",
        "Redirect URIs for public client apps: http://localhost, http://localhost:5000/signin-oidc and https://login.microsoftonline.com/common/oauth2/nativeclient. Loopback addresses may use any port at run time.",
    ),
    *each(
        "https://www.keycloak.org/docs/latest/server_admin/#_oidc_clients",
        "terminal",
        'curl -d "client_id=account-console" -d "grant_type=authorization_code" -d "code=$CODE" -d "redirect_uri=http://localhost:8080/realms/demo/account/" http://localhost:8080/realms/demo/protocol/openid-connect/token',
    ),
]

VERIFY_MFA = [
    *each(
        OUTLOOK,
        "other",
        "Please verify your email address\n\nHi Lena, thanks for signing up for GitHub! To finish, confirm your email address: https://github.com/users/lvogt/emails/48213377/confirm_verification/8f3a1c2d9e7b4a6c8d0e1f2a?via_launch_code_email=true\nThis link expires in 24 hours. If you didn't create an account, ignore this email.",
        "Verify your email for Slack\n\nYour confirmation code is below — enter it in your open browser window and we'll help you get signed in.\n\nQ7X-4RM\n\nIf you didn't request this email, there's nothing to worry about.",
        "Your Microsoft account security code is 483920. If you didn't request a code, you can safely ignore this email. Someone else might have typed your email address by mistake.",
        "Hi, here's your Zoom verification code: 719 204. It expires in 10 minutes. Don't share this code with anyone; Zoom staff will never ask for it.",
        "Confirm your new sign-in method\n\nYou added the Microsoft Authenticator app to your account jdoe@northwind.example on 7 Dec 2026. If this wasn't you, go to https://mysignins.microsoft.com/security-info and remove it.",
        "Dropbox: Verify your email\n\nClick the button below to verify you@northwind.example: https://www.dropbox.com/emails/verify/8f3a1c2d9e7b4a6c?cl=en\nIf you didn't sign up, ignore this email.",
        "Bestätigen Sie Ihre E-Mail-Adresse\n\nVielen Dank für Ihre Registrierung bei DB Navigator. Bitte bestätigen Sie Ihre Adresse über diesen Link: https://www.bahn.de/konto/bestaetigen?token=8f3a1c2d9e7b\nDer Link ist 48 Stunden gültig.",
        "Votre code de vérification Doctolib est 582 914. Il est valable 5 minutes. Ne le communiquez à personne.",
        "Atlassian: Approve sign-in? We noticed a login from Chrome on Windows in Lisbon, Portugal. Open the Atlassian app to approve, or ignore this if it wasn't you and change your password at id.atlassian.com.",
        "Okta Verify: Did you just try to sign in to Northwind Okta (northwind.okta.com) from 203.0.113.5, Berlin? Tap Yes, it's me or No, it's not me in the Okta Verify app.",
        "Your Duo Passcode is 8234571 (use within 60 minutes). If you did not request this, contact the Northwind Service Desk at x4400.",
        "Google: G-482913 is your Google verification code. Don't share it with anyone.",
        "Apple Account Code: 493 821. Don't share it with anyone.",
        "[AWS] Your verification code for root sign-in is 381 902. This code expires in 10 minutes.",
    ),
    *each(
        "https://support.microsoft.com/en-us/account-billing/set-up-the-microsoft-authenticator-app-as-your-verification-method-33452159-6af9-438f-8f82-63ce94cf3d29",
        "other",
        "1. Sign in to https://mysignins.microsoft.com/security-info.\n2. Select Add sign-in method, choose Authenticator app, and select Add.\n3. Scan the QR code with the Microsoft Authenticator app, then enter the 6-digit code to verify.",
    ),
    *each(
        "https://help.okta.com/en-us/content/topics/mobile/okta-verify-overview.htm",
        "other",
        "To enrol a new phone, open https://northwind.okta.com/enduser/settings, select Set up next to Okta Verify and scan the QR code. Never approve a push notification you didn't start.",
    ),
]

# more of the same kinds in other languages and from other brands' own pages
MORE_SUPPORT = [
    *each(
        "https://www.sparkasse.de/service/sperr-notruf.html",
        "other",
        "Sperr-Notruf für Karten und Online-Banking: 116 116 (gebührenfrei aus Deutschland), aus dem Ausland +49 116 116. Ihre Sparkasse fragt Sie niemals am Telefon nach PIN, TAN oder Zugangsdaten.",
    ),
    *each(
        "https://www.poste.it/assistenza.html",
        "other",
        "Assistenza Poste Italiane: 06 4526 3322 da rete fissa e mobile. Poste Italiane non ti chiederà mai codici di accesso, PIN o codici di conferma tramite SMS, e-mail o telefono.",
    ),
    *each(
        "https://www.rakuten-card.co.jp/contact/",
        "other",
        "楽天カードコンタクトセンター：0570-66-6910（9:30〜17:30）。楽天カードがメールやSMSでパスワードや暗証番号の入力を求めることはありません。",
    ),
    *each(
        "https://www.nubank.com.br/contato/",
        "other",
        "Central de atendimento Nubank: 0800 591 2117. O Nubank nunca liga pedindo sua senha, código de verificação ou para você transferir dinheiro para uma conta de segurança.",
    ),
    *each(
        "https://www.bell.ca/Support/contact-us",
        "other",
        "Bell Mobility: dial *611 from your Bell mobile phone or 1 800 667-0123. Bell will never ask you for your password or for a code we sent you by text message.",
    ),
    *each(
        "https://www.telstra.com.au/contact-us",
        "other",
        "Call us on 13 2200 (say 'mobile' or 'internet'). Telstra will never call you to ask for remote access to your computer or to fix a \"problem with your internet\" you didn't report.",
    ),
    *each(
        "https://help.steampowered.com/en/faqs/view/2C3B-4D5E-6F7A-8B9C",
        "other",
        "Steam Support will never contact you by phone or ask you to sign in on another website. If someone claiming to be from Valve asks for your Steam Guard code, they are trying to steal your account.",
    ),
    *each(
        "https://support.google.com/accounts/answer/185839",
        "other",
        'Turn on 2-Step Verification: open your Google Account, select Security, then under "How you sign in to Google" select 2-Step Verification and follow the steps. Google will never call you to ask for a verification code.',
    ),
    *each(
        "https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-mfasettings",
        "other",
        "Report suspicious activity: when a user receives an MFA prompt they didn't start, they can report it from the Microsoft Authenticator app or by pressing 0# on a phone call. The user's risk is raised to high.",
    ),
    *each(
        "https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication",
        "other",
        "After you scan the QR code, GitHub asks for the six-digit code from your app. Download your recovery codes and store them somewhere safe: without them you may lose access to your account if you lose your phone.",
    ),
    *each(
        "https://outlook.office.com/mail/inbox",
        "other",
        "Bitte bestätigen Sie Ihre neue E-Mail-Adresse für Ihr Lufthansa Miles & More Konto: https://www.miles-and-more.com/de/de/account/confirm.html?token=8f3a1c2d9e7b4a6c. Der Link ist 24 Stunden gültig.",
        "Uw verificatiecode voor DigiD is 482913. Deze code is 15 minuten geldig. Deel deze code nooit met anderen, ook niet met medewerkers van DigiD.",
        "Tu código de verificación de WhatsApp es 418-203. No compartas este código con nadie.",
        "Confirmez votre adresse e-mail pour finaliser votre inscription sur Leboncoin : https://www.leboncoin.fr/compte/confirmation?token=8f3a1c2d. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
        "Your sign-in code for Notion is 381-220. If you didn't try to sign in, you can safely ignore this email.",
        "Welcome to Figma! Verify your email to get started: https://www.figma.com/verify?token=8f3a1c2d9e7b4a6c8d0e. This link will expire in 7 days.",
    ),
]

MORE_DEVICE_CODE = [
    *each(
        "https://learn.microsoft.com/en-us/azure/developer/github/connect-from-azure",
        "terminal",
        'az ad sp create-for-rbac --name "gh-actions-deploy" --role contributor --scopes /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web --json-auth',
    ),
    *each(
        "https://docs.databricks.com/en/dev-tools/cli/authentication.html",
        "terminal",
        "databricks auth login --host https://adb-1234567890123456.7.azuredatabricks.net",
    ),
    *each(
        "https://developer.hashicorp.com/terraform/cli/commands/login",
        "terminal",
        "terraform login app.terraform.io",
    ),
    *each(
        "https://docs.snowflake.com/en/user-guide/admin-security-fed-auth-use",
        "terminal",
        "snowsql -a myorg-myaccount -u jdoe@northwind.example --authenticator externalbrowser",
    ),
    *each(
        "https://tailscale.com/kb/1080/cli",
        "other",
        "To authenticate, visit:\n\n\thttps://login.tailscale.com/a/8f3a1c2d9e7b4a\n\nSuccess.",
    ),
    *each(
        "https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-authentication-flows",
        "other",
        "Device code flow is often abused in phishing: an attacker starts the flow and sends the code to the victim, who signs in at microsoft.com/devicelogin. Block it with a Conditional Access policy unless a scenario needs it.",
    ),
]
