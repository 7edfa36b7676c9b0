"""Thai administrative areas (province → district → sub-district, with postcodes).

Read once from the CSV files in ``resources/thai-admin`` (MIT licence, see its LICENSE).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from otop_desk.paths import resource


@dataclass(frozen=True, slots=True)
class Area:
    code: int
    name_th: str
    name_en: str
    parent: int  # province code for a district, district code for a sub-district
    postcode: str = ""

    def name(self, lang: str = "th") -> str:
        return self.name_th if lang == "th" else self.name_en


class AddressBook:
    def __init__(self, folder: Path) -> None:
        self.provinces = self._read(folder / "provinces.csv", parent_col=None)
        self.districts = self._read(folder / "districts.csv", parent_col="province_id")
        self.subdistricts = self._read(
            folder / "sub_districts.csv", parent_col="district_id", postcode_col="zip_code"
        )
        self._by_code = {a.code: a for a in self.subdistricts}
        self._district_by_code = {a.code: a for a in self.districts}
        self._province_by_code = {a.code: a for a in self.provinces}

    @staticmethod
    def _read(path: Path, parent_col: str | None, postcode_col: str | None = None) -> list[Area]:
        with path.open(encoding="utf-8", newline="") as f:
            return [
                Area(
                    code=int(row["id"]),
                    name_th=row["name_th"],
                    name_en=row["name_en"],
                    parent=int(row[parent_col]) if parent_col else 0,
                    postcode=row[postcode_col] if postcode_col else "",
                )
                for row in csv.DictReader(f)
            ]

    def districts_of(self, province_code: int) -> list[Area]:
        return [a for a in self.districts if a.parent == province_code]

    def subdistricts_of(self, district_code: int) -> list[Area]:
        return [a for a in self.subdistricts if a.parent == district_code]

    def subdistrict(self, code: int) -> Area | None:
        return self._by_code.get(code)

    def district(self, code: int) -> Area | None:
        return self._district_by_code.get(code)

    def province(self, code: int) -> Area | None:
        return self._province_by_code.get(code)

    def lineage(self, subdistrict_code: int) -> tuple[Area, Area, Area] | None:
        """(province, district, sub-district) of a sub-district code."""
        sub = self.subdistrict(subdistrict_code)
        if sub is None:
            return None
        district = self._district_by_code[sub.parent]
        return self._province_by_code[district.parent], district, sub

    def find_province(self, name: str) -> Area | None:
        name = name.strip().removeprefix("จังหวัด").strip().lower()
        return next(
            (p for p in self.provinces if name in (p.name_th.lower(), p.name_en.lower())), None
        )


@cache
def address_book() -> AddressBook:
    return AddressBook(resource("thai-admin"))
