"""fpover19 texts: markdown with code fences, stack traces with addresses, CSV and JSON exports (own words)."""

from fp19_data import each

GH = "https://github.com/"

MARKDOWN = [
    *each(
        GH + "acme/api/blob/main/README.md",
        "other",
        "## Getting started\n\n```bash\ngit clone https://github.com/acme/api.git\ncd api\ncp .env.example .env\ndocker compose up -d\nmake migrate\n```\n\nThen open http://localhost:8000/docs for the OpenAPI UI.",
        "### Installing the CLI\n\n**macOS / Linux**\n\n```sh\ncurl -fsSL https://get.acme-cli.example/install.sh | sh\n```\n\n**Windows (PowerShell)**\n\n```powershell\nirm https://get.acme-cli.example/install.ps1 | iex\n```\n\nVerify with `acme --version`.",
        "# Contributing\n\n1. Fork the repo and create a branch: `git checkout -b fix/typo-in-docs`\n2. Run the tests: `pytest -q`\n3. Open a PR against `main`. Please sign your commits (`git commit -S`).\n\n> **Note**\n> We squash-merge; keep the PR title meaningful.",
        "## Troubleshooting\n\n<details>\n<summary>`ModuleNotFoundError: No module named '_ctypes'`</summary>\n\nInstall libffi and rebuild Python:\n\n```bash\nsudo apt install libffi-dev\npyenv install 3.12.7 --force\n```\n</details>",
        "| Variable | Default | Description |\n|---|---|---|\n| `PORT` | `8080` | HTTP port |\n| `DATABASE_URL` | — | Postgres DSN, e.g. `postgres://app:app@localhost:5432/app` |\n| `LOG_LEVEL` | `info` | `debug`, `info`, `warn`, `error` |",
        "```mermaid\nsequenceDiagram\n    Browser->>API: POST /login\n    API->>IdP: /authorize?client_id=web&redirect_uri=https://app.acme.example/cb\n    IdP-->>Browser: 302 with code\n    Browser->>API: GET /cb?code=...\n```",
        "## Release checklist\n- [ ] bump version in `pyproject.toml`\n- [ ] `git tag -s v2.14.0 -m 'v2.14.0'`\n- [ ] `git push --tags`\n- [ ] check the release workflow: https://github.com/acme/api/actions/workflows/release.yml\n- [ ] announce in #releases 🎉",
    ),
    *each(
        "https://docs.acme.example/runbooks/disk-full.md",
        "other",
        "# Runbook: disk full on log servers\n\n**Symptom:** `No space left on device` in journald.\n\n```bash\ndf -h /var\ndu -xh /var/log | sort -rh | head -20\nsudo journalctl --vacuum-size=2G\nsudo find /var/log/app -name '*.gz' -mtime +14 -delete\n```\n\nIf usage stays above 90 %, page the on-call (PagerDuty service `logging`).",
        "# Runbook: rotate the TLS certificate\n\n```bash\nsudo certbot renew --cert-name api.acme.example --dry-run\nsudo certbot renew --cert-name api.acme.example\nsudo systemctl reload nginx\necho | openssl s_client -connect api.acme.example:443 2>/dev/null | openssl x509 -noout -dates\n```",
        "## Windows dev setup\n\n```powershell\nSet-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nwinget install Git.Git OpenJS.NodeJS.LTS Python.Python.3.12\nwsl --install -d Ubuntu-24.04\n```\n\nRestart, then open *Ubuntu* from the Start menu and finish the user setup.",
    ),
    *each(
        "https://gist.github.com/kenji-example/9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "other",
        "```js\n// paste in the DevTools console on your own dashboard to export the table\nconst rows = [...document.querySelectorAll('table tbody tr')].map(tr => [...tr.cells].map(td => td.innerText.trim()));\ncopy(rows.map(r => r.join('\\t')).join('\\n'));\n```",
        '```python\nimport requests\n\nresp = requests.get(\n    "https://api.github.com/repos/acme/api/releases/latest",\n    headers={"Accept": "application/vnd.github+json"},\n    timeout=10,\n)\nresp.raise_for_status()\nprint(resp.json()["tag_name"])\n```',
        "```nginx\nserver {\n    listen 443 ssl http2;\n    server_name grafana.home.example;\n    ssl_certificate     /etc/letsencrypt/live/grafana.home.example/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/grafana.home.example/privkey.pem;\n    location / {\n        proxy_pass http://127.0.0.1:3000;\n        proxy_set_header Host $host;\n    }\n}\n```",
        "```ini\n[Unit]\nDescription=Acme worker\nAfter=network-online.target\n\n[Service]\nUser=acme\nExecStart=/opt/acme/venv/bin/python -m acme.worker --queue default\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n```",
    ),
    *each(
        "https://stackoverflow.com/questions/7719349/",
        "other",
        "You can do it without extra tools:\n\n```bash\nfind . -type f -name '*.log' -mtime +7 -print0 | xargs -0 rm -f\n```\n\n`-print0` / `-0` keep file names with spaces intact. If you want to see what would be deleted first, drop the `xargs` part.",
        "In PowerShell 7 you can use `-Parallel`:\n\n```powershell\nGet-Content .\\hosts.txt | ForEach-Object -Parallel {\n    Test-Connection $_ -Count 1 -Quiet\n} -ThrottleLimit 16\n```\n\nOn Windows PowerShell 5.1 use jobs instead (`Start-Job`).",
        "The error means the certificate chain is incomplete. Check it with:\n\n```\nopenssl s_client -connect example.com:443 -servername example.com -showcerts\n```\n\nand make sure your server sends the intermediate (`fullchain.pem`, not `cert.pem`).",
    ),
]

