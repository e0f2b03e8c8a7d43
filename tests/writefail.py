"""A stand-in for ``os.fdopen`` whose file fails while being written (disk full, no
access …): monkeypatch it over ``os.fdopen`` to test that a failed write leaves no
half file and gives one Danish sentence."""
from __future__ import annotations

import os

_REAL_FDOPEN = os.fdopen


def failing_fdopen(err: OSError, written: int = 0):
    """``os.fdopen`` replacement: writes the first ``written`` bytes, then raises ``err``."""

    class _Fails:
        def __init__(self, fd, mode):
            self.fh = _REAL_FDOPEN(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            self.fh.write(data[:written])
            raise err

    return _Fails
