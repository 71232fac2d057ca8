"""Write models/<name>/MODEL_CARD.md from the model's config.json and its cross-validated metrics."""

from __future__ import annotations

import json
from pathlib import Path

from voc.classify.labels import LANGS, TOPICS

CARD = "MODEL_CARD.md"
METRICS = Path("metrics") / "cv_metrics.json"

STATIC = """
## Known failure modes

- **Implied promises.** The guide counts "it was supposed to be the 2024 model" and "not the
  product in the photo" as promise gaps. Wording the cue lists do not cover ("the fillet was
  not fillet", a product name that implies a content) is often missed.
- **Post-sale promises.** "They promised to call back" is a service failure, not a sales
  promise; the model learns this from few examples and sometimes flags it.
- **Photos the customer took.** In Persian and Arabic reviews of cameras and phones, "photo"
  (عکس, صورة) is mostly about the camera, not the listing; precision drops there.
- **Questions and rhetorical uses.** "How am I supposed to rebook?" and "I promise I'll fly
  you again" contain promise words but are not promise gaps.
- **Topics and sources from little real data.** The dev set holds almost only `product`
  (fa, ar) and `delivery` (en) gaps, mostly from listings; the other topics and sources are
  learned from the project's written examples and are less reliable on real text.
- **Other languages.** Texts detected as neither Persian nor Arabic are read with the English
  cue lists.

## How to retrain on your own labels

1. Write JSON Lines files in the format of `ANNOTATION_GUIDE.md` ("Files"): one record a line
   with `id`, `lang`, `channel`, `text`, `is_complaint`, `promise_gap`, `topic`, `source`,
   `evidence`. Put them in one folder (any `*.jsonl` names); every record is checked and the
   first invalid one is reported with its file and line.
2. `voc train --data YOUR_FOLDER --out models/my_model` (add `--shared none` to leave out the
   shared dev set and corpus). Same data and `--seed` give byte-identical weights.
   `--setting KEY=VALUE` changes one training setting (e.g. `hp.epochs=4`); all are kept in
   `config.json`.
3. `voc evaluate --model models/my_model --data YOUR_FOLDER` cross-validates the recipe and
   writes `metrics/cv_metrics.json` and this card's metrics.
4. `voc classify input.jsonl --output out.jsonl --model models/my_model`, or
   `voc.classify.load_model("models/my_model")` in Python.
5. With a pretrained encoder on disk (XLM-R, ParsBERT, CAMeLBERT, mBERT):
   `voc train --backbone PATH --out models/my_encoder_model` fine-tunes it with the same
   outputs (on a GPU when there is one).
6. With corrections made in the review loop (`voc review export`, `voc review import`):
   `voc train --config voc.toml` (or `--db voc.duckdb --out models/my_model`) also trains on
   the latest human label of each record, weighted like the dev records; a label without an
   evidence quote still trains. About 30% of the labelled records are held out (fixed per
   record id). The new model is trained into `<model>.candidate/` and replaces the current
   model only if, on those held-out labels, its promise-gap and complaint F1 are at least as
   good in every language with enough labels; the old model is kept in `<model>.previous/`.
   The comparison is printed, stored in the store's `model_promotions` table and written to
   `metrics/promotion.json`; a rejected candidate stays in `<model>.candidate/` and the current
   model is left untouched.
"""


def write(folder: Path, config: dict, metrics: dict | None = None) -> Path:
    """Render the card; metrics default to those saved in ``folder/metrics`` when current."""
    if metrics is None and (folder / METRICS).is_file():
        saved = json.loads((folder / METRICS).read_text(encoding="utf-8"))
        metrics = saved if saved.get("model_version") == config.get("model_version") else None
    parts = [_head(config), _data(config), _model(config), _metrics(metrics), STATIC]
    path = folder / CARD
    path.write_text("\n".join(parts).strip() + "\n", encoding="utf-8")
    return path


def _head(config: dict) -> str:
    return f"""# Model card: promise-gap classifier (`{config['model_version']}`)

Predicts, for a customer text in Persian, Arabic or English (review, ticket or call
transcript): whether it is a complaint, whether the complaint stems from an unmet sales
promise (`promise_gap`), what was promised (`topic`), who promised it (`source`), and the
evidence span (character offsets into the raw text). Labels follow `ANNOTATION_GUIDE.md`.
Output contract: `voc classify` / `voc.classify.load_model().predict`.
"""


