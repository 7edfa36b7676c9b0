"""Starting a business plan: which group, which fiscal year. A plan without a group or a
year is refused here, at the field, before anything is drafted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.fiscal import YearKind, YearSpan, fiscal_year_of
from otop_desk.services import Services
from otop_desk.services.plans import PlanData, rules
from otop_desk.ui import messages
from otop_desk.ui.common.choice_dialog import lay_out_choice
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.plans.year_choice import YearCombo
from otop_desk.ui.widgets.field_marks import clear_fields, mark_field


class NewPlanDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 group_id: object = None, fiscal_year: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.draft: PlanData | None = None
        self.setWindowTitle(QCoreApplication.translate("Plans", "New business plan"))
        self.group = GroupCombo(self)
        self.group.set_groups(services.groups.choices())
        self.group.set_group(group_id)  # type: ignore[arg-type]
        self.year = YearCombo(self, empty_label=QCoreApplication.translate("Plans", "Choose…"))
        this = fiscal_year_of(services.clock.today())
        self.year.set_spans([YearSpan(YearKind.FISCAL, y) for y in range(this + 1, this - 4, -1)],
                            YearSpan(YearKind.FISCAL, fiscal_year or this))
        lay_out_choice(self, [(i18n.field_label(rules.F_GROUP), self.group), (i18n.field_label(rules.F_YEAR), self.year)],
                       QCoreApplication.translate("Plans", "The first draft is filled from the group's records: its products and their costing, "
                         "its committee, and last year's sales as targets. Go through it with the group."))

    def accept(self) -> None:
        clear_fields(self)
        span = self.year.span()
        try:
            self.draft = self.services.plans.draft(self.group.group_id(), span.year if span else None)
        except ValidationError as error:
            widget = self.year if error.field == rules.F_YEAR else self.group
            mark_field(widget, i18n.error_text(error))
            widget.setFocus()
            messages.show_validation(self, error)
            return
        super().accept()
