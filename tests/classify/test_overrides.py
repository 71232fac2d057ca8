"""`voc train --setting KEY=VALUE`: settings changed by name, bad keys and values named."""

from __future__ import annotations

import pytest

from voc.classify.overrides import apply_overrides, known_keys
from voc.classify.train import Settings
from voc.errors import InputError


def test_overrides_change_only_the_named_settings():
    s = apply_overrides(Settings(seed=5), ["hp.epochs=3", "hashing.char_buckets=1024", "hashing.char_ngrams=2,4",
                                           "calibration_folds=2", "hp.lr=0.01"])
    assert (s.seed, s.hp.epochs, s.hp.lr, s.calibration_folds) == (5, 3, 0.01, 2)
    assert (s.hashing.char_buckets, s.hashing.char_ngrams, s.hashing.word_buckets) == (1024, (2, 4), 2**18)
    assert s.hp.dim == Settings().hp.dim and "hp.epochs" in known_keys()


@pytest.mark.parametrize("pair, code, names", [
    ("hp.nope=1", "E113", "hp.epochs"),  # the known keys are listed
    ("hp", "E113", "KEY=VALUE"),
    ("hp=3", "E113", "hp.dim"),
    ("hp.epochs=many", "E114", "a whole number, like 12"),
    ("hashing.char_ngrams=3", "E114", "a range low,high, like 2,5"),
    ("calibration_folds=1", "E115", "at least 2"),
    ("hashing.word_buckets=0", "E115", "at least 1"),
])
def test_overrides_bad_pairs_say_what_is_expected(pair, code, names):
    with pytest.raises(InputError, match=code) as err:
        apply_overrides(Settings(), [pair])
    assert names in str(err.value)
