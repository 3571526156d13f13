"""Communal freezer-locker app "Qerititsivik" (a freezer house in Nuuk where families rent lockers
for game meat and fish: her husband's caribou and seal; its API's keys are Kalaallisut:
``qerititsivik`` freezer house, ``karsi`` locker, ``attartorneq`` rental, ``neqi`` meat, ``tuttu``
caribou, ``puisi`` seal, ``aalisagaq`` fish, ``kiilut`` kilograms, ``piniartoq`` hunter,
``piniarnermut_allagartaq`` hunting licence, ``piniarfik`` hunting area, ``matu`` door,
``matup_kodia`` door code, ``nassiussaq`` shipment, ``tigusisoq`` recipient, ``avitsineq``
sharing, ``inuup_normua`` CPR number, ``kontu`` bank account, ``ilaqutariit`` household,
``oqarasuaat`` phone, ``kode`` SMS code): sign-up, an SMS log-in, ``/uanga``, free lockers, the
rental, its direct debit (her IBAN and CPR), the door code, a door opened with her fix, the
caribou put in (her husband's licence), a protobuf inventory sync, meat taken out (msgpack), an
air-cargo shipment to her mother-in-law in Ilulissat and its tracking by waybill in the path,
meat shared with neighbours, power-cut alerts, a photo, a message to the caretaker, the rental
by number in the path, the invoice by cookie, a search, her husband's access, push and events.
New: a grep of ``scripts/`` for "freezer", "game meat" and "caribou" found no such app."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families203_kit import (
    CPR,
    FREEZER,
    FREEZER_FIX,
    GL_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    LICENCE,
    MOTHER_IL,
    RENTAL,
    fix,
    hd,
    push,
)
from eval_families203_sdk import (
    ka_batch,
    ka_pixel,
    nb_bid,
    nb_notice,
    qc_session,
    tt_event,
    tt_launch,
)
from eval_families203_svc import ac_check, hi_message, kp_card, kp_confirm, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qerititsivik", "Qerititsivik", "com.example.qerititsivik", "1.3.7",
          "https://api.qerititsivik.example.com")
IID = "X-QF-Device"
NID = "personal.national_id"
LOCKER = "B-114"  # the locker's number (a negative, like a room)
AWB = "GLA-71502284"  # the air waybill of the meat shipment (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kl=True, **kw)


def qerititsivik() -> list[Case]:
    rng = random.Random(20331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oqarasuaat=L(E164, TEL), attartorneq=L(RENTAL, UID)))}
    fla, flo = fix(FREEZER_FIX)
    lab: dict[str, str] = {}
    inv = pb([(1, L(RENTAL, UID)), (2, LOCKER), (3, [(1, "tuttu"), (2, 38.0)]),
              (3, [(1, "puisi"), (2, 12.5)]), (4, 1767950000)], "", lab)
    ship = at_path(case(f, f"{a}/v1/nassiussat/{AWB}", headers=_h(rng, **b)), AWB, BUY)
    rent = at_path(case(f, f"{a}/v1/attartorneq/{RENTAL}", headers=_h(rng, **b)), RENTAL, UID)
    return [
        case(f, f"{a}/v1/nalunaarsorneq", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "oqarasuaat": L(E164, TEL), "inuup_normua": L(CPR, NID),
            "najugaq": L(HOME["line"], ADDR), "illoqarfik": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/iserneq/sms", fmt="form", headers=_h(rng), body={
            "oqarasuaat": L(E164, TEL), "kode": L("217740", CRED)}),
        case(f, f"{a}/v1/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/karsit/inuttaqanngitsut", headers=_h(rng, **b), query={
            "qerititsivik": FREEZER["id"], "angissusaa": "400L"}),
        case(f, f"{a}/v1/attartorneq", headers=_h(rng, **b), body={
            "qerititsivik": FREEZER["id"], "karsi": LOCKER, "attartorneq": L(RENTAL, UID),
            "aallartinneq": "2026-01-01", "qaammammut_akia": L(175, BUY),
            "attartortoq": {"ateq": L(f"{FIRST} {LAST}", NAMEC),
                            "najugaq": L(HOME["line"], ADDR)}}),
        case(f, f"{a}/v1/akiliut/betalingsservice", fmt="form", headers=_h(rng, **b), body={
            "attartorneq": L(RENTAL, UID), "kontu": L(GL_IBAN, PAY),
            "inuup_normua": L(CPR.replace("-", ""), NID), "aningaasat": L("175.00", BUY)}),
        case(f, f"{a}/v1/matu/kode", fmt="form", headers=_h(rng, **b), body={
            "karsi": LOCKER, "matup_kodia": L("6021", CRED)}),
        case(f, f"{a}/v1/matu/ammaaneq", headers=_h(rng, **b), body={
            "qerititsivik": FREEZER["id"], "sumiiffik": {"lat": fla, "lon": flo, "eqq": 9},
            "qerititsiviup_sumiiffia": {"lat": FREEZER["lat"], "lon": FREEZER["lon"]},
            "ble_token": L(opaque(rng, "bt_", 32), CRED)}),
        case(f, f"{a}/v1/neqi", headers=_h(rng, **b), body={
            "karsi": LOCKER, "neqi": [{"suussusia": "tuttu", "kiilut": 38},
                                      {"suussusia": "puisi", "kiilut": 12.5}],
            "piniartoq": {"ateq": L(HUSBAND["name"], NAMEC),
                          "piniarnermut_allagartaq": L(LICENCE, NID)},
            "piniarfik": L("Kangerlussuaq", COARSE), "piniagaq_ulloq": "2025-12-28"}),
        raw(f, f"{a}/v1/neqi/sync", inv, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/neqi/peersineq", fmt="msgpack", headers=_h(rng, **b), body={
            "attartorneq": L(RENTAL, UID), "neqi": "tuttu", "kiilut": 6,
            "sumiiffik": {"lat": fla, "lon": flo}}),
        case(f, f"{a}/v1/nassiussat", headers=_h(rng, **b), body={
            "nassiussaq": L(AWB, BUY), "timmisartumik": True, "kiilut": 10,
            "tigusisoq": {"ateq": L(MOTHER_IL["name"], NAMEC),
                          "oqarasuaat": L(MOTHER_IL["phone"], TEL),
                          "najugaq": L(MOTHER_IL["line"], ADDR),
                          "illoqarfik": L(MOTHER_IL["town"], COARSE),
                          "postnormu": L(MOTHER_IL["post"], COARSE)},
            "aningaasat": L(420, BUY), "nassiussisoq": L(f"{FIRST} {LAST}", NAMEC)}),
        ship,
        case(f, f"{a}/v1/avitsineq", headers=_h(rng, **b), body={
            "allagaq": L("Tuttu neqaa 5 kg akeqanngitsumik tunniussinnaavara, sms +1 555 010 0199",
                         f"{TEXT}|{TEL}"), "illoqarfiup_ilaa": L(HOME["area"], COARSE)}),
        case(f, f"{a}/v1/nalunaarutit/innaallagiaq", fmt="form", headers=_h(rng, **b), body={
            "sms": L(E164, TEL), "emaili": L(EMAIL, MAIL), "karsi": LOCKER}),
        multipart(f, f"{a}/v1/karsi/assiliaq", [
            ("assiliaq", "karsi_b114.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"attartorneq": L(RENTAL, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/allagaq", headers=_h(rng, **b), body={
            "tigusisoq": "caretaker",
            "allagaq": L("Karsi B-114 matua qerisimavoq, ammarsinnaanngilara", TEXT)}),
        rent,
        case(f, f"{a}/v1/akiligassat/kingulleq", headers=_h(rng, how="none"), cookies={
            "qf_sess": L(opaque(rng, "", 40), CRED), "qf_dev": L(INSTALL_ID, DID),
            "qf_req": rid(rng)}),
        case(f, f"{a}/v1/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("karsi angisooq Nuussuaq", SEARCH)}),
        case(f, f"{a}/v1/ilaqutariit", headers=_h(rng, **b), body={
            "attartorneq": L(RENTAL, UID), "ilaa": {"ateq": L(HUSBAND["name"], NAMEC),
                                                    "oqarasuaat": L(HUSBAND["phone"], TEL)},
            "matumut_iserfigisinnaava": True}),
        case(f, f"{a}/v1/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pisut", headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("matu_ammarpoq", 1), ev("saqqummersitaq", 2,
                                           saqqummersitaq=L("Neqit", USAGE))]}),
    ]


def qerititsivik_sdks() -> list[Case]:
    rng = random.Random(20332)
    return [
        ka_batch(APP, rng, [("Door Opened", {"locker": LOCKER}),
                            ("Meat Added", {"kg": 50.5})], at=FREEZER_FIX, nd=2),
        ka_pixel(APP, rng, "Lockers Browsed", {"size": "400L"}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "subscribe", {"attartorneq": L(RENTAL, UID)}, revenue=175.0,
                 hashed=True),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="hunting,freezer,meat"),
        nb_notice(APP, rng, "win"),
        qc_session(APP, rng, secs=188),
        pp_register(APP, rng, lang="kl", tags={"qerititsivik": FREEZER["id"]}),
        ac_check(APP, rng, {"analytics": True, "ads": False}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "420.00"),
        hi_message(APP, rng, L(f"Nassiussaq {AWB} suli tikinngilaq", f"{TEXT}|{BUY}"),
                   {"attartorneq": L(RENTAL, UID)}),
    ]
