"""fpover23 texts, the harder half of the same kinds: lines that fetch and run, as lures do, but
from the page's own organisation or from the vendor its address names: agents from an intranet
or IT section that names the product only, Intune/SCCM/Jamf scripts that download the company's
own installer, cloud-init that runs a vendor's install script, CI steps that install their
toolchain with the toolchain's own one-liner, restores that stream a dump from the company's
bucket (own words; invented companies on reserved names, vendors' install lines as they
document them)."""

from fp23_left import each

INTRANET_FETCH = [
    *each(
        "https://intranet.globex.example/it/fleet",
        "terminal",
        'curl -fsSL -o fleet-osquery.pkg "https://globex.cloud.fleetdm.com/api/latest/fleet/download_installer/pkg?enroll_secret=$FLEET_SECRET" && sudo installer -pkg fleet-osquery.pkg -target /',
    ),
    *each(
        "https://intranet.contoso-labs.example/it/tailscale",
        "terminal",
        "curl -fsSL https://tailscale.com/install.sh | sh",
        "sudo tailscale up --authkey=$TS_AUTHKEY --advertise-tags=tag:laptop",
    ),
    *each(
        "https://it.northwind.example/tools/netbird",
        "terminal",
        "curl -fsSL https://pkgs.netbird.io/install.sh | sh",
        "netbird up --management-url https://netbird.northwind.example --setup-key $NB_SETUP_KEY",
    ),
    *each(
        "https://intranet.fabrikam.example/it/teleport",
        "terminal",
        "curl https://goteleport.com/static/install.sh | bash -s 16.4.6",
        "tsh login --proxy=teleport.fabrikam.example:443 --auth=okta",
    ),
    *each(
        "https://intranet.initech.example/it/datadog",
        "terminal",
        'DD_API_KEY=$DD_API_KEY DD_SITE="datadoghq.eu" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    *each(
        "https://it.tailspin.example/agents/wazuh",
        "terminal",
        "curl -so wazuh-agent.deb https://packages.wazuh.com/4.x/apt/pool/main/w/wazuh-agent/wazuh-agent_4.9.2-1_amd64.deb && sudo WAZUH_MANAGER='wazuh.tailspin.example' dpkg -i ./wazuh-agent.deb",
        "Invoke-WebRequest -Uri https://packages.wazuh.com/4.x/windows/wazuh-agent-4.9.2-1.msi -OutFile $env:TEMP\\wazuh-agent.msi; msiexec.exe /i $env:TEMP\\wazuh-agent.msi /q WAZUH_MANAGER='wazuh.tailspin.example'",
    ),
    *each(
        "https://intranet.northwind.example/it/elastic-agent",
        "terminal",
        "curl -L -O https://artifacts.elastic.co/downloads/beats/elastic-agent/elastic-agent-8.16.1-linux-x86_64.tar.gz && tar xzvf elastic-agent-8.16.1-linux-x86_64.tar.gz && cd elastic-agent-8.16.1-linux-x86_64 && sudo ./elastic-agent install --url=https://fleet.northwind.example:443 --enrollment-token=$ENROLL_TOKEN",
    ),
    *each(
        "https://it.globex.example/tools/cloudflared",
        "terminal",
        "curl -L --output cloudflared.deb https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-linux-amd64.deb && sudo dpkg -i cloudflared.deb",
        "warp-cli registration new globex && warp-cli connect",
    ),
    *each(
        "https://intranet.fabrikam.example/it/newrelic",
        "terminal",
        "curl -Ls https://download.newrelic.com/install/newrelic-cli/scripts/install.sh | bash && sudo NEW_RELIC_API_KEY=$NR_KEY NEW_RELIC_ACCOUNT_ID=3141592 NEW_RELIC_REGION=EU /usr/local/bin/newrelic install -n logs-integration",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/zerotier",
        "terminal",
        "curl -s https://install.zerotier.com | sudo bash && sudo zerotier-cli join 8056c2e21c000001",
    ),
    *each(
        "https://it.initech.example/endpoint/osquery",
        "terminal",
        "curl -L https://pkg.osquery.io/deb/osquery_5.14.1-1.linux_amd64.deb -o osquery.deb && sudo dpkg -i osquery.deb && sudo osqueryctl start",
    ),
    *each(
        "https://intranet.tailspin.example/it/1password",
        "terminal",
        "curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor --output /usr/share/keyrings/1password-archive-keyring.gpg",
    ),
    *each(
        "https://intranet.globex.example/it/grafana-alloy",
        "terminal",
        'ARCH="amd64" GCLOUD_HOSTED_METRICS_URL="https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push" GCLOUD_RW_API_KEY="$GRAFANA_TOKEN" /bin/sh -c "$(curl -fsSL https://storage.googleapis.com/cloud-onboarding/alloy/scripts/install-linux.sh)"',
    ),
]

