"""Signed rule bundles: rule files (with their `lists:`) an administrator publishes to the fleet.

A bundle is one JSON file::

    {"format": "pasteguard-bundle", "payload": "<base64>", "signature": "<base64>"}

The signature is Ed25519 over the payload's exact bytes, so nothing is canonicalised and
nothing is read before it is verified. The payload, once verified, is JSON::

    {"version": 1, "serial": 1733400000, "issued": "2026-12-05T12:00:00Z",
     "expires": "2027-01-04T12:00:00Z", "files": {"reported.yaml": "<rule file text>"}}

A bundle is used only when its signature verifies with a key the policy names, it has not
expired, and its serial is higher than the bundle in use: an attacker who can answer for the
feed URL can neither forge a bundle nor replay an older one to take a block away.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from app.detection.rules import RuleError
from app.detection.rulesets import check_rule_paths
from app.intel.rulefile import read_lists

FORMAT = "pasteguard-bundle"
VERSION = 1
MAX_BUNDLE = 8 * 1024 * 1024
MAX_FILES = 64
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.ya?ml")


class BundleError(ValueError):
    """Why a bundle is not used; `reason` is one of REASONS."""

    REASONS = ("format", "signature", "expired", "stale", "invalid")

    def __init__(self, reason: str, message: str) -> None:
        assert reason in self.REASONS
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class Bundle:
    serial: int
    issued: datetime
    expires: datetime
    files: Mapping[str, str]  # file name -> rule file text
    raw: bytes = field(repr=False, default=b"")  # the envelope as fetched, kept on disk

    def expired(self, now: datetime) -> bool:
        return now >= self.expires


# -- keys ---------------------------------------------------------------------------------------


def new_private_key() -> SigningKey:
    return SigningKey.generate()


# An Ed25519 private key in PKCS #8 (RFC 8410) is this fixed DER prefix and the 32-byte seed,
# so the key files `rules keygen` writes are the ones `openssl genpkey -algorithm ed25519` makes.
_PKCS8_ED25519 = bytes.fromhex("302e020100300506032b657004220420")
_PEM_BEGIN, _PEM_END = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"


def private_key_pem(key: SigningKey) -> bytes:
    body = base64.b64encode(_PKCS8_ED25519 + bytes(key)).decode("ascii")
    return f"{_PEM_BEGIN}\n{body}\n{_PEM_END}\n".encode("ascii")


def load_private_key(pem: bytes) -> SigningKey:
    try:
        text = pem.decode("ascii").strip()
    except UnicodeDecodeError as exc:
        raise ValueError("not an unencrypted PEM private key (not ASCII text)") from exc
    if not (text.startswith(_PEM_BEGIN) and text.endswith(_PEM_END)):
        raise ValueError("not an unencrypted PEM private key (no PRIVATE KEY block)")
    try:
        der = base64.b64decode(
            "".join(text[len(_PEM_BEGIN) : -len(_PEM_END)].split()), validate=True
        )
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not an unencrypted PEM private key (the block is not base64)") from exc
    if len(der) != len(_PKCS8_ED25519) + 32 or not der.startswith(_PKCS8_ED25519):
        raise ValueError("the key is not an Ed25519 key")
    return SigningKey(der[len(_PKCS8_ED25519) :])


def public_key_text(key: SigningKey) -> str:
    """What the policy's `feed_keys` lists: the raw 32-byte public key, base64."""
    return base64.b64encode(bytes(key.verify_key)).decode("ascii")


