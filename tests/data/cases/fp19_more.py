"""fpover19 texts: homelab hypervisors and boards, password-manager CLIs, git and SSH, editor
settings, browser consoles on one's own pages, utility and telco notices (own words)."""

from fp19_data import each

HOMELAB = [
    *each(
        "https://pve.proxmox.com/wiki/Upgrade_from_7_to_8",
        "terminal",
        "pve7to8 --full\nsed -i 's/bullseye/bookworm/g' /etc/apt/sources.list\napt update && apt dist-upgrade",
        "qm list\nqm shutdown 104 && qm snapshot 104 pre-upgrade && qm start 104",
        "pct enter 201\npct exec 201 -- apt update",
        'bash -c "$(wget -qLO - https://github.com/tteck/Proxmox/raw/main/ct/homeassistant-core.sh)"',
        "zpool status -v\nzpool scrub tank\nzfs list -o name,used,avail,compressratio",
    ),
    *each(
        "https://www.truenas.com/docs/scale/",
        "terminal",
        "midclt call system.info | jq .\nmidclt call pool.query | jq '.[].status'",
        "smartctl -a /dev/sda | grep -E 'Reallocated|Pending|Temperature'",
    ),
    *each(
        "https://www.raspberrypi.com/documentation/computers/configuration.html",
        "terminal",
        "sudo raspi-config nonint do_ssh 0\nsudo raspi-config nonint do_i2c 0\nsudo reboot",
        "sudo rpi-eeprom-update -a\nvcgencmd measure_temp\nvcgencmd get_throttled",
        "curl -sSL https://get.docker.com | sh\nsudo usermod -aG docker $USER",
        'sudo nmcli dev wifi connect "HomeNet-5G" password "correct-horse-battery"',
        "esptool.py --chip esp32 --port /dev/ttyUSB0 --baud 460800 write_flash -z 0x1000 firmware.bin",
        "pio run -t upload -e esp32dev && pio device monitor -b 115200",
    ),
    *each(
        "https://esphome.io/guides/getting_started_command_line.html",
        "other",
        'esphome:\n  name: garage-sensor\nesp32:\n  board: esp32dev\nwifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\napi:\n  encryption:\n    key: "aGVsbG8tdGhpcy1pcy1hLWRlbW8ta2V5LTMyYnl0ZXM="\nota:\n  - platform: esphome\nsensor:\n  - platform: dht\n    pin: GPIO4\n    temperature:\n      name: "Garage Temperature"',
    ),
]

SECRETS_CLI = [
    *each(
        "https://developer.1password.com/docs/cli/get-started/",
        "terminal",
        'op signin\nop item get "AWS prod" --fields label=access_key_id,label=secret_access_key --format json',
        "op run --env-file=.env.tpl -- npm run deploy",
        "op inject -i config.yml.tpl -o config.yml",
    ),
    *each(
        "https://bitwarden.com/help/cli/",
        "terminal",
        "bw login --apikey\nexport BW_SESSION=$(bw unlock --raw)\nbw get password github.com",
        "bw list items --search vpn | jq '.[].name'",
    ),
    *each(
        "https://developer.hashicorp.com/vault/docs/commands",
        "terminal",
        "export VAULT_ADDR=https://vault.acme.example:8200\nvault login -method=oidc role=dev\nvault kv get -field=password secret/apps/billing/db",
        "vault operator unseal\nvault status",
    ),
    *each(
        "https://github.com/getsops/sops",
        "terminal",
        "sops --encrypt --age age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p secrets.yaml > secrets.enc.yaml\nsops -d secrets.enc.yaml | kubectl apply -f -",
        'keepassxc-cli show -s ~/Passwords.kdbx "Work/VPN"',
        "pass insert email/work\npass -c email/work",
    ),
]

