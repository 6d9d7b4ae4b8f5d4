"""The bodies of the article: every body the `orgs` layer holds, and those the facts refer to, merged by name.

Reads the orgs layer and ArticleFacts (posts, organisers, conferrers, recipients);
writes ArticleFacts.organisations.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document
from .facts import ArticleFacts, Evidence, body_of
from .orgs import OrgRef


def organisations(doc: Document, facts: ArticleFacts) -> None:
    def add(org: OrgRef | None, ev: Evidence | None) -> None:
        if org is None:
            return
        known = facts.organisations.get(org.name)
        if known is None:
            facts.organisations[org.name] = org
            if ev:
                facts.org_evidence[org.name] = ev
        else:  # (the mention that places it, where the first did not: 'UBND xã X, thị xã Y', then 'UBND xã X')
            kept = org if known.unit_code is None and org.unit_code is not None else known
            facts.organisations[org.name] = replace(kept, aliases=tuple(dict.fromkeys(known.aliases + org.aliases)))

    # 'Phó Bí thư Thường trực Tỉnh ủy': a title whose role ends with the word a standing office's name opens with names
    # the committee, not its standing office ('Thường trực Tỉnh ủy làm việc với huyện' names it)
    titles = [(t.start, t.end) for t in doc.spans("titles")]
    for span in doc.spans("orgs"):
        sent = doc.sentence_at(span.start)
        # (nor 'Ủy viên Trung ương Đảng' the Party itself: the central committee its post is of)
        if span.rule.endswith(("standing-office", "the-party")) and any(a < span.start < b for a, b in titles):
            continue
        if sent is not None:
            add(span.value, Evidence(sent.start, sent.end, sent.text, span.rule))
    for person in facts.people:
        for post in person.posts:
            add(post.org, post.evidence)
    for e in facts.events:
        add(e.organiser, e.evidence)
    for g in facts.grants:
        for who in (g.conferrer, g.on_behalf_of):
            add(body_of(who), g.evidence)
        if g.recipient_org is not None and g.recipient_org.kind != "AdministrativeUnit":
            add(g.recipient_org, g.evidence)
