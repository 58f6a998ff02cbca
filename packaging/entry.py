"""PyInstaller entry point of the reetool executable (GUI and every headless command)."""

from reetool.cli import main

raise SystemExit(main())
