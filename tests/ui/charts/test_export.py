"""Every chart exports to PNG, SVG (parses as XML) and CSV, in English and Chinese, with its
title, unit, data year and sources; writes are atomic; the clipboard gets the image."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from reetool.ui.charts import export
from reetool.ui.charts.registry import CHART_NAMES

SVG = "{http://www.w3.org/2000/svg}"


def _svg_text(root) -> str:
    return " ".join(t.strip() for t in root.itertext() if t.strip())


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_chart_exports_png_svg_and_csv(make_view, tmp_path, name):
    view = make_view(name, size=(900, 560))
    png = tmp_path / f"{name}.png"
    image = export.write_png(view, png, scale=2.0)
    loaded = QImage(str(png))
    assert not loaded.isNull()
    assert (loaded.width(), loaded.height()) == (image.width(), image.height())
    assert loaded.width() == 2 * view.canvas.viewport().width()

    svg = tmp_path / f"{name}.svg"
    export.write_svg(view, svg)
    root = ET.parse(svg).getroot()  # parses as XML
    assert root.tag == f"{SVG}svg"
    text = _svg_text(root)
    assert view.spec.title.split(",")[0] in text
    assert "Source:" in text
    assert "Data year:" in text and "Unit:" in text

    out = tmp_path / f"{name}.csv"
    export.write_csv(view.spec, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    assert header[0] == f"# title: {view.spec.title}"
    assert any(ln.startswith("# unit: ") for ln in header)
    assert any(ln.startswith("# data_year: ") for ln in header)
    assert any(ln.startswith("# sources: ") for ln in header)
    rows = list(csv.DictReader(io.StringIO("\n".join(ln for ln in lines if not ln.startswith("#")))))
    assert rows, "no plotted data in the CSV"
    assert all(r["source_ids"] for r in rows if r["value"]), "a plotted figure without a source"
    assert not list(tmp_path.glob(".*.tmp")), "a temporary file was left behind"


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_chart_exports_svg_in_chinese(app, make_view, tmp_path, name):
    from reetool.ui import i18n

    i18n.set_language("zh")
    view = make_view(name, size=(900, 560))
    data = export.svg_bytes(view)
    text = _svg_text(ET.fromstring(data))
    assert "来源" in text and "数据年份" in text
    assert view.spec.title in text.replace(" ", " ") or view.spec.title[:6] in text


def test_png_at_a_chosen_size(make_view, tmp_path):
    view = make_view("china_quotas")
    image = export.write_png(view, tmp_path / "q.png", size=(1600, 900), scale=1.0)
    assert (image.width(), image.height()) == (1600, 900)


def test_csv_values_are_the_plotted_figures(make_view):
    # MCS2023 (data year 2022): China 210,000 t / world 300,000 t = 70.0 %
    view = make_view("production_shares", edition="MCS2023", year=2022)
    rows = list(csv.DictReader(io.StringIO("\n".join(
        ln for ln in export.csv_text(view.spec).splitlines() if not ln.startswith("#")))))
    china = next(r for r in rows if r["category"] == "China")
    assert abs(float(china["value"]) - 70.0) < 1e-9
    assert china["year"] == "2022" and china["source_ids"] == "USGS_MCS2023_DR"


def test_copy_image_puts_the_chart_on_the_clipboard(make_view):
    view = make_view("china_share", size=(800, 500))
    view.actions_["copy"].trigger()
    image = QGuiApplication.clipboard().image()
    vp = view.canvas.viewport()
    assert (image.width(), image.height()) == (2 * vp.width(), 2 * vp.height())


def test_missing_values_are_not_drawn_as_zero(make_view):
    # the 2025 mining quota was not published: no bar, a "not published" note instead
    view = make_view("china_quotas")
    panel = view.spec.panels[0]
    assert not [d for s in panel.series for d in s.data if d.year == 2025]
    assert any(x == 2025 for x, _y, _t in panel.notes)


def test_svg_ids_are_unique_and_the_close_path_bug_is_handled(make_view):
    from reetool.ui.charts.svg import close_paths

    # hand-made: a closed square, then a second sub-path closed with a trailing Z
    assert close_paths("M0,0 L1,0 L1,1 Z M5,5 L6,5 L6,6Z") == \
        "M0,0 L1,0 L1,1 L0,0 M5,5 L6,5 L6,6 L5,5"
    view = make_view("production_vs_reserves", size=(900, 560))   # hatched bars and legend
    root = ET.fromstring(export.svg_bytes(view))
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    assert not [el for el in root.iter(f"{SVG}path") if " Z" in (el.get("d") or "")]


def test_svg_keeps_the_zoom_and_clips_to_the_plot(make_view):
    view = make_view("production_history", size=(900, 560))
    view.plots[0][0].vb.setRange(xRange=(1990, 2010), padding=0)
    root = ET.fromstring(export.svg_bytes(view))
    assert root.findall(f".//{SVG}clipPath"), "plot data must be clipped to the axes"
    ticks = [t.text.strip() for t in root.iter(f"{SVG}text") if t.text and t.text.strip().isdigit()]
    assert "1995" in ticks and "1900" not in ticks
