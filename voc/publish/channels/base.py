"""What channels send, the one-verb Channel protocol, and delivery with retries (tenacity)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from voc.errors import DeliveryError


@dataclass
class Rendered:
    """One audience's rendered report, ready to deliver."""

    audience: str
    title: str
    period: str  # "2026-W39 to 2026-W46"
    html: str
    markdown: str
    html_path: Path
    files: list[Path]
    digest: dict[str, Any]  # totals and top claims for chat messages (see chat.digest)
    url: str | None = None  # where the folder channel's site serves this report, if known
    extra: dict[str, Any] = field(default_factory=dict)


class Transient(Exception):
    """A failure worth retrying: refused or dropped connection, timeout, HTTP 5xx or 429, SMTP 4xx."""


class Channel(Protocol):
    """Sends one rendered report somewhere; returns a line saying where, raises on failure."""

    name: str

    def send(self, item: Rendered) -> str: ...


def deliver(channel: Channel, item: Rendered, *, attempts: int = 3, wait_initial: float = 2.0,
            wait_max: float = 60.0) -> dict[str, Any]:
    """Send with retries on transient failures; never raises.

    Returns:
        ``{"channel", "status": "delivered" | "failed", "attempts", "detail" | "error"}``.
    """
    tries = 0
    retrying = Retrying(stop=stop_after_attempt(attempts), reraise=True,
                        wait=wait_exponential(multiplier=wait_initial, max=wait_max),
                        retry=retry_if_exception_type(Transient))
    try:
        for attempt in retrying:
            with attempt:
                tries = attempt.retry_state.attempt_number
                detail = channel.send(item)
        return {"channel": channel.name, "status": "delivered", "attempts": tries, "detail": detail}
    except (Transient, DeliveryError) as err:
        return {"channel": channel.name, "status": "failed", "attempts": tries, "error": str(err)}
    except Exception as err:  # noqa: BLE001 - one broken channel must not stop the others
        return {"channel": channel.name, "status": "failed", "attempts": tries,
                "error": f"{type(err).__name__}: {err}"}
