"""A PNG of kgraph's HTML view, taken offline with headless Chromium.

The input is an HTML page kgraph wrote, a saved graph (.ttl, .nt, .nq, .trig,
.jsonld, .rdf), or article .txt files and folders (built with the pipeline);
with no input, the seed article in ``seeds/``. The README's picture is made with

    python scripts/screenshot.py -o docs/seed-graph.png --hover "Mai Văn Chính"

Needs Debian's ``chromium`` (or ``KGRAPH_CHROMIUM`` naming a Chromium binary).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import BrowserError, Chromium, find_chromium  # noqa: E402

GRAPH_SUFFIXES = {".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf"}


def _graph(inputs: list[Path]):
    """The networkx view of a saved graph or of articles run through the pipeline."""
    import kgraph
    from kgraph.export import load
    from kgraph.views import to_networkx

    if len(inputs) == 1 and inputs[0].suffix in GRAPH_SUFFIXES:
        return to_networkx(load(inputs[0]))
    return to_networkx(kgraph.build(inputs))


def page_for(inputs: list[Path], out_dir: Path, *, title: str, focus: str | None, hops: int) -> Path:
    """The HTML file to photograph: the input itself, or one rendered from it."""
    if len(inputs) == 1 and inputs[0].suffix.lower() in (".html", ".htm"):
        return inputs[0]
    from kgraph.views import render_html

    return render_html(_graph(inputs), out_dir / "graph.html", title=title, focus=focus, k=hops)


def screenshot(page_path: Path, png: Path, *, width: int, height: int, scale: float, hover: str | None) -> Path:
    """Open the page offline, wait for its first frame (and a tooltip), write the PNG."""
    with Chromium(width=width, height=height, scale=scale) as browser:
        page = browser.new_page()
        page.goto(page_path)
        page.wait_for("window.kgraph && window.kgraph.ready", timeout=60)
        if hover:
            index = page.evaluate(f"window.kgraph.find({json.dumps(hover)})")
            if index is None:
                raise SystemExit(f"--hover: no entity named {hover!r} in the page")
            x, y = page.evaluate(f"""(() => {{
                const net = window.kgraph.network, p = net.canvasToDOM(net.getPosition({index}));
                const r = document.getElementById('kg-network').getBoundingClientRect();
                return [p.x + r.left, p.y + r.top]; }})()""")
            page.mouse_move(x, y)
            page.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=10)
        page.wait_for("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
        if page.errors or page.requests:
            raise SystemExit(f"the page misbehaved offline: errors {page.errors[:3]}, requests {page.requests[:3]}")
        png.parent.mkdir(parents=True, exist_ok=True)
        return page.screenshot(png)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="an HTML page, a saved graph, or .txt articles/folders")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    parser.add_argument("--title", help="page title when rendering (default: the seed article, or the first input's name)")
    parser.add_argument("--focus", help="draw only this entity's neighbourhood (IRI or name)")
    parser.add_argument("--hops", type=int, default=1, help="neighbourhood radius with --focus")
    parser.add_argument("--hover", help="show the tooltip of this entity (name) in the picture")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=760)
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 for a sharper PNG)")
    parser.add_argument("--keep-html", type=Path, help="also keep the rendered page at this path")
    args = parser.parse_args(argv)
    if not find_chromium():
        print("chromium not found: apt-get install chromium (or set KGRAPH_CHROMIUM)", file=sys.stderr)
        return 2
    inputs = args.inputs or [ROOT / "seeds"]
    with tempfile.TemporaryDirectory() as tmp:
        title = args.title or ("kgraph: " + (Path(inputs[0]).stem if args.inputs else "seed article"))
        page_path = page_for(inputs, Path(tmp), title=title, focus=args.focus, hops=args.hops)
        if args.keep_html and page_path.parent == Path(tmp):
            args.keep_html.write_bytes(page_path.read_bytes())
        try:
            png = screenshot(page_path, args.output, width=args.width, height=args.height, scale=args.scale,
                             hover=args.hover)
        except BrowserError as e:
            print(f"screenshot failed: {e}", file=sys.stderr)
            return 1
    print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
