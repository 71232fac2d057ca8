"""Fixtures for report tests: one store with eight weeks of fa/ar/en records and known trends."""

from __future__ import annotations

import pytest

from trends.factory import weekly, write_store
from trends.samples import QUOTES

QUALITY = {"fa": {"promise_gap_f1": 0.84, "is_complaint_f1": 0.9}, "ar": {"promise_gap_f1": 0.81},
           "en": {"promise_gap_f1": 0.88, "is_complaint_f1": 0.93}}
FLAT = [2, 2, 2, 2, 2, 2, 2, 2]


def report_rows(extra=()):
    """Eight ISO weeks (2026-W39..W46). Free installation rises in the last week in en and fa;
    two-day delivery and works-with-iPhone stay flat; each language has its own products."""
    def q(topic, lang):
        return {f"{topic}/{s}": QUOTES[(topic, lang)] for s in ("sales_rep", "listing", "advertising")}

    en = weekly({"pricing/sales_rep": [1, 0, 1, 1, 0, 1, 1, 9], "compatibility/listing": FLAT,
                 "compatibility/advertising": [1, 0, 1, 0, 1, 0, 1, 1]}, [30] * 8, seed=1, lang="en",
                quotes={**q("pricing", "en"), **q("compatibility", "en")}, product="Novin Buds Pro",
                segments={"store": "Novin Online", "country": "GB"})
    fa = weekly({"delivery/listing": FLAT, "pricing/sales_rep": [0, 1, 0, 1, 0, 1, 0, 8],
                 "product/advertising": [1, 0, 1, 1, 0, 1, 0, 1]}, [30] * 8, seed=2, lang="fa",
                channel="ticket", quotes={**q("delivery", "fa"), **q("pricing", "fa"), **q("product", "fa")},
                product="Fiber 100 plan", segments={"store": "Bazaarino", "country": "IR"})
    ar = weekly({"delivery/advertising": FLAT, "compatibility/sales_rep": [1, 1, 1, 1, 1, 1, 1, 1]}, [30] * 8,
                seed=3, lang="ar", channel="transcript",
                quotes={**q("delivery", "ar"), **q("compatibility", "ar")}, product="Novin Watch S3",
                segments={"store": "Novin Online", "country": "AE"})
    return en + fa + ar + list(extra)


@pytest.fixture(scope="session")
def report_store(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("reports") / "voc.duckdb", report_rows())


@pytest.fixture(scope="session")
def trends(report_store):
    from voc.trends import compute

    return compute(report_store, weeks=8)


@pytest.fixture(scope="session")
def pitch_script(tmp_path_factory):
    path = tmp_path_factory.mktemp("pitch") / "pitch.md"
    path.write_text(
        "# Novin pitch\n\n"
        "- **Free installation** for every new customer!\n"
        "- Our router covers the whole house.\n"
        "1. نصب رایگان برای همه مشترکین جدید\n"
        "> التوصيل خلال يومين لكل مناطق المدينة\n"
        "```\ncode fences are skipped\n```\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def published(trends, pitch_script, tmp_path_factory):
    """publish() run once, dry, into a folder; returns (result, out_dir)."""
    from voc.publish import publish

    out = tmp_path_factory.mktemp("out")
    cfg = {"audiences": {"sales": {"pitch_script": str(pitch_script)}}}
    return publish(trends, cfg, out_dir=out, quality=QUALITY, dry_run=True), out


@pytest.fixture(scope="session")
def sales_item(trends, tmp_path_factory):
    """The sales report rendered and written once, ready for channels."""
    from voc.publish.audiences import build_report
    from voc.publish.config import parse_publish
    from voc.publish.run import write_report

    cfg = parse_publish({})
    report = build_report("sales", trends, cfg, QUALITY)
    return write_report(report, tmp_path_factory.mktemp("sales"), cfg.formats)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A real SMTP server on localhost (aiosmtpd); ``.messages`` holds what it received."""
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    class Handler:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
            return "250 OK"

    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def http_server():
    """A real HTTP server on localhost standing in for Slack and Teams webhooks.

    POST /ok/... answers 200, /fail/... 500, /bad/... 400; ``.posts`` lists (path, JSON body).
    """
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    posts = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            posts.append((self.path, json.loads(body.decode("utf-8"))))
            code = 500 if self.path.startswith("/fail") else 400 if self.path.startswith("/bad") else 200
            self.send_response(code)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok" if code == 200 else b"invalid_payload" if code == 400 else b"server error")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.posts = posts
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()
