"""This installation's signing key, and what a receiver makes of a sender's key.

Each installation makes an Ed25519 key pair (the ``cryptography`` package) the first time
it writes a workbook and keeps it in its database. Every workbook is signed; a receiver
learns the sender's public key at the first import (trust on first use) and from then on
notices a workbook whose key is different: someone else wrote it, or the laptop was set
up again. That is told to the person, who decides; a workbook whose signature does not
match its own key was changed after it was written and is refused.
"""

from __future__ import annotations

import enum
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from otop_desk.db.changelog import device_id
from otop_desk.db.models import Peer, Replica


def own_keys(session: Session) -> tuple[Ed25519PrivateKey, bytes]:
    """This installation's private key and raw public key, made on first use."""
    device = device_id(session)
    row = session.execute(select(Replica.private_key, Replica.public_key)
                          .where(Replica.device_id == device)).one()
    if row.private_key and row.public_key:
        return Ed25519PrivateKey.from_private_bytes(row.private_key), row.public_key
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    session.execute(update(Replica).where(Replica.device_id == device)
                    .values(private_key=raw_private, public_key=raw_public))
    return private, raw_public


def sign(private: Ed25519PrivateKey, digest: bytes) -> bytes:
    return private.sign(digest)


def verify(public_key: bytes, digest: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, digest)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """A short, readable form of a key to compare over the phone: 4 groups of 4."""
    text = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(text[i:i + 4] for i in range(0, 16, 4))


class KeyStatus(enum.Enum):
    KNOWN = "known"  # the key this sender always had
    NEW = "new"  # a sender never seen before: its key is learnt now
    CHANGED = "changed"  # a known sender with another key: someone else, or set up anew


def key_status(session: Session, device: bytes | str | object, public_key: bytes) -> KeyStatus:
    peer = session.get(Peer, device)
    if peer is None or peer.public_key is None:
        return KeyStatus.NEW
    return KeyStatus.KNOWN if peer.public_key == public_key else KeyStatus.CHANGED
