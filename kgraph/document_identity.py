"""Which document a mention names: the identity keys of documents.

A numbered document is its number and year (Party numbers restart each term);
a short number ("Nghị quyết 18") or a title before "số ..." is the numbered one;
a document described by its subject is the one described alike, or the
numbered one the article describes so where it names it.
"""

from __future__ import annotations

import re

from kgraph.document import Document, Mention
from kgraph.mention_groups import MentionGroups, entity_key, syllable_f1
from kgraph.normalize import match_key
from kgraph.recognize.described_documents import told_subject

__all__ = ["document_key"]


_NUMBER_AFTER = re.compile(r"\s+số\s+")


def document_key(doc: Document, index: int, groups: MentionGroups) -> str | None:
    mention = doc.mentions[index]
    attrs = mention.attrs
    if attrs.get("number") and attrs.get("normalized"):
        return f"Document:{attrs['normalized']}:{groups.document_year(doc, attrs['normalized'])}"
    if attrs.get("short_number"):
        short = str(attrs["short_number"])
        for other in doc.mentions:
            o = other.attrs
            if other.type == "Document" and o.get("normalized") and str(o.get("number")) == short \
                    and not (attrs.get("year") and _issued_in(o) not in (None, attrs["year"])):
                if not attrs.get("doc_type") or attrs.get("doc_type") == o.get("doc_type"):
                    return f"Document:{o['normalized']}:{groups.document_year(doc, o['normalized'])}"
        return entity_key("Document", mention.name)
    # "Luật Tổ chức Tòa án nhân dân số 81/2025/QH15": a title and the number right after it are one law
    after = _NUMBER_AFTER.match(doc.search_text, mention.end)
    if after:
        for other in doc.mentions:
            if other.type == "Document" and other.start == after.end() and other.attrs.get("normalized") \
                    and not any(o.type == "Document" and o.start < mention.start and o.end == mention.end
                                for o in doc.mentions):  # the whole title, not a law it amends
                number = other.attrs["normalized"]
                mention.attrs.setdefault("surface_forms", []).append(doc.search_text[mention.start : other.end])
                return f"Document:{number}:{groups.document_year(doc, number)}"
    # "Luật sửa đổi ... Luật Tổ chức Tòa án nhân dân" after "... số 81/2025/QH15": one law, with and without its number
    title = mention.name.casefold() + " số "
    numbered = {o.attrs["normalized"] for o in doc.mentions if o.type == "Document" and o.attrs.get("normalized")
                and o.attrs.get("number") and o.name.casefold().startswith(title)}
    if len(numbered) == 1:
        number = numbered.pop()
        return f"Document:{number}:{groups.document_year(doc, number)}"
    if attrs.get("form") == "described":
        return _same_described(doc, mention, groups) or entity_key("Document", mention.name)
    return entity_key("Document", mention.name)


def _issued_in(attrs: dict) -> int | None:
    """The year a numbered document was issued, from its number or its date."""
    date = str(attrs.get("date") or "")
    return attrs.get("year") or (int(date[:4]) if date[:4].isdigit() else None)


_ISSUER_AND_ABOUT = re.compile(r"^(?:của .+? về |về )")


def _subject(mention: Mention) -> str:
    """What a described document is about: its name without the type word, the issuer and "về"."""
    rest = mention.name[len(str(mention.attrs.get("doc_type", ""))) :].strip()
    return _ISSUER_AND_ABOUT.sub("", rest)


def _same_described(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """"Nghị quyết của Quốc hội về thí điểm một số cơ chế ..." and later "Nghị quyết thí điểm cơ chế ...":
    one document of the same type described twice, the subjects nearly the same words. A numbered document
    the article describes where it names it ("Nghị quyết số 176/2025/QH15 về cơ cấu tổ chức của Chính phủ")
    is the one a later "Nghị quyết về cơ cấu tổ chức ..." means."""
    subject = _subject(mention)
    for key in groups.order:
        first = doc.mentions[groups.members[key][0]]
        if groups.type[key] != "Document" or first.attrs.get("doc_type") != mention.attrs.get("doc_type"):
            continue
        if first.attrs.get("form") == "described" and syllable_f1(_subject(first), subject) >= 0.85:
            return key
        told = [_told(doc, doc.mentions[i]) for i in groups.members[key] if doc.mentions[i].attrs.get("number")]
        if any(t and (syllable_f1(t, subject) >= 0.85 or match_key(t).startswith(match_key(subject) + " "))
               for t in told) and len(subject.split()) >= 2:
            return key
    return None


def _told(doc: Document, mention: Mention) -> str:
    """What the article says a numbered document is about where it names it ("... số 176/2025/QH15 về X")."""
    return re.sub(r"^\s*về\s+", "", told_subject(doc.search_text, mention.end))
