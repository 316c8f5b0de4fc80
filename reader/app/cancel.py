"""Stopping a thread worker's long loop once nobody waits for it.

Textual cancels the workers when the reader closes (or when an exclusive worker is started again), but a
thread cannot be stopped from outside: it only learns of it by asking. Python then waits for every worker
thread before the process ends, so a library still opening, an index still building or key terms still
being fitted kept the terminal after `q` until they were done. Their loops call `stop_if_cancelled` (from
their progress callbacks) and the worker catches `Cancelled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._context import NoActiveAppError  # (Textual's own error: raised, not exported)
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from textual.message import Message
    from textual.message_pump import MessagePump


class Cancelled(Exception):
    """The current worker was cancelled: stop what it was doing."""


def stop_if_cancelled() -> None:
    """Raise `Cancelled` when the thread worker running this was cancelled."""
    if get_current_worker().is_cancelled:
        raise Cancelled


def post_or_stop(node: MessagePump, message: Message) -> None:
    """Post `message` to `node` from a thread worker; raise `Cancelled` when the node is gone.

    Closing the reader removes the widgets and then cancels their workers: a worker that asked
    `stop_if_cancelled` just before could still post to a widget with no app left, and its
    NoActiveAppError failed the worker (and the test that closed the reader then)."""
    try:
        node.post_message(message)
    except NoActiveAppError:
        raise Cancelled from None
