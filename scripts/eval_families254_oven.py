"""A neighbourhood wood-fired oven's app "Afarnu" (the communal oven of Talmaqlat in the Taroudant
medina: households send their dough on a board and pick up the baked loaves; the oven keeper's
son now runs a queue and a delivery boy on a bicycle). Its API's keys are Tachelhit in Latin
letters: ``ism`` name, ``tilifun`` phone, ``tasarut_n_ukchum`` password ("key of entering"),
``lhuma`` quarter, ``derb`` lane, ``l3nwan`` address, ``tigmmi`` house, ``aghrum`` bread,
``tafarnut`` oven loaf, ``tumzin`` barley, ``irden`` wheat, ``ttabur`` queue, ``tasa3t`` hour,
``asiwd`` pick-up, ``amssawd`` the delivery boy, ``ttlb`` order, ``ssumt`` price,
``iqariden`` amount, ``lxlas`` payment, ``lbakhchich`` tip, ``itran`` stars, ``awal`` remark,
``lmsaj`` message, ``asiggl`` search, ``adgar`` place, ``nkki`` me, ``aruku`` device,
``tigawin`` events, ``ffugh`` log-out. Calls: sign-up (her house's point for the delivery boy),
log-in, ``/nkki``, ovens near home (3 decimals), the oven's page, a turn in the queue, its
payment, a pick-up from her door, a check-in at the oven with her fix, a protobuf queue
position, a weekly standing order (msgpack), a Yennayer order, a review, a search, a message
to the oven keeper naming her sister-in-law, the order by number in the path, a base64 JSON
preferences cookie, a tip, push, events and a log-out. New: "communal oven" matched no
docstring; "bread" and "oven" matched bakeries and ovens of other kinds."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families24_kit import claims
from eval_families254_kit import HOME, HOME_AT, OVEN, OVEN_FIX, aruku, fix, hd
from eval_families254_sdk import bw_bid, bw_notice, ck_session, mg_batch, ta_launch, ta_link
from eval_families254_svc import mb_geocode, mb_telemetry, pg_register, pq_card, pq_confirm
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("afarnu", "Afarnu", "com.example.afarnu", "1.3.0", "https://api.afarnu.example.com")
IID = "X-Afarnu-Aruku"
PW = "Tafarnut*14"
TTLB = "AF-260131-0087"  # her order of the day (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def afarnu() -> list[Case]:
    rng = random.Random(25451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tilifun=L(E164, TEL), ism=L(FIRST, NAMEC)))}
    hla, hlo = fix(HOME_AT, 5)
    ola, olo = fix(OVEN_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TTLB, BUY)), (2, OVEN["id"]), (3, 4), (4, 1769847000),
               (5, L(USER_ID, UID))], "", lab)
    order = at_path(case(f, f"{a}/v1/ttlb/{TTLB}/lhala", headers=_h(rng, **b)), TTLB, BUY)
    return [
        case(f, f"{a}/v1/tirra", headers=_h(rng), body={
            "ism": L(f"{FIRST} {LAST}", NAMEC), "tilifun": L(NATIONAL, TEL),
            "tasarut_n_ukchum": L(PW, CRED), "lhuma": L(HOME["area"], COARSE),
            "l3nwan": L(HOME["line"], ADDR),
            "tigmmi": {"lat": hla, "lng": hlo, "tiflut": "tazggwaght"}}),
        case(f, f"{a}/v1/kchm", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "tasarut_n_ukchum": L(PW, CRED)}),
        case(f, f"{a}/v1/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ifurnan/qrib", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "m": "600"}),
        case(f, f"{a}/v1/ifurnan/{OVEN['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/ttabur", headers=_h(rng, **b), body={
            "afarnu": OVEN["id"], "ttlb": L(TTLB, BUY),
            "aghrum": [{"nnw3": "tafarnut_irden", "ddrt": 6}, {"nnw3": "tumzin", "ddrt": 2}],
            "tasa3t": "12:30", "ssumt": L(8, BUY)}),
        case(f, f"{a}/v1/lxlas", fmt="form", headers=_h(rng, **b), body={
            "ttlb": L(TTLB, BUY), "iqariden": L("8.00", BUY),
            "tarrayt": L(opaque(rng, "wal_", 20), PAY)}),
        case(f, f"{a}/v1/asiwd", headers=_h(rng, **b), body={
            "ttlb": L(TTLB, BUY), "l3nwan": L(HOME["line"], ADDR),
            "adgar": {"lat": hla, "lng": hlo},
            "awal": L("Tiflut tazggwaght, sgr snat tikkal, ur ghur yan akrraz", TEXT),
            "amssawd": "bike_02"}),
        case(f, f"{a}/v1/ttabur/kchm", headers=_h(rng, **b), body={
            "ttlb": L(TTLB, BUY), "adgar": {"lat": ola, "lng": olo},
            "afarnu": {"lat": OVEN["lat"], "lng": OVEN["lon"]}}),
        raw(f, f"{a}/v1/ttabur/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/ttlb/imalass", fmt="msgpack", headers=_h(rng, **b), body={
            "ussan": ["l3rba", "ljjm3a"],
            "aghrum": [{"nnw3": "tafarnut_irden", "ddrt": 4}, {"nnw3": "msmmn", "ddrt": 10}],
            "iqariden_imalass": L(46, BUY), "amsqdac": L(USER_ID, UID)}),
        case(f, f"{a}/v1/ttlb/lhfla", headers=_h(rng, **b), body={
            "lhfla": "yennayer", "ass": "2026-01-13",
            "aghrum": [{"nnw3": "tagulla_tumzin", "ddrt": 1}, {"nnw3": "tafarnut", "ddrt": 12}],
            "iqariden": L(65, BUY),
            "awal": L("Tagulla n Yennayer i tawja, ad tili tazzart g wammas", TEXT)}),
        case(f, f"{a}/v1/itran", fmt="form", headers=_h(rng, **b), body={
            "afarnu": OVEN["id"], "itran": "4",
            "awal": L("Aghrum ifulki, walakin ttabur ighzzif ass n ljjm3a", TEXT)}),
        case(f, f"{a}/v1/asiggl", headers=_h(rng, **b), query={
            "q": L("aghrum n tumzin bla lkhmira", SEARCH)}),
        case(f, f"{a}/v1/lmsaj", headers=_h(rng, **b), body={
            "i": "l3llam_frn_tlm3",
            "lmsaj": L("Rqiya Oubaha rad d tasi aghrum inu ghassad, tilifun nns 0662905113",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        order,
        case(f, f"{a}/v1/ttlb/latest", headers=_h(rng, how="none"), cookies={
            "af_sess": L(opaque(rng, "", 40), CRED),
            "af_prefs": W({"lhuma": L(HOME["area"], COARSE), "tutlayt": L("en", DEV),
                           "afarnu": OVEN["id"]}, "b64json")}),
        case(f, f"{a}/v1/lbakhchich", fmt="form", headers=_h(rng, **b), body={
            "ttlb": L(TTLB, BUY), "amssawd": "bike_02", "iqariden": L("5", BUY)}),
        case(f, f"{a}/v1/aruku", headers=_h(rng, **b), body=aruku(push_token(rng))),
        case(f, f"{a}/v1/tigawin", gz=True, headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "tigawin": [
                ev("ttabur_joined", 1, afarnu=OVEN["id"]),
                ev("agdil", 2, agdil=L("Ttabur", USAGE))]}),
        case(f, f"{a}/v1/ffugh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aruku": L(INSTALL_ID, DID)}),
    ]


def afarnu_sdks() -> list[Case]:
    rng = random.Random(25452)
    link = U("https://afarnu.example.com/t", {"ttlb": L(TTLB, BUY), "src": "sms",
                                              "tel": L(E164, TEL)})
    return [
        mg_batch(APP, rng, [("Queue Joined", {"oven": OVEN["id"]}),
                            ("Order Paid", {"amount": L(8, BUY)})], at=OVEN_FIX, nd=3),
        ta_launch(APP, rng, first=True),
        ta_link(APP, rng, link),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="bread,food,taroudant"),
        bw_notice(APP, rng, "imp"),
        ck_session(APP, rng, secs=96),
        pg_register(APP, rng, tags={"afarnu": OVEN["id"], "lhuma": L("Talmaqlat", COARSE)}),
        pq_card(APP, rng),
        pq_confirm(APP, rng, "8.00"),
        mb_geocode(APP, rng, "14 Derb Tafilalt Taroudant", ADDR, near=HOME_AT, nd=3),
        mb_telemetry(APP, rng, [OVEN_FIX, HOME_AT], PRECISE),
    ]

