"""The e-mail connector: .eml files and mbox mailboxes as ticket records."""

from __future__ import annotations

import mailbox
from datetime import datetime
from email.message import EmailMessage

import pytest

from voc.ingest.email import html_to_text, trim_quoted

FA_BODY = "سلام،\nهنگام خرید گفتند نصب رایگان است ولی هزینه نصب گرفتند.\nلطفاً پیگیری کنید."


def message(subject="نصب رایگان نبود", body=FA_BODY, sender="مریم احمدی <Maryam@Example.com>",
            date="Sat, 04 May 2024 10:30:00 +0330", msg_id="<m1@shop.example>", html=None):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = "support@shop.example"
    if date:
        msg["Date"] = date
    if msg_id:
        msg["Message-ID"] = msg_id
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    return msg


def test_eml_message_becomes_a_ticket(tmp_path, collect):
    (tmp_path / "m1.eml").write_bytes(message().as_bytes())
    (r,), rejects = collect("email", tmp_path)
    assert rejects == []
    assert r.title == "نصب رایگان نبود"  # RFC 2047-encoded on disk, decoded here
    assert r.text == FA_BODY
    assert (r.external_id, r.channel, r.customer_id, r.customer_name) == (
        "m1@shop.example", "ticket", "maryam@example.com", "مریم احمدی")
    assert r.created_at == datetime(2024, 5, 4, 7, 0)  # +03:30 to UTC
    assert r.location == str(tmp_path / "m1.eml")


def test_html_only_arabic_message_is_read_as_text(tmp_path, collect):
    html = ("<html><head><style>p{color:red}</style></head><body><p>وعدني المندوب بالتوصيل&nbsp;غداً</p>"
            "<div>لكن الطلب <b>لم يصل</b></div><script>track()</script></body></html>")
    (tmp_path / "m.eml").write_bytes(message(body=None, html=html, subject="طلب متأخر").as_bytes())
    (r,), _ = collect("email", tmp_path)
    assert r.text == "وعدني المندوب بالتوصيل غداً\nلكن الطلب لم يصل"
    assert r.title == "طلب متأخر"


def test_plain_part_is_preferred_over_html(tmp_path, collect):
    (tmp_path / "m.eml").write_bytes(message(html="<p>HTML version</p>").as_bytes())
    (r,), _ = collect("email", tmp_path)
    assert r.text == FA_BODY


def test_legacy_windows_1256_mail_with_encoded_subject(tmp_path, collect):
    # an Outlook-era Arabic mail: RFC 2047 subject and an 8-bit body, both in windows-1256
    subject = "=?windows-1256?B?" + __import__("base64").b64encode("الخصم لم يطبق".encode("cp1256")).decode() + "?="
    raw = (f"From: =?windows-1256?Q?=DA=E1=ED?= <ali@example.net>\nSubject: {subject}\n"
           "Date: Mon, 06 May 2024 08:00:00 +0300\nMessage-ID: <legacy-1@mail>\n"
           "Content-Type: text/plain; charset=windows-1256\nContent-Transfer-Encoding: 8bit\n\n").encode("ascii")
    raw += "قال الموظف إن الخصم سيطبق تلقائياً".encode("cp1256")
    (tmp_path / "old.eml").write_bytes(raw)
    (r,), rejects = collect("email", tmp_path)
    assert rejects == []
    assert (r.title, r.text, r.customer_name) == ("الخصم لم يطبق", "قال الموظف إن الخصم سيطبق تلقائياً", "علي")


def test_mbox_gives_one_record_per_message(tmp_path, collect):
    box = mailbox.mbox(tmp_path / "support.mbox")
    box.add(message(msg_id="<a@x>"))
    box.add(message(msg_id=None, subject="Refund", body="You said 3 days. It has been 3 weeks."))
    box.add(message(msg_id="<c@x>", subject="التوصيل", body="المندوب قال غداً", sender="client@example.org"))
    box.flush()
    box.close()
    records, rejects = collect("email", tmp_path)
    assert rejects == []
    assert [r.title for r in records] == ["نصب رایگان نبود", "Refund", "التوصيل"]
    assert records[0].external_id == "a@x" and records[2].external_id == "c@x"
    assert len(records[1].external_id) == 24  # no Message-ID: a hash of file and position
    assert records[1].location == f"{tmp_path / 'support.mbox'}#message[1]"
    assert records[2].customer_name is None and records[2].customer_id == "client@example.org"
    again, _ = collect("email", tmp_path)
    assert again[1].external_id == records[1].external_id  # stable across runs: re-runs add nothing


def test_quoted_reply_is_trimmed(tmp_path, collect):
    body = ("هنوز پاسخی نگرفتم.\n\nOn Mon, 6 May 2024, Support <support@shop.example> wrote:\n"
            "> سفارش شما فردا ارسال می‌شود.\n> با تشکر")
    (tmp_path / "m.eml").write_bytes(message(body=body).as_bytes())
    (r,), _ = collect("email", tmp_path)
    assert r.text == "هنوز پاسخی نگرفتم."
    (r,), _ = collect("email", tmp_path, options={"trim_quotes": False})
    assert "> سفارش شما" in r.text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"From: a@b.c\nSubject: x\nDate: sometime soon\n\nbody text\n", "E011"),  # unparseable Date
        (b"From: a@b.c\nSubject: only a subject\n\n   \n", "E008"),  # empty body
        (b"From: a@b.c\nContent-Type: text/plain; charset=x-klingon\n\nqapla\n", "E009"),  # unknown charset
        (b"From a@b.c is not a header line\nhello\n", "E010"),  # a text file named .eml: no headers
    ],
)
def test_bad_messages_are_rejected(tmp_path, collect, raw, reason):
    (tmp_path / "bad.eml").write_bytes(raw)
    (tmp_path / "good.eml").write_bytes(message().as_bytes())
    records, rejects = collect("email", tmp_path)
    assert [r.external_id for r in records] == ["m1@shop.example"]
    (rej,) = rejects
    assert rej.location == str(tmp_path / "bad.eml")
    assert rej.reason.startswith(f"{reason} {rej.location}")
    assert rej.payload.startswith("From")


def test_message_without_date_has_no_created_at(tmp_path, collect):
    (tmp_path / "m.eml").write_bytes(message(date=None).as_bytes())
    (r,), rejects = collect("email", tmp_path)
    assert rejects == [] and r.created_at is None


def test_html_to_text_and_trim_quoted_helpers():
    assert html_to_text("<p>a&amp;b</p><br><li> c  d </li>") == "a&b\nc d"
    assert trim_quoted("ok\n> old\n>> older") == "ok"
    assert trim_quoted("Note: keep this line\nand this") == "Note: keep this line\nand this"
