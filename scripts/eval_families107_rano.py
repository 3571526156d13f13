"""Rice-field irrigation water-turn app "Ranodrano" (the water users' association of a canal at
Ambohidratrimo, where the family's rice field is): log-in, the field's parcel, this week's turns,
a swap with a neighbour, the gate opened and closed at the field (a protobuf fix), a water level
photo, dues paid, a dispute, the association's meeting, a flood alert, push, events, a cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families107_kit import CANAL, FIELD_AT, MG_PHONE, PARCEL, VADY, fix, obj
from eval_families107_sdk import ck_session, ly_batch, ly_pixel, sf_launch
from eval_families107_svc import fr_eval, mz_reverse, mz_telemetry, pf_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ranodrano", "Ranodrano", "mg.example.ranodrano", "1.4.3",
          "https://api.ranodrano.example.net")
IID = "X-Rano-Device"
NEIGHBOUR = ("Ravao Andrianina", "+261347710258")  # a neighbour she swaps a turn with


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def ranodrano() -> list[Case]:
    rng = random.Random(10751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, parcel=PARCEL))}
    fla, flo = fix(FIELD_AT, 5)
    lab: dict[str, str] = {}
    gate = pb([(1, L(USER_ID, UID)), (2, CANAL["gate"]), (3, 1),
               (4, [(1, L(round(FIELD_AT[0], 6), PRECISE)),
                    (2, L(round(FIELD_AT[1], 6), PRECISE))]),
               (5, 1765351800), (6, 14)], "", lab)
    turn = obj(rng, "turn", 8)
    return [
        case(f, f"{a}/v1/auth/otp", headers=_h(rng), body={"msisdn": L(MG_PHONE, TEL)}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "msisdn": L(MG_PHONE, TEL), "otp": L("330917", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/parcels", headers=_h(rng, **b), body={
            "parcel": PARCEL, "canal": CANAL["id"], "area_are": 18,
            "holder": L(VADY[0], NAMEC), "user": L(FIRST, NAMEC),
            "centre": {"lat": fla, "lon": flo}}),
        case(f, f"{a}/v1/turns", headers=_h(rng, **b), query={
            "canal": CANAL["id"], "week": "2025-W51"}),
        case(f, f"{a}/v1/turns/{turn}/swap", headers=_h(rng, **b), body={
            "with": {"name": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL)},
            "reason": L("Handeha hiasa any Antananarivo aho ny alarobia", TEXT)}),
        raw(f, f"{a}/v1/gates/{CANAL['gate']}/events", gate, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/levels", [
            ("photo", "rano.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("reading", None, "application/json", {"parcel": PARCEL, "cm": 7,
                                                   "lat": fla, "lon": flo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "season": "2025-26", "amount": L("36000", BUY), "wallet": L(MG_PHONE, TEL),
            "receipt": L("RD-26-0114", BUY)}),
        case(f, f"{a}/v1/disputes", headers=_h(rng, **b), body={
            "turn": turn, "against_parcel": "AMB-C3-P117",
            "text": L("Nakatona aloha ny vavahady talohan'ny fotoanako", TEXT)}),
        case(f, f"{a}/v1/meetings/mt_77/rsvp", headers=_h(rng, **b), body={
            "coming": True, "proxy": L(VADY[0], NAMEC)}),
        case(f, f"{a}/v1/alerts/flood", headers=_h(rng, **b), body={
            "canal": CANAL["id"], "gate_pos": {"lat": CANAL["lat"], "lon": CANAL["lon"]},
            "at": {"lat": L(f"{FIELD_AT[0]:.4f}", PRECISE), "lon": L(f"{FIELD_AT[1]:.4f}",
                                                                    PRECISE)},
            "level": "high"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_AT[0]:.2f}", COARSE), "lon": L(f"{FIELD_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("turn_viewed", 1), ev("gate_opened", 2),
                                               ev("screen", 3, s=L("Turns", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), cookies={
            "rd_sess": L(opaque(rng, "", 40), CRED), "rd_req": rid(rng)}),
    ]


def ranodrano_sdks() -> list[Case]:
    rng = random.Random(10752)
    return [
        ly_batch(APP, rng, [("Gate Opened", {"gate": CANAL["gate"]}),
                            ("Screen", {"name": L("Turns", USAGE)})], at=FIELD_AT, nd=3),
        ly_pixel(APP, rng, "Turn Viewed", {"week": "W51"}),
        sf_launch(APP, rng, first=True),
        ck_session(APP, rng, secs=95),
        fr_eval(APP, rng, {"canal": CANAL["id"]}),
        pf_register(APP, rng, lang="mg", tags={"canal": CANAL["id"]}),
        mz_reverse(APP, rng, FIELD_AT, PRECISE, nd=4),
        mz_telemetry(APP, rng, [(-18.826492, 47.437881), (-18.826531, 47.437955)], PRECISE),
    ]
