"""A sea-buckthorn pickers' cooperative app "Chistek" (the Chadan collection point buys wild
sea-buckthorn from the riverside thickets each autumn; she picks with her mother-in-law; the
API's keys are Tuvan in ASCII, written by the cooperative's young programmer:
``chyykchy`` picker, ``ady`` name, ``familiya`` surname, ``telefon``, ``chazhyt_sos``
password, ``torutken_hun`` birth date, ``pasport`` passport (loan), ``churttaar_cheri``
residence, ``hooray`` town, ``kozhuun`` district, ``uchastok`` plot (loan), ``cher`` place,
``chistek`` berries, ``dengzi`` weight, ``sumka`` bag, ``ortek`` price, ``aksha`` amount,
``tolevir`` payment, ``karta`` card, ``churuk`` photo, ``demdeglel`` note, ``medee`` message,
``kene`` tick, ``hem`` river, ``mashina`` truck (loan)): sign-up (her US passport), a log-in,
``/men``, plots near Chadan (2 decimals), a plot with her mother-in-law as co-picker, a
check-in in the thicket, a protobuf picking beat, an offline fix queue (msgpack), the weigh-in,
a payout to her phone and one to her card, the price board, the season's receipt by picker
number in the path, a ripeness photo, a tick bite, a message to the point, the cooperative's
truck, sea-buckthorn oil bought, an offline weigh-in sync (JSON Lines), push, events and a
log-out. (A docstring grep found no sea-buckthorn app; berry and foraging apps exist in sets
126-245, so this one is a cooperative's picker card, weigh-ins and payouts.)"""

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
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families269_kit import (
    CHADAN_AT,
    CHADAN_HOME,
    MOTHER_IL,
    PASSPORT,
    PICKER,
    POINT,
    THICKET_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families269_sdk import (
    bs_bid,
    ct_session,
    th_event,
    th_launch,
    um_batch,
    um_identify,
    um_queue,
)
from eval_families269_svc import mu_reverse, mu_route, py_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chistek", "Chistek", "com.example.chistek", "1.2.5", "https://api.chistek.example.net")
IID = "X-Chistek-Device"
PW = "Chalgash#Chadan7"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tyv=True, **kw)


