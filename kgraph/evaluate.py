"""Score extracted articles against gold annotations, by the GUIDE's rules.

The rules (shared/gold/GUIDE.md, "Scoring") in short: an extracted entity
matches a gold entity of the same type when one of its names equals one of
the gold names under :func:`kgraph.normalize.match_key` (organizations drop a
trailing "khóa ..." first); events and documents also match at a syllable F1
of at least 0.85. Matching is one-to-one, so a failed merge ("BTCTW" beside
"Ban Tổ chức Trung ương") costs a false positive. A relation matches when the
predicate is equal and both ends are the matched gold ends. Optional gold
items are neither rewarded nor penalized. Counts are summed over articles
(micro-average).

Decisions the GUIDE leaves open, fixed here so that every run agrees:

- The one-to-one matching maximizes, in this order: matches to required
  gold entities, all matches, exact over fuzzy matches, the relations each
  matched pair could take part in, name-to-name over alias matches, fuzzy
  F1. Nodes enter the matching in a canonical order, so the result never
  depends on list order.
- Predicted relations with the same (subject id, predicate, object id) count
  once. Gold relations repeated with different roles count once as well; the
  repeated relation is optional only if every copy is.
- A predicted relation whose end is not matched to a gold entity, or whose
  ends are matched but which the gold does not have, is a false positive,
  even when its ends match optional gold entities.
- A gold relation is optional only by its own flag: "Tô Lâm holds_position
  Ban Chấp hành Trung ương Đảng" is required even where the body is optional.
- Role accuracy counts a matched, non-optional holds_position relation as
  right when every predicted role for it equals (by match_key) one of the
  gold roles for it.
- Only the seven scored predicates count; others are ignored on both sides.
  An entity of a type outside the five is an ordinary false positive.

Beside the scores, a diagnostic that changes none of them: an unmatched
predicted event and an unmatched required gold event of the same article
that share at least two of the people or bodies taking part in or organizing
them are the same event named otherwise ("Thăm, chúc Tết các đơn vị" for the
gold "Thăm, chúc Tết các cơ quan, đơn vị làm nhiệm vụ dịp Tết"). Each such
pair costs the event and everyone in it twice, once missed and once false;
``Report.events_named_otherwise`` counts the pairs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from kgraph.document import ENTITY_TYPES, PREDICATES
from kgraph.errors import InputError
from kgraph.normalize import match_key

__all__ = [
    "ENTITY_TYPES",
    "SCORED_PREDICATES",
    "Counts",
    "EntityMistake",
    "RelationMistake",
    "DocumentScore",
    "Report",
    "score_document",
    "evaluate",
    "load_gold_and_predictions",
    "format_report",
    "format_errors",
]

SCORED_PREDICATES = PREDICATES  # the GUIDE's seven; others are exported but not scored
FUZZY_TYPES = frozenset({"Event", "Document"})
FUZZY_THRESHOLD = 0.85

# A trailing term as match_key writes it: "khóa XV", "khoá 15, nhiệm kỳ 2021-2026".
_TERM = re.compile(r" khoa2 (?:[ivxlcdm]+|\d+)(?: nhiêm5 ky1(?: \d+)*)?$")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> (c.precision, c.recall, round(c.f1, 4))
    (0.75, 0.6, 0.6667)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class EntityMistake:
    """A missed gold entity ("fn") or a spurious predicted one ("fp").

    ``duplicate_of`` names the gold entity a spurious prediction would have
    matched had another prediction not taken it (a failed merge).
    """

    kind: str
    type: str
    name: str
    id: str
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "type": self.type,
            "name": self.name,
            "id": self.id,
            "duplicate_of": self.duplicate_of,
        }


@dataclass(frozen=True)
class RelationMistake:
    """A missed ("fn"), spurious ("fp") or wrong-role ("role") relation.

    ``subject`` and ``object`` are names: gold names for "fn", predicted names
    otherwise. ``ends_matched`` says whether both predicted ends matched gold
    entities (a spurious relation between well-found entities, rather than
    one lost to an entity error).
    """

    kind: str
    predicate: str
    subject: str
    object: str
    role: str | None = None
    gold_role: str | None = None
    ends_matched: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "predicate": self.predicate,
            "subject": self.subject,
            "object": self.object,
            "role": self.role,
            "gold_role": self.gold_role,
            "ends_matched": self.ends_matched,
        }


@dataclass(frozen=True)
class DocumentScore:
    """The counts and mistakes of one article."""

    doc_id: str
    entities: Counts
    relations: Counts
    by_type: Mapping[str, Counts]
    by_predicate: Mapping[str, Counts]
    roles_matched: int
    roles_correct: int
    matches: Mapping[str, str] = field(default_factory=dict)  # pred id -> gold id
    entity_mistakes: tuple[EntityMistake, ...] = ()
    relation_mistakes: tuple[RelationMistake, ...] = ()
    # (predicted name, gold name, people and bodies they share): one event, named otherwise
    events_named_otherwise: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class Report:
    """Micro-averaged scores over a set of articles."""

    documents: tuple[DocumentScore, ...]

    @property
    def entities(self) -> Counts:
        return sum((d.entities for d in self.documents), Counts())

    @property
    def relations(self) -> Counts:
        return sum((d.relations for d in self.documents), Counts())

    @property
    def by_type(self) -> dict[str, Counts]:
        return _sum_keyed((d.by_type for d in self.documents), ENTITY_TYPES)

    @property
    def by_predicate(self) -> dict[str, Counts]:
        return _sum_keyed((d.by_predicate for d in self.documents), SCORED_PREDICATES)

    @property
    def roles_matched(self) -> int:
        return sum(d.roles_matched for d in self.documents)

    @property
    def roles_correct(self) -> int:
        return sum(d.roles_correct for d in self.documents)

    @property
    def role_accuracy(self) -> float | None:
        """Right roles over matched holds_position relations; None if none matched."""
        matched = self.roles_matched
        return self.roles_correct / matched if matched else None

    @property
    def events_named_otherwise(self) -> int:
        """Unmatched predicted events that are an unmatched gold event named otherwise (see the module)."""
        return sum(len(d.events_named_otherwise) for d in self.documents)

    @property
    def errors(self) -> list[dict[str, Any]]:
        """Per article with mistakes: its missed and spurious entities and relations."""
        return [
            {
                "doc_id": d.doc_id,
                "entities": [m.to_dict() for m in d.entity_mistakes],
                "relations": [m.to_dict() for m in d.relation_mistakes],
            }
            for d in self.documents
            if d.entity_mistakes or d.relation_mistakes
        ]

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        accuracy = self.role_accuracy
        result: dict[str, Any] = {
            "entities": self.entities.to_dict(),
            "relations": self.relations.to_dict(),
            "by_type": {k: v.to_dict() for k, v in self.by_type.items()},
            "by_predicate": {k: v.to_dict() for k, v in self.by_predicate.items()},
            "role_accuracy": None if accuracy is None else round(accuracy, 4),
            "events_named_otherwise": self.events_named_otherwise,
        }
        if errors:
            result["errors"] = self.errors
        return result


def _sum_keyed(parts: Iterable[Mapping[str, Counts]], keys: Iterable[str]) -> dict[str, Counts]:
    total = {key: Counts() for key in keys}
    for part in parts:
        for key, counts in part.items():
            total[key] = total.get(key, Counts()) + counts
    return total


# --- input checks ---------------------------------------------------------


def _check(data: Any, source: str) -> tuple[list[dict], list[dict]]:
    """The entity and relation lists of an article, or an InputError saying what is wrong."""
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a JSON object with 'entities' and 'relations'")
    entities = data.get("entities", [])
    relations = data.get("relations", [])
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise InputError(f"{source}: 'entities' and 'relations' must be lists")
    ids: set[str] = set()
    for i, entity in enumerate(entities):
        if not isinstance(entity, dict) or not all(
            isinstance(entity.get(k), str) for k in ("id", "type", "name")
        ):
            raise InputError(f"{source}: entity #{i} needs string 'id', 'type' and 'name'")
        if entity["id"] in ids:
            raise InputError(f"{source}: entity id {entity['id']!r} is used twice")
        aliases = entity.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{source}: aliases of entity {entity['id']!r} must be a list of strings")
        ids.add(entity["id"])
    for i, relation in enumerate(relations):
        if not isinstance(relation, dict) or not all(
            isinstance(relation.get(k), str) for k in ("subject", "predicate", "object")
        ):
            raise InputError(f"{source}: relation #{i} needs string 'subject', 'predicate' and 'object'")
        for end in (relation["subject"], relation["object"]):
            if end not in ids:
                raise InputError(f"{source}: relation #{i} refers to unknown entity id {end!r}")
    return entities, relations


# --- entity matching --------------------------------------------------------


def _name_key(name: str, entity_type: str) -> str:
    """match_key, and for an organization without its trailing term.

    >>> _name_key("Quốc hội khoá XV", "Organization") == _name_key("Quốc hội", "Organization")
    True
    >>> _name_key("Đoàn ĐBQH khóa XV tỉnh Hưng Yên", "Organization")  # not trailing
    'đoan1 đbqh khoa2 xv tinh3 hưng yên'
    """
    key = match_key(name)
    if entity_type == "Organization":
        key = _TERM.sub("", key)
    return key


class _Names(NamedTuple):
    """An entity with its comparison keys, computed once."""

    entity: Mapping[str, Any]
    name: str  # key of the name
    keys: frozenset[str]  # keys of the name and aliases
    syllables: Counter  # bag of syllables of the name, for the fuzzy match
    order: tuple  # canonical order, so results never depend on list order


def _names(entity: Mapping[str, Any]) -> _Names:
    kind = entity["type"]
    name = _name_key(entity["name"], kind)
    keys = {_name_key(n, kind) for n in entity.get("aliases", [])} | {name}
    keys.discard("")
    syllables = Counter(match_key(entity["name"]).split())
    return _Names(entity, name, frozenset(keys), syllables, (kind, name, sorted(keys), entity["id"]))


def _syllable_f1(a: Counter, b: Counter) -> float:
    """F1 of two bags of syllables."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def _pair_quality(gold: _Names, pred: _Names) -> tuple[int, int, int] | None:
    """(exact, name to name, F1 in thousandths) when the two match, else None."""
    if gold.entity["type"] != pred.entity["type"]:
        return None
    if gold.name and gold.name == pred.name:
        return 1, 1, 1000
    if gold.keys & pred.keys:
        return 1, 0, 1000
    if gold.entity["type"] in FUZZY_TYPES:
        f1 = _syllable_f1(gold.syllables, pred.syllables)
        if f1 >= FUZZY_THRESHOLD:
            return 0, 0, round(f1 * 1000)
    return None


