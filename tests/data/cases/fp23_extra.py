"""fpover23 texts, a third round: what administrators persist and schedule from their own docs
(scheduled tasks, launch daemons, cron jobs, registry policies, package repositories), Jamf
scripts that talk to the user, Kubernetes manifests applied from a vendor's repository, and
password-expiry and account notices from the company's own intranet (own words; invented
companies on reserved names)."""

from fp23_left import each

PERSIST_OWN = [
    *each(
        "https://kb.northwind.example/euc/windows/scheduled-tasks",
        "terminal",
        'schtasks /Create /TN "Northwind\\InventoryUpload" /TR "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ProgramData\\Northwind\\Upload-Inventory.ps1" /SC DAILY /ST 09:30 /RU SYSTEM /F',
        "Get-ScheduledTask -TaskPath '\\Northwind\\' | Get-ScheduledTaskInfo | Select-Object TaskName, LastRunTime, LastTaskResult",
    ),
    *each(
        "https://wiki.fabrikam.example/display/EUC/Registry+policies+for+Edge",
        "terminal",
        'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge" /v HomepageLocation /t REG_SZ /d "https://intranet.fabrikam.example" /f',
        'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist" /v 1 /t REG_SZ /d "fabrikamextid0000000000000000000;https://edge.microsoft.com/extensionwebstorebase/v1/crx" /f',
        'reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge" /s',
    ),
    *each(
        "https://docs.contoso-labs.example/mac-fleet/launchdaemons",
        "terminal",
        "sudo launchctl bootstrap system /Library/LaunchDaemons/com.contoso-labs.inventory.plist",
        "sudo launchctl print system/com.contoso-labs.inventory | head -30",
        "plutil -lint /Library/LaunchDaemons/com.contoso-labs.inventory.plist",
    ),
    *each(
        "https://wiki.globex.example/display/SRE/Cron+health+pings",
        "terminal",
        "(crontab -l 2>/dev/null; echo '15 2 * * * /opt/backup/run.sh && curl -fsS -m 10 --retry 3 https://hc-ping.com/5f1c2d3e-aaaa-bbbb-cccc-0123456789ab > /dev/null') | crontab -",
        "crontab -l | grep -n backup",
    ),
    *each(
        "https://docs.initech.example/ops/packages/apt-repo",
        "terminal",
        'curl -fsSL https://apt.initech.example/initech.gpg | sudo gpg --dearmor -o /usr/share/keyrings/initech.gpg\necho "deb [signed-by=/usr/share/keyrings/initech.gpg] https://apt.initech.example stable main" | sudo tee /etc/apt/sources.list.d/initech.list\nsudo apt-get update && sudo apt-get install -y initech-agent',
    ),
    *each(
        "https://kb.tailspin.example/euc/windows/startup-scripts",
        "terminal",
        "Copy-Item \\\\fs01.tailspin.example\\NETLOGON\\MapDrives.ps1 \"$env:ProgramData\\Tailspin\\\"\nRegister-ScheduledTask -TaskName 'Tailspin Map Drives' -Trigger (New-ScheduledTaskTrigger -AtLogOn) -Action (New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -WindowStyle Hidden -File C:\\ProgramData\\Tailspin\\MapDrives.ps1')",
    ),
    *each(
        "https://wiki.northwind.example/display/MAC/Jamf+user+prompts",
        "other",
        '#!/bin/zsh\nanswer=$(osascript -e \'button returned of (display dialog "Northwind IT needs to restart your Mac to finish installing updates. Restart now?" buttons {"Later", "Restart"} default button "Restart" with icon caution)\')\n[[ "$answer" == "Restart" ]] && shutdown -r now',
        "#!/bin/bash\n/Library/Application\\ Support/JAMF/bin/jamfHelper.app/Contents/MacOS/jamfHelper -windowType utility -title 'Northwind IT' -description 'Your Mac will restart at 18:00 to finish updates.' -button1 'OK'",
    ),
    *each(
        "https://docs.fabrikam.example/platform/k8s/ingress",
        "terminal",
        "kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.12.0/deploy/static/provider/cloud/deploy.yaml",
        "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.2/cert-manager.yaml",
        "helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx && helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace",
    ),
    *each(
        "https://docs.contoso-labs.example/platform/k8s/argocd",
        "terminal",
        "kubectl create namespace argocd && kubectl apply -n argocd -f https://raw.githubusercontent.com/argoproj/argo-cd/stable/manifests/install.yaml",
        "argocd admin initial-password -n argocd",
    ),
]

