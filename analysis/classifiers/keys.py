"""Key-name classifier (``detector = key``): a field's key matches a rule of ``rules/keys.toml``
and its value passes the rule's validator (so ``"idfa": ""`` or a zeroed IDFA is no finding).

Coordinates are graded by the 3-decimal rule (TAXONOMY.md): ``location.precise`` with three or
more decimals, ``location.coarse`` with fewer.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import compose, hash_transform, list_path, preview
from analysis.classifiers.context_rules import context_rule_for
from analysis.classifiers.key_scopes import (
    LIST_PLACES,
    NOT_OWN,
    OTHER_PERSON,
    OTHER_PERSON_RULES,
    OWN_WORDS_ONLY,
    OWN_WORDS_UNDER,
    lists_above,
)
from analysis.classifiers.key_voids import voided
from analysis.classifiers.location_codes import grade_code
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import (
    KeyRule,
    exact_rules,
    key_rules,
    loose_rules,
    named_by,
    norm_key,
)
from analysis.classifiers.validators import validate
from analysis.classifiers.validators_geo import decimals, decimals_text, latlon_pair
from analysis.classifiers.validators_placeholder import is_placeholder
from analysis.classifiers.words import (
    MAX_CONTEXT_VALUE,
    expanded_name,
    key_words,
    tables,
    word_rules_for,
)
from analysis.decoders import Decoded, Leaf
from analysis.records import Detector, Finding


@lru_cache(maxsize=8192)
def rules_for(key: str, parent: str, part: str = "") -> tuple[str, tuple[KeyRule, ...]]:
    """The normalised key name read and the rules it matches, best first (cached: keys repeat).

    Rules limited to the request ``part`` (a Cookie's ``sessionid``) are tried first, before the
    negative list; rules limited to other parts are not tried at all."""
    rules = key_rules()
    k = norm_key(key)
    p = norm_key(parent)
    if not k or k.isdigit():
        return k, ()
    if part:
        scoped = tuple(r for r in rules.scoped if part in r.parts and named_by(r, k))
        if scoped:
            return k, scoped
    # a generic key is read with its parent first: os.version -> "osversion", geo.country ->
    # "geocountry", {"gaid": {"value": x}} -> "gaid"; the first name that is negative or
    # names a rule decides.
    said = tables().translations  # {"medicamentos": [{"nombre": ..}]} is medications.name
    tk, tp = said.get(k, k).replace(" ", ""), said.get(p, p).replace(" ", "")
    spelled = tk in rules.generic and p and (tp, tk) not in NOT_SPELLED and p not in LANGUAGES
    names = [tp + tk, tp, tk] if spelled else [k]
    if part == "header" and k.startswith("x") and len(k) > 3:
        names.append(k[1:])  # "X-Ad-Id": the X- prefix of private headers (RFC 6648) says nothing
    written = expanded_name(key)
    if written and written not in names:
        names.append(written)  # "mdl" is "model", "evt" is "event" ([words.abbreviations])
    for name in names:
        if name in rules.negative:
            return name, ()
        exact = exact_rules(name, part)
        if exact and name == p and k in RECORD_IDS:
            # the id of a record ({"medications": [{"id": "m1"}]}) names the record, it is not
            # what the record holds; only an identifier's own object lends its name to its id
            # (an identity map's {"Phone_SHA256": [{"id": ...}]} holds the hashed phone)
            exact = tuple(r for r in exact if r.category.startswith(("id.", "contact.")))
        if exact and spelled and name == tp != tk:
            # the parent's rules, then the key's own: {"booking": {"address": ...}} is the
            # booking's address when it is no booking's reference (QA71)
            exact += tuple(r for r in exact_rules(tk, part) if r not in exact)
        if exact:
            return name, exact
    name = names[0]
    loose = loose_rules(name, part)
    if written and written != name:  # ...and as its words say it ("kodikos_prosvasis")
        loose += [r for r in loose_rules(written, part) if r not in loose]
    # then the key read as words (words.py): the spellings no list holds, and hashed keys
    loose += [r for r in word_rules_for(key, parent, part) if r not in loose]
    return name, tuple(loose)


# Categories a true/false can never be: a boolean is no name, ID, date, address or secret
# (while "pregnant": true or "rooted": true is the data itself).
NOT_A_FLAG = ("contact.", "id.", "secret.", "location.", "financial.", "personal.birthdate",
              "personal.gender", "personal.national_id", "behavior.search", "content.",
              "biometric.")
FLAG_RULES = frozenset({"key.age-flag"})  # ...but "is_under_13": false tells an age (QA86)
# ...and nor can a permission's state under a permission's name or object (QA25): iOS's,
# Android's, Flutter's, React Native's and the Web Permissions API's states, read without case,
# "_", "-" or an enum's prefix ("PERMISSION_DENIED", QA27); elsewhere "blocked" may be a name.
PERMISSION_STATES = frozenset({
    "granted", "denied", "authorized", "authorised", "notdetermined", "undetermined",
    "restricted", "provisional", "blocked", "allowed", "limited", "permanentlydenied",
    "deniedforever", "unavailable", "permissiondenied", "permissiongranted", "neverasked",
    "notasked", "never", "always", "wheninuse", "whileinuse", "authorizedalways",
    "authorizedwheninuse", "prompt", "prompted", "ephemeral", "enabled", "disabled"})
PERMISSION_NAMES = frozenset({"contacts", "location", "camera", "microphone", "mic", "photos",
                              "photo", "media", "calendar", "calendars", "reminders",
                              "notifications", "bluetooth", "motion", "health", "tracking",
                              "att", "storage", "phone", "sms", "speech", "faceid"})
PERMISSION_WORDS = frozenset({"permission", "permissions", "perm", "perms", "consent", "consents",
                              "authorization", "authorizations", "access"})


def _permission_state(leaf: Leaf) -> bool:
    state = leaf.text.rpartition(".")[2].lower().replace("_", "").replace("-", "")
    return state in PERMISSION_STATES and (
        leaf.key.lower() in PERMISSION_NAMES
        or bool(PERMISSION_WORDS.intersection(ancestor_words(leaf.path))))


CODES = frozenset({"geohash", "plus_code", "h3"})  # location_codes.grade_code
GRADED = CODES | {"coordinate", "coordinate_e7"}
# A generic key under these objects is that object's own ID, not what parent + key spells:
# {"ad": {"id": ...}} is a creative's ID, no "adid" (advertising ID).
NOT_SPELLED = frozenset({("ad", "id"), ("ads", "id"), ("ad", "uuid"), ("creative", "id"),
                         ("campaign", "id"), ("device", "name")})
# ...nor under a language's block ({"en": {"address": ...}}: "en" is no Firebase event name
# there, QA45); ISO 639-1 codes of the languages apps localise into most
LANGUAGES = frozenset({"en", "de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko", "ru",
                       "ar", "tr", "sv", "da", "fi", "nb", "cs", "hu", "ro", "el", "he", "hi",
                       "th", "vi", "ms", "uk", "bg", "hr", "sk", "sl", "lt", "lv", "et", "fa"})
CHECK_FAILED = 0.5  # below judge.MIN_CONFIDENCE: a failed check cannot violate a claim
CHECK_TEXT = {"imei_like": "is no valid IMEI or MEID (length, Luhn check digit)",
              "mac_like": "is no MAC address (EUI-48)",
              "sim_like": "is no valid IMSI or ICCID (MCC, 89 prefix, length)"}
RECORD_IDS = frozenset({"id", "uuid", "guid", "key"})
# rules void for a field of a record in a list (a record's own "cid" is no client's ID)
NOT_IN_RECORDS = frozenset({"key.cid"})
@lru_cache(maxsize=8192)
def _evidence(key: str, rule_id: str, what: str, transform: str | None, note: str) -> str:
    evidence = f"key '{key}' matches rule {rule_id} ({what})"
    if transform:
        evidence += f"; value is {transform}-encoded"
    if note:
        evidence += f"; {note}"
    return evidence


def is_negative_key(key: str, parent: str, part: str = "") -> bool:
    rules = key_rules()
    name, found = rules_for(key, parent, part)
    return not found and name in rules.negative


def _grade(rule: KeyRule, text: str) -> tuple[str, str]:
    if rule.grade in CODES:
        return grade_code(rule.grade, text)
    if rule.grade == "coordinate_e7":
        # degrees x 10^7 as an integer: the decimals are those of the value / 10^7
        text = f"{int(text) / 1e7:.7f}".rstrip("0")
    pair = latlon_pair(text)
    # one point, one grade: the finer coordinate (trailing zeros are dropped in writing)
    places = max(decimals(pair[0]), decimals(pair[1])) if pair else decimals(text)
    if places >= 3:
        return "location.precise", f"{decimals_text(places)} (3 or more is precise)"
    return "location.coarse", f"{decimals_text(places)} (fewer than 3 is coarse)"


def _label(text: str, key: str) -> bool:
    """A form's label sent as the value ("name_on_card": "Name on card", "legal_name_label":
    "Legal name"): the value spells the key's own words."""
    if len(text) > 40 or " " not in text.strip():
        return False
    spelled = norm_key(text)
    return len(spelled) >= 4 and norm_key(key).startswith(spelled)


