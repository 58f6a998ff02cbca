"""Title and figure slides (drawn by SlideRenderer), and the labels the other kinds share.

Each function draws into ``body`` (design units) and returns the slide's source line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QFontMetricsF

from reetool.data.names import edition_version_zh
from reetool.ui.briefing import slide_text as st

CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
UNITS = {
    "% of world total": QT_TRANSLATE_NOOP("Briefing", "% of world total"),
    "t": QT_TRANSLATE_NOOP("Briefing", "t"),
    "metric tons": QT_TRANSLATE_NOOP("Briefing", "metric tons"),
    "metric tons REO": QT_TRANSLATE_NOOP("Briefing", "metric tons REO"),
}
STATUS = {
    "prohibited": QT_TRANSLATE_NOOP("Briefing", "Prohibited from export"),
    "restricted": QT_TRANSLATE_NOOP("Briefing", "Restricted for export"),
}
KIND = {
    "deleted": QT_TRANSLATE_NOOP("Briefing", "Deleted"),
    "added": QT_TRANSLATE_NOOP("Briefing", "Added"),
    "amended": QT_TRANSLATE_NOOP("Briefing", "Amended"),
}


def tr(text: str) -> str:
    return Q.translate("Briefing", text)


def unit_text(unit: str) -> str:
    return tr(UNITS[unit]) if unit in UNITS else unit


def sources_line(ids) -> str:
    ids = list(dict.fromkeys(i for i in ids if i))
    if not ids:
        return ""
    return Q.translate("Briefing", "Source: {ids}").format(ids="; ".join(ids))


# --- title / text -----------------------------------------------------------------------


def title(r, p, body: QRectF, slide: dict) -> str:
    head, text = r.t(slide.get("title")), r.t(slide.get("body"))
    caption = r.t(slide.get("caption"))
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) <= 3:  # a title slide: centred
        y = body.top() + body.height() * 0.18
        used = r.text(
            p,
            QRectF(body.left(), y, body.width(), st.TITLE_PX * 3.6),
            head,
            st.TITLE_PX,
            r.theme.accent,
            bold=True,
            align=CENTER,
            min_px=34,
        )
        y += used + 30
        for line in lines:
            y += (
                r.text(
                    p,
                    QRectF(body.left(), y, body.width(), st.BODY_PX * 2.8),
                    line,
                    st.BODY_PX + 3,
                    r.theme.foreground,
                    align=CENTER,
                )
                + 12
            )
        if caption:
            r.text(
                p,
                QRectF(body.left(), y + 18, body.width(), body.bottom() - y - 18),
                caption,
                st.BODY_PX,
                r.theme.muted,
                align=CENTER,
            )
        return ""
    used = r.text(
        p,
        QRectF(body.left(), body.top(), body.width(), st.TITLE_PX * 1.5),
        head,
        st.TITLE_PX * 0.78,
        r.theme.accent,
        bold=True,
    )
    top = body.top() + used + 18
    if caption:
        top += (
            r.text(
                p,
                QRectF(body.left(), top, body.width(), st.BODY_PX * 2.8),
                caption,
                st.BODY_PX,
                r.theme.muted,
            )
            + 14
        )
    avail = body.bottom() - top
    bullets = [f"•  {x}" for x in lines]
    size = st.fitted_size([(b, False) for b in bullets], st.BODY_PX, body.width(), avail, 8)
    for b in bullets:
        h = r.text(
            p,
            QRectF(body.left(), top, body.width(), max(0.0, body.bottom() - top)),
            b,
            size,
            min_px=size,
        )
        top += h + 8
        if top >= body.bottom():
            break
    return ""


# --- figures ----------------------------------------------------------------------------


def value_text(f: dict) -> str:
    v = f.get("value")
    if v is None:
        flag = f.get("flag") or ""
        return Q.translate("Briefing", "not available") + (f" ({flag})" if flag else "")
    unit = f.get("unit") or ""
    if unit.startswith("%"):
        num = f"{v:.2f} %" if 0 < abs(v) < 0.1 else f"{v:.1f} %"
    else:
        num = f"{v:,.0f}" if abs(v - round(v)) < 1e-9 else f"{v:,.2f}"
        num += f" {unit_text(unit)}" if unit else ""
    return f"{f['comparator']} {num}" if f.get("comparator") else num


def provenance(f: dict) -> str:
    """Unit, edition and data year in one short line (the card's fine print)."""
    parts = [unit_text(f.get("unit") or "—")]
    if f.get("edition"):     # "MCS2026 v1.0 data release": the edition code stays as published
        from reetool.ui.names import is_chinese

        zh = edition_version_zh(f["edition"]) if is_chinese() else None
        parts.append(zh or f["edition"])
    if f.get("data_year") is not None:
        parts.append(Q.translate("Briefing", "data year {year}").format(year=f["data_year"]))
    return " · ".join(parts)


def figures(r, p, body: QRectF, slide: dict) -> str:
    figs = slide.get("figures") or []
    n = len(figs)
    cols = n if n <= 3 else 2
    rows = math.ceil(n / cols)
    gap = 20.0
    cw = (body.width() - gap * (cols - 1)) / cols
    ch = (body.height() - gap * (rows - 1)) / rows
    inner = (cw - 40, ch - 26)
    # one type scale for every card, so the figures of a slide look alike
    scale = min((_card_scale(r, f, *inner) for f in figs), default=1.0)
    ids: list[str] = []
    for k, f in enumerate(figs):
        x = body.left() + (k % cols) * (cw + gap)
        y = body.top() + (k // cols) * (ch + gap)
        _figure_card(r, p, QRectF(x, y, cw, ch), f, scale)
        ids += f.get("source_ids") or []
    return sources_line(ids)


def _card_parts(r, f: dict) -> tuple[str, str, list[str], str, str]:
    marks = []
    if f.get("estimated"):
        marks.append(Q.translate("Briefing", "estimate"))
    if f.get("value") is None:
        marks.append(Q.translate("Briefing", "missing in the source, not zero"))
    return r.t(f.get("label")), value_text(f), marks, r.t(f.get("note")), provenance(f)


def _sizes(scale: float) -> tuple[float, float, float]:
    return (
        max(st.MIN_PX, st.BODY_PX * scale * 0.9),
        max(st.MIN_PX, st.VALUE_PX * scale),
        max(st.MIN_PX, st.SMALL_PX * scale),
    )


def _card_scale(r, f: dict, width: float, height: float) -> float:
    label, value, marks, note, prov = _card_parts(r, f)
    for scale in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.5, 0.4):
        a, b, c = _sizes(scale)
        if QFontMetricsF(st.font(b, True)).horizontalAdvance(value) > width:
            continue  # the value stays on one line
        need = (
            st.measure(label, a, width, True)
            + st.measure(value, b, width, True)
            + sum(st.measure(t, c, width) for t in [" · ".join(marks), note, prov] if t)
            + 6 * 4
        )
        if need <= height:
            return scale
    return 0.4


def _figure_card(r, p, box: QRectF, f: dict, scale: float) -> None:
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(r.theme.card))
    p.drawRoundedRect(box, 12, 12)
    p.restore()
    inner = box.adjusted(20, 14, -20, -12)
    label, value, marks, note, prov = _card_parts(r, f)
    sizes = _sizes(scale)
    y = inner.top()
    y += (
        r.text(
            p,
            QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
            label,
            sizes[0],
            bold=True,
            min_px=sizes[0],
        )
        + 6
    )
    color = r.theme.warn if f.get("value") is None else r.theme.accent
    y += (
        r.text(
            p,
            QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
            value,
            sizes[1],
            color,
            bold=True,
            min_px=sizes[1],
        )
        + 6
    )
    for t, c in (
        (" · ".join(marks), r.theme.warn),
        (note, r.theme.foreground),
        (prov, r.theme.muted),
    ):
        if t and y < inner.bottom():
            y += (
                r.text(
                    p,
                    QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
                    t,
                    sizes[2],
                    c,
                    min_px=sizes[2],
                )
                + 6
            )
