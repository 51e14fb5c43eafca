"""The sentence splitter's last-word test agrees with the pattern it replaced, white space of every kind."""

from __future__ import annotations

import itertools

from kgraph.segment import _LAST_WORD, _last_word, split_sentences


def test_last_word_is_what_the_end_anchored_pattern_finds():
    pieces = ["a", "TS.", " ", "\t", "\u00a0", "\u2009", "\u3000", "."]
    for size in range(0, 5):
        for parts in itertools.product(pieces, repeat=size):
            text = "".join(parts)
            found = _LAST_WORD.search(text)
            assert _last_word(text, 0, len(text)) == (found.group(1) if found else None), repr(text)


def test_an_abbreviation_before_a_capital_does_not_end_the_sentence():
    text = "Dự có PGS.TS. Lê Văn A, Th.S\u00a0Trần B. Hội nghị bế mạc."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Dự có PGS.TS. Lê Văn A, Th.S\u00a0Trần B.",
                                                             "Hội nghị bế mạc."]
