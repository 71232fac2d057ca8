"""benchmarks/lang_bench.py runs end to end on a small corpus written for this test."""

import importlib.util
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "lang_bench.py"
TEXTS = {
    "fa": ["ارسال رایگان گفته بودند ولی هزینه گرفتند", "عالی بود", "ممنون"],
    "ar": ["قالوا التوصيل مجاني لكن دفعت الرسوم", "ممتاز جدا", "سيء"],
    "en": ["They promised free shipping but charged me", "great service", "thanks"],
}


def test_lang_bench_prints_a_table(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for lang, texts in TEXTS.items():
        lines = [json.dumps({"id": f"{lang}{i}", "lang": lang, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
        (corpus / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("lang_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(sys, "argv", ["lang_bench.py", "--data", str(tmp_path)])
    bench.main()
    out = capsys.readouterr().out
    accuracy, confusion = out.split("identified as")
    rows = [line for line in accuracy.splitlines() if line[:6] in ("| fa |", "| ar |", "| en |")]
    assert len(rows) == 3
    assert all("100.00% of 1" in row for row in rows)  # the one 3+ word text of each language
    assert "| fa | 1 | 0 | 0 | 0 | 0 |" in confusion
    assert "records per CPU second" in out and "peak memory" in out
