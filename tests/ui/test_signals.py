"""PySide6 6.12.0 on CPython 3.11 aborts after some thousands of Python-side
Signal.emit() calls. Emit 200,000 — the model's own dataChanged
among them — and survive."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)
    flag = Signal(bool)


def test_200000_python_side_signals_survive(demo_repo):
    from kompetence_desktop.ui.models.matrix_model import MatrixModel

    e = _Emitter()
    got = []
    e.ping.connect(lambda i: got.append(i) if i % 50000 == 0 else None)
    seen = [0]
    e.flag.connect(lambda b: seen.__setitem__(0, seen[0] + 1))
    for i in range(100_000):
        e.ping.emit(i)
    for i in range(60_000):
        e.flag.emit(i % 2 == 0)
    m = MatrixModel()
    m.load(demo_repo)
    tl, br = m.index(1, 1), m.index(1, 1)
    for _ in range(40_000):
        m.dataChanged.emit(tl, br)
    assert got == [0, 50000]
    assert seen[0] == 60_000
