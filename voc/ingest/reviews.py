"""App-store and marketplace review exports: tables with the usual review columns."""

from __future__ import annotations

from typing import ClassVar

from voc.ingest.tabular import TableConnector

# Column names used by Google Play / App Store Connect exports, marketplace dumps and
# scrapers, first match wins; a field in the source's [mapping] replaces its list.
REVIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "external_id": ("review_id", "reviewId", "id"),
    "text": ("body", "review", "review_text", "content", "text", "comment"),
    "title": ("title", "review_title", "summary"),
    "rating": ("rating", "stars", "star_rating", "score"),
    "created_at": ("date", "created_at", "review_date", "submitted_at", "at", "timestamp"),
    "product": ("product", "app", "app_name", "product_name", "package_name", "sku"),
    "version": ("version", "app_version", "appVersion", "reviewCreatedVersion"),
    "lang": ("lang", "language", "reviewer_language"),
    "customer_id": ("customer_id", "user_id", "reviewer_id"),
    "customer_name": ("customer_name", "user_name", "userName", "author", "reviewer", "nickname"),
    "account_id": ("account_id",),
    "agent_id": ("agent_id",),
}


class ReviewConnector(TableConnector):
    """Review exports (CSV, JSON, JSON Lines, Excel, Parquet) with a default column mapping."""

    kind: ClassVar[str] = "review"
    default_mapping: ClassVar[dict[str, tuple[str, ...]]] = REVIEW_COLUMNS

    @property
    def channel(self) -> str:
        return "review"
