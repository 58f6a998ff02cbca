"""Reference page: the context a briefing needs, in four sections — Timeline of measures,
Elements, Supply chain and The article's claims. Renders ReferenceState; links go to the
Catalogue (version or item), the Charts page (commodity or prices) and the Sources page."""

from __future__ import annotations

from PySide6.QtCore import Signal, QUrl
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from reetool.state.reference import ReferenceState
from reetool.ui.page import Page
from reetool.ui.reference.chain_panel import ChainPanel
from reetool.ui.reference.claims_table import ClaimsTable
from reetool.ui.reference.elements_panel import ElementsPanel
from reetool.ui.reference.timeline_panel import TimelinePanel

SECTIONS = ("timeline", "elements", "chain", "claims")


class ReferencePage(Page):
    page_id = "reference"
    status_changed = Signal()

    def __init__(self, parent=None, state: ReferenceState | None = None):
        # Read every dataset before any widget exists: a broken bundle raises DataError here
        # and leaves no half-built widget behind.
        from reetool.data.reference import chain, claims, elements

        loaded = {"elements": elements(), "chain": chain(), "claims": claims()}
        state = state if state is not None else ReferenceState()
        super().__init__(parent)
        self.state = state
        self._catalogue = None
        self.heading = QLabel(objectName="reference_heading", wordWrap=True)
        self.tabs = QTabWidget(objectName="reference_tabs")
        self.timeline = TimelinePanel(self.state, self)
        self.elements = ElementsPanel(self.state, self.catalogue, self, loaded["elements"])
        self.chain = ChainPanel(self.catalogue, self, loaded["chain"])
        self.claims = ClaimsTable(self, loaded["claims"])
        for w in (self.timeline, self.elements, self.chain, self.claims):
            self.tabs.addTab(w, "")
            w.link_activated.connect(self.follow_link)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs, 1)
        self.state.subscribe(lambda _f: self.status_changed.emit())
        self.retranslate()
        if self.state.selected is None and self.state.timeline.events:
            self.state.select(self.state.timeline.events[-1].event_id)   # the newest measure

    def catalogue(self):
        if self._catalogue is None:
            from reetool.data.catalogue import load_catalogue

            self._catalogue = load_catalogue()
        return self._catalogue

    def show_section(self, name: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.index(name))

    def select_event(self, event_id: str) -> bool:
        """Show the timeline with ``event_id`` selected (clearing filters that hide it)."""
        if self.state.timeline.get(event_id) is None:
            return False
        self.show_section("timeline")
        if not any(e.event_id == event_id for e in self.state.visible()):
            self.state.clear_filters()
        self.state.select(event_id)
        return True

    def select_element(self, symbol: str) -> None:
        self.show_section("elements")
        self.state.select_element(symbol)

    # --- links --------------------------------------------------------------------------
    def follow_link(self, url: QUrl | str) -> bool:
        """Follow ``event:ID``, ``element:SYM``, ``catver:V``, ``catitem:V/CODE``,
        ``chart:COMMODITY`` (``chart:prices`` for prices) or ``source:ID``."""
        text = url.toString() if isinstance(url, QUrl) else str(url)
        scheme, _, target = text.partition(":")
        window = self.window()
        if scheme == "event":
            return self.select_event(target)
        if scheme == "element":
            self.select_element(target)
            return True
        if not hasattr(window, "show_page"):
            return False
        if scheme == "catver":
            window.show_page("catalogue").set_version(target)
            return True
        if scheme == "catitem":
            version, _, code = target.partition("/")
            return window.show_page("catalogue").select_item(version, code)
        if scheme == "source":
            return window.show_source(target)
        if scheme == "chart":
            from reetool.data import market
            from reetool.ui.state import app_state

            charts = window.show_page("charts")
            if target == "prices":
                charts.show_chart("oxide_prices")
                return True
            try:
                app_state().set("commodity", market.resolve_commodity(target))
            except LookupError:
                return False   # no bundled market data for it (e.g. germanium)
            charts.show_chart("production_shares")
            return True
        return False

    def status_text(self) -> str:
        return self.tr("{n} measures · status on {day} · bundle current to {date}").format(
            n=len(self.state.timeline.events), day=self.state.as_of.isoformat(),
            date=self.state.current_to or "—")

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Context for a briefing: dated measures and their status on a chosen day, the 17 "
            "elements, the supply chain and the article's claims — every row with its sources."))
        for i, title in enumerate((self.tr("Timeline"), self.tr("Elements"), self.tr("Supply chain"),
                                   self.tr("The article's claims"))):
            self.tabs.setTabText(i, title)
        for w in (self.timeline, self.elements, self.chain, self.claims):
            w.retranslate()
        self.status_changed.emit()

    def restyle(self) -> None:
        self.timeline.restyle()
        self.elements.restyle()
        self.claims.retranslate()          # the verdicts' colours

    def self_test(self) -> list[str]:
        assert len(self.state.timeline.events) >= 20, "fewer than 20 events"
        assert len(self.elements.buttons) == 17
        return [f"reference: {len(self.state.timeline.events)} events, "
                f"{len(self.chain.rows)} chain rows, {len(self.claims.claims)} claims"]
