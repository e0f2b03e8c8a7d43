"""A QWidget that shows a matplotlib Figure from ``reports.charts``.

matplotlib and its Qt backend are imported at the first ``set_figure``,
never at program start.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChartWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.figure = None
        self._placeholder = QLabel("")
        self._lay.addWidget(self._placeholder)

    def set_figure(self, fig) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._placeholder is not None:
            self._lay.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._placeholder = None
        if self.canvas is not None:
            self._lay.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.figure = fig
        self.canvas = FigureCanvasQTAgg(fig)
        self._lay.addWidget(self.canvas)
        self.canvas.draw_idle()

    def save_png(self, path, dpi: int = 150) -> None:
        if self.figure is None:
            raise ValueError("no chart")
        self.figure.savefig(str(path), dpi=dpi, format="png", facecolor="white")