WINDOWS_FETCH = [
    *each(
        "https://wiki.northwind.example/display/EUC/Intune+remediation+-+VPN+client",
        "terminal",
        '$msi = "$env:TEMP\\GlobalProtect64.msi"\nInvoke-WebRequest -Uri \'https://northwindeuc.blob.core.windows.net/packages/GlobalProtect64-6.2.4.msi\' -OutFile $msi\nStart-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn PORTAL=vpn.northwind.example" -Wait',
    ),
    *each(
        "https://kb.fabrikam.example/euc/intune/remediations/chrome",
        "terminal",
        "$url = 'https://dl.google.com/tag/s/dl/chrome/install/googlechromestandaloneenterprise64.msi'\n$out = Join-Path $env:TEMP 'chrome.msi'\n(New-Object Net.WebClient).DownloadFile($url, $out)\nStart-Process msiexec.exe -ArgumentList \"/i $out /qn /norestart\" -Wait",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/sccm/scripts",
        "terminal",
        "iex (New-Object Net.WebClient).DownloadString('https://sccm01.contoso-labs.example/scripts/Repair-CMClient.ps1')",
        "powershell.exe -ExecutionPolicy Bypass -File \\\\sccm01.contoso-labs.example\\Scripts$\\Reset-WUComponents.ps1",
    ),
    *each(
        "https://docs.globex.example/euc/winget/company-source",
        "terminal",
        "winget source add --name globex --arg https://winget.globex.example/api --type Microsoft.Rest\nwinget install --source globex Globex.VPNProfile",
    ),
    *each(
        "https://kb.initech.example/windows/choco-internal",
        "terminal",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://nexus.initech.example/repository/choco-raw/install.ps1'))",
        'choco source add -n=initech -s="https://nexus.initech.example/repository/choco/" --priority=1 && choco source disable -n=chocolatey',
    ),
    *each(
        "https://wiki.tailspin.example/display/EUC/Intune+-+Company+Portal+reinstall",
        "terminal",
        "Get-AppxPackage -Name Microsoft.CompanyPortal | Remove-AppxPackage\nStart-Process 'ms-windows-store://pdp/?productid=9WZDNCRFJ3PZ'",
    ),
    *each(
        "https://kb.northwind.example/euc/zoom-update",
        "terminal",
        'Start-BitsTransfer -Source \'https://zoom.us/client/latest/ZoomInstallerFull.msi?archType=x64\' -Destination "$env:TEMP\\ZoomInstallerFull.msi"\nmsiexec /i "$env:TEMP\\ZoomInstallerFull.msi" /quiet /norestart ZoomAutoUpdate=1',
    ),
    *each(
        "https://intranet.fabrikam.example/it/printers/papercut",
        "terminal",
        "msiexec /i \\\\papercut01.fabrikam.example\\PCClient\\win\\pc-client-admin-deploy.msi /qn ALLUSERS=1",
    ),
]

