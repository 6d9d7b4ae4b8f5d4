"""People of the article and their posts: the named people of the `people` layer, the byline and photo credits.

Reads the layers people and orgs; writes ArticleFacts.people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .document import Document
from .facts import ArticleFacts, Evidence, PersonFact, PostFact
from .orgs import acronym_after, as_named_in_article, body_after_title, body_of_bare_title, committee_acted_for, office_of_body
from .people import byline_posts

_NEWLY = lexicon.cue("newly-taken")


def newly_taken(text: str, start: int, end: int, role: str) -> bool:
    """Whether text[start:end] (a name and its titles) says `role` was newly taken: 'tân Chủ tịch', 'vừa được
    bầu giữ chức Bí thư' right before the role."""
    window_start = max(0, start - 40)
    window, role = text[window_start:end].lower(), role.lower()
    at = start - window_start
    while (at := window.find(role, at)) != -1:
        if _NEWLY.search(window[max(0, at - 40) : at]):
            return True
        # 'bổ nhiệm ông A, Phó Giám đốc Sở X giữ chức Giám đốc Sở X': the post the appointment gives, after the one held
        if _APPOINTED_TO.search(text, max(0, window_start + at - 160), window_start + at):
            return True
        at += 1
    return False


_APPOINTED_TO = re.compile(r"(?<!\w)(?:bổ nhiệm|bầu|điều động|phân công)\s[^.;]{0,150}?\sgiữ chức(?:\s+vụ)?\s+$", re.I)


