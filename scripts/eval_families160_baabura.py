"""A standard-gauge railway's passenger app "Baabura" (Adama station to Dire Dawa; tickets,
luggage, food on board, a live trip): its API's keys are Afaan Oromo in Qubee (``maqaa``,
``maqaa_abbaa``, ``imeelii``, ``bilbila``, ``jecha_iccitii``, ``paaspoortii`` passport,
``guyyaa_dhalootaa``, ``saala``, ``imala`` trip, ``ka'umsa`` -> ``ka_umsa`` departure,
``gahumsa`` arrival, ``buufata`` station, ``kutaa`` class, ``imaltoota`` passengers,
``daaima`` infant, ``fayda``, ``galmee`` booking, ``hanga``, ``kaffaltii``, ``meeshaa``
luggage (also "device" in the push call), ``ulfaatina`` weight, ``nyaata`` food, ``gargaarsa``
assistance, ``komii``, ``kaardii_imalaa`` traveller card, ``hiruu`` share, ``deebii_maallaqaa``
refund, ``herrega_baankii``, ``madaallii``): sign-up with her passport, an OAuth password grant,
``/ana``, a timetable search, the booking for the three of them (her passport, her husband's
Fayda number, the infant's birth date), the payment, the ticket by booking code in the path,
luggage, boarding at Adama (her fix), a protobuf trip beat, food on board (msgpack), an
assistance request (the baby's brace), a complaint, history by cookie, the traveller card
(base64 JSON in a form field), the trip shared with her sister, a refund to her bank account,
stations near her (2 decimals), a review, push, events and a log-out. Bus and train ticket
offices (set 93), a Spanish train app and a Tigrinya bus app (set 115) exist; this is a
cross-country railway's own app with passport-based tickets, luggage and a live trip."""

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
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families160_kit import (
    BANK,
    ET_LINE,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    PNR,
    SISTER_US,
    SON,
    STATION,
    STATION_DD,
    TRAIN_FIX,
    fix,
    hd,
    push,
)
from eval_families160_sdk import (
    bo_bid,
    bo_notice,
    cg_session,
    md_batch,
    md_queue,
    th_event,
    th_launch,
    th_link,
)
from eval_families160_svc import cq_card, cq_confirm, mb_route, mb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("baabura", "Baabura", "com.example.baabura", "2.0.9", "https://api.baabura.example.com")
IID = "X-Baabura-Device"
PW = "Baabura!DireDawa8"
NID = "personal.national_id"
CARD = "BTC-00418827"  # her traveller card (id.user)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def baabura() -> list[Case]:
    rng = random.Random(16071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeelii=L(EMAIL, MAIL), bilbila=L(E164, TEL)))}
    sla, slo = fix((8.514397, 39.240912), 5)
    train = "tr_k2_1213"
    lab: dict[str, str] = {}
    beat = pb([(1, L(PNR, BUY)), (2, train), (3, 1765612800),
               (4, [(1, L(TRAIN_FIX[0], PRECISE)), (2, L(TRAIN_FIX[1], PRECISE)), (3, 92.0)]),
               (5, L(58, DEV))], "", lab)
    tk = at_path(case(f, f"{a}/api/v1/galmee/{PNR}/tikeetii", headers=_h(rng, **b)), PNR, BUY)
    return [
        case(f, f"{a}/api/v1/galmee_haaraa", headers=_h(rng), body={
            "maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC),
            "imeelii": L(EMAIL_MIXED, MAIL), "bilbila": L(E164, TEL),
            "jecha_iccitii": L(PW, CRED), "paaspoortii": L(PASSPORT, NID),
            "guyyaa_dhalootaa": L(DOB, BIRTH), "saala": L("dubartii", GENDER)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "baabura-android", "scope": "tikeetii"}),
        case(f, f"{a}/api/v1/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/imala/barbaadi", headers=_h(rng, **b), query={
            "ka_umsa": STATION["id"], "gahumsa": STATION_DD["id"], "guyyaa": "2025-12-13",
            "kutaa": "2"}),
        case(f, f"{a}/api/v1/galmee", headers=_h(rng, **b), body={
            "imala": train, "galmee": L(PNR, BUY), "kutaa": "soft_seat",
            "imaltoota": [
                {"maqaa": L(f"{FIRST} {LAST}", NAMEC), "paaspoortii": L(PASSPORT, NID)},
                {"maqaa": L(HUSBAND[0], NAMEC), "fayda": L(HUSBAND[2], NID)},
                {"maqaa": L(KID, NAMEC), "guyyaa_dhalootaa": L(SON["dob"], BIRTH),
                 "daaima": True}],
            "hanga": L(1880, BUY), "bilbila_qunnamtii": L(ET_LINE, TEL)}),
        case(f, f"{a}/api/v1/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "hanga": L("1880.00", BUY), "maallaqa": "ETB",
            "mala": "bilbilbirr", "bilbila_kaffalaa": L(ET_LINE, TEL), "ref": rid(rng)}),
        tk,
        case(f, f"{a}/api/v1/meeshaa_imalaa", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "baayina": 2, "ulfaatina_kg": 31.5,
            "gatii": L(150, BUY), "gosa": ["shaanxaa", "gaarii_daaimaa"]}),
        case(f, f"{a}/api/v1/seensa", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "iddoo": {"lat": sla, "lon": slo},
            "buufata": {"id": STATION["id"], "lat": STATION["lat"], "lon": STATION["lon"]}}),
        raw(f, f"{a}/api/v1/imala/{train}/haala", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/nyaata", fmt="msgpack", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "barcuma": "C4-22",
            "wantoota": [{"maqaa": "firfir", "baayina": 2, "gatii": 140},
                         {"maqaa": "shaayii", "baayina": 2, "gatii": 25}],
            "hanga": L(330, BUY), "yaada": L("Bishaan ho'aa daa'imaaf maaloo", TEXT)}),
        case(f, f"{a}/api/v1/gargaarsa", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "gosa": "haadha_daaimaa",
            "ibsa": L("Ilmi koo ji'a afurii miila isaa lamaan irratti bireesii qaba; iddoo "
                      "ciisichaa barbaanna", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/komii", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "gosa": "turtii",
            "barreeffama": L("Baaburri sa'aatii lama turee, daa'imni beela'e", TEXT)}),
        case(f, f"{a}/api/v1/seenaa", headers=_h(rng, how="none"), cookies={
            "bb_sesii": L(opaque(rng, "", 40), CRED), "bb_meeshaa": L(INSTALL_ID, DID),
            "bb_req": rid(rng)}),
        case(f, f"{a}/api/v1/kaardii_imalaa", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kaardii": L(CARD, UID), "bilbila": L(ET_LINE, TEL),
                       "paaspoortii": L(PASSPORT, NID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/imala/hiruu", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "maqaa": L(SISTER_US[0], NAMEC),
            "imeelii": L(SISTER_US[2], MAIL), "kallattiin": True}),
        case(f, f"{a}/api/v1/deebii_maallaqaa", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "imaltoota": [L(HUSBAND[0], NAMEC)], "hanga": L(620, BUY),
            "herrega_baankii": L(BANK, PAY), "abbaa_herregaa": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/buufata/dhiyoo", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/v1/madaallii", fmt="form", headers=_h(rng, **b), body={
            "galmee": L(PNR, BUY), "urjii": "3",
            "yaada": L("Barcumni qulqulluu, garuu nyaanni qorraa ture", TEXT)}),
        case(f, f"{a}/api/v1/meeshaa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/taateewwan", gz=True, headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("tikeetii_bitame", 1, hanga=L(1880, BUY)),
                ev("fuula", 2, fuula=L("ImalaKoo", USAGE))]}),
        case(f, f"{a}/api/v1/bai", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "meeshaa": L(INSTALL_ID, DID)}),
    ]


def baabura_sdks() -> list[Case]:
    rng = random.Random(16072)
    link = U("https://baabura.example.com/t", {"galmee": L(PNR, BUY), "ref": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        md_batch(APP, rng, [("Ticket Bought", {"total": L(1880, BUY)}),
                            ("Boarded", {"station": STATION["id"]})], at=TRAIN_FIX, nd=3),
        md_queue(APP, rng, [("Trip Beat", {"speed": 92}), ("Food Ordered", {})]),
        th_launch(APP, rng, first=True),
        th_link(APP, rng, link),
        th_event(APP, rng, "purchase", {"galmee": L(PNR, BUY)}, revenue=1880.0, hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,train,dire dawa"),
        bo_notice(APP, rng, "win"),
        cg_session(APP, rng, secs=3120),
        cq_card(APP, rng, email=True),
        cq_confirm(APP, rng, "1880.00"),
        mb_telemetry(APP, rng, [TRAIN_FIX, (9.104225, 40.512871)], PRECISE),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None)]),
    ]
