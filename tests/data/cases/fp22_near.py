"""fpover22 texts, third round, nearer to lures: IT notices on the company's own pages that give
a Run-box or terminal step besides the service-desk number, bootstraps from the company's own
hosts on its internal network (plain http, a private address, an internal name), cluster
debugging pods from runbooks, console snippets that call the site's own API with its cookies,
and keys and signatures fetched for a verification (own words; invented companies on reserved
names)."""

from fp22_dev import each

# --- IT notices with a step to type, on the company's own page ----------------------------------
NOTICE_STEPS = [
    *each(
        "https://intranet.northwind.example/it/news/teams-cache",
        "run_dialog",
        "%appdata%\\Microsoft\\Teams",
        "\\\\fs01.northwind.example\\it$\\tools",
        "ms-settings:windowsupdate-action",
    ),
    *each(
        "https://intranet.northwind.example/it/news/teams-cache",
        "terminal",
        "Get-AppxPackage MSTeams | Reset-AppxPackage",
        'Stop-Process -Name ms-teams -Force -ErrorAction SilentlyContinue; Remove-Item "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\*" -Recurse -Force',
    ),
    *each(
        "https://kb.globex.example/articles/vpn-dns-after-move",
        "run_dialog",
        "cmd /c ipconfig /flushdns && ipconfig /registerdns",
        "control netconnections",
        "ncpa.cpl",
    ),
    *each(
        "https://kb.globex.example/articles/vpn-dns-after-move",
        "terminal",
        "Get-DnsClientNrptPolicy | Format-Table Namespace, NameServers",
        "Resolve-DnsName intranet.globex.example -Server 10.40.0.10",
    ),
    *each(
        "https://support.fabrikam.example/hc/de/articles/4410-outlook-profil",
        "run_dialog",
        "outlook.exe /safe",
        "control mlcfg32.cpl",
        "outlook /resetnavpane",
    ),
    *each(
        "https://intranet.initech.example/it/printers/new-queue",
        "run_dialog",
        "\\\\print01.initech.example\\Floor3-Color",
        "control printers",
    ),
    *each(
        "https://intranet.initech.example/it/printers/new-queue",
        "terminal",
        "Add-Printer -ConnectionName \\\\print01.initech.example\\Floor3-Color",
        "rundll32 printui.dll,PrintUIEntry /in /n \\\\print01.initech.example\\Floor3-Color",
    ),
    *each(
        "https://it.tailspin.example/mac/fix-keychain",
        "terminal",
        'security delete-generic-password -l "Microsoft Office Identities Cache 3" ~/Library/Keychains/login.keychain-db',
        "sudo jamf policy -event fix-office-licensing",
        "defaults delete com.microsoft.Outlook && killall cfprefsd",
    ),
]

# --- bootstraps from the company's internal network ----------------------------------------------
INTERNAL = [
    *each(
        "https://wiki.northwind.example/display/OPS/Lab+machines",
        "terminal",
        "curl -fsSL http://tools.lab.northwind.example/bootstrap.sh | sudo bash",
        "wget -qO- http://10.20.0.15/pxe/postinstall.sh | sudo sh",
        "sudo ansible-pull -U http://git.lab.northwind.example/ops/lab-base.git lab.yml",
    ),
    *each(
        "https://confluence.globex.example/display/NET/Switch+provisioning",
        "terminal",
        "curl -s http://netbox.globex.example/api/dcim/devices/?name=sw-ams-03 -H \"Authorization: Token $NETBOX_TOKEN\" | jq '.results[0].primary_ip'",
        "scp admin@10.50.1.3:/config/startup-config ./backups/sw-ams-03.cfg",
    ),
    *each(
        "https://gitlab.contoso-labs.example/infra/pxe/-/blob/main/README.md",
        "terminal",
        "curl -fsSL https://gitlab.contoso-labs.example/infra/pxe/-/raw/main/ipxe/menu.ipxe -o /srv/tftp/menu.ipxe",
        "sudo systemctl restart dnsmasq && journalctl -u dnsmasq -f",
    ),
    *each(
        "https://intranet.initech.example/it/windows/imaging",
        "terminal",
        "Invoke-WebRequest http://deploy.initech.example/scripts/Join-Domain.ps1 -OutFile C:\\Windows\\Temp\\Join-Domain.ps1; & C:\\Windows\\Temp\\Join-Domain.ps1 -OU 'OU=Laptops,DC=initech,DC=example'",
        "\\\\deploy.initech.example\\DeploymentShare$\\Scripts\\LiteTouch.vbs",
    ),
]

