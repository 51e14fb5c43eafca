"""The person recognizer's title/honorific test before a name, read backwards from the name."""

from __future__ import annotations

from kgraph.recognize.persons import _cue_tail, _cue_tail_reversed

WINDOWS = [
    "Tham dự có đồng chí ",
    "Phát biểu tại hội nghị, Phó Bí thư Tỉnh ủy, ",
    "Thủ tướng Australia ",
    "ông ",
    "Ông",
    "(Bí thư ",
    "Đồng chí Nguyễn Văn A và ",
    "ÔNG ",
    "bí thư chi bộ thôn ",
    "'Chủ tịch ",
    "xông ",
    "Trao đổi với phóng viên, ",
]


def test_the_reversed_cue_tail_agrees_with_the_tail_search_on_every_ending():
    agreed = 0
    for window in WINDOWS:
        for start in range(len(window)):
            part = window[start:]
            expected = bool(_cue_tail().search(part))
            assert bool(_cue_tail_reversed().match(part[::-1])) == expected, part
            agreed += expected
    assert agreed >= 15  # cues were there to find
