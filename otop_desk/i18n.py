"""The UI language: Qt translators, and translated labels for domain values.

Thai is the default. English is the source language of the code, so choosing English
means removing the Thai translators.
"""

from __future__ import annotations

import itertools
from datetime import date
from enum import Enum

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTranslator

from otop_desk.domain import dates
from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.errors import FIELD_CONTEXT, ValidationError
from otop_desk.paths import resource

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"

_state: dict[str, object] = {"lang": DEFAULT_LANGUAGE, "translators": [], "generation": 0}
#: Never repeats, even if ``_state`` is put back as it was (tests do): a number once used
#: names one set of translators.
_generations = itertools.count(1)


def install_headless(lang: str) -> None:
    """Translators for a command without a window (sheet headers, printed labels): a
    core application is made if there is none."""
    import sys

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0] if sys.argv else "otop-desk"])
    install(lang)


def current_language() -> str:
    return str(_state["lang"])


def generation() -> int:
    """A number that changes with every ``install``, once its translators are in place:
    what a cache of translated texts is keyed by. (The language alone is not enough: while
    ``install`` swaps the translators, a lookup from another thread finds none.)"""
    return int(_state["generation"])  # type: ignore[call-overload]


def install(lang: str) -> None:
    """Switch every translator to ``lang``; widgets then rebuild their texts."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    if lang != "en":
        for qm in sorted(resource("translations", lang).glob("*.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                installed.append(translator)
    _state["translators"] = installed
    _state["lang"] = lang
    _state["generation"] = next(_generations)
    QLocale.setDefault(locale())


def locale() -> QLocale:
    if current_language() == "th":
        return QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def collator() -> QCollator:
    """Sorts Thai words as a dictionary does (leading vowels such as เ แ โ are skipped)."""
    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    collator.setNumericMode(True)
    return collator


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def enum_label(value: LabeledEnum | Enum | None) -> str:
    if value is None:
        return ""
    return translate(ENUM_CONTEXT, value.label)  # type: ignore[union-attr]


def field_label(text: str) -> str:
    return translate(FIELD_CONTEXT, text)


def error_text(error: ValidationError) -> str:
    return error.translated(translate)


def fmt_date(d: date | None) -> str:
    return dates.format_date(d, current_language())


def fmt_date_long(d: date | None) -> str:
    return dates.format_date_long(d, current_language())


def fmt_month(year: int, month: int) -> str:
    return dates.format_month(year, month, current_language())
