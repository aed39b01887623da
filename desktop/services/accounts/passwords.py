"""Salted slow hashes (``hashlib.scrypt``) written as ``scrypt$n$r$p$salt_b64$hash_b64``.

The cost parameters are stored with each hash, so raising them later only makes new hashes
dearer: an old hash still verifies with its own parameters, and ``needs_rehash`` says when to
store a new one (at the next successful sign-in).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
SCHEME = "scrypt"
_MAX_N = 2**20  # a stored hash asking for more memory than this is refused, not computed


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024, dklen=length)


def hash_password(password: str) -> str:
    """A new salted hash of ``password`` at today's parameters."""
    salt = os.urandom(SALT_BYTES)
    key = _derive(password, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, key = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 64 and 1 <= p <= 16 and key):
        return None
    return n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``; a malformed or empty hash matches nothing."""
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(_derive(password, salt, n, r, p, len(key)), key)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than today's."""
    parsed = _parse(stored or "")
    return parsed is None or parsed[:3] != (N, R, P) or len(parsed[3]) != SALT_BYTES
