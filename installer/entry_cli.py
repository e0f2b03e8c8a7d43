"""The bundle's command line, ``kompetence`` (PyInstaller entry script): the
same commands and exit codes as the pip-installed ``kompetence``."""
import sys

from kompetence_desktop.frozen import prepare

prepare()

from kompetence_desktop.cli import main  # noqa: E402

sys.exit(main())
