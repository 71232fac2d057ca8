"""Group short texts by wording: TF-IDF over character n-grams and average-linkage clustering.

Character n-grams (within words) tolerate the spelling variety of customer text: Persian
with or without ZWNJ, Arabic clitics, colloquial endings. Above ``max_points`` texts, the
clustering runs on a seeded sample and the rest join the nearest group when close enough.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

DISTANCE = 0.75  # cosine distance under which two groups merge (average linkage)
MAX_POINTS = 1500  # pairwise distances are quadratic in memory


def vectorize(texts: Sequence[str]):
    """L2-normalized TF-IDF vectors of character 2-5-grams within words."""
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
    return vec.fit_transform(texts)


def cluster(texts: Sequence[str], *, distance: float = DISTANCE, max_points: int = MAX_POINTS,
            seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Cluster ``texts``; return a label per text (-1: joined no group) and its similarity to its group.

    Args:
        texts: The texts (already normalized, stop words removed).
        distance: Cosine distance threshold for average-linkage merging.
        max_points: Largest number of texts clustered directly.
        seed: Picks the sample when there are more than ``max_points`` texts.
    """
    n = len(texts)
    if n == 0:
        return np.zeros(0, dtype=int), np.zeros(0)
    if n == 1 or not any(t.strip() for t in texts):
        return np.zeros(n, dtype=int), np.ones(n)
    x = vectorize([t if t.strip() else "\u2205" for t in texts])
    rng = np.random.default_rng(seed)
    sample = np.arange(n) if n <= max_points else np.sort(rng.choice(n, max_points, replace=False))
    labels = np.full(n, -1, dtype=int)
    # Distances from the sparse vectors (a dense copy of thousands of n-gram columns would not fit).
    sub = x[sample]
    dist = np.clip(1.0 - np.asarray((sub @ sub.T).todense()), 0.0, 2.0)
    labels[sample] = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                             distance_threshold=distance).fit_predict(dist)
    centres = centroids(x, labels)
    if not centres.shape[0]:
        return labels, np.zeros(n)
    sim_all = np.asarray(x @ centres.T)
    rest = labels < 0
    nearest = sim_all.argmax(axis=1)
    close = rest & (sim_all[np.arange(n), nearest] >= 1 - distance)
    labels[close] = nearest[close]
    sims = np.where(labels >= 0, sim_all[np.arange(n), np.maximum(labels, 0)], 0.0)
    return labels, sims


def centroids(x, labels: np.ndarray) -> np.ndarray:
    """Unit-length mean vector of each group 0..k-1 (rows of ``x`` labelled -1 are left out)."""
    k_max = int(labels.max()) + 1 if len(labels) else 0
    out = np.zeros((max(k_max, 0), x.shape[1]))
    for k in range(k_max):
        c = np.asarray(x[labels == k].mean(axis=0)).ravel()
        norm = np.linalg.norm(c)
        out[k] = c / norm if norm else c
    return out

