"""A watermelon growers' wholesale app "Arvs" (``arvs`` watermelon): she keeps the sales account
of her parents-in-law's melon field (bakhcha) outside Yashkul and sells the harvest by the truck to
wholesale buyers. Its API's keys are Kalmyk in Latin letters: ``nern`` name, ``ovg`` surname,
``utsn`` phone, ``el_bichg`` e-mail, ``nuuts_ug`` password, ``selan`` village, ``rayon``
district, ``ko_ezn`` co-owner, ``tarlng`` field, ``hurahn`` harvest, ``hor`` pesticide (lit.
"poison"), ``usn`` water, ``avgch`` buyer, ``zakaz`` order, ``un`` price, ``mongn`` amount,
``mashin`` truck, ``shofer`` driver, ``dans`` account, ``tolvr`` payment(s), ``nalog`` tax,
``kodlmshch`` workers, ``bichg`` note / message, ``zurg`` photo, ``agaar`` weather, ``hazr``
place, ``unlgn`` rating; ``inn``, ``bic``, ``token``, ``id``, ``lat``/``lon`` as they are.
Seller sign-up (her INN as a self-employed seller, her father-in-law as co-owner), a log-in,
``/bi``, the field's corners, the harvest with her fix, an irrigation note (msgpack), a spraying
log, buyers, a truck order, a loading slot with the buyer's driver, a photo, the payout account, the
payouts, the self-employed tax receipt, an offline sync (JSON Lines), sales by grower number in
the path, a message to a buyer, the pickers' roll, the weather at 2 decimals, a buyer rated, push,
events and a token refresh. Sets 151 (a winery), 199 (abaca) and others have family produce sold
by her; no set has melons (a docstring grep for "melon" and "bakhcha" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families24_kit import claims
from eval_families202_kit import (
    BIC,
    DEPOT,
    FATHER_IL,
    FIELD_AT,
    FIELD_FIX,
    GROWER,
    HUSBAND,
    INN,
    RU_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import md_batch, md_identify, md_pixel, tm_event, tm_launch
from eval_families202_svc import ft_eval, hj_message, mk_geocode, pg_wallet, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("arvs", "Arvs", "com.example.arvs", "1.8.5", "https://api.arvs.example.com")
IID = "X-Arvs-Device"
PW = "Kholodok!2025"
NID = "personal.national_id"
ORDER = "AR-25-08-0413"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def arvs() -> list[Case]:
    rng = random.Random(20231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), el_bichg=L(EMAIL, MAIL)))}
    fla, flo = fix(FIELD_FIX)
    sales = at_path(case(f, f"{a}/api/growers/{GROWER}/sales", headers=_h(rng, **b),
                         query={"season": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/api/growers", headers=_h(rng), body={
            "nern": L(f"{FIRST} {LAST}", NAMEC), "el_bichg": L(EMAIL, MAIL),
            "utsn": L(E164, TEL), "nuuts_ug": L(PW, CRED), "inn": L(INN, NID),
            "status": "samozanyaty", "grower": L(GROWER, UID),
            "ko_ezn": {"nern": L(FATHER_IL[0], NAMEC), "utsn": L(FATHER_IL[1], TEL)},
            "selan": L("Yashkul", COARSE), "rayon": L("Yashkulsky", COARSE)}),
        case(f, f"{a}/api/orh", fmt="form", headers=_h(rng), body={
            "el_bichg": L(EMAIL_UPPER, MAIL), "nuuts_ug": L(PW, CRED), "sanh": "1"}),
        case(f, f"{a}/api/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tarlng", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "sort": "Kholodok", "ga": 6.5,
            "hil": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FIELD_AT]}),
        case(f, f"{a}/api/hurahn", headers=_h(rng, **b), body={
            "odr": "2025-08-11", "tonn": 18.4, "shirg": 12, "hazr": {"lat": fla, "lon": flo},
            "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/tarlng/usn", fmt="msgpack", headers=_h(rng, **b), body={
            "line": obj(rng, "dl"), "litr": 42000, "tsag": 6,
            "bichg": L("Usn dutu, Ochir aav nasosan zasv", TEXT), "by": L(GROWER, UID)}),
        case(f, f"{a}/api/hor", headers=_h(rng, **b), body={
            "odr": "2025-07-02", "prepart": "Ridomil Gold", "ga": 6.5,
            "bichg": L("Ugluhn tsatsv, salkn uga", TEXT)}),
        case(f, f"{a}/api/avgch", headers=_h(rng, **b), query={
            "rayon": "volgograd", "min_tonn": "10"}),
        case(f, f"{a}/api/zakaz", headers=_h(rng, **b), body={
            "avgch": "by_vlg_0031", "depot": {"id": DEPOT["id"], "lat": DEPOT["lat"],
                                              "lon": DEPOT["lon"]},
            "tonn": 18, "un": 14.5, "zakaz": L(ORDER, BUY), "mongn": L(261000, BUY)}),
        case(f, f"{a}/api/mashin", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "odr": "2025-08-12", "slot": "06-08",
            "mashinin_nomr": "A512OK34",
            "shofer": {"nern": L("Vitaly Kozlov", NAMEC), "utsn": L("+79178830452", TEL)}}),
        multipart(f, f"{a}/api/zurg", [
            ("zurg", "arvs_lot.jpg", "image/jpeg", L(JPEG + b"\x39", MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(ORDER, BUY), "kg": 9.2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dans", headers=_h(rng, **b), body={
            "nern": L(f"{FIRST} {LAST}", NAMEC), "dans": L(RU_ACCOUNT, PAY), "bic": BIC,
            "inn": L(INN, NID), "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/tolvr", headers=_h(rng, **b), query={"grower": L(GROWER, UID)}),
        case(f, f"{a}/api/nalog/chek", headers=_h(rng, **b), body={
            "inn": L(INN, NID), "mongn": L(261000, BUY), "chek": "20agk7x1p3",
            "avgch": "by_vlg_0031", "odr": "2025-08-14"}),
        lines(f, f"{a}/api/sync", [
            {"op": "stock", "tonn": 31.5, "by": L(GROWER, UID)},
            {"op": "sale", "zakaz": L(ORDER, BUY), "mongn": L(261000, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/api/bichg", headers=_h(rng, **b), body={
            "to": "by_vlg_0031",
            "bichg": L(f"Ochir aav bish, minii nokr {HUSBAND[0]} {HUSBAND[1]} tany mashin "
                       "tosh", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/kodlmshch", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "odr": "2025-08-11",
            "kodlmshch": [{"nern": L("Dordzhi Basangov", NAMEC), "utsn": L("+79093961840", TEL)},
                          {"nern": L("Saglar Ubushieva", NAMEC), "utsn": L("+79615430719", TEL)}],
            "tsag": 9}),
        case(f, f"{a}/api/agaar", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lon": L(f"{FIELD_FIX[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/avgch/by_vlg_0031/unlgn", fmt="form", headers=_h(rng, **b), body={
            "unlgn": "4", "bichg": L("Tolvr nig odr hotsrv, zuhr sn", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("hurahn_bichv", 1), ev("screen", 2, screen=L("Zakazmud", USAGE))]}),
        case(f, f"{a}/api/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def arvs_sdks() -> list[Case]:
    rng = random.Random(20232)
    return [
        md_batch(APP, rng, [("Harvest Logged", {"tonnes": 18.4}), ("Order Accepted", {})],
                 at=FIELD_FIX, nd=2),
        md_identify(APP, rng, {"rayon": L("Yashkulsky", COARSE), "grower": L(GROWER, UID)}),
        md_pixel(APP, rng, "Sales Opened", {"season": "2025"}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "sale", {"zakaz": L(ORDER, BUY)}, revenue=261000.0),
        ft_eval(APP, rng, {"rayon": L("Yashkulsky", COARSE), "role": "grower"}),
        ps_register(APP, rng, at=FIELD_FIX, nd=2, tags={"rayon": L("Yashkulsky", COARSE)}),
        pg_wallet(APP, rng, "45000", L(E164, TEL)),
        mk_geocode(APP, rng, DEPOT["name"], "behavior.search", near=FIELD_FIX, nd=3),
        hj_message(APP, rng, L(f"Payout for {ORDER} is late", f"{TEXT}|{BUY}"),
                   {"grower": L(GROWER, UID)}),
    ]
