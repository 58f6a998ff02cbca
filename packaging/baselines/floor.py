"""Start-up reference: the widgets the catalogue page shows at its first paint, in plain Qt.

    REETOOL_EXIT_AFTER_PAINT=1 python packaging/baselines/floor.py

What the first paint of reetool's window shows, built with no reetool code and nothing
else: a menu bar with its ten titles, the seven-page navigation list with the style's
icons, the coverage line, the search row, four filter combos and three buttons, a 63-row
six-column sorted table (a QStandardItemModel: no Python model or delegate), an HTML
detail pane and a status bar, all holding placeholder text (none of it is catalogue data).
No data is read, no font registered, no translation, theme or setting loaded.
benchmarks/startup.py measures it beside the bare window: how far the first page alone,
however it is coded, puts the start above a bare QMainWindow.
Built frozen with the same spec options by ``python packaging/build.py --target floor``.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QPushButton, QSplitter, QStackedWidget, QStyle, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from reetool.ui.startup_probe import install

MENUS = ("File", "View", "Catalogue", "Market", "Overview", "Charts", "Briefing", "Reference",
         "Sources", "Help")
ICONS = ("SP_FileDialogDetailedView", "SP_ComputerIcon", "SP_FileDialogListView", "SP_DesktopIcon",
         "SP_MediaPlay", "SP_FileDialogContentsView", "SP_FileDialogInfoView")

app = QApplication(sys.argv[:1])
window = QMainWindow()
for title in MENUS:
    window.menuBar().addMenu(title)
nav = QListWidget()
nav.setFixedWidth(170)
for n, icon in enumerate(ICONS):
    nav.addItem(QListWidgetItem(window.style().standardIcon(getattr(QStyle.StandardPixmap, icon)),
                                f"Page {n + 1}"))

page = QWidget()
lay = QVBoxLayout(page)
lay.addWidget(QLabel("Placeholder of the coverage line (the same length as the real one)."))
row = QHBoxLayout()
row.addWidget(QLineEdit(), 1)
row.addWidget(QCheckBox("Rare earths only"))
lay.addLayout(row)
row = QHBoxLayout()
for _ in range(4):
    combo = QComboBox()
    combo.addItems([f"choice {k}" for k in range(6)])
    row.addWidget(combo)
row.addWidget(QPushButton("Compare…"))
lay.addLayout(row)
model = QStandardItemModel(63, 6)
model.setHorizontalHeaderLabels(["Code", "Name", "Status", "Sector", "Stage", "Quality"])
for r in range(63):
    for c in range(6):
        model.setItem(r, c, QStandardItem(f"item {r} field {c} 占位"))
table = QTableView()
table.setModel(model)
table.setSortingEnabled(True)
detail = QTextBrowser()
detail.setHtml("<h3>Placeholder item</h3><p>" + "Placeholder text " * 60 + "</p><p>占位文字</p>")
split = QSplitter(Qt.Orientation.Horizontal)
split.addWidget(table)
split.addWidget(detail)
lay.addWidget(split, 1)
row = QHBoxLayout()
row.addWidget(QLabel("63 rows"), 1)
row.addWidget(QPushButton("Export CSV…"))
row.addWidget(QPushButton("Cite"))
lay.addLayout(row)
stack = QStackedWidget()
stack.addWidget(page)
central = QWidget()
h = QHBoxLayout(central)
h.addWidget(nav)
h.addWidget(stack, 1)
window.setCentralWidget(central)
window.statusBar().showMessage("Placeholder status line")
window.resize(1280, 800)
install(window)
window.show()
sys.exit(app.exec())
