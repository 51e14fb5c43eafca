"""Relations between the entities of one article, each with its sentence.

Pattern families, each a small function over one sentence:

* posts (``holds_position``): title chains before a name ("Ủy viên Bộ Chính
  trị, Thủ tướng Chính phủ Phạm Minh Chính"), after it in apposition or in
  brackets ("Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy"), a plural title
  distributed over a list ("các Ủy viên Bộ Chính trị: A, B"), and
  appointments ("được bầu giữ chức ..."). A title names its body, or implies
  it ("Tổng Bí thư" -> Ban Chấp hành Trung ương Đảng, from ``titles.tsv``).
* ``organized`` ("X tổ chức Hội nghị", "Hội nghị do X tổ chức"),
  ``participated_in`` ("dự", "phát biểu tại", "chủ trì"), ``held_in`` ("tại
  Hà Nội"), ``issued`` (issuer codes, "của X", "X ban hành"), ``adopted_at``
  (an event named inside a resolution's name), ``part_of`` (units named after
  their body; the gazetteer's parent bodies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kgraph.document import Document, Entity, Mention, Relation, Sentence
from kgraph.gazetteer import Title, body_by_name, titles
from kgraph.recognize.organizations import default_places
from kgraph.resolve import entity_key
from kgraph.resources import read_lines

__all__ = ["extract_relations"]

_LIST_SEP = re.compile(r"^(?:\s*,\s*|\s+kiêm\s+|\s*,\s*kiêm\s+|\s+và\s+|\s+-\s+)$")
_NAME_GAP = re.compile(r"^\s*(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|[A-ZĐ][\w.]*\.)\s*)*$")
_SUBJECT_GAP = re.compile(
    r"\s*(?:,|và)?\s*(?:(?:hôm nay|sáng nay|chiều nay|tối nay|hôm qua|vừa|đã|mới|sẽ|phối hợp với|phối hợp|cùng với|cùng"
    r"|với|chính thức)\s+)*"
)
_APPOSITION = re.compile(r"\s*(?:[,(]|\s-)\s*(?:\d{1,3}\s+tuổi\s*[,;]\s*)?")
_FORMER = re.compile(r"(?:nguyên|Nguyên|từng là|từng giữ|trước đó là)\s*$")


@dataclass
class _Post:
    start: int
    end: int
    role: str
    body: str | None  # entity id; None for a title whose body could not be read
    former: bool = False


@lru_cache(maxsize=None)
def _cue_words(name: str) -> re.Pattern[str]:
    words = sorted(read_lines(name), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


class _Context:
    """What the patterns need: mentions by sentence, entities by name."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.search_text
        self.relations: dict[tuple, Relation] = {}
        self.by_key = {e.key: e for e in doc.entities}
        self.places = default_places(doc)
        self.last_post_body: str | None = None  # the body of the last post read, for lists that follow

    def implied(self, body: str) -> str | None:
        """A title's implied body, with the article's province or city filled in ("Tỉnh ủy {province}")."""
        try:
            return body.format(**self.places)
        except KeyError:
            # the article names no province: its own "Tỉnh ủy", if it has one
            bare = body.split(" {", 1)[0]
            return bare if any(e.name == bare for e in self.doc.entities) else None

    def mentions_in(self, sentence: Sentence, type_: str | None = None, top: bool = False) -> list[Mention]:
        out = [
            m for m in self.doc.mentions
            if m.entity and sentence.start <= m.start and m.end <= sentence.end and (type_ is None or m.type == type_)
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

    def add(self, subject: str, predicate: str, obj: str, sentence: Sentence, role: str | None = None,
            **attrs) -> None:
        if subject == obj:
            return
        key = (subject, predicate, obj, role)
        if key in self.relations:
            return
        self.relations[key] = Relation(subject, predicate, obj, sentence.start, sentence.end, role, dict(attrs))


# -- posts -----------------------------------------------------------------

def _posts(ctx: _Context, sentence: Sentence) -> list[_Post]:
    """Every title in the sentence with the body it names."""
    text = ctx.text
    orgs = ctx.mentions_in(sentence, "Organization")
    posts = []
    segment = text[sentence.start : sentence.end]
    for match in titles().finditer(segment):
        start, end = sentence.start + match.start, sentence.start + match.end
        title: Title = match.payload
        if any(m.start < start < m.end or m.start < end < m.end for m in orgs if m.start < start):
            continue  # a word inside a body's name ("Ban Bí thư")
        role = title.role
        # "Trưởng ban" + "Ban Tổ chức ...": the title's last word opens the body's name
        shared = [m for m in orgs if start < m.start < end < m.end]
        if shared:
            end = shared[0].start  # the lexicon's role stands ("Trưởng ban", "Phó Chánh Văn phòng")
        following = [m for m in orgs if m.start >= end and not text[end : m.start].strip()]
        body = max(following, key=lambda m: m.end - m.start) if following else None
        if title.absorbs_head:
            if body is None:
                continue
            head = text[body.start : body.end].split(" ", 1)[0].lower()
            if head not in title.absorbs_head.split("|"):
                continue
            role = re.sub(r"\bban$", head, role)
        if body is not None and body.attrs.get("prefix") == "Thường trực" and not title.implied_body:
            inner = [m for m in orgs if m.start == body.attrs.get("inner_start")]
            if inner:
                role, body = f"{role} Thường trực", inner[0]
        if body is not None:
            entity_id, post_end = body.entity, body.end
        elif title.implied_body and ctx.implied(title.implied_body):
            entity_id, post_end = ctx.body_named(ctx.implied(title.implied_body)).id, end
        elif _introduces_people(ctx, sentence, end) and _context_body(ctx, sentence, start):
            # "Thường trực Thành ủy hiện có Bí thư A cùng 4 Phó Bí thư gồm: B, C": the sentence's body
            entity_id, post_end = _context_body(ctx, sentence, start), end
        else:
            # unread title ("Phó Bí thư Thường trực Đảng ủy,"): keeps a chain together, names no post
            comma = re.search(r"[,;.]", text[end : min(sentence.end, end + 40)])
            entity_id, post_end = None, end + comma.start() if comma else end
        former = bool(_FORMER.search(text[max(sentence.start, start - 12) : start]))
        posts.append(_Post(start, post_end, role, entity_id, former))
    return posts


def _introduces_people(ctx: _Context, sentence: Sentence, end: int) -> bool:
    """A title followed by a list ("gồm:") or directly by a name."""
    follow = ctx.text[end : min(sentence.end, end + 40)]
    if re.match(r"\s*(?:gồm|là)?\s*:", follow):
        return True
    return any(p.start >= end and _NAME_GAP.match(ctx.text[end : p.start])
               for p in ctx.mentions_in(sentence, "Person"))


def _context_body(ctx: _Context, sentence: Sentence, title_start: int) -> str | None:
    """The body a sentence opens with ("Thường trực Tỉnh ủy hiện có Bí thư A"); for its standing unit, the body.

    Only where the sentence lists its members ("có", "gồm") before the title.
    """
    opening = [m for m in ctx.mentions_in(sentence, "Organization") if m.start - sentence.start <= 40]
    if not opening:
        # "Các Phó Chủ tịch gồm: ..." right after a sentence that gave the body's head its post
        if re.match(r"\s*(?:Các|các)\s", ctx.text[sentence.start : title_start]) and ctx.last_post_body:
            return ctx.last_post_body
        return None
    body = min(opening, key=lambda m: (m.start, -(m.end - m.start)))
    if not re.search(r"(?<!\w)(?:có|gồm)(?!\w)", ctx.text[body.end : title_start]):
        return None
    if body.attrs.get("prefix") in ("Thường trực", "Ban Thường vụ") and body.attrs.get("part_of"):
        parent = ctx.entity_named("Organization", body.attrs["part_of"], create=False)
        return parent.id if parent else None
    return body.entity


def _chains(ctx: _Context, posts: list[_Post]) -> list[list[_Post]]:
    """Posts joined by commas or "kiêm" into chains."""
    chains: list[list[_Post]] = []
    for post in sorted(posts, key=lambda p: p.start):
        if chains and _LIST_SEP.match(ctx.text[chains[-1][-1].end : post.start]):
            chains[-1].append(post)
        else:
            chains.append([post])
    return chains


def _hold(ctx: _Context, person: Mention, chain: list[_Post], sentence: Sentence) -> None:
    for post in chain:
        if post.body is None:
            continue
        attrs = {"former": True} if post.former else {}
        ctx.add(person.entity, "holds_position", post.body, sentence, post.role, **attrs)


def _positions(ctx: _Context, sentence: Sentence) -> None:
    text = ctx.text
    persons = [m for m in ctx.mentions_in(sentence, "Person")]
    chains = _chains(ctx, _posts(ctx, sentence))
    used = set()
    for chain in chains:
        # chain before the name: "..., Trưởng Ban Tổ chức Trung ương Nguyễn Văn A"
        after = [p for p in persons if p.start >= chain[-1].end and _NAME_GAP.match(text[chain[-1].end : p.start])]
        if after:
            _hold(ctx, after[0], chain, sentence)
            used.add(id(chain))
            continue
        # name before the chain: "Lê Kim Toàn, Phó Bí thư ..." or "ông A (Chủ tịch ...)"
        before = [p for p in persons if p.end <= chain[0].start and _APPOSITION.fullmatch(text[p.end : chain[0].start])]
        if before:
            _hold(ctx, before[-1], chain, sentence)
            used.add(id(chain))
    _distributed(ctx, sentence, chains, persons)
    _appointments(ctx, sentence, chains, persons, used)
    bodies = [post.body for chain in chains for post in chain if post.body]
    if bodies:
        ctx.last_post_body = bodies[-1]


def _distributed(ctx: _Context, sentence: Sentence, chains, persons) -> None:
    """"các Ủy viên Bộ Chính trị: A, B, C" or "5 Phó Chủ tịch X gồm các đồng chí: A, B": each gets the post."""
    text = ctx.text
    for chain in chains:
        lead = text[max(sentence.start, chain[0].start - 12) : chain[0].start]
        colon = _LIST_OPENING.match(text, chain[-1].end)
        if not colon:
            continue
        if "gồm" not in colon.group() and not re.search(r"(?:các|Các|\d+)\s+(?:đồng chí\s+)?$", lead):
            continue
        # "gồm: A (...); B (...)" lists the whole sentence; "các Ủy viên X: A, B; ..." ends at ";"
        stop = -1 if "gồm" in colon.group() or "là" in colon.group() else text.find(";", chain[-1].end)
        stop = sentence.end if stop == -1 or stop > sentence.end else stop
        for person in persons:
            if chain[-1].end < person.start < stop:
                _hold(ctx, person, chain, sentence)


_LIST_OPENING = re.compile(r"\s*(?:gồm|là)?\s*(?:các đồng chí|các ông, bà|các ông|đồng chí)?\s*:")
@lru_cache(maxsize=None)
def _appoint() -> re.Pattern[str]:
    """Verbs that give a post to the person before them ("được bầu giữ chức", "làm"), from a data file."""
    verbs = "|".join(re.escape(w) for w in sorted(read_lines("appointment_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?:được\s+)?(?:{verbs})(?:\s+(?:giữ chức|giữ chức vụ|làm|vào))?\s*[-–]?\s*$")


_BENEFICIARY = re.compile(r"\s*(?:đối với|cho)\s+(?:ông|bà|đồng chí)?\s*$")


def _appointments(ctx: _Context, sentence: Sentence, chains, persons, used) -> None:
    """"ông A được bầu giữ chức Bí thư Tỉnh ủy", "Bộ Chính trị chuẩn y ông A làm ..."."""
    text = ctx.text
    for chain in chains:
        if id(chain) in used:
            continue
        lead = text[max(sentence.start, chain[0].start - 40) : chain[0].start]
        if not _appoint().search(lead):
            continue
        # "bổ nhiệm Bộ trưởng Bộ X cho ông A": the post goes to the person named after it
        beneficiary = [p for p in persons if p.start >= chain[-1].end
                       and _BENEFICIARY.fullmatch(text[chain[-1].end : p.start])]
        subject = beneficiary or [p for p in persons if p.end <= chain[0].start]
        if not subject:
            continue
        subject = subject[:1] if beneficiary else subject[-1:]
        former = bool(re.search(r"(?:Trước đó|trước đó|từng|nguyên)", lead))
        for post in chain:
            if post.body is None:
                continue
            attrs = {"former": True} if (former or post.former) else {}
            ctx.add(subject[0].entity, "holds_position", post.body, sentence, post.role, **attrs)


# -- events ----------------------------------------------------------------

def _main_event(ctx: _Context) -> str | None:
    for mention in ctx.doc.mentions:
        if mention.type == "Event" and mention.entity and not mention.attrs.get("key"):
            return mention.entity
    return None


def _event_mentions(ctx: _Context, sentence: Sentence) -> list[Mention]:
    return [m for m in ctx.mentions_in(sentence, "Event")]


def _organized(ctx: _Context, sentence: Sentence) -> None:
    text = ctx.text
    events = _event_mentions(ctx, sentence)
    if not events:
        return
    orgs = ctx.mentions_in(sentence, "Organization", top=True)
    for verb in _cue_words("organize_cues.txt").finditer(text, sentence.start, sentence.end):
        if any(m.start <= verb.start() < m.end for m in ctx.doc.mentions if m.type != "Event"):
            continue
        after = [e for e in events if 0 <= e.start - verb.end() <= 3]
        passive = re.search(r"\bdo\s+$", text[max(sentence.start, verb.start() - 80) : verb.start()] + " ")
        if after:
            # subjects: the bodies listed right before the verb ("Bộ Chính trị, Ban Bí thư tổ chức")
            subjects = []
            pos = verb.start()
            for org in sorted((o for o in orgs if o.end <= pos), key=lambda o: -o.end):
                gap = text[org.end : pos]
                if re.fullmatch(r"\s+-\s+", gap) and subjects:
                    subjects[-1] = org  # "Trường Chính trị tỉnh X - Tỉnh ủy X": the unit organizes, not its parent
                    pos = org.start
                elif _SUBJECT_GAP.fullmatch(gap):
                    subjects.append(org)
                    pos = org.start
                else:
                    break
            for org in subjects:
                ctx.add(org.entity, "organized", after[0].entity, sentence)
        # "Hội nghị ... do Ban X tổ chức"
        for event in events:
            window = text[event.end : verb.start()]
            for org in orgs:
                if event.end <= org.start < verb.start() and re.search(r"\bdo\s+$", text[event.end : org.start]) \
                        and len(window) < 200 and not text[org.end : verb.start()].strip(" ,"):
                    ctx.add(org.entity, "organized", event.entity, sentence)
        del passive


_OWN_MEETINGS = frozenset({"congress", "session", "phiên họp", "kỳ họp"})


def _own_meetings(ctx: _Context) -> None:
    """A body's congress or session is organized by the body its name carries ("Phiên họp Chính phủ ...")."""
    for event in ctx.doc.mentions:
        if event.type != "Event" or not event.entity or event.attrs.get("kind") not in _OWN_MEETINGS:
            continue
        if str(event.attrs.get("key", "")).startswith("party-"):
            continue  # "Đại hội XIII của Đảng": the national congress, organized by no one body the text names
        inside = [m for m in ctx.doc.mentions if m.type == "Organization" and m.entity
                  and event.start < m.start and m.end <= event.end
                  and re.match(r"\s*(?:lần thứ|khóa|thường kỳ|chuyên đề|thứ|,|$)", ctx.text[m.end : event.end])]
        if inside:
            body = min(inside, key=lambda m: (m.start, -(m.end - m.start)))
            sentence = ctx.doc.sentence_of(event.start) or Sentence(event.start, event.end)
            ctx.add(body.entity, "organized", event.entity, sentence)


def _participated(ctx: _Context, sentence: Sentence) -> None:
    text = ctx.text
    cues = list(_cue_words("participation_cues.txt").finditer(text, sentence.start, sentence.end))
    if not cues:
        return
    documents = ctx.mentions_in(sentence, "Document")
    events = [e for e in _event_mentions(ctx, sentence)
              if (not e.attrs.get("key") or e.attrs.get("kind") == "session")
              and not any(d.start <= e.start and e.end <= d.end for d in documents)]
    event = events[0].entity if events else _main_event(ctx)
    if event is None:
        return
    for person in ctx.mentions_in(sentence, "Person"):
        clause = re.split(r"[,;:.]", text[sentence.start : person.start])[-1]
        if re.search(r"(?:^|\s)(?:nguyên|Nguyên|của|như|theo|với|cho)\s", clause + " "):
            continue  # "chỉ đạo của Tổng Bí thư X", "như Tổng Bí thư X đã nói": cited, not present
        ctx.add(person.entity, "participated_in", event, sentence)


def _held_in(ctx: _Context, sentence: Sentence) -> None:
    text = ctx.text
    documents = ctx.mentions_in(sentence, "Document")
    events = [e for e in _event_mentions(ctx, sentence)
              if not str(e.attrs.get("key", "")).startswith("party-")
              and not any(d.start <= e.start and e.end <= d.end for d in documents)]
    for place in ctx.mentions_in(sentence, "Location"):
        lead = text[max(sentence.start, place.start - 8) : place.start]
        # a named event of the sentence, else a reference to one ("Hội thảo được tổ chức tại ...")
        candidates = [e for e in events if not e.attrs.get("ref")] or [e for e in events if e.end <= place.start]
        if candidates and re.search(r"(?:tại|Tại)\s+$", lead):
            ctx.add(candidates[0].entity, "held_in", place.entity, sentence)


# -- documents -------------------------------------------------------------

def _issued(ctx: _Context, sentence: Sentence) -> None:
    text = ctx.text
    orgs = ctx.mentions_in(sentence, "Organization", top=True)
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        entity = ctx.doc.entity(doc_mention.entity)
        issuers = list(doc_mention.attrs.get("issuers", ()) or ())
        # local codes ("05-KH/TU") name the article's own committee: "Tỉnh ủy {province}"
        issuers += [ctx.implied(p) for p in doc_mention.attrs.get("issuer_patterns", ()) or () if ctx.implied(p)]
        for issuer in issuers[:1] if not doc_mention.attrs.get("issuers") else issuers:
            if "{" in issuer:
                continue
            org = ctx.body_named(issuer)
            ctx.add(org.id, "issued", entity.id, sentence)
        # "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 60 and re.fullmatch(
                r"[\s,]*(?:(?:ngày|ngày)\s+[\d/.\-]+(?:\s*năm\s+\d{4})?[\s,]*)?của\s+", gap
            ):
                ctx.add(org.entity, "issued", entity.id, sentence)
                break
    # "Luật X được Quốc hội khóa XV thông qua"
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 40 and re.fullmatch(r"\s*(?:đã|vừa|mới)?\s*được\s+", gap) \
                    and re.match(r"(?:\s*khóa\s+[IVXLC]+)?\s*(?:thông qua|ban hành)", text[org.end : sentence.end]):
                ctx.add(org.entity, "issued", doc_mention.entity, sentence)
    for verb in re.finditer(r"(?<![\w])ban hành(?![\w])", text[sentence.start : sentence.end]):
        pos = sentence.start + verb.start()
        subjects = [o for o in orgs if o.end <= pos and re.fullmatch(r"\s*(?:đã|vừa|mới)?\s*", text[o.end : pos])]
        objects = [d for d in ctx.mentions_in(sentence, "Document") if d.start >= pos + len("ban hành")]
        if subjects and objects:
            ctx.add(subjects[-1].entity, "issued", objects[0].entity, sentence)


def _adopted(ctx: _Context, sentence: Sentence) -> None:
    events = ctx.mentions_in(sentence, "Event")
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        inner = [e for e in events if doc_mention.start < e.start and e.end <= doc_mention.end and not e.attrs.get("ref")]
        span = doc_mention.attrs.get("adopted_at_span")
        if span:
            inner = [e for e in inner if e.start >= span[0] - 1] or inner
        if inner and ctx.doc.entity(doc_mention.entity).attrs.get("doc_type", "Nghị quyết") == "Nghị quyết":
            ctx.add(doc_mention.entity, "adopted_at", inner[0].entity, sentence)


# -- bodies ----------------------------------------------------------------

_PARTY_UNITS = frozenset({"Đảng ủy", "Đảng bộ", "Đảng đoàn", "Ban cán sự đảng", "Chi bộ"})


def _part_of(ctx: _Context) -> None:
    gazetteer = body_by_name()
    for mention in ctx.doc.mentions:
        if mention.type != "Organization" or not mention.entity:
            continue
        sentence = ctx.doc.sentence_of(mention.start) or Sentence(mention.start, mention.end)
        if mention.attrs.get("part_of"):
            if mention.attrs.get("prefix") in _PARTY_UNITS:
                continue  # a Party committee of a body is not part of that body
            span = tuple(mention.attrs["inner_span"])
            inner = [m for m in ctx.doc.mentions if m.type == "Organization" and m.entity
                     and (m.start, m.end) == span]
            if inner:
                ctx.add(mention.entity, "part_of", inner[0].entity, sentence)
            continue
        body = gazetteer.get(mention.name)
        # a gazetteer parent counts where the text says it: "Văn phòng Chính phủ", "Ủy ban Pháp luật của Quốc hội"
        surface = ctx.text[mention.start : mention.end]
        if body is not None and body.parent and (body.parent in mention.name or body.parent in surface):
            ctx.add(mention.entity, "part_of", ctx.body_named(body.parent).id, sentence)


_UNIT_HEADS = ("Ủy ban", "Ban", "Văn phòng", "Vụ", "Cục", "Viện", "Hội đồng", "Học viện", "Trường", "Đoàn", "Trung tâm")


def _stated_part_of(ctx: _Context, sentence: Sentence) -> None:
    """"Ủy ban Pháp luật của Quốc hội", "Học viện Chính trị khu vực IV - Học viện Chính trị quốc gia ..."."""
    text = ctx.text
    orgs = sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start)
    for child, parent in zip(orgs, orgs[1:]):
        gap = text[child.end : parent.start]
        if re.fullmatch(r"\s+-\s+", gap) or (re.fullmatch(r"\s+của\s+", gap) and child.name.startswith(_UNIT_HEADS)):
            ctx.add(child.entity, "part_of", parent.entity, sentence)


def extract_relations(doc: Document) -> Document:
    """Pipeline component: fill ``doc.relations`` (run after resolution)."""
    ctx = _Context(doc)
    for sentence in doc.sentences:
        _positions(ctx, sentence)
        _organized(ctx, sentence)
        _participated(ctx, sentence)
        _held_in(ctx, sentence)
        _issued(ctx, sentence)
        _adopted(ctx, sentence)
        _stated_part_of(ctx, sentence)
    _part_of(ctx)
    _own_meetings(ctx)
    reported = doc.metadata.get("published")
    for relation in ctx.relations.values():
        if relation.predicate == "holds_position" and reported:
            relation.attrs.setdefault("reported_on", str(reported)[:10])
    doc.relations = _most_specific_roles(list(ctx.relations.values()))
    return doc


def _most_specific_roles(relations: list[Relation]) -> list[Relation]:
    """"Phó Thủ tướng" beside "Phó Thủ tướng Thường trực" for one person and body: keep the fuller role."""
    roles: dict[tuple[str, str], set[str]] = {}
    for r in relations:
        if r.predicate == "holds_position" and r.role:
            roles.setdefault((r.subject, r.object), set()).add(r.role)
    return [
        r for r in relations
        if not (r.predicate == "holds_position" and r.role
                and any(o != r.role and o.startswith(r.role + " ") for o in roles[(r.subject, r.object)]))
    ]
