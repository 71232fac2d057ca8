"""A queue goes out as Label Studio tasks and comes back as labels with identical offsets.

Label Studio counts offsets in JavaScript (UTF-16) units; the emoji in these texts make
those differ from Python's code points, while ZWNJ and Persian/Arabic letters do not.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from voc.classify.labels import SOURCES, TOPICS
from voc.review.export import export_queue
from voc.review.importer import import_labels
from voc.review.queue import fill_queue

FA = "فروشنده گفت ۲ روزه می‌رسد 😡 ولی دو هفته طول کشید 📦"  # ZWNJ in می‌رسد, emoji between clauses
AR = "🙏🏽 وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوعين"  # emoji with skin tone first: every offset shifts
FA_PII_RAW = "شماره‌ام ۰۹۱۲۱۲۳۴۵۶۷ است؛ گفتند نصب رایگان است 🙂 ولی پول نصب گرفتند"
FA_PII = "شماره‌ام [PHONE] است؛ گفتند نصب رایگان است 🙂 ولی پول نصب گرفتند"  # redacted: shorter than raw
EN = "Great service, thanks"
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def js_slice(text: str, start: int, end: int) -> str:
    """``text.slice(start, end)`` as JavaScript does it, on UTF-16 units."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def js_offsets(text: str, quote: str) -> tuple[int, int]:
    """The UTF-16 span a person selecting ``quote`` in the browser produces."""
    at = text.index(quote)
    start = len(text[:at].encode("utf-16-le")) // 2
    return start, start + len(quote.encode("utf-16-le")) // 2


@pytest.fixture
def exported(build, tmp_path):
    """Four queued records exported as Label Studio tasks; returns (store, tasks path, tasks)."""
    ev = FA.index("فروشنده"), FA.index("می‌رسد") + len("می‌رسد")
    build.record("fa1", FA).predict("fa1", gap=0.55, evidence=ev)
    build.record("ar1", AR, lang="ar", channel="ticket").predict("ar1", gap=0.6, topic="delivery",
                                                               evidence=(AR.index("وعدوني"), AR.index("ووصل") - 1))
    quote = "گفتند نصب رایگان است"
    at = FA_PII_RAW.index(quote)
    build.record("fa2", FA_PII_RAW, redacted=FA_PII).predict("fa2", gap=0.52, topic="pricing",
                                                             evidence=(at, at + len(quote)), evidence_redacted=quote)
    build.record("en1", EN, lang="en").predict("en1", complaint=0.4, gap=0.05)
    fill_queue(build.store, day=build.day, budget=10, random_share=0.0)
    path = tmp_path / "queue.json"
    res = export_queue(build.store, path)
    assert res["items"] == 4 and res["raw_text"] == 0 and res["evidence_unplaced"] == 0
    tasks = json.loads(path.read_text(encoding="utf-8"))
    return build.store, path, {t["data"]["record_id"]: t for t in tasks}


def test_roundtrip_exported_text_is_the_redacted_text_unchanged(exported):
    store, path, tasks = exported
    assert tasks["fa1"]["data"]["text"] == FA and tasks["ar1"]["data"]["text"] == AR
    assert tasks["fa2"]["data"]["text"] == FA_PII and "۰۹۱۲" not in path.read_text(encoding="utf-8")
    for t in tasks.values():  # no direction marks added, nothing reordered
        assert not any(c in t["data"]["text"] for c in BIDI_CONTROLS)
    assert FA in path.read_text(encoding="utf-8")  # written as characters, not \u escapes
    assert tasks["fa1"]["data"]["lang"] == "fa" and tasks["ar1"]["data"]["channel"] == "ticket"


def test_roundtrip_preannotation_offsets_are_javascript_units(exported):
    _, _, tasks = exported
    for rid in ("fa1", "ar1", "fa2"):
        pred = tasks[rid]["predictions"][0]
        span = next(r["value"] for r in pred["result"] if r["from_name"] == "evidence")
        assert js_slice(tasks[rid]["data"]["text"], span["start"], span["end"]) == span["text"]
    ar_span = next(r["value"] for r in tasks["ar1"]["predictions"][0]["result"] if r["type"] == "labels")
    assert ar_span["start"] == AR.index("وعدوني") + 2  # the emoji and its skin tone count two units each
    choices = {r["from_name"]: r["value"]["choices"] for r in tasks["en1"]["predictions"][0]["result"]}
    assert choices == {"is_complaint": ["false"], "promise_gap": ["false"], "topic": ["none"], "source": ["none"]}


def annotate(task: dict, result: list[dict], who=7) -> dict:
    """What Label Studio's JSON export holds for a task after one person submitted ``result``."""
    return {**task, "id": 100, "annotations": [{"id": 1, "completed_by": who, "result": result, "was_cancelled": False,
                                                "created_at": "2026-10-02T09:30:00.000000Z",
                                                "updated_at": "2026-10-02T09:31:00.000000Z"}]}


def choice(name: str, value: str) -> dict:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": [value]}}


