"""The selvvurdering after a MUS (and the reassessment after an activity) is a
grid typed like the matrix: 1–5 set the current cell, 0/Delete clear it, - is
*ikke relevant*, Ctrl+Enter fills the selection; a key that does nothing says
so; untouched cells keep the stored value; the dialog fits a small screen."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from kompetence_desktop.domain.rules import NOT_RELEVANT
from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog


def _grid(qtbot, n=20, current=None):
    rows = [(100 + i, f"Kompetence nummer {i} med et ret langt navn", "tip") for i in range(n)]
    dlg = LevelGridDialog("Selvvurdering – AB", "Tast medarbejderens egen vurdering.", rows,
                          [(7, "AB", "Anna Berg")], lambda c, e: (e, c), current or {})
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _go(dlg, row, col=0):
    dlg.table.setCurrentCell(row, col)
    dlg.table.setFocus()


def test_typing_sets_levels_and_untouched_cells_stay(qtbot):
    dlg = _grid(qtbot, current={(7, 100): 2, (7, 101): 4})
    _go(dlg, 0)
    qtbot.keyClick(dlg.table, Qt.Key.Key_3)
    _go(dlg, 2)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Minus)
    _go(dlg, 3)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Delete)
    assert sorted(dlg.changes(), key=lambda t: t[1]) == [(7, 100, 3), (7, 102, NOT_RELEVANT), (7, 103, None)]
    assert dlg.table.item(0, 0).text().startswith("3")
    assert "4" in dlg.table.item(1, 0).text()  # the stored value is shown, unchanged


def test_ctrl_enter_fills_the_selection(qtbot):
    dlg = _grid(qtbot)
    _go(dlg, 0)
    qtbot.keyClick(dlg.table, Qt.Key.Key_4)
    m = dlg.table.model()
    dlg.table.selectionModel().select(QItemSelection(m.index(0, 0), m.index(4, 0)),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sorted(dlg.changes()) == [(7, 100 + i, 4) for i in range(5)]


def test_an_ignored_key_is_told(qtbot):
    dlg = _grid(qtbot)
    _go(dlg, 0)
    qtbot.keyClick(dlg.table, Qt.Key.Key_7)
    assert dlg.changes() == []
    assert "7" in dlg.message.text() and "1–5" in dlg.message.text()


def test_the_grid_of_twenty_fits_without_clipped_drop_downs(qtbot):
    dlg = _grid(qtbot)
    from PySide6.QtWidgets import QComboBox

    assert dlg.findChildren(QComboBox) == []
    assert dlg.height() <= 600 and dlg.width() <= 1024
