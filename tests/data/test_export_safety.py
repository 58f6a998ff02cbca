"""CSV exports: formula cells neutralised, numbers unchanged, umask respected (issue 14,
defects 6 and 10) — catalogue and market exports and the chart CSV."""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import replace

from reetool.data.catalogue import load_catalogue
from reetool.data.catalogue_export import csv_bytes, write_csv as write_catalogue_csv
from reetool.data.market_export import csv_text, write_csv as write_market_csv


def test_catalogue_export_neutralises_formulas(tmp_path):
    item = load_catalogue(include_imports=False).items("2023")[0]
    evil = replace(item, name_zh="=cmd|' /C calc'!A0", name_en="@SUM(1)", sector_zh="-2+3")
    rows = list(csv.DictReader(io.StringIO(csv_bytes([evil]).decode("utf-8-sig"))))
    assert rows[0]["name_zh"] == "'=cmd|' /C calc'!A0" and rows[0]["name_en"] == "'@SUM(1)"
    assert rows[0]["sector_zh"] == "'-2+3" and rows[0]["code"] == item.code
    old = os.umask(0o022)
    try:
        write_catalogue_csv(tmp_path / "c.csv", [evil])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "c.csv").stat().st_mode) == 0o644


def test_market_export_neutralises_text_and_keeps_numbers(tmp_path):
    rows = [{"country": "=HYPERLINK(\"x\")", "value": -12.5, "note": "\t=1", "n": 3}]
    out = list(csv.reader(io.StringIO(csv_text(rows, ["country", "value", "note", "n"]))))
    assert out[1] == ["'=HYPERLINK(\"x\")", "-12.5", "'\t=1", "3"]
    old = os.umask(0o027)
    try:
        write_market_csv(tmp_path / "m.csv", rows, ["country", "value"])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "m.csv").stat().st_mode) == 0o640   # 0666 & ~0027


def test_chart_csv_neutralises_formulas():
    from reetool.ui.charts.export import csv_text as chart_csv
    from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec

    spec = ChartSpec(name="t", title="t", unit="t", data_year="2022", source_ids=["S"],
                     edition="MCS2023", panels=[Panel(series=[SeriesSpec(
                         key="k", label="=evil()", kind="bar",
                         data=[Datum(x=0, label="+cmd", y=-5.0, source_ids=("S",))])])])
    body = [r for r in chart_csv(spec).splitlines() if not r.startswith("#")]
    row = next(csv.reader([body[1]]))
    assert row[1] == "'=evil()" and row[2] == "'+cmd" and row[4] == "-5"
