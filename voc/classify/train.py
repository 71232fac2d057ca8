"""Train the promise-gap model: weak complaint scorer, calibration folds, final fit."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Sequence

import numpy as np

from voc.classify.calibrate import Calibration, fit_calibration
from voc.classify.data import stratified_folds
from voc.classify.encode import encode, with_labels
from voc.classify.features import HashConfig, Hasher
from voc.classify.fit import HyperParams, Inputs, fit, logits
from voc.classify.labels import Example
from voc.classify.net import PromiseGapNet
from voc.classify.prep import Doc, prepare
from voc.classify.weak import WeakModel, read_corpus

# Origins of records customers wrote (not the project): thresholds are tuned on them. People's
# corrections ("human", from the review loop) also get the dev records' training weight.
REAL_ORIGINS = ("dev", "human")


@dataclass
class Settings:
    """Everything that decides the trained weights, besides the data (stored in config.json)."""

    seed: int = 13
    calibration_folds: int = 4
    hashing: HashConfig = field(default_factory=HashConfig)
    hp: HyperParams = field(default_factory=HyperParams)

    def to_dict(self) -> dict:
        return {"seed": self.seed, "calibration_folds": self.calibration_folds,
                "hashing": asdict(self.hashing), "hp": self.hp.to_dict()}

    @classmethod
    def from_dict(cls, d: dict) -> "Settings":
        h = d["hashing"]
        return cls(d["seed"], d["calibration_folds"],
                   HashConfig(h["char_buckets"], h["word_buckets"], tuple(h["char_ngrams"]), tuple(h["word_ngrams"])),
                   HyperParams(**d["hp"]))


@dataclass
class Trained:
    """A trained model in memory: network, calibration, weak scorer and the settings used."""

    net: PromiseGapNet
    calibration: Calibration
    weak: WeakModel | None
    settings: Settings
    stats: dict = field(default_factory=dict)


def prepare_all(examples: Sequence[Example]) -> list[Doc]:
    """Process every example's text as the classifier will at prediction time."""
    return [prepare(e.text, e.lang, e.channel) for e in examples]


def train_weak(corpus: Path | None, exclude: set[str], hasher: Hasher, seed: int) -> WeakModel | None:
    """Fit the weak complaint scorer on the corpus's own labels; None when there is no corpus."""
    if corpus is None or not corpus.is_dir():
        return None
    rows = list(read_corpus(corpus, exclude))
    if len({label for *_, label in rows}) < 2:
        return None
    docs = [prepare(text, lang, channel) for text, lang, channel, _ in rows]
    indices, offsets, weights = hasher.bags(docs)
    indptr = np.append(offsets, len(indices))
    return WeakModel.train(indptr, indices, weights, np.array([d.lang for d in docs]),
                           np.array([label for *_, label in rows]), hasher.cfg.buckets, seed)


def train(examples: Sequence[Example], settings: Settings, weak: WeakModel | None = None,
          docs: Sequence[Doc] | None = None) -> Trained:
    """Train on ``examples``: calibration from out-of-fold logits, then a final fit on everything.

    Args:
        examples: Labelled records (project, dev and human).
        settings: Seed, hashing and hyper-parameters.
        weak: The weak complaint scorer, or None to leave that feature at zero.
        docs: ``prepare_all(examples)`` when the caller already has it.
    """
    hasher = Hasher(settings.hashing)
    docs = list(docs) if docs is not None else prepare_all(examples)
    source, extra = evidence_examples(examples, settings.hp.evidence_weight)
    rows = list(examples) + [e for _, e in extra]
    data = with_labels(encode(docs + prepare_all([e for _, e in extra]), hasher, weak), rows, settings.hp.dev_weight)
    data.weight[len(examples):] *= settings.hp.evidence_weight
    human = np.array([e.origin == "human" for e in rows], dtype=bool)
    data.weight[human] *= settings.hp.dev_weight
    oof = out_of_fold(data, examples, np.array(source, dtype=np.int64), settings)
    langs = np.array([e.lang for e in examples])
    tune = np.array([e.origin in REAL_ORIGINS for e in examples])
    for lang in set(langs[~tune]):  # a language with no dev records tunes on what it has
        if not (tune & (langs == lang)).any():
            tune |= langs == lang
    n = len(examples)
    cal = fit_calibration(oof, data.complaint[:n], data.gap[:n], langs, tune)
    net = fit(data, settings.hashing.buckets, settings.hp, settings.seed)
    stats = {"records": n, "by_origin": _count(e.origin for e in examples),
             "by_lang": _count(e.lang for e in examples), "promise_gaps": int(data.gap[:n].sum()),
             "complaints": int(data.complaint[:n].sum()), "evidence_rows": len(extra)}
    return Trained(net, cal, weak, settings, stats)


def evidence_examples(examples: Sequence[Example], weight: float) -> tuple[list[int], list[tuple[int, Example]]]:
    """Extra training rows: the evidence quote of each labelled promise gap, alone.

    A quote is the short span that shows the promise and the gap, so training on it tells the
    model which words carry the label. Returns (index of each extra row's source, rows).
    """
    if weight <= 0:
        return [], []
    extra = [(i, replace(e, id=f"{e.id}#evidence", text=e.evidence, channel=None))
             for i, e in enumerate(examples) if e.promise_gap and e.evidence.strip() and e.evidence != e.text]
    return [i for i, _ in extra], extra


def out_of_fold(data: Inputs, examples: Sequence[Example], source: np.ndarray, settings: Settings) -> np.ndarray:
    """Logits for every example from a model that did not see it (``calibration_folds`` folds).

    ``data`` holds the examples' rows first, then extra rows; ``source[j]`` is the example the
    extra row j came from, and it goes to that example's fold.
    """
    folds = stratified_folds(list(examples), settings.calibration_folds, settings.seed)
    folds = np.concatenate([folds, folds[source]]) if len(source) else folds
    oof = np.zeros((len(examples), 2), dtype=np.float32)
    for k in range(settings.calibration_folds):
        train_rows = np.where(folds != k)[0]
        test_rows = np.where(folds[: len(examples)] == k)[0]
        net = fit(data.subset(train_rows), settings.hashing.buckets, settings.hp, settings.seed + 1 + k)
        oof[test_rows] = logits(net, data.subset(test_rows))[:, :2]
    return oof


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items()))
