import pytest

from kgraph.errors import InputError
from kgraph.sources import folder_metadata, read_sources


def test_sources_tsv_gives_titles_sources_and_publication_dates(tmp_path):
    (tmp_path / "a1.txt").write_text("Tỉnh ủy Gia Lai họp\n\nSáng 3/4, Tỉnh ủy Gia Lai họp.", encoding="utf-8")
    (tmp_path / "a2.txt").write_text("Bộ Nội vụ công bố quyết định.", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text(
        "doc\tsource\ttitle\n"
        "a1\thttps://example.vn/a1 (published 2025-04-03T08:00:00+07:00)\tTỉnh ủy họp\n"
        "a2\tbáo in, dated 05/06/2024\tBộ Nội vụ\n",
        encoding="utf-8",
    )
    items = {doc_id: meta for _, doc_id, meta in read_sources([tmp_path])}
    assert items["a1"]["published"] == "2025-04-03" and items["a1"]["title"] == "Tỉnh ủy họp"
    assert items["a2"]["published"] == "2024-06-05"


def test_without_sources_tsv_the_first_line_is_the_title(tmp_path):
    (tmp_path / "x.txt").write_text("\nTiêu đề bài viết\nNội dung.", encoding="utf-8")
    [(text, doc_id, meta)] = read_sources([tmp_path / "x.txt"])
    assert doc_id == "x" and meta["title"] == "Tiêu đề bài viết" and "published" not in meta
    assert folder_metadata(tmp_path) == {}


def test_published_date_dates_the_event_and_the_post(tmp_path):
    from kgraph.graph import build

    (tmp_path / "b.txt").write_text(
        "Sáng 3/4, Ban Tổ chức Tỉnh ủy Gia Lai tổ chức Hội nghị tổng kết công tác cán bộ. "
        "Dự hội nghị có đồng chí Trần Văn Nam, Trưởng Ban Tổ chức Tỉnh ủy Gia Lai.", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("doc\tsource\ttitle\tpublished\nb\tx\tt\t2025-04-03\n", encoding="utf-8")
    doc = build([tmp_path]).documents["b"]
    event = next(e for e in doc.entities if e.type == "Event")
    assert event.attrs["date"] == "2025-04-03"
    post = next(r for r in doc.relations if r.predicate == "holds_position")
    assert post.attrs["reported_on"] == "2025-04-03"


@pytest.mark.parametrize("bad", [b"\xff\xfe\x00", b"   \n"])
def test_unreadable_articles_are_clear_errors(tmp_path, bad):
    (tmp_path / "bad.txt").write_bytes(bad)
    with pytest.raises(InputError, match="bad.txt"):
        read_sources([tmp_path])
