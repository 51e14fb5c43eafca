"""What every relation pattern reads: mentions by sentence, bodies by name, the article's places."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from kgraph.dates import context_year
from kgraph.document import Document, Entity, Mention, Relation, Sentence
from kgraph.gazetteer import honorifics, places, titles
from kgraph.recognize.organizations import default_places
from kgraph.recognize.phrases import alternation
from kgraph.resolve import entity_key
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import headline_start

__all__ = ["RelationContext", "cue_words"]

_AN_EXAMPLE = re.compile(r"(?<![\w])(?:như|chẳng hạn|điển hình là)\s*:?\s*$")  # "... nhiều hoạt động như: "

_NO_YEAR = 2000  # an article that gives no year: only those who died before it are surely absent



@lru_cache(maxsize=None)
def cue_words(name: str) -> re.Pattern[str]:
    words = sorted(read_lines(name), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + alternation(words) + r")(?![\w])")  # a trie: one pass per character


_LEAD_SENTENCES = 3


@lru_cache(maxsize=None)
def _late_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"cố" before a name (perhaps with posts between), a verb of dying after it (``late_words.txt``)."""
    before, *after = read_lines("late_words.txt")
    return (re.compile(rf"(?<![\w])(?i:{re.escape(before)})\s+(?=[^\W\d_])[^,;.()\n]*$"),
            re.compile(rf"\s+(?:đã\s+)?(?:{alternation(after)})(?![\w])"))
_OPEN_QUOTES = "“\"«"
_CLOSE_QUOTES = "”\"»"


