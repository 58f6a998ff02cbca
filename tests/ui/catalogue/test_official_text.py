"""The reusable "where the official text is published" widget (full and compact)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def test_full_widget_lists_each_address_with_its_own_copy_button(app, qtbot):
    from reetool.ui.catalogue.official_text import OfficialTextWidget

    w = OfficialTextWidget()
    qtbot.addWidget(w)
    w.set_version("2025")     # the amendment's own page, then the texts of the 2023 catalogue it amends
    assert [w.findChild(type(w.heading), f"official_what_{k}").text() for k in range(4)] == [
        "2025 · MOFCOM (Ministry of Commerce) · announcement page",
        "2023 · MOFCOM (Ministry of Commerce) · announcement page",
        "2023 · MOFCOM (Ministry of Commerce) · PDF",
        "2023 · MOST (Ministry of Science and Technology) · PDF"]
    w.set_version("2008")
    assert w.addresses() == [] and "knows no address" in w.heading.text()


def test_compact_widget_copies_every_address(app, qtbot):
    from reetool.ui.catalogue.official_text import OfficialTextWidget

    w = OfficialTextWidget(compact=True)
    qtbot.addWidget(w)
    w.set_version("2023")
    w.show()
    assert "MOFCOM (Ministry of Commerce) / MOST (Ministry of Science and Technology)" in w.heading.text()
    with qtbot.waitSignal(w.copied):
        qtbot.mouseClick(w.copy_all_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3 and lines[2] == ("2023 · MOST (Ministry of Science and Technology) · PDF: "
                                            "https://www.most.gov.cn/tztg/202312/W020231221620858841394.pdf")
