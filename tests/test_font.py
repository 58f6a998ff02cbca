"""The bundled CJK font covers every character the app can show."""

from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent


def test_font_covers_data_and_translations():
    font = ROOT / "resources" / "fonts" / "NotoSansSC-reetool-Regular.otf"
    cmap = TTFont(str(font)).getBestCmap()
    text = set()
    for pattern in ("resources/data/*.csv", "resources/i18n/*.ts"):
        for f in ROOT.glob(pattern):
            text |= set(f.read_text(encoding="utf-8"))
    missing = sorted(ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in cmap)
    assert missing == [], f"rerun tools/subset_font.py; missing {''.join(missing)!r}"


def test_font_is_licensed():
    assert "SIL OPEN FONT LICENSE Version 1.1" in (ROOT / "resources" / "fonts" / "OFL.txt").read_text()