_Key = tuple[str, str, str]  # (subject id, predicate, object id)


def _support(pairs: set[tuple[str, str]], gold_rel: Iterable[_Key], pred_rel: Iterable[_Key]) -> Counter:
    """For each candidate (gold id, pred id), how many relations the pair
    would help match if the other ends were matched as well."""
    support: Counter = Counter()
    by_predicate: dict[str, list[_Key]] = {}
    for key in gold_rel:
        by_predicate.setdefault(key[1], []).append(key)
    for ps, predicate, po in pred_rel:
        for gs, _, go in by_predicate.get(predicate, ()):
            if (gs, ps) in pairs and (go, po) in pairs:
                support[gs, ps] += 1
                support[go, po] += 1
    return support


def _match_entities(
    gold: list[_Names], pred: list[_Names], gold_rel: Iterable[_Key], pred_rel: Iterable[_Key]
) -> tuple[dict[str, str], dict[str, str]]:
    """A one-to-one matching pred id -> gold id; and, for each unmatched
    prediction that matches a (taken) gold entity, that entity's id.

    The matching maximizes, in this order: matches to required gold entities,
    all matches, exact over fuzzy matches, the relations the matched pairs
    support (so of "BTCTW" and "Ban Tổ chức Trung ương" the one with the
    gold entity's relations takes it), name-to-name over alias matches, and
    fuzzy F1. Both lists must be in canonical order: the blossom algorithm
    breaks the remaining ties by the order in which nodes enter the graph.
    """
    import networkx as nx  # lazily: importing kgraph stays cheap

    candidates = []
    for g in gold:
        for p in pred:
            quality = _pair_quality(g, p)
            if quality is not None:
                candidates.append((g.entity, p.entity, quality))
    support = _support({(g["id"], p["id"]) for g, p, _ in candidates}, gold_rel, pred_rel)
    # Integer weights keep the blossom algorithm exact; with this base, each
    # level outweighs the sum of all lower levels over any matching.
    base = (min(len(gold), len(pred)) + 1) * (max(1000, *support.values(), 0) + 1)
    graph = nx.Graph()
    for g, p, (exact, by_name, f1) in candidates:
        levels = (0 if g.get("optional") else 1, 1, exact, support[g["id"], p["id"]], by_name, f1)
        weight = 0
        for level in levels:
            weight = weight * base + level
        graph.add_edge(("g", g["id"]), ("p", p["id"]), weight=weight)
    pred_to_gold: dict[str, str] = {}
    for a, b in nx.max_weight_matching(graph):
        g_node, p_node = (a, b) if a[0] == "g" else (b, a)
        pred_to_gold[p_node[1]] = g_node[1]
    near: dict[str, str] = {}
    for g, p, _ in candidates:
        if p["id"] not in pred_to_gold:
            near.setdefault(p["id"], g["id"])
    return pred_to_gold, near