ACCOUNT_NOTICES = [
    *each(
        "https://intranet.northwind.example/it/password-expiry",
        "other",
        "Your Northwind password expires in 3 days. Change it now at https://passwordreset.microsoftonline.com or press Ctrl+Alt+Del on your laptop. If you are locked out, call the Service Desk on +44 20 7946 0123.",
        "Locked out after too many attempts? Your account unlocks by itself after 15 minutes. If you need access sooner, call the Service Desk on ext. 4400 — we will verify you with your employee number.",
    ),
    *each(
        "https://intranet.fabrikam.example/de/it/konto-gesperrt",
        "other",
        "Ihr Windows-Konto wurde nach zu vielen Fehlversuchen gesperrt? Es wird nach 15 Minuten automatisch entsperrt. Wenn es eilt, rufen Sie den Servicedesk unter Durchwahl 7000 an.",
    ),
    *each(
        "https://intranet.contoso-labs.example/fr/informatique/compte-verrouille",
        "other",
        "Votre compte est verrouillé après plusieurs mots de passe erronés ? Il se déverrouille tout seul au bout de 15 minutes. En cas d'urgence, appelez le support au poste 4242.",
    ),
    *each(
        "https://intranet.globex.example/es/ti/cuenta-bloqueada",
        "other",
        "¿Tu cuenta se ha bloqueado por varios intentos fallidos? Se desbloquea sola a los 15 minutos. Si es urgente, llama a Soporte TI a la extensión 1234.",
    ),
    *each(
        "https://intranet.initech.example/it/mfa-reset",
        "other",
        "Lost your phone? Your Authenticator app can't be moved without it. Call the Service Desk on ext. 5500 from a colleague's phone; we'll confirm who you are with your manager and issue a temporary access pass.",
    ),
    *each(
        "https://intranet.tailspin.example/it/laptop-stolen",
        "other",
        "Laptop lost or stolen? Call the Service Desk immediately on 020 555 0199 (24/7) so we can lock and wipe it remotely, then report it to your manager.",
    ),
    *each(
        "https://intranet.northwind.example/it/new-starter-first-login",
        "other",
        "First day? Sign in with the temporary password your manager gave you; you'll be asked to choose a new one. Problems? Call the Service Desk on +44 20 7946 0123 — we never ask for your password.",
    ),
]

# console snippets from the site's own developer docs that call the site's own API
CONSOLE_OWN = [
    *each(
        "https://docs.github.com/en/rest/quickstart",
        "browser_console",
        "fetch('https://api.github.com/repos/octocat/Hello-World').then((r) => r.json()).then((repo) => console.log(repo.stargazers_count));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
        "browser_console",
        "const mq = window.matchMedia('(prefers-color-scheme: dark)');\nconsole.log('dark mode:', mq.matches);\nmq.addEventListener('change', (e) => console.log('now dark:', e.matches));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/userAgentData",
        "browser_console",
        "navigator.userAgentData?.getHighEntropyValues(['platformVersion', 'architecture']).then(console.log);",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/reference",
        "browser_console",
        "document.designMode = 'on';",
        "$0.style.outline = '2px solid red';",
    ),
]

