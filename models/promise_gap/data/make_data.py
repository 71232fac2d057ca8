#!/usr/bin/env python3
"""Generate voc's own labelled training data for the promise-gap classifier.

Writes ``fa.jsonl``, ``ar.jsonl`` and ``en.jsonl`` next to this script, one record a
line, in the format of ``shared/ANNOTATION_GUIDE.md`` (section "Files").

Every sentence comes from the hand-written phrase tables in ``phrases_en.py``,
``phrases_fa.py`` and ``phrases_ar.py`` (same folder). This script only combines
them: it picks a core sentence (which carries the label), fills its inline choices,
wraps it as a review, a ticket or a call transcript with neutral context drawn from
the same domain, applies light spelling variation (digits, ZWNJ, tatweel, tweet
style), then cuts the evidence span out of the result so that it is always a
verbatim substring of the text.

Phrase-table syntax (see the docstring of each phrases module):
    ``{a|b|c}``    one of the alternatives (``{a|}`` makes ``a`` optional)
    ``{@name}``    a value from the module's ``SLOTS[name]`` list
    ``[[ ... ]]``  the evidence span inside a positive core (whole core if absent)
    ``~``          (Persian only) a zero-width non-joiner in its standard position

Deterministic: the same seed gives byte-identical files (``random.Random`` seeded
with a string per language; no set or dict-order dependence). Standard library only.

Usage:
    python models/promise_gap/data/make_data.py            # write the three files
    python models/promise_gap/data/make_data.py --check    # exit 1 if a file is stale
    python models/promise_gap/data/make_data.py --markdown # count tables for README.md
    python models/promise_gap/data/make_data.py --overlap ../shared/data/labeled
        # identical texts and shared word 6-grams with {lang}.dev.jsonl (needs ../shared)
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

SEED = "voc-promise-gap-v1"
LANGS = ("fa", "ar", "en")
TOPICS = ("pricing", "delivery", "product", "compatibility", "service", "terms",
          "availability", "other")
SOURCES = ("sales_rep", "advertising", "listing", "contract", "unspecified")
CHANNELS = ("review", "ticket", "transcript")
CHANNEL_CODES = {"r": "review", "t": "ticket", "c": "transcript"}
FIELDS = ("id", "lang", "channel", "text", "is_complaint", "promise_gap", "topic",
          "source", "evidence")
# Records per language and label group: promise gap ~33%, plain complaint ~30%,
# not a complaint ~37%.
TARGETS = {
    "fa": {"gap": 285, "complaint": 260, "none": 315},
    "ar": {"gap": 285, "complaint": 260, "none": 315},
    "en": {"gap": 290, "complaint": 265, "none": 320},
}
# Channel weights per language (the dev sets are fa/ar reviews and en tweets).
CHANNEL_WEIGHTS = {
    "fa": {"review": 0.45, "ticket": 0.30, "transcript": 0.25},
    "ar": {"review": 0.45, "ticket": 0.30, "transcript": 0.25},
    "en": {"review": 0.25, "ticket": 0.50, "transcript": 0.25},
}

# Share of reviews that get two extra praise sentences (ar dev reviews run long).
LONG_REVIEW = {"fa": 0.2, "ar": 0.35, "en": 0.12}

EV_OPEN, EV_CLOSE = "[[", "]]"
_CHOICE = re.compile(r"\{([^{}@]*)\}")  # {a|b|c}
_SLOT = re.compile(r"\{@(\w+)\}")  # {@flight}
_EV = re.compile(r"\[\[(.*?)\]\]", re.S)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Arabic letters that do not join to the following letter: no tatweel after them.
_NON_JOINING = set("اأإآدذرزوؤةىء")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SPEAKERS = {
    "en": ("Agent", "Customer"),
    "fa": ("کارشناس", "مشتری"),
    "ar": ("الموظف", "العميل"),
}


class Core:
    """One hand-written labelled sentence from a phrase table."""

    def __init__(self, group, kind, topic, source, domain, channels, text, line):
        self.group, self.kind, self.topic, self.source = group, kind, topic, source
        self.domain, self.channels, self.text, self.line = domain, channels, text, line


def parse_cores(block: str, group: str, lang: str) -> list[Core]:
    """Parse ``topic|source|domain|text`` (gap) or ``kind|domain|text`` lines."""
    cores = []
    for n, raw in enumerate(block.strip("\n").split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if group == "gap":
            if len(parts) != 4:
                raise ValueError(f"{lang} POSITIVE line {n}: expected 4 fields: {raw!r}")
            topic, source, dom, text = parts
            kind = "gap"
            if topic not in TOPICS or source not in SOURCES:
                raise ValueError(f"{lang} POSITIVE line {n}: bad topic/source: {raw!r}")
        else:
            if len(parts) != 3:
                raise ValueError(f"{lang} {group} line {n}: expected 3 fields: {raw!r}")
            kind, dom, text = parts
            topic = source = "none"
        domain, _, codes = dom.partition("/")
        channels = tuple(CHANNEL_CODES[c] for c in codes) if codes else CHANNELS
        if group == "gap" and EV_OPEN not in text:
            text = EV_OPEN + text + EV_CLOSE
        cores.append(Core(group, kind, topic, source, domain, channels, text, line))
    return cores


def expand(template: str, slots: dict, rng: random.Random) -> str:
    """Fill ``{@slot}`` references, then ``{a|b}`` choices.

    Choice groups with the same number of alternatives in one template are linked:
    they take the same position, so parallel lists stay consistent
    ("quoted {$499|$649} ... charged {$569|$729}" never pairs $649 with $569).
    """
    text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)
    picked: dict[int, int] = {}

    def choose(m):
        alts = m.group(1).split("|")
        if len(alts) not in picked:
            picked[len(alts)] = rng.randrange(len(alts))
        return alts[picked[len(alts)]]

    return _CHOICE.sub(choose, text)


def pick(rng: random.Random, table: dict, domain: str, key: str) -> str:
    """A phrase for ``key`` from the domain's table, else from the generic one."""
    pool = list(table.get(domain, {}).get(key, ())) + list(table["*"].get(key, ()))
    return rng.choice(pool) if pool else ""