# -- signing ------------------------------------------------------------------------------------


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sign_bundle(
    key: SigningKey,
    files: Mapping[str, str],
    serial: int,
    issued: datetime,
    expires: datetime,
) -> bytes:
    """The envelope bytes of a bundle; the files are checked first (a broken bundle is never
    published)."""
    check_files(files)
    payload = json.dumps(
        {
            "version": VERSION,
            "serial": serial,
            "issued": _stamp(issued),
            "expires": _stamp(expires),
            "files": dict(files),
        },
        ensure_ascii=True,
        sort_keys=True,
    ).encode("ascii")
    envelope = {
        "format": FORMAT,
        "payload": base64.b64encode(payload).decode("ascii"),
        "signature": base64.b64encode(key.sign(payload).signature).decode("ascii"),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("ascii")


# -- verifying ----------------------------------------------------------------------------------


def _b64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise BundleError("format", f"the bundle's {what} is missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError("format", f"the bundle's {what} is not base64") from exc


def _time(value: object, what: str) -> datetime:
    if not isinstance(value, str):
        raise BundleError("format", f"the bundle has no {what} time")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BundleError("format", f"the bundle's {what} time is not ISO 8601") from exc
    if moment.tzinfo is None:
        raise BundleError("format", f"the bundle's {what} time has no time zone")
    return moment


def verify_bundle(
    data: bytes,
    keys: Iterable[bytes],
    *,
    now: datetime,
    newer_than: int | None = None,
) -> Bundle:
    """The bundle in `data`, verified; BundleError says why not.

    Order matters: the signature is checked before anything in the payload is believed.
    """
    if len(data) > MAX_BUNDLE:
        raise BundleError("format", f"the bundle is larger than {MAX_BUNDLE} bytes")
    try:
        envelope = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError("format", "the bundle is not JSON") from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise BundleError("format", f"not a PasteGuard bundle (format is not {FORMAT!r})")
    payload = _b64(envelope.get("payload"), "payload")
    signature = _b64(envelope.get("signature"), "signature")
    trusted = False
    for raw_key in keys:
        try:
            VerifyKey(raw_key).verify(payload, signature)
        except (BadSignatureError, ValueError, TypeError):
            continue
        trusted = True
        break
    if not trusted:
        raise BundleError(
            "signature", "the signature does not verify with any key the policy names"
        )
    try:
        body = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError("format", "the signed payload is not JSON") from exc
    if not isinstance(body, dict) or body.get("version") != VERSION:
        raise BundleError("format", f"the bundle's version is not {VERSION}")
    serial = body.get("serial")
    if isinstance(serial, bool) or not isinstance(serial, int) or serial < 0:
        raise BundleError("format", "the bundle's serial is not a whole number")
    issued, expires = _time(body.get("issued"), "issued"), _time(body.get("expires"), "expiry")
    files = body.get("files")
    if (
        not isinstance(files, dict)
        or len(files) > MAX_FILES
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
    ):
        raise BundleError("format", "the bundle's files are not a mapping of names to texts")
    if now >= expires:
        raise BundleError("expired", f"the bundle expired at {_stamp(expires)}")
    if newer_than is not None and serial <= newer_than:
        raise BundleError(
            "stale", f"the bundle's serial {serial} is not newer than the one in use ({newer_than})"
        )
    try:
        check_files(files)
    except ValueError as exc:
        raise BundleError("invalid", str(exc)) from exc
    return Bundle(serial, issued, expires, dict(files), data)


def check_files(files: Mapping[str, str]) -> None:
    """Every file name safe and every file a valid rule file; ValueError lists the errors."""
    bad = [name for name in files if not _FILE_NAME.fullmatch(name)]
    if bad:
        raise ValueError(f"file names must be plain NAME.yaml: {', '.join(map(repr, bad[:5]))}")
    with tempfile.TemporaryDirectory(prefix="pasteguard-bundle-") as folder:
        paths = write_files(Path(folder), files)
        # beside the built-in rules, as the guard loads them (ids unique, sets compile)
        _, errors = check_rule_paths([Path(folder)])
        _, list_errors = read_lists(paths)
    problems: list[RuleError] = [*errors, *list_errors]
    if problems:
        shown = "; ".join(f"{Path(e.path).name}:{e.line}: {e.message}" for e in problems[:5])
        raise ValueError(f"the bundle's rule files have errors: {shown}")


def write_files(folder: Path, files: Mapping[str, str]) -> list[Path]:
    """Write the bundle's files into `folder` (names were checked); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sorted(files.items()):
        if not _FILE_NAME.fullmatch(name):
            raise ValueError(f"unsafe file name {name!r}")
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
