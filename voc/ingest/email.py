"""E-mail as tickets: ``.eml`` files and ``.mbox`` mailboxes, one record per message."""

from __future__ import annotations

import email
import hashlib
import mailbox
import re
from collections.abc import Iterator
from email.errors import MessageError
from email.message import EmailMessage
from email.policy import default as default_policy
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from voc.errors import E009
from voc.ingest.base import FileConnector
from voc.ingest.fields import file_key
from voc.ingest.rejects import DATE_EXPECTED, EXCERPT_BYTES, bad_value, missing_field, parse_error
from voc.records import Record, Reject, utc

BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}
SPACES = re.compile(r"[ \t\u00a0]+")  # "a \xa0 b" -> "a b"; ZWNJ is a letter-joiner, kept


class _TextOfHtml(HTMLParser):
    """Collects the visible text of an HTML body, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML e-mail body: tags, scripts and styles removed, spaces collapsed."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (SPACES.sub(" ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def trim_quoted(text: str) -> str:
    """Drop quoted reply lines (``> ...``) and the ``... wrote:`` line that introduces them."""
    lines = text.splitlines()
    keep = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if line.rstrip().endswith(":"):
            following = next((n for n in lines[i + 1:] if n.strip()), "")
            if following.lstrip().startswith(">"):
                continue
        keep.append(line)
    return "\n".join(keep).strip()


def body_text(msg: EmailMessage) -> str:
    """The message's plain-text body, else its HTML body as text; '' if it has neither."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return html_to_text(content) if part.get_content_subtype() == "html" else content


class EmailConnector(FileConnector):
    """E-mail files as ticket records: external_id is the Message-ID, the title the subject.

    ``spec.options``: ``trim_quotes`` (default true) drops quoted replies; ``lang``.
    """

    kind: ClassVar[str] = "email"
    suffixes: ClassVar[tuple[str, ...]] = (".eml", ".mbox")

    def read_file(self, path: Path) -> Iterator[Record | Reject]:
        if path.suffix.lower() == ".mbox":
            box = mailbox.mbox(path, create=False)
            try:
                for i, box_key in enumerate(box.iterkeys()):
                    key = f"{file_key(self.spec.path, path)}#{i}"
                    yield self.message(box.get_bytes(box_key), f"{path}#message[{i}]", key)
            finally:
                box.close()
        else:
            yield self.message(path.read_bytes(), str(path), file_key(self.spec.path, path))

    def message(self, raw: bytes, location: str, key: str) -> Record | Reject:
        """One message as a record, or a reject saying what is wrong with it."""
        src, snippet = self.spec.name, raw[:EXCERPT_BYTES].decode("utf-8", "replace")
        try:
            msg = email.message_from_bytes(raw, policy=default_policy)
            text = body_text(msg)
        except LookupError as err:  # an unknown charset such as x-unknown
            return Reject(src, location, E009.format(location=location, tried=str(err)), snippet)
        except (MessageError, ValueError, UnicodeError) as err:
            return parse_error(src, location, "e-mail", str(err), snippet)
        if not msg.keys():
            detail = "no headers (From, Subject, Date): not an e-mail message"
            return parse_error(src, location, "e-mail", detail, snippet)
        if self.spec.options.get("trim_quotes", True):
            text = trim_quoted(text)
        if not text.strip():
            return missing_field(src, location, "body", snippet)
        date = msg["Date"]
        if date is not None and date.datetime is None:
            return bad_value(src, location, "Date", str(date), DATE_EXPECTED, snippet)
        sender = msg["From"].addresses[0] if msg["From"] is not None and msg["From"].addresses else None
        msg_id = str(msg["Message-ID"] or "").strip().strip("<>")
        return Record(
            source=src,
            external_id=msg_id or hashlib.blake2b(key.encode(), digest_size=12).hexdigest(),
            channel="ticket",
            text=text,
            created_at=utc(date.datetime) if date is not None else None,
            lang=self.spec.options.get("lang"),
            title=str(msg["Subject"] or "").strip(),
            customer_id=(sender.addr_spec.lower() or None) if sender else None,
            customer_name=(sender.display_name or None) if sender else None,
            location=location,
        )
