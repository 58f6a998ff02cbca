"""Size baseline: a minimal PySide6-Essentials + pandas + pyqtgraph hello world.

    REETOOL_EXIT_AFTER_PAINT=1 python packaging/baselines/hello.py

Built frozen with the same spec options by ``python packaging/build.py --target hello``;
benchmarks/bundle_size.py compares the reetool bundle with it.
"""

import sys

import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

from reetool.ui.startup_probe import install

app = QApplication(sys.argv[:1])
frame = pd.DataFrame({"year": [2020, 2021, 2022], "t": [240_000, 280_000, 300_000]})
window = QMainWindow()
plot = pg.PlotWidget(title="hello")
plot.plot(frame["year"].to_numpy(), frame["t"].to_numpy())
window.setCentralWidget(plot)
window.resize(1280, 800)
install(window)
window.show()
sys.exit(app.exec())
