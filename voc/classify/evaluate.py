"""`voc evaluate`: cross-validated metrics per language, written to metrics/ and the model card."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from voc.classify import card, messages
from voc.classify.build import load_training_data
from voc.classify.labels import DEFAULT_MODEL
from voc.classify.crossval import FoldPredictions, Progress, cross_validate
from voc.classify.data import PROJECT_DATA, SHARED_DATA
from voc.classify.features import Hasher
from voc.classify.labels import LANGS, NONE, SOURCES, TOPICS
from voc.classify.metrics import bootstrap_f1, confusion, evidence_overlap, f1, macro_f1, prf
from voc.classify.train import Settings, train_weak
from voc.errors import ModelError

METRICS_FILE = "cv_metrics.json"


def evaluate(model: Path = DEFAULT_MODEL, data: Path = PROJECT_DATA, shared: Path | None = SHARED_DATA,
             folds: int = 5, seed: int = 0, progress: Progress | None = None) -> dict:
    """Cross-validate the model's training recipe and write the metrics next to it.

    With a dev set (``shared/labeled``), its records are split into ``folds`` folds and each
    is scored by a model trained on ``data`` plus the other folds; without one, ``data`` itself
    is cross-validated. Settings (seed, hashing, hyper-parameters) are those in the model's
    config.json, so the numbers describe how that model was made.

    Returns:
        The metrics dict also written to ``model/metrics/cv_metrics.json``.
    """
    config_path = model / "config.json"
    if not config_path.is_file():
        raise ModelError(messages.E101.format(path=model, missing="config.json"))
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if config.get("kind") == "backbone":
        raise ModelError(messages.E112.format(path=model))
    settings = Settings.from_dict(config["settings"])
    own, dev, _ = load_training_data(data, shared)
    train_only, evaluated = (own, dev) if dev else ([], own)
    corpus = shared / "corpus" if shared else None
    weak = train_weak(corpus, {e.id for e in evaluated}, Hasher(settings.hashing), settings.seed)
    preds = cross_validate(train_only, evaluated, settings, weak, folds=folds, seed=seed, progress=progress)
    scheme = (f"{folds}-fold cross-validation on the shared dev set; each fold's model trained on the project data "
              "plus the other dev folds" if dev else f"{folds}-fold cross-validation on the labelled data in {data}")
    metrics = summarize(preds, scheme, seed)
    metrics["model_version"] = config["model_version"]
    out = model / "metrics"
    out.mkdir(parents=True, exist_ok=True)
    (out / METRICS_FILE).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card.write(model, config, metrics)
    return metrics


def summarize(preds: FoldPredictions, scheme: str, seed: int = 0) -> dict:
    """Metrics per language (and over all) from out-of-fold predictions."""
    by_lang = {lang: [i for i, e in enumerate(preds.examples) if e.lang == lang] for lang in LANGS}
    result = {"scheme": scheme, "records": len(preds.examples), "languages": {}}
    for lang, rows in by_lang.items():
        if rows:
            result["languages"][lang] = _metrics([preds.examples[i] for i in rows], [preds.rows[i] for i in rows], seed)
    result["overall"] = _metrics(preds.examples, preds.rows, seed)
    return result


def _metrics(examples: Sequence, rows: Sequence[dict], seed: int) -> dict:
    yc = np.array([e.is_complaint for e in examples])
    pc = np.array([r["is_complaint"] for r in rows])
    yg = np.array([e.promise_gap for e in examples])
    pg = np.array([r["promise_gap"] for r in rows])
    gold_topic = [e.topic for e in examples]
    pred_topic = [r["topic"] for r in rows]
    gaps = [i for i, e in enumerate(examples) if e.promise_gap]
    top_topic = [max(rows[i]["topic_scores"], key=rows[i]["topic_scores"].get) for i in gaps]
    return {
        "records": len(examples),
        "is_complaint": {**prf(yc, pc), "f1_95ci": bootstrap_f1(yc, pc, seed=seed)},
        "promise_gap": {**prf(yg, pg), "f1_95ci": bootstrap_f1(yg, pg, seed=seed)},
        "topic_macro_f1": macro_f1(gold_topic, pred_topic, (*TOPICS, NONE)),
        "topic_macro_f1_given_gap": macro_f1([gold_topic[i] for i in gaps], top_topic, TOPICS),
        "topic_f1": {t: f1(np.array(gold_topic) == t, np.array(pred_topic) == t) for t in TOPICS
                     if t in gold_topic},
        "source_macro_f1": macro_f1([e.source for e in examples], [r["source"] for r in rows], (*SOURCES, NONE)),
        "evidence_overlap": evidence_overlap([e.text for e in examples], [e.evidence for e in examples],
                                             [(r["evidence_start"], r["evidence_end"]) if r["promise_gap"] and e.promise_gap
                                              else None for e, r in zip(examples, rows)]),
        "confusion": {
            "is_complaint": confusion(yc.tolist(), pc.tolist(), [False, True]),
            "promise_gap": confusion(yg.tolist(), pg.tolist(), [False, True]),
            "topic": confusion(gold_topic, pred_topic, (*TOPICS, NONE)),
            "source": confusion([e.source for e in examples], [r["source"] for r in rows], (*SOURCES, NONE)),
        },
    }
