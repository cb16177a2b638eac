"""Long jobs as Qt-free generators.

A job is a generator that yields ``Framsteg`` and finally returns its result.
The CLI drives it with a terminal progress bar, the GUI with a worker thread and
a progress dialog (ui/bakgrund.py). Cancelling closes the generator: the job's
``finally``/``except BaseException`` blocks clean up (nothing half-written).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar, cast

T = TypeVar("T")


@dataclass(frozen=True)
class Framsteg:
    klart: int
    totalt: int | None = None  # None: unknown length
    text: str = ""

    @property
    def andel(self) -> float | None:
        if not self.totalt:
            return None
        return min(1.0, self.klart / self.totalt)


Jobb = Generator[Framsteg, None, T]


def kor_till_slut(jobb: Jobb[T], rapportera: Callable[[Framsteg], None] | None = None) -> T:
    """Run a job on this thread; returns its result."""
    while True:
        try:
            steg = next(jobb)
        except StopIteration as slut:
            # StopIteration.value is Any; a Jobb[T] returns a T.
            return cast(T, slut.value)
        if rapportera is not None:
            rapportera(steg)


def som_jobb(funktion: Callable[..., T], *args: object, **kwargs: object) -> Jobb[T]:
    """A plain call as a one-step job, so it too runs off the GUI thread."""
    yield from ()  # makes this a generator (that reports no steps)
    return funktion(*args, **kwargs)
