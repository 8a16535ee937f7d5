"""fpover23 texts: administrators' scripts from their company's own docs: Windows remediation
(Intune detection/remediation pairs, SCCM client repair, Group Policy), macOS (Jamf, munki,
profiles, MDM), Linux (cloud-init user-data, systemd units and drop-ins), and database admins'
backup and restore one-liners (own words; invented companies on reserved names)."""

from fp23_left import each

WINDOWS_REMEDIATION = [
    *each(
        "https://wiki.northwind.example/display/EUC/Intune+remediation+-+stale+Teams+cache",
        "terminal",
        "$cache = \"$env:APPDATA\\Microsoft\\Teams\\Cache\"\nif (Test-Path $cache) { Write-Output 'Stale cache found'; exit 1 } else { Write-Output 'OK'; exit 0 }",
        "Get-Process -Name 'ms-teams','Teams' -ErrorAction SilentlyContinue | Stop-Process -Force\nRemove-Item \"$env:APPDATA\\Microsoft\\Teams\\Cache\\*\" -Recurse -Force -ErrorAction SilentlyContinue\nexit 0",
    ),
    *each(
        "https://kb.fabrikam.example/euc/intune-proactive-remediations/bitlocker",
        "terminal",
        "$v = Get-BitLockerVolume -MountPoint $env:SystemDrive\nif ($v.ProtectionStatus -eq 'On') { exit 0 } else { Write-Output \"BitLocker off: $($v.VolumeStatus)\"; exit 1 }",
        "Enable-BitLocker -MountPoint $env:SystemDrive -EncryptionMethod XtsAes256 -UsedSpaceOnly -TpmProtector\nBackupToAAD-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId ((Get-BitLockerVolume -MountPoint $env:SystemDrive).KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword').KeyProtectorId",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/sccm/client-repair",
        "terminal",
        "Start-Process -FilePath \"$env:windir\\ccmsetup\\ccmsetup.exe\" -ArgumentList '/uninstall' -Wait\nStart-Process -FilePath '\\\\sccm01.contoso-labs.example\\SMS_CL1\\Client\\ccmsetup.exe' -ArgumentList 'SMSSITECODE=CL1 /mp:sccm01.contoso-labs.example' -Wait",
        "Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '{00000000-0000-0000-0000-000000000021}'",
        "Get-Service CcmExec | Restart-Service -Force; Get-Content C:\\Windows\\CCM\\Logs\\ClientIDManagerStartup.log -Tail 20",
    ),
    *each(
        "https://kb.globex.example/windows/gpo/troubleshooting",
        "terminal",
        "gpupdate /force /target:computer",
        'gpresult /h "%USERPROFILE%\\Desktop\\gpresult.html" /f',
        "Get-GPResultantSetOfPolicy -ReportType Html -Path C:\\Temp\\rsop.html",
        "Invoke-GPUpdate -Computer WS-0412 -RandomDelayInMinutes 0 -Force",
    ),
    *each(
        "https://docs.initech.example/euc/intune/win32-apps/detection-scripts",
        "terminal",
        "$app = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' | Where-Object DisplayName -like '7-Zip*'\nif ($app -and [version]$app.DisplayVersion -ge [version]'24.08') { Write-Output 'Installed'; exit 0 }\nexit 1",
        "Get-ChildItem 'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs' | Sort-Object LastWriteTime -Descending | Select-Object -First 5",
        "Restart-Service -Name IntuneManagementExtension -Force",
    ),
    *each(
        "https://wiki.tailspin.example/display/IT/Windows+Update+for+Business+repair",
        "terminal",
        "net stop wuauserv && net stop bits && ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old && net start bits && net start wuauserv",
        "DISM /Online /Cleanup-Image /RestoreHealth && sfc /scannow",
        'Get-WindowsUpdateLog -LogPath "$env:USERPROFILE\\Desktop\\WindowsUpdate.log"',
    ),
    *each(
        "https://kb.northwind.example/euc/defender/tamper-and-exclusions",
        "terminal",
        "Get-MpComputerStatus | Select-Object AMRunningMode, RealTimeProtectionEnabled, IsTamperProtected, AntivirusSignatureLastUpdated",
        '& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate',
        "Get-MpPreference | Select-Object -ExpandProperty ExclusionPath",
    ),
    *each(
        "https://intranet.fabrikam.example/it/intune/autopilot-hash",
        "terminal",
        "Install-Script -Name Get-WindowsAutopilotInfo -Force\nGet-WindowsAutopilotInfo -OutputFile C:\\Temp\\autopilot.csv",
        'dsregcmd /status | findstr /i "AzureAdJoined DomainJoined DeviceId TenantName"',
        "Start-Process ms-settings:workplace",
    ),
    *each(
        "https://kb.contoso-labs.example/windows/printers/deploy",
        "terminal",
        "Add-Printer -ConnectionName \\\\print01.contoso-labs.example\\FLOOR3-MFP",
        "pnputil /add-driver C:\\Drivers\\KX\\*.inf /install /subdirs\nAdd-PrinterDriver -Name 'Kyocera TASKalfa 3554ci KX'",
    ),
    *each(
        "https://wiki.globex.example/display/EUC/Local+admin+cleanup+(LAPS)",
        "terminal",
        "Get-LocalGroupMember -Group Administrators | Where-Object { $_.ObjectClass -eq 'User' -and $_.Name -notlike '*\\LAPSAdmin' }",
        "Get-LapsADPassword -Identity WS-0412 -AsPlainText",
        "Invoke-LapsPolicyProcessing; Get-WinEvent -LogName 'Microsoft-Windows-LAPS/Operational' -MaxEvents 10",
    ),
]

