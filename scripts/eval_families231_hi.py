"""Niamey pirogue rides and crossings app "Isahi" (isa river + hi pirogue: a boatmen's
cooperative at the Gaweye landing that sells crossings to the island gardens and outings up the
Niger to Boubon's potters and the hippos). Its API's keys are Zarma, ASCII-folded, with French
loans and the English words APIs keep: ``maa`` first name, ``baaba_maa`` surname (lit. the
father's name, as Nigerien surnames are), ``imel`` e-mail, ``telefon`` phone, ``sirri`` password
(lit. secret), ``hay_zaari`` birth date, ``kartiye`` neighbourhood, ``kwaara`` town, ``jinsi``
sex (``weyboro`` woman), ``kurnye`` husband, ``izey`` children, ``jiiri`` age (years),
``karti_nimero`` rider card, ``dayyan`` booking (lit. purchase), ``nooru`` amount (lit. money),
``banayan`` payment, ``hi`` pirogue, ``hi_koy`` boatman, ``borey`` passengers, ``goray`` seats,
``bisayan`` crossing, ``koyyan``/``kaayan`` departure/arrival, ``nongu`` place, ``maanu`` near,
``ngwaari`` food, ``note`` rating, ``sanni`` message, ``ceeci`` search, ``nooyan`` gift,
``masin`` device, ``deene`` language, ``furo``/``fatta`` log in/out (enter/go out), ``ay`` me.
Calls: sign-up, log-in, ``/ay``, the card, pirogues near her house, crossing times, a crossing
ticket, the Boubon outing for the family, its payment, the passenger list, a check-in at the
landing, a protobuf trip beat on the river, an offline queue of fixes (msgpack), lunch and pottery
extras, points by cookie, a rating, a search, the receipt by booking number in the path, a gift
ride for her sister-in-law, the card link (base64 JSON in a form field), a complaint, push, events
and a log-out. Sets 116 (an outrigger regatta club) and 148 (a child's canoe-building programme)
have canoes; no earlier set has a pirogue ferry or river-outing app."""

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
    GENDER,
    MAIL,
    NAMEC,
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
from eval_families231_kit import (
    BOUBON_AT,
    HUSBAND,
    LANDING,
    LANDING_FIX,
    NE_WALLET,
    NY_HOME,
    NY_HOME_AT,
    PASSPORT,
    RIDER_CARD,
    RIVER_FIX,
    SISTER_IL,
    SON,
    TRIP,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families231_sdk import (
    bg_bid,
    bg_notice,
    cf_session,
    mk_batch,
    mk_queue,
    td_event,
    td_launch,
    td_link,
)
from eval_families231_svc import co_card, co_confirm, mg_route, mg_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("isahi", "Isahi", "com.example.isahi", "2.4.1", "https://api.isahi.example.com")
IID = "X-Isahi-Masin"
PW = "Gaweye!Isa2026"
DOB_FR = "17/05/1991"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def isahi() -> list[Case]:
    rng = random.Random(23101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), karti_nimero=L(RIDER_CARD, UID)))}
    lla, llo = fix(LANDING_FIX)
    pirogue = "hi_0217"
    lab: dict[str, str] = {}
    beat = pb([(1, L(RIDER_CARD, UID)), (2, pirogue), (3, 1772348400),
               (4, [(1, L(RIVER_FIX[0], PRECISE)), (2, L(RIVER_FIX[1], PRECISE)), (3, 6.5)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/dayyan/{TRIP}/tira_banayan", headers=_h(rng, **b)),
                      TRIP, BUY)
    return [
        case(f, f"{a}/api/v1/hantumyan", headers=_h(rng), body={
            "maa": L(FIRST, NAMEC), "baaba_maa": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "sirri": L(PW, CRED), "hay_zaari": L(DOB_FR, BIRTH),
            "kartiye": L(NY_HOME["area"], COARSE), "kwaara": L(NY_HOME["town"], COARSE),
            "jinsi": L("weyboro", GENDER), "karti_nimero": L(RIDER_CARD, UID), "yarda": True}),
        case(f, f"{a}/api/v1/furo", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "sirri": L(PW, CRED), "masin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/karti", headers=_h(rng, **b), query={
            "karti_nimero": L(RIDER_CARD, UID), "formati": "qr"}),
        case(f, f"{a}/api/v1/hiyey/maanu", headers=_h(rng, **b), query={
            "lat": L(f"{NY_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{NY_HOME_AT[1]:.3f}", PRECISE),
            "km": "8", "hi_dumi": "pinasse"}),
        case(f, f"{a}/api/v1/bisayan/alwaatey", headers=_h(rng, **b), query={
            "nongu": LANDING["id"], "zaari": "2026-03-01"}),
        case(f, f"{a}/api/v1/bisayan", headers=_h(rng, **b), body={
            "nongu_sintin": LANDING["id"], "nongu_kayyan": "ile_goudel_jardins", "borey": 2,
            "nooru": L(1000, BUY), "tikiti": obj(rng, "tk"), "karti_nimero": L(RIDER_CARD, UID)}),
        case(f, f"{a}/api/v1/dayyan", headers=_h(rng, **b), body={
            "hi": pirogue, "hi_koy": "hk_0093", "zaari": "2026-03-01", "koyyan": "08:00",
            "kaayan": "15:30", "goray": 4, "dayyan": L(TRIP, BUY), "nooru": L(25000, BUY),
            "izey": [{"maa": L(KID, NAMEC), "jiiri": L(8, BIRTH), "gilet": "zanka"}],
            "sanni": L("We would like to see the hippos on the way back, our son is 8", TEXT)}),
        case(f, f"{a}/api/v1/banayan", fmt="form", headers=_h(rng, **b), body={
            "dayyan": L(TRIP, BUY), "nooru": L("25000", BUY), "nooru_dumi": "XOF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "wallet": L(NE_WALLET, TEL)}),
        case(f, f"{a}/api/v1/dayyan/borey", headers=_h(rng, **b), body={
            "dayyan": L(TRIP, BUY), "borey": [
                {"maa": L(f"{FIRST} {LAST}", NAMEC), "paspor": L(PASSPORT, NID)},
                {"maa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                {"maa": L(KID, NAMEC), "hay_zaari": L(SON["dob"], BIRTH)},
                {"maa": L(SISTER_IL[0], NAMEC)}]}),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "nongu": LANDING["id"], "ay_nongu": {"lat": lla, "lng": llo, "sizuste": 9},
            "embarcadere": {"lat": LANDING["lat"], "lng": LANDING["lon"]},
            "karti_nimero": L(RIDER_CARD, UID), "check_in_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/fondo/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/fondo/{pirogue}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID),
            "nongey": [{"lat": L(round(RIVER_FIX[0] + 0.0042 * i, 6), PRECISE),
                        "lng": L(round(RIVER_FIX[1] - 0.0061 * i, 6), PRECISE),
                        "t": 1772349000 + 420 * i} for i in range(3)],
            "boubon": {"lat": BOUBON_AT[0], "lng": BOUBON_AT[1]}}),
        case(f, f"{a}/api/v1/dayyan/tonton", headers=_h(rng, **b), body={
            "dayyan": L(TRIP, BUY),
            "ngwaari": [{"jinay": "capitaine grille", "qty": 3, "neera": 3500},
                        {"jinay": "riz sauce", "qty": 1, "neera": 1500}],
            "tonton": [{"jinay": "canari (poterie Boubon)", "neera": 4000}],
            "nooru": L(16000, BUY)}),
        case(f, f"{a}/api/v1/karti/point", headers=_h(rng, how="none"), cookies={
            "isa_sesion": L(opaque(rng, "", 40), CRED), "isa_masin": L(INSTALL_ID, DID),
            "isa_req": rid(rng)}),
        case(f, f"{a}/api/v1/note", fmt="form", headers=_h(rng, **b), body={
            "hi": pirogue, "note": "5",
            "sanni": L("Our boatman was careful and patient, the hippos were 30 m away!", TEXT)}),
        case(f, f"{a}/api/v1/ceeci", headers=_h(rng, **b), query={
            "ceeci": L("pirogue coucher de soleil samedi 4 personnes", SEARCH), "gverdi": "1"}),
        receipt,
        case(f, f"{a}/api/v1/karti/nooyan", headers=_h(rng, **b), body={
            "nooyan_koy": {"maa": L(SISTER_IL[0], NAMEC), "telefon": L(SISTER_IL[1], TEL)},
            "sanni": L("Hadiza, a sunset ride on the river for your birthday!", TEXT),
            "nooru": L(10000, BUY), "kode": opaque(rng, "GV", 8)}),
        case(f, f"{a}/api/v1/karti/lasaabu", fmt="form", headers=_h(rng, **b), body={
            "data": W({"karti_nimero": L(RIDER_CARD, UID), "telefon": L(NE_WALLET, TEL),
                       "hay_zaari": L(DOB_FR, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/kalima", headers=_h(rng, **b), body={
            "hi": pirogue, "dumi": "securite",
            "sanni": L("The child's life jacket had a broken buckle, please replace it", TEXT)}),
        case(f, f"{a}/api/v1/masin", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masin_id": L(INSTALL_ID, DID),
            "deene": L("fr", DEV), "alwaati_zone": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "events": [
                ev("dayyan", 1, hi=pirogue), ev("banayan", 2, nooru=L(25000, BUY)),
                ev("ekran", 3, ekran=L("AyDayyanyey", USAGE))]}),
        case(f, f"{a}/api/v1/fatta", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masin": L(INSTALL_ID, DID)}),
    ]


def isahi_sdks() -> list[Case]:
    rng = random.Random(23102)
    link = U("https://isahi.example.com/d", {"dayyan": L(TRIP, BUY), "ref": "sms",
                                             "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Trip Booked", {"pirogue": "hi_0217", "total": L(25000, BUY)}),
                            ("Checked In", {"landing": LANDING["id"]})],
                 at=LANDING_FIX, nd=2, locale="fr_NE"),
        mk_queue(APP, rng, [("Trip Beat", {"speed": 6.5}), ("Trip Ended", {})]),
        td_launch(APP, rng, first=True),
        td_link(APP, rng, link),
        td_event(APP, rng, "purchase", {"dayyan": L(TRIP, BUY)}, revenue=25000.0, hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RIVER_FIX, nd=3,
               keywords="river,boat,niamey"),
        bg_notice(APP, rng, "win"),
        cf_session(APP, rng, secs=1310),
        co_card(APP, rng),
        co_confirm(APP, rng, "25000"),
        mg_route(APP, rng, [(NY_HOME_AT, PRECISE), ((LANDING["lat"], LANDING["lon"]), None)]),
        mg_telemetry(APP, rng, [RIVER_FIX, LANDING_FIX], PRECISE),
    ]
