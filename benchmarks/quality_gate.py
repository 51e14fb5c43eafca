"""Fail CI when extraction quality on the dev gold folder falls below its floor: a ratchet.

Usage: python benchmarks/quality_gate.py GOLD_DIR [--floor FILE] [--raise]

The floor (``benchmarks/quality_floor.json``) holds the figures reached on the
whole dev folder, just under them for noise: entity and relation F1, role
accuracy, and the F1 of every type and predicate. A figure under its floor
fails the gate (exit 1). ``--raise`` rewrites the floor to the figures of this
run less the margin, never lowering any of them: improvements ratchet up, and
a regression cannot be hidden by lowering the bar.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kgraph.cli import _predict_gold_texts
from kgraph.evaluate import evaluate, format_report

FLOOR = Path(__file__).with_name("quality_floor.json")
MARGIN = 0.005  # run-to-run noise is nil (extraction is deterministic); this only absorbs rounding


def figures(report: dict) -> dict[str, float]:
    """The gated figures of an evaluation report, by name."""
    out = {"entities": report["entities"]["f1"], "relations": report["relations"]["f1"],
           "role_accuracy": report["role_accuracy"]}
    for group in ("by_type", "by_predicate"):
        for name, counts in report[group].items():
            out[name] = counts["f1"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="the dev gold folder (NAME.txt + NAME.json)")
    parser.add_argument("--floor", type=Path, default=FLOOR, help=f"the floor file (default: {FLOOR.name})")
    parser.add_argument("--raise", dest="ratchet", action="store_true",
                        help="raise the floor to this run's figures less the margin (never lowers one)")
    args = parser.parse_args()
    report = evaluate(_predict_gold_texts(args.gold))
    print(format_report(report))
    now = figures(report.to_dict())
    floor = json.loads(args.floor.read_text(encoding="utf-8")) if args.floor.exists() else {}
    failures = [f"{name} {now.get(name, 0.0):.3f} < floor {value:.3f}"
                for name, value in sorted(floor.items()) if now.get(name, 0.0) < value]
    for failure in failures:
        print(f"quality gate: {failure}", file=sys.stderr)
    if args.ratchet and not failures:
        raised = {name: round(max(floor.get(name, 0.0), value - MARGIN), 3) for name, value in now.items()}
        args.floor.write_text(json.dumps(raised, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"quality gate: floor written to {args.floor}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
