"""One glibc malloc arena for the whole worker process.

glibc gives each thread that allocates its own arena (up to 8 per core), and memory freed in
an arena is rarely returned to the system. The worker's threads (the content thread building
articles from 80 KB feed bodies, aiosqlite's connection thread, asyncio's executor) each grew
an arena of their own: ~5 MB more RSS at the peak of a cold cycle (bench.pipeline, 150 feeds)
than with one arena. The threads take the GIL for nearly all they do, so sharing one arena
costs no measurable time. Equivalent to MALLOC_ARENA_MAX=1; a no-op off glibc.
"""

from __future__ import annotations

import ctypes
import logging

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)


def limit_arenas(arenas: int = 1) -> bool:
    """Cap the number of malloc arenas (threads started later share them). True if applied."""
    try:
        # this process's own symbols, libc's among them: ctypes.util.find_library would run
        # ldconfig (a process, ~15 ms) at every start
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to tune
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    applied = bool(mallopt(M_ARENA_MAX, arenas))
    log.debug("malloc arenas limited", extra={"arenas": arenas, "applied": applied})
    return applied


def trim() -> bool:
    """Give the free memory at the top of glibc's heaps back to the system (`malloc_trim(0)`):
    after a one-off burst of temporaries (tables parsed from JSON). True if any was returned."""
    try:
        malloc_trim = ctypes.CDLL(None).malloc_trim  # this process's libc (no ldconfig run)
    except (OSError, AttributeError):
        return False
    malloc_trim.argtypes = (ctypes.c_size_t,)
    malloc_trim.restype = ctypes.c_int
    return bool(malloc_trim(0))
