"""People and their posts: honorific + name + title chain, name + chain, and title + name.

A title chain is a run of comma-separated posts, each a role word and the body
it is held in: 'TUV, Phó Bí thư, Chủ tịch UBND huyện'. Bodies left implicit are
resolved from their neighbours in the chain and from the article's place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import levels, lexicon
from .alternation import Alternation
from .casefree import lowered, searchable
from .context import PlaceContext, place_near
from .document import ITEM_MARK, Document, Span, Taken, rebase, skip_space
from .gazetteer import Unit, gazetteer
from .names import (
    AWARD_START,
    LOWER,
    MIDDLE,
    RANKS,
    UPPER,
    foreign_name,
    full_name,
    full_name_at,
    highlands_given_name,
    is_personal_name,
    leading_name,
    name_cased,
    rare_surname_name,
)
from .orgs import (
    DISTRICT_PARTY,
    ENTERPRISE_HEADS,
    OrgRef,
    own_institution,
    parse_org,
    party_committee,
    party_committee_unplaced,
    section_of,
    youth_unit_kind,
)
from .places import COMMUNE, UNITS_AFTER_LEVEL, commune_label
from .prescan import prescanned

_ROLES: list[tuple[str, str]] = [(r[0], r[1]) for r in lexicon.rows("roles.tsv")]
# roles start a word, and each word start tries only the roles that can begin with its letter
ROLES = Alternation([p for _, p in _ROLES], re.I)
# offices that name their body in the title itself: the role alone is a whole post
NATIONAL_OFFICES: dict[str, OrgRef | None] = {
    r[0]: None if r[2] == "-" else OrgRef(r[2], r[3], None, "national") for r in lexicon.rows("roles.tsv") if len(r) > 2 and r[2]
}
# the role a post records where the title names its body: 'Ủy viên Bộ Chính trị' is an 'Ủy viên' of the Bộ Chính trị
_POST_ROLES: dict[str, str] = {r[0]: r[4] for r in lexicon.rows("roles.tsv") if len(r) > 4 and r[4]}
# role endings that are also the first word of a body's name
_HEAD_WORDS = ("thanh tra", "ban", "đoàn", "văn phòng", "vp", "phòng", "trạm", "khối", "cụm")  # ('Chánh VP UBND huyện')
_PARTY_ROLES = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành"}
# the secretaries and members of a body's Party delegation or cadres' committee, by the head of its name and the post
# they hold in it
_DELEGATIONS = {f"{role} {head}": (head, role) for role in ("Bí thư", "Phó Bí thư", "Ủy viên") for head in ("Đảng đoàn", "Ban cán sự đảng")}
_MINISTRY_ROLES = {"Bộ trưởng", "Thứ trưởng"}
# the posts of a military command, which a chain may name bare before another of them and its command ('Phó Chỉ huy
# trưởng, Tham mưu trưởng Ban Chỉ huy Quân sự huyện': both of that command)
_COMMAND_ROLES = frozenset(
    {"Chỉ huy trưởng", "Phó Chỉ huy trưởng", "Chính trị viên", "Phó Chính trị viên", "Tham mưu trưởng", "Chính ủy", "Phó Chính ủy"}
)
# the titles of a body named by an institution's head word, where no body follows the title: of the article's one
# institution of those words (a section's heads, of its one Phòng; a board's, of its one enterprise)
_ENTERPRISES = tuple(head.strip() for head in ENTERPRISE_HEADS)
_HEAD_OF_ONE = {
    "Trưởng phòng": ("Phòng",),
    "Phó Trưởng phòng": ("Phòng",),
    **dict.fromkeys(("Chủ tịch Hội đồng quản trị", "Phó Chủ tịch Hội đồng quản trị", "Tổng Giám đốc", "Phó Tổng Giám đốc"), _ENTERPRISES),
}
_TITLE_ENDS = re.compile(r"\s*(?:[,;.)]|$|\s(?:và|cùng|đã|được|phát biểu|cho biết|trao|nhận)(?!\w))")
_MEMBER_ROLES = {
    "Tỉnh ủy viên": "tỉnh",
    "Thành ủy viên": "thành phố",
    "Huyện ủy viên": "huyện",
    "Quận ủy viên": "quận",
    "Thị ủy viên": "thị xã",
}
_NCO_RANKS = r"(?:Thượng|Trung|Hạ)\s+sĩ"  # the sergeants' ranks, beside the officers' (names.RANKS)
HONORIFIC = re.compile(
    r"(?<!\w)(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Đđ]\.[Cc]\.?"
    # a state title before the name: 'Bà mẹ Việt Nam Anh hùng A', 'Anh hùng Lực lượng vũ trang nhân dân B'
    r"|(?:[Bb]à\s+)?[Mm]ẹ\s+Việt Nam\s+[Aa]nh\s+hùng|[Aa]nh\s+hùng\s+(?:Lực lượng vũ trang nhân dân|LLVTND|Lao động)"
    # the state's honorary titles ('Nhà giáo Ưu tú A', 'NSƯT B', 'Thầy thuốc Nhân dân C')
    r"|(?:Nhà giáo|Thầy thuốc|Nghệ sĩ|Nghệ nhân)\s+(?:[Nn]hân dân|[Ưư]u tú)|NGND|NGƯT|TTND|TTƯT|NSND|NSƯT|NNND|NNƯT"
    r"|Ông|ông|Bà|bà|[Nn]gài|[Mm]ẹ|[Aa]nh|[Cc]hị|[Cc]háu(?:\s+(?:bé|nhỏ))?|[Ee]m(?:\s+(?:bé|nhỏ))?|[Ll]iệt s[ĩỹ]"
    r"|bé"  # a small child: 'bé Trần Thị Na' (in lower case: 'Bé' is a given name too, 'Nguyễn Thị Bé')
    r"|[Cc]ụ(?:\s+(?:ông|bà))?"  # an elder: 'cụ Nguyễn Văn Mão, 85 tuổi', 'cụ bà Lê Thị Hoa'
    rf"|{RANKS}|{_NCO_RANKS}|Binh\s+(?:nhất|nhì)"  # military and police ranks
    # academic and medical degrees, alone or joined ('GS.TSKH', 'ThS.BS', 'BSCKII', 'PGS. TS')
    r"|(?:GS|PGS|TSKH|TS|ThS|Ths|BSCKII|BSCKI|BSCK|BSNT|BS|KS|DS|KTS)\.?(?:\s?(?:TSKH|TS|ThS|BSCKII|BSCKI|BS|KTS)\.?){0,2}(?!\w)"
    r"|(?:[Pp]hó\s+)?[Gg]iáo sư(?:\s*[,.]\s*[Tt]iến s[ĩỹ])?|[Tt]iến s[ĩỹ]|[Tt]hạc s[ĩỹ]"  # spelled out: 'Giáo sư, Tiến sĩ A'
    # a calling before the name: 'cô giáo A', 'bác sĩ B', 'nghệ nhân C', 'cựu chiến binh D', 'học sinh E'
    r"|(?:[Cc]ô|[Tt]hầy)(?:\s+giáo)?|[Nn]hà (?:giáo|báo|văn|thơ)|[Gg]iáo viên|(?:[Bb]ác|[Dd]ược|[Nn]ghệ|[Nn]hạc|[Hh]ọa)\s+s[ĩỹ]"
    # a doctor's specialist grade: 'bác sĩ chuyên khoa II A', 'dược sĩ CKI B', 'bác sĩ nội trú C'
    r"(?:\s+(?:(?:[Cc]huyên khoa|CK)\s*(?:cấp\s+)?(?:II|I|1|2)|[Nn]ội trú)(?!\w))?"  # ('Bác sĩ Chuyên khoa II A')
    r"|[Nn]ghệ nhân|[Kk][ỹĩ] sư|[Ll]uật sư|[Cc]ựu chiến binh|[Hh]ọc sinh|[Ss]inh viên|[Đđ]oàn viên|[Đđ]ảng viên|[Hh]ội viên|[Gg]ià làng"
    r"|[Nn]ghi phạm|[Bb]ị can|[Bb]ị cáo"  # the police news names suspects by their calling too
    # the wards' callings: 'điều dưỡng A', 'nữ hộ sinh B', 'y sĩ C', 'kỹ thuật viên D'
    r"|[Đđ]iều dưỡng(?:\s+viên)?|(?:[Nn]ữ\s+)?[Hh]ộ sinh|[Yy]\s+(?:sĩ|sỹ|tá)|[Kk][ỹĩ] thuật viên"
    # the trades, written in lower case ('Hội Nông dân Việt Nam' is a body, not a calling before a name)
    r"|nông dân|công nhân|doanh nhân|thương binh|bệnh binh"
    # clergy, a Catholic priest with his saint's name before his own ('Linh mục Giuse Nguyễn Văn Tâm')
    r"|[Ll]inh mục(?:\s+(?:Giuse|Phêrô|Gioan|Phaolô|Antôn|Đaminh|Vinh Sơn|Giacôbê|Tôma|Anrê|Micae|Phanxicô|Augustinô|Luca|Máccô))?"
    r"|[Mm]ục sư|[Hh]òa thượng|[Tt]hượng tọa|[Đđ]ại đức|[Nn]i sư|[Ss]ư cô"
    # sport, stage and sea: 'vận động viên A', 'huấn luyện viên B', 'diễn viên C', 'ngư dân D', 'nữ sinh E'
    r"|[Vv]ận động viên|(?:[Hh]uấn luyện viên|HLV)(?:\s+trưởng)?|VĐV|[Tt]rọng tài|[Dd]iễn viên|[Cc]a sĩ|[Nn]gư dân|(?:[Nn]ữ|[Nn]am) sinh"
    r")\s+"
)
# an honorific that opens a list of people, plural or not ('các em A và B', 'những đồng chí A, B', 'ông A và bà B')
LIST_HONORIFIC = re.compile(r"(?:(?:[Cc]ác|[Nn]hững)\s+)?(?:" + HONORIFIC.pattern + ")")
# the titles and callings of the stage, after which a name is often a stage name without a family name
_STAGE_TITLE = re.compile(r"NSND|NSƯT|Nghệ sĩ\s+(?:[Nn]hân dân|[Ưư]u tú)|[Nn]ghệ sĩ|[Cc]a sĩ|[Nn]hạc sĩ|[Dd]iễn viên")
_STAGE_NAME = re.compile(rf"[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+){{1,2}}(?!\w)(?!\s[{UPPER}])")


def _stage_name(text: str, pos: int) -> str | None:
    """'NSND Thanh Hoa': two or three capitalised syllables after a stage title, a person's though no family name
    opens them (not a place, nor a body's name: 'ca sĩ Hà Nội', 'nghệ sĩ Đoàn Cải lương')."""
    m = _STAGE_NAME.match(text, pos)
    return m.group(0) if m and is_personal_name(m.group(0)) and not gazetteer().is_place_name(m.group(0)) else None


_FOREIGNER_HONORIFIC = re.compile(r"[Ôô]ng|[Bb]à|[Nn]gài")
# titles no body here has, only a neighbouring country's ('Tỉnh trưởng tỉnh Hủa Phăn'): the holder's titles are all abroad
_TITLES_ABROAD = frozenset({"Tỉnh trưởng", "Phó Tỉnh trưởng"})


def _titles_abroad(text: str, posts: list[Post], chain_end: int) -> tuple[list[Post], int]:
    """A foreigner's titles, of bodies of their own country (none of the bodies here), and where their chain ends, past
    the place abroad it names ('..., Tỉnh trưởng tỉnh Hủa Phăn')."""
    posts = [Post(p.role, None) for p in posts]
    if posts and (abroad := _FOREIGN_PLACE.match(text, chain_end)):
        chain_end = abroad.end()
    return posts, chain_end


_FOREIGN_PLACE = re.compile(rf"\s+(?:tỉnh|thủ đô|nước|thành phố|bang)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,5}}")
# a list of people after a plural honorific: 'các đồng chí: A, Bí thư ...; B, ...', 'các Mẹ: A, B và C'
_LIST_HEAD = lexicon.cue("people-list-head")
# 'gồm: A, B và C'; 'cho các cá nhân sau: A, B và C', 'các ông, bà có tên sau: A, B'
_COLON_LIST = re.compile(
    r"(?<!\w)(?:(?:bao\s+)?gồm(?:\s+có)?|(?:các|những)\s+(?:cá nhân|ông,?\s*bà|đồng chí|người|em|học sinh|giáo viên|cán bộ|"
    r"đoàn viên|hội viên|nhà giáo)(?:\s+[^\s,;.:]+){0,8}?)\s*:\s*"
)  # ('các đồng chí trong Ban Thường vụ Huyện ủy: A, B và C': what they are of, before the colon)
# a capitalised word, then the middle 'Văn' or 'Thị': where a full name may start
_FULL_NAME_START = re.compile(rf"(?<![\w-])[{UPPER}]\w*\s+(?:{'|'.join(sorted(MIDDLE))})\s+[{UPPER}]")
# the words of a street or a place a name may be inside of ('đường Nguyễn Văn Cừ', 'xã Hoàng Tân')
_PLACE_WORDS = r"đường|phố|phường|xã|thị trấn|thôn|bản|ấp|khóm|xóm|khu phố|tổ dân phố|quận|huyện|tỉnh|thành phố"
# what makes a full name part of another name: a capitalised word right before it ('Trường THCS', 'Huân chương'; not a
# sentence's first word, capitalised as such), a street's, a place's or a thing's word ('đường', 'phường', 'cầu'), one
# that names after it ('mang tên'), or a house number (and a gifted school's word: 'Trường THPT chuyên Lương Văn Tụy')
_INSIDE_A_NAME = re.compile(
    rf"(?:(?<![.!?:;]\s)(?<![.!?:;])(?<!^)[{UPPER}][\w.&/-]*|(?i:{_PLACE_WORDS}"
    r"|trường|chuyên|cầu|chợ|tên|giải|quỹ|tượng đài|nhà lưu niệm|di tích|đền|lớp|chi đoàn|đội"
    r"|tiểu học|mầm non|trung học cơ sở|trung học phổ thông|phổ thông)"  # (a school's type: 'Trường Tiểu học Hoàng Văn Thụ')
    r"|(?<!\w)(?:số\s+)?\d+\w*(?:/\d+\w*)*)\s+$"  # (a street's by its house number: 'số 235 Nguyễn Văn Cừ')
)
# a bracket right after a name that gives the person's age or year of birth ('(31 tuổi)', '(SN 1996)', '(sinh năm 1990)')
# (or set off by commas: 'Lê Trung Nghĩa, 18 tuổi, cựu học sinh ...', 'Nguyễn Văn Hải, sinh năm 1990, ...')
_AGE_AFTER = re.compile(r"\s*(?:\(\s*|,\s+)(?:\d{1,3}\s+tuổi|SN:?\s*\d{4}|[Ss]inh năm\s+\d{4})(?!\d)")
# a village's own body, by the village its name ends with ('Ban Công tác Mặt trận thôn X', 'Chi hội Phụ nữ bản Y')
_OF_A_VILLAGE = re.compile(
    r"^(?:Ban Công tác Mặt trận|Ban nhân dân|Ban điều hành|Chi hội [^\W\d]+(?: [^\W\d]+){0,3}?|Chi đoàn)\s+"
    rf"(?P<village>(?:{levels.BELOW_COMMUNE})\s+\S.*)$"
)
_PLACE_LEVEL_BEFORE = re.compile(rf"(?i:{_PLACE_WORDS})\s+$")
_CAPITALISED_RUN = re.compile(rf"(?<![\w-])(?:[{UPPER}]\w*\s+){{1,4}}[{UPPER}]\w*$")
_NAME_GIVEN_AFTER = re.compile(r"\s+(?:(?:đã|được)\s+)*(?:đặt tên|lấy tên|mang tên)(?!\w)")
# those at an event, named after 'có' with no honorific ('Dự hội nghị có Hoàng Văn Hải, Lương Thị Mai')
_ATTENDED_BY = re.compile(r"(?<!\w)(?:[Dd]ự|[Tt]ham dự|[Vv]ề dự|[Đđ]ến dự|[Tt]ới dự)(?:\s+[^\s,;.:]+){0,4}?\s+có\s+")
# people counted, then named after 'là' ('2 em học sinh lớp 5A là Nguyễn Gia Bảo và Trần Minh Khôi')
_COUNTED_IS = re.compile(
    r"(?<![\w.,/])\d{1,2}\s+(?:em\s+|cháu\s+)?(?:học sinh|sinh viên|cá nhân|người|đồng chí|em|cháu|chiến sĩ|cán bộ|đảng viên|"
    r"hội viên|đoàn viên|công nhân|giáo viên|thanh niên|nông dân)(?:\s+[^\s,;.:]+){0,4}?\s+là\s+"
)
# people counted by a noun of persons, then named after a colon ('trao danh hiệu cho 5 nghệ nhân: Vàng Seo Hờ, Lò Thị
# Chiêm và ...', '3 cán bộ Phòng Nội vụ: A, B và C')
_PERSON_NOUNS = "|".join(re.escape(n) for n, kind in sorted(lexicon.count_nouns(), key=lambda nk: -len(nk[0])) if kind == "individual")
_COUNTED_COLON = re.compile(rf"(?<![\w.,/])\d{{1,3}}\s+(?:{_PERSON_NOUNS})(?!\w)(?:\s+[^\s,;.:]+){{0,4}}?\s*:\s*", re.I)
# a plural before a title ('các Thứ trưởng: ...', 'những Phó Chủ tịch ...'), or how many hold it ('Hai Phó Chủ tịch UBND
# huyện A và B'; not a day's number: 'tháng 3 Phó Chủ tịch ...'): it is held by each of those listed after it
_PLURAL_BEFORE = re.compile(r"(?<![\w/.])(?:các|những|(?<!tháng )(?<!ngày )(?<!năm )(?:hai|ba|bốn|\d{1,2}))\s+(?:đồng chí\s+)?$", re.I)
_COLON_AFTER = re.compile(r"\s*:\s*|\s+là\s+")  # ('các Thứ trưởng: A, B', 'Hai Phó Chủ tịch UBND huyện là A và B')
_LIST_NEXT_FAR = re.compile(r"[^,;.:()]{1,60}?(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?=[" + UPPER + r"])")
# a title's holder set off after it by a comma and an honorific ('Phó Chủ tịch HĐND tỉnh, ông A')
_APPOSED = re.compile(r"\s*,\s*" + HONORIFIC.pattern)
_DASHED = re.compile(r"\s+[-–]\s+")
_APPOSED_PAST_HEAD = re.compile(r"\s+(?:chi nhánh|nhà trường|đơn vị)" + _APPOSED.pattern)
_COMMA_ONLY = re.compile(r"\s*,\s*")
# what joins a second name to a person just named: what is said of the first in brackets, then 'và'
_JOINED = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*và\s+")
_BARE_AND = re.compile(r"\s+và\s+")  # two names joined with nothing said of the first
_BARE_SEPARATOR = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")  # names listed with nothing said between
# (past where the one before lives, in brackets: 'A (ấp 3, xã Bom Bo), B (ấp Bù Tam)')
_LIST_NEXT = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:[,;]\s*(?:và\s+)?|\s+và\s+|\s*[-–]\s+|(?<=\))\s*và\s+)")
FIGURES = frozenset(lexicon.lines("figures.txt"))
_DELEGATOR = lexicon.cue("delegator")
# what makes 'Chủ tịch Hồ Chí Minh' part of an ideology's, a day's or a document's name
_NOT_A_HOLDER = lexicon.cue("not-a-holder")
# between a titled holder and a bare title of the same office's next holder ('... A và Phó Giám đốc B', '... A, Phó ...')
_OFFICE_JOINED = re.compile(rf"(?:{_BARE_SEPARATOR.pattern}|\s*,?\s*cùng\s+)$")
_DEPUTY = re.compile(r"^Phó\s+", re.I)  # the deputy's word before an office ('Phó Giám đốc' of 'Giám đốc')
# what a name after an honorific may be inside, an anniversary's or an example's ('ngày sinh Đại tướng Võ Nguyên Giáp')
_NAMED_INSIDE = re.compile(
    r"(?i:ngày sinh|ngày mất|ngày hy sinh|ngày giỗ|năm sinh|sinh nhật|tư tưởng|tấm gương|di chúc|lời dạy|lời kêu gọi)(?:\s+của)?\s+$"
)
# (after a caption's place in the photo: 'A (thứ 2 từ trái sang), Bí thư ...', 'B (bên phải) - Phó Chủ tịch ...', or the
# mark of the photo itself: 'A (ảnh), Phó Chủ tịch ...', 'B (trong ảnh)')
# (after the year the person was born, or their years in brackets: 'A, sinh năm 1940, nguyên Phó Chủ tịch ...', 'A
# (1940 - 2024), nguyên Bí thư ...'; or their age: 'A, 45 tuổi, Chủ tịch Hội Nông dân xã ...'; or their people: 'A, dân
# tộc Thái, Trưởng bản ...'; two of those: 'A, dân tộc Nùng, sinh năm 1970, Bí thư Chi bộ ...')
_CHAIN_SEP = re.compile(
    r"(?:\s*\((?:thứ\s+\w+|ngoài cùng|đứng|ngồi|bên|giữa|hàng)[^()]{0,30}\)|\s*\((?:trong\s+|ở\s+)?ảnh(?:\s+(?:trên|dưới|bên|giữa)[^()]{0,20})?\))?"
    r"(?:\s*,\s*(?:sinh năm|SN|sinh)\s+\d{4}|\s*\(\s*(?:sinh năm\s+|SN\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*\)"
    r"|\s*,\s*\d{1,3}\s+tuổi|\s*\(\s*\d{1,3}\s+tuổi\s*\)"
    rf"|\s*,\s*(?:người\s+)?dân tộc\s+(?-i:[{UPPER}][\w'’]*)(?:[\s-](?-i:[{UPPER}][\w'’]*))?){{0,2}}"
    r"\s*(?:,|[–—-]|\()\s*",
    re.I,
)
# a post the person is elected or appointed to ('A được bầu giữ chức Bí thư Huyện đoàn', 'A tái đắc cử Chủ tịch ...')
_TAKES_POST = lexicon.cue("takes-post")
# a capitalised title after the name with a space only (or one in lower case, as some captions write it: 'Đồng chí A
# chủ tịch UBND tỉnh phát biểu')
_TITLE_GLUED = re.compile(
    rf" (?=[{UPPER}]|(?:phó|chủ tịch|bí thư|giám đốc|trưởng|tổng|chánh|bộ trưởng|thứ trưởng|tỉnh ủy viên|huyện ủy viên|ủy viên)\s)"
)
# a post the person holds, said with 'là' ('Chị A là Chủ tịch Hội LHPN xã X', 'ông B, hiện là Bí thư Chi bộ thôn')
_HOLDS_POST = re.compile(r"\s*,?\s+(?:(?:hiện\s+nay|hiện|nay|đang|vốn)\s+)?là\s+")
# titles of one chain: by commas, by spaced dashes, or by 'kiêm' ('Bí thư Đảng ủy xã kiêm Chủ tịch HĐND xã'), or the
# post then taken ('bổ nhiệm ông A, Phó Giám đốc Sở Nội vụ giữ chức Giám đốc Sở Nội vụ')
_ITEM_SEP = re.compile(
    r"\s*,\s*(?:đồng thời\s+(?:là\s+)?|kiêm\s+)?|\s+[-–]\s+|\s+kiêm\s+|\s+(?:được\s+(?:bầu|bổ nhiệm)\s+)?giữ chức(?:\s+vụ)?\s+"
)  # (and 'A là Bí thư Chi bộ thôn, đồng thời là Trưởng ban công tác Mặt trận', 'Phó Bí thư Huyện ủy, kiêm Trưởng ban ...')
# the term a post is held for, after its title ('khóa XV', 'nhiệm kỳ 2021 - 2026')
_TERM = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+(?:[IVXLC]{1,6}|\d{1,2}|\d{4}\s*[-–]\s*\d{4})(?!\w)")
# 'Bí thư chi bộ, Hiệu trưởng Trường X': a Party cell left unnamed, the cell of the unit the chain names next
# (not one its village names: 'Bí thư chi bộ thôn 3'; 'Bí thư chi bộ tổ chức ...' names none)
_UNNAMED_CELL = re.compile(
    rf"\s+[Cc]hi bộ(?!\w)(?!\s+(?:[{UPPER}\d]|(?:thôn|bản|xóm|ấp|buôn|làng|khu phố|tổ dân phố|khu dân cư|khu|tổ)\s+(?:số\s+)?[{UPPER}\d]))"
)
_CELL = OrgRef("chi bộ", "PartyCommittee")  # a marker: which cell is read from the chain's next body
# 'Chủ tịch Công đoàn, Phó Giám đốc Trung tâm Y tế huyện': a union left unnamed, the union of the unit the chain names next
_UNNAMED_UNION = re.compile(r"\s+Công đoàn(?:\s+cơ sở)?(?=\s*[,;]|\s+kiêm\s|\s+[-–]\s)")
_UNION = OrgRef("công đoàn", "MassOrganisation")  # a marker, as _CELL is
_UNION_HEADS = frozenset({"Chủ tịch", "Phó Chủ tịch"})


