"""Catalogue item and version change slides (drawn by SlideRenderer): the catalogue as this
computer has it (bundle and imports); an item or version it lacks is a placeholder."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from reetool.ui.briefing import slide_text as st
from reetool.ui.briefing.slide_kinds import KIND, STATUS, sources_line, tr


def find_item(r, slide: dict):
    from reetool.ui.briefing.slide_text import Unavailable

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
    cat, item = find_item(r, slide)
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
    from reetool.ui.briefing.slide_text import Unavailable

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
