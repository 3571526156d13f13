"""Run a report task in a forked child process beside the parent, to use a second CPU.

Writing report.json and the CSVs, or drawing half the figures, produces files and at most a few
bytes back (figure titles). A ``fork`` child inherits the report dict (no pickling), writes its
files, sends its result through a pipe and exits with ``os._exit`` (no atexit handlers, no
double-flushed buffers). The
parent collects failures through a pipe and raises them as ``ReportError``. Where fork is
unavailable or unsafe (not POSIX, or other threads running: a forked child would inherit their
locks), the task simply runs in the calling process first.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from typing import Any

Join = Callable[[], bytes]


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def beside(task: Callable[[], Any], error: type[Exception], parallel: bool = True) -> Join:
    """Start ``task``; the returned function waits for it and returns what it returned if that
    was ``bytes`` (else ``b""``), or raises ``error`` on failure."""
    if not (parallel and can_fork()):
        result = task()
        return lambda: result if isinstance(result, bytes) else b""
    read_end, write_end = os.pipe()
    # Objects the child inherits are moved out of the collector's sight first, so collections
    # in the child do not touch (and copy) every shared page (Python docs, ``gc.freeze``).
    gc.freeze()
    pid = os.fork()
    if pid != 0:
        gc.unfreeze()
    if pid == 0:  # child
        os.close(read_end)
        code = 0
        try:
            result = task()
            payload = result if isinstance(result, bytes) else b""
        except BaseException as exc:  # report every failure to the parent, then exit
            payload = f"{type(exc).__name__}: {exc}".encode(errors="replace")[:4000]
            code = 1
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        os._exit(code)
    os.close(write_end)

    def join() -> bytes:
        with os.fdopen(read_end, "rb") as pipe:  # read before waiting: a full pipe would block
            payload = pipe.read()
        _pid, status = os.waitpid(pid, 0)
        if status != 0:
            message = payload.decode(errors="replace")
            raise error(message or f"report worker ended with status {status}")
        return payload

    return join
