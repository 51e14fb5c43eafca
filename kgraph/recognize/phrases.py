"""Fast dictionary lookup of multi-word phrases in a text, by word tokens.

Gazetteers (bodies, places, titles) hold thousands of phrases; a regular
expression alternation over all of them is slow and hard to debug. Here both
the phrases and the text are cut into word tokens, and a dictionary keyed by
token tuples finds the longest phrase at each word, walking a word trie so
that a position costs one lookup unless a phrase starts there. Separators between the
words of a match may be spaces, dots, hyphens or "&" ("TP.HCM" = "TP HCM"),
a comma only where the phrase has one,
never a line break. Case: a phrase written in capitals (an
abbreviation such as "UBND") must match exactly; otherwise the first letter's
case must agree and the rest may differ ("Phó bí thư" finds "Phó Bí thư").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

__all__ = ["PhraseMatcher", "PhraseMatch", "word_spans", "alternation", "first_letters", "word_alternation"]

T = TypeVar("T")

_WORD = re.compile(r"[^\W_]+")
_JOINERS = re.compile(r"^[ \t.\-&'/,]{1,3}$")
# the gap after a word (up to 4 characters: three joiners and the line break "$" lets through) and the next word
_NEXT_WORD = re.compile(r"[\W_]{1,4}([^\W_]+)")
_JOINER_GAPS: dict[str, bool] = {}  # _JOINERS' answer for each gap seen (a handful: " ", ", ", " - ")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the word tokens of ``text``."""
    return list(map(_SPAN, _WORD.finditer(text)))


_SPAN = re.Match.span


