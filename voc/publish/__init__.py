"""Reports per audience (sales, product, marketing) from the trends, and their delivery.

Public API (imported lazily, so the `voc` command starts fast)::

    publish(store_or_trends, config, *, dry_run=False, out_dir=None, quality=None) -> dict
    trends_for(store, config, *, as_of=None) -> TrendData   (thresholds from [publish.trends])
    summary_markdown(result) -> str
    PublishConfig, parse_publish(raw) -> PublishConfig
"""

from __future__ import annotations

from voc.lazy import lazy_exports

_EXPORTS = {
    "PublishConfig": "voc.publish.config",
    "parse_publish": "voc.publish.config",
    "publish": "voc.publish.run",
    "trends_for": "voc.publish.run",
    "summary_markdown": "voc.publish.summary",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
