"""The user's market work in the user data folder: edited tables and saved scenarios. Qt-free.

* ``<user data>/market/edits.json`` — every edited table, keyed by
  ``commodity|statistic|edition|year``: ``{"edits": {country: value|null}, "added": [...]}``.
  Rewritten atomically after each change so an edit survives a crash or a restart.
* ``<user data>/market/scenarios/<name>.json`` — saved scenarios (format 1), atomic writes.
  A scenario that cannot be read raises DataError naming the file (and line, for bad JSON).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data import store_checks
from reetool.data.textio import atomic_write_text
from reetool.data.user_files import read_store_json, store_files

SCENARIO_FORMAT = 1
SCENARIO_KINDS = ("disruption", "rampup")


def market_dir() -> Path:
    from reetool.appdirs import user_data_dir

    return user_data_dir(create=False) / "market"   # created on the first write only


def table_key(commodity: str, statistic: str, edition: str, year: int) -> str:
    return f"{commodity}|{statistic}|{edition}|{int(year)}"


def _read_json(path: Path, validate=None):
    """A stored file through user_files (damaged ones inside the user folder are moved aside)."""
    data = read_store_json(Path(path), validate)
    if data is None:
        raise DataError(path, "file is missing", code="missing")
    return data


class EditStore:
    """All edited tables; ``save()`` after each change (atomic)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else market_dir() / "edits.json"
        self.tables: dict[str, dict] = {}
        self.load_error: str | None = None
        try:   # a damaged file is moved aside (user_files), never overwritten
            data = read_store_json(self.path, store_checks.market_edits)
            self.tables = data["tables"] if data is not None else {}
        except DataError as exc:
            self.load_error = exc.describe()

    def get(self, key: str) -> tuple[dict, list]:
        entry = self.tables.get(key) or {}
        return dict(entry.get("edits") or {}), list(entry.get("added") or [])

    def put(self, key: str, edits: dict, added: list) -> None:
        if edits or added:
            self.tables[key] = {"edits": dict(edits), "added": list(added)}
        else:
            self.tables.pop(key, None)
        self.save()

    def save(self) -> None:
        atomic_write_text(self.path, json.dumps({"format": 1, "tables": self.tables},
                                                ensure_ascii=False, indent=1))


def scenarios_dir() -> Path:
    return market_dir() / "scenarios"


def safe_name(name: str) -> str:
    """A file name from a user's scenario name (letters of any script kept)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", (name or "").strip()).strip(" .-")
    return cleaned[:80] or "scenario"


def save_scenario(name: str, scenario: dict, folder: Path | None = None) -> Path:
    folder = Path(folder) if folder else scenarios_dir()
    path = folder / f"{safe_name(name)}.json"
    data = {"format": SCENARIO_FORMAT, "name": name, **scenario}
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1))
    return path


def load_scenario(path: Path) -> dict:
    return _read_json(path, store_checks.scenario)


def list_scenarios(folder: Path | None = None) -> list[Path]:
    return store_files(Path(folder) if folder else scenarios_dir())
