"""Several validation errors reported at once, so a form shows everything to fix after
one Save instead of one thing per try.

``ValidationErrors`` is itself a ``ValidationError`` (the first one's field and row), so
code that knows only single errors still works; a form that knows better marks each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, TR_CONTEXT, ValidationError

T = TypeVar("T")

# A message box lists this many; the rest are counted (each is marked in the form).
SHOWN_AT_MOST = 12


class ValidationErrors(ValidationError):
    def __init__(self, errors: list[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        # The form's own fields first, then the table rows in order (stable otherwise).
        self.errors = sorted(_unique([e for error in errors for e in all_errors(error)]),
                             key=lambda e: (e.row is not None, e.row or 0))
        first = self.errors[0]
        super().__init__(first.message, first.field, **first.params)
        self.row = first.row
        self.args = (self.english(),)

    def english(self) -> str:
        return "\n".join(error.english() for error in self.errors)

    def translated(self, translate: Any) -> str:
        lines = [error.translated(translate) for error in self.errors[:SHOWN_AT_MOST]]
        if len(self.errors) == 1:
            return lines[0]
        more = len(self.errors) - SHOWN_AT_MOST
        if more > 0:
            lines.append(str(translate(TR_CONTEXT, QT_TRANSLATE_NOOP(
                "Validation", "… and {count} more, marked in the form."))).format(count=more))
        return "\n".join("• " + line for line in lines)


def _unique(errors: list[ValidationError]) -> list[ValidationError]:
    # A date that cannot be read is also "required" to the service: say it once.
    seen: set[tuple[str, int | None]] = set()
    out = []
    for error in errors:
        key = (error.field or "", error.row)
        if error.field is None or key not in seen:
            seen.add(key)
            out.append(error)
    return out


def all_errors(error: ValidationError) -> list[ValidationError]:
    """The single errors inside ``error`` (itself, if it is one)."""
    return list(error.errors) if isinstance(error, ValidationErrors) else [error]


class ErrorList:
    """Collects errors instead of stopping at the first.

    ``check(fn, ...)`` returns what ``fn`` returns, or ``default`` after noting the error
    (with ``row`` if given); ``raise_if_any()`` ends the checking.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, error: ValidationError, row: int | None = None) -> None:
        for single in all_errors(error):
            self.errors.append(single.in_row(row) if row is not None and single.row is None else single)

    def check(self, fn: Callable[..., T], *args: Any, row: int | None = None, default: Any = None,
              **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except ValidationError as error:
            self.add(error, row)
            return default  # type: ignore[no-any-return]

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)