def lower_first(text: str) -> str:
    """Lower-case the first letter of an English clause (not "I" or acronyms)."""
    body = text[len(EV_OPEN):] if text.startswith(EV_OPEN) else text
    if len(body) < 2 or not body[0].isupper() or body[1].isupper() or body[1] in " '":
        return text
    return text[: len(text) - len(body)] + body[0].lower() + body[1:]


def join(pieces: list[str], lang: str, rng: random.Random) -> str:
    """Join sentences, adding sentence punctuation where a piece has none."""
    seps = {"en": [". "], "fa": [". ", " ", "، ", "… ", ". "],
            "ar": [". ", " .. ", "، ", " ", ". "]}
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif re.search(r"[.!?؟…:)]\]*$", out) or out.endswith("\u200c"):
            out += " " + piece
        else:
            out += rng.choice(seps[lang]) + piece
    return out


def mixed(praise: str, core: str, lang: str, rng: random.Random) -> str:
    """``praise, but core`` with a language-appropriate connector."""
    if lang == "en":
        return praise.rstrip(".!") + rng.choice([", but ", " but ", ". But ", ", however "]) + (
            lower_first(core))
    if lang == "fa":
        return praise.rstrip(".!") + rng.choice(
            [" ولی ", " اما ", "، ولی ", "، اما ", ". فقط "]) + core
    return praise.rstrip(".!") + rng.choice([" بس ", " لكن ", " ولكن ", "، بس ", " .. لكن "]) + core


def close_key(c: Core) -> str | None:
    """Closing-sentence list for a record: complaint, praise, thanks, or none."""
    if c.group != "none":
        return "close_neg"
    if c.kind in ("praise", "kept", "remark"):
        return "close_pos"
    return "close_q" if c.kind in ("question", "qpromise", "request", "regret") else None


