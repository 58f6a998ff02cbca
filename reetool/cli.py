"""Command line: no sub-command opens the window; a sub-command runs headless.

Each sub-command lives in a module of ``reetool.commands`` with a ``register(subparsers)``
function; adding a command is one line in COMMAND_MODULES. Command modules import their
heavy dependencies inside the command, so building the parser stays cheap.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
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
    "reetool.commands.briefing",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reetool",
        description="Offline reference and calculator on rare earths and export controls. "
                    "Without a command, opens the main window.")
    parser.add_argument("--version", action="version", version=f"reetool {__version__}")
    parser.add_argument("--lang", choices=("en", "zh"), help="language of the window for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from reetool.ui import crash
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow
    from reetool.ui.startup_probe import install as install_startup_probe

    app = application(lang=args.lang)
    crash.install()  # unexpected errors: logged in the user data folder and shown
    window = MainWindow()
    install_startup_probe(window)  # REETOOL_EXIT_AFTER_PAINT=1: quit after first paint
    window.show()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
