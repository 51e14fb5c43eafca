from kgraph.document import Document
from kgraph.pipeline import default_pipeline, normalize_text
from kgraph.recognize.underthesea_names import recognize_names_with_underthesea, with_underthesea_names
from kgraph.segment import segment


def test_underthesea_fallback_tags_names_with_offsets_into_the_text():
    text = "Trong buổi làm việc, Thào Xuân Sùng cho biết tỉnh đã hoàn thành kế hoạch."
    doc = recognize_names_with_underthesea(segment(normalize_text(Document(text=text, doc_id="u"))))
    [mention] = doc.mentions
    assert mention.source == "underthesea" and doc.text[mention.start : mention.end] == "Thào Xuân Sùng"


def test_with_underthesea_names_adds_the_component_after_persons_and_keeps_one_entity_per_name():
    pipeline = with_underthesea_names(default_pipeline())
    names = pipeline.names
    assert names.index("underthesea_names") == names.index("persons") + 1
    doc = pipeline(Document(text="Bí thư Tỉnh ủy Bế Xuân Trường dự hội nghị tại Hà Nội.", doc_id="u"))
    assert [e.name for e in doc.entities if e.type == "Person"] == ["Bế Xuân Trường"]
    assert "underthesea_names" not in default_pipeline().names
