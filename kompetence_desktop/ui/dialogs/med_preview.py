"""Before the MED version is printed: every text in which a staff name was replaced, as
written and as MED will read it, so the leader can check each replacement."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ... import texts


class MedPreviewDialog(QDialog):
    def __init__(self, replacements, parent=None):
        super().__init__(parent)
        self.setWindowTitle(texts.MED_PREVIEW_TITLE)
        self.resize(900, 480)
        lay = QVBoxLayout(self)
        intro = QLabel(texts.MED_PREVIEW_INTRO if replacements else texts.MED_PREVIEW_NONE)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(replacements), 2)
        self.table.setHorizontalHeaderLabels([texts.MED_PREVIEW_BEFORE, texts.MED_PREVIEW_AFTER])
        self.table.setWordWrap(True)
        for r, rep in enumerate(replacements):
            for c, value in enumerate((rep.original, rep.replaced)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 420)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(replacements))
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
