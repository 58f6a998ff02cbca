"""Where decks live: ``<user data>/decks/``, with autosave files for crash recovery. Qt-free.

    decks_dir() -> Path                       # <user data>/decks (created)
    decks_folder() -> Path                    # the same, not created
    list_decks() -> list[DeckInfo]            # saved decks, newest first
    Autosave(owner_path=None)                 # one per edited deck: .write(deck), .discard()
    recoverable() -> list[Recovery]           # autosaves left by a process that is gone
    Recovery.load() -> Deck, .discard()

An autosave file ``decks/autosave/<pid>-<token>.json`` holds the deck being edited and the
file it came from. It is written atomically after changes and removed when the deck is saved,
discarded or closed cleanly; one left behind by a process that no longer runs (a crash, a
kill) is offered back at the next start.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from reetool.data.deck import MAX_BYTES, SUFFIX, Deck, DeckError, deck_from_json, load_deck, text
from reetool.data.textio import atomic_write_text

AUTOSAVE = "autosave"


def decks_folder() -> Path:
    """``<user data>/decks``, not created (listing and checking need not create it)."""
    from reetool.appdirs import user_data_dir

    return user_data_dir() / "decks"


def decks_dir() -> Path:
    path = decks_folder()
    path.mkdir(parents=True, exist_ok=True)
    return path


def autosave_dir() -> Path:
    path = decks_dir() / AUTOSAVE
    path.mkdir(parents=True, exist_ok=True)
    return path


def deck_path(name: str) -> Path:
    """``decks/<name>.reedeck.json`` with the name made safe for every file system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip(" .")
    return decks_dir() / f"{safe or 'briefing'}{SUFFIX}"


@dataclass(frozen=True)
class DeckInfo:
    path: Path
    title: str
    slides: int
    modified: float
    error: str = ""


def list_decks(lang: str = "en") -> list[DeckInfo]:
    out = []
    for f in sorted(decks_folder().glob("*.json")):     # a missing folder lists nothing
        try:
            deck = load_deck(f)
            out.append(DeckInfo(f, text(deck.title, lang) or f.stem, len(deck.slides),
                                f.stat().st_mtime))
        except DeckError as exc:
            out.append(DeckInfo(f, f.stem, 0, f.stat().st_mtime, error=exc.message))
    return sorted(out, key=lambda d: d.modified, reverse=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class Autosave:
    """The autosave file of one deck being edited in this process."""

    def __init__(self) -> None:
        self.path = autosave_dir() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json"

    def write(self, deck: Deck, origin: Path | None) -> Path:
        body = {"autosave": 1, "pid": os.getpid(), "saved_at": time.time(),
                "origin": str(origin) if origin else None, "deck": deck.to_json()}
        atomic_write_text(self.path, json.dumps(body, ensure_ascii=False))
        return self.path

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


@dataclass(frozen=True)
class Recovery:
    path: Path
    origin: Path | None
    saved_at: float
    title: str
    slides: int

    def load(self) -> Deck:
        return _read(self.path)[1]

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


def _read(path: Path) -> tuple[dict, Deck]:
    if path.stat().st_size > MAX_BYTES * 2:
        raise DeckError(path, "autosave file is too large", code="too_large")
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DeckError(path, "autosave file is damaged", code="json") from None
    if not isinstance(body, dict) or not isinstance(body.get("deck"), dict):
        raise DeckError(path, "autosave file holds no deck", code="format")
    return body, deck_from_json(body["deck"], path)


def recoverable(lang: str = "en") -> list[Recovery]:
    """Autosaves of decks whose process is gone (newest first). Damaged ones are skipped."""
    out = []
    for f in sorted(autosave_dir().glob("*.json")):
        try:
            pid = int(f.name.split("-", 1)[0])
        except ValueError:
            pid = 0
        if _alive(pid):
            continue
        try:
            body, deck = _read(f)
        except (DeckError, OSError):
            continue
        origin = body.get("origin")
        out.append(Recovery(f, Path(origin) if isinstance(origin, str) else None,
                            float(body.get("saved_at") or f.stat().st_mtime),
                            text(deck.title, lang), len(deck.slides)))
    return sorted(out, key=lambda r: r.saved_at, reverse=True)
