"""Opening a group's business plan from wherever the group is (the Plans tab, the Groups
tab): the plan of this fiscal year if it has one, else a first draft for it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from otop_desk.domain.fiscal import fiscal_year_of
from otop_desk.services import Services
from otop_desk.ui.plans.form import PlanDialog
from otop_desk.ui.plans.new_plan import NewPlanDialog


def open_group_plan(parent: QWidget | None, services: Services, group_id: uuid.UUID | None,
                    fiscal_year: int | None = None) -> PlanDialog | None:
    """Show the group's plan of ``fiscal_year`` (this one by default), or start one; the
    dialog once closed, None if no plan was started."""
    year = fiscal_year or fiscal_year_of(services.clock.today())
    plan_id = services.plans.find(group_id, year) if group_id is not None else None
    if plan_id is None:
        chooser = NewPlanDialog(services, parent, group_id=group_id, fiscal_year=year)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.draft is None:
            return None
        dialog = PlanDialog(services, chooser.draft, parent)
    else:
        dialog = PlanDialog(services, services.plans.get(services.plans.shown_version(plan_id)), parent)
    dialog.exec()
    return dialog


def business_plan_action(tab: Any) -> QAction:
    """"Business plan…" for a tab whose rows are groups (their ``id``)."""
    action = QAction(QCoreApplication.translate("Plans", "Business plan…"), tab)
    action.setToolTip(QCoreApplication.translate("Plans", "The group's business plan of this fiscal year"))

    def run() -> None:
        row = tab.current_row()
        if row is not None:
            open_group_plan(tab, tab.services, row.id)

    action.triggered.connect(run)
    return action
