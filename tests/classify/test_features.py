"""The memoized character n-gram hashing gives exactly what scikit-learn's HashingVectorizer gives."""

from __future__ import annotations

import numpy as np
import pytest

from voc.classify.features import HashConfig, Hasher, WordMemo

TEXTS = [
    "فروشنده گفت ارسال رایگان است ولی هزینه‌اش را گرفتند",
    "وعدوني بالتوصيل خلال يومين   ووصل بعد أسبوعين",
    "The listing said it works with iPhone 15.\nIt does not!",
    "",
    "   ",
    "a",
    "ab ab ab",
    "tab\tseparated\u00a0nbsp and\u2003em space",
    "x" * 300,
    "The listing said it works with iPhone 15. It does not.",
]


@pytest.mark.parametrize("ngrams", [(2, 5), (1, 3), (3, 3)])
def test_memo_equals_the_vectorizer_over_several_batches(ngrams):
    cfg = HashConfig(char_buckets=2**12, char_ngrams=ngrams)
    hasher = Hasher(cfg)
    memo = WordMemo(hasher.chars, max_words=15)  # small: the memo also starts again between batches
    for batch in (TEXTS, TEXTS[::-1], TEXTS[2:5], [TEXTS[0]] * 3):
        want = hasher.chars.transform(batch)
        got = memo.transform(batch)
        assert got.shape == want.shape
        want.sort_indices()
        got.sort_indices()
        assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)
