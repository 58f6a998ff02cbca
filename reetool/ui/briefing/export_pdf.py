"""Deck exports through the slide renderer: PDF (QPdfWriter) and one PNG per slide (2×).

Both are generators that yield the number of slides done, so the page can show progress and
cancel (reetool.ui.briefing.export_run), and the headless command can simply run them out.
The PDF is built in memory and written atomically only when every page is drawn, so a
cancelled export leaves nothing behind. Text in the PDF stays text, in the bundled Noto Sans
CJK subset that Qt embeds; charts are drawn from their scene, so they are vector paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from reetool.data.textio import atomic_write_bytes

PAGE_MM = QSizeF(254.0, 142.875)     # 10 × 5.625 in: PowerPoint's 16:9 page
PDF_DPI = 96                          # charts are laid out at 96 dpi: keep their proportions
PNG_SIZE = QSize(2560, 1440)          # 2 × 1280 × 720


def iter_pdf(slides: list[dict], renderer, path, title: str = "") -> Iterator[int]:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_MM, QPageSize.Unit.Millimeter, "reetool 16:9"),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("reetool")
    painter = QPainter()
    done = False
    try:
        if not painter.begin(writer):
            raise OSError("could not start the PDF")
        n = len(slides)
        for i, slide in enumerate(slides):
            if i:
                writer.newPage()
            renderer.paint(painter, QRectF(0, 0, writer.width(), writer.height()), slide, i + 1, n)
            yield i + 1
        done = True
    finally:
        if painter.isActive():
            painter.end()
        buf.close()
    if done:
        atomic_write_bytes(Path(path), bytes(data))


def png_name(number: int) -> str:
    return f"slide-{number:02d}.png"


def iter_png(slides: list[dict], renderer, folder, size: QSize = PNG_SIZE) -> Iterator[int]:
    """One PNG per slide in ``folder`` (slide-01.png …), each written atomically."""
    from reetool.ui.charts.export import png_bytes

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    n = len(slides)
    for i, slide in enumerate(slides):
        image = renderer.image(slide, i + 1, n, size)
        atomic_write_bytes(folder / png_name(i + 1), png_bytes(image))
        yield i + 1


def write_all(steps: Iterator[int]) -> int:
    """Run an export to the end (headless); returns the number of slides."""
    done = 0
    for done in steps:
        pass
    return done
