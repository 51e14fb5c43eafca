"""Properties over arbitrary and mangled text: extraction never raises, exports read back, offsets hold."""

import tempfile
import unicodedata
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kgraph.errors import InputError
from kgraph.export import FORMATS, export
from kgraph.graph import KnowledgeGraph
from kgraph.pipeline import extract
from kgraph.rdf import facts

SENTENCES = [
    "Sáng 3/4, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác xây dựng Đảng.",
    "Đồng chí Trần Văn Nam, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.",
    "Bộ Chính trị ban hành Nghị quyết số 18-NQ/TW ngày 25/10/2017 về tinh gọn bộ máy.",
    "Dự hội nghị có đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy.",
    "Kỳ họp thứ 22 (kỳ họp chuyên đề lần thứ 14) HĐND tỉnh Kon Tum diễn ra tại thành phố Kon Tum.",
    "Thủ tướng Chính phủ Phạm Minh Chính làm việc với Ủy ban nhân dân tỉnh Quảng Ninh.",
]
NOISE = st.sampled_from(["\x00", "\x1b", "\ufeff", "\u200b", "\ud800", "\ufffe", "\r\n", "\u0301", "\u0323", "  ",
                         ".", "(", "\"", "“", "–", "\n\n", "Ð", "Hội nghị", "Tỉnh ủy", "<b>", "&amp;", "đ"])
RDF_FORMATS = {"ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads",
               "trig": "application/trig", "jsonld": "application/ld+json", "rdf": "application/rdf+xml"}
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mangled(draw):
    """Real sentences, cut, joined, respelled in NFD or upper case, with noise put in."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "nfd", "upper", "repeat"]))
        if action == "insert":
            text = text[:at] + draw(NOISE) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)):]
        elif action == "nfd":
            text = text[:at] + unicodedata.normalize("NFD", text[at:])
        elif action == "upper":
            text = text[:at] + text[at:].upper()
        else:
            text = text + " " + text[at:]
    return text


def _check(text: str) -> None:
    try:
        doc = extract(text, doc_id="p")
    except InputError:
        assert not text.strip()
        return
    for relation in doc.relations:  # evidence spans lie in the text, inside one sentence
        assert 0 <= relation.start <= relation.end <= len(doc.text)
    kg = KnowledgeGraph()
    kg.add(doc)
    for fact in facts(kg.dataset):
        for evidence in fact.evidence:
            assert doc.text[evidence.start:evidence.end] == evidence.sentence_text
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, media_type in RDF_FORMATS.items():
            data = export(kg, Path(tmp) / f"graph.{fmt}", format=fmt).read_bytes()
            assert len(Dataset().parse(data=data, format=FORMATS[fmt])) > 0 or not doc.entities
            pyoxigraph.Store().load(data, format=pyoxigraph.RdfFormat.from_media_type(media_type))


@PROPERTY
@given(st.text(max_size=300))
def test_any_unicode_text_extracts_and_exports(text):
    _check(text)


@PROPERTY
@given(mangled())
def test_mangled_real_sentences_extract_and_export(text):
    _check(text)


@pytest.mark.parametrize("text", ["", " ", "\n\t", "\u3000"])
def test_only_empty_text_is_refused(text):
    with pytest.raises(InputError):
        extract(text)
