"""Delivery channels, registered in one place: folder (static site), email, slack, teams."""

from __future__ import annotations

from pathlib import Path

from voc.publish import config as c
from voc.publish.channels.base import Channel, Rendered, Transient, deliver
from voc.publish.channels.chat import WebhookChannel
from voc.publish.channels.folder import FolderChannel
from voc.publish.channels.mail import EmailChannel


def make_channel(name: str, spec: c.FolderChannel | c.EmailChannel | c.WebhookChannel,
                 base_dir: Path = Path(".")) -> Channel:
    """The channel object for one [publish.channels.NAME] table."""
    if isinstance(spec, c.FolderChannel):
        path = Path(spec.path).expanduser()
        return FolderChannel(name, path if path.is_absolute() else base_dir / path, spec.index)
    if isinstance(spec, c.EmailChannel):
        return EmailChannel(name, spec.host, spec.port, spec.sender, list(spec.to), list(spec.cc), spec.security,
                            spec.user_env, spec.password_env, spec.subject, spec.timeout)
    return WebhookChannel(name, spec.kind, spec.url, spec.url_env, spec.timeout)


__all__ = ["Channel", "EmailChannel", "FolderChannel", "Rendered", "Transient", "WebhookChannel", "deliver",
           "make_channel"]
