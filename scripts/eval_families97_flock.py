"""Sheep-farm flock register "Praiddlyfr" (she keeps fourteen Welsh Mountain ewes on a rented
smallholding at Llanfabon and is its registered keeper): registration with the holding number,
flock mark and the holding's address and point, a log-in, ``/me``, the land parcels, the annual
inventory, an ear-tag order delivered to her Cardiff home, a movement licence to the mart,
lambing (msgpack), her walk round the field (gzip), pairing the tag reader and its reads
(protobuf, with her fix), a medicine record, a lame ewe's photo, a fallen-stock collection, the
weather by rounded position, a vet request, a wool sale and its payout account, marts near the
holding, a note, push, events and the register by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families97_kit import (
    CPH,
    CY_LINE_EN,
    CY_POSTCODE,
    FLOCK_MARK,
    HOLDING,
    HOLDING_AT,
    MART,
    READER,
    SORT_CODE,
    UK_ACCT,
    VET,
    tags,
    walk,
)
from eval_families97_sdk import (
    cy_batch,
    gw_crash,
    gw_crumb,
    hb_bid,
    hb_notice,
    td_event,
    td_session,
)
from eval_families97_svc import bn_eval, pw_register, tm_card, tm_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("praiddlyfr", "Praiddlyfr", "com.example.praiddlyfr", "3.2.7",
          "https://api.praiddlyfr.example.com")
IID = "X-Praidd-Install"
PW = "Defaid-Mynydd-14"
EWES = tags(random.Random(9740), 6)  # her ewes' tags (the animals': negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def praiddlyfr() -> list[Case]:
    rng = random.Random(9741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cph=L(CPH, UID)))}
    la, lo = fix(HOLDING_AT, 5)
    lab: dict[str, str] = {}
    read = pb([(1, L(USER_ID, UID)), (2, READER["serial"]),
               (3, [(1, L(51.628877, PRECISE)), (2, L(-3.295512, PRECISE))]),
               (4, EWES[2]), (5, 1765371302)], "", lab)
    return [
        case(f, f"{a}/v1/keepers", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "cph": L(CPH, UID), "flockMark": L(FLOCK_MARK, UID),
            "holding": {"line": L(HOLDING["line"], ADDR), "town": L(HOLDING["town"], COARSE),
                        "postcode": L(HOLDING["postcode"], COARSE), "lat": la, "lon": lo},
            "species": ["sheep"]}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/holdings/parcels", headers=_h(rng, **b), body={
            "cph": L(CPH, UID), "parcels": [{"id": "ST0497 2231", "ha": 2.1},
                                            {"id": "ST0497 3340", "ha": 1.4}],
            "gate": {"lat": L(HOLDING_AT[0], PRECISE), "lon": L(HOLDING_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/inventory", headers=_h(rng, **b), body={
            "cph": L(CPH, UID), "date": "2025-12-01",
            "counts": {"ewes": 14, "rams": 1, "lambs": 0}, "breed": "Welsh Mountain"}),
        case(f, f"{a}/v1/tags/orders", headers=_h(rng, **b), body={
            "flockMark": L(FLOCK_MARK, UID), "qty": 20, "type": "EID_pair",
            "price": L("38.40", BUY), "order": L("TAG-66120", BUY),
            "deliverTo": {"name": L(NAME, NAMEC), "line": L(CY_LINE_EN, ADDR),
                          "postcode": L(CY_POSTCODE, COARSE)}}),
        case(f, f"{a}/v1/movements", headers=_h(rng, **b), body={
            "from": L(CPH, UID), "to": MART["cph"], "toName": MART["name"],
            "tags": EWES[:4], "count": 4, "departure": "2025-12-12T07:30",
            "transport": "own_trailer", "keeperName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/lambing", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ewe": EWES[4], "date": "2025-12-08",
            "lambs": [{"sex": "ewe", "kg": 3.9}, {"sex": "ram", "kg": 4.2}], "assisted": False}),
        case(f, f"{a}/v1/walks", gz=True, headers=_h(rng, **b), body={
            "purpose": "checking_ewes", "track": walk(rng, 8, HOLDING_AT),
            "steps": L(1840, "health.fitness")}),
        case(f, f"{a}/v1/readers", headers=_h(rng, **b), body={
            "serial": READER["serial"], "ble": READER["ble"], "battery": 66,
            "phoneInstall": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/v1/readers/reads", read, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/medicines", headers=_h(rng, **b), body={
            "product": "Footvax", "batch": "FV2209A", "tags": EWES[:3],
            "withdrawalDays": 0, "by": "keeper"}),
        multipart(f, f"{a}/v1/animals/photos", [
            ("photo", "ewe_lame.jpg", "image/jpeg", L(JPEG + b"\x9b", MEDIA)),
            ("meta", None, "application/json", {
                "tag": EWES[5], "note": L("Limping on the front left, foot rot again?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fallen-stock", headers=_h(rng, **b), body={
            "cph": L(CPH, UID), "tag": EWES[1], "fee": L("25.00", BUY),
            "booking": L("FS-1208-551", BUY), "collectAt": L(HOLDING["line"], ADDR),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/weather", query={"lat": L(f"{HOLDING_AT[0]:.2f}", COARSE),
                                          "lon": L(f"{HOLDING_AT[1]:.2f}", COARSE),
                                          "alerts": "frost,snow"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/vet/requests", fmt="form", headers=_h(rng, **b), body={
            "practice": VET["name"], "practicePhone": VET["phone"], "callback": L(DIGITS, TEL),
            "message": L("Two ewes off their feed since Sunday, can someone call", TEXT)}),
        case(f, f"{a}/v1/wool/sales", headers=_h(rng, **b), body={
            "fleeces": 15, "kg": 22.5, "pricePerKg": L("1.00", BUY), "total": L("22.50", BUY),
            "sale": L("WL-25-30917", BUY), "grade": "M2"}),
        case(f, f"{a}/v1/payouts/account", fmt="form", headers=_h(rng, **b), body={
            "sortCode": L(SORT_CODE, PAY), "accountNumber": L(UK_ACCT, PAY),
            "accountName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/marts", query={"near": L(f"{HOLDING_AT[0]:.3f},{HOLDING_AT[1]:.3f}",
                                                  PRECISE), "km": "40"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "id": obj(rng, "nt", 8),
            "text": L("Ewe 231 lambed twins overnight, both sucking", TEXT),
            "cph": L(CPH, UID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("movement_submitted", 1), ev("tag_read", 2),
                ev("screen", 3, screen=L("FlockRegister", USAGE))]}),
        case(f, f"{a}/v1/register", headers=_h(rng, how="upper"),
             cookies={"pl_session": L(opaque(rng, "", 40), CRED), "pl_cph": L(CPH, UID)}),
    ]


def praiddlyfr_sdks() -> list[Case]:
    rng = random.Random(9742)
    return [
        cy_batch(APP, rng, [("Tag Read", {"count": 4}), ("Movement Submitted", {"head": 4})],
                 adid=True, at=HOLDING_AT, nd=3),
        td_session(APP, rng, n=31),
        td_event(APP, rng, "tag_order", {"qty": 20}, revenue="38.40"),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOLDING_AT, nd=3, yob=1991,
               gender="F", keywords="farming,sheep,livestock"),
        gw_crash(APP, rng, ("java.io.IOException", "reader socket closed"),
                 [gw_crumb("nav", "Flock -> ReaderSync"),
                  gw_crumb("log", "reader", {"serial": READER["serial"]})],
                 screen="ReaderSyncActivity"),
        bn_eval(APP, rng, {"eid": True}),
        pw_register(APP, rng, tags={"species": "sheep"}, at=HOLDING_AT, nd=2),
        tm_card(APP, rng),
        tm_confirm(APP, rng, "38.40"),
        hb_notice(APP, rng, "win"),
    ]
