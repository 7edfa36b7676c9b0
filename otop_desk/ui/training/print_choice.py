"""Which document of a session to print: the sign-in sheet or the attendance summary."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

SIGNIN, SUMMARY = "signin", "summary"


class PrintChoiceDialog(QDialog):
    def __init__(self, title: str, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        label = QLabel(title, self)
        label.setWordWrap(True)
        self.signin = QRadioButton(self.tr("&Sign-in sheet, before the session (blank signature column)"), self)
        self.summary = QRadioButton(self.tr("&Attendance summary, after the session (scores and evaluation)"), self)
        (self.signin if default == SIGNIN else self.summary).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.signin)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return SIGNIN if self.signin.isChecked() else SUMMARY
