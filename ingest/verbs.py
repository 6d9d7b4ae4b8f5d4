"""Verb readings several relation components share: an active handing-over versus receiving."""

from __future__ import annotations

import re

from . import lexicon
from .names import UPPER

_PRESENT_VERB = lexicon.cue("present-verb")
# a verb of receiving, in person (not 'công nhận', 'ghi nhận', 'xác nhận', 'tiếp nhận', 'thừa nhận'; 'đón' before an award)
RECEIVING = rf"(?:đón nhận|{lexicon.cue('welcomed-award').pattern}|(?<!công )(?<!ghi )(?<!xác )(?<!tiếp )(?<!thừa )nhận)(?!\w)"
_PASSIVE = lexicon.cue("passive-before")
# 'ký quyết định tặng Bằng khen': a decision signed, not an award handed over
_DECISION = lexicon.cue("decision")
# 'nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng': the verb of the giver an agent phrase names, not the subject's act
_BY_AGENT = re.compile(r"(?<!\w)do\s+[^,;.()]{2,60}?\s*$")
# 'đã dự lễ trao Huy hiệu Đảng': the name of the ceremony a guest attended, not a handing-over by the guest
_ATTENDED_EVENT = re.compile(r"(?<!\w)(?:dự|tham dự|chứng kiến)\s+(?:buổi\s+)?(?:[Ll]ễ|chương trình)\s+$")
# 'đề nghị Chủ tịch UBND tỉnh trao tặng Bằng khen cho ...': the giving a proposal asks for, which no one has handed over
_PROPOSED = lexicon.cue("proposed")


# a passive whose agent hands the award over in person ('5 tập thể được đồng chí A, Phó Chủ tịch UBND tỉnh trao Bằng
# khen'): the agent, by an honorific or a capital (not 'được bầu làm ...'), before 'trao' or 'gắn' with no other giving
# or passive between ('được Chủ tịch nước tặng' is who confers by decision, not who hands over)
_AGENT = (
    r"(?<!\w)được\s+(?P<agent>(?:(?:đồng chí|đ/c|ông|bà)\s+|(?-i:[A-ZĐ]))"
    r"(?:(?!(?:được|tặng|trao|khen|nhận)(?!\w))[^;:.]){2,120}?)\s+(?:đã\s+)?"
)
_HANDED_BY_AGENT = re.compile(_AGENT + r"(?:trao tặng|trao|gắn)(?!\w)", re.I)
_AGENT_BEFORE = re.compile(_AGENT + "$", re.I)
# (the whole of what stands between a count and its award: '5 tập thể [vinh dự được đồng chí A, ... trao] Bằng khen'; not
# '5 tập thể [được khen thưởng, ông A được tặng] Bằng khen', where the person receives an award of their own)
_PASSIVE_THEN_AWARD = re.compile(r"\s*(?:(?:vinh dự|đã|cũng|đều)\s+)*" + _AGENT + r"(?:trao tặng|trao|tặng|gắn)\s*", re.I)


def passive_by_agent(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a passive whose agent gives, between a count and its award."""
    return _PASSIVE_THEN_AWARD.fullmatch(text, start, end) is not None


def handed_by_agent(text: str) -> tuple[int, int] | None:
    """Where the agent of a passive handing-over is named in `text` ('được đồng chí A trao Bằng khen'), if one is."""
    m = _HANDED_BY_AGENT.search(text)
    return m.span("agent") if m else None


# the State President or the Prime Minister, by name, right before 'tặng': who confers by decision ('Chủ tịch nước Võ
# Văn Thưởng đã tặng Huân chương ...'), not who hands it over ('trao', 'gắn' are handing-over verbs still)
_CONFERS_BY_DECISION = re.compile(
    rf"(?<!\w)(?<!Phó )(?:Chủ tịch nước|Thủ tướng(?: Chính phủ)?)(?:\s+[{UPPER}]\w*){{2,4}}\s+(?:(?:đã|cũng|vừa)\s+)*$"
)


def of_decision(text: str, verb: re.Match[str]) -> bool:
    """'ký quyết định tặng Bằng khen', 'trao quyết định của Chủ tịch nước truy tặng Huân chương': the giving verb of a
    decision the sentence names, not an award handed over."""
    return _DECISION.search(text, max(0, verb.start() - 60), verb.start()) is not None


def presents(text: str) -> re.Match[str] | None:
    """The verb of an active handing-over ('X trao Bằng khen'), not of receiving ('X được tặng Bằng khen') or of
    a decision ('X ký quyết định tặng Bằng khen', 'Thủ tướng A tặng Bằng khen')."""
    for m in _PRESENT_VERB.finditer(text):
        before = text[max(0, m.start() - 70) : m.start()]
        passive = _PASSIVE.search(text[: m.start()]) or _AGENT_BEFORE.search(text, max(0, m.start() - 150), m.start())
        if passive or of_decision(text, m) or _BY_AGENT.search(before) or _ATTENDED_EVENT.search(before):
            continue
        if _PROPOSED.search(before, max(before.rfind(stop) for stop in ".;:") + 1):
            continue  # (asked for in the verb's own clause)
        if confers_by_decision(before, m):
            continue
        return m
    return None


def hands_over(text: str) -> bool:
    """Whether a text tells a handing-over in person ('trao', 'gắn'), not a bare 'tặng', which may be by decision."""
    handing = presents(text)
    return handing is not None and handing.group(0).lower() != "tặng"


def confers_by_decision(before: str, verb: re.Match[str]) -> bool:
    """Whether the giving verb `verb`, after the text `before` it, is the State President's or the Prime Minister's,
    named: a conferral decided, not an award handed over."""
    return verb.group(0).lower() == "tặng" and _CONFERS_BY_DECISION.search(before) is not None
