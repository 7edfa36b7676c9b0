"""Finding, exporting and erasing what the database holds about one person.

Where a person may be named is declared once, on the models: the columns marked
personal (``Column.info``, the exchange's ``personal_columns`` reads the same): a member's or participant's name and
phone, a group's leader, a visit's officers, who is responsible for a follow-up or did a
problem's action, a training's speakers, a cash entry's counterparty.

Erasure goes through the ORM, so the change log records it and it travels to the
office with the next workbook like any other change:

* a **member** record *is* the person: it is deleted (a visit's "members met" loses the
  name; a training participant who was that member keeps a nameless place);
* a **participant** is anonymised: the name becomes ``ERASED`` and the phone goes, so the
  training's attendance figures stay true;
* anywhere else the person's name is taken out of the text (a list of officers or
  speakers keeps the others), and a leader's phone goes with the leader's name.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import EXCHANGED
from otop_desk.db.models._columns import PERSONAL
from otop_desk.domain.phone import phone_digits
from otop_desk.services.backups import storage_error
from otop_desk.services.photos.storage import write_atomically

#: What an anonymised participant is called from then on.
ERASED = "—"
#: Tables whose record is the person: deleted, not anonymised.
WHOLE = {"member"}
#: Columns that go with a name when it is erased (a leader's phone is the leader's).
_COMPANIONS = {"leader_name": ("leader_phone",), "name": ("phone",)}
#: Exchanged table name -> its model (the records a person's rights reach).
MODELS: dict[str, Any] = {m.__tablename__: m for m in EXCHANGED}


def personal_columns() -> dict[str, tuple[str, ...]]:
    """Table -> its columns marked personal, declared once on the models."""
    out = {}
    for name, model in MODELS.items():
        columns = tuple(c.name for c in model.__table__.columns if c.info.get(PERSONAL))
        if columns:
            out[name] = columns
    return out


#: Columns that list several people ("นายก, นางข").
_LISTS = {"officers", "speakers"}
_SEPARATORS = re.compile(r"\s*[,;\n]\s*")


#: Titles before a Thai name, longest first: "นางสมศรี" is found as "สมศรี" too.
_TITLES = ("นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "นาย", "นาง", "mrs.", "miss", "mr.", "ms.")


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _needle(who: str) -> str:
    """What is looked for: the name without its title."""
    text = _norm(who)
    for title in _TITLES:
        if text.startswith(title) and len(text) > len(title) + 1:
            return text[len(title):].strip()
    return text


@dataclass(frozen=True)
class PersonRecord:
    """One record naming the person: where, which columns, and every personal value it holds."""

    table: str
    id: uuid.UUID
    columns: tuple[str, ...]
    values: dict[str, str]
    context: dict[str, str] = field(default_factory=dict)


def _context(s: Session, table: str, row: Any) -> dict[str, str]:
    """What tells the record apart for a person reading the list: its group, date, title."""
    out: dict[str, str] = {}
    for name in ("name", "title", "visit_date", "start_date", "entry_date", "action_date", "due_date",
                 "description"):
        if name in row._mapping and name not in personal_columns().get(table, ()):
            value = row._mapping[name]
            if value not in (None, ""):
                out[name] = value.isoformat() if isinstance(value, date | datetime) else str(value)[:80]
    group_id = row._mapping.get("group_id")
    visit_id = row._mapping.get("visit_id")
    if visit_id is not None:  # a follow-up action: its visit's day and group
        visits = MODELS["visit"].__table__
        found = s.execute(select(visits.c.visit_date, visits.c.group_id).where(visits.c.id == visit_id)).first()
        if found is not None:
            out["visit_date"] = found.visit_date.isoformat()
            group_id = group_id or found.group_id
    if group_id is not None:
        groups = MODELS["producer_group"].__table__
        group = s.execute(select(groups.c.name).where(groups.c.id == group_id)).scalar()
        if group:
            out["group"] = group
    training_id = row._mapping.get("training_id")
    if training_id is not None:
        trainings = MODELS["training"].__table__
        title = s.execute(select(trainings.c.title).where(trainings.c.id == training_id)).scalar()
        if title:
            out["training"] = title
    return out


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find(self, who: str) -> list[PersonRecord]:
        """Every record whose personal columns name ``who`` (part of a name, any spacing
        or case), or hold the phone number ``who`` (with or without dashes)."""
        needle = _needle(who)
        digits = phone_digits(who) if sum(ch.isdigit() for ch in who) >= 9 else None
        if len(needle) < 2:
            return []
        found: list[PersonRecord] = []
        with self._db.read() as s:
            for table, columns in personal_columns().items():
                for row in s.execute(select(MODELS[table].__table__)):
                    values = {c: str(row._mapping[c] or "") for c in columns}
                    hits = tuple(c for c, v in values.items()
                                 if (v and needle in _norm(v)) or (digits and phone_digits(v) == digits))
                    if hits:
                        found.append(PersonRecord(table, row._mapping["id"], hits, values, _context(s, table, row)))
        return found

    def export(self, who: str, path: Path) -> int:
        """Write what is held about ``who`` to ``path`` (JSON, UTF-8); returns how many records."""
        records = self.find(who)
        payload = {
            "person": who,
            "exported_at": self._db.clock.now().isoformat(),
            "records": [{**asdict(r), "id": str(r.id), "kind": r.table} for r in records],
        }
        data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_atomically(Path(path), data)
        except OSError as error:
            raise storage_error(error, Path(path).parent) from error
        return len(records)

    def erase(self, who: str, records: list[PersonRecord] | None = None) -> int:
        """Erase or anonymise ``who`` in ``records`` (default: every record ``find`` gives),
        in one transaction; returns how many records were changed or deleted."""
        chosen = records if records is not None else self.find(who)
        needle = _needle(who)
        changed = 0
        with self._db.begin() as s:
            for record in chosen:
                model = MODELS[record.table]
                obj = s.get(model, record.id)
                if obj is None:
                    continue
                if record.table in WHOLE:
                    s.delete(obj)
                elif record.table == "participant":
                    obj.name, obj.phone, obj.member_id = ERASED, "", None
                else:
                    for column in record.columns:
                        setattr(obj, column, _without(getattr(obj, column) or "", needle, column))
                        for companion in _COMPANIONS.get(column, ()):
                            if hasattr(obj, companion):
                                setattr(obj, companion, "")
                changed += 1
        return changed


def _without(text: str, needle: str, column: str) -> str:
    """``text`` with the person taken out: one name of a list, else all of it."""
    if column in _LISTS:
        parts = [p for p in _SEPARATORS.split(text) if p and needle not in _norm(p)]
        return ", ".join(parts)
    return ""