def _of_next(org: OrgRef | None) -> bool:
    """Whether `org` is a marker of a body read from the chain's next one (by identity: no real body is one)."""
    return org is _CELL or org is _UNION


# a minister's or deputy minister's rank said bare before the office of a body of a ministry's rank that holds it
# ('Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc', 'Thứ trưởng, Phó Tổng Thanh tra Chính phủ'): the rank is of that body
_RANK_OF_OFFICE = {
    "Bộ trưởng": frozenset({"Chủ nhiệm", "Tổng Thanh tra Chính phủ", "Thống đốc"}),
    "Thứ trưởng": frozenset({"Phó Chủ nhiệm", "Phó Tổng Thanh tra Chính phủ", "Phó Thống đốc"}),
}
# a village's head and the village their title names after it ('Trưởng thôn Cợp', 'Trưởng bản Nà Pàn', 'Trưởng ấp 3')
_VILLAGE_HEAD = {
    "Trưởng thôn": "thôn",
    "Phó Trưởng thôn": "thôn",
    "Trưởng xóm": "xóm",
    "Trưởng làng": "làng",
    "Trưởng khóm": "khóm",
    "Trưởng bản": "bản",
    "Trưởng ấp": "ấp",
    "Trưởng khu phố": "khu phố",
    "Trưởng khu": "khu",
    "Trưởng buôn": "buôn",
    "Tổ trưởng tổ dân phố": "tổ dân phố",  # 'Tổ trưởng Tổ dân phố số 3'
    "Trưởng tổ dân phố": "tổ dân phố",
    "Trưởng khu dân cư": "khu dân cư",
}
# (a name and its number: 'thôn Khe Lóng 1', 'bản Nà Pàn 2'; not a count after it: 'bản Nà Pàn 12 năm liền')
_COUNTED = r"(?:năm|tháng|ngày|lần|người|hộ|khẩu|em|học sinh|cá nhân|tập thể)(?!\w)"
_VILLAGE_NAME = re.compile(
    rf"\s+(?P<name>(?:số\s+)?\d+[A-Z]?|[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,2}}(?:\s+\d{{1,2}}[A-Z]?(?!\w)(?!\s+{_COUNTED}))?)(?!\w)"
)