def _data(config: dict) -> str:
    t = config.get("training", {})
    files = "\n".join(f"| `{name}` | `{digest}` |" for name, digest in config.get("data", {}).items())
    weak = ("yes: a linear complaint scorer trained on the corpus's own sentiment/complaint labels "
            "(dev ids excluded)" if config.get("weak_complaint") else "no (no corpus found at training time)")
    return f"""## Data

- Training records: {t.get('records', '?')} ({_fmt(t.get('by_origin', {}))}); by language: {_fmt(t.get('by_lang', {}))};
  complaints {t.get('complaints', '?')}, promise gaps {t.get('promise_gaps', '?')}.
- `project`: the project's own labelled records in `models/promise_gap/data/` (all three
  languages and channels, every topic and source, hard negatives), generated from
  hand-written phrase tables by `make_data.py` in that folder (see its docstring).
- `dev`: the shared labelled dev set (`shared/data/labeled/*.dev.jsonl`: real reviews and
  tweets to companies), when present at training time. Its texts are not in this repository;
  the model stores hashed n-gram weights only, no vocabulary. The held-out set is never read.
- Weak complaint feature: {weak}.

| file | content hash |
|---|---|
{files}
"""


def _model(config: dict) -> str:
    s = config["settings"]
    cal = config["calibration"]
    thr = " ".join(f"{lang}: complaint {cal['complaint_threshold'][lang]}, gap {cal['gap_threshold'][lang]};"
                   for lang in LANGS)
    return f"""## Model

A multi-task network (torch) over hashed character 2-5-grams and word 1-2-grams of the
normalized customer text (plus words around cue phrases), joined with dense cue features
(promise, mismatch, source, topic, complaint and praise cue counts from
`voc/lang/*/promise_cues.py`, cue pairs within one sentence, punctuation, language, the weak
complaint score). Heads: complaint, promise gap given a complaint (so
P(gap) = P(complaint) x P(gap | complaint)), topic (8-way softmax), source (5-way softmax).
Transcripts are decided from the customer's turns; an agent turn that confirms the promise
adds a learned, positive amount to both logits. Scores are Platt-calibrated on
{s['calibration_folds']}-fold out-of-fold predictions, and each language gets the decision
thresholds that maximise F1 on those predictions (on the dev records when present): {thr}
Seed {s['seed']}; hyper-parameters in `config.json`. Weights are stored in fp16
(`weights.safetensors`); the model version is a digest of that file.
"""


def _metrics(metrics: dict | None) -> str:
    if not metrics:
        return "## Metrics\n\nNot computed for this version yet: run `voc evaluate`.\n"
    rows, topic_rows = [], []
    for lang, m in metrics["languages"].items():
        c, g = m["is_complaint"], m["promise_gap"]
        rows.append(f"| {lang} | {m['records']} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} "
                    f"[{c['f1_95ci'][0]:.2f}, {c['f1_95ci'][1]:.2f}] | {g['precision']:.3f} | {g['recall']:.3f} | "
                    f"{g['f1']:.3f} [{g['f1_95ci'][0]:.2f}, {g['f1_95ci'][1]:.2f}] | {m['topic_macro_f1']:.3f} | "
                    f"{m['topic_macro_f1_given_gap']:.3f} | {m['evidence_overlap']:.3f} |")
        topic_rows.append(f"| {lang} | " + " | ".join(
            f"{m['topic_f1'][t]:.2f}" if t in m["topic_f1"] else "-" for t in TOPICS) + " |")
    return f"""## Metrics

{metrics['scheme']} ({metrics['records']} records). F1 with bootstrap 95% intervals; topic
macro-F1 over topics present (with `none`), and over gold promise gaps only; evidence overlap is
the character-overlap F1 of predicted and gold evidence on true positives. Confusion
matrices: `metrics/cv_metrics.json`.

| lang | n | complaint P | R | F1 [95% CI] | promise gap P | R | F1 [95% CI] | topic macro-F1 | given gap | evidence |
|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

F1 per topic (end to end; "-": no such gold topic in that language):

| lang | {' | '.join(TOPICS)} |
|---|{'---|' * len(TOPICS)}
{chr(10).join(topic_rows)}
"""


def _fmt(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items()) or "?"
