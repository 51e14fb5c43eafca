"""Fail CI when extraction quality on a gold folder falls below the agreed floor.

Usage: python benchmarks/quality_gate.py GOLD_DIR [--entity-f1 F] [--relation-f1 F]
Runs ``kgraph evaluate GOLD_DIR`` (extracting GOLD_DIR/*.txt), prints the
report and exits 1 when a figure is under its floor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kgraph.cli import _predict_gold_texts
from kgraph.evaluate import evaluate, format_report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--entity-f1", type=float, default=0.90)
    parser.add_argument("--relation-f1", type=float, default=0.80)
    args = parser.parse_args()
    report = evaluate(_predict_gold_texts(args.gold))
    print(format_report(report))
    figures = report.to_dict()
    failures = []
    if figures["entities"]["f1"] < args.entity_f1:
        failures.append(f"entity F1 {figures['entities']['f1']:.3f} < {args.entity_f1}")
    if figures["relations"]["f1"] < args.relation_f1:
        failures.append(f"relation F1 {figures['relations']['f1']:.3f} < {args.relation_f1}")
    for failure in failures:
        print(f"quality gate: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
