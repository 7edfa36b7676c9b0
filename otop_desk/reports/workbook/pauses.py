"""Keep the window painting while a large export runs on a worker thread.

A month at province scale builds a few hundred thousand Python objects. Python's cyclic
garbage collector then runs full collections over the growing heap, each holding the
GIL for hundreds of milliseconds, and the GUI thread cannot repaint meanwhile (measured:
pauses of up to 550 ms, and the export itself 40% slower). The export's data is plain
rows, dicts and tuples that reference counting frees on its own, so the automatic
collector is paused for the export and restored afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # nested or concurrent exports: the outermost one restores the collector
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
