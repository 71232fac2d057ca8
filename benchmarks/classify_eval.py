"""Promise-gap classifier: cross-validated dev F1 against two baselines, then throughput.

Usage: .venv/bin/python benchmarks/classify_eval.py [--shared ../shared/data] [--folds 5]
       [--records 4000] [--skip-cv] [--skip-speed]

Prints, per language, 5-fold cross-validated F1 on the shared dev set for `promise_gap` and
`is_complaint`: voc's model next to (1) cue phrases alone (logistic regression on the cue
counts of voc/lang/*/promise_cues.py) and (2) TF-IDF n-grams with logistic regression. All
three see the same folds and the same training data (the project data plus the other dev
folds), and all three pick their per-language thresholds the same way (F1 on inner
out-of-fold predictions). Then: records per second of `Classifier.predict` on one core over
corpus texts, and the same for a transformer encoder of XLM-R-base size with random weights
(sequence length 128), and their ratio. voc's speed is given on the language layer's stored
output (what the nightly classify stage reads; the normalize stage has already run the layer)
and from raw text with the layer included.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voc.classify.calibrate import best_threshold  # noqa: E402
from voc.classify.crossval import cross_validate  # noqa: E402
from voc.classify.data import PROJECT_DATA, dev_files, read_labelled, stratified_folds  # noqa: E402
from voc.classify.features import N_DENSE, dense  # noqa: E402
from voc.classify.build import labelled_files  # noqa: E402
from voc.classify.labels import LANGS  # noqa: E402
from voc.classify.metrics import f1  # noqa: E402
from voc.classify.train import Settings, prepare_all, train_weak  # noqa: E402
from voc.classify.features import Hasher  # noqa: E402

CUE_COLUMNS = slice(0, N_DENSE - 1)  # every dense feature but the weak complaint score


def baseline_predict(x_train, y_train, x_test, langs_train, langs_test, tune, seed: int) -> np.ndarray:
    """Logistic regression with per-language thresholds from inner out-of-fold probabilities."""
    from sklearn.linear_model import LogisticRegression

    def model():
        return LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)

    inner = np.arange(len(y_train)) % 4
    np.random.RandomState(seed).shuffle(inner)
    oof = np.zeros(len(y_train))
    for k in range(4):
        tr, te = inner != k, inner == k
        oof[te] = model().fit(x_train[tr], y_train[tr]).predict_proba(x_train[te])[:, 1]
    p = model().fit(x_train, y_train).predict_proba(x_test)[:, 1]
    out = np.zeros(len(p), bool)
    for lang in LANGS:
        rows = (langs_train == lang) & tune
        t = best_threshold(oof[rows], y_train[rows], oof[tune], y_train[tune])
        out[langs_test == lang] = p[langs_test == lang] >= t
    return out


def run_cv(shared: Path, folds: int, seed: int) -> dict:
    """F1 per language and task for voc and both baselines, on identical folds."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    own = [ex for f in labelled_files(PROJECT_DATA) for ex in read_labelled(f, "project")]
    dev = [ex for f in dev_files(shared) for ex in read_labelled(f, "dev")]
    if not dev:
        sys.exit(f"no dev set under {shared}/labeled; nothing to cross-validate")
    t0 = time.time()
    docs_own, docs_dev = prepare_all(own), prepare_all(dev)
    settings = Settings()
    weak = train_weak(shared / "corpus", {e.id for e in dev}, Hasher(settings.hashing), settings.seed)
    print(f"prepared {len(own)} project + {len(dev)} dev records and the weak scorer in {time.time() - t0:.0f} s",
          flush=True)
    t0 = time.time()
    ours = cross_validate(own, dev, settings, weak, folds=folds, seed=seed, docs=(docs_own, docs_dev),
                          progress=lambda k, n: print(f"  voc fold {k}/{n} ({time.time() - t0:.0f} s)", flush=True))
    fold = stratified_folds(dev, folds, seed)
    examples, docs = own + dev, docs_own + docs_dev
    cues = np.stack([dense(d)[CUE_COLUMNS] for d in docs])
    texts = [d.text for d in docs]
    langs = np.array([e.lang for e in examples])
    is_dev = np.array([e.origin == "dev" for e in examples])
    fold_all = np.concatenate([np.full(len(own), -1), fold])
    pred = {name: {task: np.zeros(len(dev), bool) for task in ("promise_gap", "is_complaint")}
            for name in ("cues", "tfidf")}
    for k in range(folds):
        tr, te = fold_all != k, fold_all == k
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
        tr_texts = [t for t, m in zip(texts, tr) if m]
        te_texts = [t for t, m in zip(texts, te) if m]
        x_tr = hstack([chars.fit_transform(tr_texts), words.fit_transform(tr_texts)]).tocsr()
        x_te = hstack([chars.transform(te_texts), words.transform(te_texts)]).tocsr()
        for task in ("promise_gap", "is_complaint"):
            y = np.array([getattr(e, task) for e in examples])
            for name, (a, b) in {"cues": (cues[tr], cues[te]), "tfidf": (x_tr, x_te)}.items():
                pred[name][task][fold == k] = baseline_predict(a, y[tr], b, langs[tr], langs[te], is_dev[tr], seed)
        print(f"  baselines fold {k + 1}/{folds}", flush=True)
    result = {}
    for lang in LANGS:
        rows = np.array([e.lang == lang for e in dev])
        result[lang] = {}
        for task in ("promise_gap", "is_complaint"):
            y = np.array([getattr(e, task) for e in dev])[rows]
            mine = np.array([r[task] for r in ours.rows])[rows]
            result[lang][task] = {"voc": f1(y, mine), "cues": f1(y, pred["cues"][task][rows]),
                                  "tfidf": f1(y, pred["tfidf"][task][rows])}
    return result


