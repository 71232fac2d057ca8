"""Connectors: one per source kind, each reading dropped files incrementally into records."""

from __future__ import annotations

from voc.errors import E006, ConfigError
from voc.ingest.base import FileConnector, SourceSpec
from voc.ingest.email import EmailConnector
from voc.ingest.helpdesk import HelpdeskConnector
from voc.ingest.reviews import ReviewConnector
from voc.ingest.tabular import TableConnector
from voc.ingest.transcripts import TranscriptConnector

CONNECTORS: dict[str, type[FileConnector]] = {
    c.kind: c for c in (TableConnector, ReviewConnector, HelpdeskConnector, EmailConnector, TranscriptConnector)
}


def get_connector(spec: SourceSpec) -> FileConnector:
    """The connector for a source's kind.

    Raises:
        ConfigError: E006 when the kind is not one of ``CONNECTORS``.
    """
    try:
        cls = CONNECTORS[spec.kind]
    except KeyError:
        raise ConfigError(E006.format(kind=spec.kind, source=spec.name, supported=", ".join(CONNECTORS))) from None
    return cls(spec)


__all__ = ["CONNECTORS", "FileConnector", "SourceSpec", "get_connector"]
