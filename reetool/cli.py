"""Command line: no sub-command opens the window; a sub-command runs headless.

Each sub-command lives in a module of ``reetool.commands`` with a ``register(subparsers)``
function; adding a command is one line in COMMAND_MODULES. Command modules import their
heavy dependencies inside the command, so building the parser stays cheap.
"""

from __future__ import annotations

import os
import sys

from reetool import __version__
from reetool.commands.errors import UserError
from reetool.data.errors import DataError

COMMAND_MODULES = (
    "reetool.commands.selftest",
    "reetool.commands.screenshot",
    "reetool.commands.catalogue",
    "reetool.commands.market",
    "reetool.commands.chart",
    "reetool.commands.reference",
    "reetool.commands.briefing",
)


def build_parser(commands: bool = True):
    """The command line (an ``argparse.ArgumentParser``); ``commands=False`` leaves the
    sub-commands out."""
    import argparse
    import importlib
    import importlib.util

    parser = argparse.ArgumentParser(
        prog="reetool",
        description="Offline reference and calculator on rare earths and export controls. "
                    "Without a command, opens the main window.")
    parser.add_argument("--version", action="version", version=f"reetool {__version__}")
    parser.add_argument("--lang", choices=("en", "zh"), help="language of the window for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES if commands else ():
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub)
    return parser


def window_args(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` holds only the window's own option (``--lang X`` or ``--lang=X``, as
    often as given) and the language it names (the last one, as argparse takes it; None: the
    saved or the system's). Such a line opens the window without argparse and without
    importing the command modules (they are for headless runs)."""
    lang, rest = None, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--lang" and rest and not rest[0].startswith("-"):
            lang = rest.pop(0)
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        else:
            return False, None
    return True, lang


def opens_window(argv: list[str]) -> bool:
    return window_args(argv)[0]


def run_gui(args) -> int:
    from reetool.ui.display_check import problem

    trouble = problem()   # before Qt: a missing display must not abort with a core dump
    if trouble:
        print(trouble, file=sys.stderr)
        return 1
    import PySide6.QtWidgets  # noqa: F401  (first, then its __feature__ import hook goes)

    from reetool.ui import feature_hook

    feature_hook.switch_off()   # it reads the source of every module imported after it
    from reetool.ui import crash
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow
    from reetool.ui.startup_probe import install as install_startup_probe

    app = application(lang=args.lang)
    crash.install()  # unexpected errors: logged in the user data folder and shown
    window = MainWindow()
    install_startup_probe(window)  # REETOOL_EXIT_AFTER_PAINT=1: quit after first paint
    from reetool.ui.user_files_notice import install as install_user_files_notice

    install_user_files_notice(window)  # after first paint: stale temps, damaged files named
    window.show()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    window, lang = window_args(argv)
    if window and lang in (None, "en", "zh"):   # the window's start: no argparse, no commands
        from types import SimpleNamespace

        args = SimpleNamespace(command=None, lang=lang)
    else:
        args = build_parser(commands=not window).parse_args(argv)
    seen = _set_aside_count()
    try:
        if args.command is None:
            return run_gui(args)
        return int(args.func(args) or 0)
    except (DataError, UserError) as exc:
        print(f"reetool: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `reetool catalogue list | head`
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:   # a bug (RecursionError, MemoryError too): one line, no traceback
        if os.environ.get("REETOOL_DEBUG"):
            raise
        print(f"reetool: unexpected error: {type(exc).__name__}: {exc} (set REETOOL_DEBUG=1 "
              "to see where)", file=sys.stderr)
        return 1
    finally:
        _report_set_aside(seen)


def _set_aside_count() -> int:
    user_files = sys.modules.get("reetool.data.user_files")   # not loaded: nothing was read
    return len(user_files.recent()) if user_files else 0


def _report_set_aside(seen: int) -> None:
    """Name every user file this command moved aside as damaged (stores record them)."""
    user_files = sys.modules.get("reetool.data.user_files")
    for entry in user_files.recent()[seen:] if user_files else []:
        print(f"reetool: warning: {entry.describe()}", file=sys.stderr)
