"""The catalogue page as a user meets it: typing, filters, detail, compare, import, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication

from tests.helpers import type_text

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "catalogue"


@pytest.fixture
def page(window):
    page = window.show_page("catalogue")
    assert page.version_combo.currentData() == "2023"
    return page


def codes(page):
    return [page.proxy.item(r).code or page.proxy.item(r).name_zh for r in range(page.proxy.rowCount())]


def pick(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_page_starts_on_2023_with_every_attested_item(page):
    assert page.proxy.rowCount() == 16
    assert page.count.text() == "16 of 16 shown"
    banner = page.banner_text.text()
    assert "<b>16</b> of 134 items of the 2023 catalogue" in banner
    assert "4 of 24 prohibited, 12 of 110 restricted" in banner


@pytest.mark.parametrize("query", ["稀土", "rare earth", "ＲＡＲＥ　ＥＡＲＴＨ", "Samarium"])
def test_typing_finds_083201J_with_its_four_points_in_both_languages(page, qtbot, query):
    type_text(qtbot, page.search, query)
    assert codes(page) == ["083201J"]
    assert "#ffd54f" in page.detail.toHtml()   # the matches are highlighted in the detail too
    html = page.detail.toPlainText()
    for zh in ("稀土萃取分离工艺技术", "稀土金属及合金材料的生产技术", "钐钴、钕铁硼、铈磁体制备技术", "稀土硼酸氧钙制备技术"):
        assert zh in html
    for en in ("technologies for rare earth extraction and separation", "production technology for rare earth "
               "metals and alloys", "cerium magnet preparation techniques", "rare earth borate oxy-calcium"):
        assert en in html
    assert html.count("third-party translation, see CAT-S3") >= 5   # the name and each of the 4 points


def test_search_narrows_as_you_type_and_clearing_restores(page, qtbot):
    type_text(qtbot, page.search, "技")
    assert page.proxy.rowCount() == 14   # all but 中药材资源及生产 and 激光雷达系统
    type_text(qtbot, page.search, "术")
    assert page.proxy.rowCount() == 14
    type_text(qtbot, page.search, "xyz")
    assert page.proxy.rowCount() == 0
    assert "No item matches" in page.detail.toPlainText()
    page.search.clear()
    assert page.proxy.rowCount() == 16


def test_status_filter(page):
    pick(page.status_combo, "restricted")
    assert page.proxy.rowCount() == 12
    assert all(page.proxy.item(r).status == "restricted" for r in range(12))
    pick(page.status_combo, "prohibited")
    assert sorted(codes(page)) == sorted(["083201J", "用于人的细胞克隆和基因编辑技术", "中国传统建筑技术", "中药材资源及生产"])


def test_version_rare_earth_and_stage_filters(page, qtbot):
    pick(page.version_combo, "2008")
    assert page.proxy.rowCount() == 13
    qtbot.mouseClick(page.rare_earth, Qt.MouseButton.LeftButton)
    assert sorted(codes(page)) == ["053301J", "053302J", "053401X", "053707X"]
    pick(page.stage_combo, "mining")
    assert sorted(codes(page)) == ["053301J", "053302J"]
    pick(page.version_combo, "2023")
    pick(page.stage_combo, "magnet")
    assert codes(page) == ["083201J"]


def test_sector_filter(page):
    pick(page.version_combo, "2008")
    pick(page.sector_combo, "畜牧业")
    assert sorted(codes(page)) == ["050302J", "050304J"]
    pick(page.sector_combo, "")   # sector not seen
    assert len(codes(page)) == 8    # 4 rare-earth items (English only), firewall, 3 deleted in 2020


def test_detail_warns_and_links_to_sources(page, window):
    assert page.select_item("2023", "203912X")
    html = page.detail.toHtml()
    assert "Incomplete" in html and "only control point 5 seen" in html
    assert "reetool rendering (unofficial)" in html
    page.detail.anchorClicked.emit(QUrl("source:CAT-S1"))
    assert window.current_page_id() == "sources"
    sources = window.page("sources")
    assert sources.proxy.index(sources.table.currentIndex().row(), 0).data() == "CAT-S1"


def test_history_link_opens_the_other_version(page):
    assert page.select_item("2023", "U2023-04")
    assert "2020" in page.detail.toPlainText() and "锂辉石提锂" in page.detail.toPlainText()
    page.detail.anchorClicked.emit(QUrl("item:2020/U2020-06"))
    assert page.version_combo.currentData() == "2020"
    assert page.current_item().item_id == "U2020-06"


def test_compare_view_lists_added_deleted_amended(page, qtbot):
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    dlg = page._dialogs[-1]
    assert dlg.isVisible()
    assert (dlg.combo_a.currentData(), dlg.combo_b.currentData()) == ("2020", "2023")
    added = sorted(r.text(2) for r in dlg.group_rows("added"))
    assert added == sorted(["用于人的细胞克隆和基因编辑技术", "激光雷达系统", "农作物杂交优势利用技术", "散料装卸输送技术"])
    assert len(dlg.group_rows("deleted")) == 3 and len(dlg.group_rows("amended")) == 4
    assert "4 attested of 4 officially" in dlg.groups["added"].text(0)
    assert "3 attested of 34 officially" in dlg.groups["deleted"].text(0)
    pick(dlg.combo_a, "2023")
    pick(dlg.combo_b, "2025")
    assert [r.text(2) for r in dlg.group_rows("added")] == ["电池正极材料制备技术"]
    assert len(dlg.group_rows("deleted")) == 3
    # double-click an item: the page shows it
    row = dlg.group_rows("added")[0]
    dlg.tree.itemActivated.emit(row, 0)
    assert page.version_combo.currentData() == "2025" and page.current_item().name_zh == "电池正极材料制备技术"


def test_import_preview_save_and_remove(page, qtbot, isolated_user_folders):
    dlg = page.open_import(str(FIX / "inline.txt"))
    assert dlg.table.rowCount() == 3
    assert [dlg.table.item(r, 0).text() for r in range(3)] == ["083201J", "990401X", "990402J"]
    assert dlg.table.item(0, 4).text() == "replaces bundled item 083201J"
    assert dlg.warnings.count() == 1 and dlg.warnings.item(0).text().startswith("line 8:")
    assert not (isolated_user_folders["data"] / "catalogue").exists()   # nothing saved before Save
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 18   # 16 bundled - 083201J replaced + 3 imported
    assert "3 imported by you" in page.banner_text.text()
    page.select_item("2023", "083201J")
    assert "Imported by you from inline.txt" in page.detail.toHtml()

    remover = page.open_remove()
    assert remover.list.count() == 1
    remover.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(remover.remove_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 16
    assert page.current_item().code == "083201J" and page.current_item().origin == "bundle"


def test_import_of_a_non_catalogue_shows_the_line_and_cannot_be_saved(page, isolated_user_folders):
    dlg = page.open_import(str(FIX / "not_catalogue.txt"))
    assert "line 1" in dlg.summary.text() and "Nothing was saved" in dlg.summary.text()
    assert not dlg.save_button.isEnabled()
    assert not (isolated_user_folders["data"] / "catalogue").exists()


def test_export_csv_has_bom_and_the_rows_shown(page, qtbot, tmp_path):
    pick(page.status_combo, "prohibited")
    target = tmp_path / "out.csv"
    assert page.export_csv(str(target)) == str(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 1 + 4
    assert "稀土萃取分离工艺技术" in data.decode("utf-8-sig")
    # the export is importable again (the app's CSV schema)
    from reetool.data import bundle
    from reetool.data.catalogue_import import parse_file

    again = parse_file(target, None, bundle().records("catalogue_versions"))
    assert len(again.items) == 4


def test_copy_citation(page):
    page.select_item("2023", "083201J")
    text = page.copy_citation()
    assert QGuiApplication.clipboard().text() == text
    assert "083201J" in text and "2023年第57号" in text and "CAT-S3" in text and "mooncircle.org" in text


def test_page_menu_has_every_action(window):
    page = window.page("catalogue")
    menu = window.page_menus["catalogue"]
    menu.aboutToShow.emit()
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    for key in ("import", "compare", "export", "cite", "remove"):
        assert f"act_catalogue_{key}" in names
    assert page.menu_actions["compare"].text() == "&Compare versions…"


def test_chinese_interface(page, window):
    window.language_actions["zh"].trigger()
    try:
        assert page.model.headerData(3, Qt.Orientation.Horizontal) == "名称（中文／英文）"
        assert "本数据包收录" in page.banner_text.text() and "134" in page.banner_text.text()
        assert page.status_combo.itemText(1) == "禁止"
        assert page.import_button.text() == "导入…"
        page.select_item("2023", "083201J")
        assert "控制要点" in page.detail.toPlainText()
    finally:
        window.language_actions["en"].trigger()
    assert page.import_button.text() == "Import…"


def test_status_badges_are_words_not_only_colour(page):
    page.table.resize(1000, 600)
    index = page.proxy.index(0, 1)
    assert index.data() in ("Prohibited", "Restricted")
    image = page.table.viewport().grab().toImage()
    assert not image.isNull()


def test_version_choice_is_remembered(app, qtbot):
    from reetool.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    pick(first.page("catalogue").version_combo, "2008")
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.page("catalogue").version_combo.currentData() == "2008"


def test_clicking_a_header_sorts_and_keeps_the_selection(page, qtbot):
    page.select_item("2023", "203912X")
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown = [page.proxy.item(r).code for r in range(page.proxy.rowCount())]
    coded = [c for c in shown if c]
    assert coded == sorted(coded) and shown[:len(coded)] == coded   # codes first, ascending
    assert page.current_item().code == "203912X"
    type_text(qtbot, page.search, "技术")
    assert [page.proxy.item(r).code for r in range(len(coded))] == coded   # every coded item has 技术


def test_matches_are_highlighted_in_the_table(page, qtbot):
    from reetool.ui.theme_colors import tone

    def highlight_pixels():
        image = page.table.viewport().grab().toImage()
        target = QColor(tone("match_bg")).rgb()
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if image.pixel(x, y) == target)

    page.table.clearSelection()
    assert highlight_pixels() == 0
    type_text(qtbot, page.search, "无人机")
    page.table.clearSelection()
    assert codes(page) == ["203912X"]
    assert highlight_pixels() > 20


def test_damaged_import_store_is_reported_and_bundled_items_still_shown(app, qtbot, isolated_user_folders):
    from reetool.ui.main_window import MainWindow

    store = isolated_user_folders["data"] / "catalogue" / "imports.json"
    store.parent.mkdir(parents=True)
    store.write_text('{"imports": [', encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    page = win.page("catalogue")
    assert page.proxy.rowCount() == 16
    assert "could not be read" in page.banner_text.text() and "imports.json" in page.banner_text.text()
    # issue 14: the damaged file is moved aside with a time stamp, its bytes kept, and named
    (kept,) = store.parent.glob("imports.damaged-*.json")
    assert kept.read_text(encoding="utf-8") == '{"imports": [' and kept.name in page.banner_text.text()


def test_ctrl_f_jumps_to_the_search_box(page, qtbot, window):
    window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_compare_across_two_revisions_names_each_step(page):
    dlg = page.open_compare("2020", "2025")
    assert "2 revisions (2023, 2025)" in dlg.summary.text()
    bases = [r.text(4) for r in dlg.group_rows("deleted")]
    assert sum(b.startswith("2023: source") for b in bases) == 3
    assert sum(b.startswith("2025: source") for b in bases) == 3
    assert "(not named in the source)" in [r.text(2) for r in dlg.group_rows("deleted")]
