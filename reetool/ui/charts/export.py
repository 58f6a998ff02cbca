"""Export a ChartView to PNG (2× or a chosen size), SVG and CSV; copy to the clipboard.

Images are rendered from the chart's own scene, so title, unit, data year and source line
are always included. SVG goes through pyqtgraph's SVGExporter with its 0.14.0 bare-"Z" close-path bug worked
around (reetool.ui.charts.svg). Every write is atomic.
"""

from __future__ import annotations

import csv
import io
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from reetool.data.csv_safety import safe_row
from reetool.data.textio import atomic_write_bytes, atomic_write_text
from reetool.ui.charts.spec import ChartSpec

CSV_COLUMNS = ("panel", "series", "category", "year", "value", "low", "high", "unit_or_text",
               "edition", "marker", "note", "source_ids")


def parse_size(text: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×*]\s*(\d{2,5})\s*", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _layout(view) -> None:
    """Make sure the canvas has a geometry (a never-shown widget has size 0)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if view.canvas.width() < 10 or view.canvas.height() < 10:
        view.resize(max(view.width(), 1000), max(view.height(), 640))
    if not view.isVisible():
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.show()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    view.canvas.ci.layout.activate()
    # Axes widen to fit their tick labels while painting: paint once, then lay out again.
    scratch = QImage(max(view.canvas.width(), 1), max(view.canvas.height(), 1),
                     QImage.Format.Format_ARGB32)
    painter = QPainter(scratch)
    _paint(view, painter, scratch.width(), scratch.height())
    painter.end()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    view.canvas.ci.layout.activate()


def _clone(view, size: tuple[int, int]):
    """A hidden copy of ``view`` at ``size`` with the same series hidden and ranges (built by
    the view's own class, so this module needs no import of the view: no import circle)."""
    other = type(view)(view.definition.name, view.params, toolbar=False,
                       follow_state=view.follow_state)
    other.log_y = view.log_y
    other.hidden = set(view.hidden)
    other.resize(*size)
    other.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    other.show()
    other.rebuild()
    _layout(other)
    return other


def dispose(widget) -> None:
    """Delete a temporary chart widget now (a deleteLater()ed offscreen view that Python had
    already released crashed a later LanguageChange delivery under PySide6 6.12)."""
    import shiboken6

    if shiboken6.isValid(widget):
        widget.close()
        shiboken6.delete(widget)


def _paint(view, painter: QPainter, w: int, h: int) -> None:
    if view.spec is None:
        raise RuntimeError(f"chart {view.definition.name} cannot be drawn: {view.error}")
    canvas = view.canvas
    # the background belongs to the view, not the scene: paint it first
    painter.fillRect(QRectF(0, 0, w, h), QColor(view.theme.background))
    source = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    canvas.scene().render(painter, QRectF(0, 0, w, h), source,
                          Qt.AspectRatioMode.IgnoreAspectRatio)


def prepare(view) -> None:
    """Lay out a (hidden) chart view once before painting it with ``paint_into``."""
    _layout(view)


def paint_into(view, painter: QPainter, rect: QRectF) -> None:
    """Draw a prepared chart into ``rect`` of an open painter (slides, PDF pages): the same
    scene as the screen and the image exports, so the same figures and provenance; vector
    output on vector devices such as QPdfWriter."""
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
    _paint(view, painter, rect.width(), rect.height())
    painter.restore()


def render_image(view, size: tuple[int, int] | None = None, scale: float = 2.0) -> QImage:
    """The chart as an image: its current size × ``scale``, or a fresh layout at ``size``."""
    target = view
    if size is not None and (size[0], size[1]) != (view.canvas.width(), view.canvas.height()):
        target = _clone(view, size)
    _layout(target)
    w, h = target.canvas.viewport().width(), target.canvas.viewport().height()
    if w <= 0 or h <= 0:
        raise RuntimeError("the chart has no size to render")
    img = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.white)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint(target, painter, img.width(), img.height())
    painter.end()
    if target is not view:
        dispose(target)
    return img


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError("could not encode the PNG image")
    buf.close()
    return bytes(data)


