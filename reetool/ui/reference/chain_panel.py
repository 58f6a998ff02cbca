"""Supply-chain section: mining → separation/refining → metals/alloys → magnets →
applications, each stage with the catalogue items tagged to it and China's share where a
sourced figure exists (mining computed from USGS; refining and magnets cited estimates)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from reetool.data.reference import chain
from reetool.ui.names import edition_name
from reetool.ui.reference import labels


class ChainPanel(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, catalogue_loader, parent=None, rows=None):
        super().__init__(parent)
        self._catalogue_loader = catalogue_loader
        self.rows = rows if rows is not None else chain()
        self.heading = QLabel(objectName="chain_heading", wordWrap=True)
        self.view = QTextBrowser(objectName="chain_view")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self.link_activated.emit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.view, 1)
        self.retranslate()

    def share_text(self, r) -> str:
        if r.share_pct is None:
            return self.tr("China's share: not available")
        text = self.tr("China's share: {pct} % ({year})").format(pct=f"{r.share_pct:.1f}", year=r.share_year)
        if r.share_basis == "computed":
            return text + " — " + self.tr("computed from USGS data")
        return text + " — " + self.tr("estimate from a cited source, not USGS")

    def note_text(self, r) -> str:
        """The share's note in the interface language: in Chinese the reetool rendering of the
        note and the computed figures said in Chinese (the data keep the English note)."""
        if not labels.zh_first():
            return r.share_note
        text = r.share_note_zh or r.share_note
        f = r.share_figures
        if f:
            text += self.tr("USGS {edition}, data year {year}: {china} of {world} t{est}.").format(
                edition=edition_name(f["edition"]), year=f["year"], china=f"{f['china']:,.0f}",
                world=f"{f['world']:,.0f}", est=self.tr(" (estimates)") if f["estimated"] else "")
        return text

    def html(self) -> str:
        esc = html.escape
        zh = labels.zh_first()
        items = self._catalogue_loader().all_items()
        stages = [r for r in self.rows if r.level == "stage"]
        apps = [r for r in self.rows if r.level == "application"]
        arrow = " → ".join(esc(r.name_zh if zh else r.name_en) for r in stages)
        out = [f"<p><b>{arrow}</b></p>"]
        for r in stages:
            tagged = [i for i in items if r.stage in i.stages]
            out.append(f"<h3>{esc(r.name_zh if zh else r.name_en)}</h3>")
            out.append(f"<p>{esc(r.description_zh if zh else r.description_en)}</p>")
            out.append(f"<p><b>{esc(self.share_text(r))}</b>"
                       + (f"<br><i>{esc(self.note_text(r))}</i>" if r.share_note else "") + "</p>")
            out.append("<p>" + esc(self.tr("Catalogue items tagged to this stage:")) + " " + (", ".join(
                f"<a href='catitem:{esc(i.version)}/{esc(i.code or i.item_id)}'>{esc(i.code or i.item_id)} ({esc(i.version)})</a>"
                for i in tagged) or esc(self.tr("none"))) + "</p>")
            out.append("<p>" + esc(self.tr("Sources:")) + " " + ", ".join(
                f"<a href='source:{esc(s)}'>{esc(s)}</a>" for s in r.sources) + "</p>")
        applications, sources_word = self.tr("Applications"), self.tr("Sources:")
        out.append(f"<h3>{esc(applications)}</h3><ul>")
        for r in apps:
            els = ", ".join(f"<a href='element:{esc(s)}'>{esc(s)}</a>" for s in r.elements)
            srcs = ", ".join(f"<a href='source:{esc(s)}'>{esc(s)}</a>" for s in r.sources)
            out.append(f"<li><b>{esc(r.name_zh if zh else r.name_en)}</b>: "
                       f"{esc(r.description_zh if zh else r.description_en)} "
                       f"[{els}] <i>{esc(sources_word)} {srcs}</i></li>")
        out.append("</ul>")
        if zh:
            note = self.tr("Chinese stage, application and share-note texts: reetool rendering")
            out.append(f"<p><i>{esc(note)}</i></p>")
        return "".join(out)

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "From ore to product. Mining share is computed from the newest bundled USGS edition; "
            "refining and magnet shares are estimates from cited sources and are marked as such."))
        self.view.setHtml(self.html())
