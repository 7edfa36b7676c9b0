"""Settings: the UI language (applied at once) and the database (applied on the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from otop_desk.db.engine import check_target
from otop_desk.ui import messages
from otop_desk.ui.common.settings import AppSettings

# Each language by its own name, as a person who reads only that one looks for it.
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        form.addRow(self.tr("&Language"), self.language)

        self.database = QLineEdit(settings.database, self)
        self.database.setPlaceholderText(self.tr("the database in your user data folder"))
        self.database.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(browse)
        # A label set beside a layout has no buddy, and a label without one draws its '&'
        # instead of underlining the shortcut letter: name the field it stands for.
        label = QLabel(self.tr("&Database"), self)
        label.setBuddy(self.database)
        form.addRow(label, row)
        note = QLabel(self.tr(
            "A database file, or the office's shared database on a PostgreSQL server, e.g.\n"
            "postgresql://kanya@192.168.1.10/otop\nLeave empty for the database in your user "
            "data folder. The change takes effect the next time OTOP Desk starts."), self)
        note.setWordWrap(True)
        form.addRow("", note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.database.text(),
            self.tr("OTOP Desk databases (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def accept(self) -> None:
        """Keep the database choice for the next start; a malformed server URL is refused."""
        try:
            target = check_target(self.database.text())
        except ValueError:
            messages.show_error(self, self.tr("Database"), self.tr(
                "This is not a PostgreSQL database address. Write it as "
                "postgresql://user@server/database (or a file path)."))
            self.database.setFocus()
            return
        if target != self.settings.database:
            self.settings.database = target
            messages.show_info(self, self.tr("Database"), self.tr(
                "OTOP Desk will open this database the next time it starts:\n{database}").format(
                database=target or self.database.placeholderText()))
        super().accept()
