"""Reports per audience (sales, product, marketing) from the trends, and their delivery.

Public API::

    publish(store_or_trends, config, *, dry_run=False, out_dir=None, quality=None) -> dict
    trends_for(store, config, *, as_of=None) -> TrendData   (thresholds from [publish.trends])
    summary_markdown(result) -> str
    PublishConfig, parse_publish(raw) -> PublishConfig
"""

from voc.publish.config import PublishConfig, parse_publish
from voc.publish.run import publish, trends_for
from voc.publish.summary import summary_markdown

__all__ = ["PublishConfig", "parse_publish", "publish", "summary_markdown", "trends_for"]
