"""The visible sheet of a return or hand-over workbook: what it carries, for a clerk.

Such a workbook is for a machine first (its hidden sheets); a person opening it sees
who it is for, when it was written, and how many records of each kind it brings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from otop_desk.exchange.changeset import ChangeSet
from otop_desk.exchange.spec import BY_NAME, TABLES
from otop_desk.reports.workbook.cells import DATETIME, INT, Col, local_time, text_cell, write_table
from otop_desk.reports.workbook.context import translate
from otop_desk.reports.workbook.writer import Progress, save_atomically, step

KIND_LABELS = {
    "insert": ("Workbook", "New or whole records"),
    "update": ("Workbook", "Changes"),
    "delete": ("Workbook", "Deletions"),
}


def write_summary_workbook(path: Path, changeset: ChangeSet, by_kind: Mapping[tuple[str, str], int],
                           title: str, name: str, hidden: Callable[[Workbook], int], *, lang: str = "th",
                           progress: Progress | None = None) -> int:
    """Write the workbook atomically (``by_kind``: its changes per table and kind);
    returns how many changes it carries."""
    del lang  # the translators installed decide the language, as for the monthly workbook
    by_kind = Counter(by_kind)  # zero for a kind it carries none of
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("Workbook", "Summary"))
    heading = translate("Workbook", title).format(officer=name)
    columns = [Col(translate("Workbook", "Records")), Col(translate("Workbook", "New or whole records"), INT),
               Col(translate("Workbook", "Changes"), INT), Col(translate("Workbook", "Deletions"), INT)]
    rows = [[translate("Records", BY_NAME[table].label), by_kind[(table, "insert")],
             by_kind[(table, "update")], by_kind[(table, "delete")]]
            for table in TABLES if any(by_kind[(table, k)] for k in KIND_LABELS)]
    lead = [[text_cell(ws, heading, font=Font(bold=True))],
            [text_cell(ws, translate("Workbook", "Written")),
             text_cell(ws, local_time(changeset.created_at), DATETIME)]]
    # the second column also holds the date written ("20 พฤศจิกายน 2569 12:00"), not "###"
    write_table(ws, columns, rows, lead_rows=lead, title=heading, min_widths=(0, 26), one_page=True)
    step(progress, 1, 3)
    count = hidden(wb)
    step(progress, 2, 3)
    save_atomically(wb, path, progress)
    return count

