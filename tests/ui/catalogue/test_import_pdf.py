"""Importing the official PDF through the dialog as a user does: preview, save, the banner
and every count change, remove the import, they change back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.fixtures.catalogue.pdf_fixture import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)


@pytest.fixture
def page(window):
    page = window.show_page("catalogue")
    assert page.version_combo.currentData() == "2023"
    return page


def test_import_a_pdf_see_the_preview_save_and_remove(page, qtbot, catalogue_pdfs, isolated_user_folders):
    cov = page.coverage()               # the bundle's own items (14 attested when this was written)
    held, prohibited, restricted = cov["held"], cov["held_prohibited"], cov["held_restricted"]
    assert f"<b>{held}</b> of 134 items" in page.banner_text.text()
    dlg = page.open_import(str(catalogue_pdfs["official_table"]))
    qtbot.waitExposed(dlg)
    # this PDF does not name its announcement: the dialog asks for the version, the user picks it
    assert "the catalogue version is not named in the file; choose it above" in dlg.summary.text()
    assert not dlg.save_button.isEnabled()
    dlg.version_combo.setCurrentIndex(dlg.version_combo.findData("2023"))
    # the preview: what the file holds against the official counts and against the bundle
    summary = dlg.summary.text()
    assert "Read <b>5</b> items with 14 control points from the PDF (2 pages)" in summary
    assert "2 of 24 prohibited and 3 of 110 restricted items" in summary            # 083201J, 990101J | 3 × 99020xX
    assert "22 prohibited items of the official text are not in the file" in summary   # 24 - 2
    assert "107 restricted items of the official text are not in the file" in summary  # 110 - 3
    assert "It adds 4, completes 1, <b>contradicts 0</b>" in summary
    assert f"{held} → <b>{held + 4}</b> of 134 items" in summary                  # + 5 imported - 083201J replaced
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] == [
        "083201J", "990101J", "990201X", "990202X", "990203X"]
    assert dlg.table.item(0, 5).text() == "completes 083201J: name: 测试条目（稀土）; sector: 测试业"
    assert dlg.table.item(1, 5).text() == "adds a new item"
    assert dlg.preview.unclean.count() == 0 and dlg.warnings.count() == 0
    assert dlg.official.addresses()[0].startswith("https://fms.mofcom.gov.cn/")
    assert not (isolated_user_folders["data"] / "catalogue").exists()          # nothing saved yet

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert page.coverage()["held"] == held + 4 and page.coverage()["imported"] == 5
    assert f"<b>{held + 4}</b> of 134 items" in page.banner_text.text() and "5 imported by you" in page.banner_text.text()
    # prohibited: 083201J replaced, 990101J added (+1); restricted: 990201X, 990202X, 990203X (+3)
    assert f"{prohibited + 1} of 24 prohibited, {restricted + 3} of 110 restricted" in page.banner_text.text()
    assert page.proxy.rowCount() == held + 4 and page.count.text() == f"{held + 4} of {held + 4} shown"

    remover = page.open_remove()
    assert remover.list.count() == 1 and "official_table.pdf" in remover.list.item(0).text()
    remover.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(remover.remove_button, Qt.MouseButton.LeftButton)
    assert page.coverage()["held"] == held and page.coverage()["imported"] == 0
    assert f"<b>{held}</b> of 134 items" in page.banner_text.text() and "imported by you" not in page.banner_text.text()
    assert page.proxy.rowCount() == held


def test_a_scanned_pdf_is_refused_in_the_dialog_and_nothing_is_saved(page, catalogue_pdfs, isolated_user_folders):
    dlg = page.open_import(str(catalogue_pdfs["scan"]))
    text = dlg.summary.text()
    assert "This file cannot be imported." in text and "does not include OCR" in text and "Nothing was saved" in text
    assert "line " not in text
    assert not dlg.save_button.isEnabled() and dlg.table.rowCount() == 0
    assert len(dlg.official.addresses()) == 3            # where to get a PDF with a text layer
    assert not (isolated_user_folders["data"] / "catalogue").exists()


def test_a_contradiction_is_shown_in_words(page, tmp_path):
    path = tmp_path / "contradicts.txt"
    path.write_text("二、限制出口部分\n编号：203912X\n技术名称：无人机系统技术\n控制要点：1.测试要点一\n", encoding="utf-8")
    dlg = page.open_import(str(path))
    dlg.version_combo.setCurrentIndex(dlg.version_combo.findData("2023"))
    assert "<b>contradicts 1</b>" in dlg.summary.text()
    effect = dlg.table.item(0, 5)
    assert effect.text().startswith("CONTRADICTS 203912X: name: 无人机技术 here, 无人机系统技术 in the file; "
                                    "control point not in the file: 无人机飞行控制系统")
    assert effect.toolTip() == effect.text()


def test_copy_an_official_address(page, catalogue_pdfs, qtbot):
    dlg = page.open_import(str(catalogue_pdfs["official_blocks"]))
    button = dlg.official.findChild(type(dlg.save_button), "official_copy_2")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://www.most.gov.cn/tztg/202312/W020231221620858841394.pdf"
    assert dlg.official.feedback.text() == "Copied"
