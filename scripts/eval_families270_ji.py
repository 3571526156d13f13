"""A donkey-cart water delivery app "Jiisarete" (Selibaby, Mauritania: carters fill barrels at the
public standpipes and deliver them to compounds; ouguiya prices; its API's keys are Soninke,
ASCII-folded, with loans: ``toxo`` first name, ``kabila_toxo`` surname, ``telefoni``, ``kode``
SMS code, ``kiliyan`` customer, ``ka`` compound (street line), ``kartiye`` quarter, ``debe``
town, ``jamaane`` country, ``dingira`` place, ``ji`` water, ``fiti`` barrels, ``litiri`` litres,
``faale`` donkey, ``sarete`` cart, ``xobe`` order (lit. buy), ``sara`` payment, ``xaalisi``
amount, ``abonman`` subscription, ``xibaare`` message, ``noti`` rating, ``komanter`` remark,
``kanu_moxu`` household members, ``jamaa`` gathering, ``sababu`` reason, ``kiye``/``waxati``
day/time, ``aparey`` device): an SMS code and its check, the customer profile with the
compound's pin, ``/ndi``, carts near the compound, an order, the order by number in the path, the
payment, a subscription, the delivery confirmed with her fix, a photo of dirty water, a message to
the carter, a rating, the standpipe's status, the household, past orders by cookie, an offline
queue (JSON Lines), an order for a naming ceremony, receipts by customer number in the path,
push, events and a log-out."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    CARTER,
    FIL,
    HUSBAND,
    SB_HOME,
    SB_HOME_AT,
    SIL,
    STANDPIPE,
    TZ_MR,
    WATER_ACCT,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import (
    db_bid,
    db_notice,
    jt_launch,
    tk_batch,
    tk_queue,
    wc_session,
)
from eval_families270_svc import km_geocode, km_reverse, xl_wallet, xp_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jiisarete", "Jiisarete", "com.example.jiisarete", "1.3.0",
          "https://api.jiisarete.example.com")
IID = "X-Jiisarete-Aparey"
ORDER = "JX-2026-01877"  # an order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def jiisarete() -> list[Case]:
    rng = random.Random(27021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefoni=L(E164, TEL), kiliyan=L(WATER_ACCT, UID)))}
    hla, hlo = fix(SB_HOME_AT, 5)
    dla, dlo = fix(SB_HOME_AT)
    order = at_path(case(f, f"{a}/v1/xobe/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    receipts = at_path(case(f, f"{a}/v1/kiliyan/{WATER_ACCT}/resu", headers=_h(rng, **b),
                            query={"xaso": "2026-01"}), WATER_ACCT, UID)
    return [
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "xanne": L("fr", DEV)}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("5081", CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/kiliyan", headers=_h(rng, **b), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "telefoni": L(NATIONAL, TEL),
            "ka": L(SB_HOME["line"], ADDR), "kartiye": L(SB_HOME["area"], COARSE),
            "debe": L(SB_HOME["town"], COARSE), "jamaane": L("MR", COARSE),
            "dingira": {"lat": hla, "lon": hlo}, "kiliyan": L(WATER_ACCT, UID)}),
        case(f, f"{a}/v1/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sarete/maxa", headers=_h(rng, **b), query={
            "lat": L(f"{SB_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{SB_HOME_AT[1]:.3f}", PRECISE),
            "km": "2"}),
        case(f, f"{a}/v1/xobe", headers=_h(rng, **b), body={
            "xobe": L(ORDER, BUY), "kiliyan": L(WATER_ACCT, UID), "sarete": CARTER["id"],
            "fiti": 4, "litiri": 800, "xaalisi": L(400, BUY), "devise": "MRU",
            "ka": L(SB_HOME["line"], ADDR), "dingira": {"lat": dla, "lon": dlo},
            "kiye": "2026-01-27", "waxati": "07:30"}),
        order,
        case(f, f"{a}/v1/sara", fmt="form", headers=_h(rng, **b), body={
            "xobe": L(ORDER, BUY), "xaalisi": L("400", BUY), "devise": "MRU",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "karti_laban": L("4444", PAY)}),
        case(f, f"{a}/v1/abonman", headers=_h(rng, **b), body={
            "kiliyan": L(WATER_ACCT, UID), "fiti": 4, "kiyenu": ["mon", "wed", "sat"],
            "xaalisi_xaso": L(5200, BUY), "sarete": CARTER["id"]}),
        case(f, f"{a}/v1/livere/{obj(rng, 'lv')}/confirm", headers=_h(rng, **b), body={
            "xobe": L(ORDER, BUY), "fiti_yi_taga": 4, "dingira": {"lat": dla, "lon": dlo},
            "faale": "fl_23", "sarete": CARTER["id"]}),
        multipart(f, f"{a}/v1/sikaye", [
            ("foto", "fiti_ji.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("safande", None, "application/json", {
                "xobe": L(ORDER, BUY),
                "komanter": L("The second barrel was brown and smelled of diesel", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/xibaare", headers=_h(rng, **b), body={
            "to": CARTER["id"],
            "xibaare": L("Samba, come before 8, nobody is at the compound after that", TEXT)}),
        case(f, f"{a}/v1/noti", fmt="form", headers=_h(rng, **b), body={
            "sarete": CARTER["id"], "noti": "4",
            "komanter": L("On time, but the donkey looked tired", TEXT)}),
        case(f, f"{a}/v1/standpipe/{STANDPIPE['id']}", headers=_h(rng, **b),
             query={"kiye": "2026-01-28"}),
        case(f, f"{a}/v1/kiliyan/kanu_moxu", headers=_h(rng, **b), body={
            "kiliyan": L(WATER_ACCT, UID), "moxu": 5,
            "kanu_moxu": [L(HUSBAND[0], NAMEC), L(FIL["name"], NAMEC), L(SIL[0], NAMEC)],
            "faale_ji": True}),
        case(f, f"{a}/v1/xobe/tarixi", headers=_h(rng, how="none"), cookies={
            "js_sesiyon": L(opaque(rng, "", 40), CRED), "js_aparey": L(INSTALL_ID, DID),
            "js_req": rid(rng)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "xobe", "kiliyan": L(WATER_ACCT, UID), "fiti": 2,
             "dingira": {"lat": L(dla.value, PRECISE), "lon": L(dlo.value, PRECISE)},
             "t": 1769500000},
            {"op": "noti", "sarete": CARTER["id"], "noti": 5, "t": 1769503600}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/xobe/jamaa", headers=_h(rng, **b), body={
            "kiliyan": L(WATER_ACCT, UID), "fiti": 12, "kiye": "2026-02-07",
            "sababu": L("Name-giving of Kadia's daughter, guests from Kayes", TEXT),
            "contact": {"toxo": L(SIL[0], NAMEC), "telefoni": L(SIL[1], TEL)},
            "xaalisi": L(1200, BUY)}),
        receipts,
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b),
             body=push(push_token(rng), "fr_MR", TZ_MR)),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("order_placed", 1, fiti=4), ev("screen", 2, screen=L("Sarete", USAGE))]}),
        case(f, f"{a}/v1/sere/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def jiisarete_sdks() -> list[Case]:
    rng = random.Random(27022)
    return [
        tk_batch(APP, rng, [("Order Placed", {"barrels": 4, "total": L(400, BUY)}),
                            ("Delivery Confirmed", {})], at=SB_HOME_AT, nd=3, locale="fr_MR"),
        tk_queue(APP, rng, [("Order Queued", {"barrels": 2}), ("Rating Queued", {"stars": 5})]),
        jt_launch(APP, rng, user=True),
        db_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SB_HOME_AT, nd=2,
               keywords="water,delivery,selibaby"),
        db_notice(APP, rng, "imp"),
        wc_session(APP, rng, secs=96),
        xp_register(APP, rng, lang="fr", at=SB_HOME_AT, nd=2, tags={"kartiye": L(
            SB_HOME["area"], COARSE)}),
        xl_wallet(APP, rng, "400", L(SIL[1], TEL), currency="MRU", provider="mr_wallet"),
        km_reverse(APP, rng, SB_HOME_AT, PRECISE, nd=5),
        km_geocode(APP, rng, "borne fontaine Selibaby-Est", SEARCH, near=SB_HOME_AT, nd=3),
    ]
