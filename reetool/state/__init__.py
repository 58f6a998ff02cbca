"""Qt-free page state: one plain-Python model per page, bound to by the widgets.

Each model holds what a page shows and what the user changed (selection, parameters,
edits with undo/redo, a deck) and tells its listeners what changed through
``Observable.subscribe``. Widgets render from the model and write user input back into
it; they do not keep their own copy. Nothing here imports Qt, pyqtgraph or
``reetool.ui`` (tests/test_qt_free_core.py checks it), so every model is testable without a
display, and headless commands can drive the same models the pages use.

    observable.py   Observable (change callbacks, batched notification)
    undo.py         UndoStack (commands with do/undo, clean mark, limit)
    app.py          AppState: what the pages share (commodity, edition, year, metric,
                    country, scenario, theme); reetool.ui.state adapts it to Qt signals
    market.py       MarketState (Market page); market_edits.py, market_scenario.py
    catalogue.py    CatalogueState (Catalogue page)
"""
