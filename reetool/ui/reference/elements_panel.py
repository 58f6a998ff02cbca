"""Elements section: a periodic strip of the 17 rare-earth elements and the detail of one:
atomic data, groupings (each named by its source), crustal abundance, uses with sources,
bundled prices, the measures that name it and the catalogue items that mention it."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QLabel, QSizePolicy, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from reetool.data.reference import elements, items_naming, price_series
from reetool.state.reference import ReferenceState
from reetool.ui.names import unit_name
from reetool.ui.reference import labels
from reetool.ui.theme_colors import tone

# USGS light / heavy grouping → the theme's tint behind the theme's own text colour
GROUP_TINTS = {"LREE": "tint_blue", "HREE": "tint_orange", "neither": "tint_grey"}


class ElementsPanel(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, state: ReferenceState, catalogue_loader, parent=None, info=None):
        super().__init__(parent)
        self.state = state
        self._catalogue_loader = catalogue_loader
        self._catalogue = None
        self.info = {e.symbol: e for e in (info if info is not None else elements())}
        self.heading = QLabel(objectName="elements_heading", wordWrap=True)
        strip = QGridLayout()
        strip.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for col, (sym, el) in enumerate(self.info.items()):
            b = QToolButton(objectName=f"element_{sym}")
            b.setCheckable(True)
            b.setText(f"{el.atomic_number}\n{sym}")
            b.setMinimumSize(40, 44)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, s=sym: self.state.select_element(s))
            self.group.addButton(b)
            self.buttons[sym] = b
            strip.addWidget(b, 0, col)
        self.legend = QLabel(objectName="elements_legend", wordWrap=True)
        self.detail = QTextBrowser(objectName="elements_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.link_activated.emit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.heading)
        lay.addLayout(strip)
        lay.addWidget(self.legend)
        lay.addWidget(self.detail, 1)
        state.subscribe(lambda _f: self.show_element(state.element), fields=("element", "events", "as_of"))
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        """The strip in the current theme: tinted buttons with the theme's text colour; the
        chosen one in the selection colours."""
        for sym, b in self.buttons.items():
            tint = tone(GROUP_TINTS.get(self.info[sym].groups.get("USGS (light/heavy)"), "tint_grey"))
            b.setStyleSheet(
                f"QToolButton {{ background: {tint}; color: {tone('text')}; "
                f"border: 1px solid {tone('border')}; }}"
                f" QToolButton:checked {{ background: {tone('highlight')}; "
                f"color: {tone('highlight_text')}; font-weight: bold; }}")

    def catalogue(self):
        if self._catalogue is None:
            self._catalogue = self._catalogue_loader()
        return self._catalogue

    def show_element(self, symbol: str | None) -> None:
        if symbol is None:
            self.detail.setHtml("")
            return
        self.buttons[symbol].setChecked(True)
        self.detail.setHtml(self.detail_html(symbol))

    def detail_html(self, sym: str) -> str:
        esc = html.escape
        el = self.info[sym]
        zh = labels.zh_first()
        name = labels.element(sym)
        heading = self.tr("{symbol} — {name} (English: {english})").format(
            symbol=sym, name=name, english=el.name) if name != el.name else f"{sym} — {name}"
        out = [f"<h3>{esc(heading)}</h3>"]
        weight_note = (el.atomic_weight_note_zh or el.atomic_weight_note) if zh else el.atomic_weight_note
        rows = [(self.tr("Atomic number"), str(el.atomic_number)),
                (self.tr("Atomic weight"), f"{el.atomic_weight:g}" + (
                    f" <i>({esc(weight_note)})</i>" if sym == "Pm" else "")),
                (self.tr("Crustal abundance"), self.tr("{v} mg/kg").format(v=f"{el.crust_abundance:g}")
                 if el.crust_abundance is not None else esc(self.tr("not available")))]
        for scheme, group in el.groups.items():
            rows.append((self.tr("Grouping: {scheme}").format(scheme=labels.group_scheme(scheme)),
                         esc(labels.group(group))))
        uses = (el.applications_zh or el.applications) if zh else el.applications
        source_line = self.tr("Source: {s} ({q})").format(s=el.applications_source,
                                                          q=labels.quality(el.applications_quality))
        rendering = self.tr("(reetool rendering)") if zh and el.applications_zh else ""
        rows.append((self.tr("Main uses"), esc(uses or self.tr("not available"))
                     + (f" <i>{esc(rendering)}</i>" if rendering else "")
                     + f"<br><i>{esc(source_line)}</i>"))
        prices = price_series(sym)
        if prices:
            latest: dict[str, dict] = {}
            for p in prices:
                if p["value"] is not None and (p["product"] not in latest or
                                               (p["data_year"], p["edition"]) >= (latest[p["product"]]["data_year"], latest[p["product"]]["edition"])):
                    latest[p["product"]] = p
            text = "; ".join(self.tr("{product}: {v} {unit} ({year}, {edition}{est})").format(
                product=p["product"], v=f"{p['value']:g}", unit=unit_name(p["unit"]), year=p["data_year"],
                edition=p["edition"], est=self.tr(", estimate") if p["estimated"] else "")
                for p in latest.values())
            rows.append((self.tr("Price (newest bundled)"), esc(text) + " " + esc(self.tr(
                "(product names in USGS's English)")) + " " + esc(self.tr(
                "— full series on the Charts page")) + " <a href='chart:prices'>→</a>"))
        else:
            rows.append((self.tr("Price"), esc(self.tr("no price series bundled"))))
        measures = self.state.timeline.naming_element(sym)
        rows.append((self.tr("Measures naming it"), ", ".join(
            f"<a href='event:{esc(e.event_id)}'>{esc(e.announced)} "
            f"{esc((e.title_zh if zh else '') or e.instrument or e.title_en)}</a>"
            f" ({esc(labels.status(self.state.status_of(e.event_id).key))})" for e in measures)
            or esc(self.tr("none in the bundle"))))
        items = items_naming(sym, self.catalogue())
        rows.append((self.tr("Catalogue items that mention it"), ", ".join(
            f"<a href='catitem:{esc(i.version)}/{esc(i.code or i.item_id)}'>{esc(i.code or i.item_id)} ({esc(i.version)})</a>"
            for i in items) or esc(self.tr("none among the attested items"))))
        rows.append((self.tr("Sources"), ", ".join(f"<a href='source:{esc(s)}'>{esc(s)}</a>" for s in el.sources)))
        body = "".join(f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
        return "".join(out) + f"<table cellspacing='3'>{body}</table>"

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The 17 rare-earth elements: scandium, yttrium and the 15 "
                                     "lanthanides. Choose one to see its data and what names it."))
        self.legend.setText(self.tr("Colour: USGS light (blue) / heavy (orange) grouping; scandium "
                                    "is in neither. Other groupings are named by their source."))
        self.detail.setPlaceholderText(self.tr("Choose an element above to see its data, its "
                                               "prices and the measures and items that name it."))
        for sym, b in self.buttons.items():
            b.setToolTip(labels.element(sym))
        self.show_element(self.state.element)

