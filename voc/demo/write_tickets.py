"""Ticket files: a Zendesk-style export (tickets.json) and e-mail (.eml files, one .mbox),
with RFC 2047 encoded Persian/Arabic subjects and a few broken tickets and messages."""

from __future__ import annotations

import json
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from html import escape
from pathlib import Path

from voc.demo.compose import Composer, Core, canonical
from voc.demo.pii import email_address
from voc.demo.plan import Item
from voc.demo.truth import malformed, truth

ZENDESK = "tickets/tickets.json"
MAIL_DIR = "tickets/mail"
MBOX = "tickets/mail/inbox-2026.mbox"
PRODUCT_FIELD = 360011112222  # the custom field holding the product (see voc.toml)
AGENT_IDS = [361900001, 361900002, 361900003, 361900004]
LANG_BASE = {"fa": 36100000, "ar": 36200000, "en": 36300000}
SUPPORT = "Novin Support <support@novin.example.com>"


def _iso(dt) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def zendesk_ticket(tid: int, item: Item, core: Core, c: Composer) -> dict:
    """One ticket with its comment thread, as Zendesk's export writes it."""
    rng = c.rng
    idx, name = c.customer(item.lang)
    requester = LANG_BASE[item.lang] + idx
    first = name.split()[0]
    description = c.letter(item, core, name, pii_kinds=c.ticket_pii(item))
    assignee = rng.choice(AGENT_IDS)
    comments, stamp = [], item.at
    for n, (who, body, public, delay) in enumerate(c.ticket_comments(item, first, description)):
        stamp = item.at + delay
        author = requester if who == "customer" else assignee
        comments.append({"id": tid * 100 + n, "author_id": author, "body": body, "public": public,
                         "created_at": _iso(stamp)})
    business = item.kind.name == "support_247" or rng.random() < 0.1
    return {
        "id": tid,
        "subject": c.title(item),
        "description": description,
        "created_at": _iso(item.at),
        "updated_at": _iso(stamp),
        "status": rng.choice(["open", "pending", "solved", "solved"]),
        "priority": rng.choice(["normal", "normal", "high", "low"]),
        "type": "question" if item.kind.cls == "question" else "problem",
        "requester_id": requester,
        "assignee_id": assignee,
        "organization_id": 9001 + rng.randrange(4) if business else None,
        "tags": [canonical(core.product).lower().replace(" ", "_")],
        "via": {"channel": rng.choice(["email", "web", "web", "mobile", "chat"])},
        "custom_fields": [{"id": PRODUCT_FIELD, "value": canonical(core.product)}],
        "comments": comments,
    }


def _broken(tid: int | None, subject: str, body: str, created: str, product: str) -> dict:
    """A ticket that voc must reject (see README, "Malformed rows")."""
    ticket = {"id": tid, "subject": subject, "description": body, "created_at": created, "updated_at": created,
              "status": "open", "priority": "normal", "type": "problem", "requester_id": 36399999,
              "assignee_id": AGENT_IDS[0], "organization_id": None, "tags": [],
              "via": {"channel": "web"}, "custom_fields": [{"id": PRODUCT_FIELD, "value": product}],
              "comments": []}
    if body:
        ticket["comments"] = [{"id": 1, "author_id": 36399999, "body": body, "public": True, "created_at": created}]
    if tid is None:
        del ticket["id"]
    return ticket


