"""The main window: keyboard help.
"""
from __future__ import annotations

KEYBOARD_HELP = (
    "Sider\n"
    "Ctrl+1 … Ctrl+9: de første ni sider i sidelisten\n"
    "Ctrl+PgDown / Ctrl+PgUp: næste / forrige side\n"
    "F6: gå til sidelisten · piletaster vælger side · Enter går ind på siden\n"
    "Tab / Shift+Tab: næste / forrige felt\n\n"
    "Filer og redigering\n"
    "Ctrl+N: ny fil · Ctrl+O: åbn · Ctrl+Shift+S: gem kopi som · Ctrl+W: luk\n"
    "Ctrl+Z: fortryd · Ctrl+Y: annuller fortryd\n\n"
    "Matrixen\n"
    "1–5: sæt niveau · 0, Delete eller Backspace: ryd · -: ikke relevant\n"
    "Markér flere celler og tast et tal for at udfylde dem alle\n"
    "Ctrl+C / Ctrl+V: kopiér / indsæt (Excel)\n"
    "Ctrl+Enter: åbn medarbejderen i markørens kolonne\n\n"
    "Alt gemmes, mens du arbejder – der er ingen Gem-knap."
)
