"""SpanIndex answers what a scan of every span answers, whatever the spans' widths."""

from __future__ import annotations

import random

from kgraph.dates import context_year
from kgraph.document import Sentence
from kgraph.spans import SpanIndex


def test_span_index_finds_what_a_scan_finds():
    rng = random.Random(7)
    spans = []
    for _ in range(400):
        start = rng.randrange(0, 2000)
        spans.append(Sentence(start, start + rng.choice([0, 1, 3, 20, 63, 64, 65, 130, 400])))
    index = SpanIndex(spans, width=64)
    for _ in range(300):
        start = rng.randrange(0, 2100)
        end = start + rng.randrange(0, 150)
        expected = {id(s) for s in spans if s.start < end and start < s.end}
        assert {id(s) for s in index.overlapping(start, end)} == expected
        assert sorted(map(id, index.containing(start))) == sorted(id(s) for s in spans if s.start <= start < s.end)
    assert any(index.overlapping(s.start, s.end) for s in spans if s.end > s.start)


def test_context_year_counts_years_not_parts_of_numbers_or_dates():
    text = "Nhiệm kỳ 2020-2025, năm 2025; số 12/2019/NĐ-CP; 1/2024 và 32024; năm 2025 và năm 1999."
    assert context_year(text) == 2025
    assert context_year("Năm 1999, rồi 2001 và 2001.") == 2001
    assert context_year("Số 12/2019/NĐ-CP, mã 32024.") is None
    assert context_year("2019 và 1998; mã A-1998, v.1998, 1/1998, 1998.5") == 2019  # a year opens the text
    assert context_year("Không có năm nào", "2024-05-01") == 2024
