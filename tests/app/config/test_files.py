"""Reading TOML that may be hostile without refusing ordinary files."""

from __future__ import annotations

import pytest

from app.config.files import TomlFileError, parse_toml


@pytest.mark.parametrize(
    "text",
    [
        'trusted_sites = ["a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.example"]\n',
        "# a comment with [[[[[[[[[[[[[[[[[[[[ and ....................\nmode = 'warn'\n",
        'note = """\nmany [[[[[[[[[[[[[[[[[[[[ \\""" and ...................\n"""\n',
        "note = '''[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[......................'''\n",
        "note = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[.....................'\n",
        'note = "escaped \\" [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ......................"\n',
        "ratio = 1.5\nlist = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5]\n",
        "[forward]\nsyslog = 'tcp://a.b.c:1'\n[[forward.http]]\nurl = 'https://x.y.z/'\n",
    ],
)
def test_ordinary_toml_passes_the_shape_check(text: str) -> None:
    assert isinstance(parse_toml(text.encode()), dict)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a = " + "[" * 17 + "]" * 17, "nested more than 16"),
        ("a = " + "{b=" * 17 + "1" + "}" * 17, "nested more than 16"),
        ("a" + ".a" * 17 + " = 1", "more than 16 parts"),
        ('"a"' + '."a"' * 17 + " = 1", "more than 16 parts"),
        ("a = 'unterminated\n", "not valid TOML"),
    ],
)
def test_deep_or_broken_toml_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(TomlFileError, match=reason):
        parse_toml(text.encode())
