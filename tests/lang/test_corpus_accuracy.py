"""Language identification on a sample of the real corpora (skipped when they are absent)."""

import json
from itertools import islice
from pathlib import Path

import pytest

from voc.lang import process
from voc.lang.langid import blank_noise
from voc.lang.script import count_scripts

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "corpus"
SAMPLE = 300


def sample(lang: str) -> list[str]:
    """The first SAMPLE texts of 3+ words that hold a word in the label's script."""
    texts = []
    with open(CORPUS / f"{lang}.jsonl", encoding="utf-8") as f:
        for line in islice(f, 5000):
            text = json.loads(line)["text"]
            counts = count_scripts(blank_noise(text))
            if len(text.split()) >= 3 and (counts.latin if lang == "en" else counts.arabic):
                texts.append(text)
            if len(texts) == SAMPLE:
                break
    return texts


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/data/corpus")
@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_corpus_sample_identified(lang):
    texts = sample(lang)
    right = sum(process(t).lang == lang for t in texts)
    assert right / len(texts) >= 0.99
