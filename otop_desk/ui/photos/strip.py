"""A form's photos: thumbnails in a row, added by drag and drop, a file picker or paste,
opened in the viewer; saved with the form (``save``), in one transaction of their own
once the record is saved.

Each file is read and made small as it is added (``PhotoService.stage``), so a file that
is not a sound photo is refused then, with its name and the reason, and nothing of it is
kept; the form itself is not touched.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.photos import PhotoKind
from otop_desk.reports.images import png_bytes
from otop_desk.services import Services
from otop_desk.services.backups import StorageError
from otop_desk.services.photos import KINDS, Owner, PhotoRefused, PhotoUnavailable
from otop_desk.ui import messages
from otop_desk.ui.photos import folders
from otop_desk.ui.photos.entries import Entry, edits_of
from otop_desk.ui.widgets.enum_combo import EnumCombo

THUMB = 128
WITHHELD_COLOUR = "#c62828"


class _Thumbs(QListWidget):
    """The thumbnails; files dropped on them are handed to the strip."""

    dropped = Signal(object)  # list[Path]

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 44))
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)

    @staticmethod
    def _files(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        if self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt naming
        if self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        files = self._files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.dropped.emit(files)


class PhotoStrip(QWidget):
    """The photos of one record (``owner``; its id None until the record is saved)."""

    changed = Signal()

    def __init__(self, services: Services, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.owner = owner
        self.entries: list[Entry] = []
        self.deleted: set[uuid.UUID] = set()
        self._pasted = 0
        self.thumbs = _Thumbs(self)
        self.thumbs.dropped.connect(self.add_files)
        self.thumbs.itemActivated.connect(lambda item: self.open_viewer(self.thumbs.row(item)))
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.pick_files)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.paste_button.setToolTip(self.tr("Paste a picture or photo files copied elsewhere (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        self.view_button = QPushButton(self.tr("View…"), self)
        self.view_button.clicked.connect(lambda: self.open_viewer(max(self.thumbs.currentRow(), 0)))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        kinds = KINDS[owner.table]
        self.kind = EnumCombo(PhotoKind, self, members=kinds)
        self.kind.setToolTip(self.tr("Kind of the photos added next"))
        self.kind.setVisible(len(kinds) > 1)
        self.hint = QLabel(self.tr("Drag photos here from a folder or a phone, or use Add photos…. "
                                   "Photos are kept at a size fit for printing (about 300 KB each)."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.paste_button, self.kind, self.view_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.thumbs, 1)
        layout.addWidget(self.hint)
        self.reload()

    # what is shown ----------------------------------------------------------------------
    def reload(self) -> None:
        """The record's saved photos; edits not saved are dropped."""
        self.entries = [Entry.of_row(r) for r in self.services.photos.rows(self.owner)]
        self.deleted = set()
        self._refresh()

    def _refresh(self) -> None:
        current = self.thumbs.currentRow()
        self.thumbs.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._icon(entry), self._label(entry), self.thumbs)
            item.setToolTip(self._tooltip(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.sha256)
            if not entry.cleared:
                item.setForeground(QColor(WITHHELD_COLOUR))
        if self.entries:
            self.thumbs.setCurrentRow(min(max(current, 0), len(self.entries) - 1))
        has = bool(self.entries)
        self.view_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.changed.emit()

    def _icon(self, entry: Entry) -> QIcon:
        pixmap = QPixmap()
        try:
            pixmap.loadFromData(self.services.photos.thumbnail(entry.sha256), "JPEG")
        except (PhotoUnavailable, OSError, StorageError):
            pixmap = QPixmap(THUMB, THUMB)
            pixmap.fill(Qt.GlobalColor.lightGray)
        if not entry.cleared:
            # A red frame: people up close without consent, not printed or shared.
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor(WITHHELD_COLOUR), max(4, pixmap.width() // 32)))
            painter.drawRect(pixmap.rect().adjusted(2, 2, -3, -3))
            painter.end()
        return QIcon(pixmap)

    def _label(self, entry: Entry) -> str:
        text = entry.caption or entry.file_name
        return text if len(text) <= 24 else text[:23] + "…"

    def _tooltip(self, entry: Entry) -> str:
        lines = [entry.caption or entry.file_name, i18n.enum_label(entry.kind)]
        if entry.taken_on is not None:
            lines.append(self.tr("Taken {date}").format(date=i18n.fmt_date_long(entry.taken_on)))
        if not entry.cleared:
            lines.append(self.tr("Shows people up close without their consent: not printed or shared"))
        return "\n".join(lines)

    def count(self) -> int:
        return len(self.entries)

    # adding -----------------------------------------------------------------------------
    def pick_files(self) -> None:
        self.add_files(folders.choose_files(self))

    def add_files(self, files: list[Path]) -> None:
        self._add([(Path(f), None) for f in files])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if files:
            self.add_files(files)
            return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            messages.show_info(self, self.tr("Paste"), self.tr("The clipboard holds no picture or photo file."))
            return
        self._pasted += 1
        self._add([(Path(f"pasted-{self._pasted}.png"), png_bytes(image))])

    def _add(self, sources: list[tuple[Path, bytes | None]]) -> None:
        """Stage each file; the refused ones are named in one message at the end."""
        if not sources:
            return
        refused: list[str] = []
        kind = self.kind.value() or KINDS[self.owner.table][0]
        known = {e.sha256 for e in self.entries}
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path, data in sources:
                try:
                    staged = (self.services.photos.stage_bytes(data, path.name) if data is not None
                              else self.services.photos.stage(path))
                except PhotoRefused as error:
                    refused.append(i18n.error_text(error))
                    continue
                except StorageError as error:
                    QApplication.restoreOverrideCursor()
                    messages.show_error(self, self.tr("Photos not added"), error.translated(i18n.translate))
                    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    break
                if staged.sha256 not in known:
                    known.add(staged.sha256)
                    self.entries.append(Entry.of_staged(staged, kind))  # type: ignore[arg-type]
        finally:
            QApplication.restoreOverrideCursor()
        self._refresh()
        if refused:
            messages.show_error(self, self.tr("Photos not added"), "\n\n".join(refused))

    # removing and viewing ---------------------------------------------------------------
    def remove(self, index: int) -> None:
        entry = self.entries.pop(index)
        if entry.id is not None:
            self.deleted.add(entry.id)
        self._refresh()

    def delete_selected(self) -> None:
        rows = sorted({self.thumbs.row(i) for i in self.thumbs.selectedItems()} or
                      ({self.thumbs.currentRow()} - {-1}), reverse=True)
        if not rows:
            return
        if not messages.confirm(self, self.tr("Delete photos"),
                                self.tr("Delete {count} photo(s) from this record? They are removed "
                                        "when the form is saved.").format(count=len(rows)), destructive=True):
            return
        for row in rows:
            self.remove(row)

    def open_viewer(self, index: int) -> None:
        from otop_desk.ui.photos.viewer import PhotoViewer

        if 0 <= index < len(self.entries):
            PhotoViewer(self, index).exec()
            self._refresh()

    # saving ------------------------------------------------------------------------------
    def save(self, record_id: uuid.UUID) -> uuid.UUID:
        """Save the strip's edits for the record just saved as ``record_id``; returns it.

        A photo that cannot be saved (its staged file removed meanwhile) is named; the
        record itself is already saved and stays so."""
        self.owner = self.owner.saved_as(record_id)
        edits = edits_of(self.entries, self.deleted)
        if edits:
            try:
                self.services.photos.apply(self.owner, edits)
            except ValidationError as error:
                messages.show_validation(self, error)
            self.reload()
        return record_id
