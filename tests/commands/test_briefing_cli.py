"""``reetool briefing export`` / ``list``: PDF (text stays text, the bundled CJK font is
embedded), PPTX (editable text, notes, a native chart), one PNG per slide; clear errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reetool.cli import main

ROOT = Path(__file__).resolve().parents[2]
NO_SYSTEM_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "reetool", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_english_pdf_has_every_slide_as_text(app, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "en.pdf"
    assert main(["briefing", "export", "--out", str(out)]) == 0
    assert "10 slides" in capsys.readouterr().out
    pdf = PdfReader(str(out))
    assert len(pdf.pages) >= 8
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    for needle in ("Rare earths and China's export-technology catalogue", "70.0 %", "33.8 %",
                   "083201J", "130 Mt", "USGS_MCS2023_DR", "2 / 10"):
        assert needle in text, needle
    box = pdf.pages[0].mediabox          # 10 × 5.625 in
    assert (round(float(box.width)), round(float(box.height))) == (720, 405)


@pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                    reason="poppler-utils not installed")
@pytest.mark.parametrize("system_fonts", [False, True], ids=["no-system-fonts", "system-fonts"])
def test_chinese_pdf_embeds_the_bundled_font_and_keeps_text(tmp_path, system_fonts):
    """With no system fonts at all, only reetool's bundled subset can draw Chinese; with the
    system's fonts (a Noto Sans CJK installed system-wide has the upstream family name), the
    bundled subset must still be the one used, so the PDF's text extracts exactly."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if not system_fonts:
        conf = tmp_path / "fonts.conf"
        conf.write_text(NO_SYSTEM_FONTS.format(cache=tmp_path / "fc-cache"))
        env["FONTCONFIG_FILE"] = str(conf)
    out = tmp_path / "zh.pdf"
    done = run_cli("briefing", "export", "--lang", "zh", "--theme", "projector",
                   "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = [ln.split() for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows and all("reetoolSansCJKSC" in r[0] for r in rows), fonts
    assert all(r[-5] == "yes" for r in rows), "every font is embedded"      # the 'emb' column
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                          text=True).stdout
    for needle in ("稀土与中国禁止出口限制出口技术目录", "中国占世界矿山产量份额", "禁止出口", "来源"):
        assert needle in text, needle
    assert text.count("\f") >= 8                         # one form feed per page


def test_pptx_reopens_with_editable_text_notes_and_a_native_chart(app, tmp_path):
    from pptx import Presentation

    out = tmp_path / "deck.pptx"
    assert main(["briefing", "export", "--out", str(out)]) == 0
    prs = Presentation(str(out))
    assert len(prs.slides) >= 8
    first = prs.slides[0]
    texts = [sh.text_frame.text for sh in first.shapes if sh.has_text_frame]
    assert any("Rare earths and China's export-technology catalogue" in t for t in texts)
    for slide in prs.slides:
        assert slide.notes_slide.notes_text_frame.text.strip(), "every slide has notes"
        names = [sh.name for sh in slide.shapes]
        assert "Source line" in names and "Slide number" in names
    figures = prs.slides[1]
    assert any("70.0 %" in sh.text_frame.text for sh in figures.shapes if sh.has_text_frame)
    charts = [sh for s in prs.slides for sh in s.shapes if sh.has_chart]
    assert charts, "the scenario's bar chart is a native chart"
    series = charts[0].chart.plots[0].series[0]
    assert list(series.values)[0] == pytest.approx(390_000)   # MCS2026 world supply before


def test_png_folder_gets_one_2x_image_per_slide(app, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "pngs"
    assert main(["briefing", "export", "--theme", "dark", "--out", f"{out}/"]) == 0
    files = sorted(out.glob("slide-*.png"))
    assert len(files) == 10
    image = QImage(str(files[0]))
    assert (image.width(), image.height()) == (2560, 1440)
    assert image.pixelColor(5, 5).lightness() < 60       # the dark theme


def test_export_of_a_saved_deck_and_list(app, tmp_path, capsys):
    from reetool.data import deck as d
    from reetool.data import deck_store

    path = d.save_deck(d.Deck(title="Mine", slides=[
        d.title_slide("Hello"), d.chart_slide("china_share")]), deck_store.deck_path("Mine"))
    assert main(["briefing", "list"]) == 0
    out = capsys.readouterr().out
    assert "(ready-made)  Rare earths and China's export-technology catalogue — 10 slides" in out
    assert f"{path}  Mine — 2 slides" in out
    pdf = tmp_path / "mine.pdf"
    assert main(["briefing", "export", "--deck", str(path), "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_errors_name_the_problem_and_exit_2(app, tmp_path, capsys):
    assert main(["briefing", "export", "--out", str(tmp_path / "x.docx")]) == 2
    assert "--out must be FILE.pdf, FILE.pptx" in capsys.readouterr().err
    assert main(["briefing", "export", "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "reetool-deck", "version": 1, "slides": [
        {"kind": "title", "title": "ok"}, {"kind": "figure", "figures": [{"label": "x",
                                                                         "value": "big"}]}]}))
    assert main(["briefing", "export", "--deck", str(bad), "--out", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}, slide 2, field 'figures[1].value': must be a number" in err
    assert not (tmp_path / "b.pdf").exists()


def test_a_missing_file_other_than_the_output_is_named(app, tmp_path, capsys, monkeypatch):
    """E.g. a library's template missing from a broken installation: the message names it."""
    from reetool.ui.briefing import export_pdf

    def missing(_pages):
        raise FileNotFoundError(2, "No such file or directory", "/x/pptx/templates/notesMaster.xml")

    monkeypatch.setattr(export_pdf, "write_all", missing)
    monkeypatch.delenv("REETOOL_DEBUG", raising=False)
    out = tmp_path / "deck.pdf"
    assert main(["briefing", "export", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"could not write {out}: No such file or directory (/x/pptx/templates/notesMaster.xml)" in err
    assert not out.exists()
