"""The officer's profile as the screens and the printed pages use it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Profile:
    name: str = ""
    position: str = ""
    office: str = ""
    district: str = ""
    province: str = ""
    phone: str = ""
