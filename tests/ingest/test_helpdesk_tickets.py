"""The helpdesk connector: Zendesk-shaped ticket exports with comments as turns."""

from __future__ import annotations

import json
from datetime import datetime

import pytest


def ticket(id_=101, **kw):
    t = {
        "id": id_,
        "subject": "سفارش ۴۵۲۱ هنوز نرسیده",
        "description": "فروشنده گفت تحویل تا پنج‌شنبه است ولی خبری نشد.",
        "created_at": "2024-05-04T09:12:00Z",
        "updated_at": "2024-05-05T10:00:00Z",
        "requester_id": 9001,
        "organization_id": 77,
        "assignee_id": 501,
        "status": "open",
        "tags": ["delivery", "promise"],
        "via": {"channel": "email", "source": {}},
        "custom_fields": [{"id": 360001, "value": "router-x"}, {"id": 360002, "value": None}],
    }
    t.update(kw)
    return t


COMMENTS = [
    {"id": 1, "author_id": 9001, "public": True, "created_at": "2024-05-04T09:12:00Z",
     "body": "فروشنده گفت تحویل تا پنج‌شنبه است ولی خبری نشد."},
    {"id": 2, "author_id": 501, "public": False, "created_at": "2024-05-04T09:30:00Z",
     "body": "INTERNAL: courier lost the parcel, do not tell the customer yet"},  # internal note
    {"id": 3, "author_id": 501, "public": True, "created_at": "2024-05-04T10:00:00Z",
     "body": "پوزش می‌خواهیم، بسته فردا ارسال می‌شود."},
    {"id": 4, "author_id": 9001, "created_at": "2024-05-04T11:00:00Z", "body": "  "},  # empty: nothing to keep
]


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_ticket_with_comments_becomes_turns_without_internal_notes(tmp_path, collect):
    write(tmp_path / "export.json", {"tickets": [ticket(comments=COMMENTS)], "count": 1, "next_page": None})
    (r,), rejects = collect("helpdesk", tmp_path, mapping={"product": "360001"})
    assert rejects == []
    assert [(t.role, t.text) for t in r.turns] == [
        ("customer", "فروشنده گفت تحویل تا پنج‌شنبه است ولی خبری نشد."),
        ("agent", "پوزش می‌خواهیم، بسته فردا ارسال می‌شود."),
    ]
    assert "INTERNAL" not in r.text
    assert r.text == ("customer: فروشنده گفت تحویل تا پنج‌شنبه است ولی خبری نشد.\n"
                      "agent: پوزش می‌خواهیم، بسته فردا ارسال می‌شود.")
    assert (r.external_id, r.channel, r.title, r.customer_id, r.account_id, r.agent_id, r.product) == (
        "101", "ticket", "سفارش ۴۵۲۱ هنوز نرسیده", "9001", "77", "501", "router-x")
    assert r.created_at == datetime(2024, 5, 4, 9, 12)
    assert r.segments == {"status": "open", "tags": ["delivery", "promise"], "via": "email",
                          "custom_fields": {"360001": "router-x"}}
    assert r.location == f"{tmp_path / 'export.json'}#tickets[0]"


def test_ticket_without_comments_is_subject_and_description(tmp_path, collect):
    arabic = ticket(202, subject="لم يصل الطلب", description="قال الموظف إن التوصيل خلال يومين.", requester_id="u-5")
    write(tmp_path / "export.json", {"tickets": [arabic]})
    (r,), _ = collect("helpdesk", tmp_path)
    assert r.text == "لم يصل الطلب\nقال الموظف إن التوصيل خلال يومين."
    assert r.turns == [] and r.customer_id == "u-5"


def test_only_internal_notes_falls_back_to_description(tmp_path, collect):
    write(tmp_path / "export.json", [ticket(comments=[COMMENTS[1]])])  # a bare JSON array works too
    (r,), _ = collect("helpdesk", tmp_path)
    assert r.turns == [] and "INTERNAL" not in r.text and r.text.startswith("سفارش ۴۵۲۱")


@pytest.mark.parametrize("name", ["tickets.jsonl", "zendesk-export.json"])  # Zendesk's own export is NDJSON named .json
def test_json_lines_of_tickets(tmp_path, collect, name):
    lines = [ticket(1), ticket(2, subject="الخصم لم يطبق", description="وعدني المندوب بخصم ٢٠٪")]
    (tmp_path / name).write_text("\n".join(json.dumps(t, ensure_ascii=False) for t in lines) + "\n", encoding="utf-8")
    records, rejects = collect("helpdesk", tmp_path)
    assert rejects == []
    assert [r.external_id for r in records] == ["1", "2"]
    assert records[1].location == f"{tmp_path / name}:2"


def test_bad_tickets_are_rejected_one_by_one(tmp_path, collect):
    tickets = [
        ticket(1),
        ticket(None),  # no id
        ticket(3, created_at="دیروز"),  # "yesterday" is not a timestamp
        ticket(4, subject="", description="", comments=[]),  # nothing to read
        ticket(5, comments=["not an object"]),
        ticket(6),
    ]
    write(tmp_path / "export.json", {"tickets": tickets})
    records, rejects = collect("helpdesk", tmp_path)
    assert [r.external_id for r in records] == ["1", "6"]
    loc = f"{tmp_path / 'export.json'}#tickets"
    assert [r.location for r in rejects] == [f"{loc}[1]", f"{loc}[2]", f"{loc}[3]", f"{loc}[4].comments[0]"]
    assert "E008" in rejects[0].reason and "'id'" in rejects[0].reason
    assert "E011" in rejects[1].reason and "'created_at'" in rejects[1].reason and "دیروز" in rejects[1].reason
    assert "E008" in rejects[2].reason and "'description'" in rejects[2].reason
    assert "expected a comment object" in rejects[3].reason
    assert json.loads(rejects[1].payload)["id"] == 3  # the raw ticket travels with the reject


def test_broken_export_file_is_one_reject(tmp_path, collect):
    (tmp_path / "export.json").write_text('{"tickets": [{"id": 1,', encoding="utf-8")
    records, rejects = collect("helpdesk", tmp_path)
    assert records == [] and len(rejects) == 1 and rejects[0].reason.startswith("E010")


def test_utf16_export_in_arabic(tmp_path, collect):
    doc = {"tickets": [ticket(8, subject="استرداد", description="قالوا إن الاسترداد فوري")]}
    (tmp_path / "export.json").write_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-16"))
    (r,), rejects = collect("helpdesk", tmp_path)
    assert rejects == [] and r.text == "استرداد\nقالوا إن الاسترداد فوري"