def compose_review(core: str, c: Core, P, rng: random.Random, lang: str) -> str:
    """A review, sometimes under a short title (Arabic review sites show one)."""
    text = review_body(core, c, P, rng, lang)
    titles = P.CONTEXT["*"]
    if "title_any" in titles and rng.random() < 0.3:
        key = "title_any" if rng.random() < 0.4 else (
            "title_neg" if c.group != "none" else "title_pos")
        text = rng.choice(titles[key]) + "  " + text
    return text


def review_body(core: str, c: Core, P, rng: random.Random, lang: str) -> str:
    """A review: optional opener and story, optional praise, the core, extra and closer."""
    ctx = P.CONTEXT
    pieces = []
    if rng.random() < 0.35:
        pieces.append(pick(rng, ctx, c.domain, "opener"))
    if rng.random() < LONG_REVIEW[lang]:  # a longer review: neutral story, praise points
        story = list(ctx.get(c.domain, {}).get("story", ()))
        rng.shuffle(story)
        pieces.extend(story[:rng.randint(1, 3)])
        if c.group == "none" or rng.random() < 0.5:
            praise = list(ctx.get(c.domain, {}).get("praise", ()))
            rng.shuffle(praise)
            pieces.extend(praise[:2])
    body = core
    if c.group == "none":
        if c.kind in ("praise", "kept") and rng.random() < 0.4:
            pieces.append(pick(rng, ctx, c.domain, "praise"))
        pieces.append(body)
        if rng.random() < 0.35 and close_key(c):
            pieces.append(pick(rng, ctx, c.domain, close_key(c)))
        return join(pieces, lang, rng)
    if rng.random() < 0.3:
        body = mixed(pick(rng, ctx, c.domain, "praise"), body, lang, rng)
    pieces.append(body)
    if rng.random() < 0.3:
        pieces.append(pick(rng, ctx, c.domain, "extra"))
        if rng.random() < 0.3:
            more = pick(rng, ctx, c.domain, "extra")
            if more != pieces[-1]:
                pieces.append(more)
    if rng.random() < 0.4:
        pieces.append(pick(rng, ctx, c.domain, "close_neg"))
    return join(pieces, lang, rng)


def compose_ticket(core: str, c: Core, P, rng: random.Random, lang: str) -> str:
    """A ticket: a short message to a brand account, or subject + body."""
    ctx, tk = P.CONTEXT, P.TICKET
    neg = c.group != "none"
    handles = tk["handles"].get(c.domain) or tk["handles"]["*"]
    if rng.random() < tk["short_share"]:
        pieces = []
        if neg and rng.random() < 0.2:
            pieces.append(pick(rng, ctx, c.domain, "extra"))
        pieces.insert(0, core)
        if rng.random() < 0.35 and close_key(c):
            pieces.append(pick(rng, ctx, c.domain, close_key(c)))
        text = join(pieces, lang, rng)
        if rng.random() < 0.85:
            text = rng.choice(handles) + " " + (lower_first(text) if lang == "en" and
                                                rng.random() < 0.3 else text)
        if rng.random() < 0.25 and close_key(c) in ("close_neg", "close_pos"):
            text += " " + rng.choice(tk["tags_neg" if neg else "tags_pos"])
        return text
    subjects = tk["subjects"]
    subject = rng.choice([pick(rng, subjects, c.domain, "neg" if neg else "pos"),
                          pick(rng, subjects, c.domain, "any")])
    pieces = [core]
    if rng.random() < 0.4:
        pieces.insert(0, pick(rng, ctx, c.domain, "opener"))
    if neg and rng.random() < 0.3:
        pieces.append(pick(rng, ctx, c.domain, "extra"))
    if rng.random() < 0.5 and close_key(c):
        pieces.append(pick(rng, ctx, c.domain, close_key(c)))
    body = join(pieces, lang, rng)
    lines = [rng.choice(tk["subject_fmt"]) % expand(subject, P.SLOTS, rng), ""]
    if rng.random() < 0.7:
        lines.append(rng.choice(tk["greetings"]))
    lines.append(body)
    if rng.random() < 0.6:
        lines.append(rng.choice(tk["signoffs"]))
    return "\n".join(lines)