TRACES = [
    *each(
        "https://sentry.io/organizations/acme/issues/4821937561/",
        "other",
        'Traceback (most recent call last):\n  File "/app/acme/api/views.py", line 212, in checkout\n    resp = requests.post("https://api.stripe.com/v1/payment_intents", data=payload, timeout=5)\n  File "/usr/local/lib/python3.12/site-packages/requests/api.py", line 115, in post\n    return request("post", url, data=data, json=json, **kwargs)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'api.stripe.com\', port=443): Read timed out. (read timeout=5)',
        "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (https://shop.acme.example/_next/static/chunks/pages/index-4f1e2d3c.js:1:20481)\n    at renderWithHooks (https://shop.acme.example/_next/static/chunks/framework-2c79e1a6.js:1:64215)\n    at mountIndeterminateComponent (https://shop.acme.example/_next/static/chunks/framework-2c79e1a6.js:1:84907)",
        "java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:151)\n\tat com.acme.billing.InvoiceClient.fetch(InvoiceClient.java:88)\nCaused by: request to http://invoice-svc.billing.svc.cluster.local:8080/api/v2/invoices/INV-2024-11873 failed",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x7a3c41]\n\ngoroutine 84 [running]:\ngithub.com/acme/gateway/internal/proxy.(*Handler).ServeHTTP(0x0, {0xa4e2c0, 0xc0001c6380}, 0xc000214a00)\n\t/src/internal/proxy/handler.go:57 +0x41\nnet/http.serverHandler.ServeHTTP({0xc00011e0f0?}, {0xa4e2c0?, 0xc0001c6380?}, 0x6?)",
        'thread \'main\' panicked at src/fetch.rs:42:18:\ncalled `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "https://index.crates.io/config.json", source: hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused })) }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
        "Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at Acme.Sync.GraphClient.GetUsersAsync() in C:\\build\\src\\Acme.Sync\\GraphClient.cs:line 64\n   at Acme.Sync.Program.Main(String[] args) in C:\\build\\src\\Acme.Sync\\Program.cs:line 21\nRequest: GET https://graph.microsoft.com/v1.0/users?$top=999",
        "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 5432\n}",
        "PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.mailgun.net/v3/mg.acme.example/messages` resulted in a `401 UNAUTHORIZED` response:\nForbidden\n in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113\nStack trace:\n#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()",
        'ActionView::Template::Error (undefined method `avatar_url\' for nil:NilClass):\n    12:   <%= image_tag @user.profile.avatar_url, class: "avatar" %>\napp/views/users/show.html.erb:12\nStarted GET "/users/4821" for 10.0.3.17 at 2024-12-06 14:02:11 +0000',
    ),
    *each(
        "https://github.com/acme/api/actions/runs/12193847561/job/34017283912",
        "other",
        "Run npm ci\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2finternal-ui - Not found\nnpm ERR! 404  '@acme/internal-ui@^3.2.0' is not in this registry.\nnpm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2024-12-06T14_02_11_482Z-debug-0.log\nError: Process completed with exit code 1.",
        '#12 [build 4/7] RUN pip install -r requirements.txt\n#12 3.482 ERROR: Could not find a version that satisfies the requirement torch==2.5.1+cu124 (from versions: 2.2.0, 2.2.1, 2.3.0)\n#12 3.483 ERROR: No matching distribution found for torch==2.5.1+cu124\n#12 ERROR: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1',
        'Error: Get "https://registry.terraform.io/.well-known/terraform.json": dial tcp: lookup registry.terraform.io on 127.0.0.53:53: server misbehaving\n\nError: Failed to query available provider packages',
        "fatal: unable to access 'https://github.com/acme/api.git/': SSL certificate problem: unable to get local issuer certificate\nError: The process '/usr/bin/git' failed with exit code 128",
        "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl3_3.0.2-0ubuntu1.18_amd64.deb  404  Not Found [IP: 185.125.190.81 80]\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?",
    ),
    *each(
        "https://community.home-assistant.io/t/integration-fails-to-load/812345",
        "other",
        "2024-12-06 14:02:11.482 ERROR (MainThread) [homeassistant.config_entries] Error setting up entry Living room for hue\nTraceback (most recent call last):\n  File \"/usr/src/homeassistant/homeassistant/config_entries.py\", line 604, in async_setup\n    result = await component.async_setup_entry(hass, self)\naiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 192.168.1.30:443 ssl:default [Connect call failed ('192.168.1.30', 443)]",
        '[14:02:11] [Server thread/ERROR]: Encountered an unexpected exception\nnet.minecraft.ReportedException: Ticking entity\n\tat net.minecraft.server.MinecraftServer.b(MinecraftServer.java:1245)\nCaused by: java.lang.NullPointerException: Cannot invoke "net.minecraft.world.entity.Entity.getX()"\n[14:02:11] [Server thread/ERROR]: This crash report has been saved to: /srv/mc/crash-reports/crash-2024-12-06_14.02.11-server.txt',
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/console/",
        "browser_console",
        "Uncaught (in promise) TypeError: Failed to fetch\n    at loadConfig (app.js:42:11)\n    at async init (app.js:12:3)",
    ),
]

