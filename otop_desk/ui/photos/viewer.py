"""A photo at full size with its caption, people and consent; next and previous go
through the strip's photos, Delete removes one (after asking). Edits go back into the
strip and are saved with the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.photos import Consent, map_url
from otop_desk.domain.text import SHORT_TEXT_MAX
from otop_desk.services.backups import StorageError
from otop_desk.services.photos import PhotoUnavailable
from otop_desk.ui import messages
from otop_desk.ui.photos.entries import Entry
from otop_desk.ui.widgets.enum_combo import EnumCombo

if TYPE_CHECKING:
    from otop_desk.ui.photos.strip import PhotoStrip


class PhotoViewer(QDialog):
    def __init__(self, strip: PhotoStrip, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent or strip)
        self.strip = strip
        self.index = index
        self._pixmap = QPixmap()
        self._loading = False
        self.setWindowTitle(self.tr("Photos"))
        self.resize(1000, 700)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(320, 240))
        self.picture.setStyleSheet("background: #202020;")
        self.position = QLabel(self)
        # The file's name as the phone wrote it (IMG_1234.JPG): data, shown as written.
        self.file_name = QLineEdit(self)
        self.file_name.setReadOnly(True)
        self.file_name.setFrame(False)
        self.file_name.setStyleSheet("background: transparent;")
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setWordWrap(True)
        self.caption = QLineEdit(self)
        self.caption.setMaxLength(SHORT_TEXT_MAX)
        self.caption.setPlaceholderText(self.tr("What the photo shows, e.g. members dyeing indigo cloth"))
        self.caption.textEdited.connect(self._edited)
        self.people_close = QCheckBox(self.tr("Shows people up close (their faces can be recognised)"), self)
        self.people_close.toggled.connect(self._edited)
        self.consent = EnumCombo(Consent, self)
        self.consent.currentIndexChanged.connect(self._edited)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.clicked.connect(lambda: self.go(1))
        self.delete_button = QPushButton(self.tr("Delete photo…"), self)
        self.delete_button.clicked.connect(self.delete_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for keys, step in (("Left", -1), ("PgUp", -1), ("Right", 1), ("PgDown", 1)):
            QShortcut(QKeySequence(keys), self.picture, activated=lambda step=step: self.go(step))
        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow("", self.people_close)
        form.addRow(self.tr("Consent of the people shown"), self.consent)
        form.addRow("", self.details)
        form.addRow(self.tr("File"), self.file_name)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(nav)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.show_photo()

    @property
    def entry(self) -> Entry:
        return self.strip.entries[self.index]

    def show_photo(self) -> None:
        entry = self.entry
        self._loading = True
        self.caption.setText(entry.caption)
        self.people_close.setChecked(entry.people_close)
        self.consent.setValue(entry.consent)
        self._loading = False
        self._pixmap = QPixmap()
        try:
            self._pixmap.loadFromData(self.strip.services.photos.read(entry.sha256), "JPEG")
        except (PhotoUnavailable, StorageError, OSError):
            self._pixmap = QPixmap()
        self._scale()
        count = len(self.strip.entries)
        self.position.setText(self.tr("Photo {n} of {count}").format(n=self.index + 1, count=count))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        self._describe()

    def _describe(self) -> None:
        entry = self.entry
        self.file_name.setText(entry.file_name)
        parts = [i18n.enum_label(entry.kind)]
        if entry.taken_on is not None:
            parts.append(self.tr("Taken {date}").format(date=i18n.fmt_date_long(entry.taken_on)))
        if entry.latitude is not None and entry.longitude is not None:
            url = map_url(entry.latitude, entry.longitude)
            where = self.tr("Where it was taken (map)")
            parts.append(f'<a href="{url}">{where}</a>')
        if not entry.cleared:
            parts.append("<b>" + self.tr("Not printed or shared until the people shown consent.") + "</b>")
        if self._pixmap.isNull():
            parts.append("<b>" + self.tr("The photo file is missing or damaged.") + "</b>")
        self.details.setText(" · ".join(parts))
        self.consent.setEnabled(entry.people_close)

    def _scale(self) -> None:
        if self._pixmap.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("The photo cannot be shown."))
            return
        self.picture.setPixmap(self._pixmap.scaled(self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._scale()

    def _edited(self) -> None:
        if self._loading:
            return
        entry = self.entry
        entry.caption = self.caption.text()
        entry.people_close = self.people_close.isChecked()
        entry.consent = self.consent.value() or Consent.NOT_ASKED  # type: ignore[assignment]
        self._describe()

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self.strip.entries):
            self.index = target
            self.show_photo()

    def delete_current(self) -> None:
        if not messages.confirm(self, self.tr("Delete photo"),
                                self.tr("Delete this photo from the record? It is removed when the form "
                                        "is saved."), destructive=True):
            return
        self.strip.remove(self.index)
        if not self.strip.entries:
            self.accept()
            return
        self.index = min(self.index, len(self.strip.entries) - 1)
        self.show_photo()
