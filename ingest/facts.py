"""What the extractors find in one article, before it becomes RDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .orgs import OrgRef


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, by offsets into Document.text."""

    start: int
    end: int
    text: str
    rule: str = ""  # the id of the rule that read the fact from this sentence


@dataclass(frozen=True)
class Office:
    """An office that confers awards, held by whoever holds it: Chủ tịch nước, Chủ tịch UBND huyện X."""

    label: str
    role: str
    org: OrgRef | None = None


@dataclass
class PostFact:
    person: str
    role: str | None  # a former post keeps its 'nguyên' ('nguyên Trưởng ban'), as the article writes it
    org: OrgRef | None
    evidence: Evidence
    newly: bool = False  # newly elected or appointed ('tân Chủ tịch', 'vừa được bầu giữ chức')


@dataclass
class PersonFact:
    name: str
    province_code: str | None
    posts: list[PostFact] = field(default_factory=list)
    is_author: bool = False
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Participation:
    person: str
    part: str  # presided | attended | spoke | presented_awards | launched
    evidence: Evidence


@dataclass
class EventFact:
    key: str
    label: str
    kind: str  # Conference | Ceremony | Congress | Meeting
    date: dt.date | None
    organiser: OrgRef | None
    place: str | None
    place_unit: str | None
    evidence: Evidence
    participants: list[Participation] = field(default_factory=list)
    # award types the event's name names ('Lễ đón nhận Huân chương ...'), or a headline telling a moment of it does
    awards: tuple[str, ...] = ()
    retold_at: tuple[int, ...] = ()  # starts of later sentences that tell it again ('Ông A thay mặt tập thể đón nhận ...')

    def named_at(self, text: str, end: int | None = None, by_verb: bool = False) -> int:
        """Where `text` tells the event's name, from its sentence on (its first letter may be raised; `by_verb`: or the
        verb a headline tells its ceremony with, 'đón nhận ...' for 'Lễ đón nhận ...'); -1 where it does not."""
        names = (self.label, self.label.removeprefix("Lễ ")) if by_verb else (self.label,)
        stop = len(text) if end is None else end
        return next((at - 1 for name in names if name and (at := text.find(name[1:], self.evidence.start, stop)) > 0), -1)


@dataclass
class CampaignFact:
    name: str
    kind: str  # movement | drive | theme
    launched_by: str | Conferrer | None  # a person's name, or the body or office
    evidence: Evidence
    aliases: list[str] = field(default_factory=list)


Conferrer = OrgRef | Office


def body_of(giver: Conferrer | None) -> OrgRef | None:
    """The body a giver is or whose office it is ('Chủ tịch UBND tỉnh X' -> 'UBND tỉnh X'; Chủ tịch nước -> None)."""
    return giver.org if isinstance(giver, Office) else giver


@dataclass
class GrantFact:
    award: str  # award type id from the taxonomy (award_types.tsv)
    recipient_kind: str  # individual | collective | mixed
    count: int | None
    approx: bool
    status: str  # conferred | proposed
    evidence: Evidence
    classes: tuple[str, ...] = ()  # award classes that share the count ('hạng Nhất, Nhì, Ba')
    recipient: str | None = None
    recipient_org: OrgRef | None = None
    recipient_person: str | None = None
    conferrer: Conferrer | None = None
    presenter: str | None = None
    co_presenters: tuple[str, ...] = ()  # those who handed it over with the presenter ('Đồng chí A và đồng chí B trao')
    on_behalf_of: Conferrer | None = None
    event: str | None = None  # EventFact.key
    date: dt.date | None = None
    period: str | None = None
    reason: str | None = None
    named: tuple[OrgRef | str, ...] = ()  # every recipient the clause names (bodies as OrgRef, people by name)
    posthumous: bool = False  # 'truy tặng'
    decision_number: str | None = None  # 'Quyết định số 123/QĐ-UBND'
    decision_date: dt.date | None = None
    proposer: Conferrer | None = None  # for a proposal: the body that proposed it
    status_cue: str | None = None  # the words that make it a proposal ('đề nghị'), its status's evidence
    campaign: str | None = None  # CampaignFact.name of the campaign whose achievements it rewards
    title: str | None = None  # the award's own name where the taxonomy holds no type for it ('Công dân Thủ đô ưu tú')
    part_of: GrantFact | None = field(default=None, compare=False, repr=False)  # the total this grant is a part of


@dataclass
class ArticleFacts:
    people: list[PersonFact] = field(default_factory=list)
    organisations: dict[str, OrgRef] = field(default_factory=dict)
    org_evidence: dict[str, Evidence] = field(default_factory=dict)
    events: list[EventFact] = field(default_factory=list)
    campaigns: list[CampaignFact] = field(default_factory=list)
    grants: list[GrantFact] = field(default_factory=list)

    def person(self, name: str) -> PersonFact | None:
        return next((p for p in self.people if p.name == name), None)
