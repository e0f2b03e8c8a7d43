"""The bundle's windowed program, KompetenceDesktop (PyInstaller entry script).

An entry script runs as ``__main__`` outside any package, so it uses absolute
imports only (``kompetence_desktop/__main__.py`` uses a relative one and
cannot be the entry point)."""
import gc
import sys

from kompetence_desktop.frozen import prepare

prepare()

from kompetence_desktop.app import main  # noqa: E402

# installer/rth_kompetence.py paused the garbage collector for the bundle's own start-up;
# main() pauses it again until the first paint and then turns it on
gc.enable()
sys.exit(main())
