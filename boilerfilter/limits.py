"""The per-page time limit: stop a page that takes too long, and say so.

How the limit is enforced, and why: a page stalls inside the extractor (trafilatura and
lxml on pathological markup), code we cannot make cooperative, and which itself catches
``Exception`` broadly. So the only dependable way to stop it from inside the process is
a signal: ``signal.setitimer(ITIMER_REAL)`` delivers ``SIGALRM`` when the time is up and
its handler raises ``TimeLimitExceeded``, a ``BaseException`` (like ``KeyboardInterrupt``)
so that no ``except Exception`` on the way swallows it. Threads were not an option: a
thread cannot be stopped from outside in Python.

Signals have two limits, both documented for the library's users:

- Python runs signal handlers only in the main thread, and only between bytecodes: a
  single long call into native code (one lxml parse) is interrupted when it returns.
  ``Options.max_bytes`` bounds such calls.
- Outside the main thread, or when the host program has its own ``ITIMER_REAL`` timer
  running or a SIGALRM handler set outside Python (we never take over a timer or handler
  we could not give back), the page is not interrupted;
  it is still reported as over the limit when it finishes (the same result, later).

The command line cleans every page in the main thread of its own process (the worker
processes of ``--jobs`` too), so there the limit always interrupts.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

__all__ = ["TimeLimitExceeded", "TIME_LIMIT_EXCEEDED", "time_limit", "interrupts_here"]

#: The start of ``CleanedPage.reason`` for a page stopped by ``Options.time_limit``.
TIME_LIMIT_EXCEEDED = "time limit exceeded"


class TimeLimitExceeded(BaseException):
    """Raised inside ``time_limit`` when the time is up.

    A ``BaseException`` so that the extractor's own ``except Exception`` clauses cannot
    swallow it; ``time_limit``'s callers catch it by name.

    Attributes:
        reason: the limit as a ``CleanedPage.reason``, e.g. ``"time limit exceeded (30 s)"``.
    """

    def __init__(self, seconds: float):
        self.reason = f"{TIME_LIMIT_EXCEEDED} ({seconds:g} s)"
        super().__init__(self.reason)


def interrupts_here() -> bool:
    """Whether ``time_limit`` can interrupt a page here.

    It can in the main thread, where SIGALRM exists (POSIX), no other ``ITIMER_REAL``
    timer runs, and SIGALRM's handler is one Python can put back (not one set in C).
    """
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
            and signal.getsignal(signal.SIGALRM) is not None)


@contextmanager
def time_limit(seconds: float | None, spent: float = 0.0) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` when the block runs longer than ``seconds - spent``.

    Args:
        seconds: the limit; None runs the block without one.
        spent: seconds of the limit already used, so that one page's limit can cover
            several pieces of work done at different times.

    In the main thread the block is interrupted when the time is up; elsewhere (see the
    module's docstring) it runs to its end and the exception is raised then.
    """
    if seconds is None:
        yield
        return
    deadline = time.monotonic() + seconds - spent
    if spent >= seconds:
        raise TimeLimitExceeded(seconds)
    if not interrupts_here():
        yield
        if time.monotonic() > deadline:
            raise TimeLimitExceeded(seconds)
        return
    armed = True

    def expire(signum, frame):
        if armed:  # an alarm that lands after the block ended is ignored
            raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 1e-6))
        yield
    finally:
        try:
            armed = False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
