"""Validation errors that carry a translatable message.

The domain layer must not import Qt, yet its messages reach people through Qt's
translation system. Messages are therefore written as English source strings wrapped
in ``QT_TRANSLATE_NOOP`` (a no-op marker that ``pyside6-lupdate`` recognises by name);
the UI translates them in the ``Validation`` context and fills in the parameters.
"""

from __future__ import annotations

from typing import Any

TR_CONTEXT = "Validation"
FIELD_CONTEXT = "Field"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text



class ValidationError(ValueError):
    """A value a person typed cannot be stored; the message says what to fix.

    ``field`` names the input that is wrong so a form can focus it. ``params`` fill the
    ``{name}`` placeholders of the (translated) message.
    """

    def __init__(self, message: str, field: str | None = None, /, **params: Any) -> None:
        self.message = message
        self.field = field
        self.params = params
        self.row: int | None = None
        super().__init__(self.english())

    def in_row(self, row: int) -> ValidationError:
        """Say which row of a table (counted from 1) the error belongs to."""
        self.row = row
        self.args = (self.english(),)
        return self

    def english(self) -> str:
        text = self.message.format(**self.params)
        return f"Row {self.row}: {text}" if self.row is not None else text

    def translated(self, translate: Any) -> str:
        """Render with ``translate(context, source) -> str`` (e.g. QCoreApplication.translate).

        The ``field`` parameter is a field label marked in the ``Field`` context, so it is
        translated too.
        """
        params = dict(self.params)
        if "field" in params:
            params["field"] = translate(FIELD_CONTEXT, str(params["field"]))
        text = str(translate(TR_CONTEXT, self.message)).format(**params)
        if self.row is not None:
            prefix = translate(TR_CONTEXT, QT_TRANSLATE_NOOP("Validation", "Row {row}: "))
            text = str(prefix).format(row=self.row) + text
        return text


class NotFoundError(LookupError):
    """A record that was asked for does not exist (any more)."""


def required_error(field: str) -> ValidationError:
    """The one message for an empty input that must be filled in: "{field} is required."."""
    return ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), field, field=field)