def chistek() -> list[Case]:
    rng = random.Random(26951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, chyykchy=L(PICKER, UID), telefon=L(E164, TEL)))}
    tla, tlo = fix(THICKET_FIX)
    plot = obj(rng, "uch")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PICKER, UID)), (2, plot), (3, 1790841600),
               (4, [(1, L(THICKET_FIX[0], PRECISE)), (2, L(THICKET_FIX[1], PRECISE)),
                    (3, 6.0)]), (5, L(38, DEV))], "", lab)
    season = at_path(case(f, f"{a}/v1/chyykchylar/{PICKER}/sezon", headers=_h(rng, **b),
                          query={"chyl": "2026"}), PICKER, UID)
    return [
        case(f, f"{a}/v1/chyykchylar", headers=_h(rng), body={
            "ady": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "el_shuudang": L(EMAIL, MAIL), "chazhyt_sos": L(PW, CRED),
            "torutken_hun": L(DOB, BIRTH), "pasport": L(PASSPORT, NID),
            "churttaar_cheri": L(CHADAN_HOME["line"], ADDR),
            "hooray": L(CHADAN_HOME["town"], COARSE),
            "kozhuun": L(CHADAN_HOME["district"], COARSE), "chyykchy": L(PICKER, UID)}),
        case(f, f"{a}/v1/kirer", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "chazhyt_sos": L(PW, CRED), "hereksel": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/uchastoktar", headers=_h(rng, **b), query={
            "lat": L(f"{CHADAN_AT[0]:.2f}", COARSE), "lng": L(f"{CHADAN_AT[1]:.2f}", COARSE),
            "hem": "chadan"}),
        case(f, f"{a}/v1/uchastoktar/{plot}/bron", headers=_h(rng, **b), body={
            "chyykchy": L(PICKER, UID), "hunner": ["2026-09-12", "2026-09-13"],
            "kizhi_sany": 2,
            "bile_chyykchy": {"ady": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/kirgen", headers=_h(rng, **b), body={
            "uchastok": plot, "cher": {"lat": tla, "lng": tlo, "chiktig": 7},
            "chyykchy": L(PICKER, UID)}),
        raw(f, f"{a}/v1/chyyr/puls", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/chyyr/chergeler", fmt="msgpack", headers=_h(rng, **b), body={
            "chyykchy": L(PICKER, UID),
            "cherler": [{"lat": L(round(THICKET_FIX[0] + 0.0004 * i, 6), PRECISE),
                         "lng": L(round(THICKET_FIX[1] + 0.0006 * i, 6), PRECISE),
                         "t": 1790842000 + 600 * i} for i in range(3)],
            "punkt": {"lat": POINT["lat"], "lng": POINT["lon"]}}),
        case(f, f"{a}/v1/dengzi", headers=_h(rng, **b), body={
            "punkt": POINT["id"], "chyykchy": L(PICKER, UID), "sumka_sany": 4,
            "dengzi_kg": 31.6, "ortek_kg": 120, "aksha": L(3792, BUY),
            "dengzi_id": obj(rng, "dz")}),
        case(f, f"{a}/v1/tolevir/sbp", fmt="form", headers=_h(rng, **b), body={
            "chyykchy": L(PICKER, UID), "telefon": L(E164, TEL), "aksha": L("3792.00", BUY)}),
        case(f, f"{a}/v1/tolevir/karta", headers=_h(rng, **b), body={
            "chyykchy": L(PICKER, UID), "karta_soolgu": L("4444", PAY),
            "karta_token": L(opaque(rng, "tok_", 24), PAY), "aksha": L(2640, BUY)}),
        case(f, f"{a}/v1/ortekter", headers=_h(rng, **b), query={
            "punkt": POINT["id"], "hun": "2026-09-12"}),
        season,
        multipart(f, f"{a}/v1/churuk", [
            ("churuk", "chistek_bush.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {
                "uchastok": plot,
                "demdeglel": L("Chistek bishken, kyzyl-saryg, arga aksynda hoy", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kene", headers=_h(rng, **b), body={
            "uchastok": plot, "hun": "2026-09-13",
            "medee": L("Kene ystyp aldy, soldu holumda. Emnelgezhe bardym.",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/medee", headers=_h(rng, **b), body={
            "kymga": "punkt_chadan",
            "medee": L("Ertenge 6 sumka ekkelir men, dengzi iyi katap azhyglaptyrar siler be?",
                       TEXT)}),
        case(f, f"{a}/v1/mashina/orun", fmt="form", headers=_h(rng, **b), body={
            "undurer_cher": "Chadan avtovokzal", "hun": "2026-09-12", "orun": "2",
            "ortek": L("200", BUY)}),
        case(f, f"{a}/v1/sadyg/zakaz", headers=_h(rng, **b), body={
            "budurug": "chistek_uzu_250ml", "sany": 3, "aksha": L(1350, BUY),
            "zakaz": L("CZ-" + opaque(rng, "", 6).upper(), BUY)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "dengzi", "punkt": POINT["id"], "kg": 12.4, "by": L(PICKER, UID)},
            {"op": "tolevir", "aksha": L(1488, BUY), "by": L(PICKER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hereksel", headers=_h(rng, **b),
             body=push(push_token(rng), "tyv_RU")),
        case(f, f"{a}/v1/boluushkunnar", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("weigh_in", 1), ev("screen", 2, screen=L("Sezon", USAGE))]}),
        case(f, f"{a}/v1/undurer", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "request": rid(rng)}),
    ]


def chistek_sdks() -> list[Case]:
    rng = random.Random(26952)
    return [
        um_batch(APP, rng, [("Weigh In", {"kg": 31.6}), ("Payout", {"amount": L(3792, BUY)})],
                 at=THICKET_FIX, nd=2, locale="tyv_RU"),
        um_identify(APP, rng, {"hooray": L("Chadan", COARSE), "chyykchy": L(PICKER, UID)}),
        um_queue(APP, rng, [("Beat", {"bags": 2}), ("Check In", {})]),
        th_launch(APP, rng, first=True, user=True),
        th_event(APP, rng, "weigh_in", {"punkt": POINT["id"]}),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=THICKET_FIX, nd=2,
               keywords="berries,harvest,chadan"),
        ct_session(APP, rng, secs=2950),
        py_wallet(APP, rng, "3792", L(E164, TEL)),
        mu_reverse(APP, rng, THICKET_FIX, PRECISE, nd=4),
        mu_route(APP, rng, [(CHADAN_AT, PRECISE), ((POINT["lat"], POINT["lon"]), None)],
                 mode="driving"),
    ]
