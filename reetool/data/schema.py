"""Dataset schemas (from resources/data/manifest.json) and row validation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reetool.data.errors import DataError

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BOOLS = {"yes": True, "no": False}


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"              # str | int | float | bool | enum | date | source_ids
    required: bool = False
    choices: tuple[str, ...] = ()
    pattern: str | None = None

    def parse(self, raw: str):
        """The typed value of a cell; None for an empty cell. Raises ValueError."""
        text = raw.strip()
        if text == "":
            if self.required and not (self.type == "enum" and "" in self.choices):
                raise ValueError("is required but empty")
            return None if self.type != "enum" else ""
        if self.pattern and not re.fullmatch(self.pattern, text):
            raise ValueError(f"'{text}' does not have the expected form")
        if self.type == "int":
            try:
                return int(text)
            except ValueError:
                raise ValueError(f"'{text}' is not a whole number") from None
        if self.type == "float":
            try:
                return float(text)
            except ValueError:
                raise ValueError(f"'{text}' is not a number") from None
        if self.type == "bool":
            if text not in BOOLS:
                raise ValueError(f"'{text}' is not yes or no")
            return BOOLS[text]
        if self.type == "enum":
            if text not in self.choices:
                allowed = ", ".join(c for c in self.choices if c)
                raise ValueError(f"'{text}' is not one of: {allowed}")
            return text
        if self.type == "date":
            if not DATE.match(text):
                raise ValueError(f"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return text
        if self.type == "source_ids":
            ids = tuple(s.strip() for s in text.split(";") if s.strip())
            if not ids:
                raise ValueError("names no source")
            return ids
        return text


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    file: str
    title: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    title_zh: str = ""

    @classmethod
    def from_manifest(cls, name: str, entry: dict) -> "DatasetSpec":
        cols = tuple(
            Column(col, spec.get("type", "str"), bool(spec.get("required", False)),
                   tuple(spec.get("choices", ())), spec.get("pattern"))
            for col, spec in entry["columns"].items()
        )
        return cls(name, entry["file"], entry.get("title", name), cols, tuple(entry.get("key", ())),
                   entry.get("title_zh", ""))

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def validate(self, header: list[str], rows: list[dict[str, str]], file: str) -> list[dict]:
        """Typed records; the first fault raises DataError naming file, line and field."""
        missing = [c for c in self.column_names if c not in header]
        if missing:
            raise DataError(file, f"column '{missing[0]}' is missing from the header",
                            row=1, column=missing[0], code="missing_column")
        out, seen = [], {}
        for raw in rows:
            line = raw["__line__"]
            rec = {"__line__": line}
            for col in self.columns:
                try:
                    rec[col.name] = col.parse(raw.get(col.name, ""))
                except ValueError as exc:
                    raise DataError(file, str(exc), row=line, column=col.name,
                                    code="bad_value", value=raw.get(col.name)) from None
            if self.key:
                k = tuple(rec[c] for c in self.key)
                if k in seen:
                    raise DataError(file, f"duplicate key {k} (first on line {seen[k]})",
                                    row=line, column=self.key[-1], code="duplicate")
                seen[k] = line
            for check in CHECKS.get(self.name, ()):
                check(rec, file)
            out.append(rec)
        return out


def _code_matches_status(rec: dict, file: str) -> None:
    code, status = rec.get("code"), rec.get("status")
    if code:
        expected = {"J": "prohibited", "X": "restricted"}[code[-1]]
        if status != expected:
            raise DataError(file, f"code {code} ends in {code[-1]} ({expected}) but status is '{status}'",
                            row=rec["__line__"], column="status", code="code_status")


# Dataset-specific rules beyond column types, by dataset name.
CHECKS = {
    "catalogue_items": (_code_matches_status,),
    "catalogue_changes": (_code_matches_status,),
}
