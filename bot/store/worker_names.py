"""Worker names that a live worker *holds*, so that a dead worker's leases come back in seconds.

A worker leases feeds, outbox rows and roundups under its name. If it dies, its leases used to
wait for expiry (up to 120 s for a delivery), unless it came back under the same name. Now:

- A worker without a configured name takes the first free `host#1`, `host#2`, … of its
  database and *holds* it while it runs: an exclusive lock the operating system (SQLite: an
  flock on a file next to the database) or the server (PostgreSQL: a session advisory lock)
  drops the moment the process dies, kill -9 included. Two running workers can never hold the
  same name; a restarted worker takes the name its dead predecessor left, and with it its
  leases (released at once).
- Every name held is registered (the `workers` table). Another worker that finds a registered
  name with leases but nobody holding it knows that worker is dead and releases its leases
  (holding the name meanwhile, so the dead worker cannot come back halfway through).

A configured `worker_id` is held the same way; if a running worker already holds it, the
newcomer keeps the name but releases nothing (its leases are someone else's).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

try:  # POSIX only; elsewhere SQLite workers fall back to host:pid names and lease expiry
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

MAX_SLOTS = 64  # host#1 … host#64: more workers per host and database get host:pid names


def candidates(name: str | None, host: str) -> list[str]:
    """The names to try, in order: the configured one, else this host's slots."""
    if name:
        return [name]
    return [f"{host}#{n}" for n in range(1, MAX_SLOTS + 1)]


def fallback(host: str) -> str:
    """A name unique to this process, for when no name can be held."""
    return f"{host}:{os.getpid()}"


def can_lock() -> bool:
    """Whether this platform has flock (POSIX)."""
    return fcntl is not None


def try_flock(db_path: str, name: str) -> int | None:
    """Open and exclusively lock `name`'s lock file, next to the SQLite file (in
    `newsbrief.db.workers/`); the descriptor, or None if it is held."""
    if fcntl is None:
        return None
    folder = Path(db_path + ".workers")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(name.encode()).hexdigest()[:24]
        fd = os.open(folder / f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only directory: no name can be held (host:pid, lease expiry)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def unflock(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)  # closing the descriptor drops the lock
