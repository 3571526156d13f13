"""Porter and mule-train cargo booking app "Bhariyasewa" (she sends a gas heater, rice and
medicines up to her husband's family village in Lamjung, where no road reaches): sign-up,
log-in, the recipient (her mother-in-law), a consignment with its items, the road-head drop-off,
the porter's waybill photo, tracking pings, a delivery confirmation with the recipient's
signature, a payment, a rating, a claim. Not a trekking-porter hire (sets 89, 99, 140 had
trekking and permits): goods go up, nobody hikes."""
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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families149_kit import (
    CITIZEN_ID,
    HOME,
    HOME_AT,
    HUSBAND,
    MIL,
    NP_ACCOUNT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("bhariyasewa", "Bhariyasewa", "com.example.bhariyasewa", "2.0.9",
          "https://api.bhariyasewa.example.com")
IID = "X-Device-Install"
PW = "Lamjung!Bhari5"
CONS = "CN-LMJ-26-0712"
ROADHEAD_AT = (28.30712, 84.40118)  # the jeep road-head depot (a business: negative)
VILLAGE = "Ghanpokhara"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bhariyasewa() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "idType": "residence_card",
            "idNumber": L(CITIZEN_ID, NID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/recipients", headers=_h(rng, **b), body={
            "name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL),
            "village": L(VILLAGE, COARSE), "district": L("Lamjung", COARSE),
            "relation": "sasu"}),
        case(f, f"{a}/v1/consignments", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "items": [
                {"what": "gas heater", "kg": 9}, {"what": "rice 25kg", "kg": 25},
                {"what": L("BP tablets for sasu (amlodipine)", f"{TEXT}|{MED}"), "kg": 1}],
            "pickup": {"lat": hla, "lon": hlo, "address": L(HOME["line"], ADDR)},
            "to": L(VILLAGE, COARSE), "quote": L(4200, BUY)}),
        case(f, f"{a}/v1/consignments/{CONS}/dropoff", fmt="form", headers=_h(rng, **b), body={
            "depot": "rd_besi", "depot_lat": str(ROADHEAD_AT[0]),
            "depot_lon": str(ROADHEAD_AT[1]), "handed_by": L(HUSBAND[0], NAMEC)}),
        multipart(f, f"{a}/v1/waybills", [
            ("photo", "waybill.jpg", "image/jpeg", L(JPEG + b"\xe5", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"consignment": L(CONS, BUY)})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v1/track/{CONS}", headers=_h(rng, **b)), CONS, BUY),
        case(f, f"{a}/v1/track/{CONS}/pings", fmt="msgpack", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "pings": [
                {"lat": 28.3310, "lon": 84.4102, "t": 1790200000},
                {"lat": 28.3544, "lon": 84.4181, "t": 1790210000}]}),
        case(f, f"{a}/v1/deliveries/confirm", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "receivedBy": L(MIL[0], NAMEC),
            "signature": L("data:image/png;base64,iVBORw0KGgo=", MEDIA)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "amount": L("4200", BUY),
            "account": L(NP_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/ratings", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "stars": 5,
            "text": L("Porter dai carried it in two days, sasu is happy", TEXT)}),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "text": L("Rice bag torn, 3 kg lost", TEXT),
            "amount": L(450, BUY)}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="none"), cookies={
            "bs_session": L(opaque(rng, "", 40), CRED), "bs_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("book", 1), ev("screen", 2,
                                                                   s=L("Track", USAGE))]}),
    ]


def bhariyasewa_sdks() -> list[Case]:
    rng = random.Random(14962)
    return [*_std_sdks(APP, 14963, HOME_AT, [("Book Consignment", {"quote": L(4200, BUY)})],
                       {"city": L("Pokhara", COARSE), "recipients": 1}),
            mm_route(APP, rng, [(HOME_AT, PRECISE), (ROADHEAD_AT, None)]),
            hs_message(APP, rng, L("Where is consignment CN-LMJ-26-0712?", f"{TEXT}|{BUY}"),
                       {"phone": L(E164, TEL)})]


def _more() -> list[Case]:
    rng = random.Random(14964)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for what, kg, q in [("school books for cousins", 6, 900), ("solar lamp", 3, 600),
                        ("Dashain goat feed", 20, 2800)]:
        out.append(case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "from": L("Pokhara", COARSE), "to": L(VILLAGE, COARSE), "what": what, "kg": kg,
            "quote_ref": obj(rng, "qt"), "price": q}))
    out += [
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "address": L(HOME["line"], ADDR), "city": L("Pokhara", COARSE),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/depots", headers=_h(rng, **b), query={"district": "Lamjung"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "consignment": L(CONS, BUY), "to": "porter",
            "text": L("Please call my sasu on 9846120377 before you reach", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/invoice", headers=_h(rng, how="none"), cookies={
            "bs_session": L(opaque(rng, "", 40), CRED)}, query={"c": L(CONS, BUY)}),
    ]
    return out
