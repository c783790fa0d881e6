"""What a run tells its operator while it runs: one log line per stage saying what it did, and
the progress of long stages.

Log lines go through Prefect's run logger (they show in the UI, in the run's
logs and on the terminal); outside a run, through the `ksdata` logger. A long
stage shows a progress bar when the run has a terminal (rich, which Prefect
ships), and otherwise (a scheduled run, a log file) a line every
LOG_EVERY_SECONDS: done, total, rate and time left.
"""
from __future__ import annotations

import logging
import sys
import time
from types import TracebackType
from typing import Any

LOG_EVERY_SECONDS = 15.0
BAR_MIN_TOTAL = 20  # fewer items than this finish before a bar is worth drawing


def logger() -> Any:
    """Prefect's run logger inside a flow or task run, else the `ksdata` logger."""
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:  # MissingContextError outside a run
        return logging.getLogger("ksdata")


def log(message: str) -> None:
    logger().info(message)


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"


class Progress:
    """Progress of one stage over `total` items: `advance(n)` as they finish."""

    def __init__(self, stage: str, total: int, unit: str = "documents", bar: bool | None = None) -> None:
        self.stage, self.total, self.unit = stage, total, unit
        self.done = 0
        self.log = logger()
        self.started = self.last_log = time.monotonic()
        use_bar = bar if bar is not None else (sys.stderr.isatty() and total >= BAR_MIN_TOTAL)
        self._bar: Any = None
        if use_bar:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self._bar = Bar(TextColumn(f"{stage}"), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._task = self._bar.add_task(stage, total=total)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        share = f" ({100 * self.done / self.total:.0f} %)" if self.total else ""
        return (f"{self.stage}: {self.done}/{self.total} {self.unit}{share}, {rate:.1f} {self.unit}/s, "
                f"about {_duration(left)} left")

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)
            return
        now = time.monotonic()
        if now - self.last_log >= LOG_EVERY_SECONDS and self.done < self.total:
            self.last_log = now
            self.log.info(self.line())
