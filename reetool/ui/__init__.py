"""Qt user interface: main window, one package or module per page, charts."""
