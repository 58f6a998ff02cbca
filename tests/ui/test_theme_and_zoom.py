"""Themes apply to the whole window (pages, tables, charts), zoom changes every text size,
both are remembered; Help lists the real shortcuts and has a guide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reetool.ui.pages import PAGE_IDS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def restore_view(app):
    yield
    from reetool.ui import theme, zoom

    zoom.set_zoom(1.0)
    theme.apply("light")


def mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    values = [QColor(image.pixel(x, y)).lightness()
              for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)]
    return sum(values) / len(values)


def test_dark_theme_makes_the_pages_themselves_dark(window, qtbot):
    from reetool.ui.settings import settings
    from reetool.ui.state import app_state

    window.extras[0].theme_actions["dark"].trigger()
    assert settings().value("view/theme") == "dark"
    assert app_state().get("theme") == "dark"             # charts follow
    for page_id in PAGE_IDS:
        page = window.show_page(page_id)
        qtbot.wait(20)
        assert mean_lightness(page) < 110, page_id          # light theme: ≈ 240
    charts = window.page("charts")
    assert charts.view(charts.current_name()).theme.name == "dark"
    window.extras[0].theme_actions["light"].trigger()
    assert mean_lightness(window.page("sources")) > 180


def test_projector_theme_uses_larger_type_and_high_contrast(window):
    from PySide6.QtWidgets import QApplication

    before = QApplication.font().pointSizeF()
    window.extras[0].theme_actions["projector"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.25, abs=0.05)
    pal = QApplication.palette()
    assert pal.color(pal.ColorRole.WindowText).name() == "#000000"
    assert pal.color(pal.ColorRole.Base).name() == "#ffffff"


def test_projector_type_grows_with_a_large_screen(app):
    from reetool.ui import theme

    assert theme.type_scale("projector", 768) == pytest.approx(1.25)
    assert theme.type_scale("projector", 720) == pytest.approx(1.25)
    assert theme.type_scale("projector", 1080) == pytest.approx(1.25 * 1080 / 900)   # 1.5
    assert theme.type_scale("projector", 2160) == pytest.approx(1.25 * 1.4)
    assert theme.type_scale("light", 1080) == 1.0


def test_first_start_follows_the_system_scheme(app):
    from reetool.ui import theme
    from reetool.ui.settings import settings

    class Hints:
        def __init__(self, scheme):
            self.scheme = scheme

        def colorScheme(self):
            return self.scheme

    assert theme.saved_theme(Hints(Qt.ColorScheme.Dark)) == "dark"
    assert theme.saved_theme(Hints(Qt.ColorScheme.Light)) == "light"
    assert theme.saved_theme(Hints(Qt.ColorScheme.Unknown)) == "light"
    settings().setValue("view/theme", "projector")       # a choice made once is kept
    assert theme.saved_theme(Hints(Qt.ColorScheme.Dark)) == "projector"


def test_ctrl_plus_minus_zero_zoom_the_app_and_the_charts(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from reetool.ui.settings import settings

    charts = window.show_page("charts")
    view = charts.view(charts.current_name())
    qtbot.waitUntil(lambda: view.canvas.width() > 100)
    view.rebuild()
    base_font, base_fs = QApplication.font().pointSizeF(), view.fs
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    # 100 % → 110 % → 125 %
    assert QApplication.font().pointSizeF() == pytest.approx(base_font * 1.25, abs=0.05)
    qtbot.waitUntil(lambda: abs(view.fs - base_fs * 1.25) < 0.01)   # chart text follows
    assert float(settings().value("view/zoom")) == pytest.approx(1.25)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert QApplication.font().pointSizeF() == pytest.approx(base_font * 1.1, abs=0.05)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == pytest.approx(base_font, abs=0.05)


def test_zoom_is_remembered_at_the_next_start(app, qtbot):
    from PySide6.QtWidgets import QApplication

    from reetool.ui import zoom
    from reetool.ui.main_window import MainWindow
    from reetool.ui.settings import settings

    base = QApplication.font().pointSizeF()
    settings().setValue("view/zoom", 1.4)
    win = MainWindow()
    qtbot.addWidget(win)
    assert zoom.factor() == pytest.approx(1.4)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.4, abs=0.05)


def test_help_lists_the_real_shortcuts(window, qtbot):
    help_actions = window.extras[2]
    dialog = help_actions.show_shortcuts()
    rows = {(cmd, keys) for _where, cmd, keys in dialog.rows}
    assert ("Add to briefing", "Ctrl+B") in rows
    assert ("Present briefing", "F5") in rows
    assert ("Black screen (press again to return)", "B, .") in rows
    assert any(cmd == "Next slide" and "Right" in keys and "Space" in keys for cmd, keys in rows)
    assert ("Larger text", "Ctrl++, Ctrl+=") in rows
    assert dialog.table.rowCount() == len(dialog.rows)
    dialog.close()
    guide = help_actions.show_guide()
    text = guide.text.toPlainText()
    assert "F5" in text and "Ctrl+B" in text and "Projector" in text
    guide.close()