# --- scoring ----------------------------------------------------------------


def _role_key(role: Any) -> str:
    return match_key(role) if isinstance(role, str) else ""


def _shown(roles: Mapping[str, Any]) -> str | None:
    return " | ".join(str(v) for v in roles.values() if v) or None


def _add(table: dict[str, Counts], key: str, counts: Counts) -> None:
    table[key] = table.get(key, Counts()) + counts


def _gold_relations(relations: list[dict]) -> dict[_Key, dict[str, Any]]:
    """One entry per (subject, predicate, object): optional only if every
    copy is, with the roles (by match_key) of the required copies."""
    table: dict[_Key, dict[str, Any]] = {}
    for r in relations:
        if r["predicate"] in SCORED_PREDICATES:
            entry = table.setdefault((r["subject"], r["predicate"], r["object"]),
                                     {"optional": True, "roles": {}})
            if not r.get("optional"):
                entry["optional"] = False
                entry["roles"].setdefault(_role_key(r.get("role")), r.get("role"))
    return table


def _pred_relations(relations: list[dict]) -> dict[_Key, dict[str, Any]]:
    """The roles (by match_key) of each distinct predicted relation."""
    table: dict[_Key, dict[str, Any]] = {}
    for r in relations:
        if r["predicate"] in SCORED_PREDICATES:
            key = (r["subject"], r["predicate"], r["object"])
            table.setdefault(key, {}).setdefault(_role_key(r.get("role")), r.get("role"))
    return table


