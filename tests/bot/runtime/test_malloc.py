"""The worker caps glibc's malloc arenas (bot/runtime/malloc.py)."""

from __future__ import annotations

import platform

import pytest

from bot.runtime.malloc import limit_arenas


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_arenas_are_limited_on_glibc() -> None:
    assert limit_arenas(8) is True  # 8: leave this test process as it was (the default cap)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_limiting_arenas_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """At every start of the worker: no ldconfig run (ctypes.util.find_library) for libc."""
    import subprocess

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    assert limit_arenas(8) is True