# an envoy's title, then the state it represents in the host country ('Đại sứ Việt Nam tại Lào', 'Tổng Lãnh sự Việt Nam
# tại Khon Kaen'): a post of that state's mission there
_MISSIONS = {"Đại sứ": "Đại sứ quán", "Tổng Lãnh sự": "Tổng Lãnh sự quán"}
_MISSION = re.compile(
    rf"\s+(?P<state>[{UPPER}][\w]*(?:\s+[{UPPER}][\w]*){{0,2}})\s+tại\s+(?P<host>[{UPPER}][\w'-]*(?:\s+[{UPPER}][\w'-]*){{0,5}})"
)


_LEVEL_BEFORE = re.compile(rf"(?<!\w)(?:{levels.UNIT})\s*$", re.I)  # a unit's level word, a city's name to come after it


def _host_ends(text: str, start: int, end: int) -> int:
    """Where a host country's or city's name read to `end` ends before its envoy's full name, which runs to `end` (or
    past it): 'tại Campuchia Nguyễn Minh Vũ'; not a city's name after its level word ('tại TP Hồ Chí Minh')."""
    for word in re.finditer(r"\s(\S)", text[start:end]):
        at = start + word.start(1)
        if _LEVEL_BEFORE.search(text, start, at):
            continue
        if (name := leading_name(text, pos=at)) is not None and len(name.split()) >= 3 and at + len(name) >= end:
            return start + word.start()
    return end


def _before_holder(text: str, start: int, end: int) -> int:
    """Where a village's name read to `end` ends before a full name that opens within it and runs past it."""
    for word in re.finditer(r"\s(\S)", text[start:end]):
        at = start + word.start(1)
        if (name := full_name(text, at)) is not None and at + len(name) > end:
            return start + word.start()
    return end


# a commune's Party committee by its level word alone ('Đảng ủy xã'), in an article that names no commune for it
_UNPLACED_COMMUNE_COMMITTEE = re.compile(rf"\s+[Đđ]ảng ủy\s+(?:xã|phường|thị trấn)(?!\w)(?!\s+[{UPPER}0-9])")
_FACULTY_HEADS = frozenset({"Trưởng khoa", "Phó Trưởng khoa"})
# the faculty's own name, then the institution it is in ('Nhi Bệnh viện Đa khoa tỉnh', 'Ngữ văn, Trường Đại học X')
_FACULTY_OF = re.compile(
    rf"\s+[{UPPER}][\w]*(?:\s+(?:và\s+|-\s+)?[\w]+){{0,5}}?\s*,?\s+(?=(?:Bệnh viện|Trường|Học viện|Đại học|Viện|Trung tâm)\s)"
)
# a faculty's name alone, its first word capitalised, up to a mark or a verb ('Hồi sức tích cực', 'Ngoại chấn thương')
_AFTER_FACULTY = r"(?:được|đã|phát biểu|cho biết|và|là|vinh dự|nhận|tham dự|dự|trao|tặng)(?!\w)"
_FACULTY_ALONE = re.compile(rf"\s+[{UPPER}]\w*(?:\s+(?!{_AFTER_FACULTY})[{LOWER}]\w*){{0,4}}(?=\s*[,.;]|\s+{_AFTER_FACULTY})")
_UNPLACED = OrgRef("Đảng ủy", "PartyCommittee", level="commune")  # a marker: a committee named but not placed
# any other commune's body by its level word alone ('UBND xã', 'Hội Nông dân xã', 'Ủy ban MTTQ Việt Nam phường'), no
# name after it: the chain goes on past it, and it is of the commune another title of the chain names, if one does
_BODY_WORD = r"(?!(?:và|của|cho|tại|đã|được|với|các|những|ở|trên|về|là|đang|cùng)(?!\w))[\w&]+"
# a youth union's unit named by its kind alone after a title ('Bí thư Đoàn Sở', 'Bí thư Chi đoàn', 'Phó Bí thư Đoàn
# trường'): the chain goes on past it, its title of no Party committee the article's place would give it
_BARE_YOUTH_UNIT = re.compile(
    rf"\s+(?:[Ll]iên chi đoàn|[Cc]hi đoàn|Đoàn(?:\s+(?:Thanh niên|TN))?\s+(?:Sở|trường|khối|cơ sở|bộ phận|ngành|cơ quan|Khối))"
    rf"(?!\w)(?!\s+[{UPPER}0-9])"
)


_UNPLACED_COMMUNE_BODY = re.compile(rf"\s+[{UPPER}][\w&]*(?:\s+{_BODY_WORD}){{0,5}}?\s+(?:{levels.COMMUNE_LEVEL})(?!\w)(?!\s+[{UPPER}0-9])")


@dataclass(frozen=True)
class Post:
    role: str
    org: OrgRef | None


@dataclass(frozen=True)
class PersonMention:
    name: str
    posts: list[Post]
    start: int  # offsets of the name and its chain in the document
    end: int
    chain_end: int
    rule: str = "people"


_FORMER = lexicon.cue("former-post")
_ACTING = re.compile(rf"[Qq]uyền\s+|Q\.\s?(?=[{UPPER}])")  # 'Quyền Bộ trưởng', 'Q. Giám đốc': acting in the post


def match_role(text: str, pos: int) -> tuple[str, int] | None:
    """The role a title starts with at `pos`; a former post keeps its 'nguyên' ('nguyên Trưởng ban'), an acting one its
    'Quyền' ('Quyền Bộ trưởng')."""
    former = _FORMER.match(text, pos)
    at = former.end() if former else pos
    acting = _ACTING.match(text, at)
    m = ROLES.match(text, acting.end() if acting else at)
    if not m:
        return None
    i = int(m.lastgroup[1:])  # type: ignore[index]
    return ("nguyên " if former else "") + ("Quyền " if acting else "") + _ROLES[i][0], m.end()


# a former post's 'nguyên' or an acting one's 'Quyền' before a title; the 'quyền' of 'ủy quyền' (delegated by) is neither
_LEAD = re.compile(r"(?:[Nn]guyên\s+(?:là\s+)?)?(?:(?<![ủỦ]y\s)(?<![uU]ỷ\s)[Qq]uyền\s+|(?<!\w)Q\.\s?)?$")


# a presidium ('Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam', 'Đoàn Chủ tịch Trung ương Hội LHPN'): a body, its
# 'Chủ tịch' no title of the person named after it ('Thay mặt Đoàn Chủ tịch ..., ông A, Phó Chủ tịch ...')
_PRESIDIUM = re.compile(r"(?<!\w)[Đđ]oàn\s+$")


def role_starts(text: str):
    """Where each title of `text` starts, a former post's 'nguyên' and an acting one's 'Quyền' included; not a
    presidium's 'Chủ tịch'."""
    for m in ROLES.finditer(text):
        if m.group().lower().startswith("chủ tịch") and _PRESIDIUM.search(text, max(0, m.start() - 6), m.start()):
            continue
        lead = _LEAD.search(text, max(0, m.start() - 20), m.start())
        yield m.start() - len(lead.group(0)) if lead else m.start()


# another country named right after a national body ('Quốc hội Lào', 'Bộ Quốc phòng Campuchia')
_FOREIGN_AFTER = re.compile(
    r"\s+(?:nước\s+)?(?:CHDCND\s+)?(?P<country>Lào|Campuchia|Cam-pu-chia|Cuba|Cu-ba|Trung Quốc|Hàn Quốc|Nhật Bản|Liên bang Nga|"
    r"Thái Lan|Myanmar|Mông Cổ|Hoa Kỳ|Singapore|Indonesia|Philippines|Malaysia|Brunei|Timor-Leste)(?!\w)"
)


def _abroad(text: str, pos: int, org: OrgRef) -> tuple[OrgRef, int]:
    """A national body with another country named right after it ('Quốc hội Lào'): that country's body, not Viet
    Nam's, and where its name ends; else the body as read."""
    abroad = _FOREIGN_AFTER.match(text, pos)
    return (OrgRef(f"{org.name} {abroad['country']}", "OtherUnit", unplaced=True), abroad.end()) if abroad else (org, pos)


def base_role(role: str) -> str:
    """The role without the 'nguyên' of a former post or the 'Quyền' of an acting one."""
    return role.removeprefix("nguyên ").removeprefix("Quyền ")