MAC_ADMIN = [
    *each(
        "https://wiki.northwind.example/display/MAC/Jamf+Pro+troubleshooting",
        "terminal",
        "sudo jamf policy -verbose",
        "sudo jamf recon && sudo jamf manage",
        "sudo jamf policy -event install-office",
        "sudo profiles renew -type enrollment",
        "sudo profiles show -type enrollment",
        "tail -n 50 /var/log/jamf.log",
    ),
    *each(
        "https://kb.fabrikam.example/mac/munki",
        "terminal",
        "sudo managedsoftwareupdate --checkonly -v",
        "sudo managedsoftwareupdate --installonly",
        "sudo defaults write /Library/Preferences/ManagedInstalls SoftwareRepoURL 'https://munki.fabrikam.example/repo'",
        "/usr/local/munki/manifestutil --display-manifest site_default",
    ),
    *each(
        "https://intranet.contoso-labs.example/it/mac/mdm-checks",
        "terminal",
        "sudo profiles list -all",
        "system_profiler SPConfigurationProfileDataType | grep -A3 'com.contoso-labs'",
        "log show --predicate 'subsystem == \"com.apple.ManagedClient\"' --last 1h --info",
        "fdesetup status && sudo fdesetup list",
        "spctl --status && csrutil status",
    ),
    *each(
        "https://docs.globex.example/mac-fleet/escrow-filevault",
        "terminal",
        "sudo fdesetup changerecovery -personal -inputplist < /tmp/fv.plist",
        "sudo launchctl kickstart -k system/com.jamf.management.daemon",
    ),
    *each(
        "https://wiki.initech.example/display/MAC/Kandji+agent",
        "terminal",
        "sudo kandji library --list && sudo kandji run",
        "sudo /usr/local/bin/kandji update",
    ),
    *each(
        "https://kb.tailspin.example/mac/softwareupdate",
        "terminal",
        "softwareupdate --list --all",
        "sudo softwareupdate --install --all --restart",
        "sudo /usr/libexec/PlistBuddy -c 'Print :AutomaticallyInstallMacOSUpdates' /Library/Preferences/com.apple.SoftwareUpdate.plist",
    ),
    *each(
        "https://wiki.northwind.example/display/MAC/Jamf+extension+attributes",
        "other",
        '#!/bin/bash\nresult=$(/usr/bin/defaults read /Library/Preferences/com.apple.loginwindow LoginwindowText 2>/dev/null)\necho "<result>${result:-none}</result>"',
        "#!/bin/zsh\nif [[ -d /Applications/Falcon.app ]]; then\n  echo \"<result>$(/Applications/Falcon.app/Contents/Resources/falconctl stats | awk '/Version/ {print $2}')</result>\"\nelse\n  echo '<result>Not installed</result>'\nfi",
    ),
]

