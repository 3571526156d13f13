"""A Christmas fair's visitor app "Usoro Krismas" (``usoro`` feast, ``Krismas`` Christmas, loan: a
fictional month-long Christmas village in Uyo with lights, rides, food stalls, a carol night and
Father Christmas's grotto; she goes with Idara and her husband). Its API's keys are Ibibio in
ASCII with the English words ticketing APIs keep (``email``, ``token``, ``qr``, ``ride``,
``slot``, ``lat``/``lng``, ``ssid``): ``enying`` name, ``enying_ekpuk`` surname, ``nomba_fon``
phone, ``iko_mbubik`` password, ``tiket`` ticket (loan), ``owo`` people / user, ``ndito``
children, ``eyen`` child, ``isua`` age (lit. "year"), ``anyan`` height (lit. "length"), ``udia``
food, ``mmin`` drink, ``ibaat`` quantity, ``okuk`` amount, ``ukpe`` payment, ``usen`` day,
``ini`` time, ``itie`` place, ``ndise`` photo, ``ikwo`` song (the carol night), ``iko`` words,
``etop`` message, ``yom`` search, ``ami`` me, ``Ete Krismas`` Father Christmas. Calls: sign-up,
a form log-in, ``/ami``, tickets for the three of them, their payment, the gate check-in with
her fix, the fair's Wi-Fi, a ride wristband for Idara (height, age, her phone), a ride queue
joined (4 decimals), food and drinks (msgpack), Father Christmas's grotto slot, its photo, a
carol-night request, a lights photo shared, a lost-child alert, the ticket by number in the
path, a protobuf presence beat, a review, a search, the wallet by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    DAUGHTER,
    FAIR,
    FAIR_FIX,
    FAIR_TICKET,
    HUSBAND,
    UY_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families301_sdk import (
    af_session,
    ik_event,
    ik_launch,
    ik_link,
    nd_batch,
    ub_bid,
    ub_notice,
)
from eval_families301_svc import mi_telemetry, pe_register, po_card, po_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("usoro", "Usoro Krismas", "com.example.usorokrismas", "1.0.9",
          "https://api.usorokrismas.example.com")
IID = "X-Usoro-Install"
PW = "Krismas!Uyo25"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ibb=True, **kw)


def usoro() -> list[Case]:
    rng = random.Random(30131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tiket=[L(FAIR_TICKET, BUY)]))}
    gla, glo = fix(FAIR_FIX)
    qla, qlo = fix((FAIR_FIX[0] + 0.00031, FAIR_FIX[1] - 0.00022), 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, FAIR["id"]),
               (3, [(1, L(round(FAIR_FIX[0], 5), PRECISE)), (2, L(round(FAIR_FIX[1], 5),
                                                                     PRECISE))]),
               (4, 1765317600), (5, L(63, DEV))], "", lab)
    tk = at_path(case(f, f"{a}/v1/tiket/{FAIR_TICKET}", headers=_h(rng, **b),
                      query={"qr": "1"}), FAIR_TICKET, BUY)
    return [
        case(f, f"{a}/v1/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED), "obio": L("Uyo", COARSE)}),
        case(f, f"{a}/v1/ndiduk", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "iko_mbubik": L(PW, CRED)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tiket", headers=_h(rng, **b), body={
            "fair": FAIR["id"], "usen": "2025-12-20", "tiket": L(FAIR_TICKET, BUY),
            "owo": [{"kind": "adult", "enying": L(f"{FIRST} {LAST}", NAMEC)},
                    {"kind": "adult", "enying": L(HUSBAND[0], NAMEC)},
                    {"kind": "child", "enying": L(KID, NAMEC), "isua": L(10, BIRTH)}],
            "okuk": L(12000, BUY)}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(FAIR_TICKET, BUY), "okuk": L("12000.00", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v1/gate/checkin", headers=_h(rng, **b), body={
            "tiket": L(FAIR_TICKET, BUY), "itie": {"lat": gla, "lng": glo, "acc": 14},
            "gate": {"id": "gate_n", "lat": FAIR["lat"], "lng": FAIR["lon"]}}),
        case(f, f"{a}/v1/wifi/ndiduk", headers=_h(rng, **b), body={
            "ssid": L(FAIR["ssid"], WIFI), "bssid": L(FAIR["bssid"], WIFI),
            "mac_random": True, "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/rides/wristband", headers=_h(rng, **b), body={
            "eyen": {"enying": L(DAUGHTER["first"], NAMEC), "isua": L(10, BIRTH),
                     "anyan_cm": L(141, FIT)},
            "eka_nomba_fon": L(E164, TEL), "tiket": L(FAIR_TICKET, BUY)}),
        case(f, f"{a}/v1/rides/queue", fmt="form", headers=_h(rng, **b), body={
            "ride": "rd_ferris", "owo": "2", "lat": qla, "lng": qlo,
            "slot": obj(rng, "sl")}),
        case(f, f"{a}/v1/udia/order", fmt="msgpack", headers=_h(rng, **b), body={
            "stall": "stl_14", "udia": [{"item": "afang_rice", "ibaat": 2, "okuk": 3500},
                                        {"item": "suya", "ibaat": 1, "okuk": 2000}],
            "mmin": [{"item": "zobo", "ibaat": 3, "okuk": 600}],
            "okuk": L(10800, BUY), "owo": L(USER_ID, UID)}),
        case(f, f"{a}/v1/grotto/slots", headers=_h(rng, **b), body={
            "slot": obj(rng, "gr"), "ndito": [{"enying": L(KID, NAMEC), "isua": L(10, BIRTH)}],
            "eno_iko": L("Idara wants a sewing machine and a bicycle", f"{TEXT}|{NAMEC}"),
            "okuk": L(5000, BUY)}),
        multipart(f, f"{a}/v1/grotto/ndise", [
            ("ndise", "grotto.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"slot": obj(rng, "gr"), "print": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/carols/request", headers=_h(rng, **b), body={
            "night": "cn_1222", "ikwo": L("Silent Night in Ibibio, please", TEXT),
            "dedication": L("For Eka Ekaete who could not come from the village", TEXT)}),
        multipart(f, f"{a}/v1/ndise/share", [
            ("ndise", "lights.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "iko": L("The tunnel of lights tonight", TEXT), "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lost-child", headers=_h(rng, **b), body={
            "eyen": {"enying": L(KID, NAMEC), "isua": L(10, BIRTH),
                     "iko": L("Red dress, braids, white sandals", TEXT)},
            "nomba_fon": L(E164, TEL), "last_seen": {"lat": qla, "lng": qlo},
            "status": "found"}),
        tk,
        raw(f, f"{a}/v1/presence", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "stars": 4, "iko": L("Lovely lights, the queue for the ferris wheel was too long",
                                 TEXT)}),
        case(f, f"{a}/v1/yom", headers=_h(rng, **b), query={
            "yom": L("afang rice stall", SEARCH)}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "uk_sid": L(opaque(rng, "", 40), CRED), "uk_dev": L(INSTALL_ID, DID),
            "uk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1), ev("screen", 2, screen=L("Map", USAGE))]}),
    ]


def usoro_sdks() -> list[Case]:
    rng = random.Random(30132)
    link = U("https://usorokrismas.example.com/t", {"tiket": L(FAIR_TICKET, BUY),
                                                    "ref": "sms", "p": L(E164, TEL)})
    return [
        nd_batch(APP, rng, [("Ticket Bought", {"total": L(12000, BUY)}),
                            ("Gate Entered", {"gate": "gate_n"})], at=FAIR_FIX, nd=3),
        ik_launch(APP, rng, first=True),
        ik_link(APP, rng, link),
        ik_event(APP, rng, "purchase", {"tiket": L(FAIR_TICKET, BUY)}, revenue=12000.0,
                 currency="NGN"),
        ub_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FAIR_FIX, nd=2,
               keywords="christmas,family,uyo"),
        ub_notice(APP, rng, "imp"),
        af_session(APP, rng, secs=1820),
        pe_register(APP, rng, at=UY_HOME_AT, nd=2, tags={"fair": FAIR["id"], "kids": "1"}),
        po_card(APP, rng),
        po_confirm(APP, rng, "12000.00"),
        mi_telemetry(APP, rng, [FAIR_FIX], PRECISE),
    ]
