"""`pasteguard rules from-report | keygen | sign`: fleet rules from reports, and signed feeds."""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from app.commands import EXIT_OK, UsageError
from app.config.files import write_private
from app.intel.report import ReportError, rule_file_from_report

MAX_REPORT = 4 * 1024 * 1024


def add_parsers(rules_commands: Any) -> None:
    report = rules_commands.add_parser(
        "from-report", help="turn a 'Report to IT' file into a fleet rule file"
    )
    report.add_argument("report", type=Path, help="the report (.json) a person sent")
    report.add_argument("-o", "--output", type=Path, help="write here (default: print it)")
    report.set_defaults(handler=run_from_report)

    keygen = rules_commands.add_parser("keygen", help="make the key pair that signs feed bundles")
    keygen.add_argument(
        "folder", type=Path, help="where feed-signing.pem is written (kept private)"
    )
    keygen.set_defaults(handler=run_keygen)

    sign = rules_commands.add_parser("sign", help="sign rule files into a feed bundle")
    sign.add_argument("files", nargs="+", type=Path, help="rule files (.yaml) to publish")
    sign.add_argument("--key", type=Path, required=True, help="the private key from keygen")
    sign.add_argument("-o", "--output", type=Path, required=True, help="the bundle to publish")
    sign.add_argument(
        "--serial",
        type=int,
        help="must grow with every bundle (default: the time now in seconds)",
    )
    sign.add_argument("--days", type=int, default=30, help="valid for this many days (30)")
    sign.set_defaults(handler=run_sign)


def run_from_report(args: argparse.Namespace, out: IO[str]) -> int:
    try:
        data = args.report.read_bytes()[: MAX_REPORT + 1]
    except OSError as exc:
        raise UsageError(f"cannot read {args.report}: {exc.strerror or exc}") from exc
    if len(data) > MAX_REPORT:
        raise UsageError(f"{args.report} is larger than a report can be")
    try:
        document = json.loads(data)
        text = rule_file_from_report(document)
    except (ValueError, UnicodeDecodeError) as exc:  # ReportError is a ValueError
        reason = exc if isinstance(exc, ReportError) else f"not JSON ({exc})"
        raise UsageError(f"{args.report}: {reason}") from exc
    if args.output is None:
        out.write(text)
        return EXIT_OK
    if args.output.exists():
        raise UsageError(f"{args.output} exists; choose another name")
    args.output.write_text(text, encoding="utf-8")
    out.write(f"wrote {args.output}; check it with: pasteguard rules check {args.output}\n")
    return EXIT_OK


def run_keygen(args: argparse.Namespace, out: IO[str]) -> int:
    # here, not at the top: every other command would pay for loading libsodium at start-up
    from app.intel.bundle import new_private_key, private_key_pem, public_key_text

    path = args.folder / "feed-signing.pem"
    if path.exists():
        raise UsageError(f"{path} exists: a new key would orphan every computer that trusts it")
    key = new_private_key()
    write_private(path, private_key_pem(key))
    public = public_key_text(key)
    (args.folder / "feed-signing.pub").write_text(public + "\n", encoding="ascii")
    out.write(
        f"private key: {path} (keep it off the feed server)\n"
        f"public key:  {public}\n"
        f'put it in the policy:  [intel] feed_keys = ["{public}"]\n'
    )
    return EXIT_OK


def run_sign(args: argparse.Namespace, out: IO[str]) -> int:
    from app.intel.bundle import load_private_key, sign_bundle

    try:
        key = load_private_key(args.key.read_bytes())
    except OSError as exc:
        raise UsageError(f"cannot read {args.key}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise UsageError(f"{args.key}: {exc}") from exc
    files: dict[str, str] = {}
    for path in args.files:
        try:
            files[path.name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {path}: {exc}") from exc
    if len(files) != len(args.files):
        raise UsageError("two files have the same name; a bundle keeps names only")
    if not 1 <= args.days <= 3650:
        raise UsageError("--days must be from 1 to 3650")
    now = datetime.now(UTC)
    serial = args.serial if args.serial is not None else int(time.time())
    try:
        data = sign_bundle(key, files, serial, now, now + timedelta(days=args.days))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    args.output.write_bytes(data)
    out.write(f"wrote {args.output}: serial {serial}, {len(files)} files, {args.days} days\n")
    return EXIT_OK