def corpus_items(shared: Path, n: int) -> list[dict]:
    """``n`` corpus texts, languages interleaved, with their language given as a caller would."""
    handles = [open(shared / "corpus" / f"{lang}.jsonl", encoding="utf-8") for lang in LANGS
               if (shared / "corpus" / f"{lang}.jsonl").is_file()]
    rows = [json.loads(line) for line in itertools.islice(itertools.chain.from_iterable(zip(*handles)), n)]
    for h in handles:
        h.close()
    return [{"id": r["id"], "text": r["text"], "lang": r["lang"], "channel": r.get("channel")} for r in rows]


def run_speed(shared: Path, n: int) -> dict:
    """Records per second on one core: voc's committed model versus an XLM-R-base-sized encoder."""
    import torch
    from transformers import XLMRobertaConfig, XLMRobertaModel

    from voc.classify import load_model

    torch.set_num_threads(1)
    items = corpus_items(shared, n)
    from voc.lang import process

    def rate(batch: list[dict]) -> float:
        """Records/s of a fresh model (no word memo yet) on ``batch``, after a warm-up on other texts."""
        clf = load_model()
        clf.predict(warm)  # cue tables, normalizers, lingua's models
        t0 = time.perf_counter()
        clf.predict(batch)
        return len(batch) / (time.perf_counter() - t0)

    warm = corpus_items(shared, n + 300)[n:]  # texts that are not timed
    stored = []
    for it in items:  # what the normalize stage stores, and the classify stage reads (not timed)
        p = process(it["text"], lang_hint=it["lang"])
        stored.append({**it, "normalized": {"text_norm": p.text_norm, "lang": p.lang, "primary": p.primary,
                                            "hint": it["lang"]}})
    voc_rate = rate(stored)
    raw_rate = rate(items)
    detect_rate = rate([{k: v for k, v in it.items() if k != "lang"} for it in items])
    torch.manual_seed(0)
    encoder = XLMRobertaModel(XLMRobertaConfig()).eval()
    batch, batches = 16, 4
    ids = torch.randint(5, 1000, (batch, 128))
    with torch.no_grad():
        encoder(input_ids=ids[:2])
        t0 = time.perf_counter()
        for _ in range(batches):
            encoder(input_ids=ids, attention_mask=torch.ones_like(ids))
    xlmr_rate = batch * batches / (time.perf_counter() - t0)
    return {"records": len(items), "voc": voc_rate, "voc_raw": raw_rate, "voc_detecting_language": detect_rate,
            "xlmr_base": xlmr_rate, "ratio": voc_rate / xlmr_rate}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    if not args.skip_cv:
        res = run_cv(args.shared, args.folds, args.seed)
        print(f"\nDev-set F1, {args.folds}-fold cross-validation (targets: promise_gap >= 0.80, is_complaint >= 0.85)")
        print(f"{'lang':<6}{'task':<14}{'voc':>8}{'cues+LR':>10}{'tfidf+LR':>10}")
        for lang, tasks in res.items():
            for task, s in tasks.items():
                print(f"{lang:<6}{task:<14}{s['voc']:>8.3f}{s['cues']:>10.3f}{s['tfidf']:>10.3f}")
    if not args.skip_speed:
        s = run_speed(args.shared, args.records)
        print(f"\nThroughput on one core over {s['records']} corpus texts (torch threads = 1)")
        print(f"voc classifier on the language layer's output (the classify stage): {s['voc']:8.0f} records/s")
        print(f"voc from raw text, language layer included, language given: {s['voc_raw']:8.0f} records/s")
        print(f"voc from raw text, language layer included, language detected: "
              f"{s['voc_detecting_language']:8.0f} records/s")
        print(f"XLM-R-base size, len 128: {s['xlmr_base']:8.1f} records/s (random weights)")
        print(f"ratio voc / XLM-R-base:   {s['ratio']:8.0f}x")


if __name__ == "__main__":
    main()
