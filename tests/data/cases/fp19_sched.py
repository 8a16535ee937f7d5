"""fpover19 texts: jobs that run on a schedule or at sign-in as their tools' documentation shows
(health-check pings from cron, backups, a hidden window for a sync script), startup entries,
userscripts and bookmarklets (own words)."""

from fp19_data import each

SCHEDULED = [
    *each(
        "https://healthchecks.io/docs/bash/",
        "terminal",
        '(crontab -l 2>/dev/null; echo "*/5 * * * * curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/eb095278-f28d-448d-87fb-7b75c171a6aa") | crontab -',
        "# m h dom mon dow command\n8 6 * * * /home/user/backup.sh && curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/eb095278-f28d-448d-87fb-7b75c171a6aa",
    ),
    *each(
        "https://restic.readthedocs.io/en/stable/080_examples.html",
        "other",
        "[Unit]\nDescription=restic backup\n\n[Service]\nType=oneshot\nEnvironmentFile=/etc/restic/env\nExecStart=/usr/bin/restic backup /home /etc --exclude-caches\nExecStartPost=/usr/bin/restic forget --keep-daily 7 --keep-weekly 4 --prune\n\n# restic-backup.timer\n[Timer]\nOnCalendar=daily\nPersistent=true",
    ),
    *each(
        "https://github.com/acme/it-scripts/blob/main/README.md",
        "terminal",
        "$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -WindowStyle Hidden -File \"C:\\ProgramData\\Acme\\Sync-Drives.ps1\"'\n$trigger = New-ScheduledTaskTrigger -AtLogOn\nRegister-ScheduledTask -TaskName 'Acme Drive Mapping' -Action $action -Trigger $trigger -Description 'Maps department shares at sign-in'",
        'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" /v Greenshot /t REG_SZ /d "\\"C:\\Program Files\\Greenshot\\Greenshot.exe\\"" /f',
        "New-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -Name 'Flameshot' -Value '\"C:\\Program Files\\Flameshot\\bin\\flameshot.exe\"' -PropertyType String -Force",
    ),
    *each(
        "https://www.autohotkey.com/docs/v2/",
        "other",
        '#Requires AutoHotkey v2.0\n; Ctrl+Alt+T opens Windows Terminal\n^!t::Run "wt.exe"\n; Win+N opens Notepad\n#n::Run "notepad.exe"',
    ),
    *each(
        "https://www.tampermonkey.net/documentation.php",
        "other",
        "// ==UserScript==\n// @name         Wide GitHub\n// @namespace    https://github.com/example-user\n// @version      1.2\n// @match        https://github.com/*\n// @grant        GM_addStyle\n// ==/UserScript==\nGM_addStyle('.container-xl { max-width: 100% !important; }');",
    ),
    *each(
        "https://www.reddit.com/r/bookmarklets/comments/1f2g3h4/reading_time/",
        "other",
        "javascript:(()=>{const w=document.body.innerText.split(/\\s+/).length;alert(`${w} words, about ${Math.ceil(w/230)} min`);})()",
    ),
    *each(
        "https://developer.chrome.com/docs/extensions/reference/manifest",
        "other",
        '{\n  "manifest_version": 3,\n  "name": "Tab Counter",\n  "version": "1.0.2",\n  "permissions": ["tabs", "storage"],\n  "background": {"service_worker": "background.js"},\n  "action": {"default_popup": "popup.html"}\n}',
    ),
    *each(
        "https://support.apple.com/guide/terminal/script-management-with-launchd-apdc6c1077b-5d5d-4d35-9c19-60f2397b2369/mac",
        "terminal",
        "launchctl load -w ~/Library/LaunchAgents/com.user.backup.plist\nlaunchctl list | grep com.user.backup",
    ),
    *each(
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_profiles",
        "terminal",
        "if (!(Test-Path -Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force }\nAdd-Content -Path $PROFILE -Value 'Import-Module posh-git'\n. $PROFILE",
    ),
]
