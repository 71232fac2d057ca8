"""Delivery against a real local SMTP server and a real local HTTP server, one channel failing."""

from __future__ import annotations

import pytest

from publish.conftest import QUALITY, free_port
from voc.publish import publish, summary_markdown
from voc.publish.channels import EmailChannel, FolderChannel, WebhookChannel, deliver

NO_WAIT = {"attempts": 3, "wait_initial": 0, "wait_max": 0}


def test_publish_delivers_every_channel_and_reports_the_failing_ones(trends, smtp_server, http_server, tmp_path):
    refused = f"http://127.0.0.1:{free_port()}/hook"  # nothing listens there
    cfg = {
        "retry": NO_WAIT,
        "audiences": {"sales": {"channels": ["site", "mail", "slack", "teams", "broken", "refused"]},
                      "product": {"enabled": False}, "marketing": {"enabled": False}},
        "channels": {
            "site": {"kind": "folder", "path": str(tmp_path / "site")},
            "mail": {"kind": "email", "host": "127.0.0.1", "port": smtp_server.port, "security": "none",
                     "from": "voc@example.com", "to": ["sales@example.com"]},
            "slack": {"kind": "slack", "url": f"{http_server.url}/ok/slack"},
            "teams": {"kind": "teams", "url": f"{http_server.url}/ok/teams"},
            "broken": {"kind": "slack", "url": f"{http_server.url}/fail/slack"},
            "refused": {"kind": "teams", "url": refused},
        },
    }
    result = publish(trends, cfg, out_dir=tmp_path / "out", quality=QUALITY)
    status = {c["channel"]: c for c in result["audiences"]["sales"]["channels"]}
    assert {k: v["status"] for k, v in status.items()} == {
        "site": "delivered", "mail": "delivered", "slack": "delivered", "teams": "delivered",
        "broken": "failed", "refused": "failed"}
    assert result["delivered"] == 4 and result["failed"] == 2
    # transient failures were retried, then reported with the reason
    assert status["broken"]["attempts"] == 3 and "HTTP 500" in status["broken"]["error"]
    assert sum(1 for path, _ in http_server.posts if path.startswith("/fail")) == 3
    assert status["refused"]["attempts"] == 3 and "could not reach" in status["refused"]["error"]
    # what arrived
    (rcpts, message), = smtp_server.messages
    assert rcpts == ["sales@example.com"] and "sales" in message["Subject"] and "2026-W46" in message["Subject"]
    assert "free installation" in message.get_body(("html",)).get_content()
    assert [a.get_filename() for a in message.iter_attachments()] == ["sales.html"]
    slack = next(body for path, body in http_server.posts if path == "/ok/slack")
    assert any("free installation" in b.get("text", {}).get("text", "") for b in slack["blocks"])
    teams = next(body for path, body in http_server.posts if path == "/ok/teams")
    assert teams["attachments"][0]["content"]["type"] == "AdaptiveCard"
    assert (tmp_path / "site" / "sales" / "index.html").is_file() and (tmp_path / "site" / "index.html").is_file()
    summary = summary_markdown(result)
    assert "refused after 3 attempts" in summary and "broken after 3 attempts" in summary


def test_dry_run_renders_without_sending(trends, smtp_server, http_server, tmp_path):
    cfg = {"audiences": {"sales": {"channels": ["mail", "slack"]}, "product": {"enabled": False},
                         "marketing": {"enabled": False}},
           "channels": {"mail": {"kind": "email", "host": "127.0.0.1", "port": smtp_server.port, "security": "none",
                                 "from": "voc@example.com", "to": ["sales@example.com"]},
                        "slack": {"kind": "slack", "url": f"{http_server.url}/ok/slack"}}}
    result = publish(trends, cfg, out_dir=tmp_path, quality=QUALITY, dry_run=True)
    assert [c["status"] for c in result["audiences"]["sales"]["channels"]] == ["skipped", "skipped"]
    assert smtp_server.messages == [] and http_server.posts == []
    assert (tmp_path / "sales" / "sales.html").is_file()
    assert "dry run" in summary_markdown(result)


def test_a_rejected_payload_is_not_retried(sales_item, http_server):
    sent = deliver(WebhookChannel("chat", "slack", url=f"{http_server.url}/bad/slack"), sales_item, **NO_WAIT)
    assert sent["status"] == "failed" and sent["attempts"] == 1 and "HTTP 400" in sent["error"]


def test_a_missing_secret_fails_with_the_variable_name(sales_item, smtp_server, monkeypatch):
    monkeypatch.delenv("VOC_TEST_SMTP_USER", raising=False)
    mail = EmailChannel("mail", "127.0.0.1", smtp_server.port, "voc@example.com", ["a@example.com"],
                        security="none", user_env="VOC_TEST_SMTP_USER")
    sent = deliver(mail, sales_item, **NO_WAIT)
    assert sent["status"] == "failed" and sent["attempts"] == 1
    assert "P004" in sent["error"] and "VOC_TEST_SMTP_USER" in sent["error"]
    assert smtp_server.messages == []


def test_webhook_url_can_come_from_the_environment(sales_item, http_server, monkeypatch):
    monkeypatch.setenv("VOC_TEST_TEAMS_URL", f"{http_server.url}/ok/teams")
    sent = deliver(WebhookChannel("t", "teams", url_env="VOC_TEST_TEAMS_URL"), sales_item, **NO_WAIT)
    assert sent["status"] == "delivered" and http_server.posts[0][0] == "/ok/teams"


def test_smtp_server_down_is_retried_then_reported(sales_item):
    mail = EmailChannel("mail", "127.0.0.1", free_port(), "voc@example.com", ["a@example.com"], security="none",
                        timeout=2)
    sent = deliver(mail, sales_item, **NO_WAIT)
    assert sent["status"] == "failed" and sent["attempts"] == 3 and "could not reach" in sent["error"]


@pytest.mark.parametrize("index", [True, False])
def test_folder_channel_copies_files_and_keeps_an_index(sales_item, tmp_path, index):
    sent = deliver(FolderChannel("site", tmp_path, index=index), sales_item, **NO_WAIT)
    assert sent["status"] == "delivered"
    assert (tmp_path / "sales" / "sales.html").is_file() and (tmp_path / "sales" / "claims.csv").is_file()
    assert (tmp_path / "index.html").is_file() == index
