"""How long a large graph takes to become usable in the HTML view (headless Chromium).

For synthetic graphs of 1,000 and 2,000 entities (tests/browser.py's
``synthetic_graph``, news-like: hub bodies, people at several events), this
renders the page, opens it offline in Debian's chromium and reports:

- render: Python time to write the file, and its size;
- layout / network / draw: in-page milliseconds for the force layout, for
  building the vis-network objects, and the time from navigation start to
  the first frame;
- ready: navigation start to the first frame plus the next turn of the event
  loop (the page handles input from then on);
- hover: from the pointer event onto the busiest node (zoomed to 1.5) to the
  frame that shows its tooltip;
- frame: milliseconds to draw one frame (median of 5 synchronous redraws),
  of the whole graph as it opens ("whole", every node in view: the worst
  case while panning) and zoomed to 1.0 on the busiest node ("zoomed");
- names: how many entity names the opening view shows;
- pyvis: the same graph through pyvis with its default physics, time until
  its stabilisation finished (capped; ``--no-pyvis`` skips it, and sizes
  above ``--pyvis-max`` are not tried: pyvis needs minutes there).

The issue's targets: a 2,000-entity graph drawn and interactive within 3 s;
10,000 entities usable (drawn within a few seconds, frames fast enough to pan).

    python benchmarks/bench_html.py [--sizes 1000 2000 10000] [--runs 3] [--pyvis-cap 120]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import Chromium, find_chromium, synthetic_graph  # noqa: E402

from kgraph.views.html import render_html  # noqa: E402

TARGET_SECONDS = 3.0


def open_page(browser: Chromium, path: Path) -> dict[str, float]:
    """Open the page in a fresh tab; in-page timings and hover latency, in seconds."""
    page = browser.new_page()
    started = time.perf_counter()
    page.goto(path, timeout=120)
    page.wait_for("window.kgraph && window.kgraph.ready", timeout=120)
    wall = time.perf_counter() - started
    timings = page.evaluate("window.kgraph.timings")
    # Hover the node with the most relations (the page's own positions, in viewport pixels).
    point = page.evaluate("""(() => {
        const k = window.kgraph, net = k.network, ids = k.nodes.getIds();
        let best = ids[0], deg = -1;
        for (const id of ids) { const d = window.kgraph.degree(id); if (d > deg) { deg = d; best = id; } }
        net.moveTo({position: net.getPosition(best), scale: 1.5, animation: false});
        const dom = net.canvasToDOM(net.getPosition(best));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return {x: dom.x + r.left, y: dom.y + r.top};
    })()""")
    page.wait_for("new Promise(r => requestAnimationFrame(() => r(true)))")
    page.evaluate("window.kgraph.timings.tooltipPainted = 0")
    page.mouse_move(point["x"], point["y"])
    page.wait_for("window.kgraph.timings.tooltipPainted > 0", timeout=30, interval=0.005)
    times = page.evaluate("window.kgraph.timings")
    hover = (times["tooltipPainted"] - times["pointer"]) / 1000  # pointer event to painted tooltip
    frames = page.evaluate("""(() => {
        const k = window.kgraph, net = k.network, hub = k.network.getSelectedNodes()[0];
        function frame() { const t = [];
          for (let i = 0; i < 5; i++) { const s = performance.now(); net.redraw(); t.push(performance.now() - s); }
          return t.sort((a, b) => a - b)[2]; }
        const busiest = k.nodes.getIds().reduce((a, b) =>
          k.degree(b) > k.degree(a) ? b : a);
        net.moveTo({position: net.getPosition(busiest), scale: 1.0, animation: false});
        const zoomed = frame();
        document.getElementById('kg-fit').click();
        const whole = frame();
        return {whole: whole, zoomed: zoomed, names: k.labels.length};
    })()""")
    if page.errors or page.requests:
        raise SystemExit(f"{path}: page errors {page.errors[:3]} requests {page.requests[:3]}")
    page.send("Page.close")
    return {
        "wall": wall,
        "layout": timings["layout"] / 1000,
        "network": timings["network"] / 1000,
        "draw": timings["firstDraw"] / 1000,
        "ready": timings["ready"] / 1000,
        "hover": hover,
        "whole": frames["whole"],
        "zoomed": frames["zoomed"],
        "names": frames["names"],
    }


def pyvis_default(browser: Chromium, G, out: Path, cap: float) -> float | None:
    """Seconds until pyvis's default physics stabilised, or None past ``cap``."""
    from pyvis.network import Network

    net = Network(height="750px", width="100%", directed=True, cdn_resources="in_line")
    index = {node: i for i, node in enumerate(G)}
    for node, data in G.nodes(data=True):
        net.add_node(index[node], label=data.get("label", str(node)))
    for u, v, key in G.edges(keys=True):
        net.add_edge(index[u], index[v], title=str(key))
    net.write_html(str(out), notebook=False)
    page = browser.new_page()
    started = time.perf_counter()
    page.goto(out, timeout=cap)
    try:  # pyvis fades its loading bar out when stabilisation is done
        page.wait_for("(() => { const b = document.getElementById('loadingBar');"
                      " return b && getComputedStyle(b).opacity === '0'; })()", timeout=cap, interval=0.2)
    except Exception:  # noqa: BLE001 - past the cap
        return None
    finally:
        page.send("Page.close", timeout=cap)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 10000])
    parser.add_argument("--pyvis-max", type=int, default=2000, help="largest size to try with pyvis")
    parser.add_argument("--runs", type=int, default=3, help="page loads per size (median reported)")
    parser.add_argument("--pyvis-cap", type=float, default=120.0, help="seconds to wait for pyvis physics")
    parser.add_argument("--no-pyvis", action="store_true", help="skip the pyvis comparison")
    args = parser.parse_args(argv)
    if not find_chromium():
        print("chromium not found: apt-get install chromium (or set KGRAPH_CHROMIUM)", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Chromium(width=1280, height=800) as browser:
        for size in args.sizes:
            G = synthetic_graph(size)
            path = Path(tmp) / f"graph-{size}.html"
            started = time.perf_counter()
            render_html(G, path, title=f"synthetic {size}")
            render = time.perf_counter() - started
            open_page(browser, path)  # warm the browser's caches once
            runs = [open_page(browser, path) for _ in range(args.runs)]
            median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            worst = max(run["ready"] for run in runs)
            skip = args.no_pyvis or size > args.pyvis_max
            pyvis = None if skip else pyvis_default(browser, G, Path(tmp) / f"pyvis-{size}.html", args.pyvis_cap)
            rows.append((size, G.number_of_edges(), render, path.stat().st_size / 1e6, median, worst,
                         "skip" if skip else pyvis))
            print(f"  measured {size} entities", file=sys.stderr)

    header = (f"{'entities':>8} {'relations':>9} {'render s':>8} {'file MB':>7} {'layout s':>8} {'vis s':>6} "
              f"{'drawn s':>7} {'ready s':>7} {'worst s':>7} {'hover s':>7} {'whole ms':>8} {'zoomed ms':>9} "
              f"{'names':>5} {'pyvis physics s':>15} {'ratio':>6}")
    print(f"\nHTML view, headless Chromium ({args.runs} loads each, median; 'worst' is the slowest ready)")
    print(header)
    print("-" * len(header))
    for size, edges, render, mb, m, worst, pyvis in rows:
        if pyvis == "skip":
            pv, ratio = "-", "-"
        elif pyvis is None:
            pv, ratio = f"> {args.pyvis_cap:.0f}", f"> {args.pyvis_cap / m['ready']:.0f}x"
        else:
            pv, ratio = f"{pyvis:.1f}", f"{pyvis / m['ready']:.0f}x"
        print(f"{size:>8} {edges:>9} {render:>8.2f} {mb:>7.2f} {m['layout']:>8.2f} {m['network']:>6.2f} "
              f"{m['draw']:>7.2f} {m['ready']:>7.2f} {worst:>7.2f} {m['hover']:>7.2f} {m['whole']:>8.0f} "
              f"{m['zoomed']:>9.0f} {m['names']:>5.0f} {pv:>15} {ratio:>6}")
    late = [size for size, *_, m, worst, _ in rows if size <= 2000 and m["ready"] > TARGET_SECONDS]
    print(f"\ntarget: up to 2,000 entities ready within {TARGET_SECONDS:.0f} s -> "
          + ("met" if not late else f"MISSED for {', '.join(map(str, late))} entities"))
    return 0 if not late else 1


if __name__ == "__main__":
    raise SystemExit(main())
