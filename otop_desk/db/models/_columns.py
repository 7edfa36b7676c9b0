"""Column helpers shared by the model modules."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey, String, Text, Uuid
from sqlalchemy.orm import mapped_column

SHORT = 200


def enum_column(enum_cls: type[enum.Enum], **kwargs: Any) -> Any:
    """Store a StrEnum by its value in a plain VARCHAR, so adding a member needs no migration."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kwargs,
    )


#: ``Column.info`` key of the one declaration of personal data (Thailand's PDPA): names,
#: phone numbers, people typed as free text. Privacy exports leave these columns out of
#: every sheet and of the hidden data (``services.exchange.personal_columns``).
PERSONAL = "personal"


def text_column(*, long: bool = False, personal: bool = False, **kwargs: Any) -> Any:
    kwargs.setdefault("default", "")
    kwargs.setdefault("nullable", False)
    if personal:
        kwargs["info"] = {**kwargs.get("info", {}), PERSONAL: True}
    return mapped_column(Text if long else String(SHORT), **kwargs)


def parent_key(target: str, *, ondelete: str = "CASCADE", nullable: bool = False) -> Any:
    return mapped_column(Uuid, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)
