"""The Briefing page's model: the deck being edited. Qt-free.

    state = BriefingState()                    # an empty deck
    state.add([deck.chart_slide("concentration")])
    state.move(0, 2); state.duplicate(1); state.remove([0])
    state.set_caption(0, "…"); state.set_notes(0, "…")
    state.undo.undo(); state.undo.redo()       # every edit is one undo step
    state.save(path); state.open(path); state.new(deck)
    state.dirty                                # unsaved changes?

Fields reported to subscribers: ``slides`` (content or order changed), ``current`` (the
selected slide), ``file`` (path/title/dirty changed). Every change calls the autosave hook
``schedule_autosave`` (the UI debounces it with a timer; by default it writes at once), which
writes the deck to its autosave file for crash recovery (reetool.data.deck_store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from reetool.data import deck as deckmod
from reetool.data.deck import Deck
from reetool.state.observable import Observable
from reetool.state.undo import Command, UndoStack


class BriefingState(Observable):
    def __init__(self, deck: Deck | None = None, path: Path | None = None,
                 autosave: bool = True) -> None:
        super().__init__()
        self.undo = UndoStack(limit=300)
        self.undo.subscribe(self._on_undo_stack)
        self.slides: list[dict] = []
        self.title = ""
        self.meta: dict = {}
        self.current = -1
        self.path: Path | None = None
        self._extra_dirty = False       # e.g. a recovered deck: unsaved although nothing undone
        self._autosave = None
        self.autosave_enabled = autosave
        self.schedule_autosave: Callable[[], None] = self.autosave_now
        self._load(deck or Deck(), path)

    # --- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.slides)

    def slide(self, index: int) -> dict:
        return self.slides[index]

    def index_of(self, slide_id: str) -> int:
        for i, s in enumerate(self.slides):
            if s["id"] == slide_id:
                return i
        raise KeyError(slide_id)

    @property
    def dirty(self) -> bool:
        return self._extra_dirty or not self.undo.is_clean()

    def to_deck(self) -> Deck:
        return Deck(title=self.title, slides=[dict(s) for s in self.slides], meta=dict(self.meta))

    # --- edits (each one undo step) -------------------------------------------------------
    def _apply(self, text: str, do: Callable[[], None], undo: Callable[[], None],
               merge_key: str | None = None) -> None:
        def run(fn):
            def inner():
                fn()
                self._touched()
            return inner
        self.undo.push(Command(text, run(do), run(undo), merge_key))

    def _touched(self) -> None:
        with self.batch():
            self.current = min(self.current, len(self.slides) - 1)
            if self.current < 0 and self.slides:
                self.current = 0
            self._changed("slides", "current", "file")

    def _on_undo_stack(self, _fields) -> None:
        """After every edit, undo and redo (the stack is up to date here, so is ``dirty``)."""
        self._changed("file")
        self.schedule_autosave()

    def add(self, slides: list[dict], at: int | None = None) -> list[int]:
        """Insert validated copies of ``slides`` at ``at`` (default: after the current slide);
        returns their indices and selects the last, so the next addition follows it."""
        new = [deckmod.check_slide(s, "slide", n) for n, s in enumerate(slides, start=1)]
        if not new:
            return []
        pos = len(self.slides) if at is None and self.current < 0 else (
            self.current + 1 if at is None else max(0, min(at, len(self.slides))))
        ids = [s["id"] for s in new]

        def do():
            self.slides[pos:pos] = [dict(s) for s in new]
            self.current = pos + len(new) - 1

        def undo():
            self.slides[:] = [s for s in self.slides if s["id"] not in ids]
            self.current = min(pos, len(self.slides)) - 1

        self._apply("Add slide" if len(new) == 1 else f"Add {len(new)} slides", do, undo)
        return list(range(pos, pos + len(new)))

    def duplicate(self, index: int) -> int:
        copy = deckmod.copy_slide(self.slides[index])
        return self.add([copy], at=index + 1)[0]

    def remove(self, indices) -> None:
        wanted = sorted({i for i in indices if 0 <= i < len(self.slides)})
        if not wanted:
            return
        removed = [(i, self.slides[i]) for i in wanted]

        def do():
            for i, _s in reversed(removed):
                del self.slides[i]
            self.current = min(wanted[0], len(self.slides) - 1)

        def undo():
            for i, s in removed:
                self.slides.insert(i, s)
            self.current = wanted[0]

        self._apply("Remove slide" if len(removed) == 1 else f"Remove {len(removed)} slides",
                    do, undo)

    def move(self, src: int, dst: int) -> bool:
        """Move the slide at ``src`` so that it ends up at index ``dst``."""
        n = len(self.slides)
        if not (0 <= src < n) or src == dst:
            return False
        dst = max(0, min(dst, n - 1))
        if src == dst:
            return False

        def shift(a, b):
            def fn():
                self.slides.insert(b, self.slides.pop(a))
                self.current = b
            return fn

        self._apply("Move slide", shift(src, dst), shift(dst, src))
        return True

    def _set_text(self, index: int, fld: str, value: str, lang: str | None, label: str) -> None:
        slide = self.slides[index]
        old = slide.get(fld, "")
        if isinstance(old, dict):
            new = {**old, (lang or "en"): value}
        else:
            new = value
        if new == old:
            return
        sid = slide["id"]

        def setter(v):
            def fn():
                self.slides[self.index_of(sid)][fld] = v
            return fn

        self._apply(label, setter(new), setter(old), merge_key=f"{fld}:{sid}:{lang}")

    TEXT_FIELDS = ("caption", "notes", "title", "body")

    def set_text(self, index: int, fld: str, value: str, lang: str | None = None) -> None:
        """Set a text field (caption, notes, or a title slide's title and body)."""
        if fld not in self.TEXT_FIELDS:
            raise KeyError(fld)
        self._set_text(index, fld, value, lang, f"Edit {fld}")

    def set_caption(self, index: int, value: str, lang: str | None = None) -> None:
        """Set the caption (in ``lang`` when the caption holds both languages)."""
        self._set_text(index, "caption", value, lang, "Edit caption")

    def set_notes(self, index: int, value: str, lang: str | None = None) -> None:
        self._set_text(index, "notes", value, lang, "Edit notes")

    def set_current(self, index: int) -> None:
        if -1 <= index < len(self.slides):
            self._set("current", index)

    # --- files ----------------------------------------------------------------------------
    def _load(self, deck: Deck, path: Path | None, dirty: bool = False) -> None:
        with self.batch():
            self.slides = [dict(s) for s in deck.slides]
            self.title = deck.title
            self.meta = dict(deck.meta)
            self.current = 0 if self.slides else -1
            self.path = Path(path) if path else None
            self._extra_dirty = dirty
            self.undo.clear()
            self._changed("slides", "current", "file")
        if not dirty:
            self.discard_autosave()

    def new(self, deck: Deck | None = None) -> None:
        """Start another deck (the caller asks about unsaved changes first)."""
        self._load(deck or Deck(), None, dirty=deck is not None and bool(deck.slides))
        if self.dirty:
            self.schedule_autosave()

    def open(self, path) -> None:
        """Open a deck file (DeckError when it is unreadable or malformed)."""
        self._load(deckmod.load_deck(path), Path(path))

    def restore(self, deck: Deck, origin: Path | None) -> None:
        """Take over a recovered deck: unsaved, remembering the file it came from."""
        self._load(deck, origin, dirty=True)
        self.schedule_autosave()

    def save(self, path=None) -> Path:
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file to save to: use save(path)")
        deckmod.save_deck(self.to_deck(), target)
        with self.batch():
            self.path = target
            self._extra_dirty = False
            self.undo.set_clean()
            self._changed("file")
        self.discard_autosave()
        return target

    def set_title(self, title) -> None:
        old = self.title
        if title == old:
            return

        def setter(v):
            def fn():
                self.title = v
            return fn

        self._apply("Rename deck", setter(title), setter(old), merge_key="title")

    # --- autosave -------------------------------------------------------------------------
    def autosave_now(self) -> Path | None:
        """Write the autosave file if there are unsaved changes (else remove it)."""
        if not self.autosave_enabled:
            return None
        if not self.dirty:
            self.discard_autosave()
            return None
        from reetool.data.deck_store import Autosave

        if self._autosave is None:
            self._autosave = Autosave()
        return self._autosave.write(self.to_deck(), self.path)

    def discard_autosave(self) -> None:
        if self._autosave is not None:
            self._autosave.discard()
