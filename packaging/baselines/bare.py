"""Start-up baseline: a bare PySide6 QMainWindow, measured with reetool's paint probe.

    REETOOL_EXIT_AFTER_PAINT=1 python packaging/baselines/bare.py

Built frozen with the same spec options by ``python packaging/build.py --target bare``.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from reetool.ui.startup_probe import install

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
install(window)
window.show()
sys.exit(app.exec())