def alternation(words: Iterable[str], ignore_case: bool = False, follows: dict[str, str] | None = None,
                space: str | None = None) -> str:
    """A regex that matches any of ``words`` literally, longest first, factored into a character trie.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; with hundreds of
    titles that is most of a search's time. Factored ("Phó (?:Bí thư|Chủ tịch)"), each character is
    tried once. It matches what ``"|".join(sorted(words, key=len, reverse=True))`` matches, and
    prefers the same (the longest) word; with ``ignore_case`` (for ``re.IGNORECASE`` patterns) the
    words are folded to lower case first, so that "Bí thư" and "bí thư" share one branch. ``follows``
    gives a word (as folded) a pattern that must match right after it; ``space``, the pattern a space of
    the words stands for (``\\s+``: any run of white space).

    >>> pattern = re.compile(alternation(["Bí thư", "Phó Bí thư", "Phó Chủ tịch"]))
    >>> pattern.search("ông Phó Bí thư Tỉnh ủy").group(), pattern.search("Phó Chủ tịch tỉnh").group()
    ('Phó Bí thư', 'Phó Chủ tịch')
    """
    words = list(words)
    follows = follows or {}
    if ignore_case and not _folds_simply(words):
        return "|".join(_escape(w, space) + follows.get(w, "")
                        for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    trie: dict = {}
    for word in words:
        node = trie
        folded = word.lower() if ignore_case else word
        for char in folded:
            node = node.setdefault(char, {})
        node[""] = follows.get(folded, "")  # a word ends here, and what must follow it
    if not trie:
        return "(?!)"  # no words: a pattern that matches nothing
    return _branches(trie, space)


def _escape(word: str, space: str | None) -> str:
    return re.escape(word) if space is None else space.join(map(re.escape, word.split(" ")))


def word_alternation(words: Iterable[str], ignore_case: bool = False, space: str | None = None) -> str:
    r"""A regex for any of ``words`` (as :func:`alternation` finds them) where no ``\w`` stands before it,
    for a pattern that scans a whole text: each first character as written (in either case with
    ``ignore_case``) opens a branch, and the look-behind follows it. ``re`` then skips to the next of
    those characters itself (about 1.5x faster than a look-ahead for them and the look-behind first,
    as :func:`first_letters` has it). With ``ignore_case`` the branches match as ``re.IGNORECASE`` does,
    and the pattern need not carry that flag (which keeps ``re`` from that skip).

    >>> re.findall(word_alternation(["Luật", "Bộ luật"]), "Luật Đất đai, Bộ luật, BLuật")
    ['Luật', 'Bộ luật']
    """
    words = list(words)
    if not words:
        return "(?!)"
    lowered = [w.lower() for w in words] if ignore_case else words
    if ignore_case and not (_folds_simply(words) and all(_LATIN_FIRST.match(w) for w in lowered)):
        return rf"(?<![\w])(?i:{alternation(words, ignore_case=True, space=space)})"
    folds = {w[0]: re.compile(f"(?i:{re.escape(w[0])})" if ignore_case else re.escape(w[0])) for w in lowered}
    firsts = _either_case("".join(folds)) if ignore_case else set(folds)
    branches = []
    for char in sorted(firsts):
        tails = [w[1:] for w in lowered if folds[w[0]].fullmatch(char)]
        if tails:
            rest = alternation(tails, ignore_case=ignore_case, space=space)
            branches.append(rf"{re.escape(char)}(?<![\w].)" + (f"(?i:{rest})" if ignore_case else f"(?:{rest})"))
    return "(?:" + "|".join(branches) + ")"


#: Letters of the Latin blocks (Vietnamese among them), whose capitals _capitals_of() finds.
_LATIN_FIRST = re.compile("[\u0000-\u024f\u1e00-\u1eff]")
# where every capital of such a letter lives (tests/test_phrases.py checks this over all of Unicode):
# the Latin blocks, letterlike symbols (KELVIN SIGN, ANGSTROM SIGN), Latin Extended-C and -D, fullwidth
_CAPITAL_BLOCKS = ((0x0000, 0x0250), (0x1E00, 0x1F00), (0x2100, 0x2150), (0x2C60, 0x2C80), (0xA720, 0xA800),
                   (0xFF21, 0xFF5B))


def _capitals_of(letters: set[str], capitals: bool = True) -> set[str]:
    """Every capital letter whose ``lower()`` is one of ``letters`` (Latin letters); with
    ``capitals=False``, every character that is not a capital and lowers to one of them."""
    return {c for a, b in _CAPITAL_BLOCKS for c in map(chr, range(a, b))
            if c.isupper() == capitals and c.lower() in letters}


def _cased_branches(words: list[str], firsts: set[str], follows: dict[str, str] | None = None) -> list[str]:
    r"""A branch for each character of ``firsts``: the character as written, then a look-behind for
    no letter or digit before it (``(?<![^\W_].)``: after the character, so that a pattern of such
    branches opens with a set of characters, which ``re`` scans for itself), then the rest of each of
    ``words`` (lower case) whose first letter ``re.IGNORECASE`` matches to it, ignoring case, each with
    what ``follows`` says must come after it.

    >>> _cased_branches(["bí thư", "bộ"], {"B"})
    ['B(?<![^\\W_].)(?i:(?:í\\ thư|ộ))']
    """
    folds = {w[0]: re.compile(f"(?i:{re.escape(w[0])})") for w in words}
    out = []
    for char in sorted(firsts):
        ours = [w for w in words if folds[w[0]].fullmatch(char)]
        if ours:
            after = {w[1:]: follows[w] for w in ours if follows and w in follows}
            tails = alternation([w[1:] for w in ours], ignore_case=True, follows=after)
            out.append(rf"{re.escape(char)}(?<![^\W_].)(?i:{tails})")
    return out


def _either_case(letters: str) -> set[str]:
    """Every character ``re.IGNORECASE`` matches to one of ``letters`` (Latin letters, digits): their
    capitals and small letters, and the few that fold to them ("ſ" for "s", KELVIN SIGN for "k")."""
    either = re.compile(rf"(?i:[{re.escape(letters)}])")
    return {c for a, b in _CAPITAL_BLOCKS for c in map(chr, range(a, b)) if either.match(c)}


def first_letters(words: Iterable[str]) -> str:
    r"""A look-ahead for the first characters of ``words``, to open a pattern that starts with a
    look-behind: ``re`` tries a pattern at every position, and a look-behind first costs each one
    the full attempt, while this class rejects most positions at once (2-3x faster scans). It
    takes the pattern's flags: under ``re.IGNORECASE`` it matches either case.

    >>> re.findall(first_letters(["Luật", "Bộ luật"]) + r"(?<!\w)\w+", "Luật Đất đai, Bộ luật")
    ['Luật', 'Bộ']
    """
    letters = sorted({word[0] for word in words if word})
    return "(?=[" + "".join(re.escape(c) for c in letters) + "])" if letters else "(?!)"


def with_first_letters(pattern: str, flags: int = 0) -> str:
    r"""``pattern`` led by :func:`first_letters`' look-ahead for the characters it can start with, read
    from the pattern itself (past look-behinds, anchors, groups and branches), for a hand-written
    pattern that opens with a look-behind: the look-ahead follows the pattern when a branch is added.
    A pattern that may start with a class such as ``\s``, or with nothing, and one that ignores case,
    comes back unchanged.

    >>> with_first_letters(r"(?<![\w])(?:[Bb]ộ trưởng|Thứ trưởng) ")
    '(?=[BTb])(?:(?<![\\w])(?:[Bb]ộ trưởng|Thứ trưởng) )'
    >>> with_first_letters(r"\s+(?:đã|vừa)")
    '\\s+(?:đã|vừa)'
    """
    if flags & re.IGNORECASE:
        return pattern
    try:
        from re import _parser  # noqa: PLC0415 - CPython's own parse of the pattern
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE:
            return pattern  # inline global flags ("(?i)") stay at the start
        chars = _first_chars(_parser, parsed.data)
    except Exception:  # noqa: BLE001 - another Python's parser: the pattern as written, only slower
        return pattern
    return f"{first_letters(chars)}(?:{pattern})" if chars else pattern


def _first_chars(parser, items: list) -> set[str] | None:
    """The characters a parsed pattern's match starts with; None when it could start with any, or match
    nothing."""
    optional: set[str] = set()  # the first characters of optional items before the one that must read
    for op, av in items:
        if _zero_width(parser, op, av):
            continue  # a look-behind, an anchor: the next item reads the first character
        if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] == 0:
            first = _first_chars(parser, av[2].data)
            if first is None:
                return None
            optional |= first  # "(?:A\. )*Name": the match starts with the item, or with what follows
            continue
        found = _first_item_chars(parser, op, av)
        return None if found is None else optional | found
    return None


