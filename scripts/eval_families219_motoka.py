"""A car spare-parts app "Motoka Pat" (a Kissy Street parts dealer that ships parts up-country by
bus; its API's keys are Krio snake_case: ``nem`` name, ``imel`` e-mail, ``fon`` phone,
``paswod`` password, ``motoka`` car, ``ia`` year, ``pat`` part, ``kat`` cart, ``oda`` order,
``total``, ``pe`` pay, ``sen_to`` deliver to, ``mekanik`` mechanic, ``ples`` place, ``rod``
road, ``wetin_apin`` what happened, ``ritan`` return, ``moni`` amount, ``mesej`` message,
``adres`` address, ``tong`` town, ``fen`` search, ``kostoma`` customer, ``pikcho`` photo):
sign-up, log-in, ``/mi``, the family car added, a parts search, a part, the cart, the order sent
to the mechanic in Bo, its payment, a roadside request with her fix where the car stopped on the
Bo highway, the order's tracking by number in the path, a photo of the broken part, a saved
parts list (msgpack), a message to the shop, a return with a refund to her wallet, garages near
the breakdown (4 decimals), her home address saved, a receipt by cookie, a loyalty link (base64
JSON in a form field), push and events. No earlier set has a car-parts shop (a file-name and
docstring grep for "spare part", "car parts" and "auto parts" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families219_kit import (
    BREAKDOWN_AT,
    CAR,
    CUR,
    FT_HOME,
    MECHANIC_BO,
    SHOP,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import (
    bs_bid,
    kk_crash,
    kk_crumb,
    lk_batch,
    lk_queue,
    tp_event,
    tp_launch,
)
from eval_families219_svc import ff_eval, hb_message, ln_wallet, mb_geocode, mb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("motokapat", "Motoka Pat", "com.example.motokapat", "4.1.0",
          "https://api.motokapat.example.net")
IID = "X-MP-Install"
PW = "Rav4!Mile91"
ORDER = "MP-260118-4471"  # her order (financial.purchase)
CUSTOMER = "KST-20931"  # her customer number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def motokapat() -> list[Case]:
    rng = random.Random(21961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), kostoma=L(CUSTOMER, UID)))}
    bla, blo = fix(BREAKDOWN_AT)
    car = obj(rng, "mk")
    track = at_path(case(f, f"{a}/api/v1/oda/{ORDER}/trak", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/sayn_ap", headers=_h(rng), body={
            "nem": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL, MAIL), "fon": L(E164, TEL),
            "paswod": L(PW, CRED), "tong": L("Freetown", COARSE),
            "kostoma": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/v1/sayn_in", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "paswod": L(PW, CRED)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/motoka", headers=_h(rng, **b), body={
            "motoka": car, "mek": CAR["make"], "model": CAR["model"], "ia": CAR["year"],
            "vin": CAR["vin"], "plet": CAR["plate"], "injin": "2AZ-FE"}),
        case(f, f"{a}/api/v1/pat/fen", headers=_h(rng, **b), query={
            "fen": L("RAV4 2012 altaneta belt", SEARCH), "motoka": car}),
        case(f, f"{a}/api/v1/pat/pt_2az_alt_0931", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kat", headers=_h(rng, **b), body={
            "kat": obj(rng, "kt"),
            "tin_dem": [{"pat": "pt_2az_alt_0931", "kwantiti": 1, "prays": 2850},
                        {"pat": "pt_belt_6pk", "kwantiti": 1, "prays": 240}],
            "total": L(3090, BUY)}),
        case(f, f"{a}/api/v1/oda", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "total": L(3140, BUY), "kurensi": CUR,
            "sen_to": {"mekanik": L(MECHANIC_BO[0], NAMEC), "fon": L(MECHANIC_BO[1], TEL),
                       "ples": "Koroma Motors, Dambara Road, Bo", "tong": L("Bo", COARSE)},
            "bus_park": "Bo lorry park", "sen_fi": 50}),
        case(f, f"{a}/api/v1/pe", fmt="form", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "moni": L("3140.00", BUY), "kurensi": CUR,
            "metod": L(opaque(rng, "pm_", 24), PAY), "card_las4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/rodsayd", headers=_h(rng, **b), body={
            "ples": {"lat": bla, "lon": blo, "akyurasi": 6},
            "rod": "Freetown-Bo highway", "motoka": car,
            "wetin_apin": L("Motoka don stop bifo Mile 91, di batri lait de shayn", TEXT),
            "fon": L(E164, TEL)}),
        track,
        multipart(f, f"{a}/api/v1/pikcho", [
            ("pikcho", "altaneta.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {"oda": L(ORDER, BUY), "motoka": car})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sev_list", fmt="msgpack", headers=_h(rng, **b), body={
            "kostoma": L(CUSTOMER, UID), "motoka": car,
            "pat_dem": ["pt_brake_pad_f", "pt_oil_filter_90915", "pt_wiper_22"]}),
        case(f, f"{a}/api/v1/mesej", headers=_h(rng, **b), body={
            "to": SHOP["id"], "oda": L(ORDER, BUY),
            "mesej": L("Una put di pat pan di Bo bus tide? Di mekanik de wet", TEXT)}),
        case(f, f"{a}/api/v1/ritan", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "pat": "pt_belt_6pk",
            "wetin_apin": L("Di belt tu shot fo di motoka", TEXT),
            "moni": L(240, BUY), "ritan_to": {"mobail_moni": L(WALLET, TEL)}}),
        case(f, f"{a}/api/v1/garaj/near", headers=_h(rng, **b), query={
            "lat": L(f"{BREAKDOWN_AT[0]:.4f}", PRECISE),
            "lon": L(f"{BREAKDOWN_AT[1]:.4f}", PRECISE),
            "km": "20"}),
        case(f, f"{a}/api/v1/adres", headers=_h(rng, **b), body={
            "adres": L(FT_HOME["line"], ADDR), "tong": L(FT_HOME["town"], COARSE),
            "rijon": L(FT_HOME["region"], COARSE), "difolt": True}),
        case(f, f"{a}/api/v1/resit/las", headers=_h(rng, how="none"), cookies={
            "mp_seshon": L(opaque(rng, "", 40), CRED), "mp_divays": L(INSTALL_ID, DID),
            "mp_req": rid(rng)}),
        case(f, f"{a}/api/v1/loyalti/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kostoma": L(CUSTOMER, UID), "fon": L(E164, TEL),
                       "imel": L(EMAIL, MAIL)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/divays", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "ivent_dem": [
                ev("oda", 1, total=L(3140, BUY)), ev("skrin", 2, skrin=L("Trak", USAGE))]}),
    ]


def motokapat_sdks() -> list[Case]:
    rng = random.Random(21962)
    return [
        lk_batch(APP, rng, [("Order Placed", {"total": L(3140, BUY)}),
                            ("Roadside Requested", {})], at=BREAKDOWN_AT, nd=2),
        lk_queue(APP, rng, [("Part Viewed", {"part": "pt_2az_alt_0931"}),
                            ("Search", {"q": L("altaneta", SEARCH)})]),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"oda": L(ORDER, BUY)}, revenue=3140.0, currency=CUR,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cars,parts,tyres"),
        kk_crash(APP, rng, ("java.net.UnknownHostException", "api.motokapat.example.net"),
                 [kk_crumb("nav", "Oda -> Trak"), kk_crumb("net", "GET", {"status": 0})],
                 screen="TrakActivity"),
        ff_eval(APP, rng, {"tong": L("Freetown", COARSE), "delivery": "bus"}),
        ln_wallet(APP, rng, "240", L(WALLET, TEL)),
        mb_geocode(APP, rng, "Mile 91 garaj", SEARCH, near=BREAKDOWN_AT, nd=3),
        mb_telemetry(APP, rng, [BREAKDOWN_AT], PRECISE),
        hb_message(APP, rng, L(f"Mi oda {ORDER} no rich Bo yet", f"{TEXT}|{BUY}"),
                   {"kostoma": L(CUSTOMER, UID)}),
    ]
