"""Words for a planned item: the customer's core sentence with its labels, and the review,
ticket, e-mail or call built around it from the hand-written phrasebooks."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import timedelta

from voc.demo import pii
from voc.demo.content import LANGS, parse_line, phrasebook
from voc.demo.plan import HARDWARE, PRODUCT_NAMES, Item

SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
EN_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


@dataclass
class Core:
    """The customer's own words for an item and what they truly say (the labels)."""

    text: str
    source: str | None  # who made the promise; None when not a promise gap
    product: str  # product key, see plan.PRODUCT_NAMES
    pii: list[str] = field(default_factory=list)


class Composer:
    """Draws lines from shuffled decks so that each line is used about equally often."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.books = {lang: phrasebook(lang) for lang in LANGS}
        self._decks: dict[tuple, list] = {}
        self.planted: dict[str, int] = {}

    # -- drawing -------------------------------------------------------------------
    def draw(self, key: tuple, pool: list[str]) -> str:
        """The next line of ``pool`` from a deck reshuffled whenever it runs out."""
        deck = self._decks.get(key)
        if not deck:
            deck = list(pool)
            self.rng.shuffle(deck)
            self._decks[key] = deck
        return deck.pop()

    def pick(self, pool: list[str], nonempty: bool = False) -> str:
        choices = [p for p in pool if p] if nonempty else pool
        return self.rng.choice(choices)

    def alias(self, lang: str, product: str) -> str:
        return self.rng.choice(self.books[lang].PRODUCTS[product])

    def fill(self, lang: str, template: str, product: str) -> str:
        book = self.books[lang]
        text = template.format(product=self.alias(lang, product), n=self.pick(book.N_LATE), fee=self.pick(book.FEES))
        return EN_SENTENCE_START.sub(lambda m: m[1] + m[2].upper(), text) if lang == "en" else text

    def core(self, item: Item) -> Core:
        """A line of the item's kind with a product the line fits."""
        book, kind = self.books[item.lang], item.kind
        latin = item.latin and kind.name in getattr(book, "LATIN", {})
        item.latin = latin
        pool = book.LATIN[kind.name] if latin else book.KINDS[kind.name]
        default_source = "unspecified" if kind.topic else None
        for _ in range(3 * len(pool)):
            source, prods, template = parse_line(self.draw((item.lang, kind.name, latin), pool), default_source)
            allowed = HARDWARE if prods == ("hw",) else prods
            fits = {p: w for p, w in kind.products.items() if not allowed or p in allowed}
            if fits:
                product = self.rng.choices(list(fits), weights=list(fits.values()))[0]
                return Core(self.fill(item.lang, template, product), source, product)
        raise ValueError(f"no {kind.name} line in {item.lang} fits products {list(kind.products)}")

    def line_for(self, lang: str, kind: str, product: str, avoid: str = "") -> str | None:
        """A filled line of ``kind`` that fits ``product`` (and is not ``avoid``), or None."""
        pool = self.books[lang].KINDS[kind]
        for _ in range(2 * len(pool)):
            _, prods, template = parse_line(self.draw((lang, kind, False), pool), None)
            allowed = HARDWARE if prods == ("hw",) else prods
            if (not allowed or product in allowed) and template.split("{")[0] not in avoid:
                return self.fill(lang, template, product)
        return None

    def once(self, key: str) -> bool:
        """True the first time ``key`` is asked for: plants a rare piece of PII once."""
        self.planted[key] = self.planted.get(key, 0) + 1
        return self.planted[key] == 1

    def phone(self, lang: str) -> str:
        return self.rng.choice(pii.PHONES[lang])

    def order(self) -> str:
        return f"NV-{self.rng.randrange(100000, 999999)}"

    def customer(self, lang: str) -> tuple[int, str]:
        names = self.books[lang].CUSTOMERS
        i = self.rng.randrange(len(names))
        return i, names[i]

    # -- channels ------------------------------------------------------------------
    def title(self, item: Item) -> str:
        book = self.books[item.lang]
        if item.latin:
            return self.pick(book.LATIN_TITLES)
        return self.pick(book.TITLES[item.kind.group if item.kind.group in book.TITLES else item.kind.cls])

    def review_body(self, item: Item, core: Core) -> str:
        book, rng = self.books[item.lang], self.rng
        if item.latin:
            return core.text
        if item.kind.name == "praise" and rng.random() < 0.25:
            return self.pick(book.SHORT_PRAISE)
        parts = [core.text]
        more = self.line_for(item.lang, "praise", core.product, core.text) if item.kind.cls == "praise" else None
        if more and rng.random() < 0.35:
            parts.append(more)
        if rng.random() < 0.25:
            parts.insert(0, self.pick(book.OPENERS["review"], nonempty=True))
        sep = "\n" if len(parts) > 1 and rng.random() < 0.3 else " "
        body = sep.join(parts)
        if item.kind.complaint and self.once(f"review-email-{item.lang}"):
            handle = self.pick(book.EMAIL_HANDLES)
            address = pii.email_address(handle, len(body))
            body += " " + book.PII["email"].format(value=address)
            core.pii.append(address)
        elif item.kind.complaint and item.lang != "en" and self.once(f"review-phone-{item.lang}"):
            phone = self.phone(item.lang)
            body += " " + book.PII["phone"].format(value=phone)
            core.pii.append(phone)
        return body

    def rating(self, item: Item) -> int:
        cls, rng = item.kind.cls, self.rng
        if cls == "praise":
            return rng.choice([5, 5, 4] if item.kind.name == "praise" else [4, 4, 5])
        if cls == "question":
            return rng.choice([3, 4, 5])
        if item.kind.name == "expensive":
            return rng.choice([2, 3])
        return rng.choice([1, 1, 1, 2, 2, 3])

    def letter(self, item: Item, core: Core, name: str, *, pii_kinds: tuple[str, ...] = ()) -> str:
        """A ticket or e-mail body: greeting, the core, a request, a sign-off."""
        book, rng = self.books[item.lang], self.rng
        if item.latin:
            return core.text + ("\n" + name if rng.random() < 0.5 else "")
        head = self.pick(book.OPENERS["ticket"])
        said, refs = [core.text], []
        if item.kind.cls in ("promise", "complaint"):
            said.append(self.pick(book.REQUESTS))
            if rng.random() < 0.4:
                refs.append(book.ORDER_REF.format(order=self.order()))
        for kind in pii_kinds:
            value = {"card": pii.CARDS, "iban": pii.IBANS, "national_id": pii.NATIONAL_IDS}[kind][item.lang]
            refs.append(book.PII[kind].format(value=value))
            core.pii.append(value)
        sign = [self.pick(book.SIGNOFFS), name]
        if rng.random() < 0.3:
            phone = self.phone(item.lang)
            sign.append(book.PII["phone_sig"].format(value=phone))
            core.pii.append(phone)
        elif rng.random() < 0.15:
            sign.append(book.SENT_FROM)
        body = " ".join(m for m in said if m)
        if refs:
            body += "\n" + "\n".join(refs)
        return "\n\n".join(p for p in (head, body, "\n".join(sign)) if p)

    def ticket_pii(self, item: Item) -> tuple[str, ...]:
        """The rare identifiers a ticket carries: a card, an IBAN, a national ID (once each)."""
        if item.kind.cls not in ("promise", "complaint") or item.latin:
            return ()
        lang = item.lang
        if self.once(f"card-{lang}"):
            return ("card", "iban") if lang in pii.IBANS else ("card",)
        if lang in pii.NATIONAL_IDS and self.once(f"natid-{lang}"):
            return ("national_id",)
        return ()

    def ticket_comments(self, item: Item, first: str, description: str) -> list[tuple[str, str, bool, timedelta]]:
        """(who, body, public, delay) of each comment: the customer's, the agent's reply,
        maybe an internal note and a customer follow-up."""
        book, rng = self.books[item.lang], self.rng
        out = [("customer", description, True, timedelta(0))]
        t = timedelta(hours=rng.randrange(2, 30), minutes=rng.randrange(60))
        replies = book.TICKET["reply"][3:] if item.kind.cls in ("question", "praise") else book.TICKET["reply"][:3]
        out.append(("agent", self.pick(replies).format(first=first), True, t))
        if item.kind.complaint and rng.random() < 0.45:
            notes = book.TICKET["note"]
            note = notes[0] if item.kind.group == "install" and rng.random() < 0.7 else self.pick(notes[1:])
            out.append(("agent", note, False, t + timedelta(minutes=rng.randrange(5, 90))))
        if rng.random() < 0.5:
            pool = book.TICKET["thanks"] if item.kind.cls in ("question", "praise") else book.TICKET["followup"]
            later = t + timedelta(days=rng.randrange(1, 4), hours=rng.randrange(6))
            out.append(("customer", self.pick(pool), True, later))
        return out

    def call_turns(self, item: Item, core: Core) -> list[tuple[str, str]]:
        """(role, text) of each turn of a call about the item."""
        book, rng = self.books[item.lang], self.rng
        call, product = book.CALL, core.product
        turns = [("agent", self.pick(call["greet"]).format(agent=self.pick(book.AGENTS)))]
        opener = self.pick(book.OPENERS["call"]).format(product=self.alias(item.lang, product))
        cls = item.kind.cls
        if cls in ("promise", "complaint"):
            # a promise stays in one turn so its evidence is one span of the record's text
            parts = SENTENCE_END.split(core.text, maxsplit=1) if cls == "complaint" else [core.text]
            turns.append(("customer", f"{opener} {parts[0]}"))
            if len(parts) > 1:
                if rng.random() < 0.6:
                    turns += [("agent", self.pick(call["backchannel"])), ("customer", parts[1])]
                else:
                    turns[-1] = ("customer", f"{opener} {core.text}")
            ask = rng.choices(["phone", "order", "when"], weights=[0.45, 0.35, 0.2])[0]
            turns.append(("agent", self.pick(call[f"ask_{ask}"])))
            said = self.pick(call[f"give_{ask}"])
            if ask == "phone":
                phone = self.phone(item.lang)
                core.pii.append(phone)
                said = said.format(phone=phone)
            turns.append(("customer", said.format(order=self.order())))
            turns.append(("agent", self.pick(call[cls])))
            turns.append(("customer", self.pick(call["close_customer"])))
        elif cls == "question":
            turns += [("customer", f"{opener} {core.text}"), ("agent", self.pick(call["question"])),
                      ("customer", self.pick(call["thanks"]))]
        else:  # praise comes at the end of a call about something else
            question = self.line_for(item.lang, "question", product) or ""
            turns += [("customer", f"{opener} {question}"), ("agent", self.pick(call["question"])),
                      ("customer", core.text), ("agent", self.pick(call["praise"]))]
        turns.append(("agent", self.pick(call["close_agent"])))
        return turns


def canonical(product: str) -> str:
    return PRODUCT_NAMES[product]