def _score_entities(gold_names, pred_names, pred_to_gold, near):
    """Counts by type and mistakes; a match to an optional entity counts nowhere."""
    gold_by_id = {n.entity["id"]: n.entity for n in gold_names}
    matched_gold = set(pred_to_gold.values())
    by_type: dict[str, Counts] = {t: Counts() for t in ENTITY_TYPES}
    mistakes: list[EntityMistake] = []
    for p in (n.entity for n in pred_names):
        gold_id = pred_to_gold.get(p["id"])
        if gold_id is None:
            _add(by_type, p["type"], Counts(fp=1))
            duplicate = gold_by_id[near[p["id"]]]["name"] if p["id"] in near else None
            mistakes.append(EntityMistake("fp", p["type"], p["name"], p["id"], duplicate))
        elif not gold_by_id[gold_id].get("optional"):
            _add(by_type, p["type"], Counts(tp=1))
    for g in (n.entity for n in gold_names):
        if g["id"] not in matched_gold and not g.get("optional"):
            _add(by_type, g["type"], Counts(fn=1))
            mistakes.append(EntityMistake("fn", g["type"], g["name"], g["id"]))
    return by_type, mistakes


def _score_relations(gold_rel, pred_rel, pred_to_gold, gold_by_id, pred_by_id):
    """Counts by predicate, mistakes and [matched, correct] roles, with the
    predicted ends mapped to gold ids through the entity matching."""
    matched_gold = set(pred_to_gold.values())
    by_predicate: dict[str, Counts] = {p: Counts() for p in SCORED_PREDICATES}
    mistakes: list[RelationMistake] = []
    found: set[_Key] = set()
    roles = [0, 0]  # matched, correct
    for (s, predicate, o), pred_roles in sorted(pred_rel.items()):
        gs, go = pred_to_gold.get(s), pred_to_gold.get(o)
        entry = gold_rel.get((gs, predicate, go)) if gs and go else None
        names = (pred_by_id[s]["name"], pred_by_id[o]["name"])
        if entry is None:
            _add(by_predicate, predicate, Counts(fp=1))
            mistakes.append(RelationMistake("fp", predicate, *names, _shown(pred_roles),
                                            ends_matched=bool(gs and go)))
        elif not entry["optional"]:
            found.add((gs, predicate, go))
            _add(by_predicate, predicate, Counts(tp=1))
            if predicate == "holds_position":
                roles[0] += 1
                if set(pred_roles) <= set(entry["roles"]):
                    roles[1] += 1
                else:
                    mistakes.append(RelationMistake("role", predicate, *names, _shown(pred_roles),
                                                    _shown(entry["roles"])))
    for (s, predicate, o), entry in sorted(gold_rel.items()):
        if not entry["optional"] and (s, predicate, o) not in found:
            _add(by_predicate, predicate, Counts(fn=1))
            mistakes.append(RelationMistake(
                "fn", predicate, gold_by_id[s]["name"], gold_by_id[o]["name"],
                gold_role=_shown(entry["roles"]),
                ends_matched=s in matched_gold and o in matched_gold,
            ))
    return by_predicate, mistakes, roles