def parse_chain(text: str, pos: int, ctx: PlaceContext, limit: int = 99) -> tuple[list[Post], int]:
    """The posts of a title chain starting at `pos` (at most `limit` of them), and where the chain ends. One person's
    titles are of one commune: a commune's body left unnamed in the chain ('Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã
    Tam Anh', 'Chủ tịch UBND xã, Trưởng Công an xã Tam Anh') is of the commune another of its titles names."""
    raw, shared, end = _read_chain(text, pos, ctx, limit)
    if (elsewhere := _other_unit_named(raw, ctx)) is not None:
        # ('Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mù Cang Chải' in another district's article, 'Phó Bí thư Tỉnh ủy,
        # Chủ tịch UBND tỉnh Lào Cai' in another province's: one person's bodies are of the unit the chain names, its
        # bare ones too)
        raw, shared, end = _read_chain(text, pos, elsewhere, limit)
    if ctx.commune is None and any(o is _UNPLACED for _, o in raw):
        named = next((o.place for _, o in raw if o is not None and o.level == "commune" and o.place), None)
        if named is not None:
            raw, shared, end = _read_chain(text, pos, replace(ctx, commune=named), limit)
        elif (before := _one_commune_before(text, pos)) is not None:
            # (or the one commune its sentence named before it, for a mass organisation's post: 'ông A, Phó Chủ tịch UBND
            # xã Hòa Ân; bà B, Chủ tịch Hội LHPN xã', the guests of one commune listed; not a committee's or council's,
            # which another guest of that commune may hold: 'ông A, ..., Chủ tịch HĐND xã X; bà B, Chủ tịch HĐND xã')
            again = _read_chain(text, pos, replace(ctx, commune=before), limit)[0]
            if len(again) == len(raw):
                raw = [
                    (name, fill if org is _UNPLACED and fill is not None and fill.kind not in _COMMUNE_ORGANS else org)
                    for (name, org), (_, fill) in zip(raw, again, strict=True)
                ]
    return _resolve(raw, ctx, shared), end


_COMMUNE_ORGANS = frozenset({"PeoplesCommittee", "PeoplesCouncil", "PartyCommittee"})


def _other_unit_named(raw: list[tuple[str, OrgRef | None]], ctx: PlaceContext) -> PlaceContext | None:
    """The context of the one district (or province) a chain's bodies name beside the one its context gives ('...,
    Chủ tịch UBND huyện Mù Cang Chải' in an article about Hải Hà, '..., Chủ tịch UBND tỉnh Lào Cai' in one about a
    district of Quảng Ninh), if they name one; None if they name none, or two."""
    for level, own in (("district", ctx.paragraph_district or ctx.district or ctx.district_mentioned), ("province", ctx.province)):
        codes = {o.unit_code for _, o in raw if o is not None and o.level == level and o.unit_code}
        if own is None or len(codes) != 2 or own.code not in codes:
            continue
        other = gazetteer().get(next(iter(codes - {own.code})))
        if other is None or other.level != level:
            return None
        if level == "district":
            return replace(ctx, paragraph_district=other)
        return replace(ctx, province=other, district=None, district_mentioned=None, paragraph_district=None)
    return None


def _one_commune_before(text: str, pos: int) -> str | None:
    """The one commune text[:pos] names with its level word ('xã Hòa Ân'); None for none, or two."""
    named = {commune_label(m) for m in COMMUNE.finditer(text, 0, pos)}
    return next(iter(named)) if len(named) == 1 else None


def _read_chain(text: str, pos: int, ctx: PlaceContext, limit: int) -> tuple[list[tuple[str, OrgRef | None]], set[int], int]:
    """The titles of a chain and the bodies each names, before bare titles get theirs from their neighbours."""
    raw: list[tuple[str, OrgRef | None]] = []
    shared: set[int] = set()  # the titles held in the body of the title after them
    end = pos
    hint: Unit | None = None
    local = ctx  # the chain's own commune, once one of its bodies names it
    gz = gazetteer()
    while len(raw) < limit:
        pos = skip_space(text, pos)
        role = match_role(text, pos)
        if role is None:
            break
        name, pos = role
        org = None
        if base_role(name) in NATIONAL_OFFICES:
            org = NATIONAL_OFFICES[base_role(name)]
            name = name.replace(base_role(name), _POST_ROLES.get(base_role(name), base_role(name)))
            if org is not None:
                org, pos = _abroad(text, pos, org)  # 'Phó Chủ tịch Quốc hội Lào'
        elif base_role(name) in _PARTY_ROLES and (cell := _UNNAMED_CELL.match(text, pos)):
            org, pos = _CELL, cell.end()
        elif base_role(name) in _UNION_HEADS and (union := _UNNAMED_UNION.match(text, pos)):
            org, pos = _UNION, union.end()
        elif (mission_word := _MISSIONS.get(base_role(name))) and (mission := _MISSION.match(text, pos)):
            # 'Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng': the state's mission in the host country (its holder's name after)
            end = _host_ends(text, mission.start("host"), mission.end("host"))
            host = text[mission.start("host") : end]
            org, pos = OrgRef(f"{mission_word} {mission['state']} tại {host}", "OtherUnit", unplaced=True), end
        elif (
            (village := _VILLAGE_HEAD.get(base_role(name)))
            and (named := _VILLAGE_NAME.match(text, pos))
            and not full_name_at(text, named.start("name"), named.end("name"))
        ):
            # 'Trưởng thôn Cợp', 'Trưởng bản Nà Pàn': the village the title heads, by its name (not 'Trưởng thôn Nông Văn
            # Dương', the holder's name after the title; nor the first words of it after the village's: 'Trưởng thôn Nà
            # Pàn Triệu Văn Hải')
            end = _before_holder(text, named.start("name"), named.end("name"))
            org, pos = OrgRef(f"{village} {text[named.start('name') : end]}", "OtherUnit", level="village"), end
        elif (village := _VILLAGE_HEAD.get(base_role(name))) and (own := local.village(village)) is not None:
            # 'Ông A, Trưởng ấp cho biết' in an article that names one ấp: that one
            org = OrgRef(own, "OtherUnit", level="village")
        elif (
            base_role(name) in _FACULTY_HEADS
            and (faculty := _FACULTY_OF.match(text, pos))
            and (parsed := parse_org(text, faculty.end(), local, hint))
        ):
            # 'Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh': a faculty's head, of the hospital or school it is in
            org, pos = parsed[0], parsed[1]
        elif (
            base_role(name) in _FACULTY_HEADS
            and (faculty := _FACULTY_ALONE.match(text, pos))
            and (own_one := local.institution("Bệnh viện") or local.institution("Trường"))
        ):
            # 'Trưởng khoa Hồi sức tích cực phát biểu': of the one hospital (or school) the article names
            org, pos = own_one, faculty.end()
        elif local.commune is None and (unplaced := _UNPLACED_COMMUNE_COMMITTEE.match(text, pos)):
            org, pos = _UNPLACED, unplaced.end()  # 'Bí thư Đảng ủy xã' with no commune known: not the district's
        elif (by_unit := _BY_UNIT_ALONE.get(base_role(name))) and (bare := _unit_alone(text, pos, local, hint, by_unit)):
            org, pos = bare  # 'Chủ tịch xã Kim Long', 'Bí thư huyện Tam Dương': the unit's committee
        elif own := own_institution(text, skip_space(text, pos), local):
            org, pos = own  # 'Giám đốc Bệnh viện Nguyễn Văn A': the hospital the article names, and its director's name
        elif base_role(name) not in _MEMBER_ROLES:
            # 'Trưởng Ban Thi đua - Khen thưởng tỉnh', 'Chánh Thanh tra huyện', 'Chánh Văn phòng HĐND và UBND huyện':
            # the role's last words begin the body (not 'HĐND huyện'); but the office of a Party committee is the
            # committee's post ('Phó Chánh Văn phòng Đảng ủy X' is of the Đảng ủy X)
            head_at = next(
                (
                    pos - len(h)
                    for h in _HEAD_WORDS
                    if pos - len(h) > 0 and text[pos - len(h) : pos].lower() == h and text[pos - len(h) - 1] == " "
                ),
                None,
            )
            parsed = parse_org(text, head_at, local, hint) if head_at is not None else None
            if parsed is None or parsed[2] == "orgs.party-office":
                parsed = parse_org(text, skip_space(text, pos), local, hint) or parsed
            if parsed is None and head_at is not None and (section := section_of(text, head_at, pos, local, hint)):
                parsed = (*section, "orgs.section")  # 'Trưởng Ban Đào tạo Đại học Huế': a section of an institution
            if parsed:
                org, pos, _ = parsed
                org = _national_head_of(name, org)
                if org.level == "national":
                    org, pos = _abroad(text, pos, org)  # 'Thứ trưởng Bộ Quốc phòng Lào'
                hint = gz.get(org.unit_code) or hint
                if org.level == "commune" and org.place:  # 'Bí thư Đảng ủy xã X kiêm Chủ tịch HĐND xã': that commune's
                    local = replace(ctx, commune=org.place)

        if org is None and (heads := _HEAD_OF_ONE.get(base_role(name))) and _TITLE_ENDS.match(text, pos):
            # 'Thượng tá A, Phó Trưởng phòng' after 'Phòng Cảnh sát hình sự' is named; 'Ông A, Chủ tịch Hội đồng quản trị
            # cho biết' in an article about one company (of a company and its corporation both named, which is unsaid)
            ones = [one for head in heads if (one := local.institution(head)) is not None]
            org = ones[0] if len(ones) == 1 else None
        if org is None and (bare := _BARE_YOUTH_UNIT.match(text, pos)):
            # ('Bí thư Đoàn Sở' after 'Đoàn Thanh niên Sở Y tế tỉnh X': the one of that kind the article names in full)
            kind = youth_unit_kind(bare.group(0))
            org, pos = (local.institution(kind) if kind else None) or _UNPLACED, bare.end()
        elif org is None and (unplaced := _UNPLACED_COMMUNE_BODY.match(text, pos)):
            org, pos = _UNPLACED, unplaced.end()
        raw.append((name, org))
        if term := _TERM.match(text, pos):
            pos = term.end()  # 'Đại biểu Quốc hội khóa XV, Phó Trưởng Đoàn ...': the term of the post, then the chain goes on
        end = pos
        sep = _ITEM_SEP.match(text, pos)
        if sep and (nxt := match_role(text, skip_space(text, sep.end()))):
            if org is None and (sep.group(0).strip() == "kiêm" or base_role(nxt[0]) in _RANK_OF_OFFICE.get(base_role(name), ())):
                shared.add(len(raw) - 1)  # 'Chủ tịch kiêm Tổng Giám đốc Viettel', 'Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc'
            pos = sep.end()
            continue
        break
    return raw, shared, end


# the titles of a whole bank's or corporation's head, never of a branch's ('Tổng Giám đốc NHCSXH')
_NATIONAL_HEADS = frozenset({"Tổng Giám đốc", "Phó Tổng Giám đốc", "Chủ tịch Hội đồng quản trị", "Thống đốc", "Phó Thống đốc"})


# a title said of a unit alone ('Chủ tịch xã Kim Long', 'Phó Chủ tịch huyện', 'Bí thư xã'): of its People's Committee,
# or of its Party committee, as people say it
_BY_UNIT_ALONE = {
    "Chủ tịch": "UBND",
    "Phó Chủ tịch": "UBND",
    "Phó Chủ tịch Thường trực": "UBND",
    "Bí thư": "Đảng ủy",
    "Phó Bí thư": "Đảng ủy",
    "Phó Bí thư Thường trực": "Đảng ủy",
    **{role: "UBND" for role, _ in _ROLES if role.startswith("Công chức ")},  # a commune's civil servants
    "Công an viên": "Công an",  # 'Công an viên xã An Lương'
}
_COMMUNE_STAFF = frozenset(role for role, _ in _ROLES if role.startswith("Công chức "))


def peoples_committee_of(commune: str, ctx: PlaceContext) -> OrgRef | None:
    """The People's Committee of the commune 'xã X', read as its name would be written."""
    parsed = parse_org("UBND " + commune, 0, ctx)
    return parsed[0] if parsed else None


# (not the committee's own name in lower case: 'Bí thư tỉnh ủy', 'Bí thư huyện đoàn')
_UNIT_WORD_NEXT = re.compile(rf"\s+(?:{levels.ANY})(?!\w)(?!\s+(?:[uủỦ]ỷ|ủy|đoàn|Đoàn|hội|Hội)(?!\w))", re.I)