def write_zendesk(pairs: list[tuple[Item, Core]], c: Composer, data: Path) -> list[dict]:
    tickets, out = [], []
    for n, (item, core) in enumerate(pairs):
        t = zendesk_ticket(48210 + 3 * n, item, core, c)
        tickets.append(t)
        out.append(truth(item, core, ZENDESK, str(t["id"]), "zendesk-json"))
    # Broken on purpose: a ticket without id, one with a date in words, one with nothing in it.
    for pos, ticket, where, reason in (
        (31, _broken(None, "Router keeps rebooting", "Hi, the X2 reboots itself twice a day. Can you check?",
                     "2026-09-16T07:41:00Z", "Novin Router X2"), "tickets[31]", "ticket without id: E008 field 'id'"),
        (81, _broken(48999, "پیگیری", "سلام، هنوز جواب درخواست قبلی‌ام رو نگرفتم.", "yesterday", "Fiber 100 plan"),
         "48999", "created_at 'yesterday': E011 field 'created_at'"),
        (121, _broken(48998, "", "", "2026-10-29T12:00:00Z", "NovinBook Air"), "48998",
         "no subject, description or comments: E008 field 'description'"),
    ):
        tickets.insert(pos, ticket)
        out.append(malformed(ZENDESK, where, "zendesk-json", "ticket", reason))
    payload = {"tickets": tickets, "count": len(tickets), "next_page": None}
    (data / ZENDESK).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def mail_message(n: int, item: Item, core: Core, c: Composer, style: str) -> EmailMessage:
    """A customer's e-mail; ``style`` picks the body encoding or shape."""
    book = c.books[item.lang]
    idx, name = c.customer(item.lang)
    msg = EmailMessage(policy=default_policy)
    msg["From"] = f"{name} <{email_address(book.EMAIL_HANDLES[idx], n)}>"
    msg["To"] = SUPPORT
    subject = c.title(item)
    msg["Subject"] = f"Re: {subject}" if style == "reply" else subject
    msg["Date"] = format_datetime(item.at)
    msg["Message-ID"] = f"<{item.at:%Y%m%d%H%M%S}.{n:04d}@mail.example.com>"
    body = c.letter(item, core, name)
    if style == "reply":
        quoted = c.pick(book.TICKET["reply"]).format(first=name.split()[0])
        when = format_datetime(item.at - timedelta(days=2))
        body = f"{book.WRITING_AGAIN}\n\n{body}\n\n{book.QUOTE_INTRO.format(date=when)}\n> {quoted}\n"
    if style == "html":
        paras = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        direction = "ltr" if item.lang == "en" or item.latin else "rtl"
        msg.set_content(f'<html><body dir="{direction}">{paras}</body></html>', subtype="html", charset="utf-8",
                        cte="quoted-printable")
    elif style == "cp1256":
        msg.set_content(body, charset="windows-1256", cte="8bit")
    else:
        cte = style if style in ("base64", "quoted-printable", "8bit") else "base64"
        msg.set_content(body, charset="utf-8", cte=cte)
    if style == "alternative":
        msg.add_alternative(f"<html><body><pre>{escape(body)}</pre></body></html>", subtype="html")
        msg.set_boundary(f"=_novin_part_{n:04d}")  # a fixed boundary keeps the file reproducible
    return msg


def _style(n: int, item: Item, core_text: str) -> str:
    if n % 9 == 4:
        return "reply"
    if n % 7 == 3:
        return "html"
    if n % 11 == 5:
        return "alternative"
    if item.lang == "ar" and not item.latin and _cp1256(core_text) and n % 3 == 0:
        return "cp1256"
    return ["base64", "quoted-printable", "8bit"][n % 3]


def _cp1256(text: str) -> bool:
    try:
        text.encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


def write_mail(eml: list[tuple[Item, Core]], mbox: list[tuple[Item, Core]], c: Composer, data: Path) -> list[dict]:
    folder = data / MAIL_DIR
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n, (item, core) in enumerate(eml):
        msg = mail_message(n, item, core, c, _style(n, item, core.text))
        name = f"msg-{item.at:%Y%m%d}-{n + 1:03d}.eml"
        (folder / name).write_bytes(msg.as_bytes())
        out.append(truth(item, core, f"{MAIL_DIR}/{name}", msg["Message-ID"].strip("<>"), "eml"))
    # Broken on purpose: headers but no body.
    empty = EmailMessage(policy=default_policy)
    empty["From"] = "Omar Haddad <omar.haddad@example.org>"
    empty["To"] = SUPPORT
    empty["Subject"] = "شكوى"
    empty["Date"] = "Wed, 14 Oct 2026 10:02:11 +0330"
    empty["Message-ID"] = "<20261014100211.empty@mail.example.com>"
    empty.set_content("")
    (folder / "msg-20261014-empty.eml").write_bytes(empty.as_bytes())
    out.append(malformed(f"{MAIL_DIR}/msg-20261014-empty.eml", "20261014100211.empty@mail.example.com", "eml",
                         "ticket", "message without a body: E008 field 'body'"))
    chunks = []
    for k, (item, core) in enumerate(mbox):
        n = 100 + k
        msg = mail_message(n, item, core, c, _style(n, item, core.text))
        sender = msg["From"].addresses[0].addr_spec
        raw = msg.as_bytes().replace(b"\nFrom ", b"\n>From ")
        envelope = f"From {sender} {item.at.astimezone(timezone.utc):%a %b %d %H:%M:%S %Y}\n"
        chunks.append(envelope.encode() + raw.rstrip(b"\n") + b"\n\n")
        out.append(truth(item, core, MBOX, msg["Message-ID"].strip("<>"), "mbox"))
    (data / MBOX).write_bytes(b"".join(chunks))
    return out
