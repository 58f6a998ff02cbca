"""The Compare dialog: export to CSV, copy to the clipboard, fits 1024×768, follows imports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.fixtures.catalogue.pdf_fixture import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)


@pytest.fixture
def page(window):
    return window.show_page("catalogue")


def test_export_csv_and_copy_the_table(page, qtbot, tmp_path):
    dlg = page.open_compare("2023", "2025")
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Group\tCode\tStatus\tName (Chinese)\tName (English)\tBasis\tWhat changed"
    assert len(lines) == 1 + 5          # 1 added, 3 deleted, 1 amended (2023 → 2025)
    assert lines[1].startswith("Added: 1 attested of 1 officially\t—\tRestricted\t电池正极材料制备技术\t")
    target = tmp_path / "cmp.csv"
    assert dlg.export_csv(str(target)) == str(target)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("from_version,to_version,group,code,status,name_zh")
    assert len(text.splitlines()) == 1 + 5 and "电池正极材料制备技术" in text
    assert dlg.slide_parameters() == {"from_version": "2023", "to_version": "2025"}


@pytest.mark.parametrize("width, height", [(1000, 700), (776, 560)])   # on a 1024×768 projector, and smaller
def test_every_column_fits_and_cut_text_shows_on_hover(page, qtbot, width, height):
    dlg = page.open_compare("2020", "2025")
    dlg.resize(width, height)
    qtbot.waitExposed(dlg)
    qtbot.wait(1)
    header = dlg.tree.header()
    widths = [header.sectionSize(c) for c in range(6)]
    assert sum(widths) <= dlg.tree.viewport().width() and widths[5] >= 150, widths
    assert dlg.frameGeometry().width() <= 1024 and dlg.frameGeometry().height() <= 768
    row = dlg.group_rows("deleted")[-1]          # the unnamed 2025 deletion: a long note
    assert row.text(5).startswith("The second deleted restricted item")
    assert dlg.tree.fontMetrics().horizontalAdvance(row.text(5)) > widths[5]     # it is cut on screen …
    assert row.toolTip(5) == f"<p>{row.text(5)}</p>"                              # … and whole on hover


def test_an_open_comparison_follows_an_import(page, qtbot, catalogue_pdfs):
    dlg = page.open_compare("2020", "2023")
    before = [r.text(0) for r in dlg.group_rows("only_b")]
    assert "990101J" not in before
    imp = page.open_import(str(catalogue_pdfs["official_blocks"]))
    qtbot.mouseClick(imp.save_button, Qt.MouseButton.LeftButton)
    after = [r.text(0) for r in dlg.group_rows("only_b")]
    assert [c for c in after if c.startswith("99")] == ["990101J", "990102J", "990201X", "990202X"]
    assert dlg.group_rows("only_b")[after.index("990101J")].text(4) == "imported"
