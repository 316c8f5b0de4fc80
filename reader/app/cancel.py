"""Stopping a thread worker's long loop once nobody waits for it.

Textual cancels the workers when the reader closes (or when an exclusive worker is started again), but a
thread cannot be stopped from outside: it only learns of it by asking. Python then waits for every worker
thread before the process ends, so a library still opening, an index still building or key terms still
being fitted kept the terminal after `q` until they were done. Their loops call `stop_if_cancelled` (from
their progress callbacks) and the worker catches `Cancelled`.
"""

from __future__ import annotations

from textual.worker import get_current_worker


class Cancelled(Exception):
    """The current worker was cancelled: stop what it was doing."""


def stop_if_cancelled() -> None:
    """Raise `Cancelled` when the thread worker running this was cancelled."""
    if get_current_worker().is_cancelled:
        raise Cancelled
