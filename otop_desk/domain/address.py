"""A group's address on paper, as Thai government offices write it.

"ม.5 บ้านโนนสว่าง ต.โคกสี อ.เมืองขอนแก่น จ.ขอนแก่น 40000": หมู่ที่, ตำบล, อำเภอ and
จังหวัด abbreviated; in Bangkok แขวง and เขต, and no จังหวัด. Fields into which people typed
the word themselves ("ตำบลโคกสี", "อ.เมือง") do not get it twice. Every printout (visit
summary, group profile) uses this one function.
"""

from __future__ import annotations

import re

BANGKOK = ("กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ")
# The words people type before a name, full or abbreviated (longest first).
_SUBDISTRICT = ("ตำบล", "แขวง", "ต.")
_DISTRICT = ("อำเภอ", "เขต", "อ.")
_PROVINCE = ("จังหวัด", "จ.")


def _bare(name: str | None, words: tuple[str, ...]) -> str:
    """``name`` without a leading word of ``words`` (and the space after it)."""
    text = " ".join((name or "").split())
    for word in words:
        if text.startswith(word) and len(text) > len(word):
            return text[len(word):].lstrip()
    return text


def printed_address(*, moo: int | None, village: str | None, subdistrict: str | None,
                    district: str | None, province: str | None, postcode: str | None,
                    lang: str = "th") -> str:
    """The address on one line; empty parts are left out."""
    sub, dist, prov = _bare(subdistrict, _SUBDISTRICT), _bare(district, _DISTRICT), _bare(province, _PROVINCE)
    village_name = " ".join((village or "").split())
    code = (postcode or "").strip()
    if lang != "th":
        english = [f"Moo {moo}" if moo else "", village_name,
                   f"{sub} Sub-district" if sub else "", f"{dist} District" if dist else "",
                   f"{prov} {code}".strip() if prov else code]
        return ", ".join(part for part in english if part)
    bangkok = prov in BANGKOK
    thai = [f"ม.{moo}" if moo else "", village_name,
            ("แขวง" if bangkok else "ต.") + sub if sub else "",
            ("เขต" if bangkok else "อ.") + dist if dist else "",
            (prov if bangkok else "จ." + prov) if prov else "", code]
    return re.sub(r"\s+", " ", " ".join(part for part in thai if part)).strip()
