"""The bundle's windowed program, KompetenceDesktop (PyInstaller entry script).

An entry script runs as ``__main__`` outside any package, so it uses absolute
imports only (``kompetence_desktop/__main__.py`` uses a relative one and
cannot be the entry point)."""
import sys

from kompetence_desktop.frozen import prepare

prepare()

from kompetence_desktop.app import main  # noqa: E402

sys.exit(main())
