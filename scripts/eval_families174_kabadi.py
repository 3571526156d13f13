"""Doorstep scrap-pickup app "Kabadi Ghara" (she sells the household's old newspapers, bottles,
iron and an old phone to a Rasulgarh depot's collectors, paid by UPI; keys Odia in Latin letters:
``kabadi`` scrap, ``jinisa`` item, ``kagaja`` paper, ``loha`` iron, ``botala`` bottle,
``ojana`` weight, ``dara`` rate, ``anumanika`` estimated, ``mota`` total, ``uthaiba`` pickup,
``samaya`` time, ``ghara`` home, ``sahi`` lane, ``sahara`` city, ``avasthiti`` position,
``sanketa`` code, ``tippani`` remark, ``mata`` review, ``bandhu`` friend, ``radda`` cancel,
``purana_phone`` old phone, ``sabuja_ank`` green points, ``paisa`` money): sign-up (form), an
SMS code, ``/mo``, the rates for her city, a pickup booked at her gate (home pin and a remark),
slots, the collector's live position, the handover code at the gate with her fix, the weighing
(msgpack), the payout to her UPI ID, a photo of the heap, an e-waste hand-over (her old phone's
IMEI), a friend referred, her home pin moved (protobuf), green points by cookie, a search, a
review, a cancelled second pickup, the receipt, push and events. No earlier set has a scrap or
kabadi pickup app (a docstring grep for kabadi, recycl and scrap found only a council's bins,
a scooter and a motor-parts app)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families174_kit import DEPOT, GATE_FIX, HOME, HOME_AT, UPI, fix, hd, obj, push
from eval_families174_sdk import (
    bg_bid,
    bg_notice,
    bh_session,
    ch_event,
    ch_launch,
    ch_link,
    gn_batch,
    gn_pixel,
)
from eval_families174_svc import mn_reverse, mn_telemetry, sd_message, tp_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kabadighara", "Kabadi Ghara", "com.example.kabadighara", "1.3.8",
          "https://api.kabadighara.example.com")
IID = "X-KG-Yantra"
OLD_IMEI = "353910084728131"  # her old phone's IMEI (Luhn-valid; id.hardware)
FRIEND = ("Madhusmita Panda", "+919778214460")  # a neighbour she refers (typed: contact.*)
HW = "id.hardware"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, od=True, **kw)


def kabadighara() -> list[Case]:
    rng = random.Random(17451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobile=L(E164, TEL)))}
    gla, glo = fix(GATE_FIX)
    pick = obj(rng, "up")
    lab: dict[str, str] = {}
    pin = pb([(1, L(USER_ID, UID)), (2, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)),
                                         (3, 6.0)]), (3, 1768650000)], "", lab)
    return [
        case(f, f"{a}/v1/panjikarana", fmt="form", headers=_h(rng), body={
            "nama": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "sahi": L(HOME["line"], ADDR), "sahara": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "email": L(EMAIL, "contact.email")}),
        case(f, f"{a}/v1/sanketa", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "sanketa": L("904172", CRED)}),
        case(f, f"{a}/v1/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dara", headers=_h(rng, **b), query={
            "sahara": L("Bhubaneswar", COARSE), "depot": DEPOT["id"]}),
        case(f, f"{a}/v1/uthaiba", headers=_h(rng, **b), body={
            "uthaiba": pick, "samaya": "2026-01-17T10:00",
            "ghara": {"sahi": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE),
                      "akshansa": L(HOME_AT[0], PRECISE), "dragimansa": L(HOME_AT[1], PRECISE)},
            "jinisa": [{"prakara": "kagaja", "anumanika_kg": 25},
                       {"prakara": "loha", "anumanika_kg": 8},
                       {"prakara": "botala", "sankhya": 30}],
            "tippani": L("Gate pakhare kukura achhi, asile phone karantu", TEXT)}),
        case(f, f"{a}/v1/uthaiba/slot", headers=_h(rng, **b), query={
            "pin": L(HOME["pin"], COARSE), "tarikha": "2026-01-17"}),
        case(f, f"{a}/v1/uthaiba/{pick}/sangrahaka", headers=_h(rng, **b)),
        case(f, f"{a}/v1/uthaiba/{pick}/hastantara", headers=_h(rng, **b), body={
            "sanketa": L("7741", CRED), "avasthiti": {"lat": gla, "lng": glo, "acc": 7},
            "sangrahaka": "col_0413"}),
        case(f, f"{a}/v1/uthaiba/{pick}/ojana", fmt="msgpack", headers=_h(rng, **b), body={
            "jinisa": [{"prakara": "kagaja", "kg": 23.6, "dara": 14},
                       {"prakara": "loha", "kg": 7.2, "dara": 30},
                       {"prakara": "botala", "sankhya": 28, "dara": 2}],
            "mota": L(602.4, BUY), "byabaharakari": L(USER_ID, UID)}),
        case(f, f"{a}/v1/paisa/upi", fmt="form", headers=_h(rng, **b), body={
            "uthaiba": pick, "upi_id": L(UPI, PAY), "rashi": L("602.40", BUY)}),
        multipart(f, f"{a}/v1/uthaiba/{pick}/photo", [
            ("photo", "kabadi_gada.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"uthaiba": pick, "jinisa": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/e-kabadi", headers=_h(rng, **b), body={
            "purana_phone": {"imei": L(OLD_IMEI, HW), "model": "Moto G5", "barsha": 2017},
            "data_lopa": True, "mulya": L(350, BUY)}),
        case(f, f"{a}/v1/bandhu", headers=_h(rng, **b), body={
            "nama": L(FRIEND[0], NAMEC), "mobile": L(FRIEND[1], TEL),
            "code": opaque(rng, "KGREF", 6)}),
        raw(f, f"{a}/v1/ghara/pin", pin, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/sabuja_ank", headers=_h(rng, how="none"), cookies={
            "kg_sesana": L(opaque(rng, "", 40), CRED), "kg_yantra": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        case(f, f"{a}/v1/khoja", headers=_h(rng, **b), query={
            "q": L("purana fridge bikri dara", SEARCH)}),
        case(f, f"{a}/v1/mata", fmt="form", headers=_h(rng, **b), body={
            "uthaiba": pick, "tara": "4",
            "tippani": L("Ojana thik, kintu 40 minit deri re asile", TEXT)}),
        case(f, f"{a}/v1/uthaiba/{obj(rng, 'up')}/radda", fmt="form", headers=_h(rng, **b), body={
            "karana": L("Ama ghare keha nahanti sei dina", TEXT)}),
        case(f, f"{a}/v1/rasida", headers=_h(rng, **b), query={"uthaiba": pick}),
        case(f, f"{a}/v1/depot/{DEPOT['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/bahari", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("uthaiba_booked", 1), ev("screen", 2, screen=L("Ojana", USAGE)),
                ev("paisa_paila", 3, rashi=L(602.4, BUY))]}),
    ]


def kabadighara_sdks() -> list[Case]:
    rng = random.Random(17452)
    link = U("https://kabadighara.example.com/r", {"ref": "KGREF4412",
                                                    "mob": L(E164, TEL), "src": "whatsapp"})
    return [
        gn_batch(APP, rng, [("Pickup Booked", {"items": 3}),
                            ("Payout Received", {"amount": L(602.4, BUY)})],
                 at=GATE_FIX, nd=3, locale="or_IN"),
        gn_pixel(APP, rng, "Rates Opened", {"depot": DEPOT["id"]}),
        ch_launch(APP, rng, first=True),
        ch_link(APP, rng, link),
        ch_event(APP, rng, "sale", {"uthaiba": "first"}, revenue=602.4, hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="scrap,recycle,home"),
        bg_notice(APP, rng, "imp"),
        bh_session(APP, rng, secs=318),
        tp_upi(APP, rng, "602.40", payout=True),
        mn_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mn_telemetry(APP, rng, [GATE_FIX, HOME_AT], PRECISE),
        sd_message(APP, rng, L("Payout 602.40 asini, UPI janedoe91@okexample", f"{TEXT}|{PAY}"),
                   {"sahara": L("Bhubaneswar", COARSE)}),
    ]
