"""One line per store of user data, for start-up and ``self-test`` (user_files.STORE_CHECKS).

Each function reads its store through the store's own reader, so a damaged file is set aside
and reported (DataError) on the way. Kept apart from reetool.data.store_checks, whose shape
checks the stores themselves call, so that no store imports another through this module.
"""

from __future__ import annotations

from reetool.data.errors import DataError

def check_catalogue() -> str:
    from reetool.data.catalogue_store import ImportStore

    imports = ImportStore().imports()
    return f"catalogue imports: {len(imports)} ({sum(i['items'] for i in imports)} items)"


def check_market_imports() -> str:
    from reetool.data.market_store import list_imports

    entries = list_imports()
    bad = [e for e in entries if e.get("error")]
    return (f"market imports: {len(entries) - len(bad)} ({sum(e['rows'] for e in entries)} rows)"
            + (f", {len(bad)} damaged (set aside)" if bad else ""))


def check_market_edits() -> str:
    from reetool.data.market_user import EditStore, list_scenarios, load_scenario

    store = EditStore()
    if store.load_error:
        raise DataError(store.path, store.load_error.split(": ", 1)[-1], code="damaged")
    n_bad = 0
    scenarios = list_scenarios()
    for path in scenarios:
        try:
            load_scenario(path)
        except DataError:
            n_bad += 1
    return (f"market edits: {len(store.tables)} edited tables; scenarios: {len(scenarios) - n_bad}"
            + (f", {n_bad} damaged (set aside)" if n_bad else ""))


def check_timeline_events() -> str:
    from reetool.data.timeline_store import UserEventStore

    store = UserEventStore()
    if store.load_error:
        raise DataError(store.path, store.load_error.split(": ", 1)[-1], code="damaged")
    return f"timeline events: {len(store.events)}"


def check_decks() -> str:
    """Saved briefing decks; an unreadable one stays where it is (it may be a newer format
    from another laptop) and is named, with autosaves waiting to be offered back."""
    from reetool.data.deck_store import AUTOSAVE, decks_folder, list_decks

    decks = list_decks()                         # creates no folder
    bad = sorted(d.path.name for d in decks if d.error)
    autosaves = len(list((decks_folder() / AUTOSAVE).glob("*.json")))
    return (f"briefing decks: {len(decks) - len(bad)}"
            + (f", {len(bad)} unreadable ({', '.join(bad)})" if bad else "")
            + (f"; autosaves: {autosaves}" if autosaves else ""))
