"""The keys that pair a proposal with the conferral that answers it: equal keys exactly when the rule the
proposals query states holds, and never two keys for one pair."""

from __future__ import annotations

import itertools
import random

from tdkt.ingest.matchkeys import conferral_keys, proposal_keys

P1, P2 = "https://w3id.org/tdkt/id/unit/p1", "https://w3id.org/tdkt/id/unit/p2"


def _pairs(proposal: tuple, conferral: tuple) -> int:
    return len(set(proposal_keys(*proposal)) & set(conferral_keys(*conferral)))


def _rule(proposal: tuple, conferral: tuple) -> bool:
    """The rule as the query stated it before the keys: compared pair by pair."""
    (award, kind, name, count, prov), (award2, kind2, name2, count2, prov2) = proposal, conferral
    if (award, kind) != (award2, kind2):
        return False
    if name and name2:
        return name.lower() == name2.lower()
    if not prov or prov != prov2:
        return False
    if not name and not name2:
        return (-1 if count is None else count) == (-1 if count2 is None else count2)
    return (count or 1) == 1 and (count2 or 1) == 1


def test_a_named_recipient_is_found_by_name_in_any_province_and_case():
    proposal = ("bang-khen-ttg", "individual", "Ông Nguyễn Văn Bình", 1, P1)
    assert _pairs(proposal, ("bang-khen-ttg", "individual", "ông nguyễn văn bình", None, P2)) == 1
    assert _pairs(proposal, ("bang-khen-ttg", "individual", "Ông Trần Văn Bình", 1, P1)) == 0  # another person
    assert _pairs(proposal, ("bang-khen-ubnd-tinh", "individual", "Ông Nguyễn Văn Bình", 1, P1)) == 0  # another award


def test_unnamed_recipients_are_found_by_province_and_count():
    proposal = ("giay-khen", "collective", None, 12, P1)
    assert _pairs(proposal, ("giay-khen", "collective", None, 12, P1)) == 1
    assert _pairs(proposal, ("giay-khen", "collective", None, 13, P1)) == 0
    assert _pairs(proposal, ("giay-khen", "collective", None, 12, P2)) == 0
    assert _pairs(proposal, ("giay-khen", "individual", None, 12, P1)) == 0
    # no province, no pairing of unnamed recipients
    assert _pairs(("giay-khen", "collective", None, 12, None), ("giay-khen", "collective", None, 12, None)) == 0
    # no count pairs with no count, not with a count
    assert _pairs(("giay-khen", "collective", None, None, P1), ("giay-khen", "collective", None, None, P1)) == 1
    assert _pairs(("giay-khen", "collective", None, None, P1), ("giay-khen", "collective", None, 3, P1)) == 0


def test_one_recipient_named_on_one_side_only_pairs_within_the_province():
    named = ("co-thi-dua-cp", "collective", "huyện Đầm Hà", 1, P1)
    assert _pairs(named, ("co-thi-dua-cp", "collective", None, 1, P1)) == 1
    assert _pairs(named, ("co-thi-dua-cp", "collective", None, None, P1)) == 1  # no count is one
    assert _pairs(named, ("co-thi-dua-cp", "collective", None, 2, P1)) == 0
    assert _pairs(named, ("co-thi-dua-cp", "collective", None, 1, P2)) == 0
    assert _pairs(("co-thi-dua-cp", "collective", None, None, P1), ("co-thi-dua-cp", "collective", "xã Tân Bình", 1, P1)) == 1
    assert _pairs(("co-thi-dua-cp", "collective", "xã A", 3, P1), ("co-thi-dua-cp", "collective", None, 3, P1)) == 0


def test_the_keys_pair_exactly_what_the_rule_pairs_and_each_pair_once():
    awards, kinds = ("a", "b"), ("individual", "collective")
    names, counts, provinces = (None, "Xã A", "xã a", "Xã B"), (None, 1, 2, 12), (None, P1, P2)
    grants = list(itertools.product(awards, kinds, names, counts, provinces))
    random.Random(7).shuffle(grants)
    checked = 0
    for proposal, conferral in itertools.product(grants[:120], grants[:120]):
        shared = _pairs(proposal, conferral)
        assert shared == int(_rule(proposal, conferral)), (proposal, conferral)
        checked += shared
    assert checked > 100  # the sample holds pairs of every kind, not only misses
