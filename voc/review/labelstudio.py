"""Label Studio: tasks with pre-annotations, the matching labelling config, and reading its JSON export.

Texts go out exactly as stored: no bidi marks are added and nothing is reordered; the
config lets the browser find each paragraph's direction (``unicode-bidi: plaintext``).
Span offsets go out in UTF-16 units, as JavaScript counts them (``offsets="utf16"``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from voc.classify.labels import NONE, SOURCES, TOPICS
from voc.review import messages as m
from voc.review.answers import RawAnswer
from voc.review.messages import LabelFileError, Problem
from voc.review.offsets import span_to_utf16

CHOICE_FIELDS = ("is_complaint", "promise_gap", "topic", "source")
EVIDENCE = "evidence"


def task(item: dict, offsets: str = "utf16") -> dict:
    """One Label Studio task for a queue item, with the model's answer as a prediction."""
    data = {k: item[k] for k in ("text", "record_id", "record_version", "lang", "channel", "reason")}
    out: dict[str, Any] = {"data": data}
    pred = item.get("prediction")
    if pred:
        result = [_choice(f, _word(pred[f])) for f in CHOICE_FIELDS]
        if pred.get("evidence_start") is not None:
            start, end = pred["evidence_start"], pred["evidence_end"]
            if offsets == "utf16":
                start, end = span_to_utf16(item["text"], start, end)
            result.append({"id": "pred-evidence", "from_name": EVIDENCE, "to_name": "text", "type": "labels",
                           "value": {"start": start, "end": end, "text": pred["evidence"], "labels": [EVIDENCE]}})
        out["predictions"] = [{"model_version": item["model_version"] or "",
                               "score": round(1.0 - float(item["uncertainty"] or 0.0), 4), "result": result}]
    return out


def _word(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _choice(name: str, value: str) -> dict:
    return {"id": f"pred-{name}", "from_name": name, "to_name": "text", "type": "choices",
            "value": {"choices": [value]}}


def config_xml() -> str:
    """The labelling config matching the tasks: the guide's fields as choices, evidence as a span."""
    def choices(name: str, values: tuple[str, ...], extra: str = "") -> str:
        options = "".join(f"\n    <Choice value={quoteattr(v)}/>" for v in values)
        return (f'  <Header value={quoteattr(name)}/>\n  <Choices name="{name}" toName="text" '
                f'choice="single-radio" showInline="true"{extra}>{options}\n  </Choices>\n')

    when_gap = ' visibleWhen="choice-selected" whenTagName="promise_gap" whenChoiceValue="true"'
    return (
        "<View>\n"
        "  <!-- voc review: labels as in ANNOTATION_GUIDE.md. Topic and source show only for a promise gap;\n"
        "       mark the evidence (the shortest quote showing the promise and the gap) for a gap only. -->\n"
        '  <Labels name="evidence" toName="text">\n    <Label value="evidence" maxUsages="1"/>\n  </Labels>\n'
        '  <View style="unicode-bidi: plaintext; text-align: start; white-space: pre-wrap">\n'
        '    <Text name="text" value="$text"/>\n  </View>\n'
        + choices("is_complaint", ("true", "false"), ' required="true"')
        + choices("promise_gap", ("true", "false"), ' required="true"')
        + choices("topic", (*TOPICS, NONE), when_gap)
        + choices("source", (*SOURCES, NONE), when_gap)
        + "</View>\n"
    )


def write(items: list[dict], path: Path, offsets: str = "utf16") -> Path:
    """Write the tasks to ``path`` and the config beside it; return the config's path."""
    path.write_text(json.dumps([task(i, offsets) for i in items], ensure_ascii=False, indent=1), encoding="utf-8")
    config = path.with_name(path.stem + ".label_config.xml")
    config.write_text(config_xml(), encoding="utf-8")
    return config


def read(path: Path) -> tuple[list[RawAnswer], list[Problem], int]:
    """Read a Label Studio JSON export: the answers, per-task problems and unanswered tasks.

    Raises:
        LabelFileError: E204 for broken JSON, E205 when it is not a list of tasks.
    """
    try:
        tasks = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as err:
        msg = m.E204.format(path=path, line=err.lineno, col=err.colno, detail=err.msg)
        raise LabelFileError(msg, location=f"{path}:{err.lineno}", problems=[]) from err
    if not isinstance(tasks, list) or not all(isinstance(t, dict) and "data" in t for t in tasks):
        got = type(tasks).__name__ if not isinstance(tasks, list) else "items without 'data'"
        raise LabelFileError(m.E205.format(path=path, got=got), location=str(path), problems=[])
    answers, problems, unanswered = [], [], 0
    for n, t in enumerate(tasks, 1):
        where = f"{path.name} task {n}" + (f" (id {t['id']})" if "id" in t else "")
        done = [a for a in t.get("annotations") or [] if not a.get("was_cancelled")]
        rid = str(t["data"].get("record_id") or "")
        if not done:
            unanswered += 1
        elif len(done) > 1:
            problems.append(Problem(where, rid, "annotations", m.R_ANNOTATIONS.format(n=len(done))))
        else:
            answers.append(_answer(where, t["data"], done[0]))
    return answers, problems, unanswered


def _answer(where: str, data: dict, ann: dict) -> RawAnswer:
    values: dict[str, Any] = {}
    spans = []
    for r in ann.get("result") or []:
        v, name = r.get("value") or {}, r.get("from_name")
        if name in CHOICE_FIELDS:
            picked = v.get("choices") or []
            values[name] = picked[0] if len(picked) == 1 else (picked or None)
        elif name == EVIDENCE:
            spans.append((v.get("start"), v.get("end"), v.get("text")))
    # The config hides topic and source unless promise_gap is true, so a person who turns a
    # predicted gap into "no gap" cannot see (or clear) them; the same goes for the predicted span.
    cleared = []
    if values.get("promise_gap") == "false":
        cleared = [f for f in ("topic", "source") if values.pop(f, None) not in (None, NONE)]
        cleared += [EVIDENCE] if spans else []
        spans = []
    who = ann.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("username") or who.get("id")
    version = data.get("record_version")
    return RawAnswer(where, str(data.get("record_id") or ""), version if isinstance(version, int) else None,
                     values, spans=spans, labeller=None if who in (None, "") else f"{who}",
                     labelled_at=ann.get("updated_at") or ann.get("created_at"), text=data.get("text"),
                     cleared=cleared)
