"""Emerging claims: promise gaps of topic ``other`` or matching no known claim, grouped for review.

These are what the topic list and the claim groups do not yet cover: a new promise in a
campaign, a new product's pitch. Similar quotes are clustered per language; a group of two
or more is a candidate claim, and every single quote is still listed so none is dropped.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
import pandas as pd

from voc.trends import cluster as clu
from voc.trends.labels import label
from voc.trends.text import content

DISTANCE = 0.8  # looser than claims: a reviewer reads these groups
EMERGING_COLUMNS = ["emerging_id", "lang", "label", "size", "topics", "sources", "first_seen", "last_seen",
                    "example"]


def find_emerging(gaps: pd.DataFrame, members: pd.DataFrame, stats: dict, *,
                  distance: float = DISTANCE) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cluster the promise gaps that are ``other`` or joined no claim.

    Args:
        gaps: Promise-gap facts with ``claim`` (see ``claims.prepare``).
        members: Claim membership (record_id, claim_id) from ``claims.find_claims``.
        stats: Per-language stop words and phrase frequencies (``claims.language_stats``).
        distance: Cosine distance threshold for average-linkage clustering.

    Returns:
        ``(emerging, emerging_members)``: groups ordered by size then recency, and
        (record_id, emerging_id) for every quote in the pool.
    """
    matched = set(members.loc[members["claim_id"].notna(), "record_id"])
    pool = gaps[(gaps["topic"] == "other") | ~gaps["record_id"].isin(matched)]
    groups, links = [], []
    for lang, g in pool.groupby("lang", sort=True):
        stop, corpus_df, corpus_size = stats.get(lang, (frozenset(), Counter(), 0))
        texts = list(g["claim"])
        labels, sims = clu.cluster([content(t, lang, stop) or t for t in texts], distance=distance)
        for cid in sorted(set(labels)):
            idx = np.flatnonzero(labels == cid)
            part = g.iloc[idx]
            central = int(np.argmax(sims[idx]))
            name = label([texts[i] for i in idx], lang, corpus_df, corpus_size, stop, prefer=central)
            eid = "E" + hashlib.blake2b("\x1f".join(sorted(part["record_id"])).encode(), digest_size=4).hexdigest()
            groups.append({"emerging_id": eid, "lang": lang, "label": name, "size": len(idx),
                           "topics": _mix(part["topic"]), "sources": _mix(part["source"]),
                           "first_seen": part["day"].min(), "last_seen": part["day"].max(),
                           "example": part["quote"].iloc[central]})
            links += [{"record_id": r, "emerging_id": eid} for r in part["record_id"]]
    out = pd.DataFrame(groups, columns=EMERGING_COLUMNS)
    out = out.sort_values(["size", "last_seen", "emerging_id"], ascending=[False, False, True]).reset_index(drop=True)
    return out, pd.DataFrame(links, columns=["record_id", "emerging_id"])


def _mix(values: pd.Series) -> str:
    return ", ".join(f"{k} {v}" for k, v in Counter(values).most_common())
