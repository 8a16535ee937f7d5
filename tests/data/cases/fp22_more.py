"""fpover22 texts, second round of the same kinds: Windows developer onboarding (WinGet
configuration, WSL, Dev Drive, Visual Studio's installer), more of the developers' own
bootstraps, cloud CLIs in SRE runbooks with tokens in variables, more signing and verification
(signtool, codesign, rpm, apt keyrings, Notation), Windows-side configuration management (DSC,
Intune remediations, Group Policy), more console snippets and service-desk notices (own words;
invented companies on reserved names)."""

from fp22_dev import each

# --- Windows developer onboarding --------------------------------------------------------------
WINDOWS_DEV = [
    *each(
        "https://learn.microsoft.com/en-us/windows/package-manager/configuration/",
        "terminal",
        "winget configure -f .\\configuration.dsc.yaml",
        "winget configure --file https://aka.ms/dev-home/config/sample.winget --accept-configuration-agreements",
        "winget configure test -f .\\.config\\configuration.winget",
    ),
    *each(
        "https://learn.microsoft.com/en-us/windows/wsl/install",
        "terminal",
        "wsl --install",
        "wsl --install -d Ubuntu-24.04",
        "wsl --set-default-version 2",
        "wsl --update && wsl --shutdown",
    ),
    *each(
        "https://learn.microsoft.com/en-us/windows/dev-drive/",
        "terminal",
        "Format-Volume -DriveLetter D -DevDrive",
        "fsutil devdrv query D:",
        "fsutil devdrv setfiltersallowed PrjFlt, MsSecFlt, WdFilter, bindFlt, wcifs",
    ),
    *each(
        "https://learn.microsoft.com/en-us/visualstudio/install/use-command-line-parameters-to-install-visual-studio",
        "terminal",
        "vs_enterprise.exe --add Microsoft.VisualStudio.Workload.ManagedDesktop --add Microsoft.VisualStudio.Workload.NetWeb --includeRecommended --passive --norestart",
        '"C:\\Program Files (x86)\\Microsoft Visual Studio\\Installer\\setup.exe" update --installPath "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise" --passive',
        'winget install --id Microsoft.VisualStudio.2022.BuildTools --override "--wait --passive --add Microsoft.VisualStudio.Workload.VCTools --includeRecommended"',
    ),
    *each(
        "https://github.com/globex-eng/windows-dev-setup/blob/main/README.md",
        "terminal",
        "winget configure -f https://raw.githubusercontent.com/globex-eng/windows-dev-setup/main/globex.dsc.yaml --accept-configuration-agreements",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser; .\\setup.ps1 -Profile backend",
        "git config --global core.autocrlf input; git config --global core.longpaths true",
    ),
    *each(
        "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-install-script",
        "terminal",
        "&powershell -NoProfile -ExecutionPolicy unrestricted -Command \"[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; &([scriptblock]::Create((Invoke-WebRequest -UseBasicParsing 'https://dot.net/v1/dotnet-install.ps1'))) -Channel 8.0\"",
        "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0",
        "./dotnet-install.sh --channel LTS --install-dir ~/cli",
    ),
    *each(
        "https://wiki.northwind.example/display/ENG/Windows+laptop+for+developers",
        "terminal",
        "winget install --id Git.Git -e --source winget; winget install --id Microsoft.PowerShell -e; winget install --id Microsoft.WindowsTerminal -e",
        "irm https://git.northwind.example/eng/win-dev/-/raw/main/bootstrap.ps1 | iex",
        "Install-Module -Name Northwind.DevTools -Repository NorthwindPSGallery -Scope CurrentUser",
        "Register-PSRepository -Name NorthwindPSGallery -SourceLocation https://nuget.northwind.example/v2/ -InstallationPolicy Trusted",
    ),
    *each(
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "terminal",
        'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
        "msiexec.exe /package PowerShell-7.4.6-win-x64.msi /quiet ADD_EXPLORER_CONTEXT_MENU_OPENPOWERSHELL=1 ENABLE_PSREMOTING=1",
    ),
    *each(
        "https://scoop.sh/",
        "terminal",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
        "scoop bucket add extras && scoop install extras/vscode",
    ),
]

