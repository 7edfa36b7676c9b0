"""The Reports menu's dialogs: the department's reports of a year (income KPI, marketing,
activities) as a workbook or a PDF, and a group's evidence pack of a fiscal year.

Each asks for the year (fiscal by default, or calendar) and where to write, then runs in
the background with progress and Cancel (``ui.plans.jobs``). A year with nothing to
report is said, and no file is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.fiscal import YearKind, YearSpan, fiscal_year_of
from otop_desk.services import Services
from otop_desk.services.plans import rules
from otop_desk.services.reports import ReportKind
from otop_desk.ui import messages
from otop_desk.ui.common.choice_dialog import lay_out_choice
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.plans.jobs import evidence_pack, report_file_name, write_report_job
from otop_desk.ui.plans.year_choice import YearChooser, YearCombo, years_with_records
from otop_desk.ui.widgets.field_marks import clear_fields, mark_field

TITLES: dict[ReportKind, str] = {
    ReportKind.INCOME_KPI: QT_TRANSLATE_NOOP("Reports", "Income KPI against the three years before"),
    ReportKind.MARKETING: QT_TRANSLATE_NOOP("Reports", "Marketing: fairs, channels and networks"),
    ReportKind.ACTIVITIES: QT_TRANSLATE_NOOP("Reports", "Activities: visits, trainings and problems solved"),
}
XLSX, PDF = ".xlsx", ".pdf"
NO_GROUP = QT_TRANSLATE_NOOP("Validation", "Choose the group the evidence pack is for.")


class ReportDialog(QDialog):
    """Which report, which year, which kind of file; then where, and it is written."""

    def __init__(self, services: Services, kind: ReportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.written: dict[str, Any] | None = None
        self.setWindowTitle(QCoreApplication.translate("Reports", "Reports"))
        self.kind = QComboBox(self)
        for each, title in TITLES.items():
            self.kind.addItem(i18n.translate("Reports", title), each)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year = YearChooser(lambda: years_with_records(services), services.clock.today(), self)
        self.format = QComboBox(self)
        self.format.addItem(QCoreApplication.translate("Reports", "Excel workbook (.xlsx)"), XLSX)
        self.format.addItem(QCoreApplication.translate("Reports", "PDF document (.pdf)"), PDF)
        lay_out_choice(self, [(QCoreApplication.translate("Reports", "Report"), self.kind),
                              (QCoreApplication.translate("Reports", "Year"), self.year),
                              (QCoreApplication.translate("Reports", "File"), self.format)],
                       QCoreApplication.translate("Reports", "Fiscal years run from 1 October to 30 September and are named by the year they end in."),
                       ok=QDialogButtonBox.StandardButton.Save, width=620)

    def chosen(self) -> tuple[ReportKind, YearSpan, str]:
        span = self.year.span()
        assert span is not None  # the chooser always offers this year
        return ReportKind(self.kind.currentData()), span, str(self.format.currentData())

    def accept(self) -> None:
        kind, span, suffix = self.chosen()
        file_filter = QCoreApplication.translate("Reports", "Excel workbooks (*.xlsx)") if suffix == XLSX else QCoreApplication.translate("Reports", "PDF files (*.pdf)")
        path = messages.ask_save_path(self, QCoreApplication.translate("Reports", "Save the report"), report_file_name(kind, span, suffix),
                                      file_filter, suffix)
        if path is None:
            return
        done = write_report_job(self, self.services, kind, span, Path(path))
        if done is None:
            return  # cancelled, or nothing to report (said): the dialog stays for another year
        self.written = done
        super().accept()


class EvidenceDialog(QDialog):
    """The evidence pack: which group, which fiscal year."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.written: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Reports", "Evidence pack"))
        self.group = GroupCombo(self)
        self.group.set_groups(services.groups.choices(include_inactive=True))
        self.group.set_group(None)
        self.year = YearCombo(self)
        this = fiscal_year_of(services.clock.today())
        self.year.set_spans([YearSpan(YearKind.FISCAL, y) for y in range(this, this - 5, -1)])
        lay_out_choice(self, [(i18n.field_label(rules.F_GROUP), self.group), (i18n.field_label(rules.F_YEAR), self.year)],
                       QCoreApplication.translate("Reports", "One PDF: a cover, the year's activities, photos (where there are any), sign-in sheets "
                         "and evaluations of its trainings, plan against actual, and a draft knowledge record "
                         "for you to finish."),
                       ok=QDialogButtonBox.StandardButton.Save, width=620)

    def accept(self) -> None:
        clear_fields(self)
        group_id, span = self.group.group_id(), self.year.span()
        if group_id is None:
            error = ValidationError(NO_GROUP, rules.F_GROUP)
            mark_field(self.group, i18n.error_text(error))
            self.group.setFocus()
            messages.show_validation(self, error)
            return
        assert span is not None
        written = evidence_pack(self, self.services, group_id, self.group.currentText(), span)
        if written is not None:
            self.written = written
            super().accept()
