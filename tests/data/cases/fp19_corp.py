"""fpover19 texts: the company's own package mirrors, proxies and certificates set up from its wiki
(on the company's domain or the wiki vendor's), mail headers and security testers' notes
(own words)."""

from fp19_data import each

WIKI = "https://acme.atlassian.net/wiki/spaces/ENG/pages/482193/Developer+setup"
OWN_WIKI = "https://wiki.acme.example/display/ENG/Developer+setup"

CORP_SETUP = [
    *each(
        WIKI,
        "terminal",
        "pip config set global.index-url https://nexus.acme.example/repository/pypi-all/simple",
        "npm config set registry https://nexus.acme.example/repository/npm-all/",
        "git config --global http.proxy http://proxy.acme.example:8080",
        "export HTTPS_PROXY=http://proxy.acme.example:8080\nexport NO_PROXY=localhost,127.0.0.1,.acme.example",
        "sudo cp acme-root-ca.crt /usr/local/share/ca-certificates/ && sudo update-ca-certificates",
        "dotnet nuget add source https://nexus.acme.example/repository/nuget-hosted/index.json -n acme-internal",
        "go env -w GOPROXY=https://athens.acme.example,direct GOPRIVATE=github.com/acme/*",
    ),
    *each(
        OWN_WIKI,
        "terminal",
        "sudo networksetup -setwebproxy Wi-Fi proxy.acme.example 8080\nsudo networksetup -setsecurewebproxy Wi-Fi proxy.acme.example 8080",
        'netsh winhttp set proxy proxy.acme.example:8080 "<local>;*.acme.example"',
        "Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses 10.0.0.10,10.0.0.11",
        "conda config --set channel_alias https://conda.acme.example\nconda config --set ssl_verify /etc/ssl/certs/acme-root-ca.pem",
        "go env -w GOPROXY=https://athens.acme.example,direct GONOSUMDB=github.com/acme/*",
        "export PIP_INDEX_URL=https://nexus.acme.example/repository/pypi-all/simple\npip install acme-deploy-tools",
    ),
    *each(
        "https://gitlab.acme.example/platform/handbook/-/blob/main/go.md",
        "terminal",
        "export GOPROXY=https://athens.acme.example,direct\nexport GOPRIVATE=gitlab.acme.example/*\ngo mod download",
    ),
    *each(
        "https://notion.so/acme/Laptop-setup-4f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "terminal",
        "Import-Certificate -FilePath .\\acme-root-ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root",
        "sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ~/Downloads/acme-root-ca.crt",
    ),
    *each(
        WIKI,
        "other",
        "# ~/.npmrc\nregistry=https://nexus.acme.example/repository/npm-all/\n@acme:registry=https://nexus.acme.example/repository/npm-hosted/\nalways-auth=true",
        "[global]\nindex-url = https://nexus.acme.example/repository/pypi-all/simple\ntrusted-host = nexus.acme.example",
        "<settings>\n  <mirrors>\n    <mirror>\n      <id>acme-nexus</id>\n      <mirrorOf>*</mirrorOf>\n      <url>https://nexus.acme.example/repository/maven-public/</url>\n    </mirror>\n  </mirrors>\n</settings>",
    ),
]

HEADERS = [
    *each(
        "https://acme.service-now.com/sp?id=ticket&table=incident&sys_id=9a8b7c",
        "other",
        "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.acme.example with SMTPS id a1b2c3d4e5\n        for <jdoe@acme.example>; Fri, 06 Dec 2024 09:11:58 -0800 (PST)\nAuthentication-Results: mx.acme.example;\n       dkim=pass header.i=@gmail.com;\n       spf=pass (domain of sender@gmail.com designates 209.85.220.41 as permitted sender);\n       dmarc=pass (p=NONE) header.from=gmail.com\nReturn-Path: <sender@gmail.com>",
        "X-MS-Exchange-Organization-SCL: 5\nX-Forefront-Antispam-Report: CIP:203.0.113.24;CTRY:NG;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.example-sender.test;PTR:InfoNoRecords;CAT:SPM;\nAuthentication-Results: spf=fail (sender IP is 203.0.113.24) smtp.mailfrom=example-sender.test; dkim=none; dmarc=fail action=quarantine header.from=acme.example",
    ),
]

PENTEST = [
    *each(
        "https://confluence.acme.example/display/SEC/Pentest+2024+findings",
        "other",
        "Finding 3 (High): reflected XSS in /search?q=. Payload used: \"><svg onload=alert(document.domain)>. Fix: HTML-encode the q parameter in search.html and add a CSP with script-src 'self'.",
        "nmap -sV -p- --min-rate 2000 -oA scans/web01 10.20.4.0/24\n\nPORT     STATE SERVICE  VERSION\n22/tcp   open  ssh      OpenSSH 8.9p1 Ubuntu\n443/tcp  open  ssl/http nginx 1.24.0\n8080/tcp open  http     Jetty 9.4.z",
        "Finding 7 (Medium): SQL injection in the legacy report endpoint. Request: GET /reports/legacy?id=1%27%20OR%201=1--%20 returned all rows. Remediation: use parameterised queries (PreparedStatement) and remove the endpoint in Q1.",
        'POST /api/v1/login HTTP/1.1\nHost: app.acme.example\nContent-Type: application/json\nContent-Length: 49\n\n{"username":"admin","password":"Summer2024!"}\n\nHTTP/1.1 200 OK\nSet-Cookie: session=eyJ1aWQiOjF9.Zx4k2Q.abc; HttpOnly; Secure',
        "Scope for the Q1 external test: app.acme.example, api.acme.example, 198.51.100.0/28. Out of scope: payment provider pages, social engineering, DoS. Testers' source IP: 203.0.113.77. Emergency contact: secops@acme.example.",
    ),
]