def people_facts(doc: Document, facts: ArticleFacts) -> None:
    # the titles each person is told to hold of a named body: told again bare, they are those posts, not a post of
    # the body the article is about ('Phó Viện trưởng VKSND tối cao Lê Quang Minh', later 'Phó Viện trưởng Lê Quang Minh')
    held_of_named = {(s.value.name, post.role) for s in doc.spans("people") for post in s.value.posts if post.org}
    for span in doc.spans("people"):
        m = span.value
        sent = doc.sentence_at(span.start)
        if sent is None:  # people are recognised in sentences only
            continue
        ev = Evidence(sent.start, sent.end, sent.text, m.rule)
        person = facts.person(m.name)
        if person is None:
            person = PersonFact(m.name, doc.province_code)
            facts.people.append(person)
        person.evidence.append(ev)
        for post in m.posts:
            if post.org:
                org = as_named_in_article(doc, post.org)
            elif (m.name, post.role) in held_of_named:
                org = None
            elif post is m.posts[-1]:
                # 'A, Phó Giám đốc bệnh viện': the last title's body by its head noun, or the committee it acts for, else
                # the body the title heads (not 'Tổng Giám đốc EVNNPC', of a body by a short form unread)
                org = body_after_title(doc, m.chain_end) or committee_acted_for(doc, m.chain_end, post.role)
                if org is None and not acronym_after(doc, m.chain_end):
                    org = body_of_bare_title(doc, post.role, m.chain_end)
            else:
                org = body_of_bare_title(doc, post.role)
            if not any((p.role, p.org) == (post.role, org) for p in person.posts):
                newly = bool(post.role) and newly_taken(doc.text, max(sent.start, span.start - 60), m.chain_end, post.role)
                person.posts.append(PostFact(m.name, post.role, org, ev, newly=newly))
    for person in facts.people:
        # 'Bộ trưởng Nguyễn Văn Hùng' beside 'Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng': the bare title says no more
        held = {(p.role, p.org is not None) for p in person.posts}
        person.posts = [p for p in person.posts if p.org is not None or (p.role, True) not in held]
        # 'Phó Chủ tịch UBND huyện' beside 'Phó Chủ tịch thường trực UBND huyện': one post, told less exactly
        person.posts = [
            p for p in person.posts
            if not any(q.org == p.org and q.role and p.role and q.role.lower().startswith(p.role.lower() + " ") for q in person.posts)
        ]  # fmt: skip
        # 'Phòng Nội vụ' beside 'Phòng Nội vụ huyện', neither placed: one body, told less exactly
        person.posts = [
            p for p in person.posts
            if not (p.org is not None and p.org.unplaced and any(
                q.role == p.role and q.org is not None and q.org.name.startswith(p.org.name + " ") for q in person.posts
            ))
        ]  # fmt: skip
        _sector_owned(person)
    credits = [(n, "byline.photo-credit") for n in doc.photographers] + [(n, "byline.coauthor") for n in doc.coauthors]
    byline_units = [s for s in doc.spans("orgs") if s.rule.startswith("byline.")]
    for name, rule in credits:
        if facts.person(name) is None and (ev := _last_told(doc, name, rule)) is not None:
            photographer = PersonFact(name, doc.province_code, is_author=True)
            photographer.evidence.append(ev)
            if rule == "byline.coauthor" and byline_units:
                # ('Thanh Hồng - Minh Hà (Đài TT-TH huyện)': the unit after the writers' names is each one's)
                photographer.posts.append(PostFact(name, None, byline_units[0].value, ev))
            facts.people.append(photographer)
    # (a decision's signer, under its signature block)
    if doc.signer and facts.person(doc.signer) is None and (ev := _last_told(doc, doc.signer, "byline.signer")) is not None:
        signer = PersonFact(doc.signer, doc.province_code)
        signer.evidence.append(ev)
        for post in byline_posts(doc.signer_title or "", [], doc.place):
            signer.posts.append(PostFact(doc.signer, post.role, post.org, ev))
        facts.people.append(signer)
    # (an author the page's <meta> names, its text not: the article's author, but no person the text tells of)
    if (
        doc.author
        and not doc.author_is_initials
        and facts.person(doc.author) is None
        and (ev := _last_told(doc, doc.author, "byline.author")) is not None
    ):
        author = PersonFact(doc.author, doc.province_code, is_author=True)
        author.evidence.append(ev)
        if byline_units:
            author.posts.append(PostFact(doc.author, None, byline_units[0].value, ev))
        elif doc.author_unit and (office := office_of_body(doc, doc.author_unit)) is not None:
            author.posts.append(PostFact(doc.author, None, office, ev))  # ('Thu Hằng - Văn phòng Sở')
        elif doc.author_unit:  # a title for a unit ('Trần Hằng - CC VHXH Kim Long'): a post the title names
            communes = [s.value for s in doc.spans("places") if s.rule == "places.commune"]
            for post in byline_posts(doc.author_unit, communes, doc.place):
                # ('Nguyễn Văn Hùng - Hiệu trưởng' under a school's report: the title's body, the one the article is about)
                org = post.org or body_of_bare_title(doc, post.role)
                author.posts.append(PostFact(doc.author, post.role, org, ev))
        facts.people.append(author)


def _last_told(doc: Document, name: str, rule: str) -> Evidence | None:
    """A byline's name where the text last prints it (in capitals, perhaps): under the text, where bylines stand; None
    where the text does not print it (a person's evidence is where it does)."""
    pos = doc.text.casefold().rfind(name.casefold())
    if pos == -1:
        return None
    return Evidence(pos, pos + len(name), doc.text[pos : pos + len(name)], rule)


def _sector_owned(person: PersonFact) -> None:
    """'Bộ trưởng Bộ GD&ĐT Phạm Vũ Luận - Chủ tịch Hội đồng Thi đua - Khen thưởng ngành': the sector's council is the
    council of the ministry or department the same person heads (one only; none, it stays unplaced)."""
    owners = [p.org for p in person.posts if p.org is not None and p.org.kind == "Department" and not p.org.unplaced]
    for post in person.posts:
        org = post.org
        if org is None or not org.unplaced or not org.name.endswith(" ngành") or len({o.name for o in owners}) != 1:
            continue
        head = org.name.removesuffix(" ngành")
        post.org = replace(org, name=f"{head} {owners[0].name}", unit_code=owners[0].unit_code, level=owners[0].level, unplaced=False)
