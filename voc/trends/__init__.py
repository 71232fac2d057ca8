"""Topic trends over the store: counts, rates, change tests, claims and emerging claims.

Public API::

    compute(store, *, as_of=None, weeks=8, tz="UTC", ...) -> TrendData
    audience_changes(trends, *, sources=None, topics=None) -> DataFrame
    TrendData
"""

from voc.trends.compute import audience_changes, compute
from voc.trends.data import TrendData

__all__ = ["TrendData", "audience_changes", "compute"]
