"""The bundle's own run-time hook: PyInstaller runs it first, before the hooks the
packages bring (PySide6's imports QtCore), in both programs.

For the window (KompetenceDesktop) it does what ``app.main`` does on a source
install before PySide6 is loaded: Python's cyclic garbage collector is paused
(the entry script turns it on again just before ``main()``, which pauses it
until the first paint), and the Qt-free modules the first paint needs are
imported while Shiboken's import hook is not yet installed (once PySide6 is
loaded it inspects every newly imported module). The command line needs neither.
"""


def _rthook():
    import gc
    import os
    import sys

    if not os.path.basename(sys.executable).lower().startswith("kompetencedesktop"):
        return
    gc.disable()
    try:
        from kompetence_desktop.app import _preload_before_qt

        _preload_before_qt()
    except Exception:  # noqa: BLE001 - only a head start: the program imports them again and reports
        pass


_rthook()
del _rthook
