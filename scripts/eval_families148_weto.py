"""A family land-parcel lease-records app "Wetoro" (a ``weto`` is a land parcel; her husband's
lineage holds one on Arno, leased in part to a pearl farm and a guesthouse, and she keeps the
family's records). New to the evaluation (a grep of ``scripts/`` found no customary-land or lease
records app; set 135's allotment and set 132's plantation are farms, not leases). Calls: sign-up
(her national ID, her husband as lineage member), a log-in by OAuth password grant, ``/me`` with a
JWT, the parcel's boundary, its survey photo, the lineage members she types (names, phones,
shares), a lease, the lessee's payment received, the distribution of shares (msgpack), her share
paid to her bank, a walk of the boundary (gzip JSON array), a dispute note, the lease document
(PDF), a search of the registry, a meeting with the senior member, statements by parcel in the
path, a cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families148_kit import (
    ALAP,
    HUSBAND,
    LEASE,
    MAJ_HOME_AT,
    MH_ACCOUNT,
    NATIONAL_ID,
    PDF,
    SIS_IN_LAW,
    WETO,
    WETO_ID,
    hd,
    push,
)
from eval_families148_sdk import sb_batch, sb_identify, tp_event, tp_launch
from eval_families148_svc import cg_save, fa_eval, hf_attach, ms_reverse, ms_telemetry, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("wetoro", "Wetoro", "com.example.wetoro", "1.2.7", "https://api.wetoro.example.net")
IID = "X-Wetoro-Device"
NID = "personal.national_id"
PW = "ArnoWeto118!"
KEEPER = "WT-K-2207"  # her record-keeper account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wetoro() -> list[Case]:
    rng = random.Random(14871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, keeper=L(KEEPER, UID), phone=L(E164, TEL)))}
    walk = [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1765480000 + 60 * i}
            for i, (la, lo) in enumerate(WETO)]
    stm = at_path(case(f, f"{a}/v1/keepers/{KEEPER}/statements", headers=_h(rng, **b),
                       query={"parcel": WETO_ID}), KEEPER, UID)
    return [
        case(f, f"{a}/v1/keepers", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "ssn": L(NATIONAL_ID, NID), "dob": L(DOB, BIRTH),
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "atoll": L("Arno", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL.upper(), MAIL),
            "password": L(PW, CRED), "client_id": "wetoro-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/parcels", headers=_h(rng, **b), body={
            "parcel": WETO_ID, "atoll": L("Arno", COARSE), "islet": L("Ine", COARSE),
            "boundary": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in WETO],
            "acres": 2.6, "keeper": L(KEEPER, UID)}),
        multipart(f, f"{a}/v1/parcels/{WETO_ID}/survey", [
            ("photo", "survey.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA)),
            ("meta", None, "application/json", {"surveyor": "MLA-S-17", "year": 1998})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/parcels/{WETO_ID}/members", headers=_h(rng, **b), body={
            "members": [{"name": L(ALAP[0], NAMEC), "phone": L(ALAP[1], TEL), "share": 0.4,
                         "role": "senior"},
                        {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                         "share": 0.3},
                        {"name": L(SIS_IN_LAW[0], NAMEC), "phone": L(SIS_IN_LAW[1], TEL),
                         "share": 0.3}]}),
        case(f, f"{a}/v1/leases", headers=_h(rng, **b), body={
            "parcel": WETO_ID, "lessee": "Ine Pearl Farm", "lesseePhone": "+6926257001",
            "annual": L(2400.0, BUY), "from": "2026-01-01", "years": 5,
            "lease": L(LEASE, BUY)}),
        case(f, f"{a}/v1/leases/{LEASE}/payments", headers=_h(rng, **b), body={
            "amount": L(1200.0, BUY), "received": "2026-01-05", "method": "bank"}),
        case(f, f"{a}/v1/distributions", fmt="msgpack", headers=_h(rng, **b), body={
            "lease": L(LEASE, BUY), "keeper": L(KEEPER, UID),
            "shares": [[L(ALAP[0], NAMEC), 480.0], [L(HUSBAND[0], NAMEC), 360.0],
                       [L(SIS_IN_LAW[0], NAMEC), 360.0]]}),
        case(f, f"{a}/v1/payouts", fmt="form", headers=_h(rng, **b), body={
            "account": L(MH_ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "amount": L("360.00", BUY), "lease": L(LEASE, BUY)}),
        case(f, f"{a}/v1/parcels/{WETO_ID}/walk", gz=True, headers=_h(rng, **b), body=walk),
        case(f, f"{a}/v1/parcels/{WETO_ID}/notes", headers=_h(rng, **b), body={
            "kind": "dispute", "text": L(
                "Kilon says the guesthouse fence is 10 m inside our line near the well",
                f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/leases/{LEASE}/document", [
            ("file", "lease.pdf", "application/pdf", L(PDF, f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"pages": 6, "signed": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/registry/search", headers=_h(rng, **b), query={
            "q": L("Ine islet Arno parcels", SEARCH)}),
        case(f, f"{a}/v1/meetings", headers=_h(rng, **b), body={
            "with": {"name": L(ALAP[0], NAMEC), "phone": L(ALAP[1], TEL)},
            "at": "2026-01-12T16:00:00+12:00", "where": "Laura", "topic": "fence"}),
        stm,
        case(f, f"{a}/v1/records", headers=_h(rng, how="none"),
             cookies={"wt_sess": L(opaque(rng, "", 40), CRED), "wt_dev": L(INSTALL_ID, DID),
                      "wt_pref": W({"keeper": L(KEEPER, UID), "atoll": L("Arno", COARSE)},
                                   "b64json")}),
        case(f, f"{a}/v1/keepers/me", headers=_h(rng, **b), body={
            "keeper": L(KEEPER, UID), "address": L("Lot 22 Lojjaim Road", "contact.address"),
            "town": L("Majuro", COARSE), "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("lease_added", 1), ev("payout_requested", 2),
                ev("screen", 3, screen=L("Parcel", USAGE))]}),
        case(f, f"{a}/v1/config", headers=_h(rng, **b), query={"v": APP.ver,
                                                            "tz": L("Pacific/Majuro", DEV)}),
    ]


def wetoro_sdks() -> list[Case]:
    rng = random.Random(14872)
    return [
        sb_batch(APP, rng, [("Lease Added", {"annual": L(2400.0, BUY)}),
                            ("Parcel Viewed", {})], at=MAJ_HOME_AT, nd=2),
        sb_identify(APP, rng, {"email": L(EMAIL, MAIL), "atoll": L("Arno", COARSE)}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "payout_requested", {"lease": L(LEASE, BUY)}, revenue=360.0),
        fa_eval(APP, rng, {"atoll": L("Arno", COARSE)}),
        ps_register(APP, rng, at=WETO[0], nd=2),
        cg_save(APP, rng, {"analytics": True, "ads": False}),
        ms_reverse(APP, rng, WETO[1], PRECISE, 6),
        ms_telemetry(APP, rng, [WETO[2], WETO[3]], PRECISE),
        hf_attach(APP, rng, L(PDF, f"{MEDIA}|{BUY}"), "lease_scan.pdf", "application/pdf"),
    ]
