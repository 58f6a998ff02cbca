"""The world map chart: countries matched on ISO codes, classes, hover, what is not drawn,
exports (PNG/SVG/CSV) in English and Chinese."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from reetool.cli import main
from reetool.ui.charts.builders.world_map import share_class
from reetool.ui.charts.map_items import MapItem


def _map_item(view, iso3):
    for _plot, _panel, entries in view.plots:
        for s, item in entries:
            if isinstance(item, MapItem):
                for path, d in zip(item.paths, item.data):
                    if d.csv.get("iso3") == iso3:
                        return item, path, d
    raise AssertionError(f"{iso3} is not drawn")


def _scene_point_inside(view, path):
    """A point of the country's shape (its bounding box is scanned on a grid)."""
    plot = view.plots[0][0]
    r = path.boundingRect()
    for i in range(1, 20):
        for j in range(1, 20):
            p = QPointF(r.left() + r.width() * i / 20, r.top() + r.height() * j / 20)
            if path.contains(p):
                return plot.vb.mapViewToScene(p)
    raise AssertionError("no inner point")


def test_share_classes():
    assert [share_class(v) for v in (0.5, 1, 4.9, 5, 10, 24.9, 25, 50, 99)] == \
        [0, 1, 1, 2, 3, 3, 4, 5, 5]


def test_graphite_2024_china_hover_and_classes(make_view):
    view = make_view("world_map", size=(1024, 700), commodity="Graphite (Natural)", year=2024)
    assert view.error == ""
    item, path, datum = _map_item(view, "CHN")
    assert item.series.label == "50 % and more"
    # China 1,270,000 of the 1,550,000 t world total = 81.94 %
    assert datum.y == pytest.approx(100 * 1_270_000 / 1_550_000)
    text = view.hover_at(_scene_point_inside(view, path))
    assert text.startswith("China — 50 % and more")
    assert "81.9 % of world (1,270,000 metric tons)" in text and "USGS_MCS2026_DR" in text
    usa_item, usa_path, usa = _map_item(view, "USA")          # 0 t: drawn as zero, not missing
    assert usa_item.series.key == "zero"
    aus_item, _p, aus = _map_item(view, "AUS")                # not in the table
    assert aus_item.series.key == "not_listed" and aus.value_text == "not listed by the publisher"


def test_codes_not_names_and_what_is_not_drawn(make_view):
    cobalt = make_view("world_map", commodity="Cobalt", year=2024)
    item, _p, d = _map_item(cobalt, "COD")                    # "Congo (Kinshasa)" -> COD
    assert d.country == "Congo (Kinshasa)"
    alu = make_view("world_map", commodity="Aluminum", year=2024)
    # Bahrain (1,620 of 72,800 kt = 2.2 %) is too small for 1:110m; Other countries 6,680 = 9.2 %
    assert "Bahrain 2.2 %" in alu.spec.footnote
    assert "“Other countries” 9.2 %" in alu.spec.footnote


def test_reserves_lower_bound_total_marks_shares_as_upper_bounds(make_view):
    view = make_view("world_map", commodity="Rare earths", metric="reserves")
    _item, _path, china = _map_item(view, "CHN")
    assert china.value_text.startswith("≤ 58.7 %")           # 44 Mt of > 75 Mt
    assert "upper bounds" in view.spec.footnote
    missing, _p, india = _map_item(view, "IND")               # NA: hatched class, not 0
    assert missing.series.key == "missing" and india.y is None


def test_click_selects_the_country(make_view, qtbot):
    from PySide6.QtCore import Qt

    view = make_view("world_map", commodity="Graphite (Natural)", year=2024)
    _item, path, _d = _map_item(view, "CHN")
    scene = _scene_point_inside(view, path)
    pos = view.canvas.mapFromScene(scene)
    with qtbot.waitSignal(view.selection_changed) as sig:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == ["China"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_cli_png_svg_csv(app, tmp_path, capsys, lang):
    outs = {}
    for suffix in ("png", "svg", "csv"):
        out = tmp_path / f"m-{lang}.{suffix}"
        assert main(["chart", "world_map", "--commodity", "Graphite", "--year", "2024",
                     "--lang", lang, "--out", str(out)]) == 0
        outs[suffix] = out
    image = QImage(str(outs["png"]))
    assert (image.width(), image.height()) == (1280, 800)
    svg_text = " ".join(ET.parse(outs["svg"]).getroot().itertext())
    title = "天然石墨：各国矿山产量，2024 年" if lang == "zh" else \
        "Graphite (natural): Mine production by country, 2024"
    assert title in svg_text and ("来源" if lang == "zh" else "Source") in svg_text
    text = outs["csv"].read_text(encoding="utf-8")
    assert "# sources: NE_ADMIN0_110M; USGS_MCS2026_DR" in text
    rows = list(csv.DictReader(io.StringIO("\n".join(
        ln for ln in text.splitlines() if not ln.startswith("#")))))
    china = next(r for r in rows if r["iso3"] == "CHN")
    assert china["country_as_published"] == "China" and china["value_published"] == "1270000"
    assert float(china["value"]) == pytest.approx(81.9355, abs=1e-4)
    assert china["category"] == ("中国" if lang == "zh" else "China")
    assert "world_map" in capsys.readouterr().out


def test_list_and_bad_metric(app, capsys, tmp_path):
    assert main(["chart", "--list"]) == 0
    assert any(ln.startswith("world_map ") for ln in capsys.readouterr().out.splitlines())
    with pytest.raises(SystemExit):
        main(["chart", "world_map", "--metric", "prices", "--out", str(tmp_path / "x.png")])
    assert main(["chart", "world_map", "--commodity", "Cesium", "--out", str(tmp_path / "x.png")]) == 2
    assert "Traceback" not in capsys.readouterr().err