# --- cluster debugging pods from runbooks and docs ----------------------------------------------
DEBUG_PODS = [
    *each(
        "https://github.com/nicolaka/netshoot",
        "terminal",
        "kubectl run tmp-shell --rm -i --tty --image nicolaka/netshoot",
        "docker run -it --net container:perfectapp_1 nicolaka/netshoot",
        "kubectl debug mypod -it --image=nicolaka/netshoot",
    ),
    *each(
        "https://runbooks.northwind.example/k8s/dns-debugging",
        "terminal",
        "kubectl run dnsutils --rm -it --restart=Never --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 -- nslookup kubernetes.default",
        "kubectl -n kube-system logs -l k8s-app=kube-dns --tail=100",
        "kubectl -n kube-system rollout restart deploy/coredns",
    ),
    *each(
        "https://kubernetes.io/docs/tasks/debug/debug-cluster/kubectl-node-debug/",
        "terminal",
        "kubectl debug node/mynode -it --image=ubuntu",
        "kubectl get pods --field-selector=status.phase=Running -o wide | grep node-debugger",
    ),
]

# --- console snippets calling the site's own API -------------------------------------------------
CONSOLE_OWN_API = [
    *each(
        "https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api",
        "browser_console",
        "fetch('https://api.github.com/repos/octocat/Hello-World').then(r => r.json()).then(r => console.log(r.stargazers_count));",
    ),
    *each(
        "https://stackoverflow.com/questions/37521893/determine-if-fetch-request-with-credentials-include",
        "browser_console",
        "fetch('/api/me', { credentials: 'same-origin' }).then(r => r.json()).then(console.log);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Request/credentials",
        "browser_console",
        "const request = new Request('flowers.jpg', { credentials: 'omit' });\nconsole.log(request.credentials);",
    ),
    *each(
        "https://stackoverflow.com/questions/43262121/trying-to-use-fetch-and-pass-in-mode-no-cors",
        "browser_console",
        "fetch('https://api.example.com/data', { mode: 'cors' }).then(r => r.text()).then(t => console.log(t.length));",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/Broadcast_Channel_API",
        "browser_console",
        "const bc = new BroadcastChannel('test_channel');\nbc.onmessage = (e) => console.log(e.data);\nbc.postMessage('This is a test message.');",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/EventSource",
        "browser_console",
        "const evtSource = new EventSource('/events');\nevtSource.onmessage = (e) => console.log(e.data);",
    ),
    *each(
        "https://developer.mozilla.org/en-US/docs/Web/API/WebSocket",
        "browser_console",
        "const socket = new WebSocket('wss://echo.websocket.org');\nsocket.addEventListener('open', () => socket.send('Hello Server!'));\nsocket.addEventListener('message', (e) => console.log('Message from server ', e.data));",
    ),
]

# --- keys and signatures fetched to verify a download ---------------------------------------------
KEYS = [
    *each(
        "https://www.torproject.org/docs/signing-keys.html",
        "terminal",
        "gpg --auto-key-locate nodefault,wkd --locate-keys torbrowser@torproject.org",
        "gpg --output ./tor.keyring --export 0xEF6E286DDA85EA2A4BA7DE684E2C6E8793298290",
        "gpgv --keyring ./tor.keyring ~/Downloads/tor-browser-linux-x86_64-14.0.3.tar.xz.asc ~/Downloads/tor-browser-linux-x86_64-14.0.3.tar.xz",
    ),
    *each(
        "https://keybase.io/docs/command_line",
        "terminal",
        "curl https://keybase.io/mkowalski/pgp_keys.asc | gpg --import",
    ),
    *each(
        "https://docs.docker.com/engine/install/ubuntu/",
        "terminal",
        "sudo install -m 0755 -d /etc/apt/keyrings\nsudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc\nsudo chmod a+r /etc/apt/keyrings/docker.asc",
    ),
    *each(
        "https://www.bitcoin.org/en/full-node#linux-instructions",
        "terminal",
        "sha256sum --ignore-missing --check SHA256SUMS\ngit clone https://github.com/bitcoin-core/guix.sigs\ngpg --import guix.sigs/builder-keys/*\ngpg --verify SHA256SUMS.asc",
    ),
    *each(
        "https://wiki.archlinux.org/title/Pacman/Package_signing",
        "terminal",
        "sudo pacman-key --init && sudo pacman-key --populate archlinux",
        "sudo pacman-key --recv-keys 3056513887B78AEB --keyserver keyserver.ubuntu.com && sudo pacman-key --lsign-key 3056513887B78AEB",
    ),
]
