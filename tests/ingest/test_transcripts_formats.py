"""The transcript connector: WebVTT, SRT, JSON turns and labelled text keep speaker roles."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.500
<v کارشناس>سلام، فروشگاه آنلاین، بفرمایید.</v>

00:00:05.000 --> 00:00:09.250
<v.loud مشتری>هنگام خرید گفتند ارسال رایگان است،

00:00:09.300 --> 00:00:12.000
<v مشتری>ولی موقع تحویل هزینه گرفتند.</v>

call-note
00:00:13.000 --> 00:00:15.000
<v Agent>I will check the order.</v>
"""


def roles(record):
    return [(t.role, t.speaker, t.text) for t in record.turns]


def test_webvtt_voices_are_speakers_with_times(tmp_path, collect):
    (tmp_path / "call-17.vtt").write_text(VTT, encoding="utf-8")
    (r,), rejects = collect("transcript", tmp_path)
    assert rejects == []
    assert roles(r) == [
        ("agent", "کارشناس", "سلام، فروشگاه آنلاین، بفرمایید."),
        # two cues of one voice merge into one turn spanning both
        ("customer", "مشتری", "هنگام خرید گفتند ارسال رایگان است، ولی موقع تحویل هزینه گرفتند."),
        ("agent", "Agent", "I will check the order."),
    ]
    assert [(t.start, t.end) for t in r.turns] == [(1.0, 4.5), (5.0, 12.0), (13.0, 15.0)]
    assert r.text == ("کارشناس: سلام، فروشگاه آنلاین، بفرمایید.\n"
                      "مشتری: هنگام خرید گفتند ارسال رایگان است، ولی موقع تحویل هزینه گرفتند.\n"
                      "Agent: I will check the order.")
    assert (r.external_id, r.channel, r.location) == ("call-17", "transcript", str(tmp_path / "call-17.vtt"))


def test_webvtt_with_label_prefixes_instead_of_voices(tmp_path, collect):
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n- العميل: قالوا إن الضمان سنتان\n- الموظف: دعني أتحقق\n\n"
           "00:00:03.500 --> 00:00:05.000\nمن فضلك انتظر\n")
    (tmp_path / "c.vtt").write_text(vtt, encoding="utf-8")
    (r,), _ = collect("transcript", tmp_path)
    assert roles(r) == [("customer", "العميل", "قالوا إن الضمان سنتان"),
                        ("agent", "الموظف", "دعني أتحقق من فضلك انتظر")]  # unlabelled cue continues the speaker
    assert r.turns[1].end == 5.0


SRT = """1
00:00:00,500 --> 00:00:03,000
<i>الوكيل:</i> مرحباً، كيف أساعدك؟

2
00:00:03,200 --> 00:00:07,000
الزبون: اشتريت الباقة لأنكم وعدتم
بسرعة مئة ميغابت

3
00:00:07,100 --> 00:00:09,000
والسرعة لا تتجاوز عشرة.

4
00:00:09,500 --> 00:00:11,000
{\\an8}الوكيل: سأرفع شكوى فنية.
"""


def test_srt_arabic_labels_styling_and_continuations(tmp_path, collect):
    (tmp_path / "c.srt").write_text(SRT, encoding="utf-8")
    (r,), rejects = collect("transcript", tmp_path)
    assert rejects == []
    assert roles(r) == [
        ("agent", "الوكيل", "مرحباً، كيف أساعدك؟"),
        ("customer", "الزبون", "اشتريت الباقة لأنكم وعدتم بسرعة مئة ميغابت والسرعة لا تتجاوز عشرة."),
        ("agent", "الوكيل", "سأرفع شكوى فنية."),
    ]
    assert [(t.start, t.end) for t in r.turns] == [(0.5, 3.0), (3.2, 9.0), (9.5, 11.0)]


