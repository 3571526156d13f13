"""Where a key rule is void, and whose a key says a value is: what the key classifier
(``keys.py``) decides about a rule, shared with the value classifier (``value.py``), so that a
value's shape says no more than its key did: a campaign office's number under ``phone`` is the
office's whether it is written "+254205550101" or "+254 20 555 0101" (QA109), a callee's under
``callee_phone`` the callee's (QA47).
"""

from __future__ import annotations

from analysis.classifiers.key_scopes import (
    OTHER_PERSON,
    OTHER_PERSON_RULES,
    OWN_WORDS_UNDER,
    USER_ROLES,
)
from analysis.classifiers.paths import ancestor_words, path_words
from analysis.classifiers.rules import KeyRule, norm_key
from analysis.classifiers.words import key_words
from analysis.decoders import Leaf
from analysis.decoders.form import dotted_path


def voided(rule: KeyRule, leaf: Leaf) -> bool:
    """A rule's ``not_under`` word names what the field belongs to: in the key's own words
    ("customer_service_phone"), or in the nearest object above that names either such a thing
    or the user's own role ("school.parent_contact.phone" is a parent's, QA44; only for the
    contact rules)."""
    own = {*key_words(leaf.key)}
    roles = rule.id in OTHER_PERSON_RULES
    # (an invitee's own phone, "invitee_phone", is still a phone: theirs, QA76)
    if rule.id in OWN_WORDS_UNDER and rule.not_under & own - (OTHER_PERSON if roles else set()):
        return True
    if roles and USER_ROLES & own:
        return False
    for seg in reversed(dotted_path(leaf.path).split(".")[:-1]):
        words = path_words(seg)
        if rule.not_under & words:
            return True
        if roles and USER_ROLES & words:
            return False
    return False


def voided_here(rules: tuple[KeyRule, ...], category: str, leaf: Leaf) -> bool:
    """A rule of ``category`` names the leaf's key but is void where it sits (its
    ``not_under``)."""
    above, own = ancestor_words(leaf.path), key_words(leaf.key)
    return any(r.category == category and (r.not_under & above or (
        r.id in OWN_WORDS_UNDER and r.not_under.intersection(own))) and voided(r, leaf)
        for r in rules)


def others_key(rules: tuple[KeyRule, ...], category: str, leaf: Leaf) -> bool:
    """A contact rule of ``category`` names the key, and the key says whose: another person's
    ("callee_phone", "invitee_email"), which the key classifier reports below a verdict's
    confidence."""
    return any(r.category == category and r.id in OTHER_PERSON_RULES for r in rules) and bool(
        OTHER_PERSON.intersection(key_words(leaf.key)))


# A service's line or address named in the key itself, in the order these words are written
# ("member_services_phone", "customer_care_email"; not "service_member_phone", a veteran's own:
# QA46, QA50)
SERVICE_LINES = ("memberservice", "customerservice", "customercare", "clientservice",
                 "helpline", "hotline", "helpdesk", "callcenter", "callcentre", "support")


def service_line(key: str) -> bool:
    """The key names a service's line or mailbox (above)."""
    k = norm_key(key)
    return any(s in k for s in SERVICE_LINES)
