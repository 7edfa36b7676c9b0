"""Thai names in dictionary order without Qt (the services have none): a leading vowel
(เ แ โ ใ ไ) is read after the consonant it is spoken after, as ``db.thai_order`` does in SQL."""

from __future__ import annotations

from otop_desk.db.thai_order import LEADING_VOWELS


def thai_key(text: str) -> str:
    if len(text) > 1 and text[0] in LEADING_VOWELS:
        return text[1] + text[0] + text[2:]
    return text
