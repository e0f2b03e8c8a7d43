"""A row of controls that wraps onto more lines when the window is narrow.

A page's toolbar as a ``QHBoxLayout`` makes the sum of its controls the
window's minimum width (the Uddannelsesplan toolbar alone forced ~1250 px); as
a ``FlowLayout`` it is as narrow as its widest control and takes another line
instead, so the window fits a 1024 px wide laptop screen at 125–150 %. It
takes what the toolbars use: ``addWidget``, ``addLayout``, ``addSpacing``,
``addStretch`` (a stretch has no meaning in a wrapping row and is ignored).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QSpacerItem, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- the QHBoxLayout calls the pages use -------------------------------------------
    def addWidget(self, w, _stretch: int = 0, _alignment=None) -> None:  # Qt's name
        self.addChildWidget(w)
        self.addItem(QWidgetItem(w))

    def addLayout(self, layout, _stretch: int = 0) -> None:
        self.addChildLayout(layout)
        self.addItem(layout)

    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, _stretch: int = 0) -> None:
        pass

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing

    def spacing(self) -> int:
        return self._spacing

    # --- QLayout ------------------------------------------------------------------------
    def addItem(self, item) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        # all in one row when there is room
        m = self.contentsMargins()
        w = sum(it.sizeHint().width() for it in self._items) + self._spacing * max(0, len(self._items) - 1)
        h = max((it.sizeHint().height() for it in self._items), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        w = max((it.minimumSize().width() for it in self._items), default=0)
        h = max((it.minimumSize().height() for it in self._items), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list] = [[]]
        x = area.x()
        for it in self._items:
            if it.isEmpty():
                continue
            hint = it.sizeHint()
            w = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if lines[-1] and x + w > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((it, x, w, hint.height()))
            x += w + self._spacing
        y = area.y()
        for line in lines:
            height = max((h for _it, _x, _w, h in line), default=0)
            if move:  # each control centred in its line (a label beside a combo box)
                for it, x, w, h in line:
                    it.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y() + m.bottom())