# Statements nobody phones a call centre to make: reviews and tickets only.
NO_CALL_KINDS = ("neutral", "npromise", "offtopic")
# Which agent reply fits a non-complaint customer turn of each kind.
NONE_REPLY = {"question": "answer", "qpromise": "answer", "praise": "thanks", "kept": "thanks",
              "remark": "thanks", "request": "arrange", "regret": "arrange"}


def compose_transcript(core: str, c: Core, P, rng: random.Random, lang: str) -> list:
    """A call: (speaker, text) turns; the core sits in a customer turn."""
    tr = P.TRANSCRIPT
    agent, cust = SPEAKERS[lang]
    neg = c.group != "none"
    turns = []

    def say(who, text):
        if turns and turns[-1][0] == who:  # one speaker never has two turns in a row
            turns[-1] = (who, join([turns[-1][1], text], lang, rng))
        else:
            turns.append((who, text))

    if rng.random() < 0.85:
        say(agent, pick(rng, tr, c.domain, "greet"))
    if rng.random() < 0.65:
        say(cust, pick(rng, tr, c.domain, "open_neg" if neg else "open_pos"))
        if rng.random() < 0.75:
            say(agent, pick(rng, tr, c.domain, "ask"))
            say(cust, pick(rng, tr, c.domain, "give_ref"))
            if rng.random() < 0.6:
                say(agent, pick(rng, tr, c.domain, "go_on"))
    say(cust, core)
    r = rng.random()
    if c.group == "gap":
        reply = (pick(rng, tr, c.source, "confirm") if r < 0.45 else
                 pick(rng, tr, c.domain, "apology"))
    elif c.group == "complaint":
        reply = pick(rng, tr, c.domain, "apology" if r < 0.6 else "after_promise")
    else:
        reply = pick(rng, tr, c.domain, NONE_REPLY.get(c.kind, "ack"))
    say(agent, reply)
    if rng.random() < 0.55:
        say(cust, pick(rng, tr, c.domain, "close_neg" if neg else "close_pos"))
        if rng.random() < 0.4:
            say(agent, pick(rng, tr, c.domain, "bye"))
    return turns


# ----- spelling variation ---------------------------------------------------------

def vary_fa(text: str, style: dict, rng: random.Random) -> str:
    """ZWNJ mode, Arabic yeh/kaf, elongation and digit style for one record."""
    if style["zwnj"] == "none":  # informal: prefix می/نمی joined, other joints spaced
        text = re.sub(r"(?<![\u0600-\u06ff])(ن?می)~", r"\1", text)
    text = text.replace("~", {"std": "\u200c", "none": " ", "space": " "}[style["zwnj"]])
    if style["arabic_letters"]:
        text = text.replace("ی", "ي").replace("ک", "ك")
    if style["elongate"]:
        text = re.sub(r"(?<![\u0600-\u06ff])(عالی|خیلی|خوب|بد|افتضاح|ممنون)(?=[\s.!،]|$)",
                      lambda m: m.group(1) + m.group(1)[-1] * rng.randint(2, 6), text, count=1)
    if style["digits"] == "fa":
        text = text.translate(FA_DIGITS)
    return text


# Words customers sometimes write with diacritics, e.g. لكن -> لكِنّ.
_AR_VOWELLED = {"لكن": "لكِنّ", "الله": "اللَّه", "محمد": "محمَّد", "شكرا": "شكراً",
                "أيضا": "أيضاً"}
_AR_VOWELLED_RE = re.compile(
    r"(?<![\u0621-\u064a])(%s)(?![\u0621-\u0652])" % "|".join(_AR_VOWELLED))


