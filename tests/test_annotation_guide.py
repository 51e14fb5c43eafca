"""The annotation guide's worked example is valid for the scorer and consistent with itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kgraph.evaluate import evaluate, load_gold_and_predictions

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "annotation-guide.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def test_guide_json_examples_pass_the_scorers_checks(tmp_path):
    examples = [json.loads(b) for b in blocks("json")]
    assert len(examples) == 2
    for i, example in enumerate(examples):
        (tmp_path / f"{i}.json").write_text(json.dumps(example, ensure_ascii=False), encoding="utf-8")
    pairs = load_gold_and_predictions(tmp_path, tmp_path)  # checks every file as the CLI does
    assert evaluate(pairs).to_dict()["relations"]["f1"] == 1.0


def test_guide_worked_example_names_are_in_its_text():
    [text] = blocks("text")
    gold = json.loads(blocks("json")[1])
    for entity in gold["entities"]:
        forms = [entity["name"], *entity["aliases"]]
        assert any(form in text for form in forms), entity["name"]


def test_readme_links_the_guide():
    readme = (GUIDE.parent.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/annotation-guide.md" in readme
