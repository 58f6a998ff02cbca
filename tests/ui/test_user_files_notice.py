"""A damaged store never stops the window: it paints first, then ONE non-blocking notice names
the file (issue 14, defects 1 and 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reetool.ui import user_files_notice


def boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_deep_json_store_window_paints_then_one_non_modal_notice(app, qtbot, isolated_user_folders):
    from reetool.ui.main_window import MainWindow

    data = isolated_user_folders["data"]
    (data / "catalogue").mkdir(parents=True)
    (data / "catalogue" / "imports.json").write_text("[" * 100_000 + "]" * 100_000)
    imports = data / "market" / "imports"
    imports.mkdir(parents=True)
    (imports / "x.json").write_text("{broken")

    win = MainWindow()           # the catalogue page reads imports.json while it is built
    qtbot.addWidget(win)
    assert boxes() == []         # nothing modal (or at all) before the first paint
    notice = user_files_notice.install(win)
    win.show()
    qtbot.waitUntil(lambda: notice.box is not None and notice.box.isVisible(), timeout=5000)
    box = notice.box
    assert notice.painted
    assert box.windowModality() == Qt.WindowModality.NonModal and not box.isModal()
    text = box.text()
    assert "catalogue/imports.json: is nested too deeply" in text
    assert "market/imports/x.json: is not valid JSON" in text and str(data) in text
    assert text.count("•") == 2 and len(boxes()) == 1
    from reetool.data.catalogue import load_catalogue

    bundled = load_catalogue(include_imports=False).items("2023")
    assert len(bundled) >= 14
    assert win.page("catalogue").proxy.rowCount() == len(bundled)   # bundled items still shown
    assert list((data / "catalogue").glob("imports.damaged-*.json"))
    box.close()
    # a file found damaged later in the session gets its own notice; old ones are not repeated
    from reetool.data.market_user import EditStore

    (data / "market" / "edits.json").write_text('{"tables": {"k": {"edits": {"China": NaN}}}}')
    EditStore()
    qtbot.waitUntil(lambda: notice.box is not box and notice.box.isVisible(), timeout=5000)
    assert "edits.json" in notice.box.text() and notice.box.text().count("•") == 1
    notice.box.close()


def test_no_notice_when_all_is_well(app, qtbot):
    from reetool.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    notice = user_files_notice.install(win)
    win.show()
    qtbot.waitUntil(lambda: notice.painted, timeout=5000)
    qtbot.wait(50)
    assert notice.box is None and boxes() == []
