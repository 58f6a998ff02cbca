"""An axis title that is longer than its axis is hidden rather than drawn over the chart's
subtitle: on a short plot (the Market page's scenario chart on a projector at 1024×768) the
rotated title of the value axis ran up into the lines above the plot. The unit is always in
the subtitle ("Unit: …"), so nothing is lost; the title comes back when the plot grows.
"""

from __future__ import annotations


def fit_left_title(plot) -> None:
    """Keep the left axis title of ``plot`` shown only while it fits the axis's height."""
    axis = plot.getAxis("left")

    def fit(*_):
        fits = axis.label.boundingRect().width() <= axis.height()
        if fits != axis.label.isVisible():
            axis.showLabel(fits)

    plot.vb.sigResized.connect(fit)
