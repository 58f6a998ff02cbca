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
from reetool.data.textio import atomic_write_text

SCENARIO_FORMAT = 1
SCENARIO_KINDS = ("disruption", "rampup")


def market_dir() -> Path:
    from reetool.appdirs import user_data_dir

    return user_data_dir(create=False) / "market"   # created on the first write only


def table_key(commodity: str, statistic: str, edition: str, year: int) -> str:
    return f"{commodity}|{statistic}|{edition}|{int(year)}"


def _read_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(path, "file is missing", code="missing") from None
    except json.JSONDecodeError as exc:
        raise DataError(path, f"is not valid JSON ({exc.msg})", row=exc.lineno, code="json") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"cannot be read ({exc})", code="unreadable") from None


class EditStore:
    """All edited tables; ``save()`` after each change (atomic)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else market_dir() / "edits.json"
        self.tables: dict[str, dict] = {}
        self.load_error: str | None = None
        if self.path.exists():
            try:
                data = _read_json(self.path)
                if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
                    raise DataError(self.path, "is not a reetool edits file", code="format")
                self.tables = data["tables"]
            except DataError as exc:
                # keep the damaged file aside instead of overwriting the user's work
                self.load_error = exc.describe()
                stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = self.path.with_name(f"edits.damaged-{stamp}.json")
                try:
                    self.path.replace(backup)
                except OSError:
                    pass

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
    data = _read_json(path)
    if not isinstance(data, dict):
        raise DataError(path, "is not a reetool scenario (expected a JSON object)", code="format")
    if data.get("format") != SCENARIO_FORMAT:
        raise DataError(path, f"has scenario format {data.get('format')!r}; this version reads "
                              f"format {SCENARIO_FORMAT}", column="format", code="format")
    for field in ("commodity", "statistic", "year"):
        if field not in data:
            raise DataError(path, f"has no '{field}'", column=field, code="format")
    if not isinstance(data.get("edits", {}), dict):
        raise DataError(path, "'edits' must map countries to values", column="edits", code="format")
    for country, value in (data.get("edits") or {}).items():
        if value is not None and not isinstance(value, (int, float)):
            raise DataError(path, f"edit for '{country}' is not a number", column="edits",
                            code="format", value=str(value))
    return data


def list_scenarios(folder: Path | None = None) -> list[Path]:
    folder = Path(folder) if folder else scenarios_dir()
    return sorted(folder.glob("*.json")) if folder.exists() else []
