"""Keep the window painting while a large export runs on a worker thread.

Two things stop the GUI thread while an export holds the GIL: the garbage collector and
the convoy effect of frequent small writes; both are handled here.

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
import time
from collections.abc import Iterator
from contextlib import contextmanager

YIELD_EVERY = 0.05  # seconds of work between two chances for the GUI thread to run

_lock = threading.Lock()
_last_yield = 0.0
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


def let_gui_run() -> None:
    """Call often from a loop on a worker thread; now and then it sleeps 1 ms.

    Writing a sheet makes a small write system call every few milliseconds, each of which
    drops and at once retakes the GIL. Python counts that as a switch, so the GUI thread,
    waiting for the GIL, never asks for it to be handed over and can starve for hundreds
    of milliseconds (the "convoy effect"). A real sleep lets it in; 1 ms every 50 ms
    costs 2% of the export's time.
    """
    global _last_yield
    now = time.perf_counter()
    if now - _last_yield >= YIELD_EVERY:
        # On the main thread (the command line, a child process of the window) there is
        # no window to let in.
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.001)
        _last_yield = time.perf_counter()
