"""Guinea-fowl keet and buy-back app "Kpang Bihi" (``kpang`` guinea fowl, ``bihi`` children: a
Savelugu hatchery sells day-old keets to growers, advises on brooding and buys the grown birds
back before the festive season; she raises 300 keets with her mother-in-law in the family
compound in Yendi). Keys are Dagbani, ASCII-folded, with English where APIs keep it: ``yuli``
name, ``dang_yuli`` surname, ``fon_nomba`` phone, ``soghisim`` password, ``ting`` town, ``yili``
house (street line), ``kpang_bihi`` keets, ``dabu`` buying, ``kohibu`` selling, ``ligidi``
amount, ``yobu`` payment, ``bindirigu`` feed, ``tim`` medicine (vaccine), ``kpibu`` deaths,
``yaghili`` place, ``nahingli`` pen, ``yeltogha`` message, ``bohibu`` question, ``dabsili`` day,
``masini`` device, ``yela`` events: sign-up with her grower number, an SMS code, ``/me``, the pens
with her fix, a keet order, its payment, the delivery, a vaccination log (msgpack), deaths with a
photo, feed, an offline sync (JSON Lines), a brooder thermometer beat (protobuf), hatcheries near
Yendi (2 decimals), the buy-back booking, the payout, the order by number in the path, a question
to the extension officer, her mother-in-law as co-grower, the weather, push and events. Set 78 has
a poultry farm's vaccination log (Ogun State, layers); this is a hatchery's keet sales and
buy-back scheme for guinea fowl."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families225_kit import (
    GROWER,
    HATCHERY,
    MOTHER_IL,
    PEN_FIX,
    TML_HOME_AT,
    TZ,
    WALLET,
    YENDI_AT,
    fix,
    hd,
    obj,
)
from eval_families225_sdk import (
    ay_event,
    ay_launch,
    bt_bid,
    bt_notice,
    ch_session,
    km_batch,
    km_queue,
)
from eval_families225_svc import md_reverse, md_route, md_telemetry, pg_wallet, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kpangbihi", "Kpang Bihi", "com.example.kpangbihi", "1.9.0",
          "https://api.kpangbihi.example.net")
IID = "X-Kpang-Masini"
PW = "Yendi$kpang300"
ORDER = "KO-26-01193"  # her keet order (financial.purchase)
YENDI_LINE = "Gbungbaliga Road, House 4, Yendi"  # the family compound (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, dag=True, **kw)


def kpang() -> list[Case]:
    rng = random.Random(22521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), fon=L(NATIONAL, TEL)))}
    pla, plo = fix(PEN_FIX)
    dla, dlo = fix(PEN_FIX, 5)
    batch = obj(rng, "bt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(GROWER, UID)), (2, "brd_0071"), (3, 1768300000), (4, 34.5), (5, 61),
               (6, L(37, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/dabu/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/ninsala", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "fon_nomba": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "soghisim": L(PW, CRED), "grower": L(GROWER, UID),
            "yili": L(YENDI_LINE, ADDR), "ting": L("Yendi", COARSE),
            "district": L("Yendi Municipal", COARSE)}),
        case(f, f"{a}/api/ninsala/code", fmt="form", headers=_h(rng), body={
            "fon_nomba": L(NATIONAL, TEL), "code": L("271904", CRED)}),
        case(f, f"{a}/api/ninsala/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/nahingli", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "nahingli": 2, "kalinli": 300,
            "yaghili": {"lat": pla, "lng": plo}, "brooder": "charcoal_pot"}),
        case(f, f"{a}/api/dabu", headers=_h(rng, **b), body={
            "hatchery": HATCHERY["id"], "kpang_bihi": 300, "dabsili": "2026-02-03",
            "dabu": L(ORDER, BUY), "ligidi": L(3900, BUY), "ligidi_yini": 13,
            "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/yobu", fmt="form", headers=_h(rng, **b), body={
            "dabu": L(ORDER, BUY), "ligidi": L("3900.00", BUY), "momo": L(WALLET, TEL),
            "network": "mtn"}),
        case(f, f"{a}/api/dabu/{ORDER}/deliver", headers=_h(rng, **b), body={
            "received": 296, "dead_on_arrival": 4, "yaghili": {"lat": dla, "lng": dlo},
            "driver": "drv_0310", "ts": 1768210000}),
        case(f, f"{a}/api/tim", fmt="msgpack", headers=_h(rng, **b), body={
            "batch": batch, "tim": "Newcastle La Sota", "dabsili": "2026-02-17",
            "kalinli": 292, "route": "drinking_water", "grower": L(GROWER, UID)}),
        multipart(f, f"{a}/api/kpibu", [
            ("foto", "pen2.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {"batch": batch, "kpibu": 6,
                                                "yeltogha": L("Six keets died in the cold "
                                                              "night, pen two", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bindirigu", headers=_h(rng, **b), body={
            "bags": 4, "kind": "starter_crumbs", "ligidi": L(1160, BUY),
            "grower": L(GROWER, UID), "deliver_to": L(YENDI_LINE, ADDR)}),
        lines(f, f"{a}/api/sync", [
            {"op": "count", "batch": batch, "alive": 286, "by": L(GROWER, UID)},
            {"op": "feed", "batch": batch, "kg": 12.5, "by": L(GROWER, UID)},
            {"op": "water", "batch": batch, "litres": 30, "by": L(GROWER, UID)}],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/brooder/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/hatchery/kpe", headers=_h(rng, **b), query={
            "lat": L(f"{YENDI_AT[0]:.2f}", COARSE), "lng": L(f"{YENDI_AT[1]:.2f}", COARSE),
            "km": "80"}),
        case(f, f"{a}/api/kohibu", headers=_h(rng, **b), body={
            "batch": batch, "kpang": 270, "kg_yini": 1.3, "ligidi_kg": 38,
            "ligidi": L(13338, BUY), "dabsili": "2026-05-20", "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/kohibu/payout", headers=_h(rng, **b), body={
            "momo": L(WALLET, TEL), "ligidi": L(13338, BUY), "ref": rid(rng)}),
        receipt,
        case(f, f"{a}/api/bohibu", headers=_h(rng, **b), body={
            "to": "ext_officer_ynd",
            "bohibu": L(f"My mother-in-law {MOTHER_IL[0]} says the keets sneeze at night, "
                        "should we close the pen earlier?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/grower/partner", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "yuli": L(MOTHER_IL[0], NAMEC),
            "fon_nomba": L(MOTHER_IL[1], TEL), "relation": "ma_yidana"}),
        case(f, f"{a}/api/sa_yela", headers=_h(rng, **b), query={
            "lat": L(f"{PEN_FIX[0]:.2f}", COARSE), "lng": L(f"{PEN_FIX[1]:.2f}", COARSE),
            "days": "5"}),
        case(f, f"{a}/api/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "lang": L("dag", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/yela", gz=True, headers=_h(rng, **b), body={
            "ninsala": L(USER_ID, UID), "yela": [
                ev("keets_ordered", 1, kalinli=300), ev("screen", 2, screen=L("Nahingli", USAGE)),
                ev("sold", 3, ligidi=L(13338, BUY))]}),
        case(f, f"{a}/api/yi", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def kpang_sdks() -> list[Case]:
    rng = random.Random(22522)
    return [
        km_batch(APP, rng, [("Keets Ordered", {"count": 300}),
                            ("Deaths Logged", {"count": 6})], at=PEN_FIX, nd=3),
        km_queue(APP, rng, [("Feed Logged", {"kg": 12.5}), ("Count Logged", {"alive": 286})]),
        ay_launch(APP, rng, first=True, user=True),
        ay_event(APP, rng, "purchase", {"dabu": L(ORDER, BUY)}, revenue=3900.0),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YENDI_AT, nd=2,
               keywords="poultry,feed,guinea fowl"),
        bt_notice(APP, rng, "imp"),
        ch_session(APP, rng, secs=388),
        pl_register(APP, rng, lang="dag", at=PEN_FIX, nd=2, tags={"district": L("Yendi",
                                                                               COARSE)}),
        pg_wallet(APP, rng, "3900", L(WALLET, TEL)),
        md_reverse(APP, rng, PEN_FIX, PRECISE, nd=5),
        md_route(APP, rng, [(TML_HOME_AT, PRECISE), (YENDI_AT, PRECISE)]),
        md_telemetry(APP, rng, [PEN_FIX, YENDI_AT], PRECISE),
    ]