MAC_FETCH = [
    *each(
        "https://wiki.northwind.example/display/MAC/Jamf+policy+scripts",
        "other",
        '#!/bin/zsh\ntmp=$(mktemp -d)\ncurl -fsSL -o "$tmp/Slack.dmg" \'https://slack.com/ssb/download-osx-universal\'\nhdiutil attach -nobrowse -quiet "$tmp/Slack.dmg" -mountpoint "$tmp/mnt"\nditto "$tmp/mnt/Slack.app" /Applications/Slack.app\nhdiutil detach -quiet "$tmp/mnt"',
        "#!/bin/bash\ncurl -fsSL -o /tmp/googlechrome.pkg 'https://dl.google.com/dl/chrome/mac/universal/stable/gcem/GoogleChrome.pkg'\n/usr/sbin/installer -pkg /tmp/googlechrome.pkg -target /\nrm -f /tmp/googlechrome.pkg",
    ),
    *each(
        "https://kb.fabrikam.example/mac/installomator",
        "terminal",
        "sudo /usr/local/Installomator/Installomator.sh zoom NOTIFY=silent BLOCKING_PROCESS_ACTION=tell_user",
        "sudo /usr/local/Installomator/Installomator.sh microsoftteamsnew DEBUG=0",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/mac/rosetta-and-cli-tools",
        "terminal",
        "sudo softwareupdate --install-rosetta --agree-to-license",
        "xcode-select --install",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    *each(
        "https://docs.globex.example/mac-fleet/dock",
        "terminal",
        "/usr/local/bin/dockutil --add /Applications/Self\\ Service.app --allhomes && killall Dock",
        'sudo -u "$(stat -f%Su /dev/console)" defaults write com.apple.dock autohide -bool true && killall Dock',
    ),
    *each(
        "https://wiki.initech.example/display/MAC/Crowdstrike+on+Mac",
        "terminal",
        "sudo /Applications/Falcon.app/Contents/Resources/falconctl license $FALCON_CID",
        "sudo /Applications/Falcon.app/Contents/Resources/falconctl stats agent_info",
    ),
    *each(
        "https://kb.tailspin.example/mac/reset-keychain",
        "terminal",
        "security delete-generic-password -s 'Microsoft Office Identities Cache 3'; killall -9 'Microsoft Outlook'",
        "security find-certificate -a -c 'Tailspin Root CA' -p /Library/Keychains/System.keychain | openssl x509 -noout -enddate",
    ),
]

LINUX_FETCH = [
    *each(
        "https://docs.northwind.example/platform/cloud-init/docker-host",
        "other",
        "#cloud-config\nruncmd:\n  - curl -fsSL https://get.docker.com -o /tmp/get-docker.sh\n  - sh /tmp/get-docker.sh\n  - usermod -aG docker ubuntu\n  - systemctl enable --now docker",
        "#cloud-config\nruncmd:\n  - curl -fsSL https://tailscale.com/install.sh | sh\n  - tailscale up --authkey=${TS_AUTHKEY} --ssh",
    ),
    *each(
        "https://wiki.fabrikam.example/display/PLAT/Bootstrapping+k3s+nodes",
        "terminal",
        "curl -sfL https://get.k3s.io | K3S_URL=https://k3s-api.fabrikam.example:6443 K3S_TOKEN=$K3S_TOKEN sh -",
        "curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.31.2+k3s1 sh -s - server --cluster-init --tls-san k3s-api.fabrikam.example",
    ),
    *each(
        "https://docs.contoso-labs.example/platform/user-data/app-servers",
        "other",
        "#!/bin/bash\nset -euxo pipefail\naws s3 cp s3://contoso-labs-bootstrap/app/bootstrap.sh /tmp/bootstrap.sh\nchmod +x /tmp/bootstrap.sh\n/tmp/bootstrap.sh --env prod --role api",
    ),
    *each(
        "https://wiki.globex.example/display/SRE/Node+exporter+unit",
        "terminal",
        "curl -fsSLO https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz && tar xzf node_exporter-1.8.2.linux-amd64.tar.gz && sudo install -m 0755 node_exporter-1.8.2.linux-amd64/node_exporter /usr/local/bin/",
    ),
    *each(
        "https://docs.initech.example/ops/bootstrap/salt-minion",
        "terminal",
        "curl -o bootstrap-salt.sh -L https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.sh && sudo sh bootstrap-salt.sh -A salt.initech.example stable 3007",
    ),
]

DB_FETCH = [
    *each(
        "https://wiki.northwind.example/display/DBA/Refresh+staging+from+prod+snapshot",
        "terminal",
        "aws s3 cp s3://northwind-db-backups/orders/orders_2026-12-07.dump - | pg_restore -h db-staging.northwind.example -U postgres -d orders --clean --if-exists --no-owner",
        'gsutil cat gs://northwind-mysql-dumps/shop/shop_2026-12-07.sql.gz | gunzip | mysql -h mysql-staging -u root -p"$MYSQL_STAGING_PWD" shop',
    ),
    *each(
        "https://www.postgresqltutorial.example/postgresql-getting-started/load-postgresql-sample-database/",
        "terminal",
        "curl -O https://www.postgresqltutorial.example/wp-content/uploads/2019/05/dvdrental.zip && unzip dvdrental.zip && pg_restore -U postgres -d dvdrental dvdrental.tar",
    ),
    *each(
        "https://dev.mysql.com/doc/employee/en/employees-installation.html",
        "terminal",
        "git clone https://github.com/datacharmer/test_db.git && cd test_db && mysql -u root -p < employees.sql",
    ),
    *each(
        "https://kb.fabrikam.example/dba/clickhouse",
        "terminal",
        "curl https://clickhouse.com/ | sh",
        "clickhouse-client --query \"BACKUP DATABASE analytics TO S3('https://fabrikam-ch-backups.s3.amazonaws.com/analytics/2026-12-07', '$AWS_KEY_ID', '$AWS_SECRET')\"",
    ),
]

RELEASE_FETCH = [
    *each(
        "https://github.com/kestrel-py/kestrel/blob/main/.github/workflows/ci.yml",
        "terminal",
        "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv sync --all-extras\nuv run pytest",
    ),
    *each(
        "https://github.com/quarry-rs/quarry/blob/main/CONTRIBUTING.md",
        "terminal",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.83.0",
    ),
    *each(
        "https://github.com/orchardjs/orchard/blob/main/.github/workflows/bun.yml",
        "terminal",
        'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.38"\n~/.bun/bin/bun install --frozen-lockfile\n~/.bun/bin/bun test',
    ),
    *each(
        "https://github.com/tidewater-dev/tidewater/blob/main/.github/workflows/release.yml",
        "terminal",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin\nsyft dir:. -o spdx-json > sbom.spdx.json",
    ),
    *each(
        "https://github.com/lumen-ui/lumen/blob/main/.github/workflows/deploy.yml",
        "terminal",
        "npm install -g vercel@latest\nvercel pull --yes --environment=production --token=$VERCEL_TOKEN\nvercel build --prod --token=$VERCEL_TOKEN\nvercel deploy --prebuilt --prod --token=$VERCEL_TOKEN",
    ),
    *each(
        "https://gitlab.com/fernwood/fernwood-api/-/blob/main/.gitlab-ci.yml",
        "terminal",
        'curl --location --output /usr/local/bin/release-cli "https://gitlab.com/api/v4/projects/gitlab-org%2Frelease-cli/packages/generic/release-cli/latest/release-cli-linux-amd64"\nchmod +x /usr/local/bin/release-cli\nrelease-cli -v',
    ),
    *each(
        "https://github.com/swiftlark/swiftlark/blob/main/.github/workflows/windows.yml",
        "terminal",
        "Invoke-WebRequest -Uri https://dot.net/v1/dotnet-install.ps1 -OutFile dotnet-install.ps1\n./dotnet-install.ps1 -Channel 9.0 -InstallDir $env:ProgramFiles\\dotnet",
    ),
]

# console snippets that build on the page they are in (MDN/web.dev/Chrome): no third party's code
CONSOLE_MORE = [
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/MutationObserver",
        "browser_console",
        "const observer = new MutationObserver((mutations) => {\n  for (const m of mutations) console.log(m.type, m.target);\n});\nobserver.observe(document.body, { childList: true, subtree: true });",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver",
        "browser_console",
        "const io = new IntersectionObserver((entries) => entries.forEach((e) => console.log(e.target, e.isIntersecting)));\ndocument.querySelectorAll('section').forEach((s) => io.observe(s));",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/log",
        "browser_console",
        "console.table(Array.from(document.scripts, (s) => ({ src: s.src || '(inline)', async: s.async, defer: s.defer, type: s.type })));",
    ),
    *each(
        "https://web.dev/articles/preload-critical-assets",
        "browser_console",
        "performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'link').forEach((r) => console.log(r.name, Math.round(r.startTime)));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/forms",
        "browser_console",
        "for (const form of document.forms) console.log(form.id || form.name, form.method, form.action, form.elements.length);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Web_Storage_API/Using_the_Web_Storage_API",
        "browser_console",
        "console.log(Object.keys(localStorage).map((k) => `${k}: ${localStorage.getItem(k).length} chars`).join('\\n'));",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/memory-problems",
        "browser_console",
        "console.log(document.getElementsByTagName('*').length, 'elements;', performance.memory?.usedJSHeapSize, 'bytes of heap');",
    ),
]

