"""Call transcripts: JSON turns, WebVTT (voice tags or labels), SRT and labelled plain text,
one file per call named ``call-YYYY-MM-DD-<lang>-NNN.<ext>``, plus three broken files."""

from __future__ import annotations

import json
from pathlib import Path

from voc.demo.compose import Composer, Core, canonical
from voc.demo.plan import Item
from voc.demo.truth import malformed, truth

CALLS = "calls"
RLM = "\u200f"
Timed = list[tuple[str, str, float, float]]  # role, text, start, end


def timed(turns: list[tuple[str, str]], c: Composer) -> Timed:
    """Start and end seconds for each turn, from its length (about 14 characters a second)."""
    t, out = 0.0, []
    for role, text in turns:
        start = round(t + c.rng.uniform(0.2, 1.2), 3)
        end = round(start + max(1.5, len(text) / 14), 3)
        out.append((role, text, start, end))
        t = end
    return out


def clock(seconds: float, sep: str = ".") -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def labels(item: Item, c: Composer) -> dict[str, str]:
    pairs = c.books[item.lang].SPEAKER_LABELS
    agent, customer = pairs[0] if c.rng.random() < 0.7 else c.rng.choice(pairs[1:])
    return {"agent": agent, "customer": customer}


def as_json(item: Item, core: Core, turns: Timed, c: Composer, seq: int) -> str:
    doc = {
        "id": f"NVC-{seq:05d}",
        "started_at": item.at.isoformat(),
        "product": canonical(core.product),
        "agent_id": f"AG-{100 + c.rng.randrange(12)}",
        "customer_id": f"CUS-{c.rng.randrange(100000, 999999)}",
        "turns": [{"speaker": r, "start": s, "end": e, "text": t} for r, t, s, e in turns],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def as_vtt(item: Item, turns: Timed, c: Composer) -> str:
    voices = c.rng.random() < 0.6
    names = {"agent": "Agent", "customer": "Customer"} if voices and c.rng.random() < 0.7 else labels(item, c)
    cues = []
    for n, (role, text, s, e) in enumerate(turns, 1):
        said = f"<v {names[role]}>{text}" if voices else f"{names[role]}: {text}"
        cues.append(f"{n}\n{clock(s)} --> {clock(e)}\n{said}")
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def as_srt(item: Item, turns: Timed, c: Composer) -> str:
    names = labels(item, c)
    cues = [f"{n}\n{clock(s, ',')} --> {clock(e, ',')}\n{names[r]}: {t}" for n, (r, t, s, e) in enumerate(turns, 1)]
    return "\n\n".join(cues) + "\n"


def as_txt(item: Item, turns: Timed, c: Composer) -> str:
    names = labels(item, c)
    stamps = c.rng.random() < 0.3
    marks = item.lang != "en" and c.rng.random() < 0.25  # RLM around labels, as some RTL editors save them
    lines = []
    for role, text, s, _ in turns:
        label = f"{RLM}{names[role]}{RLM}" if marks else names[role]
        prefix = f"[{clock(s)[3:8]}] " if stamps else ""
        lines.append(f"{prefix}{label}: {text}")
    return "\n".join(lines) + "\n"


def write_calls(pairs: list[tuple[Item, Core, list[tuple[str, str]]]], c: Composer, data: Path) -> list[dict]:
    folder = data / CALLS
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for seq, (item, core, turns) in enumerate(pairs, 1):
        stem = f"call-{item.at:%Y-%m-%d}-{item.lang}-{seq:03d}"
        t = timed(turns, c)
        if item.fmt == "json":
            body, ext_id = as_json(item, core, t, c, seq), f"NVC-{seq:05d}"
        else:
            body, ext_id = {"vtt": as_vtt, "srt": as_srt, "txt": as_txt}[item.fmt](item, t, c), stem
        (folder / f"{stem}.{item.fmt}").write_text(body, encoding="utf-8")
        out.append(truth(item, core, f"{CALLS}/{stem}.{item.fmt}", ext_id, item.fmt))
    out += _broken(folder)
    return out


def _broken(folder: Path) -> list[dict]:
    """Files voc must reject: no speakers, cut-off JSON, WebVTT without its header."""
    files = {
        "call-2026-10-21-fa-901.txt": (
            "تماس قطع و وصل می‌شد و ضبط کیفیت خوبی نداشت\n"
            "مشتری دربارهٔ قبض ماه قبل سؤال داشت و قرار شد پیامک راهنما ارسال شود\n"
            "پایان تماس\n",
            "no speaker labels on any line: rejected as 'no speaker turns found'"),
        "call-2026-09-30-en-902.json": (
            '{"id": "NVC-99902", "started_at": "2026-09-30T15:20:00+03:30", "product": "Novin TV Box 4K",\n'
            ' "turns": [{"speaker": "agent", "start": 0.4, "end": 3.1, "text": "Novin, hello, Ben here."},\n'
            '           {"speaker": "customer", "start": 3.6, "end": 9.0, "text": "Hi, the TV box remote',
            "JSON cut off mid-turn: E010 JSON parse error"),
        "call-2026-11-04-ar-903.vtt": (
            "1\n00:00:00.500 --> 00:00:03.000\n<v Agent>مرحباً، دعم نوين.\n\n"
            "2\n00:00:03.400 --> 00:00:07.900\n<v Customer>عندي مشكلة في الفاتورة.\n",
            "WebVTT without the WEBVTT header: E010 WebVTT parse error"),
    }
    out = []
    for name, (text, reason) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        out.append(malformed(f"{CALLS}/{name}", name.rsplit(".", 1)[0], name.rsplit(".", 1)[1], "transcript", reason))
    return out