def vary_ar(text: str, style: dict, rng: random.Random) -> str:
    """Tatweel, light diacritics, elongation and digit style for one record."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 4 and all(
        _ARABIC_LETTER.match(ch) for ch in w)]
    if cands and style["tatweel"]:
        i = rng.choice(cands)
        w = words[i]
        pos = [j for j in range(1, len(w) - 1) if w[j - 1] not in _NON_JOINING]
        if pos:
            j = rng.choice(pos)
            words[i] = w[:j] + "ـ" * rng.randint(1, 3) + w[j:]
    if cands and style["elongate"]:
        i = rng.choice(cands)
        w = words[i]
        pos = [j for j, ch in enumerate(w) if ch in "اوي" and j > 0]
        if pos:
            j = rng.choice(pos)
            words[i] = w[: j + 1] + w[j] * rng.randint(2, 5) + w[j + 1:]
    text = " ".join(words)
    if style["diacritics"]:
        text = re.sub(r"جدا(?![\u064b-\u0652])", "جداً", text)
        text = _AR_VOWELLED_RE.sub(lambda m: _AR_VOWELLED[m.group(1)], text)
    if style["digits"] == "ar":
        text = text.translate(AR_DIGITS)
    return text


_EN_ABBREV = [(re.compile(r"\b%s\b" % a), b) for a, b in (
    ("you", "u"), ("You", "U"), ("please", "pls"), ("Please", "Pls"), ("thanks", "thx"),
    ("Thanks", "Thx"), ("because", "bc"), ("to", "2"), ("for", "4"), ("your", "ur"),
    ("are", "r"), ("hours", "hrs"), ("minutes", "mins"), ("customer service", "cust svc"))]


def vary_en(text: str, style: dict, rng: random.Random) -> str:
    """Tweet-style casing and abbreviations for short English tickets."""
    if style["abbrev"]:
        for pattern, short in _EN_ABBREV:
            if rng.random() < 0.4:
                text = pattern.sub(short, text)
    if style["lower"]:
        text = text.lower()
    return text


def record_style(lang: str, channel: str, rng: random.Random, short: bool) -> dict:
    """Choose one spelling style for the whole record."""
    if lang == "fa":
        return {"zwnj": rng.choices(["std", "none", "space"], [0.5, 0.3, 0.2])[0],
                "arabic_letters": rng.random() < 0.06, "elongate": rng.random() < 0.12,
                "digits": "fa" if rng.random() < 0.65 else "latin"}
    if lang == "ar":
        return {"tatweel": rng.random() < 0.08, "elongate": rng.random() < 0.10,
                "diacritics": rng.random() < 0.12,
                "digits": "ar" if rng.random() < 0.35 else "latin"}
    return {"abbrev": short and rng.random() < 0.25, "lower": short and rng.random() < 0.15}


def vary(lang: str, text: str, style: dict, rng: random.Random) -> str:
    return {"fa": vary_fa, "ar": vary_ar, "en": vary_en}[lang](text, style, rng)


# ----- records ----------------------------------------------------------------------

def extract(marked: str) -> tuple[str, str]:
    """Remove the ``[[ ]]`` markers, restore literal braces; return (text, evidence)."""
    marked = marked.replace("<<", "{").replace(">>", "}")
    spans = _EV.findall(marked)
    text = marked.replace(EV_OPEN, "").replace(EV_CLOSE, "")
    if not spans:
        return text, ""
    evidence = spans[0].strip(" \n.،,;؛")
    return text, evidence


def build(lang: str, c: Core, P, rng: random.Random) -> dict:
    """One record from one core."""
    weights = CHANNEL_WEIGHTS[lang]
    channels = [ch for ch in c.channels if not (ch == "transcript" and c.kind in NO_CALL_KINDS)]
    channel = rng.choices(channels, [weights[ch] for ch in channels])[0]
    core = expand(c.text, P.SLOTS, rng)
    if channel == "transcript":
        turns = compose_transcript(core, c, P, rng, lang)
        style = record_style(lang, channel, rng, short=False)
        cust = SPEAKERS[lang][1]
        lines = []
        for who, said in turns:
            said = expand(said, P.SLOTS, rng)
            said = vary(lang, said, style, rng) if who == cust else vary(
                lang, said, {**style, "tatweel": False, "elongate": False, "abbrev": False,
                             "lower": False, "arabic_letters": False}, rng)
            lines.append(f"{who}: {said}")
        marked = "\n".join(lines)
    else:
        body = (compose_review if channel == "review" else compose_ticket)(core, c, P, rng, lang)
        body = expand(body, P.SLOTS, rng)
        short = channel == "ticket" and "\n" not in body
        marked = vary(lang, body, record_style(lang, channel, rng, short), rng)
    text, evidence = extract(marked)
    gap = c.group == "gap"
    return {"id": "", "lang": lang, "channel": channel, "text": text,
            "is_complaint": c.group != "none", "promise_gap": gap,
            "topic": c.topic, "source": c.source, "evidence": evidence,
            "_kind": c.kind, "_domain": c.domain}


def generate(lang: str) -> list[dict]:
    """All records for one language, in a stable shuffled order."""
    P = importlib.import_module(f"phrases_{lang}")
    rng = random.Random(f"{SEED}-{lang}")
    groups = {"gap": parse_cores(P.POSITIVE, "gap", lang),
              "complaint": parse_cores(P.COMPLAINT, "complaint", lang),
              "none": parse_cores(P.NONCOMPLAINT, "none", lang)}
    seen, out = set(), []
    for group, cores in groups.items():
        want, made, tries = TARGETS[lang][group], 0, 0
        order: list[Core] = []
        while made < want:
            if not order:
                order = cores[:]
                rng.shuffle(order)
            c = order.pop()
            rec = build(lang, c, P, rng)
            tries += 1
            if tries > want * 50:
                raise RuntimeError(f"{lang} {group}: cannot reach {want} distinct texts")
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            out.append(rec)
            made += 1
    rng.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = f"{lang}-syn-{i:05d}"
    return out


def validate(rec: dict) -> list[str]:
    """Problems with one record against the annotation guide's Files section."""
    errs = []
    if tuple(k for k in rec if not k.startswith("_")) != FIELDS:
        errs.append("fields")
    if rec["lang"] not in LANGS or rec["channel"] not in CHANNELS:
        errs.append("lang/channel")
    if not isinstance(rec["is_complaint"], bool) or not isinstance(rec["promise_gap"], bool):
        errs.append("label types")
    if rec["promise_gap"] and not rec["is_complaint"]:
        errs.append("promise_gap without is_complaint")
    if rec["promise_gap"]:
        if rec["topic"] not in TOPICS or rec["source"] not in SOURCES:
            errs.append("topic/source must be set on a gap")
        if not rec["evidence"] or rec["text"].count(rec["evidence"]) != 1:
            errs.append("evidence must be a non-empty verbatim substring, found once")
    elif (rec["topic"], rec["source"], rec["evidence"]) != ("none", "none", ""):
        errs.append("topic/source none and evidence empty when no gap")
    if "[[" in rec["text"] or "]]" in rec["text"] or "{@" in rec["text"] or re.search(
            r"\{[^{}]*\|", rec["text"]) or "~" in rec["text"]:
        errs.append("unexpanded template syntax")
    if rec["channel"] == "transcript":
        agent, cust = SPEAKERS[rec["lang"]]
        lines = rec["text"].split("\n")
        if not all(ln.startswith((agent + ": ", cust + ": ")) for ln in lines):
            errs.append("transcript line without speaker")
        if rec["promise_gap"] and not any(
                ln.startswith(cust + ": ") and rec["evidence"] in ln for ln in lines):
            errs.append("evidence not in a customer turn")
    return errs