def _first_item_chars(parser, op, av) -> set[str] | None:
    """The characters one parsed item that must read starts with (None: any, or unknown)."""
    if op is parser.LITERAL:
        return {chr(av)}
    if op is parser.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is parser.LITERAL:
                chars.add(chr(value))
            elif kind is parser.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a category (\w, \s) or a negated class
        return chars
    if op is parser.BRANCH:
        found = [_first_chars(parser, branch.data if hasattr(branch, "data") else branch) for branch in av[1]]
        return None if any(f is None for f in found) else set().union(*found)
    if op is parser.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _first_chars(parser, av[3].data)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(parser, av[2].data)
    return None


def _zero_width(parser, op, av) -> bool:
    """Whether a parsed item matches without reading a character (look-arounds, anchors, "(?:^|(?<=x))")."""
    if op in (parser.ASSERT, parser.ASSERT_NOT, parser.AT):
        return True
    if op is parser.BRANCH:
        return all(all(_zero_width(parser, o, a) for o, a in branch) for branch in av[1])
    if op is parser.SUBPATTERN:
        return all(_zero_width(parser, o, a) for o, a in av[3].data)
    return False


def _folds_simply(words: list[str]) -> bool:
    """Whether ``re.IGNORECASE`` matches each character of ``words`` as its ``lower()`` does: letters
    of Latin scripts (Vietnamese included), lowering to one character, none with an extra case
    partner ("ı" for "i", "ſ" for "s") that would let one input character enter two branches."""
    for word in words:
        lowered = word.lower()
        if len(lowered) != len(word):
            return False
        if any(not (c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff") or c in "ıſṡẛ"
               for c in lowered):
            return False
    return True


def _branches(node: dict, space: str | None = None) -> str:
    """The regex of one trie node: its children (longer words first), then the end of a word (and what
    must follow it there)."""
    children = [(space if char == " " and space is not None else re.escape(char)) + _branches(child, space)
                for char, child in sorted(node.items()) if char]
    follows = node.get("", "")
    if not children:
        return follows
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    if "" in node:  # a word ends here: the longer ones are tried first, then this one
        return "(?:" + body + "|" + follows + ")" if follows else "(?:" + body + ")?"
    return body


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    payload: T
    phrase: str


class PhraseMatcher(Generic[T]):
    """Longest-match lookup of phrases; each phrase carries a payload."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        self._table: dict[tuple[str, ...], list[tuple[str, T]]] = {}
        self._max_len = 0
        # a word trie over the same phrases: at each position only the words that
        # continue some phrase are looked at (the key None holds a phrase's candidates)
        self._trie: dict = {}
        self._start_pattern: re.Pattern[str] | None = None  # built on first use, dropped by add()
        self._last_words: set[str] = set()  # the words phrases end with, for may_end_with()
        self._capitals: frozenset[str] | None = None  # built on first use, dropped by add()
        self._lowercase: frozenset[str] = frozenset()  # built with _capitals
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: T) -> None:
        key = tuple(w.lower() for w in _WORD.findall(phrase))
        if not key:
            return
        candidates = self._table.setdefault(key, [])
        candidates.append((phrase, payload))
        self._max_len = max(self._max_len, len(key))
        node = self._trie
        for word in key:
            node = node.setdefault(word, {})
        node[None] = candidates
        self._start_pattern = None
        self._capitals = None
        self._last_words.add(key[-1])

    def __len__(self) -> int:
        return len(self._table)

    def finditer(self, text: str, spans: list[tuple[int, int]] | None = None) -> Iterator[PhraseMatch[T]]:
        """Longest matches, left to right, not overlapping one another."""
        lowered = _lowered(text) if spans is None else None
        if lowered is None:
            yield from self._finditer_spans(text, spans)
            return
        end = 0
        capital_only = self._capital_only()
        starts, on_text = self._starts()
        for hit in starts.finditer(text if on_text else lowered):  # words where a phrase may start
            if hit.start() < end:
                continue  # inside the last match
            if not on_text and not text[hit.start()].isupper() and lowered[hit.start() : hit.end()] in capital_only:
                continue  # every phrase from this word asks for a capital (on the text, the pattern saw to it)
            match = self._longest_from(text, lowered, hit.start(), hit.end())
            if match is not None:
                yield match
                end = match.end

    def find_all(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[PhraseMatch[T]]:
        """Every match, including ones that start inside another (for nesting)."""
        lowered = _lowered(text) if spans is None else None
        if lowered is None:
            return self._find_all_spans(text, spans)
        capital_only = self._capital_only()
        starts, on_text = self._starts()
        found = (self._longest_from(text, lowered, hit.start(), hit.end())
                 for hit in starts.finditer(text if on_text else lowered)
                 if on_text or text[hit.start()].isupper() or lowered[hit.start() : hit.end()] not in capital_only)
        return [match for match in found if match is not None]

    def match_prefix(self, text: str) -> PhraseMatch[T] | None:
        """The longest phrase that starts at offset 0 of ``text`` (what ``finditer`` yields first
        when it starts there), reading only the words the trie walks through."""
        first = _WORD.match(text)
        if first is None:
            return None  # no word at offset 0
        word = first.group().lower()  # (a word's own lower case is the one finditer uses)
        if word not in self._trie or (word in self._capital_only() and not text[0].isupper()):
            return None  # no phrase starts with this word, or none written this way
        lowered = _lowered(text)
        if lowered is None:
            return next((m for m in self._finditer_spans(text, None) if m.start == 0), None)
        first = _WORD.match(lowered)
        return None if first is None else self._longest_from(text, lowered, 0, first.end())

    def may_end_with(self, text: str) -> bool:
        """False when no phrase can end exactly at the end of ``text``: its last word ends none.

        A cheap test before :meth:`finditer` for callers that only want a match ending there.
        """
        i = len(text)
        while i and text[i - 1].isalnum():  # str.isalnum() is the [^\W_] of word_spans
            i -= 1
        word = text[i:]
        return bool(word) and ("Σ" in word or word.lower() in self._last_words)

    def _capital_only(self) -> frozenset[str]:
        """First words all of whose phrases match only where the text has a capital letter.

        The case rule of :func:`_case_agrees`: a phrase with a capital first letter (and one in
        capitals that starts with a letter) matches a surface with a capital first letter only.
        """
        if self._capitals is None:
            starts: dict[str, set[bool]] = {}
            for key, candidates in self._table.items():
                for phrase, _ in candidates:
                    capitals = _shape(phrase)[1]
                    if capitals is not None and not phrase[:1].isalpha():
                        upper = {True, False}  # "2TV": letters decide, not the first character
                    else:
                        upper = {True} if capitals is not None else {phrase[:1].isupper()}
                    starts.setdefault(key[0], set()).update(upper)
            self._capitals = frozenset(word for word, upper in starts.items() if upper == {True})
            self._lowercase = frozenset(word for word, upper in starts.items() if upper == {False})
        return self._capitals

    def _lowercase_only(self) -> frozenset[str]:
        """First words all of whose phrases start with a letter that is not a capital, so match
        only where the text has none ("phó giám đốc" of the lower-case titles)."""
        self._capital_only()
        return self._lowercase

    def _starts(self) -> tuple[re.Pattern[str], bool]:
        """One regex for the words a phrase starts with, and whether it reads the text itself (else
        the lowered text): ``re`` scans, not a Python loop word by word.

        On the text, a word whose phrases all need a capital is looked for only where one of the
        capitals that lower to its first letter stands: each character a phrase may start with, as
        written, opens a branch of its own (see :func:`_cased_branches`), so ``re`` scans for that set
        of characters itself and rejects most positions at once. Lowering keeps word boundaries: no
        character that lowers to one character changes between word and non-word (checked over all
        of Unicode).
        """
        if self._start_pattern is None:
            roots = [w for w in self._trie if w is not None]
            if not _folds_simply(roots):  # case folding not one to one: the lowered text, plainly
                words = alternation(roots)
                self._start_pattern = (re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])"), False)
                return self._start_pattern
            capital = [w for w in roots if w in self._capital_only() and _LATIN_FIRST.match(w)]
            lower = [w for w in roots if w in self._lowercase_only() and _LATIN_FIRST.match(w)]
            rest = [w for w in roots if not (w in capital or w in lower)]
            follows = self._second_words()
            branches = []
            if capital:  # the capitals that lower to a first letter
                branches += _cased_branches(capital, _capitals_of({w[0] for w in capital}), follows)
            if lower:  # the same, for the letters that are not capitals and lower to a first letter
                branches += _cased_branches(lower, _capitals_of({w[0] for w in lower}, capitals=False), follows)
            if rest:  # either case
                branches += _cased_branches(rest, _either_case("".join({w[0] for w in rest})), follows)
            self._start_pattern = (re.compile(rf"(?:{'|'.join(branches) or '(?!)'})(?![^\W_])"), True)
        return self._start_pattern

    def _second_words(self) -> dict[str, str]:
        """For each first word that is no phrase of its own, a look-ahead for a joiner and a word that
        continues one of its phrases. Most words a phrase may start with start none in the text ("chủ"
        of "chủ tịch"); so ``re`` passes over them, where :meth:`_longest_from` would find nothing
        after a call (the gap and word it reads are :data:`_NEXT_WORD`'s, the gap a joiner)."""
        follows = {}
        for word, node in self._trie.items():
            nexts = [w for w in node if w is not None]
            if None not in node and _folds_simply(nexts):
                follows[word] = rf"(?=[ \t.\-&'/,]{{1,3}}(?:{alternation(nexts, ignore_case=True)})(?![^\W_]))"
        return follows

    def _longest_from(self, text: str, lowered: str, start: int, first_end: int) -> PhraseMatch[T] | None:
        """The longest phrase whose first word is ``text[start:first_end]``, walking the trie word by word."""
        node = self._trie.get(lowered[start:first_end])
        if node is None:
            return None
        word = _NEXT_WORD.match(lowered, first_end)  # a longer gap is no joiner: no match, as below
        if None not in node and (word is None or word.group(1) not in node):
            return None  # no one-word phrase: most starts end here, at the next word
        ends = [(first_end, 0, node[None])] if None in node else []  # (end, gaps inside, candidates)
        gaps: list[bool] = []  # gaps[k]: a comma between the phrase's word k and word k + 1
        position = first_end
        while word is not None:
            a, b = word.span(1)
            child = node.get(word.group(1))
            if child is None:
                break
            gap = text[position:a]
            joins = _JOINER_GAPS.get(gap)
            if joins is None:
                joins = bool(_JOINERS.match(gap))
                if len(_JOINER_GAPS) < 4096:
                    _JOINER_GAPS[gap] = joins
            if not joins:
                break  # a gap that is not a joiner ends every longer phrase too
            gaps.append("," in gap)
            node, position = child, b
            if None in node:
                ends.append((b, len(gaps), node[None]))
            word = _NEXT_WORD.match(lowered, position)
        for end, inside, candidates in reversed(ends):
            surface = text[start:end]
            surface_commas = tuple(gaps[:inside])
            for phrase, payload in candidates:
                shape = _shape(phrase)
                if shape[0] == surface_commas and _case_agrees_shape(shape, surface) \
                        and (" - " not in surface or _dashes_agree(phrase, surface)):
                    return PhraseMatch(start, end, payload, phrase)
        return None

    def _finditer_spans(self, text: str, spans: list[tuple[int, int]] | None) -> Iterator[PhraseMatch[T]]:
        """:meth:`finditer` over given word spans (and for text whose lower case moves offsets)."""
        spans = word_spans(text) if spans is None else spans
        words = _lowered_words(text, spans)
        root = self._trie
        i = 0
        for start in [k for k, word in enumerate(words) if word in root]:  # positions where a phrase may start
            if start < i:
                continue
            found = self._longest_at(text, spans, words, start)
            if found is not None:
                length, match = found
                yield match
                i = start + length

    def _find_all_spans(self, text: str, spans: list[tuple[int, int]] | None) -> list[PhraseMatch[T]]:
        spans = word_spans(text) if spans is None else spans
        words = _lowered_words(text, spans)
        root = self._trie
        out = []
        for i in [k for k, word in enumerate(words) if word in root]:
            found = self._longest_at(text, spans, words, i)
            if found is not None:
                out.append(found[1])
        return out

    def _longest_at(self, text, spans, words, i):
        node = self._trie.get(words[i])
        if node is None:
            return None
        # walk the trie while the gaps are joiners; a gap that is not ends every longer phrase too
        ends = [(1, node[None])] if None in node else []
        gaps: list[bool] = []  # gaps[k]: a comma between the phrase's word k and word k + 1
        j = i + 1
        while j < len(spans):
            child = node.get(words[j])
            if child is None:
                break
            gap = text[spans[j - 1][1] : spans[j][0]]
            if not _JOINERS.match(gap):
                break
            gaps.append("," in gap)
            node = child
            j += 1
            if None in node:
                ends.append((j - i, node[None]))
        for n, candidates in reversed(ends):
            start, end = spans[i][0], spans[i + n - 1][1]
            surface = text[start:end]
            surface_commas = tuple(gaps[: n - 1])
            for phrase, payload in candidates:
                shape = _shape(phrase)
                if shape[0] == surface_commas and _case_agrees_shape(shape, surface) \
                        and (" - " not in surface or _dashes_agree(phrase, surface)):
                    return n, PhraseMatch(start, end, payload, phrase)
        return None


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (no letter changes length, no context-dependent sigma)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) and "Σ" not in text else None


def _lowered_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each word span of ``text`` in lower case (one ``lower()`` of the text when that keeps offsets)."""
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:  # no letter changes length; no context-dependent sigma
        return [lowered[s:e] for s, e in spans]
    return [text[s:e].lower() for s, e in spans]


@lru_cache(maxsize=None)
def _shape(phrase: str) -> tuple[tuple[bool, ...], list[str] | None, bool]:
    """What a surface must agree with, worked out once per phrase: its comma gaps, its letters
    when it is written in capitals (else None), whether its first character is upper case."""
    letters = [c for c in phrase if c.isalpha()]
    capitals = letters if len(letters) > 1 and all(c.isupper() for c in letters) else None
    return _comma_gaps(phrase), capitals, phrase[:1].isupper()


def _case_agrees_shape(shape, surface: str) -> bool:
    """:func:`_case_agrees` from the phrase's precomputed shape."""
    if shape[1] is not None:
        return [c for c in surface if c.isalpha()] == shape[1]
    return shape[2] == surface[:1].isupper()


def _comma_gaps(text: str) -> tuple[bool, ...]:
    """Which gaps between words hold a comma: a comma matches only a comma."""
    words = list(_WORD.finditer(text))
    return tuple("," in text[a.end() : b.start()] for a, b in zip(words, words[1:]))


def _dashes_agree(phrase: str, surface: str) -> bool:
    """A spaced dash between two words of the text stands where the phrase has a dash ("Bà Rịa - Vũng Tàu"):
    "Nguyễn Xuân Thành - Ủy viên" holds no "Thành ủy". (A hyphen inside a short form, "Bộ KH-CN", joins as
    a space does; the phrase's dash may be a space in the text.)"""
    words = list(_WORD.finditer(phrase))
    in_phrase = ["-" in phrase[a.end() : b.start()] for a, b in zip(words, words[1:])]
    words = list(_WORD.finditer(surface))
    in_surface = [" - " in surface[a.end() : b.start()] for a, b in zip(words, words[1:])]
    return all(p or not s for p, s in zip(in_phrase, in_surface))


def _case_agrees(phrase: str, surface: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return [c for c in surface if c.isalpha()] == letters
    return phrase[:1].isupper() == surface[:1].isupper()
