"""Title, figure, catalogue item and version change slides (drawn by SlideRenderer).

Each function draws into ``body`` (design units) and returns the slide's source line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QFontMetricsF

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
    if f.get("edition"):
        parts.append(f["edition"])
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


# --- catalogue --------------------------------------------------------------------------


def _item(r, slide: dict):
    from reetool.ui.briefing.render import Unavailable

    cat = r.catalogue()
    version, code = slide.get("version", ""), slide.get("code") or slide.get("item_id", "")
    if version not in cat.versions:
        raise Unavailable(
            Q.translate("Briefing", "Catalogue version {version} is not known here.").format(
                version=version
            )
        )
    item = cat.get(version, slide.get("item_id", "")) or next(iter(cat.find(code, version)), None)
    if item is None:
        raise Unavailable(
            Q.translate(
                "Briefing",
                "Item {code} of the {version} catalogue is not on this computer "
                "(it may come from an import of the official text).",
            ).format(code=code, version=version)
        )
    return cat, item


def catalogue_item(r, p, body: QRectF, slide: dict) -> str:
    cat, item = _item(r, slide)
    langs = slide.get("langs") or ["zh", "en"]
    info = cat.info(item.version)
    y = body.top()
    badge = tr(STATUS.get(item.status, item.status))
    head = f"{item.display_code}   {badge}"
    y += (
        r.text(
            p,
            QRectF(body.left(), y, body.width(), st.TITLE_PX * 1.4),
            head,
            st.TITLE_PX * 0.7,
            r.theme.warn if item.status == "prohibited" else r.theme.accent,
            bold=True,
        )
        + 4
    )
    instrument = info["instrument_zh"] if r.lang == "zh" else info["instrument_en"]
    y += (
        r.text(
            p,
            QRectF(body.left(), y, body.width(), st.SMALL_PX * 2.8),
            Q.translate("Briefing", "{version} catalogue · {instrument}").format(
                version=item.version, instrument=instrument
            ),
            st.SMALL_PX,
            r.theme.muted,
        )
        + 10
    )
    lines: list[tuple[str, bool, str]] = []
    if "zh" in langs:
        lines.append(
            (
                item.name_zh
                or Q.translate(
                    "Briefing", "Chinese item name: not attested in the available " "sources"
                ),
                True,
                r.theme.foreground,
            )
        )
    if "en" in langs:
        origin = {
            "third-party": Q.translate("Briefing", "(third-party translation)"),
            "reetool": Q.translate("Briefing", "(reetool rendering)"),
        }.get(item.name_en_origin, "")
        lines.append(
            (
                (item.name_en or Q.translate("Briefing", "English name: not available"))
                + " "
                + origin,
                "zh" not in langs,
                r.theme.foreground,
            )
        )
    for pt in item.points:
        num = pt.number or str(pt.seq)
        if "zh" in langs and pt.zh:
            lines.append((f"{num}. {pt.zh}", False, r.theme.foreground))
        if "en" in langs and pt.en:
            prefix = "    " if "zh" in langs and pt.zh else f"{num}. "
            lines.append(
                (prefix + pt.en, False, r.theme.muted if "zh" in langs else r.theme.foreground)
            )
    if not item.points:
        lines.append(
            (
                Q.translate("Briefing", "Control points: not attested in the available sources"),
                False,
                r.theme.muted,
            )
        )
    if item.partial:
        lines.append(
            (
                Q.translate(
                    "Briefing", "Incomplete record: see the Catalogue page for what is attested."
                ),
                False,
                r.theme.warn,
            )
        )
    size = st.fitted_size(
        [(t, b) for t, b, _c in lines], st.BODY_PX, body.width(), body.bottom() - y, 8
    )
    for t, b, c in lines:
        if y >= body.bottom():
            break
        y += (
            r.text(
                p,
                QRectF(body.left(), y, body.width(), body.bottom() - y),
                t,
                size,
                c,
                bold=b,
                min_px=size,
            )
            + 8
        )
    ids = list(item.sources) + [s for pt in item.points for s in pt.sources]
    return sources_line(ids)


def version_change(r, p, body: QRectF, slide: dict) -> str:
    from reetool.ui.briefing.render import Unavailable

    cat = r.catalogue()
    a, b = slide.get("from_version", ""), slide.get("to_version", "")
    missing = [v for v in (a, b) if v not in cat.versions]
    if missing:
        raise Unavailable(
            Q.translate("Briefing", "Catalogue version {version} is not known here.").format(
                version=missing[0]
            )
        )
    cmp = cat.compare(a, b)
    y = body.top()
    y += (
        r.text(
            p,
            QRectF(body.left(), y, body.width(), st.TITLE_PX * 1.3),
            f"{cmp.version_a} → {cmp.version_b}",
            st.TITLE_PX * 0.7,
            r.theme.accent,
            bold=True,
        )
        + 8
    )
    gap, w = 20.0, (body.width() - 40.0) / 3
    for k, kind in enumerate(("deleted", "added", "amended")):
        box = QRectF(body.left() + k * (w + gap), y, w, 108)
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(r.theme.card))
        p.drawRoundedRect(box, 10, 10)
        p.restore()
        count = cmp.official.get(kind)
        r.text(
            p,
            box.adjusted(16, 8, -16, -54),
            "—" if count is None else str(count),
            st.VALUE_PX * 0.8,
            r.theme.accent,
            bold=True,
        )
        r.text(p, box.adjusted(16, 60, -16, -4), tr(KIND[kind]), st.SMALL_PX + 2)
    y += 108 + 12
    named = len(cmp.entries)
    total = sum(cmp.official.values()) if cmp.official else None
    note = (
        Q.translate(
            "Briefing", "Official counts. {named} of the {total} changes are named by a source:"
        ).format(named=named, total=total)
        if total is not None
        else Q.translate("Briefing", "Official counts are not known. Changes named by a source:")
    )
    y += (
        r.text(
            p,
            QRectF(body.left(), y, body.width(), st.SMALL_PX * 2.8),
            note,
            st.SMALL_PX,
            r.theme.muted,
        )
        + 8
    )
    lines = []
    for e in cmp.entries:
        name = (e.name_zh or e.name_en) if r.lang == "zh" else (e.name_en or e.name_zh)
        mark = {"added": "+", "deleted": "−", "amended": "~"}[e.kind]
        name = name or Q.translate("Briefing", "(name not attested)")
        lines.append(
            f"{mark} {tr(KIND[e.kind])}: {name} " f"({tr(STATUS.get(e.status, e.status))})"
        )
    size = st.fitted_size(
        [(t, False) for t in lines], st.BODY_PX - 3, body.width(), body.bottom() - y, 4
    )
    for t in lines:
        if y >= body.bottom():
            break
        y += (
            r.text(p, QRectF(body.left(), y, body.width(), body.bottom() - y), t, size, min_px=size)
            + 4
        )
    ids = [s for v in cmp.steps for s in cat.info(v)["source_ids"]]
    ids += [s for e in cmp.entries if e.change for s in e.change.sources]
    return sources_line(ids)