class RelationContext:
    """What the patterns need: mentions by sentence, entities by name."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.search_text
        self.relations: dict[tuple, Relation] = {}
        self.by_key = {e.key: e for e in doc.entities}
        self.places = default_places(doc)
        self.last_post_body: str | None = None  # the body of the last post read, for lists that follow
        self.headline_body = _headline_body(doc)
        self.memo: dict[str, object] = {}  # what a pattern works out once per article, by the pattern's own key
        self.headline_name = doc.entity(self.headline_body).name if self.headline_body else ""
        # mentions by start offset, so a sentence's mentions are found without scanning the article's
        self._order = sorted(range(len(doc.mentions)), key=lambda i: doc.mentions[i].start)
        self._starts = [doc.mentions[i].start for i in self._order]
        self._longest = max((m.end - m.start for m in doc.mentions), default=0)
        self._mentions_in: dict[tuple, list[Mention]] = {}

    @cached_property
    def main_event(self) -> str | None:
        """The article's own event: the first one it names (not a plenum or session it only cites, nor one given
        as an example of what a body has done: "Hội đã tổ chức nhiều hoạt động như: Hội chợ X, ...")."""
        events = [m for m in self.doc.mentions if m.type == "Event" and m.entity and not m.attrs.get("key")]
        own = next((m.entity for m in events if not _AN_EXAMPLE.search(self.text, max(0, m.start - 12), m.start)),
                   None)
        return own if own is not None else next((m.entity for m in events), None)

    @cached_property
    def lead(self) -> list[Sentence]:
        """The article's first sentences: the title, perhaps a sapo, the lead. A paragraph that is only a
        quotation (a pull quote set above the lead) is not part of it."""
        lead: list[Sentence] = []
        for sentence in self.doc.sentences:
            start = self.text.rfind("\n", 0, sentence.start) + 1
            end = self.text.find("\n", sentence.end)
            paragraph = self.text[start : len(self.text) if end < 0 else end].strip().rstrip(".")
            if len(paragraph) > 1 and paragraph[0] in _OPEN_QUOTES and paragraph[-1] in _CLOSE_QUOTES:
                continue
            lead.append(sentence)
            if len(lead) == _LEAD_SENTENCES:
                break
        return lead

    def implied(self, body: str, at: int | None = None) -> str | None:
        """A title's implied body, with the article's province or city filled in ("Tỉnh ủy {province}");
        at ``at``, the province its own item of a list names ("A, tỉnh ủy viên, giám đốc Sở Tài chính tỉnh
        Bắc Ninh; B, ..."), when it names one."""
        places = self.places
        if at is not None and "{province}" in body:
            own = self._item_province(at)
            if own:
                places = {**places, "province": own}
        try:
            return body.format(**places)
        except KeyError:
            # the article names no province: its own "Tỉnh ủy", if it has one
            bare = body.split(" {", 1)[0]
            return bare if any(e.name == bare for e in self.doc.entities) else None

    def _item_province(self, at: int) -> str | None:
        """The one province named in the ';'-separated item of the sentence around ``at``."""
        sentence = self.doc.sentence_of(at)
        if sentence is None:
            return None
        start = max(sentence.start, self.text.rfind(";", sentence.start, at) + 1)
        end = self.text.find(";", at, sentence.end)
        end = sentence.end if end < 0 else end
        if start == sentence.start and end == sentence.end:
            return None  # no list: the article's province stands
        # a province inside a body's name counts ("giám đốc Sở Tài chính tỉnh Bắc Ninh")
        found = {match.payload.name for match in places().finditer(self.text[start:end])
                 if match.payload.kind in ("province", "municipality")}
        return found.pop() if len(found) == 1 else None

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``start``-``end``, in the document's order (a bisect, not a scan)."""
        found = self._order[bisect_left(self._starts, start) : bisect_right(self._starts, end)]
        return [m for m in (self.doc.mentions[i] for i in sorted(found)) if m.end <= end]

    def mentions_at(self, offset: int) -> list[Mention]:
        """Mentions covering a character offset, in the document's order."""
        return [m for m in self.mentions_within(offset - self._longest, offset + self._longest) if m.start <= offset < m.end]

    def mentions_in(self, sentence: Sentence, type_: str | None = None, top: bool = False) -> tuple[Mention, ...]:
        # the patterns ask about each sentence a dozen times; mentions do not change while they run
        key = (sentence.start, sentence.end, type_, top)
        found = self._mentions_in.get(key)
        if found is None:
            found = self._mentions_in[key] = tuple(self._find_mentions_in(sentence, type_, top))
        return found  # a tuple: shared by every caller, never changed

    def _sentence_mentions(self, sentence: Sentence) -> list[Mention]:
        found = self._mentions_in.get((sentence.start, sentence.end))
        if found is None:
            found = self._mentions_in[(sentence.start, sentence.end)] = self.mentions_within(sentence.start, sentence.end)
        return found

    def _find_mentions_in(self, sentence: Sentence, type_: str | None, top: bool) -> list[Mention]:
        out = [
            m for m in self._sentence_mentions(sentence)
            if m.entity and (type_ is None or m.type == type_)
        ]
        if top:
            out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                             (o.end - o.start) > (m.end - m.start) and o.type == m.type for o in out)]
        return out

    def body_named(self, name: str) -> Entity:
        """The article's body of that name (article-scoped ones included), else a new implied one."""
        for entity in self.doc.entities:
            if entity.type == "Organization" and entity.name == name:
                return entity
        return self.entity_named("Organization", name)

    def entity_named(self, type_: str, name: str, create: bool = True) -> Entity | None:
        key = entity_key(type_, name)
        entity = self.by_key.get(key)
        if entity is None and create:
            entity = Entity(f"e{len(self.doc.entities) + 1}", type_, name, key, [], {"implied": True})
            self.doc.entities.append(entity)
            self.by_key[key] = entity
        return entity

    @cached_property
    def _remembered(self) -> frozenset[str]:
        """The late leaders (``late_leaders.tsv``) who died before the year the article tells of."""
        year = context_year(self.text, self.doc.metadata.get("published")) or _NO_YEAR
        return frozenset(row["name"] for row in read_tsv("late_leaders.tsv") if int(row["died"]) < year)

    @cached_property
    def _called_late(self) -> frozenset[str]:
        """The people the article itself calls late: "cố" right before the name or before the posts that
        precede it ("tưởng niệm cố Tổng Bí thư Lê Khả Phiêu"), or a verb of dying right after it."""
        late = set()
        late_before, died_after = _late_words()
        for mention in self.doc.mentions:
            if mention.type != "Person" or not mention.entity:
                continue
            if died_after.match(self.text, mention.end):  # "Tổng Bí thư Nguyễn Phú Trọng từ trần"
                late.add(mention.entity)
                continue
            window = self.text[max(0, mention.start - 60) : mention.start]
            called = late_before.search(window)
            if called is None:
                continue
            gap = list(window[called.end() :])
            for found in (*titles().find_all("".join(gap)), *honorifics().find_all("".join(gap))):
                gap[found.start : found.end] = " " * (found.end - found.start)
            if not "".join(gap).strip():
                late.add(mention.entity)
        return frozenset(late)

    def add(self, subject: str, predicate: str, obj: str, sentence: Sentence, role: str | None = None,
            **attrs) -> None:
        if subject == obj:
            return
        key = (subject, predicate, obj, role)
        if key in self.relations:
            return
        if predicate == "participated_in" and (self.doc.entity(subject).name in self._remembered
                                               or subject in self._called_late):
            return  # "đền thờ Chủ tịch Tôn Đức Thắng": a late leader is remembered at an event, not present
        self.relations[key] = Relation(subject, predicate, obj, sentence.start, sentence.end, role, dict(attrs))


def _headline_body(doc: Document) -> str | None:
    """The one body the headline names ("Bệnh viện X kỷ niệm 60 năm ..."): the article is about it,
    so a bare title later in the article ("Giám đốc", "Phó Tổng Biên tập") is a post in it."""
    text = doc.search_text
    start = headline_start(text)
    end = text.find("\n", start)
    if end < 0 or end - start > 200 or not text[end:].strip() or re.search(r"[.!?]\s*$|\. ", text[start:end]):
        return None
    bodies = {m.entity for m in doc.mentions if m.type == "Organization" and m.entity and start <= m.start < end
              and not any(o.type == "Organization" and o.start <= m.start and m.end <= o.end and o is not m
                          for o in doc.mentions)}
    return bodies.pop() if len(bodies) == 1 else None
