"""Extraction time against article length: 10 kB to 10 MB of one text, in one run.

Usage: python benchmarks/bench_long_article.py [--sizes 10k,100k,1M,10M] [--stages]

The article is the seed repeated (paragraphs kept whole, cut at a character
boundary) to each size. For each size the CPU seconds of ``kgraph.extract`` are
printed with seconds per MB, and the ratio of the largest size's per-MB cost
to the smallest's: about 1 when extraction is linear in the article's length
(goal: 10 MB in under a minute). ``--stages`` prints each pipeline component's
share, to find a step that grows faster than the text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"k": 1_000, "M": 1_000_000}


def _size(text: str) -> int:
    return int(float(text[:-1]) * UNITS[text[-1]]) if text[-1] in UNITS else int(text)


def article(size: int) -> str:
    """The seed article repeated to ``size`` bytes of UTF-8."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    repeated = (seed + "\n\n") * (size // len(seed.encode("utf-8")) + 1)
    return repeated.encode("utf-8")[:size].decode("utf-8", "ignore")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10k,100k,1M,10M", help="comma-separated sizes in bytes (k, M suffixes)")
    parser.add_argument("--stages", action="store_true", help="time each pipeline component")
    args = parser.parse_args()

    from kgraph.document import Document
    from kgraph.pipeline import default_pipeline, extract

    extract("Bộ Chính trị họp tại Hà Nội.")  # load models and data outside the timings
    pipeline = default_pipeline()
    per_mb = []
    print(f"{'size':>8} {'CPU s':>8} {'s/MB':>7} {'entities':>9} {'relations':>10}")
    for label in args.sizes.split(","):
        size = _size(label.strip())
        text = article(size)
        doc = Document(text=text, doc_id="long")
        stages = []
        start = time.process_time()
        for name, component in pipeline.components:
            t0 = time.process_time()
            doc = component(doc)
            stages.append((name, time.process_time() - t0))
        seconds = time.process_time() - start
        per_mb.append(seconds / (size / 1e6))
        print(f"{label:>8} {seconds:8.2f} {per_mb[-1]:7.2f} {len(doc.entities):9d} {len(doc.relations):10d}")
        if args.stages:
            print("         " + ", ".join(f"{name} {t:.2f}" for name, t in stages))
    if len(per_mb) > 1:
        print(f"per-MB cost, largest size / smallest: {per_mb[-1] / per_mb[0]:.2f} (1 = linear)")


if __name__ == "__main__":
    main()
