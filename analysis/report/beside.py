"""Run a report task in a forked child process beside the parent, to use a second CPU.

Writing report.json and the CSVs, and drawing report.pdf, need no result back: only files. A
``fork`` child inherits the report dict and the figures already laid out (no pickling), writes
its files and exits with ``os._exit`` (no atexit handlers, no double-flushed buffers). The
parent collects failures through a pipe and raises them as ``ReportError``. Where fork is
unavailable or unsafe (not POSIX, or other threads running: a forked child would inherit their
locks), the task simply runs in the calling process first.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

Join = Callable[[], None]


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def beside(task: Callable[[], Any], error: type[Exception], parallel: bool = True) -> Join:
    """Start ``task``; the returned function waits for it and raises ``error`` on failure."""
    if not (parallel and can_fork()):
        task()
        return lambda: None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        code = 0
        try:
            task()
        except BaseException as exc:  # report every failure to the parent, then exit
            os.write(write_end, f"{type(exc).__name__}: {exc}".encode(errors="replace")[:4000])
            code = 1
        os._exit(code)
    os.close(write_end)

    def join() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode(errors="replace")
        _pid, status = os.waitpid(pid, 0)
        if status != 0:
            raise error(message or f"report worker ended with status {status}")

    return join
