"""Inline display in notebooks: _repr_html_ gives an iframe whose srcdoc is the page."""

from __future__ import annotations

from html.parser import HTMLParser

import kgraph
from kgraph.views import PageView, show
from kgraph.views.html import generate_html
from kgraph.views.networkx_view import example_graph

SCRIPT = "<script>window.__pwned=1</script>"


class Frames(HTMLParser):
    """The attributes of every iframe, un-escaped as a browser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[dict[str, str]] = []
        self.other_tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))
        else:
            self.other_tags.append(tag)


def frames(markup: str) -> Frames:
    parser = Frames()
    parser.feed(markup)
    parser.close()
    return parser


def test_show_returns_the_page_inside_one_sandboxed_iframe():
    view = show(example_graph(), title="Gia Lai", height=500)
    assert isinstance(view, PageView)
    parsed = frames(view._repr_html_())
    assert parsed.other_tags == [] and len(parsed.frames) == 1  # nothing of the page leaks outside the attribute
    frame = parsed.frames[0]
    assert frame["srcdoc"] == generate_html(example_graph(), title="Gia Lai") == view.page
    assert frame["sandbox"] == "allow-scripts" and "height: 500px" in frame["style"]


def test_markup_in_a_title_stays_inside_the_srcdoc():
    view = show(example_graph(), title=f"Tin {SCRIPT}")
    parsed = frames(view._repr_html_())
    assert parsed.other_tags == [] and parsed.frames[0]["title"] == f"Tin {SCRIPT}"
    assert "<title>Tin &lt;script&gt;" in parsed.frames[0]["srcdoc"]


def test_knowledge_graph_displays_its_page_inline():
    kg = kgraph.build(["Ông Trần Văn Nam, Bí thư Tỉnh ủy Gia Lai, dự hội nghị."])
    page = frames(kg._repr_html_()).frames[0]["srcdoc"]
    assert "<title>Knowledge graph of 1 article</title>" in page
    assert '"label":"Trần Văn Nam"' in page and '"label":"Tỉnh ủy Gia Lai"' in page


def test_page_view_saves_a_standalone_file(tmp_path):
    out = show(example_graph(), focus="Pleiku").save(tmp_path / "g.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
