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
exists (or the gold folder beside the main checkout, for a git worktree).

The passes take turns article by article (kgraph, then ``ner()``, then
``word_tokenize()`` on the same article), so that other work on a shared
machine weighs on both sides of the ratio alike; the ratio is printed for
wall-clock time and for the process's CPU time. Before each kgraph call its
caches of POS tags and of word segmentation are emptied, so a repeated article
costs what a new one does.
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


def _rates_in_turn(funcs: dict, texts: list[str], repeats: dict) -> dict[str, tuple[float, float]]:
    """Characters per second of each function, (wall clock, CPU time), the functions taking turns per text."""
    wall = dict.fromkeys(funcs, 0.0)
    cpu = dict.fromkeys(funcs, 0.0)
    for text in texts:
        for name, func in funcs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(repeats.get(name, 1)):
                func(text)
            wall[name] += time.perf_counter() - start
            cpu[name] += time.process_time() - start_cpu
    chars = sum(len(t) for t in texts)
    return {name: (chars * repeats.get(name, 1) / wall[name], chars * repeats.get(name, 1) / cpu[name])
            for name in funcs}


def _default_inputs() -> list[Path]:
    seeds = [ROOT / "seeds"]
    for shared in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):  # a checkout, or a worktree in wt/NAME
        if (shared / "gold" / "dev").is_dir():
            return seeds + [shared / "gold" / "dev"]
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--whole", action="store_true", help="also time ner() on whole articles (slow)")
    args = parser.parse_args()
    inputs = args.inputs or _default_inputs()
    texts = _texts(inputs)

    from underthesea import ner, sent_tokenize, word_tokenize

    from kgraph import extract
    from kgraph.recognize.boundaries import trim_clause_tail

    for func in (extract, ner, word_tokenize):  # warm-up: load models and data files
        func(texts[0][:500])
    extract(texts[0])  # kgraph's data files load on first use: a whole article reads most of them
    trim_clause_tail("Bệnh viện Đa khoa tỉnh Hà Tĩnh long trọng", "tổ chức")  # and underthesea's POS model

    def ner_per_sentence(text: str) -> None:
        for sentence in sent_tokenize(text):
            ner(sentence)

    def tokenize_per_sentence(text: str) -> None:
        for sentence in sent_tokenize(text):
            word_tokenize(sentence)

    def kgraph_extract(text: str) -> None:
        from kgraph.recognize.boundaries import _tags  # noqa: PLC0415 - the POS tags cached by phrase
        from kgraph.recognize.places import _words  # noqa: PLC0415 - the word segmentation cached by phrase

        _tags.cache_clear()  # a repeated article must not find its tags or words cached
        _words.cache_clear()
        extract(text)

    rates = _rates_in_turn({"kgraph": kgraph_extract, "ner": ner_per_sentence, "tokenize": tokenize_per_sentence},
                           texts, {"kgraph": args.repeat})
    kgraph_rate, ner_rate = rates["kgraph"][0], rates["ner"][0]
    total = sum(len(t) for t in texts)
    print(f"texts: {len(texts)} articles, {total:,} characters")
    print(f"{'pass':<36}{'chars/s':>12}{'vs ner()':>10}{'CPU chars/s':>13}{'vs ner()':>10}")
    for label, key in (("kgraph.extract (whole pipeline)", "kgraph"), ("underthesea.ner, per sentence", "ner"),
                       ("underthesea.word_tokenize, per sent.", "tokenize")):
        (wall, cpu), (ner_wall, ner_cpu) = rates[key], rates["ner"]
        print(f"{label:<36}{wall:>12,.0f}{wall / ner_wall:>9.1f}x{cpu:>13,.0f}{cpu / ner_cpu:>9.1f}x")
    if args.whole:
        whole_rate = _rate(ner, texts, 1)
        print(f"{'underthesea.ner, whole article':<36}{whole_rate:>12,.0f}{whole_rate / ner_rate:>9.1f}x")
    print(f"seconds per article (kgraph): {total / kgraph_rate / len(texts):.3f}")


if __name__ == "__main__":
    main()
