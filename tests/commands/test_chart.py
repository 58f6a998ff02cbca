"""``reetool chart``: list, render to PNG/SVG/CSV, errors without tracebacks."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from reetool.cli import main
from reetool.ui.charts.registry import CHART_NAMES


def test_list_prints_one_chart_per_line_name_first(app, capsys):
    assert main(["chart", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines] == list(CHART_NAMES)
    assert all(len(ln.split(maxsplit=1)) == 2 for ln in lines)


def test_png_with_size_and_scale(app, tmp_path, capsys):
    out = tmp_path / "s.png"
    assert main(["chart", "production_shares", "--out", str(out), "--size", "900x600",
                 "--scale", "2", "--edition", "MCS2023", "--year", "2022"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1800, 1200)


def test_svg_in_chinese_parses_and_carries_the_source_line(app, tmp_path):
    out = tmp_path / "q.svg"
    assert main(["chart", "china_quotas", "--out", str(out), "--lang", "zh"]) == 0
    text = " ".join(ET.parse(out).getroot().itertext())
    assert "中国稀土生产总量控制指标" in text and "来源" in text


def test_csv_has_provenance_header(app, tmp_path):
    out = tmp_path / "p.csv"
    assert main(["chart", "production_shares", "--out", str(out), "--edition", "MCS2023",
                 "--year", "2022"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "# sources: USGS_MCS2023_DR" in text and "# data_year: 2022" in text
    # China 210,000 / 300,000 = 70 %
    assert any(ln.startswith("1,Countries,China,2022,70,") for ln in text.splitlines())


def test_bad_arguments_exit_2_without_traceback(app, tmp_path, capsys):
    assert main(["chart", "nope", "--out", str(tmp_path / "x.png")]) == 2
    assert "unknown chart" in capsys.readouterr().err
    assert main(["chart", "china_share", "--out", str(tmp_path / "x.gif")]) == 2
    assert main(["chart", "china_share"]) == 2
    assert main(["chart", "production_shares", "--out", str(tmp_path / "x.png"),
                 "--edition", "MCS1999"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
