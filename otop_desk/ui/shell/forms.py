"""Which form opens each kind of record, registered with the navigator: the shell is
the one module that knows every area, so the areas' forms need not know each other.

Each form is imported when it is first opened: the window registers these at start-up,
before a person has asked for any form."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from otop_desk.domain.records import RecordKind
from otop_desk.ui.common.navigation import register_form

if TYPE_CHECKING:
    from otop_desk.services import Services


def _saved(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_group(services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    from otop_desk.ui.groups.form import GroupDialog

    return _saved(GroupDialog(services, services.groups.get(record_id), parent))


def open_visit(services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    from otop_desk.ui.visits.form import VisitDialog

    return _saved(VisitDialog(services, services.visits.get(record_id), parent))


def open_problem(services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    from otop_desk.ui.problems.form import ProblemDialog

    return _saved(ProblemDialog(services, services.problems.get(record_id), parent))


def open_training(services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    from otop_desk.ui.training.form import TrainingDialog

    return _saved(TrainingDialog(services, services.training.get(record_id), parent))


def open_meeting(services: Services, record_id: uuid.UUID, parent: QWidget) -> bool:
    from otop_desk.ui.network.meeting_form import MeetingDialog

    return _saved(MeetingDialog(services, services.network.meeting(record_id), parent))


def register() -> None:
    register_form(RecordKind.GROUP, open_group)
    register_form(RecordKind.VISIT, open_visit)
    register_form(RecordKind.PROBLEM, open_problem)
    register_form(RecordKind.TRAINING, open_training)
    register_form(RecordKind.MEETING, open_meeting)


register()