GIT_SSH = [
    *each(
        "https://git-scm.com/docs/git-bisect",
        "terminal",
        "git bisect start\ngit bisect bad HEAD\ngit bisect good v2.13.0\ngit bisect run make test",
        "git reflog | head -20\ngit reset --hard HEAD@{3}",
        "git filter-repo --path secrets.env --invert-paths\ngit push --force-with-lease origin main",
        'git config --global url."git@github.com:".insteadOf "https://github.com/"',
        "git worktree add ../hotfix-2.13.1 v2.13.0\ncd ../hotfix-2.13.1 && git switch -c hotfix/2.13.1",
        "git config --global gpg.format ssh\ngit config --global user.signingkey ~/.ssh/id_ed25519.pub\ngit config --global commit.gpgsign true",
    ),
    *each(
        "https://man.openbsd.org/ssh_config",
        "other",
        "Host bastion\n    HostName bastion.acme.example\n    User jdoe\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-*\n    ProxyJump bastion\n    User ubuntu\n    StrictHostKeyChecking accept-new",
    ),
    *each(
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
        "terminal",
        'ssh-keygen -t ed25519 -C "jane@example.com"\neval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519\ncat ~/.ssh/id_ed25519.pub',
        "Get-Service -Name ssh-agent | Set-Service -StartupType Manual\nStart-Service ssh-agent\nssh-add C:\\Users\\jane\\.ssh\\id_ed25519",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub pi@192.168.1.40",
    ),
    *each(
        "https://code.visualstudio.com/docs/getstarted/settings",
        "other",
        '{\n  "editor.formatOnSave": true,\n  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",\n  "terminal.integrated.defaultProfile.windows": "PowerShell",\n  "remote.SSH.remotePlatform": {"gpu01.lab.example": "linux"},\n  "files.exclude": {"**/__pycache__": true}\n}',
        '{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "name": "Attach to API",\n      "type": "debugpy",\n      "request": "attach",\n      "connect": {"host": "localhost", "port": 5678}\n    }\n  ]\n}',
    ),
    *each(
        "https://code.visualstudio.com/docs/editor/extension-marketplace",
        "terminal",
        "code --install-extension ms-python.python --install-extension ms-vscode-remote.remote-ssh\ncode --list-extensions --show-versions",
    ),
]

CONSOLE_OWN = [
    *each(
        "https://grafana.acme.example/d/abc123/api-latency",
        "browser_console",
        "localStorage.getItem('grafana.dashboard.timepicker.range')",
        "document.querySelectorAll('.panel-title').forEach(t => console.log(t.textContent.trim()))",
    ),
    *each(
        "http://localhost:3000/",
        "browser_console",
        "localStorage.clear(); sessionStorage.clear(); location.reload()",
        "await fetch('/api/health').then(r => r.json())",
        "window.__REDUX_DEVTOOLS_EXTENSION__ && console.log(store.getState().cart)",
        "performance.getEntriesByType('navigation')[0].toJSON()",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    *each(
        "https://www.google.com/search?q=clear+site+data+devtools",
        "browser_console",
        "console.table(performance.getEntriesByType('resource').filter(e => e.duration > 500).map(e => ({name: e.name, ms: Math.round(e.duration)})))",
    ),
]

UTILITY = [
    *each(
        "https://mail.yahoo.com/d/folders/1",
        "other",
        "Verizon: Your bill for Dec is ready. Amount due $87.42 on 12/20. AutoPay is on, no action needed. View at vz.to/mybill or call 1-800-922-0204.",
        "Comcast Xfinity: We've detected an outage in your area (ZIP 60614). Estimated restoration 4:30 PM. We'll text you when service is back. You won't be charged for the outage time. Info: 1-800-XFINITY.",
        "PG&E: A planned power outage is scheduled at 1450 Oak St on Dec 12, 9 AM–3 PM, for equipment upgrades. Questions? Call 1-800-743-5000.",
        "Octopus Energy: Your December bill is ready: £96.14. It'll be collected by Direct Debit on 15 December. Meter readings help us bill you accurately — submit one in the app.",
        "Vodafone: Deine Rechnung für November über 39,99 € ist online. Sie wird am 10.12. abgebucht. Fragen? 0800 172 1212.",
        "Orange : votre facture de décembre (32,99 €) est disponible dans votre Espace Client. Elle sera prélevée le 12/12. Service client : 3900.",
        "Movistar: Tu factura de diciembre ya está disponible en Mi Movistar. Importe: 45,00 €. Atención al cliente: 1004.",
        "Telstra: Heads up — your plan's 40GB data allowance is 80% used. It resets on 18 Dec. Add extra data in the My Telstra app. Don't reply to this message.",
        "Thames Water: We're working on a burst main in your road (SE15). Your water supply may be low pressure until 6pm. Updates: thameswater.co.uk/incidents or 0800 316 9800.",
        "EE: Your new SIM has been activated. If you didn't request this, call 150 from any EE phone or 07953 966 250 from another phone straight away.",
    ),
]
