"""Chinese renders from the bundled font on a machine with no fonts at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication
from reetool.ui.app import configure

app = configure(QApplication([]), lang="zh")

def render(text):
    img = QImage(120, 40, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    p = QPainter(img)
    p.setFont(app.font())
    p.drawText(5, 30, text)
    p.end()
    return img

metrics = QFontMetrics(app.font())
covered = all(metrics.inFontUcs4(ord(c)) for c in "稀土出口管制")
# Two private-use code points have no glyph anywhere: they draw as the fallback box.
tofu_like = render("稀土") == render("\ue000\ue001")
print(app.font().family(), covered, tofu_like)
"""


def test_chinese_glyphs_come_from_the_bundled_font(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><fontconfig><cachedir>%s</cachedir></fontconfig>' % (tmp_path / "cache"))
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    family, covered, tofu_like = out.stdout.strip().rsplit(" ", 2)
    assert family == "reetool Sans CJK SC"
    assert covered == "True"
    assert tofu_like == "False"