LINUX_ADMIN = [
    *each(
        "https://docs.northwind.example/platform/cloud-init/base-user-data",
        "other",
        "#cloud-config\npackage_update: true\npackages:\n  - chrony\n  - unattended-upgrades\nusers:\n  - name: deploy\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3kqv0vJ6p9nT0m2lY0l0d0Zb5l7f7c1m8Qk2bJ4H9s deploy@northwind\nruncmd:\n  - systemctl enable --now chrony",
        "#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90-northwind.conf\n    content: |\n      vm.swappiness = 10\n      net.core.somaxconn = 4096\nruncmd:\n  - sysctl --system",
    ),
    *each(
        "https://wiki.fabrikam.example/display/PLAT/EC2+user-data",
        "other",
        "#!/bin/bash\nset -euo pipefail\ndnf install -y amazon-cloudwatch-agent\n/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -c ssm:/fabrikam/cloudwatch/base -s",
        "#!/bin/bash\naws s3 cp s3://fabrikam-bootstrap/app/config.env /etc/app/config.env\nsystemctl restart app.service",
    ),
    *each(
        "https://docs.contoso-labs.example/runbooks/systemd/app-unit",
        "other",
        "[Unit]\nDescription=Contoso Labs ingest worker\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=ingest\nExecStart=/opt/ingest/bin/ingest-worker --config /etc/ingest/worker.toml\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target",
        "[Service]\nEnvironment=GOMAXPROCS=4\nLimitNOFILE=65536\nProtectSystem=strict\nReadWritePaths=/var/lib/ingest",
    ),
    *each(
        "https://docs.contoso-labs.example/runbooks/systemd/app-unit",
        "terminal",
        "sudo systemctl edit ingest-worker.service",
        "sudo systemctl daemon-reload && sudo systemctl restart ingest-worker && journalctl -u ingest-worker -f",
        "systemctl list-timers --all | grep -i backup",
        "sudo systemd-analyze security ingest-worker.service",
    ),
    *each(
        "https://wiki.globex.example/display/SRE/Log+rotation+and+timers",
        "other",
        "[Unit]\nDescription=Nightly cleanup of old exports\n\n[Timer]\nOnCalendar=*-*-* 03:15:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
        "/var/log/globex/*.log {\n    daily\n    rotate 14\n    compress\n    missingok\n    notifempty\n    postrotate\n        systemctl kill -s HUP globex-api.service\n    endscript\n}",
    ),
    *each(
        "https://docs.initech.example/ops/hardening/ssh",
        "terminal",
        "sudo sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config && sudo sshd -t && sudo systemctl reload sshd",
        "sudo ufw default deny incoming && sudo ufw allow from 10.20.0.0/16 to any port 22 proto tcp && sudo ufw enable",
        "sudo apt-get install -y fail2ban && sudo systemctl enable --now fail2ban && sudo fail2ban-client status sshd",
    ),
    *each(
        "https://docs.tailspin.example/platform/gcp/startup-scripts",
        "terminal",
        "gcloud compute instances add-metadata web-01 --zone europe-west1-b --metadata-from-file startup-script=startup.sh",
        "sudo google_metadata_script_runner startup",
        "sudo journalctl -u google-startup-scripts.service --no-pager | tail -30",
    ),
    *each(
        "https://wiki.northwind.example/display/PLAT/Azure+VM+custom+data",
        "terminal",
        "az vm create -g rg-web -n web-02 --image Ubuntu2404 --custom-data cloud-init.yaml --admin-username azureuser --ssh-key-values ~/.ssh/id_ed25519.pub",
        "sudo cloud-init status --long && sudo cloud-init schema --system",
        "sudo cat /var/log/cloud-init-output.log | tail -50",
    ),
]

