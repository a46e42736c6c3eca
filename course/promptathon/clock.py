"""The Promptathon's clock: an injectable time source and a countdown to a fixed deadline.

"Correct time" here means the time box is real elapsed time: it keeps running while
the process is stopped (Ctrl+Z, SIGSTOP) and while the machine sleeps, and it does
not jump when someone changes the wall clock. On Linux that is CLOCK_BOOTTIME; where
it is missing, time.monotonic() (which on macOS and Windows also counts sleep).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """A time source: seconds that only move forward, and the current wall-clock time."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back; counts suspended time."""
        ...

    def now(self) -> datetime:
        """The current time (timezone-aware), for timestamps in the results file."""
        ...


class SystemClock:
    """The real clock: CLOCK_BOOTTIME where available, else time.monotonic()."""

    def __init__(self) -> None:
        boottime: int | None = getattr(time, "CLOCK_BOOTTIME", None)

        def since_boot() -> float:
            return time.clock_gettime(boottime) if boottime is not None else time.monotonic()

        self._source: Callable[[], float] = since_boot if boottime is not None else time.monotonic
        try:
            self._source()
        except OSError:  # a kernel without CLOCK_BOOTTIME
            self._source = time.monotonic

    def monotonic(self) -> float:
        return self._source()

    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)


class Countdown:
    """A time box of `seconds` that started when it was made; the deadline is fixed then."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = float(seconds)
        self.started = clock.monotonic()
        self.deadline = self.started + self.seconds

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self.deadline - self.clock.monotonic())

    def elapsed(self) -> float:
        """Seconds used so far, at most the whole time box."""
        return min(self.seconds, max(0.0, self.clock.monotonic() - self.started))

    @property
    def expired(self) -> bool:
        """True once the deadline has passed."""
        return self.remaining() <= 0.0

    def display(self) -> str:
        """Remaining time as `mm:ss` (rounded up, so it reads 00:00 only when time is up)."""
        return mmss(self.remaining())


def mmss(seconds: float) -> str:
    """Seconds as `mm:ss`, rounded up; minutes may exceed 59 (`120:00`)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"
