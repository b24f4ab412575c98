"""The change file: a short plain header, then the changes, compressed and encrypted.

Layout: the magic line, the header's length (4 bytes, big-endian), the header (JSON: app,
format and schema versions, group, laptop, the key's scrypt salt and costs, and a small
check block), then the payload sealed with AES-GCM under the key the passphrase gives.
The header is bound to the payload as associated data, so neither can be edited alone.
The check block (a known text sealed with the same key) tells a wrong passphrase from a
damaged file; inside the payload a SHA-256 of the content is checked again on reading.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from volunteer_app.domain.merging.errors import ChangeFileError

MAGIC = b"VOLUNTEER-APP-CHANGES\n"
APP_ID = "volunteer-app"
FORMAT = 1
# scrypt costs: about a tenth of a second and 16 MiB on a modest laptop, every time.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_CHECK_TEXT = b"volunteer-app passphrase check"
_LENGTH = struct.Struct(">I")
MAX_HEADER = 64 * 1024


@dataclass(frozen=True)
class ChangeFile:
    header: dict[str, Any]
    content: dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _damaged() -> ChangeFileError:
    return ChangeFileError(
        "sync.damaged",
        "The file is damaged or incomplete (it may not have been copied to the end), "
        "so nothing was taken from it. Ask for the file again.",
    )


def seal(header: dict[str, Any], content: dict[str, Any], passphrase: str) -> bytes:
    """The whole file's bytes."""
    if not passphrase:
        raise ChangeFileError("sync.no_passphrase", "Type the group's passphrase.")
    salt, check_nonce, nonce = os.urandom(16), os.urandom(12), os.urandom(12)
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    aead = AESGCM(key)
    header = {
        **header,
        "app": APP_ID,
        "format": FORMAT,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "check": _b64(check_nonce + aead.encrypt(check_nonce, _CHECK_TEXT, None)),
        "nonce": _b64(nonce),
    }
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + _LENGTH.pack(len(head)) + head
    body = json.dumps(content, separators=(",", ":")).encode("utf-8")
    plain = hashlib.sha256(body).digest() + zlib.compress(body, 6)
    return prefix + aead.encrypt(nonce, plain, prefix)


def read_header(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The plain header and the bytes it covers; refuses another app's file."""
    if not data.startswith(MAGIC):
        raise ChangeFileError(
            "sync.not_ours",
            "That file is not a co-coordinator's file from this app. Choose the file your "
            "co-coordinator shared.",
        )
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise _damaged()
    (length,) = _LENGTH.unpack(data[len(MAGIC) : start])
    if length > MAX_HEADER or len(data) < start + length:
        raise _damaged()
    try:
        header = json.loads(data[start : start + length])
    except ValueError:
        raise _damaged() from None
    if not isinstance(header, dict) or header.get("app") != APP_ID:
        raise _damaged()
    if not isinstance(header.get("format"), int) or header["format"] > FORMAT:
        raise ChangeFileError(
            "sync.too_new",
            "That file was made by a newer version of the app. Install the newer version "
            "to bring it in; nothing was changed.",
        )
    return header, data[: start + length]


def open_file(data: bytes, passphrase: str) -> ChangeFile:
    """Check and decrypt a whole file: wrong passphrase, damage or edits are refused."""
    header, prefix = read_header(data)
    try:
        kdf = header["kdf"]
        key = _key(passphrase, _unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        check = _unb64(header["check"])
        nonce = _unb64(header["nonce"])
    except (KeyError, TypeError, ValueError):
        raise _damaged() from None
    aead = AESGCM(key)
    try:
        aead.decrypt(check[:12], check[12:], None)
    except (InvalidTag, ValueError):
        raise ChangeFileError(
            "sync.wrong_passphrase",
            "The passphrase does not open this file. Type the passphrase your group chose "
            "for sharing; nothing was changed.",
        ) from None
    try:
        plain = aead.decrypt(nonce, data[len(prefix) :], prefix)
        digest, body = plain[:32], zlib.decompress(plain[32:])
    except (InvalidTag, ValueError, zlib.error):
        raise _damaged() from None
    if hashlib.sha256(body).digest() != digest:
        raise _damaged()
    try:
        content = json.loads(body)
    except ValueError:
        raise _damaged() from None
    if not isinstance(content, dict):
        raise _damaged()
    return ChangeFile(header, content)
