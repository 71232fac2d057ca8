"""Chat webhooks: a short digest of a report as a Slack or Microsoft Teams message, POSTed as JSON.

Customer text (claim names, quotes) goes only into fields the chat client shows as plain
text: Slack ``plain_text`` objects, Teams ``TextRun``s. Our own lines use Slack mrkdwn with
&, < and > escaped. A link appears only to the report itself, when the site's URL is known.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from voc.errors import DeliveryError
from voc.publish.channels.base import Rendered, Transient
from voc.publish.messages import P004, P005, P006
from voc.publish.safety import slack_escape

MAX_CLAIMS = 5
MAX_QUOTE = 280


@dataclass
class WebhookChannel:
    """Posts a digest to a Slack or Teams incoming webhook."""

    name: str
    kind: str  # slack | teams
    url: str | None = None
    url_env: str | None = None
    timeout: float = 15.0

    def send(self, item: Rendered) -> str:
        url = self._url()
        payload = slack_payload(item) if self.kind == "slack" else teams_payload(item)
        post_json(url, payload, timeout=self.timeout, channel=self.name, kind=self.kind)
        return f"posted to {self.kind} webhook"

    def _url(self) -> str:
        if self.url:
            return self.url
        value = os.environ.get(self.url_env or "")
        if not value:
            raise DeliveryError(P004.format(channel=self.name, var=self.url_env, what="webhook URL", field="url_env"))
        return value


def post_json(url: str, payload: dict, *, timeout: float, channel: str, kind: str) -> None:
    """POST ``payload``; HTTP 5xx/429 and network errors are transient, other HTTP errors final."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        body = err.read(300).decode("utf-8", "replace")
        message = P005.format(channel=channel, kind=kind, status=err.code, body=body or err.reason)
        if err.code >= 500 or err.code == 429:
            raise Transient(message) from err
        raise DeliveryError(message) from err
    except (urllib.error.URLError, OSError) as err:
        raise Transient(P006.format(channel=channel, target=_host(url), error=getattr(err, "reason", err))) from err


def slack_payload(item: Rendered) -> dict[str, Any]:
    d = item.digest
    head = (f"*{slack_escape(item.period)}*: {d['promise_gaps']} promise gaps in this report "
            f"({d['records']} records, model {slack_escape(d['model'])}).")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": item.title[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": head}},
    ]
    for c in d["claims"][:MAX_CLAIMS]:
        blocks.append({"type": "section", "text": {"type": "plain_text", "text": _claim_line(c)[:2900]}})
        if c.get("quote"):
            blocks.append({"type": "context", "elements": [{"type": "plain_text", "text": c["quote"][:MAX_QUOTE]}]})
    if d.get("rising"):
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "*Rising*: " + slack_escape(
            ", ".join(d["rising"]))}})
    if item.url:
        link = f"<{_slack_url(item.url)}|Open the report>"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": link}})
    return {"text": f"{item.title} ({item.period})", "blocks": blocks, "unfurl_links": False, "unfurl_media": False}


def teams_payload(item: Rendered) -> dict[str, Any]:
    d = item.digest
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": _teams_plain(item.title), "weight": "Bolder", "size": "Medium", "wrap": True},
        _runs(f"{item.period}: {d['promise_gaps']} promise gaps in this report ({d['records']} records, "
              f"model {d['model']})."),
    ]
    for c in d["claims"][:MAX_CLAIMS]:
        body.append(_runs(_claim_line(c), bold=True))
        if c.get("quote"):
            body.append({"type": "Container", "rtl": c.get("dir") == "rtl",
                         "items": [_runs(c["quote"][:MAX_QUOTE], italic=True)]})
    if d.get("rising"):
        body.append(_runs("Rising: " + ", ".join(d["rising"])))
    card: dict[str, Any] = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
                            "version": "1.5", "body": body}
    if item.url:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Open the report", "url": item.url}]
    return {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]}


def _runs(text: str, *, bold: bool = False, italic: bool = False) -> dict[str, Any]:
    """A RichTextBlock: its TextRuns are shown as typed, Markdown is not interpreted."""
    run: dict[str, Any] = {"type": "TextRun", "text": text}
    if bold:
        run["weight"] = "Bolder"
    if italic:
        run["italic"] = True
    return {"type": "RichTextBlock", "inlines": [run]}


def _claim_line(c: dict) -> str:
    return f"{c['label']}: {c['count']} complaints, {c['latest']} in the latest week, {c['direction']} ({c['topic']})"


def _teams_plain(text: str) -> str:
    """Our own title in a TextBlock (which reads Markdown): its syntax characters escaped."""
    return "".join("\\" + ch if ch in "\\`*_[]()#+-.!<>|~" else ch for ch in text)


def _slack_url(url: str) -> str:
    return url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C")


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port or ''}".rstrip(":")
