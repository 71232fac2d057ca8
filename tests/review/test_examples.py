"""Human labels become training examples: fields mapped with care, a bad stored label named."""

from __future__ import annotations

import pytest

from voc.errors import InputError
from voc.review.examples import human_examples

TEXT = "فروشنده گفت ساعت ضدآب است ولی آب گرفت"  # "the seller said the watch is waterproof, but water got in"


def label(**kw) -> dict:
    row = {"id": "r1", "lang": "fa", "channel": "review", "text": TEXT, "is_complaint": True, "promise_gap": True,
           "topic": "product", "source": "sales_rep", "evidence": "فروشنده گفت ساعت ضدآب است"}
    return {**row, **kw}


def test_examples_map_the_guide_fields_with_origin_human():
    [ex] = human_examples([label()])
    assert (ex.id, ex.lang, ex.channel, ex.text, ex.origin) == ("r1", "fa", "review", TEXT, "human")
    assert (ex.is_complaint, ex.promise_gap, ex.topic, ex.source) == (True, True, "product", "sales_rep")
    assert ex.evidence == "فروشنده گفت ساعت ضدآب است"


@pytest.mark.parametrize("evidence", ["", None, "a quote from another text"])
def test_examples_a_gap_without_usable_evidence_still_trains(evidence):
    [ex] = human_examples([label(evidence=evidence)])
    assert ex.promise_gap and ex.topic == "product" and ex.evidence == ""


def test_examples_a_gap_without_topic_keeps_none_and_a_label_outside_the_languages_is_read_as_the_model_would():
    [gap, other] = human_examples([label(topic="none", source=None),
                                   label(id="r2", lang="other", channel="chat", promise_gap=False, topic="none",
                                         source="none", evidence="", text="The watch let water in after a swim.")])
    assert (gap.topic, gap.source) == ("none", "none")
    assert other.lang == "en" and other.channel is None and not other.promise_gap


@pytest.mark.parametrize("change, field", [
    ({"topic": "colour"}, "topic"),
    ({"source": "friend"}, "source"),
    ({"promise_gap": False, "evidence": ""}, "topic"),  # a topic on a record without a promise gap
    ({"is_complaint": False}, "is_complaint"),
    ({"text": "  "}, "text"),
])
def test_examples_a_stored_label_that_breaks_the_guide_names_record_and_field(change, field):
    with pytest.raises(InputError, match=f"E212 the human label of record 'r1': field '{field}'") as err:
        human_examples([label(**change)])
    assert "voc review import" in str(err.value) and err.value.field == field