class KeyClassifier:
    name = "key"

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        out: list[Finding] = []
        for leaf in decoded.leaves:
            if leaf.array or not leaf.key:
                continue
            finding = self.leaf(exchange_id, leaf)
            if finding is not None:
                out.append(finding)
        return out

    def leaf(self, exchange_id: int, leaf: Leaf) -> Finding | None:
        name, rules = rules_for(leaf.key, leaf.parent, leaf.part)
        text = leaf.text
        if is_placeholder(text) or len(text) > 100_000 or _label(text, leaf.key):
            return None
        found = self._first(exchange_id, leaf, name, rules) if rules else None
        # No rule names the field, or none held for its value: what the objects it sits in
        # describe (a device object's properties, an address book's entries), if anything.
        if found is None and name not in key_rules().negative:
            context = context_rule_for(leaf.key, leaf.path)
            # a property of the phone is a short value, not a document; a message, an answer or
            # a packed template is as long as it is
            if context is not None and (len(text) <= MAX_CONTEXT_VALUE
                                        or context.category != "device.info"):
                found = self._first(exchange_id, leaf, name, (context,))
        return found

    def _first(self, exchange_id: int, leaf: Leaf, name: str,
               rules: tuple[KeyRule, ...]) -> Finding | None:
        text = leaf.text
        flag = (type(leaf.value) is bool or text.lower() in ("true", "false")
                or (len(text) <= 48 and _permission_state(leaf)))
        for rule in rules:
            if flag and rule.category.startswith(NOT_A_FLAG) and rule.id not in FLAG_RULES:
                continue  # "first_name_required": true is no name, "has_birthday" no date
            if rule.skip_layers and rule.skip_layers.intersection(leaf.layers):
                continue
            if not validate(rule.validate, text):
                continue
            if rule.not_under and (rule.not_under.intersection(ancestor_words(leaf.path)) or (
                    rule.id in OWN_WORDS_UNDER and rule.not_under.intersection(
                        key_words(leaf.key)))) and voided(rule, leaf):
                continue
            # an invitee's, a friend's or a recipient's phone or e-mail is still one, theirs
            # (QA76: an invitee's dropped unreported; every set labels them contact.*)
            other = rule.id in OTHER_PERSON_RULES and OTHER_PERSON.intersection(
                key_words(leaf.key))
            if rule.grade == "coordinate" and LIST_PLACES.intersection(lists_above(leaf.path)):
                continue  # an entry of a list of clinics or offices: that place's position
            if rule.id in NOT_OWN and NOT_OWN[rule.id].intersection(key_words(leaf.key)):
                continue  # a library's card number, a meter's serial (QA71)
            only = OWN_WORDS_ONLY.get(rule.id)
            if only is not None and not set(key_words(leaf.key)[:-1]) <= only:
                continue
            if rule.not_parent and norm_key(leaf.parent) in rule.not_parent:
                continue
            if rule.id in NOT_IN_RECORDS and "]." in leaf.path:
                continue
            category, confidence = rule.category, rule.confidence
            note = ""
            if other:  # reported, but below a verdict's confidence: no claim about the user's
                # own phone or e-mail is decided by a friend's (QA29, QA47)
                note = f"another person's ({'/'.join(sorted(other))}), not the user's"
                confidence = min(confidence, OTHERS_CONFIDENCE)
            if rule.grade in GRADED:
                category, note = _grade(rule, text)
            if rule.check and not validate(rule.check, text):
                note = f"but the value {CHECK_TEXT.get(rule.check, 'fails ' + rule.check)}"
                confidence = min(confidence, CHECK_FAILED)
            transform = compose(hash_transform(text, name), leaf)
            evidence = _evidence(leaf.key, rule.id, rule.what, transform, note)
            path = list_path(leaf.path) if rule.category in LISTY else leaf.path
            return Finding(exchange_id, leaf.part, path, category, Detector.KEY, confidence,
                           evidence, preview(text), transform, rule.id)
        return None


OTHERS_CONFIDENCE = 0.55  # (judge.MIN_CONFIDENCE is 0.6)
# Categories whose list elements are reported once for the whole list.
LISTY = frozenset({"device.apps", "content.contacts", "location.wifi", "behavior.usage",
                   "health.medical", "personal.sensitive", "device.info",
                   "financial.purchase", "behavior.search", "behavior.browsing",
                   "health.fitness", "location.coarse", "content.text",
                   "behavior.keystroke"})
CLASSIFIER = KeyClassifier()
