"""The [publish] section: defaults, validation errors that name the field and the fix."""

from __future__ import annotations

import pytest

from voc.errors import ConfigError
from voc.publish.config import PublishConfig, parse_publish


def test_defaults_publish_every_audience_with_its_filters():
    cfg = parse_publish({})
    audiences = ["sales", "product", "marketing"]
    assert [a for a in audiences if cfg.audience(a).enabled] == audiences
    assert cfg.filters("sales") == (["sales_rep", "contract"], None)
    assert cfg.filters("product") == (None, ["product", "compatibility"])
    assert cfg.filters("marketing") == (["advertising", "listing"], None)
    assert cfg.trends.weeks == 8 and cfg.retry.attempts == 3


def test_full_example_validates():
    cfg = parse_publish({
        "out_dir": "reports", "formats": ["html", "md", "csv"], "base_url": "https://intranet.example/voc",
        "trends": {"weeks": 12, "min_records": 10},
        "retry": {"attempts": 4, "wait_initial": 0},
        "audiences": {"sales": {"channels": ["site", "sales-mail", "sales-chat"], "pitch_script": "pitch.md"},
                      "product": {"channels": ["site", "product-teams"], "quotes": 5},
                      "marketing": {"enabled": False}},
        "channels": {
            "site": {"kind": "folder", "path": "/srv/www/voc"},
            "sales-mail": {"kind": "email", "host": "smtp.example.com", "from": "voc@example.com",
                           "to": ["sales@example.com"], "user_env": "VOC_SMTP_USER",
                           "password_env": "VOC_SMTP_PASSWORD"},
            "sales-chat": {"kind": "slack", "url_env": "VOC_SLACK_SALES"},
            "product-teams": {"kind": "teams", "url_env": "VOC_TEAMS_PRODUCT"},
        },
    })
    assert isinstance(cfg, PublishConfig)
    assert cfg.channels["sales-mail"].sender == "voc@example.com"
    assert not cfg.audience("marketing").enabled


@pytest.mark.parametrize("raw, fragment", [
    ({"audiences": {"sales": {"channels": ["nowhere"]}}}, "P002 audience 'sales' uses channel 'nowhere'"),
    ({"channels": {"c": {"kind": "slack", "url": "http://a", "url_env": "B"}}}, "exactly one of `url` and `url_env`"),
    ({"channels": {"c": {"kind": "fax"}}}, "publish.channels.c"),
    ({"audiences": {"finance": {}}}, "publish.audiences.finance"),
    ({"audiences": {"sales": {"topics": ["shipping"]}}}, "publish.audiences.sales.topics.0"),
    ({"channels": {"m": {"kind": "email", "host": "h", "from": "a@b", "to": []}}}, "publish.channels.m.email.to"),
    ({"trends": {"weeks": 1}}, "publish.trends.weeks"),
    ({"colour": "blue"}, "publish.colour"),
])
def test_invalid_config_names_the_field(raw, fragment):
    with pytest.raises(ConfigError) as err:
        parse_publish(raw)
    assert fragment in str(err.value) and str(err.value).startswith("P001")