# --- more developers' own bootstraps --------------------------------------------------------
DEV_MORE = [
    *each(
        "https://github.com/initech/platform-cli/blob/main/README.md",
        "terminal",
        "curl -fsSL https://raw.githubusercontent.com/initech/platform-cli/main/scripts/install.sh | bash -s -- --version v1.9.2",
        "brew tap initech/tap && brew install initech/tap/platform-cli",
        "go install github.com/initech/platform-cli/cmd/pctl@latest",
    ),
    *each(
        "https://pre-commit.com/",
        "terminal",
        "pip install pre-commit && pre-commit install",
        "pre-commit run --all-files",
        "pre-commit autoupdate --repo https://github.com/pre-commit/pre-commit-hooks",
    ),
    *each(
        "https://direnv.net/docs/installation.html",
        "terminal",
        "curl -sfL https://direnv.net/install.sh | bash",
        "echo 'eval \"$(direnv hook zsh)\"' >> ~/.zshrc",
    ),
    *each(
        "https://just.systems/man/en/pre-built-binaries.html",
        "terminal",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin",
    ),
    *each(
        "https://taskfile.dev/installation/",
        "terminal",
        'sh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d -b ~/.local/bin',
    ),
    *each(
        "https://starship.rs/guide/",
        "terminal",
        "curl -sS https://starship.rs/install.sh | sh",
        "echo 'eval \"$(starship init bash)\"' >> ~/.bashrc",
    ),
    *each(
        "https://ohmyz.sh/#install",
        "terminal",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
        'sh -c "$(wget -O- https://install.ohmyz.sh/)"',
    ),
    *each(
        "https://docs.tailspin.example/engineering/onboarding/day-one",
        "terminal",
        "git clone git@github.com:tailspin/monorepo.git && cd monorepo && ./scripts/bootstrap",
        "./scripts/bootstrap --skip-docker && make doctor",
        "gh auth login --hostname github.com --git-protocol ssh --web",
        "aws configure sso --profile tailspin-dev",
    ),
    *each(
        "https://gitlab.contoso-labs.example/eng/handbook/-/blob/main/onboarding/mac.md",
        "terminal",
        "xcode-select --install",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && brew bundle --file=Brewfile.contoso',
        "curl -fsSL https://gitlab.contoso-labs.example/eng/handbook/-/raw/main/onboarding/mac-defaults.sh | zsh",
    ),
    *each(
        "https://bun.sh/docs/installation",
        "terminal",
        'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.38"',
        'powershell -c "irm bun.sh/install.ps1|iex"',
    ),
    *each(
        "https://docs.deno.com/runtime/getting_started/installation/",
        "terminal",
        "curl -fsSL https://deno.land/install.sh | sh",
        "irm https://deno.land/install.ps1 | iex",
    ),
    *each(
        "https://pnpm.io/installation",
        "terminal",
        "curl -fsSL https://get.pnpm.io/install.sh | sh -",
        "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
        "corepack enable pnpm",
    ),
    *each(
        "https://pixi.sh/latest/",
        "terminal",
        "curl -fsSL https://pixi.sh/install.sh | sh",
        'powershell -ExecutionPolicy ByPass -c "irm -useb https://pixi.sh/install.ps1 | iex"',
    ),
]