_TAKING_PART = ("participated_in", "organized")


def _named_otherwise(gold_entities, pred_entities, gold_rel, pred_rel, pred_to_gold) -> list[tuple[str, str, int]]:
    """Pairs of an unmatched predicted event and an unmatched required gold event sharing two or more of the
    (matched) people and bodies that take part in or organize them, most shared first, each event once."""
    matched_gold = set(pred_to_gold.values())
    def takers(table, event_id, to_gold):
        return {to_gold(s) for (s, predicate, o) in table if o == event_id and predicate in _TAKING_PART} - {None}
    gold_events = [e for e in gold_entities if e["type"] == "Event" and not e.get("optional")
                   and e["id"] not in matched_gold]
    pred_events = [e for e in pred_entities if e["type"] == "Event" and e["id"] not in pred_to_gold]
    candidates = []
    for p in pred_events:
        theirs = takers(pred_rel, p["id"], pred_to_gold.get)
        for g in gold_events:
            shared = len(theirs & takers(gold_rel, g["id"], lambda x: x))
            if shared >= 2:
                candidates.append((-shared, p["id"], g["id"], p["name"], g["name"]))
    pairs, used = [], set()
    for shared, p_id, g_id, p_name, g_name in sorted(candidates):
        if p_id not in used and g_id not in used:
            used |= {p_id, g_id}
            pairs.append((p_name, g_name, -shared))
    return pairs


def score_document(gold: dict, pred: dict) -> DocumentScore:
    """Score one article's prediction against its gold annotation.

    Both are dicts in the GUIDE's JSON schema (``doc_id``, ``entities``,
    ``relations``). Raises InputError for a malformed dict.
    """
    doc_id = ""
    for side in (pred, gold):
        if isinstance(side, dict) and side.get("doc_id"):
            doc_id = str(side["doc_id"])
    gold_entities, gold_relations = _check(gold, f"gold {doc_id!r}")
    pred_entities, pred_relations = _check(pred, f"prediction {doc_id!r}")
    gold_names = sorted((_names(e) for e in gold_entities), key=attrgetter("order"))
    pred_names = sorted((_names(e) for e in pred_entities), key=attrgetter("order"))
    gold_rel = _gold_relations(gold_relations)
    pred_rel = _pred_relations(pred_relations)
    required = [key for key, entry in gold_rel.items() if not entry["optional"]]
    pred_to_gold, near = _match_entities(gold_names, pred_names, required, pred_rel)
    by_type, entity_mistakes = _score_entities(gold_names, pred_names, pred_to_gold, near)
    by_predicate, relation_mistakes, (roles_matched, roles_correct) = _score_relations(
        gold_rel, pred_rel, pred_to_gold,
        {e["id"]: e for e in gold_entities}, {e["id"]: e for e in pred_entities},
    )
    return DocumentScore(
        doc_id=doc_id,
        entities=sum(by_type.values(), Counts()),
        relations=sum(by_predicate.values(), Counts()),
        by_type=by_type,
        by_predicate=by_predicate,
        roles_matched=roles_matched,
        roles_correct=roles_correct,
        matches=dict(pred_to_gold),
        entity_mistakes=tuple(entity_mistakes),
        relation_mistakes=tuple(relation_mistakes),
        events_named_otherwise=tuple(_named_otherwise(gold_entities, pred_entities, gold_rel, pred_rel, pred_to_gold)),
    )


