"""Text stays readable in every theme: the themes' text colours against their backgrounds,
and what the catalogue table and detail, the reference timeline and the claims actually
paint in the dark and projector themes (WCAG 2 contrast ratio ≥ 4.5 for body text; the
projector theme, the strongest, ≥ 7)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from reetool.ui.theme_colors import COLORS, THEME_NAMES

TEXT_TONES = ("text", "muted", "ok", "warn", "error", "link")
BACKGROUNDS = ("base", "alt_base", "window")


def luminance(colour: str | QColor) -> float:
    """WCAG 2 relative luminance, written out: sRGB channels linearised, then weighted."""
    c = QColor(colour)

    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_formula_by_hand():
    # black on white: (1 + 0.05) / (0 + 0.05) = 21
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    # dark theme body text #EDEDED on its base #15181C:
    # 0xED = 237 → 237/255 = 0.9294 → ((0.9294 + 0.055) / 1.055) ** 2.4 = 0.8469, so L = 0.8469;
    # #15181C: 21/255 = 0.0824 → 0.00750, 24/255 = 0.0941 → 0.00913, 28/255 = 0.1098 → 0.01161
    # → L = 0.2126·0.00750 + 0.7152·0.00913 + 0.0722·0.01161 = 0.00897;
    # (0.8469 + 0.05) / (0.00897 + 0.05) = 15.21
    assert contrast("#EDEDED", "#15181C") == pytest.approx(15.21, abs=0.01)
    # the grey the catalogue table used for English names in every theme: 2.0 on dark
    assert contrast("#4A4A4A", "#15181C") < 2.1


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_colour_of_every_theme_reads_on_its_backgrounds(name):
    c = COLORS[name]
    need = 7.0 if name == "projector" else 4.5
    for tone in TEXT_TONES:
        for bg in BACKGROUNDS:
            ratio = contrast(getattr(c, tone), getattr(c, bg))
            assert ratio >= need, (name, tone, bg, round(ratio, 2))
    # tinted backgrounds carry the theme's own text colour
    for bg in ("user_bg", "tint_blue", "tint_orange", "tint_grey", "button"):
        assert contrast(c.text, getattr(c, bg)) >= need, (name, bg)
    # pairs: selection, search matches and caution boxes
    for fg, bg in (("highlight_text", "highlight"), ("match_fg", "match_bg"),
                   ("notice_fg", "notice_bg")):
        assert contrast(getattr(c, fg), getattr(c, bg)) >= 4.5, (name, fg, bg)


@pytest.fixture
def dark(window, qtbot):
    window.extras[0].theme_actions["dark"].trigger()
    qtbot.wait(20)
    yield window
    window.extras[0].theme_actions["light"].trigger()


def text_colour_in(image, rect) -> tuple[QColor, QColor]:
    """(background, text) of a region of a grab: the most common colour, and the colour
    that stands out from it most (a glyph's core)."""
    pixels = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                     for y in range(rect.top(), rect.bottom()))
    background = QColor(pixels.most_common(1)[0][0])
    text = max((QColor(p) for p in pixels), key=lambda q: contrast(q, background))
    return background, text


def test_catalogue_table_english_names_read_on_the_dark_theme(dark, qtbot):
    page = dark.show_page("catalogue")
    dark.resize(1280, 800)
    qtbot.wait(50)
    table = page.table
    name_col = 3
    assert page.model.headerData(name_col, Qt.Orientation.Horizontal).startswith("Name")
    image = table.viewport().grab().toImage()
    for row in (1, 2):                        # not selected: the muted English line
        rect = table.visualRect(page.model.index(row, name_col))
        lower = rect.adjusted(2, rect.height() // 2 + 1, -2, -1)   # the English line
        background, text = text_colour_in(image, lower)
        assert luminance(background) < 0.05, "a dark row"
        assert contrast(text, background) >= 4.5, (row, text.name(), background.name())


STYLE = re.compile(r"style='([^']*)'")


def styled_pairs(html: str, base: str) -> list[tuple[str, str]]:
    """(text colour, background) of every inline style that sets a colour."""
    out = []
    for style in STYLE.findall(html):
        colour = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", style)
        if colour:
            bg = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", style)
            out.append((colour.group(1), bg.group(1) if bg else base))
    return out


@pytest.mark.parametrize("theme", ["dark", "projector"])
def test_catalogue_detail_colours_read_on_the_theme(window, qtbot, theme):
    from reetool.ui.catalogue.detail import item_html

    page = window.show_page("catalogue")
    window.extras[0].theme_actions[theme].trigger()
    try:
        item = page.current_item()
        assert item is not None and (item.partial or item.confidence == "low")  # a caution box
        html = item_html(page.catalogue, item, page.source_titles(), "en")
        pairs = styled_pairs(html, COLORS[theme].base)
        assert len(pairs) >= 3                    # badge, caution box, origin notes
        for fg, bg in pairs:
            assert contrast(fg, bg) >= 4.5, (theme, fg, bg)
        assert COLORS[theme].notice_bg.lower() in page.detail.toHtml().lower()  # re-rendered
    finally:
        window.extras[0].theme_actions["light"].trigger()
    assert COLORS["light"].notice_bg.lower() in page.detail.toHtml().lower()


def test_reference_timeline_statuses_and_banner_read_on_the_dark_theme(dark, qtbot):
    page = dark.show_page("reference")
    qtbot.wait(20)
    model = page.timeline.model
    base = COLORS["dark"]
    status_col = 4
    seen = set()
    for row in range(model.rowCount()):
        brush = model.index(row, status_col).data(Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if brush is not None else QColor(base.text)
        seen.add(colour.name())
        for bg in (base.base, base.alt_base):
            assert contrast(colour, bg) >= 4.5, (model.index(row, status_col).data(), colour.name())
    assert len(seen) >= 3              # in force, unknown, announced … told apart
    banner = page.timeline.banner
    assert banner.isVisibleTo(page)
    colour = banner.palette().color(QPalette.ColorRole.WindowText)
    assert colour.name().upper() == base.error.upper()
    assert contrast(colour, base.window) >= 4.5
    detail = page.timeline.detail.toHtml().lower()
    assert base.error.lower() in detail       # the detail's warning line, in the dark tone


def test_reference_verdicts_and_element_strip_read_on_the_dark_theme(dark, qtbot):
    page = dark.show_page("reference")
    page.show_section("claims")
    qtbot.wait(20)
    table = page.claims.table
    for row in range(table.rowCount()):
        colour = table.item(row, 3).foreground().color()
        assert contrast(colour, COLORS["dark"].base) >= 4.5, table.item(row, 3).text()
    page.show_section("elements")
    qtbot.wait(20)
    button = page.elements.buttons["Nd"]
    image = button.grab().toImage()
    background, text = text_colour_in(image, button.rect().adjusted(3, 3, -3, -3))
    assert contrast(text, background) >= 4.5, (text.name(), background.name())


def test_disabled_buttons_look_disabled_in_the_projector_theme(window, qtbot):
    """The projector's disabled text was its muted #222222, as black as enabled text: Undo,
    Redo and 'Reset to published' looked clickable."""
    page = window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    window.extras[0].theme_actions["projector"].trigger()
    try:
        assert not page.undo_button.isEnabled() and page.add_button.isEnabled()
        pal = page.undo_button.palette()
        off = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        on = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        button = pal.color(QPalette.ColorRole.Button)
        assert contrast(off, on) >= 3          # told apart from enabled text …
        assert contrast(off, button) >= 4.5    # … and still readable on the button
    finally:
        window.extras[0].theme_actions["light"].trigger()