DB_ADMIN = [
    *each(
        "https://wiki.northwind.example/display/DBA/PostgreSQL+backup+and+restore",
        "terminal",
        "pg_dump -h db01.northwind.example -U backup -Fc -d orders -f /backups/orders_$(date +%F).dump",
        "pg_restore -h db-staging.northwind.example -U postgres -d orders_restore --no-owner --jobs 4 /backups/orders_2026-12-07.dump",
        'PGPASSWORD="$PG_BACKUP_PASSWORD" pg_dumpall -h db01.northwind.example -U backup --globals-only > globals.sql',
        "pg_basebackup -h db01.northwind.example -U replicator -D /var/lib/postgresql/16/standby -Fp -Xs -P -R",
        "psql -h db01.northwind.example -U postgres -c \"SELECT pg_size_pretty(pg_database_size('orders'));\"",
    ),
    *each(
        "https://kb.fabrikam.example/dba/mysql/backups",
        "terminal",
        'mysqldump --single-transaction --routines --triggers -h mysql01 -u backup -p"$MYSQL_BACKUP_PWD" shop | gzip > shop_$(date +%F).sql.gz',
        "gunzip < shop_2026-12-07.sql.gz | mysql -h mysql-staging -u root -p shop_restore",
        'xtrabackup --backup --target-dir=/backups/full-$(date +%F) --user=backup --password="$XB_PASSWORD"',
        "mysql -e \"SHOW REPLICA STATUS\\G\" | grep -E 'Seconds_Behind|Running'",
    ),
    *each(
        "https://docs.contoso-labs.example/dba/mongodb",
        "terminal",
        'mongodump --uri="mongodb+srv://backup:${MONGO_BACKUP_PWD}@cluster0.contoso-labs.example/catalog" --archive=catalog.gz --gzip',
        "mongorestore --uri=\"mongodb://localhost:27017\" --archive=catalog.gz --gzip --nsFrom='catalog.*' --nsTo='catalog_restore.*'",
    ),
    *each(
        "https://wiki.globex.example/display/DBA/SQL+Server+backups",
        "terminal",
        "sqlcmd -S SQL01 -E -Q \"BACKUP DATABASE [Payroll] TO DISK = N'\\\\backup01\\sql\\Payroll_full.bak' WITH COMPRESSION, CHECKSUM, STATS = 10\"",
        "Backup-DbaDatabase -SqlInstance SQL01 -Database Payroll -Path \\\\backup01\\sql -Type Full -CompressBackup",
        "Restore-DbaDatabase -SqlInstance SQL-TEST01 -Path \\\\backup01\\sql\\Payroll_full.bak -DatabaseName Payroll_Restore -WithReplace",
        "sqlcmd -S SQL01 -E -Q \"RESTORE VERIFYONLY FROM DISK = N'\\\\backup01\\sql\\Payroll_full.bak'\"",
    ),
    *each(
        "https://docs.initech.example/dba/redis",
        "terminal",
        'redis-cli -h redis01 -a "$REDIS_PASSWORD" --no-auth-warning BGSAVE && redis-cli -h redis01 -a "$REDIS_PASSWORD" --no-auth-warning LASTSAVE',
        "redis-cli -h redis01 --rdb /backups/redis-$(date +%F).rdb",
    ),
    *each(
        "https://docs.tailspin.example/dba/cloud",
        "terminal",
        "aws rds create-db-snapshot --db-instance-identifier orders-prod --db-snapshot-identifier orders-prod-$(date +%Y%m%d)",
        "gcloud sql backups create --instance=ledger-prod && gcloud sql backups list --instance=ledger-prod --limit=5",
        "az postgres flexible-server backup create -g rg-data -n pg-prod --backup-name manual-$(date +%Y%m%d)",
    ),
    *each(
        "https://wiki.northwind.example/display/DBA/Restic+for+database+dumps",
        "terminal",
        "export RESTIC_REPOSITORY=s3:https://s3.eu-west-1.amazonaws.com/northwind-db-backups RESTIC_PASSWORD_FILE=/etc/restic/pass\npg_dump -Fc orders | restic backup --stdin --stdin-filename orders.dump",
        "restic snapshots --latest 5 && restic check --read-data-subset=5%",
    ),
    *each(
        "https://kb.fabrikam.example/dba/sqlite",
        "terminal",
        "sqlite3 /var/lib/app/app.db \".backup '/backups/app-$(date +%F).db'\"",
        "sqlite3 /var/lib/app/app.db 'PRAGMA integrity_check;'",
    ),
]