def _unit_alone(text: str, pos: int, ctx: PlaceContext, hint: Unit | None, head: str) -> tuple[OrgRef, int] | None:
    """The committee of the unit a title names by its level word and place alone, read as if its body's name were
    written before them; a district's or province's Party committee by its own name ('Huyện ủy Tam Dương')."""
    if not _UNIT_WORD_NEXT.match(text, pos):
        return None
    parsed = parse_org(head + text[pos:], 0, ctx, hint)
    if parsed is None:
        return None
    org, end, _ = parsed
    if head == "Đảng ủy" and org.level in ("district", "province") and (unit := gazetteer().get(org.unit_code)):
        org = party_committee(unit)
    return org, pos + end - len(head)


def byline_posts(unit: str, communes: list[str], ctx: PlaceContext) -> list[Post]:
    """The posts a byline's unit gives by a title ('CC VHXH Kim Long'): a commune written by its name alone is the one
    commune of that name the article names ('xã Kim Long'), else the title stays without a body."""
    role = match_role(unit, 0)
    if role is None:
        return []
    rest = unit[role[1] :].strip()
    named = next((c for c in communes if rest and c.casefold().endswith(" " + rest.casefold())), None)
    if named is not None:
        unit = unit[: role[1]] + " " + named
    posts, _ = parse_chain(unit, 0, ctx)
    return posts


def _national_head_of(role: str, org: OrgRef) -> OrgRef:
    """'Tổng Giám đốc NHCSXH' in an article about a province's branch: the head of the whole bank, not of a branch the
    article's place would make of it; a place written after the body ('Tổng Giám đốc Công ty X tỉnh Y') stays."""
    gz = gazetteer()
    unit = gz.get(org.unit_code) if org.unit_code else None
    if (
        base_role(role) not in _NATIONAL_HEADS
        or org.kind not in ("OtherUnit", "Department")
        or unit is None
        or unit.name in " ".join(org.aliases)
    ):
        return org
    head = org.name.removesuffix(" " + unit.label)
    return OrgRef(head, org.kind, None, "national", aliases=org.aliases) if head != org.name else org


def _parent_of(org: OrgRef, ctx: PlaceContext) -> OrgRef | None:
    """The body an office named with it is of ('Sở Nội vụ' of 'Phòng Tổ chức cán bộ Sở Nội vụ'), read as a body."""
    parsed = parse_org(org.parent, 0, ctx) if org.parent else None
    return parsed[0] if parsed is not None and parsed[1] == len(org.parent or "") else None


def _resolve(raw: list[tuple[str, OrgRef | None]], ctx: PlaceContext, shared: frozenset[int] | set[int] = frozenset()) -> list[Post]:
    """Give bare party roles and committee memberships their committee, and a title joined to the next one by 'kiêm'
    the next one's body (not a Party committee's: 'Giám đốc kiêm Bí thư Đảng ủy Công ty X' heads the company)."""
    gz = gazetteer()
    units = [gz.get(o.unit_code) if o else None for _, o in raw]
    posts = []
    for i, (role, org) in enumerate(raw):
        # (not a Party title joined to a state body's: 'Bí thư kiêm Chủ tịch UBND xã X' is the commune's Party
        # committee's secretary, as 'Bí thư, Chủ tịch UBND xã X' is)
        if (
            org is None and i in shared and (nxt := raw[i + 1][1]) is not None and nxt.kind != "PartyCommittee" and not _of_next(nxt)
            and not (base_role(role) in _PARTY_ROLES and nxt.kind in ("PeoplesCommittee", "PeoplesCouncil"))
        ):  # fmt: skip
            org = nxt if nxt is not _UNPLACED else None
            if org is not None and org.parent and "phòng" not in base_role(role).lower() and base_role(role) not in _PARTY_ROLES:
                # 'Phó Giám đốc kiêm Trưởng phòng Tổ chức cán bộ Sở Nội vụ': the deputy director's is the department the
                # office is of, not the office
                org = _parent_of(org, ctx) or org
        if org is None and base_role(role) in _COMMAND_ROLES and i + 1 < len(raw) and base_role(raw[i + 1][0]) in _COMMAND_ROLES:
            nxt = raw[i + 1][1]
            org = nxt if isinstance(nxt, OrgRef) and nxt is not _UNPLACED and not _of_next(nxt) else None
        if org is _UNPLACED:
            posts.append(Post(role, None))
            continue
        if _of_next(org):  # the cell (or union) of the next body named, if it is a unit's of its own ('Trường X'), else unnamed
            after = next((o for _, o in raw[i + 1 :] if o is not None and not _of_next(o)), None)
            of_unit = after is not None and after.kind not in ("PartyCommittee", "PeoplesCommittee", "PeoplesCouncil")
            if org is _UNION:
                org = OrgRef(f"Công đoàn {after.name}", "MassOrganisation", after.unit_code, after.level) if of_unit else None  # type: ignore[union-attr]
            else:
                org = OrgRef(f"Chi bộ {after.name}", "PartyCommittee", after.unit_code, after.level) if of_unit else None  # type: ignore[union-attr]
                if of_unit and (village := _OF_A_VILLAGE.search(after.name)):  # type: ignore[union-attr]
                    # ('Bí thư Chi bộ kiêm Trưởng ban Công tác Mặt trận thôn X': a village's own body, the village's cell)
                    org = OrgRef(f"Chi bộ {village['village']}", "PartyCommittee", after.unit_code, after.level)  # type: ignore[union-attr]
            posts.append(Post(role, org))
            continue
        if (delegation := _DELEGATIONS.get(role)) is not None:
            # 'Bí thư Đảng đoàn Hội Nông dân tỉnh', 'Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động tỉnh X': the Party
            # delegation in the body named, or in the one the next title heads
            body = org or next(
                (o for _, o in raw[i + 1 :] if isinstance(o, OrgRef) and o.kind != "PartyCommittee" and not o.unplaced), None
            )
            head, role = delegation
            org = OrgRef(f"{head} {body.name}", "PartyCommittee", body.unit_code, body.level, place=body.place) if body else None
        if org is not None and org.name == "Đảng ủy" and org.level is None and any(o and o.level == "commune" and o.place for _, o in raw):
            org = None  # 'Bí thư Đảng ủy, Chủ tịch UBND xã X': the Party committee its neighbour places
        elif org is not None and org.name == "Đảng ủy" and org.unplaced and (own := _unit_of_its_own(raw[i + 1 :])) is not None:
            # 'Bí thư Đảng ủy, Giám đốc Công ty Điện lực X': the Party committee of the company its next title heads
            org = OrgRef(f"Đảng ủy {own.name}", "PartyCommittee", own.unit_code, own.level, own.name)
        if org is None and base_role(role) == "Đảng ủy viên":
            # 'Đảng ủy viên, Trưởng Công an xã X': the commune's Party committee; 'ĐUV, Phó Giám đốc Công ty Y': the unit's
            neighbours = [o for _, o in raw[i + 1 :] + raw[:i][::-1] if o is not None]
            if neighbours and neighbours[0].level == "commune" and neighbours[0].place:
                place = neighbours[0].place
                org = OrgRef(f"Đảng ủy {place}", "PartyCommittee", neighbours[0].unit_code, "commune", place=place)
            elif (own := _unit_of_its_own(raw[i + 1 :])) is not None:
                org = OrgRef(f"Đảng ủy {own.name}", "PartyCommittee", own.unit_code, own.level, own.name)
            posts.append(Post(role, org))
            continue
        if org is None and base_role(role) in _PARTY_ROLES:
            neighbours = [o for _, o in raw[i + 1 :] + raw[:i][::-1] if o is not None]
            near = [u for u in units[i + 1 :] + units[:i][::-1] if u is not None]
            if neighbours and neighbours[0].level == "commune" and neighbours[0].place:
                # 'Bí thư, Chủ tịch UBND xã X': the commune's Party committee
                org = OrgRef(
                    f"Đảng ủy {neighbours[0].place}", "PartyCommittee", neighbours[0].unit_code, "commune", place=neighbours[0].place
                )
                posts.append(Post(role, org))
                continue
            if not near and neighbours and neighbours[0].unplaced and (own := DISTRICT_PARTY.search(neighbours[0].name)):
                # 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy' in a province's article, the district unnamed: a
                # district's Party committee, unplaced as its board is (not the province's)
                posts.append(Post(role, OrgRef(own.group(0), "PartyCommittee", unplaced=True)))
                continue
            unit = near[0] if near else (ctx.district or ctx.province)
            org = party_committee(unit) if unit else None
            if org is None and ctx.district_unplaced and all(o.level in ("district", None) for o in neighbours[:1]):
                org = party_committee_unplaced(*ctx.district_unplaced)  # (of a district no province places: by its name)
        elif org is None and base_role(role) in _COMMUNE_STAFF and ctx.commune:
            org = peoples_committee_of(ctx.commune, ctx)  # 'CC VP-TK' in an article about one commune: its committee's
        elif org is None and base_role(role) in _MINISTRY_ROLES:
            org = ctx.ministry  # 'Về phía Bộ có Bộ trưởng A': the ministry the article is about, if it is about one
        elif org is None and base_role(role) in _MEMBER_ROLES:
            near = [u for u in units if u is not None]
            unit = gz.province_of(near[0]) if near else ctx.province
            level, own = _MEMBER_ROLES[base_role(role)], near[0] if near else ctx.district
            # 'Thành ủy viên, Bí thư Huyện ủy Đông Anh': the committee of the city the district is in (Hà Nội), unless
            # the district is a city itself
            city = unit is not None and unit.type == "thành phố trung ương" and (own is None or own.type != "thành phố")
            if level != "tỉnh" and not (level == "thành phố" and city):
                unit = own
            # ('Huyện ủy viên' of a district the gazetteer knows by a later type, a town since: the Huyện ủy it was)
            org = party_committee(unit, level) if unit else None
            if org is None and ctx.district_unplaced and ctx.district_unplaced[0] == level:
                org = party_committee_unplaced(*ctx.district_unplaced)  # ('Huyện ủy viên' on 'huyện Tam Nông')
        posts.append(Post(role, org))
    return posts


def _unit_of_its_own(after: list[tuple[str, OrgRef | None]]) -> OrgRef | None:
    """The body the next title of a chain names, where it is a unit with its own Party committee (a company, a school, a
    department: not a committee or council of a place, whose Party committee is the place's)."""
    nxt = next((o for _, o in after if o is not None), None)
    if not isinstance(nxt, OrgRef) or nxt.unplaced or nxt.kind in ("PartyCommittee", "PeoplesCommittee", "PeoplesCouncil"):
        return None
    return nxt


def _after_name(text: str, pos: int, ctx: PlaceContext, glued: bool = False) -> tuple[list[Post], int]:
    """The title chain after a name: 'A, Giám đốc Sở X', 'A - Giám đốc Sở X', and with `glued` (a name an honorific
    vouches for) 'đ/c A Giám đốc Sở X', as captions print it; a bare name then a title may be a place ('xã Kim Long
    Trưởng khối ...')."""
    sep = (
        _HOLDS_POST.match(text, pos)
        or _CHAIN_SEP.match(text, pos)
        or _TAKES_POST.match(text, pos)
        or (_TITLE_GLUED.match(text, pos) if glued else None)
    )
    if sep is None:
        return [], pos
    start = sep.end()
    if rank := _RANK_SET_OFF.match(text, skip_space(text, start)):
        start = rank.end()  # 'Hà Văn Đông, Thiếu tướng, Phó Giám đốc Công an tỉnh': the rank, then the title
    if not match_role(text, skip_space(text, start)):
        return [], pos
    posts, end = parse_chain(text, start, ctx)
    if len(posts) > 1 and leading_name(text, pos=skip_space(text, end)):
        # 'Chủ tịch nước A, Phó Thủ tướng B': the last title is the next person's
        posts, end = parse_chain(text, start, ctx, limit=len(posts) - 1)
    elif posts and leading_name(text, pos=skip_space(text, end)):
        return [], pos
    if posts and (now := _NOW_HOLDS.match(text, end)) and match_role(text, now.end()):
        more, end = parse_chain(text, now.end(), ctx)  # '..., nguyên Phó Bí thư Huyện ủy X, nay là Trưởng Ban Dân vận ...'
        posts = posts + more
    return posts, end


