"""Extraction throughput of kgraph against underthesea's ``ner()``, in one run.

Usage: python benchmarks/bench_extraction.py [TXT_OR_FOLDER ...] [--repeat N]

Both run on the same texts, in the same process, one after the other; the
figure that matters is the ratio (characters per second of kgraph's full
pipeline over underthesea's ``ner()``), which depends less on the machine
than the absolute speeds. ``ner()`` is called as its users call it: sentence
by sentence after ``sent_tokenize()`` (on a whole article it runs about ten
times slower, which made an earlier version of this benchmark unfair to it);
the whole-article figure is printed too, for reference, with ``--whole``.
``word_tokenize()`` per sentence is the ceiling of what a token-level pass
costs. Defaults to the seed article, plus ../shared/gold/dev when that folder
exists.
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
    """Characters of ``texts`` per second through ``func`` (called once per text)."""
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
    parser.add_argument("--whole", action="store_true", help="also time ner() on whole articles (slow)")
    args = parser.parse_args()
    inputs = args.inputs or [ROOT / "seeds"] + [p for p in [ROOT.parent / "shared" / "gold" / "dev"] if p.is_dir()]
    texts = _texts(inputs)

    from underthesea import ner, sent_tokenize, word_tokenize

    from kgraph import extract

    for func in (extract, ner, word_tokenize):  # warm-up: load models and data files
        func(texts[0][:500])

    def ner_per_sentence(text: str) -> None:
        for sentence in sent_tokenize(text):
            ner(sentence)

    def tokenize_per_sentence(text: str) -> None:
        for sentence in sent_tokenize(text):
            word_tokenize(sentence)

    kgraph_rate = _rate(extract, texts, args.repeat)
    ner_rate = _rate(ner_per_sentence, texts, 1)
    tokenize_rate = _rate(tokenize_per_sentence, texts, 1)
    total = sum(len(t) for t in texts)
    print(f"texts: {len(texts)} articles, {total:,} characters")
    print(f"{'pass':<36}{'chars/s':>12}{'vs ner()':>10}")
    print(f"{'kgraph.extract (whole pipeline)':<36}{kgraph_rate:>12,.0f}{kgraph_rate / ner_rate:>9.1f}x")
    print(f"{'underthesea.ner, per sentence':<36}{ner_rate:>12,.0f}{1:>9.1f}x")
    print(f"{'underthesea.word_tokenize, per sent.':<36}{tokenize_rate:>12,.0f}{tokenize_rate / ner_rate:>9.1f}x")
    if args.whole:
        whole_rate = _rate(ner, texts, 1)
        print(f"{'underthesea.ner, whole article':<36}{whole_rate:>12,.0f}{whole_rate / ner_rate:>9.1f}x")
    print(f"seconds per article (kgraph): {total / kgraph_rate / len(texts):.3f}")


if __name__ == "__main__":
    main()