# --- cloud CLIs in SRE runbooks, tokens in variables ------------------------------------------
CLOUD_RUNBOOKS = [
    *each(
        "https://runbooks.northwind.example/aws/ec2-unreachable",
        "terminal",
        'aws ec2 describe-instance-status --instance-ids "$INSTANCE_ID" --include-all-instances --profile northwind-prod',
        'aws ec2 get-console-output --instance-id "$INSTANCE_ID" --latest --output text | tail -100',
        'aws ssm send-command --instance-ids "$INSTANCE_ID" --document-name AWS-RunShellScript --parameters \'commands=["systemctl restart nginx"]\'',
    ),
    *each(
        "https://wiki.globex.example/display/SRE/GKE+node+pool+pressure",
        "terminal",
        "gcloud container clusters get-credentials prod-eu --region europe-west1 --project globex-prod",
        "kubectl top nodes --sort-by=memory | head -20",
        "gcloud compute ssh gke-prod-eu-pool-2-7f3a --zone europe-west1-b --tunnel-through-iap -- sudo crictl ps",
    ),
    *each(
        "https://docs.internal.globex.example/sre/azure/app-service-restart",
        "terminal",
        'az login --tenant globex.example && az account set --subscription "Globex Production"',
        "az webapp restart --name globex-portal --resource-group rg-portal-prod",
        "az webapp log tail --name globex-portal --resource-group rg-portal-prod",
    ),
    *each(
        "https://runbooks.tailspin.example/observability/prometheus-targets-down",
        "terminal",
        'curl -s "http://prometheus.monitoring.svc:9090/api/v1/targets?state=active" | jq \'.data.activeTargets[] | select(.health=="down") | .labels.job\'',
        "kubectl -n monitoring port-forward svc/prometheus 9090 &",
        'curl -s -H "Authorization: Bearer $GRAFANA_SA_TOKEN" https://grafana.tailspin.example/api/health',
    ),
    *each(
        "https://confluence.initech.example/display/SRE/Vault+unseal",
        "terminal",
        "export VAULT_ADDR=https://vault.initech.example:8200\nvault status",
        "vault operator unseal",
        "vault token lookup -format=json | jq .data.policies",
    ),
    *each(
        "https://runbooks.northwind.example/linux/disk-full",
        "terminal",
        "sudo du -xh / --max-depth=2 2>/dev/null | sort -rh | head -20",
        "sudo journalctl --vacuum-time=7d",
        "sudo find /var/log -name '*.gz' -mtime +14 -delete",
        "docker system df && docker image prune -af --filter 'until=168h'",
    ),
    *each(
        "https://runbooks.northwind.example/linux/service-flapping",
        "terminal",
        "sudo systemctl status northwind-api --no-pager -l",
        "sudo journalctl -u northwind-api --since '1 hour ago' -p warning",
        'sudo systemctl restart northwind-api && curl -fsS -H "X-Api-Key: $NW_HEALTH_KEY" http://127.0.0.1:8080/health',
    ),
    *each(
        "https://gitlab.contoso-labs.example/sre/runbooks/-/blob/main/certs-expiring.md",
        "terminal",
        "echo | openssl s_client -connect api.contoso-labs.example:443 -servername api.contoso-labs.example 2>/dev/null | openssl x509 -noout -dates",
        "kubectl get certificates -A -o wide | grep -v True",
        "kubectl -n cert-manager logs deploy/cert-manager --since=1h | grep -i error",
    ),
    *each(
        "https://docs.internal.globex.example/sre/oncall/elasticsearch",
        "terminal",
        'curl -s -u "elastic:$ES_PASSWORD" "https://es.globex.example:9200/_cluster/health?pretty"',
        'curl -s -u "elastic:$ES_PASSWORD" "https://es.globex.example:9200/_cat/shards?v&h=index,shard,prirep,state,unassigned.reason" | grep UNASSIGNED',
    ),
    *each(
        "https://runbooks.tailspin.example/windows/dc-replication",
        "terminal",
        "repadmin /replsummary",
        "repadmin /showrepl DC02 /verbose /all /intersite",
        "dcdiag /s:DC02 /test:replications /v",
        "Get-ADReplicationFailure -Target DC02 | Format-Table Partner, FailureCount, FirstFailureTime",
    ),
]

