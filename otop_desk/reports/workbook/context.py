"""What every sheet builder needs: the export, translated labels and record look-ups."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.i18n import generation
from otop_desk.services.exports import MonthExport, Values

CONTEXT = "Workbook"


def tr(text: str) -> str:
    """Translate a string marked ``QT_TRANSLATE_NOOP("Workbook", ...)`` elsewhere."""
    return QCoreApplication.translate(CONTEXT, text)


#: (translators' generation, value's type, value, enum class) -> label: a province's sheets ask some
#: 100,000 times for a few dozen labels, and each translation searches the translators.
#: (The type too: members of two enums may be equal as strings.)
_labels: dict[tuple[int, type, Any, Any], str] = {}


def label(value: LabeledEnum | Enum | str | None, enum_cls: type[LabeledEnum] | None = None) -> str:
    if value is None or value == "":
        return ""
    key = (generation(), type(value), value, enum_cls)
    found = _labels.get(key)
    if found is None:
        member = enum_cls(value) if enum_cls is not None else value
        found = _labels[key] = QCoreApplication.translate(ENUM_CONTEXT, member.label)  # type: ignore[union-attr]
    return found


YES = QT_TRANSLATE_NOOP("Workbook", "Yes")
NO = QT_TRANSLATE_NOOP("Workbook", "No")


def yes_no(flag: bool) -> str:
    return tr(YES) if flag else tr(NO)


@dataclass
class Ctx:
    export: MonthExport
    lang: str = "th"
    #: ``children``' look-ups, each indexed once: a province has thousands of products.
    _children: dict[tuple[str, str], dict[Any, list[Values]]] = field(default_factory=dict, repr=False)
    _shown: dict[str, list[tuple[uuid.UUID, Values]]] = field(default_factory=dict, repr=False)

    def rows(self, table: str) -> dict[uuid.UUID, tuple[Any, Values]]:
        return self.export.records.get(table, {})

    def values(self, table: str, record_id: uuid.UUID | None) -> Values:
        if record_id is None:
            return {}
        found = self.rows(table).get(record_id)
        return found[1] if found else {}

    def shown(self, table: str) -> list[tuple[uuid.UUID, Values]]:
        """The records a sheet lists, in order, with their values (one list per table,
        made once: the summary and the sheets ask again and again; not to be changed)."""
        found = self._shown.get(table)
        if found is None:
            rows = self.rows(table)
            found = self._shown[table] = [(rid, rows[rid][1]) for rid in self.export.shown.get(table, [])]
        return found

    def group_name(self, group_id: uuid.UUID | None) -> str:
        return str(self.values("producer_group", group_id).get("name", ""))

    def children(self, table: str, parent_key: str, parent_id: uuid.UUID) -> list[Values]:
        """The records of ``table`` whose ``parent_key`` is ``parent_id``, in the table's order."""
        index = self._children.get((table, parent_key))
        if index is None:
            index = self._children[(table, parent_key)] = {}
            for _s, v in self.rows(table).values():
                index.setdefault(v.get(parent_key), []).append(v)
        return index.get(parent_id, [])


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``, under the name ``lupdate`` recognises."""
    return QCoreApplication.translate(context, text)
