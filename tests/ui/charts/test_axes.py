"""The charts' grid: drawn opaque (a semi-transparent line costs Qt's raster engine about
twenty times an opaque one), behind the data, fainter lines first, and redrawn with the
axes when the range changes."""

from __future__ import annotations

from PySide6.QtGui import QColor

from reetool.ui.charts.axes import LAYER_Z, GridAxis, GridLayer, mixed


class RecordingPainter:
    """Stands in for QPainter in GridLayer.paint: notes each pen and line."""

    def __init__(self):
        self.lines = []
        self.pen = None

    def setRenderHint(self, *_a):  # noqa: N802
        pass

    def setClipRect(self, *_a):  # noqa: N802
        pass

    def setPen(self, pen):  # noqa: N802
        self.pen = pen

    def drawLine(self, line):  # noqa: N802
        self.lines.append((QColor(self.pen.color()), line))


def layer_of(plot) -> GridLayer:
    return next(it for it in plot.vb.childItems() if isinstance(it, GridLayer))


def test_mixed_colour_is_the_colour_seen_over_the_background():
    # #111111 at alpha 60 over white: 255 − 60/255 × (255 − 17) = 199.0 per channel
    seen = mixed(QColor(17, 17, 17, 60), QColor("white"))
    assert (seen.red(), seen.green(), seen.blue(), seen.alpha()) == (199, 199, 199, 255)
    # over the dark theme's background the same line lightens it: 30 + 60/255 × (17 − 30)
    dark = mixed(QColor(17, 17, 17, 60), QColor(30, 30, 30))
    assert dark.red() == round(30 + 60 / 255 * (17 - 30))


def test_grid_lines_are_opaque_fainter_first_and_behind_the_data(make_view):
    view = make_view("oxide_prices")
    plot = view.plots[0][0]
    axes = [plot.getAxis("left"), plot.getAxis("bottom")]
    assert all(isinstance(ax, GridAxis) for ax in axes)
    layer = layer_of(plot)
    assert layer.zValue() == LAYER_Z < plot.vb.childGroup.zValue()      # data drawn over it
    painter = RecordingPainter()
    layer.paint(painter)
    handed = sum(len(ax.grid_lines) for ax in axes)
    assert handed > 20 and len(painter.lines) == handed                 # both axes' grids
    assert all(color.alpha() == 255 for color, _line in painter.lines)
    order = sorted((a for ax in axes for a, _c, _l in ax.grid_lines))
    drawn = [next(a for ax in axes for a, c, _l in ax.grid_lines if c == color)
             for color, _line in painter.lines]
    assert drawn == order                                               # fainter first


def test_axes_draw_no_semi_transparent_tick_lines_of_their_own(make_view):
    from PySide6.QtGui import QImage, QPainter

    view = make_view("oxide_prices")
    plot = view.plots[0][0]
    axis = plot.getAxis("left")
    axis.picture = None
    specs = []
    original = axis.drawPicture.__func__

    def spy(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N803
        specs.append(len(tickSpecs))
        return original(self, p, axisSpec, tickSpecs, textSpecs)

    axis.drawPicture = spy.__get__(axis)
    image = QImage(50, 50, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    axis.paint(p, None, None)
    p.end()
    assert specs and axis.grid_lines                 # ticks generated, handed to the layer
    assert all(a < 255 for a, _c, _l in axis.grid_lines)


def test_the_grid_follows_a_range_change(make_view, qtbot):
    view = make_view("oxide_prices")
    plot = view.plots[0][0]
    layer = layer_of(plot)
    before = RecordingPainter()
    layer.paint(before)
    plot.vb.setYRange(0.0, 1.0, padding=0)            # log10 units: 1 to 10 US$/kg
    qtbot.wait(20)
    after = RecordingPainter()
    layer.paint(after)
    ys = lambda rec: sorted(round(line.y1(), 1) for _c, line in rec.lines  # noqa: E731
                            if line.y1() == line.y2())
    assert ys(before) != ys(after)
