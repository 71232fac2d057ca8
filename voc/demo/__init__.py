"""voc's bundled demo data set: a fictional retailer's reviews, tickets and calls (fa, ar, en).

``python -m voc.demo.generate`` rewrites ``data/`` and ``expected.jsonl`` from a fixed seed;
``voc.toml`` next to this file is the config that reads them.
"""

from __future__ import annotations

from pathlib import Path

DEMO_DIR = Path(__file__).parent


def demo_config_path() -> Path:
    """The demo's ``voc.toml``; its relative paths resolve against ``DEMO_DIR``."""
    return DEMO_DIR / "voc.toml"
