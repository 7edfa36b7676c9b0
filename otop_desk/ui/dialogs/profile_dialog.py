"""The officer profile: printed on every visit summary and carried in every export."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.phone import format_phone
from otop_desk.services import Services
from otop_desk.services import officer as o
from otop_desk.services.officer import Profile
from otop_desk.ui import messages
from otop_desk.ui.widgets.phone_edit import PhoneEdit


class ProfileDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Officer profile"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        if first_run:
            intro = QLabel(
                self.tr("Welcome to OTOP Desk. Who is using this computer? These details "
                        "appear on printed visit summaries and monthly exports."),
                self,
            )
            intro.setWordWrap(True)
            form.addRow(intro)
        self.edits: dict[str, QLineEdit] = {}
        placeholders = {
            "position": "นักวิชาการพัฒนาชุมชนชำนาญการ",
            "office": "สำนักงานพัฒนาชุมชนอำเภอ…",
        }
        for key, label in (
            ("name", o.F_OFFICER), ("position", o.F_POSITION), ("office", o.F_OFFICE),
            ("district", o.F_DISTRICT), ("province", o.F_PROVINCE), ("phone", o.F_OFFICER_PHONE),
        ):
            edit = PhoneEdit(self) if key == "phone" else QLineEdit(self)
            if key in placeholders:
                edit.setPlaceholderText(placeholders[key])
            self.edits[key] = edit
            required = key in ("name", "office", "province")
            form.addRow(i18n.field_label(label) + (" *" if required else ""), edit)
        self._labels = {o.F_OFFICER: "name", o.F_POSITION: "position", o.F_OFFICE: "office",
                        o.F_DISTRICT: "district", o.F_PROVINCE: "province", o.F_OFFICER_PHONE: "phone"}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        profile = services.officer.get() or Profile()
        for key, edit in self.edits.items():
            edit.setText(getattr(profile, key))
        self.edits["phone"].setText(format_phone(profile.phone))

    def accept(self) -> None:
        profile = Profile(**{key: edit.text() for key, edit in self.edits.items()})
        try:
            self.services.officer.save(profile)
        except ValidationError as error:
            if error.field in self._labels:
                self.edits[self._labels[error.field]].setFocus()
            messages.show_validation(self, error)
            return
        super().accept()
