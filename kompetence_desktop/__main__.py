"""``python -m kompetence_desktop`` opens the program."""
import sys

from .app import main

sys.exit(main())
