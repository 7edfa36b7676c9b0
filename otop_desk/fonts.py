"""The bundled Sarabun font: registered at start, used for the UI and for printing."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from otop_desk.paths import resource

FAMILY = "Sarabun"
UI_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Register every bundled face; returns the families Qt now knows from them."""
    families: set[str] = set()
    for path in sorted(resource("fonts", "sarabun").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def use_ui_font(app: QGuiApplication) -> None:
    # QGuiApplication, not QApplication: printing (reports) uses this module, and
    # nothing below the ui imports Qt's widgets.
    # One Thai face everywhere: a system without Thai fonts (or with an ugly fallback)
    # still shows clean Thai, and screen and print look alike.
    font = QFont(FAMILY, UI_POINT_SIZE)
    app.setFont(font)


def print_font(point_size: float = 13, *, bold: bool = False) -> QFont:
    """Thai government letters use 16 pt TH Sarabun; Sarabun, larger for its size, reads
    alike at 13 pt."""
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