def evaluate(pairs: Iterable[tuple[dict, dict]]) -> Report:
    """Score (gold, prediction) pairs and sum the counts over articles."""
    return Report(documents=tuple(score_document(gold, pred) for gold, pred in pairs))


# --- loading ----------------------------------------------------------------


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason})") from e
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from e
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from e
    _check(data, str(path))
    return data


def load_gold_and_predictions(gold_dir: str | Path, pred_dir: str | Path) -> list[tuple[dict, dict]]:
    """Pair every ``NAME.json`` of gold_dir with ``NAME.json`` of pred_dir.

    A missing prediction is an empty one, so an article the extractor skipped
    costs its recall. Predictions without a gold file are ignored.
    """
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    for kind, folder in (("gold", gold_dir), ("prediction", pred_dir)):
        if not folder.is_dir():
            raise InputError(f"{kind} folder not found: {folder}")
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise InputError(f"no gold annotations (*.json) in {gold_dir}")
    pairs = []
    for gold_path in gold_files:
        gold = _read_json(gold_path)
        pred_path = pred_dir / gold_path.name
        if pred_path.is_file():
            pred = _read_json(pred_path)
        else:
            pred = {"doc_id": gold_path.stem, "entities": [], "relations": []}
        pairs.append((gold, pred))
    return pairs


# --- terminal output --------------------------------------------------------


def _row(label: str, c: Counts) -> str:
    return (f"  {label:<18}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
            f"{c.tp:>7}{c.fp:>6}{c.fn:>6}")


def format_report(report: Report) -> str:
    """A table of the scores for the terminal."""
    header = f"  {'':<18}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>6}{'FN':>6}"
    lines = [f"{len(report.documents)} articles", header,
             _row("entities", report.entities), _row("relations", report.relations),
             "by type", *(_row(k, v) for k, v in report.by_type.items()),
             "by predicate", *(_row(k, v) for k, v in report.by_predicate.items())]
    accuracy = report.role_accuracy
    if accuracy is None:
        lines.append("role accuracy: n/a (no holds_position relation matched)")
    else:
        lines.append(f"role accuracy: {accuracy:.3f} ({report.roles_correct}/{report.roles_matched})")
    lines.append(f"events found but named otherwise (not a score): {report.events_named_otherwise}")
    return "\n".join(lines)


def format_errors(report: Report) -> str:
    """The mistakes of every article, one a line, for error analysis."""
    lines = []
    for d in report.documents:
        if not (d.entity_mistakes or d.relation_mistakes):
            continue
        lines.append(f"== {d.doc_id}")
        for m in d.entity_mistakes:
            extra = f"  (duplicate of {m.duplicate_of})" if m.duplicate_of else ""
            lines.append(f"  {m.kind.upper():<4} {m.type:<12} {m.name}{extra}")
        for m in d.relation_mistakes:
            role = f" [{m.role}]" if m.role else ""
            if m.kind == "role":
                extra = f"  (gold role: {m.gold_role})"
            elif m.kind == "fn":
                role = f" [{m.gold_role}]" if m.gold_role else ""
                extra = "" if m.ends_matched else "  (an end was not found)"
            else:
                extra = "" if m.ends_matched else "  (an end matches no gold entity)"
            lines.append(f"  {m.kind.upper():<4} {m.subject} --{m.predicate}{role}--> {m.object}{extra}")
        for pred_name, gold_name, shared in d.events_named_otherwise:
            lines.append(f"  SAME Event        {pred_name}  (named otherwise: {gold_name}; {shared} taking part in both)")
    return "\n".join(lines)