def write_png(view, path, size: tuple[int, int] | None = None, scale: float = 2.0) -> QImage:
    image = render_image(view, size=size, scale=scale)
    atomic_write_bytes(path, png_bytes(image), export=True)
    return image


def svg_bytes(view, size: tuple[int, int] | None = None) -> bytes:
    """The chart as SVG through pyqtgraph's exporter (see reetool.ui.charts.svg)."""
    from reetool.ui.charts import svg

    target = view if size is None else _clone(view, size)
    _layout(target)
    if target.spec is None:
        raise RuntimeError(f"chart {view.definition.name} cannot be drawn: {view.error}")
    try:
        return svg.svg_bytes(target.canvas.scene(), target.theme.background)
    finally:
        if target is not view:
            dispose(target)


def write_svg(view, path, size: tuple[int, int] | None = None) -> bytes:
    data = svg_bytes(view, size)
    atomic_write_bytes(path, data, export=True)
    return data


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:.6g}" if isinstance(v, float) else str(v)


def csv_text(spec: ChartSpec) -> str:
    """Plotted figures with provenance: '#' header lines, then one row per bar/point."""
    out = io.StringIO()
    for key, value in (("title", spec.title), ("unit", spec.unit), ("data_year", spec.data_year),
                       ("edition", spec.edition), ("sources", "; ".join(spec.all_sources())),
                       ("note", spec.footnote), ("chart", spec.name)):
        if value:
            out.write(f"# {key}: {value}\n")
    writer = csv.writer(out, lineterminator="\n")
    # further columns a builder adds (e.g. the map's iso3), after the standard ones
    extra = list(dict.fromkeys(k for p in spec.panels for s in p.series for d in s.data
                               for k in d.csv if k not in ("value", "marker")))
    writer.writerow(CSV_COLUMNS + tuple(extra))
    for n, panel in enumerate(spec.panels, start=1):
        for s in panel.series:
            for d in s.data:   # safe_row: no cell runs as a spreadsheet formula
                writer.writerow(safe_row([
                    n, s.label, d.label, "" if d.year is None else d.year,
                    _num(d.csv.get("value", d.y if d.y is None or not d.base else d.y - d.base)),
                    _num(d.low), _num(d.high), d.value_text, d.edition,
                    d.csv.get("marker", "estimated/earlier edition" if d.hollow else ""),
                    d.note, ";".join(d.source_ids),
                ] + [_num(d.csv.get(k)) for k in extra]))
    return out.getvalue()


def write_csv(spec: ChartSpec, path) -> str:
    text = csv_text(spec)
    atomic_write_text(path, text, export=True)
    return text


def copy_to_clipboard(view) -> QImage:
    image = render_image(view, scale=2.0)
    QGuiApplication.clipboard().setImage(image)
    return image


# --- the view's export actions: ask for a file, then write it ----------------------------

def _ask_path(view, caption: str, suffix: str, filt: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    if view.spec is None:
        return ""
    path, _ = QFileDialog.getSaveFileName(view, caption, f"{view.definition.name}.{suffix}", filt)
    return path


def ask_png(view) -> None:
    path = _ask_path(view, Q.translate("Charts", "Export PNG"), "png", "PNG (*.png)")
    if path:
        write_png(view, path, scale=2.0)


def ask_png_size(view) -> None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(view, Q.translate("Charts", "Export PNG at size"),
                                    Q.translate("Charts", "Size in pixels (width x height):"),
                                    text="1920x1080")
    if not ok:
        return
    size = parse_size(text)
    if size is None:
        return
    path = _ask_path(view, Q.translate("Charts", "Export PNG"), "png", "PNG (*.png)")
    if path:
        write_png(view, path, size=size, scale=1.0)


def ask_svg(view) -> None:
    path = _ask_path(view, Q.translate("Charts", "Export SVG"), "svg", "SVG (*.svg)")
    if path:
        write_svg(view, path)


def ask_csv(view) -> None:
    path = _ask_path(view, Q.translate("Charts", "Export CSV"), "csv", "CSV (*.csv)")
    if path:
        write_csv(view.spec, path)


def copy_image(view) -> None:
    if view.spec is not None:
        copy_to_clipboard(view)