# a fourth round, the same kinds in other forms
MORE_KINDS = [
    *each(
        "https://github.com/hollowbrook/pyfastcsv/blob/main/RELEASING.md",
        "terminal",
        "gh pr create --base main --head release/2.3.0 --title 'Release 2.3.0' --body-file .github/release-template.md",
        "git log --oneline v2.2.0..HEAD --no-merges | sed 's/^/- /' > CHANGELOG-draft.md",
    ),
    *each(
        "https://github.com/lumen-ui/lumen/blob/main/docs/maintainers.md",
        "terminal",
        'npm deprecate @lumen-ui/core@"< 3.0.0" "Lumen 2.x is no longer maintained; please upgrade to 4.x"',
        "npm access list collaborators @lumen-ui/core && npm owner ls @lumen-ui/core",
        "npm unpublish @lumen-ui/core@4.1.1-rc.0",
    ),
    *each(
        "https://github.com/quarry-rs/quarry/blob/main/RELEASE.md",
        "terminal",
        "cargo yank --version 0.18.1 quarry-core && cargo owner --list quarry-core",
        "git cliff --tag v0.19.0 -o CHANGELOG.md && git add CHANGELOG.md && git commit -m 'chore: changelog for 0.19.0'",
    ),
    *each(
        "https://github.com/tidewater-dev/tidewater/blob/main/docs/releasing.md",
        "terminal",
        "docker manifest inspect ghcr.io/tidewater-dev/tidewater:1.8.0 | jq '.manifests[].platform'",
        "cosign verify ghcr.io/tidewater-dev/tidewater:1.8.0 --certificate-identity-regexp 'https://github.com/tidewater-dev/tidewater/.github/workflows/release.yml@.*' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
    ),
    *each(
        "https://gitlab.com/fernwood/fernwood-api/-/blob/main/.gitlab-ci.yml",
        "terminal",
        "gitlab-runner exec docker test --env CI_JOB_TOKEN=local",
        "glab ci view main && glab ci trace 48213377",
    ),
    *each(
        "https://github.com/harborlight/harborlight/blob/main/.github/workflows/e2e.yml",
        "terminal",
        "kind create cluster --config .github/kind.yaml --wait 120s\nkubectl apply -k deploy/overlays/e2e\nkubectl wait --for=condition=Available deployment --all -n harborlight --timeout=180s",
        "act -j e2e --secret-file .secrets --container-architecture linux/amd64",
    ),
    *each(
        "https://wiki.northwind.example/display/DBA/Point+in+time+recovery",
        "terminal",
        'pgbackrest --stanza=orders --type=time "--target=2026-12-07 14:30:00+00" --delta restore',
        "barman recover --target-time '2026-12-07 14:30:00' pg01 latest /var/lib/postgresql/16/main --remote-ssh-command 'ssh postgres@pg01-restore'",
        "wal-g backup-list --detail && wal-g backup-fetch /var/lib/postgresql/16/main LATEST",
    ),
    *each(
        "https://kb.fabrikam.example/dba/mysql/restore-single-table",
        "terminal",
        "sed -n '/^-- Table structure for table `orders`/,/^-- Table structure for table/p' shop_2026-12-07.sql > orders_only.sql && mysql shop_restore < orders_only.sql",
        "mysqlbinlog --start-datetime='2026-12-07 09:00:00' --stop-datetime='2026-12-07 09:42:00' binlog.000412 | mysql -u root -p shop",
    ),
    *each(
        "https://docs.contoso-labs.example/dba/elasticsearch-snapshots",
        "terminal",
        "curl -s -u \"elastic:$ES_PASSWORD\" -X PUT 'https://es01.contoso-labs.example:9200/_snapshot/nightly/snap-2026.12.07?wait_for_completion=true'",
        'curl -s -u "elastic:$ES_PASSWORD" -X POST \'https://es01.contoso-labs.example:9200/_snapshot/nightly/snap-2026.12.07/_restore\' -H \'Content-Type: application/json\' -d \'{"indices": "orders-*", "rename_pattern": "(.+)", "rename_replacement": "restored-$1"}\'',
    ),
    *each(
        "https://intranet.northwind.example/security/awareness/deepfake-ceo-call",
        "other",
        "New this quarter: a finance colleague got a voice message that sounded exactly like our CFO asking for an urgent transfer to a new supplier account. Our rule: payment changes are confirmed by calling the supplier on the number already in our records, never the number in the message.",
    ),
    *each(
        "https://security.fabrikam.example/awareness/browser-notification-spam",
        "other",
        "If your browser keeps showing 'Your PC is infected! Call support' pop-ups, a web site has been allowed to send you notifications. Remove it under Settings › Privacy › Site settings › Notifications. It is an advert, not a warning from Windows, and the number in it is a scammer's.",
    ),
    *each(
        "https://intranet.contoso-labs.example/security/awareness/pl/falszywy-kurier",
        "other",
        "Przykład oszustwa: SMS „Twoja paczka czeka na dopłatę 2,49 zł: hxxps://kurier-doplata[.]example”. Firmy kurierskie nie proszą o dopłaty SMS-em. Usuń wiadomość i zgłoś ją na adres bezpieczenstwo@contoso-labs.example.",
    ),
    *each(
        "https://intranet.globex.example/security/awareness/pt/golpe-do-suporte",
        "other",
        'Exemplo de golpe: alguém liga dizendo ser do suporte técnico e pede para você instalar o AnyDesk "para corrigir um problema no e-mail". O nosso suporte nunca liga pedindo isso. Desligue e ligue você para o Service Desk no ramal 7700.',
    ),
    *each(
        "https://github.com/globex-soc/hunts/blob/main/kql/quick-assist-after-call.kql",
        "other",
        'let calls = DeviceEvents | where ActionType == "BrowserLaunchedToOpenUrl" and RemoteUrl has "quickassist";\nDeviceProcessEvents\n| where FileName =~ "QuickAssist.exe"\n| join kind=inner calls on DeviceId\n| project Timestamp, DeviceName, AccountName',
    ),
    *each(
        "https://github.com/northwind-sec/detections/blob/main/sigma/proc_creation_macos_curl_pipe_bash.yml",
        "other",
        "title: Curl Output Piped To Shell On macOS\nlogsource:\n  category: process_creation\n  product: macos\ndetection:\n  selection:\n    ParentImage|endswith:\n      - '/Terminal'\n      - '/iTerm2'\n    CommandLine|contains|all:\n      - 'curl '\n      - '| bash'\n  filter_brew:\n    CommandLine|contains: 'raw.githubusercontent.com/Homebrew/install'\n  condition: selection and not filter_brew\nlevel: medium",
    ),
    *each(
        "https://github.com/fabrikam-dfir/yara-rules/blob/main/macos_stealer_osascript.yar",
        "other",
        'rule MacOS_Stealer_Password_Prompt\n{\n    strings:\n        $a = "display dialog" ascii\n        $b = "with hidden answer" ascii\n        $c = "System Preferences" ascii\n    condition:\n        all of them\n}',
    ),
    *each(
        "https://intranet.tailspin.example/it/announcements/phone-system",
        "other",
        "From Monday, the Service Desk answers on a single number for every office: +31 20 555 0199. Press 1 for a password reset, 2 for hardware, 3 for everything else. The old office numbers stop working on 1 February.",
    ),
    *each(
        "https://intranet.initech.example/it/travel-laptop",
        "other",
        "Travelling abroad with your laptop? Tell the Service Desk a week before you go (ext. 5500 or +39 02 8000 5500) so we can enable roaming for VPN. If you lose access while away, call +39 02 8000 5599 — it's staffed 24/7.",
    ),
    *each(
        "https://www.northbank.example/help/cards/lost-or-stolen",
        "other",
        "Lost your card? Freeze it instantly in the Northbank app, then order a replacement. If you can't get into the app, call us any time on 0345 600 1234.",
    ),
    *each(
        "https://help.streamflix.example/article/unrecognised-sign-in",
        "other",
        "We emailed you about a sign-in from a new device? If it was you, there's nothing to do. If not, change your password at streamflix.example/account and sign out of all devices. We'll never call you about this.",
    ),
    *each(
        "https://kb.globex.example/mac/printers",
        "terminal",
        "lpadmin -p Floor3-MFP -E -v ipp://print01.globex.example/printers/Floor3-MFP -m everywhere -o printer-is-shared=false",
        "cancel -a -x && lpstat -p -d",
    ),
    *each(
        "https://wiki.fabrikam.example/display/PLAT/Journald+retention",
        "terminal",
        "sudo mkdir -p /etc/systemd/journald.conf.d && printf '[Journal]\\nSystemMaxUse=2G\\nMaxRetentionSec=30day\\n' | sudo tee /etc/systemd/journald.conf.d/retention.conf && sudo systemctl restart systemd-journald",
        "sudo journalctl --vacuum-time=14d --vacuum-size=1G",
    ),
    *each(
        "https://docs.initech.example/ops/systemd/socket-activation",
        "other",
        "[Unit]\nDescription=Initech metrics socket\n\n[Socket]\nListenStream=127.0.0.1:9464\nAccept=no\n\n[Install]\nWantedBy=sockets.target",
    ),
    *each(
        "https://kb.northwind.example/euc/windows/onedrive-kfm",
        "terminal",
        'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\OneDrive" /v KFMSilentOptIn /t REG_SZ /d "3f2504e0-4f89-11d3-9a0c-0305e82c3301" /f',
        "Start-Process \"$env:LOCALAPPDATA\\Microsoft\\OneDrive\\OneDrive.exe\" -ArgumentList '/reset'",
    ),
]
