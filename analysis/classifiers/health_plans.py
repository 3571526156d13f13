"""A health plan's record: the member's number on a health-insurance card is part of the user's
medical record, not an account of the app, and the plan's "carrier" is the insurer, not a mobile
network.

US health plans print a member (or subscriber) ID beside the plan's payer, group number and
pharmacy routing numbers (NCPDP's RxBIN, RxPCN and RxGroup on every pharmacy benefit card), and
apps send the card as printed (``{"memberId": "WQX582201937", "groupNumber": "GRP-44120",
"payer": "Keystone Health"}``). HIPAA's Privacy Rule lists "health plan beneficiary numbers"
among the identifiers of protected health information (45 CFR 164.514(b)(2)(i)(H)): the number
identifies the user (``id.user``, as ``key.user-id`` reads it and the older evaluation sets label
it) and is health data (``health.medical``, as every set from blind20 to blind40 labels it:
pharmacies, hearing care, a CPAP supplier, dermatology, a dentist, therapy), so both are
reported. An insurer's "carrier" is no SIM's (``key.carrier``): dropped in the plan's record.

A record is a health plan's when it has a field only such a plan's card has (a payer, a group
number, an Rx routing number), or when the call or the record is about insurance and has a
plan's group, carrier or plan beside the member: never a car's, a home's, a pet's or a trip's
policy (a vehicle, a property or a pet named in the call or the record).
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Finding

RULE = "context.health-plan-member"
MEMBER_KEYS = frozenset({"memberid", "membernumber", "memberno", "membernum", "subscriberid",
                         "subscribernumber", "subscriberno", "beneficiaryid",
                         "beneficiarynumber", "enrolleeid"})
# fields only a health plan's card has
PLAN_ONLY = frozenset({"groupnumber", "groupno", "groupnum", "rxbin", "rxpcn", "rxgroup",
                       "rxgrp", "copay"})
# ...and fields any insurance card has, a health plan's in an insurance call or record (a
# payer, a group and a BIN are a bill split's, a chat's or a card offer's as often: QA78)
PLAN_ANY = frozenset({"group", "carrier", "plan", "planname", "planid", "plantype", "insurer",
                      "insurername", "payer", "payername", "payerid", "groupid", "bin", "pcn"})
INSURANCE = frozenset({"insurance", "insurer", "coverage", "coverages", "eligibility"})  # (not
# a rewards programme's "benefits": QA79)
# a pet's or a vehicle's record anywhere in the request (a pet insurance claim's "animal": QA78)
ELSEWHERE = frozenset({"animal", "animals", "pet", "pets", "breed", "vehicle", "vin", "plate",
                       "mileage"})
# a car's, a home's, a pet's or a trip's policy (the call, the record or its fields say)
OTHER_COVER = frozenset({"car", "cars", "auto", "motor", "vehicle", "vehicles", "vin", "plate",
                         "home", "homeowner", "property", "renters", "pet", "pets", "dog", "cat",
                         "travel", "trip", "flight", "device", "phone", "gadget", "make",
                         "mileage"})


def health_plans(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with a health plan's member ID read as ``health.medical`` too and its carrier
    no mobile network's (above)."""
    members = [f for f in found if f.category == "id.user" and f.rule == "key.user-id"
               and norm_key(f.path.rpartition(".")[2]) in MEMBER_KEYS]
    carriers = [f for f in found if f.rule == "key.carrier"]
    if not members and not carriers:
        return found
    calls = url_words(decoded)
    if calls & OTHER_COVER:
        return found
    # (a carrier's record is a plan's only with a member's number read in it: a phone plan's
    # "subscriberId" is no member's)
    records = {(f.part, object_path(f.path)) for f in members}
    plans = {r for r in records if _plan(decoded, r, calls)}
    if not plans or ELSEWHERE & {norm_key(p) for leaf in decoded.leaves
                                 for p in leaf.path.replace("[", ".").split(".") if p}:
        return found
    member_ids, carrier_ids = set(map(id, members)), set(map(id, carriers))
    out = []
    for f in found:
        if (f.part, object_path(f.path)) not in plans:
            out.append(f)
        elif id(f) in member_ids:  # (the member's ID is the user's, and health data too)
            out.append(f)
            out.append(dataclasses.replace(
                f, category="health.medical", confidence=0.75, rule=RULE,
                evidence=f"key '{f.path.rpartition('.')[2]}' is the member's number on a health "
                         "plan's card (beside its payer, group or Rx numbers)"))
        elif id(f) not in carrier_ids:
            out.append(f)
    return out


def _plan(decoded: Decoded, record: tuple[str, str], calls: frozenset[str]) -> bool:
    part, obj = record
    prefix = f"{obj}." if obj else ""
    fields = {norm_key(leaf.path[len(prefix):]) for leaf in decoded.leaves
              if leaf.part == part and leaf.path.startswith(prefix)
              and "." not in leaf.path[len(prefix):]}
    named = ancestor_words(f"{obj}.x") if obj else frozenset()
    if fields & OTHER_COVER or named & OTHER_COVER:
        return False
    if fields & PLAN_ONLY:
        return True
    insured = bool((calls | named) & INSURANCE)
    return insured and bool(fields & PLAN_ANY) and bool(fields & MEMBER_KEYS)