def dump(records: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n"
                   for r in records)


def counts(records: list[dict]) -> dict:
    """Counts by label, topic, source, channel and their crossings."""
    def label(r):
        return "gap" if r["promise_gap"] else ("complaint" if r["is_complaint"] else "none")
    return {
        "total": len(records),
        "label": collections.Counter(label(r) for r in records),
        "topic": collections.Counter(r["topic"] for r in records if r["promise_gap"]),
        "source": collections.Counter(r["source"] for r in records if r["promise_gap"]),
        "channel_x_label": collections.Counter(f"{r['channel']}/{label(r)}" for r in records),
        "topic_x_source": collections.Counter(f"{r['topic']}/{r['source']}"
                                              for r in records if r["promise_gap"]),
        "kind": collections.Counter(f"{label(r)}/{r['_kind']}" for r in records),
        "domain": collections.Counter(r["_domain"] for r in records),
    }


def markdown(lang: str, records: list[dict]) -> str:
    """Count tables for the README: label x channel, and topic x source x channel of gaps."""
    def label(r):
        return "gap" if r["promise_gap"] else ("complaint" if r["is_complaint"] else "none")
    out = [f"### {lang} ({len(records)} records)", "",
           "| label | " + " | ".join(CHANNELS) + " | total |", "|---" * (len(CHANNELS) + 2) + "|"]
    for lab in ("gap", "complaint", "none"):
        row = [sum(1 for r in records if label(r) == lab and r["channel"] == ch) for ch in CHANNELS]
        out.append(f"| {lab} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out += ["", "Promise gaps, topic x source (review/ticket/transcript in each cell):", "",
            "| topic | " + " | ".join(SOURCES) + " | total |", "|---" * (len(SOURCES) + 2) + "|"]
    gaps = [r for r in records if r["promise_gap"]]
    for t in TOPICS:
        cells = []
        for so in SOURCES:
            per = [sum(1 for r in gaps
                       if (r["topic"], r["source"], r["channel"]) == (t, so, ch))
                   for ch in CHANNELS]
            cells.append(f"{sum(per)} ({'/'.join(map(str, per))})")
        out.append(f"| {t} | " + " | ".join(cells) + f" | {sum(r['topic'] == t for r in gaps)} |")
    totals = [sum(r["source"] == so for r in gaps) for so in SOURCES]
    out.append("| total | " + " | ".join(map(str, totals)) + f" | {len(gaps)} |")
    kinds = collections.Counter(f"{label(r)}:{r['_kind']}" for r in records if not r["promise_gap"])
    out += ["", "Negatives by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), ""]
    return "\n".join(out)


def ngrams(text: str, n: int) -> set:
    toks = re.findall(r"\w+", text.lower())
    return {" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def overlap_report(records: list[dict], path: Path, n: int = 6) -> str:
    """Share of our records sharing any word n-gram with a third-party file."""
    theirs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        theirs |= ngrams(json.loads(line)["text"], n)
    hits = [r for r in records if ngrams(r["text"], n) & theirs]
    texts = {json.loads(ln)["text"] for ln in path.read_text(encoding="utf-8").splitlines()}
    same = sum(r["text"] in texts for r in records)
    return (f"{path.name}: identical texts {same}; records sharing a {n}-gram: "
            f"{len(hits)}/{len(records)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if files differ")
    ap.add_argument("--stats", action="store_true", help="print counts as JSON")
    ap.add_argument("--markdown", action="store_true", help="print README count tables")
    ap.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    ap.add_argument("--overlap", type=Path, help="folder with {lang}.dev.jsonl to compare")
    args = ap.parse_args(argv)
    status = 0
    for lang in args.lang or LANGS:
        records = generate(lang)
        bad = [(r["id"], e) for r in records for e in validate(r)]
        if bad:
            print(f"{lang}: {len(bad)} invalid: {bad[:5]}", file=sys.stderr)
            return 1
        out = HERE / f"{lang}.jsonl"
        content = dump(records)
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == content
            print(f"{lang}: {'up to date' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            out.write_text(content, encoding="utf-8")
        c = counts(records)
        print(f"{lang}: {c['total']} records, labels {dict(c['label'])}")
        if args.stats:
            print(json.dumps({k: dict(sorted(v.items())) if isinstance(v, dict) else v
                              for k, v in c.items()}, ensure_ascii=False, indent=1))
        if args.markdown:
            print(markdown(lang, records))
        if args.overlap:
            print("  " + overlap_report(records, args.overlap / f"{lang}.dev.jsonl"))
    return status


if __name__ == "__main__":
    sys.exit(main())