EXPORTS = [
    *each(
        "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit",
        "other",
        "hostname,ip,os,owner,last_seen\nws-0231,10.20.4.31,Windows 11 23H2,j.moreno,2024-12-06 09:12\nws-0412,10.20.4.112,Windows 11 24H2,p.shah,2024-12-06 08:55\nmac-0107,10.20.5.7,macOS 15.1,k.tanaka,2024-12-05 17:40\nsrv-app02,10.0.1.12,Ubuntu 22.04,platform,2024-12-06 09:15",
        "Date,Description,Amount,Balance\n2024-12-02,CARD PAYMENT TESCO STORES 3301,-42.90,1204.11\n2024-12-03,DIRECT DEBIT THAMES WATER,-38.00,1166.11\n2024-12-04,SALARY ACME LTD,2450.00,3616.11\n2024-12-05,TRANSFER TO SAVINGS,-500.00,3116.11",
        "order_id,created_at,customer_email,total,status,tracking\n100482,2024-12-01T10:22:05Z,ana@example.com,59.90,shipped,1Z999AA10123456784\n100483,2024-12-01T11:03:47Z,li.wei@example.com,124.00,refunded,\n100484,2024-12-02T08:15:12Z,omar@example.com,19.99,processing,",
        "name,email,phone,role\nAna Souza,ana.souza@acme.example,+55 11 91234-5678,Engineering\nKenji Tanaka,k.tanaka@acme.example,+81 90-1234-5678,Design\nPriya Shah,p.shah@acme.example,+44 7700 900123,Finance\nOmar Haddad,o.haddad@acme.example,+1 415 555 0134,Support",
        "url,status,redirect,title\nhttps://www.acme.example/,200,,Acme – Home\nhttps://www.acme.example/pricing,301,https://www.acme.example/plans,\nhttps://www.acme.example/blog/old-post,404,,\nhttps://www.acme.example/login,200,,Sign in",
        'TimeGenerated,Computer,Account,EventID,CommandLine\n2024-12-06T09:11:58Z,WS-0231,CORP\\jmoreno,4688,"C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE"\n2024-12-06T09:12:03Z,WS-0231,CORP\\jmoreno,4688,"C:\\Windows\\System32\\notepad.exe" C:\\Users\\jmoreno\\Desktop\\todo.txt\n2024-12-06T09:12:40Z,WS-0231,CORP\\jmoreno,4688,"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --profile-directory=Default',
        "ticket,opened,requester,category,summary,status\nINC0048812,2024-12-05,jdoe,Access,MFA bypass code requested (lost phone),Resolved\nINC0048815,2024-12-05,psmith,Hardware,Docking station flickers,In progress\nINC0048820,2024-12-06,kt,Software,Install Tableau Desktop 2024.3,New",
    ),
    *each(
        "https://console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:",
        "other",
        '{\n  "Reservations": [\n    {\n      "Instances": [\n        {\n          "InstanceId": "i-0a1b2c3d4e5f67890",\n          "InstanceType": "t3.large",\n          "PrivateIpAddress": "10.0.3.41",\n          "State": {"Code": 16, "Name": "running"},\n          "Tags": [{"Key": "Name", "Value": "web-1"}, {"Key": "Env", "Value": "prod"}]\n        }\n      ]\n    }\n  ]\n}',
        '{"Version":"2012-10-17","Statement":[{"Sid":"ReadBackups","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::acme-backups","arn:aws:s3:::acme-backups/*"]}]}',
    ),
    *each(
        "https://api.github.com/repos/acme/api/releases/latest",
        "other",
        '{\n  "tag_name": "v2.14.0",\n  "name": "v2.14.0",\n  "published_at": "2024-12-06T14:02:11Z",\n  "assets": [\n    {\n      "name": "acme-linux-amd64.tar.gz",\n      "browser_download_url": "https://github.com/acme/api/releases/download/v2.14.0/acme-linux-amd64.tar.gz",\n      "size": 18234112\n    },\n    {\n      "name": "acme-windows-amd64.zip",\n      "browser_download_url": "https://github.com/acme/api/releases/download/v2.14.0/acme-windows-amd64.zip",\n      "size": 18911744\n    }\n  ]\n}',
    ),
    *each(
        "https://grafana.acme.example/explore",
        "other",
        '{"ts":"2024-12-06T14:02:11.482Z","level":"warn","msg":"upstream slow","method":"GET","path":"/api/v1/orders","status":200,"duration_ms":2381,"upstream":"http://orders.internal:8080","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}\n{"ts":"2024-12-06T14:02:12.007Z","level":"error","msg":"payment declined","order":100483,"reason":"insufficient_funds"}',
        '{"@timestamp":"2024-12-06T09:12:03Z","host":{"name":"ws-0231"},"process":{"name":"powershell.exe","command_line":"powershell.exe -NoProfile -File C:\\\\ProgramData\\\\Acme\\\\inventory.ps1","parent":{"name":"svchost.exe"}},"user":{"name":"SYSTEM"},"event":{"code":"4688"}}',
    ),
    *each(
        "https://account.example-bank.com/statements/export",
        "other",
        '{"account":"****4417","currency":"USD","transactions":[{"date":"2024-12-02","merchant":"AMAZON MKTPL","amount":-34.99},{"date":"2024-12-03","merchant":"SHELL OIL 5721","amount":-48.10},{"date":"2024-12-04","merchant":"PAYROLL ACME","amount":2450.00}]}',
    ),
    *each(
        "https://admin.google.com/ac/users",
        "other",
        "First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Org Unit Path [Required],Recovery Phone [MUST BE IN THE E.164 FORMAT]\nAna,Souza,ana.souza@acme.example,****,/Engineering,+5511912345678\nOmar,Haddad,o.haddad@acme.example,****,/Support,+14155550134",
    ),
    *each(
        "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInLogs",
        "other",
        'Date (UTC),Request ID,User,Application,IP address,Location,Status,Sign-in error code,Client app\n2024-12-06T08:02:11Z,4f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0,jdoe@acme.example,Microsoft Teams,203.0.113.24,"London, GB",Success,0,Mobile Apps and Desktop clients\n2024-12-06T08:05:43Z,9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4,jdoe@acme.example,Azure Portal,198.51.100.7,"Lagos, NG",Failure,50126,Browser',
    ),
]