def test_roundtrip_accepted_preannotations_come_back_with_identical_offsets(exported, tmp_path):
    store, _, tasks = exported
    answered = [annotate(t, t["predictions"][0]["result"]) for t in tasks.values()]  # accepted as shown
    out = tmp_path / "export.json"
    out.write_text(json.dumps(answered, ensure_ascii=False), encoding="utf-8")
    res = import_labels(store, out)
    assert res["written"] == 4 and res["invalid"] == 0
    labels = {r["record_id"]: r for r in store.query("SELECT * FROM human_labels")}
    shown = {r["record_id"]: r for r in store.query("SELECT * FROM review_queue")}
    for rid, quote in (("fa1", "فروشنده گفت ۲ روزه می‌رسد"), ("ar1", "وعدوني بالتوصيل خلال يومين"),
                       ("fa2", "گفتند نصب رایگان است")):
        lab = labels[rid]
        assert lab["evidence"] == quote
        assert shown[rid]["text"][lab["evidence_start"]:lab["evidence_end"]] == quote
        assert (lab["evidence_start"], lab["evidence_end"]) == (shown[rid]["text"].index(quote),
                                                                shown[rid]["text"].index(quote) + len(quote))
    assert labels["en1"]["promise_gap"] is False and labels["en1"]["evidence_start"] is None
    assert labels["fa1"]["labeller"] == "7" and str(labels["fa1"]["labelled_at"]) == "2026-10-02 09:31:00"
    assert labels["fa2"]["text"] == FA_PII and labels["fa1"]["model_version"] == "m1"


def test_roundtrip_a_span_marked_after_emoji_maps_to_code_points(exported, tmp_path):
    store, _, tasks = exported
    quote = "ولی دو هفته طول کشید"  # after 😡: one UTF-16 unit further than its code point index
    start, end = js_offsets(FA, quote)
    assert start == FA.index(quote) + 1
    result = [choice("is_complaint", "true"), choice("promise_gap", "true"), choice("topic", "delivery"),
              choice("source", "sales_rep"),
              {"from_name": "evidence", "to_name": "text", "type": "labels",
               "value": {"start": start, "end": end, "text": quote, "labels": ["evidence"]}}]
    out = tmp_path / "export.json"
    out.write_text(json.dumps([annotate(tasks["fa1"], result, who={"id": 3, "email": "sara@example.com"})],
                              ensure_ascii=False), encoding="utf-8")
    import_labels(store, out)
    lab = store.query("SELECT * FROM human_labels")[0]
    assert (lab["evidence_start"], lab["evidence_end"]) == (FA.index(quote), FA.index(quote) + len(quote))
    assert lab["labeller"] == "sara@example.com" and lab["topic"] == "delivery"


def test_roundtrip_code_point_offsets_from_other_label_studio_versions_are_recognised(exported, tmp_path):
    store, _, tasks = exported
    quote = "ووصل الطلب بعد أسبوعين"  # some Label Studio versions export code points: the quoted text decides
    start = AR.index(quote)
    result = [choice("is_complaint", "true"), choice("promise_gap", "true"), choice("topic", "delivery"),
              choice("source", "sales_rep"),
              {"from_name": "evidence", "to_name": "text", "type": "labels",
               "value": {"start": start, "end": start + len(quote), "text": quote, "labels": ["evidence"]}}]
    out = tmp_path / "export.json"
    out.write_text(json.dumps([annotate(tasks["ar1"], result)], ensure_ascii=False), encoding="utf-8")
    import_labels(store, out)
    lab = store.query("SELECT * FROM human_labels")[0]
    assert AR[lab["evidence_start"]:lab["evidence_end"]] == quote


def test_roundtrip_config_matches_the_tasks(exported):
    _, path, tasks = exported
    root = ET.fromstring(path.with_name("queue.label_config.xml").read_text(encoding="utf-8"))
    text = root.find(".//Text")
    assert text.get("name") == "text" and text.get("value") == "$text"
    choices = {c.get("name"): [x.get("value") for x in c.findall("Choice")] for c in root.iter("Choices")}
    assert choices["topic"] == [*TOPICS, "none"] and choices["source"] == [*SOURCES, "none"]
    assert choices["is_complaint"] == choices["promise_gap"] == ["true", "false"]
    assert [lab.get("value") for lab in root.iter("Label")] == ["evidence"]
    from_names = {r["from_name"] for t in tasks.values() for r in t["predictions"][0]["result"]}
    assert from_names <= set(choices) | {"evidence"}
    assert all(c.get("toName") == "text" for c in root.iter("Choices"))


def test_roundtrip_turning_a_predicted_gap_into_no_gap_drops_the_hidden_fields(exported, tmp_path):
    store, _, tasks = exported
    shown = tasks["ar1"]["predictions"][0]["result"]  # gap, topic delivery, source, evidence span
    corrected = [r for r in shown if r["from_name"] != "promise_gap"] + [choice("promise_gap", "false")]
    out = tmp_path / "export.json"
    out.write_text(json.dumps([annotate(tasks["ar1"], corrected)], ensure_ascii=False), encoding="utf-8")
    res = import_labels(store, out)
    lab = store.query("SELECT * FROM human_labels")[0]
    assert (lab["promise_gap"], lab["topic"], lab["source"], lab["evidence"]) == (False, "none", "none", None)
    assert res["notes"] == ["export.json task 1 (id 100) record ar1: topic, source, evidence dropped "
                            "(hidden while promise_gap is false)"]
