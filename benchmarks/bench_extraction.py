"""Extraction throughput of kgraph against underthesea's ``ner()``, in one run.

Usage: python benchmarks/bench_extraction.py [TXT_OR_FOLDER ...] [--repeat N]

Both run on the same texts, in the same process, one after the other; the
figure that matters is the ratio (characters per second of kgraph's full
pipeline over underthesea's ``ner()``), which does not depend on the machine
as much as the absolute speeds. ``word_tokenize()`` is timed too, as the
ceiling of what a token-level pass costs. Defaults to the seed article, plus
../shared/gold/dev when that folder exists.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(paths: list[Path]) -> list[str]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return [f.read_text(encoding="utf-8") for f in files]


def _rate(func, texts: list[str], repeat: int) -> float:
    chars = sum(len(t) for t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            func(text)
    return chars / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    inputs = args.inputs or [ROOT / "seeds"] + [p for p in [ROOT.parent / "shared" / "gold" / "dev"] if p.is_dir()]
    texts = _texts(inputs)

    from underthesea import ner, word_tokenize

    from kgraph import extract

    for func in (extract, ner, word_tokenize):  # warm-up: load models and data files
        func(texts[0][:500])

    kgraph_rate = _rate(extract, texts, args.repeat)
    ner_rate = _rate(ner, texts, 1)
    tokenize_rate = _rate(word_tokenize, texts, args.repeat)
    total = sum(len(t) for t in texts)
    print(f"texts: {len(texts)} articles, {total:,} characters")
    print(f"{'pass':<28}{'chars/s':>12}{'vs ner()':>10}")
    print(f"{'kgraph.extract (pipeline)':<28}{kgraph_rate:>12,.0f}{kgraph_rate / ner_rate:>9.1f}x")
    print(f"{'underthesea.ner':<28}{ner_rate:>12,.0f}{1:>9.1f}x")
    print(f"{'underthesea.word_tokenize':<28}{tokenize_rate:>12,.0f}{tokenize_rate / ner_rate:>9.1f}x")
    print(f"seconds per article (kgraph): {total / kgraph_rate / len(texts):.3f}")


if __name__ == "__main__":
    main()
