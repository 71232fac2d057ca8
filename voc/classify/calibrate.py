"""Turn out-of-fold logits into calibrated probabilities (Platt scaling) and per-language thresholds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from voc.classify.labels import LANGS

GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
MIN_SLOPE = 0.1  # calibration must keep the order of the logits (a higher logit never scores lower)
MIN_POSITIVES = 5  # fewer positives than this in a language: its threshold falls back to the global one


@dataclass
class Platt:
    """p = sigmoid(a * z + b)."""

    a: float = 1.0
    b: float = 0.0

    @classmethod
    def fit(cls, z: np.ndarray, y: np.ndarray) -> "Platt":
        """Fit a and b by maximum likelihood, keeping a >= MIN_SLOPE."""
        z, y = np.asarray(z, float), np.asarray(y, float)
        if len(set(y.tolist())) < 2:
            return cls()
        return cls(*_fit_platt(z, y))

    def __call__(self, z: np.ndarray) -> np.ndarray:
        from scipy.special import expit

        return expit(self.a * np.asarray(z, float) + self.b)


@dataclass
class Calibration:
    """Calibrators and decision thresholds of the two binary outputs."""

    complaint: Platt = field(default_factory=Platt)
    gap: Platt = field(default_factory=Platt)
    complaint_threshold: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LANGS, 0.5))
    gap_threshold: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LANGS, 0.5))

    def scores(self, logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated (complaint, promise gap) probabilities from raw logits (columns 0 and 1)."""
        return self.complaint(logits[:, 0]), self.gap(gap_logit(logits))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Calibration":
        return cls(Platt(**d["complaint"]), Platt(**d["gap"]), dict(d["complaint_threshold"]),
                   dict(d["gap_threshold"]))


def _fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Minimise the log loss of sigmoid(a z + b) subject to a >= MIN_SLOPE (L-BFGS-B, small ridge)."""
    from scipy.optimize import minimize

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        a, b = params
        t = a * z + b
        value = float(np.sum(np.logaddexp(0, t) - y * t)) + 1e-3 * (a * a + b * b)
        from scipy.special import expit

        r = expit(t) - y
        return value, np.array([float(r @ z) + 2e-3 * a, float(r.sum()) + 2e-3 * b])

    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B",
                   bounds=[(MIN_SLOPE, 50.0), (-50.0, 50.0)])
    return float(res.x[0]), float(res.x[1])


def gap_logit(logits: np.ndarray) -> np.ndarray:
    """logit(P(complaint) * P(gap | complaint)), computed stably."""
    log_p = -np.logaddexp(0, -logits[:, 0]) - np.logaddexp(0, -logits[:, 1])
    return log_p - np.log1p(-np.minimum(np.exp(log_p), 1 - 1e-7))


def fit_calibration(logits: np.ndarray, complaint: np.ndarray, gap: np.ndarray, langs: np.ndarray,
                    tune: np.ndarray) -> Calibration:
    """Fit on out-of-fold logits; thresholds maximise F1 per language over rows where ``tune``.

    ``tune`` marks the rows that look like the data the model will meet (the real dev records
    when there are any for that language); the others still train the calibrators.
    """
    cal = Calibration(Platt.fit(logits[:, 0], complaint), Platt.fit(gap_logit(logits), gap))
    p_c, p_g = cal.scores(logits)
    for lang in LANGS:
        rows = (langs == lang) & tune
        if complaint[rows].sum() < MIN_POSITIVES:
            rows = langs == lang
        cal.complaint_threshold[lang] = best_threshold(p_c[rows], complaint[rows], p_c[tune], complaint[tune])
        rows = (langs == lang) & tune
        if gap[rows].sum() < MIN_POSITIVES:
            rows = langs == lang
        cal.gap_threshold[lang] = best_threshold(p_g[rows], gap[rows], p_g[tune], gap[tune])
    return cal


def best_threshold(p: np.ndarray, y: np.ndarray, p_all: np.ndarray, y_all: np.ndarray) -> float:
    """The grid threshold with the best F1 after smoothing the F1 curve over neighbouring thresholds.

    Falls back to the pooled rows (``p_all``, ``y_all``) when ``y`` has too few positives.
    """
    if y.sum() < MIN_POSITIVES:
        p, y = p_all, y_all
    if y.sum() == 0:
        return 0.5
    f1 = np.array([_f1(p >= t, y) for t in GRID])
    smooth = np.convolve(np.pad(f1, 2, mode="edge"), np.ones(5) / 5, mode="valid")
    return float(GRID[int(np.argmax(smooth))])


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & (y > 0)).sum())
    denom = float(pred.sum() + (y > 0).sum())
    return 2 * tp / denom if denom else 0.0