# --- more signing and verification ----------------------------------------------------------
SIGNING_MORE = [
    *each(
        "https://learn.microsoft.com/en-us/windows/win32/seccrypto/using-signtool-to-verify-a-file-signature",
        "terminal",
        "signtool verify /pa /v MyControl.exe",
        "signtool verify /pa /all /tw build\\Release\\northwind-agent.msi",
        "signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a build\\Release\\app.exe",
    ),
    *each(
        "https://developer.apple.com/documentation/security/notarizing-macos-software-before-distribution",
        "terminal",
        "codesign --verify --deep --strict --verbose=2 /Applications/Northwind.app",
        "spctl --assess --type execute -vv /Applications/Northwind.app",
        'xcrun notarytool submit Northwind.zip --keychain-profile "AC_PASSWORD" --wait',
        "xcrun stapler staple Northwind.dmg",
    ),
    *each(
        "https://docs.fedoraproject.org/en-US/fedora/latest/system-administrators-guide/RPM/",
        "terminal",
        "rpm --checksig -v northwind-agent-3.8.0-1.x86_64.rpm",
        "sudo rpm --import https://packages.northwind.example/keys/RPM-GPG-KEY-northwind",
    ),
    *each(
        "https://wiki.debian.org/DebianRepository/UseThirdParty",
        "terminal",
        "curl -fsSL https://packages.northwind.example/apt/northwind.asc | sudo gpg --dearmor -o /usr/share/keyrings/northwind.gpg",
        'echo "deb [signed-by=/usr/share/keyrings/northwind.gpg] https://packages.northwind.example/apt stable main" | sudo tee /etc/apt/sources.list.d/northwind.list',
    ),
    *each(
        "https://notaryproject.dev/docs/quickstarts-guides/quickstart-sign-image-artifact/",
        "terminal",
        "notation verify localhost:5001/net-monitor@sha256:073b75987e95b89f187a89809f08a32033972bb63cda279db8a9ca16b7ff555a",
        'notation cert generate-test --default "wabbit-networks.io"',
        "notation sign localhost:5001/net-monitor@sha256:073b75987e95b89f187a89809f08a32033972bb63cda279db8a9ca16b7ff555a",
    ),
    *each(
        "https://in-toto.io/docs/getting-started/",
        "terminal",
        "in-toto-verify --layout root.layout --verification-keys alice.pub",
    ),
    *each(
        "https://github.com/sigstore/gitsign",
        "terminal",
        "git config --local commit.gpgsign true\ngit config --local gpg.x509.program gitsign\ngit config --local gpg.format x509",
        "git verify-commit HEAD",
    ),
    *each(
        "https://www.gnupg.org/gph/en/manual/x135.html",
        "terminal",
        "gpg --output doc.sig --sign doc",
        "gpg --output doc --decrypt doc.sig",
    ),
    *each(
        "https://confluence.initech.example/display/REL/Verifying+our+downloads",
        "terminal",
        "curl -fsSLO https://downloads.initech.example/pctl/1.9.2/SHA256SUMS{,.sig}\ngpg --verify SHA256SUMS.sig SHA256SUMS\nsha256sum --ignore-missing -c SHA256SUMS",
        "Get-FileHash .\\pctl-1.9.2-windows-amd64.zip -Algorithm SHA256 | Select-Object -ExpandProperty Hash",
        "cosign verify ghcr.io/initech/pctl:1.9.2 --certificate-identity-regexp 'https://github.com/initech/platform-cli/.github/workflows/release.yml@refs/tags/v.*' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
    ),
]

