"""A bush-taxi seat and parcel app "Loorikolisi" (lɔɔrɩ: vehicle; kolisi: parcel; the Kara bus
station's shared minibuses to Lomé on the N1, about seven hours, and the parcels they carry; its
API's keys are Kabiyè in ASCII with French loans: ``hide`` name, ``diga_hide`` surname,
``telefoni`` phone, ``sekre_tom`` password, ``carte_sejour`` residence card, ``eyu`` passenger,
``biye`` ticket (loan), ``kolisi`` parcel, ``loori`` vehicle, ``sofee`` driver, ``liidiye``
amount or value, ``liidiye_celuu`` payment, ``pinzi`` age, ``tetu`` town, ``wiye`` day,
``aliwaatu`` time, ``adiresi`` street line, ``tom`` message, ``kpeeli`` receiver): sign-up,
log-in, ``/eyu/ma``, the Kara - Lomé line, the departures, a seat for her and her son, the
payment, the ticket by number in the path, a parcel of sorghum and guinea fowl for her
brother-in-law in Lomé, its photo, its tracking, boarding at the station with her fix, a
protobuf trip beat, an offline queue of road fixes (msgpack), the arrival in Lomé (5-decimal
strings), a review, a lost item, a message to the driver quoting her phone, the invoice by
cookie, push, events and a token refresh. New: "bush taxi" matched nothing in a docstring grep;
"shared taxi" one Pamir-highway app, "intercity" bus bookings without parcels."""

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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families233_kit import (
    BROTHER_IL,
    HOME_AT,
    HUSBAND,
    LOCAL_SIM,
    LOME_YARD,
    PARCEL,
    RES_CARD,
    SON,
    STATION,
    STATION_FIX,
    TICKET,
    fix,
    hd,
    obj,
    push,
)
from eval_families233_sdk import (
    bs_bid,
    bs_notice,
    ck_session,
    mk_batch,
    mk_queue,
    tp_event,
    tp_launch,
    tp_link,
)
from eval_families233_svc import cn_card, cn_confirm, md_route, md_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("loorikolisi", "Loorikolisi", "com.example.loorikolisi", "2.6.1",
          "https://api.loorikolisi.example.com")
