"""The Reports menu (its dialogs are in ``report_dialogs``, imported when one is opened:
the menu is made at start-up, before anyone asks for a report)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from otop_desk import i18n

if TYPE_CHECKING:
    from otop_desk.ui.common.window import AppWindow, MenuItem


def open_report(window: AppWindow, kind: str) -> None:
    """The dialog of the report ``kind`` (a ``ReportKind`` name)."""
    from otop_desk.services.reports import ReportKind
    from otop_desk.ui.plans.report_dialogs import ReportDialog

    ReportDialog(window.services, ReportKind[kind], window.as_widget()).exec()


def open_evidence_pack(window: AppWindow) -> None:
    from otop_desk.ui.plans.report_dialogs import EvidenceDialog

    EvidenceDialog(window.services, window.as_widget()).exec()


def reports_menu(window: AppWindow) -> list[MenuItem]:
    def report(kind: str) -> Any:
        return lambda: open_report(window, kind)

    return [
        (i18n.translate("Reports", "&Income KPI…"), report("INCOME_KPI"), None),
        (i18n.translate("Reports", "&Marketing…"), report("MARKETING"), None),
        (i18n.translate("Reports", "&Activities…"), report("ACTIVITIES"), None),
        None,
        (i18n.translate("Reports", "&Evidence pack…"), lambda: open_evidence_pack(window), None),
    ]
