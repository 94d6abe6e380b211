"""The cyclic garbage collector of the worker and its pool processes: the youngest generation
collected after YOUNG net new container objects, not CPython's 700.

A cold cycle makes and drops hundreds of thousands of containers (parsed entries, articles,
token lists, rows), almost none of them in a reference cycle, so reference counting frees them
and the collector finds next to nothing. At the default threshold it ran ~80 young collections,
~7 middle ones and a full one (over every object of the process, the content tables too) in a
150-feed cold cycle of bench.pipeline: ~0.1 s of its ~3 s of CPU. At YOUNG: 3–5 young ones and
no full one; the peak RSS is unchanged (young garbage cycles wait a little longer: at most
YOUNG objects). Only ever raises the threshold: a process that set a higher one, or turned the
collector off (0), keeps its own.
"""

from __future__ import annotations

import gc

YOUNG = 10_000


def tune_gc(young: int = YOUNG) -> bool:
    """Raise the youngest generation's threshold to `young`. True if it was changed."""
    first, *older = gc.get_threshold()
    if first == 0 or first >= young:
        return False
    gc.set_threshold(young, *older)
    return True