# a rank set off by commas between a name and its title ('A, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh')
_RANK_SET_OFF = re.compile(rf"(?:{RANKS}|{_NCO_RANKS})\s*,\s*")
# a former post, then the one held now ('..., nguyên Phó Bí thư Huyện ủy, nay là Trưởng Ban Dân vận Huyện ủy')
# ('..., hiện là Chủ tịch Hội Cựu chiến binh tỉnh', '..., hiện đang là ...')
_NOW_HOLDS = re.compile(r"\s*,?\s*(?:(?:hiện\s+)?nay|hiện(?:\s+đang)?)\s+là\s+")


def recognise_people(doc: Document) -> None:
    """Layers `people` (value: PersonMention) and `titles` (title chains, named or not; value: list[Post])."""
    people, titles = [], []
    for sent in doc.sentences:
        starts = list(role_starts(sent.text))
        ctx = place_near(doc, sent)
        named = _people_in(sent.text, ctx, starts)
        # (the names a level word in the plural or counted heads: 'các xã Tân Mỹ, Hoàng Văn Thụ và Tân Thanh')
        units_named = [m.span("names") for m in UNITS_AFTER_LEVEL.finditer(sent.text)]
        for m in named:
            if m.rule in _BARE_NAME_RULES and _inside_a_body(doc, sent.start + m.start, sent.start + m.end):
                continue  # 'Trường Đại học Nông Lâm được bầu làm Khối trưởng': the body's name, no one's
            if m.rule in _BARE_NAME_RULES and any(s <= m.start and m.end <= e for s, e in units_named):
                continue  # a commune named after a hero, one of the units listed: no one's name
            people.append(Span(sent.start + m.start, sent.start + m.chain_end, m.rule, rebase(m, -sent.start)))
        for at in starts:
            # (a chain no one holds, an agent's office, read where the clause names a district: see PlaceContext.at;
            # a person's titles as they were read above)
            held = any(m.start <= at < m.chain_end for m in named)
            posts, end = parse_chain(sent.text, at, ctx if held else ctx.at(sent.text, at))
            titles.append(Span(sent.start + at, sent.start + end, "people.title-chain", posts))
    people += _given_name_references(doc, people)
    people += _place_named_people_again(doc, people)
    people += _named_again_bare(doc, people)
    people = _short_name_references(people)
    doc.write_layer("people", sorted(people, key=lambda s: s.start))
    doc.write_layer("titles", titles)


# the rules that read a name with no honorific or title before it, which a body's name may hold ('Trường THPT Lê Quý
# Đôn', 'Công ty Hoàng Long', 'Đại học Nông Lâm')
_BARE_NAME_RULES = frozenset(
    {"people.name-title-chain", "people.receiving-subject", "people.full-name", "people.item-opening", "people.aged-name"}
)


def _inside_a_body(doc: Document, start: int, end: int) -> bool:
    """Whether a body's name the orgs layer read runs from before `start` over to `end`."""
    return any(o.start < start and end <= o.end for o in doc.spans("orgs", max(0, start - _LONGEST_BODY_NAME), end))


_LONGEST_BODY_NAME = 200  # characters: how far before a name a body's span may open