def test_json_list_of_turns(tmp_path, collect):
    turns = [
        {"speaker": "Agent", "start": 0.0, "end": 2.5, "text": "Thanks for calling."},
        {"speaker": "Customer", "start": "00:00:03", "end": "00:00:07.5", "text": "You promised a call back yesterday."},
        {"speaker": "spk_1", "start": 8, "end": 9, "text": "Hello?"},  # an unknown diariser label
        {"speaker": "Customer", "start": 9, "end": 9.5, "text": ""},  # empty: dropped
    ]
    (tmp_path / "c-9.json").write_text(json.dumps(turns), encoding="utf-8")
    (r,), _ = collect("transcript", tmp_path)
    assert [(t.role, t.speaker, t.start, t.end) for t in r.turns] == [
        ("agent", "Agent", 0.0, 2.5), ("customer", "Customer", 3.0, 7.5), ("unknown", "spk_1", 8.0, 9.0)]
    assert r.external_id == "c-9" and r.created_at is None


def test_json_object_with_id_metadata_and_explicit_roles(tmp_path, collect):
    doc = {
        "id": "CALL-2024-0042", "created_at": "2024-05-06T08:00:00+03:30", "lang": "fa", "agent_id": "a-12",
        "customer_id": "c-99", "product": "اینترنت",
        "turns": [
            {"speaker": "سارا", "role": "agent", "start": 0, "end": 3, "text": "پشتیبانی اینترنت، بفرمایید"},
            {"speaker": "علی", "role": "customer", "start": 3, "end": 8, "text": "گفتند سرعت صد مگ است، ده مگ هم نیست"},
        ],
    }
    (tmp_path / "x.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (r,), _ = collect("transcript", tmp_path)
    assert roles(r)[0][:2] == ("agent", "سارا") and roles(r)[1][:2] == ("customer", "علی")
    assert (r.external_id, r.lang, r.agent_id, r.customer_id, r.product) == ("CALL-2024-0042", "fa", "a-12", "c-99", "اینترنت")
    assert r.created_at == datetime(2024, 5, 6, 4, 30)


TXT_CASES = [
    pytest.param(
        "Agent: Thank you for calling.\nCustomer: The salesman said installation was free.\n"
        "They charged me anyway.\nAgent: I'm sorry about that.",
        [("agent", "Agent"), ("customer", "Customer"), ("agent", "Agent")], id="en",
    ),
    pytest.param(
        "Rep 2: Hi, billing.\nCaller: I was promised a discount.\nSupport Agent: Let me see.\nClient: ok",
        [("agent", "Rep 2"), ("customer", "Caller"), ("agent", "Support Agent"), ("customer", "Client")], id="en-variants",
    ),
    pytest.param(
        "کارشناس: سلام، وقت بخیر.\nمشتری: فروشنده گفت گارانتی دو ساله است.\nاپراتور: بررسی می‌کنم.\nپشتیبان: شماره سفارش؟",
        [("agent", "کارشناس"), ("customer", "مشتری"), ("agent", "اپراتور"), ("agent", "پشتیبان")], id="fa",
    ),
    pytest.param(
        # RTL marks around the labels and a space before the colon, as RTL editors leave them
        "\u200fکارشناس\u200f : بفرمایید\n\u202bمشتری\u202c: گفتند تا شنبه می‌رسد",
        [("agent", "کارشناس"), ("customer", "مشتری")], id="fa-rtl-marks",
    ),
    pytest.param(
        "الموظف: أهلاً بك.\nالعميل: وعدتموني بالتوصيل اليوم.\nخدمة العملاء: سنتحقق.\nالزبون: شكراً",
        [("agent", "الموظف"), ("customer", "العميل"), ("agent", "خدمة العملاء"), ("customer", "الزبون")], id="ar",
    ),
    pytest.param(
        # full-width colon, timestamps and a bulleted label
        "[00:00:02] الوكيل： مرحباً\n00:01:10 - العميل: لم يصل الطلب\n• الموظف: سأتابع",
        [("agent", "الوكيل"), ("customer", "العميل"), ("agent", "الموظف")], id="ar-colon-forms",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TXT_CASES)
def test_plain_text_speaker_prefixes(tmp_path, collect, text, expected):
    (tmp_path / "call.txt").write_text(text, encoding="utf-8")
    (r,), rejects = collect("transcript", tmp_path)
    assert rejects == []
    assert [(t.role, t.speaker) for t in r.turns] == expected


def test_plain_text_continuations_timestamps_and_preamble(tmp_path, collect):
    text = ("تماس ورودی ۱۴۰۳/۰۲/۱۶\n"  # a header line before anyone speaks
            "[00:00:05] مشتری: قرار بود پیک امروز بیاید\nولی نیامد. ساعت: ۵ عصر\n"  # a colon inside a sentence
            "[00:00:12] کارشناس: بررسی می‌کنم")
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    (r,), _ = collect("transcript", tmp_path)
    assert [(t.role, t.speaker, t.start, t.text) for t in r.turns] == [
        ("unknown", "", None, "تماس ورودی ۱۴۰۳/۰۲/۱۶"),
        ("customer", "مشتری", 5.0, "قرار بود پیک امروز بیاید ولی نیامد. ساعت: ۵ عصر"),
        ("agent", "کارشناس", 12.0, "بررسی می‌کنم"),
    ]


def test_windows_1256_persian_transcript_with_arabic_yeh(tmp_path, collect):
    # cp1256 has no Persian yeh: the label arrives as مشتري (Arabic yeh) and must still be the customer
    (tmp_path / "old.txt").write_bytes("کارشناس: بفرماييد\nمشتري: گفتند امروز مي‌رسد".encode("cp1256"))
    (r,), rejects = collect("transcript", tmp_path)
    assert rejects == []
    assert [(t.role, t.speaker) for t in r.turns] == [("agent", "کارشناس"), ("customer", "مشتري")]


def test_named_speakers_are_turns_and_roles_come_from_the_config(tmp_path, collect):
    (tmp_path / "c.txt").write_text("Sara: hello\nOmid: the ad said 50% off\nSara: let me check\nOmid: ok",
                                    encoding="utf-8")
    (r,), _ = collect("transcript", tmp_path)
    assert [(t.role, t.speaker) for t in r.turns][:2] == [("unknown", "Sara"), ("unknown", "Omid")]
    (r,), _ = collect("transcript", tmp_path, options={"speakers": {"sara": "agent", "Omid": "customer"}})
    assert [t.role for t in r.turns] == ["agent", "customer", "agent", "customer"]


def test_external_id_keeps_sub_folders_apart(tmp_path, collect):
    for month in ("2024-04", "2024-05"):
        (tmp_path / month).mkdir()
        (tmp_path / month / "c1.txt").write_text("Agent: hi\nCustomer: hello", encoding="utf-8")
    records, _ = collect("transcript", tmp_path)
    assert sorted(r.external_id for r in records) == ["2024-04/c1", "2024-05/c1"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.txt", "خلاصه: مشتری ناراضی بود\nپیگیری شود", "no speaker turns found"),  # a summary, not a transcript
        ("empty.txt", "", "no speaker turns found"),
        ("plain.srt", "1\n00:00:01,000 --> 00:00:02,000\nhello there\n", "no speaker turns found"),
        ("bad.vtt", "not a vtt file at all", "E010"),
        ("bad.srt", "this is not\nan srt file", "E010"),
        ("bad.json", '{"turns": [{"speaker": "Agent", "text": "hi"}', "E010"),
        ("shape.json", '{"utterances": []}', 'object with "turns"'),
    ],
)
def test_files_without_turns_are_rejected_with_a_reason(tmp_path, collect, name, content, reason):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text("Agent: hi\nCustomer: you promised a refund", encoding="utf-8")
    records, rejects = collect("transcript", tmp_path)
    assert [r.external_id for r in records] == ["good"]
    (rej,) = rejects
    assert rej.location.startswith(str(tmp_path / name))
    assert reason in rej.reason


def test_bad_turn_is_located(tmp_path, collect):
    doc = {"turns": [{"speaker": "Agent", "text": "hi"}, {"speaker": "Customer", "start": "soon", "text": "x"}]}
    (tmp_path / "c.json").write_text(json.dumps(doc), encoding="utf-8")
    _, (rej,) = collect("transcript", tmp_path)
    assert rej.location == f"{tmp_path / 'c.json'}#turns[1]"
    assert "turn times must be seconds" in rej.reason


def test_undecodable_transcript_is_rejected(tmp_path, collect):
    (tmp_path / "c.txt").write_bytes(bytes(range(1, 32)) * 10)
    _, (rej,) = collect("transcript", tmp_path)
    assert rej.reason.startswith("E009")