IID = "X-LK-Device"
PW = "N1Lome!Kara26"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
ROAD_FIX = (8.982614, 1.144208)  # her phone on the N1 near Sotouboua
YARD_FIX = (6.165351, 1.230197)  # her phone in the Lomé yard on arrival


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def loorikolisi() -> list[Case]:
    rng = random.Random(23361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefoni=L(LOCAL_SIM, TEL)))}
    sla, slo = fix(STATION_FIX)
    trip = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TICKET, BUY)), (2, trip), (3, 1768896000),
               (4, [(1, L(ROAD_FIX[0], PRECISE)), (2, L(ROAD_FIX[1], PRECISE)), (3, 74.0)]),
               (5, L(51, DEV))], "", lab)
    ticket = at_path(case(f, f"{a}/v1/biye/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/eyu", headers=_h(rng), body={
            "hide": L(FIRST, NAMEC), "diga_hide": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefoni": L(LOCAL_SIM, TEL), "sekre_tom": L(PW, CRED),
            "carte_sejour": L(RES_CARD, NID), "tetu": L("Kara", COARSE)}),
        case(f, f"{a}/v1/eyu/sesi", fmt="form", headers=_h(rng), body={
            "telefoni": L(LOCAL_SIM, TEL), "sekre_tom": L(PW, CRED),
            "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/eyu/ma", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lignes", headers=_h(rng, **b), query={
            "depart": L("Kara", COARSE), "arrivee": L("Lomé", COARSE)}),
        case(f, f"{a}/v1/departs", headers=_h(rng, **b), query={
            "ligne": "kara-lome", "wiye": "2026-01-20", "gare": STATION["id"]}),
        case(f, f"{a}/v1/biye", headers=_h(rng, **b), body={
            "depart": obj(rng, "dp"), "biye": L(TICKET, BUY), "places": ["7", "8"],
            "eyu": [{"hide": L(f"{FIRST} {LAST}", NAMEC), "carte_sejour": L(RES_CARD, NID)},
                    {"hide": L(KID, NAMEC), "pinzi": L(11, BIRTH)}],
            "liidiye": L(14000, BUY), "telefoni_urgence": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/liidiye_celuu", fmt="form", headers=_h(rng, **b), body={
            "biye": L(TICKET, BUY), "liidiye": L("14000", BUY), "devise": "XOF",
            "carte_token": L(opaque(rng, "tok_", 24), PAY)}),
        ticket,
        case(f, f"{a}/v1/kolisi", headers=_h(rng, **b), body={
            "kolisi": L(PARCEL, BUY), "contenu": "sac de sorgho 25 kg, deux pintades",
            "kilo": 27, "liidiye": L(20000, BUY), "frais": L(3000, BUY),
            "kpeeli": {"hide": L(BROTHER_IL[0], NAMEC), "telefoni": L(BROTHER_IL[1], TEL),
                       "adiresi": L(BROTHER_IL[2], ADDR)},
            "envoyeur": {"telefoni": L(LOCAL_SIM, TEL)}, "gare_arrivee": LOME_YARD["id"]}),
        multipart(f, f"{a}/v1/kolisi/foto", [
            ("foto", "kolisi.jpg", "image/jpeg", L(JPEG + b"\x0b", MEDIA)),
            ("meta", None, "application/json", {"kolisi": L(PARCEL, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kolisi/suivi", headers=_h(rng, **b), query={
            "kolisi": L(PARCEL, BUY)}),
        case(f, f"{a}/v1/embarquement", headers=_h(rng, **b), body={
            "biye": L(TICKET, BUY), "at": {"lat": sla, "lng": slo, "acc": 12},
            "gare": {"id": STATION["id"], "lat": STATION["lat"], "lng": STATION["lon"]},
            "loori": "TG-4417-BK", "sofee": "drv_0388"}),
        raw(f, f"{a}/v1/trajets/{trip}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trajets/{trip}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "eyu": L(USER_ID, UID),
            "fixes": [{"lat": L(round(ROAD_FIX[0] - 0.21 * i, 6), PRECISE),
                       "lng": L(round(ROAD_FIX[1] + 0.013 * i, 6), PRECISE),
                       "t": 1768896000 + 900 * i} for i in range(3)],
            "gare_lome": {"lat": LOME_YARD["lat"], "lng": LOME_YARD["lon"]}}),
        case(f, f"{a}/v1/trajets/{trip}/arrivee", fmt="form", headers=_h(rng, **b), body={
            "statut": "arrive", "lat": L(f"{YARD_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{YARD_FIX[1]:.5f}", PRECISE), "aliwaatu": "16:40"}),
        case(f, f"{a}/v1/avis", headers=_h(rng, **b), body={
            "trajet": trip, "etoiles": 3,
            "tom": L("Driver careful but the bus stopped too long at Blitta.", TEXT)}),
        multipart(f, f"{a}/v1/objets_perdus", [
            ("foto", "sac.jpg", "image/jpeg", L(JPEG + b"\x0c", MEDIA)),
            ("meta", None, "application/json", {
                "biye": L(TICKET, BUY),
                "tom": L("Sac bleu de mon fils oublié sous le siège 8", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "a": "sofee_drv_0388",
            "tom": L("I am at the gate with my son, my phone is +228 93 47 05 19",
                     f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/factures/derniere", headers=_h(rng, how="none"), cookies={
            "lk_session": L(opaque(rng, "", 40), CRED), "lk_device": L(INSTALL_ID, DID),
            "lk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_TG")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "eyu": L(USER_ID, UID), "events": [
                ev("biye_achete", 1), ev("ecran", 2, ecran=L("TrajetLive", USAGE))]}),
        case(f, f"{a}/v1/oauth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "masini": L(INSTALL_ID, DID)}),
    ]


def loorikolisi_sdks() -> list[Case]:
    rng = random.Random(23362)
    link = U("https://loorikolisi.example.com/b", {"biye": L(TICKET, BUY), "src": "sms",
                                                   "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Ticket Bought", {"total": L(14000, BUY)}),
                            ("Boarded", {"station": STATION["id"]})], at=STATION_FIX, nd=3),
        mk_queue(APP, rng, [("Trip Beat", {"speed": 74}), ("Arrived", {})]),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        tp_event(APP, rng, "purchase", {"biye": L(TICKET, BUY)}, revenue=14000.0,
                 hashed=True),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=STATION_FIX, nd=2,
               keywords="transport,lome,kara"),
        bs_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=1877),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "14000"),
        md_telemetry(APP, rng, [ROAD_FIX, YARD_FIX], PRECISE),
        md_route(APP, rng, [(HOME_AT, PRECISE), ((LOME_YARD["lat"], LOME_YARD["lon"]), None)]),
    ]

