"""The wrapping row used for buttons and filters on narrow screens."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from reetool.ui.flow_layout import flow_row
from reetool.ui.market.table_model import wrapped_title


def test_a_row_wraps_when_the_width_runs_out(app, qtbot):
    buttons = [QPushButton(f"Button number {n}") for n in range(4)]
    row = flow_row(*buttons, spacing=6)
    qtbot.addWidget(row)
    widths = [b.sizeHint().width() for b in buttons]
    one_line = sum(widths) + 6 * 3
    flow = row.layout()
    assert flow.sizeHint().width() == one_line
    assert flow.minimumSize().width() == max(widths)       # the widest button, no more
    tall = max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(one_line) == tall             # one line
    assert flow.heightForWidth(max(widths)) == 4 * tall + 3 * 6   # one button a line
    row.resize(widths[0] + widths[1] + 6 + 2, flow.heightForWidth(widths[0] + widths[1] + 8))
    row.show()
    qtbot.wait(10)
    assert buttons[0].y() == buttons[1].y() < buttons[2].y() == buttons[3].y()
    assert buttons[2].x() == buttons[0].x() == 0


def test_narrow_table_titles_wrap_to_about_half_their_length():
    assert wrapped_title("Value (metric tons)") == "Value\n(metric tons)"   # the bracket whole
    assert wrapped_title("Share of world") == "Share of\nworld"
    # 29 characters → lines of at most 29 // 2 + 1 = 15
    assert wrapped_title("Reserves / production (years)") == "Reserves /\nproduction\n(years)"
    assert wrapped_title("数值（吨）") == "数值（吨）"            # no space: whole
    assert wrapped_title("Flags") == "Flags"
