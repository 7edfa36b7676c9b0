"""Small validation helpers shared by the services."""

from __future__ import annotations

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error


def check_int(value: int | None, field: str, lo: int, hi: int, *, required: bool = False) -> int | None:
    if value is None:
        if required:
            raise required_error(field)
        return None
    if not lo <= value <= hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
            field,
            field=field,
            lo=lo,
            hi=hi,
        )
    return value

