"""In 简体中文 the data a user reads is Chinese too, or English under a Chinese label that says
it is shown as published (tests/ui/i18n_walk.py ``unlabelled_english``): the Catalogue's
table and detail pane for every attested item, the Compare dialog for every pair of versions,
the Reference page's claims, supply chain, elements and timeline, the Market table's tool tips
and its claims tab, the event dialog's errors and the charts' texts."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

from tests.ui.i18n_walk import english_words, unlabelled_english, untranslated

COMMODITIES = ("Rare earths", "Gallium", "Copper", "Graphite (Natural)", "Tungsten")


def test_catalogue_table_and_detail_pane_for_every_item(zh_window, qtbot):
    page = zh_window.show_page("catalogue")
    found, seen = [], 0
    for version in page.catalogue.versions:
        page.set_version(version)
        found += unlabelled_english(page.table)                 # cells and their tool tips
        for item in page.catalogue.items(version):
            assert page.select_item(version, item.item_id)
            found += [f"{version}/{item.item_id} {p}" for p in unlabelled_english(page.detail)]
            seen += 1
    assert found == []
    assert seen >= 40
    # what the detail pane says of a partial item, in Chinese, with the bundle's English below
    page.set_version("2023")
    page.select_item("2023", "083201J")
    text = page.detail.toPlainText()
    assert "本资料包收录：编号、英文名称（第三方译文）、4 项控制要点；缺少：中文名称、行业（可信度中）。" in text
    assert "资料包说明（英文原文）：PARTIAL: official Chinese item name" in text
    assert "依据（资料包英文原文）：Code 083201J" in text


def test_compare_dialog_for_every_pair_of_versions(zh_window, qtbot):
    from reetool.ui.catalogue.compare_dialog import CompareDialog

    page = zh_window.show_page("catalogue")
    dialog = CompareDialog(page.catalogue, page)
    qtbot.addWidget(dialog)
    dialog.show()
    versions = page.catalogue.versions
    found = []
    for i, a in enumerate(versions):
        for b in versions[i + 1:]:
            dialog.set_versions(a, b)
            found += [f"{a}→{b} {p}" for p in unlabelled_english(dialog) + untranslated(dialog)]
    assert found == []
    # a change's note: the reetool rendering in the cell, both languages on hover
    dialog.set_versions("2023", "2025")
    row = next(r for r in dialog.group_rows("deleted") if r.text(2) == "中国传统建筑技术")
    assert row.text(5) == "商务部新闻发言人：“删除中国传统建筑技术1项禁止类技术条目”。"
    assert "资料包说明（英文原文）：MOFCOM spokesperson" in row.toolTip(5)
    assert "为 reetool 对资料包英文说明的译文" in dialog.note.text()


def test_reference_claims_chain_elements_and_timeline(zh_window, qtbot):
    page = zh_window.show_page("reference")
    page.timeline.as_of.setDate(QDate(2026, 6, 1))
    found = []
    page.show_section("claims")
    for row in range(page.claims.table.rowCount()):
        page.claims.table.setCurrentCell(row, 0)
        found += unlabelled_english(page.claims)
    page.show_section("chain")
    found += unlabelled_english(page.chain)
    page.show_section("elements")
    for symbol, button in page.elements.buttons.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        found += [f"{symbol} {p}" for p in unlabelled_english(   # libraries named as cited
            page.elements.detail, {"mendeleev", "periodictable"})]
    page.show_section("timeline")
    for event in page.state.timeline.events:
        page.select_event(event.event_id)
        found += [f"{event.event_id} {p}" for p in unlabelled_english(page.timeline.detail)]
    assert found == []
    nine = next(i for i, c in enumerate(page.claims.claims) if c.claim_id == "CL-09")
    assert page.claims.table.item(nine, 1).text() == "13 亿吨"        # the article's "1300 million t"
    assert page.claims.table.item(nine, 2).text() == "1.3 亿吨"       # USGS: 130,000,000 t
    chain = page.chain.view.toPlainText()
    # 270,000 of 390,000 t (MCS2026, data year 2025, estimates) = 69.2 %
    assert "USGS MCS2026，数据年份 2025：390,000 吨中的 270,000 吨（估计值）。" in chain


def test_market_table_tooltips_and_claims_tab(zh_window, qtbot):
    page = zh_window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    found, notes = [], 0
    for commodity in COMMODITIES:
        for metric in ("production", "reserves"):
            try:
                page.select(commodity=commodity, metric=metric)
            except LookupError:
                continue
            found += [f"{commodity}/{metric} {p}" for p in unlabelled_english(page.view)]
            notes += sum("USGS 数据注释（英文原文）：" in str(page.model.index(r, 1).data(
                Qt.ItemDataRole.ToolTipRole) or "") for r in range(page.model.rowCount()))
    page.claims.load()
    found += unlabelled_english(page.claims.view)
    assert found == []
    assert notes > 0                       # USGS notes are there, labelled as USGS's English


def test_event_dialog_says_why_it_did_not_save_in_chinese(zh_window, qtbot):
    page = zh_window.show_page("reference")
    dialog = page.timeline.open_editor(exec_=False)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in (("country", "中国"), ("title_en", "A measure"), ("date", "2026-13-01")):
        dialog.fields[name].setText(text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    error = dialog.error.text()
    assert error.startswith("未保存：“公布日期”：") and english_words(error, parens=False) == []
    dialog.fields["date"].setText("")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "未保存：“公布日期”：必须填写，但为空"
    assert dialog.isVisible()                                     # nothing saved


def test_chart_texts_use_chinese_units_and_editions(zh_window):
    from reetool.ui.charts.registry import CHARTS, ChartParams
    from reetool.ui.charts.text import footer_text, subtitle_text

    names = {"natural", "earth", "equal", "argus"}      # Natural Earth, Equal Earth, Argus
    found = []
    for chart in CHARTS:
        spec = chart.build(ChartParams())
        texts = [spec.title, subtitle_text(spec), footer_text(spec)]
        texts += [t for p in spec.panels for s in p.series for d in s.data
                  for t in (d.value_text, d.tag, d.note, d.label)]
        for text in texts:
            for line in str(text or "").splitlines():
                if not any(label in line for label in ("原文", "译文")):
                    words = [w for w in english_words(line, parens=False) if w.lower() not in names]
                    found += [f"{chart.name}: {line!r} {words}"] if words else []
                if re.search(r"\d t\b", line):
                    found.append(f"{chart.name}: 't' in {line!r}")
    assert found == []
    shares = CHARTS[0].build(ChartParams())
    assert "v1.0 数据发布版" in subtitle_text(shares) and "390,000 吨" in subtitle_text(shares)
    assert shares.edition == "MCS2026 v1.0 data release"          # the CSV keeps it as published


def test_the_data_walk_finds_what_is_not_labelled(window, qtbot):
    """The walk can fail: English data without a label is found, labelled English is not."""
    box = QTextBrowser()
    qtbot.addWidget(box)
    box.setPlainText("估计值\nEstimated.\nUSGS 数据注释（英文原文）：Estimated.\n来源：MCS2026 v1.0 data release")
    assert [line.split(": ", 1)[1] for line in unlabelled_english(box)] == [
        "'Estimated.' ['Estimated']", "'来源：MCS2026 v1.0 data release' ['data', 'release']"]
    page = window.show_page("catalogue")               # in English the notes are English
    page.select_item("2023", "083201J")
    assert any("PARTIAL" in p for p in unlabelled_english(page.detail))