# --- Windows-side configuration management ---------------------------------------------------
WINDOWS_CONFIG = [
    *each(
        "https://learn.microsoft.com/en-us/powershell/dsc/overview",
        "terminal",
        "dsc resource list",
        "dsc config get --file ./example.dsc.config.yaml",
        "Start-DscConfiguration -Path .\\WebServerConfig -Wait -Verbose -Force",
    ),
    *each(
        "https://wiki.northwind.example/display/IT/Intune+remediation+scripts",
        "terminal",
        "Get-ChildItem 'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs' | Sort-Object LastWriteTime -Descending | Select-Object -First 5",
        "Restart-Service -Name IntuneManagementExtension -Force",
        'Start-Process "intunemanagementextension://syncapp"',
    ),
    *each(
        "https://intranet.globex.example/it/group-policy",
        "terminal",
        "gpupdate /force",
        "gpresult /h $env:USERPROFILE\\Desktop\\gpresult.html /f",
        "Invoke-GPUpdate -Computer WS-0231 -RandomDelayInMinutes 0 -Force",
    ),
    *each(
        "https://confluence.initech.example/display/SYS/cloud-init+templates",
        "terminal",
        "sudo cloud-init clean --logs && sudo cloud-init init",
        "cloud-init schema --config-file user-data.yaml --annotate",
        "sudo cat /var/log/cloud-init-output.log | tail -50",
    ),
    *each(
        "https://docs.saltproject.io/en/latest/ref/cli/salt-call.html",
        "terminal",
        "salt-call --local grains.items",
        "salt-call --master=salt.example.com state.apply webserver",
    ),
    *each(
        "https://www.puppet.com/docs/puppet/8/man/agent.html",
        "terminal",
        "puppet agent --onetime --no-daemonize --verbose --server puppet.example.com",
    ),
    *each(
        "https://docs.chef.io/ctl_chef_client/",
        "terminal",
        "chef-client -z -o 'recipe[apache2]'",
        "chef-client --once --splay 60 --chef-license accept-silent",
    ),
]

# --- more console snippets --------------------------------------------------------------------
CONSOLE_MORE = [
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/now",
        "browser_console",
        "const t0 = performance.now();\nfor (let i = 0; i < 1e6; i++) {}\nconsole.log(`Loop took ${performance.now() - t0} ms.`);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "browser_console",
        "document.querySelectorAll('a[href^=\"http\"]').forEach(a => console.log(a.href));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/storage",
        "browser_console",
        "navigator.storage.estimate().then(({usage, quota}) => console.log(`Using ${usage} of ${quota} bytes.`));",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/log",
        "browser_console",
        "console.group('Request');\nconsole.info('url', location.href);\nconsole.table([{a: 1, b: 2}, {a: 3, b: 4}]);\nconsole.groupEnd();",
        "console.count('clicks'); console.countReset('clicks');",
    ),
    *each(
        "https://stackoverflow.com/questions/9229645/remove-duplicate-values-from-js-array",
        "browser_console",
        "const uniq = [...new Set(['a', 'b', 'a', 'c'])];\nconsole.log(uniq);",
    ),
    *each(
        "https://stackoverflow.com/questions/3514784/what-is-the-best-way-to-detect-a-mobile-device",
        "browser_console",
        "window.matchMedia('(pointer: coarse)').matches",
    ),
    *each(
        "https://stackoverflow.com/questions/4068373/center-a-popup-window-on-screen",
        "browser_console",
        "document.querySelectorAll('*').forEach(el => { if (el.offsetWidth > document.documentElement.offsetWidth) console.log(el); });",
    ),
    *each(
        "https://web.dev/articles/optimize-inp",
        "browser_console",
        "new PerformanceObserver((list) => {\n  list.getEntries().forEach((entry) => {\n    if (entry.duration > 200) console.log('Slow interaction', entry.name, entry.duration);\n  });\n}).observe({type: 'event', durationThreshold: 16, buffered: true});",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams",
        "browser_console",
        "const params = new URLSearchParams(location.search);\nfor (const [key, value] of params) console.log(key, value);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Crypto/randomUUID",
        "browser_console",
        "crypto.randomUUID()",
        "Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('')",
    ),
    *each(
        "https://stackoverflow.com/questions/2010892/how-to-store-objects-in-html5-localstorage-sessionstorage",
        "browser_console",
        "localStorage.setItem('settings', JSON.stringify({theme: 'dark'}));\nJSON.parse(localStorage.getItem('settings'));",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/storage/cookies",
        "browser_console",
        "await cookieStore.getAll()",
    ),
]

