"""Register the bundled CJK font so Chinese renders on machines without one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reetool import resources

_FAMILY: list[str] = []


def register_fonts() -> str:
    """Load the bundled fonts once; returns the family name."""
    if not _FAMILY:
        family = ""
        for f in sorted(resources.path("fonts").glob("*.otf")):
            fid = QFontDatabase.addApplicationFont(str(f))
            if fid >= 0 and not family:
                family = QFontDatabase.applicationFontFamilies(fid)[0]
        _FAMILY.append(family)
    return _FAMILY[0]


def apply_app_font(app: QApplication, point_size: float | None = None) -> QFont:
    """Make the bundled font the application font (it covers Latin and Chinese)."""
    family = register_fonts()
    font = QFont(app.font())
    if family:
        font.setFamilies([family])
    if point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    return font