# a bank's / service's own lock notices, the wording scams copy, on the company's own site
BANK_LOCK_MORE = [
    *each(
        "https://www.northbank.example/help/security/why-is-my-account-locked",
        "other",
        "Your account was locked after too many attempts. Call 0345 600 1234 now or reset your passcode in the Northbank app and sign in again.",
        "Why was my card blocked? We block a card after three wrong PINs. You can unblock it in the Northbank app under Cards, or call the number on the back of your card.",
    ),
    *each(
        "https://www.banque-lumiere.example/aide/carte-bloquee",
        "other",
        "Votre carte a été bloquée après trois codes erronés. Débloquez-la depuis lappli Banque Lumière ou appelez le 09 69 32 10 10.",
        "Votre compte a été verrouillé suite à plusieurs tentatives de connexion. Appelez le 09 69 32 10 10 ou reconnectez-vous depuis l'application dans 30 minutes.",
    ),
    *each(
        "https://www.sparkasse-nordheide.example/de/hilfe/karte-gesperrt",
        "other",
        "Ihre Karte wurde nach dreimaliger falscher PIN-Eingabe gesperrt. Rufen Sie uns unter 04181 200-0 an oder entsperren Sie die Karte in der Sparkasse-App.",
    ),
    *each(
        "https://www.banco-atlantico.example/es/ayuda/tarjeta-bloqueada",
        "other",
        "Tu tarjeta se ha bloqueado por seguridad tras tres PIN incorrectos. Llama al 900 100 200 o desbloquéala desde la app del Banco Atlántico.",
    ),
    *each(
        "https://www.riverside-credit-union.example/support/locked-card",
        "other",
        "Card locked after too many incorrect PIN attempts? Call us at 1-800-555-0142 or unlock it yourself in online banking under Card Controls.",
    ),
    *each(
        "https://help.streamflix.example/article/account-locked",
        "other",
        "Your account was temporarily locked after too many sign-in attempts. Wait 30 minutes and sign in again, or reset your password at streamflix.example/loginhelp. Need more help? Call us at 1-844-555-0199.",
    ),
    *each(
        "https://www.telenord.example/kundenservice/konto-gesperrt",
        "other",
        "Ihr Kundenkonto wurde nach mehreren falschen Anmeldeversuchen vorübergehend gesperrt. Warten Sie 30 Minuten und melden Sie sich erneut an oder rufen Sie uns an: 0800 555 3300.",
    ),
    *each(
        "https://www.bankpolska.example/pomoc/dostep-zablokowany",
        "other",
        "Dostęp do bankowości został zablokowany po trzech błędnych próbach logowania. Odblokujesz go w aplikacji mobilnej lub dzwoniąc pod numer 800 555 100.",
    ),
]

# awareness pages that quote a lure whole (a live-looking example domain) to teach it
AWARENESS_WHOLE = [
    *each(
        "https://intranet.northwind.example/security/awareness/anatomy-of-a-callback-scam",
        "other",
        "Here is the full text of a fake invoice a colleague forwarded to us last week:\n\n> Thank you for your purchase. Your Geek Squad annual membership has been renewed for $399.99. If you wish to cancel, call our billing team within 24 hours.\n\nThere was no purchase. Everything about it is made to make you call.",
    ),
    *each(
        "https://security.fabrikam.example/awareness/sms-bank-lock",
        "other",
        'A text message doing the rounds: "NORTHBANK: your account has been locked due to unusual activity. Call our fraud team now." Northbank, like every bank, will not text you asking you to call a number in the message. Use the number on the back of your card.',
    ),
    *each(
        "https://intranet.contoso-labs.example/security/awareness/paste-this-into-run",
        "other",
        "How to recognise the 'press Win+R' trick: the page says 'To prove you are human: 1. Press Windows + R. 2. Press CTRL + V. 3. Press Enter.' Nothing legitimate ever asks you to run something from a web page this way. Close the tab and tell the Service Desk.",
    ),
]