# --- more service-desk notices -----------------------------------------------------------------
NOTICES_MORE = [
    *each(
        "https://outlook.office.com/mail/inbox/id/AAQkAGNorthwindITnotice",
        "other",
        "From: IT Service Desk <servicedesk@northwind.example>\nSubject: Password expiry reminder\n\nYour Windows password expires in 5 days. Change it with Ctrl+Alt+Del > Change a password while on the office network or VPN. Trouble? Call us on ext. 4400. We will never send you a link to change it.",
    ),
    *each(
        "https://intranet.globex.example/it/news/new-phone-numbers",
        "other",
        "The Service Desk has new phone numbers from Monday: UK +44 20 7946 0888, Germany +49 89 1234 5888, US +1 312 555 0188. The old 0800 number will forward calls until the end of January.",
    ),
    *each(
        "https://intranet.fabrikam.example/de/it/neue-laptops",
        "other",
        "Laptop-Tausch: Ihr neues Gerät liegt ab Dienstag in der IT-Ausgabe (Raum 0.14) bereit. Vereinbaren Sie einen Termin über das Self-Service-Portal oder telefonisch unter 089 12345-7000.",
    ),
    *each(
        "https://intranet.contoso-labs.example/fr/it/teletravail",
        "other",
        "Télétravail : si le VPN refuse votre connexion après le changement de mot de passe, redémarrez le poste connecté au réseau de l'entreprise ou appelez le support au 01 70 00 42 42.",
    ),
    *each(
        "https://intranet.initech.example/nl/ict/phishingtest",
        "other",
        "Deze week kan je een oefenmail van ons ontvangen. Twijfel je of een mail echt is? Gebruik de knop 'Phishing melden' in Outlook of bel de servicedesk op 020 555 0199.",
    ),
    *each(
        "https://intranet.tailspin.example/ja/it/pc-kokan",
        "other",
        "PC入替のお知らせ：対象の方には情報システム部から個別にメールでご連絡します。データ移行でお困りの場合は、ITサービスデスク（内線 3300）までご連絡ください。",
    ),
    *each(
        "https://intranet.northwind.example/zh-tw/it/gonggao",
        "other",
        "資訊部公告：本週五晚上 10 點至 12 點進行網路設備更新，期間無法使用 VPN。如有問題請撥打服務台分機 8800。",
    ),
    *each(
        "https://intranet.globex.example/pl/it/telefony",
        "other",
        "Nowe telefony służbowe można odebrać w pokoju 214. Przed odbiorem zadzwoń do Service Desku pod numer 22 555 01 01, aby umówić godzinę.",
    ),
    *each(
        "https://intranet.fabrikam.example/es/ti/phishing",
        "other",
        "Si crees que has introducido tu contraseña en una página falsa, cámbiala desde el portal corporativo y llama ya al Centro de Servicios: 910 00 12 34. No esperes al día siguiente.",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/it/nuovo-numero",
        "other",
        "Dal 1° gennaio il Service Desk risponde al nuovo numero 02 8000 5600. Il vecchio interno 5500 resterà attivo fino a fine febbraio.",
    ),
    *each(
        "https://intranet.initech.example/da/it/driftsinfo",
        "other",
        "Driftsinfo: Outlook på Mac viser en fejl om certifikater efter opdateringen. Genstart Outlook; hjælper det ikke, så ring til IT-supporten på 33 55 44 00.",
    ),
    *each(
        "https://intranet.tailspin.example/no/it/melding",
        "other",
        "IT-melding: Skriverne i 2. etasje er tilbake i drift. Ring brukerstøtte på 22 55 50 00 hvis utskriftene dine fortsatt står i kø.",
    ),
    *each(
        "https://intranet.northwind.example/ro/it/anunt",
        "other",
        "Anunț IT: Sâmbătă între 02:00 și 04:00 serviciul de e-mail va fi indisponibil. Pentru probleme după această oră, sunați la Service Desk la 021 555 0101.",
    ),
    *each(
        "https://intranet.globex.example/ms/it/notis",
        "other",
        "Notis IT: Sistem e-mel akan diselenggara pada malam Sabtu. Jika tidak dapat log masuk selepas itu, sila hubungi Meja Khidmat di sambungan 2424.",
    ),
]
