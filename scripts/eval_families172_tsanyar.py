"""A dry cleaner's app with courier pick-up "Tsanyar" (Gudermes; its API's keys are Chechen in
Latin letters: ``tse`` first name, ``famili`` surname, ``telefon`` phone, ``qayla_dosh``
password, ``kod`` code, ``adres`` address, ``ghala`` city, ``indeks`` post code, ``bedar``
clothes, ``tammagha`` stain (lit. "mark"), ``zakaz`` order, ``kurer`` courier, ``khan`` time,
``mettig`` place, ``shoralla``/``dokhalla`` latitude/longitude, ``errig`` total, ``akhcha``
money, ``makh_bar`` payment, ``surt`` picture, ``yoza`` text, ``tergam`` review, ``jaloba``
complaint, ``khaam`` message, ``sovgha`` tip, ``lelorkho`` user, ``lakhar`` search,
``khilamash`` events, ``ghirs`` device, ``arvalar`` log-out, ``san`` my): sign-up with her home
address, an SMS log-in, ``/san``, the price list, a pick-up order from home (5-decimal point), a
stain photo, the courier by order number in the path, the payment, a drop-off at the counter
with her fix, stain notes (msgpack), a monthly plan, her mother-in-law's address for a delivery,
a review, a complaint, a search, a message quoting her phone, a courier tip, an offline notes
sync (JSON Lines), points and a base64 JSON preferences cookie, push, events and a log-out. Set
56 has a laundry app and set 21 a wash app (file names only, not opened); this is dry cleaning of
garments with stain notes and a courier."""

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
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families172_kit import (
    CLEANER,
    CLEANER_FIX,
    HOME,
    HOME_AT,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families172_sdk import al_event, al_launch, bs_bid, ct_crash, ct_crumb, tk_batch, tk_pixel
from eval_families172_svc import ap_card, ap_confirm, cv_check, fk_eval, mt_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tsanyar", "Tsanyar", "com.example.tsanyar", "1.3.9", "https://api.tsanyar.example.net")
IID = "X-Tsanyar-Ghirs"
ORDER = "TS-GUD-260112-0318"  # her order (financial.purchase)
MIL_ADDR = "pr. Isaeva 37, kv. 12"  # her mother-in-law's flat in Grozny (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ce=True, **kw)


def tsanyar() -> list[Case]:
    rng = random.Random(17271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    telefon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    cla, clo = fix(CLEANER_FIX)
    courier = at_path(case(f, f"{a}/api/zakaz/{ORDER}/kurer", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "adres": L(HOME["line"], ADDR),
            "ghala": L(HOME["town"], COARSE), "indeks": L(HOME["post"], COARSE),
            "mikrorayon": L(HOME["area"], COARSE)}),
        case(f, f"{a}/api/chuvalar/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kod": L("905113", CRED)}),
        case(f, f"{a}/api/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/prays", headers=_h(rng, **b), query={"punkt": CLEANER["id"]}),
        case(f, f"{a}/api/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "bedar": [
                {"kep": "palto", "dukhalla": 1, "makh": 1200},
                {"kep": "kostyum_muzhskoy", "dukhalla": 1, "makh": 1500},
                {"kep": "platye_dlinnoye", "dukhalla": 2, "makh": 900}],
            "errig": L(4500, BUY), "adres": L(HOME["line"], ADDR),
            "mettig": {"shoralla": hla, "dokhalla": hlo}, "khan": "2026-01-12 17-19",
            "yoza": L("Ring twice, the gate bell is broken", TEXT)}),
        multipart(f, f"{a}/api/zakaz/surt", [
            ("surt", "stain_dress.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(ORDER, BUY), "bedar": 3})],
            headers=_h(rng, **b)),
        courier,
        case(f, f"{a}/api/makh_bar", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "akhcha": L("4500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_4": L("4444", PAY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "mettig": {"shoralla": cla, "dokhalla": clo},
            "punkt": {"id": CLEANER["id"], "shoralla": CLEANER["lat"],
                      "dokhalla": CLEANER["lon"], "telefon": CLEANER["phone"]}}),
        case(f, f"{a}/api/tammagha", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "tammagha": [
                {"bedar": 3, "kep": "juice", "yoza": L("Pomegranate juice from the wedding", TEXT)},
                {"bedar": 2, "kep": "grease", "yoza": L("Oil on the left sleeve", TEXT)}]}),
        case(f, f"{a}/api/abonement", fmt="form", headers=_h(rng, **b), body={
            "plan": "family_4", "akhcha": L("2900", BUY),
            "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/adres/dopolnitelny", headers=_h(rng, **b), body={
            "tse": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
            "adres": L(MIL_ADDR, ADDR), "ghala": L("Grozny", COARSE)}),
        case(f, f"{a}/api/tergam", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "ball": 5,
            "yoza": L("The stain came out completely, the coat smells fresh", TEXT)}),
        case(f, f"{a}/api/jaloba", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY),
            "yoza": L("A button is missing on my husband's suit jacket", TEXT)}),
        case(f, f"{a}/api/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("wedding dress cleaning price", SEARCH)}),
        case(f, f"{a}/api/khaam", headers=_h(rng, **b), body={
            "punkt": CLEANER["id"],
            "yoza": L("Please call me on +1 555 010 0199 before the courier comes",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/kurer/sovgha", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "ball": "5", "sovgha": L("150", BUY)}),
        lines(f, f"{a}/api/sync", [
            {"op": "note", "zakaz": L(ORDER, BUY), "yoza": L("Coat: no steam on the fur", TEXT)},
            {"op": "seen", "lelorkho": L(USER_ID, UID), "ekran": L("Orders", USAGE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bonus", headers=_h(rng, how="none"), cookies={
            "ts_sess": L(opaque(rng, "", 40), CRED), "ts_ghirs": L(INSTALL_ID, DID),
            "ts_prefs": W({"lelorkho": L(USER_ID, UID), "mott": L("ce", DEV),
                           "adres": L(HOME["line"], ADDR)}, "b64json")}),
        case(f, f"{a}/api/ghirs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "khilamash": [
                ev("zakaz", 1, errig=L(4500, BUY)), ev("ekran", 2, ekran=L("Kurer", USAGE))]}),
        case(f, f"{a}/api/arvalar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ghirs": L(INSTALL_ID, DID)}),
    ]


def tsanyar_sdks() -> list[Case]:
    rng = random.Random(17272)
    return [
        tk_batch(APP, rng, [("Order Placed", {"total": L(4500, BUY)}),
                            ("Courier Tracked", {"order": obj(rng, "o")})],
                 at=HOME_AT, nd=2, locale="ce_RU"),
        tk_pixel(APP, rng, "Price List Opened", {"punkt": CLEANER["id"]}),
        al_launch(APP, rng, user=True),
        al_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=4500.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cleaning,home,gudermes"),
        ct_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "stain list"),
                 [ct_crumb("nav", "Zakaz -> Tammagha")], screen="StainActivity"),
        fk_eval(APP, rng, {"punkt": CLEANER["id"], "ghala": L("Gudermes", COARSE)}, hdr=True),
        ps_register(APP, rng, lang="ce", tags={"punkt": CLEANER["id"]}),
        cv_check(APP, rng, {"analytics": True, "marketing": False}),
        ap_card(APP, rng),
        ap_confirm(APP, rng, "4500.00"),
        mt_geocode(APP, rng, f"{HOME['line']}, {HOME['town']}", ADDR, near=HOME_AT, nd=3),
    ]
