"""The TF-IDF weights both small linear models share."""

from __future__ import annotations

import math

from coach.language import tfidf


def test_the_vocabulary_keeps_terms_seen_often_enough_and_rare_ones_weigh_more() -> None:
    texts = [["pills", "tonight"], ["pills", "dinner"], ["dinner", "late"], ["dinner"]]
    vocabulary, idf = tfidf.fit_vocabulary(texts, min_df=2)
    assert list(vocabulary) == ["dinner", "pills"]  # "tonight" and "late" appear once
    weight = dict(zip(vocabulary, idf, strict=True))
    assert weight["pills"] > weight["dinner"]
    assert math.isclose(weight["dinner"], math.log(5 / 4) + 1.0, rel_tol=1e-6)


def test_a_row_is_unit_length_with_repeats_damped_and_unknown_terms_dropped() -> None:
    vocabulary, idf = tfidf.fit_vocabulary([["a", "b"], ["a", "b"], ["a"]], min_df=1)
    columns = {str(t): i for i, t in enumerate(vocabulary)}
    row = dict(tfidf.weighted(["a", "a", "a", "b", "unseen"], columns, idf))
    assert set(row) == {columns["a"], columns["b"]}
    assert math.isclose(math.sqrt(sum(v * v for v in row.values())), 1.0, rel_tol=1e-6)
    # three "a"s count 1 + ln 3, not 3
    ratio = (row[columns["a"]] / float(idf[columns["a"]])) / (row[columns["b"]] / float(idf[columns["b"]]))
    assert math.isclose(ratio, 1.0 + math.log(3), rel_tol=1e-6)
    assert tfidf.weighted(["unseen"], columns, idf) == []
