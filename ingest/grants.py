"""Award grants: who conferred which award on how many of whom, and when.

A sentence is read clause by clause (clauses end at ';'). In a clause, counts
('hơn 37 tập thể', '01 cá nhân', 'nhiều tập thể, cá nhân') are bound to award
names: a count directly before an award ('60 Tập thể Lao động tiên tiến'), after
'AWARD cho' ('tặng giấy khen cho 346 tập thể và hơn 542 cá nhân'), or before the
award its verb names ('06 tập thể được tặng Cờ thi đua'). Counts no award claims
go to the generic 'khen thưởng' when the clause commends them. The conferrer is
the clause's agent ('được huyện khen thưởng'), the owner in 'của UBND tỉnh', the
sentence's subject, or, for awards only one office may confer, that office.

Reads the layers awards, counts, people, titles, orgs and places; writes grants.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from . import levels, lexicon
from .awards import (
    BY_LEVEL,
    CERTIFICATE_BEFORE,
    GOVERNMENT_FORM,
    NAMED_FORMS,
    AwardMention,
    award_types,
    find_awards,
    is_ancestor,
    recipients_kind,
    refine_for_conferrer,
    same_award,
)
from .binding import (
    BARE_BODY,
    BARE_BODY_RECEIVES,
    COUNT_LIST,
    COUNTS_RIGHT_AFTER,
    DECISION_OWNER,
    NAMED_COMMENDED,
    NAMED_SUBJECT_AND_COUNTED,
    OTHERS_AFTER,
    PASSIVE_TO_AWARD,
    SHARED_AWARDS,
    SUBJECT_OPENS,
    TEAM_WORDS,
    bind,
    commend_verbs,
    commends,
    given_to_after,
    glue,
    itemised,
    listed_kind,
    listed_together,
    names_the_work,
    presenter_cue,
    presenters_of,
    specific,
)
from .conferrers import (
    PRESIDENT,
    REPORTING_VERBS,
    bodies_listed,
    body_beside,
    default_conferrer,
    elected,
    household_head,
    households_at,
    joined_to_receiver,
    label,
    medal_giver,
    named_recipient,
    on_behalf,
    opening_recipient,
    own_place,
    people_beside,
    people_given,
    people_listed_at,
    place_of_joint_organs,
    presented_to,
    presented_to_all,
    ranked_as,
    receiver_before,
    resolve_conferrer,
    told_in_full_before,
    unit_as_written,
)
from .conferrers import named as conferrer_named
from .context import OPENS_ON_UNIT
from .counts import (
    COUNTED,
    HONORIFIC_NOUNS,
    NOUN_RE,
    TOTAL_OPENERS,
    Count,
    bare_noun_kind,
    count_noun,
    counts_in,
    named_items,
    noun_kind,
    plural_kind,
    plural_named,
    plural_subject_kind,
    plural_subject_named,
    total_in_turn,
)
from .dategrammar import DAY_WRITTEN, PARTS_OF_DAY
from .dates import date_before
from .document import ITEM_MARK, Document, Sentence, rebase, skip_space
from .facts import Conferrer, EventFact, Evidence, GrantFact, Office, body_of
from .grant_details import EARLIER_WORDS, LOOKING_BACK, name_listed, posthumous, units_sharing_level
from .grant_links import (
    LISTED_BY_ITEMS,
    NAMED_AND_COUNTED,
    NAMED_BODY_AND_COUNTED,
    PERSON_AFTER_COUNTS,
    RESULTS_LEAD_AFTER,
    UNCOUNTED,
    Presentation,
    link_grants,
    one_authority,
    people_of,
)
from .names import AWARD_START, LOWER, UPPER
from .orgs import BLOC, EMULATION_COUNCIL, LIST_HEADS, PEOPLES_COMMITTEE, OrgRef, agents, names_a_body, own_body, told_shorter
from .people import HONORIFIC, PersonMention, match_role
from .places import UNITS_AFTER_LEVEL
from .prescan import prescanned
from .verbs import RECEIVING, handed_by_agent, hands_over, presents

_PROPOSED = prescanned(lexicon.cue("proposed"))  # (searched in every sentence: prescanned)
# before a commendation verb: a past record, a plan, a consideration, or the name of a ceremony ('Lễ tuyên dương')
_NOT_A_COMMENDING = re.compile(
    r"(?<!\w)(?:từng|nhiều lần|lần thứ|nhiều năm(?: liền)?|liên tục|sẽ|dự kiến|kế hoạch|xét|xem xét|lễ|buổi|hội nghị|chương trình|hình thức)(?:\s+(?:đã\s+)?được)?\s*$",
    re.I,
)
_PASSIVE_BEFORE = re.compile(r"(?<!\w)[Đđ]ược(?:\s+[^,;]{2,50}?)?\s+$")  # 'được UBND huyện ' before the verb
# always matches: where the object after the verb begins (past how it was given: 'khen thưởng nóng', 'đột xuất')
# (past another commending verb joined to it: 'biểu dương (và) khen thưởng cho ...')
# a decision's commendation handed over, its owner then whom it is for ('trao quyết định khen thưởng đột xuất của Chủ tịch
# UBND tỉnh cho Tổ công tác 368')
_DECISION_BEFORE_VERB = re.compile(r"(?<!\w)[Qq]uyết định\s*$")
_OWNER_THEN_GIVEN_TO = re.compile(r"(?:\s+(?:nóng|đột xuất|kịp thời))?(?=\s+của\s)" + DECISION_OWNER.pattern + r"\s+cho\s+")
_CHO_AFTER = re.compile(
    r"(?:\s*,?\s*(?:và\s+)?(?:khen thưởng|biểu dương|tuyên dương|vinh danh)(?!\w))?\s*(?:(?:nóng|đột xuất|kịp thời)\s+)?(?:cho\s+)?"
)
# given, not proposed: 'khen thưởng theo thẩm quyền'; a proposal told granted ('đã đề nghị và được cấp trên khen thưởng')
_OWN_AUTHORITY = re.compile(r"(?<!\w)(?:theo thẩm quyền|đề nghị\s+và\s+(?:đã\s+)?được)(?!\w)", re.I)
# a giving of the proposer's own after its proposal, in the proposal's clause ('..., đồng thời khen thưởng theo thẩm
# quyền cho 40 tập thể'; not 'đề nghị UBND tỉnh khen thưởng theo thẩm quyền', the proposal's own words)
_OWN_AFTER_PROPOSAL = re.compile(
    r",?\s+(?:đồng thời|và|còn|cũng)\s+(?:(?:(?!đề nghị|đề xuất|trình)[^,;]){0,80}?\s)?theo thẩm quyền(?!\w)", re.I
)
# a decision told made on a proposal, in its clause ('..., đến nay đã có quyết định khen thưởng 10 tập thể')
_DECIDED_AFTER_PROPOSAL = re.compile(
    r",?\s+(?:(?:đến nay|hiện nay|đến thời điểm này)\s*,?\s*)?(?:đã\s+)?(?:có|ban hành)\s+quyết định\s+khen thưởng(?!\w)", re.I
)
# a giver and its bare giving after a comma, as a proposal's next item ('..., Chủ tịch UBND tỉnh tặng Bằng khen cho ...'),
# with no word of a giving done or told apart ('đã', 'được', 'còn', 'đồng thời')
_ASKED_IN_TURN = re.compile(
    r"\s*,\s*(?:(?!(?<!\w)(?:đã|được|vừa|cũng|đang|sẽ|còn|đồng thời|và|trong đó)(?!\w))[^,;:()]){2,60}?"
    r"(?<=\w)\s+(?:trao tặng|tặng thưởng|tặng|công nhận|khen thưởng)(?!\w)",
    re.I,
)
_LISTS = re.compile(r"[^,;.:]{0,60}:")  # a proposal that opens a list: 'đề nghị Chủ tịch UBND tỉnh tặng Bằng khen:'
# a list of a total's parts, after a colon ('...; trong đó: ...', '..., trong số đó:')
_PARTS_LISTED = re.compile(r"(?:^|,)\s*[Tt]rong (?:số )?đó\s*:")
_AGENT = lexicon.cue("agent")
# the one asked passing a proposal on to another ('đề nghị Sở Nội vụ trình Chủ tịch UBND tỉnh tặng ...')
_RELAYED = re.compile(r"\s(?:trình|đề nghị|đề xuất)\s+(?:lên\s+)?")
# a list of givings after the colon that ends an agent's phrase, opening with one's giver ('...: Thủ tướng Chính phủ tặng')
_GIVING_LISTED = re.compile(
    r"[^:;.,]{0,24}:\s+(?P<who>[^,;:.()]{3,80}?)\s+(?:đã\s+)?(?:tặng thưởng|trao tặng|tặng|công nhận|khen thưởng|phong tặng)(?!\w)"
)
_ACTIVE = lexicon.cue("active-verb")
_PERIOD = lexicon.cue("period")
_PERIOD_SPAN = lexicon.cue("period-span")
_ANAPHOR = lexicon.cue("at-the-event")
_CONTINUE = lexicon.cue("continues")
# a commendation the clause says is to come: 'sẽ' or 'dự kiến' right before its verb ('dự kiến sẽ có 20 tập thể được ...')
_PLANNED_GIVING = re.compile(
    # (not a striving that was rewarded: 'không ngừng phấn đấu và được tặng Bằng khen')
    r"(?<!\w)(?:sẽ|[Dd]ự kiến|[Pp]hấn đấu|[Đđ]ặt mục tiêu)\s+(?:(?:sẽ|được|tiếp tục|tổ chức|có)\s+)?(?:(?!và\s)(?:(?!\svà\s)[^,;.]){0,60}?\s+được\s+)?"
    r"(?:khen thưởng|tặng|trao tặng|biểu dương|tuyên dương|công nhận|vinh danh|truy tặng)(?!\w)"
)  # (not 'sẽ trao': an award given may be handed over later, 'Bộ trưởng sẽ trao Cờ thi đua cho Sở X vào tháng 8')
_OWN_TIME = lexicon.cue("own-time")  # a time of the sentence's own: not the event's
# the time of what is rewarded, not of the giving ('cho 15 tập thể có thành tích xuất sắc năm 2023', 'điển hình tiên tiến
# giai đoạn 2019 - 2024', 'hoàn thành xuất sắc nhiệm vụ năm học 2022-2023')
_ACHIEVED_IN = re.compile(
    r"(?<!\w)(?:thành tích|nhiệm vụ|tiêu biểu|tiên tiến|xuất sắc)(?:\s+[^\s,;.]+){0,8}?\s+(?:năm học|năm|giai đoạn)\s+"
    r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)"
)


def _own_time(told: str) -> bool:
    """Whether a clause tells a time of its own, the time of what it rewards left out."""
    return _OWN_TIME.search(_ACHIEVED_IN.sub(" ", told)) is not None


# a ranking voted on ('suy tôn', 'bình chọn', 'thống nhất lựa chọn X là đơn vị dẫn đầu'): voted at the article's meeting
_VOTED = lexicon.cue("voted")
# a unit that receives an award, with no giver's verb of its own ('..., nhận Cờ thi đua', 'được nhận Cờ thi đua')
_RECEIVES_BARE = re.compile(r"(?<!\w)(?:được\s+)?nhận\s+$")
# the units voted for, then straight on to receiving ('suy tôn tỉnh A, tỉnh B nhận Bằng khen'): the bloc's nomination;
# not one voted for something else that receives besides ('xã A được bình chọn là xã tiêu biểu và nhận Bằng khen')
_VOTED_TO_RECEIVE = re.compile(r"(?<!được )" + _VOTED.pattern + r"\s+[^;:.]{2,160}?(?<!\svà)\s+(?:được\s+)?nhận\s+$")
# a leader or a rank named by a vote ('A là đơn vị dẫn đầu', 'là đơn vị xếp thứ nhì')
_RANKED_IN = re.compile(r"(?<!\w)là\s+(?:đơn vị|tập thể)\s+(?:dẫn đầu|xếp thứ|đứng đầu|xuất sắc)", re.I)
_VOTED_THEN_PROPOSED = re.compile(
    # (or weighed, then proposed: 'bình xét Ban X đề nghị UBND tỉnh tặng Cờ thi đua'; a council's weighing alone is
    # no vote: _CONSIDERS)
    rf"(?:{_VOTED.pattern}|(?<!\w)bình xét(?!\w))"
    + r"\s+(?P<who>[^,;:]{2,120}?(?:,\s*[^,;:]{2,60}?)*)\s*,?\s+(?:để\s+)?(?:đề nghị|đề xuất)(?!\w)"
)
# a unit said to be one of the best, before the award proposed for it ('xã X là đơn vị xuất sắc ..., đề nghị ...')
# or the head of its bloc with no noun said ('suy tôn UBND huyện X dẫn đầu Cụm, đề nghị ...')
_AS_UNIT = re.compile(
    r"\s+(?:là\s+(?:một\s+)?(?:đơn vị|tập thể|địa phương)\s+(?:dẫn đầu|xuất sắc|tiêu biểu)"
    r"|(?:là\s+)?dẫn đầu\s+(?:[Cc]ụm|[Kk]hối|phong trào)(?!\w))(?!\w)"
)
# a sentence opening on a time of its own, before the event told ('Năm 2023, ...', 'Trước đó, ...', 'Trong năm qua')
_OPENS_WITH_OWN_TIME = re.compile(  # (after a topic or an aside: 'Về công tác khen thưởng, năm 2023, ...', 'Được biết, ...')
    f"(?:{lexicon.cue('topic-lead').pattern}|{lexicon.cue('aside-lead').pattern})"
    + r"?(?:(?:[Tt]rong\s+)?(?:[Nn]ăm\s+(?:\d{4}|qua)|[Tt]rước đó|[Tt]ừ đầu năm|[Gg]iai đoạn\s+\d{4}"
    # (a part of the year: 'Trong 6 tháng đầu năm, ...', 'Quý I/2024, ...')
    + r"|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|[Qq]uý\s+(?:IV|I{1,3}|\d))(?!\w)"
    # ('Trong năm, ...', or before its subject with no comma: 'Về công tác khen thưởng, trong năm UBND tỉnh đã trình ...',
    # 'trong năm ủy ban nhân dân huyện đã đề nghị ...', 'Trong năm toàn huyện có ...'; not a time to come: 'trong năm tới')
    + r"|[Tt]rong (?:năm|tuần|tháng|quý)(?:\s*,|\s+(?!(?:tới|sau|kế tiếp)(?!\w))(?=[^\W\d])))"
)
_WILL = re.compile(r"(?<!\w)(?:sẽ|dự kiến)(?!\w)")  # 'Bộ trưởng sẽ trao Cờ thi đua ...': a handing to come
# a giving said to come, before the award it gives ('sẽ (xét) tặng', 'dự kiến sẽ công nhận')
# (not 'sẽ trao Cờ thi đua cho Sở X vào tháng 8': an award given, its handing over to come)
# a target set, before the award it aims at ('huyện phấn đấu có 5 xã đạt Cờ thi đua', 'các đơn vị đăng ký thi đua đạt
# danh hiệu ...'), not the striving an award rewards ('đã nỗ lực phấn đấu, được tặng Bằng khen')
_AIMED = re.compile(
    r"(?<!\w)(?:phấn đấu(?:\s+(?:đến\s+)?(?:năm\s+\d{4}|trong năm(?:\s+\d{4})?)\s*,?)?\s+(?:có|đạt|để|giữ vững|trở thành|\d)"
    r"|đăng ký(?:\s+thi đua)?\s+(?:đạt|phấn đấu|danh hiệu|giữ vững)"
    # ('Mục tiêu đến năm 2025 có 10 thôn đạt ...', 'Chỉ tiêu năm 2024: 95% hộ đạt ...'; not one met: 'vượt chỉ tiêu, có ...')
    r"|(?<!vượt )(?<!thành )(?<!đạt )(?:mục tiêu|chỉ tiêu)(?:\s+(?:(?:đến|trong)\s+)?năm(?:\s+\d{4})?)?\s*:?\s+(?:là\s+)?(?:có|đạt|\d+))(?!\w)",
    re.I,
)
# the counts a target goes on to after 'và' or a comma, each with its verb ('phấn đấu có 90% hộ đạt danh hiệu Gia đình văn
# hóa và 10 thôn đạt danh hiệu Thôn văn hóa'): aimed at too
_COUNT_GOES_ON = re.compile(r"\s*,?\s*(?:và\s+)?(?:có\s+)?\d")
# a quota a count is the most of ('không quá 5 tập thể', 'tối đa 10 cá nhân'): a rule of how many may be, no one given
_CAPPED = re.compile(r"(?<!\w)(?:không\s+(?:được\s+)?(?:vượt\s+)?quá|tối đa(?:\s+(?:là|không quá))?)\s*:?\s*$", re.I)
_TO_COME = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến(?:\s+sẽ)?)\s+(?:được\s+)?(?:xét\s+)?(?:tặng thưởng|tặng|công nhận|truy tặng|phong tặng|khen thưởng)(?!\w)"
    # (or a proposal to come: 'sẽ được lựa chọn để đề nghị Chủ tịch UBND tỉnh tặng ...', 'sẽ trình Thủ tướng tặng ...')
    r"|(?<!\w)(?:sẽ|dự kiến(?:\s+sẽ)?)\s+(?:được\s+)?(?:(?:xem xét|xét chọn|lựa chọn|chọn|tổng hợp)\s+(?:(?:để|và)\s+)?)?"
    r"(?:đề nghị|trình)(?!\w)",
    re.I,
)
# a commemorative medal named in an event's name ('Lễ trao Kỷ niệm chương “Vì sự nghiệp ...”')
_MEDAL_WORD = re.compile(r"[Kk]ỷ niệm chương")
# the givers a locality's proposal addresses: a later clause naming one of them as giver goes on proposing
_ADDRESSED_BY_PROPOSALS = frozenset({"Chủ tịch nước", "Thủ tướng Chính phủ"})
# a title said of those a count names, what they are ('42 cá nhân là chiến sĩ thi đua')
_HELD_AS = re.compile(r"(?<!\w)là\s+(?:(?:các|những)\s+)?(?:danh hiệu\s+)?[“\"]?$")
# a ceremony named by the commending done at it ('Lễ tuyên dương, khen thưởng ...', 'Lễ vinh danh ...')
# (or held to give a contest's prizes: 'Lễ trao giải Cuộc thi ...', 'Lễ bế mạc và trao giải ...', 'Lễ trao thưởng')
_COMMENDING_CEREMONY = re.compile(
    r"(?<!\w)(?:khen thưởng|tuyên dương|biểu dương|vinh danh|tôn vinh|trao giải|trao thưởng|phát thưởng)(?!\w)", re.IGNORECASE
)
_DECISION_CITED = lexicon.cue("decision-number")  # a decision by its number, and the day it was signed
# a meeting held to commend, by its name's first words ('Hội nghị biểu dương điển hình tiên tiến'; not 'Hội nghị tổng kết
# công tác thi đua, khen thưởng', which reviews a year and may tell its grants)
_HELD_TO_COMMEND = re.compile(r"(?:Hội nghị|Buổi|Chương trình|Lễ)\s+(?:gặp mặt,?\s+)?" + _COMMENDING_CEREMONY.pattern, re.I)
# or one its name says is held to review and to commend ('Hội nghị tổng kết 10 năm phong trào và biểu dương điển hình
# tiên tiến', 'Tọa đàm và tuyên dương 20 phụ nữ tiêu biểu'; not 'tổng kết công tác thi đua và khen thưởng', the work)
_ALSO_TO_COMMEND = re.compile(r"(?<!\w)(?<!thi đua )và\s+" + _COMMENDING_CEREMONY.pattern, re.I)
# received in person, now (not 'công nhận', 'ghi nhận', 'xác nhận', 'tiếp nhận', 'thừa nhận'; not 'đã nhận', 'từng nhận')
_RECEIVES = re.compile(r"(?<!\w)(?<!đã )(?<!từng )(?:vinh dự\s+)?" + RECEIVING)
# a passive handing-over: 'được trao cho', 'được Chủ tịch UBND tỉnh trao tặng' (not 'đã được trao' in the past)
_HANDED = re.compile(r"(?<!\w)(?<!đã )(?<!từng )được\s+(?:[^\s,;.]+\s+){0,6}?trao(?:\s+tặng)?(?!\w)(?!\s+đổi)")
# a giving told as done (not 'đã từng tặng', a record; not 'sẽ tặng', to come)
_GIVES_NOW = re.compile(r"(?<!\w)(?<!từng )(?<!sẽ )(?:trao tặng|tặng thưởng|tặng|khen thưởng)(?!\w)")
# a clause told at an occasion it names, or its close, which the article's one event is not ('Tại Liên hoan, Ban Tổ chức
# tặng ...', 'Kết thúc liên hoan, ...' in an article about a contest; the event's own are read before: 'Tại hội nghị')
_AT_AN_OCCASION = re.compile(
    r"\W*(?:[Tt]ại|[Nn]hân dịp|[Kk]ết thúc|[Bb]ế mạc)\s+(?:[Ll]ễ|[Ll]iên hoan|[Hh]ội thi|[Hh]ội diễn|[Hh]ội thao|[Nn]gày hội|[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi|"
    r"[Cc]hương trình|[Gg]iải)(?!\w)"
)
# a meeting that reviews the work of emulation and commendation ('tổng kết công tác thi đua, khen thưởng', 'TĐKT')
_REVIEWS_COMMENDING = re.compile(r"(?<!\w)(?:thi đua\s*(?:,|[-–]|và)?\s*khen thưởng|TĐKT|TĐ-KT)(?!\w)", re.I)
# a giving in the passive: a year's tallies at a meeting that reviews it are told in it ('có 15 tập thể được tặng Bằng
# khen', 'được UBND tỉnh khen thưởng'; not the result of a verb: 'Với những thành tích đạt được, ...')
_PASSIVE = re.compile(r"(?<!\w)[Đđ]ược\s+(?:[^,;]{1,60}?\s+)?(?:trao|tặng|khen thưởng|nhận|đón nhận|công nhận)(?!\w)")
_GOT_BEFORE = re.compile(r"(?<!\w)được\s+$")  # 'được nhận Bằng khen': got one, not received for another
_ON_BEHALF = lexicon.cue("on-behalf-of")
_DELEGATED_BY = lexicon.cue("delegated-by")
_YEAR_LEAD = lexicon.cue("year-lead")
TIME_LEAD = lexicon.cue("time-lead")
_REASON = lexicon.cue("reason")
_BREAKDOWN_FOLLOWS = lexicon.cue("breakdown-follows")
_BREAKDOWN_WITHIN = lexicon.cue("breakdown-within")
_BREAKDOWN_LEAD = lexicon.cue("breakdown-lead")
_GRANT_VERB = lexicon.cue("grant-verb")
# awards handed over in the passive, right after them and their classes ('... các hạng đã được trao tặng cho'): no holder
# counted, whatever the verb before
_HANDED_AFTER = re.compile(r"(?:\s+các\s+(?:hạng|loại))?\s+(?:(?:đã|cũng|vừa)\s+)*được\s+(?:trao tặng|trao|gắn)(?!\w)")
# (nor titles counted, then recognised in the passive, by a giver or none, a word or three between: '15 tập thể lao động
# xuất sắc được (UBND tỉnh) công nhận', '8 gia đình văn hóa tiêu biểu năm 2023 được công nhận')
_RECOGNISED_AFTER = re.compile(
    r"(?:\s+(?!được(?!\w))[^\s,;.]+){0,3}?\s+(?:(?:đã|cũng|vừa|đều)\s+)*được\s+(?:[^,;.]{1,60}?\s+)?(?:xét\s+)?công nhận(?!\w)"
)
_CUMULATIVE = lexicon.cue("cumulative")
_UNIT_HISTORY = lexicon.cue("unit-history")
# a person's title the article gives to collectives, told by its name without 'Tập thể': the collective's own title
_COLLECTIVE_FORM = {"lao-dong-tien-tien": "tap-the-lao-dong-tien-tien"}
_HABITUAL = lexicon.cue("habitual")
_EVENT_TO_COME = lexicon.cue("event-to-come")
_ACHIEVEMENT = lexicon.cue("achievement-period")


_ITEM_REACH = 120  # a count, its noun and what is said of them (_DESCRIPTION_MAX), at the end of the list before an item


# a place's organs listed before the last of them, a joint subject ('Thành ủy, HĐND, UBND, Ủy ban MTTQ thành phố ...');
# not the issuer's code closing a decision's number ('Theo Quyết định số 99/QĐ-UBND, UBND huyện khen thưởng ...')
_JOINT_BEFORE = re.compile(r"(?<![-/])(?:" + LIST_HEADS + r")\s*(?:,|[-–]|và)\s*$", re.I)


_DESCRIPTION_MAX = 80  # characters: what a list's item says of those it counts, short of a clause of its own


def _total_in_turn(before: str, part: str) -> bool:
    """Whether `part` is a total told after 'là' ('số cá nhân là 15') and `before` ends on one ('... là 8')."""
    tail = before[-_ITEM_REACH:]  # (its last number only: a long list read again at each part would grow with its square)
    return total_in_turn(tail + ";" + part, len(tail) + 1) is not None


def _counted_item(before: str, part: str) -> bool:
    """Whether `part` goes on, after a semicolon, with a list of counts `before` ends with (its last count, and a short
    description of them): it opens with a count, and names no award and gives nothing of its own."""
    head = COUNT_LIST.match(part)
    if head is None or not (own := [c for c in counts_in(part[: head.end()]) if c.kind]) or own[0].start > 2:
        return False
    end = before[-_ITEM_REACH:]  # (its last count only: a long list read again at each item would grow with its square)
    tail = [c for c in counts_in(end) if c.kind]
    # (the count with what it says of them: 'cho 9 tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu; 6 chi bộ ...')
    said = end[tail[-1].end :] if tail else ""
    # (what they attained, with no award named, describes them: 'cho 12 tổ chức cơ sở đảng đạt tiêu chuẩn “Trong sạch,
    # vững mạnh” tiêu biểu; 45 đảng viên ...')
    verbs = [m for m in _GRANT_VERB.finditer(said) if m.group(0) != "đạt"]
    described = len(said) <= _DESCRIPTION_MAX and not find_awards(said) and not verbs
    return bool(tail) and described and not find_awards(part) and not _GRANT_VERB.search(part)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses end at ';', except in a list of counts ('cho: 45 tập thể; 120 cá nhân'), before ', trong đó', whose
    clause breaks the count before it down, and before ', còn', which opens another subject's."""
    out: list[tuple[int, str]] = []
    pos = 0
    # 'Các đồng chí: A, Bí thư ...; B, Trưởng thôn ... và C, ... được tặng Giấy khen': the people a list opens before
    # its verb are one subject, whatever semicolons part them
    listing = _PEOPLE_LIST_OPEN.match(text) is not None
    colon_list = False  # 'Các cá nhân được tặng Giấy khen gồm: ông A, ...; bà B, ...': the items after it, one list
    for part in text.split(";"):
        counted_on = COUNT_LIST.fullmatch(part.rstrip(" .")) is not None and bool(counts_in(part))
        # ('cho: 5 tập thể; 12 cá nhân có thành tích ...': the last item counted on, what they did after it)
        counted_on = counted_on or (bool(out) and _counted_item(out[-1][1], part))
        # ('Số tập thể được tặng Bằng khen là 8; số cá nhân là 15': a total in turn after one, of the same award)
        counted_on = counted_on or (bool(out) and _total_in_turn(out[-1][1], part))
        items = colon_list and not _GRANT_VERB.search(part)
        # 'trao danh hiệu cho thầy A, Hiệu trưởng ...; cô B, giáo viên ...': the people given to, listed on (and the
        # bodies beside them: 'tặng Huân chương cho Bệnh viện A; ông B, Giám đốc Sở C', 'cho Trường A; Trường B')
        # (the part read first: the clause before it, which grows as parts join it, only for a part that names one)
        people_on = bool(out) and (_PERSON_ITEM.match(part) is not None or _body_item(part)) and _gives_to_named(out[-1][1])
        people_on = people_on and not _GRANT_VERB.search(part) and not find_awards(part) and not counts_in(part)
        # 'Đồng chí A, Phó Bí thư Huyện ủy; đồng chí B, Phó Chủ tịch UBND huyện trao Giấy khen cho ...': people by their
        # titles, the verb after the last of them, one subject
        people_on = people_on or (
            bool(out)
            and _PERSON_OPENS.match(out[-1][1]) is not None
            and _PERSON_ITEM.match(part) is not None
            and not _GRANT_VERB.search(out[-1][1])
            and not find_awards(out[-1][1])
        )
        if out and (counted_on or items or people_on or (listing and not _GRANT_VERB.search(out[-1][1]))):
            start, prev = out.pop()
            out.append((start, prev + ";" + part))
        else:
            out.append((pos, part))
        colon_list = items or bool(_LIST_COLON.search(part))
        pos += len(part) + 1
    split: list[tuple[int, str]] = []
    for start, clause in out:
        # ('A được tặng Kỷ niệm chương, còn 5 giáo viên nhận Giấy khen': 'còn' after a comma opens a new subject's clause)
        cuts = sorted(
            {
                0,
                *(m.end() for m in _BREAKDOWN_WITHIN.finditer(clause) if _breaks_down(clause, m)),
                *(m.start() + 1 for m in _WHILE.finditer(clause)),
                *_another_giver(clause),
                *(m.start() + 1 for m in _AND_GIVES_AGAIN.finditer(clause) if _given_to_before(clause, m.start())),
                *_receivers_in_turn(clause),
                # ('A được UBND tỉnh tặng Bằng khen và được đề nghị Thủ tướng tặng Bằng khen': given, then proposed)
                *(m.start() + 1 for m in _AND_PROPOSED_TOO.finditer(clause) if find_awards(clause[: m.start()])),
                # ('Năm 2021, Sở được Bộ tặng Cờ thi đua, năm 2022 được Thủ tướng tặng Bằng khen': another year's giving)
                *(m.start() + 1 for m in _IN_ANOTHER_YEAR.finditer(clause) if find_awards(clause[: m.start()])),
                # ('UBND xã đã khen thưởng cho 5 tập thể, đồng thời đề nghị UBND huyện tặng Giấy khen cho 2 tập thể': a
                # giving, then a proposal to recipients of its own)
                *(m.start() + 1 for m in _THEN_PROPOSES_ITS_OWN.finditer(clause) if _has_given(clause[: m.start()])),
                # ('bình chọn xã A là đơn vị dẫn đầu Cụm để đề nghị UBND huyện tặng Cờ thi đua': the ranking, then the
                # proposal it is for, as after a comma)
                *(m.start() for m in _FOR_PROPOSAL.finditer(clause) if _RANKED_IN.search(clause, 0, m.start())),
                *_own_then_counted(clause),
                len(clause),
            }
        )
        split += [(start + a, clause[a:b]) for a, b in pairwise(cuts) if b > a]
    return split


_FOR_PROPOSAL = re.compile(r"(?<!,)\s(?=để\s+đề nghị\s)")  # (after a comma, the clause reads it whole)
# a subject that receives in the passive, up to its first award ('Huyện được UBND tỉnh tặng '); the next award after
# 'và' (past what is said of the first: 'Cờ thi đua xuất sắc năm 2022 và '), given 'cho' a count of its own
_SUBJECT_RECEIVES = re.compile(r"[^,;]*?[^\W\d][^,;]*?\s(?:(?:đã|vừa|cũng)\s+)*được\s+[^,;]{0,80}?(?:trao tặng|tặng thưởng|tặng|trao)\s+")
_AND_ANOTHER_AWARD = re.compile(r"(?:(?!\scho\s)[^,;]){0,40}?\s(?=và\s+$)")
_GIVEN_TO_COUNT = re.compile(r"(?:(?!\scho\s)[^,;]){0,60}?\s+cho\s+")


def _own_then_counted(clause: str) -> list[int]:
    """'Huyện được UBND tỉnh tặng Cờ thi đua và Bằng khen cho 3 tập thể': the subject's award in the passive, then
    another given 'cho' those counted: a clause of its own from 'và' (not 'được tặng Cờ thi đua và Bằng khen', both the
    subject's; nor '3 tập thể được tặng ...', a counted subject; nor 'tặng Bằng khen và Giấy khen cho 5 giáo viên', no
    subject receiving: both theirs)."""
    if "được" not in clause or "và" not in clause or "cho" not in clause:
        return []
    awards = find_awards(clause)
    if len(awards) < 2 or not _SUBJECT_RECEIVES.fullmatch(clause, TIME_LEAD.match(clause).end(), awards[0].start):
        return []
    if any(c.kind for c in counts_in(clause[: awards[0].start])):
        return []
    first, second = awards[0], awards[1]
    between = _AND_ANOTHER_AWARD.match(clause, first.end, second.start)
    to = _GIVEN_TO_COUNT.match(clause, second.end)
    if between is None or to is None:
        return []
    counted = [c for c in counts_in(clause[to.end() :]) if c.kind]
    return [between.end()] if counted and counted[0].start == 0 else []


# after a comma, a person by an honorific, who gives in turn ('..., đồng chí A đã trao ...') or receives in turn ('...,
# ông A được tặng Giấy khen của UBND huyện')
_COMMA_PERSON = re.compile(rf",\s+(?=(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à)\s+[{UPPER}])")
_COMMA_UNIT = re.compile(rf",\s+(?=[{UPPER}]|(?i:{levels.ANY}|{levels.BELOW_COMMUNE})\s)")
# after a comma, a count with a passive verb of its own, the count before it commended whole by one of its own, with no
# award: not 'có 15 mẹ được phong tặng, 30 mẹ được truy tặng danh hiệu ...', whose award the two share; not counts one
# verb after them has, 'trong đó 12 tập thể, 18 cá nhân được ...'; nor a count and another verb, '598 cá nhân và công
# nhận ...'
# a count's number in digits, or in words before its noun ('4 đơn vị', 'bốn đơn vị'; not 'năm 2023')
_COUNT_NUMBER = rf"\d+|(?={COUNTED})[^\W\d]+"
_COMMA_COUNT = re.compile(rf",\s+(?={_COUNT_NUMBER})")
# after a comma, each or all of a kind receiving in turn ('Công an xã X được tặng Giấy khen, mỗi cá nhân được tặng Giấy
# khen kèm 1 triệu đồng')
_COMMA_EACH = re.compile(rf",\s+(?=(?:mỗi|các|những)\s+(?:{NOUN_RE})\s+(?:(?:đã|cũng|vừa|đều)\s+)*được\s)")
_COUNT_THEN_PASSIVE = rf"(?:\d|(?={_COUNT_NUMBER}))[^,;]{{2,60}}?\s+(?:(?:đã|cũng|vừa)\s+)*được"
_COUNTED_RECEIVE = re.compile(_COUNT_THEN_PASSIVE + r"(?!\w)")
_COUNTED_RECEIVED_BEFORE = re.compile(_COUNT_THEN_PASSIVE + r"\s+(?:khen thưởng|biểu dương|tuyên dương|vinh danh|tôn vinh)(?!\w)[^,;]*$")
_UNIT_AFTER = re.compile(rf"(?i:{levels.ANY}|{levels.BELOW_COMMUNE})\s+(?-i:[{UPPER}\d])")
_RECEIVES_IN_TURN = re.compile(r"[^,;]{2,80}?\s+(?:(?:đã|cũng|vừa|vinh dự)\s+)*(?:được|nhận)(?!\w)")
# after 'và', a body that gives in turn ('A trao giải cho các đội thi và Ban Thường vụ Huyện ủy đã tặng Giấy khen ...'),
# not one that receives ('... và Trường B được UBND tỉnh tặng ...')
_AND_THEN = re.compile(r"\s+và\s+")
_AND_GIVER_NEXT = re.compile(r"\s*và\s")  # (the next predicate, another giver's, joined by 'và' to the one before)
_ALSO_GIVEN = re.compile(
    r"\svà\s+(?:(?:cũng|còn)\s+)?(?:được\s+)?(?:tặng thưởng|trao tặng|tặng|nhận|công nhận|phong tặng)(?:\s+danh hiệu)?\s*$"
)
# after 'và', the same giver's next handing-over, to recipients of its own ('trao Huân chương cho VĐV A và trao thưởng
# cho 6 vận động viên'): a predicate of its own
_AND_GIVES_AGAIN = re.compile(r"\s(?=và\s+(?:(?:đã|cũng)\s+)?(?:trao thưởng|trao tặng|trao|tặng|khen thưởng)\s+[^;,]{0,60}?cho\s)")
# after 'và' or a comma, those counted receiving an award of their own in turn ('Trường X nhận Cờ thi đua của Bộ và 4 giáo
# viên nhận Bằng khen', '..., 3 giáo viên được nhận Giấy khen', 'Cục được Bộ tặng Cờ thi đua, 4 đơn vị được Tổng cục trưởng
# tặng Cờ thi đua'): a clause of their own (a short reach: read at each comma and each 'và')
_COUNT_RECEIVES_IN_TURN = re.compile(
    rf"(?:,|\s(?=và\s))(?=\s*(?:và\s+)?(?:{_COUNT_NUMBER})\s+[^\d,;]{{2,40}}?\s+(?:(?:đã|cũng|đều)\s+)?(?:(?:vinh dự\s+)?(?:được\s+)?(?<!công )(?:nhận|đón nhận)"
    r"|được\s+(?:(?P<agent>[^\d,;]{2,60}?)\s+)?(?P<verb>trao tặng|tặng thưởng|tặng|khen thưởng))(?!\w))"
)
# after 'và', the same subject proposed for a further award ('... tặng Bằng khen và được đề nghị Thủ tướng tặng ...'), or
# after a comma, now or to come ('... đã được tặng Bằng khen, nay tiếp tục được đề nghị tặng Huân chương ...', '..., tới
# đây sẽ được đề nghị tặng ...')
# (the words of a predicate going on now, again or to come: 'nay tiếp tục', 'đồng thời', 'tới đây sẽ')
_NOW_OR_TO_COME = r"(?:nay|hiện nay|năm nay|tới đây|sắp tới)"
_GOING_ON_NOW = rf"(?:{_NOW_OR_TO_COME}\s+)?(?:(?:cũng|còn|đồng thời|tiếp tục|lại|sẽ)\s+)*"
_AND_PROPOSED_TOO = re.compile(
    r"\s(?=và\s+(?:(?:cũng|còn|đồng thời)\s+)?được\s+(?:đề nghị|đề xuất|trình)\s)"
    rf"|,(?=\s*{_GOING_ON_NOW}được\s+(?:đề nghị|đề xuất|trình)\s)"
)
# after a comma or 'và', another year's giving to the same subject, or by a giver of its own ('..., năm 2022 được Thủ
# tướng tặng Bằng khen', '... và năm 2023 tiếp tục được ...', '..., năm 2022 Bộ trưởng tặng Bằng khen')
_IN_ANOTHER_YEAR = re.compile(
    r"(?:,|\s(?=và\s))(?=\s*(?:và\s+)?(?:(?:đến|sang|tới)\s+)?năm\s+(?:19|20)\d{2}\s*,?\s+(?:[^,;]{0,60}?\s)?"
    r"(?:(?:đã|cũng|lại|tiếp tục|vinh dự)\s+)*(?:được|nhận|đón nhận|tặng|trao tặng|tặng thưởng)(?!\w))"
)
# (its recipients after 'cho' within a short reach: a long clause read again at each comma would grow with its square)
# (its proposer named before it: '..., đồng thời UBND huyện đề nghị tặng Giấy khen cho 3 cá nhân')
_THEN_PROPOSES_ITS_OWN = re.compile(
    rf",\s+(?=(?:và\s+)?(?:đồng thời\s+)?(?:[{UPPER}][^,;]{{1,60}}?\s+(?:(?:đã|cũng|tiếp tục)\s+)*)?(?:đề nghị|đề xuất|trình)\s[^;]{{0,120}}?\scho\s)"
)
# (nor one proposed for it: 'suy tôn A và Văn phòng Tỉnh ủy đề nghị tặng Bằng khen')
_GIVES_IN_TURN = re.compile(
    r"(?:(?!được|và|cho|đề nghị|đề xuất)[^,;]){2,80}?\s+(?:(?:đã|cũng|vừa)\s+)*(?:trao tặng|tặng|trao|khen thưởng|truy tặng)(?!\w)"
)


def _given_to_before(clause: str, at: int) -> bool:
    """Whether clause[:at] gives an award to recipients of its own ('trao Huân chương cho VĐV A'), not a decision alone
    ('trao quyết định công nhận và tặng Bằng khen cho ...': one handing-over, its award after 'và')."""
    awards = find_awards(clause[:at])
    return bool(awards) and _GRANT_VERB.search(clause, 0, at) is not None and re.search(r"\scho\s", clause[awards[-1].end : at]) is not None


def _inside_agent(clause: str, at: int) -> bool:
    """Whether `at` lies inside a passive's agent, its givers listed ('Trường X được UBND tỉnh và Bộ GD&ĐT tặng ...')."""
    return any(m.start("agent") <= at < m.end("agent") for m in _AGENT.finditer(clause, 0, at + 80) if m["agent"])


def _another_giver(clause: str) -> list[int]:
    """Where a clause that has given goes on with another giver's giving, after 'và' (a body), or after a comma (a
    person by an honorific, giving or given in turn: '... đã khen thưởng 12 tập thể, đồng chí A đã trao giấy khen của UBND
    huyện cho 2 tập thể'): a clause of its own."""
    return (
        [
            m.end()
            for m in _AND_THEN.finditer(clause)
            if names_a_body(clause[m.end() :])
            and _GIVES_IN_TURN.match(clause, m.end())
            and _GRANT_VERB.search(clause, 0, m.start())
            and not _inside_agent(clause, m.start())
        ]
        + [
            m.end()
            for m in _COMMA_PERSON.finditer(clause)
            if (_GIVES_IN_TURN.match(clause, m.end()) or _RECEIVES_IN_TURN.match(clause, m.end())) and _has_given(clause[: m.start()])
        ]
        + [
            # ('phường A được UBND tỉnh tặng Cờ thi đua, phường B được tặng Bằng khen': a unit or body receiving in turn)
            m.end()
            for m in _COMMA_UNIT.finditer(clause)
            if (_UNIT_AFTER.match(clause, m.end()) or names_a_body(clause[m.end() :]))
            and _RECEIVES_IN_TURN.match(clause, m.end())
            and _has_given(clause[: m.start()])
        ]
        + [
            # ('42 hội viên được biểu dương, 12 cá nhân được UBND huyện tặng Giấy khen': those counted receiving in turn)
            m.end()
            for m in _COMMA_COUNT.finditer(clause)
            if _COUNTED_RECEIVE.match(clause, m.end())
            and _COUNTED_RECEIVED_BEFORE.search(clause, max(0, m.start() - 120), m.start())
            and _counted_at(clause, m.end(), 40)
            and _has_given(clause[: m.start()])
        ]
        + [m.end() for m in _COMMA_EACH.finditer(clause) if _has_given(clause[: m.start()])]
    )


# a sentence of rows of a table of awards, each its award's counts after its colon, after a lead at most ('Trong đó:
# Huân chương Lao động hạng Ba: 01 tập thể; Cờ thi đua của UBND tỉnh: 04 tập thể.')
_ROWS_LEAD = re.compile(r"\s*(?:[Tt]rong đó|[Cc]ụ thể|(?:[Bb]ao\s+)?[Gg]ồm)\s*[:,]?")
_ROW_OPENS = re.compile(r"[\s\-–•+*]*(?:[Dd]anh hiệu\s+)?")  # what a row opens with before its award ('- ', 'Danh hiệu ')
_ROW = re.compile(
    rf"{_ROW_OPENS.pattern}(?:{AWARD_START.pattern}|Chiến sĩ thi đua|Tập thể lao động|Lao động tiên tiến)[^;:.]{{0,120}}:\s*\d[^;:.]{{0,80}}"
)


def _rows_before(text: str) -> bool:
    """Whether the text before an award's row is nothing but its sentence's lead and the rows before it."""
    lead = _ROWS_LEAD.match(text)
    *rows, last = text[lead.end() if lead else 0 :].split(";")
    return _ROW_OPENS.fullmatch(last) is not None and all(_ROW.fullmatch(r.strip()) for r in rows)


def _receivers_in_turn(clause: str) -> list[int]:
    """Where counts receiving an award of their own after the award the clause gave open a clause of their own, not the
    last of the counts that award's verb is still to come for ('Cục được Bộ tặng Cờ thi đua, 16 tập thể và 35 cá nhân
    được Bộ trưởng tặng Bằng khen': a cut before '16', none before 'và 35'). The clause's awards are read once."""
    found = [m for m in _COUNT_RECEIVES_IN_TURN.finditer(clause) if _counted_at(clause, m.end(), 50)]
    awards = find_awards(clause) if found else []
    cuts = []
    for m in found:
        before = [a for a in awards if a.end <= m.start()]
        # (the award given right before, its owner after it at most: not one a sentence before, 'Lễ công bố Quyết định
        # phong tặng danh hiệu X ... Theo đó, 5 nhà giáo được ...')
        between = clause[before[-1].end : m.start()] if before else ""
        if (
            before
            and len(between) <= 60
            and "." not in between
            # (no count between, a list still awaiting its verb; unless those the award was given to, the passive after
            # them naming a giver of its own: 'tặng Giấy khen cho 5 tập thể, 10 đoàn viên được Ban Chấp hành Chi đoàn
            # khen thưởng')
            and ((m["agent"] is not None and _FOR_NEXT.match(between)) or not any(c.kind for c in counts_in(between)))
            # (an award of their own after it, or a commendation by a giver of their own)
            and (any(a.start >= m.end() for a in awards) or (m["agent"] is not None and m["verb"] == "khen thưởng"))
        ):
            cuts.append(m.start() + 1)
    return cuts


def _counted_at(clause: str, at: int, reach: int) -> bool:
    """Whether the first count within `reach` letters after `at` counts recipients (a noun of a kind: '12 cá nhân', not
    '2 triệu đồng')."""
    return any(c.kind for c in counts_in(clause[at : at + reach])[:1])


def _has_given(before: str) -> bool:
    """Whether a clause's text gives to someone counted or gives an award (not only 'Được sự ủy quyền của X')."""
    return bool(_GRANT_VERB.search(before)) and (any(c.kind for c in counts_in(before)) or bool(find_awards(before)))


# a count's members named right after it ('2 cá nhân là ông A và bà B được tặng ...', '3 cá nhân gồm: A, B, C')
# (past the body they belong to: '2 cá nhân của Sở Y tế là bà A và ông B')
_APPOSED = re.compile(r"(?:\s+(?:của|thuộc)\s+[^,;:]{2,60}?)?\s*,?\s*(?:là|(?:bao\s+)?gồm(?:\s+có)?|:)\s*(?::\s*)?")


# a passive commendation at an event held by a body its clause names ('được vinh danh tại Lễ tuyên dương ... do X tổ chức')
_HONOURED_AT_HELD_BY = re.compile(
    r"(?<!\w)được\s+(?:khen thưởng|biểu dương|tuyên dương|vinh danh|tôn vinh)\s+tại\s+(?:[Ll]ễ|[Hh]ội nghị|[Đđ]ại hội|[Cc]hương trình"
    r"|buổi lễ|[Ll]iên hoan|[Hh]ội thi)[^,;.]{0,150}?\s+do\s+(?P<who>[^,;.]{3,80}?)\s+(?:phối hợp(?: với)?[^,;.]{0,80}?\s+)?tổ chức(?!\w)"
)


# the deed commended, said before whose it was ('khen thưởng (cho) hành động dũng cảm ... của em A')
_DEED_OF = re.compile(r"(?:hành động|thành tích|việc làm|nghĩa cử|tấm gương)(?:\s+[^\s,;.]+){0,14}?\s+của\s+")


# an award received from someone's hand, after the award and its owner ('nhận Bằng khen (của Bộ trưởng) từ (tay) ông A')
_FROM_HAND = re.compile(r"(?:\s+của\s+[^,;.]{3,60}?)?\s+từ\s+(?:tay\s+)?")
_FROM_OWNER = re.compile(r"(?<!\w)từ\s+(?:tay\s+)?$")


# the verb right before a recipient named before the award ('tặng Trường THCS X Bằng khen')
# (after the person's calling or rank: 'tặng ông A', 'truy tặng liệt sĩ B', 'tặng Đại úy C')
_GIVES_TO_FIRST = re.compile(rf"(?<!\w)(?:trao tặng|tặng thưởng|tặng)\s+(?:cho\s+|{HONORIFIC.pattern})?$")


def _dead_head_of(recipient: OrgRef | str | None, clause: str, award_at: int | None) -> str | None:
    """The dead head of a household an award is given to posthumously ('trao Huân chương ... (truy tặng) cho gia đình cụ
    A': A, the household receives it for them); None for any other recipient."""
    head = household_head(recipient)
    return head if head is not None and posthumous(clause, award_at) else None


def _given_before_award(doc: Document, base: int, award: AwardMention) -> OrgRef | str | None:
    """'Chủ tịch UBND tỉnh tặng Trường THCS X Bằng khen', 'tặng ông A Giấy khen': the one body or person named between
    the verb of giving and the award, right before it."""
    at = base + award.start
    for span in reversed([*agents(doc, base, at), *doc.spans("people", base, at)]):
        if doc.text[span.end : at].strip() == "" and _GIVES_TO_FIRST.search(doc.text, max(base, span.start - 30), span.start):
            value = span.value
            return value.name if isinstance(value, PersonMention) else value
    return None


def _not_apposed(clause: str, named: tuple[int, ...], counts: list, awards: list) -> tuple[int, ...]:
    """The people a clause names as recipients of their own, without those it names as a count's members before the
    award ('2 cá nhân là ông A và bà B được tặng Bằng khen': the two counted, not two more named)."""
    if not (named and counts and awards):
        return named
    for c in counts:
        members = [n for n in named if c.end <= n < awards[0].start]
        gap = _APPOSED.match(clause, c.end) if members and c.kind == "individual" else None
        if gap and (gap.end() == members[0] or HONORIFIC.fullmatch(clause, gap.end(), members[0])):
            return tuple(n for n in named if n not in members)
    return named


def _breaks_down(clause: str, m: re.Match[str]) -> bool:
    """Whether a breakdown's cue breaks a count down: counts in brackets do only after a count ('cho 45 tập thể, cá
    nhân (20 tập thể, 25 cá nhân)'); after an award, counted nowhere since the last brackets, they are its own
    ('Giấy khen (20 tập thể, 35 cá nhân), Bằng khen (5 tập thể)')."""
    if not clause.startswith("(", m.end()):
        # ('cho các tập thể, cá nhân có thành tích xuất sắc, gồm 5 tập thể và 10 cá nhân': what a plural counted
        # nowhere before is made of, read in its clause)
        return not _MADE_UP_OF.match(clause, m.end()) or bool(counts_in(clause[: m.start()]))
    since = clause.rfind(")", 0, m.start()) + 1
    if since == 0 and (mark := _BULLET.match(clause)) is not None:
        since = mark.end()  # ('1. Bằng khen của Chủ tịch UBND tỉnh (02 tập thể)': an item's number counts nothing)
    before = clause[since : m.start()]
    counted = counts_in(before)
    # ('khen thưởng 10 tập thể, 20 cá nhân, gồm: Bằng khen của Chủ tịch UBND tỉnh (5 tập thể), ...': an award named
    # after the last count, right before the brackets, is counted by them)
    awards = find_awards(before)
    return bool(counted) and not (awards and awards[-1].start > counted[-1].end)


_MADE_UP_OF = re.compile(r"(?:bao\s+)?gồm(?!\w)")
_WHILE = re.compile(r",\s+(?:còn|trong khi)\s")
# (or the recipients a giving verb's object opens: 'cho các đồng chí: A, ...; B, ...')
_LIST_COLON = re.compile(
    # (or 'cho' itself: 'tặng Bằng khen cho: Trường THCS A; ông B, Chủ tịch UBND xã C; bà D')
    # (or those it names again after 'gồm': 'cho các đồng chí nguyên lãnh đạo huyện, gồm các đồng chí: A, ...; B, ...')
    r"(?<!\w)(?:gồm(?:\s+có)?(?:\s+(?:các|những)\s+(?:đồng chí|đ/c|ông,\s*bà|ông|bà|cá nhân|tập thể|đơn vị))?|là|như sau|sau đây"
    r"|cho(?=\s*:)|cho\s+(?:các|những)\s+(?:đồng chí|đ/c|ông,\s*bà|ông|bà|tập thể|đơn vị|" + lexicon.person_nouns() + r")"
    # (or by the calling they share: 'cho các bác sỹ:', 'cho các nghệ nhân:')
    r"(?:\s+[^\s,;:.()]+){0,5}?)\s*:"  # (who they are, before the colon: 'cho các đồng chí lãnh đạo tỉnh:')
    # (or the award those given it receive: 'Các tập thể được tặng Cờ thi đua: Trường A; Trường B')
    r"|(?<!\w)được\s+(?:trao\s+)?(?:tặng|tặng thưởng|nhận)\s+[^:;.]{2,80}?:"
)

# a person's honorific next, opening a list of people with no colon ('gồm ông A và bà B')
_PERSON_NEXT = r"(?=\s+(?:ông|bà|anh|chị|đồng chí|đ/c|Đ/c|em|cháu)\s)"
# (or no colon, where the first of them follows with an honorific: 'Các cá nhân được tặng Giấy khen gồm ông A và bà B')
_LIST_OF_PERSONS = re.compile(rf"(?<!\w)(?:gồm(?: có)?|là){_PERSON_NEXT}")


# a part of an address: a district or a province by its level word and name ('thành phố Tân An', 'tỉnh Long An')
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
_ADDRESS_PART = re.compile(rf"\s*(?:huyện|tỉnh|thành phố|thị xã|quận|TP\.?)\s+[{UPPER}][\w']*(?:\s+[{UPPER}0-9][\w']*){{0,3}}\s*")
_ADDRESS_PART_BEFORE = re.compile(
    rf"(?<!\w)(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s+[{UPPER}0-9][\w']*(?:\s+[{UPPER}0-9][\w']*){{0,3}}\s*$", re.I
)


def _subject(clause: str, names: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The clause's subject (before its active verb), as offsets into the clause; (0, 0) if none. `names` are the
    spans of the bodies the clause names, whose commas cut nothing ('Bộ Văn hóa, Thể thao và Du lịch')."""
    lead = TIME_LEAD.match(clause)
    at = lead.end() if lead else 0
    at = _CLAUSE_LEAD.match(clause, at).end()  # '...; đồng thời Chủ tịch UBND huyện tặng ...': the conjunction is no subject
    # (not a verb that names the field of work: 'Công tác khen thưởng kịp thời: Chủ tịch UBND huyện đã tặng ...', nor
    # the topic a clause opens with: 'Về khen thưởng, đối với tập thể, Chủ tịch UBND huyện tặng ...')
    m = next((v for v in _ACTIVE.finditer(clause, at) if not names_the_work(clause, v) and not _TOPIC.fullmatch(clause, at, v.end())), None)
    if not m:
        return 0, 0
    end = at + len(_AUXILIARIES.sub("", clause[at : m.start()]))
    if coordinated := _VERBS_BEFORE.search(clause, at, end):
        # ('Thiếu tướng A, Giám đốc Công an tỉnh, đã đến thăm, khen thưởng ...': the verbs coordinated before the giving
        # one end the subject, as its own 'đã' would)
        end = coordinated.start()
    colon = clause.rfind(": ", at, end)  # '3. Khen thưởng cấp huyện: Chủ tịch UBND huyện tặng': after the item's label
    if colon != -1 and re.search(r"[^\W\d_]{2}", clause[colon + 1 : end]):
        at = colon + 2
    # 'Ghi nhận những thành tích đã đạt được, ngày 13/5 Thủ tướng Chính phủ đã tặng': the phrase before the verb
    comma = clause.rfind(",", at, end)
    if comma != -1 and not clause[comma + 1 : end].strip() and (prev := clause.rfind(",", at, comma)) != -1:
        # ('Ông A - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, trao ...': the title before the comma right before the verb,
        # the office that gives; not a plural's levels, 'các cấp bộ, ngành, tỉnh, khen thưởng')
        title_at = prev + 1 + len(clause[prev + 1 : comma]) - len(clause[prev + 1 : comma].lstrip())
        comma = prev if match_role(clause, title_at) and not _VERB_IN_TITLES.search(clause, title_at, comma) else comma
    # ('UBND phường X (quận Y, TP Z) tổ chức': nor do commas in brackets)
    while comma != -1 and (
        any(a < comma < b for a, b in names)
        or clause.rfind("(", at, comma) > clause.rfind(")", at, comma)
        # ('Chủ tịch UBND các huyện, thị xã, thành phố tặng ...': nor do commas in a plural's list of levels)
        or _PLURAL_LEVELS.search(clause, at, comma)
        # ('UBND phường 5, thành phố Tân An, tỉnh Long An tổ chức ...': nor those of the address after a body or a place)
        or (
            _ADDRESS_PART.fullmatch(clause, comma + 1, end) is not None
            and (any(b == comma for _, b in names) or _ADDRESS_PART_BEFORE.search(clause, at, comma) is not None)
        )
    ):
        comma = clause.rfind(",", at, comma)
    if comma != -1 and re.search(r"[^\W\d_]{2}", clause[comma + 1 : end]):
        at = comma + 1
        lead = TIME_LEAD.match(clause, at)
        at = lead.end() if lead else at
    dated = list(_DATE_IN_SUBJECT.finditer(clause, at, end))
    if dated and re.search(r"[^\W\d_]{2}", clause[dated[-1].end() : end]):
        at = dated[-1].end()  # '... đã đạt được ngày 13/5/2021 Thủ tướng Chính phủ đã tặng'
    # (its adverbs end it: 'Giám đốc Công an tỉnh cũng gửi thư khen X và khen thưởng 3 cán bộ')
    subject = re.split(r"(?<!\w)(?:đã|sẽ|đang|cũng)(?!\w)", clause[at:end])[0]
    if signs := _SIGNS_DECISION.search(subject):  # the giver signed the decision that gives
        subject = subject[: signs.start()]
    # (a passive after the adverbs that end it is no subject's giving either: '2 cá nhân của Sở Y tế cũng được tặng ...')
    # (a body's name counts as one word however it is spelled: 'Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu Nguyễn
    # Văn A' is no longer a subject than 'Chủ tịch UBND tỉnh ...')
    named = sum(min(b, at + len(subject)) - max(a, at) for a, b in names if a < at + len(subject) and b > at)
    if (
        len(subject) - named > 60
        or "được" in subject
        or _PASSIVE_AFTER_ADVERBS.match(clause, at + len(subject))
        or _BY_AGENT.search(subject)
    ):
        return 0, 0  # '... cho 28 đơn vị thuộc khối thi đua do tỉnh tổ chức': the agent of a relative clause
    return at, at + len(subject)


_BY_AGENT = re.compile(r"(?<!\w)do\s")
_PASSIVE_AFTER_ADVERBS = re.compile(r"\s*(?:(?:đã|sẽ|đang|cũng|vừa)\s+)+được(?!\w)")
# a verb after a title ('Giám đốc Công an tỉnh đã đến thăm, khen thưởng ...'): the title is the subject's, its verbs after
_VERB_IN_TITLES = re.compile(r"(?<!\w)(?:đã|đang|vừa|cũng|đến|thăm|động viên|chúc mừng)(?!\w)")
_TOPIC = re.compile(r"\s*(?:[Vv]ề|[Đđ]ối với)\s+(?:công tác\s+)?(?:thi đua,?\s+)?khen thưởng")
# a verb of giving with no passive before it: 'Chủ tịch UBND tỉnh đã tặng Cờ thi đua cho ...', not '... được tặng'
# (to recipients its clause goes on to: not '... xét tặng danh hiệu này; đến nay đã có 95 công dân được tôn vinh')
_GIVEN_ACTIVELY = re.compile(r"^(?:(?!được)[^;])*?(?<!\w)(?:tặng|trao tặng|khen thưởng|công nhận|truy tặng)\s[^;,]*?(?:(?<!\w)cho\s|\d)")
# a phrase of verbs coordinated with the giving one after it ('đến thăm, động viên và khen thưởng')
_VERBS_BEFORE = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|cũng)\s+)?(?:(?:đến\s+)?(?:thăm hỏi|thăm|động viên|chúc mừng|tặng quà|tặng hoa|gặp mặt|biểu dương|tuyên dương"
    r"|ghi nhận)(?:\s*,\s*|\s+và\s+))+$"
)
_EVENT_AS_SUBJECT = re.compile(r"\s*(?:[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi lễ)(?:\s+(?:lần này|này))?\s*")
_PLACE_APPOSITIVE = re.compile(r",\s*")  # between a body and the wider unit that places it
_PASSIVE_NEXT = re.compile(r"\s*(?:(?:đã|cũng|vinh dự)\s+)*được\s")
# a count with a verb of its own: a passive, or attaining ('..., 12 giáo viên đạt danh hiệu ...'), which opens a predicate
_ATTAINS_NEXT = re.compile(r"\s*(?:(?:đã|cũng|đều)\s+)*đạt(?:\s+được)?\s")
_COUNTS_JOINED = re.compile(r"\s*(?:,\s*|\s+và\s+)")  # between counts one subject joins: '35 tập thể và 62 cá nhân'
_OWN_VERB_NEXT = re.compile(r"\s*(?:khác\s+)?(?:(?:đã|cũng|vinh dự)\s+)*(?:được|đạt)\s")  # ("60 học sinh khác được": the others)
_DATE_IN_SUBJECT = re.compile(r"(?<!\w)(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d{2})?\s*,?\s*")
# a clause whose subject is 'he' or 'she' ('Đồng chí cũng trao ...'): the person of the sentence before
_ANAPHOR_SUBJECT = lexicon.cue("anaphor-subject")
_PRESENTS_GENERIC = lexicon.cue("presents-commendations")
# 'trao danh hiệu cho ...', 'trao quyết định truy tặng của Chủ tịch nước cho thân nhân ...', 'trao Quyết định của Chủ
# tịch nước cho thân nhân các mẹ': the title, unnamed (not 'trao danh hiệu “Nhà giáo Ưu tú”')
_TITLE_KINDS = ("honorary_title", "emulation_title")  # the awards a bare 'danh hiệu' names
# one collective by the word and the number of its unit ('cho tập thể lớp 12A1', 'cho tập thể Tổ 3', 'cho tập thể Đội 2')
_ONE_COLLECTIVE = re.compile(
    r"\s*cho\s+tập thể\s+(?P<unit>(?i:lớp|tổ|đội|chi đội|khoa|phòng|ban)\s+(?:số\s+)?\d{1,2}[A-ZĐ]?\d{0,2})(?![\w/])"
)
# 'cho ê-kíp cấp cứu của Bệnh viện X', 'cho tổ công tác', 'cho nhóm nghiên cứu của Trường Y': one team, unnamed but by
# its task and whose it is (singular: 'các nhóm' is a plural, uncounted)
# (or a crew, a team or a club that 'tập thể', singular, calls one: 'cho tập thể thuyền viên tàu cá X', 'cho tập thể đội
# bóng đá nữ của huyện'; not 'cho tập thể, cá nhân có thành tích', a plural)
_CREW_WORDS = r"(?i:thuyền viên|đội|tổ|ban|câu lạc bộ|CLB|chi hội|tổ hợp tác|hợp tác xã|phân xưởng)"
_ONE_TEAM = re.compile(
    rf"\s*cho\s+(?:tập thể\s+)?(?P<unit>(?:{TEAM_WORDS}|(?<=tập thể ){_CREW_WORDS})(?:\s+[^\s,;.:()]+){{0,12}}?)"
    r"(?=\s*(?:[,;.:(]|$)|\s+(?:gồm|vì|do|đã|vừa|có thành tích|trong|về|với|và|kèm|cùng)(?!\w))"
)
# a team, a squad, a delegation or a vessel's crew, singular, the subject of a passive giving, its words and what it did
# between ('Đội tuyển của huyện giành Cúp vô địch và được ...', 'Tàu cá QNg 90479 TS được ...'; not 'Các đội ...')
_TEAM_RECEIVES = re.compile(
    rf"{SUBJECT_OPENS}(?:(?i:đội tuyển|đội bóng(?:\s+đá)?|đoàn vận động viên|đoàn thể thao|câu lạc bộ|CLB|tàu cá|thuyền viên tàu)|{TEAM_WORDS})(?!\w)"
    rf"(?:\s+[^,;.:]{{1,100}}?(?:\s+và|,)?)?\s+(?:(?:đã|cũng|vinh dự|tiếp tục)\s+)*(?:được|nhận|đón nhận){PASSIVE_TO_AWARD}"
)
# a commune's body by its kind and the level word alone ('Hội Nông dân xã', 'Công an xã', 'Đoàn Thanh niên phường'), the
# subject of a passive giving, in an article that names no commune for it: one collective, left unnamed
_COMMUNE_BODY_RECEIVES = re.compile(
    rf"{SUBJECT_OPENS}(?:Hội (?:Nông dân|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Cựu chiến binh|CCB|Người cao tuổi|Chữ thập đỏ|Khuyến học)"
    r"|Đoàn (?:Thanh niên|TN|TNCS Hồ Chí Minh)|Công an|Ban Chỉ huy Quân sự|Ủy ban (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?|Mặt trận Tổ quốc"
    r"|Đảng ủy|Đảng bộ|Trạm Y tế)\s+(?:xã|phường|thị trấn)(?!\w)(?!\s+[" + UPPER + r"0-9])"
    rf"\s+(?:(?:đã|cũng|vinh dự|tiếp tục)\s+)*(?:được|nhận|đón nhận){PASSIVE_TO_AWARD}"
)
_JOINED_TO_TEAM = re.compile(r"\s+(?:và|cùng)\s+")  # ('cho tổ công tác và anh A': those joined to the team)
_LIST_OPENS = re.compile(r"[^,;.:]{0,60}?\s*cho\s*:\s*")  # what an award's list opens with, its items below ('... cho:')
# (or those it is handed to, in the plural, then the colon, as a heading opens its list: 'trao Bằng khen cho các cá nhân
# có hành động dũng cảm cứu người, gồm:', 'cho các tập thể sau:': _GIVEN_TO_ITEMS)
# (or in the plural, the sentence ending there, the next a lead of its own: 'trao Bằng khen cho các cá nhân có hành động
# dũng cảm. Các cá nhân được khen thưởng gồm:')
_PLURAL_TOLD = re.compile(r"[^,;.:]{0,60}?\s*cho\s+(?:các|những)\s+[^;:]{2,200}?[.!]?\s*")
# a lead of its own to the list of those an award was given to, right after the sentence that gave it: 'Các cá nhân
# được khen thưởng gồm:', 'Danh sách các tập thể được tặng Bằng khen:', 'Cụ thể như sau:'
_THOSE_LISTED_LEAD = re.compile(
    r"\W*(?:(?:[Dd]anh sách\s+)?(?:[Cc]ác|[Nn]hững)\s+(?:tập thể,?\s*(?:và\s+)?cá nhân|tập thể|đơn vị|"
    + lexicon.person_nouns()
    # (given to, as the plural says: not 'Các đại biểu dự lễ gồm:')
    + r")(?!\w)(?:\s+[^:;.]{0,40}?)?\s+(?:(?:vinh dự|đã)\s+)?(?:được|nhận)\s+(?:khen thưởng|khen|tặng|trao|nhận|tuyên dương|biểu dương|"
    r"vinh danh|công nhận)(?!\w)[^:;.]{0,80}?(?:\s+(?:bao\s+)?gồm(?:\s+có)?|\s+là)?"
    r"|[Cc]ụ thể(?:\s+như sau)?|[Dd]anh sách(?:\s+(?:cụ thể|khen thưởng))?(?:\s+như sau|\s+(?:bao\s+)?gồm(?:\s+có)?)?"
    r"|[Gg]ồm(?:\s+có)?)\s*:\s*"
)


def _unit_named(unit: str) -> str | None:
    """A team's words as its name where they name it by a number or a body ('lớp 12A1', 'kíp trực của Bệnh viện X'); a
    bare 'tổ công tác' names none."""
    return unit if any(c.isdigit() or c.isupper() for c in unit) else None


def _team_named(doc: Document, words: str, at: int) -> OrgRef | None:
    """The unit a team's words at `at` name: by its number or body, else the one the paragraphs before named in full
    ('cho tổ công tác' after 'Tổ công tác Phòng Cảnh sát hình sự'); a unit, no person of that name; None where unnamed."""
    unit = _unit_named(words) or told_in_full_before(doc, words, at)
    return unit_as_written(unit) if unit else None


_ORDER_WORD = re.compile(r"(?<!\w)[Hh]uân chương(?!\w)")
# a list its plural's kind opens, after a colon ('các cá nhân: ông A, bà B', '; các tập thể: Trường X, Trường Y')
_TYPED_LIST = re.compile(rf"(?:^\W*|\s+(?:và\s+)?)(?:các|những)\s+(?P<noun>{NOUN_RE})\s*:\s*(?P<names>[^.;:()]+)", re.I)
_PRESENTS_TITLE = re.compile(
    rf"(?<!\w)trao(?:\s+tặng)?\s+(?:danh hiệu(?!\s+[“\"«]?[{UPPER}])|(?i:quyết định)\s+(?:truy tặng|phong tặng|của\s+(?i:chủ tịch nước))"
    r"|(?i:bằng)\s+(?:truy tặng|phong tặng|Anh hùng)|(?i:giấy|bằng)\s+công nhận)(?!\w)"  # ('trao Bằng truy tặng cho thân nhân các mẹ', 'trao Bằng Anh hùng cho ...': the title's own certificate; 'trao Giấy công nhận cho khóm': a unit's)
    # ('trao Quyết định và Bằng Anh hùng cho thân nhân liệt sĩ', 'trao Quyết định cho gia đình': the decision, and the
    # certificate by the title's first word)
    r"|(?<!\w)trao(?:\s+tặng)?\s+(?i:quyết định)(?:\s+và\s+(?i:bằng)(?:\s+(?:Anh hùng|danh hiệu|công nhận)))?\s+(?:cho|tới)(?!\w)"
)
# 'dự và trao giải', 'trao giải thưởng cho các cán bộ Đoàn': a prize, unnamed (not 'trao giải Nhất', 'trao Giải thưởng X')
_PRESENTS_PRIZE = re.compile(r"(?<!\w)trao(?:\s+tặng)?\s+(?:các\s+)?giải(?:\s+thưởng)?(?=\s+cho(?!\w)|\s*(?:[.,;]|$))")
_PRIZE_NAME = re.compile(r"(?i:giải thưởng)\s")  # a prize's own name: 'Giải thưởng Lý Tự Trọng', 'Giải thưởng “Sao Khuê”'
_THEN_GIVEN = lexicon.cue("then-given")
# a proposal approved by the giver it names ('... và được UBND tỉnh chấp thuận'): that giver's
_APPROVED_BY = re.compile(
    r"(?<!\w)được\s+(?P<agent>[^,;:]{2,60}?)\s+(?:chấp thuận|phê duyệt|đồng ý|thống nhất|quyết định khen thưởng)(?!\w)"
)
_AUXILIARIES = lexicon.cue("auxiliaries")
_SIGNS_DECISION = lexicon.cue("signs-decision")
_NEXT_GIVING = lexicon.cue("next-giving")


_AND = re.compile(r",?\s+và\s+|,\s+")
_TO_SOMEONE = re.compile(r"(?<!\w)cho\s")
# between one award's recipients and the next award, the title's word or its quote before it ('và danh hiệu Nhà giáo Ưu
# tú cho ...', 'và “Chiến sĩ thi đua cơ sở” cho ...')
_AND_NEXT_AWARD = re.compile(r"(?:,?\s+và|,)\s+(?:danh hiệu\s+(?:vinh dự\s+(?:Nhà nước\s+)?)?)?[“\"]?$", re.I)
_CHO = re.compile(r"[”\"]?(?:\s+của\s+[^,;]{3,60}?)?\s+cho\s")
# a passive going on with no subject of its own ('...; được Thành đoàn tặng Huy hiệu ...'); a giving verb right before the
# award, and nothing after it but the clause's end ('...; UBND huyện tặng Giấy khen.')
_PASSIVE_GOES_ON = re.compile(r"\W*(?:(?:và|cũng|đồng thời)\s+)*được\s")
_GIVES_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:(?:cũng|đã)\s+)*(?:tặng|trao tặng|tặng thưởng|trao)\s+$")
_NOTHING_AFTER = re.compile(r"\s*[.;]?\s*")
# a predicate that goes on from the one before it, about the same recipient: ', đề nghị UBND tỉnh tặng Cờ thi đua'
# (or for it: '... là đơn vị dẫn đầu Cụm để đề nghị UBND huyện tặng Cờ thi đua'; or a clause cut before 'và' or after
# a comma, now: 'và được đề nghị tặng Huân chương ...', ' nay tiếp tục được đề nghị tặng ...')
_FOLLOW_ON = re.compile(
    rf"(?:,\s+(?:(?:và|để)\s+)?|\s+(?:và|để)\s+|và\s+|\s+(?={_NOW_OR_TO_COME}\s)){_GOING_ON_NOW}"
    r"(?:(?:và\s+)?được\s+)?đề nghị\s"
)
# a sentence that opens a list of people ('Các đồng chí: A, ...; B, ...'), whose semicolons part no clauses
_PEOPLE_LIST_OPEN = re.compile(r"\W*(?:[Cc]ác|[Nn]hững)\s+(?:đồng chí|đ/c|ông,\s*bà|ông|bà|cá nhân)\s*(?::|\s+(?:là|gồm)\b)")
# a clause giving to a person by name ('cho thầy A, ...'), and a part after its ';' that names one more ('cô B, ...')
_GIVEN_TO_PERSON = re.compile(r"(?<!\w)cho\s+" + HONORIFIC.pattern + rf"[{UPPER}]")
# what a clause's predicate says, which no recipient's name holds ('Phòng Nội vụ huyện tổ chức tốt ...': a clause)
_PREDICATE_WORD = re.compile(r"(?<!\w)(?:đã|được|đang|sẽ|vừa|tổ chức|là|có|đạt|nhận|đề nghị|tiếp tục)(?!\w)")


def _gives_to_named(clause: str) -> bool:
    """Whether a clause gives to one it names, a person by an honorific or a body ('cho ông A', 'cho Bệnh viện B')."""
    return _GIVEN_TO_PERSON.search(clause) is not None or any(
        names_a_body(clause[m.end() :].lstrip()) for m in _TO_SOMEONE.finditer(clause)
    )


def _body_item(part: str) -> bool:
    """A body named alone, with no predicate of its own: an item of a list of recipients ('; Trung tâm Y tế huyện')."""
    item = re.sub(r"^\s*(?:và\s+)?", "", part)
    return names_a_body(item) and _PREDICATE_WORD.search(item) is None


_PERSON_ITEM = re.compile(r"\s*(?:và\s+)?" + HONORIFIC.pattern + rf"[{UPPER}]")
_PERSON_OPENS = re.compile(r"\W*" + HONORIFIC.pattern + rf"[{UPPER}]")  # a clause that opens on a person by an honorific
# a medal named as the state's after 'Huy chương': 'Kháng chiến', 'Chiến thắng', or a name with its class
_STATE_MEDAL = re.compile(r"\s+(?:Kháng chiến|Chiến thắng)(?!\w)|\s+(?:[\w“”\"]+\s+){1,5}?hạng\s+(?:nhất|nhì|ba)(?!\w)", re.I)
# whose decision gives the award: 'Quyết định số 12/QĐ-UBND ngày ... của X về việc tặng ...', 'Theo Quyết định của X, ...'
_DECISION_OF = re.compile(
    r"(?<!\w)(?:[Qq]uyết định|QĐ)(?:\s+số\s*[\w./-]+)?(?:\s*,?\s*ngày\s+[\d/.-]+)?(?:\s+khen thưởng(?:\s+(?:nóng|đột xuất|kịp thời))?)?"
    r"\s+của\s+(?P<who>[^,;]{3,60}?)"
    # (the reward handed over with it: 'Quyết định khen thưởng của Chủ tịch UBND tỉnh và tiền thưởng cho ...')
    r"(?=\s+(?:về việc|v/v|tặng|khen thưởng|công nhận|truy tặng|phong tặng|cho(?!\s+phép))(?!\w)|\s+và\s+(?:tiền thưởng|phần thưởng|quà)\s|\s*,)"
)
# what opens a sentence given under a decision: 'Theo', 'Căn cứ', 'Thực hiện', 'Tại'
_DECISION_LEAD = re.compile(r"\W*(?:[Tt]heo|[Cc]ăn cứ(?:\s+vào)?|[Tt]hực hiện|[Tt]ại)\s+(?:các\s+)?")
# a heading that gives its award to those its items count: 'đã tặng Giấy khen cho:', 'Bằng khen của UBND tỉnh cho các
# tập thể sau:'
# (or 'như sau:', 'gồm:': '... các tập thể, cá nhân được tặng Giấy khen như sau:')
_GIVEN_TO_ITEMS = re.compile(
    r"(?:\s+của\s+[^:;]{2,80}?)?\s+(?:cho(?:\s+(?:các|những)\s+[^:;]{2,160}?)?|(?:như sau|(?:bao )?gồm(?: có)?|,?\s*cụ thể(?: như sau)?))\s*:\s*$"
)
_HEADING_AWARD_COUNTED = "grants.heading-award-counted"
# those just given, a sentence of their own saying what they achieved ('Các tập thể, cá nhân đã có thành tích xuất sắc
# trong công tác từ năm 2018 đến năm 2022'): a plural of recipients, then their achievement
_RECIPIENTS_ACHIEVED = re.compile(
    rf"\W*(?:[Cc]ác|[Nn]hững)\s+(?:{NOUN_RE})(?:\s*(?:,|và)\s*(?:{NOUN_RE}))?(?:\s+(?:trên|nêu trên|này|được khen thưởng))?"
    r"\s+(?:(?:đã|đều)\s+)*(?:có|đạt)\s+(?=thành tích)",
    re.I,
)


def _achievement_years(said: str) -> str | None:
    """The period an achievement told in `said` is of ('thành tích ... từ năm 2018 đến năm 2022': '2018-2022')."""
    m = _ACHIEVEMENT.match(said)
    return _year_span(m) if m else None


GIVEN_TO_LIST = "grants.given-to-those-listed"  # (kept only where the items after it name them)
# a line that heads the items of a list of one kind ('Tập thể:', '- Cá nhân:', 'b) Đối với cá nhân:')
_KIND_HEADING = re.compile(
    r"\s*(?:[a-zđ][.)]\s*|[-–+•*]\s*|\d{1,2}[.)]\s*)?(?:[Đđ]ối với\s+)?(?:[Tt]ập thể|[Cc]á nhân|TẬP THỂ|CÁ NHÂN)\s*:\s*"
)
_GIVEN_TO_LIST = re.compile(r"(?:\s+của\s+[^:;]{2,80}?)?\s+cho\s*:\s*$")  # an award given to those the list after it names
# a reward given by no award's name, to those counted right after ('trao thưởng cho 45 học sinh', 'trao quà cho 30 em')
_REWARDED = re.compile(r"(?<!\w)(?:trao|tặng)\s+(?:phần\s+)?(?:thưởng|quà|học bổng)\s+cho\s+(?=\d)")
_SECTION_NUMBER = r"(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+"  # a section's number ('2. ', 'II. ', 'b) ')
_SECTION_HEADING = re.compile(_SECTION_NUMBER + r"[^.;:!?]{3,80}")  # a numbered heading's line, no sentence
# a section heading that names who gives its items ('2. Khen thưởng của Giám đốc Sở', 'b) Hình thức khen thưởng của
# Chủ tịch UBND huyện'): that giver, after 'của' or 'do'
_SECTION_GIVER = re.compile(
    rf"(?:{_SECTION_NUMBER})?(?:[Hh]ình thức\s+)?[Kk]hen thưởng\s+(?:của|do)\s+(?P<who>[^.;:!?]{{3,60}}?)(?:\s+(?:trao tặng|tặng|khen thưởng))?\s*:?"
)
# the same label opening a sentence, its giving after its colon ('3. Khen thưởng của Giám đốc Sở: Tặng Giấy khen cho ...')
_SECTION_GIVER_LABEL = re.compile(_SECTION_GIVER.pattern.removesuffix(":?") + ":(?=\\s*\\S)")
# or a giver that decides, its decision's words after the colon ('Chủ tịch UBND huyện quyết định: Tặng Giấy khen cho ...',
# '..., Giám đốc Sở quyết định: Điều 1. Khen thưởng ...'), after a lead set off by a comma at most
_DECIDES_COLON = r"\s+(?:đã\s+)?quyết định\s*:\s*"  # a giver deciding, its decision's words after the colon
_DECIDED_LABEL = re.compile(
    r"(?:[^,;:]{0,40},\s*)?(?P<who>[^,.;:!?]{3,60}?)" + _DECIDES_COLON + r"(?:Điều\s+1\s*[.:]\s*)?"
    r"(?=(?i:tặng|trao tặng|truy tặng|tặng thưởng|khen thưởng|công nhận)(?!\w))"
)
_RECEIVED_AGAIN_RULE = "grants.named-recipient-again"
_UNIT_S_PEOPLE = "grants.unit-s-people"
_RANKED_RULE = "grants.ranked-as"
# a second award the subject of the clause receives: '..., (và) được (X) công nhận/tặng ...', '... và nhận ...'
_RECEIVED_AGAIN = re.compile(
    r"(?:,|\s+và|\s+đồng thời)\s+(?:(?:trong\s+)?năm\s+(?:(?:19|20)\d{2}|nay|qua)\s*,?\s+)?"  # (', năm 2023 được tặng')
    r"(?:cũng\s+)?(?:được|vinh dự được|nhận|vinh dự nhận|đón nhận)\s"
)


# the givers a clause lists as its subject, before their verb ('Chủ tịch UBND tỉnh và Bộ trưởng Bộ GD&ĐT tặng ...')
_GIVERS_THEN_VERB = re.compile(
    r"(?P<givers>[^,;:]+?(?:(?:\s*,\s*|\s+và\s+)[^,;:]+?)+)\s+(?:(?:đã|cũng|vừa)\s+)*(?:trao tặng|tặng thưởng|tặng)(?!\w)"
)
_GIVER_APART = re.compile(r"\s*,\s*|\s+và\s+")
_OWN_GIVER_AFTER = re.compile(r"\s+(?:của|do)\s")  # 'Bằng khen của Chủ tịch UBND tỉnh': the award names its own giver


def _each_giver(doc: Document, base: int, clause: str, found: list[GrantFact]) -> list[GrantFact]:
    """'Trường X được UBND tỉnh và Bộ GD&ĐT tặng Bằng khen', 'Chủ tịch UBND tỉnh, Bộ trưởng Bộ Công an tặng Bằng khen
    cho Đội Y': each giver the clause lists gives the award to the one recipient, the first one's grants told again for
    each other (the award as that one gives it: a Prime Minister's certificate, a province's); none where the listed are
    not all givers (people by their names, presenters on another's behalf) or the award names its own giver."""
    if not found or (first := found[0].conferrer) is None or any(g.conferrer != first or g.count != 1 for g in found):
        return []  # (a count given by several is not each one's: '12 cá nhân được UBND tỉnh và Bộ GD&ĐT tặng Bằng khen')
    agent = _AGENT.search(clause)
    lead = TIME_LEAD.match(clause)
    subject = _GIVERS_THEN_VERB.match(clause, lead.end() if lead else 0) if agent is None else None
    span = agent.span("agent") if agent is not None else subject.span("givers") if subject is not None else None
    awards = doc.values("awards", base, base + len(clause), base=base)
    if span is None or len(awards) != 1 or _OWN_GIVER_AFTER.match(clause, awards[0].end) or _DELEGATED_BY.search(clause):
        return []
    cuts = [span[0], *(x for m in _GIVER_APART.finditer(clause, *span) for x in (m.start(), m.end())), span[1]]
    givers = [resolve_conferrer(doc, base + a, base + b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    labels = [label(g) for g, stated in givers if g is not None and stated]
    if len(givers) < 2 or len(labels) != len(givers) or len(set(labels)) != len(labels) or labels[0] != label(first):
        return []
    mention, surface = awards[0], clause[awards[0].start : awards[0].end]
    given = {label(giver): refine_for_conferrer(mention.award, label(giver), surface) for giver, _ in givers}
    if any(
        given[label(giver)] in _ABOVE_DISTRICT and (body := body_of(giver)) is not None and body.level in ("district", "commune")
        for giver, _ in givers
    ):
        return []  # ('UBND tỉnh và UBND huyện tặng Bằng khen cho em A': no district gives a province's certificate; one gave it)
    return [replace(g, conferrer=giver, award=given[label(giver)]) for giver, _ in givers[1:] for g in found]


_ABOVE_DISTRICT = frozenset({"bang-khen-cap-bo-tinh", "co-thi-dua-cap-bo-tinh", "bang-khen-thu-tuong", "co-thi-dua-chinh-phu"})


def _listed_awards(clause: str, awards: list[AwardMention]) -> list[AwardMention]:
    """The first award and those listed right after it ('Bằng khen, Giấy khen', 'Cờ thi đua và Bằng khen')."""
    listed = awards[:1]
    for nxt in awards[1:]:
        named = listed[-1].award in NAMED_FORMS and _NAME_THEN_JOIN.fullmatch(clause, listed[-1].end, nxt.start)
        if not (_AWARD_JOIN.fullmatch(clause, listed[-1].end, nxt.start) or named):
            break
        listed.append(nxt)
    return listed


# (past what a bracket says of the first: 'Cờ thi đua của UBND tỉnh (năm 2020) và Bằng khen của Bộ trưởng (năm 2022)')
# (and a title's word before the next, its verb too: 'Bằng khen và (công nhận) danh hiệu Chiến sĩ thi đua cấp tỉnh')
_AWARD_JOIN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|và|,\s*và)\s*(?:(?:công nhận\s+)?danh hiệu\s+)?")
# a medal's or a badge's own name before the next award ('Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn và
# Bằng khen', 'Huy hiệu “Tuổi trẻ dũng cảm” và Giấy khen')
_MEDAL_NAMED = re.compile(r"\s*[“\"«]\s*[A-ZĐ]|\s+Vì\s")  # 'Huy chương “Vì thế hệ trẻ”', 'Huy chương Vì sự nghiệp ...'
_NAME_THEN_JOIN = re.compile(r"\s+(?:[“\"«][^”\"»]{1,90}[”\"»]|Vì\s[^,;.“”]{1,90}?)\s*(?:,|và|,\s*và)\s*")


# a medal's or a badge's own name, before those it is given to ('Huy hiệu Tuổi trẻ dũng cảm cho các em')
_OWN_NAME = re.compile(r"\s+(?:[“\"«][^”\"»]{1,90}[”\"»]|[A-ZĐ][^,;.:“”\"]{1,60}?(?=\s+cho\s))")


def _past_own_name(clause: str, award: AwardMention) -> int:
    """Where the text after an award goes on past the award's own name, for the forms that have one, and past how it
    was given ('trao Giấy khen đột xuất cho ...')."""
    m = _OWN_NAME.match(clause, award.end) if award.award in NAMED_FORMS else None
    end = m.end() if m else award.end
    how = _GIVEN_HOW.match(clause, end)
    return how.end() if how else end


_GIVEN_HOW = re.compile(r"\s+(?:đột xuất|kịp thời)(?=\s+cho(?!\w))")


_FOR_REASON = re.compile(r"(?<!\w)vì\s")
_GIVEN_AGAIN = re.compile(r"(?<!\w)(?:cho|tặng|trao|khen thưởng)(?!\w)")  # 'vì thành tích ..., cho 5 tập thể': given on
# ('cho tổ công tác đã dũng cảm cứu 5 người'): the object of a deed the recipient did, a few words after its 'đã', with no
# giving, 'được' or list between
# the clause going on after a deed's count with its subject's passive ('đã cứu 3 ngư dân và được ...')
_PASSIVE_AFTER_ITS_ADVERBS = r"(?:(?:đã|cũng|vinh dự|đều)\s+)*được(?!\w)"  # ('đã được', 'cũng vinh dự được')
_THEN_OWN_PASSIVE = re.compile(r"[^,;.]{0,40}?(?:,|\s+và)\s+" + _PASSIVE_AFTER_ITS_ADVERBS)
# a deed a clause opens on, its object counted next ('Cứu 3 người đuối nước, ...', 'Bắt giữ 2 đối tượng, ...'), then its
# doer given ('..., nam sinh được tặng Bằng khen')
_DEED_OPENS = re.compile(
    r"\W*(?:(?:[Dd]ũng cảm|[Kk]ịp thời)\s+)?(?:[Cc]ứu sống|[Cc]ứu|[Bb]ắt giữ|[Bb]ắt|[Tt]riệt phá|[Pp]hát hiện|[Tt]rả lại|[Gg]iúp đỡ|[Gg]iúp)\s+"
)
_THEN_DOER_PASSIVE = re.compile(r"[^,;.]{0,40}?,\s+[^,;.]{1,40}?\s+" + _PASSIVE_AFTER_ITS_ADVERBS)
_DEED_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa)\s+(?:(?!(?:cho|tặng|trao|được|khen|và|cùng)(?!\w))[^\W\d]+\s+){1,4}$")


def _said_of_named(text: str, named_end: int, at: int) -> bool:
    """Whether the count at `at` stands in what is said of the people named just before it, after a dash, a bracket
    or 'người' ('cho anh A - người đã cứu 5 em nhỏ'), not in a list beside them ('cho ông A và 5 cá nhân')."""
    between = text[named_end:at]
    return 0 <= len(between) <= 120 and bool(_APPOSITION.search(between)) and not re.search(r"(?<!\w)và(?!\w)", between)


# a clause that gives with no recipient: its giver as its subject ('UBND tỉnh tặng'), or as a bare passive's agent ('được
# Giám đốc Công an tỉnh tặng'), right before its awards
_GIVEN_BARE = re.compile(
    r"\W*(?:(?:và|đồng thời|còn|cũng)\s+)*(?:được\s+)?(?P<who>[^,;:.()]{2,60}?)\s+(?:(?:cũng|đã|còn)\s+)*"
    r"(?:trao\s+)?tặng(?:\s+thưởng)?\s+(?:danh hiệu\s+)?$"
)
# (or a bare passive with no agent, after a year of its own at most: '..., năm 2023 được tặng Bằng khen của Chủ tịch ...')
_GIVEN_BARE_PASSIVE = re.compile(
    r"\W*(?:(?:trong\s+)?năm\s+(?:(?:19|20)\d{2}|nay|qua)\s*,?\s*)?(?:(?:và|đồng thời|còn|cũng|đã|vừa)\s+)*được\s+"
    r"(?:(?:trao|truy|phong)\s+)?(?:tặng(?:\s+thưởng)?|công nhận)\s+(?:danh hiệu\s+)?$",
    re.I,
)
# 'X tặng Bằng khen,' and nothing after, but the money or gift given with it ('và phần thưởng 100 triệu đồng', 'kèm 5
# triệu đồng'; not one given to someone of its own: 'kèm 5 triệu đồng cho em A')
_GIFT_AFTER = (
    r"(?:\s*,?\s*(?:và|kèm(?:\s+theo)?|cùng(?:\s+với)?)\s+(?:(?:phần|tiền|số tiền)\s+thưởng|phần quà|quà|số tiền|(?=\d))"
    r"(?:(?!cho\s)[^,;.]|[.,](?=\d)){0,60})?"
)
_ENDS_AT_AWARD = re.compile(r"(?:\s+của\s+[^,;.]{2,60}?)?" + _GIFT_AFTER + r"\s*[,;]?\s*")
# 'được khen thưởng gồm:', 'là:' (or no colon before a person's honorific: 'gồm ông A và bà B')
# (the round they were in between: 'Những người được khen thưởng đợt này gồm ông A và bà B', 'lần này có ông A')
_MADE_OF_LIST = re.compile(rf"\s*(?:(?:lần|đợt|năm)\s+(?:này|nay)\s+)?(?:gồm|là|có)(?:\s+có)?(?:\s*:|{_PERSON_NEXT})")
_MADE_OF = re.compile(r"\s(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*$")
# what sets a count off from the bodies named before it ('... - hai đơn vị', '... (2 đơn vị', '... là hai xã', ', 2 đơn vị')
_RESTATED_AFTER = re.compile(r"(?:\s[-–]\s*|\s*\(\s*|\s+là\s+|(?P<comma>,\s*(?:là\s+)?))$")
_APPOSITION = re.compile(r"\s[-–]\s|\(|,\s*(?:người|là|em|anh|chị)(?!\w)")
# ('cho 01 tập thể (Trường THCS X)': or in brackets)
_NAMED_AFTER_COUNT = re.compile(r"\s*(?:(?:,\s*)?(?:là|:)\s+|\(\s*)")


_RANKINGS = frozenset({"don-vi-dan-dau-khoi-thi-dua", "don-vi-nhi-khoi-thi-dua"})
_RANKING_BRACKETED = re.compile(r"\(\s*$")  # the bracket a ranking opens ('A (đơn vị dẫn đầu Khối)')
_BRACKETED_ONE_OPENS = re.compile(r"[,;:)]\s*|(?<!\w)(?:và|cho)\s+")  # where the one a bracket is said of starts
_RANKED_JOIN = re.compile(r",|;|(?<!\w)và(?!\w)")  # what opens the next body ranked ('..., B là đơn vị nhì')


def _as_recipient(who: OrgRef | str | None) -> dict[str, Any]:
    """A grant's recipient fields for one named recipient: a person by name, a body or unit as an OrgRef."""
    return {
        "recipient": who if isinstance(who, str) else (who.name if who else None),
        "recipient_org": who if isinstance(who, OrgRef) else None,
        "recipient_person": who if isinstance(who, str) else None,
    }


_ITEM_COLON = re.compile(r"\s*:\s*")
_PLURAL_LEVELS = re.compile(rf"(?<!\w)(?:các|những)\s+(?:{levels.ANY})(?:\s*,\s*(?:{levels.ANY}))*\s*$", re.I)
_CLAUSE_LEAD = re.compile(r"\W*(?:(?:và|còn|có|đồng thời)\s+)?")
_GIVING_OR_CHO = re.compile(r"(?<!\w)(?:trao|tặng|cho)(?!\w)|[,;]")
_GIVES_NEXT = lexicon.cue("giver-then-verb")
_BULLET = ITEM_MARK  # an item of a list printed line by line ("-", "2.", "b)")
# a section of a list numbered by a Roman numeral or a capital, counting its items in brackets ('II. CÁ NHÂN (03 cá nhân)')
_COUNTED_SECTION = re.compile(r"\s*(?:[IVX]{1,4}|[A-Z])[.)]\s+[^\d()]{2,40}\(\s*\d{1,4}\s+[^()\d]{2,20}\)\s*:?\s*$")
# an award taken back, withheld or refused: 'thu hồi Bằng khen', 'hủy (bỏ) quyết định tặng Giấy khen', 'tước danh hiệu',
# 'không được tặng', 'không xét khen thưởng', 'chưa được công nhận'
_NOT_GIVEN = re.compile(
    r"(?<!\w)(?:(?:thu hồi|hủy bỏ|huỷ bỏ|hủy|huỷ|bãi bỏ|tước bỏ|tước)\s+(?:(?:quyết định|danh hiệu|các|hình thức|việc)\s+)*"
    r"|(?:không|chưa)\s+(?:(?:được|xét|đề nghị|đủ điều kiện)\s+)*)"
    r"(?:tặng|trao|khen thưởng|công nhận|truy tặng|phong tặng|Bằng khen|Giấy khen|Huân chương|Cờ thi đua|Kỷ niệm chương|Huy chương"
    r"|danh hiệu)(?!\w)",
    re.I,
)
_HOLDER_OF = re.compile(r"(?<!\w)của\s+(?:một|các|những)?\s*$")
_RESULTS = re.compile(r"\W*(?:kết quả|đạt kết quả)(?:\s+(?:như sau|cụ thể|đạt được)){0,2}\s*:", re.I)  # 'Kết quả cụ thể như sau:' too


def _unmarked_item(doc: Document, sentences: list[Sentence], i: int, prev_item: bool) -> bool:
    """'Tặng Giấy khen cho 12 tập thể;' on a line of its own under a line opening a list ('... như sau:') or under such
    an item ending with a semicolon (`prev_item`): an item whose mark the page lost when copied."""
    if i == 0 or len(sentences[i].text) > 200:
        return False
    sent, prev = sentences[i], sentences[i - 1]
    nxt = sentences[i + 1].start if i + 1 < len(sentences) else len(doc.text)
    own_line = "\n" in doc.text[prev.end : sent.start] and "\n" in doc.text[sent.end : nxt] + "\n"
    above = prev.text.rstrip()
    # ('Tập thể: A, B.' then 'Cá nhân: C, D.': items labelled by the kind they name, each ending as a sentence)
    labelled = prev_item and _KIND_LABEL.match(sent.text) is not None
    return own_line and (above.endswith(":") or (above.endswith(";") and prev_item) or labelled)


# an item of a list labelled by the kind of recipients it names ('Tập thể: Trường THCS A, Trạm Y tế xã B.', 'Cá nhân
# (02): ông A, bà B.')
_KIND_LABEL = re.compile(r"\W*(?P<kind>Tập thể|Cá nhân|Hộ gia đình)(?:\s*\(\s*\d{1,3}\s*\))?\s*:\s*(?=\S)", re.I)


_RAISED_TOTAL = lexicon.cue("raised-total")
_ADDED = re.compile(r"(?<!\w)thêm\s+$")


def _within_raised_totals(clause: str, counts: list[Count], awards: list[AwardMention]) -> list[Count]:
    """'đề nghị thêm 2 tập thể, nâng tổng số đề nghị tặng Bằng khen ... lên 13 tập thể': the 2 added are among the 13,
    not a grant beside them (where the raised total names its award)."""
    raised = _RAISED_TOTAL.search(clause)
    if raised is None or not any(raised.start() <= a.start < raised.end() for a in awards):
        return counts
    totals = {c.kind for c in counts if c.start >= raised.end() and c.kind}
    return [c for c in counts if not (c.end <= raised.start() and c.kind in totals and _ADDED.search(clause, 0, c.start))]


_TOTAL_WORD = re.compile(rf"(?i:{TOTAL_OPENERS})(?!\w)")


def _without_totals_after(clause: str, counts: list[Count]) -> list[Count]:
    """'tặng Bằng khen cho 20 tập thể, Giấy khen cho 50 cá nhân, tổng cộng 70 tập thể, cá nhân': a total told after the
    counts of the clause it adds up (two or more, of its kind) is those counts again, no recipients of its own."""
    if "ổng" not in clause:
        return counts
    kept = []
    for c in counts:
        if c.kind and c.value and _TOTAL_WORD.match(clause, c.start):
            kinds = {"individual", "collective", "mixed"} if c.kind == "mixed" else {c.kind}
            before = [o.value or 0 for o in counts if o.end <= c.start and o.kind in kinds and o.value]
            if len(before) > 1 and sum(before) == c.value:
                continue
        kept.append(c)
    return kept


def _recipients_counted_in(counts: list[Count]) -> list[Count]:
    """The counts of recipients of a kind, by a number that is no year ('cho 12 em', not 'năm 2023')."""
    return [c for c in counts if c.kind and c.value and not _a_year(c)]


def _a_year(c: Count) -> bool:
    """A bare number that is a year ('thành tích năm 2022'), not a count of awards ('trao 13 Huân chương')."""
    return c.kind is None and c.value is not None and 1900 <= c.value <= 2100


# the year an event's name holds, the event named at its opening ('tại Lễ khai giảng năm học 2023-2024, Trường X đón
# nhận ...'): when it was held, not the period rewarded
_IN_EVENT_NAME = re.compile(r"(?<!\w)(?:[Tt]ại|[Tt]rong)\s+(?:[Ll]ễ|buổi lễ|[Hh]ội nghị|[Đđ]ại hội)\s[^,;.()]{0,60}$")
# a year compared with ('tăng 3,3% so với năm 2011', 'so với cùng kỳ năm 2022'): not the one rewarded
# a year that is no achievement's: one compared with, a birth year, or a date's ('so với năm 2022', 'sinh năm 1970',
# 'SN 1998', 'ngày 11 tháng 3 năm 2024')
_COMPARED = re.compile(
    r"(?<!\w)(?:so với(?:\s+cùng kỳ)?\s+(?:năm\s+(?:học\s+)?)?|sinh\s+(?:năm\s+)?|SN\s*|tháng\s+\d{1,2}\s*,?\s+(?:năm\s+)?)$"
)


# certificates and flags of one level, which a list of them names the giver of once, after the last
_ONE_LEVEL = frozenset({"bang-khen-cap-bo-tinh", "co-thi-dua-cap-bo-tinh", "bang-khen-thu-tuong", "co-thi-dua-chinh-phu"})
_LISTED_APART = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:0*\d+\s+)?")


def _owner_shared(clause: str, awards: list[AwardMention]) -> list[AwardMention]:
    """'tặng 01 Cờ thi đua, 07 Bằng khen của UBND tỉnh', 'trao Cờ thi đua và Bằng khen của UBND tỉnh': the giver named
    after the last of a list of certificates and flags gives each of them (not an order listed before a certificate:
    'Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng' are the President's and the Prime Minister's)."""
    out = list(awards)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.explicit_conferrer is None and b.explicit_conferrer and a.award in _ONE_LEVEL and b.award in _ONE_LEVEL
            and _LISTED_APART.fullmatch(clause, a.end, b.start)
        ):  # fmt: skip
            out[i] = replace(a, explicit_conferrer=b.explicit_conferrer, owner_start=b.owner_start, owner_end=b.owner_end)
    return out


# a count of those not named ('9 cá nhân khác', 'các 5 tập thể khác'): the rest of some counted before
_OTHERS = re.compile(rf"(?<![\d.])(?P<n>\d+)\s+(?:{NOUN_RE})\s+khác(?!\w)", re.I)


def _counted_as_others(text: str, found: list[GrantFact]) -> list[GrantFact]:
    """The grants of a sentence whose count it calls others ('Và 9 cá nhân khác được truy tặng ...')."""
    others = {int(m["n"]) for m in _OTHERS.finditer(text)}
    return [g for g in found if g.count in others]


def _parts_by_giver(totals: list[GrantFact], given: list[GrantFact]) -> list[GrantFact]:
    """'Có 25 tập thể, 60 cá nhân được khen thưởng, trong đó UBND tỉnh khen thưởng 5 tập thể, 10 cá nhân; UBND huyện khen
    thưởng 20 tập thể, 50 cá nhân': the grants of the breakdown, where those of each kind add up to the total of that kind,
    are its parts; where they add up to less, a subset of the totals, no grants of their own (the totals are kept)."""
    heads = {g.recipient_kind: g for g in totals if g.count and g.part_of is None}
    kinds = {g.recipient_kind for g in given}
    if not given or any(
        k not in heads or not all(same_award(heads[k].award, g.award) for g in given if g.recipient_kind == k) for k in kinds
    ):
        return given  # (another award, or of a kind no total counts: grants of their own)
    summed = {k: sum(g.count or 0 for g in given if g.recipient_kind == k) for k in kinds}
    if all(summed[k] == heads[k].count for k in kinds):
        for g in given:
            g.part_of = heads[g.recipient_kind]
        return given
    return [] if all(summed[k] < heads[k].count for k in kinds) else given


# a clause that opens on a body or an office giving, after 'trong đó' ('UBND tỉnh khen thưởng 5 tập thể', 'cấp tỉnh tặng')
_GIVEN_BY_SUBJECT = re.compile(
    r"\s*:?\s*(?:[^\W\d][^,;:.\d]{1,60}?)\s+(?:đã\s+)?(?:khen thưởng|tặng|trao tặng|biểu dương|tuyên dương)(?!\w)"
)


def _parts_of_totals(members: list[tuple[GrantFact, list[GrantFact]]]) -> set[int]:
    """The ids of the list items' grants that break a total of their heading down by class (awards more precise than
    the total's, their counts adding up to it), each made a part of that total."""
    items_of: dict[int, tuple[GrantFact, list[GrantFact]]] = {}
    for g, totals in members:
        for h in totals:
            if _counts_them(h, g):
                items_of.setdefault(id(h), (h, []))[1].append(g)
    parts: set[int] = set()
    for total, items in items_of.values():
        if sum(g.count or 0 for g in items) == total.count and any(g.award != total.award for g in items):
            for g in items:
                g.part_of = total
            parts.update(id(g) for g in items)
    return parts


def _counts_them(total: GrantFact, items: GrantFact) -> bool:
    """Whether a counted total of a list's heading counts the recipients its items name with the same award."""
    return (
        total.count is not None and items.count is not None and items.count <= total.count and total.status == items.status
        and total.recipient_kind in (items.recipient_kind, "mixed") and same_award(total.award, items.award)
    )  # fmt: skip


def _periods(clause: str) -> list[tuple[int, str, bool]]:
    """The periods a clause names: (offset, period, whether a quoted movement's name ends right before it)."""
    found = [  # 'từ năm học 2018-2019 đến năm học 2022-2023': 2018-2023
        (m.start(), f"{m['a']}-{end}" if (end := _period_end(m)) else m["a"], clause[: m.start()].rstrip().endswith("”"))
        for m in _PERIOD.finditer(clause)
        if not _COMPARED.search(clause, max(0, m.start() - 16), m.start())
        and not _IN_EVENT_NAME.search(clause, max(0, m.start() - 70), m.start())
    ]
    if "(" in clause:  # 'trong 5 năm (2019 - 2023)'; not the years an anniversary counts ('kỷ niệm 75 năm (1948 - 2023)')
        spans = _PERIOD_SPAN.finditer(clause)
        found += [(m.start(), f"{m['a']}-{m['b']}", False) for m in spans if "kỷ niệm" not in clause[max(0, m.start() - 12) : m.start()]]
        found.sort()
    return found


def _period_end(m: re.Match[str]) -> str | None:
    """The last year of a period: after 'đến', or of the years or school years joined to it that follow on ('năm học
    2022 - 2023 và 2023 - 2024': 2024; 'năm 2022 và 2023', 'các năm 2021, 2022, 2023': 2023; not 'năm 2019 và 2022',
    two years apart: the run stops where a year does not follow the one before)."""
    if m["c"] or not m["run"]:
        return m["c"] or m["b"]
    last = int(m["b"] or m["a"])
    for year in map(int, _YEAR_IN_RUN.findall(m["run"])):
        if year not in (last, last + 1):
            break
        last = year
    return str(last) if last > int(m["b"] or m["a"]) else m["b"]


_YEAR_IN_RUN = re.compile(r"(?:19|20)\d{2}")


def _period(clause: str, after: int, multi_ground: bool, periods: list[tuple[int, str, bool]] | None = None) -> str | None:
    """The first period after `after`; none when it follows one of several movements' names."""
    for start, value, after_quote in _periods(clause) if periods is None else periods:
        if start >= after:
            return None if multi_ground and after_quote else value
    return None


# what a person named did, said right after them ('ông A là người đã cứu', 'anh B - người đã giúp'), up to a count
_DID_BEFORE = re.compile(r"(?:\s+là|\s*[-–,])\s+(?:người|em|anh|chị|ông|bà)\s+(?:đã\s+)?(?:[^\W\d]+\s+){1,3}$")


def _what_they_did(clause: str, pairs: list[tuple[Count, AwardMention | None, str]], named: tuple[int, ...]) -> set[int]:
    """The ids of the counts bound to no award that tell what a person named did: the first right after what they did
    ('là người đã cứu 2 học sinh'), and those listed on from it ('5 người, 7 em')."""
    out: set[int] = set()
    starts = sorted(named)
    run_end = None  # where the last such count ends
    for c, award, _ in sorted(pairs, key=lambda p: p[0].start):
        if award is not None:
            run_end = None
        elif (run_end is not None and glue(clause, run_end, c.start)) or (
            (i := bisect.bisect_left(starts, c.start)) and _DID_BEFORE.search(clause, max(starts[i - 1], c.start - 80), c.start)
        ):
            out.add(id(c))
            run_end = c.end
        else:
            run_end = None
    return out


def _counted_period(
    clause: str,
    count: Count | None,
    mention: AwardMention | None,
    multi_ground: bool,
    periods: list[tuple[int, str, bool]],
    earlier: int | None = None,
) -> str | None:
    """The period of a grant: the first from its count or award on. A named recipient (`count` None) has no count:
    the period after its award comes first ('Trong Lễ khai giảng năm học 2024 - 2025, Trường X đón nhận Bằng khen vì
    thành tích từ năm học 2018 - 2019 đến ...' rewards 2018-2023), else the clause's ('Năm học 2022 - 2023, Trường X
    được tặng Bằng khen')."""
    if count is None:
        after = _period(clause, mention.start, multi_ground, periods) if mention else None
        return after or _period(clause, 0, multi_ground, periods)
    start = min(count.start, mention.start if mention else count.start)
    # ('cho 12 tổ chức ... 5 năm liền (2019-2023) và 20 đảng viên ...': a period told after an earlier count of the
    # list, before this one, is that count's)
    told = next((at for at, _, _ in periods if at >= start), None)
    if told is not None and earlier is not None and earlier < told < count.start:
        start = count.start
    return _period(clause, start, multi_ground, periods)


# a sentence opening on its year, then the achievement of that year its grant rewards ('Năm 2022, Hội CCB tỉnh có
# thành tích xuất sắc, dẫn đầu phong trào thi đua ... nên được Thủ tướng Chính phủ tặng Cờ thi đua'; not 'Năm 2022,
# Hội được tặng Cờ thi đua', a year of giving alone)
_YEAR_ACHIEVED = re.compile(
    r"\W*(?:[Tt]rong\s+)?[Nn]ăm(?:\s+học)?\s+(?P<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<b>(?:19|20)\d{2}))?(?!\d)\s*,"
    r"[^.;:]{0,100}?(?<!\w)" + lexicon.cue("achieved").pattern
)


def _year_span(m: re.Match[str]) -> str:
    """A period as a match of years writes it: its first year, or 'a-b' ('2022', '2018-2022'); from one school year to
    another, the first's first year to the last's last ('từ năm học 2017-2018 đến năm học 2021-2022': 2017-2022)."""
    last = m.groupdict().get("c") or m["b"]
    return f"{m['a']}-{last}" if last else m["a"]


def _earlier_count(starts: list[int], count: Count, mention: AwardMention | None) -> int | None:
    """Where the count of the clause before `count`, after its award, starts; None if `count` is the first. `starts`
    are the clause's counts' starts, sorted (searched by bisection: a clause of thousands of counts stays linear)."""
    after = mention.end if mention else 0
    i = bisect.bisect_left(starts, count.start)
    return starts[i - 1] if i and starts[i - 1] >= after else None


# a central body's medal or badge, by its name ('Kỷ niệm chương “Vì sự nghiệp Giáo dục”', 'Huy hiệu “Tuổi trẻ dũng cảm”'):
# the body's to confer, whoever hands it over
_MEDALS_OF_BODIES = frozenset({"ky-niem-chuong", "huy-hieu"})


def _local(c: Conferrer | None) -> bool:
    """No conferrer, or a body (or a body's office) below the national level: one that gives no central body's medal."""
    org = body_of(c)
    return c is None or (org is not None and org.level != "national")


def _behalf(doc: Document, base: int, clause: str) -> Conferrer | None:
    """'thừa ủy quyền của Chủ tịch nước': the office on whose behalf the award is handed over; 'Thừa ủy quyền của
    Trung ương Đoàn, Tỉnh đoàn X trao ...', 'Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ trao ...': the
    body or office that delegated it."""
    m = _ON_BEHALF.search(clause)
    if m:
        return on_behalf(m["who"])
    d = _DELEGATED_BY.search(clause)
    return resolve_conferrer(doc, base + d.start("who"), base + d.end("who"))[0] if d else None


_RESPECTIVELY = re.compile(r"(?<!\w)(?:lần lượt|tương ứng)(?!\w)")


def _respective(clause: str, awards: list[AwardMention], named: tuple) -> list[AwardMention] | None:
    """'Xã A và xã B lần lượt được tặng Cờ thi đua và Bằng khen', '... tặng Cờ thi đua và Bằng khen lần lượt cho xã A
    và xã B': as many awards listed as recipients named, given respectively; else None."""
    if len(named) < 2 or not _RESPECTIVELY.search(clause):
        return None
    listed = _listed_awards(clause, awards)
    return listed if len(listed) == len(named) else None


_CASE_NOUNS = frozenset({"trường hợp", "hồ sơ"})  # a council's cases, of either kind, counted by no kind of their own


def _case_kind(clause: str, count: Count, award: str) -> str | None:
    """'đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 17 trường hợp': cases of the kind the award is given to,
    where it is given to one kind only; else None (the count's own kind stands)."""
    if count.kind != "mixed" or count.end <= count.start or count_noun(clause[count.start : count.end]) not in _CASE_NOUNS:
        return None
    return recipients_kind(award)


def _classes_take_kind(total: GrantFact, parts: list[GrantFact]) -> None:
    """'Huân chương Lao động cho 3 tập thể, trong đó 1 hạng Nhì, 2 hạng Ba': the classes a breakdown counts with no noun,
    adding up to the total of one kind before it, are of its kind (and so its parts: grant_links)."""
    if (
        total.recipient_kind in ("collective", "individual")
        and total.count
        and len(parts) > 1
        and all(g.recipient_kind == "mixed" and g.count and g.award != total.award and is_ancestor(total.award, g.award) for g in parts)
        and sum(g.count or 0 for g in parts) == total.count
    ):
        for g in parts:
            g.recipient_kind = total.recipient_kind


# a bracket that opens right after a count and its few words ('12 tập thể (gồm 5 ...', '20 đơn vị trực thuộc (trong đó ...')
_BRACKET_AFTER_COUNT = re.compile(r"(?:\s+[^\s(),;:]+){0,4}?\s*\(\s*(?:gồm(?:\s+có)?|trong đó(?:\s+có)?)?\s*")
# or right after the award those counted before it were given ('15 tập thể, cá nhân được tặng Giấy khen (gồm 5 ...')
_BRACKET_AFTER_AWARD = re.compile(r"\s*\(\s*" + lexicon.cue("bracket-breakdown-word").pattern)


def _bracket_after_own_award(clause: str, counts: list[Count], i: int, awards: list[AwardMention]) -> re.Match[str] | None:
    """The bracket right after the first award named after the `i`th count, no other count between them ('15 tập thể,
    cá nhân được Giám đốc Sở tặng Giấy khen (gồm ...'), if one opens there (both lists in the order written)."""
    head = counts[i]
    k = bisect.bisect_left(awards, head.end, key=lambda a: a.start)
    if k == len(awards) or (i + 1 < len(counts) and counts[i + 1].start < awards[k].start):
        return None
    return _BRACKET_AFTER_AWARD.match(clause, awards[k].end)


def _link_bracketed_parts(clause: str, counts: list[Count], awards: list[AwardMention], out: list[GrantFact]) -> None:
    """'12 tập thể (gồm 5 trường học, 7 xã) được tặng Giấy khen': the counts in brackets right after a count (or after
    the award it was given: '12 tập thể được tặng Giấy khen (gồm ...)'), naming no award of their own and adding up to
    it, are its parts; their grants are linked to its, so each is counted once. Fewer
    than it are some of them, no grants of their own."""
    for i, head in enumerate(counts):
        opening = (
            (_BRACKET_AFTER_COUNT.match(clause, head.end) or _bracket_after_own_award(clause, counts, i, awards))
            if head.kind and head.value
            else None
        )
        close = clause.find(")", opening.end()) if opening else -1
        if close == -1 or any(opening.end() <= a.start < close for a in awards):
            continue
        inner = [c for c in counts[i + 1 :] if c.end <= close and c.value and c.kind]
        total = next((g for g in out if g.count == head.value and g.recipient_kind == head.kind and g.part_of is None), None)
        if not inner or total is None:
            continue
        parts = [
            next((g for g in out if g is not total and g.count == c.value and g.recipient_kind == c.kind and g.award == total.award), None)
            for c in inner
        ]
        if len(inner) > 1 and sum(c.value for c in inner) == head.value:
            for part in parts:
                if part is not None and part.part_of is None:
                    part.part_of = total
        elif sum(c.value for c in inner) < head.value:
            # ('12 tập thể (trong đó có 5 trường học)': some of them, no grant beside the total)
            out[:] = [g for g in out if not any(g is part for part in parts)]


# a total's list opened after it ('cho 3 tập thể: ...', 'cho 3 tập thể, gồm ...'); the others it names last ('... và 2
# tập thể khác') are read by binding's OTHERS_AFTER
_LIST_OPENS_AFTER_COUNT = re.compile(r"\s*,?\s*(?:" + lexicon.cue("list-opens").pattern + ")")


def _without_others_within_totals(clause: str, counts: list[Count], out: list[GrantFact]) -> None:
    """'cho 3 tập thể: Trường X và 2 tập thể khác': the others a total's list counts after those it names are some of
    that total, no grant of their own (the total was counted, and the others again)."""
    others: set[tuple[int, str]] = set()
    for i, head in enumerate(counts):
        if not (head.kind and head.value) or _LIST_OPENS_AFTER_COUNT.match(clause, head.end) is None:
            continue
        for c in counts[i + 1 : i + 4]:  # (the others close the list: a few counts on, at most)
            if c.kind == head.kind and c.value and c.value < head.value and OTHERS_AFTER.match(clause, c.end):
                others.add((c.value, c.kind))
                break
    if others:  # (dropped once: a clause may hold many)
        out[:] = [g for g in out if not ((g.count, g.recipient_kind) in others and g.part_of is None)]


def _reason(clause: str) -> str | None:
    m = _REASON.search(clause)
    if not m:
        return None
    return (m["r"] or ("thành tích" + m["t"])).strip(" ,.")


@dataclass
class _Reader:
    """Reads the grants of one document, sentence by sentence; the subject carries over within a sentence."""

    doc: Document
    events: list
    presentations: list[Presentation] = field(default_factory=list)
    presented_with: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # presenter -> co-presenters, each clause
    sentence_subject: Conferrer | None = None
    sentence_proposes: bool = False  # 'Hội đồng thống nhất đề nghị: X cho 5 tập thể; Y cho 1 cá nhân'
    proposes_list: bool = False  # the proposal opens a list ('đề nghị:'), so a clause with its own giver is proposed too
    # the clause proposed by naming whom it asks ('đề nghị Thủ tướng tặng Bằng khen cho 1 tập thể'), so a giver and a
    # bare giving after a comma ask in turn (', Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể')
    asks_giver: bool = False
    last_person: str | None = None  # whom 'Đồng chí cũng trao ...' refers to: the first person of the last sentence naming one
    giver: Conferrer | None = None  # the conferrer of the clause's last predicate: 'đề nghị X tặng A cho ... và tặng B cho ...'
    giver_passive: bool = False  # that conferrer was a passive's agent ('được X tặng'), its own subject's giver
    giver_before: Conferrer | None = None  # the last giver an earlier clause of the sentence named
    # the last clause's subject, as offsets into it, and what it names, read where its giver is ('huyện' of 'huyện đề
    # nghị cấp trên khen thưởng ...', which a proposal's own giving after it is given by)
    clause_subject: tuple[int, int, Conferrer | None] = (0, 0, None)
    heading_proposes: bool = False  # the sentence is an item of a list of proposals an earlier sentence opened
    heading_gives: bool = False  # the sentence is an item of a list that a sentence giving awards opened
    # the next sentence is a lead of its own to a list of those given to ('Các cá nhân được khen
    # thưởng gồm:'), so an award handed over to a plural goes to those its items name
    lead_follows: bool = False
    # the sentence is an item of a list no heading opened (a table's row: '- Cờ thi đua của Bộ X: 5 tập thể, 0 cá nhân')
    unheaded_item: bool = False
    headed_item: bool = False  # an item of a list a heading opened (whose heading says whether it gives)
    list_heading: Sentence | None = None  # the sentence that opened the list of awards given
    clause_recipient: OrgRef | str | None = None  # the one recipient a predicate of the sentence named
    clause_counted: tuple[int, str] | None = None  # the recipients the clause before counted, of one kind, unnamed
    # the counts of the one award the clause before gave, to recipients unnamed ('3 tập thể và 5 cá nhân'), and whether
    # counted as its giving's object ('tặng Bằng khen cho 3 học sinh')
    clause_counts: tuple[tuple[int, str], ...] = ()
    counted_given_to: bool = False
    # the bodies the sentence's clauses in a row ranked, one each or more ('A là đơn vị dẫn đầu Cụm 1, B là ... Cụm 2')
    ranked_run: list[OrgRef] = field(default_factory=list)
    list_commends: bool = False  # that sentence commends ('UBND huyện đã khen thưởng:'), read once when it opens the list
    shared_award: tuple[AwardMention, Conferrer, str] | None = None  # an award given to whom the next predicate names
    sentence_handed: str | None = None  # a clause of the sentence handed awards over: its presenter ('' when unnamed)
    again_givers: dict[int, Conferrer | None] = field(default_factory=dict)  # an award received again: its own giver
    decision_giver: Conferrer | None = None  # 'Theo Quyết định ... của X, ...': the signer of the sentence's every grant
    posthumous_one: str | None = None  # the one person an earlier sentence honoured posthumously, by name
    sentence_gave: bool = False  # a clause of the sentence conferred a grant
    # the sentence's proposal is one of its subject's acts listed after a giving of its own ('UBND huyện đã tặng ...;
    # đề nghị ...; công nhận ...'): a clause that opens on a verb of giving after it is another of those acts
    proposal_in_series: bool = False
    series_giver: Conferrer | None = None  # the giver of those acts, the sentence's subject
    told_at: dict[int, int] = field(default_factory=dict)  # where each of the sentence's grants' predicate begins, by id
    # a body's own medal an earlier clause named ('Huy chương “Vì thế hệ trẻ”'): its giver and name
    medal_told: tuple[Conferrer | None, str | None] | None = None
    titles_given: set[str] = field(default_factory=set)  # the titles earlier sentences conferred ('Nhà giáo ưu tú')
    # the Government's certificates and flags earlier sentences told given ('được Thủ tướng Chính phủ tặng Bằng khen')
    government_given: set[str] = field(default_factory=set)
    government_named: dict[str, int] | None = None  # where the article first names each of them, by award
    # each award earlier sentences told given, with a giver, to one recipient they name ('Cục Thuế tỉnh X được Bộ trưởng
    # Bộ Tài chính tặng Cờ thi đua'): by award and recipient, casefolded
    given_named: set[tuple[str, str]] = field(default_factory=set)
    foreign_giver: bool = False  # a clause of the sentence told another country's honours
    giver_stated: bool = False  # the clause's giver is its own, as its agent or subject (not carried from the one before)
    typed_list: GrantFact | None = None  # a grant to a list its plural's kind opened ('cho các tập thể: A, B'), this sentence's
    sentence_planned: bool = False  # a clause of the sentence told a giving to come ('dự kiến sẽ khen thưởng ...')
    # the giver a passive clause of the sentence named, with the levels of its awards ('được UBND tỉnh tặng Cờ thi đua')
    passive_giver: tuple[Conferrer, frozenset[str]] | None = None

    def sentence(self, sent: Sentence, event: str | None) -> list[GrantFact]:
        # (a giver an earlier sentence named gives nothing here: the clauses below name their own)
        self.sentence_subject = self.clause_recipient = self.sentence_handed = self.decision_giver = self.giver_before = self.giver = None
        self.clause_counted, self.ranked_run, self.clause_counts, self.counted_given_to = None, [], (), False
        self.sentence_proposes = self.proposes_list = self.heading_proposes
        self.asks_giver = False
        self.sentence_gave = self.proposal_in_series = self.foreign_giver = self.sentence_planned = False
        self.typed_list = self.passive_giver = None
        self.told_at = {}
        people = self.doc.values("people", sent.start, sent.end, base=sent.start)
        # the article's main event: its only one, or the one its headline names (told before any the body tells)
        main = bool(self.events) and (len(self.events) == 1 or self.events[0].evidence.start < self.doc.body_start)
        single_event = self.events[0].key if main else _honouring_of_one_telling(self.events)
        out: list[GrantFact] = []
        doc = self.doc
        if self.heading_gives and (item := self._award_item(sent, event, single_event)) is not None:
            return item
        if self.heading_gives and (item := self._counts_item(sent, event, single_event)) is not None:
            return item
        if self.heading_gives and (item := self._kind_item(sent, event, single_event)) is not None:
            return item
        if self.heading_gives and self.list_heading is not None:  # '- Tặng Giấy khen cho 4 tập thể': the heading's giver
            self._clause_conferrer(self.list_heading.start, self.list_heading.text)
        if (
            doc.spans("awards", sent.start, sent.end)
            or doc.spans("counts", sent.start, sent.end)
            or _PRESENTS_GENERIC.search(sent.text)
            or _PRESENTS_TITLE.search(sent.text)
            or _PRESENTS_PRIZE.search(sent.text)
            or commend_verbs(sent.text)
        ):
            clauses = _clauses(sent.text)
        else:
            clauses = []  # no award, no count, no commendation: no grant, and nothing a later sentence reads
        if clauses and (labelled := _section_giver(doc, sent, inline=True)) is not None:
            self.giver = labelled  # '3. Khen thưởng của Giám đốc Sở: Tặng Giấy khen ...': its label's giver gives its clauses
        by_level: list[Count] | None = None  # the counts of a breakdown by the levels that gave ('trong đó: cấp tỉnh ...')
        by_givers: int | None = None  # where the grants of a breakdown by the bodies that gave begin ('trong đó UBND tỉnh ...')
        carried: GrantFact | None = None  # the last clause's grants to one named recipient, which a bare clause gives again
        for offset, clause in clauses:
            self.giver_before = self.giver if self.giver is not None else self.giver_before
            self.giver, self.giver_passive = None, False
            base = sent.start + offset
            awardless = not self.doc.spans("awards", base, base + len(clause))
            if by_level is not None and awardless and _LEVEL_PART.match(clause):
                by_level += self.doc.values("counts", base, base + len(clause))  # '...; cấp huyện 292 tập thể, 1.100 cá nhân'
                continue
            lead = _BREAKDOWN_LEAD.match(clause)
            if lead and out and awardless and _LEVEL_PART.match(clause, lead.end()):
                by_level = list(self.doc.values("counts", base, base + len(clause)))
                continue
            if lead and out and awardless:
                # ', trong đó 10 cá nhân ..., 16 cá nhân ...' may break a count into parts of its kind; ', gồm ...' and
                # '(...)' only into collectives and individuals ('8 cá nhân (5 nhà tài trợ và 3 cán bộ)' is one grant)
                by_kind = not lead.group(0).strip().lower().startswith("trong")
                counted = self.doc.values("counts", base, base + len(clause))
                if resumed := _resumed_after_subset(clause, base, out[-1], counted):
                    out.append(resumed)  # '... cho 45 tập thể, trong đó có 5 trường học, và 30 cá nhân': the list goes on
                    continue
                parts = _broken_down(out[-1], counted, by_kind)
                if parts or by_givers is not None or not _GIVEN_BY_SUBJECT.match(clause, lead.end()):
                    out += parts
                    continue
                # ', trong đó UBND tỉnh khen thưởng 5 tập thể, ...; UBND huyện khen thưởng 20 ...': the totals' parts by
                # who gave them, each clause an act of its own, read as one (made the totals' parts below if they add up)
                by_givers = len(out)
            for at, predicate in self._predicates(base, clause):
                if at > base and _COUNT_GOES_ON.match(predicate) and _AIMED.search(clause, 0, at - base):
                    continue
                pending, self.shared_award = self.shared_award, None
                found = self.clause(sent, at, predicate, people, event, single_event)
                if not found and carried is not None:
                    # 'X được Thủ tướng tặng Bằng khen, UBND tỉnh tặng Cờ thi đua': the one named before, given again
                    found = self._given_again(sent, at, predicate, carried, event, single_event)
                recipients = {g.recipient for g in found}
                if found:
                    one = len(recipients) == 1 and None not in recipients and all(g.count == 1 and g.status == "conferred" for g in found)
                    # ('10 thầy thuốc trẻ được Tỉnh đoàn tặng Bằng khen và Giám đốc Sở Y tế tặng Giấy khen': those counted,
                    # given again after 'và' by another giver)
                    counted = len(found) == 1 and found[0].count and found[0].recipient is None and found[0].status == "conferred"
                    # ('Nhà trường được Bộ GD&ĐT tặng Cờ thi đua, UBND tỉnh tặng Bằng khen': or the one body told by its head
                    # noun, given again by the giver after the comma)
                    unnamed = all(g.evidence.rule == "grants.unnamed-body" and g.count == 1 and g.status == "conferred" for g in found)
                    carried = (
                        found[-1] if one or unnamed or (counted and _AND_GIVER_NEXT.match(clause, at - base + len(predicate))) else None
                    )
                if lead and out:
                    _classes_take_kind(out[-1], found)  # '... cho 3 tập thể, trong đó 1 hạng Nhì, 2 hạng Ba'
                self.sentence_gave = self.sentence_gave or any(g.status == "conferred" for g in found)
                self.told_at.update((id(g), at) for g in found)  # (where each grant's predicate begins: see _without_past_records)
                found += _each_giver(doc, at, predicate, found)
                out += found + (self._shared_with(pending, found) if pending is not None else [])
        if by_level:
            out += _broken_down_by_level(out, by_level)
        if by_givers is not None:
            out = out[:by_givers] + _parts_by_giver(out[:by_givers], out[by_givers:])
        if people:
            self.last_person = people[0].name
        return out

    def _unit_received_for(self, clause: str, person: str, person_here: list[PersonMention], listed: list[AwardMention]) -> OrgRef | None:
        """The unit of the person's one post that an earlier sentence told given each award the person receives ('nhận',
        not 'được tặng'), told bare or as told then: the person received it for the unit."""
        units = _post_units(person_here, person)
        receives = _RECEIVES.search(clause)
        if len(units) != 1 or receives is None or _GOT_BEFORE.search(clause, 0, receives.start()) is not None:
            return None
        unit = next(iter(units))
        name = unit.name.casefold()
        told = {award for award, recipient in self.given_named if recipient == name}
        if all(a.award in told or (not a.explicit_conferrer and GOVERNMENT_FORM.get(a.award) in told) for a in listed):
            return unit
        return None

    def _given_again(
        self, sent: Sentence, base: int, clause: str, before: GrantFact, event: str | None, single_event: str | None
    ) -> list[GrantFact]:
        """'X được Thủ tướng tặng Bằng khen, UBND tỉnh tặng Cờ thi đua', 'X được Bộ trưởng tặng Bằng khen; được Giám
        đốc Công an tỉnh tặng Giấy khen': a clause that gives its awards to no one, its giver its subject or its
        passive's agent, and nothing after them, gives them to the one the clause before gave to."""
        awards = self.doc.values("awards", base, base + len(clause), base=base)
        if not awards or any(c.kind for c in self.doc.values("counts", base, base + len(clause))):
            return []
        listed = _listed_awards(clause, awards)
        stop = len(clause.rstrip(" .!"))
        if not _ENDS_AT_AWARD.fullmatch(clause, _past_own_name(clause, listed[-1]), stop):
            return []
        if not _GIVEN_BARE_PASSIVE.fullmatch(clause, 0, listed[0].start):
            giving = _GIVEN_BARE.match(clause, 0, listed[0].start)
            by, stated = resolve_conferrer(self.doc, base + giving.start("who"), base + giving.end("who")) if giving else (None, False)
            if by is None or not stated:
                return []
        count = 1 if before.recipient is not None else before.count
        pairs = [(Count(0, 0, count, before.approx, before.recipient_kind), a, "grants.given-to-named-before") for a in listed]
        who = before.recipient_org or before.recipient_person
        return self.counted(base, clause, pairs, who, None, Evidence(sent.start, sent.end, sent.text), event, single_event)

    def _award_item(self, sent: Sentence, event: str | None, single_event: str | None) -> list[GrantFact] | None:
        """'- Huân chương Lao động hạng Ba: bà A, Giám đốc Sở Y tế; ông B, ...', an item of a list a sentence giving
        awards opened: the award to everyone the item names after its colon (people, else bodies), its giver the
        heading's. None for an item of another shape (one that counts: '- Cờ thi đua: 03 tập thể')."""
        doc, text = self.doc, sent.text
        bullet = _BULLET.match(text)
        awards = doc.values("awards", sent.start, sent.end, base=sent.start)
        colon = _ITEM_COLON.match(text, awards[0].end) if bullet and awards and awards[0].start == bullet.end() else None
        if colon is None or any(c.kind for c in doc.values("counts", sent.start + colon.end(), sent.end)):
            return None
        after = sent.start + colon.end()
        people = doc.spans("people", after, sent.end)
        names = list(dict.fromkeys(p.value.name for p in people))
        # (the bodies it names beside the people, not those of their titles: 'Bệnh viện A; ông B, Giám đốc Sở C')
        bodies = list(
            {o.value.name: o.value for o in agents(doc, after, sent.end) if not any(p.start <= o.start < p.end for p in people)}.values()
        )
        if not names and not bodies:
            return None
        given = (
            self._given_to_listed(sent, bodies, "collective", awards[0], "grants.award-list-item", event, single_event) if bodies else []
        )
        if names:
            given += self._given_to_listed(sent, names, "individual", awards[0], "grants.award-list-item", event, single_event)
        return given

    def _given_to_listed(
        self,
        sent: Sentence,
        listed: list[OrgRef | str],
        kind: str,
        award: AwardMention,
        rule: str,
        event: str | None,
        single_event: str | None,
    ) -> list[GrantFact]:
        """An item's award to the recipients it names, as many as it names (one alone is the recipient), its giver the
        list heading's."""
        pairs = [(Count(0, 0, len(listed), False, kind), award, rule)]
        if self.list_heading is not None:
            self._clause_conferrer(self.list_heading.start, self.list_heading.text)  # the heading's giver gives the items
        recipient = listed[0] if len(listed) == 1 else None
        evidence = Evidence(sent.start, sent.end, sent.text)
        return self.counted(
            sent.start, sent.text, pairs, recipient, None, evidence, event, single_event, tuple(listed) if len(listed) > 1 else ()
        )

    def _kind_item(self, sent: Sentence, event: str | None, single_event: str | None) -> list[GrantFact] | None:
        """'Cá nhân: ông A, bà B.' under 'Danh sách được tặng Giấy khen:': an item labelled by the kind of those it names,
        under a heading that gives one award, is that award to them, as many as it names, its giver the heading's. None
        where the item names an award or a count of its own."""
        doc, heading = self.doc, self.list_heading
        label_m = _KIND_LABEL.match(sent.text)
        if heading is None or label_m is None or doc.spans("awards", sent.start, sent.end):
            return None
        if any(c.kind for c in doc.values("counts", sent.start + label_m.end(), sent.end)):
            return None
        awards = doc.values("awards", heading.start, heading.end, base=heading.start)
        if len({a.award for a in awards}) != 1:
            return None
        after = sent.start + label_m.end()
        individual = label_m["kind"].lower() == "cá nhân"
        listed: list[OrgRef | str] = (
            list(dict.fromkeys(p.value.name for p in doc.spans("people", after, sent.end)))
            if individual
            else list(bodies_listed(doc, after, sent.end)) or [b for b in [opening_recipient(doc, after, sent.end)] if b is not None]
        )
        if not listed:
            return None
        kind = "individual" if individual else "collective"
        return self._given_to_listed(sent, listed, kind, awards[-1], "grants.kind-list-item", event, single_event)

    def _counts_item(self, sent: Sentence, event: str | None, single_event: str | None) -> list[GrantFact] | None:
        """'- 05 tập thể có thành tích xuất sắc;' under 'Ban Thường vụ Huyện ủy đã tặng Giấy khen cho:': an item that
        only counts, under a heading that gives one award to those its items count, is that award to them, its giver
        the heading's. None where the item names an award of its own or the heading none, or two."""
        doc, heading = self.doc, self.list_heading
        # ('- 42 cá nhân là chiến sĩ thi đua': a title that says what those counted are, no award of the item's own)
        own = [
            a for a in doc.spans("awards", sent.start, sent.end) if not _HELD_AS.search(doc.text, max(sent.start, a.start - 24), a.start)
        ]
        if heading is None or own:
            return None
        awards = doc.values("awards", heading.start, heading.end, base=heading.start)
        if len({a.award for a in awards}) != 1 or not _GIVEN_TO_ITEMS.match(heading.text, awards[-1].end):
            return None
        counts = [c for c in doc.values("counts", sent.start, sent.end, base=sent.start) if c.kind]
        if not counts:
            return None
        self._clause_conferrer(heading.start, heading.text)  # the heading's giver gives the items
        award = awards[-1]
        pairs = [(c, None, _HEADING_AWARD_COUNTED) for c in counts]
        found = self.counted(sent.start, sent.text, pairs, None, None, Evidence(sent.start, sent.end, sent.text), event, single_event)
        for g in found:  # the heading's award, given as the clause reader gives a named one
            if award.explicit_conferrer:
                g.conferrer = self._owner(heading.start, award)  # 'Bằng khen của Chủ tịch UBND tỉnh cho:'
            g.award = refine_for_conferrer(award.award, label(g.conferrer), heading.text[award.start : award.end])
            if not award.explicit_conferrer:
                g.conferrer = default_conferrer(g.award) or g.conferrer  # an order is the President's, whoever hands it
            g.title, g.classes = award.name, award.classes
        return found

    def _proposes(self, proposal: re.Match[str]) -> bool:
        """Whether the clause's subject, named before its proposal cue, is the conferrer it gives: the proposer."""
        s, e, subject = self.clause_subject
        return e > s and s < proposal.start() and subject == self.giver

    def _rewarded_before(self, base: int, clause: str, end: int) -> list:
        """'Hội đã trao thưởng cho 45 học sinh ... và tặng Giấy khen cho 12 gia đình': a reward of no award's name given to
        recipients it counts, before `end`: a predicate of its own (its count is not the award's after it); the span
        of that count, as the awards' spans before a cut are read, else []."""
        m = _REWARDED.search(clause, 0, end)
        return self.doc.spans("counts", base + m.end(), base + m.end() + 4) if m else []

    def _predicates(self, base: int, clause: str) -> list[tuple[int, str]]:
        """'tặng Cờ thi đua cho xã A và tặng Bằng khen cho xã B': a clause that gives two awards, each to its own
        recipients, read as two (the second takes the first's giver and status); one that gives one award stays whole."""
        cuts = [
            m.start()
            for m in _NEXT_GIVING.finditer(clause)
            if (before := self.doc.spans("awards", base, base + m.start()) or self._rewarded_before(base, clause, m.start()))
            and self.doc.spans("awards", base + m.end(), base + len(clause))
            # (a comma alone parts two givings only after the first one's recipients: 'tặng A cho X, tặng B cho Y', not
            # 'xét, tặng danh hiệu ...')
            and (
                "và" in m.group(0)
                or "đề nghị" in clause[m.end() : m.end() + 30]
                or _TO_SOMEONE.search(clause, before[-1].end - base, m.start())
            )
        ]
        # '... X trao A cho B và Thủ tướng Y trao A cho Z', 'Bộ Công an tặng A cho 1 tập thể, Công an tỉnh tặng B
        # cho ...': a second giver, a person or a body named after 'và' or a comma, with a giving verb of its own
        # '2 tập thể được Thủ tướng tặng Bằng khen, 5 cá nhân được Bộ trưởng tặng Bằng khen': or a count of its own with
        # its own passive
        awards = self.doc.spans("awards", base, base + len(clause))
        if len(awards) > 1:  # an award on each side of the cut
            for m in _AND.finditer(clause, awards[0].end - base, awards[-1].start - base):
                giver = self._giver_at(base + m.end())
                count = self.doc.spans("counts", base + m.end(), base + m.end() + 1)
                # ('..., 320 tập thể và 560 cá nhân được tặng Bằng khen': not after a count the same passive governs)
                listed = any(c.end == base + m.start() for c in self.doc.spans("counts", base + m.start() - 40, base + m.start()))
                # ('Bằng khen cho 5 cá nhân, Trường X được tặng Giấy khen': or a recipient named with its own passive)
                if (
                    (giver is not None and _GIVES_NEXT.match(self.doc.text, giver) and awards[-1].start >= giver)
                    or (
                        count
                        and count[0].start == base + m.end()
                        and _OWN_VERB_NEXT.match(self.doc.text, self._counts_joined_end(count[0].end))
                        and not listed
                    )
                    or (giver is not None and _OWN_VERB_NEXT.match(self.doc.text, giver) and awards[-1].start >= giver)
                ):
                    cuts.append(m.start())
        # 'trao A cho X và B cho Y': a second award with its own recipients after 'và' (or counted right after it: '...
        # và Bằng khen 10 tập thể')
        ends = [a.start - base for a in awards[2:]] + [len(clause)] if len(awards) > 1 else []  # where each next one's part ends
        for (prev, nxt), end in zip(pairwise(awards), ends, strict=True):
            joined = _AND_NEXT_AWARD.search(clause, prev.end - base, nxt.start - base)
            given_to = clause[prev.end - base : joined.start()] if joined else ""
            # (not 'cho 2 tập thể và B cho 5 cá nhân': counts one clause reads together, with one presenter; but 'cho 9
            # tập thể và B cho Sở X': the second's recipient named, which a clause of counts would not read)
            if (
                joined and (_CHO.match(clause, nxt.end - base) or COUNTS_RIGHT_AFTER.match(clause, nxt.end - base)) and "cho" in given_to
                and (not counts_in(given_to) or not counts_in(clause[nxt.end - base : end]))
            ):  # fmt: skip
                cuts.append(joined.start())
        bounds = [0, *sorted(set(cuts)), len(clause)]
        return [(base + a, clause[a:b]) for a, b in pairwise(bounds)]

    def _counts_joined_end(self, end: int) -> int:
        """Where the counts joined to the one ending at `end` end ('35 tập thể và 62 cá nhân được ...': one subject)."""
        while (joined := _COUNTS_JOINED.match(self.doc.text, end)) and (nxt := self.doc.spans("counts", joined.end(), joined.end() + 1)):
            end = nxt[0].end
        return end

    def _giver_at(self, at: int) -> int | None:
        """Where the giver named at `at` ends: a person after their title or honorific ('Thủ tướng Y', 'ông Y'), a
        body named right there ('Công an tỉnh'), or an office ('Chủ tịch UBND huyện'); None if none starts the text there."""
        person = self.doc.spans("people", at, at + 60)
        if person and not _GIVING_OR_CHO.search(self.doc.text, at, person[0].start):
            return person[0].end
        body = self.doc.spans("orgs", at, at + 1)
        if body:
            return body[0].end
        office = [t for t in self.doc.spans("titles", at, at + 1) if t.start == at and t.value]  # 'Chủ tịch UBND huyện'
        return office[0].end if office else None

    def clause(self, sent: Sentence, base: int, clause: str, people: list[PersonMention], event, single_event) -> list[GrantFact]:
        doc = self.doc
        if _PLANNED_GIVING.search(clause):
            self.sentence_planned = True
            return []  # 'Dự kiến khen thưởng 20 tập thể', 'UBND huyện sẽ tặng Giấy khen ...': a commendation to come
        if self.sentence_planned and (_PROPOSAL_OPENS.match(clause) or _GOES_ON_GIVING.match(clause)):
            return []  # ('...; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ...' after it, no subject of its own: to come too)
        awards = doc.values("awards", base, base + len(clause), base=base)
        if _NOT_GIVEN.search(clause, 0, awards[0].end if awards else len(clause)):
            # 'thu hồi Bằng khen đã tặng cho ông A', 'không được tặng Giấy khen': an award taken back or withheld (said
            # of the clause's first award; not 'tặng Bằng khen cho 5 tập thể, đồng thời không xét khen thưởng ...')
            return []
        # ('con trai của một Bà mẹ Việt Nam Anh hùng': a title that says whose son, given no one here)
        awards = [a for a in awards if not _HOLDER_OF.search(clause, max(0, a.start - 12), a.start)]
        # another country's honour ('Huân chương Tự do hạng Ba của Nhà nước Lào', 'Nhà nước CHDCND Lào trao tặng ...', 'Tỉnh
        # Hủa Phăn (Lào) tặng Bằng khen'): none of the Vietnamese system's, whoever holds it
        if awards and _FOREIGN_GIVER.search(clause, 0, awards[0].start):
            self.foreign_giver = True
            return []
        if awards and self.foreign_giver and _NO_GIVER_BEFORE.fullmatch(clause, 0, awards[0].start):
            return []  # ('Chủ tịch nước CHDCND Lào tặng Huân chương ... cho 2 tập thể; Huân chương Hữu nghị cho 5 cá nhân')
        awards = [a for a in awards if not _foreign(clause, a.end) and not _owned_abroad(a)]
        if not awards and self.typed_list is not None and (again := self._typed_list_again(base, clause, 0, self.typed_list)):
            return again  # '...; các cá nhân: ông A, bà B': the award of the list before it, to these
        counts = _within_raised_totals(clause, doc.values("counts", base, base + len(clause), base=base), awards)
        counts = _without_totals_after(clause, counts)
        # 'truy tặng Huy hiệu ... cho Trần Hữu Hiệp - người đã cứu sống 5 người': a count said of the named recipient
        named_end = self._named_recipients_end(base, clause, awards)
        counts = [c for c in counts if not (named_end is not None and _said_of_named(doc.text, named_end, base + c.start))]
        # 'cho xã A và thị trấn B - hai đơn vị dẫn đầu': the bodies named, counted again in what is said of them
        counts = [c for c in counts if not self._restates_named_bodies(base, clause, awards, counts, c)]
        # 'Hai hộ gia đình ông A và bà B được tặng': the households the count names one by one, read as named
        counts = [
            c for c in counts if not (c.kind == "collective" and len(households_at(doc, base + c.start, base + len(clause))) == c.value)
        ]
        # 'cho Tổ công tác 141 gồm 5 cán bộ': what the one unit named is made of, not recipients of their own
        counts = [c for c in counts if not self._members_of_named(base, clause, c)]
        # 'anh A được tặng Giấy khen vì đã cứu 2 người bị nước cuốn trôi': a count in why it was given, not recipients
        reason = _FOR_REASON.search(clause, awards[-1].end) if awards and counts else None
        if reason is not None:
            counts = [c for c in counts if c.start < reason.end() or _GIVEN_AGAIN.search(clause, reason.end(), c.start)]
        if awards and counts:  # 'trao Giấy khen cho tổ công tác đã cứu 5 người': what the recipient did, not recipients
            counts = [
                c for c in counts if c.start < awards[-1].end or not _DEED_BEFORE.search(clause, max(awards[-1].end, c.start - 48), c.start)
            ]
            # ('Thuyền viên tàu cá X đã cứu 3 ngư dân và được UBND tỉnh tặng Bằng khen': or what the subject did, before
            # its passive goes on)
            counts = [
                c for c in counts
                if not (c.end <= awards[0].start and _DEED_BEFORE.search(clause, max(0, c.start - 48), c.start) and _THEN_OWN_PASSIVE.match(clause, c.end))
            ]  # fmt: skip
            # ('Cứu 3 người đuối nước, nam sinh được tặng Bằng khen': a headline's deed first, its count the deed's object,
            # then who did it, given)
            counts = [
                c for c in counts
                if not (c.end <= awards[0].start and _DEED_OPENS.fullmatch(clause, 0, c.start) and _THEN_DOER_PASSIVE.match(clause, c.end))
            ]  # fmt: skip
        offset = base - sent.start
        person_here = [p for p in people if offset <= p.start < offset + len(clause)]
        # the people's offsets are the sentence's; presenters_of reads them against the clause's
        presenters = presenters_of(clause, [rebase(p, offset) for p in person_here], awards)
        actor = (
            (presenters[0] if presenters else None)
            or (self.last_person if _ANAPHOR_SUBJECT.match(clause) else None)
            or self._holder_by_title(base, clause)
        )
        if presenters and presents(clause):
            # 'Đồng chí A và đồng chí B trao ...': who handed it over with A, here (the grants it reaches are linked later)
            self.presented_with.setdefault(presenters[0], set()).add(tuple(presenters[1:]))
        evidence = Evidence(sent.start, sent.end, sent.text)
        if actor and awards and presents(clause) and not any(c.value and not _a_year(c) for c in counts):
            listed = _listed_awards(clause, awards)
            shared = listed[-1] if len(listed) > 1 else None
            handed = self.presentation(sent, base, clause, awards[0], actor, event or single_event, shared)
            if not handed:
                # 'trao Huân chương, Huy chương cho các tập thể, cá nhân': each award listed with it is handed over too
                for more in listed[1:]:
                    self.presentation(sent, base, clause, more, actor, event or single_event, shared)
            return handed
        if actor and not awards and presents(clause) and _PRESENTS_GENERIC.search(clause) and not any(c.value for c in counts):
            # 'Đồng chí X trao khen thưởng của UBND huyện cho các tập thể, cá nhân': hands over the commendations counted
            # elsewhere (or, where none was counted bare, the awards given at its event: 'trao các phần thưởng')
            generic = AwardMention(0, 0, "khen-thuong")
            given_to = re.search(r"(?<!\w)cho\s+(?:các|những)\s", clause)
            to = plural_kind(clause[given_to.start() :]) if given_to else None  # 'cho các cá nhân': the individuals' alone
            self.presentations.append(Presentation(actor, generic, _behalf(self.doc, base, clause), kind=to, event=event or single_event))
            return []
        if actor and not awards and presents(clause) and _PRESENTS_PRIZE.search(clause) and (prize := self._prize_of_events()):
            # 'Lễ trao Giải thưởng Lý Tự Trọng ...', then 'Đồng chí X dự và trao giải': the prize the ceremony is named after
            if counted := _recipients_counted_in(counts):
                return self._handed_counted(sent, clause, prize, actor, event or single_event, counted)  # ('trao giải cho 12 em')
            self.presentations.append(Presentation(actor, prize, _behalf(self.doc, base, clause), event=event or single_event))
            return []
        # (the title itself, not the class it is of: 'danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”')
        named_titles = {a for e in self.events for a in e.awards}
        titles = {a for a in named_titles if not any(b != a and is_ancestor(a, b) for b in named_titles)}
        if not titles and len(self.titles_given) == 1:
            # ('Cô A được phong tặng danh hiệu Nhà giáo ưu tú ...', then 'tại lễ kỷ niệm Ngày Nhà giáo, ông B đã trao danh
            # hiệu cho cô A': no ceremony named after it, the one title conferred before)
            titles = set(self.titles_given)
        if (
            actor and not awards and presents(clause) and _PRESENTS_TITLE.search(clause)
            and (counted := _recipients_counted_in(counts))
            and (title := self._title_of_events(titles)) is not None
            and title.award not in self.titles_given
        ):  # fmt: skip
            # 'Lễ ... trao tặng danh hiệu “Công dân Thủ đô ưu tú”', then 'Đồng chí X trao danh hiệu cho 10 công dân': the
            # title the ceremony is named after, to those the clause counts (not where the article counted it given
            # before: 'trao danh hiệu cho thân nhân 3 mẹ ...' of the 4 told, handed over)
            return self._handed_counted(sent, clause, title, actor, event or single_event, counted)
        # ('Lễ trao danh hiệu Nghệ nhân Nhân dân, Nghệ nhân Ưu tú': each title the one ceremony is named after)
        held = [e for e in self.events if titles and titles <= set(e.awards)]
        if actor and not awards and (len(titles) == 1 or len(held) == 1) and presents(clause) and _PRESENTS_TITLE.search(clause):
            # 'Lễ trao tặng danh hiệu Nghệ sĩ Ưu tú ...', then 'Đồng chí X trao danh hiệu cho các nghệ sĩ': the title the
            # ceremony is named after
            to = presented_to(self.doc, base, base + len(clause))  # ('trao danh hiệu cho Đảng bộ, ... và Nhân dân xã X')
            for title in sorted(titles):
                self.presentations.append(
                    Presentation(actor, AwardMention(0, 0, title), _behalf(self.doc, base, clause), event=event or single_event, to=to)
                )
            return []
        named = tuple(p.start - offset for p in person_here)
        named = _not_apposed(clause, named, counts, awards)
        awards = _owner_shared(clause, specific(awards, clause))
        pairs = [(c, a, r) for c, a, r in bind(clause, awards, counts, named) if a is not None or c.kind is not None]
        if len(pairs) == 1 and pairs[0][1] is not None and pairs[0][0].kind and pairs[0][0].end <= pairs[0][1].start:
            # '20 thanh niên nhận Bằng khen của Tỉnh đoàn và được tặng Huy hiệu “Tuổi trẻ sáng tạo”': the counted subject
            # given a second award by a verb of its own after 'và'
            count, first, rule = pairs[0]
            pairs += [
                (count, b, rule)
                for b in awards
                if b.start > first.end and _ALSO_GIVEN.search(clause, max(first.end, b.start - 40), b.start)
            ]
        if named and awards and not (self.heading_gives and self.list_commends):
            # ('tặng Giấy khen cho ông A là người đã cứu 2 học sinh': the counts after the one named, said of what that
            # one did, no award's; the one named receives)
            described = _what_they_did(clause, pairs, named)
            pairs = [p for p in pairs if id(p[0]) not in described]
        last = max((max(a.end, c.end) for c, a, _ in pairs if a), default=0)
        given_for = any(r == "grants.award-for-counts" for _, _, r in pairs)  # 'Cờ thi đua cho 45 tập thể': given to them
        # ('Kết quả: Huân chương Lao động hạng Ba 01 tập thể; ...': the results a sentence opens on are awards given)
        if (
            last
            and not self.heading_gives
            and not given_for
            and not _GRANT_VERB.search(sent.text, 0, offset + last)
            # (nor awards counted, then handed over in the passive: '30 Huy chương Chiến sĩ vẻ vang được trao cho ...')
            and not _HANDED_AFTER.match(clause, last)
            and not _RECOGNISED_AFTER.match(clause, last)
            and not _RESULTS.match(sent.text)
            # (a row of a table of awards, no heading over it: each award's counts after its colon, given; or a
            # sentence made of such rows: 'Huân chương Lao động hạng Ba: 02 tập thể, 01 cá nhân; Bằng khen ...: 05 tập thể.')
            and not (
                all(r == "grants.award-colon-counts" for _, _, r in pairs)
                and (
                    self.unheaded_item
                    or (not self.headed_item and _rows_before(sent.text[: offset + min(a.start for _, a, _ in pairs if a)]))
                )
            )
        ):
            return []  # 'Huyện có 54 Bà mẹ Việt Nam Anh hùng': holders counted, no award given
        recipient: OrgRef | str | None = None
        after_team: list[str] = []  # 'cho tổ công tác và anh A': the people joined to a team given to
        pairs_given, named_people = bool(pairs), []
        bodies: list[OrgRef] = []
        if not pairs and not awards and (commended := self._commended_named(base, clause)):
            mention, who = commended  # 'Trường X được UBND huyện khen thưởng', 'UBND huyện biểu dương anh A'
            if isinstance(who, tuple) and who and isinstance(who[0], OrgRef):  # 'UBND tỉnh khen thưởng A và B': each
                pairs = [(Count(0, 0, len(who), False, "collective"), mention, "grants.named-recipients")]
                bodies = list(who)  # type: ignore[arg-type]
            elif isinstance(who, tuple):  # 'Các ông, bà: A (ấp 3), B (ấp 5) ... được tuyên dương': as many as it names
                pairs = [(Count(0, 0, len(who), False, "individual"), mention, "grants.named-recipients")]
                named_people = list(who)  # type: ignore[arg-type]
            else:
                kind = "individual" if isinstance(who, str) else "collective"
                pairs = [(Count(0, 0, 1, False, kind), mention, "grants.generic-named-recipient")]
                recipient = who
        if not pairs and not awards and (called := self._commended_called(base, clause)) is not None:
            # 'UBND huyện khen thưởng đột xuất anh Tuấn vì ...': people called by a given name alone, as many, unnamed
            # (or a team called by what it is: 'khen thưởng nóng tổ công tác bắt giữ ...', one collective, unnamed but
            # where the paragraphs before named it in full)
            mention, many, kind, recipient = called
            pairs = [(Count(0, 0, many, False, kind), mention, "grants.unnamed-person" if kind == "individual" else "grants.unnamed-body")]
        if not pairs and not awards and (heads := _COMMENDS_THOSE_LISTED.search(clause)) is not None:
            # 'Giám đốc Công an tỉnh ký Quyết định khen thưởng đột xuất các cá nhân ..., gồm:': a commendation of those
            # the list after it names (its items count them), uncounted until they do
            kind = plural_kind("cho " + heads["plural"]) or "mixed"
            pairs = [(Count(0, 0, None, False, kind), AwardMention(heads.start(), heads.start(), "khen-thuong"), _COMMENDED_LISTED)]
        if not pairs:
            first = awards[0].start if awards else None
            subject = named_recipient(doc, base, base + len(clause), first, TIME_LEAD)
            if subject is not None and awards and _VOTED.search(clause, 0, awards[0].start):
                # 'Hội đồng đã bỏ phiếu suy tôn xã X là đơn vị dẫn đầu ..., đề nghị ... tặng Cờ thi đua': who voted is
                # the subject; the unit voted for receives
                # ('suy tôn tỉnh A, tỉnh B nhận Bằng khen': each voted to receive it)
                subject = self._named_as_unit(base, clause, awards) or elected(doc, base, base + awards[0].start) or subject
            listed_bodies: list[OrgRef] = []
            if isinstance(subject, tuple) and all(isinstance(x, OrgRef) for x in subject):
                listed_bodies = list(subject)  # type: ignore[arg-type]  # 'Quận 1 và thành phố Thủ Đức được tặng'
            elif isinstance(subject, tuple):  # 'ông A (xã X) và bà B được tặng': as many as the subject names
                named_people = list(subject)  # type: ignore[arg-type]
            else:
                recipient = subject
            bodies = listed_bodies or (
                presented_to_all(doc, base + awards[0].end, base + len(clause)) if recipient is None and not named_people and awards else []
            )
            # ('tặng Cờ thi đua và Bằng khen cho xã A và xã B': which each got, unsaid; their common kind)
            given = (listed_together(clause, awards) or awards[0]) if awards else None
            if bodies:  # 'tặng Giấy khen cho xã A, xã B và thị trấn C': as many as it names
                pairs = [(Count(0, 0, len(bodies), False, "collective"), given, "grants.named-recipients")]
            if recipient is None and not named_people and awards and not bodies:
                recipient = (
                    presented_to(doc, base + awards[0].end, base + len(clause))
                    or elected(doc, base, base + awards[0].start)
                    or _given_before_award(doc, base, awards[0])
                )
                if isinstance(recipient, tuple):  # 'suy tôn A và B là đơn vị dẫn đầu Khối': each elected
                    bodies, recipient = list(recipient), None
                    pairs = [(Count(0, 0, len(bodies), False, "collective"), given, "grants.named-recipients")]
            if dead := _dead_head_of(recipient, clause, awards[0].start if awards else None):
                recipient = dead  # 'trao Huân chương ... (truy tặng) cho gia đình cụ A': A's
            if recipient is None and not named_people and awards and not bodies:
                named_people = people_given(doc, base + awards[0].end, base + len(clause))
            if recipient is None and not named_people and awards and (called := _CALLED_ALONE.search(clause, awards[-1].end)):
                recipient = _last_called(doc, base + called.start(), called["honorific"])  # 'Công an phường cũng đã trao Giấy khen cho em.'
            if len(named_people) > 1:  # 'truy tặng danh hiệu ... cho các Bà mẹ: A, B, C và D': as many as it names
                pairs = [(Count(0, 0, len(named_people), False, "individual"), given, "grants.named-recipients")]
            elif named_people:
                recipient = named_people[0]
            if recipient is None and not pairs and not named_people and awards and (unit := self._named_as_unit(base, clause, awards)):
                if isinstance(unit, tuple):  # 'xã A và xã B là đơn vị xuất sắc, đề nghị ... tặng Bằng khen': each so named
                    bodies = list(unit)
                    pairs = [(Count(0, 0, len(bodies), False, "collective"), awards[0], "grants.named-recipients")]
                else:
                    recipient = unit  # 'xã X là đơn vị xuất sắc ..., đề nghị UBND tỉnh tặng Bằng khen': the unit so named
            if (
                recipient is None
                and not pairs
                and not named_people
                and awards
                and (voted := self._voted_then_proposed(base, clause, awards))
            ):
                if isinstance(voted, tuple):  # 'suy tôn A và B đề nghị tặng Bằng khen': each voted for
                    bodies = list(voted)
                    pairs = [(Count(0, 0, len(voted), False, "collective"), awards[0], "grants.named-recipients")]
                else:
                    recipient = voted
            if recipient is None and not pairs and not named_people and awards and len(self.ranked_run) > 1 and _FOLLOW_ON.match(clause):
                # 'suy tôn xã A là đơn vị dẫn đầu Cụm 1, thị trấn B là đơn vị dẫn đầu Cụm 2, đề nghị UBND tỉnh tặng Cờ thi
                # đua': each body the clauses before ranked
                bodies = list(self.ranked_run)
                pairs = [(Count(0, 0, len(bodies), False, "collective"), awards[0], "grants.named-recipients")]
            if recipient is None and not pairs and not named_people and self.clause_recipient and _FOLLOW_ON.match(clause):
                recipient = self.clause_recipient  # 'suy tôn xã X là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua'
            if recipient is None and not pairs and not named_people and awards and self.clause_counted and _FOLLOW_ON.match(clause):
                # 'suy tôn A và B là 2 đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua': those counted before
                value, kind = self.clause_counted
                pairs = [(Count(0, 0, value, False, kind), awards[0], "grants.follow-on-counted")]
            if (
                recipient is None and not pairs and not named_people and len(awards) == 1 and self.clause_counts
                and (self.counted_given_to or _PASSIVE_GOES_ON.match(clause))
                and _GIVES_RIGHT_BEFORE.search(clause, 0, awards[0].start) and _NOTHING_AFTER.fullmatch(clause, _past_own_name(clause, awards[0]))
                # (not a clause whose passive has a body told by its head noun as its subject: '...; xã được UBND tỉnh tặng
                # Bằng khen', the commune's own)
                and not BARE_BODY_RECEIVES.search(clause, 0, awards[0].start)
            ):  # fmt: skip
                # 'Tỉnh đoàn tặng Bằng khen cho 3 học sinh; Chủ tịch UBND huyện tặng Giấy khen.': to those the clause
                # before counted (each of its counts: '... cho 3 tập thể và 5 cá nhân; UBND huyện tặng Giấy khen.'), the
                # clause saying no one of its own ('100 thủ khoa được UBND thành phố tặng Bằng khen; được Thành đoàn tặng
                # Huy hiệu ...': or its passive going on with no subject of its own)
                pairs = [(Count(0, 0, value, False, kind), awards[0], "grants.same-counted-given") for value, kind in self.clause_counts]
            if recipient is None and not pairs:
                # 'trao Bằng khen, Giấy khen cho các tập thể, cá nhân': the awards listed together, each to them
                listed = _listed_awards(clause, awards)
                kind = plural_kind(clause[_past_own_name(clause, listed[-1]) :]) if listed else None
                bare = BARE_BODY_RECEIVES.search(clause, 0, listed[0].start) if kind is None and listed else None
                if bare is None and kind is None and listed and "được" in clause:
                    bare = _BARE_BODY_THEN_PREDICATE_RECEIVES.search(clause, 0, listed[0].start)
                # (a unit by its level word is the one the headline or lead names: 'xã' in a ward's article is none)
                place = own_place(doc, bare["place"]) if bare and bare["place"] else None
                if bare and (place or not bare["place"]):
                    # 'Năm 2023, Công ty được Tập đoàn tặng Cờ thi đua': the one company the headline names; 'nhà trường
                    # được UBND tỉnh tặng Cờ thi đua' where no school is named: one body, left unnamed (not a plural)
                    kind, recipient = "collective", place or own_body(doc, bare["head"] or bare["unit"])
                    pairs = [(Count(0, 0, 1, False, kind), award, "grants.unnamed-body") for award in listed]
                if (
                    kind is None
                    and listed
                    and bare is None
                    and doc.place.commune is None
                    and _COMMUNE_BODY_RECEIVES.search(clause, 0, listed[0].start)
                ):
                    # 'Năm 2022, Hội Nông dân xã được Trung ương Hội tặng Bằng khen' where no commune is named: one body
                    kind = "collective"
                    pairs = [(Count(0, 0, 1, False, kind), award, "grants.unnamed-body") for award in listed]
                if kind is None and listed and bare is None and _TEAM_RECEIVES.search(clause, 0, listed[0].start):
                    # 'Đội tuyển của huyện giành Cúp vô địch và được UBND huyện tặng Giấy khen': one team, unnamed
                    kind = "collective"
                    pairs = [(Count(0, 0, 1, False, kind), award, "grants.unnamed-body") for award in listed]
                called = _GIVEN_TO_CALLED.match(clause, _past_own_name(clause, listed[-1])) if kind is None and listed else None
                called = called or (_GIVEN_NAME_RECEIVES.search(clause, 0, listed[0].start) if kind is None and listed else None)
                if kind is None and listed and not person_here and called:
                    # 'Năm 2023, chị Hoa được Chủ tịch UBND tỉnh tặng Bằng khen', 'trao Giấy khen cho em Hoa và em Nam':
                    # people called by a given name alone (no person of the article's by it), the subject of the passive
                    # or those given to: as many individuals, left unnamed
                    kind, many = "individual", len(_CALLED.findall(called["who"]))
                    pairs = [(Count(0, 0, many, False, kind), award, "grants.unnamed-person") for award in listed]
                if kind is None and listed:  # 'các cá nhân được ... tặng Huân chương ..., gồm:'
                    kind = plural_subject_kind(clause[: listed[0].start], clause[listed[-1].end :])
                if kind is None and listed:  # 'tặng Giấy khen cho học sinh đạt giải Nhất': uncounted, as a plural
                    kind = bare_noun_kind(clause[_past_own_name(clause, listed[-1]) :])
                to_list = kind is None and bool(listed) and _GIVEN_TO_LIST.match(clause, _past_own_name(clause, listed[-1])) is not None
                if to_list:
                    # 'Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho:', its recipients the items after it:
                    # of either kind, as many as they name (_NamedItems); none where they count instead (dropped)
                    kind = "mixed"
                if kind is None and len(listed) == 1 and self.posthumous_one and not person_here and posthumous(clause, listed[0].start):
                    # '... truy tặng Huân chương Dũng cảm cho anh A. Cùng dịp, UBND tỉnh truy tặng Bằng khen': given to
                    # the dead the article honoured before, the one it can be
                    kind, recipient = "individual", self.posthumous_one
                    pairs = [(Count(0, 0, 1, False, kind), listed[0], "grants.posthumous-again")]
                if (
                    kind is None
                    and len(listed) > 1
                    and _RESPECTIVELY.search(clause)
                    and (shared := UNITS_AFTER_LEVEL.search(clause, 0, listed[0].start)) is not None
                    and len(units := units_sharing_level(doc, shared)) == len(listed)
                ):
                    # 'Các xã A, B và C lần lượt được tặng Cờ thi đua, Bằng khen và Giấy khen': the units named after the
                    # level word they share, each its award in turn (read below, as bodies named one by one are)
                    kind, bodies = "collective", list(units)
                if kind is None:
                    s, e = _subject(clause, self._names(base, clause))
                    subj, _ = resolve_conferrer(doc, base + s, base + e)
                    self.sentence_subject = subj or self.sentence_subject
                    if subj is not None and len(listed) == 1 and _ENDS_AT_AWARD.fullmatch(clause, listed[0].end):
                        # 'Bộ trưởng Bộ Công an tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen cho Ban chuyên án':
                        # given to the one the next giver's award goes to
                        self.shared_award = (listed[0], subj, clause[listed[0].start : listed[0].end])
                    return []
                # 'UBND huyện tặng Giấy khen cho các tập thể có thành tích': uncounted, kept only where the article
                # counts no grant of that award to such recipients (grant_links.without_told_uncounted)
                if not pairs:
                    named_count = plural_named(clause[listed[-1].end :])  # 'cho các xã: A, B và C' counts 3
                    if named_count is None and kind == "collective":  # ('Các trường A và B được ... tặng': 2)
                        named_count = plural_subject_named(clause[: listed[0].start])
                    colon = _LIST_COLON.search(clause, listed[-1].end) or _LIST_OF_PERSONS.search(clause, listed[-1].end)
                    after = [p.name for p in person_here if colon and p.start - offset >= colon.end()] if kind == "individual" else []
                    if named_count is None and len(after) >= 2 and not named_people:
                        # 'Các cá nhân được tặng Giấy khen gồm: ông A, Bí thư ...; bà B, Chủ tịch ...': as many as it names
                        named_count, named_people = len(after), after
                    opens = _LIST_AFTER_AWARD.match(clause, _past_own_name(clause, listed[-1]))
                    if named_count is None and kind == "collective" and opens and not bodies:
                        # 'Các tập thể được tặng Cờ thi đua: xã A, xã B': as many bodies as it names
                        listed_bodies = bodies_listed(doc, base + opens.end(), base + len(clause), semicolons=":" in opens.group(0))
                        if len(listed_bodies) > 1:
                            named_count, bodies = len(listed_bodies), listed_bodies
                    one = (
                        (_ONE_COLLECTIVE.match(clause, at := _past_own_name(clause, listed[-1])) or _ONE_TEAM.match(clause, at))
                        if kind == "collective" and not named_count
                        else None
                    )
                    if one is not None:
                        # 'tặng Giấy khen cho tập thể lớp 12A1': one collective, named by its unit and number (or 'cho tổ
                        # công tác': the one the paragraphs before named in full, 'Tổ công tác Phòng Cảnh sát hình sự')
                        named_count, recipient = 1, _team_named(doc, one["unit"], base + one.start("unit"))
                        joined = _JOINED_TO_TEAM.match(clause, one.end("unit"))
                        after_team = people_listed_at(doc, base + joined.end(), base + len(clause)) if joined else []
                    rule = "grants.named-recipients" if named_count else GIVEN_TO_LIST if to_list else UNCOUNTED
                    pairs = [(Count(0, 0, named_count, False, kind), award, rule) for award in listed]
            self.clause_recipient = recipient
            if not pairs:
                kind = "individual" if isinstance(recipient, str) else "collective"
                # 'X được UBND tỉnh tặng Bằng khen và được công nhận danh hiệu Tập thể lao động xuất sắc': each award
                # the recipient is said again to receive
                # 'X được tặng Cờ thi đua và Bằng khen': each award listed with the first
                listed = _listed_awards(clause, awards)
                if kind == "individual" and all(recipients_kind(a.award) == "collective" for a in listed):
                    # 'Cô A, Hiệu trưởng Trường X nhận Cờ thi đua': a flag the law gives collectives only; the unit the
                    # person's post names received it (unnamed where the posts name none, or two), not the person
                    units = _post_units(person_here, recipient)
                    kind, recipient = "collective", units.pop() if len(units) == 1 else None
                    self.clause_recipient = recipient
                elif kind == "individual" and (unit := self._unit_received_for(clause, recipient, person_here, listed)) is not None:
                    # 'Công ty X được Thủ tướng tặng Bằng khen. Ông A, Giám đốc Công ty nhận Bằng khen': the award an earlier
                    # sentence gave the unit the person's post names, received for it (that giving told again)
                    kind, recipient = "collective", unit
                    self.clause_recipient = recipient
                rest = awards[len(listed) - 1 :]  # each searched for a verb between it and the award before it
                again = [(prev, a) for prev, a in pairwise(rest) if _RECEIVED_AGAIN.search(clause, prev.end, a.start)]
                # each award received again by the giver its own passive names ('... và được Sở GD&ĐT tặng Bằng khen')
                self.again_givers = {a.start: self._own_agent(base, clause, prev.end, a.start) for prev, a in again}
                # 'Cục X là đơn vị dẫn đầu Khối thi đua, được Bộ trưởng tặng Cờ thi đua': a ranking said of the
                # subject, given by no one the clause names
                first_rule = _RANKED_RULE if ranked_as(clause, listed[0].start) else "grants.named-recipient"
                pairs = [(Count(0, 0, 1, False, kind), a, first_rule) for a in listed]
                if kind == "collective" and all(recipients_kind(a.award) == "individual" for a in listed):
                    # 'Trường X đón nhận danh hiệu Nhà giáo Ưu tú': a title the law gives people only; the unit's people
                    # received it, as many as the article counts elsewhere, not the unit
                    recipient = self.clause_recipient = None
                    pairs = [(Count(0, 0, None, False, "individual"), a, _UNIT_S_PEOPLE) for a in listed]
                pairs += [(Count(0, 0, 1, False, kind), a, _RECEIVED_AGAIN_RULE) for _, a in again]
        presenter = actor if actor and presents(clause) else None
        if presenter is None and (agent := handed_by_agent(clause)) is not None:
            # '5 tập thể được đồng chí A, Phó Chủ tịch UBND tỉnh trao Bằng khen': the passive's agent handed it over
            presenter = next((p.name for p in person_here if agent[0] <= p.start - offset < agent[1]), None)
        many: tuple[OrgRef | str, ...] = tuple(named_people) if not pairs_given and len(named_people) > 1 else ()
        if not pairs_given and bodies:
            many = tuple(bodies)
        respective = _respective(clause, awards, many) if not pairs_given else None
        if respective is not None:
            # 'Xã A và xã B lần lượt được tặng Cờ thi đua và Bằng khen': the first named the first award, and so on
            rule, kind = "grants.named-respectively", "individual" if isinstance(many[0], str) else "collective"
            out = self.counted(
                base, clause, [(Count(0, 0, 1, False, kind), a, rule) for a in respective], None, presenter, evidence, event, single_event
            )
            for g, who in zip(out, many, strict=False):
                for field_name, value in _as_recipient(who).items():
                    setattr(g, field_name, value)
            # ('... lần lượt được UBND tỉnh và UBND huyện tặng Bằng khen và Giấy khen': each its giver, in turn)
            agent = _AGENT.search(clause) if len(awards) == 2 else None
            if agent is not None and (givers := self._givers_in_turn(base, clause, awards, agent.start("agent"))) is not None:
                for g in out:
                    g.conferrer = givers.get(g.award, g.conferrer)
            return out
        if presenter is None and awards and (handed := self._handed_by(base, clause, awards[-1])) is not None:
            presenter = handed  # 'em A nhận Giấy khen từ Chủ tịch UBND huyện Lê Văn B': who handed it over
        out = self.counted(base, clause, pairs, recipient, presenter, evidence, event, single_event, many)
        _link_bracketed_parts(clause, counts, awards, out)
        _without_others_within_totals(clause, counts, out)
        # 'tặng Giấy khen cho Công an xã X, ông A và bà B': the people named after the body (or bodies) receive it too
        if (
            len(out) == 1
            and (isinstance(recipient, OrgRef) or (out[0].named and all(isinstance(x, OrgRef) for x in out[0].named)) or after_team)
            and awards
            and out[0].recipient_kind == "collective"
            and (
                beside := after_team
                or people_beside(doc, base + awards[0].end, base + len(clause))
                or self._joined_to_subject(base, clause, recipient, awards[0])
            )
        ):
            one_person = beside[0] if len(beside) == 1 else None
            out.append(replace(
                out[0], recipient_kind="individual", count=len(beside), recipient=one_person, recipient_org=None,
                recipient_person=one_person, named=tuple(beside) if len(beside) > 1 else (),
            ))  # fmt: skip
        elif (
            len(out) == 1
            and out[0].recipient_kind == "individual"
            and awards
            and (named_people or isinstance(recipient, str))
            and (body := body_beside(doc, base + awards[0].end, base + len(clause))) is not None
        ):  # 'tặng Giấy khen cho ông A, bà B và Công an xã X': the body named after the people receives it too
            out.append(replace(
                out[0], recipient_kind="collective", count=1, recipient=body.name, recipient_org=body, recipient_person=None, named=()
            ))  # fmt: skip
        elif out and all(g.recipient is None and not g.named and g.count for g in out) and (body := self._body_after_counts(base, clause)):
            # 'tặng Giấy khen cho 3 giáo viên và Trường THCS X': the one body named after the counts, a grant of its own
            out.append(replace(
                out[-1], recipient_kind="collective", count=1, recipient=body.name, recipient_org=body, recipient_person=None, named=()
            ))  # fmt: skip
        elif out and all(g.recipient is None and not g.named and g.count for g in out) and (one := self._person_after_counts(base, clause)):
            # 'tặng Bằng khen cho 2 tập thể và ông A, Bí thư Đảng ủy xã': so is the one person named after them
            out.append(replace(
                out[-1], recipient_kind="individual", count=1, recipient=one, recipient_org=None, recipient_person=one, named=(),
                evidence=replace(out[-1].evidence, rule=PERSON_AFTER_COUNTS),
            ))  # fmt: skip
        out += self._ranked_after(base, clause, awards, out)
        out += self._ranked_in_brackets(base, clause, awards, out)
        one = out[0] if len(out) == 1 and out[0].count and out[0].recipient is None else None
        self.clause_counted = (one.count, one.recipient_kind) if one is not None else None  # type: ignore[assignment]
        # (counted as its object, after 'cho': a clause after it that gives to no one elides them, as parallel clauses do)
        counted = bool(out) and all(g.count and g.recipient is None and not g.named and g.award == out[0].award for g in out)
        kinds = [g.recipient_kind for g in out]
        self.clause_counts = tuple((g.count, g.recipient_kind) for g in out) if counted and len(set(kinds)) == len(kinds) else ()
        self.counted_given_to = bool(self.clause_counts) and bool(awards) and given_to_after(clause, awards[-1].end)
        if out and all(g.award in _RANKINGS and g.recipient_org is not None for g in out):
            self.ranked_run += [g.recipient_org for g in out if g.recipient_org is not None]
        elif out:
            self.ranked_run = []
        for g in out:  # 'cho xã Tân Lập và 5 cá nhân': the one collective is the body named
            # (not a count of collectives after it: 'cho Phòng X, 2 đội và 8 cán bộ')
            if g.evidence.rule == NAMED_BODY_AND_COUNTED and g.recipient_kind == "collective" and g.recipient is None and g.count == 1:
                listed = presented_to_all(doc, base + awards[0].end, base + len(clause)) if awards else []
                if listed:  # 'cho Đồn Biên phòng X, Công an xã Y và 7 cá nhân': as many collectives as it names
                    g.count, g.named = len(listed), tuple(listed)
                    continue
                body = presented_to(doc, base + awards[0].end, base + len(clause)) if awards else None
                g.recipient, g.recipient_org = (body.name, body) if body else (None, None)
            if g.evidence.rule == NAMED_SUBJECT_AND_COUNTED and g.recipient_kind == "collective" and g.recipient is None:
                # the subject body's span is the one count binding made of it, the first of that rule's pairs
                start, end = next((c.start, c.end) for c, _, r in pairs if r == NAMED_SUBJECT_AND_COUNTED)
                body = conferrer_named(doc, base + start, base + end, at_start=True) or own_body(doc, clause[start:end])
                g.recipient, g.recipient_org = (body.name, body) if body else (None, None)
            if g.evidence.rule == NAMED_AND_COUNTED and g.count == 1 and g.recipient is None:
                named_first = people_given(doc, base + awards[0].end, base + len(clause))[:1] if awards else []
                g.recipient = g.recipient_person = named_first[0] if named_first else None  # 'cho ông A và 5 cá nhân'
        typed = [g for g in out if g.evidence.rule == "grants.named-recipients" and g.count]
        if len(out) == 1 and typed and awards and (opened := _TYPED_LIST.search(clause, awards[0].end)) is not None:
            self.typed_list = typed[0]
            out += self._typed_list_again(base, clause, opened.start("names"), typed[0])  # '... và các cá nhân: ông A, bà B'
        if len(awards) == 2 and (givers := self._givers_in_turn(base, clause, awards)) is not None:
            for g in out:  # 'Tỉnh đoàn X và UBND huyện Y đã tặng Bằng khen, Giấy khen cho em A': each gave its own
                if g.status == "conferred" and (giver := givers.get(g.award)) is not None and not default_conferrer(g.award):
                    g.conferrer = giver
                elif g.evidence.rule == SHARED_AWARDS:
                    g.conferrer = None  # '... cho 3 tập thể, 6 cá nhân': which giver gave them which award, unsaid
        return out

    def _typed_list_again(self, base: int, clause: str, pos: int, before: GrantFact) -> list[GrantFact]:
        """'cho các tập thể: A, B; các cá nhân: ông C, bà D': a second list its plural's kind opens, after a list given
        an award (in the clause, or opening the next one), given the same award by the same giver: as many as it names
        (people by name, bodies by their capitals)."""
        m = _TYPED_LIST.search(clause, pos) if pos else _TYPED_LIST.match(clause)
        kind = plural_kind("cho các " + m["noun"]) if m else None
        if m is None or kind is None or kind == before.recipient_kind or kind == "mixed":
            return []
        if kind == "individual":
            people = self.doc.values("people", base + m.start("names"), base + m.end("names"))
            many = len(people) if len(people) >= 2 else None
        else:
            many = named_items(clause[m.start("names") : m.end("names")])
        if many is None:
            return []
        return [replace(before, recipient_kind=kind, count=many, recipient=None, recipient_org=None, recipient_person=None, named=())]

    def _shared_with(self, pending: tuple[AwardMention, Conferrer, str], found: list[GrantFact]) -> list[GrantFact]:
        """The award a giver gave, its recipient told only after the next giver's award: to the one recipient that
        award names, if it names one."""
        mention, giver, text = pending
        named = [g for g in found if g.count == 1 and (g.recipient is not None or g.named)]
        if len(found) != 1 or len(named) != 1:
            return []
        award = refine_for_conferrer(mention.award, label(giver), text)
        if award == named[0].award:
            return []
        return [replace(named[0], award=award, conferrer=default_conferrer(award) or giver, presenter=None, on_behalf_of=None)]

    def _givers_in_turn(self, base: int, clause: str, awards: list[AwardMention], since: int | None = None) -> dict[str, Conferrer] | None:
        """Two givers joined by 'và' before a verb of giving, then two awards of no giver of their own joined after it:
        the first gave the first, the second the second. None where the clause is not of that shape. `since`: where a
        passive's agent opens ('lần lượt được UBND tỉnh và UBND huyện tặng ...'), the givers after it."""
        first, second = awards
        if first.award == second.award or first.explicit_conferrer or second.explicit_conferrer:
            return None
        verb = _GIVE_VERB_BEFORE.search(clause, since or 0, first.start)
        if verb is None or not _AWARD_PAIR_JOIN.fullmatch(clause, first.end, second.start):
            return None
        bodies = [s for s in agents(self.doc, base + (since or 0), base + verb.start()) if s.end <= base + verb.start()]
        if len(bodies) < 2 or not _GIVERS_JOINED.fullmatch(self.doc.text, bodies[-2].end, bodies[-1].start):
            return self._offices_in_turn(base, clause, verb.start(), first, second, since)
        if self.doc.text[bodies[-1].end : base + verb.start()].strip():
            return None
        return {first.award: bodies[-2].value, second.award: bodies[-1].value}

    def _offices_in_turn(
        self, base: int, clause: str, verb: int, first: AwardMention, second: AwardMention, since: int | None = None
    ) -> dict[str, Conferrer] | None:
        """'Chủ tịch UBND tỉnh và Chủ tịch UBND huyện đã tặng Bằng khen, Giấy khen ...': two offices (or an office and
        a body) joined by 'và' as the subject (or as the agent that opens at `since`), each giving the award of its
        turn; None where the subject is not two."""
        lead = TIME_LEAD.match(clause) if since is None else None
        start = since if since is not None else lead.end() if lead else 0
        parts = _GIVERS_JOINED.split(clause[start:verb])
        if len(parts) != 2 or "," in clause[start:verb]:
            return None
        one, _ = resolve_conferrer(self.doc, base + start, base + start + len(parts[0]))
        other_start = verb - len(parts[1])
        two, _ = resolve_conferrer(self.doc, base + other_start, base + verb)
        if one is None or two is None or label(one) == label(two):
            return None
        return {first.award: one, second.award: two}

    def _holder_by_title(self, base: int, clause: str) -> str | None:
        """'Phó Thủ tướng đã trao Cờ thi đua ...' after 'Phó Thủ tướng Trần Hồng Hà dự': a title with no name, right before
        the verb that hands an award over, is the one person the article gave that title (of that body, if it names one)."""
        verb = presents(clause)
        if verb is None or not verb.group(0).lower().startswith(("trao", "gắn")):
            return None  # ('Chủ tịch UBND tỉnh tặng Bằng khen': the office that gives it, by decision, no one's hand)
        titles = [
            t
            for t in self.doc.spans("titles", base, base + verb.start())
            if t.value and _ADVERBS_ONLY.fullmatch(clause, t.end - base, verb.start())
        ]
        if not titles or self.doc.spans("people", titles[-1].start, base + verb.start()):
            return None
        post = titles[-1].value[0]
        # (of that body, or of the one it is told shorter for: 'Cục trưởng Cục Thuế' after 'Cục trưởng Cục Thuế tỉnh X')
        holders = {
            p.value.name
            for p in self.doc.spans("people")
            if any(
                q.role == post.role and (post.org is None or (q.org is not None and told_shorter(post.org.name, q.org.name)))
                for q in p.value.posts
            )
        }
        return next(iter(holders)) if len(holders) == 1 else None

    def _named_as_unit(self, base: int, clause: str, awards: list[AwardMention]) -> OrgRef | tuple[OrgRef, ...] | None:
        """'Hội nghị thống nhất xã X là đơn vị xuất sắc ..., đề nghị ... tặng Bằng khen': the body or unit named right
        before 'là đơn vị dẫn đầu / xuất sắc / tiêu biểu', before the clause's first award; or the bodies a list that ends
        there names ('huyện A và huyện B là đơn vị xuất sắc')."""
        m = _AS_UNIT.search(clause, 0, awards[0].end)  # (the award may be the ranking: 'là đơn vị dẫn đầu Cụm ...')
        if m is None:
            return None
        end = base + m.start()
        spans = sorted((*agents(self.doc, base, end), *self.doc.spans("places", base, end)), key=lambda x: x.start)
        named = [s for s in spans if s.end == end]
        if not named:
            return None
        found = conferrer_named(self.doc, named[0].start, end, at_start=True)
        if not isinstance(found, OrgRef):
            return None
        # (the list opens after the vote, if one: 'Hội đồng ... đã bình xét, suy tôn xã A và Trường B là đơn vị dẫn đầu')
        voted = [v.end() for v in _VOTED.finditer(clause, 0, m.start())]
        spans = [x for x in spans if x.start >= base + voted[-1]] if voted else spans
        listed = bodies_listed(self.doc, spans[0].start, end) if len(spans) > 1 else []
        return tuple(listed) if len(listed) > 1 and listed[-1].name == found.name else found

    def _voted_then_proposed(self, base: int, clause: str, awards: list[AwardMention]) -> OrgRef | tuple[OrgRef, ...] | None:
        """'suy tôn Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy đề nghị tặng Bằng khen': the bodies voted for, then
        proposed for the award after, with no title between ('là đơn vị dẫn đầu' is _named_as_unit's)."""
        m = _VOTED_THEN_PROPOSED.search(clause, 0, awards[0].start)
        if m is None:
            return None
        s, e = base + m.start("who"), base + m.end("who")
        listed = bodies_listed(self.doc, s, e)
        if listed:
            return tuple(listed)
        # (the one body whose name is all the words voted for: 'suy tôn Ban Tuyên giáo Tỉnh ủy đề nghị', its place unsaid)
        e = s + len(self.doc.text[s:e].rstrip())
        if not any(x.start == s and x.end == e for x in (*agents(self.doc, s, e), *self.doc.spans("places", s, e))):
            return None
        found = conferrer_named(self.doc, s, e, at_start=True)
        return found if isinstance(found, OrgRef) else None

    def _commended_named(self, base: int, clause: str) -> tuple[AwardMention, OrgRef | str | tuple[str, ...] | tuple[OrgRef, ...]] | None:
        """A named recipient commended with no award named: the subject of 'X được (Y) khen thưởng / biểu dương /
        tuyên dương', or the object of 'Y khen thưởng (cho) X'; not a past record ('từng được khen thưởng') nor a
        plan or a consideration ('sẽ khen thưởng', 'xét khen thưởng')."""
        for verb in commend_verbs(clause):
            before = clause[: verb.start()]
            if names_the_work(clause, verb) or _NOT_A_COMMENDING.search(before[-40:]):
                continue
            passive = _PASSIVE_BEFORE.search(before)
            if passive and _NOT_A_COMMENDING.search(before[max(0, passive.start() - 40) : passive.start()]):
                continue  # 'từng được UBND tỉnh khen thưởng'
            mention = AwardMention(verb.start(), verb.end(), "khen-thuong", rule="awards.generic-verb")
            # (or a passive that opens the clause, those it names after it: 'Được khen thưởng lần này có ông A và bà B')
            fronted = passive is not None and not before[: passive.start()].strip(" ,")
            if passive and (_PLURAL_BEFORE_PASSIVE.search(before, 0, passive.start()) or fronted):
                # 'Các tập thể được khen thưởng gồm: A và B': those the list names; not 'X thông báo danh sách các tập
                # thể, cá nhân được đề nghị khen thưởng' (those, not X)
                if not (made_of := _MADE_OF_LIST.match(clause, verb.end())):
                    return None
                listed = presented_to_all(self.doc, base + verb.end(), base + len(clause))
                # ('Các cá nhân được khen thưởng gồm: ông A và bà B': the people it names, two or more)
                people = people_listed_at(self.doc, base + made_of.end(), base + len(clause)) if not listed else []
                return (mention, tuple(listed)) if listed else (mention, tuple(people)) if len(people) > 1 else None
            if passive:
                who = receiver_before(self.doc, base, base + passive.start(), TIME_LEAD)
            else:
                at = base + _CHO_AFTER.match(clause, verb.end()).end()
                if _DECISION_BEFORE_VERB.search(before) and (owned := _OWNER_THEN_GIVEN_TO.match(clause, verb.end())):
                    at = base + owned.end()  # 'trao quyết định khen thưởng đột xuất của Chủ tịch UBND tỉnh cho Tổ công tác X'
                if deed := _DEED_OF.match(self.doc.text, at, base + len(clause)):
                    at = deed.end()  # 'khen thưởng cho hành động dũng cảm cứu người của em A': whose deed it was
                listed = bodies_listed(self.doc, at, base + len(clause))  # 'UBND tỉnh khen thưởng A và B': each
                # ('khen thưởng cho ông A (sinh năm 1980) và anh B': each person)
                people = people_listed_at(self.doc, at, base + len(clause)) if not listed else []
                who = tuple(listed) if listed else tuple(people) if len(people) > 1 else opening_recipient(self.doc, at, base + len(clause))
            if isinstance(who, (str, OrgRef)) or (isinstance(who, tuple) and all(isinstance(w, (str, OrgRef)) for w in who)):
                return mention, who
            return None
        return None

    def _commended_called(self, base: int, clause: str) -> tuple[AwardMention, int, str, OrgRef | None] | None:
        """The commendation of people called by a given name alone, the object of 'Y khen thưởng (cho) X' ('khen thưởng
        đột xuất anh Tuấn và chị Mai vì ...'), how many it calls and their kind (or of a team called by what it is:
        'khen thưởng nóng tổ công tác bắt giữ ...', one collective, with the name the paragraphs before told it by in
        full, if one); not a plan, a record or a consideration."""
        for verb in commend_verbs(clause):
            before = clause[: verb.start()]
            if names_the_work(clause, verb) or _NOT_A_COMMENDING.search(before[-40:]) or _PASSIVE_BEFORE.search(before):
                continue
            at = _CHO_AFTER.match(clause, verb.end()).end()
            mention = AwardMention(verb.start(), verb.end(), "khen-thuong", rule="awards.generic-verb")
            if called := _COMMENDED_CALLED.match(clause, at):
                return mention, len(_CALLED.findall(called["who"])), "individual", None
            if team := _COMMENDED_TEAM.match(clause, at):
                return mention, 1, "collective", _team_named(self.doc, team["team"], base + team.start("team"))
        return None

    def _decision_giver(self, base: int, clause: str, award: AwardMention) -> Conferrer | None:
        """'trao Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen': whose decision, named before the
        award, gives it."""
        of = _DECISION_OF.search(clause, 0, award.start)
        if of is None:
            return None
        giver, stated = resolve_conferrer(self.doc, base + of.start("who"), base + of.end("who"))
        return giver if stated else None

    def _own_medal(
        self, clause: str, mention: AwardMention | None, award: str, conferrer: Conferrer | None
    ) -> tuple[bool, Conferrer | None, str | None]:
        """Whether a 'Huy chương' is a body's own medal, not a state one, with its giver and name: one named after its
        word ('Huy chương “Vì thế hệ trẻ”', whoever gives it), or one a giver other than the President gives ('Trung ương
        Đoàn tặng Huy chương ...'); or said again bare after one ('Anh A trao Huy chương cho các cá nhân'): that one."""
        name = mention.name if mention is not None else None
        if award != "huy-chuong" or (mention is not None and _STATE_MEDAL.match(clause, mention.end)):
            return False, conferrer, name  # ('Huy chương Kháng chiến hạng Nhất': a state medal, with classes)
        named = mention is not None and (name is not None or _MEDAL_NAMED.match(clause, mention.end) is not None)
        # (not a bare one handed over with an order: 'Công an tỉnh trao Huân chương, Huy chương cho cán bộ, chiến sĩ', the
        # State President's both)
        with_order = not named and _ORDER_WORD.search(clause) is not None
        if named or (conferrer is not None and label(conferrer) != PRESIDENT.label and not with_order):
            if named:
                self.medal_told = (conferrer, name)
            return True, conferrer, name
        if self.medal_told is not None and mention is not None and not mention.classes and not mention.explicit_conferrer:
            return True, *self.medal_told
        return False, conferrer, name

    def presentation(
        self,
        sent: Sentence,
        base: int,
        clause: str,
        award: AwardMention,
        presenter: str,
        at: str | None,
        shared: AwardMention | None = None,
    ) -> list[GrantFact]:
        """'Đồng chí X, ... (thừa ủy quyền của Chủ tịch nước) trao tặng AWARD cho ...'; `shared` is the last of several
        awards handed over together, whose recipients ('các tập thể, cá nhân') are theirs together, not each one's."""
        self.sentence_handed = presenter  # '... cho Cục X, Huân chương ... cho 02 cá nhân': the list goes on in that hand
        behalf = _behalf(self.doc, base, clause)
        if award.award == "huy-hieu" and award.name is None and CERTIFICATE_BEFORE.search(clause, 0, award.start):
            # 'Bà A trao Bằng và huy hiệu cho các nghệ nhân': the insignia of the title the article gave them, handed
            # over (no title told before: a title's, unnamed, no badge to count)
            titles = {a.award for a in self.doc.values("awards", 0, base) if award_types()[a.award].kind in _TITLE_KINDS}
            if len(titles) != 1:
                return []
            award = replace(award, award=titles.pop())
        end = base + len(clause)
        if (told := presenter_cue(clause, award.end)) is not None and presenter in clause[told.end() :]:
            end = base + told.start()  # 'Trao Cờ thi đua cho xã có Phó Chủ tịch UBND tỉnh A': the recipients end before
        bodies = presented_to_all(self.doc, base + award.end, end)  # 'cho xã A và xã B': each
        recipient = presented_to(self.doc, base + award.end, end) if not bodies else None
        if dead := _dead_head_of(recipient, clause, award.start):
            recipient, people = None, [dead]  # 'trao Huân chương ... (truy tặng) cho gia đình cụ A': A's
        else:
            people = people_given(self.doc, base + award.end, end) if recipient is None and not bodies else []
        # an order is the President's; 'trao quyết định của UBND tỉnh về việc tặng Bằng khen': the decision's giver's
        conferrer = self._owner(base, award) or self._decision_giver(base, clause, award)
        own_medal, conferrer, title = self._own_medal(clause, award, award.award, conferrer)
        if own_medal:  # (a body's own medal: no state medal of the President's)
            award = replace(award, award="ky-niem-chuong", name=title)
        conferrer = conferrer or (None if own_medal else default_conferrer(award.award))
        if conferrer is None and not (recipient is not None and self._higher_told(base, award)):
            # (not a bare certificate handed to the one body the Government's was told given to: 'Xã X được Thủ tướng
            # tặng Bằng khen', then 'Thay mặt lãnh đạo tỉnh, ông A trao Bằng khen cho xã', the one the body told:
            # grant_links._bare_form_of)
            conferrer = behalf
        if award.award in _MEDALS_OF_BODIES and not award.explicit_conferrer and (conferrer is None or _local(conferrer)):
            # 'Thứ trưởng A trao Kỷ niệm chương “Vì sự nghiệp Tài chính Việt Nam” cho đồng chí B': the medal's ministry, as
            # for a count given
            conferrer = medal_giver(clause, award.end) or self._medal_of_event(at) or conferrer
        team = _ONE_TEAM.match(clause, _past_own_name(clause, award)) if recipient is None and not people and not bodies else None
        # (not one handed over to the one recipient an earlier sentence told given it by a giver it names: that giving)
        named_one = recipient.name if recipient is not None else (people[0] if len(people) == 1 and not bodies else None)
        told_given = named_one is not None and (award.award, named_one.casefold()) in self.given_named
        if conferrer is None and not told_given and award.award == "giay-khen" and (recipient is not None or people or bodies or team):
            # 'Ông A, Chủ tịch UBND huyện trao Giấy khen cho em B': to one it names, the giver the clause names, as for
            # a count given (the handing-over of grants counted elsewhere takes theirs); the head of a body gives its
            # Giấy khen, while a higher award is often handed over for another ('trao Huy hiệu ... của Trung ương Đoàn')
            given_by, stated = self._clause_conferrer(base, clause)
            conferrer = given_by if stated else None
        elif (
            conferrer is None
            and not told_given
            and behalf is None
            and (recipient is not None or people or bodies)
            and not self._higher_told(base, award)
        ):
            # 'Chủ tịch UBND tỉnh A Nguyễn Văn B trao Bằng khen cho Công ty C': an office that confers the award, its
            # holder handing it over himself, gives it, as to a count (not one above or beneath the award's level; a
            # bare 'Bằng khen' after the Government's was told may be that one: see grant_links._bare_form_of)
            given_by, stated = self._clause_conferrer(base, clause)
            if stated and _confers_own(given_by) and not _above(given_by, award.award) and not _beneath(given_by, award.award):
                conferrer = given_by
        reason = _reason(clause[award.end :])  # ('... cho em A vì đã nhặt được chiếc ví ...': what it was handed over for)
        if team is not None:  # 'trao Giấy khen cho ê-kíp cấp cứu của Bệnh viện X': one team, as a body named
            evidence = Evidence(sent.start, sent.end, sent.text, "grants.presentation-to-named")
            award_type = refine_for_conferrer(award.award, label(conferrer), clause[award.start : award.end])
            return [GrantFact(award_type, "collective", 1, False, "conferred", evidence, award.classes, _unit_named(team["unit"]),
                              conferrer=conferrer, presenter=presenter, on_behalf_of=behalf, event=at,
                              period=_period(clause, award.start, False), reason=reason, title=award.name)]  # fmt: skip
        after = _past_own_name(clause, award)
        listed = (
            _LIST_OPENS.fullmatch(clause, after)
            or _GIVEN_TO_ITEMS.match(clause, after)
            or (self.lead_follows and _PLURAL_TOLD.fullmatch(clause, after))
        )
        if recipient is None and not people and not bodies and listed:
            # 'Đồng chí A trao Huân chương Lao động hạng Ba cho:' over its items ('- Ông B, ...;'): uncounted, the items
            # count it (_NamedItems); of the kind its plural says, where it says one ('cho các cá nhân ..., gồm:')
            award_type = refine_for_conferrer(award.award, label(conferrer), clause[award.start : award.end])
            kind = plural_kind(clause[award.end :]) or "mixed"
            if not _LIST_OPENS.fullmatch(clause, after):
                # (its items may name awards of their own, each given where it is: 'trao Huân chương cho các cá nhân,
                # gồm:' over '- Huân chương Lao động hạng Nhì: ông A': the handing-over reaches them as before)
                self.presentations.append(Presentation(presenter, award, behalf, None, kind, at, self._owner(base, award)))
            return [GrantFact(award_type, kind, None, False, "conferred", Evidence(sent.start, sent.end, sent.text, UNCOUNTED),
                              award.classes, conferrer=conferrer, presenter=presenter, on_behalf_of=behalf, event=at,
                              period=_period(clause, award.start, False), title=award.name)]  # fmt: skip
        if recipient is None and not people and not bodies:  # 'cho các tập thể': the grants the article counts elsewhere
            kind = plural_kind(clause[(shared or award).end :])
            uncounted = None
            if kind is not None:
                told = Evidence(sent.start, sent.end, sent.text, "grants.presentation-uncounted")
                uncounted = GrantFact(refine_for_conferrer(award.award, label(conferrer), clause[award.start : award.end]), kind, None, False, "conferred", told,
                                      award.classes, conferrer=conferrer, presenter=presenter, on_behalf_of=behalf, event=at,
                                      period=_period(clause, award.start, False), title=award.name)  # fmt: skip
            reaches = None if shared is not None and kind == "mixed" else kind  # (any of the awards' collectives or individuals)
            self.presentations.append(Presentation(presenter, award, behalf, uncounted, reaches, at, self._owner(base, award)))
            return []
        evidence = Evidence(sent.start, sent.end, sent.text, "grants.presentation-to-named")
        kind, count = ("collective", len(bodies) or 1) if recipient or bodies else ("individual", len(people))
        name = recipient.name if recipient else (people[0] if len(people) == 1 else None)
        award_type = refine_for_conferrer(award.award, label(conferrer), clause[award.start : award.end])
        period = _period(clause, award.start, False)
        out = [
            GrantFact(award_type, kind, count, False, "conferred", evidence,
                      award.classes, name, recipient, recipient_person=name if not recipient else None, conferrer=conferrer,
                      presenter=presenter, on_behalf_of=behalf, event=at, period=period, reason=reason,
                      named=tuple(bodies) or (tuple(people) if len(people) > 1 else ()), title=award.name)
        ]  # fmt: skip
        # 'cho UBND xã X và ông A': the people named after the body are recipients too
        beside = people_beside(self.doc, base + award.end, base + len(clause)) if recipient else []
        if beside:
            one = beside[0] if len(beside) == 1 else None
            out.append(GrantFact(award_type, "individual", len(beside), False, "conferred", evidence, award.classes, one,
                                 recipient_person=one, conferrer=conferrer, presenter=presenter, on_behalf_of=behalf, event=at,
                                 period=period, reason=reason, named=tuple(beside) if len(beside) > 1 else (), title=award.name))  # fmt: skip
        return out

    def _higher_told(self, base: int, award: AwardMention) -> bool:
        """Whether the Government's form of this bare certificate or flag was told before it in the article (named, or
        given by the Government in an earlier sentence)."""
        wanted = {GOVERNMENT_FORM[award.award]} if award.award in GOVERNMENT_FORM else set()
        if self.government_named is None:  # (where each is first named, read once an article)
            self.government_named = {}
            for a in self.doc.spans("awards"):
                if a.value.award in _GOVERNMENT_FORMS:
                    self.government_named.setdefault(a.value.award, a.start)
        at = base + award.start
        return bool(wanted & self.government_given) or any(self.government_named.get(h, at) < at for h in wanted)

    def _ranked_after(self, base: int, clause: str, awards: list[AwardMention], out: list[GrantFact]) -> list[GrantFact]:
        """'suy tôn Trường A là đơn vị dẫn đầu, Trường B là đơn vị xếp thứ nhì của Khối': each body named right before
        the 'là' of a later ranking holds that one, as the subject holds the first."""
        first = next((g for g in out if g.evidence.rule == _RANKED_RULE and g.recipient_org is not None), None)
        if first is None:
            return []
        first_end = next((a.end for a in awards if a.award == first.award), 0)  # where the first ranking ends
        more: list[GrantFact] = []
        for a in awards:
            ranked = ranked_as(clause, a.start) if a.start > first_end else None
            if ranked is None:
                continue
            opens = [m.end() for m in _RANKED_JOIN.finditer(clause, first_end, ranked.start())]
            body = opening_recipient(self.doc, base + opens[-1], base + ranked.start()) if opens else None
            if isinstance(body, OrgRef) and body != first.recipient_org:
                more.append(replace(first, award=a.award, classes=a.classes, **_as_recipient(body)))
        return more

    def _ranked_in_brackets(self, base: int, clause: str, awards: list[AwardMention], out: list[GrantFact]) -> list[GrantFact]:
        """'đề nghị tặng Cờ thi đua cho: UBND huyện A (đơn vị dẫn đầu Khối)': a bloc's ranking in brackets after a body
        the clause gives an award to is that body's own, voted by the bloc (given by no one the clause names)."""
        more: list[GrantFact] = []
        for a in awards:
            bracket = _RANKING_BRACKETED.search(clause, max(0, a.start - 4), a.start) if a.award in _RANKINGS else None
            if bracket is None:
                continue
            opens = [m.end() for m in _BRACKETED_ONE_OPENS.finditer(clause, 0, bracket.start())]
            body = opening_recipient(self.doc, base + opens[-1], base + bracket.start()) if opens else None
            names = {body.name} if isinstance(body, OrgRef) else set()
            given = next(
                (
                    g
                    for g in out
                    if g.award not in _RANKINGS and names & {_as_recipient(w)["recipient"] for w in (g.recipient_org, *g.named) if w}
                ),
                None,
            )
            if isinstance(body, OrgRef) and given is not None:
                told = replace(given.evidence, rule=_RANKED_RULE)
                more.append(replace(
                    given, award=a.award, classes=a.classes, recipient_kind="collective", count=1, status="conferred",
                    conferrer=None, presenter=None, proposer=None, status_cue=None, named=(), evidence=told, **_as_recipient(body),
                ))  # fmt: skip
        return more

    def _joined_to_subject(self, base: int, clause: str, body: OrgRef, award: AwardMention) -> list[str]:
        """'Phòng X và ông A, Trưởng phòng được UBND tỉnh tặng Bằng khen': the people joined to the body the subject
        opens with, before its verb of receiving, receive it too."""
        mixed = joined_to_receiver(self.doc, base, base + len(clause), award.start, TIME_LEAD)
        return mixed[1] if mixed is not None and mixed[0] == body else []

    def _handed_by(self, base: int, clause: str, award: AwardMention) -> str | None:
        """The person an award was received from, named after it ('nhận Bằng khen từ cô Hiệu trưởng A')."""
        frm = _FROM_HAND.match(clause, award.end)
        # (or the owner the award is read with: 'Giấy khen từ Chủ tịch UBND huyện A', its giver and its hand)
        owned = award.owner_start is not None and _FROM_OWNER.search(clause, max(0, award.owner_start - 12), award.owner_start)
        if frm is None and not owned:
            return None
        at = frm.end() if frm is not None else award.owner_start
        people = self.doc.spans("people", base + at, base + len(clause))
        between = self.doc.text[base + at : people[0].start] if people else ""
        return people[0].value.name if people and not re.search(r"[,;.]", between) and len(between) <= 60 else None

    def _body_after_counts(self, base: int, clause: str) -> OrgRef | None:
        """The one body a list of recipients names after its last count ('cho 3 giáo viên và Trường THCS X'), if it ends
        the clause or a reason follows it."""
        counts = self.doc.spans("counts", base, base + len(clause))
        apart = _BODIES_APART.match(self.doc.text, counts[-1].end, base + len(clause)) if counts else None
        if apart is None:
            return None
        end = base + len(clause)
        span = next((o for o in self.doc.spans("orgs", apart.end(), end) if o.start == apart.end()), None)
        if span is None or not _LIST_ENDS.match(self.doc.text, span.end, end):
            return None  # ('cho 5 cá nhân, Trường X được tặng Giấy khen': the body of the next predicate)
        return span.value

    def _person_after_counts(self, base: int, clause: str) -> str | None:
        """The one person a list of recipients names after its last count, by an honorific or a calling ('cho 3 cá
        nhân và ông A', '... và em B, học sinh lớp 9A'), if the clause ends there or after the person's title."""
        counts = self.doc.spans("counts", base, base + len(clause))
        apart = _BODIES_APART.match(self.doc.text, counts[-1].end, base + len(clause)) if counts else None
        called = HONORIFIC.match(self.doc.text, apart.end()) if apart else None
        if called is None:
            return None
        end = base + len(clause)
        person = next((p for p in self.doc.spans("people", called.end(), end) if p.start == called.end()), None)
        if person is None or not (
            _LIST_ENDS.match(self.doc.text, person.end, end) or _TITLE_ENDS_LIST.fullmatch(self.doc.text, person.end, end)
        ):
            return None  # ('cho 5 cá nhân và ông A được tặng Giấy khen': the subject of the next predicate)
        return person.value.name

    def _verb_of_its_own(self, base: int, clause: str) -> bool:
        """Whether a clause has a verb of giving outside the names of its awards ('khen' of 'Bằng khen' is none)."""
        blanked = list(clause)
        for a in self.doc.values("awards", base, base + len(clause), base=base):
            blanked[a.start : a.end] = " " * (a.end - a.start)
        return _GRANT_VERB.search("".join(blanked)) is not None

    def _given_at_award_ceremony(self, evidence: Evidence) -> bool:
        """'Chủ tịch UBND tỉnh tặng Bằng khen cho 12 em học sinh' in an article about one ceremony or meeting held to
        commend ('Lễ tuyên dương, khen thưởng học sinh giỏi', 'Hội nghị biểu dương ...'): given there, unless the
        sentence tells a time of its own or its paragraph opens on a year ('Năm 2023, Hội được tặng Cờ thi đua. Ông A
        được tặng Kỷ niệm chương')."""
        # (the day of the decision it cites is the signing's, not a time of the giving's own: 'Theo Quyết định số 12/QĐ-UBND
        # ngày 10/6/2023, 2 tập thể được tặng Giấy khen' at the ceremony that hands those decisions over)
        told = _DECISION_CITED.sub(" ", evidence.text) if "Quyết định" in evidence.text or "QĐ" in evidence.text else evidence.text
        return (
            len(self.events) == 1
            and (
                (self.events[0].kind == "Ceremony" and _COMMENDING_CEREMONY.search(self.events[0].label) is not None)
                or _HELD_TO_COMMEND.match(self.events[0].label) is not None
                or _ALSO_TO_COMMEND.search(self.events[0].label) is not None
            )
            and not _own_time(told)
            and not _EARLIER.match(evidence.text)
            and not _OPENS_ON_TIME.match(evidence.text)
            and not self._paragraph_of_own_time(evidence)
        )

    def _paragraph_of_own_time(self, evidence: Evidence) -> bool:
        """Whether the paragraph a sentence is in opens on a time of its own, or dated before ('Trong 5 năm, các cấp Hội
        đã có hơn 2.000 lượt ... được khen thưởng. Trung ương Hội đã tặng ...'): the years it tells, not the event's."""
        return self._opens_on_own_time(self.doc.text.rfind("\n", 0, evidence.start) + 1)

    def _opens_on_own_time(self, paragraph: int) -> bool:
        """Whether the paragraph starting at `paragraph` opens on a time of its own, or dated before."""
        return _DATED_BEFORE.match(self.doc.text, paragraph) is not None or _OPENS_ON_TIME.match(self.doc.text, paragraph) is not None

    def _at_one_ceremony(self, clause: str, verb: re.Pattern[str]) -> bool:
        """Whether the clause tells, by `verb`, of an award in an article about one ceremony, at no time of its own and
        not in the past ('đã từng nhận', 'Trước đó, ...'); or about one conference, in the active voice ('Giám đốc tặng
        Giấy khen cho 12 tập thể', '8 cá nhân nhận Kỷ niệm chương': a year's tallies are told in the passive)."""
        return (
            len(self.events) == 1
            and (self.events[0].kind == "Ceremony" or self._gives_at_conference(clause))
            and verb.search(clause) is not None
            and not _own_time(clause)
            and not _EARLIER.match(clause)
            and not _AT_AN_OCCASION.match(clause)
        )

    def _gives_at_conference(self, clause: str) -> bool:
        """Whether the clause gives, in the active voice, at the article's one conference, which does not review the work
        of emulation and commendation itself (whose year's givings its article tells too: 'Hội nghị tổng kết công tác
        thi đua, khen thưởng năm 2023', then 'Chủ tịch UBND huyện tặng Giấy khen cho 150 tập thể')."""
        event = self.events[0]
        return event.kind == "Conference" and not _REVIEWS_COMMENDING.search(event.label) and not _PASSIVE.search(clause)

    def _received_there(self, clause: str) -> bool:
        """'Cô A, Hiệu trưởng nhà trường nhận Bằng khen của Bộ trưởng' in an article about one ceremony: received in
        person, there."""
        return self._at_one_ceremony(clause, _RECEIVES)

    def _given_there(self, clause: str, evidence: Evidence) -> bool:
        """'Giám đốc Sở Y tế tặng Giấy khen cho 15 cá nhân' in an article about one ceremony, or one conference in the
        active voice: given there, the day it was held (not a year's tallies, told in the passive; nor after a paragraph
        between that turns to a time of its own, the story told apart)."""
        told_from = self.events[0].evidence.end if self.events else 0
        paragraph = self.doc.text.rfind("\n", 0, evidence.start) + 1
        return (
            self._at_one_ceremony(clause, _GIVES_NOW)
            and not any(self._opens_on_own_time(at + 1) for at in _line_breaks(self.doc.text, told_from, evidence.start))
            # (nor after a sentence of its paragraph told of a time of its own: 'Năm nay các vận động viên giành 14 huy
            # chương. Giám đốc Sở đã tặng Giấy khen cho 9 vận động viên', the year's)
            and not _OWN_TIME.search(self.doc.text, max(paragraph, told_from), evidence.start)
        )

    def _handed_there(self, clause: str) -> bool:
        """'Danh hiệu X được trao cho 12 trường học' in an article about one event: handed over in person, there (not
        at a time of its own, nor in the past)."""
        return len(self.events) == 1 and _HANDED.search(clause) is not None and not _own_time(clause) and not _EARLIER.match(clause)

    def _decided_at(self, event: str | None, single_event: str | None, evidence: Evidence) -> str | None:
        """A proposal's event: the meeting that decided it (the sentence's, or the article's only meeting),
        else the article's only event; none for proposals a sentence dates to its own time, made before the event
        ('Năm 2023, huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể')."""
        meetings = [e.key for e in self.events if e.kind == "Meeting"]
        if event in meetings:
            return event
        # the meeting the proposal's own sentence tells ('Trước đó, ngày 3/1, Hội đồng ... đã họp xét, đề nghị ...')
        told_here = [e.key for e in self.events if e.kind == "Meeting" and e.evidence.start == evidence.start]
        if told_here:
            return told_here[0]
        if event is None and _OPENS_WITH_OWN_TIME.match(evidence.text) and not _VOTED.search(evidence.text):
            return None  # (not one voted there: 'Năm 2023, huyện X được suy tôn dẫn đầu Khối, được đề nghị ...')
        # the headline's event is where awards were handed over, not always where they were proposed
        return meetings[0] if len(meetings) == 1 else (single_event if len(self.events) == 1 else None)

    def _event_at(self, key: str | None) -> EventFact | None:
        """The article's event of that key, if there is one."""
        return next((e for e in self.events if e.key == key), None) if key else None

    def _bloc_holding(self, key: str | None) -> OrgRef | None:
        """The emulation bloc that holds the event at `key` (its meeting, where its units vote their rankings), if a bloc
        holds it."""
        event = self._event_at(key)
        return event.organiser if event is not None and event.organiser is not None and event.organiser.kind == BLOC else None

    def _medal_of_event(self, key: str | None) -> OrgRef | None:
        """'Lễ trao Kỷ niệm chương “Vì sự nghiệp phát triển các dân tộc” ...', then 'A trao Kỷ niệm chương cho ...': the
        body whose medal the event at which it is handed over names."""
        event = self._event_at(key)
        named_at = _MEDAL_WORD.search(event.label) if event is not None else None
        return medal_giver(event.label, named_at.end()) if named_at is not None else None

    def _owner(self, base: int, award: AwardMention) -> Conferrer | None:
        if award.owner_start is None or award.owner_end is None:
            return None
        owner, _ = resolve_conferrer(self.doc, base + award.owner_start, base + award.owner_end)
        return owner

    def _names(self, base: int, clause: str) -> list[tuple[int, int]]:
        """The spans of the bodies the clause names, as offsets into it, each with the wider unit that places it
        ('Hội LHPN xã Tân Lập, huyện Sông Hinh tổ chức': the body acts, not the district)."""
        end = base + len(clause)
        units = {s.start: s for s in self.doc.spans("places", base, end) if s.rule == "places.typed-unit"}
        names = []
        for o in self.doc.spans("orgs", base, end):
            comma = _PLACE_APPOSITIVE.match(self.doc.text, o.end, end)
            # (not a venue's: 'tại Nhà hát Lớn Hà Nội, Thành phố Hà Nội tổ chức': the unit after it is the subject)
            unit = units.get(comma.end()) if comma and not _VENUE_BEFORE.search(self.doc.text, max(base, o.start - 8), o.start) else None
            wider = unit is not None and unit.value.level in ("district", "province")
            names.append((o.start - base, (unit.end if wider else o.end) - base))
        return names

    def _clause_conferrer(self, base: int, clause: str, event: str | None = None) -> tuple[Conferrer | None, bool]:
        """The clause's giver, and whether the clause names one as its subject ('...; UBND huyện tặng Giấy khen'), even
        one it leaves unresolved ('...; Giám đốc tặng Giấy khen' where two directors were named); the event's
        organiser where the event at `event` is the subject ('Hội nghị đã khen thưởng 60 tập thể')."""
        agent_m = _AGENT.search(clause)
        agent, agent_stated = (
            resolve_conferrer(self.doc, base + agent_m.start("agent"), base + agent_m.end("agent")) if agent_m else (None, False)
        )
        relayed_to = None
        if agent_m is not None and (relays := list(_RELAYED.finditer(clause, agent_m.start("agent"), agent_m.end("agent")))):
            # 'đề nghị Giám đốc Sở GD&ĐT trình UBND tỉnh tặng Cờ thi đua': the one asked passes it on; the last one asked gives
            relayed, relayed_stated = resolve_conferrer(self.doc, base + relays[-1].end(), base + agent_m.end("agent"))
            if relayed_stated:
                agent, agent_stated = relayed, relayed_stated
                relayed_to = (relays[-1].end(), agent_m.end("agent"))
        if agent_stated and agent is None and agent_m is not None and (listed := _GIVING_LISTED.match(clause, agent_m.end())):
            # 'trình cấp trên khen thưởng: Thủ tướng Chính phủ tặng Bằng khen ...': the vague one asked, then the giving
            # its list tells, by the giver it names
            agent, agent_stated = resolve_conferrer(self.doc, base + listed.start("who"), base + listed.end("who"))
        if not agent_stated and (by := _GIVEN_BY.search(clause)) and self.doc.spans("awards", base, base + by.start()):
            # 'nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng': the giver an agent phrase after the award names
            agent, agent_stated = resolve_conferrer(self.doc, base + by.start("who"), base + by.end("who"))
        if not agent_stated and (of := _DECISION_OF.search(clause)):
            # 'Theo Quyết định số 12/QĐ-UBND ngày ... của Chủ tịch UBND tỉnh về việc tặng Bằng khen': whose decision gives it
            agent, agent_stated = resolve_conferrer(self.doc, base + of.start("who"), base + of.end("who"))
            if agent_stated and _DECISION_LEAD.fullmatch(clause, 0, of.start()):
                self.decision_giver = agent  # the sentence opens under it: its later clauses are given under it too
        s, e = _subject(clause, self._names(base, clause))
        if relayed_to is not None and agent_m is not None and s <= agent_m.start("agent") < e:
            s, e = relayed_to  # (a subject read through the asked one's phrase is the last one asked: who gives it)
        subj, subj_stated = resolve_conferrer(self.doc, base + s, base + e)
        if subj is not None and _JOINT_BEFORE.search(clause, max(0, s - 160), s) and not self._in_titles_of_person(base + s):
            # 'Thành ủy, HĐND, UBND, Ủy ban MTTQ thành phố tổ chức Lễ ... trao tặng danh hiệu ...': organs holding it
            # jointly; which gives the award is unsaid (not the last of them; not a person's titles: 'Ông A, Phó Bí thư
            # Huyện ủy, Chủ tịch UBND huyện trao ...' gives as the office he holds)
            subj = None
        self.clause_subject = (s, e, subj)
        if subj is None and (title := self._title_before_person(base, clause, s, e)) is not None:
            subj, subj_stated = resolve_conferrer(self.doc, base + title[0], base + title[1])
        if subj is None and (signed := _DECIDES_COMMENDING.search(clause, 0, e + 12)) is not None:
            # 'Chủ tịch UBND tỉnh vừa ký Quyết định số 789/QĐ-UBND ngày ... về việc tặng danh hiệu ...': who signed it
            lead = TIME_LEAD.match(clause)
            opening = max(lead.end() if lead else 0, clause.rfind(",", 0, signed.start()) + 1)
            subj, subj_stated = resolve_conferrer(self.doc, base + opening, base + signed.start())
        if subj is None and event is not None and e > s and _EVENT_AS_SUBJECT.fullmatch(clause, s, e):
            subj = next((x.organiser for x in self.events if x.key == event), None)
            subj_stated = subj is not None
        if subj is None and (told := self._event_named_at(clause[TIME_LEAD.match(clause).end() :])) is not None:
            subj, subj_stated = told.organiser, told.organiser is not None  # 'Lễ tuyên dương ... do UBND huyện tổ chức đã tôn vinh'
        if (
            subj is None
            and not agent_stated
            and (held := _HONOURED_AT_HELD_BY.search(clause)) is not None
            and not self.doc.spans("awards", base, base + len(clause))
        ):
            # '20 thanh niên đã được vinh danh tại Lễ tuyên dương ... do Trung ương Đoàn tổ chức': a commendation that names
            # no award, given at an event its sentence says who held, is that body's
            subj, subj_stated = resolve_conferrer(self.doc, base + held.start("who"), base + held.end("who"))
        if subj is not None:
            self.sentence_subject = subj
        # a vague agent or subject ('các cấp', 'cấp trên') says the conferrer is not known: no carry-over
        # ('đề nghị Bộ trưởng tặng Bằng khen cho 4 tập thể; công nhận danh hiệu ... cho 5 cá nhân': a clause that goes on
        # giving with no subject of its own, by the giver of the clause before)
        # (or one that goes on with an award and its recipients, the verb left out: '...; Bằng khen cho 25 tập thể')
        # (or after the label of a section it opens, which named that giver: '3. Khen thưởng của Giám đốc Sở: Tặng ...')
        label = _SECTION_GIVER_LABEL.match(clause)
        decided = _DECIDED_LABEL.match(clause) if label is None else None  # ('X quyết định: Khen thưởng ...': X's)
        goes_on = (
            self.giver_before
            if decided or _GOES_ON_GIVING.match(clause, label.end() if label else 0) or self._award_for_opens(base, clause)
            else None
        )
        giver = agent if agent_stated else (subj if subj_stated else self.giver or goes_on or self.sentence_subject)
        if not agent_stated and not subj_stated and self._passive_counted(base, clause):
            # '...; 2 cá nhân được công nhận Chiến sĩ thi đua cơ sở': a new subject, its giver unsaid (but the giver of a
            # passive before it, for awards of that one's level: '3 tập thể được UBND tỉnh tặng Cờ thi đua; 12 tập thể
            # được tặng Bằng khen')
            giver = self._passive_shared(base, clause)
        elif not agent_stated and not subj_stated and self.sentence_proposes and self._passive_named(base, clause):
            # 'suy tôn huyện A dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua; huyện B và huyện C được đề nghị tặng Bằng
            # khen': bodies named as a new subject of the proposals, asked of the giver the sentence asked, not of the
            # meeting that voted
            giver = self.giver_before
        if not agent_stated and not subj_stated and self.giver_passive and self._counted_attaining(base, clause):
            # '5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen, 35 cá nhân đạt danh hiệu Lao động tiên tiến': a passive's
            # giver is its own subject's, not that of a title attained after it (unlike 'công nhận 60 tập thể ..., 1000
            # cá nhân đạt danh hiệu ...', whose active verb governs the list)
            giver = None
        if not agent_stated and not subj_stated and self.decision_giver is not None:
            giver = self.decision_giver  # '..., 15 tập thể được tặng ... và 42 cá nhân được tặng ...': both under it
        self.giver_passive = agent_stated and agent_m is not None and agent_m.group(0).lower().startswith("được")
        if self.giver_passive and giver is not None:
            self.passive_giver = giver, self._award_levels(base, clause)
        self.giver, self.giver_stated = giver, agent_stated or subj_stated
        return giver, subj_stated

    def _award_levels(self, base: int, clause: str) -> frozenset[str]:
        """The levels of the awards a clause names (award_types.tsv: 'ministry_province', 'grassroots', ...)."""
        return frozenset(award_types()[a.award].level for a in self.doc.values("awards", base, base + len(clause)))

    def _passive_shared(self, base: int, clause: str) -> Conferrer | None:
        """The giver a passive clause before named, for a clause whose awards are all of the levels of that one's."""
        if self.passive_giver is None:
            return None
        giver, levels = self.passive_giver
        mine = self._award_levels(base, clause)
        return giver if mine and "" not in mine and mine <= levels else None

    def _award_for_opens(self, base: int, clause: str) -> bool:
        """Whether the clause opens with an award, then 'cho' ('; Bằng khen cho 25 tập thể và 60 cá nhân'; a title after
        its word: '; danh hiệu Chiến sĩ thi đua cơ sở cho 132 cá nhân')."""
        opening = _LIST_GOES_ON.match(clause).end()
        first = next(iter(self.doc.spans("awards", base + opening, base + len(clause))), None)
        return first is not None and first.start == base + opening and _FOR_NEXT.match(self.doc.text, first.end) is not None

    def _event_named_at(self, subject: str) -> EventFact | None:
        """The event whose name opens a clause, its subject ('Lễ tuyên dương ... do UBND huyện X tổ chức sáng 18/1 đã tôn
        vinh ...'), if one does."""
        opening = subject.strip().casefold()
        return next((x for x in self.events if len(x.label) > 8 and opening.startswith(x.label.casefold())), None)

    def _prize_of_events(self) -> AwardMention | None:
        """The one prize the article's events are named after ('Lễ trao Giải thưởng Lý Tự Trọng năm 2023'), as the
        awards layer read it in the event's sentence, else the one the article names; None if none, or several."""
        prizes = self._named_by_events(lambda m: bool(_PRIZE_NAME.match(m.name)))
        if not prizes:
            # ('3 cán bộ Đoàn được nhận Giải thưởng Lý Tự Trọng ...', then 'anh A trao giải thưởng cho các cá nhân': the
            # one prize the article names, where no event is named after one)
            prizes = {(m.award, m.name) for m in self.doc.values("awards") if m.name and _PRIZE_NAME.match(m.name)}
        return _the_one(prizes)

    def _named_by_events(self, keep: Callable[[AwardMention], bool]) -> set[tuple[str, str]]:
        """The awards the article's events are named after by a name of their own, as the awards layer read them in
        the events' sentences, (award, name) each, those `keep` keeps."""
        return {
            (m.award, m.name)
            for e in self.events
            for m in self.doc.values("awards", e.evidence.start, e.evidence.end)
            if m.award in e.awards and m.name and keep(m)
        }

    def _title_of_events(self, titles: set[str]) -> AwardMention | None:
        """The one title a bare 'danh hiệu' handed over names: the one the article's events are named after, by the
        taxonomy (`titles`) or by its own name ('Lễ tôn vinh và trao tặng danh hiệu “Công dân Thủ đô ưu tú”'); None if
        none, or several."""
        titles = {t for t in titles if award_types()[t].kind in _TITLE_KINDS}  # (not a bare commendation the event holds)
        if titles:
            return AwardMention(0, 0, next(iter(titles))) if len(titles) == 1 else None
        return _the_one(self._named_by_events(lambda m: m.award == "khen-thuong" and not _PRIZE_NAME.match(m.name)))

    def _handed_counted(
        self, sent: Sentence, clause: str, award: AwardMention, presenter: str, at: str | None, counted: list[Count]
    ) -> list[GrantFact]:
        """The award a bare 'danh hiệu' or 'giải' names, handed over to those the clause counts, a grant for each count."""
        evidence = Evidence(sent.start, sent.end, sent.text, "grants.named-by-event-counted")
        giver = default_conferrer(award.award)
        return [
            GrantFact(award.award, c.kind, c.value, c.approx, "conferred", evidence, conferrer=giver, presenter=presenter,
                      event=at, period=_period(clause, c.start, False), title=award.name)
            for c in counted
        ]  # fmt: skip

    def _in_titles_of_person(self, at: int) -> bool:
        """Whether offset `at` lies in the chain of titles after a person's name ('Ông A, Phó Bí thư Huyện ủy, Chủ tịch
        ...')."""
        return any(p.start < at <= p.value.chain_end for p in self.doc.spans("people", max(0, at - 300), at))

    def _title_before_person(self, base: int, clause: str, s: int, e: int) -> tuple[int, int] | None:
        """'Chủ tịch UBND huyện, ông Tẩn Văn Thành trao Giấy khen': where the subject clause[s:e] is a person alone,
        the title set before them by a comma, as offsets into the clause; else None."""
        s += len(clause[s:e]) - len(clause[s:e].lstrip())
        comma = clause.rfind(",", 0, s)
        people = self.doc.spans("people", base + s, base + e)
        if comma == -1 or clause[comma + 1 : s].strip() or not people or people[-1].end < base + len(clause[:e].rstrip()):
            return None
        if not (people[0].start == base + s or HONORIFIC.fullmatch(self.doc.text, base + s, people[0].start)):
            return None
        lead = TIME_LEAD.match(clause)
        start = max(lead.end() if lead else 0, clause.rfind(",", 0, comma) + 1)
        start += len(clause[start:comma]) - len(clause[start:comma].lstrip())
        titles = self.doc.spans("titles", base + start, base + comma)  # a title opens it ('Chủ tịch UBND huyện, ông A')
        return (start, comma) if titles and titles[0].start == base + start else None

    def _own_agent(self, base: int, clause: str, start: int, end: int) -> Conferrer | None:
        """The giver a passive between clause[start:end] names ('và được Sở GD&ĐT tặng'), else None."""
        m = _AGENT.search(clause, start, end)
        return resolve_conferrer(self.doc, base + m.start("agent"), base + m.end("agent"))[0] if m else None

    def _passive_counted(self, base: int, clause: str, verb: re.Pattern[str] = _PASSIVE_NEXT) -> bool:
        """Whether the clause opens with a count of recipients as its subject (or counts joined: '12 tập thể, 20 cá
        nhân'), then a passive verb with no giver."""
        lead = _CLAUSE_LEAD.match(clause)
        at = base + (lead.end() if lead else 0)
        count = self.doc.spans("counts", at, at + 1)
        return bool(count) and count[0].start == at and verb.match(self.doc.text, self._counts_joined_end(count[0].end)) is not None

    def _passive_named(self, base: int, clause: str) -> bool:
        """Whether the clause opens with bodies or units it names as its subject ('huyện A và huyện B'), then a passive
        verb with no giver."""
        lead = _CLAUSE_LEAD.match(clause)
        at, stop = base + (lead.end() if lead else 0), base + len(clause)
        spans = sorted((*agents(self.doc, at, stop), *self.doc.spans("places", at, stop)), key=lambda x: (x.start, -x.end))
        if not spans or spans[0].start != at:
            return False
        end = spans[0].end
        for sp in spans[1:]:
            if sp.start < end:
                continue  # (a place inside the body's name)
            if _COUNTS_JOINED.fullmatch(self.doc.text, end, sp.start) is None:
                break
            end = sp.end
        return _PASSIVE_NEXT.match(self.doc.text, end) is not None

    def _counted_attaining(self, base: int, clause: str) -> bool:
        """Whether the clause opens with a count of recipients who attain a title ('35 cá nhân đạt danh hiệu ...')."""
        return self._passive_counted(base, clause, _ATTAINS_NEXT)

    def _named_recipients_end(self, base: int, clause: str, awards: list[AwardMention]) -> int | None:
        """Where the people an award is given to by name ('cho anh A, ...') end, if it is given so; once a clause."""
        if not awards or not self.doc.spans("people", base + awards[0].end, base + len(clause)):
            return None
        names = set(people_given(self.doc, base + awards[0].end, base + len(clause)))
        ends = [p.end for p in self.doc.spans("people", base + awards[0].end, base + len(clause)) if p.value.name in names]
        return max(ends) if ends else None

    def _restates_named_bodies(self, base: int, clause: str, awards: list[AwardMention], counts: list[Count], count: Count) -> bool:
        """Whether a count of collectives right after the bodies an award is given to by name, set off by a dash, a
        bracket, 'là' or a comma, counts them again ('cho xã A và thị trấn B - hai đơn vị dẫn đầu', '..., 2 đơn vị
        xuất sắc'): as many as are named, the last count of the clause after a comma (not a list going on: 'cho xã A,
        xã B, 2 trường học và 5 cá nhân')."""
        if count.kind != "collective" or not count.value or count.value < 2:
            return False
        opened = _RESTATED_AFTER.search(clause, max(0, count.start - 8), count.start)
        award = next((a for a in reversed(awards) if a.end <= count.start), None)
        if opened is None or award is None:
            return False
        if opened["comma"] and any(c.start > count.start for c in counts):
            return False
        return len(presented_to_all(self.doc, base + award.end, base + opened.start())) == count.value

    def _members_of_named(self, base: int, clause: str, count: Count) -> bool:
        """Whether the count follows 'gồm' right after the one body or unit a clause gives to ('cho Đội CSGT gồm 12
        cán bộ, chiến sĩ'), not after a plural or a count ('cho các cá nhân gồm 3 ...', 'cho 10 tập thể gồm ...')."""
        made_of = _MADE_OF.search(clause, max(0, count.start - 16), count.start)  # (near it: a clause may hold thousands)
        given = clause.rfind("cho ", max(0, count.start - 200), made_of.start()) if made_of else -1
        return given != -1 and presented_to(self.doc, base + given, base + made_of.start()) is not None

    def _the_one_counted(self, base: int, clause: str, count: Count, rule: str = "") -> OrgRef | str | None:
        """'cho 1 tập thể là xã Tiên Minh', 'cho 01 cá nhân: ông A': the one recipient named right after its count."""
        if count.start == count.end:  # the one named where binding placed its count of one
            if rule == NAMED_COMMENDED:  # 'khen thưởng đột xuất Phòng X và 6 cá nhân': the body that opens there
                counted_next = self.doc.spans("counts", base + count.start + 1, base + len(clause))
                end = counted_next[0].start if counted_next else base + len(clause)  # up to the 'và' of the count after it
                joined = self.doc.text.rfind(" và ", base + count.start, end)
                end = joined if counted_next and joined != -1 else end
                body = opening_recipient(self.doc, base + count.start, end)
                return body if isinstance(body, OrgRef) else None
            person = self.doc.spans("people", base + count.start, base + count.start + 1)  # 'ông A cùng 2 cá nhân khác'
            return person[0].value.name if person and person[0].start == base + count.start else None
        named = _NAMED_AFTER_COUNT.match(clause, count.end)
        one = opening_recipient(self.doc, base + named.end(), base + len(clause)) if named else None
        # (of the kind counted: 'cho 2 tập thể và 1 cá nhân là Trường A, ...' names no body the one person)
        return None if (count.kind == "individual") == isinstance(one, OrgRef) else one

    def counted(self, base, clause, pairs, recipient, presenter, evidence, event, single_event, named=()) -> list[GrantFact]:
        """One grant per (count, award) pair of the clause; `named`, the people it names as recipients when several."""
        behalf = _behalf(self.doc, base, clause)
        clause_conferrer, own_giver = self._clause_conferrer(base, clause, event)
        proposal = _PROPOSED.search(clause)
        # (not in the list a proposal opens: 'đề nghị: 2 tập thể được Chủ tịch nước tặng ...' asks for each item's giving)
        if proposal and not _LISTS.match(clause, proposal.end()) and (then := _THEN_GIVEN.search(clause, proposal.end())):
            proposal = None  # 'làm thủ tục đề nghị và được Bộ trưởng tặng Kỷ niệm chương': proposed, then conferred
            # by the giver named after it, not the one proposed to ('trình cấp trên khen thưởng 2 tập thể được Chủ tịch
            # UBND tỉnh tặng Bằng khen')
            if (given_by := _AGENT.search(clause, then.start()) or _APPROVED_BY.search(clause, then.start())) is not None:
                by, stated = resolve_conferrer(self.doc, base + given_by.start("agent"), base + given_by.end("agent"))
                clause_conferrer = by if stated and by is not None else clause_conferrer
            elif own_giver:
                clause_conferrer = None  # 'UBND huyện đề nghị tặng Bằng khen ... và đã được chấp thuận': not the proposer's
        # an earlier clause's proposal carries over, unless this clause states its own giver after a proposal that
        # lists nothing: 'đề nghị cấp trên khen thưởng 12 tập thể; UBND huyện tặng Giấy khen cho 40 tập thể'
        # (but not where the giver it states is the State President or the Prime Minister, whom a locality's proposal
        # addresses: 'đề nghị Chủ tịch nước tặng Huân chương ...; Thủ tướng Chính phủ tặng Bằng khen ...' proposes both)
        addressed = label(clause_conferrer) in _ADDRESSED_BY_PROPOSALS
        # (nor where it opens on those it counts, given by a giver it names: '3 tập thể được đề nghị UBND tỉnh tặng Bằng
        # khen; 2 tập thể được UBND huyện tặng Giấy khen', a subject and a giving of its own)
        own_passive = self.giver_passive and self._passive_counted(base, clause)
        if self.sentence_proposes and _PARTS_LISTED.match(clause):
            # 'đề nghị cấp trên khen thưởng cho 25 tập thể; trong đó: Thủ tướng tặng ...; Chủ tịch UBND tỉnh tặng ...': the
            # parts the list after the colon tells, each with its giver, are the proposal's
            self.proposes_list = True
        carried = self.sentence_proposes and (
            self.proposes_list or addressed or not (own_giver or own_passive or _OWN_AUTHORITY.search(clause))
        )
        # ('đề nghị Thủ tướng tặng Bằng khen cho 1 tập thể, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể': the next
        # giver the proposal asks, with no tense of a giving done, 'đã', of its own)
        carried = carried or (self.asks_giver and not proposal and _ASKED_IN_TURN.match(clause) is not None)
        if proposal and self.sentence_gave and _PROPOSAL_OPENS.match(clause) and self.giver_before is not None:
            # (not after a ranking no one gave: 'Khối suy tôn A là đơn vị dẫn đầu; đề nghị UBND tỉnh tặng Cờ thi đua cho
            # A, tặng Bằng khen cho B' proposes both, the vote no giving of a subject's own)
            self.proposal_in_series, self.series_giver = True, self.giver_before
        elif carried and self.proposal_in_series and not proposal and _GOES_ON_GIVING.match(clause):
            carried = False
            if not own_giver:
                clause_conferrer = self.giver = self.series_giver
        # '... đề nghị cấp trên khen thưởng cho 12 tập thể; đến nay đã có quyết định khen thưởng cho 8 tập thể': what the
        # decision it tells of counts was given, not proposed (by whom the clause says, or the one proposed to); read only
        # where a proposal would carry over ('đến nay' may open the clause with no space before it: one is put there)
        if carried and not proposal and _DECIDED_AFTER_PROPOSAL.match(" " + clause.lstrip()):
            carried = False
        proposed = self.sentence_proposes = carried or bool(proposal)
        asked = proposal is not None and _AGENT.match(clause, proposal.start()) is not None
        # (a giver it names, not the generic 'cấp trên' of 'đề nghị cấp trên khen thưởng', which asks no one in turn)
        self.asks_giver = (asked and clause_conferrer is not None) or (carried and self.asks_giver)
        # 'huyện đề nghị cấp trên khen thưởng cho 3 tập thể, đồng thời khen thưởng theo thẩm quyền cho 40 tập thể': the
        # counts after its own giving are its grants, given by the proposal's subject
        own_from, own_giver = None, None
        if proposal and (own := _OWN_AFTER_PROPOSAL.search(clause, proposal.end())):
            s, e, _ = self.clause_subject
            e = min(e, proposal.start())  # the proposal's own subject: 'huyện' of 'huyện đề nghị cấp trên khen thưởng'
            own_from, own_giver = own.start(), resolve_conferrer(self.doc, base + s, base + e)[0] if e > s else None
        elif proposal and (decided := _DECIDED_AFTER_PROPOSAL.search(clause, proposal.end())):
            # 'trình UBND tỉnh khen thưởng cho 15 tập thể, đến nay đã có quyết định khen thưởng 10 tập thể': those the
            # decision it tells of counts were given, by the giver proposed to
            own_from, own_giver = decided.start(), clause_conferrer
        # 'Lãnh đạo xã trao Bằng khen cho ...': handed over in person, at the article's only event, named holder or not
        handing = presents(clause)
        hands = handing is not None and handing.group(0).lower() != "tặng" and not _WILL.search(clause, 0, handing.start())
        if handing is None and self.sentence_handed is not None and not self._verb_of_its_own(base, clause):
            # 'Bộ trưởng đã trao Cờ thi đua cho 4 tập thể; Bằng khen của Thủ tướng cho 5 tập thể': the list the verb
            # before goes on, handed over as it was
            hands, presenter = True, presenter or self.sentence_handed or None
        elif handing is not None and self.sentence_handed and _GOES_ON_GIVING.match(clause):
            # 'Bộ trưởng A trao Cờ thi đua cho 15 tập thể; tặng danh hiệu ... cho 01 cá nhân': the same hand, a verb
            # of its own and no subject
            hands, presenter = True, presenter or self.sentence_handed
        if hands:
            self.sentence_handed = presenter or ""
        if proposal:
            self.proposes_list = self.proposes_list or bool(
                _LISTS.match(clause, proposal.end()) or _PARTS_LISTED.search(clause, proposal.end())
            )
        council = isinstance(clause_conferrer, OrgRef) and clause_conferrer.kind == EMULATION_COUNCIL
        if council and not proposed and _CONSIDERS.search(clause) and not _VOTED.search(clause):
            # 'Hội đồng đã họp, xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho ông A': a council that considers (or agrees on) an
            # award advises on it (the chair it advises confers it): a proposal (not a ranking it votes, 'bình xét, suy
            # tôn xã A là đơn vị dẫn đầu', its own)
            proposed = True
        if proposed and council:
            clause_conferrer = None  # 'Hội đồng thống nhất đề nghị tặng ...': the council proposes, it confers nothing
        elif proposal and clause_conferrer is not None and not _AGENT.search(clause) and self._proposes(proposal):
            # 'Ban Thi đua - Khen thưởng đã thẩm định hồ sơ đề nghị tặng Bằng khen cho 45 tập thể': the subject that
            # proposes, naming no one to give, confers nothing
            clause_conferrer = None
        last_award = max((m.start for _, m, _ in pairs if m is not None), default=len(clause))
        if _TO_COME.search(clause, 0, last_award):
            return []  # 'Chủ tịch UBND tỉnh sẽ xét tặng Cờ thi đua cho ...': a giving to come, none yet
        if _AIMED.search(clause, 0, last_award):
            return []  # 'phấn đấu có 5 xã đạt Cờ thi đua', 'đăng ký thi đua đạt danh hiệu ...': a target, none given
        if any(_CAPPED.search(clause, max(0, c.start - 24), c.start) for c, _, _ in pairs):
            return []  # 'số lượng đề nghị Bằng khen không quá 5 tập thể, 10 cá nhân mỗi đơn vị': a quota, none given
        multi_ground = clause.lower().count("phong trào") >= 2
        counts_of_clause = [c for c, _, _ in pairs]
        clause_kind = _given_to(clause)  # (read once: each count's own phrase falls back on it)
        count_starts = sorted(c.start for c in counts_of_clause)
        periods, reason, verbs = _periods(clause), _reason(clause), commend_verbs(clause)  # once a clause, for all its grants
        achieved = _YEAR_ACHIEVED.match(clause)  # 'Năm 2022, Hội X có thành tích xuất sắc ... nên được tặng ...': that year's
        # (given at the article's one event: read once a clause, not once a count, which would grow with the square of it)
        # (not a sentence told looking back: 'Trước đó, Công an phường cũng đã trao Giấy khen cho em')
        at_single_event = bool(
            single_event
            and not _EARLIER.match(evidence.text)
            # (nor one on a day of its own: 'Tối 14/1, Chủ tịch UBND huyện đã trao ...' after a meeting on the 12th)
            and not _dated_apart(self.doc, evidence, self.events, single_event)
            and (
                presenter
                # (handed over by no one named, in a paragraph that opens on a time of its own: that time's, not the
                # event's: 'Trong 5 năm qua, ... . Chủ tịch UBND huyện trao tặng Giấy khen cho 620 tập thể')
                or (hands and not self._paragraph_of_own_time(evidence))
                # ('Bà A trao Bằng khen cho 2 tập thể; Ban Thường vụ Hội huyện tặng Giấy khen cho 15 tập thể': a giving
                # the sentence goes on to after one handed over there, with no time of its own, was there too)
                or (
                    self.sentence_handed is not None
                    and not proposal
                    and not (_OPENS_WITH_OWN_TIME.match(clause.lstrip()) or _EARLIER.match(clause))
                    and (bool(self.sentence_handed) or not self._paragraph_of_own_time(evidence))  # (one named: there)
                )
                or (_VOTED.search(clause) and not _OPENS_WITH_OWN_TIME.match(clause.lstrip()))  # (not 'Năm 2023, X được bình chọn ...')
                # ('Trong 5 năm qua, ... . Toàn huyện có 2 tập thể được Thủ tướng trao tặng Bằng khen': the years the
                # paragraph opens on, not the event, whatever the verb)
                or (
                    (self._received_there(clause) or self._handed_there(clause) or self._given_there(clause, evidence))
                    and not self._paragraph_of_own_time(evidence)
                )
                or self._given_at_award_ceremony(evidence)
            )
        )
        out = []
        # '- 15 tập thể và 20 cá nhân ...;' under 'UBND huyện đã khen thưởng:': the heading's verb commends the item's counts
        heading_commends = self.heading_gives and self.list_commends
        for count, mention, rule in pairs:
            if (
                mention is None
                and rule not in (NAMED_COMMENDED, _HEADING_AWARD_COUNTED, SHARED_AWARDS)
                and not ((heading_commends and not itemised(clause, count, pairs)) or commends(clause, count, verbs))
            ):
                continue
            one = self._the_one_counted(base, clause, count, rule) if recipient is None and count.value == 1 else None
            conferrer = clause_conferrer if rule not in (_RECEIVED_AGAIN_RULE, _RANKED_RULE) else None  # not the first verb's agent
            own_grant = own_from is not None and count.start >= own_from
            if own_grant:
                conferrer = own_giver
            # 'huyện A là đơn vị xếp thứ nhì, đề nghị UBND tỉnh tặng Bằng khen': the ranking before the proposal (or in a
            # clause of its own after one: '...; huyện A là đơn vị xếp thứ nhì, đề nghị ...') is the bloc's vote at its
            # meeting, given there, by no giver the clause names (the proposal's is the certificate's)
            ranking = bool(mention and mention.award in _RANKINGS)
            ranked_first = ranking and (mention.end <= proposal.start() if proposal else carried)  # type: ignore[union-attr]
            # (a ranking in a later clause of a sentence that votes: 'Hội nghị suy tôn A là đơn vị dẫn đầu; B là đơn vị
            # xếp thứ nhì': voted there too)
            ranked_voted = ranking and (ranked_first or _VOTED.search(evidence.text) is not None)
            # 'Khối thống nhất lựa chọn A là đơn vị dẫn đầu, nhận Cờ thi đua của UBND tỉnh': the flag of the one the bloc
            # voted for, which the bloc cannot give, is its nomination (a unit that 'nhận Cờ thi đua' in a sentence with
            # no vote received it)
            received_bare = (
                mention and not ranking and not proposed and _RECEIVES_BARE.search(clause, max(0, mention.start - 20), mention.start)
            )
            upto = base - evidence.start + mention.start if received_bare else 0  # type: ignore[union-attr]  # (in the sentence)
            vote = _VOTED.search(evidence.text, 0, upto) if received_bare else None
            nominated = vote is not None and (
                _RANKED_IN.search(evidence.text, 0, upto) is not None or _VOTED_TO_RECEIVE.search(evidence.text, 0, upto) is not None
            )
            if ranked_first:
                conferrer = None
            if ranking and mention and (by := _RECOGNISED_BY.search(clause, max(0, mention.start - 160), mention.start)):
                # 'xã A được Bộ Chỉ huy Quân sự tỉnh công nhận là đơn vị dẫn đầu ...': a ranking its recogniser is said of
                conferrer = resolve_conferrer(self.doc, base + by.start("agent"), base + by.end("agent"))[0]
            if rule == _RECEIVED_AGAIN_RULE and mention:
                conferrer = self.again_givers.get(mention.start)
            if mention and mention.explicit_conferrer:
                conferrer = self._owner(base, mention)
            elif behalf is not None:
                conferrer = behalf  # the one who delegated the handing-over confers, not who hands it over
            award = refine_for_conferrer(
                mention.award if mention else "khen-thuong", label(conferrer), clause[mention.start : mention.end] if mention else ""
            )
            # a medal of no state name a body gives ('Trung ương Đoàn tặng Huy chương Vì thế hệ trẻ') is that body's: a
            # central body's own medal, in the law's scheme its commemorative medal (the taxonomy's 'Huy chương' is the
            # State President's alone)
            own_medal, conferrer, title = self._own_medal(clause, mention, award, conferrer)
            if own_medal:
                award = "ky-niem-chuong"
            if award in _MEDALS_OF_BODIES and mention and not mention.explicit_conferrer and behalf is None and _local(conferrer):
                # 'Sở Giáo dục và Đào tạo trao Kỷ niệm chương “Vì sự nghiệp Giáo dục” cho 25 nhà giáo': the ministry's
                # medal, which the local body that holds the ceremony hands over
                conferrer = medal_giver(clause, mention.end) or self._medal_of_event(event or single_event) or conferrer
            if (
                not (mention and mention.explicit_conferrer and not _owned_by_the_state(mention))
                and not own_medal
                and (legal := default_conferrer(award)) is not None
            ):
                conferrer = legal  # whoever proposed or handed it over, the law fixes who confers an order
            elif not self.giver_stated and not (mention and mention.explicit_conferrer) and _above(conferrer, award):
                # 'đề nghị Chủ tịch nước tặng Huân chương ... ; xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 12 cá nhân':
                # the giver of the clause before gives no award of a province's or a unit's; this clause names none
                conferrer = None
            elif (
                (presenter or (hands and award in _BARE_FORMS and count.value is None))
                and not (mention and mention.explicit_conferrer)
                and _beneath(conferrer, award)
            ):
                # 'Ông A, Chủ tịch UBND xã trao Bằng khen cho hai gia đình': a commune's chair hands over a certificate only
                # a province or a ministry confers; who does, this clause leaves unsaid (so does a body that hands such a
                # certificate or flag over to those it does not count: 'Huyện X trao Huân chương, Bằng khen cho các tập
                # thể, cá nhân', the grants its article counts)
                conferrer = None
            if ranking and conferrer is None and ranked_voted:
                # 'Các đơn vị trong Khối thi đua số 6 đã thống nhất lựa chọn A là đơn vị dẫn đầu' at the bloc's own
                # meeting: the bloc that voted confers its ranking
                conferrer = self._bloc_holding(event or single_event)
            out.append(GrantFact(
                award=award,
                recipient_kind=_case_kind(clause, count, award) or count.kind or listed_kind(counts_of_clause, count) or recipients_kind(award) or _given_to_own(clause, count, count_starts) or clause_kind or "mixed",
                count=count.value,
                approx=count.approx, status="proposed" if (proposed and not own_grant and not ranked_first) or nominated else "conferred",
                status_cue=vote.group(0) if nominated else None,  # type: ignore[union-attr]
                evidence=Evidence(evidence.start, evidence.end, evidence.text, rule), classes=mention.classes if mention else (),
                **_as_recipient(recipient or one),
                conferrer=conferrer, presenter=presenter, on_behalf_of=behalf,
                event=self._decided_at(event, single_event, evidence) if proposed and not own_grant else (event or (single_event if at_single_event or ranked_voted else None)),
                period=_counted_period(
                    clause, count if recipient is None else None, mention, multi_ground, periods, _earlier_count(count_starts, count, mention)
                )
                or (_year_span(achieved) if achieved and mention and achieved.end() <= mention.start else None),
                reason=reason,
                named=named,
                title=title if mention else count.title,
            ))  # fmt: skip
        return out


_LOCAL_LEVELS = frozenset({"district", "commune"})


_GOVERNMENT_FORMS = frozenset(GOVERNMENT_FORM.values())
_BARE_FORMS = frozenset(GOVERNMENT_FORM)  # the certificate and the flag of a province's or a ministry's


def _confers_own(giver: Conferrer | None) -> bool:
    """Whether the giver is one the law has confer certificates and flags of its own: a national body or its head, a
    province's People's Committee or mass organisation (not a Party's board, a department or a force's unit, whose
    heads hand over the province's)."""
    body = body_of(giver)
    return body is not None and (body.level == "national" or (body.level == "province" and body.kind in _OWN_GIVER_KINDS))


_OWN_GIVER_KINDS = frozenset({"PeoplesCommittee", "MassOrganisation"})


def _above(conferrer: Conferrer | None, award: str) -> bool:
    """Whether the conferrer is the State President or the Government and the award one a ministry, a province or a
    unit confers; or a province's People's Committee (or its chair) and the award one a unit's head or a district's
    chair confers ('Chiến sĩ thi đua cơ sở'; a province's department, a unit whose head confers it, may)."""
    level = award_types()[award].level
    if label(conferrer) in _NATIONAL_GIVERS:
        return level in ("ministry_province", "grassroots")
    body = body_of(conferrer) if conferrer is not None else None
    return body is not None and body.level == "province" and body.kind == "PeoplesCommittee" and level == "grassroots"


_NATIONAL_GIVERS = frozenset({"Chủ tịch nước", "Thủ tướng Chính phủ", "Chính phủ"})


def _beneath(conferrer: Conferrer | None, award: str) -> bool:
    """Whether the conferrer is a district's or a commune's body (or its head), and the award one the law has a
    province, a ministry or a higher authority confer ('Bằng khen' of the province's level)."""
    body = body_of(conferrer) if conferrer is not None else None
    return body is not None and body.level in _LOCAL_LEVELS and award_types()[award].level in ("ministry_province", "government", "state")


# what opens a breakdown of what a clause told before it: a colon, 'trong đó', 'gồm', 'cụ thể'
_OPENS_BREAKDOWN = re.compile(r":|(?<!\w)(?:[Tt]rong (?:số )?đó|gồm|[Cc]ụ thể)(?!\w)")


def _without_uncounted_umbrella(doc: Document, found: list[GrantFact], told_at: dict[int, int]) -> list[GrantFact]:
    """'Nhiều tập thể, cá nhân được khen thưởng: 02 tập thể được ... tặng Cờ thi đua; ...' (or ', trong đó ...'): an
    uncounted commendation the sentence goes on to break down into counted grants sums them up, no grant of its own (as
    one the next sentence breaks down: `_umbrella`)."""
    out = []
    for g in found:
        at = told_at.get(id(g))
        if at is not None and g.award == "khen-thuong" and g.count is None and not (g.recipient or g.named):
            later = min((told_at[id(h)] for h in found if h.count and told_at.get(id(h), -1) > at), default=None)
            # (the cue before the counted grants' predicate, or opening it: ', trong đó 02 tập thể được ...')
            if later is not None and (_OPENS_BREAKDOWN.search(doc.text, at, later) or _OPENS_BREAKDOWN.match(doc.text, later)):
                continue
        out.append(g)
    return out


def _umbrella(doc: Document, sent: Sentence, breakdown: Sentence) -> bool:
    """'Hàng trăm tập thể, cá nhân được các cấp khen thưởng. Trong đó, ...': a total the next sentence breaks down,
    told only to sum it up (uncounted, or adding up to the breakdown's counts); one the breakdown only partly accounts
    for ('khen thưởng 230 tập thể, 512 cá nhân. Trong đó, ... Bằng khen cho 40 tập thể, 80 cá nhân') is a grant."""
    total = _recipients_counted(doc, sent)
    if total == 0 and _awards_counted(doc, sent):
        return False  # 'nhận được: 01 Cờ thi đua ..., 02 Bằng khen ...': the awards are counted, if not their recipients
    return total == 0 or total == _recipients_counted(doc, breakdown)


_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d{1,4}\s+$")


def _awards_counted(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence counts an award by a number right before it ('02 Bằng khen của Thủ tướng Chính phủ')."""
    return any(_NUMBER_BEFORE.search(doc.text, max(sent.start, a.start - 8), a.start) for a in doc.spans("awards", sent.start, sent.end))


def _recipients_counted(doc: Document, sent: Sentence) -> int:
    """The recipients a sentence counts, all kinds together (a bare number counts none)."""
    return sum(c.value for c in doc.values("counts", sent.start, sent.end) if c.value and c.kind)


# a sentence of counts alone, no verb of giving among them ('Trong đó: cấp tỉnh 30 tập thể, 50 cá nhân; cấp huyện ...')
_COUNTS_ONLY = re.compile(r"(?!.*(?<!\w)(?:tặng|trao|khen|công nhận|được|nhận|đề nghị)(?!\w))", re.S)


def _post_units(people: list[PersonMention], name: str | OrgRef | None) -> set[OrgRef]:
    """The bodies the posts of the person of that name, as the sentence reads them, are held in."""
    return {post.org for p in people if p.name == name for post in p.posts if post.org is not None}


# 'và' right before a count, a comma before it or none ('..., trong đó có 5 trường học, và 30 cá nhân')
_AND_BEFORE = re.compile(r"(?:,\s*)?\svà\s+$")


def _resumed_after_subset(clause: str, base: int, head: GrantFact, counts: list[Count]) -> GrantFact | None:
    """'tặng Bằng khen cho 45 tập thể, trong đó có 5 trường học, và 30 cá nhân': after the subset a breakdown of one kind
    names, 'và' and the last count, of the other kind (which no part of the count before can be), go on with the list
    of those given the award the breakdown broke into: a grant of its own, the same award."""
    kinds = {"collective", "individual"}
    if head.recipient_kind not in kinds or head.count is None or len(counts) < 2:
        return None
    last = counts[-1]
    before = counts[:-1]
    if last.kind not in kinds - {head.recipient_kind} or not last.value or any(c.kind != head.recipient_kind for c in before):
        return None
    if not _AND_BEFORE.search(clause, 0, last.start - base) or sum(c.value or 0 for c in before) >= head.count:
        return None
    return replace(head, recipient_kind=last.kind, count=last.value, approx=last.approx, recipient=None, recipient_org=None,
                   recipient_person=None, named=(), part_of=None)  # fmt: skip


def _broken_down(head: GrantFact, counts: list[Count], by_kind: bool = False) -> list[GrantFact]:
    """'tặng Bằng khen cho 26 tập thể, cá nhân, trong đó có 10 tập thể, 16 cá nhân': a breakdown, without an award of
    its own, that adds up to the count before it gives that grant's parts (linked to it, so it is counted once); one
    that does not add up names a subset ('trong đó 300 cá nhân là nữ'), which is not a grant of its own."""
    parts = [c for c in counts if c.value and c.kind in ("collective", "individual")]
    # ('cho 80 gương điển hình tiên tiến, gồm 35 tập thể và 45 cá nhân': a count of models, both kinds, adding up)
    both = {c.kind for c in parts} == {"collective", "individual"}
    kinds = {"collective", "individual"} if head.recipient_kind == "mixed" or both else {head.recipient_kind}
    if head.count is None or len(parts) < 2 or any(c.kind not in kinds for c in parts) or sum(c.value for c in parts) != head.count:
        return []
    if by_kind and len({c.kind for c in parts}) < 2:
        return []
    evidence = replace(head.evidence, rule="grants.breakdown")
    parted = [
        replace(head, recipient_kind=c.kind, count=c.value, approx=c.approx, evidence=evidence, recipient=None, recipient_org=None,
                recipient_person=None, named=(), part_of=head)
        for c in parts
    ]  # fmt: skip
    if both:
        head.recipient_kind = "mixed"  # ('150 điển hình tiên tiến, trong đó 60 tập thể và 90 cá nhân': both kinds, the total)
    return parted


# a part of a breakdown by the level that gave it ('trong đó: khen thưởng cấp Nhà nước 3 tập thể, 2 cá nhân; cấp tỉnh ...'),
# or by the manner of the commendation, as the law sorts them ('trong đó: khen thưởng thường xuyên 80 tập thể, 220 cá
# nhân; khen thưởng đột xuất 15 tập thể, 40 cá nhân')
_LEVEL_PART = re.compile(
    r"\W*(?:(?:khen thưởng|được khen)\s+)?(?:(?:các\s+)?cấp\s+(?:Nhà nước|nhà nước|Trung ương|trung ương|Bộ|bộ|ngành|tỉnh|thành phố|"
    r"huyện|thị xã|quận|xã|phường|thị trấn|cơ sở)|(?:theo\s+)?(?:thường xuyên|đột xuất|chuyên đề|niên hạn|đối ngoại|(?:quá trình\s+)?"
    r"cống hiến|công trạng(?: và thành tích đạt được)?))(?!\w)\s*:?\s*\d",
    re.I,  # (an item's opens in capitals: '- Cấp tỉnh: 38 tập thể, 97 cá nhân;')
)


def _broken_down_by_level(out: list[GrantFact], counts: list[Count], generic_only: bool = True) -> list[GrantFact]:
    """'320 lượt tập thể, 1.150 lượt cá nhân được các cấp khen thưởng, trong đó: cấp Nhà nước 3 tập thể, 2 cá nhân; cấp
    tỉnh ...; cấp huyện ...': the commendations each level gave, parts of the totals of their kind they add up to (linked
    to them, so each is counted once); parts that do not add up, of some kind, name a subset: none. (Told in a sentence
    of its own, counts alone, not `generic_only`: '... tặng Bằng khen cho 25 tập thể. Trong đó: ngành A 5 tập thể; ...',
    the totals of any award.)"""
    parts = [c for c in counts if c.value and c.kind in ("collective", "individual")]
    heads = {g.recipient_kind: g for g in out if (g.award == "khen-thuong" or not generic_only) and g.count and g.part_of is None}
    if not parts or any(
        kind not in heads or sum(c.value for c in parts if c.kind == kind) != heads[kind].count for kind in {c.kind for c in parts}
    ):
        return []
    return [
        replace(heads[c.kind], count=c.value, approx=c.approx, evidence=replace(heads[c.kind].evidence, rule="grants.breakdown-by-level"),
                part_of=heads[c.kind])
        for c in parts
    ]  # fmt: skip


# 'Trong đó, 85 hộ được công nhận ...' after a sentence that counted them all: a part of those counted
_SUBSET_LEAD = re.compile(r"\W*[Tt]rong (?:số )?(?:đó|này)\s*,")


def _without_subsets(found: list[GrantFact], before: list[GrantFact]) -> list[GrantFact]:
    """'2.150 hộ đạt danh hiệu Gia đình văn hóa. Trong đó, 85 hộ được công nhận Gia đình văn hóa tiêu biểu 3 năm
    liền': the grants of a sentence that opens on 'Trong đó', each of fewer of a kind than a grant of that award the
    sentence before counted, are parts of it: a subset of its recipients, no grant of their own (parts that add up to
    it break it down, and are linked to it, so each is counted once)."""
    out = []
    summed: dict[int, bool] = {}  # each total's parts added up once (a sentence may hold hundreds of grants)
    for g in found:
        total = next(
            (
                t for t in before
                if t.recipient_kind == g.recipient_kind and t.count and g.count and t.count > g.count and same_award(t.award, g.award)
                and t.status == g.status and t.award != "khen-thuong"  # (a bare commendation's part that names its award tells more)
            ),
            None,
        )  # fmt: skip
        if total is None:
            out.append(g)
            continue
        if id(total) not in summed:
            parts = [h for h in found if h.recipient_kind == total.recipient_kind and h.count and same_award(total.award, h.award)]
            summed[id(total)] = len(parts) > 1 and sum(h.count for h in parts) == total.count
        if summed[id(total)]:
            g.part_of = total
            out.append(g)
    return out


_NAMING_WITHIN = 2  # sentences from the grant counted to the one naming its recipients


def _naming_those_given(found: list[GrantFact], before: list[GrantFact]) -> list[GrantFact]:
    """'... tặng Bằng khen cho 15 tập thể và 30 cá nhân. Các đơn vị được khen thưởng gồm: Quân khu 1, Quân khu 2, ...':
    a bare commendation of those a sentence names, right after one that counted as many or more of their kind (given an
    award, or commended), names (some of) that grant's recipients; no grant of its own. So does the award's own list of
    those given it ('tặng Giấy khen cho 5 cá nhân. Các cá nhân được tặng Giấy khen gồm: ông A và bà B'), of its grant."""
    out = []
    for g in found:
        total = (
            next(
                (
                    t for t in before
                    if t.recipient_kind == g.recipient_kind and (t.count or 0) >= len(g.named)
                    and (_bare(g) or (t.status == g.status and same_award(t.award, g.award)))
                ),
                None,
            )
            if g.named and (_bare(g) or _THOSE_GIVEN.match(g.evidence.text))
            else None
        )  # fmt: skip
        if total is None and _bare(g) and g.conferrer is None and g.count and _COUNTED_THOSE_GIVEN.match(g.evidence.text):
            # 'tặng Bằng khen cho hai cá nhân ... . Theo đó, hai cá nhân được khen thưởng là anh A và anh B': as many of
            # that kind, counted again to be named
            total = next((t for t in before if (t.recipient_kind, t.count, t.status) == (g.recipient_kind, g.count, g.status)), None)
        if total is None:
            out.append(g)
        elif not total.named:
            total.named = g.named
    return out


_TO_PEOPLE = lexicon.cue("recipients-individual")
_TO_BOTH = lexicon.cue("recipients-mixed")
_TO_BODIES = lexicon.cue("recipients-collective")


def _given_to_own(clause: str, count: Count, starts: list[int]) -> str | None:
    """The kind the recipients' phrase after a count of awards names, up to the next count ('trao 15 Giấy khen cho các
    tập thể và 30 Giấy khen cho các cá nhân'); None if it names none there."""
    i = bisect.bisect_right(starts, count.start)
    return _given_to(clause[count.end : starts[i] if i < len(starts) else len(clause)])


def _given_to(clause: str) -> str | None:
    """'trao 13 Huân chương (3 hạng nhất, ...) cho nguyên thủ trưởng ...': the kind the recipients' phrase names."""
    if _TO_BOTH.search(clause):
        return "mixed"
    if _TO_PEOPLE.search(clause):
        return "individual"
    return "collective" if _TO_BODIES.search(clause) else None


_KIND_OF_CUE = {
    "lễ": ("Ceremony",),
    "hội nghị": ("Conference", "Meeting"),
    "đại hội": ("Congress",),
    "họp": ("Meeting", "Conference"),
    "gặp mặt": ("Ceremony", "Conference"),
    "họp mặt": ("Ceremony", "Conference"),
    "ngày hội": ("Ceremony",),
    "liên hoan": ("Ceremony",),
    "lễ hội": ("Ceremony",),
    "hội thi": ("Conference",),
    "hội diễn": ("Conference",),
    "hội thảo": ("Conference",),
    "tọa đàm": ("Conference",),
}
# the cues that name their event by the first words of its name ('Tại Ngày hội' is the 'Ngày hội ...'): not by its kind
_NAMED_BY_CUE = frozenset({"ngày hội", "liên hoan", "lễ hội", "hội thi", "hội diễn", "hội thảo", "tọa đàm"})
_CUE_KIND = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_KIND_OF_CUE, key=len, reverse=True)) + r")(?!\w)", re.I)


# a sentence whose subject is the event ('Đại hội đã đánh giá ...; tuyên dương 35 tập thể'): what it did, it did there
_EVENT_OPENS = re.compile(r"\W*(?:[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi lễ)(?:\s+(?:lần này|này))?\s+(?:đã|cũng|còn|vừa|vinh dự|long trọng)\s")


def _the_one(named: set[tuple[str, str]]) -> AwardMention | None:
    """The one award of those (award, name) pairs, as a mention of no place; None if none, or several."""
    if len(named) != 1:
        return None
    award, name = next(iter(named))
    return AwardMention(0, 0, award, name=name)


def _honouring_of_one_telling(events: list[EventFact]) -> str | None:
    """'Hội Nông dân tỉnh tổ chức Lễ tôn vinh “Nông dân Việt Nam xuất sắc” và hội thảo “Nhà nông tin cậy”': of the
    events one sentence alone tells, the one ceremony of honours is the article's main one; None otherwise."""
    if len(events) < 2 or len({e.evidence.start for e in events}) != 1:
        return None
    honouring = [e for e in events if _HONOURING.search(e.label)]
    return honouring[0].key if len(honouring) == 1 else None


def _event_for(
    sent: Sentence, events: list, prev_event: str | None, same_paragraph: bool = False, just_told: EventFact | None = None
) -> str | None:
    """The event a sentence's grants were given at: the one it tells, the one it points back to ('Dịp này', 'Tại hội
    nghị'), or the previous grants' when it goes on telling them ('Đồng thời', or in the same paragraph). `just_told`
    is the event the sentence before tells, if any."""
    told_before = just_told if events and just_told is events[0] else None  # the article's main event, told just before
    if _REPORTED_OF_OWN_TIME.search(sent.text):
        return None  # 'Tại Lễ khai giảng, thầy A cho biết, năm học 2023-2024, nhà trường được ...': reported there, given before
    for e in events:
        # (a council's meeting, 'Họp Hội đồng ...', gives nothing; a gathering, 'Họp mặt ...', may)
        label = e.label.lower()
        if (e.evidence.start == sent.start or sent.start in e.retold_at) and (not label.startswith("họp") or label.startswith("họp mặt")):
            return e.key
    # (not told as earlier: 'Trước đó, 4 cá nhân được UBND tỉnh tuyên dương tại hội nghị điển hình của tỉnh'; but
    # 'Trước khi bế mạc, ...' is at the event's end, which LOOKING_BACK leaves out)
    if events and not LOOKING_BACK.match(sent.text) and (cue := _ANAPHOR.search(sent.text) or _EVENT_OPENS.match(sent.text)):
        # 'Tại lễ trao Huân chương, ...' after a conference and a ceremony: the event of the kind the cue names
        kind = _CUE_KIND.search(cue.group(0))
        word = kind.group(0).lower() if kind else None
        if word in _NAMED_BY_CUE and not any(e.label.lower().startswith(word) for e in events):
            return None  # 'Tại Liên hoan, ...' in an article whose events are others (a contest told of): none of them
        named = [e for e in events if kind and e.kind in _KIND_OF_CUE[word]] if len(events) > 1 else []
        # of several of the kind it names, the last told before it ('Chiều cùng ngày, Sở tổ chức Hội nghị cán bộ ...
        # Tại hội nghị này, ...'); 'Dịp này' names the occasion, the article's first event
        told = [e for e in named if e.evidence.start < sent.start]
        if (
            not told
            and kind is None
            and just_told is not None
            and same_paragraph
            and (_HONOURING.search(just_told.label) or _another_day(just_told, events[0]))
        ):
            # '... Huyện đoàn tổ chức Lễ tuyên dương ... . Dịp này, ...': a ceremony of honours just told is the occasion;
            # so is a gathering of another day told just before, in its paragraph ('Chiều 17/1, Hội Nông dân huyện tổ
            # chức Hội nghị tổng kết ... Dịp này, ...' after the 15th's ceremony; not 'Chiều cùng ngày, ...', the day's)
            return just_told.key
        return told[-1].key if told else (named or events)[0].key
    if events and _NEXT_AT_EVENT.match(sent.text) and not _OWN_TIME.search(sent.text) and not _DATED_BEFORE.match(sent.text):
        # 'Tiếp đó, Chủ tịch UBND huyện tặng Giấy khen cho ...': what was done next at the event told before it
        told = [e for e in events if e.evidence.start < sent.start]
        return told[-1].key if told else None
    if (
        just_told is not None
        and prev_event not in (None, just_told.key)
        and same_paragraph
        and not _EARLIER.match(sent.text)
        and not _DATED_BEFORE.match(sent.text)
        and not _OWN_TIME.search(sent.text)
    ):
        # 'Chiều cùng ngày, Phòng X tổ chức hội nghị ... Trưởng phòng A trao Giấy khen ...' after grants given at another
        # event: the one the sentence before tells, in its paragraph, is where these were given
        return just_told.key
    if (
        prev_event
        and (same_paragraph or _CONTINUE.match(sent.text))
        and not _EARLIER.match(sent.text)
        and not _DATED_BEFORE.match(sent.text)
    ):
        return prev_event  # not 'Trước đó, Bộ trưởng đã tặng Bằng khen ...', 'Năm 2021, ...': given before the event told
    if told_before is not None and same_paragraph and not _EARLIER.match(sent.text) and not _OWN_TIME.search(sent.text):
        # 'Sáng 5/10, Thành đoàn X tổ chức Lễ tuyên dương ... 40 thủ khoa được Thành đoàn tặng Bằng khen': the sentence
        # right after the one telling the event, in its paragraph, tells what was given there
        return told_before.key
    if (
        len(events) > 1 and just_told is not None and just_told.date is not None and hands_over(sent.text)
        and not _EARLIER.match(sent.text) and not _OWN_TIME.search(sent.text)
    ):  # fmt: skip
        # 'Sáng 18/11, UBND huyện tổ chức Lễ công bố xã X đạt chuẩn ...' then, on a line of its own, 'Ông A trao Bằng
        # khen cho xã X': handed over in person right after a dated event is told, at it (of several, the one just
        # told; not one a review mentions undated, 'Thị xã đã tổ chức Lễ đón nhận ...'; the one event of an article is
        # read clause by clause)
        return just_told.key
    return None


# a council's consideration of an award ('xét tặng', 'xét, tặng', 'bình xét', 'xét khen thưởng', 'xét công nhận')
# (or agrees on: 'Hội đồng thống nhất công nhận danh hiệu Tập thể lao động tiên tiến cho 45 tập thể')
_CONSIDERS = re.compile(r"(?<!\w)(?:(?:xét|thống nhất),?\s*(?:tặng|khen thưởng|công nhận)|bình xét)(?!\w)")
# 'Cũng tại hội nghị, ...', 'Cũng dịp này, ...': also at the event, as what the sentence before told was
# a passive giving said to be another of the last sentence's ('... cũng được tặng Bằng khen'), with no giver of its own
_GIVEN_TOO = re.compile(r"(?<!\w)cũng\s+(?:(?:đã|vừa|vinh dự)\s+)*được\s+(?:trao\s+|truy\s+)?tặng(?:\s+thưởng)?(?!\w)")
_ALSO_AT = re.compile(r"\W*[Cc]ũng\s+(?:(?:trong|nhân)\s+)?" + lexicon.cue("at-the-event").pattern)
# a verb of giving or receiving of a sentence's own (not 'khen' in 'Bằng khen')
_GIVES_ITSELF = re.compile(r"(?<!\w)(?:trao|tặng|công nhận|khen thưởng|được|nhận)(?!\w)", re.I)
_GATHERINGS = frozenset({"Conference", "Congress", "Ceremony"})  # the events at which awards may be handed over
# a sentence's lead that dates it to a day ('Ngày 19/1,', 'Sáng 19-1 ,')
# (or its month in words: 'Ngày 13 tháng 10, ...', 'Sáng 5 tháng 1 năm 2024, ...')
_DAY_LEAD = re.compile(rf"\W*(?:(?i:{PARTS_OF_DAY})\s+)?(?:[Nn]gày\s+)?{DAY_WRITTEN}\s*,")


def _another_day(told: EventFact, main: EventFact) -> bool:
    """Whether a gathering told after the article's first event was held on a day of its own."""
    return told is not main and told.kind in _GATHERINGS and told.date is not None and told.date != main.date


def _dated_apart(doc: Document, sent: Sentence | Evidence, events: list[EventFact], prev_event: str | None) -> bool:
    """Whether a sentence opens on a day of its own, not the day of the event the grants before it were given at."""
    lead = _DAY_LEAD.match(sent.text)
    if lead is None:
        return False
    day = date_before(doc, sent.start, sent.start + lead.end())
    before = next((e.date for e in events if e.key == prev_event), None)
    return day is not None and day != before


# a sentence opening on a time of its own ('Trong năm qua,', 'Thời gian qua,', 'Trong 5 năm qua,', 'Năm 2022,', 'Trong tuần,')
_OPENS_ON_TIME = re.compile(
    r"\W*(?:[Tt]rong\s+)?(?:(?:\d+|[Nn]hững|[Nn]hiều|[Cc]ác)\s+)?(?:[Nn]ăm|[Tt]hời gian|[Tt]háng|[Tt]uần|[Qq]uý|[Nn]hiệm kỳ|[Gg]iai đoạn)(?!\w)[^,.;]{0,25},"
)
_EARLIER = re.compile(rf"\W*(?:{EARLIER_WORDS}|[Tt]rước khi)(?!\w)")
# the next thing done where the story is ('Tiếp đó, ...', 'Tiếp theo chương trình, ...'): at the event told before
_NEXT_AT_EVENT = re.compile(r"\W*(?:[Tt]iếp đó|[Tt]iếp theo(?:\s+(?:chương trình|là))?|[Tt]iếp sau đó|[Nn]gay sau đó)\s*,")
# a speaker reporting what a time of its own gave ('... cho biết, năm 2023, ...'): not what the event gave
_REPORTED_OF_OWN_TIME = re.compile(rf"(?<!\w)(?:{REPORTING_VERBS})\s*[,:]?\s*(?:trong\s+)?(?:{_OWN_TIME.pattern})")
# an event held to honour ('Lễ tuyên dương ...', 'Lễ trao Huân chương ...', 'Hội nghị biểu dương ...')
_HONOURING = re.compile(r"(?<!\w)(?:tuyên dương|biểu dương|khen thưởng|vinh danh|tôn vinh|trao tặng|trao|đón nhận)(?!\w)", re.I)
# a later clause of a year of its own ('...; năm nay, trường tiếp tục được tặng ...', '..., năm 2024 được tặng ...')
_LATER_YEAR = re.compile(r"[;,]\s*(?:còn\s+|và\s+|riêng\s+|đến\s+)?(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2}|nay)(?!\w)", re.I)
# a year a sentence or a clause opens on ('Trước đó, năm 2019, ...', 'Năm 2019, ...', 'Vào năm 2019, ...')
_YEAR_OPENING = rf"(?:(?P<before>{EARLIER_WORDS})\s*,?\s*)?(?:[Vv]ào\s+)?(?:[Nn]ăm|[Tt]ừ năm)\s+(?P<y>(?:19|20)\d{{2}})(?!\d)\s*,"
# (the sentence's, after a lead of what was achieved at most: 'Với những đóng góp của mình, năm 2017, cô được ...')
_ACHIEVED_LEAD = r"(?:(?:[Vv]ới|[Gg]hi nhận|[Nn]hờ|[Bb]ằng)\s+(?:(?:những|các|nhiều)\s+)?(?:thành tích|kết quả|đóng góp|cống hiến|nỗ lực)[^,;.]{0,50},\s*)?"
_DATED_BEFORE = re.compile(rf"\W*{_ACHIEVED_LEAD}{_YEAR_OPENING}")
_CLAUSE_DATED = re.compile(rf";\s*{_YEAR_OPENING}")  # (a clause's after the first: '...; năm 2015, trường được ...')


# the year an award was given, right after it ('Huân chương Lao động hạng Nhì năm 1998'), or in brackets after it ('đã
# được tặng Huân chương Lao động hạng Nhất (năm 2017)', the year alone: '... hạng Ba (2004)'; not a period's span,
# '(2019 - 2023)'); or after the time it was given ('đã được tặng danh hiệu Anh hùng ... lần thứ nhất năm 1973'), or
# after the era a hero's title names ('danh hiệu Anh hùng Lao động thời kỳ đổi mới (năm 2000)', '... trong thời kỳ
# kháng chiến chống Mỹ năm 1976')
_GIVEN_IN_YEAR = re.compile(
    r"(?:\s+(?:trong\s+)?thời kỳ\s+(?:đổi mới|kháng chiến(?:\s+chống\s+(?:Pháp|Mỹ|thực dân Pháp|đế quốc Mỹ))?))?"
    r"\s*(?:\(?\s*lần\s+(?:thứ\s+)?\w+\s*\)?\s*,?\s*)?\(?\s*(?:vào\s+)?(?P<since>từ\s+)?(?:năm\s+|(?<=\())(?P<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)"
)
# 'đã 3 năm liền được tặng', 'từng 5 lần được công nhận': a record of the past, counted in years or in times
# ('3 năm liền nhận Cờ thi đua': years running need no 'đã')
_HOW_MANY = r"(?:\d+|(?i:nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))"  # ('Nhiều năm liền, ...' opening a sentence)
_YEARS_RUNNING = re.compile(
    rf"(?<!\w)(?:(?:đã|từng)\s+(?:có\s+)?)?{_HOW_MANY}\s+năm\s+(?:liền|liên tục|liên tiếp)(?!\w)"
    rf"|(?<!\w)(?:đã|từng)\s+(?:có\s+)?{_HOW_MANY}\s+lần(?!\w)"
    # (or the times after the verb: 'đã được Nhà nước tặng thưởng 2 lần danh hiệu Anh hùng Lực lượng vũ trang nhân dân')
    rf"|(?<!\w)(?:tặng thưởng|trao tặng|phong tặng|tặng|công nhận)\s+{_HOW_MANY}\s+lần(?!\w)"
    # (or many years, right before being given: '...; nhiều năm được UBND tỉnh tặng Cờ thi đua')
    r"|(?<!\w)(?i:nhiều)\s+năm\s+(?:(?:nay|qua)\s+)?(?:(?:đã|đều|cũng|liên tục)\s+)?(?=được|đạt|nhận)"
)
# a sentence that opens on a war's or a career's span, looked back over ('Trong chiến đấu, ...', 'Trong hai cuộc kháng
# chiến, ...', 'Trong quá trình công tác, ...')
_LOOKING_BACK_OVER = re.compile(
    r"\W*(?:Trong|Suốt)\s+(?:(?:những năm|thời kỳ|thời gian|cuộc|hai cuộc|các cuộc)\s+)?"
    r"(?:chiến đấu|kháng chiến|chiến tranh|quá trình (?:công tác|hoạt động))(?!\w)"
)
# a step of a life told with its year ('vào Đảng năm 1954', 'nhập ngũ tháng 3 năm 1965', 'tham gia cách mạng từ năm 1945'),
# not a birth (the age of one given an award today: 'em A, sinh năm 2010, được tặng ...')
_LIFE_EVENT = re.compile(
    r"(?<!\w)(?:vào Đảng|(?:được\s+)?kết nạp(?: vào)? Đảng|nhập ngũ|tham gia (?:cách mạng|quân đội|kháng chiến)|thoát ly)"
    r"\s+(?:(?:từ|vào)\s+)?(?:(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+|ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]?)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
)
_OWN_YEAR_AFTER = re.compile(r",\s*(?:riêng\s+)?(?:trong\s+)?năm\s+(?:(?:19|20)\d{2}|nay|qua)(?!\w)")
_LONG_AGO = 2  # years before the news's: an award given then is a record, 'đã' said or not
# 'từng được tặng', 'từng nhận', 'từng 5 lần được': what a recipient has had, ever (a record, not the news)
_EVER_GIVEN = re.compile(r"(?<!\w)từng\s+(?:(?:\d+\s+lần|nhiều lần|vinh dự|liên tục)\s+)*(?:được|đạt|nhận|đón nhận)(?!\w)")
_HAD_BEEN = re.compile(r"(?<!\w)(?:đã|từng)\s+(?:(?:được|vinh dự|liên tục)\s+)*(?:được|đạt|nhận|đón nhận)(?!\w)")


def _without_past_records(
    doc: Document, sent: Sentence, found: list[GrantFact], now_year: int | None, told_at: dict[int, int] | None = None
) -> list[GrantFact]:
    """'nhà trường đã được trao tặng Huân chương Lao động hạng Nhì năm 1998' in a report of 2013: the unit's past
    record, an award given years before the news, not a grant the article reports. `told_at` holds where each grant's
    predicate begins, so that a record's clause drops its own grants, not those a later clause tells of the same award."""
    # 'Công ty đã được tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba': one recipient named with several classes
    # of one order, which are given one at a time, years apart: its record (not '... hạng Nhì, hạng Ba cho 2 tập thể')
    counted = bool(doc.spans("counts", sent.start, sent.end))
    found = [g for g in found if not (len(g.classes) > 1 and g.count == 1 and (g.recipient is not None or not counted))]
    if found and _LOOKING_BACK_OVER.match(sent.text) and not posthumous(sent.text):
        # 'Trong chiến đấu, đồng chí đã lập nhiều chiến công, được tặng thưởng 2 Huân chương Chiến công', 'Trong quá
        # trình công tác, ông được tặng ...': a war's or a career's span, its honours a record, whatever event the
        # article tells (not one given to the dead, the news)
        return []
    life = _LIFE_EVENT.search(sent.text) if found and now_year is not None else None
    if life is not None and int(life["y"]) < now_year - _LONG_AGO:
        # 'Đồng chí A vào Đảng năm 1954, đã tham gia hai cuộc kháng chiến, được Nhà nước tặng thưởng Huân chương Kháng
        # chiến hạng Nhất': a life's story told from a year long before the news, the honours after it its record (not
        # one given to the dead, the news: 'sinh năm 1948, hy sinh năm 1972, được truy tặng ...')
        lived = {
            a.value.award for a in doc.spans("awards", sent.start + life.end(), sent.end) if not posthumous(sent.text, a.start - sent.start)
        }
        found = [g for g in found if not _one_of(g, lived) or g.event]
    running = _YEARS_RUNNING.search(sent.text) if found else None
    if running is not None:  # 'cô Hạnh đã 3 năm liền được tặng Giấy khen': a record of past years (not '...; năm nay ...')
        # (nor '..., năm 2023 được tặng Bằng khen': a year of its own after a comma)
        own_year = _OWN_YEAR_AFTER.search(sent.text, running.end())
        clause_end = min(i for i in (sent.text.find(";", running.end()), own_year.start() if own_year else -1, len(sent.text)) if i != -1)
        past_awards = {a.value.award for a in doc.spans("awards", sent.start + running.end(), sent.start + clause_end)}
        # ('chị A đã nhiều năm liền được tặng Bằng khen; năm 2023, chị được Trung ương Hội tặng Bằng khen': the later
        # clause's is this year's)
        later = (told_at or {}).get
        found = [g for g in found if not _one_of(g, past_awards) or (later(id(g)) or 0) >= sent.start + clause_end]
    ever = _EVER_GIVEN.search(sent.text) if found else None
    if ever is not None:  # 'Trước đó, anh Lực từng được Giám đốc Công an tỉnh tặng 5 Giấy khen': his record, whatever the year
        clause_end = min(i for i in (sent.text.find(";", ever.end()), len(sent.text)) if i != -1)
        past_awards = {a.value.award for a in doc.spans("awards", sent.start + ever.end(), sent.start + clause_end)}
        found = [g for g in found if not _one_of(g, past_awards) or g.event]
    had = _HAD_BEEN.search(sent.text) if found else None
    if had is not None and not _recipients_counted(doc, sent):
        # 'Trước đó, Trung đoàn đã được tặng thưởng 1 Huân chương Quân công hạng Ba, 2 Huân chương Chiến công': a unit's
        # honours counted by the piece, its record (not 'nhận được: 01 Cờ thi đua ...', a year's, with no 'đã')
        pieces = {
            a.value.award
            for a in doc.spans("awards", sent.start + had.end(), sent.end)
            if _NUMBER_BEFORE.search(doc.text, max(sent.start, a.start - 8), a.start)
        }
        # (at the event the article tells, unless over the years looked back on: 'Qua 50 năm xây dựng và trưởng thành,
        # Lữ đoàn đã được tặng thưởng 1 Huân chương Quân công hạng Nhì, 2 Huân chương Chiến công')
        over_years = _UNIT_HISTORY.search(sent.text) is not None
        found = [g for g in found if not _one_of(g, pieces) or (g.event and not over_years)]
    for clause in _CLAUSE_DATED.finditer(sent.text) if found and now_year is not None and told_at is not None else ():
        # 'Nhiều năm liền, trường đạt danh hiệu ...; năm 2015, trường được Thủ tướng Chính phủ tặng Bằng khen' in a report
        # of 2019: a clause opening on a year long before the news tells a record (not '...; năm 2018, ...', recent)
        if int(clause["y"]) < now_year - _LONG_AGO:
            end = min(i for i in (sent.text.find(";", clause.end()), len(sent.text)) if i != -1)
            lo, hi = sent.start + clause.start(), sent.start + end
            found = [g for g in found if g.event or not lo <= told_at.get(id(g), -1) < hi]
    dated = _DATED_BEFORE.match(sent.text) if found else None
    # where the record's telling starts: after 'đã được', or after a year looked back to ('Trước đó, năm 2015, nhà
    # trường được Chủ tịch nước tặng Huân chương ...': past, as 'đã' would say)
    told_from = had.end() if had is not None else dated.end() if dated is not None and dated["before"] else None
    if told_from is None and dated is not None and now_year is not None and int(dated["y"]) < now_year - _LONG_AGO:
        told_from = dated.end()  # 'Năm 2017, cô được Chủ tịch nước phong tặng ...' in a report of 2023: long before the news
    if told_from is None and now_year is not None and found:
        # 'Mẹ năm nay 98 tuổi, được Nhà nước phong tặng danh hiệu Bà mẹ Việt Nam anh hùng năm 2015' in a report of 2024:
        # an award its year right after says was given years before the news, with no 'đã' to say so (not 'từ năm', since
        # when it has been held)
        long_ago = {
            a.value.award
            for a in doc.spans("awards", sent.start, sent.end)
            if (given := _GIVEN_IN_YEAR.match(doc.text, a.end)) and int(given["y"]) < now_year - _LONG_AGO and not given["since"]
        }
        return [g for g in found if not _one_of(g, long_ago) or g.event]
    if told_from is None or (now_year is None and not (dated and dated["before"])):
        return found
    # ('Trước đó, năm 2015, ông được UBND tỉnh tặng Bằng khen' in an article that tells no date of its own: what it looks
    # back to is before the news, whatever the news's year)
    if dated and (now_year is None or int(dated["y"]) < now_year - 1):
        # 'Trước đó, năm 2019, nhà trường đã được tặng Huân chương ...' in a report of 2024: the sentence's own year, past
        # (up to a later clause of a year of its own: '...; năm nay, trường tiếp tục được tặng ...', the news)
        later = _LATER_YEAR.search(sent.text, told_from)
        if later is not None and not (later["y"] == "nay" or (now_year is not None and int(later["y"]) >= now_year - 1)):
            later = None
        cut = sent.start + later.start() if later is not None else None
        return [
            g
            for g in found
            if not doc.spans("awards", sent.start + told_from, g.evidence.end)
            or g.event
            or (cut is not None and told_at is not None and told_at.get(id(g), 0) >= cut)
        ]
    past = set()
    # ('Giai đoạn 2020 - 2025, huyện đã được tặng Huân chương ... (năm 2023)' in a report of 2025: a year of the period the
    # sentence sums up, which runs to the news, is its news, not a record before it)
    opening = _OPENING_PERIOD.match(sent.text)
    first, last = (int(opening["a"]), int(_period_end(opening) or opening["a"])) if opening else (0, 0)
    for a in doc.spans("awards", sent.start + told_from, sent.end):
        given = _GIVEN_IN_YEAR.match(doc.text, a.end)
        summed_up = given is not None and last >= now_year - 1 and first <= int(given["y"]) <= last
        if given and int(given["y"]) < now_year - 1 and not summed_up:
            past.add(a.value.award)
    return [g for g in found if not _one_of(g, past)]


# the agent that recognised a unit as its bloc's leader, right before the ranking ('được UBND huyện công nhận là đơn vị
# dẫn đầu', 'được Bộ Chỉ huy Quân sự tỉnh công nhận là đơn vị dẫn đầu phong trào thi đua ... khối')
_RECOGNISED_BY = re.compile(r"(?<!\w)được\s+(?P<agent>(?:(?!được\s)[^,;:]){2,80}?)\s+công nhận\s+là\s+(?:một\s+)?(?:[^,;:]{0,40}?\s)?$")


# a period a sentence opens on ('Giai đoạn 2020 - 2025, ...', 'Trong nhiệm kỳ 2020 - 2025, ...')
_OPENING_PERIOD = re.compile(r"\W*(?:[Tt]rong\s+)?(?i:" + _PERIOD.pattern + r")")


def _one_of(g: GrantFact, awards: set[str]) -> bool:
    """Whether a grant is of one of the awards named, as written or as its giver made it ('Bằng khen' the Prime
    Minister gives: his)."""
    return g.award in awards or any(refine_for_conferrer(a, label(g.conferrer)) == g.award for a in awards)


def _item_names(doc: Document, sent: Sentence) -> OrgRef | str | None:
    """The one person or body an item of a list names first ('- Ông Lý Seo Chư, Chủ tịch ...', '- Trường THCS X.')."""
    bullet = _BULLET.match(sent.text)
    return opening_recipient(doc, sent.start + bullet.end(), sent.end) if bullet else None


@dataclass
class _NamedItems:
    """The recipients a list's items name ('- Sở Tài chính;', '- Ông A, Giám đốc ...'), under the heading that opened
    it: for grants it counts by kind ('... cho 02 tập thể và 01 cá nhân:'), where the items name as many of each kind
    as counted, they are those; for one it leaves uncounted ('tặng Giấy khen cho các cá nhân sau:'), all the items
    name are its recipients, and as many (one alone is the recipient)."""

    grants: dict[str, GrantFact]
    uncounted: bool = False
    names: dict[str, list[OrgRef | str]] = field(default_factory=dict)
    bare: bool = False  # the heading names no award ('khen thưởng các cá nhân ..., gồm:'): its items name none either

    @staticmethod
    def opened_by(found: list[GrantFact], gives: bool) -> _NamedItems | None:
        if gives and len(found) == 1 and found[0].evidence.rule in (UNCOUNTED, _COMMENDED_LISTED, GIVEN_TO_LIST) and not found[0].named:
            return _NamedItems({"any": found[0]}, uncounted=True, bare=found[0].evidence.rule == _COMMENDED_LISTED)
        kinds = [g.recipient_kind for g in found]
        fits = all(g.count and not g.named and g.recipient is None and kinds.count(g.recipient_kind) == 1 for g in found)
        return _NamedItems({g.recipient_kind: g for g in found}) if found and fits else None

    def add(self, who: OrgRef | str) -> None:
        kind = "any" if self.uncounted else "individual" if isinstance(who, str) else "collective"
        self.names.setdefault(kind, []).append(who)

    def close(self) -> list[GrantFact]:
        """Settles the grants by the items read; returns the grant of a second kind a list of both kinds makes."""
        if not self.names or any(kind not in self.grants for kind in self.names):
            return []  # an item of a kind the heading did not count: not its list
        extra: list[GrantFact] = []
        if self.uncounted and (g := self.grants["any"]).recipient_kind == "mixed":
            # 'khen thưởng các tập thể, cá nhân ..., gồm:' over bodies and people: the bodies' grant and the people's
            bodies = [n for n in self.names["any"] if not isinstance(n, str)]
            people = [n for n in self.names["any"] if isinstance(n, str)]
            if bodies and people:
                extra = [replace(g, recipient_kind="individual")]
                g.recipient_kind = "collective"
                self.grants, self.names = {"collective": g, "individual": extra[0]}, {"collective": bodies, "individual": people}
            else:  # (of one kind only: that kind's)
                g.recipient_kind = "collective" if bodies else "individual"
        for kind, g in self.grants.items():
            named = self.names.get(kind, [])
            if self.uncounted and named:
                g.count, g.evidence = len(named), replace(g.evidence, rule=LISTED_BY_ITEMS)
            if len(named) != g.count:
                continue
            if len(named) == 1:
                for field_name, value in _as_recipient(named[0]).items():
                    setattr(g, field_name, value)
            else:
                g.named = tuple(named)
        return extra


# a bare commendation of those a list after it names: 'khen thưởng đột xuất các cá nhân có thành tích ..., gồm:'
_COMMENDED_LISTED = "grants.commended-those-listed"  # (dropped where no item names any of them)
_COMMENDS_THOSE_LISTED = re.compile(
    r"(?<!\w)(?:khen thưởng|tuyên dương|biểu dương)(?:\s+(?:đột xuất|kịp thời))?(?:\s+cho)?\s+"
    r"(?P<plural>(?:các|những)\s+(?:tập thể,? (?:và )?cá nhân|tập thể|cá nhân|đồng chí|đơn vị|cán bộ|chiến sĩ))(?!\w)[^:;]{0,200}:\s*$"
)
_BARE_GIVING = re.compile(r"\W*(?:Tặng|Trao tặng|Tặng thưởng|Công nhận)\s")
_ITEM_ENDS = re.compile(r"\s*[;.,]?\s*")  # nothing after an item's award but its closing mark
AWARD_ITEMS = "grants.award-items"


def _award_item(doc: Document, sent: Sentence) -> list[tuple[OrgRef | str, AwardMention]]:
    """An item of a list that names its recipient, then after a colon its award and nothing else ('1. Ông A - Trưởng
    Công an xã: Giấy khen;', '- UBND xã B: Bằng khen của Chủ tịch UBND tỉnh.'), or its award, then after a colon its
    recipients by name ('- Giấy khen: ông A, bà B;', '- Cờ thi đua của UBND tỉnh: xã A, xã B.'): each recipient, with
    the award."""
    bullet = _BULLET.match(sent.text)
    awards = doc.values("awards", sent.start, sent.end, base=sent.start) if bullet else []
    if len(awards) != 1:
        return []
    award = awards[0]
    end = award.owner_end if award.owner_end is not None else award.end
    if not sent.text[bullet.end() : award.start].strip() and (colon := _ITEM_COLON.match(sent.text, end)):
        listed = sent.start + colon.end()
        people = list(dict.fromkeys(p.value.name for p in doc.spans("people", listed, sent.end)))
        one = opening_recipient(doc, listed, sent.end) if not people else None
        whom: list[OrgRef | str] = people or bodies_listed(doc, listed, sent.end) or ([one] if one is not None else [])
        return [(who, award) for who in whom]
    # (or a dash: '1. Thiếu tá A, Trợ lý Tác chiến - Giấy khen của Chỉ huy trưởng ...', the last before the award)
    parted = _BEFORE_ITEM_AWARD.search(sent.text, bullet.end(), award.start)
    if parted is None or not _ITEM_ENDS.fullmatch(sent.text, end):
        return []
    who = opening_recipient(doc, sent.start + bullet.end(), sent.start + parted.start())
    return [(who, award)] if who is not None else []


_BEFORE_ITEM_AWARD = re.compile(r"(?::|\s[-–])\s*$")  # what parts an item's recipient from its award, right before it


@dataclass
class _AwardItems:
    """The grants of a list whose items each name a recipient and its award ('1. Ông A: Giấy khen;'): one grant for each
    award and kind of recipient, counting its items, naming them (one alone is the recipient)."""

    grants: dict[tuple[str, str, str | None], GrantFact] = field(default_factory=dict)
    names: dict[tuple[str, str, str | None], list[OrgRef | str]] = field(default_factory=dict)

    def add(
        self, reader: _Reader, sent: Sentence, item: tuple[OrgRef | str, AwardMention], giver: Conferrer | None, event: str | None
    ) -> GrantFact | None:
        """The item's grant, if it opens one; else None (it is counted in the grant an item before opened). Its giver is
        the award's owner, else the one the law has confer it (an order's, the State President), else the list's
        (`giver`)."""
        who, award = item
        kind = "individual" if isinstance(who, str) else "collective"
        owner = reader._owner(sent.start, award) or default_conferrer(award.award) or giver
        key = (award.award, kind, label(owner))
        g = self.grants.get(key)
        if g is not None:
            named = self.names[key]
            named.append(who)
            g.count, g.named = len(named), tuple(named)
            for field_name in ("recipient", "recipient_org", "recipient_person"):
                setattr(g, field_name, None)
            return None
        g = GrantFact(
            award=refine_for_conferrer(award.award, label(owner), sent.text[award.start : award.end]), recipient_kind=kind, count=1,
            approx=False, status="conferred", evidence=Evidence(sent.start, sent.end, sent.text, AWARD_ITEMS), classes=award.classes,
            conferrer=owner, event=event, title=award.name, **_as_recipient(who),
        )  # fmt: skip
        self.grants[key], self.names[key] = g, [who]
        return g


def find_grants(doc: Document, events: list) -> list[GrantFact]:
    """The grants of a document, linked to the events and presenters the article reports."""
    reader = _Reader(doc, events)
    found_in: list[tuple[GrantFact, bool]] = []  # each grant, and whether a caption or the headline restated it
    prev_event: str | None = None
    sentences = doc.sentences
    paragraph_year: str | None = None
    evaluated: str | None = None  # the period of the achievement being rewarded, once a sentence states it
    heading = False  # the last sentence opened a list of proposals ('... đề nghị khen thưởng. Cụ thể:')
    giving_list = False  # the last sentence opened a list of awards given ('Kết quả khen thưởng như sau:')
    proposed_before = False  # the last sentence proposes
    given_before = False  # the last sentence gave (or proposed) any grant
    led_list = False  # the list being read was opened by a short lead after a sentence's grants ('Trong đó:')
    headed = False  # the list being read was opened by a heading ('... như sau:', 'Toàn huyện hiện có:')
    periods_stated: set[str] = set()  # the achievement periods the article says are evaluated
    stated_in: set[int] = set()  # the sentences that state them
    achieved_by: dict[str, str] = {}  # a recipient's achievement, told in a sentence of its own by the recipient's name
    named_items: _NamedItems | None = None  # the grants whose heading opened a list of their recipients by name
    run: list[GrantFact] = []  # the grants of the sentences just read, a list's lead and items together
    award_items: _AwardItems | None = None  # the grants of the list being read whose items each name their award
    items_giver: Conferrer | None = None  # who the heading of the list being read says gives ('UBND huyện khen thưởng ...:')
    items_presenter: str | None = None  # who that heading says handed them over ('Đồng chí A, Phó Chủ tịch UBND tỉnh đã trao:')
    heading_event: str | None = None  # the event of the sentence that opened the last list
    givers_stated: list[tuple[str, Conferrer]] = []  # 'Kỷ niệm chương do Bộ trưởng Bộ Y tế tặng': an award's giver, told apart
    presenters_stated: list[tuple[str, str]] = []  # 'Bằng khen được Thứ trưởng A trao tại ...': who handed an award over
    last_given: list[GrantFact] = []  # the grants of the last sentence that gave any
    last_given_at = -2  # and that sentence's index
    proposed_umbrella = -2  # the index of the last sentence that proposed a total the next one breaks down
    decided_by: Conferrer | None = None  # who the last sentence says signed a decision to commend, giving nothing itself
    decided: list[GrantFact] = []  # the bare commendations that decision counted ('ký quyết định khen thưởng 2 tập thể')
    under_it = False  # the sentences since it have given under that decision, or listed its recipients
    heading_own: str | None = None  # the body a heading that gives and proposes says gives by itself
    unmarked = False  # the last sentence was an item of a list whose marks the page lost
    umbrella: list[GrantFact] = []  # the bare commendations of a sentence that opens a list, until its items give
    counted_umbrellas: list[tuple[GrantFact, list[GrantFact]]] = []  # such a commendation counted, and its list's grants
    summed_items: list[GrantFact] | None = None  # the grants of the list being read under one
    list_totals: list[GrantFact] = []  # the counted grants of the sentence that opened the list being read
    section_giver: Conferrer | None = None  # who the section heading over the items being read says gives them
    members: list[tuple[GrantFact, list[GrantFact]]] = []  # a list item's grant, and the totals counted over its list
    item_at = -2  # the index of the last sentence that was an item of a list
    level_heads: list[GrantFact] = []  # the bare totals a lead's list breaks down by level ('Trong đó:' over '- Cấp tỉnh: ...')
    level_counts: list[Count] = []  # and the counts of its items read so far
    now = doc.published or next((e.date for e in events if e.date), None)
    now_year = now.year if now else None
    for i, sent in enumerate(sentences):
        new_paragraph = i == 0 or "\n" in doc.text[sentences[i - 1].end : sent.start]
        if new_paragraph:
            paragraph_year = None
        unmarked = _unmarked_item(doc, sentences, i, unmarked)
        bullet = bool(_BULLET.match(sent.text)) or unmarked
        reader.heading_proposes = heading and bullet  # '- Tặng Cờ thi đua cho 15 đơn vị': one of the list's proposals
        # '... đề nghị Chính phủ tặng Bằng khen cho 10 Sở. Tặng Bằng khen của Bộ trưởng cho 25 Sở': a giving with no subject
        # right after a proposal, in its paragraph, goes on with it
        reader.heading_proposes |= proposed_before and not new_paragraph and _BARE_GIVING.match(sent.text) is not None
        # ('đã trình cấp trên khen thưởng và khen thưởng theo thẩm quyền cho ..., cụ thể:' opens results, not proposals)
        # ('... trình cấp trên khen thưởng cho 18 tập thể, kết quả:' opens what came of the proposals, conferred)
        opens, proposes = (
            sent.text.rstrip().endswith(":"),
            (bool(_PROPOSED.search(sent.text)) and not _OWN_AUTHORITY.search(sent.text) and not RESULTS_LEAD_AFTER.search(sent.text)),
        )
        # a list opened by a proposal, or a short 'Cụ thể:' after one ('... đã bỏ phiếu và đề nghị khen thưởng.')
        # ('Kết quả:' after one opens what came of the proposals, conferred)
        short_heading = proposed_before and len(sent.text) < 20 and not _RESULTS.match(sent.text)
        heading = (heading and (bullet or opens)) or (opens and (proposes or short_heading))
        if opens and proposes:  # a heading that both gives and proposes: its subject's own awards are given
            heading_own = _own_giver_of(doc, sent)
        elif not heading:
            heading_own = None
        # '- Cờ thi đua của UBND tỉnh: 03 tập thể;': an item whose verb is its list's ('Kết quả khen thưởng như sau:')
        # ('II. CÁ NHÂN (03 cá nhân)' between items of a list that gives: a section of the list, counting its items)
        counted_section = giving_list and _COUNTED_SECTION.match(sent.text) is not None
        reader.heading_gives = giving_list and (bullet or counted_section)
        # a heading numbered itself opens one too ('1. Khen thưởng cấp Nhà nước:' over its '-' items)
        # and a numbered section heading of its own line ('2. Khen thưởng cấp tỉnh' over '- Cờ thi đua của UBND tỉnh: 04 tập thể')
        # (or a line of its own without a number, right over the items: 'Kết quả khen thưởng' over '- Huân chương ...')
        section = _SECTION_HEADING.fullmatch(sent.text.strip()) is not None or (
            sent.is_caption and len(sent.text) <= 80 and i + 1 < len(sentences) and _BULLET.match(sentences[i + 1].text) is not None
        )
        reader.unheaded_item = bullet and not headed
        reader.headed_item = bullet and headed
        headed = opens or section or (headed and bullet)  # a list a heading opened goes on
        # ('Kết quả:' opens the awards that came of it: '- Huân chương Lao động hạng Ba: 01 tập thể;')
        # ('... trình cấp trên khen thưởng cho 85 tập thể. Trong đó:' opens the awards those were, as the sentence gave them)
        lead_after_grants = opens and len(sent.text.strip()) < 20 and given_before
        led_list = lead_after_grants or (led_list and bullet)  # the list such a lead opened goes on
        if lead_after_grants:
            level_heads = [g for g in last_given if g.award == "khen-thuong" and g.count and g.part_of is None]
        # ('... ban hành Quyết định khen thưởng các tập thể, cá nhân có thành tích. Cụ thể như sau:': a lead of its own
        # right after a sentence that gives (and proposes nothing) opens that sentence's list, as its colon would)
        prev = sentences[i - 1] if i and not new_paragraph else None
        lead_of_giving = (
            opens
            and prev is not None
            and _LIST_LEAD.fullmatch(sent.text.strip()) is not None
            and bool(commend_verbs(prev.text) or presents(prev.text))
            and not _PROPOSED.search(prev.text)
        )
        giving_list = (giving_list and (bullet or counted_section)) or (
            (opens or section) and bool(_GRANT_VERB.search(sent.text) or _RESULTS.match(sent.text) or lead_after_grants or lead_of_giving)
        )
        # (an item that opens a sublist of its own, naming no award, stays under its heading: '1. Tập thể (05 tập thể):'
        # under '... được tặng Giấy khen như sau:')
        sublist = reader.heading_gives and not doc.spans("awards", sent.start, sent.end)
        if opens and not sublist:
            told = prev if lead_of_giving and prev is not None else sent  # (the giving sentence a lead of its own leads on)
            reader.list_heading, reader.list_commends = told, bool(commend_verbs(told.text))
            items_giver, items_presenter = _heading_giver(doc, told), _heading_presenter(reader, told)
        elif not bullet:
            items_giver = items_presenter = None
        if section or opens or not bullet:  # (a numbered heading is an item of the list above it too)
            section_giver = _section_giver(doc, sent) if section or opens else None
        proposed_before = proposes
        lead = _YEAR_LEAD.match(sent.text)
        paragraph_year = lead["year"] if lead else paragraph_year
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        # an umbrella that names its awards is skipped only for a breakdown that names them too (else the awards
        # would be lost: 'tặng Bằng khen cho 50 tập thể, cá nhân. Trong đó, 20 tập thể và 30 cá nhân')
        names_awards = bool(doc.spans("awards", sent.start, sent.end))
        if (
            nxt
            and (follows := _BREAKDOWN_FOLLOWS.match(nxt.text))
            # ('Cụ thể: ...' breaks down a total only where the sentence counts one; 'Trong đó' an uncounted one too)
            and (follows.group(0).strip().startswith("Trong") or _recipients_counted(doc, sent) > 0)
            and (not names_awards or doc.spans("awards", nxt.start, nxt.end))
            # (a breakdown that names no award gives nothing of its own: 'Trong đó: cấp tỉnh 30 tập thể, 50 cá nhân; cấp
            # huyện ...' breaks the totals down into their parts, read below)
            and (doc.spans("awards", nxt.start, nxt.end) or not _COUNTS_ONLY.match(nxt.text))
            and _umbrella(doc, sent, nxt)
        ):
            prev_event = None
            # (its giver, if it says who signed the decision, gives the breakdown: 'Chủ tịch UBND huyện ký quyết định
            # khen thưởng 3 tập thể và 2 cá nhân. Cụ thể, ... được tặng Giấy khen')
            decided_by, decided = _decision_signer(doc, sent) or decided_by, []
            # (and the achievement it says is rewarded is the breakdown's: '... tặng thưởng Huân chương cho 5 tập thể
            # ... có thành tích từ năm 2018 đến năm 2022. Trong đó, ...')
            evaluated = next((_year_span(m) for m in _ACHIEVEMENT.finditer(sent.text)), evaluated)
            proposed_umbrella = i if proposes else -2
            continue  # an umbrella total that the next sentence breaks down
        # the event told in the sentence before ('... tổ chức Lễ tuyên dương ... . 40 thủ khoa được ...')
        just_told = next((e for e in events if i and e.evidence.start == sentences[i - 1].start), None)
        # (a line right after one that gave goes on telling that giving, as the same paragraph does: plain-text pages
        # put each sentence on a line of its own; not one opening on a time of its own: 'Trong năm qua, ...')
        # (nor one opening on a day other than the event's: 'Ngày 19/1, Huyện đoàn tuyên dương ...' after the 17th's)
        apart = _dated_apart(doc, sent, events, prev_event)
        # (nor a digest's item of another place, opening on its label: '- Xã Phú Thạnh: Hội Cựu chiến binh xã được ...')
        goes_on = last_given_at == i - 1 and not _OPENS_ON_TIME.match(sent.text) and not apart and not OPENS_ON_UNIT.match(sent.text)
        # ('Tối 14/1, Chủ tịch UBND huyện đã trao ...' after grants given at the meeting of the 12th: not given there)
        event = _event_for(sent, events, None if apart else prev_event, same_paragraph=not new_paragraph or goes_on, just_told=just_told)
        if reader.heading_gives and (event is None or led_list):
            event = heading_event  # an item of a list given at the event its heading was
        elif opens:
            # (a lead after a sentence's grants opens that sentence's list: its items were given where those were)
            heading_event = (last_given[0].event if last_given else None) if lead_after_grants else event
        # 'Hiện nay, toàn huyện có ...': holders over the years; 'Lễ vinh danh 3 nhà khoa học sẽ diễn ra ...': to come
        after_it = sentences[i + 1] if i + 1 < len(sentences) else None
        reader.lead_follows = after_it is not None and _THOSE_LISTED_LEAD.fullmatch(after_it.text.strip()) is not None
        found = [] if _EVENT_TO_COME.search(sent.text) else reader.sentence(sent, event)
        if reader.heading_gives and items_presenter is not None:
            for g in found:  # '- Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể;' under 'Đồng chí A đã trao:': A handed it over
                if g.presenter is None and g.status == "conferred":
                    g.presenter = items_presenter
        if proposed_umbrella == i - 1 and not _GIVES_ITSELF.search(sent.text):
            for g in found:  # 'UBND huyện đã trình cấp trên khen thưởng cho 42 tập thể. Trong đó: Bằng khen ...: 36 tập thể'
                g.status = "proposed"  # the breakdown of a proposal's total, with no verb of its own, is proposed too
        if reader.heading_proposes and heading_own is not None:
            for g in found:  # '- Giấy khen của Chủ tịch UBND huyện: 120 tập thể' under 'UBND huyện đã khen thưởng và đề nghị ...'
                body = body_of(g.conferrer)
                if g.status == "proposed" and body is not None and label(body) == heading_own:
                    g.status, g.event = "conferred", event
        if reader.heading_gives and led_list:
            for g in found:  # (proposals too: those of a sentence told at no event were made at none)
                g.event = heading_event
        if _PROCEDURE.search(sent.text):  # 'hướng dẫn thủ tục hồ sơ đề nghị tặng Huân chương cho các tập thể': no one
            found = [g for g in found if g.count is not None or g.recipient is not None or g.named]
        if found and _HABITUAL.search(sent.text):
            found = []  # 'Hằng năm, UBND huyện tặng Giấy khen cho hơn 100 hộ': what a usual year sees, no grant
        if found and _CUMULATIVE.search(sent.text) and not _DECIDED_AFTER_PROPOSAL.match(" " + sent.text.lstrip()):
            # 'Tính đến nay, toàn huyện có 789 gia đình được tặng ...': holders over the years, no grant; but a giver
            # said to have given them ('Từ năm 2021 đến nay, Chủ tịch UBND tỉnh đã tặng Cờ thi đua cho 152 tập thể') did,
            # and so did the decisions told made ('Đến nay, đã có quyết định khen thưởng cho 20 tập thể')
            found = [g for g in found if g.conferrer is not None and _GIVEN_ACTIVELY.search(sent.text)]
        if found and _UNIT_HISTORY.search(sent.text) and _HAD_BEEN.search(sent.text):
            found = [g for g in found if g.event]  # 'Qua 50 năm xây dựng, trường đã được tặng 1 Huân chương ...': its record
        told = bool(found)
        found = _without_past_records(doc, sent, found, now_year, reader.told_at)
        recorded = told and not found  # (the sentence's grants all a record: its year is theirs, no achievement's)
        found = _without_uncounted_umbrella(doc, found, reader.told_at)
        # (under a heading that gives or proposes: not 'Các đại biểu gồm: - Huân chương ...: đồng chí A giới thiệu.')
        if not found and bullet and (giving_list or heading) and (items := _award_item(doc, sent)):
            # '1. Ông A - Trưởng Công an xã: Giấy khen;': an item that names its recipient and its award
            award_items = award_items or _AwardItems()
            opened = (award_items.add(reader, sent, item, None if heading else items_giver, event) for item in items)
            found = [g for g in opened if g is not None]
            if heading:
                for g in found:  # (a list of proposals: 'Hội đồng thống nhất đề nghị khen thưởng như sau:')
                    g.status = "proposed"
        elif not bullet:
            award_items = None
        if not found and (stated := _giver_stated(doc, sent)) is not None:
            givers_stated.append(stated)
        if not found and (handed := _presenter_stated(doc, sent)) is not None:
            presenters_stated.append(handed)
        under_decision = decided_by is not None and (
            not new_paragraph or _UNDER_DECISION.match(sent.text) or (under_it and _SUBJECTLESS_GIVING.match(sent.text))
        )
        if found and under_decision:
            for g in found:  # 'Chủ tịch UBND huyện ký Quyết định khen thưởng ... . Theo đó, tặng Giấy khen cho 8 tập thể'
                if g.conferrer is None and g.status == "conferred":
                    g.conferrer, g.award = decided_by, refine_for_conferrer(g.award, label(decided_by))
            found = [g for g in found if not _details_decided(g, decided)]
        # the decision goes on over the items its grants list ('1. UBND xã A;') and over the next heading that gives
        # with no subject of its own ('Tặng Giấy khen cho các cá nhân sau:'), until a sentence says something else
        # ('Theo đó:' on a line of its own, then the items: the decision goes on over them)
        lead_only = _LIST_LEAD.fullmatch(sent.text.strip()) or _DECISION_ALONE.fullmatch(sent.text.strip())
        under_it = bool(under_decision and (found or bullet or lead_only)) or (under_it and bullet and not found)
        if not under_it:
            # (a decision that counts its commendations bare, or names its award for recipients it does not count, still
            # says who gives what the next sentence details: 'Thủ tướng vừa ký Quyết định ... tặng Cờ thi đua cho các
            # tỉnh ... . Theo đó, 5 tỉnh được tặng Cờ thi đua gồm: ...')
            decided = found if found and all(_decided_bare(g) for g in found) else []
            decided_by = _decision_signer(doc, sent) if not found or decided else None
        # (a line that heads the items of one kind, 'Tập thể:', 'b) Cá nhân:', goes on with the list)
        kind_heading = named_items is not None and not found and _KIND_HEADING.fullmatch(sent.text) is not None
        # '- Ông Lý Seo Chư, Chủ tịch UBND xã Pha Long.', '- Sở Tài chính tỉnh X;': one of those the heading gives to
        if (
            named_items is not None
            and bullet
            and not found
            and (who := _item_names(doc, sent)) is not None
            and not (named_items.bare and doc.spans("awards", sent.start, sent.end))  # (a bare heading's items name none)
        ):
            named_items.add(who)
        elif named_items is not None and not kind_heading:
            closed = named_items.close()
            found_in.extend((g, False) for g in closed)
            run.extend(closed)  # (the second kind a list of both makes: given with the rest)
            named_items = None
        if opens and not kind_heading:  # (a numbered heading too: '1. Đề nghị ... cho 02 tập thể và 01 cá nhân:')
            # ('1. Huân chương Lao động hạng Nhì cho:' under a decision's 'cụ thể:': an item that opens its own list)
            sub_heading = bool(bullet) and len(found) == 1 and _GIVEN_TO_LIST.search(sent.text) is not None
            named_items = _NamedItems.opened_by(found, gives=(giving_list and not bullet) or sub_heading)
            if named_items is None and not found and last_given_at == i - 1 and _THOSE_LISTED_LEAD.fullmatch(sent.text.strip()):
                # 'trao Bằng khen cho các cá nhân có hành động dũng cảm. Các cá nhân được khen thưởng gồm:': the lead of
                # its own opens the list of those the sentence before gave to
                named_items = _NamedItems.opened_by(last_given, gives=True)
        # 'thành tích ..., đã được tặng Huân chương hạng Nhì năm 1998': the year an award was given, not the one evaluated
        achieved = [
            _year_span(m)
            for m in _ACHIEVEMENT.finditer(sent.text)
            if not doc.spans("awards", sent.start + m.start(), sent.start + m.start("a"))
            and not _COMPARED.search(sent.text, max(0, m.start("a") - 22), m.start("a"))
        ]
        # the achievement a sentence says is rewarded: its own grants', and the later ones' unless it gives grants
        # itself ('... được tặng Huân chương vì thành tích giai đoạn 2017 - 2021. Dịp này, ... tặng Giấy khen')
        here = achieved[0] if achieved else evaluated
        if not achieved and i and _ACHIEVEMENTS_BEFORE.match(sent.text) and (fronted := _fronted_achievement(sentences[i - 1].text)):
            here = fronted  # 'Năm học 2022 - 2023, nhà trường đã hoàn thành xuất sắc ... . Ghi nhận những thành tích đó, ...'
        told_again = bool(achieved) and not found and _AWARD_ACHIEVED.match(sent.text) is not None
        # (none, or only an uncounted summary, or a bare one its list breaks down: 'Căn cứ kết quả bình xét thi đua năm
        # 2023, ... được cấp trên khen thưởng. Cụ thể: ...')
        sums_list = bool(found) and _opens_list(sentences, i) and all(_bare(g) for g in found)
        if (told_again or (achieved and not found and _RECIPIENT_ACHIEVED.match(sent.text))) and any(g.period is None for g in last_given):
            # 'trao Bằng khen cho Đồn Biên phòng X. Đồn đã có thành tích xuất sắc ... giai đoạn 2020 - 2022.': the
            # recipient just named, told again by a word, achieved what the award before rewards; so the award told again
            for g in last_given:
                g.period = g.period or achieved[0]
        elif achieved and not found and (who := _named_achiever(doc, sent)) and any(g.recipient == who for g, _ in found_in):
            # 'Đồn Biên phòng X đã có thành tích ... giai đoạn 2018-2022' after an award to it: what that recipient's
            # awards reward, not the later grants to others ('Cùng dịp, ... tặng Giấy khen cho 6 tập thể')
            achieved_by[who] = achieved[0]
        elif achieved and not told_again and not recorded and (sums_list or all(g.evidence.rule == UNCOUNTED for g in found)):
            evaluated = achieved[0]
        if achieved and not recorded:
            periods_stated.update(achieved)
            stated_in.add(sent.start)
        for g in found:
            # a proposal rewards the year under evaluation, which the paragraph opened with
            if g.status == "proposed" and g.period is None and paragraph_year:
                g.period = paragraph_year
            # 'xem xét khen thưởng thành tích năm 2017. ... đề nghị tặng Bằng khen cho 5 tập thể': the achievement
            # an earlier sentence (or the headline) said is being rewarded
            # (not the achievement one clause of a sentence states, to the grants of its other clauses: 'Bằng khen cho
            # hai tập thể; Giấy khen cho 5 cá nhân ... năm học 2022-2023' — each clause read its own period)
            if g.period is None and here and not (achieved and ";" in sent.text):
                g.period = here
            elif g.period is None and evaluated:
                # (though what an earlier sentence said is evaluated still is: 'Quyết định ... về việc tặng danh hiệu thi
                # đua năm 2023. Theo đó, tặng ... cho 615 cá nhân; ... cho 92 cá nhân có thành tích xuất sắc năm 2023')
                g.period = evaluated
        if found or (event is not None and _ANAPHOR.search(sent.text)):
            # 'Cũng tại buổi lễ, ... ký kết giao ước. Chủ tịch UBND tỉnh tặng ...': still at it; so after an award handed
            # over in person there ('ông A đã trao Cờ thi đua cho X. Đồng thời, 3 tập thể được tặng Bằng khen')
            # (handed over by someone unnamed too: 'Đại diện lãnh đạo LĐLĐ tỉnh trao Bằng khen ... LĐLĐ huyện tặng ...')
            handed = hands_over(sent.text)
            prev_event = event or next((g.event for g in found if g.event and (g.presenter or handed)), None)
        for g in found:
            if g.count is None and g.evidence.rule == UNCOUNTED and _THOSE_ABOVE.search(sent.text):
                # 'Công an tỉnh cũng tặng Giấy khen cho các cá nhân trên': as many as the grant before counted
                told = [h for h, _ in found_in if h.recipient_kind == g.recipient_kind and h.count]
                g.count = told[-1].count if told else None
            elif (
                g.count is None and g.evidence.rule == UNCOUNTED and i and ";" not in sent.text and len(kinds := _each_kind(sent.text)) > 1
            ):
                # 'Mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500 nghìn đồng kèm Giấy khen': each kind the sentence
                # before counted, as many of each (not one a clause of its own gives nothing: '...; mỗi cá nhân được 1
                # triệu đồng')
                # (or the one before that, a list of the first kind's names between: '... khen thưởng 3 tập thể, 7 cá nhân.
                # Các tập thể được khen gồm: A, B và C. Mỗi tập thể được thưởng ..., mỗi cá nhân ... kèm Giấy khen')
                told = {k: _of_kind_counted_in(doc, sentences[i - 1], k) for k in kinds}
                if not all(told.values()) and i > 1:
                    told = {k: _of_kind_counted_in(doc, sentences[i - 2], k) for k in kinds}
                if all(told.values()):
                    g.recipient_kind, g.count = kinds[0], told[kinds[0]]
                    found.extend(replace(g, recipient_kind=k, count=told[k]) for k in kinds[1:])
            elif g.count is None and g.evidence.rule == UNCOUNTED and (each := _EACH_OF.search(sent.text)):
                # '20 nữ sinh ... được vinh danh. ... Mỗi nữ sinh đạt giải được tặng bằng khen': each of those the
                # article counted by that noun before
                g.count = _counted_before(doc, each["noun"], sent.start) or (
                    _kind_counted_in(doc, sentences[i - 1], each["noun"]) if i and each["noun"].lower() in _KIND_NOUNS else None
                )
            elif g.count is None and g.evidence.rule == UNCOUNTED and i and (those := _THOSE_BY_NOUN.search(sent.text)):
                # 'trao thưởng cho 14 vận động viên, 3 huấn luyện viên.' then 'Chủ tịch UBND quận tặng Giấy khen cho các
                # vận động viên, huấn luyện viên.': those the sentence before counted by the same nouns, each group
                nouns = [n for n in (those["a"], those["b"]) if n]
                told = [_counted_before(doc, n, sent.start, sentences[i - 1].start) for n in nouns]
                if all(told):
                    g.count = told[0]
                    found.extend(replace(g, count=n) for n in told[1:])
        if umbrella and found and bullet:
            # 'X đã đề nghị và được cấp trên khen thưởng. Cụ thể: 1. Bộ trưởng tặng Cờ thi đua cho ...': a bare
            # commendation whose list gives the awards it sums up is no grant of its own (a counted one, only where the
            # list's items add up to its count: '... khen thưởng 320 tập thể. Cụ thể: - 01 tập thể được tặng Cờ thi đua
            # ...' tells the 320 and some awards beside them)
            found_in = [(g, c) for g, c in found_in if not any(g is u for u in umbrella if not _counted_total(u))]
            summed_items = []
            counted_umbrellas.extend((u, summed_items) for u in umbrella if _counted_total(u))
        if bullet and summed_items is not None:
            summed_items.extend(found)
        elif not bullet:
            summed_items = None
        if found or not (bullet or _LIST_LEAD.fullmatch(sent.text.strip())):
            umbrella = found if sums_list else []
        if found and last_given_at == i - 1 and _SUBSET_LEAD.match(sent.text):
            found = _without_subsets(found, last_given)
        elif (
            not found
            and last_given_at == i - 1
            and (_BREAKDOWN_LEAD.match(sent.text) or _BREAKDOWN_FOLLOWS.match(sent.text))
            and not doc.spans("awards", sent.start, sent.end)
        ):
            # '... phong tặng danh hiệu Anh hùng Lao động cho 6 tập thể, cá nhân.' then 'Trong đó có 4 tập thể là A, B, C,
            # D và 2 cá nhân là ông E, ông F.': the total's parts by kind, told in a sentence of their own
            counts = doc.values("counts", sent.start, sent.end)
            here = Evidence(sent.start, sent.end, sent.text, "grants.breakdown-next-sentence")
            found = next(
                (
                    [replace(p, evidence=here) for p in parts]
                    for g in last_given
                    if g.part_of is None and (parts := _broken_down(g, counts, True))
                ),
                [],
            ) or [replace(p, evidence=here) for p in _broken_down_by_level(last_given, counts, generic_only=False)]
        if (
            found
            and last_given_at >= i - _NAMING_WITHIN
            and (not doc.spans("awards", sent.start, sent.end) or _THOSE_GIVEN.match(sent.text))
        ):
            # (not 'A và B được tặng Cờ thi đua và Bằng khen': theirs; but 'Các cá nhân được tặng Giấy khen gồm: A và B',
            # those of a grant told before; a sentence with no grant may come between: 'Mỗi tập thể được thưởng 3 triệu
            # đồng.')
            found = _naming_those_given(found, last_given)
        if bullet:
            item_at = i
            members.extend((g, list_totals) for g in found if g.evidence.rule == AWARD_ITEMS)
            for g in found if section_giver is not None else ():  # '2. Khen thưởng của Giám đốc Sở' over '- Giấy khen: 30 cá nhân'
                if g.conferrer is None and g.status == "conferred":
                    g.conferrer, g.award = section_giver, refine_for_conferrer(g.award, label(section_giver))
        elif found and item_at == i - 1 and (others := _counted_as_others(sent.text, found)):
            # ('Và 9 cá nhân khác được truy tặng ...' right after the items: the rest of those the heading counted)
            members.extend((g, list_totals) for g in others)
        elif found or not opens:
            list_totals = [g for g in found if g.count] if opens else []
        found_in.extend((g, sent.is_caption or sent.is_headline) for g in found)
        reader.titles_given.update(g.award for g in found if g.status == "conferred" and award_types()[g.award].kind in _TITLE_KINDS)
        reader.government_given.update(g.award for g in found if g.award in _GOVERNMENT_FORMS)
        reader.given_named.update(
            (g.award, g.recipient.casefold()) for g in found if g.recipient and g.conferrer and g.status == "conferred"
        )
        dead = {g.recipient for g in found if g.recipient_kind == "individual" and g.count == 1 and g.recipient}
        if len(dead) == 1 and not sent.is_headline and posthumous(sent.text):
            reader.posthumous_one = dead.pop()
        if event is not None and last_given_at == i - 1 and not new_paragraph and _ALSO_AT.match(sent.text):
            prev = sentences[i - 1].text
            for g in last_given if not (_OWN_TIME.search(prev) or _EARLIER.match(prev)) else ():
                if g.event is None and g.status == "conferred":
                    g.event = event  # 'X được tặng Bằng khen. Cũng tại hội nghị, ...': the one before was given there too
        if found and last_given_at == i - 1 and _GIVEN_TOO.search(sent.text):
            for g in found:  # 'X được Chủ tịch UBND tỉnh tặng Bằng khen. ... 2 cá nhân cũng được tặng Bằng khen': the same giver's
                before = next((h for h in last_given if h.award == g.award and h.conferrer is not None), None)
                if g.conferrer is None and g.status == "conferred" and before is not None and before.status == "conferred":
                    g.conferrer = before.conferrer
        if found and not (sent.is_caption or sent.is_headline):
            last_given, last_given_at = found, i
        if found or bullet or opens:
            run.extend(found)  # the grants of the lead, its list and its items, for a sentence after them that says why
        elif (said := _RECIPIENTS_ACHIEVED.match(sent.text)) and (years := _achievement_years(sent.text[said.end() :])):
            # '... cho: - A; - B.' then 'Các tập thể, cá nhân đã có thành tích xuất sắc trong công tác từ năm 2018 đến
            # năm 2022': what those just given achieved, and when
            for g in run:
                if g.period is None and g.status == "conferred":
                    g.period = years
            run = []
        else:
            run = []
        # '... cho 420 tập thể, 1.150 cá nhân. Trong đó:' over '- Cấp tỉnh: 38 tập thể, 97 cá nhân;': the items break the
        # totals down by the level that gave (or the manner of the commendation), as one sentence's clauses do
        mark = _BULLET.match(sent.text) if led_list and level_heads and not found else None
        if mark and _LEVEL_PART.match(sent.text, mark.end()):
            level_counts += doc.values("counts", sent.start, sent.end)
        elif level_counts:
            found_in.extend((g, False) for g in _broken_down_by_level(level_heads, level_counts))
            level_heads, level_counts = [], []
        given_before = bool(found)
    if level_counts:
        found_in.extend((g, False) for g in _broken_down_by_level(level_heads, level_counts))
    summed_up = {id(u) for u, items in counted_umbrellas if _items_sum_to(u, items)}
    found_in = [(g, c) for g, c in found_in if id(g) not in summed_up]
    if named_items is not None:
        found_in.extend((g, False) for g in named_items.close())
    # 'Theo đó, 15 tập thể và 28 cá nhân được tặng Bằng khen, trong đó có:' over items naming some of them with that
    # award: those named among the counted, whom the total counts (the items' count no more than its)
    # (but items that break the total down by class, adding up to it, are its parts: '... trao Huân chương Lao động cho 3
    # tập thể, cụ thể:' over '- Bệnh viện A: Huân chương Lao động hạng Nhì.', ...: the breakdown, counted once)
    among = {id(g) for g, totals in members if any(_counts_them(h, g) for h in totals)} - _parts_of_totals(members)
    found_in = [(g, c) for g, c in found_in if id(g) not in among]
    # ('... khen thưởng các cá nhân, cụ thể:' over items that name no one: nothing said of whom)
    # ('tặng Giấy khen cho:' over items that count: the items are the grants)
    found_in = [(g, c) for g, c in found_in if not (g.evidence.rule in (_COMMENDED_LISTED, GIVEN_TO_LIST) and g.count is None)]
    if len(periods_stated) == 1:
        # 'đề nghị tặng Cờ thi đua cho 15 đơn vị. ... vì đã hoàn thành xuất sắc nhiệm vụ năm học 2009 - 2010': an
        # article that states one evaluated period only after its proposals says what they reward too
        for g, _ in found_in:
            # (not the proposals of the sentence that states it in a clause of its own: 'đề nghị ... cho 12 tập thể; ...
            # Cờ thi đua cho 3 tập thể dẫn đầu phong trào thi đua năm 2023', each clause read its own period)
            if g.status == "proposed" and g.period is None and g.evidence.start not in stated_in:
                g.period = next(iter(periods_stated))
    _give_stated_givers(givers_stated, [g for g, _ in found_in], events)
    for award, person in presenters_stated:
        # (the one grant of that award the body tells, not again in its headline: several would leave it unsaid which)
        handed = [
            g for g, again in found_in if not again and same_award(g.award, award) and g.status == "conferred" and g.presenter is None
        ]
        if len(handed) == 1:
            handed[0].presenter = person
    found_in += [
        (g, False) for g in _ceremony_grants(doc, events, [g for g, _ in found_in], [g for g, restated in found_in if not restated])
    ]
    name_listed(doc, [g for g, _ in found_in])
    for g, _ in found_in:  # 'công nhận danh hiệu Lao động tiên tiến cho 10 tập thể': the title a collective holds
        g.award = _COLLECTIVE_FORM.get(g.award, g.award) if g.recipient_kind == "collective" else g.award
    grants = link_grants(doc, found_in, reader.presentations, events)
    _honoured_under_event_title(grants, events)
    for g in grants:
        if isinstance(g.conferrer, OrgRef) and g.recipient_org is not None and g.conferrer.name == g.recipient_org.name:
            # 'Ban nhân dân ấp X tổ chức Ngày hội ... và đón nhận danh hiệu ...': the subject that holds it receives; a
            # body gives itself nothing
            g.conferrer = None
        if g.period is None and g.recipient in achieved_by:
            g.period = achieved_by[g.recipient]
        g.period = _up_to_now(g.evidence.text, g.period, g.date or now)
        # those who handed it over with its presenter: where the article has them hand over together every time they do
        together = reader.presented_with.get(g.presenter or "", set())
        if len(together) == 1:
            g.co_presenters = next(iter(together))
    return grants


_HONOURED = re.compile(r"(?<!\w)(?:tôn vinh|vinh danh)(?!\w)")


def _honoured_under_event_title(grants: list[GrantFact], events: list) -> None:
    """'UBND tỉnh tổ chức lễ tôn vinh và trao tặng danh hiệu “Công dân Quảng Bình tiêu biểu”', then 'Năm nay, 10 cá
    nhân được tôn vinh': those honoured at the event, with no award named, are honoured with the title its name gives
    (one only), by its organiser where their sentence names no giver."""
    honoured = [g for g in grants if g.award == "khen-thuong" and g.title is None and g.event and _HONOURED.search(g.evidence.text)]
    titled: dict[str, tuple[str, OrgRef | None]] = {}
    for e in events if honoured else ():  # (an event's name read for its title only where someone was honoured at it)
        if any(g.event == e.key for g in honoured):
            names = {a.name for a in find_awards(e.label) if a.rule == "awards.named-title" and a.name}
            if len(names) == 1:
                titled[e.key] = (names.pop(), e.organiser)
    for g in honoured:
        if g.event in titled:
            g.title, organiser = titled[g.event]
            g.conferrer = g.conferrer or organiser


# an achievement from a year until the time of telling ('từ năm 2020 đến nay', 'từ năm học 2019-2020 đến nay')
_SINCE_THEN = re.compile(r"(?<!\w)từ\s+(?:năm học\s+|năm\s+)?(?P<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(?:đến|tới)\s+nay(?!\w)")


def _up_to_now(sentence: str, period: str | None, told_at: dt.date | None) -> str | None:
    """'thành tích xuất sắc từ năm 2020 đến nay' told in 2024: the period from that year up to the year it was told
    (2020-2024), where the period read stops at its first year; else the period as read."""
    since = _SINCE_THEN.search(sentence) if period else None
    if since is None or period is None or told_at is None or period.split("-")[0] != since["a"] or told_at.year <= int(period[-4:]):
        return period
    return f"{since['a']}-{told_at.year}"


# a sentence of its own that opens a list ('Cụ thể:', 'Cụ thể như sau:', 'Gồm:')
_LIST_LEAD = re.compile(r"(?:[Cc]ụ thể|[Gg]ồm|[Nn]hư sau|[Cc]ụ thể như sau|[Dd]anh sách)\s*:")


def _opens_list(sentences: list[Sentence], i: int) -> bool:
    """Whether sentence i opens a list: it ends with a colon, or the next is a lead of its own ('Cụ thể:')."""
    nxt = sentences[i + 1].text.strip() if i + 1 < len(sentences) else ""
    return sentences[i].text.rstrip().endswith(":") or _LIST_LEAD.fullmatch(nxt) is not None


def _counted_total(g: GrantFact) -> bool:
    """A grant to those it counts, none of them named ('khen thưởng 320 tập thể'; not 'xã X được khen thưởng')."""
    return g.count is not None and g.recipient is None and not g.named


def _items_sum_to(total: GrantFact, items: list[GrantFact]) -> bool:
    """Whether a list's grants of a bare commendation's kind add up to its count (of either kind, for one of both)."""
    counts = [h.count for h in items if h.count and (total.recipient_kind == "mixed" or h.recipient_kind == total.recipient_kind)]
    return bool(counts) and sum(counts) == total.count


def _bare(g: GrantFact) -> bool:
    """A commendation of no form ('được cấp trên khen thưởng'), no title of its own."""
    return g.award == "khen-thuong" and not g.title


# a sentence that opens on the achievements the one before told ('Ghi nhận những thành tích đó, ...', 'Với thành tích trên')
_ACHIEVEMENTS_BEFORE = re.compile(
    r"\W*(?:[Gg]hi nhận|[Vv]ới|[Tt]ừ|[Nn]hờ|[Bb]ằng)\s+(?:(?:những|các|nhiều)\s+)?(?:thành tích|kết quả|đóng góp)(?:\s+\w+){0,3}?\s+(?:đó|trên|này|ấy)(?!\w)"
)
# a period a sentence opens with, then what was achieved in it ('Năm học 2022 - 2023, nhà trường đã hoàn thành xuất sắc')
_FRONTED_PERIOD = re.compile(
    r"\W*(?:[Tt]rong\s+)?(?:[Nn]ăm học|[Nn]ăm|[Gg]iai đoạn)\s+(?P<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<b>(?:19|20)\d{2}))?"
    + lexicon.cue("lead-ends").pattern
    + r"[^.;]{0,120}?(?<!\w)(?:hoàn thành|đạt|dẫn đầu|thành tích|đóng góp)(?!\w)"
)


def _fronted_achievement(text: str) -> str | None:
    """The period a sentence opens with, where it goes on to what was achieved in it: '2022-2023', '2023'."""
    m = _FRONTED_PERIOD.match(text)
    return _year_span(m) if m else None


# a sentence whose subject, a word or two, is a recipient just named told again, and what it achieved ('Đồn đã có
# thành tích xuất sắc ...', 'Đơn vị đã đạt nhiều thành tích ...', 'Ông đã có nhiều đóng góp ...', 'Đây là những tập thể
# có thành tích xuất sắc ...')
_RECIPIENT_ACHIEVED = re.compile(
    r"\s*(?:(?:Đây|Đó)\s+(?:là|đều là)\s+(?:(?:những|các|một)\s+)?)?\S+(?:\s\S+)?\s+(?:(?:đã|luôn|liên tục|cũng)\s+)*(?:có|đạt được|đạt|lập được|lập)\s+(?:nhiều\s+)?(?:thành tích|đóng góp)(?!\w)"
    # (or those just given to, told again by their plural, rewarded for it: 'Các đồng chí được khen thưởng vì đã có
    # thành tích xuất sắc ... từ năm 2018 đến năm 2022')
    r"|\s*(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a)\s+\S+(?:\s\S+)?\s+(?:(?:đều|cũng)\s+)?được\s+(?:khen thưởng|tặng thưởng|tặng|trao tặng)"
    r"\s+(?:vì|do|nhờ)\s+(?:đã\s+)?(?:có|đạt)(?!\w)"
)
# what a subject told by its name goes on to achieve: ', Chủ tịch xã, đã có nhiều đóng góp', ' luôn đạt thành tích'
_NAMED_ACHIEVES = re.compile(
    r"(?:\s*,?[^,.;:]{0,80}(?=,))?\s*,?\s*(?:(?:đã|luôn|liên tục|cũng|đều|có)\s+)*(?:có|đạt được|đạt|lập được|lập)\s+(?:nhiều\s+|những\s+)?(?:thành tích|đóng góp)(?!\w)"
)


def _named_achiever(doc: Document, sent: Sentence) -> str | None:
    """The body or person a sentence opens by naming, where it goes on to what they achieved ('Đồn Biên phòng X đã
    có thành tích xuất sắc ... giai đoạn 2018-2022'): whose achievement the sentence's period is."""
    start = skip_space(doc.text, sent.start)
    for span in doc.spans("orgs", start, start + 1):
        if _NAMED_ACHIEVES.match(doc.text, span.end):
            return span.value.name
    for span in doc.spans("people", start, start + 16):  # (after an honorific: 'Ông A, Trưởng Công an xã, đã có ...')
        if (span.start == start or HONORIFIC.fullmatch(doc.text, start, span.start)) and _NAMED_ACHIEVES.match(
            doc.text, span.value.chain_end
        ):
            return span.value.name
    return None


# the award just given, told again by its form, says what it rewards: 'Đây là phần thưởng cao quý ghi nhận thành
# tích ...', 'Phần thưởng này ghi nhận ...' (that achievement is not the later grants')
_AWARD_ACHIEVED = re.compile(
    r"\W*(?:(?:Đây|Đó)\s+(?:là|chính là)\s+(?:(?:một|những)\s+)?|(?=\w+(?:\s\w+)?\s+(?:này|trên|đó|ấy|cao quý)(?!\w)))"
    r"(?:danh hiệu|huân chương|huy chương|phần thưởng|giải thưởng|bằng khen|cờ thi đua)(?!\w)",
    re.I,
)
# a subject's predicate of its own before its passive, up to 'và' or a comma (no ceremony it holds: 'tổ chức lễ ...')
_OWN_PREDICATE = r"\s+(?:(?!tổ chức|lễ|kỷ niệm|gặp mặt|hội nghị)[^,;]){1,100}?(?:\s+và|,)"
# a person called by one given name, after how they are called ('chị Hoa', 'em Nam (12 tuổi)'), the subject of a passive
_CALLED_NAME = rf"(?i:{HONORIFIC_NOUNS}|bé|cô|thầy)\s+[{UPPER}][{LOWER}]+(?!\s+[{UPPER}])"
_CALLED = re.compile(_CALLED_NAME)
# (or several joined: 'Anh Tuấn và chị Mai được tặng Giấy khen'; an age or a place in brackets after each)
_CALLED_ITEM = rf"{_CALLED_NAME}(?:\s+\([^()]{{1,40}}\))?"
_CALLED_LIST = rf"{_CALLED_ITEM}(?:\s*(?:,|và)\s*{_CALLED_ITEM})*"
# (or after a predicate of their own, joined by 'và' or a comma: 'Anh Tuấn hăng hái tham gia phong trào, được tặng ...')
_GIVEN_NAME_RECEIVES = re.compile(
    rf"{SUBJECT_OPENS}(?P<who>{_CALLED_LIST})(?:{_OWN_PREDICATE})?"
    rf"\s+(?:(?:đã|cũng|đều|vinh dự|tiếp tục)\s+)*(?:được|nhận|đón nhận){PASSIVE_TO_AWARD}"
)
# or those given to, after the award, one or more ('trao Giấy khen cho em Hoa', '... cho chị Hoa và anh Tuấn'), the
# clause ending with them or what they did
_CALLED_OBJECT = rf"(?P<who>{_CALLED_LIST})(?=\s*$|\s*[.,(]|\s+(?:vì|đã|do|có)\s)"
_GIVEN_TO_CALLED = re.compile(rf"\s+cho\s+{_CALLED_OBJECT}")
_COMMENDED_CALLED = re.compile(_CALLED_OBJECT)  # (or the object of a commendation: 'khen thưởng (cho) anh Tuấn')
_COMMENDED_TEAM = re.compile(rf"(?:tập thể\s+)?(?P<team>{TEAM_WORDS})(?!\w)(?!\s+[{UPPER}\d])")  # (a bare team: 'Tổ công tác 178' is named)
# or, before a passive, after a predicate of its own joined by 'và' or a comma ('Nhà trường hoàn thành xuất sắc nhiệm vụ
# năm học và vinh dự được ...', '..., được ...'); not one that holds the ceremony it receives at ('... tổ chức lễ kỷ niệm
# ... và đón nhận ...'): read only in a clause with 'được', its predicate's words looked at one by one
_BARE_BODY_THEN_PREDICATE_RECEIVES = re.compile(
    rf"{BARE_BODY}{_OWN_PREDICATE}\s+(?:(?:đã|cũng|vinh dự|tiếp tục)\s+)*được" + PASSIVE_TO_AWARD,
    re.I,
)
_BODIES_APART = lexicon.cue("list-separator")
# 'Cờ thi đua: A, B', 'Bằng khen gồm: A, B', 'Giấy khen cho các tập thể sau: A, B và C'
_LIST_AFTER_AWARD = re.compile(
    r"\s*(?:,?\s*(?:gồm(?: có)?|là|đó là)\s*:?|:|\s+cho\s+(?:các|những)\s+(?:tập thể|đơn vị|cơ quan)(?:\s+[^\s,;.:]+){0,4}?\s*:)\s*"
)
# a person's title after the name, to the clause's end ('..., Bí thư Đảng ủy xã.'), no verb of its own in it
_TITLE_ENDS_LIST = re.compile(r",\s+(?![^,;]*(?<!\w)(?:được|nhận|đã)(?!\w))[^,;:]{2,80}?[.;]?\s*")
_LIST_ENDS = re.compile(r"\s*(?:[.;]?\s*$|,?\s*(?:vì|do|đã|có|trong|với|nhân)\s)")  # where a list of recipients ends
# the recipient told by an honorific alone, the person the article last called so ('Trước đó, Công an phường cũng đã
# trao Giấy khen cho em.' after 'tuyên dương em Nguyễn Minh Khôi')
_CALLED_ALONE = re.compile(
    rf"(?<!\w)cho\s+(?P<honorific>{HONORIFIC_NOUNS}|đồng chí|[Đđ]/c)(?=\s*(?:[.;]|$|,?\s+(?:vì|do|về|nhân|khi)(?!\w)))"
)
_OFFICIALS_CALLED = ("đồng chí", "đ/c")  # ('đồng chí' and its short form: one calling)


def _last_called(doc: Document, before: int, honorific: str) -> str | None:
    """The one person the sentence of `before` calls by `honorific` before it, else the last the three sentences before
    call so ('em Nguyễn Minh Khôi'), holding no post (an official is no 'em' a grant is told to); None if those sentences
    call no one so, or two. 'Đồng chí' calls
    officials, the retiring one too ('Ghi nhận những đóng góp của đồng chí A, ... tặng Giấy khen cho đồng chí'), so it
    may hold a post."""
    official = honorific.casefold() in _OFFICIALS_CALLED
    callings = _OFFICIALS_CALLED if official else (honorific,)

    def called_since(start: int) -> set[str]:
        return {
            p.value.name
            for p in doc.spans("people", start, before)
            if (official or not p.value.posts)
            and any(doc.text[max(0, p.start - len(c) - 1) : p.start].casefold() == c + " " for c in callings)
        }

    own = next((s for s in doc.sentences if s.start <= before < s.end), None)
    if own is not None and len(called := called_since(own.start)) == 1:
        return next(iter(called))  # the one its own sentence calls so, before it
    sentences = [s for s in doc.sentences if s.end <= before][-3:]
    if not sentences:
        return None
    called = called_since(sentences[0].start)
    return next(iter(called)) if len(called) == 1 else None


# each of those counted before, by their noun ('Mỗi nữ sinh đạt giải được tặng bằng khen')
_EACH_OF = re.compile(rf"(?<!\w)[Mm]ỗi\s+(?P<noun>{NOUN_RE})(?!\w)", re.I)


_KIND_NOUNS = ("cá nhân", "tập thể")  # the nouns that name a kind alone, whatever the recipients were called


def _kind_counted_in(doc: Document, sent: Sentence, noun: str) -> int | None:
    """'10 thanh niên được vinh danh ... và 5 thanh niên được tuyên dương ... . Mỗi cá nhân được nhận Bằng khen': all the
    sentence before counted of the kind the noun names ('cá nhân': individuals), if it counted any, and only of it."""
    kinds = [c.value for c in doc.spans("counts", sent.start, sent.end) if c.value.kind]
    kind = noun_kind(noun)
    if not kinds or any(c.kind != kind or not c.value for c in kinds):
        return None
    return _of_kind_counted_in(doc, sent, kind)


def _each_kind(text: str) -> list[str]:
    """The kinds 'mỗi tập thể', 'mỗi cá nhân' name in a sentence, in order, once each."""
    return list(dict.fromkeys(noun_kind(m["noun"]) for m in _EACH_OF.finditer(text) if m["noun"].lower() in _KIND_NOUNS))


def _of_kind_counted_in(doc: Document, sent: Sentence, kind: str) -> int | None:
    """All the sentence counted of one kind ('khen thưởng 14 tập thể, cá nhân, gồm 5 tập thể và 9 cá nhân': 5
    collectives), if it counted any."""
    return sum(c.value.value for c in doc.spans("counts", sent.start, sent.end) if c.value.kind == kind and c.value.value) or None


def _counted_before(doc: Document, noun: str, before: int, since: int = 0) -> int | None:
    """How many the article last counted by `noun` before offset `before` ('20 nữ sinh'), if it counted them (from
    offset `since` on)."""
    noun = noun.casefold()
    told = [
        c.value.value
        for c in doc.spans("counts", since, before)
        if c.value.value and doc.text[c.start : c.end].casefold().rstrip().endswith(" " + noun)
    ]
    return told[-1] if told else None


# recipients named by their nouns alone at the end of the clause ('cho các vận động viên, huấn luyện viên.')
_THOSE_BY_NOUN = re.compile(rf"(?<!\w)cho\s+(?:các|những)\s+(?P<a>{NOUN_RE})(?:\s*(?:,|và)\s*(?P<b>{NOUN_RE}))?\s*(?=[.;]|$)", re.I)
# recipients the article counted before, pointed back to ('cho các cá nhân trên', 'các tập thể nói trên')
_THOSE_ABOVE = re.compile(r"(?<!\w)(?:các|những)\s+(?:cá nhân|tập thể|đơn vị|em|học sinh|đồng chí)\s+(?:nói\s+|kể\s+)?trên(?!\w)")
_RECEIVING_CEREMONY = lexicon.cue("receiving-ceremony-name")
_GIVEN_BY = lexicon.cue("given-by")


# a decision to commend, signed by the subject before it ('Chủ tịch UBND huyện đã ban hành Quyết định số 12/QĐ-UBND về
# việc khen thưởng ...'), and a sentence that goes on under it ('Theo đó, ...', 'Theo Quyết định, ...')
_DECIDES_COMMENDING = re.compile(
    r"\s+(?:(?:đã|vừa|đã vừa)\s+)?(?:ký|ban hành)\s+(?:các\s+)?(?:[Qq]uyết định|QĐ)(?!\w)(?:\s+số\s*[\w./-]+)?(?:\s*,?\s*ngày\s+[\d/.-]+)?\s+(?:về việc\s+|v/v\s+)?"
    r"(?:khen thưởng|tặng|trao tặng|truy tặng|công nhận|tuyên dương)(?!\w)"
)


def _foreign(clause: str, end: int) -> bool:
    """Whether another country's name follows the award ending at `end`, its own name between ('Huân chương Tự do hạng Ba
    của Nhà nước Lào')."""
    m = _FOREIGN_AWARD.search(clause, end, end + 40)
    return m is not None and not re.search(r"(?<!\w)(?:cho|và)(?!\w)|[,;]", clause[end : m.start()])


def _owned_abroad(award: AwardMention) -> bool:
    """Whether the owner the award's own span names is another state ('Huân chương Lao động hạng Nhất của Cộng hòa dân
    chủ nhân dân Lào': the span ends after its owner, past where `_foreign` looks)."""
    return award.explicit_conferrer is not None and _FOREIGN_AWARD.match("của " + award.explicit_conferrer) is not None


def _owned_by_the_state(award: AwardMention) -> bool:
    """Whether the owner written after the award is this country's State ('Huân chương Hữu nghị của Nhà nước Việt Nam'):
    no body of its own, the order is the one the law has the State President confer, as 'được Nhà nước tặng' is."""
    return award.explicit_conferrer is not None and _THE_STATE.fullmatch(award.explicit_conferrer.strip()) is not None


_THE_STATE = re.compile(r"(?:Đảng(?:,| và) )?Nhà nước(?: (?:Việt Nam|CHXHCN Việt Nam|Cộng hòa xã hội chủ nghĩa Việt Nam|ta))?", re.I)


# another country as the giver, named before its award
# a clause that opens on its award, or on the verb giving it, naming no giver: the giver of the clause before
_NO_GIVER_BEFORE = re.compile(r"\W*(?:(?:và|đồng thời|cùng với)\s+)?(?:(?:trao tặng|tặng thưởng|tặng|trao|truy tặng)\s+)?")
_FOREIGN_GIVER = re.compile(
    r"(?<!\w)(?:CHDCND Lào|[Cc]ộng hòa [Dd]ân chủ [Nn]hân dân Lào|\((?:nước\s+)?(?:Lào|Campuchia)\)|Vương quốc Campuchia"
    r"|(?:Nhà nước|Chính phủ|Đại sứ(?: quán)?|nước bạn|tỉnh bạn)\s+(?:Lào|Campuchia|Cu\s?ba)(?!\s+Cai)(?!\w)"
    # a body of that country's ('Bộ Quốc phòng Lào', 'Quân đội nhân dân Lào', 'Bộ Công an Campuchia')
    r"|(?<!\w)(?:Bộ|Quân đội|Quân khu|Ủy ban|Chủ tịch nước|Thủ tướng|Quốc hội|Trung ương|Đảng|Công an)(?!\w)[^,;.:()]{0,40}?"
    r"\s(?:Lào|Campuchia|Cu\s?ba)(?!\s+Cai)(?!\w)"
    # the country itself, the subject that gives, as a headline puts it ('Lào trao Huân chương Tự do cho ...')
    r"|(?:^|(?<=:))\s*(?:Lào|Campuchia|Cu\s?ba)(?!\s+Cai)\s+(?:(?:đã|vừa)\s+)?(?:trao tặng|trao|tặng)(?!\w))"
)
# the procedure of commending, taught or explained ('hướng dẫn quy trình, thủ tục hồ sơ đề nghị tặng ...'), not a commending
_PROCEDURE = re.compile(
    r"(?<!\w)(?:hướng dẫn|tập huấn|phổ biến|giới thiệu)(?:\s+(?:về|các|cách))?\s+(?:quy trình|thủ tục|hồ sơ|cách lập)(?!\w)"
    # a plan's rules of rewarding, under their heading ('Hình thức khen thưởng: Chủ tịch UBND xã tặng Giấy khen cho các
    # tập thể ...'): what will be given, to whom it may be
    r"|^\W*(?:Hình thức|Mức|Tiêu chuẩn|Cơ cấu)(?:\s*(?:,|và)\s*(?:hình thức|mức|tiêu chuẩn|cơ cấu))?\s+(?:khen thưởng|khen)(?!\w)[^:]{0,40}:"
    # what a guide, a rule or a plan says is to be given ('Theo hướng dẫn, Chủ tịch UBND tỉnh xét tặng Cờ thi đua cho các
    # tập thể ...'; not 'Theo Quyết định ...', which gives)
    r"|^\W*Theo\s+(?:hướng dẫn|quy định|quy chế|kế hoạch|tiêu chuẩn)(?:\s+(?:này|trên|số\s+\S+))?\s*,",
    re.I,
)
_ADVERBS_ONLY = re.compile(r"(?:\s+(?:đã|vừa|cũng|đến|và|trực tiếp|thân mật))*\s*")
# two givers, then two awards, each the other's in turn ('X và Y đã tặng Bằng khen, Giấy khen cho ...')
_GIVE_VERB_BEFORE = re.compile(r"\s+(?:đã\s+|lần lượt\s+|cũng\s+|vừa\s+)*(?:trao tặng|tặng|trao)\s+$")
_AWARD_PAIR_JOIN = re.compile(r"\s*(?:,|và)\s*")
_GIVERS_JOINED = re.compile(r"\s+và\s+")
# a clause that goes on with a verb of giving and no subject of its own ('; tặng danh hiệu ...', ', đồng thời trao ...')
_PROPOSAL_OPENS = re.compile(r"\W*(?:và\s+|đồng thời\s+)?(?:đã\s+)?(?:đề nghị|đề xuất|trình)(?!\w)", re.I)
_LIST_GOES_ON = re.compile(r"\W*(?:và\s+)?(?:danh hiệu\s+(?=[“\"]?[A-ZĐ]))?")  # ('...; danh hiệu Chiến sĩ thi đua cơ sở cho ...')
_FOR_NEXT = re.compile(r"\s+cho\s")
_GOES_ON_GIVING = re.compile(r"\W*(?:và\s+|đồng thời\s+|cùng\s+)?(?:trao tặng|trao|tặng|gắn|công nhận|phong tặng|truy tặng)(?!\w)", re.I)
# the plural a passive says is commended, right before it ('danh sách các tập thể, cá nhân được ...')
_PLURAL_KINDS = r"(?:[Cc]ác|[Nn]hững)\s+(?:tập thể|cá nhân|đơn vị|tổ chức|hộ gia đình|gia đình|trường hợp|người)(?:\s*(?:,|và)\s*(?:tập thể|cá nhân|đơn vị))?"
_PLURAL_BEFORE_PASSIVE = re.compile(rf"(?<!\w){_PLURAL_KINDS}\s*$")
# those a count before gave to, counted again to be named ('Theo đó, hai cá nhân được khen thưởng là: anh A và anh B');
# not more of them ('Ngoài ra, hai cá nhân được khen thưởng là ...')
_COUNTED_THOSE_GIVEN = re.compile(
    r"\W*(?:(?:Theo đó|Cụ thể|Trong đó)\s*,?\s*)?(?!Ngoài ra|Bên cạnh|Đồng thời|Cũng)[^,;.:]{1,30}?\s+(?:đã\s+)?được\s+"
    r"(?:khen thưởng|tuyên dương|biểu dương)\s+(?:là|gồm)(?!\w)"
)
# a sentence that opens on those given an award, as a plural, then names them ('Các cá nhân được tặng Giấy khen gồm: ...')
_THOSE_GIVEN = re.compile(rf"\W*{_PLURAL_KINDS}\s+(?:đã\s+)?được\s")
# a heading that gives with no subject of its own ('Tặng Giấy khen cho các cá nhân sau:')
_SUBJECTLESS_GIVING = re.compile(r"\W*(?:(?:\d{1,2}|[a-zđ])[.)]\s*)?(?:Tặng|Trao tặng|Khen thưởng|Công nhận)\s")  # ('1. Tặng ...')
_UNDER_DECISION = lexicon.cue("under-decision")
_DECISION_ALONE = re.compile(r"(?:[Cc]ũng\s+)?[Tt]heo (?:đó|[Qq]uyết định(?:\s+(?:này|trên))?)\s*[:,.]?")  # 'Theo đó:' alone


def _decided_bare(g: GrantFact) -> bool:
    """A conferral a decision's sentence tells bare: a commendation ('khen thưởng 2 tập thể'), or an award to no one it
    counts or names ('tặng Cờ thi đua cho các tỉnh ...')."""
    uncounted = g.count is None and g.recipient is None and not g.named
    return g.status == "conferred" and (g.award == "khen-thuong" or uncounted)


def _details_decided(g: GrantFact, decided: list[GrantFact]) -> bool:
    """'... ký quyết định khen thưởng đột xuất 2 tập thể, 4 cá nhân. Theo đó, A và B được tặng Bằng khen': a grant told
    under a decision, to as many of the kind it counted bare from the same giver, is that commendation; it takes the
    grant's award and recipients (True), and the grant is not told twice."""
    same = next(
        (
            d for d in decided
            if d.award == "khen-thuong" and (d.recipient_kind, d.count, d.status) == (g.recipient_kind, g.count, g.status)
            and (label(d.conferrer) == label(g.conferrer) or one_authority(d.conferrer, g.conferrer))
        ),
        None,
    )  # fmt: skip
    if same is None or g.award == "khen-thuong":
        return False
    same.award, same.classes, same.title = g.award, g.classes, g.title
    if isinstance(g.conferrer, Office):
        # 'UBND tỉnh ban hành Quyết định ... khen thưởng 15 tập thể. Theo đó, ... được tặng Bằng khen của Chủ tịch UBND
        # tỉnh': one authority told two ways; the award's own giver, its head's office
        same.conferrer = g.conferrer
    if same.recipient is None:
        same.recipient, same.recipient_org, same.recipient_person = g.recipient, g.recipient_org, g.recipient_person
    same.named = same.named or g.named
    return True


# a sentence that says its subject gave by itself and proposed to those above ('UBND huyện đã thực hiện khen thưởng và đề
# nghị cấp trên khen thưởng cho 356 tập thể, cá nhân, cụ thể:', '... khen thưởng theo thẩm quyền và đề nghị ...')
_GIVES_AND_PROPOSES = re.compile(
    r"(?<!\w)(?:đã\s+)?(?:thực hiện\s+)?(?:khen thưởng|tặng)(?:\s+theo thẩm quyền)?\s+(?:và|,)\s+(?:đã\s+)?(?:đề nghị|trình)(?!\w)"
)


def _own_giver_of(doc: Document, sent) -> str | None:
    """The body a heading that gives and proposes names as its subject: the giver of the items that are its own."""
    m = _GIVES_AND_PROPOSES.search(sent.text)
    if m is None:
        return None
    lead = TIME_LEAD.match(sent.text)
    start = lead.end() if lead else 0
    # ('Hội đồng TĐKT huyện đã tham mưu UBND huyện khen thưởng và đề nghị ...': the one advised gives, not the adviser)
    advised = _ADVISED.search(sent.text, start, m.start())
    who, _ = resolve_conferrer(doc, sent.start + (advised.end() if advised else start), sent.start + m.start())
    body = body_of(who)
    return label(body) if body is not None else None


_ADVISED = re.compile(r"(?<!\w)tham mưu(?:\s+(?:cho|với))?\s+")


def _decision_signer(doc: Document, sent) -> Conferrer | None:
    """Who a sentence says signed a decision to commend: the giver of the grants the next one tells under it."""
    # (or deciding, its words to follow in the next: 'Chủ tịch UBND huyện quyết định: Điều 1.' over 'Tặng Giấy khen ...')
    signed = _DECIDES_COMMENDING.search(sent.text) or _DECIDES_NEXT.search(sent.text)
    if signed is None:
        return None
    # after the time lead ('Ngày 1/8/2023, Chủ tịch ...', its comma left out or not)
    lead = TIME_LEAD.match(sent.text, 0, signed.start())
    start = max(sent.text.rfind(",", 0, signed.start()) + 1, lead.end() if lead else 0)
    who, _ = resolve_conferrer(doc, sent.start + start, sent.start + signed.start())
    return who


_DECIDES_NEXT = re.compile(_DECIDES_COLON + r"(?:Điều\s+1\s*[.:]?)?\s*$")  # (its words in the next sentence)
_HEADING_VERB = re.compile(r"\s+(?:(?:đã|vừa|quyết định)\s+)*(?:khen thưởng|tặng|trao tặng|tuyên dương|biểu dương)(?!\w)")


# a heading that hands over what its list's items name ('... đã trao:', 'trao tặng cho:')
_HANDS_OVER_LIST = re.compile(r"(?<!\w)(?:trao|trao tặng)(?:\s+cho)?\s*:\s*$")


def _heading_presenter(reader: _Reader, sent: Sentence) -> str | None:
    """Who a heading says handed over what its list's items name ('Tại hội nghị, đồng chí A, Phó Chủ tịch UBND tỉnh đã
    trao:', or by the title the article gave A: 'đồng chí Phó Chủ tịch UBND tỉnh đã trao:'), the person before its verb;
    None where it hands nothing over or names no one."""
    m = _HANDS_OVER_LIST.search(sent.text)
    if m is None:
        return None
    people = reader.doc.values("people", sent.start, sent.start + m.start(), base=sent.start)
    presenters = presenters_of(sent.text[: m.end()], people, [])
    return presenters[0] if presenters else reader._holder_by_title(sent.start, sent.text)


def _heading_giver(doc: Document, sent) -> Conferrer | None:
    """Who a heading says gives what its list's items name ('UBND huyện khen thưởng các tập thể, cụ thể:', 'Chủ tịch UBND
    xã ký quyết định khen thưởng ..., cụ thể:'): the signer of its decision, else its subject before its verb."""
    if (signer := _decision_signer(doc, sent)) is not None:
        return signer
    of = _DECISION_OF.search(sent.text)
    if of is not None and _DECISION_LEAD.fullmatch(sent.text, 0, of.start()):
        # 'Căn cứ Quyết định số 2145/QĐ-UBND ngày ... của UBND huyện X, các tập thể, cá nhân được khen thưởng như sau:'
        who, stated = resolve_conferrer(doc, sent.start + of.start("who"), sent.start + of.end("who"))
        if stated:
            return who
    lead = TIME_LEAD.match(sent.text)
    start = lead.end() if lead else 0
    verb = _HEADING_VERB.search(sent.text, start)
    if verb is None:
        return None
    who, stated = resolve_conferrer(doc, sent.start + start, sent.start + verb.start())
    return who if stated else None


def _section_giver(doc: Document, sent: Sentence, inline: bool = False) -> Conferrer | None:
    """Who a section heading says gives its items ('2. Khen thưởng của Giám đốc Sở'), else None; `inline`: who the label
    a sentence opens on says gives what follows its colon ('3. Khen thưởng của Giám đốc Sở: Tặng Giấy khen cho ...', 'Chủ
    tịch UBND huyện quyết định: Tặng ...')."""
    lead = len(sent.text) - len(sent.text.lstrip())
    m = _SECTION_GIVER_LABEL.match(sent.text.strip()) if inline else _SECTION_GIVER.fullmatch(sent.text.strip())
    m = m or (_DECIDED_LABEL.match(sent.text.strip()) if inline else None)
    if m is None:
        return None
    who, stated = resolve_conferrer(doc, sent.start + lead + m.start("who"), sent.start + lead + m.end("who"))
    return who if stated else None


def _giver_stated(doc: Document, sent) -> tuple[str, Conferrer] | None:
    """'Kỷ niệm chương do Bộ trưởng Bộ Y tế tặng cho các cá nhân ...', 'Các Bằng khen này do Thủ tướng Chính phủ ký
    tặng': a sentence giving no grant of its own that says who gave an award, right after naming it."""
    awards = doc.values("awards", sent.start, sent.end)
    given = _GIVEN_BY.search(sent.text)
    if not awards or given is None:
        return None
    before = [m for m in awards if m.end <= sent.start + given.start()]
    if not before or sent.start + given.start() - before[-1].end > 12:  # 'do' after the award and its 'này', 'trên'
        return None
    who, _ = resolve_conferrer(doc, sent.start + given.start("who"), sent.start + given.end("who"))
    return (before[-1].award, who) if who is not None else None


# an award as the subject of its handing-over, by the person named before the verb ('Bằng khen (này) được Thứ trưởng Trần
# Thanh Nam trao tại Hội nghị ...', 'Huân chương được đồng chí A trao tặng')
# ('Huân chương này đã được đồng chí A, Phó Chủ tịch UBND tỉnh trao tặng': the person named, their title after a comma)
_AWARD_HANDED_BY = re.compile(
    rf"\s*(?:này|trên)?\s*(?:đã\s+)?được\s+(?P<who>[^,;.]{{3,90}}?)(?:,\s+[{UPPER}][^,;.]{{2,60}}?)?\s+trao(?:\s+tặng)?(?!\w)"
)


def _presenter_stated(doc: Document, sent: Sentence) -> tuple[str, str] | None:
    """A sentence that opens on an award and says who handed it over, giving no grant of its own: (award, person)."""
    awards = doc.values("awards", sent.start, sent.end)
    lead = TIME_LEAD.match(sent.text)
    opening = sent.start + (lead.end() if lead else 0)
    if not awards or skip_space(doc.text, opening) != awards[0].start:
        return None
    m = _AWARD_HANDED_BY.match(doc.text, awards[0].end, sent.end)
    if m is None:
        return None
    # (the person's span may run on over the title after the comma)
    people = [p for p in doc.spans("people", m.start("who"), m.end()) if p.start < m.end("who")]
    return (awards[0].award, people[-1].value.name) if len(people) == 1 and people[0].end >= m.end("who") else None


def _give_stated_givers(stated: list[tuple[str, Conferrer]], grants: list[GrantFact], events: list) -> None:
    """The giver a later sentence states for an award ('... tổ chức trao Kỷ niệm chương cho 12 cá nhân. Kỷ niệm chương
    do Bộ trưởng Bộ Y tế tặng') is the giver of its grants that had none, or only the event's organiser read as one."""
    organisers = {e.key: e.organiser for e in events}
    for award, who in stated:
        for g in grants:
            unstated = g.conferrer is None or (g.event is not None and g.conferrer == organisers.get(g.event))
            if unstated and same_award(g.award, award) and g.status == "conferred":
                g.conferrer, g.award = who, refine_for_conferrer(g.award, label(who))


_FOREIGN_AWARD = lexicon.cue("foreign-award")


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Where the text breaks a line between `start` and `end`."""
    at = text.find("\n", start, end)
    while at != -1:
        yield at
        at = text.find("\n", at + 1, end)


def _place_holding(doc: Document, e: EventFact) -> OrgRef | None:
    """'xã Tân Mỹ tổ chức Lễ đón nhận ...': the place its subject names bare, whose committee the event's organiser was
    read as; the place received, not its committee (None where the subject names no such place)."""
    named_at = e.named_at(doc.text, e.evidence.end, by_verb=True)  # (a headline's: 'Xã Tân Mỹ đón nhận Huân chương ...')
    place = conferrer_named(doc, e.evidence.start, named_at) if named_at > e.evidence.start else None
    organiser = e.organiser
    if place is None or organiser is None or place.kind != "AdministrativeUnit" or organiser.kind != PEOPLES_COMMITTEE:
        return None
    return place if organiser.name.casefold().endswith(" " + place.name.casefold()) else None


def _ceremony_grants(doc: Document, events: list, grants: list[GrantFact], body: list[GrantFact]) -> list[GrantFact]:
    """'X tổ chức Lễ đón nhận Huân chương Y (do Chủ tịch nước trao tặng)': the ceremony says X received Y. Only for
    an award no sentence of the article gives itself (a sentence that does is the better telling; the ceremony gives
    it its conferrer if it has none)."""
    out: list[GrantFact] = []
    in_body = {id(g) for g in body}
    for e in events:
        # (a meeting or a festival held with the receiving: 'Hội nghị tổng kết năm 2023 và đón nhận Cờ thi đua của Chính phủ',
        # 'Ngày hội văn hóa và đón nhận Bằng công nhận danh hiệu “Thôn văn hóa”')
        if e.organiser is None or not e.awards or not _RECEIVING_CEREMONY.match(e.label):
            continue
        if _FOREIGN_AWARD.search(e.evidence.text):
            continue
        award = e.awards[0]
        # its owner ('Bằng khen của UBND tỉnh'), else who gave it ('do Chủ tịch nước trao tặng'); an order is the President's
        owners = [
            (m.owner_start, m.owner_end)
            for m in doc.values("awards", e.evidence.start, e.evidence.end)
            if m.award == award and m.owner_start is not None
        ]
        given = _GIVEN_BY.search(e.evidence.text)
        at = owners[0] if owners else (e.evidence.start + given.start("who"), e.evidence.start + given.end("who")) if given else None
        conferrer = default_conferrer(award) or (resolve_conferrer(doc, *at)[0] if at else None)
        # (a bare 'khen thưởng' of the body tells no particular award: it is not this one, nor takes its giver)
        told = [g for g in (*grants, *out) if same_award(award, g.award) and g.award != "khen-thuong"]
        # ('Lễ đón nhận Bằng khen', its giver unsaid, at which the Government's is handed over: that one)
        told += [g for g in grants if not owners and given is None and g.event == e.key and (award, g.award) in BY_LEVEL]
        for g in told:  # 'X đón nhận Cờ thi đua', told elsewhere: the ceremony says who gave it
            g.conferrer = g.conferrer or conferrer
            if owners and conferrer is not None and g.event == e.key and g.presenter and g.award == award and g.on_behalf_of is None:
                # 'Lễ đón nhận Bằng khen của Tư lệnh BĐBP', then 'Đại tá A, Chỉ huy trưởng BĐBP tỉnh trao Bằng khen cho
                # đơn vị và 2 cá nhân': the award the ceremony names as someone's is theirs, whoever hands it over (one
                # handed over for a delegator stays the delegator's)
                g.conferrer = conferrer
            if (
                g.event == e.key
                and g.count == 1
                and is_ancestor(g.award, award)
                and (g.recipient_org == e.organiser or people_of(g.recipient or "", e.organiser.name))
            ):
                # 'Lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì', then 'trao Huân chương cho Công an tỉnh': that one
                # (or its people: 'xã X tổ chức Lễ đón nhận ...', then 'trao Huân chương cho Đảng bộ và Nhân dân xã X')
                g.award, g.classes = award, ()
        # (told in the body, or by this ceremony: a headline's count may sum up several ceremonies' receivings, 'Hai
        # địa phương đón nhận danh hiệu Anh hùng ...' over two communes' ceremonies, and another ceremony's is its own)
        if any(id(g) in in_body or (g.event == e.key and any(g is o for o in out)) for g in told):
            continue
        evidence = Evidence(e.evidence.start, e.evidence.end, e.evidence.text, "grants.receiving-ceremony")
        # ('Huyện ủy, HĐND, UBND huyện X tổ chức Lễ đón nhận ...': the organs hold it for the district, which receives it)
        held = next((o for o in agents(doc, e.evidence.start, e.evidence.end) if o.value == e.organiser), None)
        receiver = (
            (place_of_joint_organs(doc, held.start, e.evidence.end) if held else None)
            or (None if held else _place_holding(doc, e))
            or e.organiser
        )
        out.append(GrantFact(refine_for_conferrer(award, label(conferrer)), "collective", 1, False, "conferred", evidence,
                             recipient=receiver.name, recipient_org=receiver, conferrer=conferrer, event=e.key))  # fmt: skip
    return out
