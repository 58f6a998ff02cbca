"""``reetool briefing list`` and ``reetool briefing export``: decks without the window.

    reetool briefing list
    reetool briefing export [--deck FILE] [--lang en|zh] [--theme light|dark|projector]
                            --out FILE.pdf | FILE.pptx | DIR/

Without ``--deck`` the ready-made deck is exported. ``DIR/`` (a trailing slash or an existing
folder) receives one PNG per slide at 2560×1440. Exports draw, so Qt is imported inside
``export`` only; ``list`` needs neither Qt nor pandas.
"""

from __future__ import annotations

import os

from pathlib import Path

from reetool.commands.errors import UserError

THEMES = ("light", "dark", "projector")


def register(sub) -> None:
    p = sub.add_parser("briefing", help="list briefing decks, or export one to PDF, PPTX or PNGs")
    bsub = p.add_subparsers(dest="briefing_command", metavar="ACTION")
    lp = bsub.add_parser("list", help="the ready-made deck and the decks in your data folder")
    lp.add_argument("--lang", choices=("en", "zh"), default="en")
    lp.set_defaults(func=run_list)
    ep = bsub.add_parser("export", help="export a deck: FILE.pdf, FILE.pptx or DIR/ (PNGs)")
    ep.add_argument("--deck", help="deck file (default: the ready-made deck)")
    ep.add_argument("--lang", choices=("en", "zh"), default="en")
    ep.add_argument("--theme", choices=THEMES, default="light")
    ep.add_argument("--out", required=True, help="FILE.pdf, FILE.pptx or DIR/ for PNGs")
    ep.set_defaults(func=run_export)
    p.set_defaults(func=lambda _args: (p.print_help(), 0)[1])


def _deck(path: str | None):
    from reetool.data import deck as d

    if path:
        return d.load_deck(path)
    from reetool.data.default_deck import default_deck

    return default_deck()


def run_list(args) -> int:
    from reetool.data import deck_store
    from reetool.data.deck import text

    default = _deck(None)
    print(f"(ready-made)  {text(default.title, args.lang)} — {len(default.slides)} slides")
    found = deck_store.list_decks(args.lang)
    for info in found:
        if info.error:
            print(f"{info.path}  (cannot be read: {info.error})")
        else:
            print(f"{info.path}  {info.title} — {info.slides} slides")
    if not found:
        print(f"no saved decks in {deck_store.decks_dir()}")
    return 0


def _target(out: str) -> tuple[str, Path]:
    path = Path(out)
    if out.endswith(("/", "\\")) or path.is_dir():
        return "png", path
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".pptx"):
        raise UserError(f"--out must be FILE.pdf, FILE.pptx or a folder ending in '/', "
                        f"not {out!r}")
    if not path.parent.exists():
        raise UserError(f"--out: the folder {path.parent} does not exist")
    return suffix[1:], path


def run_export(args) -> int:
    kind, path = _target(args.out)
    deck = _deck(args.deck)
    if not deck.slides:
        raise UserError(f"the deck {args.deck} has no slides")
    from reetool.ui.app import application, use_offscreen

    use_offscreen()
    application(lang=args.lang)
    from reetool.data.deck import text
    from reetool.ui.briefing.export_pdf import iter_pdf, iter_png, write_all
    from reetool.ui.briefing.render import SlideRenderer

    renderer = SlideRenderer(args.lang, args.theme)
    try:
        if kind == "pdf":
            n = write_all(iter_pdf(deck.slides, renderer, path, text(deck.title, args.lang)))
        elif kind == "pptx":
            from reetool.ui.briefing.export_pptx import PptxUnavailable, iter_pptx

            try:
                n = write_all(iter_pptx(deck.slides, renderer, path))
            except PptxUnavailable as exc:
                raise UserError(str(exc)) from None
        else:
            n = write_all(iter_png(deck.slides, renderer, path))
    except OSError as exc:      # name the file that failed when it is not the output
        other = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
        if os.environ.get("REETOOL_DEBUG"):
            raise
        raise UserError(f"could not write {path}: {exc.strerror or exc}{other}") from None
    finally:
        renderer.clear()
    what = {"pdf": "PDF", "pptx": "PowerPoint", "png": "PNG files"}[kind]
    print(f"wrote {path} ({what}, {n} slides, {args.lang}, {args.theme})")
    return 0
