"""A flying-coach (Hiace van) seat app "Flying Swat" (Peshawar's Haji Camp stand to Mingora by the
Swat motorway; women's front seats; the passenger manifest the checkpoints ask for): its API's
keys are Pashto in Latin letters with English (``seat``, ``booking``, ``cnic``): ``noom`` name,
``mobile`` mobile, ``brekhnalik`` e-mail, ``patnoom`` password, ``jins`` sex, ``pezhandpana`` ID
card, ``safar`` trip, ``la`` / ``ta`` from / to, ``neta`` date, ``tikat`` ticket, ``musafirin``
passengers, ``zanana`` women's, ``umar`` age, ``b_form`` a child's registration number,
``da_mera_noom`` husband's name, ``kor_pata`` home address, ``manzil`` destination, ``adda`` van
stand, ``rasedal`` arrival, ``parsal`` parcel, ``lezhunkay`` / ``akhistunkay`` sender /
receiver, ``tafseel`` contents, ``wazan`` weight, ``paise`` amount, ``tol_paise`` total,
``adaygi`` payment, ``tabsira`` remark, ``shikayat`` complaint, ``latun`` search, ``gharunkay``
the person shared with, ``pekhe`` events: sign-up, log-in, ``/zama``, trips, seats, the booking
for the three of them (her card, her husband's CNIC, their son's B-form), the payment by wallet,
the checkpoint manifest, the stand check-in, a protobuf live-trip beat, the stop near her, a
parcel to her mother-in-law, the ticket by number in the path, a review, a complaint, the trip
shared with her husband, a search, cached tickets (msgpack), points by cookie, push, events
(gzip) and a log-out. Bus and van apps exist (sets 102, 140, 147); this one is the KP flying
coach with the police manifest of identity cards and a parcel desk, not a city bus or trotro."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    ADDA_FIX,
    ADDA_MGR,
    ADDA_PSH,
    CHECKPOST,
    HUSBAND,
    HUSBAND_CNIC,
    MOTHER_IL,
    PASSPORT,
    PK_HOME,
    POC,
    ROAD_FIX,
    SON,
    SWAT_HOUSE_AT,
    TICKET,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families176_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families176_svc import cl_wallet, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("flyingswat", "Flying Swat", "com.example.flyingswat", "5.0.2",
          "https://api.flyingswat.example.com")
IID = "X-FS-Device"
PW = "Malakand#Van26"
NID = "personal.national_id"
WAL = f"{TEL}|{PAY}"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def flyingswat() -> list[Case]:
    rng = random.Random(17631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobile=L(E164, TEL), pezhandpana=L(POC, NID)))}
    ala, alo = fix(ADDA_FIX)
    trip = obj(rng, "sf")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TICKET, BUY)), (2, trip), (3, 1768560000),
               (4, [(1, L(ROAD_FIX[0], PRECISE)), (2, L(ROAD_FIX[1], PRECISE)), (3, 96.0)]),
               (5, L(47, DEV))], "", lab)
    tkt = at_path(case(f, f"{a}/v2/tikat/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v2/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "brekhnalik": L(EMAIL, MAIL), "patnoom": L(PW, CRED), "jins": L("khaza", GENDER),
            "pezhandpana": {"dol": "POC", "shmera": L(POC, NID)}}),
        case(f, f"{a}/v2/nanawatal", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "patnoom": L(PW, CRED), "aala": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/safarona", headers=_h(rng, **b), query={
            "la": L("Peshawar", COARSE), "ta": L("Mingora", COARSE), "neta": "2026-01-16"}),
        case(f, f"{a}/v2/safar/{trip}/seatona", headers=_h(rng, **b)),
        case(f, f"{a}/v2/booking", headers=_h(rng, **b), body={
            "safar": trip, "tikat": L(TICKET, BUY), "seatona": ["1", "2", "3"], "zanana": True,
            "musafirin": [
                {"noom": L(f"{FIRST} {LAST}", NAMEC), "cnic": L(POC, NID)},
                {"noom": L(HUSBAND[0], NAMEC), "cnic": L(HUSBAND_CNIC, NID)},
                {"noom": L(KID, NAMEC), "umar": L(3, BIRTH), "b_form": L(SON["bform"], NID)}],
            "tol_paise": L(3300, BUY)}),
        case(f, f"{a}/v2/adaygi", fmt="form", headers=_h(rng, **b), body={
            "tikat": L(TICKET, BUY), "paise": L("3300", BUY), "sikka": "PKR",
            "wallet_shmera": L(WALLET, WAL)}),
        case(f, f"{a}/v2/manifest", headers=_h(rng, **b), body={
            "tikat": L(TICKET, BUY), "checkpost": CHECKPOST["id"],
            "musafir": {"noom": L(f"{FIRST} {LAST}", NAMEC), "cnic": L(POC, NID),
                        "da_mera_noom": L(HUSBAND[0], NAMEC),
                        "kor_pata": L(PK_HOME["line"], ADDR), "khar": L(PK_HOME["town"], COARSE),
                        "manzil": L("Charbagh, Swat", COARSE)},
            "passport": L(PASSPORT, NID)}),
        case(f, f"{a}/v2/adda/rasedal", headers=_h(rng, **b), body={
            "tikat": L(TICKET, BUY), "dzay": {"lat": ala, "lng": alo, "sahi": 12},
            "adda": {"id": ADDA_PSH["id"], "lat": ADDA_PSH["lat"], "lng": ADDA_PSH["lon"]}}),
        raw(f, f"{a}/v2/safar/zhwandai", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/safar/{trip}/tamzay", headers=_h(rng, **b), query={
            "lat": L(f"{ROAD_FIX[0]:.4f}", PRECISE), "lng": L(f"{ROAD_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v2/parsal", headers=_h(rng, **b), body={
            "lezhunkay": {"noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(NATIONAL, TEL)},
            "akhistunkay": {"noom": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL),
                            "kalay": L("Charbagh", COARSE)},
            "tafseel": L("Da Aimal jame ao da mor da dre miashto dawa", TEXT),
            "wazan": 4.5, "paise": L(600, BUY), "adda": ADDA_MGR["id"]}),
        tkt,
        case(f, f"{a}/v2/tabsira", headers=_h(rng, **b), body={
            "safar": trip, "rating": 4,
            "tabsira": L("Driver kha wo, kho AC kharab wo ao Malakand ke der wakht wadrede", TEXT)}),
        case(f, f"{a}/v2/shikayat", fmt="form", headers=_h(rng, **b), body={
            "safar": trip, "dol": "driver",
            "matan": L("Driver pa motorway telefun ta khabare kawale", TEXT)}),
        case(f, f"{a}/v2/safar/share", headers=_h(rng, **b), body={
            "tikat": L(TICKET, BUY), "gharunkay": {"noom": L(HUSBAND[0], NAMEC),
                                                   "mobile": L(HUSBAND[1], TEL)},
            "link_ttl": 7200}),
        case(f, f"{a}/v2/latun", headers=_h(rng, **b), query={
            "q": L("Mingora na Kalam ta van", SEARCH)}),
        case(f, f"{a}/v2/offline/tikatuna", fmt="msgpack", headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "tikatuna": [
                {"tikat": L(TICKET, BUY), "seat": "1", "qr": opaque(rng, "qr", 16)},
                {"tikat": L("FS-2512-39004", BUY), "seat": "2", "qr": opaque(rng, "qr", 16)}]}),
        case(f, f"{a}/v2/points", headers=_h(rng, how="none"), cookies={
            "fs_sesia": L(opaque(rng, "", 40), CRED), "fs_aala": L(INSTALL_ID, DID),
            "fs_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pekhe", gz=True, headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "pekhe": [
                ev("booking", 1, tol=L(3300, BUY)), ev("screen", 2, screen=L("ZhwandaiSafar",
                                                                          USAGE))]}),
        case(f, f"{a}/v2/watal", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aala": L(INSTALL_ID, DID),
            "brekhnalik": L(EMAIL_UPPER, MAIL)}),
    ]


def flyingswat_sdks() -> list[Case]:
    rng = random.Random(17632)
    link = U("https://flyingswat.example.com/t", {"tikat": L(TICKET, BUY), "ref": "sms",
                                                  "m": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Seats Booked", {"total": L(3300, BUY)}),
                            ("Trip Live", {"route": "psh-mgr"})], at=ADDA_FIX, nd=3),
        mc_queue(APP, rng, [("Checkpoint Passed", {"cp": CHECKPOST["id"]}), ("Arrived", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"tikat": L(TICKET, BUY)}, revenue=3300.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ROAD_FIX, nd=2,
               keywords="travel,swat,kalam"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1730),
        cl_wallet(APP, rng, "3300", L(WALLET, WAL)),
        mm_reverse(APP, rng, ROAD_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(ADDA_FIX, PRECISE), ((ADDA_MGR["lat"], ADDA_MGR["lon"]), None),
                            (SWAT_HOUSE_AT, PRECISE)]),
        mm_telemetry(APP, rng, [ROAD_FIX, ADDA_FIX], PRECISE),
    ]
