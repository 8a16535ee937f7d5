"""fpover18 texts: markup and code people paste into editors, issues and chats: HTML with its
scripts, minified and bundled JS, notebooks, transcripts, crash reports (own words)."""

CODE = [
    (
        "https://github.com/acme/site/blob/main/index.html",
        "other",
        '<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Acme Docs</title>\n  <script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ"></script>\n  <script>\n    window.dataLayer = window.dataLayer || [];\n    function gtag(){dataLayer.push(arguments);}\n    gtag(\'js\', new Date());\n    gtag(\'config\', \'G-ABC123XYZ\');\n  </script>\n  <link rel="stylesheet" href="/assets/main.css">\n</head>\n<body>\n  <div id="app"></div>\n  <script type="module" src="/assets/index-4f2a9c.js"></script>\n</body>\n</html>',
    ),
    (
        "https://github.com/acme/site/blob/main/public/sw-register.js",
        "other",
        "if ('serviceWorker' in navigator) {\n  window.addEventListener('load', () => {\n    navigator.serviceWorker.register('/sw.js').then(\n      (reg) => console.log('SW registered', reg.scope),\n      (err) => console.warn('SW failed', err)\n    );\n  });\n}",
    ),
    (
        None,
        "other",
        '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).dayjs=t()}(this,(function(){"use strict";var t=1e3,e=6e4,n=36e5,r="millisecond",i="second",s="minute",u="hour",a="day",o="week",c="month",f="quarter",h="year",d="date"}));',
    ),
    (
        "https://github.com/acme/web/issues/412",
        "other",
        "Uncaught (in promise) TypeError: Failed to fetch\n    at fetchOrders (orders.ts:42:11)\n    at async loadDashboard (Dashboard.tsx:18:5)\nGET https://api.acme.example/v1/orders?status=open net::ERR_CERT_DATE_INVALID\nRefused to load the script 'https://cdn.thirdparty.example/widget.js' because it violates the following Content Security Policy directive: \"script-src 'self' https://js.stripe.com\".",
    ),
    (
        "https://github.com/acme/notebooks/blob/main/eda.ipynb",
        "other",
        '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "!pip install -q pandas seaborn\\n",\n    "import pandas as pd\\n",\n    "df = pd.read_csv(\'https://raw.githubusercontent.com/mwaskom/seaborn-data/master/tips.csv\')\\n",\n    "df.describe()"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}',
    ),
    (
        None,
        "other",
        "**********************\nWindows PowerShell transcript start\nStart time: 20241204101233\nUsername: CORP\\anna\nMachine: WS-0231 (Microsoft Windows NT 10.0.22631.0)\nHost Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\Backup-Profile.ps1\nProcess ID: 8812\n**********************\nCopying C:\\Users\\anna\\Documents to \\\\nas01\\backup\\anna ...\n1284 files copied.\n**********************\nWindows PowerShell transcript end\nEnd time: 20241204101512\n**********************",
    ),
    (
        None,
        "other",
        "Process:               Slack [4412]\nPath:                  /Applications/Slack.app/Contents/MacOS/Slack\nIdentifier:            com.tinyspeck.slackmacgap\nVersion:               4.41.97 (441097)\nCode Type:             ARM-64 (Native)\nParent Process:        launchd [1]\nDate/Time:             2024-12-04 10:12:33.118 +0100\nOS Version:            macOS 15.1.1 (24B91)\nException Type:        EXC_BAD_ACCESS (SIGSEGV)\nException Codes:       KERN_INVALID_ADDRESS at 0x0000000000000010\nThread 0 Crashed:: CrBrowserMain  Dispatch queue: com.apple.main-thread\n0   Electron Framework  0x10a2b3c44 node::Start + 1123",
    ),
    (
        None,
        "other",
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System>\n    <Provider Name="Microsoft-Windows-PowerShell" Guid="{a0c1853b-5c40-4b15-8766-3cf1c58f985a}" />\n    <EventID>4104</EventID>\n    <Level>5</Level>\n    <Computer>WS-0231.corp.example</Computer>\n  </System>\n  <EventData>\n    <Data Name="ScriptBlockText">Get-ChildItem -Path C:\\Users\\anna\\Downloads -Filter *.tmp | Remove-Item -Force</Data>\n    <Data Name="Path">C:\\Scripts\\Cleanup-Downloads.ps1</Data>\n  </EventData>\n</Event>',
    ),
    (
        "https://github.com/acme/infra/blob/main/bootstrap/user-data.ps1",
        "other",
        "<powershell>\n$ErrorActionPreference = 'Stop'\nInstall-WindowsFeature -Name Web-Server -IncludeManagementTools\nInvoke-WebRequest -Uri 'https://s3.amazonaws.com/amazoncloudwatch-agent/windows/amd64/latest/amazon-cloudwatch-agent.msi' -OutFile \"$env:TEMP\\cwagent.msi\"\nStart-Process msiexec.exe -ArgumentList \"/i $env:TEMP\\cwagent.msi /qn\" -Wait\n</powershell>\n<persist>true</persist>",
    ),
    (
        "https://github.com/acme/tools/blob/main/scripts/obfuscation_demo.md",
        "other",
        "For the training session we show why string matching fails. These lines all print the same thing and are harmless:\n\n```powershell\nWrite-Host ('Hel'+'lo')\nWrite-Host ([string]::Join('', [char[]](72,101,108,108,111)))\nWrite-Host ('olleH'[-1..-5] -join '')\n```\n\nA detector must evaluate such expressions rather than look for the word.",
    ),
    (
        None,
        "other",
        'diff --git a/install.sh b/install.sh\nindex 3b18e51..a9f2c47 100755\n--- a/install.sh\n+++ b/install.sh\n@@ -12,7 +12,7 @@ main() {\n-  curl -fsSL "https://github.com/acme/cli/releases/download/v${VERSION}/cli.tar.gz" -o /tmp/cli.tar.gz\n+  curl --proto \'=https\' --tlsv1.2 -fsSL "https://github.com/acme/cli/releases/download/v${VERSION}/cli.tar.gz" -o /tmp/cli.tar.gz\n   tar -xzf /tmp/cli.tar.gz -C "$INSTALL_DIR"',
    ),
    (
        None,
        "other",
        "commit 9f3c1a2b7d8e4f5061728394a5b6c7d8e9f00112\nAuthor: Anna Kowalski <anna@acme.example>\nDate:   Wed Dec 4 10:12:33 2024 +0100\n\n    ci: install uv with the official script instead of pip\n\n    curl -LsSf https://astral.sh/uv/install.sh | sh is what the uv docs recommend and is\n    faster than pip install uv on the runners.",
    ),
    (
        "https://github.com/acme/web/blob/main/.eslintrc.cjs",
        "other",
        "module.exports = {\n  root: true,\n  env: { browser: true, es2022: true },\n  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],\n  rules: {\n    'no-eval': 'error',\n    'no-implied-eval': 'error',\n    'no-new-func': 'error',\n  },\n};",
    ),
    (
        "https://github.com/acme/ext/blob/main/manifest.json",
        "other",
        '{\n  "manifest_version": 3,\n  "name": "Acme Tab Saver",\n  "version": "1.4.0",\n  "permissions": ["tabs", "storage", "clipboardWrite"],\n  "background": { "service_worker": "background.js" },\n  "action": { "default_popup": "popup.html" },\n  "content_security_policy": { "extension_pages": "script-src \'self\'; object-src \'self\'" }\n}',
    ),
    (
        "https://github.com/acme/ext/blob/main/background.js",
        "other",
        "chrome.action.onClicked.addListener(async () => {\n  const tabs = await chrome.tabs.query({ currentWindow: true });\n  const text = tabs.map((t) => `${t.title}\\n${t.url}`).join('\\n\\n');\n  await navigator.clipboard.writeText(text);\n});",
    ),
    (
        None,
        "other",
        'Traceback (most recent call last):\n  File "/srv/app/.venv/lib/python3.12/site-packages/requests/adapters.py", line 667, in send\n    resp = conn.urlopen(\n  File "/srv/app/.venv/lib/python3.12/site-packages/urllib3/connectionpool.py", line 843, in urlopen\n    retries = retries.increment(\nurllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host=\'api.github.com\', port=443): Max retries exceeded with url: /repos/acme/cli/releases/latest (Caused by NameResolutionError("Failed to resolve \'api.github.com\'"))',
    ),
    (
        None,
        "other",
        "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/@angular\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/@angular'\nnpm ERR! The operation was rejected by your operating system.\nnpm ERR! It is likely you do not have the permissions to access this file as the current user",
    ),
    (
        None,
        "other",
        "PS C:\\Users\\anna> .\\setup.ps1\n.\\setup.ps1 : File C:\\Users\\anna\\setup.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.\n    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess",
    ),
    (
        "https://github.com/acme/web/blob/main/src/utils/safeEval.ts",
        "other",
        "// We used to evaluate user formulas with eval(); this parser replaces it.\nexport function evaluate(expr: string, vars: Record<string, number>): number {\n  const tokens = tokenize(expr);\n  const rpn = toRpn(tokens);\n  return runRpn(rpn, vars);\n}",
    ),
    (
        "https://github.com/acme/payments/blob/main/webhook.py",
        "other",
        "@app.post('/stripe/webhook')\nasync def stripe_webhook(request: Request):\n    payload = await request.body()\n    sig = request.headers.get('stripe-signature')\n    event = stripe.Webhook.construct_event(payload, sig, settings.STRIPE_WEBHOOK_SECRET)\n    if event['type'] == 'invoice.payment_failed':\n        await notify_customer(event['data']['object']['customer'])\n    return {'received': True}",
    ),
]
