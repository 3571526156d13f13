"""A piso Wi-Fi operator app "Sinsilyo" (she runs three coin-operated Wi-Fi vending machines,
two at her market stall in Tibanga and one at their house; its API mixes English with Maranao
and Filipino loans as a Mindanao developer writes them: ``ngaran``/``apelyido`` name,
``selpon`` mobile, ``sekreto`` password, ``makina`` machine, ``sinsilyo`` coins, ``kadakel``
count, ``pirak`` money, ``arga`` price, ``bayad`` payment, ``abang`` rent, ``tindahan`` stall,
``lugar`` place, ``kaoyagan`` earnings, ``sulat`` message, ``reklamo`` complaint, ``pangilay``
search, ``taw`` user, ``gamit`` device): operator sign-up (her TIN), log-in, ``/ako``, the home
machine registered (its SSID, the house router it rides on, her fix), offline coin collections
(JSON Lines), a voucher batch (msgpack), rates, sales by operator number in the path, a payout
to the family e-wallet, the stall rent, a fault photo, a reply to a customer, backup data load,
a stall visit with her fix, a protobuf heartbeat, a search, the quarterly sales declaration
(gzip), push, events and the dashboard by cookie (base64 JSON preferences). Coin-operated
machines appear elsewhere only as a laundry (set 56); "piso wi" matched nothing."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families280_kit import (
    EWALLET,
    HOME_AT,
    MACHINES,
    OPERATOR,
    STALL,
    STALL_FIX,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families280_sdk import (
    ct_crash,
    ct_crumb,
    gb_bid,
    gb_notice,
    ok_batch,
    ok_identify,
    sm_event,
    sm_launch,
)
from eval_families280_svc import cp_wallet, hp_attach, md_reverse, pl_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("sinsilyo", "Sinsilyo", "com.example.sinsilyo", "5.0.2",
          "https://api.sinsilyo.example.com")
IID = "X-Sinsilyo-Gamit"
PW = "Piso#Tibanga44"
NID = "personal.national_id"
HOME_MACHINE_SSID, HOME_MACHINE_BSSID = "SINSILYO-PISO-C", "9c:a2:f4:51:07:e3"  # at her house


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sinsilyo() -> list[Case]:
    rng = random.Random(28051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, operator=L(OPERATOR, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT)
    sla, slo = fix(STALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(OPERATOR, UID)), (2, 3), (3, 1765324800),
               (4, [(1, MACHINES[0]), (2, 1)]), (5, [(1, MACHINES[2]), (2, 0)]),
               (6, L(63, DEV))], "", lab)
    sales = at_path(case(f, f"{a}/api/operators/{OPERATOR}/kaoyagan", headers=_h(rng, **b),
                         query={"phoon": "2025-11-01", "taman": "2025-11-30"}), OPERATOR, UID)
    return [
        case(f, f"{a}/api/operators", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "sekreto": L(PW, CRED), "TIN": L(TIN, NID),
            "operator": L(OPERATOR, UID), "tindahan": STALL["id"],
            "ngaran_a_negosyo": "Tibanga Sinsilyo Spot"}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sekreto": L(PW, CRED), "gamit": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/makina", headers=_h(rng, **b), body={
            "makina": MACHINES[2], "serial": "PW-LX3-0082211", "operator": L(OPERATOR, UID),
            "lugar": {"lat": hla, "lng": hlo},
            "broadcast": {"ssid": L(HOME_MACHINE_SSID, WIFI),
                          "bssid": L(HOME_MACHINE_BSSID, WIFI)},
            "uplink": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                       "ip": L(LOCAL_IP, DEV)}}),
        lines(f, f"{a}/api/collections/sync", [
            {"makina": MACHINES[0], "petsa": "2025-12-07", "sinsilyo": {"1": 212, "5": 61,
                                                                       "10": 14},
             "kadakel_a_pirak": L(657, BUY), "by": L(OPERATOR, UID)},
            {"makina": MACHINES[1], "petsa": "2025-12-07", "sinsilyo": {"1": 148, "5": 40},
             "kadakel_a_pirak": L(348, BUY), "by": L(OPERATOR, UID)},
            {"makina": MACHINES[2], "petsa": "2025-12-08", "sinsilyo": {"1": 96, "5": 22},
             "kadakel_a_pirak": L(206, BUY), "by": L(OPERATOR, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/vouchers/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "makina": MACHINES[0], "operator": L(OPERATOR, UID),
            "vouchers": [{"code": opaque(rng, "", 8).upper(), "minutes": m, "arga": p}
                         for m, p in ((30, 5), (60, 10), (180, 25))]}),
        case(f, f"{a}/api/rates", headers=_h(rng, **b), query={
            "makina": MACHINES[1], "piso_per_minutes": "1:6"}),
        sales,
        case(f, f"{a}/api/payouts", headers=_h(rng, **b), body={
            "operator": L(OPERATOR, UID), "ewallet": L(EWALLET, TEL),
            "kadakel_a_pirak": L("1150.00", BUY), "reference": rid(rng)}),
        case(f, f"{a}/api/stall/abang", fmt="form", headers=_h(rng, **b), body={
            "tindahan": STALL["id"], "bulan": "2025-12", "arga": L("1500.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "resibo": L("MKT-44-2512", BUY)}),
        multipart(f, f"{a}/api/makina/fault", [
            ("litrato", "coin_slot.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {
                "makina": MACHINES[1], "klase": "coin_jam",
                "sulat": L("Da modawat sa singko so coin slot phoon sa kagagawii", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tickets/reply", headers=_h(rng, **b), body={
            "ticket": obj(rng, "tk"), "makina": MACHINES[0],
            "sulat": L("Pasensya, ibagak ko so 10 piso niyo amay ka makaoma kano sa tindahan.",
                       TEXT)}),
        case(f, f"{a}/api/stall/koryente", headers=_h(rng, **b), body={
            "tindahan": STALL["id"], "submeter": "sm_44", "kWh": 61.4,
            "arga": L(742, BUY), "operator": L(OPERATOR, UID)}),
        case(f, f"{a}/api/makina/load", fmt="form", headers=_h(rng, **b), body={
            "makina": MACHINES[2], "promo": "DATA299", "arga": L("299", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/visits", headers=_h(rng, **b), body={
            "tindahan": STALL["id"], "lugar": {"lat": sla, "lng": slo},
            "tindahan_a_lugar": {"lat": STALL["lat"], "lng": STALL["lon"]},
            "visit": obj(rng, "vs")}),
        raw(f, f"{a}/api/heartbeat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/pangilay", headers=_h(rng, **b), query={
            "pangilay": L("coin acceptor di modawat singko", SEARCH)}),
        case(f, f"{a}/api/declarations/quarter", gz=True, headers=_h(rng, **b), body={
            "operator": L(OPERATOR, UID), "TIN": L(TIN, NID), "quarter": "2025-Q4",
            "kaoyagan": L(31870, BUY), "abang": L(4500, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "taw": L(USER_ID, UID), "events": [
                ev("collection_synced", 1), ev("screen", 2, screen=L("Kaoyagan", USAGE))]}),
        case(f, f"{a}/api/dashboard", headers=_h(rng, how="none"), cookies={
            "sn_sesyon": L(opaque(rng, "", 40), CRED),
            "sn_prefs": W({"operator": L(OPERATOR, UID), "basa": L("mrw", DEV),
                           "pirak": "PHP"}, "b64json")}),
    ]


def sinsilyo_sdks() -> list[Case]:
    rng = random.Random(28052)
    return [
        ok_batch(APP, rng, [("Collection Synced", {"total": L(1211, BUY)}),
                            ("Payout Requested", {"amount": L(1150, BUY)})],
                 at=STALL_FIX, nd=2),
        ok_identify(APP, rng, {"operator": L(OPERATOR, UID), "machines": 3,
                               "syudad": L("Iligan City", "location.coarse")}),
        sm_launch(APP, rng, user=True),
        sm_event(APP, rng, "payout", {"operator": L(OPERATOR, UID)}, revenue=1150.0,
                 currency="PHP"),
        gb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="business,wifi,vending"),
        gb_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.io.IOException", "sync interrupted"),
                 [ct_crumb("nav", "Makina -> Collections"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/collections/sync",
                                           "status": 0})], screen="CollectionsActivity"),
        pl_register(APP, rng, at=STALL_FIX, nd=2, tags={"machines": 3}),
        cp_wallet(APP, rng, "1150.00", L(EWALLET, TEL)),
        md_reverse(APP, rng, STALL_FIX, PRECISE, nd=5),
        hp_attach(APP, rng, L(JPEG + b"\x45", MEDIA), "receipt_rent.jpg", "image/jpeg"),
    ]