def _named_in_full(people: list[Span], tail: int) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The names of more than `tail` syllables the article gives, by their last `tail` syllables (what a reference
    by the given name keeps of them), and where each is first named."""
    by_tail: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for span in people:
        words = span.value.name.split()
        if len(words) > tail:
            by_tail.setdefault(" ".join(words[-tail:]), set()).add(span.value.name)
            first_at[span.value.name] = min(first_at.get(span.value.name, span.start), span.start)
    return by_tail, first_at


def _short_name_references(people: list[Span]) -> list[Span]:
    """'em Mai Anh' after 'em Trần Thị Mai Anh': a name of two syllables with no title, after an honorific, that is the
    last two of the one full name the article named before it, is that person again, not a second one whose family
    name is its first syllable ('Mai', 'Hồng')."""
    by_tail, first_at = _named_in_full(people, 2)
    out = []
    for span in people:
        m: PersonMention = span.value
        short = len(m.name.split()) == 2 and not m.posts and span.rule == "people.honorific-name"
        full = by_tail.get(m.name, set()) if short else set()
        if len(full) == 1 and first_at[name := next(iter(full))] < span.start:
            span = replace(span, value=replace(m, name=name))
        out.append(span)
    return out


# an honorific before one capitalised syllable that no other capital follows ('đồng chí Long', 'anh Bin'), but for an
# award's name after it, the giving's other object ('tặng anh Nam Bằng khen')
_GIVEN_NAME_AFTER_HONORIFIC = re.compile(
    HONORIFIC.pattern + rf"(?P<given>[{UPPER}][{LOWER}]+)(?!\w)(?!\s+(?!{AWARD_START.pattern})[{UPPER}])"
)


def _unclaimed(people: list[Span]) -> Callable[[int, int], bool]:
    """Whether text[start:end] overlaps none of the spans `people` (of those that start before it ends, the last may)."""
    taken = sorted((s.start, s.end) for s in people)
    starts = [a for a, _ in taken]

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)
        return not (i and taken[i - 1][1] > start)

    return free


def _given_name_references(doc: Document, people: list[Span]) -> list[Span]:
    """'... tặng Bằng khen cho đồng chí Long' after 'Thiếu úy Phạm Văn Long': a person the article named in full, named
    again by an honorific and the given name alone, when no other person it named has that given name."""
    by_given, first_at = _named_in_full(people, 1)
    if not by_given:
        return []
    free = _unclaimed(people)
    found = []
    for sent in doc.sentences:
        for m in _GIVEN_NAME_AFTER_HONORIFIC.finditer(sent.text):
            start, end = sent.start + m.start("given"), sent.start + m.end("given")
            names = by_given.get(m["given"], set())
            if len(names) != 1 or not free(start, end):
                continue
            name = next(iter(names))
            if first_at[name] < start:  # named in full before, never ahead of it
                found.append(Span(start, end, "people.given-name-reference", PersonMention(name, [], start, end, end)))
    return found


def _place_named_people_again(doc: Document, people: list[Span]) -> list[Span]:
    """'đồng chí Mai Sơn đã trao Bằng khen' after 'đồng chí Mai Sơn, Phó Tổng cục trưởng': a name that is also a
    place's, taken for a person only where a title vouches for it, is that person again after an honorific wherever
    the article names them."""
    vouched = {s.value.name for s in people if s.value.posts and gazetteer().is_place_name(s.value.name)}
    if not vouched:
        return []
    free = _unclaimed(people)
    found = []
    for sent in doc.sentences:
        for m in HONORIFIC.finditer(sent.text):
            name = leading_name(sent.text, after_honorific=True, pos=m.end())
            start = sent.start + m.end()
            if name not in vouched or not free(start, end := start + len(name)):
                continue
            found.append(Span(start, end, "people.place-named-again", PersonMention(name, [], start, end, end)))
    return found


def _named_again_bare(doc: Document, people: list[Span]) -> list[Span]:
    """'Tại hội nghị, Trần Đình Hùng đã phát động ...' after 'Trần Đình Hùng, Phó Bí thư Huyện ủy': a full name the
    article gave a title to, written again with no honorific or title, is that person (not inside a body's name, nor
    a longer name: 'Trường THCS Trần Đình Hùng')."""
    vouched = {s.value.name for s in people if s.value.posts and s.value.name.count(" ") >= 2}
    if not vouched:
        return []
    free = _unclaimed(people)
    found = []
    for name in sorted(vouched):
        at = doc.text.find(name, doc.body_start)
        while at != -1:
            end = at + len(name)
            if (
                free(at, end)
                and not doc.text[at - 1 : at].isalnum()
                and not doc.text[end : end + 1].isalnum()
                and _WORD_BEFORE_NAME.search(doc.text, max(0, at - 20), at) is None
                and _NAME_GOES_ON.match(doc.text, end) is None
                and not _inside_a_body(doc, at, end)
            ):
                found.append(Span(at, end, "people.named-again", PersonMention(name, [], at, end, end)))
            at = doc.text.find(name, end)
    return found


# a capitalised word joined to a name by a space, before it or after it: the name is part of a longer one; or a
# place's or a street's word before it ('xã Trần Đình Hùng', 'đường Trần Đình Hùng'), no one's
_WORD_BEFORE_NAME = re.compile(rf"(?:(?<!\w)[{UPPER}]\S*|(?<!\w)(?:xã|phường|thị trấn|thôn|đường|phố|quận|huyện|tỉnh|trường|cầu|chợ))\s$")
_NAME_GOES_ON = re.compile(rf"\s[{UPPER}]")


# the capitalised words right before a position, one or two of them, joined to it by a space alone
_CAPITALS_BEFORE = re.compile(rf"(?:(?<!\w)[{UPPER}][{LOWER}]+\s)?(?<!\w)[{UPPER}][{LOWER}]+\s$")


def _ends_place_name(text: str, start: int, name: str) -> bool:
    """Whether the name read at `start` opens on the last word of a place's name run into it ('Chủ tịch UBND thị xã
    Hương Trà Nguyễn Văn Thọ, Trưởng Ban ...': 'Trà', a family name too, ends 'Hương Trà'): the title before it names
    its holder, who starts after the place."""
    before = _CAPITALS_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    first = name.split(" ", 1)[0]
    words = before.group(0).split()
    return any(gazetteer().is_place_name(" ".join([*words[i:], first])) for i in range(len(words)))


def _one_chain_around(text: str, at: int, chain_end: int, after: PersonMention, before: int, ctx: PlaceContext) -> list[Post] | None:
    """'Bí thư Huyện ủy Đông Hưng Lê Văn Dũng, Chủ tịch HĐND huyện': the titles before a name and those after it are
    one chain, read as one, so a body the later titles leave unplaced is in the place the earlier ones name (not the
    article's): the whole chain's posts, or None where it reads otherwise than the `before` titles and those after."""
    posts, _ = parse_chain(text[at:chain_end] + text[after.end : after.chain_end], 0, ctx)
    return posts if len(posts) == len(after.posts) + before else None


def _people_in(text: str, ctx: PlaceContext, starts: list[int] | None = None) -> tuple[PersonMention, ...]:
    """The people of one sentence, each with the posts its title chain gives them, rule by rule."""
    finder = _Finder(text, ctx)
    finder.after_honorifics()
    finder.listed()
    finder.listed_after_colon()
    finder.name_then_titles()
    finder.titles_then_name(role_starts(text) if starts is None else starts)
    finder.after_callings()  # (after the titles: 'Trưởng thôn A' is a title's holder, not a calling's)
    finder.given_to()
    finder.receiving_subject()
    finder.item_opening()
    finder.opening_then_calling()
    finder.full_names_alone()
    finder.aged_names()
    return tuple(finder.found)


# an award given to a full name with no honorific ('truy tặng Huy hiệu “Tuổi trẻ dũng cảm” cho Trần Hữu Hiệp'): 'cho'
# before a capital, a verb of giving earlier in its clause
# (or after the calling they share: 'trao danh hiệu cho các nghệ sĩ: A, B và C')
_CALLINGS = lexicon.person_nouns()
# one of them by name ('thí sinh Nguyễn Văn An', 'Công nhân Lê Thị Hoa')
# (not 'lao động', the Labour Order's word: 'Huân chương lao động Hạng Nhì' names no 'Hạng Nhì')
# (prescanned: its alternation of 169 callings under IGNORECASE at every word was a twentieth of a long report's extraction)
_CALLED = prescanned(re.compile(rf"(?<!\w)(?<![Cc]hương )(?i:{_CALLINGS})\s+(?=[{UPPER}])"))
# what a person is, set off by a comma after their name ('..., thủ khoa đầu vào ...', '..., cựu học sinh ...')
_CALLING_SET_OFF = re.compile(rf"\s*,\s+(?:(?:cựu|tân|nguyên)\s+)?(?:{_CALLINGS})(?!\w)")
_TO_NAME = re.compile(rf"(?<!\w)cho\s+(?:(?:các|những)\s+(?:(?:em|cháu)\s+)?(?:{_CALLINGS})\s*(?:là|gồm)?\s*:?\s+)?(?=[{UPPER}])")
_GIVING = re.compile(r"(?<!\w)(?:tặng|trao|khen thưởng|tuyên dương|biểu dương)(?!\w)")


# what a sentence may open with before its subject ('Năm 2023, ', 'Tại buổi lễ, ')
_SET_OFF = re.compile(r"\s*(?:[,:;(]|[-–]\s)")
_CLAUSE_LEAD = re.compile(rf"[^,;:.]{{0,40}},\s*(?=[{UPPER}])")
# the verb of receiving an award after a name, or after what is said of the person in lower case between commas (not
# 'Lê Văn Tám được đặt tên cho ...')
_RECEIVES_AFTER = re.compile(
    rf"(?:\s*,\s*[{LOWER}\d][^,;:.()]{{0,120}}?,?|\s*\([^()]{{0,80}}\))?\s+(?:(?:đã|vừa|cũng|rất|vinh dự)\s+)*"
    r"(?:được\s+(?:[^\s,;.]+\s+){0,6}?(?:tặng|trao|khen|tuyên dương|biểu dương|vinh danh|công nhận|truy tặng|phong tặng)|nhận|đón nhận)(?!\w)"
)


# the quoted name of a contest, a programme, a movement, a work or an award: a name inside it is no person of the
# article ('cuộc thi "Tìm hiểu cuộc đời ... của Đại tướng Võ Nguyên Giáp"', 'chương trình “Tiếp bước anh Lý Tự Trọng”');
# not quoted speech ('phát biểu: “Tôi cảm ơn đồng chí A ...”')
_QUOTED_NAME = re.compile(
    r"(?<!\w)(?:hội thi|cuộc thi|hội thảo(?: khoa học)?|tọa đàm|chương trình|chuyên đề|chủ đề|phong trào(?: thi đua)?"
    r"|cuộc vận động|giải(?: thưởng)?|danh hiệu|kỷ niệm chương|huy hiệu|tác phẩm|cuốn sách|bộ sách|dự án|đề án|mô hình"
    r"|triển lãm|liên hoan|hội diễn|đêm nhạc|vở diễn|bộ phim|phim|ca khúc|bài hát|sân chơi|câu lạc bộ|clb)"
    r"(?:\s+(?:với chủ đề|chủ đề|mang tên|có tên))?\s*[:,]?\s*"
    r"(?:“(?P<curly>[^“”\n]{1,200})”|\"(?P<straight>[^\"\n]{1,200})\")",
    re.I,
)
_QUOTED_NAME_LOWER = lowered(_QUOTED_NAME)  # (searched in the lower-cased sentence: see casefree)


# a name borne by a school, a street or a unit, or by a place of memory, its honorifics before it ('mang tên Anh hùng
# liệt sĩ Nguyễn Viết Xuân', 'Nhà lưu niệm Đại tướng Võ Nguyên Giáp')
_NAMESAKE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:mang|lấy|đặt)\s+tên|(?i:đền thờ|nhà tưởng niệm|nhà lưu niệm|khu di tích|khu lưu niệm|tượng đài|bảo tàng"
    r"|quảng trường))(?:\s+(?:của\s+)?[\w]+){0,4}?\s+$"
)


# the stop after an initial that ends no sentence (what follows is in lower case, or a bracket, a comma)
_INITIAL_STOP = re.compile(rf"\.(?!\s*(?:[{UPPER}\d\n]|$))")


@dataclass
class _Finder:
    """The people of one sentence; a span a rule has read is not read again by a later one."""

    text: str
    ctx: PlaceContext
    found: list[PersonMention] = field(default_factory=list)
    taken: Taken = field(init=False)

    def __post_init__(self) -> None:
        self.taken = Taken(len(self.text))
        if "“" in self.text or '"' in self.text:
            searched, quoted_name = searchable(self.text, _QUOTED_NAME, _QUOTED_NAME_LOWER)
            for m in quoted_name.finditer(searched):
                inside = "curly" if m["curly"] is not None else "straight"
                self.taken.add(m.start(inside), m.end(inside))  # 'cuộc thi "Tìm hiểu về Đại tướng Võ Nguyên Giáp"': no one

    def _free(self, pos: int) -> bool:
        return self.taken.free(pos)

    _by_start: dict = field(default_factory=dict)  # (start, name) -> mention: a lookup, not a scan

    def add(self, name: str, start: int, name_end: int, posts: list[Post], chain_end: int, rule: str) -> None:
        if name.isupper() and " " in name:
            name = name_cased(name)  # 'ông NGUYỄN CHIẾN THẮNG': a name the page sets in capitals is the same person's
        same = self._by_start.get((start, name))
        if same is not None:  # 'Chủ tịch UBND tỉnh X - Chủ tịch Hội đồng TĐKT': the titles before and after the name
            same.posts[:0] = [p for p in posts if p not in same.posts]
            return
        # 'Cao Bằng, Chủ tịch UBND tỉnh ...': a place, not a person; 'Chủ tịch Hồ Chí Minh' is one; and so is one an
        # honorific and a title vouch for ('đồng chí Mai Sơn, Phó Chủ tịch UBND tỉnh')
        vouched = rule == "people.honorific-name" and bool(posts)
        if not self._free(start) or (gazetteer().is_place_name(name) and name not in FIGURES and not vouched):
            return
        if _NAMESAKE_BEFORE.search(self.text, max(0, start - 40), start):
            return  # 'Trường được mang tên Anh hùng liệt sĩ Nguyễn Viết Xuân': the name a school bears, no one here
        if len(name.rsplit(" ", 1)[-1]) == 1 and " " in name and _INITIAL_STOP.match(self.text, name_end):
            # 'đối tượng Lê Văn T. (SN 2002)', 'cháu Nguyễn Thị H. được cứu': a name the press shortens to its initial,
            # one it keeps unknown; no person of the graph (nor is what is left of it one)
            self.taken.add(start, name_end)
            return
        self.taken.add(start, max(name_end, chain_end))
        self.found.append(PersonMention(name, posts, start, name_end, chain_end, rule))
        self._by_start[(start, name)] = self.found[-1]

    def after_honorifics(self) -> None:
        """1. honorific + name [+ chain]; a family name the lexicon lacks only when a title vouches for it."""
        text = self.text
        for m in HONORIFIC.finditer(text):
            name = leading_name(text, after_honorific=True, pos=m.end()) or highlands_given_name(text, m.end())
            foreign = False
            if name is None and _FOREIGNER_HONORIFIC.fullmatch(m.group(0).strip()):
                name = foreign_name(text, m.end())  # 'ông Khamphanh Phommathat, Đại sứ Lào' (or 'bà Nay Phi La')
                foreign = name is not None and "-" in name
            elif name is None and (other := foreign_name(text, m.end())) and ("-" in other or len(other.split()) >= 4):
                # 'đồng chí Khăm-phăn Phôm-ma-thắt', 'Đại tá Khăm Sỉ Phon Sa Văn': hyphened syllables, or four or more
                # capitalised ones no family name of the lexicon opens, after any honorific (a rank's among them)
                name, foreign = other, True
            if name is None and _STAGE_TITLE.fullmatch(m.group(0).strip()):
                name = _stage_name(text, m.end())  # 'NSND Thanh Hoa', 'ca sĩ Anh Thơ': a stage name, of no family
            rare = None if name else rare_surname_name(text, m.end())
            if rare:  # 'Đồng chí Mương Ngọc Lào, Phó Bí thư ...'
                posts, chain_end = _after_name(text, m.end() + len(rare), self.ctx)
                if any(p.role in _TITLES_ABROAD for p in posts):  # ('đồng chí Khamphan Phommathat, ..., Tỉnh trưởng ...')
                    posts, chain_end = _titles_abroad(text, posts, chain_end)
                if posts:
                    self.taken.add(m.start(), m.end())
                    self.add(rare, m.end(), m.end() + len(rare), posts, chain_end, "people.honorific-rare-surname-title")
            if name:
                name_end = m.end() + len(name)
                posts, chain_end = _after_name(text, name_end, self.ctx, glued=True)
                if not posts and _NAMED_INSIDE.search(text, max(0, m.start() - 30), m.start()):
                    # 'kỷ niệm 112 năm ngày sinh Đại tướng Võ Nguyên Giáp', 'ngày mất của đồng chí Nguyễn Văn Cừ': a name
                    # inside an anniversary's (or an example's) name, no one of the article
                    self.taken.add(m.start(), name_end)
                    continue
                if foreign or any(p.role in _TITLES_ABROAD for p in posts):
                    # a Lao or Khmer's titles are of bodies of their own country, not of the bodies here
                    posts, chain_end = _titles_abroad(text, posts, chain_end)
                self.taken.add(m.start(), m.end())  # the honorific is not the start of another name
                self.add(name, m.end(), name_end, posts, max(chain_end, name_end), "people.honorific-name")
                # ('các đồng chí A và B, Phó Chủ tịch UBND huyện': a plural honorific, the title after both names)
                plural = not posts and _PLURAL_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
                self.joined(max(chain_end, name_end), self._by_start.get((m.end(), name)) if plural else None)

    def after_callings(self) -> None:
        """1d. a calling a count is made of, in lower case, then a full name of a family the lexicon knows ('thí sinh A',
        'chiến sĩ B', 'công nhân C'): the calling vouches for no rarer name, as it may open a body's name ('chiến sĩ Đội
        Cảnh sát ...')."""
        text = self.text
        for m in _CALLED.finditer(text):
            name = leading_name(text, pos=m.end())
            if name is None or not self._free(m.end()) or _FOREIGN_AFTER.match(text, m.end() - 1):
                continue  # ('5 cá nhân người Hàn Quốc': of a country, not a person of the family Hàn)
            name_end = m.end() + len(name)
            posts, chain_end = _after_name(text, name_end, self.ctx, glued=True)
            self.add(name, m.end(), name_end, posts, max(chain_end, name_end), "people.calling-name")

    def joined(self, pos: int, untitled: PersonMention | None = None) -> None:
        """1a. 'ông A (xã X) và B (xã Y)': a full name joined by 'và' to a person just named takes their honorific; after
        a plural one, with no title between ('các đồng chí A và B, Phó Chủ tịch UBND huyện'), the first (`untitled`)
        holds the title said after both."""
        while (link := _JOINED.match(self.text, pos)) and not HONORIFIC.match(self.text, link.end()):
            name = leading_name(self.text, pos=link.end())
            if not name or not self._free(link.end()):
                return
            name_end = link.end() + len(name)
            posts, chain_end = _after_name(self.text, name_end, self.ctx)
            self.add(name, link.end(), name_end, posts, max(chain_end, name_end), "people.joined-name")
            if untitled is not None and posts and not untitled.posts and _BARE_AND.fullmatch(self.text, pos, link.end()):
                untitled.posts.extend(posts)
            untitled = None
            pos = max(chain_end, name_end)

    def listed(self) -> None:
        """1b. the names of a list after a plural honorific, each with its chain if it has one; the honorific vouches for
        a family name the lexicon lacks ('các Mẹ: A, Pờ Mé Tư và B')."""
        text = self.text
        for m in _LIST_HEAD.finditer(text):
            # (or a Central Highlands given name with its mark, 'A Pớt', 'Y Ngọc', which the honorific vouches for too)
            self._names_listed(
                m.end(),
                lambda at: (
                    leading_name(text, after_honorific=True, pos=at) or rare_surname_name(text, at) or highlands_given_name(text, at)
                ),
                True,
            )

    def listed_after_colon(self) -> None:
        """1c. the full names of a list opened by 'gồm:' with no honorific ('3 nghệ sĩ được phong tặng ... gồm: Trần Văn
        An, Lê Thị Bích và Phạm Văn Cường'), or by a count of persons and a colon ('cho 5 nghệ nhân: A, B ...'): names of
        a family the lexicon knows, each a person; or by who attended ('Dự hội nghị có A, B')."""
        text = self.text
        for m in (*_COLON_LIST.finditer(text), *_COUNTED_IS.finditer(text), *_COUNTED_COLON.finditer(text), *_ATTENDED_BY.finditer(text)):
            self._names_listed(m.end(), lambda at: leading_name(text, pos=at) if self._free(at) else None, False)

    def _names_listed(self, pos: int, read: Callable[[int], str | None], honorifics: bool) -> None:
        """The names of a list from `pos`, as `read` reads each, with its chain; the next after a separator, past what
        is said of the one before ('A quê ở xã X, B ...'); each after its own honorific where the list has them ('các
        mẹ: mẹ A, mẹ B và mẹ C')."""
        text = self.text
        if honorifics and (honorific := HONORIFIC.match(text, pos)):
            pos = honorific.end()
        untitled: list[PersonMention] = []  # the names just listed bare, after a plural honorific
        while name := read(pos):
            posts, chain_end = _after_name(text, pos + len(name), self.ctx)
            after = max(chain_end, pos + len(name))
            self.add(name, pos, pos + len(name), posts, after, "people.listed-name")
            if honorifics and (told := self._by_start.get((pos, name))) is not None:
                # ('các đồng chí A, B, Phó Chủ tịch UBND huyện': names listed bare, then one with a title, each hold it)
                for bare in untitled if posts else ():
                    bare.posts.extend(Post(p.role, p.org) for p in posts)
                untitled = [] if posts else [*untitled, told]
            nxt = _LIST_NEXT.match(text, after) or _LIST_NEXT_FAR.match(text, after)
            if not nxt:
                break
            if not _BARE_SEPARATOR.fullmatch(text, after, nxt.end()):
                untitled = []  # (something said of one between, 'A (xã X), B, ...': no run of names bare)
            pos = nxt.end()
            if honorifics and (honorific := HONORIFIC.match(text, pos)):
                pos = honorific.end()

    def name_then_titles(self) -> None:
        """2. name + chain, without honorific (captions)."""
        for m in re.finditer(rf"(?<!\w)[{UPPER}]", self.text):
            if not self._free(m.start()):
                continue
            name = leading_name(self.text, pos=m.start())
            if name and not _ends_place_name(self.text, m.start(), name):
                name_end = m.start() + len(name)
                posts, chain_end = _after_name(self.text, name_end, self.ctx)
                if posts:
                    self.add(name, m.start(), name_end, posts, chain_end, "people.name-title-chain")

    def given_to(self) -> None:
        """4. a full name an award is given to ('tặng Bằng khen cho Lê Văn Trường'): three syllables or more, the first
        a known family name, so that a place or a body ('cho Đảng bộ xã', 'cho Hà Nội') is not read as one."""
        for m in _TO_NAME.finditer(self.text):
            clause = re.split(r"[.;:]", self.text[max(0, m.start() - 130) : m.start()])[-1]
            if not _GIVING.search(clause):
                continue
            pos = m.end()
            while (name := leading_name(self.text, pos=pos)) and len(name.split()) >= 3 and self._free(pos):
                self.add(name, pos, pos + len(name), [], pos + len(name), "people.given-name")
                nxt = _LIST_NEXT.match(self.text, pos + len(name))  # 'cho A, B và C'
                if not nxt:
                    break
                pos = nxt.end()

    def receiving_subject(self) -> None:
        """5. a full name that opens the sentence and receives ('Hoàng Thị Minh Hạnh, thủ khoa ... nhận Bằng khen', 'Lê
        Văn Tâm được tặng Giấy khen'): three syllables or more, a known family name first, then the verb of receiving,
        right after it or after what is said of the person in lower case, set off by a comma."""
        lead = _CLAUSE_LEAD.match(self.text)
        self._full_name_at(lead.end() if lead else 0, _RECEIVES_AFTER, "people.receiving-subject")

    def item_opening(self) -> None:
        """6. a full name that opens an item of a list, set off by a comma, a dash or a colon ('- Trần Văn Dũng, Giáo
        viên: Chiến sĩ thi đua cơ sở'): three syllables or more, a known family name first; a name with a title the
        rules above have read already."""
        if (mark := ITEM_MARK.match(self.text)) is not None:
            self._full_name_at(mark.end(), _SET_OFF, "people.item-opening")

    def opening_then_calling(self) -> None:
        """6b. a full name that opens the sentence, then what the person is, set off by a comma ('Trần Ngọc Châu, thủ
        khoa đầu vào năm nay, ...', 'Lê Trung Nghĩa, cựu học sinh Trường THPT X, ...'): three syllables or more, a known
        family name first, a calling a count is made of after it (not a place's name then its people: 'Hoàng Mai, người
        dân ...' has two syllables)."""
        self._full_name_at(skip_space(self.text, 0), _CALLING_SET_OFF, "people.opening-calling")

    def _full_name_at(self, pos: int, then: re.Pattern[str], rule: str) -> None:
        """A full name of three syllables or more, a known family name first, at `pos` (read by no rule before), with
        what `then` matches right after it: a person, with no post (steps 5, 6 and 6b)."""
        name = leading_name(self.text, pos=pos) if self._free(pos) else None
        if name and len(name.split()) >= 3 and then.match(self.text, pos + len(name)):
            self.add(name, pos, pos + len(name), [], pos + len(name), rule)

    def full_names_alone(self) -> None:
        """7. a full name of three syllables or more, a known family name first and the middle 'Văn' or 'Thị' ('Tiêu biểu
        là Nguyễn Văn An', 'như: A, B'), wherever no rule above read it: not inside another name (a street's, a school's,
        a ward's: 'đường Nguyễn Văn Cừ', 'Trường THCS Hoàng Văn Thụ'), nor inside a quoted name."""
        text = self.text
        for m in _FULL_NAME_START.finditer(text):
            if not self._free(m.start()) or _INSIDE_A_NAME.search(text, max(0, m.start() - 30), m.start()):
                continue
            if text.count("“", 0, m.start()) > text.count("”", 0, m.start()) or text.count('"', 0, m.start()) % 2:
                continue
            name = full_name(text, m.start())
            if name and _NAME_GIVEN_AFTER.match(text, m.start() + len(name)):
                continue  # 'Lê Văn Tám được đặt tên cho nhiều con đường': a name given to things, no one of the article
            if name:
                posts, chain_end = _after_name(text, m.start() + len(name), self.ctx)
                self.add(name, m.start(), m.start() + len(name), posts, max(chain_end, m.start() + len(name)), "people.full-name")

    def aged_names(self) -> None:
        """8. a name a bracket after it, or a comma, gives an age or a year of birth ('là Phạm Như Quỳnh (31 tuổi); Nguyễn
        Tuấn Anh (27 tuổi)', 'Lê Anh Hùng (SN 1996)', 'Lê Trung Nghĩa, 18 tuổi, ...'): a person, whatever the middle
        syllable, a known family name first."""
        text = self.text
        for bracket in _AGE_AFTER.finditer(text):
            end = bracket.start()
            run = _CAPITALISED_RUN.search(text, max(0, end - 60), end)
            pos = run.start() if run else end
            while pos < end:  # the run's words from the first: the name is the longest one ending at the bracket
                name = leading_name(text, pos=pos)
                if name and pos + len(name) == end and len(name.split()) >= 2 and self._free(pos):
                    if "(" not in bracket.group() and _PLACE_LEVEL_BEFORE.search(text, max(0, pos - 20), pos):
                        break  # ('xã Hoàng Tân, 15 tuổi trở lên ...': a place's name, an age set off after it)
                    self.add(name, pos, end, [], end, "people.aged-name")
                    break
                space = text.find(" ", pos, end)
                pos = skip_space(text, space + 1) if space != -1 else end

    def titles_then_name(self, starts) -> None:
        """3. title [+ body] + name ('Chủ tịch UBND tỉnh Nguyễn Văn A', 'Bộ trưởng Nguyễn Văn Hùng')."""
        text = self.text
        for at in starts:
            if not self._free(at) or _DELEGATOR.search(text, 0, at):
                continue  # 'Thừa ủy quyền của Chủ tịch UBND tỉnh, Bí thư Huyện ủy X': the first title is the delegator's
            posts, chain_end = parse_chain(text, at, self.ctx)
            if not posts:
                continue
            bare = any(p.org is None and base_role(p.role) not in NATIONAL_OFFICES for p in posts)
            if bare and (len(posts) > 1 or _NOT_A_HOLDER.search(text, 0, at)):
                continue  # 'tư tưởng Chủ tịch Hồ Chí Minh', 'Ngày sinh Chủ tịch Hồ Chí Minh': a name inside another name
            start = skip_space(text, chain_end)
            plural = _PLURAL_BEFORE.search(text, max(0, at - 20), at) is not None
            if plural and (colon := _COLON_AFTER.match(text, chain_end)):
                start = colon.end()  # 'các Thứ trưởng: A, B và C'
            name = leading_name(text, pos=start) or (None if bare else highlands_given_name(text, start))
            if name:
                apposed = None
            elif not bare:
                apposed = _APPOSED.match(text, chain_end)
            else:  # ('Giám đốc chi nhánh, ông A': a bare title, the head noun of the article's one body after it, its holder)
                apposed = _APPOSED_PAST_HEAD.match(text, chain_end) if len(posts) == 1 else None
            if apposed:  # 'Phó Chủ tịch HĐND tỉnh X, ông A đã trao ...': the title, then its holder set off by a comma
                name, start = leading_name(text, after_honorific=True, pos=apposed.end()), apposed.end()
            dashed = None if name or bare else _DASHED.match(text, chain_end)
            if dashed:  # 'Phó Chủ tịch UBND tỉnh - Phạm Văn Cảnh trao ...': or set off by a dash, as captions print it
                honoured = HONORIFIC.match(text, dashed.end())  # ('Giám đốc Sở X - ông A phát biểu')
                start = honoured.end() if honoured else dashed.end()
                name = leading_name(text, after_honorific=bool(honoured), pos=start)
            if name and bare and len(posts) == 1 and (before := self._office_joined_before(at, posts[0])) is not None:
                posts = [replace(posts[0], org=before)]  # 'Giám đốc Sở Nội vụ A và Phó Giám đốc B': B's deputy office is of it
                bare = False
            if name and bare and name.count(" ") == 1 and any(_COMMA_ONLY.fullmatch(text, p.chain_end, at) for p in self.found):
                continue  # 'Ông A, Giám đốc Đoàn Chèo': the title is A's, two words after it his body ('Đoàn' a surname too)
            if name:
                # a bare title still names its holder; the body comes from elsewhere
                rule = "people.bare-title-name" if bare else "people.title-chain-name"
                after = self._by_start.get((start, name))
                if (
                    after is not None
                    and after.posts
                    and not bare
                    and (whole := _one_chain_around(text, at, chain_end, after, len(posts), self.ctx))
                ):
                    after.posts[:] = whole
                    continue
                self.add(name, start, start + len(name), posts, start + len(name), rule)
                if plural:
                    self._holders_listed(start + len(name), posts, rule)

    def _office_joined_before(self, at: int, post: Post) -> OrgRef | None:
        """The body of the one office, or its deputy's, that a holder named with it right before a bare title holds
        ('Giám đốc Sở Nội vụ A và Phó Giám đốc B', 'Chủ tịch UBND huyện C, Phó Chủ tịch D'); None if no such holder is."""
        joined = _OFFICE_JOINED.search(self.text, max(0, at - 12), at)
        person = next((p for p in self.found if p.end == joined.start()), None) if joined is not None else None
        if person is None:
            return None
        office = _DEPUTY.sub("", base_role(post.role))
        same = [q.org for q in person.posts if q.org is not None and _DEPUTY.sub("", base_role(q.role)) == office]
        return same[0] if len(same) == 1 else None

    def _holders_listed(self, pos: int, posts: list[Post], rule: str) -> None:
        """3a. 'các Thứ trưởng: A, B và C', 'các Phó Chủ tịch UBND tỉnh A và B': a plural title, then the list of those
        who hold it, each holding it."""
        while (nxt := _LIST_NEXT.match(self.text, pos)) and (name := leading_name(self.text, pos=nxt.end())):
            start = nxt.end()
            if not self._free(start):
                # ('các đồng chí Phó Chủ tịch UBND huyện: A, B': the list after the plural honorific, read before with no
                # title, holds the one said before it)
                told = self._by_start.get((start, name))
                if told is None or told.posts:
                    return
                told.posts.extend(Post(p.role, p.org) for p in posts)
                pos = told.chain_end
                continue
            self.add(name, start, start + len(name), [Post(p.role, p.org) for p in posts], start + len(name), rule)
            pos = start + len(name)
