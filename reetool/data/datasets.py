"""The bundled datasets: schema-checked records, pandas frames and provenance."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

from reetool import resources
from reetool.data.errors import DataError
from reetool.data.schema import DatasetSpec
from reetool.data.textio import read_csv_records

PANDAS_DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean"}


class Bundle:
    """Reads the datasets listed in a manifest (by default, the bundled one)."""

    def __init__(self, data_dir: Path | None = None):
        self.data_dir = Path(data_dir) if data_dir else resources.path("data")
        manifest_path = self.data_dir / "manifest.json"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataError(manifest_path, "file is missing", code="missing") from None
        except json.JSONDecodeError as exc:
            raise DataError(manifest_path, f"is not valid JSON ({exc.msg})", row=exc.lineno,
                            code="json") from None
        self.specs = {name: DatasetSpec.from_manifest(name, entry)
                      for name, entry in manifest["datasets"].items()}
        self._records: dict[str, list[dict]] = {}
        self._frames: dict = {}

    @property
    def names(self) -> list[str]:
        return list(self.specs)

    def spec(self, name: str) -> DatasetSpec:
        try:
            return self.specs[name]
        except KeyError:
            raise DataError(self.data_dir / "manifest.json", f"no dataset named '{name}'",
                            code="unknown_dataset") from None

    def file(self, name: str) -> Path:
        return self.data_dir / self.spec(name).file

    def records(self, name: str) -> list[dict]:
        """Typed, validated rows of one dataset (cached). Source ids are checked too."""
        if name not in self._records:
            spec = self.spec(name)
            path = self.file(name)
            header, rows = read_csv_records(path)
            recs = spec.validate(header, rows, str(path))
            if name != "sources" and "source_ids" in spec.column_names:
                known = self.source_ids()
                for rec in recs:
                    for sid in rec["source_ids"]:
                        if sid not in known:
                            raise DataError(path, f"source id '{sid}' is not in sources.csv",
                                            row=rec["__line__"], column="source_ids",
                                            code="unknown_source", value=sid)
            self._records[name] = recs
        return self._records[name]

    def source_ids(self) -> set[str]:
        return {r["source_id"] for r in self.records("sources")}

    def frame(self, name: str):
        """The dataset as a pandas DataFrame with nullable dtypes (missing stays missing)."""
        if name not in self._frames:
            import pandas as pd

            spec = self.spec(name)
            recs = self.records(name)
            data = {c.name: [r[c.name] for r in recs] for c in spec.columns}
            df = pd.DataFrame(data, columns=spec.column_names)
            for col in spec.columns:
                if col.type in PANDAS_DTYPES:
                    df[col.name] = df[col.name].astype(PANDAS_DTYPES[col.type])
                elif col.type == "source_ids":
                    df[col.name] = df[col.name].map(lambda ids: ";".join(ids))
            self._frames[name] = df
        return self._frames[name]

    def validate_all(self) -> dict[str, int]:
        """Load every dataset; row counts by name. Raises DataError on the first fault."""
        return {name: len(self.records(name)) for name in self.names}

    def source_usage(self) -> dict[str, Counter]:
        """For each source id: how many rows of each dataset cite it."""
        usage: dict[str, Counter] = {sid: Counter() for sid in self.source_ids()}
        for name in self.names:
            if name == "sources" or "source_ids" not in self.spec(name).column_names:
                continue
            for rec in self.records(name):
                for sid in rec["source_ids"]:
                    usage.setdefault(sid, Counter())[name] += 1
        return usage

    def editions(self) -> list[str]:
        """Market editions present in the bundle, oldest first (e.g. MCS2022 … MYB2022)."""
        found = {r["edition"] for r in self.records("market_world")}
        return sorted(found, key=lambda e: (e[:3] != "MCS", e))

    def catalogue_versions(self) -> list[str]:
        return [r["version"] for r in self.records("catalogue_versions")]


@lru_cache(maxsize=1)
def bundle() -> Bundle:
    """The bundled data, shared by the whole process."""
    return Bundle()
