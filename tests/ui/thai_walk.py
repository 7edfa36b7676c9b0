"""Walk a window as a person sees it and collect every text shown, to find English words
and stray mnemonic markers (&) in the Thai UI.

What counts as shown: window titles, labels, buttons, group boxes, tab texts, menu
items, headers, combo items, placeholders, tooltips, special values of spin boxes, the
text of read-only text views, and the cells of small item views (not the files of a
file dialog). Every page of every tab widget is visited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: Words that stay as they are in a Thai UI: names of things and programs, standards,
#: units, codes printed on keys and paper sizes.
ALLOWED = {
    # names and abbreviations Thai officers use as they are
    "OTOP", "Desk", "GMP", "HACCP", "PDF", "PDPA", "Excel", "Qt", "PySide", "SQLite", "PostgreSQL",
    "SQLAlchemy", "openpyxl", "Alembic", "platformdirs", "psycopg", "defusedxml", "Sarabun",
    "LGPL", "GPL", "MIT", "BSD", "OFL", "SIL", "Apache", "Python", "SME", "SMEs", "CUPS", "ISO",
    "Unicode", "USB", "URL", "Open", "Font", "License", "Licence", "Lesser", "General", "Public",
    # units
    "mm", "cm", "pt", "px", "dpi", "kg", "in", "CC", "DD",
    # keys as printed on the keyboard
    "Ctrl", "Shift", "Alt", "Enter", "Tab", "Esc", "Insert", "Delete", "Del", "Space", "Home",
    "End", "PgUp", "PgDn", "Page", "Up", "Down", "Backspace", "Return", "Left", "Right",
    # file formats and sizes, map data
    "PNG", "GPS", "KB", "MB", "GB", "TB", "PostScript",
    # paper standards, named as printed on paper packs
    "Letter", "Legal", "Executive", "Ledger", "Tabloid", "Folio", "Quarto", "Statement", "Note", "ANSI",
    "JIS", "PRC", "Architect", "Super", "Chou", "Kaku", "You", "Monarch", "DL", "DLE", "US",
    # names in the demo data and in Thai writing: programmes, shops, people
    "KBO", "City", "Facebook", "Shopee", "Lazada", "TikTok", "Shop", "LINE", "OA", "Cadson", "Demak",
    "Kongvut", "Sangkla",
}
#: Whole texts that are right as they are: a language named in its own language.
ALLOWED_TEXTS = {"English"}
#: A widget with this property set shows a document as written (a licence): not checked.
VERBATIM = "verbatim"
#: Whole-text patterns that are not words: file patterns, URLs and paths, shortcuts,
#: paper sizes (A4, B5, C5E, DL, 10x14 in).
_NOT_WORDS = [
    re.compile(r"\b[a-z][a-z0-9+.-]*://\S*"),  # postgresql://kanya@192.168.1.10/otop
    re.compile(r"\*\.[A-Za-z0-9]+"),  # *.xlsx
    re.compile(r"\S+\.(?:sqlite3|db|xlsx|pdf|log|png|txt|ini|lock)\b"),  # file names
    # a computer's id and key fingerprint as read out (after file names, which may hold
    # one): 3f2a9c1e, 9F1C 22AB 03DE 7B41
    re.compile(r"\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b[0-9a-f]{8}\b"),
    re.compile(r"\b[0-9A-F]{4}(?: [0-9A-F]{4}){3}\b"),
    re.compile(r"(?:/[\w.+-]+)+/?"),  # paths
    re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\b"),  # A4, B5, C5E, F2
    re.compile(r"\b(?:Ctrl|Shift|Alt)\+\S+"),
    re.compile(r"(?<![\w.])\.[a-z0-9]{2,5}\b"),  # .xlsx
    re.compile(r"\b[a-z]+(?:-[a-z]+)+\b"),  # a package's name: thai-province-data
    re.compile(r"\b[A-Z]{1,4}\d[\w-]*"),  # document numbers: PV6811-001
]
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_STRAY_AMP = re.compile(r"&(?=[^&\s])")


@dataclass(frozen=True)
class Shown:
    where: str  # the widget (class and object name) the text belongs to
    text: str
    mnemonic: bool = False  # '&' marks a shortcut letter here and is not drawn

    @property
    def drawn(self) -> str:
        """The text as it appears on screen."""
        if not self.mnemonic:
            return self.text
        return re.sub(r"&(.)", r"\1", self.text)


def english_words(text: str) -> list[str]:
    if text.strip() in ALLOWED_TEXTS:
        return []
    for pattern in _NOT_WORDS:
        text = pattern.sub(" ", text)
    return [w for w in _WORD.findall(text) if w not in ALLOWED and w.rstrip("s") not in ALLOWED]


def problems(shown: list[Shown]) -> list[str]:
    """Each text with an English word, or an '&' drawn as a character."""
    out = []
    for s in shown:
        words = english_words(s.drawn)
        if words:
            out.append(f"{s.where}: {s.drawn!r} (English: {', '.join(words)})")
        if not s.mnemonic and _STRAY_AMP.search(s.text.replace("&&", "")):
            out.append(f"{s.where}: {s.text!r} (a '&' is drawn)")
    return sorted(set(out))


def _name(widget: QWidget) -> str:
    window = widget.window()
    own = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    return f"{type(window).__name__} > {own}" if window is not widget else own


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _menu_texts(menu: QMenu, where: str, out: list[Shown]) -> None:
    out.append(Shown(where, menu.title(), mnemonic=True))
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            _menu_texts(action.menu(), where, out)
        else:
            out.append(Shown(where, action.text(), mnemonic=True))


def _view_texts(view: QAbstractItemView, where: str, out: list[Shown], max_rows: int = 60) -> None:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps it private: one column
            return 1

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), max_rows)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        out.append(Shown(where, _plain(value)))
                if column == 0 and depth < 2 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)


def texts_now(root: QWidget) -> list[Shown]:
    """The texts of ``root`` and its descendants that are on screen now."""
    out: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not _visible(w):
            continue
        where = _name(w)
        if w.isWindow() and w.windowTitle():
            out.append(Shown(where, w.windowTitle()))
        if w.toolTip():
            out.append(Shown(where + " (tooltip)", _plain(w.toolTip())))
        if isinstance(w, QLabel):
            out.append(Shown(where, _plain(w.text()), mnemonic=w.buddy() is not None))
        elif isinstance(w, QAbstractButton):
            out.append(Shown(where, w.text(), mnemonic=True))
        elif isinstance(w, QGroupBox):
            out.append(Shown(where, w.title(), mnemonic=True))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out.append(Shown(where, w.tabText(i), mnemonic=True))
                if w.tabToolTip(i):
                    out.append(Shown(where + " (tooltip)", w.tabToolTip(i)))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                out.append(Shown(where, w.itemText(i)))
            if w.placeholderText():
                out.append(Shown(where, w.placeholderText()))
        elif isinstance(w, QLineEdit):
            if w.placeholderText():
                out.append(Shown(where, w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):
            out.append(Shown(where, w.specialValueText()))
            out.append(Shown(where, getattr(w, "prefix", lambda: "")() + " " + getattr(w, "suffix", lambda: "")()))
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            if w.placeholderText():
                out.append(Shown(where, w.placeholderText()))
            if w.isReadOnly() and not w.property(VERBATIM):
                out.append(Shown(where, w.toPlainText()))
        elif isinstance(w, QHeaderView):
            model = w.model()
            if model is not None:
                for section in range(w.count()):
                    if w.isSectionHidden(section):
                        continue
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.headerData(section, w.orientation(), role)
                        if isinstance(value, str) and value:
                            out.append(Shown(where, value))
        elif isinstance(w, QAbstractItemView) and not _inside(w, QFileDialog):
            _view_texts(w, where, out)
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                if action.menu() is not None:
                    _menu_texts(action.menu(), where + " (menu)", out)
    return [s for s in out if s.text.strip()]


def _inside(widget: QWidget, cls: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, cls):
            return True
        parent = parent.parentWidget()
    return False


def walk(root: QWidget) -> list[Shown]:
    """Every text of ``root`` on every page of its tab widgets (each page shown in turn)."""
    QCoreApplication.processEvents()
    out = texts_now(root)
    for tabs in root.findChildren(QTabWidget):
        if not _visible(tabs):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == current or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            QCoreApplication.processEvents()
            out += walk(tabs.widget(i))
        tabs.setCurrentIndex(current)
    for stack in root.findChildren(QStackedWidget):
        if not _visible(stack) or isinstance(stack.parentWidget(), QTabWidget):
            continue
        current = stack.currentIndex()
        for i in range(stack.count()):
            if i != current:
                stack.setCurrentIndex(i)
                QCoreApplication.processEvents()
                out += texts_now(stack.widget(i))
        stack.setCurrentIndex(current)
    return out
