"""Classifier registry: one exchange's decoded fields -> findings, deduplicated.

Order of strength (TAXONOMY.md): ground_truth (device profile) > key > value > structure. One
finding per (exchange, part, path, category), keeping the strongest detector. When a field
matched the device profile, weaker guesses about the same field are dropped: the profile says
what the value *is*. Likewise a key rule's reading of a field beats a bare value shape.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import Iterable
from typing import Any

from analysis.classifiers import keys, kvpairs, structure_exchange, value
from analysis.classifiers.ad_keywords import sensitive_targeting
from analysis.classifiers.base import (
    Classifier,
    PartlyClassified,
    finding_fields,
    remake_finding,
)
from analysis.classifiers.card_context import cards_in_context
from analysis.classifiers.contact_hashes import CONTACTED, contact_hashes, contacts_call
from analysis.classifiers.credential_contexts import credential_contexts
from analysis.classifiers.event_lists import event_lists
from analysis.classifiers.first_names import app_names, first_names, named_beside_contacts
from analysis.classifiers.garments import garments_not_bodies
from analysis.classifiers.health_plans import health_plans
from analysis.classifiers.health_siblings import health_readings
from analysis.classifiers.icd_codes import icd_diagnoses
from analysis.classifiers.id_documents import with_documents
from analysis.classifiers.late_readings import late_readings
from analysis.classifiers.media_subjects import media_subjects
from analysis.classifiers.music_tempo import tempo_not_heart
from analysis.classifiers.one_time_codes import one_time_codes
from analysis.classifiers.others import others_records
from analysis.classifiers.own_sentences import own_sentences
from analysis.classifiers.package_lists import package_lists
from analysis.classifiers.paid_amounts import paid_amounts
from analysis.classifiers.paid_events import paid_events
from analysis.classifiers.pairs import (
    e7_pairs,
    grade_pairs,
    lone_flags,
    numbered_pairs,
    with_short_pairs,
)
from analysis.classifiers.pets import PETS_OWN, pets_not_people
from analysis.classifiers.place_lists import place_lists
from analysis.classifiers.polyline import encoded_polylines
from analysis.classifiers.postal import address_lines, with_address_regions
from analysis.classifiers.private_headers import private_header_ids
from analysis.classifiers.profile_match import ProfileMatcher
from analysis.classifiers.purchase import order_details, purchases_only
from analysis.classifiers.questionnaires import questionnaire_answers
from analysis.classifiers.records import other_things, record_readings, servers_not_the_phone
from analysis.classifiers.request_kinds import HOST_KINDS, login_path, oauth_request
from analysis.classifiers.rules import key_rules
from analysis.classifiers.sdk_subjects import device_subjects
from analysis.classifiers.searched import searched_in_events
from analysis.classifiers.series import series_leaf
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.structure_unnamed import unnamed_structures
from analysis.classifiers.this_phone import not_this_phone, paired_devices
from analysis.classifiers.token_subjects import token_subjects
from analysis.classifiers.typed_views import typed_views
from analysis.classifiers.typing_speed import SPEED_RULE, speeds_in_context
from analysis.classifiers.url_ids import url_order_ids
from analysis.classifiers.vendor_ids import vendor_ids
from analysis.classifiers.workouts import workout_measures
from analysis.classifiers.written import message_client_ids, written_text
from analysis.classifiers.written_roles import not_written_by_the_user
from analysis.decoders import Decoded
from analysis.profile import DeviceProfile
from analysis.records import Detector, Finding, Part

log = logging.getLogger(__name__)
OVERRIDES = 0.6  # judge.MIN_CONFIDENCE: below it a finding can make no claim violated
CATEGORY, RULE = operator.attrgetter("category"), operator.attrgetter("rule")
LEAF_KEY = operator.attrgetter("key")
SUBJECT_KINDS = frozenset({"id.user", "id.device", "financial.purchase"})  # (sdk_subjects)
RANK = {Detector.GROUND_TRUTH: 0, Detector.KEY: 1, Detector.VALUE: 2, Detector.STRUCTURE: 3}
CLASSIFIERS: tuple[Classifier, ...] = (keys.CLASSIFIER, value.CLASSIFIER,
                                       structure_exchange.CLASSIFIER)


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    findings = list(findings)
    fields = {(f.part, f.path) for f in findings}
    if len(fields) == len(findings):
        return findings  # one finding per field: nothing to merge or override (the usual case)
    # Parts are keyed as they are: a Part and its string value hash and compare equal.
    best: dict[tuple[str, str, str], tuple[int, float, Finding]] = {}
    strongest: dict[tuple[str, str], int] = {}
    for f in findings:
        rank = RANK[f.detector]
        slot = (f.part, f.path, f.category)
        old = best.get(slot)
        weak = f.confidence < OVERRIDES
        if old is None or (weak, rank, -f.confidence) < (old[1] < OVERRIDES, old[0], -old[1]):
            best[slot] = (rank, f.confidence, f)
        field = (f.part, f.path)
        # only a finding that can decide a verdict overrides the others of its field: a key
        # finding whose value failed its check (0.5) must not hide a 0.8 phone-number shape
        if rank < strongest.get(field, 9) and f.confidence >= OVERRIDES:
            strongest[field] = rank
    out = []
    for rank, _, f in best.values():
        top = strongest.get((f.part, f.path), 9)
        # a ground-truth or key reading of a field overrides weaker readings of the same field;
        # not a photo or a recording found by its file signature, whatever its key says it
        # is for (QA36: a receipt's photo), nor an e-mail address a user logs in with (QA60),
        # nor another pair of a log line (QA107: her name matched in "name='…' dob=…" hid
        # the birth date beside it: a line holds many values), nor a message's text with her
        # number in it (QA144: the text is hers as well as the number)
        weaker = (rank > top and f.detector != Detector.STRUCTURE
                  and f.category not in ("content.media", "content.text")
                  and not (f.category == "contact.email" and login_path(f.path))
                  and not f.evidence.startswith("a log line"))
        if top <= RANK[Detector.KEY] and weaker:
            continue
        out.append(f)
    return out


# What the key and value classifiers said about a leaf, remembered: SDKs send the same fields
# with the same values in every request, and both classifiers are pure functions of the leaf's
# part, path, key names, text and layers (84% of leaves repeat on the evaluation families,
# scripts/bench_analyze.py). Bounded: long values are not kept; emptied when full or reloaded.
FindingFields = tuple[Any, ...]  # a Finding's fields after exchange_id
_MEMO: dict[tuple[Any, ...], tuple[FindingFields | None, FindingFields | None]] = {}
_MEMO_RULES: list[object] = [None]
MAX_MEMO = 200_000
MAX_MEMO_TEXT = 512


def _fields(f: Finding | None) -> FindingFields | None:
    return None if f is None else finding_fields(f)


def leaf_findings(exchange_id: int, decoded: Decoded) -> tuple[list[Finding], list[Finding], str]:
    """The key classifier's and the value classifier's findings, each in leaf order, and how
    they failed on a field, if they did ("" when not)."""
    if _MEMO_RULES[0] is not key_rules():
        _MEMO.clear()
        _MEMO_RULES[0] = key_rules()
    by_key: list[Finding] = []
    by_value: list[Finding] = []
    failure = ""
    key_leaf, value_leaf = keys.CLASSIFIER.leaf, value.CLASSIFIER.leaf
    memo = _MEMO
    leaves = decoded.leaves
    names = {} if kvpairs.VALUE_KEYS_AS_SENT.isdisjoint(map(LEAF_KEY, leaves)) else (
        kvpairs.pair_names(leaves))
    for leaf in leaves:
        if names:
            named = kvpairs.named_leaf(leaf, names)
            if named is not None:
                leaf = named
        slot = None
        if len(leaf.text) <= MAX_MEMO_TEXT:
            slot = (leaf.part, leaf.path, leaf.key, leaf.parent, leaf.text, leaf.layers,
                    leaf.array)
            known = memo.get(slot)
            if known is not None:
                k, v = known
                if k is not None:
                    by_key.append(remake_finding(exchange_id, k))
                if v is not None:
                    by_value.append(remake_finding(exchange_id, v))
                continue
        try:
            kf = (None if not leaf.key else series_leaf(exchange_id, leaf) if leaf.array
                  else key_leaf(exchange_id, leaf))
            vf = value_leaf(exchange_id, leaf)
        except Exception as exc:  # a rule's bug on one odd value costs that value, not the
            # request: its other findings stay, and the request is not fully inspected
            log.exception("key/value classifier failed on %s of exchange %s", leaf.path,
                          exchange_id)
            failure = failure or f"{type(exc).__name__}: {exc}"[:200]
            continue
        if kf is not None:
            by_key.append(kf)
        if vf is not None:
            by_value.append(vf)
        if slot is not None:
            if len(memo) >= MAX_MEMO:
                memo.clear()
            memo[slot] = (_fields(kf), _fields(vf))
    return by_key, by_value, failure


def classify_decoded(exchange_id: int, decoded: Decoded,
                     matcher: ProfileMatcher | None = None) -> list[Finding]:
    found: list[Finding] = []
    if matcher is not None:
        # in a host name only identifiers count: a carrier's or a company's name is the host's
        found += [f for f in matcher.classify(exchange_id, decoded)
                  if f.path != "host" or f.part != Part.URL or f.category in HOST_KINDS]
    by_key, by_value, failure = leaf_findings(exchange_id, decoded)
    # the request-level readings below, each only when a finding it is about is there (two
    # C-level passes over the findings, not a generator per reading)
    cats, rules = set(map(CATEGORY, by_key)), set(map(RULE, by_key))
    if ("key.client-id" in rules or "id.user" in cats) and oauth_request(decoded):
        # an OAuth request's client_id names the application (RFC 6749 §2.2), no device, and
        # so does the subject of its client assertion JWT (RFC 7523 §3)
        by_key = [f for f in by_key if f.rule != "key.client-id"
                  and not f.path.startswith("client_assertion.")]
    if "key.client-id" in rules:
        by_key = message_client_ids(decoded, by_key)
    if SPEED_RULE in rules:
        by_key = speeds_in_context(decoded, by_key)
    written = written_text(exchange_id, decoded, by_key)
    written += searched_in_events(exchange_id, decoded, by_key)
    written += questionnaire_answers(exchange_id, decoded, by_key)
    if written:
        by_key += written
    if "content.text" in cats or "content.contacts" in cats or written:
        by_key = not_written_by_the_user(by_key, decoded)
    by_key = credential_contexts(decoded, by_key) if "secret.credential" in cats else by_key
    if "financial.purchase" in cats:
        by_key = purchases_only(decoded, by_key)
        by_key += order_details(exchange_id, decoded, by_key)
    by_key += paid_amounts(exchange_id, decoded, by_key)
    by_key = paid_events(exchange_id, decoded, by_key)
    by_key = health_readings(exchange_id, decoded, by_key)
    by_key = health_plans(decoded, by_key)
    by_key += icd_diagnoses(exchange_id, decoded, by_key)
    by_key += one_time_codes(exchange_id, decoded, by_key)
    by_key += vendor_ids(exchange_id, decoded, by_key)
    by_key += private_header_ids(exchange_id, decoded, by_key)
    by_key += token_subjects(exchange_id, decoded, by_key + by_value)
    by_key += event_lists(exchange_id, decoded, by_key)
    by_key += workout_measures(exchange_id, decoded, by_key)
    if "contact.name" in cats:
        by_key = app_names(by_key + first_names(exchange_id, decoded, by_key), decoded)
    if cats & CONTACTED:
        by_key += named_beside_contacts(exchange_id, decoded, by_key)
    if cats & CONTACTED or contacts_call(url_words(decoded)):
        by_key = contact_hashes(exchange_id, decoded, by_key)
    by_key = with_address_regions(by_key, address_lines(exchange_id, decoded, by_key),
                                  "key.address" in rules)
    found += by_key
    found = with_short_pairs(found, exchange_id, decoded)
    found += e7_pairs(exchange_id, decoded)
    found += numbered_pairs(exchange_id, decoded)
    found += url_order_ids(exchange_id, decoded)
    found += encoded_polylines(exchange_id, decoded)
    found = with_documents(found, exchange_id, decoded)
    found += typed_views(exchange_id, decoded)
    found += cards_in_context(decoded, by_value)  # (a card beside its expiry date)
    found += sensitive_targeting(exchange_id, decoded)
    found += structure_exchange.CLASSIFIER.classify(exchange_id, decoded)
    found += unnamed_structures(exchange_id, decoded, found)  # (by shape alone, any words)
    found = servers_not_the_phone(record_readings(exchange_id, decoded, found), decoded)
    found = other_things(found) + package_lists(exchange_id, decoded, found)
    found = place_lists(others_records(found, decoded), decoded)
    late = set(map(CATEGORY, found))
    found = device_subjects(decoded, found) if late & SUBJECT_KINDS else found
    if late & PETS_OWN:
        found = pets_not_people(found, decoded)
    if "health.fitness" in late:
        found = tempo_not_heart(garments_not_bodies(found, decoded), decoded)
    found = media_subjects(exchange_id, decoded, found)
    found += own_sentences(exchange_id, decoded, found)  # (below a verdict: own_sentences)
    found = late_readings(exchange_id, decoded, found)  # (a logged bearer, an address book...)
    out = dedupe(grade_pairs(lone_flags(found)))
    out = paired_devices(not_this_phone(out, matcher.profile) if matcher is not None else out,
                         decoded)
    if failure:
        out = PartlyClassified(out)
        out.failure = failure
    return out


_MATCHERS: dict[int, tuple[DeviceProfile, ProfileMatcher]] = {}


def matcher_for(profile: DeviceProfile | None) -> ProfileMatcher | None:
    """The compiled matcher of a profile, built once per profile object."""
    if profile is None:
        return None
    cached = _MATCHERS.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    matcher = ProfileMatcher(profile)
    if len(_MATCHERS) > 8:
        _MATCHERS.clear()
    _MATCHERS[id(profile)] = (profile, matcher)
    return matcher


__all__ = ["CLASSIFIERS", "ProfileMatcher", "classify_decoded", "dedupe", "leaf_findings",
           "matcher_for"]
